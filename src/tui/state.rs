//! The reader's state: a composition of the panes, the focus, the mode (overlays, input line) and the status
//! line. Only `update` changes it; drawing only reads it.

use super::keymap::{HelpRow, Keymap};
use super::layout::pane_size;
use super::panes::{ArticlePane, ListPane, QuotesView, SidebarPane};
use ratatui::layout::Rect;

/// The pane that receives navigation keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Focus {
    #[default]
    List,
    Article,
    Sidebar,
}

impl Focus {
    pub fn next(self) -> Focus {
        match self {
            Focus::List => Focus::Article,
            Focus::Article => Focus::Sidebar,
            Focus::Sidebar => Focus::List,
        }
    }
    pub fn prev(self) -> Focus {
        self.next().next()
    }
    pub fn left(self) -> Focus {
        match self {
            Focus::Sidebar => Focus::Article,
            _ => Focus::List,
        }
    }
    pub fn right(self) -> Focus {
        match self {
            Focus::List => Focus::Article,
            _ => Focus::Sidebar,
        }
    }
}

/// The line being typed at the bottom of the screen.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InputLine {
    pub text: String,
}

/// What has the keyboard besides the panes.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Mode {
    #[default]
    Normal,
    /// Typing a full-text search.
    Search(InputLine),
    /// The key help, scrolled by `scroll` lines.
    Help { scroll: usize },
    /// "Who said what": quotes across the store.
    Quotes(QuotesView),
}

/// A message on the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The status line's own state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Status {
    pub message: Option<Message>,
    /// Progress of a running refresh; `None` when no refresh runs.
    pub refreshing: Option<String>,
}

impl Status {
    pub fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: false,
        });
    }
    pub fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message {
            text: text.into(),
            error: true,
        });
    }
}

/// Everything the reader shows.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub list: ListPane,
    pub article: ArticlePane,
    pub sidebar: SidebarPane,
    pub focus: Focus,
    pub mode: Mode,
    pub status: Status,
    /// The help overlay's rows, generated from the keymap.
    pub help: Vec<HelpRow>,
    /// The terminal's size.
    pub screen: Rect,
    pub quit: bool,
    next_request: u64,
}

impl State {
    /// A reader with nothing loaded, for a terminal of `width` x `height`.
    pub fn new(keymap: &Keymap, width: u16, height: u16) -> State {
        State {
            list: ListPane::default(),
            article: ArticlePane::default(),
            sidebar: SidebarPane::default(),
            focus: Focus::List,
            mode: Mode::Normal,
            status: Status::default(),
            help: keymap.help_rows(),
            screen: Rect::new(0, 0, width, height),
            quit: false,
            next_request: 0,
        }
    }

    /// A fresh request number; answers to older requests of the same kind are then ignored.
    pub fn request(&mut self) -> u64 {
        self.next_request += 1;
        self.next_request
    }

    /// Inner (width, height) of a pane at the current screen size.
    pub fn pane_size(&self, pane: Focus) -> (u16, u16) {
        pane_size(self.screen, pane)
    }

    pub fn pane_height(&self, pane: Focus) -> usize {
        usize::from(self.pane_size(pane).1)
    }

    /// Rows of an overlay's list (its inner height).
    pub fn overlay_height(&self) -> usize {
        let overlay = super::layout::panes(self.screen, self.focus).overlay;
        usize::from(overlay.height.saturating_sub(2))
    }
}
