//! The sidebar: people, places, organisations and quotes of the open article, with mention counts.

use super::{highlight_row, pane_block, put_line, selection_style};
use crate::tui::panes::{SidebarItem, SidebarPane, SidebarRow};
use crate::tui::sanitize::{truncate, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::Widget;

pub struct SidebarView<'a> {
    pub pane: &'a SidebarPane,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for SidebarView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let block = pane_block(" In this article ".to_string(), self.focused, self.theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let columns = usize::from(inner.width);
        if self.pane.rows.is_empty() {
            put_line(
                buf,
                inner,
                0,
                vec![Span::styled(
                    truncate("Nothing found.", columns),
                    self.theme.dim,
                )],
            );
            return;
        }
        let rows = self
            .pane
            .rows
            .iter()
            .skip(self.pane.cursor.offset)
            .take(usize::from(inner.height));
        for (y, row) in (0u16..).zip(rows) {
            match *row {
                SidebarRow::Heading(section, count) => {
                    let text = format!("{} ({count})", section.title());
                    put_line(
                        buf,
                        inner,
                        y,
                        vec![Span::styled(
                            truncate(&text, columns).into_owned(),
                            self.theme.section,
                        )],
                    );
                }
                SidebarRow::Item(index) => {
                    let Some(item) = self.pane.items.get(index) else {
                        continue;
                    };
                    put_line(buf, inner, y, self.item_spans(item, columns));
                    if index == self.pane.cursor.selected {
                        highlight_row(buf, inner, y, selection_style(self.theme, self.focused));
                    }
                }
            }
        }
    }
}

impl SidebarView<'_> {
    fn item_spans(&self, item: &SidebarItem, columns: usize) -> Vec<Span<'static>> {
        let theme = self.theme;
        match item {
            SidebarItem::Entity {
                kind,
                label,
                mentions,
                ..
            } => {
                let count = mentions.to_string();
                let name_columns = columns.saturating_sub(count.len() + 3);
                let name = truncate(label, name_columns).into_owned();
                let pad = " ".repeat(name_columns.saturating_sub(width(&name)) + 1);
                let mut spans = vec![Span::raw(" "), Span::styled(name, theme.entity(*kind))];
                if columns >= count.len() + 4 {
                    spans.push(Span::raw(pad));
                    spans.push(Span::styled(count, theme.count));
                }
                spans
            }
            SidebarItem::Quote {
                label,
                speaker_label,
                ..
            } => {
                // The words matter most in a narrow pane: the speaker goes first, shortened to a surname.
                let mut spans = vec![Span::raw(" ")];
                let mut room = columns.saturating_sub(1);
                if let Some(speaker) = speaker_label.as_deref().filter(|_| room >= 8) {
                    let name_columns = room / 2 - 2;
                    let name = truncate(short_speaker(speaker, name_columns), name_columns);
                    let speaker = format!("{name}: ");
                    room = room.saturating_sub(width(&speaker));
                    spans.push(Span::styled(speaker, theme.dim));
                }
                let quote = truncate(label, room.saturating_sub(2)).into_owned();
                spans.push(Span::styled(format!("“{quote}”"), theme.quote));
                spans
            }
        }
    }
}

/// A speaker's name for `columns`: whole when it fits, else its last word ("Rubio").
fn short_speaker(name: &str, columns: usize) -> &str {
    if width(name) <= columns {
        return name;
    }
    name.rsplit(' ').next().unwrap_or(name)
}
