//! The summary as one self-contained, printable HTML page: inline CSS for A4 (margins, page
//! numbers, no entry split across pages, a Japanese font stack), charts as inline SVG, and a
//! Content-Security-Policy that forbids every fetch. Every piece of user text goes through the
//! `maud` template, which escapes it; nothing is put together by string concatenation.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{AssetLine, PeopleLine, Summary, words};
use crate::i18n::{self, Lang, tr};

const CSS: &str = r#"
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #555; } }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
  "Yu Gothic", "YuGothic", "Meiryo", system-ui, sans-serif; font-size: 10.5pt; line-height: 1.6;
  color: #1d1d1f; margin: 0 auto; max-width: 180mm; }
@media screen { body { padding: 12mm 10mm; } }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 12.5pt; border-bottom: 1.5px solid #4a6fa5; padding-bottom: 1mm; margin: 7mm 0 3mm;
  break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 4mm 0 2mm; break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0; }
.meta, .dim { color: #5f6368; }
ol, ul { margin: 0; padding-left: 6mm; }
li, tr, figure, .entry { break-inside: avoid; page-break-inside: avoid; }
table { border-collapse: collapse; width: 100%; }
th, td { border-bottom: 1px solid #dcdcdc; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
th { font-weight: 600; background: #f3f5f9; }
figure { margin: 2mm 0; }
figcaption { font-size: 9pt; color: #5f6368; }
.note { white-space: pre-wrap; overflow-wrap: anywhere; }
td, li, p { overflow-wrap: anywhere; }
th, .nowrap { white-space: nowrap; }
svg text { font-family: inherit; font-size: 8px; fill: #5f6368; }
"#;

const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/// User text with its line breaks kept (the CSS keeps them; the template escapes it).
fn note(text: &str) -> Markup {
    html! { span.note { (text.trim()) } }
}

fn date(d: Option<chrono::NaiveDate>) -> String {
    i18n::date(d)
}

pub fn render(s: &Summary, lang: Lang) -> String {
    let none = words::nothing_yet(lang);
    let page = html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(CSP);
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (words::title(lang)) }
                style { (PreEscaped(CSS)) }
            }
            body {
                header {
                    h1 { (words::title(lang)) }
                    p.meta {
                        (words::made_on(lang)) ": " (s.date.format("%Y-%m-%d").to_string())
                        @if let Some(name) = &s.name { " / " (words::name(lang)) ": " (name) }
                    }
                }
                section {
                    h2 { (words::values(lang)) }
                    @if s.values.is_empty() { p.dim { (none) } }
                    ol {
                        @for v in &s.values {
                            li.entry { strong { (v.name) } @if !v.description.trim().is_empty() { " — " (note(&v.description)) } }
                        }
                    }
                    @if !s.interests.is_empty() { p { (words::interests(lang)) ": " (s.interests.join(", ")) } }
                }
                section {
                    h2 { (words::communities(lang)) }
                    p { (s.diversity) }
                    @if !s.communities.is_empty() {
                        table {
                            tr { @for h in words::community_columns(lang) { th { (h) } } }
                            @for c in &s.communities {
                                tr {
                                    td { strong { (c.name) } }
                                    td { (c.status) } td { (c.kind) } td { (c.distance) }
                                    td { (c.values.join(", ")) }
                                }
                            }
                        }
                    }
                }
                section {
                    h2 { (words::tags_and_outputs(lang)) }
                    h3 { (words::tags(lang)) }
                    @if s.tags.is_empty() { p.dim { (none) } }
                    ul {
                        @for t in &s.tags {
                            li.entry {
                                strong { (t.name) } ": " (words::outputs_count(lang, t.outputs))
                                span.dim { " (" (words::last_output(lang)) " " (date(t.last_output)) ")" }
                            }
                        }
                    }
                    figure {
                        (weekly_bars(&s.outputs_per_week))
                        figcaption { (words::outputs_per_week(lang)) ": " (s.outputs_per_week.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")) }
                    }
                    h3 { (words::recent_outputs(lang)) }
                    @if s.outputs.is_empty() { p.dim { (none) } }
                    ul {
                        @for x in &s.outputs {
                            li.entry {
                                span.dim.nowrap { (date(x.date)) " " } (note(&x.text)) span.dim { " (" (x.channel) ")" }
                                @if !x.tags.is_empty() { " [" (x.tags.join(", ")) "]" }
                            }
                        }
                    }
                    @if s.more_outputs > 0 { p.dim { (words::more(lang, s.more_outputs)) } }
                    h3 { (words::introductions(lang)) }
                    @if s.introductions.is_empty() { p.dim { (none) } }
                    ul {
                        @for i in &s.introductions {
                            li.entry {
                                span.dim { (words::intro_day(i)) } (i.who)
                                @if let Some(d) = i.follow_up { br; (words::follow_up(lang)) ": " (date(Some(d))) }
                                @if !i.why.trim().is_empty() { br; (words::why(lang)) ": " (note(&i.why)) }
                                @if !i.outcome.trim().is_empty() { br; (words::outcome(lang)) ": " (note(&i.outcome)) }
                            }
                        }
                    }
                    @if s.more_introductions > 0 { p.dim { (words::more(lang, s.more_introductions)) } }
                }
                section {
                    h2 { (words::invitations(lang)) }
                    @if s.invitations.is_empty() { p.dim { (none) } }
                    ul {
                        @for i in &s.invitations {
                            li.entry {
                                strong { (words::invitation_what(lang, i)) } " — " (i.decision) span.dim { " " (words::when(lang, i)) }
                                @if let Some(f) = &i.filter { br; (words::score(lang)) ": " (f.judged) span.dim { " (" (f.why) ")" } }
                                @if !i.reason.trim().is_empty() { br; (words::reason(lang)) ": " (note(&i.reason)) }
                                @if !i.outcome.trim().is_empty() { br; (words::outcome(lang)) ": " (note(&i.outcome)) }
                                @if !i.unexpected.trim().is_empty() { br; (words::unexpected(lang)) ": " (note(&i.unexpected)) }
                                @if let Some(after) = words::afterwards(lang, i) { br; (words::afterwards_title(lang)) ": " (after) }
                            }
                        }
                    }
                    @if s.more_invitations > 0 { p.dim { (words::more(lang, s.more_invitations)) } }
                    h3 { (words::happenstance(lang)) }
                    @if s.happenstance.is_empty() { p.dim { (words::no_skills(lang)) } }
                    ul {
                        @for x in &s.happenstance { li { (words::skill_times(lang, x)) } }
                    }
                    h3 { (words::calibration(lang)) }
                    p { (s.calibration) }
                }
                section {
                    h2 { (words::people(lang)) }
                    p { (words::ties(lang, &s.people)) }
                    figure { (tie_bars(&s.people, lang)) }
                    @if !s.people.bridge_names.is_empty() {
                        p { (words::bridges(lang)) ": " (s.people.bridge_names.join(", ")) }
                    }
                    @if !s.people.top_fields.is_empty() {
                        p { (words::fields(lang)) ": "
                            (s.people.top_fields.iter().map(|(f, n)| format!("{f} {n}")).collect::<Vec<_>>().join(", ")) }
                    }
                    @if !s.people.top_organisations.is_empty() {
                        p { (words::organisations(lang)) ": "
                            (s.people.top_organisations.iter().map(|(f, n)| format!("{f} {n}")).collect::<Vec<_>>().join(", ")) }
                    }
                }
                section {
                    h2 { (words::assets(lang)) }
                    p.dim { (words::stocktakes(lang)) ": "
                        @if s.stocktakes.is_empty() { (none) }
                        (s.stocktakes.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect::<Vec<_>>().join(", ")) }
                    table {
                        tr { th { (words::asset(lang)) } th { (words::rating(lang)) } th { (words::history(lang)) } }
                        @for a in &s.assets { (asset_row(a)) }
                    }
                }
                section {
                    h2 { (words::reflections(lang)) }
                    @if s.reflections.is_empty() { p.dim { (none) } }
                    ul {
                        @for r in &s.reflections {
                            li.entry { span.dim { (date(r.date)) " (" (r.topic) ") " } (note(&r.text)) }
                        }
                    }
                    @if s.more_reflections > 0 { p.dim { (words::more(lang, s.more_reflections)) } }
                }
                section {
                    @let (title, cols) = words::months(lang);
                    h2 { (title) }
                    table {
                        tr { @for c in cols { th { (c) } } }
                        @for m in &s.months { tr { @for v in words::month_row(m) { td { (v) } } } }
                    }
                }
                section {
                    h2 { (words::next_actions(lang)) }
                    @if s.next_actions.is_empty() { p.dim { (none) } }
                    ul { @for a in &s.next_actions { li.entry { (a) } } }
                }
            }
        }
    };
    page.into_string()
}

fn asset_row(a: &AssetLine) -> Markup {
    html! {
        tr {
            td {
                strong { (a.asset) } br; span.dim { (a.group) }
                @if !a.indicators.is_empty() {
                    br; span.dim { (words::indicator_courses(a)) }
                }
                @if !a.notes.trim().is_empty() { br; (note(&a.notes)) }
            }
            td { (a.rating.map_or_else(|| "-".to_owned(), |r| format!("{r}/5"))) }
            td { (rating_line(&a.history)) }
        }
    }
}

/// Outputs per week as bars, with the count under each.
fn weekly_bars(weeks: &[usize]) -> Markup {
    let max = weeks.iter().copied().max().unwrap_or(0).max(1);
    let (bar, gap, h) = (14usize, 6usize, 40usize);
    let width = weeks.len() * (bar + gap);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(width) height=(h + 12) viewBox=(format!("0 0 {width} {}", h + 12)) role="img" {
            @for (i, &n) in weeks.iter().enumerate() {
                @let height = n * h / max;
                rect x=(i * (bar + gap)) y=(h - height) width=(bar) height=(height.max(1)) fill=(if n == 0 { "#d0d4dc" } else { "#4a6fa5" }) {}
                text x=(i * (bar + gap) + bar / 2) y=(h + 10) text-anchor="middle" { (n) }
            }
        }
    }
}

/// Strong, weak and unrated ties as three bars of one scale.
fn tie_bars(p: &PeopleLine, lang: Lang) -> Markup {
    let max = p.health.people.max(1);
    let rows = [
        (tr!(lang, "strong"), p.health.strong, "#2f5d8a"),
        (tr!(lang, "weak"), p.health.weak, "#7fa7d4"),
        (tr!(lang, "unrated"), p.health.unrated, "#d9dce1"),
    ];
    let (label, full) = (70usize, 260usize);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(label + full + 40) height="54" viewBox=(format!("0 0 {} 54", label + full + 40)) role="img" {
            @for (i, (name, n, colour)) in rows.iter().enumerate() {
                @let y = i * 18;
                text x="0" y=(y + 11) { (name) }
                rect x=(label) y=(y + 2) width=((n * full / max).max(1)) height="12" fill=(colour) {}
                text x=(label + (n * full / max).max(1) + 4) y=(y + 11) { (n) }
            }
        }
    }
}

/// The self-rating over the stock-takes (the last point is today) as a small line chart.
fn rating_line(history: &[Option<u8>]) -> Markup {
    let (w, h, pad) = (160.0, 36.0, 4.0);
    let n = history.len().max(2) as f64 - 1.0;
    let points: Vec<(f64, f64)> = history
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            r.map(|r| (pad + i as f64 * (w - 2.0 * pad) / n, h - pad - (f64::from(r) - 1.0) * (h - 2.0 * pad) / 4.0))
        })
        .collect();
    let line = points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ");
    let values = words::rating_history(history);
    html! {
        svg xmlns="http://www.w3.org/2000/svg" width=(w) height=(h) viewBox=(format!("0 0 {w} {h}")) role="img" {
            line x1=(pad) y1=(h - pad) x2=(w - pad) y2=(h - pad) stroke="#dcdcdc" {}
            @if points.len() > 1 { polyline points=(line) fill="none" stroke="#4a6fa5" stroke-width="1.5" {} }
            @for (x, y) in &points { circle cx=(format!("{x:.1}")) cy=(format!("{y:.1}")) r="2" fill="#2f5d8a" {} }
        }
        br;
        span.dim { (values) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::summary;
    use crate::model::*;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
    }

    #[test]
    fn user_text_comes_out_inert() {
        let mut wb = Workbook::default();
        let evil = "<script>alert(1)</script>";
        wb.settings.owner = Text::from(evil);
        wb.values.put(FinalValue {
            id: ValueId(1),
            rank: 1,
            name: Text::from(evil),
            description: Text::from("\"><img src=x onerror=alert(2)>"),
            ..Default::default()
        });
        wb.people.put(Person {
            id: PersonId(2),
            name: Text::from(evil),
            field: Text::from("a & b"),
            ..Default::default()
        });
        let out = render(&summary(&wb, today(), Lang::En, false), Lang::En);
        assert!(!out.contains("<script>alert"), "{out}");
        assert!(!out.contains("<img"), "an attribute breakout stays text");
        assert!(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(out.contains("a &amp; b"));
        // Only our own style element and no script, link or remote reference at all.
        for banned in ["<script", "<link", "src=\"http", "href=\"http", "@import", "url("] {
            assert!(!out.contains(banned), "{banned}");
        }
        assert!(out.contains("Content-Security-Policy"));
    }

    #[test]
    fn the_page_says_its_language_and_prints_on_a4() {
        let wb = sample::workbook(120, 7, today());
        for lang in [Lang::Ja, Lang::En] {
            let out = render(&summary(&wb, today(), lang, false), lang);
            assert!(out.starts_with("<!DOCTYPE html>"));
            assert!(out.contains(&format!("<html lang=\"{}\">", lang.code())));
            assert!(out.contains("size: A4") && out.contains("counter(page)") && out.contains("break-inside: avoid"));
            assert!(out.contains("<svg"), "charts are inline SVG");
        }
    }
}
