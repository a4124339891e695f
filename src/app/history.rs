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
        let entry = self.undo.pop()?;
        Some(match wb.apply(entry.edit.clone()) {
            Ok(forward) => {
                self.redo.push(Entry { label: entry.label.clone(), edit: forward });
                Ok(entry.label)
            }
            Err(e) => {
                self.undo.push(entry);
                Err(e)
            }
        })
    }

    pub fn redo(&mut self, wb: &mut Workbook) -> Option<Result<String, EditError>> {
        let entry = self.redo.pop()?;
        Some(match wb.apply(entry.edit.clone()) {
            Ok(inverse) => {
                self.undo.push(Entry { label: entry.label.clone(), edit: inverse });
                Ok(entry.label)
            }
            Err(e) => {
                self.redo.push(entry);
                Err(e)
            }
        })
    }
}
