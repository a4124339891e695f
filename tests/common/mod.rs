//! Helpers for tests that run the real binary.
#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

pub mod keys;
pub mod tty;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_tsunagari");

/// A command for the binary with a clean, fixed environment.
pub fn cmd(file: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--file").arg(file);
    c.env_remove("TSUNAGARI_FILE").env("LANG", "C.UTF-8").env("TSUNAGARI_TODAY", "2026-11-24").env("NO_COLOR", "1");
    c.env("TSUNAGARI_CONFIG", "/dev/null");
    c.env("XDG_STATE_HOME", "/nonexistent/tsunagari-tests").env("XDG_DATA_HOME", "/nonexistent/tsunagari-tests");
    c
}

pub fn run(file: &Path, args: &[&str]) -> Output {
    cmd(file).args(args).output().expect("run tsunagari")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn json(file: &Path, kind: &str) -> serde_json::Value {
    let o = run(file, &["list", kind, "--json"]);
    assert!(o.status.success(), "list {kind} failed: {}", stderr(&o));
    serde_json::from_slice(&o.stdout).expect("valid JSON")
}

pub fn temp_workbook() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("w.ron");
    (dir, path)
}
