//! The config file's key overrides: reading keys as people write them (`Ctrl-r`, `F2`,
//! `Space`), patching them over the defaults, and saying what could not be used and why.

use ratatui::crossterm::event::KeyCode;
use ratatui::crossterm::event::KeyModifiers;

use super::{Bound, Combo, Context, Keymap, same_key};
use crate::app::action::Action;
use crate::i18n::{Lang, tr};
use Context::*;

/// Why an override in the config file was not used (or what it cost).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyProblem {
    /// No remappable action has this name.
    UnknownAction(String),
    /// A key that could not be read.
    BadKey { action: String, key: String },
    /// A plain letter where typing goes on (a form, a search, a pick list).
    StealsTyping { action: String, key: String },
    /// An action that lost its last key to an override.
    Unreachable(String),
}

impl KeyProblem {
    /// The problem as one line of the config report.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            KeyProblem::UnknownAction(a) => tr!(lang, "config-unknown-action", action = a.as_str()),
            KeyProblem::BadKey { action, key } => {
                tr!(lang, "config-bad-key", action = action.as_str(), key = key.as_str())
            }
            KeyProblem::StealsTyping { action, key } => {
                tr!(lang, "config-steals-typing", action = action.as_str(), key = key.as_str())
            }
            KeyProblem::Unreachable(a) => tr!(lang, "config-unreachable", action = a.as_str()),
        }
    }
}

/// What in the config file was not used, one line per problem (for `check` and the status
/// line): the file's own problems, then the key overrides'.
pub fn config_report(lang: Lang, config: &[crate::config::Problem], keys: &[KeyProblem]) -> Vec<String> {
    let file = config.iter().map(|p| crate::i18n::say(lang, &p.message()));
    file.chain(keys.iter().map(|k| k.describe(lang))).collect()
}

/// The first line of the config report for the status line, with how many more `check` lists.
pub fn config_notice(lang: Lang, report: &[String]) -> Option<String> {
    let first = report.first()?;
    Some(match report.len() - 1 {
        0 => first.clone(),
        more => tr!(lang, "config-more", first = first.as_str(), more = more),
    })
}

/// The context a binding's config name starts with.
fn prefix(context: Context) -> &'static str {
    match context {
        Normal | Any => "",
        Reading => "reading.",
        Confirm => "confirm.",
        Form => "form.",
        Search => "search.",
        Pick => "pick.",
        Guide => "guide.",
    }
}

/// The config file's name for an action (`None`: not remappable, like the tab digits).
pub fn action_name(a: Action) -> Option<&'static str> {
    Some(match a {
        Action::Quit => "quit",
        Action::NextTab => "next_tab",
        Action::PrevTab => "prev_tab",
        Action::NextPane => "next_list",
        Action::Up => "up",
        Action::Down => "down",
        Action::Top => "top",
        Action::Bottom => "bottom",
        Action::PageUp => "page_up",
        Action::PageDown => "page_down",
        Action::Open => "open",
        Action::Add => "add",
        Action::Edit => "edit",
        Action::Delete => "delete",
        Action::Undo => "undo",
        Action::Redo => "redo",
        Action::Search => "search",
        Action::Export => "export",
        Action::Walkthrough => "walkthrough",
        Action::Help => "help",
        Action::ToggleLang => "toggle_lang",
        Action::ToggleBorders => "toggle_borders",
        Action::ToggleMouse => "toggle_mouse",
        Action::Confirm => "yes",
        Action::Close => "close",
        Action::SortNext => "sort",
        Action::LogContact => "log_contact",
        Action::EditInterests => "edit_interests",
        Action::TakeStep => "take_step",
        Action::Messages => "messages",
        Action::OtherProposal => "other_proposal",
        Action::TickStep => "tick_step",
        Action::Reflect => "reflect",
        Action::Decide(crate::model::Decision::Accepted) => "accept_invitation",
        Action::Decide(crate::model::Decision::Declined) => "decline_invitation",
        Action::Decide(_) => "decide_later",
        Action::ThresholdUp => "raise_pass_mark",
        Action::ThresholdDown => "lower_pass_mark",
        Action::RankUp => "rank_up",
        Action::RankDown => "rank_down",
        Action::SearchAccept => "accept",
        Action::SearchClear => "clear",
        Action::NextField => "next_field",
        Action::PrevField => "prev_field",
        Action::Save => "save",
        Action::ExternalEdit => "external_edit",
        Action::Pick => "pick",
        Action::Choose => "choose",
        Action::Pile(1) => "pile_1",
        Action::Pile(2) => "pile_2",
        Action::Pile(_) => "pile_3",
        Action::Mark => "mark",
        Action::KeepOurs => "keep_ours",
        Action::TakeTheirs => "take_theirs",
        Action::GoTab(_) | Action::PrevPane | Action::Input(_) => return None,
    })
}

/// The full config name of a binding (`form.save`), if it can be remapped: it must have a label
/// (hidden bindings such as Ctrl-c, which always quits or cancels, stay as they are).
pub fn config_name(b: &Bound) -> Option<String> {
    b.label.as_ref()?;
    Some(format!("{}{}", prefix(b.context), action_name(b.action)?))
}

/// Reads a key as written in the config file or shown in the help: `a`, `G`, `?`, `Space`,
/// `Enter`, `Esc`, `Tab`, `S-Tab`, `Up`, `PgDn`, `F2`, `Ctrl-r` (or `C-r`), `Alt-x` (or `M-x`).
pub fn parse_combo(text: &str) -> Option<Combo> {
    let mut mods = KeyModifiers::NONE;
    let mut rest = text.trim();
    loop {
        let lower = rest.to_ascii_lowercase();
        let cut = ["ctrl-", "c-"].iter().find(|p| lower.starts_with(*p) && rest.len() > p.len());
        if let Some(p) = cut {
            mods |= KeyModifiers::CONTROL;
            rest = &rest[p.len()..];
            continue;
        }
        let cut = ["alt-", "m-"].iter().find(|p| lower.starts_with(*p) && rest.len() > p.len());
        if let Some(p) = cut {
            mods |= KeyModifiers::ALT;
            rest = &rest[p.len()..];
            continue;
        }
        break;
    }
    let named = match rest.to_ascii_lowercase().as_str() {
        "space" => Some(KeyCode::Char(' ')),
        "enter" | "return" => Some(KeyCode::Enter),
        "esc" | "escape" => Some(KeyCode::Esc),
        "tab" => Some(KeyCode::Tab),
        "s-tab" | "shift-tab" | "backtab" => Some(KeyCode::BackTab),
        "up" => Some(KeyCode::Up),
        "down" => Some(KeyCode::Down),
        "left" => Some(KeyCode::Left),
        "right" => Some(KeyCode::Right),
        "pgup" | "pageup" => Some(KeyCode::PageUp),
        "pgdn" | "pagedown" => Some(KeyCode::PageDown),
        "home" => Some(KeyCode::Home),
        "end" => Some(KeyCode::End),
        "del" | "delete" => Some(KeyCode::Delete),
        "backspace" => Some(KeyCode::Backspace),
        "insert" => Some(KeyCode::Insert),
        f if f.len() >= 2 && f.starts_with('f') => {
            f[1..].parse::<u8>().ok().filter(|n| (1..=12).contains(n)).map(KeyCode::F)
        }
        _ => None,
    };
    let code = match named {
        Some(c) => c,
        None => {
            let mut chars = rest.chars();
            let c = chars.next()?;
            if chars.next().is_some() || c.is_control() {
                return None;
            }
            // Ctrl letters arrive lower-case.
            if mods.contains(KeyModifiers::CONTROL) { KeyCode::Char(c.to_ascii_lowercase()) } else { KeyCode::Char(c) }
        }
    };
    Some(Combo { code, mods })
}

/// A key as the footer and help show it (and as `parse_combo` reads it back).
pub fn combo_label(c: &Combo) -> String {
    let key = match c.code {
        KeyCode::Char(' ') => "Space".to_owned(),
        KeyCode::Char(ch) => ch.to_string(),
        KeyCode::Enter => "Enter".to_owned(),
        KeyCode::Esc => "Esc".to_owned(),
        KeyCode::Tab => "Tab".to_owned(),
        KeyCode::BackTab => "S-Tab".to_owned(),
        KeyCode::Up => "Up".to_owned(),
        KeyCode::Down => "Down".to_owned(),
        KeyCode::Left => "Left".to_owned(),
        KeyCode::Right => "Right".to_owned(),
        KeyCode::PageUp => "PgUp".to_owned(),
        KeyCode::PageDown => "PgDn".to_owned(),
        KeyCode::Home => "Home".to_owned(),
        KeyCode::End => "End".to_owned(),
        KeyCode::Delete => "Del".to_owned(),
        KeyCode::Backspace => "Backspace".to_owned(),
        KeyCode::Insert => "Insert".to_owned(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    let mut out = String::new();
    if c.mods.contains(KeyModifiers::CONTROL) {
        out.push_str("Ctrl-");
    }
    if c.mods.contains(KeyModifiers::ALT) {
        out.push_str("Alt-");
    }
    out + &key
}

/// Contexts whose bindings can be reached in the same moment as `c`'s.
fn overlaps(a: Context, b: Context) -> bool {
    a == b || (a == Any && b == Normal) || (a == Normal && b == Any)
}

impl Keymap {
    /// The defaults with `overrides` (config name → keys) patched over them. A key taken by an
    /// override is removed from whatever else had it in the same context; every override that
    /// could not be used is reported, and the default stays.
    pub fn with_overrides<'a>(
        overrides: impl IntoIterator<Item = (&'a String, &'a Vec<String>)>,
    ) -> (Self, Vec<KeyProblem>) {
        let mut map = Self::default();
        let mut problems = Vec::new();
        let overrides: Vec<(&String, &Vec<String>)> = overrides.into_iter().collect();
        // Ctrl-s means "keep" in a form and in its pick list: moving one moves both (a terminal
        // that takes Ctrl-s for flow control would otherwise leave the pick list stuck).
        let pick_save = "pick.save".to_owned();
        let follow = overrides
            .iter()
            .find(|(n, _)| n.as_str() == "form.save")
            .filter(|_| !overrides.iter().any(|(n, _)| n.as_str() == "pick.save"))
            .map(|&(_, keys)| (&pick_save, keys));
        let all: Vec<(&String, &Vec<String>)> = overrides.iter().copied().chain(follow).collect();
        for (n, (name, keys)) in all.into_iter().enumerate() {
            // What goes wrong with a follower was already said about the one it follows.
            let report = n < overrides.len();
            let targets: Vec<usize> = (0..map.bindings.len())
                .filter(|&i| config_name(&map.bindings[i]).as_deref() == Some(name.as_str()))
                .collect();
            if targets.is_empty() {
                if report {
                    problems.push(KeyProblem::UnknownAction(name.clone()));
                }
                continue;
            }
            let mut combos = Vec::new();
            for k in keys {
                match parse_combo(k) {
                    None if report => problems.push(KeyProblem::BadKey { action: name.clone(), key: k.clone() }),
                    None => {}
                    Some(c) => {
                        let typing = targets.iter().any(|&t| matches!(map.bindings[t].context, Form | Search | Pick));
                        let plain = matches!(c.code, KeyCode::Char(_)) && (c.mods - KeyModifiers::SHIFT).is_empty();
                        if typing && plain {
                            if report {
                                problems.push(KeyProblem::StealsTyping { action: name.clone(), key: k.clone() });
                            }
                        } else if !combos.iter().any(|x| same_key(x, &c)) {
                            combos.push(c);
                        }
                    }
                }
            }
            if combos.is_empty() {
                continue;
            }
            for &t in &targets {
                let context = map.bindings[t].context;
                for (i, other) in map.bindings.iter_mut().enumerate() {
                    if i != t && overlaps(other.context, context) {
                        other.keys.retain(|k| !combos.iter().any(|c| same_key(c, k)));
                    }
                }
                let b = &mut map.bindings[t];
                b.keys = combos.clone();
                b.label = Some(combos.iter().map(combo_label).collect::<Vec<_>>().join("/"));
            }
        }
        for b in &map.bindings {
            if b.keys.is_empty() {
                let name = config_name(b).unwrap_or_else(|| format!("{:?}", b.action));
                problems.push(KeyProblem::Unreachable(name));
            }
        }
        (map, problems)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use ratatui::crossterm::event::KeyEvent;

    use super::*;

    fn with(pairs: &[(&str, &[&str])]) -> (Keymap, Vec<KeyProblem>) {
        let map: BTreeMap<String, Vec<String>> =
            pairs.iter().map(|(k, v)| ((*k).to_owned(), v.iter().map(|s| (*s).to_owned()).collect())).collect();
        Keymap::with_overrides(&map)
    }

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn keys_read_and_print_the_same_way() {
        for text in
            ["a", "G", "?", "Space", "Enter", "Esc", "Tab", "S-Tab", "Up", "PgDn", "F2", "Ctrl-r", "Alt-x", "Del"]
        {
            let c = parse_combo(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(combo_label(&c), text);
        }
        assert_eq!(parse_combo("C-R"), parse_combo("Ctrl-r"), "Ctrl letters are one key whatever the case");
        for bad in ["", "ab", "F13", "Ctrl-", "Hyper-x", "\u{7}"] {
            assert_eq!(parse_combo(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn an_override_moves_the_key_and_the_help_shows_it() {
        let (map, problems) = with(&[("add", &["A", "F2"]), ("form.save", &["Ctrl-w"])]);
        assert_eq!(problems, vec![]);
        assert_eq!(map.lookup(&key('A'), Context::Normal), Some(Action::Add));
        assert_eq!(map.lookup(&KeyEvent::new(KeyCode::F(2), KeyModifiers::NONE), Context::Normal), Some(Action::Add));
        assert_eq!(map.lookup(&key('a'), Context::Normal), None, "the old key is free");
        let save = KeyEvent::new(KeyCode::Char('w'), KeyModifiers::CONTROL);
        assert_eq!(map.lookup(&save, Context::Form), Some(Action::Save));
        let old_save = KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL);
        assert_eq!(map.lookup(&old_save, Context::Form), None);
        assert_eq!(map.lookup(&save, Context::Pick), Some(Action::Save), "the pick list follows the form");
        assert_eq!(map.lookup(&old_save, Context::Pick), None);
        let (own, _) = with(&[("form.save", &["Ctrl-w"]), ("pick.save", &["F3"])]);
        assert_eq!(own.lookup(&old_save, Context::Pick), None);
        let f3 = KeyEvent::new(KeyCode::F(3), KeyModifiers::NONE);
        assert_eq!(own.lookup(&f3, Context::Pick), Some(Action::Save), "unless it has its own keys");
        let add = map.visible(Context::Normal).find(|b| b.action == Action::Add).unwrap();
        assert_eq!(add.label.as_deref(), Some("A/F2"));
    }

    #[test]
    fn a_taken_key_leaves_its_old_action_and_an_action_left_without_keys_is_reported() {
        let (map, problems) = with(&[("add", &["d"])]);
        assert_eq!(map.lookup(&key('d'), Context::Normal), Some(Action::Add));
        let del = KeyEvent::new(KeyCode::Delete, KeyModifiers::NONE);
        assert_eq!(map.lookup(&del, Context::Normal), Some(Action::Delete), "delete keeps its other key");
        assert_eq!(problems, vec![]);
        let (map, problems) = with(&[("add", &["q"])]);
        assert_eq!(map.lookup(&key('q'), Context::Normal), Some(Action::Add));
        assert_eq!(problems, vec![KeyProblem::Unreachable("quit".into())]);
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(map.lookup(&ctrl_c, Context::Normal), Some(Action::Quit), "Ctrl-c still quits");
    }

    #[test]
    fn bad_overrides_are_reported_and_change_nothing() {
        let (map, problems) = with(&[("fly", &["f"]), ("add", &["Hyper-a"]), ("form.save", &["s"])]);
        assert_eq!(map, Keymap::default());
        assert_eq!(
            problems,
            vec![
                KeyProblem::BadKey { action: "add".into(), key: "Hyper-a".into() },
                KeyProblem::UnknownAction("fly".into()),
                KeyProblem::StealsTyping { action: "form.save".into(), key: "s".into() },
            ]
        );
    }

    #[test]
    fn the_readme_names_every_remappable_action_and_each_name_it_gives_works() {
        let readme = include_str!("../../../README.md");
        let map = Keymap::default();
        let names: std::collections::BTreeSet<String> = map.bindings().iter().filter_map(config_name).collect();
        for name in &names {
            assert!(readme.contains(&format!("`{name}`")), "README does not name {name}");
        }
        let start = readme.find("Action names are").expect("the README lists the names");
        let end = start + readme[start..].find("An override").expect("end of the list");
        for listed in readme[start..end].split('`').skip(1).step_by(2) {
            assert!(names.contains(listed), "README names {listed}, which is not an action");
        }
    }

    #[test]
    fn every_visible_binding_has_a_unique_config_name_per_context() {
        let map = Keymap::default();
        let mut seen = std::collections::HashSet::new();
        for b in map.bindings().iter().filter(|b| b.label.is_some() && action_name(b.action).is_some()) {
            let name = config_name(b).unwrap_or_else(|| panic!("{:?} has no name", b.action));
            assert!(seen.insert(name.clone()), "{name} twice");
        }
    }
}
