//! `tsunagari completions SHELL` and `tsunagari man`: written from the same command as `--help`
//! (`cli::help::command`), so they name the same commands and options, in the same language.
//! Completions offer a choice by its Japanese label too (`--kind 読書会`), as the command line
//! takes it.

use clap::Command;
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap_complete::Shell;

use crate::cli;
use crate::cli::choice::ChoiceWords;
use crate::i18n::{Lang, tr};

/// The completion script for `shell`.
pub fn completions(shell: Shell, lang: Lang) -> String {
    let mut cmd = offering_labels(cli::help::command(lang), lang);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "tsunagari", &mut out);
    String::from_utf8_lossy(&out).trim_end().to_owned()
}

/// The command as the completion scripts see it: each option with choices offers them by their
/// script name and by each label a shell can take as one word (no spaces or quoting; so the
/// Japanese ones), the other name as its description. clap_complete lists a choice by its name
/// only, not by the aliases the parser reads the labels with. This command is only written out,
/// never parses: the parser, and the errors that list the allowed values, stay as they are.
fn offering_labels(cmd: Command, lang: Lang) -> Command {
    cmd.mut_args(|a| {
        let choices = a.get_possible_values();
        if !a.get_action().takes_values() || choices.iter().all(|pv| pv.get_name_and_aliases().count() == 1) {
            return a;
        }
        let mut offered: Vec<PossibleValue> = Vec::new();
        for pv in choices.iter().filter(|pv| !pv.is_hide_set()) {
            let words = ChoiceWords::from_possible(pv);
            let label = words.label(lang);
            let name = PossibleValue::new(words.name.clone());
            offered.push(if label == words.name { name } else { name.help(label.to_owned()) });
            for label in &words.labels {
                if one_word(label) && !offered.iter().any(|o| o.get_name() == label) {
                    offered.push(PossibleValue::new(label.clone()).help(words.name.clone()));
                }
            }
        }
        a.value_parser(PossibleValuesParser::new(offered))
    })
    .mut_subcommands(|sc| offering_labels(sc, lang))
}

/// A word every shell completes as it is: no spaces, quotes or characters with a meaning there.
fn one_word(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || "'\"`$\\(){}[];&|<>*?!#~,=".contains(c))
}

/// The manual page: the whole command line, then a section for each command with its options.
pub fn man(lang: Lang) -> Result<String, String> {
    let cmd = cli::help::command(lang);
    let mut out = render(&cmd, clap_mangen::Man::render)?;
    for sub in leaves(&cmd) {
        out.push_str(&section(sub)?);
    }
    Ok(headings(lang, &out).trim_end().to_owned())
}

fn render(
    cmd: &Command,
    part: fn(&clap_mangen::Man, &mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<String, String> {
    let mut out = Vec::new();
    part(&clap_mangen::Man::new(cmd.clone()), &mut out).map_err(|e| e.to_string())?;
    String::from_utf8(out).map_err(|e| e.to_string())
}

/// The commands that do something (`add community`, not `add`), in order; no `help`.
fn leaves(cmd: &Command) -> Vec<&Command> {
    let mut out = Vec::new();
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        if sub.has_subcommands() {
            out.extend(leaves(sub));
        } else {
            out.push(sub);
        }
    }
    out
}

/// One command's section: its name, what it does, its usage and its own options (the global
/// ones and `--help` are described once, at the top).
fn section(sub: &Command) -> Result<String, String> {
    let name = sub.get_bin_name().unwrap_or(sub.get_name()).to_owned();
    let own = sub.clone().mut_args(|a| if a.is_global_set() || a.get_id() == "help" { a.hide(true) } else { a });
    let mut out = format!(".SH \"{}\"\n", name.to_uppercase());
    if let Some(about) = sub.get_about() {
        out.push_str(&format!(".PP\n{}\n", roff_text(&about.to_string())));
    }
    // Each part comes with roff's preamble (the `Aq` string), already at the top of the page.
    let body = |text: String| -> Vec<String> {
        text.lines()
            .filter(|l| !l.starts_with(".ie \\n(.g .ds Aq") && !l.starts_with(".el .ds Aq"))
            .map(str::to_owned)
            .collect()
    };
    let synopsis = body(render(&own, clap_mangen::Man::render_synopsis_section)?);
    out.push_str(".PP\n");
    for line in synopsis.iter().filter(|l| !l.starts_with(".SH ")) {
        out.push_str(&format!("{line}\n"));
    }
    if own.get_arguments().any(|a| !a.is_hide_set()) {
        for line in body(render(&own, clap_mangen::Man::render_options_section)?) {
            let line = match line.strip_prefix(".SH ") {
                Some(heading) => format!(".SS {heading}"),
                None => line,
            };
            out.push_str(&line);
            out.push('\n');
        }
    }
    Ok(out)
}

/// Text for roff: a leading `.` or `'` would be read as a request.
fn roff_text(s: &str) -> String {
    s.lines()
        .map(|l| if l.starts_with(['.', '\'']) { format!("\\&{l}") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\n")
}

/// clap_mangen writes its section headings in English; in Japanese they are ours.
fn headings(lang: Lang, page: &str) -> String {
    if lang == Lang::En {
        return page.to_owned();
    }
    let ours = [
        ("NAME", tr!(lang, "cli-man-name")),
        ("SYNOPSIS", tr!(lang, "cli-man-synopsis")),
        ("DESCRIPTION", tr!(lang, "cli-man-description")),
        ("OPTIONS", tr!(lang, "cli-heading-options")),
        ("SUBCOMMANDS", tr!(lang, "cli-heading-commands")),
        ("VERSION", tr!(lang, "cli-man-version")),
    ];
    page.lines()
        .map(|line| {
            let heading = line.strip_prefix(".SH ").map(|h| h.trim_matches('"'));
            match ours.iter().find(|(en, _)| Some(*en) == heading) {
                Some((_, ja)) => format!(".SH \"{ja}\""),
                None => line.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_man_page_has_every_command_and_its_options() {
        for lang in [Lang::Ja, Lang::En] {
            let page = man(lang).expect("man page");
            assert!(page.lines().any(|l| l.starts_with(".TH ")), "{page}");
            let preamble = page.lines().filter(|l| l.starts_with(".el .ds Aq")).count();
            assert_eq!(preamble, 1, "roff's preamble once, at the top");
            for needle in ["TSUNAGARI ADD COMMUNITY", "TSUNAGARI LIST", "\\-\\-met\\-in", "\\-\\-skip\\-bad"] {
                assert!(page.contains(needle), "{lang:?} lacks {needle}");
            }
        }
        let ja = man(Lang::Ja).expect("man page");
        assert!(ja.contains(".SH \"名前\"") && !ja.contains(".SH NAME"), "the headings are Japanese");
    }

    #[test]
    fn completions_offer_choices_by_their_japanese_labels_too() {
        for lang in [Lang::En, Lang::Ja] {
            let bash = completions(Shell::Bash, lang);
            let kind = bash.lines().find(|l| l.contains("compgen -W") && l.contains("reading-circle"));
            let kind = kind.unwrap_or_default();
            assert!(kind.contains("読書会") && kind.contains("プロボノ"), "{lang:?}: {kind}");
            assert!(!kind.contains("reading circle"), "a label with a space would be two words: {kind}");
            let fish = completions(Shell::Fish, lang);
            assert!(fish.contains("読書会\\t'reading-circle'"), "{lang:?}: fish says which it is");
            let zsh = completions(Shell::Zsh, lang);
            assert!(zsh.contains("読書会"), "{lang:?}");
        }
        assert!(completions(Shell::Fish, Lang::Ja).contains("reading-circle\\t'読書会'"));
        // The command that parses is untouched: one value per choice, the labels its aliases.
        let mut cmd = cli::help::command(Lang::En);
        let add = cmd.find_subcommand_mut("add").and_then(|c| c.find_subcommand_mut("community"));
        let kind = add.and_then(|c| c.get_arguments().find(|a| a.get_id() == "kind").cloned());
        let values = kind.map(|k| k.get_possible_values()).unwrap_or_default();
        assert_eq!(values.len(), <crate::model::CommunityKind as strum::IntoEnumIterator>::iter().count());
    }

    #[test]
    fn completions_name_the_commands_and_options() {
        let bash = completions(Shell::Bash, Lang::En);
        assert!(bash.contains("add") && bash.contains("--file") && bash.contains("reading-circle"));
        let fish = completions(Shell::Fish, Lang::Ja);
        assert!(fish.contains("コミュニティ"), "fish shows the help texts in the language");
    }
}
