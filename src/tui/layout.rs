//! Where each pane goes for a given terminal size. Pure geometry, shared by `update` (wrap width, page sizes)
//! and by drawing, so the two always agree.

use super::state::Focus;
use ratatui::layout::{Constraint, Layout, Margin, Rect};

/// Below this width only the focused pane is shown, full width.
pub const NARROW_WIDTH: u16 = 60;

/// The rectangles of one frame; a pane that is not shown is `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub list: Option<Rect>,
    pub article: Option<Rect>,
    pub sidebar: Option<Rect>,
    /// The status line, or the search input line.
    pub bottom: Rect,
    /// Where overlays (help, quotes) are drawn.
    pub overlay: Rect,
}

pub fn panes(area: Rect, focus: Focus) -> Panes {
    if area.height < 2 {
        return Panes {
            list: None,
            article: None,
            sidebar: None,
            bottom: area,
            overlay: area,
        };
    }
    let [main, bottom] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    let overlay = if main.width >= 40 && main.height >= 12 {
        main.inner(Margin::new(2, 1))
    } else {
        main
    };
    if area.width < NARROW_WIDTH {
        let mut panes = Panes {
            list: None,
            article: None,
            sidebar: None,
            bottom,
            overlay,
        };
        match focus {
            Focus::List => panes.list = Some(main),
            Focus::Article => panes.article = Some(main),
            Focus::Sidebar => panes.sidebar = Some(main),
        }
        return panes;
    }
    let [list, article, sidebar] = Layout::horizontal([
        Constraint::Percentage(30),
        Constraint::Fill(1),
        Constraint::Percentage(24),
    ])
    .areas(main);
    Panes {
        list: Some(list),
        article: Some(article),
        sidebar: Some(sidebar),
        bottom,
        overlay,
    }
}

/// The inside of a bordered pane.
pub fn inner(rect: Rect) -> Rect {
    rect.inner(Margin::new(1, 1))
}

/// Inner width and height of the pane that `focus` names, as if it were shown.
pub fn pane_size(area: Rect, focus: Focus) -> (u16, u16) {
    let panes = panes(area, focus);
    let rect = match focus {
        Focus::List => panes.list,
        Focus::Article => panes.article,
        Focus::Sidebar => panes.sidebar,
    };
    rect.map_or((0, 0), |r| {
        let inner = inner(r);
        (inner.width, inner.height)
    })
}
