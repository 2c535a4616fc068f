//! The command line as scripts use it: JSON shapes, exit codes, one-line errors, closed pipes.

mod common;

use common::{json, newsreader, run_ok, BUNDLED_ARTICLES, SEED_ID};
use predicates::prelude::*;
use std::fs;

#[test]
fn list_json_has_the_stable_fields() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsreader(dir.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows = json(&out);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), BUNDLED_ARTICLES);
    for row in rows {
        let mut keys: Vec<&str> = row
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort();
        assert_eq!(keys, ["date", "id", "people", "places", "source", "title"]);
        assert!(row["people"].is_array() && row["places"].is_array());
    }
}

#[test]
fn show_json_offsets_point_into_text() {
    let dir = tempfile::tempdir().unwrap();
    let out = run_ok(newsreader(dir.path()).args(["show", SEED_ID, "--json"]));
    let doc = json(&out);
    assert_eq!(doc["id"], SEED_ID);
    assert_eq!(
        doc["title"],
        "Rubio says won’t force deal on Ukraine as Europeans join Miami talks"
    );
    assert_eq!(doc["source"], "FMT");
    let text = doc["text"].as_str().unwrap();
    for group in ["people", "places"] {
        for entity in doc[group].as_array().unwrap() {
            assert!(entity["name"].is_string());
            for m in entity["mentions"].as_array().unwrap() {
                let (s, e) = (
                    m["start"].as_u64().unwrap() as usize,
                    m["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[s..e], m["text"].as_str().unwrap());
            }
        }
    }
    for q in doc["quotes"].as_array().unwrap() {
        let (s, e) = (
            q["start"].as_u64().unwrap() as usize,
            q["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&text[s..e], q["text"].as_str().unwrap());
        assert!(q["speaker"].is_string() || q["speaker"].is_null());
    }
}

#[test]
fn show_of_an_unknown_id_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    newsreader(dir.path())
        .args(["show", "00000000000000ff"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("00000000000000ff: no such article")
                .and(predicate::str::is_match("^[^\n]*\n$").unwrap()),
        );
    newsreader(dir.path())
        .args(["show", "nope"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("not an article id"));
}

#[test]
fn import_exit_status_and_errors_name_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let good = dir.path().join("good.txt");
    fs::write(&good, "A good story\n\nIt went well.").unwrap();
    newsreader(&store)
        .arg("import")
        .arg(&good)
        .assert()
        .success()
        .stdout(predicate::str::contains("imported 1"));

    let bad = dir.path().join("bad.txt");
    fs::write(&bad, b"\xff\xfe\x00garbage").unwrap();
    let other = dir.path().join("other.txt");
    fs::write(&other, "Another story\n\nAlso fine.").unwrap();
    newsreader(&store)
        .arg("import")
        .arg(&bad)
        .arg(&other)
        .arg(dir.path().join("missing.txt"))
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("bad.txt: binary data")
                .and(predicate::str::contains("missing.txt:")),
        );
    let out = newsreader(&store)
        .args(["list", "--json", "--query", "story"])
        .output()
        .unwrap();
    assert_eq!(
        json(&out).as_array().unwrap().len(),
        2,
        "the good files of both imports are stored"
    );
}

#[test]
fn extract_raw_json_offsets_are_into_the_exact_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    fs::write(&a, "President Vladimir Putin met Marco Rubio in Miami.\n").unwrap();
    fs::write(&b, "“We are committed,” Umerov wrote.").unwrap();
    let out = newsreader(dir.path())
        .args(["extract", "--raw", "--json"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "one object per file, one per line");
    for (line, file) in lines.iter().zip([&a, &b]) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["file"], file.display().to_string());
        let bytes = fs::read(file).unwrap();
        for group in ["people", "places"] {
            for e in v[group].as_array().unwrap() {
                for m in e["mentions"].as_array().unwrap() {
                    let (s, e) = (
                        m["start"].as_u64().unwrap() as usize,
                        m["end"].as_u64().unwrap() as usize,
                    );
                    assert_eq!(&bytes[s..e], m["text"].as_str().unwrap().as_bytes());
                }
            }
        }
    }
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let dir = tempfile::tempdir().unwrap();
    newsreader(dir.path()).arg("list").assert().success();
    let bin = assert_cmd::cargo::cargo_bin("newsreader");
    let out = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "'{}' --store '{}' list | head -1; exit ${{PIPESTATUS:-0}}",
            bin.display(),
            dir.path().display()
        ))
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn reindex_and_entities_run() {
    let dir = tempfile::tempdir().unwrap();
    newsreader(dir.path())
        .arg("reindex")
        .assert()
        .success()
        .stdout(predicate::str::contains("reindexed 23"));
    let out = newsreader(dir.path())
        .args(["entities", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    for e in json(&out).as_array().unwrap() {
        assert!(["person", "place", "organization"].contains(&e["kind"].as_str().unwrap()));
        assert!(e["articles"].as_u64().unwrap() >= 1);
    }
}

#[test]
fn the_store_comes_from_the_environment_too() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = assert_cmd::Command::cargo_bin("newsreader").unwrap();
    cmd.env("NEWSREADER_STORE", dir.path())
        .args(["list"])
        .assert()
        .success();
    assert!(dir.path().join(".newsreader/manifest.json").exists());
}

#[test]
fn filters_on_the_bundled_store() {
    let dir = tempfile::tempdir().unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        let out = newsreader(dir.path())
            .args(["list", "--json"])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        json(&out)
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        ids(&["--person", "Rubio"]),
        [SEED_ID],
        "an alias finds the article of Marco Rubio"
    );
    assert_eq!(ids(&["--person", "marco rubio"]), [SEED_ID]);
    assert!(ids(&["--place", "Odesa"]).contains(&SEED_ID.to_string()));
    assert!(
        ids(&["--place", "Mecca"]).len() >= 2,
        "two bundled articles are set in Mecca"
    );
    assert_eq!(
        ids(&[
            "--query",
            "ballistic missile",
            "--person",
            "Putin",
            "--place",
            "Miami"
        ]),
        [SEED_ID]
    );
    assert!(ids(&["--query", "stampede", "--person", "Rubio"]).is_empty());
    let out = newsreader(dir.path())
        .args(["list", "--json", "--person", "Rubio"])
        .output()
        .unwrap();
    let row = &json(&out)[0];
    assert!(row["people"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "Marco Rubio"));
    assert!(row["places"]
        .as_array()
        .unwrap()
        .iter()
        .any(|p| p == "Ukraine"));
}

#[test]
fn quotes_by_speaker() {
    let dir = tempfile::tempdir().unwrap();
    let out = newsreader(dir.path())
        .args(["quotes", "--speaker", "putin", "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let quotes = json(&out);
    let quotes = quotes.as_array().unwrap();
    assert!(quotes.len() >= 3, "{quotes:?}");
    for q in quotes {
        assert_eq!(q["speaker"], "Vladimir Putin");
        assert_eq!(q["article"], SEED_ID);
        let mut keys: Vec<&str> = q.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, ["article", "date", "speaker", "text", "title"]);
    }
    assert!(quotes.iter().any(|q| q["text"]
        .as_str()
        .unwrap()
        .starts_with("Our troops are advancing")));
}

#[test]
fn misencoded_accents_are_found_as_typed() {
    // One file spells é as e and a combining accent (NFD), the other as "Ã©", UTF-8 read as Windows-1252
    // (mojibake); a reader types é as one character (NFC).
    for spelt in ["Tre\u{301}vidic", "TrÃ©vidic"] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("trevidic.txt");
        let text = format!(
            "Prosecutor vows to go on\n\n\"We will not stop,\" said Marc {spelt}, a prosecutor.\n"
        );
        fs::write(&file, &text).unwrap();
        let store = dir.path().join("store");
        run_ok(newsreader(&store).args(["import", file.to_str().unwrap()]));
        let titles = |args: &[&str]| -> Vec<String> {
            let out = run_ok(newsreader(&store).args(["list", "--json"]).args(args));
            let rows = json(&out);
            rows.as_array()
                .unwrap()
                .iter()
                .map(|r| r["title"].as_str().unwrap().to_string())
                .collect()
        };
        for args in [
            ["--query", "Trévidic"],
            ["--query", "Tre\u{301}vidic"],
            ["--person", "Marc Trévidic"],
            ["--speaker", "marc trévidic"],
        ] {
            assert_eq!(
                titles(&args),
                ["Prosecutor vows to go on"],
                "{spelt}: {args:?}"
            );
        }
        // The stored file is the user's, byte for byte.
        let stored: Vec<_> = fs::read_dir(&store)
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("prosecutor")
            })
            .collect();
        assert_eq!(stored.len(), 1, "{stored:?}");
        assert_eq!(fs::read_to_string(&stored[0]).unwrap(), text);
    }
}
