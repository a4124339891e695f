//! The footer: the keys that matter on the list, question or form in front of the person,
//! from the one key table (`app::keymap`), in the order of [`footer_rank`], as many whole hints
//! as fit; the rest are in the help. A key with a home list is offered there; on the week page
//! the keys follow the selected row (a step, or the question after an invitation).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme::Theme;
use super::width;
use crate::app::keymap::{self, Context};
use crate::app::{App, Pane, Row};
use crate::i18n::tr;

/// The one list where an action works, for keys that have a home (the footer shows them there).
fn pane_key(a: crate::app::Action) -> Option<Pane> {
    use crate::app::Action::*;
    match a {
        Decide(_) | ThresholdUp | ThresholdDown => Some(Pane::Filter),
        RankUp | RankDown => Some(Pane::Values),
        LogContact => Some(Pane::People),
        EditInterests => Some(Pane::Values),
        TakeStep | OtherProposal | TickStep => Some(Pane::Week),
        // The way into the walkthrough is offered on the overview.
        Walkthrough | Export => Some(Pane::NextActions),
        _ => None,
    }
}

/// Whether the week page's question after an invitation is selected.
fn asking(app: &App) -> bool {
    app.pane() == Pane::Week && matches!(app.selected_row(), Some(Row::Afterwards(_)))
}

/// Whether a list key belongs on the footer for the selected row: on the week page, a step's
/// keys on a step and the reflection's on the question; `r` also on an accepted invitation.
fn for_the_row(app: &App, a: crate::app::Action) -> bool {
    use crate::app::Action::*;
    match a {
        TakeStep | OtherProposal | TickStep => !asking(app),
        Reflect => {
            asking(app)
                || match app.selected_row() {
                    Some(Row::Record(crate::model::RecordRef::Invitation(i))) => app
                        .wb()
                        .invitations
                        .get(i)
                        .is_some_and(|i| i.counts() && i.decision == crate::model::Decision::Accepted),
                    _ => false,
                }
        }
        _ => true,
    }
}

/// Footer order: how to get help and save first, then the everyday keys.
fn footer_rank(a: crate::app::Action, context: Context) -> u8 {
    use crate::app::Action::*;
    match a {
        Choose if context == Context::Pick => 0,
        Save if context == Context::Pick => 1,
        Close if context == Context::Pick => 2,
        Save | Confirm | SearchAccept | Choose => 0,
        Close | SearchClear | Pick | Decide(_) | ThresholdUp | ThresholdDown | RankUp | RankDown | LogContact
        | EditInterests | TakeStep | OtherProposal | TickStep | Reflect => 1,
        Help | Walkthrough | Export => 2,
        Add => 3,
        Edit => 4,
        Search => 5,
        Delete => 6,
        Undo => 7,
        Open => 8,
        NextField | PrevField => 9,
        GoTab(_) => 10,
        NextPane => 11,
        Quit => 12,
        _ => 13,
    }
}

/// Whether a walkthrough key belongs on the footer of this page.
fn guide_key(a: crate::app::Action, step: Option<crate::app::walkthrough::Step>, question: bool) -> bool {
    use crate::app::Action::*;
    use crate::app::walkthrough::Step;
    match a {
        Pile(_) | Add => step == Some(Step::Sort) && !question,
        Export => step == Some(Step::Summary),
        Mark | RankUp | RankDown => step == Some(Step::Top),
        PageDown | PageUp => step.is_some(),
        NextPane => step.is_some() && !question,
        _ => true,
    }
}

pub fn render_hints(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let context = app.context();
    if context == Context::Search {
        // The query being typed, with the cursor after it (where an IME composes).
        let query = crate::model::text::one_line(&app.filters[app.pane().index()]);
        let prompt = format!("/{query}");
        let x = area.x + (width(&prompt) as u16).min(area.width.saturating_sub(1));
        frame.render_widget(Line::styled(prompt, theme.accent), area);
        frame.set_cursor_position(ratatui::layout::Position::new(x, area.y));
        return;
    }
    let mut spans = Vec::new();
    let mut used = 0usize;
    let room = usize::from(area.width);
    // In the walkthrough the keys depend on the page: a question answers with Enter and keeps
    // back, skip and leave; the card sort and the ranking add their own.
    let step = app.walk.as_ref().filter(|w| !w.welcome_back).map(|w| w.current(app.wb()));
    let question = app.walk.is_some() && context == Context::Form;
    let context = if question { Context::Guide } else { context };
    // The footer shows what matters most first; what does not fit is in the help.
    let mut hints: Vec<&keymap::Bound> = app
        .keymap
        .visible(context)
        .filter(|b| b.footer && (context != Context::Normal || b.context == Context::Normal))
        // Keys that only work in one list are offered there, and first.
        .filter(|b| {
            pane_key(b.action).is_none_or(|p| {
                p == app.pane()
                    || (p == Pane::People && app.pane() == Pane::Map)
                    // `i` logs a contact with a person, or a visit to a community.
                    || (b.action == crate::app::Action::LogContact && app.pane() == Pane::Communities)
            })
        })
        .filter(|b| {
            b.action != crate::app::Action::Add
                || app.pane() == Pane::Assets
                || app.pane() == Pane::Map
                || crate::app::rows::kind_of(app.pane()).is_some()
        })
        // Assets are rated, not deleted.
        .filter(|b| b.action != crate::app::Action::Delete || app.pane() != Pane::Assets)
        // Ctrl-p is offered where it has a list to show.
        .filter(|b| b.action != crate::app::Action::Pick || app.form.as_ref().is_some_and(|f| f.focused().can_pick()))
        .filter(|b| app.walk.is_none() || guide_key(b.action, step, question))
        .filter(|b| context != Context::Normal || for_the_row(app, b.action))
        .collect();
    hints.sort_by_key(|b| footer_rank(b.action, context));
    // The pick list moves with the arrows and Ctrl-n/Ctrl-p, not j/k (they type): said in one
    // hint, second.
    let moves = (context == Context::Pick).then(|| {
        let label = |a| app.keymap.visible(context).find(|b| b.action == a).and_then(|b| b.label.clone());
        Some((
            format!("{} {}", label(crate::app::Action::Up)?, label(crate::app::Action::Down)?),
            tr!(app.lang, "action-pick-move"),
        ))
    });
    if app.pane() == Pane::Map && context == Context::Normal && !app.rows(Pane::Map).is_empty() {
        // On the map the page keys step between communities, which is worth saying first.
        let label = |a| app.keymap.visible(context).find(|b| b.action == a).and_then(|b| b.label.clone());
        if let (Some(up), Some(down)) = (label(crate::app::Action::PageUp), label(crate::app::Action::PageDown)) {
            let text = format!("{up}/{down}");
            let what = format!(" {}  ", tr!(app.lang, "map-step"));
            used += width(&text) + width(&what);
            spans.push(Span::styled(text, theme.accent));
            spans.push(Span::styled(what, theme.dim));
        }
    }
    for (i, b) in hints.into_iter().enumerate() {
        if let (1, Some(Some((keys, what)))) = (i, &moves) {
            let what = format!(" {what}  ");
            if used + width(keys) + width(what.trim_end()) <= room {
                used += width(keys) + width(&what);
                spans.push(Span::styled(keys.clone(), theme.accent));
                spans.push(Span::styled(what, theme.dim));
            }
        }
        let Some(label) = b.label.as_deref() else { continue };
        // What the key does on this list ("add tag"), or in a word ("add") where that is all
        // there is room for.
        let fits = |what: &String| used + width(label) + width(what.trim_end()) <= room;
        let long = match (b.action, asking(app)) {
            (crate::app::Action::Delete, true) => format!(" {}  ", tr!(app.lang, "action-set-aside")),
            _ => format!(" {}  ", b.action.help_on(app.lang, context, app.pane())),
        };
        let Some(what) =
            Some(long).filter(fits).or_else(|| Some(format!(" {}  ", b.action.help(app.lang, context))).filter(fits))
        else {
            // Whole hints only: a hint cut in the middle of a word reads as nonsense.
            break;
        };
        used += width(label) + width(&what);
        spans.push(Span::styled(label, theme.accent));
        spans.push(Span::styled(what, theme.dim));
    }
    frame.render_widget(Line::from(spans), area);
}
