//! `tsunagari check`: validates a workbook without changing it. Problems are printed one per
//! line as `PATH:LINE:COLUMN: message` (or `PATH: message` where no position applies).

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
    match super::unlock(read, path, lang)?.parse() {
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
            // Conflicts a merge left, and conflict files waiting to be merged: not problems of
            // the file, but things only the person can settle.
            for c in &loaded.workbook.conflicts {
                let line = i18n::merging::conflict_line(lang, &loaded.workbook, c);
                report.push('\n');
                report.push_str(&tr!(lang, "cli-check-conflict", path = path.display().to_string(), line = line));
            }
            for file in store::sync::conflict_files(path) {
                report.push('\n');
                report.push_str(&tr!(lang, "cli-check-sync-file", file = file.display().to_string()));
            }
            Ok(report)
        }
        Err(LoadError::Invalid { path, problems, .. }) => Err(problems
            .iter()
            .map(|p| format!("{}: {}", store::place(&path, p.at), i18n::say(lang, &p.problem.message())))
            .collect::<Vec<_>>()
            .join("\n")),
        Err(e) => Err(i18n::say(lang, &e.message())),
    }
}
