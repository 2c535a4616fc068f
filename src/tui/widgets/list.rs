//! The article list: title, source and date per row, drawing only the rows in its window.

use super::{highlight_row, pane_block, put_line, selection_style};
use crate::article::ArticleId;
use crate::library::ArticleRow;
use crate::tui::panes::ListPane;
use crate::tui::sanitize::{sanitize, truncate, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Widget;

/// Below this inner width a row shows the title only.
const META_MIN_WIDTH: usize = 30;

pub struct ListView<'a> {
    pub pane: &'a ListPane,
    /// The article open in the article pane, drawn in bold.
    pub open: Option<&'a ArticleId>,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for ListView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let pane = self.pane;
        let title = if pane.rows.is_empty() {
            " Articles ".to_string()
        } else {
            format!(
                " Articles {}/{} ",
                pane.cursor.selected + 1,
                pane.rows.len()
            )
        };
        let block = pane_block(title, self.focused, self.theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        if pane.rows.is_empty() {
            let note = if !pane.loaded {
                "loading…"
            } else if pane.filter.is_empty() {
                "The store is empty."
            } else {
                "No article matches the filter (Esc clears it)."
            };
            put_line(
                buf,
                inner,
                0,
                vec![Span::styled(
                    truncate(note, usize::from(inner.width)),
                    self.theme.dim,
                )],
            );
            return;
        }
        let rows = pane
            .rows
            .iter()
            .enumerate()
            .skip(pane.cursor.offset)
            .take(usize::from(inner.height));
        for (y, (index, row)) in (0u16..).zip(rows) {
            put_line(
                buf,
                inner,
                y,
                row_spans(
                    row,
                    usize::from(inner.width),
                    !pane.is_read(&row.id),
                    self.theme,
                ),
            );
            if self.open == Some(&row.id) {
                highlight_row(buf, inner, y, self.theme.open_article);
            }
            if index == pane.cursor.selected {
                highlight_row(buf, inner, y, selection_style(self.theme, self.focused));
            }
        }
    }
}

/// A row: the title, then the date and source at the right, in at most two fifths of the width. When both
/// do not fit, the source is shortened first and then dropped: the date tells more in a list of news.
fn row_spans<'a>(
    row: &'a ArticleRow,
    columns: usize,
    unread: bool,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let title_style = if unread { theme.unread } else { theme.read };
    let title = sanitize(&row.title);
    let date = row
        .date
        .as_deref()
        .map(|d| sanitize(d.get(..10).unwrap_or(d)).into_owned());
    let source = row.source.as_deref().map(sanitize);
    if columns < META_MIN_WIDTH || (date.is_none() && source.is_none()) {
        return vec![Span::styled(
            truncate(&title, columns).into_owned(),
            title_style,
        )];
    }
    let budget = columns * 2 / 5;
    let meta = match (date, source) {
        (Some(date), Some(source)) => {
            let room = budget.saturating_sub(width(&date) + 1);
            if room >= 4 {
                format!("{date} {}", truncate(&source, room))
            } else {
                date
            }
        }
        (Some(date), None) => date,
        (None, Some(source)) => source.into_owned(),
        (None, None) => String::new(),
    };
    let meta = truncate(&meta, budget).into_owned();
    let title_columns = columns - width(&meta) - 1;
    let title = truncate(&title, title_columns).into_owned();
    let pad = " ".repeat(title_columns - width(&title) + 1);
    vec![
        Span::styled(title, title_style),
        Span::raw(pad),
        Span::styled(meta, theme.dim),
    ]
}
