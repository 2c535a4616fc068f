//! Text decoding for pages and feeds: byte-order marks, a declared charset (HTTP header, XML declaration,
//! `<meta charset>`), and the Windows-1252 fallback browsers use for undeclared non-UTF-8 bytes.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1252};

/// Decodes markup to UTF-8. A BOM wins, then the charset the server declared, then the document's own
/// declaration; undeclared bytes that are not UTF-8 are read as Windows-1252, as browsers do.
pub fn decode(bytes: &[u8], declared: Option<&str>) -> String {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return encoding
            .decode_without_bom_handling(&bytes[bom_len..])
            .0
            .into_owned();
    }
    let label = declared
        .map(str::to_string)
        .or_else(|| sniff_declared(bytes));
    let encoding =
        label.and_then(|l| Encoding::for_label(l.trim().trim_matches(['"', '\'']).as_bytes()));
    match encoding {
        // UTF-16 declared without a BOM is what a transcoding proxy leaves behind; the bytes are ASCII-compatible.
        Some(e) if e != UTF_8 && e != UTF_16LE && e != UTF_16BE => {
            e.decode_without_bom_handling(bytes).0.into_owned()
        }
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => WINDOWS_1252
                .decode_without_bom_handling(bytes)
                .0
                .into_owned(),
        },
    }
}

/// The charset a document declares in its first bytes: `<?xml … encoding="…"?>` or a `<meta>` charset.
pub fn sniff_declared(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    if let Some(decl) = head.trim_start().strip_prefix("<?xml") {
        let decl = &decl[..decl.find("?>")?];
        if let Some(pos) = decl.find("encoding") {
            return attribute_value(&decl[pos + "encoding".len()..]);
        }
    }
    let mut from = 0;
    while let Some(pos) = head[from..].find("<meta") {
        let start = from + pos;
        let end = head[start..].find('>').map_or(head.len(), |e| start + e);
        let tag = &head[start..end];
        if let Some(pos) = tag.find("charset") {
            if let Some(value) = attribute_value(&tag[pos + "charset".len()..]) {
                return Some(value);
            }
        }
        from = end;
    }
    None
}

/// The value after `=` in `="value"`, `='value'` or `=value;`.
fn attribute_value(rest: &str) -> Option<String> {
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let value: String = match rest.chars().next()? {
        q @ ('"' | '\'') => rest[1..].chars().take_while(|&c| c != q).collect(),
        _ => rest
            .chars()
            .take_while(|c| !c.is_whitespace() && !matches!(c, ';' | '"' | '\'' | '>' | '/'))
            .collect(),
    };
    let value = value.trim().to_string();
    (!value.is_empty()).then_some(value)
}

/// Rewrites the XML declaration of already-decoded text to say UTF-8, so an XML parser does not decode it again.
pub fn declare_utf8(xml: &str) -> String {
    let trimmed = xml.trim_start();
    if trimmed.starts_with("<?xml") {
        if let Some(end) = trimmed.find("?>") {
            return format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>{}",
                &trimmed[end + 2..]
            );
        }
    }
    trimmed.to_string()
}

/// What Windows-1252 reads the bytes 0x80 to 0x9F as; the five bytes it leaves undefined are read as the C1
/// control of the same number, as browsers and `encoding_rs` do.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

/// The byte Windows-1252 writes for `c`, when it has one above ASCII.
fn cp1252_byte(c: char) -> Option<u8> {
    match u32::from(c) {
        code @ 0xA0..=0xFF => u8::try_from(code).ok(),
        _ => CP1252_HIGH
            .iter()
            .position(|&h| h == c)
            .and_then(|p| u8::try_from(0x80 + p).ok()),
    }
}

/// Text that was UTF-8 but was read once or twice as Windows-1252 or Latin-1 ("mojibake"), repaired: "PeÃ±a"
/// -> "Peña", "itâ€™s" -> "it’s", "ÃƒÂ©" -> "é". None when there is nothing to repair.
///
/// Only the sequences such misreading makes of Western and Central European letters (a lead "Â", "Ã", "Ä" or
/// "Å" and one character for a continuation byte, giving U+0080 to U+017F: the C1 controls are what text read
/// wrongly twice holds halfway) and of typographic punctuation (a
/// lead "â" and two, giving U+2010 to U+2044, "€" or "™") are repaired, so that text which merely has an accented
/// capital before a symbol ("CAFÉ”") is left as it is.
pub fn repair_mojibake(text: &str) -> Option<String> {
    let mut repaired: Option<String> = None;
    // Text read wrongly twice needs two passes; a third finds nothing in all but made-up text.
    for _ in 0..3 {
        match repair_once(repaired.as_deref().unwrap_or(text)) {
            Some(next) => repaired = Some(next),
            None => break,
        }
    }
    repaired
}

/// One pass of [`repair_mojibake`].
fn repair_once(text: &str) -> Option<String> {
    if text.is_ascii() || !text.contains(['Â', 'Ã', 'Ä', 'Å', 'â']) {
        return None;
    }
    let mut out = String::new();
    let mut copied = 0;
    let mut chars = text.char_indices();
    while let Some((at, c)) = chars.next() {
        let (lead, continuations) = match c {
            'Â'..='Å' | 'â' => (cp1252_byte(c).unwrap_or(0), if c == 'â' { 2 } else { 1 }),
            _ => continue,
        };
        let mut bytes = [lead, 0, 0];
        let mut len = 1;
        let mut end = at + c.len_utf8();
        let mut ahead = chars.clone();
        for _ in 0..continuations {
            let Some((i, n)) = ahead.next() else { break };
            let Some(b) = cp1252_byte(n).filter(|b| (0x80..=0xBF).contains(b)) else {
                break;
            };
            bytes[len] = b;
            len += 1;
            end = i + n.len_utf8();
        }
        let Some(decoded) = std::str::from_utf8(&bytes[..len])
            .ok()
            .and_then(|s| s.chars().next())
            .filter(|&d| {
                len == continuations + 1
                    && matches!(u32::from(d), 0x80..=0x17F | 0x2010..=0x2044 | 0x20AC | 0x2122)
            })
        else {
            continue;
        };
        out.push_str(&text[copied..at]);
        out.push(decoded);
        copied = end;
        chars = ahead;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&text[copied..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_charsets() {
        assert_eq!(
            sniff_declared(b"<?xml version='1.0' encoding='windows-1252'?><rss>").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(
            sniff_declared(b"<html><head><meta charset=\"ISO-8859-1\">").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            sniff_declared(b"<meta http-equiv=Content-Type content=\"text/html; charset=latin1\">")
                .as_deref(),
            Some("latin1")
        );
        assert_eq!(sniff_declared(b"<html><meta name=x>"), None);
    }

    #[test]
    fn decoding() {
        assert_eq!(
            decode(b"caf\xe9 \x93quoted\x94", Some("iso-8859-1")),
            "café “quoted”"
        );
        assert_eq!(decode(b"caf\xe9", None), "café");
        assert_eq!(decode("café".as_bytes(), None), "café");
        assert_eq!(
            decode(b"\xef\xbb\xbfcaf\xc3\xa9", Some("windows-1252")),
            "café"
        );
        assert_eq!(decode(b"\xff\xfec\x00a\x00f\x00\xe9\x00", None), "café");
        assert!(decode(
            b"<?xml version=\"1.0\" encoding=\"windows-1252\"?>\x93",
            None
        )
        .ends_with('“'));
        assert_eq!(
            declare_utf8("<?xml version=\"1.0\" encoding=\"latin1\"?><a/>"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a/>"
        );
    }

    #[test]
    fn cp1252_table_matches_encoding_rs() {
        for b in 0x80u8..=0xFF {
            let byte = [b];
            let read = WINDOWS_1252.decode_without_bom_handling(&byte).0;
            let c = read.chars().next().unwrap();
            assert_eq!(cp1252_byte(c), Some(b), "byte {b:#x} read as {c:?}");
        }
    }

    #[test]
    fn mojibake_is_repaired() {
        // UTF-8 read once as Windows-1252.
        let once = |s: &str| {
            WINDOWS_1252
                .decode_without_bom_handling(s.as_bytes())
                .0
                .into_owned()
        };
        for word in [
            "Peña Nieto",
            "Ségolène",
            "François",
            "Sarukhán",
            "Kraków",
            "Łódź",
            "Dvořák",
            "it’s “fine” – …",
        ] {
            assert_eq!(
                repair_mojibake(&once(word)).as_deref(),
                Some(word),
                "{word}"
            );
            // And twice.
            assert_eq!(
                repair_mojibake(&once(&once(word))).as_deref(),
                Some(word),
                "{word}"
            );
        }
        assert_eq!(
            repair_mojibake("Enrique PeÃ±a Nieto said: â€œNo.â€\u{9d}").as_deref(),
            Some("Enrique Peña Nieto said: “No.”")
        );
        // Text that is right as it is.
        for fine in [
            "plain",
            "Peña, café, naïve",
            "CAFÉ”",
            "SÃO PAULO",
            "Â",
            "â",
            "Ã",
            "½ ¼",
        ] {
            assert_eq!(repair_mojibake(fine), None, "{fine}");
        }
        assert_eq!(repair_mojibake("Â½ cup").as_deref(), Some("½ cup"));
        // The shipped gazetteers spell thousands of names from many languages correctly: none is touched.
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/gazetteers");
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(repair_mojibake(&text), None, "{}", path.display());
        }
    }
}
