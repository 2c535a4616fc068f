//! Publication dates as found in feeds and pages (RFC 2822, RFC 3339, bare dates) normalised to ISO 8601.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

/// `2015-09-12T10:00:00Z` for a moment, `2015-09-12` for a bare day; `None` when the text is no date we know.
pub fn normalize(text: &str) -> Option<String> {
    let t = text.trim();
    if t.is_empty() || t.len() > 64 {
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(t) {
        return Some(iso(d.with_timezone(&Utc)));
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(t) {
        return Some(iso(d.with_timezone(&Utc)));
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
    ] {
        if let Ok(d) = DateTime::parse_from_str(t, format) {
            return Some(iso(d.with_timezone(&Utc)));
        }
    }
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(t, format) {
            return Some(iso(d.and_utc()));
        }
    }
    let day = t.get(..10).unwrap_or(t);
    if let Ok(d) = NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    super::text::parse_long_date(t)
}

/// A moment in ISO 8601, UTC, to the second.
pub fn iso(moment: DateTime<Utc>) -> String {
    moment.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn formats() {
        assert_eq!(
            normalize("Sat, 12 Sep 2015 10:00:00 GMT").as_deref(),
            Some("2015-09-12T10:00:00Z")
        );
        assert_eq!(
            normalize("Sat, 12 Sep 2015 12:00:00 +0200").as_deref(),
            Some("2015-09-12T10:00:00Z")
        );
        assert_eq!(
            normalize("2015-09-12T10:00:00+01:00").as_deref(),
            Some("2015-09-12T09:00:00Z")
        );
        assert_eq!(
            normalize("2015-09-12T10:00:00.123Z").as_deref(),
            Some("2015-09-12T10:00:00Z")
        );
        assert_eq!(
            normalize("2015-09-12T10:00:00").as_deref(),
            Some("2015-09-12T10:00:00Z")
        );
        assert_eq!(normalize("2015-09-12").as_deref(), Some("2015-09-12"));
        assert_eq!(
            normalize("September 12, 2015").as_deref(),
            Some("2015-09-12")
        );
        assert_eq!(normalize("yesterday"), None);
    }
}
