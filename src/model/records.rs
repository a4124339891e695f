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
    pub name: Text,
    /// What it means to me, in my own words.
    pub description: Text,
    pub created: Option<NaiveDate>,
    /// Last time the value was looked at again (a self-knowledge signal).
    pub revisited: Option<NaiveDate>,
}

// ----- communities --------------------------------------------------------------------------

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
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
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
pub enum Distance {
    #[default]
    Observe,
    TakePart,
    Contribute,
    Organise,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
pub enum CommunityStatus {
    #[default]
    Considering,
    Trying,
    Active,
    Resting,
    Left,
}

/// How often something is meant to happen.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
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
    pub name: Text,
    pub kind: CommunityKind,
    pub values: Vec<ValueId>,
    pub interests: Vec<Text>,
    pub distance: Distance,
    pub status: CommunityStatus,
    pub cadence: Cadence,
    pub last_visit: Option<NaiveDate>,
    /// Outside the circles I usually move in (work, family, old friends).
    pub outside_usual_circle: bool,
    pub notes: Text,
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
    pub date: Option<NaiveDate>,
    pub note: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub name: Text,
    /// Reading of the name (furigana), when known.
    pub phonetic: Text,
    pub how_met: Text,
    /// The community where we met, if any.
    pub met_in: Option<CommunityId>,
    /// Communities we share.
    pub communities: Vec<CommunityId>,
    /// Their field or industry.
    pub field: Text,
    pub tie: TieDimensions,
    /// Number of mutual connections, when known (for the "moderately weak" zone).
    pub mutual_connections: Option<u32>,
    pub first_contact: Option<NaiveDate>,
    pub last_contact: Option<NaiveDate>,
    /// How often I want to be in touch; `None` means no reminder.
    pub cadence: Option<Cadence>,
    pub interactions: Vec<Interaction>,
    pub email: Text,
    pub url: Text,
    pub notes: Text,
}

impl Person {
    /// The most recent contact: the later of `last_contact` and the newest logged interaction.
    pub fn latest_contact(&self) -> Option<NaiveDate> {
        self.interactions
            .iter()
            .filter_map(|i| i.date)
            .chain(self.last_contact)
            .max()
    }
}

// ----- step 2: tags, outputs, introductions -------------------------------------------------

/// Something I want to be known for.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tag {
    pub id: TagId,
    pub name: Text,
    pub description: Text,
    pub created: Option<NaiveDate>,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
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
    pub date: Option<NaiveDate>,
    pub channel: Channel,
    pub text: Text,
    pub tags: Vec<TagId>,
    pub reactions: u32,
    /// People who came my way because of it.
    pub people: Vec<PersonId>,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
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
    pub date: Option<NaiveDate>,
    pub direction: IntroDirection,
    pub first: Option<PersonId>,
    pub second: Option<PersonId>,
    pub why: Text,
    pub outcome: Text,
}

// ----- step 3: invitations ------------------------------------------------------------------

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
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

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
pub enum Cost {
    #[default]
    Low,
    Medium,
    High,
}

#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
pub enum Decision {
    #[default]
    Pending,
    Accepted,
    Declined,
    Later,
}

/// Krumboltz's five skills that turn chance events into opportunities.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter,
)]
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
    pub what: Text,
    pub from: Option<PersonId>,
    pub via: Option<CommunityId>,
    pub kind: InvitationKind,
    pub received: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    pub scores: Vec<ValueScore>,
    /// ワクワク, 1 to 5 (0 = not rated).
    pub excitement: u8,
    pub cost: Cost,
    pub decision: Decision,
    pub reason: Text,
    pub decided: Option<NaiveDate>,
    pub outcome: Text,
    pub unexpected: Text,
    pub skills: Vec<HappenstanceSkill>,
}

// ----- assets -------------------------------------------------------------------------------

/// Gratton & Scott's intangible assets: the three transformational ones first.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter,
)]
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
    pub rating: Option<u8>,
    #[serde(default)]
    pub notes: Text,
    #[serde(default)]
    pub evidence: Vec<RecordRef>,
}

impl Asset {
    pub fn new(kind: AssetKind) -> Self {
        Self {
            kind,
            rating: None,
            notes: Text::default(),
            evidence: Vec::new(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StocktakeRating {
    pub kind: AssetKind,
    pub rating: Option<u8>,
}

/// A dated stock-take (棚卸し): the ratings frozen on that day.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Stocktake {
    pub id: StocktakeId,
    pub date: Option<NaiveDate>,
    pub ratings: Vec<StocktakeRating>,
    pub note: Text,
}

// ----- reflections, walkthrough, settings ---------------------------------------------------

/// The part of the workbook a reflection belongs to.
#[derive(
    Clone,
    Copy,
    Debug,
    Default,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    EnumIter,
)]
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
    pub date: Option<NaiveDate>,
    pub topic: Topic,
    pub text: Text,
}

/// Where the guided walkthrough stands.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WalkthroughProgress {
    pub chapter: u16,
    pub question: u16,
    pub finished: Vec<u16>,
    pub started: Option<NaiveDate>,
    pub completed: Option<NaiveDate>,
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
    pub owner: Text,
    /// The language last chosen in the app; the command line and the locale win over nothing.
    pub lang: Option<Lang>,
    /// Draw borders with ASCII characters (for terminals that draw box drawing two cells wide).
    pub ascii_borders: bool,
    /// A tie with no contact for this many days counts as dormant.
    pub dormant_after_days: u16,
    /// A tag with no output for this many days is flagged.
    pub quiet_tag_days: u16,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            owner: Text::default(),
            lang: None,
            ascii_borders: false,
            dormant_after_days: 180,
            quiet_tag_days: 45,
        }
    }
}
