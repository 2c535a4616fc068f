//! The article laid out for one width: sanitized, wrapped with textwrap, and cut into styled segments. Built
//! once per (article, width) by `update`, so that drawing only copies lines that are already made.

use super::sanitize::{push_clean, sanitize};
use crate::article::{ArticleId, BlockKind, Document, EntityKind, Span, CAPTION_MARK};
use textwrap::core::{break_words, Word};
use textwrap::wrap_algorithms::wrap_first_fit;
use textwrap::WordSeparator;

/// What a piece of text is, for styling: where it sits and what extraction says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub look: Look,
    pub entity: Option<EntityKind>,
    pub quote: bool,
}

/// Where a piece of text sits in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Title,
    Meta,
    Block(BlockKind),
}

impl Mark {
    fn plain(look: Look) -> Mark {
        Mark {
            look,
            entity: None,
            quote: false,
        }
    }
}

/// A run of text with one mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub mark: Mark,
    /// Byte offset in the article text of the segment's first character (None for title and meta).
    pub source: Option<usize>,
}

/// One screen line of the article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ArticleLine {
    pub segments: Vec<Segment>,
    /// Byte offset in the article text where this line starts (None for title, meta and blank lines).
    pub source: Option<usize>,
}

impl ArticleLine {
    pub fn text(&self) -> String {
        self.segments.iter().map(|s| s.text.as_str()).collect()
    }
}

/// The wrapped article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleLayout {
    pub id: ArticleId,
    pub width: u16,
    pub lines: Vec<ArticleLine>,
}

impl ArticleLayout {
    /// Lays out `document` for a pane `width` columns wide.
    pub fn build(document: &Document, width: u16) -> ArticleLayout {
        let columns = usize::from(width.max(1));
        let article = &document.article;
        let mut lines = Vec::new();
        wrap_plain(&article.title, Look::Title, columns, &mut lines);
        let meta: Vec<&str> = [
            article.source.as_deref(),
            article.date.as_deref(),
            article.author.as_deref(),
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect();
        if !meta.is_empty() {
            wrap_plain(&meta.join(" · "), Look::Meta, columns, &mut lines);
        }
        let highlights = highlights(document);
        for block in &article.blocks {
            lines.push(ArticleLine::default());
            wrap_block(
                &article.text,
                block.span,
                block.kind,
                &highlights,
                columns,
                &mut lines,
            );
        }
        ArticleLayout {
            id: article.id.clone(),
            width,
            lines,
        }
    }

    /// The line that shows the text at byte `offset` (the last line starting at or before it).
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .iter()
            .enumerate()
            .filter_map(|(i, l)| l.source.map(|s| (i, s)))
            .take_while(|(_, s)| *s <= offset)
            .last()
            .map_or(0, |(i, _)| i)
    }
}

/// Every highlighted span of the document: mentions with their kind, quotes with `None`.
fn highlights(document: &Document) -> Vec<(Span, Option<EntityKind>)> {
    let mut out: Vec<(Span, Option<EntityKind>)> = Vec::new();
    for entity in &document.extraction.entities {
        out.extend(entity.mentions.iter().map(|m| (*m, Some(entity.kind))));
    }
    let text = &document.article.text;
    let quotes = document.extraction.quotes.iter();
    out.extend(quotes.map(|q| (with_quote_marks(text, q.span), None)));
    out
}

/// The quote's span widened to take in the quote marks around it, so they are coloured with their words.
pub fn with_quote_marks(text: &str, span: Span) -> Span {
    const MARKS: &[char] = &['"', '“', '”', '‘', '’', '«', '»', '„', '\''];
    let mut widened = span;
    if let Some(open) = text.get(..span.start).and_then(|t| t.chars().next_back()) {
        if MARKS.contains(&open) {
            widened.start -= open.len_utf8();
        }
    }
    let after = text.get(span.end..).and_then(|t| {
        let mut chars = t.chars();
        // A closing mark may follow the comma or full stop that ends the quoted words.
        match chars.next()? {
            c if MARKS.contains(&c) => Some(c.len_utf8()),
            ',' | '.' | '?' | '!' => chars
                .next()
                .filter(|c| MARKS.contains(c))
                .map(|c| 1 + c.len_utf8()),
            _ => None,
        }
    });
    widened.end += after.unwrap_or(0);
    widened
}

fn wrap_plain(text: &str, look: Look, columns: usize, lines: &mut Vec<ArticleLine>) {
    let clean = sanitize(text);
    let marks = vec![Mark::plain(look); clean.len()];
    wrap_marked(&clean, &marks, None, columns, lines);
}

fn wrap_block(
    text: &str,
    span: Span,
    kind: BlockKind,
    highlights: &[(Span, Option<EntityKind>)],
    columns: usize,
    lines: &mut Vec<ArticleLine>,
) {
    // A span that does not fit the text (a damaged index entry) shows nothing rather than panicking.
    let mut raw = span.slice(text);
    let mut base = span.start;
    // A caption's "[Caption]" marker is the file's markup; the caption's style shows what it is.
    if kind == BlockKind::Caption {
        if let Some(rest) = raw.strip_prefix(CAPTION_MARK) {
            let rest = rest.trim_start();
            base += raw.len() - rest.len();
            raw = rest;
        }
    }
    let span = Span::new(base, base + raw.len());
    // Marks per byte of the raw block, then carried over to the sanitized text byte by byte.
    let mut raw_marks = vec![Mark::plain(Look::Block(kind)); raw.len()];
    for (h, entity) in highlights {
        if h.is_empty() || !h.overlaps(&span) {
            continue;
        }
        let from = h.start.max(span.start) - base;
        let to = h.end.min(span.end) - base;
        for mark in &mut raw_marks[from..to] {
            match entity {
                Some(kind) => mark.entity = Some(*kind),
                None => mark.quote = true,
            }
        }
    }
    let mut clean = String::with_capacity(raw.len());
    let mut marks = Vec::with_capacity(raw.len());
    let mut origin = Vec::with_capacity(raw.len());
    let mut column = 0;
    for (i, c) in raw.char_indices() {
        let added = push_clean(c, &mut clean, &mut column);
        marks.extend(std::iter::repeat_n(raw_marks[i], added));
        origin.extend(std::iter::repeat_n(base + i, added));
    }
    wrap_marked(&clean, &marks, Some(&origin), columns, lines);
}

/// Wraps `clean` (already sanitized) to `columns` and appends its lines, split into runs of equal marks.
fn wrap_marked(
    clean: &str,
    marks: &[Mark],
    origin: Option<&[usize]>,
    columns: usize,
    lines: &mut Vec<ArticleLine>,
) {
    let words: Vec<Word> = break_words(WordSeparator::AsciiSpace.find_words(clean), columns);
    let base = clean.as_ptr() as usize;
    for line in wrap_first_fit(&words, &[columns as f64]) {
        let (Some(first), Some(last)) = (line.first(), line.last()) else {
            continue;
        };
        let start = first.word.as_ptr() as usize - base;
        let end = last.word.as_ptr() as usize - base + last.word.len();
        if start >= end {
            continue;
        }
        let mut segments: Vec<Segment> = Vec::new();
        let mut run_start = start;
        for i in start + 1..=end {
            if i == end || marks[i] != marks[run_start] {
                segments.push(Segment {
                    text: clean[run_start..i].to_string(),
                    mark: marks[run_start],
                    source: origin.map(|o| o[run_start]),
                });
                run_start = i;
            }
        }
        lines.push(ArticleLine {
            segments,
            source: origin.map(|o| o[start]),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Block, Entity, Extraction, Quote};
    use crate::tui::sanitize::width;

    fn doc(text: &str) -> Document {
        let article = Article {
            title: "A title".into(),
            source: Some("Wire".into()),
            date: Some("2025-01-02".into()),
            text: text.into(),
            blocks: vec![Block {
                kind: BlockKind::Paragraph,
                span: Span::new(0, text.len()),
            }],
            ..Article::default()
        };
        Document {
            article,
            extraction: Extraction::default(),
            path: String::new(),
        }
    }

    #[test]
    fn a_caption_shows_without_its_marker_and_keeps_its_marks() {
        let text = "[Caption] Anna Berg at the count.";
        let mut d = doc(text);
        d.article.blocks[0].kind = BlockKind::Caption;
        let start = text.find("Anna").unwrap();
        d.extraction.entities.push(Entity {
            kind: EntityKind::Person,
            name: "Anna Berg".into(),
            aliases: vec![],
            mentions: vec![Span::new(start, start + 9)],
        });
        let layout = ArticleLayout::build(&d, 80);
        let line = &layout.lines[3];
        assert_eq!(line.text(), "Anna Berg at the count.");
        assert_eq!(line.source, Some(start));
        assert_eq!(line.segments[0].text, "Anna Berg");
        assert_eq!(line.segments[0].mark.entity, Some(EntityKind::Person));
        // In a paragraph the same words are shown as written.
        d.article.blocks[0].kind = BlockKind::Paragraph;
        assert_eq!(ArticleLayout::build(&d, 80).lines[3].text(), text);
    }

    #[test]
    fn lines_fit_the_width_and_keep_every_word() {
        let text = "The quick brown fox jumps over the lazy dog near the riverbank at dawn.";
        let layout = ArticleLayout::build(&doc(text), 12);
        for line in &layout.lines {
            assert!(width(&line.text()) <= 12, "{:?}", line.text());
        }
        let body: Vec<String> = layout
            .lines
            .iter()
            .filter(|l| l.source.is_some())
            .map(ArticleLine::text)
            .collect();
        assert_eq!(body.join(" "), text);
    }

    #[test]
    fn marks_follow_mentions_and_quotes() {
        let text = "Rubio said “no deal” in Miami.";
        let mut d = doc(text);
        let quote_start = text.find("no deal").unwrap();
        d.extraction.entities.push(Entity {
            kind: EntityKind::Person,
            name: "Marco Rubio".into(),
            aliases: vec![],
            mentions: vec![Span::new(0, 5)],
        });
        d.extraction.quotes.push(Quote {
            span: Span::new(quote_start, quote_start + 7),
            speaker: Some("Marco Rubio".into()),
            cue: None,
        });
        let layout = ArticleLayout::build(&d, 80);
        let body = &layout.lines[3];
        assert_eq!(body.segments[0].text, "Rubio");
        assert_eq!(body.segments[0].mark.entity, Some(EntityKind::Person));
        let quoted = body.segments.iter().find(|s| s.mark.quote).unwrap();
        assert_eq!(quoted.text, "“no deal”", "the marks go with the words");
        assert_eq!(layout.line_of(quote_start), 3);
    }

    #[test]
    fn control_characters_never_reach_a_line() {
        let text = "bad\u{1b}[2J text\twith\u{202e} tricks";
        let layout = ArticleLayout::build(&doc(text), 40);
        for line in &layout.lines {
            assert!(
                !line
                    .text()
                    .chars()
                    .any(|c| c.is_control() || c == '\u{202e}'),
                "{:?}",
                line.text()
            );
        }
    }

    #[test]
    fn spans_that_do_not_fit_the_text_do_not_panic() {
        let text = "Zoë said “ja” to Ελλάδα.";
        let mut d = doc(text);
        d.article.blocks.push(Block {
            kind: BlockKind::Paragraph,
            span: Span::new(3, 500),
        });
        d.article.blocks.push(Block {
            kind: BlockKind::Heading,
            span: Span::new(2, 3),
        });
        for (start, end) in [(0, 1000), (2, 3), (20, 10), (999, 1200), (0, 0), (3, 4)] {
            d.extraction.entities.push(Entity {
                kind: EntityKind::Place,
                name: "X".into(),
                aliases: vec![],
                mentions: vec![Span::new(start, end)],
            });
            d.extraction.quotes.push(Quote {
                span: Span::new(start, end),
                speaker: None,
                cue: None,
            });
        }
        for width in [0, 1, 2, 5, 80] {
            let layout = ArticleLayout::build(&d, width);
            let _ = layout.line_of(usize::MAX);
        }
    }

    #[test]
    fn long_words_are_broken_and_tiny_widths_work() {
        let layout = ArticleLayout::build(&doc("Supercalifragilistic"), 1);
        assert!(layout.lines.iter().all(|l| width(&l.text()) <= 1));
        let layout = ArticleLayout::build(&doc("日本語のテキスト"), 3);
        assert!(layout.lines.iter().all(|l| width(&l.text()) <= 3));
    }
}
