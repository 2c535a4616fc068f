//! The JSON shapes the CLI prints (a stable contract), and writing to stdout without panicking on a closed pipe.

use crate::article::{Document, EntityKind, Extraction};
use serde::Serialize;
use serde_json::{json, Value};
use std::io::{self, Write};

/// `show --json` / `extract --json`: offsets are UTF-8 byte offsets into `text`.
pub fn extraction_json(text: &str, x: &Extraction) -> serde_json::Map<String, Value> {
    let group = |kind: EntityKind| -> Vec<Value> {
        x.of_kind(kind)
            .map(|e| {
                let mentions: Vec<Value> = e
                    .mentions
                    .iter()
                    .map(|m| json!({"start": m.start, "end": m.end, "text": m.slice(text)}))
                    .collect();
                json!({"name": e.name, "mentions": mentions})
            })
            .collect()
    };
    let quotes: Vec<Value> = x
        .quotations(text)
        .map(|q| json!({"start": q.span.start, "end": q.span.end, "text": q.span.slice(text), "speaker": q.speaker}))
        .collect();
    let mut map = serde_json::Map::new();
    map.insert("people".into(), Value::Array(group(EntityKind::Person)));
    map.insert("places".into(), Value::Array(group(EntityKind::Place)));
    map.insert(
        "organizations".into(),
        Value::Array(group(EntityKind::Organization)),
    );
    map.insert("quotes".into(), Value::Array(quotes));
    map
}

pub fn document_json(doc: &Document) -> Value {
    let a = &doc.article;
    let mut map = serde_json::Map::new();
    map.insert("id".into(), json!(a.id));
    map.insert("title".into(), json!(a.title));
    map.insert("source".into(), json!(a.source));
    map.insert("date".into(), json!(a.date));
    map.insert("url".into(), json!(a.url));
    map.insert("text".into(), json!(a.text));
    map.extend(extraction_json(&a.text, &doc.extraction));
    Value::Object(map)
}

/// Writes to stdout; a closed pipe (`newsreader list | head`) ends the output quietly.
pub struct Out {
    inner: io::BufWriter<io::Stdout>,
    closed: bool,
}

impl Out {
    pub fn new() -> Out {
        Out {
            inner: io::BufWriter::new(io::stdout()),
            closed: false,
        }
    }

    pub fn line(&mut self, s: &str) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match writeln!(self.inner, "{s}") {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }

    pub fn json<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let s = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
        self.line(&s)
    }

    pub fn json_line<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let s = serde_json::to_string(value).map_err(io::Error::other)?;
        self.line(&s)
    }

    pub fn finish(mut self) -> io::Result<()> {
        match self.inner.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other if self.closed => other.or(Ok(())),
            other => other,
        }
    }
}

impl Default for Out {
    fn default() -> Self {
        Out::new()
    }
}
