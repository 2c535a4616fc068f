//! Overlays drawn over the panes: the key help (generated from the keymap) and "who said what".

use super::{highlight_row, put_line};
use crate::tui::keymap::{help_lines, HelpLine, HelpRow};
use crate::tui::panes::{preview, QuotesView};
use crate::tui::sanitize::{sanitize, truncate, width};
use crate::tui::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear, Widget};

pub struct HelpView<'a> {
    pub rows: &'a [HelpRow],
    pub scroll: usize,
    pub theme: &'a Theme,
}

impl Widget for HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Clear.render(area, buf);
        let block = Block::bordered()
            .border_style(self.theme.border_focused)
            .title(Span::styled(" Keys (? or Esc closes) ", self.theme.title));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let key_columns = self.rows.iter().map(|r| width(&r.keys)).max().unwrap_or(0) + 2;
        let lines: Vec<Vec<Span>> = help_lines(self.rows)
            .into_iter()
            .map(|line| match line {
                HelpLine::Heading(context) => {
                    vec![Span::styled(context.title(), self.theme.section)]
                }
                HelpLine::Gap => Vec::new(),
                HelpLine::Row(row) => {
                    let keys = format!("  {:<width$}", row.keys, width = key_columns);
                    vec![
                        Span::styled(keys, self.theme.help_key),
                        Span::raw(row.description),
                    ]
                }
            })
            .collect();
        let scroll = self
            .scroll
            .min(lines.len().saturating_sub(usize::from(inner.height)));
        for (y, spans) in (0u16..).zip(
            lines
                .into_iter()
                .skip(scroll)
                .take(usize::from(inner.height)),
        ) {
            put_line(buf, inner, y, spans);
        }
    }
}

pub struct QuotesOverlay<'a> {
    pub view: &'a QuotesView,
    pub theme: &'a Theme,
}

impl Widget for QuotesOverlay<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Clear.render(area, buf);
        let view = self.view;
        let who = match &view.speaker {
            Some(speaker) => format!("Who said what: {}", sanitize(speaker)),
            None => "All quotes".to_string(),
        };
        let title = format!(" {who} ({}) — Enter opens, Esc closes ", view.rows.len());
        let block = Block::bordered()
            .border_style(self.theme.border_focused)
            .title(Span::styled(
                truncate(&title, usize::from(area.width.saturating_sub(2))).into_owned(),
                self.theme.title,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let columns = usize::from(inner.width);
        if view.rows.is_empty() {
            let note = if view.pending.is_some() {
                "loading…"
            } else {
                "No quotes found."
            };
            put_line(buf, inner, 0, vec![Span::styled(note, self.theme.dim)]);
            return;
        }
        let rows = view
            .rows
            .iter()
            .enumerate()
            .skip(view.cursor.offset)
            .take(usize::from(inner.height));
        for (y, (index, row)) in (0u16..).zip(rows) {
            let date = row
                .date
                .as_deref()
                .map(|d| d.get(..10).unwrap_or(d))
                .unwrap_or("");
            let speaker = row
                .speaker
                .as_deref()
                .map_or("unattributed".into(), sanitize);
            let text = format!(
                "{:<10}  {}: “{}” — {}",
                sanitize(date),
                speaker,
                preview(&row.text),
                sanitize(&row.title)
            );
            put_line(
                buf,
                inner,
                y,
                vec![Span::raw(truncate(&text, columns).into_owned())],
            );
            if index == view.cursor.selected {
                highlight_row(buf, inner, y, self.theme.selected);
            }
        }
    }
}
