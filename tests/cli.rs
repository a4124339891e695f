//! The command line as a user meets it: add, list, check, and every error as one clear line
//! with a non-zero exit and nothing written.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use common::*;
use unicode_width::UnicodeWidthStr;

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
    // The data directory is made when missing (a folder given with --file is not: see
    // `a_file_in_a_missing_folder_is_refused_before_anything_is_written`).
    let dir = tempfile::tempdir().expect("tempdir");
    let o = std::process::Command::new(BIN)
        .env_remove("TSUNAGARI_FILE")
        .env("TSUNAGARI_CONFIG", "/dev/null")
        .env("XDG_DATA_HOME", dir.path().join("new/dir"))
        .args(["add", "tag", "Rust"])
        .output()
        .expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    let file = dir.path().join("new/dir/tsunagari/workbook.ron");
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
    // `list` says who introduced whom in words, as the app does.
    let listed = stdout(&run(&file, &["--lang", "ja", "list", "introductions"]));
    assert!(listed.contains("佐藤 一郎を鈴木 花に紹介したい(予定)"), "{listed}");
    assert!(listed.contains("鈴木 花を佐藤 一郎に紹介した") && !listed.contains(" > "), "{listed}");
    let listed = stdout(&run(&file, &["--lang", "en", "list", "introductions"]));
    assert!(listed.contains("I introduced 鈴木 花 to 佐藤 一郎"), "{listed}");
    // A practice invitation carries no day it came.
    assert!(run(&file, &["add", "invitation", "10分の発表", "--practice"]).status.success());
    let inv = json(&file, "invitations");
    assert_eq!(inv[0]["practice"], true);
    assert!(inv[0].get("received").is_none());
}

/// The binary with a clean environment and no --file (for usage errors, which touch no file).
fn bare(lang_env: &str) -> std::process::Command {
    let mut c = std::process::Command::new(BIN);
    c.env_remove("TSUNAGARI_FILE").env_remove("TSUNAGARI_LANG").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    c.env("LANG", lang_env).env("TSUNAGARI_CONFIG", "/dev/null").env("XDG_DATA_HOME", "/nonexistent/tsunagari-tests");
    c
}

/// The one line a usage error prints, after checking it is one line with exit code 2.
fn usage_line(o: &std::process::Output) -> String {
    assert_eq!(o.status.code(), Some(2), "{}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.starts_with("tsunagari: "), "{err}");
    err
}

#[test]
fn usage_errors_are_in_japanese_with_a_japanese_locale_or_lang() {
    let (_dir, file) = temp_workbook();
    let ja = |args: &[&str]| usage_line(&bare("ja_JP.UTF-8").arg("--file").arg(&file).args(args).output().unwrap());
    // A missing argument is named.
    let e = ja(&["add", "community"]);
    assert!(e.contains("<名前> を指定してください") && e.contains("tsunagari add community --help"), "{e}");
    // A bad value lists the allowed ones, by the names the app shows.
    let e = ja(&["add", "community", "x", "--kind", "宇宙船"]);
    assert!(e.contains("「宇宙船」は --kind <種類> には使えません"), "{e}");
    assert!(e.contains("選べる値: 学び、読書会、オンラインサロン"), "{e}");
    let e = ja(&["add", "person", "x", "--time", "9"]);
    assert!(e.contains("0〜4 の整数"), "{e}");
    // A misspelt subcommand gets "did you mean".
    let e = ja(&["ad", "tag", "x"]);
    assert!(e.contains("「ad」というコマンドはありません") && e.contains("もしかして「add」ですか?"), "{e}");
    let e = ja(&["add", "comunity", "x"]);
    assert!(e.contains("もしかして「community」ですか?"), "{e}");
    let e = ja(&["list", "peple"]);
    assert!(e.contains("選べる値: 価値観、コミュニティ、人"), "{e}");
    // An unknown option, and an unquoted name with a space.
    let e = ja(&["add", "tag", "x", "--colour", "red"]);
    assert!(e.contains("--colour というオプションは使えません"), "{e}");
    let e = ja(&["add", "person", "佐藤", "美咲"]);
    assert!(e.contains("「美咲」が余分です") && e.contains("引用符"), "{e}");
    // --lang wins over the locale, before or after the subcommand.
    let o = bare("C.UTF-8").args(["add", "community", "--lang", "ja"]).output().unwrap();
    assert!(usage_line(&o).contains("<名前> を指定してください"));
    let o = bare("ja_JP.UTF-8").args(["--lang=en", "add", "community"]).output().unwrap();
    assert!(usage_line(&o).contains("<NAME> is needed"));
    let o = bare("C.UTF-8").env("TSUNAGARI_LANG", "ja").args(["add", "community"]).output().unwrap();
    assert!(usage_line(&o).contains("<名前>"), "TSUNAGARI_LANG sets it too");
    assert_eq!(std::fs::read(&file).ok(), None, "no usage error made the workbook");
}

#[test]
fn english_usage_errors_and_help_stay_english() {
    let e = usage_line(&bare("C.UTF-8").args(["add", "community", "x", "--kind", "spaceship"]).output().unwrap());
    assert!(e.contains("--kind <KIND> cannot be \"spaceship\"; choose one of: learning, reading-circle"), "{e}");
    let e = usage_line(&bare("C.UTF-8").args(["ad"]).output().unwrap());
    assert!(e.contains("there is no command \"ad\"; did you mean \"add\"?"), "{e}");
    let help = stdout(&bare("C.UTF-8").args(["add", "community", "--help"]).output().unwrap());
    assert!(help.contains("Usage: tsunagari add community [OPTIONS] <NAME>"), "{help}");
    assert!(help.contains("[possible values: learning,") && help.contains("reading-circle"), "{help}");
    assert!(!help.contains("使い方"), "{help}");
}

#[test]
fn japanese_help_is_japanese() {
    let o = bare("ja_JP.UTF-8").args(["add", "community", "--help"]).output().unwrap();
    assert!(o.status.success());
    let help = stdout(&o);
    assert!(help.contains("使い方: tsunagari add community [オプション] <名前>"), "{help}");
    assert!(help.contains("選べる値:") && help.contains("学び、読書会、"), "{help}");
    for english in ["Usage", "Options", "Print help", "possible values"] {
        assert!(!help.contains(english), "{english} in:\n{help}");
    }
    let o = bare("C.UTF-8").args(["--lang", "ja", "help", "add"]).output().unwrap();
    assert!(stdout(&o).contains("シェルから記録を追加します"), "{}", stdout(&o));
    // `tsunagari add` alone names the commands it takes (with nothing else set, clap prints the
    // help of add instead; the config in the environment counts as something set).
    let e = usage_line(&bare("ja_JP.UTF-8").arg("add").output().unwrap());
    assert!(e.contains("コマンドを指定してください") && e.contains("reflection"), "{e}");
    assert!(!e.contains("、help"), "help is not a kind of record: {e}");
}

#[test]
fn choices_are_taken_by_their_japanese_names_in_either_language() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "value", "自由"]).status.success());
    let o = run(&file, &["add", "community", "読書会", "--kind", "読書会", "--status", "参加中", "--cadence", "毎月"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o =
        run(&file, &["--lang", "ja", "add", "community", "朝活", "--kind", "Reading Circle", "--distance", "運営する"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&file, &["add", "output", "メモ", "--channel", "ブログ"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&file, &["add", "invitation", "LT", "--kind", "登壇", "--cost", "ｈｉｇｈ", "--decision", "受ける"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&file, &["add", "person", "x", "--time", "３"]);
    assert!(o.status.success(), "full-width digits: {}", stderr(&o));
    let c = json(&file, "コミュニティ");
    assert_eq!(c[0]["kind"], "ReadingCircle");
    assert_eq!(c[0]["status"], "Active");
    assert_eq!(c[0]["cadence"], "Monthly");
    assert_eq!(c[1]["kind"], "ReadingCircle");
    assert_eq!(c[1]["distance"], "Organise");
    assert_eq!(json(&file, "outputs")[0]["channel"], "Blog");
    let inv = json(&file, "お誘い");
    assert_eq!((inv[0]["kind"].as_str(), inv[0]["cost"].as_str()), (Some("Talk"), Some("High")));
    assert_eq!(inv[0]["decision"], "Accepted");
    assert_eq!(inv[0]["decided"], "2026-11-24", "the day of the decision is recorded");
    assert_eq!(json(&file, "people")[0]["tie"]["time"], 3);
}

#[test]
fn reflections_are_added_from_the_shell() {
    let (_dir, file) = temp_workbook();
    let o = run(&file, &["add", "reflection", "断った理由を書いたら、大事なものが見えた", "--topic", "お誘い"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(run(&file, &["add", "reflection", "昨日のこと", "--date", "yesterday"]).status.success());
    assert!(!run(&file, &["add", "reflection", "明日のこと", "--date", "tomorrow"]).status.success());
    let r = json(&file, "reflections");
    assert_eq!(r[0]["topic"], "Invitations");
    assert_eq!(r[0]["date"], "2026-11-24", "written today unless a day is given");
    assert_eq!(r[1]["date"], "2026-11-23");
    assert_eq!(r[1]["topic"], "General");
}

#[test]
fn list_prints_column_names_and_says_when_a_kind_is_empty() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "Rust"]).status.success());
    let o = run(&file, &["--lang", "ja", "list", "people"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o).trim(), "人の記録はまだありません。追加するには: tsunagari add person");
    let o = run(&file, &["list", "reflections"]);
    assert_eq!(stdout(&o).trim(), "no reflection records yet; add one with: tsunagari add reflection");
    assert_eq!(stdout(&run(&file, &["list", "people", "--json"])).trim(), "[]", "JSON is unchanged");
    assert!(run(&file, &["add", "person", "佐藤 美咲", "--field", "教育"]).status.success());
    assert!(run(&file, &["add", "person", "Bob"]).status.success());
    let text = stdout(&run(&file, &["--lang", "ja", "list", "人"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "#  名前       分野  最後の連絡", "{text}");
    assert_eq!(lines[1], "2  佐藤 美咲  教育  2026-11-24", "columns line up by display width: {text}");
    assert_eq!(lines[2], "3  Bob              2026-11-24", "{text}");
    let text = stdout(&run(&file, &["list", "tags"]));
    assert_eq!(text.lines().next(), Some("#  name"), "{text}");
}

#[test]
fn a_file_in_a_missing_folder_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("no-such-dir").join("w.ron");
    for args in [&["add", "tag", "x"][..], &["list", "people"], &["check"], &["export"], &[]] {
        let o = run(&file, args);
        assert!(!o.status.success(), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains("no-such-dir: no such folder") && err.contains("mkdir -p"), "{args:?}: {err}");
    }
    let o = run(&file, &["--lang", "ja", "add", "tag", "x"]);
    assert!(stderr(&o).contains("no-such-dir: そのフォルダはありません"), "{}", stderr(&o));
    assert!(!dir.path().join("no-such-dir").exists(), "no folder was made");
    std::fs::write(dir.path().join("plain"), b"x").unwrap();
    let o = run(&dir.path().join("plain").join("w.ron"), &["add", "tag", "x"]);
    assert!(stderr(&o).contains("plain: this is not a folder"), "{}", stderr(&o));
}

#[test]
fn help_fits_the_width_of_the_terminal() {
    let pages: [&[&str]; 5] = [
        &["--help"],
        &["add", "community", "--help"],
        &["add", "person", "-h"],
        &["help", "add", "introduction"],
        &["export", "--help"],
    ];
    for lang in ["ja", "en"] {
        // (Below about 62 columns clap's own usage line of `add introduction` runs over: clap does
        // not wrap it.)
        for (columns, width) in [("80", 80), ("100", 100), ("250", 100)] {
            for args in pages {
                let o = bare("C.UTF-8").env("COLUMNS", columns).args(["--lang", lang]).args(args).output().unwrap();
                assert!(o.status.success(), "{args:?}: {}", stderr(&o));
                let help = stdout(&o);
                let wide: Vec<&str> = help.lines().filter(|l| l.width() > width).collect();
                assert!(wide.is_empty(), "{lang} {args:?} at {columns} columns:\n{}", wide.join("\n"));
            }
        }
    }
    // Nothing lost: the longest Japanese help is all there, only broken into lines.
    let o = bare("C.UTF-8").env("COLUMNS", "80").args(["--lang", "ja", "--help"]).output().unwrap();
    let joined: String = stdout(&o).lines().map(str::trim).collect();
    assert!(joined.contains("ワークブックのファイル(既定はプラットフォームのデータディレクトリ)"), "{joined}");
}

/// What bash's completion offers for the last of `words`, with the script `tsunagari completions
/// bash` writes; `None` when there is no bash to ask.
fn bash_offers(words: &[&str]) -> Option<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("tsunagari.bash");
    std::fs::write(&script, stdout(&bare("C.UTF-8").args(["completions", "bash"]).output().unwrap())).unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let (cur, prev) = (words[words.len() - 1], words[words.len() - 2]);
    let run = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; _tsunagari tsunagari '{cur}' '{prev}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1
    );
    let o = std::process::Command::new("bash").env("LANG", "C.UTF-8").args(["-c", &run]).output().ok()?;
    assert!(o.status.success(), "{}", stderr(&o));
    Some(stdout(&o).lines().map(str::to_owned).collect())
}

#[test]
fn bash_completes_choices_by_their_japanese_labels_too() {
    let Some(offered) = bash_offers(&["tsunagari", "add", "community", "朝活", "--kind", "読"]) else {
        eprintln!("no bash here; the generated scripts are checked in src/commands/manual.rs");
        return;
    };
    assert_eq!(offered, ["読書会"]);
    let all = bash_offers(&["tsunagari", "add", "community", "朝活", "--kind", ""]).unwrap_or_default();
    assert!(all.contains(&"reading-circle".to_owned()) && all.contains(&"サードプレイス".to_owned()), "{all:?}");
    let status = bash_offers(&["tsunagari", "add", "community", "朝活", "--status", "参"]).unwrap_or_default();
    assert_eq!(status, ["参加中"]);
    // What it offers is taken.
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "community", "朝活", "--kind", &offered[0], "--status", &status[0]]).status.success());
    assert_eq!(json(&file, "communities")[0]["kind"], "ReadingCircle");
}

#[test]
fn completions_and_the_man_page() {
    for shell in ["bash", "zsh", "fish"] {
        let o = bare("C.UTF-8").args(["completions", shell]).output().unwrap();
        assert!(o.status.success(), "{shell}: {}", stderr(&o));
        let script = stdout(&o);
        let file_flag = if shell == "fish" { "-l file" } else { "--file" };
        assert!(script.contains("add") && script.contains(file_flag), "{shell}");
    }
    let bash = stdout(&bare("C.UTF-8").args(["completions", "bash"]).output().unwrap());
    assert!(bash.contains("reading-circle") && bash.contains("reflection"), "values and commands are completed");
    let o = bare("C.UTF-8").arg("man").output().unwrap();
    assert!(o.status.success());
    let page = stdout(&o);
    assert!(page.lines().any(|l| l.starts_with(".TH tsunagari 1")), "{page}");
    assert!(page.contains("TSUNAGARI ADD REFLECTION"), "every command has its section");
    let ja = stdout(&bare("ja_JP.UTF-8").arg("man").output().unwrap());
    assert!(ja.contains(".SH \"書式\"") && ja.contains("ふりかえり"), "the page follows the language");
}

#[test]
fn today_prints_this_week_and_what_is_next_and_writes_nothing() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "community", "朝活読書会", "--status", "active"]).status.success());
    assert!(run(&file, &["add", "tag", "読書"]).status.success());
    let before = std::fs::read(&file).expect("the workbook");
    let out = run(&file, &["--lang", "ja", "today"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    // TSUNAGARI_TODAY is a Tuesday: the week runs from the Monday before.
    assert!(text.starts_with("今週: 2026-11-23〜2026-11-29\n"), "{text}");
    assert!(text.contains("1 顔を出す") && text.contains("「朝活読書会」に顔を出す"), "{text}");
    assert!(text.contains("2 発信・紹介") && text.contains("「読書」で小さな発信を一つ"), "{text}");
    let json = run(&file, &["today", "--json"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(value["from"], "2026-11-23");
    assert_eq!(value["steps"].as_array().map(Vec::len), Some(3));
    assert_eq!(value["steps"][0]["proposed"], true);
    assert_eq!(std::fs::read(&file).expect("the workbook"), before, "today only reads");
    let missing = run(&file.with_file_name("nope.ron"), &["today"]);
    assert_eq!(missing.status.code(), Some(1), "a mistyped path is not an empty week");
}

#[test]
fn export_ics_writes_a_calendar_with_the_same_uids_each_time() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "invitation", "LT 登壇", "--deadline", "2026-12-10"]).status.success());
    let first = run(&file, &["export", "--format", "ics"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let text = stdout(&first);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n") && text.contains("END:VCALENDAR"), "{text}");
    let uids = |t: &str| t.lines().filter(|l| l.starts_with("UID:")).map(str::to_owned).collect::<Vec<_>>();
    assert!(uids(&text).iter().any(|u| u.ends_with("-deadline@tsunagari")), "{text}");
    let second = stdout(&run(&file, &["export", "--format", "ics"]));
    assert_eq!(uids(&second), uids(&text), "a calendar importing it again updates, not duplicates");
}
