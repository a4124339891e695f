//! Every user-facing text, in Japanese and English, read from the Fluent files in
//! `assets/i18n/{ja,en}/tsunagari.ftl` through [`tr!`] (see [`fluent`]).
//!
//! Labels of the model's choice enums come from [`Label`]; sentences about the model are
//! functions here, and so are the value cards' words, looked up by the card's key
//! ([`card_name`], [`card_about`]). Screens call these and never spell text themselves.

pub mod fluent;

use chrono::{Datelike, NaiveDate};

pub use crate::model::Lang;
use crate::model::derived::{DiversityWarning, NextAction};
use crate::model::*;
pub(crate) use fluent::tr;

impl Lang {
    /// From `--lang`, or the POSIX locale variables (`LC_ALL`, `LC_MESSAGES`, `LANG`); Japanese
    /// when the locale says `ja`, English otherwise.
    pub fn from_env() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(v) = std::env::var(var)
                && !v.is_empty()
            {
                return if v.to_ascii_lowercase().starts_with("ja") { Lang::Ja } else { Lang::En };
            }
        }
        Lang::En
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Ja => Lang::En,
            Lang::En => Lang::Ja,
        }
    }

    /// 0 for Japanese, 1 for English (for per-language tables).
    pub fn index(self) -> usize {
        match self {
            Lang::Ja => 0,
            Lang::En => 1,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

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

/// The names of the seven tabs, in tab order.
pub fn tab_names(lang: Lang) -> [&'static str; 7] {
    [
        tr!(lang, "tab-overview"),
        tr!(lang, "tab-communities"),
        tr!(lang, "tab-outputs"),
        tr!(lang, "tab-invitations"),
        tr!(lang, "tab-values"),
        tr!(lang, "tab-assets"),
        tr!(lang, "tab-people"),
    ]
}

/// The longer titles shown above each tab's body.
pub fn tab_titles(lang: Lang) -> [&'static str; 7] {
    [
        tr!(lang, "tab-title-overview"),
        tr!(lang, "tab-title-communities"),
        tr!(lang, "tab-title-outputs"),
        tr!(lang, "tab-title-invitations"),
        tr!(lang, "tab-title-values"),
        tr!(lang, "tab-title-assets"),
        tr!(lang, "tab-title-people"),
    ]
}

/// Headings of the help: in lists, everywhere, when asked, in help and details, in forms, in a
/// search, in a pick list.
pub fn help_groups(lang: Lang) -> [&'static str; 7] {
    [
        tr!(lang, "help-group-lists"),
        tr!(lang, "help-group-everywhere"),
        tr!(lang, "help-group-confirm"),
        tr!(lang, "help-group-reading"),
        tr!(lang, "help-group-form"),
        tr!(lang, "help-group-search"),
        tr!(lang, "help-group-pick"),
    ]
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

/// The same as form labels, with their range.
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

/// A built-in value card's name in `lang` (the message `card-<key>`), or `None` for a key that
/// is not a card's.
pub fn card_name(lang: Lang, key: &str) -> Option<&'static str> {
    card_texts(lang, key).and_then(|t| t.0)
}

/// A built-in value card's line in `lang` (the message `card-<key>-about`).
pub fn card_about(lang: Lang, key: &str) -> Option<&'static str> {
    card_texts(lang, key).and_then(|t| t.1)
}

/// The message id of a card's name: its key, underscores written as hyphens.
fn card_id(key: &str) -> String {
    format!("card-{}", key.replace('_', "-"))
}

/// Every card's name and line in `lang`, looked up once (the card sort draws them every frame;
/// the key is data, so `tr!` cannot check these at compile time, and a test does instead).
fn card_texts(lang: Lang, key: &str) -> Option<(Option<&'static str>, Option<&'static str>)> {
    type Texts = Vec<(Option<&'static str>, Option<&'static str>)>;
    static TEXTS: [std::sync::OnceLock<Texts>; 2] = [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let at = cards::CARDS.iter().position(|c| c.key == key)?;
    let texts = TEXTS[lang.index()].get_or_init(|| {
        let loader = fluent::loader(lang);
        let text = |id: &str| loader.has(id).then(|| fluent::keep(loader.get(id)));
        cards::CARDS
            .iter()
            .map(|c| {
                let id = card_id(c.key);
                (text(&id), text(&format!("{id}-about")))
            })
            .collect()
    });
    texts.get(at).copied()
}

/// A date as people write it: `2026-11-24` in both languages (the form Japanese forms use too).
pub fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// Words a [`Message`] from a layer that cannot know the texts (storage, import, the config
/// file, the model's own errors) in `lang`.
pub fn say(lang: Lang, m: &Message) -> String {
    use ::fluent::{FluentArgs, FluentValue};
    let mut args = FluentArgs::new();
    for (name, arg) in &m.args {
        let value: FluentValue<'_> = match arg {
            Arg::Text(t) => t.clone().into(),
            Arg::Number(n) => (*n).into(),
            Arg::Message(inner) => say(lang, inner).into(),
            Arg::Noun(kind) => noun(lang, *kind).into(),
            Arg::Record(r) => record(lang, *r).into(),
        };
        args.set(*name, value);
    }
    debug_assert!(fluent::loader(lang).has(m.id), "no message {}", m.id);
    fluent::loader(lang).get_args_fluent(m.id, Some(&args))
}

/// A change the rules refused, in their words.
pub fn rule_error(lang: Lang, e: &RuleError) -> String {
    match e {
        RuleError::Empty(kind) => empty_name(lang, *kind),
        RuleError::Duplicate { kind, name } => duplicate(lang, *kind, name),
        RuleError::SamePerson => tr!(lang, "intro-same-person").to_owned(),
        RuleError::StocktakeSameDay(d) => stocktake_same_day(lang, *d),
        RuleError::Missing(r) => tr!(lang, "edit-not-found", record = record(lang, *r)),
    }
}

/// A file that could not be written, and why in words.
pub fn cannot_write(lang: Lang, path: &std::path::Path, e: &std::io::Error) -> String {
    tr!(lang, "cannot-write", path = path.display().to_string(), reason = say(lang, &message::io_reason(e)))
}

/// The workbook's permissions forbid writing.
pub fn not_writable(lang: Lang, path: &std::path::Path) -> String {
    tr!(lang, "not-writable", path = path.display().to_string())
}

/// A date of something that already happened lies ahead.
pub fn future_date(lang: Lang, input: &str) -> String {
    tr!(lang, "future-date", input = input)
}

/// Another record of the kind has the name.
pub fn duplicate(lang: Lang, kind: RecordKind, name: &str) -> String {
    tr!(lang, "duplicate", noun = noun(lang, kind), name = name)
}

/// The name (or text) of a new record is empty.
pub fn empty_name(lang: Lang, kind: RecordKind) -> String {
    tr!(lang, "empty-name", noun = noun(lang, kind))
}

/// A name given on the command line that names nothing: how to add it.
pub fn no_such(lang: Lang, kind: RecordKind, name: &str) -> String {
    tr!(lang, "no-such", noun = noun(lang, kind), name = name, command = command_word(kind))
}

/// The `tsunagari add` word for a kind, for hints that show a command.
fn command_word(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Value => "value",
        RecordKind::Community => "community",
        RecordKind::Person => "person",
        RecordKind::Tag => "tag",
        RecordKind::Output => "output",
        RecordKind::Invitation => "invitation",
        RecordKind::Introduction => "introduction",
        RecordKind::Stocktake => "stocktake",
        RecordKind::Reflection => "reflection",
    }
}

/// What `tsunagari add` made.
pub fn added(lang: Lang, r: RecordRef) -> String {
    tr!(lang, "added", record = record(lang, r))
}

/// A long date for the detail view: 2026年11月24日, 24 November 2026.
pub fn long_date(lang: Lang, d: NaiveDate) -> String {
    tr!(lang, "long-date", year = d.year(), month = month_name(lang, d.month()), day = d.day())
}

/// The name of a month (1 = January) as a long date writes it.
fn month_name(lang: Lang, month: u32) -> &'static str {
    match month {
        1 => tr!(lang, "month-1"),
        2 => tr!(lang, "month-2"),
        3 => tr!(lang, "month-3"),
        4 => tr!(lang, "month-4"),
        5 => tr!(lang, "month-5"),
        6 => tr!(lang, "month-6"),
        7 => tr!(lang, "month-7"),
        8 => tr!(lang, "month-8"),
        9 => tr!(lang, "month-9"),
        10 => tr!(lang, "month-10"),
        11 => tr!(lang, "month-11"),
        _ => tr!(lang, "month-12"),
    }
}

/// How long ago a day was: today, yesterday, 3 days ago, in 2 days.
pub fn days_ago(lang: Lang, days: i64) -> String {
    match days {
        0 => tr!(lang, "today").to_owned(),
        d if d < 0 => tr!(lang, "days-ahead", days = -d),
        d => tr!(lang, "days-ago", days = d),
    }
}

pub fn count_records(lang: Lang, n: usize) -> String {
    tr!(lang, "count-records", n = n)
}

pub fn diversity_line(lang: Lang, communities: usize, kinds: usize, outside: usize) -> String {
    tr!(lang, "diversity-line", communities = communities, kinds = kinds, outside = outside)
}

pub fn diversity_warning(lang: Lang, w: DiversityWarning) -> String {
    match w {
        DiversityWarning::NoCommunities => tr!(lang, "diversity-none").to_owned(),
        DiversityWarning::OneKind(k) => tr!(lang, "diversity-one-kind", kind = k.label(lang)),
        DiversityWarning::AllInUsualCircle => tr!(lang, "diversity-usual-circle").to_owned(),
    }
}

/// One next action as a sentence; `wb` names the record it is about.
pub fn next_action(lang: Lang, a: &NextAction, wb: &Workbook) -> String {
    let tag = |id: TagId| wb.tags.get(id).map_or_else(String::new, |t| text::one_line(&t.name));
    let person = |id: PersonId| wb.people.get(id).map_or_else(String::new, |p| text::one_line(&p.name));
    let invitation = |id: InvitationId| wb.invitations.get(id).map_or_else(String::new, |i| text::one_line(&i.what));
    match a {
        NextAction::FitsWaiting { passing } => tr!(lang, "next-fits-waiting", passing = *passing),
        NextAction::DefineValues => tr!(lang, "next-define-values").to_owned(),
        NextAction::FewCommunities { taking_part } => tr!(lang, "next-few-communities", taking_part = *taking_part),
        NextAction::QuietTag { tag: t, days: None } => tr!(lang, "next-tag-never", tag = tag(*t)),
        NextAction::QuietTag { tag: t, days: Some(d) } => tr!(lang, "next-tag-quiet", tag = tag(*t), days = *d),
        NextAction::WeakTiesQuiet { people } => tr!(
            lang,
            "next-weak-ties-quiet",
            count = people.len(),
            longest = people.first().map(|&p| person(p)).unwrap_or_default()
        ),
        NextAction::Reconnect { person: p, overdue } => {
            tr!(lang, "next-reconnect", name = person(*p), overdue = *overdue)
        }
        NextAction::PastDeadline { invitation: i, days } => {
            tr!(lang, "next-past-deadline", invitation = invitation(*i), days = *days)
        }
        NextAction::StocktakeDue { days: None } => tr!(lang, "next-stocktake-first").to_owned(),
        NextAction::StocktakeDue { days: Some(d) } => tr!(lang, "next-stocktake-due", days = *d),
    }
}

pub fn name_error(lang: Lang, kind: RecordKind, name: &str, e: &NameError) -> String {
    match e {
        NameError::Missing => tr!(lang, "name-missing", noun = noun(lang, kind), name = name),
        NameError::Ambiguous(ids) => ambiguous(lang, kind, name, ids),
    }
}

/// Several records share a name: how many, and a few of their ids to give instead.
pub fn ambiguous(lang: Lang, kind: RecordKind, name: &str, ids: &[u64]) -> String {
    let shown: Vec<String> = ids.iter().take(6).map(|i| format!("#{i}")).collect();
    let list = if ids.len() > 6 { format!("{} ... (+{})", shown.join(", "), ids.len() - 6) } else { shown.join(", ") };
    if kind == RecordKind::Person {
        tr!(lang, "ambiguous-people", count = ids.len(), name = name, ids = list)
    } else {
        tr!(lang, "ambiguous-records", count = ids.len(), noun = noun(lang, kind), name = name, ids = list)
    }
}

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
    tr!(lang, "record-number", noun = noun(lang, r.kind()), number = r.number())
}

/// Why a candidate scores what it does, in one short line: "自由 +2, 学び +1; ワクワク 4; 負担 大".
pub fn filter_why(lang: Lang, wb: &crate::model::Workbook, v: &crate::model::filter::Verdict) -> String {
    let mut pieces = Vec::new();
    if v.unrated {
        pieces.push(tr!(lang, "why-unrated").to_owned());
    } else {
        let values: Vec<String> = v
            .parts
            .iter()
            .map(|p| {
                let name = wb.values.get(p.value).map_or_else(String::new, |x| crate::model::text::one_line(&x.name));
                format!("{name} {:+}", p.fit)
            })
            .collect();
        let values = values.join(", ");
        // "matches" reads wrong before a value the invitation works against.
        pieces.push(if v.parts.iter().all(|p| p.fit > 0) {
            tr!(lang, "why-matches", values = values)
        } else {
            tr!(lang, "why-fits", values = values)
        });
    }
    if v.excitement > 0 {
        pieces.push(tr!(lang, "why-excitement", excitement = v.excitement));
    }
    if v.cost != crate::model::Cost::Low {
        pieces.push(tr!(lang, "why-cost", cost = v.cost.label(lang)));
    }
    pieces.join("; ")
}

/// The value filter's score in full, for the detail view: each part and the sum.
pub fn filter_breakdown(lang: Lang, wb: &crate::model::Workbook, v: &crate::model::filter::Verdict) -> String {
    let mut terms: Vec<String> = v
        .parts
        .iter()
        .map(|p| {
            let name = wb.values.get(p.value).map_or_else(String::new, |x| crate::model::text::one_line(&x.name));
            format!("{name} {:+}x{}", p.fit, p.weight)
        })
        .collect();
    if v.excitement > 0 {
        terms.push(format!("+{}", v.excitement));
    }
    let cost = crate::model::filter::cost_penalty(v.cost);
    if cost > 0 {
        terms.push(format!("-{cost}"));
    }
    let verdict = if v.passes() { tr!(lang, "passes") } else { tr!(lang, "fails") };
    let sum = if terms.is_empty() { "0".to_owned() } else { terms.join(" ") };
    tr!(
        lang,
        "filter-breakdown",
        sum = sum,
        total = format!("{:+}", v.total),
        threshold = v.threshold,
        verdict = verdict
    )
}

/// The value filter's formula, for the help: a heading, then one line per term.
pub fn filter_formula(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-filter-formula").lines().collect()
}

/// How the network map is drawn (the end of the help): a heading, then one line per rule.
pub fn map_rules(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-map-rules").lines().collect()
}

/// The look back on the value filter: accepted invitations per value, with outcomes written.
pub fn look_back(lang: Lang, wb: &crate::model::Workbook, served: &[crate::model::filter::Served]) -> String {
    served
        .iter()
        .map(|x| {
            let name = wb.values.get(x.value).map_or_else(String::new, |v| crate::model::text::one_line(&v.name));
            if x.accepted > 0 {
                tr!(lang, "look-back-value", name = name, accepted = x.accepted, with_outcome = x.with_outcome)
            } else {
                tr!(lang, "look-back-value-none", name = name)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn decided(lang: Lang, name: &str) -> String {
    tr!(lang, "decided", name = name)
}

pub fn no_record_id(lang: Lang, item: &str) -> String {
    tr!(lang, "no-record-id", item = item)
}

/// Ctrl-p on a link field when there is nothing of that kind yet.
pub fn nothing_to_pick(lang: Lang, kind: RecordKind) -> String {
    tr!(lang, "nothing-to-pick", noun = noun(lang, kind))
}

pub fn number_range(lang: Lang, min: i64, max: i64) -> String {
    tr!(lang, "number-range", min = min, max = max)
}

pub fn balance(lang: Lang, given: usize, received: usize) -> String {
    tr!(lang, "balance", given = given, received = received)
}

pub fn editor_failed(lang: Lang, why: &str) -> String {
    tr!(lang, "editor-failed", why = why)
}

pub fn contact_logged(lang: Lang, name: &str) -> String {
    tr!(lang, "contact-logged", name = name)
}

pub fn saved_record(lang: Lang, added: bool, name: &str) -> String {
    tr!(lang, "saved-record", added = if added { "true" } else { "false" }, name = name)
}

pub fn newer_version(lang: Lang, v: u32) -> String {
    tr!(lang, "newer-version", version = v)
}

pub fn upgraded(lang: Lang, from: u32) -> String {
    tr!(lang, "upgraded", version = from)
}

pub fn deleted(lang: Lang, name: &str) -> String {
    tr!(lang, "deleted", name = name)
}

pub fn undone(lang: Lang, undo: bool, label: &str) -> String {
    if undo { tr!(lang, "undone", label = label) } else { tr!(lang, "redone", label = label) }
}

pub fn confirm_delete(lang: Lang, name: &str, touched: usize) -> String {
    tr!(lang, "confirm-delete", name = name, touched = touched)
}

pub fn edit_error(lang: Lang, e: &EditError) -> String {
    match e {
        EditError::MissingLink { to, .. } => tr!(lang, "edit-missing-link", record = record(lang, *to)),
        EditError::StillLinked { target, .. } => tr!(lang, "edit-still-linked", record = record(lang, *target)),
        EditError::NotFound(r) => tr!(lang, "edit-not-found", record = record(lang, *r)),
    }
}

/// Which communities of how many the map shows, and how to see the others.
pub fn map_pages(lang: Lang, first: usize, last: usize, total: usize) -> String {
    tr!(lang, "map-pages", first = first, last = last, total = total)
}

/// A second stock-take on a day that has one.
pub fn stocktake_same_day(lang: Lang, d: NaiveDate) -> String {
    tr!(lang, "stocktake-same-day", date = d.format("%Y-%m-%d").to_string())
}

/// A chart showing only the newest of many points.
pub fn last_of(lang: Lang, shown: usize, all: usize) -> String {
    tr!(lang, "last-of", shown = shown, all = all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_card_has_a_name_and_a_line_in_both_languages() {
        for lang in [Lang::Ja, Lang::En] {
            for c in cards::CARDS {
                let name = card_name(lang, c.key);
                let about = card_about(lang, c.key);
                assert!(name.is_some_and(|t| !t.trim().is_empty()), "{lang:?}: no {}", card_id(c.key));
                assert!(about.is_some_and(|t| !t.trim().is_empty()), "{lang:?}: no {}-about", card_id(c.key));
            }
            // And no card's words are left over from a card that is gone.
            for line in fluent::source(lang).lines() {
                if let Some(id) = line.strip_prefix("card-").and_then(|rest| rest.split(' ').next()) {
                    let key = id.strip_suffix("-about").unwrap_or(id);
                    let known = cards::CARDS.iter().any(|c| card_id(c.key) == format!("card-{key}"));
                    assert!(known, "{lang:?}: card-{id} belongs to no card");
                }
            }
        }
        assert_eq!(card_name(Lang::En, "freedom"), Some("Freedom"));
        assert_eq!(card_about(Lang::Ja, "freedom"), Some("時間と行き先を自分で決められる"));
        assert_eq!(card_name(Lang::En, "旅"), None, "an own card has no message");
    }
}
