//! Plain data shared by every layer: an article, its id, and what extraction found in it.
//!
//! Offsets are UTF-8 byte offsets into [`Article::text`] (or, for raw extraction, into the input).

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable article id: 16 lower-case hex digits, also the tail of the article's file name in the store.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl ArticleId {
    /// The id of some bytes (content, a URL or a GUID): FNV-1a 64, stable across platforms and versions.
    pub fn from_key(key: &[u8]) -> Self {
        ArticleId(format!("{:016x}", fnv1a64(key)))
    }

    /// Accepts exactly 16 hex digits.
    pub fn parse(s: &str) -> Option<Self> {
        (s.len() == 16 && s.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| ArticleId(s.to_ascii_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// FNV-1a, 64 bit: tiny, deterministic, good enough to name files and detect duplicates.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A half-open byte range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The text of this span, or "" when it does not fall on character boundaries of `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// How an article file marks a caption paragraph: "[Caption] Anna Berg at the count."
pub const CAPTION_MARK: &str = "[Caption]";

/// What kind of block a paragraph of the article is; used for styling, not for meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Standfirst,
    Caption,
    Dateline,
    Heading,
    Paragraph,
}

/// One block of the article text: its kind and where it lies in [`Article::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// An article as the reader knows it: parsed from a file in the store, before extraction.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub id: ArticleId,
    pub title: String,
    /// The outlet: "FMT", "Wikinews", a feed's title.
    pub source: Option<String>,
    /// Publication date as ISO 8601 (`2015-09-12` or `2015-09-12T10:00:00Z`).
    pub date: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub license: Option<String>,
    /// The article text: blocks separated by a blank line ("\n\n"). Title and boilerplate are not in it.
    pub text: String,
    pub blocks: Vec<Block>,
}

impl Default for ArticleId {
    fn default() -> Self {
        ArticleId("0000000000000000".into())
    }
}

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

impl EntityKind {
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
        }
    }
}

/// One entity of an article, under its canonical name, with every place it is mentioned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub kind: EntityKind,
    /// The canonical name: "Marco Rubio", "United States".
    pub name: String,
    /// Every surface form seen, canonical name included, possessives removed ("Rubio", "Marco Rubio").
    pub aliases: Vec<String>,
    pub mentions: Vec<Span>,
}

/// A quotation: the quoted words (without their quote marks) and who said them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub span: Span,
    /// Canonical name of a person, an organisation, or a description kept as written ("a ministry spokesman").
    pub speaker: Option<String>,
    /// The cue word that attributes it ("said", "told"), when there is one.
    pub cue: Option<Span>,
}

/// Everything extraction finds in one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extraction {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

impl Extraction {
    pub fn of_kind(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind == kind)
    }

    /// The quotes someone is reported to have said: the ones listed in the sidebar and by the CLI. Scare quotes
    /// and titles are left out (they stay highlighted in the text as quoted words); see
    /// [`is_attributed_quotation`](crate::extract::quotes::is_attributed_quotation).
    pub fn quotations<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a Quote> {
        self.quotes
            .iter()
            .filter(move |q| crate::extract::quotes::is_attributed_quotation(text, q))
    }
}

/// An article together with what was extracted from it: what the index stores and the reader shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub article: Article,
    pub extraction: Extraction,
    /// The article's file, relative to the store root.
    pub path: String,
}
