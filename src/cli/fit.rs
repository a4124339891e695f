//! `--help` that fits the terminal. clap breaks help text only at spaces, and Japanese has few,
//! so its lines would run past the edge. Here every option's help and every command's about is
//! wrapped before clap sees it, by the app's own line breaking (`ui::wrap`: UAX #14 with
//! kinsoku, half-width words kept whole, widths in terminal cells), to the room clap leaves it:
//! the width less the column clap starts that text at. clap then indents each line we made to
//! that column, and its `wrap_help` wraps only what it adds itself (English `[default: …]`).
//!
//! The column is read from clap's own layout, not worked out again here: each text is swapped
//! for a marker as wide as the text (so clap lays the help out just as it would), the help is
//! rendered, and the marker's column read off. A change in how clap aligns options cannot then
//! put the text off by a few cells.
//!
//! This costs a rendering of every command's help, so it is done only when help is shown
//! (`cli::parse` builds the command again for it).

use clap::Command;
use ratatui::style::Style;
use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;
use crate::ui::wrap::wrap_text;

/// Help is never wider than this, however wide the window: longer lines are hard to read.
pub const MAX_WIDTH: usize = 100;

/// The least room a text is wrapped to, should a narrow window leave it less.
const MIN_ROOM: usize = 12;

/// The width help is wrapped to: `COLUMNS` when it holds a number, else the width of the
/// terminal on standard output, error or input, else [`MAX_WIDTH`]; never more than that.
pub fn width() -> usize {
    let columns = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()).filter(|&c| c > 0);
    let terminal = || terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)).filter(|&w| w > 0);
    columns.or_else(terminal).unwrap_or(MAX_WIDTH).min(MAX_WIDTH)
}

/// `cmd` (built, every text in place) with its help and every subcommand's laid out for `width`
/// cells and each text wrapped to fit.
pub fn fit(cmd: Command, lang: Lang, width: usize) -> Command {
    fit_node(sized(cmd, width), lang, width, width)
}

/// The width set on every command: clap reads it per command when it lays one out.
fn sized(cmd: Command, width: usize) -> Command {
    cmd.term_width(width).max_term_width(width).mut_subcommands(|sc| sized(sc, width))
}

/// One command: its options' help wrapped to their room here, its about to `about_room` (its
/// room in the parent's list of commands) and, at the top of its own page, to the whole width;
/// its subcommands the same way.
///
/// A command whose `--help` is longer than its `-h` (clap shows choices with their own help one
/// to a line there) lays options out otherwise; their help is wrapped for that page as the
/// long help, which only `--help` reads.
fn fit_node(cmd: Command, lang: Lang, width: usize, about_room: usize) -> Command {
    let (args, subs) = columns(&cmd, false);
    let (long_args, _) = columns(&cmd, true);
    let room = |col: usize| width.saturating_sub(col).max(MIN_ROOM);
    let col_of = |found: &[(String, usize)], id: &str| found.iter().find(|(name, _)| name == id).map(|(_, col)| *col);
    let mut cmd = cmd.mut_args(|a| {
        let id = a.get_id().as_str().to_owned();
        let Some(help) = a.get_help().map(ToString::to_string) else { return a };
        let short = col_of(&args, &id);
        let long = col_of(&long_args, &id);
        let mut a = match short {
            Some(col) => a.help(wrap(&help, room(col))),
            None => a,
        };
        if let Some(col) = long.filter(|&l| Some(l) != short) {
            a = a.long_help(wrap(&help, room(col)));
        }
        a
    });
    cmd = cmd.mut_subcommands(|sc| {
        let in_list = col_of(&subs, sc.get_name()).map_or(width, room);
        fit_node(sc, lang, width, in_list.min(width))
    });
    match cmd.get_about().map(ToString::to_string) {
        Some(about) => cmd
            .about(wrap(&about, about_room))
            .before_help(wrap(&about, width))
            .help_template(super::help::template(lang, false)),
        None => cmd,
    }
}

/// `text` broken into lines of at most `room` cells (each `\n` kept as a break).
pub fn wrap(text: &str, room: usize) -> String {
    if text.lines().all(|l| l.width() <= room) {
        return text.to_owned();
    }
    wrap_text(text, Style::default(), room)
        .iter()
        .map(|line| line.spans.iter().map(|s| s.content.as_ref()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A stand-in for a text, as wide as it and unbreakable (no spaces), that says which it is:
/// `<<3>>====`. `None` for a text narrower than its marker (too short to need wrapping).
fn marker(i: usize, text: &str) -> Option<String> {
    let head = format!("<<{i}>>");
    let w = text.width();
    (w >= head.len()).then(|| format!("{head}{}", "=".repeat(w - head.len())))
}

/// Where clap starts each option's help (by the option's id) and each subcommand's about in
/// the list (by its name), in cells from the left, in `cmd`'s help as laid out now (for
/// `--help` when `long`).
#[allow(clippy::type_complexity)]
fn columns(cmd: &Command, long: bool) -> (Vec<(String, usize)>, Vec<(String, usize)>) {
    let mut named: Vec<(bool, String)> = Vec::new();
    let mut next = |is_arg: bool, name: &str, text: &str| {
        let m = marker(named.len(), text);
        if m.is_some() {
            named.push((is_arg, name.to_owned()));
        }
        m
    };
    let probe = cmd
        .clone()
        .mut_args(|a| {
            let m = a.get_help().map(ToString::to_string).and_then(|h| next(true, a.get_id().as_str(), &h));
            match m {
                Some(m) => a.help(m),
                None => a,
            }
        })
        .mut_subcommands(|sc| {
            let m = sc.get_about().map(ToString::to_string).and_then(|h| next(false, sc.get_name(), &h));
            match m {
                Some(m) => sc.about(m),
                None => sc,
            }
        });
    let mut probe = probe;
    let rendered = if long { probe.render_long_help() } else { probe.render_help() }.to_string();
    let (mut args, mut subs) = (Vec::new(), Vec::new());
    for line in rendered.lines() {
        let mut rest = line;
        while let Some(at) = rest.find("<<") {
            let after = &rest[at + 2..];
            let index = after.find(">>").and_then(|end| after[..end].parse::<usize>().ok());
            if let Some((is_arg, name)) = index.and_then(|i| named.get(i)) {
                let col = line[..line.len() - rest.len() + at].width();
                if *is_arg { args.push((name.clone(), col)) } else { subs.push((name.clone(), col)) }
            }
            rest = after;
        }
    }
    (args, subs)
}

#[cfg(test)]
mod tests {
    use unicode_width::UnicodeWidthChar;

    use super::*;
    use crate::cli::help::command;

    /// Every help page of the command, `-h` and `--help`: each command's, the `help` commands'
    /// included.
    fn pages(cmd: &Command, out: &mut Vec<(String, String)>) {
        let name = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_owned();
        out.push((format!("{name} -h"), cmd.clone().render_help().to_string()));
        out.push((format!("{name} --help"), cmd.clone().render_long_help().to_string()));
        for sc in cmd.get_subcommands() {
            pages(sc, out);
        }
    }

    fn all_pages(cmd: &Command) -> Vec<(String, String)> {
        let mut out = Vec::new();
        pages(cmd, &mut out);
        out
    }

    /// The lines of the pages wider than `width` cells.
    fn too_wide(pages: &[(String, String)], width: usize) -> Vec<String> {
        let mut out = Vec::new();
        for (name, page) in pages {
            out.extend(page.lines().filter(|l| l.width() > width).map(|l| format!("{name}: {l} ({})", l.width())));
        }
        out
    }

    /// Where the text of a line starts: after its last run of two or more spaces (the gap
    /// between an option and its help, or a continuation's indent), else at its first cell.
    fn text_start(line: &str) -> usize {
        let mut start = 0;
        let (mut col, mut spaces) = (0, 0);
        for c in line.chars() {
            if c == ' ' {
                spaces += 1;
            } else {
                if spaces >= 2 || (spaces > 0 && spaces == col) {
                    start = col;
                }
                spaces = 0;
            }
            col += c.width().unwrap_or(0);
        }
        start
    }

    /// The wrapper's own kinsoku rule: what may not start a line.
    use crate::ui::wrap::no_line_start;

    /// The least of `text` that a line could take from its start: up to the first place
    /// UAX #14 lets a line break, a half-width word with the space and character after it
    /// (a key name stays with what it names), and a closing mark with what it closes.
    fn first_piece(text: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let first_break = unicode_linebreak::linebreaks(text).map(|(b, _)| text[..b].chars().count()).find(|&n| n > 0);
        let mut end = first_break.unwrap_or(chars.len()).min(chars.len());
        while end > 1 && chars[end - 1] == ' ' {
            end -= 1;
        }
        let half = |c: char| c.is_ascii_graphic();
        let grow = |end: &mut usize| {
            while *end < chars.len() && (no_line_start(chars[*end]) || (half(chars[*end - 1]) && half(chars[*end]))) {
                *end += 1;
            }
        };
        grow(&mut end);
        if chars[..end].iter().all(|&c| half(c))
            && chars.get(end) == Some(&' ')
            && chars.get(end + 1).is_some_and(|c| c.width().unwrap_or(0) > 1)
        {
            end += 2;
            grow(&mut end);
        }
        chars[..end].iter().collect()
    }

    /// Pairs of lines of a page where a Japanese line was broken while the next line's first
    /// piece had room on it: the next line continues the text (indented to where the text of
    /// the line above starts) and its first piece, with a space before it where either side is
    /// half-width, fits within `width` after the line above.
    fn early_breaks(page: &str, width: usize) -> Vec<String> {
        let lines: Vec<&str> = page.lines().collect();
        let mut out = Vec::new();
        for pair in lines.windows(2) {
            let (above, below) = (pair[0].trim_end(), pair[1]);
            let text = below.trim_start();
            let indent = below.len() - text.len();
            let japanese = above.chars().any(|c| c.width().unwrap_or(0) > 1);
            if !japanese || text.is_empty() || above.trim().is_empty() || indent != text_start(above) {
                continue;
            }
            let piece = first_piece(text);
            let ascii_edge = above.ends_with(|c: char| c.is_ascii()) || piece.starts_with(|c: char| c.is_ascii());
            if above.width() + usize::from(ascii_edge) + piece.width() <= width {
                out.push(format!("{above}\n{below} ({piece} had room)"));
            }
        }
        out
    }

    #[test]
    fn every_help_page_fits_the_width_in_both_languages() {
        for lang in [Lang::Ja, Lang::En] {
            for width in [80, 100] {
                let pages = all_pages(&fit(command(lang), lang, width));
                assert!(pages.len() > 20, "the whole tree: {}", pages.len());
                let wide = too_wide(&pages, width);
                assert!(wide.is_empty(), "{lang:?} at {width}:\n{}", wide.join("\n"));
            }
        }
    }

    #[test]
    fn without_fitting_japanese_help_runs_past_the_edge() {
        // What the test above guards against: clap alone breaks Japanese only at spaces.
        let pages = all_pages(&sized(command(Lang::Ja), 80));
        assert!(!too_wide(&pages, 80).is_empty());
    }

    #[test]
    fn japanese_lines_break_only_when_the_next_piece_had_no_room() {
        for lang in [Lang::Ja, Lang::En] {
            for width in [80, 100] {
                let mut early = Vec::new();
                for (name, page) in all_pages(&fit(command(lang), lang, width)) {
                    early.extend(early_breaks(&page, width).into_iter().map(|e| format!("{name}: {e}")));
                }
                assert!(early.is_empty(), "{lang:?} at {width}:\n{}", early.join("\n"));
            }
        }
    }

    #[test]
    fn the_early_break_check_finds_one() {
        let page = "  --file <パス>  ワークブックの\n                 ファイル\n";
        assert_eq!(early_breaks(page, 40).len(), 1);
        assert!(early_breaks(page, 30).is_empty(), "ファイル had no room at 30");
        // An option's help on the lines below its name is not the name's continuation.
        assert!(early_breaks("  --file <パス>\n          ワークブック\n", 80).is_empty());
        assert_eq!(first_piece("x でこのまとめ"), "x で");
        assert_eq!(first_piece("ファイル"), "ファ", "a small kana stays with the one before");
        assert_eq!(first_piece("--kind 読書会"), "--kind 読");
    }

    #[test]
    fn an_options_help_continues_under_its_first_line() {
        let mut cmd = fit(command(Lang::Ja), Lang::Ja, 80);
        let page = cmd
            .find_subcommand_mut("add")
            .and_then(|c| c.find_subcommand_mut("introduction"))
            .map(|c| c.render_help().to_string())
            .unwrap_or_default();
        let lines: Vec<&str> = page.lines().collect();
        let at = lines.iter().position(|l| l.contains("--follow-up")).unwrap_or(0);
        let start = text_start(lines[at]);
        assert!(start > 10, "{page}");
        assert_eq!(text_start(lines[at + 1]), start, "{page}");
    }

    #[test]
    fn wrap_keeps_lines_that_fit_and_breaks_japanese_by_width() {
        assert_eq!(wrap("short", 20), "short");
        let text =
            "ワークブックのファイル(既定はプラットフォームのデータディレクトリ)。フォルダは既にあるものに限ります";
        let out = wrap(text, 30);
        assert!(out.lines().count() > 1, "{out}");
        assert!(out.lines().all(|l| l.width() <= 30), "{out}");
        assert_eq!(out.replace('\n', ""), text, "nothing lost or added");
        assert!(out.lines().all(|l| !l.starts_with(['、', '。', ')'])), "kinsoku: {out}");
    }

    #[test]
    fn a_marker_is_as_wide_as_its_text_or_none() {
        assert_eq!(marker(3, "ヘルプを表示します").map(|m| m.width()), Some("ヘルプを表示します".width()));
        assert_eq!(marker(12, "abc"), None);
    }
}
