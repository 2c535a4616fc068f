//! Labelled corpora for training and measuring the entity tagger: CoNLL-style readers (IOB1 and IOB2, two to
//! five columns), rebuilding raw text from tokens, and exact-span scoring of [`recognize`] on that text.
//!
//! [`recognize`]: super::entities::recognize

use super::features::TAGS;
use crate::article::{EntityKind, Span};

/// One sentence: words and BIO tag ids (see [`TAGS`]).
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<u8>,
}

/// A document: its sentences in order.
pub type Doc = Vec<Sentence>;

/// Reads a CoNLL-like file: `word TAG`, `word<TAB>TAG`, `word POS chunk TAG` or `id word TAG - -`; `#` comments;
/// blank lines between sentences; `-DOCSTART-` (or `# newdoc`) between documents. MISC becomes O; IOB1 is
/// converted so every entity starts with B-.
pub fn read_conll(content: &str) -> Vec<Doc> {
    let mut docs: Vec<Doc> = vec![Vec::new()];
    let mut sentence = Sentence::default();
    let mut labels: Vec<String> = Vec::new();
    let flush = |docs: &mut Vec<Doc>, sentence: &mut Sentence, labels: &mut Vec<String>| {
        if !sentence.words.is_empty() {
            sentence.tags = bio_ids(labels);
            if let Some(doc) = docs.last_mut() {
                doc.push(std::mem::take(sentence));
            }
        }
        labels.clear();
    };
    for line in content.lines() {
        let line = line.trim_end();
        if line.starts_with("# newdoc") {
            flush(&mut docs, &mut sentence, &mut labels);
            docs.push(Vec::new());
            continue;
        }
        if line.starts_with("# ") && line.contains(" = ") {
            continue;
        }
        let fields: Vec<&str> = line.split(['\t', ' ']).filter(|f| !f.is_empty()).collect();
        if fields.is_empty() {
            flush(&mut docs, &mut sentence, &mut labels);
            continue;
        }
        if fields[0] == "-DOCSTART-" {
            flush(&mut docs, &mut sentence, &mut labels);
            docs.push(Vec::new());
            continue;
        }
        let (word, tag) =
            if fields.len() >= 5 && fields[0].bytes().all(|b| b.is_ascii_digit() || b == b'.') {
                (fields[1], fields[2])
            } else if fields.len() >= 2 {
                (fields[0], fields[fields.len() - 1])
            } else {
                continue;
            };
        sentence.words.push(word.to_string());
        labels.push(tag.to_string());
    }
    flush(&mut docs, &mut sentence, &mut labels);
    docs.retain(|d| !d.is_empty());
    docs
}

/// Converts IOB1 or IOB2 labels to BIO tag ids; MISC and unknown types become O.
fn bio_ids(labels: &[String]) -> Vec<u8> {
    let mut out = Vec::with_capacity(labels.len());
    let mut prev_type = "";
    for label in labels {
        let (prefix, kind) = label.split_once('-').unwrap_or(("O", ""));
        let base: u8 = match kind {
            "PER" => 1,
            "LOC" => 3,
            "ORG" => 5,
            _ => 0,
        };
        if base == 0 {
            out.push(0);
            prev_type = "";
            continue;
        }
        let begins = prefix == "B" || prefix == "S" || prev_type != kind;
        out.push(if begins { base } else { base + 1 });
        prev_type = kind;
    }
    out
}

/// An entity span with its kind.
pub type Labelled = (Span, EntityKind);

/// Rebuilds plain text from a document's tokens (sentences on lines of their own, the usual spacing around
/// punctuation) and returns it with the gold entity spans in it.
pub fn detokenize(doc: &Doc) -> (String, Vec<Labelled>) {
    let mut text = String::new();
    let mut gold = Vec::new();
    for sentence in doc {
        if !text.is_empty() {
            text.push('\n');
        }
        let mut open_quote = false;
        let mut no_space_next = true;
        let mut starts = Vec::with_capacity(sentence.words.len());
        let mut ends = Vec::with_capacity(sentence.words.len());
        for word in &sentence.words {
            let w = word.as_str();
            let attach_left = matches!(
                w,
                "," | "."
                    | ";"
                    | ":"
                    | "!"
                    | "?"
                    | ")"
                    | "]"
                    | "}"
                    | "%"
                    | "'s"
                    | "'S"
                    | "n't"
                    | "'"
                    | "'re"
                    | "'ve"
                    | "'ll"
                    | "'d"
                    | "'m"
            ) || (w == "\"" && open_quote);
            if !no_space_next && !attach_left {
                text.push(' ');
            }
            starts.push(text.len());
            text.push_str(w);
            ends.push(text.len());
            no_space_next = matches!(w, "(" | "[" | "{" | "$") || (w == "\"" && !open_quote);
            if w == "\"" {
                open_quote = !open_quote;
            }
        }
        let mut i = 0;
        while i < sentence.tags.len() {
            let tag = sentence.tags[i];
            if tag % 2 == 1 {
                let mut j = i + 1;
                while j < sentence.tags.len() && sentence.tags[j] == tag + 1 {
                    j += 1;
                }
                gold.push((Span::new(starts[i], ends[j - 1]), kind_of(tag)));
                i = j;
            } else {
                i += 1;
            }
        }
    }
    (text, gold)
}

/// The entity kind of a B- or I- tag id.
pub fn kind_of(tag: u8) -> EntityKind {
    match tag.div_ceil(2) {
        1 => EntityKind::Person,
        2 => EntityKind::Place,
        _ => EntityKind::Organization,
    }
}

/// True-positive, false-positive and false-negative counts for one entity kind.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Per-kind counts in the order person, place, organisation.
pub fn score(gold: &[Labelled], predicted: &[Labelled], counts: &mut [Counts; 3]) {
    let index = |k: EntityKind| match k {
        EntityKind::Person => 0,
        EntityKind::Place => 1,
        EntityKind::Organization => 2,
    };
    for p in predicted {
        if gold.contains(p) {
            counts[index(p.1)].tp += 1;
        } else {
            counts[index(p.1)].fp += 1;
        }
    }
    for g in gold {
        if !predicted.contains(g) {
            counts[index(g.1)].fn_ += 1;
        }
    }
}

/// The tag names, for reports.
pub fn tag_name(tag: u8) -> &'static str {
    TAGS.get(tag as usize).copied().unwrap_or("?")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_formats_and_rebuilds_text() {
        let iob1 = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n.\t. O O\n\nPeter I-PER\nBlackburn I-PER\n's O\nson O\n";
        let docs = read_conll(iob1);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0][0].tags, vec![5, 0, 0, 0, 0]);
        assert_eq!(docs[0][1].tags, vec![1, 2, 0, 0]);
        let (text, gold) = detokenize(&docs[0]);
        assert_eq!(text, "EU rejects German call.\nPeter Blackburn's son");
        assert_eq!(gold[1].0.slice(&text), "Peter Blackburn");
        let uner = "# newdoc id = x\n# text = in tampa bay\n1\tin\tO\t-\t-\n2\ttampa\tB-LOC\t-\t-\n3\tbay\tI-LOC\t-\t-\n";
        let docs = read_conll(uner);
        assert_eq!(docs[0][0].words, vec!["in", "tampa", "bay"]);
        assert_eq!(docs[0][0].tags, vec![0, 3, 4]);
    }
}
