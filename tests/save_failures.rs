//! A save that fails, through the real app in a pseudo-terminal: it is seen at once, tried
//! again, and on the way out (q, SIGTERM, SIGHUP) what was not saved goes to an emergency copy
//! that the next start offers to bring back; with nowhere to write, q asks first.
//!
//! Saves are made to fail the way they do for people: the workbook's folder disappears under the
//! app (a removed drive: a file now stands where the folder was), or, where the tests run as root
//! and may mount, a small tmpfs fills up.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::tty::{Tty, add_output};
use common::*;

/// The app on `file` in English, with its emergency copies going under `state` (and `data`).
fn app(file: &Path, state: &Path, data: &Path) -> Tty {
    common::tty::app_in(file, "en", state, data)
}

/// A workbook in its own folder, with one tag, and the folders for emergency copies.
struct Setup {
    dir: tempfile::TempDir,
    file: PathBuf,
    state: PathBuf,
    data: PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().expect("tempdir");
    let book = dir.path().join("book");
    std::fs::create_dir(&book).expect("mkdir");
    let file = book.join("w.ron");
    assert!(run(&file, &["add", "tag", "keep"]).status.success());
    let (state, data) = (dir.path().join("state"), dir.path().join("data"));
    Setup { dir, file, state, data }
}

impl Setup {
    /// The workbook's folder goes away (a file stands in its place), or comes back.
    fn lose_folder(&self) {
        let book = self.file.parent().expect("folder");
        std::fs::rename(book, self.dir.path().join("book.away")).expect("move away");
        std::fs::write(book, b"not a folder").expect("stand-in");
    }
    fn restore_folder(&self) {
        let book = self.file.parent().expect("folder");
        std::fs::remove_file(book).expect("remove stand-in");
        std::fs::rename(self.dir.path().join("book.away"), book).expect("move back");
    }
    /// The emergency copies written so far.
    fn copies(&self) -> Vec<PathBuf> {
        let mut out = Vec::new();
        for root in [&self.state, &self.data] {
            if let Ok(entries) = std::fs::read_dir(root.join("tsunagari/emergency")) {
                out.extend(entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ron")));
            }
        }
        out
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).expect("meta").permissions().mode() & 0o777
}

#[test]
fn a_failing_save_is_shown_and_rescued_on_quit_and_the_next_start_brings_it_back() {
    let s = setup();
    let mut tty = app(&s.file, &s.state, &s.data);
    tty.wait_for("Overview:");
    s.lose_folder();
    add_output(&mut tty, "rescued output");
    tty.wait_for("[not saved]");
    tty.wait_for("Not saved: part of the path is not a folder");
    tty.send("q");
    assert!(!tty.wait_exit(), "changes that could not be saved end with an error status");
    let copies = s.copies();
    assert_eq!(copies.len(), 1, "one emergency copy: {copies:?}");
    let copy = &copies[0];
    assert!(copy.starts_with(s.state.join("tsunagari/emergency")), "{copy:?}");
    assert_eq!(mode(copy), 0o600);
    assert_eq!(mode(copy.parent().expect("folder")), 0o700);
    assert!(std::fs::read_to_string(copy).expect("read").contains("rescued output"));
    tty.wait_for_printed("your changes are safe in the emergency copy");
    tty.wait_for_printed("the next start offers to bring them back");

    // The folder comes back; `check` tells of the copy, the next start offers it, and y
    // brings it back.
    s.restore_folder();
    let checked = cmd(&s.file).arg("check").env("XDG_STATE_HOME", &s.state).output().expect("check");
    assert!(checked.status.success());
    assert!(stdout(&checked).contains(&format!("an emergency copy of this workbook waits at {}", copy.display())));
    assert!(!std::fs::read_to_string(&s.file).expect("read").contains("rescued output"));
    let mut tty = app(&s.file, &s.state, &s.data);
    tty.wait_for("Emergency copy");
    tty.wait_for("Bring back the changes");
    tty.send("y");
    tty.wait_for("Brought back the emergency copy");
    tty.send("q");
    assert!(tty.wait_exit());
    let outputs = json(&s.file, "outputs");
    assert_eq!(outputs[0]["text"], "rescued output", "{outputs}");
    assert!(s.copies().is_empty(), "a copy brought back is not offered again");
    let backups = std::fs::read_dir(s.file.parent().expect("folder"))
        .expect("ls")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains(".backup-"))
        .count();
    assert!(backups >= 1, "the file as it was is kept before the copy replaces it");

    // Declined, a copy stays and is offered again.
    let mut tty = app(&s.file, &s.state, &s.data);
    tty.wait_for("Overview:");
    s.lose_folder();
    add_output(&mut tty, "second rescue");
    tty.wait_for("[not saved]");
    tty.send("q");
    assert!(!tty.wait_exit());
    s.restore_folder();
    for _ in 0..2 {
        let mut tty = app(&s.file, &s.state, &s.data);
        tty.wait_for("Emergency copy");
        tty.send("n");
        // The status line keeps to one row; the message log (m) has the message whole.
        tty.wait_for("The emergency copy stays");
        tty.send("m");
        tty.wait_for("is offered again");
        tty.send("\x1b");
        tty.send("q");
        assert!(tty.wait_exit());
        assert_eq!(s.copies().len(), 1);
    }
}

#[test]
fn with_nowhere_to_write_quitting_asks_first() {
    let s = setup();
    // Files where the state and data folders should be: no emergency copy can be written.
    std::fs::write(&s.state, b"").expect("write");
    std::fs::write(&s.data, b"").expect("write");
    let mut tty = app(&s.file, &s.state, &s.data);
    tty.wait_for("Overview:");
    s.lose_folder();
    add_output(&mut tty, "nowhere");
    tty.wait_for("[not saved]");
    tty.send("q");
    tty.wait_for("Quit without saving?");
    tty.wait_for("If you quit now, they are lost");
    tty.send("n");
    std::thread::sleep(Duration::from_millis(300));
    assert!(tty.child.try_wait().expect("wait").is_none(), "n stays in the app");
    tty.send("q");
    tty.wait_for("Quit without saving?");
    tty.send("y");
    assert!(!tty.wait_exit());
    tty.wait_for_printed("the changes since the last save are lost");
}

#[test]
fn a_signal_while_saves_fail_writes_the_emergency_copy() {
    for signal in ["TERM", "HUP"] {
        let s = setup();
        let mut tty = app(&s.file, &s.state, &s.data);
        tty.wait_for("Overview:");
        s.lose_folder();
        add_output(&mut tty, &format!("before SIG{signal}"));
        tty.wait_for("[not saved]");
        let pid = tty.child.process_id().expect("pid");
        let sent = std::process::Command::new("kill").arg(format!("-{signal}")).arg(pid.to_string()).status();
        assert!(sent.expect("kill").success());
        assert!(!tty.wait_exit(), "SIG{signal}");
        let copies = s.copies();
        assert_eq!(copies.len(), 1, "SIG{signal}: {copies:?}");
        assert!(std::fs::read_to_string(&copies[0]).expect("read").contains(&format!("before SIG{signal}")));
    }
}

/// A tmpfs mounted for one test, unmounted when dropped.
struct Tmpfs(PathBuf);

impl Tmpfs {
    /// `None` where the tests may not mount (not root, or no permission in this container).
    fn mount(at: &Path, size: &str) -> Option<Tmpfs> {
        std::fs::create_dir_all(at).ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(at)
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        ok.then(|| Tmpfs(at.to_owned()))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

/// Fills the disk under `dir` to the last byte; returns the filler.
fn fill(dir: &Path) -> PathBuf {
    use std::io::Write;
    let path = dir.join("filler");
    let mut f = std::fs::File::create(&path).expect("create filler");
    let block = vec![0u8; 4096];
    while f.write_all(&block).is_ok() {}
    let _ = f.flush();
    path
}

#[test]
fn a_full_disk_is_said_at_once_retried_until_it_works_and_rescued_if_it_never_does() {
    let dir = tempfile::tempdir().expect("tempdir");
    let Some(disk) = Tmpfs::mount(&dir.path().join("disk"), "256k") else {
        eprintln!("skipped: cannot mount a tmpfs here (the folder-removal tests cover the same path)");
        return;
    };
    let file = disk.0.join("w.ron");
    assert!(run(&file, &["add", "tag", "keep"]).status.success());
    let (state, data) = (dir.path().join("state"), dir.path().join("data"));
    let mut tty = app(&file, &state, &data);
    tty.wait_for("Overview:");
    let filler = fill(&disk.0);
    add_output(&mut tty, "on a full disk");
    tty.wait_for("[not saved]");
    tty.wait_for("Not saved: the disk is full");
    std::fs::remove_file(&filler).expect("free space");
    let start = Instant::now();
    while !tty.text().contains("Saved again") {
        assert!(start.elapsed() < Duration::from_secs(10), "no retry after space came back:\n{}", tty.text());
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(std::fs::read_to_string(&file).expect("read").contains("on a full disk"));

    let _filler = fill(&disk.0);
    add_output(&mut tty, "lost without a copy");
    tty.wait_for("the disk is full");
    tty.send("q");
    assert!(!tty.wait_exit());
    let copy = std::fs::read_dir(state.join("tsunagari/emergency")).expect("ls").flatten().next().expect("a copy");
    assert!(std::fs::read_to_string(copy.path()).expect("read").contains("lost without a copy"));
}
