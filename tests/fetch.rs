//! Fetching and refreshing against a local HTTP server the test starts itself: pages, feeds with full text,
//! conditional GET, and every way a server can fail. Nothing here touches the internet.

use newsreader::feeds::{
    self, FeedStatus, RefreshEvent, RefreshOptions, Subscription, Subscriptions,
};
use newsreader::fetch::{self, Client, FetchFailure, FetchOptions, Fetched, Validators};
use newsreader::library::Library;
use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Every request the server saw: its path and its headers (lower-case names).
type RequestLog = Arc<Mutex<Vec<(String, HashMap<String, String>)>>>;

/// A hand-rolled HTTP/1.1 server on 127.0.0.1: one thread per connection, `Connection: close`.
struct Server {
    base: String,
    /// (path, request headers) of every request, in order.
    requests: RequestLog,
}

struct Reply {
    status: u16,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
    /// Omit Content-Length and end the body by closing the connection.
    stream: bool,
}

impl Reply {
    fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body: body.into(),
            stream: false,
        }
    }
    fn redirect(to: &str) -> Reply {
        Reply {
            status: 302,
            headers: vec![("Location", to.to_string())],
            body: Vec::new(),
            stream: false,
        }
    }
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let requests: RequestLog = Arc::default();
        let (b, r) = (base.clone(), requests.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (b, r) = (b.clone(), r.clone());
                std::thread::spawn(move || {
                    let _ = serve(stream, &b, &r);
                });
            }
        });
        Server { base, requests }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn hits(&self, path: &str) -> Vec<HashMap<String, String>> {
        self.requests
            .lock()
            .unwrap()
            .iter()
            .filter(|(p, _)| p == path)
            .map(|(_, h)| h.clone())
            .collect()
    }
}

fn serve(
    stream: TcpStream,
    base: &str,
    log: &Mutex<Vec<(String, HashMap<String, String>)>>,
) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(5)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let path = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_string();
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    log.lock().unwrap().push((path.clone(), headers.clone()));
    let reply = route(&path, &headers, base);
    let mut out = stream;
    let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
    for (k, v) in &reply.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    if !reply.stream {
        head.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    for chunk in reply.body.chunks(16 * 1024) {
        out.write_all(chunk)?;
    }
    out.flush()
}

const FEED_ETAG: &str = "\"v1\"";

fn route(path: &str, headers: &HashMap<String, String>, base: &str) -> Reply {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    if let Some(name) = path.strip_prefix("/fixtures/") {
        let Ok(bytes) = std::fs::read(fixtures.join(name)) else {
            return Reply::new(404, "text/plain", "no");
        };
        let bytes = match String::from_utf8(bytes) {
            Ok(text) => text.replace("{{BASE}}", base).into_bytes(),
            Err(e) => e.into_bytes(),
        };
        let kind = match name.rsplit('.').next() {
            Some("html") => "text/html; charset=utf-8",
            Some("json") => "application/feed+json",
            Some("xml") if name.contains("atom") => "application/atom+xml",
            _ => "application/rss+xml",
        };
        return Reply::new(200, kind, bytes);
    }
    match path {
        "/status/404" => Reply::new(404, "text/html", "<h1>Not found</h1>"),
        "/status/500" => Reply::new(500, "text/html", "<h1>Oops</h1>"),
        "/loop/a" => Reply::redirect("/loop/b"),
        "/loop/b" => Reply::redirect("/loop/a"),
        "/moved" => Reply::redirect("/fixtures/news-page.html"),
        "/slow" => {
            std::thread::sleep(Duration::from_secs(3));
            Reply::new(200, "text/html", "late")
        }
        "/big" => Reply::new(200, "text/html", vec![b'a'; 300_000]),
        "/big-stream" => Reply {
            stream: true,
            ..Reply::new(200, "text/html", vec![b'a'; 300_000])
        },
        "/etag.xml" if headers.get("if-none-match").map(String::as_str) == Some(FEED_ETAG) => {
            Reply {
                status: 304,
                headers: Vec::new(),
                body: Vec::new(),
                stream: false,
            }
        }
        "/etag.xml" => {
            let mut reply = route("/fixtures/atom-html.xml", headers, base);
            reply.headers.push(("ETag", FEED_ETAG.to_string()));
            reply
                .headers
                .push(("Last-Modified", "Sat, 10 Feb 2024 18:30:02 GMT".to_string()));
            reply
        }
        "/latin1-header.xml" => {
            // No XML declaration: only the HTTP header says Latin-1.
            let body = b"<rss version=\"2.0\"><channel><title>Caf\xe9</title><item><title>Ol\xe1</title>\
                         <link>http://l.example/1</link><description>S\xe3o Paulo</description></item></channel></rss>";
            Reply::new(
                200,
                "application/rss+xml; charset=ISO-8859-1",
                body.to_vec(),
            )
        }
        "/page-as-feed" => {
            let mut reply = route("/fixtures/news-page.html", headers, base);
            reply.headers = vec![("Content-Type", "application/rss+xml".to_string())];
            reply
        }
        "/same-story.xml" => {
            // The Atom feed's first story, under another GUID, in another feed.
            let body = "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\
                        <title>Mirror</title><item><title>Bees back</title>\
                        <link>https://science.example/bees</link><guid>mirror-77</guid>\
                        <content:encoded><![CDATA[<p>Wild bees have returned to the city's parks.</p>]]></content:encoded>\
                        </item></channel></rss>";
            Reply::new(200, "application/rss+xml", body)
        }
        "/dead-links.xml" => {
            let items: String = (1..=5)
                .map(|i| format!("<item><title>Story {i}</title><link>{base}/status/404?{i}</link><description>Teaser {i}.</description></item>"))
                .collect();
            let body =
                format!("<rss version=\"2.0\"><channel><title>Dead</title>{items}</channel></rss>");
            Reply::new(200, "application/rss+xml", body)
        }
        _ if path.starts_with("/status/404?") => Reply::new(404, "text/html", "gone"),
        _ => Reply::new(404, "text/plain", "not found"),
    }
}

fn quick() -> FetchOptions {
    FetchOptions {
        timeout: Duration::from_millis(600),
        max_bytes: 100_000,
        max_redirects: 3,
        ..FetchOptions::default()
    }
}

fn reason(server: &Server, path: &str) -> String {
    let err = Client::new(quick())
        .get(&server.url(path), None)
        .unwrap_err();
    assert!(
        err.to_string().starts_with(&server.url(path)),
        "names the URL: {err}"
    );
    assert!(!err.to_string().contains('\n'));
    err.reason.to_string()
}

#[test]
fn failures_name_the_url_and_the_reason() {
    let server = Server::start();
    assert_eq!(reason(&server, "/status/404"), "HTTP 404 Not Found");
    assert_eq!(
        reason(&server, "/status/500"),
        "HTTP 500 Internal Server Error"
    );
    assert_eq!(
        reason(&server, "/loop/a"),
        "too many redirects (more than 3)"
    );
    assert_eq!(
        reason(&server, "/big"),
        "response too large (over 100000 bytes)"
    );
    assert_eq!(
        reason(&server, "/big-stream"),
        "response too large (over 100000 bytes)"
    );
    let started = Instant::now();
    assert_eq!(reason(&server, "/slow"), "timed out after 0.6 s");
    assert!(started.elapsed() < Duration::from_secs(2));
    let err = Client::new(quick())
        .get("file:///etc/passwd", None)
        .unwrap_err();
    assert!(matches!(err.reason, FetchFailure::BadUrl));
    // Nothing listens on port 9 of localhost (discard is never enabled on a CI box).
    let refused = Client::new(quick())
        .get("http://127.0.0.1:9/", None)
        .unwrap_err();
    assert!(
        matches!(
            refused.reason,
            FetchFailure::Network(_) | FetchFailure::Timeout(_)
        ),
        "{refused}"
    );
}

#[test]
fn honest_user_agent_and_redirects_followed() {
    let server = Server::start();
    let body = Client::new(quick())
        .get_body(&server.url("/moved"))
        .unwrap();
    assert_eq!(body.url, server.url("/fixtures/news-page.html"));
    let ua = &server.hits("/moved")[0]["user-agent"];
    assert!(
        ua.starts_with("newsreader/") && ua.ends_with("(+terminal news reader)"),
        "{ua}"
    );
}

#[test]
fn import_url_reads_a_page() {
    let server = Server::start();
    let articles = fetch::import_url(&server.url("/moved")).unwrap();
    let [page] = &articles[..] else {
        panic!("one page")
    };
    assert_eq!(page.title, "Harbour bridge reopens after storm repairs");
    assert_eq!(
        page.url.as_deref(),
        Some("https://herald.example/news/2024/harbour-bridge-reopens")
    );
    assert_eq!(
        page.id,
        newsreader::article::ArticleId::from_key(
            b"https://herald.example/news/2024/harbour-bridge-reopens"
        )
    );
    assert!(!page.text.contains("cookies"));
}

#[test]
fn import_url_completes_summary_only_items_from_their_pages() {
    let server = Server::start();
    let client = Client::new(quick());
    let items =
        fetch::import_url_with(&client, &server.url("/fixtures/rss-summaries.xml"), true).unwrap();
    assert_eq!(items.len(), 3);
    assert_eq!(items[0].title, "Council approves new tram line");
    assert!(
        items[0]
            .text
            .starts_with("The city council approved a new tram line on Monday that will link"),
        "{}",
        items[0].text
    );
    assert!(items[0].text.contains("twenty-one votes to nine"));
    assert!(!items[0].text.contains("Sport"));
    assert_eq!(items[0].date.as_deref(), Some("2024-03-04T10:00:00Z"));
    assert_eq!(items[0].source.as_deref(), Some("The Coastal Herald"));
    // Ids come from the item's link, so a refresh finds the same article again.
    let link = server.url("/fixtures/article-1.html");
    assert_eq!(
        items[0].id,
        newsreader::article::ArticleId::from_key(link.as_bytes())
    );
    assert!(items[1].text.contains("minimum price"));
    // The page behind the third item is gone: its summary stays.
    assert_eq!(items[2].text, "This summary is all there is.");

    let summaries =
        fetch::import_url_with(&client, &server.url("/fixtures/rss-summaries.xml"), false).unwrap();
    assert_eq!(
        summaries[0].text,
        "The city council approved a new tram line on Monday."
    );
    assert!(
        server.hits("/fixtures/article-1.html").len() == 1,
        "no page fetch with full text off"
    );
}

#[test]
fn json_feed_atom_and_declared_charset_over_http() {
    let server = Server::start();
    let client = Client::new(quick());
    let json = fetch::import_url_with(&client, &server.url("/fixtures/feed.json"), true).unwrap();
    assert_eq!(json[0].title, "Grape harvest starts early");
    // Full text off: these items link to hosts that exist only in the fixtures.
    let cp = fetch::import_url_with(&client, &server.url("/fixtures/cp1252.xml"), false).unwrap();
    assert_eq!(cp[0].title, "Naïve “quotes” — and more");
    let latin = fetch::import_url_with(&client, &server.url("/latin1-header.xml"), false).unwrap();
    assert_eq!(latin[0].source.as_deref(), Some("Café"));
    assert_eq!(latin[0].title, "Olá");
    assert_eq!(latin[0].text, "São Paulo");
}

#[test]
fn conditional_get_answers_304() {
    let server = Server::start();
    let client = Client::new(quick());
    let Fetched::Body(body) = client.get(&server.url("/etag.xml"), None).unwrap() else {
        panic!("a body")
    };
    assert_eq!(body.validators.etag.as_deref(), Some(FEED_ETAG));
    assert_eq!(
        body.validators.last_modified.as_deref(),
        Some("Sat, 10 Feb 2024 18:30:02 GMT")
    );
    let again = client
        .get(&server.url("/etag.xml"), Some(&body.validators))
        .unwrap();
    assert!(matches!(again, Fetched::NotModified));
    let hits = server.hits("/etag.xml");
    assert_eq!(
        hits[1].get("if-none-match").map(String::as_str),
        Some(FEED_ETAG)
    );
    assert!(hits[1].contains_key("if-modified-since"));
    let stale = Validators {
        etag: Some("\"v0\"".into()),
        last_modified: None,
    };
    assert!(matches!(
        client.get(&server.url("/etag.xml"), Some(&stale)).unwrap(),
        Fetched::Body(_)
    ));
}

fn subscriptions(server: &Server, paths: &[(&str, &str)]) -> Subscriptions {
    Subscriptions {
        feeds: paths
            .iter()
            .map(|(name, path)| Subscription::new(name, &server.url(path)))
            .collect(),
    }
}

#[test]
fn refresh_stores_new_items_then_uses_etags_and_isolates_failures() {
    let server = Server::start();
    let store = tempfile::tempdir().unwrap();
    let mut library = Library::open(store.path()).unwrap();
    let mut subs = subscriptions(
        &server,
        &[
            ("Science", "/etag.xml"),
            ("Herald", "/fixtures/rss-summaries.xml"),
            ("Mirror", "/same-story.xml"),
            ("Broken", "/status/500"),
            ("Not a feed", "/page-as-feed"),
            ("Slow", "/slow"),
        ],
    );
    let options = RefreshOptions {
        fetch: quick(),
        threads: 4,
        ..RefreshOptions::default()
    };
    let mut events = Vec::new();
    let started = Instant::now();
    let summary = feeds::refresh(&mut library, &mut subs, &options, |e| events.push(e));
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "feeds fetched in parallel"
    );
    assert_eq!(events[0], RefreshEvent::Started { feeds: 6 });
    assert_eq!(events.len(), 7);
    let status = |name: &str| {
        events.iter().find_map(|e| match e {
            RefreshEvent::Fetched { name: n, status } if n == name => Some(status.clone()),
            _ => None,
        })
    };
    assert_eq!(status("Science"), Some(FeedStatus::Items(2)));
    assert_eq!(status("Herald"), Some(FeedStatus::Items(3)));
    let FeedStatus::Failed(not_feed) = status("Not a feed").unwrap() else {
        panic!()
    };
    assert!(
        not_feed.ends_with("/page-as-feed: not a feed: this is an HTML page"),
        "{not_feed}"
    );
    // Science (2) + Herald (3) + Mirror (1, the same story as Science's first): 5 new, the mirror unchanged.
    assert_eq!(
        (
            summary.new,
            summary.updated,
            summary.unchanged,
            summary.failed
        ),
        (5, 0, 1, 3),
        "{summary:?}"
    );
    assert_eq!(summary.errors.len(), 3);
    assert!(summary
        .errors
        .iter()
        .any(|e| e.ends_with("/status/500: HTTP 500 Internal Server Error")));
    assert!(summary
        .errors
        .iter()
        .any(|e| e.contains("/slow: timed out")));
    assert_eq!(
        summary.warnings.len(),
        1,
        "the missing page: {:?}",
        summary.warnings
    );
    assert_eq!(
        subs.find("Science").unwrap().etag.as_deref(),
        Some(FEED_ETAG)
    );
    assert!(subs.find("Science").unwrap().last_refresh.is_some());
    assert!(subs.find("Broken").unwrap().last_refresh.is_none());

    // Second time round the Atom feed answers 304 and nothing of it is stored again.
    let only_science = Subscriptions {
        feeds: vec![subs.find("Science").unwrap().clone()],
    };
    let fetched = feeds::fetch_feeds(&only_science.feeds, &options, |_| {});
    assert!(matches!(
        fetched[0].result,
        Ok(feeds::FeedUpdate::NotModified)
    ));
    assert_eq!(server.hits("/etag.xml").len(), 2);
}

#[test]
fn known_summary_items_are_not_fetched_again() {
    let server = Server::start();
    let mut known = std::collections::HashSet::new();
    known.insert(newsreader::article::ArticleId::from_key(
        server.url("/fixtures/article-1.html").as_bytes(),
    ));
    let options = RefreshOptions {
        fetch: quick(),
        known,
        ..RefreshOptions::default()
    };
    let subs = subscriptions(&server, &[("Herald", "/fixtures/rss-summaries.xml")]);
    let fetched = feeds::fetch_feeds(&subs.feeds, &options, |_| {});
    let Ok(feeds::FeedUpdate::Items { items, known, .. }) = &fetched[0].result else {
        panic!()
    };
    assert_eq!((items.len(), *known), (2, 1));
    assert!(server.hits("/fixtures/article-1.html").is_empty());
}

#[test]
fn a_page_url_can_be_subscribed_through_its_feed_link() {
    let server = Server::start();
    let store = tempfile::tempdir().unwrap();
    let mut out = Vec::new();
    newsreader::cli::feeds::feeds_add(
        store.path(),
        &server.url("/fixtures/news-page.html"),
        None,
        &quick(),
        &mut out,
    )
    .unwrap();
    let subs = Subscriptions::load(store.path()).unwrap();
    assert_eq!(subs.feeds[0].url, server.url("/fixtures/rss-summaries.xml"));
    assert_eq!(subs.feeds[0].name, "The Coastal Herald");
    let mut listed = Vec::new();
    newsreader::cli::feeds::feeds_list(store.path(), false, &mut listed).unwrap();
    assert!(String::from_utf8(listed)
        .unwrap()
        .starts_with("The Coastal Herald  http://"));
    let err = newsreader::cli::feeds::feeds_add(
        store.path(),
        &server.url("/fixtures/page-time.html"),
        None,
        &quick(),
        &mut out,
    )
    .unwrap_err();
    assert!(
        err.to_string()
            .ends_with("not a feed, and the page links to none"),
        "{err}"
    );
}

#[test]
fn opml_import_and_export_through_the_cli_functions() {
    let store = tempfile::tempdir().unwrap();
    let opml = store.path().join("subs.opml");
    std::fs::write(
        &opml,
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body><outline text=\"Tech\">\
         <outline text=\"A &amp; B\" type=\"rss\" xmlUrl=\"https://a.example/rss\"/>\
         <outline text=\"C\" xmlUrl=\"https://c.example/atom\"/></outline></body></opml>",
    )
    .unwrap();
    let mut out = Vec::new();
    newsreader::cli::feeds::feeds_import(store.path(), &opml, &mut out).unwrap();
    newsreader::cli::feeds::feeds_import(store.path(), &opml, &mut out).unwrap();
    let said = String::from_utf8(out).unwrap();
    assert!(
        said.contains("Imported 2 feeds") && said.contains("Imported 0 feeds"),
        "{said}"
    );
    let mut exported = Vec::new();
    newsreader::cli::feeds::feeds_export(store.path(), &mut exported).unwrap();
    let exported = String::from_utf8(exported).unwrap();
    assert!(
        exported.contains("text=\"A &amp; B\"")
            && exported.contains("xmlUrl=\"https://c.example/atom\"")
    );
    let mut out = Vec::new();
    newsreader::cli::feeds::feeds_remove(store.path(), "a & b", &mut out).unwrap();
    assert_eq!(Subscriptions::load(store.path()).unwrap().feeds.len(), 1);
    let mut body = String::new();
    std::fs::File::open(store.path().join("feeds.toml"))
        .unwrap()
        .read_to_string(&mut body)
        .unwrap();
    assert!(body.contains("url = \"https://c.example/atom\""), "{body}");
}

#[test]
fn a_dead_site_is_given_up_on_after_three_pages() {
    let server = Server::start();
    let subs = subscriptions(&server, &[("Dead", "/dead-links.xml")]);
    let options = RefreshOptions {
        fetch: quick(),
        ..RefreshOptions::default()
    };
    let fetched = feeds::fetch_feeds(&subs.feeds, &options, |_| {});
    let Ok(feeds::FeedUpdate::Items { items, .. }) = &fetched[0].result else {
        panic!()
    };
    assert_eq!(items.len(), 5, "every item kept, with its summary");
    assert_eq!(items[4].article.text, "Teaser 5.");
    assert_eq!(fetched[0].warnings.len(), 4, "{:?}", fetched[0].warnings);
    assert!(fetched[0].warnings[3].starts_with("2 more linked page(s) not tried"));
    let page_hits = server
        .requests
        .lock()
        .unwrap()
        .iter()
        .filter(|(p, _)| p.starts_with("/status/404?"))
        .count();
    assert_eq!(page_hits, 3);
}

#[test]
fn cli_refresh_and_url_import_store_articles_in_the_library() {
    use newsreader::cli::feeds::{feeds_add, import_urls, refresh, RefreshArgs};
    use std::process::ExitCode;
    let server = Server::start();
    let store = tempfile::tempdir().unwrap();
    let mut library = Library::open(store.path()).unwrap();
    let mut out = Vec::new();
    feeds_add(
        store.path(),
        &server.url("/etag.xml"),
        None,
        &quick(),
        &mut out,
    )
    .unwrap();
    let args = RefreshArgs {
        timeout: 2,
        ..RefreshArgs::default()
    };
    assert_eq!(
        refresh(&mut library, &args, &mut out).unwrap(),
        ExitCode::SUCCESS
    );
    assert_eq!(
        refresh(&mut library, &args, &mut out).unwrap(),
        ExitCode::SUCCESS
    );
    let said = String::from_utf8(std::mem::take(&mut out)).unwrap();
    let lines: Vec<&str> = said.lines().collect();
    assert_eq!(
        lines,
        [
            "Subscribed to \"Science & Nature Weekly\" (".to_string()
                + &server.url("/etag.xml")
                + ")",
            "1 feed: 2 new, 0 updated, 0 unchanged, 0 failed".to_string(),
            "1 feed: 0 new, 0 updated, 0 unchanged, 0 failed".to_string(),
        ]
    );
    let rows = library
        .list(&newsreader::library::Filter::default())
        .unwrap();
    assert!(
        rows.iter()
            .any(|r| r.title == "Bees return to the city parks"),
        "{rows:?}"
    );

    let urls = [server.url("/moved"), server.url("/status/404")];
    let code = import_urls(&mut library, &urls, &mut out).unwrap();
    assert_eq!(code, ExitCode::FAILURE, "one URL failed");
    let said = String::from_utf8(out).unwrap();
    assert_eq!(
        said,
        format!("{}: 1 article(s), 1 new, in feeds/web\n", urls[0])
    );
    let rows = library
        .list(&newsreader::library::Filter::default())
        .unwrap();
    assert!(rows
        .iter()
        .any(|r| r.title == "Harbour bridge reopens after storm repairs"));
}
