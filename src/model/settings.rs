//! What the workbook remembers besides its records: the person's settings and where the
//! guided walkthrough stands.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::choices::{Lang, Pile};
use super::text::Text;

/// The value filter's pass mark at first, in per cent of the best possible values part (see
/// `filter`).
pub const DEFAULT_PASS_MARK: u8 = 25;
/// The pass mark stays within this range.
pub const PASS_MARK_RANGE: std::ops::RangeInclusive<u8> = 5..=100;
/// `<` and `>` move the pass mark by this much.
pub const PASS_MARK_STEP: u8 = 5;

/// Where the guided walkthrough stands.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WalkthroughProgress {
    pub chapter: u16,
    pub question: u16,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub finished: Vec<u16>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<NaiveDate>,
    /// The value card sort so far, in the order the cards were sorted.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sorted: Vec<SortedCard>,
    /// Records the walkthrough made, by the question that made them, so going back to a question
    /// changes the same record instead of adding another.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub made: Vec<MadeRecord>,
    /// What was typed into the open question when the walkthrough was left.
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub draft: Text,
}

/// A value card and the pile it went to. Built-in cards are kept by their key (so the sort
/// survives a change of language); a card of one's own by what was typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SortedCard {
    pub card: Text,
    pub pile: Pile,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub own: bool,
}

/// A record the walkthrough made for one of its questions (`slot`, e.g. "community-2").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MadeRecord {
    pub slot: Text,
    pub record: u64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Settings {
    /// My name, shown on the summary.
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub owner: Text,
    /// The language last chosen in the app; the command line and the locale win over nothing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// Draw borders with ASCII characters (for terminals that draw box drawing two cells wide).
    pub ascii_borders: bool,
    /// Clicks and the wheel work in the app (text is then selected with Shift held).
    pub mouse: bool,
    /// A tie with no contact for this many days counts as dormant.
    pub dormant_after_days: u16,
    /// A tag with no output for this many days is flagged.
    pub quiet_tag_days: u16,
    /// The value filter's pass mark, in per cent of the best possible values part (see
    /// `model::filter`); read through [`Settings::pass_mark`], which keeps it in range.
    pub pass_mark: u8,
    /// The pass mark of files written before it was a share (points, not per cent): read so
    /// those files still open (they all have it, as a plain number), never used (the filter's
    /// rules changed) and never written.
    #[serde(skip_serializing)]
    pub filter_threshold: i16,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            owner: Text::default(),
            lang: None,
            ascii_borders: false,
            mouse: true,
            dormant_after_days: 180,
            quiet_tag_days: 45,
            pass_mark: DEFAULT_PASS_MARK,
            filter_threshold: 0,
        }
    }
}

impl Settings {
    /// The pass mark held to its range (a hand-edited file may say anything).
    pub fn pass_mark(&self) -> u8 {
        self.pass_mark.clamp(*PASS_MARK_RANGE.start(), *PASS_MARK_RANGE.end())
    }
}
