//! Opening the full-screen app on a workbook (and the demo).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::sync::mpsc;

use super::event_loop;
use crate::app::App;
use crate::i18n::{self, Lang, tr};
use crate::store::{self, WorkbookLock};

pub struct OpenOptions {
    pub path: PathBuf,
    /// `--lang`; otherwise the workbook's setting, then the locale.
    pub lang: Option<Lang>,
    pub ascii: bool,
    pub demo: bool,
    /// The config file to read (`None`: none).
    pub config: Option<PathBuf>,
    /// Open the guided walkthrough (`tsunagari walkthrough`).
    pub walkthrough: bool,
}

pub fn open(opts: OpenOptions) -> Result<(), String> {
    let lang = opts.lang.unwrap_or_else(Lang::from_env);
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(tr!(lang, "cli-needs-terminal").to_owned());
    }
    let path = opts.path;
    store::files::ensure_dir(&path).map_err(|e| super::cannot_create_dir(lang, &path, &e))?;
    let lock = WorkbookLock::acquire(&path).map_err(|e| i18n::say(lang, &e.message()))?;

    // An encrypted workbook asks for its passphrase here, before the screen is taken over, and
    // is decrypted at once (a wrong passphrase may be typed again); the parse stays on the thread.
    // Opened as for reading: whether it will be saved is known once it is parsed, and the
    // session then derives the key for its first save ahead (`Session::take`).
    let sealed = store::crypt::file_is_sealed(&path) || (!path.exists() && store::crypt::named_sealed(&path));
    let unsealed = if sealed {
        let read = store::read(&path).map_err(|e| i18n::say(lang, &e.message()))?;
        Some(super::unlock(read, &path, lang, super::Intent::Read)?)
    } else {
        None
    };

    // Load on a thread so the first frame is drawn at once, however big the file.
    let (tx, rx) = mpsc::channel();
    let load_path = path.clone();
    std::thread::Builder::new()
        .name("tsunagari-load".into())
        .spawn(move || {
            let loaded = match unsealed {
                Some(unsealed) => unsealed.parse(),
                None => store::load(&load_path),
            };
            let loaded = loaded.map(|mut loaded| {
                loaded.emergency = store::emergency::find(&load_path);
                store::versions::keep(&load_path, &loaded.workbook.saved_by);
                // Conflict files that cannot be merged stay where they are; the app says why.
                (loaded.incoming, loaded.unmerged) = store::sync::incoming(&load_path, &loaded.workbook, &loaded.seal);
                loaded
            });
            let _ = tx.send(loaded);
        })
        .map_err(|e| tr!(lang, "cli-start", reason = e.to_string()))?;

    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP, signal_hook::consts::SIGINT] {
        if inherited_ignore(signal) {
            // Started under `nohup` or with the signal ignored on purpose: keep it that way.
            continue;
        }
        signal_hook::flag::register(signal, Arc::clone(&stop))
            .map_err(|e| tr!(lang, "cli-start", reason = e.to_string()))?;
    }

    let mut app = App::loading(path.clone(), lang, super::today(), lock, rx);
    app.lang_fixed = opts.lang.is_some();
    app.ascii_flag = opts.ascii;
    app.demo = opts.demo;
    app.start_walkthrough = opts.walkthrough;
    app.use_config(crate::config::load_given(opts.config.as_deref()));
    // ratatui sets up the terminal and a panic hook that restores it. We save before restoring:
    // when the window is gone, restoring fails (and ratatui's `restore` would panic printing
    // that), so the save must not wait for it.
    let mut terminal = event_loop::init().map_err(|e| tr!(lang, "cli-terminal-setup", reason = e.to_string()))?;
    // A paste arrives as one event, not as keys (so Enter in pasted text cannot act as a key).
    let _ = ratatui::crossterm::execute!(std::io::stdout(), ratatui::crossterm::event::EnableBracketedPaste);
    let outcome =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| event_loop::run(&mut terminal, &mut app, &stop)));
    // Save whatever is pending in every case: quit, signal, closed window, even a bug.
    let saved = app.finish();
    let _ = ratatui::crossterm::execute!(
        std::io::stdout(),
        ratatui::crossterm::event::DisableBracketedPaste,
        ratatui::crossterm::event::DisableMouseCapture
    );
    let _ = ratatui::try_restore();
    // ratatui's terminal, dropped, shows the cursor and prints to standard error when it cannot;
    // printing to a window that is gone panics, and a panic in the panic hook aborts the process
    // before the demo's folder is removed. A terminal that cannot show the cursor is let go.
    if terminal.show_cursor().is_err() {
        std::mem::forget(terminal);
    }
    let result = match outcome {
        Ok(result) => result,
        Err(panic) => std::panic::resume_unwind(panic),
    };
    if let Some(e) = app.fatal.take() {
        return Err(i18n::say(app.lang, &e.message()));
    }
    result.map_err(|e| tr!(lang, "cli-terminal", reason = e.to_string()))?;
    saved.map_err(|e| format!("{}: {e}", path.display()))
}

/// True when the signal was ignored by whoever started us.
fn inherited_ignore(signal: i32) -> bool {
    // SAFETY: with a null new action, sigaction only reads the current disposition into `old`,
    // which is a plain C struct that zeroed memory initialises validly.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}

/// The sample workbook, copied to a temporary directory so the user's file is never touched.
pub fn demo(lang: Option<Lang>, ascii: bool, config: Option<PathBuf>) -> Result<(), String> {
    // The owner's only (0700 whatever the umask), and removed when this function returns: on
    // quit, on SIGTERM/SIGHUP/SIGINT and on a closed window alike (the loop ends on each).
    let dir = tempfile::Builder::new()
        .prefix("tsunagari-demo")
        .permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700))
        .tempdir()
        .map_err(|e| tr!(lang.unwrap_or_else(Lang::from_env), "cli-temp-dir", reason = e.to_string()))?;
    let path = dir.path().join("demo.ron");
    let demo = demo_text(lang.unwrap_or_else(Lang::from_env));
    store::files::write_atomic(&path, demo.as_bytes())
        .map_err(|e| super::cannot_create_dir(lang.unwrap_or_else(Lang::from_env), &path, &e))?;
    open(OpenOptions { path, lang, ascii, demo: true, config, walkthrough: false })
}

/// The demo workbook in the language of the screens, dated from today (`model::demo`), so it
/// always opens on a live week.
pub fn demo_text(lang: Lang) -> String {
    store::format::to_text(&crate::model::demo::workbook(lang, super::today())).unwrap_or_default()
}
