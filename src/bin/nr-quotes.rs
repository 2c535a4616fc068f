//! Developer tool for the quote finder: `eval` measures it on PolNeAR (evaluation only, read from ../shared when
//! present), `show` prints the quotes of a text file.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use newsreader::article::{Quote, Span};
use newsreader::extract::canonical::formal_given_name;
use newsreader::extract::{self, quotes};
use newsreader::util::fold_accents;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Prints a line; a closed pipe (`nr-quotes eval --errors 50 | head`) is not an error.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($arg)*);
    }};
}

#[derive(Parser)]
#[command(about = "Measure and inspect quotation finding and speaker attribution")]
struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Score against PolNeAR dev: quotation detection F1 and speaker accuracy.
    Eval {
        #[arg(
            long,
            default_value = "../shared/data/quotes/eval-only/polnear.dev.jsonl"
        )]
        data: PathBuf,
        /// Call find_quotes with no entities instead of the full extraction.
        #[arg(long)]
        no_entities: bool,
        /// Score against PolNeAR's kinds exactly as labelled. By default an attribution labelled indirect whose
        /// content holds a quotation in two-apostrophe marks (''...'', the New York Times' style) counts as
        /// direct or mixed: PolNeAR labels by double-quote characters only, so every such quotation is
        /// labelled indirect.
        #[arg(long)]
        as_labelled: bool,
        /// Match a predicted speaker against the gold source's words before its first comma only, a stricter
        /// reading: "Harbourton" does not match "Tom Okafor, an adviser to the Harbourton Trust,", though
        /// "Tom Okafor" no longer matches "the port's engineer, Tom Okafor," either.
        #[arg(long)]
        source_head: bool,
        /// Print this many speaker errors and missed or spurious quotes (to the terminal only).
        #[arg(long, default_value_t = 0)]
        errors: usize,
        /// Whom each pronoun source means, read by hand: a file of lines
        /// `<article line>:<source start byte><TAB><referent>`, `?` for a pronoun whose referent cannot be told
        /// (left out of the speaker figure). Such a file is made from the evaluation-only data, so it is kept
        /// outside the repository; `tools/pronoun_items.py` lists the pronouns to read (docs/quotes.md). Without
        /// it, and for pronouns it does not list, a pronoun source is scored against the last named source before
        /// it, a proxy that is often wrong.
        #[arg(long)]
        referents: Option<PathBuf>,
        /// Whom each definite-description source ("the president", "the Florida senator") means, read by hand,
        /// in the same format (`-` where the story gives no name). PolNeAR keeps the description, while a
        /// speaker is to be named by their canonical name when the story gives one, so a second speaker figure
        /// is printed in which either the description or the name it stands for is right. Kept outside the
        /// repository, like `--referents`; `tools/pronoun_items.py --descriptions` lists the sources to read.
        #[arg(long)]
        descriptions: Option<PathBuf>,
    },
    /// Print the quotes found in a plain-text file.
    Show { file: PathBuf },
}

fn main() -> Result<()> {
    match Args::parse().command {
        Command::Eval {
            data,
            no_entities,
            as_labelled,
            source_head,
            errors,
            referents,
            descriptions,
        } => {
            let options = EvalOptions {
                no_entities,
                two_apostrophe_marks: !as_labelled,
                source_head,
                show_errors: errors,
            };
            eval(
                &data,
                &options,
                referents.as_deref(),
                descriptions.as_deref(),
            )
        }
        Command::Show { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("{}: cannot read", file.display()))?;
            for q in extract::extract(&text).quotes {
                let cue = q.cue.map_or("", |c| c.slice(&text));
                out!(
                    "[{}] ({}) {}",
                    q.speaker.as_deref().unwrap_or("-"),
                    cue,
                    q.span.slice(&text)
                );
            }
            Ok(())
        }
    }
}

struct Gold {
    content: Vec<Span>,
    mixed: bool,
    /// The text naming the source: the source span, or for a pronoun the last named source before it.
    source: Option<String>,
    /// Where the source span starts (a byte offset into the text).
    source_start: Option<usize>,
    pronoun: bool,
    /// For a definite-description source, the name it stands for as read by hand (`--descriptions`).
    named: Option<String>,
    /// Whether the source span is a cue alone ("said", "According to"): the data names no one there.
    cue_only: bool,
}

#[derive(Default)]
struct Counts {
    gold: [usize; 2],
    found: [usize; 2],
    predicted: usize,
    predicted_right: usize,
    /// Predicted quotes inside the content of any attribution, indirect ones included.
    predicted_in_any: usize,
    attributed: usize,
    attributed_right: usize,
    found_attributed: usize,
    speaker_total: [usize; 2],
    speaker_right: [usize; 2],
    /// Pronoun sources given by `--referents`, and those left to the last-named-source proxy.
    pronouns_read: usize,
    pronouns_proxy: usize,
    /// Found quotations whose source span is a cue alone, left out of the speaker figure.
    cue_only_sources: usize,
    /// Description sources given by `--descriptions`, those of them that name someone, and the speakers right
    /// when a description's name counts as well as the description (named, pronoun).
    descriptions_read: usize,
    descriptions_named: usize,
    speaker_right_named: [usize; 2],
}

/// The quote in double brackets with some of the text around it, on one line.
fn in_context(text: &str, span: Span) -> String {
    let before: String = text[..span.start].chars().rev().take(80).collect();
    let before: String = before.chars().rev().collect();
    let quote: String = span.slice(text).chars().take(160).collect();
    let after: String = text[span.end..].chars().take(60).collect();
    format!("{before}[[{quote}]]{after}").replace(['\n', '\r'], " / ")
}

struct EvalOptions {
    no_entities: bool,
    two_apostrophe_marks: bool,
    source_head: bool,
    show_errors: usize,
}

/// A hand reading of pronoun (or description) sources: (article line, source start byte) -> the person or group
/// the pronoun means, `None` where the reader could not tell (`?`) or the story gives no name (`-`).
type Referents = HashMap<(usize, usize), Option<String>>;

fn read_referents(path: &Path) -> Result<Referents> {
    let raw = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    let mut referents = Referents::new();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = || {
            format!(
                "{}:{}: expected <line>:<byte><TAB><referent>",
                path.display(),
                n + 1
            )
        };
        let (id, referent) = line.split_once('\t').with_context(bad)?;
        let (doc, byte) = id.split_once(':').with_context(bad)?;
        let key = (
            doc.trim().parse().with_context(bad)?,
            byte.trim().parse().with_context(bad)?,
        );
        let referent = referent.trim();
        let told = !matches!(referent, "?" | "-" | "");
        referents.insert(key, told.then(|| referent.to_string()));
    }
    Ok(referents)
}

fn eval(
    data: &Path,
    options: &EvalOptions,
    referents_file: Option<&Path>,
    descriptions_file: Option<&Path>,
) -> Result<()> {
    let &EvalOptions {
        no_entities,
        two_apostrophe_marks,
        source_head,
        show_errors,
    } = options;
    if !data.exists() {
        out!(
            "skipped: {} is absent (PolNeAR is evaluation-only data kept outside the repository)",
            data.display()
        );
        return Ok(());
    }
    let raw = std::fs::read_to_string(data)
        .with_context(|| format!("{}: cannot read", data.display()))?;
    let referents = referents_file
        .map(|path| read_referents(path).map(|r| (path, r)))
        .transpose()?;
    let descriptions = descriptions_file.map(read_referents).transpose()?;
    let mut c = Counts::default();
    let mut errors_left = show_errors;
    for (line_no, line) in raw.lines().enumerate() {
        let doc: Value = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: bad JSON", data.display(), line_no + 1))?;
        let text = doc["text"].as_str().unwrap_or_default();
        let mut gold = gold_quotes(&doc, two_apostrophe_marks);
        if let Some((_, referents)) = &referents {
            for g in gold.iter_mut().filter(|g| g.pronoun) {
                if let Some(referent) = g
                    .source_start
                    .and_then(|at| referents.get(&(line_no + 1, at)))
                {
                    g.source = referent.clone();
                    c.pronouns_read += 1;
                } else {
                    c.pronouns_proxy += 1;
                }
            }
        }
        if let Some(descriptions) = &descriptions {
            for g in gold.iter_mut().filter(|g| !g.pronoun) {
                if let Some(named) = g
                    .source_start
                    .and_then(|at| descriptions.get(&(line_no + 1, at)))
                {
                    g.named = named.clone();
                    c.descriptions_read += 1;
                    c.descriptions_named += usize::from(named.is_some());
                }
            }
        }
        let predicted: Vec<Quote> = if no_entities {
            quotes::find_quotes(text, &[])
        } else {
            extract::extract(text).quotes
        };
        let gold_spans: Vec<Span> = gold
            .iter()
            .flat_map(|g| g.content.iter().copied())
            .collect();
        let any_spans = all_contents(&doc);
        for q in &predicted {
            let right = gold_spans.iter().any(|g| g.overlaps(&q.span));
            c.predicted += 1;
            c.predicted_in_any += usize::from(any_spans.iter().any(|g| g.overlaps(&q.span)));
            c.predicted_right += usize::from(right);
            if quotes::is_attributed_quotation(text, q) {
                c.attributed += 1;
                c.attributed_right += usize::from(right);
            } else if !right && errors_left > 0 {
                errors_left -= 1;
                let mark = text[..q.span.start].chars().next_back().unwrap_or(' ');
                out!("spurious (unattributed): {mark}{}", q.span.slice(text));
            }
            if right || errors_left == 0 || !quotes::is_attributed_quotation(text, q) {
                continue;
            }
            errors_left -= 1;
            let inside = if any_spans.iter().any(|g| g.overlaps(&q.span)) {
                "in an indirect attribution"
            } else {
                "outside any attribution"
            };
            out!("spurious ({inside}): {}", in_context(text, q.span));
        }
        for g in &gold {
            let kind = usize::from(g.mixed);
            c.gold[kind] += 1;
            let best = predicted
                .iter()
                .filter(|q| g.content.iter().any(|s| s.overlaps(&q.span)))
                .max_by_key(|q| g.content.iter().map(|s| overlap(s, &q.span)).sum::<usize>());
            let Some(q) = best else {
                if errors_left > 0 {
                    errors_left -= 1;
                    out!("missed: {}", g.content[0].slice(text));
                }
                continue;
            };
            c.found[kind] += 1;
            let attributed = predicted.iter().any(|p| {
                quotes::is_attributed_quotation(text, p)
                    && g.content.iter().any(|s| s.overlaps(&p.span))
            });
            c.found_attributed += usize::from(attributed);
            if !attributed && errors_left > 0 {
                errors_left -= 1;
                out!("found unattributed: {}", in_context(text, q.span));
            }
            c.cue_only_sources += usize::from(g.cue_only);
            let Some(source) = &g.source else { continue };
            let pronoun = usize::from(g.pronoun);
            c.speaker_total[pronoun] += 1;
            let speaker = q.speaker.as_deref();
            let right = speaker_right(speaker, source, None, source_head);
            let right_named = speaker_right(speaker, source, g.named.as_deref(), source_head);
            c.speaker_right[pronoun] += usize::from(right);
            c.speaker_right_named[pronoun] += usize::from(right_named);
            if !right_named && errors_left > 0 {
                errors_left -= 1;
                out!(
                    "speaker{}: got {:?}, gold {:?}: {}",
                    if g.pronoun { " (pronoun)" } else { "" },
                    q.speaker,
                    source,
                    context(text, q.span)
                );
            }
        }
    }
    let name = data
        .file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned());
    report(&c, &name, no_entities, two_apostrophe_marks);
    if let Some(path) = descriptions_file {
        let right = c.speaker_right_named[0] + c.speaker_right_named[1];
        let total = c.speaker_total[0] + c.speaker_total[1];
        out!(
            "speaker accuracy, a description source also right as the name it stands for: {:.3} ({right}/{total}); named {:.3} ({}/{})",
            ratio(right, total),
            ratio(c.speaker_right_named[0], c.speaker_total[0]),
            c.speaker_right_named[0],
            c.speaker_total[0],
        );
        out!(
            "(description sources: {} as read by hand in {}, {} of them standing for a name)",
            c.descriptions_read,
            path.display(),
            c.descriptions_named
        );
    }
    match referents {
        Some((path, _)) => out!(
            "(pronoun sources: {} as read by hand in {}, {} not listed there scored against the last named source before them)",
            c.pronouns_read,
            path.display(),
            c.pronouns_proxy
        ),
        None => out!("(pronoun sources scored against the last named source before them; no hand reading used)"),
    }
    out!(
        "({} found quotations whose source in the data is a cue alone (\"said\", \"According to\") name no one and are left out of the speaker figure)",
        c.cue_only_sources
    );
    if source_head {
        out!("(--source-head: speakers matched against the source's words before its first comma only)");
    }
    Ok(())
}

/// `a / b`, 0 when `b` is 0.
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn report(c: &Counts, data_name: &str, no_entities: bool, two_apostrophe_marks: bool) {
    let f1 = |p: f64, r: f64| {
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    };
    let gold = c.gold[0] + c.gold[1];
    let found = c.found[0] + c.found[1];
    let recall = ratio(found, gold);
    let precision_all = ratio(c.predicted_right, c.predicted);
    let precision_attr = ratio(c.attributed_right, c.attributed);
    let recall_attr = ratio(c.found_attributed, gold);
    out!(
        "{data_name}, {}, {}",
        if no_entities {
            "no entities"
        } else {
            "extract::extract (with entity recognizer)"
        },
        if two_apostrophe_marks {
            "''...'' quotations labelled indirect counted as direct/mixed (--as-labelled to score the labels as they are)"
        } else {
            "kinds as labelled"
        }
    );
    out!(
        "gold quotations: {gold} (direct {}, mixed {})",
        c.gold[0],
        c.gold[1]
    );
    out!(
        "recall: {:.3} (direct {:.3}, mixed {:.3})",
        recall,
        ratio(c.found[0], c.gold[0]),
        ratio(c.found[1], c.gold[1])
    );
    out!(
        "all quotes returned: {} predicted, precision {:.3}, F1 {:.3}",
        c.predicted,
        precision_all,
        f1(precision_all, recall)
    );
    out!(
        "attributed quotations only (speaker, cue or >= 8 words): {} predicted, precision {:.3}, recall {:.3}, F1 {:.3}",
        c.attributed,
        precision_attr,
        recall_attr,
        f1(precision_attr, recall_attr)
    );
    out!(
        "lenient (a quote inside any attribution's content, indirect included, is right): precision {:.3}, F1 {:.3}",
        ratio(c.predicted_in_any, c.predicted),
        f1(ratio(c.predicted_in_any, c.predicted), recall)
    );
    let total = c.speaker_total[0] + c.speaker_total[1];
    let right = c.speaker_right[0] + c.speaker_right[1];
    out!(
        "speaker accuracy on found quotations with a source: {:.3} ({right}/{total}); named {:.3} ({}/{}), pronoun {:.3} ({}/{})",
        ratio(right, total),
        ratio(c.speaker_right[0], c.speaker_total[0]),
        c.speaker_right[0],
        c.speaker_total[0],
        ratio(c.speaker_right[1], c.speaker_total[1]),
        c.speaker_right[1],
        c.speaker_total[1]
    );
}

/// The quote with some text either side, on one line, for reading errors in the terminal.
fn context(text: &str, span: Span) -> String {
    let mut start = span.start.saturating_sub(160);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (span.end + 120).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    format!(
        "{}[[{}]]{}",
        &text[start..span.start],
        span.slice(text),
        &text[span.end..end]
    )
    .replace('\n', " | ")
}

fn overlap(a: &Span, b: &Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

fn span_of(v: &Value) -> Option<Span> {
    Some(Span::new(
        v["start_byte"].as_u64()? as usize,
        v["end_byte"].as_u64()? as usize,
    ))
}

/// The content spans of every attribution of an article, whatever its kind.
fn all_contents(doc: &Value) -> Vec<Span> {
    let empty = Vec::new();
    let attributions = doc["attributions"].as_array().unwrap_or(&empty);
    attributions
        .iter()
        .filter_map(|a| a["content"].as_array())
        .flat_map(|c| c.iter().filter_map(span_of))
        .collect()
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "who", "him", "her", "them", "his", "their", "its",
];
const FIRST_PERSON: &[&str] = &["i", "we", "you", "me", "us"];

/// Whether a source span names no one: a cue's words alone ("said", "According to") or a lone letter ("o"),
/// where the data marked the verb instead of the speaker.
fn names_no_one(lower: &str) -> bool {
    let lone_letter = lower.chars().count() == 1;
    lone_letter
        || lower.split_whitespace().all(|w| {
            matches!(
                w,
                "said"
                    | "says"
                    | "say"
                    | "told"
                    | "tells"
                    | "asked"
                    | "asks"
                    | "added"
                    | "adds"
                    | "wrote"
                    | "writes"
                    | "according"
                    | "to"
            )
        })
}

/// The direct and mixed quotations of one article, each with the text that names its source. With
/// `two_apostrophe_marks`, an attribution labelled indirect whose content holds a ''...'' quotation is one too:
/// direct when the quotation is the whole content, else mixed.
fn gold_quotes(doc: &Value, two_apostrophe_marks: bool) -> Vec<Gold> {
    let empty = Vec::new();
    let attributions = doc["attributions"].as_array().unwrap_or(&empty);
    // Named sources of every attribution, in text order, to stand for the person a pronoun source refers to.
    let mut named: Vec<(usize, String)> = attributions
        .iter()
        .filter_map(|a| {
            let s = a["source"].as_array()?.first()?;
            let t = s["text"].as_str()?;
            let is_pronoun =
                PRONOUNS.contains(&t.to_lowercase().as_str()) || a["source_is_pronoun"] == true;
            (!is_pronoun && t.chars().any(char::is_uppercase))
                .then(|| (span_of(s).map_or(0, |s| s.start), t.into()))
        })
        .collect();
    named.sort();
    let content_text = |a: &Value| -> String {
        a["content"].as_array().map_or(String::new(), |c| {
            c.iter()
                .filter_map(|s| s["text"].as_str())
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let kind_of = |a: &Value| match a["kind"].as_str() {
        Some("direct") => Some(false),
        Some("mixed") => Some(true),
        Some("indirect") if two_apostrophe_marks => {
            let text = content_text(a);
            let text = text.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.'));
            let quoted = text.matches("''").count() >= 2;
            quoted.then(|| !(text.starts_with("''") && text.ends_with("''")))
        }
        _ => None,
    };
    attributions
        .iter()
        .filter_map(|a| kind_of(a).map(|mixed| (a, mixed)))
        .map(|(a, mixed)| {
            let content = a["content"]
                .as_array()
                .map_or(Vec::new(), |c| c.iter().filter_map(span_of).collect());
            let source_span = a["source"].as_array().and_then(|s| s.first());
            let text = source_span
                .and_then(|s| s["text"].as_str())
                .unwrap_or("")
                .trim();
            let lower = text.to_lowercase();
            let pronoun = PRONOUNS.contains(&lower.as_str());
            let first_person = FIRST_PERSON.contains(&lower.as_str());
            let cue_only = !text.is_empty() && !first_person && names_no_one(&lower);
            let source = if text.is_empty() || cue_only || first_person {
                None
            } else if pronoun {
                let at = source_span.and_then(span_of).map_or(0, |s| s.start);
                named
                    .iter()
                    .rev()
                    .find(|(pos, _)| *pos < at)
                    .map(|(_, t)| t.clone())
            } else {
                Some(text.to_string())
            };
            Gold {
                content,
                mixed,
                source,
                source_start: source_span.and_then(span_of).map(|s| s.start),
                pronoun,
                named: None,
                cue_only,
            }
        })
        .filter(|g| !g.content.is_empty())
        .collect()
}

/// Whether a predicted speaker is right for a gold source, or, for a description source read by hand, for the name
/// it stands for.
fn speaker_right(speaker: Option<&str>, source: &str, named: Option<&str>, head: bool) -> bool {
    speaker.is_some_and(|s| {
        speaker_matches(s, source, head) || named.is_some_and(|n| speaker_matches(s, n, head))
    })
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            let w = w
                .strip_suffix("’s")
                .or_else(|| w.strip_suffix("'s"))
                .unwrap_or(w);
            fold_accents(&w.to_lowercase().replace('’', "'"))
        })
        .filter(|w| !w.is_empty() && !is_title(w) && !matches!(w.as_str(), "the" | "a" | "an"))
        .collect()
}

/// A title or honorific, lower case without its period.
fn is_title(word: &str) -> bool {
    matches!(
        word,
        "sen"
            | "rep"
            | "gov"
            | "mr"
            | "mrs"
            | "ms"
            | "dr"
            | "president"
            | "senator"
            | "governor"
            | "professor"
            | "prof"
            | "justice"
            | "judge"
            | "gen"
            | "rev"
    )
}

/// An office that stands before a surname as a title: "Chief Lund", "Mayor Berg".
fn is_office_title(word: &str) -> bool {
    matches!(
        word,
        "chief"
            | "mayor"
            | "secretary"
            | "minister"
            | "pastor"
            | "bishop"
            | "rabbi"
            | "sheriff"
            | "lt"
            | "col"
            | "sgt"
            | "capt"
            | "cmdr"
            | "adm"
            | "lieutenant"
            | "colonel"
            | "sergeant"
            | "captain"
            | "commander"
            | "admiral"
            | "general"
            | "representative"
            | "congressman"
            | "congresswoman"
            | "speaker"
            | "commissioner"
            | "chairman"
            | "chairwoman"
            | "detective"
            | "officer"
            | "coach"
    )
}

/// Whether a predicted speaker names the gold source: the predicted name's last word (a surname, or a
/// description's head noun) is a word of the source, or the source's last word is a word of the prediction;
/// two full names with different first names do not match, unless one is a familiar form of the other.
fn speaker_matches(predicted: &str, source: &str, source_head: bool) -> bool {
    // "the president" for "The president": the same words, though titles alone leave nothing to compare below.
    let same_words = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
    if same_words(&predicted.to_lowercase(), &source.to_lowercase()) {
        return true;
    }
    let (p, g) = (words(predicted), words(source));
    let (Some(p_last), Some(g_last)) = (p.last(), g.last()) else {
        return false;
    };
    // Before a surname, an office is a title too ("Chief Lund", "Mayor Lund"), though in a description it is the
    // head noun ("the mayor") and stays a word to match.
    let title_word = |w: &str| {
        let w = w.trim_end_matches(['.', ',']).to_lowercase();
        is_title(&w) || is_office_title(&w)
    };
    // Capitalised words other than titles and articles: "Mr. Lund-Holm" is one name word, not two, and "A
    // flustered Lund" names one.
    let capitalised = |s: &str| {
        s.split_whitespace()
            .filter(|w| {
                w.starts_with(char::is_uppercase)
                    && !title_word(w)
                    && !matches!(*w, "A" | "An" | "The")
            })
            .count()
    };
    // Only the source's name counts here, not an appositive after it ("Lund, a ferry owner,"); after a title
    // ("Mr. Van Dyke") the name is a surname alone, however many words it has.
    let source_name = source.split(',').next().unwrap_or(source);
    let head = words(source_name);
    let titled = source_name.split_whitespace().any(title_word);
    if !titled
        && capitalised(predicted) >= 2
        && capitalised(source_name) == 2
        && p.len() >= 2
        && head.len() == 2
        && formal_given_name(&p[0]) != formal_given_name(&g[0])
        // "Eskelsen García" is the end of "Lily Eskelsen García": a surname of two words, not a full name.
        && !p.ends_with(&head)
    {
        return false;
    }
    if source_head {
        return head.contains(p_last) || head.last().is_some_and(|l| p.contains(l));
    }
    g.contains(p_last) || p.contains(g_last)
}

#[cfg(test)]
mod tests {
    use super::{names_no_one, read_referents, speaker_matches, speaker_right};

    #[test]
    fn referents_file_lines_and_errors() {
        let dir = std::env::temp_dir().join(format!("nr-referents-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.tsv");
        std::fs::write(
            &good,
            "# line:byte\treferent\n3:120\tAnna Berg\n\n12:7\t?\n14:9\t-\n",
        )
        .unwrap();
        let r = read_referents(&good).unwrap();
        assert_eq!(r.len(), 3);
        assert_eq!(
            r[&(14, 9)],
            None,
            "`-` is a description the story names no one for"
        );
        assert_eq!(r[&(3, 120)].as_deref(), Some("Anna Berg"));
        assert_eq!(
            r[&(12, 7)],
            None,
            "`?` is a pronoun whose referent cannot be told"
        );
        let bad = dir.join("bad.tsv");
        std::fs::write(&bad, "3:120\tAnna Berg\n3-121 Tom Okafor\n").unwrap();
        let err = format!("{:#}", read_referents(&bad).unwrap_err());
        assert!(err.contains("bad.tsv:2"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn description_sources_read_as_a_name() {
        // PolNeAR's "the mayor" stands for Erik Lund: the name is right, and so is the description.
        let named = Some("Erik Lund");
        assert!(speaker_right(Some("Erik Lund"), "the mayor", named, false));
        assert!(speaker_right(Some("the mayor"), "the mayor", named, false));
        assert!(!speaker_right(Some("Erik Lund"), "the mayor", None, false));
        assert!(!speaker_right(
            Some("Tom Okafor"),
            "the mayor",
            named,
            false
        ));
        assert!(!speaker_right(None, "the mayor", named, false));
    }

    #[test]
    fn speaker_matching() {
        let cases = [
            ("Anna Berg", "Ms. Berg", true),
            ("the spokesman", "The spokesman", true),
            // A title is no name word: the source names one person by surname.
            ("Tomas Lund-Holm", "Mr. Lund-Holm", true),
            ("Tomas Lund", "Mr. Lund, 79,", true),
            // An appositive is not part of the name: "Lund, a ferry owner," is one surname.
            ("Tomas Lund", "Lund, a ferry owner,", true),
            ("Ana O'Brien", "O’Brien", true),
            // Accents written or left out: one name.
            ("Francois Lund", "François Lund", true),
            ("José Ruiz", "Jose Ruiz, the mayor,", true),
            // After a title, the name is a surname, two words or one.
            ("Anna van Berg", "Ms. Van Berg", true),
            ("Ana Ruiz", "Professor Ruiz", true),
            // So is an office before a surname; as a description's head it is still a word to match.
            ("Tomas Lund", "Chief Lund", true),
            ("Tomas Lund", "Mayor Lund, 52,", true),
            ("the mayor", "Mayor Erik Lund", true),
            // A surname of two words is the end of the full name, not another person.
            ("Ana Ruiz Costa", "Ruiz Costa", true),
            ("Ana Ruiz Costa", "Ruiz Costa, the mayor,", true),
            // A familiar given name is the formal one.
            ("Pete Lund", "Peter Lund", true),
            // An article opening a description is no given name.
            ("Tomas Lund", "A flustered Lund", true),
            // Two full names with different given names are different people.
            ("Tomas Lund", "Erik Lund", false),
            ("Tomas Lund", "Erik Lund, the mayor,", false),
            ("Anna Berg", "Tom Okafor", false),
        ];
        for (predicted, source, want) in cases {
            assert_eq!(
                speaker_matches(predicted, source, false),
                want,
                "{predicted} / {source}"
            );
        }
    }

    #[test]
    fn a_cue_alone_as_source_names_no_one() {
        for source in ["said", "according to", "asked", "o"] {
            assert!(names_no_one(source), "{source}");
        }
        for source in ["the spokesman", "lund", "said lund", "ap"] {
            assert!(!names_no_one(source), "{source}");
        }
    }

    #[test]
    fn source_head_matching_reads_the_source_up_to_its_first_comma() {
        let source = "Tom Okafor, an adviser to the Harbourton Trust,";
        assert!(speaker_matches("Harbourton", source, false));
        assert!(!speaker_matches("Harbourton", source, true));
        assert!(speaker_matches("Tom Okafor", source, true));
    }
}
