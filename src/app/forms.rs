//! Which fields each record kind has, and how they become a record again (with a message on
//! every field that is wrong). Every record kind has one, plus the asset ratings, a contact
//! with a person and a decision from the value filter.

use chrono::{Datelike, NaiveDate};
use strum::IntoEnumIterator;

use super::form::{Field, FieldKind, Form, FormTarget};
use crate::i18n::{self, Label, Lang, tr};
use crate::model::dates::parse_date;
use crate::model::filter;
use crate::model::*;

/// Every record, for evidence: "kind: name", written back as `#id`.
pub fn any_record_choices(wb: &Workbook, lang: Lang) -> Vec<super::picker::Choice> {
    use strum::IntoEnumIterator;
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
            super::picker::Choice::new(label, format!("#{}", r.number()))
        }));
    }
    out
}

/// The form for one asset: a self-rating (empty: not rated), notes and evidence (`#id`s).
pub fn asset_form(wb: &Workbook, kind: AssetKind, lang: Lang) -> Form {
    let asset = wb.asset(kind).cloned().unwrap_or_else(|| Asset::new(kind));
    let evidence: Vec<String> = asset.evidence.iter().map(|r| format!("#{}", r.number())).collect();
    let fields = vec![
        Field::new(tr!(lang, "col-rating"), FieldKind::Number { min: 1, max: 5 })
            .text(&asset.rating.map_or_else(String::new, |r| r.to_string()))
            .example(tr!(lang, "example-rating")),
        Field::new(tr!(lang, "col-notes"), FieldKind::Multi).text(&asset.notes),
        Field::new(tr!(lang, "col-evidence"), FieldKind::Line)
            .text(&evidence.join(", "))
            .example(tr!(lang, "example-evidence"))
            .links_any(),
    ];
    Form::new(FormTarget::Asset(kind), fields)
}

fn asset_from(form: &mut Form, wb: &Workbook, lang: Lang, today: NaiveDate, kind: AssetKind) -> Option<Edit> {
    let mut r = Reader { form, lang, today, ok: true };
    let rating = r.optional_number(0).map(|n| n as u8);
    let notes = r.text(1);
    let mut evidence = Vec::new();
    for item in super::picker::split_items(&r.form.fields[2].value()) {
        let found = item.trim_start_matches('#').parse::<u64>().ok().and_then(|n| wb.record_by_number(n));
        match found {
            Some(x) if !evidence.contains(&x) => evidence.push(x),
            Some(_) => {}
            None => {
                r.fail(2, i18n::no_record_id(lang, item));
                break;
            }
        }
    }
    if !r.ok {
        return None;
    }
    Some(vec![Change::Asset(Asset { kind, rating, notes, evidence })])
}

fn reflection_fields(lang: Lang, x: &Reflection) -> Vec<Field> {
    vec![
        Field::new(tr!(lang, "col-date"), FieldKind::Date)
            .required()
            .text(&date_text(x.date))
            .example(tr!(lang, "example-date")),
        choice_of(tr!(lang, "col-topic"), lang, x.topic),
        Field::new(tr!(lang, "col-text"), FieldKind::Multi)
            .required()
            .text(&x.text)
            .example(tr!(lang, "example-reflection")),
    ]
}

/// A stock-take: its date, a rating per asset (the current self-ratings to start with, so a
/// back-dated one can say how it felt then), and a note.
fn stocktake_fields(lang: Lang, st: &Stocktake) -> Vec<Field> {
    use strum::IntoEnumIterator;
    let mut fields = vec![
        Field::new(tr!(lang, "col-date"), FieldKind::Date)
            .required()
            .text(&date_text(st.date))
            .example(tr!(lang, "example-date")),
    ];
    for kind in AssetKind::iter() {
        let rating = st.ratings.iter().find(|x| x.kind == kind).and_then(|x| x.rating);
        fields.push(
            Field::new(kind.label(lang), FieldKind::Number { min: 1, max: 5 })
                .text(&rating.map_or_else(String::new, |r| r.to_string()))
                .example(tr!(lang, "example-rating")),
        );
    }
    fields.push(
        Field::new(tr!(lang, "col-notes"), FieldKind::Multi).text(&st.note).example(tr!(lang, "example-stocktake")),
    );
    fields
}

/// A new stock-take starts from the current self-ratings.
fn current_ratings(wb: &Workbook) -> Vec<StocktakeRating> {
    use strum::IntoEnumIterator;
    AssetKind::iter().map(|kind| StocktakeRating { kind, rating: wb.asset(kind).and_then(|a| a.rating) }).collect()
}

fn choice_of<E: IntoEnumIterator + Label + PartialEq>(label: &str, lang: Lang, current: E) -> Field {
    let options: Vec<E> = E::iter().collect();
    let labels = options.iter().map(|o| o.label(lang).to_owned()).collect();
    let at = options.iter().position(|o| *o == current).unwrap_or(0);
    Field::new(label, FieldKind::Choice(labels)).chosen(at)
}

fn date_text(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
}

/// What a link field of `kind` can name, as the picker lists them: values by rank, the others
/// by name (people by their reading when known). The token is the name, or `#id` where the name
/// is shared or would not read back as one item.
pub fn link_choices(wb: &Workbook, kind: RecordKind) -> Vec<super::picker::Choice> {
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
        _ => Vec::new(),
    };
    if kind != RecordKind::Value {
        items.sort_by(|a, b| a.3.cmp(&b.3).then(a.0.cmp(&b.0)));
    }
    let fold = |n: &str| text::sanitize(n).trim().to_lowercase();
    let mut count: HashMap<String, usize> = HashMap::new();
    for (_, name, _, _) in &items {
        *count.entry(fold(name)).or_default() += 1;
    }
    items
        .into_iter()
        .map(|(id, name, detail, also)| {
            let token = token(&name, id, count.get(&fold(&name)) == Some(&1));
            let plain = !token.starts_with('#');
            let mut label = text::one_line(&name);
            if !detail.trim().is_empty() {
                label.push_str(&format!(" ({})", text::one_line(&detail)));
            }
            if !plain {
                label.push_str(&format!(" #{id}"));
            }
            super::picker::Choice {
                name: text::one_line(&name).trim().to_owned(),
                also,
                ..super::picker::Choice::new(label, token)
            }
        })
        .collect()
}

/// A new person met in `community` (the one selected on the map), or nowhere yet.
pub fn new_person_form(wb: &Workbook, lang: Lang, community: Option<CommunityId>) -> Form {
    let template = Person { met_in: community, communities: community.into_iter().collect(), ..Default::default() };
    Form::new(FormTarget::New(RecordKind::Person), person_fields(lang, &template, wb, tr!(lang, "example-date")))
}

/// The form for a new record of `kind`, or for editing `existing`.
pub fn form_for(kind: RecordKind, existing: Option<&Record>, wb: &Workbook, lang: Lang, today: NaiveDate) -> Form {
    let target = existing.map_or(FormTarget::New(kind), |r| FormTarget::Edit(r.reference()));
    let date_example = tr!(lang, "example-date");
    let fields = match existing {
        Some(Record::Value(v)) => value_fields(lang, Some(v), wb),
        Some(Record::Stocktake(st)) => stocktake_fields(lang, st),
        Some(Record::Reflection(x)) => reflection_fields(lang, x),
        Some(Record::Tag(t)) => tag_fields(lang, Some(t)),
        Some(Record::Community(c)) => community_fields(lang, c, wb, date_example),
        Some(Record::Person(p)) => person_fields(lang, p, wb, date_example),
        Some(Record::Output(o)) => output_fields(lang, o, wb, date_example),
        Some(Record::Introduction(i)) => introduction_fields(lang, i, wb, date_example),
        Some(Record::Invitation(i)) => invitation_fields(lang, i, wb, date_example),
        _ => match kind {
            RecordKind::Value => value_fields(lang, None, wb),
            RecordKind::Stocktake => stocktake_fields(
                lang,
                &Stocktake { date: Some(today), ratings: current_ratings(wb), ..Default::default() },
            ),
            RecordKind::Reflection => reflection_fields(lang, &Reflection { date: Some(today), ..Default::default() }),
            RecordKind::Tag => tag_fields(lang, None),
            RecordKind::Person => person_fields(lang, &Person::default(), wb, date_example),
            RecordKind::Output => {
                output_fields(lang, &Output { date: Some(today), ..Default::default() }, wb, date_example)
            }
            RecordKind::Introduction => introduction_fields(lang, &Introduction::default(), wb, date_example),
            RecordKind::Invitation => invitation_fields(lang, &Invitation::default(), wb, date_example),
            _ => community_fields(lang, &Community::default(), wb, date_example),
        },
    };
    Form::new(target, fields)
}

fn value_fields(lang: Lang, v: Option<&FinalValue>, wb: &Workbook) -> Vec<Field> {
    let n = wb.values.len() as i64 + i64::from(v.is_none());
    let rank = v.map_or(n, |v| i64::from(v.rank));
    vec![
        Field::new(tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(v.map_or("", |v| &v.name))
            .example(tr!(lang, "example-value")),
        Field::new(tr!(lang, "col-description"), FieldKind::Multi)
            .text(v.map_or("", |v| &v.description))
            .example(tr!(lang, "example-value-why")),
        Field::new(tr!(lang, "col-rank"), FieldKind::Number { min: 1, max: n.max(1) }).text(&rank.to_string()),
    ]
}

fn tag_fields(lang: Lang, t: Option<&Tag>) -> Vec<Field> {
    vec![
        Field::new(tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(t.map_or("", |t| &t.name))
            .example(tr!(lang, "example-tag")),
        Field::new(tr!(lang, "col-description"), FieldKind::Multi).text(t.map_or("", |t| &t.description)),
    ]
}

/// How a linked record is typed back into a field: its name, or `#id` where the name is shared
/// or would not read back as one item (it holds a comma).
fn token(name: &str, id: u64, unique: bool) -> String {
    let name = text::one_line(name);
    let mut items = super::picker::split_items(&name);
    let one_item = items.next() == Some(name.trim()) && items.next().is_none();
    if unique && one_item { name.trim().to_owned() } else { format!("#{id}") }
}

fn value_names(wb: &Workbook, ids: &[ValueId]) -> String {
    ids.iter()
        .filter_map(|&v| wb.values.get(v))
        .map(|v| token(&v.name, v.id.0, wb.value_named(&v.name).is_ok()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn community_fields(lang: Lang, c: &Community, wb: &Workbook, date_example: &str) -> Vec<Field> {
    let interests: Vec<&str> = c.interests.iter().map(|t| t.as_str()).collect();
    vec![
        Field::new(tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(&c.name)
            .example(tr!(lang, "example-community")),
        choice_of(tr!(lang, "col-kind"), lang, c.kind),
        choice_of(tr!(lang, "col-status"), lang, c.status),
        choice_of(tr!(lang, "col-distance"), lang, c.distance),
        choice_of(tr!(lang, "col-cadence"), lang, c.cadence),
        Field::new(tr!(lang, "col-last-visit"), FieldKind::Date).text(&date_text(c.last_visit)).example(date_example),
        Field::new(tr!(lang, "col-outside"), FieldKind::Toggle).switched(c.outside_usual_circle),
        Field::new(tr!(lang, "col-interests"), FieldKind::Line)
            .text(&interests.join(", "))
            .example(tr!(lang, "example-interests")),
        Field::new(tr!(lang, "col-values"), FieldKind::Line)
            .text(&value_names(wb, &c.values))
            .example(tr!(lang, "example-values"))
            .links(RecordKind::Value, true),
        Field::new(tr!(lang, "col-notes"), FieldKind::Multi).text(&c.notes),
    ]
}

fn community_names(wb: &Workbook, ids: &[CommunityId]) -> String {
    ids.iter()
        .filter_map(|&c| wb.communities.get(c))
        .map(|c| token(&c.name, c.id.0, wb.community_named(&c.name).is_ok()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "(none)" first, then every community by name.
fn community_choice(label: &str, lang: Lang, wb: &Workbook, current: Option<CommunityId>) -> Field {
    let mut labels = vec![format!("({})", tr!(lang, "none"))];
    labels.extend(wb.communities.iter().map(|c| text::one_line(&c.name)));
    let at = current.and_then(|id| wb.communities.index_of(id)).map_or(0, |i| i + 1);
    Field::new(label, FieldKind::Choice(labels)).chosen(at)
}

fn person_fields(lang: Lang, p: &Person, wb: &Workbook, date_example: &str) -> Vec<Field> {
    let dim = |label: &str, v: u8| {
        let short = label.split(" (").next().unwrap_or(label);
        Field::new(short, FieldKind::Number { min: 0, max: 4 }).text(&v.to_string())
    };
    let mut cadence_labels = vec![format!("({})", tr!(lang, "none"))];
    cadence_labels.extend(Cadence::iter().map(|c| c.label(lang).to_owned()));
    let cadence_at = p.cadence.and_then(|c| Cadence::iter().position(|x| x == c)).map_or(0, |i| i + 1);
    vec![
        Field::new(tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(&p.name)
            .example(tr!(lang, "example-person")),
        Field::new(tr!(lang, "col-phonetic"), FieldKind::Line).text(&p.phonetic),
        Field::new(tr!(lang, "col-field"), FieldKind::Line).text(&p.field),
        community_choice(tr!(lang, "col-met-in"), lang, wb, p.met_in),
        Field::new(tr!(lang, "col-how-met"), FieldKind::Line).text(&p.how_met),
        Field::new(tr!(lang, "col-communities"), FieldKind::Line)
            .text(&community_names(wb, &p.communities))
            .example(tr!(lang, "example-communities"))
            .links(RecordKind::Community, true),
        dim(i18n::tie_labels(lang)[0], p.tie.time),
        dim(i18n::tie_labels(lang)[1], p.tie.emotion),
        dim(i18n::tie_labels(lang)[2], p.tie.intimacy),
        dim(i18n::tie_labels(lang)[3], p.tie.reciprocity),
        // (the 0-4 range is in the error message, so narrow windows keep the label whole)
        Field::new(tr!(lang, "col-mutual"), FieldKind::Number { min: 0, max: 100_000 })
            .text(&p.mutual_connections.map_or_else(String::new, |m| m.to_string()))
            .example(tr!(lang, "example-mutual")),
        Field::new(tr!(lang, "col-first-contact"), FieldKind::Date)
            .text(&date_text(p.first_contact))
            .example(date_example),
        Field::new(tr!(lang, "col-last-contact"), FieldKind::Date)
            .text(&date_text(p.last_contact))
            .example(date_example),
        Field::new(tr!(lang, "col-cadence"), FieldKind::Choice(cadence_labels)).chosen(cadence_at),
        Field::new(tr!(lang, "col-email"), FieldKind::Line).text(&p.email),
        Field::new(tr!(lang, "col-url"), FieldKind::Line).text(&p.url),
        Field::new(tr!(lang, "col-notes"), FieldKind::Multi).text(&p.notes),
    ]
}

/// People as they are typed back: the name, or `#id` where the name is not unique (so saving
/// an unchanged form links the same person again).
fn person_names(wb: &Workbook, ids: &[PersonId]) -> String {
    ids.iter()
        .filter_map(|&p| wb.people.get(p))
        .map(|p| token(&p.name, p.id.0, wb.person_named(&p.name).is_ok()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn person_name(wb: &Workbook, id: Option<PersonId>) -> String {
    person_names(wb, &id.into_iter().collect::<Vec<_>>())
}

fn output_fields(lang: Lang, o: &Output, wb: &Workbook, date_example: &str) -> Vec<Field> {
    let tags: Vec<String> = o
        .tags
        .iter()
        .filter_map(|&t| wb.tags.get(t))
        .map(|t| token(&t.name, t.id.0, wb.tag_named(&t.name) == Some(t.id)))
        .collect();
    vec![
        Field::new(tr!(lang, "col-date"), FieldKind::Date).required().text(&date_text(o.date)).example(date_example),
        choice_of(tr!(lang, "col-channel"), lang, o.channel),
        Field::new(tr!(lang, "col-text"), FieldKind::Multi)
            .required()
            .text(&o.text)
            .example(tr!(lang, "example-output")),
        Field::new(tr!(lang, "col-tags"), FieldKind::Line)
            .text(&tags.join(", "))
            .example(tr!(lang, "example-tags"))
            .links(RecordKind::Tag, true),
        Field::new(tr!(lang, "col-reactions"), FieldKind::Number { min: 0, max: 1_000_000 })
            .text(&o.reactions.to_string()),
        Field::new(tr!(lang, "col-people"), FieldKind::Line)
            .text(&person_names(wb, &o.people))
            .example(tr!(lang, "example-people"))
            .links(RecordKind::Person, true),
    ]
}

fn introduction_fields(lang: Lang, i: &Introduction, wb: &Workbook, date_example: &str) -> Vec<Field> {
    vec![
        Field::new(tr!(lang, "col-date"), FieldKind::Date).text(&date_text(i.date)).example(date_example),
        choice_of(tr!(lang, "col-direction"), lang, i.direction),
        Field::new(tr!(lang, "col-intro-first"), FieldKind::Line)
            .required()
            .text(&person_name(wb, i.first))
            .example(tr!(lang, "example-person"))
            .links(RecordKind::Person, false),
        Field::new(tr!(lang, "col-intro-second"), FieldKind::Line)
            .required()
            .text(&person_name(wb, i.second))
            .example(tr!(lang, "example-person"))
            .links(RecordKind::Person, false),
        Field::new(tr!(lang, "col-why"), FieldKind::Multi).text(&i.why),
        Field::new(tr!(lang, "col-outcome"), FieldKind::Multi).text(&i.outcome),
    ]
}

/// The fixed fields of an invitation come first; then one score per final value (in rank order),
/// then these.
const INVITATION_FIXED: usize = 8;

fn invitation_fields(lang: Lang, i: &Invitation, wb: &Workbook, date_example: &str) -> Vec<Field> {
    let mut via_labels = vec![format!("({})", tr!(lang, "none"))];
    via_labels.extend(wb.communities.iter().map(|c| text::one_line(&c.name)));
    let via_at = i.via.and_then(|id| wb.communities.index_of(id)).map_or(0, |x| x + 1);
    let mut fields = vec![
        Field::new(tr!(lang, "col-what"), FieldKind::Line)
            .required()
            .text(&i.what)
            .example(tr!(lang, "example-invitation")),
        Field::new(tr!(lang, "col-from"), FieldKind::Line)
            .text(&person_name(wb, i.from))
            .example(tr!(lang, "example-person"))
            .links(RecordKind::Person, false),
        Field::new(tr!(lang, "col-via"), FieldKind::Choice(via_labels)).chosen(via_at),
        choice_of(tr!(lang, "col-kind"), lang, i.kind),
        Field::new(tr!(lang, "col-received"), FieldKind::Date).text(&date_text(i.received)).example(date_example),
        Field::new(tr!(lang, "col-deadline"), FieldKind::Date)
            .text(&date_text(i.deadline))
            .example(tr!(lang, "example-deadline")),
        Field::new(tr!(lang, "excitement-label"), FieldKind::Number { min: 0, max: 5 }).text(&i.excitement.to_string()),
        choice_of(tr!(lang, "col-cost"), lang, i.cost),
    ];
    debug_assert_eq!(fields.len(), INVITATION_FIXED);
    for v in wb.ranked_values() {
        let score = i.scores.iter().find(|x| x.value == v.id).map_or(0, |x| x.score);
        let label = format!("{} {}", tr!(lang, "score-prefix"), text::one_line(&v.name));
        fields.push(Field::new(&label, FieldKind::Number { min: -2, max: 2 }).text(&score.to_string()));
    }
    fields.push(choice_of(tr!(lang, "col-decision"), lang, i.decision));
    fields.push(Field::new(tr!(lang, "col-reason"), FieldKind::Multi).text(&i.reason));
    fields.push(Field::new(tr!(lang, "col-outcome"), FieldKind::Multi).text(&i.outcome));
    fields.push(Field::new(tr!(lang, "col-unexpected"), FieldKind::Multi).text(&i.unexpected));
    for skill in HappenstanceSkill::iter() {
        fields.push(Field::new(skill.label(lang), FieldKind::Toggle).switched(i.skills.contains(&skill)));
    }
    fields
}

/// Reads the fields back, checking each; marks every wrong field and returns `None` if any is.
pub(super) struct Reader<'a> {
    pub form: &'a mut Form,
    pub lang: Lang,
    pub today: NaiveDate,
    pub ok: bool,
}

impl Reader<'_> {
    pub(super) fn fail(&mut self, i: usize, message: String) {
        self.form.fields[i].error = Some(message);
        self.ok = false;
    }
    pub(super) fn text(&mut self, i: usize) -> Text {
        let t = Text::from(self.form.fields[i].value().as_str());
        let one_line = !matches!(self.form.fields[i].kind, FieldKind::Multi);
        // Blank lines before or after a note are not part of it.
        let t = if one_line { Text::from(t.trim()) } else { Text::from(t.trim_matches('\n').trim_end()) };
        if self.form.fields[i].required && t.is_blank() {
            self.fail(i, tr!(self.lang, "required").to_owned());
        }
        t
    }
    pub(super) fn number(&mut self, i: usize) -> i64 {
        let FieldKind::Number { min, max } = self.form.fields[i].kind else { return 0 };
        // Full-width digits and minus (from an IME) read as ASCII.
        let raw: String = self.form.fields[i]
            .value()
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
                '－' | 'ー' | '−' => '-',
                c => c,
            })
            // Thousands separators, as people write them ("1,000").
            .filter(|c| !matches!(c, ',' | '，' | '_'))
            .collect();
        match raw.trim().parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => n,
            _ => {
                self.fail(i, i18n::number_range(self.lang, min, max));
                min
            }
        }
    }
    /// A number that may be left empty (unknown).
    pub(super) fn optional_number(&mut self, i: usize) -> Option<i64> {
        if self.form.fields[i].value().trim().is_empty() { None } else { Some(self.number(i)) }
    }
    /// A date of something that already happened (empty is fine unless required).
    pub(super) fn past_date(&mut self, i: usize) -> Option<NaiveDate> {
        let raw = self.form.fields[i].value();
        if raw.trim().is_empty() {
            if self.form.fields[i].required {
                self.fail(i, tr!(self.lang, "required").to_owned());
            }
            return None;
        }
        // A month and day without a year that would lie ahead means last year's.
        let no_year = month_day_only(&raw);
        let parsed = parse_date(&raw, self.today).map(|d| match d.with_year(d.year() - 1) {
            Some(earlier) if d > self.today && no_year => earlier,
            _ => d,
        });
        match parsed {
            Ok(d) if d > self.today => {
                self.fail(i, i18n::future_date(self.lang, raw.trim()));
                None
            }
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(i, i18n::say(self.lang, &e.message()));
                None
            }
        }
    }
    /// Any date (a deadline may lie ahead); empty is fine unless required.
    pub(super) fn any_date(&mut self, i: usize) -> Option<NaiveDate> {
        let raw = self.form.fields[i].value();
        if raw.trim().is_empty() {
            if self.form.fields[i].required {
                self.fail(i, tr!(self.lang, "required").to_owned());
            }
            return None;
        }
        // A month and day without a year, half a year or more behind, means next year's
        // ("1/5" typed in November is a deadline in January).
        let parsed = parse_date(&raw, self.today).map(|d| match d.with_year(d.year() + 1) {
            Some(later) if month_day_only(&raw) && (self.today - d).num_days() > 180 => later,
            _ => d,
        });
        match parsed {
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(i, i18n::say(self.lang, &e.message()));
                None
            }
        }
    }
    /// Names separated by commas (`,` or `、`), each resolved by `find`; the first that fails
    /// marks the field.
    pub(super) fn named<T: PartialEq>(
        &mut self,
        i: usize,
        kind: RecordKind,
        find: impl Fn(&str) -> Result<T, NameError>,
    ) -> Vec<T> {
        let raw = self.text(i);
        let mut out = Vec::new();
        for name in super::picker::split_items(&raw) {
            match find(name) {
                Ok(id) if !out.contains(&id) => out.push(id),
                Ok(_) => {}
                Err(e) => {
                    self.fail(i, i18n::name_error(self.lang, kind, name, &e));
                    break;
                }
            }
        }
        out
    }
    /// People by name or #id.
    pub(super) fn people(&mut self, i: usize, wb: &Workbook) -> Vec<PersonId> {
        self.named(i, RecordKind::Person, |n| wb.person_named(n))
    }
    /// One person by name (empty is none).
    pub(super) fn person(&mut self, i: usize, wb: &Workbook) -> Option<PersonId> {
        let found = self.people(i, wb);
        if found.len() > 1 {
            self.fail(i, tr!(self.lang, "one-person").to_owned());
        }
        found.first().copied()
    }
    pub(super) fn choice(&self, i: usize) -> usize {
        self.form.fields[i].choice
    }
    pub(super) fn on(&self, i: usize) -> bool {
        self.form.fields[i].on
    }
}

/// Whether a typed date has digits but no four-digit year ("12/10", "１２／１０").
fn month_day_only(raw: &str) -> bool {
    let digits: Vec<bool> = raw.chars().map(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)).collect();
    let longest = digits.split(|d| !d).map(<[bool]>::len).max().unwrap_or(0);
    digits.contains(&true) && longest < 4
}

pub(super) fn nth<E: IntoEnumIterator + Default>(i: usize) -> E {
    E::iter().nth(i).unwrap_or_default()
}

/// The edit that saving `form` makes, or `None` after marking the wrong fields.
pub fn edit_from(form: &mut Form, wb: &mut Workbook, lang: Lang, today: NaiveDate) -> Option<Edit> {
    let target = form.target;
    match target {
        FormTarget::Contact(person) => return contact_from(form, wb, lang, today, person),
        FormTarget::Decide(r) => return decide_from(form, wb, lang, today, r),
        FormTarget::Asset(kind) => return asset_from(form, wb, lang, today, kind),
        // The walkthrough reads its own questions (`answers`).
        FormTarget::Walkthrough | FormTarget::OwnCard | FormTarget::Export => return None,
        _ => {}
    }
    let existing = match target {
        FormTarget::Edit(r) => wb.record(r),
        _ => None,
    };
    let kind = match target {
        FormTarget::Edit(r) | FormTarget::Decide(r) => r.kind(),
        FormTarget::New(k) => k,
        FormTarget::Contact(_)
        | FormTarget::Asset(_)
        | FormTarget::Walkthrough
        | FormTarget::OwnCard
        | FormTarget::Export => RecordKind::Person,
    };
    let mut r = Reader { form, lang, today, ok: true };
    let mut edit: Edit = Vec::new();
    let record = match kind {
        RecordKind::Reflection => {
            let date = r.past_date(0);
            let topic = nth::<Topic>(r.choice(1));
            let text = r.text(2);
            if !r.ok {
                return None;
            }
            let old = match existing {
                Some(Record::Reflection(x)) => x,
                _ => Reflection { id: ReflectionId(wb.new_id()), ..Default::default() },
            };
            Record::Reflection(Reflection { date, topic, text, ..old })
        }
        RecordKind::Stocktake => {
            use strum::IntoEnumIterator;
            let date = r.past_date(0);
            // One stock-take a day: a second on the same date is the first one, edited.
            let this = match existing {
                Some(Record::Stocktake(ref old)) => Some(old.id),
                _ => None,
            };
            if let Some(d) = date
                && wb.stocktakes.iter().any(|x| x.date == Some(d) && Some(x.id) != this)
            {
                r.fail(0, i18n::stocktake_same_day(lang, d));
            }
            let ratings: Vec<StocktakeRating> = AssetKind::iter()
                .enumerate()
                .map(|(i, kind)| StocktakeRating { kind, rating: r.optional_number(1 + i).map(|n| n as u8) })
                .collect();
            let note = r.text(1 + ratings.len());
            if !r.ok {
                return None;
            }
            // Taken today, the ratings are today's: they become the current self-ratings too.
            if date == Some(today) {
                for x in &ratings {
                    let asset = wb.asset(x.kind).cloned().unwrap_or_else(|| Asset::new(x.kind));
                    if asset.rating != x.rating {
                        edit.push(Change::Asset(Asset { rating: x.rating, ..asset }));
                    }
                }
            }
            let st = match existing {
                // Editing keeps the frozen indicators; the date, ratings and note may change.
                Some(Record::Stocktake(old)) => Stocktake { date, ratings, note, ..old },
                // The indicators are counted as of the stock-take's date.
                _ => Stocktake {
                    id: StocktakeId(wb.new_id()),
                    date,
                    ratings,
                    figures: crate::model::assets::figures_for_new_stocktake(wb, date.unwrap_or(today)),
                    note,
                },
            };
            Record::Stocktake(st)
        }
        RecordKind::Value => {
            let old = match existing {
                Some(Record::Value(v)) => Some(v),
                _ => None,
            };
            let name = r.text(0);
            let description = r.text(1);
            let rank = r.number(2) as u16;
            let id = old.as_ref().map(|v| v.id);
            if wb.values.iter().any(|v| Some(v.id) != id && same(&v.name, &name)) {
                r.fail(0, i18n::duplicate(lang, RecordKind::Value, &name));
            }
            if !r.ok {
                return None;
            }
            // Keep ranks a sequence: take this value out, put it back at its new place.
            let mut order: Vec<FinalValue> =
                wb.ranked_values().into_iter().filter(|v| Some(v.id) != id).cloned().collect();
            let id = id.unwrap_or_else(|| ValueId(wb.new_id()));
            let mut v = old.unwrap_or(FinalValue { id, created: Some(today), ..Default::default() });
            v.name = name;
            v.description = description;
            // Editing a value is looking at it again (a self-knowledge signal).
            if matches!(target, FormTarget::Edit(_)) {
                v.revisited = Some(today);
            }
            let at = usize::from(rank.max(1) - 1).min(order.len());
            order.insert(at, v.clone());
            for (i, other) in order.iter().enumerate() {
                let rank = i as u16 + 1;
                if other.id != v.id && other.rank != rank {
                    edit.push(Change::Put(Record::Value(FinalValue { rank, ..other.clone() })));
                }
            }
            v.rank = at as u16 + 1;
            Record::Value(v)
        }
        RecordKind::Tag => {
            let name = r.text(0);
            let description = r.text(1);
            let old = match existing {
                Some(Record::Tag(t)) => Some(t),
                _ => None,
            };
            let id = old.as_ref().map(|t| t.id);
            if wb.tags.iter().any(|t| Some(t.id) != id && same(&t.name, &name)) {
                r.fail(0, i18n::duplicate(lang, RecordKind::Tag, &name));
            }
            if !r.ok {
                return None;
            }
            let id = id.unwrap_or_else(|| TagId(wb.new_id()));
            let created = old.and_then(|t| t.created).or(Some(today));
            Record::Tag(Tag { id, name, description, created })
        }
        RecordKind::Output => {
            let date = r.past_date(0);
            let channel = nth::<Channel>(r.choice(1));
            let body = r.text(2);
            let tag_names: Vec<Text> =
                r.text(3).split([',', '、', '，']).map(|t| Text::from(t.trim())).filter(|t| !t.is_blank()).collect();
            let reactions = r.number(4) as u32;
            let people = r.people(5, wb);
            if !r.ok {
                return None;
            }
            // Tags given by a new name are created in the same edit (one undo removes both).
            let mut tags = Vec::new();
            let mut created: Vec<(Text, TagId)> = Vec::new();
            for name in tag_names {
                let known = wb.tag_named(&name).or_else(|| created.iter().find(|(n, _)| same(n, &name)).map(|x| x.1));
                let id = match known {
                    Some(id) => id,
                    None => {
                        let id = TagId(wb.new_id());
                        created.push((name.clone(), id));
                        let tag = Tag { id, name, description: Text::default(), created: Some(today) };
                        edit.push(Change::Put(Record::Tag(tag)));
                        id
                    }
                };
                if !tags.contains(&id) {
                    tags.push(id);
                }
            }
            let o = match existing {
                Some(Record::Output(o)) => o,
                _ => Output { id: OutputId(wb.new_id()), ..Default::default() },
            };
            Record::Output(Output { date, channel, text: body, tags, reactions, people, ..o })
        }
        RecordKind::Introduction => {
            let date = r.past_date(0);
            let direction = nth::<IntroDirection>(r.choice(1));
            let first = r.person(2, wb);
            let second = r.person(3, wb);
            let why = r.text(4);
            let outcome = r.text(5);
            if first.is_some() && first == second {
                r.fail(3, tr!(lang, "intro-same-person").to_owned());
            }
            if !r.ok {
                return None;
            }
            let i = match existing {
                Some(Record::Introduction(i)) => i,
                _ => Introduction { id: IntroductionId(wb.new_id()), ..Default::default() },
            };
            Record::Introduction(Introduction { date, direction, first, second, why, outcome, ..i })
        }
        RecordKind::Invitation => {
            let what = r.text(0);
            let from = r.person(1, wb);
            let via_choice = r.choice(2);
            let kind = nth::<InvitationKind>(r.choice(3));
            let received = r.past_date(4);
            let deadline = r.any_date(5);
            // Compared with the day it will be saved as received (today, when left empty).
            let old_received = match &existing {
                Some(Record::Invitation(i)) => i.received,
                _ => None,
            };
            if let (Some(got), Some(due)) = (received.or(old_received).or(Some(today)), deadline)
                && due < got
            {
                r.fail(5, tr!(lang, "deadline-before-received").to_owned());
            }
            let excitement = r.number(6) as u8;
            let cost = nth::<Cost>(r.choice(7));
            let values: Vec<ValueId> = wb.ranked_values().iter().map(|v| v.id).collect();
            let mut scores = Vec::new();
            for (k, &value) in values.iter().enumerate() {
                let score = r.number(INVITATION_FIXED + k) as i8;
                if score != 0 {
                    scores.push(ValueScore { value, score });
                }
            }
            let after = INVITATION_FIXED + values.len();
            let decision = nth::<Decision>(r.choice(after));
            let reason = r.text(after + 1);
            let outcome = r.text(after + 2);
            let unexpected = r.text(after + 3);
            let skills: Vec<HappenstanceSkill> =
                HappenstanceSkill::iter().enumerate().filter(|(k, _)| r.on(after + 4 + k)).map(|(_, s)| s).collect();
            if !r.ok {
                return None;
            }
            let via = via_choice.checked_sub(1).and_then(|x| wb.communities.as_slice().get(x)).map(|c| c.id);
            let i = match existing {
                Some(Record::Invitation(i)) => i,
                _ => Invitation { id: InvitationId(wb.new_id()), ..Default::default() },
            };
            // The day a decision was first made is kept; going back to pending clears it.
            let decided = match decision {
                Decision::Pending => None,
                _ if i.decision == decision => i.decided.or(Some(today)),
                _ => Some(today),
            };
            Record::Invitation(Invitation {
                what,
                from,
                via,
                kind,
                received: received.or(i.received).or(Some(today)),
                deadline,
                scores,
                excitement,
                cost,
                decision,
                reason,
                decided,
                outcome,
                unexpected,
                skills,
                ..i
            })
        }
        RecordKind::Person => {
            let name = r.text(0);
            let phonetic = r.text(1);
            let field = r.text(2);
            let met_choice = r.choice(3);
            let how_met = r.text(4);
            let communities = r.named(5, RecordKind::Community, |n| wb.community_named(n));
            let tie = TieDimensions {
                time: r.number(6) as u8,
                emotion: r.number(7) as u8,
                intimacy: r.number(8) as u8,
                reciprocity: r.number(9) as u8,
            };
            let mutual_connections = r.optional_number(10).map(|n| n as u32);
            let first_contact = r.past_date(11);
            let last_contact = r.past_date(12);
            if let (Some(first), Some(last)) = (first_contact, last_contact)
                && first > last
            {
                r.fail(11, tr!(lang, "first-after-last").to_owned());
            }
            let cadence_choice = r.choice(13);
            let email = r.text(14);
            if !email.is_blank() && !email.contains('@') {
                r.fail(14, tr!(lang, "bad-email").to_owned());
            }
            let url = r.text(15);
            let notes = r.text(16);
            if !r.ok {
                return None;
            }
            let met_in = met_choice.checked_sub(1).and_then(|i| wb.communities.as_slice().get(i)).map(|c| c.id);
            let cadence = cadence_choice.checked_sub(1).and_then(|i| Cadence::iter().nth(i));
            let mut p = match existing {
                Some(Record::Person(p)) => p,
                _ => Person { id: PersonId(wb.new_id()), ..Default::default() },
            };
            let new = !wb.people.contains(p.id);
            // Known since the date given, else since the earliest contact we have a date for
            // (today for someone just added).
            p.first_contact = first_contact.or_else(|| {
                let logged = p.interactions.iter().filter_map(|i| i.date);
                let earliest = last_contact.into_iter().chain(logged).min();
                earliest.or(new.then_some(today))
            });
            p.communities = communities;
            // The meeting place is also a shared community.
            if let Some(c) = met_in.filter(|c| !p.communities.contains(c)) {
                p.communities.insert(0, c);
            }
            Record::Person(Person {
                name,
                phonetic,
                field,
                met_in,
                how_met,
                tie,
                mutual_connections,
                last_contact,
                cadence,
                email,
                url,
                notes,
                ..p
            })
        }
        _ => {
            let name = r.text(0);
            let kind = nth::<CommunityKind>(r.choice(1));
            let status = nth::<CommunityStatus>(r.choice(2));
            let distance = nth::<Distance>(r.choice(3));
            let cadence = nth::<Cadence>(r.choice(4));
            let last_visit = r.past_date(5);
            let outside_usual_circle = r.on(6);
            let interests: Vec<Text> =
                super::picker::split_items(&r.text(7)).map(Text::from).filter(|t| !t.is_blank()).collect();
            let values = r.named(8, RecordKind::Value, |n| wb.value_named(n));
            let notes = r.text(9);
            let old = match existing {
                Some(Record::Community(c)) => Some(c),
                _ => None,
            };
            let id = old.as_ref().map(|c| c.id);
            if wb.communities.iter().any(|c| Some(c.id) != id && same(&c.name, &name)) {
                r.fail(0, i18n::duplicate(lang, RecordKind::Community, &name));
            }
            if !r.ok {
                return None;
            }
            let c =
                old.unwrap_or(Community { id: CommunityId(wb.new_id()), created: Some(today), ..Default::default() });
            Record::Community(Community {
                name,
                kind,
                status,
                distance,
                cadence,
                last_visit,
                outside_usual_circle,
                interests,
                values,
                notes,
                ..c
            })
        }
    };
    edit.push(Change::Put(record));
    Some(edit)
}

/// The form for logging a contact with `person`: when, and what about.
pub fn contact_form(person: PersonId, lang: Lang, today: NaiveDate) -> Form {
    let fields = vec![
        Field::new(tr!(lang, "col-date"), FieldKind::Date)
            .required()
            .text(&date_text(Some(today)))
            .example(tr!(lang, "example-date")),
        Field::new(tr!(lang, "col-notes"), FieldKind::Multi).example(tr!(lang, "example-contact")),
    ];
    Form::new(FormTarget::Contact(person), fields)
}

/// Adds the contact to the person's log; the latest contact moves with it (which resets the
/// keep-in-touch reminder).
fn contact_from(form: &mut Form, wb: &Workbook, lang: Lang, today: NaiveDate, person: PersonId) -> Option<Edit> {
    let mut r = Reader { form, lang, today, ok: true };
    let date = r.past_date(0);
    let note = r.text(1);
    let mut p = wb.people.get(person)?.clone();
    if !r.ok {
        return None;
    }
    p.interactions.push(Interaction { date, note });
    p.interactions.sort_by_key(|i| i.date);
    p.last_contact = p.last_contact.max(date);
    // A contact from before the first one known moves the first contact back.
    p.first_contact = match (p.first_contact, date) {
        (Some(first), Some(d)) => Some(first.min(d)),
        (first, d) => first.or(d),
    };
    Some(vec![Change::Put(Record::Person(p))])
}

/// The status a decision gives a community under consideration.
fn community_status(d: Decision) -> CommunityStatus {
    match d {
        Decision::Accepted => CommunityStatus::Trying,
        Decision::Declined => CommunityStatus::Left,
        Decision::Pending | Decision::Later => CommunityStatus::Considering,
    }
}

/// The decision form from the value filter: the decision (or, for a community, its new status)
/// and the reason, which starts as the filter's own "why" so it can be kept or rewritten.
pub fn decide_form(wb: &Workbook, r: RecordRef, decision: Decision, lang: Lang) -> Option<Form> {
    let candidate = match r {
        RecordRef::Invitation(i) => filter::Candidate::Invitation(i),
        RecordRef::Community(c) => filter::Candidate::Community(c),
        _ => return None,
    };
    let why = i18n::filter_why(lang, wb, &filter::judge(wb, candidate)?);
    let fields = match r {
        RecordRef::Invitation(i) => {
            let inv = wb.invitations.get(i)?;
            let reason = if inv.reason.is_blank() { why } else { inv.reason.to_string() };
            vec![
                choice_of(tr!(lang, "col-decision"), lang, decision),
                Field::new(tr!(lang, "col-reason"), FieldKind::Multi).text(&reason),
            ]
        }
        _ => vec![
            choice_of(tr!(lang, "col-status"), lang, community_status(decision)),
            Field::new(tr!(lang, "col-reason"), FieldKind::Multi).text(&why),
        ],
    };
    Some(Form::new(FormTarget::Decide(r), fields))
}

/// The decision, recorded with its reason and date (a community notes the reason, dated).
fn decide_from(form: &mut Form, wb: &Workbook, lang: Lang, today: NaiveDate, r: RecordRef) -> Option<Edit> {
    let mut reader = Reader { form, lang, today, ok: true };
    let choice = reader.choice(0);
    let reason = reader.text(1);
    match r {
        RecordRef::Invitation(id) => {
            let mut inv = wb.invitations.get(id)?.clone();
            inv.decision = nth::<Decision>(choice);
            inv.reason = reason;
            inv.decided = (!filter::is_open(&inv)).then_some(today);
            Some(vec![Change::Put(Record::Invitation(inv))])
        }
        RecordRef::Community(id) => {
            let mut c = wb.communities.get(id)?.clone();
            c.status = nth::<CommunityStatus>(choice);
            if !reason.is_blank() {
                let dated = format!("{}: {}", today.format("%Y-%m-%d"), reason.trim());
                let notes = if c.notes.is_blank() { dated } else { format!("{}\n{dated}", c.notes.trim_end()) };
                c.notes = Text::from(notes.as_str());
            }
            Some(vec![Change::Put(Record::Community(c))])
        }
        _ => None,
    }
}

fn same(a: &str, b: &str) -> bool {
    same_name(a, b)
}
