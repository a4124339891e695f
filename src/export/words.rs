//! The printable summary's words: its headings, labels and sentences, and those of the export
//! form and the command. Every one is a message of `assets/i18n/{ja,en}/tsunagari.ftl`
//! (the ids start with `export-`), read through `tr!`; English plurals and Japanese counters
//! are decided there. The [`Summary`](super::Summary) is worded once with these, then the
//! formats only lay it out; dates and signed numbers are written here, as the files receive
//! them as text.

use super::{Format, IntroductionLine, InvitationLine, PeopleLine, SkillLine};
use crate::i18n::{Lang, tr};

pub fn title(lang: Lang) -> &'static str {
    tr!(lang, "export-title")
}

/// A person's stand-in name when names are left out.
pub fn person_number(lang: Lang, id: u64) -> String {
    tr!(lang, "export-person-number", id = id)
}

pub fn made_on(lang: Lang) -> &'static str {
    tr!(lang, "export-made-on")
}

pub fn name(lang: Lang) -> &'static str {
    tr!(lang, "export-name")
}

pub fn values(lang: Lang) -> &'static str {
    tr!(lang, "export-values")
}

/// The months table: its heading, then its column names.
pub fn months(lang: Lang) -> (&'static str, [&'static str; 7]) {
    (
        tr!(lang, "export-months"),
        [
            tr!(lang, "col-month"),
            tr!(lang, "col-people-met"),
            tr!(lang, "col-fields-reached"),
            tr!(lang, "col-communities-joined"),
            tr!(lang, "col-outputs-count"),
            tr!(lang, "col-introductions-count"),
            tr!(lang, "col-accepted-count"),
        ],
    )
}

/// One month's row: the month, then its counts.
pub fn month_row(m: &crate::model::months::Month) -> [String; 7] {
    use chrono::Datelike;
    [
        format!("{}-{:02}", m.start.year(), m.start.month()),
        m.people_met.to_string(),
        m.fields_reached.to_string(),
        m.communities_joined.to_string(),
        m.outputs.to_string(),
        m.introductions.to_string(),
        m.accepted.to_string(),
    ]
}

pub fn interests(lang: Lang) -> &'static str {
    tr!(lang, "export-interests")
}

pub fn communities(lang: Lang) -> &'static str {
    tr!(lang, "export-communities")
}

pub fn tags_and_outputs(lang: Lang) -> &'static str {
    tr!(lang, "export-tags-and-outputs")
}

pub fn tags(lang: Lang) -> &'static str {
    tr!(lang, "export-tags")
}

pub fn recent_outputs(lang: Lang) -> &'static str {
    tr!(lang, "export-recent-outputs")
}

pub fn outputs_per_week(lang: Lang) -> &'static str {
    tr!(lang, "export-outputs-per-week")
}

pub fn introductions(lang: Lang) -> &'static str {
    tr!(lang, "export-introductions")
}

pub fn invitations(lang: Lang) -> &'static str {
    tr!(lang, "export-invitations")
}

pub fn people(lang: Lang) -> &'static str {
    tr!(lang, "export-people")
}

pub fn assets(lang: Lang) -> &'static str {
    tr!(lang, "export-assets")
}

pub fn reflections(lang: Lang) -> &'static str {
    tr!(lang, "export-reflections")
}

pub fn next_actions(lang: Lang) -> &'static str {
    tr!(lang, "export-next-actions")
}

pub fn nothing_yet(lang: Lang) -> &'static str {
    tr!(lang, "export-nothing-yet")
}

pub fn score(lang: Lang) -> &'static str {
    tr!(lang, "export-score")
}

pub fn reason(lang: Lang) -> &'static str {
    tr!(lang, "export-reason")
}

pub fn outcome(lang: Lang) -> &'static str {
    tr!(lang, "export-outcome")
}

pub fn why(lang: Lang) -> &'static str {
    tr!(lang, "export-why")
}

pub fn rating(lang: Lang) -> &'static str {
    tr!(lang, "export-rating")
}

pub fn history(lang: Lang) -> &'static str {
    tr!(lang, "export-history")
}

pub fn stocktakes(lang: Lang) -> &'static str {
    tr!(lang, "export-stocktakes")
}

/// How many outputs carry a tag, with the noun ("11 outputs").
pub fn outputs_count(lang: Lang, n: usize) -> String {
    tr!(lang, "export-outputs-count", n = n)
}

pub fn last_output(lang: Lang) -> &'static str {
    tr!(lang, "export-last-output")
}

/// People, their ties by kind (unrated apart), fields and bridges, in one line.
pub fn ties(lang: Lang, p: &PeopleLine) -> String {
    let p = &p.health;
    tr!(
        lang,
        "export-ties",
        people = p.people,
        weak = p.weak,
        strong = p.strong,
        unrated = p.unrated,
        fields = p.fields,
        bridges = p.bridges
    )
}

pub fn bridges(lang: Lang) -> &'static str {
    tr!(lang, "export-bridges")
}

pub fn fields(lang: Lang) -> &'static str {
    tr!(lang, "export-fields")
}

pub fn organisations(lang: Lang) -> &'static str {
    tr!(lang, "export-organisations")
}

/// Where the command or the form wrote the summary.
pub fn written(lang: Lang, path: &std::path::Path) -> String {
    tr!(lang, "export-written", path = path.display().to_string())
}

pub fn form_title(lang: Lang) -> &'static str {
    tr!(lang, "export-form-title")
}

pub fn format(lang: Lang) -> &'static str {
    tr!(lang, "export-format")
}

/// A format as the export form offers it (and as its errors name it).
pub fn format_name(lang: Lang, f: Format) -> &'static str {
    match f {
        Format::Html => tr!(lang, "export-format-html"),
        Format::Markdown => tr!(lang, "export-format-markdown"),
        Format::Text => tr!(lang, "export-format-text"),
        Format::Json => tr!(lang, "export-format-json"),
        Format::Ics => tr!(lang, "export-format-ics"),
    }
}

pub fn save_to(lang: Lang) -> &'static str {
    tr!(lang, "export-save-to")
}

pub fn no_names(lang: Lang) -> &'static str {
    tr!(lang, "export-no-names")
}

/// The line after a list cut short.
pub fn more(lang: Lang, n: usize) -> String {
    tr!(lang, "export-more", n = n)
}

pub fn asset(lang: Lang) -> &'static str {
    tr!(lang, "export-asset")
}

/// An invitation's text, marked when it is only for practice.
pub fn invitation_what(lang: Lang, i: &InvitationLine) -> String {
    crate::i18n::practice_marked(lang, &i.what, i.practice)
}

/// A self-rating over the stock-takes, oldest first, the same in every format: `2 → 3 → -`
/// (`-`: not rated that time).
/// How many values of an indicator's course the summary shows: the last stock-takes, then today.
const COURSE_SHOWN: usize = 4;

/// An indicator's label and its course over the last stock-takes to today (`label 2 → 3 → 5`;
/// `…` first when earlier ones are left out), or only today's figure when there was none.
pub fn indicator_course(label: &str, course: &[Option<u32>]) -> String {
    // Stock-takes that froze nothing (made before indicators were kept) say nothing.
    let course = match course.split_last() {
        Some((now, earlier)) if earlier.iter().all(Option::is_none) => std::slice::from_ref(now),
        _ => course,
    };
    let from = course.len().saturating_sub(COURSE_SHOWN);
    let mut shown: Vec<String> =
        course[from..].iter().map(|v| v.map_or_else(|| "-".to_owned(), |v| v.to_string())).collect();
    if from > 0 {
        shown.insert(0, "…".to_owned());
    }
    format!("{label} {}", shown.join(" → "))
}

/// The indicators of an asset with their courses, comma-separated.
pub fn indicator_courses(a: &super::AssetLine) -> String {
    let each = a.indicators.iter().enumerate().map(|(k, (label, now))| match a.indicator_history.get(k) {
        Some(course) => indicator_course(label, course),
        None => format!("{label} {now}"),
    });
    each.collect::<Vec<_>>().join(", ")
}

/// What an invitation's reflection said, on one line, after the day it took place (`None`:
/// nothing was said afterwards).
pub fn afterwards(lang: Lang, i: &InvitationLine) -> Option<String> {
    let mut parts = Vec::new();
    if let Some(t) = &i.turned_out {
        parts.push(format!("{}: {t}", tr!(lang, "col-turned-out")));
    }
    if let Some(v) = &i.served {
        parts.push(format!("{}: {v}", tr!(lang, "col-served")));
    }
    if !i.met.is_empty() {
        parts.push(format!("{}: {}", tr!(lang, "col-met-there"), i.met.join(", ")));
    }
    if parts.is_empty() {
        return None;
    }
    let day = i.event.map(|d| format!("{}: {} · ", tr!(lang, "col-event"), crate::i18n::date(Some(d))));
    Some(format!("{}{}", day.unwrap_or_default(), parts.join(" · ")))
}

pub fn afterwards_title(lang: Lang) -> &'static str {
    tr!(lang, "afterwards-title")
}

pub fn unexpected(lang: Lang) -> &'static str {
    tr!(lang, "col-unexpected")
}

pub fn calibration(lang: Lang) -> &'static str {
    tr!(lang, "calibration-label")
}

pub fn rating_history(history: &[Option<u8>]) -> String {
    history.iter().map(|r| r.map_or_else(|| "-".to_owned(), |r| r.to_string())).collect::<Vec<_>>().join(" → ")
}

/// An introduction's day and a space, or nothing when it has none.
pub fn intro_day(i: &IntroductionLine) -> String {
    i.date.map(|d| format!("{} ", crate::i18n::date(Some(d)))).unwrap_or_default()
}

pub fn follow_up(lang: Lang) -> &'static str {
    tr!(lang, "col-follow-up")
}

pub fn happenstance(lang: Lang) -> &'static str {
    tr!(lang, "export-happenstance")
}

/// "curiosity: 3 times in the last 90 days".
pub fn skill_times(lang: Lang, s: &SkillLine) -> String {
    tr!(lang, "export-skill-times", skill = s.skill.as_str(), times = s.times)
}

pub fn no_skills(lang: Lang) -> &'static str {
    tr!(lang, "export-no-skills")
}

/// When an invitation was decided, or by when it should be.
pub fn when(lang: Lang, i: &InvitationLine) -> String {
    match (i.decided, i.deadline) {
        (Some(d), _) => d.format("%Y-%m-%d").to_string(),
        (None, Some(d)) => tr!(lang, "export-due", date = d.format("%Y-%m-%d").to_string()),
        (None, None) => String::new(),
    }
}

/// The headings of the communities' table.
pub fn community_columns(lang: Lang) -> [&'static str; 5] {
    [
        tr!(lang, "export-column-name"),
        tr!(lang, "export-column-status"),
        tr!(lang, "export-column-kind"),
        tr!(lang, "export-column-distance"),
        tr!(lang, "export-column-values"),
    ]
}

/// The path's extension names another format than the one chosen.
pub fn extension_mismatch(lang: Lang, ext: &str, format: &str) -> String {
    tr!(lang, "export-extension-mismatch", ext = ext, format = format)
}

pub fn replace_asks(lang: Lang) -> &'static str {
    tr!(lang, "export-replace-asks")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_counts_agree_with_their_nouns() {
        assert_eq!(outputs_count(Lang::En, 1), "1 output");
        assert_eq!(outputs_count(Lang::En, 11), "11 outputs");
        let mut line = PeopleLine {
            health: Default::default(),
            bridge_names: Vec::new(),
            top_fields: Vec::new(),
            top_organisations: Vec::new(),
        };
        line.health.people = 1;
        line.health.unrated = 1;
        line.health.fields = 1;
        line.health.bridges = 1;
        assert_eq!(ties(Lang::En, &line), "1 person: 0 weak, 0 strong, 1 unrated ties; 1 field; 1 bridge");
        line.health.people = 24;
        line.health.unrated = 0;
        line.health.fields = 0;
        line.health.bridges = 3;
        assert_eq!(ties(Lang::En, &line), "24 people: 0 weak, 0 strong ties; 0 fields; 3 bridges");
    }

    #[test]
    fn an_invitation_shows_its_deadline_until_it_is_decided() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 4, 28);
        let mut i = InvitationLine {
            what: String::new(),
            practice: false,
            decision: String::new(),
            decided: None,
            deadline: date,
            reason: String::new(),
            outcome: String::new(),
            event: None,
            turned_out: None,
            served: None,
            met: Vec::new(),
            unexpected: String::new(),
            filter: None,
        };
        assert_eq!(when(Lang::En, &i), "(due 2026-04-28)");
        i.decided = date;
        assert_eq!(when(Lang::En, &i), "2026-04-28");
        i.what = "a talk".into();
        i.practice = true;
        assert_eq!(invitation_what(Lang::En, &i), "[practice] a talk");
        assert_eq!(afterwards(Lang::En, &i), None, "nothing said afterwards, no line");
        i.turned_out = Some("surprising".into());
        i.met = vec!["Mori".into(), "Ken".into()];
        assert_eq!(afterwards(Lang::En, &i).as_deref(), Some("How it turned out: surprising · Met there: Mori, Ken"));
    }

    #[test]
    fn an_indicator_s_course_shows_the_last_stocktakes_then_today() {
        assert_eq!(indicator_course("weak ties", &[Some(7)]), "weak ties 7", "no stock-take: today only");
        assert_eq!(indicator_course("weak ties", &[None, None, Some(7)]), "weak ties 7", "none froze it: today only");
        assert_eq!(
            indicator_course("weak ties", &[Some(1), None, Some(3), Some(4), Some(5)]),
            "weak ties … → - → 3 → 4 → 5"
        );
    }

    #[test]
    fn a_skill_is_counted_in_words_and_the_window_is_said() {
        let s = SkillLine { skill: "curiosity".into(), times: 3 };
        assert_eq!(skill_times(Lang::En, &s), "curiosity: 3 times in the last 90 days");
        assert_eq!(skill_times(Lang::Ja, &SkillLine { skill: "好奇心".into(), times: 3 }), "好奇心: この90日で3回");
        assert_eq!(
            skill_times(Lang::En, &SkillLine { skill: "optimism".into(), times: 1 }),
            "optimism: once in the last 90 days"
        );
    }
}
