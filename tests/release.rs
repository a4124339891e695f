//! The release script (`scripts/release.sh`): its archive holds what the README promises, named
//! `tsunagari-<version>-<target>.tar.gz`. No release build here: the script packages the debug
//! binary the tests already have (`--binary`), which runs every step but `cargo build`.

use std::path::Path;
use std::process::Command;

fn script() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/release.sh")
}

fn lines(out: &std::process::Output) -> Vec<String> {
    assert!(out.status.success(), "release.sh failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(str::to_owned).collect()
}

#[test]
fn the_script_parses() {
    let out = Command::new("bash").arg("-n").arg(script()).output().expect("bash runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn a_dry_run_names_the_archive_and_everything_it_holds() {
    let out = Command::new("bash")
        .arg(script())
        .args(["--dry-run", "--target", "x86_64-unknown-linux-gnu", "--out", "somewhere"])
        .output()
        .expect("bash runs");
    let listed = lines(&out);
    let folder = format!("tsunagari-{}-x86_64-unknown-linux-gnu", env!("CARGO_PKG_VERSION"));
    assert_eq!(listed[0], format!("somewhere/{folder}.tar.gz"));
    for m in ["tsunagari", "README.md", "LICENSE-MIT", "LICENSE-APACHE", "man/man1/tsunagari.1"] {
        assert!(listed.contains(&format!("{folder}/{m}")), "{m} missing from {listed:?}");
    }
    for shell in ["completions/tsunagari.bash", "completions/_tsunagari", "completions/tsunagari.fish"] {
        assert!(listed.contains(&format!("{folder}/{shell}")), "{shell} missing from {listed:?}");
    }
    // The files copied from the repository are there to copy.
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in ["README.md", "LICENSE-MIT", "LICENSE-APACHE"] {
        assert!(root.join(f).is_file(), "{f}");
    }
}

#[test]
fn an_unknown_argument_is_refused() {
    let out = Command::new("bash").arg(script()).arg("--relase").output().expect("bash runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--relase"));
}

#[test]
fn the_archive_holds_what_the_dry_run_lists_with_the_man_page_and_completions_written() {
    if Command::new("tar").arg("--version").output().is_err() {
        eprintln!("no tar here: skipped");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let common = ["--target", "test-target", "--out"];
    let dry =
        Command::new("bash").arg(script()).args(common).arg(dir.path()).arg("--dry-run").output().expect("bash runs");
    let listed = lines(&dry);
    let made = Command::new("bash")
        .arg(script())
        .args(common)
        .arg(dir.path())
        .args(["--binary", env!("CARGO_BIN_EXE_tsunagari")])
        .output()
        .expect("bash runs");
    let archive = lines(&made);
    assert_eq!(archive.last(), listed.first(), "it says where the archive went");
    let contents = Command::new("tar").arg("-tzf").arg(&listed[0]).output().expect("tar runs");
    assert_eq!(lines(&contents), listed[1..].to_vec());
    // The man page is roff and the completions name the program.
    let unpack = Command::new("tar").arg("-xzf").arg(&listed[0]).arg("-C").arg(dir.path()).output().expect("tar");
    assert!(unpack.status.success());
    let folder = dir.path().join(format!("tsunagari-{}-test-target", env!("CARGO_PKG_VERSION")));
    let man = std::fs::read_to_string(folder.join("man/man1/tsunagari.1")).expect("a man page");
    assert!(man.starts_with(".ie") || man.contains(".TH"), "{}", &man[..man.len().min(200)]);
    let ja = std::fs::read_to_string(folder.join("man/ja/man1/tsunagari.1")).expect("a Japanese man page");
    assert_ne!(man, ja, "one page per language");
    for f in ["completions/tsunagari.bash", "completions/_tsunagari", "completions/tsunagari.fish"] {
        let text = std::fs::read_to_string(folder.join(f)).expect(f);
        assert!(text.contains("tsunagari"), "{f}");
    }
    assert_eq!(
        std::fs::read(folder.join("tsunagari")).expect("the binary"),
        std::fs::read(env!("CARGO_BIN_EXE_tsunagari")).expect("built")
    );
}
