//! How long the importers take on adversarial lines: a megabyte of `;` in `N` and `ORG`, of
//! escapes, folds, soft line breaks and parameters in a vCard; a megabyte of commas, and an
//! unclosed quote swallowing 50,000 rows, in a LinkedIn CSV. Each is parsed whole through
//! `Source::parse` (what `tsunagari import` does before it touches the workbook), best of a few
//! runs, so a figure that grows faster than the input shows up here, not in a user's terminal.
//!
//! ```sh
//! cargo run --release --example import_long_lines            # 1 MiB inputs
//! cargo run --release --example import_long_lines -- 4194304 # or any size in bytes
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::{Duration, Instant};

use tsunagari::import::Source;

fn card(body: &[u8]) -> Vec<u8> {
    [b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n".as_slice(), body, b"\r\nEND:VCARD\r\n"].concat()
}

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(1 << 20);
    let header = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    let row = b"Misaki,Sato,https://www.linkedin.com/in/misaki,,Acme,Engineer,12 Nov 2024\n";
    let rows = n / row.len();
    let cases: Vec<(&str, Source, Vec<u8>)> = vec![
        ("vCard N: 1 line of ;", Source::VCard, card(&[b"N:".as_slice(), &vec![b';'; n]].concat())),
        ("vCard ORG: 1 line of ;", Source::VCard, card(&[b"ORG:".as_slice(), &vec![b';'; n]].concat())),
        ("vCard N: \\; escapes", Source::VCard, card(&[b"N:".as_slice(), &b"\\;".repeat(n / 2)].concat())),
        ("vCard NOTE: folds", Source::VCard, card(&[b"NOTE:".as_slice(), &b"a\r\n ".repeat(n / 4)].concat())),
        (
            "vCard NOTE: QP soft breaks",
            Source::VCard,
            card(&[b"NOTE;ENCODING=QUOTED-PRINTABLE:".as_slice(), &b"=41=\r\n".repeat(n / 6), b"=41"].concat()),
        ),
        (
            "vCard N: QP + Shift_JIS ;",
            Source::VCard,
            card(&[b"N;CHARSET=SHIFT_JIS;QUOTED-PRINTABLE:".as_slice(), &vec![b';'; n]].concat()),
        ),
        ("vCard: parameters", Source::VCard, card(&[b"NOTE".as_slice(), &b";X=1".repeat(n / 4), b":a"].concat())),
        ("vCard: 1 line of quotes", Source::VCard, card(&[b"NOTE;X=".as_slice(), &vec![b'"'; n], b":a"].concat())),
        ("vCard: cards", Source::VCard, b"BEGIN:VCARD\r\nFN:a\r\nEND:VCARD\r\n".repeat(n / 29)),
        ("CSV: 1 line of commas", Source::LinkedIn, [header.as_slice(), &vec![b','; n]].concat()),
        ("CSV: 1 line of quotes", Source::LinkedIn, [header.as_slice(), &vec![b'"'; n]].concat()),
        (
            "CSV: unclosed quote, then rows",
            Source::LinkedIn,
            [header.as_slice(), b"A,B,,,\"Acme,Boss,01 Mar 2024\n", &row.repeat(rows)].concat(),
        ),
        ("CSV: rows", Source::LinkedIn, [header.as_slice(), &row.repeat(rows)].concat()),
    ];
    println!("{:<32} {:>9} {:>10} {:>9}", "input", "bytes", "best ms", "MB/s");
    for (name, source, bytes) in cases {
        let mut best = Duration::MAX;
        let mut outcome = String::new();
        for _ in 0..5 {
            let t = Instant::now();
            let parsed = source.parse(&bytes);
            best = best.min(t.elapsed());
            outcome = match parsed {
                Ok(p) => format!("{} read, {} left out", p.contacts.len(), p.rows_left_out()),
                Err(e) => format!("{e:?}"),
            };
        }
        let mb_s = bytes.len() as f64 / best.as_secs_f64() / 1e6;
        println!("{name:<32} {:>9} {:>10.2} {mb_s:>9.0}  {outcome}", bytes.len(), best.as_secs_f64() * 1e3);
    }
}
