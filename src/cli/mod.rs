//! The command line: parse arguments, run one subcommand, report errors as one line each.

pub mod args;
pub mod feeds;
pub mod output;

use crate::article::ArticleId;
use crate::library::{Filter, Library};
use crate::store::Store;
use crate::util::sanitize;
use anyhow::{anyhow, Context, Result};
pub use args::{Cli, Command};
use output::Out;
use std::path::PathBuf;
use std::process::ExitCode;

/// Runs the parsed command line. Errors are printed by the caller; `Ok(ExitCode)` carries partial failure.
pub fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Some(Command::Extract { raw, json, files }) => extract(raw, json, &files),
        None => {
            let root = store_root(cli.store)?;
            let library = Library::open_without_sync(&root)
                .with_context(|| format!("cannot open the store at {}", root.display()))?;
            crate::tui::run_with(library, feeds_refresher())?;
            Ok(ExitCode::SUCCESS)
        }
        Some(command) => {
            let library = open(cli.store)?;
            run_with_library(library, command)
        }
    }
}

/// The reader's refresh key: fetch the subscribed feeds (several at once) and store each group as it arrives, so
/// new articles show up while the rest are still fetched; then re-read the store folder for files added by
/// hand. Runs on the reader's worker thread; progress goes to the status line.
fn feeds_refresher() -> crate::tui::worker::Refresher<Library> {
    use crate::feeds::{
        fetch_feeds, store_fetched, FeedStatus, RefreshEvent, RefreshOptions, Subscriptions,
    };
    use crate::tui::worker::RefreshNote;
    Box::new(|library, progress| {
        let root = library.root().to_path_buf();
        let mut subs = Subscriptions::load(&root).map_err(|e| e.to_string())?;
        let options = RefreshOptions::default();
        let total = subs.feeds.len();
        let (mut new, mut updated, mut failed) = (0, 0, 0);
        let mut first_error = None;
        let mut done = 0;
        let group_size = options.threads.max(1);
        let groups: Vec<Vec<_>> = subs.feeds.chunks(group_size).map(<[_]>::to_vec).collect();
        for group in groups {
            let fetched = fetch_feeds(&group, &options, |event| {
                if let RefreshEvent::Fetched { name, status } = event {
                    done += 1;
                    let what = match status {
                        FeedStatus::NotModified => "not modified".to_string(),
                        FeedStatus::Items(n) => format!("{n} item(s)"),
                        FeedStatus::Failed(reason) => format!("failed: {reason}"),
                    };
                    progress(RefreshNote::Progress(format!(
                        "[{done}/{total}] {name}: {what}"
                    )));
                }
            });
            let summary = store_fetched(library, &mut subs, fetched);
            new += summary.new;
            updated += summary.updated;
            failed += summary.failed;
            first_error = first_error.or_else(|| summary.errors.first().cloned());
            if summary.new + summary.updated > 0 {
                progress(RefreshNote::Stored(format!(
                    "[{done}/{total}] {new} new, {updated} updated so far"
                )));
            }
        }
        if total > 0 {
            subs.save_state(&root).map_err(|e| e.to_string())?;
        }
        let report = library.sync().map_err(|e| format!("refresh failed: {e}"))?;
        if total == 0 {
            return Ok(format!(
                "no feeds (add one with `newsreader feeds add URL`); store re-read: {} new",
                report.added
            ));
        }
        let mut summary = format!("{total} feed(s): {new} new, {updated} updated, {failed} failed");
        if let Some(error) = first_error {
            summary.push_str(&format!(" ({error})"));
        }
        Ok(summary)
    })
}

fn store_root(store: Option<PathBuf>) -> Result<PathBuf> {
    store
        .or_else(Store::default_root)
        .ok_or_else(|| anyhow!("no home folder found: give the store with --store DIR"))
}

fn open(store: Option<PathBuf>) -> Result<Library> {
    let root = store_root(store)?;
    let context = || format!("cannot open the store at {}", root.display());
    let mut library = Library::open_without_sync(&root).with_context(context)?;
    if library.extraction_outdated() {
        err_line(&format!(
            "this version finds people, places and quotes differently: reading the {} of {} again (once)",
            crate::util::count(library.file_count(), "article file"),
            root.display()
        ));
    }
    library.bring_up_to_date().with_context(context)?;
    if let Some(reason) = library.read_only() {
        err_line(&format!("warning: {reason}"));
    }
    Ok(library)
}

fn err_line(message: &str) {
    eprintln!("newsreader: {}", sanitize(message, false));
}

fn run_with_library(mut library: Library, command: Command) -> Result<ExitCode> {
    let mut out = Out::new();
    let code = match command {
        Command::Feeds { command } => {
            out.finish()?;
            return feeds::run_feeds(library.root(), &command, &mut std::io::stdout().lock());
        }
        Command::Refresh(args) => {
            out.finish()?;
            return feeds::refresh(&mut library, &args, &mut std::io::stdout().lock());
        }
        Command::Import { paths } => {
            let (urls, paths): (Vec<String>, Vec<String>) = paths
                .into_iter()
                .partition(|p| p.starts_with("http://") || p.starts_with("https://"));
            let mut failed = false;
            if !urls.is_empty() {
                let code = feeds::import_urls(&mut library, &urls, &mut std::io::stdout().lock())?;
                failed |= code != ExitCode::SUCCESS;
            }
            if !paths.is_empty() {
                let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
                let report = library.import(&paths)?;
                for failure in &report.failed {
                    err_line(failure);
                }
                out.line(&format!(
                    "imported {} article file(s); {} already in the store; {} refused",
                    report.stored.len(),
                    report.already.len(),
                    report.failed.len()
                ))?;
                failed |= !report.failed.is_empty();
            }
            if failed {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            }
        }
        Command::List {
            person,
            place,
            organization,
            speaker,
            query,
            json,
        } => {
            let filter = Filter {
                query,
                person,
                place,
                organization,
                speaker,
            };
            let rows = library.list(&filter)?;
            if json {
                out.json(&rows)?;
            } else {
                for row in &rows {
                    out.line(&sanitize(
                        &format!(
                            "{}  {:<10}  {:<12}  {}",
                            row.id,
                            row.date
                                .as_deref()
                                .map(|d| d.get(..10).unwrap_or(d))
                                .unwrap_or("-"),
                            truncate(row.source.as_deref().unwrap_or("-"), 12),
                            row.title
                        ),
                        false,
                    ))?;
                }
            }
            ExitCode::SUCCESS
        }
        Command::Show { id, json } => {
            let parsed = ArticleId::parse(&id)
                .ok_or_else(|| anyhow!("{id}: not an article id (16 hex digits)"))?;
            let doc = library
                .document(&parsed)?
                .ok_or_else(|| anyhow!("{id}: no such article in the store"))?;
            if json {
                out.json(&output::document_json(&doc))?;
            } else {
                show_text(&mut out, &doc)?;
            }
            ExitCode::SUCCESS
        }
        Command::Entities { json } => {
            let entities = library.entities()?;
            if json {
                out.json(&entities)?;
            } else {
                for e in &entities {
                    out.line(&sanitize(
                        &format!("{:>5}  {:<12}  {}", e.articles, e.kind.label(), e.name),
                        false,
                    ))?;
                }
            }
            ExitCode::SUCCESS
        }
        Command::Quotes { speaker, json } => {
            let quotes = library.quotes(speaker.as_deref())?;
            if json {
                out.json(&quotes)?;
            } else {
                for q in &quotes {
                    let who = q.speaker.as_deref().unwrap_or("(unattributed)");
                    out.line(&sanitize(
                        &format!("{who}: “{}” ({}, {})", q.text, q.title, q.article),
                        false,
                    ))?;
                }
            }
            ExitCode::SUCCESS
        }
        Command::Reindex => {
            let report = library.reindex()?;
            for failure in &report.failed {
                err_line(failure);
            }
            out.line(&format!("reindexed {} article(s)", library.len()))?;
            ExitCode::SUCCESS
        }
        Command::Extract { .. } => unreachable!("handled without a store"),
    };
    out.finish()?;
    Ok(code)
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn show_text(out: &mut Out, doc: &crate::article::Document) -> Result<()> {
    use crate::article::EntityKind;
    let a = &doc.article;
    out.line(&sanitize(&a.title, false))?;
    let meta: Vec<&str> = [a.source.as_deref(), a.date.as_deref(), a.url.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        out.line(&sanitize(&meta.join(" · "), false))?;
    }
    out.line("")?;
    out.line(&sanitize(&a.text, true))?;
    for (kind, heading) in [
        (EntityKind::Person, "People"),
        (EntityKind::Place, "Places"),
        (EntityKind::Organization, "Organisations"),
    ] {
        let names: Vec<String> = doc
            .extraction
            .of_kind(kind)
            .map(|e| format!("{} ({})", e.name, e.mentions.len()))
            .collect();
        if !names.is_empty() {
            out.line("")?;
            out.line(&sanitize(
                &format!("{heading}: {}", names.join(", ")),
                false,
            ))?;
        }
    }
    let quotations: Vec<_> = doc.extraction.quotations(&a.text).collect();
    if !quotations.is_empty() {
        out.line("")?;
        out.line("Quotes:")?;
        for q in quotations {
            let who = q.speaker.as_deref().unwrap_or("(unattributed)");
            out.line(&sanitize(
                &format!("  {who}: “{}”", q.span.slice(&a.text)),
                false,
            ))?;
        }
    }
    Ok(())
}

/// `extract`: runs the extractor on files, one JSON object per file and line with `--json`.
fn extract(raw: bool, json: bool, files: &[PathBuf]) -> Result<ExitCode> {
    let mut out = Out::new();
    let mut failed = false;
    for file in files {
        let result = std::fs::read(file)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                if raw {
                    crate::ingest::decode_utf8(&bytes)
                        .map(str::to_string)
                        .map_err(|e| e.to_string())
                } else {
                    crate::ingest::parse_bytes(file, &bytes)
                        .map_err(|e| e.to_string())
                        .and_then(|mut a| {
                            if a.is_empty() {
                                Err("no article found".into())
                            } else {
                                Ok(a.remove(0).text)
                            }
                        })
                }
            });
        let text = match result {
            Ok(text) => text,
            Err(reason) => {
                err_line(&format!("{}: {reason}", file.display()));
                failed = true;
                continue;
            }
        };
        let x = crate::extract::extract(&text);
        if json {
            let mut map = serde_json::Map::new();
            map.insert("file".into(), serde_json::json!(file.display().to_string()));
            map.insert("text".into(), serde_json::json!(text));
            map.extend(output::extraction_json(&text, &x));
            out.json_line(&map)?;
        } else {
            out.line(&sanitize(&format!("== {}", file.display()), false))?;
            for e in &x.entities {
                out.line(&sanitize(
                    &format!("{:<12} {} ({})", e.kind.label(), e.name, e.mentions.len()),
                    false,
                ))?;
            }
            for q in x.quotations(&text) {
                let who = q.speaker.as_deref().unwrap_or("(unattributed)");
                out.line(&sanitize(
                    &format!("quote        {who}: “{}”", q.span.slice(&text)),
                    false,
                ))?;
            }
        }
    }
    out.finish()?;
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
