//! The words of the model's choices (`Label`), of record kinds (`noun`), and the fixed lists
//! of names the screens show in order (tabs, steps, the dimensions of a tie).

use super::{Lang, tr};
use crate::model::*;

/// The label of a choice, in one language.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

macro_rules! labels {
    ($ty:ty { $($variant:ident => $id:tt;)* }) => {
        impl Label for $ty {
            fn label(self, lang: Lang) -> &'static str {
                match self {
                    $(<$ty>::$variant => tr!(lang, $id),)*
                }
            }
        }
    };
}

/// The three steps: their names, short names and small goals.
pub fn step_names(lang: Lang) -> [&'static str; 3] {
    [tr!(lang, "step-name-1"), tr!(lang, "step-name-2"), tr!(lang, "step-name-3")]
}

pub fn step_short(lang: Lang) -> [&'static str; 3] {
    [tr!(lang, "step-short-1"), tr!(lang, "step-short-2"), tr!(lang, "step-short-3")]
}

pub fn step_goals(lang: Lang) -> [&'static str; 3] {
    [tr!(lang, "step-goal-1"), tr!(lang, "step-goal-2"), tr!(lang, "step-goal-3")]
}

/// Granovetter's four dimensions of a tie, as the detail view names them.
pub fn tie_dims(lang: Lang) -> [&'static str; 4] {
    [tr!(lang, "tie-time"), tr!(lang, "tie-emotion"), tr!(lang, "tie-intimacy"), tr!(lang, "tie-reciprocity")]
}

/// The words for each level (0 to 4) of the four dimensions, in the order of [`tie_labels`].
pub fn tie_levels(lang: Lang) -> [[&'static str; 5]; 4] {
    [
        [
            tr!(lang, "tie-level-time-0"),
            tr!(lang, "tie-level-time-1"),
            tr!(lang, "tie-level-time-2"),
            tr!(lang, "tie-level-time-3"),
            tr!(lang, "tie-level-time-4"),
        ],
        [
            tr!(lang, "tie-level-emotion-0"),
            tr!(lang, "tie-level-emotion-1"),
            tr!(lang, "tie-level-emotion-2"),
            tr!(lang, "tie-level-emotion-3"),
            tr!(lang, "tie-level-emotion-4"),
        ],
        [
            tr!(lang, "tie-level-intimacy-0"),
            tr!(lang, "tie-level-intimacy-1"),
            tr!(lang, "tie-level-intimacy-2"),
            tr!(lang, "tie-level-intimacy-3"),
            tr!(lang, "tie-level-intimacy-4"),
        ],
        [
            tr!(lang, "tie-level-reciprocity-0"),
            tr!(lang, "tie-level-reciprocity-1"),
            tr!(lang, "tie-level-reciprocity-2"),
            tr!(lang, "tie-level-reciprocity-3"),
            tr!(lang, "tie-level-reciprocity-4"),
        ],
    ]
}

/// What each dimension means, in a line (shown under the focused field).
pub fn tie_hints(lang: Lang) -> [&'static str; 4] {
    [
        tr!(lang, "tie-hint-time"),
        tr!(lang, "tie-hint-emotion"),
        tr!(lang, "tie-hint-intimacy"),
        tr!(lang, "tie-hint-reciprocity"),
    ]
}

/// The same as form labels.
pub fn tie_labels(lang: Lang) -> [&'static str; 4] {
    [
        tr!(lang, "tie-label-time"),
        tr!(lang, "tie-label-emotion"),
        tr!(lang, "tie-label-intimacy"),
        tr!(lang, "tie-label-reciprocity"),
    ]
}

labels!(CommunityKind {
    Learning => "community-kind-learning";
    ReadingCircle => "community-kind-reading-circle";
    OnlineSalon => "community-kind-online-salon";
    ProBono => "community-kind-pro-bono";
    ThirdPlace => "community-kind-third-place";
    Hobby => "community-kind-hobby";
    Alumni => "community-kind-alumni";
    Local => "community-kind-local";
    Professional => "community-kind-professional";
    Other => "community-kind-other";
});

labels!(crate::model::derived::TieBand {
    Unrated => "unrated";
    Weak => "weak";
    Strong => "strong";
});

/// A tie's strength as the lists and the detail show it: "63% strong", or "unrated" with no
/// percentage when no dimension is rated.
pub fn tie_strength(lang: Lang, t: &crate::model::derived::TieStrength) -> String {
    if t.is_rated() { format!("{}% {}", t.percent(), t.band.label(lang)) } else { t.band.label(lang).to_owned() }
}

labels!(crate::model::derived::MutualBucket {
    NoneInCommon => "mutual-bucket-none-in-common";
    Few => "mutual-bucket-few";
    ModeratelyWeak => "mutual-bucket-moderately-weak";
    Many => "mutual-bucket-many";
    Embedded => "mutual-bucket-embedded";
});

labels!(crate::model::Indicator {
    ValuesDefined => "indicator-values-defined";
    ValuesRevisited => "indicator-values-revisited";
    Reflections => "indicator-reflections";
    Stocktakes => "indicator-stocktakes";
    CommunitiesReached => "indicator-communities-reached";
    FieldsReached => "indicator-fields-reached";
    WeakTies => "indicator-weak-ties";
    Bridges => "indicator-bridges";
    AcceptedRecently => "indicator-accepted-recently";
    AcceptedNewAreas => "indicator-accepted-new-areas";
    JoinedRecently => "indicator-joined-recently";
    Tags => "indicator-tags";
    OutputsRecently => "indicator-outputs-recently";
    StrongTies => "indicator-strong-ties";
    IntroductionsGiven => "indicator-introductions-given";
    PeerTies => "indicator-peer-ties";
    HappenstanceUsed => "indicator-happenstance-used";
    SurprisesNoted => "indicator-surprises-noted";
});

labels!(Distance {
    Observe => "distance-observe";
    TakePart => "distance-take-part";
    Contribute => "distance-contribute";
    Organise => "distance-organise";
});

labels!(CommunityStatus {
    Considering => "community-status-considering";
    Trying => "community-status-trying";
    Active => "community-status-active";
    Resting => "community-status-resting";
    Left => "community-status-left";
});

labels!(Cadence {
    Weekly => "cadence-weekly";
    Biweekly => "cadence-biweekly";
    Monthly => "cadence-monthly";
    Quarterly => "cadence-quarterly";
    Yearly => "cadence-yearly";
    Irregular => "cadence-irregular";
});

labels!(Channel {
    Social => "channel-social";
    Blog => "channel-blog";
    Talk => "channel-talk";
    Meetup => "channel-meetup";
    Newsletter => "channel-newsletter";
    Code => "channel-code";
    Conversation => "channel-conversation";
    Other => "channel-other";
});

labels!(IntroDirection {
    Given => "intro-direction-given";
    Received => "intro-direction-received";
});

labels!(IntroStatus {
    Planned => "intro-status-planned";
    Made => "intro-status-made";
});

labels!(InvitationKind {
    Event => "invitation-kind-event";
    Talk => "invitation-kind-talk";
    Project => "invitation-kind-project";
    Job => "invitation-kind-job";
    Collaboration => "invitation-kind-collaboration";
    Volunteer => "invitation-kind-volunteer";
    Meeting => "invitation-kind-meeting";
    Writing => "invitation-kind-writing";
    Other => "invitation-kind-other";
});

labels!(Cost {
    Low => "cost-low";
    Medium => "cost-medium";
    High => "cost-high";
});

labels!(Decision {
    Pending => "decision-pending";
    Accepted => "decision-accepted";
    Declined => "decision-declined";
    Later => "decision-later";
});

labels!(HappenstanceSkill {
    Curiosity => "skill-curiosity";
    Persistence => "skill-persistence";
    Flexibility => "skill-flexibility";
    Optimism => "skill-optimism";
    RiskTaking => "skill-risk-taking";
});

labels!(TurnedOut {
    Useful => "turned-out-useful";
    Surprising => "turned-out-surprising";
    NotWorthIt => "turned-out-not-worth-it";
});

labels!(AssetKind {
    SelfKnowledge => "asset-self-knowledge";
    DiverseNetworks => "asset-diverse-networks";
    Openness => "asset-openness";
    SkillsKnowledge => "asset-skills-knowledge";
    Peers => "asset-peers";
    Reputation => "asset-reputation";
    Health => "asset-health";
    Balance => "asset-balance";
    RegenerativeFriendships => "asset-regenerative-friendships";
});

labels!(AssetGroup {
    Transformational => "asset-group-transformational";
    Productive => "asset-group-productive";
    Vitality => "asset-group-vitality";
});

labels!(Topic {
    General => "topic-general";
    Communities => "topic-communities";
    Outputs => "topic-outputs";
    Invitations => "topic-invitations";
    Values => "topic-values";
    Assets => "topic-assets";
    People => "topic-people";
});

/// The noun of a record kind: "person", "人".
pub fn noun(lang: Lang, kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Value => tr!(lang, "noun-value"),
        RecordKind::Community => tr!(lang, "noun-community"),
        RecordKind::Person => tr!(lang, "noun-person"),
        RecordKind::Tag => tr!(lang, "noun-tag"),
        RecordKind::Output => tr!(lang, "noun-output"),
        RecordKind::Introduction => tr!(lang, "noun-introduction"),
        RecordKind::Invitation => tr!(lang, "noun-invitation"),
        RecordKind::Stocktake => tr!(lang, "noun-stocktake"),
        RecordKind::Reflection => tr!(lang, "noun-reflection"),
    }
}

/// "person 12" / "人 12".
pub fn record(lang: Lang, r: RecordRef) -> String {
    tr!(lang, "record-number", noun = noun(lang, r.kind()), number = r.number().to_string())
}
