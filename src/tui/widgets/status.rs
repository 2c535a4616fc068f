//! The bottom line: article count, active filter and messages, or the search input while typing.

use crate::library::Filter;
use crate::tui::sanitize::{sanitize, truncate, width};
use crate::tui::state::{Mode, State};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct StatusBar<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
}

const SEARCH_PROMPT: &str = "Search: ";

impl StatusBar<'_> {
    /// Where the terminal cursor goes: at the end of the search input, when typing.
    pub fn cursor(&self, area: Rect) -> Option<Position> {
        let Mode::Search(input) = &self.state.mode else {
            return None;
        };
        if area.is_empty() {
            return None;
        }
        let typed = width(SEARCH_PROMPT) + width(&sanitize(&input.text));
        let x = area.x + u16::try_from(typed).unwrap_or(u16::MAX).min(area.width - 1);
        Some(Position::new(x, area.y))
    }
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        let columns = usize::from(area.width);
        let theme = self.theme;
        buf.set_style(area, theme.status);
        if let Mode::Search(input) = &self.state.mode {
            let text = sanitize(&input.text);
            // Keep the end of a long query in view: that is where the typing happens.
            let room = columns.saturating_sub(width(SEARCH_PROMPT) + 1);
            let skip = width(&text).saturating_sub(room);
            let shown: String = text.chars().skip(skip).collect();
            let line = Line::from(vec![
                Span::styled(SEARCH_PROMPT, theme.input),
                Span::raw(shown),
            ]);
            buf.set_line(area.x, area.y, &line, area.width);
            return;
        }
        let left = summary(self.state);
        let status = &self.state.status;
        let (right, style) = match (&status.refreshing, &status.message) {
            (_, Some(m)) if m.error => (sanitize(&m.text).into_owned(), theme.status_error),
            (Some(progress), _) => (sanitize(progress).into_owned(), theme.status),
            (None, Some(m)) => (sanitize(&m.text).into_owned(), theme.status),
            (None, None) => ("? help".to_string(), theme.status),
        };
        let right = truncate(
            &right,
            columns.saturating_sub(width(&left).min(columns / 2) + 1),
        )
        .into_owned();
        let left = truncate(&left, columns.saturating_sub(width(&right) + 1)).into_owned();
        let pad = " ".repeat(columns.saturating_sub(width(&left) + width(&right)));
        let line = Line::from(vec![
            Span::raw(left),
            Span::raw(pad),
            Span::styled(right, style),
        ]);
        buf.set_line(area.x, area.y, &line, area.width);
    }
}

/// "12 articles · search "gaza" · person: Marco Rubio".
fn summary(state: &State) -> String {
    let list = &state.list;
    let mut parts = vec![if list.loaded {
        crate::util::count(list.rows.len(), "article")
    } else {
        "loading…".to_string()
    }];
    if list.loaded && list.unread > 0 {
        parts[0].push_str(&format!(" ({} unread)", list.unread));
    }
    parts.extend(filter_parts(&list.filter));
    if list.pending.is_some() && list.loaded {
        parts.push("updating…".into());
    }
    sanitize(&parts.join(" · ")).into_owned()
}

fn filter_parts(filter: &Filter) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(q) = &filter.query {
        parts.push(format!("search \"{q}\""));
    }
    let named = [
        ("person", &filter.person),
        ("place", &filter.place),
        ("organisation", &filter.organization),
        ("speaker", &filter.speaker),
    ];
    for (label, value) in named {
        if let Some(v) = value {
            parts.push(format!("{label}: {v}"));
        }
    }
    parts
}
