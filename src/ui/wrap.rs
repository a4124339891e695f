//! Wrapping and cutting text to a width in terminal cells. Everything the screen wraps goes
//! through [`wrap_spans`]; everything it must cut to one line goes through [`cut`].
//!
//! Where a line may break comes from the Unicode line breaking algorithm (UAX #14, the
//! `unicode-linebreak` crate), with four rules of our own on top:
//! - kinsoku: closing punctuation, small kana and the long-vowel mark never start a line, and an
//!   opening bracket never ends one (UAX #14 agrees for most of them; the list says it once more
//!   for the ones its default tailoring leaves open);
//! - a half-width word (a run of ASCII letters, digits and punctuation: `Ctrl-p`, `27.8%`,
//!   `https://example.com/a`, `2026-11-27`) is never broken, except by width when it alone is
//!   longer than the line;
//! - a half-width word ending in a letter, a digit or `%` and followed by a space and Japanese
//!   stays with the first Japanese character
//!   (`x でこのまとめ`): it names the key or the number the sentence goes on about, and left at the
//!   end of a line it reads as part of the sentence before;
//! - lines are filled greedily and broken at the last place allowed, so a short word never leaves
//!   half a line empty, and a double-width character is never cut in half (widths from
//!   `unicode-width`).
//!
//! Nothing here knows the app: pieces of styled text in, lines out.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The mark at the end of text that was cut. Not `…`: U+2026 is East Asian Ambiguous, so a
/// terminal set up for Japanese draws it two cells wide and everything after it on the row moves
/// right by one. `~` is ASCII and one cell in every terminal, and reads as "and so on".
pub const CUT_MARK: char = '~';

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Ends `line` with [`CUT_MARK`] within `width` cells, dropping characters from its end to make
/// room (a double-width one whole): for a line after which more was left out.
pub fn end_with_cut(line: &mut Line<'static>, width: usize) {
    let mut used: usize = line.spans.iter().map(|s| s.content.width()).sum();
    while used + 1 > width {
        let Some(span) = line.spans.last_mut() else { break };
        let mut text = span.content.to_string();
        match text.pop() {
            Some(c) => {
                used -= char_width(c);
                span.content = text.into();
            }
            None => {
                line.spans.pop();
            }
        }
    }
    let style = line.spans.last().map(|s| s.style).unwrap_or_default();
    line.spans.push(Span::styled(CUT_MARK.to_string(), style));
}

/// `text` cut to at most `max` cells, ending with [`CUT_MARK`] when anything was left out. A
/// double-width character that would only half fit is left out whole.
pub fn cut(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = char_width(c);
        if used + w + 1 > max {
            break;
        }
        out.push(c);
        used += w;
    }
    if max > 0 {
        out.push(CUT_MARK);
    }
    out
}

/// A character of a half-width word: any visible ASCII character.
fn half_width(c: char) -> bool {
    c.is_ascii_graphic()
}

/// Closing punctuation, small kana and marks that Japanese typesetting keeps off the start of a
/// line (kinsoku).
pub fn no_line_start(c: char) -> bool {
    "、。，．,.)）]］}｝」』】〕〉》〙〗!！?？:：;；ー〜～・ゝゞヽヾ々ゃゅょっゎャュョッヮぁぃぅぇぉァィゥェォヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ%％"
        .contains(c)
}

/// Opening brackets, kept off the end of a line.
fn no_line_end(c: char) -> bool {
    "(（[［{｛「『【〔〈《〘〖".contains(c)
}

/// `may[i]`: a line may break before the `i`th character.
fn break_opportunities(chars: &[(char, Style)]) -> Vec<bool> {
    let text: String = chars.iter().map(|(c, _)| *c).collect();
    let mut may = vec![false; chars.len() + 1];
    let mut index = text.char_indices().map(|(byte, _)| byte).enumerate().peekable();
    for (byte, _) in unicode_linebreak::linebreaks(&text) {
        while let Some(&(i, at)) = index.peek() {
            if at < byte {
                index.next();
                continue;
            }
            if at == byte {
                may[i] = true;
            }
            break;
        }
    }
    for i in 1..chars.len() {
        let (before, c) = (chars[i - 1].0, chars[i].0);
        let key_before_japanese = before == ' '
            && char_width(c) > 1
            && i >= 2
            && (chars[i - 2].0.is_ascii_alphanumeric() || chars[i - 2].0 == '%');
        if (half_width(before) && half_width(c)) || no_line_start(c) || no_line_end(before) || key_before_japanese {
            may[i] = false;
        }
    }
    may
}

/// Wraps one line made of styled pieces into lines of at most `width` cells. Continuation lines
/// start with `indent` spaces. Spaces where a line breaks are dropped.
pub fn wrap_spans(pieces: &[(String, Style)], width: usize, indent: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let indent = indent.min(width / 2);
    let chars: Vec<(char, Style)> = pieces.iter().flat_map(|(t, s)| t.chars().map(move |c| (c, *s))).collect();
    let may = break_opportunities(&chars);
    let cells = |from: usize, to: usize| chars[from..to].iter().map(|(c, _)| char_width(*c)).sum::<usize>();
    let mut lines: Vec<Line<'static>> = Vec::new();
    let line_of = |from: usize, to: usize, lead: usize| {
        let mut line: Vec<(char, Style)> = std::iter::repeat_n((' ', Style::new()), lead).collect();
        line.extend_from_slice(&chars[from..to]);
        while line.len() > lead && line.last().is_some_and(|(c, _)| *c == ' ') {
            line.pop();
        }
        to_line(line)
    };
    let (mut start, mut lead, mut used) = (0usize, 0usize, 0usize);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].0;
        let w = char_width(c);
        // Spaces may hang past the edge (they are dropped at the break), and the first character
        // of a line goes on it whatever its width: it has nowhere better to go.
        if c == ' ' || i == start || used + w <= width {
            used += w;
            i += 1;
            continue;
        }
        let has_text = |to: usize| chars[start..to].iter().any(|(ch, _)| *ch != ' ');
        let allowed = (start + 1..=i).rev().find(|&j| may[j] && has_text(j));
        let (end, next) = match allowed {
            Some(j) => {
                let mut next = j;
                while next < i && chars[next].0 == ' ' {
                    next += 1;
                }
                (j, next)
            }
            // Nowhere allowed: a word longer than the line is cut by width, and even then a
            // closing mark takes the character before it along.
            None if no_line_start(c) && i - start >= 2 && has_text(i - 1) => (i - 1, i - 1),
            None => (i, i),
        };
        lines.push(line_of(start, end, lead));
        start = next;
        lead = indent;
        used = lead + cells(start, i);
    }
    if start < chars.len() || lines.is_empty() {
        lines.push(line_of(start, chars.len(), lead));
    }
    lines
}

/// Plain text, each `\n` a new line, each line wrapped.
pub fn wrap_text(text: &str, style: Style, width: usize) -> Vec<Line<'static>> {
    text.split('\n').flat_map(|l| wrap_spans(&[(l.replace('\t', "    "), style)], width, 0)).collect()
}

fn to_line(chars: Vec<(char, Style)>) -> Line<'static> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut buf = String::new();
    let mut current: Option<Style> = None;
    for (c, s) in chars {
        if current != Some(s) {
            if let Some(style) = current {
                spans.push(Span::styled(std::mem::take(&mut buf), style));
            }
            current = Some(s);
        }
        buf.push(c);
    }
    if let Some(style) = current {
        spans.push(Span::styled(buf, style));
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_cut_short_ends_with_the_mark_within_its_width() {
        let mut line = Line::from(vec![Span::raw("ab"), Span::raw("漢字")]);
        end_with_cut(&mut line, 6);
        let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "ab漢~", "the wide character that did not fit with the mark goes whole");
        let mut short = Line::from("ab");
        end_with_cut(&mut short, 6);
        assert_eq!(short.spans.iter().map(|s| s.content.as_ref()).collect::<String>(), "ab~");
    }

    use super::*;

    fn plain(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }

    fn widths(lines: &[Line<'_>]) -> Vec<usize> {
        lines.iter().map(Line::width).collect()
    }

    #[test]
    fn japanese_after_a_space_fills_the_line_instead_of_going_back_to_the_space() {
        let lines = wrap_text("2026-11-27 14:56 にこのワークブックを保存できなかったとき", Style::new(), 30);
        assert_eq!(plain(&lines), ["2026-11-27 14:56 にこのワーク", "ブックを保存できなかったとき"]);
        // English still breaks at spaces.
        let lines = wrap_text("saved to the emergency copy", Style::new(), 12);
        assert_eq!(plain(&lines), ["saved to the", "emergency", "copy"]);
    }

    #[test]
    fn a_wide_character_never_sits_past_the_edge() {
        // 39 cells of ASCII then a double-width character: it must go to the next line.
        let text = format!("{}誠実さ", "a".repeat(39));
        let lines = wrap_text(&text, Style::new(), 40);
        assert!(widths(&lines).iter().all(|&w| w <= 40), "{:?}", plain(&lines));
        assert_eq!(plain(&lines)[1], "誠実さ");
    }

    #[test]
    fn breaks_english_at_spaces_and_japanese_anywhere() {
        let lines = wrap_text("Fit with values: freedom +2, learning -1", Style::new(), 20);
        assert_eq!(plain(&lines), vec!["Fit with values:", "freedom +2, learning", "-1"]);
        let lines = wrap_text("ゆるやかな繋がりを育てる", Style::new(), 10);
        assert_eq!(plain(&lines), vec!["ゆるやかな", "繋がりを育", "てる"]);
    }

    #[test]
    fn keeps_styles_and_indents_continuations() {
        let bold = Style::new().add_modifier(ratatui::style::Modifier::BOLD);
        let lines =
            wrap_spans(&[("名前: ".to_owned(), bold), ("山田 花子 さんの長いメモ".to_owned(), Style::new())], 12, 2);
        assert!(widths(&lines).iter().all(|&w| w <= 12), "{:?}", plain(&lines));
        assert_eq!(lines[0].spans[0].style, bold);
        assert!(plain(&lines)[1].starts_with("  "));
        assert_eq!(plain(&lines).concat().replace(' ', ""), "名前:山田花子さんの長いメモ");
    }

    #[test]
    fn japanese_punctuation_never_starts_a_line() {
        // Ten cells hold five characters: the comma would start line two, so "と" goes with it.
        let lines = wrap_text("あいうえおと、かきくけ", Style::new(), 10);
        assert_eq!(plain(&lines), vec!["あいうえお", "と、かきく", "け"]);
        let lines = wrap_text("あいうえ。", Style::new(), 8);
        assert_eq!(plain(&lines), vec!["あいう", "え。"]);
        assert!(plain(&wrap_text("、、、、、、", Style::new(), 4)).iter().all(|l| !l.is_empty()));
    }

    #[test]
    fn an_english_word_in_japanese_text_goes_down_whole() {
        let lines = wrap_text("合っていますか？(Ctrl-p で選べます)", Style::new(), 20);
        assert_eq!(plain(&lines)[0], "合っていますか？");
        assert!(plain(&lines)[1].starts_with("(Ctrl-p"));
        let lines = wrap_text("あいう 27.8%", Style::new(), 9);
        assert!(plain(&lines).iter().any(|l| l.contains("27.8%")), "{:?}", plain(&lines));
        // A word longer than the line is still cut, not lost.
        let lines = wrap_text("abcdefghij", Style::new(), 4);
        assert_eq!(plain(&lines).concat(), "abcdefghij");
    }

    #[test]
    fn zero_width_and_tiny_widths_do_not_loop() {
        assert_eq!(wrap_text("", Style::new(), 5).len(), 1);
        let lines = wrap_text("漢字", Style::new(), 1);
        assert_eq!(plain(&lines), vec!["漢", "字"]);
    }

    /// Every line of `text` wrapped at each width from 10 to 40. Narrower, a run that may not be
    /// broken (`ど）。`, `Ctrl-p`) can be wider than the line, and then it is cut by width.
    fn at_every_width(text: &str) -> Vec<(usize, Vec<String>)> {
        (10..=40).map(|w| (w, plain(&wrap_text(text, Style::new(), w)))).collect()
    }

    const SENTENCES: [&str; 4] = [
        "答えはすべてワークブックに入っています。x でこのまとめを書き出せます（印刷できる HTML など）。",
        "「ゆるやかな繋がり」は、新しい情報を運んでくれる。弱い紐帯（Granovetter, 1973）のことです。",
        "ちょっと、ぎゅっと、シャットダウン。ー「あ」ァ",
        "詳しくは https://example.com/tsunagari/guide?lang=ja を見てください。Ctrl-p で前へ。",
    ];

    #[test]
    fn kinsoku_no_line_starts_with_closing_marks_or_ends_with_opening_ones() {
        for text in SENTENCES {
            for (w, lines) in at_every_width(text) {
                for line in &lines[1..] {
                    let first = line.trim_start().chars().next().unwrap_or(' ');
                    assert!(!"、。，．）」』】〕〉》！？ーっゃゅょァ".contains(first), "{w}: {lines:?}");
                }
                for line in &lines {
                    let last = line.trim_end().chars().last().unwrap_or(' ');
                    assert!(!"「『（【〔〈《(".contains(last) || lines.len() == 1, "{w}: {lines:?}");
                }
                assert!(widths(&wrap_text(text, Style::new(), w)).iter().all(|&n| n <= w), "{w}: {lines:?}");
                assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""), "{w}: nothing lost");
            }
        }
    }

    #[test]
    fn a_url_breaks_only_where_it_must_and_never_at_its_colon() {
        let url = "https://example.com/tsunagari/guide?lang=ja";
        for (w, lines) in at_every_width(SENTENCES[3]) {
            if w > url.len() {
                assert!(lines.iter().any(|l| l.contains(url)), "{w}: {lines:?}");
            }
            assert!(!lines.iter().any(|l| l.trim_end().ends_with("https:")), "{w}: {lines:?}");
            assert!(!lines.iter().any(|l| l.ends_with("Ctrl-")), "{w}: {lines:?}");
        }
    }

    #[test]
    fn a_word_longer_than_the_line_is_still_broken_by_width() {
        for text in SENTENCES {
            for w in 1..10 {
                let lines = wrap_text(text, Style::new(), w);
                assert!(widths(&lines).iter().all(|&n| n <= w.max(2)), "{w}: {:?}", plain(&lines));
                assert_eq!(plain(&lines).concat().replace(' ', ""), text.replace(' ', ""), "{w}: nothing lost");
            }
        }
        let lines = wrap_text("見て https://example.com/a/very/long/path ね", Style::new(), 10);
        assert!(widths(&lines).iter().all(|&n| n <= 10), "{:?}", plain(&lines));
        assert_eq!(plain(&lines).concat().replace(' ', ""), "見てhttps://example.com/a/very/long/pathね");
        assert_eq!(plain(&wrap_text("abcdefghij", Style::new(), 4)), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn a_key_name_between_spaces_goes_down_with_what_it_names() {
        // At 54 cells the line used to end in "。x", with "でこのまとめ" on the next line.
        for (w, lines) in at_every_width(SENTENCES[0]) {
            for line in &lines {
                assert!(!line.trim_end().ends_with(" x") && !line.trim_end().ends_with("。x"), "{w}: {lines:?}");
            }
        }
        let lines = wrap_text("答えはすべてワークブックに入っています。x でこのまとめを書き出せます", Style::new(), 40);
        assert_eq!(plain(&lines), ["答えはすべてワークブックに入っています。", "x でこのまとめを書き出せます"]);
    }

    #[test]
    fn cut_text_ends_with_a_one_cell_mark_and_never_halves_a_wide_character() {
        assert_eq!(cut("読書会", 6), "読書会");
        assert_eq!(cut("読書会の仲間", 6), "読書~");
        assert_eq!(cut("読書会の仲間", 7), "読書会~");
        assert_eq!(cut("abcdef", 4), "abc~");
        assert_eq!(CUT_MARK.width(), Some(1));
        for max in 0..12 {
            assert!(cut("多様性に富んだネットワーク", max).width() <= max.max(1));
        }
    }
}
