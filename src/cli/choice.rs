//! Reading the values of options on the command line: a model choice by any of its names
//! (`reading-circle`, `reading circle`, `読書会`, in any case and width), and whole numbers in a
//! range (full-width digits too). The parsers know no language: a value they refuse becomes a
//! clap error whose source is a [`Refused`], and `cli::errors` words it in the user's language.
//!
//! The words of a choice come from `i18n::Label`, the same labels the screens show, so a name
//! the app shows is a name the command line takes.

use std::fmt::{self, Debug};

use clap::builder::{PossibleValue, StringValueParser, TypedValueParser};
use strum::IntoEnumIterator;
use unicode_normalization::UnicodeNormalization;

use crate::i18n::{Label, Lang};

/// Why a value was refused; the source of a `ValueValidation` error.
#[derive(Debug)]
pub enum Refused {
    /// Not one of the choices.
    NotAChoice { choices: Vec<ChoiceWords>, closest: Option<usize> },
    /// Not a whole number, or outside `min..=max`.
    NotANumber { min: u64, max: Option<u64> },
}

impl fmt::Display for Refused {
    /// The English words, for a reader of the error that does not go through `cli::errors`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::NotAChoice { choices, .. } => {
                let names: Vec<&str> = choices.iter().map(|c| c.name.as_str()).collect();
                write!(f, "choose one of: {}", names.join(", "))
            }
            Refused::NotANumber { min, max: Some(max) } => write!(f, "give a whole number from {min} to {max}"),
            Refused::NotANumber { min, max: None } => write!(f, "give a whole number from {min}"),
        }
    }
}

impl std::error::Error for Refused {}

/// One choice: the name scripts use (`reading-circle`) and its label in each language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceWords {
    pub name: String,
    pub labels: [String; 2],
}

impl ChoiceWords {
    fn of<E: Label + Debug>(e: E) -> ChoiceWords {
        ChoiceWords { name: kebab(&format!("{e:?}")), labels: [e.label(Lang::Ja).into(), e.label(Lang::En).into()] }
    }

    pub fn label(&self, lang: Lang) -> &str {
        &self.labels[lang.index()]
    }

    /// The word to offer in `lang`: the Japanese label, or the script name in English (the
    /// labels there have spaces, which a shell would split).
    pub fn offered(&self, lang: Lang) -> &str {
        match lang {
            Lang::Ja => self.label(lang),
            Lang::En => &self.name,
        }
    }

    /// As a `PossibleValue` for help and completions: the name, with the two labels as its
    /// aliases, Japanese first ([`ChoiceWords::from_possible`] reads them back in that order).
    fn possible(&self) -> PossibleValue {
        PossibleValue::new(self.name.clone()).aliases(self.labels.clone())
    }

    /// The words of a choice from its `PossibleValue`; a value of a plain `ValueEnum` (no
    /// aliases) is called by its name in both languages.
    pub fn from_possible(pv: &PossibleValue) -> ChoiceWords {
        let all: Vec<&str> = pv.get_name_and_aliases().collect();
        let name = pv.get_name().to_owned();
        match all.as_slice() {
            [_, ja, en] => ChoiceWords { name, labels: [(*ja).to_owned(), (*en).to_owned()] },
            _ => ChoiceWords { labels: [name.clone(), name.clone()], name },
        }
    }
}

/// A parser for a model choice: any name of it in either language, as [`choice`] reads it.
pub fn choices<E>() -> Choices<E>
where
    E: IntoEnumIterator + Label + Debug + Send + Sync + 'static,
{
    Choices(std::marker::PhantomData)
}

#[derive(Clone)]
pub struct Choices<E>(std::marker::PhantomData<E>);

impl<E> TypedValueParser for Choices<E>
where
    E: IntoEnumIterator + Label + Debug + Send + Sync + 'static,
{
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        StringValueParser::new().try_map(|s| choice::<E>(&s)).parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(E::iter().map(|e| ChoiceWords::of(e).possible())))
    }
}

/// Reads a choice by its script name or its label in either language, ignoring case, width,
/// spaces, hyphens, underscores and `・`; a wrong one is refused with every choice.
pub fn choice<E: IntoEnumIterator + Label + Debug>(s: &str) -> Result<E, Refused> {
    let want = key(s);
    let found = E::iter().find(|&e| {
        let w = ChoiceWords::of(e);
        key(&w.name) == want || w.labels.iter().any(|l| key(l) == want)
    });
    found.ok_or_else(|| {
        let choices: Vec<ChoiceWords> = E::iter().map(ChoiceWords::of).collect();
        let closest = closest(&want, &choices);
        Refused::NotAChoice { choices, closest }
    })
}

/// The choice a mistyped value most likely meant, when one is close enough.
fn closest(want: &str, choices: &[ChoiceWords]) -> Option<usize> {
    let score = |c: &ChoiceWords| {
        std::iter::once(&c.name).chain(&c.labels).map(|n| strsim::jaro_winkler(want, &key(n))).fold(0.0, f64::max)
    };
    let (best, s) = choices.iter().enumerate().map(|(i, c)| (i, score(c))).max_by(|a, b| a.1.total_cmp(&b.1))?;
    // clap's own threshold for "did you mean".
    (s > 0.7).then_some(best)
}

/// What two spellings of a name have in common: NFKC (full-width letters and half-width kana
/// become the usual ones), lower case, and no separators.
fn key(s: &str) -> String {
    s.nfkc().flat_map(char::to_lowercase).filter(|c| !(c.is_whitespace() || matches!(c, '-' | '_' | '・'))).collect()
}

/// `ReadingCircle` → `reading-circle`: the name of a choice in files and scripts.
pub fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A parser for a whole number from `min` (to `max`); full-width digits are read too.
pub fn number<T>(min: u64, max: Option<u64>) -> impl TypedValueParser<Value = T>
where
    T: TryFrom<u64> + Clone + Send + Sync + 'static,
{
    StringValueParser::new().try_map(move |s| {
        let digits: String = s.trim().nfkc().collect();
        digits
            .parse::<u64>()
            .ok()
            .filter(|n| *n >= min && max.is_none_or(|max| *n <= max))
            .and_then(|n| T::try_from(n).ok())
            .ok_or(Refused::NotANumber { min, max })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    #[test]
    fn a_choice_is_read_by_any_of_its_names() {
        assert_eq!(choice::<CommunityKind>("reading-circle").ok(), Some(CommunityKind::ReadingCircle));
        assert_eq!(choice::<CommunityKind>("Pro_Bono").ok(), Some(CommunityKind::ProBono));
        assert_eq!(choice::<CommunityKind>("reading circle").ok(), Some(CommunityKind::ReadingCircle));
        assert_eq!(choice::<CommunityKind>("読書会").ok(), Some(CommunityKind::ReadingCircle));
        assert_eq!(choice::<CommunityKind>("ﾌﾟﾛﾎﾞﾉ").ok(), Some(CommunityKind::ProBono), "half-width kana");
        assert_eq!(choice::<CommunityKind>("ＬＥＡＲＮＩＮＧ").ok(), Some(CommunityKind::Learning), "full width");
        assert_eq!(choice::<CommunityStatus>("参加中").ok(), Some(CommunityStatus::Active));
        assert_eq!(choice::<Cadence>("every 2 weeks").ok(), Some(Cadence::Biweekly));
        assert_eq!(choice::<Cost>(" 重い ").ok(), Some(Cost::High));
    }

    #[test]
    fn a_wrong_choice_lists_them_all_and_the_closest() {
        match choice::<CommunityKind>("reading-cirle") {
            Err(Refused::NotAChoice { choices, closest }) => {
                assert_eq!(choices.len(), CommunityKind::iter().count());
                assert_eq!(closest.map(|i| choices[i].name.as_str()), Some("reading-circle"));
                assert_eq!(choices[1].label(Lang::Ja), "読書会");
            }
            other => panic!("{other:?}"),
        }
        match choice::<Cost>("spaceship") {
            Err(e @ Refused::NotAChoice { closest: None, .. }) => {
                assert_eq!(e.to_string(), "choose one of: low, medium, high");
            }
            other => panic!("{other:?}"),
        }
    }

    /// Two choices of one kind that read alike would make a name mean either.
    fn no_two_share_a_name<E: IntoEnumIterator + Label + Debug>() {
        let mut seen = std::collections::BTreeMap::new();
        for e in E::iter() {
            let w = ChoiceWords::of(e);
            for n in std::iter::once(&w.name).chain(&w.labels) {
                if let Some(other) = seen.insert(key(n), w.name.clone()) {
                    assert_eq!(other, w.name, "{} names both {other} and {}", n, w.name);
                }
            }
        }
    }

    #[test]
    fn no_name_means_two_choices() {
        no_two_share_a_name::<CommunityKind>();
        no_two_share_a_name::<CommunityStatus>();
        no_two_share_a_name::<Distance>();
        no_two_share_a_name::<Cadence>();
        no_two_share_a_name::<Channel>();
        no_two_share_a_name::<IntroDirection>();
        no_two_share_a_name::<InvitationKind>();
        no_two_share_a_name::<Cost>();
        no_two_share_a_name::<Decision>();
        no_two_share_a_name::<Topic>();
        no_two_share_a_name::<super::super::ListKind>();
    }

    #[test]
    fn numbers_in_range_and_in_full_width() {
        let cmd = clap::Command::new("t");
        let p = number::<u8>(0, Some(4));
        assert_eq!(p.parse_ref(&cmd, None, "３".as_ref()).ok(), Some(3));
        assert!(p.parse_ref(&cmd, None, "9".as_ref()).is_err());
        assert!(p.parse_ref(&cmd, None, "x".as_ref()).is_err());
        let big = number::<u8>(1, None);
        assert!(big.parse_ref(&cmd, None, "300".as_ref()).is_err(), "too big for the type");
    }
}
