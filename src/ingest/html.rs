//! Web pages: the article's own text, title, byline, date and canonical URL, found by Readability
//! (dom_smoothie), without navigation, ads, cookie banners, related links or comments.

use super::htmltext::{collapse_spaces, html_to_blocks, limit_depth, MAX_NESTING};
use super::{charset, dates, text::assemble, IngestError};
use crate::article::{Article, ArticleId, BlockKind};
use scraper::{Html, Selector};

/// Parses a web page. `url` is where it came from (used to resolve links, and as the URL when the page names
/// no canonical one); `charset` is what the server declared. The id comes from the canonical URL, or the bytes.
pub fn parse_page(
    bytes: &[u8],
    url: Option<&str>,
    charset: Option<&str>,
) -> Result<Article, IngestError> {
    let limit = super::max_article_bytes();
    if bytes.len() > limit {
        return Err(IngestError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    let html = charset::decode(bytes, charset);
    if html.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let html = limit_depth(&html, MAX_NESTING);
    let meta = PageMeta::read(&html, url);
    let base = url.filter(|u| url::Url::parse(u).is_ok_and(|u| u.has_host()));
    let config = dom_smoothie::Config {
        max_elements_to_parse: 200_000,
        ..Default::default()
    };
    // Third-party parsers on hostile input: a panic in one becomes this page's error, not the program's end.
    let readable = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        dom_smoothie::Readability::new(html.as_ref(), base, Some(config))?.parse()
    }))
    .map_err(|_| IngestError::Malformed("unreadable page (the HTML parser failed on it)".into()))?;
    let found = readable.map_err(|e| match e {
        dom_smoothie::ReadabilityError::GrabFailed => IngestError::NoText,
        e => IngestError::Malformed(format!("unreadable page: {e}")),
    })?;

    let title = collapse_spaces(&found.title);
    let title = if title.is_empty() {
        meta.title.clone().unwrap_or_default()
    } else {
        title
    };
    let mut paragraphs = html_to_blocks(&found.content);
    // Readability keeps the article's own <h1> and trailing "Related" style headings; neither is text.
    if paragraphs
        .first()
        .is_some_and(|(k, t)| *k == BlockKind::Heading && same_title(t, &title))
    {
        paragraphs.remove(0);
    }
    while paragraphs
        .last()
        .is_some_and(|(k, _)| *k == BlockKind::Heading)
    {
        paragraphs.pop();
    }
    let author = found
        .byline
        .as_deref()
        .and_then(clean_byline)
        .or(meta.author);
    // "Published 1 June", "By Ann Lee": the page's metadata, already in the article's fields.
    let lead = paragraphs
        .iter()
        .take(4)
        .take_while(|(_, t)| is_meta_line(t, author.as_deref()))
        .count();
    paragraphs.drain(..lead);
    if paragraphs.is_empty() {
        return Err(IngestError::NoText);
    }
    let (text, blocks) = assemble(paragraphs);
    let canonical = meta
        .canonical
        .or(found.url.clone())
        .or(url.map(str::to_string));
    let id = match &canonical {
        Some(u) => ArticleId::from_key(u.as_bytes()),
        None => ArticleId::from_key(bytes),
    };
    let date = found
        .published_time
        .as_deref()
        .and_then(dates::normalize)
        .or(meta.date);
    Ok(Article {
        id,
        title: if title.is_empty() {
            "(untitled)".into()
        } else {
            title
        },
        source: found
            .site_name
            .map(|s| collapse_spaces(&s))
            .filter(|s| !s.is_empty())
            .or_else(|| host(canonical.as_deref())),
        date,
        url: canonical,
        author,
        license: None,
        text,
        blocks,
    })
}

/// What the page says about itself outside the article body.
#[derive(Debug, Default)]
struct PageMeta {
    title: Option<String>,
    canonical: Option<String>,
    date: Option<String>,
    author: Option<String>,
}

impl PageMeta {
    fn read(html: &str, url: Option<&str>) -> PageMeta {
        let doc = Html::parse_document(html);
        let first_attr = |selector: &str, attr: &str| {
            let selector = Selector::parse(selector).ok()?;
            doc.select(&selector).find_map(|e| {
                e.value()
                    .attr(attr)
                    .map(str::trim)
                    .filter(|v| !v.is_empty())
            })
        };
        let base = url.and_then(|u| url::Url::parse(u).ok());
        let absolute = |href: &str| match &base {
            Some(b) => b.join(href).ok().map(|u| u.to_string()),
            None => url::Url::parse(href).ok().map(|u| u.to_string()),
        };
        let canonical = first_attr("link[rel~=canonical]", "href")
            .or_else(|| first_attr("meta[property='og:url']", "content"))
            .and_then(absolute);
        let date = [
            ("meta[property='article:published_time']", "content"),
            ("meta[itemprop=datePublished]", "content"),
            ("meta[name=date]", "content"),
            ("meta[name='dc.date']", "content"),
            ("time[datetime]", "datetime"),
        ]
        .iter()
        .find_map(|(sel, attr)| first_attr(sel, attr).and_then(dates::normalize));
        let title = Selector::parse("title")
            .ok()
            .and_then(|s| doc.select(&s).next())
            .map(|t| collapse_spaces(&t.text().collect::<String>()));
        let author = first_attr("meta[name=author]", "content").map(collapse_spaces);
        PageMeta {
            title: title.filter(|t| !t.is_empty()),
            canonical,
            date,
            author,
        }
    }
}

fn same_title(heading: &str, title: &str) -> bool {
    let norm = |s: &str| {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let (h, t) = (norm(heading), norm(title));
    !h.is_empty() && (h == t || t.starts_with(&h) || h.starts_with(&t))
}

/// "By Jane Doe" -> "Jane Doe"; an empty byline or a date posing as one is dropped.
fn clean_byline(byline: &str) -> Option<String> {
    let b = collapse_spaces(byline);
    let b = b
        .strip_prefix("By ")
        .or_else(|| b.strip_prefix("by "))
        .unwrap_or(&b)
        .trim();
    (!b.is_empty() && b.len() <= 120 && dates::normalize(b).is_none()).then(|| b.to_string())
}

fn is_meta_line(text: &str, author: Option<&str>) -> bool {
    const PREFIXES: [&str; 7] = [
        "published",
        "updated",
        "posted",
        "last updated",
        "first published",
        "by ",
        "written by",
    ];
    let lower = text.to_lowercase();
    text.chars().count() <= 80
        && (PREFIXES.iter().any(|p| lower.starts_with(p))
            || author.is_some_and(|a| text == a)
            || dates::normalize(text).is_some())
}

fn host(url: Option<&str>) -> Option<String> {
    let host = url::Url::parse(url?).ok()?.host_str()?.to_string();
    Some(
        host.strip_prefix("www.")
            .map(str::to_string)
            .unwrap_or(host),
    )
}
