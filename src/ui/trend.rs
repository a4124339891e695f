//! How the selected asset changed over the stock-takes, under the assets list: the self-rating as
//! a line chart over time (dates on the x axis, 1–5 up the side), then each indicator as a row of
//! braille bars with its first and latest value. Points come from the stock-takes the row cache
//! keeps (the last twelve), plus today's rating and indicators as the last point.

use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Paragraph};

use super::theme::Theme;
use super::width;
use crate::app::App;
use crate::i18n::{self, Label, tr};
use crate::model::AssetKind;

/// Rows the chart needs to be worth drawing: the title, three rows of line, the axis and its
/// labels.
pub const MIN_ROWS: u16 = 6;
/// Rows the chart keeps before the indicators get any.
const CHART_ROWS: u16 = 7;

pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, kind: AssetKind) {
    let all = &app.figures().stocktake_history;
    // No more stock-takes than the chart has dots across (two a cell): the newest ones, with
    // the title saying how many of how many.
    let fits = usize::from(area.width).saturating_mul(2).max(2);
    let history = &all[all.len().saturating_sub(fits)..];
    let today = app.today;
    // (date, rating) per stock-take, oldest first, then today's.
    let mut points: Vec<(chrono::NaiveDate, Option<u8>)> = history
        .iter()
        .filter_map(|st| st.date.map(|d| (d, st.ratings.iter().find(|x| x.kind == kind).and_then(|x| x.rating))))
        .collect();
    let now = app.wb().asset(kind).and_then(|a| a.rating);
    if points.last().is_none_or(|p| p.0 < today) {
        points.push((today, now));
    }
    let figures: Vec<_> = app.figures().asset_figures.iter().filter(|f| f.kind == kind).collect();
    let mut title = Line::from(vec![
        Span::styled(format!("{}: ", tr!(app.lang, "trend-title")), theme.header),
        Span::styled(kind.label(app.lang).to_owned(), theme.text),
    ]);
    if history.len() < all.len() {
        title.push_span(Span::styled(format!("  {}", i18n::last_of(app.lang, history.len(), all.len())), theme.dim));
    }
    // The chart first: the indicators get rows only when it keeps at least CHART_ROWS.
    let figures = if area.height >= 2 + CHART_ROWS + figures.len() as u16 { figures } else { Vec::new() };
    // The indicators take their rows and a heading saying what their two numbers are.
    let below = if figures.is_empty() { 0 } else { figures.len() as u16 + 1 };
    let chart_rows = area.height.saturating_sub(below + 1);
    let [head, chart_area, rest] =
        area.layout(&Layout::vertical([Constraint::Length(1), Constraint::Length(chart_rows), Constraint::Min(0)]));
    frame.render_widget(Paragraph::new(title), head);
    if points.len() < 2 {
        frame.render_widget(Paragraph::new(tr!(app.lang, "trend-needs-stocktake")).style(theme.dim), chart_area);
    } else {
        draw_chart(app, theme, frame, chart_area, &points);
    }
    // Each indicator over the same stock-takes, as bars, with where it started and where it is.
    let label_width = figures.iter().map(|f| width(f.indicator.label(app.lang))).max().unwrap_or(0);
    let lines: Vec<Line> = figures
        .iter()
        .map(|f| {
            // Stock-takes that froze this indicator (older ones may not have), then today.
            let mut values: Vec<usize> = history
                .iter()
                .filter(|st| st.date.is_some())
                .filter_map(|st| st.figures.iter().find(|x| x.kind == kind && x.indicator == f.indicator))
                .map(|x| x.value as usize)
                .collect();
            let first = values.first().copied();
            values.push(f.value as usize);
            let label = f.indicator.label(app.lang);
            let pad = " ".repeat(label_width.saturating_sub(width(label)));
            let change = match first {
                Some(v) if v != f.value as usize => format!("{v} -> {}", f.value),
                _ => f.value.to_string(),
            };
            Line::from(vec![
                Span::styled(format!("{label}{pad} "), theme.dim),
                Span::styled(super::spark(&values), theme.accent),
                Span::styled(format!(" {change}"), theme.text),
            ])
        })
        .collect();
    let mut all = Vec::with_capacity(lines.len() + 1);
    if !lines.is_empty() {
        all.push(Line::styled(tr!(app.lang, "trend-indicators"), theme.header));
    }
    all.extend(lines);
    frame.render_widget(Paragraph::new(all), rest);
}

fn draw_chart(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, points: &[(chrono::NaiveDate, Option<u8>)]) {
    let start = points[0].0;
    let days = |d: chrono::NaiveDate| (d - start).num_days() as f64;
    let data: Vec<(f64, f64)> = points.iter().filter_map(|(d, r)| r.map(|r| (days(*d), f64::from(r)))).collect();
    let last = points.last().map_or(start, |p| p.0);
    let span = days(last).max(1.0);
    let rating = Dataset::default()
        .name(tr!(app.lang, "col-rating"))
        .marker(Marker::Braille)
        .graph_type(GraphType::Line)
        .style(theme.accent)
        .data(&data);
    let chart = Chart::new(vec![rating])
        .x_axis(
            Axis::default()
                .bounds([0.0, span])
                .style(theme.dim)
                .labels_alignment(Alignment::Right)
                .labels(vec![Span::raw(i18n::date(Some(start))), Span::raw(tr!(app.lang, "today").to_owned())]),
        )
        .y_axis(Axis::default().bounds([1.0, 5.0]).style(theme.dim).labels(vec!["1", "3", "5"]))
        .legend_position(None);
    frame.render_widget(chart, area);
    if app.ascii_borders() {
        // The chart draws its axes with box lines; where those are drawn two cells wide, plain
        // ASCII keeps the columns in place.
        let buf = frame.buffer_mut();
        for y in area.top()..area.bottom() {
            for x in area.left()..area.right() {
                let cell = &mut buf[(x, y)];
                let ascii = match cell.symbol() {
                    "│" => "|",
                    "─" => "-",
                    "└" => "+",
                    _ => continue,
                };
                cell.set_symbol(ascii);
            }
        }
    }
}
