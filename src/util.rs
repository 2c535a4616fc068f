//! Small helpers shared across layers: making untrusted text safe to print on a terminal, calendar words, and
//! names' accents.

use std::borrow::Cow;

/// Day and month names, lower case: days first, then the twelve months in order (`MONTHS`).
pub const DAYS_AND_MONTHS: [&str; 19] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The months, lower case, January first.
pub const MONTHS: &[&str] = DAYS_AND_MONTHS.split_at(7).1;
/// The seven day names of [`DAYS_AND_MONTHS`].
pub const DAYS: &[&str] = DAYS_AND_MONTHS.split_at(7).0;

/// Whether a character must never reach the terminal from untrusted text: C0 and C1 controls (ESC starts
/// CSI/OSC/DCS sequences), DEL, and the bidirectional overrides and isolates that can reorder what is shown.
pub fn is_unsafe_char(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
}

/// Text made safe for a terminal: tabs become spaces, line breaks are kept only when `keep_newlines`, every
/// other control character and bidi override is dropped (escape sequences lose their ESC and are inert).
pub fn sanitize(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    let clean = |c: char| !is_unsafe_char(c) && c != '\t' && (keep_newlines || c != '\n');
    if text.chars().all(clean) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\t' => out.push_str("    "),
            '\n' if keep_newlines => out.push('\n'),
            '\n' | '\r' => out.push(' '),
            c if is_unsafe_char(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// "1 article file", "3 article files": a count with its noun in the right number (nouns taking an "s").
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A word in lower case with the accents of its Latin letters taken off: "François" and "Francois" are one name,
/// written both ways in news text.
pub fn fold_accents(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_inert() {
        assert_eq!(sanitize("a\u{1b}[2Jb", false), "a[2Jb");
        assert_eq!(sanitize("x\u{1b}]0;title\u{7}y", false), "x]0;titley");
        assert_eq!(sanitize("c1\u{9b}31m", false), "c131m");
        assert_eq!(sanitize("bidi\u{202e}txt", false), "biditxt");
        assert_eq!(sanitize("a\tb", false), "a    b");
        assert_eq!(sanitize("l1\nl2\r", true), "l1\nl2 ");
        assert_eq!(sanitize("l1\nl2", false), "l1 l2");
        assert!(matches!(
            sanitize("plain – text ✓", false),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn counts_take_the_right_number() {
        assert_eq!(count(1, "article file"), "1 article file");
        assert_eq!(count(0, "article file"), "0 article files");
        assert_eq!(count(23, "article file"), "23 article files");
    }
}
