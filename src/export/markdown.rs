//! The summary as Markdown: headings per section, lists, user text escaped so that a `*` or a
//! `<` in a note stays a character.

use std::fmt::Write;

use super::{Summary, words};
use crate::i18n::{self, Lang};

/// User text for Markdown: the characters Markdown acts on are escaped wherever they stand,
/// and what makes a list, a heading, a quote or a rule at the start of a line is escaped there,
/// on every line of a note; its lines stay inside its list item.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (n, line) in s.trim().split('\n').enumerate() {
        if n > 0 {
            out.push_str("  \n    ");
        }
        let body = line.trim_start();
        let digits = body.chars().take_while(char::is_ascii_digit).count();
        for (i, c) in body.chars().enumerate() {
            let starts_block = i == 0 && "-+#>=".contains(c);
            let ends_number = i == digits && digits > 0 && matches!(c, '.' | ')');
            if starts_block || ends_number || "\\`*_[]<>|~&".contains(c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    i18n::date(d)
}

pub fn render(s: &Summary, lang: Lang) -> String {
    let mut o = String::new();
    let none = words::nothing_yet(lang);
    let _ = writeln!(o, "# {}\n", words::title(lang));
    let _ = writeln!(o, "- {}: {}", words::made_on(lang), s.date.format("%Y-%m-%d"));
    if let Some(name) = &s.name {
        let _ = writeln!(o, "- {}: {}", words::name(lang), esc(name));
    }

    let _ = writeln!(o, "\n## {}\n", words::values(lang));
    for v in &s.values {
        let _ = writeln!(o, "{}. **{}** — {}", v.rank, esc(&v.name), esc(&v.description));
    }
    if s.values.is_empty() {
        let _ = writeln!(o, "{none}");
    }
    if !s.interests.is_empty() {
        let _ = writeln!(o, "\n{}: {}", words::interests(lang), esc(&s.interests.join(", ")));
    }

    let _ = writeln!(o, "\n## {}\n", words::communities(lang));
    let _ = writeln!(o, "{}\n", esc(&s.diversity));
    for c in &s.communities {
        let values = if c.values.is_empty() { String::new() } else { format!(" — {}", esc(&c.values.join(", "))) };
        let _ = writeln!(o, "- **{}** ({}, {}, {}){values}", esc(&c.name), c.status, c.kind, c.distance);
    }

    let _ = writeln!(o, "\n## {}\n", words::tags_and_outputs(lang));
    let _ = writeln!(o, "### {}\n", words::tags(lang));
    for t in &s.tags {
        let _ = writeln!(
            o,
            "- **{}**: {} ({} {})",
            esc(&t.name),
            words::outputs_count(lang, t.outputs),
            words::last_output(lang),
            date(t.last_output)
        );
    }
    if s.tags.is_empty() {
        let _ = writeln!(o, "{none}");
    }
    let weeks: Vec<String> = s.outputs_per_week.iter().map(usize::to_string).collect();
    let _ = writeln!(o, "\n{}: {}\n", words::outputs_per_week(lang), weeks.join(" "));
    let _ = writeln!(o, "### {}\n", words::recent_outputs(lang));
    for x in &s.outputs {
        let tags = if x.tags.is_empty() { String::new() } else { format!(" [{}]", esc(&x.tags.join(", "))) };
        let _ = writeln!(o, "- {} {} ({}){tags}", date(x.date), esc(&x.text), x.channel);
    }
    end_list(&mut o, s.outputs.is_empty(), "", s.more_outputs, "- ", lang);
    let _ = writeln!(o, "\n### {}\n", words::introductions(lang));
    for i in &s.introductions {
        let _ = writeln!(o, "- {}{}", words::intro_day(i), esc(&i.who));
        if let Some(d) = i.follow_up {
            let _ = writeln!(o, "  - {}: {}", words::follow_up(lang), date(Some(d)));
        }
        if !i.why.trim().is_empty() {
            let _ = writeln!(o, "  - {}: {}", words::why(lang), esc(&i.why));
        }
        if !i.outcome.trim().is_empty() {
            let _ = writeln!(o, "  - {}: {}", words::outcome(lang), esc(&i.outcome));
        }
    }
    end_list(&mut o, s.introductions.is_empty(), "", s.more_introductions, "- ", lang);

    let _ = writeln!(o, "\n## {}\n", words::invitations(lang));
    for i in &s.invitations {
        let what = esc(&words::invitation_what(lang, i));
        let _ = writeln!(o, "- **{what}** — {} {}", i.decision, words::when(lang, i));
        if let Some(f) = &i.filter {
            let _ = writeln!(o, "  - {}: {} ({})", words::score(lang), esc(&f.judged), esc(&f.why));
        }
        if !i.reason.trim().is_empty() {
            let _ = writeln!(o, "  - {}: {}", words::reason(lang), esc(&i.reason));
        }
        if !i.outcome.trim().is_empty() {
            let _ = writeln!(o, "  - {}: {}", words::outcome(lang), esc(&i.outcome));
        }
        if !i.unexpected.trim().is_empty() {
            let _ = writeln!(o, "  - {}: {}", words::unexpected(lang), esc(&i.unexpected));
        }
        if let Some(after) = words::afterwards(lang, i) {
            let _ = writeln!(o, "  - {}: {}", words::afterwards_title(lang), esc(&after));
        }
    }
    end_list(&mut o, s.invitations.is_empty(), "", s.more_invitations, "- ", lang);
    let _ = writeln!(o, "\n### {}\n\n{}", words::calibration(lang), esc(&s.calibration));
    let _ = writeln!(o, "\n### {}\n", words::happenstance(lang));
    for x in &s.happenstance {
        let _ = writeln!(o, "- {}", esc(&words::skill_times(lang, x)));
    }
    if s.happenstance.is_empty() {
        let _ = writeln!(o, "{}", words::no_skills(lang));
    }

    let _ = writeln!(o, "\n## {}\n", words::people(lang));
    let _ = writeln!(o, "{}\n", words::ties(lang, &s.people));
    if !s.people.bridge_names.is_empty() {
        let _ = writeln!(o, "- {}: {}", words::bridges(lang), esc(&s.people.bridge_names.join(", ")));
    }
    if !s.people.top_fields.is_empty() {
        let fields: Vec<String> = s.people.top_fields.iter().map(|(f, n)| format!("{} {n}", esc(f))).collect();
        let _ = writeln!(o, "- {}: {}", words::fields(lang), fields.join(", "));
    }
    if !s.people.top_organisations.is_empty() {
        let orgs: Vec<String> = s.people.top_organisations.iter().map(|(f, n)| format!("{} {n}", esc(f))).collect();
        let _ = writeln!(o, "- {}: {}", words::organisations(lang), orgs.join(", "));
    }

    let _ = writeln!(o, "\n## {}\n", words::assets(lang));
    let dates: Vec<String> = s.stocktakes.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect();
    let _ = writeln!(
        o,
        "{}: {}\n",
        words::stocktakes(lang),
        if dates.is_empty() { none.to_owned() } else { dates.join(", ") }
    );
    let _ = writeln!(o, "| {} | {} | {} |", words::asset(lang), words::rating(lang), words::history(lang));
    let _ = writeln!(o, "|---|---|---|");
    for a in &s.assets {
        let rating = a.rating.map_or_else(|| "-".to_owned(), |r| format!("{r}/5"));
        let _ = writeln!(o, "| {} ({}) | {rating} | {} |", esc(&a.asset), a.group, words::rating_history(&a.history));
    }
    for a in s.assets.iter().filter(|a| !a.indicators.is_empty()) {
        let _ = writeln!(o, "\n- **{}**: {}", esc(&a.asset), esc(&words::indicator_courses(a)));
        if !a.notes.trim().is_empty() {
            let _ = writeln!(o, "  - {}", esc(&a.notes));
        }
    }

    let _ = writeln!(o, "\n## {}\n", words::reflections(lang));
    for r in &s.reflections {
        let _ = writeln!(o, "- {} ({}) {}", date(r.date), r.topic, esc(&r.text));
    }
    end_list(&mut o, s.reflections.is_empty(), "", s.more_reflections, "- ", lang);

    let (title, cols) = words::months(lang);
    let _ = writeln!(o, "\n## {title}\n");
    let _ = writeln!(o, "| {} |", cols.map(esc).join(" | "));
    let _ = writeln!(o, "|{}", "---|".repeat(cols.len()));
    for m in &s.months {
        let _ = writeln!(o, "| {} |", words::month_row(m).join(" | "));
    }

    let _ = writeln!(o, "\n## {}\n", words::next_actions(lang));
    for a in &s.next_actions {
        let _ = writeln!(o, "- {}", esc(a));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_characters_in_user_text_stay_characters() {
        assert_eq!(esc("*太字* <b> #1 [x](y)"), "\\*太字\\* \\<b\\> #1 \\[x\\](y)");
        assert_eq!(esc("# 見出しではない"), "\\# 見出しではない");
        assert_eq!(esc("一行目\n二行目"), "一行目  \n    二行目");
        // Every line of a note, not only the first, keeps list and rule markers as text.
        assert_eq!(
            esc("a\n- item\n1. one\n---\n&amp;"),
            "a  \n    \\- item  \n    1\\. one  \n    \\---  \n    \\&amp;"
        );
    }
}
