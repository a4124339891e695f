//! `tsunagari import linkedin|vcard` through the real binary: what lands in the workbook (read
//! back with `list people --json`), re-imports without duplicates, all-or-nothing on bad rows,
//! `--skip-bad` and `--dry-run`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::path::{Path, PathBuf};

use common::*;
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name)
}

fn import(file: &Path, kind: &str, fixture_name: &str, flags: &[&str]) -> std::process::Output {
    let path = fixture(fixture_name);
    let mut args = vec!["import", kind, path.to_str().expect("utf-8 path")];
    args.extend_from_slice(flags);
    run(file, &args)
}

fn person<'a>(people: &'a Value, name: &str) -> &'a Value {
    people.as_array().expect("array").iter().find(|p| p["name"] == name).unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn linkedin_connections_become_people() {
    let (_dir, file) = temp_workbook();
    let o = import(&file, "linkedin", "connections.csv", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "6 people added, 0 updated, 0 unchanged");
    let people = json(&file, "people");
    assert_eq!(people.as_array().expect("array").len(), 6);
    let misaki = person(&people, "佐藤 美咲");
    assert_eq!(misaki["email"], "misaki.sato@example.jp");
    assert_eq!(misaki["url"], "https://www.linkedin.com/in/misaki-sato-0a1b2c");
    // Company and Position say where they work and what they do; neither is a field.
    assert_eq!(
        (&misaki["organisation"], &misaki["role"]),
        (&Value::from("株式会社つながり"), &Value::from("エンジニア"))
    );
    assert_eq!((misaki.get("field"), misaki.get("notes")), (None, None));
    assert_eq!(misaki["tie"], serde_json::json!({"time": 0, "emotion": 0, "intimacy": 0, "reciprocity": 0}));
    assert_eq!(misaki["first_contact"], "2024-11-12");
    assert_eq!(misaki.get("last_contact"), None, "connecting is not keeping in touch");
    let ana = person(&people, "Ana García");
    assert_eq!(ana["organisation"], "Open Data Lab, Lisbon");
    assert_eq!(ana["role"], "Director, Product");
    assert_eq!(ana.get("email"), None);
    assert!(run(&file, &["check"]).status.success());
}

#[test]
fn importing_the_same_files_again_adds_nobody_and_writes_nothing() {
    let (_dir, file) = temp_workbook();
    assert!(import(&file, "linkedin", "connections.csv", &[]).status.success());
    assert!(import(&file, "vcard", "ios.vcf", &[]).status.success());
    let before = std::fs::read(&file).expect("workbook");
    let again = import(&file, "linkedin", "connections.csv", &[]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(stdout(&again).trim(), "0 people added, 0 updated, 6 unchanged");
    let again = import(&file, "vcard", "ios.vcf", &[]);
    assert_eq!(stdout(&again).trim(), "0 people added, 0 updated, 3 unchanged");
    assert_eq!(std::fs::read(&file).expect("workbook"), before, "nothing to change, nothing saved");
    assert_eq!(json(&file, "people").as_array().expect("array").len(), 8);
}

#[test]
fn phone_contacts_fill_what_linkedin_left_empty_and_keep_what_was_typed() {
    let (_dir, file) = temp_workbook();
    let typed = run(&file, &["add", "person", "Kenji Watanabe", "--field", "教育", "--notes", "my own words"]);
    assert!(typed.status.success());
    assert!(import(&file, "linkedin", "connections.csv", &[]).status.success());
    let kenji =
        json(&file, "people").as_array().expect("array").iter().find(|p| p["name"] == "Kenji Watanabe").cloned();
    let kenji = kenji.expect("kenji");
    assert_eq!(kenji["field"], "教育", "what the user typed stays");
    assert_eq!(kenji["notes"], "my own words");
    assert_eq!(kenji["email"], "kenji@example.com", "an empty field is filled");
    assert_eq!(kenji["first_contact"], "2021-10-01", "an earlier first contact moves back");

    // iOS knows Misaki by the same email (other case) and adds the reading.
    let o = import(&file, "vcard", "ios.vcf", &[]);
    assert_eq!(stdout(&o).trim(), "2 people added, 1 updated, 0 unchanged");
    // Android knows 田中 翔 by name (LinkedIn had no email for him) and adds the email and notes.
    let o = import(&file, "vcard", "android.vcf", &[]);
    assert_eq!(stdout(&o).trim(), "1 person added, 1 updated, 0 unchanged");
    let people = json(&file, "people");
    assert_eq!(person(&people, "佐藤 美咲")["phonetic"], "さとう みさき");
    let sho = person(&people, "田中 翔");
    assert_eq!(
        (&sho["phonetic"], &sho["email"]),
        (&Value::from("たなか しょう"), &Value::from("sho.tanaka@example.com"))
    );
    assert_eq!(sho["notes"], "プロボノの仲間。地域の子ども食堂で会計を手伝ってくれた");
    assert_eq!(sho["first_contact"], "2022-02-28");
    // v4: Ana's card has another URL (her home page) and matches her LinkedIn row by name.
    let o = import(&file, "vcard", "v4.vcf", &[]);
    assert_eq!(stdout(&o).trim(), "1 person added, 2 updated, 0 unchanged");
    let people = json(&file, "people");
    assert_eq!(person(&people, "Ana García")["email"], "ana@example.org");
    assert_eq!(person(&people, "鈴木 一郎")["phonetic"], "すずき いちろう");
    assert_eq!(person(&people, "山本 光")["phonetic"], "やまもと ひかる");
}

#[test]
fn a_bad_row_means_nothing_is_written_and_every_bad_row_is_named() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "Rust"]).status.success());
    let before = std::fs::read(&file).expect("workbook");
    let o = import(&file, "linkedin", "connections_bad.csv", &[]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(lines[0].ends_with("connections_bad.csv:7: 5 fields where the header has 7"), "{err}");
    assert!(lines[1].ends_with("connections_bad.csv:8: \"31 Feb 2024\" is not a date (LinkedIn writes 12 Nov 2024)"));
    assert!(lines[2].ends_with("connections_bad.csv:9: no name"), "{err}");
    assert!(lines[3].starts_with("tsunagari: nothing imported: 3 rows could not be read"), "{err}");
    assert_eq!(stdout(&o), "");
    assert_eq!(std::fs::read(&file).expect("workbook"), before, "byte for byte");

    let o = import(&file, "vcard", "noname.vcf", &["--lang", "ja"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains("noname.vcf:6: 名前がありません"), "{err}");
    assert!(err.contains("何も取り込んでいません"), "{err}");
    assert_eq!(std::fs::read(&file).expect("workbook"), before);
}

#[test]
fn skip_bad_imports_the_rest_and_still_names_the_bad_rows() {
    let (_dir, file) = temp_workbook();
    let o = import(&file, "linkedin", "connections_bad.csv", &["--skip-bad"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "6 people added, 0 updated, 0 unchanged; 3 bad rows skipped");
    assert_eq!(stderr(&o).lines().count(), 3, "{}", stderr(&o));
    assert_eq!(json(&file, "people").as_array().expect("array").len(), 6);
    let o = import(&file, "vcard", "noname.vcf", &["--skip-bad", "--lang", "ja"]);
    assert_eq!(stdout(&o).trim(), "2人を追加、0人を更新、0人は変更なし、読めない 1 件を飛ばしました");
}

#[test]
fn dry_run_shows_the_changes_and_writes_nothing() {
    let (dir, file) = temp_workbook();
    let o = import(&file, "linkedin", "connections.csv", &["--dry-run"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("+ 佐藤 美咲\n"), "{out}");
    assert!(out.ends_with("6 people added, 0 updated, 0 unchanged\ndry run: nothing was written\n"), "{out}");
    assert!(std::fs::read_dir(dir.path()).expect("dir").next().is_none(), "not even a new file");

    assert!(import(&file, "linkedin", "connections.csv", &[]).status.success());
    let before = std::fs::read(&file).expect("workbook");
    let o = import(&file, "vcard", "ios.vcf", &["--dry-run", "--lang", "ja"]);
    let out = stdout(&o);
    // LinkedIn gave her role; the phone adds the reading and its note.
    assert!(out.contains("~ 佐藤 美咲: よみ、メモ\n"), "{out}");
    assert!(out.contains("2人を追加、1人を更新、0人は変更なし\n試しに実行しただけです"), "{out}");
    assert_eq!(std::fs::read(&file).expect("workbook"), before);

    // A dry run over bad rows fails like the real run would, so scripts can check a file first.
    let o = import(&file, "linkedin", "connections_bad.csv", &["--dry-run"]);
    assert!(!o.status.success());
}

#[test]
fn the_wrong_kind_of_file_or_no_file_is_one_clear_line() {
    let (_dir, file) = temp_workbook();
    let o = import(&file, "vcard", "connections.csv", &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).trim().ends_with("no BEGIN:VCARD found; is this a vCard (.vcf) file?"), "{}", stderr(&o));
    let o = import(&file, "linkedin", "ios.vcf", &[]);
    assert!(stderr(&o).contains("no header line (First Name,Last Name,...) found"), "{}", stderr(&o));
    let o = import(&file, "linkedin", "missing.csv", &[]);
    assert!(stderr(&o).trim().ends_with("missing.csv: no such file"), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1);
    assert!(!file.exists());
}

fn people_count(file: &Path) -> usize {
    json(file, "people").as_array().expect("array").len()
}

#[test]
fn an_unclosed_quote_is_reported_as_the_whole_span_it_swallowed_and_counted_row_by_row() {
    let (_dir, file) = temp_workbook();
    // Line 8 opens a quote that line 40's first quoted field closes: lines 8-40 read as one row.
    let o = import(&file, "linkedin", "connections_unclosed_quote.csv", &[]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].ends_with(
            "connections_unclosed_quote.csv:8: the quote (\") on line 8 is never closed, so every line up to line \
             40 was read as one row and 33 rows are left out; close or remove that quote and import again"
        ),
        "{err}"
    );
    assert!(lines[1].starts_with("tsunagari: nothing imported: 33 rows could not be read"), "{err}");
    assert!(!file.exists());

    let o = import(&file, "linkedin", "connections_unclosed_quote.csv", &["--skip-bad"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "19 people added, 0 updated, 0 unchanged; 33 bad rows skipped");
    assert_eq!(people_count(&file), 19, "3 rows before the quote and the 16 after line 40");

    // Without line 40's quotes nothing closes it: every row to the end of the file is gone, and
    // all 49 are counted (the old count said "1 bad row skipped" here).
    let text = std::fs::read_to_string(fixture("connections_unclosed_quote.csv")).expect("fixture");
    let never_closed = text.replace("\"Open Data Lab, Lisbon\",\"Director, Product\"", "Open Data Lab,Director");
    let (dir, file) = temp_workbook();
    let csv = dir.path().join("Connections.csv");
    std::fs::write(&csv, never_closed).expect("write");
    let o = run(&file, &["import", "linkedin", csv.to_str().expect("utf-8"), "--skip-bad", "--lang", "ja"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains(
            "Connections.csv:8: 8 行目の引用符(\")が閉じられていないため、56 行目までがひとつの行として読まれ、49 \
             行を取り込めません"
        ),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o).trim(), "3人を追加、0人を更新、0人は変更なし、読めない 49 件を飛ばしました");
    assert_eq!(people_count(&file), 3);
}

#[test]
fn damaged_quoted_printable_and_charsets_are_bad_cards_at_their_own_lines() {
    let (_dir, file) = temp_workbook();
    let o = import(&file, "vcard", "android_damaged.vcf", &[]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "{err}");
    assert!(
        lines[0].ends_with(
            "android_damaged.vcf:10: FN: \"=ZZ\" is not quoted-printable (an = must be followed by two hex digits); \
             the file was damaged on the way, so export the contact again"
        ),
        "{err}"
    );
    assert!(
        lines[1].ends_with(
            "android_damaged.vcf:17: FN: the text is not valid UTF-8 (cut short, or saved in another encoding)"
        ),
        "{err}"
    );
    assert!(lines[2].ends_with("android_damaged.vcf:23: NOTE: unknown character set \"X-UNKNOWN-1\"; export the contact again as vCard 3.0 or 4.0 (UTF-8)"), "{err}");
    assert!(lines[3].starts_with("tsunagari: nothing imported: 3 cards could not be read"), "{err}");
    assert!(!err.contains('\u{FFFD}'), "{err}");
    assert!(!file.exists());

    let o = import(&file, "vcard", "android_damaged.vcf", &["--skip-bad"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "1 person added, 0 updated, 0 unchanged; 3 bad rows skipped");
    let people = json(&file, "people");
    let names: Vec<&str> = people.as_array().expect("array").iter().filter_map(|p| p["name"].as_str()).collect();
    assert_eq!(names, ["田中 翔"]);
}

#[test]
fn a_japanese_feature_phones_shift_jis_cards_import_as_japanese() {
    let (_dir, file) = temp_workbook();
    let o = import(&file, "vcard", "feature_phone_sjis.vcf", &[]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "2 people added, 0 updated, 0 unchanged");
    let people = json(&file, "people");
    let hanako = person(&people, "山田 花子");
    assert_eq!(hanako["phonetic"], "ﾔﾏﾀﾞ ﾊﾅｺ");
    assert_eq!(hanako["email"], "hanako.yamada@example.ne.jp");
    // 表 ends in the byte of a backslash; the escaped `\;` after it is still a semicolon.
    assert_eq!(hanako["notes"], "読書会の代表;次回は発表");
    let takuya = person(&people, "木村 拓也");
    assert_eq!((takuya["organisation"].as_str(), takuya.get("field")), (Some("ソフト表現研究所"), None));
}

#[test]
fn a_vcard_that_is_not_utf8_says_how_to_make_it_utf8_not_how_to_save_a_csv() {
    let (dir, file) = temp_workbook();
    // 佐藤 in Shift_JIS with no CHARSET, as some old phones write it.
    let sjis = dir.path().join("old phone.vcf");
    std::fs::write(&sjis, b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:\x8d\xb2\x93\xa1\r\nEND:VCARD\r\n").expect("write");
    let o = run(&file, &["import", "vcard", sjis.to_str().expect("utf-8")]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let expected =
        format!("iconv -f SHIFT_JIS -t UTF-8 '{0}/old phone.vcf' > '{0}/old phone-utf8.vcf'", dir.path().display());
    assert!(err.contains(&expected), "{err}");
    assert!(err.contains("vCard 3.0 or 4.0") && !err.contains("CSV"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let latin1 = dir.path().join("latin1.vcf");
    std::fs::write(&latin1, b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Garc\xeda \xff\r\nEND:VCARD\r\n").expect("write");
    let o = run(&file, &["import", "vcard", latin1.to_str().expect("utf-8"), "--lang", "ja"]);
    let err = stderr(&o);
    assert!(err.contains("vCard 3.0 か 4.0(どちらも UTF-8)として書き出し直す"), "{err}");
    assert!(!err.contains("CSV") && !err.contains("SHIFT_JIS"), "{err}");
    assert!(!file.exists());
}

#[test]
fn megabyte_lines_of_semicolons_import_through_the_binary() {
    let (dir, file) = temp_workbook();
    let semicolons = ";".repeat(1 << 20);
    let vcf = dir.path().join("long.vcf");
    let text = format!(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:{semicolons}\r\nEND:VCARD\r\n\
         BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana García\r\nORG:Open Data Lab{semicolons}\r\nEND:VCARD\r\n"
    );
    std::fs::write(&vcf, text).expect("write");
    let o = run(&file, &["import", "vcard", vcf.to_str().expect("utf-8"), "--skip-bad"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).trim().ends_with("long.vcf:1: no name"), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "1 person added, 0 updated, 0 unchanged; 1 bad row skipped");
    assert_eq!(person(&json(&file, "people"), "Ana García")["organisation"], "Open Data Lab");
}

/// The people figures of the summary (`export --format json`), as the overview counts them.
fn health(file: &Path) -> Value {
    let o = run(file, &["export", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let summary: Value = serde_json::from_str(&stdout(&o)).expect("json");
    summary["people"].clone()
}

#[test]
fn imported_contacts_are_unrated_ties_with_no_field_and_no_invented_bridges() {
    let (_dir, file) = temp_workbook();
    assert!(import(&file, "linkedin", "connections.csv", &[]).status.success());
    let h = health(&file);
    let got = [&h["people"], &h["unrated"], &h["weak"], &h["strong"], &h["fields"], &h["bridges"]];
    // Nothing is known about how close these people are, and a company is not a field.
    assert_eq!(got, [6, 6, 0, 0, 0, 0].map(Value::from).each_ref(), "{h}");
}

#[test]
fn three_hundred_linkedin_contacts_are_three_hundred_unrated_ties_and_no_bridges() {
    let (dir, file) = temp_workbook();
    let mut csv = String::from(
        "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\r\n\r\n\
         First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
    );
    for i in 0..300 {
        // Every contact at a company of their own, some with a comma or a Japanese name.
        let company = if i % 3 == 0 { format!("\"Company {i}, Inc.\"") } else { format!("株式会社{i}") };
        let url = format!("https://www.linkedin.com/in/person-{i}");
        let email = if i % 4 == 0 { format!("p{i}@example.com") } else { String::new() };
        csv.push_str(&format!("Given{i},Family{i},{url},{email},{company},Engineer {i},0{} Mar 2024\r\n", 1 + i % 9));
    }
    let path = dir.path().join("Connections.csv");
    std::fs::write(&path, csv).expect("write");
    let o = run(&file, &["import", "linkedin", path.to_str().expect("utf-8")]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), "300 people added, 0 updated, 0 unchanged");
    let h = health(&file);
    let got = [&h["people"], &h["unrated"], &h["weak"], &h["strong"], &h["fields"], &h["bridges"]];
    assert_eq!(got, [300, 300, 0, 0, 0, 0].map(Value::from).each_ref(), "{h}");
    assert!(h["bridge_names"].as_array().is_some_and(Vec::is_empty), "{h}");
    let people = json(&file, "people");
    let p = person(&people, "Given7 Family7");
    assert_eq!(
        (p["organisation"].as_str(), p["role"].as_str(), p.get("field")),
        (Some("株式会社7"), Some("Engineer 7"), None)
    );
}
