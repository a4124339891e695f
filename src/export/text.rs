//! The summary as plain text: sections with underlined headings, items indented, a note's
//! later lines indented under it. Widths are counted in terminal cells, so underlines fit
//! Japanese headings.

use std::fmt::Write;

use unicode_width::UnicodeWidthStr;

use super::{Summary, words};
use crate::i18n::{self, Lang};

fn heading(o: &mut String, text: &str, under: char) {
    let _ = writeln!(o, "\n{text}\n{}", under.to_string().repeat(text.width()));
}

/// A line of user text, its later lines indented to stay under it.
fn body(s: &str) -> String {
    s.trim().replace('\n', "\n    ")
}

pub fn render(s: &Summary, lang: Lang) -> String {
    let mut o = String::new();
    let none = words::nothing_yet(lang);
    let title = words::title(lang);
    let _ = writeln!(o, "{title}\n{}", "=".repeat(title.width()));
    let _ = writeln!(o, "{}: {}", words::made_on(lang), s.date.format("%Y-%m-%d"));
    if let Some(name) = &s.name {
        let _ = writeln!(o, "{}: {name}", words::name(lang));
    }
    let date = |d| i18n::date(d);

    heading(&mut o, words::values(lang), '-');
    for v in &s.values {
        let _ = writeln!(o, "{}. {}  {}", v.rank, v.name, body(&v.description));
    }
    if s.values.is_empty() {
        let _ = writeln!(o, "{none}");
    }
    if !s.interests.is_empty() {
        let _ = writeln!(o, "{}: {}", words::interests(lang), s.interests.join(", "));
    }

    heading(&mut o, words::communities(lang), '-');
    let _ = writeln!(o, "{}", s.diversity);
    for c in &s.communities {
        let _ = writeln!(o, "  * {} ({}, {}, {})", c.name, c.status, c.kind, c.distance);
        if !c.values.is_empty() {
            let _ = writeln!(o, "    {}", c.values.join(", "));
        }
    }

    heading(&mut o, words::tags_and_outputs(lang), '-');
    for t in &s.tags {
        let _ = writeln!(
            o,
            "  * {}: {} ({} {})",
            t.name,
            words::outputs_count(lang, t.outputs),
            words::last_output(lang),
            date(t.last_output)
        );
    }
    let weeks: Vec<String> = s.outputs_per_week.iter().map(usize::to_string).collect();
    let _ = writeln!(o, "{}: {}", words::outputs_per_week(lang), weeks.join(" "));
    let _ = writeln!(o, "{}:", words::recent_outputs(lang));
    for x in &s.outputs {
        let _ = writeln!(o, "  * {} {} ({})", date(x.date), body(&x.text), x.channel);
    }
    end_list(&mut o, s.outputs.is_empty(), "  ", s.more_outputs, "  ", lang);
    let _ = writeln!(o, "{}:", words::introductions(lang));
    for i in &s.introductions {
        let _ = writeln!(o, "  * {}{}", words::intro_day(i), i.who);
        if let Some(d) = i.follow_up {
            let _ = writeln!(o, "    {}: {}", words::follow_up(lang), date(Some(d)));
        }
        if !i.why.trim().is_empty() {
            let _ = writeln!(o, "    {}: {}", words::why(lang), body(&i.why));
        }
        if !i.outcome.trim().is_empty() {
            let _ = writeln!(o, "    {}: {}", words::outcome(lang), body(&i.outcome));
        }
    }
    end_list(&mut o, s.introductions.is_empty(), "  ", s.more_introductions, "  ", lang);

    heading(&mut o, words::invitations(lang), '-');
    for i in &s.invitations {
        let _ = writeln!(o, "  * {}: {} {}", words::invitation_what(lang, i), i.decision, words::when(lang, i));
        if let Some(f) = &i.filter {
            let _ = writeln!(o, "    {}: {} ({})", words::score(lang), f.judged, f.why);
        }
        if !i.reason.trim().is_empty() {
            let _ = writeln!(o, "    {}: {}", words::reason(lang), body(&i.reason));
        }
        if !i.outcome.trim().is_empty() {
            let _ = writeln!(o, "    {}: {}", words::outcome(lang), body(&i.outcome));
        }
        if !i.unexpected.trim().is_empty() {
            let _ = writeln!(o, "    {}: {}", words::unexpected(lang), body(&i.unexpected));
        }
        if let Some(after) = words::afterwards(lang, i) {
            let _ = writeln!(o, "    {}: {}", words::afterwards_title(lang), after);
        }
    }
    end_list(&mut o, s.invitations.is_empty(), "", s.more_invitations, "  ", lang);
    let _ = writeln!(o, "{}: {}", words::calibration(lang), s.calibration);
    let _ = writeln!(o, "{}:", words::happenstance(lang));
    for x in &s.happenstance {
        let _ = writeln!(o, "  * {}", words::skill_times(lang, x));
    }
    if s.happenstance.is_empty() {
        let _ = writeln!(o, "  {}", words::no_skills(lang));
    }

    heading(&mut o, words::people(lang), '-');
    let _ = writeln!(o, "{}", words::ties(lang, &s.people));
    if !s.people.bridge_names.is_empty() {
        let _ = writeln!(o, "{}: {}", words::bridges(lang), s.people.bridge_names.join(", "));
    }
    if !s.people.top_fields.is_empty() {
        let fields: Vec<String> = s.people.top_fields.iter().map(|(f, n)| format!("{f} {n}")).collect();
        let _ = writeln!(o, "{}: {}", words::fields(lang), fields.join(", "));
    }
    if !s.people.top_organisations.is_empty() {
        let orgs: Vec<String> = s.people.top_organisations.iter().map(|(f, n)| format!("{f} {n}")).collect();
        let _ = writeln!(o, "{}: {}", words::organisations(lang), orgs.join(", "));
    }

    heading(&mut o, words::assets(lang), '-');
    let dates: Vec<String> = s.stocktakes.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect();
    let _ = writeln!(
        o,
        "{}: {}",
        words::stocktakes(lang),
        if dates.is_empty() { none.to_owned() } else { dates.join(", ") }
    );
    for a in &s.assets {
        let rating = a.rating.map_or_else(|| "-".to_owned(), |r| format!("{r}/5"));
        let _ = writeln!(o, "  * {} ({}): {rating}  [{}]", a.asset, a.group, words::rating_history(&a.history));
        if !a.indicators.is_empty() {
            let _ = writeln!(o, "    {}", words::indicator_courses(a));
        }
        if !a.notes.trim().is_empty() {
            let _ = writeln!(o, "    {}", body(&a.notes));
        }
    }

    heading(&mut o, words::reflections(lang), '-');
    for r in &s.reflections {
        let _ = writeln!(o, "  * {} ({}) {}", date(r.date), r.topic, body(&r.text));
    }
    end_list(&mut o, s.reflections.is_empty(), "", s.more_reflections, "  ", lang);

    let (title, cols) = words::months(lang);
    heading(&mut o, title, '-');
    let _ = writeln!(o, "  {}", cols.join("  "));
    for m in &s.months {
        let _ = writeln!(o, "  {}", words::month_row(m).join("  "));
    }

    heading(&mut o, words::next_actions(lang), '-');
    for a in &s.next_actions {
        let _ = writeln!(o, "  * {a}");
    }
    if s.next_actions.is_empty() {
        let _ = writeln!(o, "{none}");
    }
    o
}

/// The end of a list: "none yet" when it is empty (after `none_prefix`), and how many entries it
/// left out (after `more_prefix`).
fn end_list(o: &mut String, empty: bool, none_prefix: &str, more: usize, more_prefix: &str, lang: Lang) {
    if empty {
        let _ = writeln!(o, "{none_prefix}{}", words::nothing_yet(lang));
    }
    if more > 0 {
        let _ = writeln!(o, "{more_prefix}{}", words::more(lang, more));
    }
}
