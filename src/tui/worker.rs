//! The worker: performs [`Effect`]s off the UI thread and sends each answer back as a [`Msg`]. It owns the data
//! source (the library) so that the UI thread never waits on the store or the index.

use super::action::{Effect, Msg};
use crate::article::{ArticleId, Document};
use crate::library::{ArticleRow, Filter, Library, QuoteRow};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

/// What the reader reads from: the library, or an in-memory stand-in in tests.
pub trait Source: Send + 'static {
    fn list(&self, filter: &Filter) -> Result<Vec<ArticleRow>, String>;
    fn document(&self, id: &ArticleId) -> Result<Option<Document>, String>;
    fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>, String>;
}

impl Source for Library {
    fn list(&self, filter: &Filter) -> Result<Vec<ArticleRow>, String> {
        Library::list(self, filter).map_err(|e| format!("listing articles: {e}"))
    }
    fn document(&self, id: &ArticleId) -> Result<Option<Document>, String> {
        Library::document(self, id).map_err(|e| format!("reading article {id}: {e}"))
    }
    fn quotes(&self, speaker: Option<&str>) -> Result<Vec<QuoteRow>, String> {
        Library::quotes(self, speaker).map_err(|e| format!("listing quotes: {e}"))
    }
}

/// Refreshes the source (fetches feeds, re-imports the store), reporting progress lines through the callback,
/// and returns a one-line summary. Supplied by the caller of [`super::run_with`], so the fetching code can be
/// wired in without the reader knowing it.
pub type Refresher<S> =
    Box<dyn FnMut(&mut S, &mut dyn FnMut(String)) -> Result<String, String> + Send>;

/// The refresher used until fetching is wired in: says so on the status line.
pub fn unwired_refresher<S>() -> Refresher<S> {
    Box::new(|_, _| Err("refresh is not available in this build yet".to_string()))
}

/// Performs one effect and reports its answer (several messages for a refresh: progress, then the result).
pub fn perform<S: Source>(
    source: &mut S,
    refresher: &mut Refresher<S>,
    effect: Effect,
    send: &mut dyn FnMut(Msg),
) {
    match effect {
        Effect::LoadList { request, filter } => send(Msg::ListLoaded {
            request,
            result: source.list(&filter),
        }),
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
                let mut progress = |line: String| send(Msg::RefreshProgress(line));
                refresher(source, &mut progress)
            };
            send(Msg::RefreshFinished(result));
        }
    }
}

/// Drops loads that a later load of the same kind in the batch makes pointless (their answers would be ignored).
pub fn coalesce(effects: Vec<Effect>) -> Vec<Effect> {
    let kind = |e: &Effect| match e {
        Effect::LoadList { .. } => 0,
        Effect::LoadDocument { .. } => 1,
        Effect::LoadQuotes { .. } => 2,
        Effect::Refresh => 3,
    };
    let mut out = Vec::with_capacity(effects.len());
    for (i, effect) in effects.iter().enumerate() {
        let superseded = kind(effect) != 3
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
            while let Ok(first) = inbox.recv() {
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
            }
        })?;
    Ok((effects, handle))
}
