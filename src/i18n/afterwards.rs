//! Words for what came after an invitation: the week page's question, and what the record says
//! about the value filter's pass mark (`model::calibrate`).

use super::{Lang, tr};
use crate::model::TurnedOut;
use crate::model::calibrate::{Calibration, MIN_TURNED_OUT, MarkAdvice, Tally};
use crate::model::{InvitationId, Workbook};

/// The week page's question about an invitation whose event has passed (the footer names the
/// keys that answer it).
pub fn afterwards_question(lang: Lang, wb: &Workbook, id: InvitationId) -> String {
    let Some(inv) = wb.invitations.get(id) else { return String::new() };
    let what = crate::model::text::one_line(&inv.what);
    use chrono::Datelike;
    let date = inv.event.map(|d| tr!(lang, "day-short", month = d.month(), day = d.day())).unwrap_or_default();
    tr!(lang, "week-ask", invitation = what, date = date)
}

/// The tallies above and below the mark, then the suggestion (or why there is none).
pub fn calibration(lang: Lang, c: &Calibration) -> String {
    if c.read() == 0 {
        return tr!(lang, "calibration-none").to_owned();
    }
    let line = format!(
        "{}{}{}",
        tally(lang, tr!(lang, "calibration-above"), &c.above),
        tr!(lang, "list-separator"),
        tally(lang, tr!(lang, "calibration-below"), &c.below)
    );
    let advice = match c.advice {
        Some(MarkAdvice::Lower { good_below, good, surprising_below, surprising, to }) => {
            tr!(
                lang,
                "calibration-lower",
                good_below = good_below,
                good = good,
                surprising_below = surprising_below,
                surprising = surprising,
                to = to
            )
        }
        Some(MarkAdvice::Raise { poor_above, above, to }) => {
            tr!(lang, "calibration-raise", poor_above = poor_above, above = above, to = to)
        }
        None if c.read() < MIN_TURNED_OUT => tr!(lang, "calibration-wait", min = MIN_TURNED_OUT),
        None => tr!(lang, "calibration-steady").to_owned(),
    };
    format!("{line}{}{advice}", tr!(lang, "sentence-gap"))
}

/// One side of the mark: how many, then how they turned out (only the words that occur).
fn tally(lang: Lang, side: &str, t: &Tally) -> String {
    use crate::i18n::Label;
    let parts: Vec<String> =
        [(TurnedOut::Useful, t.useful), (TurnedOut::Surprising, t.surprising), (TurnedOut::NotWorthIt, t.not_worth)]
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .map(|(word, n)| format!("{} {n}", word.label(lang)))
            .collect();
    let parts = if parts.is_empty() {
        String::new()
    } else {
        tr!(lang, "calibration-parts", parts = parts.join(tr!(lang, "list-separator")))
    };
    tr!(lang, "calibration-tally", side = side, count = t.total(), parts = parts)
}

/// The suggestion alone, short, for above the value filter (`None`: nothing suggested).
pub fn calibration_advice(lang: Lang, c: &Calibration) -> Option<String> {
    Some(match c.advice? {
        MarkAdvice::Lower { good_below, good, to, .. } => {
            tr!(lang, "calibration-lower-short", good_below = good_below, good = good, to = to)
        }
        MarkAdvice::Raise { poor_above, above, to } => {
            tr!(lang, "calibration-raise-short", poor_above = poor_above, above = above, to = to)
        }
    })
}

/// How the record moves the pass mark, for the help: a heading, then one line per rule.
pub fn calibration_rules(lang: Lang) -> Vec<&'static str> {
    tr!(lang, "help-calibration-rules").lines().collect()
}
