//! tsunagari: parse the command line, install the error hooks, then run a command or the app.
//! See `lib.rs` for the module map.

use std::process::ExitCode;

use tsunagari::cli::{self, Cli, Command};
use tsunagari::commands::{self, open::OpenOptions};
use tsunagari::i18n::Lang;

fn main() -> ExitCode {
    // The language comes first: clap's errors and --help are worded in it.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = cli::lang::choose(&args);
    let cli = match cli::parse(lang, &args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(lang, &e, &args),
    };
    if let Err(e) = color_eyre::install() {
        say_error(&e.to_string());
    }
    // The merge driver speaks git's exit codes: 0 clean, 1 conflicts left, 2 refused.
    if let Some(Command::Merge { base, ours, theirs, name }) = &cli.command {
        let files = commands::merge::Files { base, ours, theirs, name: name.as_deref() };
        let outcome = commands::merge::run(&files, lang);
        if outcome.code == 2 {
            say_error(&outcome.report);
        } else {
            use std::io::Write;
            let _ = writeln!(std::io::stdout().lock(), "{}", outcome.report);
        }
        return ExitCode::from(outcome.code);
    }
    match run(cli, lang) {
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

/// `lang` is the command line's (see `cli::lang::choose`); the app itself may switch to the
/// workbook's language unless `--lang` (or `TSUNAGARI_LANG`) fixed it.
fn run(cli: Cli, lang: Lang) -> Result<String, String> {
    let lang_flag: Option<Lang> = cli.lang.map(Into::into);
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
        Some(Command::Today { json }) => commands::today::today(&commands::workbook_path(cli.file, lang)?, json, lang),
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
        Some(Command::Encrypt) => commands::crypt::encrypt_given(cli.file, lang),
        Some(Command::Decrypt) => commands::crypt::decrypt_given(cli.file, lang),
        Some(Command::Completions { shell }) => Ok(commands::manual::completions(shell, lang)),
        Some(Command::Man) => commands::manual::man(lang),
        // Answered in `main`, with its own exit codes.
        Some(Command::Merge { .. }) => Ok(String::new()),
    }
}

/// Help and version print as usual; a usage error becomes one line like every other error,
/// in the command line's language.
fn usage_error(lang: Lang, e: &clap::Error, args: &[std::ffi::OsString]) -> ExitCode {
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
    say_error(&cli::errors::render(lang, e, args));
    ExitCode::from(2)
}
