//! The printable summary: what a person takes to a session with a career consultant.
//!
//! Data flow: [`summary`] reads the workbook once and builds a [`Summary`] of plain, already
//! worded lines (in one language; every figure from the same pure functions the screens use);
//! the formats only lay it out: [`markdown`], [`text`], [`html`] (one self-contained printable
//! page, escaped by the `maud` template) and JSON (the `Summary` serialised). Their headings,
//! labels and sentences come from [`words`] (the `export-` messages of the Fluent files); the
//! formats themselves spell only punctuation and markup. With `no_names`, people are named by
//! number (`person #12`) and the owner's name is left out, everywhere at once: the summary is
//! built from a copy of the workbook with the names replaced.

pub mod file;
pub mod html;
pub mod ics;
pub mod markdown;
pub mod text;
pub mod words;

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::{self, Label, Lang};
use crate::model::derived;
use crate::model::text::one_line;
use crate::model::*;
use strum::IntoEnumIterator;

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum, strum::EnumIter)]
pub enum Format {
    Markdown,
    Html,
    Text,
    Json,
    /// An iCalendar file of deadlines, follow-ups and this week (not a summary: see `ics`).
    Ics,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Text => "txt",
            Format::Json => "json",
            Format::Ics => "ics",
        }
    }
}

/// Outputs shown (the newest), and how far back.
const RECENT_OUTPUTS: usize = 12;
const RECENT_DAYS: i64 = 90;
/// The newest introductions, invitations (the undecided first) and reflections shown; the rest
/// are counted, so the summary stays a few pages long.
const INTRODUCTIONS_MAX: usize = 12;
/// Invitations waiting for an answer (the nearest deadline first), then decided ones (newest).
const PENDING_MAX: usize = 8;
const DECIDED_MAX: usize = 14;
const REFLECTIONS_MAX: usize = 10;
const NEXT_ACTIONS_MAX: usize = 15;

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub lang: &'static str,
    pub date: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub values: Vec<ValueLine>,
    /// My own interests.
    pub interests: Vec<String>,
    pub communities: Vec<CommunityLine>,
    pub diversity: String,
    pub tags: Vec<TagLine>,
    pub outputs: Vec<OutputLine>,
    /// Outputs of the last 90 days not listed.
    pub more_outputs: usize,
    /// Outputs per week, the last twelve weeks, oldest first.
    pub outputs_per_week: Vec<usize>,
    pub introductions: Vec<IntroductionLine>,
    /// Older introductions not listed.
    pub more_introductions: usize,
    pub invitations: Vec<InvitationLine>,
    pub more_invitations: usize,
    /// Krumboltz's happenstance skills named on invitations of the last 90 days (those named
    /// at least once, in the skills' order; `model::assets::happenstance`).
    pub happenstance: Vec<SkillLine>,
    /// How accepted invitations turned out above and below the pass mark, and what the record
    /// suggests (`model::calibrate`), in words.
    pub calibration: String,
    pub people: PeopleLine,
    pub assets: Vec<AssetLine>,
    /// The stock-take dates, oldest first (the assets' histories follow them).
    pub stocktakes: Vec<NaiveDate>,
    pub reflections: Vec<ReflectionLine>,
    pub more_reflections: usize,
    pub next_actions: Vec<String>,
    /// The last twelve months, oldest first (`model::months`).
    pub months: Vec<crate::model::months::Month>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ValueLine {
    pub rank: u16,
    pub name: String,
    pub description: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct CommunityLine {
    pub name: String,
    pub status: String,
    pub kind: String,
    pub distance: String,
    pub values: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_visit: Option<NaiveDate>,
    /// The value filter on one being considered.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Judged>,
}

/// The value filter's verdict on a candidate: its word (`passes`, `below`, `unrated`,
/// `against`), the verdict as the screen says it, and why.
#[derive(Clone, Debug, Serialize)]
pub struct Judged {
    pub verdict: &'static str,
    pub judged: String,
    pub why: String,
}

impl Judged {
    fn of(wb: &Workbook, lang: Lang, v: &crate::model::filter::Verdict) -> Self {
        Judged {
            verdict: v.outcome.key(),
            judged: i18n::verdict_cell(lang, wb, v),
            why: i18n::filter_why(lang, wb, v, None),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct TagLine {
    pub name: String,
    pub outputs: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_output: Option<NaiveDate>,
}

#[derive(Clone, Debug, Serialize)]
pub struct OutputLine {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub text: String,
    pub channel: String,
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct IntroductionLine {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Who introduced whom, in words (as the app's detail says it; planned ones say so).
    pub who: String,
    pub direction: String,
    /// Made, or only planned (planned ones are not counted as made anywhere).
    pub status: String,
    pub planned: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<NaiveDate>,
    pub why: String,
    pub outcome: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SkillLine {
    pub skill: String,
    pub times: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct InvitationLine {
    pub what: String,
    /// Only for practice (the walkthrough's): listed, but counted nowhere.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub practice: bool,
    pub decision: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided: Option<NaiveDate>,
    /// The deadline of one still waiting for an answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deadline: Option<NaiveDate>,
    pub reason: String,
    pub outcome: String,
    /// The day it takes place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<NaiveDate>,
    /// Afterwards: how it turned out, the value it served, whom I met, what was unexpected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub turned_out: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub served: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub met: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub unexpected: String,
    /// The value filter's verdict.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Judged>,
}

#[derive(Clone, Debug, Serialize)]
pub struct PeopleLine {
    /// Weak, strong and unrated ties, fields and bridges, counted as on the overview.
    #[serde(flatten)]
    pub health: derived::NetworkHealth,
    /// The bridges by name (by number under `--no-names`).
    pub bridge_names: Vec<String>,
    /// Distinct fields, most people first (at most ten); variants of one field are one.
    pub top_fields: Vec<(String, usize)>,
    /// Organisations people belong to, the same way (none under `--no-names`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub top_organisations: Vec<(String, usize)>,
}

#[derive(Clone, Debug, Serialize)]
pub struct AssetLine {
    pub asset: String,
    pub group: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rating: Option<u8>,
    pub notes: String,
    pub indicators: Vec<(String, u32)>,
    /// Each indicator (in `indicators` order) as each stock-take froze it (in
    /// `Summary::stocktakes` order; none where it did not), then today's: beside `history`.
    pub indicator_history: Vec<Vec<Option<u32>>>,
    /// The rating at each stock-take (in `Summary::stocktakes` order), then today's.
    pub history: Vec<Option<u8>>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReflectionLine {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    pub topic: String,
    pub text: String,
}

/// The workbook with people named by number and no owner name.
fn without_names(wb: &Workbook, lang: Lang) -> Workbook {
    let mut copy = wb.clone();
    let renamed: Vec<Person> = copy
        .people
        .iter()
        .map(|p| Person {
            name: Text::from(words::person_number(lang, p.id.0).as_str()),
            phonetic: Text::default(),
            email: Text::default(),
            url: Text::default(),
            // Where someone works and what they do there can name them as surely as a name.
            organisation: Text::default(),
            role: Text::default(),
            ..p.clone()
        })
        .collect();
    for p in renamed {
        copy.people.put(p);
    }
    copy.settings.owner = Text::default();
    copy
}

pub fn summary(wb: &Workbook, today: NaiveDate, lang: Lang, no_names: bool) -> Summary {
    let anonymous;
    let wb = if no_names {
        anonymous = without_names(wb, lang);
        &anonymous
    } else {
        wb
    };
    let name = Some(one_line(&wb.settings.owner)).filter(|n| !n.trim().is_empty());
    let values = wb
        .ranked_values()
        .iter()
        .map(|v| ValueLine { rank: v.rank, name: one_line(&v.name), description: v.description.to_string() })
        .collect();
    let value_names = |ids: &[ValueId]| -> Vec<String> {
        ids.iter().filter_map(|id| wb.values.get(*id)).map(|v| one_line(&v.name)).collect()
    };
    let mut communities: Vec<&Community> = wb.communities.iter().collect();
    communities.sort_by_cached_key(|c| (c.status.list_order(), c.name.to_lowercase()));
    let communities = communities
        .into_iter()
        .map(|c| CommunityLine {
            name: one_line(&c.name),
            status: c.status.label(lang).to_owned(),
            kind: c.kind.label(lang).to_owned(),
            distance: c.distance.label(lang).to_owned(),
            values: value_names(&c.values),
            last_visit: c.last_visit,
            filter: (c.status == CommunityStatus::Considering)
                .then(|| Judged::of(wb, lang, &crate::model::filter::community(wb, c))),
        })
        .collect();
    let d = derived::diversity(wb);
    let mut diversity = i18n::diversity_line(lang, d.communities, d.kinds, d.outside_usual_circle);
    if let Some(w) = d.warning {
        diversity = format!("{diversity} / {}", i18n::diversity_warning(lang, w));
    }
    let last = derived::last_output_per_tag(wb);
    let mut tags: Vec<TagLine> = wb
        .tags
        .iter()
        .map(|t| TagLine {
            name: one_line(&t.name),
            outputs: wb.outputs.iter().filter(|o| o.tags.contains(&t.id)).count(),
            last_output: last.get(&t.id).copied(),
        })
        .collect();
    tags.sort_by(|a, b| b.outputs.cmp(&a.outputs).then_with(|| a.name.cmp(&b.name)));
    let mut outputs: Vec<&Output> =
        wb.outputs.iter().filter(|o| o.date.is_some_and(|d| derived::days_between(d, today) <= RECENT_DAYS)).collect();
    outputs.sort_by_key(|o| std::cmp::Reverse((o.date, o.id)));
    let tag_names = |ids: &[TagId]| -> Vec<String> {
        ids.iter().filter_map(|id| wb.tags.get(*id)).map(|t| one_line(&t.name)).collect()
    };
    let more_outputs = outputs.len().saturating_sub(RECENT_OUTPUTS);
    let outputs = outputs
        .into_iter()
        .take(RECENT_OUTPUTS)
        .map(|o| OutputLine {
            date: o.date,
            text: o.text.to_string(),
            channel: o.channel.label(lang).to_owned(),
            tags: tag_names(&o.tags),
        })
        .collect();
    let person =
        |id: Option<PersonId>| id.and_then(|p| wb.people.get(p)).map_or_else(|| "-".to_owned(), |p| one_line(&p.name));
    let mut introductions: Vec<&Introduction> = wb.introductions.iter().collect();
    introductions.sort_by_key(|i| std::cmp::Reverse((i.date, i.id)));
    let more_introductions = introductions.len().saturating_sub(INTRODUCTIONS_MAX);
    let introductions = introductions
        .into_iter()
        .take(INTRODUCTIONS_MAX)
        .map(|i| IntroductionLine {
            date: i.date,
            who: crate::i18n::introduction(lang, i, &person(i.first), &person(i.second)),
            direction: i.direction.label(lang).to_owned(),
            status: i.status.label(lang).to_owned(),
            planned: !i.counts(),
            follow_up: i.follow_up,
            why: i.why.to_string(),
            outcome: i.outcome.to_string(),
        })
        .collect();
    // Those waiting for an answer (nearest deadline first), then the newest decisions: both
    // always show, however many of the other kind there are.
    let mut pending: Vec<&Invitation> = wb.invitations.iter().filter(|i| i.decision == Decision::Pending).collect();
    pending.sort_by_key(|i| (i.deadline.unwrap_or(NaiveDate::MAX), i.id));
    let mut decided: Vec<&Invitation> = wb.invitations.iter().filter(|i| i.decision != Decision::Pending).collect();
    decided.sort_by_key(|i| std::cmp::Reverse((i.decided, i.received, i.id)));
    let more_invitations = pending.len().saturating_sub(PENDING_MAX) + decided.len().saturating_sub(DECIDED_MAX);
    let invitations: Vec<&Invitation> =
        pending.into_iter().take(PENDING_MAX).chain(decided.into_iter().take(DECIDED_MAX)).collect();
    let invitations = invitations
        .into_iter()
        .map(|i| InvitationLine {
            what: one_line(&i.what),
            practice: !i.counts(),
            decision: i.decision.label(lang).to_owned(),
            decided: i.decided,
            deadline: i.deadline.filter(|_| i.decision == Decision::Pending),
            reason: i.reason.to_string(),
            outcome: i.outcome.to_string(),
            event: i.event,
            turned_out: i.turned_out.map(|t| t.label(lang).to_owned()),
            served: i.served.and_then(|v| wb.values.get(v)).map(|v| one_line(&v.name)),
            met: i.met.iter().filter_map(|p| wb.people.get(*p)).map(|p| one_line(&p.name)).collect(),
            unexpected: i.unexpected.to_string(),
            filter: Some(Judged::of(wb, lang, &crate::model::filter::invitation(wb, i))),
        })
        .collect();
    let happenstance = crate::model::assets::happenstance(wb, today)
        .into_iter()
        .filter(|s| s.1 > 0)
        .map(|(skill, times)| SkillLine { skill: skill.label(lang).to_owned(), times })
        .collect();
    let health = derived::network_health(wb);
    let bridge_ids = derived::bridges(wb);
    let mut bridge_names: Vec<String> =
        bridge_ids.iter().filter_map(|id| wb.people.get(*id)).map(|p| one_line(&p.name)).collect();
    bridge_names.sort();
    let top = |all: Vec<crate::model::fields::KnownField>| -> Vec<(String, usize)> {
        all.into_iter().take(10).map(|k| (k.name, k.people)).collect()
    };
    let top_fields = top(crate::model::fields::known_fields(wb));
    let top_organisations = top(crate::model::fields::known_organisations(wb));
    let people = PeopleLine { health, bridge_names, top_fields, top_organisations };
    let mut takes: Vec<&Stocktake> = wb.stocktakes.iter().filter(|s| s.date.is_some_and(|d| d <= today)).collect();
    takes.sort_by_key(|s| (s.date, s.id));
    let stocktakes: Vec<NaiveDate> = takes.iter().filter_map(|s| s.date).collect();
    let figures = crate::model::assets::all_figures(wb, today);
    let assets = AssetKind::iter()
        .map(|kind| {
            let asset = wb.asset(kind);
            let rating = asset.and_then(|a| a.rating);
            let mut history: Vec<Option<u8>> =
                takes.iter().map(|s| s.ratings.iter().find(|r| r.kind == kind).and_then(|r| r.rating)).collect();
            history.push(rating);
            AssetLine {
                asset: kind.label(lang).to_owned(),
                group: kind.group().label(lang).to_owned(),
                rating,
                notes: asset.map(|a| a.notes.to_string()).unwrap_or_default(),
                indicators: figures
                    .iter()
                    .filter(|f| f.kind == kind)
                    .map(|f| (f.indicator.label(lang).to_owned(), f.value))
                    .collect(),
                indicator_history: figures
                    .iter()
                    .filter(|f| f.kind == kind)
                    .map(|f| {
                        let then = takes.iter().map(|s| {
                            s.figures.iter().find(|x| x.kind == kind && x.indicator == f.indicator).map(|x| x.value)
                        });
                        then.chain(std::iter::once(Some(f.value))).collect()
                    })
                    .collect(),
                history,
            }
        })
        .collect();
    let mut reflections: Vec<&Reflection> = wb.reflections.iter().collect();
    reflections.sort_by_key(|r| std::cmp::Reverse((r.date, r.id)));
    let more_reflections = reflections.len().saturating_sub(REFLECTIONS_MAX);
    let reflections = reflections
        .into_iter()
        .take(REFLECTIONS_MAX)
        .map(|r| ReflectionLine { date: r.date, topic: r.topic.label(lang).to_owned(), text: r.text.to_string() })
        .collect();
    let next_actions = actions::next_actions(wb, today)
        .iter()
        .take(NEXT_ACTIONS_MAX)
        .map(|a| i18n::next_action(lang, a, wb))
        .collect();
    Summary {
        lang: lang.code(),
        date: today,
        name,
        values,
        interests: wb.interests.iter().map(|i| one_line(i)).collect(),
        communities,
        diversity,
        tags,
        outputs,
        more_outputs,
        outputs_per_week: derived::outputs_per_week(wb, today, 12),
        introductions,
        more_introductions,
        invitations,
        more_invitations,
        happenstance,
        calibration: i18n::calibration(lang, &crate::model::calibrate::calibrate(wb)),
        people,
        assets,
        stocktakes,
        reflections,
        more_reflections,
        next_actions,
        months: crate::model::months::months(wb, today, 12),
    }
}

/// The summary in `format`.
/// What `export` writes in `format`: the printable summary, or the calendar.
pub fn document(wb: &Workbook, today: NaiveDate, lang: Lang, format: Format, no_names: bool) -> String {
    match format {
        Format::Ics => ics::calendar(wb, today, lang),
        _ => render(format, &summary(wb, today, lang, no_names), lang),
    }
}

/// The summary in one of its formats (the calendar is not a summary: [`document`] writes it,
/// and here it is empty).
pub fn render(format: Format, s: &Summary, lang: Lang) -> String {
    match format {
        Format::Markdown => markdown::render(s, lang),
        Format::Text => text::render(s, lang),
        Format::Html => html::render(s, lang),
        Format::Json => serde_json::to_string_pretty(s).unwrap_or_default() + "\n",
        Format::Ics => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
    }

    #[test]
    fn no_names_leaves_no_person_name_anywhere() {
        let wb = sample::workbook(200, 7, today());
        let names: Vec<String> =
            wb.people.iter().map(|p| p.name.to_string()).filter(|n| n.chars().count() > 2).collect();
        assert!(!names.is_empty());
        for format in [Format::Markdown, Format::Text, Format::Html, Format::Json] {
            for lang in [Lang::Ja, Lang::En] {
                let out = render(format, &summary(&wb, today(), lang, true), lang);
                for n in &names {
                    assert!(!out.contains(n.as_str()), "{format:?} {lang:?} names {n}");
                }
            }
        }
        let named = render(Format::Text, &summary(&wb, today(), Lang::En, false), Lang::En);
        assert!(names.iter().any(|n| named.contains(n.as_str())), "without the flag, names are there");
    }

    #[test]
    fn an_empty_workbook_exports_in_every_format() {
        for format in [Format::Markdown, Format::Text, Format::Html, Format::Json] {
            let out = render(format, &summary(&Workbook::default(), today(), Lang::Ja, false), Lang::Ja);
            assert!(out.contains("2026"), "{format:?}: {out}");
        }
    }

    #[test]
    fn asset_history_follows_the_stocktakes_then_today() {
        let wb = sample::workbook(200, 7, today());
        let s = summary(&wb, today(), Lang::En, false);
        for a in &s.assets {
            assert_eq!(a.history.len(), s.stocktakes.len() + 1, "{}", a.asset);
            assert_eq!(*a.history.last().expect("today"), a.rating);
        }
        assert!(s.stocktakes.windows(2).all(|w| w[0] <= w[1]));
    }
}
