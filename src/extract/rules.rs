//! Rules over the tagger's output for what a small model misses: people introduced by a title or role, or
//! named with a known given name; unknown capitalised pairs; datelines; initials and split names.

use super::canonical::{is_opening_word, Mention};
use super::gazetteer::{
    self, Gazetteer, CITY_MAJOR, COUNTRY, DEMONYM, GIVEN, ORG, PLACE, REGION, SURNAME, TITLE,
};
use super::wordset::WordSet;
use crate::article::EntityKind;
use std::borrow::Cow;
use std::sync::LazyLock;

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
    "editor",
    "sheriff",
    // Occupations a news text describes a person by ("a Syrian engineer", "a Democratic pollster").
    "engineer",
    "consultant",
    "strategist",
    "pollster",
    "organizer",
    "organiser",
    "historian",
    "teacher",
    "farmer",
    "nurse",
    "doctor",
    "physician",
    "surgeon",
    "student",
    "professor",
    "attorney",
    "accountant",
    "architect",
    "artist",
    "musician",
    "photographer",
    "designer",
    "mechanic",
    "driver",
    "cashier",
    "waitress",
    "pastor",
    "priest",
    "rabbi",
    "imam",
    "veteran",
    "retiree",
    "volunteer",
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

pub(crate) fn opens_sentence(previous: &str) -> bool {
    matches!(
        previous,
        "." | "!" | "?" | "“" | "\"" | ":" | "—" | "–" | "-" | "(" | "‘"
    )
}

/// A capitalised word that may be part of a name: "Umerov", "Jean-Claude", "O'Brien".
pub(crate) fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().any(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'))
}

/// A conjunction or an adverb of time that opens a sentence before its subject: "But", "Meanwhile", "Yesterday".
fn opens_clause(lower: &str) -> bool {
    matches!(
        lower,
        "but"
            | "and"
            | "when"
            | "while"
            | "although"
            | "though"
            | "because"
            | "so"
            | "yet"
            | "meanwhile"
            | "however"
            | "if"
            | "since"
            | "yesterday"
            | "today"
            | "tonight"
            | "earlier"
            | "later"
            | "now"
            | "then"
            | "also"
    )
}

/// A title or a role word, lower case: "president", "minister", "coach", "spokesman".
pub(crate) fn is_title_or_role(lower: &str) -> bool {
    gazetteer::is_title(lower) || is_role(lower)
}

/// A role word, lower case ("coach", "spokesman").
fn is_role(lower: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[ROLES]));
    SET.contains(lower)
}

/// Whether a run of name words is the name of something named after a person: "the Tom Okafor Memorial Trophy",
/// "the Anna Berg Photographic Legacy Program", "Sam Houston Coliseum" (a word naming a thing after two name
/// words). "Luther E. Hall" is a person: an initial is no name word here, and words that are common surnames
/// ("Hall", "Park", "Street") name no thing.
pub(crate) fn named_after_person(run: &[&str]) -> bool {
    let initial = |w: &str| matches!(w.as_bytes(), [c, b'.'] if c.is_ascii_uppercase());
    let mut name_words = 0;
    run.iter().any(|w| {
        let thing = name_words >= 2 && names_a_thing(w);
        name_words += usize::from(!initial(w));
        thing
    })
}

/// A capitalised word that makes a full name before it the name of something named after the person. Not a
/// word some surname is made of as well ("Listing", "Vane").
fn names_a_thing(word: &str) -> bool {
    super::orgs::is_institution_word(word)
        || matches!(
            word,
            "Program"
                | "Programme"
                | "Legacy"
                | "Fund"
                | "Trust"
                | "Prize"
                | "Award"
                | "Awards"
                | "Trophy"
                | "Cup"
                | "Memorial"
                | "Medal"
                | "Lecture"
                | "Scholarship"
                | "Fellowship"
                | "Collection"
                | "Collections"
                | "Archive"
                | "Archives"
                | "Center"
                | "Centre"
                | "Coliseum"
                | "Stadium"
                | "Arena"
                | "Zoo"
                | "Airport"
                | "Station"
                | "Avenue"
                | "Boulevard"
                | "Highway"
                | "District"
                | "County"
                | "Township"
                | "Diocese"
                | "Archdiocese"
                | "Site"
                | "Monument"
                | "Refuge"
                | "Sanctuary"
                | "Facility"
                | "Laboratory"
                | "Building"
                | "Racing"
                | "Band"
                | "Trio"
                | "Quartet"
                | "Orchestra"
                | "Show"
                | "Festival"
        )
}

/// A word that a person's name never contains, as written.
pub(crate) fn not_in_person_names(word: &str) -> bool {
    static SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[NOT_IN_PERSON_NAMES]));
    SET.contains(word)
}

/// A party's adjective or member's noun that names no one and nothing on its own ("three Republican hopefuls",
/// "a Democrat"), unlike "GOP" or "Labour".
pub(crate) fn is_party_adjective(word: &str) -> bool {
    matches!(word, "Republican" | "Democratic" | "Democrat")
}

/// A party before a person's name ("Republican Donald Trump") is not part of it.
pub(crate) fn is_party_word(word: &str) -> bool {
    is_party_adjective(word) || matches!(word, "GOP" | "Labour" | "Tory" | "Conservative")
}

/// Verbs of saying that follow or precede a speaker's name.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "told"
            | "added"
            | "asked"
            | "wrote"
            | "warned"
            | "explained"
            | "insisted"
            | "replied"
            | "declared"
            | "argued"
            | "stressed"
            | "admitted"
    )
}

/// Whether "he" or "she", or "that he" or "that she", stands at `k`: after a verb of saying, the sign of a person.
pub(crate) fn he_or_she_at(words: &[&str], k: usize) -> bool {
    let personal = |k: usize| words.get(k).is_some_and(|w| matches!(*w, "he" | "she"));
    personal(k) || (words.get(k) == Some(&"that") && personal(k + 1))
}

/// The word in lower case, copied only when it has capitals.
pub(crate) fn lower_case(word: &str) -> Cow<'_, str> {
    if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Rules for what a small tagger misses: runs of capitalised words after a title or role, or starting with a
/// known given name, are people; a free-standing country, region or major city is a place.
/// Returns the people it guessed from two capitalised words alone, the first a common word
/// ("Successful Stormtroopers"): the caller drops those that no later rule makes part of an organisation.
pub(crate) fn add_rule_mentions(
    words: &[&str],
    starts: &[bool],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) -> Vec<Mention> {
    let mut guessed = Vec::new();
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
    }
    let mut i = 0;
    let mut opened = None;
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
        // "SEATTLE AT PORTLAND": after "AT" in a line of capitals, a known place is where the game is.
        let venue = i > 0
            && words[i - 1] == "AT"
            && words[i].len() > 1
            && words[i].chars().all(|c| c.is_uppercase());
        if !covered[i] && venue {
            let end = (i..words.len().min(i + 3))
                .take_while(|&e| {
                    !covered[e] && words[e].chars().all(|c| c.is_uppercase() || c == '.')
                })
                .last()
                .unwrap_or(i);
            if let Some(last) = (i..=end)
                .rev()
                .find(|&e| gaz.phrase_flags(&words[i..=e]) & PLACE != 0)
            {
                mentions.push(Mention {
                    first: i,
                    last,
                    kind: EntityKind::Place,
                });
                i = last + 1;
                continue;
            }
        }
        // A dateline the gazetteers do not know ("OTTERBURN 2024-05-01"): see `place_cue`.
        if !covered[i] && starts[i] && !is_name_word(words[i]) {
            let end = (i..words.len().min(i + 3))
                .take_while(|&e| {
                    !covered[e]
                        && words[e].len() > 1
                        && words[e].chars().any(char::is_alphabetic)
                        && !words[e].chars().any(char::is_lowercase)
                })
                .last();
            if let Some(end) = end.filter(|&end| place_cue(words, starts, i, end, gaz)) {
                mentions.push(Mention {
                    first: i,
                    last: end,
                    kind: EntityKind::Place,
                });
                i = end + 1;
                continue;
            }
        }
        if !covered[i] && dateline {
            mentions.push(Mention {
                first: i,
                last: i,
                kind: EntityKind::Place,
            });
            i += 1;
            continue;
        }
        // "But Tomas Lindqvist, a ferry owner, said", "On Anna Berg's orders": a word opening the sentence before a
        // name is not part of it, and the name after it stands mid-sentence. After a conjunction or an adverb of
        // time any name word; after a preposition or a question's verb only a known given name ("With Lindqvist
        // Out" and "Why Electing Berg" are headlines).
        // A day or a month after it is a date ("On Tuesday Ban visited"), not a given name.
        let name_after =
            |w: &str| is_name_word(w) && !crate::util::DAYS_AND_MONTHS.contains(&&*lower_case(w));
        if !covered[i]
            && starts[i]
            && words.get(i + 1).is_some_and(|w| name_after(w))
            && !covered[i + 1]
        {
            let opener = lower_case(words[i]);
            if opens_clause(&opener)
                || (is_opening_word(&opener) && gaz.word_flags(words[i + 1]) & GIVEN != 0)
            {
                opened = Some(i + 1);
                i += 1;
                continue;
            }
        }
        // "Polish Prime Minister Jan Nowak": nationality and title words come before a name, not in it.
        // A role opening a sentence ("Economist Tom Okafor") is not in the name; it cues the given name after it.
        if covered[i] || !is_name_word(words[i]) || is_party_word(words[i]) {
            i += 1;
            continue;
        }
        // The gazetteer flags of each word of the run, looked up once.
        let mut flags = [0u32; 4];
        flags[0] = gaz.word_flags(words[i]);
        if flags[0] & (TITLE | DEMONYM) != 0
            || (is_role(&lower_case(words[i]))
                && words
                    .get(i + 1)
                    .is_some_and(|w| gaz.word_flags(w) & GIVEN != 0))
        {
            i += 1;
            continue;
        }
        let mut end = i;
        while end + 1 < words.len()
            && end + 1 - i < 4
            && !covered[end + 1]
            && is_name_word(words[end + 1])
        {
            let next = gaz.word_flags(words[end + 1]);
            if next & TITLE != 0 {
                break;
            }
            end += 1;
            flags[end - i] = next;
        }
        let run = &words[i..=end];
        let at_start = starts[i] && opened != Some(i);
        let run_flags = flags.iter().fold(0, |f, w| f | w);
        let any_flag = |flag: u32| run_flags & flag != 0;
        let previous = lower_case(if i > 0 { words[i - 1] } else { "" });
        let after_role = i > 0 && is_title_or_role(&previous);
        // "the Andy Warhol Photographic Legacy Program", "the Tom Okafor Memorial Trophy": common words after a
        // full name make the name of something named after the person.
        let named_after = named_after_person(run);
        // "Hindustan Copper", "the Star Wars lead", "USI Art Collections": a second word that the word list never
        // capitalises is a common noun, not a family name, and the pair names a thing (a given name before it still
        // makes a person, "Peter Such", unless the noun is a plural one).
        // Not where the pair is part of a longer name that later rules put together ("Banc One Corp.", "the
        // Commission on Presidential Debates") or ends in an institution's word that makes it one ("the Harbour
        // Gazette").
        let capitalised = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| super::canonical::starts_capitalised(w))
        };
        let joined_at = |k: usize| {
            k >= 1 && matches!(words[k], "of" | "on" | "for" | "and" | "&") && capitalised(k - 1)
        };
        let in_longer_name = capitalised(end + 1)
            || (i >= 2 && joined_at(i - 1))
            || (i >= 3 && words[i - 1] == "the" && joined_at(i - 2));
        let last_lower = (run.len() == 2).then(|| lower_case(words[end]));
        let common_last = last_lower.as_deref().is_some_and(|lower| {
            !in_longer_name
                && !super::orgs::is_institution_word(words[end])
                && gazetteer::is_common_word(lower)
        });
        let plural_last = common_last
            && last_lower
                .as_deref()
                .and_then(|lower| lower.strip_suffix('s'))
                .is_some_and(gazetteer::is_common_word);
        let given_first = run.len() >= 2
            && flags[0] & GIVEN != 0
            && flags[0] & COUNTRY == 0
            && !named_after
            && !plural_last;
        let whole = gaz.phrase_flags(run);
        // Two capitalised words mid-sentence that no list knows as a place or an organisation: in news, a person.
        // At a line start only in results lists: "Anna Berg (Sweden) 6-4", "Tom Okafor 19.80".
        let listed = words
            .get(end + 1)
            .is_some_and(|w| *w == "(" || w.starts_with(|c: char| c.is_ascii_digit()));
        let unknown_pair = run.len() == 2
            && (!at_start || listed)
            && !any_flag(PLACE | ORG | DEMONYM | TITLE)
            && !run.iter().any(|w| not_in_person_names(w));
        // "Successful Stormtroopers share a high-five": a first word in the word list that no list of names knows
        // is an adjective or a noun, no given name: such a pair is a person only if it turns out to be no
        // organisation's name either ("the Harbour Foundation for the Visual Arts").
        let common_first =
            flags[0] & (GIVEN | SURNAME) == 0 && gazetteer::is_common_word(&lower_case(words[i]));
        let second_is_name = run.len() == 2 && flags[1] & (SURNAME | GIVEN) != 0;
        // "said Lindqvist" (one or two unknown name words after the verb) and "Tomas Lindqvist told reporters" (two
        // before it) are a person; one word before the verb may be an agency or a company ("Agencia said").
        // "...," Lindqvist said: one unknown word between a closing quote and the verb is a speaker too.
        let after_quote = i >= 2
            && matches!(words[i - 1], "\"" | "”" | "''")
            && matches!(words[i - 2], "," | "?" | "!");
        let verb_after = words
            .get(end + 1)
            .is_some_and(|w| is_speech_verb(&lower_case(w)));
        // "Okwuosa said he ...": a firm or an agency says "it".
        let says_he = verb_after && he_or_she_at(words, end + 2);
        let speaks = (is_speech_verb(&previous) && previous != "told")
            || (verb_after && (run.len() == 2 || (after_quote && run.len() == 1)))
            || says_he;
        let speaker = speaks && run.len() <= 2 && !any_flag(PLACE | ORG | DEMONYM | TITLE);
        // "Anna Berg, 34, was held": two or three name words and an age between commas are a person's.
        let aged = (2..=3).contains(&run.len())
            && words.get(end + 1) == Some(&",")
            && words
                .get(end + 2)
                .is_some_and(|w| w.len() == 2 && is_small_number(w))
            && words.get(end + 3) == Some(&",")
            && !any_flag(PLACE | ORG | DEMONYM | TITLE);
        // "Tomas Lindqvist, a ferry owner,": a description set off after the name.
        let appositive = words.get(end + 1) == Some(&",")
            && words
                .get(end + 2)
                .is_some_and(|w| matches!(*w, "a" | "an" | "the"));
        // "Tomas Lindqvist, director general of the harbour agency, said": two name words opening a sentence with a
        // role in the description set off after them, a person's description.
        let described_by_role = run.len() == 2
            && at_start
            && !run.iter().any(|w| {
                not_in_person_names(w) || crate::util::DAYS_AND_MONTHS.contains(&&*lower_case(w))
            })
            && words.get(end + 1) == Some(&",")
            && {
                // A thing's description holds "its" ("Harbour Browser, its main rival,").
                let mut description = words[end + 2..]
                    .iter()
                    .take(8)
                    .take_while(|w| !matches!(**w, "," | "." | ";" | ":"));
                !description.clone().any(|w| *w == "its")
                    && description.any(|w| is_title_or_role(w))
            };
        let person_cue = after_role
            || speaker
            || (described_by_role && !any_flag(PLACE | ORG | DEMONYM | TITLE))
            || aged
            || (given_first && (!at_start || second_is_name || appositive));
        let kind = if run.len() >= 3
            && super::orgs::is_institution_word(words[end])
            && !matches!(words[i], "The" | "THE")
        {
            // "All Souls College", "Harbour Water Authority": three name words or more that end in an
            // institution's word are its name (the tagger finds most organisations of two words).
            Some(EntityKind::Organization)
        } else if place_cue(words, starts, i, end, gaz) {
            Some(EntityKind::Place)
        } else if unknown_pair && common_last && previous == "the" {
            // "the White Sox", "the Star Wars lead": after "the", such a pair names a team, a body or a work.
            Some(EntityKind::Organization)
        } else if (unknown_pair && !common_last) || (person_cue && !any_flag(DEMONYM | ORG)) {
            if unknown_pair && common_first && !person_cue {
                guessed.push(Mention {
                    first: i,
                    last: end,
                    kind: EntityKind::Person,
                });
            }
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
    guessed
}

/// Whether the name words `first..=last` are a place by what stands around them: "the town of Tavrik", "the
/// village of Oldmoor" (a settlement's word and "of" before); "Oldmoor, Scotland" (a comma and a known country or
/// region after, not its possessive: "Berg, Sweden's ambassador"; not after a given name or a role); a dateline,
/// one to three words in capitals opening a line before a date or an agency in brackets and a dash ("OTTERBURN
/// 2024-05-01", "OLDMOOR (Reuters) -").
pub(crate) fn place_cue(
    words: &[&str],
    starts: &[bool],
    first: usize,
    last: usize,
    gaz: &Gazetteer,
) -> bool {
    let run = &words[first..=last];
    let run_flags = run.iter().fold(0, |f, w| f | gaz.word_flags(w));
    if run_flags & (DEMONYM | ORG | TITLE) != 0 || gaz.phrase_flags(run) & ORG != 0 {
        return false;
    }
    let caps = |w: &str| {
        w.len() > 1
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '\'' | '’' | '.'))
            && w.chars().any(char::is_alphabetic)
    };
    let iso_date = |w: &str| {
        w.len() == 10
            && w.bytes().enumerate().all(|(n, b)| {
                if n == 4 || n == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
    };
    let after = |n: usize| words.get(last + n).copied();
    let dateline = starts[first]
        && run.len() <= 3
        && run.iter().all(|w| caps(w))
        && (first == 0 || !caps(words[first - 1]))
        && (after(1).is_some_and(iso_date)
            || (after(1) == Some("(")
                && after(3) == Some(")")
                && after(4).is_some_and(|w| matches!(w, "-" | "—" | "–"))));
    if dateline {
        return true;
    }
    if run.len() > 2 {
        return false;
    }
    let settlement_before = first >= 2
        && words[first - 1] == "of"
        && matches!(
            words[first - 2],
            "town" | "village" | "city" | "province" | "region" | "district" | "island" | "port"
        );
    let in_country = after(1) == Some(",")
        && (1..=3).rev().any(|n| {
            words.get(last + 2..last + 2 + n).is_some_and(|p| {
                is_name_word(p[0]) && gaz.phrase_flags(p) & (COUNTRY | REGION) != 0
            }) && words.get(last + 2 + n).is_none_or(|w| {
                // Then punctuation, a number, or a small word; not a verb, whose subject the "place" is ("On
                // board the Freewinds, Paris claims ..."), nor a possessive.
                !super::canonical::is_possessive(w)
                    && (!w.starts_with(char::is_lowercase)
                        || matches!(
                            *w,
                            "until"
                                | "in"
                                | "on"
                                | "at"
                                | "and"
                                | "or"
                                | "but"
                                | "for"
                                | "where"
                                | "when"
                                | "with"
                                | "to"
                                | "from"
                                | "after"
                                | "before"
                                | "since"
                                | "while"
                                | "near"
                                | "during"
                                | "by"
                                | "of"
                        ))
            })
        });
    let previous = lower_case(if first > 0 { words[first - 1] } else { "" });
    settlement_before
        || (in_country
            // "a boy from Irving, Texas": a given name too after "from", "in", "near" or "at".
            && (gaz.word_flags(run[0]) & GIVEN == 0
                || matches!(previous.as_ref(), "from" | "in" | "near" | "at"))
            && !is_title_or_role(&previous)
            // At a sentence's start only a dateline's capitals ("OLDMOOR, Scotland"): "Automakers, U.S. agency
            // ..." opens with a plural.
            && (!starts[first] || run.iter().all(|w| !w.chars().any(char::is_lowercase))))
}

/// Names the tagger took for a person or an organisation that what stands around them makes a place
/// ([`place_cue`]): "the village of Marten", "BERG 2024-05-01".
pub(crate) fn places_by_cue(
    words: &[&str],
    starts: &[bool],
    mentions: &mut [Mention],
    gaz: &Gazetteer,
) {
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Place && place_cue(words, starts, m.first, m.last, gaz) {
            m.kind = EntityKind::Place;
        }
    }
}

/// "Harbour United owner Tom Okafor", "Berglund general manager Anna Berg": a name that the tagger took for a
/// person, right before a role in an organisation and a person's name, is the organisation (not when it is a
/// known place, "Norway coach ...", or begins with a given name).
pub(crate) fn employers(words: &[&str], mentions: &mut [Mention], gaz: &Gazetteer) {
    let org_role = |w: &str| {
        matches!(
            w,
            "owner"
                | "manager"
                | "coach"
                | "spokesman"
                | "spokeswoman"
                | "spokesperson"
                | "chairman"
                | "chairwoman"
                | "executive"
                | "director"
                | "founder"
                | "captain"
                | "striker"
                | "midfielder"
                | "defender"
                | "goalkeeper"
                | "official"
                | "analyst"
                | "economist"
        )
    };
    for k in 0..mentions.len().saturating_sub(1) {
        let (m, next) = (mentions[k], mentions[k + 1]);
        // Mentions are sorted and apart here (`mend_people` ends by merging); a guard all the same.
        let Some(between) = words.get(m.last + 1..next.first) else {
            continue;
        };
        if m.kind == EntityKind::Person
            && next.kind == EntityKind::Person
            && m.last - m.first <= 1
            && (1..=2).contains(&between.len())
            && between.iter().all(|w| w.starts_with(char::is_lowercase))
            && between.last().is_some_and(|w| org_role(w))
            && gaz.phrase_flags(&words[m.first..=m.last]) & PLACE == 0
            && gaz.word_flags(words[m.first]) & (GIVEN | PLACE) == 0
        {
            mentions[k].kind = EntityKind::Organization;
        }
    }
}

/// A surname in Mc or Mac with a capital after it ("McClenney", "MacLeod"), not a possessive ("McDonald's").
fn is_gaelic_surname(word: &str) -> bool {
    let rest = word
        .strip_prefix("Mc")
        .or_else(|| word.strip_prefix("Mac"))
        .unwrap_or("");
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_uppercase) && rest.len() >= 3 && chars.all(char::is_lowercase)
}

/// Mends person names a tagger split or cut short: "T. Okonkwo" takes its initial; "Vladimir" followed by an
/// untagged "Putin" takes it; "Elizabeth" + "Warren" tagged as two touching people are one; an untagged given
/// name before a name makes it a person's ("Republican Donald Trump", "Democrat Hillary Clinton"), and before a
/// town's name with a comma and a role after it ("Brian Boden, a spokesman").
pub(crate) fn mend_people(
    words: &[&str],
    starts: &[bool],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) {
    let is_initial = |w: &str| {
        let mut chars = w.chars();
        matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    };
    let mut covered = vec![false; words.len()];
    for m in mentions.iter() {
        covered[m.first..=m.last].iter_mut().for_each(|c| *c = true);
    }
    // "coach Tomas Lindqvist", "Prime Minister Anna Berg" tagged as an organisation or a place: after a role or
    // a title, two or three name words that no list knows as a place or an organisation are a person.
    // "Khaled Al-Maeena, editor at the Gazette": so are they before a comma and a role (with "a" or "the").
    let role_after = |last: usize| {
        let mut k = last + 1;
        if words.get(k) != Some(&",") {
            return false;
        }
        k += 1;
        if words
            .get(k)
            .is_some_and(|w| matches!(*w, "a" | "an" | "the"))
        {
            k += 1;
        }
        // "a Harbour Trust spokeswoman": up to two name words may qualify the role.
        if k > last + 2 {
            let mut q = k;
            while q < k + 2 && words.get(q).is_some_and(|w| is_name_word(w)) {
                q += 1;
            }
            if q > k
                && words
                    .get(q)
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && is_role(w))
            {
                return true;
            }
        }
        words
            .get(k)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && is_title_or_role(w))
    };
    for m in mentions.iter_mut() {
        let before = m.first.wrapping_sub(1);
        // "Brian Boden, a spokesman": a surname the tagger took for a town, with a role after it.
        let town_surname = m.kind == EntityKind::Place
            && m.first == m.last
            && role_after(m.last)
            && gaz.word_flags(words[m.first]) & (COUNTRY | REGION | CITY_MAJOR | DEMONYM) == 0;
        if m.first > 0
            && (m.kind != EntityKind::Place || town_surname)
            && !covered[before]
            && (!starts[before] || town_surname)
            && is_name_word(words[before])
            && gaz.word_flags(words[before]) & GIVEN != 0
            && gaz.word_flags(words[before]) & (PLACE | ORG | TITLE | DEMONYM) == 0
            && gaz.phrase_flags(&words[m.first..=m.last]) & (COUNTRY | CITY_MAJOR | ORG) == 0
        {
            m.first = before;
            m.kind = EntityKind::Person;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Person) {
        let previous = lower_case(if m.first > 0 { words[m.first - 1] } else { "" });
        let run = &words[m.first..=m.last];
        let role = role_after(m.last);
        let first = gaz.word_flags(run[0]);
        if (1..=2).contains(&(m.last - m.first))
            && ((m.first > 0 && is_title_or_role(&previous)) || role)
            && gaz.phrase_flags(run) & (PLACE | ORG) == 0
            && run.iter().enumerate().all(|(i, w)| {
                // "Brian Boden": after a given name that is no place, a surname may be a town's name too;
                // before a comma and a role, the given name may be one as well ("Paris Lund, a spokeswoman").
                let place_word = first & GIVEN != 0
                    && first & (ORG | DEMONYM | TITLE) == 0
                    && (role || (i > 0 && first & PLACE == 0))
                    && gaz.word_flags(w) & (ORG | DEMONYM | TITLE) == 0;
                is_name_word(w)
                    && (gaz.word_flags(w) & (PLACE | ORG | DEMONYM | TITLE) == 0 || place_word)
                    && !not_in_person_names(w)
            })
        {
            m.kind = EntityKind::Person;
        }
    }
    // "Tavia McClenney": the tagger reads a capital inside a word as a brand's ("PayPal"); a name word no list
    // knows as anything but a given name, before a surname in Mc or Mac, is a person.
    // Tagged alone, the surname takes the name word before it.
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Person) {
        let first = if m.first == m.last && m.first > 0 && !covered[m.first - 1] {
            m.first - 1
        } else {
            m.first
        };
        // A given name, or a word no list knows: not a common word ("Then McCain"), nor before a brand's
        // possessive ("Harbourton McDonald's").
        let flags = gaz.word_flags(words[first]);
        let given = flags & GIVEN != 0;
        let possessive = words
            .get(m.last + 1)
            .is_some_and(|w| matches!(*w, "'s" | "’s"));
        if m.last == first + 1
            && is_gaelic_surname(words[m.last])
            && is_name_word(words[first])
            && (given || !(possessive || gazetteer::is_common_word(&lower_case(words[first]))))
            && flags & (PLACE | ORG | TITLE | DEMONYM) == 0
            && gaz.phrase_flags(&words[first..=m.last]) & (PLACE | ORG) == 0
            && !not_in_person_names(words[first])
        {
            covered[first] = true;
            m.first = first;
            m.kind = EntityKind::Person;
        }
    }
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        while m.first > 0 && !covered[m.first - 1] && is_initial(words[m.first - 1]) {
            m.first -= 1;
        }
        let given_alone = m.first == m.last && gaz.word_flags(words[m.first]) & GIVEN != 0;
        // A name word at `k` that no other mention covers and no list knows as a place, an organisation, a title
        // or a nationality.
        let free_name_word = |k: usize| {
            k < words.len()
                && !covered[k]
                && is_name_word(words[k])
                && gaz.word_flags(words[k]) & (PLACE | ORG | TITLE | DEMONYM) == 0
        };
        // "Gov. Terry E. Branstad" tagged "Terry" alone: a given name takes a middle initial and the surname
        // after it.
        while (is_initial(words[m.last]) || given_alone && m.first == m.last)
            && m.last + 1 < words.len()
            && !covered[m.last + 1]
            && (free_name_word(m.last + 1)
                || (given_alone && is_initial(words[m.last + 1]) && free_name_word(m.last + 2)))
        {
            m.last += 1;
        }
    }
    // "Gov. Marta R. Ford", "Rep. Sander M. Salem (Mich.)": a middle initial makes the one name word after it the
    // person's surname, even where the tagger took that word for a place or an organisation on its own.
    let mut absorbed = Vec::new();
    // The one-word place or organisation at each word, found by index: a text of thousands of initials is not
    // searched once per person.
    let mut one_word_other: Vec<Option<usize>> = vec![None; words.len() + 2];
    for (j, n) in mentions.iter().enumerate() {
        if n.first == n.last && n.kind != EntityKind::Person {
            one_word_other[n.first] = Some(j);
        }
    }
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != EntityKind::Person {
            continue;
        }
        // "Sander M." tagged, or "Sander" then an untagged "M.".
        let next = if is_initial(words[m.last]) && m.first < m.last {
            m.last + 1
        } else if words.get(m.last + 1).is_some_and(|w| is_initial(w)) && !covered[m.last + 1] {
            m.last + 2
        } else {
            continue;
        };
        let surname = one_word_other[next];
        if let Some(j) = surname.filter(|_| {
            is_name_word(words[next])
                && gaz.word_flags(words[next]) & (COUNTRY | DEMONYM | TITLE) == 0
        }) {
            absorbed.push((i, j));
        }
    }
    for &(i, j) in &absorbed {
        mentions[i].last = mentions[j].last;
    }
    // One pass: removing each absorbed mention on its own moved the rest of the list each time.
    let mut gone = vec![false; mentions.len()];
    for (_, j) in absorbed {
        gone[j] = true;
    }
    let mut gone = gone.into_iter();
    mentions.retain(|_| !gone.next().unwrap_or(false));
    // "Korea brought on Park Joo-Ho": a Korean or Chinese family name tagged alone, as anything, and a romanised
    // given name after it are one person.
    for m in mentions.iter_mut().filter(|m| m.first == m.last) {
        let next = m.last + 1;
        if next < words.len()
            && !covered[next]
            && is_east_asian_family_name(words[m.first])
            && is_romanised_given_name(words[next])
        {
            m.last = next;
            m.kind = EntityKind::Person;
        }
    }
    // "Harbour Minister Volker Tarnvik opens", "the poet Chen Wenhai wrote": a one-word person touching a name word that
    // no list knows (not a place, an organisation, a title, a nationality, nor a common word in capitals) is
    // half of a full name the tagger cut.
    let unknown_name = |i: usize| {
        !covered[i]
            && is_name_word(words[i])
            && words[i].chars().skip(1).any(char::is_lowercase)
            && gaz.word_flags(words[i]) & (PLACE | ORG | TITLE | DEMONYM) == 0
            && !not_in_person_names(words[i])
            && {
                let lower = words[i].to_lowercase();
                !crate::util::DAYS_AND_MONTHS.contains(&lower.as_str())
                    && !gazetteer::is_common_word(&lower)
            }
    };
    // Not when the two words are a known organisation or place ("Red Cross"), nor after the surname of someone
    // named in full ("Andy Warhol ... the Warhol Polaroids").
    let known =
        |first: usize, last: usize| gaz.phrase_flags(&words[first..=last]) & (PLACE | ORG) != 0;
    let surnames = super::canonical::full_name_surnames(words, mentions);
    for m in mentions
        .iter_mut()
        .filter(|m| m.kind == EntityKind::Person && m.first == m.last)
    {
        // A romanised given name after the family name ("Leung Kwok-hung") still follows a surname.
        let given_after = words
            .get(m.last + 1)
            .and_then(|w| w.split_once('-'))
            .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
        if surnames.contains(words[m.first]) && !given_after {
            continue;
        }
        if m.last + 1 < words.len() && unknown_name(m.last + 1) && !known(m.first, m.last + 1) {
            m.last += 1;
        } else if m.first > 0
            && !starts[m.first - 1]
            && unknown_name(m.first - 1)
            && !known(m.first - 1, m.last)
        {
            m.first -= 1;
        }
    }
    // "Harbour Minister Tom Major says", "captain Anna Marie King said": after a given name, a title word that is
    // also a surname, with no name after it, is the surname.
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        let next = m.last + 1;
        if next < words.len()
            && !covered[next]
            && gaz.word_flags(words[m.last]) & GIVEN != 0
            && gaz.word_flags(words[next]) & (TITLE | SURNAME) == TITLE | SURNAME
            && words[next].chars().skip(1).all(char::is_lowercase)
            && !words.get(next + 1).is_some_and(|w| is_name_word(w))
        {
            m.last = next;
        }
    }
    // Regnal numbers: "Berengar IV", "Tomas II" ("I" alone is the pronoun).
    let regnal =
        |w: &str| w.len() >= 2 && w.len() <= 4 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'));
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        if words.get(m.last + 1).is_some_and(|w| regnal(w))
            && !covered.get(m.last + 1).copied().unwrap_or(true)
        {
            m.last += 1;
        }
    }
    // Particles: "Pieter" + "van der Berg", "de Vries" after "Anna", "Karim al-Hadidi".
    let particle_name = |w: &str| {
        ["al-", "el-", "bin-", "ibn-", "abu-"]
            .iter()
            .any(|p| w.strip_prefix(p).is_some_and(is_name_word))
    };
    let plain_name = |w: &str| is_name_word(w) && gaz.word_flags(w) & (PLACE | ORG | TITLE) == 0;
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        let mut end = m.last + 1;
        while end < words.len() && !covered[end] && is_name_particle(words[end]) {
            end += 1;
        }
        if end > m.last + 1 && end < words.len() && !covered[end] && plain_name(words[end]) {
            m.last = end;
        } else if m.last + 1 < words.len()
            && !covered[m.last + 1]
            && particle_name(words[m.last + 1])
        {
            m.last += 1;
        }
        let mut start = m.first;
        while start > 0 && !covered[start - 1] && is_name_particle(words[start - 1]) {
            start -= 1;
        }
        if start < m.first
            && start > 0
            && !covered[start - 1]
            && (!starts[start - 1] || gaz.word_flags(words[start - 1]) & GIVEN != 0)
            && plain_name(words[start - 1])
        {
            m.first = start - 1;
        }
    }
    // "Anna" tagged a person and "Kazan" right after it tagged a place or an organisation: a known given name
    // touching one more name word is a full name, unless that word is a country's.
    mentions.sort_by_key(|m| m.first);
    for k in 1..mentions.len() {
        let (prev, next) = (mentions[k - 1], mentions[k]);
        if prev.kind == EntityKind::Person
            && next.kind != EntityKind::Person
            && prev.first == prev.last
            && next.first == next.last
            && prev.last + 1 == next.first
            && gaz.word_flags(words[prev.first]) & (GIVEN | COUNTRY) == GIVEN
            && gaz.phrase_flags(&words[next.first..=next.last]) & COUNTRY == 0
            && is_name_word(words[next.first])
            && !not_in_person_names(words[next.first])
        {
            mentions[k].kind = EntityKind::Person;
        }
    }
    merge_touching_people(mentions);
}

/// Common Korean and Chinese family names in their usual romanisations, written before a hyphened given name
/// ("Park Joo-Ho", "Leung Kwok-hung").
pub(crate) fn is_east_asian_family_name(word: &str) -> bool {
    matches!(
        word,
        "Ahn"
            | "An"
            | "Au"
            | "Bae"
            | "Baek"
            | "Byun"
            | "Cha"
            | "Chae"
            | "Chan"
            | "Chang"
            | "Chau"
            | "Chen"
            | "Cheng"
            | "Cheung"
            | "Chiu"
            | "Cho"
            | "Choi"
            | "Chow"
            | "Chu"
            | "Chun"
            | "Chung"
            | "Fung"
            | "Ha"
            | "Han"
            | "Hau"
            | "Heo"
            | "Ho"
            | "Hong"
            | "Hsieh"
            | "Hsu"
            | "Huang"
            | "Hui"
            | "Hwang"
            | "Hyun"
            | "Im"
            | "Ip"
            | "Jang"
            | "Jeon"
            | "Jeong"
            | "Jin"
            | "Jo"
            | "Joo"
            | "Ju"
            | "Jung"
            | "Kang"
            | "Kim"
            | "Ko"
            | "Koh"
            | "Kong"
            | "Koo"
            | "Kuo"
            | "Kwok"
            | "Kwon"
            | "Kwong"
            | "Lai"
            | "Lam"
            | "Lau"
            | "Law"
            | "Lee"
            | "Leung"
            | "Li"
            | "Lim"
            | "Lin"
            | "Liu"
            | "Lo"
            | "Ma"
            | "Mak"
            | "Min"
            | "Mo"
            | "Moon"
            | "Na"
            | "Nam"
            | "Ng"
            | "Noh"
            | "Oh"
            | "Pang"
            | "Park"
            | "Poon"
            | "Roh"
            | "Ryu"
            | "Seo"
            | "Shin"
            | "Siu"
            | "So"
            | "Sohn"
            | "Son"
            | "Song"
            | "Suh"
            | "Sun"
            | "Szeto"
            | "Tam"
            | "Tang"
            | "Tsai"
            | "Tsang"
            | "Tse"
            | "Tsui"
            | "Wan"
            | "Wang"
            | "Wong"
            | "Woo"
            | "Wu"
            | "Yang"
            | "Yau"
            | "Yeung"
            | "Yip"
            | "Yiu"
            | "Yoo"
            | "Yoon"
            | "Yu"
            | "Yuen"
            | "Yun"
            | "Yung"
            | "Zhang"
            | "Zhao"
            | "Zhou"
    )
}

/// A romanised given name of two syllables joined by a hyphen, the second in lower case or capitalised:
/// "Kwok-hung", "Joo-Ho", "Ki-moon".
pub(crate) fn is_romanised_given_name(word: &str) -> bool {
    let syllable =
        |s: &str| (1..=6).contains(&s.len()) && s.chars().all(|c| c.is_ascii_alphabetic());
    word.split_once('-').is_some_and(|(head, rest)| {
        syllable(head)
            && syllable(rest)
            && head.starts_with(|c: char| c.is_ascii_uppercase())
            && head.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && rest.chars().skip(1).all(|c| c.is_ascii_lowercase())
    })
}

/// Results lists and sports reports name athletes with their country or the minute of a goal in brackets: "Anna
/// Berg (Sweden) 51.87", "Tomas Lindqvist (Norway) 6-4", "Tom Okafor (38th)". Two to four name words right before
/// "(Country)" or "(38th ...)" are a person, whatever the tagger made of them, unless the words are a known place
/// or organisation or hold a word like "Cup" or "United".
pub(crate) fn athletes(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let mut people = Vec::new();
    for open in 2..words.len() {
        if words[open] != "(" {
            continue;
        }
        let Some(close) = (open + 2..words.len().min(open + 5)).find(|&c| words[c] == ")") else {
            continue;
        };
        let ordinal = |w: &str| {
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && matches!(&w[digits.len()..], "st" | "nd" | "rd" | "th")
        };
        if gaz.phrase_flags(&words[open + 1..close]) & COUNTRY == 0 && !ordinal(words[open + 1]) {
            continue;
        }
        let first = (open.saturating_sub(4)..open)
            .find(|&f| words[f..open].iter().all(|w| is_name_word(w)))
            .unwrap_or(open);
        let run = &words[first..open];
        let flags = run.iter().fold(0, |f, w| f | gaz.word_flags(w));
        if run.len() >= 2
            && flags & (TITLE | DEMONYM) == 0
            && gaz.phrase_flags(run) & (PLACE | ORG) == 0
            && !run.iter().any(|w| not_in_person_names(w))
        {
            people.push(Mention {
                first,
                last: open - 1,
                kind: EntityKind::Person,
            });
        }
    }
    put_people(mentions, people);
}

/// Puts `people` in place of every mention they overlap.
fn put_people(mentions: &mut Vec<Mention>, people: Vec<Mention>) {
    if people.is_empty() {
        return;
    }
    // The words the people cover, marked once: testing every mention against every person is quadratic in a
    // text of long lists.
    let end = people.iter().map(|p| p.last + 1).max().unwrap_or(0);
    let mut covered = vec![false; end];
    for p in &people {
        covered[p.first..=p.last].iter_mut().for_each(|c| *c = true);
    }
    mentions.retain(|m| !covered[m.first.min(end)..(m.last + 1).min(end)].contains(&true));
    mentions.extend(people);
    mentions.sort_by_key(|m| m.first);
}

/// Lower-case words inside a name: "Pieter van der Berg", "Marta del Campo".
pub(crate) fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "del"
            | "della"
            | "da"
            | "di"
            | "du"
            | "la"
            | "le"
            | "bin"
    )
}

/// Team sheets: a line with three or more shirt numbers before names ("1 - Tom Okafor, 4 - Ole Brenna (14 - Jan
/// Lund, 62nd), 2 - ...") lists players; the name after each number, and a substitute in brackets before a minute
/// ("(Jan Lund, 75)"), is a person.
pub(crate) fn lineups(
    words: &[&str],
    new_line: &[bool],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) {
    let shirt = |k: usize| {
        words[k].len() <= 2
            && words[k].bytes().all(|b| b.is_ascii_digit())
            && words.get(k + 1) == Some(&"-")
            && words.get(k + 2).is_some_and(|w| is_name_word(w))
    };
    let name_end = |at: usize, line_end: usize| name_run_end(words, at, line_end);
    let mut people = Vec::new();
    let mut line_start = 0;
    while line_start < words.len() {
        let line_end = line_end(new_line, line_start);
        let shirts: Vec<usize> = (line_start..line_end.saturating_sub(2))
            .filter(|&k| shirt(k))
            .collect();
        if shirts.len() >= 3 {
            let mut starts: Vec<usize> = shirts.iter().map(|k| k + 2).collect();
            starts.extend(
                (line_start..line_end.saturating_sub(1))
                    .filter(|&k| words[k] == "(")
                    .map(|k| k + 1),
            );
            for at in starts {
                let end = name_end(at, line_end);
                let substitute = words[at - 1] == "(";
                let minute_after = words.get(end) == Some(&",")
                    && words
                        .get(end + 1)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
                if end > at
                    && (!substitute || minute_after)
                    && gaz.phrase_flags(&words[at..end]) & (PLACE | ORG) == 0
                {
                    people.push(Mention {
                        first: at,
                        last: end - 1,
                        kind: EntityKind::Person,
                    });
                }
            }
        }
        line_start = line_end;
    }
    put_people(mentions, people);
}

/// The end (exclusive) of the line holding `at`: the next token that begins a line, else the text's end.
fn line_end(new_line: &[bool], at: usize) -> usize {
    (at + 1..new_line.len())
        .find(|&i| new_line[i])
        .unwrap_or(new_line.len())
}

/// The end (exclusive) of the name words from `at`, before `limit`: capitalised words and the particles between
/// them ("Pieter van der Berg").
fn name_run_end(words: &[&str], at: usize, limit: usize) -> usize {
    let mut end = at;
    while end < limit
        && (is_name_word(words[end])
            || (is_name_particle(words[end]) && end + 1 < limit && is_name_word(words[end + 1])))
    {
        end += 1;
    }
    end
}

/// Lists of names: "Anna Berg, Tom Okafor, Wirat Somchai and Lisa Ng". In a list of three or more items, each
/// one to four name words, separated by commas or "and" on one line, where at least two items are people and none
/// is a place or an organisation, every item of two or more words the tagger left alone is a person too (one word
/// alone is as often a village or a firm).
pub(crate) fn name_lists(
    words: &[&str],
    new_line: &[bool],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) {
    // What each token is: 0 untagged, 1 inside a person, 2 inside a place or an organisation.
    let mut tagged = vec![0u8; words.len()];
    for m in mentions.iter() {
        let kind = if m.kind == EntityKind::Person { 1 } else { 2 };
        tagged[m.first..=m.last].iter_mut().for_each(|t| *t = kind);
    }
    let mut people = Vec::new();
    let mut items: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    // The end of i's line, found once per line (a text of one long line stays linear).
    let mut limit = 0;
    while i < words.len() {
        if i >= limit || new_line[i] {
            limit = line_end(new_line, i);
        }
        // Items from i: name runs joined by "," or "and".
        items.clear();
        let mut at = i;
        loop {
            // Looking at most five words ahead keeps a long run of capitals linear.
            let end = name_run_end(words, at, limit.min(at + 5));
            if end == at || end - at > 4 {
                break;
            }
            items.push((at, end));
            if end + 1 < limit && matches!(words[end], "," | "and") {
                at = end + 1 + usize::from(words[end] == "," && words[end + 1] == "and");
            } else {
                break;
            }
        }
        if items.is_empty() {
            i += 1;
            continue;
        }
        let next = items.last().map_or(i + 1, |&(_, end)| end);
        let person = |&(a, e): &(usize, usize)| {
            tagged[a..e].iter().all(|&t| t == 1) && (a == 0 || tagged[a - 1] != 1)
        };
        let other = |&(a, e): &(usize, usize)| {
            tagged[a..e].contains(&2)
                || gaz.phrase_flags(&words[a..e]) & (PLACE | ORG | DEMONYM) != 0
        };
        let known_other = |&(a, e): &(usize, usize)| {
            gaz.phrase_flags(&words[a..e]) & (COUNTRY | REGION | ORG | DEMONYM) != 0
        };
        let persons = items.iter().filter(|item| person(item)).count();
        // A longer list that is half people, a team's line-up ("Okafor, Berg, Lindqvist, Marten, Okwuosa"): its
        // other items are people too, whatever the tagger read, unless a list knows them as a country, a region
        // or an organisation.
        if items.len() >= 4
            && persons * 2 >= items.len()
            && persons >= 3
            && !items.iter().any(known_other)
        {
            for &(a, e) in items.iter() {
                if !tagged[a..e].iter().all(|&t| t == 1)
                    && words[a..e]
                        .iter()
                        .all(|w| !not_in_person_names(w) && gaz.word_flags(w) & TITLE == 0)
                {
                    people.push(Mention {
                        first: a,
                        last: e - 1,
                        kind: EntityKind::Person,
                    });
                }
            }
        } else if items.len() >= 3 && persons >= 2 && !items.iter().any(other) {
            for &(a, e) in items.iter() {
                let run = &words[a..e];
                if e - a >= 2
                    && tagged[a..e].iter().all(|&t| t == 0)
                    && run.iter().all(|w| {
                        gaz.word_flags(w) & (TITLE | PLACE | ORG) == 0 && !not_in_person_names(w)
                    })
                {
                    people.push(Mention {
                        first: a,
                        last: e - 1,
                        kind: EntityKind::Person,
                    });
                }
            }
        }
        i = next;
    }
    put_people(mentions, people);
}

/// Sorts mentions, drops overlaps, and joins two people that touch ("Maria" + "Lopez") into one.
pub(crate) fn merge_touching_people(mentions: &mut Vec<Mention>) {
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

/// Words that mark a sentence as a sports report, where a city or county names its team.
fn is_sports_cue(word: &str) -> bool {
    matches!(
        word,
        "beat"
            | "beats"
            | "beaten"
            | "drew"
            | "defeated"
            | "innings"
            | "wicket"
            | "wickets"
            | "goals"
            | "goal"
            | "scored"
            | "halftime"
            | "half-time"
            | "match"
            | "matches"
            | "standings"
            | "played"
            | "vs"
            | "v"
            | "league"
            | "cup"
            | "season"
            | "points"
            | "runs"
            | "inning"
            | "homer"
            | "touchdown"
            | "playoff"
            | "playoffs"
            | "championship"
            | "division"
    )
}

fn is_score(word: &str) -> bool {
    let mut parts = word.split('-');
    let digits =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    digits(parts.next()) && digits(parts.next()) && parts.next().is_none()
}

fn is_small_number(word: &str) -> bool {
    (1..=3).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the words of one line or sentence read as a sports report: a score ("2-1"), a cue word ("beat",
/// "wickets"), a results or standings row ("Lyon 3 Nantes 0", "DENVER 58 66 .468 9"), or a fixture line
/// ("SEATTLE AT PORTLAND", "Devon v Cornwall").
fn is_sporty(words: &[&str]) -> bool {
    let mut numbers = 0;
    let mut lower = 0;
    for w in words {
        let first = w.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_digit() {
            if is_score(w) {
                return true;
            }
            numbers += usize::from(is_small_number(w));
        } else if first.is_ascii_lowercase() {
            if is_sports_cue(w) {
                return true;
            }
            lower += 1;
        }
    }
    let table_row = numbers >= 2
        && lower <= 3
        && words
            .first()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    let fixture = words.len() >= 3
        && lower <= 1
        && words
            .iter()
            .skip(1)
            .take(words.len().saturating_sub(2))
            .any(|w| matches!(*w, "AT" | "at" | "v" | "vs" | "v." | "vs."));
    table_row || fixture
}

/// A line of two results, "Riverton Rovers 2 Eastfield 0": capitalised names, each followed by a score.
fn is_results_line(words: &[&str]) -> bool {
    // Where the two numbers are; the line fails at a third number or at a word in lower case.
    let mut numbers = [0usize; 2];
    let mut count = 0;
    for (i, w) in words.iter().enumerate() {
        if is_small_number(w) {
            if count == 2 {
                return false;
            }
            numbers[count] = i;
            count += 1;
        } else if !w.starts_with(|c: char| c.is_uppercase() || !c.is_alphanumeric()) {
            return false;
        }
    }
    count == 2
        && numbers[0] > 0
        && numbers[1] > numbers[0] + 1
        && words[numbers[0] + 1].starts_with(|c: char| c.is_uppercase())
}

/// A line of a league table, "Riverton Rovers 5 3 1 1 9 4 10": a name, then six numbers or more of which the
/// first (games played) is the sum of the next three (won, drawn, lost).
fn is_standings_line(words: &[&str]) -> bool {
    let Some(name_end) = words.iter().position(|w| is_small_number(w)) else {
        return false;
    };
    let numbers: Vec<u32> = words[name_end..]
        .iter()
        .map_while(|w| w.parse().ok())
        .collect();
    name_end > 0
        && name_end + numbers.len() == words.len()
        && numbers.len() >= 6
        && words[..name_end]
            .iter()
            .all(|w| w.starts_with(char::is_uppercase))
        && numbers[0] > 0
        && numbers[0] == numbers[1] + numbers[2] + numbers[3]
}

/// "Norfolk beat Suffolk by six wickets": in a sports sentence or results line, a city or county that is not where
/// something happens ("in Leeds", "at Lord's") is its team, an organisation. Countries stay places (national
/// teams). `breaks` marks the words that begin a line or follow a sentence's end.
pub(crate) fn sports_teams(
    words: &[&str],
    breaks: &[bool],
    mentions: &mut [Mention],
    gaz: &Gazetteer,
) {
    if !mentions
        .iter()
        .any(|m| matches!(m.kind, EntityKind::Place | EntityKind::Person))
    {
        return;
    }
    let mut sentence_of = Vec::with_capacity(words.len());
    let mut bounds = Vec::new();
    let mut begin = 0;
    for (i, &starts) in breaks.iter().enumerate().take(words.len()) {
        if starts && i > begin {
            bounds.push(begin..i);
            begin = i;
        }
        sentence_of.push(bounds.len());
    }
    bounds.push(begin..words.len());
    // Whether a sentence is sporty, and whether it is a results line, each worked out only for sentences with
    // a mention that asks.
    let mut sporty: Vec<Option<bool>> = vec![None; bounds.len()];
    let mut results: Vec<Option<bool>> = vec![None; bounds.len()];
    let mut is_sporty_sentence = |sentence: usize| {
        *sporty[sentence].get_or_insert_with(|| is_sporty(&words[bounds[sentence].clone()]))
    };
    let mut is_results_sentence = |sentence: usize| {
        *results[sentence].get_or_insert_with(|| {
            let line = &words[bounds[sentence].clone()];
            is_results_line(line) || is_standings_line(line)
        })
    };
    // "Devon v Cornwall" names two teams; in "SEATTLE AT PORTLAND" the second is where they play.
    let fixture_word = |w: &str| matches!(w, "v" | "vs" | "v." | "vs.");
    for n in 0..mentions.len() {
        let m = mentions[n];
        // A "person" in a results line ("Riverton Rovers 2 Eastfield 0") or a fixture is a team.
        if m.kind == EntityKind::Person {
            let beside_fixture = (m.first > 0 && fixture_word(words[m.first - 1]))
                || words.get(m.last + 1).is_some_and(|w| fixture_word(w));
            if beside_fixture || is_results_sentence(sentence_of[m.first]) {
                mentions[n].kind = EntityKind::Organization;
            }
            continue;
        }
        if m.kind != EntityKind::Place || !is_sporty_sentence(sentence_of[m.first]) {
            continue;
        }
        let previous = if m.first > 0 && sentence_of[m.first - 1] == sentence_of[m.first] {
            words[m.first - 1]
        } else {
            ""
        };
        // "Kingston, Ontario": the region after a place says where it is.
        let locates = previous == ","
            && n > 0
            && mentions[n - 1].kind == EntityKind::Place
            && mentions[n - 1].last + 2 == m.first;
        // "Exeter: Devon beat Cornwall": a venue heading.
        let venue = words.get(m.last + 1) == Some(&":");
        let lower = lower_case(previous);
        if locates
            || venue
            || !fixture_word(previous)
                && matches!(&*lower, "in" | "at" | "from" | "near" | "to" | "of" | "(")
        {
            continue;
        }
        let name = &words[m.first..=m.last];
        if gaz.phrase_flags(name) & COUNTRY == 0 && !is_home_nation(name) {
            mentions[n].kind = EntityKind::Organization;
        }
    }
}

/// The nations of the United Kingdom, which field national teams as countries do.
fn is_home_nation(name: &[&str]) -> bool {
    matches!(
        name,
        ["England" | "ENGLAND" | "Scotland" | "SCOTLAND" | "Wales" | "WALES"]
            | ["Northern" | "NORTHERN", "Ireland" | "IRELAND"]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_name_takes_a_middle_initial_and_the_surname_after_it() {
        let gaz = &crate::extract::entities::engine().gazetteer;
        // As the tagger may leave it: "Terry" a person, the initial and the surname untagged.
        let words = ["Gov.", "Terry", "E.", "Lindqvist", "spoke", "."];
        let starts = [true, false, false, false, false, false];
        let mut mentions = vec![Mention {
            first: 1,
            last: 1,
            kind: EntityKind::Person,
        }];
        mend_people(&words, &starts, &mut mentions, gaz);
        assert_eq!((mentions[0].first, mentions[0].last), (1, 3));
        // Not onto an initial whose next word another mention holds: "Terry E." names no one.
        let words = ["Gov.", "Terry", "E.", "Lund", "of", "Harbourshire", "spoke"];
        let starts = [true, false, false, false, false, false, false];
        let mut mentions = vec![
            Mention {
                first: 1,
                last: 1,
                kind: EntityKind::Person,
            },
            Mention {
                first: 3,
                last: 5,
                kind: EntityKind::Organization,
            },
        ];
        mend_people(&words, &starts, &mut mentions, gaz);
        assert_eq!((mentions[0].first, mentions[0].last), (1, 1));
    }
}
