//! The reader without a terminal: keymap, update transitions, the worker, and screens drawn on TestBackend.
//! One test binary; the cases live in tests/tui/, the fixtures in tests/common/tui.rs.

// Kept apart from tests/common/mod.rs so the other test binaries do not compile the reader's fixtures.
#[path = "tui/keys.rs"]
mod keys;
#[path = "tui/screens.rs"]
mod screens;
#[path = "common/tui.rs"]
mod support;
#[path = "tui/transitions.rs"]
mod transitions;
#[path = "tui/worker_thread.rs"]
mod worker_thread;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use newsreader::library::Filter;
use newsreader::tui::action::{Action, Effect, Msg};
use newsreader::tui::app::Reader;
use newsreader::tui::keymap::{Context, Keymap};
use newsreader::tui::panes::SidebarItem;
use newsreader::tui::state::{Focus, Mode};
use newsreader::tui::update::{receive, update};
use newsreader::tui::worker::{self, Refresher};
use std::sync::mpsc;
use std::time::Duration;
use support::{settle, MemorySource};

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

fn ch(c: char) -> Event {
    let modifiers = if c.is_ascii_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    key(KeyCode::Char(c), modifiers)
}

/// Presses a key and runs the effects it asks for against the in-memory source.
fn press(reader: &mut Reader, source: &mut MemorySource, event: Event) -> Vec<Effect> {
    let effects = reader.handle_event(&event).unwrap_or_default();
    settle(reader, source, effects.clone());
    effects
}

fn type_text(reader: &mut Reader, source: &mut MemorySource, text: &str) {
    for c in text.chars() {
        press(reader, source, ch(c));
    }
}

/// Moves the sidebar selection to the entry named `name` (an entity's name or a quote's speaker).
fn select_in_sidebar(
    reader: &mut Reader,
    source: &mut MemorySource,
    want: impl Fn(&SidebarItem) -> bool,
) {
    reader.state.focus = Focus::Sidebar;
    press(reader, source, ch('g'));
    for _ in 0..reader.state.sidebar.items.len() {
        if reader.state.sidebar.selected().is_some_and(&want) {
            return;
        }
        press(reader, source, ch('j'));
    }
    panic!("no such sidebar entry");
}

fn is_entity(name: &'static str) -> impl Fn(&SidebarItem) -> bool {
    move |item| matches!(item, SidebarItem::Entity { name: n, .. } if n == name)
}
