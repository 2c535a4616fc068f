//! Fuzzes the extractor on arbitrary UTF-8 and checks its output: every span inside the text on character
//! boundaries, each entity's mentions sorted, quotes (and their cues) valid spans.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsreader::article::Span;

fn check_span(text: &str, span: Span, what: &str) {
    assert!(span.start <= span.end, "{what} span reversed: {span:?}");
    assert!(
        span.end <= text.len(),
        "{what} span past the text: {span:?}"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} span not on char boundaries: {span:?}"
    );
}

fuzz_target!(|text: &str| {
    let x = newsreader::extract::extract(text);
    for entity in &x.entities {
        assert!(!entity.name.is_empty(), "entity without a name");
        for m in &entity.mentions {
            check_span(text, *m, "mention");
        }
        assert!(
            entity.mentions.windows(2).all(|w| w[0].start <= w[1].start),
            "mentions of {} not sorted",
            entity.name
        );
    }
    for q in &x.quotes {
        check_span(text, q.span, "quote");
        if let Some(cue) = q.cue {
            check_span(text, cue, "cue");
        }
    }
});
