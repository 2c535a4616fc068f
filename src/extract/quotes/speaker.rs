//! Speakers: a phrase found next to a cue becomes a canonical name. Names are joined to the recognised entities
//! (or, without them, to the fullest form of the name seen in the text); pronouns go to the right earlier person.

use super::attribution::{Phrase, PhraseKind};
use super::marks::{Quoted, Reach};
use super::names::{given_name_gender, unlisted_given_name_in_a};
use super::words::{
    char_floor, is_capitalised_function_word, is_cue, is_determiner, is_filler, is_name_connector,
    is_possessive, is_title, is_weak_cue, last_sentence_break, look_back_start, name_start,
    personal_title_gender, sentence_break_between, strip_possessive, tokenize, Token,
};
use crate::article::{Entity, EntityKind, Span};
use crate::extract::canonical::SpeltAlike;
use crate::extract::gazetteer::{GIVEN, SURNAME};
use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// A name written in the text outside quotes, as the canonical name it stands for.
#[derive(Debug, Clone)]
struct Mention {
    span: Span,
    canonical: String,
    person: bool,
    gender: Option<Gender>,
    /// Followed by a cue verb: "Putin told", "Rubio has said".
    speaks: bool,
    /// The object of a question: "asked Sanders".
    asked: bool,
}

/// Resolves speaker phrases of one text.
pub(super) struct Resolver<'a> {
    entities: &'a [Entity],
    /// Multi-word names in the text, titles stripped, in order of first appearance.
    full_names: Vec<String>,
    mentions: Vec<Mention>,
    text: &'a str,
    /// Every entity mention as (span, entity index), sorted by start, and the longest mention's length: the
    /// entity at a span is found by a binary search, not a scan of every mention (a text of thousands of quotes
    /// asks thousands of times).
    spans: Vec<(Span, usize)>,
    longest: usize,
    /// The first entity with a name or alias, in ASCII lower case; the first person with a surname, likewise;
    /// the first full name with a last word, as written.
    by_name: HashMap<String, usize>,
    by_surname: HashMap<String, usize>,
    full_by_surname: HashMap<String, usize>,
    /// The names of the people the recognizer found.
    person_names: HashSet<&'a str>,
    /// The surnames of people named in full, each once and indexed for a misspelt lone name ("Water" for
    /// "Kathryn Waters"), with the one person bearing each (None when several do); made on the first such name.
    spelt_surnames: OnceCell<(Vec<Option<&'a str>>, SpeltAlike)>,
    /// For each surname and gender, the first full name of that surname whose given name is of that gender (people
    /// the recognizer found, then multi-word names of the text); made on the first titled surname that needs it.
    full_by_surname_gender: OnceCell<HashMap<(String, Gender), String>>,
    /// The indexes of the mentions that are people a pronoun of no known gender, "he" or "she" can stand for, in
    /// text order: the nearest before a pronoun is a binary search, not a walk past every other mention.
    people_for: [Vec<usize>; 3],
    /// [`Self::walk`]'s answers, by (gender slot, position in `people_for`): a text of thousands of pronouns
    /// after one long sentence of names walks it once, not once per pronoun.
    walks: RefCell<HashMap<(usize, usize), Walk>>,
    /// Where the text's quotes reach ([`Reach::at`]): a word inside a quote is the quoted speaker's.
    quotes: Reach,
}

/// Where [`Resolver::walk`] ends (a position in `people_for`), and the nearest asked person on the way.
type Walk = (usize, Option<usize>);

/// Which of `Resolver::people_for` serves a pronoun of this gender.
fn gender_slot(gender: Option<Gender>) -> usize {
    match gender {
        None => 0,
        Some(Gender::Male) => 1,
        Some(Gender::Female) => 2,
    }
}

impl<'a> Resolver<'a> {
    /// `speaker_names`: names found as speakers, which marks them as people even when nothing else does.
    pub fn new(
        text: &'a str,
        entities: &'a [Entity],
        quoted: &[Quoted],
        speakers: &[&Phrase],
    ) -> Self {
        let runs = name_runs(text, quoted);
        let mut full_names: Vec<String> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        let mut full_by_surname: HashMap<String, usize> = HashMap::new();
        for (_, words, _) in &runs {
            let full = words.join(" ");
            if words.len() >= 2 && seen.insert(full.clone()) {
                let last = full.rsplit(' ').next().unwrap_or("").to_string();
                full_by_surname.entry(last).or_insert(full_names.len());
                full_names.push(full);
            }
        }
        let mut spans: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(e, entity)| entity.mentions.iter().map(move |m| (*m, e)))
            .collect();
        spans.sort_by_key(|(m, e)| (m.start, *e));
        let longest = spans
            .iter()
            .map(|(m, _)| m.end - m.start)
            .max()
            .unwrap_or(0);
        let mut by_name: HashMap<String, usize> = HashMap::new();
        let mut by_surname: HashMap<String, usize> = HashMap::new();
        for (e, entity) in entities.iter().enumerate() {
            for name in std::iter::once(&entity.name).chain(&entity.aliases) {
                by_name.entry(name.to_ascii_lowercase()).or_insert(e);
            }
            if entity.kind == EntityKind::Person {
                let surname = entity.name.rsplit(' ').next().unwrap_or("");
                by_surname.entry(surname.to_ascii_lowercase()).or_insert(e);
            }
        }
        let mut resolver = Resolver {
            entities,
            full_names,
            mentions: Vec::new(),
            text,
            spans,
            longest,
            by_name,
            by_surname,
            full_by_surname,
            person_names: entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .map(|e| e.name.as_str())
                .collect(),
            spelt_surnames: OnceCell::new(),
            full_by_surname_gender: OnceCell::new(),
            people_for: Default::default(),
            walks: RefCell::default(),
            quotes: Reach::new(quoted.iter().map(|q| (q.open, q.close_end))),
        };
        let speaker_people: HashSet<String> = speakers
            .iter()
            .filter(|p| p.kind == PhraseKind::Name && !p.org_like)
            .map(|p| resolver.canonical(&p.text, p.span))
            .collect();
        let gazetteer = &crate::extract::entities::engine().gazetteer;
        // The text after its spaces, gathered the first time a name needs it.
        let mut chunks: Option<Vec<&str>> = None;
        let mut mentions: Vec<Mention> = runs
            .into_iter()
            .map(|(span, words, title_gender)| {
                let written = words.join(" ");
                let mut canonical = resolver.canonical(&written, span);
                // "Tyra Lindqvist said ...", then "Lindqist said": a lone name the recognizer left alone, spelt
                // like the surname of one person it found, is that person (as a speaker is, in `resolve`).
                if resolver.entity_at(span).is_none() {
                    if let Some(person) = resolver.misspelt_person(&canonical) {
                        canonical = person.to_string();
                    }
                }
                // "Mrs. Clinton" after "Bill Clinton": a title of one gender does not name a person whose given
                // name is of the other; the full name that fits, or the name as written, is who it is.
                if let Some(Some(title)) = title_gender.filter(|_| words.len() == 1) {
                    if given_name_of_other_gender(&canonical, title) {
                        canonical = resolver
                            .full_name_of_gender(&written, title)
                            .unwrap_or(written);
                    }
                }
                let entity_kind = resolver.entity_at(span).map(|e| e.kind);
                // The given name, past a title the recognizer kept in the name ("Pastor Tom Okafor").
                let first = canonical.split(' ').find(|w| !is_title(w)).unwrap_or("");
                // A one-word name tells a gender only when it is a given name and not also a surname:
                // "Gwendolyn" does, "Kelly" does not.
                let one_word_surname =
                    !canonical.contains(' ') && gazetteer.word_flags(first) & SURNAME != 0;
                let name_gender = given_name_gender(first).filter(|_| !one_word_surname);
                let speaks = followed_by_cue(text, span, false);
                // "Tom Lund, head of the port authority, said": an appositive may stand between a name and
                // its cue; only a full name is taken for a person's for it ("Harbourton, Mo., where ..., said").
                let speaks_after_appositive = !speaks
                    && (text[span.end..].trim_start().starts_with(',')
                        || text[span.end..].starts_with(" of "))
                    && followed_by_cue(text, span, true);
                let person = match entity_kind {
                    Some(kind) => kind == EntityKind::Person,
                    None => {
                        title_gender.is_some()
                            || name_gender.is_some()
                            || speaker_people.contains(&canonical)
                            || ((speaks || (speaks_after_appositive && canonical.contains(' ')))
                                && looks_like_a_name(
                                    chunks.get_or_insert_with(|| after_spaces(text)),
                                    &canonical,
                                ))
                    }
                };
                // "The Republican", "Kent County Republican": a party's word names no one.
                let party = canonical
                    .rsplit(' ')
                    .next()
                    .is_some_and(crate::extract::rules::is_party_adjective);
                // "Getty.": a photo credit, one word alone on its line, is no one a pronoun can stand for.
                let credit = words.len() == 1 && alone_on_its_line(text, span);
                let person = person && !party && !credit;
                // "Campaign spokesman Hope Vance": where the title and the given name disagree, the gender is not
                // known (a role word such as "spokesman" or "chairman" is often used of women).
                let gender = match (title_gender.flatten(), name_gender) {
                    (Some(title), Some(name)) if title != name => None,
                    (title, name) => title.or(name),
                };
                // "HuffPost Live's Alyona Minkovski": a person's full name whose given name no list knows but
                // ends in "a" is taken for a woman's, so that a "he" passes it by.
                let gender = gender.or_else(|| {
                    (person
                        && title_gender.is_none()
                        && canonical.split(' ').count() >= 2
                        && unlisted_given_name_in_a(first))
                    .then_some(Gender::Female)
                });
                let speaks = speaks || speaks_after_appositive || preceded_by_cue(text, span);
                Mention {
                    span,
                    canonical,
                    person,
                    gender,
                    speaks,
                    asked: is_asked(text, span),
                }
            })
            .collect();
        // "Berg consultant Tom Okafor", "Berg campaign manager Tom Okafor": a name before a role word and the
        // name of the one holding it modifies that role; the pronouns after stand for the person named last.
        for k in 1..mentions.len() {
            let (before, after) = (mentions[k - 1].span, mentions[k].span);
            if before.end > after.start || after.start - before.end > 40 {
                continue;
            }
            let between: Vec<&str> = text[before.end..after.start].split_whitespace().collect();
            let role = match between.as_slice() {
                [role] => Some(role),
                [first, role] if is_role_modifier(first) => Some(role),
                _ => None,
            };
            if role.is_some_and(|r| {
                r.chars().all(|c| c.is_ascii_lowercase()) && super::words::names_a_person(r)
            }) && mentions[k].person
            {
                mentions[k - 1].person = false;
            }
        }
        for g in [None, Some(Gender::Male), Some(Gender::Female)] {
            resolver.people_for[gender_slot(g)] = mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| m.person && (g.is_none() || m.gender.is_none() || m.gender == g))
                .map(|(k, _)| k)
                .collect();
        }
        resolver.mentions = mentions;
        resolver
    }

    /// The entity named at `span`; when several are ("Refugee Council Tom Okafor"), the one at its end, which is
    /// the head of the phrase.
    fn entity_at(&self, span: Span) -> Option<&'a Entity> {
        let last_byte = Span::new(span.end.saturating_sub(1).max(span.start), span.end);
        self.first_entity_over(last_byte)
            .or_else(|| self.first_entity_over(span))
            .map(|e| &self.entities[e])
    }

    /// The first entity (in the entities' order) with a mention overlapping `target`.
    fn first_entity_over(&self, target: Span) -> Option<usize> {
        // A mention overlapping `target` starts before its end, and no earlier than the longest mention before it.
        let from = self
            .spans
            .partition_point(|(m, _)| m.start + self.longest <= target.start);
        let to = self.spans.partition_point(|(m, _)| m.start < target.end);
        self.spans[from..to.max(from)]
            .iter()
            .filter(|(m, _)| m.overlaps(&target))
            .map(|&(_, e)| e)
            .min()
    }

    /// The canonical form of a name: the entity it belongs to, else the first full name in the text that ends with
    /// it ("Rubio" -> "Marco Rubio"), else the name as written.
    pub fn canonical(&self, name: &str, span: Span) -> String {
        if let Some(e) = self.entity_at(span) {
            if e.kind != EntityKind::Place {
                return e.name.clone();
            }
            // "Norway said" after "Rep. Anna Norway": a one-word place that is the surname of a full name in the
            // text, with a given name, is that person.
            if !name.contains(' ') {
                let full = self.full_by_surname.get(name).map(|&f| &self.full_names[f]);
                let gazetteer = &crate::extract::entities::engine().gazetteer;
                if let Some(full) = full.filter(|full| {
                    full.split(' ')
                        .next()
                        .is_some_and(|given| gazetteer.word_flags(given) & GIVEN != 0)
                }) {
                    return full.clone();
                }
            }
            // "Harbour Watch USA", "Anna Norway": a place that ends a longer name is not what the name stands
            // for; the name as written is.
            let start = Span::new(span.start, span.start + 1);
            if self.entity_at(start).is_some_and(|s| std::ptr::eq(s, e)) {
                return e.name.clone();
            }
        }
        if let Some(&e) = self.by_name.get(&name.to_ascii_lowercase()) {
            return self.entities[e].name.clone();
        }
        let surname = name.rsplit(' ').next().unwrap_or(name);
        if !name.contains(' ') {
            if let Some(&e) = self.by_surname.get(&surname.to_ascii_lowercase()) {
                return self.entities[e].name.clone();
            }
            if let Some(&f) = self.full_by_surname.get(surname) {
                return self.full_names[f].clone();
            }
        }
        name.to_string()
    }

    /// The one person the recognizer found whose surname `name`, a lone name that is no person's, misspells
    /// ("Water" for "Kathryn Waters", "McLenney" for "Tavia McClenney"): [`SpeltAlike`].
    fn misspelt_person(&self, name: &str) -> Option<&'a str> {
        if name.contains(' ') || self.person_names.contains(name) {
            return None;
        }
        let (owners, surnames) = self.spelt_surnames.get_or_init(|| {
            // Each surname once, with the one person who bears it (None when several do): a text naming
            // thousands of people of one surname must not make every look-up read them all.
            let mut distinct: Vec<&str> = Vec::new();
            let mut owners: Vec<Option<&str>> = Vec::new();
            let mut at: HashMap<&str, usize> = HashMap::new();
            for person in self.person_names.iter().copied() {
                let Some((_, last)) = person.rsplit_once(' ') else {
                    continue;
                };
                match at.get(last) {
                    Some(&k) => owners[k] = None,
                    None => {
                        at.insert(last, distinct.len());
                        distinct.push(last);
                        owners.push(Some(person));
                    }
                }
            }
            (owners, SpeltAlike::new(distinct.into_iter(), true, true))
        });
        surnames.unique(name).and_then(|i| owners[i])
    }

    /// A full name ending in `surname` whose given name is of `gender`: a person the recognizer found, else a
    /// multi-word name of the text.
    fn full_name_of_gender(&self, surname: &str, gender: Gender) -> Option<String> {
        // Indexed once: a text may title thousands of surnames, and each look-up must not read every name.
        let index = self.full_by_surname_gender.get_or_init(|| {
            let mut index = HashMap::new();
            let names = self
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .map(|e| e.name.as_str())
                .chain(self.full_names.iter().map(String::as_str));
            for name in names {
                let mut words = name.split(' ');
                let given = words.next().unwrap_or("");
                let (Some(last), Some(g)) = (words.next_back(), given_name_gender(given)) else {
                    continue;
                };
                index
                    .entry((last.to_string(), g))
                    .or_insert_with(|| name.to_string());
            }
            index
        });
        index.get(&(surname.to_string(), gender)).cloned()
    }

    /// Whether the recognizer found a person or an organization at `span`.
    pub fn is_person_or_organization_at(&self, span: Span) -> bool {
        self.entity_at(span)
            .is_some_and(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
    }

    /// Whether the name written at `span` is an organisation the recognizer found ("KCNA").
    pub fn is_organization_at(&self, span: Span) -> bool {
        self.entity_at(span)
            .is_some_and(|e| e.kind == EntityKind::Organization)
    }

    /// Whether `name` is, or is the surname of, a person the recognizer found.
    pub fn names_known_person(&self, name: &str, span: Span) -> bool {
        self.person_names
            .contains(self.canonical(name, span).as_str())
    }

    /// Whether the name written at `span` is known to be a person's (by the recognizer, a title or a given name).
    pub fn is_person_at(&self, span: Span) -> bool {
        // Mentions are in text order and do not overlap: the first that may overlap is found by a binary search.
        let from = self.mentions.partition_point(|m| m.span.end <= span.start);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.span.start < span.end)
            .any(|m| m.person && m.span.overlaps(&span))
    }

    /// Whether a person is named between `from` and `to`.
    pub fn person_between(&self, from: usize, to: usize) -> bool {
        let first = self.mentions.partition_point(|m| m.span.start < from);
        self.mentions[first..]
            .iter()
            .take_while(|m| m.span.end <= to)
            .any(|m| m.person)
    }

    /// The canonical speaker of a phrase; pronouns need the position where they stand.
    pub fn resolve(&self, phrase: &Phrase) -> Option<String> {
        // "Calif.": a state's abbreviation ends a place's name ("in Harbourton, Calif., a voice ..."); however
        // a shape found it, it is no speaker.
        if phrase.kind != PhraseKind::Pronoun && super::words::is_state_abbreviation(&phrase.text) {
            return None;
        }
        match phrase.kind {
            PhraseKind::Name => {
                let mut name = self.canonical(&phrase.text, phrase.span);
                let written_before = word_before(self.text, phrase.span.start);
                // "Ms. Berg wrote" in a text naming Tom Berg and Anna Berg: "Mr.", "Mrs.", "Ms." or "Miss" right
                // before a surname does not name a person whose given name is of the other gender, when a full
                // name of that surname fits it. With none, the canonical name stays: the lists of given names
                // tell a gender, not who a person is.
                let title = match written_before {
                    Some("Mr.") => Some(Gender::Male),
                    Some("Mrs." | "Ms." | "Miss") => Some(Gender::Female),
                    _ => None,
                };
                let right_before = self.text[..phrase.span.start].ends_with(' ');
                if let Some(title) = title.filter(|_| right_before && !phrase.text.contains(' ')) {
                    if given_name_of_other_gender(&name, title) {
                        if let Some(fits) = self.full_name_of_gender(&phrase.text, title) {
                            name = fits;
                        }
                    }
                }
                // The word before the name, in lower case, read by the two checks below.
                let before = written_before.map(str::to_lowercase);
                let before = before.as_deref().unwrap_or("");
                // "in several Asian states": a nationality's or party's adjective ("Asian", "Central Asian",
                // "Republican") is no one's name; a person's surname is ("Cuban said" after "Tom Cuban"), and so
                // is a description ("the Texan said").
                if is_adjective_of_a_people(&name) && !matches!(before, "the" | "a" | "an") {
                    return None;
                }
                // "a sign at an exit in Harbourton, which read": a place after a preposition of place is where,
                // not who; "which" stands for something before it. (Not "at": "officials at the agency".)
                let place_preposition = matches!(
                    before,
                    "in" | "near"
                        | "before"
                        | "across"
                        | "throughout"
                        | "inside"
                        | "outside"
                        | "around"
                );
                if place_preposition
                    && self
                        .entity_at(phrase.span)
                        .is_some_and(|e| e.kind == EntityKind::Place)
                {
                    return None;
                }
                // "Kathryn Waters said ...", then "..., Water said": a one-word speaker the recognizer did not take
                // for a person, spelt like the surname of exactly one person it found, is that person.
                if let Some(person) = self.misspelt_person(&name) {
                    return Some(person.to_string());
                }
                Some(self.person_placed(phrase, &name).unwrap_or(name))
            }
            PhraseKind::Description => {
                // "his remarks calling the plan "reckless"": a remark's speaker is whoever the possessive stands for.
                if let Some((owner, noun)) = phrase.text.split_once(' ') {
                    let gender = match owner {
                        "his" | "His" => Some(Gender::Male),
                        "her" | "Her" => Some(Gender::Female),
                        _ => None,
                    };
                    if let Some(gender) =
                        gender.filter(|_| super::attribution::is_remark_noun(noun))
                    {
                        let owner = Span::new(phrase.span.start, phrase.span.start + owner.len());
                        return self.pronoun_referent(owner, gender, None);
                    }
                }
                Some(phrase.text.clone())
            }
            PhraseKind::Pronoun => self.pronoun_speaker(phrase, None),
        }
    }

    /// `Anna Berg of Vasa, Harbourshire says`, `Tom Okafor, whose hometown, Vasa, may flood, argues`:
    /// a place named after a comma or "of", in a sentence that opens with a person's name, only tells where that
    /// person is from or lives; the person is the subject. Not `In talks with Lund, Russia said`: the sentence
    /// must open with the person, titles aside.
    fn person_placed(&self, phrase: &Phrase, name: &str) -> Option<String> {
        self.entity_at(phrase.span)
            .filter(|e| e.kind == EntityKind::Place && e.name == name)?;
        let before = self.text[..phrase.span.start].trim_end();
        if !(before.ends_with(',') || before.ends_with(" of")) {
            return None;
        }
        let start = sentence_start_before(self.text, phrase.span.start);
        let from = self.mentions.partition_point(|m| m.span.start < start);
        // The sentence's first name, which must be a person's.
        let person = self
            .mentions
            .get(from)
            .filter(|m| m.person && m.span.end <= phrase.span.start)?;
        let opening = &self.text[start..person.span.start];
        let only_titles = opening
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .all(|w| w.starts_with(char::is_uppercase) && is_title(w));
        let between = &self.text[person.span.end..phrase.span.start];
        (only_titles && (between.contains(',') || between.trim_start().starts_with("of ")))
            .then(|| person.canonical.clone())
    }

    /// The person a "he" or "she" stands for (None for other pronouns), as the speaker of the quote `quote` when
    /// there is one: [`Self::pronoun_referent`].
    pub fn pronoun_speaker(&self, phrase: &Phrase, quote: Option<Span>) -> Option<String> {
        let gender = match phrase.text.as_str() {
            "he" => Gender::Male,
            "she" => Gender::Female,
            _ => return None,
        };
        self.pronoun_referent(phrase.span, gender, quote)
    }

    /// The person a "he" or "she" at `pronoun` stands for: [`Self::person_before`], but never the person its own
    /// cue is addressed to (`"...," he told Lund`: he is not Lund), nor one the quote it attributes names by
    /// surname (`"Lund's plan will fail," he said`: he is not Lund).
    fn pronoun_referent(
        &self,
        pronoun: Span,
        gender: Gender,
        quote: Option<Span>,
    ) -> Option<String> {
        let mut found = self.person_before(pronoun.start, Some(gender));
        let mut besides: Vec<String> = self.addressee_after(pronoun).into_iter().collect();
        if let Some(quote) = quote {
            // The recognizer's people in the quote (the mentions here leave quotes out). A few names only: a
            // quote naming thousands of people is not read whole.
            let from = self.spans.partition_point(|(m, _)| m.start < quote.start);
            for &(m, e) in self.spans[from..].iter().take(16) {
                if m.end > quote.end {
                    break;
                }
                if self.entities[e].kind != EntityKind::Person {
                    continue;
                }
                let written = m.slice(self.text);
                let name = self.canonical(written, m);
                // "it's not Tom Lund": people name themselves in full; "Lund supporters": a name before a noun
                // describes the noun.
                let in_full = strip_possessive(written) == name;
                // The next word, within 64 bytes: a run of white space is not read to its end.
                let near = char_floor(self.text, (m.end + 64).min(self.text.len()));
                let after = self.text[m.end..near]
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                let modifier = after.starts_with(char::is_lowercase)
                    && matches!(
                        after.trim_end_matches(|c: char| !c.is_alphanumeric()),
                        "supporters"
                            | "supporter"
                            | "fans"
                            | "voters"
                            | "campaign"
                            | "camp"
                            | "rally"
                            | "rallies"
                            | "voter"
                            | "backers"
                            | "administration"
                            | "era"
                            | "team"
                            | "people"
                    );
                if !in_full && !modifier && !besides.contains(&name) {
                    besides.push(name);
                }
            }
        }
        if besides.is_empty() {
            return found;
        }
        let mut before = pronoun.start;
        // At most twice: a text of one name again and again is not walked back once per mention.
        for _ in 0..2 {
            let Some(excluded) = found.as_ref().filter(|f| besides.contains(f)) else {
                break;
            };
            // The excluded person's last mention before the pronoun; the referent is named before it.
            let cut = self.mentions.partition_point(|m| m.span.end <= before);
            let m = self.mentions[..cut]
                .iter()
                .rev()
                .take(64)
                .find(|m| m.canonical == *excluded)?;
            // "Lund met Tom Okafor. "Lund's plan fails," he said": another person of the pronoun's gender named
            // later in that sentence, when there is one.
            let people = &self.people_for[gender_slot(Some(gender))];
            let from = people.partition_point(|&k| self.mentions[k].span.start <= m.span.start);
            let other = people[from..]
                .iter()
                .map(|&k| &self.mentions[k])
                .take_while(|o| {
                    o.span.end <= pronoun.start
                        && !sentence_break_between(self.text, m.span.end, o.span.start)
                })
                .take(8)
                .find(|o| !besides.contains(&o.canonical));
            if let Some(o) = other {
                return Some(o.canonical.clone());
            }
            before = m.span.start;
            found = self.person_before(before, Some(gender));
        }
        found.filter(|f| !besides.contains(f))
    }

    /// The name a cue right after a pronoun is addressed to (`he told Lund`, `she asked Sen. Anna Berg`) or is about
    /// (`he said of Lund`).
    fn addressee_after(&self, pronoun: Span) -> Option<String> {
        let end = char_floor(self.text, (pronoun.end + 64).min(self.text.len()));
        let toks = tokenize(self.text, Span::new(pronoun.end, end));
        let (cue, rest) = toks.split_first()?;
        // `he said of Lund`: whom the words are about is not who says them either.
        let rest = match rest.split_first() {
            Some((of, after))
                if matches!(
                    cue.text,
                    "said" | "says" | "wrote" | "writes" | "added" | "adds"
                ) && matches!(of.text, "of" | "about") =>
            {
                after
            }
            _ if matches!(cue.text, "told" | "tells" | "asked" | "asks") => rest,
            _ => return None,
        };
        let start = rest.iter().position(|t| !is_title(t.text))?;
        let run = rest[start..]
            .iter()
            .take_while(|t| {
                t.is_word() && t.is_capitalised() && !is_capitalised_function_word(t.text)
            })
            .count();
        if run == 0 {
            return None;
        }
        let span = Span::new(rest[start].span.start, rest[start + run - 1].span.end);
        Some(self.canonical(span.slice(self.text), span))
    }

    /// The person a pronoun at `pos` refers to: the last sentence before it naming a person of a compatible
    /// gender, and in that sentence the first such person (the subject, most often).
    fn person_before(&self, pos: usize, gender: Option<Gender>) -> Option<String> {
        self.person_before_within(pos, gender, 4)
    }

    /// [`Self::person_before`], following at most `hops` sentences that open with the same pronoun.
    fn person_before_within(&self, pos: usize, gender: Option<Gender>, hops: u8) -> Option<String> {
        // The people of a compatible gender named before `pos`, nearest first (mentions are in text order and do
        // not overlap), read lazily: only the last sentence or two matter.
        let people = &self.people_for[gender_slot(gender)];
        let cut = people.partition_point(|&k| self.mentions[k].span.end <= pos);
        let before = || people[..cut].iter().rev().map(|&k| &self.mentions[k]);
        // A person reported speaking in this sentence or the one before is the likeliest "he said".
        let sentence = sentence_start_before(self.text, pos);
        // "Asked about Okafor's plan, she replied": after an opening participle's clause, the pronoun is who was
        // asked, and those named in that clause are not who it stands for. (A hop: a sentence start found by reach
        // alone may follow a comma, and must not chain without end.)
        if hops > 0 && sentence < pos && self.after_participle_clause(sentence, pos) {
            return self.person_before_within(sentence, gender, hops - 1);
        }
        let previous = sentence_start_before(self.text, sentence.saturating_sub(1));
        // "Okafor asked Lund whether ... ¶ "...," he said": who was asked in the sentence before answers; so does
        // who was asked earlier in the pronoun's own sentence ("Okafor asked Lund about plans he had made").
        if let Some(m) = before()
            .take_while(|m| m.span.start >= previous)
            .find(|m| m.asked)
        {
            return Some(m.canonical.clone());
        }
        // "As the debate went on, Lund stood by his comment that "..."": a possessive's owner is the first person
        // of its own sentence, before anyone who spoke in the sentence before.
        let possessive = self.text[pos..]
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("his") || w.eq_ignore_ascii_case("their"));
        if possessive {
            // At most 64 people back: a sentence of thousands of names is not walked once per possessive.
            let first = before()
                .take_while(|m| m.span.start >= sentence)
                .take(65)
                .enumerate()
                .last();
            if let Some((_, m)) = first.filter(|&(n, _)| n < 64) {
                return Some(m.canonical.clone());
            }
        }
        // Not one speaking inside what the pronoun itself reported: "He said that Lund has admitted he lost.
        // "...," he said.": he is not Lund.
        // "When Lund pointed out ..., Berg seized on it. "...," she said": one speaking in an opening clause
        // leaves the pronoun to the main clause's subject.
        if let Some(k) = (0..cut)
            .rev()
            .take_while(|&k| self.mentions[people[k]].span.start >= previous)
            .find(|&k| {
                let m = &self.mentions[people[k]];
                m.speaks && !self.reported_by_pronoun(m.span.start, gender)
            })
        {
            let k = self.main_clause_subject(people, k, cut).unwrap_or(k);
            return Some(self.mentions[people[k]].canonical.clone());
        }
        let slot = gender_slot(gender);
        let (first, asked) = self.walk(slot, cut.checked_sub(1)?);
        let first = self
            .main_clause_subject(people, first, cut)
            .unwrap_or(first);
        // "Berg's plan was backed by Anna Lund, who said ... ¶ "...," she said": a possessive names whose thing
        // the subject is; a later person of the sentence who speaks or is the agent after "by" is the one the
        // pronoun stands for. Not "Lund's article attacked Berg": the possessive there is the author. So does a first
        // person right after a word in lower case, an object ("One pastor backing Mr. Berg, Tom Okafor, said"),
        // unless that word is a role ("harbour master Tom Okafor"), "and" or "by".
        let object = {
            let m = &self.mentions[people[first]];
            let before = text_before_titles(self.text, m.span.start);
            word_before(before, before.len()).is_some_and(|w| {
                w.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
                    && w != "and"
                    && w != "by"
                    && !super::words::names_a_person(w)
            })
        };
        let first = if object || possessive_at(self.text, self.mentions[people[first]].span.end) {
            self.later_in_sentence(people, first, cut, |later| {
                !possessive_at(self.text, later.span.end)
                    && (later.speaks || self.is_agent(later.span))
            })
            .unwrap_or(first)
        } else {
            first
        };
        // "Working for the Berg campaign is Tom Okafor": a name between "the" and a noun qualifies the noun; the
        // next person of the sentence is the one it is about.
        let first = if self.qualifies_a_noun(self.mentions[people[first]].span) {
            self.later_in_sentence(people, first, cut, |later| {
                !self.qualifies_a_noun(later.span)
            })
            .unwrap_or(first)
        } else {
            first
        };
        let chosen = &self.mentions[people[first]];
        let asked = asked.map(|k| &self.mentions[people[k]]);
        // The same, when the nearest sentence naming a person is further back (a quote of several sentences).
        if let Some(m) = asked.filter(|m| sentence_break_between(self.text, m.span.end, pos)) {
            return Some(m.canonical.clone());
        }
        // "She says the tweets about Anna Berg are lies. ... She tweeted: ...": when the sentence naming the
        // person opens with the same pronoun, that pronoun is its subject and the person it stands for is ours.
        if hops > 0 {
            let from = sentence_start_before(self.text, chosen.span.start);
            let from = self.text[from..chosen.span.start]
                .rfind('\n')
                .map_or(from, |n| from + n + 1);
            // The sentence's words before the person, read by the tests below.
            let head = tokenize(self.text, Span::new(from, chosen.span.start));
            // "But he suggested ...": past a conjunction opening the sentence.
            let opening = head
                .iter()
                .filter(|t| t.is_word())
                .take(2)
                .enumerate()
                .find(|(n, t)| *n == 1 || !matches!(t.text, "But" | "And" | "Yet" | "So"))
                .map(|(_, t)| t);
            // The pronoun of this gender, as written inside a sentence and at its start.
            let (pronoun, opening_pronoun) = match gender {
                Some(Gender::Male) => ("he", "He"),
                Some(Gender::Female) => ("she", "She"),
                None => ("", ""),
            };
            let same = |t: &Token| !opening_pronoun.is_empty() && is_pronoun_form(t.text, pronoun);
            // `"...," he told Hannity`, `asked whom he backs, he said Lund`: so does the person named right after a cue
            // with the same pronoun as its subject.
            let told = || {
                // Only the two words before the name are read.
                let near = look_back_start(self.text, from, chosen.span.start, 32);
                let toks = tokenize(self.text, Span::new(near, chosen.span.start));
                match toks.as_slice() {
                    [.., p, cue] if is_cue(cue.text) && !is_weak_cue(cue.text) => {
                        let fits = !pronoun.is_empty() && p.text.to_lowercase() == pronoun;
                        fits.then_some(p.span.start)
                    }
                    _ => None,
                }
            };
            // "Asked about Okafor, she replied: ...": so does the same pronoun after the opening participle's
            // clause that names the person.
            let after_clause = || {
                let near = char_floor(self.text, (chosen.span.end + 200).min(self.text.len()));
                let toks = tokenize(self.text, Span::new(chosen.span.end, near));
                let ends = toks
                    .iter()
                    .position(|t| matches!(t.text, "." | "!" | "?" | ":" | ";"))
                    .unwrap_or(toks.len());
                toks[..ends]
                    .windows(2)
                    .find(|w| {
                        w[0].text == ","
                            && !pronoun.is_empty()
                            && is_pronoun_form(w[1].text, pronoun)
                    })
                    .map(|w| w[1].span.start)
                    .filter(|&at| self.after_participle_clause(from, at))
            };
            // "For a decade, she said, the ferry kept her close to Maria Lopez": so does the same pronoun anywhere
            // before the person in that sentence, outside quotes.
            let inside = || {
                head.iter()
                    .find(|t| {
                        same(t)
                            && self
                                .quotes
                                .at(t.span.start)
                                .is_none_or(|close| close < t.span.end)
                    })
                    .map(|t| t.span.start)
            };
            if let Some(at) = opening
                .filter(|t| same(t))
                .map(|t| t.span.start)
                .or_else(told)
                .or_else(after_clause)
                .or_else(inside)
            {
                if let Some(found) = self.person_before_within(at, gender, hops - 1) {
                    return Some(found);
                }
            }
            // "The radio talker filled his speeches for Berg. He has called ...": a person after a preposition,
            // in a sentence whose subject describes a person, is not who the pronoun stands for; the person that
            // description stands for is named before.
            if self.described_subject_over(chosen.span) {
                if let Some(found) = self.person_before_within(from, gender, hops - 1) {
                    return Some(found);
                }
            }
        }
        Some(chosen.canonical.clone())
    }

    /// The first of the (at most eight) persons after position `first` of `people`, before `cut` and in the same
    /// sentence, that `fits`.
    fn later_in_sentence(
        &self,
        people: &[usize],
        first: usize,
        cut: usize,
        fits: impl Fn(&Mention) -> bool,
    ) -> Option<usize> {
        let m = &self.mentions[people[first]];
        (first + 1..cut)
            .take(8)
            .take_while(|&k| {
                !sentence_break_between(self.text, m.span.end, self.mentions[people[k]].span.start)
            })
            .find(|&k| fits(&self.mentions[people[k]]))
    }

    /// Whether the name at `span` stands between "the" and a noun in lower case ("the Berg campaign", "the Lund
    /// years"), qualifying the noun.
    fn qualifies_a_noun(&self, span: Span) -> bool {
        let the = word_before(self.text, span.start).is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let near = char_floor(self.text, (span.end + 32).min(self.text.len()));
        let next = self.text[span.end..near]
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_end_matches([',', '.', ';', ':']);
        the && !possessive_at(self.text, span.end)
            && next.starts_with(|c: char| c.is_lowercase())
            && next.chars().all(char::is_alphabetic)
    }

    /// Whether the sentence holding `pos` opens with the pronoun of `gender` and a cue ("He said that ...", "But
    /// she noted ..."), so that what stands at `pos` is part of what that pronoun reported.
    fn reported_by_pronoun(&self, pos: usize, gender: Option<Gender>) -> bool {
        let pronoun = match gender {
            Some(Gender::Male) => "he",
            Some(Gender::Female) => "she",
            None => return false,
        };
        let from = sentence_start_before(self.text, pos);
        // The sentence's first 40 bytes are enough.
        let end = char_floor(self.text, (from + 40).min(pos));
        let toks = tokenize(self.text, Span::new(from, end));
        let words: Vec<&Token> = toks
            .iter()
            .filter(|t| t.is_word())
            .skip_while(|t| matches!(t.text, "But" | "And" | "Yet" | "So"))
            .take(2)
            .collect();
        matches!(words.as_slice(), [p, cue] if p.lower() == pronoun && is_cue(cue.text) && !is_weak_cue(cue.text))
    }

    /// Whether the name at `span` follows a preposition (not "by") in a sentence that opens with a description of
    /// a person ("The radio talker", "The Texas senator").
    fn described_subject_over(&self, span: Span) -> bool {
        let after_preposition = word_before(self.text, span.start).is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "for"
                    | "about"
                    | "against"
                    | "with"
                    | "to"
                    | "at"
                    | "on"
                    | "from"
                    | "over"
                    | "toward"
            )
        });
        if !after_preposition {
            return false;
        }
        // Within 300 bytes: a long sentence is not read again for every pronoun after it.
        let from = sentence_start_before(self.text, span.start);
        if span.start - from > 300 {
            return false;
        }
        super::attribution::last_sentence_actor(self.text, Span::new(from, span.start)).is_some_and(
            |p| {
                p.kind == PhraseKind::Description
                    && p.text.rsplit(' ').next().is_some_and(|head| {
                        let head = head.to_lowercase();
                        super::words::names_a_person(&head)
                            || ["er", "or", "ist", "ian"].iter().any(|s| head.ends_with(s))
                    })
            },
        )
    }

    /// "backed by Sen. Anna Berg": whether the name at `span` follows "by", titles aside.
    fn is_agent(&self, span: Span) -> bool {
        let before = text_before_titles(self.text, span.start);
        before.ends_with(" by") || before == "by"
    }

    /// Whether the sentence starting at `start` opens with a participle ("Asked", "Speaking") and `pos` stands
    /// right after the comma that ends its clause.
    fn after_participle_clause(&self, start: usize, pos: usize) -> bool {
        if !self.text[..pos].trim_end().ends_with(',') {
            return false;
        }
        // Only the sentence's first word is read; a sentence opening with a quote mark is a quotation's.
        let head = char_floor(self.text, (start + 64).min(pos));
        let Some(opening) = tokenize(self.text, Span::new(start, head))
            .into_iter()
            .next()
        else {
            return false;
        };
        let lower = opening.lower();
        opening.is_capitalised()
            && lower.len() > 4
            && (lower.ends_with("ing") || lower.ends_with("ed"))
            && !matches!(
                lower.as_str(),
                "during"
                    | "following"
                    | "according"
                    | "regarding"
                    | "concerning"
                    | "including"
                    | "considering"
                    | "indeed"
                    | "nothing"
                    | "something"
                    | "everything"
                    | "anything"
            )
    }

    /// "Asked about Okafor's plan, Berg demurred.": when the sentence of the person at position `first` of `people`
    /// opens with a clause set off by a comma ("As for", "Like", "Asked about", "After ..."), the person right
    /// after that comma, before a word in lower case, is the sentence's subject. Its position, up to `cut`.
    fn main_clause_subject(&self, people: &[usize], first: usize, cut: usize) -> Option<usize> {
        let chosen = &self.mentions[people[first]];
        let start = sentence_start_before(self.text, chosen.span.start);
        // Only the sentence's first word is read (past opening quote marks and spaces).
        let head = char_floor(self.text, (start + 64).min(chosen.span.start));
        let opening = tokenize(self.text, Span::new(start, head))
            .into_iter()
            .find(|t| t.is_word())?;
        let lower = opening.lower();
        let opener = matches!(
            lower.as_str(),
            "as" | "after"
                | "before"
                | "when"
                | "while"
                | "although"
                | "though"
                | "since"
                | "because"
                | "if"
                | "like"
                | "unlike"
                | "despite"
                | "following"
                | "during"
                | "with"
                | "without"
                | "in"
                | "on"
                | "at"
        ) || ((lower.ends_with("ing") || lower.ends_with("ed")) && lower.len() > 4)
            // "Days after Okafor's arrest, Lund volunteered", "Until Okafor spoke, Lund ...".
            || matches!(
                lower.as_str(),
                "days" | "hours" | "weeks" | "months" | "years" | "minutes" | "moments" | "shortly" | "soon"
                    | "later" | "earlier" | "once" | "until" | "upon" | "by" | "from" | "to" | "under" | "amid"
            );
        if !opener {
            return None;
        }
        // The main clause's subject stands within a few hundred bytes of the opening clause's person: a text of
        // thousands of names in one sentence is not read to its end once per pronoun.
        let mut previous_end = chosen.span.end;
        for (k, &p) in people.iter().enumerate().take(cut).skip(first + 1) {
            let m = &self.mentions[p];
            if m.span.start > chosen.span.end + 400
                || sentence_break_between(self.text, previous_end, m.span.start)
            {
                return None;
            }
            previous_end = m.span.end;
            // ", Attorney General Anna Berg took": offices may stand between the comma and the name; `"the plan,"
            // Berg found`: so may a closing quote mark.
            let before = text_before_titles(self.text, m.span.start);
            let after_comma = before.trim_end_matches(['"', '”', '\'']).ends_with(',');
            let lower_next = |from: usize| {
                self.text[from..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with(|c: char| c.is_lowercase())
            };
            // "Tom Okafor shrugged", or "Tom Okafor, Berg's deputy, shrugged": an appositive set off by commas
            // may stand between the name and its verb.
            let appositive_end = || {
                let rest = self.text[m.span.end..].strip_prefix(',')?;
                let close = rest[..char_floor(rest, 80)].find(',')?;
                let inside = &rest[..close];
                (!inside.contains(['.', '!', '?', '\n', '"', '“', '”']))
                    .then_some(m.span.end + 1 + close + 1)
            };
            let verb_after = lower_next(m.span.end) || appositive_end().is_some_and(lower_next);
            // "..., Lund, Berg's spokesman, said": a possessive qualifies the name after it.
            if after_comma && verb_after && !possessive_at(self.text, m.span.end) {
                return Some(k);
            }
        }
        None
    }

    /// From the person at position `j` of `people_for[slot]`, back through its sentence: the first person of the
    /// sentence (the subject, most often), passing over a name that only qualifies the next one ("Berg's deputy,
    /// Lindqvist"), and the nearest of those persons who was asked a question, as positions.
    fn walk(&self, slot: usize, j: usize) -> Walk {
        let people = &self.people_for[slot];
        let mentions = &self.mentions;
        // The persons this walk moves to, in turn; each later one's walk is the rest of this one.
        let mut chain = vec![j];
        let mut end = None;
        while end.is_none() {
            let current = chain[chain.len() - 1];
            if let Some(&known) = self.walks.borrow().get(&(slot, current)) {
                end = Some(known);
                break;
            }
            let at = &mentions[people[current]];
            let next = (0..current).rev().find_map(|k| {
                let m = &mentions[people[k]];
                if sentence_break_between(self.text, m.span.end, at.span.start) {
                    return Some(None);
                }
                (!modifies(self.text, m.span.end, at.span.start)).then_some(Some(k))
            });
            match next.flatten() {
                Some(k) => chain.push(k),
                None => end = Some((current, at.asked.then_some(current))),
            }
        }
        let (first, mut asked) = end.unwrap_or((j, None));
        let mut walks = self.walks.borrow_mut();
        for &k in chain.iter().rev() {
            if mentions[people[k]].asked {
                asked = Some(k);
            }
            walks.insert((slot, k), (first, asked));
        }
        (first, asked)
    }

    /// What an "it" (`they`: a "they") at `pos` stands for: the subject of the nearest sentence before it (up to
    /// three back) when that is an organisation or a description of the pronoun's number ("Berg's campaign",
    /// "The post"; "the inspectors"); a sentence opening with a person or another pronoun stops the search.
    pub fn thing_before(&self, pos: usize, they: bool) -> Option<String> {
        self.subject_before(pos, if they { "they" } else { "it" }, |subject| {
            match subject.kind {
                PhraseKind::Pronoun => None,
                PhraseKind::Description => {
                    let plural = is_plural(&subject.text);
                    // "Berg's campaign is seeking ... what they call": a body of people is "they" too.
                    let body = they && is_collective(&subject.text);
                    (plural == they || body).then(|| subject.text.clone())
                }
                PhraseKind::Name => {
                    let org = subject.org_like || self.is_organization_at(subject.span);
                    // "Harbour Democrats": a capitalised plural is a group.
                    let group =
                        they && is_plural(&subject.text) && !self.is_person_at(subject.span);
                    (org || group).then(|| self.canonical(&subject.text, subject.span))
                }
            }
        })
    }

    /// The person a "he" or "she" at `pos` stands for when the nearest sentence before it with a subject (up to
    /// three back, the pronoun's own first) opens with a description introducing one person of the pronoun's
    /// gender and nobody is named after it ("A Vasa woman was fined when she pinned a note. "Out!" she wrote"). A
    /// sentence opening with a name or another pronoun stops the search.
    pub fn described_before(&self, pos: usize, pronoun: &str) -> Option<String> {
        self.subject_before(pos, pronoun, |subject| {
            (subject.kind == PhraseKind::Description
                && super::introduces_one_for(&subject.text, pronoun)
                && !self.person_between(subject.span.end, pos))
            .then(|| subject.text.clone())
        })
    }

    /// What `judge` makes of the subject of the nearest sentence before `pos` that has one, the pronoun's own
    /// sentence first and up to three before it; a sentence whose subject is `pronoun` itself passes the search on
    /// ("He found none, he said."). Sentences within 1,000 bytes only: a text of thousands of quotes in one sentence
    /// is not read again for every "it said" in it.
    fn subject_before(
        &self,
        pos: usize,
        pronoun: &str,
        judge: impl Fn(&Phrase) -> Option<String>,
    ) -> Option<String> {
        let start_before = |at: usize| sentence_start_within(self.text, at, &[200, 1_000]);
        let own = start_before(pos)?;
        // The pronoun's own sentence first ("The inspectors left because they said ..."), then those before it.
        let mut range = Span::new(own, pos);
        for _ in 0..4 {
            if let Some(subject) = super::attribution::last_sentence_actor(self.text, range) {
                if !(subject.kind == PhraseKind::Pronoun && subject.text == pronoun) {
                    return judge(&subject);
                }
            } else if range.start < own {
                return None;
            }
            if range.start == 0 {
                return None;
            }
            range = Span::new(start_before(range.start - 1)?, range.start);
        }
        None
    }

    /// What an "it" that reads or speaks stands for when no sentence before opens with it: the last writing named
    /// in the 600 bytes before `before` ("held up a placard. "...," it read": "a placard"). A determiner or a
    /// possessive and at most one word stand before the noun.
    pub fn writing_before(&self, before: usize) -> Option<String> {
        let end = char_floor(self.text, before);
        let from = look_back_start(self.text, 0, end, 600);
        let toks = tokenize(self.text, Span::new(from, end));
        let k = toks.iter().rposition(|t| is_writing(&t.lower()))?;
        // "a sign", "his website", "Berg's letter": a determiner or a name's possessive.
        let start = (1..=2).filter_map(|back| k.checked_sub(back)).find(|&d| {
            let w = toks[d].text;
            is_determiner(w) || w.ends_with("'s") || w.ends_with("’s")
        })?;
        Some(self.text[toks[start].span.start..toks[k].span.end].to_string())
    }
}

/// A singular noun for a piece of writing that can "read" or "say" something.
fn is_writing(lower: &str) -> bool {
    matches!(
        lower,
        "sign"
            | "banner"
            | "placard"
            | "poster"
            | "email"
            | "e-mail"
            | "letter"
            | "note"
            | "memo"
            | "message"
            | "affidavit"
            | "website"
            | "tweet"
            | "post"
            | "card"
            | "headline"
            | "leaflet"
            | "flyer"
            | "petition"
            | "complaint"
            | "indictment"
            | "filing"
            | "statement"
            | "release"
    )
}

/// Words that open a two-word role after a name: "Berg campaign manager", "Berg press secretary".
fn is_role_modifier(word: &str) -> bool {
    matches!(
        word,
        "campaign"
            | "press"
            | "chief"
            | "senior"
            | "top"
            | "former"
            | "longtime"
            | "deputy"
            | "communications"
            | "policy"
            | "political"
            | "national"
            | "transition"
            | "foreign"
            | "economic"
            | "legal"
    )
}

/// Whether a phrase ends in a singular noun for a body of people, which "they" may stand for ("the campaign").
fn is_collective(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(
        last.as_str(),
        "campaign"
            | "team"
            | "staff"
            | "administration"
            | "government"
            | "committee"
            | "company"
            | "family"
            | "party"
            | "group"
            | "police"
            | "board"
            | "council"
            | "panel"
            | "jury"
            | "organization"
            | "organisation"
            | "agency"
            | "department"
            | "firm"
            | "union"
            | "coalition"
            | "club"
            | "crew"
    )
}

/// Whether a phrase ends in a plural noun ("the inspectors", not "the press").
fn is_plural(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or("");
    last.ends_with('s') && !last.ends_with("ss")
}

/// "Asian", "Central Asian", "Texan", "Republican": one word (after a compass word) that is a people's or a party's
/// adjective, in its singular form.
fn is_adjective_of_a_people(name: &str) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    let (last, before) = match words.as_slice() {
        [last] => (*last, None),
        [before, last] => (*last, Some(*before)),
        _ => return false,
    };
    let compass = before.is_none_or(|b| {
        matches!(
            b,
            "Central"
                | "North"
                | "South"
                | "East"
                | "West"
                | "Northern"
                | "Southern"
                | "Eastern"
                | "Western"
        )
    });
    let gazetteer = &crate::extract::entities::engine().gazetteer;
    compass
        && last.ends_with("an")
        && (gazetteer.word_flags(last) & crate::extract::gazetteer::DEMONYM != 0
            || crate::extract::rules::is_party_adjective(last))
}

/// The 100 bytes before `start`, without their trailing spaces and up to three capitalised titles ("Sen.",
/// "Attorney General") that stand right before a name there. Only so far back: a text of a million characters
/// with no space is not read back to its start once per name.
fn text_before_titles(text: &str, start: usize) -> &str {
    let from = look_back_start(text, 0, start, 100);
    let mut before = text[from..start].trim_end();
    for _ in 0..3 {
        match before.rsplit_once(' ') {
            Some((head, last)) if last.starts_with(char::is_uppercase) && is_title(last) => {
                before = head.trim_end();
            }
            _ => break,
        }
    }
    before
}

/// Where the sentence holding `pos` starts: the last sentence break before it, looked for in the 1,000 bytes before
/// `pos`, then in the 20,000 bytes before it, so that a text of thousands of pronouns is not read from its start
/// once each; a sentence longer than that starts, for this purpose, 20,000 bytes back.
fn sentence_start_before(text: &str, pos: usize) -> usize {
    sentence_start_within(text, pos, &[1_000, 20_000])
        .unwrap_or_else(|| look_back_start(text, 0, char_floor(text, pos), 20_000))
}

/// The last sentence break before `pos`, looked for in the given reaches back in turn (the text's start counts as
/// one); none when the sentence starts further back than the last reach.
fn sentence_start_within(text: &str, pos: usize, reaches: &[usize]) -> Option<usize> {
    // `pos` may be one byte back from a sentence start, inside the closing quote mark before it.
    let pos = char_floor(text, pos);
    reaches.iter().find_map(|&reach| {
        let from = look_back_start(text, 0, pos, reach);
        last_sentence_break(text, Span::new(from, pos)).or((from == 0).then_some(0))
    })
}

/// Whether a capitalised word before a cue verb can be a surname ("Okwuosa said"): not a plural ("Prosecutors",
/// "New Yorkers") or a collective noun ("Police"), and not written in lower case elsewhere in the text (a common
/// noun starting a sentence, or a derived form: " harshly" for "Harsh"); `after_spaces` is [`after_spaces`] of the
/// text.
fn looks_like_a_name(after_spaces: &[&str], name: &str) -> bool {
    let lower = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
    let collective = matches!(
        lower.as_str(),
        "police"
            | "staff"
            | "government"
            | "management"
            | "media"
            | "press"
            | "public"
            | "military"
    );
    // `lower` has no space, so the text holds " {lower}" exactly when a chunk after a space begins with it.
    let from = after_spaces.partition_point(|c| *c < lower.as_str());
    let written_lower = after_spaces
        .get(from)
        .is_some_and(|c| c.starts_with(&lower));
    !collective && !lower.ends_with('s') && !written_lower
}

/// What follows each space of the text up to the next space, sorted: " berg" is in the text when one of them
/// begins with "berg", found by a binary search instead of a search of the whole text for every name.
fn after_spaces(text: &str) -> Vec<&str> {
    let mut chunks: Vec<&str> = text.split(' ').skip(1).collect();
    chunks.sort_unstable();
    chunks
}

/// Whether the name ending at `end` only qualifies the name starting at `next`: "Berg's deputy, Lindqvist",
/// "Berg spokesman Lindqvist". Between them stand a possessive and offices, nothing else.
fn modifies(text: &str, end: usize, next: usize) -> bool {
    // A possessive and three offices at most: a longer stretch is never one.
    if next - end > 64 {
        return false;
    }
    let between = &text[end..next];
    let rest = between
        .strip_prefix("'s")
        .or_else(|| between.strip_prefix("’s"))
        .unwrap_or(between);
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    (rest.len() < between.len() || !words.is_empty())
        && words.len() <= 3
        && words.iter().all(|w| is_title(w))
}

/// Whether the name at `name` is the object of a question: "asked Sanders", "pressed Berg" (not "asked Berg's
/// aide").
fn is_asked(text: &str, name: Span) -> bool {
    let from = look_back_start(text, 0, name.start, 24);
    !possessive_at(text, name.end)
        && tokenize(text, Span::new(from, name.start))
            .last()
            .is_some_and(|t| matches!(t.text, "asked" | "pressed"))
}

/// Whether the name at `name` is the speaker of a cue right before it: ", said Tom Okafor,", ""...," writes
/// Berg.", "according to Berg". A cue after anything else has a subject of its own ("Berg said Lund ..."), and a
/// name going on into a clause is the subject of what was said (", said Lund was ...").
fn preceded_by_cue(text: &str, name: Span) -> bool {
    let ends_phrase = text[name.end..]
        .trim_start_matches([' ', '\t'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, ',' | '.' | ';' | ':' | '(' | '\n' | '\r'));
    if !ends_phrase {
        return false;
    }
    let from = look_back_start(text, 0, name.start, 40);
    let tokens = tokenize(text, Span::new(from, name.start));
    let [.., before, cue] = tokens.as_slice() else {
        return false;
    };
    let lower = cue.lower();
    if lower == "to" {
        return before.lower() == "according";
    }
    matches!(
        lower.as_str(),
        "said"
            | "says"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "explained"
            | "noted"
            | "continued"
    ) && matches!(before.text, "," | "”" | "\"" | "’" | "'")
}

/// Whether the name ending at `end` is a possessive, with its "'s" inside the name or right after it ("Berg's",
/// "Harbours'").
fn possessive_at(text: &str, end: usize) -> bool {
    let (before, after) = text.split_at(end);
    ["'s", "’s", "s'", "s’"].iter().any(|p| before.ends_with(p))
        || after.starts_with("'s")
        || after.starts_with("’s")
}

/// Whether a cue verb follows the name at `name`, past words like "has" or "also", and not as a bare participle.
/// After a possessive it is a noun ("Berg's claim"). With `past_appositive`, also after an appositive set off by
/// commas ("Tom Lund, the port's chief, said").
fn followed_by_cue(text: &str, name: Span, past_appositive: bool) -> bool {
    let at = name.end;
    if possessive_at(text, at) {
        return false;
    }
    let reach = if past_appositive { 160 } else { 48 };
    let tokens = tokenize(text, Span::new(at, char_floor(text, at + reach)));
    // The token after the comma closing an appositive that opens at `from`: within 16 tokens, before any sentence
    // punctuation, quote mark or bracket.
    let past_closing_comma = |from: usize| {
        tokens
            .iter()
            .skip(from)
            .take(16)
            .take_while(|t| {
                !matches!(
                    t.text,
                    "." | "!" | "?" | ";" | ":" | "\"" | "“" | "”" | "(" | ")"
                )
            })
            .position(|t| t.text == ",")
            .map(|c| from + c + 1)
    };
    // "Tom Lund, head of the port authority, said": past an appositive set off by commas.
    let from = match tokens.first() {
        Some(t) if t.text == "," && past_appositive => {
            past_closing_comma(1).unwrap_or(tokens.len())
        }
        // "Tom Lund of Harbour Baptist Church in Vasa, said": past a place or body of capitalised words.
        Some(t) if t.text == "of" && past_appositive => {
            let run = tokens
                .iter()
                .skip(1)
                .take(12)
                .take_while(|t| {
                    (t.is_word() && t.is_capitalised())
                        || matches!(t.text, "of" | "in" | "the" | "and" | "for")
                })
                .count();
            // "Tom Okafor of Connecticut said": the cue may follow the place with no comma; "Tom Okafor of
            // Connecticut, who campaigned there, said": or an appositive set off by commas after it.
            match tokens.get(1 + run) {
                _ if run == 0 => return false,
                Some(t) if t.text == "," => {
                    let after = run + 2;
                    let cue_next = tokens
                        .get(after)
                        .is_some_and(|t| t.is_word() && is_cue(t.text));
                    match past_closing_comma(after) {
                        Some(next) if !cue_next => next,
                        _ => after,
                    }
                }
                Some(t) if t.is_word() && !t.is_capitalised() && is_cue(t.text) => run + 1,
                _ => return false,
            }
        }
        _ => 0,
    };
    let tokens = &tokens[from.min(tokens.len())..];
    let Some(k) = tokens
        .iter()
        .position(|t| !(t.is_word() && is_filler(t.text)))
    else {
        return false;
    };
    let cue = &tokens[k];
    // "Lund claiming the seat" is no speech of Lund's; "Lund is claiming" is.
    let participle = cue.text.ends_with("ing")
        && !tokens[..k]
            .iter()
            .any(|t| matches!(t.text, "is" | "was" | "are" | "were"));
    // "the Harbour comments", "his Senate remarks": a weak cue after a name that follows a determiner is a noun
    // the name qualifies.
    let qualified_noun =
        || is_weak_cue(cue.text) && word_before(text, name.start).is_some_and(is_determiner);
    // "Lund agreed to sell": consent, not speech; "Lund continued to lose ground" goes on doing something.
    let consents = matches!(
        cue.lower().as_str(),
        "agree" | "agrees" | "agreed" | "continue" | "continues" | "continued"
    ) && tokens.get(k + 1).is_some_and(|t| t.lower() == "to");
    cue.is_word() && !participle && is_cue(cue.text) && !qualified_noun() && !consents
}

/// Whether the words at `span` fill their line, but for a full stop after them and spaces.
fn alone_on_its_line(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end_matches([' ', '\t']);
    let after = text[span.end..].trim_start_matches(['.', ' ', '\t']);
    (before.is_empty() || before.ends_with('\n'))
        && (after.is_empty() || after.starts_with(['\n', '\r']))
}

/// Whether `word` is `pronoun` ("he"), in any case, alone or joined to "is" or "has" ("He's", "he’s"). Read for
/// every word before a person, so it compares in place rather than lowercasing.
fn is_pronoun_form(word: &str, pronoun: &str) -> bool {
    word.get(..pronoun.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(pronoun))
        && matches!(&word[pronoun.len()..], "" | "'s" | "’s")
}

/// Whether a full name's given name is of the other gender than a title's: "Bill Clinton" for "Mrs.".
fn given_name_of_other_gender(name: &str, title: Gender) -> bool {
    name.split_once(' ')
        .and_then(|(given, _)| given_name_gender(given))
        .is_some_and(|g| g != title)
}

/// The whole word that ends, past spaces, right before `at`. Only a few bytes back are read, however long the word
/// before is.
fn word_before(text: &str, at: usize) -> Option<&str> {
    let from = look_back_start(text, 0, at, 24);
    let before = text[from..at].trim_end();
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(p, c)| p + c.len_utf8());
    match start {
        Some(p) => Some(&before[p..]),
        // The window starts inside a word longer than it, or at the text's start.
        None if from == 0 => Some(before),
        None => None,
    }
    .filter(|w| !w.is_empty())
}

/// Runs of capitalised words outside quotes, with titles stripped: (span, words, gender told by a title:
/// `Some(None)` for a title that marks a person but not a gender).
fn name_runs(text: &str, quoted: &[Quoted]) -> Vec<(Span, Vec<String>, Option<Option<Gender>>)> {
    let mut out = Vec::new();
    // A token is inside some quote when a quote opening at or before it closes at or after its end.
    let reach = Reach::new(quoted.iter().map(|q| (q.open, q.close_end)));
    let inside_a_quote = |t: &Token| {
        reach
            .at(t.span.start)
            .is_some_and(|close| close >= t.span.end)
    };
    for para in super::marks::paragraphs(text) {
        let tokens: Vec<Token> = tokenize(text, para)
            .into_iter()
            .filter(|t| !inside_a_quote(t))
            .collect();
        let mut i = 0;
        while i < tokens.len() {
            let is_name = |t: &Token| {
                t.is_word() && t.is_capitalised() && !is_capitalised_function_word(t.text)
            };
            if !is_name(&tokens[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < tokens.len()
                && (is_name(&tokens[i])
                    || (is_name_connector(tokens[i].text)
                        && tokens.get(i + 1).is_some_and(is_name)))
            {
                let possessive = is_possessive(tokens[i].text);
                i += 1;
                if possessive {
                    break;
                }
            }
            let run = &tokens[start..i];
            let words: Vec<&str> = run.iter().map(|t| t.text).collect();
            let title_end = name_start(&words);
            let title_gender = run[..title_end]
                .iter()
                .rev()
                .find_map(|t| personal_title_gender(t.text));
            let title_gender = title_gender.or_else(|| {
                let before = start.checked_sub(1).map(|b| tokens[b].text)?;
                personal_title_gender(before)
                    .filter(|_| before.chars().next().is_some_and(char::is_lowercase))
            });
            if title_end < run.len() {
                let kept = &run[title_end..];
                let words = kept
                    .iter()
                    .map(|t| strip_possessive(t.text).to_string())
                    .collect();
                out.push((
                    Span::new(kept[0].span.start, kept[kept.len() - 1].span.end),
                    words,
                    title_gender,
                ));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::word_before;

    #[test]
    fn the_word_before_a_position() {
        let text = "exposure of the\u{a0}Harbour";
        let at = text.find("Harbour").unwrap();
        assert_eq!(word_before(text, at), Some("the"));
        assert_eq!(word_before("the Harbour", 4), Some("the"));
        assert_eq!(word_before("Harbour", 0), None);
        // A word longer than the bytes read is not taken for its end.
        let long = "supercalifragilisticexpialithe Harbour";
        assert_eq!(word_before(long, long.find("Harbour").unwrap()), None);
    }
}
