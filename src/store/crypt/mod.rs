//! Encryption at rest: the one seam where a workbook's bytes go to and come from the disk.
//!
//! A [`Seal`] says how a workbook is kept: [`Seal::Plain`] (RON as it is) or
//! [`Seal::Passphrase`] (an age file, `…ron.age`, encrypted to an scrypt passphrase recipient).
//! Every writer in `store` — the workbook, its conflict copies, emergency copies — hands its
//! text to [`Seal::write`], which encrypts on the way to the file when sealed; backups are
//! copies of the file as it is on disk, so they are sealed when it is. Every reader hands the
//! bytes it read to [`Seal::open`], which decrypts an age file and passes plain text through.
//! Whether a file is encrypted is read from its first bytes (the age header), never guessed
//! from its name, so a renamed file still opens; the name only decides what a new file becomes.
//!
//! Writing pays scrypt once per file (age's format wants a fresh salt for each), so a seal that
//! will write derives the next file's key ahead, on a thread of its own ([`ahead`]); a save
//! then pays only the cipher.
//!
//! The passphrase lives in memory in `secrecy`'s `SecretString` (wiped when the seal is
//! dropped); decrypted bytes are held in a `Zeroizing` buffer until they are parsed. The
//! workbook itself, once parsed, is ordinary memory. This module knows nothing of terminals:
//! asking for the passphrase is the caller's part (`commands::passphrase`).

use std::io::{self, BufRead, Read, Write};
use std::ops::Deref;
use std::path::Path;
use std::sync::Arc;

use age::secrecy::SecretString;
use age::secrecy::zeroize::Zeroizing;

use crate::model::Message;

mod ahead;

/// What an encrypted workbook's name ends with (`workbook.ron.age`).
pub const SUFFIX: &str = ".age";

/// How every age file starts.
const MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// scrypt's work factor for the files we write: N = 2^WORK_FACTOR (r = 8, p = 1), so 2^15 takes
/// 32 MiB of memory and about 0.1 s of one core (BENCHMARKS.md). age's own default aims at one
/// second; ours is lower on purpose because every file is derived anew: opening the workbook
/// pays it once, and each save's derivation runs ahead on a second core (see README,
/// "Encryption at rest", for the trade).
pub const WORK_FACTOR: u8 = 15;

/// The largest work factor a file may ask of us: 2^20 is 1 GiB and several seconds, what
/// `rage -p` on a fast machine writes. A file asking more is refused rather than let it take
/// the machine's memory.
pub const MAX_WORK_FACTOR: u8 = 20;

/// The passphrase, ready to encrypt and decrypt. Built once per session: building it measures
/// scrypt on this machine (age's identity does that to choose its defaults), which costs a few ms.
pub struct Key {
    recipient: ahead::Ahead,
    identity: age::scrypt::Identity,
}

/// Below this many guesses (as a power of ten) a new passphrase is said to be weak: where
/// zxcvbn's top score starts ("very unguessable"; its score 3, 10^8 to 10^10, it calls
/// "safely unguessable" only against an online attack, and a stolen file is attacked offline).
pub const WEAK_BELOW_LOG10: f64 = 10.0;

/// When `passphrase` is weak, about how many guesses zxcvbn expects it to fall within, as a
/// power of ten; `None` when it is strong enough. `around` are words an attacker would try
/// first (the file's name).
pub fn weakness(passphrase: &str, around: &[&str]) -> Option<u32> {
    let log10 = zxcvbn::zxcvbn(passphrase, around).guesses_log10();
    // At least 1, however few the guesses: "10^0" reads as nonsense.
    (log10 < WEAK_BELOW_LOG10).then(|| log10.ceil().clamp(1.0, WEAK_BELOW_LOG10) as u32)
}

/// How a workbook is kept on disk.
#[derive(Clone, Default)]
pub enum Seal {
    /// RON as it is.
    #[default]
    Plain,
    /// An age file encrypted to this passphrase.
    Passphrase(Arc<Key>),
}

impl std::fmt::Debug for Seal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the passphrase, not even in a debug print.
        f.write_str(if self.is_sealed() { "Seal::Passphrase(..)" } else { "Seal::Plain" })
    }
}

impl PartialEq for Seal {
    /// Two seals are alike when both are plain or both encrypt (the passphrase is not compared).
    fn eq(&self, other: &Self) -> bool {
        self.is_sealed() == other.is_sealed()
    }
}

/// Why an encrypted file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptError {
    /// The file is encrypted and no passphrase was given.
    NeedsPassphrase,
    /// The passphrase does not open the file.
    WrongPassphrase,
    /// The file is an age file, but not one encrypted to a passphrase (a key file's).
    NotPassphrase,
    /// The file asks for more scrypt work than [`MAX_WORK_FACTOR`].
    TooMuchWork(u8),
    /// The header or the payload is damaged or cut short; the detail is age's.
    Damaged(String),
}

impl CryptError {
    pub fn message(&self) -> Message {
        match self {
            CryptError::NeedsPassphrase => Message::new("crypt-needs-passphrase"),
            CryptError::WrongPassphrase => Message::new("crypt-wrong-passphrase"),
            CryptError::NotPassphrase => Message::new("crypt-not-passphrase"),
            CryptError::TooMuchWork(n) => {
                Message::new("crypt-too-much-work").number("asked", *n).number("most", MAX_WORK_FACTOR)
            }
            CryptError::Damaged(detail) => Message::new("crypt-damaged").text("detail", detail.clone()),
        }
    }
}

/// A file's text: borrowed from the bytes read when they were plain, decrypted into a buffer
/// that is wiped when dropped otherwise.
pub enum Text<'a> {
    Plain(&'a [u8]),
    Decrypted(Zeroizing<Vec<u8>>),
}

impl Deref for Text<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Text::Plain(b) => b,
            Text::Decrypted(b) => b,
        }
    }
}

impl Key {
    pub fn new(passphrase: SecretString) -> Self {
        Self::with_work_factor(passphrase, WORK_FACTOR)
    }

    /// A key whose files are written with another work factor (benchmarks: 1 leaves only the
    /// cipher's own cost to measure).
    pub fn with_work_factor(passphrase: SecretString, log_n: u8) -> Self {
        let recipient = ahead::Ahead::new(passphrase.clone(), log_n);
        let mut identity = age::scrypt::Identity::new(passphrase);
        identity.set_max_work_factor(MAX_WORK_FACTOR);
        Self { recipient, identity }
    }
}

impl Seal {
    /// A seal for `passphrase`.
    pub fn passphrase(passphrase: SecretString) -> Self {
        Seal::Passphrase(Arc::new(Key::new(passphrase)))
    }

    pub fn is_sealed(&self) -> bool {
        matches!(self, Seal::Passphrase(_))
    }

    /// Says this seal will write: from now on the key for the next file is derived ahead, on a
    /// thread of its own, so a save pays only the cipher. Nothing for a plain seal.
    pub fn prepare(&self) {
        if let Seal::Passphrase(key) = self {
            key.recipient.prepare();
        }
    }

    /// Writes what `fill` produces into `out`: as it is when plain, as an age file otherwise
    /// (the text passes through age's 64 KiB chunks and never reaches `out` in the clear).
    pub fn write(&self, out: &mut dyn Write, fill: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
        let Seal::Passphrase(key) = self else {
            return fill(out);
        };
        let encryptor = age::Encryptor::with_recipients(std::iter::once(&key.recipient as &dyn age::Recipient))
            .map_err(io::Error::other)?;
        let mut sealed = encryptor.wrap_output(out)?;
        fill(&mut sealed)?;
        sealed.finish()?.flush()
    }

    /// The text of a file's bytes: decrypted when they are an age file (after at most one
    /// `//` comment line, which an emergency copy starts with), as they are otherwise.
    pub fn open<'a>(&self, bytes: &'a [u8]) -> Result<Text<'a>, CryptError> {
        let Some(payload) = sealed_part(bytes) else {
            return Ok(Text::Plain(bytes));
        };
        let Seal::Passphrase(key) = self else {
            return Err(CryptError::NeedsPassphrase);
        };
        let decryptor = age::Decryptor::new_buffered(payload).map_err(damaged)?;
        if !decryptor.is_scrypt() {
            return Err(CryptError::NotPassphrase);
        }
        let mut reader =
            decryptor.decrypt(std::iter::once(&key.identity as &dyn age::Identity)).map_err(|e| match e {
                age::DecryptError::DecryptionFailed
                | age::DecryptError::KeyDecryptionFailed
                | age::DecryptError::NoMatchingKeys => CryptError::WrongPassphrase,
                age::DecryptError::ExcessiveWork { required, .. } => CryptError::TooMuchWork(required),
                other => damaged(other),
            })?;
        // The plain text is about as long as the file (age adds 16 bytes per 64 KiB).
        let mut text = Zeroizing::new(Vec::with_capacity(payload.len()));
        reader.read_to_end(&mut text).map_err(damaged)?;
        Ok(Text::Decrypted(text))
    }
}

fn damaged(e: impl std::fmt::Display) -> CryptError {
    CryptError::Damaged(e.to_string())
}

/// The age file in `bytes`, if they hold one: from the start, or after one `//` line.
fn sealed_part(bytes: &[u8]) -> Option<&[u8]> {
    if bytes.starts_with(MAGIC) {
        return Some(bytes);
    }
    if bytes.starts_with(b"//") {
        let end = bytes.iter().position(|&b| b == b'\n')?;
        let rest = &bytes[end + 1..];
        return rest.starts_with(MAGIC).then_some(rest);
    }
    None
}

/// True when `bytes` are an encrypted workbook (or emergency copy).
pub fn is_sealed(bytes: &[u8]) -> bool {
    sealed_part(bytes).is_some()
}

/// True when the file at `path` holding `bytes` is to be read as encrypted: it is, or it is named
/// `.age` and is empty or cut short inside age's header (then it is reported as a damaged
/// encrypted file, not as a workbook with a syntax error).
pub fn looks_sealed(path: &Path, bytes: &[u8]) -> bool {
    is_sealed(bytes) || (named_sealed(path) && MAGIC.starts_with(&bytes[..bytes.len().min(MAGIC.len())]))
}

/// True when the file at `path` is encrypted, read from its first bytes (a missing or
/// unreadable file is not).
pub fn file_is_sealed(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else { return false };
    let mut head = Vec::with_capacity(4096);
    let mut reader = io::BufReader::new(file).take(4096);
    // The first line, and the header's first line after it when the first is a comment.
    for _ in 0..2 {
        if reader.read_until(b'\n', &mut head).is_err() {
            return false;
        }
    }
    is_sealed(&head)
}

/// True when a workbook at `path` is to be encrypted when it is made (its name ends `.age`).
pub fn named_sealed(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().ends_with(SUFFIX))
}

/// `path` with `.age` added (`w.ron` → `w.ron.age`).
pub fn sealed_name(path: &Path) -> std::path::PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(SUFFIX);
    path.with_file_name(name)
}

/// `path` without its `.age` (`w.ron.age` → `w.ron`); `None` when it has none.
pub fn plain_name(path: &Path) -> Option<std::path::PathBuf> {
    let name = path.file_name()?.to_str()?;
    let plain = name.strip_suffix(SUFFIX).filter(|p| !p.is_empty())?;
    Some(path.with_file_name(plain))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seal(p: &str) -> Seal {
        Seal::passphrase(SecretString::from(p.to_owned()))
    }

    fn sealed(seal: &Seal, text: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        seal.write(&mut out, |w| w.write_all(text)).expect("write");
        out
    }

    #[test]
    fn text_goes_round_and_never_shows_in_the_sealed_bytes() {
        let key = seal("correct horse");
        let text = "(people: [(id: 1, name: \"山田花子\")])".repeat(5000);
        let bytes = sealed(&key, text.as_bytes());
        assert!(is_sealed(&bytes));
        assert!(!bytes.windows("山田花子".len()).any(|w| w == "山田花子".as_bytes()));
        assert_eq!(&*key.open(&bytes).expect("opens"), text.as_bytes());
        // The same passphrase typed again (a new session) opens it too.
        assert_eq!(&*seal("correct horse").open(&bytes).expect("opens"), text.as_bytes());
    }

    #[test]
    fn plain_bytes_pass_through_and_a_plain_seal_writes_them_as_they_are() {
        let plain = b"(version: 1)\n";
        assert_eq!(sealed(&Seal::Plain, plain), plain);
        assert!(matches!(Seal::Plain.open(plain), Ok(Text::Plain(_))));
        assert!(matches!(seal("x").open(plain), Ok(Text::Plain(_))));
    }

    #[test]
    fn wrong_missing_and_damaged_are_told_apart() {
        let key = seal("right");
        let bytes = sealed(&key, b"secret text");
        assert_eq!(seal("wrong").open(&bytes).err(), Some(CryptError::WrongPassphrase));
        assert_eq!(Seal::Plain.open(&bytes).err(), Some(CryptError::NeedsPassphrase));
        let mut cut = bytes.clone();
        cut.truncate(bytes.len() - 5);
        assert!(matches!(key.open(&cut), Err(CryptError::Damaged(_))), "a file cut short");
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(key.open(&flipped), Err(CryptError::Damaged(_))), "a flipped bit");
        let header_only = &bytes[..MAGIC.len() + 4];
        assert!(matches!(key.open(header_only), Err(CryptError::Damaged(_))));
    }

    #[test]
    fn one_comment_line_may_stand_before_the_age_header() {
        let key = seal("p");
        let mut bytes = b"// tsunagari emergency copy of: \"/x/w.ron.age\"\n".to_vec();
        bytes.extend(sealed(&key, b"inside"));
        assert!(is_sealed(&bytes));
        assert_eq!(&*key.open(&bytes).expect("opens"), b"inside");
        assert!(!is_sealed(b"// a comment\n(version: 1)"));
    }

    #[test]
    fn the_file_sniff_reads_only_the_head() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron.age");
        std::fs::write(&path, sealed(&seal("p"), b"x")).expect("write");
        assert!(file_is_sealed(&path));
        std::fs::write(&path, b"(version: 1)").expect("write");
        assert!(!file_is_sealed(&path));
        assert!(!file_is_sealed(&dir.path().join("missing")));
    }

    /// Every file the store writes for a sealed workbook: the workbook, the backup, a conflict
    /// copy and an emergency copy. None holds the name in the clear; each opens again.
    #[test]
    fn every_writer_of_the_store_goes_through_the_seal() {
        use crate::model::{Tag, TagId, Text as ModelText, Workbook};
        use crate::store::{self, SaveError, Saver, emergency, files};
        let tagged = |name: &str| {
            let mut wb = Workbook::default();
            wb.tags.put(crate::model::Tag { id: TagId(1), name: ModelText::from(name), ..Tag::default() });
            let _ = wb.normalise();
            wb
        };
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("w.ron.age");
        let key = seal("pass");
        Saver::new(path.clone(), None).with_seal(key.clone()).save(&tagged("秘密の一")).expect("save");
        assert!(matches!(store::load(&path), Err(store::LoadError::Crypt { error: CryptError::NeedsPassphrase, .. })));
        let loaded = store::load_with(&path, &key).expect("opens");
        assert!(loaded.seal.is_sealed());
        let mut saver = Saver::new(path.clone(), loaded.fingerprint).with_seal(loaded.seal);
        saver.save(&tagged("秘密の二")).expect("save with a backup");
        assert_eq!(store::load_with(&path, &key).expect("opens").workbook, tagged("秘密の二"));
        let backups = files::backups(&path);
        assert_eq!(backups.len(), 1, "{backups:?}");
        assert_eq!(store::load_with(&backups[0], &key).expect("backup opens").workbook, tagged("秘密の一"));
        // Another machine's version arrives: ours goes to a conflict copy, sealed as well.
        let mut outside = Vec::new();
        key.write(&mut outside, |w| store::format::write_to(&tagged("外から"), w)).expect("seal");
        std::fs::write(&path, &outside).expect("outside write");
        let Err(SaveError::Conflict { copy }) = saver.save(&tagged("秘密の三")) else { panic!("a conflict") };
        assert!(copy.to_string_lossy().ends_with(".ron.age"), "{}", copy.display());
        assert_eq!(store::load_with(&copy, &key).expect("copy opens").workbook, tagged("秘密の三"));
        let folders = [dir.path().join("state/emergency")];
        let rescued = emergency::write_in(&folders, &path, &tagged("秘密の四"), &key).expect("rescued");
        assert_eq!(emergency::find_in(&folders, &path).len(), 1, "a sealed copy is found for its workbook");
        assert_eq!(store::load_with(&rescued, &key).expect("the copy opens with --file").workbook, tagged("秘密の四"));
        let mut files_seen = 0;
        for folder in [dir.path().to_path_buf(), folders[0].clone()] {
            for entry in std::fs::read_dir(folder).expect("ls").flatten().filter(|e| e.path().is_file()) {
                files_seen += 1;
                let bytes = std::fs::read(entry.path()).expect("read");
                assert!(!bytes.windows("秘密".len()).any(|w| w == "秘密".as_bytes()), "{}", entry.path().display());
            }
        }
        assert!(files_seen >= 4);
    }

    #[test]
    fn weak_passphrases_are_told_from_strong_ones() {
        for weak in ["password", "12345678", "tsunagari2026", "qwertyuiop", "workbook1"] {
            assert!(weakness(weak, &["workbook", "tsunagari"]).is_some(), "{weak}");
        }
        for strong in ["correct horse battery staple", "苔むした石段を三つ数えて右", "v8#Lq2!zR9@wT4"] {
            assert_eq!(weakness(strong, &["workbook", "tsunagari"]), None, "{strong}");
        }
        let power = weakness("password", &[]).expect("weak");
        assert!((1..=3).contains(&power), "a top password falls within a few guesses: 10^{power}");
    }

    #[test]
    fn names() {
        let p = Path::new("/d/w.ron");
        assert_eq!(sealed_name(p), Path::new("/d/w.ron.age"));
        assert_eq!(plain_name(&sealed_name(p)).as_deref(), Some(p));
        assert!(named_sealed(&sealed_name(p)) && !named_sealed(p));
        assert_eq!(plain_name(Path::new("/d/.age")), None);
    }
}
