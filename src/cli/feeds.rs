//! The `feeds` and `refresh` subcommands: subscriptions in the store's feeds.toml, OPML in and out, and a
//! refresh with a progress bar (on a terminal only) and a one-line summary.

use crate::feeds::{self, opml, RefreshEvent, RefreshOptions, Subscriptions};
use crate::fetch::{discover_feed, Client, FetchOptions};
use crate::ingest::{feed::parse_feed, Format};
use crate::library::{Filter, Library};
use anyhow::{bail, Context};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

/// `newsreader feeds …`
#[derive(Debug, Clone, PartialEq, Eq, clap::Subcommand)]
pub enum FeedsCommand {
    /// Subscribe to a feed (or to the feed a web page advertises).
    Add {
        url: String,
        /// The feed's name (its folder under feeds/); defaults to the feed's title.
        #[arg(long)]
        name: Option<String>,
    },
    /// List subscriptions.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Unsubscribe (articles already fetched stay in the store).
    Remove {
        /// The feed's name or URL.
        feed: String,
    },
    /// Subscribe to every feed in an OPML file.
    Import { file: PathBuf },
    /// Print the subscriptions as OPML.
    Export,
}

/// `newsreader refresh …`
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct RefreshArgs {
    /// Refresh only this feed (name or URL).
    pub feed: Option<String>,
    /// Feeds fetched at once.
    #[arg(long, default_value_t = 4)]
    pub jobs: usize,
    /// Seconds allowed for each request.
    #[arg(long, default_value_t = 20)]
    pub timeout: u64,
    /// Keep summary-only items as they are instead of fetching their pages.
    #[arg(long)]
    pub no_full_text: bool,
}

impl Default for RefreshArgs {
    fn default() -> Self {
        RefreshArgs {
            feed: None,
            jobs: 4,
            timeout: 20,
            no_full_text: false,
        }
    }
}

/// Runs a `feeds` subcommand against the store at `store`.
pub fn run_feeds(
    store: &Path,
    command: &FeedsCommand,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    match command {
        FeedsCommand::Add { url, name } => {
            feeds_add(store, url, name.as_deref(), &FetchOptions::default(), out)
        }
        FeedsCommand::List { json } => feeds_list(store, *json, out),
        FeedsCommand::Remove { feed } => feeds_remove(store, feed, out),
        FeedsCommand::Import { file } => feeds_import(store, file, out),
        FeedsCommand::Export => feeds_export(store, out),
    }
    .map(|()| ExitCode::SUCCESS)
}

/// Subscribes to `url`. The feed is fetched once to learn its title (and, for a page, the feed it links to);
/// when it cannot be fetched now, it is added anyway with a warning, so subscribing works offline.
pub fn feeds_add(
    store: &Path,
    url: &str,
    name: Option<&str>,
    fetch: &FetchOptions,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let mut subs = Subscriptions::load(store)?;
    let client = Client::new(fetch.clone());
    let mut url = url.trim().to_string();
    let mut title = None;
    match client.get_body(&url) {
        Ok(body) if body.format() == Format::Feed => {
            match parse_feed(&body.bytes, Some(&body.url), body.charset.as_deref()) {
                Ok(feed) => title = feed.title,
                Err(e) => bail!("{url}: {e}"),
            }
        }
        Ok(page) => match discover_feed(&page) {
            Some(found) => {
                writeln!(out, "{url} is a web page; it links to the feed {found}")?;
                url = found;
                if let Ok(body) = client.get_body(&url) {
                    title = parse_feed(&body.bytes, Some(&body.url), body.charset.as_deref())
                        .ok()
                        .and_then(|f| f.title);
                }
            }
            None => bail!("{url}: not a feed, and the page links to none"),
        },
        Err(e) => eprintln!("warning: could not check the feed now ({e}); subscribing anyway"),
    }
    let added = subs.add(&url, name, title.as_deref())?.clone();
    subs.save(store)?;
    writeln!(out, "Subscribed to \"{}\" ({})", added.name, added.url)?;
    Ok(())
}

/// One line per feed: name, URL, last refresh; or a JSON array with `json`.
pub fn feeds_list(store: &Path, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let subs = Subscriptions::load(store)?;
    if json {
        let rows: Vec<serde_json::Value> = subs
            .feeds
            .iter()
            .map(|f| {
                serde_json::json!({"name": f.name, "url": f.url, "full_text": f.full_text, "last_refresh": f.last_refresh})
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        return Ok(());
    }
    if subs.feeds.is_empty() {
        writeln!(
            out,
            "No feeds yet: add one with `newsreader feeds add URL`."
        )?;
    }
    let width = subs
        .feeds
        .iter()
        .map(|f| f.name.chars().count())
        .max()
        .unwrap_or(0);
    for f in &subs.feeds {
        let refreshed = f.last_refresh.as_deref().unwrap_or("never refreshed");
        writeln!(out, "{:width$}  {}  ({refreshed})", f.name, f.url)?;
    }
    Ok(())
}

pub fn feeds_remove(store: &Path, feed: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut subs = Subscriptions::load(store)?;
    let removed = subs.remove(feed)?;
    subs.save(store)?;
    writeln!(
        out,
        "Unsubscribed from \"{}\"; its articles stay in the store.",
        removed.name
    )?;
    Ok(())
}

/// Subscribes to every feed an OPML file lists; feeds already subscribed are skipped.
pub fn feeds_import(store: &Path, file: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let bytes = std::fs::read(file).with_context(|| format!("{}", file.display()))?;
    let text = crate::ingest::charset::decode(&bytes, None);
    let listed = opml::parse(&text).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let mut subs = Subscriptions::load(store)?;
    let (mut added, mut skipped) = (0, 0);
    for feed in &listed {
        match subs.add(&feed.url, None, feed.title.as_deref()) {
            Ok(_) => added += 1,
            Err(e) => {
                skipped += 1;
                writeln!(out, "skipped: {e}")?;
            }
        }
    }
    subs.save(store)?;
    writeln!(
        out,
        "Imported {added} feeds from {} ({skipped} skipped).",
        file.display()
    )?;
    Ok(())
}

pub fn feeds_export(store: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let subs = Subscriptions::load(store)?;
    out.write_all(opml::export(&subs).as_bytes())?;
    Ok(())
}

/// Refreshes every feed (or the one named), stores new articles, prints failures on stderr and the summary
/// line on `out`. Exit code 1 when any feed failed, 0 otherwise.
pub fn refresh(store: &Path, args: &RefreshArgs, out: &mut dyn Write) -> anyhow::Result<ExitCode> {
    let mut subs = Subscriptions::load(store)?;
    if subs.feeds.is_empty() {
        writeln!(
            out,
            "No feeds to refresh: add one with `newsreader feeds add URL`."
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let selected = match &args.feed {
        Some(key) => {
            let Some(feed) = subs.find(key) else {
                bail!("no feed named or at \"{key}\"")
            };
            vec![feed.clone()]
        }
        None => subs.feeds.clone(),
    };
    let mut library = Library::open(store)?;
    let known = library
        .list(&Filter::default())?
        .into_iter()
        .map(|row| row.id)
        .collect();
    let options = RefreshOptions {
        fetch: FetchOptions {
            timeout: Duration::from_secs(args.timeout.max(1)),
            ..FetchOptions::default()
        },
        threads: args.jobs.max(1),
        full_text: !args.no_full_text,
        known,
        ..RefreshOptions::default()
    };
    let bar = progress_bar(selected.len());
    let fetched = feeds::fetch_feeds(&selected, &options, |event| {
        if let RefreshEvent::Fetched { name, status } = event {
            bar.inc(1);
            bar.set_message(name.clone());
            if let feeds::FeedStatus::Failed(reason) = status {
                bar.println(format!("error: {reason}"));
            }
        }
    });
    bar.finish_and_clear();
    let summary = feeds::store_fetched(&mut library, &mut subs, fetched);
    // Errors already went past the bar; a hidden bar printed nothing, so say them now.
    if bar.is_hidden() {
        for error in &summary.errors {
            eprintln!("error: {error}");
        }
    }
    for warning in &summary.warnings {
        eprintln!("warning: full text not fetched: {warning}");
    }
    subs.save_state(store)?;
    writeln!(out, "{summary}")?;
    Ok(if summary.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// A bar on stderr when it is a terminal; hidden (and silent) otherwise, so pipes and logs stay clean.
fn progress_bar(total: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let style = indicatif::ProgressStyle::with_template(
        "{spinner} [{bar:30}] {pos}/{len} feeds  {wide_msg}",
    )
    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
    .progress_chars("=> ");
    let bar = indicatif::ProgressBar::new(total as u64).with_style(style);
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}
