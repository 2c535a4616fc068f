//! Sentence splitter over tokens: a sentence ends at a line break, or at `.`, `!`, `?` (with any closing
//! quotes or brackets) when the next token could start a sentence.

use super::tokenize::Token;
use std::ops::Range;

/// Longest sentence handed to the tagger; longer runs (lists, tables) are cut so work stays linear.
const MAX_SENTENCE_TOKENS: usize = 256;

/// Splits tokens into sentences, returned as index ranges into `tokens`.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(tokens.len() / 20 + 1);
    split_sentences_into(text, tokens, &mut out);
    out
}

/// Like [`split_sentences`], appending to a reused buffer.
pub fn split_sentences_into(text: &str, tokens: &[Token], out: &mut Vec<Range<usize>>) {
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let word = tokens[i].text(text);
        let mut end = i + 1;
        let mut boundary = false;
        if matches!(word, "." | "!" | "?" | "..." | "!!" | "??" | "?!") {
            while end < tokens.len()
                && is_closer(tokens[end].text(text))
                && no_newline(text, &tokens[end - 1], &tokens[end])
            {
                end += 1;
            }
            boundary = end == tokens.len() || starts_sentence(tokens[end].text(text));
        } else if end < tokens.len() && abbreviation_stop(word, tokens[end].text(text)) {
            boundary = true;
        }
        if end < tokens.len() && !no_newline(text, &tokens[end - 1], &tokens[end]) {
            boundary = true;
        }
        if end - start >= MAX_SENTENCE_TOKENS {
            boundary = true;
        }
        if boundary || end == tokens.len() {
            out.push(start..end);
            start = end;
        }
        i = end;
    }
}

/// "... in Washington D.C. The team ...": an abbreviation of dotted letters takes the sentence's stop with it,
/// so a sentence ends there when the next word can only open one (a determiner or pronoun in capitals, a
/// caption's credit).
pub(crate) fn abbreviation_stop(word: &str, next: &str) -> bool {
    word.len() >= 4
        && word.ends_with('.')
        && word.bytes().filter(|&b| b == b'.').count() >= 2
        && matches!(
            next,
            "The"
                | "This"
                | "These"
                | "Those"
                | "It"
                | "Its"
                | "He"
                | "She"
                | "They"
                | "We"
                | "His"
                | "Her"
                | "Their"
                | "Our"
                | "There"
                | "But"
                | "However"
                | "Image"
                | "Photo"
        )
}

fn no_newline(text: &str, a: &Token, b: &Token) -> bool {
    !text.as_bytes()[a.end..b.start].contains(&b'\n')
}

fn is_closer(word: &str) -> bool {
    matches!(word, "”" | "\"" | "’" | "'" | "''" | ")" | "]" | "»")
}

fn starts_sentence(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "“\"‘'`(«[—–-".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokenize::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        split_sentences(text, &tokens)
            .into_iter()
            .map(|r| text[tokens[r.start].start..tokens[r.end - 1].end].to_string())
            .collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Rubio spoke. Putin did not.",
                &["Rubio spoke.", "Putin did not."],
            ),
            (
                "“Go,” he said. “Now.” Then",
                &["“Go,” he said.", "“Now.”", "Then"],
            ),
            (
                "Sen. Rubio and the U.S. Senate met.",
                &["Sen. Rubio and the U.S. Senate met."],
            ),
            ("MIAMI:\nRubio said", &["MIAMI:", "Rubio said"]),
            (
                "It rose 3.5 per cent. it fell",
                &["It rose 3.5 per cent. it fell"],
            ),
            ("What? No!", &["What?", "No!"]),
            (
                "It met in Washington D.C. The team won. The U.S. Senate voted.",
                &[
                    "It met in Washington D.C.",
                    "The team won.",
                    "The U.S. Senate voted.",
                ],
            ),
            (
                "Held in Washington D.C. Image: Navy.",
                &["Held in Washington D.C.", "Image: Navy."],
            ),
            ("''Go.'' Then ''Now.''", &["''Go.''", "Then ''Now.''"]),
            ("", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "{text}");
        }
    }
}
