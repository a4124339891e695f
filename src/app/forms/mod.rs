//! The forms: one module per record kind (and one each for an asset's rating, a logged contact
//! and a decision from the value filter). Each module names its fields with an enum `F`, builds
//! them with `fields`, and reads them back by name with `read`, which writes the record through
//! `model::rules`; this file only dispatches on what a form is for and holds the pieces every
//! form shares (choices, dates, links typed by name).
//!
//! Data flows: `form_for` → the user edits the `Form` → `edit_from` → an `Edit` for the undo
//! history, or `None` with the wrong fields marked.

pub mod afterwards;
pub mod asset;
pub mod community;
pub mod contact;
pub mod decide;
pub mod interests;
pub mod introduction;
pub mod invitation;
pub mod output;
pub mod person;
mod read;
pub mod reflection;
pub mod stocktake;
pub mod tag;
pub mod value;
pub mod visit;

use chrono::NaiveDate;
use strum::IntoEnumIterator;

use super::form::{Field, FieldKind, FieldName, Form, FormTarget};
use super::picker::{Choice, split_items};
use crate::i18n::{self, Label, Lang, tr};
use crate::model::text::one_line;
use crate::model::*;
pub use read::Reader;

/// The form for a new record of `kind`, or for editing `existing`.
pub fn form_for(kind: RecordKind, existing: Option<&Record>, wb: &Workbook, lang: Lang, today: NaiveDate) -> Form {
    let target = existing.map_or(FormTarget::New(kind), |r| FormTarget::Edit(r.reference()));
    let fields = match (kind, existing) {
        (_, Some(Record::Value(v))) => value::fields(v, wb, lang, false),
        (_, Some(Record::Community(c))) => community::fields(c, wb, lang),
        (_, Some(Record::Person(p))) => person::fields(p, wb, lang),
        (_, Some(Record::Tag(t))) => tag::fields(t, lang),
        (_, Some(Record::Output(o))) => output::fields(o, wb, lang),
        (_, Some(Record::Introduction(i))) => introduction::fields(i, wb, lang),
        (_, Some(Record::Invitation(i))) => invitation::fields(i, wb, lang),
        (_, Some(Record::Stocktake(st))) => stocktake::fields(st, lang),
        (_, Some(Record::Reflection(r))) => reflection::fields(r, lang),
        (RecordKind::Value, None) => value::fields(&FinalValue::default(), wb, lang, true),
        (RecordKind::Community, None) => community::fields(&Community::default(), wb, lang),
        (RecordKind::Person, None) => person::fields(&Person::default(), wb, lang),
        (RecordKind::Tag, None) => tag::fields(&Tag::default(), lang),
        (RecordKind::Output, None) => output::fields(&Output { date: Some(today), ..Default::default() }, wb, lang),
        (RecordKind::Introduction, None) => introduction::fields(&Introduction::default(), wb, lang),
        (RecordKind::Invitation, None) => invitation::fields(&Invitation::default(), wb, lang),
        (RecordKind::Stocktake, None) => stocktake::fields(&stocktake::new(wb, today), lang),
        (RecordKind::Reflection, None) => {
            reflection::fields(&Reflection { date: Some(today), ..Default::default() }, lang)
        }
    };
    let form = Form::new(target, fields);
    // In a new record's form, whatever a field already shows is a default to type over.
    if existing.is_none() { form.suggest_all() } else { form }
}

/// A new person met in `community` (the one selected on the map), or nowhere yet.
pub fn new_person_form(wb: &Workbook, lang: Lang, community: Option<CommunityId>) -> Form {
    let template = Person { met_in: community, communities: community.into_iter().collect(), ..Default::default() };
    Form::new(FormTarget::New(RecordKind::Person), person::fields(&template, wb, lang)).suggest_all()
}

/// The edit that saving `form` makes, or `None` after marking the wrong fields.
pub fn edit_from(form: &mut Form, wb: &mut Workbook, lang: Lang, today: NaiveDate) -> Option<Edit> {
    let target = form.target;
    let mut r = Reader::new(form, lang, today);
    match target {
        FormTarget::New(kind) => read_record(&mut r, kind, None, wb),
        FormTarget::Edit(existing) => {
            let old = wb.record(existing)?;
            read_record(&mut r, existing.kind(), Some(old), wb)
        }
        FormTarget::Contact(person) => contact::read(&mut r, wb, person),
        FormTarget::Interests => interests::read(&mut r),
        FormTarget::Visit(community) => visit::read(&mut r, wb, community),
        FormTarget::Afterwards(id) => afterwards::read(&mut r, wb, id),
        FormTarget::Week(step) => crate::app::week::read(&mut r, step),
        FormTarget::Decide(target) => decide::read(&mut r, wb, target),
        FormTarget::Asset(kind) => asset::read(&mut r, wb, kind),
        // The walkthrough reads its own questions (`answers`), the export form is `exporting`'s.
        FormTarget::Walkthrough | FormTarget::OwnCard | FormTarget::Export => None,
    }
}

fn read_record(r: &mut Reader, kind: RecordKind, old: Option<Record>, wb: &mut Workbook) -> Option<Edit> {
    match (kind, old) {
        (RecordKind::Value, Some(Record::Value(v))) => value::read(r, wb, Some(v)),
        (RecordKind::Value, _) => value::read(r, wb, None),
        (RecordKind::Community, Some(Record::Community(c))) => community::read(r, wb, Some(c)),
        (RecordKind::Community, _) => community::read(r, wb, None),
        (RecordKind::Person, Some(Record::Person(p))) => person::read(r, wb, Some(p)),
        (RecordKind::Person, _) => person::read(r, wb, None),
        (RecordKind::Tag, Some(Record::Tag(t))) => tag::read(r, wb, Some(t)),
        (RecordKind::Tag, _) => tag::read(r, wb, None),
        (RecordKind::Output, Some(Record::Output(o))) => output::read(r, wb, Some(o)),
        (RecordKind::Output, _) => output::read(r, wb, None),
        (RecordKind::Introduction, Some(Record::Introduction(i))) => introduction::read(r, wb, Some(i)),
        (RecordKind::Introduction, _) => introduction::read(r, wb, None),
        (RecordKind::Invitation, Some(Record::Invitation(i))) => invitation::read(r, wb, Some(i)),
        (RecordKind::Invitation, _) => invitation::read(r, wb, None),
        (RecordKind::Stocktake, Some(Record::Stocktake(st))) => stocktake::read(r, wb, Some(st)),
        (RecordKind::Stocktake, _) => stocktake::read(r, wb, None),
        (RecordKind::Reflection, Some(Record::Reflection(x))) => reflection::read(r, wb, Some(x)),
        (RecordKind::Reflection, _) => reflection::read(r, wb, None),
    }
}

/// Writes a record through the rules: new when there was none, else over the old one. A rule
/// it breaks marks the field `field_of` names for it — also while other fields are wrong, so one
/// Ctrl-s shows every mistake — and gives `None`.
fn write<K: FieldName>(
    r: &mut Reader,
    wb: &mut Workbook,
    record: Record,
    new: bool,
    field_of: impl Fn(&RuleError) -> K,
) -> Option<Edit> {
    if !r.ok {
        let except = (!new).then(|| record.reference().number());
        if let Err(e) = rules::check(wb, &record, except) {
            r.refuse(field_of(&e), &e);
        }
        return None;
    }
    let today = r.today;
    let written = if new { rules::add(wb, record, today) } else { rules::update(wb, record, today) };
    match written {
        Ok((edit, _)) => Some(edit),
        Err(e) => {
            r.refuse(field_of(&e), &e);
            None
        }
    }
}

/// A choice among the variants of `E`, at `current`.
pub fn choice_of<E: IntoEnumIterator + Label + PartialEq>(
    name: impl FieldName,
    label: &str,
    lang: Lang,
    current: E,
) -> Field {
    let options: Vec<E> = E::iter().collect();
    let labels = options.iter().map(|o| o.label(lang).to_owned()).collect();
    let at = options.iter().position(|o| *o == current).unwrap_or(0);
    Field::new(name, label, FieldKind::Choice(labels)).chosen(at)
}

/// One community, typed by (part of) its name or picked with Ctrl-p; empty is none.
fn community_link(name: impl FieldName, label: &str, lang: Lang, wb: &Workbook, current: Option<CommunityId>) -> Field {
    Field::new(name, label, FieldKind::Line)
        .text(&community_names(wb, &current.into_iter().collect::<Vec<_>>()))
        .example(tr!(lang, "example-met-in"))
        .links(RecordKind::Community, false)
}

/// A date as a form shows it.
pub fn date_text(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// A date field, with the usual example.
fn date_field(name: impl FieldName, label: &str, lang: Lang, d: Option<NaiveDate>) -> Field {
    Field::new(name, label, FieldKind::Date).text(&date_text(d)).example(tr!(lang, "example-date"))
}

/// How a linked record is typed back into a field: its name, or `#id` where the name is shared
/// or would not read back as one item (it holds a comma).
fn token(name: &str, id: u64, unique: bool) -> String {
    let name = one_line(name);
    let mut items = split_items(&name);
    let one_item = items.next() == Some(name.trim()) && items.next().is_none();
    if unique && one_item { name.trim().to_owned() } else { format!("#{id}") }
}

pub fn value_names(wb: &Workbook, ids: &[ValueId]) -> String {
    let each = ids.iter().filter_map(|&v| wb.values.get(v));
    each.map(|v| token(&v.name, v.id.0, wb.value_named(&v.name).is_ok())).collect::<Vec<_>>().join(", ")
}

fn community_names(wb: &Workbook, ids: &[CommunityId]) -> String {
    let each = ids.iter().filter_map(|&c| wb.communities.get(c));
    each.map(|c| token(&c.name, c.id.0, wb.community_named(&c.name).is_ok())).collect::<Vec<_>>().join(", ")
}

/// People as they are typed back: the name, or `#id` where the name is not unique (so saving
/// an unchanged form links the same person again).
fn person_names(wb: &Workbook, ids: &[PersonId]) -> String {
    let each = ids.iter().filter_map(|&p| wb.people.get(p));
    each.map(|p| token(&p.name, p.id.0, wb.person_named(&p.name).is_ok())).collect::<Vec<_>>().join(", ")
}

fn person_name(wb: &Workbook, id: Option<PersonId>) -> String {
    person_names(wb, &id.into_iter().collect::<Vec<_>>())
}

fn tag_names(wb: &Workbook, ids: &[TagId]) -> String {
    let each = ids.iter().filter_map(|&t| wb.tags.get(t));
    each.map(|t| token(&t.name, t.id.0, wb.tag_named(&t.name) == Some(t.id))).collect::<Vec<_>>().join(", ")
}

/// What a link field of `kind` can name, as the picker lists them: values by rank, the others
/// by name (people by their reading when known). The token is the name, or `#id` where the name
/// is shared or would not read back as one item.
pub fn link_choices(wb: &Workbook, kind: RecordKind) -> Vec<Choice> {
    use std::collections::HashMap;
    let mut items: Vec<(u64, String, String, String)> = match kind {
        RecordKind::Value => {
            wb.ranked_values().into_iter().map(|v| (v.id.0, v.name.to_string(), String::new(), String::new())).collect()
        }
        RecordKind::Tag => {
            wb.tags.iter().map(|t| (t.id.0, t.name.to_string(), String::new(), t.name.to_string())).collect()
        }
        RecordKind::Community => {
            wb.communities.iter().map(|c| (c.id.0, c.name.to_string(), String::new(), c.name.to_string())).collect()
        }
        RecordKind::Person => wb
            .people
            .iter()
            .map(|p| {
                let key = if p.phonetic.is_blank() { p.name.to_string() } else { p.phonetic.to_string() };
                (p.id.0, p.name.to_string(), p.field.to_string(), key)
            })
            .collect(),
        RecordKind::Output
        | RecordKind::Introduction
        | RecordKind::Invitation
        | RecordKind::Stocktake
        | RecordKind::Reflection => Vec::new(),
    };
    if kind != RecordKind::Value {
        items.sort_by(|a, b| a.3.cmp(&b.3).then(a.0.cmp(&b.0)));
    }
    let mut count: HashMap<String, usize> = HashMap::new();
    for (_, name, _, _) in &items {
        *count.entry(name_key(name)).or_default() += 1;
    }
    items
        .into_iter()
        .map(|(id, name, detail, also)| {
            let token = token(&name, id, count.get(&name_key(&name)) == Some(&1));
            let plain = !token.starts_with('#');
            let mut label = one_line(&name);
            if !detail.trim().is_empty() {
                label.push_str(&format!(" ({})", one_line(&detail)));
            }
            if !plain {
                label.push_str(&format!(" #{id}"));
            }
            Choice { name: one_line(&name).trim().to_owned(), also, id: Some(id), ..Choice::new(label, token) }
        })
        .collect()
}

/// Every record, for evidence: "kind: name", written back as `#id`.
pub fn any_record_choices(wb: &Workbook, lang: Lang) -> Vec<Choice> {
    let mut out = Vec::with_capacity(wb.record_count());
    for kind in RecordKind::iter() {
        let refs: Vec<RecordRef> = match kind {
            RecordKind::Value => wb.ranked_values().iter().map(|v| RecordRef::Value(v.id)).collect(),
            RecordKind::Community => wb.communities.iter().map(|x| RecordRef::Community(x.id)).collect(),
            RecordKind::Person => wb.people.iter().map(|x| RecordRef::Person(x.id)).collect(),
            RecordKind::Tag => wb.tags.iter().map(|x| RecordRef::Tag(x.id)).collect(),
            RecordKind::Output => wb.outputs.iter().map(|x| RecordRef::Output(x.id)).collect(),
            RecordKind::Introduction => wb.introductions.iter().map(|x| RecordRef::Introduction(x.id)).collect(),
            RecordKind::Invitation => wb.invitations.iter().map(|x| RecordRef::Invitation(x.id)).collect(),
            RecordKind::Stocktake => wb.stocktakes.iter().map(|x| RecordRef::Stocktake(x.id)).collect(),
            RecordKind::Reflection => wb.reflections.iter().map(|x| RecordRef::Reflection(x.id)).collect(),
        };
        let noun = i18n::noun(lang, kind);
        out.extend(refs.into_iter().map(|r| {
            let label = format!("{noun}: {} #{}", super::rows::record_name(wb, r), r.number());
            Choice::new(label, format!("#{}", r.number()))
        }));
    }
    out
}
