//! The manifest: what the index holds for each article file (size, modification time, content hash, ids),
//! so that start-up finds new, changed and removed files without reading unchanged ones.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Bumped when the manifest format, the schema or the extractor change: a mismatch means a full rebuild.
pub const MANIFEST_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub version: u32,
    /// What built the index: the program's version and the index schema's. Another one means a full rebuild,
    /// since the extractor that produced the stored entities and quotes may have changed.
    #[serde(default)]
    pub generation: String,
    pub files: BTreeMap<String, FileRecord>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FileRecord {
    pub size: u64,
    pub mtime_ns: i128,
    /// FNV-1a of the file's bytes, to recognise the same article imported twice.
    pub hash: u64,
    /// Ids of the articles the file holds (empty when it could not be read as an article).
    pub ids: Vec<String>,
    /// Why the file could not be read as an article, if it could not.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The program version and index schema version that a manifest (and the index beside it) belongs to.
pub fn generation() -> String {
    format!(
        "{}+schema{}",
        env!("CARGO_PKG_VERSION"),
        crate::index::SCHEMA_VERSION
    )
}

impl Default for Manifest {
    fn default() -> Self {
        Manifest::new()
    }
}

impl Manifest {
    /// Loads the manifest; a missing, unreadable or outdated one is empty (which makes the caller rebuild).
    pub fn load(path: &Path) -> Manifest {
        std::fs::read(path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Manifest>(&bytes).ok())
            .filter(|m| m.version == MANIFEST_VERSION && m.generation == generation())
            .unwrap_or_default()
    }

    pub fn new() -> Manifest {
        Manifest {
            version: MANIFEST_VERSION,
            generation: generation(),
            files: BTreeMap::new(),
        }
    }

    /// Saves atomically: a crash leaves the old manifest or the new one, never half of one.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let bytes = serde_json::to_vec(self).map_err(std::io::Error::other)?;
        super::write_replace(path, &bytes)
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
