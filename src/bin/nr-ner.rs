//! Developer tool for the entity recogniser: `train` rebuilds assets/ner/model.bin from the open corpora,
//! `eval` scores the full pipeline on raw text rebuilt from held-out and eval-only corpora, `bench` times it.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use newsreader::article::{EntityKind, Span};
use newsreader::extract::corpus::{detokenize, read_conll, score, Counts, Doc, Sentence};
use newsreader::extract::entities::{recognize, recognize_with, Engine};
use newsreader::extract::gazetteer::Gazetteer;
use newsreader::extract::model::Model;
use newsreader::extract::tokenize::tokenize;
use newsreader::extract::train::{train, TrainConfig};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// `println!` that ends the program quietly when stdout is closed (`nr-ner tag ... | head`).
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if writeln!(std::io::stdout(), $($arg)*).is_err() {
            std::process::exit(0);
        }
    }};
}

#[derive(Parser)]
#[command(about = "Train, evaluate and benchmark the entity recogniser")]
struct Cli {
    /// Folder holding open/ and eval-only/ (default: ../shared/data/ner beside the crate).
    #[arg(long, global = true)]
    data: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Train on the open corpora (minus their held-out parts) and write assets/ner/model.bin.
    Train {
        #[arg(long, default_value_t = 10)]
        epochs: usize,
        #[arg(long, default_value_t = 16)]
        bits: u32,
        /// The seed of the sentence order and of the name swaps.
        #[arg(long, default_value_t = TrainConfig::default().seed)]
        seed: u64,
        /// Leave out the silver-labelled WikiANN sentences.
        #[arg(long)]
        no_wikiann: bool,
        /// Train only on the corpora whose name starts with this (for experiments).
        #[arg(long)]
        only: Option<String>,
        /// Where to write the model (default: assets/ner/model.bin).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Write nothing: fail unless the trained weights are byte for byte the model built into this binary.
        #[arg(long)]
        check: bool,
    },
    /// Per-type precision, recall and F1 (exact spans) of the built-in recogniser on raw text.
    Eval {
        /// Evaluate this model file instead of the built-in one.
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Prints each token of TEXT with its tag (for development).
    Tag {
        text: String,
        #[arg(long)]
        model: Option<PathBuf>,
    },
    /// Tokens per second on one core, and model load time.
    Bench {
        #[arg(long, default_value_t = 3.0)]
        seconds: f64,
        /// Time this model file instead of the built-in one (load time is always the built-in one's).
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let data = cli
        .data
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ner"));
    match cli.command {
        Command::Train {
            epochs,
            bits,
            seed,
            no_wikiann,
            only,
            out,
            check,
        } => {
            let out = out.unwrap_or_else(|| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/ner/model.bin")
            });
            run_train(
                &data,
                TrainConfig {
                    epochs,
                    bits,
                    seed,
                    ..TrainConfig::default()
                },
                !no_wikiann,
                only.as_deref(),
                &out,
                check,
            )
        }
        Command::Eval { model } => run_eval(&data, model.as_deref()),
        Command::Tag { text, model } => {
            let engine = load_engine(model.as_deref())?;
            let mut tokens = Vec::new();
            let mentions = engine.mentions(&text, &mut tokens);
            for (i, t) in tokens.iter().enumerate() {
                let m = mentions.iter().find(|m| m.first <= i && i <= m.last);
                out!("{:<20} {:?}", t.text(&text), m.map(|m| m.kind));
            }
            if let Ok(at) = std::env::var("NR_NER_EXPLAIN") {
                // Per-feature weights at token index `at`, with the tagger's own previous tags.
                let at: usize = at.parse()?;
                let words: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
                let mut info = newsreader::extract::features::SentenceInfo {
                    words: Vec::new(),
                    all_caps: false,
                };
                let mut scratch = newsreader::extract::features::Scratch::default();
                newsreader::extract::features::sentence_info(
                    &engine.gazetteer,
                    &words,
                    &mut info,
                    &mut scratch,
                );
                let mut tags = Vec::new();
                engine.model.tag(&info, &mut tags);
                let prev = if at > 0 { tags[at - 1] } else { 0 };
                let prev2 = if at > 1 { tags[at - 2] } else { 0 };
                let mut feats = [0u64; newsreader::extract::features::N_FEATURES];
                newsreader::extract::features::features(&info, at, prev, prev2, &mut feats);
                for (n, f) in feats.iter().enumerate() {
                    out!("f{n:<3} {:?}", &engine.model.row(*f)[..7]);
                }
            }
            for e in recognize_with(&engine, &text) {
                out!("{:?} {:?} {:?}", e.kind, e.name, e.aliases);
            }
            Ok(())
        }
        Command::Bench { seconds, model } => run_bench(&data, seconds, model.as_deref()),
    }
}

/// An open corpus split into training and held-out documents.
struct Split {
    name: &'static str,
    train: Vec<Doc>,
    held_out: Vec<Doc>,
}

fn read(path: &Path) -> Result<Vec<Doc>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))?;
    Ok(read_conll(&text))
}

/// Sentences without document structure: each is its own document.
fn each_sentence(docs: Vec<Doc>) -> Vec<Doc> {
    docs.into_iter().flatten().map(|s| vec![s]).collect()
}

fn every_nth(docs: Vec<Doc>, n: usize) -> (Vec<Doc>, Vec<Doc>) {
    let (mut train, mut held) = (Vec::new(), Vec::new());
    for (i, d) in docs.into_iter().enumerate() {
        if i % n == n - 1 {
            held.push(d)
        } else {
            train.push(d)
        }
    }
    (train, held)
}

/// The fixed split: wikigold every 10th document and UNER-EWT every 5th held out; GUM and WikiANN dev files.
fn open_splits(data: &Path) -> Result<Vec<Split>> {
    let open = data.join("open");
    let (wg_train, wg_held) = every_nth(read(&open.join("wikigold.conll"))?, 10);
    let (ud_train, ud_held) = every_nth(read(&open.join("uner-ewt.dev.iob2"))?, 5);
    Ok(vec![
        Split {
            name: "wikigold (every 10th doc)",
            train: wg_train,
            held_out: wg_held,
        },
        Split {
            name: "gum (dev)",
            train: read(&open.join("gum.train.conll"))?,
            held_out: read(&open.join("gum.dev.conll"))?,
        },
        Split {
            name: "wikiann (dev)",
            train: each_sentence(read(&open.join("wikiann.train.conll"))?),
            held_out: each_sentence(read(&open.join("wikiann.dev.conll"))?),
        },
        Split {
            name: "uner-ewt (every 5th doc)",
            train: ud_train,
            held_out: ud_held,
        },
    ])
}

fn run_train(
    data: &Path,
    config: TrainConfig,
    wikiann: bool,
    only: Option<&str>,
    out: &Path,
    check: bool,
) -> Result<()> {
    let splits = open_splits(data)?;
    let sentences: Vec<Sentence> = splits
        .into_iter()
        .filter(|s| wikiann || !s.name.starts_with("wikiann"))
        .filter(|s| only.is_none_or(|o| s.name.starts_with(o)))
        .flat_map(|s| s.train.into_iter().flatten())
        .collect();
    let tokens: usize = sentences.iter().map(|s| s.words.len()).sum();
    eprintln!(
        "training on {} sentences, {tokens} tokens, {config:?}",
        sentences.len()
    );
    let started = Instant::now();
    let gaz = Gazetteer::builtin();
    let model = train(&sentences, &gaz, config, |epoch, acc| {
        eprintln!(
            "epoch {epoch}: token accuracy {acc:.4} ({:.0?})",
            started.elapsed()
        );
    });
    // The shipped (averaged, quantised) weights on the training sentences: catches a broken export.
    let mut info = newsreader::extract::features::SentenceInfo {
        words: Vec::new(),
        all_caps: false,
    };
    let mut scratch = newsreader::extract::features::Scratch::default();
    let (mut right, mut all, mut tags) = (0usize, 0usize, Vec::new());
    for s in sentences.iter().take(3000) {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        newsreader::extract::features::sentence_info(&gaz, &words, &mut info, &mut scratch);
        model.tag(&info, &mut tags);
        right += tags.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        all += tags.len();
    }
    eprintln!(
        "final weights, token accuracy on 3000 training sentences: {:.4}",
        right as f64 / all.max(1) as f64
    );
    let bytes = model.to_bytes();
    let shipped = bytes == newsreader::extract::entities::MODEL_BYTES;
    if check {
        anyhow::ensure!(
            shipped,
            "the trained weights differ from the model built into this binary (assets/ner/model.bin)"
        );
        eprintln!("the trained weights are the shipped model, byte for byte");
        return Ok(());
    }
    std::fs::write(out, &bytes).with_context(|| format!("{}: cannot write", out.display()))?;
    if shipped {
        eprintln!("the same bytes as the shipped model");
    }
    eprintln!(
        "wrote {} ({} bytes); rebuild to ship it",
        out.display(),
        bytes.len()
    );
    Ok(())
}

fn flatten(engine: &Engine, text: &str) -> Vec<(Span, EntityKind)> {
    let entities = recognize_with(engine, text);
    // With NR_NER_DUMP set, eval prints every entity in full (names, aliases, spans): two builds that print the
    // same lines name every entity alike, which the scores alone do not show.
    if std::env::var_os("NR_NER_DUMP").is_some() {
        entities.iter().for_each(|e| out!("{e:?}"));
    }
    let mut out: Vec<(Span, EntityKind)> = entities
        .into_iter()
        .flat_map(|e| e.mentions.into_iter().map(move |m| (m, e.kind)))
        .collect();
    out.sort();
    out
}

fn evaluate(engine: &Engine, name: &str, docs: &[Doc]) {
    let mut counts = [Counts::default(); 3];
    let mut tokens = 0;
    for doc in docs {
        let (text, gold) = detokenize(doc);
        tokens += doc.iter().map(|s| s.words.len()).sum::<usize>();
        let predicted = flatten(engine, &text);
        if std::env::var_os("NR_NER_ERRORS").is_some() {
            print_errors(&text, &gold, &predicted);
        }
        score(&gold, &predicted, &mut counts);
    }
    out!("{name}: {} docs, {tokens} tokens", docs.len());
    out!(
        "  {:<6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
        "type",
        "P",
        "R",
        "F1",
        "gold",
        "found",
        "right"
    );
    for (label, c) in ["PER", "LOC", "ORG"].iter().zip(counts) {
        out!(
            "  {label:<6} {:>6.3} {:>6.3} {:>6.3} {:>6} {:>6} {:>6}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp + c.fn_,
            c.tp + c.fp,
            c.tp
        );
    }
}

fn load_engine(model: Option<&Path>) -> Result<Engine> {
    let mut engine = Engine::builtin()?;
    if let Some(path) = model {
        let bytes =
            std::fs::read(path).with_context(|| format!("{}: cannot read", path.display()))?;
        engine.model =
            Model::from_bytes(&bytes).with_context(|| format!("{}: bad model", path.display()))?;
    }
    Ok(engine)
}

fn run_eval(data: &Path, model: Option<&Path>) -> Result<()> {
    let engine = &load_engine(model)?;
    let conll = data.join("eval-only/conll2003.valid.txt");
    if conll.exists() {
        evaluate(engine, "conll2003 dev (eval-only)", &read(&conll)?);
    } else {
        out!("{}: absent, skipped", conll.display());
    }
    match open_splits(data) {
        Ok(splits) => splits
            .iter()
            .for_each(|s| evaluate(engine, s.name, &s.held_out)),
        Err(e) => out!("open corpora: {e:#}, skipped"),
    }
    Ok(())
}

fn run_bench(data: &Path, seconds: f64, model: Option<&Path>) -> Result<()> {
    let (wall, cpu) = (Instant::now(), cpu_seconds());
    let engine = Engine::builtin()?;
    let load_cpu = cpu.zip(cpu_seconds()).map(|(a, b)| (b - a) * 1e3);
    out!(
        "model load (weights + gazetteers): {:.1} ms wall, {} CPU",
        wall.elapsed().as_secs_f64() * 1e3,
        load_cpu.map_or("?".into(), |ms| format!("{ms:.1} ms"))
    );
    drop(engine);
    let engine = load_engine(model)?;
    let docs = read(&data.join("eval-only/conll2003.valid.txt"))
        .or_else(|_| read(&data.join("open/gum.dev.conll")))?;
    let texts: Vec<String> = docs.iter().map(|d| detokenize(d).0).collect();
    let tokens_per_pass: usize = texts.iter().map(|t| tokenize(t).len()).sum();
    let _ = recognize("warm up");
    let mut found = 0usize;
    let mut run = |label: &str, work: &mut dyn FnMut(&str) -> usize| {
        let (wall, cpu) = (Instant::now(), cpu_seconds());
        let mut passes = 0usize;
        while wall.elapsed().as_secs_f64() < seconds {
            texts.iter().for_each(|t| found += work(t));
            passes += 1;
        }
        let tokens = (tokens_per_pass * passes) as f64;
        let cpu = cpu.zip(cpu_seconds()).map(|(a, b)| b - a);
        out!(
            "{label}: {:.0} tokens/s wall, {} tokens/s CPU time (one thread, {tokens} tokens)",
            tokens / wall.elapsed().as_secs_f64(),
            cpu.map_or("?".into(), |c| format!("{:.0}", tokens / c))
        );
    };
    run("recognize (full pipeline)", &mut |t| {
        recognize_with(&engine, t).len()
    });
    let mut buffer = Vec::new();
    run("tagging only (no canonical names)", &mut |t| {
        engine.mentions(t, &mut buffer).len()
    });
    let tagged: Vec<_> = texts
        .iter()
        .map(|t| {
            let mut tokens = Vec::new();
            let mentions = engine.mentions(t, &mut tokens);
            (t.as_str(), tokens, mentions)
        })
        .collect();
    let (wall, cpu) = (Instant::now(), cpu_seconds());
    let mut passes = 0;
    while wall.elapsed().as_secs_f64() < seconds / 2.0 {
        for (t, tokens, mentions) in &tagged {
            found += newsreader::extract::canonical::resolve(
                t,
                tokens,
                mentions.clone(),
                &engine.gazetteer,
            )
            .len();
        }
        passes += 1;
    }
    let cpu = cpu.zip(cpu_seconds()).map(|(a, b)| b - a);
    out!(
        "canonical names alone: {} tokens/s CPU time",
        cpu.map_or("?".into(), |c| format!(
            "{:.0}",
            (tokens_per_pass * passes) as f64 / c
        ))
    );
    eprintln!("({found} mentions)");
    Ok(())
}

/// With NR_NER_ERRORS set, eval prints each miss and false alarm (for development).
fn print_errors(text: &str, gold: &[(Span, EntityKind)], predicted: &[(Span, EntityKind)]) {
    for g in gold.iter().filter(|g| !predicted.contains(g)) {
        let got: Vec<_> = predicted
            .iter()
            .filter(|p| p.0.overlaps(&g.0))
            .map(|p| (p.0.slice(text), p.1))
            .collect();
        out!(
            "MISS {:?} {:?} got {got:?}  | {}",
            g.1,
            g.0.slice(text),
            line_of(text, g.0)
        );
    }
    for p in predicted.iter().filter(|p| !gold.contains(p)) {
        if let Some(g) = gold.iter().find(|g| g.0.overlaps(&p.0)) {
            out!(
                "WRONG {:?} {:?} gold {:?} {:?}  | {}",
                p.1,
                p.0.slice(text),
                g.1,
                g.0.slice(text),
                line_of(text, p.0)
            );
        } else {
            out!(
                "FALSE {:?} {:?}  | {}",
                p.1,
                p.0.slice(text),
                line_of(text, p.0)
            );
        }
    }
}

/// The line holding a span, cut to about 100 characters around it.
fn line_of(text: &str, span: Span) -> String {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let line = &text[start..end];
    let from = span.start - start;
    let chars: Vec<char> = line.chars().collect();
    let at = line[..from].chars().count();
    let lo = at.saturating_sub(50);
    chars[lo..chars.len().min(lo + 100)].iter().collect()
}

/// CPU time this process has run, from /proc/self/schedstat (Linux); None elsewhere. Other jobs on a busy
/// machine stretch wall time but not this.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/schedstat").ok()?;
    let nanos: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanos / 1e9)
}
