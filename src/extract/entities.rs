//! Named-entity recognition: people, places and organisations, merged under canonical names.
//!
//! Pipeline: [`tokenize`](super::tokenize) -> [`split_sentences`](super::sentences) -> gazetteer flags and
//! features -> greedy perceptron tagging -> [`canonical`](super::canonical) (cleaning, document consistency,
//! aliases). The model and gazetteers are compiled in and loaded once.

use super::canonical::{resolve, Mention};
use super::features::{sentence_info, Scratch, SentenceInfo};
use super::gazetteer::Gazetteer;
use super::model::{Model, ModelError};
use super::sentences::split_sentences_into;
use super::tokenize::{tokenize_into, Token};
use crate::article::{Entity, EntityKind};
use std::sync::OnceLock;

/// The shipped model, written by `nr-ner train`.
pub const MODEL_BYTES: &[u8] = include_bytes!("../../assets/ner/model.bin");

/// The loaded tagger: weights and gazetteers.
pub struct Engine {
    pub model: Model,
    pub gazetteer: Gazetteer,
}

impl Engine {
    /// Loads the compiled-in model and gazetteers.
    pub fn builtin() -> Result<Engine, ModelError> {
        Ok(Engine {
            model: Model::from_bytes(MODEL_BYTES)?,
            gazetteer: Gazetteer::builtin(),
        })
    }

    /// Raw mentions of a text, before canonical names: token ranges with kinds.
    pub fn mentions(&self, text: &str, tokens: &mut Vec<Token>) -> Vec<Mention> {
        tokens.clear();
        tokenize_into(text, tokens);
        let mut sentences = Vec::new();
        split_sentences_into(text, tokens, &mut sentences);
        let mut info = SentenceInfo {
            words: Vec::new(),
            all_caps: false,
        };
        let mut scratch = Scratch::default();
        let mut words: Vec<&str> = Vec::new();
        let mut tags = Vec::new();
        let mut mentions = Vec::new();
        for range in sentences {
            words.clear();
            words.extend(tokens[range.clone()].iter().map(|t| t.text(text)));
            sentence_info(&self.gazetteer, &words, &mut info, &mut scratch);
            self.model.tag(&info, &mut tags);
            let mut i = 0;
            while i < tags.len() {
                let tag = tags[i];
                if tag % 2 == 1 {
                    let mut j = i + 1;
                    while j < tags.len() && tags[j] == tag + 1 {
                        j += 1;
                    }
                    mentions.push(Mention {
                        first: range.start + i,
                        last: range.start + j - 1,
                        kind: kind_of(tag),
                    });
                    i = j;
                } else {
                    i += 1;
                }
            }
        }
        mentions
    }
}

fn kind_of(tag: u8) -> EntityKind {
    match tag.div_ceil(2) {
        1 => EntityKind::Person,
        2 => EntityKind::Place,
        _ => EntityKind::Organization,
    }
}

/// The engine, loaded on first use. A malformed built-in model is a build defect: it yields an engine that
/// finds nothing rather than a panic, and the `shipped_model_loads` test catches it.
pub fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::builtin().unwrap_or_else(|_| Engine {
            model: Model::new(vec![[0; 8]]),
            gazetteer: Gazetteer::builtin(),
        })
    })
}

/// Finds the entities of `text`, each under its canonical name with all its mentions.
pub fn recognize(text: &str) -> Vec<Entity> {
    recognize_with(engine(), text)
}

/// [`recognize`] with a given engine (the developer tool evaluates model files this way).
pub fn recognize_with(engine: &Engine, text: &str) -> Vec<Entity> {
    let mut tokens = Vec::new();
    let mentions = engine.mentions(text, &mut tokens);
    resolve(text, &tokens, mentions, &engine.gazetteer)
}

#[cfg(test)]
#[path = "entities_tests.rs"]
mod tests;
