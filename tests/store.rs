//! The store and its index kept in step: seeding, incremental sync, rebuilds, imports that never lose anything.

mod common;

use newsreader::library::{Filter, Library, SyncReport};
use std::fs;

#[test]
fn a_new_store_gets_the_bundled_articles() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("store");
    let library = Library::open(&root).unwrap();
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
    assert!(
        root.join("README-seeds.md").exists(),
        "the licence of the bundled articles goes with them"
    );
    let rows = library.list(&Filter::default()).unwrap();
    assert_eq!(rows.len(), common::BUNDLED_ARTICLES);
    let dates: Vec<&str> = rows.iter().filter_map(|r| r.date.as_deref()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
}

#[test]
fn an_emptied_store_is_not_seeded_again() {
    let dir = tempfile::tempdir().unwrap();
    drop(Library::open(dir.path()).unwrap());
    for entry in fs::read_dir(dir.path()).unwrap().flatten() {
        if entry.path().extension().is_some_and(|e| e == "txt") {
            fs::remove_file(entry.path()).unwrap();
        }
    }
    let library = Library::open(dir.path()).unwrap();
    assert_eq!(library.len(), 0);
}

#[test]
fn sync_finds_new_changed_and_removed_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path()).unwrap();
    assert_eq!(
        library.sync().unwrap(),
        SyncReport::default(),
        "nothing changed, nothing read"
    );

    fs::write(
        dir.path().join("mine.txt"),
        "Zebra crossing opens\n\nA zebra crossing opened today.",
    )
    .unwrap();
    let report = library.sync().unwrap();
    assert_eq!((report.added, report.updated, report.removed), (1, 0, 0));
    let found = library
        .list(&Filter {
            query: Some("zebra".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].title, "Zebra crossing opens");

    // Same size, new content, later modification time: must be seen as changed.
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(
        dir.path().join("mine.txt"),
        "Zebra crossing shuts\n\nA zebra crossing closed today.",
    )
    .unwrap();
    let report = library.sync().unwrap();
    assert_eq!((report.added, report.updated, report.removed), (0, 1, 0));
    let found = library
        .list(&Filter {
            query: Some("zebra".into()),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(found.len(), 1, "the old version is gone");
    assert_eq!(found[0].title, "Zebra crossing shuts");

    fs::remove_file(dir.path().join("mine.txt")).unwrap();
    let report = library.sync().unwrap();
    assert_eq!((report.added, report.updated, report.removed), (0, 0, 1));
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
}

#[test]
fn a_damaged_index_is_rebuilt_from_the_files() {
    let dir = tempfile::tempdir().unwrap();
    drop(Library::open(dir.path()).unwrap());
    let index = dir.path().join(".newsreader/index");
    for entry in fs::read_dir(&index).unwrap().flatten() {
        fs::write(entry.path(), b"garbage").unwrap();
    }
    let library = Library::open(dir.path()).unwrap();
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);

    fs::remove_dir_all(&index).unwrap();
    let library = Library::open(dir.path()).unwrap();
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
}

#[test]
fn a_lost_manifest_means_a_rebuild_without_duplicates() {
    let dir = tempfile::tempdir().unwrap();
    drop(Library::open(dir.path()).unwrap());
    fs::remove_file(dir.path().join(".newsreader/manifest.json")).unwrap();
    let library = Library::open(dir.path()).unwrap();
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
    assert_eq!(
        library.list(&Filter::default()).unwrap().len(),
        common::BUNDLED_ARTICLES
    );
}

/// Makes a new store at `root` and rewrites its manifest as if another extractor (named by `fingerprint`, such as
/// "+extract0123", or none) had built the index; returns the manifest's path and its header as this build writes
/// it.
fn indexed_by_another_extractor(
    root: &std::path::Path,
    fingerprint: &str,
) -> (std::path::PathBuf, String) {
    drop(Library::open(root).unwrap());
    let manifest = root.join(".newsreader/manifest.json");
    let text = fs::read_to_string(&manifest).unwrap();
    let header = text.lines().next().unwrap().to_string();
    let at = header
        .find("+extract")
        .expect("the header names the extractor");
    let older = format!("{}{fingerprint}", &header[..at]);
    fs::write(&manifest, text.replacen(&header, &older, 1)).unwrap();
    (manifest, header)
}

#[test]
fn a_command_reads_another_extractors_index_again_before_it_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (manifest, header) = indexed_by_another_extractor(dir.path(), "+extract0000000000000000");

    let library = Library::open(dir.path()).unwrap();
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
    assert_eq!(
        library.list(&Filter::default()).unwrap().len(),
        common::BUNDLED_ARTICLES,
        "rebuilt without duplicates"
    );
    let rewritten = fs::read_to_string(&manifest).unwrap();
    assert_eq!(rewritten.lines().next(), Some(header.as_str()));
}

#[test]
fn another_extractors_index_is_read_again_a_batch_at_a_time_and_stays_usable() {
    let dir = tempfile::tempdir().unwrap();
    // A build before the extractor fingerprint named none.
    let (manifest, header) = indexed_by_another_extractor(dir.path(), "");

    let mut library = Library::open_without_sync(dir.path()).unwrap();
    assert!(library.extraction_outdated());
    // The old index answers at once.
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
    let files = library.file_count();
    let mut steps = Vec::new();
    while let Some(progress) = library.reextract_step(10).unwrap() {
        assert_eq!(
            library.list(&Filter::default()).unwrap().len(),
            common::BUNDLED_ARTICLES,
            "no article is missing or doubled between batches"
        );
        steps.push(progress.done);
        assert!(steps.len() <= files, "it ends");
    }
    assert_eq!(steps.last(), Some(&files));
    assert!(steps.windows(2).all(|w| w[0] < w[1]), "{steps:?}");
    assert!(!library.extraction_outdated());
    let rewritten = fs::read_to_string(&manifest).unwrap();
    assert_eq!(rewritten.lines().next(), Some(header.as_str()));
    // And the next start has nothing left to do.
    drop(library);
    let mut again = Library::open_without_sync(dir.path()).unwrap();
    assert!(!again.extraction_outdated());
    assert_eq!(again.reextract_step(10).unwrap(), None);
}

#[test]
fn an_interrupted_pass_of_the_new_extractor_goes_on_where_it_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let (manifest, header) = indexed_by_another_extractor(dir.path(), "+extract0123");
    let mut library = Library::open_without_sync(dir.path()).unwrap();
    assert_eq!(library.reextract_step(5).unwrap().map(|p| p.done), Some(5));
    assert_eq!(library.reextract_step(5).unwrap().map(|p| p.done), Some(10));
    drop(library); // the reader quits

    let mut library = Library::open_without_sync(dir.path()).unwrap();
    assert!(library.extraction_outdated());
    assert_eq!(
        library.reextract_step(5).unwrap().map(|p| p.done),
        Some(15),
        "goes on after the tenth file"
    );
    while library.reextract_step(5).unwrap().is_some() {}
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
    let rewritten = fs::read_to_string(&manifest).unwrap();
    assert_eq!(rewritten.lines().next(), Some(header.as_str()));
    assert!(
        !dir.path().join(".newsreader/reextract-progress").exists(),
        "no progress is left once the pass is done"
    );
}

#[test]
fn reindex_rebuilds_everything() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path()).unwrap();
    let report = library.reindex().unwrap();
    assert_eq!(report.added, common::BUNDLED_ARTICLES);
    assert_eq!(library.len(), common::BUNDLED_ARTICLES);
}

#[test]
fn import_keeps_good_files_names_bad_ones_and_touches_nothing_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(&dir.path().join("store")).unwrap();
    let seed_path = dir.path().join("store/000_e23c1adbc54749fb.txt");
    let seed_before = fs::read(&seed_path).unwrap();

    let inbox = dir.path().join("inbox");
    fs::create_dir_all(&inbox).unwrap();
    fs::write(
        inbox.join("good.txt"),
        "Good news\n\nSomething good happened.",
    )
    .unwrap();
    fs::write(inbox.join("empty.txt"), "").unwrap();
    fs::write(inbox.join("binary.txt"), b"\x00\x01\x02").unwrap();
    fs::write(inbox.join("latin1.txt"), b"Caf\xe9\n\nNot UTF-8.").unwrap();
    let report = library.import(std::slice::from_ref(&inbox)).unwrap();
    assert_eq!(report.stored.len(), 1);
    assert_eq!(report.failed.len(), 3, "{:?}", report.failed);
    assert!(report
        .failed
        .iter()
        .any(|f| f.contains("empty.txt") && f.contains("empty")));
    assert!(report
        .failed
        .iter()
        .any(|f| f.contains("binary.txt") && f.contains("binary")));
    assert!(report
        .failed
        .iter()
        .any(|f| f.contains("latin1.txt") && f.contains("UTF-8")));
    assert_eq!(library.len(), common::BUNDLED_ARTICLES + 1);

    // The same file again, and the bundled seed: already there, nothing written twice.
    let again = library
        .import(&[
            inbox.join("good.txt"),
            std::path::PathBuf::from("seeds/000_e23c1adbc54749fb.txt"),
        ])
        .unwrap();
    assert_eq!(again.stored.len(), 0);
    assert_eq!(again.already.len(), 2);
    assert_eq!(library.len(), common::BUNDLED_ARTICLES + 1);
    assert_eq!(fs::read(&seed_path).unwrap(), seed_before);
}

#[test]
fn a_second_instance_reads_while_another_writes() {
    let dir = tempfile::tempdir().unwrap();
    drop(Library::open(dir.path()).unwrap());
    // Another process is writing: it holds the index's writer lock.
    let other =
        newsreader::index::Index::open_or_create(&dir.path().join(".newsreader/index")).unwrap();
    let held = other.writer().unwrap();
    fs::write(dir.path().join("new.txt"), "New story\n\nFresh text.").unwrap();

    let mut library = Library::open(dir.path()).unwrap();
    let reason = library.read_only().expect("opened read-only").to_string();
    assert!(reason.contains("another newsreader"), "{reason}");
    assert_eq!(
        library.len(),
        common::BUNDLED_ARTICLES,
        "what was indexed is readable"
    );
    let err = library.import(&[dir.path().join("new.txt")]).unwrap_err();
    assert!(err.to_string().contains("another newsreader"), "{err}");

    drop(held);
    let library = Library::open(dir.path()).unwrap();
    assert!(library.read_only().is_none());
    assert_eq!(library.len(), common::BUNDLED_ARTICLES + 1);
}

#[test]
fn reading_state_survives_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path()).unwrap();
    let id = newsreader::article::ArticleId(common::SEED_ID.into());
    assert!(!library.is_read(&id));
    library.set_read(&id, true).unwrap();
    let library = Library::open(dir.path()).unwrap();
    assert!(library.is_read(&id));
}
