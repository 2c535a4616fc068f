//! Table tests for the quote finder: one row per shape of quotation and attribution, on sentences written for
//! these tests.

use super::find_quotes;
#[allow(unused_imports)]
use crate::article::Quote as _;
use crate::article::{Entity, EntityKind, Span};

/// (quoted words, speaker, cue) of every quote in `text`.
fn found(text: &str, entities: &[Entity]) -> Vec<(String, Option<String>, Option<String>)> {
    find_quotes(text, entities)
        .into_iter()
        .map(|q| {
            let cue = q.cue.map(|c| c.slice(text).to_string());
            (q.span.slice(text).to_string(), q.speaker, cue)
        })
        .collect()
}

fn one(text: &str) -> (String, Option<String>, Option<String>) {
    let mut all = found(text, &[]);
    assert_eq!(all.len(), 1, "expected one quote in {text:?}, got {all:?}");
    all.remove(0)
}

#[test]
fn attribution_shapes() {
    let rows: &[(&str, &str, Option<&str>, Option<&str>)] = &[
        (
            "\"We will rebuild the bridge,\" Anna Berg said.",
            "We will rebuild the bridge",
            Some("Anna Berg"),
            Some("said"),
        ),
        (
            "“We will rebuild the bridge,” said Anna Berg.",
            "We will rebuild the bridge",
            Some("Anna Berg"),
            Some("said"),
        ),
        (
            "Anna Berg said: “We will rebuild the bridge.”",
            "We will rebuild the bridge.",
            Some("Anna Berg"),
            Some("said"),
        ),
        (
            "Anna Berg told reporters that “the bridge will reopen”.",
            "the bridge will reopen",
            Some("Anna Berg"),
            Some("told"),
        ),
        (
            "“Prices will fall,” city treasurer Tom Okafor wrote on Monday.",
            "Prices will fall",
            Some("Tom Okafor"),
            Some("wrote"),
        ),
        (
            "“Prices will fall,” Mayor Tom Okafor tweeted.",
            "Prices will fall",
            Some("Tom Okafor"),
            Some("tweeted"),
        ),
        (
            "“Nothing has changed,” a ministry spokesman said.",
            "Nothing has changed",
            Some("a ministry spokesman"),
            Some("said"),
        ),
        (
            "“Nothing has changed,” the spokesman insisted.",
            "Nothing has changed",
            Some("the spokesman"),
            Some("insisted"),
        ),
        (
            "“Nothing has changed,” the Kremlin said.",
            "Nothing has changed",
            Some("Kremlin"),
            Some("said"),
        ),
        (
            "According to Tom Okafor, “the money is gone”.",
            "the money is gone",
            Some("Tom Okafor"),
            Some("According to"),
        ),
        (
            "“The money is gone,” according to Tom Okafor.",
            "The money is gone",
            Some("Tom Okafor"),
            Some("according to"),
        ),
        (
            "The council was “deeply divided”, Tom Okafor warned.",
            "deeply divided",
            Some("Tom Okafor"),
            Some("warned"),
        ),
        (
            "Tom Okafor, the city treasurer, explained: “It is a loan.”",
            "It is a loan.",
            Some("Tom Okafor"),
            Some("explained"),
        ),
        (
            "“Why now?” asked Tom Okafor.",
            "Why now?",
            Some("Tom Okafor"),
            Some("asked"),
        ),
        (
            "‘We stay,’ Anna Berg replied.",
            "We stay",
            Some("Anna Berg"),
            Some("replied"),
        ),
        ("She watched “Casablanca” twice.", "Casablanca", None, None),
    ];
    for &(text, quote, speaker, cue) in rows {
        let got = one(text);
        let want = (
            quote.to_string(),
            speaker.map(String::from),
            cue.map(String::from),
        );
        assert_eq!(got, want, "in {text:?}");
    }
}

#[test]
fn split_quote_gives_both_parts_the_speaker() {
    let text = "Tom Okafor arrived late.\n\n“We lost,” he said, “but we will be back.”";
    let got = found(text, &[]);
    assert_eq!(got.len(), 2);
    assert!(
        got.iter()
            .all(|(_, s, _)| s.as_deref() == Some("Tom Okafor")),
        "{got:?}"
    );
}

#[test]
fn a_second_sentence_of_quotation_keeps_the_speaker() {
    let text = "“It is late,” Anna Berg said in reply. “We should all go home now.”";
    let got = found(text, &[]);
    assert_eq!(got[1].1.as_deref(), Some("Anna Berg"), "{got:?}");
    assert_eq!(got[1].2, None);
}
