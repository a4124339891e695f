//! Wrapping styled text to a width in terminal cells, ourselves: a double-width character never
//! lands in the last cell with its second half over a border, lines break at spaces where they
//! can (English) and between any two characters where they must (Japanese), and nothing is cut.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Wraps one line made of styled pieces into lines of at most `width` cells. Continuation lines
/// start with `indent` spaces.
pub fn wrap_spans(pieces: &[(String, Style)], width: usize, indent: usize) -> Vec<Line<'static>> {
    let width = width.max(1);
    let indent = indent.min(width / 2);
    let mut lines: Vec<Vec<(char, Style)>> = vec![Vec::new()];
    let mut used = 0usize;
    // Cells taken by the indent of the current line: a line holding only that never breaks
    // (a character wider than the whole width still has to go somewhere).
    let mut base = 0usize;
    for (text, style) in pieces {
        for c in text.chars() {
            let w = char_width(c);
            if used + w > width && used > base {
                let current = lines.last_mut().map(std::mem::take).unwrap_or_default();
                // Break after the last space if that leaves something on this line, and the
                // words carried down are not Japanese (which breaks between any two characters:
                // going back to a space there would leave half a line empty).
                let wide = |ch: char| char_width(ch) > 1;
                let (keep, carry) = match current.iter().rposition(|(ch, _)| *ch == ' ') {
                    Some(at)
                        if at > indent
                            && at + 1 < current.len()
                            && !c.is_whitespace()
                            && !(wide(c) && current.last().is_some_and(|(p, _)| wide(*p))) =>
                    {
                        let (a, b) = current.split_at(at + 1);
                        (a.to_vec(), b.to_vec())
                    }
                    // Japanese punctuation must not start a line: the character before it
                    // goes down with it (as long as something stays behind).
                    _ if no_line_start(c) && current.len() > indent + 1 => {
                        let (a, b) = current.split_at(current.len() - 1);
                        (a.to_vec(), b.to_vec())
                    }
                    // An English word inside Japanese text ("Ctrl-p", "27.8%") is not cut: it
                    // goes down whole (unless it alone fills the line).
                    _ if ascii_word(c) && current.last().is_some_and(|(p, _)| ascii_word(*p)) => {
                        let run = current.iter().rev().take_while(|(p, _)| ascii_word(*p)).count();
                        if run + indent < current.len() {
                            let (a, b) = current.split_at(current.len() - run);
                            (a.to_vec(), b.to_vec())
                        } else {
                            (current, Vec::new())
                        }
                    }
                    _ => (current, Vec::new()),
                };
                let last = lines.len() - 1;
                lines[last] = keep;
                let mut next: Vec<(char, Style)> = std::iter::repeat_n((' ', Style::new()), indent).collect();
                next.extend(carry);
                used = next.iter().map(|(ch, _)| char_width(*ch)).sum();
                base = indent;
                lines.push(next);
                if c == ' ' {
                    continue;
                }
            }
            let last = lines.len() - 1;
            lines[last].push((c, *style));
            used += w;
        }
    }
    lines.into_iter().map(to_line).collect()
}

/// A character of a word written in ASCII (letters, digits and what joins them).
fn ascii_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-_.%()/'".contains(c)
}

/// Closing punctuation that Japanese typesetting keeps off the start of a line (kinsoku).
fn no_line_start(c: char) -> bool {
    "、。，．,.)）」』】〕〉》!！?？:：;；ー〜ゃゅょっャュョッぁぃぅぇぉァィゥェォ%％".contains(c)
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
        assert_eq!(plain(&lines), ["saved to the", "emergency ", "copy"]);
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
        assert_eq!(plain(&lines), vec!["Fit with values: ", "freedom +2, learning", "-1"]);
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
}
