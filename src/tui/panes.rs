//! The data of each pane: the article list, the open article, the sidebar of what it mentions, and the
//! "who said what" quote list. Plain data plus the small operations `update` performs on it.

use super::cursor::Cursor;
use super::sanitize::sanitize;
use super::wrap::{with_quote_marks, ArticleLayout};
use crate::article::{ArticleId, Document, EntityKind, Span};
use crate::library::{ArticleRow, Filter, QuoteRow};
use std::collections::HashSet;

/// The article list: the rows of the current filter, newest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ListPane {
    pub rows: Vec<ArticleRow>,
    pub cursor: Cursor,
    pub filter: Filter,
    /// The list request awaited, if any.
    pub pending: Option<u64>,
    /// False until the first answer arrives, so an empty store and "still loading" look different.
    pub loaded: bool,
    /// Articles of the list the reader has opened before.
    pub read: HashSet<ArticleId>,
    /// Rows not in `read`, counted when the list or the reading state changes, not on every frame.
    pub unread: usize,
}

impl ListPane {
    pub fn selected(&self) -> Option<&ArticleRow> {
        self.rows.get(self.cursor.selected)
    }

    pub fn is_read(&self, id: &ArticleId) -> bool {
        self.read.contains(id)
    }

    /// Records `id` as read or unread; returns whether that changed anything.
    pub fn set_read(&mut self, id: &ArticleId, read: bool) -> bool {
        let changed = if read {
            self.read.insert(id.clone())
        } else {
            self.read.remove(id)
        };
        if changed {
            self.recount();
        }
        changed
    }

    pub fn recount(&mut self) {
        self.unread = self
            .rows
            .iter()
            .filter(|r| !self.read.contains(&r.id))
            .count();
    }
}

/// The open article and its layout for the current width.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticlePane {
    pub document: Option<Document>,
    pub layout: Option<ArticleLayout>,
    /// First line shown.
    pub scroll: usize,
    pub pending: Option<u64>,
    /// Byte offset to scroll to once the awaited article arrives (a quote opened from the quote list).
    pub jump_to: Option<usize>,
    /// The quote the reader jumped to, drawn marked (its words and quote marks).
    pub marked: Option<Span>,
    /// Whether the awaited article was asked for by the reader (and so becomes read once shown), rather than
    /// shown on start.
    pub mark_read: bool,
    /// Whether the awaited article is the open one read again (after a refresh or a re-extraction): it keeps
    /// the reader's place.
    pub reload: bool,
}

impl ArticlePane {
    pub fn id(&self) -> Option<&ArticleId> {
        self.document.as_ref().map(|d| &d.article.id)
    }

    pub fn line_count(&self) -> usize {
        self.layout.as_ref().map_or(0, |l| l.lines.len())
    }

    /// Scrolls by `delta` lines, never past the point where the last line is at the bottom of `height` rows.
    pub fn scroll_by(&mut self, delta: isize, height: usize) {
        let max = self.line_count().saturating_sub(height.max(1));
        self.scroll = self.scroll.saturating_add_signed(delta).min(max);
    }

    /// Where in the text the line at the top of the pane begins; none for a line of the heading.
    fn top_offset(&self) -> Option<usize> {
        self.layout
            .as_ref()
            .and_then(|l| l.lines.get(self.scroll))
            .and_then(|l| l.source)
    }

    /// Re-lays the article out for `width` columns, keeping the text at the top of the pane in view.
    pub fn relayout(&mut self, width: u16, height: usize) {
        let Some(document) = &self.document else {
            return;
        };
        if self
            .layout
            .as_ref()
            .is_some_and(|l| l.width == width && l.id == document.article.id)
        {
            return;
        }
        let anchor = self.top_offset();
        let layout = ArticleLayout::build(document, width);
        self.scroll = anchor.map_or(self.scroll.min(layout.lines.len()), |offset| {
            layout.line_of(offset)
        });
        self.layout = Some(layout);
        self.scroll_by(0, height);
    }

    /// Shows `document`, laid out for `width`, scrolled to `jump_to` when given.
    pub fn show(&mut self, document: Document, width: u16, height: usize) {
        let layout = ArticleLayout::build(&document, width);
        self.document = Some(document);
        self.layout = Some(layout);
        self.scroll = 0;
        self.marked = None;
        match self.jump_to.take() {
            Some(offset) => self.jump(offset, height),
            None => self.scroll_by(0, height),
        }
    }

    /// Shows a new reading of the open article (its people, places and quotes found again, or its text updated),
    /// keeping the text at the top of the pane in view and the marked quote while its text is unchanged.
    pub fn show_again(&mut self, document: Document, width: u16, height: usize) {
        let anchor = self.top_offset();
        let same_text = self
            .document
            .as_ref()
            .is_some_and(|d| d.article.text == document.article.text);
        let marked = self.marked.filter(|_| same_text);
        let scroll = self.scroll;
        self.jump_to = None;
        self.show(document, width, height);
        self.marked = marked;
        // A line of the heading has no place in the text: there the line number is kept.
        let text_len = self.document.as_ref().map_or(0, |d| d.article.text.len());
        self.scroll = match (anchor, &self.layout) {
            (Some(offset), Some(layout)) => layout.line_of(offset.min(text_len)),
            _ => scroll,
        };
        self.scroll_by(0, height);
    }

    /// Scrolls to the text at byte `offset` and marks the quote that starts there, if one does.
    pub fn jump(&mut self, offset: usize, height: usize) {
        let (Some(document), Some(layout)) = (&self.document, &self.layout) else {
            return;
        };
        self.scroll = layout.line_of(offset);
        let text = &document.article.text;
        self.marked = document
            .extraction
            .quotes
            .iter()
            .find(|q| q.span.start == offset)
            .map(|q| with_quote_marks(text, q.span));
        self.scroll_by(0, height);
    }
}

/// The sections of the sidebar, in the order shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    People,
    Places,
    Organizations,
    Quotes,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::People => "People",
            Section::Places => "Places",
            Section::Organizations => "Organisations",
            Section::Quotes => "Quotes",
        }
    }
}

/// One selectable entry of the sidebar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SidebarItem {
    Entity {
        kind: EntityKind,
        /// Canonical name, as given to the filter (unsanitized; the label is what is drawn).
        name: String,
        label: String,
        mentions: usize,
    },
    Quote {
        /// The quote's words, sanitized and shortened for display.
        label: String,
        speaker: Option<String>,
        speaker_label: Option<String>,
        /// Byte offset of the quote in the article.
        start: usize,
    },
}

/// A line of the sidebar: a section heading (with its entry count) or an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SidebarRow {
    Heading(Section, usize),
    Item(usize),
}

/// Characters of a quote kept in the sidebar and quote list.
pub const QUOTE_PREVIEW_CHARS: usize = 80;

/// What the open article mentions, grouped by section.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SidebarPane {
    pub items: Vec<SidebarItem>,
    pub rows: Vec<SidebarRow>,
    /// Selection over `items`; the offset counts `rows`.
    pub cursor: Cursor,
}

impl SidebarPane {
    /// The sidebar of `document`: entities by mention count (then name), quotes in text order.
    pub fn of(document: &Document) -> SidebarPane {
        let mut pane = SidebarPane::default();
        let sections = [
            (Section::People, EntityKind::Person),
            (Section::Places, EntityKind::Place),
            (Section::Organizations, EntityKind::Organization),
        ];
        for (section, kind) in sections {
            let mut entities: Vec<_> = document.extraction.of_kind(kind).collect();
            entities.sort_by(|a, b| {
                b.mentions
                    .len()
                    .cmp(&a.mentions.len())
                    .then_with(|| a.name.cmp(&b.name))
            });
            let items = entities.into_iter().map(|e| SidebarItem::Entity {
                kind,
                name: e.name.clone(),
                label: sanitize(&e.name).into_owned(),
                mentions: e.mentions.len(),
            });
            pane.push_section(section, items);
        }
        let text = &document.article.text;
        let mut quotes: Vec<_> = document.extraction.quotations(text).collect();
        quotes.sort_by_key(|q| q.span.start);
        let items = quotes.into_iter().map(|q| SidebarItem::Quote {
            label: preview(q.span.slice(text)),
            speaker: q.speaker.clone(),
            speaker_label: q.speaker.as_deref().map(|s| sanitize(s).into_owned()),
            start: q.span.start,
        });
        pane.push_section(Section::Quotes, items);
        pane
    }

    fn push_section(&mut self, section: Section, items: impl Iterator<Item = SidebarItem>) {
        let heading = self.rows.len();
        let before = self.items.len();
        for item in items {
            self.rows.push(SidebarRow::Item(self.items.len()));
            self.items.push(item);
        }
        let count = self.items.len() - before;
        if count > 0 {
            self.rows
                .insert(heading, SidebarRow::Heading(section, count));
        }
    }

    pub fn selected(&self) -> Option<&SidebarItem> {
        self.items.get(self.cursor.selected)
    }

    /// The sidebar of a new reading of the open article, with the same entry selected when it is still there
    /// (else the entry at the same place), scrolled for `height` rows.
    pub fn of_again(document: &Document, before: &SidebarPane, height: usize) -> SidebarPane {
        let mut pane = SidebarPane::of(document);
        let same = |a: &SidebarItem, b: &SidebarItem| match (a, b) {
            (
                SidebarItem::Entity { kind, name, .. },
                SidebarItem::Entity {
                    kind: k, name: n, ..
                },
            ) => kind == k && name == n,
            (SidebarItem::Quote { start, .. }, SidebarItem::Quote { start: s, .. }) => start == s,
            _ => false,
        };
        let index = before
            .selected()
            .and_then(|old| pane.items.iter().position(|item| same(item, old)))
            .unwrap_or(before.cursor.selected)
            .min(pane.items.len().saturating_sub(1));
        pane.cursor.selected = index;
        pane.cursor.offset = before.cursor.offset;
        pane.keep_visible(height);
        pane
    }

    /// The row that shows item `index`.
    pub fn row_of(&self, index: usize) -> usize {
        self.rows
            .iter()
            .position(|r| *r == SidebarRow::Item(index))
            .unwrap_or(0)
    }

    /// Moves the selection by `delta` items and scrolls the rows so that it stays in a window of `height`.
    pub fn move_by(&mut self, delta: isize, height: usize) {
        let len = self.items.len();
        self.cursor.selected = self
            .cursor
            .selected
            .saturating_add_signed(delta)
            .min(len.saturating_sub(1));
        self.keep_visible(height);
    }

    pub fn keep_visible(&mut self, height: usize) {
        let height = height.max(1);
        let mut row = self.row_of(self.cursor.selected);
        // Show the section heading above the first entry of the sidebar too.
        if self.cursor.selected == 0 {
            row = 0;
        }
        let mut window = Cursor {
            selected: row,
            offset: self.cursor.offset,
        };
        window.keep_visible(self.rows.len(), height);
        if self.cursor.selected == 0 {
            window.offset = 0;
        }
        self.cursor.offset = window.offset;
    }
}

/// A quote's words on one line, at most [`QUOTE_PREVIEW_CHARS`] characters.
pub fn preview(text: &str) -> String {
    let clean = sanitize(text);
    let words: Vec<&str> = clean.split_whitespace().collect();
    let joined = words.join(" ");
    if joined.chars().count() <= QUOTE_PREVIEW_CHARS {
        return joined;
    }
    let cut: String = joined.chars().take(QUOTE_PREVIEW_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The "who said what" overlay: every quote of one speaker (or of everyone), newest first.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuotesView {
    pub speaker: Option<String>,
    pub rows: Vec<QuoteRow>,
    pub cursor: Cursor,
    pub pending: Option<u64>,
}
