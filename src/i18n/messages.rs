//! Messages of the command line and of storage, in both languages. Commands build a [`Msg`]
//! and print [`text`] of it; nothing outside `i18n` spells a user-facing sentence.

use std::io;
use std::path::Path;

use super::Lang;
use crate::import::{BadRow, FileProblem, Filled, RowProblem};
use crate::model::dates::DateError;
use crate::model::{Holder, Problem, RecordKind, RecordRef};
use crate::store::{LoadError, LockError, ParseError, SaveError};

pub enum Msg<'a> {
    NoDataDir,
    CannotCreateDir(&'a Path, &'a io::Error),
    /// The export could not be written there.
    CannotWrite(&'a Path, &'a io::Error),
    Lock(&'a LockError),
    Load(&'a LoadError),
    Save(&'a Path, &'a SaveError),
    /// `add` on a file from a newer version.
    NewerRefused(&'a Path, u32),
    NoSuch(RecordKind, &'a str),
    /// Several records have this name: say which ids, so one can be given instead.
    Ambiguous(RecordKind, &'a str, Vec<u64>),
    /// A date of something that already happened lies in the future.
    Future(&'a str),
    /// The file's permissions forbid writing.
    NotWritable(&'a Path),
    Duplicate(RecordKind, &'a str),
    /// The name (or text) of a new record is empty.
    Empty(RecordKind),
    Date(&'a DateError),
    Added(RecordRef),
    NoSuchFile(&'a Path),
    CheckOk {
        path: &'a Path,
        records: usize,
    },
    CheckNewer {
        path: &'a Path,
        records: usize,
        version: u32,
    },
    Problem(&'a Path, &'a Problem),
    NeedsTerminal,
    TerminalSetup(&'a io::Error),
    Terminal(&'a io::Error),
    Start(&'a io::Error),
    Json(&'a serde_json::Error),
    TempDir(&'a io::Error),
    /// A file to import that cannot be read.
    CannotRead(&'a Path, &'a io::Error),
    /// One row or card that could not be imported: `FILE:LINE: what is wrong`.
    BadRow(&'a Path, &'a BadRow),
    /// The file is not of the kind asked for at all.
    NotImportable(&'a Path, FileProblem),
    /// Bad rows and no `--skip-bad`: nothing was written.
    NothingImported {
        bad: usize,
        /// vCard cards rather than CSV rows.
        cards: bool,
    },
    ImportSummary {
        added: usize,
        updated: usize,
        unchanged: usize,
        skipped: usize,
    },
    /// A dry run's line for a person who would be added.
    WouldAdd(&'a str),
    /// A dry run's line for a person who would gain data.
    WouldUpdate(&'a str, &'a [Filled]),
    /// A dry run's last line.
    DryRun,
}

/// A few ids to choose from (`list KIND` shows them all).
fn id_list(ids: &[u64]) -> String {
    let shown: Vec<String> = ids.iter().take(6).map(|i| format!("#{i}")).collect();
    let more = if ids.len() > 6 { format!(" ... (+{})", ids.len() - 6) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

pub fn noun(lang: Lang, kind: RecordKind) -> &'static str {
    match (lang, kind) {
        (Lang::Ja, RecordKind::Value) => "価値観",
        (Lang::Ja, RecordKind::Community) => "コミュニティ",
        (Lang::Ja, RecordKind::Person) => "人",
        (Lang::Ja, RecordKind::Tag) => "タグ",
        (Lang::Ja, RecordKind::Output) => "発信",
        (Lang::Ja, RecordKind::Introduction) => "紹介",
        (Lang::Ja, RecordKind::Invitation) => "お誘い",
        (Lang::Ja, RecordKind::Stocktake) => "棚卸し",
        (Lang::Ja, RecordKind::Reflection) => "ふりかえり",
        (Lang::En, RecordKind::Value) => "value",
        (Lang::En, RecordKind::Community) => "community",
        (Lang::En, RecordKind::Person) => "person",
        (Lang::En, RecordKind::Tag) => "tag",
        (Lang::En, RecordKind::Output) => "output",
        (Lang::En, RecordKind::Introduction) => "introduction",
        (Lang::En, RecordKind::Invitation) => "invitation",
        (Lang::En, RecordKind::Stocktake) => "stock-take",
        (Lang::En, RecordKind::Reflection) => "reflection",
    }
}

/// "person 12" / "人 12".
pub fn record(lang: Lang, r: RecordRef) -> String {
    format!("{} {}", noun(lang, r.kind()), r.number())
}

/// The `tsunagari add` word for a kind, for hints that show a command.
fn command_word(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Value => "value",
        RecordKind::Community => "community",
        RecordKind::Person => "person",
        RecordKind::Tag => "tag",
        RecordKind::Output => "output",
        RecordKind::Invitation => "invitation",
        RecordKind::Introduction => "introduction",
        RecordKind::Stocktake => "stocktake",
        RecordKind::Reflection => "reflection",
    }
}

pub fn problem(lang: Lang, p: &Problem) -> String {
    match (lang, p) {
        (Lang::Ja, Problem::DuplicateId(r)) => {
            format!("{} と同じ id の記録が二つあります", record(lang, *r))
        }
        (Lang::En, Problem::DuplicateId(r)) => {
            format!("two records have the id of {}", record(lang, *r))
        }
        (Lang::Ja, Problem::MissingLink { from: Holder::Record(f), to }) => {
            format!("{} のリンク先 {} がありません", record(lang, *f), record(lang, *to))
        }
        (Lang::En, Problem::MissingLink { from: Holder::Record(f), to }) => {
            format!("{} links to {}, which does not exist", record(lang, *f), record(lang, *to))
        }
        (Lang::Ja, Problem::MissingLink { from: Holder::Asset(k), to }) => {
            format!("資産 {k:?} の根拠のリンク先 {} がありません", record(lang, *to))
        }
        (Lang::En, Problem::MissingLink { from: Holder::Asset(k), to }) => {
            format!("the evidence of asset {k:?} links to {}, which does not exist", record(lang, *to))
        }
        (Lang::Ja, Problem::DuplicateAsset(k)) => format!("資産 {k:?} が二回書かれています"),
        (Lang::En, Problem::DuplicateAsset(k)) => format!("asset {k:?} is listed twice"),
    }
}

fn backup_hint(lang: Lang, backup: &Option<std::path::PathBuf>) -> String {
    match (lang, backup) {
        (Lang::Ja, Some(b)) => format!("(ファイルは変更していません。最新のバックアップ: {})", b.display()),
        (Lang::Ja, None) => "(ファイルは変更していません。バックアップはまだありません)".to_owned(),
        (Lang::En, Some(b)) => format!(" (the file was not changed; newest backup: {})", b.display()),
        (Lang::En, None) => " (the file was not changed; there is no backup yet)".to_owned(),
    }
}

fn parse_error(lang: Lang, e: &ParseError) -> String {
    match (lang, e) {
        (Lang::En, e) => e.to_string(),
        (Lang::Ja, ParseError::NotUtf8(at)) => format!("{at}: UTF-8 のテキストではありません"),
        (Lang::Ja, ParseError::Syntax { at, message }) => {
            format!("{at}: 読み取れません: {message}")
        }
        (Lang::Ja, ParseError::TooNew { version, at, message }) => format!(
            "{at}: 新しい版の tsunagari (版 {version})で書かれたファイルで、この版では読めません: {message}。tsunagari を更新してください"
        ),
    }
}

/// Text from an imported file, safe and short for a one-line message.
fn quoted(raw: &str) -> String {
    let clean = crate::model::text::one_line(&crate::model::text::sanitize(raw));
    let clean = clean.trim();
    if clean.chars().count() > 60 {
        format!("{}...", clean.chars().take(60).collect::<String>())
    } else {
        clean.to_owned()
    }
}

fn row_problem(lang: Lang, p: &RowProblem) -> String {
    use Lang::{En, Ja};
    match (lang, p) {
        (Ja, RowProblem::NoName) => "名前がありません".to_owned(),
        (En, RowProblem::NoName) => "no name".to_owned(),
        (Ja, RowProblem::FieldCount { expected, found }) => {
            format!("項目が {found} 個あります(見出しの行は {expected} 個)")
        }
        (En, RowProblem::FieldCount { expected, found }) => {
            format!("{found} fields where the header has {expected}")
        }
        (Ja, RowProblem::BadDate(d)) => {
            format!("「{}」は日付として読めません(LinkedIn の書き方は 12 Nov 2024)", quoted(d))
        }
        (En, RowProblem::BadDate(d)) => format!("\"{}\" is not a date (LinkedIn writes 12 Nov 2024)", quoted(d)),
        (Ja, RowProblem::NotUtf8(column)) => format!("{column}: UTF-8 のテキストではありません"),
        (En, RowProblem::NotUtf8(column)) => format!("{column}: not UTF-8 text"),
        (Ja, RowProblem::Unterminated) => "ここから始まるカードに END:VCARD がありません".to_owned(),
        (En, RowProblem::Unterminated) => "the card that starts here has no END:VCARD".to_owned(),
        (Ja, RowProblem::OutsideCard) => "カード(BEGIN:VCARD から END:VCARD まで)の外に文字があります".to_owned(),
        (En, RowProblem::OutsideCard) => "text outside any card (BEGIN:VCARD to END:VCARD)".to_owned(),
        (Ja, RowProblem::Unreadable(why)) => format!("このカードを読めません: {}", quoted(why)),
        (En, RowProblem::Unreadable(why)) => format!("cannot read this card: {}", quoted(why)),
    }
}

fn filled(lang: Lang, f: Filled) -> &'static str {
    match (lang, f) {
        (Lang::Ja, Filled::Phonetic) => "よみ",
        (Lang::Ja, Filled::Email) => "メール",
        (Lang::Ja, Filled::Url) => "URL",
        (Lang::Ja, Filled::Field) => "分野",
        (Lang::Ja, Filled::Notes) => "メモ",
        (Lang::Ja, Filled::FirstContact) => "初めての接点",
        (Lang::En, Filled::Phonetic) => "reading",
        (Lang::En, Filled::Email) => "email",
        (Lang::En, Filled::Url) => "URL",
        (Lang::En, Filled::Field) => "field",
        (Lang::En, Filled::Notes) => "notes",
        (Lang::En, Filled::FirstContact) => "first contact",
    }
}

fn import_summary(lang: Lang, added: usize, updated: usize, unchanged: usize, skipped: usize) -> String {
    match lang {
        Lang::Ja => {
            let skipped =
                if skipped > 0 { format!("、読めない {skipped} 件を飛ばしました") } else { String::new() };
            format!("{added}人を追加、{updated}人を更新、{unchanged}人は変更なし{skipped}")
        }
        Lang::En => {
            let people = if added == 1 { "person" } else { "people" };
            let skipped = match skipped {
                0 => String::new(),
                1 => "; 1 bad row skipped".to_owned(),
                n => format!("; {n} bad rows skipped"),
            };
            format!("{added} {people} added, {updated} updated, {unchanged} unchanged{skipped}")
        }
    }
}

pub fn text(lang: Lang, m: Msg<'_>) -> String {
    use Lang::{En, Ja};
    match (lang, m) {
        (Ja, Msg::NoDataDir) => {
            "ワークブックを置くデータディレクトリが見つかりません。--file PATH で指定してください".to_owned()
        }
        (En, Msg::NoDataDir) => "cannot find a data directory for the workbook; pass --file PATH".to_owned(),
        (_, Msg::CannotWrite(p, e)) => cannot_write(lang, p, e),
        (Ja, Msg::CannotCreateDir(p, e)) => format!("{}: ディレクトリを作れません: {e}", p.display()),
        (En, Msg::CannotCreateDir(p, e)) => format!("{}: cannot create the directory: {e}", p.display()),
        (Ja, Msg::Lock(LockError::Held { workbook, holder })) => {
            let who = holder.map_or_else(String::new, |pid| format!("(プロセス {pid})"));
            format!(
                "{}: このワークブックは別の tsunagari{who} で開かれています。そちらを閉じてからもう一度どうぞ",
                workbook.display()
            )
        }
        (Ja, Msg::Lock(LockError::Io { lock, error })) => format!("{}: ロックできません: {error}", lock.display()),
        (En, Msg::Lock(e)) => e.to_string(),
        (Ja, Msg::Load(LoadError::Io { path, error })) => {
            format!("{}: ワークブックを読めません: {error}", path.display())
        }
        (Ja, Msg::Load(LoadError::Parse { path, error, backup })) => {
            format!("{}:{}{}", path.display(), parse_error(lang, error), backup_hint(lang, backup))
        }
        (Ja, Msg::Load(LoadError::Invalid { path, problems, backup })) => {
            let first = problems.first().map(|p| problem(lang, p)).unwrap_or_default();
            let more = match problems.len() {
                0 | 1 => String::new(),
                n => format!("(ほかに {} 件。`tsunagari check` で一覧できます)", n - 1),
            };
            format!("{}: {first}{more}{}", path.display(), backup_hint(lang, backup))
        }
        (En, Msg::Load(LoadError::Io { path, error })) => {
            format!("{}: cannot read the workbook: {error}", path.display())
        }
        (En, Msg::Load(LoadError::Parse { path, error, backup })) => {
            format!("{}:{error}{}", path.display(), backup_hint(lang, backup))
        }
        (En, Msg::Load(LoadError::Invalid { path, problems, backup })) => {
            let first = problems.first().map(|p| problem(lang, p)).unwrap_or_default();
            let more = match problems.len() {
                0 | 1 => String::new(),
                n => format!(" (and {} more problems; `tsunagari check` lists them)", n - 1),
            };
            format!("{}: {first}{more}{}", path.display(), backup_hint(lang, backup))
        }
        (Ja, Msg::Save(p, e)) => format!("{}: {}", p.display(), super::save_error(lang, e)),
        (En, Msg::Save(p, e)) => format!("{}: {e}", p.display()),
        (Ja, Msg::NewerRefused(p, v)) => {
            format!(
                "{}: 新しい版の tsunagari (版 {v})で書かれたファイルです。変更するには tsunagari を更新してください",
                p.display()
            )
        }
        (En, Msg::NewerRefused(p, v)) => {
            format!("{}: written by a newer tsunagari (version {v}); update tsunagari to change it", p.display())
        }
        (Ja, Msg::NoSuch(k, name)) => format!(
            "「{name}」という{}はありません。先に追加してください: tsunagari add {} \"{name}\"",
            noun(lang, k),
            command_word(k)
        ),
        (En, Msg::NoSuch(k, name)) => {
            format!("no {} named \"{name}\"; add it first: tsunagari add {} \"{name}\"", noun(lang, k), command_word(k))
        }
        (Ja, Msg::Ambiguous(k, name, ids)) => {
            let count = if k == RecordKind::Person { "人" } else { "件" };
            format!(
                "「{name}」という{}が {}{count}います。#id で指定してください: {}",
                noun(lang, k),
                ids.len(),
                id_list(&ids)
            )
        }
        (En, Msg::Ambiguous(k, name, ids)) => {
            let nouns = if k == RecordKind::Person { "people".to_owned() } else { format!("{}s", noun(lang, k)) };
            format!("{} {nouns} are named \"{name}\"; give one as #id: {}", ids.len(), id_list(&ids))
        }
        (Ja, Msg::Future(s)) => format!("「{s}」は未来の日付です。すでにあったことの日付を書いてください"),
        (En, Msg::Future(s)) => format!("\"{s}\" is in the future; give the date it happened"),
        (Ja, Msg::NotWritable(p)) => {
            format!("{}: ファイルが書き込み禁止になっています(変更するには chmod u+w で許可してください)", p.display())
        }
        (En, Msg::NotWritable(p)) => {
            format!("{}: the file is read-only (allow changes with chmod u+w)", p.display())
        }
        (Ja, Msg::Duplicate(k, name)) => format!("「{name}」という{}はもうあります", noun(lang, k)),
        (En, Msg::Duplicate(k, name)) => format!("there is already a {} named \"{name}\"", noun(lang, k)),
        (Ja, Msg::Empty(k)) => format!("{}の名前(内容)が空です。何か書いてください", noun(lang, k)),
        (En, Msg::Empty(k)) => format!("the {} has no name or text; write something", noun(lang, k)),
        (Ja, Msg::Date(DateError::Unrecognised(s))) => {
            format!("「{s}」は日付として読めません。2026-11-23、11/23、今日、昨日 のように書いてください")
        }
        (Ja, Msg::Date(DateError::NoSuchDay(s))) => {
            format!("「{s}」という日はカレンダーにありません。月と日を確かめてください(例: 2026-02-28)")
        }
        (En, Msg::Date(e)) => e.to_string(),
        (Ja, Msg::Added(r)) => format!("追加しました: {}", record(lang, r)),
        (En, Msg::Added(r)) => format!("added {}", record(lang, r)),
        (Ja, Msg::NoSuchFile(p)) => format!("{}: ファイルがありません", p.display()),
        (En, Msg::NoSuchFile(p)) => format!("{}: no such file", p.display()),
        (Ja, Msg::CheckOk { path, records }) => format!("{}: 問題ありません({records} 件)", path.display()),
        (En, Msg::CheckOk { path, records }) => format!("{}: ok, {records} records", path.display()),
        (Ja, Msg::CheckNewer { path, records, version }) => format!(
            "{}: 読めます({records} 件)が、新しい版の tsunagari (版 {version})で書かれています。読み取り専用で開きます",
            path.display()
        ),
        (En, Msg::CheckNewer { path, records, version }) => format!(
            "{}: readable, {records} records, but written by a newer tsunagari (version {version}); it opens read-only",
            path.display()
        ),
        (_, Msg::Problem(p, pr)) => format!("{}: {}", p.display(), problem(lang, pr)),
        (Ja, Msg::NeedsTerminal) => {
            "tsunagari の画面には端末が必要です。スクリプトからは `tsunagari list KIND --json` をどうぞ".to_owned()
        }
        (En, Msg::NeedsTerminal) => {
            "tsunagari needs a terminal; for scripts use `tsunagari list KIND --json`".to_owned()
        }
        (Ja, Msg::TerminalSetup(e)) => format!("端末を準備できません: {e}"),
        (En, Msg::TerminalSetup(e)) => format!("cannot set up the terminal: {e}"),
        (Ja, Msg::Terminal(e)) => format!("端末のエラー: {e}"),
        (En, Msg::Terminal(e)) => format!("terminal error: {e}"),
        (Ja, Msg::Start(e)) => format!("起動できません: {e}"),
        (En, Msg::Start(e)) => format!("cannot start: {e}"),
        (Ja, Msg::Json(e)) => format!("JSON を書けません: {e}"),
        (En, Msg::Json(e)) => format!("cannot write JSON: {e}"),
        (Ja, Msg::TempDir(e)) => format!("一時ディレクトリを作れません: {e}"),
        (En, Msg::TempDir(e)) => format!("cannot create a temporary directory: {e}"),
        (Ja, Msg::CannotRead(p, e)) => format!("{}: 読めません: {e}", p.display()),
        (En, Msg::CannotRead(p, e)) => format!("{}: cannot read: {e}", p.display()),
        (_, Msg::BadRow(p, bad)) => format!("{}:{}: {}", p.display(), bad.line, row_problem(lang, &bad.problem)),
        (Ja, Msg::NotImportable(p, FileProblem::NoHeader)) => format!(
            "{}: 見出しの行(First Name,Last Name,...)が見つかりません。LinkedIn からダウンロードした Connections.csv ですか?",
            p.display()
        ),
        (En, Msg::NotImportable(p, FileProblem::NoHeader)) => format!(
            "{}: no header line (First Name,Last Name,...) found; is this the Connections.csv downloaded from LinkedIn?",
            p.display()
        ),
        (Ja, Msg::NotImportable(p, FileProblem::NoCards)) => {
            format!("{}: BEGIN:VCARD が見つかりません。vCard (.vcf) のファイルですか?", p.display())
        }
        (En, Msg::NotImportable(p, FileProblem::NoCards)) => {
            format!("{}: no BEGIN:VCARD found; is this a vCard (.vcf) file?", p.display())
        }
        (Ja, Msg::NotImportable(p, FileProblem::Utf16)) => {
            format!("{}: UTF-16 のテキストです。UTF-8 で保存し直してから取り込んでください", p.display())
        }
        (En, Msg::NotImportable(p, FileProblem::Utf16)) => {
            format!("{}: the file is UTF-16 text; save it as UTF-8 and import that", p.display())
        }
        (Ja, Msg::NotImportable(p, FileProblem::NotUtf8)) => format!(
            "{}: UTF-8 ではありません(Shift_JIS など)。Excel なら「CSV UTF-8」で、連絡先アプリなら UTF-8 で書き出し直してください。何も取り込んでいません",
            p.display()
        ),
        (En, Msg::NotImportable(p, FileProblem::NotUtf8)) => format!(
            "{}: the file is not UTF-8 (Shift_JIS or Latin-1, say); save it as \"CSV UTF-8\" (Excel) or export UTF-8 from your contacts app. Nothing was imported",
            p.display()
        ),
        (Ja, Msg::NothingImported { bad, cards }) => format!(
            "何も取り込んでいません: 読めない{}が {bad} 件あります(上の一覧)。直してもう一度実行するか、--skip-bad で読める分だけ取り込めます",
            if cards { "カード" } else { "行" }
        ),
        (En, Msg::NothingImported { bad, cards }) => {
            let what = if cards { "card" } else { "row" };
            let rows = if bad == 1 { format!("1 {what}") } else { format!("{bad} {what}s") };
            format!(
                "nothing imported: {rows} could not be read (listed above); fix them and run again, or pass --skip-bad to import the rest"
            )
        }
        (_, Msg::ImportSummary { added, updated, unchanged, skipped }) => {
            import_summary(lang, added, updated, unchanged, skipped)
        }
        (_, Msg::WouldAdd(name)) => format!("+ {}", quoted(name)),
        (Ja, Msg::WouldUpdate(name, fields)) => {
            let what: Vec<&str> = fields.iter().map(|&f| filled(lang, f)).collect();
            format!("~ {}: {}", quoted(name), what.join("、"))
        }
        (En, Msg::WouldUpdate(name, fields)) => {
            let what: Vec<&str> = fields.iter().map(|&f| filled(lang, f)).collect();
            format!("~ {}: {}", quoted(name), what.join(", "))
        }
        (Ja, Msg::DryRun) => "試しに実行しただけです。何も書き込んでいません(--dry-run)".to_owned(),
        (En, Msg::DryRun) => "dry run: nothing was written".to_owned(),
    }
}

/// Why a file could not be written, in words rather than an OS error code.
fn cannot_write(lang: Lang, p: &Path, e: &io::Error) -> String {
    use io::ErrorKind::*;
    let why = match (lang, e.kind()) {
        (Lang::Ja, NotFound) => "そのフォルダがありません".to_owned(),
        (Lang::En, NotFound) => "the folder does not exist".to_owned(),
        (Lang::Ja, PermissionDenied | ReadOnlyFilesystem) => "書き込む権限がありません".to_owned(),
        (Lang::En, PermissionDenied | ReadOnlyFilesystem) => "no permission to write there".to_owned(),
        (Lang::Ja, StorageFull) => "ディスクがいっぱいです".to_owned(),
        (Lang::En, StorageFull) => "the disk is full".to_owned(),
        (Lang::Ja, IsADirectory) => "フォルダです。ファイルの名前まで書いてください".to_owned(),
        (Lang::En, IsADirectory) => "that is a folder: give a file name too".to_owned(),
        (Lang::Ja, _) => format!("書き出せません({})", e.kind()),
        (Lang::En, _) => format!("cannot write the file ({})", e.kind()),
    };
    format!("{}: {why}", p.display())
}
