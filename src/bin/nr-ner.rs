//! Developer tool for the entity recogniser: `train` rebuilds assets/ner/model.bin from the open corpora,
//! `eval` scores the full pipeline on raw text rebuilt from held-out and eval-only corpora, `bench` times it.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use newsreader::article::{EntityKind, Span};
use newsreader::extract::corpus::{detokenize, read_conll, score, Counts, Doc, Sentence};
use newsreader::extract::entities::{recognize, Engine};
use newsreader::extract::gazetteer::Gazetteer;
use newsreader::extract::tokenize::tokenize;
use newsreader::extract::train::{train, TrainConfig};
use std::path::{Path, PathBuf};
use std::time::Instant;

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
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        #[arg(long, default_value_t = 19)]
        bits: u32,
        /// Leave out the silver-labelled WikiANN sentences.
        #[arg(long)]
        no_wikiann: bool,
        /// Where to write the model (default: assets/ner/model.bin).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Per-type precision, recall and F1 (exact spans) of the built-in recogniser on raw text.
    Eval,
    /// Tokens per second on one core, and model load time.
    Bench {
        #[arg(long, default_value_t = 3.0)]
        seconds: f64,
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
            no_wikiann,
            out,
        } => {
            let out = out.unwrap_or_else(|| {
                Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/ner/model.bin")
            });
            run_train(
                &data,
                TrainConfig {
                    epochs,
                    bits,
                    ..TrainConfig::default()
                },
                !no_wikiann,
                &out,
            )
        }
        Command::Eval => run_eval(&data),
        Command::Bench { seconds } => run_bench(&data, seconds),
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

fn run_train(data: &Path, config: TrainConfig, wikiann: bool, out: &Path) -> Result<()> {
    let splits = open_splits(data)?;
    let sentences: Vec<Sentence> = splits
        .into_iter()
        .filter(|s| wikiann || !s.name.starts_with("wikiann"))
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
    let bytes = model.to_bytes();
    std::fs::write(out, &bytes).with_context(|| format!("{}: cannot write", out.display()))?;
    eprintln!(
        "wrote {} ({} bytes); rebuild to ship it",
        out.display(),
        bytes.len()
    );
    Ok(())
}

fn flatten(text: &str) -> Vec<(Span, EntityKind)> {
    let mut out: Vec<(Span, EntityKind)> = recognize(text)
        .into_iter()
        .flat_map(|e| e.mentions.into_iter().map(move |m| (m, e.kind)))
        .collect();
    out.sort();
    out
}

fn evaluate(name: &str, docs: &[Doc]) {
    let mut counts = [Counts::default(); 3];
    let mut tokens = 0;
    for doc in docs {
        let (text, gold) = detokenize(doc);
        tokens += doc.iter().map(|s| s.words.len()).sum::<usize>();
        score(&gold, &flatten(&text), &mut counts);
    }
    println!("{name}: {} docs, {tokens} tokens", docs.len());
    println!(
        "  {:<6} {:>6} {:>6} {:>6} {:>6}",
        "type", "P", "R", "F1", "gold"
    );
    for (label, c) in ["PER", "LOC", "ORG"].iter().zip(counts) {
        println!(
            "  {label:<6} {:>6.3} {:>6.3} {:>6.3} {:>6}",
            c.precision(),
            c.recall(),
            c.f1(),
            c.tp + c.fn_
        );
    }
}

fn run_eval(data: &Path) -> Result<()> {
    let conll = data.join("eval-only/conll2003.valid.txt");
    if conll.exists() {
        evaluate("conll2003 dev (eval-only)", &read(&conll)?);
    } else {
        println!("{}: absent, skipped", conll.display());
    }
    match open_splits(data) {
        Ok(splits) => splits.iter().for_each(|s| evaluate(s.name, &s.held_out)),
        Err(e) => println!("open corpora: {e:#}, skipped"),
    }
    Ok(())
}

fn run_bench(data: &Path, seconds: f64) -> Result<()> {
    let started = Instant::now();
    let engine = Engine::builtin()?;
    println!(
        "model load (weights + gazetteers): {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    drop(engine);
    let docs = read(&data.join("eval-only/conll2003.valid.txt"))
        .or_else(|_| read(&data.join("open/gum.dev.conll")))?;
    let texts: Vec<String> = docs.iter().map(|d| detokenize(d).0).collect();
    let tokens_per_pass: usize = texts.iter().map(|t| tokenize(t).len()).sum();
    let _ = recognize("warm up");
    let started = Instant::now();
    let mut passes = 0usize;
    let mut entities = 0usize;
    while started.elapsed().as_secs_f64() < seconds {
        for t in &texts {
            entities += recognize(t).len();
        }
        passes += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    let tokens = tokens_per_pass * passes;
    println!("recognize: {tokens} tokens in {elapsed:.2} s = {:.0} tokens/s (one thread, {entities} entities)", tokens as f64 / elapsed);
    Ok(())
}
