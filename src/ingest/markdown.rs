//! Markdown articles: `#` headings become Heading blocks (the first `#` heading the title), paragraphs and
//! list items become paragraphs, and inline markup (emphasis, links, code, images, HTML tags) is stripped.

use super::htmltext::collapse_spaces;
use super::{dates, decode_utf8, text::assemble, IngestError};
use crate::article::{Article, ArticleId, BlockKind};

pub fn parse_markdown(bytes: &[u8]) -> Result<Article, IngestError> {
    let raw = decode_utf8(bytes)?.replace("\r\n", "\n");
    let mut article = Article {
        id: ArticleId::from_key(bytes),
        ..Article::default()
    };
    let body = front_matter(&raw, &mut article);
    let mut paragraphs: Vec<(BlockKind, String)> = Vec::new();
    let mut pending: Vec<&str> = Vec::new();
    let mut in_fence = false;
    let lines: Vec<&str> = body.lines().collect();
    let flush = |pending: &mut Vec<&str>, out: &mut Vec<(BlockKind, String)>| {
        let text = collapse_spaces(&strip_inline(&pending.join(" ")));
        if !text.is_empty() {
            out.push((BlockKind::Paragraph, text));
        }
        pending.clear();
    };
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if t.starts_with("```") || t.starts_with("~~~") {
            flush(&mut pending, &mut paragraphs);
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            pending.push(t);
            continue;
        }
        let next = lines.get(i + 1).map(|l| l.trim()).unwrap_or("");
        let setext = !t.is_empty() && pending.is_empty() && is_rule(next, '=') | is_rule(next, '-');
        if t.is_empty() || is_rule(t, '-') || is_rule(t, '*') || is_rule(t, '_') || is_rule(t, '=')
        {
            flush(&mut pending, &mut paragraphs);
        } else if let Some((level, heading)) =
            atx_heading(t).or(setext.then_some((if is_rule(next, '=') { 1 } else { 2 }, t)))
        {
            flush(&mut pending, &mut paragraphs);
            let heading = collapse_spaces(&strip_inline(heading));
            if level == 1 && article.title.is_empty() && paragraphs.is_empty() {
                article.title = heading;
            } else if !heading.is_empty() {
                paragraphs.push((BlockKind::Heading, heading));
            }
        } else if let Some(item) = list_item(t) {
            flush(&mut pending, &mut paragraphs);
            pending.push(item);
        } else {
            pending.push(t.trim_start_matches('>').trim());
        }
    }
    flush(&mut pending, &mut paragraphs);
    if article.title.is_empty() {
        match paragraphs.first() {
            Some((_, first)) if first.chars().count() <= 120 => {
                article.title = paragraphs.remove(0).1
            }
            _ => return Err(IngestError::NoText),
        }
    }
    while paragraphs
        .last()
        .is_some_and(|(k, _)| *k == BlockKind::Heading)
    {
        paragraphs.pop();
    }
    if paragraphs.is_empty() {
        return Err(IngestError::NoText);
    }
    let (text, blocks) = assemble(paragraphs);
    article.text = text;
    article.blocks = blocks;
    Ok(article)
}

/// A leading `---` block of `key: value` lines (title, date, author, source, url); returns the rest.
fn front_matter<'a>(raw: &'a str, article: &mut Article) -> &'a str {
    let Some(rest) = raw.strip_prefix("---\n") else {
        return raw;
    };
    let Some(end) = rest.find("\n---") else {
        return raw;
    };
    for line in rest[..end].lines() {
        let Some((key, value)) = line.split_once(':') else {
            continue;
        };
        let value = collapse_spaces(value.trim().trim_matches(['"', '\'']));
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => article.title = value,
            "date" => article.date = Some(dates::normalize(&value).unwrap_or(value)),
            "author" => article.author = Some(value),
            "source" => article.source = Some(value),
            "url" | "link" => article.url = Some(value),
            "license" => article.license = Some(value),
            _ => {}
        }
    }
    rest[end + 4..].trim_start_matches(|c| c != '\n')
}

fn is_rule(line: &str, mark: char) -> bool {
    let compact: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    compact.len() >= 3 && compact.chars().all(|c| c == mark)
}

fn atx_heading(line: &str) -> Option<(usize, &str)> {
    let level = line.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &line[level..];
    (rest.is_empty() || rest.starts_with(' '))
        .then(|| (level, rest.trim().trim_end_matches('#').trim()))
}

fn list_item(line: &str) -> Option<&str> {
    for bullet in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(rest);
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    (digits > 0 && digits < 4).then(|| {
        line[digits..]
            .strip_prefix(". ")
            .or(line[digits..].strip_prefix(") "))
    })?
}

/// Drops inline markup: `![alt](src)`, `[text](url)` -> text, `<tags>`, emphasis marks and backticks.
fn strip_inline(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() => {
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                if let Some(end) = link_end(&chars, i + 1) {
                    i = end;
                    continue;
                }
            }
            '[' => {
                if let Some(end) = link_end(&chars, i) {
                    let close = chars[i..].iter().position(|&c| c == ']').unwrap_or(0) + i;
                    out.extend(&chars[i + 1..close]);
                    i = end;
                    continue;
                }
            }
            '<' => {
                if let Some(len) = chars[i..].iter().position(|&c| c == '>') {
                    let inner: String = chars[i + 1..i + len].iter().collect();
                    if inner.starts_with("http") {
                        out.push_str(&inner);
                    }
                    if inner.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
                        i += len + 1;
                        continue;
                    }
                }
            }
            '*' | '`' => {
                i += 1;
                continue;
            }
            // Underscores inside words (snake_case) are text; at word edges they are emphasis.
            '_' => {
                let before = i
                    .checked_sub(1)
                    .map(|j| chars[j].is_alphanumeric())
                    .unwrap_or(false);
                let after = chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
                if !(before && after) {
                    i += 1;
                    continue;
                }
            }
            _ => {}
        }
        out.push(c);
        i += 1;
    }
    out
}

/// For `[text](url)` starting at `open`, the index just past `)`.
fn link_end(chars: &[char], open: usize) -> Option<usize> {
    let close = chars[open..].iter().position(|&c| c == ']')? + open;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let paren = chars[close + 1..].iter().position(|&c| c == ')')? + close + 1;
    Some(paren + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_article() {
        let md = "---\ndate: 2024-05-01\nauthor: Ann Lee\n---\n# Floods in **Porto**\n\nRain fell on _Monday_, \
                  said [the agency](http://x.y).\nMore text.\n\n## What next\n\n- Roads closed\n- Schools shut\n\n\
                  ![map](m.png)\n";
        let a = parse_markdown(md.as_bytes()).unwrap();
        assert_eq!(a.title, "Floods in Porto");
        assert_eq!(a.date.as_deref(), Some("2024-05-01"));
        assert_eq!(a.author.as_deref(), Some("Ann Lee"));
        assert_eq!(
            a.text,
            "Rain fell on Monday, said the agency. More text.\n\nWhat next\n\nRoads closed\n\nSchools shut"
        );
        assert_eq!(a.blocks[1].kind, BlockKind::Heading);
        assert_eq!(
            strip_inline("snake_case and `code` <b>bold</b>"),
            "snake_case and code bold"
        );
    }
}
