//! Refreshing subscriptions: fetch every feed on a few threads (conditional GET, full text for summary-only
//! items), then store the new and changed articles through the library, counting what happened.
//!
//! The two halves are separate so a TUI can run [`fetch_feeds`] on a background thread (it needs no library)
//! and call [`store_fetched`] where it owns the [`Library`]; [`refresh`] does both for the CLI. In a TUI:
//!
//! ```no_run
//! # use newsreader::feeds::{self, RefreshEvent, RefreshOptions, FeedFetch, Subscriptions};
//! # use newsreader::library::Library;
//! enum Msg { Progress(RefreshEvent), Fetched(Vec<FeedFetch>) }
//! # let root = std::path::Path::new("store");
//! # let mut library = Library::open(root).unwrap();
//! let mut subs = Subscriptions::load(root).unwrap();
//! let (tx, rx) = std::sync::mpsc::channel();
//! let (feeds, options) = (subs.feeds.clone(), RefreshOptions::default());
//! std::thread::spawn(move || {
//!     let fetched = feeds::fetch_feeds(&feeds, &options, |e| { let _ = tx.send(Msg::Progress(e)); });
//!     let _ = tx.send(Msg::Fetched(fetched));
//! });
//! // ... later, in the update loop, on the thread that owns the library:
//! if let Ok(Msg::Fetched(fetched)) = rx.recv() {
//!     let summary = feeds::store_fetched(&mut library, &mut subs, fetched);
//!     subs.save_state(root).unwrap();
//!     println!("{summary}"); // "3 feeds: 12 new, 0 updated, 40 unchanged, 1 failed"
//! }
//! ```

use super::{Subscription, Subscriptions};
use crate::article::{fnv1a64, Article, ArticleId};
use crate::fetch::{
    complete_items, Client, FetchError, FetchFailure, FetchOptions, Fetched, Validators,
};
use crate::ingest::{
    dates,
    feed::{parse_feed, FeedItem},
    IngestError,
};
use crate::library::{Library, StoreOutcome};
use std::collections::HashSet;
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;

/// How to refresh.
#[derive(Debug, Clone)]
pub struct RefreshOptions {
    pub fetch: FetchOptions,
    /// Feeds fetched at once.
    pub threads: usize,
    /// Fetch linked pages for summary-only items (a feed's own `full_text = false` also turns it off).
    pub full_text: bool,
    /// At most this many linked pages per feed per refresh.
    pub max_pages_per_feed: usize,
    /// Articles already stored: their summary-only items are not fetched again (nor stored again).
    pub known: HashSet<ArticleId>,
}

impl Default for RefreshOptions {
    fn default() -> Self {
        RefreshOptions {
            fetch: FetchOptions::default(),
            threads: 4,
            full_text: true,
            max_pages_per_feed: crate::fetch::MAX_PAGES_PER_FEED,
            known: HashSet::new(),
        }
    }
}

/// Progress, reported on the thread that called [`fetch_feeds`] or [`refresh`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefreshEvent {
    /// Fetching begins; `feeds` will each report once.
    Started { feeds: usize },
    /// One feed has been fetched (or has failed).
    Fetched { name: String, status: FeedStatus },
}

/// How the fetch of one feed went, in brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FeedStatus {
    NotModified,
    Items(usize),
    Failed(String),
}

/// What fetching one feed brought.
#[derive(Debug)]
pub struct FeedFetch {
    /// The subscription's name (its folder in the store).
    pub name: String,
    pub url: String,
    pub result: Result<FeedUpdate, FetchError>,
    /// Linked pages that could not be fetched (their items keep the summary).
    pub warnings: Vec<String>,
}

/// A feed's new state.
#[derive(Debug)]
pub enum FeedUpdate {
    NotModified,
    Items {
        /// Each item's article, text completed, with its GUID.
        items: Vec<FeedItem>,
        validators: Validators,
        /// Summary-only items already stored, left out.
        known: usize,
    },
}

/// What a refresh did, for the summary line and the TUI's status bar.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RefreshSummary {
    pub feeds: usize,
    pub new: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub failed: usize,
    /// One line per failed feed: its URL (or name) and the reason.
    pub errors: Vec<String>,
    /// Pages that could not be fetched for full text.
    pub warnings: Vec<String>,
}

impl fmt::Display for RefreshSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.feeds == 1 { "" } else { "s" };
        write!(
            f,
            "{} feed{plural}: {} new, {} updated, {} unchanged, {} failed",
            self.feeds, self.new, self.updated, self.unchanged, self.failed
        )
    }
}

/// Fetches and stores every subscription; records validators and refresh times in `subs` (the caller saves
/// them with [`Subscriptions::save_state`]).
pub fn refresh(
    library: &mut Library,
    subs: &mut Subscriptions,
    options: &RefreshOptions,
    progress: impl FnMut(RefreshEvent),
) -> RefreshSummary {
    let fetched = fetch_feeds(&subs.feeds, options, progress);
    store_fetched(library, subs, fetched)
}

/// Fetches `feeds`, `options.threads` at a time. Needs no library, so it can run on any thread; `progress` is
/// called on the calling thread as each feed finishes. Results come back in the order of `feeds`.
pub fn fetch_feeds(
    feeds: &[Subscription],
    options: &RefreshOptions,
    mut progress: impl FnMut(RefreshEvent),
) -> Vec<FeedFetch> {
    progress(RefreshEvent::Started { feeds: feeds.len() });
    let client = Client::new(options.fetch.clone());
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel();
    let mut results: Vec<(usize, FeedFetch)> = Vec::with_capacity(feeds.len());
    std::thread::scope(|scope| {
        for _ in 0..options.threads.clamp(1, 16).min(feeds.len()) {
            let (tx, client, next) = (tx.clone(), &client, &next);
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(feed) = feeds.get(i) else { break };
                if tx.send((i, fetch_one(client, feed, options))).is_err() {
                    break;
                }
            });
        }
        drop(tx);
        for (i, fetched) in rx {
            let status = match &fetched.result {
                Ok(FeedUpdate::NotModified) => FeedStatus::NotModified,
                Ok(FeedUpdate::Items { items, .. }) => FeedStatus::Items(items.len()),
                Err(e) => FeedStatus::Failed(e.to_string()),
            };
            progress(RefreshEvent::Fetched {
                name: fetched.name.clone(),
                status,
            });
            results.push((i, fetched));
        }
    });
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, f)| f).collect()
}

fn fetch_one(client: &Client, feed: &Subscription, options: &RefreshOptions) -> FeedFetch {
    let mut warnings = Vec::new();
    // A parser bug on one hostile feed must not take the other feeds (or the TUI) down with it.
    let result = catch_unwind(AssertUnwindSafe(|| {
        fetch_items(client, feed, options, &mut warnings)
    }))
    .unwrap_or_else(|_| {
        Err(FetchError {
            url: feed.url.clone(),
            reason: FetchFailure::Content(IngestError::Malformed(
                "internal error while reading the feed".into(),
            )),
        })
    });
    FeedFetch {
        name: feed.name.clone(),
        url: feed.url.clone(),
        result,
        warnings,
    }
}

fn fetch_items(
    client: &Client,
    feed: &Subscription,
    options: &RefreshOptions,
    warnings: &mut Vec<String>,
) -> Result<FeedUpdate, FetchError> {
    let validators = feed.validators();
    let body = match client.get(&feed.url, (!validators.is_empty()).then_some(&validators))? {
        Fetched::NotModified => return Ok(FeedUpdate::NotModified),
        Fetched::Body(body) => body,
    };
    let parsed =
        parse_feed(&body.bytes, Some(&body.url), body.charset.as_deref()).map_err(|e| {
            FetchError {
                url: feed.url.clone(),
                reason: FetchFailure::Content(e),
            }
        })?;
    let mut items = parsed.items;
    let before = items.len();
    items.retain(|item| !(item.summary_only && options.known.contains(&item.article.id)));
    let known = before - items.len();
    for item in &mut items {
        item.article.source.get_or_insert_with(|| feed.name.clone());
    }
    let max_pages = if options.full_text && feed.full_text {
        options.max_pages_per_feed
    } else {
        0
    };
    let items = complete_items(client, items, max_pages, warnings);
    Ok(FeedUpdate::Items {
        items,
        validators: body.validators,
        known,
    })
}

/// Stores what [`fetch_feeds`] brought, dropping items already seen in this refresh (the same story in two
/// feeds, by id, URL or text), and records each stored feed's validators in `subs`. A feed whose articles
/// could not be stored keeps its old validators, so the next refresh fetches it again: nothing is lost.
pub fn store_fetched(
    library: &mut Library,
    subs: &mut Subscriptions,
    fetched: Vec<FeedFetch>,
) -> RefreshSummary {
    let mut summary = RefreshSummary {
        feeds: fetched.len(),
        ..RefreshSummary::default()
    };
    let mut seen = Seen::default();
    let now = dates::iso(chrono::Utc::now());
    for feed in fetched {
        summary.warnings.extend(feed.warnings);
        let (items, validators) = match feed.result {
            Err(e) => {
                summary.failed += 1;
                summary.errors.push(e.to_string());
                continue;
            }
            Ok(FeedUpdate::NotModified) => {
                if let Some(sub) = subs.find_mut(&feed.name) {
                    sub.last_refresh = Some(now.clone());
                }
                continue;
            }
            Ok(FeedUpdate::Items {
                items,
                validators,
                known,
            }) => {
                summary.unchanged += known;
                (items, validators)
            }
        };
        let total = items.len();
        let fresh: Vec<Article> = items
            .into_iter()
            .filter(|item| seen.first_time(&item.article, &item.guid))
            .map(|item| item.article)
            .collect();
        summary.unchanged += total - fresh.len();
        match library.store_articles(&feed.name, fresh) {
            Ok(outcomes) => {
                for outcome in outcomes {
                    match outcome {
                        StoreOutcome::New(_) => summary.new += 1,
                        StoreOutcome::Updated(_) => summary.updated += 1,
                        StoreOutcome::Unchanged(_) => summary.unchanged += 1,
                    }
                }
                if let Some(sub) = subs.find_mut(&feed.name) {
                    sub.etag = validators.etag;
                    sub.last_modified = validators.last_modified;
                    sub.last_refresh = Some(now.clone());
                }
            }
            Err(e) => {
                summary.failed += 1;
                summary
                    .errors
                    .push(format!("{}: could not store articles: {e}", feed.url));
            }
        }
    }
    summary
}

/// What a refresh has already stored: the same story can come from two feeds under another GUID, another
/// URL (tracking parameters, `www.`), or both.
#[derive(Default)]
struct Seen {
    ids: HashSet<ArticleId>,
    guids: HashSet<String>,
    urls: HashSet<String>,
    texts: HashSet<u64>,
}

impl Seen {
    fn first_time(&mut self, article: &Article, guid: &str) -> bool {
        let url = article.url.as_deref().map(normalize_url);
        // Short texts ("Read more…") say nothing about identity.
        let text = (article.text.len() >= 200).then(|| text_hash(&article.text));
        let guid = (!guid.is_empty()).then(|| guid.to_string());
        let repeat = self.ids.contains(&article.id)
            || guid.as_ref().is_some_and(|g| self.guids.contains(g))
            || url.as_ref().is_some_and(|u| self.urls.contains(u))
            || text.is_some_and(|t| self.texts.contains(&t));
        self.ids.insert(article.id.clone());
        self.guids.extend(guid);
        self.urls.extend(url);
        self.texts.extend(text);
        !repeat
    }
}

/// Scheme, `www.`, fragment and trailing slash do not make a different page.
pub fn normalize_url(url: &str) -> String {
    let u = url.trim();
    let u = u.split('#').next().unwrap_or(u);
    let u = u
        .strip_prefix("https://")
        .or_else(|| u.strip_prefix("http://"))
        .unwrap_or(u);
    let u = u.strip_prefix("www.").unwrap_or(u);
    u.trim_end_matches('/').to_ascii_lowercase()
}

fn text_hash(text: &str) -> u64 {
    let letters: String = text
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    fnv1a64(letters.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_story_from_two_feeds_is_seen_once() {
        let long = "word ".repeat(60);
        let a = Article {
            id: ArticleId::from_key(b"guid-1"),
            url: Some("https://www.x.test/a/".into()),
            ..Default::default()
        };
        let b = Article {
            id: ArticleId::from_key(b"guid-2"),
            url: Some("http://x.test/a#top".into()),
            ..Default::default()
        };
        let c = Article {
            id: ArticleId::from_key(b"guid-3"),
            text: long.clone(),
            ..Default::default()
        };
        let d = Article {
            id: ArticleId::from_key(b"guid-4"),
            text: long.to_uppercase(),
            ..Default::default()
        };
        let e = Article {
            id: ArticleId::from_key(b"guid-5"),
            text: "Read more".into(),
            ..Default::default()
        };
        let f = Article {
            id: ArticleId::from_key(b"guid-6"),
            text: "Read more".into(),
            ..Default::default()
        };
        let g = Article {
            id: ArticleId::from_key(b"https://y.test/story"),
            text: "Other words".into(),
            ..Default::default()
        };
        let h = Article {
            id: ArticleId::from_key(b"https://y.test/story?ref=mirror"),
            text: "Mirrored".into(),
            ..Default::default()
        };
        let mut seen = Seen::default();
        let guids = ["1", "2", "3", "4", "5", "6", "urn:story:9", "urn:story:9"];
        let firsts: Vec<bool> = [a, b, c, d, e, f, g, h]
            .iter()
            .zip(guids)
            .map(|(x, guid)| seen.first_time(x, guid))
            .collect();
        assert_eq!(firsts, [true, false, true, false, true, true, true, false]);
    }

    #[test]
    fn results_can_cross_threads() {
        fn send<T: Send>() {}
        send::<FeedFetch>();
        send::<RefreshEvent>();
        send::<RefreshOptions>();
        send::<RefreshSummary>();
    }

    #[test]
    fn summary_line() {
        let s = RefreshSummary {
            feeds: 3,
            new: 2,
            updated: 1,
            unchanged: 5,
            failed: 1,
            ..Default::default()
        };
        assert_eq!(
            s.to_string(),
            "3 feeds: 2 new, 1 updated, 5 unchanged, 1 failed"
        );
    }
}
