//! `tsunagari add KIND ...`: quick capture from the shell. Links are given by name, or by a part
//! of one, and resolved by the same rule as a form's (`model::find_by_part`; a name that matches
//! nothing is an error that says how to add it); the record itself is written by
//! `model::rules`, the same rules the forms and the walkthrough follow.

use std::path::Path;

use chrono::NaiveDate;

use crate::cli::{AddCommand, CommunityArgs, IntroductionArgs, InvitationArgs, OutputArgs, PersonArgs, ReflectionArgs};
use crate::i18n::{self, Lang};
use crate::model::dates::parse_date;
use crate::model::*;

/// Adds the record and returns a one-line confirmation.
pub fn add(path: &Path, cmd: AddCommand, lang: Lang) -> Result<String, String> {
    let today = super::today();
    super::with_workbook(path, lang, |wb| {
        let (edit, added) = plan(wb, cmd, lang, today)?;
        wb.apply(edit).map_err(|e| i18n::edit_error(lang, &e))?;
        Ok(i18n::added(lang, added))
    })
}

/// The edit `tsunagari add` makes, and the record it adds; the workbook is changed only by
/// taking the new ids. Errors are the line the command prints.
pub fn plan(wb: &mut Workbook, cmd: AddCommand, lang: Lang, today: NaiveDate) -> Result<(Edit, RecordRef), String> {
    let refused = |e: RuleError| i18n::rule_error(lang, &e);
    let n = Names { wb, lang, today };
    match cmd {
        AddCommand::Value { name, description, rank } => {
            // Ranks stay 1, 2, 3…: the values from the new one's rank on move down a place.
            let v = FinalValue {
                name: n.non_blank(&name, RecordKind::Value)?,
                description: Text::from(description.unwrap_or_default()),
                rank: rank.unwrap_or(0),
                ..Default::default()
            };
            rules::add(wb, Record::Value(v), today).map_err(refused)
        }
        AddCommand::Community(a) => {
            let c = community(&n, a)?;
            rules::add(wb, Record::Community(c), today).map_err(refused)
        }
        AddCommand::Person(a) => {
            let p = person(&n, a)?;
            rules::add(wb, Record::Person(p), today).map_err(refused)
        }
        AddCommand::Tag { name, description } => {
            let t = Tag {
                name: n.non_blank(&name, RecordKind::Tag)?,
                description: Text::from(description.unwrap_or_default()),
                ..Default::default()
            };
            rules::add(wb, Record::Tag(t), today).map_err(refused)
        }
        AddCommand::Output(a) => {
            let (o, tags) = output(&n, a)?;
            rules::output_with_tags(wb, o, tags.iter().map(String::as_str), false, today).map_err(refused)
        }
        AddCommand::Introduction(a) => {
            let i = introduction(&n, a)?;
            rules::add(wb, Record::Introduction(i), today).map_err(refused)
        }
        AddCommand::Invitation(a) => {
            let i = invitation(&n, a)?;
            rules::add(wb, Record::Invitation(i), today).map_err(refused)
        }
        AddCommand::Reflection(a) => {
            let r = reflection(&n, a)?;
            rules::add(wb, Record::Reflection(r), today).map_err(refused)
        }
    }
}

/// Resolves names and dates against one workbook, with messages in one language.
struct Names<'a> {
    wb: &'a Workbook,
    lang: Lang,
    today: NaiveDate,
}

impl Names<'_> {
    fn date(&self, input: &Option<String>) -> Result<Option<NaiveDate>, String> {
        let parsed = input.as_deref().map(|s| parse_date(s, self.today));
        parsed.transpose().map_err(|e| i18n::say(self.lang, &e.message()))
    }
    /// A link given by name follows the forms' rule (`model::find_by_part`): a whole name, a
    /// number, a whole reading, or a part of a name that fits one record. Several that fit are
    /// listed, by name and number, to choose from.
    fn resolved<T>(&self, kind: RecordKind, name: &str, found: Result<T, NameError>) -> Result<T, String> {
        found.map_err(|e| match e {
            NameError::Missing => i18n::no_such(self.lang, kind, name),
            NameError::Ambiguous(ids) => {
                let names = ids.iter().map(|&id| (id, self.wb.name_of(kind, id))).collect::<Vec<_>>();
                // Records that share the name itself differ only by number.
                if names.iter().all(|(_, n)| same_name(n, name)) {
                    i18n::ambiguous(self.lang, kind, name, &ids)
                } else {
                    i18n::link_several_listed(self.lang, kind, name, &names)
                }
            }
        })
    }
    fn community(&self, name: &str) -> Result<CommunityId, String> {
        self.resolved(RecordKind::Community, name, self.wb.community_by_part(name))
    }
    fn person(&self, name: &str) -> Result<PersonId, String> {
        self.resolved(RecordKind::Person, name, self.wb.person_by_part(name))
    }
    fn value(&self, name: &str) -> Result<ValueId, String> {
        self.resolved(RecordKind::Value, name, self.wb.value_by_part(name))
    }
    /// A date of something that already happened: not after today.
    fn past_date(&self, input: &Option<String>) -> Result<Option<NaiveDate>, String> {
        let date = self.date(input)?;
        match (date, input) {
            (Some(d), Some(raw)) if d > self.today => Err(i18n::future_date(self.lang, raw.trim())),
            _ => Ok(date),
        }
    }
    fn non_blank(&self, raw: &str, kind: RecordKind) -> Result<Text, String> {
        let t = Text::from(raw);
        if t.is_blank() { Err(i18n::empty_name(self.lang, kind)) } else { Ok(t) }
    }
}

fn community(n: &Names, a: CommunityArgs) -> Result<Community, String> {
    Ok(Community {
        name: n.non_blank(&a.name, RecordKind::Community)?,
        kind: a.kind.unwrap_or_default(),
        values: a.values.iter().map(|v| n.value(v)).collect::<Result<Vec<_>, _>>()?,
        interests: a.interests.iter().map(|s| Text::from(s.as_str())).filter(|t| !t.is_blank()).collect(),
        distance: a.distance.unwrap_or_default(),
        status: a.status.unwrap_or_default(),
        cadence: a.cadence.unwrap_or_default(),
        last_visit: n.past_date(&a.last_visit)?,
        outside_usual_circle: a.outside,
        notes: Text::from(a.notes.unwrap_or_default()),
        ..Default::default()
    })
}

fn person(n: &Names, a: PersonArgs) -> Result<Person, String> {
    let met_in = a.met_in.as_deref().map(|c| n.community(c)).transpose()?;
    Ok(Person {
        name: n.non_blank(&a.name, RecordKind::Person)?,
        how_met: Text::from(a.how_met.unwrap_or_default()),
        met_in,
        field: Text::from(a.field.unwrap_or_default()),
        organisation: Text::from(a.organisation.unwrap_or_default()),
        role: Text::from(a.role.unwrap_or_default()),
        tie: TieDimensions {
            time: a.time.unwrap_or(0),
            emotion: a.emotion.unwrap_or(0),
            intimacy: a.intimacy.unwrap_or(0),
            reciprocity: a.reciprocity.unwrap_or(0),
        },
        // Added from the shell just now: in touch today unless a day is given.
        last_contact: n.past_date(&a.last_contact)?.or(Some(n.today)),
        notes: Text::from(a.notes.unwrap_or_default()),
        ..Default::default()
    })
}

fn output(n: &Names, a: OutputArgs) -> Result<(Output, Vec<String>), String> {
    let text = n.non_blank(&a.text, RecordKind::Output)?;
    for tag in &a.tags {
        n.non_blank(tag, RecordKind::Tag)?;
    }
    let o = Output {
        date: n.past_date(&a.date)?,
        channel: a.channel.unwrap_or_default(),
        text,
        reactions: a.reactions.unwrap_or(0),
        ..Default::default()
    };
    Ok((o, a.tags))
}

fn introduction(n: &Names, a: IntroductionArgs) -> Result<Introduction, String> {
    Ok(Introduction {
        first: Some(n.person(&a.first)?),
        second: Some(n.person(&a.second)?),
        direction: a.direction.unwrap_or_default(),
        status: if a.planned { IntroStatus::Planned } else { IntroStatus::Made },
        date: n.past_date(&a.date)?,
        follow_up: n.date(&a.follow_up)?,
        why: Text::from(a.why.unwrap_or_default()),
        ..Default::default()
    })
}

fn invitation(n: &Names, a: InvitationArgs) -> Result<Invitation, String> {
    Ok(Invitation {
        what: n.non_blank(&a.what, RecordKind::Invitation)?,
        from: a.from.as_deref().map(|p| n.person(p)).transpose()?,
        via: a.via.as_deref().map(|c| n.community(c)).transpose()?,
        kind: a.kind.unwrap_or_default(),
        received: n.past_date(&a.received)?,
        deadline: n.date(&a.deadline)?,
        event: n.date(&a.event)?,
        excitement: a.excitement.unwrap_or(0),
        cost: a.cost.unwrap_or_default(),
        decision: a.decision.unwrap_or_default(),
        reason: Text::from(a.reason.unwrap_or_default()),
        practice: a.practice,
        ..Default::default()
    })
}

fn reflection(n: &Names, a: ReflectionArgs) -> Result<Reflection, String> {
    Ok(Reflection {
        text: n.non_blank(&a.text, RecordKind::Reflection)?,
        topic: a.topic.unwrap_or_default(),
        // Written today unless a day is given (`rules::add` fills it in).
        date: n.past_date(&a.date)?,
        ..Default::default()
    })
}
