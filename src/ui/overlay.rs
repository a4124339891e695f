//! Overlays drawn over the body: the help (generated from the key table), the detail view for
//! narrow windows, and the delete confirmation.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::theme::Theme;
use super::{block, detail, width};
use crate::app::keymap::{self, Context};
use crate::app::{App, Overlay};
use crate::i18n;

pub fn render(app: &App, overlay: &Overlay, theme: &Theme, frame: &mut Frame, body: Rect) {
    let s = i18n::strings(app.lang);
    match overlay {
        Overlay::Help { scroll } => {
            let area = body.centered(Constraint::Percentage(90), Constraint::Percentage(100));
            let keys_width = keymap::visible(Context::Normal)
                .filter_map(|b| b.label)
                .map(width)
                .max()
                .unwrap_or(4);
            let mut lines = Vec::new();
            for context in [
                Context::Normal,
                Context::Any,
                Context::Confirm,
                Context::Reading,
            ] {
                for b in keymap::BINDINGS.iter().filter(|b| b.context == context) {
                    let Some(label) = b.label else { continue };
                    let pad = " ".repeat(keys_width.saturating_sub(width(label)) + 2);
                    lines.push(Line::from(vec![
                        Span::styled(format!("{label}{pad}"), theme.accent),
                        Span::styled(i18n::action(app.lang, b.action), theme.text),
                    ]));
                }
            }
            let title = Span::styled(
                format!(" {} ({}) ", s.help_title, s.help_footer),
                theme.title,
            );
            let p = Paragraph::new(lines)
                .block(block(theme, title))
                .scroll((*scroll, 0));
            frame.render_widget(Clear, area);
            frame.render_widget(p, area);
        }
        Overlay::Detail { scroll } => {
            frame.render_widget(Clear, body);
            let b = block(theme, Span::styled(format!(" {} ", s.detail), theme.title));
            let inner = b.inner(body);
            frame.render_widget(b, body);
            detail::render(app, theme, frame, inner, *scroll);
        }
        Overlay::ConfirmDelete { name, touched, .. } => {
            let area = body.centered(Constraint::Percentage(80), Constraint::Length(7));
            let text = vec![
                Line::raw(i18n::confirm_delete(app.lang, name, *touched)),
                Line::raw(""),
                Line::styled(s.yes_no, theme.accent),
            ];
            let title = Span::styled(format!(" {} ", s.confirm_title), theme.warn);
            let p = Paragraph::new(text)
                .wrap(Wrap { trim: false })
                .block(block(theme, title));
            frame.render_widget(Clear, area);
            frame.render_widget(p, area);
        }
    }
}
