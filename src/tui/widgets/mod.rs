//! Drawing: one widget per pane and overlay, each rendering from borrowed state. Nothing here reads files,
//! queries the index or wraps text; every string drawn goes through the sanitizer.

mod article;
mod list;
mod overlay;
mod sidebar;
mod status;

use super::layout::panes;
use super::state::{Focus, Mode, State};
use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};
use ratatui::Frame;

pub use article::ArticleView;
pub use list::ListView;
pub use overlay::{HelpView, QuotesOverlay};
pub use sidebar::SidebarView;
pub use status::StatusBar;

/// Draws the whole screen from `state`.
pub fn render(frame: &mut Frame, state: &State, theme: &Theme) {
    let area = frame.area();
    let panes = panes(area, state.focus);
    if let Some(rect) = panes.list {
        ListView {
            pane: &state.list,
            open: state.article.id(),
            theme,
            focused: state.focus == Focus::List,
        }
        .render(rect, frame.buffer_mut());
    }
    if let Some(rect) = panes.article {
        ArticleView {
            pane: &state.article,
            theme,
            focused: state.focus == Focus::Article,
        }
        .render(rect, frame.buffer_mut());
    }
    if let Some(rect) = panes.sidebar {
        SidebarView {
            pane: &state.sidebar,
            theme,
            focused: state.focus == Focus::Sidebar,
        }
        .render(rect, frame.buffer_mut());
    }
    match &state.mode {
        Mode::Help { scroll } => HelpView {
            rows: &state.help,
            scroll: *scroll,
            theme,
        }
        .render(panes.overlay, frame.buffer_mut()),
        Mode::Quotes(view) => {
            QuotesOverlay { view, theme }.render(panes.overlay, frame.buffer_mut())
        }
        _ => {}
    }
    let bar = StatusBar { state, theme };
    if let Some(cursor) = bar.cursor(panes.bottom) {
        frame.set_cursor_position(cursor);
    }
    bar.render(panes.bottom, frame.buffer_mut());
}

/// The bordered frame of a pane, its border coloured when it has the focus.
fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let border = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    Block::bordered()
        .border_style(border)
        .title(Span::styled(title, theme.title))
}

/// Writes `spans` on row `y` of `area`, clipped to its width.
fn put_line(buf: &mut Buffer, area: Rect, y: u16, spans: Vec<Span<'_>>) {
    if y < area.height {
        buf.set_line(area.x, area.y + y, &Line::from(spans), area.width);
    }
}

/// Highlights row `y` of `area` as the selection.
fn highlight_row(buf: &mut Buffer, area: Rect, y: u16, style: Style) {
    if y < area.height {
        buf.set_style(Rect::new(area.x, area.y + y, area.width, 1), style);
    }
}

fn selection_style(theme: &Theme, focused: bool) -> Style {
    if focused {
        theme.selected
    } else {
        theme.selected_unfocused
    }
}
