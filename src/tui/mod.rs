//! The reader: a three-pane terminal UI over the library (article list, article, sidebar of who and what it
//! mentions), built as a one-way loop: key -> [`action::Action`] -> [`update::update`] -> [`action::Effect`]
//! run by a worker thread -> [`action::Msg`] -> [`update::receive`]. Drawing reads the state only.

pub mod action;
pub mod app;
pub mod cursor;
pub mod keymap;
pub mod layout;
pub mod panes;
pub mod sanitize;
pub mod state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod widgets;
pub mod worker;
pub mod wrap;

use crate::library::Library;

/// Runs the reader until the user quits. The terminal is restored on every exit path, panics included.
/// The refresh key re-reads the store folder; [`run_with`] takes another refresh (fetching feeds).
pub fn run(library: Library) -> anyhow::Result<()> {
    run_with(library, worker::store_refresher())
}

/// Runs the reader with `refresh` behind the refresh key (`r`); it runs on the worker thread with the library,
/// reports progress lines through its callback and returns a one-line summary or an error message.
pub fn run_with(library: Library, refresh: worker::Refresher<Library>) -> anyhow::Result<()> {
    let (keymap, note) = match user_keys_path() {
        Some(path) => keymap::load_user_keymap(&path),
        None => (keymap::Keymap::default(), None),
    };
    app::run(library, refresh, keymap, note)
}

/// Where the user's key file lives: `keys.toml` in the platform's config folder for newsreader
/// (`~/.config/newsreader/keys.toml` on Linux).
pub fn user_keys_path() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("", "", "newsreader").map(|d| d.config_dir().join("keys.toml"))
}
