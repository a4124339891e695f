//! Overlays drawn over the body: the help (generated from the key table), the detail view for
//! narrow windows, and the delete confirmation.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use super::wrap::{wrap_spans, wrap_text};
use super::{block, clear_popup, detail, width};
use crate::app::keymap::Context;
use crate::app::{App, Overlay};
use crate::i18n;
use crate::i18n::tr;

pub fn render(
    app: &App,
    overlay: &Overlay,
    theme: &Theme,
    frame: &mut Frame,
    body: Rect,
    drawn: &mut crate::app::Drawn,
) {
    match overlay {
        Overlay::Help { scroll } => {
            let area = body.centered(Constraint::Percentage(90), Constraint::Percentage(100));
            let keys_width =
                app.keymap.bindings().iter().filter_map(|b| b.label.as_deref()).map(width).max().unwrap_or(4);
            let b = block(
                theme,
                Span::styled(
                    format!(" {} ({}) ", tr!(app.lang, "help-title"), tr!(app.lang, "help-footer")),
                    theme.title,
                ),
            );
            let inner = b.inner(area);
            let mut lines: Vec<Line<'static>> = Vec::new();
            let groups = [
                Context::Normal,
                Context::Any,
                Context::Confirm,
                Context::Reading,
                Context::Form,
                Context::Search,
                Context::Pick,
            ];
            for (context, heading) in groups.into_iter().filter_map(|c| Some((c, c.heading(app.lang)?))) {
                if !lines.is_empty() {
                    lines.push(Line::raw(""));
                }
                lines.push(Line::styled(heading, theme.header));
                for binding in app.keymap.visible(context).filter(|b| b.context == context) {
                    let Some(label) = binding.label.as_deref() else { continue };
                    let pad = " ".repeat(keys_width.saturating_sub(width(label)) + 2);
                    let pieces = [
                        (format!("{label}{pad}"), theme.accent),
                        (binding.action.help_on(app.lang, context, app.pane()), theme.text),
                    ];
                    lines.extend(wrap_spans(&pieces, usize::from(inner.width), keys_width + 2));
                }
            }
            // The rules behind every verdict, count, indicator, suggestion and mark, with their sources, so
            // each can be traced.
            let notes = [
                i18n::week_rules(app.lang),
                i18n::filter_formula(app.lang),
                i18n::calibration_rules(app.lang),
                i18n::tie_rules(app.lang),
                i18n::mutual_rules(app.lang),
                i18n::reconnect_rules(app.lang),
                i18n::indicator_rules(app.lang),
                i18n::map_rules(app.lang),
            ];
            for (i, text) in notes.iter().flat_map(|n| n.iter().enumerate()) {
                if i == 0 {
                    lines.push(Line::raw(""));
                    lines.extend(wrap_text(text, theme.header, usize::from(inner.width)));
                } else {
                    lines.extend(wrap_text(text, theme.text, usize::from(inner.width)));
                }
            }
            let max = lines.len().saturating_sub(usize::from(inner.height)) as u16;
            drawn.overlay_max_scroll = max;
            clear_popup(frame, area);
            frame.render_widget(b, area);
            frame.render_widget(Paragraph::new(lines).scroll(((*scroll).min(max), 0)), inner);
        }
        Overlay::Messages { scroll } => {
            clear_popup(frame, body);
            let b = block(theme, Span::styled(format!(" {} ", tr!(app.lang, "messages-title")), theme.title));
            let inner = b.inner(body);
            frame.render_widget(b, body);
            let width = usize::from(inner.width);
            let mut lines: Vec<Line<'static>> = Vec::new();
            // Newest first, each whole, wrapped.
            for m in app.messages.iter().rev() {
                lines.extend(wrap_text(m, theme.text, width));
            }
            if lines.is_empty() {
                lines.push(Line::styled(tr!(app.lang, "messages-none"), theme.dim));
            }
            let max = lines.len().saturating_sub(usize::from(inner.height)) as u16;
            drawn.overlay_max_scroll = max;
            frame.render_widget(Paragraph::new(lines).scroll(((*scroll).min(max), 0)), inner);
        }
        Overlay::Detail { scroll } => {
            clear_popup(frame, body);
            let b = block(theme, Span::styled(format!(" {} ", tr!(app.lang, "detail")), theme.title));
            let inner = b.inner(body);
            frame.render_widget(b, body);
            drawn.overlay_max_scroll = detail::render(app, theme, frame, inner, *scroll);
        }
        Overlay::ConfirmDelete { .. } | Overlay::ConfirmQuit { .. } | Overlay::BringBack { .. } => {
            let (title, question, answers) = question(app, overlay);
            // Narrow windows give the question all their width.
            let width = if body.width < 60 { body.width } else { body.width * 4 / 5 };
            let inner_width = usize::from(width.saturating_sub(2));
            let mut text = wrap_text(&question, theme.text, inner_width);
            text.push(Line::raw(""));
            text.extend(wrap_text(answers, theme.accent, inner_width));
            let height = (text.len() as u16 + 2).min(body.height);
            let area = body.centered(Constraint::Length(width), Constraint::Length(height));
            let title = Span::styled(format!(" {title} "), theme.warn);
            clear_popup(frame, area);
            frame.render_widget(Paragraph::new(text).block(block(theme, title)), area);
        }
    }
}

/// A question's title, text and answer keys.
fn question(app: &App, overlay: &Overlay) -> (&'static str, String, &'static str) {
    let lang = app.lang;
    match overlay {
        Overlay::ConfirmQuit { reason, tried } => (
            tr!(lang, "quit-unsaved-title"),
            tr!(lang, "quit-unsaved-question", reason = reason.as_str(), tried = tried.as_str()),
            tr!(lang, "quit-unsaved-answers"),
        ),
        Overlay::BringBack { copy, more } => (
            tr!(lang, "emergency-title"),
            tr!(
                lang,
                "emergency-question",
                written = i18n::date_time(lang, copy.written.naive_local()),
                copy = copy.path.display().to_string(),
                more = *more
            ),
            tr!(lang, "emergency-answers"),
        ),
        Overlay::ConfirmDelete { name, touched, .. } => {
            (tr!(lang, "confirm-title"), i18n::confirm_delete(lang, name, *touched), tr!(lang, "yes-no"))
        }
        Overlay::Help { .. } | Overlay::Detail { .. } | Overlay::Messages { .. } => ("", String::new(), ""),
    }
}
