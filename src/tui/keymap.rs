//! Keys as data: each binding names its keys, its action and a description. The `?` help overlay is generated
//! from the same table, so it cannot drift from the keys that really work.

use super::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashMap;

/// Where a binding applies: the reader's panes and overlays, or the search input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Normal,
    Input,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Normal => "Reading",
            Context::Input => "Search input",
        }
    }
}

/// One line of the keymap table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub context: Context,
    /// Key names as the help shows them: "j", "Down", "Shift-Tab", "Ctrl-c".
    pub keys: Vec<&'static str>,
    pub action: Action,
    pub description: &'static str,
}

/// The built-in bindings, one per line: the table the help overlay is generated from.
#[rustfmt::skip]
const DEFAULT: &[(Context, &[&str], Action, &str)] = &[
    (Context::Normal, &["j", "Down"], Action::Down, "move down / scroll down"),
    (Context::Normal, &["k", "Up"], Action::Up, "move up / scroll up"),
    (Context::Normal, &["PageDown", "Ctrl-d", "Space"], Action::PageDown, "page down"),
    (Context::Normal, &["PageUp", "Ctrl-u"], Action::PageUp, "page up"),
    (Context::Normal, &["g", "Home"], Action::Top, "go to the top"),
    (Context::Normal, &["G", "End"], Action::Bottom, "go to the bottom"),
    (Context::Normal, &["Tab"], Action::FocusNext, "next pane"),
    (Context::Normal, &["Shift-Tab"], Action::FocusPrev, "previous pane"),
    (Context::Normal, &["h", "Left"], Action::FocusLeft, "pane to the left"),
    (Context::Normal, &["l", "Right"], Action::FocusRight, "pane to the right"),
    (Context::Normal, &["Enter"], Action::Open, "open the article, quote or sidebar entry"),
    (Context::Normal, &["n"], Action::NextArticle, "open the next article in the list"),
    (Context::Normal, &["p"], Action::PrevArticle, "open the previous article in the list"),
    (Context::Normal, &["f"], Action::FilterBySelection, "filter the list by the sidebar entry"),
    (Context::Normal, &["/"], Action::StartSearch, "full-text search"),
    (Context::Normal, &["w"], Action::WhoSaid, "who said what: quotes of the selected person or speaker"),
    (Context::Normal, &["W"], Action::AllQuotes, "every quote in the store"),
    (Context::Normal, &["r"], Action::Refresh, "refresh the feeds"),
    (Context::Normal, &["Esc"], Action::Back, "close overlay / clear the filter"),
    (Context::Normal, &["?"], Action::ToggleHelp, "this help"),
    (Context::Normal, &["q", "Ctrl-c"], Action::Quit, "quit"),
    (Context::Input, &["Enter"], Action::InputSubmit, "apply the search"),
    (Context::Input, &["Esc"], Action::InputCancel, "cancel"),
    (Context::Input, &["Backspace"], Action::InputBackspace, "delete a character"),
    (Context::Input, &["Ctrl-u"], Action::InputClear, "clear the line"),
    (Context::Input, &["Ctrl-c"], Action::Quit, "quit"),
];

/// A key as the keymap knows it: a code and the Ctrl/Alt modifiers (Shift is part of the character).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl Key {
    /// Normalises a terminal key event: drops Shift where it is already in the code ('G', BackTab).
    pub fn from_event(event: &KeyEvent) -> Key {
        let mut modifiers = event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        let code = match event.code {
            KeyCode::Char(c) if modifiers.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        if code == KeyCode::BackTab {
            modifiers.remove(KeyModifiers::SHIFT);
        }
        Key { code, modifiers }
    }

    /// Parses a key name from the table: "j", "G", "Enter", "Shift-Tab", "Ctrl-c", "Alt-x".
    pub fn parse(name: &str) -> Option<Key> {
        let (modifiers, base) = if let Some(rest) = name.strip_prefix("Ctrl-") {
            (KeyModifiers::CONTROL, rest)
        } else if let Some(rest) = name.strip_prefix("Alt-") {
            (KeyModifiers::ALT, rest)
        } else {
            (KeyModifiers::NONE, name)
        };
        let code = match base {
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" => KeyCode::Tab,
            "Shift-Tab" | "BackTab" => KeyCode::BackTab,
            "Backspace" => KeyCode::Backspace,
            "Up" => KeyCode::Up,
            "Down" => KeyCode::Down,
            "Left" => KeyCode::Left,
            "Right" => KeyCode::Right,
            "PageUp" => KeyCode::PageUp,
            "PageDown" => KeyCode::PageDown,
            "Home" => KeyCode::Home,
            "End" => KeyCode::End,
            "Space" => KeyCode::Char(' '),
            other => {
                let mut chars = other.chars();
                let c = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                KeyCode::Char(c)
            }
        };
        Some(Key { code, modifiers })
    }
}

/// One row of the help overlay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    pub context: Context,
    pub keys: String,
    pub description: &'static str,
}

/// A line of the help overlay: a context's heading, a gap between contexts, or a binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpLine<'a> {
    Heading(Context),
    Gap,
    Row(&'a HelpRow),
}

/// The help overlay's lines: the rows grouped under a heading per context.
pub fn help_lines(rows: &[HelpRow]) -> Vec<HelpLine<'_>> {
    let mut lines = Vec::new();
    let mut context = None;
    for row in rows {
        if context != Some(row.context) {
            if context.is_some() {
                lines.push(HelpLine::Gap);
            }
            context = Some(row.context);
            lines.push(HelpLine::Heading(row.context));
        }
        lines.push(HelpLine::Row(row));
    }
    lines
}

/// The bindings and a lookup table built from them.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<Binding>,
    lookup: HashMap<(Context, Key), Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULT
            .iter()
            .map(|(context, keys, action, description)| Binding {
                context: *context,
                keys: keys.to_vec(),
                action: *action,
                description,
            })
            .collect();
        Keymap::new(bindings).expect("the built-in keymap names only known keys")
    }
}

impl Keymap {
    /// Builds a keymap; fails with the first key name it does not understand.
    pub fn new(bindings: Vec<Binding>) -> Result<Keymap, String> {
        let mut lookup = HashMap::new();
        for binding in &bindings {
            for name in &binding.keys {
                let key = Key::parse(name).ok_or_else(|| format!("unknown key name {name:?}"))?;
                lookup.insert((binding.context, key), binding.action);
            }
        }
        Ok(Keymap { bindings, lookup })
    }

    pub fn bindings(&self) -> &[Binding] {
        &self.bindings
    }

    /// The action of a key press in `context`. In the input line, a plain character is typed.
    pub fn action(&self, context: Context, event: &KeyEvent) -> Option<Action> {
        let key = Key::from_event(event);
        if let Some(action) = self.lookup.get(&(context, key)) {
            return Some(*action);
        }
        match (context, key.code) {
            (Context::Input, KeyCode::Char(c))
                if !key.modifiers.contains(KeyModifiers::CONTROL) =>
            {
                Some(Action::InputChar(c))
            }
            _ => None,
        }
    }

    /// The help overlay's rows, in table order.
    pub fn help_rows(&self) -> Vec<HelpRow> {
        self.bindings
            .iter()
            .map(|b| HelpRow {
                context: b.context,
                keys: b.keys.join(", "),
                description: b.description,
            })
            .collect()
    }
}
