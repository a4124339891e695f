//! `tsunagari add KIND ...`: quick capture from the shell. Links are given by name and resolved
//! here; a name that matches nothing is an error that says how to add it.

use std::path::Path;

use crate::cli::{AddCommand, CommunityArgs, InvitationArgs, OutputArgs, PersonArgs};
use crate::model::dates::parse_date;
use crate::model::*;

fn find_by_name<'a, T>(
    items: impl Iterator<Item = &'a T>,
    name: &str,
    get: impl Fn(&T) -> &Text,
) -> Option<&'a T>
where
    T: 'a,
{
    let want = Text::from(name).trim().to_lowercase();
    items
        .into_iter()
        .find(|x| get(x).trim().to_lowercase() == want)
}

fn date(
    input: &Option<String>,
    today: chrono::NaiveDate,
) -> Result<Option<chrono::NaiveDate>, String> {
    input
        .as_deref()
        .map(|s| parse_date(s, today).map_err(|e| e.to_string()))
        .transpose()
}

fn community_id(wb: &Workbook, name: &str) -> Result<CommunityId, String> {
    find_by_name(wb.communities.iter(), name, |c| &c.name)
        .map(|c| c.id)
        .ok_or_else(|| {
            format!(
                "no community named \"{name}\"; add it first: tsunagari add community \"{name}\""
            )
        })
}

fn person_id(wb: &Workbook, name: &str) -> Result<PersonId, String> {
    find_by_name(wb.people.iter(), name, |p| &p.name)
        .map(|p| p.id)
        .ok_or_else(|| {
            format!("no person named \"{name}\"; add them first: tsunagari add person \"{name}\"")
        })
}

fn non_blank(text: &str, what: &str) -> Result<Text, String> {
    let t = Text::from(text);
    if t.is_blank() {
        Err(format!("the {what} is empty; write something"))
    } else {
        Ok(t)
    }
}

/// Adds the record and returns a one-line confirmation.
pub fn add(path: &Path, cmd: AddCommand) -> Result<String, String> {
    let today = super::today();
    super::with_workbook(path, |wb| {
        let mut edit: Edit = Vec::new();
        let record = match cmd {
            AddCommand::Value {
                name,
                description,
                rank,
            } => {
                let name = non_blank(&name, "value name")?;
                if find_by_name(wb.values.iter(), &name, |v| &v.name).is_some() {
                    return Err(format!("there is already a value named \"{name}\""));
                }
                let rank =
                    rank.unwrap_or_else(|| wb.values.iter().map(|v| v.rank).max().unwrap_or(0) + 1);
                Record::Value(FinalValue {
                    id: ValueId(wb.new_id()),
                    rank,
                    name,
                    description: Text::from(description.unwrap_or_default()),
                    created: Some(today),
                    revisited: None,
                })
            }
            AddCommand::Community(a) => Record::Community(community(wb, a, today)?),
            AddCommand::Person(a) => Record::Person(person(wb, a, today)?),
            AddCommand::Tag { name, description } => {
                let name = non_blank(&name, "tag name")?;
                if find_by_name(wb.tags.iter(), &name, |t| &t.name).is_some() {
                    return Err(format!("there is already a tag named \"{name}\""));
                }
                Record::Tag(Tag {
                    id: TagId(wb.new_id()),
                    name,
                    description: Text::from(description.unwrap_or_default()),
                    created: Some(today),
                })
            }
            AddCommand::Output(a) => Record::Output(output(wb, a, today, &mut edit)?),
            AddCommand::Invitation(a) => Record::Invitation(invitation(wb, a, today)?),
        };
        let what = crate::store::describe_ref(record.reference());
        edit.push(Change::Put(record));
        wb.apply(edit)
            .map_err(|e| crate::i18n::edit_error(crate::i18n::Lang::En, &e))?;
        Ok(format!("added {what}"))
    })
}

fn community(
    wb: &mut Workbook,
    a: CommunityArgs,
    today: chrono::NaiveDate,
) -> Result<Community, String> {
    let name = non_blank(&a.name, "community name")?;
    let values = a
        .values
        .iter()
        .map(|n| {
            find_by_name(wb.values.iter(), n, |v| &v.name)
                .map(|v| v.id)
                .ok_or_else(|| {
                    format!("no value named \"{n}\"; add it first: tsunagari add value \"{n}\"")
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Community {
        id: CommunityId(wb.new_id()),
        name,
        kind: a.kind.unwrap_or_default(),
        values,
        interests: a
            .interests
            .iter()
            .map(|s| Text::from(s.as_str()))
            .filter(|t| !t.is_blank())
            .collect(),
        distance: a.distance.unwrap_or_default(),
        status: a.status.unwrap_or_default(),
        cadence: a.cadence.unwrap_or_default(),
        last_visit: date(&a.last_visit, today)?,
        outside_usual_circle: a.outside,
        notes: Text::from(a.notes.unwrap_or_default()),
        created: Some(today),
    })
}

fn person(wb: &mut Workbook, a: PersonArgs, today: chrono::NaiveDate) -> Result<Person, String> {
    let name = non_blank(&a.name, "name")?;
    let met_in = a
        .met_in
        .as_deref()
        .map(|n| community_id(wb, n))
        .transpose()?;
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
        last_contact: date(&a.last_contact, today)?.or(Some(today)),
        notes: Text::from(a.notes.unwrap_or_default()),
        ..Default::default()
    })
}

fn output(
    wb: &mut Workbook,
    a: OutputArgs,
    today: chrono::NaiveDate,
    edit: &mut Edit,
) -> Result<Output, String> {
    let text = non_blank(&a.text, "output text")?;
    let mut tags = Vec::new();
    for name in &a.tags {
        let name = non_blank(name, "tag name")?;
        let existing = find_by_name(wb.tags.iter(), &name, |t| &t.name).map(|t| t.id);
        let id = match existing {
            Some(id) => id,
            None => {
                // A new tag comes along in the same edit.
                let id = TagId(wb.new_id());
                edit.push(Change::Put(Record::Tag(Tag {
                    id,
                    name,
                    description: Text::default(),
                    created: Some(today),
                })));
                id
            }
        };
        if !tags.contains(&id) {
            tags.push(id);
        }
    }
    Ok(Output {
        id: OutputId(wb.new_id()),
        date: Some(date(&a.date, today)?.unwrap_or(today)),
        channel: a.channel.unwrap_or_default(),
        text,
        tags,
        reactions: a.reactions.unwrap_or(0),
        people: Vec::new(),
    })
}

fn invitation(
    wb: &mut Workbook,
    a: InvitationArgs,
    today: chrono::NaiveDate,
) -> Result<Invitation, String> {
    let what = non_blank(&a.what, "invitation")?;
    let from = a.from.as_deref().map(|n| person_id(wb, n)).transpose()?;
    let via = a.via.as_deref().map(|n| community_id(wb, n)).transpose()?;
    Ok(Invitation {
        id: InvitationId(wb.new_id()),
        what,
        from,
        via,
        kind: a.kind.unwrap_or_default(),
        received: Some(today),
        deadline: date(&a.deadline, today)?,
        excitement: a.excitement.unwrap_or(0),
        cost: a.cost.unwrap_or_default(),
        ..Default::default()
    })
}
