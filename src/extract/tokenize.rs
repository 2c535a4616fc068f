//! Tokenizer for news text: words, numbers and punctuation as UTF-8 byte spans, in the style of the CoNLL and
//! Penn treebanks (possessive `'s` split off, abbreviations such as "U.S." and "Sen." kept whole).

/// One token: a half-open UTF-8 byte range of the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// Words that keep their final period: titles, months, company suffixes.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Capt", "Sgt", "Cpl",
    "Maj", "Adm", "Cmdr", "Pres", "Rev", "Fr", "St", "Mt", "Ft", "Jr", "Sr", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc", "Corp", "Ltd", "Co",
    "Bros", "vs", "No", "Dept", "Univ", "Supt", "Messrs", "Gens", "Sens", "Reps", "approx", "etc",
    "Ave", "Blvd", "Rd", "Ariz", "Calif", "Colo", "Conn", "Fla", "Ill", "Ind", "Kan", "Mass",
    "Mich", "Minn", "Miss", "Nev", "Okla", "Ore", "Penn", "Tenn", "Tex", "Va", "Wash", "Wis",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// A letter, a digit, a soft hyphen, or a combining mark: text in decomposed form (NFD, as some systems write
/// it) spells "é" as "e" and U+0301, and the mark belongs to the word it follows.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{00AD}' || is_combining_mark(c)
}

/// The combining diacritical marks of the Latin, Greek and Cyrillic scripts and their extensions (the marks of
/// other scripts are letters to [`char::is_alphanumeric`] already).
pub(crate) fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// "TrÃ©vidic", "SarukhÃÂ¡n": UTF-8 read as Latin-1 (mojibake) leaves a symbol of U+0080-U+00BF after "Ã" or "Â"
/// (composed, or "A" and a combining tilde or circumflex) inside a name; it stays part of the word.
pub(crate) fn continues_mojibake(prev: char, c: char) -> bool {
    let latin1_symbol = |c: char| ('\u{80}'..='\u{BF}').contains(&c);
    latin1_symbol(c) && (matches!(prev, 'Ã' | 'Â' | '\u{302}' | '\u{303}') || latin1_symbol(prev))
}

/// Cuts `text` into tokens. Never panics; every byte outside a token is whitespace.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    tokenize_into(text, &mut tokens);
    tokens
}

/// Like [`tokenize`], appending to a reused buffer.
pub fn tokenize_into(text: &str, tokens: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let end = if is_word_char(c) {
            word_end(text, i)
        } else if is_apostrophe(c) && possessive_s_at(text, i) {
            i + c.len_utf8() + 1
        } else if matches!(c, '\'' | '`') && bytes.get(i + 1) == Some(&b) {
            // `''` and ``` `` ```: one quotation mark in the typewriter style of some papers (and of the
            // treebanks), not two apostrophes; split, they read as name parts to the tagger.
            i + 2
        } else {
            punct_end(text, i, c)
        };
        tokens.push(Token { start: i, end });
        i = end;
    }
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

/// `'s` or `’s` standing as a possessive or contraction: followed by a non-letter.
fn possessive_s_at(text: &str, i: usize) -> bool {
    let rest = &text[i..];
    let mut chars = rest.chars();
    let _apostrophe = chars.next();
    matches!(chars.next(), Some('s' | 'S')) && !chars.next().is_some_and(is_word_char)
}

/// The end of the word starting at `start`: letters and digits, joined by inner hyphens, apostrophes
/// (O'Brien, not the possessive 's), decimal points and thousands separators, and abbreviation periods.
fn word_end(text: &str, start: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..].char_indices().peekable();
    let mut letters_since_dot = 0usize;
    let mut all_single_letter_groups = true;
    // The character before the current one (none before the word's first, which is a word character).
    let mut prev = None;
    while let Some((off, c)) = chars.next() {
        let pos = start + off;
        let before = prev.replace(c);
        if is_word_char(c) || before.is_some_and(|p| continues_mojibake(p, c)) {
            end = pos + c.len_utf8();
            letters_since_dot += 1;
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let prev_is_digit = before.is_some_and(|p| p.is_ascii_digit());
        match c {
            '-' | '‐' | '‑' if next.is_some_and(is_word_char) => end = pos + c.len_utf8(),
            '&' if next.is_some_and(|n| n.is_uppercase()) && letters_since_dot <= 2 => {
                end = pos + 1
            }
            '\'' | '’' if next.is_some_and(char::is_alphabetic) && !possessive_s_at(text, pos) => {
                end = pos + c.len_utf8()
            }
            '.' | ',' if prev_is_digit && next.is_some_and(|n| n.is_ascii_digit()) => end = pos + 1,
            '.' => {
                if letters_since_dot > 1 {
                    all_single_letter_groups = false;
                }
                let word = &text[start..pos];
                // "U.S.", "e.g.": single letters with periods; "J." an initial; "Sen." a known abbreviation.
                let letter_groups = all_single_letter_groups
                    && word.chars().next().is_some_and(char::is_alphabetic);
                if letter_groups && next.is_some_and(char::is_alphabetic) {
                    end = pos + 1;
                    letters_since_dot = 0;
                    continue;
                }
                let initial =
                    letter_groups && letters_since_dot == 1 && word.chars().any(char::is_uppercase);
                if initial || ABBREVIATIONS.contains(&word) {
                    end = pos + 1;
                }
                break;
            }
            _ => break,
        }
    }
    end
}

/// Punctuation: one character, except runs of the same mark ("...", "--", "!!").
fn punct_end(text: &str, start: usize, c: char) -> usize {
    let mut end = start + c.len_utf8();
    if matches!(c, '.' | '-' | '!' | '?' | '*' | '=' | '_') {
        for next in text[end..].chars() {
            if next != c {
                break;
            }
            end += next.len_utf8();
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("Rubio said.", &["Rubio", "said", "."]),
            ("Ukraine’s plan", &["Ukraine", "’s", "plan"]),
            ("Ukraine's plan", &["Ukraine", "'s", "plan"]),
            ("the U.S. and U.K.", &["the", "U.S.", "and", "U.K."]),
            ("Sen. Marco Rubio", &["Sen.", "Marco", "Rubio"]),
            ("on Jan. 5, 2024", &["on", "Jan.", "5", ",", "2024"]),
            ("J. K. Rowling", &["J.", "K.", "Rowling"]),
            ("Jean-Claude O'Brien", &["Jean-Claude", "O'Brien"]),
            (
                "“Yes,” he said — no",
                &["“", "Yes", ",", "”", "he", "said", "—", "no"],
            ),
            ("MIAMI:\nRubio", &["MIAMI", ":", "Rubio"]),
            (
                "90 billion euros, 1,000.5",
                &["90", "billion", "euros", ",", "1,000.5"],
            ),
            ("won’t", &["won’t"]),
            ("the Witkoffs’ plan", &["the", "Witkoffs", "’", "plan"]),
            ("Wait...", &["Wait", "..."]),
            ("AT&T", &["AT&T"]),
            ("28-point", &["28-point"]),
            (
                "''No,'' said Mr. Berg's aide.",
                &[
                    "''", "No", ",", "''", "said", "Mr.", "Berg", "'s", "aide", ".",
                ],
            ),
            ("``Yes''", &["``", "Yes", "''"]),
            ("the Bergs' house", &["the", "Bergs", "'", "house"]),
            // Decomposed accents (NFD): each combining mark stays with its letter.
            (
                "Jose\u{301} Nu\u{301}n\u{303}ez’s",
                &["Jose\u{301}", "Nu\u{301}n\u{303}ez", "’s"],
            ),
            // UTF-8 read as Latin-1 (mojibake), composed and decomposed: the name stays one word; a symbol
            // elsewhere is its own token.
            ("Marc TrÃ©vidic", &["Marc", "TrÃ©vidic"]),
            (
                "Sarukh\u{c3}\u{83}\u{c2}\u{a1}n",
                &["Sarukh\u{c3}\u{83}\u{c2}\u{a1}n"],
            ),
            ("TrA\u{303}©vidic", &["TrA\u{303}©vidic"]),
            ("Acme© Ltd", &["Acme", "©", "Ltd"]),
        ];
        for (text, want) in cases {
            assert_eq!(&words(text), want, "{text}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            " ",
            "'",
            "’s",
            "a.",
            ".a",
            "U.",
            "é’",
            "\u{00AD}",
            "-a-",
            "1,",
            "x'",
            "\u{301}",
            "\u{301}’s",
        ] {
            let toks = tokenize(text);
            for t in toks {
                assert!(t.start < t.end && t.end <= text.len());
            }
        }
    }
}
