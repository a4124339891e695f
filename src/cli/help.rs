//! The command in one language: clap's `Command` from the derive, built (so the global options,
//! `--help`, `--version` and the `help` subcommand are in every subcommand), then every text
//! replaced from the `.ftl` files: a command's about is `cli-about` + its path (`cli-about-add-
//! community`), an option's help `cli-arg` + the path + its id (`cli-arg-add-community-kind`;
//! global ones, `--help` and `--version` have one message, `cli-arg-file`), a value name
//! `cli-value-` + the English one lower-cased (`<DATE>` is `cli-value-date`; `<0-4>` has no
//! words and stays). In Japanese the frame is ours too: headings, the usage line, the allowed
//! values, defaults and environment variables (clap writes those in English).
//!
//! The ids are made from data, so they are looked up with `i18n::fluent::text`, not `tr!`; the
//! test below walks the whole command and fails on any id missing from either language.

use clap::{Arg, Command, CommandFactory};

use super::Cli;
use super::choice::ChoiceWords;
use crate::i18n::{self, Lang, tr};

/// The whole command line, worded in `lang`.
pub fn command(lang: Lang) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    localise(cmd, lang, "")
}

/// The message id of a command's about, and the path its options' ids start with.
fn sub_path(path: &str, name: &str) -> String {
    // A `help` subcommand's path starts with `-help`; the commands under it (`tsunagari help
    // add community`) keep their own path after it.
    if name == "help" && !path.starts_with("-help") { format!("-help{path}") } else { format!("{path}-{name}") }
}

/// The message id of a command's about: every `help` says the same, and under it each command
/// is named with its own about.
fn about_id(cmd: &Command, path: &str) -> String {
    match path.strip_prefix("-help") {
        Some(_) if cmd.get_name() == "help" => "cli-about-help".to_owned(),
        Some(own) => format!("cli-about{own}"),
        None => format!("cli-about{path}"),
    }
}

fn localise(cmd: Command, lang: Lang, path: &str) -> Command {
    let about = i18n::fluent::text(lang, &about_id(&cmd, path));
    let mut cmd = cmd.about(about).long_about(None).mut_args(|a| arg(a, lang, path));
    if !path.is_empty() {
        // A command's own options first; the global ones under their own heading after them.
        let global = tr!(lang, "cli-heading-global");
        cmd = cmd.mut_args(|a| if a.is_global_set() { a.help_heading(global) } else { a });
    }
    let path = path.to_owned();
    cmd = cmd.mut_subcommands(|sc| {
        let p = sub_path(&path, sc.get_name());
        localise(sc, lang, &p)
    });
    if lang == Lang::Ja { japanese_frame(cmd) } else { cmd }
}

/// The message id of an option's help.
fn arg_id(a: &Arg, path: &str) -> String {
    let id = a.get_id().as_str().replace('_', "-");
    if a.is_global_set() || matches!(id.as_str(), "help" | "version") {
        format!("cli-arg-{id}")
    } else if path.starts_with("-help") {
        format!("cli-arg-help-{id}")
    } else {
        format!("cli-arg{path}-{id}")
    }
}

/// The message id of a value name, or `None` for one without words (`0-4`).
fn value_id(name: &str) -> Option<String> {
    name.chars().any(|c| c.is_ascii_alphabetic()).then(|| format!("cli-value-{}", name.to_ascii_lowercase()))
}

fn arg(a: Arg, lang: Lang, path: &str) -> Arg {
    let mut help = i18n::fluent::text(lang, &arg_id(&a, path));
    let names: Vec<String> = a.get_value_names().unwrap_or_default().iter().map(|n| n.to_string()).collect();
    let mut a = match names.first().and_then(|n| value_id(n)) {
        Some(id) if a.get_action().takes_values() => a.value_name(i18n::fluent::text(lang, &id)),
        _ => a,
    };
    if lang == Lang::Ja && a.get_action().takes_values() {
        let choices = a.get_possible_values();
        if !choices.is_empty() {
            let list: Vec<String> =
                choices.iter().map(|pv| ChoiceWords::from_possible(pv).offered(lang).to_owned()).collect();
            help = tr!(lang, "cli-help-choices", help = help, choices = list.join("、"));
            a = a.hide_possible_values(true);
        }
        let defaults: Vec<String> = a.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
        if !defaults.is_empty() {
            help = tr!(lang, "cli-help-default", help = help, default = defaults.join(", "));
            a = a.hide_default_value(true);
        }
        if let Some(env) = a.get_env().map(|e| e.to_string_lossy().into_owned()) {
            help = tr!(lang, "cli-help-env", help = help, name = env);
            a = a.hide_env(true);
        }
    }
    a.help(help).long_help(None)
}

/// Headings and the usage line in Japanese (clap has them in English only).
fn japanese_frame(cmd: Command) -> Command {
    let lang = Lang::Ja;
    let mut cmd = cmd
        .mut_args(|a| match a.get_help_heading() {
            Some(_) => a,
            None if a.is_positional() => a.help_heading(tr!(lang, "cli-heading-arguments")),
            None => a.help_heading(tr!(lang, "cli-heading-options")),
        })
        .subcommand_help_heading(tr!(lang, "cli-heading-commands"))
        .subcommand_value_name(tr!(lang, "cli-value-command"));
    let usage = usage(&cmd);
    cmd = cmd.help_template(template(lang, true)).override_usage(usage);
    cmd
}

/// The frame of a help page: clap's own in English, with our heading for the usage line in
/// Japanese. Without `about`, the page starts with what is before the help: `fit` puts the
/// about there, wrapped to the whole width (the about itself is wrapped for the parent's list).
pub(super) fn template(lang: Lang, about: bool) -> String {
    let about = if about { "{about-with-newline}\n" } else { "" };
    let heading = match lang {
        Lang::Ja => tr!(lang, "cli-heading-usage"),
        Lang::En => "{usage-heading}",
    };
    format!("{{before-help}}{about}{heading} {{usage}}\n\n{{all-args}}{{after-help}}")
}

/// `tsunagari add community [オプション] <名前>`, as clap would write it, in Japanese.
fn usage(cmd: &Command) -> String {
    let lang = Lang::Ja;
    let mut parts = vec![cmd.get_bin_name().unwrap_or(cmd.get_name()).to_owned()];
    if cmd.get_arguments().any(|a| !a.is_positional() && !a.is_hide_set()) {
        parts.push(format!("[{}]", tr!(lang, "cli-heading-options")));
    }
    for a in cmd.get_positionals().filter(|a| !a.is_hide_set()) {
        let name =
            a.get_value_names().and_then(|n| n.first()).map_or_else(|| a.get_id().to_string(), |n| n.to_string());
        let many = a.get_num_args().is_some_and(|n| n.max_values() > 1);
        let dots = if many { "..." } else { "" };
        parts.push(if a.is_required_set() { format!("<{name}>{dots}") } else { format!("[{name}]{dots}") });
    }
    if cmd.has_subcommands() {
        let name = tr!(lang, "cli-value-command");
        parts.push(if cmd.is_subcommand_required_set() { format!("<{name}>") } else { format!("[{name}]") });
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every id the command asks for, with the language it is missing from.
    fn missing(cmd: &Command, lang: Lang, path: &str, out: &mut Vec<String>) {
        let has = |id: &str| i18n::fluent::loader(lang).has(id);
        let about = about_id(cmd, path);
        if !has(&about) {
            out.push(about);
        }
        for a in cmd.get_arguments() {
            let id = arg_id(a, path);
            if !has(&id) {
                out.push(id);
            }
            let names = if a.get_action().takes_values() { a.get_value_names().unwrap_or_default() } else { &[] };
            for name in names {
                if let Some(id) = value_id(name)
                    && !has(&id)
                {
                    out.push(id);
                }
            }
        }
        for sc in cmd.get_subcommands() {
            missing(sc, lang, &sub_path(path, sc.get_name()), out);
        }
    }

    #[test]
    fn every_command_option_and_value_name_has_words_in_both_languages() {
        let mut cmd = Cli::command();
        cmd.build();
        for lang in [Lang::Ja, Lang::En] {
            let mut out = Vec::new();
            missing(&cmd, lang, "", &mut out);
            out.sort();
            out.dedup();
            assert!(out.is_empty(), "{lang:?} lacks: {out:?}");
        }
    }

    #[test]
    fn japanese_help_has_no_english_frame() {
        let mut cmd = command(Lang::Ja);
        let sub =
            cmd.find_subcommand_mut("add").and_then(|c| c.find_subcommand_mut("community")).expect("add community");
        let help = sub.render_help().to_string();
        for english in ["Usage", "Options", "Arguments", "possible values", "Print help", "[OPTIONS]", "<NAME>"] {
            assert!(!help.contains(english), "{english} in:\n{help}");
        }
        assert!(help.contains("読書会") && help.contains("tsunagari add community"), "{help}");
        let root = cmd.render_help().to_string();
        assert!(root.contains("コマンド") && root.contains("completions"), "{root}");
    }

    #[test]
    fn english_help_keeps_clap_frame() {
        let mut cmd = command(Lang::En);
        let help = cmd.render_help().to_string();
        assert!(help.starts_with("A terminal workbook"), "{help}");
        assert!(help.contains("Usage: tsunagari [OPTIONS] [COMMAND]"), "{help}");
    }
}
