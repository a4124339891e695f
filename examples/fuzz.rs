//! Fuzzes the workbook loader and the LinkedIn and vCard importers in process, for as many
//! inputs as asked: every input is a real file (the demo workbook, the test fixtures) damaged a
//! few times over; a panic, an input read for longer than the time limit, a changed input or a
//! broken promise is a failure, and the input is written to a file. The mutator and the checks
//! live in `tests/common/fuzz.rs`, shared with the bounded run in `tests/fuzz.rs`.
//!
//! ```sh
//! cargo run --release --example fuzz -- --inputs 2000000            # about 10 minutes on 2 cores
//! cargo run --release --example fuzz -- --inputs 100000 --seed 7 --threads 1
//! cargo run --release --example fuzz -- --seed 7 --replay 4242     # one input again, unguarded
//! ```
//!
//! Options: `--inputs N` (default 1,000,000), `--seed N` (default: the clock; printed), `--threads
//! N` (default: the cores), `--max-len BYTES` (default 262,144), `--time-limit SECONDS` per input
//! (default 2), `--failures DIR` (default `fuzz-failures`), `--replay INDEX` (write input INDEX
//! of the seed to the failures folder and read it without catching a panic). It exits 1 when
//! anything failed.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../tests/common/fuzz.rs"]
mod fuzz;

use std::path::PathBuf;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn main() {
    let mut config = fuzz::Config {
        seed: SystemTime::now().duration_since(UNIX_EPOCH).map_or(1, |d| d.as_secs()),
        inputs: 1_000_000,
        threads: std::thread::available_parallelism().map_or(1, |n| n.get()),
        max_len: 256 << 10,
        time_limit: Duration::from_secs(2),
        failures_dir: PathBuf::from("fuzz-failures"),
        progress: Some(Duration::from_secs(30)),
        check: fuzz::Checker::check,
    };
    let mut replay = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| usage(&format!("{flag} needs a value")));
        let number =
            |v: String| v.replace('_', "").parse::<u64>().unwrap_or_else(|_| usage(&format!("not a number: {v}")));
        match flag.as_str() {
            "--inputs" => config.inputs = number(value()),
            "--seed" => config.seed = number(value()),
            "--threads" => config.threads = number(value()) as usize,
            "--max-len" => config.max_len = number(value()) as usize,
            "--time-limit" => config.time_limit = Duration::from_secs(number(value())),
            "--failures" => config.failures_dir = PathBuf::from(value()),
            "--replay" => replay = Some(number(value())),
            other => usage(&format!("unknown option {other}")),
        }
    }
    if let Some(index) = replay {
        let seeds = fuzz::Seeds::load();
        let (target, bytes) = fuzz::input(&seeds, config.seed, index, config.max_len);
        std::fs::create_dir_all(&config.failures_dir).expect("failures folder");
        let file = config.failures_dir.join(format!("{}-seed{}-input{index}.bin", target.name(), config.seed));
        std::fs::write(&file, &bytes).expect("write the input");
        println!(
            "input {index} of seed {}: {} bytes for {}, written to {}",
            config.seed,
            bytes.len(),
            target.name(),
            file.display()
        );
        let outcome = fuzz::Checker::default().check(target, &bytes, tsunagari::model::Lang::En);
        println!("{outcome:?}");
        std::process::exit(i32::from(outcome.is_err()));
    }

    let machine = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    println!(
        "fuzz: seed {}, {} inputs, {} threads on {} ({} cores), max {} bytes, {:?} per input",
        config.seed,
        config.inputs,
        config.threads,
        machine,
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        config.max_len,
        config.time_limit
    );
    let report = fuzz::run(&config);
    let minutes = report.elapsed.as_secs_f64() / 60.0;
    println!("target    inputs      MB  clean  problems  refused");
    for (target, t) in fuzz::TARGETS.iter().zip(report.tally) {
        println!(
            "{:<8} {:>8} {:>7.1} {:>5.1}% {:>8.1}% {:>7.1}%",
            target.name(),
            t.inputs,
            t.bytes as f64 / 1e6,
            percent(t.clean, t.inputs),
            percent(t.problems, t.inputs),
            percent(t.refused, t.inputs)
        );
    }
    println!(
        "fuzz: {} inputs in {minutes:.1} minutes ({:.0}/s): panics {}, hangs {}, other failures {}",
        report.inputs,
        report.inputs as f64 / report.elapsed.as_secs_f64(),
        report.panics(),
        report.hangs(),
        report.failures.len() - report.panics() - report.hangs()
    );
    if !report.failures.is_empty() {
        println!("{}", report.listing());
        // A hung worker cannot be stopped: leave without waiting for it.
        std::process::exit(1);
    }
}

fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 { 0.0 } else { part as f64 * 100.0 / whole as f64 }
}

fn usage(problem: &str) -> ! {
    eprintln!(
        "fuzz: {problem}\nusage: fuzz [--inputs N] [--seed N] [--threads N] [--max-len BYTES] [--time-limit SECONDS] [--failures DIR] [--replay INDEX]"
    );
    std::process::exit(2);
}
