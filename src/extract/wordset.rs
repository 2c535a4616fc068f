//! Fixed word lists as hash sets, and a fast hasher for short string keys: the recognizer's rules test words
//! against its lists many times per token, where a scan of a hundred-word list costs more than the tagging.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A multiply-rotate hash over 8-byte chunks (in the manner of rustc's FxHash), finished with a strong mixer.
/// Not resistant to chosen collisions: meant for maps whose keys come from one document or a built-in list,
/// where a bad case costs time, never a wrong answer.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        super::gazetteer::mix(self.0)
    }
}

pub type FastBuild = BuildHasherDefault<FastHasher>;

/// The words of one or more fixed lists, for membership tests.
pub struct WordSet(HashSet<&'static str, FastBuild>);

impl WordSet {
    pub fn new(lists: &[&[&'static str]]) -> WordSet {
        WordSet(lists.iter().flat_map(|l| l.iter().copied()).collect())
    }

    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn sets_hold_exactly_their_words() {
        let set = WordSet::new(&[&["mr", "mrs."], &["minister"]]);
        for word in ["mr", "mrs.", "minister"] {
            assert!(set.contains(word), "{word}");
        }
        for word in ["", "m", "mrs", "Mr", "ministers", "minister "] {
            assert!(!set.contains(word), "{word:?}");
        }
    }

    #[test]
    fn keys_that_share_a_prefix_or_differ_past_eight_bytes_stay_apart() {
        let keys = [
            "Anna",
            "Anna ",
            "Anna Berg",
            "Anna Bergman",
            "abcdefgh",
            "abcdefghi",
            "abcdefgj",
        ];
        let map: HashMap<&str, usize, FastBuild> =
            keys.iter().enumerate().map(|(i, k)| (*k, i)).collect();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(map[k], i);
        }
    }
}
