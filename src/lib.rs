//! newsreader: a terminal news reader that understands the news it shows.
//!
//! Data flows through the modules in this order:
//! - [`ingest`]: bytes in (text files, web pages, feeds, JSON), [`article::Article`] out;
//! - [`extract`]: pure, deterministic extraction of people, places, organisations and quotes;
//! - [`store`]: the folder of article files, the source of truth, and the reading state beside it;
//! - [`index`]: the tantivy index derived from the store, for listing, filtering and search;
//! - [`library`]: the store and its index together, the one API the CLI and the TUI use;
//! - [`cli`] and [`tui`]: the front doors.

pub mod article;
pub mod cli;
pub mod extract;
pub mod feeds;
pub mod fetch;
pub mod index;
pub mod ingest;
pub mod library;
pub mod store;
pub mod tui;
pub mod util;
