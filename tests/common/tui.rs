//! Helpers for the reader's tests (tests/tui.rs): seed articles with hand-made entities and quotes, an
//! in-memory source that answers like the library, and a way to run a session's effects without threads.
#![allow(dead_code)]

use newsreader::article::{Document, Entity, EntityKind, Extraction, Quote, Span};
use newsreader::ingest::text::parse;
use newsreader::library::{ArticleRow, Filter, QuoteRow};
use newsreader::tui::action::{Effect, Msg};
use newsreader::tui::app::Reader;
use newsreader::tui::worker::{perform, refresh_unavailable, Refresher, Source};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::PathBuf;

fn seed(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The entities a careful reader marks in each fixture article: (kind, canonical name, surface forms).
type Names = &'static [(EntityKind, &'static str, &'static [&'static str])];

const RUBIO: Names = &[
    (EntityKind::Person, "Marco Rubio", &["Marco Rubio", "Rubio"]),
    (
        EntityKind::Person,
        "Vladimir Putin",
        &["Vladimir Putin", "Putin"],
    ),
    (
        EntityKind::Person,
        "Donald Trump",
        &["Donald Trump", "Trump"],
    ),
    (EntityKind::Place, "Ukraine", &["Ukraine"]),
    (EntityKind::Place, "Miami", &["Miami"]),
    (EntityKind::Place, "Russia", &["Russia"]),
    (EntityKind::Place, "Washington", &["Washington"]),
    (EntityKind::Organization, "Kremlin", &["Kremlin"]),
];

const CRANE: Names = &[
    (
        EntityKind::Person,
        "Khaled Al-Maeena",
        &["Khaled Al-Maeena"],
    ),
    (EntityKind::Person, "Suleiman al-Amr", &["Suleiman al-Amr"]),
    (EntityKind::Place, "Mecca", &["Mecca"]),
    (EntityKind::Place, "Saudi Arabia", &["Saudi Arabia"]),
    (
        EntityKind::Organization,
        "Civil Defense Authority",
        &["Civil Defense Authority"],
    ),
];

const HAJJ: Names = &[
    (EntityKind::Place, "Mecca", &["Mecca"]),
    (EntityKind::Place, "Saudi Arabia", &["Saudi Arabia"]),
    (
        EntityKind::Organization,
        "Saudi Interior Ministry",
        &["Saudi Interior Ministry"],
    ),
];

/// Three seed articles with their extraction: the FMT Rubio article and two Wikinews reports from Mecca.
pub fn documents() -> Vec<Document> {
    [
        ("000_e23c1adbc54749fb.txt", RUBIO, Some("2025-12-20")),
        (
            "wikinews-at-least-107-killed-in-mecca-crane-collapse.txt",
            CRANE,
            None,
        ),
        ("wikinews-hundreds-dead-in-hajj-stampede.txt", HAJJ, None),
    ]
    .into_iter()
    .map(|(file, names, date)| {
        let mut article = parse(&seed(file)).expect("seed parses");
        if let Some(date) = date {
            article.date = Some(date.to_string());
        }
        let extraction = annotate(&article.text, names);
        Document {
            article,
            extraction,
            path: file.to_string(),
        }
    })
    .collect()
}

/// Marks every surface form of `names` (longest first, no overlaps) and every quotation, attributed to the
/// nearest person mentioned in the same block.
pub fn annotate(text: &str, names: Names) -> Extraction {
    let mut forms: Vec<(usize, &str)> = names
        .iter()
        .enumerate()
        .flat_map(|(i, (_, _, forms))| forms.iter().map(move |f| (i, *f)))
        .collect();
    forms.sort_by_key(|(_, f)| std::cmp::Reverse(f.len()));
    let mut taken: Vec<Span> = Vec::new();
    let mut mentions: Vec<Vec<Span>> = vec![Vec::new(); names.len()];
    for (i, form) in forms {
        for (start, _) in text.match_indices(form) {
            let span = Span::new(start, start + form.len());
            if !taken.iter().any(|t| t.overlaps(&span)) {
                taken.push(span);
                mentions[i].push(span);
            }
        }
    }
    let entities: Vec<Entity> = names
        .iter()
        .zip(mentions)
        .filter(|(_, m)| !m.is_empty())
        .map(|((kind, name, forms), mut mentions)| {
            mentions.sort();
            Entity {
                kind: *kind,
                name: name.to_string(),
                aliases: forms.iter().map(|f| f.to_string()).collect(),
                mentions,
            }
        })
        .collect();
    let quotes = find_quotes(text)
        .into_iter()
        .map(|span| Quote {
            span,
            speaker: nearest_person(text, span, &entities),
            cue: None,
        })
        .collect();
    Extraction { entities, quotes }
}

fn find_quotes(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for (open, close) in [('“', '”'), ('"', '"')] {
        let mut from = 0;
        while let Some(o) = text[from..].find(open).map(|i| from + i + open.len_utf8()) {
            let Some(c) = text[o..].find(close).map(|i| o + i) else {
                break;
            };
            if !text[o..c].contains("\n\n") {
                out.push(Span::new(o, c));
            }
            from = c + close.len_utf8();
        }
    }
    out.sort();
    out
}

fn nearest_person(text: &str, quote: Span, entities: &[Entity]) -> Option<String> {
    let block_start = text[..quote.start].rfind("\n\n").map_or(0, |i| i + 2);
    let block_end = text[quote.end..]
        .find("\n\n")
        .map_or(text.len(), |i| quote.end + i);
    entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .flat_map(|e| e.mentions.iter().map(move |m| (e, m)))
        .filter(|(_, m)| m.start >= block_start && m.end <= block_end && !m.overlaps(&quote))
        .min_by_key(|(_, m)| {
            if m.start >= quote.end {
                m.start - quote.end
            } else {
                quote.start - m.end
            }
        })
        .map(|(e, _)| e.name.clone())
}

/// Answers like the library, from documents in memory.
pub struct MemorySource {
    pub documents: Vec<Document>,
    pub read: std::collections::HashSet<newsreader::article::ArticleId>,
    /// When set, saving the reading state fails with this message.
    pub read_error: Option<String>,
}

impl MemorySource {
    pub fn new(documents: Vec<Document>) -> MemorySource {
        MemorySource {
            documents,
            read: Default::default(),
            read_error: None,
        }
    }
}

fn names_match(document: &Document, kind: EntityKind, wanted: &str) -> bool {
    document.extraction.of_kind(kind).any(|e| {
        e.name.eq_ignore_ascii_case(wanted)
            || e.aliases.iter().any(|a| a.eq_ignore_ascii_case(wanted))
    })
}

fn newest_first(documents: &mut Vec<&Document>) {
    documents.sort_by(|a, b| {
        b.article
            .date
            .cmp(&a.article.date)
            .then_with(|| a.article.id.cmp(&b.article.id))
    });
}

impl Source for MemorySource {
    fn list(&self, filter: &Filter) -> Result<Vec<ArticleRow>, String> {
        let mut found: Vec<&Document> = self
            .documents
            .iter()
            .filter(|d| {
                let body = format!("{} {}", d.article.title, d.article.text).to_lowercase();
                filter.query.as_ref().is_none_or(|q| {
                    q.to_lowercase()
                        .split_whitespace()
                        .all(|w| body.contains(w))
                }) && filter
                    .person
                    .as_ref()
                    .is_none_or(|p| names_match(d, EntityKind::Person, p))
                    && filter
                        .place
                        .as_ref()
                        .is_none_or(|p| names_match(d, EntityKind::Place, p))
                    && filter
                        .organization
                        .as_ref()
                        .is_none_or(|o| names_match(d, EntityKind::Organization, o))
                    && filter.speaker.as_ref().is_none_or(|s| {
                        d.extraction.quotes.iter().any(|q| {
                            q.speaker
                                .as_deref()
                                .is_some_and(|n| n.eq_ignore_ascii_case(s))
                        })
                    })
            })
            .collect();
        newest_first(&mut found);
        Ok(found.into_iter().map(row).collect())
    }

    fn document(&self, id: &newsreader::article::ArticleId) -> Result<Option<Document>, String> {
        Ok(self.documents.iter().find(|d| &d.article.id == id).cloned())
    }

    fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>, String> {
        let mut documents: Vec<&Document> = self.documents.iter().collect();
        newest_first(&mut documents);
        Ok(documents
            .into_iter()
            .flat_map(|d| {
                d.extraction.quotes.iter().map(move |q| QuoteRow {
                    article: d.article.id.clone(),
                    title: d.article.title.clone(),
                    date: d.article.date.clone(),
                    text: q.span.slice(&d.article.text).to_string(),
                    speaker: q.speaker.clone(),
                    start: q.span.start,
                })
            })
            .filter(|q| {
                speaker.is_none_or(|s| {
                    q.speaker
                        .as_deref()
                        .is_some_and(|n| n.eq_ignore_ascii_case(s))
                })
            })
            .collect())
    }

    fn is_read(&self, id: &newsreader::article::ArticleId) -> bool {
        self.read.contains(id)
    }

    fn set_read(&mut self, id: &newsreader::article::ArticleId, read: bool) -> Result<(), String> {
        if let Some(error) = &self.read_error {
            return Err(error.clone());
        }
        if read {
            self.read.insert(id.clone());
        } else {
            self.read.remove(id);
        }
        Ok(())
    }
}

pub fn row(document: &Document) -> ArticleRow {
    let names = |kind| {
        document
            .extraction
            .of_kind(kind)
            .map(|e: &Entity| e.name.clone())
            .collect()
    };
    ArticleRow {
        id: document.article.id.clone(),
        title: document.article.title.clone(),
        source: document.article.source.clone(),
        date: document.article.date.clone(),
        people: names(EntityKind::Person),
        places: names(EntityKind::Place),
    }
}

/// Performs effects the way the worker does, feeding every answer back, until nothing more is asked.
pub fn settle(reader: &mut Reader, source: &mut MemorySource, effects: Vec<Effect>) {
    let mut refresher: Refresher<MemorySource> = refresh_unavailable();
    let mut queue = effects;
    while !queue.is_empty() {
        let mut msgs: Vec<Msg> = Vec::new();
        for effect in queue.drain(..) {
            perform(source, &mut refresher, effect, &mut |m| msgs.push(m));
        }
        for msg in msgs {
            queue.extend(reader.handle_msg(msg));
        }
    }
}

/// A reader of `width` x `height` with the fixture articles loaded and the newest one open.
pub fn loaded_reader(width: u16, height: u16) -> (Reader, MemorySource) {
    let mut reader = Reader::new(width, height);
    let mut source = MemorySource::new(documents());
    let effects = newsreader::tui::update::init(&mut reader.state);
    settle(&mut reader, &mut source, effects);
    (reader, source)
}

/// Draws the reader on a test terminal and returns the screen as text, one line per row.
pub fn screen(reader: &Reader) -> String {
    let area = reader.state.screen;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|f| newsreader::tui::widgets::render(f, &reader.state, &reader.theme))
        .unwrap();
    buffer_text(terminal.backend().buffer())
}

pub fn draw(reader: &Reader) -> ratatui::buffer::Buffer {
    let area = reader.state.screen;
    let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
    terminal
        .draw(|f| newsreader::tui::widgets::render(f, &reader.state, &reader.theme))
        .unwrap();
    terminal.backend().buffer().clone()
}

pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            line.push_str(symbol);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
