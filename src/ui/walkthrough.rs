//! Drawing the walkthrough in the body: a progress bar, the chapter list (when there is room),
//! and the page: a chapter's idea, a question with its one-field form, the card sort, the
//! ranking, the filter's verdict, the stock-take or the summary. Reads `App::walk` and the
//! workbook; changes nothing.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use strum::IntoEnumIterator;

use super::theme::Theme;
use super::wrap::{wrap_spans, wrap_text};
use super::{block, width};
use crate::app::App;
use crate::app::walkthrough::{self, Chapter, Step, Walk, words};
use crate::i18n::{self, Label};
use crate::model::cards::CARDS;
use crate::model::filter;

/// From this width the chapter list sits beside the page.
const CHAPTERS_BESIDE: u16 = 72;
const CHAPTERS_WIDTH: u16 = 22;

pub fn render(app: &App, walk: &Walk, theme: &Theme, frame: &mut Frame, area: Rect, drawn: &mut crate::app::Drawn) {
    let lang = app.lang;
    let (done, all) = walk.progress(app.wb());
    let title = format!(
        " {}  {}/{} {} ",
        words::title(lang),
        walk.chapter.index() + 1,
        Chapter::COUNT,
        words::chapter(lang, walk.chapter)
    );
    let outer = block(theme, Span::styled(title, theme.title));
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    if inner.height < 3 || inner.width < 20 {
        return;
    }
    // A blank row under the progress bar, unless the window is too short to spare it.
    let gap = u16::from(inner.height >= 12);
    let [bar, _, rest] =
        inner.layout(&Layout::vertical([Constraint::Length(1), Constraint::Length(gap), Constraint::Min(1)]));
    frame.render_widget(Paragraph::new(progress_bar(done, all, usize::from(bar.width))).style(theme.accent), bar);
    let page = if rest.width >= CHAPTERS_BESIDE {
        let [list, _, page] = rest.layout(&Layout::horizontal([
            Constraint::Length(CHAPTERS_WIDTH),
            Constraint::Length(2),
            Constraint::Min(10),
        ]));
        frame.render_widget(Paragraph::new(chapter_list(app, walk, theme, usize::from(list.width))), list);
        page
    } else {
        rest
    };
    if walk.welcome_back {
        let mut lines = wrap_text(
            &words::welcome_back(lang, words::chapter(lang, walk.chapter), app.wb().walkthrough.completed),
            theme.text,
            usize::from(page.width),
        );
        if page.width < CHAPTERS_BESIDE {
            lines.push(Line::raw(""));
            lines.extend(chapter_list(app, walk, theme, usize::from(page.width)));
        }
        frame.render_widget(Paragraph::new(lines), page);
        return;
    }
    let step = walk.current(app.wb());
    let w = usize::from(page.width);
    let mut lines: Vec<Line<'static>> = Vec::new();
    match step {
        Step::Explain => {
            for (i, text) in words::explain(lang, walk.chapter).iter().enumerate() {
                if i == 0 {
                    lines.push(Line::styled(*text, theme.header));
                } else {
                    lines.push(Line::raw(""));
                    lines.extend(wrap_text(text, theme.text, w));
                }
            }
        }
        Step::Sort => sort_page(app, theme, w, &mut lines),
        Step::Top => top_page(app, walk, theme, w, &mut lines),
        Step::Verdict => verdict_page(app, theme, w, &mut lines),
        Step::Stocktake => {
            lines.extend(wrap_text(words::stocktake_intro(lang), theme.text, w));
            lines.push(Line::raw(""));
            for kind in crate::model::AssetKind::iter() {
                let r =
                    app.wb().asset(kind).and_then(|a| a.rating).map_or_else(|| "-".to_owned(), |r| format!("{r}/5"));
                lines.push(Line::from(vec![
                    Span::styled(format!("{}: ", kind.label(lang)), theme.dim),
                    Span::styled(r, theme.text),
                ]));
            }
        }
        Step::Summary => {
            lines.extend(wrap_text(words::summary_intro(lang), theme.text, w));
            lines.push(Line::raw(""));
            for (label, value) in words::summary_lines(lang, app.wb()) {
                let pieces = [(format!("{label}: "), theme.header), (value, theme.text)];
                lines.extend(wrap_spans(&pieces, w, 2));
            }
        }
        _ => {
            // A question: what is asked, then its form under it.
            lines.extend(wrap_spans(&[(words::prompt(lang, step, app.wb()), theme.title)], w, 0));
            // A choice's options, numbered: one key picks one.
            if let Some(form) = &app.form
                && let crate::app::form::FieldKind::Choice(options) = &form.focused().kind
            {
                lines.extend(numbered(options, form.focused().choice, theme, w));
            }
            if let Step::Rate(kind) = step {
                // Only this asset's indicators (a frame measures no more than it shows).
                let figures: Vec<String> = crate::model::assets::indicators_of(kind)
                    .iter()
                    .map(|&i| format!("{} {}", i.label(lang), crate::model::assets::measure(app.wb(), i, app.today)))
                    .collect();
                lines.extend(wrap_text(&figures.join(", "), theme.dim, w));
            }
        }
    }
    if let Some(problem) = &walk.problem {
        lines.push(Line::raw(""));
        lines.extend(wrap_text(problem, theme.warn, w));
    }
    // The question's field comes first: it keeps its rows (the whole page while its pick list
    // is open); the text above takes the rest and scrolls with j/k when it is longer.
    let form_rows = app.form.as_ref().map_or(0, |form| {
        if form.picker.is_some() {
            return page.height;
        }
        // Two rows inside the border; an error takes up to two more.
        let errors = if form.focused().error.is_some() { 2 } else { 0 };
        let need = if matches!(form.focused().kind, crate::app::form::FieldKind::Multi) { 6 } else { 4 } + errors;
        need.min(page.height)
    });
    let room = page.height.saturating_sub(form_rows);
    // A page longer than its room keeps its last row for the "more below" mark: drawn over the
    // text, it hid what was there (the card sort's pile counters at 40x12). A question's keys
    // type into its field, so only the other pages scroll and get the mark.
    let marked = app.form.is_none() && lines.len() > usize::from(room) && room > 1;
    let room = if marked { room - 1 } else { room };
    let text_rows = (lines.len() as u16).min(room);
    let max_scroll = (lines.len() as u16).saturating_sub(room);
    drawn.walk_max_scroll = max_scroll;
    let scroll = match step {
        // The ranking page scrolls to keep its cursor in sight.
        Step::Top => {
            let cursor_line =
                lines.len().saturating_sub(walkthrough::candidates(&app.wb().walkthrough, lang).len()) + walk.cursor;
            ((cursor_line + 1).saturating_sub(usize::from(room)) as u16).min(max_scroll)
        }
        _ => walk.scroll.min(max_scroll),
    };
    let text_area = Rect { height: text_rows, ..page };
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), text_area);
    if marked && scroll < max_scroll {
        // More below: say how to see it, on the row kept for it.
        let more = words::more_below(lang);
        let x = text_area.right().saturating_sub(width(more) as u16);
        let y = text_area.bottom();
        frame.render_widget(Paragraph::new(more).style(theme.accent), Rect::new(x, y, width(more) as u16, 1));
    }
    if let Some(form) = &app.form {
        let y = if form.picker.is_some() { page.y } else { page.y + text_rows.min(room) };
        let h = form_rows.min(page.bottom().saturating_sub(y));
        super::form::render(app, form, theme, frame, Rect { y, height: h, ..page }, drawn);
    }
}

/// A choice's options with the key of each ("1 considering   2 trying it …"), the chosen one
/// highlighted; an option is never split across lines.
fn numbered(options: &[String], chosen: usize, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut line: Vec<Span<'static>> = Vec::new();
    let mut used = 0;
    for (i, o) in options.iter().enumerate() {
        let key = walkthrough::choice_key(i).map_or_else(String::new, |k| format!("{k} "));
        let text = format!("{key}{o}");
        let gap = if line.is_empty() { 0 } else { 3 };
        if !line.is_empty() && used + gap + width(&text) > w {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        } else if gap > 0 {
            line.push(Span::raw("   "));
            used += gap;
        }
        used += width(&text);
        line.push(Span::styled(text, if i == chosen { theme.accent } else { theme.text }));
    }
    if !line.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}

/// `[#####-----] 12/40`, in ASCII (block elements are two cells wide in many Japanese
/// terminals).
fn progress_bar(done: usize, all: usize, width: usize) -> String {
    let count = format!(" {done}/{all}");
    let inner = width.saturating_sub(count.len() + 2).min(60);
    let filled = (inner * done).checked_div(all).unwrap_or(0).min(inner);
    format!("[{}{}]{count}", "#".repeat(filled), "-".repeat(inner - filled))
}

fn chapter_list(app: &App, walk: &Walk, theme: &Theme, w: usize) -> Vec<Line<'static>> {
    let finished = &app.wb().walkthrough.finished;
    Chapter::iter()
        .map(|c| {
            let mark = if finished.contains(&(c.index() as u16)) { "[x]" } else { "[ ]" };
            let text = format!("{mark} {}", words::chapter(app.lang, c));
            let style = if c == walk.chapter { theme.selected } else { theme.text };
            let text: String = text
                .chars()
                .scan(0, |used, ch| {
                    *used += width(ch.encode_utf8(&mut [0; 4]));
                    (*used <= w).then_some(ch)
                })
                .collect();
            Line::styled(text, style)
        })
        .collect()
}

fn sort_page(app: &App, theme: &Theme, w: usize, lines: &mut Vec<Line<'static>>) {
    let lang = app.lang;
    let p = &app.wb().walkthrough;
    let sorted = p.sorted.iter().filter(|c| !c.own).count();
    let Some(card) = walkthrough::next_card(p) else {
        lines.extend(wrap_text(words::all_sorted(lang), theme.text, w));
        return;
    };
    lines.push(Line::styled(words::card_count(lang, sorted + 1, CARDS.len()), theme.dim));
    // The piles' counters right under the card count, where a small window still shows them;
    // each stays whole on its line ("3 それほどでも 1", never "それほどで" / "も 1").
    let count = |pile| p.sorted.iter().filter(|c| c.pile == pile).count();
    use crate::model::Pile;
    let piles = [(1, Pile::VeryImportant), (2, Pile::Important), (3, Pile::NotImportant)];
    let counters: Vec<String> =
        piles.iter().map(|&(n, pile)| format!("{n} {} {}", words::pile(lang, n), count(pile))).collect();
    lines.extend(side_by_side(&counters, theme.dim, w));
    lines.push(Line::raw(""));
    lines.push(Line::styled(format!("  {}", words::card_title(lang, card)), theme.title));
    lines.extend(wrap_text(&format!("  {}", words::card_about(lang, card)), theme.text, w));
    lines.push(Line::raw(""));
    lines.extend(wrap_text(words::sort_keys(lang), theme.dim, w));
}

/// Short pieces on as few lines as fit `w`, two spaces apart, none split across lines.
fn side_by_side(pieces: &[String], style: ratatui::style::Style, w: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<String> = Vec::new();
    for piece in pieces {
        match lines.last_mut() {
            Some(line) if width(line) + 2 + width(piece) <= w => {
                line.push_str("  ");
                line.push_str(piece);
            }
            _ => lines.push(piece.clone()),
        }
    }
    lines.into_iter().map(|l| Line::styled(l, style)).collect()
}

fn top_page(app: &App, walk: &Walk, theme: &Theme, w: usize, lines: &mut Vec<Line<'static>>) {
    let lang = app.lang;
    lines.extend(wrap_text(words::top_intro(lang), theme.text, w));
    let all = walkthrough::candidates(&app.wb().walkthrough, lang);
    // The ranking so far, in order, above the cards to pick from.
    let ranking: Vec<String> = walk
        .picked
        .iter()
        .enumerate()
        .filter_map(|(r, &i)| all.get(i).map(|c| format!("{}. {}", r + 1, c.0)))
        .collect();
    let ranking = if ranking.is_empty() { "-".to_owned() } else { ranking.join("  ") };
    lines.extend(wrap_spans(
        &[(format!("{}: ", words::your_ranking(lang)), theme.header), (ranking, theme.accent)],
        w,
        2,
    ));
    lines.push(Line::raw(""));
    for (i, (name, pile)) in all.iter().enumerate() {
        let rank =
            walk.picked.iter().position(|&x| x == i).map_or_else(|| "   ".to_owned(), |r| format!("{:>2}.", r + 1));
        let n = if *pile == crate::model::Pile::VeryImportant { 1 } else { 2 };
        let style = if i == walk.cursor {
            theme.selected
        } else if rank.trim().is_empty() {
            theme.text
        } else {
            theme.accent
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{rank} {name}"), style),
            Span::styled(format!("  ({})", words::pile(lang, n)), theme.dim),
        ]));
    }
}

fn verdict_page(app: &App, theme: &Theme, w: usize, lines: &mut Vec<Line<'static>>) {
    let lang = app.lang;
    lines.push(Line::styled(words::verdict_intro(lang), theme.header));
    lines.push(Line::raw(""));
    let invitation = crate::app::walkthrough::made_invitation(app.wb());
    let Some(v) = invitation.and_then(|i| filter::judge(app.wb(), filter::Candidate::Invitation(i.id))) else {
        return;
    };
    let verdict = i18n::verdict_cell(lang, app.wb(), &v);
    lines.push(Line::styled(verdict, if v.passes() { theme.good } else { theme.warn }));
    lines.extend(wrap_text(&i18n::filter_why(lang, app.wb(), &v, None), theme.text, w));
    lines.extend(wrap_text(&i18n::filter_breakdown(lang, app.wb(), &v), theme.dim, w));
}
