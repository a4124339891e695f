//! The command line as a user meets it: add, list, check, and every error as one clear line
//! with a non-zero exit and nothing written.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use common::*;

#[test]
fn add_then_list_as_json_shows_what_was_stored() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "value", "自由", "-d", "時間を選べる"]).status.success());
    assert!(
        run(&file, &["add", "community", "朝活読書会", "--kind", "reading-circle", "--value", "自由", "--outside"])
            .status
            .success()
    );
    assert!(
        run(&file, &["add", "person", "佐藤 美咲", "--met-in", "朝活読書会", "--time", "1", "--field", "教育"])
            .status
            .success()
    );
    assert!(run(&file, &["add", "output", "読書メモ\nを公開", "--tag", "読書", "--date", "11/20"]).status.success());
    assert!(
        run(&file, &["add", "invitation", "LT 登壇", "--from", "佐藤 美咲", "--deadline", "昨日", "--excitement", "4"])
            .status
            .code()
            == Some(1),
        "received today, it cannot have been due yesterday"
    );
    assert!(
        run(
            &file,
            &[
                "add",
                "invitation",
                "LT 登壇",
                "--from",
                "佐藤 美咲",
                "--received",
                "11/20",
                "--deadline",
                "昨日",
                "--excitement",
                "4"
            ]
        )
        .status
        .success()
    );

    let people = json(&file, "people");
    assert_eq!(people[0]["name"], "佐藤 美咲");
    assert_eq!(people[0]["tie"]["time"], 1);
    let community_id = json(&file, "communities")[0]["id"].clone();
    assert_eq!(people[0]["met_in"], community_id);
    let outputs = json(&file, "outputs");
    assert_eq!(outputs[0]["text"], "読書メモ\nを公開");
    assert_eq!(outputs[0]["date"], "2026-11-20");
    assert_eq!(json(&file, "tags")[0]["name"], "読書");
    let inv = json(&file, "invitations");
    assert_eq!(inv[0]["deadline"], "2026-11-23");
    assert_eq!(inv[0]["from"], people[0]["id"]);
    assert_eq!(inv[0]["decision"], "Pending");

    let text = stdout(&run(&file, &["list", "person"]));
    assert!(text.contains("佐藤 美咲"), "{text}");
    let check = run(&file, &["check"]);
    assert!(check.status.success());
    assert!(stdout(&check).contains("ok, 6 records"), "{}", stdout(&check));
}

#[test]
fn a_new_workbook_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("new/dir/w.ron");
    assert!(run(&file, &["add", "tag", "Rust"]).status.success());
    let mode = std::fs::metadata(&file).expect("file").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let dir_mode = std::fs::metadata(file.parent().expect("dir")).expect("dir").permissions().mode() & 0o777;
    assert_eq!(dir_mode, 0o700);
}

#[test]
fn bad_input_is_one_line_with_a_non_zero_exit_and_writes_nothing() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "Rust"]).status.success());
    let before = std::fs::read(&file).expect("read");
    for args in [
        &["add", "output", "x", "--date", "next week"][..],
        &["add", "person", "x", "--met-in", "nowhere"],
        &["add", "invitation", "x", "--from", "nobody"],
        &["add", "tag", "Rust"],
        &["add", "tag", "  "],
        &["add", "community", "x", "--kind", "spaceship"],
        &["add", "person", "x", "--time", "9"],
    ] {
        let o = run(&file, args);
        assert!(!o.status.success(), "{args:?} should fail");
        let err = stderr(&o);
        assert!(!err.trim().is_empty(), "{args:?} printed no message");
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("tsunagari: "), "{args:?}: {err}");
        assert_eq!(std::fs::read(&file).expect("read"), before, "{args:?} changed the file");
    }
    let err = stderr(&run(&file, &["add", "output", "x", "--date", "next week"]));
    assert!(err.contains("2026-11-23"), "the date error says what to type: {err}");
}

#[test]
fn the_file_flag_wins_over_the_environment() {
    let (_dir, file) = temp_workbook();
    let (_dir2, other) = temp_workbook();
    let o = common::cmd(&file).env("TSUNAGARI_FILE", &other).args(["add", "tag", "x"]).output().expect("run");
    assert!(o.status.success());
    assert!(file.exists() && !other.exists());
    let o =
        std::process::Command::new(BIN).env("TSUNAGARI_FILE", &other).args(["add", "tag", "y"]).output().expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(other.exists());
}

#[test]
fn version_and_help() {
    let o = std::process::Command::new(BIN).arg("--version").output().expect("run");
    assert!(stdout(&o).starts_with("tsunagari "));
    let o = std::process::Command::new(BIN).arg("--help").output().expect("run");
    let help = stdout(&o);
    for word in ["demo", "check", "add", "list", "--file", "--lang"] {
        assert!(help.contains(word), "--help lacks {word}");
    }
}

#[test]
fn the_app_refuses_to_start_without_a_terminal() {
    let (_dir, file) = temp_workbook();
    let o = run(&file, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("needs a terminal"), "{}", stderr(&o));
}

#[test]
fn messages_follow_the_language() {
    let (_dir, file) = temp_workbook();
    let ja = run(&file, &["--lang", "ja", "add", "person", "x", "--met-in", "どこか"]);
    assert!(stderr(&ja).contains("「どこか」というコミュニティはありません"), "{}", stderr(&ja));
    let by_locale = common::cmd(&file)
        .env("LANG", "ja_JP.UTF-8")
        .args(["add", "output", "x", "--date", "来週"])
        .output()
        .expect("run");
    assert!(stderr(&by_locale).contains("日付として読めません"), "{}", stderr(&by_locale));
    let ok = run(&file, &["--lang", "ja", "add", "tag", "読書"]);
    assert!(stdout(&ok).contains("追加しました: タグ"), "{}", stdout(&ok));
    let en = run(&file, &["--lang", "en", "add", "tag", "読書"]);
    assert!(stderr(&en).contains("there is already a tag named \"読書\""), "{}", stderr(&en));
    std::fs::write(&file, b"(version: 1, tags: [").expect("damage");
    let check = run(&file, &["--lang", "ja", "check"]);
    assert!(
        stderr(&check).contains("読み取れません") && stderr(&check).contains("ファイルは変更していません"),
        "{}",
        stderr(&check)
    );
}

#[test]
fn names_that_match_several_records_ask_for_the_id() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "person", "田中 翔"]).status.success());
    assert!(run(&file, &["add", "person", "田中 翔", "--field", "教育"]).status.success());
    let o = run(&file, &["add", "invitation", "勉強会", "--from", "田中 翔"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("2 people are named \"田中 翔\"; give one as #id: #1, #2"), "{}", stderr(&o));
    assert!(run(&file, &["add", "invitation", "勉強会", "--from", "#2"]).status.success());
    assert_eq!(json(&file, "invitations")[0]["from"], 2);
    assert!(run(&file, &["add", "community", "読書会"]).status.success());
    assert!(!run(&file, &["add", "community", " 読書会 "]).status.success(), "a second community of the same name");
}

#[test]
fn ranks_stay_a_sequence() {
    let (_dir, file) = temp_workbook();
    for v in ["自由", "学び"] {
        assert!(run(&file, &["add", "value", v]).status.success());
    }
    assert!(run(&file, &["add", "value", "誠実", "--rank", "1"]).status.success());
    assert!(!run(&file, &["add", "value", "健康", "--rank", "0"]).status.success());
    let values = json(&file, "values");
    let ranks: Vec<(String, u64)> = values
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["name"].as_str().unwrap().to_owned(), v["rank"].as_u64().unwrap()))
        .collect();
    assert_eq!(ranks, vec![("自由".into(), 2), ("学び".into(), 3), ("誠実".into(), 1)]);
}

#[test]
fn past_events_cannot_be_dated_in_the_future() {
    let (_dir, file) = temp_workbook();
    let o = run(&file, &["add", "person", "x", "--last-contact", "tomorrow"]);
    assert!(stderr(&o).contains("in the future"), "{}", stderr(&o));
    assert!(
        run(&file, &["add", "invitation", "x", "--deadline", "tomorrow"]).status.success(),
        "deadlines may be ahead"
    );
}

#[test]
fn a_read_only_file_is_not_changed_and_a_missing_one_is_reported() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "a"]).status.success());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&file).unwrap();
    let o = run(&file, &["add", "tag", "b"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("read-only"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&file).unwrap(), before);
    let missing = file.with_file_name("nope.ron");
    let o = run(&missing, &["list", "people"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("no such file"), "{}", stderr(&o));
}

#[test]
fn an_introduction_from_the_shell_is_made_or_planned() {
    let (_dir, file) = temp_workbook();
    for p in ["佐藤 一郎", "鈴木 花"] {
        assert!(run(&file, &["add", "person", p]).status.success());
    }
    let o = run(&file, &["add", "introduction", "佐藤 一郎", "鈴木 花", "--planned", "--follow-up", "12/10"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&file, &["add", "introduction", "鈴木 花", "佐藤 一郎", "--date", "yesterday", "--why", "防災"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&file, &["add", "introduction", "佐藤 一郎", "誰か"]);
    assert!(!o.status.success(), "an unknown person is refused");
    let intros = json(&file, "introductions");
    let intros = intros.as_array().unwrap();
    assert_eq!(intros.len(), 2);
    assert_eq!(intros[0]["status"], "Planned");
    assert!(intros[0]["follow_up"].as_str().unwrap().ends_with("-12-10"));
    assert!(intros[1].get("status").is_none(), "made, as files have always meant");
    assert_eq!(intros[1]["why"], "防災");
    // A practice invitation carries no day it came.
    assert!(run(&file, &["add", "invitation", "10分の発表", "--practice"]).status.success());
    let inv = json(&file, "invitations");
    assert_eq!(inv[0]["practice"], true);
    assert!(inv[0].get("received").is_none());
}
