//! Speakers: a phrase found next to a cue becomes a canonical name. Names are joined to the recognised entities
//! (or, without them, to the fullest form of the name seen in the text); pronouns go to the right earlier person.

use super::attribution::{Phrase, PhraseKind};
use super::marks::Quoted;
use super::names::given_name_gender;
use super::words::{
    is_capitalised_function_word, is_cue, is_filler, is_name_connector, last_sentence_break,
    name_start, personal_title_gender, sentence_break_between, strip_possessive, tokenize, Token,
};
use crate::article::{Entity, EntityKind, Span};
use crate::extract::gazetteer::SURNAME;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
}

/// Resolves speaker phrases of one text.
pub(super) struct Resolver<'a> {
    entities: &'a [Entity],
    /// Multi-word names in the text, titles stripped, in order of first appearance.
    full_names: Vec<String>,
    mentions: Vec<Mention>,
    text: &'a str,
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
        for (_, words, _) in &runs {
            if words.len() >= 2 && !full_names.contains(&words.join(" ")) {
                full_names.push(words.join(" "));
            }
        }
        let mut resolver = Resolver {
            entities,
            full_names,
            mentions: Vec::new(),
            text,
        };
        let speaker_people: Vec<String> = speakers
            .iter()
            .filter(|p| p.kind == PhraseKind::Name && !p.org_like)
            .map(|p| resolver.canonical(&p.text, p.span))
            .collect();
        let gazetteer = &crate::extract::entities::engine().gazetteer;
        let mentions = runs
            .into_iter()
            .map(|(span, words, title_gender)| {
                let canonical = resolver.canonical(&words.join(" "), span);
                let entity_kind = resolver.entity_at(span).map(|e| e.kind);
                let first = canonical.split(' ').next().unwrap_or("");
                // A one-word name tells a gender only when it is a given name and not also a surname:
                // "Gwendolyn" does, "Kelly" does not.
                let one_word_surname =
                    !canonical.contains(' ') && gazetteer.word_flags(first) & SURNAME != 0;
                let name_gender = given_name_gender(first).filter(|_| !one_word_surname);
                let speaks = followed_by_cue(text, span.end);
                let person = match entity_kind {
                    Some(kind) => kind == EntityKind::Person,
                    None => {
                        title_gender.is_some()
                            || name_gender.is_some()
                            || speaker_people.contains(&canonical)
                            || (speaks && looks_like_a_name(text, &canonical))
                    }
                };
                let gender = title_gender.flatten().or(name_gender);
                Mention {
                    span,
                    canonical,
                    person,
                    gender,
                    speaks,
                }
            })
            .collect();
        resolver.mentions = mentions;
        resolver
    }

    /// The entity named at `span`; when several are ("Refugee Council Tom Okafor"), the one at its end, which is
    /// the head of the phrase.
    fn entity_at(&self, span: Span) -> Option<&'a Entity> {
        let last_byte = Span::new(span.end.saturating_sub(1).max(span.start), span.end);
        let at_end = self
            .entities
            .iter()
            .find(|e| e.mentions.iter().any(|m| m.overlaps(&last_byte)));
        at_end.or_else(|| {
            self.entities
                .iter()
                .find(|e| e.mentions.iter().any(|m| m.overlaps(&span)))
        })
    }

    /// The canonical form of a name: the entity it belongs to, else the first full name in the text that ends with
    /// it ("Rubio" -> "Marco Rubio"), else the name as written.
    pub fn canonical(&self, name: &str, span: Span) -> String {
        if let Some(e) = self.entity_at(span) {
            return e.name.clone();
        }
        let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        if let Some(e) = self
            .entities
            .iter()
            .find(|e| same(&e.name, name) || e.aliases.iter().any(|a| same(a, name)))
        {
            return e.name.clone();
        }
        let surname = name.rsplit(' ').next().unwrap_or(name);
        if !name.contains(' ') {
            let person_with_surname = self.entities.iter().find(|e| {
                e.kind == EntityKind::Person
                    && e.name.rsplit(' ').next().is_some_and(|s| same(s, surname))
            });
            if let Some(e) = person_with_surname {
                return e.name.clone();
            }
            if let Some(full) = self
                .full_names
                .iter()
                .find(|f| f.rsplit(' ').next() == Some(surname))
            {
                return full.clone();
            }
        }
        name.to_string()
    }

    /// Whether the recognizer found a person or an organization at `span`.
    pub fn is_person_or_organization_at(&self, span: Span) -> bool {
        self.entity_at(span)
            .is_some_and(|e| matches!(e.kind, EntityKind::Person | EntityKind::Organization))
    }

    /// Whether `name` is, or is the surname of, a person the recognizer found.
    pub fn names_known_person(&self, name: &str, span: Span) -> bool {
        let canonical = self.canonical(name, span);
        self.entities
            .iter()
            .any(|e| e.kind == EntityKind::Person && e.name == canonical)
    }

    /// Whether the name written at `span` is known to be a person's (by the recognizer, a title or a given name).
    pub fn is_person_at(&self, span: Span) -> bool {
        self.mentions
            .iter()
            .any(|m| m.person && m.span.overlaps(&span))
    }

    /// The canonical speaker of a phrase; pronouns need the position where they stand.
    pub fn resolve(&self, phrase: &Phrase) -> Option<String> {
        match phrase.kind {
            PhraseKind::Name => Some(self.canonical(&phrase.text, phrase.span)),
            PhraseKind::Description => Some(phrase.text.clone()),
            PhraseKind::Pronoun => match phrase.text.as_str() {
                "he" => self.person_before(phrase.span.start, Some(Gender::Male)),
                "she" => self.person_before(phrase.span.start, Some(Gender::Female)),
                _ => None,
            },
        }
    }

    /// The person a pronoun at `pos` refers to: the last sentence before it naming a person of a compatible
    /// gender, and in that sentence the first such person (the subject, most often).
    fn person_before(&self, pos: usize, gender: Option<Gender>) -> Option<String> {
        let compatible = |m: &&Mention| {
            m.person
                && m.span.end <= pos
                && (gender.is_none() || m.gender.is_none() || m.gender == gender)
        };
        let candidates: Vec<&Mention> = self.mentions.iter().filter(compatible).collect();
        // A person reported speaking in this sentence or the one before is the likeliest "he said".
        let sentence = last_sentence_break(self.text, Span::new(0, pos)).unwrap_or(0);
        let previous =
            last_sentence_break(self.text, Span::new(0, sentence.saturating_sub(1))).unwrap_or(0);
        if let Some(m) = candidates
            .iter()
            .rev()
            .find(|m| m.speaks && m.span.start >= previous)
        {
            return Some(m.canonical.clone());
        }
        let mut chosen = *candidates.last()?;
        for m in candidates.iter().rev().skip(1) {
            if sentence_break_between(self.text, m.span.end, chosen.span.start) {
                break;
            }
            chosen = m;
        }
        Some(chosen.canonical.clone())
    }
}

/// Whether a capitalised word before a cue verb can be a surname ("Okwuosa said"): not a plural ("Prosecutors",
/// "New Yorkers") or a collective noun ("Police"), and not written in lower case elsewhere in the text (a common
/// noun starting a sentence).
fn looks_like_a_name(text: &str, name: &str) -> bool {
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
    !collective && !lower.ends_with('s') && !text.contains(&format!(" {lower}"))
}

/// Whether a cue verb follows `at`, past words like "has" or "also".
fn followed_by_cue(text: &str, at: usize) -> bool {
    let mut end = (at + 48).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    tokenize(text, Span::new(at, end))
        .iter()
        .find(|t| !(t.is_word() && is_filler(t.text)))
        .is_some_and(|t| t.is_word() && is_cue(t.text))
}

/// Runs of capitalised words outside quotes, with titles stripped: (span, words, gender told by a title:
/// `Some(None)` for a title that marks a person but not a gender).
fn name_runs(text: &str, quoted: &[Quoted]) -> Vec<(Span, Vec<String>, Option<Option<Gender>>)> {
    let mut out = Vec::new();
    for para in super::marks::paragraphs(text) {
        let tokens: Vec<Token> = tokenize(text, para)
            .into_iter()
            .filter(|t| {
                !quoted
                    .iter()
                    .any(|q| q.open <= t.span.start && t.span.end <= q.close_end)
            })
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
                let possessive = strip_possessive(tokens[i].text) != tokens[i].text;
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
