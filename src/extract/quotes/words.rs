//! Words for attribution: a small tokenizer over byte spans, sentence breaks, and the word lists (cue verbs,
//! titles, pronouns, function words) that the speaker finder reads.

use crate::article::Span;
use crate::extract::tokenize::is_combining_mark;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A word or a single punctuation character, with its byte span in the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Token<'a> {
    pub text: &'a str,
    pub span: Span,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '@')
    }
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

/// Whether `word` ends in a possessive ("Berg's", "Okafor’s", "Harbours'").
pub(super) fn is_possessive(word: &str) -> bool {
    strip_possessive(word) != word
}

pub(super) fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

/// Abbreviations that keep their full stop and do not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "maj",
    "cmdr", "st", "jr", "sr", "prof", "rev", "hon", "pres", "sec", "atty", "supt", "insp", "u.s",
    "u.k", "u.n", "d.c", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug",
    "sept", "sep", "oct", "nov", "dec", "ft", "mt", "ret", "d", "r", "i",
];

fn is_abbreviation(word: &str) -> bool {
    let lower = word.to_lowercase();
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single_letter
        || ABBREVIATIONS.contains(&lower.as_str())
        || (word.contains('.') && word.len() <= 6)
        || STATES.contains(&lower.as_str())
        || party_and_state(word)
}

/// The abbreviations of US states in news style ("Calif.", "Fla."), which keep their full stop.
const STATES: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa",
    "tenn", "tex", "va", "vt", "wash", "wis", "wyo",
];

/// "Calif.", "N.C.", "W.Va.": a US state's abbreviation in news style, with its full stop.
pub(super) fn is_state_abbreviation(word: &str) -> bool {
    let Some(bare) = word.strip_suffix('.') else {
        return false;
    };
    let lower = bare.to_lowercase();
    STATES.contains(&lower.as_str())
        || matches!(
            lower.as_str(),
            "n.c" | "s.c" | "n.y" | "n.h" | "n.j" | "n.m" | "n.d" | "s.d" | "r.i" | "w.va" | "kans"
        )
}

/// "R-Pa", "D-Calif": a party and a state after a legislator's name.
fn party_and_state(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    let party = parts.next().unwrap_or("");
    let state = parts.next().unwrap_or("");
    matches!(party, "R" | "D" | "I")
        && state.chars().next().is_some_and(char::is_uppercase)
        && state.len() <= 5
}

/// Tokens of `text[range]`: words (letters and digits, with inner apostrophes, hyphens and dots, and the full
/// stop of an abbreviation) and single punctuation characters.
pub(super) fn tokenize(text: &str, range: Span) -> Vec<Token<'_>> {
    let slice = &text[range.start..range.end];
    // Offsets as u32 (8 bytes a character, not 16): a range of megabytes of punctuation is a character a token,
    // and this table is the tokenizer's largest. A range of 4 GiB or more is read in two halves, parted at a space
    // (no token spans one) or else at a character boundary.
    if u32::try_from(slice.len()).is_err() {
        let half = range.start + slice.len() / 2;
        let cut = text[half..range.end]
            .find(char::is_whitespace)
            .map_or_else(|| char_floor(text, half), |k| half + k);
        let mut out = tokenize(text, Span::new(range.start, cut));
        out.extend(tokenize(text, Span::new(cut, range.end)));
        return out;
    }
    // Every offset is under `len`, which fits in a u32.
    let chars: Vec<(u32, char)> = slice.char_indices().map(|(o, c)| (o as u32, c)).collect();
    let mut out = Vec::new();
    let mut i = 0;
    // Whether a single quote mark opened in this range is still open: "the dockers’ union" ends a plural
    // possessive, "called them ‘dockers’ and" closes a quote.
    let mut single_open = false;
    while i < chars.len() {
        let (start, c) = chars[i];
        let start = start as usize;
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if matches!(c, '\'' | '‘' | '’') {
            let after_space = i == 0 || chars[i - 1].1.is_whitespace();
            let before_word = chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphanumeric());
            single_open = c == '‘' || (after_space && before_word);
        }
        let mut j = i + 1;
        if c.is_alphanumeric() || c == '@' || c == '#' {
            // Whether every character of the token so far is a lower-case letter.
            let mut lower_so_far = c.is_lowercase();
            while j < chars.len() {
                let d = chars[j].1;
                // "said.Lund claimed": a stop after a word in lower case and before a capital ends a sentence
                // whose space is missing ("U.S." and "e.g." have one letter before each stop).
                let missing_space = d == '.'
                    && lower_so_far
                    && j - i >= 2
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_uppercase());
                // A `matches!`, not `"'’-.&".contains(d)`: in this loop over every character the string search
                // was left as a call in some builds, a third of the tokenizer's time.
                let joins = (matches!(d, '\'' | '’' | '-' | '.' | '&')
                    && !missing_space
                    && chars.get(j + 1).is_some_and(|&(_, n)| n.is_alphanumeric()))
                    // "92,000": a thousands separator between digits; "9/11", "24/7": a slash between them.
                    || (matches!(d, ',' | '/')
                        && chars[j - 1].1.is_ascii_digit()
                        && chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit()));
                let mojibake = crate::extract::tokenize::continues_mojibake(chars[j - 1].1, d);
                if d.is_alphanumeric() || d == '_' || is_combining_mark(d) || joins || mojibake {
                    lower_so_far = lower_so_far && !joins && d.is_lowercase();
                    j += if joins { 2 } else { 1 };
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(slice.len(), |&(o, _)| o as usize);
            if chars.get(j).is_some_and(|&(_, d)| d == '.') && is_abbreviation(&slice[start..end]) {
                j += 1;
            } else if !single_open
                && matches!(chars[j - 1].1, 's' | 'S')
                && chars.get(j).is_some_and(|&(_, d)| matches!(d, '\'' | '’'))
                && chars.get(j + 1).is_some_and(|&(_, n)| n.is_whitespace())
            {
                // "Sanders’ campaign manager": the mark after a plural or a name in -s, with no single quote open,
                // is its possessive.
                j += 1;
            }
        }
        let end = chars.get(j).map_or(slice.len(), |&(o, _)| o as usize);
        out.push(Token {
            text: &slice[start..end],
            span: Span::new(range.start + start, range.start + end),
        });
        i = j;
    }
    out
}

/// Whether a sentence ends somewhere in `text[from..to]`: a full stop, question or exclamation mark followed by a
/// space and a capital letter (or a newline), a digit or an opening mark (abbreviations excepted).
pub(super) fn sentence_break_between(text: &str, from: usize, to: usize) -> bool {
    let range = Span::new(from, to);
    range.slice(text).contains('\n') || last_sentence_break(text, range).is_some()
}

/// The start of the look-back window `reach` bytes before `pos`, no earlier than `floor`, on a character boundary:
/// where a search for an earlier sentence start begins, so that a text of many quotes is not read from its start
/// once per quote.
pub(super) fn look_back_start(text: &str, floor: usize, pos: usize, reach: usize) -> usize {
    let mut start = pos.saturating_sub(reach).max(floor);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// `pos`, or the start of the character it falls inside.
pub(super) fn char_floor(text: &str, pos: usize) -> usize {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

/// Byte offset just past the last sentence end inside `range`, if any.
pub(super) fn last_sentence_break(text: &str, range: Span) -> Option<usize> {
    let slice = range.slice(text);
    // From the end back, so that only the words after the last break are read (not the whole range, once for
    // every pronoun of a text that has no break for thousands of bytes).
    let mut end = slice.len();
    while let Some(offset) = memchr::memrchr3(b'.', b'?', b'!', &slice.as_bytes()[..end]) {
        end = offset;
        // Closing marks may stand between the stop (one byte) and the space.
        let after = &slice[offset + 1..];
        let marks = after
            .find(|d: char| !"”’\"')".contains(d))
            .unwrap_or(after.len());
        if !after[marks..].starts_with(char::is_whitespace) {
            continue;
        }
        // The next sentence may begin past the end of the range (at the quote that the range leads up to).
        let space_at = range.start + offset + 1 + marks;
        let after_space = &text[space_at..];
        let next = after_space.trim_start();
        let starts_sentence = next
            .chars()
            .next()
            .is_some_and(|d| d.is_uppercase() || d.is_ascii_digit() || "“‘\"'`".contains(d));
        if !starts_sentence {
            continue;
        }
        if slice.as_bytes()[offset] == b'.' {
            let word_start = slice[..offset]
                .char_indices()
                .rev()
                .find(|&(_, ch)| ch.is_whitespace())
                .map_or(0, |(p, ch)| p + ch.len_utf8());
            // "2:25 p.m." on a line of its own: an abbreviation before a line break ends the sentence too.
            let line_ends = after_space[..after_space.len() - next.len()].contains('\n');
            if is_abbreviation(&slice[word_start..offset]) && !line_ends {
                continue;
            }
        }
        return Some(space_at);
    }
    None
}

/// Verbs that attribute speech ("said", "told", "tweeted"), in every form a news text uses: `cues.txt`.
fn cues() -> &'static HashSet<&'static str> {
    static CUES: OnceLock<HashSet<&'static str>> = OnceLock::new();
    CUES.get_or_init(|| {
        include_str!("cues.txt")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .flat_map(str::split_whitespace)
            .collect()
    })
}

pub(super) fn is_cue(word: &str) -> bool {
    cues().contains(word.to_lowercase().as_str())
}

/// Cue verbs that also commonly mean something else, so they only count right next to a quote.
pub(super) fn is_weak_cue(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "go" | "goes"
            | "went"
            | "put"
            | "puts"
            | "read"
            | "reads"
            | "state"
            | "states"
            | "text"
            | "post"
            | "posts"
            | "note"
            | "notes"
            | "counter"
            | "speak"
            | "spoke"
            | "report"
            | "reports"
            | "call"
            | "calls"
            | "charge"
            | "begin"
            | "began"
            | "quote"
            | "quoted"
            | "quoting"
            | "remarks"
            | "comments"
            | "stress"
            | "continue"
            | "continues"
            | "email"
            | "cry"
            | "snap"
            | "points"
            | "protest"
            | "protests"
            | "protested"
            | "protesting"
            | "utter"
    )
}

pub(super) fn is_pronoun(word: &str) -> bool {
    pronoun_base(word).is_some()
}

/// The pronoun in a word, contractions included: "he’d" -> "he", "She's" -> "she".
pub(super) fn pronoun_base(word: &str) -> Option<&'static str> {
    let lower = word.to_lowercase();
    let stem = lower.split(['\'', '’']).next().unwrap_or("");
    ["he", "she", "they", "i", "we", "it", "you"]
        .into_iter()
        .find(|p| *p == stem)
}

/// Words between a subject and its cue verb that say nothing about who spoke ("has also said", "on Friday told").
pub(super) fn is_filler(word: &str) -> bool {
    let lower = word.to_lowercase();
    (lower.ends_with("ly") && lower.len() > 4 && !is_capitalised_word(word))
        || DAYS_AND_MONTHS.contains(&lower.as_str())
        || matches!(
            lower.as_str(),
            "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "is"
                | "are"
                | "also"
                | "later"
                | "then"
                | "once"
                | "again"
                | "further"
                | "would"
                | "will"
                | "could"
                | "may"
                | "might"
                | "just"
                | "even"
                | "each"
                | "still"
                | "often"
                | "earlier"
                | "on"
                | "last"
                | "this"
                | "that"
                | "today"
                | "yesterday"
                | "tonight"
                | "week"
                | "month"
                | "year"
                | "night"
                | "morning"
                | "evening"
                | "afternoon"
                | "previously"
                | "soon"
                | "now"
                | "since"
                | "did"
                | "does"
                | "not"
                | "never"
                | "only"
                | "always"
                | "already"
                | "himself"
                | "herself"
                | "themselves"
                | "itself"
                // "Berg however said".
                | "however"
                | "instead"
                | "meanwhile"
                | "nonetheless"
                | "nevertheless"
        )
}

fn is_capitalised_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

pub(super) use crate::util::DAYS_AND_MONTHS;

/// Capitalised words that start sentences or clauses but are never part of a name.
/// "two" to "ten", in lower case.
pub(super) fn is_small_number_word(lower: &str) -> bool {
    matches!(
        lower,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

/// A number in words, "two" to "ninety", "hundred" or "thousand", in lower case ("one" is a pronoun as well).
pub(super) fn is_number_word(lower: &str) -> bool {
    is_small_number_word(lower)
        || matches!(
            lower,
            "eleven"
                | "twelve"
                | "thirteen"
                | "fourteen"
                | "fifteen"
                | "sixteen"
                | "seventeen"
                | "eighteen"
                | "nineteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
                | "hundred"
                | "thousand"
        )
}

pub(super) fn is_capitalised_function_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    DAYS_AND_MONTHS.contains(&lower.as_str())
        || is_pronoun(word)
        // "Fifteen minutes after the vote, Lund called ...": a number opening a sentence.
        || is_number_word(&lower)
        || matches!(
            lower.as_str(),
            "the"
                | "a"
                | "an"
                | "but"
                | "and"
                | "or"
                | "so"
                | "yet"
                | "in"
                | "on"
                | "at"
                | "as"
                | "when"
                | "while"
                | "after"
                | "before"
                | "meanwhile"
                | "following"
                | "contrary"
                | "amid"
                | "however"
                | "still"
                | "then"
                | "also"
                | "earlier"
                | "later"
                | "speaking"
                | "asked"
                | "last"
                | "this"
                | "that"
                | "these"
                | "those"
                | "for"
                | "from"
                | "with"
                | "to"
                | "of"
                | "by"
                | "if"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "there"
                | "here"
                | "now"
                | "today"
                | "instead"
                | "indeed"
                | "even"
                | "said"
                | "according"
                | "what"
                | "who"
                | "why"
                | "how"
                | "where"
                | "which"
                | "not"
                | "no"
                | "yes"
                | "mr"
                | "read"
                | "during"
                | "since"
                | "until"
                | "about"
                | "over"
                | "under"
                | "like"
                | "unlike"
                | "although"
                | "though"
                | "because"
                | "despite"
                | "unless"
                | "whether"
                | "whereas"
                | "whenever"
                | "wherever"
                | "amongst"
                | "except"
                | "lest"
                | "some"
                | "many"
                | "most"
                | "all"
                | "both"
                | "each"
                | "one"
                | "everyone"
                | "everybody"
                | "someone"
                | "somebody"
                | "anyone"
                | "anybody"
                | "nobody"
                | "none"
                | "few"
                | "others"
                | "once"
                | "back"
                | "shortly"
                | "separately"
                | "additionally"
                | "moreover"
                | "furthermore"
                | "nonetheless"
                | "nevertheless"
                | "afterward"
                | "afterwards"
                | "finally"
                | "initially"
                | "ultimately"
                | "eventually"
                | "recently"
                | "previously"
                | "yesterday"
                | "tonight"
                | "similarly"
                | "likewise"
                | "overall"
                | "next"
                | "perhaps"
                | "maybe"
                | "ever"
                | "thanks"
                | "more"
                | "probably"
                | "certainly"
                | "clearly"
                | "surely"
                | "only"
                | "just"
                | "nearly"
                | "almost"
                | "several"
                | "every"
                | "any"
                | "wait"
                | "sometimes"
                | "often"
                | "again"
                | "already"
                | "soon"
                | "rather"
                | "besides"
                | "otherwise"
                | "anyway"
                | "thus"
                | "therefore"
                | "consequently"
                | "apparently"
                | "reportedly"
                | "allegedly"
                | "notably"
                | "importantly"
                | "interestingly"
                | "unfortunately"
                | "fortunately"
                | "hopefully"
                | "sadly"
                | "ironically"
                | "naturally"
                | "obviously"
                | "frankly"
                | "honestly"
                | "basically"
                | "essentially"
                | "generally"
                | "typically"
                | "usually"
                | "across"
                | "through"
                | "throughout"
                | "into"
                | "near"
                | "around"
                | "along"
                | "outside"
                | "inside"
                | "among"
                | "against"
                | "toward"
                | "towards"
                | "within"
                | "without"
                | "upon"
                | "between"
                | "behind"
                | "given"
        )
}

/// Words that stand before a name and are not part of it: offices, honorifics, party labels.
pub(super) fn is_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    let lower = lower.trim_end_matches('.');
    matches!(
        lower,
        "president"
            | "vice"
            | "secretary"
            | "state"
            | "sen"
            | "senator"
            | "rep"
            | "representative"
            | "gov"
            | "governor"
            | "mayor"
            | "dr"
            | "mr"
            | "mrs"
            | "ms"
            | "miss"
            | "prof"
            | "professor"
            | "judge"
            | "justice"
            | "chief"
            | "general"
            | "gen"
            | "col"
            | "lt"
            | "sgt"
            | "capt"
            | "adm"
            | "maj"
            | "minister"
            | "prime"
            | "foreign"
            | "defense"
            | "defence"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "speaker"
            | "leader"
            | "majority"
            | "minority"
            | "pope"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "sheikh"
            | "rev"
            | "reverend"
            | "father"
            | "attorney"
            | "ambassador"
            | "commissioner"
            | "director"
            | "deputy"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ceo"
            | "us"
            | "u.s"
            | "uk"
            | "democratic"
            | "republican"
            | "gop"
            | "democrat"
            | "candidate"
            | "presidential"
            | "former"
            | "acting"
            | "lord"
            | "lady"
            | "sir"
            | "dame"
            | "congressman"
            | "congresswoman"
            | "assemblyman"
            | "councilman"
            | "councilwoman"
            | "officer"
            | "detective"
            | "sheriff"
            | "chancellor"
            | "premier"
            | "emir"
            | "crown"
            | "supreme"
            | "first"
            | "nominee"
            | "host"
            | "anchor"
            | "economist"
            | "analyst"
            | "pollster"
            | "strategist"
            | "adviser"
            | "advisor"
            | "manager"
            | "executive"
            | "founder"
            | "author"
            | "columnist"
            | "reporter"
            | "correspondent"
            | "editor"
            | "commentator"
            | "activist"
            | "lawyer"
            | "rabbi"
            | "pastor"
            | "imam"
            | "bishop"
            | "cardinal"
            | "coach"
            | "white"
            | "house"
            | "campaign"
            | "press"
            | "national"
            | "security"
            | "council"
            | "party"
            | "committee"
            | "gop's"
            | "sens"
            | "reps"
            | "govs"
    )
}

/// Where a person's name starts in a run of capitalised words: after the last office or honorific that a name
/// follows ("Harbour Police Chief Tom Okafor" -> "Tom Okafor"), else after the leading titles.
pub(super) fn name_start(words: &[&str]) -> usize {
    let office = |w: &str| {
        let lower = w.to_lowercase();
        personal_title_gender(w).is_some()
            || matches!(
                lower.trim_end_matches('.'),
                "chief"
                    | "director"
                    | "leader"
                    | "speaker"
                    | "chair"
                    | "adviser"
                    | "advisor"
                    | "strategist"
                    | "manager"
                    | "candidate"
                    | "nominee"
                    | "commissioner"
                    | "sheriff"
                    | "chancellor"
            )
    };
    // "Secretary of State Anna Berg", "Minister of Finance Tom Okafor": the office's own "of X" goes too.
    let office_of = (1..words.len().saturating_sub(2))
        .rev()
        .find(|&i| words[i] == "of" && (office(words[i - 1]) || is_title(words[i - 1])));
    if let Some(i) = office_of {
        return i + 2;
    }
    let last_office = (0..words.len().saturating_sub(1))
        .rev()
        .find(|&i| office(words[i]) && !is_title(words[i + 1]));
    // "Republican Donald Trump": a party before the name is not part of it.
    let party = |w: &str| matches!(w, "Republican" | "Democrat" | "Democratic" | "GOP");
    match last_office {
        Some(i) => i + 1,
        None => words
            .iter()
            .position(|w| !is_title(w) && !party(w))
            .unwrap_or(0)
            .min(words.len().saturating_sub(1)),
    }
}

/// Titles that show the name after them is a person, and some of them its gender.
pub(super) fn personal_title_gender(word: &str) -> Option<Option<super::speaker::Gender>> {
    use super::speaker::Gender;
    let lower = word.to_lowercase();
    match lower.trim_end_matches('.') {
        "mr" | "king" | "prince" | "sir" | "lord" | "father" | "congressman" | "spokesman"
        | "chairman" => Some(Some(Gender::Male)),
        "mrs" | "ms" | "miss" | "queen" | "princess" | "lady" | "dame" | "congresswoman"
        | "spokeswoman" | "chairwoman" => Some(Some(Gender::Female)),
        "president" | "sen" | "senator" | "rep" | "gov" | "governor" | "mayor" | "dr" | "prof"
        | "judge" | "justice" | "gen" | "minister" | "secretary" | "ambassador" | "rev"
        | "pope" => Some(None),
        _ => None,
    }
}

/// Words that open a description of a speaker: "a ministry spokesman", "the spokesman", "two officials".
/// Whether words kept as a description read as a noun phrase ("a ministry spokesman", "the crowd"), not as a clause
/// cut from a sentence ("the boats were leaving port", "the town chose the"): no auxiliary or modal verb, no
/// personal pronoun after its start, and no determiner or preposition at its end.
pub(super) fn is_noun_phrase(words: &[Token]) -> bool {
    let dangling = words.last().is_some_and(|w| {
        is_determiner(w.text)
            || matches!(
                w.lower().as_str(),
                "as" | "of" | "for" | "to" | "in" | "on" | "at" | "by" | "with" | "from" | "that"
                    // "The so called ...", "The mayor and": an adverb or a conjunction ends no noun phrase.
                    | "so" | "also" | "and" | "or" | "but"
            )
    });
    // "urging those", "giving": a phrase opening with a lower-case -ing form is a clause.
    let gerund = words.first().is_some_and(|w| {
        let lower = w.lower();
        !w.is_capitalised() && lower.len() > 4 && lower.ends_with("ing")
    });
    !words.is_empty()
        && !dangling
        && !gerund
        && !words.iter().any(|w| is_auxiliary(w.text))
        && !words.iter().skip(1).any(|w| is_pronoun(w.text))
}

/// An auxiliary or modal verb: "was", "would", "can't".
pub(super) fn is_auxiliary(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    matches!(
        lower.as_str(),
        "is" | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "had"
            | "has"
            | "have"
            | "should"
            | "would"
            | "could"
            | "can"
            | "can't"
            | "cannot"
            | "will"
            | "won't"
            | "might"
            | "must"
            | "did"
            | "does"
            | "didn't"
            | "doesn't"
    )
}

pub(super) fn is_determiner(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "a" | "an"
            | "the"
            | "his"
            | "her"
            | "their"
            | "its"
            | "one"
            | "another"
            | "two"
            | "three"
            | "several"
            | "some"
            | "many"
            | "our"
            | "other"
            | "both"
            | "most"
            | "few"
            | "senior"
            | "top"
    )
}

/// Connectors inside names: "Charles de Gaulle", "Ludwig van Beethoven", "Mohammed bin Salman".
pub(super) fn is_name_connector(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "van"
            | "von"
            | "bin"
            | "al"
            | "der"
            | "la"
            | "le"
            | "del"
            | "di"
            | "du"
            | "el"
    )
}

/// A word in lower case for a person: a title or a role ("senator", "spokesman"), or a common noun of no particular
/// office ("a reporter", "the cashier", "one voter").
pub(super) fn names_a_person(word: &str) -> bool {
    crate::extract::rules::is_title_or_role(word)
        || matches!(
            word,
            "reporter"
                | "front-runner"
                | "frontrunner"
                | "resident"
                | "voter"
                | "worker"
                | "cashier"
                | "teacher"
                | "student"
                | "supporter"
                | "delegate"
                | "volunteer"
                | "source"
                | "insider"
                | "veteran"
                | "owner"
                | "farmer"
                | "nurse"
                | "doctor"
                | "driver"
                | "officer"
                | "member"
                | "protester"
                | "witness"
                | "neighbor"
                | "neighbour"
                | "friend"
                | "employee"
                | "immigrant"
                | "refugee"
                | "retiree"
                | "parent"
                | "pastor"
                | "priest"
                | "organizer"
                | "organiser"
                | "strategist"
                | "operative"
                | "consultant"
                | "donor"
                | "lobbyist"
                | "staffer"
                | "person"
                | "citizen"
                | "shopper"
                | "customer"
                | "fan"
                | "attendee"
                | "participant"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_inner_apostrophes_abbreviations_and_thousands() {
        let text = "Sen. O’Neill won’t go, U.S. officials said, 92,000 of them.";
        let words: Vec<&str> = tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            words,
            [
                "Sen.",
                "O’Neill",
                "won’t",
                "go",
                ",",
                "U.S.",
                "officials",
                "said",
                ",",
                "92,000",
                "of",
                "them",
                "."
            ]
        );
    }

    #[test]
    fn sentence_breaks_skip_abbreviations() {
        let text = "Mr. Smith left. He came back.";
        assert_eq!(
            last_sentence_break(text, Span::new(0, text.len())),
            Some(15)
        );
        assert!(!sentence_break_between(text, 0, 10));
    }
}
