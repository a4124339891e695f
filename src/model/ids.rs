//! Stable record ids. One counter per workbook hands out every id, so an id is unique across all
//! record kinds and never reused, even after a delete (undo can then bring the record back under
//! the same id). Each kind has its own id type so a person id cannot be stored where a community
//! id belongs.

use std::fmt;

use serde::{Deserialize, Serialize};

/// The largest id a record may have: 2^53 - 1, the largest whole number a spreadsheet or
/// JavaScript reading an export keeps exact. Nine thousand million million ids: a counter that
/// gets here was written by hand, and stopping here means adding one can never wrap around.
pub const MAX_ID: u64 = (1 << 53) - 1;

macro_rules! id_types {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u64);

        impl From<u64> for $name {
            fn from(n: u64) -> Self {
                Self(n)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}

id_types!(
    /// A final value.
    ValueId,
    /// A community.
    CommunityId,
    /// A person (a tie).
    PersonId,
    /// A tag I want to be known for.
    TagId,
    /// A small output.
    OutputId,
    /// An introduction I made or received.
    IntroductionId,
    /// An invitation.
    InvitationId,
    /// A dated stock-take of the assets.
    StocktakeId,
    /// A free-text reflection.
    ReflectionId,
);
