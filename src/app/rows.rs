//! The rows of each list: which records it shows and in what order. Built once per change of the
//! workbook (per pane, lazily, when the pane is shown), never per frame: drawing then only looks
//! up the handful of records that fit on screen.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use super::action::Pane;
use super::search;
use crate::i18n::{Label, Lang, tr};
use crate::model::actions::NextAction;
use crate::model::derived;
use crate::model::text::one_line;
use crate::model::*;

/// One row of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Record(RecordRef),
    Asset(AssetKind),
    /// The n-th next action on the overview.
    Action(usize),
    /// This week's slot for one of the column's steps.
    Week(ColumnStep),
    /// The n-th step done in the weeks before (the log under this week).
    Logged(usize),
    /// The n-th of the last twelve months, newest first.
    Month(usize),
    /// The week page's question about an invitation whose event day has passed.
    Afterwards(InvitationId),
}

/// Rows per pane, plus the few derived figures the lists show (computed with the rows, so a
/// frame never scans the workbook).
#[derive(Default)]
pub struct RowCache {
    /// Every row of each list, in the list's order.
    all: [Vec<Row>; Pane::COUNT],
    /// The generation and order `all` was built for.
    built_at: [Option<(u64, Order)>; Pane::COUNT],
    /// The rows shown: `all`, or those matching the list's search, best first.
    rows: [Vec<Row>; Pane::COUNT],
    /// The generation and search the shown rows were made for.
    shown_for: [Option<(u64, String)>; Pane::COUNT],
    /// What each of `all` is found by, once a search needed it (cleared with `all`).
    prepared: [Vec<nucleo_matcher::Utf32String>; Pane::COUNT],
    actions: Vec<NextAction>,
    pub tag_last: BTreeMap<TagId, NaiveDate>,
    pub bridges: BTreeSet<PersonId>,
    pub overview: Overview,
    /// The diversity read-out shown above the communities.
    pub diversity: derived::Diversity,
    /// Outputs per week, last 12 weeks (shown above the outputs).
    pub cadence: Vec<usize>,
    /// Introductions given and received (shown above them).
    pub balance: derived::IntroductionBalance,
    /// Per final value: accepted invitations that served it (the value filter's look back).
    pub served: Vec<crate::model::filter::Served>,
    /// How accepted invitations turned out, above and below the pass mark (part of the look back).
    pub calibration: crate::model::calibrate::Calibration,
    /// Happenstance skills named on invitations of the last 90 days (part of the look back).
    pub happenstance: Vec<(crate::model::HappenstanceSkill, usize)>,
    /// Every asset's indicators today (shown beside the self-ratings).
    pub asset_figures: Vec<crate::model::StocktakeFigure>,
    /// The last stock-takes, oldest first (for changes and the rating history).
    pub stocktake_history: Vec<Stocktake>,
    /// How many of the value filter's candidates pass, of how many.
    pub filter_passing: (usize, usize),
    /// People per mutual-connection bucket and how many have no count (shown above them).
    pub mutual: ([usize; 5], usize),
    /// The network map's clusters (its rows are their records, in map order).
    pub map: crate::model::network::NetworkMap,
    /// This week: the proposals per slot and the log of the weeks before.
    pub week: WeekFigures,
    /// The last twelve months, newest first.
    pub months: Vec<crate::model::months::Month>,
}

/// What the week page shows besides the chosen steps (computed with the rows).
#[derive(Clone, Debug, Default)]
pub struct WeekFigures {
    /// Proposals per column step, best first.
    pub proposals: [Vec<crate::model::week::Suggestion>; 3],
    /// Steps done in the weeks before, newest week first: the week's Monday and the step.
    pub log: Vec<(NaiveDate, WeekStep)>,
    /// The invitation the week page asks about (`model::week::reflections_due`, the first).
    pub ask: Option<InvitationId>,
}

/// The figures of the overview tab.
#[derive(Clone, Debug, Default)]
pub struct Overview {
    pub progress: Option<[derived::Progress; 3]>,
    pub health: derived::NetworkHealth,
    pub diversity: derived::Diversity,
}

impl RowCache {
    pub fn invalidate(&mut self) {
        self.built_at = [None; Pane::COUNT];
        self.shown_for = Default::default();
    }

    pub fn get(&self, pane: Pane) -> &[Row] {
        &self.rows[pane.index()]
    }

    pub fn actions(&self) -> &[NextAction] {
        &self.actions
    }

    /// Rebuilds `pane`'s rows if the workbook or the search changed since they were built.
    #[allow(clippy::too_many_arguments)] // one call site; a struct would only rename them
    pub fn ensure(
        &mut self,
        pane: Pane,
        wb: &Workbook,
        generation: u64,
        today: NaiveDate,
        order: Order,
        query: &str,
        lang: Lang,
    ) {
        let i = pane.index();
        if self.built_at[i] != Some((generation, order)) {
            self.build(pane, wb, generation, today, order);
            self.shown_for[i] = None;
        }
        let wanted = Some((generation, query.to_owned()));
        if self.shown_for[i] != wanted {
            self.rows[i] = if query.trim().is_empty() {
                self.all[i].clone()
            } else {
                if self.prepared[i].len() != self.all[i].len() {
                    self.prepared[i] = prepare(&self.all[i], wb, lang);
                }
                let mut found = filter(&self.all[i], &self.prepared[i], query);
                if pane == Pane::Map {
                    // The map steps through what matches in map order, not best match first.
                    found.sort_by_key(|r| map_order(&self.map, *r));
                }
                found
            };
            self.shown_for[i] = wanted;
        }
    }

    /// How many rows the list has before any search.
    pub fn total(&self, pane: Pane) -> usize {
        self.all[pane.index()].len()
    }

    fn build(&mut self, pane: Pane, wb: &Workbook, generation: u64, today: NaiveDate, order: Order) {
        match pane {
            Pane::NextActions => {
                self.actions = actions::next_actions(wb, today);
                self.overview = Overview {
                    progress: Some(derived::step_progress(wb, today)),
                    health: derived::network_health(wb),
                    diversity: derived::diversity(wb),
                };
            }
            Pane::Tags => self.tag_last = derived::last_output_per_tag(wb),
            Pane::Filter => self.calibration = crate::model::calibrate::calibrate(wb),
            Pane::Months => {
                self.months = crate::model::months::months(wb, today, 12);
                self.months.reverse();
            }
            Pane::Week => {
                use crate::model::week;
                self.week = WeekFigures {
                    proposals: [ColumnStep::ShowUp, ColumnStep::MakeVisible, ColumnStep::Answer]
                        .map(|step| week::proposals(wb, today, step)),
                    log: week::log(wb, today)
                        .into_iter()
                        .flat_map(|(monday, steps)| steps.into_iter().map(move |s| (monday, s.clone())))
                        .collect(),
                    ask: week::reflections_due(wb, today).first().copied(),
                };
            }
            Pane::Values => {
                self.served = crate::model::filter::look_back(wb);
                self.calibration = crate::model::calibrate::calibrate(wb);
                self.happenstance = crate::model::assets::happenstance(wb, today);
            }
            Pane::Assets => {
                self.asset_figures = crate::model::assets::all_figures(wb, today);
                // Every dated stock-take up to today, oldest first (the newest is what changes
                // compare to; the chart shows them all).
                let mut takes: Vec<&Stocktake> =
                    wb.stocktakes.iter().filter(|x| x.date.is_some_and(|d| d <= today)).collect();
                takes.sort_by_key(|x| (x.date, x.id));
                self.stocktake_history = takes.into_iter().cloned().collect();
            }

            Pane::Communities => self.diversity = derived::diversity(wb),
            Pane::Outputs => self.cadence = derived::outputs_per_week(wb, today, 12),
            Pane::Introductions => self.balance = derived::introduction_balance(wb),
            Pane::People => {
                self.bridges = derived::bridges(wb);
                self.mutual = derived::mutual_buckets(wb);
            }
            Pane::Map => self.map = crate::model::network::network(wb, today),
            _ => {}
        }
        self.all[pane.index()] = if pane == Pane::Filter {
            // The filter's rows and its pass count come from one scoring.
            let candidates = crate::model::filter::candidates(wb);
            self.filter_passing = (candidates.iter().filter(|c| c.1.passes()).count(), candidates.len());
            candidates.into_iter().map(|(c, _)| Row::Record(c.record())).collect()
        } else if pane == Pane::Map {
            self.map.records().into_iter().map(Row::Record).collect()
        } else if pane == Pane::Week {
            // The question after an event (if any), the three slots, then the log the figures
            // above were just read into.
            let ask = self.week.ask.map(Row::Afterwards);
            let slots = [ColumnStep::ShowUp, ColumnStep::MakeVisible, ColumnStep::Answer].into_iter().map(Row::Week);
            ask.into_iter().chain(slots).chain((0..self.week.log.len()).map(Row::Logged)).collect()
        } else {
            build(pane, wb, self.actions.len(), order, today)
        };
        self.prepared[pane.index()].clear();
        self.built_at[pane.index()] = Some((generation, order));
    }
}

fn sorted<T, K: Ord>(items: &Table<T>, key: impl Fn(&T) -> K, r: impl Fn(&T) -> RecordRef) -> Vec<Row>
where
    T: Keyed,
{
    let mut v: Vec<&T> = items.iter().collect();
    v.sort_by_cached_key(|x| key(x));
    v.into_iter().map(|x| Row::Record(r(x))).collect()
}

/// The orders a list can be shown in (`s` steps through them); the first is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Order {
    /// The list's natural order (status for communities, rank for values, …).
    Natural,
    Name,
    /// Newest first.
    Date,
    /// Strongest tie first.
    Strength,
    /// The reconnect list first (`model::reconnect::list`: those whose own cadence has passed,
    /// then the longest unheard-from), then everyone else.
    Reconnect,
    Reactions,
    Excitement,
    /// Longest since the last visit (or the last output) first.
    Stale,
}

impl Order {
    /// The order's name, for the list's title.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Order::Natural => tr!(lang, "order-natural"),
            Order::Name => tr!(lang, "order-name"),
            Order::Date => tr!(lang, "order-date"),
            Order::Strength => tr!(lang, "order-strength"),
            Order::Reconnect => tr!(lang, "order-reconnect"),
            Order::Reactions => tr!(lang, "order-reactions"),
            Order::Excitement => tr!(lang, "order-excitement"),
            Order::Stale => tr!(lang, "order-stale"),
        }
    }
}

pub fn orders(pane: Pane) -> &'static [Order] {
    use Order::*;
    match pane {
        Pane::People => &[Name, Strength, Reconnect, Date],
        Pane::Communities => &[Natural, Name, Stale],
        Pane::Outputs => &[Date, Reactions],
        Pane::Tags => &[Name, Stale],
        Pane::Invitations => &[Natural, Excitement, Date],
        _ => &[Natural],
    }
}

/// Where a row sits on the map, for keeping search results in map order.
fn map_order(map: &crate::model::network::NetworkMap, row: Row) -> (usize, usize) {
    match row {
        Row::Record(r) => map.place(r).map_or((usize::MAX, 0), |p| (p.cluster, p.member.map_or(0, |m| m + 1))),
        _ => (usize::MAX, 0),
    }
}

fn build(pane: Pane, wb: &Workbook, actions: usize, order: Order, today: NaiveDate) -> Vec<Row> {
    let person = |p: &Person| RecordRef::Person(p.id);
    match (pane, order) {
        (Pane::People, Order::Strength) => {
            return sorted(&wb.people, |p| Reverse(derived::TieStrength::of(&p.tie).percent()), person);
        }
        (Pane::People, Order::Reconnect) => {
            // The reconnect list first, in its order (see `model::reconnect`), then everyone else.
            let listed = crate::model::reconnect::list(wb, today);
            let at: std::collections::HashMap<PersonId, usize> =
                listed.iter().enumerate().map(|(i, p)| (*p, i)).collect();
            return sorted(&wb.people, |p| at.get(&p.id).copied().unwrap_or(usize::MAX), person);
        }
        (Pane::People, Order::Date) => return sorted(&wb.people, |p| Reverse(p.latest_contact()), person),
        (Pane::Communities, Order::Name) => {
            return sorted(&wb.communities, |c| c.name.to_lowercase(), |c| RecordRef::Community(c.id));
        }
        (Pane::Communities, Order::Stale) => {
            return sorted(&wb.communities, |c| (c.last_visit, c.id), |c| RecordRef::Community(c.id));
        }
        (Pane::Outputs, Order::Reactions) => {
            return sorted(&wb.outputs, |o| Reverse((o.reactions, o.date)), |o| RecordRef::Output(o.id));
        }
        (Pane::Tags, Order::Stale) => {
            let last = derived::last_output_per_tag(wb);
            return sorted(&wb.tags, |t| (last.get(&t.id).copied(), t.id), |t| RecordRef::Tag(t.id));
        }
        (Pane::Invitations, Order::Excitement) => {
            return sorted(&wb.invitations, |i| Reverse((i.excitement, i.id)), |i| RecordRef::Invitation(i.id));
        }
        (Pane::Invitations, Order::Date) => {
            return sorted(&wb.invitations, |i| Reverse((i.received, i.id)), |i| RecordRef::Invitation(i.id));
        }
        _ => {}
    }
    match pane {
        Pane::NextActions => (0..actions).map(Row::Action).collect(),
        Pane::Months => (0..12).map(Row::Month).collect(),
        Pane::Communities => {
            sorted(&wb.communities, |c| (c.status.list_order(), c.name.to_lowercase()), |c| RecordRef::Community(c.id))
        }
        Pane::Outputs => sorted(&wb.outputs, |o| Reverse((o.date, o.id)), |o| RecordRef::Output(o.id)),
        Pane::Tags => sorted(&wb.tags, |t| t.name.to_lowercase(), |t| RecordRef::Tag(t.id)),
        Pane::Introductions => {
            sorted(&wb.introductions, |i| Reverse((i.date, i.id)), |i| RecordRef::Introduction(i.id))
        }
        // Pending first, soonest deadline first; decided ones after, newest first.
        Pane::Invitations => sorted(
            &wb.invitations,
            |i| {
                let pending = i.decision == Decision::Pending;
                (
                    !pending,
                    if pending { i.deadline.unwrap_or(NaiveDate::MAX) } else { NaiveDate::MIN },
                    Reverse(i.received),
                    i.id,
                )
            },
            |i| RecordRef::Invitation(i.id),
        ),
        Pane::Values => sorted(&wb.values, |v| (v.rank, v.id), |v| RecordRef::Value(v.id)),
        // Built with their figures in `RowCache::build`.
        Pane::Filter | Pane::Map | Pane::Week => Vec::new(),
        Pane::Assets => all::<AssetKind>().into_iter().map(Row::Asset).collect(),
        Pane::Stocktakes => sorted(&wb.stocktakes, |s| Reverse((s.date, s.id)), |s| RecordRef::Stocktake(s.id)),
        Pane::Reflections => sorted(&wb.reflections, |x| Reverse((x.date, x.id)), |x| RecordRef::Reflection(x.id)),
        Pane::All => {
            // Kind by kind, each in id order: built only when the list is shown.
            let mut rows = Vec::with_capacity(wb.record_count());
            rows.extend(wb.values.iter().map(|x| Row::Record(RecordRef::Value(x.id))));
            rows.extend(wb.communities.iter().map(|x| Row::Record(RecordRef::Community(x.id))));
            rows.extend(wb.people.iter().map(|x| Row::Record(RecordRef::Person(x.id))));
            rows.extend(wb.tags.iter().map(|x| Row::Record(RecordRef::Tag(x.id))));
            rows.extend(wb.outputs.iter().map(|x| Row::Record(RecordRef::Output(x.id))));
            rows.extend(wb.introductions.iter().map(|x| Row::Record(RecordRef::Introduction(x.id))));
            rows.extend(wb.invitations.iter().map(|x| Row::Record(RecordRef::Invitation(x.id))));
            rows.extend(wb.stocktakes.iter().map(|x| Row::Record(RecordRef::Stocktake(x.id))));
            rows
        }
        Pane::People => sorted(
            &wb.people,
            |p| {
                let key = if p.phonetic.is_blank() { &p.name } else { &p.phonetic };
                key.to_lowercase()
            },
            |p| RecordRef::Person(p.id),
        ),
    }
}

/// The list a record appears in.
pub fn pane_of(r: RecordRef) -> Pane {
    match r {
        RecordRef::Value(_) => Pane::Values,
        RecordRef::Community(_) => Pane::Communities,
        RecordRef::Person(_) => Pane::People,
        RecordRef::Tag(_) => Pane::Tags,
        RecordRef::Output(_) => Pane::Outputs,
        RecordRef::Introduction(_) => Pane::Introductions,
        RecordRef::Invitation(_) => Pane::Invitations,
        RecordRef::Stocktake(_) => Pane::Stocktakes,
        RecordRef::Reflection(_) => Pane::Reflections,
    }
}

/// The kind of record a list holds (`None` for the overview and the assets).
pub fn kind_of(pane: Pane) -> Option<RecordKind> {
    match pane {
        Pane::NextActions | Pane::Week | Pane::Months | Pane::Assets | Pane::All | Pane::Filter | Pane::Map => None,
        Pane::Communities => Some(RecordKind::Community),
        Pane::Outputs => Some(RecordKind::Output),
        Pane::Tags => Some(RecordKind::Tag),
        Pane::Introductions => Some(RecordKind::Introduction),
        Pane::Invitations => Some(RecordKind::Invitation),
        Pane::Values => Some(RecordKind::Value),
        Pane::Stocktakes => Some(RecordKind::Stocktake),
        Pane::Reflections => Some(RecordKind::Reflection),
        Pane::People => Some(RecordKind::Person),
    }
}

/// A short name for a record, for prompts and messages.
pub fn record_name(wb: &Workbook, r: RecordRef) -> String {
    wb.record(r).map(|rec| record_name_of(&rec, wb)).unwrap_or_default()
}

/// A short name for a record, for prompts and messages.
pub fn record_name_of(record: &Record, wb: &Workbook) -> String {
    let person =
        |p: Option<PersonId>| p.and_then(|p| wb.people.get(p)).map_or_else(|| "-".to_owned(), |p| p.name.to_string());
    let text = match record {
        Record::Value(v) => v.name.to_string(),
        Record::Community(c) => c.name.to_string(),
        Record::Person(p) => p.name.to_string(),
        Record::Tag(t) => t.name.to_string(),
        Record::Output(o) => o.text.to_string(),
        Record::Introduction(i) => format!("{} > {}", person(i.first), person(i.second)),
        Record::Invitation(i) => i.what.to_string(),
        Record::Stocktake(s) => crate::i18n::date(s.date),
        Record::Reflection(x) => x.text.to_string(),
    };
    // The first line only: a multi-line note must not spread over the status line.
    let line = one_line(text.lines().next().unwrap_or_default());
    let mut out: String = line.chars().take(40).collect();
    if out.len() < line.len() {
        out.push_str("...");
    }
    out
}

// ----- search: what each row is found by -------------------------------------------------

/// The text a row is found by: its name or text and the fields people remember it by.
fn haystack(wb: &Workbook, row: Row, lang: Lang) -> String {
    let person = |id: Option<PersonId>| id.and_then(|p| wb.people.get(p)).map_or("", |p| p.name.as_str());
    match row {
        Row::Action(_) | Row::Week(_) | Row::Logged(_) | Row::Month(_) | Row::Afterwards(_) => String::new(),
        Row::Asset(kind) => kind.label(lang).to_owned(),
        Row::Record(r) => match wb.record(r) {
            None => String::new(),
            Some(Record::Value(v)) => format!("{} {}", v.name, v.description),
            Some(Record::Community(c)) => {
                let interests: Vec<&str> = c.interests.iter().map(|t| t.as_str()).collect();
                format!("{} {} {} {}", c.name, c.kind.label(lang), interests.join(" "), c.notes)
            }
            Some(Record::Person(p)) => {
                format!("{} {} {} {} {} {} {}", p.name, p.phonetic, p.field, p.organisation, p.role, p.how_met, p.notes)
            }
            Some(Record::Tag(t)) => format!("{} {}", t.name, t.description),
            Some(Record::Output(o)) => {
                let tags: Vec<&str> = o.tags.iter().filter_map(|&t| wb.tags.get(t)).map(|t| t.name.as_str()).collect();
                format!("{} {}", o.text, tags.join(" "))
            }
            Some(Record::Introduction(i)) => {
                format!("{} {} {} {}", person(i.first), person(i.second), i.why, i.outcome)
            }
            Some(Record::Invitation(i)) => format!("{} {} {} {}", i.what, person(i.from), i.reason, i.outcome),
            Some(Record::Stocktake(s)) => s.note.to_string(),
            Some(Record::Reflection(x)) => x.text.to_string(),
        },
    }
}

/// What each row is found by, prepared once per change of the workbook (in the matcher's own
/// form), so a key typed into a search only matches, never formats.
fn prepare(rows: &[Row], wb: &Workbook, lang: Lang) -> Vec<nucleo_matcher::Utf32String> {
    rows.iter()
        .map(|&row| {
            nucleo_matcher::Utf32String::from(search::fold_width(&crate::model::text::one_line(&haystack(
                wb, row, lang,
            ))))
        })
        .collect()
}

/// The rows that match `query`, best first (ties keep the list's order). `prepared` is
/// `prepare` of the same rows.
fn filter(rows: &[Row], prepared: &[nucleo_matcher::Utf32String], query: &str) -> Vec<Row> {
    if query.trim().is_empty() {
        return rows.to_vec();
    }
    search::rank(prepared, query).into_iter().map(|i| rows[i]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sample;

    #[test]
    fn invitations_list_pending_by_deadline_then_the_decided() {
        let today: NaiveDate = "2026-11-24".parse().expect("date");
        let wb = sample::workbook(400, 5, today);
        let rows = build(Pane::Invitations, &wb, 0, Order::Natural, today);
        assert_eq!(rows.len(), wb.invitations.len());
        let invs: Vec<&Invitation> = rows
            .iter()
            .map(|r| match r {
                Row::Record(RecordRef::Invitation(id)) => wb.invitations.get(*id).expect("exists"),
                other => panic!("unexpected row {other:?}"),
            })
            .collect();
        let first_decided = invs.iter().position(|i| i.decision != Decision::Pending).unwrap_or(invs.len());
        assert!(invs[first_decided..].iter().all(|i| i.decision != Decision::Pending));
        let deadlines: Vec<NaiveDate> =
            invs[..first_decided].iter().map(|i| i.deadline.unwrap_or(NaiveDate::MAX)).collect();
        assert!(deadlines.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn the_cache_rebuilds_only_when_the_generation_changes() {
        let today: NaiveDate = "2026-11-24".parse().expect("date");
        let mut wb = sample::workbook(100, 5, today);
        let mut cache = RowCache::default();
        cache.ensure(Pane::Tags, &wb, 1, today, Order::Name, "", Lang::En);
        let before = cache.get(Pane::Tags).len();
        wb.tags.put(Tag { id: TagId(9999), name: Text::from("新しいタグ"), ..Default::default() });
        cache.ensure(Pane::Tags, &wb, 1, today, Order::Name, "", Lang::En);
        assert_eq!(cache.get(Pane::Tags).len(), before);
        cache.ensure(Pane::Tags, &wb, 2, today, Order::Name, "", Lang::En);
        assert_eq!(cache.get(Pane::Tags).len(), before + 1);
    }

    #[test]
    fn finds_japanese_and_english_by_parts_best_first() {
        let mut wb = Workbook::default();
        for (id, name, field) in [(1, "佐藤 美咲", "教育"), (2, "Misaki Tanaka", "IT"), (3, "田中 翔", "教育")]
        {
            wb.people.put(Person {
                id: PersonId(id),
                name: Text::from(name),
                field: Text::from(field),
                ..Default::default()
            });
        }
        let rows: Vec<Row> = wb.people.iter().map(|p| Row::Record(RecordRef::Person(p.id))).collect();
        let names = |q: &str| -> Vec<u64> {
            filter(&rows, &prepare(&rows, &wb, Lang::Ja), q)
                .into_iter()
                .map(|r| match r {
                    Row::Record(r) => r.number(),
                    _ => 0,
                })
                .collect()
        };
        assert_eq!(names("美咲"), vec![1]);
        assert_eq!(names("misaki"), vec![2]);
        assert_eq!(names("教育"), vec![1, 3]);
        assert_eq!(names("ＭＩＳＡＫＩ"), vec![2], "full-width letters from an IME match");
        assert_eq!(names("").len(), 3);
        assert!(names("存在しない").is_empty());
    }
}
