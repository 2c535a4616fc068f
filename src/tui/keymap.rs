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
    /// The action's name in the user's key file: "down", "who_said".
    pub name: &'static str,
    /// Key names as the help shows them: "j", "Down", "Shift-Tab", "Ctrl-c".
    pub keys: Vec<String>,
    pub action: Action,
    pub description: &'static str,
}

/// The built-in bindings, one per line: the table the help overlay is generated from.
#[rustfmt::skip]
const DEFAULT: &[(Context, &str, &[&str], Action, &str)] = &[
    (Context::Normal, "down", &["j", "Down"], Action::Down, "move down / scroll down"),
    (Context::Normal, "up", &["k", "Up"], Action::Up, "move up / scroll up"),
    (Context::Normal, "page_down", &["PageDown", "Ctrl-d", "Space"], Action::PageDown, "page down"),
    (Context::Normal, "page_up", &["PageUp", "Ctrl-u"], Action::PageUp, "page up"),
    (Context::Normal, "top", &["g", "Home"], Action::Top, "go to the top"),
    (Context::Normal, "bottom", &["G", "End"], Action::Bottom, "go to the bottom"),
    (Context::Normal, "next_pane", &["Tab"], Action::FocusNext, "next pane"),
    (Context::Normal, "previous_pane", &["Shift-Tab"], Action::FocusPrev, "previous pane"),
    (Context::Normal, "pane_left", &["h", "Left"], Action::FocusLeft, "pane to the left"),
    (Context::Normal, "pane_right", &["l", "Right"], Action::FocusRight, "pane to the right"),
    (Context::Normal, "open", &["Enter"], Action::Open, "open the article, quote or sidebar entry"),
    (Context::Normal, "next_article", &["n"], Action::NextArticle, "open the next article in the list"),
    (Context::Normal, "previous_article", &["p"], Action::PrevArticle, "open the previous article in the list"),
    (Context::Normal, "toggle_read", &["u"], Action::ToggleRead, "mark the article unread (or read)"),
    (Context::Normal, "filter", &["f"], Action::FilterBySelection, "filter the list by the sidebar entry"),
    (Context::Normal, "search", &["/"], Action::StartSearch, "full-text search"),
    (Context::Normal, "who_said", &["w"], Action::WhoSaid, "who said what: quotes of the selected person or speaker"),
    (Context::Normal, "all_quotes", &["W"], Action::AllQuotes, "every quote in the store"),
    (Context::Normal, "refresh", &["r"], Action::Refresh, "refresh: bring in new articles"),
    (Context::Normal, "back", &["Esc"], Action::Back, "close overlay / clear the filter"),
    (Context::Normal, "help", &["?"], Action::ToggleHelp, "this help"),
    (Context::Normal, "quit", &["q", "Ctrl-c"], Action::Quit, "quit"),
    (Context::Input, "submit", &["Enter"], Action::InputSubmit, "apply the search"),
    (Context::Input, "cancel", &["Esc"], Action::InputCancel, "cancel"),
    (Context::Input, "backspace", &["Backspace"], Action::InputBackspace, "delete a character"),
    (Context::Input, "clear", &["Ctrl-u"], Action::InputClear, "clear the line"),
    (Context::Input, "quit", &["Ctrl-c"], Action::Quit, "quit"),
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
            // Terminals report Ctrl with a letter in lower case, whatever Shift does.
            _ if modifiers == KeyModifiers::CONTROL && base.chars().count() == 1 => {
                KeyCode::Char(base.chars().next()?.to_ascii_lowercase())
            }
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

fn user_keys(value: &toml::Value) -> Option<Vec<String>> {
    match value {
        toml::Value::String(key) => Some(vec![key.clone()]),
        toml::Value::Array(keys) => keys
            .iter()
            .map(|k| k.as_str().map(str::to_string))
            .collect(),
        _ => None,
    }
}

/// Gives the action `name` of `context` the keys `keys`, taking them from other actions.
fn rebind(
    bindings: &mut [Binding],
    context: Context,
    name: &str,
    keys: Vec<String>,
) -> Result<(), String> {
    if let Some(bad) = keys.iter().find(|k| Key::parse(k).is_none()) {
        return Err(format!("unknown key name {bad:?}"));
    }
    let index = bindings
        .iter()
        .position(|b| b.context == context && b.name == name)
        .ok_or_else(|| "no such action".to_string())?;
    let parsed: Vec<Key> = keys.iter().filter_map(|k| Key::parse(k)).collect();
    for binding in bindings.iter_mut().filter(|b| b.context == context) {
        binding
            .keys
            .retain(|k| Key::parse(k).is_none_or(|key| !parsed.contains(&key)));
    }
    bindings[index].keys = keys;
    Ok(())
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
            .map(|(context, name, keys, action, description)| Binding {
                context: *context,
                name,
                keys: keys.iter().map(|k| k.to_string()).collect(),
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

    /// The keymap with a user's key file on top: `[reading]` and `[search]` tables that give an action new
    /// keys (`quit = ["q", "Ctrl-q"]`, `down = "j"`). Keys given to an action are taken from any other
    /// action in the same table. Every problem is reported in one line and that entry is skipped, so a bad
    /// file never stops the reader.
    pub fn with_user_keys(self, text: &str) -> (Keymap, Vec<String>) {
        let mut problems = Vec::new();
        let table: toml::Table = match toml::from_str(text) {
            Ok(table) => table,
            Err(e) => return (self, vec![e.message().to_string()]),
        };
        let mut bindings = self.bindings.clone();
        for (section, entries) in &table {
            let context = match section.as_str() {
                "reading" => Context::Normal,
                "search" => Context::Input,
                other => {
                    problems.push(format!(
                        "unknown table [{other}] (use [reading] or [search])"
                    ));
                    continue;
                }
            };
            let Some(entries) = entries.as_table() else {
                problems.push(format!("[{section}] must be a table"));
                continue;
            };
            for (name, value) in entries {
                match user_keys(value) {
                    Some(keys) => {
                        if let Err(problem) = rebind(&mut bindings, context, name, keys) {
                            problems.push(format!("[{section}] {name}: {problem}"));
                        }
                    }
                    None => problems.push(format!(
                        "[{section}] {name}: give a key name or a list of them"
                    )),
                }
            }
        }
        match Keymap::new(bindings) {
            Ok(keymap) => (keymap, problems),
            Err(problem) => {
                problems.push(problem);
                (self, problems)
            }
        }
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
            .filter(|b| !b.keys.is_empty())
            .map(|b| HelpRow {
                context: b.context,
                keys: b.keys.join(", "),
                description: b.description,
            })
            .collect()
    }
}

/// The built-in keymap with the user's key file at `path` on top, and a one-line note of what was wrong with
/// the file, if anything. A missing file is not a problem.
pub fn load_user_keymap(path: &std::path::Path) -> (Keymap, Option<String>) {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Keymap::default(), None),
        Err(e) => return (Keymap::default(), Some(format!("{}: {e}", path.display()))),
    };
    let (keymap, problems) = Keymap::default().with_user_keys(&text);
    let note = problems.first().map(|first| {
        let more = match problems.len() {
            1 => String::new(),
            n => format!(" (and {} more)", n - 1),
        };
        format!("{}: {first}{more}", path.display())
    });
    (keymap, note)
}
