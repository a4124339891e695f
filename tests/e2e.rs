//! The real binary in a pseudo-terminal: start, switch tabs, open help, delete and undo, quit,
//! and find the workbook saved. The screen is read through a VT100 parser, as a user sees it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::time::{Duration, Instant};

use common::tty::Tty;
use common::*;
use portable_pty::CommandBuilder;

#[test]
fn start_switch_tabs_help_delete_undo_and_quit() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "community", "朝活読書会", "--status", "active"]).status.success());
    assert!(run(&file, &["add", "person", "佐藤 美咲", "--met-in", "朝活読書会"]).status.success());
    let path = file.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn(&["--file", path], 80, 24);
    tty.wait_for("概要:");
    tty.send("2");
    tty.wait_for("ステップ1");
    tty.wait_for("朝活読書会");
    tty.send("?");
    tty.wait_for("キー操作");
    tty.send("\x1b");
    tty.send("7");
    tty.wait_for("佐藤 美咲");
    tty.send("d");
    tty.wait_for("削除の確認");
    tty.send("y");
    tty.wait_for("削除: 佐藤 美咲");
    tty.send("L");
    tty.wait_for("People: loose and strong ties");
    tty.send("u");
    tty.wait_for("Undone");
    tty.wait_for("佐藤 美咲");
    tty.send("q");
    assert!(tty.wait_exit(), "the app exited with an error");
    let people = json(&file, "people");
    assert_eq!(people[0]["name"], "佐藤 美咲", "the undone delete is saved");
    let settings = std::fs::read_to_string(&file).expect("read");
    assert!(settings.contains("lang: Some(En)"), "the language choice is saved");
}

#[test]
fn a_first_run_creates_the_workbook_and_a_tiny_window_does_not_panic() {
    let (_dir, file) = temp_workbook();
    let path = file.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn(&["--file", path, "--lang", "en"], 30, 8);
    tty.wait_for("too small");
    tty.send("q");
    assert!(tty.wait_exit());
    assert!(run(&file, &["check"]).status.success(), "the new workbook was written");
}

#[test]
fn sigterm_saves_and_exits() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "keep"]).status.success());
    let path = file.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn(&["--file", path, "--lang", "en"], 80, 24);
    tty.wait_for("Overview:");
    tty.send("L");
    // The switch is on screen, so the key was handled before the signal comes.
    tty.wait_for("概要");
    let pid = tty.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill").args(["-TERM", &pid.to_string()]).status().expect("kill");
    assert!(killed.success());
    tty.wait_exit();
    let text = std::fs::read_to_string(&file).expect("read");
    assert!(text.contains("lang: Some(Ja)"), "the change made just before SIGTERM was saved");
}

#[test]
fn closing_the_window_saves_and_exits_even_without_sighup() {
    // A closed window does not always deliver SIGHUP (a shell in between may take it, or it is
    // ignored as under nohup, as here); the app must notice the hang-up itself rather than spin
    // on a dead terminal.
    let (_dir, file) = temp_workbook();
    let path = file.to_str().expect("utf-8 path");
    let mut cmd = CommandBuilder::new("sh");
    cmd.args(["-c", &format!("trap '' HUP; '{BIN}' --file '{path}' --lang en; sleep 5")]);
    let mut tty = Tty::spawn_command(cmd, 80, 24);
    tty.leave_guide();
    tty.wait_for("Overview:");
    tty.send("L");
    tty.wait_for("概要");
    tty.hang_up();
    assert_exits_and_saved_ja(&file, "the terminal closed");
}

#[test]
fn killing_tmux_saves_and_exits() {
    // The case met in real use: the app runs in tmux behind a shell (`app; sleep`) and the tmux
    // server goes away. An earlier loop that blocked inside crossterm's poll spun there forever
    // at full CPU and never saved; the app must leave and save.
    if std::process::Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed");
        return;
    }
    let (_dir, file) = temp_workbook();
    let path = file.to_str().expect("utf-8 path");
    let socket = format!("tsunagari-test-{}", std::process::id());
    let tmux =
        |args: &[&str]| std::process::Command::new("tmux").arg("-L").arg(&socket).args(args).output().expect("tmux");
    let script =
        format!("TSUNAGARI_TODAY=2026-11-24 TSUNAGARI_CONFIG=/dev/null '{BIN}' --file '{path}' --lang en; sleep 20");
    assert!(tmux(&["new-session", "-d", "-x", "80", "-y", "24", &script]).status.success());
    let start = Instant::now();
    // A new workbook opens the walkthrough once it is loaded (the tab bar shows before that,
    // while keys other than quit wait): Esc puts it away first.
    while !String::from_utf8_lossy(&tmux(&["capture-pane", "-p"]).stdout).contains("Guided walkthrough") {
        assert!(start.elapsed() < Duration::from_secs(10), "the app did not start in tmux");
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux(&["send-keys", "Escape"]);
    while String::from_utf8_lossy(&tmux(&["capture-pane", "-p"]).stdout).contains("Guided walkthrough") {
        assert!(start.elapsed() < Duration::from_secs(10), "Esc did not leave the walkthrough");
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux(&["send-keys", "L"]);
    while !String::from_utf8_lossy(&tmux(&["capture-pane", "-p"]).stdout).contains("概要") {
        assert!(start.elapsed() < Duration::from_secs(10), "L did not switch the language");
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux(&["kill-server"]);
    assert_exits_and_saved_ja(&file, "tmux went away");
}

/// Waits (up to 5 s) until no app runs on `file` any more, then checks that the language
/// switch made just before is saved. A process still running is killed and fails the test.
fn assert_exits_and_saved_ja(file: &std::path::Path, after: &str) {
    let pattern = format!("--file {}", file.display());
    let start = Instant::now();
    loop {
        let running = std::process::Command::new("pgrep").args(["-f", "--", &pattern]).output().expect("pgrep");
        if running.stdout.is_empty() {
            break;
        }
        if start.elapsed() > Duration::from_secs(5) {
            let _ = std::process::Command::new("pkill").args(["-9", "-f", "--", &pattern]).status();
            panic!("the app kept running after {after}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let text = std::fs::read_to_string(file).expect("read");
    assert!(text.contains("lang: Some(Ja)"), "the change was not saved after {after}");
}

#[test]
fn adding_a_person_by_typing_and_pasting_japanese_in_the_real_app() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "community", "朝活読書会"]).status.success());
    let path = file.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn(&["--file", path], 80, 24);
    tty.wait_for("概要:");
    // Someone just met, in a handful of keys: the name, where (a part of its name is enough),
    // how close (a digit each, full-width as an input method types them), save.
    tty.send("7");
    tty.send("a");
    tty.wait_for("追加: 人");
    tty.send("佐藤 美咲");
    tty.send("\t");
    tty.send("読書");
    tty.send("\t");
    tty.wait_for("朝活読書会");
    tty.wait_for("ほとんど会わない");
    tty.send("2");
    tty.send("\t");
    tty.send("３");
    tty.send("\t");
    tty.send("2");
    tty.send("\t");
    tty.send("1");
    tty.wait_for("ちょっとした手助け");
    tty.send("\t");
    // A bracketed paste into the note: one event, its lines kept.
    tty.send("\x1b[200~本の話で盛り上がった\n次回も参加\x1b[201~");
    tty.send("\x13"); // Ctrl-s
    tty.wait_for("追加しました: 佐藤 美咲");
    tty.wait_for("ゆるやか");
    tty.send("q");
    assert!(tty.wait_exit());
    let people = json(&file, "people");
    assert_eq!(people[0]["name"], "佐藤 美咲");
    assert_eq!(people[0]["met_in"], json(&file, "communities")[0]["id"]);
    let tie = &people[0]["tie"];
    assert_eq!(
        (&tie["time"], &tie["emotion"], &tie["intimacy"], &tie["reciprocity"]),
        (&2.into(), &3.into(), &2.into(), &1.into())
    );
    assert_eq!(people[0]["notes"], "本の話で盛り上がった\n次回も参加");
}

#[test]
fn long_text_can_be_written_in_the_editor_and_comes_back_into_the_form() {
    let (dir, file) = temp_workbook();
    // A stand-in editor that writes two lines of Japanese into the file it is given.
    let editor = dir.path().join("fake-editor.sh");
    std::fs::write(&editor, "#!/bin/sh\nprintf 'エディタで書いたメモ\\n二行目\\n' > \"$1\"\n").expect("script");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&editor, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let path = file.to_str().expect("utf-8 path");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--file", path]);
    cmd.env("EDITOR", editor.to_str().expect("path"));
    cmd.env_remove("VISUAL");
    let mut tty = Tty::spawn_command(cmd, 80, 24);
    tty.leave_guide();
    tty.wait_for("概要:");
    tty.send("3");
    tty.send("]");
    tty.send("a");
    tty.wait_for("追加: タグ");
    tty.send("読書");
    tty.send("\t");
    tty.send("\x05"); // Ctrl-e
    tty.wait_for("エディタで書いたメモ");
    tty.send("\x13"); // Ctrl-s
    tty.wait_for("追加しました: 読書");
    tty.send("q");
    assert!(tty.wait_exit());
    let tags = json(&file, "tags");
    assert_eq!(tags[0]["description"], "エディタで書いたメモ\n二行目");
}

#[test]
fn add_edit_delete_and_undo_across_lists_in_the_real_app() {
    let (_dir, file) = temp_workbook();
    let path = file.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn(&["--file", path], 80, 24);
    tty.leave_guide();
    tty.wait_for("概要:");
    // A community.
    tty.send("2");
    tty.send("a");
    tty.wait_for("追加: コミュニティ");
    tty.send("朝活読書会");
    tty.send("\x13");
    tty.wait_for("追加しました: 朝活読書会");
    // An output with a new tag.
    tty.send("3");
    tty.send("a");
    tty.wait_for("追加: 発信");
    // The focus starts on what was written (the date before it is today's).
    tty.send("読書会のメモを公開");
    tty.send("\t");
    tty.send("読書");
    tty.send("\x13");
    tty.wait_for("追加しました: 読書会のメモを公開");
    // An invitation.
    tty.send("4");
    tty.send("a");
    tty.wait_for("追加: お誘い");
    tty.send("LT 登壇");
    tty.send("\x13");
    tty.wait_for("追加しました: LT 登壇");
    // Edit it: the what gets a suffix.
    tty.send("e");
    tty.wait_for("編集: お誘い");
    tty.send("(5分)");
    tty.send("\x13");
    tty.wait_for("更新しました: LT 登壇(5分)");
    // Delete the community, then undo.
    tty.send("2");
    tty.send("d");
    tty.wait_for("削除の確認");
    tty.send("y");
    tty.wait_for("削除: 朝活読書会");
    tty.send("u");
    tty.wait_for("元に戻しました");
    tty.send("q");
    assert!(tty.wait_exit());
    assert_eq!(json(&file, "communities")[0]["name"], "朝活読書会");
    assert_eq!(json(&file, "outputs")[0]["text"], "読書会のメモを公開");
    assert_eq!(json(&file, "tags")[0]["name"], "読書");
    assert_eq!(json(&file, "invitations")[0]["what"], "LT 登壇(5分)");
}

#[test]
fn the_config_file_remaps_keys_sets_the_language_and_a_broken_one_is_reported() {
    let (dir, file) = temp_workbook();
    let config = dir.path().join("config.ron");
    std::fs::write(&config, r#"(lang: En, mouse: false, keys: { "add": ["A"], "form.save": ["Ctrl-w"] })"#)
        .expect("write config");
    let path = file.to_str().expect("utf-8 path");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--file", path]);
    cmd.env("TSUNAGARI_CONFIG", &config);
    let mut tty = Tty::spawn_command(cmd, 80, 24);
    tty.leave_guide();
    tty.wait_for("Overview:");
    tty.send("5");
    tty.wait_for("A add");
    tty.send("a");
    assert!(!tty.text().contains("New: value"), "a no longer adds");
    tty.send("A");
    tty.wait_for("New: value");
    tty.wait_for("Ctrl-w save");
    tty.send("自由");
    tty.send("\x17"); // Ctrl-w
    tty.wait_for("added 自由");
    tty.send("q");
    assert!(tty.wait_exit());
    assert!(json(&file, "values").to_string().contains("自由"));

    // A config with a mistake: the app opens with the defaults and says where the mistake is.
    std::fs::write(&config, "(lang: En,\n colour: 3)").expect("write config");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--file", path, "--lang", "en"]);
    cmd.env("TSUNAGARI_CONFIG", &config);
    let mut tty = Tty::spawn_command(cmd, 100, 24);
    tty.wait_for("config.ron:2:2");
    // The walkthrough left unfinished above is offered again; Esc, then q quits.
    tty.leave_guide();
    tty.send("q");
    assert!(tty.wait_exit());
    let out = run(&file, &["check", "--config", config.to_str().expect("utf-8")]);
    assert!(!out.status.success(), "check reports the config too");
    assert!(String::from_utf8_lossy(&out.stderr).contains("config.ron:2:2"), "{out:?}");
}

#[test]
fn an_invitation_decided_in_the_value_filter_is_saved_with_its_reason() {
    let (_dir, file) = temp_workbook();
    assert!(run(&file, &["add", "value", "自由"]).status.success());
    let added = run(&file, &["add", "invitation", "勉強会で話してほしい", "--excitement", "4", "--cost", "high"]);
    assert!(added.status.success(), "{}", stderr(&added));
    let path = file.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn(&["--file", path, "--lang", "en"], 80, 24);
    tty.wait_for("Overview:");
    tty.send("5");
    tty.send("]");
    tty.wait_for("Pass mark: 25%");
    tty.wait_for("unrated    勉強会で話してほしい        no value rated yet: e to rate it");
    tty.send("n");
    tty.wait_for("Decide: 勉強会で話してほしい");
    tty.send("\x13"); // Ctrl-s
    tty.wait_for("decision recorded");
    tty.wait_for("Nothing waits for a decision");
    tty.send("q");
    assert!(tty.wait_exit());
    let saved = json(&file, "invitations");
    let inv = &saved[0];
    assert_eq!(inv["decision"], "Declined", "{saved}");
    assert_eq!(inv["decided"], "2026-11-24");
    assert!(inv["reason"].as_str().expect("a reason").contains("no value rated yet; excitement 4"), "{saved}");
}

/// Sends one key and waits until the screen shows `then`.
fn key(tty: &mut Tty, keys: &str, then: &str) {
    tty.send(keys);
    tty.wait_for(then);
}

const ENTER: &str = "\r";
const RIGHT: &str = "\x1b[C";

#[test]
fn the_walkthrough_in_japanese_from_first_run_to_summary_with_a_pause() {
    let (_dir, file) = temp_workbook();
    let path = file.to_str().expect("utf-8 path");
    let mut tty = Tty::spawn(&["--file", path, "--lang", "ja"], 80, 24);
    // A new workbook opens the walkthrough by itself.
    tty.wait_for("ゆるやかな繋がりが運んでくるもの");
    key(&mut tty, ENTER, "あなたの名前は");
    tty.send("山田 花子");
    key(&mut tty, ENTER, "最終価値観: あなたのフィルター");
    key(&mut tty, ENTER, "カード 1 / 24");
    for i in 0..24 {
        tty.send(if i < 3 { "1" } else { "3" });
    }
    tty.wait_for("3〜5つを選び");
    // Pick all three and rank them as they come.
    for k in [" ", "j", " ", "j", " "] {
        tty.send(k);
    }
    key(&mut tty, ENTER, "「自由」は、あなたにとって");
    // Half-way through typing, the window closes (q would type): Esc leaves, keeping the words.
    tty.send("自分で");
    key(&mut tty, "\x1b", "ガイドを中断しました");
    tty.send("q");
    assert!(tty.wait_exit());

    // The next start offers to go on; Enter goes back to the same question with the words.
    let mut tty = Tty::spawn(&["--file", path, "--lang", "ja"], 80, 24);
    tty.wait_for("おかえりなさい");
    key(&mut tty, ENTER, "「自由」は、あなたにとって");
    tty.wait_for("自分で");
    key(&mut tty, "決められること", "自分で決められること");
    key(&mut tty, ENTER, "「学び」は");
    tty.send("知らないことを知ること");
    key(&mut tty, ENTER, "「つながり」は");
    tty.send("人と人をつなぐこと");
    key(&mut tty, ENTER, "ステップ1");
    key(&mut tty, ENTER, "何に興味がありますか");
    tty.send("読書、写真");
    key(&mut tty, ENTER, "1か所目の名前は");
    tty.send("朝の読書会");
    key(&mut tty, ENTER, "どんな種類の場");
    key(&mut tty, ENTER, "いまどう関わって");
    // One key answers a choice: 3 is "active".
    key(&mut tty, "3", "どれくらいの距離");
    tty.send(RIGHT);
    key(&mut tty, ENTER, "いつもの輪");
    key(&mut tty, "1", "どの関心とつながって");
    tty.send("読書");
    key(&mut tty, ENTER, "どの価値観に合って");
    tty.send("学び");
    key(&mut tty, ENTER, "2か所目の名前は");
    key(&mut tty, ENTER, "ステップ2");
    key(&mut tty, ENTER, "どんなタグで");
    tty.send("地域のデザイン、Rust");
    key(&mut tty, ENTER, "最近した小さな発信");
    tty.send("読書会の感想を3行で投稿する");
    key(&mut tty, ENTER, "どこでしましたか");
    key(&mut tty, "1", "どのタグを見せる");
    tty.send("Rust");
    key(&mut tty, ENTER, "引き合わせると");
    tty.send("佐藤 一郎、鈴木 花");
    key(&mut tty, ENTER, "なぜその二人を");
    tty.send("二人とも防災に関心がある");
    key(&mut tty, ENTER, "ステップ3");
    key(&mut tty, ENTER, "最近届いた小さなお誘い");
    tty.send("友人の勉強会で10分話す");
    key(&mut tty, ENTER, "届いた日は");
    key(&mut tty, ENTER, "「自由」に合って");
    tty.send(RIGHT);
    tty.send(RIGHT);
    key(&mut tty, ENTER, "「学び」に合って");
    key(&mut tty, ENTER, "「つながり」に合って");
    key(&mut tty, ENTER, "ワクワク");
    tty.send("4");
    key(&mut tty, ENTER, "負担");
    key(&mut tty, ENTER, "価値観フィルターの判定");
    tty.wait_for("通過");
    key(&mut tty, ENTER, "どうしますか");
    // Nothing is chosen for the person: 1 accepts.
    key(&mut tty, "1", "その理由を一言で");
    tty.send("自由に話せる場だから");
    key(&mut tty, ENTER, "変身資産の棚卸し");
    key(&mut tty, ENTER, "「自分についての知識」は");
    tty.send("3");
    key(&mut tty, ENTER, "「多様性に富んだネットワーク」は");
    tty.send("2");
    key(&mut tty, ENTER, "「新しい経験に開かれた姿勢」は");
    tty.send("4");
    key(&mut tty, ENTER, "今日の日付の棚卸し");
    key(&mut tty, ENTER, "答えはすべてワークブックに");
    tty.wait_for("朝の読書会");
    key(&mut tty, ENTER, "ガイドを終えました");
    tty.send("q");
    assert!(tty.wait_exit());

    let values = json(&file, "values");
    let names: Vec<&str> = values.as_array().unwrap().iter().map(|v| v["name"].as_str().unwrap()).collect();
    assert_eq!(names, vec!["自由", "学び", "つながり"]);
    assert_eq!(values[0]["description"], "自分で決められること", "the words typed before the pause are kept");
    let communities = json(&file, "communities");
    assert_eq!(communities[0]["name"], "朝の読書会");
    assert_eq!(communities[0]["distance"], "TakePart");
    assert_eq!(communities[0]["status"], "Active", "as answered");
    assert!(communities[0].get("outside_usual_circle").is_none(), "inside my usual circles, as answered");
    assert_eq!(communities[0]["interests"], serde_json::json!(["読書"]), "the interest it feeds");
    let saved = std::fs::read_to_string(&file).expect("the workbook");
    let mine = saved.split("interests: [").nth(1).and_then(|rest| rest.split(']').next()).unwrap_or_default();
    let mine: Vec<&str> = mine.split(',').map(|i| i.trim().trim_matches('"')).filter(|i| !i.is_empty()).collect();
    assert_eq!(mine, vec!["読書", "写真"], "my interests, as typed");
    let tags = json(&file, "tags");
    assert_eq!(tags.as_array().unwrap().len(), 2);
    let outputs = json(&file, "outputs");
    assert_eq!(outputs[0]["text"], "読書会の感想を3行で投稿する");
    assert_eq!(outputs[0]["channel"], "Social", "as answered");
    assert_eq!(outputs[0]["tags"].as_array().unwrap().len(), 1, "only the tag named for it");
    let people = json(&file, "people");
    assert_eq!(people.as_array().unwrap().len(), 2, "the two to introduce");
    let intros = json(&file, "introductions");
    assert_eq!(intros[0]["why"], "二人とも防災に関心がある");
    assert_eq!(intros[0]["status"], "Planned", "not introduced yet");
    let invitations = json(&file, "invitations");
    assert_eq!(invitations[0]["decision"], "Accepted");
    assert_eq!(invitations[0]["reason"], "自由に話せる場だから");
    assert_eq!(invitations[0]["practice"], true, "no day it came was given");
    assert!(invitations[0].get("received").is_none() && invitations[0].get("decided").is_none());
    let stocktakes = json(&file, "stocktakes");
    assert_eq!(stocktakes.as_array().unwrap().len(), 1);
    let assets = json(&file, "assets");
    assert!(assets.to_string().contains("\"rating\":4"), "{assets}");

    // A week later the app opens on the new week with a step proposed from those answers: one
    // key takes it, another ticks it, without the help.
    let mut later = CommandBuilder::new(BIN);
    later.args(["--file", path, "--lang", "ja"]);
    later.env("TSUNAGARI_TODAY", "2026-12-01");
    let mut tty = Tty::spawn_command(later, 80, 24);
    tty.wait_for("今週: 2026-11-30〜2026-12-06");
    tty.wait_for("提案: 「朝の読書会」に顔を出す");
    key(&mut tty, "t", "今週の一歩: 1 顔を出す");
    key(&mut tty, "c", "2026-12-01");
    tty.send("q");
    assert!(tty.wait_exit());
    let o = cmd(&file).env("TSUNAGARI_TODAY", "2026-12-01").args(["today", "--json"]).output().expect("today");
    let today: serde_json::Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(today["steps"][0]["done"], "2026-12-01", "{today}");
    assert_eq!(today["steps"][0]["proposed"], false);
}
