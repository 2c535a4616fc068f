//! Update transitions without a terminal: navigation, focus, search, filters, overlays, quotes, refresh.

use super::support::*;
use super::*;

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
    let marked = reader.state.article.marked.expect("the quote is marked");
    assert!(marked.start < chosen.start && chosen.start < marked.end);
    let buffer = support::draw(&reader);
    let reversed: String = buffer
        .content()
        .iter()
        .filter(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED))
        .map(|c| c.symbol())
        .collect();
    let first_words: String = chosen
        .text
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        reversed.contains(&first_words),
        "{reversed:?} lacks {first_words:?}"
    );
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
    let effects = receive(state, Msg::RefreshStored("[2/5] 3 new so far".into()));
    assert!(
        matches!(&effects[..], [Effect::LoadList { .. }]),
        "articles stored mid-refresh appear at once"
    );
    assert!(state.status.refreshing.is_some(), "the refresh goes on");
    let effects = receive(state, Msg::RefreshFinished(Ok("12 new articles".into())));
    assert!(
        matches!(
            &effects[..],
            [Effect::LoadList { .. }, Effect::LoadDocument { .. }]
        ),
        "the list and the open article are read again: {effects:?}"
    );
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
fn a_finished_refresh_reads_the_open_article_again_in_place() {
    let (mut reader, mut source) = loaded_reader(100, 30);
    reader.state.focus = Focus::Article;
    for _ in 0..3 {
        press(&mut reader, &mut source, ch('j'));
    }
    assert_eq!(reader.state.article.scroll, 3);
    select_in_sidebar(&mut reader, &mut source, is_entity("Vladimir Putin"));
    let id = reader.state.article.id().cloned().unwrap();
    // A re-extraction in the background finds the open article's people anew: one is gone.
    let stored = source
        .documents
        .iter_mut()
        .find(|d| d.article.id == id)
        .unwrap();
    stored
        .extraction
        .entities
        .retain(|e| e.name != "Marco Rubio");
    let effects = reader.handle_msg(Msg::RefreshFinished(Ok(
        "people, places and quotes read again in 3 article files".into(),
    )));
    assert!(
        matches!(&effects[..], [Effect::LoadList { .. }, Effect::LoadDocument { id: reloaded, .. }] if *reloaded == id),
        "{effects:?}"
    );
    settle(&mut reader, &mut source, effects);
    let state = &reader.state;
    assert!(
        !state.sidebar.items.iter().any(is_entity("Marco Rubio")),
        "the sidebar shows the new reading"
    );
    assert!(
        state
            .sidebar
            .selected()
            .is_some_and(is_entity("Vladimir Putin")),
        "the same entry stays selected"
    );
    assert_eq!(state.article.scroll, 3, "the reader keeps their place");
    assert_eq!(state.focus, Focus::Sidebar);
    assert!(
        !source.read.contains(&id),
        "reading it again does not mark it read"
    );
    // While the reader waits for another article, the finished refresh does not read the old one again.
    reader.state.focus = Focus::List;
    press(&mut reader, &mut source, ch('j'));
    let opening = reader
        .handle_event(&key(KeyCode::Enter, KeyModifiers::NONE))
        .unwrap_or_default();
    assert!(matches!(&opening[..], [Effect::LoadDocument { .. }]));
    let effects = reader.handle_msg(Msg::RefreshFinished(Ok("2 new articles".into())));
    assert!(
        matches!(&effects[..], [Effect::LoadList { .. }]),
        "{effects:?}"
    );
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
            result: Ok(Vec::new().into()),
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
fn opening_an_article_marks_it_read_and_u_toggles() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    let first = reader.state.list.rows[0].id.clone();
    assert!(
        source.read.is_empty(),
        "the article shown on start stays unread"
    );
    assert_eq!(reader.state.list.unread, 3);

    press(&mut reader, &mut source, ch('j'));
    let second = reader.state.list.rows[1].id.clone();
    let effects = press(
        &mut reader,
        &mut source,
        key(KeyCode::Enter, KeyModifiers::NONE),
    );
    assert!(matches!(&effects[..], [Effect::LoadDocument { .. }]));
    assert!(source.read.contains(&second), "saved through the source");
    assert!(reader.state.list.is_read(&second));
    assert_eq!(reader.state.list.unread, 2);
    assert!(screen(&reader).contains("3 articles (2 unread)"));

    // u on the open article (article focus) marks it unread again; on the list it acts on the selection.
    let effects = press(&mut reader, &mut source, ch('u'));
    assert_eq!(
        effects,
        [Effect::SetRead {
            id: second.clone(),
            read: false
        }]
    );
    assert!(!source.read.contains(&second));
    press(&mut reader, &mut source, ch('h'));
    press(&mut reader, &mut source, ch('g'));
    press(&mut reader, &mut source, ch('u'));
    assert!(source.read.contains(&first));
    assert_eq!(reader.state.list.unread, 2);
}

#[test]
fn a_reading_state_that_cannot_be_saved_is_put_back_and_reported() {
    let (mut reader, mut source) = loaded_reader(80, 24);
    source.read_error = Some("read-only: another newsreader is updating the store".into());
    press(&mut reader, &mut source, ch('u'));
    let first = reader.state.list.rows[0].id.clone();
    assert!(!reader.state.list.is_read(&first));
    assert_eq!(reader.state.list.unread, 3);
    let message = reader.state.status.message.as_ref().unwrap();
    assert!(message.error && message.text.contains("read-only"));
}

#[test]
fn the_read_state_comes_with_the_list() {
    let mut reader = Reader::new(80, 24);
    let mut source = MemorySource::new(support::documents());
    let seen = source.documents[1].article.id.clone();
    source.read.insert(seen.clone());
    let effects = newsreader::tui::update::init(&mut reader.state);
    settle(&mut reader, &mut source, effects);
    assert!(reader.state.list.is_read(&seen));
    assert_eq!(reader.state.list.unread, 2);
    let buffer = support::draw(&reader);
    let bold = |y: u16| {
        buffer[(1, y)]
            .modifier
            .contains(ratatui::style::Modifier::BOLD)
    };
    assert!(bold(3), "unread titles are bold");
    assert!(!bold(2), "read titles are not");
}
