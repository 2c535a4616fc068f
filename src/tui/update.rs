//! The reader's logic: `update` turns an [`Action`] into state changes and [`Effect`]s, `receive` does the same
//! for a worker's [`Msg`]. Both are pure: no terminal, no I/O, so tests drive them directly.

use super::action::{Action, Effect, Listing, Msg};
use super::cursor::page;
use super::keymap::help_lines;
use super::panes::{QuotesView, SidebarItem, SidebarPane};
use super::state::{Focus, InputLine, Mode, State};
use crate::article::{ArticleId, EntityKind};
use crate::library::Filter;

/// The effects that start the reader: load the list.
pub fn init(state: &mut State) -> Vec<Effect> {
    vec![load_list(state)]
}

/// Applies one user action.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Quit => {
            state.quit = true;
            return Vec::new();
        }
        Action::Resize(width, height) => {
            resize(state, width, height);
            return Vec::new();
        }
        // A message stays until the next key, so it is read, then gets out of the way.
        _ => state.status.message = None,
    }
    match state.mode {
        Mode::Normal => update_normal(state, action),
        Mode::Search(_) => update_search(state, action),
        Mode::Help { .. } => {
            update_help(state, action);
            Vec::new()
        }
        Mode::Quotes(_) => update_quotes(state, action),
    }
}

fn update_normal(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::FocusNext => state.focus = state.focus.next(),
        Action::FocusPrev => state.focus = state.focus.prev(),
        Action::FocusLeft => state.focus = state.focus.left(),
        Action::FocusRight => state.focus = state.focus.right(),
        Action::Up => navigate(state, Nav::By(-1)),
        Action::Down => navigate(state, Nav::By(1)),
        Action::PageUp => navigate(state, Nav::Page(-1)),
        Action::PageDown => navigate(state, Nav::Page(1)),
        Action::Top => navigate(state, Nav::Top),
        Action::Bottom => navigate(state, Nav::Bottom),
        Action::Open => return open(state),
        Action::FilterBySelection => return filter_by_selection(state),
        Action::Back => {
            if state.list.filter.is_empty() {
                state.status.message = None;
            } else {
                state.list.filter = Filter::default();
                state.status.info("filter cleared");
                return vec![load_list(state)];
            }
        }
        Action::StartSearch => {
            let text = state.list.filter.query.clone().unwrap_or_default();
            state.mode = Mode::Search(InputLine { text });
        }
        Action::ToggleHelp => state.mode = Mode::Help { scroll: 0 },
        Action::WhoSaid => return who_said(state),
        Action::NextArticle => return step_article(state, 1),
        Action::PrevArticle => return step_article(state, -1),
        Action::AllQuotes => return open_quotes(state, None),
        Action::ToggleRead => return toggle_read(state),
        Action::Refresh => {
            if state.status.refreshing.is_some() {
                state.status.info("a refresh is already running");
            } else {
                state.status.refreshing = Some("refreshing…".into());
                return vec![Effect::Refresh];
            }
        }
        _ => {}
    }
    Vec::new()
}

fn update_search(state: &mut State, action: Action) -> Vec<Effect> {
    let Mode::Search(input) = &mut state.mode else {
        return Vec::new();
    };
    match action {
        Action::InputChar(c) if !c.is_control() => input.text.push(c),
        Action::InputBackspace => {
            input.text.pop();
        }
        Action::InputClear => input.text.clear(),
        Action::InputCancel => state.mode = Mode::Normal,
        Action::InputSubmit => {
            let query = input.text.trim().to_string();
            state.mode = Mode::Normal;
            state.list.filter.query = (!query.is_empty()).then_some(query);
            state.focus = Focus::List;
            return vec![load_list(state)];
        }
        _ => {}
    }
    Vec::new()
}

fn update_help(state: &mut State, action: Action) {
    let max = help_lines(&state.help)
        .len()
        .saturating_sub(state.overlay_height());
    let Mode::Help { scroll } = &mut state.mode else {
        return;
    };
    match action {
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::Down => *scroll = (*scroll + 1).min(max),
        Action::PageUp => *scroll = scroll.saturating_sub(10),
        Action::PageDown => *scroll = (*scroll + 10).min(max),
        Action::Top => *scroll = 0,
        Action::Bottom => *scroll = max,
        Action::ToggleHelp | Action::Back => state.mode = Mode::Normal,
        _ => {}
    }
}

fn update_quotes(state: &mut State, action: Action) -> Vec<Effect> {
    let height = state.overlay_height();
    let Mode::Quotes(view) = &mut state.mode else {
        return Vec::new();
    };
    let len = view.rows.len();
    match action {
        Action::Up => view.cursor.move_by(-1, len, height),
        Action::Down => view.cursor.move_by(1, len, height),
        Action::PageUp => view.cursor.move_by(-page(height), len, height),
        Action::PageDown => view.cursor.move_by(page(height), len, height),
        Action::Top => view.cursor.top(),
        Action::Bottom => view.cursor.bottom(len, height),
        Action::Back | Action::WhoSaid => state.mode = Mode::Normal,
        Action::Open => {
            let Some(row) = view.rows.get(view.cursor.selected) else {
                return Vec::new();
            };
            let (id, start) = (row.article.clone(), row.start);
            state.mode = Mode::Normal;
            state.focus = Focus::Article;
            return vec![load_document(state, id, Some(start))];
        }
        _ => {}
    }
    Vec::new()
}

enum Nav {
    By(isize),
    Page(isize),
    Top,
    Bottom,
}

fn navigate(state: &mut State, nav: Nav) {
    let height = state.pane_height(state.focus);
    match state.focus {
        Focus::List => {
            let len = state.list.rows.len();
            let cursor = &mut state.list.cursor;
            match nav {
                Nav::By(d) => cursor.move_by(d, len, height),
                Nav::Page(d) => cursor.move_by(d * page(height), len, height),
                Nav::Top => cursor.top(),
                Nav::Bottom => cursor.bottom(len, height),
            }
        }
        Focus::Article => {
            let article = &mut state.article;
            match nav {
                Nav::By(d) => article.scroll_by(d, height),
                Nav::Page(d) => article.scroll_by(d * page(height), height),
                Nav::Top => article.scroll = 0,
                Nav::Bottom => article.scroll_by(isize::MAX, height),
            }
        }
        Focus::Sidebar => {
            let sidebar = &mut state.sidebar;
            match nav {
                Nav::By(d) => sidebar.move_by(d, height),
                Nav::Page(d) => sidebar.move_by(d * page(height), height),
                Nav::Top => sidebar.move_by(isize::MIN, height),
                Nav::Bottom => sidebar.move_by(isize::MAX, height),
            }
        }
    }
}

fn open(state: &mut State) -> Vec<Effect> {
    match state.focus {
        Focus::List => {
            let Some(row) = state.list.selected() else {
                return Vec::new();
            };
            let id = row.id.clone();
            state.focus = Focus::Article;
            if state.article.id() == Some(&id) && state.article.pending.is_none() {
                return Vec::new();
            }
            vec![load_document(state, id, None)]
        }
        Focus::Article => Vec::new(),
        Focus::Sidebar => match state.sidebar.selected() {
            Some(SidebarItem::Quote { start, .. }) => {
                let start = *start;
                let height = state.pane_height(Focus::Article);
                state.article.jump(start, height);
                state.focus = Focus::Article;
                Vec::new()
            }
            Some(SidebarItem::Entity { .. }) => filter_by_selection(state),
            None => Vec::new(),
        },
    }
}

/// Flips the reading state of the selected article (list focus) or of the open one.
fn toggle_read(state: &mut State) -> Vec<Effect> {
    let id = match state.focus {
        Focus::List => state.list.selected().map(|r| r.id.clone()),
        _ => state.article.id().cloned(),
    };
    let Some(id) = id else {
        return Vec::new();
    };
    let read = !state.list.is_read(&id);
    state.list.set_read(&id, read);
    state
        .status
        .info(if read { "marked read" } else { "marked unread" });
    vec![Effect::SetRead { id, read }]
}

/// Moves the list selection by `delta` and opens that article, keeping the focus where it is.
fn step_article(state: &mut State, delta: isize) -> Vec<Effect> {
    let before = state.list.cursor.selected;
    let height = state.pane_height(Focus::List);
    let len = state.list.rows.len();
    state.list.cursor.move_by(delta, len, height);
    if state.list.cursor.selected == before && state.article.id().is_some() {
        return Vec::new();
    }
    match state.list.selected() {
        Some(row) => {
            let id = row.id.clone();
            vec![load_document(state, id, None)]
        }
        None => Vec::new(),
    }
}

fn filter_by_selection(state: &mut State) -> Vec<Effect> {
    if state.focus != Focus::Sidebar {
        state
            .status
            .info("select a person, place, organisation or quote in the sidebar first (Tab)");
        return Vec::new();
    }
    let filter = &mut state.list.filter;
    match state.sidebar.selected() {
        Some(SidebarItem::Entity { kind, name, .. }) => {
            let field = match kind {
                EntityKind::Person => &mut filter.person,
                EntityKind::Place => &mut filter.place,
                EntityKind::Organization => &mut filter.organization,
            };
            *field = Some(name.clone());
        }
        Some(SidebarItem::Quote {
            speaker: Some(speaker),
            ..
        }) => filter.speaker = Some(speaker.clone()),
        Some(SidebarItem::Quote { speaker: None, .. }) => {
            state.status.info("this quote has no known speaker");
            return Vec::new();
        }
        None => return Vec::new(),
    }
    state.focus = Focus::List;
    vec![load_list(state)]
}

/// Quotes of the selected person or speaker; failing that, of the person or speaker the list is filtered by.
fn who_said(state: &mut State) -> Vec<Effect> {
    let from_sidebar = match (state.focus, state.sidebar.selected()) {
        (
            Focus::Sidebar,
            Some(SidebarItem::Entity {
                kind: EntityKind::Person,
                name,
                ..
            }),
        ) => Some(name.clone()),
        (
            Focus::Sidebar,
            Some(SidebarItem::Quote {
                speaker: Some(speaker),
                ..
            }),
        ) => Some(speaker.clone()),
        _ => None,
    };
    let filter = &state.list.filter;
    match from_sidebar
        .or_else(|| filter.speaker.clone())
        .or_else(|| filter.person.clone())
    {
        Some(speaker) => open_quotes(state, Some(speaker)),
        None => {
            state.status.info(
                "select a person or a quote in the sidebar for \"who said what\" (W: all quotes)",
            );
            Vec::new()
        }
    }
}

fn open_quotes(state: &mut State, speaker: Option<String>) -> Vec<Effect> {
    let request = state.request();
    state.mode = Mode::Quotes(QuotesView {
        speaker: speaker.clone(),
        pending: Some(request),
        ..QuotesView::default()
    });
    vec![Effect::LoadQuotes { request, speaker }]
}

fn load_list(state: &mut State) -> Effect {
    let request = state.request();
    state.list.pending = Some(request);
    Effect::LoadList {
        request,
        filter: state.list.filter.clone(),
    }
}

fn load_document(state: &mut State, id: ArticleId, jump_to: Option<usize>) -> Effect {
    let request = state.request();
    state.article.pending = Some(request);
    state.article.jump_to = jump_to;
    state.article.mark_read = true;
    state.article.reload = false;
    Effect::LoadDocument { request, id }
}

/// Reads the open article again, unless the reader is already waiting for one: its people, places and quotes
/// may have been found again, or its text updated. The reader keeps their place, and it is not marked read.
fn reload_document(state: &mut State) -> Option<Effect> {
    if state.article.pending.is_some() {
        return None;
    }
    let id = state.article.id()?.clone();
    let effect = load_document(state, id, None);
    state.article.mark_read = false;
    state.article.reload = true;
    Some(effect)
}

fn resize(state: &mut State, width: u16, height: u16) {
    state.screen = ratatui::layout::Rect::new(0, 0, width, height);
    let list_height = state.pane_height(Focus::List);
    let len = state.list.rows.len();
    state.list.cursor.keep_visible(len, list_height);
    let (article_width, article_height) = state.pane_size(Focus::Article);
    state
        .article
        .relayout(article_width, usize::from(article_height));
    let sidebar_height = state.pane_height(Focus::Sidebar);
    state.sidebar.keep_visible(sidebar_height);
    let overlay_height = state.overlay_height();
    if let Mode::Quotes(view) = &mut state.mode {
        view.cursor.keep_visible(view.rows.len(), overlay_height);
    }
}

/// Applies a worker's answer.
pub fn receive(state: &mut State, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::ListLoaded { request, result } => {
            if state.list.pending != Some(request) {
                return Vec::new();
            }
            state.list.pending = None;
            match result {
                Ok(Listing { rows, read }) => {
                    let keep = state.list.selected().map(|r| r.id.clone());
                    let index = keep
                        .and_then(|id| rows.iter().position(|r| r.id == id))
                        .unwrap_or(0);
                    state.list.rows = rows;
                    state.list.read = read;
                    state.list.recount();
                    state.list.loaded = true;
                    let height = state.pane_height(Focus::List);
                    let len = state.list.rows.len();
                    state.list.cursor.select(index, len, height);
                    // Show something to read at once, without taking the focus from the list.
                    if state.article.document.is_none() && state.article.pending.is_none() {
                        if let Some(id) = state.list.selected().map(|r| r.id.clone()) {
                            let effect = load_document(state, id, None);
                            // Shown without being chosen: it stays unread.
                            state.article.mark_read = false;
                            return vec![effect];
                        }
                    }
                }
                Err(error) => state.status.error(error),
            }
        }
        Msg::DocumentLoaded {
            request,
            id,
            result,
        } => {
            if state.article.pending != Some(request) {
                return Vec::new();
            }
            state.article.pending = None;
            match result {
                Ok(Some(document)) => {
                    let (width, height) = state.pane_size(Focus::Article);
                    let again = std::mem::take(&mut state.article.reload)
                        && state.article.id() == Some(&id);
                    if again {
                        let sidebar_height = state.pane_height(Focus::Sidebar);
                        state.sidebar =
                            SidebarPane::of_again(&document, &state.sidebar, sidebar_height);
                        state
                            .article
                            .show_again(*document, width, usize::from(height));
                        return Vec::new();
                    }
                    state.sidebar = SidebarPane::of(&document);
                    state.article.show(*document, width, usize::from(height));
                    if state.article.mark_read && state.list.set_read(&id, true) {
                        return vec![Effect::SetRead { id, read: true }];
                    }
                }
                Ok(None) => {
                    state.article.jump_to = None;
                    state
                        .status
                        .error(format!("article {id} is no longer in the store"));
                }
                Err(error) => {
                    state.article.jump_to = None;
                    state.status.error(error);
                }
            }
        }
        Msg::QuotesLoaded { request, result } => {
            let height = state.overlay_height();
            let Mode::Quotes(view) = &mut state.mode else {
                return Vec::new();
            };
            if view.pending != Some(request) {
                return Vec::new();
            }
            view.pending = None;
            match result {
                Ok(rows) => {
                    view.rows = rows;
                    view.cursor.keep_visible(view.rows.len(), height);
                }
                Err(error) => state.status.error(error),
            }
        }
        Msg::ReadSaved { id, read, result } => {
            if let Err(error) = result {
                // Show the truth: the state on disk did not change.
                state.list.set_read(&id, !read);
                state.status.error(error);
            }
        }
        Msg::RefreshProgress(text) => state.status.refreshing = Some(text),
        Msg::RefreshStored(text) => {
            state.status.refreshing = Some(text);
            return vec![load_list(state)];
        }
        Msg::RefreshFinished(result) => {
            state.status.refreshing = None;
            match result {
                Ok(summary) => {
                    state.status.info(summary);
                    let list = load_list(state);
                    return std::iter::once(list)
                        .chain(reload_document(state))
                        .collect();
                }
                Err(error) => state.status.error(error),
            }
        }
    }
    Vec::new()
}
