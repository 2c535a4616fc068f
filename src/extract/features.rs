//! Features of the entity tagger: per-word facts computed once (hashes of the lower-cased word, its shape,
//! affixes, gazetteer flags), then a fixed set of hashed feature ids per position. Shared by training and
//! tagging so both see exactly the same features.

use super::gazetteer::{mix, word_hash, Gazetteer};

/// Tags, BIO encoded: O, then B and I for person, place (LOC) and organisation.
pub const TAGS: [&str; 7] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"];
pub const N_TAGS: usize = TAGS.len();
/// Number of feature ids per position.
pub const N_FEATURES: usize = 27;

/// What the tagger knows about one word before looking at its neighbours.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    pub lower: u64,
    pub shape: u64,
    pub prefix: u64,
    pub suffix: u64,
    pub flags: u32,
    /// 0 lower case, 1 capitalised, 2 all capitals, 3 other (digits, punctuation, mixed).
    pub case: u8,
    /// Numbers, and punctuation other than `&`, `.`, `-` and apostrophes, are never part of a name.
    pub can_be_name: bool,
}

/// Per-sentence facts: word infos plus whether the sentence is written in capitals (a headline).
pub struct SentenceInfo {
    pub words: Vec<WordInfo>,
    pub all_caps: bool,
}

/// Computes word infos for a sentence of words.
pub fn sentence_info(
    gaz: &Gazetteer,
    words: &[&str],
    info: &mut SentenceInfo,
    scratch: &mut Scratch,
) {
    scratch.hashes.clear();
    scratch
        .hashes
        .extend(words.iter().map(|w| word_hash(as_trained(w))));
    scratch.flags.clear();
    scratch.flags.resize(words.len(), 0);
    gaz.mark(words, &scratch.hashes, &mut scratch.flags);
    info.words.clear();
    let mut letters = 0;
    let mut caps_words = 0;
    for (n, &word) in words.iter().enumerate() {
        let word = as_trained(word);
        let (shape, case) = shape_of(word);
        if case == 1 || case == 0 {
            letters += 1;
        } else if case == 2 {
            letters += 1;
            caps_words += 1;
        }
        // A word of three letters or fewer is its own prefix and suffix: its hash is already known.
        let (prefix, suffix) = if word.len() <= 3 {
            (scratch.hashes[n], scratch.hashes[n])
        } else {
            affixes(word)
        };
        let can_be_name =
            word.chars().any(char::is_alphabetic) || matches!(word, "&" | "." | "-" | "'" | "’");
        info.words.push(WordInfo {
            lower: scratch.hashes[n],
            shape,
            prefix,
            suffix,
            flags: scratch.flags[n],
            case,
            can_be_name,
        });
    }
    info.all_caps = letters >= 2 && caps_words * 10 >= letters * 8;
}

/// The word as the training data spells it: a typewriter quotation mark `''` (one token, see the tokenizer)
/// is the `"` the training sets use.
fn as_trained(word: &str) -> &str {
    if word == "''" {
        "\""
    } else {
        word
    }
}

/// Reused buffers.
#[derive(Default)]
pub struct Scratch {
    hashes: Vec<u64>,
    flags: Vec<u32>,
}

/// A word's shape ("Xxxx", "XX", "dd", "X.X."), with runs longer than two collapsed, hashed; and its case class.
fn shape_of(word: &str) -> (u64, u8) {
    let mut hash: u64 = 0x5555;
    let mut last = 0u8;
    let mut run = 0;
    let (mut upper, mut lower, mut other) = (0, 0, 0);
    let mut first_upper = false;
    for (n, c) in word.chars().enumerate() {
        let class = if c.is_uppercase() {
            upper += 1;
            if n == 0 {
                first_upper = true;
            }
            b'X'
        } else if c.is_lowercase() {
            lower += 1;
            b'x'
        } else if c.is_ascii_digit() {
            other += 1;
            b'd'
        } else {
            other += 1;
            if c == '’' {
                b'\''
            } else if c.is_ascii() {
                c as u8
            } else {
                b'~'
            }
        };
        run = if class == last { run + 1 } else { 1 };
        last = class;
        if run <= 2 {
            hash = (hash ^ u64::from(class)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    let case = if upper == 0 && lower > 0 && other == 0 {
        0
    } else if first_upper && lower > 0 && upper == 1 {
        1
    } else if upper > 0 && lower == 0 && (upper > 1 || other == 0) {
        2
    } else if first_upper && lower > 0 {
        1
    } else {
        3
    };
    (mix(hash), case)
}

/// Hashes of the lower-cased first three and last three characters.
fn affixes(word: &str) -> (u64, u64) {
    if word.is_ascii() {
        let n = word.len();
        return (
            word_hash(&word[..n.min(3)]),
            word_hash(&word[n.saturating_sub(3)..]),
        );
    }
    let count = word.chars().count();
    let prefix_end = word.char_indices().nth(3).map_or(word.len(), |(i, _)| i);
    let suffix_start = if count > 3 {
        word.char_indices().nth(count - 3).map_or(0, |(i, _)| i)
    } else {
        0
    };
    (
        word_hash(&word[..prefix_end]),
        word_hash(&word[suffix_start..]),
    )
}

const BOUNDARY: WordInfo = WordInfo {
    lower: 0x00b0_0b0b,
    shape: 0x00b0_0b0c,
    prefix: 0,
    suffix: 0,
    flags: 0,
    case: 4,
    can_be_name: false,
};

#[inline]
fn feature(template: u64, value: u64) -> u64 {
    mix(value ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15))
}

/// Fills `out` with the hashed feature ids of position `i`, given the two previous tags.
#[inline]
pub fn features(
    sentence: &SentenceInfo,
    i: usize,
    prev: u8,
    prev2: u8,
    out: &mut [u64; N_FEATURES],
) {
    let words = &sentence.words;
    let at = |k: isize| -> &WordInfo {
        let j = i as isize + k;
        if j < 0 || j >= words.len() as isize {
            &BOUNDARY
        } else {
            &words[j as usize]
        }
    };
    let (w0, wm1, wp1, wm2, wp2) = (at(0), at(-1), at(1), at(-2), at(2));
    let word_flags = |w: &WordInfo| u64::from(w.flags & 0x7fff);
    let phrase_flags = |w: &WordInfo| u64::from(w.flags >> 15);
    let p1 = u64::from(prev);
    let p2 = u64::from(prev2);
    let caps = u64::from(sentence.all_caps);
    let initial = u64::from(i == 0 || (i == 1 && words[0].case == 3));
    let case0 = u64::from(w0.case);
    *out = [
        feature(0, 1),
        feature(1, w0.lower),
        feature(2, wm1.lower),
        feature(3, wp1.lower),
        feature(4, wm2.lower),
        feature(5, wp2.lower),
        feature(6, w0.shape),
        feature(7, wm1.shape.rotate_left(7) ^ w0.shape),
        feature(8, w0.shape.rotate_left(7) ^ wp1.shape),
        feature(9, w0.prefix),
        feature(10, w0.suffix),
        feature(11, p1),
        feature(12, p2 * 16 + p1),
        feature(13, w0.shape ^ p1),
        feature(14, w0.lower ^ p1),
        feature(15, word_flags(w0) * 8 + case0),
        feature(16, phrase_flags(w0) * 8 + case0),
        feature(17, word_flags(wm1) * 8 + u64::from(wm1.case)),
        feature(18, word_flags(wp1) * 8 + u64::from(wp1.case)),
        feature(19, (initial * 2 + caps) ^ w0.shape ^ (word_flags(w0) << 40)),
        feature(20, (caps * 2 + initial) ^ w0.lower),
        feature(21, wm1.lower.rotate_left(9) ^ w0.lower),
        feature(22, w0.lower.rotate_left(9) ^ wp1.lower),
        feature(23, wm1.lower ^ w0.shape.rotate_left(3)),
        feature(24, wp1.lower ^ w0.shape.rotate_left(3)),
        feature(25, wm1.suffix ^ p1.rotate_left(5)),
        feature(26, phrase_flags(wm1) * 64 + phrase_flags(wp1) + (p1 << 50)),
    ];
}
