//! HTML to article text: block elements become paragraphs, headings and captions; scripts, forms and other
//! furniture are dropped. Also the depth guard that keeps pathological nesting away from recursive code.

use crate::article::BlockKind;
use ego_tree::iter::Edge;
use scraper::{Html, Node};

/// Elements nested deeper than this are unwrapped before parsing: real pages stay far below it, and the HTML
/// tools behind Readability recurse over the tree.
pub const MAX_NESTING: usize = 256;

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button",
    "iframe", "svg", "select", "textarea", "object", "embed", "canvas", "audio", "video", "head",
    "title",
];

/// Elements that end the paragraph before them and start a new one.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "address",
    "details",
    "summary",
    "center",
];

/// The text blocks of an HTML fragment (or document), in reading order.
pub fn html_to_blocks(html: &str) -> Vec<(BlockKind, String)> {
    let guarded = limit_depth(html, MAX_NESTING);
    let fragment = Html::parse_fragment(&guarded);
    let mut out = Vec::new();
    let mut buf = String::new();
    let (mut skipping, mut heading, mut caption) = (0usize, 0usize, 0usize);
    // ego-tree's traversal is iterative, so deep trees cost no stack.
    for edge in fragment.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Text(text) if skipping == 0 => buf.push_str(text),
                Node::Element(e) => {
                    let name = e.name();
                    if skipping > 0 || SKIPPED.contains(&name) {
                        skipping += 1;
                    } else if name == "br" {
                        buf.push('\n');
                    } else if name == "img" {
                        // An image breaks the flow but its alt text is not prose.
                    } else if BLOCKS.contains(&name) {
                        flush(&mut buf, kind(heading, caption), &mut out);
                        heading += usize::from(is_heading(name));
                        caption += usize::from(name == "figcaption");
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if skipping > 0 {
                        skipping -= 1;
                    } else if BLOCKS.contains(&name) {
                        flush(&mut buf, kind(heading, caption), &mut out);
                        heading -= usize::from(is_heading(name) && heading > 0);
                        caption -= usize::from(name == "figcaption" && caption > 0);
                    }
                }
            }
        }
    }
    flush(&mut buf, kind(heading, caption), &mut out);
    out
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

fn kind(heading: usize, caption: usize) -> BlockKind {
    if heading > 0 {
        BlockKind::Heading
    } else if caption > 0 {
        BlockKind::Caption
    } else {
        BlockKind::Paragraph
    }
}

/// Ends the current block. Two line breaks in a row (`<br><br>`) separate paragraphs, as in many feeds.
fn flush(buf: &mut String, kind: BlockKind, out: &mut Vec<(BlockKind, String)>) {
    for part in buf.split("\n\n").flat_map(|p| p.split("\n \n")) {
        let text = collapse_spaces(part);
        if !text.is_empty() {
            out.push((kind, text));
        }
    }
    buf.clear();
}

/// Runs of whitespace become one space; control characters and bidi overrides go, since text from the web
/// ends up on a terminal.
pub fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().filter(|&c| !crate::util::is_unsafe_char(c)));
    }
    out
}

/// Elements whose end tag is optional; they are not counted, or a list of 300 bare `<li>` would look deep.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot",
    "colgroup", "rp", "rt", "html", "head", "body",
];
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];

/// Removes start and end tags nested deeper than `max_depth`, keeping their text; a cheap scan, not a parse.
pub fn limit_depth(html: &str, max_depth: usize) -> std::borrow::Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut out: Option<String> = None;
    let (mut depth, mut dropped, mut copied, mut i) = (0usize, 0usize, 0usize, 0usize);
    while let Some(offset) = memchr(b'<', &bytes[i..]) {
        let start = i + offset;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            i = rest.find("-->").map_or(bytes.len(), |e| start + e + 3);
            continue;
        }
        let closing = rest.starts_with("</");
        let name_start = start + if closing { 2 } else { 1 };
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            i = start + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        let mut drop = false;
        if OPTIONAL_END.contains(&name.as_str()) || VOID.contains(&name.as_str()) {
        } else if closing {
            if dropped > 0 && depth > max_depth {
                dropped -= 1;
                drop = true;
            }
            depth = depth.saturating_sub(1);
        } else if !bytes[..end].ends_with(b"/>") {
            depth += 1;
            if depth > max_depth {
                dropped += 1;
                drop = true;
            }
        }
        if drop {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied..start]);
            copied = end;
        }
        i = end;
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            let close = format!("</{name}");
            i = find_ascii_ci(&html[end..], &close).map_or(bytes.len(), |p| end + p);
        }
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            std::borrow::Cow::Owned(buf)
        }
        None => std::borrow::Cow::Borrowed(html),
    }
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

/// The offset just past the `>` that ends a tag, skipping quoted attribute values.
fn tag_end(bytes: &[u8], mut i: usize) -> usize {
    let mut quote = None;
    while i < bytes.len() {
        match (quote, bytes[i]) {
            (None, b'>') => return i + 1,
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), b) if b == q => quote = None,
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    (0..h.len().saturating_sub(n.len() - 1)).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_from_markup() {
        let html = "<h2>Storm <b>hits</b></h2><p>First   para\n with <a href=x>link</a>.</p><script>var x;</script>\
                    <figure><img src=a alt=pic><figcaption>A caption</figcaption></figure>Loose text<br><br>After break";
        let blocks = html_to_blocks(html);
        assert_eq!(
            blocks,
            [
                (BlockKind::Heading, "Storm hits".to_string()),
                (BlockKind::Paragraph, "First para with link.".to_string()),
                (BlockKind::Caption, "A caption".to_string()),
                (BlockKind::Paragraph, "Loose text".to_string()),
                (BlockKind::Paragraph, "After break".to_string()),
            ]
        );
    }

    #[test]
    fn terminal_escapes_are_dropped() {
        let blocks = html_to_blocks("<p>Red \u{1b}[31malert\u{1b}[0m \u{202e}txet</p>");
        assert_eq!(blocks[0].1, "Red [31malert[0m txet");
    }

    #[test]
    fn depth_is_limited() {
        let deep = format!(
            "{}<p>deep</p>{}",
            "<div>".repeat(1000),
            "</div>".repeat(1000)
        );
        let limited = limit_depth(&deep, 10);
        assert_eq!(limited.matches("<div>").count(), 10);
        assert_eq!(limited.matches("</div>").count(), 10);
        assert!(limited.contains("<p>deep</p>"));
        let shallow = "<div><script>if (a<b) {}</script><img src=x><li>a<li>b</div>";
        assert!(matches!(
            limit_depth(shallow, 2),
            std::borrow::Cow::Borrowed(_)
        ));
    }
}
