//! The library: the store (article files, the truth) and its index (derived), kept in step.
//! This is the one API that the CLI and the TUI use; it returns article types, never tantivy's.

use crate::article::{fnv1a64, Article, ArticleId, Document, EntityKind};
use crate::extract;
use crate::index::Index;
use crate::ingest;
use crate::store::manifest::{FileRecord, Manifest};
use crate::store::state::ReadingState;
use crate::store::{self, FileEntry, Store};
use serde::Serialize;
use std::collections::HashSet;
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
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("index at {path}: {message}")]
    Index { path: PathBuf, message: String },
    /// Another process holds the index's writer: the store can be read but not changed now.
    #[error("{0}")]
    Busy(String),
    #[error("{0}")]
    Other(String),
}

pub type Result<T> = std::result::Result<T, LibraryError>;

/// The store and its index.
pub struct Library {
    store: Store,
    index: Index,
    manifest: Manifest,
    reading: ReadingState,
    /// Why the store is open read-only (another newsreader is writing to it), if it is.
    read_only: Option<String>,
    /// Whether the folder has not been compared with the index since opening.
    pending_sync: bool,
    /// While the index holds another extractor's entities and quotes: the last file read again by this one, and
    /// how many files that makes.
    reextracted_up_to: Option<(String, usize)>,
}

/// How far reading every file again with this build's extractor has come.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReextractProgress {
    pub done: usize,
    pub total: usize,
}

/// What bringing the index in step with the store did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    /// Files that could not be read as articles: "path: reason".
    pub failed: Vec<String>,
}

/// What an import did, file by file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Paths of the article files written into the store.
    pub stored: Vec<String>,
    /// Inputs whose articles were all in the store already.
    pub already: Vec<String>,
    /// Inputs refused: "path: reason".
    pub failed: Vec<String>,
}

impl Library {
    /// Opens the store at `root` (creating it and writing the bundled articles when it is empty or missing),
    /// and brings the index in step with the article files. A damaged or outdated index is rebuilt.
    pub fn open(root: &Path) -> Result<Library> {
        let mut library = Library::open_without_sync(root)?;
        library.bring_up_to_date()?;
        Ok(library)
    }

    /// What [`Library::open`] does after [`Library::open_without_sync`]: finds changed files, and reads every
    /// file again if another build's extractor made the index ([`Library::extraction_outdated`]).
    pub fn bring_up_to_date(&mut self) -> Result<()> {
        self.catch_up()?;
        loop {
            match self.reextract_step(1000) {
                Ok(Some(_)) => {}
                Ok(None) => return Ok(()),
                Err(e) => return self.degrade(e),
            }
        }
    }

    /// Opens the store like [`Library::open`], but leaves finding changed files to [`Library::catch_up`], so a
    /// reader can show what is indexed at once (scanning 100,000 files takes a while). A new store, or one whose
    /// index must be rebuilt, is still brought in step before this returns.
    pub fn open_without_sync(root: &Path) -> Result<Library> {
        let store = Store::new(root);
        let io = |e: std::io::Error| LibraryError::Io {
            path: root.to_path_buf(),
            source: e,
        };
        let fresh = !store.state_dir().exists();
        std::fs::create_dir_all(store.state_dir()).map_err(io)?;
        if fresh && store.scan(&mut Vec::new()).is_empty() {
            store.write_seeds().map_err(io)?;
        }
        let index_dir = store.state_dir().join("index");
        let (index, rebuilt) = match Index::open_or_create(&index_dir) {
            Ok(index) => (index, false),
            Err(_) => {
                // The index is derived: a damaged or outdated one is thrown away and rebuilt from the files.
                let _ = std::fs::remove_dir_all(&index_dir);
                (
                    Index::open_or_create(&index_dir).map_err(index_error)?,
                    true,
                )
            }
        };
        let mut manifest = Manifest::load(&store.state_dir().join(MANIFEST_FILE));
        if rebuilt || index.len() as usize != manifest.article_count() {
            manifest = Manifest::new();
        }
        let reading = ReadingState::load(&store.state_dir().join("state.json"));
        // A pass of this extractor over another's index, cut short (the reader quit): go on where it stopped.
        let reextracted_up_to = manifest
            .stale_extraction
            .then(|| {
                load_reextract_progress(
                    &store.state_dir().join(REEXTRACT_FILE),
                    &manifest.generation,
                )
            })
            .flatten();
        let mut library = Library {
            store,
            index,
            manifest,
            reading,
            read_only: None,
            pending_sync: true,
            reextracted_up_to,
        };
        let needs_full_sync = library.manifest.files.is_empty();
        let result = library
            .rebuild_if_needed()
            .and_then(|()| match needs_full_sync {
                true => library.catch_up().map(drop),
                false => Ok(()),
            });
        match result {
            Ok(()) => Ok(library),
            Err(e) => {
                library.degrade(e)?;
                Ok(library)
            }
        }
    }

    /// Turns a failure to update the index into read-only use, where that is the honest answer: another
    /// newsreader is writing, or the index cannot be written (a full disk, a read-only state folder). What the
    /// index holds can still be read, the article files are untouched, and the next start tries again.
    fn degrade(&mut self, e: LibraryError) -> Result<()> {
        match e {
            LibraryError::Busy(reason) => {
                self.read_only = Some(reason);
                Ok(())
            }
            e @ (LibraryError::Index { .. } | LibraryError::Io { .. }) => {
                self.read_only = Some(format!(
                    "{}: the index cannot be updated ({e}); the store is open read-only",
                    self.store.root().display()
                ));
                Ok(())
            }
            e => Err(e),
        }
    }

    /// Brings the index in step with the folder if that has not been done since opening; returns what changed
    /// (None when it was done already).
    pub fn catch_up(&mut self) -> Result<Option<SyncReport>> {
        if !self.pending_sync {
            return Ok(None);
        }
        self.pending_sync = false;
        match self.sync() {
            Ok(report) => Ok(Some(report)),
            Err(e) => self.degrade(e).map(|()| None),
        }
    }

    fn rebuild_if_needed(&mut self) -> Result<()> {
        if self.manifest.files.is_empty() && !self.index.is_empty() {
            let mut writer = open_writer(&self.index, &self.read_only, self.store.root())?;
            writer.clear().map_err(index_error)?;
            writer.commit().map_err(index_error)?;
        }
        Ok(())
    }

    fn check_writable(&self) -> Result<()> {
        match &self.read_only {
            Some(reason) => Err(LibraryError::Busy(reason.clone())),
            None => Ok(()),
        }
    }

    /// Why the store is open read-only, if it is (another newsreader was updating it).
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// Whether the reader has opened this article.
    pub fn is_read(&self, id: &ArticleId) -> bool {
        self.reading.is_read(id.as_str())
    }

    /// Marks an article read or unread; the state is saved at once.
    pub fn set_read(&mut self, id: &ArticleId, read: bool) -> Result<()> {
        let path = self.store.state_dir().join("state.json");
        self.reading
            .set_read(id.as_str(), read)
            .map(drop)
            .map_err(|e| LibraryError::Io { path, source: e })
    }

    pub fn root(&self) -> &Path {
        self.store.root()
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Number of article files the index knows (a file may hold several articles, or none it could read).
    pub fn file_count(&self) -> usize {
        self.manifest.files.len()
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.index.len() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Files of the store that could not be read as articles, with the reason ("path: reason").
    pub fn unreadable_files(&self) -> Vec<String> {
        let files = self.manifest.files.iter();
        files
            .filter_map(|(p, r)| r.error.as_ref().map(|e| format!("{p}: {e}")))
            .collect()
    }

    /// Brings the index in step with the article files: new and changed files are read and extracted, removed
    /// ones dropped. Unchanged files (same size and modification time) are not read.
    pub fn sync(&mut self) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        let mut problems = Vec::new();
        let files = self.store.scan(&mut problems);
        report.failed.extend(problems);
        let present: HashSet<&str> = files.iter().map(|f| f.rel.as_str()).collect();
        let removed: Vec<String> = self
            .manifest
            .files
            .keys()
            .filter(|p| !present.contains(p.as_str()))
            .cloned()
            .collect();
        let changed: Vec<&FileEntry> = files
            .iter()
            .filter(|f| {
                self.manifest
                    .files
                    .get(&f.rel)
                    .is_none_or(|r| r.size != f.size || r.mtime_ns != f.mtime_ns)
            })
            .collect();
        if removed.is_empty() && changed.is_empty() {
            return Ok(report);
        }
        let mut writer = open_writer(&self.index, &self.read_only, self.store.root())?;
        for path in &removed {
            writer.remove_path(path);
            self.manifest.files.remove(path);
            report.removed += 1;
        }
        index_files(
            &self.store,
            &mut self.manifest,
            &mut writer,
            &changed,
            &mut report,
        )?;
        writer.commit().map_err(index_error)?;
        self.save_manifest()?;
        Ok(report)
    }

    /// Whether the index holds entities and quotes found by another build's extractor, to be read again with
    /// this one ([`Library::reextract_step`]).
    pub fn extraction_outdated(&self) -> bool {
        self.manifest.stale_extraction && self.read_only.is_none()
    }

    /// Reads up to `max_files` more article files again with this build's extractor and replaces what the index
    /// holds for them, so a newer extractor's people, places and quotes replace an older one's a batch at a
    /// time while the reader stays usable. None when there is nothing (left) to do; the manifest records the
    /// new extractor once every file is done. Files whose size or date changed meanwhile are read as they are
    /// now.
    pub fn reextract_step(&mut self, max_files: usize) -> Result<Option<ReextractProgress>> {
        if !self.extraction_outdated() {
            return Ok(None);
        }
        let total = self.manifest.files.len();
        let (after, done_before) = self
            .reextracted_up_to
            .clone()
            .map_or((None, 0), |(rel, n)| (Some(rel), n));
        use std::ops::Bound::{Excluded, Unbounded};
        let from = after.map_or(Unbounded, Excluded);
        // Sizes and dates as the files are now (one edited meanwhile is recorded as it is read); the manifest's
        // for a file that cannot be looked at.
        let batch: Vec<FileEntry> = self
            .manifest
            .files
            .range((from, Unbounded))
            .take(max_files.max(1))
            .map(|(rel, r)| {
                let (size, mtime_ns) = std::fs::metadata(self.store.path_of(rel))
                    .map_or((r.size, r.mtime_ns), |m| (m.len(), store::mtime_ns(&m)));
                FileEntry {
                    rel: rel.clone(),
                    size,
                    mtime_ns,
                }
            })
            .collect();
        if !batch.is_empty() {
            let files: Vec<&FileEntry> = batch.iter().collect();
            let mut writer = open_writer(&self.index, &self.read_only, self.store.root())?;
            index_files(
                &self.store,
                &mut self.manifest,
                &mut writer,
                &files,
                &mut SyncReport::default(),
            )?;
            writer.commit().map_err(index_error)?;
        }
        let done = done_before + batch.len();
        self.reextracted_up_to = batch.last().map(|e| (e.rel.clone(), done));
        let progress_file = self.store.state_dir().join(REEXTRACT_FILE);
        let io = |e: std::io::Error| LibraryError::Io {
            path: progress_file.clone(),
            source: e,
        };
        // Files added meanwhile were read by this extractor already; the end is where no file is left.
        if batch.len() < max_files.max(1) {
            self.manifest.mark_extraction_current();
            self.reextracted_up_to = None;
            self.save_manifest()?;
            match std::fs::remove_file(&progress_file) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(e)),
                _ => {}
            }
        } else {
            // The manifest first: the progress file never names a file whose new reading is not recorded.
            self.save_manifest()?;
            if let Some((rel, n)) = &self.reextracted_up_to {
                let line = format!(
                    "{}\t{}\t{n}\t{rel}\n",
                    crate::store::manifest::generation(),
                    self.manifest.generation
                );
                store::write_replace(&progress_file, line.as_bytes()).map_err(io)?;
            }
        }
        Ok(Some(ReextractProgress {
            done,
            total: total.max(done),
        }))
    }

    /// Throws the index away and builds it again from every article file.
    pub fn reindex(&mut self) -> Result<SyncReport> {
        let mut writer = open_writer(&self.index, &self.read_only, self.store.root())?;
        let _ = std::fs::remove_file(self.store.state_dir().join(REEXTRACT_FILE));
        self.reextracted_up_to = None;
        writer.clear().map_err(index_error)?;
        writer.commit().map_err(index_error)?;
        self.manifest = Manifest::new();
        self.sync()
    }

    fn save_manifest(&self) -> Result<()> {
        let path = self.store.state_dir().join(MANIFEST_FILE);
        self.manifest
            .save(&path)
            .map_err(|e| LibraryError::Io { path, source: e })
    }

    /// Imports files and folders (recursively) into the store. A file the importer cannot read is named in
    /// the report with the reason and the rest goes on; nothing already stored is touched.
    pub fn import(&mut self, paths: &[PathBuf]) -> Result<ImportReport> {
        self.check_writable()?;
        let mut report = ImportReport::default();
        let mut inputs = Vec::new();
        for path in paths {
            collect_inputs(path, &mut inputs, &mut report.failed, 0);
        }
        let mut hashes: HashSet<u64> = self.manifest.files.values().map(|r| r.hash).collect();
        for input in inputs {
            let shown = input.display().to_string();
            match self.import_file(&input, &mut hashes) {
                Ok(stored) if stored.is_empty() => report.already.push(shown),
                Ok(stored) => report.stored.extend(stored),
                Err(reason) => report.failed.push(format!("{shown}: {reason}")),
            }
        }
        // The files are written: a failure to index them (a full disk) is reported with the per-file
        // refusals, not instead of them; the next start indexes them.
        match self.sync() {
            Ok(sync) => report.failed.extend(sync.failed),
            Err(e) => report.failed.push(format!(
                "{}: the imported files are stored but could not be indexed yet: {e}",
                self.store.root().display()
            )),
        }
        Ok(report)
    }

    /// Writes one input file's articles into the store; returns the store paths written.
    fn import_file(
        &self,
        input: &Path,
        hashes: &mut HashSet<u64>,
    ) -> std::result::Result<Vec<String>, String> {
        let bytes = read_limited(input)?;
        let articles = guarded(|| ingest::parse_bytes(input, &bytes).map_err(|e| e.to_string()))?;
        let hash = fnv1a64(&bytes);
        if hashes.contains(&hash) {
            return Ok(Vec::new());
        }
        let is_text = input
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("txt"));
        let mut written = Vec::new();
        if is_text && articles.len() == 1 {
            // A plain-text article is the user's own file: kept byte for byte.
            let id = ArticleId::from_key(&bytes);
            let rel = format!("{}_{id}.txt", store::slug(&articles[0].title));
            if store::write_new(&self.store.path_of(&rel), &bytes).map_err(|e| e.to_string())? {
                written.push(rel);
            }
            hashes.insert(hash);
            return Ok(written);
        }
        for article in articles {
            if self.manifest.path_of_id(article.id.as_str()).is_some() {
                continue;
            }
            let rendered = ingest::text::render(&article);
            if !hashes.insert(fnv1a64(rendered.as_bytes())) {
                continue;
            }
            let rel = format!("{}_{}.txt", store::slug(&article.title), article.id);
            if store::write_new(&self.store.path_of(&rel), rendered.as_bytes())
                .map_err(|e| e.to_string())?
            {
                written.push(rel);
            }
        }
        hashes.insert(hash);
        Ok(written)
    }

    /// Stores articles that arrived from the network (a feed item, a web page). Each article's `id` must already
    /// be derived from its URL or GUID (see [`ArticleId::from_key`]), so that fetching it again updates it.
    /// Files are written under `feeds/<feed>/` in the store; only such files are ever replaced, never a file
    /// the user put in the store. The index is updated before this returns.
    pub fn store_articles(
        &mut self,
        feed: &str,
        articles: Vec<Article>,
    ) -> Result<Vec<StoreOutcome>> {
        self.check_writable()?;
        let mut outcomes = Vec::with_capacity(articles.len());
        let mut hashes: HashSet<u64> = self.manifest.files.values().map(|r| r.hash).collect();
        for article in articles {
            let rendered = ingest::text::render(&article);
            let hash = fnv1a64(rendered.as_bytes());
            let id = article.id.clone();
            let existing = self.manifest.path_of_id(id.as_str()).map(str::to_string);
            let outcome = match existing {
                Some(rel)
                    if self
                        .manifest
                        .files
                        .get(&rel)
                        .is_some_and(|r| r.hash == hash) =>
                {
                    StoreOutcome::Unchanged(id)
                }
                Some(rel) if rel.starts_with("feeds/") => {
                    let path = self.store.path_of(&rel);
                    store::write_replace(&path, rendered.as_bytes())
                        .map_err(|e| LibraryError::Io { path, source: e })?;
                    hashes.insert(hash);
                    StoreOutcome::Updated(id)
                }
                Some(_) => StoreOutcome::Unchanged(id),
                None if hashes.contains(&hash) => StoreOutcome::Unchanged(id),
                None => {
                    let rel = format!(
                        "feeds/{}/{}_{id}.txt",
                        store::slug(feed),
                        store::slug(&article.title)
                    );
                    let path = self.store.path_of(&rel);
                    store::write_new(&path, rendered.as_bytes())
                        .map_err(|e| LibraryError::Io { path, source: e })?;
                    hashes.insert(hash);
                    StoreOutcome::New(id)
                }
            };
            outcomes.push(outcome);
        }
        self.sync()?;
        Ok(outcomes)
    }

    /// Articles matching `filter`, newest first.
    pub fn list(&self, filter: &Filter) -> Result<Vec<ArticleRow>> {
        let hits = self.index.search(filter).map_err(index_error)?;
        self.index.rows(&hits).map_err(index_error)
    }

    /// Like [`Library::list`], but the rows' people and places are left empty: for a list on screen.
    pub fn list_brief(&self, filter: &Filter) -> Result<Vec<ArticleRow>> {
        let hits = self.index.search(filter).map_err(index_error)?;
        self.index.brief_rows(&hits).map_err(index_error)
    }

    /// One article with its extraction.
    pub fn document(&self, id: &ArticleId) -> Result<Option<Document>> {
        self.index.document(id).map_err(index_error)
    }

    /// Every entity in the store with its article count, most mentioned first, then by name.
    pub fn entities(&self) -> Result<Vec<EntitySummary>> {
        let mut out = Vec::new();
        for kind in [
            EntityKind::Person,
            EntityKind::Place,
            EntityKind::Organization,
        ] {
            for (name, articles) in self.index.entity_counts(kind).map_err(index_error)? {
                out.push(EntitySummary {
                    kind,
                    name,
                    articles,
                });
            }
        }
        out.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then_with(|| a.kind.cmp(&b.kind))
                .then_with(|| a.name.cmp(&b.name))
        });
        Ok(out)
    }

    /// Every quotation in the store (of `speaker` when given: canonical name or alias, any case), newest first.
    pub fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>> {
        let filter = Filter {
            speaker: speaker.map(str::to_string),
            ..Filter::default()
        };
        let hits = self.index.search(&filter).map_err(index_error)?;
        let wanted = speaker.map(crate::index::name_key);
        let mut out = Vec::new();
        for doc in self.index.documents(&hits).map_err(index_error)? {
            let x = &doc.extraction;
            for quote in x.quotations(&doc.article.text) {
                if let Some(wanted) = &wanted {
                    let Some(name) = &quote.speaker else { continue };
                    let entity = x.entities.iter().find(|e| &e.name == name);
                    let matches = crate::index::name_key(name) == *wanted
                        || entity.is_some_and(|e| {
                            e.aliases
                                .iter()
                                .any(|a| crate::index::name_key(a) == *wanted)
                        });
                    if !matches {
                        continue;
                    }
                }
                out.push(QuoteRow {
                    article: doc.article.id.clone(),
                    title: doc.article.title.clone(),
                    date: doc.article.date.clone(),
                    text: quote.span.slice(&doc.article.text).to_string(),
                    speaker: quote.speaker.clone(),
                    start: quote.span.start,
                });
            }
        }
        Ok(out)
    }
}

const MANIFEST_FILE: &str = "manifest.json";

/// How far a pass of this extractor over another's index has come: "this build's generation<TAB>the index's
/// generation<TAB>files done<TAB>last file".
const REEXTRACT_FILE: &str = "reextract-progress";

/// The progress a pass of this build's extractor left over an index of generation `from`, if this build left it
/// over that index.
fn load_reextract_progress(path: &Path, from: &str) -> Option<(String, usize)> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut cols = text.trim_end_matches('\n').splitn(4, '\t');
    if cols.next()? != crate::store::manifest::generation() || cols.next()? != from {
        return None;
    }
    let done = cols.next()?.parse().ok()?;
    Some((cols.next()?.to_string(), done))
}

/// Reads, extracts and indexes `files` (replacing what the index held for them), recording each in the
/// manifest; counts them in `report`. The caller commits.
fn index_files(
    store: &Store,
    manifest: &mut Manifest,
    writer: &mut crate::index::Writer<'_>,
    files: &[&FileEntry],
    report: &mut SyncReport,
) -> Result<()> {
    let processed = process_files(store, files);
    for (entry, outcome) in files.iter().zip(processed) {
        let existed = manifest.files.contains_key(&entry.rel);
        // A file the manifest does not know is not in the index either (open() rebuilds when the two
        // disagree), so only known files need their old documents deleted: deletes are not free.
        if existed {
            writer.remove_path(&entry.rel);
        }
        let mut record = FileRecord {
            size: entry.size,
            mtime_ns: entry.mtime_ns,
            ..FileRecord::default()
        };
        match outcome {
            Ok((hash, docs)) => {
                record.hash = hash;
                for doc in &docs {
                    writer
                        .upsert(doc, sort_key(doc.article.date.as_deref(), entry.mtime_ns))
                        .map_err(index_error)?;
                    record.ids.push(doc.article.id.0.clone());
                }
                if existed {
                    report.updated += 1;
                } else {
                    report.added += 1;
                }
            }
            Err(reason) => {
                report
                    .failed
                    .push(format!("{}: {reason}", store.path_of(&entry.rel).display()));
                record.error = Some(reason);
            }
        }
        manifest.files.insert(entry.rel.clone(), record);
    }
    Ok(())
}

/// A write session on the index, or `Busy` when the store is read-only or another process is writing.
fn open_writer<'a>(
    index: &'a Index,
    read_only: &Option<String>,
    root: &Path,
) -> Result<crate::index::Writer<'a>> {
    if let Some(reason) = read_only {
        return Err(LibraryError::Busy(reason.clone()));
    }
    index.writer().map_err(|e| match e.busy {
        true => LibraryError::Busy(format!(
            "{}: another newsreader is updating this store; it is open read-only",
            root.display()
        )),
        false => index_error(e),
    })
}

fn index_error(e: crate::index::IndexError) -> LibraryError {
    LibraryError::Index {
        path: e.path,
        message: e.message,
    }
}

/// Reads a file, refusing one over the article size limit before reading it, and never reading more than
/// the limit (a file may grow while it is read, and some files report no size at all).
fn read_limited(path: &Path) -> std::result::Result<Vec<u8>, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        // Opening a FIFO would block, a device would never end.
        return Err("not a regular file".to_string());
    }
    let limit = ingest::max_article_bytes() as u64;
    let too_large = |size: u64| {
        ingest::IngestError::TooLarge {
            size: size as usize,
            limit: limit as usize,
        }
        .to_string()
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Files below `path` (or `path` itself): inside folders only article files, skipping hidden entries and links
/// to folders; a file named directly is always tried. Unreadable folders are named in `failed`.
fn collect_inputs(path: &Path, out: &mut Vec<PathBuf>, failed: &mut Vec<String>, depth: usize) {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) => return failed.push(format!("{}: {e}", path.display())),
    };
    if meta.file_type().is_symlink() {
        match std::fs::metadata(path) {
            Ok(m) if m.is_file() => out.push(path.to_path_buf()),
            Ok(m) if m.is_dir() => failed.push(format!(
                "{}: a link to a folder, not followed",
                path.display()
            )),
            Ok(_) => failed.push(format!(
                "{}: a link to something that is not a regular file",
                path.display()
            )),
            Err(e) => failed.push(format!("{}: {e}", path.display())),
        }
        return;
    }
    if meta.is_file() {
        return out.push(path.to_path_buf());
    }
    if !meta.is_dir() || depth > 64 {
        return failed.push(format!("{}: not a regular file or folder", path.display()));
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) => return failed.push(format!("{}: {e}", path.display())),
    };
    let mut children: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    children.sort();
    for child in children {
        let is_dir = std::fs::symlink_metadata(&child).is_ok_and(|m| m.is_dir());
        let name = child
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if is_dir || store::is_article_file(&name) {
            collect_inputs(&child, out, failed, depth + 1);
        }
    }
}

/// Reads and extracts changed files, on all cores. Each result: (hash of bytes, documents) or the reason.
fn process_files(
    store: &Store,
    files: &[&FileEntry],
) -> Vec<std::result::Result<(u64, Vec<Document>), String>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let chunk = files.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|f| guarded(|| process_file(store, f)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        // One result per file, always: the caller pairs results with files by position.
        handles
            .into_iter()
            .zip(files.chunks(chunk))
            .flat_map(|(h, part)| {
                h.join().unwrap_or_else(|_| {
                    part.iter()
                        .map(|_| Err("internal error while reading".to_string()))
                        .collect()
                })
            })
            .collect()
    })
}

/// Runs the reading of one file so that a panic (a bug in a parser or the extractor) fails that file only,
/// with the reason, instead of ending an import of thousands.
fn guarded<T>(
    read: impl FnOnce() -> std::result::Result<T, String>,
) -> std::result::Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(read)).unwrap_or_else(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(format!("internal error while reading (a bug): {message}"))
    })
}

fn process_file(
    store: &Store,
    file: &FileEntry,
) -> std::result::Result<(u64, Vec<Document>), String> {
    let path = store.path_of(&file.rel);
    let bytes = read_limited(&path)?;
    let articles = ingest::parse_bytes(&path, &bytes).map_err(|e| e.to_string())?;
    let file_id = store::file_id(&file.rel);
    let single = articles.len() == 1;
    let docs = articles
        .into_iter()
        .enumerate()
        .map(|(n, mut article)| {
            article.id = if single {
                file_id.clone()
            } else {
                ArticleId::from_key(format!("{file_id}#{n}").as_bytes())
            };
            let extraction = extract::extract(&article.text);
            Document {
                article,
                extraction,
                path: file.rel.clone(),
            }
        })
        .collect();
    Ok((fnv1a64(&bytes), docs))
}

/// The list's sort key: the article's date (unix seconds), else the file's modification time.
pub fn sort_key(date: Option<&str>, mtime_ns: i128) -> i64 {
    date.and_then(parse_date)
        .unwrap_or((mtime_ns / 1_000_000_000) as i64)
}

/// Unix seconds of an ISO 8601 date or date-time, or an RFC 2822 date.
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp());
    }
    if let Ok(t) = chrono::DateTime::parse_from_rfc2822(s) {
        return Some(t.timestamp());
    }
    let day = s.get(..10)?;
    let d = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?;
    Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_while_reading_fails_that_file_only() {
        let ok: std::result::Result<u8, String> = guarded(|| Ok(1));
        assert_eq!(ok, Ok(1));
        let failed: std::result::Result<u8, String> = guarded(|| panic!("boom {}", 7));
        assert_eq!(
            failed,
            Err("internal error while reading (a bug): boom 7".to_string())
        );
    }

    #[cfg(unix)]
    #[test]
    fn reading_refuses_what_is_not_a_regular_file() {
        assert_eq!(
            read_limited(Path::new("/dev/zero")),
            Err("not a regular file".to_string())
        );
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.txt");
        let file = std::fs::File::create(&big).unwrap();
        file.set_len(ingest::max_article_bytes() as u64 + 1)
            .unwrap();
        assert!(read_limited(&big).unwrap_err().starts_with("too large"));
    }
}
