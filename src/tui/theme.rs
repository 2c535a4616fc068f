//! Every colour and text style of the reader, in one place.

use crate::article::{BlockKind, EntityKind};
use ratatui::style::{Color, Modifier, Style};

/// The styles the widgets draw with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Theme {
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub selected: Style,
    /// The selection in a pane that does not have the focus.
    pub selected_unfocused: Style,
    pub dim: Style,
    /// The list row of the article being read.
    pub open_article: Style,
    /// Titles in the list of articles not opened yet, and of those opened before.
    pub unread: Style,
    pub read: Style,
    pub article_title: Style,
    pub meta: Style,
    pub standfirst: Style,
    pub caption: Style,
    pub dateline: Style,
    pub heading: Style,
    pub paragraph: Style,
    pub person: Style,
    pub place: Style,
    pub organization: Style,
    pub quote: Style,
    /// The quote the reader jumped to.
    pub marked_quote: Style,
    pub section: Style,
    pub count: Style,
    pub status: Style,
    pub status_error: Style,
    pub input: Style,
    pub help_key: Style,
}

impl Default for Theme {
    fn default() -> Self {
        let plain = Style::default();
        Theme {
            border: plain.fg(Color::DarkGray),
            border_focused: plain.fg(Color::Cyan),
            title: plain.add_modifier(Modifier::BOLD),
            selected: plain.fg(Color::Black).bg(Color::Cyan),
            selected_unfocused: plain.add_modifier(Modifier::REVERSED),
            dim: plain.fg(Color::DarkGray),
            open_article: plain.fg(Color::Cyan),
            unread: plain.add_modifier(Modifier::BOLD),
            read: plain,
            article_title: plain.add_modifier(Modifier::BOLD),
            meta: plain.fg(Color::DarkGray),
            standfirst: plain.add_modifier(Modifier::ITALIC),
            caption: plain
                .fg(Color::DarkGray)
                .add_modifier(Modifier::ITALIC | Modifier::DIM),
            dateline: plain.add_modifier(Modifier::BOLD | Modifier::DIM),
            heading: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            paragraph: plain,
            person: plain.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            place: plain.fg(Color::Green),
            organization: plain.fg(Color::Magenta),
            quote: plain.fg(Color::LightBlue),
            marked_quote: plain.add_modifier(Modifier::REVERSED),
            section: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            count: plain.fg(Color::DarkGray),
            status: plain.fg(Color::White).bg(Color::DarkGray),
            status_error: plain.fg(Color::White).bg(Color::Red),
            input: plain.fg(Color::Yellow),
            help_key: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
        }
    }
}

impl Theme {
    pub fn block(&self, kind: BlockKind) -> Style {
        match kind {
            BlockKind::Standfirst => self.standfirst,
            BlockKind::Caption => self.caption,
            BlockKind::Dateline => self.dateline,
            BlockKind::Heading => self.heading,
            BlockKind::Paragraph => self.paragraph,
        }
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Place => self.place,
            EntityKind::Organization => self.organization,
        }
    }
}
