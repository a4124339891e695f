//! The form for a person (a tie). Its first page is what is known the moment you meet someone:
//! the name, where you met (a community, typed by part of its name or picked with Ctrl-p), how
//! close you are (the four dimensions of the tie, each a level with words) and a note. The rest
//! waits behind "more": the reading, their field (Ctrl-p offers the workbook's fields), how you
//! met, the communities you share, mutual connections, contact dates, a keep-in-touch cadence
//! and the contact details (email, URL, organisation, role).
//!
//! To add a field to a person: add a variant to [`F`], build the field in [`fields`] (its label
//! and example in both Fluent files; on the first page only if it is known at once), read it in
//! [`read`] into the field you add to `model::Person` (with `#[serde(default)]`, so older files
//! still read). Nothing else changes.

use strum::IntoEnumIterator;

use super::{Reader, community_link, community_names, date_field, write};
use crate::app::form::{Field, FieldKind, FieldName, Key};
use crate::i18n::{self, Label, Lang, tr};
use crate::model::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum F {
    Name,
    Phonetic,
    Field,
    MetIn,
    HowMet,
    Communities,
    Time,
    Emotion,
    Intimacy,
    Reciprocity,
    Mutual,
    FirstContact,
    LastContact,
    Cadence,
    Email,
    Url,
    Organisation,
    Role,
    Notes,
    /// Shows the fields after it.
    More,
}

impl FieldName for F {
    fn key(self) -> Key {
        Key(self as u16)
    }
}

pub fn fields(p: &Person, wb: &Workbook, lang: Lang) -> Vec<Field> {
    let labels = i18n::tie_labels(lang);
    let levels = i18n::tie_levels(lang);
    let hints = i18n::tie_hints(lang);
    let dim = |name: F, i: usize, v: u8| {
        let words: Vec<String> = levels[i].iter().map(|w| (*w).to_owned()).collect();
        Field::new(name, labels[i], FieldKind::Scale(words))
            .chosen(usize::from(v.min(TieDimensions::MAX)))
            .hint(hints[i])
    };
    let mut cadence_labels = vec![format!("({})", tr!(lang, "none"))];
    cadence_labels.extend(Cadence::iter().map(|c| c.label(lang).to_owned()));
    let cadence_at = p.cadence.and_then(|c| Cadence::iter().position(|x| x == c)).map_or(0, |i| i + 1);
    let rest = vec![
        Field::new(F::Phonetic, tr!(lang, "col-phonetic"), FieldKind::Line).text(&p.phonetic),
        Field::new(F::Field, tr!(lang, "col-field"), FieldKind::Line)
            .text(&p.field)
            .example(tr!(lang, "example-field"))
            .suggests(fields::known_fields(wb).into_iter().map(|k| (k.name, k.people)).collect()),
        Field::new(F::HowMet, tr!(lang, "col-how-met"), FieldKind::Line).text(&p.how_met),
        Field::new(F::Communities, tr!(lang, "col-communities"), FieldKind::Line)
            .text(&community_names(wb, &p.communities))
            .example(tr!(lang, "example-communities"))
            .links(RecordKind::Community, true),
        Field::new(F::Mutual, tr!(lang, "col-mutual"), FieldKind::Number { min: 0, max: 100_000 })
            .text(&p.mutual_connections.map_or_else(String::new, |m| m.to_string()))
            .example(tr!(lang, "example-mutual")),
        date_field(F::FirstContact, tr!(lang, "col-first-contact"), lang, p.first_contact),
        date_field(F::LastContact, tr!(lang, "col-last-contact"), lang, p.last_contact),
        Field::new(F::Cadence, tr!(lang, "col-cadence"), FieldKind::Choice(cadence_labels)).chosen(cadence_at),
        Field::new(F::Email, tr!(lang, "col-email"), FieldKind::Line).text(&p.email),
        Field::new(F::Url, tr!(lang, "col-url"), FieldKind::Line).text(&p.url),
        Field::new(F::Organisation, tr!(lang, "col-organisation"), FieldKind::Line).text(&p.organisation),
        Field::new(F::Role, tr!(lang, "col-role"), FieldKind::Line).text(&p.role),
    ];
    // Someone already written down more about opens with all of it shown. (The communities
    // alone do not count: they follow from where we met.)
    let more_known = rest.iter().any(|f| !f.value().is_empty() && f.key != F::Communities.key())
        || cadence_at != 0
        || p.communities.iter().any(|c| Some(*c) != p.met_in);
    let mut out = vec![
        Field::new(F::Name, tr!(lang, "col-name"), FieldKind::Line)
            .required()
            .text(&p.name)
            .example(tr!(lang, "example-person")),
        community_link(F::MetIn, tr!(lang, "col-met-in"), lang, wb, p.met_in),
        dim(F::Time, 0, p.tie.time),
        dim(F::Emotion, 1, p.tie.emotion),
        dim(F::Intimacy, 2, p.tie.intimacy),
        dim(F::Reciprocity, 3, p.tie.reciprocity),
        Field::new(F::Notes, tr!(lang, "col-notes"), FieldKind::Multi).text(&p.notes),
        Field::new(F::More, tr!(lang, "form-more"), FieldKind::More)
            .example(tr!(lang, "person-more"))
            .switched(more_known),
    ];
    out.extend(rest);
    out
}

pub fn read(r: &mut Reader, wb: &mut Workbook, old: Option<Person>) -> Option<Edit> {
    let dim = |r: &mut Reader, name: F| u8::try_from(r.choice(name)).unwrap_or(0).min(TieDimensions::MAX);
    let name = r.text(F::Name);
    let phonetic = r.text(F::Phonetic);
    let field = r.text(F::Field);
    let organisation = r.text(F::Organisation);
    let role = r.text(F::Role);
    let met_in = r.community(F::MetIn, wb);
    let how_met = r.text(F::HowMet);
    let communities = r.linked(F::Communities, RecordKind::Community, |n| wb.community_by_part(n));
    let tie = TieDimensions {
        time: dim(r, F::Time),
        emotion: dim(r, F::Emotion),
        intimacy: dim(r, F::Intimacy),
        reciprocity: dim(r, F::Reciprocity),
    };
    let mutual_connections = r.optional_number(F::Mutual).and_then(|n| u32::try_from(n).ok());
    let first_contact = r.past_date(F::FirstContact);
    let last_contact = r.past_date(F::LastContact);
    let cadence = r.choice(F::Cadence).checked_sub(1).and_then(|i| Cadence::iter().nth(i));
    let email = r.text(F::Email);
    let url = r.text(F::Url);
    let notes = r.text(F::Notes);
    // Someone added in the form is known since today unless a date says otherwise.
    let new = old.is_none();
    let first_contact = if new { first_contact.or(last_contact).or(Some(r.today)) } else { first_contact };
    let p = Person {
        name,
        phonetic,
        field,
        organisation,
        role,
        met_in,
        how_met,
        communities,
        tie,
        mutual_connections,
        first_contact,
        last_contact,
        cadence,
        email,
        url,
        notes,
        ..old.clone().unwrap_or_default()
    };
    write(r, wb, Record::Person(p), new, |e| match e {
        RuleError::FirstAfterLast => F::FirstContact,
        RuleError::BadEmail => F::Email,
        _ => F::Name,
    })
}
