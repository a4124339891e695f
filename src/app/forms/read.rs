//! Reading a form back: each field by its name, checked, with what is wrong marked on the field
//! itself. A form module reads every field, then writes its record through `model::rules` only
//! when [`Reader::ok`] still holds.

use chrono::{Datelike, NaiveDate};

use super::super::form::{FieldKind, FieldName, Form};
use crate::i18n::{self, Lang, tr};
use crate::model::dates::parse_date;
use crate::model::*;

/// Reads the fields back, checking each; marks every wrong field.
pub struct Reader<'a> {
    pub form: &'a mut Form,
    pub lang: Lang,
    pub today: NaiveDate,
    /// No field has been marked wrong.
    pub ok: bool,
}

impl<'a> Reader<'a> {
    pub fn new(form: &'a mut Form, lang: Lang, today: NaiveDate) -> Self {
        Self { form, lang, today, ok: true }
    }

    /// Marks the field with what is wrong.
    pub fn fail(&mut self, name: impl FieldName, message: String) {
        let field = self.form.field_mut(name);
        debug_assert!(field.is_some(), "a form reads a field it did not build");
        if let Some(f) = field {
            f.error = Some(message);
        }
        self.ok = false;
    }

    /// Marks the field a rule refused, in the rule's words (unless reading it already found
    /// something wrong there, which says more).
    pub fn refuse(&mut self, name: impl FieldName, e: &RuleError) {
        if self.form.field(name).is_some_and(|f| f.error.is_some()) {
            self.ok = false;
            return;
        }
        self.fail(name, i18n::rule_error(self.lang, e));
    }

    fn raw(&self, name: impl FieldName) -> String {
        self.form.field(name).map(|f| f.value()).unwrap_or_default()
    }

    fn required(&self, name: impl FieldName) -> bool {
        self.form.field(name).is_some_and(|f| f.required)
    }

    pub fn text(&mut self, name: impl FieldName) -> Text {
        let raw = self.raw(name);
        let one_line = !matches!(self.form.field(name).map(|f| &f.kind), Some(FieldKind::Multi));
        // Blank lines before or after a note are not part of it.
        let t = if one_line { Text::from(raw.trim()) } else { Text::from(raw.trim_matches('\n').trim_end()) };
        if self.required(name) && t.is_blank() {
            self.fail(name, tr!(self.lang, "required").to_owned());
        }
        t
    }

    pub fn number(&mut self, name: impl FieldName) -> i64 {
        let Some(FieldKind::Number { min, max }) = self.form.field(name).map(|f| f.kind.clone()) else { return 0 };
        // Full-width digits and signs (from an IME) read as ASCII; "+1" is 1.
        let raw: String = self
            .raw(name)
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                '－' | 'ー' | '−' => '-',
                '＋' => '+',
                c => c,
            })
            // Thousands separators, as people write them ("1,000").
            .filter(|c| !matches!(c, ',' | '，' | '_'))
            .collect();
        match raw.trim().parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => n,
            _ => {
                self.fail(name, i18n::number_range(self.lang, min, max));
                min
            }
        }
    }

    /// A number that may be left empty (unknown).
    pub fn optional_number(&mut self, name: impl FieldName) -> Option<i64> {
        if self.raw(name).trim().is_empty() { None } else { Some(self.number(name)) }
    }

    /// What a date field holds; `None` when it is empty (which marks a required field).
    fn date_text(&mut self, name: impl FieldName) -> Option<String> {
        let raw = self.raw(name);
        if raw.trim().is_empty() {
            if self.required(name) {
                self.fail(name, tr!(self.lang, "required").to_owned());
            }
            return None;
        }
        Some(raw)
    }

    /// A date of something that already happened (empty is fine unless required).
    pub fn past_date(&mut self, name: impl FieldName) -> Option<NaiveDate> {
        let raw = self.date_text(name)?;
        // A month and day without a year that would lie ahead means last year's.
        let no_year = month_day_only(&raw);
        let parsed = parse_date(&raw, self.today).map(|d| match d.with_year(d.year() - 1) {
            Some(earlier) if d > self.today && no_year => earlier,
            _ => d,
        });
        match parsed {
            Ok(d) if d > self.today => {
                self.fail(name, i18n::future_date(self.lang, raw.trim()));
                None
            }
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(name, i18n::say(self.lang, &e.message()));
                None
            }
        }
    }

    /// Any date (a deadline may lie ahead); empty is fine unless required.
    pub fn any_date(&mut self, name: impl FieldName) -> Option<NaiveDate> {
        let raw = self.date_text(name)?;
        // A month and day without a year, half a year or more behind, means next year's
        // ("1/5" typed in November is a deadline in January).
        let parsed = parse_date(&raw, self.today).map(|d| match d.with_year(d.year() + 1) {
            Some(later) if month_day_only(&raw) && (self.today - d).num_days() > 180 => later,
            _ => d,
        });
        match parsed {
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(name, i18n::say(self.lang, &e.message()));
                None
            }
        }
    }

    /// Whole names separated by commas (`,` or `、`), each resolved by `find`; the first that
    /// fails marks the field.
    pub fn named<T: PartialEq>(
        &mut self,
        name: impl FieldName,
        kind: RecordKind,
        find: impl Fn(&str) -> Result<T, NameError>,
    ) -> Vec<T> {
        self.resolve(name, kind, find, false)
    }

    /// Links typed by hand, separated by commas: each a whole name, a number or a part of a
    /// name, resolved by `find` (one of the `model::find_by_part` look-ups); the first that
    /// links nothing or several marks the field.
    pub fn linked<T: PartialEq>(
        &mut self,
        name: impl FieldName,
        kind: RecordKind,
        find: impl Fn(&str) -> Result<T, NameError>,
    ) -> Vec<T> {
        self.resolve(name, kind, find, true)
    }

    fn resolve<T: PartialEq>(
        &mut self,
        name: impl FieldName,
        kind: RecordKind,
        find: impl Fn(&str) -> Result<T, NameError>,
        by_part: bool,
    ) -> Vec<T> {
        let raw = self.text(name);
        let mut out = Vec::new();
        for item in super::super::picker::split_items(&raw) {
            match find(item) {
                Ok(id) if !out.contains(&id) => out.push(id),
                Ok(_) => {}
                Err(e) => {
                    let message = if by_part {
                        i18n::link_error(self.lang, kind, item, &e)
                    } else {
                        i18n::name_error(self.lang, kind, item, &e)
                    };
                    self.fail(name, message);
                    break;
                }
            }
        }
        out
    }

    /// People by name or #id, or by part of a name or reading (see `model::find_by_part`).
    pub fn people(&mut self, name: impl FieldName, wb: &Workbook) -> Vec<PersonId> {
        self.linked(name, RecordKind::Person, |n| wb.person_by_part(n))
    }

    /// One person (empty is none).
    pub fn person(&mut self, name: impl FieldName, wb: &Workbook) -> Option<PersonId> {
        let found = self.people(name, wb);
        self.only_one(name, &found, tr!(self.lang, "one-person"))
    }

    /// One community, by part of its name (empty is none).
    pub fn community(&mut self, name: impl FieldName, wb: &Workbook) -> Option<CommunityId> {
        let found = self.linked(name, RecordKind::Community, |n| wb.community_by_part(n));
        self.only_one(name, &found, tr!(self.lang, "one-community"))
    }

    fn only_one<T: Copy>(&mut self, name: impl FieldName, found: &[T], message: &str) -> Option<T> {
        if found.len() > 1 {
            self.fail(name, message.to_owned());
        }
        found.first().copied()
    }

    /// Items separated by commas, each trimmed, blanks left out.
    pub fn items(&mut self, name: impl FieldName) -> Vec<Text> {
        let raw = self.text(name);
        super::super::picker::split_items(&raw).map(Text::from).filter(|t| !t.is_blank()).collect()
    }

    pub fn choice(&self, name: impl FieldName) -> usize {
        self.form.field(name).map_or(0, |f| f.choice)
    }

    /// The choice as the enum it lists (in the enum's order).
    pub fn chosen<E: strum::IntoEnumIterator + Default>(&self, name: impl FieldName) -> E {
        E::iter().nth(self.choice(name)).unwrap_or_default()
    }

    pub fn on(&self, name: impl FieldName) -> bool {
        self.form.field(name).is_some_and(|f| f.on)
    }
}

/// Whether a typed date has digits but no four-digit year ("12/10", "１２／１０").
fn month_day_only(raw: &str) -> bool {
    let digits: Vec<bool> = raw.chars().map(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)).collect();
    let longest = digits.split(|d| !d).map(<[bool]>::len).max().unwrap_or(0);
    digits.contains(&true) && longest < 4
}
