//! HTTP for pages and feeds (ureq): timeouts, a redirect limit, a response size cap, conditional GET, an
//! honest User-Agent; and `import_url`, which turns a page or feed URL into articles like a file would.

use crate::article::Article;
use crate::ingest::feed::{parse_feed, FeedItem};
use crate::ingest::html::parse_page;
use crate::ingest::{limit_from_env, Format, IngestError, MAX_ARTICLE_BYTES};
use serde::{Deserialize, Serialize};
use std::time::Duration;
use ureq::ResponseExt;

/// Who is asking, as servers see it.
pub const USER_AGENT: &str = concat!(
    "newsreader/",
    env!("CARGO_PKG_VERSION"),
    " (+terminal news reader)"
);

/// The response size limit: `NEWSREADER_MAX_RESPONSE_BYTES`, read once, else the article size default.
pub fn max_response_bytes() -> u64 {
    static LIMIT: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *LIMIT.get_or_init(|| limit_from_env("NEWSREADER_MAX_RESPONSE_BYTES", MAX_ARTICLE_BYTES as u64))
}

/// Limits for one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchOptions {
    /// For the whole exchange: connecting, redirects and the body.
    pub timeout: Duration,
    /// Bodies larger than this are refused.
    pub max_bytes: u64,
    pub max_redirects: u32,
    pub user_agent: String,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(20),
            max_bytes: max_response_bytes(),
            max_redirects: 5,
            user_agent: USER_AGENT.to_string(),
        }
    }
}

/// What a server said about a version of a resource, sent back to ask "has it changed?".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Validators {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
}

impl Validators {
    pub fn is_empty(&self) -> bool {
        self.etag.is_none() && self.last_modified.is_none()
    }
}

/// A response body and what the server said about it.
#[derive(Debug, Clone)]
pub struct Body {
    /// The URL after redirects.
    pub url: String,
    pub bytes: Vec<u8>,
    /// The MIME type without parameters, lower-case.
    pub mime: Option<String>,
    pub charset: Option<String>,
    pub validators: Validators,
}

impl Body {
    /// Feed or page: the bytes when they are unmistakable, else the declared type.
    pub fn format(&self) -> Format {
        match Format::sniff(&self.bytes) {
            Some(f @ (Format::Feed | Format::Html)) => f,
            _ => match self.mime.as_deref() {
                Some(m)
                    if m.contains("rss")
                        || m.contains("atom")
                        || m.contains("rdf")
                        || m.ends_with("/xml") =>
                {
                    Format::Feed
                }
                Some(m) if m.contains("json") => Format::Feed,
                _ => Format::Html,
            },
        }
    }
}

/// The answer to a (possibly conditional) GET.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// 304: what we have is current.
    NotModified,
    Body(Body),
}

/// A request that failed, or a body that could not be read: one line naming the URL and the reason.
#[derive(Debug, thiserror::Error)]
#[error("{url}: {reason}")]
pub struct FetchError {
    pub url: String,
    pub reason: FetchFailure,
}

/// Why a fetch failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchFailure {
    #[error("only http and https URLs can be fetched")]
    BadUrl,
    #[error("HTTP {status}{}", reason.map(|r| format!(" {r}")).unwrap_or_default())]
    Status {
        status: u16,
        reason: Option<&'static str>,
    },
    #[error("timed out after {} s", .0.as_secs_f32())]
    Timeout(Duration),
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(u32),
    #[error("response too large (over {0} bytes)")]
    TooLarge(u64),
    #[error("{0}")]
    Network(String),
    #[error("{0}")]
    Content(#[from] IngestError),
}

/// An HTTP client with fixed limits; cheap to clone and safe to share between threads.
#[derive(Debug, Clone)]
pub struct Client {
    agent: ureq::Agent,
    options: FetchOptions,
}

impl Client {
    pub fn new(options: FetchOptions) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(options.timeout))
            .max_redirects(options.max_redirects)
            .max_redirects_will_error(true)
            .user_agent(options.user_agent.as_str())
            .build();
        Client {
            agent: config.new_agent(),
            options,
        }
    }

    pub fn options(&self) -> &FetchOptions {
        &self.options
    }

    /// GETs `url`, sending `validators` (when given) so an unchanged resource costs a 304.
    pub fn get(&self, url: &str, validators: Option<&Validators>) -> Result<Fetched, FetchError> {
        let fail = |reason| FetchError {
            url: url.to_string(),
            reason,
        };
        let scheme_ok = url::Url::parse(url)
            .is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.has_host());
        if !scheme_ok {
            return Err(fail(FetchFailure::BadUrl));
        }
        let mut request = self.agent.get(url).header("Accept", ACCEPT);
        if let Some(v) = validators {
            if let Some(etag) = &v.etag {
                request = request.header("If-None-Match", etag.as_str());
            }
            if let Some(modified) = &v.last_modified {
                request = request.header("If-Modified-Since", modified.as_str());
            }
        }
        let mut response = request.call().map_err(|e| fail(self.failure(e)))?;
        let status = response.status();
        if status.as_u16() == 304 {
            return Ok(Fetched::NotModified);
        }
        if !status.is_success() {
            return Err(fail(FetchFailure::Status {
                status: status.as_u16(),
                reason: status.canonical_reason(),
            }));
        }
        let limit = self.options.max_bytes;
        if response.body().content_length().is_some_and(|n| n > limit) {
            return Err(fail(FetchFailure::TooLarge(limit)));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(|s| s.trim().to_string())
        };
        let validators = Validators {
            etag: header("etag"),
            last_modified: header("last-modified"),
        };
        let final_url = response.get_uri().to_string();
        let mime = response.body().mime_type().map(str::to_ascii_lowercase);
        let charset = response.body().charset().map(str::to_string);
        let bytes = response
            .body_mut()
            .with_config()
            .limit(limit)
            .read_to_vec()
            .map_err(|e| fail(self.failure(e)))?;
        Ok(Fetched::Body(Body {
            url: final_url,
            bytes,
            mime,
            charset,
            validators,
        }))
    }

    /// GETs `url` unconditionally.
    pub fn get_body(&self, url: &str) -> Result<Body, FetchError> {
        match self.get(url, None)? {
            Fetched::Body(body) => Ok(body),
            Fetched::NotModified => Err(FetchError {
                url: url.to_string(),
                reason: FetchFailure::Network(
                    "304 Not Modified to an unconditional request".into(),
                ),
            }),
        }
    }

    fn failure(&self, error: ureq::Error) -> FetchFailure {
        match error {
            ureq::Error::Timeout(_) => FetchFailure::Timeout(self.options.timeout),
            ureq::Error::TooManyRedirects => {
                FetchFailure::TooManyRedirects(self.options.max_redirects)
            }
            ureq::Error::BodyExceedsLimit(_) => FetchFailure::TooLarge(self.options.max_bytes),
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                FetchFailure::Timeout(self.options.timeout)
            }
            ureq::Error::Io(e) => FetchFailure::Network(e.to_string()),
            ureq::Error::HostNotFound => FetchFailure::Network("host not found".into()),
            ureq::Error::ConnectionFailed => FetchFailure::Network("connection failed".into()),
            e => FetchFailure::Network(e.to_string()),
        }
    }
}

const ACCEPT: &str =
    "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, \
                      text/html;q=0.9, */*;q=0.8";

/// Fetches a page or a feed and returns its articles, as importing a file would; summary-only feed items are
/// completed from their linked pages.
pub fn import_url(url: &str) -> Result<Vec<Article>, FetchError> {
    import_url_with(&Client::new(FetchOptions::default()), url, true)
}

/// [`import_url`] with a given client, and the choice of fetching full text for summary-only feed items.
pub fn import_url_with(
    client: &Client,
    url: &str,
    full_text: bool,
) -> Result<Vec<Article>, FetchError> {
    import(client, url, full_text).map(|imported| imported.articles)
}

/// What a URL brought: a page's article, or a feed's items.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The feed's title when the URL was a feed (`None` for a page, or a feed without a title).
    pub feed_title: Option<String>,
    pub is_feed: bool,
    pub articles: Vec<Article>,
    /// Linked pages that could not be fetched (their items keep the summary).
    pub warnings: Vec<String>,
}

/// Fetches a page or a feed and says which it was.
pub fn import(client: &Client, url: &str, full_text: bool) -> Result<Imported, FetchError> {
    let body = client.get_body(url)?;
    let content_error = |e: IngestError| FetchError {
        url: body.url.clone(),
        reason: FetchFailure::Content(e),
    };
    match body.format() {
        Format::Feed => {
            let feed = parse_feed(&body.bytes, Some(&body.url), body.charset.as_deref())
                .map_err(content_error)?;
            let mut warnings = Vec::new();
            let max_pages = if full_text { MAX_PAGES_PER_FEED } else { 0 };
            let articles: Vec<Article> =
                complete_items(client, feed.items, max_pages, &mut warnings)
                    .into_iter()
                    .map(|item| item.article)
                    .collect();
            if articles.is_empty() {
                return Err(content_error(IngestError::NoText));
            }
            Ok(Imported {
                feed_title: feed.title,
                is_feed: true,
                articles,
                warnings,
            })
        }
        _ => {
            let page = parse_page(&body.bytes, Some(&body.url), body.charset.as_deref())
                .map_err(content_error)?;
            Ok(Imported {
                feed_title: None,
                is_feed: false,
                articles: vec![page],
                warnings: Vec::new(),
            })
        }
    }
}

/// How many linked pages one feed may cost per fetch: a feed of 500 teasers should not mean 500 requests.
pub const MAX_PAGES_PER_FEED: usize = 50;

/// After this many failures in a row the site is taken to be down, and the feed's other pages are not tried.
const MAX_PAGE_FAILURES_IN_A_ROW: usize = 3;

/// Feed items with their text completed: the first `max_pages` summary-only items get the text of their
/// linked page.
/// A page that cannot be fetched leaves the summary in place and adds a warning. All the pages of one feed
/// share a budget of three request timeouts, so a slow site cannot hold a refresh for long.
pub fn complete_items(
    client: &Client,
    items: Vec<FeedItem>,
    max_pages: usize,
    warnings: &mut Vec<String>,
) -> Vec<FeedItem> {
    let deadline = std::time::Instant::now() + client.options.timeout * 3;
    let (mut pages, mut failures_in_a_row, mut skipped) = (0, 0, 0);
    let completed: Vec<FeedItem> = items
        .into_iter()
        .map(|item| {
            if !item.summary_only || pages >= max_pages {
                return item;
            }
            if failures_in_a_row >= MAX_PAGE_FAILURES_IN_A_ROW
                || std::time::Instant::now() >= deadline
            {
                skipped += 1;
                return item;
            }
            pages += 1;
            let link = item.article.url.clone().unwrap_or_default();
            match fetch_page(client, &link) {
                Ok(page) => {
                    failures_in_a_row = 0;
                    FeedItem {
                        article: merge_page(item.article, page),
                        summary_only: false,
                        ..item
                    }
                }
                Err(e) => {
                    failures_in_a_row += 1;
                    warnings.push(e.to_string());
                    item
                }
            }
        })
        .collect();
    if skipped > 0 {
        warnings.push(format!(
            "{skipped} more linked page(s) not tried (the site failed or was slow); their summaries are kept"
        ));
    }
    // An item that is a title and nothing else (a podcast episode, a dead link) is not an article.
    completed
        .into_iter()
        .filter(|item| !item.article.text.is_empty())
        .collect()
}

/// Fetches and reads one web page.
pub fn fetch_page(client: &Client, url: &str) -> Result<Article, FetchError> {
    let body = client.get_body(url)?;
    parse_page(&body.bytes, Some(&body.url), body.charset.as_deref()).map_err(|e| FetchError {
        url: body.url.clone(),
        reason: FetchFailure::Content(e),
    })
}

/// The feed knows the item's identity and headline; the page knows its text.
fn merge_page(item: Article, page: Article) -> Article {
    if page.text.len() <= item.text.len() {
        return item;
    }
    Article {
        id: item.id,
        title: if item.title.is_empty() {
            page.title
        } else {
            item.title
        },
        source: item.source.or(page.source),
        date: item.date.or(page.date),
        url: item.url.or(page.url),
        author: item.author.or(page.author),
        license: item.license.or(page.license),
        text: page.text,
        blocks: page.blocks,
    }
}

/// The feed a page advertises (`<link rel="alternate" type="application/rss+xml" href=…>`), made absolute.
pub fn discover_feed(page: &Body) -> Option<String> {
    let html = crate::ingest::charset::decode(&page.bytes, page.charset.as_deref());
    let doc = scraper::Html::parse_document(&crate::ingest::htmltext::limit_depth(&html, 64));
    let selector = scraper::Selector::parse("link[rel~=alternate][href]").ok()?;
    let base = url::Url::parse(&page.url).ok()?;
    doc.select(&selector)
        .filter(|link| {
            let kind = link.value().attr("type").unwrap_or("").to_ascii_lowercase();
            kind.contains("rss")
                || kind.contains("atom")
                || kind.contains("feed+json")
                || kind.contains("rdf")
        })
        .find_map(|link| base.join(link.value().attr("href")?.trim()).ok())
        .map(|u| u.to_string())
}
