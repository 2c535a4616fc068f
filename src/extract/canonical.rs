//! From tagged mentions to entities: strip titles and possessives, correct kinds with the gazetteers, make the
//! document consistent (a name seen as a person stays a person; "Rubio" after "Marco Rubio" is him), and merge
//! mentions under one canonical name ("U.S." -> "United States", "MIAMI" -> "Miami", "Kiev" -> "Kyiv").

use super::gazetteer::{
    self, Gazetteer, CITY_MAJOR, COUNTRY, DEMONYM, GIVEN, ORG, PLACE, REGION, SURNAME, TITLE,
};
use super::tokenize::Token;
use crate::article::{Entity, EntityKind, Span};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

type IdBuild = BuildHasherDefault<gazetteer::IdHasher>;

/// A tagged mention: inclusive token indices and a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    pub kind: EntityKind,
}

/// Words that are never names on their own, whatever the tagger says.
const NEVER_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "i",
    "he",
    "she",
    "we",
    "they",
    "it",
    "you",
    "the",
    "a",
    "an",
    "god",
];

const KINDS: [EntityKind; 3] = [
    EntityKind::Person,
    EntityKind::Place,
    EntityKind::Organization,
];

fn kind_index(kind: EntityKind) -> usize {
    match kind {
        EntityKind::Person => 0,
        EntityKind::Place => 1,
        EntityKind::Organization => 2,
    }
}

/// Turns mentions into entities under canonical names, sorted by first mention.
pub fn resolve(
    text: &str,
    tokens: &[Token],
    mentions: Vec<Mention>,
    gaz: &Gazetteer,
) -> Vec<Entity> {
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let mut mentions: Vec<Mention> = mentions
        .into_iter()
        .filter_map(|m| clean(&words, m, gaz))
        .collect();
    let starts: Vec<bool> = (0..tokens.len())
        .map(|i| {
            i == 0
                || text[tokens[i - 1].end..tokens[i].start].contains('\n')
                || opens_sentence(words[i - 1])
        })
        .collect();
    add_rule_mentions(&words, &starts, &mut mentions, gaz);
    mend_people(&words, &mut mentions, gaz);
    make_consistent(&words, &mut mentions, gaz);
    // Names added by the rules and by consistency pass the same word tests as tagged ones.
    mentions.retain(|m| {
        let surface = words[m.first..=m.last].join(" ");
        !NEVER_NAMES.contains(&surface.to_lowercase().as_str())
            && gaz.flags_of(&surface) & DEMONYM == 0
    });
    group(text, tokens, &words, &mentions, gaz)
}

fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S" | "'" | "’")
}

fn is_punct(word: &str) -> bool {
    word.chars().all(|c| !c.is_alphanumeric())
}

/// Trims titles, articles, possessives and punctuation off a mention and fixes kinds the gazetteers are sure of.
fn clean(words: &[&str], mut m: Mention, gaz: &Gazetteer) -> Option<Mention> {
    while m.first <= m.last {
        let lower = words[m.first].to_lowercase();
        let strip = is_punct(words[m.first])
            || lower == "the"
            || (gazetteer::is_title(&lower) && m.first < m.last);
        if !strip {
            break;
        }
        m.first += 1;
    }
    while m.last >= m.first && (is_possessive(words[m.last]) || is_punct(words[m.last])) {
        if m.last == 0 {
            return None;
        }
        m.last -= 1;
    }
    if m.first > m.last {
        return None;
    }
    let surface = words[m.first..=m.last].join(" ");
    let lower = surface.to_lowercase();
    if NEVER_NAMES.contains(&lower.as_str()) || !surface.chars().any(char::is_uppercase) {
        return None;
    }
    if m.first == m.last && gazetteer::is_title(&lower) {
        return None;
    }
    let flags = gaz.flags_of(&surface);
    if flags & DEMONYM != 0 && flags & COUNTRY == 0 && m.kind != EntityKind::Organization {
        return None;
    }
    if flags & ORG != 0 && flags & (COUNTRY | REGION) == 0 && m.kind != EntityKind::Organization {
        m.kind = EntityKind::Organization;
    }
    let single = m.first == m.last;
    // A country on its own is a place, also when it names a team or a government ("Sweden beat", "England").
    if single && m.kind == EntityKind::Organization && flags & COUNTRY != 0 {
        m.kind = EntityKind::Place;
    }
    // Capitals in datelines and headlines: "LONDON" is the city, not a Mr London.
    if single
        && m.kind == EntityKind::Person
        && is_all_caps(&surface)
        && flags & (CITY_MAJOR | COUNTRY) != 0
    {
        m.kind = EntityKind::Place;
    }
    if m.kind == EntityKind::Person
        && flags & PLACE != 0
        && flags & (GIVEN | SURNAME) == 0
        && m.first == m.last
    {
        m.kind = EntityKind::Place;
    }
    Some(m)
}

/// Lower-case words that introduce a person's name ("negotiator Rustem Umerov", "Mr Rubio").
const ROLES: &[&str] = &[
    "negotiator",
    "envoy",
    "governor",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "official",
    "adviser",
    "advisor",
    "aide",
    "founder",
    "head",
    "analyst",
    "commander",
    "coach",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "player",
    "manager",
    "lawmaker",
    "prosecutor",
    "lawyer",
    "author",
    "writer",
    "actor",
    "actress",
    "singer",
    "journalist",
    "correspondent",
    "economist",
    "researcher",
    "scientist",
    "son-in-law",
    "daughter-in-law",
    "wife",
    "husband",
    "daughter",
    "son",
    "brother",
    "sister",
    "mother",
    "candidate",
    "challenger",
    "opponent",
    "rival",
    "nominee",
    "premier",
    "boss",
    "executive",
    "activist",
    "dissident",
    "billionaire",
    "businessman",
    "businesswoman",
    "tycoon",
    "oligarch",
    "pilot",
    "captain",
];

/// Capitalised words that make a pair of unknown words a thing, not a person ("World Cup", "Cultural
/// Revolution").
const NOT_IN_PERSON_NAMES: &[&str] = &[
    "World",
    "Cup",
    "League",
    "Series",
    "Open",
    "Championship",
    "Championships",
    "Classic",
    "Games",
    "Trophy",
    "Prix",
    "Slam",
    "Tour",
    "Party",
    "Council",
    "Committee",
    "Ministry",
    "Bank",
    "Company",
    "Corp",
    "Group",
    "Association",
    "Union",
    "University",
    "College",
    "School",
    "Institute",
    "Agency",
    "Airlines",
    "Airways",
    "Times",
    "Post",
    "News",
    "Journal",
    "Street",
    "Road",
    "Avenue",
    "Square",
    "Bridge",
    "River",
    "Lake",
    "Mountain",
    "Mountains",
    "Island",
    "Islands",
    "Park",
    "Stadium",
    "Hall",
    "Centre",
    "Center",
    "Church",
    "Cathedral",
    "Hospital",
    "Court",
    "Revolution",
    "War",
    "Act",
    "Day",
    "Week",
    "Year",
    "Festival",
    "Award",
    "Awards",
    "Prize",
    "Museum",
    "Gallery",
    "Theatre",
    "Theater",
    "Project",
    "Fund",
    "Foundation",
    "Force",
    "Army",
    "Navy",
    "Police",
    "Guard",
    "Front",
    "Movement",
    "Alliance",
    "Federation",
    "Commission",
    "Department",
    "Office",
    "Service",
    "Exchange",
    "Index",
    "Market",
    "Jones",
    "National",
    "International",
    "Global",
    "General",
    "Royal",
    "Federal",
    "State",
    "City",
    "County",
    "Province",
    "Region",
    "District",
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Central",
    "Upper",
    "Lower",
    "New",
    "Old",
    "Great",
    "Saint",
    "Grand",
    "Sales",
    "Prime",
    "Gold",
    "Silver",
    "Cultural",
    "Media",
    "Internet",
    "Online",
    "Digital",
    "Network",
    "Systems",
    "Technologies",
    "Holdings",
    "Energy",
    "Oil",
    "Gas",
    "Motors",
    "Insurance",
    "Capital",
    "Partners",
    "Club",
    "Team",
    "United",
    "Rovers",
    "Wanderers",
];

fn opens_sentence(previous: &str) -> bool {
    matches!(
        previous,
        "." | "!" | "?" | "“" | "\"" | ":" | "—" | "–" | "-" | "(" | "‘"
    )
}

/// A capitalised word that may be part of a name: "Umerov", "Jean-Claude", "O'Brien".
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// Rules for what a small tagger misses: runs of capitalised words after a title or role, or starting with a
/// known given name, are people; a free-standing country, region or major city is a place.
fn add_rule_mentions(
    words: &[&str],
    starts: &[bool],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) {
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
    }
    let mut i = 0;
    while i < words.len() {
        // Datelines: "MIAMI:", "KYIV, Ukraine —" at the start of a line.
        let dateline = starts[i]
            && words[i].len() > 2
            && words[i].chars().all(|c| c.is_uppercase() || c == '-')
            && words.get(i + 1).is_none_or(|next| {
                matches!(*next, ":" | "," | "—" | "–" | "-")
                    || next.starts_with(|c: char| c.is_ascii_digit())
            })
            && gaz.word_flags(words[i]) & PLACE != 0;
        if !covered[i] && dateline {
            mentions.push(Mention {
                first: i,
                last: i,
                kind: EntityKind::Place,
            });
            i += 1;
            continue;
        }
        if covered[i] || !is_name_word(words[i]) || gaz.word_flags(words[i]) & TITLE != 0 {
            i += 1;
            continue;
        }
        let mut end = i;
        while end + 1 < words.len()
            && end + 1 - i < 4
            && !covered[end + 1]
            && is_name_word(words[end + 1])
        {
            end += 1;
        }
        let run: Vec<&str> = words[i..=end].to_vec();
        let any_flag = |flag: u32| run.iter().any(|w| gaz.word_flags(w) & flag != 0);
        let previous = if i > 0 {
            words[i - 1].to_lowercase()
        } else {
            String::new()
        };
        let after_role =
            i > 0 && (gazetteer::is_title(&previous) || ROLES.contains(&previous.as_str()));
        let given_first = run.len() >= 2
            && gaz.word_flags(run[0]) & GIVEN != 0
            && gaz.word_flags(run[0]) & COUNTRY == 0;
        let whole = gaz.flags_of(&run.join(" "));
        // Two capitalised words mid-sentence that no list knows as a place or an organisation: in news, a person.
        let unknown_pair = run.len() == 2
            && !starts[i]
            && !any_flag(PLACE | ORG | DEMONYM | TITLE)
            && !run.iter().any(|w| NOT_IN_PERSON_NAMES.contains(w));
        let second_is_name = run.len() == 2 && gaz.word_flags(run[1]) & (SURNAME | GIVEN) != 0;
        let person_cue = after_role || (given_first && (!starts[i] || second_is_name));
        let kind = if unknown_pair || (person_cue && !any_flag(DEMONYM | ORG)) {
            Some(EntityKind::Person)
        } else if any_flag(DEMONYM) {
            None
        } else if whole & (COUNTRY | REGION) != 0 || (whole & CITY_MAJOR != 0 && !starts[i]) {
            Some(EntityKind::Place)
        } else {
            None
        };
        if let Some(kind) = kind {
            mentions.push(Mention {
                first: i,
                last: end,
                kind,
            });
        }
        i = end + 1;
    }
    mentions.sort_by_key(|m| m.first);
}

fn starts_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Mends person names a tagger split or cut short: "D. Blenkiron" takes its initial; "Vladimir" followed by an
/// untagged "Putin" takes it; "Elizabeth" + "Warren" tagged as two touching people are one.
fn mend_people(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let is_initial = |w: &str| {
        let mut chars = w.chars();
        matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    };
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
    }
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        while m.first > 0 && !covered[m.first - 1] && is_initial(words[m.first - 1]) {
            m.first -= 1;
        }
        let given_alone = m.first == m.last && gaz.word_flags(words[m.first]) & GIVEN != 0;
        while (is_initial(words[m.last]) || given_alone && m.first == m.last)
            && m.last + 1 < words.len()
            && !covered[m.last + 1]
            && is_name_word(words[m.last + 1])
            && gaz.word_flags(words[m.last + 1]) & (PLACE | ORG | TITLE | DEMONYM) == 0
        {
            m.last += 1;
        }
    }
    mentions.sort_by_key(|m| m.first);
    let mut merged: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        match merged.last_mut() {
            Some(prev) if m.first <= prev.last => {}
            Some(prev)
                if prev.kind == EntityKind::Person
                    && m.kind == EntityKind::Person
                    && prev.last + 1 == m.first =>
            {
                prev.last = m.last;
            }
            _ => merged.push(m),
        }
    }
    *mentions = merged;
}

/// One kind per name in a document, by majority; surnames of people are people; names the tagger missed in
/// one place but found in another are added.
fn make_consistent(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let hashes: Vec<u64> = words.iter().map(|w| gazetteer::word_hash(w)).collect();
    let key = |first: usize, last: usize| {
        hashes[first + 1..=last]
            .iter()
            .fold(hashes[first], |h, &w| gazetteer::phrase_step(h, w))
    };
    let mut votes: HashMap<u64, [u32; 3], IdBuild> = HashMap::default();
    let mut surnames: HashMap<u64, usize, IdBuild> = HashMap::default();
    for m in mentions.iter() {
        votes.entry(key(m.first, m.last)).or_default()[kind_index(m.kind)] += 1;
        if m.kind == EntityKind::Person && m.last > m.first {
            *surnames.entry(hashes[m.last]).or_default() += 1;
        }
    }
    for m in mentions.iter_mut() {
        let k = key(m.first, m.last);
        let flags = if m.first == m.last {
            gaz.word_flags(words[m.first])
        } else {
            gaz.flags_of(&words[m.first..=m.last].join(" "))
        };
        if m.first == m.last && surnames.contains_key(&k) && flags & COUNTRY == 0 {
            m.kind = EntityKind::Person;
            continue;
        }
        let v = votes[&k];
        // Ties go to the gazetteer's reading ("Washington" a place), then to the mention's own kind.
        let place_prior = flags & PLACE != 0;
        let best = (0..3)
            .max_by_key(|&i| (v[i], i == 1 && place_prior, i == kind_index(m.kind)))
            .unwrap_or(0);
        m.kind = KINDS[best];
    }
    // Fill in unlabelled capitalised occurrences of names found elsewhere.
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
    }
    let mut known: HashMap<u64, EntityKind, IdBuild> = HashMap::default();
    for m in mentions.iter() {
        known.insert(key(m.first, m.last), m.kind);
    }
    for s in surnames.keys() {
        known.insert(*s, EntityKind::Person);
    }
    let mut i = 0;
    while i < words.len() {
        if covered[i] || !starts_capitalised(words[i]) {
            i += 1;
            continue;
        }
        let mut found = None;
        for len in (1..=4usize).rev() {
            let last = i + len - 1;
            if last >= words.len()
                || covered[i..=last].iter().any(|&c| c)
                || !starts_capitalised(words[last])
            {
                continue;
            }
            if let Some(&kind) = known.get(&key(i, last)) {
                found = Some(Mention {
                    first: i,
                    last,
                    kind,
                });
                break;
            }
        }
        match found {
            Some(m) => {
                mentions.push(m);
                i = m.last + 1;
            }
            None => i += 1,
        }
    }
    mentions.sort_by_key(|m| m.first);
}

/// "MIAMI" -> "Miami", "NEW YORK" -> "New York"; other words unchanged.
fn title_case(surface: &str) -> String {
    let mut out = String::with_capacity(surface.len());
    let mut start_of_word = true;
    for c in surface.chars() {
        if start_of_word {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start_of_word = !c.is_alphanumeric();
    }
    out
}

fn is_all_caps(surface: &str) -> bool {
    surface.chars().any(char::is_alphabetic) && !surface.chars().any(char::is_lowercase)
}

/// Canonical name of one mention, before person names are merged.
fn canonical_of(surface: &str, kind: EntityKind, gaz: &Gazetteer) -> String {
    let surface = surface.replace('’', "'");
    if let (EntityKind::Place, Some(name)) = (kind, gaz.canonical_place(&surface)) {
        if !is_all_caps(&surface) || surface.len() > 4 || gaz.flags_of(&surface) & COUNTRY != 0 {
            return name.to_string();
        }
    }
    let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
    if is_all_caps(&surface) && (letters > 4 || kind == EntityKind::Person || surface.contains(' '))
    {
        let titled = title_case(&surface);
        if kind == EntityKind::Place {
            if let Some(name) = gaz.canonical_place(&titled) {
                return name.to_string();
            }
        }
        return titled;
    }
    surface
}

fn group(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    mentions: &[Mention],
    gaz: &Gazetteer,
) -> Vec<Entity> {
    let names: Vec<String> = mentions
        .iter()
        .map(|m| canonical_of(&words[m.first..=m.last].join(" "), m.kind, gaz))
        .collect();
    // People: a shorter name joins the longest person name that ends (or else begins) with it.
    let mut person_counts: HashMap<&str, usize> = HashMap::new();
    for (m, name) in mentions.iter().zip(&names) {
        if m.kind == EntityKind::Person {
            *person_counts.entry(name.as_str()).or_default() += 1;
        }
    }
    // Sorted so that ties between equally good full names resolve the same way every run.
    let mut full_names: Vec<(&str, String, usize, usize)> = person_counts
        .iter()
        .map(|(n, c)| (*n, n.to_lowercase(), n.split(' ').count(), *c))
        .collect();
    full_names.sort();
    let mut resolved: HashMap<&str, String> = HashMap::new();
    let mut resolve_person = |name: &str| -> String {
        if let Some(done) = resolved.get(name) {
            return done.clone();
        }
        let lower = name.to_lowercase();
        let parts = lower.split(' ').count();
        let candidates = |suffix: bool| {
            full_names
                .iter()
                .filter(|(_, full_lower, full_parts, _)| {
                    let cut = full_lower.len().saturating_sub(lower.len() + 1);
                    *full_parts > parts
                        && if suffix {
                            full_lower.ends_with(lower.as_str())
                                && full_lower.as_bytes().get(cut) == Some(&b' ')
                        } else {
                            full_lower.starts_with(lower.as_str())
                                && full_lower.as_bytes().get(lower.len()) == Some(&b' ')
                        }
                })
                .max_by_key(|(full, _, full_parts, count)| {
                    (*full_parts, *count, std::cmp::Reverse(*full))
                })
                .map(|(full, ..)| full.to_string())
        };
        let result = candidates(true)
            .or_else(|| candidates(false))
            .unwrap_or_else(|| name.to_string());
        if let Some((key, ..)) = full_names.iter().find(|(n, ..)| *n == name) {
            resolved.insert(key, result.clone());
        }
        result
    };

    let mut order: Vec<(EntityKind, String)> = Vec::new();
    let mut entities: HashMap<(EntityKind, String), Entity> = HashMap::new();
    for (m, name) in mentions.iter().zip(&names) {
        let canonical = if m.kind == EntityKind::Person {
            resolve_person(name)
        } else {
            name.clone()
        };
        let span = Span::new(tokens[m.first].start, tokens[m.last].end);
        let surface = text[span.start..span.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let k = (m.kind, canonical.clone());
        let entity = entities.entry(k.clone()).or_insert_with(|| {
            order.push(k);
            Entity {
                kind: m.kind,
                name: canonical.clone(),
                aliases: vec![canonical.clone()],
                mentions: Vec::new(),
            }
        });
        if !entity.aliases.contains(&surface) {
            entity.aliases.push(surface);
        }
        entity.mentions.push(span);
    }
    order
        .into_iter()
        .filter_map(|k| entities.remove(&k))
        .map(|mut e| {
            e.mentions.sort();
            e.mentions.dedup();
            e
        })
        .collect()
}
