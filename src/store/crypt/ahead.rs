//! The passphrase's key for the next file written, derived ahead of the save.
//!
//! An age passphrase file wraps its random file key under a key that scrypt derives from the
//! passphrase and a salt written in the file's header. The salt must be fresh for every file:
//! the wrapping uses ChaCha20-Poly1305 with a fixed (zero) nonce, so a reused salt would reuse
//! the wrapping key under the same nonce, which is unsafe. scrypt is slow on purpose (about
//! 0.1 s of one core at our work factor), so every save would pay it once.
//!
//! [`Ahead`] pays it before the save instead. Once the seal is known to write
//! ([`Ahead::prepare`]), a derivation under a fresh salt is started on a thread of its own;
//! a save takes it (waiting only for what is left of it, when saves come faster than
//! derivations) and the next one is started at once. Each derivation wraps exactly one file
//! and is wiped when dropped. Nothing here is cached across files, so the files written are
//! what age's own recipient writes.
//!
//! The stanza is age's scrypt stanza byte for byte (c2sp.org/age: `-> scrypt SALT LOG_N`, salt
//! in unpadded base64, the body the file key sealed with the derived key and a zero nonce;
//! scrypt with r = 8, p = 1 over `age-encryption.org/v1/scrypt` and the salt). Any age
//! implementation opens the files with the passphrase; a test opens ours with age's identity.

use std::collections::HashSet;
use std::io;
use std::sync::{Mutex, PoisonError};
use std::thread::JoinHandle;

use age::secrecy::zeroize::Zeroizing;
use age::secrecy::{ExposeSecret, SecretString};
use age_core::format::{FileKey, Stanza};
use base64::Engine;
use base64::prelude::BASE64_STANDARD_NO_PAD;

/// The stanza's tag, as age names it.
const TAG: &str = "scrypt";
/// What scrypt's salt starts with, before the file's own salt.
const SALT_LABEL: &[u8] = b"age-encryption.org/v1/scrypt";
const SALT_LEN: usize = 16;
/// The label that keeps a passphrase stanza alone in its file (age refuses to mix recipients
/// whose labels differ; a passphrase file has exactly one stanza).
const ALONE: &str = "tsunagari-passphrase-alone";

/// One derivation: a fresh salt and the key scrypt made from it, for one file.
struct Derived {
    salt: [u8; SALT_LEN],
    key: Box<Zeroizing<[u8; 32]>>,
}

/// age's passphrase recipient, with the next file's key derived ahead.
pub(super) struct Ahead {
    passphrase: SecretString,
    log_n: u8,
    /// The derivation on its way for the next file, once the seal is known to write.
    next: Mutex<Next>,
}

#[derive(Default)]
struct Next {
    /// Set by [`Ahead::prepare`]: keep one derivation on its way from then on.
    keep_one: bool,
    pending: Option<JoinHandle<io::Result<Derived>>>,
}

impl Ahead {
    pub(super) fn new(passphrase: SecretString, log_n: u8) -> Self {
        Self { passphrase, log_n, next: Mutex::new(Next::default()) }
    }

    /// From now on, keep the key for the next file on its way (starting it now unless it is).
    /// Called once a seal is known to write; a seal that only reads never derives ahead.
    pub(super) fn prepare(&self) {
        let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        next.keep_one = true;
        if next.pending.is_none() {
            next.pending = self.start();
        }
    }

    /// A derivation started on its own thread; `None` when no thread can be made (then the
    /// save derives in place).
    fn start(&self) -> Option<JoinHandle<io::Result<Derived>>> {
        let passphrase = self.passphrase.clone();
        let log_n = self.log_n;
        std::thread::Builder::new().name("tsunagari-scrypt".into()).spawn(move || derive(&passphrase, log_n)).ok()
    }

    /// The derivation for one file: the one made ahead (waited for while it is still being
    /// made) or, with none, one made now. The next is started when the seal keeps one.
    fn take(&self) -> io::Result<Derived> {
        let pending = self.next.lock().unwrap_or_else(PoisonError::into_inner).pending.take();
        let derived = match pending.map(JoinHandle::join) {
            Some(Ok(derived)) => derived,
            // The thread failed (it cannot panic short of memory): derive here, as age would.
            Some(Err(_)) | None => derive(&self.passphrase, self.log_n),
        };
        let mut next = self.next.lock().unwrap_or_else(PoisonError::into_inner);
        if next.keep_one && next.pending.is_none() {
            next.pending = self.start();
        }
        derived
    }
}

/// scrypt under a fresh salt: the 32-byte key that wraps one file's key.
fn derive(passphrase: &SecretString, log_n: u8) -> io::Result<Derived> {
    let mut salt = [0; SALT_LEN];
    getrandom::getrandom(&mut salt).map_err(io::Error::other)?;
    let mut labelled = [0; SALT_LABEL.len() + SALT_LEN];
    labelled[..SALT_LABEL.len()].copy_from_slice(SALT_LABEL);
    labelled[SALT_LABEL.len()..].copy_from_slice(&salt);
    // scrypt's errors are not std errors without its `std` feature; their text is enough.
    let params = scrypt::Params::new(log_n, 8, 1, 32).map_err(|e| io::Error::other(e.to_string()))?;
    // Made in place in its box, so no copy of the key is left behind by a move.
    let mut key = Box::new(Zeroizing::new([0; 32]));
    scrypt::scrypt(passphrase.expose_secret().as_bytes(), &labelled, &params, &mut key[..])
        .map_err(|e| io::Error::other(e.to_string()))?;
    Ok(Derived { salt, key })
}

impl age::Recipient for Ahead {
    fn wrap_file_key(&self, file_key: &FileKey) -> Result<(Vec<Stanza>, HashSet<String>), age::EncryptError> {
        let Derived { salt, key } = self.take().map_err(age::EncryptError::Io)?;
        let body = age_core::primitives::aead_encrypt(&key, file_key.expose_secret());
        let stanza = Stanza {
            tag: TAG.to_owned(),
            args: vec![BASE64_STANDARD_NO_PAD.encode(salt), self.log_n.to_string()],
            body,
        };
        Ok((vec![stanza], HashSet::from([ALONE.to_owned()])))
    }
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    use super::*;

    fn sealed_by(recipient: &dyn age::Recipient, text: &[u8]) -> Vec<u8> {
        let encryptor = age::Encryptor::with_recipients(std::iter::once(recipient)).expect("encryptor");
        let mut out = Vec::new();
        let mut w = encryptor.wrap_output(&mut out).expect("wrap");
        w.write_all(text).expect("write");
        w.finish().expect("finish");
        out
    }

    fn opened_by_age(pass: &str, bytes: &[u8]) -> Result<Vec<u8>, age::DecryptError> {
        let identity = age::scrypt::Identity::new(SecretString::from(pass.to_owned()));
        let decryptor = age::Decryptor::new_buffered(bytes)?;
        let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))?;
        let mut text = Vec::new();
        reader.read_to_end(&mut text)?;
        Ok(text)
    }

    /// The header line of the stanza: `-> scrypt SALT LOG_N`.
    fn stanza_line(bytes: &[u8]) -> String {
        let text = String::from_utf8_lossy(bytes);
        text.lines().find(|l| l.starts_with("-> ")).expect("a stanza").to_owned()
    }

    #[test]
    fn age_itself_opens_what_we_write_and_nothing_else_does() {
        let ahead = Ahead::new(SecretString::from("correct horse".to_owned()), 10);
        let bytes = sealed_by(&ahead, "山田花子".as_bytes());
        assert_eq!(opened_by_age("correct horse", &bytes).expect("age opens it"), "山田花子".as_bytes());
        assert!(opened_by_age("correct hors", &bytes).is_err(), "one letter less does not");
        // The stanza reads as age's own recipient writes it.
        let line = stanza_line(&bytes);
        let parts: Vec<_> = line.split(' ').collect();
        assert_eq!(parts[..2], ["->", "scrypt"], "{line}");
        assert_eq!(parts[2].len(), 22, "16 bytes in unpadded base64: {line}");
        assert_eq!(parts[3], "10", "{line}");
        let mut age_recipient = age::scrypt::Recipient::new(SecretString::from("p".to_owned()));
        age_recipient.set_work_factor(10);
        let theirs = stanza_line(&sealed_by(&age_recipient, b"x"));
        assert_eq!(
            theirs.split(' ').map(str::len).collect::<Vec<_>>(),
            parts.iter().map(|p| p.len()).collect::<Vec<_>>()
        );
    }

    #[test]
    fn every_file_gets_a_fresh_salt_whether_made_ahead_or_not() {
        let ahead = Ahead::new(SecretString::from("p".to_owned()), 10);
        let cold = stanza_line(&sealed_by(&ahead, b"1"));
        ahead.prepare();
        let mut lines: Vec<String> = (0..4).map(|i| stanza_line(&sealed_by(&ahead, &[i]))).collect();
        lines.push(cold);
        let count = lines.len();
        lines.sort();
        lines.dedup();
        assert_eq!(lines.len(), count, "no salt (nor wrapped key) is used twice: {lines:?}");
        // Kept ready: one derivation is on its way after each save.
        assert!(ahead.next.lock().expect("lock").pending.is_some());
    }

    #[test]
    fn a_seal_never_prepared_derives_nothing_ahead() {
        let ahead = Ahead::new(SecretString::from("p".to_owned()), 10);
        let _ = sealed_by(&ahead, b"x");
        assert!(ahead.next.lock().expect("lock").pending.is_none());
    }
}
