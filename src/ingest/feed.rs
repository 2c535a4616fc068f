//! Feeds: RSS 0.9x/1.0/2.0, Atom and JSON Feed (via feed-rs), one article per item.
//!
//! feed-rs reads XML with quick-xml, which resolves only the predefined entities: a DOCTYPE's own entities
//! (billion laughs, external entities) are left unexpanded.

use super::htmltext::{collapse_spaces, html_to_blocks};
use super::{charset, dates, text::assemble, IngestError};
use crate::article::{Article, ArticleId, BlockKind};

/// Items whose only text is a summary shorter than this (in bytes of text) are worth fetching in full.
const SHORT_SUMMARY: usize = 1000;

/// A parsed feed: its title and its items.
#[derive(Debug, Clone, Default)]
pub struct ParsedFeed {
    pub title: Option<String>,
    pub items: Vec<FeedItem>,
}

/// One item of a feed as an article, and whether its text is only a teaser of the linked page.
#[derive(Debug, Clone)]
pub struct FeedItem {
    pub article: Article,
    /// The item's GUID (or the id feed-rs made up for it).
    pub guid: String,
    /// True when the item carries only a short summary but links to a page with the full text.
    pub summary_only: bool,
}

/// Parses feed bytes; `charset` is what the server declared, `url` where the feed came from (resolves links).
pub fn parse_feed(
    bytes: &[u8],
    url: Option<&str>,
    charset: Option<&str>,
) -> Result<ParsedFeed, IngestError> {
    let limit = super::max_article_bytes();
    if bytes.len() > limit {
        return Err(IngestError::TooLarge {
            size: bytes.len(),
            limit,
        });
    }
    let text = charset::decode(bytes, charset);
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let text = charset::declare_utf8(&text);
    let parser = feed_rs::parser::Builder::new().base_uri(url).build();
    let parsed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        parser.parse(text.as_bytes())
    }))
    .map_err(|_| IngestError::Malformed("malformed feed (the feed parser failed on it)".into()))?;
    let feed = parsed.map_err(|e| explain(&e, &text))?;
    let title = feed
        .title
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty());
    let items = feed
        .entries
        .into_iter()
        .filter_map(|e| item(e, title.as_deref()))
        .collect();
    Ok(ParsedFeed { title, items })
}

/// A reason a user can act on, naming the usual suspects.
fn explain(error: &feed_rs::parser::ParseFeedError, text: &str) -> IngestError {
    use feed_rs::parser::{ParseErrorKind, ParseFeedError};
    let head = text
        .trim_start()
        .get(..512)
        .unwrap_or(text)
        .to_ascii_lowercase();
    match error {
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot)
            if head.starts_with("<!doctype html") || head.contains("<html") =>
        {
            IngestError::Malformed("not a feed: this is an HTML page".into())
        }
        ParseFeedError::ParseError(ParseErrorKind::NoFeedRoot) => IngestError::Malformed(
            "not a feed: no <rss>, <feed>, <rdf:RDF> or JSON Feed found".into(),
        ),
        e => IngestError::Malformed(format!("malformed feed: {}", one_line(&e.to_string()))),
    }
}

fn one_line(s: &str) -> String {
    collapse_spaces(s).chars().take(200).collect()
}

fn item(entry: feed_rs::model::Entry, feed_title: Option<&str>) -> Option<FeedItem> {
    let link = entry
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(entry.links.first())
        .map(|l| clean_link(l.href.trim()))
        .filter(|h| !h.is_empty());
    let content = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .filter(|b| !b.trim().is_empty());
    let summary = entry
        .summary
        .as_ref()
        .map(|s| s.content.clone())
        .filter(|s| !s.trim().is_empty());
    let has_content = content.is_some();
    let body = content.or(summary).unwrap_or_default();
    let mut paragraphs = body_blocks(&body);
    while paragraphs.last().is_some_and(|(_, p)| is_feed_furniture(p)) {
        paragraphs.pop();
    }
    let text_len: usize = paragraphs.iter().map(|(_, p)| p.len()).sum();
    let title = entry
        .title
        .as_ref()
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty());
    if title.is_none() && paragraphs.is_empty() {
        return None;
    }
    let title = title.unwrap_or_else(|| first_words(&paragraphs[0].1));
    let (text, blocks) = assemble(paragraphs);
    let key = link.clone().unwrap_or_else(|| entry.id.clone());
    let date = entry.published.or(entry.updated).map(dates::iso);
    let author = entry
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref())
        .map(collapse_spaces)
        .find(|n| !n.is_empty());
    Some(FeedItem {
        summary_only: !has_content && text_len < SHORT_SUMMARY && link.is_some(),
        guid: entry.id,
        article: Article {
            id: ArticleId::from_key(key.as_bytes()),
            title,
            source: feed_title.map(str::to_string),
            date,
            url: link,
            author,
            license: None,
            text,
            blocks,
        },
    })
}

/// The link without its fragment and `utm_*` tracking parameters, so the same story linked from two feeds has
/// one URL (and so one id).
pub fn clean_link(link: &str) -> String {
    let Ok(mut url) = url::Url::parse(link) else {
        return link.to_string();
    };
    url.set_fragment(None);
    let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
    let kept: Vec<&(String, String)> = pairs
        .iter()
        .filter(|(k, _)| !k.starts_with("utm_"))
        .collect();
    if kept.is_empty() {
        url.set_query(None);
    } else if kept.len() < pairs.len() {
        url.query_pairs_mut().clear().extend_pairs(kept);
    }
    url.to_string()
}

/// The lines blog engines append to every item: "The post X appeared first on Y.", "Continue reading →".
fn is_feed_furniture(paragraph: &str) -> bool {
    let p = paragraph.trim().to_lowercase();
    let p = p.trim_end_matches(['.', '…', '→', '»', '>', ' ']);
    (p.starts_with("the post ") && p.contains(" appeared first on "))
        || matches!(
            p,
            "continue reading"
                | "read more"
                | "read the full story"
                | "read the full article"
                | "[…]"
                | "[...]"
                | "comments"
                | "share"
        )
        || (p.starts_with("continue reading") && p.chars().count() < 120)
}

/// Item bodies are HTML more often than not, whatever the feed declares; plain text is split at blank lines.
fn body_blocks(body: &str) -> Vec<(BlockKind, String)> {
    if looks_like_html(body) {
        html_to_blocks(body)
    } else {
        body.replace("\r\n", "\n")
            .split("\n\n")
            .map(collapse_spaces)
            .filter(|p| !p.is_empty())
            .map(|p| (BlockKind::Paragraph, p))
            .collect()
    }
}

fn looks_like_html(s: &str) -> bool {
    s.match_indices('<').any(|(i, _)| {
        let rest = &s[i + 1..];
        rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') && rest.contains('>')
    }) || s.contains("&lt;")
        || s.contains("&amp;")
}

/// Titles may carry markup or entities (Atom `type="html"`).
fn plain(s: &str) -> String {
    if looks_like_html(s) {
        html_to_blocks(s)
            .into_iter()
            .map(|(_, t)| t)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        collapse_spaces(s)
    }
}

fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(12).collect();
    let mut title = words.join(" ");
    if text.split_whitespace().count() > 12 {
        title.push('…');
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blog_engine_furniture_is_dropped() {
        let feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><link>https://b.test/a</link>\
                    <description><![CDATA[<p>Real text.</p><p><a href=\"https://b.test/a\">Continue reading \
                    <span>\u{2192}</span></a></p><p>The post <a href=\"x\">A</a> appeared first on \
                    <a href=\"y\">B</a>.</p>]]></description></item></channel></rss>";
        let parsed = parse_feed(feed.as_bytes(), None, None).unwrap();
        assert_eq!(parsed.items[0].article.text, "Real text.");
    }

    #[test]
    fn tracking_parameters_and_fragments_do_not_make_a_new_story() {
        assert_eq!(
            clean_link("https://x.test/a?utm_source=rss&utm_medium=feed#top"),
            "https://x.test/a"
        );
        assert_eq!(
            clean_link("https://x.test/a?id=7&utm_source=rss"),
            "https://x.test/a?id=7"
        );
        assert_eq!(
            clean_link("https://x.test/a?q=a%20b"),
            "https://x.test/a?q=a%20b"
        );
        assert_eq!(clean_link("not a url"), "not a url");
        let feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>A</title>\
                    <link>https://x.test/a?utm_campaign=z</link><description>Hi</description></item></channel></rss>";
        let parsed = parse_feed(feed.as_bytes(), None, None).unwrap();
        assert_eq!(
            parsed.items[0].article.url.as_deref(),
            Some("https://x.test/a")
        );
        assert_eq!(
            parsed.items[0].article.id,
            ArticleId::from_key(b"https://x.test/a")
        );
    }
}
