//! The `feeds` and `refresh` subcommands: subscriptions in the store's feeds.toml, OPML in and out, and a
//! refresh with a progress bar (on a terminal only) and a one-line summary.

use crate::feeds::{self, opml, valid_name, RefreshEvent, RefreshOptions, Subscriptions};
use crate::fetch::{discover_feed, import, Client, FetchOptions};
use crate::ingest::{feed::parse_feed, Format};
use crate::library::{Filter, Library, StoreOutcome};
use crate::util::sanitize;
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

/// Runs a `feeds` subcommand against the store at `store` (the library's root).
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
    let mut out = Lines::new(out);
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
                out.line(&format!(
                    "{url} is a web page; it links to the feed {found}"
                ))?;
                url = found;
                match client
                    .get_body(&url)
                    .map(|body| parse_feed(&body.bytes, Some(&body.url), body.charset.as_deref()))
                {
                    Ok(Ok(feed)) => title = feed.title,
                    Ok(Err(e)) => warn(&format!("{url}: {e}; subscribing anyway")),
                    Err(e) => warn(&format!(
                        "could not check the feed now ({e}); subscribing anyway"
                    )),
                }
            }
            None => bail!("{url}: not a feed, and the page links to none"),
        },
        Err(e) => warn(&format!(
            "could not check the feed now ({e}); subscribing anyway"
        )),
    }
    let added = subs.add(&url, name, title.as_deref())?.clone();
    subs.save(store)?;
    out.line(&format!("Subscribed to \"{}\" ({})", added.name, added.url))?;
    Ok(())
}

/// One line per feed: name, URL, last refresh; or a JSON array with `json`.
pub fn feeds_list(store: &Path, json: bool, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut out = Lines::new(out);
    let subs = Subscriptions::load(store)?;
    if json {
        let rows: Vec<serde_json::Value> = subs
            .feeds
            .iter()
            .map(|f| {
                serde_json::json!({
                    "name": f.name,
                    "url": f.url,
                    "full_text": f.full_text,
                    "last_refresh": f.last_refresh,
                })
            })
            .collect();
        // JSON escapes control characters itself.
        out.raw(&serde_json::to_string_pretty(&rows)?)?;
        return Ok(());
    }
    if subs.feeds.is_empty() {
        out.line("No feeds yet: add one with `newsreader feeds add URL`.")?;
    }
    let width = subs
        .feeds
        .iter()
        .map(|f| f.name.chars().count())
        .max()
        .unwrap_or(0);
    for f in &subs.feeds {
        let refreshed = f.last_refresh.as_deref().unwrap_or("never refreshed");
        out.line(&format!("{:width$}  {}  ({refreshed})", f.name, f.url))?;
    }
    Ok(())
}

/// Unsubscribes; the feed's articles stay in the store.
pub fn feeds_remove(store: &Path, feed: &str, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut subs = Subscriptions::load(store)?;
    let removed = subs.remove(feed)?;
    subs.save(store)?;
    Lines::new(out).line(&format!(
        "Unsubscribed from \"{}\"; its articles stay in the store.",
        removed.name
    ))?;
    Ok(())
}

/// Subscribes to every feed an OPML file lists; feeds already subscribed are skipped.
pub fn feeds_import(store: &Path, file: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut out = Lines::new(out);
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
                out.line(&format!("skipped: {e}"))?;
            }
        }
    }
    subs.save(store)?;
    out.line(&format!(
        "Imported {added} feeds from {} ({skipped} skipped).",
        file.display()
    ))?;
    Ok(())
}

/// Prints the subscriptions as OPML.
pub fn feeds_export(store: &Path, out: &mut dyn Write) -> anyhow::Result<()> {
    let subs = Subscriptions::load(store)?;
    // feeds.toml is edited by hand, so a name could hold anything: keep the lines, drop control characters.
    Lines::new(out).raw(&sanitize(opml::export(&subs).trim_end(), true))?;
    Ok(())
}

/// Refreshes every feed (or the one named), stores new articles, prints failures on stderr and the summary
/// line on `out`. Exit code 1 when any feed failed, 0 otherwise.
pub fn refresh(
    library: &mut Library,
    args: &RefreshArgs,
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let mut out = Lines::new(out);
    if let Some(reason) = library.read_only() {
        bail!("cannot refresh now: {reason}");
    }
    let store = library.root().to_path_buf();
    let mut subs = Subscriptions::load(&store)?;
    if subs.feeds.is_empty() {
        out.line("No feeds to refresh: add one with `newsreader feeds add URL`.")?;
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
            bar.set_message(sanitize(&name, false).into_owned());
            if let feeds::FeedStatus::Failed(reason) = status {
                bar.println(format!("newsreader: {}", sanitize(&reason, false)));
            }
        }
    });
    bar.finish_and_clear();
    let summary = feeds::store_fetched(library, &mut subs, fetched);
    // On a terminal the errors went past the bar as they came; otherwise say them now.
    if bar.is_hidden() {
        for error in &summary.errors {
            warn(error);
        }
    }
    for warning in &summary.warnings {
        warn(&format!("full text not fetched: {warning}"));
    }
    subs.save_state(&store)?;
    out.line(&summary.to_string())?;
    Ok(if summary.failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `newsreader import URL…`: fetches each page or feed (summary-only items completed from their pages) and
/// stores the articles under `feeds/web/` for pages, `feeds/<feed title>/` for feeds. Exit code 1 when any
/// URL failed.
pub fn import_urls(
    library: &mut Library,
    urls: &[String],
    out: &mut dyn Write,
) -> anyhow::Result<ExitCode> {
    let mut out = Lines::new(out);
    if let Some(reason) = library.read_only() {
        bail!("cannot import now: {reason}");
    }
    let client = Client::new(FetchOptions::default());
    let mut failed = 0;
    for url in urls {
        let imported = match import(&client, url, true) {
            Ok(imported) => imported,
            Err(e) => {
                failed += 1;
                warn(&e.to_string());
                continue;
            }
        };
        for warning in &imported.warnings {
            warn(&format!("full text not fetched: {warning}"));
        }
        let folder = match (imported.is_feed, imported.feed_title.as_deref()) {
            (true, Some(title)) => valid_name(title).unwrap_or_else(|| "web".to_string()),
            _ => "web".to_string(),
        };
        let articles = imported.articles;
        let outcomes = library.store_articles(&folder, articles)?;
        let new = outcomes
            .iter()
            .filter(|o| matches!(o, StoreOutcome::New(_)))
            .count();
        out.line(&format!(
            "{url}: {} article(s), {new} new, in feeds/{folder}",
            outcomes.len()
        ))?;
    }
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// A warning or error on stderr, one line, safe for the terminal.
fn warn(message: &str) {
    eprintln!("newsreader: {}", sanitize(message, false));
}

/// Lines to stdout (or any writer): untrusted text made terminal-safe, a closed pipe ending output quietly.
struct Lines<'a> {
    out: &'a mut dyn Write,
    closed: bool,
}

impl<'a> Lines<'a> {
    fn new(out: &'a mut dyn Write) -> Lines<'a> {
        Lines { out, closed: false }
    }

    fn line(&mut self, text: &str) -> std::io::Result<()> {
        self.raw(&sanitize(text, false))
    }

    fn raw(&mut self, text: &str) -> std::io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match writeln!(self.out, "{text}") {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other,
        }
    }
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
