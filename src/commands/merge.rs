//! `tsunagari merge BASE OURS THEIRS`: git's merge driver. The three files are read and checked
//! (a damaged one is refused and nothing is written), merged record by record
//! (`model::merge`), and the result replaces OURS atomically. Exit 0 when clean, 1 when
//! conflicts remain in the workbook, 2 when nothing could be merged (the message names the file
//! and what to do).
//!
//! BASE may be empty (git gives an empty file when both sides added the workbook): the copies
//! are then joined as a union that deletes nothing. The version vector of the result includes
//! both sides' saves; the merge itself is not counted as a save of this machine (git records it).
//!
//! Encrypted copies are opened with one passphrase, asked once (`TSUNAGARI_PASSPHRASE_FILE`
//! under git, or typed); the result is encrypted when OURS was.

use std::path::Path;

use crate::i18n::{self, Lang, merging, tr};
use crate::model::Workbook;
use crate::model::merge;
use crate::store::{self, ReadOnly, Seal};

/// What a merge that ran says, and with which exit code.
pub struct Outcome {
    pub report: String,
    /// 0 clean, 1 conflicts remain, 2 refused.
    pub code: u8,
}

fn refused(lang: Lang, reason: String) -> Outcome {
    Outcome { report: tr!(lang, "cli-merge-refused", reason = reason), code: 2 }
}

/// Reads one of the three files; `Ok(None)` for an empty base. An encrypted one is opened with
/// `seal` when a file before it gave one, else the passphrase is asked (and kept in `seal`).
fn read(path: &Path, lang: Lang, may_be_empty: bool, seal: &mut Option<Seal>) -> Result<Option<Workbook>, String> {
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    if may_be_empty && std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(None);
    }
    let mut raw = store::read(path).map_err(|e| i18n::say(lang, &e.message()))?;
    let unsealed = match seal.as_ref().filter(|_| raw.is_sealed()).map(|s| raw.try_unseal(s)) {
        Some(Ok(unsealed)) => unsealed,
        _ => super::unlock(raw, path, lang)?,
    };
    if unsealed.seal().is_sealed() {
        *seal = Some(unsealed.seal().clone());
    }
    let loaded = unsealed.parse().map_err(|e| i18n::say(lang, &e.message()))?;
    if let Some(ReadOnly::NewerVersion(version)) = loaded.read_only {
        return Err(tr!(lang, "cli-merge-newer", path = path.display().to_string(), version = version));
    }
    Ok(Some(loaded.workbook))
}

pub fn run(base: &Path, ours: &Path, theirs: &Path, lang: Lang) -> Outcome {
    let mut seal = None;
    let ours_sealed = store::crypt::file_is_sealed(ours);
    let files =
        (read(base, lang, true, &mut seal), read(ours, lang, false, &mut seal), read(theirs, lang, false, &mut seal));
    let (base_wb, ours_wb, theirs_wb) = match files {
        (Ok(b), Ok(Some(o)), Ok(Some(t))) => (b, o, t),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return refused(lang, e),
        // An empty OURS or THEIRS was read as a file (and refused) above.
        _ => return refused(lang, super::no_such_file(lang, ours)),
    };
    let merged = match &base_wb {
        Some(b) => merge::merge(b, &ours_wb, &theirs_wb),
        None => merge::union(&ours_wb, &theirs_wb),
    };
    if let Some(problem) = merged.workbook.problems().first() {
        return refused(lang, tr!(lang, "cli-merge-broken", problem = i18n::say(lang, &problem.message())));
    }
    let seal = seal.filter(|_| ours_sealed).unwrap_or_default();
    let written =
        store::files::write_atomic_with(ours, |w| seal.write(w, |w| store::format::write_to(&merged.workbook, w)));
    if let Err(e) = written {
        let reason = i18n::say(lang, &crate::model::message::io_reason(&e));
        return refused(lang, tr!(lang, "cli-merge-write", path = ours.display().to_string(), reason = reason));
    }
    let mut lines = vec![merging::merge_summary(lang, &merged.report)];
    lines.extend(merging::merge_details(lang, &merged.report, &merged.workbook));
    let count = merged.workbook.conflicts.len();
    let path = ours.display().to_string();
    lines.push(if count == 0 {
        tr!(lang, "cli-merge-clean", path = path)
    } else {
        tr!(lang, "cli-merge-conflicts", path = path, count = count)
    });
    Outcome { report: lines.join("\n"), code: u8::from(count > 0) }
}
