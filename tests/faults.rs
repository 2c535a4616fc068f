//! Faults: an import or a reindex killed with SIGKILL mid-way, writes that fail (file size limit, read-only
//! store). Afterwards the store opens, holds every article stored before, and a re-run completes without
//! duplicates.

mod common;

use common::{init_store, json, listed, newsreader, run_ok, BUNDLED_ARTICLES};
use std::collections::HashSet;
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Articles in the folder that is imported and killed.
const ARTICLES: usize = 300;

fn article(n: usize) -> String {
    format!("Fault article {n:04}\n\nBody of fault article number {n:04}, written to be killed mid-way.\n")
}

fn write_articles(dir: &Path, count: usize) {
    fs::create_dir_all(dir).unwrap();
    for n in 0..count {
        fs::write(dir.join(format!("a{n:04}.txt")), article(n)).unwrap();
    }
}

fn spawn(store: &Path, args: &[&str], extra: Option<&Path>) -> Child {
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("newsreader"));
    cmd.env_remove("NEWSREADER_STORE")
        .arg("--store")
        .arg(store)
        .args(args);
    if let Some(p) = extra {
        cmd.arg(p);
    }
    cmd.stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Article files of the fault folder already in the store.
fn stored_fault_files(store: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(store)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("fault-article-") && n.ends_with(".txt"))
        .collect();
    names.sort();
    names
}

/// Kills `child` with SIGKILL once `ready` holds (or it has exited). Returns whether it was still running.
fn kill_when(mut child: Child, ready: impl Fn() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        if ready() {
            child.kill().unwrap(); // SIGKILL on Unix
            child.wait().unwrap();
            return true;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("the child neither finished nor reached the kill point in 30 s");
}

/// Every stored article file of the folder is whole and listed, and is listed once.
fn check_nothing_lost(store: &Path, files: &[String]) {
    let rows = listed(store);
    let ids: HashSet<&str> = rows.iter().map(|(id, _)| id.as_str()).collect();
    for name in files {
        let bytes = fs::read(store.join(name)).unwrap();
        let n: usize = name["fault-article-".len()..][..4].parse().unwrap();
        assert_eq!(bytes, article(n).as_bytes(), "{name} is whole");
        let id = newsreader::store::file_id(name);
        assert!(
            ids.contains(id.as_str()),
            "{name} stored before the kill is listed"
        );
    }
    let titles: Vec<&str> = rows.iter().map(|(_, t)| t.as_str()).collect();
    let unique: HashSet<&&str> = titles.iter().collect();
    assert_eq!(unique.len(), titles.len(), "no article listed twice");
}

#[test]
fn import_and_reindex_killed_mid_way_lose_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let folder = tmp.path().join("in");
    let store = tmp.path().join("store");
    write_articles(&folder, ARTICLES);
    init_store(&store);

    let child = spawn(&store, &["import"], Some(&folder));
    let killed = kill_when(child, || stored_fault_files(&store).len() >= 20);
    let before = stored_fault_files(&store);
    if killed {
        assert!(before.len() < ARTICLES, "killed mid-way");
    } else {
        eprintln!("note: the import finished before the kill point; checking the store anyway");
    }
    check_nothing_lost(&store, &before);

    // Re-running completes, and every article is there once.
    run_ok(newsreader(&store).arg("import").arg(&folder));
    let all = stored_fault_files(&store);
    assert_eq!(all.len(), ARTICLES);
    check_nothing_lost(&store, &all);
    assert_eq!(listed(&store).len(), BUNDLED_ARTICLES + ARTICLES);

    // Reindex killed at several points: after each, the store opens with every article.
    for delay_ms in [5, 30, 80, 200] {
        let child = spawn(&store, &["reindex"], None);
        let start = Instant::now();
        let killed = kill_when(child, || start.elapsed() >= Duration::from_millis(delay_ms));
        if !killed {
            eprintln!("note: reindex finished before {delay_ms} ms");
        }
        check_nothing_lost(&store, &all);
        assert_eq!(
            listed(&store).len(),
            BUNDLED_ARTICLES + ARTICLES,
            "after a reindex killed at {delay_ms} ms"
        );
    }
    run_ok(newsreader(&store).arg("reindex"));
    assert_eq!(listed(&store).len(), BUNDLED_ARTICLES + ARTICLES);
}

/// Whether writing into `dir` is really refused (it is not for root, whom permissions do not stop).
fn write_refused(dir: &Path) -> bool {
    let probe = dir.join(".write-probe");
    let refused = fs::write(&probe, b"x").is_err();
    let _ = fs::remove_file(&probe);
    refused
}

#[cfg(unix)]
#[test]
fn a_read_only_store_gives_a_clear_error_and_loses_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    init_store(&store);
    let new = tmp.path().join("new.txt");
    fs::write(&new, "A read-only story\n\nIt cannot be stored.\n").unwrap();

    fs::set_permissions(&store, fs::Permissions::from_mode(0o555)).unwrap();
    if !write_refused(&store) {
        fs::set_permissions(&store, fs::Permissions::from_mode(0o755)).unwrap();
        eprintln!("note: running as root, a read-only folder is still writable: read-only store test skipped");
        return;
    }
    let out = newsreader(&store).arg("import").arg(&new).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    fs::set_permissions(&store, fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    let line = stderr
        .lines()
        .find(|l| l.contains("new.txt"))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(line.contains("ermission denied"), "{line}");
    assert_eq!(listed(&store).len(), BUNDLED_ARTICLES, "nothing lost");
    newsreader(&store)
        .arg("import")
        .arg(&new)
        .assert()
        .success();
    assert_eq!(listed(&store).len(), BUNDLED_ARTICLES + 1);
}

/// A write that fails part-way (the process's file size limit, as a full disk would) is a clear error; the
/// articles stored before stay, and once space is back the import completes. `ulimit -f` needs no privilege,
/// unlike mounting a small file system.
#[cfg(unix)]
#[test]
fn a_failing_write_gives_a_clear_error_and_loses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    let folder = tmp.path().join("in");
    write_articles(&folder, 3);
    // Larger than the limit below, whatever its unit (512 or 1024 bytes).
    let mut big = String::from("Fault article 9999\n\n");
    while big.len() < 300_000 {
        big.push_str("A long paragraph of a very big article that does not fit on the disk. ");
    }
    fs::write(folder.join("big.txt"), &big).unwrap();
    init_store(&store);

    let bin = assert_cmd::cargo::cargo_bin("newsreader");
    // An ignored SIGXFSZ stays ignored across exec, so the write fails with EFBIG instead of killing.
    let script = format!(
        "trap '' XFSZ; ulimit -f 128; exec '{}' --store '{}' import '{}'",
        bin.display(),
        store.display(),
        folder.display()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .env_remove("NEWSREADER_STORE")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_ne!(
        out.status.code(),
        Some(0),
        "the big file cannot be written: {stderr}"
    );
    assert!(
        out.status.code().is_some(),
        "ended by a signal: {:?}",
        out.status
    );
    let line = stderr
        .lines()
        .find(|l| l.contains("big.txt"))
        .unwrap_or_else(|| panic!("{stderr}"));
    assert!(
        line.contains("too large") || line.contains("File too large"),
        "{line}"
    );
    assert!(
        !stored_fault_files(&store)
            .iter()
            .any(|n| n.contains("9999")),
        "no partial file of the big article"
    );
    let rows = listed(&store);
    assert_eq!(
        rows.len(),
        BUNDLED_ARTICLES + 3,
        "the small ones are stored, nothing lost"
    );

    run_ok(newsreader(&store).arg("import").arg(&folder));
    assert_eq!(listed(&store).len(), BUNDLED_ARTICLES + 4);
}

/// A store whose index cannot be updated (here: a new article file larger than the process may write, as on a
/// full disk) still opens and lists what is indexed, with a warning; nothing is lost, and it catches up later.
#[cfg(unix)]
#[test]
fn a_store_whose_index_cannot_be_updated_opens_read_only() {
    let tmp = tempfile::tempdir().unwrap();
    let store = tmp.path().join("store");
    init_store(&store);
    let mut big = String::from("A very big article\n\n");
    while big.len() < 2_000_000 {
        big.push_str(
            "Incompressible? No, but the index stores it: many words of a long article body. ",
        );
    }
    fs::write(store.join("big.txt"), &big).unwrap();

    let bin = assert_cmd::cargo::cargo_bin("newsreader");
    let script = format!(
        "trap '' XFSZ; ulimit -f 128; exec '{}' --store '{}' list --json",
        bin.display(),
        store.display()
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .env_remove("NEWSREADER_STORE")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "opens anyway: {stderr}");
    assert!(stderr.contains("read-only"), "says why: {stderr}");
    assert_eq!(
        json(&out).as_array().unwrap().len(),
        BUNDLED_ARTICLES,
        "what was indexed is listed"
    );

    assert_eq!(
        listed(&store).len(),
        BUNDLED_ARTICLES + 1,
        "without the limit it catches up"
    );
}
