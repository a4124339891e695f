//! The command line: clap definitions (this file), and what makes them speak the user's
//! language. `main` asks [`lang::choose`] for the language before parsing, builds the command
//! for it with [`help::command`] (every about, help text, value name and heading from the
//! `.ftl` files), parses with [`parse`], and words a usage error with [`errors::render`].
//! Option values are read by [`choice`]: model choices by any of their names, numbers in range.
//!
//! The texts are not here: no doc comment below is a help text (`help` replaces them all, and a
//! test fails when a command or an option has no text in either language).

pub mod choice;
pub mod errors;
pub mod fit;
pub mod help;
pub mod lang;

use std::ffi::OsString;
use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};

pub use choice::{choice, choices, number};

use crate::i18n::{Label, tr};
use crate::model::{
    Cadence, Channel, CommunityKind, CommunityStatus, Cost, Decision, Distance, IntroDirection, InvitationKind, Lang,
    Topic,
};

/// Parses `args` (the program's name first) with the command built for `lang`. When they ask
/// for help, it is shown wrapped to the terminal's width ([`fit`]; only then, as it takes a
/// rendering of every command's help).
pub fn parse(lang: Lang, args: &[OsString]) -> Result<Cli, clap::Error> {
    let mut cmd = help::command(lang);
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) if shows_help(&e) => {
            let mut fitted = fit::fit(cmd, lang, fit::width());
            return Err(fitted.try_get_matches_from_mut(args).err().unwrap_or(e));
        }
        Err(e) => return Err(e),
    };
    Cli::from_arg_matches(&matches).map_err(|e| e.with_cmd(&cmd))
}

/// An "error" that is a help page to print.
fn shows_help(e: &clap::Error) -> bool {
    use clap::error::ErrorKind;
    matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand)
}

#[derive(Parser, Debug)]
#[command(name = "tsunagari", version)]
pub struct Cli {
    #[arg(long, env = "TSUNAGARI_FILE", global = true, value_name = "PATH")]
    pub file: Option<PathBuf>,
    #[arg(long, env = "TSUNAGARI_CONFIG", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Also from `TSUNAGARI_LANG`; see [`lang::choose`] for the whole order.
    #[arg(long, env = "TSUNAGARI_LANG", global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
    #[arg(long, global = true)]
    pub ascii: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The aliases are the language's name in Japanese, then in English: `--help` lists a value by
/// its first alias in Japanese, as it does a model choice (`choice::ChoiceWords::from_possible`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    #[value(alias = "日本語", alias = "japanese")]
    Ja,
    #[value(alias = "英語", alias = "english")]
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Ja => Lang::Ja,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Subcommand, Debug)]
pub enum Command {
    Demo,
    Walkthrough,
    Check,
    Today {
        #[arg(long)]
        json: bool,
    },
    #[command(subcommand)]
    Add(AddCommand),
    List {
        #[arg(value_parser = choices::<ListKind>(), value_name = "KIND")]
        kind: ListKind,
        #[arg(long)]
        json: bool,
    },
    #[command(subcommand)]
    Import(ImportCommand),
    Export {
        #[arg(long, value_enum, default_value = "html", value_name = "FORMAT")]
        format: crate::export::Format,
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        no_names: bool,
    },
    /// Turns the workbook into `….ron.age`, encrypted to a passphrase (see `commands::crypt`).
    Encrypt,
    /// Turns an encrypted workbook back into plain RON.
    Decrypt,
    /// Writes a completion script for a shell to standard output.
    Completions {
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Writes the manual page (roff) to standard output.
    Man,
    /// Git's merge driver (`tsunagari merge %O %A %B --name %P`): the result goes into OURS.
    Merge {
        #[arg(value_name = "BASE")]
        base: PathBuf,
        #[arg(value_name = "OURS")]
        ours: PathBuf,
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
        /// The workbook's own path (git's %P), said in messages instead of git's temporary names.
        #[arg(long, value_name = "PATH")]
        name: Option<PathBuf>,
    },
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    Linkedin(ImportArgs),
    Vcard(ImportArgs),
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    #[arg(value_name = "FILE")]
    pub path: PathBuf,
    #[arg(long)]
    pub dry_run: bool,
    #[arg(long)]
    pub skip_bad: bool,
}

/// The kinds `list` prints, by their plural (`people`), their noun (`person`) or their word in
/// either language (`人`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, strum::EnumIter)]
pub enum ListKind {
    Values,
    Communities,
    People,
    Tags,
    Outputs,
    Introductions,
    Invitations,
    Assets,
    Stocktakes,
    Reflections,
}

impl Label for ListKind {
    fn label(self, lang: Lang) -> &'static str {
        use crate::model::RecordKind as K;
        let kind = match self {
            ListKind::Values => K::Value,
            ListKind::Communities => K::Community,
            ListKind::People => K::Person,
            ListKind::Tags => K::Tag,
            ListKind::Outputs => K::Output,
            ListKind::Introductions => K::Introduction,
            ListKind::Invitations => K::Invitation,
            ListKind::Assets => return tr!(lang, "cli-list-kind-assets"),
            ListKind::Stocktakes => K::Stocktake,
            ListKind::Reflections => K::Reflection,
        };
        crate::i18n::noun(lang, kind)
    }
}

#[derive(Subcommand, Debug)]
pub enum AddCommand {
    Value {
        #[arg(value_name = "NAME")]
        name: String,
        #[arg(long, short, value_name = "TEXT")]
        description: Option<String>,
        /// Ranks stay 1, 2, 3…: the values from this one's on move down a place.
        #[arg(long, value_parser = number::<u16>(1, Some(u16::MAX.into())), value_name = "RANK")]
        rank: Option<u16>,
    },
    Community(CommunityArgs),
    Person(PersonArgs),
    Tag {
        #[arg(value_name = "NAME")]
        name: String,
        #[arg(long, short, value_name = "TEXT")]
        description: Option<String>,
    },
    Output(OutputArgs),
    Introduction(IntroductionArgs),
    Invitation(InvitationArgs),
    Reflection(ReflectionArgs),
}

#[derive(Args, Debug)]
pub struct CommunityArgs {
    #[arg(value_name = "NAME")]
    pub name: String,
    #[arg(long, value_parser = choices::<CommunityKind>(), value_name = "KIND")]
    pub kind: Option<CommunityKind>,
    #[arg(long, value_parser = choices::<CommunityStatus>(), value_name = "STATUS")]
    pub status: Option<CommunityStatus>,
    #[arg(long, value_parser = choices::<Distance>(), value_name = "DISTANCE")]
    pub distance: Option<Distance>,
    #[arg(long, value_parser = choices::<Cadence>(), value_name = "CADENCE")]
    pub cadence: Option<Cadence>,
    #[arg(long)]
    pub outside: bool,
    #[arg(long = "value", value_name = "VALUE")]
    pub values: Vec<String>,
    #[arg(long = "interest", value_name = "TEXT")]
    pub interests: Vec<String>,
    #[arg(long, value_name = "DATE")]
    pub last_visit: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Args, Debug)]
pub struct PersonArgs {
    #[arg(value_name = "NAME")]
    pub name: String,
    #[arg(long, value_name = "TEXT")]
    pub field: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub organisation: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub role: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub how_met: Option<String>,
    #[arg(long, value_name = "COMMUNITY")]
    pub met_in: Option<String>,
    #[arg(long, value_parser = number::<u8>(0, Some(4)), value_name = "0-4")]
    pub time: Option<u8>,
    #[arg(long, value_parser = number::<u8>(0, Some(4)), value_name = "0-4")]
    pub emotion: Option<u8>,
    #[arg(long, value_parser = number::<u8>(0, Some(4)), value_name = "0-4")]
    pub intimacy: Option<u8>,
    #[arg(long, value_parser = number::<u8>(0, Some(4)), value_name = "0-4")]
    pub reciprocity: Option<u8>,
    #[arg(long, value_name = "DATE")]
    pub last_contact: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Args, Debug)]
pub struct OutputArgs {
    #[arg(value_name = "TEXT")]
    pub text: String,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
    #[arg(long, value_parser = choices::<Channel>(), value_name = "CHANNEL")]
    pub channel: Option<Channel>,
    #[arg(long = "tag", value_name = "TAG")]
    pub tags: Vec<String>,
    #[arg(long, value_parser = number::<u32>(0, Some(u32::MAX.into())), value_name = "COUNT")]
    pub reactions: Option<u32>,
}

#[derive(Args, Debug)]
pub struct IntroductionArgs {
    #[arg(value_name = "PERSON")]
    pub first: String,
    #[arg(value_name = "PERSON")]
    pub second: String,
    #[arg(long, value_parser = choices::<IntroDirection>(), value_name = "DIRECTION")]
    pub direction: Option<IntroDirection>,
    #[arg(long)]
    pub planned: bool,
    #[arg(long, conflicts_with = "planned", value_name = "DATE")]
    pub date: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub follow_up: Option<String>,
    #[arg(long, value_name = "TEXT")]
    pub why: Option<String>,
}

#[derive(Args, Debug)]
pub struct InvitationArgs {
    #[arg(value_name = "TEXT")]
    pub what: String,
    #[arg(long, value_name = "PERSON")]
    pub from: Option<String>,
    #[arg(long, value_name = "COMMUNITY")]
    pub via: Option<String>,
    #[arg(long, value_parser = choices::<InvitationKind>(), value_name = "KIND")]
    pub kind: Option<InvitationKind>,
    #[arg(long, value_name = "DATE")]
    pub received: Option<String>,
    #[arg(long, value_name = "DATE")]
    pub deadline: Option<String>,
    /// The day it takes place (the week page asks afterwards how it went).
    #[arg(long, value_name = "DATE")]
    pub event: Option<String>,
    /// 1 (a little) to 5; 0 or left out: not rated (as in the app).
    #[arg(long, value_parser = number::<u8>(0, Some(5)), value_name = "0-5")]
    pub excitement: Option<u8>,
    #[arg(long, value_parser = choices::<Cost>(), value_name = "COST")]
    pub cost: Option<Cost>,
    /// Already decided: the day of the decision is today (`model::rules` records it).
    #[arg(long, value_parser = choices::<Decision>(), value_name = "DECISION")]
    pub decision: Option<Decision>,
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
    #[arg(long)]
    pub practice: bool,
}

#[derive(Args, Debug)]
pub struct ReflectionArgs {
    #[arg(value_name = "TEXT")]
    pub text: String,
    #[arg(long, value_parser = choices::<Topic>(), value_name = "TOPIC")]
    pub topic: Option<Topic>,
    #[arg(long, value_name = "DATE")]
    pub date: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_is_well_formed_in_both_languages() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
        for lang in [Lang::Ja, Lang::En] {
            help::command(lang).debug_assert();
        }
    }

    #[test]
    fn japanese_names_parse_in_either_language() {
        for lang in [Lang::Ja, Lang::En] {
            let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
            let cli = parse(
                lang,
                &args(&["tsunagari", "add", "community", "読書会", "--kind", "読書会", "--status", "参加中"]),
            )
            .expect("parses");
            match cli.command {
                Some(Command::Add(AddCommand::Community(c))) => {
                    assert_eq!(c.kind, Some(CommunityKind::ReadingCircle));
                    assert_eq!(c.status, Some(CommunityStatus::Active));
                }
                other => panic!("{other:?}"),
            }
            let cli = parse(lang, &args(&["tsunagari", "list", "人"])).expect("parses");
            assert!(matches!(cli.command, Some(Command::List { kind: ListKind::People, .. })));
        }
    }
}
