//! Ingest: bytes in, [`Article`] out. One module per format; [`parse_bytes`] picks the format.
//!
//! Every parser is pure (no I/O) and refuses bad input with an [`IngestError`] a user can act on.

pub mod text;

use crate::article::Article;
use std::path::Path;

/// Articles larger than this are refused (the limit is generous: a long feature is ~100 KiB).
pub const MAX_ARTICLE_BYTES: usize = 8 * 1024 * 1024;

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
}

impl Format {
    /// The format of a file, from its name (and, later, its first bytes).
    pub fn detect(path: &Path, _bytes: &[u8]) -> Format {
        let _ = path;
        Format::Text
    }
}

/// Parses one file's bytes into articles (a feed yields several, a page or text file one).
pub fn parse_bytes(path: &Path, bytes: &[u8]) -> Result<Vec<Article>, IngestError> {
    match Format::detect(path, bytes) {
        Format::Text => text::parse(bytes).map(|a| vec![a]),
    }
}

/// Checks the bytes are usable text and returns them as a `&str`, without a byte-order mark.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, IngestError> {
    if bytes.len() > MAX_ARTICLE_BYTES {
        return Err(IngestError::TooLarge { size: bytes.len(), limit: MAX_ARTICLE_BYTES });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(IngestError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|e| IngestError::NotUtf8 { offset: e.valid_up_to() })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    Ok(text)
}
