//! The manifest: what the index holds for each article file (size, modification time, content hash, ids),
//! so that start-up finds new, changed and removed files without reading unchanged ones.

use std::collections::BTreeMap;
use std::path::Path;

/// Bumped when the manifest format, the schema or the extractor change: a mismatch means a full rebuild.
pub const MANIFEST_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq)]
pub struct Manifest {
    pub version: u32,
    /// What built the index: the program's version and the index schema's. Another one means a full rebuild,
    /// since the extractor that produced the stored entities and quotes may have changed.
    pub generation: String,
    pub files: BTreeMap<String, FileRecord>,
    /// The index was built by another extractor (same program and schema otherwise): its entities and quotes
    /// are to be read again from the files, which the library does a batch at a time. Until then `generation`
    /// stays the old one, so a pass cut short (the reader quit) is taken up again on the next start (from where
    /// it stopped: the library keeps its progress beside the manifest).
    pub stale_extraction: bool,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct FileRecord {
    pub size: u64,
    pub mtime_ns: i128,
    /// FNV-1a of the file's bytes, to recognise the same article imported twice.
    pub hash: u64,
    /// Ids of the articles the file holds (empty when it could not be read as an article).
    pub ids: Vec<String>,
    /// Why the file could not be read as an article, if it could not.
    pub error: Option<String>,
}

/// The program version, index schema version and extractor fingerprint that a manifest (and the index beside
/// it) belongs to. The fingerprint (build.rs) hashes the extractor's sources and assets, so a build whose
/// extraction differs rebuilds the index, and the reader shows what this extractor finds.
pub fn generation() -> String {
    format!(
        "{}+schema{}+extract{}",
        env!("CARGO_PKG_VERSION"),
        crate::index::SCHEMA_VERSION,
        env!("NR_EXTRACTOR_FINGERPRINT")
    )
}

impl Default for Manifest {
    fn default() -> Self {
        Manifest::new()
    }
}

impl Manifest {
    /// Loads the manifest; a missing, unreadable or outdated one is empty (which makes the caller rebuild).
    /// The format is one line per file (tab-separated), read in a few tens of milliseconds for 100,000 files.
    pub fn load(path: &Path) -> Manifest {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| Manifest::parse(&text))
            .unwrap_or_default()
    }

    fn parse(text: &str) -> Option<Manifest> {
        let mut lines = text.split('\n');
        let built_by = lines
            .next()?
            .strip_prefix(&format!("newsreader-manifest {MANIFEST_VERSION} "))?;
        let current = generation();
        // Only the extractor differs (or is not named, by a build before the fingerprint): the index is sound,
        // its extraction outdated.
        let stale_extraction = built_by != current;
        if stale_extraction && without_extractor(built_by) != without_extractor(&current) {
            return None;
        }
        let mut files = BTreeMap::new();
        for line in lines.filter(|l| !l.is_empty()) {
            let mut cols = line.split('\t');
            let rel = unescape(cols.next()?);
            let size = cols.next()?.parse().ok()?;
            let mtime_ns = cols.next()?.parse().ok()?;
            let hash = u64::from_str_radix(cols.next()?, 16).ok()?;
            let ids = cols
                .next()?
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            let error = cols.next().filter(|e| !e.is_empty()).map(unescape);
            files.insert(
                rel,
                FileRecord {
                    size,
                    mtime_ns,
                    hash,
                    ids,
                    error,
                },
            );
        }
        Some(Manifest {
            version: MANIFEST_VERSION,
            generation: built_by.to_string(),
            files,
            stale_extraction,
        })
    }

    pub fn new() -> Manifest {
        Manifest {
            version: MANIFEST_VERSION,
            generation: generation(),
            files: BTreeMap::new(),
            stale_extraction: false,
        }
    }

    /// Every file's extraction has been read again by this build's extractor.
    pub fn mark_extraction_current(&mut self) {
        self.generation = generation();
        self.stale_extraction = false;
    }

    /// Saves atomically: a crash leaves the old manifest or the new one, never half of one.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let mut out = format!(
            "newsreader-manifest {MANIFEST_VERSION} {}\n",
            self.generation
        );
        for (rel, r) in &self.files {
            let error = r.error.as_deref().map(escape).unwrap_or_default();
            let line = format!(
                "{}\t{}\t{}\t{:x}\t{}\t{error}\n",
                escape(rel),
                r.size,
                r.mtime_ns,
                r.hash,
                r.ids.join(",")
            );
            out.push_str(&line);
        }
        super::write_replace(path, out.as_bytes())
    }

    /// Number of articles the manifest says the index holds.
    pub fn article_count(&self) -> usize {
        self.files.values().map(|r| r.ids.len()).sum()
    }

    /// The file holding the article with this id, if any.
    pub fn path_of_id(&self, id: &str) -> Option<&str> {
        self.files
            .iter()
            .find(|(_, r)| r.ids.iter().any(|i| i == id))
            .map(|(p, _)| p.as_str())
    }

    /// A file whose bytes hash to `hash`, if any.
    pub fn path_of_hash(&self, hash: u64) -> Option<&str> {
        self.files
            .iter()
            .find(|(_, r)| r.hash == hash)
            .map(|(p, _)| p.as_str())
    }
}

/// A generation without its extractor fingerprint: "0.1.0+schema1".
fn without_extractor(generation: &str) -> &str {
    generation
        .rsplit_once("+extract")
        .map_or(generation, |(base, _)| base)
}

/// Tabs, line breaks and backslashes in a path or message, so that one record stays one line.
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_odd_names_and_rejects_other_versions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest");
        let mut m = Manifest::new();
        let record = FileRecord {
            size: 5,
            mtime_ns: -3,
            hash: 0xabc,
            ids: vec!["a".into(), "b".into()],
            error: None,
        };
        m.files.insert("dir/we\tird\nname\\x.txt".into(), record);
        let bad = FileRecord {
            error: Some("not valid UTF-8\t(x)".into()),
            ..FileRecord::default()
        };
        m.files.insert("bad.txt".into(), bad);
        m.save(&path).unwrap();
        assert_eq!(Manifest::load(&path), m);
        std::fs::write(&path, "newsreader-manifest 0 old\n").unwrap();
        assert!(Manifest::load(&path).files.is_empty());
        // Another extractor, same program and schema: the files are kept, marked for a second reading.
        let current = format!("newsreader-manifest {MANIFEST_VERSION} {}", generation());
        let (base, _) = current.rsplit_once("+extract").unwrap();
        let older = format!("{base}+extract0123");
        m.save(&path).unwrap();
        let text = std::fs::read_to_string(&path)
            .unwrap()
            .replacen(&current, &older, 1);
        std::fs::write(&path, &text).unwrap();
        let stale = Manifest::load(&path);
        assert!(stale.stale_extraction);
        assert_eq!(stale.files, m.files);
        stale.save(&path).unwrap();
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "saved as built until read again"
        );
        // A build before the fingerprint named no extractor.
        std::fs::write(&path, text.replacen(&older, base, 1)).unwrap();
        assert!(Manifest::load(&path).stale_extraction);
        // Another program version: a rebuild.
        let other = text.replacen(base, "newsreader-manifest 2 0.0.1+schema1", 1);
        std::fs::write(&path, other).unwrap();
        assert!(Manifest::load(&path).files.is_empty());
        std::fs::write(&path, b"\xff garbage").unwrap();
        assert!(Manifest::load(&path).files.is_empty());
    }
}
