//! Kept versions: the recent saved (and opened) versions of a workbook, in the state directory,
//! so that a copy a sync tool set aside can be merged against the real last common ancestor.
//!
//! Every save counts itself in the workbook's version vector (`saved_by`: this machine's id and
//! its number of saves, see `model::conflict`), and the text it wrote is kept under
//! `$XDG_STATE_HOME/tsunagari/versions/<workbook>/<content hash>.ron`, with the vector beside it
//! (`<hash>.vv`, so finding an ancestor reads small files only). The ancestor of two copies is
//! the kept version whose vector both copies dominate and that includes the most saves. The
//! newest [`KEPT`] are kept. This machine's id is a random number made once, in
//! `$XDG_STATE_HOME/tsunagari/device`. Without a state directory nothing is kept and nothing is
//! counted: merges then fall back to a union that deletes nothing.

use std::fs;
use std::io::Read;
use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use crate::model::{Versions, Workbook};
use crate::whole_file;

/// How many versions of one workbook are kept.
pub const KEPT: usize = 40;

fn state_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "tsunagari").and_then(|d| d.state_dir().map(Path::to_owned))
}

/// A 64-bit FNV-1a hash: stable across builds and machines (the name of a kept version).
pub fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3))
}

fn make_dir(dir: &Path) -> Option<()> {
    fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).ok()
}

/// This machine's id, made on first use; `None` without a writable state directory.
pub fn device() -> Option<String> {
    let dir = state_dir()?;
    let file = dir.join("device");
    if let Ok(id) = fs::read_to_string(&file) {
        let id = id.trim();
        if !id.is_empty() {
            return Some(id.to_owned());
        }
    }
    let mut bytes = [0u8; 8];
    fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes)).ok()?;
    let id = format!("{:016x}", u64::from_le_bytes(bytes));
    make_dir(&dir)?;
    whole_file::write_with(&file, ".device-", |w| w.write_all(id.as_bytes())).ok()?;
    Some(id)
}

/// Counts one more save of `wb` by this machine (`last`: the count this writer wrote last, which
/// an undone merge may have taken out of the workbook). Returns the new count, or `None` when
/// this machine has no id.
pub fn stamp(wb: &mut Workbook, last: u64) -> Option<u64> {
    let device = device()?;
    Some(wb.saved_by.bump(&device, last))
}

/// The folder of `workbook`'s kept versions (named by a hash of its absolute path).
pub(super) fn folder(workbook: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(workbook).unwrap_or_else(|_| workbook.to_owned());
    let key = content_hash(absolute.as_os_str().as_encoded_bytes());
    Some(state_dir()?.join("versions").join(format!("{key:016x}")))
}

/// Keeps the text of `workbook` as it is on disk now, with its version vector. Best effort: a
/// version that cannot be kept only makes a later merge less sure of its ancestor.
pub fn keep(workbook: &Path, saved_by: &Versions) {
    if saved_by.is_empty() {
        return;
    }
    let (Some(dir), Ok(bytes)) = (folder(workbook), fs::read(workbook)) else { return };
    let name = format!("{:016x}", content_hash(&bytes));
    let text = dir.join(format!("{name}.ron"));
    if text.exists() || make_dir(&dir).is_none() {
        return;
    }
    let Ok(vv) = ron::to_string(saved_by) else { return };
    let written = whole_file::write_with(&text, ".version-", |w| w.write_all(&bytes)).and_then(|()| {
        whole_file::write_with(&dir.join(format!("{name}.vv")), ".version-", |w| w.write_all(vv.as_bytes()))
    });
    if written.is_ok() {
        prune(&dir);
    }
}

/// Every kept version's vector and text file, newest first.
fn kept(dir: &Path) -> Vec<(Versions, PathBuf, std::time::SystemTime)> {
    let Ok(entries) = fs::read_dir(dir) else { return Vec::new() };
    let mut out: Vec<_> = entries
        .flatten()
        .filter_map(|e| {
            let path = e.path();
            if path.extension()? != "vv" {
                return None;
            }
            let vv: Versions = ron::from_str(&fs::read_to_string(&path).ok()?).ok()?;
            let when = e.metadata().and_then(|m| m.modified()).ok()?;
            Some((vv, path.with_extension("ron"), when))
        })
        .collect();
    out.sort_by_key(|b| std::cmp::Reverse(b.2));
    out
}

fn prune(dir: &Path) {
    for (_, text, _) in kept(dir).into_iter().skip(KEPT) {
        let _ = fs::remove_file(text.with_extension("vv"));
        let _ = fs::remove_file(text);
    }
}

/// The last common ancestor of two copies: the kept version of `workbook` that both vectors
/// dominate and that includes the most saves. `None` when either copy was never counted, or no
/// such version is kept (or readable). Kept versions of an encrypted workbook are its encrypted
/// bytes, opened with `seal`.
///
/// Several kept versions may share one vector: a hand edit of the file changes its text but
/// counts no save, and the edited text is kept when it is next opened. The oldest of them is
/// taken: it is the one a save wrote, which both copies grew from. A newer one may hold the
/// hand edit that only one copy has, and as a base it would make that edit look like the
/// other copy's to undo; an older base at worst shows one change made on both sides, which
/// merges cleanly.
pub fn ancestor(workbook: &Path, ours: &Versions, theirs: &Versions, seal: &super::Seal) -> Option<Workbook> {
    if ours.is_empty() || theirs.is_empty() {
        return None;
    }
    let dir = folder(workbook)?;
    let mut candidates: Vec<_> =
        kept(&dir).into_iter().filter(|(v, _, _)| !v.is_empty() && ours.dominates(v) && theirs.dominates(v)).collect();
    candidates.sort_by_key(|(v, _, when)| (std::cmp::Reverse(v.total()), *when));
    candidates.into_iter().find_map(|(_, text, _)| {
        let bytes = fs::read(text).ok()?;
        let parsed = super::format::parse(&seal.open(&bytes).ok()?).ok()?;
        parsed.workbook.problems().is_empty().then_some(parsed.workbook)
    })
}
