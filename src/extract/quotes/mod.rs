//! Quotations and their speakers: quoted stretches found from their marks ([`marks`]), attributed through the cue
//! verb beside them ([`attribution`]), and named by the canonical speaker ([`speaker`]).

mod attribution;
mod marks;
mod names;
mod speaker;
mod words;

#[cfg(test)]
mod tests;

use crate::article::{Entity, Quote};
use attribution::{Attribution, Phrase, PhraseKind};
use marks::Quoted;

/// Finds the quotations of `text` and attributes each to a speaker, using the entities found in it.
///
/// Quotes without any attribution (scare quotes, titles) are kept with no speaker and no cue; see
/// [`is_attributed_quotation`] to tell them apart. A paragraph made of a quotation with no cue of its own carries
/// the speaker of the previous paragraph's quote over, and so do the parts of a multi-paragraph quotation.
pub fn find_quotes(text: &str, entities: &[Entity]) -> Vec<Quote> {
    let quoted = marks::find_quoted(text);
    if quoted.is_empty() {
        return Vec::new();
    }
    let paragraphs = marks::paragraphs(text);
    let attributions = attribution::attribute_all(text, &paragraphs, &quoted);
    let phrases: Vec<_> = attributions
        .iter()
        .flatten()
        // A sentence's subject is no evidence that a name is a person's.
        .filter(|a| !a.subject_only)
        .filter_map(|a| a.phrase.as_ref())
        .collect();
    let resolver = speaker::Resolver::new(text, entities, &quoted, &phrases);

    let mut speakers: Vec<Option<String>> = Vec::with_capacity(quoted.len());
    for (i, attribution) in attributions.iter().enumerate() {
        let phrase = attribution.as_ref().and_then(|a| a.phrase.as_ref());
        let resolved = match phrase {
            // "they" and "it" stand for what the same pronoun right before stood for, else for the group or
            // organisation one of the last few sentences opens with ("The board met. It said ..."), else for one
            // quoted before ("the council said ... it added"): a subject close by outranks a speaker quoted
            // paragraphs back; "it", else, for a writing named just before ("She held up a sign. "...," it read.").
            Some(p)
                if p.kind == PhraseKind::Pronoun && matches!(p.text.as_str(), "they" | "it") =>
            {
                same_pronoun_before(text, &attributions, &speakers, &quoted, i, p)
                    .or_else(|| resolver.thing_before(p.span.start, p.text == "they"))
                    .or_else(|| last_group_speaker(&attributions, &speakers, i, &resolver))
                    .or_else(|| {
                        (p.text == "it")
                            .then(|| resolver.writing_before(quoted[i].open))
                            .flatten()
                    })
            }
            Some(p) if p.kind == PhraseKind::Pronoun && matches!(p.text.as_str(), "he" | "she") => {
                described_speaker_before(&attributions, &speakers, &quoted, i, p, &resolver)
                    .or_else(|| resolver.described_before(p.span.start, &p.text))
                    .or_else(|| resolver.pronoun_speaker(p, Some(quoted[i].content)))
            }
            Some(p)
                if attribution.as_ref().is_some_and(|a| a.subject_only)
                    && p.kind == PhraseKind::Name =>
            {
                (resolver.is_person_or_organization_at(p.span)
                    || resolver.is_person_at(p.span)
                    || resolver.names_known_person(&p.text, p.span))
                .then(|| resolver.resolve(p))
                .flatten()
            }
            Some(p) => resolver.resolve(p),
            None => None,
        };
        speakers.push(resolved);
    }
    carry_over(
        text,
        &paragraphs,
        &quoted,
        &attributions,
        &resolver,
        &mut speakers,
    );

    quoted
        .iter()
        .zip(attributions)
        .zip(speakers)
        .map(|((q, a), speaker)| {
            // A show, book or song title, a subheading or a nickname: quoted text nobody says here. A
            // title-cased phrase with a cue of its own is kept ("she proclaimed a goal of "Bridges For
            // Everyone""), unless it follows a possessive ("told Channel 9's "Evening Hour"").
            let title = (is_title_cased(q.content.slice(text))
                && (a.as_ref().is_none_or(|a| a.cue.is_none())
                    || follows_possessive(text, q.open)
                    || follows_place_preposition(text, q.open)
                    || is_whole_paragraph(text, &paragraphs, q)))
                || is_work_title(text, q);
            let named_thing = title || is_nickname(text, q) || is_given_name(text, q);
            Quote {
                span: q.content,
                speaker: speaker.filter(|_| !named_thing),
                cue: a.and_then(|a| a.cue).filter(|_| !named_thing),
            }
        })
        .collect()
}

/// Short words a title leaves in lower case ("Voice of the People", "Bridges for Everyone").
fn is_minor_title_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "of"
            | "in"
            | "on"
            | "and"
            | "or"
            | "for"
            | "to"
            | "at"
            | "by"
            | "with"
    )
}

/// "Evening Hour", "Saving for Your Child", "The River Is Rising.": two to ten words, each capitalised
/// except short function words. Speech is written in sentence case, so this is a title or a headline.
fn is_title_cased(quoted: &str) -> bool {
    let words: Vec<&str> = quoted
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    (2..=10).contains(&words.len())
        && quoted.chars().any(char::is_lowercase)
        && words.iter().any(|w| w.chars().count() >= 4)
        && words.iter().enumerate().all(|(n, w)| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || (n > 0 && is_minor_title_word(w))
        })
}

/// For a quote that reads as a name (title-cased, or one capitalised word), the words before it, nearest first,
/// without a comma or colon after them.
fn words_before_a_name<'t>(text: &'t str, q: &Quoted) -> Option<impl Iterator<Item = &'t str>> {
    let quoted = q.content.slice(text);
    (is_title_cased(quoted) || is_one_capitalised_word(quoted)).then(|| {
        text[..q.open]
            .split_whitespace()
            .rev()
            .map(|w| w.trim_end_matches([',', ':']))
    })
}

/// "Undertow", "Ghost.": one word with a capital, punctuation aside.
fn is_one_capitalised_word(quoted: &str) -> bool {
    let w = quoted.trim_matches(|c: char| !c.is_alphanumeric());
    !w.contains(char::is_whitespace) && w.starts_with(char::is_uppercase)
}

/// The word right before a quote's opening mark at `open`, as written.
fn word_before_quote(text: &str, open: usize) -> Option<&str> {
    text[..open].split_whitespace().next_back()
}

fn follows_possessive(text: &str, open: usize) -> bool {
    word_before_quote(text, open).is_some_and(|w| w.ends_with("'s") || w.ends_with("’s"))
}

/// `Microsoft says on "The Countdown Site"`: a quote right after "on", "in" or "at" is where something is said or
/// written, not what.
fn follows_place_preposition(text: &str, open: usize) -> bool {
    word_before_quote(text, open).is_some_and(|w| matches!(w, "on" | "in" | "at"))
}

/// `said Tom Lund, author of "Harbour Rules."`, `her memoir, "Tough Choices."`, `the film "Undertow"`: a
/// title-cased phrase or one capitalised word right after a word for a book, a film or a show, or after the "of" of
/// its maker, is the work's title, whatever cue the sentence has. A sentence quoted from a book is written in
/// sentence case and stays a quotation (`she wrote in her memoir, "I was never afraid of them."`).
fn is_work_title(text: &str, q: &Quoted) -> bool {
    let Some(before) = words_before_a_name(text, q) else {
        return false;
    };
    let mut before = before.map(str::to_lowercase);
    let Some(last) = before.next() else {
        return false;
    };
    if last == "of" {
        return before.next().is_some_and(|maker| {
            matches!(
                maker.as_str(),
                "author"
                    | "co-author"
                    | "authors"
                    | "writer"
                    | "director"
                    | "producer"
                    | "creator"
                    | "star"
                    | "host"
                    | "editor"
                    | "composer"
            )
        });
    }
    matches!(
        last.as_str(),
        "book"
            | "books"
            | "novel"
            | "memoir"
            | "memoirs"
            | "biography"
            | "autobiography"
            | "bestseller"
            | "best-seller"
            | "film"
            | "movie"
            | "documentary"
            | "album"
            | "song"
            | "show"
            | "sitcom"
            | "series"
            | "program"
            | "programme"
            | "musical"
            | "episode"
            | "podcast"
            | "poem"
    )
}

/// A quote that is its paragraph, marks and all: a subheading such as 'The River Is Rising.'
fn is_whole_paragraph(text: &str, paragraphs: &[crate::article::Span], q: &marks::Quoted) -> bool {
    let para = paragraphs[q.paragraph];
    text[para.start..q.open].trim().is_empty()
        && text[q.close_end.min(para.end)..para.end].trim().is_empty()
}

/// Annabel "Annie" Berg: one capitalised quoted word between the parts of a name.
fn is_nickname(text: &str, q: &marks::Quoted) -> bool {
    let quoted = q.content.slice(text);
    let capitalised_word = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
    };
    !quoted.contains(' ')
        && capitalised_word(Some(quoted))
        && capitalised_word(text[..q.open].split_whitespace().next_back())
        && capitalised_word(
            text[q.close_end.min(text.len())..]
                .split_whitespace()
                .next(),
        )
}

/// "a screen print called "Harbour Lights"", "a user labelled "Anonymous"", "going by the name "The Ferryman"": a
/// name given to a thing or a person, not words anyone says. "what Berg called "Harbour First"" and "Okafor
/// has called "Harbour First" a slogan" stay quotations: the naming verb must follow a common noun, as a
/// participle does, or a passive's "was".
fn is_given_name(text: &str, q: &marks::Quoted) -> bool {
    let Some(mut before) = words_before_a_name(text, q) else {
        return false;
    };
    let Some(verb) = before.next() else {
        return false;
    };
    let mut prev = before.next();
    let prev_is = |prev: Option<&str>, words: &[&str]| prev.is_some_and(|w| words.contains(&w));
    match verb.to_lowercase().as_str() {
        "called" | "named" | "dubbed" | "titled" | "entitled" | "nicknamed" | "labelled"
        | "labeled" => {}
        "name" | "title" => return prev_is(prev, &["the", "a"]),
        "as" => return prev_is(prev, &["known"]),
        _ => return false,
    }
    // "a show officially named", "the print often called": an adverb between.
    for _ in 0..2 {
        if prev.is_some_and(|w| w.ends_with("ly")) {
            prev = before.next();
        }
    }
    // A common noun, written in lower case; not a name, a pronoun, an auxiliary or a relative.
    prev.is_some_and(|w| {
        !w.is_empty()
            && w.chars().all(char::is_lowercase)
            && !matches!(
                w,
                "what" | "which" | "who" | "whom" | "that" | "has" | "have" | "had" | "having"
            )
            && !words::is_pronoun(w)
    })
}

/// Whether a quote is a quotation someone is reported to have said, rather than a scare quote or a title: it has a
/// speaker or a cue, or it is long enough to be a sentence of speech (eight words or more).
pub fn is_attributed_quotation(text: &str, quote: &Quote) -> bool {
    quote.speaker.is_some()
        || quote.cue.is_some()
        || quote.span.slice(text).split_whitespace().count() >= 8
}

/// `A reporter for the Post called it "chaos." ¶ "...," he said.`: a "he" or "she" right after a quote whose speaker
/// is a person described, not named, stands for that person when nobody is named in between. Only the quote just
/// before, in the same paragraph or the one before; the description must name one person by a word for a person,
/// of the pronoun's gender when the word has one.
fn described_speaker_before(
    attributions: &[Option<Attribution>],
    speakers: &[Option<String>],
    quoted: &[Quoted],
    i: usize,
    pronoun: &Phrase,
    resolver: &speaker::Resolver,
) -> Option<String> {
    let j = i.checked_sub(1)?;
    let phrase = attributions[j].as_ref()?.phrase.as_ref()?;
    if phrase.kind != PhraseKind::Description
        || quoted[i].paragraph > quoted[j].paragraph + 1
        || phrase.span.end > pronoun.span.start
        || resolver.person_between(phrase.span.end, pronoun.span.start)
    {
        return None;
    }
    introduces_one_for(&phrase.text, &pronoun.text)
        .then(|| speakers[j].clone())
        .flatten()
}

/// Whether a description introduces one person a pronoun ("he", "she") can stand for: it opens with "a", "an",
/// "one" or "another" (a person named before and described again, "the senator", stands for a name), and its head
/// noun is a word for a person, of the pronoun's gender when the word has one.
pub(super) fn introduces_one_for(description: &str, pronoun: &str) -> bool {
    let words: Vec<String> = description
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    // "My mother", "his sister": a possessive before a word for a relative of one gender introduces one too.
    let first = words.first().map_or("", String::as_str);
    let possessive = matches!(first, "my" | "his" | "her" | "their" | "our" | "your");
    if !possessive && !matches!(first, "a" | "an" | "one" | "another") {
        return false;
    }
    // The head noun: the last word before a preposition or a relative ("a reporter for the Post").
    let head_at = words
        .iter()
        .position(|w| {
            matches!(
                w.as_str(),
                "for" | "of" | "at" | "from" | "with" | "in" | "who" | "on"
            )
        })
        .unwrap_or(words.len());
    let Some(head) = words[..head_at].last() else {
        return false;
    };
    let female = matches!(
        head.as_str(),
        "woman"
            | "mother"
            | "wife"
            | "daughter"
            | "sister"
            | "girl"
            | "grandmother"
            | "spokeswoman"
            | "businesswoman"
            | "actress"
            | "congresswoman"
            | "chairwoman"
    );
    let male = matches!(
        head.as_str(),
        "man"
            | "father"
            | "husband"
            | "son"
            | "brother"
            | "boy"
            | "grandfather"
            | "spokesman"
            | "businessman"
            | "actor"
            | "congressman"
            | "chairman"
    );
    let person = female || male || (!possessive && words::names_a_person(head));
    let fits = if pronoun == "he" { !female } else { !male };
    person && fits
}

/// `"...," it said. ¶ "...," it read.`: the speaker of the nearest quote before quote `i` that names a speaker, when
/// that is the same pronoun as `pronoun`, in the same paragraph or one of the two before, with only a few words
/// (its attribution) between.
fn same_pronoun_before(
    text: &str,
    attributions: &[Option<Attribution>],
    speakers: &[Option<String>],
    quoted: &[Quoted],
    i: usize,
    pronoun: &Phrase,
) -> Option<String> {
    // Six quotes back at most: a text of thousands of unattributed quotes is not walked back once per quote.
    let (j, phrase) = (0..i)
        .rev()
        .take(6)
        .find_map(|j| Some((j, attributions[j].as_ref()?.phrase.as_ref()?)))?;
    // Nothing but that quote's attribution stands between: not "...," it read. She held up a sign. "...," it read.
    let between = text.get(quoted[j].close_end..quoted[i].open).unwrap_or("");
    (phrase.kind == PhraseKind::Pronoun
        && phrase.text == pronoun.text
        && quoted[i].paragraph - quoted[j].paragraph <= 2
        && between.split_whitespace().take(7).count() <= 6)
        .then(|| speakers[j].clone())
        .flatten()
}

/// "they said": the last speaker that was a group (a description, or an organisation by its words or by the
/// recognizer: "KCNA") before quote `i`.
fn last_group_speaker(
    attributions: &[Option<Attribution>],
    speakers: &[Option<String>],
    i: usize,
    resolver: &speaker::Resolver,
) -> Option<String> {
    (0..i).rev().take(6).find_map(|j| {
        let phrase = attributions[j].as_ref()?.phrase.as_ref()?;
        (phrase.org_like
            || phrase.kind == PhraseKind::Description
            || (phrase.kind == PhraseKind::Name && resolver.is_organization_at(phrase.span)))
        .then(|| speakers[j].clone())
        .flatten()
    })
}

/// Speakers for quotes with no cue of their own: the rest of a multi-paragraph quotation, a sentence of quotation
/// in a paragraph where another quote is attributed, and a paragraph of quotation after an attributed one.
fn carry_over(
    text: &str,
    paragraphs: &[crate::article::Span],
    quoted: &[Quoted],
    attributions: &[Option<Attribution>],
    resolver: &speaker::Resolver,
    speakers: &mut [Option<String>],
) {
    // Multi-paragraph quotations: every part shares the speaker named at any part.
    let mut chain_start = 0;
    for i in 0..=quoted.len() {
        if i == quoted.len() || !quoted[i].continues_previous {
            if i > chain_start + 1 {
                if let Some(s) = (chain_start..i).find_map(|j| speakers[j].clone()) {
                    for slot in &mut speakers[chain_start..i] {
                        slot.get_or_insert_with(|| s.clone());
                    }
                }
            }
            chain_start = i;
        }
    }
    let standalone = |i: usize| {
        let lead = attribution::lead_in(text, paragraphs, quoted, i);
        lead.slice(text)
            .chars()
            .all(|c| c.is_whitespace() || "—–-(".contains(c))
            || attribution::is_opening_word(text, lead)
    };
    // Quotes are in text order, so a paragraph's quotes stand together. For each quote, from its paragraph's
    // later quotes (as they stand before the loop below, which only fills quotes it has reached): the next one
    // with a speaker, and whether any has an attribution. Found once, so that a paragraph of thousands of
    // quotes with no speaker is read once, not once per quote.
    let n = quoted.len();
    let mut next_with_speaker = vec![None; n];
    let mut cue_from = vec![false; n];
    for i in (0..n).rev() {
        let same = i + 1 < n && quoted[i + 1].paragraph == quoted[i].paragraph;
        next_with_speaker[i] = same
            .then(|| {
                if speakers[i + 1].is_some() {
                    Some(i + 1)
                } else {
                    next_with_speaker[i + 1]
                }
            })
            .flatten();
        cue_from[i] = attributions[i].is_some() || (same && cue_from[i + 1]);
    }
    // The last quote before the current one in its paragraph that has a speaker.
    let mut last_with_speaker: Option<usize> = None;
    for i in 0..quoted.len() {
        if i > 0 {
            if quoted[i - 1].paragraph != quoted[i].paragraph {
                last_with_speaker = None;
            } else if speakers[i - 1].is_some() {
                last_with_speaker = Some(i - 1);
            }
        }
        if speakers[i].is_some() {
            continue;
        }
        let para = quoted[i].paragraph;
        let has_phrase = attributions[i].as_ref().is_some_and(|a| a.phrase.is_some());
        if !standalone(i) && !has_phrase {
            // A list of quotes in one sentence ("a “dreamer,” a “drifter” and a “dud”") shares its speaker.
            let previous_in_sentence = i > 0
                && quoted[i - 1].paragraph == para
                && !words::sentence_break_between(text, quoted[i - 1].close_end, quoted[i].open);
            if previous_in_sentence {
                speakers[i] = speakers[i - 1].clone();
            } else if attributions[i].is_none() {
                speakers[i] = continued_report(text, paragraphs, quoted, i, resolver, speakers);
            }
            continue;
        }
        if attributions[i].is_some() {
            continue;
        }
        if let Some(j) = last_with_speaker.or(next_with_speaker[i]) {
            speakers[i] = speakers[j].clone();
            continue;
        }
        // A quotation opening a sentence right after one that reports someone's words in the same paragraph
        // ("The vote may wait, Berg said. "We have time."") is theirs.
        let previous_end = if i > 0 && quoted[i - 1].paragraph == para {
            quoted[i - 1].close_end
        } else {
            paragraphs[para].start
        };
        // Marks can interleave in malformed text ('' inside ''...''), so the previous quote may end past this opening.
        let before_quote =
            crate::article::Span::new(previous_end.min(quoted[i].open), quoted[i].open);
        if let Some(p) = attribution::last_cue_phrase(text, before_quote).or_else(|| {
            attribution::last_sentence_subject(text, before_quote).filter(|p| {
                p.kind == PhraseKind::Name && !p.org_like && resolver.is_person_at(p.span)
            })
        }) {
            speakers[i] = resolver.resolve(&p);
            continue;
        }
        let first_in_paragraph = i == 0 || quoted[i - 1].paragraph != para;
        let paragraph_has_cue = cue_from[i];
        if !first_in_paragraph || paragraph_has_cue || para == 0 {
            continue;
        }
        if i > 0 && quoted[i - 1].paragraph + 1 == para {
            speakers[i] = speakers[i - 1].clone();
        } else if i == 0 || quoted[i - 1].paragraph + 1 < para {
            // The paragraph before has no quote but reports someone's words ("Kerry said that..."; "As the
            // minister wrote:"): the quotation that follows is theirs.
            let phrase = attribution::last_cue_phrase(text, paragraphs[para - 1]);
            speakers[i] = phrase.and_then(|p| resolver.resolve(&p));
        }
    }
}

/// `Lund said the count was rushed. Doing so "looked like a way to end the vote early."`: a partial quotation of
/// four words or more, in lower case, in a sentence with no cue, right after a sentence of the same paragraph that
/// reports a person's words, goes on with them; so it does right after a sentence whose quotation has a speaker
/// (`"We waited," Lund said. Berg "kind of misread the count."`).
fn continued_report(
    text: &str,
    paragraphs: &[crate::article::Span],
    quoted: &[Quoted],
    i: usize,
    resolver: &speaker::Resolver,
    speakers: &[Option<String>],
) -> Option<String> {
    use crate::article::Span;
    let q = &quoted[i];
    let content = q.content.slice(text);
    if content.split_whitespace().count() < 4 || !content.starts_with(char::is_lowercase) {
        return None;
    }
    let from = if i > 0 && quoted[i - 1].paragraph == q.paragraph {
        quoted[i - 1].close_end.min(q.open)
    } else {
        paragraphs[q.paragraph].start
    };
    let start = words::last_sentence_break(text, Span::new(from, q.open))?;
    // The sentence right before only: up to the break before its own closing stop.
    let mut end = (from + text[from..start].trim_end().len())
        .saturating_sub(1)
        .max(from);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let previous = words::last_sentence_break(text, Span::new(from, end));
    let after_quote = i > 0 && quoted[i - 1].paragraph == q.paragraph;
    if after_quote && previous.is_none() && speakers[i - 1].is_some() {
        return speakers[i - 1].clone();
    }
    let previous = previous.unwrap_or(from);
    let phrase = attribution::last_cue_phrase(text, Span::new(previous, start)).filter(|p| {
        p.kind == PhraseKind::Pronoun
            || (p.kind == PhraseKind::Name && resolver.is_person_at(p.span))
    })?;
    resolver.resolve(&phrase)
}
