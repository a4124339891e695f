//! Asking for the passphrase of an encrypted workbook: never from the command line (argv is
//! visible to every user of the machine), but from the file named by
//! `TSUNAGARI_PASSPHRASE_FILE` (scripts and tests), else typed on the terminal without echo.
//!
//! Typing goes to `/dev/tty` itself, not to standard input or output, so `tsunagari list people
//! | less` still asks. The terminal is put in a mode without echo, line editing or signals and
//! restored on every way out; Backspace, Ctrl-U, Enter, and Ctrl-C or Ctrl-D (to give up) are
//! handled here. What is typed lives in a buffer wiped when dropped, then in a `SecretString`.

use std::fs::File;
use std::io::{Read, Write};
use std::path::Path;

use age::secrecy::SecretString;
use age::secrecy::zeroize::Zeroizing;

use crate::i18n::{Lang, tr};

/// The variable naming a file whose first line is the passphrase.
pub const FILE_VAR: &str = "TSUNAGARI_PASSPHRASE_FILE";

/// What the passphrase is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// Opening an encrypted file: asked once.
    Open,
    /// Setting a passphrase (`encrypt`, a new encrypted workbook): asked twice, must match.
    New,
}

/// A passphrase, and whether a person typed it (then a wrong one may be asked again).
pub struct Asked {
    pub secret: SecretString,
    pub typed: bool,
}

/// Asks for the passphrase of the workbook at `path`.
pub fn ask(lang: Lang, path: &Path, purpose: Purpose) -> Result<Asked, String> {
    let name = path.file_name().unwrap_or(path.as_os_str()).to_string_lossy().into_owned();
    if let Some(file) = std::env::var_os(FILE_VAR).filter(|f| !f.is_empty()) {
        let secret = from_file(lang, Path::new(&file))?;
        // A script's new passphrase is used as given; a weak one is said on standard error.
        if purpose == Purpose::New
            && let Some(power) = weakness(&secret, &name)
        {
            let path = Path::new(&file).display().to_string();
            eprintln!("{}", tr!(lang, "crypt-weak-file", path = path, power = power));
        }
        return Ok(Asked { secret, typed: false });
    }
    let mut tty = Tty::open().map_err(|_| tr!(lang, "crypt-no-terminal", var = FILE_VAR))?;
    match purpose {
        Purpose::Open => {
            let typed = tty.read_hidden(lang, &tr!(lang, "crypt-prompt", name = name.clone()))?;
            if typed.is_empty() {
                return Err(tr!(lang, "crypt-empty").to_owned());
            }
            Ok(Asked { secret: secret(lang, typed)?, typed: true })
        }
        Purpose::New => {
            for _ in 0..3 {
                let first = tty.read_hidden(lang, &tr!(lang, "crypt-prompt-new", name = name.clone()))?;
                if first.is_empty() {
                    tty.say(tr!(lang, "crypt-empty"));
                    continue;
                }
                // A weak one is said before it is confirmed: typing it again keeps it anyway.
                if let Ok(text) = std::str::from_utf8(&first)
                    && let Some(power) = weakness_of(text, &name)
                {
                    tty.say(&tr!(lang, "crypt-weak", power = power));
                }
                let again = tty.read_hidden(lang, tr!(lang, "crypt-prompt-again"))?;
                if *first == *again {
                    return Ok(Asked { secret: secret(lang, first)?, typed: true });
                }
                tty.say(tr!(lang, "crypt-mismatch"));
            }
            Err(tr!(lang, "crypt-not-set").to_owned())
        }
    }
}

/// `store::crypt::weakness`, with the workbook's name and ours as the words tried first.
fn weakness_of(passphrase: &str, name: &str) -> Option<u32> {
    let stem = name.split('.').next().unwrap_or(name);
    crate::store::crypt::weakness(passphrase, &[name, stem, "tsunagari"])
}

fn weakness(secret: &SecretString, name: &str) -> Option<u32> {
    use age::secrecy::ExposeSecret;
    weakness_of(secret.expose_secret(), name)
}

/// Says on the terminal (when there is one) that a typed passphrase was wrong, before asking
/// again.
pub fn say_wrong(lang: Lang) {
    if let Ok(mut tty) = Tty::open() {
        tty.say(tr!(lang, "crypt-wrong-again"));
    }
}

/// The first line of `file` (without its line break) as the passphrase.
fn from_file(lang: Lang, file: &Path) -> Result<SecretString, String> {
    let bytes = Zeroizing::new(std::fs::read(file).map_err(|e| {
        tr!(lang, "crypt-file-unreadable", var = FILE_VAR, path = file.display().to_string(), reason = e.to_string())
    })?);
    // Group or others on the machine may read it: said (README: keep it 0600), and used all the same.
    use std::os::unix::fs::PermissionsExt;
    if let Ok(meta) = std::fs::metadata(file)
        && meta.permissions().mode() & 0o044 != 0
    {
        let mode = format!("{:o}", meta.permissions().mode() & 0o777);
        eprintln!("{}", tr!(lang, "crypt-file-open", var = FILE_VAR, path = file.display().to_string(), mode = mode));
    }
    let line = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.is_empty() {
        return Err(tr!(lang, "crypt-file-empty", var = FILE_VAR, path = file.display().to_string()));
    }
    secret(lang, Zeroizing::new(line.to_vec()))
}

fn secret(lang: Lang, bytes: Zeroizing<Vec<u8>>) -> Result<SecretString, String> {
    let text = std::str::from_utf8(&bytes).map_err(|_| tr!(lang, "crypt-not-utf8").to_owned())?;
    Ok(SecretString::from(text.to_owned()))
}

/// The controlling terminal, opened for a prompt.
struct Tty {
    file: File,
}

/// Puts the terminal's mode back when dropped (also when reading fails or is given up).
struct Restore<'a> {
    file: &'a File,
    saved: rustix::termios::Termios,
}

impl Drop for Restore<'_> {
    fn drop(&mut self) {
        let _ = rustix::termios::tcsetattr(self.file, rustix::termios::OptionalActions::Flush, &self.saved);
    }
}

impl Tty {
    fn open() -> std::io::Result<Self> {
        let file = std::fs::OpenOptions::new().read(true).write(true).open("/dev/tty")?;
        Ok(Self { file })
    }

    /// A line on the terminal.
    fn say(&mut self, text: &str) {
        let _ = write!(self.file, "{text}\r\n");
    }

    /// Shows `prompt` and reads a line without echo.
    fn read_hidden(&mut self, lang: Lang, prompt: &str) -> Result<Zeroizing<Vec<u8>>, String> {
        use rustix::termios::{self, InputModes, LocalModes, OptionalActions, SpecialCodeIndex};
        let failed = |e: &dyn std::fmt::Display| tr!(lang, "crypt-terminal", reason = e.to_string());
        let saved = termios::tcgetattr(&self.file).map_err(|e| failed(&e))?;
        let mut quiet = saved.clone();
        quiet.local_modes.remove(LocalModes::ECHO | LocalModes::ICANON | LocalModes::ISIG | LocalModes::IEXTEN);
        quiet.input_modes.remove(InputModes::IXON);
        quiet.special_codes[SpecialCodeIndex::VMIN] = 1;
        quiet.special_codes[SpecialCodeIndex::VTIME] = 0;
        // Quiet first, then the prompt: what is typed once the prompt shows is never echoed.
        termios::tcsetattr(&self.file, OptionalActions::Flush, &quiet).map_err(|e| failed(&e))?;
        let restore = Restore { file: &self.file, saved };
        write!(&self.file, "{prompt}").map_err(|e| failed(&e))?;
        // Room for any passphrase a person types, so the buffer is not moved (and the old one
        // left unwiped) while it grows.
        let mut line = Zeroizing::new(Vec::with_capacity(1024));
        let mut byte = [0u8; 1];
        let outcome = loop {
            match (&self.file).read(&mut byte) {
                Ok(0) => break Err(tr!(lang, "crypt-cancelled").to_owned()),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => break Err(failed(&e)),
            }
            match byte[0] {
                b'\r' | b'\n' => break Ok(()),
                // Ctrl-C, or Ctrl-D on an empty line: give up.
                0x03 => break Err(tr!(lang, "crypt-cancelled").to_owned()),
                0x04 if line.is_empty() => break Err(tr!(lang, "crypt-cancelled").to_owned()),
                // Backspace: one character, however many bytes it took.
                0x7f | 0x08 => while line.pop().is_some_and(|b| b & 0xC0 == 0x80) {},
                // Ctrl-U: start over.
                0x15 => line.clear(),
                // An escape sequence (an arrow key): skipped whole.
                0x1b => self.skip_escape(),
                b if b < 0x20 => {}
                b => {
                    if line.len() < line.capacity() {
                        line.push(b);
                    }
                }
            }
        };
        drop(restore);
        let _ = write!(self.file, "\r\n");
        outcome.map(|()| line)
    }

    /// Reads the rest of `ESC [ … letter` or `ESC O letter`.
    fn skip_escape(&self) {
        let mut byte = [0u8; 1];
        if (&self.file).read(&mut byte).is_err() || !matches!(byte[0], b'[' | b'O') {
            return;
        }
        while (&self.file).read(&mut byte).is_ok_and(|n| n == 1) {
            if (0x40..=0x7e).contains(&byte[0]) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use age::secrecy::ExposeSecret;

    #[test]
    fn the_file_gives_its_first_line_and_an_empty_one_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("p");
        std::fs::write(&file, "つながり pass\r\nsecond line\n").expect("write");
        let secret = from_file(Lang::En, &file).expect("read");
        assert_eq!(secret.expose_secret(), "つながり pass");
        std::fs::write(&file, "\nx").expect("write");
        assert!(from_file(Lang::En, &file).is_err());
        assert!(from_file(Lang::Ja, &dir.path().join("missing")).is_err());
    }
}
