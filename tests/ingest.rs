//! Importing files: web pages, feeds of every flavour, JSON, JSON Lines and Markdown, and hostile input.

use newsreader::article::{Article, BlockKind};
use newsreader::ingest::{self, Format, IngestError};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> (PathBuf, Vec<u8>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (path, bytes)
}

fn import(name: &str) -> Vec<Article> {
    let (path, bytes) = fixture(name);
    ingest::parse_bytes(&path, &bytes).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn block_texts(a: &Article, kind: BlockKind) -> Vec<&str> {
    a.blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| b.span.slice(&a.text))
        .collect()
}

#[test]
fn news_page_keeps_the_article_and_drops_the_furniture() {
    let [page] = &import("news-page.html")[..] else {
        panic!("one article")
    };
    assert_eq!(page.title, "Harbour bridge reopens after storm repairs");
    assert_eq!(page.author.as_deref(), Some("Marta Oliveira"));
    assert_eq!(page.date.as_deref(), Some("2024-03-05T07:30:00Z"));
    assert_eq!(
        page.url.as_deref(),
        Some("https://herald.example/news/2024/harbour-bridge-reopens")
    );
    assert_eq!(page.source.as_deref(), Some("The Coastal Herald"));
    assert!(
        page.text
            .starts_with("The harbour bridge in Porto Velho reopened"),
        "{}",
        page.text
    );
    assert!(page
        .text
        .contains("\"We were lucky that the deck itself held,\" she told reporters"));
    assert!(
        page.text
            .ends_with("when the bridge is expected to carry its full load again."),
        "{}",
        page.text
    );
    assert_eq!(
        block_texts(page, BlockKind::Heading),
        ["Traffic returns to normal"]
    );
    assert_eq!(block_texts(page, BlockKind::Paragraph).len(), 4);
    for furniture in [
        "cookies",
        "Subscribe",
        "Sunbeam",
        "Related stories",
        "Ferry timetable changes",
        "About time",
        "rights reserved",
        "Home",
    ] {
        assert!(
            !page.text.contains(furniture),
            "kept {furniture:?}: {}",
            page.text
        );
    }
    // Blocks tile the text exactly.
    let rebuilt: Vec<&str> = page
        .blocks
        .iter()
        .map(|b| b.span.slice(&page.text))
        .collect();
    assert_eq!(rebuilt.join("\n\n"), page.text);
}

#[test]
fn page_dates_come_from_json_ld_or_time_elements() {
    let [ld] = &import("page-jsonld.html")[..] else {
        panic!()
    };
    assert_eq!(ld.date.as_deref(), Some("2023-11-20T14:00:00Z"));
    assert_eq!(ld.title, "Library extends opening hours");
    let [time] = &import("page-time.html")[..] else {
        panic!()
    };
    assert_eq!(time.date.as_deref(), Some("2022-06-01"));
    assert!(time.text.starts_with("The city orchestra"), "{}", time.text);
}

#[test]
fn rss2_items_become_articles() {
    let items = import("rss-summaries.xml");
    assert_eq!(items.len(), 3);
    let first = &items[0];
    assert_eq!(first.title, "Council approves new tram line");
    assert_eq!(first.source.as_deref(), Some("The Coastal Herald"));
    assert_eq!(first.date.as_deref(), Some("2024-03-04T10:00:00Z"));
    assert_eq!(
        first.text,
        "The city council approved a new tram line on Monday."
    );
    // Escaped HTML in a description is markup, not text.
    assert_eq!(items[1].text, "Most boats stayed in port on Thursday.");
    assert_eq!(items[1].date.as_deref(), Some("2024-03-07T06:15:00Z"));
}

#[test]
fn atom_with_html_content() {
    let items = import("atom-html.xml");
    assert_eq!(items.len(), 2);
    let bees = &items[0];
    assert_eq!(bees.title, "Bees return to the city parks");
    assert_eq!(bees.source.as_deref(), Some("Science & Nature Weekly"));
    assert_eq!(bees.author.as_deref(), Some("Lena Park"));
    assert_eq!(bees.url.as_deref(), Some("https://science.example/bees"));
    assert_eq!(bees.date.as_deref(), Some("2024-02-09T07:00:00Z"));
    assert_eq!(
        bees.text,
        "Wild bees have returned to the city's parks in numbers not seen for twenty years.\n\nWhy now\n\n\
         Researchers credit the new wildflower meadows."
    );
    assert_eq!(bees.blocks[1].kind, BlockKind::Heading);
    assert_eq!(
        items[1].text,
        "A bright comet will be visible to the naked eye."
    );
    assert_eq!(items[1].date.as_deref(), Some("2024-02-08T12:00:00Z"));
}

#[test]
fn json_feed() {
    let (path, bytes) = fixture("feed.json");
    assert_eq!(Format::detect(&path, &bytes), Format::Feed);
    let items = import("feed.json");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].title, "Grape harvest starts early");
    assert_eq!(
        items[0].text,
        "The grape harvest began two weeks early this year.\n\nGrowers blamed the hot summer."
    );
    assert_eq!(items[0].date.as_deref(), Some("2024-08-20T09:00:00Z"));
    assert_eq!(items[0].author.as_deref(), Some("Paulo Lima"));
    assert_eq!(items[0].source.as_deref(), Some("Valley Gazette"));
    assert_eq!(
        items[1].text,
        "The regional government awarded the bridge tender.\n\nWork starts in May."
    );
}

#[test]
fn rss_091_and_rss_1_0() {
    let old = import("rss091.xml");
    assert_eq!(old.len(), 1);
    assert_eq!(old[0].title, "Market square repaved");
    assert_eq!(old[0].source.as_deref(), Some("Old Town Crier"));
    assert_eq!(old[0].url.as_deref(), Some("http://crier.example/market"));
    let rdf = import("rdf10.xml");
    assert_eq!(rdf.len(), 1);
    assert_eq!(rdf[0].title, "Lighthouse keeper retires");
    assert_eq!(rdf[0].date.as_deref(), Some("2021-05-14T09:30:00Z"));
    assert_eq!(rdf[0].author.as_deref(), Some("Joana Reis"));
    assert_eq!(rdf[0].source.as_deref(), Some("RDF Daily"));
}

#[test]
fn windows_1252_feed() {
    let items = import("cp1252.xml");
    assert_eq!(items[0].source.as_deref(), Some("Café Society"));
    assert_eq!(items[0].title, "Naïve “quotes” — and more");
    assert_eq!(items[0].text, "Crème brûlée for €5 at the café.");
}

#[test]
fn utf16_with_bom_is_decoded() {
    let (_, bytes) = fixture("rdf10.xml");
    let text = String::from_utf8(bytes).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let items = ingest::parse_bytes(Path::new("feed.xml"), &utf16).unwrap();
    assert_eq!(items[0].title, "Lighthouse keeper retires");
}

#[test]
fn ids_are_stable_per_item_and_distinct() {
    let items = import("atom-html.xml");
    assert_ne!(items[0].id, items[1].id);
    assert_eq!(items[0].id, import("atom-html.xml")[0].id);
    assert_eq!(
        items[0].id,
        newsreader::article::ArticleId::from_key(b"https://science.example/bees")
    );
}

#[test]
fn json_and_json_lines() {
    let items = import("articles.json");
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].title, "Dam levels rise after rain");
    assert_eq!(
        items[0].text,
        "Reservoir levels rose by ten percent.\n\nFarmers welcomed the rain."
    );
    assert_eq!(items[0].date.as_deref(), Some("2024-01-02T09:00:00Z"));
    assert_eq!(items[0].source.as_deref(), Some("Water Watch"));
    assert_eq!(items[0].author.as_deref(), Some("Ines Duarte"));
    assert_eq!(
        items[1].text,
        "The museum reopened on Sunday.\n\nQueues formed early."
    );
    let lines = import("articles.jsonl");
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1].title, "Second line article");
    assert_eq!(lines[1].text, "Another paragraph.");
    let bad = ingest::parse_bytes(Path::new("x.json"), b"[{\"title\": \"No text\"}]").unwrap_err();
    assert_eq!(bad.to_string(), "item 1: no \"text\" or \"html\"");
    let bad = ingest::parse_bytes(
        Path::new("x.jsonl"),
        b"{\"title\":\"a\",\"text\":\"b\"}\n{oops\n",
    )
    .unwrap_err();
    assert!(bad.to_string().starts_with("line 2: invalid JSON"), "{bad}");
}

#[test]
fn markdown_file() {
    let [a] = &import("article.md")[..] else {
        panic!()
    };
    assert_eq!(a.title, "Volunteers clean the river banks");
    assert_eq!(
        a.text,
        "More than two hundred volunteers spent Saturday clearing rubbish from the banks of the River Lima, the \
         organisers said.\n\nWhat they found\n\nForty bags of plastic\n\nTwo shopping trolleys\n\n\
         \"We will be back next year,\" said one volunteer."
    );
    assert_eq!(block_texts(a, BlockKind::Heading), ["What they found"]);
}

#[test]
fn format_detection_sniffs_content_over_extension() {
    let (_, page) = fixture("news-page.html");
    let (_, rss) = fixture("rss091.xml");
    assert_eq!(Format::detect(Path::new("saved.xml"), &page), Format::Html);
    assert_eq!(Format::detect(Path::new("saved.html"), &rss), Format::Feed);
    assert_eq!(
        Format::detect(Path::new("notes.txt"), b"Title\n\nBody."),
        Format::Text
    );
    assert_eq!(
        Format::detect(Path::new("dump"), b"{\"title\":\"a\"}\n{\"title\":\"b\"}\n"),
        Format::JsonLines
    );
    assert_eq!(
        Format::detect(Path::new("dump"), b"[{\"title\":\"a\"}]"),
        Format::Json
    );
    assert_eq!(
        Format::detect(Path::new("README"), b"# Heading\n\nText"),
        Format::Markdown
    );
}

#[test]
fn entity_bombs_and_external_entities_are_not_expanded() {
    let start = std::time::Instant::now();
    let (path, bytes) = fixture("billion-laughs.xml");
    match ingest::parse_bytes(&path, &bytes) {
        Ok(items) => {
            for a in &items {
                assert!(
                    a.text.len() < 1000 && a.title.len() < 1000,
                    "expanded: {} bytes",
                    a.text.len()
                );
                assert!(!a.text.contains("root:"), "external entity read");
            }
        }
        Err(e) => assert!(e.to_string().contains("feed"), "{e}"),
    }
    assert!(start.elapsed().as_secs() < 2);
}

#[test]
fn malformed_and_mistaken_input_gives_a_reason() {
    let (path, bytes) = fixture("malformed.xml");
    let err = ingest::parse_bytes(&path, &bytes).unwrap_err();
    assert!(matches!(err, IngestError::Malformed(_)), "{err:?}");
    assert!(!err.to_string().contains('\n'));
    // A page saved under a feed's name is read as the page it is.
    let (_, page) = fixture("news-page.html");
    assert_eq!(
        ingest::parse_bytes(Path::new("feed.rss"), &page)
            .unwrap()
            .len(),
        1
    );
    // But asked to read it as a feed, the reason says what it is.
    let err = ingest::feed::parse_feed(&page, None, None).unwrap_err();
    assert_eq!(err.to_string(), "not a feed: this is an HTML page");
    assert_eq!(
        ingest::parse_bytes(Path::new("a.html"), b"   "),
        Err(IngestError::Empty)
    );
    assert_eq!(
        ingest::parse_bytes(
            Path::new("a.html"),
            b"<html><body><nav>x</nav></body></html>"
        ),
        Err(IngestError::NoText)
    );
}

#[test]
fn ten_thousand_levels_of_nesting_do_not_overflow() {
    let body = "<p>The storm passed over the island during the night and left the harbour walls standing, \
                the coastguard said on Friday morning after inspecting the damage from the air.</p>";
    let html = format!(
        "<html><head><title>Deep</title></head><body>{}{}{}</body></html>",
        "<div>".repeat(10_000),
        body.repeat(3),
        "</div>".repeat(10_000)
    );
    // A small stack, like a worker thread's, shows any recursion the guard missed.
    let result = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || ingest::parse_bytes(Path::new("deep.html"), html.as_bytes()))
        .unwrap()
        .join()
        .expect("no stack overflow");
    let articles = result.unwrap();
    assert!(articles[0]
        .text
        .starts_with("The storm passed over the island"));
    let unclosed = format!("<html><body>{}<p>text</p>", "<span><b><i>".repeat(5_000));
    let _ = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || ingest::parse_bytes(Path::new("deep.html"), unclosed.as_bytes()))
        .unwrap()
        .join()
        .expect("no stack overflow");
}

#[test]
fn items_without_any_text_are_left_out() {
    let feed = b"<rss version=\"2.0\"><channel><title>Pod</title>\
                 <item><title>Episode 12</title><enclosure url=\"http://p.example/12.mp3\" type=\"audio/mpeg\" length=\"1\"/></item>\
                 <item><title>Notes</title><description>Show notes.</description></item></channel></rss>";
    let items = ingest::parse_bytes(Path::new("pod.xml"), feed).unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].title, "Notes");
    let empty = b"<rss version=\"2.0\"><channel><title>Pod</title><item><title>Only</title></item></channel></rss>";
    assert_eq!(
        ingest::parse_bytes(Path::new("pod.xml"), empty),
        Err(IngestError::NoText)
    );
}

#[test]
fn latin1_feature_page_with_caption_promos_and_share_buttons() {
    let [page] = &import("feature-page.html")[..] else {
        panic!()
    };
    assert_eq!(page.title, "Inside the last salt works of the Algarve");
    assert_eq!(
        page.url.as_deref(),
        Some("https://southern.example/features/salt-works")
    );
    assert_eq!(page.source.as_deref(), Some("Southern Weekly"));
    let paragraphs = block_texts(page, BlockKind::Paragraph);
    assert!(
        paragraphs[0].starts_with("João Baptista has raked salt"),
        "{}",
        page.text
    );
    assert!(page.text.contains("flor de sal («salt flower»)"));
    assert_eq!(
        block_texts(page, BlockKind::Caption),
        ["Salt pans near Castro Marim at dawn."]
    );
    // <br><br> inside a paragraph separates two paragraphs.
    assert!(page.text.ends_with(
        "where the money is.\"\n\nStill, he plans to keep raking for as long as his back allows."
    ));
    for furniture in [
        "newsletter",
        "Share on",
        "Log in",
        "Front page",
        "More from Travel",
        "comments",
        "Posted 12",
    ] {
        assert!(
            !page.text.contains(furniture),
            "kept {furniture:?}: {}",
            page.text
        );
    }
}

#[test]
fn deeply_nested_xml_in_a_feed_does_not_overflow() {
    let feed = format!(
        "<rss version=\"2.0\"><channel><title>Deep</title><item><title>A</title><description>Text.</description>\
         <extra>{}x{}</extra></item></channel></rss>",
        "<a>".repeat(10_000),
        "</a>".repeat(10_000)
    );
    let result = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || ingest::parse_bytes(Path::new("deep.xml"), feed.as_bytes()).map(|a| a.len()))
        .unwrap()
        .join()
        .expect("no stack overflow");
    assert!(
        matches!(result, Ok(1) | Err(IngestError::Malformed(_))),
        "{result:?}"
    );
    let atom = format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Deep</title><entry><title>A</title><id>a</id>\
         <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">{}<p>Deep text.</p>{}</div></content>\
         </entry></feed>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let result = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || ingest::parse_bytes(Path::new("deep.atom"), atom.as_bytes()))
        .unwrap()
        .join()
        .expect("no stack overflow");
    assert_eq!(result.unwrap()[0].text, "Deep text.");
}

#[test]
fn truncated_and_mislabelled_fixtures_never_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let names = ["x.html", "x.xml", "x.json", "x.jsonl", "x.md", "x.txt"];
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for cut in (0..bytes.len()).step_by(211).chain([bytes.len()]) {
            for name in names {
                // Any answer will do, as long as it is an answer.
                let _ = ingest::parse_bytes(Path::new(name), &bytes[..cut]);
            }
        }
    }
}

#[test]
fn a_wrong_declared_encoding_falls_back_to_windows_1252() {
    let feed = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Caf\xe9</title>\
                 <item><title>\x93Quoted\x94</title><link>http://w.example/1</link><description>Na\xefve.</description>\
                 </item></channel></rss>";
    let items = ingest::parse_bytes(Path::new("wrong.xml"), feed).unwrap();
    assert_eq!(items[0].source.as_deref(), Some("Café"));
    assert_eq!(items[0].title, "“Quoted”");
    assert_eq!(items[0].text, "Naïve.");
}
