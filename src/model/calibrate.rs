//! A filter that learns from the record: how the invitations I accepted turned out (in my own
//! word afterwards: useful, surprising, not worth it), split by whether the value filter passes
//! them today, and a suggestion to move the pass mark when the record leans one way. Pure; the
//! value filter's look back shows what [`calibrate`] returns.
//!
//! Rules (our own, not research; also in the help):
//! - Only accepted invitations that count (not practice ones) with a word for how they turned
//!   out are read. Each is judged as the filter judges it now (today's values and pass mark):
//!   "above" passes, "below" is below the mark or against a top value; unrated ones are left out.
//! - Nothing is suggested before [`MIN_TURNED_OUT`] such invitations.
//! - **Lower**: at least [`LEANING`] of those that turned out well (useful or surprising) were
//!   below the mark, and they are at least half of all that turned out well.
//! - **Raise**: at least [`LEANING`] accepted above the mark were not worth it, and they are more
//!   than half of those above the mark.
//! - Either way the suggestion is one step of the mark (`<`/`>`: 5 points), never a jump; when
//!   both would apply, the record points both ways and nothing is suggested.
//!
//! What the record cannot say: declined invitations have no outcome, so it cannot tell what
//! declining cost; a handful of invitations is a small sample; and "turned out" is the
//! person's own word, written after the fact.

use super::choices::{Decision, TurnedOut};
use super::filter::{self, Outcome};
use super::settings::{PASS_MARK_RANGE, PASS_MARK_STEP};
use super::workbook::Workbook;

/// Invitations with a word for how they turned out, before anything is suggested.
pub const MIN_TURNED_OUT: usize = 4;
/// How many point one way before the mark is worth moving.
pub const LEANING: usize = 3;

/// How the accepted invitations on one side of the mark turned out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub useful: usize,
    pub surprising: usize,
    pub not_worth: usize,
}

impl Tally {
    pub fn total(&self) -> usize {
        self.useful + self.surprising + self.not_worth
    }

    /// Useful or surprising.
    pub fn good(&self) -> usize {
        self.useful + self.surprising
    }

    fn add(&mut self, t: TurnedOut) {
        match t {
            TurnedOut::Useful => self.useful += 1,
            TurnedOut::Surprising => self.surprising += 1,
            TurnedOut::NotWorthIt => self.not_worth += 1,
        }
    }
}

/// A step of the pass mark the record suggests (see the module's rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkAdvice {
    /// Lower the mark to `to`: `good_below` of the `good` that turned out well were below it.
    Lower { good_below: usize, good: usize, surprising_below: usize, surprising: usize, to: u8 },
    /// Raise the mark to `to`: `poor_above` of the `above` accepted above it were not worth it.
    Raise { poor_above: usize, above: usize, to: u8 },
}

/// What the record says about the pass mark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Calibration {
    pub above: Tally,
    pub below: Tally,
    pub advice: Option<MarkAdvice>,
}

impl Calibration {
    /// Accepted invitations with a word for how they turned out, on either side of the mark.
    pub fn read(&self) -> usize {
        self.above.total() + self.below.total()
    }
}

/// The record's tallies and suggestion for the workbook's pass mark (see the module's rules).
pub fn calibrate(wb: &Workbook) -> Calibration {
    let mut c = Calibration::default();
    for inv in wb.invitations.iter().filter(|i| i.counts() && i.decision == Decision::Accepted) {
        let Some(turned) = inv.turned_out else { continue };
        match filter::invitation(wb, inv).outcome {
            Outcome::Passes => c.above.add(turned),
            Outcome::Below | Outcome::Against(_) => c.below.add(turned),
            Outcome::Unrated => {}
        }
    }
    if c.read() < MIN_TURNED_OUT {
        return c;
    }
    let mark = wb.settings.pass_mark();
    let good = c.above.good() + c.below.good();
    let lower = c.below.good() >= LEANING && c.below.good() * 2 >= good && mark > *PASS_MARK_RANGE.start();
    let raise =
        c.above.not_worth >= LEANING && c.above.not_worth * 2 > c.above.total() && mark < *PASS_MARK_RANGE.end();
    c.advice = match (lower, raise) {
        (true, false) => Some(MarkAdvice::Lower {
            good_below: c.below.good(),
            good,
            surprising_below: c.below.surprising,
            surprising: c.above.surprising + c.below.surprising,
            to: mark.saturating_sub(PASS_MARK_STEP).max(*PASS_MARK_RANGE.start()),
        }),
        (false, true) => Some(MarkAdvice::Raise {
            poor_above: c.above.not_worth,
            above: c.above.total(),
            to: mark.saturating_add(PASS_MARK_STEP).min(*PASS_MARK_RANGE.end()),
        }),
        _ => None,
    };
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// A workbook with one value; `fits` are the invitations' fits with it (+2 passes at the
    /// default mark of 25 %, −1 is below), each accepted and turned out as given.
    fn record(fits: &[(i8, Option<TurnedOut>)]) -> Workbook {
        let mut wb = Workbook::default();
        let v = ValueId(wb.new_id());
        wb.values.put(FinalValue { id: v, rank: 1, name: Text::from("学び"), ..Default::default() });
        for &(score, turned_out) in fits {
            let id = InvitationId(wb.new_id());
            wb.invitations.put(Invitation {
                id,
                what: Text::from("誘い"),
                scores: vec![ValueScore { value: v, score }],
                decision: Decision::Accepted,
                turned_out,
                ..Default::default()
            });
        }
        wb
    }

    use TurnedOut::*;

    #[test]
    fn three_of_four_surprises_below_the_mark_suggest_lowering_it_one_step() {
        let wb =
            record(&[(-1, Some(Surprising)), (-1, Some(Surprising)), (-1, Some(Surprising)), (2, Some(Surprising))]);
        let c = calibrate(&wb);
        assert_eq!(c.below, Tally { surprising: 3, ..Tally::default() });
        assert_eq!(c.above, Tally { surprising: 1, ..Tally::default() });
        assert_eq!(
            c.advice,
            Some(MarkAdvice::Lower { good_below: 3, good: 4, surprising_below: 3, surprising: 4, to: 20 })
        );
    }

    #[test]
    fn nothing_is_suggested_on_fewer_than_four() {
        let wb = record(&[(-1, Some(Surprising)), (-1, Some(Useful)), (-1, Some(Surprising))]);
        let c = calibrate(&wb);
        assert_eq!(c.read(), 3);
        assert_eq!(c.advice, None);
    }

    #[test]
    fn without_a_word_for_how_it_turned_out_an_invitation_is_not_read() {
        let wb = record(&[(-1, None), (-1, None), (-1, None), (-1, Some(Surprising)), (2, Some(Useful))]);
        assert_eq!(calibrate(&wb).read(), 2);
        assert_eq!(calibrate(&wb).advice, None);
    }

    #[test]
    fn mostly_not_worth_it_above_the_mark_suggests_raising_it() {
        let wb = record(&[(2, Some(NotWorthIt)), (2, Some(NotWorthIt)), (2, Some(NotWorthIt)), (2, Some(Useful))]);
        assert_eq!(calibrate(&wb).advice, Some(MarkAdvice::Raise { poor_above: 3, above: 4, to: 30 }));
    }

    #[test]
    fn half_not_worth_it_is_not_enough_to_raise() {
        let wb = record(&[
            (2, Some(NotWorthIt)),
            (2, Some(NotWorthIt)),
            (2, Some(NotWorthIt)),
            (2, Some(Useful)),
            (2, Some(Useful)),
            (2, Some(Surprising)),
        ]);
        assert_eq!(calibrate(&wb).advice, None);
    }

    #[test]
    fn a_record_that_points_both_ways_suggests_nothing() {
        let wb = record(&[
            (-1, Some(Useful)),
            (-1, Some(Surprising)),
            (-1, Some(Useful)),
            (2, Some(NotWorthIt)),
            (2, Some(NotWorthIt)),
            (2, Some(NotWorthIt)),
        ]);
        let c = calibrate(&wb);
        assert_eq!((c.below.good(), c.above.not_worth), (3, 3));
        assert_eq!(c.advice, None);
    }

    #[test]
    fn the_mark_never_moves_past_its_range() {
        let mut wb = record(&[(-1, Some(Useful)), (-1, Some(Useful)), (-1, Some(Useful)), (-1, Some(Useful))]);
        wb.settings.pass_mark = 5;
        assert_eq!(calibrate(&wb).advice, None, "at the lowest mark there is no lower step");
    }

    #[test]
    fn practice_declined_and_unrated_invitations_are_left_out() {
        let mut wb = record(&[(-1, Some(Useful)), (-1, Some(Useful)), (-1, Some(Useful)), (0, Some(Useful))]);
        let c = calibrate(&wb);
        assert_eq!(c.read(), 3, "the unrated one (fit 0) is on neither side");
        let ids: Vec<InvitationId> = wb.invitations.iter().map(|i| i.id).collect();
        let mut practice = wb.invitations.get(ids[0]).cloned().expect("there");
        practice.practice = true;
        wb.invitations.put(practice);
        let mut declined = wb.invitations.get(ids[1]).cloned().expect("there");
        declined.decision = Decision::Declined;
        wb.invitations.put(declined);
        assert_eq!(calibrate(&wb).read(), 1);
    }
}
