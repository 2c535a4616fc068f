//! Screens drawn on TestBackend: snapshots, styles, terminal safety, tiny sizes, large lists.

use super::support::*;
use super::*;

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
    let mut source = MemorySource::new(docs);
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
            result: Ok(rows.into()),
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

/// Prints what drawing costs; run with `cargo test --test tui -- --ignored --nocapture timings`.
#[test]
#[ignore]
fn timings() {
    use newsreader::tui::wrap::ArticleLayout;
    use std::time::Instant;
    let documents = documents();
    let started = Instant::now();
    let rounds = 200;
    for _ in 0..rounds {
        for document in &documents {
            std::hint::black_box(ArticleLayout::build(document, 80));
        }
    }
    let per_layout = started.elapsed() / (rounds * documents.len() as u32);
    println!("layout of one article at 80 columns: {per_layout:?}");

    for (width, height) in [(80, 24), (200, 60)] {
        let (reader, _) = loaded_reader(width, height);
        let mut terminal =
            ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
        let started = Instant::now();
        for _ in 0..rounds {
            terminal
                .draw(|f| newsreader::tui::widgets::render(f, &reader.state, &reader.theme))
                .unwrap();
        }
        println!(
            "frame at {width}x{height}: {:?}",
            started.elapsed() / rounds
        );
    }
}

#[test]
fn random_key_sequences_never_panic() {
    let keys: Vec<Event> = "jkJKgGhlnpfwWr?/ x\u{7f}q"
        .chars()
        .map(ch)
        .chain([
            key(KeyCode::Enter, KeyModifiers::NONE),
            key(KeyCode::Esc, KeyModifiers::NONE),
            key(KeyCode::Tab, KeyModifiers::NONE),
            key(KeyCode::BackTab, KeyModifiers::SHIFT),
            key(KeyCode::PageDown, KeyModifiers::NONE),
            key(KeyCode::PageUp, KeyModifiers::NONE),
            key(KeyCode::Backspace, KeyModifiers::NONE),
            key(KeyCode::Char('u'), KeyModifiers::CONTROL),
        ])
        .collect();
    // A fixed linear congruential sequence: the same "random" session on every run.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        (seed >> 33) as usize % n
    };
    let (mut reader, mut source) = loaded_reader(80, 24);
    for step in 0..3000 {
        let event = if next(50) == 0 {
            Event::Resize(next(220) as u16, next(70) as u16)
        } else {
            keys[next(keys.len())].clone()
        };
        press(&mut reader, &mut source, event);
        reader.state.quit = false;
        if step % 10 == 0 {
            let _ = screen(&reader);
        }
    }
}
