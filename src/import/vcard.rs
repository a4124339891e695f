//! vCard files (`.vcf`: iOS, macOS, Android, Google Contacts, Outlook, Japanese phones) into
//! [`Contact`]s. 2.1, 3.0 and 4.0 alike; the reader is ours, in three steps, each one pass over
//! the bytes (a line of a megabyte costs no more than a megabyte of short lines):
//!
//! 1. [`parse`] cuts the file into cards at their `BEGIN:VCARD` and `END:VCARD` lines, which
//!    gives every card the line it starts on and lets one broken card be reported while the
//!    others are still read.
//! 2. [`content`] joins a card's physical lines into properties (folds, even inside a UTF-8
//!    character; quoted-printable soft line breaks) and splits each into name, parameters and
//!    raw value, keeping the line it starts on.
//! 3. [`value`] decodes the value of each property that is read: quoted-printable, then the
//!    `CHARSET` (Shift_JIS from Japanese phones, UTF-8 when none is given), then escapes and
//!    the parts of `N` and `ORG`. A value that does not decode is a bad row at its own line.
//!
//! What is read from a card, and in which order of preference, is in the table of the parent
//! module; `BDAY`, `TEL`, `ADR` and `PHOTO` are ignored (and not decoded).
//!
//! An inline 2.1 `AGENT` card (a card inside a card) is not supported: its inner `BEGIN` is
//! taken as the start of the next card, and the outer one is reported as not closed.

mod content;
mod value;

use content::Property;
use value::Reading;

use super::{BadRow, Contact, FileProblem, Parsed, RowProblem, full_name, is_east_asian, no_name};

/// The lines between a card's `BEGIN` and `END`, and the line its `BEGIN` is on.
struct Card<'a> {
    line: u64,
    inner: &'a [u8],
}

/// Reads every card of a file. The file fails as a whole only when it holds no card at all.
pub fn parse(bytes: &[u8]) -> Result<Parsed, FileProblem> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let (cards, mut bad) = cut(bytes);
    if cards.is_empty() && !bad.iter().any(|b| b.problem == RowProblem::Unterminated) {
        return Err(FileProblem::NoCards);
    }
    let mut contacts = Vec::with_capacity(cards.len());
    for card in cards {
        match read_card(&card) {
            Ok(c) => contacts.push(c),
            Err(b) => bad.push(b),
        }
    }
    bad.sort_by_key(|b| b.line);
    Ok(Parsed { contacts, bad })
}

/// Physical lines with their 1-based numbers and byte ranges (line ends included).
fn lines(bytes: &[u8]) -> impl Iterator<Item = (u64, usize, usize)> + '_ {
    let mut start = 0;
    let mut number = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let end = bytes[start..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| start + i + 1);
        let line = (number + 1, start, end);
        number += 1;
        start = end;
        Some(line)
    })
}

/// True when the physical line is exactly `marker` (any case, trailing space or CR allowed; a
/// folded continuation starts with a space and so never matches).
fn is_marker(line: &[u8], marker: &[u8]) -> bool {
    line.trim_ascii_end().eq_ignore_ascii_case(marker)
}

/// Cuts the file into cards; text between cards and cards without an end are bad rows.
fn cut(bytes: &[u8]) -> (Vec<Card<'_>>, Vec<BadRow>) {
    let mut cards = Vec::new();
    let mut bad = Vec::new();
    let mut open: Option<(u64, usize)> = None;
    // One report per stretch of stray text, not one per line.
    let mut stray = false;
    for (number, start, end) in lines(bytes) {
        let line = &bytes[start..end];
        if is_marker(line, b"BEGIN:VCARD") {
            if let Some((at, _)) = open {
                bad.push(BadRow { line: at, problem: RowProblem::Unterminated });
            }
            open = Some((number, end));
            stray = false;
        } else if let Some((at, from)) = open.filter(|_| is_marker(line, b"END:VCARD")) {
            cards.push(Card { line: at, inner: &bytes[from..start] });
            open = None;
        } else if open.is_none() && !line.trim_ascii().is_empty() && !stray {
            bad.push(BadRow { line: number, problem: RowProblem::OutsideCard });
            stray = true;
        }
    }
    if let Some((at, _)) = open {
        bad.push(BadRow { line: at, problem: RowProblem::Unterminated });
    }
    (cards, bad)
}

/// What one card says, property by property, before choosing among alternatives.
#[derive(Default)]
struct Fields {
    formatted: String,
    /// `N`: family, given and additional names (prefixes and suffixes are not read).
    structured: Option<Vec<String>>,
    /// An `N` with a `PHONETIC` parameter (RFC 9554): the reading, by component.
    phonetic_n: Option<Vec<String>>,
    /// `SORT-AS` of `N`: family, then given.
    sort_as: Vec<String>,
    sort_string: String,
    phonetic_first: String,
    phonetic_middle: String,
    phonetic_last: String,
    /// `SOUND;X-IRMC-N`: the reading as Japanese phones write it, by `N` component.
    irmc: Option<Vec<String>>,
    emails: Vec<(String, bool)>,
    urls: Vec<(String, bool)>,
    org: String,
    title: String,
    note: String,
}

/// One card as a contact, or the line at fault and why: a property that cannot be read, at its
/// own line; a card without a name, at its `BEGIN`.
fn read_card(card: &Card<'_>) -> Result<Contact, BadRow> {
    let props = content::properties(card.inner, card.line + 1).map_err(|(line, problem)| BadRow { line, problem })?;
    let reading = Reading::of(&props);
    let mut f = Fields::default();
    for p in &props {
        read_property(p, &reading, &mut f).map_err(|problem| BadRow { line: p.line, problem })?;
    }
    let email = preferred(&f.emails, |_| false);
    // A card with only a business or an address is not a person to keep in touch with: it is
    // reported, not guessed at.
    let name = name(&f);
    if no_name(&name) {
        return Err(BadRow { line: card.line, problem: RowProblem::NoName });
    }
    let other_emails = f.emails.iter().map(|e| e.0.clone()).filter(|e| !e.is_empty() && *e != email).collect();
    Ok(Contact {
        line: card.line,
        phonetic: phonetic(&f, &name),
        other_emails,
        email,
        url: preferred(&f.urls, |u| u.to_lowercase().contains("linkedin.com/")),
        organisation: f.org.clone(),
        role: f.title.clone(),
        notes: f.note.clone(),
        connected_on: None,
        name,
    })
}

/// The parts of `N` (and its readings) that make a name: family, given, additional.
const NAME_PARTS: usize = 3;

/// Files one property into `f`; the first of each kind wins. Only the properties read here are
/// decoded, so a damaged `PHOTO` or `TEL` spoils nothing.
fn read_property(p: &Property, r: &Reading, f: &mut Fields) -> Result<(), RowProblem> {
    let first = |slot: &mut String, value: String| {
        if slot.is_empty() {
            *slot = value.trim().to_owned();
        }
    };
    match p.name.as_str() {
        "FN" => first(&mut f.formatted, r.text(p)?),
        "N" if p.has_param("PHONETIC") => {
            let parts = trimmed(r.components(p, NAME_PARTS)?);
            f.phonetic_n.get_or_insert(parts);
        }
        "N" => {
            let parts = trimmed(r.components(p, NAME_PARTS)?);
            if f.structured.is_none() {
                f.sort_as = param_values(p, "SORT-AS");
                f.structured = Some(parts);
            }
        }
        "SORT-STRING" => first(&mut f.sort_string, r.text(p)?),
        "X-PHONETIC-FIRST-NAME" => first(&mut f.phonetic_first, r.text(p)?),
        "X-PHONETIC-MIDDLE-NAME" => first(&mut f.phonetic_middle, r.text(p)?),
        "X-PHONETIC-LAST-NAME" => first(&mut f.phonetic_last, r.text(p)?),
        "SOUND" if p.has_param("X-IRMC-N") => {
            let parts = trimmed(r.components(p, NAME_PARTS)?);
            f.irmc.get_or_insert(parts);
        }
        "EMAIL" => f.emails.push((r.text(p)?.trim().to_owned(), is_preferred(p))),
        "URL" => f.urls.push((r.text(p)?.trim().to_owned(), is_preferred(p))),
        "ORG" => first(&mut f.org, r.components(p, 1)?.into_iter().next().unwrap_or_default()),
        "TITLE" => first(&mut f.title, r.text(p)?),
        "NOTE" => first(&mut f.note, r.text(p)?),
        _ => {}
    }
    Ok(())
}

fn trimmed(parts: Vec<String>) -> Vec<String> {
    parts.into_iter().map(|p| p.trim().to_owned()).collect()
}

/// The values of a parameter, quotes removed and split at commas (`SORT-AS="Garcia,Ana"`).
fn param_values(p: &Property, name: &str) -> Vec<String> {
    let Some(values) = p.param(name) else { return Vec::new() };
    values.join(",").replace('"', "").split(',').map(|s| s.trim().to_owned()).collect()
}

/// `TYPE=pref` (3.0), `PREF=1` (4.0) or a bare `PREF` (2.1).
fn is_preferred(p: &Property) -> bool {
    p.params.iter().any(|param| {
        param.name.eq_ignore_ascii_case("PREF")
            || (param.name.eq_ignore_ascii_case("TYPE") && param.values.iter().any(|v| v.eq_ignore_ascii_case("pref")))
    })
}

/// The first non-empty value that `wanted` likes, else the first preferred one, else the first.
fn preferred(values: &[(String, bool)], wanted: impl Fn(&str) -> bool) -> String {
    let present = || values.iter().filter(|(v, _)| !v.is_empty());
    present()
        .find(|(v, _)| wanted(v))
        .or_else(|| present().find(|(_, pref)| *pref))
        .or_else(|| present().next())
        .map(|(v, _)| v.clone())
        .unwrap_or_default()
}

/// Component `i` of a structured value, or empty.
fn part(parts: &[String], i: usize) -> &str {
    parts.get(i).map_or("", String::as_str)
}

/// `FN`, else the name put together from `N` (given and additional names, then family).
fn name(f: &Fields) -> String {
    if !f.formatted.is_empty() {
        return f.formatted.clone();
    }
    let Some(n) = &f.structured else { return String::new() };
    let given = [part(n, 1), part(n, 2)].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" ");
    full_name(&given, part(n, 0))
}

/// The reading: explicit phonetic fields first; sort strings only for a name in an East Asian
/// script (for `Ana García`, `Garcia,Ana` is an ordering hint, not a reading).
fn phonetic(f: &Fields, name: &str) -> String {
    let given = [f.phonetic_first.as_str(), f.phonetic_middle.as_str()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let explicit = full_name(&given, &f.phonetic_last);
    if !explicit.is_empty() {
        return explicit;
    }
    let from_parts =
        |n: &Option<Vec<String>>| n.as_ref().map(|n| full_name(part(n, 1), part(n, 0))).unwrap_or_default();
    let phonetic_n = from_parts(&f.phonetic_n);
    if !phonetic_n.is_empty() {
        return phonetic_n;
    }
    let irmc = from_parts(&f.irmc);
    if !irmc.is_empty() {
        return irmc;
    }
    if !is_east_asian(name) {
        return String::new();
    }
    let sort_as = full_name(part(&f.sort_as, 1), part(&f.sort_as, 0));
    if sort_as.is_empty() { f.sort_string.clone() } else { sort_as }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Parsed {
        let bytes = std::fs::read(format!("tests/fixtures/import/{name}")).expect("fixture");
        parse(&bytes).expect("cards")
    }

    fn card(body: &str) -> Result<Contact, RowProblem> {
        let text = format!("BEGIN:VCARD\r\n{body}END:VCARD\r\n");
        let parsed = parse(text.as_bytes()).expect("a card");
        match (parsed.contacts.into_iter().next(), parsed.bad.into_iter().next()) {
            (Some(c), _) => Ok(c),
            (None, Some(b)) => Err(b.problem),
            (None, None) => panic!("neither a contact nor a bad row"),
        }
    }

    #[test]
    fn ios_3_0_with_phonetic_names_folded_lines_and_a_photo() {
        let parsed = fixture("ios.vcf");
        assert!(parsed.bad.is_empty(), "{:?}", parsed.bad);
        let [misaki, grace, hina] = parsed.contacts.as_slice() else { panic!("three cards: {parsed:?}") };
        assert_eq!(misaki.line, 1);
        assert_eq!(misaki.name, "佐藤 美咲");
        assert_eq!(misaki.phonetic, "さとう みさき");
        assert_eq!(misaki.email, "Misaki.Sato@Example.jp");
        assert_eq!(misaki.url, "https://www.linkedin.com/in/misaki-sato-0a1b2c/");
        assert_eq!((misaki.organisation.as_str(), misaki.role.as_str()), ("株式会社つながり", "エンジニア"));
        // The NOTE was folded in the middle of a character; unfolding restores it.
        assert_eq!(
            misaki.notes,
            "朝活読書会で知り合った。デザインにも詳しく、週末はプロボノで地域の図書館のサイトを作っている。\n次は LT 会に誘う。"
        );
        assert_eq!(misaki.connected_on, None, "BDAY is not a first contact");
        assert_eq!(grace.name, "Dr. Grace Anne Carter");
        assert_eq!(grace.phonetic, "");
        assert_eq!(grace.role, "Head of Community Programs");
        assert_eq!(grace.notes, "Runs the Thursday reading circle, asks good questions.");
        assert_eq!(hina.name, "高橋 陽菜", "an empty FN falls back to N");
        assert_eq!(hina.phonetic, "たかはし ひな");
        assert_eq!(hina.organisation, "高橋デザイン事務所");
    }

    #[test]
    fn vcard_4_0_with_sort_as_and_phonetic_n() {
        let parsed = fixture("v4.vcf");
        assert!(parsed.bad.is_empty(), "{:?}", parsed.bad);
        let [ana, ichiro, hikaru] = parsed.contacts.as_slice() else { panic!("three cards: {parsed:?}") };
        assert_eq!((ana.name.as_str(), ana.phonetic.as_str()), ("Ana García", ""));
        assert_eq!(
            (ana.role.as_str(), ana.notes.as_str()),
            ("Director, Product", "Met at the pro bono weekend in Lisbon.")
        );
        assert_eq!(ana.url, "https://example.org/~ana");
        assert_eq!((ichiro.name.as_str(), ichiro.phonetic.as_str()), ("鈴木 一郎", "すずき いちろう"));
        assert_eq!(ichiro.organisation, "プロボノ協会");
        assert_eq!(ichiro.line, 12);
        assert_eq!((hikaru.name.as_str(), hikaru.phonetic.as_str()), ("山本 光", "やまもと ひかる"));
    }

    #[test]
    fn android_2_1_quoted_printable_utf8_with_soft_line_breaks() {
        let parsed = fixture("android.vcf");
        assert!(parsed.bad.is_empty(), "{:?}", parsed.bad);
        let sho = &parsed.contacts[0];
        assert_eq!((sho.name.as_str(), sho.phonetic.as_str()), ("田中 翔", "たなか しょう"));
        assert_eq!(sho.email, "sho.tanaka@example.com");
        assert_eq!(sho.notes, "プロボノの仲間。地域の子ども食堂で会計を手伝ってくれた");
        assert_eq!(parsed.contacts[1].name, "Chidi Okafor");
        assert_eq!(parsed.contacts[1].line, 14);
    }

    #[test]
    fn a_card_without_a_name_is_reported_at_its_begin_line() {
        let parsed = fixture("noname.vcf");
        assert_eq!(parsed.bad, [BadRow { line: 6, problem: RowProblem::NoName }]);
        let names: Vec<&str> = parsed.contacts.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["小林 健", "Aya Mori"]);
    }

    #[test]
    fn an_unclosed_card_and_stray_text_are_reported_and_the_rest_read() {
        let text = "junk\nmore junk\nBEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\nBEGIN:VCARD\nFN:C\n";
        let parsed = parse(text.as_bytes()).expect("cards");
        assert_eq!(
            parsed.bad,
            [
                BadRow { line: 1, problem: RowProblem::OutsideCard },
                BadRow { line: 3, problem: RowProblem::Unterminated },
                BadRow { line: 8, problem: RowProblem::Unterminated },
            ]
        );
        assert_eq!(parsed.contacts.len(), 1);
        assert_eq!(parsed.contacts[0].name, "B");
    }

    #[test]
    fn a_file_without_cards_is_not_a_vcard_file() {
        assert_eq!(parse(b"First Name,Last Name\nA,B\n"), Err(FileProblem::NoCards));
        assert_eq!(parse(b""), Err(FileProblem::NoCards));
    }

    #[test]
    fn a_line_without_a_colon_spoils_its_card() {
        let problem = card("VERSION:3.0\r\nFN:A\r\nno colon here\r\n").expect_err("bad");
        assert_eq!(problem, RowProblem::NoColon("no colon here".into()));
    }

    #[test]
    fn shift_jis_from_a_japanese_phone_and_its_irmc_reading() {
        let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:".to_vec();
        // 山田;花子 in Shift_JIS, and the reading in half-width katakana.
        bytes.extend_from_slice(
            b"\x8eR\x93c;\x89\xd4\x8eq;;;\r\nSOUND;X-IRMC-N;CHARSET=SHIFT_JIS:\xd4\xcf\xc0\xde;\xca\xc5\xba;;;\r\n",
        );
        bytes.extend_from_slice(b"END:VCARD\r\n");
        let parsed = parse(&bytes).expect("card");
        assert_eq!(parsed.contacts[0].name, "山田 花子");
        assert_eq!(parsed.contacts[0].phonetic, "ﾔﾏﾀﾞ ﾊﾅｺ");
    }

    #[test]
    fn the_preferred_email_and_a_linkedin_url_win() {
        let c = card(
            "VERSION:3.0\r\nFN:A\r\nEMAIL:a@home.example\r\nEMAIL;TYPE=INTERNET,pref:a@work.example\r\n\
             URL;TYPE=pref:https://a.example\r\nURL:https://jp.linkedin.com/in/a\r\n",
        )
        .expect("card");
        assert_eq!(c.email, "a@work.example");
        assert_eq!(c.url, "https://jp.linkedin.com/in/a");
    }

    #[test]
    fn sort_strings_read_only_for_east_asian_names() {
        let c = card("VERSION:3.0\r\nFN:王 伟\r\nSORT-STRING:wang wei\r\n").expect("card");
        assert_eq!(c.phonetic, "wang wei");
        let c = card("VERSION:3.0\r\nFN:Ana García\r\nSORT-STRING:Garcia\r\n").expect("card");
        assert_eq!(c.phonetic, "");
    }

    #[test]
    fn n_alone_builds_given_then_family_for_latin_names() {
        let c = card("VERSION:4.0\r\nN:Carter;Grace;Anne;Dr.;\r\n").expect("card");
        assert_eq!(c.name, "Grace Anne Carter");
        assert_eq!(card("VERSION:4.0\r\nN:;;;;\r\nFN: \r\n"), Err(RowProblem::NoName));
    }

    #[test]
    fn megabyte_lines_of_separators_are_read_in_one_pass() {
        // A parser that rescans the value per part would take minutes on these.
        let semicolons = ";".repeat(1 << 20);
        let parsed = parse(format!("BEGIN:VCARD\r\nN:{semicolons}\r\nEND:VCARD\r\n").as_bytes()).expect("card");
        assert_eq!(parsed.bad, [BadRow { line: 1, problem: RowProblem::NoName }]);
        let text =
            format!("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nORG:Acme{semicolons}\r\nN:B;C{semicolons}\r\nEND:VCARD\r\n");
        let parsed = parse(text.as_bytes()).expect("card");
        assert_eq!((parsed.contacts[0].name.as_str(), parsed.contacts[0].organisation.as_str()), ("A", "Acme"));
        let escaped = format!("BEGIN:VCARD\r\nN:{}Sato;Misaki\r\nEND:VCARD\r\n", "\\;".repeat(1 << 19));
        let parsed = parse(escaped.as_bytes()).expect("card");
        assert_eq!(parsed.contacts[0].name.len(), (1 << 19) + "Misaki Sato".len());
        let folded = format!("BEGIN:VCARD\r\nFN:{}\r\nEND:VCARD\r\n", "a\r\n ".repeat(1 << 18));
        assert_eq!(parse(folded.as_bytes()).expect("card").contacts[0].name.len(), 1 << 18);
    }

    #[test]
    fn a_broken_quoted_printable_value_is_a_bad_row_at_its_own_line() {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=94=B0;=E7=BF=94\r\n\
                    FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=94=ZZ\r\nEND:VCARD\r\n\
                    BEGIN:VCARD\r\nVERSION:2.1\r\nNOTE;ENCODING=QUOTED-PRINTABLE:=E3=81=\r\n=82=\r\n\r\n\
                    FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=94=B0=E3=81\r\nEND:VCARD\r\n\
                    BEGIN:VCARD\r\nFN:ok\r\nEND:VCARD\r\n";
        let parsed = parse(text.as_bytes()).expect("cards");
        let fn_ = |charset: &str| RowProblem::BadCharset { property: "FN".into(), charset: charset.into() };
        assert_eq!(
            parsed.bad,
            [
                BadRow {
                    line: 4,
                    problem: RowProblem::BadQuotedPrintable { property: "FN".into(), sequence: "=ZZ".into() }
                },
                // The NOTE's soft line breaks join into あ; the FN after them is cut short.
                BadRow { line: 11, problem: fn_("UTF-8") },
            ]
        );
        assert_eq!(parsed.contacts.len(), 1);
        let truncated =
            "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E7=94=B0=E3=81\r\nEND:VCARD\r\n";
        assert_eq!(parse(truncated.as_bytes()).expect("card").bad, [BadRow { line: 3, problem: fn_("UTF-8") }]);
    }

    #[test]
    fn bytes_that_are_not_text_in_their_charset_are_a_bad_row_not_replacement_characters() {
        let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:\x8eR\x93c;\x89\xd4\x8e\r\n".to_vec();
        bytes.extend_from_slice(b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:\xe4\xbd\r\nEND:VCARD\r\n");
        let parsed = parse(&bytes).expect("cards");
        assert_eq!(
            parsed.bad,
            [
                BadRow {
                    line: 3,
                    problem: RowProblem::BadCharset { property: "N".into(), charset: "SHIFT_JIS".into() }
                },
                BadRow { line: 7, problem: RowProblem::BadCharset { property: "FN".into(), charset: "UTF-8".into() } },
            ]
        );
        assert!(parsed.contacts.is_empty());
    }

    #[test]
    fn a_phone_that_declares_shift_jis_on_some_lines_only_is_read_whole() {
        // 山田 花子 in Shift_JIS: N declares it, FN does not.
        let mut bytes = b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=SHIFT_JIS:\x8eR\x93c;\x89\xd4\x8eq\r\n".to_vec();
        bytes.extend_from_slice(b"FN:\x8eR\x93c \x89\xd4\x8eq\r\nEND:VCARD\r\n");
        let parsed = parse(&bytes).expect("card");
        assert!(parsed.bad.is_empty(), "{:?}", parsed.bad);
        assert_eq!(parsed.contacts[0].name, "山田 花子");
    }

    #[test]
    fn damaged_properties_that_are_not_read_spoil_nothing() {
        let c = card("VERSION:2.1\r\nFN:A\r\nTEL;ENCODING=QUOTED-PRINTABLE:=ZZ\r\nPHOTO;CHARSET=KLINGON:x\r\n");
        assert_eq!(c.map(|c| c.name), Ok("A".into()));
    }
}
