//! Training the entity tagger: an averaged perceptron over hashed features, learning with its own greedy
//! predictions as history, then quantised to the shipped [`Model`]. Used by `nr-ner train`, never at run time.

use super::corpus::Sentence;
use super::features::{features, sentence_info, Scratch, SentenceInfo, N_FEATURES, N_TAGS};
use super::gazetteer::{Gazetteer, CITY_MAJOR, COUNTRY, GIVEN, LISTS, SURNAME};
use super::model::{best_allowed, Model, ROW};

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    pub epochs: usize,
    /// log2 of the number of weight rows.
    pub bits: u32,
    /// Every n-th sentence is also learned in capitals, as headlines and datelines are written.
    pub caps_every: usize,
    pub seed: u64,
    /// Every n-th sentence is also learned with its people and places swapped for random gazetteer names,
    /// so the model leans on context and word shape rather than on the names it happened to see.
    pub swap_every: usize,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 10,
            bits: 16,
            caps_every: 12,
            seed: 7,
            swap_every: 3,
        }
    }
}

struct Weights {
    shift: u32,
    current: Vec<[f32; ROW]>,
    /// Sum over time of each weight, kept lazily: `total += current * (now - stamp)` before each change.
    total: Vec<[f64; ROW]>,
    stamp: Vec<[u32; ROW]>,
    now: u32,
}

impl Weights {
    fn new(bits: u32) -> Weights {
        let n = 1usize << bits;
        Weights {
            shift: 64 - bits,
            current: vec![[0.0; ROW]; n],
            total: vec![[0.0; ROW]; n],
            stamp: vec![[0; ROW]; n],
            now: 0,
        }
    }

    fn scores(&self, feats: &[u64; N_FEATURES]) -> [f32; N_TAGS] {
        let mut out = [0.0f32; N_TAGS];
        for &f in feats {
            let row = &self.current[(f >> self.shift) as usize];
            for t in 0..N_TAGS {
                out[t] += row[t];
            }
        }
        out
    }

    fn update(&mut self, feats: &[u64; N_FEATURES], tag: usize, delta: f32) {
        for &f in feats {
            let r = (f >> self.shift) as usize;
            let elapsed = f64::from(self.now - self.stamp[r][tag]);
            self.total[r][tag] += elapsed * f64::from(self.current[r][tag]);
            self.stamp[r][tag] = self.now;
            self.current[r][tag] += delta;
        }
    }

    /// Averaged weights, quantised to i16 with one scale for the whole table.
    fn finish(self) -> Model {
        let now = f64::from(self.now.max(1));
        let mut averaged: Vec<[f32; ROW]> = vec![[0.0; ROW]; self.current.len()];
        let mut max = 0.0f32;
        for (r, row) in averaged.iter_mut().enumerate() {
            for (t, w) in row.iter_mut().enumerate() {
                let total = self.total[r][t]
                    + f64::from(self.now - self.stamp[r][t]) * f64::from(self.current[r][t]);
                *w = (total / now) as f32;
                max = max.max(w.abs());
            }
        }
        let scale = if max > 0.0 { 32_000.0 / max } else { 1.0 };
        let rows = averaged
            .iter()
            .map(|row| {
                let mut q = [0i16; ROW];
                for t in 0..N_TAGS {
                    q[t] = (row[t] * scale).round().clamp(-32_767.0, 32_767.0) as i16;
                }
                q
            })
            .collect();
        Model::new(rows)
    }
}

/// Trains on `sentences`, calling `progress(epoch, token_accuracy)` after each epoch.
pub fn train(
    sentences: &[Sentence],
    gaz: &Gazetteer,
    config: TrainConfig,
    mut progress: impl FnMut(usize, f64),
) -> Model {
    let mut weights = Weights::new(config.bits);
    let mut order: Vec<usize> = (0..sentences.len()).collect();
    let mut rng = config.seed | 1;
    let mut info = SentenceInfo {
        words: Vec::new(),
        all_caps: false,
    };
    let mut scratch = Scratch::default();
    let mut feats = [0u64; N_FEATURES];
    let names = NamePool::from_gazetteers();
    for epoch in 0..config.epochs {
        // Fisher-Yates with xorshift: deterministic for a seed.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            order.swap(i, (rng % (i as u64 + 1)) as usize);
        }
        let (mut correct, mut seen) = (0usize, 0usize);
        for (n, &s) in order.iter().enumerate() {
            let sentence = &sentences[s];
            let caps = config.caps_every > 0 && (n + epoch) % config.caps_every == 0;
            let swapped;
            let (words, tags): (Vec<String>, &[u8]) =
                if config.swap_every > 0 && (n + epoch) % config.swap_every == 1 {
                    swapped = names.swap(sentence, &mut rng);
                    (swapped.words.clone(), &swapped.tags)
                } else {
                    (sentence.words.clone(), &sentence.tags)
                };
            let words: Vec<String> = if caps {
                words.iter().map(|w| w.to_uppercase()).collect()
            } else {
                words
            };
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            sentence_info(gaz, &words, &mut info, &mut scratch);
            let (mut prev, mut prev2) = (0u8, 0u8);
            for (i, &gold) in tags.iter().enumerate() {
                weights.now += 1;
                features(&info, i, prev, prev2, &mut feats);
                let guess = if info.words[i].can_be_name {
                    best_allowed(&weights.scores(&feats), prev)
                } else {
                    0
                };
                if guess != gold {
                    weights.update(&feats, gold as usize, 1.0);
                    weights.update(&feats, guess as usize, -1.0);
                } else {
                    correct += 1;
                }
                seen += 1;
                prev2 = prev;
                prev = guess;
            }
        }
        progress(epoch + 1, correct as f64 / seen.max(1) as f64);
    }
    weights.finish()
}

/// Single-word names from the gazetteers, for swapping into training sentences.
struct NamePool {
    given: Vec<&'static str>,
    surnames: Vec<&'static str>,
    places: Vec<&'static str>,
}

fn next(rng: &mut u64) -> u64 {
    *rng ^= *rng << 13;
    *rng ^= *rng >> 7;
    *rng ^= *rng << 17;
    *rng
}

impl NamePool {
    fn from_gazetteers() -> NamePool {
        let single = |flag: u32| -> Vec<&'static str> {
            LISTS
                .iter()
                .filter(|(_, f)| f & flag != 0)
                .flat_map(|(list, _)| list.lines())
                .filter(|l| !l.contains('\t') && !l.contains(' ') && l.len() > 2)
                .collect()
        };
        NamePool {
            given: single(GIVEN),
            surnames: single(SURNAME),
            places: single(COUNTRY | CITY_MAJOR),
        }
    }

    fn pick(pool: &[&'static str], rng: &mut u64) -> String {
        pool[(next(rng) % pool.len() as u64) as usize].to_string()
    }

    /// The sentence with each person replaced by a random (given name,) surname and each one-word place by a
    /// random country or major city.
    fn swap(&self, sentence: &Sentence, rng: &mut u64) -> Sentence {
        let mut out = Sentence::default();
        let mut i = 0;
        while i < sentence.words.len() {
            let tag = sentence.tags[i];
            let mut j = i + 1;
            while tag % 2 == 1 && j < sentence.words.len() && sentence.tags[j] == tag + 1 {
                j += 1;
            }
            let replacement: Option<Vec<String>> = match tag {
                1 if j - i == 1 => Some(vec![Self::pick(&self.surnames, rng)]),
                1 => {
                    let given = Self::pick(&self.given, rng);
                    let given = if next(rng) % 6 == 0 {
                        format!("{}.", &given[..1])
                    } else {
                        given
                    };
                    Some(vec![given, Self::pick(&self.surnames, rng)])
                }
                3 if j - i == 1 => Some(vec![Self::pick(&self.places, rng)]),
                _ => None,
            };
            match replacement {
                Some(words) => {
                    for (k, w) in words.into_iter().enumerate() {
                        out.words.push(w);
                        out.tags.push(if k == 0 { tag } else { tag + 1 });
                    }
                    i = j;
                }
                None => {
                    out.words.push(sentence.words[i].clone());
                    out.tags.push(tag);
                    i += 1;
                }
            }
        }
        out
    }
}
