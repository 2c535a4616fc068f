//! Attribution: for each quoted stretch, the cue verb next to it and the noun phrase of its speaker, in the shapes
//! news uses: `"...," X said`, `"...," said X`, `X said: "..."`, split quotes, `according to X`, partial quotes.

use super::marks::Quoted;
use super::words::{
    char_floor, is_auxiliary, is_capitalised_function_word, is_cue, is_determiner, is_filler,
    is_name_connector, is_noun_phrase, is_possessive, is_pronoun, is_small_number_word, is_title,
    is_weak_cue, last_sentence_break, look_back_start, sentence_break_between, strip_possessive,
    tokenize, Token,
};
use crate::article::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum PhraseKind {
    /// A proper name, titles stripped: "Marco Rubio", "Kremlin".
    Name,
    /// he, she, they...: resolved later to an earlier person.
    Pronoun,
    /// A description kept as written: "a ministry spokesman".
    Description,
}

/// The noun phrase that names a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Phrase {
    pub kind: PhraseKind,
    pub text: String,
    pub span: Span,
    /// A single name after "the" ("the Kremlin", "the Post"): an organisation, not a person.
    pub org_like: bool,
}

/// What attributes one quote: its cue and, when found, the speaker's phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Attribution {
    /// None when a colon, not a verb, introduces the quote.
    pub cue: Option<Span>,
    pub phrase: Option<Phrase>,
    /// The phrase is the subject of the sentence around the quote, or a transcript's label, not a phrase next to
    /// a cue: a name there counts only when the recognizer knows it as a person or an organisation.
    pub subject_only: bool,
}

/// The attribution of each quote, in the same order; `None` when no cue stands next to it.
pub(super) fn attribute_all(
    text: &str,
    paragraphs: &[Span],
    quoted: &[Quoted],
) -> Vec<Option<Attribution>> {
    let mut all: Vec<Option<Attribution>> = (0..quoted.len())
        .map(|i| {
            attribute(text, paragraphs, quoted, i)
                .map(|a| issuer_of_document(text, || lead_in(text, paragraphs, quoted, i), a))
        })
        .collect();
    // "Ferries are "the lifeline" and "the pride of the town," Berg said": quotes of a few words or more joined
    // by "and", "or" or a comma share the attribution of the last of them (a letter, "R" or "D", is no quotation).
    for i in (0..quoted.len().saturating_sub(1)).rev() {
        let (q, next) = (&quoted[i], &quoted[i + 1]);
        let between = text.get(q.close_end..next.open).unwrap_or("").trim();
        let content = q.content.slice(text);
        let joined = q.closed
            && q.paragraph == next.paragraph
            && matches!(between, "and" | "or" | "," | ", and" | ", or")
            && content.split_whitespace().nth(1).is_some();
        // `Funding was "flat for a month" as donors waited on a "rough season," he said.`: an attribution after the
        // last quote of a sentence is also that of a quote of three words or more earlier in the sentence, when no
        // capitalised word (someone else named) stands between them.
        let trailing = q.closed
            && q.paragraph == next.paragraph
            && all[i + 1].as_ref().is_some_and(|a| {
                a.phrase.is_some() && a.cue.is_some_and(|c| c.start >= next.close_end)
            })
            && !sentence_break_between(text, q.close_end, next.open)
            && !content.trim_end().ends_with(['.', '?', '!'])
            && content.split_whitespace().nth(2).is_some()
            && !between
                .split_whitespace()
                .any(|w| w.starts_with(char::is_uppercase));
        if all[i].is_none() && (joined || trailing) {
            all[i] = all[i + 1].clone();
        }
    }
    all
}

/// `Anna Berg released a statement on Monday that said the port was "in fine shape"`: a document put out by the
/// sentence's subject ("issued", "released", "sent" ... "a statement", "a letter from her lawyer") carries the words
/// of that subject, who speaks them.
/// The quote's lead-in is read only for such a phrase: `lead` gives it.
fn issuer_of_document(text: &str, lead: impl FnOnce() -> Span, a: Attribution) -> Attribution {
    let Some(phrase) = a.phrase.as_ref().filter(|p| {
        p.kind == PhraseKind::Description
            && p.text
                .split(' ')
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "a" | "an"))
            && is_issued_document(&head_noun(&p.text))
    }) else {
        return a;
    };
    let lead = lead();
    if lead.start > phrase.span.start {
        return a;
    }
    let toks = tokenize(text, Span::new(lead.start, phrase.span.start));
    let Some((verb, before)) = toks.split_last() else {
        return a;
    };
    let issued = is_issuing_verb(&verb.lower());
    match sentence_subject(before)
        .or_else(|| description_subject(before))
        .filter(|_| issued)
    {
        Some(subject) => Attribution {
            phrase: Some(subject),
            ..a
        },
        None => a,
    }
}

/// The text before a quote that belongs to its sentence: from the sentence start, or the end of the quote before it
/// in the same paragraph, to the opening mark.
pub(super) fn lead_in(text: &str, paragraphs: &[Span], quoted: &[Quoted], i: usize) -> Span {
    let q = &quoted[i];
    let para = paragraphs[q.paragraph];
    let mut start = para.start;
    if i > 0 && quoted[i - 1].paragraph == q.paragraph {
        start = start.max(quoted[i - 1].close_end.min(q.open));
    }
    if let Some(b) = last_sentence_break(text, Span::new(start, q.open)) {
        start = b;
    }
    Span::new(start, q.open)
}

fn attribute(text: &str, paragraphs: &[Span], quoted: &[Quoted], i: usize) -> Option<Attribution> {
    let q = &quoted[i];
    if let Some(label) = transcript_label(text, q.content) {
        return Some(label);
    }
    let para = paragraphs[q.paragraph];
    if let Some(signed) = signature_line(text, paragraphs, q) {
        return Some(signed);
    }
    // The words after a closed quote, up to the next quote in its paragraph: read for `"...," X said` and for a
    // sentence that closes with its attribution.
    // `"...," Tom Lund, author of "Harbour Rules," said`: a work's title in those words is read through, its marks
    // left out.
    let in_paragraph = |n: &&Quoted| n.paragraph == q.paragraph;
    let titles = quoted[i + 1..]
        .iter()
        .take_while(|n| in_paragraph(n) && n.closed && super::is_work_title(text, n))
        .count();
    let next_open = quoted
        .get(i + 1 + titles)
        .filter(in_paragraph)
        .map_or(para.end, |n| n.open);
    let after_tokens = q.closed.then(|| {
        let mut tokens = tokenize(text, Span::new(q.close_end, next_open.max(q.close_end)));
        if titles > 0 {
            tokens.retain(|t| !is_quote_mark(t.text));
        }
        tokens
    });
    // What follows the quote's words, past spaces and closing marks, and its closing marks themselves.
    let past_marks = text[q.content.end..next_open.max(q.close_end)]
        .trim_start_matches(|c: char| c.is_whitespace() || "”’\"'".contains(c));
    let marks = &text[q.content.end..q.close_end];
    // `"...," X said`, `"...", X said`.
    let ends_with_comma = past_marks.starts_with(',') || marks.contains(',');
    let content = q.content.slice(text);
    // The quote's words end its own sentence.
    let own_sentence = content.ends_with(['.', '?', '!']);
    let ending = QuoteEnding {
        full_stop: content.ends_with('.'),
        ends_sentence: own_sentence,
        // `"...," X said`, `"...?" X asked`, `"..." — X said`: punctuation that hands over to an attribution.
        hands_over: past_marks.starts_with([',', '?', '!', '—', '–'])
            || marks.contains([',', '?', '!'])
            || content.ends_with(['?', '!']),
        comma: ends_with_comma,
    };
    let after = after_tokens
        .as_deref()
        .and_then(|tokens| after_quote(tokens, ending));
    // `"...," Tom Lund, wearing a cap and "Save the Pier" badges, said`: a short quote inside the speaker's
    // appositive is read through when the words up to it attribute nothing.
    let after = match after {
        Some(a) if a.phrase.is_some() => Some(a),
        _ if ending.comma => {
            read_through_short_quote(text, para, quoted, i + 1 + titles, q.close_end, ending)
                .or(after)
        }
        _ => after,
    };
    let lead = lead_in(text, paragraphs, quoted, i);
    // The words before the quote, read by every attribution shape that looks there.
    let lead_toks = tokenize(text, lead);
    if after.as_ref().is_some_and(|a| a.phrase.is_some()) {
        // `When Lund argued that it was "a quieter bay," Ruiz answered: "..."`: an attribution ending in a colon right
        // before the next quote introduces that one; a cue before this quote names its own speaker.
        let introduces_next = after_tokens.as_deref().is_some_and(|t| {
            t.iter()
                .position(is_sentence_punct)
                .is_some_and(|p| t[p].text == ":" && p + 1 == t.len())
        });
        if introduces_next {
            if let Some(before) = before_quote(&lead_toks).filter(|a| a.phrase.is_some()) {
                return Some(before);
            }
        }
        // `Lund famously replied: "What does it matter?" His critics cited it`: a name or a pronoun with a cue and
        // a colon before a quote that ends its own sentence speaks it; the sentence after is about it.
        let colon_lead = lead_toks.last().is_some_and(|t| t.text == ":") && own_sentence;
        if colon_lead {
            if let Some(before) = before_quote(&lead_toks).filter(|a| {
                a.cue.is_some()
                    && a.phrase
                        .as_ref()
                        .is_some_and(|p| p.kind != PhraseKind::Description)
            }) {
                return Some(before);
            }
        }
        // `As Berg claimed that "the quay held," Lund said the cases differed`: a quote ending an opening clause
        // is that clause's speaker's, when its cue stands right before it; the main clause's cue has words of
        // its own.
        if subordinate_lead(&lead_toks) && ends_with_comma {
            if let Some(before) =
                before_quote(&lead_toks).filter(|a| a.phrase.is_some() && a.cue.is_some())
            {
                return Some(before);
            }
        }
        return after;
    }
    if let Some(owner) = after_tokens
        .as_deref()
        .and_then(|after| possessor_of_remark(&lead_toks, after))
    {
        return Some(owner);
    }
    if let Some(agent) = after_tokens
        .as_deref()
        .and_then(|after| passive_agent(&lead_toks, after))
    {
        return Some(agent);
    }
    if let Some(chanted) = chanted_by(&lead_toks) {
        return Some(chanted);
    }
    if let Some(included) = included_speaker(&lead_toks) {
        return Some(included);
    }
    if names_a_thing(&lead_toks) {
        return None;
    }
    let before = before_quote(&lead_toks);
    if before.as_ref().is_some_and(|a| a.phrase.is_some()) {
        return before;
    }
    // `As Tom Lund, author of "Harbour Rules," put it, "..."`: a cue with no subject right after a short quote of
    // the same sentence (a title in an appositive) has its subject before that quote.
    if before.as_ref().is_some_and(|a| a.cue.is_some()) && i > 0 {
        let prev = &quoted[i - 1];
        let short = prev.content.slice(text).split_whitespace().count() <= 6
            && lead_toks.iter().filter(|t| t.is_word()).count() <= 2;
        if prev.paragraph == q.paragraph && lead.start == prev.close_end && short {
            let wider = lead_in(text, paragraphs, quoted, i - 1);
            let toks: Vec<Token> = tokenize(text, Span::new(wider.start, lead.end))
                .into_iter()
                .filter(|t| !is_quote_mark(t.text))
                .collect();
            if let Some(wide) = before_quote(&toks).filter(|a| {
                a.phrase
                    .as_ref()
                    .is_some_and(|p| p.kind == PhraseKind::Name && p.span.end <= prev.open)
            }) {
                return Some(wide);
            }
        }
    }
    let found = after.or(before).or_else(|| named_as(text, lead));
    if found.as_ref().is_some_and(|a| a.phrase.is_some()) {
        return found;
    }
    if let Some(doer) = after_tokens
        .as_deref()
        .and_then(|after| opening_gerund_doer(&lead_toks, after, ending.comma))
    {
        return Some(doer);
    }
    if let Some(closing) = after_tokens.as_deref().and_then(sentence_end_attribution) {
        return Some(closing);
    }
    if let Some(inserted) = after_tokens.as_deref().and_then(inserted_cue_after) {
        return Some(inserted);
    }
    // No speaker beside the quote: the subject of the whole sentence, earlier quotes in it included, with the
    // cue found if any (`Berg defended her plan to put the "harbour first," promising ...`).
    // Within the last 600 bytes: a paragraph of a thousand quotes is read once per quote, so an unbounded
    // look-back would make it quadratic.
    let window = look_back_start(text, para.start, q.open, 600);
    let from = last_sentence_break(text, Span::new(window, q.open)).unwrap_or(window);
    let sentence = tokenize(text, Span::new(from, q.open));
    // "Lund, Berg said, had sat there for "years" and passed "few bills"": an attribution set off by commas earlier
    // in the sentence is this quote's too.
    // Only before the sentence's first quote mark: what a quotation says is no attribution.
    let unquoted = sentence
        .iter()
        .position(|t| t.text.starts_with(['"', '“', '”', '\'', '‘', '’']))
        .unwrap_or(sentence.len());
    let unquoted = &sentence[..unquoted];
    // ", Berg said," or ", Berg said on Tuesday,": the cue ends the inserted words but for a few.
    let inserted = parenthetical_attribution(unquoted).filter(|a| {
        a.cue.is_some_and(|cue| {
            unquoted
                .iter()
                .skip_while(|t| t.span.start <= cue.start)
                .take_while(|t| t.text != ",")
                .count()
                <= 3
        })
    });
    if inserted.is_some() {
        return inserted;
    }
    // "remember Tom Lund going on the radio, declaring a "war on rust" and telling the crews that "...": a gerund's
    // doer named before the sentence's first quote.
    let gerund_cue = found
        .as_ref()
        .and_then(|a| a.cue)
        .filter(|cue| cue.slice(text).ends_with("ing"));
    // "with Tom Lund saying that the plan was a "mess" and asking, "...": a gerund joined by "and" to the gerund of
    // an absolute phrase before the sentence's first quote has that phrase's subject.
    let joined_by_and = gerund_cue.is_some_and(|cue| {
        lead_toks
            .iter()
            .position(|t| t.span == cue)
            .is_some_and(|k| k > 0 && lead_toks[k - 1].lower() == "and")
    });
    let doer = gerund_cue.and_then(|_| {
        perceived_doer(unquoted)
            .or_else(|| joined_by_and.then(|| absolute_doer(unquoted)).flatten())
    });
    if let Some(doer) = doer {
        return Some(Attribution {
            subject_only: false,
            cue: gerund_cue,
            phrase: Some(doer),
        });
    }
    let has_cue = found.as_ref().is_some_and(|a| a.cue.is_some());
    let quote_words = q.content.slice(text).split_whitespace().count();
    let first_person = q
        .content
        .slice(text)
        .split(|c: char| !c.is_alphabetic())
        .any(|w| {
            matches!(
                w,
                "I" | "my" | "My" | "me" | "we" | "We" | "our" | "Our" | "us"
            )
        });
    // `"We won. I was glad," Berg said, remarking that Lund "paid a price"`: a subject inside an earlier quote (the
    // sentence read may begin inside one) is the quote's, not the sentence's.
    let inside_a_quote = |a: &Attribution| {
        a.phrase.as_ref().is_some_and(|p| {
            quoted[..i]
                .iter()
                .rev()
                // Only the quotes ending past the subject's start: those in the sentence read, not a paragraph
                // of thousands once per quote.
                .take_while(|o| o.paragraph == q.paragraph && o.content.end > p.span.start)
                .any(|o| o.content.start <= p.span.start && p.span.end <= o.content.end)
        })
    };
    match subject_of_partial(&sentence, has_cue, quote_words, first_person)
        .filter(|a| !inside_a_quote(a))
    {
        Some(subject) => Some(Attribution {
            cue: found.and_then(|a| a.cue),
            ..subject
        }),
        None => {
            let cue = found.as_ref().and_then(|a| a.cue);
            // "..., and the board denounced the plan and said it would "redirect" the funds": a cue in a clause
            // joined to the sentence has that clause's subject, or none read.
            let joined = cue
                .and_then(|cue| sentence.iter().position(|t| t.span == cue))
                .and_then(|k| joined_clause(&sentence[..=k]));
            let described = match joined {
                Some(subject) => subject,
                None => cue.and_then(|_| description_subject(&sentence)),
            };
            match described {
                Some(phrase) => Some(Attribution {
                    cue,
                    phrase: Some(phrase),
                    subject_only: false,
                }),
                None => found,
            }
        }
    }
}

/// `Several crews said the same, including the harbour master Tom Lund -- "..."`: a name brought in by "including",
/// "such as" or "among them" (a description in lower case may stand before it), then a dash or a colon right before
/// the quote, is who says it, not the sentence's subject.
fn included_speaker(lead: &[Token]) -> Option<Attribution> {
    let (last, before) = lead.split_last()?;
    if !(is_dash(last) || last.text == ":") {
        return None;
    }
    let mut end = before.len();
    while end > 0 && is_dash(&before[end - 1]) {
        end -= 1;
    }
    let start = run_start(before, end);
    if start == end {
        return None;
    }
    let name = name_from_run(&before[start..end], false)?;
    // The words in lower case before the name, nearest last: at most eight are read.
    let words: Vec<String> = before[..start]
        .iter()
        .rev()
        .take(8)
        .take_while(|t| t.is_word() && !t.is_capitalised())
        .map(Token::lower)
        .collect();
    let introduced = words.iter().enumerate().any(|(k, w)| {
        w == "including"
            || (w == "as" && words.get(k + 1).is_some_and(|p| p == "such"))
            || (w == "them" && words.get(k + 1).is_some_and(|p| p == "among"))
    });
    introduced.then_some(Attribution {
        cue: None,
        phrase: Some(name),
        subject_only: false,
    })
}

/// `After saying her foot was "so sore," she was taken to hospital`: a gerund cue opening the sentence, alone or
/// after "after", "before", "while", "upon" or "when", has the main clause's subject for its speaker, a pronoun or
/// a name right after the comma that closes the quote (`comma`), before a verb in lower case. "But", "and" or
/// "yet" may open the sentence. `But while denouncing the "greed" of owners to crowds, she ...`: after "while" and
/// the like the comma may come up to eight words after the quote.
fn opening_gerund_doer(lead: &[Token], after: &[Token], comma: bool) -> Option<Attribution> {
    let mut start = sentence_start(lead);
    if lead
        .get(start)
        .is_some_and(|t| matches!(t.lower().as_str(), "but" | "and" | "yet"))
    {
        start += 1;
    }
    let first = lead.get(start)?;
    let opener = matches!(
        first.lower().as_str(),
        "after" | "before" | "while" | "upon" | "when"
    );
    let at = start + usize::from(opener);
    let cue = lead.get(at)?;
    let gerund = cue.lower().ends_with("ing") && is_cue(cue.text);
    if !gerund || (!opener && !cue.is_capitalised()) {
        return None;
    }
    // With no comma closing the quote: an opener, at most three words in lower case between the cue and the quote,
    // and at most eight words between the quote and a comma.
    let object = &lead[at + 1..];
    let object_words =
        object.len() <= 3 && object.iter().all(|t| t.is_word() && !t.is_capitalised());
    let rest = if comma {
        // The comma may stand inside the closing marks or after them.
        match after.first() {
            Some(t) if t.text == "," => &after[1..],
            _ => after,
        }
    } else {
        if !opener || !object_words {
            return None;
        }
        let c = after.iter().take(9).position(|t| !t.is_word())?;
        if c == 0 || after[c].text != "," {
            return None;
        }
        &after[c + 1..]
    };
    let subject = rest.first()?;
    let (phrase, next) = if matches!(subject.lower().as_str(), "he" | "she" | "they" | "we" | "i") {
        (pronoun_phrase(subject), rest.get(1))
    } else {
        let end = run_end(rest, 0);
        (name_from_run(&rest[..end], false)?, rest.get(end))
    };
    next.filter(|t| t.is_word() && !t.is_capitalised())?;
    Some(Attribution {
        cue: Some(cue.span),
        phrase: Some(phrase),
        subject_only: false,
    })
}

/// The attribution after a quote ending in a comma read past the short quote `quoted[next]` when the words up to it
/// are an unfinished speaker (`, Tom Lund, wearing "Save the Pier" badges, said`): no sentence ends and no quote
/// opens in them, and the short quote neither ends a sentence nor runs past its paragraph.
fn read_through_short_quote(
    text: &str,
    para: Span,
    quoted: &[Quoted],
    next: usize,
    from: usize,
    ending: QuoteEnding,
) -> Option<Attribution> {
    let inner = quoted.get(next)?;
    let words = inner.content.slice(text).split_whitespace().count();
    // Marks can interleave in malformed text ('' inside ''...''): the short quote may open before this one closes.
    if inner.open < from
        || inner.paragraph != quoted[next - 1].paragraph
        || !inner.closed
        || words == 0
        || words > 6
        || inner.content.slice(text).ends_with(['.', '?', '!'])
    {
        return None;
    }
    let between = tokenize(text, Span::new(from, inner.open));
    if between.iter().filter(|t| t.is_word()).count() < 2
        || between
            .iter()
            .any(|t| is_sentence_punct(t) || is_quote_mark(t.text))
    {
        return None;
    }
    let until = quoted
        .get(next + 1)
        .filter(|n| n.paragraph == inner.paragraph)
        .map_or(para.end, |n| n.open);
    let tokens: Vec<Token> = tokenize(text, Span::new(from, until.max(inner.close_end)))
        .into_iter()
        .filter(|t| !is_quote_mark(t.text))
        .collect();
    after_quote(&tokens, ending).filter(|a| a.phrase.is_some())
}

/// `The crowd broke into chants of "..."`, `the dockers reprised the angry chant "..."`, `Lund roused the crowd to
/// chants of "..."`: a chant (a cry, a chorus) right before the quote is chanted by the subject of the verb that
/// joins in it, or by whom a verb of rousing leads to it. Not `Lund's speech drew chants of`: who draws a chant
/// does not chant it.
fn chanted_by(toks: &[Token]) -> Option<Attribution> {
    let end = toks
        .iter()
        .rposition(|t| !matches!(t.text, "," | ":"))
        .map_or(0, |k| k + 1);
    let toks = &toks[..end];
    let n = toks.len();
    let is_chant = |t: &Token| {
        matches!(
            t.lower().as_str(),
            "chant" | "chants" | "chorus" | "choruses" | "cries" | "shouts" | "refrain"
        )
    };
    let noun = match toks {
        [.., c, of] if of.lower() == "of" && is_chant(c) => n - 2,
        [.., c] if is_chant(c) => n - 1,
        _ => return None,
    };
    let start = sentence_start(&toks[..noun]);
    // Up to two determiners or adjectives in lower case before the noun ("the caustic chant", "a loud chant").
    let mut k = noun;
    while k > start && noun - k < 2 && toks[k - 1].is_word() && !toks[k - 1].is_capitalised() {
        let w = toks[k - 1].lower();
        if matches!(w.as_str(), "to" | "into" | "in") || is_lower_past(&toks[k - 1]) {
            break;
        }
        k -= 1;
    }
    // A preposition may stand between the verb and the chant ("joined in", "broke into").
    let prep = k > start && matches!(toks[k - 1].lower().as_str(), "to" | "into" | "in");
    let v = if prep { k - 1 } else { k };
    // "roused the crowd to chants of": the verb of rousing stands before the crowd.
    if prep && toks[v].lower() != "in" {
        let rouser = toks[start..v].iter().rposition(|t| {
            matches!(
                t.lower().as_str(),
                "roused"
                    | "rouses"
                    | "rousing"
                    | "stirred"
                    | "whipped"
                    | "moved"
                    | "led"
                    | "brought"
            )
        });
        if let Some(r) = rouser
            .map(|r| start + r)
            .filter(|&r| v - r >= 2 && v - r <= 5)
        {
            return Some(Attribution {
                subject_only: false,
                cue: Some(toks[noun].span),
                phrase: phrase_before(&toks[r + 1..v], true),
            });
        }
    }
    let verb = v.checked_sub(1).filter(|&v| v >= start)?;
    let joins = matches!(
        toks[verb].lower().as_str(),
        "joined"
            | "join"
            | "joins"
            | "broke"
            | "burst"
            | "erupted"
            | "reprised"
            | "started"
            | "began"
            | "led"
            | "raised"
            | "launched"
            | "struck"
    );
    if !joins {
        return None;
    }
    // The subject before the verb, past an adverb in -ly ("the crowd loudly reprised").
    let mut subject_end = verb;
    if subject_end > start && toks[subject_end - 1].lower().ends_with("ly") {
        subject_end -= 1;
    }
    let phrase = phrase_before(&toks[start..subject_end], false)?;
    Some(Attribution {
        subject_only: false,
        cue: Some(toks[noun].span),
        phrase: Some(phrase),
    })
}

/// Where the last sentence of `toks` opens: after its last sentence punctuation, or at the start.
fn sentence_start(toks: &[Token]) -> usize {
    toks.iter()
        .rposition(is_sentence_punct)
        .map_or(0, |p| p + 1)
}

/// Whether the word at `k` stands in a relative clause (", who ...", ", which ...") that runs on to the end of
/// `toks`, its commas only before "but", "and" or "or", after a passive question earlier in the sentence ("was
/// asked by Berg, who ...").
fn in_trailing_relative_clause(toks: &[Token], k: usize) -> bool {
    let start = sentence_start(&toks[..k]);
    let Some(who) = (start + 1..k)
        .rev()
        .find(|&w| matches!(toks[w].lower().as_str(), "who" | "which") && toks[w - 1].text == ",")
    else {
        return false;
    };
    let runs_on = toks[who + 1..].iter().enumerate().all(|(j, t)| {
        t.text != ","
            || toks
                .get(who + 2 + j)
                .is_some_and(|n| matches!(n.lower().as_str(), "but" | "and" | "or"))
            || who + 2 + j >= toks.len()
    });
    // Only after a passive question: "was asked by Berg, who ...".
    let asked_by = toks[start..who].windows(3).any(|w| {
        matches!(w[0].lower().as_str(), "was" | "were")
            && matches!(w[1].lower().as_str(), "asked" | "pressed" | "questioned")
            && w[2].lower() == "by"
    });
    runs_on && asked_by
}

/// Whether the word at `k` stands in a relative clause (", whom ...", ", who ...", ", which ...") of its sentence
/// that a comma closes after it, with words after that comma.
fn in_closed_relative_clause(toks: &[Token], k: usize) -> bool {
    let start = sentence_start(&toks[..k]);
    let opened = (start.max(k.saturating_sub(12)) + 1..k).rev().find(|&w| {
        matches!(toks[w].lower().as_str(), "who" | "whom" | "which") && toks[w - 1].text == ","
    });
    let Some(who) = opened else {
        return false;
    };
    if toks[who + 1..k].iter().any(|t| !t.is_word()) {
        return false;
    }
    let close = toks[k + 1..]
        .iter()
        .take(12)
        .position(|t| !t.is_word())
        .map(|c| k + 1 + c);
    close.is_some_and(|c| toks[c].text == "," && toks[c + 1..].iter().any(Token::is_word))
}

/// `The lighthouse was labelled "a waste of stone" by Ana Ruiz`, `a pier often called "unsafe" by sailors`: a
/// passive cue before the quote and its agent after it.
fn passive_agent(toks: &[Token], after: &[Token]) -> Option<Attribution> {
    let by = after.iter().position(|t| t.is_word())?;
    if after[by].text != "by" || !after[..by].iter().all(|t| t.text == ",") {
        return None;
    }
    let mut k = toks.len();
    // "labelled as a", "described as".
    while k > 0 && matches!(toks[k - 1].lower().as_str(), "as" | "a" | "an") {
        k -= 1;
    }
    let cue = toks[..k].last().filter(|t| t.is_word())?;
    if !matches!(
        cue.text,
        "called"
            | "labeled"
            | "labelled"
            | "described"
            | "dubbed"
            | "branded"
            | "termed"
            | "deemed"
    ) {
        return None;
    }
    let mut before = toks[..k - 1]
        .iter()
        .rev()
        .skip_while(|t| t.lower().ends_with("ly"));
    // A passive ("has been called") or a participle after a common noun ("a pier labelled"); not "Berg called" or
    // "what she called".
    let passive = before.next().is_some_and(|t| {
        t.is_word()
            && !t.is_capitalised()
            && !is_pronoun(t.text)
            && !matches!(
                t.lower().as_str(),
                "what" | "which" | "who" | "whom" | "that"
            )
    });
    if !passive {
        return None;
    }
    let phrase = phrase_after(&after[by + 1..])?;
    Some(Attribution {
        subject_only: false,
        cue: Some(cue.span),
        phrase: Some(phrase),
    })
}

/// A word for something said: `Okafor's "harbour first" pledge`, `his call for "..."`.
pub(super) fn is_remark_noun(word: &str) -> bool {
    matches!(
        word,
        "comment"
            | "comments"
            | "remark"
            | "remarks"
            | "promise"
            | "pledge"
            | "vow"
            | "slogan"
            | "quip"
            | "claim"
            | "statement"
            | "line"
            | "phrase"
            | "catchphrase"
            | "mantra"
            | "motto"
            | "rallying"
            | "refrain"
            | "warning"
            | "boast"
            | "jab"
            | "taunt"
            | "insult"
            | "pronouncement"
            | "pronouncements"
            | "aside"
    )
}

/// Nouns for something said that a preposition or "that" ties to the quote: `his call for "..."`,
/// `Berg's plea for "..."`.
fn is_remark_noun_before(word: &str) -> bool {
    is_remark_noun(word)
        || matches!(
            word,
            "call"
                | "calls"
                | "broadside"
                | "promises"
                | "pledges"
                | "warnings"
                | "claims"
                | "vows"
                | "description"
                | "characterization"
                | "demand"
                | "plea"
                | "appeal"
                | "assertion"
                | "insistence"
                | "rejection"
                | "denunciation"
                | "condemnation"
        )
}

/// The name whose possessive ends `toks[..end]`: `Anna Berg's` -> "Anna Berg".
fn possessor(toks: &[Token], end: usize) -> Option<Phrase> {
    let last = toks[..end].last().filter(|t| is_name_word(t))?;
    if !is_possessive(last.text) {
        return None;
    }
    name_from_run(&toks[run_start(toks, end)..end], false)
}

/// The name whose possessive stands before `toks[end]`, past at most two words in lower case ("Berg's most bitter
/// claim"), and how many such words there are.
fn possessor_past_lower(toks: &[Token], end: usize) -> Option<(usize, Phrase)> {
    let between = toks[..end]
        .iter()
        .rev()
        .take(3)
        .take_while(|w| w.is_word() && !w.is_capitalised())
        .count();
    if between > 2 {
        return None;
    }
    possessor(toks, end - between).map(|phrase| (between, phrase))
}

/// `Okafor's "harbour first" pledge`, `Berg's call for "a new pier"`: a quote beside a name's possessive and a
/// word for something said is that person's words. ("his call for" is left alone: "his" may be anyone named
/// before.)
fn possessor_of_remark(toks: &[Token], after: &[Token]) -> Option<Attribution> {
    let n = toks.len();
    if after
        .first()
        .is_some_and(|t| t.is_word() && is_remark_noun(t.text))
    {
        possessor(toks, n)
    } else {
        // "Berg's call for", "Okafor's plea for", "Berg's pledge that".
        // "Lund's pledge to be": an infinitive of up to three words after "to".
        let infinitive = (1..=3)
            .filter(|&back| back < n)
            .find(|&back| {
                toks[n - back - 1].text == "to"
                    && toks[n - back..]
                        .iter()
                        .all(|t| t.is_word() && !t.is_capitalised())
            })
            .unwrap_or(0);
        n.checked_sub(1 + infinitive)
            .filter(|&k| {
                matches!(
                    toks[k].text,
                    "for" | "against" | "of" | "to" | "on" | "about" | "that"
                ) && k > 0
                    && is_remark_noun_before(toks[k - 1].text)
            })
            // "Lund's controversial pledge to be": up to two words in lower case before the noun.
            .and_then(|k| possessor_past_lower(toks, k - 1).map(|(_, phrase)| phrase))
    }
    .map(|phrase| Attribution {
        subject_only: false,
        cue: None,
        phrase: Some(phrase),
    })
    .or_else(|| remark_clause(toks))
}

/// `Lund's claim that the board "sold the pier"`, `Berg's answer was that "..."`: a quote ending the clause after a
/// name's word for something said (and "that") is in that person's words, when nothing in the clause speaks
/// itself. The name's possessive may stand two words in lower case before the noun ("Lund's recent baseless
/// claim"); the clause has at most 15 words and no punctuation.
fn remark_clause(toks: &[Token]) -> Option<Attribution> {
    let that = toks.iter().rposition(|t| t.lower() == "that")?;
    let clause = &toks[that + 1..];
    // "describing Lund's claim that the pier must close as "...": the quote after "as" is the describer's.
    if clause.len() > 15
        || !clause.iter().all(|t| t.is_word() && !is_cue(t.text))
        || clause.last().is_some_and(|t| t.lower() == "as")
    {
        return None;
    }
    let mut noun = that.checked_sub(1)?;
    if matches!(toks[noun].lower().as_str(), "was" | "is") {
        noun = noun.checked_sub(1)?;
        // "Berg's catch phrase in that race against Sand was that": past phrases of a preposition, up to six
        // words after the noun.
        let phrase_at = (noun.saturating_sub(5)..=noun).find(|&p| {
            p > 0
                && is_preposition(&toks[p].lower())
                && !toks[p].is_capitalised()
                && toks[p..=noun].iter().all(Token::is_word)
        });
        if let Some(p) = phrase_at {
            noun = p - 1;
        }
    }
    let lower = toks[noun].lower();
    let remark = is_remark_noun_before(&lower)
        || matches!(
            lower.as_str(),
            "accusation"
                | "allegation"
                | "suggestion"
                | "argument"
                | "contention"
                | "conclusion"
                | "answer"
                | "charge"
                | "complaint"
                | "prediction"
                | "declaration"
        );
    if !remark {
        return None;
    }
    let phrase = possessor_past_lower(toks, noun)
        .map(|(_, phrase)| phrase)
        .or_else(|| described_possessor(toks, noun))?;
    Some(Attribution {
        subject_only: false,
        // The noun is the cue: "claim", "assertion".
        cue: Some(toks[noun].span),
        phrase: Some(phrase),
    })
}

/// `The Vasa senator's answer was that "..."`: a description in the possessive right before `toks[noun]` (a
/// word for something said), from "the" to a common noun, at most four words -> "The Vasa senator".
fn described_possessor(toks: &[Token], noun: usize) -> Option<Phrase> {
    let owner = noun.checked_sub(1)?;
    let head = &toks[owner];
    let stem = strip_possessive(head.text);
    if stem == head.text || head.is_capitalised() || !head.is_word() {
        return None;
    }
    let the = (owner.saturating_sub(3)..owner)
        .rev()
        .find(|&k| toks[k].lower() == "the")?;
    if !toks[the + 1..owner]
        .iter()
        .all(|t| t.is_word() && !is_possessive(t.text) && !is_cue(t.text))
    {
        return None;
    }
    let mut phrase = described(&toks[the..=owner]);
    let cut = head.text.len() - stem.len();
    phrase.text.truncate(phrase.text.len() - cut);
    phrase.span = Span::new(phrase.span.start, phrase.span.end - cut);
    Some(phrase)
}

/// `Berg walked out convinced that the council "never reads its reports"`: a quotation inside a sentence, with no
/// speaker beside it, is the words of the sentence's subject, whatever the verb. Only when the sentence has begun
/// before the quote (three words or more, not ended by a stop); with no cue at all only a name (which must then be
/// known to the recognizer) or a pronoun before a quote of two words or more, beside a cue also a possessed noun; a
/// count ("Two calls about the "noise"") is no subject. `quote_words`: the words of the quote.
fn subject_of_partial(
    toks: &[Token],
    has_cue: bool,
    quote_words: usize,
    first_person: bool,
) -> Option<Attribution> {
    let ends_sentence = toks
        .last()
        .is_some_and(|t| is_sentence_punct(t) || t.text == "…");
    // Two words ("He offered "my thoughts"") are enough before words in the first person, which someone says.
    let least = if first_person { 2 } else { 3 };
    if ends_sentence || toks.iter().filter(|t| t.is_word()).count() < least {
        return None;
    }
    // "The results are not in, but Berg's campaign claims "victory"": the clause after "but" has its own subject,
    // as has the clause after ", while" ("Lund signed an order, while Berg proposed we "wait""), unless an
    // "according to" before it gives the whole sentence's source.
    // So has a clause of time opening with its own pronoun ("Lund slammed Berg after she attacked the
    // crews and blamed the storms on "bad luck"").
    let clause = (1..toks.len()).rev().find(|&k| {
        toks[k].text == ";"
            || (toks[k - 1].text == ","
                && (toks[k].lower() == "but"
                    || (matches!(toks[k].lower().as_str(), "while" | "whereas")
                        && !toks[..k].iter().any(|t| t.lower() == "according"))))
            || (matches!(toks[k].text, "after" | "when" | "before" | "until")
                && toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.text, "he" | "she" | "they" | "we" | "I")))
    });
    let toks = match clause {
        Some(k) if toks[k + 1..].iter().filter(|t| t.is_word()).count() >= 3 => &toks[k + 1..],
        _ => toks,
    };
    let subject = sentence_subject(toks)?;
    let first_word = subject.text.split_whitespace().next().unwrap_or("");
    if subject.kind == PhraseKind::Name && is_determiner(first_word) {
        return None;
    }
    // With no cue at all, a name, or a pronoun before a quote of two words or more ("She speaks of "a harbour for
    // everyone""); a pronoun before one word ("She wasn't 'forced' to stay") and a possessed noun opening the sentence
    // ("Berg's crew rebuilt the "can-do" spirit") are as likely to frame a scare quote as to report words.
    let pronoun = subject.kind == PhraseKind::Pronoun && quote_words >= 2;
    if !has_cue && subject.kind != PhraseKind::Name && !pronoun {
        return None;
    }
    Some(Attribution {
        subject_only: true,
        cue: None,
        phrase: Some(subject),
    })
}

/// `"BERG: We will rebuild it."`: a line of a quoted transcript names its speaker in capitals before a colon.
fn transcript_label(text: &str, content: Span) -> Option<Attribution> {
    let slice = content.slice(text);
    let colon = slice.find(':')?;
    let label = &slice[..colon];
    let words: Vec<&str> = label.split_whitespace().collect();
    let is_label = (1..=3).contains(&words.len())
        && label.len() == label.trim_start().len()
        && words.iter().all(|w| {
            w.chars().any(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
        })
        && slice[colon + 1..].starts_with(' ');
    if !is_label {
        return None;
    }
    let name: Vec<String> = words
        .iter()
        .map(|w| {
            let mut chars = w.chars();
            chars.next().map_or(String::new(), |c| {
                c.to_uppercase()
                    .chain(chars.flat_map(char::to_lowercase))
                    .collect()
            })
        })
        .collect();
    // Only a name the recognizer knows counts ("NOTE: ..." is no one).
    Some(Attribution {
        subject_only: true,
        cue: None,
        phrase: Some(Phrase {
            kind: PhraseKind::Name,
            text: name.join(" "),
            span: Span::new(content.start, content.start + colon),
            org_like: false,
        }),
    })
}

/// A paragraph that is one quotation, signed in the next by a dash and a name (`"We will rebuild." ¶ — Anna
/// Berg, at the harbour`): the name is the speaker.
fn signature_line(text: &str, paragraphs: &[Span], q: &Quoted) -> Option<Attribution> {
    let para = paragraphs[q.paragraph];
    let blank = |from: usize, to: usize| {
        text.get(from..to).is_some_and(|s| {
            s.trim_matches(|c: char| c.is_whitespace() || c == '.')
                .is_empty()
        })
    };
    let alone = q.closed && blank(para.start, q.open) && blank(q.close_end, para.end);
    let next = paragraphs.get(q.paragraph + 1).filter(|_| alone)?;
    // A signature is a short line: read its first words only.
    let head = char_floor(text, next.end.min(next.start + 80));
    let toks = tokenize(text, Span::new(next.start, head));
    let (dash, rest) = toks.split_first()?;
    let end = run_end(rest, 0);
    if !is_dash(dash) || end == 0 || rest.get(end).is_some_and(|t| t.is_word()) {
        return None;
    }
    Some(Attribution {
        subject_only: false,
        cue: None,
        phrase: Some(name_from_run(&rest[..end], false)?),
    })
}

/// `The firm was dubbed "the harbour's bank"`, `they fought a levy called the "quay tax"`: a naming verb right
/// before the quote, in the passive or as a participle after the object of another verb, gives what a thing is
/// called, not what its sentence's subject said. (`Berg called the levy "a tax on work"`, with a name or a
/// sentence's subject before the verb, is a quotation.)
fn names_a_thing(toks: &[Token]) -> bool {
    let mut k = toks.len();
    while k > 0 && matches!(toks[k - 1].lower().as_str(), "a" | "an" | "the") {
        k -= 1;
    }
    let Some(verb) = k.checked_sub(1).map(|v| &toks[v]) else {
        return false;
    };
    if !matches!(
        verb.lower().as_str(),
        "called"
            | "dubbed"
            | "named"
            | "nicknamed"
            | "labelled"
            | "labeled"
            | "termed"
            | "branded"
            | "titled"
            | "entitled"
            | "christened"
    ) {
        return false;
    }
    let mut j = k - 1;
    // "often called", "widely dubbed".
    while j > 0 && {
        let lower = toks[j - 1].lower();
        (lower.ends_with("ly")
            || matches!(lower.as_str(), "often" | "also" | "still" | "sometimes"))
            && !toks[j - 1].is_capitalised()
    } {
        j -= 1;
    }
    let Some(prev) = j.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    // "the so called "special relationship"", "the so- called": "so-called" written apart.
    let so = |t: &Token| t.lower() == "so";
    if verb.lower() == "called" && (so(prev) || (is_dash(prev) && j >= 2 && so(&toks[j - 2]))) {
        return true;
    }
    if matches!(
        prev.lower().as_str(),
        "being"
            | "been"
            | "be"
            | "is"
            | "are"
            | "was"
            | "were"
            | "get"
            | "gets"
            | "got"
            | "getting"
    ) {
        return true;
    }
    // A description that is itself the object of a verb or a preposition: a word in lower case before it that
    // opens no clause (`said the mayor called it`, `and the mayor called it`).
    let Some(object) =
        phrase_before(&toks[..j], false).filter(|p| p.kind == PhraseKind::Description)
    else {
        return false;
    };
    tokens_before(&toks[..j], &object).next().is_some_and(|t| {
        let lower = t.lower();
        t.is_word()
            && !t.is_capitalised()
            && !is_pronoun(t.text)
            && !takes_a_clause(&lower)
            && !matches!(
                lower.as_str(),
                "and"
                    | "but"
                    | "or"
                    | "nor"
                    | "that"
                    | "when"
                    | "while"
                    | "as"
                    | "because"
                    | "if"
                    | "after"
                    | "before"
                    | "since"
                    | "who"
                    | "which"
                    | "where"
                    | "then"
                    | "so"
                    | "yet"
                    | "though"
                    | "although"
                    | "until"
                    | "once"
                    | "whether"
                    | "how"
                    | "why"
                    | "what"
                    | "whom"
                    | "whose"
            )
    })
}

/// Verbs of saying and thinking that take a clause ("said the mayor called it ..."): after them a description
/// opens the clause as its subject.
fn takes_a_clause(lower: &str) -> bool {
    const VERBS: &[&str] = &[
        "say",
        "said",
        "add",
        "added",
        "argue",
        "argued",
        "claim",
        "claimed",
        "insist",
        "insisted",
        "note",
        "noted",
        "warn",
        "warned",
        "believe",
        "believed",
        "think",
        "thought",
        "feel",
        "felt",
        "know",
        "knew",
        "write",
        "wrote",
        "tell",
        "told",
        "suggest",
        "suggested",
        "state",
        "stated",
        "explain",
        "explained",
        "admit",
        "admitted",
        "agree",
        "agreed",
        "announce",
        "announced",
        "report",
        "reported",
        "fear",
        "feared",
        "predict",
        "predicted",
        "allege",
        "alleged",
        "assert",
        "asserted",
        "recall",
        "recalled",
        "complain",
        "complained",
        "declare",
        "declared",
        "estimate",
        "estimated",
    ];
    let base = lower
        .strip_suffix('s')
        .filter(|b| VERBS.contains(b))
        .unwrap_or(lower);
    VERBS.contains(&base)
}

/// `Okafor sees the mayor as a "steady hand"`: a quotation naming something "as" what the sentence's subject
/// calls it is the subject's words, with no cue verb needed.
fn named_as(text: &str, lead: Span) -> Option<Attribution> {
    let toks = tokenize(text, lead);
    let n = toks.len();
    let as_at = match toks.as_slice() {
        [.., a, d] if a.lower() == "as" && matches!(d.lower().as_str(), "a" | "an") => n - 2,
        [.., a] if a.lower() == "as" => n - 1,
        _ => return None,
    };
    if let Some(name) = clause_subject_before_as(&toks, as_at) {
        return Some(Attribution {
            subject_only: false,
            cue: None,
            phrase: Some(name),
        });
    }
    // "most of them known as "sheep walks"", "was described as "...": a participle right before "as" is a passive,
    // whose subject is named, not naming.
    let passive = as_at > 0 && {
        let lower = toks[as_at - 1].lower();
        !toks[as_at - 1].is_capitalised()
            && (lower.ends_with("ed")
                || matches!(lower.as_str(), "known" | "seen" | "thought" | "shown"))
    };
    if passive {
        return None;
    }
    let subject = sentence_subject(&toks[..as_at])?;
    // "She presents herself as "...": "he" or "she" too, not "it" ("It is known as "the Rock"").
    let person = subject.kind == PhraseKind::Name
        || (subject.kind == PhraseKind::Pronoun && matches!(subject.text.as_str(), "he" | "she"));
    person.then_some(Attribution {
        subject_only: false,
        cue: None,
        phrase: Some(subject),
    })
}

/// "an incident Berg brought up as "...", "a plan which Berg described as "...": a name right before a past verb
/// (and its particle) and the "as" at `as_at`, after a word in lower case, is the subject of a clause of its own,
/// and names the thing.
fn clause_subject_before_as(toks: &[Token], as_at: usize) -> Option<Phrase> {
    let particle = as_at > 0
        && matches!(
            toks[as_at - 1].lower().as_str(),
            "up" | "out" | "off" | "down"
        );
    let v = as_at.checked_sub(1 + usize::from(particle))?;
    if !toks[v].is_word() || !is_lower_past(&toks[v]) {
        return None;
    }
    let start = run_start(toks, v);
    let opens_clause = start > 0
        && toks[start - 1].is_word()
        && !toks[start - 1].is_capitalised()
        && !is_preposition(&toks[start - 1].lower());
    if start == v || !opens_clause || is_possessive(toks[v - 1].text) {
        return None;
    }
    name_from_run(&toks[start..v], false)
}

/// A token that is a quote mark, straight or curly, single or double.
fn is_quote_mark(token: &str) -> bool {
    matches!(token, "\"" | "“" | "”" | "'" | "‘" | "’" | "''")
}

/// A pronoun token as a speaker phrase: "He" -> "he", "she'd" -> "she".
fn pronoun_phrase(t: &Token) -> Phrase {
    Phrase {
        kind: PhraseKind::Pronoun,
        text: pronoun_text(t.text),
        span: t.span,
        org_like: false,
    }
}

fn pronoun_text(word: &str) -> String {
    super::words::pronoun_base(word).unwrap_or("").to_string()
}

fn is_sentence_punct(t: &Token) -> bool {
    matches!(t.text, "." | "?" | "!" | ":" | ";")
}

/// `"...," as a harbour board memo put it`, `"...," as Lund has described it`: the one putting it so said it.
fn as_someone_put_it(toks: &[Token]) -> Option<Attribution> {
    let (as_, rest) = toks.split_first()?;
    if as_.lower() != "as" {
        return None;
    }
    let putting = |t: &Token| {
        matches!(
            t.lower().as_str(),
            "put"
                | "puts"
                | "described"
                | "describes"
                | "phrased"
                | "phrases"
                | "termed"
                | "framed"
        )
    };
    let v = rest.iter().take(8).position(putting)?;
    if v == 0 || rest.get(v + 1).is_none_or(|t| t.lower() != "it") {
        return None;
    }
    let who = match &rest[..v] {
        [who @ .., aux] if matches!(aux.lower().as_str(), "has" | "had" | "once") => who,
        who => who,
    };
    let whole = |p: &Phrase| who.last().is_some_and(|t| t.span.end == p.span.end);
    let phrase = phrase_after(who).filter(whole)?;
    Some(Attribution {
        subject_only: false,
        cue: Some(rest[v].span),
        phrase: Some(phrase),
    })
}

/// How a quote ends, which decides whether the words after it can attribute it.
#[derive(Clone, Copy)]
struct QuoteEnding {
    full_stop: bool,
    /// The quote's words end with a full stop, a question mark or an exclamation mark.
    ends_sentence: bool,
    hands_over: bool,
    /// A comma ends the quote or follows it: `"...," X said`, `"...", X said`.
    comma: bool,
}

/// `"...," X said`, `"...," said X`, `"...," according to X`.
fn after_quote(tokens: &[Token], ending: QuoteEnding) -> Option<Attribution> {
    let ends_sentence = ending.full_stop;
    let end = tokens
        .iter()
        .position(is_sentence_punct)
        .unwrap_or(tokens.len());
    let mut toks = &tokens[..end];
    // A signature: `"..." ― Ana Ruiz` (a dash, then only a name up to the sentence's end). With a hyphen for the
    // dash (`"... a long game." - Ana Ruiz`) only after a quote's own stop, the name ending the paragraph.
    if let [dash, name @ ..] = toks {
        let hyphen =
            dash.text == "-" && ending.full_stop && tokens[end..].iter().all(|t| t.text == ".");
        if (matches!(dash.text, "―" | "—" | "–") || hyphen)
            && (1..=5).contains(&name.len())
            && name.iter().all(|t| t.is_capitalised() && is_name_word(t))
        {
            return Some(Attribution {
                subject_only: false,
                cue: None,
                phrase: name_from_run(name, false),
            });
        }
    }
    while toks
        .first()
        .is_some_and(|t| matches!(t.text, "," | "—" | "–" | "―" | "-" | "("))
    {
        toks = &toks[1..];
    }
    let first = toks.first()?;
    // `"...?" Berg writes back, "..."`: after a quote that ends its own sentence, a sentence that opens with a
    // capital and ends in a comma right before the next quote introduces that one.
    if ending.ends_sentence
        && first.is_capitalised()
        && end == tokens.len()
        && tokens.last().is_some_and(|t| t.text == ",")
    {
        return None;
    }
    // After a quote that ends with its own full stop, a capitalised word (a pronoun too) begins a new sentence,
    // unless that sentence is only the attribution: `"... missing." Trump said.`, `"..." He added.`; not `"..."
    // He made the same promise at the market, adding`.
    let new_sentence = ends_sentence && first.is_capitalised();
    // `"..." That quote from Tom Lund appeared in ...`, `"..." The words came from Lund.`: the next sentence names
    // whose the quote is.
    if new_sentence {
        if let [that, noun, rest @ ..] = toks {
            let rest = match rest {
                [came, rest @ ..] if matches!(came.lower().as_str(), "came" | "comes") => rest,
                _ => rest,
            };
            let pointing = matches!(that.text, "That" | "The" | "This")
                && matches!(
                    noun.lower().as_str(),
                    "quote" | "line" | "remark" | "comment" | "words" | "quip"
                );
            if let (true, [from, who @ ..]) = (pointing, rest) {
                if from.lower() == "from" {
                    if let Some(phrase) = phrase_after(who) {
                        return Some(Attribution {
                            subject_only: false,
                            cue: None,
                            phrase: Some(phrase),
                        });
                    }
                }
            }
        }
    }
    if new_sentence {
        // `"..." Okafor said: "..."`: a sentence that ends in a colon introduces the quote after it.
        if tokens.get(end).is_some_and(|t| t.text == ":") {
            return None;
        }
        let cue = toks.iter().position(|t| t.is_word() && is_cue(t.text))?;
        if cue > 4 || toks.len() > cue + 1 && toks[cue + 1].text != "," {
            return None;
        }
    }
    if let Some(a) = according_to(toks, 0) {
        return Some(a);
    }
    if let Some(a) = as_someone_put_it(toks) {
        return Some(a);
    }
    // `"...," Read said`, `"...," From wrote`: after a quote's comma, inside the sentence, a capitalised word
    // right before a cue is a name, even one spelt like a common word. Not before a verb of judging and "as"
    // (`"...," Will described him as`), whose object the quote may be.
    let capitalised_name = ending.comma
        && first.is_word()
        && first.is_capitalised()
        && !is_pronoun(first.text)
        && toks.get(1).is_some_and(|t| {
            t.is_word()
                && is_cue(t.text)
                && !is_weak_cue(t.text)
                && (takes_a_clause(&t.lower()) || !toks[2..].iter().any(|t| t.lower() == "as"))
        });
    if capitalised_name {
        return Some(Attribution {
            subject_only: false,
            cue: Some(toks[1].span),
            phrase: name_from_run(&toks[..1], false),
        });
    }
    // `"...," Lund started.`, `"...," Lund began.`: a name and a verb of beginning closing the sentence after a
    // quote's comma: the quote is how they began.
    if ending.comma && tokens.get(end).is_some_and(|t| t.text == ".") {
        if let [name @ .., verb] = toks {
            let begins = matches!(verb.lower().as_str(), "started" | "began" | "opened");
            if begins && (1..=3).contains(&name.len()) && name.iter().all(is_name_word) {
                return Some(Attribution {
                    subject_only: false,
                    cue: Some(verb.span),
                    phrase: name_from_run(name, false),
                });
            }
        }
    }
    // `"...," read one. "...," was another.`: one more of the signs or messages just named, as written.
    if let [was, one] = toks {
        if ending.comma
            && matches!(was.lower().as_str(), "was" | "is")
            && matches!(one.lower().as_str(), "another" | "one")
        {
            return Some(Attribution {
                subject_only: false,
                cue: None,
                phrase: Some(described(&toks[1..])),
            });
        }
    }
    // `"...," came shouts from the crowd`, `"...," came the reply from Lund`: a voice coming from someone.
    if ending.comma {
        if let [came, rest @ ..] = toks {
            let noun = rest.iter().take(3).position(|t| {
                matches!(
                    t.lower().as_str(),
                    "shouts"
                        | "shout"
                        | "cries"
                        | "cry"
                        | "chants"
                        | "chant"
                        | "calls"
                        | "reply"
                        | "response"
                        | "answer"
                        | "voice"
                        | "voices"
                        | "retort"
                )
            });
            if let Some(n) =
                noun.filter(|_| matches!(came.lower().as_str(), "came" | "come" | "comes"))
            {
                // From people: a name, or a description of a person or a crowd; not "from the quay".
                let from = rest
                    .get(n + 1)
                    .filter(|t| t.lower() == "from")
                    .and_then(|_| phrase_after(&rest[n + 2..]))
                    .filter(|p| {
                        p.kind == PhraseKind::Name
                            || p.text.rsplit(' ').next().is_some_and(|head| {
                                let head = head.to_lowercase();
                                super::words::names_a_person(&head)
                                    || matches!(
                                        head.as_str(),
                                        "crowd"
                                            | "crowds"
                                            | "audience"
                                            | "protesters"
                                            | "supporters"
                                            | "fans"
                                            | "people"
                                            | "members"
                                            | "delegates"
                                            | "students"
                                            | "workers"
                                    )
                            })
                    });
                if from.is_some() {
                    return Some(Attribution {
                        subject_only: false,
                        cue: Some(rest[n].span),
                        phrase: from,
                    });
                }
            }
        }
    }
    // `"...," State senator Tom Lund said`: after a quote's comma, a capitalised word opens a name, not a cue.
    if is_cue(first.text) && !(ending.comma && first.is_capitalised()) {
        let phrase = phrase_after(&toks[1..]);
        // `"...," described the strain as "awful"`, `"...," denouncing her record as`: after a verb of judging, the
        // phrase before "as" is its object; the speaker is the subject before the quote. Not `said Berg as she left`.
        let judged = !takes_a_clause(&first.lower())
            && phrase.as_ref().is_some_and(|p| {
                toks.iter()
                    .find(|t| t.span.start >= p.span.end)
                    .is_some_and(|t| t.lower() == "as")
            });
        if judged {
            return None;
        }
        // `"...," citing a report that`: what follows a gerund is its object; its speaker is the sentence's
        // subject, before the quote.
        let gerund = first.lower().ends_with("ing");
        return Some(Attribution {
            subject_only: false,
            cue: Some(first.span),
            phrase: phrase.filter(|_| !gerund),
        });
    }
    // `"..." during the rest of the tour, saying`: the words after the quote are not a speaker.
    let opens_clause = first.is_word()
        && matches!(
            first.text,
            "during"
                | "in"
                | "on"
                | "at"
                | "after"
                | "before"
                | "for"
                | "from"
                | "with"
                | "and"
                | "but"
                | "or"
                | "as"
                | "because"
                | "while"
                | "when"
                | "since"
                | "than"
                | "that"
                | "which"
                | "to"
                | "of"
                | "by"
                | "over"
                | "about"
                | "despite"
                | "amid"
                | "into"
                | "against"
                | "is"
                | "was"
                | "are"
                | "were"
        );
    let names_someone = is_pronoun(first.text) || is_name_word(first);
    // `"...," as Okafor told the council`: "as" and an attribution.
    if first.lower() == "as" {
        let cue = toks
            .iter()
            .take(8)
            .position(|t| t.is_word() && is_cue(t.text) && !is_weak_cue(t.text));
        if let Some(k) = cue.filter(|&k| k >= 2) {
            if let Some(phrase) = phrase_before(&toks[1..k], true) {
                return Some(Attribution {
                    subject_only: false,
                    cue: Some(toks[k].span),
                    phrase: Some(phrase),
                });
            }
        }
    }
    if opens_clause {
        return passive_said_by(toks)
            .or_else(|| closing_attribution(toks))
            .or_else(|| parenthetical_attribution(toks));
    }
    if !(ending.hands_over || names_someone) {
        return None;
    }
    // A name and a long appositive between commas ("Tomas Lund, a fellow at ... and a former ..., said") may
    // put the cue far from the quote: past the usual window, the cue must follow the appositive's comma.
    let appositive = names_someone && name_then_comma(toks);
    let window = toks.len().min(if appositive { 40 } else { 18 });
    for k in 1..window {
        // A weak cue far from the quote counts only as the last word of the attribution: `"...," a voice in
        // the ad states.`
        let last = k + 1 == toks.len();
        if !toks[k].is_word()
            || !is_cue(toks[k].text)
            || (is_weak_cue(toks[k].text) && k > 3 && !last)
        {
            continue;
        }
        // `"...," the report said`: a cue word after a determiner is a noun.
        if is_determiner(toks[k - 1].text) {
            continue;
        }
        // `"...," a jab at the mayor conceding that`: a gerund after a word in lower case (not a pronoun, not
        // "as" or "by") ends a clause about the quote, not an attribution.
        let gerund_after_noun = toks[k].lower().ends_with("ing")
            && toks[k - 1].is_word()
            && !toks[k - 1].is_capitalised()
            && !is_pronoun(toks[k - 1].text)
            && !matches!(
                toks[k - 1].lower().as_str(),
                "as" | "by"
                    | "kept"
                    | "began"
                    | "started"
                    | "continued"
                    | "was"
                    | "were"
                    | "is"
                    | "been"
                    | "heard"
                    | "seen"
            );
        if gerund_after_noun {
            continue;
        }
        if k >= 18 && toks[k - 1].text != "," {
            continue;
        }
        // A subject longer than a name with its title is a clause, not a speaker, unless an appositive
        // stands between commas ("Kiper, the regional governor, said").
        let commas = toks[..k].iter().filter(|t| t.text == ",").count();
        // "Senate Minority Leader Anna M. Berg (D-Ore.) said": a bracketed party and state is no clause.
        let mut inside = false;
        let bracketed = toks[..k]
            .iter()
            .filter(|t| {
                let counted = inside || t.text == "(";
                inside = counted && t.text != ")";
                counted
            })
            .count();
        let long = k - bracketed > 8 && commas < 2;
        // `"...," like the recent storms, said Tom Okafor`: a cue right after a comma and before a name is
        // inverted; the words before it are an aside.
        let inverted = toks[k - 1].text == ","
            && k >= 2
            && !first.is_capitalised()
            && matches!(toks[k].lower().as_str(), "said" | "says" | "added" | "adds");
        if inverted {
            if let Some(name) = phrase_after(&toks[k + 1..]).filter(|p| {
                p.kind == PhraseKind::Name
                    && p.span.start == toks.get(k + 1).map_or(0, |t| t.span.start)
            }) {
                return Some(Attribution {
                    subject_only: false,
                    cue: Some(toks[k].span),
                    phrase: Some(name),
                });
            }
        }
        // `"...?" a deckhand could be heard asking`: the subject stands before the verb of perceiving and its
        // auxiliaries.
        let mut subject_end = k;
        if matches!(toks[k - 1].lower().as_str(), "heard" | "seen") {
            subject_end -= 1;
            while subject_end > 1
                && matches!(
                    toks[subject_end - 1].lower().as_str(),
                    "be" | "been"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "can"
                        | "could"
                        | "may"
                        | "might"
                )
            {
                subject_end -= 1;
            }
        }
        let phrase = phrase_before(&toks[..subject_end], true)?;
        // "Tom Lund of the Harbour Trust for Coastal Studies said": unless the name that speaks opens it.
        let name_and_workplace = phrase.kind == PhraseKind::Name
            && phrase.span.start == first.span.start
            && toks[..k]
                .iter()
                .all(|t| is_name_word(t) || matches!(t.text, "of" | "the" | "for" | "and"));
        if long && !name_and_workplace {
            return None;
        }
        return Some(Attribution {
            subject_only: false,
            cue: Some(toks[k].span),
            phrase: Some(phrase),
        });
    }
    None
}

/// Capitalised name words from the start, then a comma.
fn name_then_comma(toks: &[Token]) -> bool {
    let run = toks
        .iter()
        .take_while(|t| t.is_capitalised() && is_name_word(t))
        .count();
    run > 0 && toks.get(run).is_some_and(|t| t.text == ",")
}

/// `"..." is a scandal, Okafor said on Tuesday, adding ...`: an attribution set off by commas inside the sentence
/// that goes on past its quote: a speaker, a cue verb and at most a short phrase of time or place.
fn parenthetical_attribution(toks: &[Token]) -> Option<Attribution> {
    let commas: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].text == ",").collect();
    commas.windows(2).find_map(|pair| {
        let seg = &toks[pair[0] + 1..pair[1]];
        let cue = seg
            .iter()
            .position(|t| t.is_word() && is_cue(t.text) && !is_weak_cue(t.text))?;
        // The segment opens with its speaker ("as he later explained" is a clause about what follows).
        let opens_with_speaker =
            is_name_word(&seg[0]) || is_pronoun(seg[0].text) || is_determiner(seg[0].text);
        if cue == 0 || cue > 5 || !opens_with_speaker || !short_adverbial(&seg[cue + 1..]) {
            return None;
        }
        let phrase = phrase_before(&seg[..cue], true)?;
        Some(Attribution {
            subject_only: false,
            cue: Some(seg[cue].span),
            phrase: Some(phrase),
        })
    })
}

/// `Any "clear" reading of the plan, said Tom Aker, an expert at the college, would ...`: a cue opening an inserted
/// clause (after a comma, within 14 words or marks of the quote, in its sentence) and the name after it, a comma
/// closing the name or its appositive.
fn inserted_cue_after(toks: &[Token]) -> Option<Attribution> {
    let end = toks
        .iter()
        .position(is_sentence_punct)
        .unwrap_or(toks.len())
        .min(14);
    let k = (1..end).find(|&k| {
        toks[k - 1].text == ","
            && toks[k].is_word()
            && !toks[k].is_capitalised()
            && matches!(
                toks[k].lower().as_str(),
                "said" | "says" | "wrote" | "writes"
            )
    })?;
    let phrase = phrase_after(&toks[k + 1..]).filter(|p| p.kind == PhraseKind::Name)?;
    // The name's appositive or the cue itself closes with a comma: the sentence goes on after it.
    let after = toks.iter().position(|t| t.span.start >= phrase.span.end)?;
    if toks[after].text != "," {
        return None;
    }
    Some(Attribution {
        subject_only: false,
        cue: Some(toks[k].span),
        phrase: Some(phrase),
    })
}

/// `The phrase "pier tax" was uttered once, by Ms. Berg.`: after the quote, a form of "be", adverbs in -ly, a verb of
/// saying in the passive, at most a word of time ("once") and a comma, then "by" name the speaker.
fn passive_said_by(toks: &[Token]) -> Option<Attribution> {
    let mut rest = toks.iter().enumerate();
    let (_, be) = rest.next()?;
    if !matches!(be.lower().as_str(), "was" | "were" | "is" | "are") {
        return None;
    }
    let (_, cue) = rest.find(|(_, t)| !t.lower().ends_with("ly"))?;
    if !matches!(
        cue.lower().as_str(),
        "said" | "uttered" | "spoken" | "shouted" | "tweeted" | "coined" | "chanted" | "yelled"
    ) {
        return None;
    }
    let (by, _) = rest.take(3).find(|(_, t)| t.lower() == "by")?;
    // Between the verb and "by": only a word of time ("once", "first") or a comma.
    let between = toks.iter().skip_while(|t| t.span != cue.span).skip(1);
    if !between.take_while(|t| t.lower() != "by").all(|t| {
        t.text == ","
            || matches!(
                t.lower().as_str(),
                "once" | "first" | "twice" | "again" | "later"
            )
    }) {
        return None;
    }
    Some(Attribution {
        subject_only: false,
        cue: Some(cue.span),
        phrase: Some(phrase_after(&toks[by + 1..])?),
    })
}

/// `"..." of the plan, Okafor said.`: a sentence that goes on past its quote and ends with a comma, a speaker and
/// a cue verb.
fn closing_attribution(toks: &[Token]) -> Option<Attribution> {
    let (cue, before) = toks.split_last()?;
    if !cue.is_word() || !is_cue(cue.text) || is_weak_cue(cue.text) {
        return None;
    }
    let phrase = phrase_before(before, true)?;
    let comma_before = tokens_before(before, &phrase)
        .find(|t| !is_title(t.text))
        .is_some_and(|t| t.text == ",");
    comma_before.then_some(Attribution {
        subject_only: false,
        cue: Some(cue.span),
        phrase: Some(phrase),
    })
}

/// `... found no "trace of oil" near the pier, apart from a sheen by the dock, said the harbour master.`: a sentence that
/// goes on past its quote, however far, and closes with a comma and an attribution, `, said X` or `, X said`
/// (then at most a short phrase of time or place: `, Ana Ruiz said after the vote.`), X a pronoun too (`, she
/// said in an interview.`).
fn sentence_end_attribution(tokens: &[Token]) -> Option<Attribution> {
    // `..., says Ana Ruiz, a pollster in Harbourton, Md.`: a paragraph ending in an abbreviation, whose stop is
    // its own.
    let end = match tokens.iter().position(is_sentence_punct) {
        Some(end) => end,
        None if tokens
            .last()
            .is_some_and(|t| t.is_word() && t.text.ends_with('.')) =>
        {
            tokens.len()
        }
        None => return None,
    };
    // Within a sentence's reach; the stop must end the sentence, not a question inside it.
    if end > 80 || tokens.get(end).is_some_and(|t| t.text != ".") {
        return None;
    }
    let toks = &tokens[..end];
    // `, said Ana Ruiz, a pollster in Harbourton.`: the cue may follow the last comma but one, or the one before it
    // (`"..." about the ruling, said Ana Ruiz, director of the Harbour Trust, a union of pilots.`).
    let commas = toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.text == ",")
        .map(|(k, _)| k);
    for comma in commas.rev().take(3) {
        let tail = &toks[comma + 1..];
        let Some(first) = tail.first() else { continue };
        // `... at the fair last month, according to union chief Anna Holm.`
        // The name may run on past the phrase read ("the organizer Alliance to Save Our Ports (ASOP)").
        let name_goes_on = |t: &Token| {
            t.is_capitalised() || matches!(t.text, "to" | "of" | "for" | "and" | "the" | "(" | ")")
        };
        if let Some(mut according) = according_to(tail, 0).filter(|a| {
            a.phrase.as_ref().is_some_and(|p| {
                let rest = tail.iter().position(|t| t.span.start >= p.span.end);
                rest.is_none_or(|r| tail[r].text == "," || tail[r..].iter().all(name_goes_on))
            })
        }) {
            // The whole name, up to its last capitalised word outside brackets.
            if let Some(p) = according.phrase.as_mut() {
                let from = tail.iter().position(|t| t.span.start >= p.span.start);
                let open = tail
                    .iter()
                    .position(|t| t.text == "(")
                    .unwrap_or(tail.len());
                let last = tail[..open].iter().rposition(Token::is_capitalised);
                if let (Some(from), Some(last)) = (from, last) {
                    if last >= from && tail[last].span.end > p.span.end {
                        (p.text, p.span) = joined(&tail[from..=last]);
                    }
                }
            }
            return Some(according);
        }
        if !(first.is_word() && is_cue(first.text) && !is_weak_cue(first.text)) {
            continue;
        }
        let phrase = phrase_after(&tail[1..])?;
        let rest = tail.iter().position(|t| t.span.start >= phrase.span.end);
        let ends_well = rest.is_none_or(|r| tail[r].text == "," || short_adverbial(&tail[r..]));
        return ends_well.then_some(Attribution {
            subject_only: false,
            cue: Some(first.span),
            phrase: Some(phrase),
        });
    }
    let comma = toks.iter().rposition(|t| t.text == ",")?;
    let tail = &toks[comma + 1..];
    let cue = tail
        .iter()
        .position(|t| t.is_word() && is_cue(t.text) && !is_weak_cue(t.text))?;
    if cue == 0 || cue > 8 || !short_adverbial(&tail[cue + 1..]) {
        return None;
    }
    let phrase = phrase_before(&tail[..cue], true)?;
    // Between the comma and the phrase, only the words of an office ("the port director Anna Berg").
    let office = tail[..cue]
        .iter()
        .take_while(|t| t.span.start < phrase.span.start)
        .collect::<Vec<_>>();
    let whole = office.len() <= 4 && office.iter().all(|t| t.is_word());
    whole.then_some(Attribution {
        subject_only: false,
        cue: Some(tail[cue].span),
        phrase: Some(phrase),
    })
}

/// Nothing, or a few words of time or place after a cue: "after the vote", "on Tuesday", "in an interview".
fn short_adverbial(toks: &[Token]) -> bool {
    // "on a tour of the pier with the harbour board": a longer phrase of a preposition, with no clause in it.
    let phrase = (7..=10).contains(&toks.len())
        && toks[0].is_word()
        && is_preposition(&toks[0].lower())
        && toks.iter().all(|t| {
            t.is_word()
                && !is_cue(t.text)
                && !matches!(
                    t.lower().as_str(),
                    "that" | "which" | "who" | "whether" | "if" | "because" | "but" | "and" | "as"
                )
        });
    phrase
        || toks.is_empty()
        || (toks.len() <= 6
            && toks[0].is_word()
            && (is_preposition(&toks[0].lower())
                || matches!(
                    toks[0].lower().as_str(),
                    "after"
                        | "before"
                        | "last"
                        | "this"
                        | "earlier"
                        | "later"
                        | "yesterday"
                        | "today"
                )
                || is_filler(toks[0].text)))
}

/// "Asian", "Arab", "Baltic": a people's or a region's adjective, which a noun follows.
fn is_demonym_adjective(word: &str) -> bool {
    let gazetteer = &crate::extract::entities::engine().gazetteer;
    !word.ends_with('s') && gazetteer.word_flags(word) & crate::extract::gazetteer::DEMONYM != 0
}

/// For a cue at `k` right after a modal ("should reiterate", "will not say") in a clause opened by "that" a few words
/// before, the cue with a speaker that reports that clause, read before the "that".
/// Read to `depth` levels only: the cue before "that" may itself follow a modal in a clause, and a text of thousands
/// of such clauses in one sentence is not read down to its first.
fn reported_over_modal_cue(toks: &[Token], k: usize, depth: u8) -> Option<Attribution> {
    if depth >= 2 {
        return None;
    }
    let mut m = k.checked_sub(1)?;
    if toks[m].lower() == "not" {
        m = m.checked_sub(1)?;
    }
    let modal = matches!(
        toks[m].lower().as_str(),
        "should" | "must" | "will" | "would" | "could" | "might" | "may" | "can" | "shall"
    );
    if !modal {
        return None;
    }
    // The clause's subject: one to six words after "that", no punctuation.
    let that = (m.saturating_sub(7)..m.saturating_sub(1))
        .rev()
        .find(|&j| toks[j].lower() == "that")?;
    if !toks[that + 1..m].iter().all(Token::is_word) {
        return None;
    }
    before_quote_within(&toks[..that], depth + 1).filter(|a| a.cue.is_some() && a.phrase.is_some())
}

/// `X said: "..."`, `X said that "..."`, `, he said, "..."`, `according to X, "..."`.
fn before_quote(toks: &[Token]) -> Option<Attribution> {
    before_quote_within(toks, 0)
}

/// [`before_quote`], `depth` clauses into a reported clause (see [`reported_over_modal_cue`]).
fn before_quote_within(toks: &[Token], depth: u8) -> Option<Attribution> {
    // "But polls did predict the vote - Harbour Pollster: "..."": in a digest, a name alone between a dash and the
    // colon is the source, whatever cue the summary before the dash holds.
    if let Some(source) = digest_source(toks) {
        return Some(Attribution {
            subject_only: false,
            cue: None,
            phrase: Some(source),
        });
    }
    for k in (0..toks.len()).rev() {
        if let Some(a) = according_to(toks, k) {
            return Some(a);
        }
        let t = &toks[k];
        // A weak cue ("continued", "put") counts only right before the quote: `He continued: "..."`.
        let rest_is_punctuation = toks[k + 1..].iter().all(|t| !t.is_word())
            // "Lund goes, "No way."" speaks; "the deal goes "a step too far"" does not: a form of "go"
            // needs its comma or colon.
            // So does "begin" ("She began: "..."" speaks; "must now begin "mending fences"" does not).
            && (!matches!(
                t.lower().as_str(),
                "go" | "goes" | "went" | "begin" | "began"
            ) || toks.get(k + 1).is_some_and(|n| matches!(n.text, "," | ":")));
        // "the IG’s report "...": a weak cue after a determiner or a possessive is a noun.
        // "Lund's Facebook post": so is one after a possessive and a capitalised word.
        let noun = k > 0
            && (is_determiner(toks[k - 1].text)
                || is_possessive(toks[k - 1].text)
                || (k > 1 && toks[k - 1].is_capitalised() && is_possessive(toks[k - 2].text)));
        // "delivered a snappy retort:", "reprised the caustic chant": a cue in its plain form after a determiner
        // and one word in lower case is a noun. Read only for cues.
        let described_noun = || {
            k > 1
                && matches!(
                    t.lower().as_str(),
                    "retort"
                        | "chant"
                        | "remark"
                        | "comment"
                        | "quip"
                        | "reply"
                        | "claim"
                        | "vow"
                        | "promise"
                        | "boast"
                        | "joke"
                        | "shout"
                        | "tweet"
                        | "post"
                        | "note"
                        | "warning"
                        | "report"
                        | "text"
                        | "state"
                )
                && toks[k - 1].is_word()
                && !toks[k - 1].is_capitalised()
                // "a raucous chant": an adjective in -ous is no plural or verb in -s.
                && (!toks[k - 1].text.ends_with('s') || toks[k - 1].text.ends_with("ous"))
                && !super::words::is_pronoun(toks[k - 1].text)
                // "her sadly neglected state": one more word in lower case may stand between; "another, more
                // hopeful tweet": a comma as well.
                && (2..=4).any(|d| {
                    k >= d
                        && toks[k - d + 1..k - 1].iter().all(|w| {
                            (w.is_word() && !w.is_capitalised() && !super::words::is_pronoun(w.text))
                                || (d == 4 && w.text == ",")
                        })
                        && matches!(
                            toks[k - d].lower().as_str(),
                            "a" | "an" | "the" | "his" | "her" | "their" | "its" | "another"
                        )
                })
        };
        // "a flurry of late-night tweets": a plural cue after "of" (one or two words in lower case between) or after
        // a hyphened word in lower case is a noun. Read only for cues.
        let plural_noun = || {
            matches!(
                t.lower().as_str(),
                "tweets"
                    | "posts"
                    | "remarks"
                    | "comments"
                    | "claims"
                    | "notes"
                    | "reports"
                    | "statements"
            ) && k > 0
                && toks[k - 1].is_word()
                && !toks[k - 1].is_capitalised()
                && (toks[k - 1].text.contains('-')
                    || (1..=3).any(|d| {
                        k >= d
                            && toks[k - d].lower() == "of"
                            && toks[k - d + 1..k]
                                .iter()
                                .all(|w| w.is_word() && !w.is_capitalised())
                    }))
        };
        // ... or right after its subject: "Berg calls critics "lazy"", "she notes that "...".
        let after_subject = k > 0
            // "whenever the Harbour Board goes quiet, "..."": a form of "go" speaks only right before the quote or in
            // "went on to".
            && !(matches!(t.lower().as_str(), "go" | "goes" | "went")
                && !(toks.get(k + 1).is_some_and(|n| n.lower() == "on")
                    && toks.get(k + 2).is_some_and(|n| n.lower() == "to")))
            // "North Korea puts military in "...": a form of "put" speaks only in "put it" (below).
            && !matches!(t.lower().as_str(), "put" | "puts")
            && !t.is_capitalised()
            && toks[k - 1].is_word()
            && (toks[k - 1].is_capitalised() || super::words::is_pronoun(toks[k - 1].text))
            // "many Asian states": a weak cue after a people's adjective is the noun it qualifies.
            && !(is_weak_cue(t.text) && is_demonym_adjective(toks[k - 1].text));
        // "The narrator continues that "...", "the memo notes that "...": a weak cue taking a clause speaks.
        let clause_after = !t.is_capitalised()
            && toks.get(k + 1).is_some_and(|n| n.lower() == "that")
            && k > 0
            && toks[k - 1].is_word()
            // Not an infinitive ("the advisers went on to counter that"), whose subject lies further back, unless
            // a verb of causing names who speaks ("leading harbour advisers to counter that").
            && (toks[k - 1].lower() != "to" || caused_to_speak_at(toks, k).is_some());
        // "As the harbour master put it, "..."".
        let put_it = matches!(t.lower().as_str(), "put" | "puts")
            && toks.get(k + 1).is_some_and(|n| n.lower() == "it");
        // "the Harbour Daily newspaper calls it "...": a form of "call" with only its object before the quote.
        let calls_it =
            matches!(t.lower().as_str(), "call" | "calls") && k > 0 && toks[k - 1].is_word() && {
                // Two words at most are read: a lead of thousands of "calls" is not read to its end for each.
                let mut rest = toks[k + 1..].iter().filter(|n| n.is_word()).take(2);
                let object = rest.next().map(Token::lower);
                // "calls it her "duty gene"": a possessive or an article may open what a thing is called.
                let opener = rest.next().map(Token::lower);
                match (object.as_deref(), opener.as_deref()) {
                    (Some("it" | "him" | "her" | "them" | "this" | "that"), None) => true,
                    (Some("it"), Some(w)) => matches!(
                        w,
                        "her" | "his" | "their" | "its" | "a" | "an" | "the" | "my" | "our"
                    ),
                    _ => false,
                }
            };
        // "That prompted Lund to call Berg "very flexible"": "call" after "to" with a verb of causing before it, and
        // an object of one to four words before the quote.
        let caused_call = t.lower() == "call"
            && (1..=4).contains(&(toks.len() - k - 1))
            && toks[k + 1..].iter().all(Token::is_word)
            && caused_to_speak_at(toks, k).is_some();
        // "the asylum claim- 'legacy backlog'": a word hyphened to what follows is part of a compound.
        let hyphened = toks.get(k + 1).is_some_and(|n| matches!(n.text, "-" | "–"));
        // "the United States "ought to act"": a capitalised weak cue after a name word is the end of that name.
        // "as Secretary of State "..."": also after "of" and a name word.
        let of_name =
            k > 1 && matches!(toks[k - 1].text, "of" | "for" | "and") && is_name_word(&toks[k - 2]);
        let in_name = t.is_capitalised()
            && k > 0
            && (is_name_word(&toks[k - 1]) || of_name)
            && is_weak_cue(t.text);
        // "Berg said, and I quote, "..."", "that, quote, "..."": "quote" set in as an aside is no cue.
        let aside = t.lower() == "quote"
            && k > 0
            && (matches!(toks[k - 1].text, "," | "I") || is_dash(&toks[k - 1]));
        // "As Berg had written, "..."": "written" speaks after a form of "have" ("a written statement" does not).
        let perfect_written = t.lower() == "written"
            && k > 0
            && matches!(toks[k - 1].lower().as_str(), "has" | "have" | "had");
        // "In 2024, the Harbour Institute found that "...": a finding reported in a clause speaks for its finder; so
        // do a judge's ruling and a forecast ("the judge determined that", "the campaign projects that").
        let found_that = clause_after
            && matches!(
                t.text,
                "found"
                    | "finds"
                    | "determined"
                    | "determines"
                    | "ruled"
                    | "rules"
                    | "projects"
                    | "projected"
                    | "estimated"
                    | "estimates"
            );
        // "She pointed to the table with "electric" punch": "pointed" speaks in "pointed out", with the quote
        // right after it ("pointed to "...") or in a clause ("pointed to the board's finding that "..."").
        let pointed_elsewhere = matches!(t.lower().as_str(), "pointed" | "points")
            && toks.get(k + 1).is_none_or(|n| n.lower() != "out")
            && toks.get(k + 2..).is_some_and(|rest| {
                rest.iter().any(|t| t.is_word()) && !rest.iter().any(|t| t.lower() == "that")
            });
        // "When Lund used the words, "...",": a speaker using a phrase quoted right after it says it.
        let used_words = matches!(t.lower().as_str(), "used" | "uses")
            && toks
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower().as_str(), "the" | "a"))
            && toks.get(k + 2).is_some_and(|n| {
                matches!(
                    n.lower().as_str(),
                    "word" | "words" | "term" | "phrase" | "expression" | "slogan"
                )
            })
            && toks[k + 3..].iter().all(|t| !t.is_word());
        // "her crews will continue "to sail in any weather"": after a modal or "to", "continue" goes on doing
        // something, not speaking.
        let continue_doing = matches!(t.lower().as_str(), "continue" | "continues")
            && k > 0
            && matches!(
                toks[k - 1].lower().as_str(),
                "would" | "will" | "could" | "should" | "may" | "might" | "must" | "to" | "can"
            );
        if !t.is_word()
            || !(is_cue(t.text) || perfect_written || found_that || used_words)
            || continue_doing
            || pointed_elsewhere
            || aside
            || hyphened
            || described_noun()
            || plural_noun()
            // "The concerns being expressed by many leaders go beyond Lund's pledge to be "neutral"": a cue in the
            // passive after "being" says nothing of its subject ("being asked by" is read below; "being told to
            // "smile"" still marks words said).
            || (k > 0
                && toks[k - 1].lower() == "being"
                && !t.lower().starts_with("ask")
                && t.lower() != "told")
            || in_name
            || (is_weak_cue(t.text)
                && (noun
                    || (!rest_is_punctuation
                        && !after_subject
                        && !put_it
                        && !clause_after
                        && !calls_it
                        && !caused_call)))
        {
            continue;
        }
        // "When Lund suggested a delay, Berg fired back: "..."": a cue inside an opening clause is not the one
        // introducing the quote after the main clause's colon.
        if in_opening_clause(toks, k) {
            break;
        }
        // "Lund was asked by Berg, who backs him but has dismissed the story, "..."": a cue inside a relative
        // clause that runs up to the quote is not the one introducing it; the cue before the clause is.
        if !rest_is_punctuation && in_trailing_relative_clause(toks, k) {
            continue;
        }
        // "the crews, whom Berg praised in her speech, were "well paid"": a cue inside a relative clause that closes
        // with a comma before the quote's own words says nothing of the quote.
        if in_closed_relative_clause(toks, k) {
            continue;
        }
        // "Berg said that the charter should reiterate its "oldest friends"", "Lund said he expected that voters
        // will say "no"": a cue after a modal in a that-clause is words foreseen or wished for; the words quoted
        // are the reporting speaker's.
        if let Some(outer) = reported_over_modal_cue(toks, k, depth) {
            return Some(outer);
        }
        // "Asked by Okafor if Berg "gets" the harbour, Lund ...": the words of the question are the asker's.
        if t.text == "Asked" && toks.get(k + 1).is_some_and(|n| n.text == "by") {
            if let Some(by) = phrase_after(&toks[k + 2..]) {
                return Some(Attribution {
                    subject_only: false,
                    cue: Some(t.span),
                    phrase: Some(by),
                });
            }
        }
        // "Berg was asked by the host, "..."": a passive "asked" is the asker's words ("by the host"), not its
        // subject's; "who told the council when asked about it: "..."": after "when" or "if" it is no cue.
        if t.lower().starts_with("ask") && k > 0 {
            let before = toks[k - 1].lower();
            if matches!(
                before.as_str(),
                "was" | "were" | "is" | "are" | "been" | "being" | "be"
            ) {
                let by = toks
                    .get(k + 1)
                    .filter(|n| n.lower() == "by")
                    .and_then(|_| phrase_after(&toks[k + 2..]));
                return Some(Attribution {
                    subject_only: false,
                    cue: Some(t.span),
                    phrase: by,
                });
            }
            if matches!(before.as_str(), "when" | "if" | "once" | "after") {
                continue;
            }
        }
        // "he began saying": a verb of beginning or going on stands between the subject and its gerund; "he began
        // by saying", "Berg responded by tweeting": so does such a verb and "by". How many words stand there.
        let begins = |w: &str| {
            matches!(
                w,
                "began" | "begins" | "begin" | "started" | "starts" | "start"
            )
        };
        let lead = if !t.text.ends_with("ing") || k < 2 {
            0
        } else {
            let (w1, w2) = (toks[k - 1].lower(), toks[k - 2].lower());
            if begins(&w1) || matches!(w1.as_str(), "kept" | "keeps" | "continued" | "continues") {
                1
            } else if k > 2
                && w1 == "by"
                && (begins(&w2)
                    || matches!(
                        w2.as_str(),
                        "ended"
                            | "ends"
                            | "closed"
                            | "opened"
                            | "responded"
                            | "responds"
                            | "replied"
                            | "answered"
                            | "reacted"
                    ))
            {
                2
            } else {
                0
            }
        };
        // "Berg's most bitter claim is that": a word for something said, a name's possessive and one or two words
        // in lower case before it, is that person's.
        let possessed_remark = || {
            if !is_remark_noun(&t.lower()) {
                return None;
            }
            possessor_past_lower(toks, k)
                .filter(|&(between, _)| between >= 1)
                .map(|(_, phrase)| phrase)
                .or_else(|| {
                    // "after her March comment that": a possessive pronoun and at most two words before the noun.
                    let back = (1..=3).filter(|&b| b <= k).find(|&b| {
                        matches!(toks[k - b].lower().as_str(), "his" | "her" | "their")
                    })?;
                    // Not "wrote back, saying his comment "did harm"": after a cue the noun is part of what is said.
                    let after_cue = k - back > 0 && is_cue(toks[k - back - 1].text);
                    if after_cue || !toks[k - back + 1..k].iter().all(Token::is_word) {
                        return None;
                    }
                    let owner = &toks[k - back];
                    let text = match owner.lower().as_str() {
                        "his" => "he",
                        "her" => "she",
                        _ => "they",
                    };
                    Some(Phrase {
                        kind: PhraseKind::Pronoun,
                        text: text.to_string(),
                        span: owner.span,
                        org_like: false,
                    })
                })
        };
        // "Any reading of Berg's acts, said Tom Lund, an expert, would see ...": a cue between commas with a name
        // after it, inverted, is that name's.
        let inverted = || {
            let lower = t.lower();
            // Not "Berg, who was there, told Lund, "..."": who is told or called is never who speaks.
            if k == 0
                || toks[k - 1].text != ","
                || lower.ends_with("ing")
                || is_weak_cue(t.text)
                || lower.starts_with("tell")
                || lower.starts_with("told")
                || lower.starts_with("call")
            {
                return None;
            }
            let p = phrase_after(&toks[k + 1..]).filter(|p| p.kind == PhraseKind::Name)?;
            let next = toks.iter().find(|t| t.span.start >= p.span.end);
            next.is_some_and(|t| t.text == ",").then_some(p)
        };
        // "he smiled and said": the subject of a verb in the past joined to the cue by "and" (a pronoun or a name;
        // not a description in an appositive earlier in the sentence).
        let coordinated = || {
            if k < 3 || toks[k - 1].lower() != "and" {
                return None;
            }
            if !toks[k - 2].is_word() || !is_lower_past(&toks[k - 2]) {
                return None;
            }
            phrase_before(&toks[..k - 2], false)
                .filter(|p| matches!(p.kind, PhraseKind::Pronoun | PhraseKind::Name))
        };
        // "the ferry is what crew members have called a "...": the cue's subject is the clause's after "what", not
        // the sentence's.
        let what_clause = || {
            let what = toks[..k].iter().rposition(|w| w.lower() == "what")?;
            let between = &toks[what + 1..k];
            if between.is_empty() || between.len() > 6 || !between.iter().all(Token::is_word) {
                return None;
            }
            phrase_before(between, true).filter(|p| p.span.start == between[0].span.start)
        };
        // "The crowd gathered in the hall followed him by softly echoing "..."": a gerund after "by" (an adverb
        // in -ly may stand between), past the verbs read above, is the sentence's subject's.
        let by_gerund = || {
            if lead > 0 || !t.text.ends_with("ing") || k < 2 {
                return None;
            }
            let by = if toks[k - 1].lower().ends_with("ly") {
                k - 2
            } else {
                k - 1
            };
            if toks[by].lower() != "by" {
                return None;
            }
            sentence_subject(&toks[..by]).or_else(|| description_subject(&toks[..by]))
        };
        let left = caused_to_speak_at(toks, k)
            .or_else(inverted)
            .or_else(coordinated)
            .or_else(possessed_remark)
            .or_else(|| moved_to_speak(&toks[..k]))
            .or_else(what_clause)
            .or_else(|| who_description(toks, k))
            .or_else(by_gerund)
            .or_else(|| phrase_before(&toks[..k - lead], false))
            .map(|p| agent_of_participle(&toks[..k], p));
        // "Lund called for a boycott, and the board denounced the plan and said": a phrase before the clause that
        // runs to the cue is not its subject. Read once, for here and for the fallbacks below.
        let joined = joined_clause_subject(&toks[..=k]);
        let left = match (left, &joined) {
            (Some(l), Some(joined)) if l.span.end <= joined.span.start => Some(joined.clone()),
            (left, _) => left,
        };
        // "X did this, saying "..."": a gerund's speaker is the subject of the sentence, unless the phrase right
        // before it is its own subject ("with Putin saying").
        let gerund = t.text.ends_with("ing");
        // "..., saying": after a comma the gerund belongs to the sentence's subject, not to the name before it.
        let after_comma = k > 0 && toks[k - 1].text == ",";
        let absolute = !after_comma
            && left.as_ref().is_some_and(|p| {
                // "with Sen. Tom Lund calling": past the titles the name was stripped of.
                let mut before = tokens_before(toks, p).skip_while(|t| is_title(t.text));
                before.next().is_some_and(|t| {
                    matches!(
                        t.lower().as_str(),
                        "with" | "as" | "while" | "and" | "after"
                    )
                })
            });
        // "shrugged off the mayor's complaint, saying", "blamed the rough sea, called it": a described object of the
        // clause before the comma (after a lower-case word) is no speaker of the verb after it.
        let object_before_comma = after_comma
            && left.as_ref().is_some_and(|p| {
                p.kind == PhraseKind::Description
                    && tokens_before(&toks[..k], p)
                        .next()
                        .is_some_and(|t| t.is_word() && !t.is_capitalised())
            });
        // "Berg backed the plan while adding, "..."": a gerund right after "while", "after", "before" or "when" is
        // the sentence subject's, never the phrase before the conjunction.
        let subordinate = gerund
            && k > 0
            && matches!(
                toks[k - 1].lower().as_str(),
                "while" | "after" | "before" | "when"
            );
        let left = if subordinate {
            sentence_subject(&toks[..k]).or_else(|| description_subject(&toks[..k]))
        } else if gerund && !absolute {
            // "..., Okafor said, adding": an attribution set off by commas right before the gerund is its speaker.
            let inserted = || {
                let open = toks[..k - 1].iter().rposition(|t| t.text == ",")?;
                parenthetical_attribution(&toks[open..k])?.phrase
            };
            // "..., declaring a "war on rust" and telling": also a second gerund joined by "and".
            let joined_gerund = after_comma || (k > 0 && toks[k - 1].lower() == "and");
            joined_gerund
                .then(|| perceived_doer(&toks[..k - 1]))
                .flatten()
                .or_else(|| {
                    after_comma
                        .then(|| {
                            where_clause_subject(&toks[..k - 1])
                                .or_else(inserted)
                                .or_else(|| clause_subject(&toks[..k - 1]))
                        })
                        .flatten()
                })
                .or_else(|| sentence_subject(&toks[..k]))
                // "The council met on Monday, saying": a described subject, when a comma parts it from the
                // gerund; without one the phrase right before speaks ("footage of Berg saying").
                .or_else(|| {
                    (after_comma
                        || left
                            .as_ref()
                            .is_some_and(|p| is_document_object(&toks[..k], p)))
                    .then(|| description_subject(&toks[..k]))
                    .flatten()
                })
                .or(left.filter(|_| !object_before_comma))
        } else if object_before_comma {
            // The verbs share the sentence's subject.
            sentence_subject(&toks[..k])
        } else {
            left
        };
        // "said Rubio: "..."": a speaker after the cue only when nothing but the phrase stands before the quote.
        // "went on to say": the speaker is the subject of the sentence; only at its very start can the speaker
        // follow the cue ("said Rubio: "...""), and never after "called" (`called the council "dreamers"`) or
        // "told".
        let calls = t.lower().starts_with("call");
        // "and told the police, "..."": who is told is never who speaks.
        let tells = matches!(t.lower().as_str(), "told" | "tell" | "tells" | "telling");
        let phrase = left
            .or_else(|| infinitive_subject(&toks[..k]))
            // "when Berg mocked the plan and branded it a "fiasco"": the cue's own clause's subject.
            .or_else(|| clause_subject(&toks[..k]))
            .or(joined)
            .or_else(|| sentence_subject(&toks[..k]))
            .or_else(|| {
                let p = phrase_after(&toks[k + 1..]).filter(|_| !calls && !tells)?;
                // A comma or a colon between the phrase and the quote: `said the mayor, "..."`; with the quote right
                // after it (`said the port "ought to act"`) the phrase is the subject of what is quoted.
                let next = toks.iter().find(|t| t.span.start >= p.span.end);
                let fits = next.is_some_and(|t| matches!(t.text, "," | ":"));
                fits.then_some(p)
            });
        if let Some(outer) = phrase.as_ref().and_then(|p| reporter_of(toks, p)) {
            return Some(outer);
        }
        return Some(Attribution {
            subject_only: false,
            cue: Some(t.span),
            phrase,
        });
    }
    // "Trump leaned in and boomed: "..."": a sentence introducing a quote with a colon speaks through its subject.
    if toks.last().is_some_and(|t| t.text == ":") {
        let phrase = introduced_source(&toks[..toks.len() - 1])
            .or_else(|| presented_name(toks))
            .or_else(|| sentence_subject(toks))
            .or_else(|| named_before_colon(&toks[..toks.len() - 1]))
            // "The harbour board worded it more plainly: "..."": or a described subject.
            .or_else(|| description_subject(&toks[..toks.len() - 1]))?;
        return Some(Attribution {
            subject_only: false,
            cue: None,
            phrase: Some(phrase),
        });
    }
    // "Lund's aside that the crews, whom Berg praised, were "well paid"": with no cue of its own, a quote in the
    // clause after a name's word for something said and "that" is that person's.
    let start = sentence_start(toks);
    let owner = (start + 1..toks.len()).rev().find_map(|j| {
        (toks[j].lower() == "that" && is_remark_noun_before(&toks[j - 1].lower()))
            .then(|| possessor_past_lower(toks, j - 1))
            .flatten()
    })?;
    Some(Attribution {
        subject_only: false,
        cue: None,
        phrase: Some(owner.1),
    })
}

/// The words before a quote open its sentence with a subordinate clause ("As", "While", "But even as") whose cue
/// stands right before the quote, with at most "that" between: `As Berg claimed that "..."`.
fn subordinate_lead(toks: &[Token]) -> bool {
    let start = sentence_start(toks);
    let toks = &toks[start..];
    // "When a man in the crowd shouted, "...," Berg joked": the clause's cue may hand over with a comma.
    let toks = match toks.split_last() {
        Some((comma, rest)) if comma.text == "," => rest,
        _ => toks,
    };
    let mut words = toks.iter().filter(|t| t.is_word()).map(Token::lower);
    let mut first = words.next().unwrap_or_default();
    if matches!(first.as_str(), "but" | "and" | "yet") {
        first = words.next().unwrap_or_default();
    }
    if first == "even" {
        first = words.next().unwrap_or_default();
    }
    let opens = matches!(
        first.as_str(),
        "as" | "while" | "when" | "although" | "though" | "whereas" | "because" | "since"
    );
    // "claimed on Tuesday that": a few words of time may follow the cue.
    let cue = toks
        .iter()
        .rposition(|t| t.is_word() && is_cue(t.text) && !is_weak_cue(t.text));
    opens
        && !toks.iter().any(|t| t.text == ",")
        && cue.is_some_and(|c| toks.len() - c <= 5 && toks[c + 1..].iter().all(Token::is_word))
}

/// Whether `toks` is a sentence ending in a colon, opening with a clause ("When ...", "After ...") whose comma comes
/// after `k` and before a name or a pronoun.
fn in_opening_clause(toks: &[Token], k: usize) -> bool {
    let opens = toks.first().is_some_and(|t| {
        matches!(
            t.text,
            "When"
                | "After"
                | "As"
                | "While"
                | "If"
                | "Although"
                | "Though"
                | "Because"
                | "Since"
                | "Once"
        )
    });
    let comma = toks.iter().position(|t| t.text == ",");
    opens
        && toks.last().is_some_and(|t| t.text == ":")
        && comma.is_some_and(|c| {
            c > k
                && toks
                    .get(c + 1)
                    .is_some_and(|t| is_name_word(t) || is_pronoun(t.text))
        })
}

/// "Holt said Berg told members to stay "calm"": a cue whose subject is itself what a named person said is that
/// person's report, and the quoted words are theirs. The reporter, when one is named (not described: "the
/// senator said he ..." keeps the person the pronoun stands for).
fn reporter_of(toks: &[Token], phrase: &Phrase) -> Option<Attribution> {
    let mut j = toks.partition_point(|t| t.span.end <= phrase.span.start);
    if j > 0 && toks[j - 1].lower() == "that" {
        j -= 1;
    }
    let cue = toks[..j]
        .last()
        .filter(|t| matches!(t.lower().as_str(), "said" | "says"))?;
    let outer = phrase_before(&toks[..j - 1], false)?;
    (outer.kind != PhraseKind::Description).then_some(Attribution {
        subject_only: false,
        cue: Some(cue.span),
        phrase: Some(outer),
    })
}

/// "Here's Berg in 1992:", "Here is Anna Berg on the ferry:": the name a line presents before its colon.
fn presented_name(toks: &[Token]) -> Option<Phrase> {
    let from = match toks {
        [h, ..] if matches!(h.lower().as_str(), "here's" | "here’s") => 1,
        [h, is, ..] if h.lower() == "here" && is.lower() == "is" => 2,
        _ => return None,
    };
    let run = toks[from..].iter().take_while(|t| is_name_word(t)).count();
    (run > 0)
        .then(|| name_from_run(&toks[from..from + run], false))
        .flatten()
}

/// `The surge does not surprise harbour pollster Tom Okafor: "..."`: in a sentence with no named subject, a name right
/// before the colon that introduces a quote, after a word in lower case that is no preposition, article, conjunction
/// or cue (the object of the verb, or a role), is the person introduced to speak.
fn named_before_colon(toks: &[Token]) -> Option<Phrase> {
    let run = toks.iter().rev().take_while(|t| is_name_word(t)).count();
    if run == 0 || run > 4 || run == toks.len() {
        return None;
    }
    let before = &toks[toks.len() - run - 1];
    let lower = before.lower();
    (before.is_word()
        && !before.is_capitalised()
        && !is_preposition(&lower)
        && !is_determiner(before.text)
        && !is_cue(before.text)
        && !matches!(
            lower.as_str(),
            "and" | "or" | "but" | "than" | "as" | "that"
        ))
    .then(|| name_from_run(&toks[toks.len() - run..], false))
    .flatten()
}

/// A name of one to four words alone between a dash and a closing colon, after words of a summary.
fn digest_source(toks: &[Token]) -> Option<Phrase> {
    let (colon, rest) = toks.split_last()?;
    if colon.text != ":" {
        return None;
    }
    let run = rest.iter().rev().take_while(|t| is_name_word(t)).count();
    if !(1..=4).contains(&run) || rest.len() < run + 2 || !is_dash(&rest[rest.len() - run - 1]) {
        return None;
    }
    name_from_run(&rest[rest.len() - run..], false)
}

/// The source a line names before its colon: "From the report:", "More from the report:", "Turnout rose in the
/// north - Ana Ruiz:" (a summary, a dash and the source, as in a digest of quotes), "What it means - More from
/// Ruiz:".
fn introduced_source(toks: &[Token]) -> Option<Phrase> {
    // After a summary and its dash, the words after the dash introduce the source.
    if let Some(dash) = toks.iter().rposition(is_dash).filter(|&d| d > 0) {
        if let Some(source) = introduced_source(&toks[dash + 1..]) {
            return Some(source);
        }
    }
    let from = match toks {
        [f, ..] if f.lower() == "from" => 1,
        [m, f, ..] if m.lower() == "more" && f.lower() == "from" => 2,
        _ => {
            let dash = toks.iter().rposition(is_dash)?;
            let source = &toks[dash + 1..];
            let name = !source.is_empty() && source.len() <= 4 && source.iter().all(is_name_word);
            return name.then(|| name_from_run(source, false)).flatten();
        }
    };
    let source = &toks[from..];
    (source.len() <= 6 && source.iter().all(Token::is_word))
        .then(|| phrase_before(source, true))
        .flatten()
}

/// The subject at the start of a sentence (after an introductory phrase): a name or a pronoun.
fn sentence_subject(toks: &[Token]) -> Option<Phrase> {
    let start = subject_start(toks)?;
    let first = toks.get(start)?;
    if is_pronoun(first.text) {
        return Some(pronoun_phrase(first));
    }
    // "Dozens of crews left": a count opening the subject is no name; the description is read whole elsewhere.
    if first.is_capitalised() && count_opening(toks, start).is_some() {
        return None;
    }
    // "Harbour board spokesman Tom Okafor responded": names and office words; the person is the last run. An age
    // may stand before them ("17-year-old Tom Okafor replied:").
    let mut stretch = start;
    while stretch < toks.len() {
        let t = &toks[stretch];
        // "Former Vasa secretary of state Anna Berg": an office's "of" and the word after it.
        let office_of = t.text == "of"
            && stretch > start
            && is_title(toks[stretch - 1].text)
            && toks.get(stretch + 1).is_some_and(|n| n.is_word());
        // "Former judge and Vasa Mayor Tom Lund", "Former prosecutor and Mayor Tom Lund": two offices joined by
        // "and" before one name, the first an office word or a word in lower case after a title.
        let offices_and = toks.get(stretch + 1).is_some_and(|n| n.lower() == "and")
            && toks.get(stretch + 2).is_some_and(is_name_word)
            && stretch > start
            && is_title(toks[stretch - 1].text)
            && t.is_word()
            && (is_title(t.text) || !t.is_capitalised());
        if office_of || offices_and {
            stretch += 2;
        } else if is_name_word(t)
            || (t.is_word() && is_title(t.text) && stretch > start)
            || is_age(t.text)
        {
            stretch += 1;
        } else {
            break;
        }
    }
    // "Republican presidential front-runner Anna Berg is insisting", "Harbour board spokesman Tom Okafor said": words
    // in lower case describing the name after them, which is the subject when a verb follows it.
    if stretch > start {
        let described = toks[stretch..]
            .iter()
            .take(5)
            .take_while(|t| {
                t.is_word()
                    && !t.is_capitalised()
                    && !is_verb_after_subject(t)
                    && !is_determiner(t.text)
                    && !is_preposition(&t.lower())
                    && !is_pronoun(t.text)
                    && !matches!(
                        t.lower().as_str(),
                        "and" | "or" | "but" | "who" | "which" | "that"
                    )
            })
            .count();
        let name_from = stretch + described;
        let run = toks[name_from..]
            .iter()
            .take_while(|t| is_name_word(t))
            .count();
        let verb_after = toks
            .get(name_from + run)
            .is_some_and(|t| t.is_word() && !t.is_capitalised() && is_verb_after_subject(t));
        if (1..=4).contains(&described) && run >= 2 && verb_after {
            return name_from_run(&toks[name_from..name_from + run], false);
        }
    }
    let last_name = toks[..stretch]
        .iter()
        .rposition(is_name_word)
        .map_or(start, |p| p + 1);
    let start = run_start(toks, last_name).max(start);
    let mut end = start;
    while end < toks.len() && is_name_word(&toks[end]) {
        end += 1;
        if is_possessive(toks[end - 1].text) {
            // "Ryan’s campaign shrugged": the subject is the possessed noun, kept as a description.
            // "Lund's first five callers": words that count or order come before the noun, and add to it.
            let modifiers = toks[end..]
                .iter()
                .take(2)
                .take_while(|t| is_count_or_order(&t.lower()))
                .count();
            let nouns = toks[end..]
                .iter()
                .take(2 + modifiers)
                .enumerate()
                .take_while(|&(k, t)| {
                    let w = t.lower();
                    // "Lund's letter sets out a case": a second word in -s after a singular noun is its verb.
                    // Not a noun in -s ("recent analysis", "its status").
                    let verb_in_s = k == 1 + modifiers
                        && w.ends_with('s')
                        && !["ss", "is", "us"].iter().any(|e| w.ends_with(e))
                        && !toks[end + modifiers].lower().ends_with('s');
                    // "Lund's campaign sent out a leaflet": a cue, an auxiliary or a past form is the verb.
                    // "Lund's memo from the board": a preposition ends the noun.
                    t.is_word()
                        && !t.is_capitalised()
                        && !is_verb_after_subject(t)
                        && !is_filler(t.text)
                        && !is_preposition(&w)
                        && !verb_in_s
                })
                .count();
            if nouns == 0 {
                // "Harbourland's Mayor Anna Berg said": a place's office and a name after the possessive.
                let run = toks[end..].iter().take_while(|t| is_name_word(t)).count();
                if run >= 2 {
                    return name_from_run(&toks[end..end + run], false);
                }
                return None;
            }
            let (text, span) = joined(&toks[start..end + nouns]);
            return Some(Phrase {
                kind: PhraseKind::Description,
                text,
                span,
                org_like: true,
            });
        }
    }
    // "Outside the town hall, ...", "Hastily, ...", "Casting himself as ...": an adverb, a preposition or a
    // participle opening the sentence is no name.
    if start == 0 && end == 1 && opens_with_adverbial_word(toks) {
        return None;
    }
    if end == start + 1 && modifies_next_word(toks, start) {
        return plural_subject(toks, start);
    }
    (end > start)
        .then(|| name_from_run(&toks[start..end], false))
        .flatten()
}

/// A word that counts or orders the noun after it: "first", "five", "top".
fn is_count_or_order(lower: &str) -> bool {
    (!lower.is_empty() && lower.bytes().all(|b| b.is_ascii_digit()))
        || is_small_number_word(lower)
        || matches!(
            lower,
            "first" | "second" | "third" | "last" | "next" | "top" | "few" | "many" | "several"
        )
}

/// Whether the capitalised common word at `at` only modifies the lower-case word after it ("Maritime safety
/// experts", "Coastal ferry crews"): it is then no name and not the subject on its own. A plural ("Officials familiar
/// with") or a word before a verb, an auxiliary or a preposition stays a possible subject.
fn modifies_next_word(toks: &[Token], at: usize) -> bool {
    let word = toks[at].text;
    let Some(next) = toks.get(at + 1) else {
        return false;
    };
    let lower = next.lower();
    is_plain_common_word(word)
        && !word.ends_with('s')
        && next.is_word()
        && next.text.chars().all(char::is_alphabetic)
        && !next.is_capitalised()
        && !is_verb_after_subject(next)
        && !is_filler(next.text)
        && !is_pronoun(next.text)
        && !is_determiner(next.text)
        && !is_preposition(&lower)
        && !lower.ends_with('s')
}

/// A word that can follow a subject as its verb: a cue, an auxiliary, a form in -ed or a common irregular past.
fn is_verb_after_subject(t: &Token) -> bool {
    let lower = t.lower();
    is_cue(t.text) || is_auxiliary(t.text) || is_past_form(&lower)
}

/// "Maritime safety experts have said": the plural noun a capitalised modifier at `start` opens, kept as a
/// description when a verb follows it.
fn plural_subject(toks: &[Token], start: usize) -> Option<Phrase> {
    let head = (start + 1..toks.len().min(start + 6)).find(|&k| {
        let lower = toks[k].lower();
        !toks[k].is_capitalised() && lower.ends_with('s') && !lower.ends_with("ss")
    })?;
    // "Eleven local and Vasan groups": modifiers, names among them, joined by "and".
    let plain = toks[start + 1..=head].iter().all(|t| {
        let lower = t.lower();
        t.is_word()
            && !is_preposition(&lower)
            && !is_determiner(t.text)
            && !is_auxiliary(t.text)
            && !is_cue(t.text)
            && !is_pronoun(t.text)
    });
    let verb_after = toks.get(head + 1).is_some_and(is_verb_after_subject);
    (plain && verb_after).then(|| described(&toks[start..=head]))
}

/// An age written before a name: "17-year-old", "55-year-old".
fn is_age(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A sentence opening with one capitalised common word that is an adverb in -ly, a participle in -ing or -ed, or a
/// preposition, before a word in lower case: "Hastily, ...", "Outside the town hall", "Led by the mayor".
fn opens_with_adverbial_word(toks: &[Token]) -> bool {
    let Some(first) = toks.first() else {
        return false;
    };
    let lower = first.lower();
    is_plain_common_word(first.text)
        && (lower.ends_with("ly")
            || lower.ends_with("ing")
            || lower.ends_with("ed")
            || is_preposition(&lower))
        && toks.get(1).is_none_or(|t| !t.is_capitalised())
}

/// `Now, "..."`, `But "..."`: the words before a quote are only a connector or one common word and a comma.
pub(super) fn is_opening_word(text: &str, lead: Span) -> bool {
    let toks = tokenize(text, lead);
    match toks.as_slice() {
        [c] => is_connector(c),
        [w, comma] | [_, w, comma] if comma.text == "," => {
            w.is_word()
                && is_plain_common_word(w.text)
                && !is_pronoun(w.text)
                && !is_cue(w.text)
                && (toks.len() == 2 || is_connector(&toks[0]))
        }
        _ => false,
    }
}

/// The head noun of a described phrase, in lower case: its last word before a preposition after its first word
/// ("a text message to supporters" -> "message").
fn head_noun(phrase: &str) -> String {
    let words: Vec<&str> = phrase.split(' ').collect();
    let before_preposition = words
        .iter()
        .skip(1)
        .position(|w| is_preposition(&w.to_lowercase()))
        .map_or(words.len(), |p| p + 1);
    words[..before_preposition]
        .last()
        .map_or_else(String::new, |w| w.to_lowercase())
}

/// "The port board put out a statement saying": a document that is the object of a verb carries the words of the
/// sentence's subject.
fn is_document_object(toks: &[Token], phrase: &Phrase) -> bool {
    let head = head_noun(&phrase.text);
    let is_document = matches!(
        head.as_str(),
        "statement"
            | "release"
            | "letter"
            | "email"
            | "memo"
            | "report"
            | "video"
            | "ad"
            | "message"
    );
    // "sent out an email": a verb's particle may stand between.
    let mut before = tokens_before(toks, phrase).peekable();
    if before
        .peek()
        .is_some_and(|t| matches!(t.lower().as_str(), "out" | "up"))
    {
        before.next();
    }
    let after_verb = before
        .next()
        .is_some_and(|t| t.is_word() && !t.is_capitalised() && !is_preposition(&t.lower()));
    is_document && after_verb
}

/// "That prompted Tom Okafor to call": before an infinitive cue, a name right before "to" after a verb that sets
/// someone to act is who speaks.
fn moved_to_speak(toks: &[Token]) -> Option<Phrase> {
    let to = toks.len().checked_sub(1)?;
    if toks[to].lower() != "to" || !is_name_word(toks.get(to.checked_sub(1)?)?) {
        return None;
    }
    let p = phrase_before(&toks[..to], false).filter(|p| p.kind == PhraseKind::Name)?;
    let verb = tokens_before(&toks[..to], &p).next()?;
    matches!(
        verb.lower().as_str(),
        "prompted"
            | "urged"
            | "asked"
            | "pushed"
            | "forced"
            | "led"
            | "encouraged"
            | "invited"
            | "persuaded"
            | "inspired"
            | "moved"
            | "spurred"
            | "pressed"
            | "challenged"
    )
    .then_some(p)
}

/// [`caused_to_speak`] for a cue at `k`, right after "to" or after an infinitive joined by "and" ("prompted Lund to
/// make a joke and call Berg "...""): one to ten words, no punctuation, between "to" and "and".
fn caused_to_speak_at(toks: &[Token], k: usize) -> Option<Phrase> {
    let before = toks.get(k.checked_sub(1)?)?.lower();
    if before == "to" {
        return caused_to_speak(&toks[..k]);
    }
    if before != "and" {
        return None;
    }
    let and = k - 1;
    let to = (and.saturating_sub(11)..and.saturating_sub(1))
        .rev()
        .find(|&j| toks[j].lower() == "to")?;
    if !toks[to + 1..and].iter().all(Token::is_word) {
        return None;
    }
    caused_to_speak(&toks[..=to])
}

/// "The result prompted the Harbour Atlas, which tracks ports, to state", "leading advisers like Anna Berg to
/// write": the object of a verb of causing before an infinitive cue speaks, not the verb's subject. The object
/// runs up to the "to", or to an aside set off by commas before it.
fn caused_to_speak(toks: &[Token]) -> Option<Phrase> {
    let to = toks.len().checked_sub(1)?;
    if toks[to].lower() != "to" {
        return None;
    }
    let verb = (to.saturating_sub(20)..to).rev().find(|&v| {
        matches!(
            toks[v].lower().as_str(),
            "prompted"
                | "prompting"
                | "prompts"
                | "led"
                | "leading"
                | "urged"
                | "urging"
                | "forced"
                | "forcing"
                | "inspired"
                | "encouraged"
                | "compelled"
                | "moved"
        )
    })?;
    let object = &toks[verb + 1..to];
    // The object itself, before an aside set off by commas ("the Harbour Atlas, which tracks ports,").
    let end = match object.iter().position(|t| t.text == ",") {
        Some(c) if object.last().is_some_and(|t| t.text == ",") => c,
        Some(_) => return None,
        None => object.len(),
    };
    let object = &object[..end];
    if object.is_empty() || object.len() > 8 || !object.iter().all(Token::is_word) {
        return None;
    }
    let phrase = phrase_before(object, true)?;
    (phrase.span.start == object[0].span.start
        || is_determiner(object[0].text)
        || phrase.kind == PhraseKind::Name)
        .then_some(phrase)
}

/// "Mr. Lund was prompted to say", "the columnist Erik Sand was moved to write": before an infinitive cue, the
/// name or pronoun right before the words in lower case that lead to it.
fn infinitive_subject(toks: &[Token]) -> Option<Phrase> {
    let to = toks.len().checked_sub(1)?;
    if toks[to].lower() != "to" {
        return None;
    }
    let mut j = to;
    while j > 0 && to - j < 5 {
        let t = &toks[j - 1];
        if t.is_word() && !t.is_capitalised() && !is_pronoun(t.text) {
            j -= 1;
            continue;
        }
        // "it seemed wise to ask": "it" stands for no one.
        if j < to && (is_name_word(t) || (is_pronoun(t.text) && t.lower() != "it")) {
            let p = phrase_before(&toks[..j], false)?;
            // "turned to the Harbour Weekly again to say": the object of a preposition is no subject.
            if object_of_preposition(&toks[..j], &p) {
                return None;
            }
            return matches!(p.kind, PhraseKind::Name | PhraseKind::Pronoun).then_some(p);
        }
        return None;
    }
    None
}

/// "It was a tense evening, as Berg took up the attack": the name opening the last clause that a subordinating
/// word begins, when a verb follows it.
fn clause_subject(toks: &[Token]) -> Option<Phrase> {
    let k = toks.iter().rposition(|t| {
        matches!(
            t.lower().as_str(),
            "as" | "while"
                | "when"
                | "after"
                | "because"
                | "since"
                | "though"
                | "although"
                | "before"
        )
    })?;
    let rest = &toks[k + 1..];
    // The cue belongs to that clause only when no punctuation parts them.
    if !rest.iter().all(Token::is_word) {
        return None;
    }
    let run = rest.iter().take_while(|t| is_name_word(t)).count();
    let verb = rest.get(run)?;
    let is_verb = verb.is_word()
        && !verb.is_capitalised()
        && !is_preposition(&verb.lower())
        && !is_determiner(verb.text)
        && !matches!(verb.lower().as_str(), "and" | "or" | "but");
    if run == 0 || !is_verb || rest[..run].iter().any(|t| is_possessive(t.text)) {
        return None;
    }
    name_from_run(&rest[..run], false)
}

/// "Lund met a fisherman who said the port was "finished"", "rebuked critics who say": before a quote, "who" right
/// before the cue at `k` and right after a noun phrase, with no comma, stands for that phrase (from its determiner,
/// at most six words back; or a lone plural in lower case after a verb in the past); "Sand, a local captain who
/// said" for the name of the appositive. Not when a cue governs the phrase ("Lund told a captain who asked ...
/// that "..."": the quote may be the teller's), nor when a colon parts the cue from the quote.
fn who_description(toks: &[Token], k: usize) -> Option<Phrase> {
    if k < 3 || toks[k - 1].lower() != "who" || toks[k + 1..].iter().any(|t| t.text == ":") {
        return None;
    }
    let before = &toks[..k - 1];
    let words = before
        .iter()
        .rev()
        .take(6)
        .take_while(|t| t.is_word())
        .count();
    let from = before.len() - words;
    let start = match (from..before.len())
        .rev()
        .find(|&j| is_determiner(before[j].text))
    {
        Some(d) => {
            let np = &before[d..];
            // "a retired harbour master": a form in -ed right after the determiner describes the noun.
            let plain = np.len() >= 2
                && np[1..].iter().enumerate().all(|(n, t)| {
                    let adjective = n == 0 && t.lower().ends_with("ed") && np.len() > 2;
                    !is_preposition(&t.lower()) && (adjective || !is_verb_after_subject(t))
                })
                && is_noun_phrase(np);
            if !plain {
                return None;
            }
            d
        }
        None => {
            let head = &before[before.len() - 1];
            let lower = head.lower();
            let plural = !head.is_capitalised()
                && lower.ends_with('s')
                && !lower.ends_with("ss")
                && !is_verb_after_subject(head)
                && !is_pronoun(head.text);
            let after_verb = before.len() >= 2 && is_lower_past(&before[before.len() - 2]);
            if !(plural && after_verb) {
                return None;
            }
            before.len() - 1
        }
    };
    if start > 0 && is_cue(before[start - 1].text) {
        return None;
    }
    if start >= 2 && before[start - 1].text == "," && is_name_word(&before[start - 2]) {
        return phrase_before(&before[..start - 1], true).filter(|p| p.kind == PhraseKind::Name);
    }
    Some(described(&before[start..]))
}

/// "Lund called for a boycott, and the board denounced the plan and said": the subject of the last clause joined
/// by a comma and "and" or "but" that runs, with no punctuation, to the cue ending `toks`, when a verb (past an
/// adverb in -ly) follows it.
fn joined_clause_subject(toks: &[Token]) -> Option<Phrase> {
    joined_clause(toks).flatten()
}

/// [`joined_clause_subject`], or `Some(None)` when such a clause opens with a determiner or a name and has a past
/// form of its own before the cue but its subject cannot be read (then the sentence's first subject is not the
/// cue's either); None when the cue is in no such clause.
fn joined_clause(toks: &[Token]) -> Option<Option<Phrase>> {
    let at = toks
        .windows(2)
        .rposition(|w| w[0].text == "," && matches!(w[1].lower().as_str(), "and" | "but"))?;
    let rest = &toks[at + 2..];
    if rest.len() < 2 || !rest.iter().all(Token::is_word) {
        return None;
    }
    if let Some(phrase) = sentence_subject(rest).or_else(|| description_subject(rest)) {
        let after = rest.iter().position(|t| t.span.start >= phrase.span.end)?;
        let verb_at = after + usize::from(rest[after].lower().ends_with("ly"));
        return rest
            .get(verb_at)
            .is_some_and(|t| !t.is_capitalised() && is_verb_after_subject(t))
            .then_some(Some(phrase));
    }
    let opens_subject = is_determiner(rest[0].text) || is_name_word(&rest[0]);
    let own_verb = rest[1..rest.len() - 1].iter().any(is_lower_past);
    (opens_subject && own_verb).then_some(None)
}

/// "by the pier, where some 40 dockers had massed": the subject of a clause opened by "where" that runs
/// to the end of `toks`, whose gerund after a comma is theirs ("..., chanting"); a name, or up to five words in
/// lower case or figures, before the clause's verb.
fn where_clause_subject(toks: &[Token]) -> Option<Phrase> {
    let at = toks
        .iter()
        .rposition(|t| !t.is_word() || t.lower() == "where")?;
    if toks[at].lower() != "where"
        || at == 0
        || !(toks[at - 1].text == "," || is_dash(&toks[at - 1]))
    {
        return None;
    }
    let rest = &toks[at + 1..];
    let verb = rest
        .iter()
        .position(|t| is_auxiliary(t.text) || is_lower_past(t))?;
    let subject = &rest[..verb];
    if subject.is_empty() || subject.len() > 5 {
        return None;
    }
    if subject.iter().all(is_name_word) {
        return name_from_run(subject, false);
    }
    let plain = subject
        .iter()
        .all(|t| is_number(t) || (t.is_word() && !t.is_capitalised() && !is_pronoun(t.text)));
    (plain && is_noun_phrase(subject)).then(|| described(subject))
}

/// "I remember Mayor Tom Lund going on the radio in 1990, declaring": a name seen or remembered doing something
/// (the name right after a verb of perceiving or remembering, a gerund right after it) is the doer of the gerund
/// after the comma, not the sentence's subject.
fn perceived_doer(toks: &[Token]) -> Option<Phrase> {
    let at = toks.iter().rposition(|t| {
        matches!(
            t.lower().as_str(),
            "remember"
                | "remembers"
                | "remembered"
                | "recall"
                | "recalls"
                | "recalled"
                | "saw"
                | "watched"
                | "watch"
        )
    })?;
    doer_after(toks, at).filter(|p| p.kind == PhraseKind::Name)
}

/// "with Tom Lund tweeting": the subject of the last absolute phrase ("with", a name or a description, a gerund right
/// after it).
fn absolute_doer(toks: &[Token]) -> Option<Phrase> {
    toks.iter()
        .enumerate()
        .rev()
        .filter(|(_, t)| t.lower() == "with")
        .find_map(|(at, _)| doer_after(toks, at))
}

/// The phrase right after the word at `at` when a gerund follows it directly: its doer ("saw Tom Lund going").
fn doer_after(toks: &[Token], at: usize) -> Option<Phrase> {
    let phrase = phrase_after(&toks[at + 1..])?;
    let next = toks.iter().find(|t| t.span.start >= phrase.span.end)?;
    (next.is_word() && next.lower().ends_with("ing")).then_some(phrase)
}

/// A word that joins a sentence to the one before and stands before its subject: "But", "And", "So", "Yet",
/// "Still", "Then".
fn is_connector(t: &Token) -> bool {
    matches!(
        t.lower().as_str(),
        "but" | "and" | "so" | "yet" | "still" | "then"
    )
}

/// Where a sentence's subject begins: after a connector ("But") or an opening phrase up to its comma ("On
/// Monday, ..."), past a dateline ("HARBOURTON, May 4 (HW) --"); None when such a phrase has no comma.
fn subject_start(toks: &[Token]) -> Option<usize> {
    // Once only: a dateline opens a story, and a text of thousands of "A, --" must not recurse as deep.
    if let Some(after) = dateline_end(toks) {
        return subject_start_after_dateline(&toks[after..]).map(|s| s + after);
    }
    subject_start_after_dateline(toks)
}

/// [`subject_start`] past any dateline.
fn subject_start_after_dateline(toks: &[Token]) -> Option<usize> {
    let opens_with_phrase = toks.first().is_some_and(|t| {
        t.is_capitalised() && is_capitalised_function_word(t.text) && !is_pronoun(t.text)
    });
    if !opens_with_phrase {
        return Some(past_clause(toks, opening_adverbial(toks).unwrap_or(0)));
    }
    if is_connector(&toks[0]) {
        // "But two weeks later, Berg ...", "And then Lund ...".
        // "And then Lund ...", "Still, the board ...": "then" or a comma after the connector.
        let then = usize::from(
            toks.get(1)
                .is_some_and(|t| t.lower() == "then" || t.text == ","),
        );
        let rest = &toks[1 + then..];
        // "But back on the quay, he ...", "But on Friday, Lund ...": a phrase of place or time after the
        // connector, up to its comma, when a name or a pronoun follows.
        let phrase = || {
            let opens = rest.first().is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalised()
                    && (is_preposition(&t.lower()) || is_capitalised_function_word(t.text))
                    && !is_pronoun(t.text)
            });
            let comma = rest.iter().take(9).position(|t| t.text == ",")?;
            let words = rest[..comma].iter().all(Token::is_word);
            let subject = rest
                .get(comma + 1)
                .is_some_and(|t| is_name_word(t) || is_pronoun(t.text));
            (opens && comma > 0 && words && subject).then_some(comma + 1)
        };
        // "But although the crew stood by her, she ...": a clause after the connector, as at a sentence's start.
        Some(past_clause(
            toks,
            1 + then + time_opening(rest).or_else(phrase).unwrap_or(0),
        ))
    } else {
        let at = toks.iter().position(|t| t.text == ",").map(|p| p + 1)?;
        // "At a fair in Harbourton, Vt., on Friday, Berg ...": the place's state or country and a phrase of
        // time after the opening phrase belong to it.
        let mut skipped = at;
        let mut past_adjectives = false;
        for _ in 0..3 {
            let Some(next) = toks[skipped..]
                .iter()
                .position(|t| t.text == ",")
                .map(|p| skipped + p)
            else {
                break;
            };
            let seg = &toks[skipped..next];
            let place = !seg.is_empty() && seg.len() <= 3 && seg.iter().all(is_name_word);
            // "On Monday, after keeping quiet for the whole campaign, Berg ...": a gerund's clause after "after",
            // "while" and the like runs longer.
            let gerund_clause = seg.len() >= 2
                && matches!(
                    seg[0].lower().as_str(),
                    "after" | "before" | "while" | "when" | "despite" | "since" | "without" | "by"
                )
                && seg[1].lower().ends_with("ing")
                && !seg[1].is_capitalised();
            let phrase = !seg.is_empty()
                && seg.iter().all(Token::is_word)
                && (gerund_clause && seg.len() <= 10
                    || seg.len() <= 5
                        && (is_preposition(&seg[0].lower())
                            || super::words::DAYS_AND_MONTHS.contains(&seg[0].lower().as_str())));
            // "In a long, dockside interview last year, Berg ...", "On May 4, 2015, Berg ...": a comma inside the
            // opening phrase, between two adjectives of its noun or before a date's year. The words after it hold
            // no verb, and neither an article nor a pronoun opens them.
            // "Following a swiftly called, late meeting, the board ...": so after a preposition of time.
            let continues_phrase = skipped == at
                && (is_preposition(&toks[0].lower())
                    || matches!(
                        toks[0].lower().as_str(),
                        "following" | "after" | "before" | "amid" | "despite"
                    ))
                && (1..=10).contains(&seg.len())
                && !seg[0].is_capitalised()
                && !is_determiner(seg[0].text)
                && !is_pronoun(seg[0].text)
                && seg.iter().all(|t| t.is_word() && !is_verb_after_subject(t));
            if !(place || phrase || continues_phrase) {
                break;
            }
            past_adjectives = continues_phrase;
            skipped = next + 1;
        }
        // "In a long, dockside interview, the harbour board ...": past an opening phrase with a comma between its
        // adjectives, an article may open the subject too (not past a name: "Anna Berg, the port chief").
        let subject_follows = toks.get(skipped).is_some_and(|t| {
            is_name_word(t) || is_pronoun(t.text) || (past_adjectives && is_determiner(t.text))
        });
        Some(past_clause(
            toks,
            if subject_follows { skipped } else { at },
        ))
    }
}

/// "Last spring, when we put it to Lund, he ...": after an opening phrase, a clause opening with a conjunction in
/// lower case runs to its comma, and the subject follows it; `start` otherwise.
fn past_clause(toks: &[Token], start: usize) -> usize {
    let clause = start > 0
        && toks.get(start).is_some_and(|t| {
            matches!(
                t.text,
                "when"
                    | "after"
                    | "before"
                    | "while"
                    | "as"
                    | "if"
                    | "because"
                    | "since"
                    | "although"
                    | "though"
                    | "once"
                    | "until"
            )
        });
    if !clause {
        return start;
    }
    toks[start..]
        .iter()
        .position(|t| t.text == ",")
        .map(|p| start + p + 1)
        .filter(|&c| {
            toks.get(c)
                .is_some_and(|t| is_name_word(t) || is_pronoun(t.text))
        })
        .unwrap_or(start)
}

/// A dateline opening a story: a place in capitals or capitalised words, then at most a date and an agency in
/// brackets, then a dash ("WASHINGTON, Dec. 8 (UPI) —", "Harbourton (AFP) –"); the index after the dash.
fn dateline_end(toks: &[Token]) -> Option<usize> {
    let dash = toks
        .iter()
        .take(12)
        .position(|t| is_dash(t) || t.text == "―")?;
    let place = toks.first().is_some_and(is_name_word);
    let before = &toks[..dash];
    let plain = before
        .iter()
        .all(|t| t.is_capitalised() || matches!(t.text, "," | "(" | ")" | ".") || is_number(t));
    // A place in capitals, or a state or date after a comma, or an agency in brackets: not "Tom Okafor -- a
    // teacher -- said", an aside.
    let capitals = toks[0].text.len() > 1 && !toks[0].text.bytes().any(|b| b.is_ascii_lowercase());
    let marked = capitals || before.iter().any(|t| matches!(t.text, "," | "("));
    (place && plain && marked && dash + 1 < toks.len()).then_some(dash + 1)
}

/// A hyphen or a dash standing alone: "-", "—", "–".
fn is_dash(t: &Token) -> bool {
    matches!(t.text, "-" | "—" | "–")
}

/// A token of digits only: "70", "2016".
fn is_number(t: &Token) -> bool {
    t.text.bytes().all(|b| b.is_ascii_digit())
}

/// A plural noun that often qualifies the noun after it: "civil rights group", "sports club", "arms dealer".
fn is_plural_modifier(lower: &str) -> bool {
    matches!(
        lower,
        "rights"
            | "sports"
            | "arms"
            | "savings"
            | "news"
            | "affairs"
            | "sales"
            | "services"
            | "operations"
            | "communications"
            | "workers"
            | "veterans"
            | "goods"
            | "parks"
            | "customs"
            | "elections"
    )
}

/// Where the count stands in a phrase opening at `at` with a count of more than one and a word after it, past the
/// words that bound it: "About 200 protesters", "More than 500 fans", "At least 30 dockers", "200 people".
fn count_opening(toks: &[Token], at: usize) -> Option<usize> {
    let lower = |j: usize| toks.get(j).map(Token::lower).unwrap_or_default();
    let bound = match (lower(at).as_str(), lower(at + 1).as_str()) {
        ("more" | "fewer" | "less", "than") | ("at", "least") | ("up", "to") => 2,
        ("nearly" | "almost" | "about" | "some" | "over" | "roughly" | "around" | "only", _) => 1,
        _ => 0,
    };
    let count = at + bound;
    (toks.get(count).is_some_and(is_count) && toks.get(count + 1).is_some_and(Token::is_word))
        .then_some(count)
}

/// A count of more than one: "500", "thirty", "dozens".
fn is_count(t: &Token) -> bool {
    // Not a year: "In 2016 voters said".
    (is_number(t)
        && t.text != "1"
        && !(t.text.len() == 4 && matches!(&t.text[..2], "18" | "19" | "20")))
        || is_small_number_word(&t.lower())
        || matches!(
            t.lower().as_str(),
            "twelve"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "hundred"
                | "hundreds"
                | "thousands"
                | "dozens"
                | "scores"
                | "several"
        )
}

/// "two weeks later, ...", "a year ago, ...": a span of time of at most five words and its comma; the index after
/// the comma.
fn time_opening(toks: &[Token]) -> Option<usize> {
    let comma = toks.iter().take(6).position(|t| t.text == ",")?;
    let before = &toks[..comma];
    (comma >= 2 && before.iter().all(Token::is_word) && ends_span_of_time(&before[comma - 1]))
        .then_some(comma + 1)
}

/// "First, Berg ...", "Hours later, Berg ...", "Smiling broadly, Berg ...", "Eight years ago, he ...": a sentence
/// opening with a common word (and "later", "earlier" or "ago", or a participle's phrase) and a comma before a name
/// (or, after a span of time, a pronoun); the index of the name. A name word before the comma ("Berg, Okafor and
/// ...") is no opening phrase.
fn opening_adverbial(toks: &[Token]) -> Option<usize> {
    let first = toks.first()?;
    let lower = first.lower();
    // "Speaking to dock workers in Harbourton, Norway, Berg went after ...": an opening participle's phrase runs to the
    // comma after which a name is not followed by another comma.
    let participle = lower.ends_with("ing") || lower.ends_with("ed");
    let second = toks.get(1)?;
    let comma = if second.text == "," {
        1
    } else if ends_span_of_time(second) && toks.get(2)?.text == "," {
        2
    } else if toks.get(2).is_some_and(ends_span_of_time) && toks.get(3)?.text == "," {
        // "Eight years ago, he ...".
        3
    } else if (lower.ends_with("ly")
        || matches!(lower.as_str(), "late" | "later" | "earlier" | "soon"))
        && (is_preposition(&second.lower())
            || matches!(
                second.lower().as_str(),
                "after" | "before" | "since" | "following"
            ))
    {
        // "Late in the season, Lund ...", "Shortly after the vote, she ...": an adverb and its preposition's
        // phrase ("after", "before", "since" and "following" as well).
        let c = toks.iter().take(10).position(|t| t.text == ",")?;
        if !toks[1..c].iter().all(Token::is_word) {
            return None;
        }
        return toks
            .get(c + 1)
            .is_some_and(|t| is_name_word(t) || is_pronoun(t.text))
            .then_some(c + 1);
    } else if participle {
        (2..toks.len().min(30)).find(|&c| {
            let end = run_end(toks, c + 1);
            // "Okafor, 70, said": an age after the name is no list.
            let age = toks.get(end + 1).is_some_and(is_number)
                && toks.get(end + 2).is_some_and(|t| t.text == ",");
            toks[c].text == ","
                && toks.get(c + 1).is_some_and(is_name_word)
                && toks.get(end).is_none_or(|t| t.text != "," || age)
        })?
    } else {
        return None;
    };
    let subject_follows = toks
        .get(comma + 1)
        .is_some_and(|t| is_name_word(t) || (comma >= 2 && is_pronoun(t.text)));
    (first.is_capitalised() && is_plain_common_word(first.text) && subject_follows)
        .then_some(comma + 1)
}

/// A common word that is no given name or surname: "Now", "First", not "Berg" or "Rose".
fn is_plain_common_word(word: &str) -> bool {
    use crate::extract::gazetteer::{is_common_word, GIVEN, SURNAME};
    let gazetteer = &crate::extract::entities::engine().gazetteer;
    is_common_word(&word.to_lowercase()) && gazetteer.word_flags(word) & (GIVEN | SURNAME) == 0
}

/// The last word of a span of time: "later", "earlier", "ago".
fn ends_span_of_time(t: &Token) -> bool {
    matches!(t.lower().as_str(), "later" | "earlier" | "ago")
}

/// A description opening a sentence as its subject: `The harbour board voted ...`, `The retired ferryman, who
/// ..., said` -> "The harbour board", "The retired ferryman". It runs from a determiner to the word before the
/// first verb-like word (a cue, an auxiliary, a past form in -ed after the first word or a common irregular one, a
/// present form in -s after a singular noun) or a comma, at most five words, and must have a noun after its determiner.
fn description_subject(toks: &[Token]) -> Option<Phrase> {
    let connector = toks.first().is_some_and(is_connector);
    // "Still, the board ...": a comma after the connector.
    let start = usize::from(connector)
        + usize::from(connector && toks.get(1).is_some_and(|t| t.text == ","));
    // "On Monday, the harbour board ...": after an opening phrase and its comma, but not after "According to
    // X," whose X is the source.
    // "Their union sent a letter saying": a possessive pronoun opens a description as an article does.
    let possessive_pronoun = |t: &Token| {
        matches!(
            t.lower().as_str(),
            "his" | "her" | "their" | "its" | "my" | "our" | "your"
        )
    };
    let start = if toks
        .get(start)
        .is_some_and(|t| is_determiner(t.text) || possessive_pronoun(t))
    {
        start
    } else if according_to(toks, start).is_some() {
        return None;
    } else {
        subject_start(toks)?
    };
    let first = toks.get(start)?;
    // "About 200 protesters gathered", "More than 500 Lund fans": a count, with the words that bound it, opens
    // the phrase; the words after the count are read as after an article.
    let phrase_start = start;
    let count = count_opening(toks, start);
    // "One poster", "Another official": a count of one, like an article.
    if !matches!(
        first.lower().as_str(),
        "the" | "a" | "an" | "one" | "another"
    ) && !possessive_pronoun(first)
        && count.is_none()
    {
        return None;
    }
    // "Dozens of crews", "hundreds of the dockers": "of" after a count leads to the counted noun.
    let start = count.map_or(start, |c| {
        let of = toks.get(c + 1).is_some_and(|t| t.lower() == "of")
            && toks
                .get(c + 2)
                .is_some_and(|t| t.is_word() && !t.is_capitalised());
        if of {
            c + 1
        } else {
            c
        }
    });
    let mut end = start + 1;
    while end < toks.len() && end - start <= 5 {
        let t = &toks[end];
        let lower = t.lower();
        // "The report accuses": a cue word right after the determiner is a noun.
        // "The Northern State": a capitalised cue word is part of a name.
        let verb_like = (is_cue(t.text) && end > start + 1 && !t.is_capitalised())
            || is_auxiliary(t.text)
            || is_filler(t.text)
            // "The clerk first denied": "first" after the noun is an adverb ("the first clerk" is not).
            || (lower == "first" && end > start + 1)
            // "The retired ferryman": a form in -ed right after the determiner describes the noun.
            || (lower.ends_with("ed") && !t.is_capitalised() && end > start + 1)
            || is_irregular_past(&lower)
            // "several fishing groups": after a count, the noun is a plural.
            || (lower.ends_with('s')
                && count.is_none()
                && !lower.ends_with("ss")
                && !t.is_capitalised()
                && end > start + 1
                && !toks[end - 1].lower().ends_with('s')
                && !is_determiner(toks[end - 1].text)
                // "The civil rights group": a plural that qualifies the noun after it.
                && !(is_plural_modifier(&lower)
                    && toks.get(end + 1).is_some_and(|n| n.is_word() && !n.is_capitalised())));
        if !t.is_word() || verb_like || is_preposition(&lower) || is_pronoun(t.text) {
            break;
        }
        end += 1;
    }
    // "A group of 40 dockers published", "a crowd of protesters chanted": after a noun for a group, "of" and whom
    // it holds (a count, then up to four words before a verb or a comma) belong to the description.
    if end > start + 1
        && toks.get(end).is_some_and(|t| t.lower() == "of")
        && is_group_noun(&toks[end - 1].lower())
    {
        let from = end + 1 + usize::from(toks.get(end + 1).is_some_and(is_count));
        let members = toks[from.min(toks.len())..]
            .iter()
            .take(4)
            .take_while(|t| {
                t.is_word()
                    && !is_verb_after_subject(t)
                    && !is_preposition(&t.lower())
                    && !is_pronoun(t.text)
                    && !is_determiner(t.text)
            })
            .count();
        let next = toks.get(from + members);
        let stops = next.is_some_and(|t| t.text == "," || is_verb_after_subject(t));
        if members > 0 && stops {
            return Some(described(&toks[phrase_start..from + members]));
        }
    }
    // "A spokeswoman for the Harbour Board said", "One aide inside Harbour Tower tried": a preposition and a name
    // (capitalised words, "the", "of", "and") belong to the description.
    if end > start + 1
        && end - start <= 5
        && toks.get(end).is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "for" | "of" | "at" | "with" | "in" | "inside" | "within" | "from"
            )
        })
    {
        let run = toks[end + 1..]
            .iter()
            .take(9)
            .take_while(|t| is_name_word(t) || matches!(t.lower().as_str(), "the" | "of" | "and"))
            .count();
        let next = end + 1 + run;
        let ends_capitalised = run > 0 && is_name_word(&toks[next - 1]);
        let verb_after = toks
            .get(next)
            .is_some_and(|t| t.is_word() && !t.is_capitalised() && is_verb_after_subject(t));
        if ends_capitalised && verb_after {
            return Some(described(&toks[phrase_start..next]));
        }
    }
    // "The Berg campaign on Monday also said": a day after "on" stands between the subject and its verb.
    let day = toks.get(end).is_some_and(|t| t.lower() == "on")
        && toks.get(end + 1).is_some_and(|t| {
            t.is_capitalised() && super::words::DAYS_AND_MONTHS.contains(&t.lower().as_str())
        });
    // The phrase must stop at a verb or a comma, not run out or into a preposition.
    let stops_well = day
        || toks.get(end).is_some_and(|t| {
            let lower = t.lower();
            t.text == "," || (t.is_word() && !is_preposition(&lower) && !is_pronoun(t.text))
        });
    // "The civil rights group the Quay League strongly denounced": a name after "the" closing a description is
    // what it describes.
    if stops_well && end - start >= 4 {
        if let Some(the) = (start + 2..end - 1).find(|&j| toks[j].lower() == "the") {
            if toks[the + 1..end].iter().all(is_name_word) {
                if let Some(name) = name_from_run(&toks[the + 1..end], true) {
                    return Some(name);
                }
            }
        }
    }
    if end <= start + 1 || end - start > 5 || !stops_well {
        return None;
    }
    let words = &toks[phrase_start..end];
    if !is_noun_phrase(words) || words.iter().skip(1).all(|t| is_determiner(t.text)) {
        return None;
    }
    Some(described(words))
}

/// A noun for a group of people that "of" and its members follow: "a group of dockers", "a crowd of protesters".
fn is_group_noun(lower: &str) -> bool {
    matches!(
        lower,
        "group"
            | "coalition"
            | "crowd"
            | "team"
            | "number"
            | "handful"
            | "band"
            | "panel"
            | "delegation"
            | "couple"
            | "pair"
            | "trio"
            | "chorus"
            | "bunch"
    )
}

/// A description kept as written ("a ministry spokesman"), standing for an organisation or a group rather than
/// a person.
fn described(words: &[Token]) -> Phrase {
    // "a harbour official who": a relative pronoun cut from its clause is no part of the description.
    let words = match words {
        [head @ .., who]
            if head.len() >= 2 && matches!(who.lower().as_str(), "who" | "which" | "that") =>
        {
            head
        }
        _ => words,
    };
    let (text, span) = joined(words);
    Phrase {
        kind: PhraseKind::Description,
        text,
        span,
        org_like: true,
    }
}

/// A past form in lower case ("denied", "took"): a verb or a participle, never a name.
fn is_lower_past(t: &Token) -> bool {
    !t.is_capitalised() && is_past_form(&t.lower())
}

/// A word, in lower case, in a past form: a regular "-ed" or an irregular one.
fn is_past_form(lower: &str) -> bool {
    lower.ends_with("ed") || is_irregular_past(lower)
}

/// Common irregular past forms that follow a subject ("sought", "began").
fn is_irregular_past(lower: &str) -> bool {
    matches!(
        lower,
        "began"
            | "sought"
            | "took"
            | "made"
            | "gave"
            | "went"
            | "came"
            | "spoke"
            | "thought"
            | "felt"
            | "kept"
            | "left"
            | "met"
            | "ran"
            | "saw"
            | "sent"
            | "stood"
            | "won"
            | "held"
            | "brought"
            | "got"
            | "led"
            | "found"
            | "became"
            | "chose"
            | "lost"
            | "meant"
            | "paid"
            | "rose"
            | "sat"
            | "sold"
            | "spent"
            | "struck"
            | "taught"
            | "threw"
            | "drew"
            | "knew"
            | "heard"
    )
}

/// The speaker of the last cue verb in a paragraph without quotes ("Kerry said that..."), if it has a subject.
pub(super) fn last_cue_phrase(text: &str, paragraph: Span) -> Option<Phrase> {
    let toks = tokenize(text, paragraph);
    // "Berg made the following comment:": a paragraph that introduces what follows speaks through its subject.
    if toks.last().is_some_and(|t| t.text == ":") {
        if let Some(subject) = last_sentence_subject(text, paragraph) {
            return Some(subject);
        }
        // "The Harbour Daily reports:": a cue that may mean something else elsewhere ("reports", "notes") speaks
        // right before the colon, after its subject.
        if let [.., before, cue, _] = toks.as_slice() {
            if cue.is_word()
                && is_weak_cue(cue.text)
                && !cue.is_capitalised()
                && before.is_word()
                && !is_determiner(before.text)
                && !is_possessive(before.text)
            {
                if let Some(phrase) = phrase_before(&toks[..toks.len() - 2], false) {
                    return Some(phrase);
                }
            }
        }
    }
    // The last 400 words or marks only: the speaker is named near the paragraph's end, and a paragraph of
    // thousands of cue words must not be read back once for each.
    let toks = &toks[toks.len().saturating_sub(400)..];
    let cue_phrase = |k: usize| {
        let t = &toks[k];
        // "made the following comment", "her statement": a cue word after a determiner is a noun, unless a word
        // stands between and the cue is a form only a verb has ("The mayor said").
        let lower = t.lower();
        let verb_form = lower.ends_with("ed")
            || matches!(
                lower.as_str(),
                "said" | "says" | "told" | "tells" | "wrote" | "writes" | "spoke"
            );
        let noun = toks[k.saturating_sub(2)..k]
            .iter()
            .rev()
            .enumerate()
            .any(|(back, w)| {
                (is_determiner(w.text) || is_possessive(w.text)) && (back == 0 || !verb_form)
            });
        // "doctors must have admitting privileges": a form in -ing right after "have" describes a noun.
        let adjective = lower.ends_with("ing")
            && k > 0
            && matches!(
                toks[k - 1].lower().as_str(),
                "have" | "has" | "had" | "having"
            );
        let strong_cue =
            t.is_word() && is_cue(t.text) && !is_weak_cue(t.text) && !noun && !adjective;
        if strong_cue {
            return phrase_before(&toks[..k], false);
        }
        // "The party issued a statement on Monday.": whoever issues a statement speaks what follows it.
        issued_document(&toks[..=k]).and_then(|verb| phrase_before(&toks[..verb], false))
    };
    let last = (1..toks.len())
        .rev()
        .find_map(|k| cue_phrase(k).map(|p| (k, p)))?;
    // "Okafor said that for years his rivals had been warning of ...": the sentence's first cue is its main
    // verb, unless the last one closes the sentence after a comma ("..., the mayor said.").
    let sentence_start = toks[..last.0]
        .iter()
        .rposition(|t| matches!(t.text, "." | "?" | "!"))
        .map_or(1, |p| p + 1);
    let closing = toks[..last.0].iter().rev().take(6).any(|t| t.text == ",")
        && toks[last.0 + 1..]
            .iter()
            .take_while(|t| t.text != ".")
            .count()
            <= 4;
    if closing {
        return Some(last.1);
    }
    (sentence_start..last.0)
        .find_map(cue_phrase)
        .or(Some(last.1))
}

/// Where the verb stands when `toks` ends in a document put out by the verb's subject: "issued a statement",
/// "released a brief statement", "sent a letter", "published an open letter".
fn issued_document(toks: &[Token]) -> Option<usize> {
    let noun = toks.last()?;
    if !is_issued_document(&noun.lower()) {
        return None;
    }
    let n = toks.len() - 1;
    // One word may stand between the article and the noun ("a brief statement", "an open letter").
    (2..=3).filter(|&back| back <= n).find_map(|back| {
        let verb = n - back;
        let article = &toks[verb + 1];
        let issued = is_issuing_verb(&toks[verb].lower());
        let adjective_ok = back == 2 || toks[verb + 2].text.starts_with(char::is_lowercase);
        (issued && matches!(article.lower().as_str(), "a" | "an") && adjective_ok).then_some(verb)
    })
}

/// A document someone puts out to speak for them: "statement", "letter", "memo".
fn is_issued_document(lower: &str) -> bool {
    matches!(
        lower,
        "statement" | "letter" | "memo" | "memorandum" | "communique" | "communiqué"
    )
}

/// A verb of putting out a document, in the past: "issued", "released".
fn is_issuing_verb(lower: &str) -> bool {
    matches!(
        lower,
        "issued" | "released" | "published" | "sent" | "posted" | "delivered" | "circulated"
    )
}

/// The subject (a name or a pronoun) of the last sentence in `range` ("Sen. Lindqvist, who chairs the board,
/// walked the pier."), the likely speaker of a quotation that follows it with no cue; the sentence's closing stop
/// or colon is left out.
pub(super) fn last_sentence_subject(text: &str, range: Span) -> Option<Phrase> {
    sentence_subject(&last_sentence(text, range))
}

/// [`last_sentence_subject`], or else a description opening that sentence ("The ferry company changed course.").
pub(super) fn last_sentence_actor(text: &str, range: Span) -> Option<Phrase> {
    let toks = last_sentence(text, range);
    sentence_subject(&toks).or_else(|| description_subject(&toks))
}

/// The tokens of the last sentence in `range`, up to its closing stop, left out so that the sentence it ends is
/// the last one in the range.
fn last_sentence(text: &str, range: Span) -> Vec<Token<'_>> {
    let trimmed = range.slice(text).trim_end();
    let end = range.start + trimmed.char_indices().last().map_or(0, |(i, _)| i);
    let start = last_sentence_break(text, Span::new(range.start, end)).unwrap_or(range.start);
    tokenize(text, Span::new(start, end))
}

/// `according to X`, `in the words of X`, and `in X's words`.
fn according_to(toks: &[Token], k: usize) -> Option<Attribution> {
    if let Some(a) = in_names_words(toks, k) {
        return Some(a);
    }
    let words: Vec<String> = toks.iter().skip(k).take(4).map(Token::lower).collect();
    let len = match words.as_slice() {
        [a, b, ..] if a == "according" && b == "to" => 2,
        [a, b, c, d] if a == "in" && b == "the" && c == "words" && d == "of" => 4,
        _ => return None,
    };
    Some(Attribution {
        subject_only: false,
        cue: Some(Span::new(toks[k].span.start, toks[k + len - 1].span.end)),
        phrase: phrase_after(&toks[k + len..]),
    })
}

/// `in Lund's words`, `in Harbours' own words`: one to four capitalised words, the last a possessive, between "in"
/// and "words" name the source.
fn in_names_words(toks: &[Token], k: usize) -> Option<Attribution> {
    if toks.get(k)?.lower() != "in" {
        return None;
    }
    let run = toks[k + 1..]
        .iter()
        .take(5)
        .take_while(|t| t.is_word() && t.is_capitalised())
        .count();
    if run == 0 || run > 4 || !is_possessive(toks[k + run].text) {
        return None;
    }
    let mut after = toks[k + run + 1..].iter();
    let mut next = after.next()?;
    if next.lower() == "own" {
        next = after.next()?;
    }
    if next.lower() != "words" {
        return None;
    }
    Some(Attribution {
        subject_only: false,
        cue: Some(Span::new(toks[k].span.start, next.span.end)),
        phrase: name_from_run(&toks[k + 1..=k + run], false),
    })
}

fn joined(text_tokens: &[Token]) -> (String, Span) {
    let words: Vec<&str> = text_tokens.iter().map(|t| t.text).collect();
    let span = Span::new(
        text_tokens[0].span.start,
        text_tokens[text_tokens.len() - 1].span.end,
    );
    (words.join(" "), span)
}

/// A name from a run of capitalised tokens: leading titles dropped, possessives removed.
fn name_from_run(run: &[Token], org_like: bool) -> Option<Phrase> {
    // A long run of capitalised words is a headline, not a name: keep its last two words.
    let run = if run.len() > 4 {
        &run[run.len() - 2..]
    } else {
        run
    };
    let words: Vec<&str> = run.iter().map(|t| t.text).collect();
    let kept = &run[super::words::name_start(&words)..];
    if kept.is_empty() || (kept.len() == 1 && is_title(kept[0].text) && run.len() > 1) {
        return None;
    }
    let words: Vec<&str> = kept.iter().map(|t| strip_possessive(t.text)).collect();
    let span = Span::new(kept[0].span.start, kept[kept.len() - 1].span.end);
    Some(Phrase {
        kind: PhraseKind::Name,
        text: words.join(" "),
        span,
        org_like,
    })
}

fn is_name_word(t: &Token) -> bool {
    t.is_word() && t.is_capitalised() && !is_capitalised_function_word(t.text)
}

/// The end (exclusive) of the run of name words starting at `start`.
fn run_end(toks: &[Token], start: usize) -> usize {
    start + toks[start..].iter().take_while(|t| is_name_word(t)).count()
}

/// The start of the run of name words ending at `end` (exclusive), connectors allowed inside.
fn run_start(toks: &[Token], end: usize) -> usize {
    let mut start = end;
    while start > 0 {
        let t = &toks[start - 1];
        let connector = is_name_connector(t.text)
            && start < end
            && start >= 2
            && is_name_word(&toks[start - 2]);
        if is_name_word(t) || connector {
            start -= 1;
        } else {
            break;
        }
    }
    start
}

/// The speaker phrase that ends `toks` (the words before a cue). `bounded`: `toks` holds only the phrase (after a
/// quote), so a description may run to its start.
pub(super) fn phrase_before(toks: &[Token], bounded: bool) -> Option<Phrase> {
    if let Some(share) = share_subject(toks) {
        return Some(share);
    }
    let Some(phrase) = phrase_before_within(toks, bounded, 8) else {
        return quantity_subject(toks);
    };
    // "crowd the area so that harbour pilots described": "that" inside a description opens a clause, whose
    // subject is the speaker.
    if phrase.kind == PhraseKind::Description {
        let from = toks.partition_point(|t| t.span.start <= phrase.span.start);
        let clause = toks[from..]
            .iter()
            .rposition(|t| t.span.end <= phrase.span.end && matches!(t.text, "that" | "whether"));
        if let Some(at) = clause {
            return phrase_before(&toks[from + at + 1..], true);
        }
    }
    // "The skipper who built the boat said": the object inside a relative clause is not the subject; the noun
    // the clause describes is.
    let at = toks.partition_point(|t| t.span.start < phrase.span.start);
    let clause = toks[..at]
        .iter()
        .rev()
        .take(6)
        .take_while(|t| t.is_word() && !t.is_capitalised())
        .position(|t| matches!(t.lower().as_str(), "who" | "which"));
    if let Some(back) = clause.filter(|&b| b >= 1) {
        let who = at - 1 - back;
        if who > 0 && toks[who - 1].is_word() {
            if let Some(antecedent) = phrase_before_within(&toks[..who], bounded, 8) {
                return Some(antecedent);
            }
        }
    }
    // "Tom Slinker, whose start-up, Paradata, uses data, said": a name inside a clause opened by ", whose" is not
    // the subject; the name the clause describes is.
    let whose = toks[at.saturating_sub(15)..at]
        .iter()
        .rposition(|t| t.lower() == "whose")
        .map(|w| at.saturating_sub(15) + w);
    if let Some(w) = whose.filter(|&w| w >= 2 && toks[w - 1].text == ",") {
        let clause = &toks[w..at];
        // The clause has its own verb after the name, and ends before the cue: not "Lund, whose rival Anna Berg
        // said", whose cue is the clause's own.
        let after = &toks[toks.partition_point(|t| t.span.start < phrase.span.end)..];
        let own_verb = after
            .windows(2)
            .any(|p| p[0].text == "," && p[1].is_word() && !p[1].is_capitalised());
        if own_verb && !clause.iter().any(is_sentence_punct) {
            if let Some(antecedent) = phrase_before_within(&toks[..w - 1], bounded, 8)
                .filter(|p| p.kind == PhraseKind::Name)
            {
                return Some(antecedent);
            }
        }
    }
    if !super::words::is_state_abbreviation(&phrase.text) {
        return Some(phrase);
    }
    // `Anna Berg, 59, of Harbourton, Md., who watched, said`: a state's abbreviation ends a place; the speaker is
    // the name standing alone between commas that the place's appositive follows, or no one.
    toks.split(|t| t.text == ",")
        .take_while(|seg| seg.last().is_none_or(|t| t.span.end <= phrase.span.start))
        .find(|seg| (1..=4).contains(&seg.len()) && seg.iter().all(is_name_word))
        .and_then(|seg| name_from_run(seg, false))
}

/// "21 percent said", "About four in 10 harbour voters say", "at least half of the harbour's residents say": a share
/// of those polled, ending `toks` (the words before a cue), is the speaker as written. It opens the sentence or
/// follows a connector, a comma or "which"; a word for "about" may stand before it.
fn share_subject(toks: &[Token]) -> Option<Phrase> {
    let n = toks.len();
    let number = |t: &Token| is_number(t) || t.lower() == "one" || is_small_number_word(&t.lower());
    // The share's first word and the index after it: "21 percent", "four in 10", "half", "a third".
    let (q, after) = (n.saturating_sub(10)..n).rev().find_map(|q| {
        let t = &toks[q];
        let next = |d: usize| toks.get(q + d).map(|t| t.lower());
        if number(t) && matches!(next(1).as_deref(), Some("percent" | "%")) {
            Some((q, q + 2))
        } else if number(t)
            && next(1).as_deref() == Some("in")
            && toks.get(q + 2).is_some_and(number)
        {
            Some((q, q + 3))
        } else if matches!(
            t.lower().as_str(),
            "half" | "majority" | "third" | "quarter"
        ) && matches!(next(1).as_deref(), None | Some("of"))
        {
            Some((q, q + 1))
        } else {
            None
        }
    })?;
    // "harbour voters", "of registered voters in each town": "of" and a few words, none a verb or a mark.
    let rest = &toks[after..];
    let words = match rest {
        [of, words @ ..] if of.lower() == "of" => words,
        _ => rest,
    };
    let of_whom = words.len() <= 6
        && words.iter().all(|t| {
            t.is_word() && !is_cue(t.text) && !is_past_form(&t.lower()) && !is_auxiliary(t.text)
        });
    if !of_whom {
        return None;
    }
    // "About", "nearly", "at least", "a", "an average of" before the share.
    let mut start = q;
    while start > 0
        && matches!(
            toks[start - 1].lower().as_str(),
            "about"
                | "roughly"
                | "nearly"
                | "almost"
                | "only"
                | "just"
                | "around"
                | "some"
                | "over"
                | "a"
                | "an"
                | "least"
                | "at"
                | "average"
                | "of"
                | "than"
                | "more"
        )
        && q - start < 4
    {
        start -= 1;
    }
    // "of" only after "average": "an average of 10 percent", not "most of 21 percent".
    if toks[start].lower() == "of" {
        start += 1;
    }
    let opens = start == 0 || {
        let before = &toks[start - 1];
        is_sentence_punct(before)
            || is_connector(before)
            || matches!(before.text, "," | "which" | "whom")
    };
    opens.then(|| {
        let mut share = described(&toks[start..]);
        // "31%": the sign is written against its number.
        share.text = share.text.replace(" %", "%");
        share
    })
}

/// "Others shouted", "Some, reacting to the delay, chanted": a word for part of a group opening the sentence,
/// right before its verb or an aside set off by commas, is the speaker as written.
fn quantity_subject(toks: &[Token]) -> Option<Phrase> {
    let mut start = sentence_start(toks);
    while toks.get(start).is_some_and(is_connector)
        || toks.get(start).is_some_and(|t| t.text == ",")
    {
        start += 1;
    }
    let first = toks.get(start)?;
    let quantity = matches!(
        first.lower().as_str(),
        "others" | "some" | "many" | "several" | "both" | "most" | "few"
    );
    let rest = &toks[start + 1..];
    let aside =
        rest.len() >= 3 && rest[0].text == "," && rest.last().is_some_and(|t| t.text == ",");
    (quantity && (rest.is_empty() || aside)).then(|| described(&toks[start..=start]))
}

/// [`phrase_before`], reading back over at most `depth` more commas: a speaker is never behind more appositives
/// than that, and a sentence of thousands of commas must not recurse once for each.
fn phrase_before_within(toks: &[Token], bounded: bool, depth: u8) -> Option<Phrase> {
    let mut end = toks.len();
    loop {
        // "Harbour Watch first reported": "first" between a name and its cue is an adverb.
        let adverb_after_name =
            |end: usize| end >= 2 && toks[end - 1].text == "first" && is_name_word(&toks[end - 2]);
        while end > 0
            && toks[end - 1].is_word()
            && ((is_filler(toks[end - 1].text) && !is_pronoun(toks[end - 1].text))
                || adverb_after_name(end))
        {
            end -= 1;
        }
        // "The ferry company three days ago admitted": a span of time between the subject and its cue.
        if end > 0 && toks[end - 1].lower() == "ago" {
            let words = toks[..end - 1]
                .iter()
                .rev()
                .take(5)
                .take_while(|t| {
                    let w = t.lower();
                    let unit = w.strip_suffix('s').unwrap_or(&w);
                    is_number(t)
                        || matches!(
                            unit,
                            "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
                        )
                        || matches!(
                            w.as_str(),
                            "a" | "an"
                                | "few"
                                | "several"
                                | "less"
                                | "more"
                                | "than"
                                | "about"
                                | "just"
                                | "only"
                                | "nearly"
                                | "some"
                                | "one"
                                | "two"
                                | "three"
                                | "four"
                                | "five"
                                | "six"
                                | "ten"
                        )
                })
                .count();
            end -= 1 + words;
            continue;
        }
        // "A former mayor -- Tom Okafor, who ran the port -- said": a name opening an aside between dashes
        // is the speaker.
        if end > 0 && is_dash(&toks[end - 1]) {
            let mut close = end - 1;
            while close > 0 && is_dash(&toks[close - 1]) {
                close -= 1;
            }
            let open = toks[..close].iter().rposition(is_dash)?;
            let inner = &toks[open + 1..close];
            let run = inner.iter().take_while(|t| is_name_word(t)).count();
            if run > 0 && inner.get(run).is_none_or(|t| t.text == ",") {
                if let Some(name) = name_from_run(&inner[..run], false) {
                    return Some(name);
                }
            }
            return None;
        }
        // "Lund, who in 2010 said": a year, a day or a month after "in" or "on" between "who" or a name and the
        // cue.
        if end >= 3
            && matches!(toks[end - 2].lower().as_str(), "in" | "on")
            && ((is_number(&toks[end - 1]) && toks[end - 1].text.len() == 4)
                || super::words::DAYS_AND_MONTHS.contains(&toks[end - 1].lower().as_str()))
            && (toks[end - 3].lower() == "who" || is_name_word(&toks[end - 3]))
        {
            end -= 2;
            continue;
        }
        // "Lund was quick to add": a readiness between the subject and its cue.
        if end >= 3
            && toks[end - 1].text == "to"
            && matches!(
                toks[end - 2].text,
                "quick" | "careful" | "eager" | "keen" | "swift"
            )
            && matches!(
                toks[end - 3].lower().as_str(),
                "was" | "were" | "is" | "are" | "been"
            )
        {
            end -= 3;
            if toks[end].text == "been"
                && end > 0
                && matches!(toks[end - 1].text, "has" | "have" | "had")
            {
                end -= 1;
            }
            continue;
        }
        if end > 0 && toks[end - 1].text == ")" {
            match toks[..end - 1].iter().rposition(|t| t.text == "(") {
                Some(open) => {
                    end = open;
                    continue;
                }
                None => return None,
            }
        }
        break;
    }
    if end == 0 {
        return None;
    }
    let toks = &toks[..end];
    let last = &toks[end - 1];
    // "X did this and said": the subject of the coordinated verb opens the sentence.
    if matches!(last.lower().as_str(), "and" | "but" | "or") {
        return sentence_subject(toks);
    }
    // "a post from Anna Berg who wrote": "who" right after a name, with no comma, stands for it.
    if last.lower() == "who" && end >= 2 && is_name_word(&toks[end - 2]) {
        if let Some(named) = phrase_before_within(&toks[..end - 1], true, depth.saturating_sub(1))
            .filter(|p| p.kind == PhraseKind::Name)
        {
            return Some(named);
        }
    }
    // "Party favourite Anna Berg -- who had said": "who" after a dash stands for the name before it.
    if last.lower() == "who" && end >= 2 && is_dash(&toks[end - 2]) {
        let mut before = end - 2;
        while before > 0 && is_dash(&toks[before - 1]) {
            before -= 1;
        }
        if let Some(named) = phrase_before_within(&toks[..before], true, depth.saturating_sub(1))
            .filter(|p| p.kind == PhraseKind::Name)
        {
            return Some(named);
        }
    }
    // "Kiper, the regional governor, said" / "Trump, who ..., said": the subject stands before the first comma.
    if last.text == "," || matches!(last.lower().as_str(), "who" | "which") {
        let comma = if last.text == "," {
            end - 1
        } else {
            end.checked_sub(2).filter(|&c| toks[c].text == ",")?
        };
        let mut open = toks[..comma].iter().rposition(|t| t.text == ",");
        // "Berg, at a meeting in Harbourton, Maine, said": a place's state or country after its comma belongs to the
        // place, and the phrase it ends opens at the comma before.
        if let Some(o) = open {
            let state = &toks[o + 1..comma];
            let place = toks[..o]
                .iter()
                .rev()
                .take_while(|t| is_name_word(t))
                .count();
            let after_preposition = o > place && is_preposition(&toks[o - place - 1].lower());
            if (1..=2).contains(&state.len())
                && state.iter().all(is_name_word)
                && place > 0
                && after_preposition
            {
                open = toks[..o - place].iter().rposition(|t| t.text == ",");
            }
        }
        let inner = &toks[open.map_or(0, |o| o + 1)..comma];
        // "Domestically, the plan drew fire from Anna Berg, who called it": right before the cue, "who" stands for
        // the name before its comma, whatever opens the sentence.
        if last.lower() == "who" {
            if let Some(named) = phrase_before_within(inner, true, depth.saturating_sub(1))
                .filter(|p| p.kind == PhraseKind::Name)
            {
                return Some(named);
            }
            // "a lecture from the Norwegian mayor, who said": "who" stands for a person, so for a noun phrase
            // before its comma that names one ("the mayor"), not for the sentence's subject.
            if let Some(d) = inner.iter().rposition(|t| is_determiner(t.text)) {
                let np = &inner[d..];
                let person = np
                    .last()
                    .is_some_and(|h| super::words::names_a_person(&h.lower()));
                // Not an appositive between commas ("Lund, the board's strategist, who", "Lund, now the port
                // chief, who"): its name speaks.
                let appositive = d == 1
                    && matches!(
                        inner[0].lower().as_str(),
                        "now" | "then" | "still" | "once" | "formerly" | "currently" | "also"
                    );
                if d > 0
                    && !appositive
                    && (2..=6).contains(&np.len())
                    && person
                    && np[1..]
                        .iter()
                        .all(|t| t.is_word() && !is_preposition(&t.lower()))
                {
                    return Some(described(np));
                }
            }
        }
        // "Okafor, director of the Harbour Trust, a charity, said": when the words before this appositive are one
        // too (they open in lower case), the subject stands before them as well.
        let appositive_before = |o: usize| {
            let from = toks[..o]
                .iter()
                .rposition(|t| t.text == ",")
                .map(|p| p + 1)?;
            let first = toks.get(from).filter(|_| from < o)?;
            let lower = first.lower();
            let clause = lower.ends_with("ing")
                || lower.ends_with("ed")
                || matches!(
                    lower.as_str(),
                    "and"
                        | "but"
                        | "or"
                        | "that"
                        | "who"
                        | "which"
                        | "where"
                        | "when"
                        | "while"
                        | "as"
                        | "if"
                        | "because"
                        | "so"
                );
            (first.is_word() && !first.is_capitalised() && !clause).then_some(())
        };
        let skips_appositive = open.is_some_and(|o| appositive_before(o).is_some());
        let main = open.filter(|_| depth > 0).and_then(|o| {
            phrase_before_within(&toks[..o + usize::from(skips_appositive)], false, depth - 1)
        });
        // "Okafor said on Tuesday, adding": words between commas with a cue verb are a clause; its subject speaks.
        if let Some(c) = inner
            .iter()
            .position(|t| t.is_word() && is_cue(t.text) && !is_weak_cue(t.text))
            .filter(|&c| c > 0 && short_adverbial(&inner[c + 1..]))
        {
            return phrase_before_within(&inner[..c], true, depth.saturating_sub(1));
        }
        // "The lawsuit, which two ferry owners brought in Harbourton, claimed": a relative clause names no speaker.
        let relative = inner.first().is_some_and(|t| {
            matches!(
                t.lower().as_str(),
                "which" | "who" | "that" | "whose" | "where"
            )
        });
        let appositive = if relative {
            None
        } else {
            phrase_before_within(inner, true, depth.saturating_sub(1))
        };
        return match (main, appositive) {
            // "In a letter to the Post, her adviser, Tom Okafor, said": a name after an appositive is the speaker.
            (Some(m), Some(a))
                if skips_appositive
                    && a.kind == PhraseKind::Name
                    && inner.iter().all(is_name_word)
                    && object_of_preposition(toks, &m) =>
            {
                Some(a)
            }
            (Some(m), _) if m.kind != PhraseKind::Description => Some(m),
            (_, Some(a)) if a.kind == PhraseKind::Name => Some(a),
            (Some(m), _) => Some(m),
            (None, a) if open.is_none() => a,
            _ => None,
        };
    }
    let seg_start = toks.iter().rposition(|t| !t.is_word()).map_or(0, |p| p + 1);
    let seg = &toks[seg_start..];
    if seg.is_empty() {
        return None;
    }
    let last = &seg[seg.len() - 1];
    // "to read about it, adding": "it" or "you" after a preposition is its object.
    let object = seg.len() >= 2
        && matches!(last.lower().as_str(), "it" | "you")
        && (is_preposition(&seg[seg.len() - 2].lower())
            || matches!(
                seg[seg.len() - 2].lower().as_str(),
                "about" | "like" | "than" | "by"
            ));
    if object {
        return None;
    }
    if is_pronoun(last.text) {
        return Some(pronoun_phrase(last));
    }
    // "Tom Lund, the harbour board's spokesman said": an appositive whose closing comma is missing; the name of two
    // words or more that opens the sentence before its comma speaks.
    if seg_start >= 3 && toks[seg_start - 1].text == "," {
        let first = &seg[0];
        let appositive =
            is_determiner(first.text) || (!first.is_capitalised() && is_title(first.text));
        let name_end = seg_start - 1;
        let name_start = run_start(toks, name_end);
        let opens = name_start == 0 || !toks[name_start - 1].is_word();
        if appositive && opens && name_end - name_start >= 2 {
            if let Some(p) = name_from_run(&toks[name_start..name_end], false) {
                return Some(p);
            }
        }
    }
    let (start, end) = person_before_of(seg, run_start(seg, seg.len()), seg.len());
    // "A leaked letter seen by Harbour Weekly says": the paper that saw or published a document is not its
    // speaker; the document is.
    if start >= 2
        && start < end
        && seg[start - 1].lower() == "by"
        && matches!(
            seg[start - 2].lower().as_str(),
            "seen"
                | "obtained"
                | "reviewed"
                | "viewed"
                | "published"
                | "released"
                | "leaked"
                | "shared"
                | "cited"
        )
    {
        return description_ending(&seg[..start - 2], bounded);
    }
    // "A spokesman for Anna Berg said", "sources close to Mayor Berg": a name after a preposition is
    // what the described speaker is tied to, not who speaks.
    let after_the = start > 0 && seg[start - 1].lower() == "the";
    let prep = start.checked_sub(1 + usize::from(after_the)).filter(|&p| {
        p >= 1
            && matches!(
                seg[p].lower().as_str(),
                "for" | "to" | "with" | "of" | "from"
            )
            && (is_tied_speaker_word(&seg[p - 1].lower())
                // "The senator from Maine said", "the mayor of Harbourton said": an office and the place it
                // serves (a name of one or two words).
                || (end - start <= 2 && is_office_word(&seg[p - 1].lower())))
    });
    if let Some(p) = prep.filter(|_| start < end) {
        if let Some(d) =
            description_ending(seg, bounded).filter(|d| d.span.start < seg[p].span.start)
        {
            return Some(d);
        }
    }
    if start < end {
        if let Some(p) = name_from_run(&seg[start..end], after_the && end - start == 1) {
            return Some(p);
        }
    }
    description_ending(seg, bounded)
}

/// A word for an office or a member of a place's people, which a preposition ties to that place: "the senator from",
/// "the mayor of", "a woman from".
fn is_office_word(lower: &str) -> bool {
    const OFFICES: &[&str] = &[
        "senator",
        "governor",
        "mayor",
        "congressman",
        "congresswoman",
        "lawmaker",
        "legislator",
        "president",
        "chairman",
        "chairwoman",
        "chair",
        "head",
        "leader",
        "minister",
        "ambassador",
        "secretary",
        "chief",
        "founder",
        "resident",
        "voter",
        "delegate",
        "candidate",
        "man",
        "woman",
        "mother",
        "father",
        "owner",
    ];
    OFFICES.contains(&lower.strip_suffix('s').unwrap_or(lower))
}

/// A word for someone who speaks for, or close to, whoever is named after it, or works for it: "a spokesman for",
/// "a source close to", "an official familiar with", "a reporter for".
fn is_tied_speaker_word(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').unwrap_or(lower);
    matches!(
        singular,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "spokeswomen"
            | "source"
            | "official"
            | "aide"
            | "adviser"
            | "advisor"
            | "lawyer"
            | "attorney"
            | "representative"
            | "staffer"
            | "strategist"
            | "friend"
            | "ally"
            | "allie"
            | "close"
            | "familiar"
            | "speaking"
            | "talking"
            | "loyal"
            | "near"
            | "reporter"
            | "correspondent"
            | "columnist"
            | "editor"
            | "analyst"
            | "economist"
            | "researcher"
            | "member"
            | "employee"
            | "worker"
            | "volunteer"
            | "supporter"
            | "executive"
            | "director"
            | "officer"
            | "agent"
    )
}

/// The tokens of `toks` that end before `phrase` starts, nearest first.
fn tokens_before<'t, 'a>(
    toks: &'t [Token<'a>],
    phrase: &Phrase,
) -> impl Iterator<Item = &'t Token<'a>> {
    toks[..toks.partition_point(|t| t.span.end <= phrase.span.start)]
        .iter()
        .rev()
}

/// `A letter from the Harbour Trust obtained by the Harbour Daily warns that "..."`: a name after a past
/// participle and "by" is the participle's agent; the cue's subject is the description the sentence opens with.
/// Any other phrase is returned as it is.
fn agent_of_participle(toks: &[Token], phrase: Phrase) -> Phrase {
    let mut before = tokens_before(toks, &phrase).skip_while(|t| is_determiner(t.text));
    let (Some(by), Some(participle)) = (before.next(), before.next()) else {
        return phrase;
    };
    let is_participle = participle.is_word()
        && !participle.is_capitalised()
        && matches!(
            participle.lower().as_str(),
            "obtained"
                | "seen"
                | "reviewed"
                | "released"
                | "published"
                | "posted"
                | "issued"
                | "sent"
                | "signed"
                | "filed"
                | "written"
                | "prepared"
                | "commissioned"
                | "cited"
        );
    if phrase.kind != PhraseKind::Name || by.lower() != "by" || !is_participle {
        return phrase;
    }
    // Read up to the participle, which ends the description as a verb would.
    let upto = toks.partition_point(|t| t.span.start <= participle.span.start);
    description_subject(&toks[..upto])
        .filter(|d| d.span.end <= participle.span.start)
        .unwrap_or(phrase)
}

/// "to the Post": a phrase after a preposition (and "the"), which is no subject.
fn object_of_preposition(toks: &[Token], phrase: &Phrase) -> bool {
    let mut words = tokens_before(toks, phrase);
    let mut t = words.next();
    if t.is_some_and(|t| t.lower() == "the") {
        t = words.next();
    }
    t.is_some_and(|t| is_preposition(&t.lower()))
}

/// "Sen. John Smith of Texas": when the run `start..end` is a place after "of", the person's run before it.
fn person_before_of(seg: &[Token], start: usize, end: usize) -> (usize, usize) {
    if start >= 2
        && seg[start - 1].text == "of"
        && is_name_word(&seg[start - 2])
        && end - start <= 2
    {
        let person_start = run_start(seg, start - 1);
        // Not "the Harbour Council of Vasa": a name after "the" is no person's.
        let after_article = person_start > 0 && seg[person_start - 1].lower() == "the";
        if (start - 1 - person_start >= 2 || is_title(seg[person_start].text)) && !after_article {
            return (person_start, start - 1);
        }
    }
    // "Tom Lund of the Harbour Trust for Coastal Studies": a name of two words or more before "of the" and an
    // organisation's name (its own "for", "of" or "and" included) is the person; the rest is where they work.
    let mut s = start;
    for _ in 0..4 {
        if s < 3 {
            break;
        }
        if seg[s - 1].lower() == "the" && seg[s - 2].text == "of" && is_name_word(&seg[s - 3]) {
            let person_start = run_start(seg, s - 2);
            if s - 2 - person_start >= 2 && !is_title(seg[s - 3].text) {
                return (person_start, s - 2);
            }
            break;
        }
        if !matches!(seg[s - 1].text, "for" | "of" | "and") || !is_name_word(&seg[s - 2]) {
            break;
        }
        s = run_start(seg, s - 1);
    }
    (start, end)
}

/// "a ministry spokesman", "a source familiar with the talks", "Trump’s campaign", "officials".
fn description_ending(seg: &[Token], bounded: bool) -> Option<Phrase> {
    let mut k = seg.len();
    let mut found = None;
    // Whether the phrase found so far is the object of a preposition ("walking along the quay").
    let mut after_preposition = false;
    // Whether a count opens the phrase ("More than 500 fans"): its capitalised bound stays.
    let mut counted = false;
    while k > 0 && seg.len() - k < 9 {
        k -= 1;
        let t = &seg[k];
        let possessive_name = t.is_capitalised() && is_possessive(t.text);
        // "Someone called it", "someone in the crowd shouted": an indefinite pronoun heads a phrase of its own.
        if is_someone(t) {
            found = Some(k);
            after_preposition = false;
            break;
        }
        // "More than 500 ferry fans said", "At least 30 dockers said": a count with a noun after it opens the
        // phrase, with the words that bound it.
        if is_count(t) && k + 1 < seg.len() && !(k > 0 && is_determiner(seg[k - 1].text)) {
            let bound = (1..=2)
                .rev()
                .find(|&b| k >= b && count_opening(seg, k - b) == Some(k))
                .unwrap_or(0);
            k -= bound;
            found = Some(k);
            counted = true;
            after_preposition = k > 0 && is_preposition(&seg[k - 1].lower());
            break;
        }
        if is_determiner(t.text) || possessive_name {
            // "The two captains", "his other sons": an article or a possessive pronoun before a count opens the
            // phrase.
            let article = |w: &str| {
                matches!(
                    w,
                    "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our"
                )
            };
            let opens = |w: &str| article(w) || matches!(w, "these" | "those");
            if k > 0 && !possessive_name && !article(&t.lower()) && opens(&seg[k - 1].lower()) {
                k -= 1;
            }
            after_preposition = k > 0 && is_preposition(&seg[k - 1].lower());
            // "Anna Berg’s campaign manager", "the Harbour Daily’s editor": the whole name before the possessive
            // belongs to the phrase, and so does an article before it.
            if possessive_name {
                k = run_start(seg, k + 1).max(seg.len().saturating_sub(9));
                if k > 0 && seg[k - 1].lower() == "the" {
                    k -= 1;
                }
            }
            found = Some(k);
            // "Okafor at the hearing called": a name before the preposition is the subject (below).
            if !after_preposition || (k >= 2 && is_name_word(&seg[k - 2])) {
                break;
            }
        } else if t.is_capitalised() && is_capitalised_function_word(t.text) {
            break;
        }
    }
    // "but at a second meeting said": a conjunction may open the segment before its preposition.
    let opening = usize::from(
        seg.len() > 1
            && matches!(
                seg[0].lower().as_str(),
                "but" | "and" | "or" | "yet" | "then"
            ),
    );
    let start = match found {
        // "on her blog": a preposition's phrase alone names no one ("with" opens an absolute phrase's subject:
        // "with the crowd chanting").
        Some(_)
            if after_preposition
                && is_preposition(&seg[opening].lower())
                && seg[opening].lower() != "with" =>
        {
            return None
        }
        // "Fans walking along the quay chanted": the subject is the bare plural that opens the
        // segment, not the object of the preposition.
        Some(_) if after_preposition && k == 0 && !is_capitalised_function_word(seg[0].text) => 0,
        // "when Berg at the hearing called": the name before the preposition is the subject.
        Some(s) if after_preposition && s >= 2 && is_name_word(&seg[s - 2]) => {
            let end = s - 1;
            return name_from_run(&seg[run_start(seg, end)..end], false);
        }
        // "Berg, who has on the radio described ...": a preposition's object inside a relative clause is not the
        // subject.
        Some(s)
            if after_preposition
                && seg[..s]
                    .iter()
                    .any(|t| matches!(t.lower().as_str(), "who" | "which" | "that")) =>
        {
            return None
        }
        Some(s) => s,
        None if bounded || seg.len() <= 2 => 0,
        None => return None,
    };
    let start = start
        + seg[start..]
            .iter()
            .take_while(|t| {
                !counted
                    && is_capitalised_function_word(t.text)
                    && !is_determiner(t.text)
                    && !is_someone(t)
            })
            .count();
    // "a shopper would now ask": the verb group's auxiliary and adverbs are not part of the subject.
    let mut end = seg.len();
    while end > start
        && seg[end - 1].is_word()
        && (is_auxiliary(seg[end - 1].text) || is_filler(seg[end - 1].text))
    {
        end -= 1;
    }
    let mut words = &seg[start..end];
    // "A harbour official who spoke anonymously said": a relative clause after the noun is no part of the
    // description.
    if words.len() >= 3 && is_determiner(words[0].text) {
        if let Some(j) =
            (2..words.len()).find(|&j| matches!(words[j].lower().as_str(), "who" | "which"))
        {
            words = &words[..j];
        }
    }
    // "a council leaflet printed Monday accuses": a participle after the noun only qualifies it; after an adverb
    // ("a carefully worded") the noun is missing.
    if words.len() >= 3 && is_determiner(words[0].text) {
        let last = &words[words.len() - 1];
        if !last.is_capitalised() && last.lower().ends_with("ed") {
            if words[words.len() - 2].lower().ends_with("ly") {
                return None;
            }
            words = &words[..words.len() - 1];
        }
    }
    // "The harbour senator emailed members saying": a past form after the noun, with words after it, is the verb
    // (or a participle: "a copy reviewed by the Post"); the description ends before it.
    if words.len() >= 4 && is_determiner(words[0].text) {
        if let Some(j) = (2..words.len() - 1).find(|&j| {
            is_lower_past(&words[j])
                && words[j - 1].is_word()
                && !words[j - 1].lower().ends_with("ly")
                && !is_determiner(words[j - 1].text)
                && !is_filler(words[j - 1].text)
                && !matches!(words[j - 1].lower().as_str(), "who" | "which" | "that")
        }) {
            words = &words[..j];
        }
    }
    let ends_in_function_word = words.last().is_some_and(|t| {
        matches!(
            t.lower().as_str(),
            "by" | "and" | "or" | "of" | "to" | "for" | "with" | "from" | "that" | "in"
        ) || matches!(
            t.lower().as_str(),
            "if" | "when" | "because" | "as" | "but" | "than"
        )
    });
    // "came shouts", "he began saying", "then stopped replying": a bare phrase ending in a past form is a
    // clause ("the accused" is a noun phrase).
    let verb_head = words.first().is_some_and(|w| !is_determiner(w.text))
        && words.last().is_some_and(is_lower_past);
    // "Clause 7:2 reads": a number alone is no one.
    let no_letter = verb_head
        || !words
            .iter()
            .any(|t| t.text.chars().any(char::is_alphabetic));
    if words.is_empty()
        || no_letter
        || words.len() > if two_offices(words) { 10 } else { 7 }
        || ends_in_function_word
        || words.iter().all(|t| is_determiner(t.text))
        || !is_noun_phrase(words)
    {
        return None;
    }
    Some(described(words))
}

/// "someone", "somebody": an indefinite pronoun that names a speaker as written.
fn is_someone(t: &Token) -> bool {
    matches!(t.lower().as_str(), "someone" | "somebody")
}

/// "the independent Vasa senator and harbour board candidate": a determiner, then two offices joined by "and",
/// each ending in a title or a role. One person so described may take more words than a description usually does.
fn two_offices(words: &[Token]) -> bool {
    let Some(and) = words.iter().position(|t| t.text == "and") else {
        return false;
    };
    let office = |t: &Token| crate::extract::rules::is_title_or_role(&t.lower());
    // "the front-runner and former mayor of Vasa": the second office's head stands before its preposition.
    let rest = &words[and + 1..];
    let second = rest
        .iter()
        .position(|t| matches!(t.lower().as_str(), "of" | "for" | "at" | "from" | "in"))
        .filter(|&p| p > 0)
        .map_or(rest.last(), |p| rest.get(p - 1));
    words.first().is_some_and(|t| is_determiner(t.text))
        && and >= 2
        // Any word for a person, a title or a role among them ("front-runner", "senator").
        && super::words::names_a_person(&words[and - 1].lower())
        && second.is_some_and(office)
}

fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "for"
            | "with"
            | "from"
            | "at"
            | "to"
            | "in"
            | "on"
            | "through"
            | "into"
            | "across"
            | "over"
            | "under"
            | "around"
            | "along"
            | "near"
            | "outside"
            | "inside"
            | "during"
            | "against"
            | "among"
            | "toward"
            | "towards"
    )
}

/// A cue word in a form that may be a noun ("state", "report", "post"), not a participle or a past.
fn is_noun_form(lower: &str) -> bool {
    !(lower.ends_with("ing")
        || lower.ends_with("ed")
        || is_irregular_past(lower)
        || lower == "said")
}

/// Words in lower case (one to three nouns, no verb of saying, preposition or article), then a name word: an office
/// before a name ("senator Anna Berg", "office manager Tom Lund").
fn describes_name_after(toks: &[Token]) -> bool {
    let lower = toks
        .iter()
        .take(4)
        .take_while(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !is_cue(t.text)
                && !is_preposition(&t.lower())
                && !is_determiner(t.text)
                && !is_pronoun(t.text)
        })
        .count();
    (1..=3).contains(&lower) && toks.get(lower).is_some_and(is_name_word)
}

/// The speaker phrase that starts `toks` (the words after a cue): "said Rubio", "said a ministry spokesman".
pub(super) fn phrase_after(toks: &[Token]) -> Option<Phrase> {
    let stop = toks
        .iter()
        .enumerate()
        .position(|(i, t)| {
            !t.is_word()
                // "said the report by ...": a cue word after a determiner is a noun.
                // "said State Senator Lena Okafor", "said Vasa State College professor Tom Lund": a cue word
                // with a capital, or before a title, is part of the name or its office.
                || (is_cue(t.text)
                    // "said Vasa's secretary of state Anna Berg": after "of" a cue word is a noun too.
                    && !(i > 0 && (is_determiner(toks[i - 1].text) || toks[i - 1].text == "of"))
                    // "said state senator Anna Berg", "according to report author Tom Lund": before words in
                    // lower case and a name, a cue word is a noun of the name's office.
                    && !(is_noun_form(&t.lower()) && describes_name_after(&toks[i + 1..]))
                    && !t.is_capitalised()
                    && toks
                        .get(i + 1)
                        .is_none_or(|n| !n.is_capitalised() || !is_title(n.text)))
                // "said sources close to Mayor Berg": "to" after such a word goes on with the description.
                || (t.text.eq_ignore_ascii_case("to")
                    && !(i > 0 && is_tied_speaker_word(&toks[i - 1].lower())))
                // "said former Maine Gov. and Harbour Party Chairman Tom Lund": "and" between two offices of one
                // person goes on with the name.
                || (t.lower() == "and"
                    && !(i > 0
                        && is_title(toks[i - 1].text)
                        && toks.get(i + 1).is_some_and(|n| n.is_capitalised())))
                || matches!(
                    t.lower().as_str(),
                    "on" | "in"
                        | "at"
                        | "during"
                        | "after"
                        | "before"
                        | "when"
                        | "while"
                        | "who"
                        | "that"
                        | "last"
                        | "this"
                        | "earlier"
                        | "but"
                        | "as"
                        | "because"
                        | "if"
                        | "whether"
                )
                || (super::words::DAYS_AND_MONTHS.contains(&t.lower().as_str())
                    && !toks.first().is_some_and(|f| is_determiner(f.text)))
        })
        .unwrap_or(toks.len())
        .min(10);
    // "said the harbour's chief known as Lund": the name the description goes by.
    if stop > 1
        && toks[stop - 1].lower() == "known"
        && toks.get(stop).is_some_and(|t| t.lower() == "as")
    {
        let end = run_end(toks, stop + 1);
        if let Some(name) = (end > stop + 1)
            .then(|| name_from_run(&toks[stop + 1..end], false))
            .flatten()
        {
            return Some(name);
        }
    }
    let seg = &toks[..stop];
    let first = seg.first()?;
    // "as Berg put it": "it" after a cue is its object, never its speaker.
    if first.lower() == "it" {
        return None;
    }
    // `"...," tweeted another.`, `"...," read one.`: one more of those just named speaks, as written.
    if let [one] = seg {
        if matches!(one.lower().as_str(), "one" | "another") {
            return Some(described(seg));
        }
    }
    if is_pronoun(first.text) {
        return Some(pronoun_phrase(first));
    }
    let starts_with_determiner = is_determiner(first.text);
    let all_name_after_the =
        first.lower() == "the" && seg[1..].iter().all(is_name_word) && seg.len() > 1;
    // "said Anna Berg’s campaign manager": a name in the possessive with only words in lower case after it opens
    // a description, as a determiner does; the speaker is the manager (or the name in apposition), not Berg.
    let possessive_lead = {
        let lead = run_end(seg, 0);
        lead >= 1
            && lead < seg.len()
            && is_possessive(seg[lead - 1].text)
            && seg[lead..].iter().all(|t| !t.is_capitalised())
    };
    if (!starts_with_determiner || all_name_after_the) && !possessive_lead {
        // "wrote Anna Berg for Harbour Weekly": the name ends where its employer or medium begins.
        let seg = match seg
            .iter()
            .position(|t| matches!(t.text, "for" | "from" | "with"))
        {
            Some(cut) if cut > 0 => &seg[..cut],
            _ => seg,
        };
        // "said Tomas Lund of the University of Oslo": a name of two words or more before "of the" ends there;
        // what follows is where the person works.
        let lead = run_end(seg, 0);
        if lead >= 2
            && seg.get(lead).is_some_and(|t| t.text == "of")
            && seg.get(lead + 1).is_some_and(|t| t.lower() == "the")
        {
            return name_from_run(&seg[..lead], false);
        }
        let end = seg.iter().rposition(is_name_word).map(|p| p + 1)?;
        let (start, end) = person_before_of(seg, run_start(seg, end), end);
        return name_from_run(&seg[start..end], all_name_after_the && end - start == 1);
    }
    // "wrote the drafters of the "Harbour Plan"": a description cut short by a quoted title ends before its "of".
    let seg = match seg {
        [head @ .., of, det] if head.len() >= 2 && of.text == "of" && is_determiner(det.text) => {
            head
        }
        [head @ .., of] if head.len() >= 2 && of.text == "of" => head,
        _ => seg,
    };
    // "according to a harbour poll conducted in May": a participle after the noun, cut from its phrase, is no part
    // of the description.
    let seg = match seg {
        [det, head @ .., participle]
            if !head.is_empty()
                && is_determiner(det.text)
                && !participle.is_capitalised()
                && participle.lower().ends_with("ed")
                && head
                    .last()
                    .is_some_and(|t| t.is_word() && !t.lower().ends_with("ly")) =>
        {
            &seg[..seg.len() - 1]
        }
        _ => seg,
    };
    if seg.iter().all(|t| is_determiner(t.text)) || !is_noun_phrase(seg) {
        return None;
    }
    // "said the harbour's chief engineer, Tom Okafor,": a name in apposition to the description is the speaker.
    if toks.get(stop).is_some_and(|t| t.text == ",") {
        let rest = &toks[stop + 1..];
        let len = rest.iter().take_while(|t| is_name_word(t)).count();
        let closes = rest.get(len).is_none_or(|t| !t.is_word());
        if len >= 2 && closes {
            if let Some(name) = name_from_run(&rest[..len], false) {
                return Some(name);
            }
        }
    }
    Some(described(seg))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn subject(sentence: &str) -> Option<String> {
        let toks = tokenize(sentence, Span::new(0, sentence.len()));
        description_subject(&toks).map(|p| p.text)
    }

    #[test]
    fn a_described_subject_ends_at_its_verb() {
        let cases = [
            (
                "The harbour board voted on Monday",
                Some("The harbour board"),
            ),
            (
                "The retired ferryman, who built it, said",
                Some("The retired ferryman"),
            ),
            ("The council sought a delay", Some("The council")),
            ("The report accuses the board", Some("The report")),
            ("The two skippers argue that", Some("The two skippers")),
            ("And the mayor has said", Some("the mayor")),
            // No determiner, or no noun after it, or no verb after the phrase: no described subject.
            ("Anna Berg voted on Monday", None),
            ("The voted", None),
            ("The long grey pier", None),
            ("The board of the harbour voted", None),
        ];
        for (sentence, want) in cases {
            assert_eq!(subject(sentence).as_deref(), want, "{sentence}");
        }
    }
}
