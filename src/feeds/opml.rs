//! OPML, the list-of-feeds format every reader exchanges: import every `<outline xmlUrl=…>` at any depth,
//! export the subscriptions. quick-xml resolves only predefined entities, so a hostile file cannot expand.

use super::Subscriptions;
use quick_xml::escape::escape;
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

/// A feed listed in an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpmlFeed {
    pub url: String,
    pub title: Option<String>,
}

/// The feeds an OPML document lists, in order.
pub fn parse(text: &str) -> Result<Vec<OpmlFeed>, String> {
    let mut reader = Reader::from_str(text);
    let mut feeds = Vec::new();
    let mut saw_opml = false;
    loop {
        let event = reader
            .read_event()
            .map_err(|e| format!("malformed OPML at byte {}: {e}", reader.buffer_position()))?;
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.local_name();
                if name.as_ref().eq_ignore_ascii_case("opml") {
                    saw_opml = true;
                }
                if !name.as_ref().eq_ignore_ascii_case("outline") {
                    continue;
                }
                let (mut url, mut title, mut text) = (None, None, None);
                for attr in e.attributes().flatten() {
                    let value = attr
                        .normalized_value(XmlVersion::Implicit1_0)
                        .map(|v| v.trim().to_string());
                    let Ok(value) = value else { continue };
                    match attr.key.local_name().as_ref().to_ascii_lowercase().as_str() {
                        "xmlurl" => url = Some(value),
                        "title" => title = Some(value),
                        "text" => text = Some(value),
                        _ => {}
                    }
                }
                if let Some(url) = url.filter(|u| !u.is_empty()) {
                    feeds.push(OpmlFeed {
                        url,
                        title: title.or(text).filter(|t| !t.is_empty()),
                    });
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_opml {
        return Err("not an OPML file (no <opml> element)".into());
    }
    Ok(feeds)
}

/// The subscriptions as an OPML 2.0 document.
pub fn export(subs: &Subscriptions) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    \
         <title>newsreader subscriptions</title>\n  </head>\n  <body>\n",
    );
    for feed in &subs.feeds {
        let name = escape(feed.name.as_str());
        out.push_str(&format!(
            "    <outline type=\"rss\" text=\"{name}\" title=\"{name}\" xmlUrl=\"{}\"/>\n",
            escape(feed.url.as_str())
        ));
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_nesting() {
        let mut subs = Subscriptions::default();
        subs.add("https://a.test/rss?x=1&y=2", Some("A & B"), None)
            .unwrap();
        subs.add("https://b.test/atom", Some("B \"quoted\""), None)
            .unwrap();
        let feeds = parse(&export(&subs)).unwrap();
        assert_eq!(
            feeds[0],
            OpmlFeed {
                url: "https://a.test/rss?x=1&y=2".into(),
                title: Some("A & B".into())
            }
        );
        assert_eq!(feeds[1].title.as_deref(), Some("B \"quoted\""));
        let nested =
            "<opml version=\"1.0\"><body><outline text=\"News\"><outline text=\"C\" xmlUrl=\"https://c.test/\"/>\
                      </outline></body></opml>";
        assert_eq!(
            parse(nested).unwrap(),
            [OpmlFeed {
                url: "https://c.test/".into(),
                title: Some("C".into())
            }]
        );
        assert!(parse("<html><body/></html>").is_err());
        // Truncated input: an answer either way, never a panic.
        let _ = parse("<opml><body><outline xmlUrl=\"x\"");
    }

    #[test]
    fn entity_bombs_are_not_expanded() {
        let bomb =
            "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>\
                    <opml><body><outline text=\"&b;\" xmlUrl=\"https://x.test/\"/></body></opml>";
        let feeds = parse(bomb).unwrap();
        assert!(feeds.is_empty() || feeds[0].title.as_deref().is_none_or(|t| t.len() < 20));
    }
}
