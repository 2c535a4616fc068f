//! The three kinds of message in the reader's one-way loop: an [`Action`] is what the user intends, an
//! [`Effect`] is I/O that `update` asks for, and a [`Msg`] is what a worker sends back when the I/O is done.

use crate::article::{ArticleId, Document};
use crate::library::{ArticleRow, Filter, QuoteRow};
use std::collections::HashSet;

/// What the user asked for. Keys map to actions through the keymap; resizes arrive as actions too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    FocusLeft,
    FocusRight,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    /// Open the selected article, apply the selected sidebar entry, or open the selected quote.
    Open,
    /// Filter the list by the selected sidebar entry.
    FilterBySelection,
    /// Close an overlay, or else clear the filter.
    Back,
    StartSearch,
    ToggleHelp,
    /// Every quote of the selected person or speaker.
    WhoSaid,
    /// Every quote in the store.
    AllQuotes,
    Refresh,
    /// Mark the selected (or open) article read, or unread again.
    ToggleRead,
    /// Open the next (or previous) article of the list, wherever the focus is.
    NextArticle,
    PrevArticle,
    InputChar(char),
    InputBackspace,
    InputClear,
    InputSubmit,
    InputCancel,
    Resize(u16, u16),
}

/// Work that `update` asks for and a worker performs off the UI thread. Each load carries a request number so
/// that an answer overtaken by a newer request is ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    LoadList {
        request: u64,
        filter: Filter,
    },
    LoadDocument {
        request: u64,
        id: ArticleId,
    },
    LoadQuotes {
        request: u64,
        speaker: Option<String>,
    },
    Refresh,
    /// Save an article's reading state.
    SetRead {
        id: ArticleId,
        read: bool,
    },
}

/// A page of the article list: the rows, and which of them the reader has opened before.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    pub rows: Vec<ArticleRow>,
    pub read: HashSet<ArticleId>,
}

impl From<Vec<ArticleRow>> for Listing {
    fn from(rows: Vec<ArticleRow>) -> Self {
        Listing {
            rows,
            read: HashSet::new(),
        }
    }
}

/// A worker's answer. Errors are plain messages, shown on the status line.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    ListLoaded {
        request: u64,
        result: Result<Listing, String>,
    },
    DocumentLoaded {
        request: u64,
        id: ArticleId,
        result: Result<Option<Box<Document>>, String>,
    },
    QuotesLoaded {
        request: u64,
        result: Result<Vec<QuoteRow>, String>,
    },
    RefreshProgress(String),
    /// A refresh stored some articles and goes on: the list is reloaded so they appear as they arrive.
    RefreshStored(String),
    RefreshFinished(Result<String, String>),
    /// The reading state of `id` was saved as `read`, or could not be.
    ReadSaved {
        id: ArticleId,
        read: bool,
        result: Result<(), String>,
    },
}
