//! The network map (People tab, second list): you in the middle, a page of communities on a ring
//! around you, and each community's people as a cluster of marks, the strongest ties nearest its
//! centre. `model::network` decides who belongs where (once per change); this module only places a
//! page of it, so a frame costs the same with ten people or ten thousand.
//!
//! Readable at any size, by rule:
//! - at most [`MAX_RING`] communities at once, fewer when the window is small; the page shown is
//!   the one holding the selection, and PgUp/PgDn step from community to community;
//! - a community shows as many people as fit in its disc; when more belong to it, the disc shows
//!   the part holding the selection and its label says which (`1-28/40`).
//!
//! The marks differ in shape, so they read without colour (NO_COLOR, screenshots): a strong tie is
//! a 2x2 block of dots, a weak tie one dot, an unrated tie two dots side by side, a bridge two
//! dots on a diagonal, a dormant tie (of any strength) two dots one above the other, dim.
//! The selected person gets a ring, their name, and lines to the other communities they share.

use std::f64::consts::{FRAC_PI_2, TAU};

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Circle, Line as Segment, Points};
use ratatui::widgets::{Paragraph, Widget};

use super::theme::Theme;
use super::width;
use crate::app::{App, Pane, Row};
use crate::i18n::{self, Lang, tr};
use crate::model::derived::TieBand;
use crate::model::network::{Member, NetworkMap, Place};
use crate::model::{RecordRef, Workbook};

/// Most communities drawn at once.
pub const MAX_RING: usize = 10;
/// Distance between two people's marks, in map units (a unit is one cell wide, half a cell high,
/// so two dots either way).
const SPACING: f64 = 1.5;
/// The golden angle: successive marks spiral out without lining up.
const GOLDEN: f64 = 2.399_963_229_728_653;
/// Widest a community's label may be, in cells.
const LABEL_MAX: usize = 24;

/// Where things go in one frame. Map units: x in cells, y in half cells, origin bottom left.
#[derive(Debug, Clone, PartialEq)]
pub struct Geometry {
    cols: u16,
    rows: u16,
    pub centre: (f64, f64),
    /// The clusters shown (indices into the map) and their centres.
    pub spots: Vec<(usize, (f64, f64))>,
    /// Radius of every cluster's disc.
    pub radius: f64,
    /// How many people one disc shows.
    pub capacity: usize,
    /// Communities per page.
    pub per_page: usize,
}

impl Geometry {
    /// Lays out the page of `clusters` clusters that holds `focus`, in a canvas of `cols` x `rows`
    /// cells.
    pub fn new(cols: u16, rows: u16, clusters: usize, focus: usize) -> Self {
        let (w, h) = (f64::from(cols), f64::from(rows) * 2.0);
        let centre = ((w - 0.5) / 2.0, (h - 0.5) / 2.0);
        let mut radius = (w.min(h) / 7.0).clamp(1.5, 7.0);
        // The ring, inside the edges by a disc and a label row.
        let rx = (w / 2.0 - radius - 1.0).max(1.0);
        let ry = (h / 2.0 - radius - 2.0).max(1.0);
        let (samples, length) = ellipse(rx, ry);
        let by_width = usize::from(cols / 9).max(1);
        let by_room = (length / (2.0 * radius + 5.0)).floor().max(1.0) as usize;
        let per_page = by_width.min(by_room).clamp(1, MAX_RING);
        let first = if clusters == 0 { 0 } else { focus.min(clusters - 1) / per_page * per_page };
        let shown = clusters.saturating_sub(first).min(per_page);
        let spots: Vec<(usize, (f64, f64))> = (0..shown)
            .map(|k| {
                let (x, y) = along(&samples, length, k, shown);
                (first + k, (centre.0 + x, centre.1 + y))
            })
            .collect();
        // Neighbours must not touch: shrink the discs to half the closest gap.
        let closest = spots
            .iter()
            .zip(spots.iter().cycle().skip(1))
            .take(if shown > 2 { shown } else { shown.saturating_sub(1) })
            .map(|(a, b)| (a.1.0 - b.1.0).hypot(a.1.1 - b.1.1))
            .fold(f64::INFINITY, f64::min);
        if closest.is_finite() {
            radius = radius.min((closest - SPACING) / 2.0).max(1.0);
        }
        // Sunflower packing: `n` marks fill a disc of radius SPACING * sqrt(n / pi) * ~1.05.
        let capacity = ((radius / (SPACING * 0.6)).powi(2)).floor().max(1.0) as usize;
        Geometry { cols, rows, centre, spots, radius, capacity, per_page }
    }

    /// The centre of the `i`-th mark of a disc centred on `at`, snapped to the dot grid.
    pub fn mark(&self, at: (f64, f64), i: usize) -> (f64, f64) {
        let r = SPACING * 0.6 * (i as f64 + 0.5).sqrt();
        let a = i as f64 * GOLDEN;
        let snap = |v: f64| (v * 2.0).round() / 2.0;
        (snap(at.0 + r * a.cos()), snap(at.1 + r * a.sin()))
    }

    fn spot(&self, cluster: usize) -> Option<(f64, f64)> {
        self.spots.iter().find(|s| s.0 == cluster).map(|s| s.1)
    }

    /// The cell a map point falls in.
    pub fn cell(&self, (x, y): (f64, f64)) -> (u16, u16) {
        let top = f64::from(self.rows) * 2.0 - 0.5;
        let col = x.floor().clamp(0.0, f64::from(self.cols.saturating_sub(1)));
        let row = ((top - y) / 2.0).floor().clamp(0.0, f64::from(self.rows.saturating_sub(1)));
        (col as u16, row as u16)
    }
}

/// Points around an ellipse, starting at the top and going clockwise, with their arc lengths.
fn ellipse(rx: f64, ry: f64) -> (Vec<(f64, f64, f64)>, f64) {
    const STEPS: usize = 240;
    let mut out = Vec::with_capacity(STEPS + 1);
    let mut length = 0.0;
    let mut last = (0.0, ry);
    for s in 0..=STEPS {
        let t = FRAC_PI_2 - TAU * s as f64 / STEPS as f64;
        let p = (rx * t.cos(), ry * t.sin());
        length += (p.0 - last.0).hypot(p.1 - last.1);
        out.push((p.0, p.1, length));
        last = p;
    }
    (out, length)
}

/// The `k`-th of `n` points spaced evenly along the ellipse (two sit left and right of the
/// centre; one sits to the right).
fn along(samples: &[(f64, f64, f64)], length: f64, k: usize, n: usize) -> (f64, f64) {
    let start = if n <= 2 { length / 4.0 } else { 0.0 };
    let want = (start + length * k as f64 / n as f64) % length;
    let i = samples.partition_point(|s| s.2 < want).min(samples.len() - 1);
    (samples[i].0, samples[i].1)
}

/// The first of a disc's people shown: the part holding the selection, else the strongest.
fn window(members: usize, capacity: usize, selected: Option<usize>) -> (usize, usize) {
    let start = selected.map_or(0, |m| m / capacity * capacity);
    (start, members.min(start + capacity))
}

fn fg(style: Style) -> Color {
    style.fg.unwrap_or(Color::Reset)
}

/// Cuts `text` to `max` cells, never through a wide character, marking the cut (`wrap::cut`). A
/// trailing number (`#2`) is kept, since it is what tells same-named communities apart.
fn fit(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_owned();
    }
    if let Some(at) = text.rfind(" #").filter(|&at| text[at + 2..].chars().all(|c| c.is_ascii_digit()))
        && width(&text[at..]) + 3 <= max
    {
        let suffix = &text[at..];
        return format!("{}{suffix}", fit(&text[..at], max - width(suffix)));
    }
    super::wrap::cut(text, max)
}

/// Writes `text` centred on column `col` of row `row`, kept inside the area.
fn label(buf: &mut Buffer, area: Rect, (col, row): (u16, u16), text: &str, style: Style) {
    let w = width(text).min(usize::from(area.width)) as u16;
    let left = col.saturating_sub(w / 2).min(area.width.saturating_sub(w));
    put(buf, area, (left, row), text, style);
}

/// Writes `text` at a cell of the area. A double-width character that the text would cut in
/// half at either end (another label's) is blanked whole rather than left half drawn.
fn put(buf: &mut Buffer, area: Rect, (left, row): (u16, u16), text: &str, style: Style) {
    let w = (width(text) as u16).min(area.width.saturating_sub(left));
    let (x, y) = (area.x + left, area.y + row);
    if left > 0 && width(buf[(x - 1, y)].symbol()) > 1 {
        buf[(x - 1, y)].set_symbol(" ");
    }
    buf.set_stringn(x, y, text, usize::from(w), style);
    if left + w < area.width && buf[(x + w, y)].symbol().is_empty() {
        buf[(x + w, y)].set_symbol(" ");
    }
}

/// Whether the cells hold nothing but blanks and dots (no letters of another label).
fn free(buf: &Buffer, area: Rect, (left, row): (u16, u16), w: u16) -> bool {
    left + w <= area.width
        && (left..left + w).all(|x| {
            let sym = buf[(area.x + x, area.y + row)].symbol();
            sym == " " || sym.chars().all(|c| ('\u{2800}'..='\u{28FF}').contains(&c))
        })
}

/// Draws the map into `area`; with `info`, a line under it says what the selection is (when no
/// detail pane sits beside the map).
pub fn render(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, info: bool) {
    let map = &app.figures().map;
    if map.clusters.is_empty() {
        frame.render_widget(Paragraph::new(tr!(app.lang, "map-empty")).style(theme.dim).wrap(Default::default()), area);
        return;
    }
    let info_rows = u16::from(info && area.height >= 8);
    let [legend, canvas_area, info_area] =
        area.layout(&Layout::vertical([Constraint::Length(1), Constraint::Min(1), Constraint::Length(info_rows)]));
    if let Some(row) = app.rows(Pane::Map).get(app.lists[Pane::Map.index()].selected) {
        // The selection's row of its own list, in one line; a bridge is named, not "yes".
        let (mut cells, _) = super::columns::cells(app, *row);
        if let Row::Record(r @ RecordRef::Person(_)) = row
            && let Some(last) = cells.last_mut()
        {
            let member = map.place(*r).and_then(|p| Some(&map.clusters[p.cluster].members[p.member?]));
            *last =
                if member.is_some_and(|m| m.bridge) { tr!(app.lang, "col-bridge").to_owned() } else { String::new() };
        }
        let text: Vec<String> = cells.into_iter().filter(|c| !c.trim().is_empty()).collect();
        frame.render_widget(Paragraph::new(text.join(" / ")).style(theme.text), info_area);
    }
    let selected = selected_place(app, map);
    let focus = selected.map_or(0, |p| p.cluster);
    let geo = Geometry::new(canvas_area.width, canvas_area.height, map.clusters.len(), focus);
    frame.render_widget(Paragraph::new(legend_line(app.lang, theme, &geo, map.clusters.len())), legend);
    if canvas_area.height < 2 {
        return;
    }
    let marks = Marks::place(map, &geo, selected);
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, f64::from(canvas_area.width) - 0.5])
        .y_bounds([0.0, f64::from(canvas_area.height) * 2.0 - 0.5])
        .paint(|ctx| marks.paint(ctx, theme, &geo, map));
    canvas.render(canvas_area, frame.buffer_mut());
    labels(app, theme, frame.buffer_mut(), canvas_area, &geo, &marks, selected);
}

/// The selected row's place on the map.
fn selected_place(app: &App, map: &NetworkMap) -> Option<Place> {
    let pos = &app.lists[Pane::Map.index()];
    match app.rows(Pane::Map).get(pos.selected) {
        Some(Row::Record(r)) => map.place(*r),
        _ => None,
    }
}

fn legend_line<'a>(lang: Lang, theme: &Theme, geo: &Geometry, clusters: usize) -> Line<'a> {
    let mut spans = Vec::new();
    if clusters > geo.per_page {
        // Which page, first: in a narrow window it matters more than the legend.
        let first = geo.spots.first().map_or(0, |s| s.0) + 1;
        let last = geo.spots.last().map_or(0, |s| s.0) + 1;
        spans.push(Span::styled(format!("{}  ", i18n::map_pages(lang, first, last, clusters)), theme.dim));
    }
    spans.extend([
        Span::styled(format!("\u{281B} {}  ", tr!(lang, "strong")), theme.accent),
        Span::styled(format!("\u{2801} {}  ", tr!(lang, "weak")), theme.text),
        Span::styled(format!("\u{2809} {}  ", tr!(lang, "unrated")), theme.text),
        Span::styled(format!("\u{2811} {}  ", tr!(lang, "bridges")), theme.warn),
        Span::styled(format!("\u{2803} {}", tr!(lang, "dormant")), theme.dim),
    ]);
    Line::from(spans)
}

/// The marks of one frame, grouped by how they are drawn.
#[derive(Default)]
struct Marks {
    strong: Vec<(f64, f64)>,
    weak: Vec<(f64, f64)>,
    /// No dimension rated: two dots side by side, neither a dot nor a block.
    unrated: Vec<(f64, f64)>,
    dormant: Vec<(f64, f64)>,
    bridge: Vec<(f64, f64)>,
    /// Links from a person to another community they share: (from, cluster), and whether the
    /// person is the selected one.
    links: Vec<((f64, f64), usize, bool)>,
    /// The selected person's mark.
    chosen: Option<(f64, f64)>,
    /// Per cluster shown: the people drawn (first, end).
    windows: Vec<(usize, usize)>,
}

impl Marks {
    fn place(map: &NetworkMap, geo: &Geometry, selected: Option<Place>) -> Self {
        let mut m = Marks::default();
        for &(ci, at) in &geo.spots {
            let cluster = &map.clusters[ci];
            let here = selected.filter(|p| p.cluster == ci);
            let (start, end) = window(cluster.members.len(), geo.capacity, here.and_then(|p| p.member));
            m.windows.push((start, end));
            for (i, member) in cluster.members[start..end].iter().enumerate() {
                let p = geo.mark(at, i);
                m.add(member, p);
                let chosen = here.and_then(|h| h.member) == Some(start + i);
                if chosen {
                    m.chosen = Some(p);
                }
                // Links show for the selected person, or for everyone in the selected community.
                if chosen || here.is_some_and(|h| h.member.is_none()) {
                    m.links.extend(member.also.iter().map(|&other| (p, other, chosen)));
                }
            }
        }
        m
    }

    fn add(&mut self, member: &Member, (x, y): (f64, f64)) {
        if member.bridge {
            self.bridge.extend([(x, y), (x + 0.5, y - 0.5)]);
        } else if member.dormant {
            // A quiet tie, whatever its strength: two dots one above the other, so it differs
            // from a weak tie's single dot in shape, not only in being dim.
            self.dormant.extend([(x, y), (x, y - 0.5)]);
        } else {
            match member.band {
                TieBand::Strong => self.strong.extend([(x, y), (x + 0.5, y), (x, y - 0.5), (x + 0.5, y - 0.5)]),
                TieBand::Weak => self.weak.push((x, y)),
                TieBand::Unrated => self.unrated.extend([(x, y), (x + 0.5, y)]),
            }
        }
    }

    fn paint(&self, ctx: &mut ratatui::widgets::canvas::Context, theme: &Theme, geo: &Geometry, map: &NetworkMap) {
        // Ties from you to each community: solid where you take part now, dim otherwise.
        for &(ci, at) in &geo.spots {
            let (dx, dy) = (at.0 - geo.centre.0, at.1 - geo.centre.1);
            let d = dx.hypot(dy);
            if d <= geo.radius + 1.0 {
                continue;
            }
            let k = (d - geo.radius - 0.5) / d;
            let color = if map.clusters[ci].current { fg(theme.text) } else { fg(theme.dim) };
            ctx.draw(&Segment::new(geo.centre.0, geo.centre.1, geo.centre.0 + dx * k, geo.centre.1 + dy * k, color));
        }
        for &(from, other, chosen) in &self.links {
            if let Some(to) = geo.spot(other) {
                let color = if chosen { fg(theme.warn) } else { fg(theme.dim) };
                ctx.draw(&Segment::new(from.0, from.1, to.0, to.1, color));
            }
        }
        ctx.layer();
        ctx.draw(&Points::new(&self.dormant, fg(theme.dim)));
        ctx.draw(&Points::new(&self.weak, fg(theme.text)));
        ctx.draw(&Points::new(&self.unrated, fg(theme.text)));
        ctx.draw(&Points::new(&self.strong, fg(theme.accent)));
        ctx.draw(&Points::new(&self.bridge, fg(theme.warn)));
        if let Some((x, y)) = self.chosen {
            ctx.layer();
            ctx.draw(&Circle::new(x + 0.25, y - 0.25, 1.5, fg(theme.title)));
        }
    }
}

fn labels(
    app: &App,
    theme: &Theme,
    buf: &mut Buffer,
    area: Rect,
    geo: &Geometry,
    marks: &Marks,
    selected: Option<Place>,
) {
    let map = &app.figures().map;
    let wb: &Workbook = app.wb();
    label(buf, area, geo.cell(geo.centre), &format!(" {} ", tr!(app.lang, "map-you")), theme.title);
    // Each label above its disc in the upper half, below it in the lower half; it may be as wide
    // as the gap to the next label on the same row allows.
    let dy = geo.radius + 1.5;
    let cells: Vec<(u16, u16)> = geo
        .spots
        .iter()
        .map(|&(_, at)| geo.cell((at.0, if at.1 >= geo.centre.1 { at.1 + dy } else { at.1 - dy })))
        .collect();
    for (i, (&(ci, _), &(start, end))) in geo.spots.iter().zip(&marks.windows).enumerate() {
        let cluster = &map.clusters[ci];
        let name = match cluster.community.and_then(|id| wb.communities.get(id)) {
            Some(c) => c.name.to_string(),
            None => tr!(app.lang, "map-outside").to_owned(),
        };
        let n = cluster.members.len();
        let count = if end - start < n { format!(" {}-{end}/{n}", start + 1) } else { format!(" {n}") };
        let (col, row) = cells[i];
        let gap = cells
            .iter()
            .enumerate()
            .filter(|&(j, c)| j != i && c.1 == row)
            .map(|(_, c)| usize::from(c.0.abs_diff(col)).saturating_sub(1))
            .min()
            .unwrap_or(usize::from(area.width));
        let room = gap.min(LABEL_MAX).saturating_sub(width(&count));
        let text = format!("{}{count}", fit(&crate::model::text::one_line(&name), room.max(3)));
        let style = match selected {
            Some(Place { cluster, member: None }) if cluster == ci => theme.selected,
            _ if cluster.current => theme.header,
            _ => theme.dim,
        };
        label(buf, area, (col, row), &text, style);
    }
    // The selected person's name beside their mark: right, left, then the rows above and below,
    // wherever it covers no other label; if nowhere, to the right.
    if let (Some(p), Some(Row::Record(RecordRef::Person(id)))) =
        (marks.chosen, app.rows(Pane::Map).get(app.lists[Pane::Map.index()].selected))
        && let Some(person) = wb.people.get(*id)
    {
        let name = format!(" {} ", fit(&crate::model::text::one_line(&person.name), LABEL_MAX));
        let (col, row) = geo.cell(p);
        let w = width(&name) as u16;
        let right = (col + 2).min(area.width.saturating_sub(w));
        let left = col.saturating_sub(w + 1);
        let above = row.saturating_sub(1);
        let below = (row + 1).min(area.height.saturating_sub(1));
        let centred = col.saturating_sub(w / 2).min(area.width.saturating_sub(w));
        let at = [(right, row), (left, row), (centred, above), (centred, below)]
            .into_iter()
            .find(|&at| free(buf, area, at, w))
            .unwrap_or((right, row));
        put(buf, area, at, &name, theme.selected);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_and_dormant_ties_differ_in_shape() {
        let member = |band, dormant| Member {
            person: crate::model::PersonId::default(),
            band,
            dormant,
            bridge: false,
            also: Vec::new(),
        };
        let shape = |points: &[(f64, f64)]| -> Vec<(f64, f64)> {
            points.iter().map(|&(x, y)| (x - points[0].0, y - points[0].1)).collect()
        };
        let mut weak = Marks::default();
        weak.add(&member(TieBand::Weak, false), (10.0, 10.0));
        let mut shapes = vec![shape(&weak.weak)];
        for band in [TieBand::Weak, TieBand::Strong, TieBand::Unrated] {
            let mut quiet = Marks::default();
            quiet.add(&member(band, true), (10.0, 10.0));
            assert!(quiet.weak.is_empty() && quiet.strong.is_empty() && quiet.unrated.is_empty(), "{band:?}");
            assert_eq!(shape(&quiet.dormant), vec![(0.0, 0.0), (0.0, -0.5)], "{band:?}: one shape for quiet ties");
        }
        for band in [TieBand::Strong, TieBand::Unrated] {
            let mut m = Marks::default();
            m.add(&member(band, false), (10.0, 10.0));
            shapes.push(shape(if band == TieBand::Strong { &m.strong } else { &m.unrated }));
        }
        let mut bridge = Marks::default();
        bridge.add(&Member { bridge: true, ..member(TieBand::Weak, false) }, (10.0, 10.0));
        shapes.push(shape(&bridge.bridge));
        shapes.push(vec![(0.0, 0.0), (0.0, -0.5)]);
        for (i, a) in shapes.iter().enumerate() {
            for b in &shapes[i + 1..] {
                assert_ne!(a, b, "every kind of mark has its own shape");
            }
        }
        // The legend shows the same shapes: ⠁ weak, ⠃ dormant.
        let legend: String = legend_line(Lang::En, &Theme::new(true, false), &Geometry::new(78, 17, 1, 0), 1)
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert!(legend.contains("\u{2801} weak") && legend.contains("\u{2803} dormant"), "{legend}");
    }

    #[test]
    fn pages_hold_the_focus_and_fit_the_window() {
        for (cols, rows) in [(38, 6), (78, 17), (118, 23), (200, 50)] {
            for clusters in [1, 2, 3, 7, 25] {
                for focus in 0..clusters {
                    let g = Geometry::new(cols, rows, clusters, focus);
                    assert!(g.spots.iter().any(|s| s.0 == focus), "{cols}x{rows} {clusters} {focus}");
                    assert!(g.per_page <= MAX_RING && g.spots.len() <= g.per_page);
                    for &(_, (x, y)) in &g.spots {
                        assert!(x >= 0.0 && x <= f64::from(cols) && y >= 0.0 && y <= f64::from(rows) * 2.0);
                    }
                }
            }
        }
    }

    #[test]
    fn discs_do_not_overlap_and_marks_stay_in_their_disc() {
        let g = Geometry::new(78, 17, 12, 0);
        assert!(g.spots.len() >= 5, "an 80-column window shows several communities: {}", g.spots.len());
        assert!(g.capacity >= 20, "and a fair number of people in each: {}", g.capacity);
        for (i, a) in g.spots.iter().enumerate() {
            for b in &g.spots[i + 1..] {
                let d = (a.1.0 - b.1.0).hypot(a.1.1 - b.1.1);
                assert!(d >= 2.0 * g.radius + SPACING - 0.01, "{a:?} {b:?} r={}", g.radius);
            }
            for k in 0..g.capacity {
                let m = g.mark(a.1, k);
                assert!((m.0 - a.1.0).hypot(m.1 - a.1.1) <= g.radius + 0.75, "mark {k} of {}", g.capacity);
            }
        }
    }

    #[test]
    fn marks_do_not_share_a_dot() {
        let g = Geometry::new(78, 17, 1, 0);
        let mut seen = std::collections::HashSet::new();
        for k in 0..g.capacity {
            let (x, y) = g.mark((20.0, 10.0), k);
            assert!(seen.insert(((x * 2.0) as i64, (y * 2.0) as i64)), "mark {k} lands on another");
        }
    }

    #[test]
    fn a_window_holds_the_selected_member() {
        assert_eq!(window(40, 28, None), (0, 28));
        assert_eq!(window(40, 28, Some(30)), (28, 40));
        assert_eq!(window(5, 28, Some(4)), (0, 5));
    }

    #[test]
    fn fit_cuts_between_wide_characters() {
        assert_eq!(fit("読書会", 6), "読書会");
        assert_eq!(fit("読書会の仲間", 6), "読書~");
        assert_eq!(fit("abcdef", 4), "abc~");
        assert_eq!(
            fit("Online salon: Product Thinking #12", 14),
            "Online sa~ #12",
            "the number that tells them apart stays"
        );
        assert!(width(&fit("読書会の仲間たち", 7)) <= 7);
    }
}
