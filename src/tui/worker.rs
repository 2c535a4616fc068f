//! The worker: performs [`Effect`]s off the UI thread and sends each answer back as a [`Msg`]. It owns the data
//! source (the library) so that the UI thread never waits on the store or the index.

use super::action::{Effect, Listing, Msg};
use crate::article::{ArticleId, Document};
use crate::library::{ArticleRow, Filter, Library, QuoteRow, ReextractProgress};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

/// What the reader reads from: the library, or an in-memory stand-in in tests.
pub trait Source: Send + 'static {
    fn list(&self, filter: &Filter) -> Result<Vec<ArticleRow>, String>;
    fn document(&self, id: &ArticleId) -> Result<Option<Document>, String>;
    fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>, String>;
    /// Whether the reader has opened the article before.
    fn is_read(&self, _id: &ArticleId) -> bool {
        false
    }
    fn set_read(&mut self, _id: &ArticleId, _read: bool) -> Result<(), String> {
        Err("this store keeps no reading state".to_string())
    }
    /// Something the user should know from the start (the store is open read-only).
    fn notice(&self) -> Option<String> {
        None
    }
    /// Work left over from opening (finding files changed since the last run), done once the first screen is
    /// loaded; `Some` with a summary when it changed what the list shows.
    fn catch_up(&mut self) -> Option<Result<String, String>> {
        None
    }
    /// Reads a batch of articles again when another build's extractor made the index; `None` when there is
    /// nothing (left) to do.
    fn reextract_step(&mut self) -> Option<Result<ReextractProgress, String>> {
        None
    }
}

impl Source for Library {
    fn list(&self, filter: &Filter) -> Result<Vec<ArticleRow>, String> {
        Library::list_brief(self, filter).map_err(|e| format!("listing articles: {e}"))
    }
    fn document(&self, id: &ArticleId) -> Result<Option<Document>, String> {
        Library::document(self, id).map_err(|e| format!("reading article {id}: {e}"))
    }
    fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>, String> {
        Library::quotes(self, speaker).map_err(|e| format!("listing quotes: {e}"))
    }
    fn is_read(&self, id: &ArticleId) -> bool {
        Library::is_read(self, id)
    }
    fn set_read(&mut self, id: &ArticleId, read: bool) -> Result<(), String> {
        Library::set_read(self, id, read).map_err(|e| format!("saving the reading state: {e}"))
    }
    fn catch_up(&mut self) -> Option<Result<String, String>> {
        match Library::catch_up(self) {
            Ok(Some(r)) if r.added + r.updated + r.removed > 0 || !r.failed.is_empty() => {
                let mut summary = format!(
                    "store: {} new, {} updated, {} removed",
                    r.added, r.updated, r.removed
                );
                if let Some(first) = r.failed.first() {
                    summary.push_str(&format!("; {} unreadable ({first})", r.failed.len()));
                }
                Some(Ok(summary))
            }
            Ok(_) => None,
            Err(e) => Some(Err(format!("reading the store: {e}"))),
        }
    }
    fn notice(&self) -> Option<String> {
        self.read_only()
            .map(|reason| format!("read-only: {reason}"))
    }
    fn reextract_step(&mut self) -> Option<Result<ReextractProgress, String>> {
        // 200 files take a few tenths of a second: the reader answers between batches.
        Library::reextract_step(self, 200)
            .map_err(|e| format!("reading the store again: {e}"))
            .transpose()
    }
}

/// Refreshes the source (fetches feeds, re-imports the store), reporting progress lines through the callback,
/// and returns a one-line summary. Supplied by the caller of [`super::run_with`], so the fetching code can be
/// wired in without the reader knowing it.
pub type Refresher<S> =
    Box<dyn FnMut(&mut S, &mut dyn FnMut(RefreshNote)) -> Result<String, String> + Send>;

/// What a refresh reports while it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefreshNote {
    /// A progress line for the status bar.
    Progress(String),
    /// Some articles were stored (and the refresh goes on): the list should show them now.
    Stored(String),
}

/// A refresher for sources that cannot refresh: says so on the status line.
pub fn refresh_unavailable<S>() -> Refresher<S> {
    Box::new(|_, _| Err("refresh is not available here".to_string()))
}

/// The library's refresh until feed fetching is wired in: re-reads the store folder, so articles added,
/// changed or removed there by hand (or by `newsreader import` in another terminal) show up.
pub fn store_refresher() -> Refresher<Library> {
    Box::new(|library, progress| {
        progress(RefreshNote::Progress("re-reading the store…".to_string()));
        let report = library.sync().map_err(|e| format!("refresh failed: {e}"))?;
        let mut summary = format!(
            "store re-read: {} new, {} updated, {} removed",
            report.added, report.updated, report.removed
        );
        if let Some(first) = report.failed.first() {
            summary.push_str(&format!("; {} unreadable ({first})", report.failed.len()));
        }
        Ok(summary)
    })
}

/// Performs one effect and reports its answer (several messages for a refresh: progress, then the result).
pub fn perform<S: Source>(
    source: &mut S,
    refresher: &mut Refresher<S>,
    effect: Effect,
    send: &mut dyn FnMut(Msg),
) {
    match effect {
        Effect::LoadList { request, filter } => {
            let result = source.list(&filter).map(|rows| {
                let read = rows
                    .iter()
                    .filter(|r| source.is_read(&r.id))
                    .map(|r| r.id.clone())
                    .collect();
                Listing { rows, read }
            });
            send(Msg::ListLoaded { request, result })
        }
        Effect::SetRead { id, read } => {
            let result = source.set_read(&id, read);
            send(Msg::ReadSaved { id, read, result })
        }
        Effect::LoadDocument { request, id } => {
            let result = source.document(&id).map(|d| d.map(Box::new));
            send(Msg::DocumentLoaded {
                request,
                id,
                result,
            });
        }
        Effect::LoadQuotes { request, speaker } => send(Msg::QuotesLoaded {
            request,
            result: source.quotes(speaker.as_deref()),
        }),
        Effect::Refresh => {
            let result = {
                let mut progress = |note: RefreshNote| {
                    send(match note {
                        RefreshNote::Progress(line) => Msg::RefreshProgress(line),
                        RefreshNote::Stored(line) => Msg::RefreshStored(line),
                    })
                };
                refresher(source, &mut progress)
            };
            send(Msg::RefreshFinished(result));
        }
    }
}

/// Drops loads that a later load of the same kind in the batch makes pointless (their answers would be ignored).
pub fn coalesce(effects: Vec<Effect>) -> Vec<Effect> {
    // Only loads can be superseded; every refresh and every saved reading state must happen.
    let kind = |e: &Effect| match e {
        Effect::LoadList { .. } => Some(0),
        Effect::LoadDocument { .. } => Some(1),
        Effect::LoadQuotes { .. } => Some(2),
        Effect::Refresh | Effect::SetRead { .. } => None,
    };
    let mut out = Vec::with_capacity(effects.len());
    for (i, effect) in effects.iter().enumerate() {
        let superseded = kind(effect).is_some()
            && effects[i + 1..]
                .iter()
                .any(|later| kind(later) == kind(effect));
        if !superseded {
            out.push(effect.clone());
        }
    }
    out
}

/// Tells the UI when the worker ends, however it ends (a panic in the source included).
struct StopSignal<F: Fn(Option<Msg>) -> bool>(F);

impl<F: Fn(Option<Msg>) -> bool> Drop for StopSignal<F> {
    fn drop(&mut self) {
        (self.0)(None);
    }
}

/// Starts the worker thread. `deliver` receives each answer (`Some`) and, when the worker stops, `None`; it
/// returns false when the UI is gone. The worker ends when the returned sender is dropped.
pub fn spawn<S: Source>(
    mut source: S,
    mut refresher: Refresher<S>,
    deliver: impl Fn(Option<Msg>) -> bool + Send + 'static,
) -> std::io::Result<(Sender<Effect>, JoinHandle<()>)> {
    let (effects, inbox): (Sender<Effect>, Receiver<Effect>) = mpsc::channel();
    let handle = thread::Builder::new()
        .name("newsreader-worker".into())
        .spawn(move || {
            let signal = StopSignal(deliver);
            let mut caught_up = false;
            // Whether articles are being read again with this build's extractor, between effects.
            let mut reextracting = false;
            let mut reread = 0;
            loop {
                let first = if reextracting {
                    match inbox.try_recv() {
                        Ok(effect) => effect,
                        Err(mpsc::TryRecvError::Disconnected) => return,
                        Err(mpsc::TryRecvError::Empty) => {
                            let msg = match source.reextract_step() {
                                Some(Ok(p)) => {
                                    reread = p.done;
                                    Msg::RefreshProgress(format!(
                                        "reading articles again with this version's extractor: {}/{}",
                                        p.done, p.total
                                    ))
                                }
                                Some(Err(e)) => {
                                    reextracting = false;
                                    Msg::RefreshFinished(Err(e))
                                }
                                // Nothing was outdated: nothing to say.
                                None if reread == 0 => {
                                    reextracting = false;
                                    continue;
                                }
                                None => {
                                    reextracting = false;
                                    Msg::RefreshFinished(Ok(format!(
                                        "people, places and quotes read again in {}",
                                        crate::util::count(reread, "article file")
                                    )))
                                }
                            };
                            if !(signal.0)(Some(msg)) {
                                return;
                            }
                            continue;
                        }
                    }
                } else {
                    match inbox.recv() {
                        Ok(effect) => effect,
                        Err(_) => return,
                    }
                };
                let mut batch = vec![first];
                batch.extend(inbox.try_iter());
                for effect in coalesce(batch) {
                    let mut open = true;
                    perform(&mut source, &mut refresher, effect, &mut |msg| {
                        open &= (signal.0)(Some(msg))
                    });
                    if !open {
                        return;
                    }
                }
                // The first screen is up: now look for files changed since the last run, then read the
                // articles again if another build's extractor made the index.
                if !std::mem::replace(&mut caught_up, true) {
                    if let Some(result) = source.catch_up() {
                        if !(signal.0)(Some(Msg::RefreshFinished(result))) {
                            return;
                        }
                    }
                    reextracting = true;
                }
            }
        })?;
    Ok((effects, handle))
}
