//! What each list shows: its columns (most important first, so narrow windows drop from the
//! right) and the cells of one row. Cells are built only for rows on screen.

use chrono::NaiveDate;

use crate::app::{App, Pane, Row};
use crate::i18n::{self, Label, Lang, tr};
use crate::model::derived::TieStrength;
use crate::model::filter;
use crate::model::text::one_line;
use crate::model::*;

pub struct Column {
    pub title: &'static str,
    /// Cells it needs at least.
    pub min: u16,
    /// Its share of the room that is left (0: stays at `min`).
    pub grow: u16,
    /// Cells it takes before any column grows, where the window has them: what its longest text
    /// needs when that is known beforehand (the assets' names).
    pub want: u16,
}

const fn col(title: &'static str, min: u16, grow: bool) -> Column {
    Column { title, min, grow: if grow { 1 } else { 0 }, want: 0 }
}

/// A column that takes `share` parts of the room left.
const fn share(title: &'static str, min: u16, share: u16) -> Column {
    Column { title, min, grow: share, want: 0 }
}

pub fn columns(pane: Pane, lang: Lang) -> Vec<Column> {
    match pane {
        Pane::NextActions => vec![col(tr!(lang, "next-actions"), 10, true)],
        Pane::Months => vec![
            col(tr!(lang, "col-month"), 8, false),
            col(tr!(lang, "col-people-met"), 6, true),
            col(tr!(lang, "col-fields-reached"), 6, true),
            col(tr!(lang, "col-communities-joined"), 6, true),
            col(tr!(lang, "col-outputs-count"), 6, true),
            col(tr!(lang, "col-introductions-count"), 6, true),
            col(tr!(lang, "col-accepted-count"), 6, true),
        ],
        Pane::Week => vec![
            col(tr!(lang, "col-week-step"), 14, false),
            col(tr!(lang, "col-week-what"), 12, true),
            col(tr!(lang, "col-week-done"), 10, false),
        ],
        // Drawn as a map, not a table.
        Pane::Map => Vec::new(),
        Pane::All => vec![col(tr!(lang, "col-kind"), 12, false), col(tr!(lang, "col-name"), 12, true)],
        Pane::Communities => vec![
            col(tr!(lang, "col-name"), 12, true),
            col(tr!(lang, "col-status"), 8, false),
            col(tr!(lang, "col-kind"), 12, false),
            col(tr!(lang, "col-distance"), 8, false),
            col(tr!(lang, "col-last-visit"), 10, false),
        ],
        Pane::Outputs => vec![
            col(tr!(lang, "col-date"), 10, false),
            col(tr!(lang, "col-text"), 14, true),
            col(tr!(lang, "col-channel"), 8, false),
            col(tr!(lang, "col-tags"), 12, false),
        ],
        Pane::Tags => vec![col(tr!(lang, "col-name"), 12, true), col(tr!(lang, "col-last-output"), 10, false)],
        Pane::Introductions => vec![
            col(tr!(lang, "col-date"), 10, false),
            // Who introduced whom in words, so the direction needs no column of its own.
            col(tr!(lang, "col-who"), 14, true),
            col(tr!(lang, "col-intro-status"), 6, false),
            col(tr!(lang, "col-follow-up"), 10, false),
            col(tr!(lang, "col-outcome"), 12, false),
        ],
        Pane::Invitations => vec![
            col(tr!(lang, "col-deadline"), 10, false),
            col(tr!(lang, "col-what"), 14, true),
            col(tr!(lang, "col-decision"), 8, false),
            col(tr!(lang, "col-from"), 12, false),
            col(tr!(lang, "col-excitement"), 8, false),
        ],
        Pane::Values => vec![
            col(tr!(lang, "col-rank"), 4, false),
            col(tr!(lang, "col-name"), 10, true),
            col(tr!(lang, "col-description"), 16, true),
        ],
        Pane::Filter => vec![
            col(tr!(lang, "col-verdict"), 10, false),
            share(tr!(lang, "col-what"), 12, 2),
            share(tr!(lang, "col-why"), 16, 3),
        ],
        Pane::Assets => vec![
            // An asset's name is never cut where the window has the room for the longest.
            Column { want: longest_asset_name(lang), ..share(tr!(lang, "col-asset"), 14, 1) },
            col(tr!(lang, "col-rating"), 8, false),
            share(tr!(lang, "col-indicators"), 16, 2),
            col(tr!(lang, "col-group"), 10, false),
        ],
        Pane::Stocktakes => vec![
            col(tr!(lang, "col-date"), 10, false),
            col(tr!(lang, "col-average"), 6, false),
            col(tr!(lang, "col-notes"), 10, true),
        ],
        Pane::Reflections => vec![
            col(tr!(lang, "col-date"), 10, false),
            col(tr!(lang, "col-text"), 14, true),
            col(tr!(lang, "col-topic"), 8, false),
        ],
        Pane::People => vec![
            col(tr!(lang, "col-name"), 12, true),
            col(tr!(lang, "col-strength"), 12, false),
            col(tr!(lang, "col-field"), 10, false),
            col(tr!(lang, "col-last-contact"), 10, false),
            col(tr!(lang, "col-bridge"), 6, false),
        ],
    }
}

fn longest_asset_name(lang: Lang) -> u16 {
    use strum::IntoEnumIterator;
    let longest = AssetKind::iter().map(|k| super::width(k.label(lang))).max().unwrap_or(0);
    u16::try_from(longest).unwrap_or(u16::MAX)
}

/// How a row should stand out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Normal,
    /// Needs attention (an overdue invitation).
    Warn,
    /// In the past or inactive (a community left, a declined invitation).
    Dim,
}

pub fn person_name(wb: &Workbook, id: Option<PersonId>) -> String {
    id.and_then(|id| wb.people.get(id)).map_or_else(|| "-".to_owned(), |p| one_line(&p.name))
}

pub fn community_name(wb: &Workbook, id: Option<CommunityId>) -> String {
    id.and_then(|id| wb.communities.get(id)).map_or_else(|| "-".to_owned(), |c| one_line(&c.name))
}

pub fn tag_names(wb: &Workbook, ids: &[TagId]) -> String {
    ids.iter().filter_map(|&t| wb.tags.get(t)).map(|t| one_line(&t.name)).collect::<Vec<_>>().join(", ")
}

pub fn rating(r: Option<u8>) -> String {
    r.map_or_else(|| "-".to_owned(), |r| format!("{r}/5"))
}

pub fn average_rating(ratings: &[StocktakeRating]) -> Option<f32> {
    let rated: Vec<f32> = ratings.iter().filter_map(|r| r.rating).map(f32::from).collect();
    (!rated.is_empty()).then(|| rated.iter().sum::<f32>() / rated.len() as f32)
}

/// The cells of one row, and how it should stand out. A record a merge left a conflict in is
/// marked `!` and stands out until it is settled (`O`/`T`, the detail says which field).
pub fn cells(app: &App, row: Row) -> (Vec<String>, Tone) {
    let (mut cells, tone) = cells_of(app, row);
    if let Row::Record(r) = row
        && app.wb().conflicts.iter().any(|c| c.record == r)
    {
        if let Some(first) = cells.first_mut() {
            first.insert_str(0, "! ");
        }
        return (cells, Tone::Warn);
    }
    (cells, tone)
}

fn cells_of(app: &App, row: Row) -> (Vec<String>, Tone) {
    let wb = app.wb();
    let lang = app.lang;
    let date = |d: Option<NaiveDate>| i18n::date(d);
    match row {
        Row::Week(step) => {
            let name = i18n::column_step(lang, step);
            match app.taken(step) {
                Some(s) => {
                    let mark = if s.done.is_some() { "[x]" } else { "[ ]" };
                    let tone = Tone::Normal;
                    let done = s.done.map(|d| date(Some(d))).unwrap_or_default();
                    (vec![name.to_owned(), format!("{mark} {}", one_line(&s.text)), done], tone)
                }
                None => {
                    let offer = match app.offered(step) {
                        Some(s) => tr!(lang, "week-offer", offer = i18n::suggestion(lang, s, wb)),
                        None => {
                            let key =
                                app.keymap.label_of(crate::app::Action::Edit, crate::app::keymap::Context::Normal);
                            tr!(lang, "week-no-offer", key = key.unwrap_or("-"))
                        }
                    };
                    (vec![name.to_owned(), offer, String::new()], Tone::Dim)
                }
            }
        }
        Row::Month(i) => match app.figures().months.get(i) {
            Some(m) => {
                let n = |x: usize| if x == 0 { "-".to_owned() } else { x.to_string() };
                let month = tr!(
                    lang,
                    "month-label",
                    year = chrono::Datelike::year(&m.start).to_string(),
                    month = format!("{:02}", chrono::Datelike::month(&m.start))
                );
                let quiet = m.people_met + m.outputs + m.introductions + m.accepted + m.communities_joined == 0;
                (
                    vec![
                        month,
                        n(m.people_met),
                        n(m.fields_reached),
                        n(m.communities_joined),
                        n(m.outputs),
                        n(m.introductions),
                        n(m.accepted),
                    ],
                    if quiet { Tone::Dim } else { Tone::Normal },
                )
            }
            None => (vec![String::new()], Tone::Dim),
        },
        Row::Afterwards(i) => {
            let ask = i18n::afterwards_question(lang, wb, i);
            (vec![tr!(lang, "week-afterwards").to_owned(), ask, String::new()], Tone::Normal)
        }
        Row::Logged(i) => match app.figures().week.log.get(i) {
            Some((monday, s)) => (
                vec![
                    tr!(lang, "week-of", month = chrono::Datelike::month(monday), day = chrono::Datelike::day(monday)),
                    one_line(&s.text),
                    date(s.done),
                ],
                Tone::Dim,
            ),
            None => (vec![String::new()], Tone::Dim),
        },
        Row::Action(i) => {
            let text = app.next_actions().get(i).map(|a| i18n::next_action(lang, a, wb)).unwrap_or_default();
            (vec![text], Tone::Normal)
        }
        Row::Asset(kind) => {
            let r = wb.asset(kind).and_then(|a| a.rating);
            // The change since the last stock-take, where both ratings exist.
            let before = app
                .figures()
                .stocktake_history
                .last()
                .and_then(|st| st.ratings.iter().find(|x| x.kind == kind).and_then(|x| x.rating));
            let rated = match (r, before) {
                (Some(now), Some(then)) if now != then => {
                    format!("{} ({:+})", rating(r), i32::from(now) - i32::from(then))
                }
                _ => rating(r),
            };
            let figures: Vec<String> = app
                .figures()
                .asset_figures
                .iter()
                .filter(|f| f.kind == kind)
                .map(|f| format!("{} {}", f.indicator.label(lang), f.value))
                .collect();
            (
                vec![kind.label(lang).to_owned(), rated, figures.join(", "), kind.group().label(lang).to_owned()],
                Tone::Normal,
            )
        }
        Row::Record(r) if app.pane() == Pane::Filter => {
            let candidate = match r {
                RecordRef::Community(c) => filter::Candidate::Community(c),
                RecordRef::Invitation(i) => filter::Candidate::Invitation(i),
                _ => return (vec![String::new()], Tone::Dim),
            };
            let Some(v) = filter::judge(wb, candidate) else { return (vec![String::new()], Tone::Dim) };
            let name = crate::app::rows::record_name(wb, r);
            let tone = if v.passes() || v.unrated() { Tone::Normal } else { Tone::Dim };
            let rate = app.keymap.label_of(crate::app::Action::Edit, crate::app::keymap::Context::Normal);
            (vec![i18n::verdict_cell(lang, wb, &v), name, i18n::filter_why(lang, wb, &v, rate)], tone)
        }
        Row::Record(r) if app.pane() == Pane::All => {
            let name = crate::app::rows::record_name(wb, r);
            (vec![crate::i18n::noun(lang, r.kind()).to_owned(), name], Tone::Normal)
        }
        Row::Record(r) => match wb.record(r) {
            None => (vec![String::new()], Tone::Dim),
            Some(Record::Community(c)) => {
                let tone = if c.status == CommunityStatus::Left { Tone::Dim } else { Tone::Normal };
                (
                    vec![
                        one_line(&c.name),
                        c.status.label(lang).to_owned(),
                        c.kind.label(lang).to_owned(),
                        c.distance.label(lang).to_owned(),
                        date(c.last_visit),
                    ],
                    tone,
                )
            }
            Some(Record::Output(o)) => (
                vec![date(o.date), one_line(&o.text), o.channel.label(lang).to_owned(), tag_names(wb, &o.tags)],
                Tone::Normal,
            ),
            Some(Record::Tag(t)) => {
                let last = app.figures().tag_last.get(&t.id).copied();
                let tone = match last {
                    Some(d) if (app.today - d).num_days() <= i64::from(wb.settings.quiet_tag_days) => Tone::Normal,
                    _ => Tone::Warn,
                };
                (vec![one_line(&t.name), date(last)], tone)
            }
            Some(Record::Introduction(i)) => {
                let who = i18n::introduction(lang, &i, &person_name(wb, i.first), &person_name(wb, i.second));
                // A follow-up day that has come, with something still to do, stands out.
                let tone = if i.follow_up_due(app.today) { Tone::Warn } else { Tone::Normal };
                (
                    vec![date(i.date), who, i.status.label(lang).to_owned(), date(i.follow_up), one_line(&i.outcome)],
                    tone,
                )
            }
            Some(Record::Invitation(i)) => {
                let tone = if crate::model::filter::past_deadline(&i, app.today) {
                    Tone::Warn
                } else if i.decision == Decision::Pending && i.counts() {
                    Tone::Normal
                } else {
                    Tone::Dim
                };
                let excitement = if i.excitement == 0 { "-".to_owned() } else { format!("{}/5", i.excitement.min(5)) };
                (
                    vec![
                        date(i.deadline),
                        i18n::practice_marked(lang, &i.what, !i.counts()),
                        i.decision.label(lang).to_owned(),
                        person_name(wb, i.from),
                        excitement,
                    ],
                    tone,
                )
            }
            Some(Record::Value(v)) => {
                (vec![v.rank.to_string(), one_line(&v.name), one_line(&v.description)], Tone::Normal)
            }
            Some(Record::Stocktake(st)) => {
                let avg = average_rating(&st.ratings).map_or_else(|| "-".to_owned(), |a| format!("{a:.1}"));
                (vec![date(st.date), avg, one_line(&st.note)], Tone::Normal)
            }
            Some(Record::Person(p)) => {
                let strength = crate::i18n::tie_strength(lang, &TieStrength::of(&p.tie));
                let bridge = if app.figures().bridges.contains(&p.id) { tr!(lang, "yes") } else { "" };
                (
                    vec![one_line(&p.name), strength, one_line(&p.field), date(p.latest_contact()), bridge.to_owned()],
                    Tone::Normal,
                )
            }
            Some(Record::Reflection(x)) => {
                (vec![date(x.date), one_line(&x.text), x.topic.label(lang).to_owned()], Tone::Normal)
            }
        },
    }
}
