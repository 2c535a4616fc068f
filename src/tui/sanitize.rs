//! Terminal safety: every string the reader draws passes through [`sanitize`] first, so an article cannot move
//! the cursor, change colours or reorder the screen. Widths are measured with `unicode-width`.

use std::borrow::Cow;
use unicode_width::UnicodeWidthChar;

/// Columns between tab stops when a tab is expanded.
pub const TAB_WIDTH: usize = 4;

/// What one character becomes on screen.
enum Clean {
    Keep(char),
    Drop,
    /// A tab: spaces up to the next tab stop.
    Tab,
}

fn classify(c: char) -> Clean {
    match c {
        '\t' => Clean::Tab,
        // A line break inside a one-line string becomes a space, so words do not run together.
        '\n' | '\r' | '\u{0b}' | '\u{0c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Clean::Keep(' '),
        // C0/C1 controls (ESC included), DEL, bidi overrides and isolates: the one list the CLI uses too.
        c if crate::util::is_unsafe_char(c) => Clean::Drop,
        c => Clean::Keep(c),
    }
}

fn needs_cleaning(s: &str) -> bool {
    s.chars()
        .any(|c| !matches!(classify(c), Clean::Keep(k) if k == c))
}

/// The string as it may be drawn: control characters and bidi overrides removed, line breaks turned into spaces
/// and tabs expanded to the next stop of [`TAB_WIDTH`] columns (counted from the start of `s`).
pub fn sanitize(s: &str) -> Cow<'_, str> {
    if !needs_cleaning(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut column = 0;
    for c in s.chars() {
        push_clean(c, &mut out, &mut column);
    }
    Cow::Owned(out)
}

/// Appends the drawable form of `c` to `out`, advancing `column` by its width; returns the bytes appended.
pub fn push_clean(c: char, out: &mut String, column: &mut usize) -> usize {
    let before = out.len();
    match classify(c) {
        Clean::Keep(k) => {
            out.push(k);
            *column += k.width().unwrap_or(0);
        }
        Clean::Drop => {}
        Clean::Tab => {
            let spaces = TAB_WIDTH - *column % TAB_WIDTH;
            out.extend(std::iter::repeat_n(' ', spaces));
            *column += spaces;
        }
    }
    out.len() - before
}

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `s` cut to at most `max` columns, ending in "…" when something was cut.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(
            sanitize("Marco Rubio said “no”"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn escapes_and_controls_are_removed() {
        assert_eq!(sanitize("a\u{1b}[31mred\u{1b}[0m"), "a[31mred[0m");
        assert_eq!(sanitize("bell\u{7}del\u{7f}c1\u{9b}x"), "belldelc1x");
        assert_eq!(sanitize("\u{0}nul"), "nul");
    }

    #[test]
    fn bidi_overrides_are_removed() {
        assert_eq!(sanitize("abc\u{202e}fed\u{202c}"), "abcfed");
        assert_eq!(sanitize("\u{2066}x\u{2069}"), "x");
    }

    #[test]
    fn breaks_become_spaces_and_tabs_expand() {
        assert_eq!(sanitize("one\ntwo\r\n"), "one two  ");
        assert_eq!(sanitize("a\tb"), "a   b");
        assert_eq!(sanitize("abcd\te"), "abcd    e");
    }

    #[test]
    fn truncate_counts_columns() {
        assert_eq!(truncate("hello world", 5), "hell…");
        assert_eq!(truncate("hello", 5), "hello");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
        assert_eq!(truncate("abc", 0), "");
    }
}
