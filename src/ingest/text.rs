//! Plain-text articles: the seed's layout (title, standfirst, photo caption, dateline, body, site boilerplate)
//! and the demo articles' layout ("[Caption]" paragraphs, closing "Source:", "Date:", "License:" lines).

use super::{decode_utf8, IngestError};
use crate::article::{Article, ArticleId, Block, BlockKind, Span, CAPTION_MARK};

/// Parses a plain-text article. The id is derived from the bytes; the store replaces it with the file's own.
pub fn parse(bytes: &[u8]) -> Result<Article, IngestError> {
    let raw = decode_utf8(bytes)?;
    let normalized = raw.replace("\r\n", "\n").replace('\r', "\n");
    let mut lines: Vec<&str> = normalized.lines().map(str::trim_end).collect();

    let mut article = Article {
        id: ArticleId::from_key(bytes),
        ..Article::default()
    };
    strip_metadata(&mut lines, &mut article);
    strip_boilerplate(&mut lines, &mut article);

    let mut rest = lines.iter().copied().skip_while(|l| l.trim().is_empty());
    let title = rest.next().ok_or(IngestError::NoText)?.trim();
    article.title = collapse_spaces(title);
    let mut chunks = chunks(rest);
    if chunks
        .first()
        .is_some_and(|c| c.len() == 1 && collapse_spaces(c[0]) == article.title)
    {
        chunks.remove(0);
    }

    let mut paragraphs: Vec<(BlockKind, String)> = Vec::new();
    for chunk in chunks {
        split_chunk(&chunk, &mut paragraphs);
    }
    classify(&mut paragraphs, &mut article);
    if paragraphs.is_empty() {
        return Err(IngestError::NoText);
    }
    let (text, blocks) = assemble(paragraphs);
    article.text = text;
    article.blocks = blocks;
    Ok(article)
}

/// Joins blocks into one text (blank line between blocks) and records where each block lies.
pub fn assemble(paragraphs: Vec<(BlockKind, String)>) -> (String, Vec<Block>) {
    let mut text = String::new();
    let mut blocks = Vec::with_capacity(paragraphs.len());
    for (kind, para) in paragraphs {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&para);
        blocks.push(Block {
            kind,
            span: Span::new(start, text.len()),
        });
    }
    (text, blocks)
}

/// Writes an article in the store's plain-text layout, which [`parse`] reads back: title, blank line, blocks
/// (captions as "[Caption] ..."), then "Source:", "URL:", "Date:", "Author:", "License:" lines.
pub fn render(article: &Article) -> String {
    let mut out = String::new();
    out.push_str(&collapse_spaces(&article.title));
    out.push_str("\n\n");
    for block in &article.blocks {
        let text = collapse_spaces(block.span.slice(&article.text));
        if text.is_empty() {
            continue;
        }
        if block.kind == BlockKind::Caption && !text.starts_with(CAPTION_MARK) {
            out.push_str(CAPTION_MARK);
            out.push(' ');
        }
        out.push_str(&text);
        out.push_str("\n\n");
    }
    let meta = [
        ("Source", &article.source),
        ("URL", &article.url),
        ("Date", &article.date),
        ("Author", &article.author),
        ("License", &article.license),
    ];
    for (key, value) in meta {
        if let Some(value) = value
            .as_deref()
            .map(collapse_spaces)
            .filter(|v| !v.is_empty())
        {
            out.push_str(&format!("{key}: {value}\n"));
        }
    }
    out
}

/// Groups lines into chunks separated by blank lines.
fn chunks<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<Vec<&'a str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// A chunk is one paragraph (hard-wrapped lines joined), except that captions and datelines on lines of their
/// own are blocks of their own, as are lines in a chunk whose lines each end a sentence.
fn split_chunk(chunk: &[&str], out: &mut Vec<(BlockKind, String)>) {
    let each_line_whole = chunk.len() > 1
        && chunk
            .iter()
            .all(|l| ends_sentence(l) || is_caption(l) || is_dateline(l));
    let mut pending: Vec<&str> = Vec::new();
    let flush = |pending: &mut Vec<&str>, out: &mut Vec<(BlockKind, String)>| {
        if !pending.is_empty() {
            out.push((BlockKind::Paragraph, collapse_spaces(&pending.join(" "))));
            pending.clear();
        }
    };
    for line in chunk {
        let line = line.trim();
        if is_caption(line) {
            flush(&mut pending, out);
            out.push((BlockKind::Caption, collapse_spaces(line)));
        } else if is_dateline(line) {
            flush(&mut pending, out);
            out.push((BlockKind::Dateline, collapse_spaces(line)));
        } else if each_line_whole {
            out.push((BlockKind::Paragraph, collapse_spaces(line)));
        } else {
            pending.push(line);
        }
    }
    flush(&mut pending, out);
}

/// Decides standfirst, headings and date lines once all blocks are known.
fn classify(paragraphs: &mut [(BlockKind, String)], article: &mut Article) {
    let first_marker = paragraphs
        .iter()
        .position(|(k, _)| matches!(k, BlockKind::Caption | BlockKind::Dateline));
    let n = paragraphs.len();
    for (i, (kind, text)) in paragraphs.iter_mut().enumerate() {
        if *kind != BlockKind::Paragraph {
            continue;
        }
        if let Some(date) = parse_long_date(text) {
            if article.date.is_none() {
                article.date = Some(date);
            }
            *kind = BlockKind::Dateline;
        } else if first_marker.is_some_and(|m| i < m) && i == 0 {
            *kind = BlockKind::Standfirst;
        } else if i + 1 < n && is_heading(text) {
            *kind = BlockKind::Heading;
        }
    }
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end();
    t.ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', ':'])
}

fn is_heading(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=10).contains(&words)
        && text.chars().count() <= 70
        && !ends_sentence(text)
        && !text.ends_with([',', ';', '-', '–', '—'])
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// A photo caption: "[Caption] …", or a line ending in a credit such as "(EPA Images pic)" or "(Reuters photo)".
pub fn is_caption(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with(CAPTION_MARK) {
        return true;
    }
    let Some(open) = t.rfind('(') else {
        return false;
    };
    if !t.ends_with(')') || open == 0 {
        return false;
    }
    let credit = t[open + 1..t.len() - 1].to_lowercase();
    credit.split_whitespace().count() <= 6
        && credit.split(|c: char| !c.is_alphanumeric()).any(|w| {
            matches!(
                w,
                "pic"
                    | "pics"
                    | "photo"
                    | "photos"
                    | "picture"
                    | "image"
                    | "images"
                    | "file"
                    | "photograph"
            )
        })
}

/// A dateline on a line of its own: "MIAMI:", "KUALA LUMPUR:", "WASHINGTON (AP) —".
pub fn is_dateline(line: &str) -> bool {
    let t = line.trim();
    let Some(head) = t
        .strip_suffix(':')
        .or_else(|| t.strip_suffix('—'))
        .or_else(|| t.strip_suffix('-'))
    else {
        return false;
    };
    let head = head.trim();
    !head.is_empty()
        && head.chars().count() <= 40
        && head.chars().any(|c| c.is_alphabetic())
        && head.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// Trailing "Key: value" lines (the demo articles' "Source:", "Date:", "License:"; the store's own "URL:" ...).
fn strip_metadata(lines: &mut Vec<&str>, article: &mut Article) {
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let mut found = Vec::new();
    while let Some(line) = lines.last() {
        match metadata_line(line) {
            Some(kv) => {
                found.push(kv);
                lines.pop();
            }
            None => break,
        }
    }
    for (key, value) in found.into_iter().rev() {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        match key.as_str() {
            "source" => match value.split_once(", ") {
                Some((name, url)) if url.starts_with("http") => {
                    article.source = Some(name.trim().to_string());
                    article.url.get_or_insert_with(|| url.trim().to_string());
                }
                _ => article.source = Some(value),
            },
            "date" | "published" => article.date = Some(value),
            "license" => article.license = Some(value),
            "url" | "link" => article.url = Some(value),
            "author" | "by" => article.author = Some(value),
            _ => {}
        }
    }
}

fn metadata_line(line: &str) -> Option<(String, String)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim().to_ascii_lowercase();
    matches!(
        key.as_str(),
        "source" | "date" | "published" | "license" | "url" | "link" | "author" | "by"
    )
    .then(|| (key, value.to_string()))
}

/// Site furniture at the end of an article: "Stay current - Follow FMT on WhatsApp ...", "Subscribe to our
/// newsletter ...". The outlet named in a "Follow X on" line becomes the source when none is known.
fn strip_boilerplate(lines: &mut Vec<&str>, article: &mut Article) {
    loop {
        while lines.last().is_some_and(|l| l.trim().is_empty()) {
            lines.pop();
        }
        let Some(line) = lines.last() else { return };
        if !is_boilerplate(line) {
            return;
        }
        if article.source.is_none() {
            article.source = followed_outlet(line);
        }
        lines.pop();
    }
}

fn is_boilerplate(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    const STARTS: [&str; 12] = [
        "stay current",
        "subscribe to",
        "follow us on",
        "sign up for",
        "click here",
        "read more:",
        "related:",
        "all rights reserved",
        "copyright ©",
        "©",
        "share this article",
        "download our app",
    ];
    STARTS.iter().any(|s| l.starts_with(s))
        || (l.starts_with("follow ") && l.contains(" on ") && l.len() < 120)
}

fn followed_outlet(line: &str) -> Option<String> {
    // ASCII lower-casing keeps byte offsets, so they can slice the original line (full lower-casing
    // changes lengths: "\u{212a}" becomes "k").
    let lower = line.to_ascii_lowercase();
    let start = lower.find("follow ")? + "follow ".len();
    let rest = &line[start..];
    let end = rest.to_ascii_lowercase().find(" on ")?;
    let name = rest[..end].trim();
    (!name.is_empty() && name.len() <= 40 && !name.eq_ignore_ascii_case("us"))
        .then(|| name.to_string())
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// "Thursday, January 12, 2006" or "January 12, 2006" -> "2006-01-12".
pub fn parse_long_date(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches('.');
    if t.len() > 40 {
        return None;
    }
    let words: Vec<&str> = t
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let words = match words.first() {
        Some(w) if w.to_lowercase().ends_with("day") => &words[1..],
        _ => &words[..],
    };
    let [month, day, year] = words else {
        return None;
    };
    let month = crate::util::MONTHS
        .iter()
        .position(|m| *m == month.to_lowercase())?
        + 1;
    let day: u32 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let year: u32 = year.parse().ok().filter(|y| (1800..=2200).contains(y))?;
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../seeds/000_e23c1adbc54749fb.txt");

    #[test]
    fn seed_layout() {
        let a = parse(SEED.as_bytes()).unwrap();
        assert_eq!(
            a.title,
            "Rubio says won’t force deal on Ukraine as Europeans join Miami talks"
        );
        assert_eq!(a.source.as_deref(), Some("FMT"));
        let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            &kinds[..4],
            &[
                BlockKind::Standfirst,
                BlockKind::Caption,
                BlockKind::Dateline,
                BlockKind::Paragraph
            ]
        );
        let heading: Vec<&str> = a
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| b.span.slice(&a.text))
            .collect();
        assert_eq!(heading, ["Putin vows to press on"]);
        assert!(!a.text.contains("Stay current"));
        assert!(!a.text.contains("Subscribe"));
        assert!(
            !a.text.contains("Rubio says won’t force deal"),
            "repeated title kept"
        );
        assert!(a
            .text
            .ends_with("frozen Russian assets to come up with the funds."));
        assert_eq!(a.blocks[2].span.slice(&a.text), "MIAMI:");
    }

    #[test]
    fn demo_layout() {
        let src = "Hundreds dead\n\nThursday, January 12, 2006\n\n[Caption] The Plains of Arafat\n\nBody one.\n\nA heading\n\nBody two.\n\nSource: Wikinews, https://en.wikinews.org/wiki/X\nDate: 2006-01-12\nLicense: CC BY 2.5, Wikinews contributors\n";
        let a = parse(src.as_bytes()).unwrap();
        assert_eq!(a.title, "Hundreds dead");
        assert_eq!(a.source.as_deref(), Some("Wikinews"));
        assert_eq!(a.url.as_deref(), Some("https://en.wikinews.org/wiki/X"));
        assert_eq!(a.date.as_deref(), Some("2006-01-12"));
        assert_eq!(
            a.license.as_deref(),
            Some("CC BY 2.5, Wikinews contributors")
        );
        let kinds: Vec<BlockKind> = a.blocks.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Dateline,
                BlockKind::Caption,
                BlockKind::Paragraph,
                BlockKind::Heading,
                BlockKind::Paragraph
            ]
        );
        assert!(!a.text.contains("License"));
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let a = parse(b"Title\n\nThis is a paragraph that\nwraps over lines.\n\nSecond.").unwrap();
        assert_eq!(
            a.text,
            "This is a paragraph that wraps over lines.\n\nSecond."
        );
    }

    #[test]
    fn bad_input_is_refused() {
        assert_eq!(parse(b""), Err(IngestError::Empty));
        assert_eq!(parse(b"  \n\n "), Err(IngestError::Empty));
        assert_eq!(parse(b"ab\0cd"), Err(IngestError::Binary { offset: 2 }));
        assert_eq!(parse(b"ab\xffcd"), Err(IngestError::NotUtf8 { offset: 2 }));
        assert_eq!(parse(b"Only a title"), Err(IngestError::NoText));
    }

    #[test]
    fn render_round_trips() {
        let a = parse(SEED.as_bytes()).unwrap();
        let b = parse(render(&a).as_bytes()).unwrap();
        assert_eq!(a.title, b.title);
        assert_eq!(a.source, b.source);
        assert_eq!(
            a.text.replace("[Caption] ", ""),
            b.text.replace("[Caption] ", "")
        );
        let mut demo =
            parse(b"T\n\nOne.\n\nSource: Wikinews, https://x.org/a\nDate: 2006-01-12\n").unwrap();
        demo.author = Some("A. Writer".into());
        let again = parse(render(&demo).as_bytes()).unwrap();
        assert_eq!(
            (again.url, again.date, again.author),
            (demo.url, demo.date, demo.author)
        );
    }

    #[test]
    fn follow_line_with_case_changing_letters_does_not_panic() {
        // Lower-casing changes byte lengths (KELVIN SIGN is 3 bytes, "k" 1): offsets found in the lowered
        // line must not be used to slice the original.
        let a = parse("T\n\nBody.\n\nFollow \u{212a} on X\n".as_bytes()).unwrap();
        assert_eq!(a.source.as_deref(), Some("\u{212a}"));
        let a = parse("T\n\nBody.\n\nFollow \u{212a}\u{212a} News on X\n".as_bytes()).unwrap();
        assert_eq!(a.source.as_deref(), Some("\u{212a}\u{212a} News"));
        let a = parse("T\n\nBody.\n\nFollow \u{130}stanbul Times on X\n".as_bytes()).unwrap();
        assert_eq!(a.source.as_deref(), Some("\u{130}stanbul Times"));
    }

    #[test]
    fn long_dates() {
        assert_eq!(
            parse_long_date("Thursday, January 12, 2006").as_deref(),
            Some("2006-01-12")
        );
        assert_eq!(
            parse_long_date("May 7, 2015").as_deref(),
            Some("2015-05-07")
        );
        assert_eq!(parse_long_date("The May 7 talks, 2015"), None);
    }
}
