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
use attribution::{Attribution, PhraseKind};
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
        .filter_map(|a| a.phrase.as_ref())
        .collect();
    let resolver = speaker::Resolver::new(text, entities, &quoted, &phrases);

    let mut speakers: Vec<Option<String>> = Vec::with_capacity(quoted.len());
    for (i, attribution) in attributions.iter().enumerate() {
        let phrase = attribution.as_ref().and_then(|a| a.phrase.as_ref());
        let resolved = match phrase {
            Some(p) if p.kind == PhraseKind::Pronoun && p.text == "they" => {
                last_group_speaker(&attributions, &speakers, i)
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
        .map(|((q, a), speaker)| Quote {
            span: q.content,
            speaker,
            cue: a.and_then(|a| a.cue),
        })
        .collect()
}

/// Whether a quote is a quotation someone is reported to have said, rather than a scare quote or a title: it has a
/// speaker or a cue, or it is long enough to be a sentence of speech (eight words or more).
pub fn is_attributed_quotation(text: &str, quote: &Quote) -> bool {
    quote.speaker.is_some()
        || quote.cue.is_some()
        || quote.span.slice(text).split_whitespace().count() >= 8
}

/// "they said": the last speaker that was a group (a description or an organisation) before quote `i`.
fn last_group_speaker(
    attributions: &[Option<Attribution>],
    speakers: &[Option<String>],
    i: usize,
) -> Option<String> {
    (0..i).rev().take(6).find_map(|j| {
        let phrase = attributions[j].as_ref()?.phrase.as_ref()?;
        (phrase.org_like || phrase.kind == PhraseKind::Description)
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
    };
    for i in 0..quoted.len() {
        if speakers[i].is_some() {
            continue;
        }
        let para = quoted[i].paragraph;
        let has_phrase = attributions[i].as_ref().is_some_and(|a| a.phrase.is_some());
        if !standalone(i) && !has_phrase {
            // A list of quotes in one sentence ("a “loser,” a “liar” and a “whiner”") shares its speaker.
            let previous_in_sentence = i > 0
                && quoted[i - 1].paragraph == para
                && !words::sentence_break_between(text, quoted[i - 1].close_end, quoted[i].open);
            if previous_in_sentence {
                speakers[i] = speakers[i - 1].clone();
            }
            continue;
        }
        if attributions[i].is_some() {
            continue;
        }
        let same_paragraph = |j: &usize| quoted[*j].paragraph == para && speakers[*j].is_some();
        let before = (0..i).rev().find(same_paragraph);
        let after = (i + 1..quoted.len()).find(same_paragraph);
        if let Some(j) = before.or(after) {
            speakers[i] = speakers[j].clone();
            continue;
        }
        let first_in_paragraph = i == 0 || quoted[i - 1].paragraph != para;
        let paragraph_has_cue = (i..quoted.len())
            .take_while(|&j| quoted[j].paragraph == para)
            .any(|j| attributions[j].is_some());
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
