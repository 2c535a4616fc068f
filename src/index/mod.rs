//! The tantivy index derived from the store: schema, writing, and queries. Returns article types only.
//!
//! Title and body are full text (English stemming); people, places, organisations and speakers are exact,
//! lower-cased keys (canonical names and aliases) for filtering; list rows come from fast fields, so listing
//! 100,000 articles reads no stored document.

mod schema;

use crate::article::{ArticleId, Document, EntityKind};
use crate::library::{ArticleRow, Filter};
use schema::Fields;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tantivy::collector::TopDocs;
use tantivy::columnar::StrColumn;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, QueryParser, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{
    DocAddress, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, TantivyDocument, Term,
};

pub use schema::SCHEMA_VERSION;

/// Errors from the index, with the index folder named.
#[derive(Debug, thiserror::Error)]
#[error("index at {}: {message}", path.display())]
pub struct IndexError {
    pub path: PathBuf,
    pub message: String,
    /// Another writer (another newsreader process) holds the index's lock.
    pub busy: bool,
}

type Result<T> = std::result::Result<T, IndexError>;

/// Why `dir` refuses a small write (64 KiB, synced), if it does; the probe file is removed.
fn write_refused(dir: &Path) -> Option<String> {
    use std::io::Write;
    let probe = dir.join(format!(".write-probe-{}", std::process::id()));
    let result = std::fs::File::create(&probe)
        .and_then(|mut f| f.write_all(&[0u8; 64 * 1024]).and_then(|()| f.sync_all()));
    let _ = std::fs::remove_file(&probe);
    result.err().map(|e| e.to_string())
}

/// An open index.
pub struct Index {
    path: PathBuf,
    index: tantivy::Index,
    reader: IndexReader,
    fields: Fields,
    /// Decoded list columns per segment (segments are immutable, so this never goes stale).
    row_cache: Mutex<HashMap<tantivy::index::SegmentId, Arc<RowColumns>>>,
}

/// A write session: add and remove documents, then commit.
pub struct Writer<'a> {
    index: &'a Index,
    writer: IndexWriter,
}

/// One matching article: where it is and its sort key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    address: DocAddress,
    pub date: i64,
}

impl Index {
    /// Opens the index in `dir`, creating it if missing. An index with another schema version or that cannot be
    /// opened is an error; the caller rebuilds it from the articles.
    pub fn open_or_create(dir: &Path) -> Result<Index> {
        let err = |message: String| IndexError {
            path: dir.to_path_buf(),
            message,
            busy: false,
        };
        std::fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
        let (schema, fields) = schema::build();
        let directory =
            tantivy::directory::MmapDirectory::open(dir).map_err(|e| err(e.to_string()))?;
        let exists = tantivy::Index::exists(&directory).map_err(|e| err(e.to_string()))?;
        let index = if exists {
            let index = tantivy::Index::open(directory).map_err(|e| err(e.to_string()))?;
            if index.schema() != schema {
                return Err(err("built by another version of newsreader".into()));
            }
            index
        } else {
            tantivy::Index::create(directory, schema, tantivy::IndexSettings::default())
                .map_err(|e| err(e.to_string()))?
        };
        schema::register_tokenizers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e: tantivy::TantivyError| err(e.to_string()))?;
        Ok(Index {
            path: dir.to_path_buf(),
            index,
            reader,
            fields,
            row_cache: Mutex::new(HashMap::new()),
        })
    }

    fn err(&self, e: impl std::fmt::Display) -> IndexError {
        let mut message = e.to_string();
        // tantivy reports a failed write as "An index writer was killed ... (io::Error most likely)", hiding the
        // operating system's reason (a full disk, a file size limit): find it by writing to the folder.
        if message.contains("killed") || message.contains("io::Error") {
            if let Some(reason) = write_refused(&self.path) {
                message.push_str(&format!(" (the index folder refuses writes: {reason})"));
            }
        }
        IndexError {
            path: self.path.clone(),
            message,
            busy: false,
        }
    }

    /// Starts a write session. Waits up to two seconds for another process's writer to finish, then fails
    /// with `busy` set.
    pub fn writer(&self) -> Result<Writer<'_>> {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(2);
        loop {
            match self.index.writer_with_num_threads(1, 128_000_000) {
                Ok(writer) => {
                    return Ok(Writer {
                        index: self,
                        writer,
                    })
                }
                Err(tantivy::TantivyError::LockFailure(..))
                    if std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(e @ tantivy::TantivyError::LockFailure(..)) => {
                    return Err(IndexError {
                        busy: true,
                        ..self.err(e)
                    });
                }
                Err(e) => return Err(self.err(e)),
            }
        }
    }

    fn searcher(&self) -> Searcher {
        self.reader.searcher()
    }

    /// Number of articles in the index.
    pub fn len(&self) -> u64 {
        self.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn query(&self, filter: &Filter) -> Box<dyn Query> {
        let f = &self.fields;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if let Some(text) = filter.query.as_deref().filter(|t| !t.trim().is_empty()) {
            let mut parser = QueryParser::for_index(&self.index, vec![f.title, f.body]);
            parser.set_conjunction_by_default();
            parser.set_field_boost(f.title, 2.0);
            let composed = crate::ingest::compose(text);
            let (query, _errors) = parser.parse_query_lenient(composed.as_deref().unwrap_or(text));
            clauses.push((Occur::Must, query));
        }
        let keyed = [
            (filter.person.as_deref(), f.person_key),
            (filter.place.as_deref(), f.place_key),
            (filter.organization.as_deref(), f.org_key),
            (filter.speaker.as_deref(), f.speaker_key),
        ];
        for (value, field) in keyed {
            let Some(value) = value else { continue };
            let key = name_key(value);
            let term = |field, text: &str| -> Box<dyn Query> {
                Box::new(TermQuery::new(
                    Term::from_field_text(field, text),
                    IndexRecordOption::Basic,
                ))
            };
            let mut options = vec![(Occur::Should, term(field, &key))];
            // Across the store one person has one name: "Marco Rubio" also finds the articles that only ever
            // call him "Rubio".
            if field == f.person_key {
                if let Some((_, surname)) = key.rsplit_once(' ') {
                    options.push((Occur::Should, term(f.person_single, surname)));
                }
            }
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(options))));
        }
        if clauses.is_empty() {
            Box::new(AllQuery)
        } else {
            Box::new(BooleanQuery::new(clauses))
        }
    }

    /// Every article matching `filter`, newest first (ties: by id, for a stable order).
    pub fn search(&self, filter: &Filter) -> Result<Vec<Hit>> {
        let searcher = self.searcher();
        let limit = (searcher.num_docs() as usize).max(1);
        let collector =
            TopDocs::with_limit(limit).order_by_fast_field::<i64>(schema::DATE_SORT, Order::Desc);
        let found = searcher
            .search(&*self.query(filter), &collector)
            .map_err(|e| self.err(e))?;
        Ok(found
            .into_iter()
            .map(|(date, address)| Hit {
                address,
                date: date.unwrap_or(0),
            })
            .collect())
    }

    /// The list rows of `hits`, read from fast fields only (decoded once per segment, then cached).
    pub fn rows(&self, hits: &[Hit]) -> Result<Vec<ArticleRow>> {
        self.rows_with(hits, true)
    }

    /// Rows without their people and places (left empty): what a list on screen needs, several times cheaper.
    pub fn brief_rows(&self, hits: &[Hit]) -> Result<Vec<ArticleRow>> {
        self.rows_with(hits, false)
    }

    fn rows_with(&self, hits: &[Hit], entities: bool) -> Result<Vec<ArticleRow>> {
        let searcher = self.searcher();
        let mut per_segment: Vec<Option<Arc<RowColumns>>> =
            vec![None; searcher.segment_readers().len()];
        let mut rows = Vec::with_capacity(hits.len());
        for hit in hits {
            let seg = hit.address.segment_ord as usize;
            let columns = match &per_segment[seg] {
                Some(columns) => columns.clone(),
                None => {
                    let columns = self.row_columns(searcher.segment_reader(seg as u32))?;
                    per_segment[seg] = Some(columns.clone());
                    columns
                }
            };
            rows.push(columns.row(hit.address.doc_id, entities));
        }
        Ok(rows)
    }

    fn row_columns(&self, segment: &tantivy::SegmentReader) -> Result<Arc<RowColumns>> {
        let key = segment.segment_id();
        let mut cache = self
            .row_cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(columns) = cache.get(&key) {
            return Ok(columns.clone());
        }
        let columns = Arc::new(RowColumns::open(segment).map_err(|e| self.err(e))?);
        let live: std::collections::HashSet<tantivy::index::SegmentId> = self
            .searcher()
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        cache.retain(|id, _| live.contains(id));
        cache.insert(key, columns.clone());
        Ok(columns)
    }

    /// The stored document of an article.
    pub fn document(&self, id: &ArticleId) -> Result<Option<Document>> {
        let searcher = self.searcher();
        let term = Term::from_field_text(self.fields.id, id.as_str());
        let found = searcher
            .search(
                &TermQuery::new(term, IndexRecordOption::Basic),
                &TopDocs::with_limit(1).order_by_score(),
            )
            .map_err(|e| self.err(e))?;
        match found.first() {
            Some((_, address)) => self.load(&searcher, *address).map(Some),
            None => Ok(None),
        }
    }

    /// The stored documents of `hits`, in order.
    pub fn documents(&self, hits: &[Hit]) -> Result<Vec<Document>> {
        let searcher = self.searcher();
        hits.iter()
            .map(|h| self.load(&searcher, h.address))
            .collect()
    }

    fn load(&self, searcher: &Searcher, address: DocAddress) -> Result<Document> {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| self.err(e))?;
        let bytes = doc
            .get_first(self.fields.doc)
            .and_then(|v| v.as_bytes())
            .unwrap_or_default();
        serde_json::from_slice(bytes)
            .map_err(|e| self.err(format!("stored document unreadable: {e}")))
    }

    /// Every entity of `kind` with the number of (live) articles that name it.
    pub fn entity_counts(&self, kind: EntityKind) -> Result<Vec<(String, usize)>> {
        let searcher = self.searcher();
        let field = schema::name_field(kind);
        let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for segment in searcher.segment_readers() {
            let Some(column) = segment.fast_fields().str(field).map_err(|e| self.err(e))? else {
                continue;
            };
            let mut per_ord = vec![0usize; column.num_terms()];
            for doc in segment.doc_ids_alive() {
                for ord in column.term_ords(doc) {
                    per_ord[ord as usize] += 1;
                }
            }
            let mut name = String::new();
            for (ord, n) in per_ord.into_iter().enumerate().filter(|(_, n)| *n > 0) {
                column
                    .ord_to_str(ord as u64, &mut name)
                    .map_err(|e| self.err(e))?;
                *counts.entry(name.clone()).or_default() += n;
            }
        }
        Ok(counts.into_iter().collect())
    }
}

/// The terms of one str fast field of one segment, in ordinal order, and each row's ordinals. Segments never
/// change, so these are decoded once (a sequential read of the dictionary) and reused for every listing.
struct StrTable {
    terms: Vec<String>,
    column: StrColumn,
}

impl StrTable {
    fn open(segment: &tantivy::SegmentReader, field: &str) -> tantivy::Result<Option<StrTable>> {
        let Some(column) = segment.fast_fields().str(field)? else {
            return Ok(None);
        };
        let mut terms = Vec::with_capacity(column.num_terms());
        let mut stream = column.dictionary().stream()?;
        while stream.advance() {
            terms.push(String::from_utf8_lossy(stream.key()).into_owned());
        }
        Ok(Some(StrTable { terms, column }))
    }

    fn values(&self, doc: u32) -> impl Iterator<Item = &str> + '_ {
        self.column
            .term_ords(doc)
            .filter_map(|ord| self.terms.get(ord as usize).map(String::as_str))
    }

    fn first(&self, doc: u32) -> Option<String> {
        self.values(doc).next().map(str::to_string)
    }
}

/// The decoded columns a list row is read from, for one segment.
struct RowColumns {
    id: Option<StrTable>,
    title: Option<StrTable>,
    source: Option<StrTable>,
    date: Option<StrTable>,
    people: Option<StrTable>,
    places: Option<StrTable>,
}

impl RowColumns {
    fn open(segment: &tantivy::SegmentReader) -> tantivy::Result<RowColumns> {
        Ok(RowColumns {
            id: StrTable::open(segment, schema::ID)?,
            title: StrTable::open(segment, schema::TITLE_RAW)?,
            source: StrTable::open(segment, schema::SOURCE)?,
            date: StrTable::open(segment, schema::DATE)?,
            people: StrTable::open(segment, schema::name_field(EntityKind::Person))?,
            places: StrTable::open(segment, schema::name_field(EntityKind::Place))?,
        })
    }

    fn row(&self, doc: u32, entities: bool) -> ArticleRow {
        let first = |t: &Option<StrTable>| t.as_ref().and_then(|t| t.first(doc));
        let all = |t: &Option<StrTable>| {
            t.as_ref()
                .filter(|_| entities)
                .map(|t| t.values(doc).map(str::to_string).collect())
                .unwrap_or_default()
        };
        ArticleRow {
            id: ArticleId(first(&self.id).unwrap_or_default()),
            title: first(&self.title).unwrap_or_default(),
            source: first(&self.source),
            date: first(&self.date),
            people: all(&self.people),
            places: all(&self.places),
        }
    }
}

impl Writer<'_> {
    /// Adds (or, with the same path, replaces) an article. `date_sort` orders the list: unix seconds.
    pub fn upsert(&mut self, doc: &Document, date_sort: i64) -> Result<()> {
        self.remove_path(&doc.path);
        let tdoc = schema::to_tantivy(&self.index.fields, doc, date_sort);
        self.writer
            .add_document(tdoc)
            .map_err(|e| self.index.err(e))?;
        Ok(())
    }

    /// Removes the article stored in the file at `path` (relative to the store).
    pub fn remove_path(&mut self, path: &str) {
        self.writer
            .delete_term(Term::from_field_text(self.index.fields.path, path));
    }

    /// Removes every article.
    pub fn clear(&mut self) -> Result<()> {
        self.writer
            .delete_all_documents()
            .map_err(|e| self.index.err(e))?;
        Ok(())
    }

    /// Makes the changes durable and visible.
    pub fn commit(self) -> Result<()> {
        let Writer { index, mut writer } = self;
        writer.commit().map_err(|e| index.err(e))?;
        // Let merges finish, so that a big import leaves a few large segments, not hundreds of small ones.
        writer.wait_merging_threads().map_err(|e| index.err(e))?;
        index.reader.reload().map_err(|e| index.err(e))?;
        Ok(())
    }
}

/// The exact key a name is indexed and looked up under: lower case, single spaces, no possessive.
pub fn name_key(name: &str) -> String {
    let composed = crate::ingest::compose(name);
    let mut key = composed
        .as_deref()
        .unwrap_or(name)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    for suffix in ["'s", "’s"] {
        if let Some(stripped) = key.strip_suffix(suffix) {
            key = stripped.to_string();
        }
    }
    key
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_refused_write_names_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(super::write_refused(dir.path()), None);
        assert!(
            std::fs::read_dir(dir.path()).unwrap().next().is_none(),
            "probe removed"
        );
        let missing = dir.path().join("gone");
        let reason = super::write_refused(&missing).expect("a missing folder refuses writes");
        assert!(reason.contains("No such file"), "{reason}");
    }
}
