//! `tsunagari import linkedin|vcard FILE [--dry-run] [--skip-bad]`: the I/O around the pure
//! importer in `crate::import`.
//!
//! Read the file, parse it, report every bad row on standard error as `FILE:LINE: what is
//! wrong`, and stop there (nothing read from or written to the workbook) when there are bad rows
//! and no `--skip-bad`. Otherwise plan against the workbook and either show the plan
//! (`--dry-run`: the workbook is read without a lock and never written, not even created) or
//! apply it as one edit under the lock and save once. A plan that changes nothing saves nothing.

use std::io;
use std::path::Path;

use chrono::NaiveDate;

use crate::cli::{ImportArgs, ImportCommand};
use crate::i18n::{self, Lang, tr};
use crate::import::{self, Contact, ImportPlan, Source};

pub fn import(workbook: &Path, cmd: ImportCommand, lang: Lang) -> Result<String, String> {
    let (source, args) = match cmd {
        ImportCommand::Linkedin(a) => (Source::LinkedIn, a),
        ImportCommand::Vcard(a) => (Source::VCard, a),
    };
    let ImportArgs { path, dry_run, skip_bad } = args;
    let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => super::no_such_file(lang, &path),
        _ => tr!(lang, "cli-cannot-read", path = path.display().to_string(), reason = e.to_string()),
    })?;
    let parsed =
        source.parse(&bytes).map_err(|p| format!("{}: {}", path.display(), i18n::say(lang, &p.message(&path))))?;
    for bad in &parsed.bad {
        eprintln!("{}:{}: {}", path.display(), bad.line, i18n::say(lang, &bad.problem.message()));
    }
    // An unclosed quote leaves out every row it swallowed, not one.
    let skipped = parsed.rows_left_out();
    if skipped > 0 && !skip_bad {
        let what = if source == Source::VCard { "cards" } else { "rows" };
        return Err(tr!(lang, "cli-nothing-imported", bad = skipped, what = what));
    }
    let today = super::today();
    if dry_run {
        return preview(workbook, &parsed.contacts, today, skipped, lang);
    }
    super::with_workbook_saving_if(workbook, lang, |wb| {
        let plan = import::plan(wb, &parsed.contacts, today);
        let summary = summary(&plan, skipped, lang);
        let changed = !plan.edit.is_empty();
        if changed {
            wb.apply(plan.edit).map_err(|e| i18n::edit_error(lang, &e))?;
        }
        Ok((summary, changed))
    })
}

fn summary(plan: &ImportPlan, skipped: u64, lang: Lang) -> String {
    let (added, updated, unchanged) = (plan.added.len(), plan.updated.len(), plan.unchanged);
    tr!(lang, "cli-import-summary", added = added, updated = updated, unchanged = unchanged, skipped = skipped)
}

/// The dry run: one line per person added or updated, the summary, and that nothing was written.
fn preview(
    workbook: &Path,
    contacts: &[Contact],
    today: NaiveDate,
    skipped: u64,
    lang: Lang,
) -> Result<String, String> {
    // No lock: saves replace the file atomically, and a missing file reads as an empty workbook.
    let loaded = super::load(workbook, lang, super::Intent::Read)?;
    let plan = import::plan(&loaded.workbook, contacts, today);
    let mut lines: Vec<String> = plan.added.iter().map(|p| format!("+ {}", import::quoted(&p.name))).collect();
    lines.extend(plan.updated.iter().map(|u| {
        let what: Vec<String> = u.filled.iter().map(|f| i18n::say(lang, &f.message())).collect();
        format!("~ {}: {}", import::quoted(&u.person.name), what.join(tr!(lang, "list-separator")))
    }));
    lines.push(summary(&plan, skipped, lang));
    lines.push(tr!(lang, "cli-dry-run").to_owned());
    Ok(lines.join("\n"))
}
