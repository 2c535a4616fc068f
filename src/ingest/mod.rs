//! Ingest: bytes in, [`Article`] out. One module per format; [`parse_bytes`] picks the format.
//!
//! Every parser is pure (no I/O) and refuses bad input with an [`IngestError`] a user can act on.

pub mod charset;
pub mod dates;
pub mod feed;
pub mod html;
pub mod htmltext;
pub mod json;
pub mod markdown;
pub mod text;

use crate::article::Article;
use std::path::Path;

/// Files and articles larger than this are refused unless `NEWSREADER_MAX_FILE_BYTES` says otherwise (the
/// default is generous: a long feature is ~100 KiB).
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

/// The file and article size limit: `NEWSREADER_MAX_FILE_BYTES`, read once, else [`MAX_ARTICLE_BYTES`].
pub fn max_article_bytes() -> usize {
    static LIMIT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *LIMIT.get_or_init(|| limit_from_env("NEWSREADER_MAX_FILE_BYTES", MAX_ARTICLE_BYTES as u64))
        as usize
}

/// A size limit from the environment variable `name`: a positive number of bytes; anything else is reported
/// in one line on stderr and `default` used. Read once per limit (callers cache it), before any screen is drawn.
pub fn limit_from_env(name: &str, default: u64) -> u64 {
    let Some(value) = std::env::var_os(name) else {
        return default;
    };
    match value.to_str().and_then(|v| v.trim().parse::<u64>().ok()) {
        Some(n) if n > 0 && usize::try_from(n).is_ok() => n,
        _ => {
            let shown = value.to_string_lossy();
            let shown = crate::util::sanitize(&shown, false);
            eprintln!(
                "newsreader: {name}={shown:?} is not a positive number of bytes; using the default, {default}"
            );
            default
        }
    }
}

/// Why some input could not become an article. The message is meant for the user, after the file's name.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IngestError {
    #[error("empty file")]
    Empty,
    #[error("binary data, not text (NUL byte at offset {offset})")]
    Binary { offset: usize },
    #[error("not valid UTF-8 (invalid byte at offset {offset})")]
    NotUtf8 { offset: usize },
    #[error("too large ({size} bytes; the limit is {limit})")]
    TooLarge { size: usize, limit: usize },
    #[error("no article text found")]
    NoText,
    #[error("{0}")]
    Malformed(String),
}

/// The formats the importer knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text in the seed's or the demo articles' layout.
    Text,
    /// A web page: Readability finds the article in it.
    Html,
    /// RSS, Atom, RDF or JSON Feed: one article per item.
    Feed,
    /// A JSON array (or object) of articles.
    Json,
    /// One JSON article object per line.
    JsonLines,
    Markdown,
}

impl Format {
    /// The format of a file: its content when that is unmistakable (a feed saved as `.html`, a page saved as
    /// `.xml`), else its extension, else a guess from the content.
    pub fn detect(path: &Path, bytes: &[u8]) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let sniffed = Format::sniff(bytes);
        match (ext.as_str(), sniffed) {
            (_, Some(f @ (Format::Feed | Format::Html))) => f,
            ("html" | "htm" | "xhtml" | "shtml", _) => Format::Html,
            ("xml" | "rss" | "atom" | "rdf", _) => Format::Feed,
            ("jsonl" | "ndjson", _) => Format::JsonLines,
            ("json", _) => Format::Json,
            ("md" | "markdown" | "mdown", _) => Format::Markdown,
            ("txt" | "text", _) => Format::Text,
            (_, Some(f)) => f,
            _ => Format::Text,
        }
    }

    /// The format the first bytes reveal, if any.
    pub fn sniff(bytes: &[u8]) -> Option<Format> {
        let head = match encoding_rs::Encoding::for_bom(bytes) {
            Some((encoding, bom)) => encoding
                .decode_without_bom_handling(&bytes[bom..bytes.len().min(4096)])
                .0
                .into_owned(),
            None => String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).into_owned(),
        };
        let head = head.to_ascii_lowercase();
        let head = head.trim_start();
        if head.starts_with('<') {
            let after_prolog = skip_prolog(head);
            if after_prolog.starts_with("<rss")
                || after_prolog.starts_with("<feed")
                || after_prolog.starts_with("<rdf:rdf")
            {
                return Some(Format::Feed);
            }
            if after_prolog.starts_with("<!doctype html")
                || after_prolog.starts_with("<html")
                || head.contains("<body")
                || head.contains("<head")
            {
                return Some(Format::Html);
            }
            return None;
        }
        if head.starts_with('{') || head.starts_with('[') {
            if head.starts_with('{') && head.contains("jsonfeed.org/version") {
                return Some(Format::Feed);
            }
            let mut lines = head.lines().filter(|l| !l.trim().is_empty());
            let first_is_object = lines
                .next()
                .is_some_and(|l| l.trim_start().starts_with('{') && l.trim_end().ends_with('}'));
            if first_is_object
                && lines
                    .next()
                    .is_some_and(|l| l.trim_start().starts_with('{'))
            {
                return Some(Format::JsonLines);
            }
            return Some(Format::Json);
        }
        if head.starts_with("# ") || head.starts_with("---\n") {
            return Some(Format::Markdown);
        }
        None
    }
}

/// Markup after the XML declaration, comments, processing instructions and a non-HTML doctype.
fn skip_prolog(mut s: &str) -> &str {
    loop {
        s = s.trim_start();
        let end = if s.starts_with("<?") {
            s.find("?>").map(|e| e + 2)
        } else if s.starts_with("<!--") {
            s.find("-->").map(|e| e + 3)
        } else if s.starts_with("<!doctype") && !s.starts_with("<!doctype html") {
            s.find('>').map(|e| e + 1)
        } else {
            return s;
        };
        match end {
            Some(e) => s = &s[e..],
            None => return "",
        }
    }
}

/// Parses one file's bytes into articles (a feed yields several, a page or text file one). UTF-8 text is read in
/// composed form ([`compose`]) and with mojibake repaired ([`charset::repair_mojibake`]); the file is not changed.
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<Vec<Article>, IngestError> {
    let text = std::str::from_utf8(bytes).ok();
    let composed = text.and_then(compose);
    let composed = composed.as_deref().or(text);
    let repaired = composed.and_then(charset::repair_mojibake);
    let bytes = repaired
        .as_deref()
        .or(composed)
        .map_or(bytes, str::as_bytes);
    match Format::detect(path, bytes) {
        Format::Text => text::parse(bytes).map(|a| vec![a]),
        Format::Html => html::parse_page(bytes, None, None).map(|a| vec![a]),
        Format::Feed => {
            let feed = feed::parse_feed(bytes, None, None)?;
            // Items with a title and nothing else (podcast episodes, link posts) are not articles.
            let articles: Vec<Article> = feed
                .items
                .into_iter()
                .map(|i| i.article)
                .filter(|a| !a.text.is_empty())
                .collect();
            if articles.is_empty() {
                return Err(IngestError::NoText);
            }
            Ok(articles)
        }
        Format::Json => json::parse_json(bytes),
        Format::JsonLines => json::parse_json_lines(bytes),
        Format::Markdown => markdown::parse_markdown(bytes).map(|a| vec![a]),
    }
}

/// `text` in composed form (NFC), when it is not already: text in decomposed form (NFD) spells "é" as "e" and
/// a combining accent, which a search for "é" as one character, typed on a keyboard, would not find. The
/// store's files stay as they are; the index and the reader see the composed text.
pub fn compose(text: &str) -> Option<String> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if text.is_ascii() || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        return None;
    }
    let composed: String = text.nfc().collect();
    (composed != text).then_some(composed)
}

/// Checks the bytes are usable text and returns them as a `&str`, without a byte-order mark.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, IngestError> {
    let limit = max_article_bytes();
    if bytes.len() > limit {
        return Err(IngestError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(IngestError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| IngestError::NotUtf8 {
        offset: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_text_is_read_composed() {
        assert_eq!(compose("plain ascii"), None);
        assert_eq!(compose("Trévidic"), None);
        assert_eq!(compose("Tre\u{301}vidic").as_deref(), Some("Trévidic"));
        let nfd = "Jose\u{301} wins\n\nNu\u{301}n\u{303}ez said he would go.\n";
        let articles = parse_bytes(Path::new("a.txt"), nfd.as_bytes()).unwrap();
        assert_eq!(articles[0].title, "José wins");
        assert_eq!(articles[0].text, "Núñez said he would go.");
        let block = articles[0].blocks[0].span;
        assert_eq!(block.slice(&articles[0].text), "Núñez said he would go.");
    }

    #[test]
    fn mojibake_is_read_repaired() {
        let misread = "PeÃ±a visits KrakÃ³w\n\nEnrique PeÃ±a Nieto said: â€œItâ€™s done.â€\u{9d}\n";
        let articles = parse_bytes(Path::new("a.txt"), misread.as_bytes()).unwrap();
        assert_eq!(articles[0].title, "Peña visits Kraków");
        assert_eq!(articles[0].text, "Enrique Peña Nieto said: “It’s done.”");
        // Decomposed and misread at once.
        let both = "Jose\u{301} and PeÃ±a\n\nText.\n";
        let articles = parse_bytes(Path::new("a.txt"), both.as_bytes()).unwrap();
        assert_eq!(articles[0].title, "José and Peña");
    }
}
