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
