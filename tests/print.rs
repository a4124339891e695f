//! The printable summary in a real browser: headless Chromium prints the HTML export to PDF, and
//! poppler's tools read it back (page count, Japanese text). `.ci/run` installs Chromium,
//! fonts-noto-cjk and poppler-utils; elsewhere, without them, the test says so and skips —
//! except under CI, where a missing browser is a failure.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::path::Path;
use std::process::Command;

use common::*;

fn have(tool: &str, arg: &str) -> bool {
    Command::new(tool).arg(arg).output().is_ok_and(|o| o.status.success())
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|c| have(c, "--version"))
}

/// Prints `html` to `pdf` the way a person's browser would, without headers and footers of its
/// own (the page's CSS numbers the pages).
fn print(browser: &str, html: &Path, pdf: &Path, profile: &Path) {
    let out = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-pdf-header-footer",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("run chromium");
    assert!(pdf.exists(), "no PDF: {}", String::from_utf8_lossy(&out.stderr));
}

fn pages(pdf: &Path) -> usize {
    let info = Command::new("pdfinfo").arg(pdf).output().expect("pdfinfo");
    let text = String::from_utf8_lossy(&info.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().expect("a number")))
        .expect("pdfinfo names the page count")
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext").args(["-layout"]).arg(pdf).arg("-").output().expect("pdftotext");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_html_summary_prints_on_a4_with_japanese_text_and_page_numbers() {
    let Some(browser) = chromium().filter(|_| have("pdfinfo", "-v") && have("pdftotext", "-v")) else {
        assert!(std::env::var_os("CI").is_none(), "CI must install chromium and poppler-utils (.ci/run does)");
        eprintln!("skipped: chromium or poppler-utils is not installed (.ci/run installs them)");
        return;
    };
    let (dir, file) = temp_workbook();
    assert!(run(&file, &["add", "value", "自由", "--description", "時間と場所を自分で選べること"]).status.success());
    assert!(run(&file, &["add", "community", "朝活読書会", "--status", "active"]).status.success());
    assert!(run(&file, &["add", "tag", "地域のデザイン"]).status.success());
    assert!(run(&file, &["add", "person", "佐藤 美咲", "--met-in", "朝活読書会"]).status.success());
    let html = dir.path().join("summary.html");
    let out = run(&file, &["export", "--format", "html", "--lang", "ja", "-o", html.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let pdf = dir.path().join("summary.pdf");
    print(browser, &html, &pdf, &dir.path().join("profile"));
    let n = pages(&pdf);
    assert!((1..=4).contains(&n), "a small workbook fits on a few pages, not {n}");
    let text = pdf_text(&pdf);
    for expected in
        ["ゆるやかな繋がりと変身資産のまとめ", "自由", "時間と場所を自分で選べること", "朝活読書会", "地域のデザイン"]
    {
        assert!(text.contains(expected), "the PDF lacks {expected}:\n{text}");
    }
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        squeezed.contains(&format!("1/{n}")) && squeezed.contains(&format!("{n}/{n}")),
        "pages are numbered:\n{text}"
    );
    // A4 portrait: 595 x 842 points.
    let info =
        String::from_utf8_lossy(&Command::new("pdfinfo").arg(&pdf).output().expect("pdfinfo").stdout).into_owned();
    assert!(info.contains("(A4)"), "{info}");

    // --no-names: the person's name is nowhere in the printout.
    let out = run(&file, &["export", "--format", "html", "--no-names", "-o", html.to_str().unwrap()]);
    assert!(out.status.success());
    print(browser, &html, &pdf, &dir.path().join("profile"));
    assert!(!pdf_text(&pdf).contains("佐藤 美咲"));
}

#[test]
fn a_big_workbook_prints_in_a_handful_of_pages() {
    let Some(browser) = chromium().filter(|_| have("pdfinfo", "-v")) else {
        eprintln!("skipped: chromium or poppler-utils is not installed (.ci/run installs them)");
        return;
    };
    let (dir, file) = temp_workbook();
    let wb = tsunagari::model::sample::workbook(2000, 7, chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap());
    std::fs::write(&file, tsunagari::store::format::to_text(&wb).unwrap()).unwrap();
    let html = dir.path().join("big.html");
    assert!(run(&file, &["export", "--format", "html", "--lang", "en", "-o", html.to_str().unwrap()]).status.success());
    let pdf = dir.path().join("big.pdf");
    print(browser, &html, &pdf, &dir.path().join("profile"));
    let n = pages(&pdf);
    // Twelve pages of lists cut with a count, and one for the months of change.
    assert!(n <= 13, "long lists are cut with a count, so a consultant gets a few pages, not {n}");
}
