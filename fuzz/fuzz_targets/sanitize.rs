//! Fuzzes terminal sanitising: the output never holds ESC, other C0/C1 controls (except a kept newline), DEL or
//! bidirectional controls, so untrusted text cannot drive the terminal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsreader::util::{is_unsafe_char, sanitize};

fn forbidden(c: char, keep_newlines: bool) -> bool {
    let control = c.is_control() && !(keep_newlines && c == '\n');
    let bidi = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}');
    control || bidi
}

fuzz_target!(|text: &str| {
    for keep in [false, true] {
        let out = sanitize(text, keep);
        if let Some(c) = out.chars().find(|&c| forbidden(c, keep)) {
            panic!("sanitize kept {:?} (keep_newlines={keep})", c);
        }
        assert!(!out.chars().any(|c| is_unsafe_char(c) && c != '\n'));
        // Sanitising is idempotent: clean text passes through unchanged.
        assert_eq!(sanitize(&out, keep), out);
    }
});
