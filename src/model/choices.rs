//! The choices a record's fields take (kinds, statuses, cadences, decisions, the assets and
//! their indicators…), and the references between records. Plain enums: their words are
//! `i18n::Label`'s, their meaning is in the records that use them.

use serde::{Deserialize, Serialize};
use strum::EnumIter;

use super::ids::*;

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

impl CommunityKind {
    /// Whether people met here are peers in Gratton & Scott's sense (the productive asset of
    /// colleagues who keep one's skills current): a place of work or of learning. Our reading:
    /// study groups, reading circles, pro bono projects and professional communities are; an
    /// online salon, a hobby, a third place, an alumni or local group and "other" are not,
    /// because the kind alone does not say that people there work or learn together.
    pub fn is_work_or_learning(self) -> bool {
        matches!(
            self,
            CommunityKind::Learning
                | CommunityKind::ReadingCircle
                | CommunityKind::ProBono
                | CommunityKind::Professional
        )
    }
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum IntroDirection {
    /// I introduced `first` to `second`.
    #[default]
    Given,
    /// `first` introduced me to `second`.
    Received,
}

/// Whether an introduction has happened or is only meant to. Older files have no status: what
/// they hold was recorded as made, so `Made` is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum IntroStatus {
    /// Two people who should meet; not introduced yet.
    Planned,
    #[default]
    Made,
}

impl IntroStatus {
    pub fn is_made(&self) -> bool {
        *self == IntroStatus::Made
    }
}

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

/// How an accepted invitation turned out, in one word, in the person's own judgement afterwards
/// (the filter learns from these: `model::calibrate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum TurnedOut {
    /// Worth the time, as hoped.
    Useful,
    /// Brought something not expected: a person, an idea, a next invitation.
    Surprising,
    /// Not worth the time it took.
    NotWorthIt,
}

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

impl RecordKind {
    /// The word `tsunagari add` takes for this kind; `None` for a stock-take, which rates every
    /// asset at once and is taken in the app.
    pub fn add_command(self) -> Option<&'static str> {
        Some(match self {
            RecordKind::Value => "value",
            RecordKind::Community => "community",
            RecordKind::Person => "person",
            RecordKind::Tag => "tag",
            RecordKind::Output => "output",
            RecordKind::Introduction => "introduction",
            RecordKind::Invitation => "invitation",
            RecordKind::Reflection => "reflection",
            RecordKind::Stocktake => return None,
        })
    }
}

/// The column's three steps, as a week's three slots.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum ColumnStep {
    /// Step 1: show up in a community.
    #[default]
    ShowUp,
    /// Step 2: one small output, or one introduction.
    MakeVisible,
    /// Step 3: answer one invitation.
    Answer,
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

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Pile {
    #[default]
    VeryImportant,
    Important,
    NotImportant,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, EnumIter)]
pub enum Lang {
    #[default]
    Ja,
    En,
}

/// One indicator of an asset, counted from the workbook (the rules are in `assets`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, EnumIter)]
pub enum Indicator {
    /// Final values written down.
    ValuesDefined,
    /// Final values looked at again (reranked or edited) in the last 180 days, on a later day
    /// than they were written.
    ValuesRevisited,
    /// Reflections written: on their own, and after an invitation (with words, not set aside).
    Reflections,
    /// Stock-takes dated before today (a stock-take freezes it as of its own day, so it never
    /// counts itself).
    Stocktakes,
    /// Communities reached through at least one person.
    CommunitiesReached,
    /// Distinct fields among the people.
    FieldsReached,
    /// People whose tie is weak.
    WeakTies,
    /// People who are the only tie into a community or a field.
    Bridges,
    /// Invitations accepted in the last 90 days.
    AcceptedRecently,
    /// Of those, one per invitation kind (event, talk, project…) not accepted before them.
    AcceptedNewAreas,
    /// Communities first joined in the last 90 days (trying or active).
    JoinedRecently,
    /// Tags: what I want to be known for.
    Tags,
    /// Outputs in the last 90 days.
    OutputsRecently,
    /// People whose tie is strong (kept for stock-takes of earlier versions, which froze it
    /// under peers; see `PeerTies`).
    StrongTies,
    /// Introductions I made (planned ones are not made yet).
    IntroductionsGiven,
    /// Strong ties met in, or shared through, a community of work or learning
    /// (`CommunityKind::is_work_or_learning`).
    PeerTies,
    /// Times a happenstance skill was named on an invitation of the last 90 days (by the day it
    /// was decided, or received while undecided).
    HappenstanceUsed,
    /// Reflections of the last 90 days (by the day written) that noted something unexpected:
    /// an "unexpected" line, or "surprising" as how it turned out.
    SurprisesNoted,
}
