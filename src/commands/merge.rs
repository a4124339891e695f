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
//! git hands the driver temporary files (`.merge_file_…`); with `--name %P` every message names
//! the workbook's own path and which side it is instead ("workbook.ron (the other branch)").
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

/// The three files git gives, and the workbook's own path when git said it (`%P`).
pub struct Files<'a> {
    pub base: &'a Path,
    pub ours: &'a Path,
    pub theirs: &'a Path,
    pub name: Option<&'a Path>,
}

#[derive(Clone, Copy)]
enum Side {
    Base,
    Ours,
    Theirs,
}

impl Files<'_> {
    fn path(&self, side: Side) -> &Path {
        match side {
            Side::Base => self.base,
            Side::Ours => self.ours,
            Side::Theirs => self.theirs,
        }
    }

    /// How messages name a side: the file as given, or with `--name` the workbook's path and the
    /// side ("workbook.ron (this branch)").
    fn shown(&self, side: Side, lang: Lang) -> String {
        let Some(name) = self.name else { return self.path(side).display().to_string() };
        let path = name.display().to_string();
        match side {
            Side::Base => tr!(lang, "cli-merge-file-base", path = path),
            Side::Ours => tr!(lang, "cli-merge-file-ours", path = path),
            Side::Theirs => tr!(lang, "cli-merge-file-theirs", path = path),
        }
    }
}

/// Reads one of the three files; `Ok(None)` for an empty base. An encrypted one is opened with
/// `seal` when a file before it gave one, else the passphrase is asked (and kept in `seal`).
/// Messages name the file as [`Files::shown`] does.
fn read(files: &Files, side: Side, lang: Lang, seal: &mut Option<Seal>) -> Result<Option<Workbook>, String> {
    let path = files.path(side);
    let shown = files.shown(side, lang);
    // What the layers below say names the file by its path; git's temporary name means nothing
    // to the person, so it is replaced by the name shown.
    let named = |said: String| said.replace(&path.display().to_string(), &shown);
    if !path.exists() {
        return Err(named(super::no_such_file(lang, path)));
    }
    if matches!(side, Side::Base) && std::fs::metadata(path).is_ok_and(|m| m.len() == 0) {
        return Ok(None);
    }
    let mut raw = store::read(path).map_err(|e| named(i18n::say(lang, &e.message())))?;
    let unsealed = match seal.as_ref().filter(|_| raw.is_sealed()).map(|s| raw.try_unseal(s)) {
        Some(Ok(unsealed)) => unsealed,
        // The passphrase prompt names the file as shown, too.
        _ => super::unlock(raw, Path::new(&shown), lang, super::Intent::Write).map_err(named)?,
    };
    if unsealed.seal().is_sealed() {
        *seal = Some(unsealed.seal().clone());
    }
    // The reason without the words about the workbook's backups, which git's files do not have.
    let loaded = unsealed.parse().map_err(|e| named(i18n::say(lang, &e.reason())))?;
    if let Some(ReadOnly::NewerVersion(version)) = loaded.read_only {
        return Err(tr!(lang, "cli-merge-newer", path = shown, version = version));
    }
    Ok(Some(loaded.workbook))
}

pub fn run(files: &Files, lang: Lang) -> Outcome {
    let mut seal = None;
    let ours = files.ours;
    let ours_sealed = store::crypt::file_is_sealed(ours);
    let read_all = (
        read(files, Side::Base, lang, &mut seal),
        read(files, Side::Ours, lang, &mut seal),
        read(files, Side::Theirs, lang, &mut seal),
    );
    let (base_wb, ours_wb, theirs_wb) = match read_all {
        (Ok(b), Ok(Some(o)), Ok(Some(t))) => (b, o, t),
        (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => return refused(lang, e),
        // An empty OURS or THEIRS was read as a file (and refused) above.
        _ => return refused(lang, super::no_such_file(lang, Path::new(&files.shown(Side::Ours, lang)))),
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
        return refused(lang, tr!(lang, "cli-merge-write", path = files.shown(Side::Ours, lang), reason = reason));
    }
    let mut lines = vec![merging::merge_summary(lang, &merged.report)];
    lines.extend(merging::merge_details(lang, &merged.report, &merged.workbook));
    let count = merged.workbook.conflicts.len();
    let path = files.name.unwrap_or(ours).display().to_string();
    lines.push(if count == 0 {
        tr!(lang, "cli-merge-clean", path = path)
    } else {
        tr!(lang, "cli-merge-conflicts", path = path, count = count)
    });
    Outcome { report: lines.join("\n"), code: u8::from(count > 0) }
}
