//! tsunagari: parse the command line, install the error hooks, then run a command or the app.
//! See `lib.rs` for the module map.

use std::process::ExitCode;

use clap::Parser;
use tsunagari::cli::{Cli, Command};
use tsunagari::commands::{self, open::OpenOptions};
use tsunagari::i18n::Lang;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    if let Err(e) = color_eyre::install() {
        say_error(&e.to_string());
    }
    match run(cli) {
        Ok(out) => {
            if out.is_empty() {
                return ExitCode::SUCCESS;
            }
            // A closed pipe (`| head`) is not an error; a full disk or a broken pipe otherwise is
            // said once, without a panic.
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            match writeln!(stdout, "{out}").and_then(|()| stdout.flush()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
                Err(e) => {
                    say_error(&e.to_string());
                    ExitCode::FAILURE
                }
            }
        }
        Err(message) => {
            say_error(&message);
            ExitCode::FAILURE
        }
    }
}

/// Prints `tsunagari: message` to standard error; when that is gone (a closed window), says
/// nothing rather than panic (`eprintln!` would).
fn say_error(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr().lock(), "tsunagari: {message}");
}

fn run(cli: Cli) -> Result<String, String> {
    let lang_flag: Option<Lang> = cli.lang.map(Into::into);
    // Messages follow --lang, else the locale (the app itself may switch to the workbook's).
    let lang = lang_flag.unwrap_or_else(Lang::from_env);
    let config = cli.config;
    match cli.command {
        // The app, with the walkthrough opened at once when asked for.
        None | Some(Command::Walkthrough) => {
            let walkthrough = matches!(cli.command, Some(Command::Walkthrough));
            let path = commands::workbook_path(cli.file, lang)?;
            let ascii = cli.ascii;
            commands::open::open(OpenOptions { path, lang: lang_flag, ascii, demo: false, config, walkthrough })?;
            Ok(String::new())
        }
        Some(Command::Demo) => commands::open::demo(lang_flag, cli.ascii, config).map(|()| String::new()),
        Some(Command::Check) => {
            commands::check::check(&commands::workbook_path(cli.file, lang)?, config.as_deref(), lang)
        }
        Some(Command::Add(add)) => commands::add::add(&commands::workbook_path(cli.file, lang)?, add, lang),
        Some(Command::List { kind, json }) => {
            commands::list::list(&commands::workbook_path(cli.file, lang)?, kind, json, lang)
        }
        Some(Command::Import(import)) => {
            commands::import::import(&commands::workbook_path(cli.file, lang)?, import, lang)
        }
        Some(Command::Export { format, output, no_names }) => {
            let options = commands::export::Options { format, output, no_names, lang: lang_flag };
            commands::export::export(&commands::workbook_path(cli.file, lang)?, options, lang)
        }
    }
}

/// Help and version print as usual; a usage error becomes one line like every other error.
fn usage_error(e: clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        // `tsunagari add` alone: the help is the clearest answer, but it is still a usage error.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    // clap's own words (English) for what was wrong, ours around them.
    let rendered = e.render().to_string();
    let first = rendered.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let first = first.trim_start_matches("error: ");
    say_error(&tsunagari::i18n::usage_error(Lang::from_env(), first));
    ExitCode::from(2)
}
