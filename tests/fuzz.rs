//! A bounded run of the fuzzer in `cargo test`: 20,000 damaged workbooks, LinkedIn exports and
//! vCards (the mutator of `examples/fuzz.rs`, shared through `common/fuzz.rs`), none of which
//! may panic, hang, change its input or break a promise (a clean workbook survives a save and a
//! load, an import plan applies, every line named lies in the file). The long runs are
//! `cargo run --release --example fuzz`; their figures are in BENCHMARKS.md.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

#[path = "common/fuzz.rs"]
mod fuzz;

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tsunagari::model::Lang;

#[test]
fn twenty_thousand_damaged_files_neither_panic_nor_hang_nor_change_their_input() {
    let config = fuzz::Config {
        seed: 20_261_128,
        inputs: 20_000,
        threads: 2,
        // As in the example: 7 s for the 20,000 in a debug build on 2 idle cores, 15 s on one.
        max_len: 256 << 10,
        // Generous for a debug build on a busy machine; a real hang never ends.
        time_limit: Duration::from_secs(10),
        failures_dir: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("fuzz-failures"),
        progress: None,
        check: fuzz::Checker::check,
    };
    let report = fuzz::run(&config);
    assert!(report.failures.is_empty(), "{} failures:\n{}", report.failures.len(), report.listing());
    assert!(!report.hung);
    assert_eq!(report.inputs, 20_000);
    // The mutations reach past the first check: every target sees inputs it reads cleanly, inputs
    // with problems it reports, and inputs it refuses.
    for (target, t) in fuzz::TARGETS.iter().zip(report.tally) {
        assert!(t.clean > 0 && t.problems > 0 && t.refused > 0, "{target:?}: {t:?}");
    }
}

#[test]
fn an_input_is_made_again_from_its_seed_and_number() {
    let seeds = fuzz::Seeds::load();
    for index in [0, 1, 2, 9_999] {
        assert_eq!(fuzz::input(&seeds, 7, index, 1 << 16), fuzz::input(&seeds, 7, index, 1 << 16));
    }
    assert_ne!(fuzz::input(&seeds, 7, 3, 1 << 16).1, fuzz::input(&seeds, 8, 3, 1 << 16).1);
    assert!((0..300).all(|i| fuzz::input(&seeds, 7, i, 1000).1.len() <= 1000));
}

#[test]
fn a_panic_is_caught_and_said_and_the_checks_can_fail() {
    assert_eq!(fuzz::guarded(|| 1 + 1), Ok(2));
    let caught = fuzz::guarded(|| -> u8 { panic!("boom: {}", 42) }).expect_err("a panic");
    assert!(caught.starts_with("boom: 42 at tests/fuzz.rs:"), "{caught}");
    let checker = fuzz::Checker::default();
    // A clean workbook, a file with bad rows, and a refusal are told apart.
    let demo = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo.ron")).expect("demo");
    let check = |target, bytes: &[u8]| fuzz::check_one(fuzz::Checker::check, &checker, target, bytes, Lang::En);
    assert_eq!(check(fuzz::Target::Workbook, &demo), Ok(fuzz::Outcome::Clean));
    assert_eq!(check(fuzz::Target::LinkedIn, b"First Name,Last Name\nA,B,C\n"), Ok(fuzz::Outcome::Problems));
    assert_eq!(check(fuzz::Target::VCard, b"no card"), Ok(fuzz::Outcome::Refused));
}

/// A run of 60 inputs on one thread through a stand-in reader, with failures kept in `dir`.
fn small_run(dir: &str, check: fuzz::Check) -> (fuzz::Config, fuzz::Report) {
    let config = fuzz::Config {
        seed: 5,
        inputs: 60,
        threads: 1,
        max_len: 4096,
        time_limit: Duration::from_millis(300),
        failures_dir: PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(dir),
        progress: None,
        check,
    };
    let report = fuzz::run(&config);
    (config, report)
}

#[test]
fn a_panicking_reader_is_reported_with_its_input_kept_and_the_run_goes_on() {
    static CALLS: AtomicU64 = AtomicU64::new(0);
    fn panics_on_the_eighth(_: &fuzz::Checker, _: fuzz::Target, _: &[u8], _: Lang) -> Result<fuzz::Outcome, String> {
        assert_ne!(CALLS.fetch_add(1, Ordering::Relaxed), 7, "the eighth input");
        Ok(fuzz::Outcome::Clean)
    }
    let (config, report) = small_run("fuzz-panic", panics_on_the_eighth);
    assert_eq!(report.inputs, 60);
    assert_eq!((report.panics(), report.hangs(), report.hung), (1, 0, false));
    let failure = &report.failures[0];
    assert_eq!(failure.index, 7);
    assert!(failure.what.starts_with("panic: assertion `left != right` failed: the eighth input"), "{}", failure.what);
    assert!(failure.what.contains("tests/fuzz.rs:"), "the place of the panic: {}", failure.what);
    let seeds = fuzz::Seeds::load();
    let (target, bytes) = fuzz::input(&seeds, config.seed, 7, config.max_len);
    assert_eq!(failure.target, target);
    assert_eq!(std::fs::read(&failure.file).expect("kept input"), bytes);
}

#[test]
fn an_input_that_never_finishes_is_reported_as_a_hang_and_kept() {
    static CALLS: AtomicU64 = AtomicU64::new(0);
    fn stalls_on_the_fifth(_: &fuzz::Checker, _: fuzz::Target, _: &[u8], _: Lang) -> Result<fuzz::Outcome, String> {
        if CALLS.fetch_add(1, Ordering::Relaxed) == 4 {
            // Asleep rather than spinning, so the stuck thread costs the other tests nothing.
            loop {
                std::thread::sleep(Duration::from_secs(3600));
            }
        }
        Ok(fuzz::Outcome::Clean)
    }
    let (config, report) = small_run("fuzz-hang", stalls_on_the_fifth);
    assert!(report.hung);
    assert_eq!(report.hangs(), 1);
    assert_eq!(report.failures.len(), 1, "{}", report.listing());
    let failure = &report.failures[0];
    assert_eq!(failure.index, 4);
    assert!(failure.what.starts_with("hang: still reading after 300ms"), "{}", failure.what);
    let seeds = fuzz::Seeds::load();
    assert_eq!(
        std::fs::read(&failure.file).expect("kept input"),
        fuzz::input(&seeds, config.seed, 4, config.max_len).1
    );
    assert!(report.inputs < 60, "the run ends at a hang");
}
