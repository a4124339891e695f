//! Drawing a form over the body: a label column and the fields, the focused one highlighted,
//! errors in red beneath their field, and the terminal cursor at the caret of the focused text
//! field (where an IME shows what is being composed).

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use super::wrap::wrap_text;
use super::{block, clear_popup, width};
use crate::app::App;
use crate::app::form::{Field, FieldKind, Form, FormTarget};
use crate::app::picker::{Mode, Picker};
use crate::i18n::{self, tr};

/// Rows of a field's error (wrapped, at most two).
fn error_rows(f: &Field, width: u16) -> u16 {
    f.error.as_ref().map_or(0, |e| wrap_text(e, Default::default(), usize::from(width)).len().min(2) as u16)
}

/// Rows of the hint under the focused field (wrapped, at most two).
fn hint_rows(f: &Field, focused: bool, width: u16) -> u16 {
    if !focused || f.hint.is_empty() || f.error.is_some() {
        return 0;
    }
    wrap_text(&f.hint, Default::default(), usize::from(width)).len().min(2) as u16
}

/// Rows a field takes: multi-line text gets several, its error (or, focused, its hint) one or
/// two more; a field behind a closed "more" none.
fn height(f: &Field, focused: bool, width: u16) -> u16 {
    let body = if matches!(f.kind, FieldKind::Multi) { 4 } else { 1 };
    body + error_rows(f, width) + hint_rows(f, focused, width)
}

pub fn render(app: &App, form: &Form, theme: &Theme, frame: &mut Frame, area: Rect, drawn: &mut crate::app::Drawn) {
    let title = match form.target {
        // The question stands right above it.
        FormTarget::Walkthrough => String::new(),
        FormTarget::OwnCard => format!(" {} ", crate::app::walkthrough::words::own_card_label(app.lang)),
        FormTarget::Export => format!(" {} ", crate::app::export_form_title(app.lang)),
        FormTarget::Interests => format!(" {} ", tr!(app.lang, "interests-title")),
        FormTarget::Visit(c) => {
            format!(
                " {}: {} ",
                tr!(app.lang, "visit-title"),
                crate::app::rows::record_name(app.wb(), crate::model::RecordRef::Community(c))
            )
        }
        FormTarget::Week(_) => format!(" {} ", tr!(app.lang, "pane-week")),
        FormTarget::Afterwards(i) => {
            format!(
                " {}: {} ",
                tr!(app.lang, "afterwards-title"),
                crate::app::rows::record_name(app.wb(), crate::model::RecordRef::Invitation(i))
            )
        }
        FormTarget::New(k) => format!(" {}: {} ", tr!(app.lang, "form-new"), i18n::noun(app.lang, k)),
        FormTarget::Edit(r) => format!(" {}: {} ", tr!(app.lang, "form-edit"), i18n::noun(app.lang, r.kind())),
        FormTarget::Asset(kind) => {
            format!(" {}: {} ", tr!(app.lang, "form-edit"), crate::i18n::Label::label(kind, app.lang))
        }
        FormTarget::Decide(r) => {
            format!(" {}: {} ", tr!(app.lang, "decide-title"), crate::app::rows::record_name(app.wb(), r))
        }
        FormTarget::Contact(p) => {
            let name = app.wb().people.get(p).map_or_else(String::new, |p| crate::model::text::one_line(&p.name));
            format!(" {}: {name} ", tr!(app.lang, "contact-title"))
        }
    };
    clear_popup(frame, area);
    let outer = block(theme, Span::styled(title, theme.title));
    let inner = outer.inner(area);
    frame.render_widget(outer, area);
    if inner.width < 10 || inner.height < 2 {
        return;
    }

    let shown: Vec<bool> = (0..form.fields.len()).map(|i| form.visible(i)).collect();
    let label_width = (form.fields.iter().zip(&shown))
        .filter(|(_, shown)| **shown)
        .map(|(f, _)| width(&f.label) + 1)
        .max()
        .unwrap_or(8)
        .min(usize::from(inner.width / 3)) as u16;
    let input_x = inner.x + label_width + 1;
    let input_width = inner.width.saturating_sub(label_width + 1);

    // Scroll so the focused field is whole on screen.
    let heights: Vec<u16> = (form.fields.iter().enumerate())
        .map(|(i, f)| if shown[i] { height(f, i == form.focus, input_width) } else { 0 })
        .collect();
    let top_of = |i: usize| heights[..i].iter().sum::<u16>();
    let focus_bottom = top_of(form.focus) + heights[form.focus];
    let scroll = focus_bottom.saturating_sub(inner.height);

    for (i, field) in form.fields.iter().enumerate() {
        let top = top_of(i);
        if !shown[i] || top < scroll || top + heights[i] > scroll + inner.height {
            continue;
        }
        let y = inner.y + top - scroll;
        let focused = i == form.focus;
        let label_style = if field.error.is_some() {
            theme.error
        } else if focused {
            theme.selected
        } else {
            theme.header
        };
        let mark = if field.required { "*" } else { "" };
        // A label wider than its column (a narrow window) ends with the cut mark.
        let text = super::wrap::cut(&format!("{}{mark}", field.label), usize::from(label_width));
        let label = Paragraph::new(Line::styled(text, label_style));
        frame.render_widget(label, Rect::new(inner.x, y, label_width, 1));
        let errors = error_rows(field, input_width);
        let hints = hint_rows(field, focused, input_width);
        let rows = heights[i] - errors - hints;
        let input = Rect::new(input_x, y, input_width, rows);
        let asking = form.asking_discard || form.picker.is_some();
        render_input(app, field, (focused, focused && form.selected()), asking, theme, frame, input);
        if hints > 0 {
            let lines: Vec<Line<'static>> = wrap_text(&field.hint, theme.dim, usize::from(input_width))
                .into_iter()
                .take(usize::from(hints))
                .collect();
            frame.render_widget(Paragraph::new(lines), Rect::new(input_x, y + rows, input_width, hints));
        }
        if let Some(e) = &field.error {
            let lines: Vec<Line<'static>> =
                wrap_text(e, theme.error, usize::from(input_width)).into_iter().take(usize::from(errors)).collect();
            frame.render_widget(Paragraph::new(lines), Rect::new(input_x, y + rows, input_width, errors));
        }
    }

    if let Some(picker) = &form.picker {
        drawn.picker = Some(render_picker(app, picker, theme, frame, inner));
    }

    if form.asking_discard {
        let text = wrap_text(tr!(app.lang, "discard"), theme.warn, usize::from(inner.width.saturating_sub(2)));
        let h = (text.len() as u16 + 2).min(inner.height);
        let ask = Rect::new(inner.x, inner.bottom().saturating_sub(h), inner.width, h);
        clear_popup(frame, ask);
        frame.render_widget(Paragraph::new(text).block(block(theme, "")), ask);
    }
}

/// One field's input: `focus` is whether it has the focus and whether its value is selected
/// (typing replaces it, so it is drawn as a selection).
fn render_input(
    app: &App,
    field: &Field,
    focus: (bool, bool),
    asking: bool,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let (focused, selected) = focus;
    match &field.kind {
        FieldKind::Scale(levels) => {
            let word = levels.get(field.choice).cloned().unwrap_or_default();
            let style = if focused { theme.accent } else { theme.text };
            let line = Line::from(vec![
                Span::styled("< ", theme.dim),
                Span::styled(format!("{} {word}", field.choice), style),
                Span::styled(" >", theme.dim),
            ]);
            frame.render_widget(Paragraph::new(line), area);
        }
        FieldKind::More => {
            let style = if focused { theme.accent } else { theme.dim };
            let text = if field.on {
                format!("[-] {}", tr!(app.lang, "form-more-hide"))
            } else {
                format!("[+] {}", field.placeholder)
            };
            frame.render_widget(Paragraph::new(Line::styled(text, style)), area);
        }
        FieldKind::Choice(options) => {
            let current = options.get(field.choice).cloned().unwrap_or_default();
            let style = if focused { theme.accent } else { theme.text };
            let line = Line::from(vec![
                Span::styled("< ", theme.dim),
                Span::styled(current, style),
                Span::styled(" >", theme.dim),
            ]);
            frame.render_widget(Paragraph::new(line), area);
        }
        FieldKind::Toggle => {
            let i18n_yes_no = if field.on { "[x]" } else { "[ ]" };
            let style = if focused { theme.accent } else { theme.text };
            frame.render_widget(Paragraph::new(Line::styled(i18n_yes_no, style)), area);
        }
        _ => {
            if field.value().is_empty() && !field.placeholder.is_empty() {
                // The example is shown greyed, never stored.
                frame.render_widget(Paragraph::new(Line::styled(field.placeholder.clone(), theme.dim)), area);
            } else if selected {
                // A suggestion (or a number just reached) shows as selected: typing replaces it.
                let lines: Vec<Line<'static>> =
                    field.editor.lines().iter().map(|l| Line::styled(l.clone(), theme.selected)).collect();
                frame.render_widget(Paragraph::new(lines), area);
            } else {
                frame.render_widget(&field.editor, area);
            }
            if focused && !asking {
                let (scroll_row, scroll_col) = field.editor.scroll_offset();
                let c = field.editor.screen_cursor();
                let x = area.x + (c.col as u16).saturating_sub(scroll_col).min(area.width.saturating_sub(1));
                let y = area.y + (c.row as u16).saturating_sub(scroll_row).min(area.height.saturating_sub(1));
                frame.set_cursor_position(Position::new(x, y));
            }
        }
    }
}

/// The pick list over the form: the query with the cursor after it, how many match, then the
/// matching entries (marked ones ticked where several can be chosen).
/// The pick list; returns its first row shown and its page.
fn render_picker(app: &App, picker: &Picker, theme: &Theme, frame: &mut Frame, area: Rect) -> (usize, usize) {
    let popup = area;
    clear_popup(frame, popup);
    let outer = block(theme, Span::styled(format!(" {} ", crate::model::text::one_line(&picker.title)), theme.title));
    let inner = outer.inner(popup);
    frame.render_widget(outer, popup);
    if inner.height < 3 || inner.width < 4 {
        return (picker.offset, 1);
    }
    // A query wider than the list shows its end, where the typing is.
    let mut query: &str = &picker.query;
    let room = usize::from(inner.width).saturating_sub(4);
    while width(query) > room {
        let mut chars = query.chars();
        chars.next();
        query = chars.as_str();
    }
    let lead = if query.len() < picker.query.len() { "<" } else { ">" };
    let prompt = format!("{lead} {query}");
    frame.render_widget(Line::styled(prompt.clone(), theme.accent), Rect::new(inner.x, inner.y, inner.width, 1));
    let x = inner.x + (width(&prompt) as u16).min(inner.width.saturating_sub(1));
    frame.set_cursor_position(Position::new(x, inner.y));
    let mut count = format!("{}/{}", picker.shown.len(), picker.choices.len());
    if picker.mode == Mode::Many {
        count.push_str(&format!("  {}: {}", tr!(app.lang, "pick-marked"), picker.marked.len()));
    }
    frame.render_widget(Line::styled(count, theme.dim), Rect::new(inner.x, inner.y + 1, inner.width, 1));

    let rows = usize::from(inner.height - 2);
    let offset = super::table::scroll_offset(picker.offset, picker.selected, rows, picker.shown.len());
    for (n, &choice) in picker.shown.iter().skip(offset).take(rows).enumerate() {
        let selected = offset + n == picker.selected;
        let mark = match picker.mode {
            Mode::Many if picker.is_marked(choice) => "[x] ",
            Mode::Many => "[ ] ",
            Mode::One => "",
        };
        let style = if selected { theme.selected } else { theme.text };
        let text = format!("{mark}{}", picker.choices[choice].label);
        let y = inner.y + 2 + n as u16;
        frame.render_widget(Paragraph::new(Line::raw(text)).style(style), Rect::new(inner.x, y, inner.width, 1));
    }
    (offset, rows)
}
