//! The walkthrough's questions and what their answers write. Pure: each question is a one-field
//! form built from the workbook (showing what an earlier answer wrote, so going back edits it),
//! and each answer becomes an [`Edit`] plus the records it made, or marks the field with what to
//! type instead. Examples are placeholders only; nothing is written that the person did not type
//! or choose: a community named is one being considered until its status is answered, the first
//! output has no tags and the channel "other" until they are answered, the two people who should
//! meet are a planned introduction, and the invitation is a practice one, with no day it came or
//! was decided, unless the person gives the day it really came.

use chrono::NaiveDate;
use strum::IntoEnumIterator;

use super::form::{ANSWER, Field, FieldKind, Form, FormTarget};
use super::forms::{Reader, choice_of};
use super::walkthrough::{Step, community_slot, made, made_community, made_invitation, words};
use crate::i18n::{self, Label, tr};
use crate::model::text::one_line;
use crate::model::*;

mod pages;
pub use pages::{NEW_VALUE_SLOT, final_values, own_card, own_card_form, stocktake};

/// The slot of the tags the walkthrough made (several records share it).
pub const TAG_SLOT: &str = "tag";

pub enum Outcome {
    /// The field says what is wrong.
    Wrong,
    Write(Edit, Vec<MadeRecord>),
    /// An empty optional name: no more communities (the chapter goes on after them).
    EndCommunities,
}

fn slot(name: &str, r: RecordRef) -> MadeRecord {
    MadeRecord { slot: Text::from(name), record: r.number() }
}

fn made_introduction(wb: &Workbook) -> Option<Introduction> {
    match made(wb, "introduction") {
        Some(RecordRef::Introduction(id)) => wb.introductions.get(id).cloned(),
        _ => None,
    }
}

fn made_output(wb: &Workbook) -> Option<Output> {
    match made(wb, "output") {
        Some(RecordRef::Output(id)) => wb.outputs.get(id).cloned(),
        _ => None,
    }
}

/// The statuses a community just named can have: considering, or attending (trying it out,
/// active), which counts towards Step 1.
const STATUSES: [CommunityStatus; 3] = [CommunityStatus::Considering, CommunityStatus::Trying, CommunityStatus::Active];

fn made_tags(wb: &Workbook) -> Vec<TagId> {
    wb.walkthrough
        .made
        .iter()
        .filter(|m| m.slot.as_str() == TAG_SLOT)
        .filter_map(|m| match wb.record_by_number(m.record) {
            Some(RecordRef::Tag(id)) => Some(id),
            _ => None,
        })
        .collect()
}

/// The final value of this rank (0 = first).
fn value_at(wb: &Workbook, rank: usize) -> Option<FinalValue> {
    wb.ranked_values().get(rank).map(|v| (*v).clone())
}

fn line(label: &str, text: &str, example: &str) -> Field {
    Field::new(ANSWER, label, FieldKind::Line).text(text).example(example)
}

fn choice<E: IntoEnumIterator + Label + PartialEq>(label: &str, lang: Lang, current: E) -> Field {
    choice_of(ANSWER, label, lang, current)
}

/// The fit of an invitation with a value, -2 to +2, as the choices read.
const FITS: [i8; 5] = [-2, -1, 0, 1, 2];

/// Whether a page asks something (its form may still be missing when the record it is about
/// is not there).
pub fn is_question(step: Step) -> bool {
    !matches!(step, Step::Explain | Step::Sort | Step::Top | Step::Verdict | Step::Stocktake | Step::Summary)
}

/// The question of a page, or `None` for pages that are not questions.
pub fn question(step: Step, wb: &Workbook, lang: Lang) -> Option<Form> {
    let label = words::label(lang, step);
    let example = words::example(lang, step);
    let field = match step {
        Step::Owner => line(label, &wb.settings.owner, example),
        Step::Describe(rank) => {
            let v = value_at(wb, rank)?;
            // A value from the cards gets its card's line as the example.
            let card = words::card_named(&v.name);
            let example =
                card.map_or_else(|| example.to_owned(), |c| words::as_example(lang, words::card_about(lang, c)));
            line(label, &v.description, &example)
        }
        Step::CommunityName(n) => {
            line(label, made_community(wb, n).map(|c| c.name.to_string()).as_deref().unwrap_or(""), example)
        }
        Step::CommunityKind(n) => choice(label, lang, made_community(wb, n)?.kind),
        Step::CommunityStatus(n) => {
            let status = made_community(wb, n)?.status;
            let labels = STATUSES.iter().map(|s| s.label(lang).to_owned()).collect();
            let at = STATUSES.iter().position(|s| *s == status).unwrap_or(0);
            Field::new(ANSWER, label, FieldKind::Choice(labels)).chosen(at)
        }
        Step::CommunityDistance(n) => choice(label, lang, made_community(wb, n)?.distance),
        Step::Interests => {
            let mine: Vec<&str> = wb.interests.iter().map(|i| i.as_str()).collect();
            line(label, &mine.join(", "), example)
        }
        Step::CommunityOutside(n) => {
            let c = made_community(wb, n)?;
            let labels = vec![tr!(lang, "guide-outside-no").to_owned(), tr!(lang, "guide-outside-yes").to_owned()];
            Field::new(ANSWER, label, FieldKind::Choice(labels)).chosen(usize::from(c.outside_usual_circle))
        }
        Step::CommunityInterests(n) => {
            let c = made_community(wb, n)?;
            let theirs: Vec<&str> = c.interests.iter().map(|i| i.as_str()).collect();
            // My own interests are the example: the answer is the community's, said by the person.
            let mine: Vec<&str> = wb.interests.iter().map(|i| i.as_str()).collect();
            let example = if mine.is_empty() { example.to_owned() } else { words::as_example(lang, &mine.join(", ")) };
            line(label, &theirs.join(", "), &example)
        }
        Step::CommunityValues(n) => {
            let c = made_community(wb, n)?;
            let names: Vec<String> =
                c.values.iter().filter_map(|v| wb.values.get(*v)).map(|v| v.name.to_string()).collect();
            // The example names values the person has (the first two), not ones they may not.
            let mine: Vec<String> = wb.ranked_values().iter().take(2).map(|v| v.name.to_string()).collect();
            let example = if mine.is_empty() { example.to_owned() } else { words::as_example(lang, &mine.join(", ")) };
            line(label, &names.join(", "), &example).links(RecordKind::Value, true)
        }
        Step::Tags => {
            let names: Vec<String> =
                made_tags(wb).iter().filter_map(|t| wb.tags.get(*t)).map(|t| t.name.to_string()).collect();
            line(label, &names.join(", "), example).links(RecordKind::Tag, true)
        }
        Step::Output => {
            let text = made_output(wb).map(|o| o.text.to_string());
            line(label, text.as_deref().unwrap_or(""), example)
        }
        Step::OutputChannel => choice(label, lang, made_output(wb)?.channel),
        Step::OutputTags => {
            let o = made_output(wb)?;
            let names: Vec<String> =
                o.tags.iter().filter_map(|t| wb.tags.get(*t)).map(|t| t.name.to_string()).collect();
            // The tags named a page ago are the example, never the answer.
            let example = match made_tags(wb)
                .iter()
                .filter_map(|t| wb.tags.get(*t))
                .map(|t| one_line(&t.name))
                .collect::<Vec<_>>()
            {
                named if named.is_empty() => example.to_owned(),
                named => words::as_example(lang, &named.join(", ")),
            };
            line(label, &names.join(", "), &example).links(RecordKind::Tag, true)
        }
        Step::IntroducePeople => {
            let names: Vec<String> = made_introduction(wb)
                .map(|i| {
                    [i.first, i.second]
                        .iter()
                        .flatten()
                        .filter_map(|p| wb.people.get(*p))
                        .map(|p| p.name.to_string())
                        .collect()
                })
                .unwrap_or_default();
            line(label, &names.join(", "), example).links(RecordKind::Person, true)
        }
        Step::IntroduceWhy => line(label, &made_introduction(wb)?.why, example),
        Step::InviteWhat => {
            line(label, made_invitation(wb).map(|i| i.what.to_string()).as_deref().unwrap_or(""), example)
        }
        Step::InviteReceived => {
            let i = made_invitation(wb)?;
            let day = i.received.filter(|_| !i.practice);
            Field::new(ANSWER, label, FieldKind::Date).text(&super::forms::date_text(day)).example(example)
        }
        Step::InviteFit(rank) => {
            let v = value_at(wb, rank)?;
            let current = made_invitation(wb)?.scores.iter().find(|x| x.value == v.id).map_or(0, |x| x.score);
            let labels = FITS.iter().map(|&f| words::fit_label(lang, f).to_owned()).collect();
            let at = FITS.iter().position(|&f| f == current).unwrap_or(2);
            Field::new(ANSWER, label, FieldKind::Choice(labels)).chosen(at)
        }
        Step::InviteExcitement => {
            let i = made_invitation(wb)?;
            Field::new(ANSWER, label, FieldKind::Number { min: 0, max: 5 })
                .text(&i.excitement.to_string())
                .example(example)
        }
        Step::InviteCost => choice(label, lang, made_invitation(wb)?.cost),
        Step::InviteDecision => {
            let i = made_invitation(wb)?;
            let options = [Decision::Accepted, Decision::Declined, Decision::Later];
            let labels = options.iter().map(|d| d.label(lang).to_owned()).collect();
            // Nothing decided yet: "later" shows, so Enter alone accepts nothing.
            let at = options.iter().position(|d| *d == i.decision).unwrap_or(2);
            Field::new(ANSWER, label, FieldKind::Choice(labels)).chosen(at)
        }
        Step::InviteReason => {
            let i = made_invitation(wb)?;
            // The filter's own reading is the example, never the answer.
            let why = crate::model::filter::judge(wb, crate::model::filter::Candidate::Invitation(i.id))
                .map(|v| words::as_example(lang, &i18n::filter_why(lang, wb, &v, None)))
                .unwrap_or_else(|| example.to_owned());
            line(label, &i.reason, &why)
        }
        Step::Rate(kind) => {
            let r = wb.asset(kind).and_then(|a| a.rating);
            Field::new(ANSWER, label, FieldKind::Number { min: 1, max: 5 })
                .text(&r.map_or_else(String::new, |r| r.to_string()))
                .example(tr!(lang, "example-rating"))
        }
        Step::Explain | Step::Sort | Step::Top | Step::Verdict | Step::Stocktake | Step::Summary => return None,
    };
    Some(Form::new(FormTarget::Walkthrough, vec![field]))
}

/// Writes a change to a record the walkthrough made, or marks the answer with the rule it broke.
fn change(r: &mut Reader, wb: &Workbook, edit: &mut Edit, record: Record) {
    match rules::update(wb, record, r.today) {
        Ok((e, _)) => edit.extend(e),
        Err(e) => r.refuse(ANSWER, &e),
    }
}

/// Writes a new record (or marks the answer) and returns it.
fn create(r: &mut Reader, wb: &mut Workbook, edit: &mut Edit, record: Record) -> Option<RecordRef> {
    match rules::add(wb, record, r.today) {
        Ok((e, made)) => {
            edit.extend(e);
            Some(made)
        }
        Err(e) => {
            r.refuse(ANSWER, &e);
            None
        }
    }
}

/// Checks an answer and says what it writes.
pub fn answer(step: Step, form: &mut Form, wb: &mut Workbook, lang: Lang, today: NaiveDate) -> Outcome {
    let mut r = Reader::new(form, lang, today);
    let mut edit: Edit = Vec::new();
    let mut made_now = Vec::new();
    match step {
        Step::Owner => {
            let owner = r.text(ANSWER);
            edit.push(Change::Settings(Settings { owner, ..wb.settings.clone() }));
        }
        Step::Describe(rank) => {
            let description = r.text(ANSWER);
            if let Some(v) = value_at(wb, rank) {
                change(&mut r, wb, &mut edit, Record::Value(FinalValue { description, ..v }));
            }
        }
        Step::CommunityName(n) => {
            let name = r.text(ANSWER);
            let existing = made_community(wb, n);
            if name.is_blank() {
                return match existing {
                    // Clearing a name that was given would leave a nameless community.
                    Some(_) => {
                        r.fail(ANSWER, words::name_or_skip(lang).to_owned());
                        Outcome::Wrong
                    }
                    None if n == 1 => {
                        r.fail(ANSWER, words::name_or_skip(lang).to_owned());
                        Outcome::Wrong
                    }
                    None => Outcome::EndCommunities,
                };
            }
            // A community of that name that is already in the workbook is the one meant (also
            // when the answer is changed to it).
            let same = wb.communities.iter().find(|c| same_name(&c.name, &name)).map(|c| c.id);
            let made = match (existing, same) {
                (Some(c), Some(other)) if c.id != other => Some(RecordRef::Community(other)),
                (Some(c), _) => {
                    let id = c.id;
                    change(&mut r, wb, &mut edit, Record::Community(Community { name, ..c }));
                    Some(RecordRef::Community(id))
                }
                (None, Some(id)) => Some(RecordRef::Community(id)),
                (None, None) => {
                    // How often is not asked here: no fixed cadence, so nothing is "due" that
                    // the person never said.
                    let c = Community {
                        name,
                        status: CommunityStatus::Considering,
                        cadence: Cadence::Irregular,
                        ..Default::default()
                    };
                    create(&mut r, wb, &mut edit, Record::Community(c))
                }
            };
            made_now.extend(made.map(|m| slot(&community_slot(n), m)));
        }
        Step::CommunityKind(n) => {
            let kind = r.chosen::<CommunityKind>(ANSWER);
            if let Some(c) = made_community(wb, n) {
                change(&mut r, wb, &mut edit, Record::Community(Community { kind, ..c }));
            }
        }
        Step::CommunityStatus(n) => {
            let status = STATUSES[r.choice(ANSWER).min(STATUSES.len() - 1)];
            if let Some(c) = made_community(wb, n) {
                change(&mut r, wb, &mut edit, Record::Community(Community { status, ..c }));
            }
        }
        Step::CommunityDistance(n) => {
            let distance = r.chosen::<Distance>(ANSWER);
            if let Some(c) = made_community(wb, n) {
                change(&mut r, wb, &mut edit, Record::Community(Community { distance, ..c }));
            }
        }
        Step::CommunityOutside(n) => {
            let outside_usual_circle = r.choice(ANSWER) == 1;
            if let Some(c) = made_community(wb, n) {
                change(&mut r, wb, &mut edit, Record::Community(Community { outside_usual_circle, ..c }));
            }
        }
        Step::Interests => {
            let items = r.items(ANSWER);
            edit.extend(rules::set_interests(items.iter().map(|t| t.as_str())));
        }
        Step::CommunityInterests(n) => {
            let typed = r.items(ANSWER);
            let (interests, mine) = rules::community_interests(wb, typed.iter().map(|t| t.as_str()));
            edit.extend(mine);
            if let Some(c) = made_community(wb, n) {
                change(&mut r, wb, &mut edit, Record::Community(Community { interests, ..c }));
            }
        }
        Step::CommunityValues(n) => {
            let values = r.named(ANSWER, RecordKind::Value, |name| wb.value_named(name));
            if let (true, Some(c)) = (r.ok, made_community(wb, n)) {
                change(&mut r, wb, &mut edit, Record::Community(Community { values, ..c }));
            }
        }
        Step::Tags => {
            let raw = r.text(ANSWER);
            // "rust, Rust" is one tag.
            let (tags, new_tags) = rules::tags_named(wb, super::picker::split_items(&raw), today);
            edit.extend(new_tags);
            made_now.extend(tags.into_iter().map(|t| slot(TAG_SLOT, RecordRef::Tag(t))));
        }
        Step::Output => {
            let text = r.text(ANSWER);
            if text.is_blank() {
                r.fail(ANSWER, words::required_or_skip(lang).to_owned());
            } else {
                let made = match made_output(wb) {
                    Some(o) => {
                        let id = o.id;
                        change(&mut r, wb, &mut edit, Record::Output(Output { text, ..o }));
                        Some(RecordRef::Output(id))
                    }
                    None => {
                        // Where it went and what it shows are the next two questions.
                        let o = Output { text, channel: Channel::Other, ..Default::default() };
                        create(&mut r, wb, &mut edit, Record::Output(o))
                    }
                };
                made_now.extend(made.map(|m| slot("output", m)));
            }
        }
        Step::OutputChannel => {
            let channel = r.chosen::<Channel>(ANSWER);
            if let Some(o) = made_output(wb) {
                change(&mut r, wb, &mut edit, Record::Output(Output { channel, ..o }));
            }
        }
        Step::OutputTags => {
            let raw = r.text(ANSWER);
            if let Some(o) = made_output(wb) {
                // A name that is no tag yet becomes one, as in the output's own form.
                match rules::output_with_tags(wb, o, super::picker::split_items(&raw), true, today) {
                    Ok((e, _)) => edit.extend(e),
                    Err(e) => r.refuse(ANSWER, &e),
                }
            }
        }
        Step::IntroducePeople => {
            let raw = r.text(ANSWER);
            let names: Vec<&str> = super::picker::split_items(&raw).collect();
            if names.len() != 2 || same_name(names[0], names[1]) {
                r.fail(ANSWER, words::two_names(lang).to_owned());
            } else {
                // Each is someone in the workbook, or a new person (a loose tie to start with).
                let mut people = Vec::new();
                for name in names {
                    let id = match wb.person_named(name) {
                        Ok(id) => Some(id),
                        Err(NameError::Ambiguous(ids)) => {
                            let e = NameError::Ambiguous(ids);
                            r.fail(ANSWER, i18n::name_error(lang, RecordKind::Person, name, &e));
                            break;
                        }
                        Err(NameError::Missing) => {
                            let p = Person { name: Text::from(name), ..Default::default() };
                            match create(&mut r, wb, &mut edit, Record::Person(p)) {
                                Some(RecordRef::Person(id)) => Some(id),
                                _ => None,
                            }
                        }
                    };
                    people.extend(id);
                }
                if r.ok && people.len() == 2 {
                    let (first, second) = (Some(people[0]), Some(people[1]));
                    let made = match made_introduction(wb) {
                        Some(i) => {
                            let id = i.id;
                            change(&mut r, wb, &mut edit, Record::Introduction(Introduction { first, second, ..i }));
                            Some(RecordRef::Introduction(id))
                        }
                        None => {
                            // Two people who should meet: an introduction still to make.
                            let i = Introduction {
                                first,
                                second,
                                direction: IntroDirection::Given,
                                status: IntroStatus::Planned,
                                ..Default::default()
                            };
                            create(&mut r, wb, &mut edit, Record::Introduction(i))
                        }
                    };
                    made_now.extend(made.map(|m| slot("introduction", m)));
                }
            }
        }
        Step::IntroduceWhy => {
            let why = r.text(ANSWER);
            if let Some(i) = made_introduction(wb) {
                change(&mut r, wb, &mut edit, Record::Introduction(Introduction { why, ..i }));
            }
        }
        Step::InviteWhat => {
            let what = r.text(ANSWER);
            if what.is_blank() {
                r.fail(ANSWER, words::required_or_skip(lang).to_owned());
            } else {
                let made = match made_invitation(wb) {
                    Some(i) => {
                        let id = i.id;
                        change(&mut r, wb, &mut edit, Record::Invitation(Invitation { what, ..i }));
                        Some(RecordRef::Invitation(id))
                    }
                    None => {
                        // A practice one until the next question says it really came.
                        // Its kind is not asked: "other" says so, and no indicator counts it as new.
                        let i = Invitation { what, practice: true, kind: InvitationKind::Other, ..Default::default() };
                        create(&mut r, wb, &mut edit, Record::Invitation(i))
                    }
                };
                made_now.extend(made.map(|m| slot("invitation", m)));
            }
        }
        Step::InviteReceived => {
            let received = r.past_date(ANSWER);
            if let (true, Some(i)) = (r.ok, made_invitation(wb)) {
                // No day: practice, with no day it was decided either (a real one's decision,
                // asked later, is dated the day it is made).
                let practice = received.is_none();
                let decided = if practice { None } else { i.decided };
                change(&mut r, wb, &mut edit, Record::Invitation(Invitation { received, practice, decided, ..i }));
            }
        }
        Step::InviteFit(rank) => {
            let score = FITS[r.choice(ANSWER).min(FITS.len() - 1)];
            if let (Some(v), Some(mut i)) = (value_at(wb, rank), made_invitation(wb)) {
                i.scores.retain(|x| x.value != v.id);
                i.scores.push(ValueScore { value: v.id, score });
                change(&mut r, wb, &mut edit, Record::Invitation(i));
            }
        }
        Step::InviteExcitement => {
            let excitement = u8::try_from(r.number(ANSWER)).unwrap_or(0);
            if let (true, Some(i)) = (r.ok, made_invitation(wb)) {
                change(&mut r, wb, &mut edit, Record::Invitation(Invitation { excitement, ..i }));
            }
        }
        Step::InviteCost => {
            let cost = r.chosen::<Cost>(ANSWER);
            if let Some(i) = made_invitation(wb) {
                change(&mut r, wb, &mut edit, Record::Invitation(Invitation { cost, ..i }));
            }
        }
        Step::InviteDecision => {
            let decision = [Decision::Accepted, Decision::Declined, Decision::Later][r.choice(ANSWER).min(2)];
            if let Some(i) = made_invitation(wb) {
                change(&mut r, wb, &mut edit, Record::Invitation(Invitation { decision, ..i }));
            }
        }
        Step::InviteReason => {
            let reason = r.text(ANSWER);
            if let Some(i) = made_invitation(wb) {
                change(&mut r, wb, &mut edit, Record::Invitation(Invitation { reason, ..i }));
            }
        }
        Step::Rate(kind) => {
            let rating = r.optional_number(ANSWER).and_then(|n| u8::try_from(n).ok());
            let asset = wb.asset(kind).cloned().unwrap_or_else(|| Asset::new(kind));
            if r.ok && asset.rating != rating {
                edit.push(Change::Asset(Asset { rating, ..asset }));
            }
        }
        Step::Explain | Step::Sort | Step::Top | Step::Verdict | Step::Stocktake | Step::Summary => {}
    }
    if r.ok { Outcome::Write(edit, made_now) } else { Outcome::Wrong }
}
