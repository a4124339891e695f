//! Writes a realistic sample workbook for tests and benchmarks.
//!
//! `cargo run --release --example generate -- --records 10000 --out /tmp/w.ron [--seed 7]`

use std::path::PathBuf;

use clap::Parser;

#[derive(Parser)]
struct Args {
    /// About how many records to write (all kinds together).
    #[arg(long, default_value_t = 1000)]
    records: usize,
    /// Where to write the workbook (an existing file is replaced).
    #[arg(long)]
    out: PathBuf,
    /// Seed of the generator: the same seed gives the same workbook.
    #[arg(long, default_value_t = 7)]
    seed: u64,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let today = chrono::Local::now().date_naive();
    let wb = tsunagari::model::sample::workbook(args.records, args.seed, today);
    let text = tsunagari::store::format::to_text(&wb)?;
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    tsunagari::store::files::write_atomic(&args.out, text.as_bytes())?;
    eprintln!("wrote {} records to {}", wb.record_count(), args.out.display());
    Ok(())
}
