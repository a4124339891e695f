#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Splits loading time into its parts (by hand: `cargo run --release --example load_profile`).
use std::time::Instant;
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    let wb = tsunagari::model::sample::workbook(n, 7, today);
    let text = tsunagari::store::format::to_text(&wb).expect("text");
    let t = Instant::now();
    let parsed: tsunagari::model::Workbook = ron::Options::default().from_str(&text).expect("parse");
    println!("ron parse      {:?} ({} bytes)", t.elapsed(), text.len());
    let t = Instant::now();
    let p = parsed.problems();
    println!("problems       {:?} ({})", t.elapsed(), p.len());
    let t = Instant::now();
    let mut h = std::hash::DefaultHasher::new();
    std::hash::Hasher::write(&mut h, text.as_bytes());
    println!("hash           {:?} {}", t.elapsed(), std::hash::Hasher::finish(&h) % 2);
    let t = Instant::now();
    let _ = tsunagari::model::actions::next_actions(&parsed, today);
    println!("next_actions   {:?}", t.elapsed());
    let t = Instant::now();
    let _ = tsunagari::model::derived::network_health(&parsed);
    println!("network_health {:?}", t.elapsed());
    let t = Instant::now();
    let _ = tsunagari::store::format::to_text(&parsed).expect("text");
    println!("to_text        {:?}", t.elapsed());
}
