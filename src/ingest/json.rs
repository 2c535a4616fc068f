//! JSON and JSON Lines of articles: objects with "title", "text" or "html", "url", "date", "source", "author".

use super::htmltext::{collapse_spaces, html_to_blocks};
use super::{dates, decode_utf8, text::assemble, IngestError};
use crate::article::{Article, ArticleId, BlockKind};
use serde_json::Value;

/// A JSON array of article objects, one object, or `{"articles": [...]}`.
pub fn parse_json(bytes: &[u8]) -> Result<Vec<Article>, IngestError> {
    let text = decode_utf8(bytes)?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        IngestError::Malformed(format!(
            "invalid JSON at line {} column {}: {e}",
            e.line(),
            e.column()
        ))
    })?;
    let items = match value {
        Value::Array(items) => items,
        Value::Object(mut o) if o.get("articles").is_some_and(Value::is_array) => {
            match o.remove("articles") {
                Some(Value::Array(items)) => items,
                _ => Vec::new(),
            }
        }
        object @ Value::Object(_) => vec![object],
        _ => {
            return Err(IngestError::Malformed(
                "expected an article object or an array of them".into(),
            ))
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        out.push(
            article(item).map_err(|e| IngestError::Malformed(format!("item {}: {e}", i + 1)))?,
        );
    }
    if out.is_empty() {
        return Err(IngestError::NoText);
    }
    Ok(out)
}

/// One article object per line; blank lines are skipped.
pub fn parse_json_lines(bytes: &[u8]) -> Result<Vec<Article>, IngestError> {
    let text = decode_utf8(bytes)?;
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let value: Value = serde_json::from_str(line)
            .map_err(|e| IngestError::Malformed(format!("line {}: invalid JSON: {e}", n + 1)))?;
        out.push(
            article(&value).map_err(|e| IngestError::Malformed(format!("line {}: {e}", n + 1)))?,
        );
    }
    if out.is_empty() {
        return Err(IngestError::NoText);
    }
    Ok(out)
}

fn article(value: &Value) -> Result<Article, String> {
    let Value::Object(o) = value else {
        return Err("not an object".into());
    };
    let field = |name: &str| -> Result<Option<String>, String> {
        match o.get(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(_) => Err(format!("\"{name}\" must be a string")),
        }
    };
    let paragraphs: Vec<(BlockKind, String)> = if let Some(text) = field("text")? {
        text.replace("\r\n", "\n")
            .split("\n\n")
            .map(collapse_spaces)
            .filter(|p| !p.is_empty())
            .map(|p| (BlockKind::Paragraph, p))
            .collect()
    } else if let Some(html) = field("html")? {
        html_to_blocks(&html)
    } else {
        return Err("no \"text\" or \"html\"".into());
    };
    if paragraphs.is_empty() {
        return Err("empty text".into());
    }
    let title = field("title")?
        .map(|t| collapse_spaces(&t))
        .ok_or("no \"title\"")?;
    let url = field("url")?;
    let (text, blocks) = assemble(paragraphs);
    let id = match &url {
        Some(u) => ArticleId::from_key(u.as_bytes()),
        None => ArticleId::from_key(format!("{title}\n{text}").as_bytes()),
    };
    let date = field("date")?.map(|d| dates::normalize(&d).unwrap_or(d));
    Ok(Article {
        id,
        title,
        source: field("source")?.map(|s| collapse_spaces(&s)),
        date,
        url,
        author: field("author")?.map(|s| collapse_spaces(&s)),
        license: None,
        text,
        blocks,
    })
}
