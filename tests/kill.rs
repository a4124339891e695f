//! A writer killed with SIGKILL at random moments while saving never leaves an unreadable
//! workbook: every time, the file holds either the old or the new version; temporary files a
//! killed writer left are removed by the next one.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests stop at the first surprise

mod common;

use std::time::Duration;

use common::*;
use tsunagari::model::sample;
use tsunagari::store;

#[test]
fn sigkill_during_saves_never_corrupts() {
    let (dir, file) = temp_workbook();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).expect("date");
    let wb = sample::workbook(10_000, 3, today);
    store::files::write_atomic(&file, store::format::to_text(&wb).expect("text").as_bytes()).expect("write");
    let mut count = wb.record_count();
    let mut seed = 0x9e37_79b9_u64;
    let mut killed_mid_way = 0;
    for i in 0..30 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_micros(seed % 120_000);
        let mut child = cmd(&file).args(["add", "tag", &format!("t{i}")]).spawn().expect("spawn");
        std::thread::sleep(delay);
        let finished = child.try_wait().expect("wait").is_some();
        let _ = child.kill();
        let _ = child.wait();
        let loaded = store::load(&file).unwrap_or_else(|e| panic!("round {i} (killed after {delay:?}): {e:?}"));
        let now = loaded.workbook.record_count();
        assert!(now == count || now == count + 1, "round {i}: {count} -> {now}");
        if now == count && !finished {
            killed_mid_way += 1;
        }
        count = now;
    }
    assert!(killed_mid_way > 0, "no run was killed before it finished; the test proves nothing");
    assert!(run(&file, &["add", "tag", "after"]).status.success());
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .expect("ls")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "stray temporary files: {leftovers:?}");
}
