//! What encryption at rest costs (`cargo bench --bench crypt`): load and save of a 10k-record
//! workbook plain, encrypted at our work factor, and encrypted with scrypt at its least (so what
//! is left is the cipher's own cost); and scrypt alone at the work factors worth weighing.
//! Figures and the reasoning behind `store::crypt::WORK_FACTOR` are in BENCHMARKS.md.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use age::secrecy::SecretString;
use chrono::NaiveDate;
use divan::Bencher;
use tsunagari::model::{Workbook, sample};
use tsunagari::store::crypt::{Key, WORK_FACTOR};
use tsunagari::store::{self, Saver, Seal};

fn main() {
    divan::main();
}

fn workbook(n: usize) -> Workbook {
    sample::workbook(n, 7, NaiveDate::from_ymd_opt(2026, 11, 24).expect("date"))
}

/// How the file is kept in each bench.
#[derive(Clone, Copy, Debug)]
enum Kept {
    Plain,
    /// Encrypted, scrypt at `WORK_FACTOR`: what a person's saves and loads pay.
    Sealed,
    /// Encrypted, scrypt at 2^1: the cipher's cost without the key derivation.
    SealedNoKdf,
}

impl std::fmt::Display for Kept {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

/// A seal as a writer has it: the next file's key derived ahead.
fn seal(kept: Kept) -> Seal {
    let pass = || SecretString::from("correct horse battery".to_owned());
    let seal = match kept {
        Kept::Plain => Seal::Plain,
        Kept::Sealed => Seal::Passphrase(Arc::new(Key::with_work_factor(pass(), WORK_FACTOR))),
        Kept::SealedNoKdf => Seal::Passphrase(Arc::new(Key::with_work_factor(pass(), 1))),
    };
    seal.prepare();
    seal
}

const KEPT: [Kept; 3] = [Kept::Plain, Kept::Sealed, Kept::SealedNoKdf];

#[divan::bench(args = KEPT, sample_count = 20, sample_size = 1)]
fn load_10k(bencher: Bencher, kept: Kept) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.ron.age");
    let seal = seal(kept);
    Saver::new(path.clone(), None).with_seal(seal.clone()).save(&workbook(10_000)).expect("save");
    bencher.bench(|| store::load_with(&path, &seal).expect("load"));
}

/// A save as the app makes it after an edit (conflict check, temp file, fsync, rename), at
/// least the app's debounce after the one before (untimed): the next file's key has been
/// derived ahead meanwhile, as it is in use.
#[divan::bench(args = KEPT, sample_count = 20, sample_size = 1)]
fn save_10k(bencher: Bencher, kept: Kept) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.ron.age");
    let wb = workbook(10_000);
    let mut saver = Saver::new(path, None).with_seal(seal(kept));
    saver.save(&wb).expect("first save");
    bencher
        .with_inputs(|| std::thread::sleep(tsunagari::app::session::SAVE_DEBOUNCE))
        .bench_local_values(|()| saver.save(&wb).expect("save"));
}

/// Saves one after the other with no pause, faster than scrypt: each waits for what is left
/// of its key's derivation (the bound; the app never saves this fast).
#[divan::bench(sample_count = 20, sample_size = 1)]
fn save_10k_back_to_back(bencher: Bencher) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("w.ron.age");
    let wb = workbook(10_000);
    let mut saver = Saver::new(path, None).with_seal(seal(Kept::Sealed));
    saver.save(&wb).expect("first save");
    bencher.bench_local(|| saver.save(&wb).expect("save"));
}

/// scrypt alone (r = 8, p = 1): opening a tiny file written at each work factor.
#[divan::bench(args = [13, 14, 15, 16, 17, 18], sample_count = 10, sample_size = 1)]
fn scrypt_open(bencher: Bencher, log_n: u8) {
    let seal = Seal::Passphrase(Arc::new(Key::with_work_factor(SecretString::from("p".to_owned()), log_n)));
    let mut bytes = Vec::new();
    seal.write(&mut bytes, |w| w.write_all(b"x")).expect("seal");
    bencher.bench(|| seal.open(&bytes).map(|t| t.len()).expect("open"));
}

/// What a session pays once to get a key ready (age measures scrypt on this machine).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn key_ready() -> Key {
    Key::new(SecretString::from("p".to_owned()))
}

/// The cipher alone on a 10k workbook's text, in memory (no disk, scrypt at 2^1): encrypting
/// it, and decrypting it, as a save and a load do on the way.
#[divan::bench(args = ["encrypt", "decrypt"], sample_count = 40, sample_size = 1)]
fn cipher_only_10k(bencher: Bencher, way: &str) {
    let text = store::format::to_text(&workbook(10_000)).expect("text");
    let seal = seal(Kept::SealedNoKdf);
    let mut sealed = Vec::new();
    seal.write(&mut sealed, |w| w.write_all(text.as_bytes())).expect("seal");
    if way == "encrypt" {
        bencher.bench(|| {
            let mut out = Vec::with_capacity(sealed.len());
            seal.write(&mut out, |w| w.write_all(text.as_bytes())).expect("seal");
            out.len()
        });
    } else {
        bencher.bench(|| seal.open(&sealed).map(|t| t.len()).expect("open"));
    }
}
