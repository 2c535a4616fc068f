//! The reader without a terminal: keymap, update transitions, the worker, and screens drawn on TestBackend.

// Kept apart from tests/common/mod.rs so the other test binaries do not compile the reader's fixtures.
#[path = "common/tui.rs"]
mod support;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use newsreader::library::Filter;
use newsreader::tui::action::{Action, Effect, Msg};
use newsreader::tui::app::Reader;
use newsreader::tui::keymap::{Context, Keymap};
use newsreader::tui::panes::SidebarItem;
use newsreader::tui::state::{Focus, Mode};
use newsreader::tui::update::{receive, update};
use newsreader::tui::worker::{self, Refresher};
use std::sync::mpsc;
use std::time::Duration;
use support::{buffer_text, documents, draw, loaded_reader, screen, settle, MemorySource};

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

fn ch(c: char) -> Event {
    let modifiers = if c.is_ascii_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    };
    key(KeyCode::Char(c), modifiers)
}

/// Presses a key and runs the effects it asks for against the in-memory source.
fn press(reader: &mut Reader, source: &mut MemorySource, event: Event) -> Vec<Effect> {
    let effects = reader.handle_event(&event).unwrap_or_default();
    settle(reader, source, effects.clone());
    effects
}

fn type_text(reader: &mut Reader, source: &mut MemorySource, text: &str) {
    for c in text.chars() {
        press(reader, source, ch(c));
    }
}

/// Moves the sidebar selection to the entry named `name` (an entity's name or a quote's speaker).
fn select_in_sidebar(
    reader: &mut Reader,
    source: &mut MemorySource,
    want: impl Fn(&SidebarItem) -> bool,
) {
    reader.state.focus = Focus::Sidebar;
    press(reader, source, ch('g'));
    for _ in 0..reader.state.sidebar.items.len() {
        if reader.state.sidebar.selected().is_some_and(&want) {
            return;
        }
        press(reader, source, ch('j'));
    }
    panic!("no such sidebar entry");
}

fn is_entity(name: &'static str) -> impl Fn(&SidebarItem) -> bool {
    move |item| matches!(item, SidebarItem::Entity { name: n, .. } if n == name)
}

// ---- keymap ----

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

// ---- update ----

#[test]
fn start_loads_the_list_then_the_newest_article() {
    let (reader, _) = loaded_reader(80, 24);
    let state = &reader.state;
    assert_eq!(state.list.rows.len(), 3);
    assert_eq!(
        state.list.rows[0].title,
        "Rubio says won’t force deal on Ukraine as Europeans join Miami talks"
    );
    assert_eq!(state.article.id(), Some(&state.list.rows[0].id));
    assert_eq!(
        state.focus,
        Focus::List,
        "opening the first article does not take the focus"
    );
    assert!(state.sidebar.items.iter().any(is_entity("Marco Rubio")));
}

#[test]
fn navigation_moves_the_selection_and_scrolls_the_article() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    press(&mut reader, &mut source, ch('j'));
    assert_eq!(reader.state.list.cursor.selected, 1);
    press(&mut reader, &mut source, ch('G'));
    assert_eq!(reader.state.list.cursor.selected, 2);
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Up, KeyModifiers::NONE),
    );
    assert_eq!(reader.state.list.cursor.selected, 1);
    press(&mut reader, &mut source, ch('g'));
    assert_eq!(reader.state.list.cursor.selected, 0);
    press(&mut reader, &mut source, ch('k'));
    assert_eq!(reader.state.list.cursor.selected, 0, "stays at the top");

    press(&mut reader, &mut source, ch('j'));
    let effects = press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    assert!(
        matches!(&effects[..], [Effect::LoadDocument { id, .. }] if *id == reader.state.list.rows[1].id)
    );
    assert_eq!(reader.state.focus, Focus::Article);
    assert_eq!(
        reader.state.article.id(),
        Some(&reader.state.list.rows[1].id)
    );

    press(&mut reader, &mut source, ch('j'));
    assert_eq!(reader.state.article.scroll, 1);
    press(
        &mut reader,
        &mut source,
        key(KeyCode::PageDown, KeyModifiers::NONE),
    );
    assert!(reader.state.article.scroll > 1);
    press(&mut reader, &mut source, ch('G'));
    let bottom = reader.state.article.scroll;
    let height = reader.state.pane_height(Focus::Article);
    assert_eq!(
        bottom,
        reader.state.article.line_count() - height,
        "the last line ends at the bottom"
    );
    press(&mut reader, &mut source, ch('j'));
    assert_eq!(reader.state.article.scroll, bottom);
    press(
        &mut reader,
        &mut source,
        key(KeyCode::PageUp, KeyModifiers::NONE),
    );
    assert!(reader.state.article.scroll < bottom);
    press(&mut reader, &mut source, ch('g'));
    assert_eq!(reader.state.article.scroll, 0);
}

#[test]
fn focus_cycles_and_moves_sideways() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    let tab = key(KeyCode::Tab, KeyModifiers::NONE);
    let back = key(KeyCode::BackTab, KeyModifiers::SHIFT);
    let mut seen = Vec::new();
    for _ in 0..3 {
        press(&mut reader, &mut source, tab.clone());
        seen.push(reader.state.focus);
    }
    assert_eq!(seen, [Focus::Article, Focus::Sidebar, Focus::List]);
    press(&mut reader, &mut source, back.clone());
    assert_eq!(reader.state.focus, Focus::Sidebar);
    press(&mut reader, &mut source, back);
    assert_eq!(reader.state.focus, Focus::Article);
    press(&mut reader, &mut source, ch('h'));
    assert_eq!(reader.state.focus, Focus::List);
    press(&mut reader, &mut source, ch('h'));
    assert_eq!(reader.state.focus, Focus::List, "no pane left of the list");
    press(&mut reader, &mut source, ch('l'));
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Right, KeyModifiers::NONE),
    );
    assert_eq!(reader.state.focus, Focus::Sidebar);
    press(&mut reader, &mut source, ch('l'));
    assert_eq!(reader.state.focus, Focus::Sidebar);
}

#[test]
fn search_input_applies_on_enter_and_cancels_on_esc() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    press(&mut reader, &mut source, ch('/'));
    assert_eq!(reader.context(), Context::Input);
    type_text(&mut reader, &mut source, "meccq");
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Backspace, KeyModifiers::NONE),
    );
    type_text(&mut reader, &mut source, "a");
    assert!(matches!(&reader.state.mode, Mode::Search(input) if input.text == "mecca"));
    assert!(!reader.state.quit, "q typed in the input line is text");
    let effects = press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    let wanted = Filter {
        query: Some("mecca".into()),
        ..Filter::default()
    };
    assert!(matches!(&effects[..], [Effect::LoadList { filter, .. }] if *filter == wanted));
    assert_eq!(reader.state.mode, Mode::Normal);
    assert_eq!(reader.state.list.rows.len(), 2);

    press(&mut reader, &mut source, ch('/'));
    assert!(
        matches!(&reader.state.mode, Mode::Search(input) if input.text == "mecca"),
        "starts from the query"
    );
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Char('u'), KeyModifiers::CONTROL),
    );
    type_text(&mut reader, &mut source, "nothing like this");
    let effects = press(
        &mut reader,
        &mut source,
        key(KeyCode::Esc, KeyModifiers::NONE),
    );
    assert!(effects.is_empty());
    assert_eq!(reader.state.mode, Mode::Normal);
    assert_eq!(reader.state.list.filter, wanted, "cancel keeps the filter");
}

#[test]
fn sidebar_entries_filter_the_list_and_filters_combine() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    select_in_sidebar(&mut reader, &mut source, is_entity("Marco Rubio"));
    let effects = press(&mut reader, &mut source, ch('f'));
    assert!(
        matches!(&effects[..], [Effect::LoadList { filter, .. }] if filter.person.as_deref() == Some("Marco Rubio"))
    );
    assert_eq!(reader.state.focus, Focus::List);
    assert_eq!(reader.state.list.rows.len(), 1);

    press(&mut reader, &mut source, ch('/'));
    type_text(&mut reader, &mut source, "ukraine");
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    let filter = &reader.state.list.filter;
    assert_eq!(
        (filter.person.as_deref(), filter.query.as_deref()),
        (Some("Marco Rubio"), Some("ukraine"))
    );
    assert_eq!(reader.state.list.rows.len(), 1);
    assert!(screen(&reader).contains("search \"ukraine\" · person: Marco Rubio"));

    let effects = press(
        &mut reader,
        &mut source,
        key(KeyCode::Esc, KeyModifiers::NONE),
    );
    assert!(matches!(&effects[..], [Effect::LoadList { filter, .. }] if filter.is_empty()));
    assert_eq!(reader.state.list.rows.len(), 3);
}

#[test]
fn places_organisations_and_speakers_filter_their_own_field() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    reader.state.list.cursor.selected = 1;
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    select_in_sidebar(&mut reader, &mut source, is_entity("Mecca"));
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    assert_eq!(reader.state.list.filter.place.as_deref(), Some("Mecca"));
    assert_eq!(reader.state.list.rows.len(), 2);

    select_in_sidebar(
        &mut reader,
        &mut source,
        is_entity("Civil Defense Authority"),
    );
    press(&mut reader, &mut source, ch('f'));
    assert_eq!(
        reader.state.list.filter.organization.as_deref(),
        Some("Civil Defense Authority")
    );
    assert_eq!(reader.state.list.rows.len(), 1);

    select_in_sidebar(&mut reader, &mut source, |i| {
        matches!(
            i,
            SidebarItem::Quote {
                speaker: Some(_),
                ..
            }
        )
    });
    let Some(SidebarItem::Quote { speaker, .. }) = reader.state.sidebar.selected().cloned() else {
        panic!()
    };
    press(&mut reader, &mut source, ch('f'));
    assert_eq!(reader.state.list.filter.speaker, speaker);
    assert_eq!(reader.state.list.rows.len(), 1);
}

#[test]
fn filter_key_outside_the_sidebar_explains_itself() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    let effects = press(&mut reader, &mut source, ch('f'));
    assert!(effects.is_empty());
    assert!(reader
        .state
        .status
        .message
        .as_ref()
        .is_some_and(|m| m.text.contains("sidebar")));
}

#[test]
fn enter_on_a_sidebar_quote_scrolls_the_article_to_it() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    select_in_sidebar(&mut reader, &mut source, |i| {
        matches!(i, SidebarItem::Quote { .. })
    });
    press(&mut reader, &mut source, ch('G'));
    let Some(SidebarItem::Quote { start, .. }) = reader.state.sidebar.selected().cloned() else {
        panic!()
    };
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    assert_eq!(reader.state.focus, Focus::Article);
    let layout = reader.state.article.layout.as_ref().unwrap();
    let shown = &layout.lines[reader.state.article.scroll..];
    let quote_line = layout.line_of(start);
    assert!(
        quote_line >= reader.state.article.scroll && quote_line - reader.state.article.scroll < 20
    );
    assert!(shown
        .iter()
        .any(|l| l.segments.iter().any(|s| s.mark.quote)));
}

#[test]
fn help_toggles_and_esc_closes_it() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    press(&mut reader, &mut source, ch('?'));
    assert_eq!(reader.state.mode, Mode::Help { scroll: 0 });
    press(&mut reader, &mut source, ch('j'));
    assert_eq!(reader.state.mode, Mode::Help { scroll: 1 });
    assert_eq!(
        reader.state.list.cursor.selected, 0,
        "keys go to the help while it is open"
    );
    press(&mut reader, &mut source, ch('?'));
    assert_eq!(reader.state.mode, Mode::Normal);
    press(&mut reader, &mut source, ch('?'));
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Esc, KeyModifiers::NONE),
    );
    assert_eq!(reader.state.mode, Mode::Normal);
}

#[test]
fn q_and_ctrl_c_quit() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    press(&mut reader, &mut source, ch('q'));
    assert!(reader.state.quit);
    let (mut reader, mut source) = loaded_reader(80, 24);
    press(&mut reader, &mut source, ch('/'));
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Char('c'), KeyModifiers::CONTROL),
    );
    assert!(reader.state.quit);
}

#[test]
fn who_said_what_lists_a_speakers_quotes_and_opens_one() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    select_in_sidebar(&mut reader, &mut source, is_entity("Marco Rubio"));
    let effects = press(&mut reader, &mut source, ch('w'));
    assert!(
        matches!(&effects[..], [Effect::LoadQuotes { speaker: Some(s), .. }] if s == "Marco Rubio"),
        "{effects:?}"
    );
    let Mode::Quotes(view) = &reader.state.mode else {
        panic!("quotes view not open")
    };
    assert!(view.rows.len() >= 2, "{:?}", view.rows);
    assert!(view
        .rows
        .iter()
        .all(|q| q.speaker.as_deref() == Some("Marco Rubio")));
    assert!(screen(&reader).contains("Who said what: Marco Rubio"));

    press(&mut reader, &mut source, ch('G'));
    let Mode::Quotes(view) = &reader.state.mode else {
        panic!()
    };
    let chosen = view.rows[view.cursor.selected].clone();
    let effects = press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    assert!(matches!(&effects[..], [Effect::LoadDocument { id, .. }] if *id == chosen.article));
    assert_eq!(reader.state.mode, Mode::Normal);
    assert_eq!(reader.state.focus, Focus::Article);
    let layout = reader.state.article.layout.as_ref().unwrap();
    let scroll = reader.state.article.scroll;
    let line = layout.line_of(chosen.start);
    let height = reader.state.pane_height(Focus::Article);
    assert!(
        line >= scroll && line < scroll + height,
        "quote at line {line}, view at {scroll}"
    );
    assert!(scroll > 0, "a quote far down the article scrolls it");
}

#[test]
fn all_quotes_and_esc_closes_the_view() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    let effects = press(&mut reader, &mut source, ch('W'));
    assert!(matches!(
        &effects[..],
        [Effect::LoadQuotes { speaker: None, .. }]
    ));
    let Mode::Quotes(view) = &reader.state.mode else {
        panic!()
    };
    assert!(view
        .rows
        .iter()
        .any(|q| q.speaker.as_deref() == Some("Khaled Al-Maeena")));
    assert_eq!(
        view.rows[0].date.as_deref(),
        Some("2025-12-20"),
        "newest first"
    );
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Esc, KeyModifiers::NONE),
    );
    assert_eq!(reader.state.mode, Mode::Normal);
}

#[test]
fn who_said_what_without_a_person_says_how() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    assert!(press(&mut reader, &mut source, ch('w')).is_empty());
    assert!(reader
        .state
        .status
        .message
        .as_ref()
        .is_some_and(|m| m.text.contains("who said what")));
}

#[test]
fn refresh_reports_progress_and_reloads_the_list() {
    let (mut reader, _) = loaded_reader(80, 24);
    let state = &mut reader.state;
    assert_eq!(update(state, Action::Refresh), [Effect::Refresh]);
    assert!(state.status.refreshing.is_some());
    assert!(
        update(state, Action::Refresh).is_empty(),
        "one refresh at a time"
    );
    receive(state, Msg::RefreshProgress("fetching 2/5 feeds".into()));
    assert_eq!(
        state.status.refreshing.as_deref(),
        Some("fetching 2/5 feeds")
    );
    let effects = receive(state, Msg::RefreshFinished(Ok("12 new articles".into())));
    assert!(matches!(&effects[..], [Effect::LoadList { .. }]));
    assert_eq!(state.status.refreshing, None);
    assert_eq!(
        state.status.message.as_ref().unwrap().text,
        "12 new articles"
    );

    update(state, Action::Refresh);
    receive(
        state,
        Msg::RefreshFinished(Err("feeds.toml: line 3: expected a URL".into())),
    );
    let message = state.status.message.as_ref().unwrap();
    assert!(message.error && message.text.contains("feeds.toml"));
}

#[test]
fn failed_effects_become_status_messages_and_stale_answers_are_ignored() {
    let (mut reader, _) = loaded_reader(80, 24);
    let state = &mut reader.state;
    let first = update(state, Action::Back);
    assert!(first.is_empty(), "no filter to clear");
    state.list.filter.query = Some("x".into());
    let Effect::LoadList { request: old, .. } = update(state, Action::Back)[0].clone() else {
        panic!()
    };
    state.list.filter.query = Some("y".into());
    let Effect::LoadList { request: new, .. } = update(state, Action::Back)[0].clone() else {
        panic!()
    };
    receive(
        state,
        Msg::ListLoaded {
            request: old,
            result: Ok(Vec::new()),
        },
    );
    assert_eq!(
        state.list.rows.len(),
        3,
        "an overtaken answer changes nothing"
    );
    receive(
        state,
        Msg::ListLoaded {
            request: new,
            result: Err("index at /tmp/x: locked".into()),
        },
    );
    let message = state.status.message.as_ref().unwrap();
    assert!(message.error && message.text == "index at /tmp/x: locked");
    assert!(screen(&reader).contains("index at /tmp/x: locked"));
}

#[test]
fn missing_article_is_reported() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    let id = reader.state.list.rows[2].id.clone();
    source.documents.retain(|d| d.article.id != id);
    reader.state.list.cursor.selected = 2;
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    let message = reader.state.status.message.as_ref().unwrap();
    assert!(message.error && message.text.contains(id.as_str()));
}

#[test]
fn resize_rewraps_the_article_and_keeps_the_place() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    reader.state.focus = Focus::Article;
    for _ in 0..10 {
        press(&mut reader, &mut source, ch('j'));
    }
    let before = reader.state.article.layout.clone().unwrap();
    let top = before.lines[reader.state.article.scroll].source.unwrap();
    press(&mut reader, &mut source, Event::Resize(160, 50));
    let after = reader.state.article.layout.as_ref().unwrap();
    assert_ne!(before.width, after.width);
    assert!(after.lines.len() < before.lines.len());
    let (width, _) = reader.state.pane_size(Focus::Article);
    assert_eq!(after.width, width);
    for line in &after.lines {
        assert!(unicode_width::UnicodeWidthStr::width(line.text().as_str()) <= usize::from(width));
    }
    let now = after.lines[reader.state.article.scroll].source.unwrap();
    assert!(
        now <= top && top - now < 200,
        "the text that was at the top is still near it"
    );
}

// ---- worker ----

#[test]
fn worker_runs_effects_on_its_thread_and_answers() {
    let source = MemorySource {
        documents: documents(),
    };
    let refresher: Refresher<MemorySource> = Box::new(|source, progress| {
        progress("fetching".into());
        Ok(format!("{} articles", source.documents.len()))
    });
    let (tx, rx) = mpsc::channel();
    let (effects, handle) =
        worker::spawn(source, refresher, move |msg| tx.send(msg).is_ok()).unwrap();
    effects
        .send(Effect::LoadList {
            request: 7,
            filter: Filter::default(),
        })
        .unwrap();
    effects.send(Effect::Refresh).unwrap();
    let wait = || rx.recv_timeout(Duration::from_secs(5)).unwrap();
    let Some(Msg::ListLoaded {
        request: 7,
        result: Ok(rows),
    }) = wait()
    else {
        panic!("no list")
    };
    assert_eq!(rows.len(), 3);
    assert_eq!(wait(), Some(Msg::RefreshProgress("fetching".into())));
    assert_eq!(wait(), Some(Msg::RefreshFinished(Ok("3 articles".into()))));
    drop(effects);
    handle.join().unwrap();
    assert_eq!(wait(), None, "the worker says when it stops");
}

#[test]
fn queued_loads_of_one_kind_collapse_to_the_last() {
    let list = |request| Effect::LoadList {
        request,
        filter: Filter::default(),
    };
    let batch = vec![list(1), Effect::Refresh, list(2), Effect::Refresh, list(3)];
    assert_eq!(
        worker::coalesce(batch),
        vec![Effect::Refresh, Effect::Refresh, list(3)]
    );
}

// ---- screens ----

#[test]
fn screen_80x24() {
    let (reader, _) = loaded_reader(80, 24);
    insta::assert_snapshot!("reader_80x24", screen(&reader));
}

#[test]
fn screen_help_overlay() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    press(&mut reader, &mut source, ch('?'));
    insta::assert_snapshot!("help_80x24", screen(&reader));
}

#[test]
fn screen_quotes_overlay_and_search_line() {
    let (mut reader, mut source) = loaded_reader(100, 20);
    press(&mut reader, &mut source, ch('W'));
    insta::assert_snapshot!("quotes_100x20", screen(&reader));
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Esc, KeyModifiers::NONE),
    );
    press(&mut reader, &mut source, ch('/'));
    type_text(&mut reader, &mut source, "crane");
    let text = screen(&reader);
    assert_eq!(text.lines().last().unwrap(), "Search: crane");
}

#[test]
fn narrow_screen_shows_the_focused_pane() {
    let (mut reader, mut source) = loaded_reader(40, 10);
    insta::assert_snapshot!("list_40x10", screen(&reader));
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Tab, KeyModifiers::NONE),
    );
    insta::assert_snapshot!("article_40x10", screen(&reader));
    press(
        &mut reader,
        &mut source,
        key(KeyCode::Tab, KeyModifiers::NONE),
    );
    insta::assert_snapshot!("sidebar_40x10", screen(&reader));
}

#[test]
fn highlights_use_their_own_styles() {
    let (reader, _) = loaded_reader(120, 40);
    let buffer = draw(&reader);
    let theme = &reader.theme;
    let text = buffer_text(&buffer);
    let find = |needle: &str| -> (u16, u16) {
        for (y, line) in text.lines().enumerate() {
            if let Some(byte) = line.find(needle) {
                let x = unicode_width::UnicodeWidthStr::width(&line[..byte]);
                return (x as u16, y as u16);
            }
        }
        panic!("{needle:?} not on screen:\n{text}");
    };
    let fg = |pos: (u16, u16)| buffer[pos].fg;
    assert_eq!(fg(find("Marco Rubio on Friday")), theme.person.fg.unwrap());
    assert_eq!(fg(find("Ukraine into any")), theme.place.fg.unwrap());
    assert_eq!(fg(find("There’s no peace")), theme.quote.fg.unwrap());
    let modifiers = buffer[find("MIAMI:")].modifier;
    assert!(
        modifiers.contains(ratatui::style::Modifier::BOLD),
        "dateline is bold"
    );
    let caption = buffer[find("(EPA Images pic)")].modifier;
    assert!(
        caption.contains(ratatui::style::Modifier::ITALIC),
        "caption is italic"
    );
}

#[test]
fn hostile_text_is_drawn_without_control_characters() {
    let mut reader = Reader::new(80, 24);
    let mut docs = documents();
    docs[0].article.title = "Evil\u{1b}]0;pwned\u{7}\u{202e}title\ttab".into();
    docs[0].article.source = Some("Src\u{9b}31m".into());
    let mut source = MemorySource { documents: docs };
    let effects = newsreader::tui::update::init(&mut reader.state);
    settle(&mut reader, &mut source, effects);
    let buffer = draw(&reader);
    for cell in buffer.content() {
        assert!(
            !cell
                .symbol()
                .chars()
                .any(|c| c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c)),
            "control character drawn: {:?}",
            cell.symbol()
        );
    }
    assert!(buffer_text(&buffer).contains("Evil]0;pwnedtitle"));
}

#[test]
fn no_panic_at_any_size_or_mode() {
    let sizes = [
        (20, 5),
        (40, 10),
        (80, 24),
        (200, 60),
        (1, 1),
        (0, 0),
        (59, 3),
        (60, 2),
        (3, 40),
    ];
    for (width, height) in sizes {
        let (mut reader, mut source) = loaded_reader(width, height);
        let script: Vec<Event> = vec![
            ch('j'),
            key(KeyCode::Enter, KeyModifiers::NONE),
            ch('G'),
            key(KeyCode::Tab, KeyModifiers::NONE),
            ch('G'),
            key(KeyCode::PageDown, KeyModifiers::NONE),
            ch('?'),
            ch('j'),
            ch('?'),
            ch('W'),
            ch('G'),
            key(KeyCode::Enter, KeyModifiers::NONE),
            ch('/'),
            ch('x'),
        ];
        for event in script {
            press(&mut reader, &mut source, event);
            let _ = screen(&reader);
        }
        press(
            &mut reader,
            &mut source,
            Event::Resize(width / 2, height / 2),
        );
        let _ = screen(&reader);
    }
}

#[test]
fn a_large_list_draws_only_its_window() {
    let mut reader = Reader::new(200, 24);
    let state = &mut reader.state;
    let effects = newsreader::tui::update::init(state);
    let Effect::LoadList { request, .. } = effects[0] else {
        panic!()
    };
    let template = support::row(&documents()[0]);
    let rows: Vec<_> = (0..100_000)
        .map(|i| {
            let mut row = template.clone();
            row.title = format!("Article number {i}");
            row.id = newsreader::article::ArticleId::from_key(row.title.as_bytes());
            row
        })
        .collect();
    receive(
        state,
        Msg::ListLoaded {
            request,
            result: Ok(rows),
        },
    );
    update(state, Action::Bottom);
    let started = std::time::Instant::now();
    let text = screen(&reader);
    assert!(
        started.elapsed() < Duration::from_millis(200),
        "drawing took {:?}",
        started.elapsed()
    );
    assert!(text.contains("Article number 99999"));
    assert!(text.contains("100000/100000"));
}

#[test]
fn tiny_screen_still_shows_the_list() {
    let (reader, _) = loaded_reader(20, 5);
    insta::assert_snapshot!("list_20x5", screen(&reader));
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
fn help_scrolls_no_further_than_its_last_line() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    press(&mut reader, &mut source, ch('?'));
    press(&mut reader, &mut source, ch('G'));
    let Mode::Help { scroll: bottom } = reader.state.mode else {
        panic!()
    };
    assert!(bottom > 0, "the help is longer than 24 rows");
    let text = screen(&reader);
    assert!(
        text.contains("quit"),
        "the last binding is shown at the bottom"
    );
    press(&mut reader, &mut source, ch('k'));
    assert_eq!(reader.state.mode, Mode::Help { scroll: bottom - 1 });
}

#[test]
fn enter_on_the_open_article_only_moves_the_focus_and_keys_clear_messages() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    reader.state.status.info("12 new articles");
    let effects = press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    assert!(effects.is_empty());
    assert_eq!(reader.state.focus, Focus::Article);
    assert_eq!(reader.state.status.message, None);
}

#[test]
fn n_and_p_open_the_next_and_previous_article_keeping_the_focus() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    reader.state.focus = Focus::Article;
    let effects = press(&mut reader, &mut source, ch('n'));
    assert!(matches!(&effects[..], [Effect::LoadDocument { .. }]));
    assert_eq!(
        reader.state.article.id(),
        Some(&reader.state.list.rows[1].id)
    );
    assert_eq!(reader.state.focus, Focus::Article);
    press(&mut reader, &mut source, ch('n'));
    assert!(
        press(&mut reader, &mut source, ch('n')).is_empty(),
        "no article after the last"
    );
    press(&mut reader, &mut source, ch('p'));
    assert_eq!(
        reader.state.article.id(),
        Some(&reader.state.list.rows[1].id)
    );
}

#[test]
fn quote_marks_take_the_quote_colour() {
    let (reader, _) = loaded_reader(120, 40);
    let layout = reader.state.article.layout.as_ref().unwrap();
    let quoted: Vec<&str> = layout
        .lines
        .iter()
        .flat_map(|l| &l.segments)
        .filter(|s| s.mark.quote)
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        quoted.iter().any(|t| t.starts_with("“There’s no peace")),
        "{quoted:?}"
    );
    assert!(
        quoted.iter().any(|t| t.ends_with("agrees to it,”")),
        "{quoted:?}"
    );
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
