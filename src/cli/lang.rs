//! The language of the command line, known before clap parses (its errors and `--help` are
//! worded in it): `--lang` on the command line, else `TSUNAGARI_LANG`, else the config file's
//! `lang` (the file `--config`/`TSUNAGARI_CONFIG` names, or the default one), else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`). A value none of these understand is passed over, and clap
//! then refuses it in the language found further down.

use std::ffi::OsString;
use std::path::PathBuf;

use clap::ValueEnum;

use super::LangArg;
use crate::model::Lang;

/// The language for `args` (the program's name first) in this process's environment.
pub fn choose(args: &[OsString]) -> Lang {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let read = |v: &OsString| v.to_str().and_then(|s| LangArg::from_str(s, true).ok()).map(Lang::from);
    if let Some(lang) = flag(args, "--lang").as_ref().and_then(read) {
        return lang;
    }
    if let Some(lang) = var("TSUNAGARI_LANG").as_ref().and_then(read) {
        return lang;
    }
    let config = flag(args, "--config").or_else(|| var("TSUNAGARI_CONFIG")).map(PathBuf::from);
    crate::config::load_given(config.as_deref()).config.lang.unwrap_or_else(Lang::from_env)
}

/// The value of the last `--name VALUE` or `--name=VALUE` before a `--` that ends the options.
fn flag(args: &[OsString], name: &str) -> Option<OsString> {
    let mut found = None;
    let mut it = args.iter().skip(1);
    while let Some(arg) = it.next() {
        let Some(s) = arg.to_str() else { continue };
        if s == "--" {
            break;
        }
        if s == name {
            found = it.next().cloned();
        } else if let Some(value) = s.strip_prefix(name).and_then(|rest| rest.strip_prefix('=')) {
            found = Some(value.into());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_found_anywhere_before_a_double_dash() {
        assert_eq!(flag(&args(&["t", "add", "tag", "x", "--lang", "ja"]), "--lang"), Some("ja".into()));
        assert_eq!(flag(&args(&["t", "--lang=en", "list", "people"]), "--lang"), Some("en".into()));
        assert_eq!(flag(&args(&["t", "add", "tag", "--", "--lang", "ja"]), "--lang"), None);
        assert_eq!(flag(&args(&["t", "--language", "ja"]), "--lang"), None);
        assert_eq!(flag(&args(&["t", "--lang"]), "--lang"), None);
    }
}
