//! Fuzzes the generic import entry point with every file extension the importers know, so each importer
//! (text, HTML, feeds, JSON) is covered as it is added: the first byte picks the extension.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use std::path::PathBuf;

const EXTENSIONS: [&str; 10] = [
    "txt", "html", "htm", "xml", "rss", "atom", "json", "jsonl", "md", "markdown",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let ext = EXTENSIONS[pick as usize % EXTENSIONS.len()];
    let path = PathBuf::from(format!("input.{ext}"));
    if let Ok(articles) = newsreader::ingest::parse_bytes(&path, bytes) {
        for article in &articles {
            common::check_article(article);
            // What the store writes must read back without a panic.
            let rendered = newsreader::ingest::text::render(article);
            let _ = newsreader::ingest::text::parse(rendered.as_bytes());
        }
    }
});
