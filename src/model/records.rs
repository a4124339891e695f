//! The record types of the workbook and their choice enums. Plain data: derived figures live in
//! `derived`, links between records in `links`, and edits in `edit`.
//!
//! Every struct takes `#[serde(default)]` so a hand-written file may leave optional fields out,
//! and `deny_unknown_fields` so a typo in a field name is reported (with its line and column)
//! instead of being silently dropped on the next save.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoEnumIterator};

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

// ----- final values -------------------------------------------------------------------------

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

// ----- communities --------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum CommunityKind {
    Learning,
    ReadingCircle,
    OnlineSalon,
    ProBono,
    ThirdPlace,
    Hobby,
    Alumni,
    Local,
    Professional,
    #[default]
    Other,
}

/// How close to the centre of a community feels right.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Distance {
    #[default]
    Observe,
    TakePart,
    Contribute,
    Organise,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum CommunityStatus {
    #[default]
    Considering,
    Trying,
    Active,
    Resting,
    Left,
}

impl CommunityStatus {
    /// Where communities of this status come in lists: where I am now first, those I left last.
    pub fn list_order(self) -> u8 {
        match self {
            CommunityStatus::Active => 0,
            CommunityStatus::Trying => 1,
            CommunityStatus::Considering => 2,
            CommunityStatus::Resting => 3,
            CommunityStatus::Left => 4,
        }
    }

    /// Whether I take part now (the map draws these ties solid).
    pub fn is_current(self) -> bool {
        matches!(self, CommunityStatus::Active | CommunityStatus::Trying)
    }
}

/// How often something is meant to happen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Cadence {
    Weekly,
    Biweekly,
    #[default]
    Monthly,
    Quarterly,
    Yearly,
    Irregular,
}

impl Cadence {
    /// The interval in days, or `None` for irregular.
    pub fn days(self) -> Option<i64> {
        match self {
            Cadence::Weekly => Some(7),
            Cadence::Biweekly => Some(14),
            Cadence::Monthly => Some(30),
            Cadence::Quarterly => Some(91),
            Cadence::Yearly => Some(365),
            Cadence::Irregular => None,
        }
    }
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
}

// ----- people -------------------------------------------------------------------------------

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
    /// Their field or industry.
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub field: Text,
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

// ----- step 2: tags, outputs, introductions -------------------------------------------------

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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Channel {
    #[default]
    Social,
    Blog,
    Talk,
    Meetup,
    Newsletter,
    Code,
    Conversation,
    Other,
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum IntroDirection {
    /// I introduced `first` to `second`.
    #[default]
    Given,
    /// `first` introduced me to `second`.
    Received,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Introduction {
    pub id: IntroductionId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub direction: IntroDirection,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first: Option<PersonId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub second: Option<PersonId>,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub why: Text,
    #[serde(skip_serializing_if = "Text::is_empty")]
    pub outcome: Text,
}

// ----- step 3: invitations ------------------------------------------------------------------

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum InvitationKind {
    #[default]
    Event,
    Talk,
    Project,
    Job,
    Collaboration,
    Volunteer,
    Meeting,
    Writing,
    Other,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Cost {
    #[default]
    Low,
    Medium,
    High,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Decision {
    #[default]
    Pending,
    Accepted,
    Declined,
    Later,
}

/// Krumboltz's five skills that turn chance events into opportunities.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum HappenstanceSkill {
    Curiosity,
    Persistence,
    Flexibility,
    Optimism,
    RiskTaking,
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
}

// ----- assets -------------------------------------------------------------------------------

/// Gratton & Scott's intangible assets: the three transformational ones first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum AssetKind {
    SelfKnowledge,
    DiverseNetworks,
    Openness,
    SkillsKnowledge,
    Peers,
    Reputation,
    Health,
    Balance,
    RegenerativeFriendships,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum AssetGroup {
    Transformational,
    Productive,
    Vitality,
}

impl AssetKind {
    pub fn group(self) -> AssetGroup {
        use AssetKind::*;
        match self {
            SelfKnowledge | DiverseNetworks | Openness => AssetGroup::Transformational,
            SkillsKnowledge | Peers | Reputation => AssetGroup::Productive,
            Health | Balance | RegenerativeFriendships => AssetGroup::Vitality,
        }
    }
}

/// The kinds of records that have ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter)]
pub enum RecordKind {
    Value,
    Community,
    Person,
    Tag,
    Output,
    Introduction,
    Invitation,
    Stocktake,
    Reflection,
}

/// A link from a piece of evidence to the record that supports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum RecordRef {
    Value(ValueId),
    Community(CommunityId),
    Person(PersonId),
    Tag(TagId),
    Output(OutputId),
    Introduction(IntroductionId),
    Invitation(InvitationId),
    Stocktake(StocktakeId),
    Reflection(ReflectionId),
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
    pub indicator: crate::model::assets::Indicator,
    pub value: u32,
}

// ----- reflections, walkthrough, settings ---------------------------------------------------

/// The part of the workbook a reflection belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Topic {
    #[default]
    General,
    Communities,
    Outputs,
    Invitations,
    Values,
    Assets,
    People,
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Pile {
    #[default]
    VeryImportant,
    Important,
    NotImportant,
}

/// A record the walkthrough made for one of its questions (`slot`, e.g. "community-2").
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MadeRecord {
    pub slot: Text,
    pub record: u64,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, EnumIter)]
pub enum Lang {
    #[default]
    Ja,
    En,
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
    /// The value filter's pass mark (see `model::filter`).
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
            filter_threshold: crate::model::filter::DEFAULT_THRESHOLD,
        }
    }
}
