//! The record types of the workbook. Plain data: the choices their fields take live in
//! `choices`, the figures derived from them in `derived`, `filter`, `assets` and `network`,
//! the links between them in `links`, edits in `workbook`, and the rules every change follows
//! in `rules`.
//!
//! Every struct takes `#[serde(default)]` so a hand-written file may leave optional fields out,
//! and `deny_unknown_fields` so a typo in a field name is reported (with its line and column)
//! instead of being silently dropped on the next save.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::IntoEnumIterator;

use super::choices::*;
use super::ids::*;
use super::text::Text;

/// For `skip_serializing_if`: fields at their default are left out of the file (they read back
/// as the default), which keeps the file short to read and quick to parse.
pub fn is_false(b: &bool) -> bool {
    !*b
}

/// Shorthand for "all variants", used by choice fields and `--help` listings.
pub fn all<E: IntoEnumIterator>() -> Vec<E> {
    E::iter().collect()
}

/// One of the few end-values a person lives by. `rank` 1 is the most important.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FinalValue {
    pub id: ValueId,
    pub rank: u16,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub name: Text,
    /// What it means to me, in my own words.
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<NaiveDate>,
    /// Last time the value was looked at again (a self-knowledge signal).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revisited: Option<NaiveDate>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Community {
    pub id: CommunityId,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub name: Text,
    pub kind: CommunityKind,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<ValueId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub interests: Vec<Text>,
    pub distance: Distance,
    pub status: CommunityStatus,
    pub cadence: Cadence,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_visit: Option<NaiveDate>,
    /// Outside the circles I usually move in (work, family, old friends).
    #[serde(skip_serializing_if = "is_false")]
    pub outside_usual_circle: bool,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub notes: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<NaiveDate>,
    /// The visits logged, oldest first (`i` on a community).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub visits: Vec<Visit>,
}

/// One visit to a community: when, what happened, whom I met there.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Visit {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub note: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
}

/// Granovetter's four ingredients of tie strength, each rated 0 (none) to 4 (a lot).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TieDimensions {
    /// Time spent together.
    pub time: u8,
    /// Emotional intensity.
    pub emotion: u8,
    /// Intimacy, mutual confiding.
    pub intimacy: u8,
    /// Reciprocal services: help given and received.
    pub reciprocity: u8,
}

impl TieDimensions {
    pub const MAX: u8 = 4;
}

/// One logged contact with a person.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Interaction {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub note: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub name: Text,
    /// Reading of the name (furigana), when known.
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub phonetic: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub how_met: Text,
    /// The community where we met, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met_in: Option<CommunityId>,
    /// Communities we share.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub communities: Vec<CommunityId>,
    /// Their field or industry: one of the workbook's fields (see `fields`), as the person
    /// chose it; never filled from an import (a company is not a field).
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub field: Text,
    /// Where they work or belong: a company, a school, an organisation (LinkedIn's Company,
    /// a card's `ORG`).
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub organisation: Text,
    /// What they do there (LinkedIn's Position, a card's `TITLE`).
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub role: Text,
    pub tie: TieDimensions,
    /// Number of mutual connections, when known (for the "moderately weak" zone).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mutual_connections: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_contact: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_contact: Option<NaiveDate>,
    /// How often I want to be in touch; `None` means no reminder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub interactions: Vec<Interaction>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub email: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub url: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub notes: Text,
}

impl Person {
    /// The most recent contact: the later of `last_contact` and the newest logged interaction.
    pub fn latest_contact(&self) -> Option<NaiveDate> {
        self.interactions.iter().filter_map(|i| i.date).chain(self.last_contact).max()
    }
}

/// Something I want to be known for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tag {
    pub id: TagId,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub name: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub description: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<NaiveDate>,
}

/// A small output that makes a tag visible.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Output {
    pub id: OutputId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub channel: Channel,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub text: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagId>,
    pub reactions: u32,
    /// People who came my way because of it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonId>,
}

/// For `skip_serializing_if`: an introduction made (the default, and what older files meant) is
/// left out of the file.
fn is_made(s: &IntroStatus) -> bool {
    s.is_made()
}

/// One introduction: `first` to `second`, by me or to me. A planned one is an intention, kept
/// apart from the deeds: only made ones count (`derived::introduction_balance`, the
/// reputation indicator).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Introduction {
    pub id: IntroductionId,
    /// The day it was made.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub direction: IntroDirection,
    #[serde(skip_serializing_if = "is_made")]
    pub status: IntroStatus,
    /// A day to come back to it: to make a planned one, to ask how a made one went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub second: Option<PersonId>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub why: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub outcome: Text,
}

/// How well an invitation serves one final value, from -2 (works against it) to +2.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ValueScore {
    pub value: ValueId,
    pub score: i8,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Invitation {
    pub id: InvitationId,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub what: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub from: Option<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub via: Option<CommunityId>,
    pub kind: InvitationKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    /// The day it takes place; once it has passed, the week page asks once how it went.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<ValueScore>,
    /// ワクワク, 1 to 5 (0 = not rated).
    pub excitement: u8,
    pub cost: Cost,
    pub decision: Decision,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub reason: Text,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub outcome: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub unexpected: Text,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skills: Vec<HappenstanceSkill>,
    /// Afterwards, in one word: useful, surprising or not worth it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turned_out: Option<TurnedOut>,
    /// Afterwards: the final value it served, as the person judged it (not the scores before).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub served: Option<ValueId>,
    /// Afterwards: whom I met there.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub met: Vec<PersonId>,
    /// The day the reflection was written, or set aside: the week page asks only while empty.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reflected: Option<NaiveDate>,
    /// Written down to practise with (the walkthrough's, say), not one that really came: it stays
    /// in the list but out of every count, indicator and progress figure, and carries no day it
    /// was received or decided unless one is given.
    #[serde(skip_serializing_if = "is_false")]
    pub practice: bool,
}

impl Invitation {
    /// Whether the invitation counts in figures (step progress, indicators, the summary's
    /// counts, the value filter): every one but a practice one. The one predicate for this.
    pub fn counts(&self) -> bool {
        !self.practice
    }
}

impl Introduction {
    /// Whether the introduction counts as done (not only planned).
    pub fn counts(&self) -> bool {
        self.status.is_made()
    }

    /// Whether its follow-up day has come and there is still something to do: a planned one to
    /// make, or a made one whose outcome is not written yet.
    pub fn follow_up_due(&self, today: NaiveDate) -> bool {
        self.follow_up.is_some_and(|d| d <= today) && (!self.counts() || self.outcome.is_blank())
    }
}

/// My current view of one asset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Asset {
    pub kind: AssetKind,
    /// Self-rating 1 to 5; `None` until rated.
    #[serde(default)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    #[serde(default)]
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub notes: Text,
    #[serde(default)]
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<RecordRef>,
}

impl Asset {
    pub fn new(kind: AssetKind) -> Self {
        Self { kind, rating: None, notes: Text::default(), evidence: Vec::new() }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StocktakeRating {
    pub kind: AssetKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
}

/// A dated stock-take (棚卸し): the ratings frozen on that day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Stocktake {
    pub id: StocktakeId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ratings: Vec<StocktakeRating>,
    /// The indicators as they stood that day (see `model::assets`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<StocktakeFigure>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub note: Text,
}

/// One indicator of one asset, frozen by a stock-take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StocktakeFigure {
    pub kind: AssetKind,
    pub indicator: Indicator,
    pub value: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Reflection {
    pub id: ReflectionId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub topic: Topic,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub text: Text,
}

/// One step chosen for one week.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WeekStep {
    /// The Monday of its week.
    pub week: Option<NaiveDate>,
    pub step: ColumnStep,
    /// What I mean to do, in my words (a proposal's wording when taken as it was).
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub text: Text,
    /// The record it is about, if any (shown, never required: it may be deleted later).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<RecordRef>,
    /// The day it was done.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub done: Option<NaiveDate>,
}
