//! The store: a folder of article files, the user's own and the source of truth.
//!
//! Layout: article files anywhere below the root (`.txt`, `.md`, `.html`, `.json`, `.jsonl`); fetched articles
//! under `feeds/<feed>/`; derived data (index, manifest, reading state) under `.newsreader/`, rebuildable.

pub mod manifest;
pub mod seeds;
pub mod state;

use crate::article::ArticleId;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// Name of the folder of derived data inside the store.
pub const STATE_DIR: &str = ".newsreader";

/// Article file extensions the store reads.
const EXTENSIONS: [&str; 10] = [
    "txt", "md", "markdown", "html", "htm", "json", "jsonl", "xml", "rss", "atom",
];

/// One article file found by [`Store::scan`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// Path relative to the store root, with `/` separators.
    pub rel: String,
    pub size: u64,
    pub mtime_ns: i128,
}

/// A file's modification time in nanoseconds since 1970 (0 when the system cannot tell).
pub fn mtime_ns(meta: &fs::Metadata) -> i128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128)
}

/// The folder of article files.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
}

impl Store {
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    /// The platform's data folder for newsreader (`~/.local/share/newsreader` on Linux).
    pub fn default_root() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "newsreader").map(|d| d.data_dir().to_path_buf())
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn state_dir(&self) -> PathBuf {
        self.root.join(STATE_DIR)
    }

    pub fn path_of(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    /// Every article file below the root, sorted by path. Hidden entries, the state folder, symbolic links to
    /// folders (a loop must not hang the scan) and licence/readme files are skipped. Unreadable folders are
    /// reported in `problems` and skipped.
    pub fn scan(&self, problems: &mut Vec<String>) -> Vec<FileEntry> {
        let mut out = Vec::new();
        let mut stack = vec![self.root.clone()];
        while let Some(dir) = stack.pop() {
            let entries = match fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) => {
                    if dir != self.root || e.kind() != std::io::ErrorKind::NotFound {
                        problems.push(format!("{}: {e}", dir.display()));
                    }
                    continue;
                }
            };
            for entry in entries.flatten() {
                let name = entry.file_name();
                let name = name.to_string_lossy();
                if name.starts_with('.') {
                    continue;
                }
                let path = entry.path();
                let Ok(meta) = fs::symlink_metadata(&path) else {
                    continue;
                };
                if meta.is_dir() {
                    stack.push(path);
                    continue;
                }
                // Follow a link to a file, never a link to a folder.
                let meta = if meta.file_type().is_symlink() {
                    match fs::metadata(&path) {
                        Ok(m) if m.is_file() => m,
                        _ => continue,
                    }
                } else {
                    meta
                };
                if !meta.is_file() || !is_article_file(&name) {
                    continue;
                }
                let Ok(rel) = path.strip_prefix(&self.root) else {
                    continue;
                };
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                let mtime_ns = mtime_ns(&meta);
                out.push(FileEntry {
                    rel,
                    size: meta.len(),
                    mtime_ns,
                });
            }
        }
        out.sort_by(|a, b| a.rel.cmp(&b.rel));
        out
    }

    /// Writes the bundled articles into the store. Existing files are left alone.
    pub fn write_seeds(&self) -> std::io::Result<usize> {
        fs::create_dir_all(&self.root)?;
        let mut written = 0;
        for (name, bytes) in seeds::SEEDS {
            let name = if *name == "README.md" {
                "README-seeds.md"
            } else {
                name
            };
            if write_new(&self.root.join(name), bytes)? {
                written += 1;
            }
        }
        Ok(written)
    }
}

/// Whether a file name is an article the store reads (by extension; readme and licence files are not).
pub fn is_article_file(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    if ["readme", "license", "licence", "notice", "copying"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return false;
    }
    Path::new(&lower)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e))
}

/// The id an article file carries in its name (`anything_<16 hex>.ext` or `<16 hex>.ext`), or one derived
/// from its path.
pub fn file_id(rel: &str) -> ArticleId {
    let stem = Path::new(rel)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("");
    let tail = stem.rsplit('_').next().unwrap_or(stem);
    ArticleId::parse(tail).unwrap_or_else(|| ArticleId::from_key(rel.as_bytes()))
}

/// A file-name-safe slug of a title: lower-case ASCII words joined by `-`, at most 60 characters.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for word in title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if out.len() + word.len() + 1 > 60 {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&word.to_ascii_lowercase());
    }
    if out.is_empty() {
        out.push_str("article");
    }
    out
}

/// Writes `bytes` to `path` only if no file is there: written to a temporary file, synced, then linked into
/// place, so a crash leaves either nothing or the whole file, and an existing file is never replaced.
/// Returns false when the file already existed.
pub fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<bool> {
    if path.exists() {
        return Ok(false);
    }
    let tmp = write_temp(path, bytes)?;
    let result = fs::hard_link(&tmp, path);
    let _ = fs::remove_file(&tmp);
    match result {
        Ok(()) => {
            sync_dir(path);
            Ok(true)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e),
    }
}

/// Writes `bytes` to `path`, replacing what is there atomically (temporary file, sync, rename).
pub fn write_replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = write_temp(path, bytes)?;
    if let Err(e) = fs::rename(&tmp, path) {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    sync_dir(path);
    Ok(())
}

fn write_temp(path: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut file = fs::File::create(&tmp)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(tmp)
}

fn sync_dir(path: &Path) {
    if let Some(dir) = path.parent() {
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_from_file_names() {
        assert_eq!(
            file_id("000_e23c1adbc54749fb.txt").as_str(),
            "e23c1adbc54749fb"
        );
        assert_eq!(
            file_id("feeds/bbc/some-title_00112233aabbccdd.txt").as_str(),
            "00112233aabbccdd"
        );
        let derived = file_id("my notes.txt");
        assert_eq!(derived, ArticleId::from_key(b"my notes.txt"));
    }

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Rubio says won’t force deal!"),
            "rubio-says-won-t-force-deal"
        );
        assert_eq!(slug("“…”"), "article");
        assert!(slug(&"word ".repeat(40)).len() <= 60);
    }

    #[test]
    fn article_files() {
        assert!(is_article_file("a.txt"));
        assert!(is_article_file("B.HTML"));
        assert!(!is_article_file("README.md"));
        assert!(!is_article_file("README-seeds.md"));
        assert!(!is_article_file("feeds.toml"));
        assert!(!is_article_file("photo.jpg"));
    }

    #[test]
    fn write_new_never_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        assert!(write_new(&path, b"one").unwrap());
        assert!(!write_new(&path, b"two").unwrap());
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_replace(&path, b"three").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"three");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left behind"
        );
    }

    #[test]
    fn scan_skips_state_links_and_readmes() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join(".newsreader/index")).unwrap();
        fs::write(root.join(".newsreader/x.txt"), "x").unwrap();
        fs::create_dir_all(root.join("feeds/bbc")).unwrap();
        fs::write(root.join("feeds/bbc/a_00112233aabbccdd.txt"), "T\n\nBody.").unwrap();
        fs::write(root.join("b.txt"), "T\n\nBody.").unwrap();
        fs::write(root.join("README.md"), "readme").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink(root, root.join("loop")).unwrap();
        let store = Store::new(root);
        let files: Vec<String> = store
            .scan(&mut Vec::new())
            .into_iter()
            .map(|f| f.rel)
            .collect();
        assert_eq!(files, ["b.txt", "feeds/bbc/a_00112233aabbccdd.txt"]);
    }
}
