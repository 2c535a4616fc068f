//! Helpers shared by the integration tests: a temporary store and the binary pointed at it.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::Path;

/// The `newsreader` binary with `--store` set to `store` and no user environment leaking in.
pub fn newsreader(store: &Path) -> Command {
    let mut cmd = Command::cargo_bin("newsreader").expect("binary built");
    cmd.env_remove("NEWSREADER_STORE")
        .env_remove("NEWSREADER_MAX_FILE_BYTES")
        .env_remove("NEWSREADER_MAX_RESPONSE_BYTES")
        .arg("--store")
        .arg(store);
    cmd
}

/// Runs a command that must succeed (its stderr is shown when it does not) and returns its output.
pub fn run_ok(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Creates the store at `store` by listing it once (which writes the bundled articles).
pub fn init_store(store: &Path) {
    run_ok(newsreader(store).arg("list"));
}

/// Parses a command's stdout as JSON.
pub fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    })
}

pub const SEED_ID: &str = "e23c1adbc54749fb";
pub const BUNDLED_ARTICLES: usize = 23;

/// (id, title) of every article `list --json` gives; the listing must succeed.
pub fn listed(store: &Path) -> Vec<(String, String)> {
    let out = newsreader(store).args(["list", "--json"]).output().unwrap();
    assert!(
        out.status.success(),
        "list: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows = json(&out);
    let rows = rows.as_array().expect("an array");
    rows.iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().to_string(),
                r["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}
