//! Organisations that a tagger splits or takes for a place or a person: a company with its legal suffix ("Harbour
//! Mills Corp"), a body named after a place ("Lisbon Stock Exchange", "Bank of Portugal", "Party of Regions").

use super::canonical::Mention;
use super::gazetteer::{Gazetteer, CITY_MAJOR, COUNTRY, GIVEN, ORG, PLACE, REGION, SURNAME};
use super::rules::{is_name_word, is_party_word, is_title_or_role, not_in_person_names};
use crate::article::EntityKind;
use std::collections::HashSet;

/// Words that end a company's name.
fn is_company_suffix(word: &str) -> bool {
    matches!(
        word,
        "Corp"
            | "Corp."
            | "Corporation"
            | "Inc"
            | "Inc."
            | "Ltd"
            | "Ltd."
            | "Limited"
            | "Co"
            | "Co."
            | "Plc"
            | "PLC"
            | "plc"
            | "AG"
            | "SA"
            | "S.A."
            | "NV"
            | "N.V."
            | "LLC"
            | "GmbH"
            | "Bros."
            | "Holdings"
            | "Bancorp"
            | "Bancshares"
    )
}

/// Capitalised words that make a name an institution's.
pub(crate) fn is_institution_word(word: &str) -> bool {
    matches!(
        word,
        "Exchange"
            | "University"
            | "College"
            | "Bank"
            | "Board"
            | "Council"
            | "Party"
            | "Union"
            | "Association"
            | "Organisation"
            | "Organization"
            | "Ministry"
            | "Commission"
            | "Committee"
            | "Federation"
            | "Institute"
            | "Academy"
            | "Bureau"
            | "Department"
            | "Agency"
            | "Authority"
            | "Airlines"
            | "Airways"
            | "Church"
            | "Court"
            | "League"
            | "Chamber"
            | "Foundation"
            | "Society"
            | "Club"
            // Places that are also institutions: "Leigh Block Museum", "Harbour Art Gallery".
            | "Museum"
            | "Gallery"
            | "Library"
            | "Hospital"
            | "School"
            | "Studios"
            | "Newsroom"
            | "Newsdesk"
            | "Desk"
            // Newspapers and magazines: "Harbour Herald", "Riverton Gazette".
            | "Herald"
            | "Gazette"
            | "Tribune"
            | "Chronicle"
            | "Telegraph"
            | "Times"
            | "Post"
            | "Journal"
            | "Courier"
            | "Observer"
            | "Examiner"
            | "Magazine"
            | "Bulletin"
            | "Register"
            // Broadcasters: "Riverton Radio", "Harbour Television", "GB News".
            | "Radio"
            | "Television"
            | "Broadcasting"
            | "News"
    )
}

/// Firms named by two names joined with "&" ("Berg & Lund", "Okafor & Sons Co") and airlines named "Air" and a
/// country or a city ("Air Norway", "Air New Zealand"): one organisation, in place of what the tagger found in it.
pub(crate) fn firms(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let name =
        |w: &str| is_name_word(w) || (w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase()));
    let mut found = Vec::new();
    for k in 1..words.len().saturating_sub(1) {
        if words[k] == "&" && name(words[k - 1]) && name(words[k + 1]) {
            let mut first = k - 1;
            if first > 0 && name(words[first - 1]) {
                first -= 1;
            }
            let mut last = k + 1;
            while last + 1 < words.len()
                && last - k < 3
                && (name(words[last + 1]) || is_company_suffix(words[last + 1]))
            {
                last += 1;
            }
            // "Anna Berg & Tom Okafor": two people, a duo.
            let people = first + 2 == k && gaz.word_flags(words[first]) & GIVEN != 0;
            if !people {
                found.push(Mention {
                    first,
                    last,
                    kind: EntityKind::Organization,
                });
            }
        } else if words[k] == "Air" {
            let place = (k + 1..words.len().min(k + 4))
                .rev()
                .find(|&e| gaz.phrase_flags(&words[k + 1..=e]) & (COUNTRY | CITY_MAJOR) != 0);
            if let Some(last) = place {
                found.push(Mention {
                    first: k,
                    last,
                    kind: EntityKind::Organization,
                });
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // The words the firms cover, marked once: testing each mention against every firm would be quadratic in a
    // text of many "&"s.
    let mut covered = vec![false; words.len()];
    for f in &found {
        covered[f.first..=f.last].iter_mut().for_each(|c| *c = true);
    }
    mentions.retain(|m| !covered[m.first..=m.last].contains(&true));
    mentions.extend(found);
    mentions.sort_by_key(|m| m.first);
}

/// "United Nations aid workers", "fans of Real Madrid": a name of two to four words that the
/// organisation list holds (and no place list) is that organisation, whatever the tagger made of its words; the
/// mentions inside it give way, one reaching past it stays.
pub(crate) fn known_organisations(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    let mut found: Vec<Mention> = Vec::new();
    let mut i = 0;
    while i + 1 < words.len() {
        let longest = (2..=4).rev().find(|&n| {
            i + n <= words.len()
                && words[i].starts_with(char::is_uppercase)
                && gaz.starts_phrase(words[i])
                && gaz.phrase_flags(&words[i..i + n]) & (ORG | PLACE) == ORG
        });
        match longest {
            Some(n) => {
                found.push(Mention {
                    first: i,
                    last: i + n - 1,
                    kind: EntityKind::Organization,
                });
                i += n;
            }
            None => i += 1,
        }
    }
    if found.is_empty() {
        return;
    }
    // Words of each found name, marked once; a mention reaching outside its name keeps it out.
    let mut inside = vec![usize::MAX; words.len()];
    for (k, f) in found.iter().enumerate() {
        inside[f.first..=f.last].iter_mut().for_each(|c| *c = k);
    }
    let mut blocked = vec![false; found.len()];
    for m in mentions.iter() {
        let k = inside[m.first];
        if (m.first..=m.last).any(|w| inside[w] != k) {
            (m.first..=m.last)
                .filter(|&w| inside[w] != usize::MAX)
                .for_each(|w| blocked[inside[w]] = true);
        }
    }
    mentions.retain(|m| inside[m.first] == usize::MAX || blocked[inside[m.first]]);
    mentions.extend(
        found
            .into_iter()
            .zip(blocked)
            .filter(|(_, b)| !b)
            .map(|(f, _)| f),
    );
    mentions.sort_by_key(|m| m.first);
}

/// Papers and foreign-language names: a person named right after "the daily", "newspaper" or "weekly", or right
/// before "daily" or "newspaper" ("the daily Harbour Zeitung", "Kurier Harbourski daily said"), or ending with a
/// paper's word ("Daily", "Zeitung", "Standard"), is a paper; two words opening with a French, Spanish, Italian
/// or German article ("Le Monde", "Die Zeit", "El Pais") are an organisation, unless someone named in full
/// ends with them ("Jean-Marie Le Pen ... Le Pen"). The same words elsewhere in the text follow.
pub(crate) fn papers(words: &[&str], mentions: &mut [Mention]) {
    let paper_word = |w: &str| matches!(w, "daily" | "weekly" | "newspaper" | "tabloid");
    let paper_name = |w: &str| matches!(w, "Daily" | "Zeitung" | "Standard" | "DAILY" | "ZEITUNG");
    // Not "Les", an English given name too (Les Paul).
    let article = |w: &str| {
        matches!(
            w,
            "Le" | "La"
                | "El"
                | "Il"
                | "Der"
                | "Die"
                | "Das"
                | "LE"
                | "LA"
                | "EL"
                | "IL"
                | "DER"
                | "DIE"
                | "DAS"
        )
    };
    // The last two words of people named in three words or more: only two-word names are tested against them.
    let full_names: HashSet<&[&str]> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.last >= m.first + 2)
        .map(|m| &words[m.last - 1..=m.last])
        .collect();
    let mut found: HashSet<&[&str]> = HashSet::new();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Person) {
        let name = &words[m.first..=m.last];
        let before = m.first.checked_sub(1).map(|i| words[i]);
        let after = words.get(m.last + 1).copied();
        let paper = before.is_some_and(paper_word)
            || after.is_some_and(|w| matches!(w, "daily" | "newspaper"))
            || (name.len() >= 2 && paper_name(words[m.last]));
        let foreign = name.len() == 2 && article(name[0]) && !full_names.contains(name);
        if paper || foreign {
            found.insert(name);
        }
    }
    if found.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Person && found.contains(&words[m.first..=m.last]) {
            m.kind = EntityKind::Organization;
        }
    }
}

/// Widens mentions to the organisation around them and makes them organisations; mentions the widened one
/// covers are dropped. Mentions stay sorted by their first word.
pub(crate) fn institutions(words: &[&str], mentions: &mut Vec<Mention>, gaz: &Gazetteer) {
    split_institutions(words, mentions);
    let mut widened = false;
    // What each mention is, by its first word. "of the" joins a name of one or two words ("Museum of the Moving
    // Image", "Foundation for the Visual Arts"), not another institution ("the University Library of the Vrije
    // Universiteit Amsterdam") or a country or a region, where the institution stands ("Colorado State
    // University of the US").
    // Looked up in a copy of the mentions sorted by first word, not a table over every word: a text of a million
    // tokens and few names should not pay 32 bytes a token.
    let mut by_first: Vec<Mention> = mentions.clone();
    by_first.sort_by_key(|m| m.first);
    let starting = |k: usize| {
        let end = by_first.partition_point(|m| m.first <= k);
        end.checked_sub(1)
            .map(|e| by_first[e])
            .filter(|m| m.first == k)
    };
    let joins_after_the = |k: usize| match starting(k) {
        None => gaz.word_flags(words[k]) & (COUNTRY | REGION) == 0,
        Some(n) if n.kind == EntityKind::Organization => {
            n.last <= k + 1 && !(k..=n.last).any(|w| is_institution_word(words[w]))
        }
        Some(n) => gaz.phrase_flags(&words[k..=n.last]) & (COUNTRY | REGION) == 0,
    };
    for m in mentions.iter_mut() {
        let mut first = m.first;
        let mut last = m.last;
        // A place's own name may end in such a word ("Russian Federation", "Soviet Union").
        let mut institution = is_company_suffix(words[last])
            || (is_institution_word(words[last])
                && gaz.phrase_flags(&words[first..=last]) & (PLACE | COUNTRY) == 0);
        // "the Council on Harbour Relations" tagged without its last word: an organisation's name takes the field
        // it is about.
        if m.kind == EntityKind::Organization
            && last + 1 < words.len()
            && starting(last + 1).is_none()
            && matches!(
                words[last + 1],
                "Relations"
                    | "Affairs"
                    | "Studies"
                    | "Rights"
                    | "Sciences"
                    | "Services"
                    | "Resources"
            )
        {
            last += 1;
            widened = true;
            m.last = last;
        }
        // "Harbour Mills Corp", "Lisbon Stock Exchange", "Denver Board of Trade": capitalised words after the name
        // up to an institution word or a company suffix, and an "of X" after that. A place named with "and" is
        // read whole ("the Newfoundland and Labrador Court of Appeal").
        if m.kind == EntityKind::Place
            && words.get(last + 1) == Some(&"and")
            && last + 2 < words.len()
            && gaz.phrase_flags(&words[first..=last + 2]) & PLACE != 0
        {
            let mut k = last + 3;
            while k < words.len() && k - last <= 5 && is_name_word(words[k]) {
                if is_institution_word(words[k]) {
                    last = k;
                    institution = true;
                    break;
                }
                k += 1;
            }
        }
        let mut k = last + 1;
        while k < words.len() && k - last <= 3 && is_name_word_or_suffix(words[k]) {
            if is_company_suffix(words[k]) || is_institution_word(words[k]) {
                last = k;
                institution = true;
            }
            k += 1;
        }
        if institution && (last > m.last || is_institution_word(words[last])) {
            // "Museum of the Moving Image": "of the" joins as "of" does.
            while let Some(joined) = [2, 3].into_iter().find(|&n| {
                last + n < words.len()
                    && words[last + 1] == "of"
                    && (n == 2 || (words[last + 2] == "the" && joins_after_the(last + 3)))
                    && is_name_word(words[last + n])
                    && last + n - m.last <= 5
            }) {
                last += joined;
                // The name after "the" is whole: a mention's words, or the name words that follow.
                if joined == 3 {
                    match starting(last) {
                        Some(n) => last = n.last,
                        None => {
                            while last + 1 < words.len()
                                && last + 1 - m.last <= 6
                                && starting(last + 1).is_none()
                                && is_name_word(words[last + 1])
                            {
                                last += 1;
                            }
                        }
                    }
                }
            }
        }
        // "National Bank of Portugal", "Party of Rural Renewal", "Commission on Harbour Safety",
        // "Committee for Budget Reform", "Foundation for the Visual Arts": an institution "of", "on" or "for" the
        // name, with or without "the".
        let joiner = if first >= 3 && words[first - 1] == "the" && joins_after_the(first) {
            first - 2
        } else {
            first.wrapping_sub(1)
        };
        if first >= 2 && matches!(words[joiner], "of" | "on" | "for") {
            let mut start = joiner;
            // Not a sentence's "The" ("The Harbour Foundation for the Arts").
            while start > 0
                && joiner - start < 4
                && is_name_word(words[start - 1])
                && !matches!(words[start - 1], "The" | "THE")
            {
                start -= 1;
            }
            if (start..joiner).any(|i| is_institution_word(words[i])) {
                first = start;
                institution = true;
            }
        }
        if institution {
            widened |= first != m.first || last != m.last;
            *m = Mention {
                first,
                last,
                kind: EntityKind::Organization,
            };
        }
    }
    if widened {
        mentions.sort_by_key(|m| (m.first, std::cmp::Reverse(m.last)));
        let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
        for m in mentions.drain(..) {
            if kept.last().is_some_and(|k| m.first <= k.last) {
                continue;
            }
            kept.push(m);
        }
        *mentions = kept;
    }
}

/// "the British Library and Columbia University's Developing Librarian project" tagged as one organisation: an
/// institution's word before "and", "&" or a possessive ends a name. The part after "and" is another
/// organisation; what follows a possessive belongs to the one before it and is dropped.
fn split_institutions(words: &[&str], mentions: &mut Vec<Mention>) {
    let mut parts = Vec::new();
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Organization || m.last < m.first + 2 {
            continue;
        }
        while let Some(k) = (m.first + 1..m.last).find(|&k| {
            is_institution_word(words[k - 1])
                && (matches!(words[k], "and" | "&") || super::canonical::is_possessive(words[k]))
        }) {
            let keep = !super::canonical::is_possessive(words[k]) && is_name_word(words[k + 1]);
            let after = super::canonical::cut_organisation(m, k);
            if keep {
                parts.push(after);
            }
        }
    }
    if !parts.is_empty() {
        // The parts split off may end in a possessive or hold another "and"; they are split in turn.
        split_institutions(words, &mut parts);
        super::canonical::add_in_order(mentions, parts);
    }
}

/// "CEO of the Refugee Council Enver Solomon told": an organisation's name ends at its institution word, and two
/// name words after it, a given name or a word no list knows and then a known surname, are a person. So are the
/// last two name words after an office's title inside the name ("Harbour Party Chairman Tomas Lindqvist"), and
/// after a known place ending an "X of Y" name when the text names a person by the second word alone.
pub(crate) fn split_person_after_institution(
    words: &[&str],
    mentions: &mut Vec<Mention>,
    gaz: &Gazetteer,
) {
    let mut people = Vec::new();
    // The words the text names a person by alone ("Lindqvist said").
    let alone: HashSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.first == m.last)
        .map(|m| words[m.first])
        .collect();
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Organization || m.last < m.first + 2 {
            continue;
        }
        let (given, surname) = (m.last - 1, m.last);
        let given_flags = gaz.word_flags(words[given]);
        // "Harbour Party Chairman Tomas Lindqvist": an office's title, capitalised, between the organisation and
        // two name words that no list knows as a place or an organisation; or a party's member noun ("Harbour
        // Council Ranking Democrat Ana Okwellini").
        let title = words[given - 1];
        if m.first + 1 < given - 1
            && title.starts_with(char::is_uppercase)
            && (is_title_or_role(&title.to_lowercase()) || is_party_word(title))
            && words[given..=surname].iter().all(|w| {
                is_name_word(w)
                    && gaz.word_flags(w) & (PLACE | ORG) == 0
                    && !is_institution_word(w)
                    && !not_in_person_names(w)
            })
        {
            // The words of the office before the title go with it ("National Executive Director", "Harbourton
            // Political Editor"); a known place left alone is the place.
            let mut last = given - 2;
            while last > m.first && {
                let lower = words[last].to_lowercase();
                (is_title_or_role(&lower) || is_office_word(&lower))
                    && !is_institution_word(words[last])
            } {
                last -= 1;
            }
            m.last = last;
            if gaz.phrase_flags(&words[m.first..=m.last]) & PLACE != 0 {
                m.kind = EntityKind::Place;
            }
            people.push(Mention {
                first: given,
                last: surname,
                kind: EntityKind::Person,
            });
            continue;
        }
        // "the University of Harbourton Kessa Amneh Lindqvist heard ... Lindqvist said": after a known place
        // that ends an "X of Y" name, two name words whose second the text names a person by alone.
        let after_place = alone.contains(words[surname])
            && gaz.word_flags(words[given - 1]) & PLACE != 0
            && words[m.first..given - 1].contains(&"of");
        let split = (is_institution_word(words[given - 1]) || after_place)
            // An unknown word may be a rare given name, but not a plural ("Church Avenues Line").
            && (given_flags & GIVEN != 0 || (given_flags == 0 && !words[given].ends_with('s')))
            && given_flags & (PLACE | ORG) == 0
            && gaz.word_flags(words[surname]) & SURNAME != 0
            && gaz.word_flags(words[surname]) & (PLACE | ORG) == 0
            && !is_institution_word(words[surname])
            && !is_company_suffix(words[surname])
            && is_name_word(words[given])
            && !words[given..=surname].iter().any(|w| not_in_person_names(w));
        if split {
            m.last = given - 1;
            people.push(Mention {
                first: given,
                last: surname,
                kind: EntityKind::Person,
            });
        }
    }
    if !people.is_empty() {
        mentions.extend(people);
        mentions.sort_by_key(|m| m.first);
    }
}

/// A word of an office's title before its head, lower case: "deputy", "national" in "National Executive
/// Director".
fn is_office_word(lower: &str) -> bool {
    matches!(
        lower,
        "executive"
            | "deputy"
            | "vice"
            | "assistant"
            | "acting"
            | "interim"
            | "managing"
            | "political"
            | "national"
            | "senior"
            | "general"
            | "chief"
            | "associate"
            | "press"
            | "communications"
            | "legislative"
            | "editorial"
            | "ranking"
    )
}

fn is_name_word_or_suffix(word: &str) -> bool {
    is_name_word(word) || is_company_suffix(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str, spans: &[(usize, usize, EntityKind)]) -> Vec<(String, EntityKind)> {
        let words: Vec<&str> = text.split(' ').collect();
        let mut mentions: Vec<Mention> = spans
            .iter()
            .map(|&(first, last, kind)| Mention { first, last, kind })
            .collect();
        institutions(&words, &mut mentions, &Gazetteer::builtin());
        mentions
            .iter()
            .map(|m| (words[m.first..=m.last].join(" "), m.kind))
            .collect()
    }

    #[test]
    fn a_person_after_an_office_title_inside_an_organisation_is_split_off() {
        use EntityKind::{Organization as Org, Person, Place};
        let split = |text: &str, first: usize, last: usize| {
            let words: Vec<&str> = text.split(' ').collect();
            let mut mentions = vec![Mention {
                first,
                last,
                kind: Org,
            }];
            split_person_after_institution(&words, &mut mentions, &Gazetteer::builtin());
            mentions
                .iter()
                .map(|m| (words[m.first..=m.last].join(" "), m.kind))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            split(
                "led Harbour Rights Council Chairman Wirat Kessaphong to say",
                1,
                6
            ),
            [
                ("Harbour Rights Council".to_string(), Org),
                ("Wirat Kessaphong".to_string(), Person)
            ]
        );
        // The words of the office go with its title; a known place left alone is the place.
        assert_eq!(
            split(
                "the Tavrik Workers Union National Executive Director Ana Okwellini said",
                1,
                8
            ),
            [
                ("Tavrik Workers Union".to_string(), Org),
                ("Ana Okwellini".to_string(), Person)
            ]
        );
        // A party's member noun stands as a title too.
        assert_eq!(
            split(
                "the Harbour Council Ranking Democrat Ana Okwellini said",
                1,
                6
            ),
            [
                ("Harbour Council".to_string(), Org),
                ("Ana Okwellini".to_string(), Person)
            ]
        );
        assert_eq!(
            split("and London Managing Editor Tom Okwellini said", 1, 5),
            [
                ("London".to_string(), Place),
                ("Tom Okwellini".to_string(), Person)
            ]
        );
    }

    #[test]
    fn widens_to_the_institution() {
        use EntityKind::{Organization as Org, Person, Place};
        assert_eq!(
            run("shares of Harbour Mills Corp rose", &[(2, 3, Person)]),
            [("Harbour Mills Corp".to_string(), Org)]
        );
        assert_eq!(
            run(
                "trading on the Lisbon Stock Exchange fell",
                &[(3, 3, Place)]
            ),
            [("Lisbon Stock Exchange".to_string(), Org)]
        );
        assert_eq!(
            run("the Denver Board of Trade said", &[(1, 1, Place)]),
            [("Denver Board of Trade".to_string(), Org)]
        );
        assert_eq!(
            run(
                "the National Bank of Portugal said",
                &[(1, 2, Org), (4, 4, Place)]
            ),
            [("National Bank of Portugal".to_string(), Org)]
        );
        assert_eq!(
            run(
                "the Commission on Harbour Safety announced",
                &[(3, 4, Person)]
            ),
            [("Commission on Harbour Safety".to_string(), Org)]
        );
        assert_eq!(
            run("the Riverton Gazette reported", &[(1, 1, Place)]),
            [("Riverton Gazette".to_string(), Org)]
        );
        assert_eq!(
            run("she told Harbour News on Sunday", &[(2, 2, Place)]),
            [("Harbour News".to_string(), Org)]
        );
        // An institution's word before "and" or a possessive ends a name the tagger ran on.
        assert_eq!(
            run(
                "at the Harbour Library and Oldmoor University 's Reading Room project",
                &[(2, 9, Org)]
            ),
            [
                ("Harbour Library".to_string(), Org),
                ("Oldmoor University".to_string(), Org)
            ]
        );
        // A place named with "and" is read whole before the institution's word.
        assert_eq!(
            run(
                "the Trinidad and Tobago Football Association said",
                &[(1, 1, Place)]
            ),
            [("Trinidad and Tobago Football Association".to_string(), Org)]
        );
        // A club and a bulletin are institutions too.
        assert_eq!(
            run("the Riverton Whig Club met", &[(1, 1, Place)]),
            [("Riverton Whig Club".to_string(), Org)]
        );
        assert_eq!(
            run("the Oldmoor Bulletin reported", &[(1, 2, Place)]),
            [("Oldmoor Bulletin".to_string(), Org)]
        );
        // A name tagged short of the field it is about takes it.
        assert_eq!(
            run(
                "of the Council on Harbour Relations Anna Berg said",
                &[(2, 4, Org), (6, 7, Person)]
            ),
            [
                ("Council on Harbour Relations".to_string(), Org),
                ("Anna Berg".to_string(), Person)
            ]
        );
        assert_eq!(
            run("members of Riverton Policy Studies said", &[(2, 3, Org)]),
            [("Riverton Policy Studies".to_string(), Org)]
        );
        // "of the" and "for the" join a name, not a country or another institution of its own.
        assert_eq!(
            run(
                "The Harbour Foundation for the Visual Arts gave",
                &[(1, 2, Org), (5, 6, Org)]
            ),
            [("Harbour Foundation for the Visual Arts".to_string(), Org)]
        );
        assert_eq!(
            run(
                "the Riverton Museum of the Moving Image opened",
                &[(1, 2, Org)]
            ),
            [("Riverton Museum of the Moving Image".to_string(), Org)]
        );
        assert_eq!(
            run(
                "from Riverton State University of the US and",
                &[(1, 3, Org), (6, 6, Place)]
            ),
            [
                ("Riverton State University".to_string(), Org),
                ("US".to_string(), Place)
            ]
        );
        assert_eq!(
            run(
                "the Harbour Library of the Oldmoor Hogeschool Riverton said",
                &[(1, 2, Org), (5, 7, Org)]
            ),
            [
                ("Harbour Library".to_string(), Org),
                ("Oldmoor Hogeschool Riverton".to_string(), Org)
            ]
        );
        // A place that is only in an organisation's neighbourhood stays a place.
        assert_eq!(
            run("the bank in Lisbon said", &[(3, 3, Place)]),
            [("Lisbon".to_string(), Place)]
        );
        assert_eq!(
            run("the Gulf of Mexico rose", &[(3, 3, Place)]),
            [("Mexico".to_string(), Place)]
        );
    }
}
