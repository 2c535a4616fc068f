//! From tagged mentions to entities: strip titles and possessives, correct kinds with the gazetteers, make the
//! document consistent (a name seen as a person stays a person; "Rubio" after "Marco Rubio" is him), and merge
//! mentions under one canonical name ("U.S." -> "United States", "MIAMI" -> "Miami", "Kiev" -> "Kyiv").

use super::gazetteer::{
    self, Gazetteer, CENSUS_NAME, CITY_MAJOR, COUNTRY, DEMONYM, GIVEN, ORG, PLACE, REGION, SURNAME,
    TITLE,
};
use super::rules::{
    add_rule_mentions, athletes, he_or_she_at, is_name_word, is_party_adjective, is_party_word,
    is_speech_verb, lineups, lower_case, mend_people, merge_touching_people, name_lists,
    named_after_person, not_in_person_names, opens_sentence, places_by_cue, sports_teams,
};
use super::sentences::abbreviation_stop;
use super::tokenize::Token;
use super::wordset::{FastBuild, WordSet};
use crate::article::{Entity, EntityKind, Span};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

type IdBuild = BuildHasherDefault<gazetteer::IdHasher>;

/// A tagged mention: inclusive token indices and a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Mention {
    pub first: usize,
    pub last: usize,
    pub kind: EntityKind,
}

/// Words that are never names on their own, whatever the tagger says (with the days and months, see
/// [`is_never_name`]).
const NEVER_NAMES: &[&str] = &[
    "i", "he", "she", "we", "they", "it", "you", "the", "a", "an", "god",
];

/// Compass and size words that some countries' subdivision lists hold alone ("Eastern", "Central"), but that
/// alone in news are an adjective, a league's division or a name the tagger cut ("Northern" + "Ireland", joined
/// again before this test).
fn is_compass_word(lower: &str) -> bool {
    matches!(
        lower,
        "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "centre"
            | "coast"
            | "greater"
            | "most"
            | "division"
    )
}

fn is_never_name(lower: &str) -> bool {
    static SET: LazyLock<WordSet> =
        LazyLock::new(|| WordSet::new(&[NEVER_NAMES, &crate::util::DAYS_AND_MONTHS]));
    SET.contains(lower)
}

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
    let mut parts = Vec::with_capacity(mentions.len());
    let mentions = split_people_at_prepositions(&words, mentions, gaz);
    let mentions = join_at_middle_initials(&words, mentions, gaz);
    for m in mentions {
        split_at_inner_words(&words, m, &mut parts, gaz);
    }
    let mut mentions: Vec<Mention> = parts
        .into_iter()
        .filter_map(|m| clean(&words, m, gaz))
        .collect();
    people_after_titles(&words, &mut mentions, gaz);
    split_person_of(&words, &mut mentions, gaz);
    split_at_venue(&words, &mut mentions, gaz);
    split_at_addresses(&words, &mut mentions, gaz);
    paired_compass_places(&words, &mut mentions, gaz);
    // Whether each token begins a line; the first one does.
    let new_line: Vec<bool> = (0..tokens.len())
        .map(|i| {
            // Between tokens there is only white space, mostly one byte: a byte test beats a char searcher.
            i == 0 || text.as_bytes()[tokens[i - 1].end..tokens[i].start].contains(&b'\n')
        })
        .collect();
    // `... "unpredictable." Yet Trump`: a closing mark after a sentence's stop ends the sentence too.
    let starts: Vec<bool> = (0..tokens.len())
        .map(|i| {
            new_line[i]
                || opens_sentence(words[i - 1])
                || abbreviation_stop(words[i - 1], words[i])
                || (i >= 2
                    && matches!(words[i - 1], "”" | "’")
                    && matches!(words[i - 2], "." | "!" | "?"))
        })
        .collect();
    // "Outside Lendor's plant": an opening word taken into a name would make "Lendor" a full name's surname for
    // the rules below; it is cut off again after them, from names they have made.
    strip_opening_words(&words, &starts, &mut mentions, false);
    places_by_cue(&words, &starts, &mut mentions, gaz);
    let guessed = add_rule_mentions(&words, &starts, &mut mentions, gaz);
    mend_people(&words, &starts, &mut mentions, gaz);
    super::rules::employers(&words, &mut mentions, gaz);
    let breaks: Vec<bool> = (0..tokens.len())
        .map(|i| new_line[i] || matches!(words[i - 1], "." | "!" | "?"))
        .collect();
    sports_teams(&words, &breaks, &mut mentions, gaz);
    athletes(&words, &mut mentions, gaz);
    lineups(&words, &new_line, &mut mentions, gaz);
    name_lists(&words, &new_line, &mut mentions, gaz);
    super::orgs::firms(&words, &mut mentions, gaz);
    super::orgs::institutions(&words, &mut mentions, gaz);
    super::orgs::split_person_after_institution(&words, &mut mentions, gaz);
    super::orgs::known_organisations(&words, &mut mentions, gaz);
    super::orgs::papers(&words, &mut mentions);
    organisations_by_usage(&words, &mut mentions, gaz);
    clubs_after_places(&words, &mut mentions, gaz);
    // The guessed people that are still only that.
    if !guessed.is_empty() {
        let guessed: HashSet<Mention> = guessed.into_iter().collect();
        mentions.retain(|m| !guessed.contains(m));
    }
    split_pairs_named_alone(&words, &mut mentions);
    make_consistent(&words, &mut mentions, gaz);
    // Repeats that consistency added in sports lines ("DETROIT 48 86 .358" after the venue "AT DETROIT") are
    // teams like the rest.
    sports_teams(&words, &breaks, &mut mentions, gaz);
    merge_touching_people(&mut mentions);
    cut_people_in_title_case_lines(&words, &new_line, &starts, &mut mentions, gaz);
    // "Sailors Against Lindqvist" on a placard, "Response To Berg" in a headline: a person's name holds no
    // capitalised preposition; the name is what follows the last, when that is a name of the lists or more than
    // one word ("Down To Earth" names no one).
    mentions.retain_mut(|m| {
        let cut = (m.kind == EntityKind::Person)
            .then(|| {
                (m.first..m.last).rev().find(|&k| {
                    (opens_no_name(words[k])
                        || (k > m.first && matches!(words[k], "To" | "For" | "With")))
                        && !words[k + 1].eq_ignore_ascii_case("the")
                })
            })
            .flatten();
        let Some(k) = cut else {
            return true;
        };
        m.first = k + 1;
        let pronoun = words[m.first..=m.last]
            .iter()
            .any(|w| matches!(*w, "He" | "She" | "They" | "We"));
        (m.first < m.last && !pronoun)
            || (words[m.first].len() > 2 && gaz.word_flags(words[m.first]) & (GIVEN | SURNAME) != 0)
    });
    let family_names = FamilyNames::new(&words, &mentions, gaz);
    for m in mentions
        .iter_mut()
        .filter(|m| m.kind == EntityKind::Person && m.first < m.last)
    {
        // "Nordlys FM's morning show": a name ending in an acronym (not a regnal number, not a month's "August
        // MO") is a firm's or a station's.
        let last = strip_possessive_word(words[m.last]);
        let acronym = last.len() >= 2
            && last.bytes().all(|b| b.is_ascii_uppercase())
            && !last.bytes().all(|b| b"IVX".contains(&b))
            && !matches!(last, "JR" | "SR");
        let dated = crate::util::DAYS_AND_MONTHS.contains(&lower_case(words[m.first]).as_ref());
        let mixed_case = words[m.first..m.last]
            .iter()
            .any(|w| w.bytes().any(|b| b.is_ascii_lowercase()));
        if acronym && !dated && mixed_case {
            m.kind = EntityKind::Organization;
        }
        // "Lindqvist Tower", "Belvoir Castle": a building's word after a name that is no given name (as in
        // "John Tower") is the building.
        let building = matches!(
            words[m.last],
            "Tower"
                | "Towers"
                | "Plaza"
                | "Palace"
                | "Castle"
                | "Bridge"
                | "Tunnel"
                | "Dam"
                | "Mall"
        );
        if building && gaz.word_flags(words[m.first]) & GIVEN == 0 {
            m.kind = EntityKind::Place;
        }
        // "the Ivka Lund brand" beside "Tom Lund": a surname another person named in full bears is a person's.
        let family = family_names.shared_by(&words, m);
        // "on the Lund Train", "the Harbour Rising": a name right after "the", opening with no given name, title
        // or role, is no person's ("the late Tom Lund" has a word between).
        if m.first > 0
            && words[m.first - 1] == "the"
            && gaz.word_flags(words[m.first]) & GIVEN == 0
            && !super::rules::is_title_or_role(&lower_case(words[m.first]))
            && !family
        {
            m.kind = EntityKind::Organization;
        }
    }
    // "Anna Berg Wins Harbour Vote", "Tom Okafor Just Got": a headline's verb ends the name before it; what is
    // left may be a name of the organisation lists ("State Department Knew ...").
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        // A verb that also ends the names of organisations ("Harbour Speaks") only after a name of two words.
        let verb = |k: usize| {
            headline_verb(words[k]) || (k >= m.first + 2 && headline_verb_after_full_name(words[k]))
        };
        if let Some(k) = (m.first + 1..=m.last).find(|&k| verb(k)) {
            m.last = k - 1;
            let flags = gaz.phrase_flags(&words[m.first..=m.last]);
            if flags & ORG != 0 && flags & (COUNTRY | REGION) == 0 {
                m.kind = EntityKind::Organization;
            }
        }
    }
    // Halves joined since cleaning ("Honest Anna" + "Berg", "Home" + "Secretary Anna Berg") lose an epithet or
    // an office the same way.
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        while m.last - m.first >= 2 && is_epithet_before_given_name(&words, m.first, gaz) {
            m.first += 1;
        }
        cut_at_inner_title(&words, m);
        // "Foreign Minister Anna Berg Monday": a weekday after a name is the date's, not the name's; "Secretary
        // of State Anna Berg": "State" after "of" is the office's.
        while m.last > m.first && crate::util::DAYS.contains(&lower_case(words[m.last]).as_ref()) {
            m.last -= 1;
        }
        if m.last > m.first
            && words[m.first] == "State"
            && m.first > 0
            && words[m.first - 1] == "of"
        {
            m.first += 1;
        }
    }
    // "Home" in "Home Secretary Anna Berg": one word before an office that comes before a name is the office's,
    // not a person.
    mentions.retain(|m| {
        let office_after = words
            .get(m.last + 1)
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && title_before_name(&words, m.last + 1);
        !(m.kind == EntityKind::Person && m.first == m.last && office_after)
    });
    merge_split_places(&words, &mut mentions, gaz);
    split_at_line_breaks(&new_line, &mut mentions);
    // Names added by the rules and by consistency, and the parts of names cut at line breaks ("Somerset" /
    // "August 1-4"), pass the same word tests as tagged ones.
    mentions.retain(|m| {
        !(m.first == m.last && {
            let lower = words[m.first].to_lowercase();
            // A lone initial names no one ("N. Irish", "S. African" in a headline).
            let initial = matches!(words[m.first].as_bytes(), [c, b'.'] if c.is_ascii_uppercase());
            is_never_name(&lower)
                || is_compass_word(&lower)
                || (initial && m.kind == EntityKind::Person)
        }) && gaz.phrase_flags(&words[m.first..=m.last]) & DEMONYM == 0
    });
    drop_non_names(&words, &mut mentions);
    // "Image: Jambula.": one word after a picture's credit that no list knows is a user name, not a name.
    mentions.retain(|m| {
        !(m.first == m.last
            && m.first >= 2
            && words[m.first - 1] == ":"
            && matches!(words[m.first - 2], "Image" | "Photo" | "Picture" | "Credit")
            && gaz.word_flags(strip_possessive_word(words[m.first])) == 0)
    });
    // "[Caption] Anna Berg at the count": one word in brackets opening a line labels the line.
    mentions.retain(|m| {
        !(m.first == m.last
            && m.first > 0
            && words[m.first - 1] == "["
            && new_line[m.first - 1]
            && words.get(m.last + 1) == Some(&"]"))
    });
    // "The Home Secretary and I": an office alone names no one here (the person is named elsewhere, or not at
    // all). "Prime Minister's Questions": nor does one common word that no national list knows as a name.
    let name_word = |w: &str| gaz.word_flags(w) & (GIVEN | SURNAME) != 0;
    // "Ban" after "Ban Ki-moon": a family name named first is a name here, whatever word it also is.
    let family_names: HashSet<&str> = mentions
        .iter()
        .filter_map(|m| family_name_first(&words, m))
        .map(|i| words[i])
        .collect();
    // The surnames of full names, and the one-word names of places and organisations: a common word that is one
    // of them may be a person's name here.
    let vouched_words: HashSet<&str> = full_name_surnames(&words, &mentions)
        .into_iter()
        .chain(
            mentions
                .iter()
                .filter(|m| m.kind != EntityKind::Person && m.first == m.last)
                .map(|m| words[m.first]),
        )
        .map(strip_possessive_word)
        .collect();
    mentions.retain(|m| {
        let single = (m.first == m.last).then(|| strip_possessive_word(words[m.first]));
        // "three Republican hopefuls": a party's adjective alone is no name.
        if single.is_some_and(is_party_adjective) {
            return false;
        }
        if m.kind != EntityKind::Person {
            return true;
        }
        // A title ("Mr. Musk") or "the" before the name.
        let vouched = || {
            let before = lower_case(if m.first > 0 { words[m.first - 1] } else { "" });
            before == "the" || gazetteer::is_title(&before)
        };
        // "Still, ...": one common word that no full name of the text ends with, with no title or "the" before
        // it, no given name of the lists and no verb of saying after it, names no one; nor does another party's
        // word ("Conservative") as a person.
        if let Some(w) = single {
            let party = matches!(
                w,
                "Conservative" | "Liberal" | "Socialist" | "Progressive" | "Libertarian"
            );
            // "Vines said": a name before a verb of saying stays.
            let speaks = matches!(
                words.get(m.last + 1).copied(),
                Some("said" | "says" | "told" | "added" | "asked" | "wrote" | "tweeted")
            );
            if party
                || (!speaks
                    && gazetteer::is_common_word(&w.to_lowercase())
                    && !vouched_words.contains(w)
                    && gaz.word_flags(w) & GIVEN == 0
                    && !vouched())
            {
                return false;
            }
        }
        let name = &words[m.first..=m.last];
        let office = matches!(
            name[name.len() - 1].to_lowercase().as_str(),
            "secretary"
                | "minister"
                | "president"
                | "director"
                | "chancellor"
                | "commissioner"
                | "ambassador"
        );
        let office_alone = (2..=3).contains(&name.len())
            && office
            && name.iter().all(|w| {
                let lower = w.to_lowercase();
                gazetteer::is_title(&lower) || gazetteer::is_common_word(&lower) || !name_word(w)
            });
        // A name of the world lists alone does not save a common word ("State", "Kingdom", "Electric" are given
        // names there), unless a title or "the" stands before it ("the Eagles" is left to the rule that makes it
        // a club).
        let common_word = name.len() == 1
            && gazetteer::is_common_word(&name[0].to_lowercase())
            && gaz.word_flags(name[0]) & CENSUS_NAME == 0
            && !(name_word(name[0]) && vouched())
            && !family_names.contains(strip_possessive_word(name[0]));
        // "Visual Arts", "Hidden Stash": nor do several, none of them a name word (a name with "The" is left to
        // the rule that makes it an organisation).
        let common_words = name.len() >= 2
            && !name[0].eq_ignore_ascii_case("the")
            && name.iter().all(|w| {
                let lower = w.to_lowercase();
                gazetteer::is_common_word(lower.trim_end_matches(['\'', '’'])) && !name_word(w)
            });
        // "Tomas Lindqvist Photographic Legacy Program": nor a full name with common words after it, the name
        // of something named after the person.
        let named_after = gaz.word_flags(name[0]) & GIVEN != 0 && named_after_person(name);
        // "on Karl Dahl Street", "on Hermenegildo Galeana Street": a name ending in a word for a street after a
        // preposition of place (past at most two more capitalised words) is an address ("Mayor John Street" stays).
        let street = is_street_word(name[name.len() - 1])
            && name.len() >= 2
            && words[..m.first]
                .iter()
                .rev()
                .take(3)
                .find(|w| !w.starts_with(char::is_uppercase))
                .is_some_and(|w| matches!(*w, "on" | "at" | "off" | "along" | "down" | "near"));
        !(office_alone || common_word || common_words || named_after || street)
    });
    trim_to_known_places(&words, &mut mentions, gaz);
    split_place_before_name(&words, &mut mentions, gaz);
    drop_event_places(&words, &mut mentions);
    // "sent to Rehabilitation Project Force in Sydney", "the Kessa Party": a name of two words or more ending in an
    // institution's word that no list knows as a place is the institution.
    for m in mentions
        .iter_mut()
        .filter(|m| m.kind == EntityKind::Place && m.first < m.last)
    {
        let last = strip_possessive_word(words[m.last]);
        if (super::orgs::is_institution_word(last)
            || matches!(last, "Force" | "Forces" | "Army" | "Navy"))
            && gaz.phrase_flags(&words[m.first..=m.last]) & PLACE == 0
        {
            m.kind = EntityKind::Organization;
        }
    }
    // "the mean cost fixed by the State", "sent to Rehabilitation": one common word that no list knows as a place
    // is no place, unless the words around it make it one ("the village of Marten").
    mentions.retain(|m| {
        !(m.kind == EntityKind::Place
            && m.first == m.last
            && gazetteer::is_common_word(&lower_case(strip_possessive_word(words[m.first])))
            && gaz.word_flags(words[m.first]) & PLACE == 0
            && !super::rules::place_cue(&words, &starts, m.first, m.last, gaz))
    });
    strip_opening_words(&words, &starts, &mut mentions, true);
    the_names_no_person(&words, &mut mentions, gaz);
    drop_titles_of_works(&words, &starts, &mut mentions);
    organisations_by_noun(&words, &mut mentions);
    drop_things_written_with_the(&words, &mut mentions, gaz);
    drop_families(&words, &mut mentions);
    people_not_places(&words, &mut mentions, gaz);
    drop_common_nouns(&words, &starts, &mut mentions, gaz);
    drop_inside_addresses(text, tokens, &mut mentions);
    split_at_offices(&words, &mut mentions, gaz);
    // A run of capitalised words longer than any name (a shouted line, a generated text) names no one.
    mentions.retain(|m| m.last - m.first < MAX_NAME_TOKENS);
    // "In August Lund met", "a June Lund rally": a month opening a name after a preposition of time or an article
    // is the date's ("April Lund" alone may be a woman's name).
    for m in mentions
        .iter_mut()
        .filter(|m| m.kind == EntityKind::Person && m.last > m.first && m.first > 0)
    {
        let dated = matches!(
            lower_case(words[m.first - 1]).as_ref(),
            "in" | "a"
                | "an"
                | "the"
                | "since"
                | "last"
                | "this"
                | "next"
                | "early"
                | "late"
                | "mid"
                | "until"
                | "during"
                | "through"
        );
        if dated && crate::util::MONTHS.contains(&lower_case(words[m.first]).as_ref()) {
            m.first += 1;
        }
    }
    let surnames = shared_surnames(&words, &mut mentions, gaz);
    group(text, tokens, &words, &mentions, &surnames, gaz)
}

/// "Tomas and Maren Lund": a given name alone before "and" and a person's full name shares that name's surname.
/// Returns, for each such given name's mention (by its token), the surname's tokens; a given name of the lists
/// that the tagger left out is added as a person. The given name must stand nowhere else in the text as a name or
/// part of one, save with that surname ("Anna and Tom Lund" after "Anna Holt"; "Tom Berg and Anna Lund"), have
/// no title or capitalised word before it ("Mr. Berg and Tom Lund", "Anna Berg and Tom Lund"), nor "and" or a
/// comma after a name ("Kari, Maren and Lena Holt" lists people of one name; "the parents, Tomas and Maren Lund"
/// is a pair), and be no surname of the lists alone; the full name must be of name words ("Ports and Home
/// Affairs").
fn shared_surnames(
    words: &[&str],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) -> HashMap<usize, (usize, usize), FastBuild> {
    let mut shared: HashMap<usize, (usize, usize), FastBuild> = HashMap::default();
    // For each token inside a mention, that mention.
    let mut covering: HashMap<usize, usize, FastBuild> = HashMap::default();
    // How often each word stands in a person's name, and how often in each full name.
    let mut in_names: HashMap<&str, usize, FastBuild> = HashMap::default();
    let mut in_full_names: HashMap<(&str, &[&str]), usize, FastBuild> = HashMap::default();
    for (k, m) in mentions.iter().enumerate() {
        for t in m.first..=m.last {
            covering.insert(t, k);
        }
        if m.kind == EntityKind::Person && m.last - m.first < MAX_NAME_TOKENS {
            for w in &words[m.first..=m.last] {
                *in_names.entry(strip_possessive_word(w)).or_default() += 1;
            }
            if m.last > m.first {
                *in_full_names
                    .entry((words[m.first], &words[m.first + 1..=m.last]))
                    .or_default() += 1;
            }
        }
    }
    // "Home Affairs": a common word, or its plural, is no name unless the lists know it as one.
    let name_word = |w: &str, flag: u32| {
        let lower = lower_case(w);
        gaz.word_flags(w) & flag != 0
            || !(gazetteer::is_common_word(&lower)
                || lower
                    .strip_suffix('s')
                    .is_some_and(gazetteer::is_common_word))
    };
    let mut added = Vec::new();
    for m in mentions.iter() {
        // The full name after "and": a given name and a surname of one or two words.
        if m.kind != EntityKind::Person || !(1..=2).contains(&(m.last - m.first)) || m.first < 2 {
            continue;
        }
        let (and, given) = (m.first - 1, m.first - 2);
        let word = words[given];
        let flags = gaz.word_flags(word);
        let surname = &words[m.first + 1..=m.last];
        let tagged = match covering.get(&given).map(|&k| &mentions[k]) {
            Some(g) if g.first == given && g.last == given && g.kind == EntityKind::Person => true,
            Some(_) => continue,
            None => false,
        };
        // The given name's uses as a name: this one, and any with this surname.
        let uses = usize::from(tagged) + in_full_names.get(&(word, surname)).copied().unwrap_or(0);
        let fits = words[and] == "and"
            && word.len() > 1
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && !is_never_name(&lower_case(word))
            && !(flags & SURNAME != 0 && flags & GIVEN == 0)
            && in_names.get(word).copied().unwrap_or(0) <= uses
            && !(given > 0 && {
                let before = words[given - 1];
                // "The parents, Tomas and Maren Lund": a comma after a word in lower case sets the pair off.
                let listed = before == ","
                    && (given < 2 || words[given - 2].starts_with(char::is_uppercase));
                listed
                    || matches!(before, "and" | "&")
                    || gazetteer::is_title(&lower_case(before))
                    // "Anna Berg and Tom Lund": the word is a surname.
                    || before.starts_with(char::is_uppercase)
            })
            && name_word(word, GIVEN)
            && name_word(words[m.first], GIVEN)
            && surname.iter().all(|w| name_word(w, SURNAME))
            // "Holm and Tavik Streets": two streets, whose word may be plural.
            && !surname.iter().any(|w| {
                super::rules::not_in_person_names(w)
                    || w.strip_suffix('s').is_some_and(super::rules::not_in_person_names)
            });
        if !fits || (!tagged && flags & GIVEN == 0) {
            continue;
        }
        if !tagged {
            added.push(Mention {
                first: given,
                last: given,
                kind: EntityKind::Person,
            });
        }
        shared.insert(given, (m.first + 1, m.last));
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.first);
    }
    shared
}

/// "Ambassador to the United States Tomas Lindqvist": a country or region run into the name of a person named
/// elsewhere in the text is the place, then the person. "The United Kingdom Home Office", where the rest is an
/// organisation named on its own elsewhere, is the organisation's name as a whole.
fn split_place_before_name(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let named: HashMap<&[&str], EntityKind> = mentions
        .iter()
        .filter(|m| match m.kind {
            EntityKind::Person => m.last > m.first,
            EntityKind::Organization => true,
            EntityKind::Place => false,
        })
        .map(|m| (&words[m.first..=m.last], m.kind))
        .collect();
    if named.is_empty() {
        return;
    }
    let mut added = Vec::new();
    // Runs longer than any name are not split (trying every cut of a run grows with the square of its length).
    for m in mentions.iter_mut().filter(|m| {
        m.kind != EntityKind::Person
            && m.last > m.first
            && m.last - m.first < MAX_NAME_TOKENS
            && gaz.phrase_flags(&words[m.first..=m.last]) & PLACE == 0
    }) {
        let split = (m.first..m.last).find_map(|e| {
            let kind = *named.get(&words[e + 1..=m.last])?;
            (gaz.phrase_flags(&words[m.first..=e]) & (COUNTRY | REGION) != 0).then_some((e, kind))
        });
        match split {
            Some((e, EntityKind::Person)) if e > m.first || m.last - e >= 2 => {
                added.push(Mention {
                    first: e + 1,
                    last: m.last,
                    kind: EntityKind::Person,
                });
                m.last = e;
                m.kind = EntityKind::Place;
            }
            Some((_, EntityKind::Organization)) => m.kind = EntityKind::Organization,
            _ => {}
        }
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.first);
    }
}

/// "Tom Okafor Wins Harbour Vote On Budget", a headline in title case inside the text: there a person's name holds
/// no small word ("On") and no common word that no national name list holds ("Wins"); the name is cut to the
/// name words before the first such word, and dropped when it opens with one. A line is in title case when two
/// small words are capitalised inside its sentences and none is written in lower case.
fn cut_people_in_title_case_lines(
    words: &[&str],
    new_line: &[bool],
    starts: &[bool],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) {
    const SMALL: &[&str] = &[
        "To", "With", "And", "In", "Of", "For", "On", "At", "Is", "Are", "From", "By", "As",
        "Over", "After", "About", "Into", "Than", "Be", "Has", "Have", "Will", "Not",
    ];
    let small = |w: &str| w.len() <= 5 && SMALL.contains(&w);
    // For each token, whether its line is in title case (one pass over lines).
    let mut title = vec![false; words.len()];
    let mut start = 0;
    while start < words.len() {
        let end = (start + 1..words.len())
            .find(|&i| new_line[i])
            .unwrap_or(words.len());
        let capitalised_small = (start + 1..end)
            .filter(|&i| !starts[i] && small(words[i]))
            .take(2)
            .count();
        // Prose has the same small words in lower case ("James To spoke to the council").
        let lower_small = || {
            (start..end).any(|i| {
                words[i].len() <= 5
                    && words[i].starts_with(|c: char| c.is_ascii_lowercase())
                    && SMALL.iter().any(|s| s.eq_ignore_ascii_case(words[i]))
            })
        };
        if capitalised_small >= 2 && !lower_small() {
            title[start..end].iter_mut().for_each(|t| *t = true);
        }
        start = end;
    }
    if !title.contains(&true) {
        return;
    }
    let not_a_name_word = |w: &str| {
        small(w)
            || (gazetteer::is_common_word(&lower_case(w)) && gaz.word_flags(w) & CENSUS_NAME == 0)
    };
    mentions.retain_mut(|m| {
        if m.kind != EntityKind::Person || !title[m.first] {
            return true;
        }
        if not_a_name_word(words[m.first]) {
            return false;
        }
        if let Some(k) = (m.first + 1..=m.last).find(|&k| not_a_name_word(words[k])) {
            m.last = k - 1;
        }
        true
    });
}

/// The most tokens a name may have: the longest names in the NER training and evaluation sets have 10 to 13
/// words (a book's title, a mining company's).
const MAX_NAME_TOKENS: usize = 20;

/// A name that runs on past a known place: "NORWAY BEAT NORTHERN IRELAND" in a headline of capitals (the
/// places in it, not the verb), "South Africa's Anglicans" and "New Zealand - Tries" (the place before the
/// possessive or the dash). Only when the whole is no known place or organisation.
fn trim_to_known_places(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let known_place = |a: usize, b: usize| gaz.phrase_flags(&words[a..=b]) & PLACE != 0;
    // The longest country, region or major city starting at `a` and ending by `b` (a headline's "RUGBY UNION"
    // holds two small towns' names).
    let longest = |a: usize, b: usize| {
        (a..=b.min(a + 5))
            .rev()
            .find(|&e| gaz.phrase_flags(&words[a..=e]) & (COUNTRY | REGION | CITY_MAJOR) != 0)
    };
    // Every such place in `a..=b`, into `added`.
    let places_in = |a: usize, b: usize, added: &mut Vec<Mention>| {
        let mut at = a;
        while at <= b {
            match longest(at, b) {
                Some(e) => {
                    added.push(Mention {
                        first: at,
                        last: e,
                        kind: EntityKind::Place,
                    });
                    at = e + 1;
                }
                None => at += 1,
            }
        }
    };
    let caps = |w: &str| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase);
    let mut added = Vec::new();
    for m in mentions.iter_mut() {
        if m.first == m.last || gaz.phrase_flags(&words[m.first..=m.last]) & (PLACE | ORG) != 0 {
            continue;
        }
        // "the Los Angeles Sheriff's office": an office's word after a known place is the office's.
        if m.kind == EntityKind::Place
            && super::rules::is_title_or_role(&lower_case(strip_possessive_word(words[m.last])))
            && known_place(m.first, m.last - 1)
        {
            m.last -= 1;
            continue;
        }
        let run = &words[m.first..=m.last];
        // A possessive only inside a place ("Saudi Arabia's Civil Defense Authority" is an organisation's name).
        if let Some(cut) = run
            .iter()
            .position(|w| {
                (is_possessive(w) && m.kind == EntityKind::Place) || matches!(*w, "-" | "—" | "–")
            })
            .filter(|&cut| cut > 0 && known_place(m.first, m.first + cut - 1))
        {
            // "Chiang Mai - Bangkok": the place after the dash too.
            places_in(m.first + cut + 1, m.last, &mut added);
            m.last = m.first + cut - 1;
            m.kind = EntityKind::Place;
            continue;
        }
        if m.kind == EntityKind::Person || !run.iter().all(|w| caps(w)) {
            continue;
        }
        let Some(end) = longest(m.first, m.last - 1) else {
            continue;
        };
        places_in(end + 1, m.last, &mut added);
        m.last = end;
        m.kind = EntityKind::Place;
    }
    if !added.is_empty() {
        mentions.extend(added);
        mentions.sort_by_key(|m| m.first);
    }
}

/// A one-word name the tagger took for a person that the text once uses as an organisation is one throughout:
/// with a plural verb ("Lendor are top of the table"), "X, based in ...", "X's" before a firm's or a club's noun
/// ("Lendor's output", "Lendor's players"), or X before a firm's noun with no possessive ("Lendor workers"). Not when a person named in full in the text ends with the word ("Anna
/// Jones ... Jones's players" stay hers).
fn organisations_by_usage(words: &[&str], mentions: &mut [Mention], gaz: &Gazetteer) {
    // "Lendor workers", "the Lendor plant": nouns a firm's name stands before as it is, where a person's would take
    // a possessive.
    let firm_modifier = |w: &str| {
        matches!(
            w,
            "workers"
                | "employees"
                | "executives"
                | "shareholders"
                | "plant"
                | "factory"
                | "headquarters"
                | "management"
        )
    };
    // After "Lendor's": those, and a firm's or a club's other nouns.
    let firm_noun = |w: &str| {
        firm_modifier(w)
            || matches!(
                w,
                "shares"
                    | "profit"
                    | "profits"
                    | "output"
                    | "revenue"
                    | "revenues"
                    | "sales"
                    | "board"
                    | "players"
                    | "fans"
                    | "stadium"
                    | "subsidiary"
            )
    };
    let used_as_organisation = |i: usize| {
        let next = |n: usize| words.get(i + n).copied().unwrap_or("");
        let word = words[i];
        // A known given name is a person's ("Eva and Gretchen were ..."), and so is the last of two names.
        if gaz.word_flags(word) & GIVEN != 0 {
            return false;
        }
        // Joined to a name before ("Eva and Gretchen were", "Eva, Gretchen are"), not after an opening phrase
        // ("After the match, Lendor are").
        let joined = i > 0
            && (matches!(words[i - 1], "and" | "&")
                || (words[i - 1] == "," && i >= 2 && is_name_word(words[i - 2])));
        (matches!(next(1), "are" | "were") && !word.ends_with('s') && !joined)
            || (next(1) == "," && next(2) == "based" && next(3) == "in")
            || (is_possessive(next(1)) && firm_noun(next(2)))
            || firm_modifier(next(1))
    };
    // Every occurrence of a one-word person's name counts, tagged or not ("Lendor lost on Saturday ... Lendor are
    // well placed"): the tagger often finds a name only once. Sets, not lists: a text of many such names stays
    // linear.
    let one_word: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.first == m.last)
        .map(|m| words[m.first])
        .collect();
    if one_word.is_empty() {
        return;
    }
    let mut organisations: HashSet<&str> = (0..words.len())
        .filter(|&i| one_word.contains(words[i]) && used_as_organisation(i))
        .map(|i| words[i])
        .collect();
    if organisations.is_empty() {
        return;
    }
    for surname in full_name_surnames(words, mentions) {
        organisations.remove(surname);
    }
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person
            && m.first == m.last
            && organisations.contains(words[m.first])
        {
            m.kind = EntityKind::Organization;
        }
    }
}

/// The last words of the people named in two words or more ("Berg" of "Anna Berg"): a one-word name among them is
/// that person's surname, whatever else it looks like.
pub(crate) fn full_name_surnames<'a>(words: &[&'a str], mentions: &[Mention]) -> HashSet<&'a str> {
    mentions
        .iter()
        .filter(|p| p.kind == EntityKind::Person && p.last > p.first)
        .map(|p| words[p.last])
        .collect()
}

/// "Ban Ki-moon", "Leung Kwok-hung": in a name of two words whose second is a romanised given name (hyphened, in
/// lower case after the hyphen), the family name comes first. Its index.
fn family_name_first(words: &[&str], m: &Mention) -> Option<usize> {
    let given = words[m.last]
        .split_once('-')
        .is_some_and(|(head, rest)| !head.is_empty() && rest.starts_with(char::is_lowercase));
    (m.kind == EntityKind::Person && m.last == m.first + 1 && given).then_some(m.first)
}

/// Mentions that name no one: an adjective made from a place ("an Oslo-based group", "Lisbon-listed"), and a
/// headline's common words in capitals taken for a person ("STOCKS SLIDE AS YIELDS CLIMB").
fn drop_non_names(words: &[&str], mentions: &mut Vec<Mention>) {
    // "the aircraft carrier Tom Okafor", "the ferry Anna Berg": a ship named for a person is no mention of them,
    // nor is any other mention of that name in the text ("The Tom Okafor sailed at dawn").
    let vessel = |i: usize| {
        matches!(
            words[i],
            "carrier"
                | "carriers"
                | "ship"
                | "ships"
                | "vessel"
                | "frigate"
                | "destroyer"
                | "submarine"
                | "tanker"
                | "freighter"
                | "liner"
                | "ferry"
                | "yacht"
                | "cruiser"
                | "warship"
                | "battleship"
                | "trawler"
        )
    };
    let ships: HashSet<&[&str]> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.first > 0 && vessel(m.first - 1))
        .map(|m| &words[m.first..=m.last])
        .collect();
    mentions.retain(|m| {
        if m.kind == EntityKind::Person && ships.contains(&words[m.first..=m.last]) {
            return false;
        }
        let last = words[m.last];
        let adjective = [
            "-based", "-listed", "-born", "-owned", "-backed", "-led", "-run", "-made", "-winner",
            "-winning",
        ]
        .iter()
        .any(|suffix| last.len() > suffix.len() && last.ends_with(suffix));
        // "on Saturday Night as crowds gathered": no person's name opens with a day of the week.
        let day_first = m.kind == EntityKind::Person
            && crate::util::DAYS.contains(&lower_case(words[m.first]).as_ref());
        let caps_common = m.kind == EntityKind::Person
            && words[m.first..=m.last].iter().all(|w| {
                w.len() > 2
                    && !w.chars().any(char::is_lowercase)
                    && gazetteer::is_common_word(&w.to_lowercase())
            });
        !adjective && !caps_common && !day_first
    });
}

/// "the Texas Open", "the Atlanta Games", "the Berlin Grand Prix": a place named in an event's name is not a
/// mention of the place; the event is no place either, nor a person.
fn drop_event_places(words: &[&str], mentions: &mut Vec<Mention>) {
    let event = |i: usize| {
        words.get(i).is_some_and(|w| {
            matches!(
                &*lower_case(w),
                "open"
                    | "games"
                    | "masters"
                    | "marathon"
                    | "classic"
                    | "olympics"
                    | "championship"
                    | "championships"
                    | "invitational"
                    | "cup"
                    | "prix"
            ) || (lower_case(w) == "grand"
                && words.get(i + 1).is_some_and(|n| lower_case(n) == "prix"))
        })
    };
    // "the Harbour Open", "a Cup winner", "the Series final", "the Second Battle": no person's name ends with an
    // event's word ("Masters" may: "Tom Masters").
    let person_event = |i: usize| {
        (event(i) && lower_case(words[i]) != "masters")
            || matches!(
                &*lower_case(words[i]),
                "series"
                    | "bowl"
                    | "tour"
                    | "trophy"
                    | "battle"
                    | "uprising"
                    | "rebellion"
                    | "massacre"
            )
    };
    mentions.retain(|m| match m.kind {
        EntityKind::Place => !(event(m.last + 1) || (m.last > m.first && event(m.last))),
        EntityKind::Person => !person_event(m.last),
        _ => true,
    });
}

/// "the 1969 film Harbour Rider", "her novel Anna Catbird", "“A Quiet Harbour”", "bands such as The Velvet Tide":
/// the title of a work is no person. A person's name right after a word for a work, after a capitalised "A" or
/// "An" inside a sentence, or alone between quotation marks is dropped; after a band's word or a capitalised
/// "The" inside a sentence it is the band's, an organisation. Not when a verb of making follows the name after a
/// work's or a band's word ("the book Tom Lund wrote"), nor a nickname between names ("William “Cowboy” Cowley").
fn drop_titles_of_works(words: &[&str], starts: &[bool], mentions: &mut Vec<Mention>) {
    let work = |w: &str| {
        matches!(
            w,
            "film"
                | "movie"
                | "novel"
                | "book"
                | "album"
                | "song"
                | "single"
                | "series"
                | "show"
                | "sitcom"
                | "game"
                | "videogame"
                | "play"
                | "musical"
                | "opera"
                | "documentary"
                | "episode"
                | "poem"
                | "painting"
                | "track"
                | "memoir"
                | "anthology"
        )
    };
    let band = |w: &str| matches!(w, "band" | "bands" | "duo");
    // "the book Tom Lund wrote": a verb of making after the name makes it the maker.
    let maker_follows = |i: usize| {
        words.get(i).is_some_and(|w| {
            matches!(
                *w,
                "wrote"
                    | "writes"
                    | "co-wrote"
                    | "penned"
                    | "published"
                    | "directed"
                    | "directs"
                    | "produced"
                    | "made"
                    | "makes"
                    | "recorded"
                    | "released"
                    | "composed"
                    | "edited"
                    | "painted"
                    | "sang"
                    | "sings"
                    | "starred"
                    | "stars"
                    | "narrated"
            )
        })
    };
    let opening_mark = |w: &str| matches!(w, "“" | "\"" | "‘");
    let closing_mark = |w: &str| matches!(w, "”" | "\"" | "’");
    let name_word = |i: Option<usize>| {
        i.and_then(|i| words.get(i))
            .is_some_and(|w| is_name_word(w))
    };
    mentions.retain_mut(|m| {
        if m.kind != EntityKind::Person || m.first == 0 {
            return true;
        }
        let before = words[m.first - 1];
        if work(before) && !maker_follows(m.last + 1) {
            return false;
        }
        let inside = !starts[m.first - 1];
        if matches!(before, "A" | "An") && inside && m.first < m.last {
            return false;
        }
        if (band(before) && !maker_follows(m.last + 1))
            || (before == "The" && inside && m.first < m.last)
        {
            m.kind = EntityKind::Organization;
            return true;
        }
        // Between quotation marks: the mark, perhaps an article or a number, the name, perhaps a stop, the mark.
        let mut open = m.first - 1;
        if open > 0
            && (matches!(before, "A" | "An" | "The")
                || before.starts_with(|c: char| c.is_ascii_digit()))
        {
            open -= 1;
        }
        let mut close = m.last + 1;
        if words
            .get(close)
            .is_some_and(|w| matches!(*w, "." | "," | "!" | "?"))
        {
            close += 1;
        }
        let quoted = opening_mark(words[open]) && words.get(close).is_some_and(|w| closing_mark(w));
        // "“Julie” <julie@...>": a name in marks before an address is the sender's.
        let address = words.get(close + 1) == Some(&"<");
        !(quoted && !address && !name_word(open.checked_sub(1)) && !name_word(Some(close + 1)))
    });
}

/// "the localist group Harbour Voice", "the schools Santo Lantern and ...", "Lantern Gonzaga, a private school in
/// Kessa": a name right after a word for an institution, or set off before "a" and such a word as the head of
/// its description, is the institution's, not a person's. Not when a verb follows the name ("the company Tom Lund
/// founded"), nor before a word that makes the institution's word a modifier ("a school teacher"). The same name
/// elsewhere in the text is the institution too.
fn organisations_by_noun(words: &[&str], mentions: &mut [Mention]) {
    let institution = |w: &str| {
        matches!(
            w,
            "school"
                | "schools"
                | "group"
                | "groups"
                | "party"
                | "company"
                | "firm"
                | "charity"
                | "club"
                | "newspaper"
                | "magazine"
                | "website"
                | "agency"
                | "organisation"
                | "organization"
                | "label"
                | "church"
                | "university"
                | "college"
                | "airline"
                | "startup"
                | "broadcaster"
        )
    };
    // What may follow an institution's name: no verb ("the charity Tom Lund founded").
    let may_follow = |w: Option<&&str>| {
        w.is_none_or(|w| {
            !w.starts_with(char::is_lowercase)
                || matches!(
                    *w,
                    "and"
                        | "or"
                        | "in"
                        | "of"
                        | "on"
                        | "at"
                        | "for"
                        | "from"
                        | "with"
                        | "which"
                        | "that"
                )
        })
    };
    // What may follow the head word of a description: a participle too ("a school founded in 1901").
    let may_follow_head = |w: Option<&&str>| {
        may_follow(w) || w.is_some_and(|w| matches!(*w, "based" | "founded" | "run" | "led"))
    };
    let mut found = HashSet::new();
    for m in mentions.iter_mut() {
        if m.first == 0 {
            continue;
        }
        // Named so already (by the organisation rules): the same name elsewhere is the institution too.
        if m.kind == EntityKind::Organization && institution(words[m.first - 1]) {
            found.insert(&words[m.first..=m.last]);
        }
        if m.kind != EntityKind::Person {
            continue;
        }
        let named_after = institution(words[m.first - 1]) && may_follow(words.get(m.last + 1));
        // ", a private school in": the article, at most three words in lower case, the head word.
        let described = words.get(m.last + 1) == Some(&",")
            && words
                .get(m.last + 2)
                .is_some_and(|w| matches!(*w, "a" | "an"))
            && (m.last + 3..(m.last + 7).min(words.len()))
                .take_while(|&i| words[i].starts_with(char::is_lowercase))
                .any(|i| institution(words[i]) && may_follow_head(words.get(i + 1)));
        if named_after || described {
            m.kind = EntityKind::Organization;
            found.insert(&words[m.first..=m.last]);
        }
    }
    // "the group Harbour Voice ... Harbour Voice's candidate": the same name elsewhere is the same institution.
    organisations_throughout(words, mentions, &found);
}

/// "the Boston Kestrels", "the Chicago Herons": a known place's name and then one capitalised plural that is no
/// surname and no word for a kind of place ("Florida Keys", "Kessa Heights") names a club, not a person or a place.
/// The place is a major city, a region or a country; one that is a given name as well stands after "the".
fn clubs_after_places(words: &[&str], mentions: &mut [Mention], gaz: &Gazetteer) {
    let place_plural = |w: &str| {
        matches!(
            w,
            "Islands"
                | "Isles"
                | "Heights"
                | "Falls"
                | "Springs"
                | "Hills"
                | "Lakes"
                | "Mountains"
                | "Plains"
                | "Highlands"
                | "Gardens"
                | "Woods"
                | "Flats"
                | "Fields"
                | "Banks"
                | "Sands"
                | "Rocks"
                | "Keys"
                | "Meadows"
                | "Narrows"
                | "Glades"
                | "Downs"
                | "Rapids"
                | "Territories"
                | "States"
                | "Provinces"
                | "Counties"
                | "Cities"
                | "Districts"
                | "Regions"
                | "Emirates"
                | "Times"
                | "News"
                | "Games"
                | "Olympics"
                | "Championships"
                | "Awards"
                | "Affairs"
                | "Relations"
                | "Services"
                | "Forces"
                | "Studies"
                | "Sciences"
                | "Arts"
        )
    };
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Person | EntityKind::Place) || m.first == m.last {
            continue;
        }
        let last = words[m.last];
        let plural = last.len() > 3
            && last.ends_with('s')
            && !last.ends_with("ss")
            && last.starts_with(char::is_uppercase)
            && last.chars().skip(1).all(|c| c.is_ascii_lowercase())
            && !place_plural(last)
            && gaz.word_flags(last) & (SURNAME | GIVEN | PLACE) == 0;
        if !plural || gaz.phrase_flags(&words[m.first..=m.last]) & (PLACE | ORG) != 0 {
            continue;
        }
        // A major city, a region or a country ("David", "Milton" are towns as well as given names); a given name
        // only after "the" ("the Houston Kestrels", not "Paul Reubens").
        let place = &words[m.first..m.last];
        let given = gaz.word_flags(place[0]) & GIVEN != 0;
        if gaz.phrase_flags(place) & (CITY_MAJOR | REGION | COUNTRY) != 0
            && (!given || (m.first > 0 && words[m.first - 1].eq_ignore_ascii_case("the")))
        {
            m.kind = EntityKind::Organization;
        }
    }
}

/// "[Caption] The plain on the day of Hajj ... the rites of the Hajj.": a word no list knows as a name that the
/// text writes as "the X" before a stop or a comma names a thing; alone it is no person either.
fn drop_things_written_with_the(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let things: HashSet<&str> = (1..words.len().saturating_sub(1))
        .filter(|&i| {
            words[i - 1] == "the"
                && is_name_word(words[i])
                && matches!(words[i + 1], "." | "," | ";" | ":" | "!" | "?")
                && gaz.word_flags(words[i]) & (SURNAME | GIVEN) == 0
        })
        .map(|i| words[i])
        .collect();
    if things.is_empty() {
        return;
    }
    let surnames = full_name_surnames(words, mentions);
    mentions.retain(|m| {
        !(m.kind == EntityKind::Person
            && m.first == m.last
            && things.contains(words[m.first])
            && !surnames.contains(words[m.first]))
    });
}

/// "The mayor met Lester on Monday": a one-word place the tagger found in a word that its features take for a city
/// and the rules do not (a city's alternate name that is a people's name, see `Gazetteer::features_only_place`) is
/// the person, unless a preposition of place, an article or an opening quotation mark stands before it ("in
/// Roma", "to Napoli", "The Hague", "a Vine video", a film's title), or it is a word of a longer capitalised name.
fn people_not_places(words: &[&str], mentions: &mut [Mention], gaz: &Gazetteer) {
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Place
            && m.first == m.last
            && gaz.features_only_place(words[m.first])
            && gaz.word_flags(words[m.first]) & (PLACE | DEMONYM) == 0
            // Not a word of a longer capitalised name the tagger cut ("Gold Star", "Los Angeles").
            && !words.get(m.first + 1).is_some_and(|w| is_name_word(w))
            && !(m.first > 0 && (is_name_word(words[m.first - 1]) || words[m.first - 1].ends_with('-')))
            && !(m.first > 0
                && matches!(
                    &*lower_case(words[m.first - 1]),
                    "in" | "at"
                        | "from"
                        | "to"
                        | "near"
                        | "of"
                        | "into"
                        | "outside"
                        | "across"
                        | "via"
                        | "the"
                        | "a"
                        | "an"
                        | "''"
                        | "“"
                        | "\""
                ))
        {
            m.kind = EntityKind::Person;
        }
    }
}

/// "the Okafors": the plural of a surname of people named in full in the text, after "the", is their family,
/// neither a place nor a person.
fn drop_families(words: &[&str], mentions: &mut Vec<Mention>) {
    let family = |m: &Mention| {
        m.first == m.last
            && m.first > 0
            && words[m.first - 1] == "the"
            && words[m.first].len() > 3
            && words[m.first].ends_with('s')
    };
    if !mentions.iter().any(family) {
        return;
    }
    let surnames = full_name_surnames(words, mentions);
    mentions.retain(|m| {
        !(family(m)
            && words[m.first]
                .strip_suffix('s')
                .is_some_and(|w| surnames.contains(w)))
    });
}

/// "at The Oval", "episodes of The Simpsons", "a vessel on The Solent": a name that begins with a capitalised
/// "The" is a place, a show, a band or a paper, never a person's: a place when the gazetteers know the rest as one,
/// else an organisation.
fn the_names_no_person(words: &[&str], mentions: &mut [Mention], gaz: &Gazetteer) {
    let known_name = |w: &str| gaz.word_flags(w) & (SURNAME | GIVEN) != 0;
    let mut after_the = HashSet::new();
    // "the Warhol Polaroids" beside "Andy Warhol": the surname of a person named in full, before a word, is his.
    let full_names = full_name_surnames(words, mentions);
    for m in mentions.iter_mut() {
        // "the Eagles organisation", "told the Sun": one name word after a lower-case "the" is no person's,
        // unless a known name before a noun ("the Okafor administration") or a family ("the Okafors").
        let before_noun = words.get(m.last + 1).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !matches!(
                    *w,
                    "and"
                        | "or"
                        | "but"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "to"
                        | "for"
                        | "with"
                        | "from"
                        | "by"
                        | "as"
                        | "than"
                        | "who"
                        | "which"
                        | "that"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "had"
                        | "have"
                        | "has"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "did"
                        | "do"
                        | "does"
                        | "also"
                        | "said"
                )
        });
        if m.kind == EntityKind::Person
            && m.first == m.last
            && m.first > 0
            && matches!(words[m.first - 1], "the" | "The" | "THE")
            && !(known_name(words[m.first]) && before_noun)
            && !words[m.first].strip_suffix('s').is_some_and(known_name)
            && !(full_names.contains(words[m.first])
                && words
                    .get(m.last + 1)
                    .is_some_and(|w| w.starts_with(char::is_alphabetic)))
        {
            m.kind = EntityKind::Organization;
            after_the.insert(&words[m.first..=m.last]);
            continue;
        }
        if m.kind != EntityKind::Person
            || m.first == m.last
            || !matches!(words[m.first], "The" | "THE")
        {
            continue;
        }
        if gaz.phrase_flags(&words[m.first + 1..=m.last]) & PLACE != 0 {
            m.first += 1;
            m.kind = EntityKind::Place;
        } else {
            m.kind = EntityKind::Organization;
        }
    }
    // "the Kestrels and the Herons ... Kestrels won": the same word alone elsewhere is the same organisation.
    organisations_throughout(words, mentions, &after_the);
}

/// The person mentions written as one of `names` are the organisation of that name, unless a person named in full
/// in the text ends with the name's one word.
fn organisations_throughout(words: &[&str], mentions: &mut [Mention], names: &HashSet<&[&str]>) {
    if names.is_empty() {
        return;
    }
    let surnames = full_name_surnames(words, mentions);
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person
            && names.contains(&words[m.first..=m.last])
            && !(m.first == m.last && surnames.contains(words[m.first]))
        {
            m.kind = EntityKind::Organization;
        }
    }
}

/// "Wages rose", "Tin slipped on Monday": a capitalised word opening a sentence that the text also writes in lower
/// case is a common noun, not a one-word person or minor place, unless it is a known given name ("Julie", whose
/// address may be "julie@...") or a person named in full ends with it ("Rose" and "Anna Rose").
fn drop_common_nouns(
    words: &[&str],
    starts: &[bool],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) {
    // "Unity brings plenty": so is a one-word place no list holds as a country or a major city.
    let minor_place = |m: &Mention| {
        m.kind == EntityKind::Place && gaz.word_flags(words[m.first]) & (COUNTRY | CITY_MAJOR) == 0
    };
    let suspect = |m: &Mention| {
        (m.kind == EntityKind::Person || minor_place(m))
            && m.first == m.last
            && starts[m.first]
            && words[m.first].chars().skip(1).all(char::is_lowercase)
            && gaz.word_flags(words[m.first]) & GIVEN == 0
    };
    if !mentions.iter().any(suspect) {
        return;
    }
    // Sets built once: scanning the text and the mentions per suspect made a text of many one-word names
    // quadratic (100,000 of them, 1.7 MB: 3 s).
    let lower_words: HashSet<&str> = words
        .iter()
        .copied()
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    // Words the text capitalises inside a sentence too: names, whatever a word list says.
    let capitalised_inside: HashSet<&str> = words
        .iter()
        .zip(starts)
        .filter(|(w, &start)| !start && w.starts_with(char::is_uppercase))
        .map(|(w, _)| *w)
        .collect();
    let surnames = full_name_surnames(words, mentions);
    let drop: Vec<bool> = mentions
        .iter()
        .map(|m| {
            suspect(m) && {
                let lower = words[m.first].to_lowercase();
                (lower_words.contains(lower.as_str())
                    || (gazetteer::is_common_word(&lower)
                        && !capitalised_inside.contains(words[m.first])
                        // "Vines said": a surname before a verb of saying.
                        && !words.get(m.first + 1).is_some_and(|w| is_speech_verb(w))))
                    && !surnames.contains(words[m.first])
            }
        })
        .collect();
    let mut drop = drop.into_iter();
    mentions.retain(|_| !drop.next().unwrap_or(false));
}

/// A name does not run over a line break: "Maria" ending one line of a list and "Lopez" starting the
/// next are two mentions.
fn split_at_line_breaks(new_line: &[bool], mentions: &mut Vec<Mention>) {
    let breaks_before = |i: usize| new_line[i];
    if !mentions
        .iter()
        .any(|m| (m.first + 1..=m.last).any(breaks_before))
    {
        return;
    }
    let mut split = Vec::with_capacity(mentions.len() + 1);
    for m in mentions.drain(..) {
        let mut first = m.first;
        for i in m.first + 1..=m.last {
            if breaks_before(i) {
                split.push(Mention {
                    first,
                    last: i - 1,
                    kind: m.kind,
                });
                first = i;
            }
        }
        split.push(Mention { first, ..m });
    }
    *mentions = split;
}

/// "Republican Donald Trump", "Russian Vladimir Putin": a party or nationality before a person's name (not a given
/// name such as "Christian" before a surname); and in a name of three words or more, a word no list knows as a
/// name before a given name ("Tennis star" aside, a nickname or an epithet: "Honest Anna Berg").
fn strip_before_name(words: &[&str], m: &mut Mention, gaz: &Gazetteer) {
    // "Christian Okafor": a nationality's or a faith's word that is also a given name is the given name of a
    // two-word name whose other word is neither a given name nor a nationality ("Sunni Arab").
    let given_name = |first: usize, last: usize| {
        last == first + 1
            && gaz.word_flags(words[first]) & GIVEN != 0
            && gaz.word_flags(words[last]) & (GIVEN | DEMONYM) == 0
    };
    while m.kind == EntityKind::Person
        && !given_name(m.first, m.last)
        && m.first < m.last
        && (is_party_word(words[m.first])
            || gaz.word_flags(words[m.first]) & DEMONYM != 0
            || (m.last - m.first >= 2 && unknown_before_given_name(words, m.first, gaz)))
    {
        m.first += 1;
    }
}

/// A word no list knows as a name right before a known given name: an epithet, a nickname or a description. Not
/// before "Ben" or "Bin" opening an Arabic family name ("Farouk Ben Mustapha").
fn unknown_before_given_name(words: &[&str], i: usize, gaz: &Gazetteer) -> bool {
    gaz.word_flags(words[i]) & (GIVEN | SURNAME) == 0
        && gaz.word_flags(words[i + 1]) & GIVEN != 0
        && !matches!(words[i + 1], "Ben" | "Bin")
}

/// Whether `words[i]` is a title (an office, an honorific) followed by a name word.
fn title_before_name(words: &[&str], i: usize) -> bool {
    words
        .get(i)
        .is_some_and(|w| gazetteer::is_title(&w.to_lowercase()))
        && words.get(i + 1).is_some_and(|w| is_name_word(w))
}

/// "Home Secretary Anna Berg", "Refugee Council chief Tom Okafor": a person's name starts after the last title
/// inside it, when two name words follow ("Martin Luther King Jr." keeps its "King").
fn cut_at_inner_title(words: &[&str], m: &mut Mention) {
    if m.kind != EntityKind::Person {
        return;
    }
    let title = (m.first..m.last.saturating_sub(1))
        .rev()
        .find(|&i| title_before_name(words, i));
    if let Some(i) = title {
        m.first = i + 1;
    }
}

/// A capitalised word that no list knows as a name, right before a known given name: "Honest" in "Honest Anna
/// Berg". Initials ("A. Ross Eckler") and all-caps words are not name words, so they stay.
fn is_epithet_before_given_name(words: &[&str], i: usize, gaz: &Gazetteer) -> bool {
    is_name_word(words[i])
        && gaz.word_flags(words[i]) & DEMONYM == 0
        && !is_party_word(words[i])
        && unknown_before_given_name(words, i, gaz)
}

/// "Peter Nicol of Scotland", "Ana Ruiz of Acme Partners": a person of two words or more, then "of" and where
/// they are from or work, is the person and a place or an organisation. So is an organisation made of a given name,
/// one or two name words, "of" and a known place.
fn split_person_of(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let mut extra = Vec::new();
    for m in mentions
        .iter_mut()
        .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
    {
        let Some(of) = (m.first + 2..m.last).find(|&i| words[i] == "of") else {
            continue;
        };
        // "Anna Maria Berg of Norway" tagged as an organisation: a known given name and one or two name words
        // (none an institution's) before "of" and a known place.
        if m.kind == EntityKind::Organization
            && !(of - m.first <= 3
                && gaz.word_flags(words[m.first]) & GIVEN != 0
                && gaz.word_flags(words[m.first]) & (PLACE | ORG) == 0
                && words[m.first..of]
                    .iter()
                    .all(|w| is_name_word(w) && !super::orgs::is_institution_word(w))
                && gaz.phrase_flags(&words[of + 1..=m.last]) & PLACE != 0)
        {
            continue;
        }
        m.kind = EntityKind::Person;
        let rest = Mention {
            first: of + 1,
            last: m.last,
            kind: if gaz.phrase_flags(&words[of + 1..=m.last]) & PLACE != 0 {
                EntityKind::Place
            } else {
                EntityKind::Organization
            },
        };
        m.last = of - 1;
        extra.extend(clean(words, rest, gaz));
    }
    if !extra.is_empty() {
        mentions.extend(extra);
        mentions.sort_by_key(|m| m.first);
    }
}

/// "SEATTLE AT PORTLAND" tagged as one name: in a line of capitals, "AT" is the word between a visiting team
/// and the place of the game, so the name ends before it and what follows is the venue.
fn split_at_venue(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        let Some(at) = (m.first..=m.last).find(|&i| words[i] == "AT") else {
            out.push(m);
            continue;
        };
        if at > m.first {
            out.extend(clean(words, Mention { last: at - 1, ..m }, gaz));
        }
        if at < m.last {
            let venue = &words[at + 1..=m.last];
            let kind = if gaz.phrase_flags(venue) & PLACE != 0 {
                EntityKind::Place
            } else {
                m.kind
            };
            out.extend(clean(
                words,
                Mention {
                    first: at + 1,
                    last: m.last,
                    kind,
                },
                gaz,
            ));
        }
    }
    *mentions = out;
}

/// The last word of a street's name.
fn is_street_word(word: &str) -> bool {
    matches!(
        word,
        "Street" | "Avenue" | "Road" | "Boulevard" | "Lane" | "Drive"
    )
}

/// The last word of a street's or a road's name, abbreviations included.
fn is_road_word(word: &str) -> bool {
    is_street_word(word) || matches!(word, "Blvd" | "Highway" | "Turnpike")
}

/// "the Red Cross on Main Street" tagged as one organisation: a name that ends in a word for a street after an
/// inner "on" or "at" is a name and its address, and the address is a place; so is an organisation's name of two
/// words or more that ends in a street word with no institution's word in it ("Lemoine Avenue").
fn split_at_addresses(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let mut out = Vec::with_capacity(mentions.len());
    for mut m in mentions.drain(..) {
        if m.kind == EntityKind::Place || m.first == m.last || !is_road_word(words[m.last]) {
            out.push(m);
            continue;
        }
        let at = (m.first + 1..m.last - 1)
            .rev()
            .find(|&i| matches!(words[i], "on" | "at"));
        if let Some(at) = at {
            out.extend(clean(words, Mention { last: at - 1, ..m }, gaz));
            out.extend(clean(
                words,
                Mention {
                    first: at + 1,
                    last: m.last,
                    kind: EntityKind::Place,
                },
                gaz,
            ));
            continue;
        }
        if m.kind == EntityKind::Organization
            && !words[m.first..m.last]
                .iter()
                .any(|w| super::orgs::is_institution_word(strip_possessive_word(w)))
        {
            m.kind = EntityKind::Place;
        }
        out.push(m);
    }
    *mentions = out;
}

/// "North and South Korea" tagged as one name: two places sharing a name after two compass words. The second,
/// which the gazetteers know ("South Korea"), is kept as a place; the first, a compass word alone, names
/// nothing by itself and is dropped.
fn paired_compass_places(words: &[&str], mentions: &mut [Mention], gaz: &Gazetteer) {
    let compass = |w: &str| {
        matches!(
            w,
            "North" | "South" | "East" | "West" | "Northern" | "Southern" | "Eastern" | "Western"
        )
    };
    for m in mentions.iter_mut() {
        if m.last >= m.first + 3
            && compass(words[m.first])
            && words[m.first + 1] == "and"
            && compass(words[m.first + 2])
            && gaz.phrase_flags(&words[m.first + 2..=m.last]) & PLACE != 0
        {
            m.first += 2;
            m.kind = EntityKind::Place;
        }
    }
}

/// "Hong" + "Kong" tagged as two touching places: one place when the gazetteers know the whole name; so is
/// "South" + an untagged "Carolina".
fn merge_split_places(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let all: Vec<Mention> = std::mem::take(mentions);
    let mut merged: Vec<Mention> = Vec::with_capacity(all.len());
    // The end of a place grown over the mentions after it ("New" + "South" + "Wales"): they are part of it.
    let mut grown_to = None;
    for (n, &m) in all.iter().enumerate() {
        if grown_to.is_some_and(|end| m.last <= end) {
            continue;
        }
        let mut m = m;
        // "New" left untagged before "Hampshire": one name word before a place that makes a longer known place.
        if m.kind == EntityKind::Place
            && m.first > 0
            && super::rules::is_name_word(words[m.first - 1])
            && !words[m.first - 1].eq_ignore_ascii_case("the")
            && merged.last().is_none_or(|p: &Mention| p.last + 1 < m.first)
            && gaz.phrase_flags(&words[m.first - 1..=m.last]) & PLACE != 0
        {
            m.first -= 1;
        }
        if m.kind == EntityKind::Place {
            // Up to two more words, a joining word among them ("Bosnia" + "and Herzegovina"); a name does not
            // grow into a mention that goes on past it.
            let longer = (m.last + 1..words.len().min(m.last + 3))
                .take_while(|&e| {
                    super::rules::is_name_word(words[e]) || matches!(words[e], "and" | "of")
                })
                .filter(|&e| gaz.phrase_flags(&words[m.first..=e]) & PLACE != 0)
                .filter(|&e| {
                    !all[n + 1..]
                        .iter()
                        .take_while(|o| o.first <= e)
                        .any(|o| o.last > e)
                })
                .last();
            if let Some(last) = longer {
                m.last = last;
                grown_to = Some(last);
            }
        }
        if let Some(prev) = merged.last_mut() {
            if prev.kind == EntityKind::Place
                && m.kind == EntityKind::Place
                && prev.last + 1 == m.first
                && gaz.phrase_flags(&words[prev.first..=m.last]) & PLACE != 0
            {
                prev.last = m.last;
                continue;
            }
        }
        merged.push(m);
    }
    *mentions = merged;
}

/// A lower-case word inside a tagged person that is a role, not part of the name ("spokesman"); name particles
/// ("de", "van", "bin") stay. A contraction ("wasn't") is no name word either.
fn is_role_word(word: &str) -> bool {
    word.len() > 3
        && word
            .chars()
            .all(|c| c.is_lowercase() || matches!(c, '-' | '\'' | '’'))
}

/// A number in Roman numerals of two to four letters: "II", "IV", "XIV".
fn is_roman_numeral(word: &str) -> bool {
    (2..=4).contains(&word.len()) && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

pub(crate) fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'S" | "’S" | "'" | "’")
}

fn is_punct(word: &str) -> bool {
    word.chars().all(|c| !c.is_alphanumeric())
}

/// "According to ...", "On September 3 ...", "After Anna Berg left": a word that opens a sentence in capitals only
/// because it opens it (a preposition, a conjunction, a determiner, a question's verb, a web page's imperative) is
/// not part of the name after it, nor a name.
/// The quote finder's `is_capitalised_function_word` is a wider list, for where a speaker's phrase begins; a name
/// may begin with some of its words ("The Hague", "Still Waters"), so the two lists stay apart.
fn strip_opening_words(words: &[&str], starts: &[bool], mentions: &mut Vec<Mention>, counts: bool) {
    // A count before a name: "More Anna Berg emails released", "Many Berg voters". Only from the names the rules
    // have made: the tagger may take "More" alone for a person, and the rules make it the start of the full name
    // after it.
    let count = |i: usize| {
        counts
            && starts[i]
            && matches!(
                &*lower_case(words[i]),
                "more" | "most" | "many" | "some" | "several" | "every"
            )
    };
    let opening = |i: usize| count(i) || (starts[i] && is_opening_word(&lower_case(words[i])));
    // "Will Lindqvist run again?": "Will" and "May" open a question as its verb, and a name as a given name.
    let asks = |m: &Mention| {
        starts[m.first]
            && matches!(words[m.first], "Will" | "May")
            && m.first < m.last
            && words[m.last + 1..]
                .iter()
                .zip(&starts[m.last + 1..])
                .take_while(|(_, &start)| !start)
                .any(|(w, _)| *w == "?")
    };
    mentions.retain_mut(|m| {
        if !opening(m.first) && !asks(m) {
            return true;
        }
        m.first += 1;
        // What remains passes the word test the other names passed ("On September 3": no one).
        m.first < m.last || (m.first == m.last && !is_never_name(&lower_case(words[m.first])))
    });
}

/// A lower-case word that opens a sentence before a name without being part of it: "According", "On",
/// "Meanwhile", a question's verb ("Can Lindqvist win?"), a web page's imperative ("Follow Anna Berg").
pub(crate) fn is_opening_word(lower: &str) -> bool {
    matches!(
        lower,
        "according"
            | "on"
            | "in"
            | "at"
            | "after"
            | "before"
            | "during"
            | "although"
            | "when"
            | "while"
            | "if"
            | "but"
            | "and"
            | "or"
            | "so"
            | "this"
            | "that"
            | "these"
            | "those"
            | "for"
            | "from"
            | "with"
            | "by"
            | "since"
            | "as"
            | "meanwhile"
            | "however"
            | "despite"
            | "following"
            | "outside"
            | "amid"
            | "among"
            | "throughout"
            | "without"
            | "within"
            | "toward"
            | "towards"
            | "unlike"
            | "against"
            | "across"
            | "through"
            | "around"
            | "along"
            | "inside"
            | "behind"
            | "between"
            | "into"
            | "upon"
            | "given"
            | "until"
            | "unless"
            | "because"
            | "though"
            | "yet"
            | "former"
            // A question's or a headline's opening verb: "Can Lindqvist win?", "Had Lindqvist known".
            | "can"
            | "could"
            | "should"
            | "would"
            | "did"
            | "does"
            | "had"
            | "has"
            | "is"
            | "was"
            | "are"
            | "were"
            | "why"
            | "how"
            // The imperatives of a web page's boilerplate: "Follow Anna Berg on Twitter", "Check out".
            | "check"
            | "click"
            | "follow"
            | "subscribe"
            | "visit"
            | "share"
            | "download"
    )
}

/// "https://example.org/wiki/Storm_hits_New_Orleans": the words of a web address are not mentions of anyone.
/// An address is a run of text without white space that holds "://" or begins with "www.".
fn drop_inside_addresses(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    if !text.contains("://") && !text.contains("www.") {
        return;
    }
    // The addresses' byte ranges, in order, found in one pass: a text of one long run of non-space characters
    // costs no more than any other.
    let addresses: Vec<(usize, usize)> = text
        .split(char::is_whitespace)
        .filter(|run| run.contains("://") || run.starts_with("www."))
        .map(|run| {
            let start = run.as_ptr() as usize - text.as_ptr() as usize;
            (start, start + run.len())
        })
        .collect();
    mentions.retain(|m| {
        let (start, end) = (tokens[m.first].start, tokens[m.last].end);
        let next = addresses.partition_point(|a| a.1 <= start);
        addresses.get(next).is_none_or(|a| a.0 >= end)
    });
}

/// "Sweden faced South Korea", "Anna Berg and Tom Okafor": a lower-case word inside a tagged name that names do
/// not hold (a verb, a noun) ends one name and begins another, and so does "and" inside a person. Names do hold
/// particles ("van der", "de la") and the small words of institutions and places ("Bank of England", "Trinidad
/// and Tobago", "Stratford-upon-Avon").
fn split_at_inner_words(words: &[&str], m: Mention, out: &mut Vec<Mention>, gaz: &Gazetteer) {
    let splits = |i: usize| {
        let w = words[i];
        if w == "and" {
            // "Iowa and New Hampshire": two places, unless the whole is one ("Trinidad and Tobago").
            let places = || {
                // (A run longer than any name is left whole: it is dropped at the end.)
                m.last - m.first < MAX_NAME_TOKENS
                    && gaz.phrase_flags(&words[m.first..i]) & PLACE != 0
                    && gaz.phrase_flags(&words[i + 1..=m.last]) & PLACE != 0
                    && gaz.phrase_flags(&words[m.first..=m.last]) & (PLACE | ORG) == 0
            };
            return m.kind == EntityKind::Person || places();
        }
        // "New Mexico on Monday": a date after a name is not in it.
        if matches!(w, "on" | "in" | "by" | "until" | "since")
            && words.get(i + 1).is_some_and(|next| {
                crate::util::DAYS_AND_MONTHS.contains(&lower_case(next).as_ref())
            })
        {
            return true;
        }
        // "in Washington D.C. The President said": a sentence ends at the abbreviation, so a capitalised word
        // that opens sentences is not part of the name.
        if words[i - 1].ends_with('.')
            && matches!(
                w,
                "The"
                    | "A"
                    | "An"
                    | "This"
                    | "That"
                    | "It"
                    | "He"
                    | "She"
                    | "They"
                    | "We"
                    | "In"
                    | "On"
                    | "At"
                    | "But"
                    | "And"
                    | "For"
                    | "After"
                    | "When"
                    | "If"
            )
        {
            return true;
        }
        w.chars().all(|c| c.is_lowercase())
            && !super::rules::is_name_particle(w)
            && !matches!(
                w,
                "of" | "for"
                    | "the"
                    | "on"
                    | "upon"
                    | "in"
                    | "at"
                    | "to"
                    | "a"
                    | "an"
                    | "y"
                    | "e"
                    | "des"
                    | "al"
                    | "el"
                    | "ibn"
                    | "und"
                    | "zu"
                    | "op"
                    | "het"
                    | "do"
                    | "dos"
                    | "das"
                    | "am"
                    | "im"
                    | "sur"
                    | "sous"
                    | "les"
                    | "aan"
                    | "ter"
                    | "ten"
            )
    };
    let mut first = m.first;
    for i in m.first + 1..m.last {
        if splits(i) {
            if i > first {
                out.push(Mention {
                    first,
                    last: i - 1,
                    ..m
                });
            }
            first = i + 1;
        }
    }
    out.push(Mention { first, ..m });
}

/// Trims titles, articles, possessives and punctuation off a mention and fixes kinds the gazetteers are sure of.
fn clean(words: &[&str], mut m: Mention, gaz: &Gazetteer) -> Option<Mention> {
    // "WHO say Iodine deficiency": a tagged run that opens with a common word in lower case (a name's particles
    // aside) is a stretch of sentence, not a name.
    let opening = words[m.first];
    if m.first < m.last
        && opening.bytes().all(|b| b.is_ascii_lowercase())
        && gazetteer::is_common_word(opening)
        && !super::rules::is_name_particle(opening)
        && !matches!(
            opening,
            "al" | "el" | "ibn" | "dos" | "das" | "do" | "y" | "ter" | "ten" | "zu"
        )
    {
        return None;
    }
    while m.first <= m.last {
        // "24-year-old Kowalski", "12th-seeded Lindqvist": a description before the name.
        let described = m.first < m.last
            && words[m.first].starts_with(|c: char| c.is_ascii_digit())
            && words[m.first].contains('-');
        let strip = is_punct(words[m.first])
            || words[m.first].eq_ignore_ascii_case("the")
            // "of Civic Unity": a name does not begin with a joining word in lower case.
            || matches!(words[m.first], "of" | "and" | "or" | "for" | "by" | "with" | "from")
            || matches!(words[m.first], "v" | "vs" | "v." | "vs.")
            || described
            // "Sens. Anna Berg and Tom Lund".
            || (m.first < m.last && m.kind == EntityKind::Person && is_plural_title(words[m.first]))
            || (m.first < m.last
                && gazetteer::is_title(&lower_case(words[m.first]))
                // "Justice Department": an organisation's title word before an institution word stays.
                && !(m.kind != EntityKind::Person
                    && super::orgs::is_institution_word(words[m.last])));
        if !strip {
            break;
        }
        // "the Secretary of State", "Minister of Finance": what follows an office and "of" is the office's.
        if m.kind == EntityKind::Person
            && words[m.first] == "of"
            && m.first > 0
            && gazetteer::is_title(&lower_case(words[m.first - 1]))
        {
            return None;
        }
        m.first += 1;
    }
    // Names end in a capitalised word: "Manchester United beat" loses "beat", "Ukraine's" its "'s", "Tom Okafor
    // 77th" its minute.
    while m.last >= m.first
        && (is_possessive(words[m.last])
            || is_punct(words[m.last])
            || words[m.last].starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit()))
    {
        if m.last == 0 {
            return None;
        }
        m.last -= 1;
    }
    if m.first > m.last {
        return None;
    }
    // "city spokesman Tomas Lindqvist": a person's name starts after the last lower-case role word.
    if m.kind == EntityKind::Person {
        if let Some(role) = (m.first..m.last).rev().find(|&i| is_role_word(words[i])) {
            m.first = role + 1;
        }
    }
    strip_before_name(words, &mut m, gaz);
    cut_at_inner_title(words, &mut m);
    if !words[m.first..=m.last]
        .iter()
        .any(|w| w.chars().any(char::is_uppercase))
    {
        return None;
    }
    // The never-names and titles are single words; so are numbers in Roman numerals ("Title IV", "Phase II"),
    // which name nothing alone.
    if m.first == m.last {
        let lower = lower_case(words[m.first]);
        if is_never_name(&lower) || gazetteer::is_title(&lower) || is_roman_numeral(words[m.first])
        {
            return None;
        }
        // "the L - band": a letter alone names nothing, the company X aside; an initial before a name
        // ("R. Croft") is left for the name to take.
        let letter = words[m.first].trim_end_matches('.');
        if letter.len() == 1
            && letter != "X"
            && !words.get(m.last + 1).is_some_and(|w| starts_capitalised(w))
        {
            return None;
        }
    }
    let flags = gaz.phrase_flags(&words[m.first..=m.last]);
    if flags & DEMONYM != 0 && flags & COUNTRY == 0 && m.kind != EntityKind::Organization {
        return None;
    }
    if flags & ORG != 0 && flags & (COUNTRY | REGION) == 0 && m.kind != EntityKind::Organization {
        m.kind = EntityKind::Organization;
    }
    let single = m.first == m.last;
    // A country or region on its own is a place, also when it names a team ("Sweden beat", "England").
    if m.kind == EntityKind::Organization && flags & (COUNTRY | REGION) != 0 {
        m.kind = EntityKind::Place;
    }
    // "George Washington": a given name and a surname that no list knows as a place is a person.
    let names_person = m.last > m.first
        && gaz.word_flags(words[m.first]) & GIVEN != 0
        && gaz.word_flags(words[m.last]) & SURNAME != 0
        && flags & (PLACE | ORG) == 0
        && !words[m.first..=m.last]
            .iter()
            .any(|w| not_in_person_names(w));
    // "Marta Kowalczyk", "Tomas Lindqvist" tagged as an organisation: a known given name, then name words that no
    // list knows as a place or an organisation.
    let given_then_names = m.last > m.first
        && m.last - m.first <= 2
        && m.kind == EntityKind::Organization
        && gaz.word_flags(words[m.first]) & GIVEN != 0
        && gaz.word_flags(words[m.first]) & (COUNTRY | ORG) == 0
        && flags & (PLACE | ORG) == 0
        && words[m.first..=m.last].iter().all(|w| {
            super::rules::is_name_word(w)
                && gaz.word_flags(w) & (ORG | DEMONYM) == 0
                && !not_in_person_names(w)
        });
    if (names_person || given_then_names) && m.kind != EntityKind::Person {
        m.kind = EntityKind::Person;
    }
    // A lone country or major city is the place ("Washington said", "LONDON 1996-08-30"), unless the document
    // names a person with it as surname (see `make_consistent`).
    if single
        && m.kind == EntityKind::Person
        && flags & (CITY_MAJOR | COUNTRY) != 0
        && !words.get(m.last + 1).is_some_and(|w| is_name_word(w))
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
    // "S. Korea", "Wall Street" taken for a person: a country's or a region's name of two words or more is
    // the place.
    if m.kind == EntityKind::Person && m.first < m.last && flags & (COUNTRY | REGION) != 0 {
        m.kind = EntityKind::Place;
    }
    Some(m)
}

/// "Sens. Anna Berg and Tom Lund": a plural title's abbreviation, which the title list (a feature of the tagger)
/// lacks; it stands before the first of the names it serves.
fn is_plural_title(word: &str) -> bool {
    matches!(
        word,
        "Sens." | "Reps." | "Govs." | "Gens." | "Drs." | "Profs." | "Messrs." | "Mmes."
    )
}

/// "Sen. Marco Lund", "Dr. Anna Berg": after a title's abbreviation, a given name and the name words after it are
/// a person, whatever the tagger made of them (it takes a name after "Sen." for an organisation, or drops it);
/// a mention of the title itself goes.
fn people_after_titles(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    // For each word, the furthest end of a person's mention over it: a text of thousands of titles is not
    // checked against every mention once per title.
    let mut person_end: Vec<Option<usize>> = vec![None; words.len()];
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        for end in &mut person_end[m.first..=m.last] {
            *end = Some(end.map_or(m.last, |e| e.max(m.last)));
        }
    }
    let mut added = Vec::new();
    for i in 1..words.len() {
        let title = words[i - 1];
        let abbreviation = ((title.ends_with('.') || matches!(title, "Mr" | "Mrs" | "Ms" | "Dr"))
            && gazetteer::is_title(&lower_case(title))
            && !matches!(title, "St." | "Mt." | "Ft."))
            || is_plural_title(title);
        if !abbreviation || !is_name_word(words[i]) || gazetteer::is_title(&lower_case(words[i])) {
            continue;
        }
        let mut end = i;
        while end + 1 < words.len() && end - i < 2 && is_name_word(words[end + 1]) {
            end += 1;
        }
        // "Sen. Rand Paul": a first word no list knows as a given name, before a name word of the lists.
        let named = gaz.word_flags(words[i]) & GIVEN != 0
            || (end > i
                && gaz.word_flags(words[end]) & (GIVEN | SURNAME) != 0
                && gaz.phrase_flags(&words[i..=end]) & (PLACE | ORG) == 0);
        if !named {
            continue;
        }
        if person_end[i].is_some_and(|e| e >= end) {
            continue;
        }
        added.push(Mention {
            first: i,
            last: end,
            kind: EntityKind::Person,
        });
    }
    if added.is_empty() {
        return;
    }
    // A mention over the new names, or ending at their title, goes.
    let mut claimed = vec![false; words.len()];
    for a in &added {
        claimed[a.first - 1..=a.last]
            .iter_mut()
            .for_each(|c| *c = true);
    }
    mentions.retain(|m| !claimed[m.first..=m.last].contains(&true));
    mentions.extend(added);
    mentions.sort_by_key(|m| m.first);
}

/// "Harbour County Sheriff Tomas Lund", "Ferry Board Chair Anna Berg", "Public Advocate Anna Berg": an office
/// written with a capital (and the words that qualify it) before a given name and another name word parts the
/// place or body it belongs to from the person, and is part of neither. What stays before it is dropped when it
/// is one word no list knows ("Council"), or when the tagger took it all for a person.
fn split_at_offices(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let mut parts = Vec::new();
    mentions.retain(|m| {
        // The name after the office runs to the mention's end: only an office within two words of the start
        // of its last run of name words qualifies (found without reading that run once per office in it).
        let mut tail = m.last;
        while tail > m.first && is_name_word(words[tail - 1]) {
            tail -= 1;
        }
        let office = (m.first.max(tail.saturating_sub(2))..m.last.saturating_sub(1))
            .find(|&j| is_office_word(words[j]) && gaz.word_flags(words[j + 1]) & GIVEN != 0)
            .filter(|_| is_name_word(words[m.last]));
        let Some(j) = office else {
            return true;
        };
        let mut start = j;
        while start > m.first && is_office_qualifier(words[start - 1]) {
            start -= 1;
        }
        // What a person's mention holds before the office is dropped with it ("House Minority Leader ...").
        if start > m.first && m.kind != EntityKind::Person {
            // "Harbour Democratic Party": a body's name, whatever the whole was taken for.
            let body = super::orgs::is_institution_word(words[start - 1]);
            let before = Mention {
                first: m.first,
                last: start - 1,
                kind: if body {
                    EntityKind::Organization
                } else {
                    m.kind
                },
            };
            if before.first < before.last
                || gaz.word_flags(words[before.first]) & (PLACE | ORG) != 0
            {
                parts.push(before);
            }
        }
        parts.push(Mention {
            first: j + 1,
            last: m.last,
            kind: EntityKind::Person,
        });
        false
    });
    if !parts.is_empty() {
        mentions.extend(parts);
        mentions.sort_by_key(|m| m.first);
    }
}

/// Words that qualify an office written with a capital: "Public Advocate", "Managing Editor".
fn is_office_qualifier(word: &str) -> bool {
    matches!(
        word,
        "Public"
            | "Managing"
            | "Political"
            | "Deputy"
            | "Executive"
            | "Chief"
            | "Senior"
            | "Assistant"
            | "Associate"
            | "Vice"
            | "Press"
            | "Majority"
            | "Minority"
            | "District"
    )
}

/// Offices written with a capital between the name of a place or body and a person's name.
fn is_office_word(word: &str) -> bool {
    matches!(
        word,
        "Chairman"
            | "Chairwoman"
            | "Chair"
            | "Sheriff"
            | "Recorder"
            | "Advocate"
            | "Treasurer"
            | "Commissioner"
            | "Comptroller"
            | "Auditor"
            | "Clerk"
            | "Director"
            | "Spokesman"
            | "Spokeswoman"
            | "Mayor"
            | "Governor"
            | "Senator"
            | "Secretary"
            | "Whip"
            | "Leader"
            | "Editor"
            | "Superintendent"
            | "Councilman"
            | "Councilwoman"
            | "Councillor"
            | "Prosecutor"
            | "Attorney"
    )
}

/// "Vladimir" + "K. Lindqvist": a person the tagger began again at a middle initial is one person with the name
/// before (which, alone, a town's name would make a place). So is a given name the tagger took for a place or left
/// out ("in Donald" + "J. Trump", "George" + "W. Bush"), and an initial and a name word it took for the start of an
/// organisation ("Gov. Anna" + "K. Lindqvist of Norway").
fn join_at_middle_initials(
    words: &[&str],
    mentions: Vec<Mention>,
    gaz: &Gazetteer,
) -> Vec<Mention> {
    let initial = |w: &str| matches!(w.as_bytes(), [c, b'.'] if c.is_ascii_uppercase());
    let given = |i: usize| is_name_word(words[i]) && gaz.word_flags(words[i]) & GIVEN != 0;
    let mut out: Vec<Mention> = Vec::with_capacity(mentions.len());
    for mut m in mentions {
        let opens_with_initial =
            m.kind == EntityKind::Person && m.last > m.first && initial(words[m.first]);
        // "Gov. Anna" + "K. Lindqvist of Norway" tagged as an organisation: the initial and the name word after it
        // go on the person's name (the place after "of" is split off later).
        let organisation_at_initial = m.kind == EntityKind::Organization
            && m.last > m.first
            && initial(words[m.first])
            && is_name_word(words[m.first + 1])
            && !super::orgs::is_institution_word(words[m.first + 1])
            && (m.first + 1 == m.last || words[m.first + 2] == "of");
        if let Some(prev) = out.last_mut() {
            if organisation_at_initial
                && m.first == prev.last + 1
                && prev.kind == EntityKind::Person
                && !initial(words[prev.last])
            {
                prev.last = m.last;
                continue;
            }
            if opens_with_initial
                && m.first == prev.last + 1
                && !initial(words[prev.last])
                && (prev.kind == EntityKind::Person
                    || (prev.first == prev.last && given(prev.first)))
            {
                prev.last = m.last;
                prev.kind = EntityKind::Person;
                continue;
            }
        }
        let free_before = m.first > 0 && out.last().is_none_or(|p| p.last + 1 < m.first);
        if (opens_with_initial || organisation_at_initial) && free_before && given(m.first - 1) {
            m.first -= 1;
            m.kind = EntityKind::Person;
        }
        out.push(m);
    }
    out
}

/// "Tomas Lindqvist in Las Vegas", "Anna Berg on Harbour Radio": a tagged person holding a lower-case "in", "on",
/// "to" or "at" is a person before it; each part after one is a place or an organisation when the lists know it
/// as one, and nothing otherwise.
fn split_people_at_prepositions(
    words: &[&str],
    mentions: Vec<Mention>,
    gaz: &Gazetteer,
) -> Vec<Mention> {
    let preposition = |w: &str| matches!(w, "in" | "on" | "to" | "at");
    let mut out = Vec::with_capacity(mentions.len());
    for m in mentions {
        let splits = m.kind == EntityKind::Person
            && m.last - m.first < MAX_NAME_TOKENS
            && (m.first + 1..m.last).any(|i| preposition(words[i]));
        if !splits {
            out.push(m);
            continue;
        }
        let mut first = m.first;
        let mut after: Option<&str> = None;
        for i in m.first..=m.last + 1 {
            if i <= m.last && !preposition(words[i]) {
                continue;
            }
            if first < i {
                let flags = gaz.phrase_flags(&words[first..i]);
                let kind = match after {
                    None => Some(m.kind),
                    Some(_) if flags & PLACE != 0 => Some(EntityKind::Place),
                    Some(_) if flags & ORG != 0 => Some(EntityKind::Organization),
                    // "to Capitol Hill", "at Harbour Point": after "in", "at" or "to", a name no list knows,
                    // that opens with no given name, is where.
                    Some("in" | "at" | "to") if gaz.word_flags(words[first]) & GIVEN == 0 => {
                        Some(EntityKind::Place)
                    }
                    Some(_) => None,
                };
                if let Some(kind) = kind {
                    out.push(Mention {
                        first,
                        last: i - 1,
                        kind,
                    });
                }
            }
            first = i + 1;
            after = words.get(i).copied();
        }
    }
    out
}

/// Capitalised prepositions and determiners, which open no person's name ("Against Lindqvist", "This Before").
fn opens_no_name(word: &str) -> bool {
    matches!(
        word,
        "Against"
            | "Versus"
            | "Without"
            | "Despite"
            | "Toward"
            | "Towards"
            | "Behind"
            | "Beyond"
            | "Amid"
            | "Among"
            | "Unlike"
            | "Within"
            | "Before"
            | "After"
            | "This"
            | "That"
            | "These"
            | "Those"
    )
}

/// Verbs a headline in title case puts after a name: "Anna Berg Says", "Tom Okafor Just Got".
fn headline_verb(word: &str) -> bool {
    matches!(
        word,
        "Says"
            | "Tells"
            | "Told"
            | "Wins"
            | "Won"
            | "Beats"
            | "Backs"
            | "Endorses"
            | "Slams"
            | "Blasts"
            | "Bashes"
            | "Rips"
            | "Calls"
            | "Gets"
            | "Got"
            | "Just"
            | "Picks"
            | "Explains"
            | "Explained"
            | "Thinks"
            | "Denies"
            | "Admits"
            | "Praises"
            | "Compares"
            | "Vows"
            | "Urges"
            | "Warns"
            | "Hints"
            | "Asked"
            | "Asks"
            | "Sent"
            | "Sends"
            | "Is"
            | "Was"
            | "Could"
            | "Would"
            | "Receives"
            | "Releases"
            | "Suffered"
            | "Dropped"
            | "Drops"
            | "Sounds"
            | "Reportedly"
            | "Instantly"
            | "Knew"
            | "Scores"
            | "Announced"
            | "Announces"
            | "Joins"
            | "Quits"
            | "Responds"
            | "Insulted"
            | "Vowed"
            | "Questioned"
            | "Unleashes"
            | "Exaggerated"
            | "Fully"
            | "Files"
            | "Tell"
            | "Sees"
            | "Has"
            | "Have"
    )
}

/// A headline's verb that may also end an organisation's name ("Harbour Speaks"): it ends a person's name of two
/// words or more ("Anna Berg Speaks Out").
fn headline_verb_after_full_name(word: &str) -> bool {
    matches!(
        word,
        "Speaks"
            | "Talks"
            | "Meets"
            | "Visits"
            | "Launches"
            | "Defends"
            | "Attacks"
            | "Rejects"
            | "Unveils"
            | "Pledges"
            | "Promises"
            | "Touts"
            | "Criticizes"
            | "Accuses"
            | "Reveals"
            | "Claims"
            | "Argues"
            | "Insists"
            | "Seeks"
            | "Wants"
    )
}

fn strip_possessive_word(w: &str) -> &str {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
}

pub(crate) fn starts_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Word hashes of a document, each computed when first asked for: most words are never part of a key.
struct LazyHashes<'a> {
    words: &'a [&'a str],
    hashes: Vec<Option<u64>>,
}

impl LazyHashes<'_> {
    fn word(&mut self, i: usize) -> u64 {
        *self.hashes[i].get_or_insert_with(|| gazetteer::word_hash(self.words[i]))
    }

    /// The key of the words `first..=last`.
    fn key(&mut self, first: usize, last: usize) -> u64 {
        let start = self.word(first);
        (first + 1..=last).fold(start, |h, i| gazetteer::phrase_step(h, self.word(i)))
    }
}

/// Whether the one name word at `i` speaks as a person does (see [`make_consistent`]).
fn speaks_as_a_person(words: &[&str], i: usize, gaz: &Gazetteer) -> bool {
    let word = |k: usize| words.get(k).copied().unwrap_or("");
    let closing_quote = |k: usize| matches!(word(k), "\"" | "”" | "''");
    let handing_over = |k: usize| matches!(word(k), "," | "?" | "!");
    let verb = |w: &str| matches!(w, "said" | "says" | "added" | "asked");
    let flags = gaz.word_flags(word(i));
    if flags & (ORG | DEMONYM | TITLE) != 0 || !word(i).chars().skip(1).any(char::is_lowercase) {
        return false;
    }
    let says_he = verb(word(i + 1)) && he_or_she_at(words, i + 2);
    let quoted = i >= 2
        && ((closing_quote(i - 1) && handing_over(i - 2) && verb(word(i + 1)))
            || (verb(word(i - 1))
                && i >= 3
                && closing_quote(i - 2)
                && handing_over(i - 3)
                && matches!(word(i + 1), "." | ",")));
    says_he || (quoted && flags & COUNTRY == 0)
}

/// The given names that go with each surname among the people named in two words whose first word is a known given
/// name ("Tom" for "Lund" after "Tom Lund").
struct FamilyNames<'a> {
    given_by_surname: HashMap<&'a str, HashSet<&'a str>, FastBuild>,
    gaz: &'a Gazetteer,
}

impl<'a> FamilyNames<'a> {
    fn new(words: &[&'a str], mentions: &[Mention], gaz: &'a Gazetteer) -> Self {
        let mut given_by_surname: HashMap<&str, HashSet<&str>, FastBuild> = HashMap::default();
        for m in mentions.iter().filter(|m| {
            m.kind == EntityKind::Person
                && m.last == m.first + 1
                && gaz.word_flags(words[m.first]) & GIVEN != 0
        }) {
            given_by_surname
                .entry(strip_possessive_word(words[m.last]))
                .or_default()
                .insert(words[m.first]);
        }
        FamilyNames {
            given_by_surname,
            gaz,
        }
    }

    /// Whether `m` is a two-word name ("Ivka Lund") whose surname another such person bears ("Tom Lund"), opening
    /// with a known given name or no common word ("Stop Lund" on a placard names no one).
    fn shared_by(&self, words: &[&str], m: &Mention) -> bool {
        let first = words[m.first];
        m.last == m.first + 1
            && (self.gaz.word_flags(first) & GIVEN != 0
                || !gazetteer::is_common_word(&lower_case(first)))
            && self
                .given_by_surname
                .get(strip_possessive_word(words[m.last]))
                .is_some_and(|given| given.iter().any(|g| *g != first))
    }
}

/// "US team Cloud9 and Immortals, from Brazil," tagged as one organisation: when the text names the part after
/// "and", or the part before it, alone as an organisation elsewhere, they are two ("one Immortals player").
fn split_pairs_named_alone(words: &[&str], mentions: &mut Vec<Mention>) {
    let alone: HashSet<&[&str]> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| &words[m.first..=m.last])
        .filter(|w| !w.contains(&"and"))
        .collect();
    if alone.is_empty() {
        return;
    }
    let mut parts = Vec::new();
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Organization || m.last < m.first + 2 {
            continue;
        }
        let Some(k) = (m.first + 1..m.last).find(|&k| words[k] == "and") else {
            continue;
        };
        let (before, after) = (&words[m.first..k], &words[k + 1..=m.last]);
        if alone.contains(before) || alone.contains(after) {
            parts.push(cut_organisation(m, k));
        }
    }
    add_in_order(mentions, parts);
}

/// Ends an organisation before the word at `k` ("and", "&"), and returns what came after it as an organisation.
pub(crate) fn cut_organisation(m: &mut Mention, k: usize) -> Mention {
    let after = Mention {
        first: k + 1,
        last: m.last,
        kind: EntityKind::Organization,
    };
    m.last = k - 1;
    after
}

/// Adds mentions split off others, keeping the list in text order.
pub(crate) fn add_in_order(mentions: &mut Vec<Mention>, parts: Vec<Mention>) {
    if !parts.is_empty() {
        mentions.extend(parts);
        mentions.sort_by_key(|m| m.first);
    }
}

/// One kind per name in a document, by majority; surnames of people are people; names the tagger missed in
/// one place but found in another are added.
fn make_consistent(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let mut hashes = LazyHashes {
        words,
        hashes: vec![None; words.len()],
    };
    let mut key = |first: usize, last: usize| hashes.key(first, last);
    let mut votes: HashMap<u64, [u32; 3], IdBuild> = HashMap::default();
    let mut surnames: HashMap<u64, usize, IdBuild> = HashMap::default();
    // One-word names that speak as a person does: `"...," Preston said`, `"...," said Preston`, `Chad said he`;
    // a country only by the last ("Chad said he would"), as a country is quoted too (`"...," Chad said`).
    let mut speakers: HashSet<u64, IdBuild> = HashSet::default();
    let family_names = FamilyNames::new(words, mentions, gaz);
    for m in mentions.iter() {
        votes.entry(key(m.first, m.last)).or_default()[kind_index(m.kind)] += 1;
        if m.kind == EntityKind::Person && m.last > m.first {
            // "King Henry IV": a regnal number is no surname; the word before it is one only in a longer name
            // ("Martin Luther King III").
            let last = if is_roman_numeral(words[m.last]) {
                m.last - 1
            } else {
                m.last
            };
            if last > m.first {
                *surnames.entry(key(last, last)).or_default() += 1;
            }
            if let Some(i) = family_name_first(words, m) {
                *surnames.entry(key(i, i)).or_default() += 1;
            }
        }
        if m.first == m.last && speaks_as_a_person(words, m.first, gaz) {
            speakers.insert(key(m.first, m.first));
        }
    }
    for m in mentions.iter_mut() {
        let k = key(m.first, m.last);
        let flags = gaz.phrase_flags(&words[m.first..=m.last]);
        if m.first == m.last
            && ((surnames.contains_key(&k) && flags & COUNTRY == 0) || speakers.contains(&k))
        {
            m.kind = EntityKind::Person;
            continue;
        }
        // "De Blasio said" after "Bill de Blasio": a particle and a person's surname are that person.
        // Capitalised only where a sentence starts ("De Blasio disbanded it"): "Le Mans" is a place.
        let particle = |w: &str| {
            super::rules::is_name_particle(w)
                || (super::rules::is_name_particle(&w.to_lowercase())
                    && w.chars().skip(1).all(char::is_lowercase)
                    && (m.first == 0 || super::rules::opens_sentence(words[m.first - 1])))
        };
        if m.last == m.first + 1
            && particle(words[m.first])
            && surnames.contains_key(&key(m.last, m.last))
        {
            m.kind = EntityKind::Person;
            continue;
        }
        let v = votes[&k];
        // "the Ivka Lund brand" twice, "Ivka Lund said" once, beside "Tom Lund": a full name tagged a person
        // somewhere, whose surname another person named in full bears, is a person everywhere.
        let person = kind_index(EntityKind::Person);
        if v[person] > 0 && family_names.shared_by(words, m) {
            m.kind = EntityKind::Person;
            continue;
        }
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
    // `"...," Khizr Holt said` with only "Holt" tagged: a one-word person takes the name word before it when the
    // two are a two-word person of the text, so that a surname two people share joins the one named here.
    {
        let full: HashSet<u64, IdBuild> = mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Person && m.last == m.first + 1)
            .map(|m| key(m.first, m.last))
            .collect();
        for m in mentions.iter_mut() {
            if m.kind == EntityKind::Person
                && m.first == m.last
                && m.first > 0
                && !covered[m.first - 1]
                && starts_capitalised(words[m.first - 1])
                && full.contains(&key(m.first - 1, m.last))
            {
                m.first -= 1;
                covered[m.first] = true;
            }
        }
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
            Some(mut m) => {
                // "Keith Lund ... Tavika Lund can be heard": a word no list knows, before the surname of someone
                // named in full, is another of the family's given names, also opening a sentence.
                let before = m.first.wrapping_sub(1);
                if m.kind == EntityKind::Person
                    && m.first == m.last
                    && m.first > 0
                    && !covered[before]
                    && is_name_word(words[before])
                    && surnames.contains_key(&key(m.first, m.first))
                    && gaz.word_flags(words[before]) & (PLACE | ORG | TITLE | DEMONYM) == 0
                    && !{
                        let lower = lower_case(words[before]);
                        gazetteer::is_common_word(&lower)
                            || gazetteer::is_title(&lower)
                            || is_never_name(&lower)
                            || is_opening_word(&lower)
                    }
                {
                    m.first = before;
                }
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
fn canonical_of(surface: String, kind: EntityKind, gaz: &Gazetteer) -> String {
    let surface = if surface.contains('’') {
        surface.replace('’', "'")
    } else {
        surface
    };
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

/// Whether two full names are one name spelt two ways: the same words but the first, and first words one letter
/// apart ("Kristin" and "Kristen", "Hilary" and "Hillary", "Francois" and "François").
fn spelt_alike(a: &str, b: &str) -> bool {
    let (Some((a_first, a_rest)), Some((b_first, b_rest))) = (a.split_once(' '), b.split_once(' '))
    else {
        return false;
    };
    if a_rest != b_rest || a_first == b_first {
        return false;
    }
    let (a, b): (Vec<char>, Vec<char>) = (a_first.chars().collect(), b_first.chars().collect());
    within_edits(&a, &b, 1)
}

/// "Hilary Clinton" beside "Hillary Clinton", "Kristin Wilkins" beside "Kristen Wilkins": full names of the same
/// words but the given name, which is one letter longer in one of them (five letters at least in the shorter, the
/// first letter the same) or has one vowel changed (six letters at least, not the first), are one person spelt two
/// ways. Returns, for each person so misspelt, the spelling the article writes in full most often (on a tie the
/// longer, a letter dropped being the commoner slip, then the one named first). A consonant changed ("Martin" and
/// "Marvin"), or a vowel in a short name ("Tom" and "Tim", "Tomas" and "Tamas"), may be another person, and is left
/// alone.
fn given_names_respelt<'a>(
    mentions: &[Mention],
    names: &[&str],
    resolved: &HashMap<&str, &'a str, FastBuild>,
) -> HashMap<&'a str, &'a str, FastBuild> {
    // Each person's mentions written in full and first mention, and the people by the words after their given
    // name. ("Clinton" alone joins one of the spellings already, and is not counted for it.)
    let mut seen: HashMap<&'a str, (usize, usize), FastBuild> = HashMap::default();
    for (at, (m, name)) in mentions.iter().zip(names).enumerate() {
        if m.kind == EntityKind::Person {
            let person = resolved[name];
            seen.entry(person).or_insert((0, at)).0 += usize::from(*name == person);
        }
    }
    let mut by_rest: HashMap<&str, Vec<&'a str>, FastBuild> = HashMap::default();
    for &person in seen.keys() {
        if let Some((_, rest)) = person.split_once(' ') {
            by_rest.entry(rest).or_default().push(person);
        }
    }
    let mut respelt: HashMap<&'a str, &'a str, FastBuild> = HashMap::default();
    for mut people in by_rest.into_values().filter(|p| p.len() >= 2) {
        // Most mentions in full first, then the longer (a letter dropped is the commoner slip), then the first
        // named: the spelling kept.
        people.sort_by_key(|p| (std::cmp::Reverse((seen[p].0, p.len())), seen[p].1));
        // A few spellings at most: a list of a hundred people of one surname is not compared pair by pair.
        for (i, &other) in people.iter().enumerate().skip(1).take(8) {
            let other_first = other.split(' ').next().unwrap_or("");
            if let Some(&kept) = people[..i].iter().find(|kept| {
                let first = kept.split(' ').next().unwrap_or("");
                one_letter_apart(first, other_first) || one_vowel_changed(first, other_first)
            }) {
                let kept = respelt.get(kept).copied().unwrap_or(kept);
                respelt.entry(other).or_insert(kept);
            }
        }
    }
    respelt
}

/// Whether two names of six letters or more differ in one vowel only ("Kristin" and "Kristen"), not the first.
fn one_vowel_changed(a: &str, b: &str) -> bool {
    let vowel = |c: char| "aeiouy".contains(c);
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut differ = a.iter().zip(&b).enumerate().filter(|(_, (x, y))| x != y);
    a.len() == b.len()
        && a.len() >= 6
        && matches!((differ.next(), differ.next()), (Some((k, (&x, &y))), None) if k > 0 && vowel(x) && vowel(y))
}

/// Whether one name is the other with one letter added, the shorter five letters or more and both opening alike.
fn one_letter_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    // Lengths one apart, so one edit within reach is one letter added.
    a.len().min(b.len()) >= 5
        && a.len().abs_diff(b.len()) == 1
        && a[0] == b[0]
        && within_edits(&a, &b, 1)
}

/// Whether `a` becomes `b` with at most `allowed` letters changed, added or dropped (Levenshtein distance).
fn within_edits(a: &[char], b: &[char], allowed: usize) -> bool {
    if a.len().abs_diff(b.len()) > allowed {
        return false;
    }
    // Row by row.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(prev + usize::from(ca != cb));
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()] <= allowed
}

/// Whether a lone name is a misspelling of a surname: one letter changed, added or dropped in a name of five
/// letters or more ("Water" for "Waters"), or two in one of eight to twelve ("Bauchtman" for "Buchtmann"); the
/// first letters agree.
pub(crate) fn surname_misspelt(name: &str, surname: &str) -> bool {
    // Letters compared in lower case: "McLenney" drops one letter of "McClenney".
    let (a, b): (Vec<char>, Vec<char>) = (
        name.to_lowercase().chars().collect(),
        surname.to_lowercase().chars().collect(),
    );
    // "the Clintons" is a family, not a misspelt Clinton.
    if a == b
        || a.first() != b.first()
        || a.len().min(b.len()) < 5
        || name.strip_suffix('s') == Some(surname)
    {
        return false;
    }
    let allowed = if (8..=12).contains(&a.len().min(b.len())) {
        2
    } else {
        1
    };
    within_edits(&a, &b, allowed)
}

/// Names indexed for [`surname_misspelt`] look-ups without comparing each name with every other (symmetric
/// deletion): each under itself and every form with one letter dropped, or two for names of eight to twelve
/// letters. Two names within the allowed distance share a form.
pub(crate) struct SpeltAlike {
    by_form: HashMap<String, Vec<usize>, FastBuild>,
    names: Vec<String>,
    /// Whether the names indexed are the surnames (looked up with lone names) or the lone names.
    surnames: bool,
    /// Whether only names one letter apart match (changed, added or dropped), at any length: one form per
    /// letter, where two letters dropped from a long name make dozens.
    one_letter: bool,
}

impl SpeltAlike {
    /// `surnames`: whether `names` are surnames, to be looked up with lone names, or the other way round;
    /// `one_letter`: whether only names one letter apart match.
    pub(crate) fn new<'a>(
        names: impl Iterator<Item = &'a str>,
        surnames: bool,
        one_letter: bool,
    ) -> Self {
        let mut alike = SpeltAlike {
            by_form: HashMap::default(),
            names: Vec::new(),
            surnames,
            one_letter,
        };
        for (i, name) in names.enumerate() {
            for form in deletion_forms(&name.to_lowercase(), one_letter) {
                let list = alike.by_form.entry(form).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
            alike.names.push(name.to_string());
        }
        alike
    }

    /// The indexes of the names spelt like `name` (a misspelling of it, or it of them), each once.
    pub(crate) fn all(&self, name: &str) -> Vec<usize> {
        let lower = name.to_lowercase();
        let chars: Vec<char> = lower.chars().collect();
        let mut found: Vec<usize> = deletion_forms(&lower, self.one_letter)
            .iter()
            .flat_map(|form| self.by_form.get(form).map_or(&[][..], Vec::as_slice))
            .copied()
            .filter(|&i| {
                let other = &self.names[i];
                let misspelt = if self.surnames {
                    surname_misspelt(name, other)
                } else {
                    surname_misspelt(other, name)
                };
                let other: Vec<char> = other.to_lowercase().chars().collect();
                misspelt && (!self.one_letter || within_edits(&chars, &other, 1))
            })
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }

    /// The index of the one name spelt like `name`, if exactly one is.
    pub(crate) fn unique(&self, name: &str) -> Option<usize> {
        match self.all(name)[..] {
            [i] => Some(i),
            _ => None,
        }
    }
}

/// A name and its forms with one letter dropped (two, for names of eight to twelve letters, unless `one_letter`);
/// none for a name of over twenty letters, which is compared with nothing.
fn deletion_forms(name: &str, one_letter: bool) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    if chars.len() > 20 {
        return Vec::new();
    }
    let mut forms = vec![name.to_string()];
    let drop_one = |word: &[char]| -> Vec<Vec<char>> {
        (0..word.len())
            .map(|k| {
                word.iter()
                    .enumerate()
                    .filter(|&(j, _)| j != k)
                    .map(|(_, &c)| c)
                    .collect()
            })
            .collect()
    };
    let once = drop_one(&chars);
    if !one_letter && (8..=12).contains(&chars.len()) {
        for word in &once {
            forms.extend(
                drop_one(word)
                    .into_iter()
                    .map(|w| w.into_iter().collect::<String>()),
            );
        }
    }
    forms.extend(once.into_iter().map(|w| w.into_iter().collect::<String>()));
    forms.sort_unstable();
    forms.dedup();
    forms
}

/// Familiar forms of given names and the formal names they stand for, lower case: "Pete Lund" and "Peter Lund" in
/// one text are one person. Only forms that stand for one formal name ("Chris" and "Pat" do not).
const FAMILIAR_GIVEN_NAMES: &[(&str, &str)] = &[
    ("abe", "abraham"),
    ("andy", "andrew"),
    ("barb", "barbara"),
    ("ben", "benjamin"),
    ("bernie", "bernard"),
    ("bill", "william"),
    ("billy", "william"),
    ("bob", "robert"),
    ("bobby", "robert"),
    ("cathy", "catherine"),
    ("chuck", "charles"),
    ("dan", "daniel"),
    ("danny", "daniel"),
    ("dave", "david"),
    ("debbie", "deborah"),
    ("dick", "richard"),
    ("doug", "douglas"),
    ("ed", "edward"),
    ("eddie", "edward"),
    ("greg", "gregory"),
    ("jim", "james"),
    ("jimmy", "james"),
    ("joe", "joseph"),
    ("jeff", "jeffrey"),
    ("jen", "jennifer"),
    ("jenny", "jennifer"),
    ("ken", "kenneth"),
    ("kathy", "katherine"),
    ("larry", "lawrence"),
    ("liz", "elizabeth"),
    ("matt", "matthew"),
    ("mike", "michael"),
    ("mick", "michael"),
    ("nick", "nicholas"),
    ("pete", "peter"),
    ("peggy", "margaret"),
    ("rick", "richard"),
    ("rob", "robert"),
    ("ron", "ronald"),
    ("sandy", "sandra"),
    ("steve", "steven"),
    ("sue", "susan"),
    ("ted", "edward"),
    ("tim", "timothy"),
    ("tom", "thomas"),
    ("tommy", "thomas"),
    ("tony", "anthony"),
    ("vicky", "victoria"),
    ("will", "william"),
];

/// A given name in the form that its familiar and formal forms share, accents folded: "pete" and "Peter" are
/// "peter".
pub fn formal_given_name(word: &str) -> String {
    let folded = crate::util::fold_accents(word);
    FAMILIAR_GIVEN_NAMES
        .iter()
        .find(|(familiar, _)| *familiar == folded)
        .map_or(folded, |(_, formal)| (*formal).to_string())
}

/// A word of kinship or of a generation, lower case: "father", "son", "elder".
fn is_kin_word(lower: &str) -> bool {
    let spouse_or_wider = matches!(
        lower,
        "mom" | "wife" | "husband" | "widow" | "uncle" | "aunt" | "cousin" | "nephew" | "niece"
    );
    (is_relative_word(lower) && !spouse_or_wider)
        || matches!(lower, "elder" | "younger" | "senior" | "junior" | "first")
}

/// A word for a relative, lower case: "father", "wife", "cousin".
fn is_relative_word(lower: &str) -> bool {
    matches!(
        lower,
        "father"
            | "son"
            | "dad"
            | "grandfather"
            | "grandson"
            | "brother"
            | "mother"
            | "mom"
            | "daughter"
            | "granddaughter"
            | "grandmother"
            | "sister"
            | "wife"
            | "husband"
            | "widow"
            | "uncle"
            | "aunt"
            | "cousin"
            | "nephew"
            | "niece"
            | "namesake"
    )
}

/// A generational suffix after a surname: "Jr.", "III".
fn is_name_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "jr" | "sr" | "ii" | "iii" | "iv"
    )
}

/// One name for each person a text names in full several ways: with and without a middle name or initial
/// ("Anna Berg", "Anna Holm Berg"), with a familiar form of the given name ("Pete Lund", "Peter Lund"), with and
/// without accents ("François Lund", "Francois Lund"). Such names (the same given name, surname and suffix, as
/// `formal_given_name` reads them) take the most frequent of them, the longest on a tie. Names with different
/// middle names stay apart ("George H. Lund" and "George W. Lund" are father and son), and so do names across a
/// suffix ("Tom Lund Jr." is not "Tom Lund").
fn one_name_per_person<'a>(
    words: &[&str],
    mentions: &[Mention],
    names: Vec<&'a str>,
) -> Vec<&'a str> {
    let mut counts: HashMap<&str, usize, FastBuild> = HashMap::default();
    // Names written just after a word of kinship or of a generation: "his father, George Lund", "the first
    // President George Lund", "Lund's son".
    let mut kin_named: HashSet<&str> = HashSet::new();
    for (m, name) in mentions.iter().zip(&names) {
        if m.kind == EntityKind::Person && name.contains(' ') {
            *counts.entry(name).or_default() += 1;
            if words[m.first.saturating_sub(4)..m.first]
                .iter()
                .any(|w| is_kin_word(&lower_case(w)))
            {
                kin_named.insert(name);
            }
        }
    }
    // (given, surname, suffix) -> the names, each with its middle words.
    type Key = (String, String, String);
    let mut forms: HashMap<Key, Vec<(&str, String)>, FastBuild> = HashMap::default();
    for &name in counts.keys() {
        let mut words: Vec<&str> = name.split(' ').collect();
        let suffix = match words.last() {
            Some(last) if is_name_suffix(last) => words.pop().map(|w| w.to_ascii_lowercase()),
            _ => None,
        };
        let [given, middle @ .., surname] = &words[..] else {
            continue;
        };
        let key = (
            formal_given_name(given),
            crate::util::fold_accents(surname),
            suffix.unwrap_or_default(),
        );
        let middle = middle
            .iter()
            .map(|w| crate::util::fold_accents(w))
            .collect::<Vec<_>>()
            .join(" ");
        forms.entry(key).or_default().push((name, middle));
    }
    let mut one_name: HashMap<&str, &str, FastBuild> = HashMap::default();
    let mut join = |names: &[&(&'a str, String)]| {
        let chosen = names
            .iter()
            .map(|(name, _)| *name)
            .max_by_key(|name| (counts[name], name.len(), std::cmp::Reverse(*name)));
        if let Some(chosen) = chosen.filter(|_| names.len() >= 2) {
            for (name, _) in names {
                one_name.insert(name, chosen);
            }
        }
    };
    for names in forms.values().filter(|names| names.len() >= 2) {
        // The names by their middle words, grouped once: a text may name thousands of people who share a given
        // name and a surname.
        let mut by_middle: HashMap<&str, Vec<&(&'a str, String)>, FastBuild> = HashMap::default();
        for form in names {
            by_middle.entry(form.1.as_str()).or_default().push(form);
        }
        let plain_and_one = by_middle.len() == 2 && by_middle.contains_key("");
        if plain_and_one {
            // A maiden or a middle name is one person's ("Anna Holm Berg"). A middle initial may tell a son from
            // his father: "his father, George Lund" beside "George W. Lund".
            let middle = by_middle
                .keys()
                .copied()
                .find(|m| !m.is_empty())
                .unwrap_or("");
            let initials = middle
                .split(' ')
                .all(|w| w.trim_end_matches('.').chars().count() == 1);
            let kin = names.iter().any(|(name, _)| kin_named.contains(name));
            if !initials || !kin {
                join(&names.iter().collect::<Vec<_>>());
                continue;
            }
        }
        for same_middle in by_middle.values() {
            join(same_middle);
        }
    }
    if one_name.is_empty() {
        return names;
    }
    mentions
        .iter()
        .zip(names)
        .map(|(m, name)| {
            if m.kind == EntityKind::Person {
                one_name.get(name).copied().unwrap_or(name)
            } else {
                name
            }
        })
        .collect()
}

/// The most words a name may have to join a longer name that ends or begins with it.
const MAX_JOINING_WORDS: usize = 8;

/// The most frequent of the longer person names `candidates` (indexes into `full_names`: name, lower case, words,
/// mentions), the longest on a tie, else `name` itself.
fn longer_name<'a>(
    name: &'a str,
    candidates: &[usize],
    full_names: &[(&'a str, String, usize, usize)],
) -> &'a str {
    candidates
        .iter()
        .map(|&i| &full_names[i])
        .max_by_key(|(full, _, full_parts, count)| (*count, *full_parts, std::cmp::Reverse(*full)))
        .map_or(name, |(full, ..)| *full)
}

/// A name's words as a name is written: spaced, save a possessive inside it ("People's Party", not "People 's
/// Party").
fn join_name(words: &[&str]) -> String {
    let mut name = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for (i, w) in words.iter().enumerate() {
        if i > 0 && !is_possessive(w) {
            name.push(' ');
        }
        name.push_str(w);
    }
    name
}

fn group(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    mentions: &[Mention],
    surnames: &HashMap<usize, (usize, usize), FastBuild>,
    gaz: &Gazetteer,
) -> Vec<Entity> {
    // Each distinct (kind, words) is named once: an article repeats its names.
    let mut distinct: HashMap<(EntityKind, &[&str]), usize, FastBuild> = HashMap::default();
    let mut canonical: Vec<String> = Vec::new();
    let mut shared: HashMap<String, usize, FastBuild> = HashMap::default();
    let name_index: Vec<usize> = mentions
        .iter()
        .map(|m| {
            // "Tomas" in "Tomas and Maren Lund": the given name and the surname it shares.
            if let Some(&(first, last)) = surnames.get(&m.first).filter(|_| m.first == m.last) {
                let name = format!("{} {}", words[m.first], join_name(&words[first..=last]));
                let name = canonical_of(name, m.kind, gaz);
                return *shared.entry(name).or_insert_with_key(|name| {
                    canonical.push(name.clone());
                    canonical.len() - 1
                });
            }
            let surface = &words[m.first..=m.last];
            *distinct.entry((m.kind, surface)).or_insert_with(|| {
                canonical.push(canonical_of(join_name(surface), m.kind, gaz));
                canonical.len() - 1
            })
        })
        .collect();
    let names: Vec<&str> = name_index.iter().map(|&i| canonical[i].as_str()).collect();
    let names = one_name_per_person(words, mentions, names);
    // People: a shorter name joins the most frequent longer person name that ends (or else begins) with it, the
    // longest on a tie ("Clinton" joins "Hillary Clinton", named five times, not an epithet-laden form named once);
    // but see below for the full names of several people.
    let mut person_counts: HashMap<&str, usize, FastBuild> = HashMap::default();
    for (m, name) in mentions.iter().zip(&names) {
        if m.kind == EntityKind::Person {
            *person_counts.entry(name).or_default() += 1;
        }
    }
    // Sorted so that ties between equally good full names resolve the same way every run.
    let mut full_names: Vec<(&str, String, usize, usize)> = person_counts
        .iter()
        .map(|(n, c)| (*n, n.to_lowercase(), n.split(' ').count(), *c))
        .collect();
    full_names.sort();
    let mut by_suffix: HashMap<&str, Vec<usize>, FastBuild> = HashMap::default();
    let mut by_prefix: HashMap<&str, Vec<usize>, FastBuild> = HashMap::default();
    // Only shorter names of a few words join a longer one: indexing every part of a run of thousands of
    // capitalised words would hash it once per word.
    for (i, (_, lower, parts, _)) in full_names.iter().enumerate() {
        for (k, (space, _)) in lower.match_indices(' ').enumerate() {
            if parts - (k + 1) <= MAX_JOINING_WORDS {
                by_suffix.entry(&lower[space + 1..]).or_default().push(i);
            }
            // "Tom Okafor" is not "Tom Okafor Jr.", his father or his son.
            let suffix_after =
                k >= 1 && parts - (k + 1) == 1 && is_name_suffix(&lower[space + 1..]);
            if k < MAX_JOINING_WORDS && !suffix_after {
                by_prefix.entry(&lower[..space]).or_default().push(i);
            }
        }
        // "Okafor" joins "Tom Okafor Jr.": the surname stands before a generational suffix.
        if *parts >= 3 {
            let surname = lower
                .rsplit_once(' ')
                .filter(|(_, suffix)| is_name_suffix(suffix))
                .and_then(|(head, _)| head.rsplit_once(' '));
            if let Some((_, surname)) = surname {
                by_suffix.entry(surname).or_default().push(i);
            }
        }
    }
    // For each full name, the longer person names that end (or else begin) with it: a look-up, not a scan of every
    // name per name, so an article of thousands of people stays linear. Only the suffixes and prefixes of at most
    // `MAX_JOINING_WORDS` words are indexed.
    let candidates: Vec<&[usize]> = full_names
        .iter()
        .map(|(_, lower, ..)| {
            by_suffix
                .get(lower.as_str())
                .or_else(|| by_prefix.get(lower.as_str()))
                .map_or(&[][..], Vec::as_slice)
        })
        .collect();
    let mut resolved: HashMap<&str, &str, FastBuild> = full_names
        .iter()
        .zip(&candidates)
        .map(|((name, ..), longer)| (*name, longer_name(name, longer, &full_names)))
        .collect();
    // "Lydia Buchtmann says ...", then "Bauchtman said": a lone name that joins no one and is no given name, spelt
    // like the surname of exactly one person named in full, is that person misspelt.
    // The lone names are indexed (most texts have none or a few), and each full name's surname looked up in them.
    let lone: Vec<&str> = full_names
        .iter()
        .filter(|(name, _, parts, _)| {
            *parts == 1 && resolved[name] == *name && gaz.word_flags(name) & GIVEN == 0
        })
        .map(|(name, ..)| *name)
        .collect();
    if !lone.is_empty() {
        let alike = SpeltAlike::new(lone.iter().copied(), false, false);
        // For each lone name, the one person spelt alike, or None once another is found.
        let mut person_of: HashMap<usize, Option<&str>, FastBuild> = HashMap::default();
        for (name, _, parts, _) in &full_names {
            let Some((_, surname)) = name.rsplit_once(' ').filter(|_| *parts >= 2) else {
                continue;
            };
            // The person the full name stands for ("Hillary Clinton" may be "Hillary Rodham Clinton").
            let person = resolved[name];
            for i in alike.all(surname) {
                person_of
                    .entry(i)
                    .and_modify(|p| {
                        if *p != Some(person) {
                            *p = None;
                        }
                    })
                    .or_insert(Some(person));
            }
        }
        for (i, person) in person_of {
            if let Some(person) = person {
                resolved.insert(lone[i], person);
            }
        }
    }
    // Where the full names of several people end (or begin) with a shorter name, it joins the person the
    // article named in full first. An article names its subject before the relatives and namesakes it brings in:
    // after "Maren Holt, whose father Anders Holt held the seat", "Holt said" is Maren Holt, however often her
    // father is named. A name that opens with a common word ("Support Trump", a headline's) comes last.
    let mut named_first: HashMap<&str, usize, FastBuild> = HashMap::default();
    for (at, (m, name)) in mentions.iter().zip(&names).enumerate() {
        // "Tomas" in "Tomas and Maren Lund" is not named in full: "Lund" is Maren Lund.
        if m.kind == EntityKind::Person && name.contains(' ') && !surnames.contains_key(&m.first) {
            named_first.entry(resolved[name]).or_insert(at);
        }
    }
    let rank = |person: &str| {
        let opens_common = person
            .split(' ')
            .next()
            .is_some_and(|w| gazetteer::is_common_word(&w.to_lowercase()));
        let at = named_first.get(person).copied().unwrap_or(usize::MAX);
        (opens_common, at)
    };
    // The shorter names several people share, with those people.
    let mut shared_by: HashMap<&str, Vec<&str>, FastBuild> = HashMap::default();
    let resolved: HashMap<&str, &str, FastBuild> = full_names
        .iter()
        .zip(&candidates)
        .map(|((name, ..), longer_names)| {
            let longer = resolved[name];
            let mut people: Vec<&str> = longer_names
                .iter()
                .map(|&i| resolved[full_names[i].0])
                .collect();
            people.sort_unstable();
            people.dedup();
            let person = match people[..] {
                [_, _, ..] => {
                    let first = people
                        .iter()
                        .copied()
                        .min_by_key(|&p| (rank(p), p))
                        .unwrap_or(longer);
                    // "Kristin Wilkins" named first, "Kristen Wilkins" more often: one person spelt two ways,
                    // whose most frequent spelling names her.
                    if spelt_alike(first, longer) {
                        longer
                    } else {
                        shared_by.insert(name, people);
                        first
                    }
                }
                _ => longer,
            };
            (*name, person)
        })
        .collect();
    // "Gary Lund" early in a long story, "Secretary Jeh Lund says" much later, then "Lund said": a shared name
    // after another person sharing it was named in full, not as a relative ("whose father Anders Holt"), is that
    // person, who was named last.
    let mut person_at: Vec<Option<&str>> = vec![None; mentions.len()];
    if !shared_by.is_empty() {
        let mut order: Vec<usize> = (0..mentions.len()).collect();
        order.sort_by_key(|&i| mentions[i].first);
        // Each person's last mention in full so far, by its first token.
        let mut last_full: HashMap<&str, usize, FastBuild> = HashMap::default();
        // How often each person is named in full: a namesake named less often than the person the article named
        // first ("Eric Trump" once beside "Donald Trump" throughout) does not take the shared name.
        let mut in_full: HashMap<&str, usize, FastBuild> = HashMap::default();
        for (m, name) in mentions.iter().zip(&names) {
            if m.kind == EntityKind::Person && name.contains(' ') && !shared_by.contains_key(name) {
                *in_full.entry(resolved[name]).or_default() += 1;
            }
        }
        // Where each shared name was first used alone.
        let mut used_alone: HashMap<&str, usize, FastBuild> = HashMap::default();
        for i in order {
            let (m, name) = (&mentions[i], names[i]);
            if m.kind != EntityKind::Person {
                continue;
            }
            if let Some(people) = shared_by.get(name) {
                let first = resolved[name];
                let often = in_full.get(first).copied().unwrap_or(0);
                // Only where the article had not yet used the shared name alone when it named the other person:
                // after "Tom Lund ... Lund said ... Anna Lund", "Lund" stays Tom Lund.
                let used_from = *used_alone.entry(name).or_insert(m.first);
                person_at[i] = people
                    .iter()
                    .filter_map(|p| last_full.get(p).map(|&at| (at, *p)))
                    .max()
                    .filter(|&(at, p)| {
                        at < used_from && in_full.get(p).copied().unwrap_or(0) >= often
                    })
                    .map(|(_, p)| p);
            } else if name.contains(' ')
                && !surnames.contains_key(&m.first)
                // Named as a speaker ("Secretary Jeh Lund says"), not in passing ("the staff of Jeh Lund").
                && words
                    .get(m.last + 1)
                    .is_some_and(|w| is_speech_verb(w))
                && !words[m.first.saturating_sub(3)..m.first]
                    .iter()
                    .any(|w| is_relative_word(&lower_case(w)))
            {
                last_full.insert(resolved[name], m.first);
            }
        }
    }

    let respelt = given_names_respelt(mentions, &names, &resolved);
    let mut entities: Vec<Entity> = Vec::new();
    let mut index: HashMap<(EntityKind, &str), usize, FastBuild> = HashMap::default();
    for ((m, name), named_last) in mentions.iter().zip(&names).zip(person_at) {
        let name = if m.kind == EntityKind::Person {
            let person = named_last.unwrap_or(resolved[name]);
            respelt.get(person).copied().unwrap_or(person)
        } else {
            name
        };
        let span = Span::new(tokens[m.first].start, tokens[m.last].end);
        let raw = &text[span.start..span.end];
        // A span begins and ends with a token, so it reads the same with its white space collapsed unless it
        // holds other white space than single spaces.
        let single_spaced =
            !raw.contains(|c: char| c.is_whitespace() && c != ' ') && !raw.contains("  ");
        let surface: Cow<str> = if single_spaced {
            Cow::Borrowed(raw)
        } else {
            Cow::Owned(raw.split_whitespace().collect::<Vec<_>>().join(" "))
        };
        let at = *index.entry((m.kind, name)).or_insert_with(|| {
            entities.push(Entity {
                kind: m.kind,
                name: name.to_string(),
                aliases: vec![name.to_string()],
                mentions: Vec::new(),
            });
            entities.len() - 1
        });
        let entity = &mut entities[at];
        if !entity.aliases.iter().any(|a| *a == surface) {
            entity.aliases.push(surface.into_owned());
        }
        entity.mentions.push(span);
    }
    for e in &mut entities {
        e.mentions.sort();
        e.mentions.dedup();
    }
    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(sentence: &str, kind: EntityKind) -> Vec<String> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut out = Vec::new();
        let whole = Mention {
            first: 0,
            last: words.len() - 1,
            kind,
        };
        split_at_inner_words(
            &words,
            whole,
            &mut out,
            &crate::extract::entities::engine().gazetteer,
        );
        out.iter()
            .map(|m| words[m.first..=m.last].join(" "))
            .collect()
    }

    /// The entity each person mention is grouped under: `people` are the word ranges the tagger marked.
    fn grouped(text: &str, people: &[(usize, usize)]) -> Vec<String> {
        let tokens = crate::extract::tokenize::tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let mentions: Vec<Mention> = people
            .iter()
            .map(|&(first, last)| Mention {
                first,
                last,
                kind: EntityKind::Person,
            })
            .collect();
        let entities = group(
            text,
            &tokens,
            &words,
            &mentions,
            &HashMap::default(),
            &Gazetteer::builtin(),
        );
        mentions
            .iter()
            .map(|m| {
                let start = tokens[m.first].start;
                let e = entities
                    .iter()
                    .find(|e| e.mentions.iter().any(|s| s.start == start));
                e.map_or(String::new(), |e| e.name.clone())
            })
            .collect()
    }

    #[test]
    fn a_surname_takes_the_given_name_before_it_when_the_text_names_that_person() {
        let text = "Khizr and Ghazala Holt spoke . Khizr Holt waved . Khizr Holt said so .";
        let tokens = crate::extract::tokenize::tokenize(text);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let person = |first, last| Mention {
            first,
            last,
            kind: EntityKind::Person,
        };
        let mut mentions = vec![person(2, 3), person(6, 7), person(11, 11)];
        make_consistent(&words, &mut mentions, &Gazetteer::builtin());
        let spans: Vec<(usize, usize)> = mentions.iter().map(|m| (m.first, m.last)).collect();
        assert_eq!(spans, [(2, 3), (6, 7), (10, 11)]);
    }

    #[test]
    fn a_misspelt_surname_alone_joins_the_one_person_spelt_alike() {
        // One letter dropped, or two changed in a long name: the same person, misspelt.
        let text = "Marta Lindqvist won . Lindqvst said so .";
        assert_eq!(grouped(text, &[(0, 1), (4, 4)]), ["Marta Lindqvist"; 2]);
        let text = "Lydia Halvorsenn won . Hallvorsen said so .";
        assert_eq!(grouped(text, &[(0, 1), (4, 4)]), ["Lydia Halvorsenn"; 2]);
        // A given name is someone else; so is a name spelt like two people's.
        let text = "Chris Christie won . Christian said so .";
        assert_eq!(
            grouped(text, &[(0, 1), (4, 4)]),
            ["Chris Christie", "Christian"]
        );
        let text = "Marta Lindqvist won . Erik Lindqvista came . Lindqvst said so .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 8)]);
        assert_eq!(got[2], "Lindqvst", "{got:?}");
        // Two full names of one person: still one person.
        let text = "Marta Anna Lindqvist won . Anna Lindqvist came . Lindqvst said so .";
        let got = grouped(text, &[(0, 2), (5, 6), (9, 9)]);
        assert_eq!(got, ["Marta Anna Lindqvist"; 3]);
    }

    #[test]
    fn a_given_name_with_a_letter_dropped_is_one_person() {
        // "Hilary" once, "Hillary" twice: the spelling written more often names her, and "Lund" joins her.
        let text = "Hilary Lund won . Hillary Lund came . Hillary Lund left . Lund said so .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 9), (12, 12)]);
        assert_eq!(got, ["Hillary Lund"; 4]);
        // Once each: the longer spelling, a letter dropped being the commoner slip.
        let text = "Phillip Okafor won . Phillip Okafor came . Philip Okafor left .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 9)]);
        assert_eq!(got, ["Phillip Okafor"; 3]);
        // A vowel changed in a longer name is a misspelling too.
        let text = "Kristin Wilkins won . Kristen Wilkins came . Kristen Wilkins left .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 9)]);
        assert_eq!(got, ["Kristen Wilkins"; 3]);
        // A letter changed in a short name, or a consonant, may be a brother: "Tomas" and "Tamas", "Tom" and "Tim",
        // "Martin" and "Marvin" stay two people, and so do short names with a letter added.
        let text = "Martin Holt won . Marvin Holt came .";
        assert_eq!(
            grouped(text, &[(0, 1), (4, 5)]),
            ["Martin Holt", "Marvin Holt"]
        );
        let text = "Tomas Lund won . Tamas Lund came . Tim Berg left . Tiim Berg sang .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 9), (12, 13)]);
        assert_eq!(got, ["Tomas Lund", "Tamas Lund", "Tim Berg", "Tiim Berg"]);
    }

    #[test]
    fn a_surname_of_several_people_joins_the_one_named_first() {
        // The father is named in full more often; the article's subject was named first.
        let text = "Maren Holt won . Anders Holt lost . Anders Holt farms . Holt said so .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 9), (12, 12)]);
        assert_eq!(got[3], "Maren Holt", "{got:?}");
        // Named in full once each: the first, not the first in the alphabet.
        let text = "Tomas Lindqvist won . Erik Lindqvist came . Lindqvist said so .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 8)]);
        assert_eq!(got[2], "Tomas Lindqvist", "{got:?}");
        // A headline's verb taken into a name ("Support") puts that name last, though it came first.
        let text =
            "Support Lindqvist . Tomas Lindqvist won . Erik Lindqvist came . Lindqvist said so .";
        let got = grouped(text, &[(0, 1), (3, 4), (7, 8), (11, 11)]);
        assert_eq!(got[3], "Tomas Lindqvist", "{got:?}");
        // One person spelt two ways ("Kristin", then twice "Kristen"): her most frequent spelling names her.
        let text = "Kristin Holt won . Kristen Holt spoke . Kristen Holt left . Holt said so .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 9), (12, 12)]);
        assert_eq!(got[3], "Kristen Holt", "{got:?}");
        // One person's names: the most frequent full name, as before ("Holt" is not in two people's names).
        let text = "Maren Holt won . Maren Holt spoke . Holt said so .";
        let got = grouped(text, &[(0, 1), (4, 5), (8, 8)]);
        assert_eq!(got[2], "Maren Holt", "{got:?}");
    }

    #[test]
    fn a_shared_surname_joins_a_namesake_just_introduced_as_a_speaker() {
        // "Lund" was not yet used alone when Jeh Lund was introduced speaking: the later "Lund" is his.
        let text = "Gary Lund ran . Jeh Lund says no . Lund said so . Lund left .";
        let got = grouped(text, &[(0, 1), (4, 5), (9, 9), (13, 13)]);
        assert_eq!(got[2..], ["Jeh Lund", "Jeh Lund"], "{got:?}");
        // The surname already used alone for the first person stays his, whoever is introduced after.
        let text = "Gary Lund ran . Lund won . Jeh Lund says no . Lund said so .";
        let got = grouped(text, &[(0, 1), (4, 4), (7, 8), (12, 12)]);
        assert_eq!(got[3], "Gary Lund", "{got:?}");
        // Named in passing, not speaking, the namesake does not take the surname.
        let text = "Gary Lund ran . The staff of Jeh Lund came . Lund said so .";
        let got = grouped(text, &[(0, 1), (7, 8), (11, 11)]);
        assert_eq!(got[2], "Gary Lund", "{got:?}");
        // Nor a relative introduced speaking.
        let text = "Gary Lund ran . His father Jeh Lund says no . Lund said so .";
        let got = grouped(text, &[(0, 1), (6, 7), (11, 11)]);
        assert_eq!(got[2], "Gary Lund", "{got:?}");
    }

    #[test]
    fn one_name_word_after_the_is_no_person_unless_a_known_name_before_a_noun_or_a_family() {
        let gaz = Gazetteer::builtin();
        // (sentence, index of the one-word person the tagger found, kind after the rule)
        let cases: &[(&str, usize, EntityKind)] = &[
            ("he told the Kestrel : yes", 3, EntityKind::Organization),
            (
                "fans of the Riverhawks cheered",
                3,
                EntityKind::Organization,
            ),
            ("aides of the Johnson administration", 3, EntityKind::Person),
            ("a photo of the Johnsons", 3, EntityKind::Person),
        ];
        for &(sentence, at, kind) in cases {
            let words: Vec<&str> = sentence.split(' ').collect();
            let mut mentions = vec![Mention {
                first: at,
                last: at,
                kind: EntityKind::Person,
            }];
            the_names_no_person(&words, &mut mentions, &gaz);
            assert_eq!(mentions[0].kind, kind, "{sentence}");
        }
    }

    #[test]
    fn a_tagged_name_is_split_at_a_word_that_names_do_not_hold() {
        use EntityKind::{Organization as Org, Person as Per, Place};
        let cases: &[(&str, EntityKind, &[&str])] = &[
            ("Norway faced South Korea", Org, &["Norway", "South Korea"]),
            ("Norway defeated debutants Peru", Org, &["Norway", "Peru"]),
            (
                "Anna Berg and Tom Okafor",
                Per,
                &["Anna Berg", "Tom Okafor"],
            ),
            ("Pieter van der Berg", Per, &["Pieter van der Berg"]),
            ("Bank of England", Org, &["Bank of England"]),
            ("Trinidad and Tobago", Place, &["Trinidad and Tobago"]),
            ("Frankfurt am Main", Place, &["Frankfurt am Main"]),
            ("Procter and Gamble", Org, &["Procter and Gamble"]),
        ];
        for (sentence, kind, want) in cases {
            assert_eq!(&split(sentence, *kind), want, "{sentence}");
        }
    }

    #[test]
    fn a_place_cut_in_three_grows_over_its_own_parts() {
        let gaz = Gazetteer::builtin();
        let words = ["in", "New", "South", "Wales", ",", "Victoria"];
        let place = |first, last| Mention {
            first,
            last,
            kind: EntityKind::Place,
        };
        let mut mentions = vec![place(1, 1), place(3, 3), place(5, 5)];
        merge_split_places(&words, &mut mentions, &gaz);
        assert_eq!(mentions, [place(1, 3), place(5, 5)]);
    }

    #[test]
    fn a_name_does_not_begin_with_a_joining_word() {
        let gaz = Gazetteer::builtin();
        let words = ["members", "of", "Civic", "Unity", "voted"];
        let m = Mention {
            first: 1,
            last: 3,
            kind: EntityKind::Organization,
        };
        let cleaned = clean(&words, m, &gaz).expect("a name remains");
        assert_eq!((cleaned.first, cleaned.last), (2, 3));
    }

    #[test]
    fn a_person_of_a_place_or_firm_is_split() {
        let gaz = Gazetteer::builtin();
        let words = [
            "said",
            "Tomas",
            "Lindqvist",
            "of",
            "Sweden",
            "and",
            "Ana",
            "Ruiz",
            "of",
            "Acme",
            "Partners",
        ];
        let mut mentions = vec![
            Mention {
                first: 1,
                last: 4,
                kind: EntityKind::Person,
            },
            Mention {
                first: 6,
                last: 10,
                kind: EntityKind::Person,
            },
        ];
        split_person_of(&words, &mut mentions, &gaz);
        let got: Vec<(String, EntityKind)> = mentions
            .iter()
            .map(|m| (words[m.first..=m.last].join(" "), m.kind))
            .collect();
        let want = [
            ("Tomas Lindqvist", EntityKind::Person),
            ("Sweden", EntityKind::Place),
            ("Ana Ruiz", EntityKind::Person),
            ("Acme Partners", EntityKind::Organization),
        ];
        assert_eq!(got, want.map(|(s, k)| (s.to_string(), k)));
        // One word before "of" is a name of its own ("Isabella of Castile"): left alone.
        let words = ["Isabella", "of", "Castile"];
        let mut mentions = vec![Mention {
            first: 0,
            last: 2,
            kind: EntityKind::Person,
        }];
        split_person_of(&words, &mut mentions, &gaz);
        assert_eq!((mentions[0].first, mentions[0].last), (0, 2));
    }
}
