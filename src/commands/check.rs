//! `tsunagari check`: validates a workbook without changing it. Problems are printed one per
//! line as `PATH:LINE:COLUMN: message` (or `PATH: message` where no position applies).
//!
//! Exit 0: the file is sound and nothing waits on the person (emergency copies and conflict
//! files that will merge are said, with what they bring). Exit 1: the file is broken, or a
//! merge left conflicts, or a conflict file beside it cannot be merged.

use std::path::Path;

use crate::i18n::{self, Lang, tr};
use crate::store::{self, LoadError, ReadOnly};

/// Returns the report: `Ok` when the workbook and the config file are fine, `Err` with every
/// problem otherwise.
pub fn check(path: &Path, config: Option<&Path>, lang: Lang) -> Result<String, String> {
    let workbook = check_workbook(path, lang);
    let loaded = crate::config::load_given(config);
    let (_, key_problems) = crate::app::keymap::Keymap::with_overrides(&loaded.config.keys);
    let report = crate::app::keymap::config_report(lang, &loaded.problems, &key_problems);
    if report.is_empty() {
        return workbook;
    }
    let config = report.join("\n");
    Err(match workbook {
        Ok(report) | Err(report) => format!("{report}\n{config}"),
    })
}

fn check_workbook(path: &Path, lang: Lang) -> Result<String, String> {
    if !path.exists() {
        return Err(super::no_such_file(lang, path));
    }
    let read = store::read(path).map_err(|e| i18n::say(lang, &e.message()))?;
    match super::unlock(read, path, lang, super::Intent::Read)?.parse() {
        Ok(loaded) => {
            let records = loaded.workbook.record_count();
            if let Some((repair, at)) = loaded.id_repair {
                return Err(format!("{}: {}", store::place(path, at), i18n::say(lang, &repair.message())));
            }
            let mut report = match loaded.read_only {
                Some(ReadOnly::NewerVersion(version)) => tr!(
                    lang,
                    "cli-check-newer",
                    path = path.display().to_string(),
                    records = records,
                    version = version
                ),
                _ => tr!(lang, "cli-check-ok", path = path.display().to_string(), records = records),
            };
            // Not a problem of the file, but changes of it that wait to be brought back.
            for copy in store::emergency::find(path) {
                report.push('\n');
                report.push_str(&tr!(lang, "cli-check-emergency", copy = copy.path.display().to_string()));
            }
            // Conflicts a merge left, and conflict files that cannot be merged, are things only
            // the person can settle: said, and the exit is not 0. Conflict files that will merge
            // are only said.
            let mut unsettled = false;
            for c in &loaded.workbook.conflicts {
                let line = i18n::merging::conflict_line(lang, &loaded.workbook, c);
                report.push('\n');
                report.push_str(&tr!(lang, "cli-check-conflict", path = path.display().to_string(), line = line));
                unsettled = true;
            }
            let (incoming, unmerged) = store::sync::incoming(path, &loaded.workbook, &loaded.seal);
            for inc in &incoming {
                let summary = i18n::merging::merge_summary(lang, &inc.merged.report);
                let file = inc.file.display().to_string();
                report.push('\n');
                report.push_str(&tr!(lang, "cli-check-sync-file", file = file, summary = summary));
            }
            for u in &unmerged {
                report.push('\n');
                report.push_str(&i18n::say(lang, &u.message()));
                unsettled = true;
            }
            // A workbook from a newer tsunagari keeps its own first line (the app opens it read-only
            // and merges nothing into it).
            if !unsettled || matches!(loaded.read_only, Some(ReadOnly::NewerVersion(_))) {
                return if unsettled { Err(report) } else { Ok(report) };
            }
            // The first line says the file reads, and not that all is well.
            let rest = report.split_once('\n').map_or("", |(_, rest)| rest);
            let path = path.display().to_string();
            Err(format!("{}\n{rest}", tr!(lang, "cli-check-unsettled", path = path, records = records)))
        }
        Err(LoadError::Invalid { path, problems, .. }) => Err(problems
            .iter()
            .map(|p| format!("{}: {}", store::place(&path, p.at), i18n::say(lang, &p.problem.message())))
            .collect::<Vec<_>>()
            .join("\n")),
        Err(e) => Err(i18n::say(lang, &e.message())),
    }
}
