//! `tsunagari add KIND ...`: quick capture from the shell. Links are given by name and resolved
//! here; a name that matches nothing is an error that says how to add it.

use std::path::Path;

use chrono::NaiveDate;

use crate::cli::{AddCommand, CommunityArgs, InvitationArgs, OutputArgs, PersonArgs};
use crate::i18n::{self, Lang};
use crate::model::dates::parse_date;
use crate::model::*;

/// Resolves names and dates against one workbook, with messages in one language.
struct Names<'a> {
    wb: &'a Workbook,
    lang: Lang,
    today: NaiveDate,
}

impl Names<'_> {
    fn date(&self, input: &Option<String>) -> Result<Option<NaiveDate>, String> {
        input.as_deref().map(|s| parse_date(s, self.today).map_err(|e| i18n::say(self.lang, &e.message()))).transpose()
    }
    fn missing(&self, kind: RecordKind, name: &str) -> String {
        i18n::no_such(self.lang, kind, name)
    }
    fn resolved<T>(&self, kind: RecordKind, name: &str, found: Result<T, NameError>) -> Result<T, String> {
        found.map_err(|e| match e {
            NameError::Missing => self.missing(kind, name),
            NameError::Ambiguous(ids) => i18n::ambiguous(self.lang, kind, name, &ids),
        })
    }
    fn community(&self, name: &str) -> Result<CommunityId, String> {
        self.resolved(RecordKind::Community, name, self.wb.community_named(name))
    }
    fn person(&self, name: &str) -> Result<PersonId, String> {
        self.resolved(RecordKind::Person, name, self.wb.person_named(name))
    }
    fn value(&self, name: &str) -> Result<ValueId, String> {
        self.resolved(RecordKind::Value, name, self.wb.value_named(name))
    }
    /// A date of something that already happened: not after today.
    fn past_date(&self, input: &Option<String>) -> Result<Option<NaiveDate>, String> {
        let date = self.date(input)?;
        match (date, input) {
            (Some(d), Some(raw)) if d > self.today => Err(i18n::future_date(self.lang, raw.trim())),
            _ => Ok(date),
        }
    }
    fn tag(&self, name: &str) -> Option<TagId> {
        self.wb.tag_named(name)
    }
    fn non_blank(&self, raw: &str, kind: RecordKind) -> Result<Text, String> {
        let t = Text::from(raw);
        if t.is_blank() { Err(i18n::empty_name(self.lang, kind)) } else { Ok(t) }
    }
}

/// Adds the record and returns a one-line confirmation.
pub fn add(path: &Path, cmd: AddCommand, lang: Lang) -> Result<String, String> {
    let today = super::today();
    super::with_workbook(path, lang, |wb| {
        let mut edit: Edit = Vec::new();
        let record = match cmd {
            AddCommand::Value { name, description, rank } => {
                let n = Names { wb, lang, today };
                let name = n.non_blank(&name, RecordKind::Value)?;
                if wb.values.iter().any(|v| same_name(&v.name, &name)) {
                    return Err(i18n::duplicate(lang, RecordKind::Value, &name));
                }
                let last = wb.values.iter().map(|v| v.rank).max().unwrap_or(0);
                let rank = rank.unwrap_or(last + 1).min(last + 1);
                // Ranks stay 1, 2, 3…: the values at and below the new one move down a place.
                for v in wb.values.iter().filter(|v| v.rank >= rank) {
                    edit.push(Change::Put(Record::Value(FinalValue { rank: v.rank + 1, ..v.clone() })));
                }
                Record::Value(FinalValue {
                    id: ValueId(wb.new_id()),
                    rank,
                    name,
                    description: Text::from(description.unwrap_or_default()),
                    created: Some(today),
                    revisited: None,
                })
            }
            AddCommand::Community(a) => Record::Community(community(wb, a, lang, today)?),
            AddCommand::Person(a) => Record::Person(person(wb, a, lang, today)?),
            AddCommand::Tag { name, description } => {
                let n = Names { wb, lang, today };
                let name = n.non_blank(&name, RecordKind::Tag)?;
                if n.tag(&name).is_some() {
                    return Err(i18n::duplicate(lang, RecordKind::Tag, &name));
                }
                Record::Tag(Tag {
                    id: TagId(wb.new_id()),
                    name,
                    description: Text::from(description.unwrap_or_default()),
                    created: Some(today),
                })
            }
            AddCommand::Output(a) => Record::Output(output(wb, a, lang, today, &mut edit)?),
            AddCommand::Invitation(a) => Record::Invitation(invitation(wb, a, lang, today)?),
        };
        let added = record.reference();
        edit.push(Change::Put(record));
        wb.apply(edit).map_err(|e| crate::i18n::edit_error(lang, &e))?;
        Ok(i18n::added(lang, added))
    })
}

fn community(wb: &mut Workbook, a: CommunityArgs, lang: Lang, today: NaiveDate) -> Result<Community, String> {
    let n = Names { wb, lang, today };
    let name = n.non_blank(&a.name, RecordKind::Community)?;
    if wb.communities.iter().any(|c| same_name(&c.name, &name)) {
        return Err(i18n::duplicate(lang, RecordKind::Community, &name));
    }
    let values = a.values.iter().map(|v| n.value(v)).collect::<Result<Vec<_>, _>>()?;
    let last_visit = n.past_date(&a.last_visit)?;
    Ok(Community {
        id: CommunityId(wb.new_id()),
        name,
        kind: a.kind.unwrap_or_default(),
        values,
        interests: a.interests.iter().map(|s| Text::from(s.as_str())).filter(|t| !t.is_blank()).collect(),
        distance: a.distance.unwrap_or_default(),
        status: a.status.unwrap_or_default(),
        cadence: a.cadence.unwrap_or_default(),
        last_visit,
        outside_usual_circle: a.outside,
        notes: Text::from(a.notes.unwrap_or_default()),
        created: Some(today),
    })
}

fn person(wb: &mut Workbook, a: PersonArgs, lang: Lang, today: NaiveDate) -> Result<Person, String> {
    let n = Names { wb, lang, today };
    let name = n.non_blank(&a.name, RecordKind::Person)?;
    let met_in = a.met_in.as_deref().map(|c| n.community(c)).transpose()?;
    let last_contact = n.past_date(&a.last_contact)?.or(Some(today));
    Ok(Person {
        id: PersonId(wb.new_id()),
        name,
        how_met: Text::from(a.how_met.unwrap_or_default()),
        met_in,
        communities: met_in.into_iter().collect(),
        field: Text::from(a.field.unwrap_or_default()),
        tie: TieDimensions {
            time: a.time.unwrap_or(0),
            emotion: a.emotion.unwrap_or(0),
            intimacy: a.intimacy.unwrap_or(0),
            reciprocity: a.reciprocity.unwrap_or(0),
        },
        first_contact: Some(today),
        last_contact,
        notes: Text::from(a.notes.unwrap_or_default()),
        ..Default::default()
    })
}

fn output(wb: &mut Workbook, a: OutputArgs, lang: Lang, today: NaiveDate, edit: &mut Edit) -> Result<Output, String> {
    let n = Names { wb, lang, today };
    let body = n.non_blank(&a.text, RecordKind::Output)?;
    let date = n.past_date(&a.date)?.unwrap_or(today);
    let mut known = Vec::new();
    let mut new_names = Vec::new();
    for name in &a.tags {
        let name = n.non_blank(name, RecordKind::Tag)?;
        match n.tag(&name) {
            Some(id) => known.push(id),
            None if !new_names.iter().any(|t: &Text| same_name(t, &name)) => new_names.push(name),
            None => {}
        }
    }
    // New tags come along in the same edit (one undo removes both).
    let mut tags = known;
    for name in new_names {
        let id = TagId(wb.new_id());
        edit.push(Change::Put(Record::Tag(Tag { id, name, description: Text::default(), created: Some(today) })));
        tags.push(id);
    }
    tags.dedup();
    Ok(Output {
        id: OutputId(wb.new_id()),
        date: Some(date),
        channel: a.channel.unwrap_or_default(),
        text: body,
        tags,
        reactions: a.reactions.unwrap_or(0),
        people: Vec::new(),
    })
}

fn invitation(wb: &mut Workbook, a: InvitationArgs, lang: Lang, today: NaiveDate) -> Result<Invitation, String> {
    let n = Names { wb, lang, today };
    let what = n.non_blank(&a.what, RecordKind::Invitation)?;
    let from = a.from.as_deref().map(|p| n.person(p)).transpose()?;
    let via = a.via.as_deref().map(|c| n.community(c)).transpose()?;
    let deadline = n.date(&a.deadline)?;
    Ok(Invitation {
        id: InvitationId(wb.new_id()),
        what,
        from,
        via,
        kind: a.kind.unwrap_or_default(),
        received: Some(today),
        deadline,
        excitement: a.excitement.unwrap_or(0),
        cost: a.cost.unwrap_or_default(),
        ..Default::default()
    })
}
