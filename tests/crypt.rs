//! Encryption at rest through the real binary: `encrypt` and `decrypt`, every command on an
//! encrypted workbook, the app (passphrase typed in a pseudo-terminal), a wrong passphrase and a
//! damaged file. After each, the workbook's folder and the data and state directories are
//! searched for the names in the workbook: none may be found in the clear.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::tty::{Tty, add_output, app_in};
use common::*;
use portable_pty::CommandBuilder;

/// A workbook in its own folder, the folders the store may write to, and passphrase files.
struct Setup {
    dir: tempfile::TempDir,
    file: PathBuf,
    state: PathBuf,
    data: PathBuf,
    pass: PathBuf,
    wrong: PathBuf,
}

const NAMES: [&str; 3] = ["山田太郎", "Okonomiyaki Guild", "鈴木花子"];

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let book = dir.path().join("book");
    std::fs::create_dir(&book).expect("mkdir");
    let (state, data) = (dir.path().join("state"), dir.path().join("data"));
    let pass = dir.path().join("pass");
    std::fs::write(&pass, "correct horse battery\n").expect("pass");
    let wrong = dir.path().join("wrong");
    std::fs::write(&wrong, "incorrect horse\n").expect("pass");
    for f in [&pass, &wrong] {
        std::fs::set_permissions(f, std::os::unix::fs::PermissionsExt::from_mode(0o600)).expect("chmod");
    }
    let s = Setup { file: book.join("w.ron"), dir, state, data, pass, wrong };
    assert!(s.run(&["add", "person", NAMES[0]]).status.success());
    assert!(s.run(&["add", "community", NAMES[1]]).status.success());
    s
}

impl Setup {
    fn sealed(&self) -> PathBuf {
        self.file.with_file_name("w.ron.age")
    }

    /// The binary on the workbook, the store's folders in the temporary folder, the passphrase
    /// from its file.
    fn cmd(&self, pass: &Path) -> Command {
        let mut c = cmd(&self.file);
        c.env("XDG_STATE_HOME", &self.state).env("XDG_DATA_HOME", &self.data).env("TSUNAGARI_PASSPHRASE_FILE", pass);
        c
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        self.cmd(&self.pass).args(args).output().expect("run")
    }

    fn run_ok(&self, args: &[&str]) -> String {
        let o = self.run(args);
        assert!(o.status.success(), "{args:?}: {}", stderr(&o));
        stdout(&o)
    }

    /// Every file under the workbook's folder and the data and state directories that holds
    /// one of `names` in the clear.
    fn plain_text_of(&self, names: &[&str]) -> Vec<(PathBuf, String)> {
        let mut found = Vec::new();
        for root in [self.file.parent().expect("folder").to_owned(), self.state.clone(), self.data.clone()] {
            for file in walk(&root) {
                let bytes = std::fs::read(&file).expect("read");
                for name in names {
                    if bytes.windows(name.len()).any(|w| w == name.as_bytes()) {
                        found.push((file.clone(), (*name).to_owned()));
                    }
                }
            }
        }
        found
    }

    /// An emergency copy of the plain workbook, as a quit with a failing disk leaves it.
    fn leave_emergency_copy(&self) -> PathBuf {
        let folder = self.state.join("tsunagari/emergency");
        std::fs::create_dir_all(&folder).expect("mkdir");
        let copy = folder.join("w-20261124-101010-000-1.ron");
        let text = std::fs::read_to_string(&self.file).expect("read");
        let absolute = std::path::absolute(&self.file).expect("absolute");
        std::fs::write(&copy, format!("// tsunagari emergency copy of: {absolute:?}\n{text}")).expect("write");
        copy
    }
}

fn walk(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(root) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn encrypt_and_decrypt_go_round_and_the_copies_made_before_are_encrypted_too() {
    let s = setup();
    // A backup exists (the second `add` kept the first version), and a conflict copy and an
    // emergency copy from before.
    let folder = s.file.parent().expect("folder").to_owned();
    let backups = |ext: &str| walk(&folder).into_iter().filter(|p| p.to_string_lossy().ends_with(ext)).count();
    assert_eq!(backups(".ron") - 1, 1, "one backup beside the workbook");
    std::fs::copy(&s.file, folder.join("w.conflict-20261124-101010-000.ron")).expect("conflict copy");
    let copy = s.leave_emergency_copy();
    let original = std::fs::read(&s.file).expect("read");
    assert!(!s.plain_text_of(&NAMES[..2]).is_empty(), "the search finds plain text when it is there");

    let out = s.run_ok(&["--lang", "en", "encrypt"]);
    assert!(out.contains("Encrypted") && out.contains("w.ron.age"), "{out}");
    assert!(out.contains("2 backups and conflict copies"), "{out}");
    assert!(out.contains("One emergency copy"), "{out}");
    assert!(out.contains("kept for merging were encrypted"), "{out}");
    assert!(out.contains("Keep the passphrase somewhere safe"), "{out}");
    assert!(!s.file.exists() && s.sealed().exists() && !copy.exists());
    assert_eq!(s.plain_text_of(&NAMES[..2]), vec![], "no name in the clear after encrypt");
    assert_eq!(backups(".ron"), 0, "every plain file beside it was converted");

    // `--file w.ron` opens the encrypted twin.
    let people = s.run_ok(&["list", "people", "--json"]);
    assert!(people.contains(NAMES[0]), "{people}");
    let again = s.run(&["--lang", "en", "encrypt"]);
    assert!(stderr(&again).contains("is already encrypted"), "{}", stderr(&again));

    let out = s.run_ok(&["--lang", "ja", "decrypt"]);
    assert!(out.contains("復号して"), "{out}");
    assert_eq!(std::fs::read(&s.file).expect("read"), original, "the text comes back byte for byte");
    assert!(!s.sealed().exists());
    assert_eq!(backups(".ron") - 1, 2, "the backup and the conflict copy are plain again");
    let emergency = walk(&s.state.join("tsunagari/emergency"));
    assert_eq!(emergency.len(), 1, "the emergency copy is plain again");
    assert!(std::fs::read_to_string(&emergency[0]).expect("plain").contains(NAMES[0]));

    // Through a symbolic link, the file would be replaced under the link: refused.
    let link = s.dir.path().join("link.ron");
    std::os::unix::fs::symlink(&s.file, &link).expect("link");
    let mut c = cmd(&link);
    c.env("XDG_STATE_HOME", &s.state).env("XDG_DATA_HOME", &s.data).env("TSUNAGARI_PASSPHRASE_FILE", &s.pass);
    let o = c.args(["--lang", "en", "encrypt"]).output().expect("run");
    assert!(stderr(&o).contains("is a symbolic link"), "{}", stderr(&o));
    assert_eq!(std::fs::read(&s.file).expect("read"), original, "nothing changed");

    // A plain and an encrypted workbook side by side: neither is guessed at.
    std::fs::copy(&s.file, s.sealed()).expect("twin");
    let o = s.run(&["--lang", "en", "list", "people"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("will not guess which is your workbook"), "{}", stderr(&o));
    let exact = format!("--file {}", s.sealed().display());
    assert!(stderr(&o).contains(&exact), "the message names the command that opens it: {}", stderr(&o));
}

#[test]
fn a_wrong_passphrase_or_a_damaged_file_is_a_clear_error_and_the_file_is_untouched() {
    let s = setup();
    s.run_ok(&["encrypt"]);
    let before = std::fs::read(s.sealed()).expect("read");
    let listing = || std::fs::read_dir(s.file.parent().expect("folder")).expect("ls").count();
    let files_before = listing();
    for (lang, says) in [("en", "the passphrase is wrong"), ("ja", "パスフレーズが違います")] {
        for args in [&["list", "people"][..], &["add", "tag", "x"], &["decrypt"], &["check"], &["export"]] {
            let o = s.cmd(&s.wrong).args(["--lang", lang]).args(args).output().expect("run");
            assert!(!o.status.success(), "{args:?}");
            assert!(stderr(&o).contains(says), "{lang} {args:?}: {}", stderr(&o));
            assert_eq!(std::fs::read(s.sealed()).expect("read"), before, "{args:?} left the file as it was");
            assert!(!s.file.exists(), "{args:?} wrote no plain file");
        }
    }
    assert_eq!(listing(), files_before, "no file was added beside it");

    // Cut short, or one bit flipped: damaged, said so, and left alone.
    let damages: [fn(&mut Vec<u8>); 2] = [|b| b.truncate(b.len() - 20), |b| *b.last_mut().expect("byte") ^= 1];
    for damage in damages {
        let mut bytes = before.clone();
        damage(&mut bytes);
        std::fs::write(s.sealed(), &bytes).expect("damage");
        for args in [&["check"][..], &["add", "tag", "y"]] {
            let o = s.cmd(&s.pass).args(["--lang", "en"]).args(args).output().expect("run");
            assert!(!o.status.success());
            assert!(stderr(&o).contains("damaged or cut short"), "{}", stderr(&o));
            assert_eq!(std::fs::read(s.sealed()).expect("read"), bytes);
        }
    }
}

#[test]
fn every_command_works_on_an_encrypted_workbook_and_no_name_is_left_in_the_clear() {
    let s = setup();
    s.run_ok(&["encrypt"]);
    s.run_ok(&["add", "person", NAMES[2], "--met-in", NAMES[1]]);
    s.run_ok(&["add", "tag", "発酵食品"]);
    s.run_ok(&["add", "output", "発酵のメモ", "--tag", "発酵食品"]);
    assert!(s.run_ok(&["list", "people"]).contains(NAMES[2]));
    assert!(!s.run_ok(&["today"]).is_empty());
    assert!(!s.run_ok(&["today", "--json"]).is_empty());
    assert!(s.run_ok(&["check"]).contains("w.ron.age"));
    let vcard = std::path::absolute("tests/fixtures/import/ios.vcf").expect("fixture");
    let vcard = vcard.to_str().expect("utf-8");
    s.run_ok(&["import", "vcard", vcard, "--dry-run"]);
    s.run_ok(&["import", "vcard", vcard]);
    let imported = s.run_ok(&["list", "people", "--json"]);

    // Exports are plain on purpose, with a one-line warning in the person's language.
    let out = s.dir.path().join("out");
    std::fs::create_dir(&out).expect("mkdir");
    let summary = out.join("summary.md");
    let o = s.cmd(&s.pass).args(["--lang", "en", "export", "--format", "markdown", "-o"]).arg(&summary).output();
    let o = o.expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("the summary is written unencrypted"), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&summary).expect("summary").contains(NAMES[2]));
    let o = s.cmd(&s.pass).args(["--lang", "ja", "export"]).output().expect("run");
    assert!(stderr(&o).contains("暗号化せずに"), "{}", stderr(&o));
    // An export never goes over the encrypted workbook.
    let o = s.cmd(&s.pass).args(["export", "-o"]).arg(s.sealed()).output().expect("run");
    assert!(!o.status.success());

    let mut names: Vec<&str> = NAMES.to_vec();
    names.extend(["発酵食品", "発酵のメモ"]);
    let from_vcard: Vec<String> = serde_json::from_str::<serde_json::Value>(&imported)
        .expect("json")
        .as_array()
        .expect("people")
        .iter()
        .filter_map(|p| p["name"].as_str().map(str::to_owned))
        .filter(|n| !NAMES.contains(&n.as_str()))
        .collect();
    assert!(!from_vcard.is_empty(), "the vCard brought someone in");
    names.extend(from_vcard.iter().map(String::as_str));
    assert_eq!(s.plain_text_of(&names), vec![], "no name in the clear after every command");
}

/// The app on the encrypted workbook in a pseudo-terminal, without a passphrase file.
fn app(s: &Setup, lang: &str) -> Tty {
    common::tty::app_in(&s.file, lang, &s.state, &s.data)
}

#[test]
fn the_app_asks_for_the_passphrase_first_and_saves_encrypted() {
    let s = setup();
    s.run_ok(&["encrypt"]);
    let mut tty = app(&s, "ja");
    tty.wait_for("w.ron.age のパスフレーズ:");
    tty.send("incorrect\r");
    tty.wait_for("パスフレーズが違います。もう一度どうぞ。");
    assert!(!tty.text().contains("incorrect"), "what is typed is not echoed");
    tty.send("correct horse battery\r");
    tty.wait_for("概要:");
    tty.send("L");
    tty.wait_for("Overview:");
    add_output(&mut tty, "Kombucha tasting notes");
    tty.send("q");
    assert!(tty.wait_exit(), "the app ended well");
    assert!(s.run_ok(&["list", "outputs"]).contains("Kombucha tasting notes"));
    assert_eq!(s.plain_text_of(&[NAMES[0], NAMES[1], "Kombucha"]), vec![]);

    // Three wrong tries end it before the screen is taken, with the file as it was.
    let before = std::fs::read(s.sealed()).expect("read");
    let mut tty = app(&s, "en");
    for tries in 1..=3 {
        let start = std::time::Instant::now();
        while tty.text().matches("Passphrase for w.ron.age:").count() < tries {
            assert!(start.elapsed().as_secs() < 10, "no prompt {tries}:\n{}", tty.text());
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        tty.send("nope\r");
    }
    tty.wait_for_printed("the passphrase is wrong (the file was not changed)");
    assert!(!tty.text().contains("nope"), "what is typed is not echoed:\n{}", tty.text());
    assert!(!tty.wait_exit());
    assert_eq!(std::fs::read(s.sealed()).expect("read"), before);
}

#[test]
fn a_failing_save_of_an_encrypted_workbook_leaves_an_encrypted_emergency_copy_that_comes_back() {
    let s = setup();
    s.run_ok(&["encrypt"]);
    let book = s.file.parent().expect("folder").to_owned();
    let away = s.dir.path().join("book.away");
    let mut cmd = CommandBuilder::new(BIN);
    cmd.args(["--file", s.file.to_str().expect("utf-8 path"), "--lang", "en"]);
    cmd.env("XDG_STATE_HOME", &s.state);
    cmd.env("XDG_DATA_HOME", &s.data);
    cmd.env("TSUNAGARI_PASSPHRASE_FILE", &s.pass);
    let mut tty = Tty::spawn_command(cmd.clone(), 100, 30);
    tty.wait_for("Overview:");
    std::fs::rename(&book, &away).expect("move away");
    std::fs::write(&book, b"not a folder").expect("stand-in");
    add_output(&mut tty, "Rescued sourdough");
    tty.wait_for("[not saved]");
    // A signal on the way out (the same path as a closed window or a panic).
    let pid = tty.child.process_id().expect("pid");
    assert!(Command::new("kill").args(["-TERM", &pid.to_string()]).status().expect("kill").success());
    assert!(!tty.wait_exit());
    let copies = walk(&s.state.join("tsunagari/emergency"));
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert!(copies[0].to_string_lossy().ends_with(".ron.age"), "{copies:?}");
    std::fs::remove_file(&book).expect("remove stand-in");
    std::fs::rename(&away, &book).expect("move back");
    assert_eq!(s.plain_text_of(&[NAMES[0], "Rescued sourdough"]), vec![]);

    let mut tty = Tty::spawn_command(cmd, 100, 30);
    tty.wait_for("Bring back the changes");
    tty.send("y");
    tty.wait_for("Brought back the emergency copy");
    tty.send("q");
    assert!(tty.wait_exit());
    assert!(s.run_ok(&["list", "outputs"]).contains("Rescued sourdough"));
    assert_eq!(s.plain_text_of(&[NAMES[0], "Rescued sourdough"]), vec![]);
}

/// The binary on another file than the setup's workbook, with the same folders and passphrase.
fn run_on(s: &Setup, file: &Path, args: &[&str]) -> std::process::Output {
    let mut c = cmd(file);
    c.env("XDG_STATE_HOME", &s.state).env("XDG_DATA_HOME", &s.data).env("TSUNAGARI_PASSPHRASE_FILE", &s.pass);
    c.args(args).output().expect("run")
}

#[test]
fn merges_work_on_encrypted_workbooks_a_sync_conflict_file_and_the_git_driver() {
    let s = setup();
    s.run_ok(&["encrypt"]);
    let folder = s.file.parent().expect("folder").to_owned();

    // Syncthing sets the other machine's copy aside with its mark before the last extension.
    let theirs = folder.join("w.ron.sync-conflict-20261127-101010-ABCDEFG.age");
    std::fs::copy(s.sealed(), &theirs).expect("copy");
    let o = run_on(&s, &theirs, &["add", "person", "Other Machine Person"]);
    assert!(o.status.success(), "{}", stderr(&o));
    s.run_ok(&["add", "tag", "this-machine"]);
    let people = s.run_ok(&["list", "people"]);
    assert!(people.contains("Other Machine Person"), "the conflict file was merged in: {people}");
    assert!(!theirs.exists(), "and removed once the merged workbook was saved");
    assert_eq!(s.plain_text_of(&[NAMES[0], "Other Machine Person", "this-machine"]), vec![]);

    // git's merge driver on three encrypted copies (git's temporary names have no `.age`).
    let git = s.dir.path().join("git");
    std::fs::create_dir(&git).expect("mkdir");
    let (base, ours, theirs) = (git.join(".merge_file_O"), git.join(".merge_file_A"), git.join(".merge_file_B"));
    for f in [&base, &ours, &theirs] {
        std::fs::copy(s.sealed(), f).expect("copy");
    }
    assert!(run_on(&s, &ours, &["add", "person", "Ours Only"]).status.success());
    assert!(run_on(&s, &theirs, &["add", "person", "Theirs Only"]).status.success());
    let mut c = Command::new(BIN);
    c.env("TSUNAGARI_PASSPHRASE_FILE", &s.pass).env("TSUNAGARI_CONFIG", "/dev/null").env("LANG", "C.UTF-8");
    c.env("XDG_STATE_HOME", &s.state).env("XDG_DATA_HOME", &s.data);
    let o = c.arg("merge").args([&base, &ours, &theirs]).output().expect("merge");
    assert_eq!(o.status.code(), Some(0), "{}{}", stdout(&o), stderr(&o));
    let merged = std::fs::read(&ours).expect("read");
    assert!(merged.starts_with(b"age-encryption.org/v1\n"), "the result stays encrypted");
    let people = stdout(&run_on(&s, &ours, &["list", "people"]));
    assert!(people.contains("Ours Only") && people.contains("Theirs Only"), "{people}");
}

/// A weak new passphrase is said before it is confirmed (typed again, it is kept: the person
/// decides); from a file, a script's, it is said on standard error and used as given.
#[test]
fn a_weak_new_passphrase_is_said_before_it_is_confirmed() {
    let s = setup();
    let new_book = s.file.with_file_name("new.ron.age");
    let mut tty = app_in(&new_book, "en", &s.state, &s.data);
    tty.wait_for("New passphrase for new.ron.age:");
    tty.send("password1\r");
    tty.wait_for_printed("This passphrase is weak");
    assert!(!tty.text().contains("password1"), "not echoed, not repeated:\n{}", tty.text());
    tty.wait_for("The same passphrase again:");
    tty.send("password1\r");
    tty.wait_for("1/7"); // a new workbook starts with the walkthrough
    tty.send("\x1b");
    tty.wait_for("Overview:");
    tty.send("q");
    assert!(tty.wait_exit(), "the app ended well");
    // A strong one says nothing.
    let strong = s.file.with_file_name("strong.ron.age");
    let mut tty = app_in(&strong, "ja", &s.state, &s.data);
    tty.wait_for("strong.ron.age");
    tty.send("苔むした石段を三つ数えて右へ\r");
    tty.wait_for("もう一度");
    assert!(!tty.text().contains("弱い"), "{}", tty.text());
    tty.send("苔むした石段を三つ数えて右へ\r");
    tty.wait_for("1/7");
    tty.send("\x1b");
    tty.wait_for("概要:");
    tty.send("q");
    assert!(tty.wait_exit(), "the app ended well");

    let weak = s.dir.path().join("weak");
    std::fs::write(&weak, "tsunagari\n").expect("pass");
    std::fs::set_permissions(&weak, std::os::unix::fs::PermissionsExt::from_mode(0o644)).expect("chmod");
    let o = s.cmd(&weak).args(["--lang", "en", "encrypt"]).output().expect("run");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("is weak"), "{}", stderr(&o));
    assert!(stderr(&o).contains("can be read by other users of this machine (mode 644)"), "{}", stderr(&o));
    // The old name's lock went with the old name.
    assert!(!s.file.with_file_name("w.ron.lock").exists());
    // A passphrase file only its owner reads says nothing of the kind.
    let o = s.cmd(&s.pass).args(["list", "people"]).output().expect("run");
    assert!(!stderr(&o).contains("other users"), "{}", stderr(&o));
}
