//! The edges of the save path, through the real binary: workbooks behind links, exports aimed at
//! the workbook, outside edits that keep size and time, broken id counters, `check`'s positions,
//! paths that are not files, and the modes of every file the store writes. (Failing saves have
//! their own file, `save_failures.rs`; imports theirs.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use common::tty::Tty;
use common::*;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

fn names(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> =
        std::fs::read_dir(dir).expect("ls").flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    out.sort();
    out
}

/// Runs the binary and fails the test if it has not finished within five seconds (a pipe given
/// as the workbook used to block forever).
fn run_within(file: &Path, args: &[&str]) -> Output {
    let mut child = cmd(file).args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("spawn");
    let start = Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if start.elapsed() > Duration::from_secs(5) {
            let _ = child.kill();
            panic!("`{}` did not finish", args.join(" "));
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

#[test]
fn a_workbook_behind_a_link_is_saved_to_its_target_and_the_link_stays() {
    let dir = tempfile::tempdir().expect("tempdir");
    let synced = dir.path().join("synced");
    std::fs::create_dir(&synced).expect("mkdir");
    let target = synced.join("w.ron");
    assert!(run(&target, &["add", "tag", "first"]).status.success());
    let link = dir.path().join("link.ron");
    symlink(&target, &link).expect("link");

    assert!(run(&link, &["add", "tag", "through the link"]).status.success());
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink(), "the link is kept");
    assert!(std::fs::read_to_string(&target).expect("read").contains("through the link"));
    assert_eq!(names(dir.path()), ["link.ron", "synced"], "nothing is written beside the link");
    let beside = names(&synced);
    assert!(beside.iter().any(|n| n.starts_with("w.backup-")), "backups beside the target: {beside:?}");
    assert!(beside.contains(&"w.ron.lock".to_owned()), "the lock beside the target: {beside:?}");

    // The app, too.
    let mut tty = Tty::spawn(&["--file", link.to_str().expect("utf-8"), "--lang", "en"], 80, 24);
    tty.wait_for("Overview:");
    tty.send("L");
    tty.wait_for("概要");
    tty.send("q");
    assert!(tty.wait_exit());
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink());
    assert!(std::fs::read_to_string(&target).expect("read").contains("lang: Some(Ja)"));
    assert_eq!(names(dir.path()), ["link.ron", "synced"]);
}

#[test]
fn a_dangling_link_is_an_error_naming_the_missing_target_and_nothing_is_made() {
    let dir = tempfile::tempdir().expect("tempdir");
    let link = dir.path().join("w.ron");
    symlink("unmounted/drive/w.ron", &link).expect("link");
    for args in [&["add", "tag", "x"][..], &["check"], &["list", "tags"], &["export", "--format", "text"]] {
        let o = run(&link, args);
        assert!(!o.status.success(), "{args:?}");
        let err = stderr(&o);
        assert!(err.contains("unmounted/drive/w.ron") && err.contains("does not exist"), "{args:?}: {err}");
    }
    let mut tty = Tty::spawn(&["--file", link.to_str().expect("utf-8"), "--lang", "en"], 80, 24);
    assert!(!tty.wait_exit());
    tty.wait_for("unmounted/drive/w.ron");
    assert_eq!(names(dir.path()), ["w.ron"], "no new workbook, no lock");
    assert!(std::fs::symlink_metadata(&link).expect("meta").file_type().is_symlink());
}

#[test]
fn an_export_is_never_written_over_the_workbook_or_what_keeps_it_safe() {
    let (dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "a"]).status.success());
    assert!(run(&file, &["add", "tag", "b"]).status.success(), "a second save makes a backup");
    let backup = names(dir.path()).into_iter().find(|n| n.starts_with("w.backup-")).expect("a backup");
    symlink(&file, dir.path().join("summary.md")).expect("link");
    let other = dir.path().join("old-workbook.txt");
    std::fs::copy(&file, &other).expect("copy");
    let before = std::fs::read(&file).expect("read");
    for (output, says) in [
        (file.clone(), "the workbook itself"),
        (dir.path().join("summary.md"), "the workbook itself"),
        (dir.path().join(".").join("w.ron"), "the workbook itself"),
        (dir.path().join(&backup), "keeps the workbook"),
        (dir.path().join("w.ron.lock"), "keeps the workbook"),
        (other.clone(), "a tsunagari workbook"),
    ] {
        let o = run(&file, &["export", "--format", "markdown", "-o", output.to_str().expect("utf-8")]);
        assert!(!o.status.success(), "{output:?}");
        assert!(stderr(&o).contains(says), "{output:?}: {}", stderr(&o));
    }
    assert_eq!(std::fs::read(&file).expect("read"), before, "the workbook is untouched");
    assert!(std::fs::read_to_string(&other).expect("read").contains("tags:"), "so is the other workbook");
    let fine = dir.path().join("fine.md");
    assert!(run(&file, &["export", "--format", "markdown", "-o", fine.to_str().expect("utf-8")]).status.success());

    // The `x` form says the same and writes nothing.
    let mut tty = Tty::spawn(&["--file", file.to_str().expect("utf-8"), "--lang", "en"], 100, 30);
    tty.wait_for("Overview:");
    tty.send("x");
    tty.wait_for("Save to");
    tty.send("\t");
    tty.send("\x01");
    tty.send("\x0b");
    tty.send(file.to_str().expect("utf-8"));
    tty.send("\x13");
    tty.wait_for("the workbook itself");
    tty.send("\x1b");
    tty.send("y");
    tty.wait_gone("Save to");
    tty.send("q");
    assert!(tty.wait_exit());
    assert_eq!(std::fs::read(&file).expect("read"), before);
}

#[test]
fn an_outside_edit_that_keeps_size_and_time_is_never_overwritten() {
    let (dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "aaaa"]).status.success());
    let mut tty = Tty::spawn(&["--file", file.to_str().expect("utf-8"), "--lang", "en"], 100, 30);
    tty.wait_for("Overview:");
    // Another machine's version arrives the way `cp -p` and `rsync -t` bring it: same size,
    // and the time set back to what it was (`touch -r`).
    let outside = std::fs::read_to_string(&file).expect("read").replace("aaaa", "bbbb");
    let theirs = dir.path().join("theirs.ron");
    std::fs::write(&theirs, &outside).expect("write");
    let touched = std::process::Command::new("touch").arg("-r").arg(&file).arg(&theirs).status().expect("touch");
    assert!(touched.success());
    let before = std::fs::metadata(&file).expect("meta");
    let copied = std::process::Command::new("cp").arg("-p").arg(&theirs).arg(&file).status().expect("cp");
    assert!(copied.success());
    let after = std::fs::metadata(&file).expect("meta");
    assert_eq!((after.len(), after.modified().ok()), (before.len(), before.modified().ok()));

    tty.send("L");
    tty.wait_for("ほかのプログラムがファイルを書き換えました");
    tty.send("q");
    tty.wait_exit();
    assert_eq!(std::fs::read_to_string(&file).expect("read"), outside, "their version is kept");
    let copy = names(dir.path()).into_iter().find(|n| n.starts_with("w.conflict-")).expect("a conflict copy");
    let mine = std::fs::read_to_string(dir.path().join(&copy)).expect("read");
    assert!(mine.contains("aaaa") && mine.contains("lang: Some(Ja)"), "{mine}");
    assert_eq!(mode(&dir.path().join(copy)), 0o600);
}

#[test]
fn a_counter_at_the_end_of_the_id_space_is_located_repaired_and_never_wraps() {
    let (_d, file) = temp_workbook();
    std::fs::write(
        &file,
        "(\n  version: 1,\n  next_id: 18446744073709551615,\n  tags: [\n    (id: 1, name: \"one\"),\n    (id: 2, name: \"two\"),\n  ],\n)\n",
    )
    .expect("write");
    let o = run(&file, &["check"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains(&format!("{}:3:3: next_id is 18446744073709551615", file.display())), "{err}");
    assert!(err.contains("ids go on from 3"), "{err}");

    let o = run(&file, &["add", "tag", "three"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("next_id is 18446744073709551615"), "the repair is said: {}", stderr(&o));
    let o = run(&file, &["add", "tag", "four"]);
    assert!(o.status.success() && stderr(&o).is_empty(), "said once: {}", stderr(&o));
    let tags = json(&file, "tags");
    let ids: Vec<u64> = tags.as_array().expect("list").iter().map(|t| t["id"].as_u64().expect("id")).collect();
    assert_eq!(ids, [1, 2, 3, 4], "{tags}");
    assert_eq!(tags[0]["name"], "one", "nothing overwritten");
    assert!(std::fs::read_to_string(&file).expect("read").contains("next_id: 5,"));
    assert!(run(&file, &["check"]).status.success());

    // An id beyond the largest allowed cannot be repaired: it is an error at its place.
    std::fs::write(
        &file,
        "(\n  tags: [\n    (id: 1, name: \"a\"),\n    (id: 18446744073709551615, name: \"b\"),\n  ],\n)\n",
    )
    .expect("write");
    let err = stderr(&run(&file, &["check"]));
    assert!(err.contains(&format!("{}:4:5: tag 18446744073709551615 has an id outside", file.display())), "{err}");
}

#[test]
fn check_gives_the_position_of_duplicate_ids_and_links_to_nothing() {
    let (_d, file) = temp_workbook();
    std::fs::write(
        &file,
        "(\n  version: 1,\n  communities: [\n    (id: 1, name: \"読書会\"),\n  ],\n  people: [\n    (id: 2, name: \"a\", met_in: Some(1)),\n    (\n      id: 2,\n      name: \"b\",\n    ),\n    (id: 3, name: \"c\", communities: [9]),\n  ],\n  assets: [\n    (kind: Health, evidence: [Person(7)]),\n  ],\n)\n",
    )
    .expect("write");
    let o = run(&file, &["check"]);
    assert!(!o.status.success());
    let err = stderr(&o);
    let at = |pos: &str| format!("{}:{pos}: ", file.display());
    assert!(err.contains(&format!("{}two records have the id of person 2", at("8:5"))), "{err}");
    assert!(err.contains(&format!("{}person 3 links to community 9", at("12:5"))), "{err}");
    assert!(err.contains(&format!("{}the evidence of the asset", at("15:5"))), "{err}");
    // The app refuses it the same way, naming the first problem's place.
    let mut tty = Tty::spawn(&["--file", file.to_str().expect("utf-8"), "--lang", "en"], 100, 30);
    assert!(!tty.wait_exit());
    tty.wait_for(&at("8:5"));
}

#[test]
fn pipes_devices_and_folders_are_refused_at_once_and_leave_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fifo = dir.path().join("w.ron");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo").success());
    for args in [&["check"][..], &["list", "tags"], &["add", "tag", "x"], &["export", "--format", "text"]] {
        let o = run_within(&fifo, args);
        assert!(!o.status.success(), "{args:?}");
        assert!(stderr(&o).contains("is a named pipe, not a workbook file"), "{args:?}: {}", stderr(&o));
    }
    let mut tty = Tty::spawn(&["--file", fifo.to_str().expect("utf-8"), "--lang", "en"], 80, 24);
    assert!(!tty.wait_exit());
    tty.wait_for("named pipe");
    let o = run_within(Path::new("/dev/zero"), &["check"]);
    assert!(stderr(&o).contains("is a device"), "{}", stderr(&o));

    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).expect("mkdir");
    for args in [&["add", "tag", "x"][..], &["check"]] {
        let o = run_within(&folder, args);
        assert!(stderr(&o).contains("is a folder"), "{}", stderr(&o));
    }
    let mut tty = Tty::spawn(&["--file", folder.to_str().expect("utf-8")], 80, 24);
    assert!(!tty.wait_exit());
    assert_eq!(names(dir.path()), ["folder.ron", "w.ron"], "no lock file left behind");
    assert!(names(&folder).is_empty());

    // Writing an export into a pipe stays allowed.
    let (_d, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "piped"]).status.success());
    let out = dir.path().join("out.pipe");
    assert!(std::process::Command::new("mkfifo").arg(&out).status().expect("mkfifo").success());
    let reader = std::process::Command::new("cat").arg(&out).stdout(Stdio::piped()).spawn().expect("cat");
    let o = run_within(&file, &["export", "--format", "markdown", "-o", out.to_str().expect("utf-8")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let read = reader.wait_with_output().expect("cat output");
    assert!(String::from_utf8_lossy(&read.stdout).contains("piped"));
}

#[test]
fn backups_and_conflict_copies_are_private_whatever_the_workbook_is() {
    let (dir, file) = temp_workbook();
    assert!(run(&file, &["add", "tag", "a"]).status.success());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o666)).expect("chmod");
    assert!(run(&file, &["add", "tag", "b"]).status.success());
    assert_eq!(mode(&file), 0o666, "the workbook keeps the mode its owner gave it");
    let backups: Vec<PathBuf> =
        names(dir.path()).into_iter().filter(|n| n.starts_with("w.backup-")).map(|n| dir.path().join(n)).collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(mode(&backups[0]), 0o600);
}

#[test]
fn the_demo_folder_is_private_and_gone_after_every_way_out() {
    for way_out in ["q", "HUP", "TERM", "hang up"] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let mut cmd = portable_pty::CommandBuilder::new(BIN);
        cmd.args(["demo", "--lang", "en"]);
        cmd.env("TMPDIR", tmp.path());
        let mut tty = Tty::spawn_command(cmd, 100, 30);
        tty.wait_for("Overview:");
        let made = names(tmp.path());
        assert_eq!(made.len(), 1, "{made:?}");
        assert!(made[0].starts_with("tsunagari-demo"));
        assert_eq!(mode(&tmp.path().join(&made[0])), 0o700);
        match way_out {
            "q" => tty.send("q"),
            "hang up" => tty.hang_up(),
            signal => {
                let pid = tty.child.process_id().expect("pid").to_string();
                assert!(
                    std::process::Command::new("kill")
                        .arg(format!("-{signal}"))
                        .arg(pid)
                        .status()
                        .expect("kill")
                        .success()
                );
            }
        }
        tty.wait_exit();
        assert!(names(tmp.path()).is_empty(), "{way_out}: the demo folder is left: {:?}", names(tmp.path()));
    }
}

#[test]
fn invisible_characters_typed_pasted_or_given_are_never_stored_and_never_shift_a_border() {
    let (_d, file) = temp_workbook();
    // From the command line.
    assert!(run(&file, &["add", "person", "佐\u{200b}藤\u{200e} 美咲\u{2060}"]).status.success());
    assert_eq!(json(&file, "people")[0]["name"], "佐藤 美咲");
    // Pasted into the app's form (one bracketed paste), beside a row already there.
    let mut tty = Tty::spawn(&["--file", file.to_str().expect("utf-8"), "--lang", "en"], 80, 24);
    tty.wait_for("Overview:");
    tty.send("7");
    tty.wait_for("佐藤 美咲");
    tty.send("a");
    tty.wait_for("New: person");
    tty.send("\x1b[200~田\u{200d}中\u{feff} 翔\u{200f}\u{2029}\x1b[201~");
    tty.send("\x13");
    tty.wait_for("added 田中 翔");
    let rows = tty.rows();
    for name in ["佐藤 美咲", "田中 翔"] {
        let row = rows.iter().position(|r| r.contains(name)).expect("a row") as u16;
        assert_eq!(tty.cell(row, 79), "│", "the border of {name}'s row is in place:\n{}", tty.text());
    }
    tty.send("q");
    assert!(tty.wait_exit());
    let people = json(&file, "people");
    let names: Vec<&str> = people.as_array().expect("list").iter().map(|p| p["name"].as_str().expect("name")).collect();
    assert!(names.contains(&"田中 翔"), "{names:?}");
}
