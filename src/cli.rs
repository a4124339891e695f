//! The command line (clap definitions only; `commands` does the work).

use std::fmt::Debug;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use strum::IntoEnumIterator;

use crate::model::{
    Cadence, Channel, CommunityKind, CommunityStatus, Cost, Distance, IntroDirection, InvitationKind, Lang,
};

#[derive(Parser, Debug)]
#[command(
    name = "tsunagari",
    version,
    about = "A terminal workbook for loose ties (ゆるやかな繋がり) and transformational assets (変身資産)"
)]
pub struct Cli {
    /// The workbook file (default: the platform data directory).
    #[arg(long, env = "TSUNAGARI_FILE", global = true, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// The config file (default: config.ron in the platform config directory).
    #[arg(long, env = "TSUNAGARI_CONFIG", global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Language of the screens and messages (default: from the locale).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Draw borders with ASCII characters (for terminals that draw box lines two cells wide).
    #[arg(long, global = true)]
    pub ascii: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    Ja,
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
    /// Open a sample workbook (your own file is not touched).
    Demo,
    /// Open the guided walkthrough (it also starts by itself with a new workbook).
    Walkthrough,
    /// Check a workbook file and report problems as PATH:LINE:COLUMN: message.
    Check,
    /// Add a record from the shell.
    #[command(subcommand)]
    Add(AddCommand),
    /// Print the records of one kind (as JSON with --json).
    List {
        kind: ListKind,
        /// JSON array of the records as stored.
        #[arg(long)]
        json: bool,
    },
    /// Bring real contacts in as people (importing the same file again adds nobody twice).
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write the printable summary (to standard output, or to a file with -o).
    Export {
        #[arg(long, value_enum, default_value = "html")]
        format: crate::export::Format,
        /// Where to write it (default: standard output).
        #[arg(short = 'o', long = "output", value_name = "FILE")]
        output: Option<PathBuf>,
        /// Leave people's names out (they are numbered instead), and your own name.
        #[arg(long)]
        no_names: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum ImportCommand {
    /// LinkedIn's Connections.csv (Settings, Data privacy, Get a copy of your data).
    Linkedin(ImportArgs),
    /// A vCard file (.vcf) with one or many contacts, from a phone, Contacts or Google.
    Vcard(ImportArgs),
}

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The file to import.
    #[arg(value_name = "FILE")]
    pub path: PathBuf,
    /// Show who would be added or updated, and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the rows that can be read and report the others (without it, one bad row means
    /// nothing is imported).
    #[arg(long)]
    pub skip_bad: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ListKind {
    #[value(alias = "value")]
    Values,
    #[value(alias = "community")]
    Communities,
    #[value(alias = "person")]
    People,
    #[value(alias = "tag")]
    Tags,
    #[value(alias = "output")]
    Outputs,
    #[value(alias = "introduction")]
    Introductions,
    #[value(alias = "invitation")]
    Invitations,
    #[value(alias = "asset")]
    Assets,
    #[value(alias = "stocktake")]
    Stocktakes,
    #[value(alias = "reflection")]
    Reflections,
}

/// A parser for a model choice: `--help` lists the choices, and a wrong one is named with them.
pub fn choices<E>() -> impl clap::builder::TypedValueParser<Value = E>
where
    E: IntoEnumIterator + Debug + Copy + Send + Sync + 'static,
{
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
    let names: Vec<PossibleValue> = E::iter().map(|e| PossibleValue::new(kebab(&format!("{e:?}")))).collect();
    PossibleValuesParser::new(names).try_map(|s| choice::<E>(&s))
}

/// Parses a model choice written in kebab-case (`reading-circle`), listing the choices when wrong.
pub fn choice<E: IntoEnumIterator + Debug + Copy>(s: &str) -> Result<E, String> {
    let want = s.trim().to_lowercase().replace('_', "-");
    E::iter().find(|e| kebab(&format!("{e:?}")) == want).ok_or_else(|| {
        let all: Vec<String> = E::iter().map(|e| kebab(&format!("{e:?}"))).collect();
        format!("choose one of: {}", all.join(", "))
    })
}

fn kebab(camel: &str) -> String {
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.extend(c.to_lowercase());
    }
    out
}

#[derive(Subcommand, Debug)]
pub enum AddCommand {
    /// A final value.
    Value {
        name: String,
        #[arg(long, short)]
        description: Option<String>,
        /// 1 is the most important; the values from there on move down (default: last).
        #[arg(long, value_parser = clap::value_parser!(u16).range(1..))]
        rank: Option<u16>,
    },
    /// A community (Step 1).
    Community(CommunityArgs),
    /// A person (a tie).
    Person(PersonArgs),
    /// A tag you want to be known for.
    Tag {
        name: String,
        #[arg(long, short)]
        description: Option<String>,
    },
    /// A small output (Step 2).
    Output(OutputArgs),
    /// An introduction: FIRST introduced to SECOND (Step 2), made or only planned.
    Introduction(IntroductionArgs),
    /// An invitation (Step 3).
    Invitation(InvitationArgs),
}

#[derive(Args, Debug)]
pub struct CommunityArgs {
    pub name: String,
    #[arg(long, value_parser = choices::<CommunityKind>())]
    pub kind: Option<CommunityKind>,
    #[arg(long, value_parser = choices::<CommunityStatus>())]
    pub status: Option<CommunityStatus>,
    #[arg(long, value_parser = choices::<Distance>())]
    pub distance: Option<Distance>,
    #[arg(long, value_parser = choices::<Cadence>())]
    pub cadence: Option<Cadence>,
    /// Outside the circles you usually move in.
    #[arg(long)]
    pub outside: bool,
    /// A final value it serves (by name; repeat for several).
    #[arg(long = "value")]
    pub values: Vec<String>,
    /// An interest it feeds (repeat for several).
    #[arg(long = "interest")]
    pub interests: Vec<String>,
    #[arg(long)]
    pub last_visit: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Args, Debug)]
pub struct PersonArgs {
    pub name: String,
    /// Their field or industry (a variant of a field already in the workbook takes its spelling).
    #[arg(long)]
    pub field: Option<String>,
    /// Where they work or belong (a company, a school).
    #[arg(long)]
    pub organisation: Option<String>,
    /// What they do there (a position, a job title).
    #[arg(long)]
    pub role: Option<String>,
    #[arg(long)]
    pub how_met: Option<String>,
    /// The community where you met (by name).
    #[arg(long)]
    pub met_in: Option<String>,
    /// Time spent together, 0-4.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=4))]
    pub time: Option<u8>,
    /// Emotional intensity, 0-4.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=4))]
    pub emotion: Option<u8>,
    /// Intimacy (mutual confiding), 0-4.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=4))]
    pub intimacy: Option<u8>,
    /// Reciprocal services, 0-4.
    #[arg(long, value_parser = clap::value_parser!(u8).range(0..=4))]
    pub reciprocity: Option<u8>,
    #[arg(long)]
    pub last_contact: Option<String>,
    #[arg(long)]
    pub notes: Option<String>,
}

#[derive(Args, Debug)]
pub struct OutputArgs {
    pub text: String,
    #[arg(long)]
    pub date: Option<String>,
    #[arg(long, value_parser = choices::<Channel>())]
    pub channel: Option<Channel>,
    /// A tag it shows (by name; created when new; repeat for several).
    #[arg(long = "tag")]
    pub tags: Vec<String>,
    #[arg(long)]
    pub reactions: Option<u32>,
}

#[derive(Args, Debug)]
pub struct IntroductionArgs {
    /// Who was introduced (a person, by name).
    pub first: String,
    /// To whom (a person, by name).
    pub second: String,
    /// given: you introduced them; received: FIRST introduced you to SECOND.
    #[arg(long, value_parser = choices::<IntroDirection>())]
    pub direction: Option<IntroDirection>,
    /// Not made yet, only meant to: kept apart from the introductions made.
    #[arg(long)]
    pub planned: bool,
    /// The day it was made (not after today).
    #[arg(long, conflicts_with = "planned")]
    pub date: Option<String>,
    /// A day to come back to it: to make a planned one, to ask how a made one went.
    #[arg(long)]
    pub follow_up: Option<String>,
    /// Why those two.
    #[arg(long)]
    pub why: Option<String>,
}

#[derive(Args, Debug)]
pub struct InvitationArgs {
    pub what: String,
    /// Who it came from (a person, by name).
    #[arg(long)]
    pub from: Option<String>,
    /// Through which community (by name).
    #[arg(long)]
    pub via: Option<String>,
    #[arg(long, value_parser = choices::<InvitationKind>())]
    pub kind: Option<InvitationKind>,
    /// The day it reached you (default: today); the deadline cannot be before it.
    #[arg(long)]
    pub received: Option<String>,
    #[arg(long)]
    pub deadline: Option<String>,
    /// ワクワク, 1-5.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=5))]
    pub excitement: Option<u8>,
    #[arg(long, value_parser = choices::<Cost>())]
    pub cost: Option<Cost>,
    /// Only to practise the value filter with: kept out of every count.
    #[arg(long)]
    pub practice: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_read_kebab_case_and_list_alternatives() {
        assert_eq!(choice::<CommunityKind>("reading-circle"), Ok(CommunityKind::ReadingCircle));
        assert_eq!(choice::<CommunityKind>("Pro_Bono"), Ok(CommunityKind::ProBono));
        let err = choice::<Cost>("huge").expect_err("bad");
        assert_eq!(err, "choose one of: low, medium, high");
    }

    #[test]
    fn the_command_line_is_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
