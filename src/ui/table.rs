//! One list as a table: only the rows that fit are built, and columns that do not fit the width
//! are dropped from the right.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::columns::{self, Tone};
use super::theme::Theme;
use crate::app::{App, Pane};
use crate::i18n::tr;

const SPACING: u16 = 1;

/// A column is never narrower than its heading.
fn min_width(c: &columns::Column) -> u16 {
    c.min.max(super::width(c.title) as u16)
}

/// Each column's width: its minimum, then what it wants (as far as there is room), plus its share
/// of what is left.
fn widths(cols: &[columns::Column], width: u16) -> Vec<u16> {
    let mut mins: Vec<u16> = cols.iter().map(min_width).collect();
    let used = mins.iter().sum::<u16>() + SPACING * cols.len().saturating_sub(1) as u16;
    let mut spare = width.saturating_sub(used);
    for (c, m) in cols.iter().zip(&mut mins) {
        let extra = c.want.saturating_sub(*m).min(spare);
        *m += extra;
        spare -= extra;
    }
    let shares: u16 = cols.iter().map(|c| c.grow).sum();
    if shares == 0 {
        return mins;
    }
    let mut out: Vec<u16> = cols.iter().zip(&mins).map(|(c, &m)| m + spare * c.grow / shares).collect();
    // What integer division left over goes to the last growing column.
    let given: u16 = cols.iter().map(|c| spare * c.grow / shares).sum();
    if let Some(i) = cols.iter().rposition(|c| c.grow > 0) {
        out[i] += spare - given;
    }
    out
}

/// Which columns fit into `width` cells: all that fit, most important first.
fn fitting(cols: &[columns::Column], width: u16) -> usize {
    let mut used = 0u16;
    let mut n = 0;
    for c in cols {
        let need = min_width(c) + if n == 0 { 0 } else { SPACING };
        if used + need > width && n > 0 {
            break;
        }
        used += need;
        n += 1;
    }
    n
}

/// How many of the `n` fitting columns stay when a column wants more than it got: fixed columns
/// at the right (the assets' group) give their room up to it, growing ones do not.
fn making_room(cols: &[columns::Column], mut n: usize, width: u16) -> usize {
    let short = |n: usize| {
        let used = cols[..n].iter().map(min_width).sum::<u16>() + SPACING * n.saturating_sub(1) as u16;
        let wanted: u16 = cols[..n].iter().map(|c| c.want.saturating_sub(min_width(c))).sum();
        wanted > width.saturating_sub(used)
    };
    while n > 1 && cols[n - 1].grow == 0 && cols[n - 1].want == 0 && short(n) {
        n -= 1;
    }
    n
}

/// The first row to show so that `selected` stays visible in `height` rows.
pub fn scroll_offset(previous: usize, selected: usize, height: usize, len: usize) -> usize {
    if height == 0 {
        return selected;
    }
    let mut off = previous.min(len.saturating_sub(height));
    if selected < off {
        off = selected;
    } else if selected >= off + height {
        off = selected + 1 - height;
    }
    off
}

/// How to add the first record of an empty list: the key, and the `tsunagari add` command that
/// really exists for its kind (a stock-take has none: it is taken here).
fn empty_hint(app: &App, pane: Pane) -> String {
    match crate::app::rows::kind_of(pane) {
        Some(crate::model::RecordKind::Stocktake) => tr!(app.lang, "empty-hint-stocktake").to_owned(),
        Some(kind) => match kind.add_command() {
            Some(command) => tr!(app.lang, "empty-hint-kind", command = command),
            None => tr!(app.lang, "empty-hint").to_owned(),
        },
        None => tr!(app.lang, "empty-hint").to_owned(),
    }
}

/// The list of `pane`; what it found out (its first row, its page, where its rows are) goes to
/// `drawn`.
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, pane: Pane, drawn: &mut crate::app::Drawn) {
    let rows = app.rows(pane);
    let pos = app.list(pane);
    if rows.is_empty() {
        let text = if pane == Pane::Filter {
            // Nothing to add here: say where its rows come from.
            let hint = if app.wb().values.is_empty() {
                tr!(app.lang, "no-values-for-filter")
            } else {
                tr!(app.lang, "filter-empty")
            };
            vec![Line::styled(hint, theme.text)]
        } else if app.filters[pane.index()].is_empty() {
            vec![Line::styled(tr!(app.lang, "empty-list"), theme.text), Line::styled(empty_hint(app, pane), theme.dim)]
        } else {
            vec![Line::styled(tr!(app.lang, "no-match"), theme.text)]
        };
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
        drawn.list = Some((pane, 0, 1));
        return;
    }
    let cols = columns::columns(pane, app.lang);
    let n = making_room(&cols, fitting(&cols, area.width), area.width);
    let height = usize::from(area.height.saturating_sub(1));
    let offset = scroll_offset(pos.offset, pos.selected, height, rows.len());
    drawn.list = Some((pane, offset, height.max(1)));
    if app.overlay.is_none() && app.form.is_none() {
        let rows_area = Rect::new(area.x, area.y + 1, area.width, area.height.saturating_sub(1));
        drawn.list_rows = Some((rows_area, offset));
    }

    // The rows go straight into the buffer at the widths worked out above: ratatui's Table would
    // build a Text per cell and run its layout solver for widths that are already final.
    let ws = widths(&cols[..n], area.width);
    let buf = frame.buffer_mut();
    let mut put = |y: u16, texts: &mut dyn Iterator<Item = &str>, style: Style| {
        buf.set_style(Rect::new(area.x, y, area.width, 1), style);
        let mut x = area.x;
        for (text, &w) in texts.zip(&ws) {
            let w = w.min(area.right().saturating_sub(x));
            if w == 0 {
                break;
            }
            // A cell too long for its column ends with the cut mark, never mid-character.
            buf.set_stringn(x, y, super::wrap::cut(text, usize::from(w)), usize::from(w), style);
            x = x.saturating_add(w).saturating_add(SPACING);
        }
    };
    if area.height > 0 {
        put(area.y, &mut cols[..n].iter().map(|c| c.title), theme.header);
    }
    for (y, (i, &row)) in (area.y + 1..area.bottom()).zip(rows.iter().enumerate().skip(offset).take(height)) {
        let (cells, tone) = columns::cells(app, row);
        let style = if i == pos.selected {
            theme.selected
        } else {
            match tone {
                Tone::Normal => theme.text,
                Tone::Warn => theme.warn,
                Tone::Dim => theme.dim,
            }
        };
        put(y, &mut cells.iter().map(String::as_str), style);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_keeps_the_selection_visible() {
        assert_eq!(scroll_offset(0, 0, 5, 100), 0);
        assert_eq!(scroll_offset(0, 7, 5, 100), 3);
        assert_eq!(scroll_offset(3, 2, 5, 100), 2);
        assert_eq!(scroll_offset(90, 99, 5, 100), 95);
        // The list shrank under the old offset.
        assert_eq!(scroll_offset(50, 2, 5, 3), 0);
        assert_eq!(scroll_offset(0, 4, 0, 10), 4);
    }
}
