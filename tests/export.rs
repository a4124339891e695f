//! The summary's text formats for the sample workbook, in both languages, as snapshots (review
//! with `cargo insta review`); the HTML is checked in a real browser by `print.rs` and for
//! escaping in `export::html`'s tests.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use chrono::NaiveDate;
use tsunagari::export::{self, Format};
use tsunagari::i18n::Lang;
use tsunagari::model::sample;

use common::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

#[test]
fn markdown_text_and_json_for_the_sample_in_both_languages() {
    let wb = sample::workbook(60, 7, today());
    for lang in [Lang::Ja, Lang::En] {
        let s = export::summary(&wb, today(), lang, false);
        for (format, ext) in [(Format::Markdown, "md"), (Format::Text, "txt"), (Format::Json, "json")] {
            insta::assert_snapshot!(format!("summary_{}_{ext}", lang.code()), export::render(format, &s, lang));
        }
    }
    let s = export::summary(&wb, today(), Lang::Ja, true);
    insta::assert_snapshot!("summary_ja_no_names_md", export::render(Format::Markdown, &s, Lang::Ja));
}

#[test]
fn the_command_writes_the_file_whole_and_says_where() {
    let (dir, file) = temp_workbook();
    assert!(run(&file, &["add", "value", "自由"]).status.success());
    let target = dir.path().join("まとめ.md");
    let out = run(&file, &["export", "--format", "markdown", "--lang", "ja", "-o", target.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("まとめ.md"), "the message says where it went: {}", stdout(&out));
    assert!(std::fs::read_to_string(&target).unwrap().contains("1. **自由**"));
    // To standard output without -o; JSON parses.
    let out = run(&file, &["export", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["values"][0]["name"], "自由");
    // A folder that does not exist: a clear error, nothing written.
    let bad = dir.path().join("no-such-dir").join("x.html");
    let out = run(&file, &["export", "-o", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("no-such-dir"), "{}", stderr(&out));
    // A missing workbook is named, not exported as an empty one.
    let out = run(&dir.path().join("missing.ron"), &["export"]);
    assert!(!out.status.success() && stderr(&out).contains("missing.ron"));
}
