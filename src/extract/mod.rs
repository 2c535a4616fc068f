//! Extraction: text in, people, places, organisations and quotes out. Pure and deterministic: no I/O.

pub mod canonical;
pub mod corpus;
pub mod entities;
pub mod features;
pub mod gazetteer;
pub mod model;
pub mod orgs;
pub mod quotes;
pub mod rules;
pub mod sentences;
pub mod tokenize;
pub mod train;
pub mod wordset;

use crate::article::Extraction;

/// Everything the reader shows about a text: entities under canonical names, and quotes with speakers.
pub fn extract(text: &str) -> Extraction {
    let entities = entities::recognize(text);
    let quotes = quotes::find_quotes(text, &entities);
    Extraction { entities, quotes }
}
