//! The overview: the three steps' progress, network health, community diversity and the next
//! small actions (a list: Enter jumps to the record an action is about).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use super::{block, table};
use crate::app::{App, Pane};
use crate::i18n;
use crate::i18n::tr;

/// `[####------]`: ASCII so it never depends on how wide a terminal draws block characters.
fn bar(ratio: f64, width: usize) -> String {
    let filled = ((ratio.clamp(0.0, 1.0) * width as f64).round() as usize).min(width);
    format!("[{}{}]", "#".repeat(filled), "-".repeat(width - filled))
}

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, title: &str, drawn: &mut crate::app::Drawn) {
    let outer = block(theme, Span::styled(format!(" {title} "), theme.title));
    let inner = outer.inner(area);
    frame.render_widget(outer, area);

    // Computed with the rows when the workbook changed, never per frame.
    let figures = &app.figures().overview;
    let progress = figures.progress.unwrap_or_default();
    let health = &figures.health;
    let div = &figures.diversity;
    let narrow = inner.width < 60;
    let bar_width = if narrow { 8 } else { 12 };

    let mut lines = vec![Line::styled(tr!(app.lang, "steps"), theme.header)];
    for (i, p) in progress.iter().enumerate() {
        // Narrow windows get the short step name, so each step keeps to one line.
        let name = if narrow { crate::i18n::step_short(app.lang)[i] } else { crate::i18n::step_names(app.lang)[i] };
        let mut spans = vec![
            Span::styled(bar(p.ratio(), bar_width), theme.accent),
            Span::raw(format!(" {}/{}  ", p.done, p.goal)),
            Span::raw(name),
        ];
        // The goal only where it fits on the same line: wrapped, it reads as a second item.
        let goal = format!("  ({})", crate::i18n::step_goals(app.lang)[i]);
        let used: usize = spans.iter().map(|sp| super::width(&sp.content)).sum();
        if used + super::width(&goal) <= usize::from(inner.width) {
            spans.push(Span::styled(goal, theme.dim));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", tr!(app.lang, "network")), theme.header),
        Span::raw(tr!(
            app.lang,
            "network-line",
            people = health.people,
            weak = health.weak,
            strong = health.strong,
            unrated = health.unrated,
            fields = health.fields,
            bridges = health.bridges
        )),
    ]));
    let mut div_spans = vec![
        Span::styled(format!("{}: ", tr!(app.lang, "diversity")), theme.header),
        Span::raw(i18n::diversity_line(app.lang, div.communities, div.kinds, div.outside_usual_circle)),
    ];
    if let Some(w) = div.warning {
        div_spans.push(Span::styled(
            format!("{}{}", tr!(app.lang, "sentence-gap"), i18n::diversity_warning(app.lang, w)),
            theme.warn,
        ));
    }
    lines.push(Line::from(div_spans));

    // The figures take what they need (wrapped); the actions list gets the rest.
    let width = usize::from(inner.width);
    let lines: Vec<Line<'static>> = lines
        .into_iter()
        .flat_map(|l| {
            let pieces: Vec<(String, ratatui::style::Style)> =
                l.spans.iter().map(|sp| (sp.content.to_string(), sp.style)).collect();
            super::wrap::wrap_spans(&pieces, width, 2)
        })
        .collect();
    let line_count = lines.len();
    let figures = Paragraph::new(lines);
    // Leave at least three rows for the actions (a heading gap and two actions).
    let room = usize::from(inner.height.saturating_sub(3));
    let needed = line_count.min(room) as u16;
    let [top, rest] = inner.layout(&Layout::vertical([Constraint::Length(needed), Constraint::Min(1)]));
    frame.render_widget(figures, top);
    let [gap, list] = rest.layout(&Layout::vertical([Constraint::Length(1), Constraint::Min(1)]));
    let _ = gap;
    if app.next_actions().is_empty() {
        let p = Paragraph::new(vec![
            Line::styled(tr!(app.lang, "no-actions"), theme.good),
            Line::styled(tr!(app.lang, "walkthrough-hint"), theme.dim),
        ]);
        frame.render_widget(p, list);
    } else {
        table::render(app, theme, frame, list, Pane::NextActions, drawn);
    }
}

#[cfg(test)]
mod tests {
    use super::bar;

    #[test]
    fn the_bar_is_ascii_and_clamped() {
        assert_eq!(bar(0.5, 4), "[##--]");
        assert_eq!(bar(2.0, 3), "[###]");
        assert_eq!(bar(-1.0, 2), "[--]");
    }
}
