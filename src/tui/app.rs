//! Loop plumbing only: terminal events and worker answers arrive on one channel, become actions and messages
//! for `update`, effects go to the worker, and the screen is redrawn once the queue is drained and something
//! changed.

use super::action::{Action, Effect, Msg};
use super::keymap::{Context, Keymap};
use super::state::{Mode, State};
use super::terminal::TerminalGuard;
use super::theme::Theme;
use super::update::{init, receive, update};
use super::widgets::render;
use super::worker::{self, Refresher, Source};
use anyhow::Context as _;
use crossterm::event::{self, Event as TermEvent, KeyEventKind};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Sender};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The reader without a terminal: state, keymap and theme, and the mapping from terminal events to updates.
pub struct Reader {
    pub state: State,
    pub keymap: Keymap,
    pub theme: Theme,
}

impl Reader {
    pub fn new(width: u16, height: u16) -> Reader {
        Reader::with_keymap(Keymap::default(), width, height)
    }

    pub fn with_keymap(keymap: Keymap, width: u16, height: u16) -> Reader {
        let state = State::new(&keymap, width, height);
        Reader {
            state,
            keymap,
            theme: Theme::default(),
        }
    }

    /// The keymap context for the current mode.
    pub fn context(&self) -> Context {
        match self.state.mode {
            Mode::Search(_) => Context::Input,
            _ => Context::Normal,
        }
    }

    /// The action a terminal event stands for, if any.
    pub fn action(&self, event: &TermEvent) -> Option<Action> {
        match event {
            TermEvent::Key(key) if key.kind != KeyEventKind::Release => {
                self.keymap.action(self.context(), key)
            }
            TermEvent::Resize(width, height) => Some(Action::Resize(*width, *height)),
            _ => None,
        }
    }

    /// Applies a terminal event; `None` when it meant nothing, so there is nothing to redraw.
    pub fn handle_event(&mut self, event: &TermEvent) -> Option<Vec<Effect>> {
        let action = self.action(event)?;
        Some(update(&mut self.state, action))
    }

    pub fn handle_msg(&mut self, msg: Msg) -> Vec<Effect> {
        receive(&mut self.state, msg)
    }
}

/// What arrives on the UI thread's one channel.
enum Incoming {
    Terminal(TermEvent),
    Worker(Msg),
    InputFailed(String),
    WorkerStopped,
}

/// Runs the reader on the real terminal until the user quits. `note` is shown on the status line at start
/// (a problem with the user's key file).
pub fn run<S: Source>(
    source: S,
    refresher: Refresher<S>,
    keymap: Keymap,
    note: Option<String>,
) -> anyhow::Result<()> {
    let note = note.or_else(|| source.notice());
    let mut guard = TerminalGuard::enter().context("cannot set up the terminal")?;
    let (tx, rx) = mpsc::channel::<Incoming>();
    let worker_tx = tx.clone();
    let (effects, worker) = worker::spawn(source, refresher, move |msg| {
        let incoming = msg.map_or(Incoming::WorkerStopped, Incoming::Worker);
        worker_tx.send(incoming).is_ok()
    })
    .context("cannot start the worker thread")?;
    let stop = Arc::new(AtomicBool::new(false));
    let input = spawn_input(tx, Arc::clone(&stop)).context("cannot start the input thread")?;

    let size = guard.terminal.size()?;
    let mut reader = Reader::with_keymap(keymap, size.width, size.height);
    if let Some(note) = note {
        reader.state.status.error(note);
    }
    let result = (|| -> anyhow::Result<()> {
        dispatch(&effects, init(&mut reader.state))?;
        let mut dirty = true;
        loop {
            if dirty {
                guard
                    .terminal
                    .draw(|frame| render(frame, &reader.state, &reader.theme))?;
                dirty = false;
            }
            if reader.state.quit {
                return Ok(());
            }
            let first = rx.recv().context("the input and worker threads stopped")?;
            for incoming in std::iter::once(first).chain(rx.try_iter()) {
                let produced = match incoming {
                    Incoming::Terminal(event) => reader.handle_event(&event),
                    Incoming::Worker(msg) => Some(reader.handle_msg(msg)),
                    Incoming::InputFailed(error) => anyhow::bail!("reading the terminal: {error}"),
                    Incoming::WorkerStopped => {
                        anyhow::bail!("the worker thread stopped unexpectedly")
                    }
                };
                if let Some(new_effects) = produced {
                    dirty = true;
                    dispatch(&effects, new_effects)?;
                }
            }
        }
    })();

    stop.store(true, Ordering::Relaxed);
    let refreshing = reader.state.status.refreshing.is_some();
    drop(effects);
    drop(guard);
    let _ = input.join();
    if refreshing {
        eprintln!("newsreader: waiting for the running refresh to finish…");
    }
    // The worker owns the library: let it finish its current effect so nothing is left half-written.
    let _ = worker.join();
    result
}

fn dispatch(effects: &Sender<Effect>, batch: Vec<Effect>) -> anyhow::Result<()> {
    for effect in batch {
        effects
            .send(effect)
            .map_err(|_| anyhow::anyhow!("the worker thread stopped unexpectedly"))?;
    }
    Ok(())
}

/// Reads terminal events on their own thread; polls so that it notices `stop` and never outlives the reader
/// by more than a tick, which matters when the caller goes on using the terminal.
fn spawn_input(
    tx: Sender<Incoming>,
    stop: Arc<AtomicBool>,
) -> std::io::Result<thread::JoinHandle<()>> {
    thread::Builder::new()
        .name("newsreader-input".into())
        .spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let ready = match event::poll(Duration::from_millis(100)) {
                    Ok(ready) => ready,
                    Err(e) => {
                        let _ = tx.send(Incoming::InputFailed(e.to_string()));
                        return;
                    }
                };
                if !ready {
                    continue;
                }
                let incoming = event::read()
                    .map_or_else(|e| Incoming::InputFailed(e.to_string()), Incoming::Terminal);
                let failed = matches!(incoming, Incoming::InputFailed(_));
                if tx.send(incoming).is_err() || failed {
                    return;
                }
            }
        })
}
