//! `tsunagari today [--json]`: this week's three steps (chosen, done, or what the workbook
//! proposes), the question after an invitation whose day has passed, and the first next small
//! actions, in the user's language — for a shell start-up
//! file or a status bar, so it reads the file without a lock and writes nothing. The figures are
//! the week page's and the overview's own (`model::week`, `model::actions`).

use std::path::Path;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::i18n::{self, Lang, tr};
use crate::model::actions::next_actions;
use crate::model::text::one_line;
use crate::model::{ColumnStep, Workbook, week};

/// How many next actions are printed after the week.
const NEXT_MAX: usize = 5;

#[derive(Serialize)]
struct Today {
    from: NaiveDate,
    to: NaiveDate,
    steps: Vec<Step>,
    /// The question after an invitation whose event day has passed (the week page's).
    #[serde(skip_serializing_if = "Option::is_none")]
    ask: Option<String>,
    /// The invitation it asks about, and the day it took place (for scripts).
    #[serde(skip_serializing_if = "Option::is_none")]
    ask_invitation: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ask_event: Option<NaiveDate>,
    next: Vec<String>,
}

#[derive(Serialize)]
struct Step {
    step: &'static str,
    name: &'static str,
    /// What was chosen, else what is proposed (empty: nothing to propose).
    text: String,
    /// Whether `text` is only a proposal (nothing chosen yet).
    proposed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    done: Option<NaiveDate>,
}

fn step_key(step: ColumnStep) -> &'static str {
    match step {
        ColumnStep::ShowUp => "show_up",
        ColumnStep::MakeVisible => "make_visible",
        ColumnStep::Answer => "answer",
    }
}

fn gather(wb: &Workbook, lang: Lang, today: NaiveDate) -> Today {
    let from = week::monday(today);
    let chosen = week::this_week(wb, today);
    let steps = [ColumnStep::ShowUp, ColumnStep::MakeVisible, ColumnStep::Answer]
        .into_iter()
        .zip(chosen)
        .map(|(step, taken)| {
            let (text, proposed, done) = match taken {
                Some(s) => (one_line(&s.text), false, s.done),
                None => {
                    let offer = week::proposals(wb, today, step).first().map(|s| i18n::suggestion(lang, *s, wb));
                    (offer.unwrap_or_default(), true, None)
                }
            };
            Step { step: step_key(step), name: i18n::column_step(lang, step), text, proposed, done }
        })
        .collect();
    let next = next_actions(wb, today).iter().take(NEXT_MAX).map(|a| i18n::next_action(lang, a, wb)).collect();
    let due = week::reflections_due(wb, today).first().copied();
    let ask = due.map(|i| i18n::afterwards_question(lang, wb, i));
    let ask_event = due.and_then(|i| wb.invitations.get(i)).and_then(|i| i.event);
    Today { from, to: from + Days::new(6), steps, ask, ask_invitation: due.map(|i| i.0), ask_event, next }
}

fn plain(t: &Today, lang: Lang) -> String {
    let mut out = tr!(lang, "week-range", from = i18n::date(Some(t.from)), to = i18n::date(Some(t.to)));
    out.push('\n');
    let width = t.steps.iter().map(|s| unicode_width::UnicodeWidthStr::width(s.name)).max().unwrap_or(0);
    for s in &t.steps {
        let pad = " ".repeat(width - unicode_width::UnicodeWidthStr::width(s.name) + 2);
        let body = match (s.proposed, s.done) {
            (true, _) if s.text.is_empty() => String::from("-"),
            (true, _) => tr!(lang, "week-offer", offer = s.text.as_str()),
            (false, Some(d)) => format!("[x] {} ({})", s.text, i18n::date(Some(d))),
            (false, None) => format!("[ ] {}", s.text),
        };
        out.push_str(&format!("{}{pad}{body}\n", s.name));
    }
    if let Some(ask) = &t.ask {
        out.push_str(&format!("{}: {ask}\n", tr!(lang, "week-afterwards")));
    }
    if !t.next.is_empty() {
        out.push_str(&format!("\n{}:\n", tr!(lang, "today-next")));
        for n in &t.next {
            out.push_str(&format!("- {n}\n"));
        }
    }
    out
}

pub fn today(path: &Path, as_json: bool, lang: Lang) -> Result<String, String> {
    // A mistyped path must not look like an empty week.
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    let loaded = super::load(path, lang, super::Intent::Read)?;
    let t = gather(&loaded.workbook, lang, super::today());
    if as_json {
        return serde_json::to_string_pretty(&t)
            .map(|s| s + "\n")
            .map_err(|e| tr!(lang, "cli-json", reason = e.to_string()));
    }
    Ok(plain(&t, lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::demo;

    fn json_ask(t: &Today) -> Option<String> {
        serde_json::to_value(t).ok()?["ask"].as_str().map(str::to_owned)
    }

    #[test]
    fn the_week_and_what_is_next_in_plain_text_and_json() {
        let today = "2026-11-27".parse().expect("date");
        let wb = demo::workbook(Lang::Ja, today);
        let t = gather(&wb, Lang::Ja, today);
        let text = plain(&t, Lang::Ja);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "今週: 2026-11-23〜2026-11-29");
        assert!(
            lines[1].starts_with("1 顔を出す") && lines[1].contains("提案: 「Rust.Tokyo 勉強会」に顔を出す"),
            "{text}"
        );
        assert!(lines[3].starts_with("3 応える"), "{text}");
        assert_eq!(
            lines[4], "振り返り: 「週末の写真展の受付を手伝ってほしい」(11月25日)はどうでしたか？",
            "asked once the day has passed"
        );
        let json = serde_json::to_value(&t).expect("json");
        assert!(json["ask_invitation"].is_u64() && json["ask_event"] == "2026-11-25", "{json}");
        assert_eq!(json_ask(&t), Some("「週末の写真展の受付を手伝ってほしい」(11月25日)はどうでしたか？".to_owned()));
        assert!(text.contains("次の小さな一歩:"), "{text}");
        let json: serde_json::Value = serde_json::to_value(&t).expect("json");
        assert_eq!(json["steps"][0]["step"], "show_up");
        assert_eq!(json["steps"][0]["proposed"], true);
        let en = plain(&gather(&wb, Lang::En, today), Lang::En);
        assert!(en.starts_with("This week: 2026-11-23 to 2026-11-29\n1 Show up"), "{en}");
    }
}
