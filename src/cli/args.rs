//! Command-line arguments (clap derive). Names and flags here are a stable contract for scripts.

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// A terminal news reader that understands the news it shows.
#[derive(Debug, Parser)]
#[command(name = "newsreader", version, about, long_about = None)]
pub struct Cli {
    /// The store folder (default: the platform data folder, e.g. ~/.local/share/newsreader).
    #[arg(long, global = true, env = "NEWSREADER_STORE", value_name = "DIR")]
    pub store: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Import article files, folders, web pages or feeds (paths or http/https URLs) into the store.
    Import {
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<String>,
    },
    /// List articles, newest first; conditions combine.
    List {
        /// Articles that mention this person (canonical name or alias, any case).
        #[arg(long, value_name = "NAME")]
        person: Option<String>,
        /// Articles that mention this place.
        #[arg(long, value_name = "NAME")]
        place: Option<String>,
        /// Articles that mention this organisation.
        #[arg(long = "org", value_name = "NAME")]
        organization: Option<String>,
        /// Articles that quote this speaker.
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        /// Full-text search over title and body (all words must match).
        #[arg(long, value_name = "TEXT")]
        query: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Show one article with its people, places and quotes.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Every person, place and organisation in the store, with article counts.
    Entities {
        #[arg(long)]
        json: bool,
    },
    /// Every quotation in the store, newest first.
    Quotes {
        /// Only quotations of this speaker (canonical name or alias, any case).
        #[arg(long, value_name = "NAME")]
        speaker: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Manage feed subscriptions (kept in <store>/feeds.toml).
    Feeds {
        #[command(subcommand)]
        command: crate::cli::feeds::FeedsCommand,
    },
    /// Fetch every subscribed feed (or one) and store the new articles.
    Refresh(crate::cli::feeds::RefreshArgs),
    /// Rebuild the index from the article files.
    Reindex,
    /// Run the extractor on files, without a store.
    Extract {
        /// Take each file as plain text (offsets into its exact bytes), not as an article.
        #[arg(long)]
        raw: bool,
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
}
