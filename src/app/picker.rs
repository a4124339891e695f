//! A searchable list for a form field that links to other records (values, tags, people,
//! communities) or chooses among many labels. `Ctrl-p` in such a field opens it over the form;
//! typing narrows the list (the same fuzzy matcher as `/`), and the result goes back into the
//! field as the text the form already understands (names, or `#id` where a name is not unique),
//! so a picked link and a typed one are read back by the same code. A free-text field with
//! suggestions (a person's field) picks one of them, and keeps what was typed when none is
//! picked. A part of a name that fits several records opens the list with just those
//! ([`Picker::settling`]): the one chosen takes the place of that part, the rest of the field
//! stays as typed.

use nucleo_matcher::Utf32String;

/// One entry: what the list shows and what goes into the field.
#[derive(Clone, Debug, PartialEq)]
pub struct Choice {
    pub label: String,
    pub token: String,
    /// The record's name as typed (a typed name that this entry settles is dropped on picking).
    pub name: String,
    /// More text it is found by (a person's reading, say).
    pub also: String,
    /// The record's number, for a choice that is a record.
    pub id: Option<u64>,
}

impl Choice {
    pub fn new(label: String, token: String) -> Self {
        Self { name: token.clone(), label, token, also: String::new(), id: None }
    }
}

/// One typed item of a field that fits several records, being settled by a pick.
#[derive(Clone, Debug, PartialEq)]
pub struct Settle {
    /// The field's items as typed.
    pub items: Vec<String>,
    /// Which of them is being settled.
    pub at: usize,
    /// The field the focus was going to (it goes there once a choice is made).
    pub then: usize,
}

/// How the pick goes back into the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Choose one; Enter closes.
    One,
    /// Mark several with Enter; Ctrl-s writes them back.
    Many,
}

#[derive(Clone, Debug)]
pub struct Picker {
    pub title: String,
    pub mode: Mode,
    pub query: String,
    pub choices: Vec<Choice>,
    prepared: Vec<Utf32String>,
    /// Marked choices, in the order they were marked (the field keeps that order).
    pub marked: Vec<usize>,
    /// What was typed in the field but is not in the list (a new tag, say); kept as it was.
    pub extra: Vec<String>,
    /// The choices matching the query, best first.
    pub shown: Vec<usize>,
    pub selected: usize,
    /// First shown row (adjusted while drawing, where the height is known).
    pub offset: usize,
    /// Rows the list showed last time, for PgUp/PgDn.
    pub page: usize,
    /// The field takes text of its own: picking nothing keeps what was typed (or the query).
    pub free: bool,
    /// Settling one typed item among the records it fits (see [`Picker::settling`]).
    pub settle: Option<Settle>,
}

impl Picker {
    /// A picker over `choices` for a link field; `current` is the field's text (items separated
    /// by commas), whose items start marked.
    pub fn for_text(title: String, mode: Mode, choices: Vec<Choice>, current: &str) -> Self {
        let mut marked = Vec::new();
        let mut extra = Vec::new();
        for item in split_items(current) {
            let found = choices
                .iter()
                .position(|c| c.token == item || crate::model::same_name(&c.token, item) || c.label == item);
            match found {
                Some(i) if !marked.contains(&i) => marked.push(i),
                Some(_) => {}
                None => extra.push(item.to_owned()),
            }
        }
        Self::new(title, mode, choices, marked, extra)
    }

    /// A one-choice picker over the values a free-text field has taken elsewhere: `current`
    /// starts marked when it is one of them written another way (compared as fields are, see
    /// `model::fields::field_key`), and is kept when nothing is picked.
    pub fn for_suggestions(title: String, choices: Vec<Choice>, current: &str) -> Self {
        let key = crate::model::fields::field_key(current);
        let found = (!key.is_empty())
            .then(|| choices.iter().position(|c| crate::model::fields::field_key(&c.token) == key))
            .flatten();
        let extra = if found.is_none() && !key.is_empty() { vec![current.trim().to_owned()] } else { Vec::new() };
        Self { free: true, ..Self::new(title, Mode::One, choices, found.into_iter().collect(), extra) }
    }

    /// A one-choice picker over the records a typed item fits (`choices`), to settle that item
    /// (item `at` of `items`, the field's items as typed); the focus then goes to `then`.
    pub fn settling(title: String, choices: Vec<Choice>, items: Vec<String>, at: usize, then: usize) -> Self {
        Self {
            settle: Some(Settle { items, at, then }),
            ..Self::new(title, Mode::One, choices, Vec::new(), Vec::new())
        }
    }

    /// A free picker: nothing matched the query, so the query itself is what was meant.
    pub fn take_query(&mut self) {
        if self.free && self.highlighted().is_none() && !self.query.trim().is_empty() {
            self.extra = vec![self.query.trim().to_owned()];
        }
    }

    pub fn new(title: String, mode: Mode, choices: Vec<Choice>, marked: Vec<usize>, extra: Vec<String>) -> Self {
        let texts: Vec<String> = choices.iter().map(|c| format!("{} {}", c.label, c.also)).collect();
        let prepared = super::search::prepare_texts(texts.iter().map(String::as_str));
        let shown = (0..choices.len()).collect();
        // A single choice opens on the current one.
        let selected = match mode {
            Mode::One => marked.first().copied().unwrap_or(0),
            Mode::Many => 0,
        };
        Self {
            title,
            mode,
            query: String::new(),
            choices,
            prepared,
            marked,
            extra,
            shown,
            selected,
            offset: 0,
            page: 10,
            free: false,
            settle: None,
        }
    }

    /// The query changed: the list narrows, the highlight goes to the best match.
    pub fn set_query(&mut self, query: String) {
        self.query = query;
        self.shown = super::search::rank(&self.prepared, &self.query);
        self.selected = 0;
    }

    pub fn highlighted(&self) -> Option<usize> {
        self.shown.get(self.selected).copied()
    }

    pub fn is_marked(&self, choice: usize) -> bool {
        self.marked.contains(&choice)
    }

    /// Marks or unmarks the highlighted choice (several-choice pickers).
    pub fn toggle(&mut self) {
        let Some(i) = self.highlighted() else { return };
        match self.marked.iter().position(|&m| m == i) {
            Some(at) => {
                self.marked.remove(at);
            }
            None => {
                self.marked.push(i);
                // A typed name this entry settles (an ambiguous one, say) goes.
                let name = &self.choices[i].name;
                self.extra.retain(|e| !crate::model::same_name(e, name));
            }
        }
    }

    pub fn move_by(&mut self, delta: isize) {
        let last = self.shown.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    pub fn to_end(&mut self, top: bool) {
        self.selected = if top { 0 } else { self.shown.len().saturating_sub(1) };
    }

    /// The field's new text: the marked choices, then what was typed that is not in the list
    /// (a one-choice field holds only the choice).
    pub fn field_text(&self) -> String {
        if let Some(s) = &self.settle {
            let mut items = s.items.clone();
            if let (Some(&i), Some(item)) = (self.marked.first(), items.get_mut(s.at)) {
                item.clone_from(&self.choices[i].token);
            }
            return items.join(", ");
        }
        if self.mode == Mode::One {
            let kept = || self.extra.first().filter(|_| self.free).cloned();
            return self.marked.first().map(|&i| self.choices[i].token.clone()).or_else(kept).unwrap_or_default();
        }
        self.marked
            .iter()
            .map(|&i| self.choices[i].token.clone())
            .chain(self.extra.iter().cloned())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The items of a link field as typed (commas in either width, or the Japanese list comma).
pub fn split_items(text: &str) -> impl Iterator<Item = &str> {
    text.split([',', '、', '，']).map(str::trim).filter(|n| !n.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices(names: &[&str]) -> Vec<Choice> {
        names.iter().map(|n| Choice::new((*n).to_owned(), (*n).to_owned())).collect()
    }

    #[test]
    fn current_items_start_marked_and_unknown_ones_are_kept() {
        let p = Picker::for_text("t".into(), Mode::Many, choices(&["自由", "学び", "健康"]), "学び、新しいタグ, 自由");
        assert_eq!(p.marked, vec![1, 0]);
        assert_eq!(p.extra, vec!["新しいタグ".to_owned()]);
        assert_eq!(p.field_text(), "学び, 自由, 新しいタグ");
    }

    #[test]
    fn typing_narrows_and_enter_marks_the_best_match() {
        let mut p = Picker::for_text("t".into(), Mode::Many, choices(&["佐藤 美咲", "Misaki Tanaka", "田中 翔"]), "");
        p.set_query("田中".into());
        assert_eq!(p.shown, vec![2]);
        p.toggle();
        p.set_query("ｍｉｓａｋｉ".into());
        assert_eq!(p.shown, vec![1], "full-width letters match");
        p.toggle();
        assert_eq!(p.field_text(), "田中 翔, Misaki Tanaka");
        p.toggle();
        assert_eq!(p.field_text(), "田中 翔", "a second Enter unmarks");
        p.set_query("存在しない".into());
        p.toggle();
        assert_eq!(p.highlighted(), None);
        assert_eq!(p.field_text(), "田中 翔", "nothing to mark when nothing matches");
    }

    #[test]
    fn picking_settles_a_typed_ambiguous_name_and_a_single_field_keeps_only_the_pick() {
        let mut two = vec![
            Choice { name: "田中 Alex".into(), ..Choice::new("田中 Alex (IT) #24".into(), "#24".into()) },
            Choice { name: "田中 Alex".into(), ..Choice::new("田中 Alex (NPO) #25".into(), "#25".into()) },
        ];
        two.push(Choice {
            also: "さとう はなこ".into(), ..Choice::new("佐藤 花子".into(), "佐藤 花子".into())
        });
        let mut p = Picker::for_text("t".into(), Mode::Many, two.clone(), "田中 Alex, 謎の人");
        p.set_query("NPO".into());
        p.toggle();
        assert_eq!(p.field_text(), "#25, 謎の人", "the ambiguous name is settled, the unknown one kept");
        p.set_query("はなこ".into());
        assert_eq!(p.shown, vec![2], "found by the reading");
        let mut one = Picker::for_text("t".into(), Mode::One, two, "謎の人");
        one.set_query("IT".into());
        one.marked = one.highlighted().into_iter().collect();
        assert_eq!(one.field_text(), "#24");
    }

    #[test]
    fn suggestions_pick_a_known_value_or_keep_what_was_typed() {
        let known = choices(&["IT", "法律"]);
        let p = Picker::for_suggestions("t".into(), known.clone(), "ｉｔ");
        assert_eq!((p.marked.clone(), p.field_text()), (vec![0], "IT".to_owned()), "a variant is the known one");
        let mut p = Picker::for_suggestions("t".into(), known.clone(), "Design");
        assert_eq!(p.field_text(), "Design", "nothing picked: what was typed stays");
        p.set_query("法".into());
        p.marked = p.highlighted().into_iter().collect();
        assert_eq!(p.field_text(), "法律");
        let mut p = Picker::for_suggestions("t".into(), known, "");
        p.set_query("Research".into());
        p.take_query();
        p.marked = p.highlighted().into_iter().collect();
        assert_eq!(p.field_text(), "Research", "a new field typed into the list becomes the field");
    }

    #[test]
    fn a_single_choice_opens_on_the_current_one_and_moves_within_bounds() {
        let mut p = Picker::for_text("t".into(), Mode::One, choices(&["a", "b", "c"]), "c");
        assert_eq!(p.highlighted(), Some(2));
        p.move_by(5);
        assert_eq!(p.selected, 2);
        p.move_by(-9);
        assert_eq!(p.selected, 0);
        p.to_end(false);
        assert_eq!(p.selected, 2);
    }
}
