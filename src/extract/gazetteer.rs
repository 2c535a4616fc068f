//! Gazetteers built into the binary (countries, regions, cities, given names, surnames, organisations,
//! demonyms, titles): per-token membership flags for the tagger, and alias tables for canonical place names.

use super::tokenize::tokenize;
use super::wordset::WordSet;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

pub const COUNTRY: u32 = 1;
pub const REGION: u32 = 1 << 1;
pub const CITY: u32 = 1 << 2;
pub const CITY_MAJOR: u32 = 1 << 3;
pub const GIVEN: u32 = 1 << 4;
pub const SURNAME: u32 = 1 << 5;
pub const DEMONYM: u32 = 1 << 6;
pub const ORG: u32 = 1 << 7;
pub const TITLE: u32 = 1 << 8;
/// Any place list: country, region or city.
pub const PLACE: u32 = COUNTRY | REGION | CITY | CITY_MAJOR;
/// The token is inside a multi-word entry; the category bits are shifted by this much.
pub const PHRASE_SHIFT: u32 = 16;
/// The token begins a multi-word entry.
pub const PHRASE_BEGIN: u32 = 1 << 15;
/// Internal: a place the rules after the tagger know but the tagger's features do not (the shipped model was
/// trained without it); the lookups below report it as a region, the features never see it.
const RULE_PLACE: u32 = 1 << 9;
/// Internal: likewise a nationality or group word, reported to the rules as a demonym.
const RULE_DEMONYM: u32 = 1 << 10;
/// The category bits the tagger's features see.
const FEATURE_FLAGS: u32 = 0x1ff;
/// Internal: a word the tagger's features see as a major city and the rules do not know: a city's alternate name
/// that is a people's name too ("Fletcher" for Aurora), which the shipped model was trained with.
const FEATURE_PLACE: u32 = 1 << 12;
/// Internal: a title the rules know and the tagger's features do not (the shipped model was trained without it);
/// reported to the rules as a title.
const RULE_TITLE: u32 = 1 << 13;
/// Rules only: a given name or surname of the national name lists (the census and its like), not only of the
/// world lists drawn from a names database, which hold nicknames and epithets too ("State", "Majority").
pub const CENSUS_NAME: u32 = 1 << 11;
/// Internal: some longer entry continues this prefix.
const PREFIX: u32 = 1 << 31;
const LONGEST_PHRASE: usize = 6;

/// Titles the rules know that the tagger's features do not: added after the shipped model was trained.
pub const RULE_TITLES: &[&str] = &[
    "representative",
    "emperor",
    "empress",
    "tsar",
    "czar",
    "sultan",
    "kaiser",
];

/// Honorifics and offices written before a name; stripped from canonical names, a strong cue for the tagger.
pub const TITLES: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "prof",
    "prof.",
    "sen",
    "sen.",
    "senator",
    "rep",
    "rep.",
    "gov",
    "gov.",
    "governor",
    "gen",
    "gen.",
    "general",
    "president",
    "pres.",
    "vice-president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "lord",
    "lady",
    "sir",
    "dame",
    "judge",
    "justice",
    "ambassador",
    "mayor",
    "chairman",
    "chairwoman",
    "envoy",
    "spokesman",
    "spokeswoman",
    "professor",
    "coach",
    "captain",
    "capt",
    "capt.",
    "col",
    "col.",
    "colonel",
    "lt",
    "lt.",
    "lieutenant",
    "sgt",
    "sgt.",
    "sergeant",
    "admiral",
    "adm.",
    "marshal",
    "commander",
    "cmdr.",
    "bishop",
    "archbishop",
    "cardinal",
    "rev",
    "rev.",
    "reverend",
    "father",
    "sheikh",
    "emir",
    "ayatollah",
    "imam",
    "rabbi",
    "speaker",
    "detective",
    "inspector",
    "officer",
    "maj.",
    "major",
    "cpl.",
    "corporal",
    "private",
    "dr",
    "president-elect",
    "prime",
    "foreign",
    "ceo",
    "chief",
    "director",
    "deputy",
    "leader",
    "councillor",
    "councilman",
    "congressman",
    "congresswoman",
    "assemblyman",
    "attorney",
    "agent",
    "saint",
    "st.",
];

/// Flags and aliases loaded from `assets/gazetteers/`.
pub struct Gazetteer {
    /// Lower-case token-sequence hash to flags: single words in the low bits, whole multi-word entries shifted
    /// by `PHRASE_SHIFT`, `PREFIX` when a longer entry continues.
    entries: HashMap<u64, u32, BuildHasherDefault<IdHasher>>,
    /// Surface hash to canonical place name ("Kiev" -> "Kyiv", "U.S." -> "United States").
    place_alias: HashMap<u64, &'static str, BuildHasherDefault<IdHasher>>,
}

/// The keys are already hashes: pass them through.
#[derive(Default)]
pub struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// FNV-1a of the lower-cased word, without allocating.
pub fn word_hash(word: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |b: u8| {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    };
    if word.is_ascii() {
        word.bytes().for_each(|b| feed(b.to_ascii_lowercase()));
    } else {
        let mut buf = [0u8; 4];
        for c in word.chars().flat_map(char::to_lowercase) {
            // Both apostrophes hash alike so "O’Brien" matches "O'Brien".
            let c = if c == '’' { '\'' } else { c };
            c.encode_utf8(&mut buf).bytes().for_each(&mut feed);
        }
    }
    mix(hash)
}

/// A strong 64-bit finaliser (from splitmix64) so low and high bits are both usable.
pub fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Extends the hash of a word sequence by one word's hash.
pub fn phrase_step(prefix: u64, word: u64) -> u64 {
    mix(prefix.rotate_left(17) ^ word ^ 0x9e37_79b9_7f4a_7c15)
}

/// The compiled-in lists and the flag each gives its entries.
pub const LISTS: &[(&str, u32)] = &[
    (
        include_str!("../../assets/gazetteers/countries.tsv"),
        COUNTRY,
    ),
    (include_str!("../../assets/gazetteers/regions.txt"), REGION),
    (include_str!("../../assets/gazetteers/cities.txt"), CITY),
    (
        include_str!("../../assets/gazetteers/cities_major.txt"),
        CITY_MAJOR,
    ),
    (
        include_str!("../../assets/gazetteers/given_names_world.txt"),
        GIVEN,
    ),
    (
        include_str!("../../assets/gazetteers/surnames_world.txt"),
        SURNAME,
    ),
    (
        include_str!("../../assets/gazetteers/place_aliases.tsv"),
        CITY_MAJOR,
    ),
    (
        include_str!("../../assets/gazetteers/given_names.txt"),
        GIVEN | CENSUS_NAME,
    ),
    (
        include_str!("../../assets/gazetteers/surnames.txt"),
        SURNAME | CENSUS_NAME,
    ),
    (
        include_str!("../../assets/gazetteers/demonyms.txt"),
        DEMONYM,
    ),
    (include_str!("../../assets/gazetteers/orgs.txt"), ORG),
    (
        include_str!("../../assets/gazetteers/places_rules.tsv"),
        RULE_PLACE,
    ),
    (
        include_str!("../../assets/gazetteers/demonyms_rules.txt"),
        RULE_DEMONYM,
    ),
    (
        include_str!("../../assets/gazetteers/place_aliases_features.tsv"),
        FEATURE_PLACE,
    ),
];

/// English words written in lower case that the word list never capitalises ("death", "nickel", "winter"), read
/// by the rules only: a capitalised one opening a sentence is a common noun there, not a one-word name. Built on
/// first use (62,000 words).
pub fn is_common_word(lower: &str) -> bool {
    static WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
        include_str!("../../assets/gazetteers/common_words.txt")
            .lines()
            .collect()
    });
    WORDS.contains(lower)
}

/// The category bits of an entry as the tagger's features see them: a features-only place is a major city.
fn features_view(flags: u32) -> u32 {
    let view = flags & FEATURE_FLAGS;
    if flags & FEATURE_PLACE != 0 {
        view | CITY_MAJOR
    } else {
        view
    }
}

/// Flags as the rules read them: a rules-only place is a region, a rules-only demonym a demonym, a rules-only
/// title a title; a features-only place is nothing.
fn rules_view(flags: u32) -> u32 {
    let mut view = flags & !(RULE_PLACE | RULE_DEMONYM | FEATURE_PLACE | RULE_TITLE);
    if flags & RULE_PLACE != 0 {
        view |= REGION;
    }
    if flags & RULE_DEMONYM != 0 {
        view |= DEMONYM;
    }
    if flags & RULE_TITLE != 0 {
        view |= TITLE;
    }
    view
}

impl Gazetteer {
    /// Builds the tables from the lists compiled into the binary.
    pub fn builtin() -> Gazetteer {
        let mut gaz = Gazetteer {
            // Sized for the lists' 69,400 entries and 11,600 aliases. Every word of a text is looked up in
            // `entries`: reserving much more (120,000 once) doubles its buckets, and a table twice the size
            // stays colder in the cache.
            entries: HashMap::with_capacity_and_hasher(72_000, Default::default()),
            place_alias: HashMap::with_capacity_and_hasher(12_000, Default::default()),
        };
        for &(list, flag) in LISTS {
            for line in list.lines() {
                let mut cols = line.split('\t');
                let surface = cols.next().unwrap_or("").trim();
                let Some(hash) = gaz.add(surface, flag) else {
                    continue;
                };
                // Only alias rows are stored; a plain name is its own canonical form.
                if let (true, Some(canonical)) = (flag & (PLACE | RULE_PLACE) != 0, cols.next()) {
                    gaz.place_alias.insert(hash, canonical);
                }
            }
        }
        for title in TITLES {
            gaz.add(title, TITLE);
        }
        for title in RULE_TITLES {
            gaz.add(title, RULE_TITLE);
        }
        gaz
    }

    /// Adds an entry; returns the hash of the whole surface form.
    fn add(&mut self, surface: &str, flag: u32) -> Option<u64> {
        let caps_only = is_caps_abbreviation(surface);
        // Most entries are one plain word: skip the tokenizer for them.
        if surface.bytes().all(|b| b.is_ascii_alphanumeric()) && !surface.is_empty() {
            let hash = first_hash(surface, caps_only);
            *self.entries.entry(hash).or_insert(0) |= flag;
            return Some(hash);
        }
        let tokens = tokenize(surface);
        if tokens.is_empty() || tokens.len() > LONGEST_PHRASE {
            return None;
        }
        let mut hash = 0u64;
        for (n, token) in tokens.iter().enumerate() {
            let word = token.text(surface);
            hash = if n == 0 {
                first_hash(word, caps_only && tokens.len() == 1)
            } else {
                phrase_step(hash, word_hash(word))
            };
            let last = n + 1 == tokens.len();
            let value = if last {
                flag << if tokens.len() > 1 { PHRASE_SHIFT } else { 0 }
            } else {
                PREFIX
            };
            *self.entries.entry(hash).or_insert(0) |= value;
        }
        Some(hash)
    }

    /// The hash `add` gives a surface form (case-sensitive for capitals abbreviations when `caps`), and its
    /// number of tokens.
    fn surface_hash(surface: &str, caps: bool) -> Option<(u64, usize)> {
        if !surface.is_empty() && surface.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return Some((first_hash(surface, caps), 1));
        }
        // Words of ASCII letters and digits between single spaces tokenize as the spaces split them.
        let plain = !surface.is_empty()
            && surface
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b' ')
            && !surface.starts_with(' ')
            && !surface.ends_with(' ')
            && !surface.contains("  ");
        if plain {
            let mut words = [""; LONGEST_PHRASE];
            let mut len = 0;
            for word in surface.split(' ') {
                if len == LONGEST_PHRASE {
                    return None;
                }
                words[len] = word;
                len += 1;
            }
            return Some((phrase_hash(&words[..len], caps), len));
        }
        let tokens = tokenize(surface);
        if tokens.is_empty() || tokens.len() > LONGEST_PHRASE {
            return None;
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.text(surface)).collect();
        Some((phrase_hash(&words, caps), words.len()))
    }

    /// Flags for each word of a sentence: single-word membership in the low bits, membership of a multi-word
    /// entry (longest match from each start) in the high bits, `PHRASE_BEGIN` on its first word.
    pub fn mark(&self, words: &[&str], word_hashes: &[u64], flags: &mut [u32]) {
        for f in flags.iter_mut() {
            *f = 0;
        }
        for start in 0..words.len() {
            let caps = is_caps_abbreviation(words[start]);
            let mut hash = word_hashes[start];
            let mut value = self.entries.get(&hash).copied().unwrap_or(0);
            if caps {
                value |= self
                    .entries
                    .get(&first_hash(words[start], true))
                    .copied()
                    .unwrap_or(0);
            }
            flags[start] |= features_view(value);
            let mut best: Option<(usize, u32)> = None;
            let mut len = 1;
            while value & PREFIX != 0 && start + len < words.len() && len < LONGEST_PHRASE {
                hash = phrase_step(hash, word_hashes[start + len]);
                len += 1;
                value = self.entries.get(&hash).copied().unwrap_or(0);
                let phrase = features_view(value >> PHRASE_SHIFT);
                if phrase != 0 {
                    best = Some((len, phrase));
                }
            }
            if let Some((len, phrase)) = best {
                flags[start] |= PHRASE_BEGIN;
                for f in &mut flags[start..start + len] {
                    *f |= phrase << PHRASE_SHIFT;
                }
            }
        }
    }

    /// Whether the tagger's features take this word for a major city that the rules know as no place: a city's
    /// alternate name that is a people's name too ("Fletcher", "Lester").
    pub fn features_only_place(&self, word: &str) -> bool {
        self.entries
            .get(&word_hash(word))
            .is_some_and(|v| v & FEATURE_PLACE != 0)
    }

    /// The canonical place name for a surface form, when the gazetteers know one.
    pub fn canonical_place(&self, surface: &str) -> Option<&'static str> {
        let lookup = |caps: bool| {
            Self::surface_hash(surface, caps).and_then(|(h, _)| self.place_alias.get(&h).copied())
        };
        if is_caps_abbreviation(surface) {
            if let Some(name) = lookup(true) {
                return Some(name);
            }
        }
        lookup(false)
    }

    /// Whether some entry of two words or more begins with this word: one lookup that spares a phrase search.
    pub fn starts_phrase(&self, word: &str) -> bool {
        self.entries
            .get(&word_hash(word))
            .is_some_and(|v| v & PREFIX != 0)
    }

    /// The flags of one word, without tokenizing it.
    pub fn word_flags(&self, word: &str) -> u32 {
        let mut value = self.entries.get(&word_hash(word)).copied().unwrap_or(0);
        if is_caps_abbreviation(word) {
            value |= self
                .entries
                .get(&first_hash(word, true))
                .copied()
                .unwrap_or(0);
        }
        rules_view(value & 0x7fff)
    }

    /// [`flags_of`](Self::flags_of) for a surface given as its tokens, without joining or re-tokenizing them.
    pub fn phrase_flags(&self, words: &[&str]) -> u32 {
        match words {
            [] => 0,
            [word] => self.word_flags(word),
            _ if words.len() > LONGEST_PHRASE => 0,
            _ => {
                let value = self
                    .entries
                    .get(&phrase_hash(words, false))
                    .copied()
                    .unwrap_or(0);
                rules_view((value >> PHRASE_SHIFT) & 0x7fff)
            }
        }
    }

    /// The flags of a whole surface form ("Black Sea", "Ukrainian").
    pub fn flags_of(&self, surface: &str) -> u32 {
        let lookup = |caps: bool| {
            Self::surface_hash(surface, caps).map_or(0, |(h, len)| {
                let value = self.entries.get(&h).copied().unwrap_or(0);
                rules_view(if len == 1 {
                    value & 0x7fff
                } else {
                    (value >> PHRASE_SHIFT) & 0x7fff
                })
            })
        };
        let caps = if is_caps_abbreviation(surface) {
            lookup(true)
        } else {
            0
        };
        caps | lookup(false)
    }
}

/// The key of a sequence of words, as [`Gazetteer::add`] builds it word by word (case-sensitive for a lone
/// capitals abbreviation when `caps`). `words` is not empty.
fn phrase_hash(words: &[&str], caps: bool) -> u64 {
    words[1..]
        .iter()
        .fold(first_hash(words[0], caps && words.len() == 1), |h, w| {
            phrase_step(h, word_hash(w))
        })
}

fn first_hash(word: &str, caps_only: bool) -> u64 {
    if caps_only {
        // Case-sensitive key in its own space.
        let mut h: u64 = 0x1234_5678_9abc_def1;
        for b in word.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        mix(h)
    } else {
        word_hash(word)
    }
}

fn is_caps_abbreviation(word: &str) -> bool {
    word.len() <= 4
        && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
        && word.bytes().any(|b| b != b'.')
}

/// Whether a lower-cased word is a title or honorific.
pub fn is_title(lower: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[TITLES, RULE_TITLES]));
    SET.contains(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags_for(gaz: &Gazetteer, sentence: &str) -> Vec<u32> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let hashes: Vec<u64> = words.iter().map(|w| word_hash(w)).collect();
        let mut flags = vec![0; words.len()];
        gaz.mark(&words, &hashes, &mut flags);
        flags
    }

    #[test]
    fn rules_only_places_and_demonyms_are_seen_by_the_rules_not_by_the_features() {
        let gaz = Gazetteer::builtin();
        assert_eq!(gaz.word_flags("Guangdong") & REGION, REGION);
        assert_eq!(gaz.phrase_flags(&["Soviet", "Union"]) & REGION, REGION);
        assert_eq!(gaz.flags_of("East Germany") & REGION, REGION);
        assert_eq!(
            gaz.canonical_place("Bosnia"),
            Some("Bosnia and Herzegovina")
        );
        assert_eq!(gaz.word_flags("Zairean") & DEMONYM, DEMONYM);
        // The tagger was trained without them: its features must not change.
        let flags = flags_for(&gaz, "in Guangdong and the Soviet Union");
        assert_eq!(flags[1], 0, "Guangdong");
        assert_eq!(flags[4] & PHRASE_BEGIN, 0, "Soviet Union");
        assert_eq!(flags[4] >> PHRASE_SHIFT, 0, "Soviet Union");
        assert_eq!(flags_for(&gaz, "Zairean troops"), vec![0, 0], "Zairean");
    }

    #[test]
    fn the_features_see_what_the_shipped_model_was_trained_with() {
        let gaz = Gazetteer::builtin();
        // A title added for the rules after training: a title to the rules, nothing to the features.
        assert_eq!(gaz.word_flags("representative") & TITLE, TITLE);
        assert!(is_title("representative"));
        assert_eq!(flags_for(&gaz, "the representative spoke")[1] & TITLE, 0);
        // A city's alternate name that is a people's name: no place to the rules, and no alias of the city, but a
        // major city to the features, as in training.
        assert_eq!(gaz.word_flags("Fletcher") & PLACE, 0);
        assert_eq!(gaz.canonical_place("Fletcher"), None);
        assert_eq!(flags_for(&gaz, "Fletcher said")[0] & CITY_MAJOR, CITY_MAJOR);
    }

    #[test]
    fn plain_surfaces_hash_as_their_tokens_do() {
        let by_tokens = |surface: &str, caps: bool| {
            let tokens = tokenize(surface);
            let words: Vec<&str> = tokens.iter().map(|t| t.text(surface)).collect();
            (!words.is_empty() && words.len() <= LONGEST_PHRASE)
                .then(|| (phrase_hash(&words, caps), words.len()))
        };
        for surface in [
            "New York",
            "Rio de Janeiro",
            "AREA 51",
            "A B C D E F",
            "A B C D E F G",
            "St. Louis",
            "Port-au-Prince",
            "",
        ] {
            for caps in [false, true] {
                assert_eq!(
                    Gazetteer::surface_hash(surface, caps),
                    by_tokens(surface, caps),
                    "{surface:?}"
                );
            }
        }
    }

    #[test]
    fn membership() {
        let gaz = Gazetteer::builtin();
        let f = flags_for(
            &gaz,
            "the US told us about the Black Sea near Odesa and Ukrainians",
        );
        assert!(f[1] & COUNTRY != 0, "US");
        assert!(f[3] & COUNTRY == 0, "us");
        assert!(f[6] & PHRASE_BEGIN != 0 && f[6] & (REGION << PHRASE_SHIFT) != 0);
        assert!(f[7] & (REGION << PHRASE_SHIFT) != 0);
        assert!(f[9] & PLACE != 0, "Odesa");
        assert!(f[11] & DEMONYM != 0 && f[11] & PLACE == 0, "Ukrainians");
        assert_eq!(gaz.canonical_place("Kiev"), Some("Kyiv"));
        assert_eq!(gaz.canonical_place("U.S."), Some("United States"));
        assert_eq!(word_hash("O’Brien"), word_hash("o'brien"));
    }
}
