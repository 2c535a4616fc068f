//! A selection in a list that is drawn through a window: the selected index and the first visible row.

/// Selected row and scroll offset of a windowed list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection by `delta` rows, clamped to `len`, and keeps it inside a window of `height` rows.
    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        if len == 0 {
            *self = Cursor::default();
            return;
        }
        let target = self.selected.saturating_add_signed(delta);
        self.selected = target.min(len - 1);
        self.keep_visible(len, height);
    }

    pub fn top(&mut self) {
        *self = Cursor::default();
    }

    pub fn bottom(&mut self, len: usize, height: usize) {
        self.selected = len.saturating_sub(1);
        self.keep_visible(len, height);
    }

    pub fn select(&mut self, index: usize, len: usize, height: usize) {
        self.selected = index.min(len.saturating_sub(1));
        self.keep_visible(len, height);
    }

    /// Scrolls so the selection is visible; also after a resize or a shorter list.
    pub fn keep_visible(&mut self, len: usize, height: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }
}

/// Rows moved by PgUp/PgDn in a window of `height` rows: a page less one line of context.
pub fn page(height: usize) -> isize {
    height.saturating_sub(1).max(1) as isize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_follows_the_selection() {
        let mut c = Cursor::default();
        c.move_by(7, 100, 5);
        assert_eq!((c.selected, c.offset), (7, 3));
        c.move_by(-5, 100, 5);
        assert_eq!((c.selected, c.offset), (2, 2));
        c.bottom(100, 5);
        assert_eq!((c.selected, c.offset), (99, 95));
        c.move_by(10, 100, 5);
        assert_eq!(c.selected, 99);
        c.keep_visible(3, 5);
        assert_eq!((c.selected, c.offset), (2, 0));
        c.move_by(1, 0, 5);
        assert_eq!(c, Cursor::default());
    }
}
