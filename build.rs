//! Fingerprints the extractor (its sources and the models and gazetteers it embeds) so that an index built by
//! another extractor is rebuilt: the entities and quotes stored in the index are the extractor's output, and a
//! newer build must not keep showing what an older one found.

use std::fs;
use std::path::{Path, PathBuf};

/// The folders whose contents decide what the extractor finds.
const EXTRACTOR_INPUTS: &[&str] = &["src/extract", "assets"];

fn main() {
    let root = PathBuf::from(
        std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    );
    let mut files = Vec::new();
    for dir in EXTRACTOR_INPUTS {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    // FNV-1a over each file's relative path (with '/' separators) and bytes.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in &files {
        let rel = file.strip_prefix(&root).unwrap_or(file);
        let rel: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        feed(rel.join("/").as_bytes());
        feed(&[0]);
        let bytes =
            fs::read(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        feed(&bytes);
        feed(&[0]);
    }
    println!("cargo:rustc-env=NR_EXTRACTOR_FINGERPRINT={hash:016x}");
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}
