//! Undo and redo: each entry keeps the edit that reverses a change and a short description for
//! the status line.

use crate::model::{Edit, EditError, Workbook};

#[derive(Clone, Debug)]
pub struct Entry {
    pub label: String,
    pub edit: Edit,
}

#[derive(Default, Debug)]
pub struct History {
    undo: Vec<Entry>,
    redo: Vec<Entry>,
}

impl History {
    /// Applies `edit` and remembers how to undo it.
    pub fn apply(&mut self, wb: &mut Workbook, edit: Edit, label: String) -> Result<(), EditError> {
        let inverse = wb.apply(edit)?;
        self.undo.push(Entry { label, edit: inverse });
        self.redo.clear();
        Ok(())
    }

    /// Undoes the latest change; returns its label, or `None` when there is nothing to undo.
    pub fn undo(&mut self, wb: &mut Workbook) -> Option<Result<String, EditError>> {
        step(&mut self.undo, &mut self.redo, wb)
    }

    /// Redoes the latest undone change.
    pub fn redo(&mut self, wb: &mut Workbook) -> Option<Result<String, EditError>> {
        step(&mut self.redo, &mut self.undo, wb)
    }
}

/// Applies the newest entry of `from` and files its inverse in `to` (undo and redo are the same
/// move in opposite directions). On failure the entry stays where it was.
fn step(from: &mut Vec<Entry>, to: &mut Vec<Entry>, wb: &mut Workbook) -> Option<Result<String, EditError>> {
    let entry = from.pop()?;
    Some(match wb.apply(entry.edit.clone()) {
        Ok(inverse) => {
            to.push(Entry { label: entry.label.clone(), edit: inverse });
            Ok(entry.label)
        }
        Err(e) => {
            from.push(entry);
            Err(e)
        }
    })
}
