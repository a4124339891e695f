//! In-process fuzzing of everything that reads bytes a person hands us: the workbook loader (what
//! `store::load` does after reading the file: `format::parse`, `Workbook::problems`, the
//! `locate` scanner that places them, the messages; then a save and a load of what it read) and
//! the LinkedIn and vCard importers (parse, word the problems, plan and apply the import against
//! a small workbook).
//!
//! Shared by `examples/fuzz.rs` (millions of inputs, `--release`) and `tests/fuzz.rs` (a bounded
//! run in `cargo test`); both include this file with `#[path]`, so there is one mutator.
//!
//! How an input is made: input `i` of run `seed` is a real file (the demo workbook, the test
//! fixtures) put through 1 to 16 mutations drawn from a small PRNG seeded with `seed` and `i`
//! alone, so any input can be made again from its two numbers (`--replay`). The mutations are
//! the damage files meet: bit flips and random bytes, truncation, deleted, duplicated and
//! swapped lines, huge numbers, deep nesting, invalid UTF-8, NULs, long runs of separators,
//! unbalanced quotes, tokens of the format, pieces of other files, line-end and BOM changes.
//!
//! What counts as a failure: a panic (caught, with its message and place), an input that takes
//! longer than the time limit (a watchdog thread sees it; the stuck worker cannot be stopped, so
//! the run ends there), the input changed by the code that read it, or a broken promise (a
//! workbook that loads cleanly but does not survive a save and a load, an import plan that does
//! not apply, a second import of the same file that would change anything, a line number
//! outside the file). Every failing input is written to a file.

#![allow(dead_code)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // a harness stops at the first surprise

use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Once};
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use tsunagari::i18n::{self, Lang};
use tsunagari::import::{self, Parsed, RowProblem, Source};
use tsunagari::model::{Workbook, sample};
use tsunagari::store::{LoadError, Located, format, locate};

/// What is fuzzed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Workbook,
    LinkedIn,
    VCard,
}

pub const TARGETS: [Target; 3] = [Target::Workbook, Target::LinkedIn, Target::VCard];

impl Target {
    pub fn name(self) -> &'static str {
        match self {
            Target::Workbook => "workbook",
            Target::LinkedIn => "linkedin",
            Target::VCard => "vcard",
        }
    }

    /// Inputs take the targets in turn.
    pub fn of_input(index: u64) -> Target {
        TARGETS[(index % TARGETS.len() as u64) as usize]
    }

    /// Pieces of the format worth inserting anywhere (invisible characters among them: zero-width
    /// space, line and paragraph separators, bidi marks, word joiner).
    #[rustfmt::skip]
    fn tokens(self) -> &'static [&'static [u8]] {
        match self {
            Target::Workbook => &[
                b"version: ", b"next_id: ", b"id: ", b"(", b")", b"[", b"]", b"{", b"}", b",", b":",
                b"\"", b"r#\"", b"\"#", b"r##\"", b"Some(", b"None", b"/*", b"*/", b"//", b"'", b"\\",
                b"\\u{", b"true", b"people: [", b"values: [", b"met_in: Some(", b"tags: [", b"evidence: [",
                b"Person(", b"kind: ", b"#![enable(implicit_some)]", b"1.5e300", b"0x", b"2026-02-30",
                b"\xe2\x80\x8b", b"\xe2\x80\xa8", b"\xe2\x80\xae",
            ],
            Target::LinkedIn => &[
                b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n", b"\"", b"\"\"",
                b",", b"\r\n", b"\n", b"\r", b",\"", b"\",", b"31 Feb 2024", b"12 Nov 2024", b"2024/11/12",
                b"Notes:", b"https://www.linkedin.com/in/", b"@example.com", b"\xef\xbb\xbf",
                b"\xe2\x80\x8b", b"\xe2\x80\x8f", b"\xe2\x80\xa9",
            ],
            Target::VCard => &[
                b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"VERSION:2.1\r\n", b"VERSION:3.0\r\n",
                b"VERSION:4.0\r\n", b"FN:", b"N:", b"ORG:", b"EMAIL;TYPE=pref:", b"URL:", b"NOTE:",
                b"SOUND;X-IRMC-N:", b"N;PHONETIC=x:", b";CHARSET=SHIFT_JIS", b";CHARSET=UTF-8",
                b";CHARSET=KLINGON", b";ENCODING=QUOTED-PRINTABLE", b";QUOTED-PRINTABLE", b"=\r\n", b"=E3=81",
                b"=ZZ", b"=", b"\r\n ", b"\r\n\t", b"\\;", b"\\,", b"\\n", b"\\", b";SORT-AS=\"", b"\"",
                b"item1.", b":", b";", b",", b"\x95\x5c", b"\xe2\x80\x8b", b"\xe2\x81\xa0",
            ],
        }
    }
}

/// The real files every input starts from.
pub struct Seeds {
    workbook: Vec<Vec<u8>>,
    linkedin: Vec<Vec<u8>>,
    vcard: Vec<Vec<u8>>,
}

impl Seeds {
    /// The demo workbook, the workbook fixtures, a small generated workbook with every kind of
    /// record, and every import fixture.
    pub fn load() -> Seeds {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let files = |dir: &str, ext: &str| -> Vec<Vec<u8>> {
            let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
                .expect("seed folder")
                .map(|e| e.expect("entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == ext))
                .collect();
            paths.sort();
            paths.iter().map(|p| std::fs::read(p).expect("seed file")).collect()
        };
        let mut workbook = files("tests/fixtures", "ron");
        workbook.push(std::fs::read(root.join("assets/demo.ron")).expect("demo workbook"));
        let generated = sample::workbook(12, 5, today());
        workbook.push(format::to_text(&generated).expect("sample text").into_bytes());
        let seeds = Seeds {
            workbook,
            linkedin: files("tests/fixtures/import", "csv"),
            vcard: files("tests/fixtures/import", "vcf"),
        };
        assert!(TARGETS.iter().all(|&t| !seeds.of(t).is_empty()), "a target without seeds");
        seeds
    }

    pub fn of(&self, target: Target) -> &[Vec<u8>] {
        match target {
            Target::Workbook => &self.workbook,
            Target::LinkedIn => &self.linkedin,
            Target::VCard => &self.vcard,
        }
    }
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 24).expect("date")
}

/// SplitMix64: small, fast, and the same everywhere, so a seed names the same inputs on any
/// machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }

    pub fn one_in(&mut self, n: u64) -> bool {
        self.next().is_multiple_of(n.max(1))
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Input `index` of run `seed`: its target and its bytes, at most `max_len` of them.
pub fn input(seeds: &Seeds, seed: u64, index: u64, max_len: usize) -> (Target, Vec<u8>) {
    let target = Target::of_input(index);
    let mut rng = Rng::new(seed ^ index.wrapping_mul(0xD1B5_4A32_D192_ED03));
    let mut bytes = rng.pick(seeds.of(target)).clone();
    let rounds = 1 + if rng.one_in(4) { rng.below(16) } else { rng.below(3) };
    for _ in 0..rounds {
        mutate(&mut rng, &mut bytes, target, seeds, max_len);
        bytes.truncate(max_len);
    }
    (target, bytes)
}

/// The byte range of the line around a random position (its line end included).
fn random_line(rng: &mut Rng, bytes: &[u8]) -> std::ops::Range<usize> {
    let at = rng.below(bytes.len());
    let start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let end = bytes[at..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| at + i + 1);
    start..end
}

#[rustfmt::skip]
const HUGE_NUMBERS: &[&[u8]] = &[
    b"18446744073709551615", b"18446744073709551616", b"9223372036854775807",
    b"-9223372036854775808", b"4294967295", b"340282366920938463463374607431768211456",
    b"99999999999999999999999999999999999999999999999999", b"-1", b"0", b"1e309", b"-0.0", b"NaN",
];

#[rustfmt::skip]
const BAD_UTF8: &[&[u8]] = &[
    b"\xff", b"\x80", b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe3\x81",
    b"\xf0\x9f\x98", b"\xfe\xff",
];

#[rustfmt::skip]
const LONG_RUNS: &[&[u8]] = &[
    b";", b",", b"\"", b"=", b"\\", b"a", b"=\r\n", b"\r\n ", b"=E3=81", b"\\;", b" ", b"\n", b"(",
    b"\xe3\x81\x82",
];

/// What may stand before a file's first byte: a UTF-8 BOM (once or twice), UTF-16 BOMs.
#[rustfmt::skip]
const PREFIXES: &[&[u8]] = &[
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf",
];

/// One mutation of `bytes`, in place.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, target: Target, seeds: &Seeds, max_len: usize) {
    let len = bytes.len();
    let room = max_len.saturating_sub(len);
    let at = rng.below(len + 1);
    match rng.below(16) {
        // A bit flip, or a byte replaced by any byte.
        0 | 1 if len > 0 => {
            let i = rng.below(len);
            if rng.one_in(2) {
                bytes[i] ^= 1 << rng.below(8);
            } else {
                bytes[i] = rng.next() as u8;
            }
        }
        2 => bytes.truncate(at),
        3 if len > 0 => {
            let line = random_line(rng, bytes);
            bytes.drain(line);
        }
        4 if len > 0 => {
            let line = random_line(rng, bytes);
            let copy = bytes[line.clone()].to_vec();
            let times = 1 + if rng.one_in(8) { rng.below(200) } else { 0 };
            let copies: Vec<u8> = copy.iter().copied().cycle().take((copy.len() * times).min(room)).collect();
            bytes.splice(line.end..line.end, copies);
        }
        5 if len > 0 => {
            let a = random_line(rng, bytes);
            let moved: Vec<u8> = bytes.drain(a).collect();
            let to = rng.below(bytes.len() + 1);
            bytes.splice(to..to, moved);
        }
        // A huge number in place of a number, or anywhere.
        6 => {
            let number = *rng.pick(HUGE_NUMBERS);
            match bytes[at..].iter().position(u8::is_ascii_digit) {
                Some(i) => {
                    let start = at + i;
                    let end = start + bytes[start..].iter().take_while(|b| b.is_ascii_digit()).count();
                    bytes.splice(start..end, number.iter().copied());
                }
                None => {
                    bytes.splice(at..at, number.iter().copied());
                }
            }
        }
        // Deep nesting, closed or not.
        7 => {
            let deepest = if rng.one_in(4) { 20_000 } else { 200 };
            let depth = 1 + rng.below(deepest).min(room / 2);
            let (open, close) = *rng.pick(&[(b'[', b']'), (b'(', b')'), (b'{', b'}')]);
            let mut nest = vec![open; depth];
            if rng.one_in(2) {
                nest.extend(std::iter::repeat_n(close, depth));
            }
            bytes.splice(at..at, nest);
        }
        8 => {
            let bad = *rng.pick(BAD_UTF8);
            bytes.splice(at..at, bad.iter().copied());
        }
        9 => {
            let nuls = 1 + rng.below(4);
            bytes.splice(at..at, std::iter::repeat_n(0, nuls));
        }
        // A long run of one separator, escape or character.
        10 => {
            let unit = *rng.pick(LONG_RUNS);
            let want = if rng.one_in(4) { 1 << 16 } else { 1 + rng.below(2_000) };
            let run: Vec<u8> = unit.iter().copied().cycle().take((unit.len() * want).min(room)).collect();
            bytes.splice(at..at, run);
        }
        // An unbalanced quote: one more, or one fewer.
        11 => match bytes.iter().skip(at).position(|&b| b == b'"') {
            Some(i) if rng.one_in(2) => {
                bytes.remove(at + i);
            }
            _ => bytes.insert(at, b'"'),
        },
        12 => {
            let token = *rng.pick(target.tokens());
            bytes.splice(at..at, token.iter().copied());
        }
        // A piece of another file, of this target or another.
        13 => {
            let from_target = *rng.pick(&TARGETS);
            let other = rng.pick(seeds.of(from_target));
            let from = rng.below(other.len());
            let to = (from + rng.below(other.len() - from + 1)).min(from + room);
            bytes.splice(at..at, other[from..to].iter().copied());
        }
        14 => {
            let text = std::mem::take(bytes);
            *bytes = match rng.below(3) {
                0 => text.iter().flat_map(|&b| if b == b'\n' { vec![b'\r', b'\n'] } else { vec![b] }).collect(),
                1 => text.into_iter().filter(|&b| b != b'\r').collect(),
                _ => text.into_iter().map(|b| if b == b'\n' { b'\r' } else { b }).collect(),
            };
        }
        _ => {
            let prefix = *rng.pick(PREFIXES);
            bytes.splice(0..0, prefix.iter().copied());
        }
    }
}

/// How far an input got.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Read without a problem (a workbook that loads, a file whose every row imports).
    Clean,
    /// Read, with problems found and reported (a dangling link, bad rows).
    Problems,
    /// Refused as a whole, with a message.
    Refused,
}

/// What every reader of a target must survive, apart from not panicking.
pub struct Checker {
    /// The workbook imports are planned against: people to match, ids to continue from.
    people: Workbook,
}

impl Default for Checker {
    fn default() -> Self {
        Checker { people: sample::workbook(20, 9, today()) }
    }
}

impl Checker {
    /// Reads `bytes` as `target` would be read, and checks what came out.
    pub fn check(&self, target: Target, bytes: &[u8], lang: Lang) -> Result<Outcome, String> {
        match target {
            Target::Workbook => self.workbook(bytes, lang),
            Target::LinkedIn => self.import(Source::LinkedIn, bytes, lang),
            Target::VCard => self.import(Source::VCard, bytes, lang),
        }
    }

    /// What `store::load` does with the bytes it read: parse, check, locate the problems (the
    /// scanner is given every input, since it reads any text and must never fail), word them;
    /// then what a save writes must load back the same.
    fn workbook(&self, bytes: &[u8], lang: Lang) -> Result<Outcome, String> {
        let text = String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
        let places = locate::places(&text);
        let path = Path::new("w.ron");
        let parsed = match format::parse(bytes) {
            Ok(p) => p,
            Err(error) => {
                i18n::say(lang, &LoadError::Parse { path: path.into(), error, backup: None }.message());
                return Ok(Outcome::Refused);
            }
        };
        let problems = parsed.workbook.problems();
        let at = places.of_problems(&problems);
        if at.len() != problems.len() {
            return Err(format!("{} problems but {} places", problems.len(), at.len()));
        }
        let lines = text.lines().count().max(1);
        if let Some(Some(bad)) = at
            .iter()
            .chain([&places.next_id()])
            .find(|a| a.is_some_and(|l| l.line > lines + 1 || l.line == 0 || l.column == 0))
        {
            return Err(format!("a problem placed at {bad} in a {lines}-line file"));
        }
        if let Some(repair) = parsed.id_repair {
            i18n::say(lang, &repair.message());
        }
        if !problems.is_empty() {
            let problems = problems.into_iter().zip(at).map(|(problem, at)| Located { problem, at }).collect();
            i18n::say(lang, &LoadError::Invalid { path: path.into(), problems, backup: None }.message());
            return Ok(Outcome::Problems);
        }
        // What loads cleanly is what the app then saves: the save must load back the same.
        let saved = format::to_text(&parsed.workbook).map_err(|e| format!("a clean workbook does not save: {e}"))?;
        let back = format::parse(saved.as_bytes()).map_err(|e| format!("the saved workbook does not load: {e:?}"))?;
        if back.workbook != parsed.workbook || back.id_repair.is_some() {
            return Err("saving and loading a clean workbook changed it".into());
        }
        Ok(Outcome::Clean)
    }

    fn import(&self, source: Source, bytes: &[u8], lang: Lang) -> Result<Outcome, String> {
        let parsed = match source.parse(bytes) {
            Ok(p) => p,
            Err(e) => {
                i18n::say(lang, &e.message(Path::new("contacts file")));
                return Ok(Outcome::Refused);
            }
        };
        check_lines(&parsed, bytes)?;
        for b in parsed.bad.iter().take(3) {
            i18n::say(lang, &b.problem.message());
        }
        let mut wb = self.people.clone();
        let plan = import::plan(&wb, &parsed.contacts, today());
        wb.apply(plan.edit).map_err(|e| format!("the import plan does not apply: {e:?}"))?;
        if let Some(p) = wb.problems().first() {
            return Err(format!("the import left the workbook with a problem: {p:?}"));
        }
        // The README's promise: importing the same file again changes nothing.
        let again = import::plan(&wb, &parsed.contacts, today());
        if !again.edit.is_empty() {
            return Err(format!(
                "importing the same file again would add {} and update {}",
                again.added.len(),
                again.updated.len()
            ));
        }
        Ok(if parsed.bad.is_empty() { Outcome::Clean } else { Outcome::Problems })
    }
}

/// Every line a message names lies in the file, and a swallowed span runs forward.
fn check_lines(parsed: &Parsed, bytes: &[u8]) -> Result<(), String> {
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
    let inside = |l: u64| (1..=lines).contains(&l);
    for c in &parsed.contacts {
        if !inside(c.line) {
            return Err(format!("contact at line {} of a {lines}-line file", c.line));
        }
    }
    for b in &parsed.bad {
        if !inside(b.line) {
            return Err(format!("bad row at line {} of a {lines}-line file: {:?}", b.line, b.problem));
        }
        if let RowProblem::UnclosedQuote { quote, last, rows } = b.problem
            && !(b.line <= quote && quote <= last && inside(last) && rows >= 1 && rows <= last - b.line + 1)
        {
            return Err(format!("a swallowed span that does not add up: line {} {:?}", b.line, b.problem));
        }
    }
    Ok(())
}

thread_local! {
    /// Whether this thread is inside [`guarded`], and what its last panic said, where.
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A panic hook, installed once for the process: inside [`guarded`] it notes the message and
/// the place silently; anywhere else (another test of the same binary) it hands the panic to the
/// hook that was there before, so nothing else loses its report.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(Cell::get) {
                return previous(info);
            }
            let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{}{place}", payload_text(info.payload()))));
        }));
    });
}

fn payload_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| (*s).to_owned()))
        .unwrap_or_else(|| "a panic without a message".into())
}

/// Runs `f`, turning a panic into an error that says what and where.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_panic_hook();
    GUARDED.with(|g| g.set(true));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(false));
    result.map_err(|payload| LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| payload_text(&*payload)))
}

/// How an input is read and checked: [`Checker::check`], or a stand-in that tests the harness.
pub type Check = fn(&Checker, Target, &[u8], Lang) -> Result<Outcome, String>;

/// One input, read and checked: a panic, a changed input or a broken promise is an error.
pub fn check_one(check: Check, checker: &Checker, target: Target, bytes: &[u8], lang: Lang) -> Result<Outcome, String> {
    let before = bytes.to_vec();
    let outcome = guarded(|| check(checker, target, bytes, lang)).map_err(|p| format!("panic: {p}"))?;
    if bytes != before.as_slice() {
        return Err("the reader changed its input".into());
    }
    outcome
}

/// How a run is set up.
#[derive(Clone, Debug)]
pub struct Config {
    pub seed: u64,
    pub inputs: u64,
    pub threads: usize,
    pub max_len: usize,
    /// Longer than this for one input is a hang.
    pub time_limit: Duration,
    /// Where failing inputs are written.
    pub failures_dir: PathBuf,
    /// Print a line this often (the example), or never (the test).
    pub progress: Option<Duration>,
    /// [`Checker::check`], except in the tests of the harness itself.
    pub check: Check,
}

/// An input that failed, and the file it was written to.
#[derive(Clone, Debug)]
pub struct Failure {
    pub index: u64,
    pub target: Target,
    pub what: String,
    pub file: PathBuf,
}

/// Inputs and bytes read per target, and how far they got.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tally {
    pub inputs: u64,
    pub bytes: u64,
    pub clean: u64,
    pub problems: u64,
    pub refused: u64,
}

/// What a run found.
#[derive(Debug)]
pub struct Report {
    pub inputs: u64,
    pub elapsed: Duration,
    /// Per target, in the order of [`TARGETS`].
    pub tally: [Tally; 3],
    pub failures: Vec<Failure>,
    /// The run ended on an input that took longer than the time limit (one of the failures).
    pub hung: bool,
}

impl Report {
    pub fn panics(&self) -> usize {
        self.failures.iter().filter(|f| f.what.starts_with("panic")).count()
    }

    pub fn hangs(&self) -> usize {
        usize::from(self.hung)
    }

    /// The failures, one per line, for a message.
    pub fn listing(&self) -> String {
        let lines: Vec<String> = self
            .failures
            .iter()
            .map(|f| format!("input {} ({}): {} -> {}", f.index, f.target.name(), f.what, f.file.display()))
            .collect();
        lines.join("\n")
    }
}

/// Writes a failing input where it can be found again, named by its run and number.
fn keep(config: &Config, index: u64, target: Target, bytes: &[u8]) -> PathBuf {
    let file = config.failures_dir.join(format!("{}-seed{}-input{index}.bin", target.name(), config.seed));
    if let Err(e) = std::fs::create_dir_all(&config.failures_dir).and_then(|()| std::fs::write(&file, bytes)) {
        eprintln!("fuzz: cannot keep {}: {e}", file.display());
    }
    file
}

/// What a worker is doing, for the watchdog: the input it is on (plus one; 0 when idle) and
/// when it started it (microseconds since the run began).
#[derive(Default)]
struct Busy {
    input: AtomicU64,
    since: AtomicU64,
}

/// Runs `config.inputs` inputs on `config.threads` threads, with a watchdog for hangs.
pub fn run(config: &Config) -> Report {
    let seeds = Arc::new(Seeds::load());
    let checker = Arc::new(Checker::default());
    let start = Instant::now();
    let next = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let failures = Arc::new(Mutex::new(Vec::new()));
    let tally = Arc::new(Mutex::new([Tally::default(); 3]));
    let workers: Vec<(Arc<Busy>, std::thread::JoinHandle<()>)> = (0..config.threads.max(1))
        .map(|_| {
            let busy = Arc::new(Busy::default());
            let (seeds, checker, next, stop, failures, tally, config, b) = (
                seeds.clone(),
                checker.clone(),
                next.clone(),
                stop.clone(),
                failures.clone(),
                tally.clone(),
                config.clone(),
                busy.clone(),
            );
            let handle = std::thread::spawn(move || {
                let mut mine = [Tally::default(); 3];
                while !stop.load(Ordering::Relaxed) {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    if index >= config.inputs {
                        break;
                    }
                    let (target, bytes) = input(&seeds, config.seed, index, config.max_len);
                    b.since.store(start.elapsed().as_micros() as u64, Ordering::Relaxed);
                    b.input.store(index + 1, Ordering::Release);
                    let lang = if index % 2 == 0 { Lang::En } else { Lang::Ja };
                    let result = check_one(config.check, &checker, target, &bytes, lang);
                    b.input.store(0, Ordering::Release);
                    let t = &mut mine[TARGETS.iter().position(|&x| x == target).unwrap_or(0)];
                    t.inputs += 1;
                    t.bytes += bytes.len() as u64;
                    match result {
                        Ok(Outcome::Clean) => t.clean += 1,
                        Ok(Outcome::Problems) => t.problems += 1,
                        Ok(Outcome::Refused) => t.refused += 1,
                        Err(what) => {
                            let file = keep(&config, index, target, &bytes);
                            failures.lock().unwrap().push(Failure { index, target, what, file });
                        }
                    }
                    if index % 1024 == 0 {
                        add(&mut tally.lock().unwrap(), &mut mine);
                    }
                }
                add(&mut tally.lock().unwrap(), &mut mine);
            });
            (busy, handle)
        })
        .collect();

    let mut hung = false;
    let mut last_progress = Instant::now();
    let watch = Duration::from_millis(20);
    while workers.iter().any(|(_, h)| !h.is_finished()) {
        std::thread::sleep(watch);
        let now = start.elapsed().as_micros() as u64;
        for (busy, _) in &workers {
            let index = busy.input.load(Ordering::Acquire);
            let since = busy.since.load(Ordering::Relaxed);
            if index > 0 && now.saturating_sub(since) > config.time_limit.as_micros() as u64 {
                // The same input again, from its two numbers: the stuck worker keeps its own.
                let (target, bytes) = input(&seeds, config.seed, index - 1, config.max_len);
                let file = keep(config, index - 1, target, &bytes);
                let what = format!("hang: still reading after {:?}", config.time_limit);
                failures.lock().unwrap().push(Failure { index: index - 1, target, what, file });
                hung = true;
            }
        }
        if hung {
            stop.store(true, Ordering::Relaxed);
            break;
        }
        if let Some(every) = config.progress
            && last_progress.elapsed() >= every
        {
            last_progress = Instant::now();
            let done = next.load(Ordering::Relaxed).min(config.inputs);
            let secs = start.elapsed().as_secs_f64();
            let fails = failures.lock().unwrap().len();
            eprintln!("fuzz: {done} inputs, {:.1} min, {:.0}/s, failures {fails}", secs / 60.0, done as f64 / secs);
        }
    }
    let finished: Vec<_> = workers.into_iter().filter(|(_, h)| h.is_finished()).collect();
    for (_, h) in finished {
        h.join().expect("a worker died outside the guard");
    }
    let tally = *tally.lock().unwrap();
    let mut failures = failures.lock().unwrap().clone();
    failures.sort_by_key(|f| f.index);
    Report { inputs: tally.iter().map(|t| t.inputs).sum(), elapsed: start.elapsed(), tally, failures, hung }
}

fn add(total: &mut [Tally; 3], mine: &mut [Tally; 3]) {
    for (t, m) in total.iter_mut().zip(mine.iter_mut()) {
        t.inputs += m.inputs;
        t.bytes += m.bytes;
        t.clean += m.clean;
        t.problems += m.problems;
        t.refused += m.refused;
        *m = Tally::default();
    }
}
