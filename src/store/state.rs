//! Reading state: which articles the reader has opened. Kept beside the index; losing it loses no article.

use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Default, Serialize, Deserialize)]
struct StateFile {
    #[serde(default)]
    read: BTreeSet<String>,
}

/// The set of articles read, saved to `.newsreader/state.json`.
#[derive(Debug)]
pub struct ReadingState {
    path: PathBuf,
    state: StateFile,
}

impl ReadingState {
    /// Loads the state; a missing or unreadable file is an empty state.
    pub fn load(path: &Path) -> ReadingState {
        let state = std::fs::read(path)
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default();
        ReadingState {
            path: path.to_path_buf(),
            state,
        }
    }

    pub fn is_read(&self, id: &str) -> bool {
        self.state.read.contains(id)
    }

    /// Marks an article read (or unread) and saves the state; returns whether anything changed.
    pub fn set_read(&mut self, id: &str, read: bool) -> std::io::Result<bool> {
        let changed = if read {
            self.state.read.insert(id.to_string())
        } else {
            self.state.read.remove(id)
        };
        if changed {
            self.save()?;
        }
        Ok(changed)
    }

    /// Forgets articles that are no longer in the store.
    pub fn retain(&mut self, keep: impl Fn(&str) -> bool) -> std::io::Result<()> {
        let before = self.state.read.len();
        self.state.read.retain(|id| keep(id));
        if self.state.read.len() != before {
            self.save()?;
        }
        Ok(())
    }

    fn save(&self) -> std::io::Result<()> {
        let bytes = serde_json::to_vec(&self.state).map_err(std::io::Error::other)?;
        super::write_replace(&self.path, &bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_marks_persist() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let mut state = ReadingState::load(&path);
        assert!(!state.is_read("a"));
        assert!(state.set_read("a", true).unwrap());
        assert!(!state.set_read("a", true).unwrap());
        assert!(ReadingState::load(&path).is_read("a"));
        state.retain(|id| id != "a").unwrap();
        assert!(!ReadingState::load(&path).is_read("a"));
        std::fs::write(&path, "not json").unwrap();
        assert!(
            !ReadingState::load(&path).is_read("a"),
            "a damaged state is an empty one"
        );
    }
}
