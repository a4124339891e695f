//! The detail of the selected row: every field with its label, long text wrapped by display
//! width (ratatui never splits a double-width character across lines).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;

use super::columns::{average_rating, community_name, person_name, rating, tag_names};
use super::theme::Theme;
use super::wrap::wrap_spans;
use crate::app::{App, Row};
use crate::i18n::{self, Label, tr};
use crate::model::derived::TieStrength;
use crate::model::*;

/// Text for display: tabs become spaces (a tab has no width a terminal agrees on).
fn lines_of(text: &str) -> Vec<String> {
    text.split('\n').map(|l| l.replace('\t', "    ")).collect()
}

/// One logical line: styled pieces, wrapped to the pane's width when drawn.
pub type Pieces = Vec<(String, Style)>;

struct Fields<'a> {
    theme: &'a Theme,
    lines: Vec<Pieces>,
    none: &'static str,
}

impl Fields<'_> {
    fn heading(&mut self, text: String) {
        self.lines.push(vec![(crate::model::text::one_line(&text), self.theme.title)]);
    }
    /// A label and a one-line value ("-" when empty).
    fn field(&mut self, label: &str, value: impl Into<String>) {
        let value = value.into();
        let value = if value.trim().is_empty() { self.none.to_owned() } else { crate::model::text::one_line(&value) };
        self.lines.push(vec![(format!("{label}: "), self.theme.header), (value, self.theme.text)]);
    }
    /// A label and a multi-line value, indented beneath (skipped when blank).
    fn text(&mut self, label: &str, value: &str) {
        if value.trim().is_empty() {
            return;
        }
        self.lines.push(vec![(format!("{label}:"), self.theme.header)]);
        for l in lines_of(value) {
            self.lines.push(vec![(format!("  {l}"), self.theme.text)]);
        }
    }
}

/// A month's counts, then its stock-takes: each asset's self-rating beside the indicators that
/// stock-take froze, each as "before → then" where there was a stock-take before.
fn month(app: &App, i: usize, f: &mut Fields) {
    let lang = app.lang;
    let Some(m) = app.figures().months.get(i) else { return };
    let label = tr!(
        lang,
        "month-label",
        year = chrono::Datelike::year(&m.start).to_string(),
        month = format!("{:02}", chrono::Datelike::month(&m.start))
    );
    f.heading(label);
    for (name, n) in [
        (tr!(lang, "col-people-met"), m.people_met),
        (tr!(lang, "col-fields-reached"), m.fields_reached),
        (tr!(lang, "col-communities-joined"), m.communities_joined),
        (tr!(lang, "col-outputs-count"), m.outputs),
        (tr!(lang, "col-introductions-count"), m.introductions),
        (tr!(lang, "col-accepted-count"), m.accepted),
    ] {
        f.field(name, n.to_string());
    }
    // "before → then" where the stock-take before said something else.
    let course = |now: Option<u32>, before: Option<u32>| {
        let show = |v: Option<u32>| v.map_or_else(|| "-".to_owned(), |v| v.to_string());
        match before {
            Some(b) if Some(b) != now => format!("{b} → {}", show(now)),
            _ => show(now),
        }
    };
    let takes = crate::model::months::stocktakes_in(app.wb(), m.start);
    if takes.is_empty() {
        f.lines.push(vec![(tr!(lang, "month-no-stocktake").to_owned(), f.theme.dim)]);
    }
    for st in takes {
        f.lines.push(vec![(tr!(lang, "month-stocktake", date = i18n::date(Some(st.date))), f.theme.header)]);
        for a in &st.assets {
            let rating = course(a.rating.map(u32::from), a.rating_before.map(u32::from));
            let mut line = format!("{} {rating}", tr!(lang, "col-rating"));
            for (indicator, then, before) in &a.figures {
                let v = course(Some(*then), *before);
                line.push_str(&format!("{}{} {v}", tr!(lang, "list-separator"), indicator.label(lang)));
            }
            f.field(a.kind.label(lang), line);
        }
    }
}

/// The detail lines of a row.
pub fn lines(app: &App, row: Row, theme: &Theme) -> Vec<Pieces> {
    let wb = app.wb();
    let lang = app.lang;
    let d = |x| i18n::date(x);
    let mut f = Fields { theme, lines: Vec::new(), none: "-" };
    // A field two copies changed differently comes first, with both values (O / T settle it).
    if let Row::Record(r) = row {
        for c in app.conflicts_of(r) {
            let line = tr!(
                lang,
                "detail-conflict",
                field = i18n::merging::field_label(lang, &c.field),
                ours = crate::model::conflict::shown(&c.ours),
                theirs = crate::model::conflict::shown(&c.theirs)
            );
            f.lines.push(vec![(crate::model::text::one_line(&line), theme.warn)]);
        }
        if app.conflicts_of(r).next().is_some() {
            let key = |a| app.keymap.label_of(a, crate::app::action::Context::Reading).unwrap_or("?").to_owned();
            let keys = tr!(
                lang,
                "detail-conflict-keys",
                ours = key(crate::app::Action::KeepOurs),
                theirs = key(crate::app::Action::TakeTheirs)
            );
            f.lines.push(vec![(keys, theme.dim)]);
        }
    }
    match row {
        Row::Action(_) => {}
        Row::Month(i) => month(app, i, &mut f),
        // A week's step shows the record it is about.
        Row::Week(_) | Row::Logged(_) | Row::Afterwards(_) => {
            if let Some(about) = app.week_about(row) {
                return lines(app, Row::Record(about), theme);
            }
        }
        Row::Asset(kind) => {
            f.heading(kind.label(lang).to_owned());
            f.field(tr!(lang, "col-group"), kind.group().label(lang));
            let asset = wb.asset(kind);
            f.field(tr!(lang, "col-rating"), rating(asset.and_then(|a| a.rating)));
            if let Some(a) = asset {
                f.text(tr!(lang, "col-notes"), &a.notes);
                let names: Vec<String> = a.evidence.iter().map(|&r| crate::app::rows::record_name(wb, r)).collect();
                if !names.is_empty() {
                    f.field(tr!(lang, "col-evidence"), names.join(", "));
                }
            }
            // Indicators now, and as the last stock-take froze them.
            let history = &app.figures().stocktake_history;
            let last = history.last();
            for fig in app.figures().asset_figures.iter().filter(|x| x.kind == kind) {
                let then = last
                    .and_then(|st| st.figures.iter().find(|x| x.kind == kind && x.indicator == fig.indicator))
                    .map(|x| x.value);
                let value = match then {
                    Some(t) if t != fig.value => format!("{} ({}: {t})", fig.value, tr!(lang, "pane-stocktakes")),
                    _ => fig.value.to_string(),
                };
                f.field(fig.indicator.label(lang), value);
            }
            // The self-rating at the last twelve stock-takes, oldest first, as a bar each (the
            // chart under the list shows them all).
            let shown = history.len().saturating_sub(12);
            let history: Vec<(String, Option<u8>)> = history[shown..]
                .iter()
                .map(|st| (i18n::date(st.date), st.ratings.iter().find(|x| x.kind == kind).and_then(|x| x.rating)))
                .collect();
            if !history.is_empty() {
                f.lines.push(vec![(format!("{}:", tr!(lang, "rating-history")), theme.header)]);
                for (date, r) in &history {
                    let bar =
                        r.map_or_else(|| "-".to_owned(), |r| format!("{:<5} {r}", "*".repeat(usize::from(r.min(5)))));
                    f.lines.push(vec![(format!("  {date}  "), theme.dim), (bar, theme.accent)]);
                }
            }
        }
        Row::Record(r) => match wb.record(r) {
            None => {}
            Some(Record::Community(c)) => {
                f.heading(c.name.to_string());
                f.field(tr!(lang, "col-kind"), c.kind.label(lang));
                f.field(tr!(lang, "col-status"), c.status.label(lang));
                if c.status == CommunityStatus::Considering {
                    let v = crate::model::filter::community(wb, &c);
                    f.field(tr!(lang, "pane-filter"), i18n::filter_breakdown(lang, wb, &v));
                }
                f.field(tr!(lang, "col-distance"), c.distance.label(lang));
                f.field(tr!(lang, "col-cadence"), c.cadence.label(lang));
                f.field(tr!(lang, "col-last-visit"), d(c.last_visit));
                f.field(
                    tr!(lang, "col-outside"),
                    if c.outside_usual_circle { tr!(lang, "yes") } else { tr!(lang, "no") },
                );
                let values: Vec<String> =
                    c.values.iter().filter_map(|&v| wb.values.get(v)).map(|v| v.name.to_string()).collect();
                f.field(
                    tr!(lang, "col-values"),
                    if values.is_empty() { tr!(lang, "none").to_owned() } else { values.join(", ") },
                );
                let interests: Vec<&str> = c.interests.iter().map(|t| t.as_str()).collect();
                f.field(tr!(lang, "col-interests"), interests.join(", "));
                f.text(tr!(lang, "col-notes"), &c.notes);
                // The latest visits, newest first, with whom I saw there.
                if !c.visits.is_empty() {
                    f.lines.push(vec![(format!("{}:", tr!(lang, "visits-label")), theme.header)]);
                    for v in c.visits.iter().rev().take(5) {
                        let names: Vec<String> = v
                            .people
                            .iter()
                            .filter_map(|p| wb.people.get(*p))
                            .map(|p| crate::model::text::one_line(&p.name))
                            .collect();
                        let mut line = format!("  {}  {}", d(v.date), crate::model::text::one_line(&v.note));
                        if !names.is_empty() {
                            line.push_str(&format!(" ({})", names.join(", ")));
                        }
                        f.lines.push(vec![(line, theme.text)]);
                    }
                }
            }
            Some(Record::Output(o)) => {
                f.heading(format!("{} {}", d(o.date), o.channel.label(lang)));
                f.text(tr!(lang, "col-text"), &o.text);
                f.field(tr!(lang, "col-tags"), tag_names(wb, &o.tags));
                f.field(tr!(lang, "col-reactions"), o.reactions.to_string());
                let people: Vec<String> = o.people.iter().map(|&p| person_name(wb, Some(p))).collect();
                f.field(tr!(lang, "col-people"), people.join(", "));
            }
            Some(Record::Tag(t)) => {
                f.heading(t.name.to_string());
                f.field(tr!(lang, "col-last-output"), d(app.figures().tag_last.get(&t.id).copied()));
                f.text(tr!(lang, "col-description"), &t.description);
            }
            Some(Record::Introduction(i)) => {
                f.heading(crate::i18n::introduction(lang, &i, &person_name(wb, i.first), &person_name(wb, i.second)));
                f.field(tr!(lang, "col-intro-status"), i.status.label(lang));
                f.field(tr!(lang, "col-date"), d(i.date));
                f.field(tr!(lang, "col-direction"), i.direction.label(lang));
                f.field(tr!(lang, "col-follow-up"), d(i.follow_up));
                f.text(tr!(lang, "col-why"), &i.why);
                f.text(tr!(lang, "col-outcome"), &i.outcome);
            }
            Some(Record::Invitation(i)) => {
                f.heading(i.what.to_string());
                if i.practice {
                    f.field(tr!(lang, "col-practice"), tr!(lang, "yes"));
                }
                f.field(tr!(lang, "col-kind"), i.kind.label(lang));
                f.field(tr!(lang, "col-from"), person_name(wb, i.from));
                f.field(tr!(lang, "col-via"), community_name(wb, i.via));
                f.field(tr!(lang, "col-received"), d(i.received));
                let overdue = if crate::model::filter::past_deadline(&i, app.today) {
                    format!(" ({})", tr!(lang, "overdue"))
                } else {
                    String::new()
                };
                f.field(tr!(lang, "col-deadline"), format!("{}{overdue}", d(i.deadline)));
                if i.event.is_some() {
                    f.field(tr!(lang, "col-event"), d(i.event));
                }
                f.field(
                    tr!(lang, "col-excitement"),
                    if i.excitement == 0 { "-".to_owned() } else { format!("{}/5", i.excitement.min(5)) },
                );
                f.field(tr!(lang, "col-cost"), i.cost.label(lang));
                let scores: Vec<String> = i
                    .scores
                    .iter()
                    .filter_map(|sc| wb.values.get(sc.value).map(|v| format!("{} {:+}", v.name, sc.score)))
                    .collect();
                f.field(tr!(lang, "col-scores"), scores.join(", "));
                if crate::model::filter::is_open(&i) {
                    let v = crate::model::filter::invitation(wb, &i);
                    f.field(tr!(lang, "pane-filter"), i18n::filter_breakdown(lang, wb, &v));
                }
                f.field(tr!(lang, "col-decision"), i.decision.label(lang));
                f.text(tr!(lang, "col-reason"), &i.reason);
                f.text(tr!(lang, "col-outcome"), &i.outcome);
                f.text(tr!(lang, "col-unexpected"), &i.unexpected);
                if let Some(t) = i.turned_out {
                    f.field(tr!(lang, "col-turned-out"), t.label(lang));
                }
                if let Some(v) = i.served.and_then(|v| wb.values.get(v)) {
                    f.field(tr!(lang, "col-served"), crate::model::text::one_line(&v.name));
                }
                let met: Vec<String> = i.met.iter().map(|&p| person_name(wb, Some(p))).collect();
                if !met.is_empty() {
                    f.field(tr!(lang, "col-met-there"), met.join(", "));
                }
                let skills: Vec<&str> = i.skills.iter().map(|k| k.label(lang)).collect();
                f.field(tr!(lang, "col-skills"), skills.join(", "));
                if i.reflected.is_some() {
                    f.field(tr!(lang, "col-reflected"), d(i.reflected));
                }
            }
            Some(Record::Value(v)) => {
                f.heading(format!("{}. {}", v.rank, v.name));
                f.text(tr!(lang, "col-description"), &v.description);
                f.field(tr!(lang, "col-revisited"), d(v.revisited));
                if let Some(x) = app.figures().served.iter().find(|x| x.value == v.id) {
                    f.field(tr!(lang, "look-back-label"), i18n::look_back(lang, wb, std::slice::from_ref(x)));
                }
                // What the record says about the pass mark (all values together).
                f.field(tr!(lang, "calibration-label"), i18n::calibration(lang, &app.figures().calibration));
            }
            Some(Record::Stocktake(st)) => {
                f.heading(d(st.date));
                let avg = average_rating(&st.ratings).map_or_else(|| "-".to_owned(), |a| format!("{a:.1}"));
                f.field(tr!(lang, "col-average"), avg);
                for r in &st.ratings {
                    // Each rating with the indicators frozen beside it that day.
                    let figures: Vec<String> = st
                        .figures
                        .iter()
                        .filter(|x| x.kind == r.kind)
                        .map(|x| format!("{} {}", x.indicator.label(lang), x.value))
                        .collect();
                    let value = if figures.is_empty() {
                        rating(r.rating)
                    } else {
                        format!("{} ({})", rating(r.rating), figures.join(", "))
                    };
                    f.field(r.kind.label(lang), value);
                }
                f.text(tr!(lang, "col-notes"), &st.note);
            }
            Some(Record::Person(p)) => {
                f.heading(p.name.to_string());
                if !p.phonetic.is_blank() {
                    f.field(tr!(lang, "col-phonetic"), p.phonetic.to_string());
                }
                let t = TieStrength::of(&p.tie);
                let strength = if t.is_rated() {
                    format!("{}% ({})", t.percent(), t.band.label(lang))
                } else {
                    tr!(lang, "strength-unrated").to_owned()
                };
                f.field(tr!(lang, "col-strength"), strength);
                let dims = [p.tie.time, p.tie.emotion, p.tie.intimacy, p.tie.reciprocity];
                let dims: Vec<String> =
                    crate::i18n::tie_dims(lang).iter().zip(dims).map(|(n, v)| format!("{n} {v}/4")).collect();
                f.field(tr!(lang, "col-tie"), dims.join(", "));
                f.field(tr!(lang, "col-field"), p.field.to_string());
                if !p.organisation.is_blank() {
                    f.field(tr!(lang, "col-organisation"), p.organisation.to_string());
                }
                if !p.role.is_blank() {
                    f.field(tr!(lang, "col-role"), p.role.to_string());
                }
                f.field(
                    tr!(lang, "col-bridge"),
                    if app.figures().bridges.contains(&p.id) { tr!(lang, "yes") } else { tr!(lang, "no") },
                );
                f.field(tr!(lang, "col-met-in"), community_name(wb, p.met_in));
                let shared: Vec<String> = p.communities.iter().map(|&c| community_name(wb, Some(c))).collect();
                f.field(tr!(lang, "col-communities"), shared.join(", "));
                f.text(tr!(lang, "col-how-met"), &p.how_met);
                f.field(tr!(lang, "col-first-contact"), d(p.first_contact));
                f.field(tr!(lang, "col-last-contact"), d(p.latest_contact()));
                let mutual = match p.mutual_connections {
                    Some(m) if crate::model::derived::MutualBucket::of(m).is_zone() => {
                        format!("{m} ({})", tr!(lang, "mutual-zone"))
                    }
                    Some(m) => m.to_string(),
                    // Not known is not none in common.
                    None => tr!(lang, "unknown-count").to_owned(),
                };
                f.field(tr!(lang, "col-mutual"), mutual);
                if let Some(c) = p.cadence {
                    f.field(tr!(lang, "col-cadence"), c.label(lang));
                }
                if !p.email.is_blank() {
                    f.field(tr!(lang, "col-email"), p.email.to_string());
                }
                if !p.url.is_blank() {
                    f.field(tr!(lang, "col-url"), p.url.to_string());
                }
                f.text(tr!(lang, "col-notes"), &p.notes);
                if !p.interactions.is_empty() {
                    f.lines.push(vec![(format!("{}:", tr!(lang, "col-interactions")), theme.header)]);
                    for it in &p.interactions {
                        let line = format!("  {} {}", d(it.date), crate::model::text::one_line(&it.note));
                        f.lines.push(vec![(line, theme.text)]);
                    }
                }
            }
            Some(Record::Reflection(x)) => {
                f.heading(d(x.date));
                f.text(tr!(lang, "col-text"), &x.text);
            }
        },
    }
    f.lines
}

/// Draws the detail of the selected row, from line `scroll` on (clamped so the last line stays
/// at the bottom at most). Returns the largest useful scroll, for the next key press.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, scroll: u16) -> u16 {
    let Some(row) = app.selected_row() else { return 0 };
    let width = usize::from(area.width);
    let wrapped: Vec<Line<'static>> = lines(app, row, theme).iter().flat_map(|p| wrap_spans(p, width, 2)).collect();
    let max_scroll = wrapped.len().saturating_sub(usize::from(area.height)) as u16;
    // Straight into the buffer: wrap_spans has already fitted each line to the width, so a
    // Paragraph would only add its truncation pass and a style pass over the whole pane.
    let buf = frame.buffer_mut();
    let first = usize::from(scroll.min(max_scroll));
    for (y, line) in (area.y..area.bottom()).zip(wrapped.iter().skip(first)) {
        buf.set_line(area.x, y, line, area.width);
    }
    max_scroll
}
