//! The index schema, and how a [`Document`] becomes a tantivy document.

use crate::article::{Document, EntityKind};
use crate::index::name_key;
use std::collections::BTreeSet;
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, STORED, STRING,
};
use tantivy::TantivyDocument;

/// Bumped whenever the schema or what is extracted changes, so that stores indexed before are rebuilt.
pub const SCHEMA_VERSION: u32 = 1;

pub const ID: &str = "id";
pub const TITLE_RAW: &str = "title_raw";
pub const SOURCE: &str = "source";
pub const DATE: &str = "date";
pub const DATE_SORT: &str = "date_sort";

pub fn name_field(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person_name",
        EntityKind::Place => "place_name",
        EntityKind::Organization => "org_name",
    }
}

#[derive(Clone, Copy)]
pub struct Fields {
    pub path: Field,
    pub id: Field,
    pub title: Field,
    pub title_raw: Field,
    pub body: Field,
    pub source: Field,
    pub date: Field,
    pub date_sort: Field,
    pub person_key: Field,
    /// Canonical names of one word ("Rubio" in an article that never gives the full name).
    pub person_single: Field,
    pub place_key: Field,
    pub org_key: Field,
    pub speaker_key: Field,
    pub person_name: Field,
    pub place_name: Field,
    pub org_name: Field,
    pub doc: Field,
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let stemmed = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("en_stem")
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    );
    let fast_only = TextOptions::default().set_fast("raw");
    let fields = Fields {
        path: b.add_text_field("path", STRING),
        id: b.add_text_field(ID, STRING | FAST),
        title: b.add_text_field("title", stemmed.clone()),
        title_raw: b.add_text_field(TITLE_RAW, fast_only.clone()),
        body: b.add_text_field("body", stemmed),
        source: b.add_text_field(SOURCE, STRING | FAST),
        date: b.add_text_field(DATE, fast_only),
        date_sort: b.add_i64_field(DATE_SORT, FAST),
        person_key: b.add_text_field("person_key", STRING),
        person_single: b.add_text_field("person_single", STRING),
        place_key: b.add_text_field("place_key", STRING),
        org_key: b.add_text_field("org_key", STRING),
        speaker_key: b.add_text_field("speaker_key", STRING),
        person_name: b.add_text_field(name_field(EntityKind::Person), STRING | FAST),
        place_name: b.add_text_field(name_field(EntityKind::Place), STRING | FAST),
        org_name: b.add_text_field(name_field(EntityKind::Organization), STRING | FAST),
        doc: b.add_bytes_field("doc", STORED),
    };
    (b.build(), fields)
}

/// The built-in tokenizers are enough today; this is where custom ones would be registered.
pub fn register_tokenizers(_index: &tantivy::Index) {}

pub fn to_tantivy(f: &Fields, doc: &Document, date_sort: i64) -> TantivyDocument {
    let a = &doc.article;
    let x = &doc.extraction;
    let mut t = TantivyDocument::default();
    t.add_text(f.path, &doc.path);
    t.add_text(f.id, a.id.as_str());
    t.add_text(f.title, &a.title);
    t.add_text(f.title_raw, &a.title);
    t.add_text(f.body, &a.text);
    if let Some(source) = &a.source {
        t.add_text(f.source, source);
    }
    if let Some(date) = &a.date {
        t.add_text(f.date, date);
    }
    t.add_i64(f.date_sort, date_sort);
    for entity in &x.entities {
        let (key_field, name_field) = match entity.kind {
            EntityKind::Person => (f.person_key, f.person_name),
            EntityKind::Place => (f.place_key, f.place_name),
            EntityKind::Organization => (f.org_key, f.org_name),
        };
        t.add_text(name_field, &entity.name);
        if entity.kind == EntityKind::Person && !entity.name.trim().contains(' ') {
            t.add_text(f.person_single, name_key(&entity.name));
        }
        for key in keys(entity.name.as_str(), &entity.aliases) {
            t.add_text(key_field, &key);
        }
    }
    let mut speakers = BTreeSet::new();
    for quote in &x.quotes {
        let Some(speaker) = &quote.speaker else {
            continue;
        };
        speakers.insert(name_key(speaker));
        if let Some(entity) = x.entities.iter().find(|e| &e.name == speaker) {
            speakers.extend(keys(&entity.name, &entity.aliases));
        }
    }
    for key in speakers {
        t.add_text(f.speaker_key, &key);
    }
    let json = serde_json::to_vec(doc).unwrap_or_default();
    t.add_bytes(f.doc, &json);
    t
}

/// The lookup keys of a name: the canonical name and every alias, each as a [`name_key`].
fn keys(name: &str, aliases: &[String]) -> BTreeSet<String> {
    std::iter::once(name)
        .chain(aliases.iter().map(String::as_str))
        .map(name_key)
        .collect()
}
