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
}
