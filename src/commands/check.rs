//! `tsunagari check`: validates a workbook without changing it. Problems are printed one per
//! line as `PATH:LINE:COLUMN: message` (or `PATH: message` where no position applies).

use std::path::Path;

use crate::i18n::Lang;
use crate::i18n::messages::{Msg, text};
use crate::store::{self, LoadError, ReadOnly};

/// Returns the report: `Ok` when the workbook and the config file are fine, `Err` with every
/// problem otherwise.
pub fn check(path: &Path, config: Option<&Path>, lang: Lang) -> Result<String, String> {
    let workbook = check_workbook(path, lang);
    let problems = crate::config::load_given(config).problems;
    if problems.is_empty() {
        return workbook;
    }
    let config = crate::i18n::config_problems(lang, &problems).join("\n");
    Err(match workbook {
        Ok(report) | Err(report) => format!("{report}\n{config}"),
    })
}

fn check_workbook(path: &Path, lang: Lang) -> Result<String, String> {
    if !path.exists() {
        return Err(text(lang, Msg::NoSuchFile(path)));
    }
    match store::load(path) {
        Ok(loaded) => {
            let records = loaded.workbook.record_count();
            Ok(match loaded.read_only {
                Some(ReadOnly::NewerVersion(version)) => text(lang, Msg::CheckNewer { path, records, version }),
                _ => text(lang, Msg::CheckOk { path, records }),
            })
        }
        Err(LoadError::Invalid { path, problems, .. }) => {
            Err(problems.iter().map(|p| text(lang, Msg::Problem(&path, p))).collect::<Vec<_>>().join("\n"))
        }
        Err(e) => Err(text(lang, Msg::Load(&e))),
    }
}
