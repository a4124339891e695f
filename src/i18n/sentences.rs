//! Sentences about the workbook: dates, counts, the overview's next actions, the value
//! filter's reasons, status messages and the errors of the rules and of edits.

use chrono::NaiveDate;

use super::{Label, Lang, noun, record, say, tr};
use crate::model::actions::CommunityHint;
use crate::model::actions::NextAction;
use crate::model::derived::DiversityWarning;
use crate::model::reconnect::{Reason, Season};
use crate::model::week::Suggestion;
use crate::model::*;

/// A date as people write it: `2026-11-24` in both languages (the form Japanese forms use too).
pub fn date(d: Option<NaiveDate>) -> String {
    d.map_or_else(|| "-".to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// A moment, to the minute: `2026-11-24 09:05` in both languages.
pub fn date_time(_lang: Lang, t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

/// A change the rules refused, in their words.
pub fn rule_error(lang: Lang, e: &RuleError) -> String {
    match e {
        RuleError::Empty(kind) => empty_name(lang, *kind),
        RuleError::Duplicate { kind, name } => duplicate(lang, *kind, name),
        RuleError::SamePerson => tr!(lang, "intro-same-person").to_owned(),
        RuleError::StocktakeSameDay(d) => stocktake_same_day(lang, *d),
        RuleError::Missing(r) => tr!(lang, "edit-not-found", record = record(lang, *r)),
        RuleError::DeadlineBeforeReceived => tr!(lang, "deadline-before-received").to_owned(),
        RuleError::FirstAfterLast => tr!(lang, "first-after-last").to_owned(),
        RuleError::BadEmail => tr!(lang, "bad-email").to_owned(),
        RuleError::NotAccepted => tr!(lang, "reflect-not-accepted").to_owned(),
        RuleError::AlreadyKnown(name) => tr!(lang, "already-known", name = name.as_str()),
        RuleError::EventBeforeReceived => tr!(lang, "event-before-received").to_owned(),
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
    tr!(lang, "no-such", noun = noun(lang, kind), name = name, command = kind_key(kind))
}

/// A kind of record as one word: what Fluent selectors choose by (`$kind`), and the word
/// `tsunagari add` takes for it.
fn kind_key(kind: RecordKind) -> &'static str {
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
    let community = |id: CommunityId| wb.communities.get(id).map_or_else(String::new, |c| text::one_line(&c.name));
    let output = |id: OutputId| wb.outputs.get(id).map_or_else(String::new, |o| clipped(&o.text, 30));
    match a {
        NextAction::FitsWaiting { passing } => tr!(lang, "next-fits-waiting", passing = *passing),
        NextAction::DefineValues => tr!(lang, "next-define-values").to_owned(),
        NextAction::FewCommunities { taking_part, next } => match next {
            CommunityHint::Candidate(c) => {
                tr!(lang, "next-community-candidate", taking_part = *taking_part, community = community(*c))
            }
            CommunityHint::LookFor => {
                let mine: Vec<String> = wb.interests.iter().map(|i| text::one_line(i)).collect();
                tr!(lang, "next-community-look", taking_part = *taking_part, interests = mine.join(", "))
            }
            CommunityHint::NameInterests => tr!(lang, "next-community-interests", taking_part = *taking_part),
        },
        NextAction::QuietTag { tag: t, since: None } => tr!(lang, "next-tag-never", tag = tag(*t)),
        NextAction::QuietTag { tag: t, since: Some(d) } => {
            tr!(lang, "next-tag-quiet", tag = tag(*t), since = date(Some(*d)))
        }
        NextAction::Reconnect(r) => {
            let name = person(r.person);
            match r.reason {
                Reason::SharedTag { tag: t, output: o } => {
                    tr!(lang, "next-reconnect-tag", name = name, tag = tag(t), output = output(o))
                }
                Reason::Community(c) => tr!(lang, "next-reconnect-community", name = name, community = community(c)),
                Reason::Season(s) => tr!(lang, "next-reconnect-season", name = name, season = season(lang, s)),
                Reason::RecentOutput(o) => tr!(lang, "next-reconnect-output", name = name, output = output(o)),
                Reason::Rhythm(c) => tr!(lang, "next-reconnect-rhythm", name = name, cadence = c.label(lang)),
            }
        }
        NextAction::PastDeadline { invitation: i } => tr!(lang, "next-past-deadline", invitation = invitation(*i)),
        NextAction::FollowUp { introduction } => {
            let i = wb.introductions.get(*introduction);
            let pair =
                |i: &Introduction| (i.first.map(person).unwrap_or_default(), i.second.map(person).unwrap_or_default());
            let (a, b) = i.map(pair).unwrap_or_default();
            let planned = i.is_some_and(|i| !i.counts());
            if planned {
                tr!(lang, "next-follow-up-planned", first = a, second = b)
            } else {
                tr!(lang, "next-follow-up-made", first = a, second = b)
            }
        }
        NextAction::StocktakeDue { last: None } => tr!(lang, "next-stocktake-first").to_owned(),
        NextAction::StocktakeDue { last: Some(d) } => tr!(lang, "next-stocktake-due", last = date(Some(*d))),
    }
}

/// The first line of `s`, cut after `max` characters (with "…") to quote it in a sentence.
fn clipped(s: &str, max: usize) -> String {
    let line = text::one_line(s);
    match line.char_indices().nth(max) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line,
    }
}

/// An invitation's text, marked when it is only for practice (it stays in lists, out of every
/// count).
/// Who introduced whom, in words: "A > B" alone reads the same whether I introduced A to B or
/// A introduced me to B. The same sentence heads the detail, fills the list's column and each
/// line of the printed summary and `tsunagari list`; a planned one says so.
pub fn introduction(lang: Lang, i: &crate::model::Introduction, first: &str, second: &str) -> String {
    use crate::model::IntroDirection::{Given, Received};
    match (i.direction, i.status.is_made()) {
        (Given, true) => tr!(lang, "intro-heading-given", first = first, second = second),
        (Received, true) => tr!(lang, "intro-heading-received", first = first, second = second),
        (Given, false) => tr!(lang, "intro-heading-planned-given", first = first, second = second),
        (Received, false) => tr!(lang, "intro-heading-planned-received", first = first, second = second),
    }
}

pub fn practice_marked(lang: Lang, what: &str, practice: bool) -> String {
    let what = text::one_line(what);
    if practice { tr!(lang, "practice-marked", mark = tr!(lang, "practice-mark"), what = what) } else { what }
}

/// One of the column's steps as a week's slot: "1 Show up".
pub fn column_step(lang: Lang, step: ColumnStep) -> &'static str {
    match step {
        ColumnStep::ShowUp => tr!(lang, "week-step-show-up"),
        ColumnStep::MakeVisible => tr!(lang, "week-step-make-visible"),
        ColumnStep::Answer => tr!(lang, "week-step-answer"),
    }
}

/// A proposal for a week's step, as the step it becomes when taken.
pub fn suggestion(lang: Lang, s: Suggestion, wb: &Workbook) -> String {
    let community = |id: CommunityId| wb.communities.get(id).map_or_else(String::new, |c| text::one_line(&c.name));
    let person =
        |id: Option<PersonId>| id.and_then(|p| wb.people.get(p)).map_or_else(String::new, |p| text::one_line(&p.name));
    let what = |id: InvitationId| wb.invitations.get(id).map_or_else(String::new, |i| text::one_line(&i.what));
    match s {
        Suggestion::Visit { community: c, last: Some(d) } => {
            tr!(lang, "week-visit-since", community = community(c), date = date(Some(d)))
        }
        Suggestion::Visit { community: c, last: None } => tr!(lang, "week-visit", community = community(c)),
        Suggestion::TryOnce(c) => tr!(lang, "week-try", community = community(c)),
        Suggestion::Introduce(i) => {
            let i = wb.introductions.get(i);
            tr!(
                lang,
                "week-introduce",
                first = person(i.and_then(|i| i.first)),
                second = person(i.and_then(|i| i.second))
            )
        }
        Suggestion::Output { tag, .. } => {
            tr!(lang, "week-output", tag = wb.tags.get(tag).map_or_else(String::new, |t| text::one_line(&t.name)))
        }
        Suggestion::Reconnect(r) => next_action(lang, &NextAction::Reconnect(r), wb),
        Suggestion::Answer(i) => match wb.invitations.get(i).and_then(|x| x.deadline) {
            Some(d) => tr!(lang, "week-answer-by", invitation = what(i), date = date(Some(d))),
            None => tr!(lang, "week-answer", invitation = what(i)),
        },
        Suggestion::RateAndAnswer(i) => tr!(lang, "week-rate-answer", invitation = what(i)),
    }
}

/// A greeting-card season, named.
pub fn season(lang: Lang, s: Season) -> &'static str {
    match s {
        Season::NewYear => tr!(lang, "season-new-year"),
        Season::Midwinter => tr!(lang, "season-midwinter"),
        Season::Summer => tr!(lang, "season-summer"),
        Season::LateSummer => tr!(lang, "season-late-summer"),
    }
}

pub fn name_error(lang: Lang, kind: RecordKind, name: &str, e: &NameError) -> String {
    match e {
        NameError::Missing => tr!(lang, "name-missing", noun = noun(lang, kind), name = name),
        NameError::Ambiguous(ids) => ambiguous(lang, kind, name, ids),
    }
}

/// A link typed by hand (a whole name or a part of one) that links nothing or several
/// records, in a form (where Ctrl-p lists them).
pub fn link_error(lang: Lang, kind: RecordKind, typed: &str, e: &NameError) -> String {
    let (noun, kind) = (noun(lang, kind), kind_key(kind));
    match e {
        NameError::Missing => tr!(lang, "link-missing", noun = noun, kind = kind, name = typed),
        NameError::Ambiguous(ids) => tr!(lang, "link-several", kind = kind, name = typed, count = ids.len()),
    }
}

/// Several records fit a link typed on the command line: their names and numbers (`matches`,
/// a few of them), and how to say which.
pub fn link_several_listed(lang: Lang, kind: RecordKind, typed: &str, matches: &[(u64, String)]) -> String {
    let shown: Vec<String> = matches.iter().take(6).map(|(id, name)| format!("{name} (#{id})")).collect();
    let sep = if lang == Lang::Ja { "、" } else { ", " };
    let mut names = shown.join(sep);
    if matches.len() > 6 {
        names.push_str(&format!("{sep}… (+{})", matches.len() - 6));
    }
    let first = matches.first().map_or_else(String::new, |m| m.0.to_string());
    let kind = kind_key(kind);
    tr!(lang, "link-several-listed", kind = kind, name = typed, count = matches.len(), names = names, first = first)
}

/// Several records share a name: how many, and a few of their ids to give instead.
pub fn ambiguous(lang: Lang, kind: RecordKind, name: &str, ids: &[u64]) -> String {
    let shown: Vec<String> = ids.iter().take(6).map(|i| format!("#{i}")).collect();
    let list = if ids.len() > 6 { format!("{} ... (+{})", shown.join(", "), ids.len() - 6) } else { shown.join(", ") };
    tr!(lang, "ambiguous", count = ids.len(), kind = kind_key(kind), name = name, ids = list)
}

/// A final value's name on one line (empty if it is gone).
fn value_name(wb: &crate::model::Workbook, v: crate::model::ValueId) -> String {
    wb.values.get(v).map_or_else(String::new, |x| crate::model::text::one_line(&x.name))
}

/// The filter's verdict in a word or two: "passes", "against 自由"…
pub fn verdict_word(lang: Lang, wb: &crate::model::Workbook, v: &crate::model::filter::Verdict) -> String {
    use crate::model::filter::Outcome;
    match v.outcome {
        Outcome::Passes => tr!(lang, "verdict-passes").to_owned(),
        Outcome::Below => tr!(lang, "verdict-below").to_owned(),
        Outcome::Unrated => tr!(lang, "verdict-unrated").to_owned(),
        Outcome::Against(value) => tr!(lang, "verdict-against", value = value_name(wb, value)),
    }
}

/// The filter's column in a list: the verdict, and the share of the best for a rated one (kept
/// short: the why beside it names the values).
pub fn verdict_cell(lang: Lang, wb: &crate::model::Workbook, v: &crate::model::filter::Verdict) -> String {
    use crate::model::filter::Outcome;
    match v.outcome {
        // A share below zero says nothing a word does not: the values part works against it.
        Outcome::Passes | Outcome::Below if !v.parts.is_empty() && v.alignment >= 0 => {
            format!("{} {}%", verdict_word(lang, wb, v), v.share())
        }
        // The value it works against is named in the why beside it.
        Outcome::Against(_) => tr!(lang, "verdict-against-short").to_owned(),
        _ => verdict_word(lang, wb, v),
    }
}

/// Why a candidate gets its verdict, in one short line: "自由 +2, 学び +1; ワクワク 4; 負担 大".
/// `rate_key` names the key that rates it, for an unrated one (`None` where no key works).
pub fn filter_why(
    lang: Lang,
    wb: &crate::model::Workbook,
    v: &crate::model::filter::Verdict,
    rate_key: Option<&str>,
) -> String {
    use crate::model::filter::Outcome;
    let mut pieces = Vec::new();
    match v.outcome {
        Outcome::Unrated => pieces.push(match rate_key {
            Some(key) => tr!(lang, "why-unrated-key", key = key),
            None => tr!(lang, "why-unrated").to_owned(),
        }),
        Outcome::Against(value) => pieces.push(tr!(lang, "why-against", value = value_name(wb, value))),
        _ => {}
    }
    if !v.parts.is_empty() && !matches!(v.outcome, Outcome::Against(_)) {
        let values: Vec<String> = v.parts.iter().map(|p| format!("{} {:+}", value_name(wb, p.value), p.fit)).collect();
        pieces.push(values.join(", "));
    }
    if !v.interests.is_empty() {
        let interests: Vec<String> = v.interests.iter().map(|i| crate::model::text::one_line(i)).collect();
        pieces.push(tr!(lang, "why-interests", interests = interests.join(", ")));
    }
    if v.excitement > 0 {
        pieces.push(tr!(lang, "why-excitement", excitement = v.excitement));
    }
    if v.cost != crate::model::Cost::Low {
        pieces.push(tr!(lang, "why-cost", cost = v.cost.label(lang)));
    }
    pieces.join("; ")
}

/// The value filter's verdict in full, for the detail view: each part, the share of the best
/// against the pass mark, the verdict, and the rank excitement and cost give it.
pub fn filter_breakdown(lang: Lang, wb: &crate::model::Workbook, v: &crate::model::filter::Verdict) -> String {
    let mut terms: Vec<String> =
        v.parts.iter().map(|p| format!("{} {:+}x{}", value_name(wb, p.value), p.fit, p.weight)).collect();
    if v.interest > 0 {
        terms.push(tr!(lang, "breakdown-interest", points = v.interest));
    }
    let sum = if terms.is_empty() { "0".to_owned() } else { terms.join(" ") };
    let mut rank: Vec<String> = vec![format!("{}", v.alignment + v.interest)];
    if v.excitement > 0 {
        rank.push(format!("+{}", v.excitement));
    }
    let cost = crate::model::filter::cost_penalty(v.cost);
    if cost > 0 {
        rank.push(format!("-{cost}"));
    }
    let mut out = tr!(
        lang,
        "filter-breakdown",
        sum = sum,
        alignment = v.alignment + v.interest,
        best = v.best,
        share = v.share(),
        mark = v.pass_mark,
        verdict = verdict_word(lang, wb, v)
    );
    if rank.len() > 1 {
        out.push_str(&tr!(lang, "filter-breakdown-rank", terms = rank.join(" "), total = v.total));
    }
    if !v.interests.is_empty() {
        let interests: Vec<String> = v.interests.iter().map(|i| crate::model::text::one_line(i)).collect();
        out.push_str("; ");
        out.push_str(&tr!(lang, "why-interests", interests = interests.join(", ")));
    }
    out
}

/// The value filter's formula, for the help: a heading, then one line per term.
pub fn filter_formula(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-filter-formula").lines().collect()
}

/// What each asset indicator counts, and where its idea comes from: a heading, then one line
/// per rule.
pub fn indicator_rules(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-indicator-rules").lines().collect()
}

/// How tie strength and bridges are worked out, with the source of the weights: a heading,
/// then one line per rule.
pub fn tie_rules(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-tie-rules").lines().collect()
}

/// The mutual-connection zone's source and limits: a heading, then one line per point.
pub fn mutual_rules(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-mutual-rules").lines().collect()
}

/// How this week's steps are proposed and kept, for the help: a heading, then one line per rule.
pub fn week_rules(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-week-rules").lines().collect()
}

/// How reconnect suggestions are made, for the help: a heading, then one line per rule.
pub fn reconnect_rules(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-reconnect-rules").lines().collect()
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
            if x.said_served > 0 {
                tr!(
                    lang,
                    "look-back-value-said",
                    name = name,
                    accepted = x.accepted,
                    with_outcome = x.with_outcome,
                    said = x.said_served
                )
            } else if x.accepted > 0 {
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

/// Introductions made and received; the planned ones after them, when there are any.
pub fn balance(lang: Lang, b: crate::model::derived::IntroductionBalance) -> String {
    let made = tr!(lang, "balance", given = b.given, received = b.received);
    if b.planned == 0 { made } else { format!("{made}{}", tr!(lang, "balance-planned", planned = b.planned)) }
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
    fn names_shared_by_several_records_are_counted_with_the_right_noun() {
        let ids = [3, 9];
        let en = ambiguous(Lang::En, RecordKind::Community, "book club", &ids);
        assert_eq!(en, "2 communities are named \"book club\"; give one as #id: #3, #9");
        assert!(ambiguous(Lang::En, RecordKind::Person, "Kim", &ids).starts_with("2 people are named"));
        let ja = ambiguous(Lang::Ja, RecordKind::Community, "読書会", &ids);
        assert!(ja.starts_with("「読書会」というコミュニティが 2件あります"), "{ja}");
        assert!(ambiguous(Lang::Ja, RecordKind::Person, "田中", &ids).contains("人が 2人います"));
        let many: Vec<u64> = (1..=9).collect();
        assert!(ambiguous(Lang::En, RecordKind::Tag, "x", &many).ends_with("#6 ... (+3)"));
    }
}
