//! The `newsreader` binary: parse arguments, run the library, map errors to an exit code.

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = newsreader::cli::Cli::parse();
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
