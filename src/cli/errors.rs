//! A command line clap could not read, worded in the user's language as one line: what was
//! wrong (from the error's kind and its context: the option, the value, the allowed values,
//! the closest name), then which `--help` to read (that of the command the words reached).
//! clap's own sentences are English only, so none of them is used; a value our parsers refused
//! carries a [`Refused`] that says why.

use std::ffi::OsString;

use clap::Command;
use clap::error::{ContextKind, ContextValue, ErrorKind};

use super::choice::Refused;
use crate::i18n::{Lang, tr};

/// The line to print after `tsunagari: `, for the command line `args` (the program first).
pub fn render(lang: Lang, e: &clap::Error, args: &[OsString]) -> String {
    let cmd = super::help::command(lang);
    let (path, node) = command_of(&cmd, args);
    let mut what = what(lang, e);
    if let Some(tip) = dash_tip(lang, e, node) {
        what = join(lang, &what, &tip);
    }
    tr!(lang, "cli-usage", error = what, help = format!("{} --help", path.join(" ")))
}

/// The command the arguments reached (`tsunagari add community`): every word that names a
/// subcommand of the one before, up to a `--`.
fn command_of<'a>(root: &'a Command, args: &[OsString]) -> (Vec<String>, &'a Command) {
    let mut path = vec![root.get_name().to_owned()];
    let mut node = root;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if arg == "--" {
            break;
        }
        if let Some(sub) = node.get_subcommands().find(|s| s.get_name() == arg) {
            path.push(arg.to_owned());
            node = sub;
        }
    }
    (path, node)
}

/// For `add output -1`: a value that starts with `-` goes after `--`.
fn dash_tip(lang: Lang, e: &clap::Error, node: &Command) -> Option<String> {
    let arg = string(e, ContextKind::InvalidArg)?;
    let single_dash = arg.starts_with('-') && !arg.starts_with("--");
    let takes_text = node.get_positionals().next().is_some();
    let named = e.get(ContextKind::SuggestedArg).is_some();
    (e.kind() == ErrorKind::UnknownArgument && single_dash && takes_text && !named)
        .then(|| tr!(lang, "cli-error-dash-value", arg = arg))
}

fn string(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) if !v.is_empty() => Some(v.join(", ")),
        _ => None,
    }
}

fn strings(e: &clap::Error, kind: ContextKind) -> Vec<String> {
    match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    }
}

/// A list of names as the language writes one.
fn list(lang: Lang, items: &[String]) -> String {
    items.join(if lang == Lang::Ja { "、" } else { ", " })
}

fn what(lang: Lang, e: &clap::Error) -> String {
    let arg = string(e, ContextKind::InvalidArg).unwrap_or_default();
    let value = string(e, ContextKind::InvalidValue).unwrap_or_default();
    let mut out = match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            tr!(lang, "cli-error-missing", args = list(lang, &strings(e, ContextKind::InvalidArg)))
        }
        ErrorKind::InvalidValue if value.is_empty() => tr!(lang, "cli-error-no-value", arg = arg),
        ErrorKind::InvalidValue => {
            let bad = tr!(lang, "cli-error-bad-value", arg = arg, value = value);
            let valid = strings(e, ContextKind::ValidValue);
            if valid.is_empty() {
                bad
            } else {
                join(lang, &bad, &tr!(lang, "cli-error-choices", choices = list(lang, &valid)))
            }
        }
        ErrorKind::ValueValidation => {
            let bad = tr!(lang, "cli-error-bad-value", arg = arg, value = value);
            match std::error::Error::source(e).and_then(|s| s.downcast_ref::<Refused>()) {
                Some(Refused::NotAChoice { choices, closest }) => {
                    let words: Vec<String> = choices.iter().map(|c| c.offered(lang).to_owned()).collect();
                    let mut line = join(lang, &bad, &tr!(lang, "cli-error-choices", choices = list(lang, &words)));
                    if let Some(c) = closest.and_then(|i| choices.get(i)) {
                        line = join(lang, &line, &tr!(lang, "cli-error-did-you-mean", suggestion = c.offered(lang)));
                    }
                    line
                }
                Some(Refused::NotANumber { min, max: Some(max) }) => {
                    join(lang, &bad, &tr!(lang, "cli-error-number-range", min = *min, max = *max))
                }
                Some(Refused::NotANumber { min, max: None }) => {
                    join(lang, &bad, &tr!(lang, "cli-error-number-min", min = *min))
                }
                None => bad,
            }
        }
        ErrorKind::UnknownArgument if arg.starts_with('-') => tr!(lang, "cli-error-unknown-option", arg = arg),
        ErrorKind::UnknownArgument => tr!(lang, "cli-error-extra-word", arg = arg),
        ErrorKind::InvalidSubcommand => {
            tr!(
                lang,
                "cli-error-unknown-command",
                command = string(e, ContextKind::InvalidSubcommand).unwrap_or_default()
            )
        }
        ErrorKind::ArgumentConflict => match string(e, ContextKind::PriorArg) {
            Some(prior) if prior != arg => tr!(lang, "cli-error-conflict", arg = arg, other = prior),
            _ => tr!(lang, "cli-error-twice", arg = arg),
        },
        ErrorKind::MissingSubcommand => {
            let mut commands = strings(e, ContextKind::ValidSubcommand);
            commands.retain(|c| c != "help");
            tr!(lang, "cli-error-missing-command", commands = list(lang, &commands))
        }
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            tr!(lang, "cli-error-values", arg = arg)
        }
        ErrorKind::NoEquals => tr!(lang, "cli-error-no-equals", arg = arg),
        ErrorKind::InvalidUtf8 => tr!(lang, "cli-error-utf8").to_owned(),
        _ => tr!(lang, "cli-error-other").to_owned(),
    };
    let suggestions = [ContextKind::SuggestedSubcommand, ContextKind::SuggestedArg, ContextKind::SuggestedValue];
    for kind in suggestions {
        let names = strings(e, kind);
        if !names.is_empty() {
            out = join(lang, &out, &tr!(lang, "cli-error-did-you-mean", suggestion = list(lang, &names)));
        }
    }
    out
}

/// Two sentences of one message.
fn join(lang: Lang, first: &str, second: &str) -> String {
    let between = match lang {
        Lang::Ja if first.ends_with('。') => "",
        Lang::Ja => "。",
        Lang::En => "; ",
    };
    format!("{first}{between}{second}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(lang: Lang, args: &[&str]) -> String {
        let mut all = vec!["tsunagari"];
        all.extend_from_slice(args);
        let all: Vec<OsString> = all.into_iter().map(OsString::from).collect();
        match super::super::parse(lang, &all) {
            Ok(cli) => panic!("{args:?} parsed: {cli:?}"),
            Err(e) => render(lang, &e, &all),
        }
    }

    #[test]
    fn errors_are_worded_in_the_language_with_what_to_read() {
        let e = error(Lang::Ja, &["add", "community"]);
        assert!(e.contains("<名前>") && e.contains("tsunagari add community --help"), "{e}");
        let e = error(Lang::Ja, &["add", "community", "x", "--kind", "宇宙船"]);
        assert!(e.contains("宇宙船") && e.contains("読書会、") && e.contains("--kind <種類>"), "{e}");
        let e = error(Lang::En, &["add", "community", "x", "--kind", "reading-cirle"]);
        assert!(e.contains("did you mean \"reading-circle\"?"), "{e}");
        let e = error(Lang::Ja, &["ad", "tag", "x"]);
        assert!(e.contains("「ad」") && e.contains("add"), "{e}");
        let e = error(Lang::Ja, &["add", "person", "佐藤", "美咲"]);
        assert!(e.contains("美咲") && e.contains("引用符"), "{e}");
        let e = error(Lang::En, &["add", "person", "x", "--time", "9"]);
        assert!(e.contains("from 0 to 4") && e.contains("add person --help"), "{e}");
        let e = error(Lang::Ja, &["add", "output", "-1"]);
        assert!(e.contains("-- -1"), "{e}");
        let e = error(Lang::Ja, &["add", "introduction", "a", "b", "--planned", "--date", "11/20"]);
        assert!(e.contains("--planned") && e.contains("--date"), "{e}");
        assert!(!e.contains('\n'));
    }
}
