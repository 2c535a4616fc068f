//! Feed subscriptions, kept in `<store>/feeds.toml` (human-editable), with OPML import/export; refreshing them
//! lives in [`refresh`].

pub mod opml;
pub mod refresh;

pub use refresh::{
    fetch_feeds, refresh, store_fetched, FeedFetch, FeedStatus, FeedUpdate, RefreshEvent,
    RefreshOptions, RefreshSummary,
};

use crate::fetch::Validators;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The subscriptions file's name inside the store.
pub const FILE_NAME: &str = "feeds.toml";

const HEADER: &str = "# newsreader feed subscriptions: edit freely.\n\
# Each [[feed]] has a name (its folder under feeds/ in the store) and a url. full_text = false keeps\n\
# summary-only items as they are instead of fetching the linked page. etag and last_modified are what\n\
# the server said last time; delete them to force a full fetch.\n\n";

/// One feed subscription.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscription {
    pub name: String,
    pub url: String,
    /// Fetch the linked page of items that carry only a summary.
    #[serde(default = "default_true")]
    pub full_text: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<String>,
    /// When the feed was last fetched successfully (ISO 8601, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_refresh: Option<String>,
}

fn default_true() -> bool {
    true
}

impl Subscription {
    pub fn new(name: &str, url: &str) -> Subscription {
        Subscription {
            name: name.to_string(),
            url: url.to_string(),
            full_text: true,
            etag: None,
            last_modified: None,
            last_refresh: None,
        }
    }

    pub fn validators(&self) -> Validators {
        Validators {
            etag: self.etag.clone(),
            last_modified: self.last_modified.clone(),
        }
    }
}

/// Errors of the subscription list, each naming the file or feed.
#[derive(Debug, thiserror::Error)]
pub enum FeedsError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path}: {message}")]
    Parse { path: PathBuf, message: String },
    #[error("already subscribed to {url} as \"{name}\"")]
    Duplicate { url: String, name: String },
    #[error("no feed named or at \"{0}\"")]
    NotFound(String),
    #[error("{0}: not an http or https URL")]
    BadUrl(String),
    #[error("\"{0}\" cannot be a feed name (empty, starts with a dot, or contains / \\ or control characters)")]
    BadName(String),
}

/// Every subscription, in the order the user added them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subscriptions {
    #[serde(default, rename = "feed")]
    pub feeds: Vec<Subscription>,
}

impl Subscriptions {
    pub fn path(store: &Path) -> PathBuf {
        store.join(FILE_NAME)
    }

    /// Reads `<store>/feeds.toml`; a missing file is an empty list.
    pub fn load(store: &Path) -> Result<Subscriptions, FeedsError> {
        let path = Self::path(store);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Subscriptions::default())
            }
            Err(source) => return Err(FeedsError::Io { path, source }),
        };
        let subs: Subscriptions = toml::from_str(&text).map_err(|e| FeedsError::Parse {
            path: path.clone(),
            message: e.message().to_string(),
        })?;
        Ok(subs)
    }

    /// Writes `<store>/feeds.toml` atomically (a temporary file renamed over it).
    pub fn save(&self, store: &Path) -> Result<(), FeedsError> {
        let path = Self::path(store);
        let io = |source| FeedsError::Io {
            path: path.clone(),
            source,
        };
        std::fs::create_dir_all(store).map_err(io)?;
        let body = toml::to_string(self).map_err(|e| FeedsError::Parse {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let tmp = store.join(format!(".{FILE_NAME}.tmp"));
        std::fs::write(&tmp, format!("{HEADER}{body}")).map_err(io)?;
        std::fs::rename(&tmp, &path).map_err(io)
    }

    /// Saves what a refresh learned (validators, refresh times) into the file as it is now on disk, so that
    /// feeds added, removed or edited meanwhile (by hand, or by another newsreader) are kept.
    pub fn save_state(&self, store: &Path) -> Result<(), FeedsError> {
        let mut on_disk = Subscriptions::load(store)?;
        for feed in &mut on_disk.feeds {
            if let Some(ours) = self
                .feeds
                .iter()
                .find(|f| f.name == feed.name && f.url == feed.url)
            {
                feed.etag.clone_from(&ours.etag);
                feed.last_modified.clone_from(&ours.last_modified);
                feed.last_refresh.clone_from(&ours.last_refresh);
            }
        }
        on_disk.save(store)
    }

    /// The subscription with this name (any case) or URL.
    pub fn find(&self, name_or_url: &str) -> Option<&Subscription> {
        let key = name_or_url.trim();
        self.feeds
            .iter()
            .find(|f| f.url == key || f.name.eq_ignore_ascii_case(key))
    }

    pub fn find_mut(&mut self, name: &str) -> Option<&mut Subscription> {
        self.feeds.iter_mut().find(|f| f.name == name)
    }

    /// Adds a feed. Without a `name`, `title` (the feed's own, when known) or the URL's host names it; a name
    /// already taken gets " 2", " 3" ... appended.
    pub fn add(
        &mut self,
        url: &str,
        name: Option<&str>,
        title: Option<&str>,
    ) -> Result<&Subscription, FeedsError> {
        let url = url.trim();
        let parsed = url::Url::parse(url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.has_host());
        let Some(parsed) = parsed else {
            return Err(FeedsError::BadUrl(url.to_string()));
        };
        if let Some(existing) = self.feeds.iter().find(|f| f.url == url) {
            return Err(FeedsError::Duplicate {
                url: url.to_string(),
                name: existing.name.clone(),
            });
        }
        let base = match name {
            Some(n) => valid_name(n).ok_or_else(|| FeedsError::BadName(n.to_string()))?,
            None => title
                .and_then(valid_name)
                .or_else(|| parsed.host_str().and_then(valid_name))
                .unwrap_or_else(|| "feed".to_string()),
        };
        let mut unique = base.clone();
        let mut n = 2;
        while self
            .feeds
            .iter()
            .any(|f| f.name.eq_ignore_ascii_case(&unique))
        {
            unique = format!("{base} {n}");
            n += 1;
        }
        self.feeds.push(Subscription::new(&unique, url));
        Ok(self.feeds.last().expect("just pushed"))
    }

    /// Removes the feed with this name or URL and returns it.
    pub fn remove(&mut self, name_or_url: &str) -> Result<Subscription, FeedsError> {
        let key = name_or_url.trim();
        let index = self
            .feeds
            .iter()
            .position(|f| f.url == key)
            .or_else(|| {
                self.feeds
                    .iter()
                    .position(|f| f.name.eq_ignore_ascii_case(key))
            })
            .ok_or_else(|| FeedsError::NotFound(key.to_string()))?;
        Ok(self.feeds.remove(index))
    }
}

/// A feed name that can also be a folder name: trimmed, single-spaced, at most 60 characters, without path
/// separators or a leading dot.
pub fn valid_name(name: &str) -> Option<String> {
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    let name: String = name.chars().take(60).collect();
    let name = name.trim().to_string();
    let bad = name.is_empty()
        || name == "."
        || name == ".."
        || name.starts_with('.')
        || name
            .chars()
            .any(|c| c.is_control() || matches!(c, '/' | '\\'));
    (!bad).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_find_remove_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let mut subs = Subscriptions::load(dir.path()).unwrap();
        assert!(subs.feeds.is_empty());
        subs.add("https://example.org/feed.xml", None, Some("Example News"))
            .unwrap();
        subs.add("https://example.org/other.xml", None, Some("Example News"))
            .unwrap();
        subs.add("http://news.test/rss", Some("Tests"), None)
            .unwrap();
        assert!(matches!(
            subs.add("https://example.org/feed.xml", None, None),
            Err(FeedsError::Duplicate { .. })
        ));
        assert!(matches!(
            subs.add("ftp://x/y", None, None),
            Err(FeedsError::BadUrl(_))
        ));
        assert!(matches!(
            subs.add("https://a.test/", Some("a/b"), None),
            Err(FeedsError::BadName(_))
        ));
        let names: Vec<&str> = subs.feeds.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["Example News", "Example News 2", "Tests"]);
        subs.feeds[0].etag = Some("\"abc\"".into());
        subs.save(dir.path()).unwrap();
        let text = std::fs::read_to_string(Subscriptions::path(dir.path())).unwrap();
        assert!(text.starts_with("# newsreader feed subscriptions"));
        let again = Subscriptions::load(dir.path()).unwrap();
        assert_eq!(again, subs);
        assert_eq!(subs.find("tests").unwrap().url, "http://news.test/rss");
        assert_eq!(
            subs.remove("https://example.org/other.xml").unwrap().name,
            "Example News 2"
        );
        assert!(matches!(subs.remove("nope"), Err(FeedsError::NotFound(_))));
    }

    #[test]
    fn refresh_state_merges_into_the_file_as_it_is_now() {
        let dir = tempfile::tempdir().unwrap();
        let mut ours = Subscriptions::default();
        ours.add("https://a.test/rss", Some("A"), None).unwrap();
        ours.save(dir.path()).unwrap();
        // Meanwhile someone adds a feed.
        let mut theirs = Subscriptions::load(dir.path()).unwrap();
        theirs.add("https://b.test/rss", Some("B"), None).unwrap();
        theirs.save(dir.path()).unwrap();
        ours.feeds[0].etag = Some("\"e\"".into());
        ours.save_state(dir.path()).unwrap();
        let now = Subscriptions::load(dir.path()).unwrap();
        assert_eq!(now.feeds.len(), 2);
        assert_eq!(now.feeds[0].etag.as_deref(), Some("\"e\""));
    }

    #[test]
    fn hand_edited_file_with_defaults() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "[[feed]]\nname = \"A\"\nurl = \"https://a.test/rss\"\n",
        )
        .unwrap();
        let subs = Subscriptions::load(dir.path()).unwrap();
        assert!(subs.feeds[0].full_text);
        std::fs::write(dir.path().join(FILE_NAME), "[[feed]]\nname = 3\n").unwrap();
        let err = Subscriptions::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("feeds.toml"), "{err}");
    }
}
