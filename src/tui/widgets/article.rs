//! The article pane: copies the visible lines of the cached layout, styling each segment from the theme.

use super::{pane_block, put_line};
use crate::tui::panes::ArticlePane;
use crate::tui::theme::Theme;
use crate::tui::wrap::{Look, Mark};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::Widget;

pub struct ArticleView<'a> {
    pub pane: &'a ArticlePane,
    pub theme: &'a Theme,
    pub focused: bool,
}

impl Widget for ArticleView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let pane = self.pane;
        let title = match &pane.layout {
            Some(layout) if !layout.lines.is_empty() => {
                let shown = (pane.scroll + usize::from(area.height.saturating_sub(2)))
                    .min(layout.lines.len());
                format!(" Article {}% ", shown * 100 / layout.lines.len())
            }
            _ => " Article ".to_string(),
        };
        let block = pane_block(title, self.focused, self.theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let Some(layout) = &pane.layout else {
            let note = if pane.pending.is_some() {
                "loading…"
            } else {
                "Select an article and press Enter."
            };
            put_line(buf, inner, 0, vec![Span::styled(note, self.theme.dim)]);
            return;
        };
        let lines = layout
            .lines
            .iter()
            .skip(pane.scroll)
            .take(usize::from(inner.height));
        for (y, line) in (0u16..).zip(lines) {
            let spans = line
                .segments
                .iter()
                .map(|s| {
                    let mut style = style(self.theme, s.mark);
                    let marked = pane.marked.zip(s.source);
                    if marked.is_some_and(|(quote, at)| quote.start <= at && at < quote.end) {
                        style = style.patch(self.theme.marked_quote);
                    }
                    Span::styled(s.text.as_str(), style)
                })
                .collect();
            put_line(buf, inner, y, spans);
        }
    }
}

/// The style of a segment: its block's look, then quote colour, then entity style on top.
fn style(theme: &Theme, mark: Mark) -> Style {
    let mut style = match mark.look {
        Look::Title => theme.article_title,
        Look::Meta => theme.meta,
        Look::Block(kind) => theme.block(kind),
    };
    if mark.quote {
        style = style.patch(theme.quote);
    }
    if let Some(kind) = mark.entity {
        style = style.patch(theme.entity(kind));
    }
    style
}
