//! Drawing: `render(&App, &mut Frame) -> Drawn` reads the app state and draws one frame. Nothing
//! here changes anything: what only drawing can find out (where the clickable things landed, the
//! first row a list shows, how far a page scrolls) comes back as a [`Drawn`] for the app to keep.
//!
//! Layout: tab bar, body (the tab), key hints, status line; overlays on top.

mod columns;
mod detail;
mod footer;
mod form;
pub mod map;
mod overlay;
mod overview;
mod table;
pub mod theme;
mod trend;
mod walkthrough;
pub mod wrap;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use strum::IntoEnumIterator;
use unicode_width::UnicodeWidthStr;

use crate::app::{App, Drawn, Pane, SaveState, Tab};
use crate::i18n::{self, Lang, tr};
use theme::Theme;

/// Smallest usable window.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 12;
/// From this width the detail pane sits beside the list.
const SIDE_DETAIL_WIDTH: u16 = 80;
/// The same for the lists that need the width more (the value filter and the map).
const WIDE_SIDE_DETAIL_WIDTH: u16 = 120;

/// Draws one frame of `app` on `terminal` and gives the app what the frame found out.
pub fn draw<B: ratatui::backend::Backend>(terminal: &mut ratatui::Terminal<B>, app: &mut App) -> Result<(), B::Error> {
    let mut drawn = Drawn::default();
    terminal.draw(|f| drawn = render(app, f))?;
    app.drawn(drawn);
    Ok(())
}

pub fn render(app: &App, frame: &mut Frame) -> Drawn {
    let mut drawn = Drawn::default();
    let area = frame.area();
    let theme = Theme::new(app.no_color, app.ascii_borders()).with(&app.colors, app.no_color);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let p = Paragraph::new(tr!(app.lang, "too-small")).wrap(Wrap { trim: true }).style(theme.warn);
        frame.render_widget(p, area);
        return drawn;
    }
    // The status line is one row; a message that does not fit is whole in the message log.
    let status_lines = status_lines(app, &theme, usize::from(area.width));
    let status_height = (status_lines.len() as u16).clamp(1, 3);
    let [top, body, hints, status] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(status_height),
    ]));
    drawn.tabs = render_tab_bar(app, &theme, frame, top);
    if app.is_loading() {
        let p = Paragraph::new(tr!(app.lang, "loading")).style(theme.dim).centered();
        frame.render_widget(p, body.centered_vertically(Constraint::Length(1)));
    } else if let Some(walk) = &app.walk {
        // The walkthrough draws its question's form itself, under the question.
        walkthrough::render(app, walk, &theme, frame, body, &mut drawn);
    } else {
        render_body(app, &theme, frame, body, &mut drawn);
    }
    footer::render_hints(app, &theme, frame, hints);
    frame.render_widget(Paragraph::new(status_lines), status);
    if let Some(o) = &app.overlay {
        overlay::render(app, o, &theme, frame, body, &mut drawn);
    }
    if let Some(f) = app.form.as_ref().filter(|_| app.walk.is_none()) {
        form::render(app, f, &theme, frame, body, &mut drawn);
    }
    drawn
}

/// Clears `area` for a popup. A double-width character that straddles the popup's left or right
/// edge is blanked too: otherwise the terminal still draws it over the popup's border.
pub fn clear_popup(frame: &mut Frame, area: Rect) {
    frame.render_widget(ratatui::widgets::Clear, area);
    let buf = frame.buffer_mut();
    let bounds = buf.area;
    for y in area.top()..area.bottom() {
        if area.left() > bounds.left() {
            let outside = &mut buf[(area.left() - 1, y)];
            if width(outside.symbol()) > 1 {
                outside.set_symbol(" ");
            }
        }
        if area.right() < bounds.right() {
            let after = &mut buf[(area.right(), y)];
            if after.symbol().is_empty() {
                after.set_symbol(" ");
            }
        }
    }
}

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// A block with the theme's borders and a title.
pub fn block<'a>(theme: &Theme, title: impl Into<Line<'a>>) -> Block<'a> {
    Block::new().borders(Borders::ALL).border_set(theme.border).border_style(theme.dim).title(title)
}

/// The tab bar; returns where each tab's label is, for clicks.
fn render_tab_bar(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) -> Vec<(u16, u16, Option<Tab>)> {
    let full: usize =
        Tab::iter().map(|t| width(t.name(app.lang)) + 4).sum::<usize>() + width(tr!(app.lang, "app-name")) + 1;
    let mut spans = vec![Span::styled(tr!(app.lang, "app-name"), theme.title), Span::raw(" ")];
    let mut x = area.x + (width(tr!(app.lang, "app-name")) + 1) as u16;
    let mut hits = Vec::new();
    let mut push = |spans: &mut Vec<Span<'static>>, text: String, style, tab: Option<Tab>| {
        let w = width(&text) as u16;
        hits.push((x, x + w, tab));
        x += w;
        spans.push(Span::styled(text, style));
    };
    if full <= usize::from(area.width) {
        for (i, name) in Tab::iter().map(|t| t.name(app.lang)).enumerate() {
            let style = if i == app.tab.index() { theme.selected } else { theme.text };
            push(&mut spans, format!(" {}:{name} ", i + 1), style, Tab::from_repr(i));
        }
    } else {
        // Too narrow for every tab: show where we are and how to move.
        let i = app.tab.index();
        push(
            &mut spans,
            format!(" {}/{} {} ", i + 1, Tab::COUNT, app.tab.name(app.lang)),
            theme.selected,
            Tab::from_repr(i),
        );
        push(&mut spans, " Tab >".to_owned(), theme.dim, None);
    }
    frame.render_widget(Line::from(spans), area);
    hits
}

fn render_body(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, drawn: &mut Drawn) {
    let title = app.tab.title(app.lang);
    if app.pane() == Pane::NextActions {
        overview::render(app, theme, frame, area, title, drawn);
        return;
    }
    let pane = app.pane();
    let panes = app.tab.panes();
    let mut title_spans = vec![Span::styled(format!(" {title} "), theme.title)];
    if crate::app::rows::orders(pane).len() > 1 {
        let o = app.current_order(pane);
        title_spans.push(Span::styled(format!(" s:{} ", o.name(app.lang)), theme.dim));
    }
    let query = &app.filters[pane.index()];
    if !query.is_empty() {
        let shown = app.rows(pane).len();
        let total = app.figures().total(pane);
        title_spans
            .push(Span::styled(format!(" /{} {shown}/{total} ", crate::model::text::one_line(query)), theme.warn));
    }
    if panes.len() > 1 {
        let names: Vec<Span> = panes
            .iter()
            .map(|&p| {
                let style = if p == pane { theme.selected } else { theme.dim };
                Span::styled(format!(" {} ", pane_name(app.lang, p)), style)
            })
            .collect();
        let used: usize = title_spans.iter().chain(&names).map(|x| width(&x.content)).sum();
        if used + 2 <= usize::from(area.width) {
            title_spans.extend(names);
        } else {
            // Too narrow for every name: the list shown, which of how many, first.
            let at = panes.iter().position(|&p| p == pane).unwrap_or(0) + 1;
            let current = format!(" {} {at}/{} ", pane_name(app.lang, pane), panes.len());
            title_spans.insert(0, Span::styled(current, theme.selected));
        }
    }
    let outer = block(theme, Line::from(title_spans));
    let mut inner = outer.inner(area);
    frame.render_widget(outer, area);
    if let Some(pieces) = readout(app, theme, pane).filter(|_| !app.rows(pane).is_empty()) {
        // A figure about the whole list, above it (at most two rows), and where it comes from
        // when there is room for that too.
        let wrapped = wrap::wrap_spans(&pieces, usize::from(inner.width), 0);
        let more = wrapped.len() > 2;
        let mut lines: Vec<Line<'static>> = wrapped.into_iter().take(2).collect();
        // What does not fit in two rows is cut visibly (the detail and the help have the rest).
        if let Some(last) = lines.last_mut().filter(|_| more) {
            wrap::end_with_cut(last, usize::from(inner.width));
        }
        if let Some(note) = readout_source(app.lang, pane) {
            let note = wrap::wrap_text(note, theme.dim, usize::from(inner.width));
            if lines.len() + note.len() <= 2 {
                lines.extend(note);
            }
        }
        let h = (lines.len() as u16).min(inner.height.saturating_sub(3));
        let [top, rest] = inner.layout(&Layout::vertical([Constraint::Length(h), Constraint::Min(1)]));
        frame.render_widget(Paragraph::new(lines), top);
        inner = rest;
    }
    // The value filter's reasons and the map need the width more than a detail pane does (Enter
    // opens it).
    let side_from = if matches!(pane, Pane::Filter | Pane::Map | Pane::Week | Pane::Months) {
        WIDE_SIDE_DETAIL_WIDTH
    } else {
        SIDE_DETAIL_WIDTH
    };
    let beside = area.width >= side_from;
    let list_or_map = |frame: &mut Frame, area: Rect, drawn: &mut Drawn| {
        let rows = app.rows(pane).len() as u16;
        if pane == Pane::Map {
            map::render(app, theme, frame, area, !beside);
        } else if let (Pane::Assets, Some(crate::app::Row::Asset(kind))) = (pane, app.selected_row())
            && area.height > rows + 1 + trend::MIN_ROWS
        {
            // Room under the assets: how the selected one changed over the stock-takes.
            let [list, _, chart] = area.layout(&Layout::vertical([
                Constraint::Length(rows + 1),
                Constraint::Length(1),
                Constraint::Min(trend::MIN_ROWS),
            ]));
            table::render(app, theme, frame, list, pane, drawn);
            trend::render(app, theme, frame, chart, kind);
        } else {
            table::render(app, theme, frame, area, pane, drawn);
        }
    };
    if beside {
        let [list, side] = inner.layout(&Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)]));
        list_or_map(frame, list, drawn);
        let side_block = Block::new().borders(Borders::LEFT).border_set(theme.border).border_style(theme.dim);
        let side_inner = side_block.inner(side);
        frame.render_widget(side_block, side);
        let _ = detail::render(app, theme, frame, side_inner, 0);
    } else {
        list_or_map(frame, inner, drawn);
    }
}

/// A bar per value, four steps high, in braille (one cell wide in every terminal, unlike the
/// block elements, which East Asian terminals may draw two cells wide).
pub fn spark(values: &[usize]) -> String {
    const STEPS: [char; 5] = ['\u{2800}', '\u{2840}', '\u{2844}', '\u{2846}', '\u{2847}'];
    let max = values.iter().copied().max().unwrap_or(0);
    values
        .iter()
        .map(|&v| {
            let step = if max == 0 || v == 0 { 0 } else { (v * 4).div_ceil(max).clamp(1, 4) };
            STEPS[step]
        })
        .collect()
}

/// Where the figure above a list comes from and how far it goes, shown under it when it fits
/// (the help has the whole of it).
fn readout_source(lang: Lang, pane: Pane) -> Option<&'static str> {
    match pane {
        Pane::People => Some(tr!(lang, "mutual-source")),
        _ => None,
    }
}

/// The figure shown above a list, when it has one.
fn readout(app: &App, theme: &Theme, pane: Pane) -> Option<Vec<(String, ratatui::style::Style)>> {
    let figures = app.figures();
    match pane {
        Pane::Communities => {
            let d = &figures.diversity;
            let mut pieces = vec![
                (format!("{}: ", tr!(app.lang, "diversity")), theme.header),
                (i18n::diversity_line(app.lang, d.communities, d.kinds, d.outside_usual_circle), theme.dim),
            ];
            if let Some(w) = d.warning {
                pieces.push((
                    format!("{}{}", tr!(app.lang, "sentence-gap"), i18n::diversity_warning(app.lang, w)),
                    theme.warn,
                ));
            }
            Some(pieces)
        }
        Pane::Outputs => {
            let weeks: Vec<String> = figures.cadence.iter().map(usize::to_string).collect();
            Some(vec![
                (format!("{}: ", tr!(app.lang, "cadence-label")), theme.header),
                (format!("{}  ", spark(&figures.cadence)), theme.accent),
                (weeks.join(" "), theme.dim),
            ])
        }
        Pane::Introductions => Some(vec![
            (format!("{}: ", tr!(app.lang, "balance-label")), theme.header),
            (i18n::balance(app.lang, figures.balance), theme.dim),
        ]),
        Pane::Months => Some(vec![(tr!(app.lang, "months-caption").to_owned(), theme.dim)]),
        Pane::Week => {
            let monday = crate::model::week::monday(app.today);
            let sunday = monday + chrono::Days::new(6);
            let taken: Vec<_> = crate::model::week::this_week(app.wb(), app.today).into_iter().flatten().collect();
            let done = taken.iter().filter(|s| s.done.is_some()).count();
            let mut pieces = vec![(
                format!(
                    "{}  ",
                    tr!(app.lang, "week-range", from = i18n::date(Some(monday)), to = i18n::date(Some(sunday)))
                ),
                theme.header,
            )];
            if !taken.is_empty() {
                pieces.push((tr!(app.lang, "week-done-count", done = done, taken = taken.len()), theme.dim));
            }
            Some(pieces)
        }
        Pane::Values => {
            let wb = app.wb();
            let interests = if wb.interests.is_empty() {
                let key = app.keymap.label_of(crate::app::Action::EditInterests, crate::app::keymap::Context::Normal);
                tr!(app.lang, "interests-none", key = key.unwrap_or("-"))
            } else {
                let mine: Vec<String> = wb.interests.iter().map(|i| crate::model::text::one_line(i)).collect();
                mine.join(", ")
            };
            let mut pieces = vec![
                (format!("{}: ", tr!(app.lang, "interests-label")), theme.header),
                (format!("{interests}  "), theme.text),
                (format!("{}: ", tr!(app.lang, "look-back-label")), theme.header),
                (i18n::look_back(app.lang, wb, &figures.served), theme.dim),
            ];
            // The happenstance skills the invitations called on, when any were named.
            let used: Vec<String> = figures
                .happenstance
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(skill, n)| format!("{} {n}", crate::i18n::Label::label(*skill, app.lang)))
                .collect();
            if !used.is_empty() {
                pieces.push((format!("  {}: ", tr!(app.lang, "export-happenstance")), theme.header));
                pieces.push((used.join(", "), theme.dim));
            }
            Some(pieces)
        }
        Pane::Filter if app.wb().values.is_empty() => {
            Some(vec![(tr!(app.lang, "no-values-for-filter").to_owned(), theme.warn)])
        }
        Pane::Filter => {
            let (passing, total) = figures.filter_passing;
            let mut pieces = vec![
                (format!("{}: ", tr!(app.lang, "threshold-label")), theme.header),
                (format!("{}% ({})  ", app.wb().settings.pass_mark(), tr!(app.lang, "threshold-keys")), theme.dim),
                (format!("{}: {passing}/{total}", tr!(app.lang, "verdict-passes")), theme.accent),
            ];
            // The record's suggestion for the mark, when it has one (the whole look back is on
            // the values' detail).
            if let Some(advice) = i18n::calibration_advice(app.lang, &figures.calibration) {
                pieces.push((format!("  {advice}"), theme.warn));
            }
            Some(pieces)
        }
        Pane::People => {
            // The mutual-connection buckets, the moderately weak zone standing out.
            use crate::i18n::Label;
            use crate::model::derived::MutualBucket;
            use strum::IntoEnumIterator;
            let (counts, unknown) = figures.mutual;
            let mut pieces = vec![(format!("{}: ", tr!(app.lang, "mutual-label")), theme.header)];
            for (bucket, n) in MutualBucket::iter().zip(counts) {
                if bucket.is_zone() {
                    pieces.push((
                        format!("[{}:{n} {}] ", bucket.label(app.lang), tr!(app.lang, "mutual-zone")),
                        theme.accent,
                    ));
                } else {
                    pieces.push((format!("{}:{n} ", bucket.label(app.lang)), theme.dim));
                }
            }
            pieces.push((format!("{}:{unknown}", tr!(app.lang, "unknown-count")), theme.dim));
            Some(pieces)
        }
        _ => None,
    }
}

pub fn pane_name(lang: Lang, p: Pane) -> &'static str {
    match p {
        Pane::Outputs => tr!(lang, "pane-outputs"),
        Pane::Tags => tr!(lang, "pane-tags"),
        Pane::Introductions => tr!(lang, "pane-introductions"),
        Pane::Assets => tr!(lang, "pane-assets"),
        Pane::Stocktakes => tr!(lang, "pane-stocktakes"),
        Pane::Reflections => tr!(lang, "pane-reflections"),
        Pane::NextActions => tr!(lang, "next-actions"),
        Pane::Week => tr!(lang, "pane-week"),
        Pane::Months => tr!(lang, "pane-months"),
        Pane::Communities => Tab::Communities.name(lang),
        Pane::Invitations => Tab::Invitations.name(lang),
        Pane::Values => Tab::Values.name(lang),
        Pane::Filter => tr!(lang, "pane-filter"),
        Pane::People => Tab::People.name(lang),
        Pane::Map => tr!(lang, "pane-map"),
        Pane::All => tr!(lang, "all-records"),
    }
}

/// The status line: file, record count, save state, then the latest message (or the sticky
/// error), wrapped to the width.
fn status_lines(app: &App, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let file = app.session.path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let (state, style) = match app.save_state() {
        SaveState::Saved => (tr!(app.lang, "saved"), theme.good),
        SaveState::Saving => (tr!(app.lang, "saving"), theme.warn),
        SaveState::Unsaved => (tr!(app.lang, "unsaved"), theme.warn),
        SaveState::Failing => (tr!(app.lang, "not-saved-badge"), theme.error),
        SaveState::ReadOnly => (tr!(app.lang, "read-only"), theme.warn),
    };
    let mut pieces = vec![
        (crate::model::text::one_line(&file), theme.dim),
        (" ".to_owned(), theme.text),
        (i18n::count_records(app.lang, app.wb().record_count()), theme.dim),
        (" ".to_owned(), theme.text),
        (format!("[{state}]"), style),
        (" ".to_owned(), theme.text),
    ];
    if let Some(m) = &app.message {
        pieces.push((crate::model::text::one_line(m), theme.text));
    } else if let Some(e) = &app.error {
        pieces.push((crate::model::text::one_line(e), theme.error));
    } else if let Some(c) = app.conflicts_waiting() {
        pieces.push((c, theme.warn));
    } else if let Some(n) = &app.notice {
        pieces.push((crate::model::text::one_line(n), theme.warn));
    } else if app.demo {
        pieces.push((tr!(app.lang, "demo-note").to_owned(), theme.dim));
    }
    // One line: what does not fit ends in the cut mark; the message log (`m`) has it whole.
    let mut room = width;
    let mut spans = Vec::new();
    for (text, style) in pieces {
        if room == 0 {
            break;
        }
        let shown = wrap::cut(&text, room);
        room = room.saturating_sub(self::width(&shown));
        spans.push(Span::styled(shown, style));
    }
    vec![Line::from(spans)]
}

#[cfg(test)]
mod spark_tests {
    #[test]
    fn bars_scale_to_the_highest_week_and_zero_stays_empty() {
        assert_eq!(super::spark(&[0, 1, 2, 4]), "\u{2800}\u{2840}\u{2844}\u{2847}");
        assert_eq!(super::spark(&[0, 0]), "\u{2800}\u{2800}");
        assert_eq!(super::spark(&[]), "");
        assert_eq!(super::width(&super::spark(&[1; 12])), 12, "one cell per week");
    }
}
