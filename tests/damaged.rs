//! Damaged, foreign and newer files: each gives a located error (or opens read-only) and the
//! bytes on disk stay exactly as they were, whatever command touched them.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::path::Path;

use common::*;
use tsunagari::store::WorkbookLock;

fn assert_untouched_after_writers(file: &Path, bytes: &[u8]) {
    let add = run(file, &["add", "tag", "x"]);
    assert!(!add.status.success(), "add must refuse a damaged file");
    assert_eq!(std::fs::read(file).expect("read"), bytes, "add changed the damaged file");
    let check = run(file, &["check"]);
    assert!(!check.status.success());
    assert_eq!(std::fs::read(file).expect("read"), bytes);
}

fn damaged(bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf, String) {
    let (dir, file) = temp_workbook();
    std::fs::write(&file, bytes).expect("write");
    let err = stderr(&run(&file, &["check"]));
    assert_untouched_after_writers(&file, bytes);
    (dir, file, err)
}

fn valid_text() -> String {
    let (_d, f) = temp_workbook();
    assert!(run(&f, &["add", "person", "山田 花子", "--field", "教育"]).status.success());
    std::fs::read_to_string(&f).expect("read")
}

#[test]
fn a_truncated_file_names_path_line_and_column() {
    let text = valid_text();
    let cut = &text.as_bytes()[..text.len() * 2 / 3];
    let (_d, file, err) = damaged(cut);
    let prefix = format!("tsunagari: {}:", file.display());
    assert!(err.starts_with(&prefix), "{err}");
    let pos: Vec<&str> = err[prefix.len()..].splitn(3, ':').collect();
    assert!(pos[0].parse::<usize>().is_ok() && pos[1].parse::<usize>().is_ok(), "no LINE:COLUMN in {err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn garbage_and_invalid_utf8_and_deep_nesting() {
    let (_d, _f, err) = damaged(b"\x00\x01garbage{{{");
    assert!(err.contains(":1:"), "{err}");
    let (_d, _f, err) = damaged(b"(version: 1,\n tags: [\xff\xfe])");
    assert!(err.contains(":2:") && err.contains("UTF-8"), "{err}");
    let deep = format!("(version: 1, tags: {}{})", "[".repeat(10_000), "]".repeat(10_000));
    let (_d, _f, err) = damaged(deep.as_bytes());
    assert!(err.contains(":1:"), "{err}");
    let (_d, _f, err) = damaged(b"");
    assert!(err.contains("w.ron:"), "{err}");
}

#[test]
fn an_unknown_field_is_reported_not_dropped() {
    let text = valid_text().replace("field:", "feild:");
    let (_d, _f, err) = damaged(text.as_bytes());
    assert!(err.contains("feild"), "{err}");
}

#[test]
fn a_link_to_a_missing_record_is_reported() {
    let text = valid_text().replace("name: \"山田 花子\",", "name: \"山田 花子\", met_in: Some(999),");
    let (_d, _f, err) = damaged(text.as_bytes());
    assert!(err.contains("community 999"), "{err}");
}

#[test]
fn the_error_points_at_the_newest_backup() {
    let (_d, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "a"]).status.success());
    assert!(run(&file, &["add", "tag", "b"]).status.success());
    std::fs::write(&file, b"(version: 1, tags: [").expect("damage");
    let err = stderr(&run(&file, &["check"]));
    assert!(err.contains("newest backup: ") && err.contains("w.backup-"), "{err}");
    let backup = err.split("newest backup: ").nth(1).expect("path").trim().trim_end_matches(')');
    assert!(run(Path::new(backup), &["check"]).status.success(), "the named backup is readable");
}

#[test]
fn a_bom_is_read_and_a_newer_version_opens_read_only() {
    let (_d, file) = temp_workbook();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(valid_text().as_bytes());
    std::fs::write(&file, &bytes).expect("write");
    assert!(run(&file, &["check"]).status.success());
    assert_eq!(json(&file, "people")[0]["name"], "山田 花子");

    let newer = valid_text().replacen("version: 1,", "version: 7,", 1);
    std::fs::write(&file, &newer).expect("write");
    let check = run(&file, &["check"]);
    assert!(check.status.success());
    assert!(stdout(&check).contains("newer"), "{}", stdout(&check));
    let add = run(&file, &["add", "tag", "x"]);
    assert!(!add.status.success());
    assert!(stderr(&add).contains("newer"), "{}", stderr(&add));
    assert_eq!(std::fs::read_to_string(&file).expect("read"), newer);

    let future = newer.replacen("settings:", "holograms: [], settings:", 1);
    std::fs::write(&file, &future).expect("write");
    let err = stderr(&run(&file, &["check"]));
    assert!(err.contains("newer tsunagari") && err.contains("holograms"), "{err}");
}

#[test]
fn a_second_writer_is_refused_naming_the_first() {
    let (_d, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "a"]).status.success());
    let before = std::fs::read(&file).expect("read");
    let lock = WorkbookLock::acquire(&file).expect("lock");
    let o = run(&file, &["add", "tag", "b"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains(&format!("process {}", std::process::id())), "{err}");
    assert_eq!(std::fs::read(&file).expect("read"), before);
    // Reading needs no lock.
    assert!(run(&file, &["list", "tags"]).status.success());
    drop(lock);
    // Another test thread may be between fork and exec at this moment, holding a copy of our
    // lock's descriptor for a few microseconds (a loaded CI machine stretches that): try again
    // briefly before calling the lock stuck.
    let mut last = run(&file, &["add", "tag", "b"]);
    for _ in 0..50 {
        if last.status.success() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
        last = run(&file, &["add", "tag", "b"]);
    }
    assert!(last.status.success(), "{}", stderr(&last));
}

#[test]
fn an_unversioned_file_is_migrated_and_the_original_kept() {
    let (_d, file) = temp_workbook();
    let original = include_str!("fixtures/v0_unversioned.ron");
    std::fs::write(&file, original).expect("write");
    assert!(run(&file, &["check"]).status.success());
    assert_eq!(json(&file, "people")[0]["met_in"], 2);
    assert!(run(&file, &["add", "tag", "読書"]).status.success());
    let upgraded = std::fs::read_to_string(&file).expect("read");
    let first_field = upgraded.lines().find(|l| !l.starts_with("//") && l.trim() != "(").expect("field");
    assert_eq!(first_field.trim(), "version: 1,");
    assert_eq!(json(&file, "communities")[0]["values"][0], 1);
    let backups: Vec<_> = std::fs::read_dir(file.parent().expect("dir"))
        .expect("ls")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".backup-"))
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(std::fs::read_to_string(backups[0].path()).expect("backup"), original);
}
