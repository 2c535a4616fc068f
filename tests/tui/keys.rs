//! Keymap: keys to actions, the help generated from the table, and the user key file.

use super::support::*;
use super::*;

#[test]
fn keys_map_to_actions() {
    let keymap = Keymap::default();
    let normal = |code, modifiers| keymap.action(Context::Normal, &KeyEvent::new(code, modifiers));
    assert_eq!(
        normal(KeyCode::Char('j'), KeyModifiers::NONE),
        Some(Action::Down)
    );
    assert_eq!(
        normal(KeyCode::Down, KeyModifiers::NONE),
        Some(Action::Down)
    );
    assert_eq!(
        normal(KeyCode::Char('k'), KeyModifiers::NONE),
        Some(Action::Up)
    );
    assert_eq!(
        normal(KeyCode::Char('G'), KeyModifiers::SHIFT),
        Some(Action::Bottom)
    );
    assert_eq!(
        normal(KeyCode::Char('g'), KeyModifiers::NONE),
        Some(Action::Top)
    );
    assert_eq!(
        normal(KeyCode::Tab, KeyModifiers::NONE),
        Some(Action::FocusNext)
    );
    assert_eq!(
        normal(KeyCode::BackTab, KeyModifiers::SHIFT),
        Some(Action::FocusPrev)
    );
    assert_eq!(
        normal(KeyCode::Char('h'), KeyModifiers::NONE),
        Some(Action::FocusLeft)
    );
    assert_eq!(
        normal(KeyCode::Char('l'), KeyModifiers::NONE),
        Some(Action::FocusRight)
    );
    assert_eq!(
        normal(KeyCode::PageDown, KeyModifiers::NONE),
        Some(Action::PageDown)
    );
    assert_eq!(
        normal(KeyCode::Enter, KeyModifiers::NONE),
        Some(Action::Open)
    );
    assert_eq!(
        normal(KeyCode::Char('/'), KeyModifiers::NONE),
        Some(Action::StartSearch)
    );
    assert_eq!(
        normal(KeyCode::Char('f'), KeyModifiers::NONE),
        Some(Action::FilterBySelection)
    );
    assert_eq!(
        normal(KeyCode::Char('w'), KeyModifiers::NONE),
        Some(Action::WhoSaid)
    );
    assert_eq!(
        normal(KeyCode::Char('W'), KeyModifiers::SHIFT),
        Some(Action::AllQuotes)
    );
    assert_eq!(
        normal(KeyCode::Char('r'), KeyModifiers::NONE),
        Some(Action::Refresh)
    );
    assert_eq!(
        normal(KeyCode::Char('?'), KeyModifiers::SHIFT),
        Some(Action::ToggleHelp)
    );
    assert_eq!(normal(KeyCode::Esc, KeyModifiers::NONE), Some(Action::Back));
    assert_eq!(
        normal(KeyCode::Char('q'), KeyModifiers::NONE),
        Some(Action::Quit)
    );
    assert_eq!(
        normal(KeyCode::Char('c'), KeyModifiers::CONTROL),
        Some(Action::Quit)
    );
    assert_eq!(normal(KeyCode::Char('x'), KeyModifiers::NONE), None);

    let input = |code, modifiers| keymap.action(Context::Input, &KeyEvent::new(code, modifiers));
    assert_eq!(
        input(KeyCode::Char('q'), KeyModifiers::NONE),
        Some(Action::InputChar('q'))
    );
    assert_eq!(
        input(KeyCode::Char('J'), KeyModifiers::SHIFT),
        Some(Action::InputChar('J'))
    );
    assert_eq!(
        input(KeyCode::Enter, KeyModifiers::NONE),
        Some(Action::InputSubmit)
    );
    assert_eq!(
        input(KeyCode::Esc, KeyModifiers::NONE),
        Some(Action::InputCancel)
    );
    assert_eq!(
        input(KeyCode::Backspace, KeyModifiers::NONE),
        Some(Action::InputBackspace)
    );
    assert_eq!(
        input(KeyCode::Char('c'), KeyModifiers::CONTROL),
        Some(Action::Quit)
    );
}

#[test]
fn help_is_generated_from_the_bindings() {
    let keymap = Keymap::default();
    let rows = keymap.help_rows();
    assert_eq!(rows.len(), keymap.bindings().len());
    for (row, binding) in rows.iter().zip(keymap.bindings()) {
        assert!(!binding.keys.is_empty());
        assert!(!binding.description.is_empty());
        assert_eq!(row.keys, binding.keys.join(", "));
    }
    let mut reader = Reader::new(160, 50);
    reader.handle_event(&ch('?'));
    let text = screen(&reader);
    for binding in keymap.bindings() {
        assert!(
            text.contains(binding.description),
            "help lacks {:?}",
            binding.description
        );
    }
}

#[test]
fn unknown_key_names_are_refused() {
    let mut bindings = Keymap::default().bindings().to_vec();
    bindings[0].keys = vec!["Hyper-z".to_string()];
    assert!(Keymap::new(bindings).unwrap_err().contains("Hyper-z"));
}

#[test]
fn key_releases_are_ignored_and_resizes_become_actions() {
    let reader = Reader::new(80, 24);
    let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = crossterm::event::KeyEventKind::Release;
    assert_eq!(reader.action(&Event::Key(release)), None);
    assert_eq!(
        reader.action(&Event::Resize(30, 7)),
        Some(Action::Resize(30, 7))
    );
    assert_eq!(reader.action(&Event::FocusGained), None);
}

#[test]
fn a_user_key_file_rebinds_actions_and_the_help_follows() {
    let text = "[reading]\nquit = [\"x\", \"Ctrl-Q\"]\ndown = \"q\"\n[search]\nsubmit = \"Tab\"\n";
    let (keymap, problems) = Keymap::default().with_user_keys(text);
    assert!(problems.is_empty(), "{problems:?}");
    let normal = |code, modifiers| keymap.action(Context::Normal, &KeyEvent::new(code, modifiers));
    assert_eq!(
        normal(KeyCode::Char('x'), KeyModifiers::NONE),
        Some(Action::Quit)
    );
    assert_eq!(
        normal(KeyCode::Char('q'), KeyModifiers::CONTROL),
        Some(Action::Quit)
    );
    assert_eq!(
        normal(KeyCode::Char('q'), KeyModifiers::NONE),
        Some(Action::Down)
    );
    assert_eq!(
        normal(KeyCode::Char('j'), KeyModifiers::NONE),
        None,
        "the new keys replace the old"
    );
    let input = keymap.action(
        Context::Input,
        &KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE),
    );
    assert_eq!(input, Some(Action::InputSubmit));
    let rows = keymap.help_rows();
    let quit = rows
        .iter()
        .find(|r| r.context == Context::Normal && r.description == "quit");
    assert_eq!(quit.unwrap().keys, "x, Ctrl-Q");
    let down = rows
        .iter()
        .find(|r| r.description.starts_with("move down"))
        .unwrap();
    assert_eq!(down.keys, "q");
}

#[test]
fn a_bad_user_key_file_is_reported_and_the_defaults_stay() {
    let text = "[reading]\nfly = \"z\"\nquit = \"Hyper-q\"\nup = 3\n[colours]\nx = 1\n";
    let (keymap, problems) = Keymap::default().with_user_keys(text);
    assert_eq!(problems.len(), 4, "{problems:?}");
    assert!(problems
        .iter()
        .any(|p| p.contains("fly") && p.contains("no such action")));
    assert!(problems.iter().any(|p| p.contains("Hyper-q")));
    assert!(problems.iter().any(|p| p.contains("[colours]")));
    let quit = keymap.action(
        Context::Normal,
        &KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE),
    );
    assert_eq!(quit, Some(Action::Quit));

    let (_, problems) = Keymap::default().with_user_keys("[reading\n");
    assert_eq!(problems.len(), 1);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keys.toml");
    assert_eq!(
        newsreader::tui::keymap::load_user_keymap(&path).1,
        None,
        "no file, no problem"
    );
    std::fs::write(&path, "quit = 1").unwrap();
    let note = newsreader::tui::keymap::load_user_keymap(&path).1.unwrap();
    assert!(note.starts_with(&path.display().to_string()), "{note}");
}
