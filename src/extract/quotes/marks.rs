//! Finding quoted stretches of text from quotation marks: curly and straight, double and single, with apostrophes,
//! primes and markup told apart, unclosed marks bounded at the paragraph end, and multi-paragraph quotes chained.

use crate::article::Span;
use crate::extract::tokenize::is_combining_mark;

/// One quoted stretch: the words between the marks, and where the marks are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Quoted {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted words, trimmed, without the marks (nor a trailing comma that belongs to the sentence).
    pub content: Span,
    /// Byte offset just past the closing mark, or the paragraph end when the mark was never closed.
    pub close_end: usize,
    pub closed: bool,
    /// The paragraph (non-empty line) it lies in.
    pub paragraph: usize,
    /// Continues an unclosed quote of the previous paragraph (a multi-paragraph quotation).
    pub continues_previous: bool,
}

/// The non-empty lines of `text`: article paragraphs are separated by "\n\n", and a stray single newline is a
/// boundary too, so that no quote ever runs past one.
pub(super) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c == '\n' {
            let line = Span::new(start, i);
            if !line.slice(text).trim().is_empty() {
                out.push(line);
            }
            start = i + 1;
        }
    }
    out
}

/// Every quoted stretch of `text`, in order of the opening mark.
pub(super) fn find_quoted(text: &str) -> Vec<Quoted> {
    let mut out: Vec<Quoted> = Vec::new();
    let mut previous_unclosed = false;
    for (index, para) in paragraphs(text).into_iter().enumerate() {
        let marks = scan_marks(text, para);
        let mut doubles = pair(text, para, &marks, Style::Double, true);
        if let Some(first) = doubles.first_mut() {
            let starts_paragraph = text[para.start..first.open].trim().is_empty();
            first.continues_previous = previous_unclosed && starts_paragraph;
        }
        previous_unclosed = doubles.last().is_some_and(|q| !q.closed);
        // Single marks outside double quotes are quotes of their own (British style, headlines); inside, they are
        // nested quotes and belong to the outer quotation.
        // (A scan of every double quote per mark made a paragraph of many quotes quadratic.)
        let reach = Reach::new(doubles.iter().map(|d| (d.open, d.close_end)));
        let outside: Vec<Mark> = marks
            .iter()
            .copied()
            .filter(|m| reach.at(m.at).is_none_or(|close| m.at >= close))
            .collect();
        let singles = pair(text, para, &outside, Style::Single, false);
        doubles.extend(singles);
        for q in &mut doubles {
            q.paragraph = index;
        }
        doubles.sort_by_key(|q| q.open);
        out.extend(doubles);
    }
    out
}

/// Quotes as (open, close end) by where they open, each with the furthest close of it and those before: whether a
/// position is inside some quote is one binary search, not a scan of every quote.
pub(super) struct Reach(Vec<(usize, usize)>);

impl Reach {
    pub fn new(quotes: impl Iterator<Item = (usize, usize)>) -> Reach {
        let mut spans: Vec<(usize, usize)> = quotes.collect();
        spans.sort_unstable();
        let mut furthest = 0;
        for span in &mut spans {
            furthest = furthest.max(span.1);
            span.1 = furthest;
        }
        Reach(spans)
    }

    /// The furthest close end of the quotes opening at or before `at`.
    pub fn at(&self, at: usize) -> Option<usize> {
        let before = self.0.partition_point(|&(open, _)| open <= at);
        before.checked_sub(1).map(|b| self.0[b].1)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    at: usize,
    len: usize,
    style: Style,
    can_open: bool,
    can_close: bool,
}

/// Characters after which a mark opens a quote: start of text, spaces, brackets, dashes, other opening marks.
fn opens_after(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || "([{—–-/“‘\"'«„".contains(c),
    }
}

/// Words written with a leading apostrophe: 'em, 'til, rock 'n' roll.
const ELISIONS: &[&str] = &[
    "em", "til", "cause", "tis", "twas", "bout", "round", "cos", "n",
];

fn scan_marks(text: &str, para: Span) -> Vec<Mark> {
    let line = &text[para.start..para.end];
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut marks = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (offset, c) = chars[i];
        let prev = (i > 0).then(|| chars[i - 1].1);
        let next = chars.get(i + 1).map(|&(_, c)| c);
        // Markup left in the text (<tweet author="...">): its attribute quotes are not quotations.
        if c == '<' && next.is_some_and(|n| n.is_ascii_alphabetic() || n == '/') {
            if let Some(close) = line[offset..].find('>') {
                let end = offset + close;
                while i < chars.len() && chars[i].0 <= end {
                    i += 1;
                }
                continue;
            }
        }
        // Two apostrophes (or backticks) stand for a double mark in some newswires: ''Yes,'' he said. Three after
        // a word close a single mark inside the double one: ''the word 'old-school,''' he said.
        let three_closing = c == '\''
            && prev.is_some_and(|p| !p.is_whitespace())
            && chars.get(i + 1).is_some_and(|&(_, n)| n == '\'')
            && chars.get(i + 2).is_some_and(|&(_, n)| n == '\'');
        let doubled = matches!(c, '\'' | '`') && next == Some(c) && !three_closing;
        let style = match c {
            '“' | '”' | '"' | '„' | '«' | '»' => Style::Double,
            '\'' | '`' if doubled => Style::Double,
            '‘' | '’' | '\'' => Style::Single,
            _ => {
                i += 1;
                continue;
            }
        };
        let width = if doubled { 2 } else { 1 };
        let next = chars.get(i + width).map(|&(_, c)| c);
        let context_open = opens_after(prev) && next.is_some_and(|n| !n.is_whitespace());
        let context_close =
            prev.is_some_and(|p| !p.is_whitespace()) && next.is_none_or(|n| !n.is_alphanumeric());
        // `''... coalitions, '' said Lund`: a double mark with a space on each side closes after a comma or a stop,
        // and after a single mark that closes one (`"... say, 'Well played,' " said Berg`).
        let after_stop = |s: &str| s.ends_with([',', '.', '?', '!']);
        let spaced_close = style == Style::Double
            && matches!(c, '"' | '\'' | '`')
            && prev.is_some_and(char::is_whitespace)
            && next.is_none_or(char::is_whitespace)
            && {
                let before = line[..offset].trim_end();
                after_stop(before) || before.strip_suffix(['\'', '’']).is_some_and(after_stop)
            };
        let context_close = context_close || spaced_close;
        let (mut can_open, mut can_close) = match c {
            '“' | '„' | '«' => (next.is_some_and(|n| !n.is_whitespace()), false),
            '”' | '»' => (
                context_open && !context_close,
                !context_open || context_close,
            ),
            '`' => (true, false),
            _ => (context_open, context_close),
        };
        if c == '“' && context_close && !context_open {
            // Some texts close with the opening curly mark.
            can_close = true;
        }
        if !doubled && style == Style::Single && is_apostrophe(line, offset, prev, next) {
            (can_open, can_close) = (false, false);
        }
        // A prime after a number: 6'2", a 12" record.
        if prev.is_some_and(|p| p.is_ascii_digit()) && matches!(c, '"' | '\'' | '’' | '”') {
            can_open = false;
            if next.is_some_and(|n| n.is_ascii_digit()) {
                can_close = false;
            }
        }
        if can_open || can_close {
            marks.push(Mark {
                at: para.start + offset,
                len: c.len_utf8() * width,
                style,
                can_open,
                can_close,
            });
        }
        i += width;
    }
    marks
}

fn is_apostrophe(line: &str, offset: usize, prev: Option<char>, next: Option<char>) -> bool {
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || is_combining_mark(c));
    if letter(prev) && letter(next) {
        return true; // won’t, Ukraine’s, rock’n’roll
    }
    if opens_after(prev) && next.is_some_and(|n| n.is_ascii_digit()) {
        return true; // the ’90s
    }
    let mark_len = line[offset..].chars().next().map_or(1, char::len_utf8);
    let after = &line[offset + mark_len..];
    if opens_after(prev) {
        let word: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
        let rest = &after[word.len()..];
        let ends_word = rest.chars().next().is_none_or(|c| !c.is_alphanumeric());
        if ends_word && ELISIONS.contains(&word.to_lowercase().as_str()) {
            // 'n' is followed by its own closing apostrophe: only an elision when the two enclose just "n".
            return !word.eq_ignore_ascii_case("n") || rest.starts_with(['\'', '’']);
        }
    }
    // The closing apostrophe of rock 'n' roll.
    if prev.is_some_and(|p| p == 'n' || p == 'N') && line[..offset].ends_with(['n', 'N']) {
        let before = &line[..offset - 1];
        if before.ends_with(['\'', '‘', '’']) && next.is_some_and(char::is_whitespace) {
            let b = before.trim_end_matches(['\'', '‘', '’']);
            return b.ends_with(char::is_whitespace) || b.is_empty();
        }
    }
    false
}

/// Pairs marks of one style into quotes. `bounded_unclosed`: an unclosed opening runs to the paragraph end
/// (double marks); otherwise it is dropped (a lone single mark is more likely an apostrophe).
fn pair(
    text: &str,
    para: Span,
    marks: &[Mark],
    style: Style,
    bounded_unclosed: bool,
) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut open: Option<&Mark> = None;
    for mark in marks.iter().filter(|m| m.style == style) {
        match open {
            Some(o) if mark.can_close => {
                push(text, &mut out, o, mark.at, mark.at + mark.len, true);
                open = None;
            }
            Some(o) if mark.can_open => {
                // A new opening while one is open: the first was never closed; end it before this one.
                if bounded_unclosed {
                    push(text, &mut out, o, mark.at, mark.at, false);
                }
                open = Some(mark);
            }
            Some(_) => {}
            None if mark.can_open => open = Some(mark),
            None => {}
        }
    }
    if let (Some(o), true) = (open, bounded_unclosed) {
        push(text, &mut out, o, para.end, para.end, false);
    }
    out
}

fn push(
    text: &str,
    out: &mut Vec<Quoted>,
    open: &Mark,
    content_end: usize,
    close_end: usize,
    closed: bool,
) {
    let start = open.at + open.len;
    let inner = &text[start..content_end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim().trim_end_matches(',').trim_end();
    if trimmed.is_empty() {
        return;
    }
    let content = Span::new(start + lead, start + lead + trimmed.len());
    out.push(Quoted {
        open: open.at,
        content,
        close_end,
        closed,
        paragraph: 0,
        continues_previous: false,
    });
}
