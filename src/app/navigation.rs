//! Moving around: tabs and lists, the cursor, opening a row, jumping to a record, and the mouse.
//! Nothing here changes the workbook.

use super::{Action, App, Overlay, Pane, Row, Tab, rows};
use crate::i18n::tr;
use crate::model::RecordRef;
use crate::model::actions::CommunityHint;
use crate::model::actions::NextAction;

impl App {
    pub(super) fn navigate(&mut self, action: Action) {
        match action {
            Action::NextTab => self.tab = self.tab.next(),
            Action::PrevTab => self.tab = self.tab.prev(),
            Action::GoTab(t) => self.tab = t,
            Action::NextPane | Action::PrevPane if self.tab.panes().len() == 1 => {
                self.message = Some(tr!(self.lang, "one-list").to_owned());
            }
            Action::NextPane | Action::PrevPane => {
                let n = self.tab.panes().len();
                let i = &mut self.pane_of_tab[self.tab.index()];
                *i = if action == Action::NextPane { (*i + 1) % n } else { (*i + n - 1) % n };
            }
            Action::Open => self.open(),
            Action::SortNext => {
                let pane = self.pane();
                let n = rows::orders(pane).len();
                self.order[pane.index()] = (self.order[pane.index()] + 1) % n;
                self.lists[pane.index()].selected = 0;
            }
            _ => self.move_cursor(action),
        }
    }

    fn move_cursor(&mut self, action: Action) {
        if let Some(Overlay::Help { scroll } | Overlay::Detail { scroll } | Overlay::Messages { scroll }) =
            &mut self.overlay
        {
            let max = self.drawn.overlay_max_scroll;
            let current = (*scroll).min(max);
            *scroll = match action {
                Action::Up => current.saturating_sub(1),
                Action::Down => current.saturating_add(1),
                Action::PageUp => current.saturating_sub(10),
                Action::PageDown => current.saturating_add(10),
                Action::Top => 0,
                _ => max,
            }
            .min(max);
            return;
        }
        let pane = self.pane();
        if pane == Pane::Map && matches!(action, Action::PageUp | Action::PageDown) {
            self.lists[pane.index()].selected = self.next_cluster(action == Action::PageDown);
            return;
        }
        let len = self.rows(pane).len();
        let pos = &mut self.lists[pane.index()];
        let page = pos.page.max(1);
        let last = len.saturating_sub(1);
        pos.selected = match action {
            Action::Up => pos.selected.saturating_sub(1),
            Action::Down => (pos.selected + 1).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            Action::PageUp => pos.selected.saturating_sub(page),
            _ => (pos.selected + page).min(last),
        };
    }

    /// On the map, PgDn goes to the next community, PgUp to the start of this one, then to the one
    /// before (to its own row, or its first person when a search hides the community).
    fn next_cluster(&self, forward: bool) -> usize {
        let rows = self.rows(Pane::Map);
        let map = &self.rows.map;
        let cluster = |i: usize| match rows.get(i) {
            Some(Row::Record(r)) => map.place(*r).map_or(0, |p| p.cluster),
            _ => 0,
        };
        let at = self.lists[Pane::Map.index()].selected.min(rows.len().saturating_sub(1));
        let here = cluster(at);
        if forward {
            (at..rows.len()).find(|&i| cluster(i) > here).unwrap_or(at)
        } else {
            // The start of this community, or from there the start of the one before.
            let start = (0..=at).find(|&i| cluster(i) == here).unwrap_or(at);
            if start < at {
                return start;
            }
            let Some(before) = (0..at).rev().find(|&i| cluster(i) < here) else { return 0 };
            let target = cluster(before);
            (0..=before).find(|&i| cluster(i) == target).unwrap_or(before)
        }
    }

    fn open(&mut self) {
        match self.selected_row() {
            Some(Row::Action(i)) => {
                let Some(action) = self.next_actions().get(i).cloned() else { return };
                match (action.target(), action) {
                    (Some(target), _) => self.jump_to(target),
                    // Actions about a whole part of the workbook open its tab.
                    (None, NextAction::DefineValues) => self.show(Tab::Values, Pane::Values),
                    (None, NextAction::FitsWaiting { .. }) => self.show(Tab::Values, Pane::Filter),
                    (None, NextAction::FewCommunities { next: CommunityHint::NameInterests, .. }) => {
                        self.show(Tab::Values, Pane::Values)
                    }
                    (None, NextAction::FewCommunities { .. }) => self.show(Tab::Communities, Pane::Communities),
                    (None, NextAction::StocktakeDue { .. }) => self.show(Tab::Assets, Pane::Stocktakes),
                    (None, _) => {}
                }
            }
            // This week's steps and the log open the record they are about.
            Some(row @ (Row::Week(_) | Row::Logged(_) | Row::Afterwards(_))) => match self.week_about(row) {
                Some(target) => self.jump_to(target),
                None => self.message = Some(tr!(self.lang, "week-about-nothing").to_owned()),
            },
            // In the list of every record, Enter goes to the record's own list.
            Some(Row::Record(target)) if self.pane() == Pane::All => self.jump_to(target),
            Some(_) => self.overlay = Some(Overlay::Detail { scroll: 0 }),
            None => self.message = Some(tr!(self.lang, "nothing-selected").to_owned()),
        }
    }

    /// Shows `tab` with `pane` as its list.
    pub(super) fn show(&mut self, tab: Tab, pane: Pane) {
        self.tab = tab;
        if let Some(i) = tab.panes().iter().position(|&p| p == pane) {
            self.pane_of_tab[tab.index()] = i;
        }
    }

    /// Shows the tab and pane that hold `target`, with the cursor on it.
    pub fn jump_to(&mut self, target: RecordRef) {
        let pane = rows::pane_of(target);
        let Some(tab) = [Tab::Communities, Tab::Outputs, Tab::Invitations, Tab::Values, Tab::Assets, Tab::People]
            .into_iter()
            .find(|t| t.panes().contains(&pane))
        else {
            return;
        };
        self.show(tab, pane);
        self.refresh_rows();
        if !self.rows(pane).contains(&Row::Record(target)) && !self.filters[pane.index()].is_empty() {
            // A search that hides the record goes: showing it matters more.
            self.filters[pane.index()].clear();
            self.refresh_rows();
        }
        if let Some(at) = self.rows(pane).iter().position(|r| *r == Row::Record(target)) {
            self.lists[pane.index()].selected = at;
        }
    }

    /// A mouse event: the wheel scrolls, a click picks a tab or a row (a click on the chosen row
    /// opens it). Returns true when something changed.
    pub fn mouse(&mut self, ev: ratatui::crossterm::event::MouseEvent) -> bool {
        use ratatui::crossterm::event::{MouseButton, MouseEventKind};
        let off = !self.session.wb.settings.mouse || self.too_small || self.is_loading();
        if off || self.form.is_some() || self.searching {
            return false;
        }
        match ev.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let step = if ev.kind == MouseEventKind::ScrollDown { Action::Down } else { Action::Up };
                for _ in 0..3 {
                    self.update(step);
                }
                true
            }
            MouseEventKind::Down(MouseButton::Left) if self.overlay.is_none() => {
                if ev.row == 0 {
                    let hit = self.drawn.tabs.iter().find(|(a, b, _)| (*a..*b).contains(&ev.column)).map(|x| x.2);
                    return match hit {
                        Some(Some(tab)) => self.update(Action::GoTab(tab)),
                        Some(None) => self.update(Action::NextTab),
                        None => false,
                    };
                }
                let Some((area, first)) = self.drawn.list_rows else { return false };
                let inside = (area.x..area.x + area.width).contains(&ev.column)
                    && (area.y..area.y + area.height).contains(&ev.row);
                if !inside {
                    return false;
                }
                let row = first + usize::from(ev.row - area.y);
                let pane = self.pane();
                if row >= self.rows(pane).len() {
                    return false;
                }
                if self.lists[pane.index()].selected == row {
                    self.update(Action::Open)
                } else {
                    self.lists[pane.index()].selected = row;
                    true
                }
            }
            _ => false,
        }
    }
}
