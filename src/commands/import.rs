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
use crate::i18n::messages::{Msg, text};
use crate::i18n::{self, Lang};
use crate::import::{self, Contact, ImportPlan, Source};
use crate::store;

pub fn import(workbook: &Path, cmd: ImportCommand, lang: Lang) -> Result<String, String> {
    let (source, args) = match cmd {
        ImportCommand::Linkedin(a) => (Source::LinkedIn, a),
        ImportCommand::Vcard(a) => (Source::VCard, a),
    };
    let ImportArgs { path, dry_run, skip_bad } = args;
    let bytes = std::fs::read(&path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => text(lang, Msg::NoSuchFile(&path)),
        _ => text(lang, Msg::CannotRead(&path, &e)),
    })?;
    let parsed = source.parse(&bytes).map_err(|p| text(lang, Msg::NotImportable(&path, p)))?;
    for bad in &parsed.bad {
        eprintln!("{}", text(lang, Msg::BadRow(&path, bad)));
    }
    let skipped = parsed.bad.len();
    if skipped > 0 && !skip_bad {
        return Err(text(lang, Msg::NothingImported { bad: skipped, cards: source == Source::VCard }));
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

fn summary(plan: &ImportPlan, skipped: usize, lang: Lang) -> String {
    let (added, updated, unchanged) = (plan.added.len(), plan.updated.len(), plan.unchanged);
    text(lang, Msg::ImportSummary { added, updated, unchanged, skipped })
}

/// The dry run: one line per person added or updated, the summary, and that nothing was written.
fn preview(
    workbook: &Path,
    contacts: &[Contact],
    today: NaiveDate,
    skipped: usize,
    lang: Lang,
) -> Result<String, String> {
    // No lock: saves replace the file atomically, and a missing file reads as an empty workbook.
    let loaded = store::load(workbook).map_err(|e| text(lang, Msg::Load(&e)))?;
    let plan = import::plan(&loaded.workbook, contacts, today);
    let mut lines: Vec<String> = plan.added.iter().map(|p| text(lang, Msg::WouldAdd(&p.name))).collect();
    lines.extend(plan.updated.iter().map(|u| text(lang, Msg::WouldUpdate(&u.person.name, &u.filled))));
    lines.push(summary(&plan, skipped, lang));
    lines.push(text(lang, Msg::DryRun));
    Ok(lines.join("\n"))
}
