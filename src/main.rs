//! The `newsreader` binary: parse arguments, run the library, map errors to an exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = newsreader::cli::Cli::parse();
    // Read the size limits now, so a bad value is reported before any screen is drawn.
    newsreader::ingest::max_article_bytes();
    newsreader::fetch::max_response_bytes();
    match newsreader::cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            let message = format!("{e:#}");
            eprintln!(
                "newsreader: {}",
                newsreader::util::sanitize(&message, false)
            );
            ExitCode::from(2)
        }
    }
}
