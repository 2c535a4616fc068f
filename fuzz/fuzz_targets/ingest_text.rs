//! Fuzzes the plain-text article parser, and checks that what the store writes back parses again.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use newsreader::ingest::text;

fuzz_target!(|data: &[u8]| {
    if let Ok(article) = text::parse(data) {
        common::check_article(&article);
        let rendered = text::render(&article);
        if let Ok(again) = text::parse(rendered.as_bytes()) {
            common::check_article(&again);
        }
    }
});
