//! The entity tagger's weights (a hashed, quantised averaged perceptron), their file format, and greedy
//! left-to-right decoding with BIO constraints.

use super::features::{features, SentenceInfo, N_FEATURES, N_TAGS};

/// File magic and format version; the trainer writes them and [`Model::from_bytes`] checks them.
pub const MAGIC: &[u8; 8] = b"NRNERv01";
pub const FORMAT_VERSION: u32 = 1;
/// Weight rows are padded to eight tags so a row is 16 bytes, a quarter of a cache line.
pub const ROW: usize = 8;

/// Why a model file was refused.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ModelError {
    #[error("not an entity model (bad magic)")]
    Magic,
    #[error("entity model format {0}, this build reads {FORMAT_VERSION}")]
    Version(u32),
    #[error("entity model truncated or malformed")]
    Truncated,
}

/// Weights: one row of per-tag scores for each of 2^bits hash buckets.
pub struct Model {
    bits: u32,
    rows: Vec<[i16; ROW]>,
}

impl Model {
    /// A model from quantised rows; `rows.len()` must be a power of two.
    pub fn new(rows: Vec<[i16; ROW]>) -> Model {
        let bits = rows.len().max(1).trailing_zeros();
        Model { bits, rows }
    }

    /// Parses the format written by [`Model::to_bytes`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        if bytes.len() < 16 || &bytes[..8] != MAGIC {
            return Err(ModelError::Magic);
        }
        let word = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
        };
        let version = word(8);
        if version != FORMAT_VERSION {
            return Err(ModelError::Version(version));
        }
        let bits = word(12);
        if bits > 28 {
            return Err(ModelError::Truncated);
        }
        let n = 1usize << bits;
        let body = &bytes[16..];
        if body.len() != n * ROW * 2 {
            return Err(ModelError::Truncated);
        }
        let rows = body
            .chunks_exact(ROW * 2)
            .map(|chunk| {
                let mut row = [0i16; ROW];
                for (t, pair) in chunk.chunks_exact(2).enumerate() {
                    row[t] = i16::from_le_bytes([pair[0], pair[1]]);
                }
                row
            })
            .collect();
        Ok(Model { bits, rows })
    }

    /// Serialises the model: magic, version, bucket bits, then little-endian i16 rows.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.rows.len() * ROW * 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&self.bits.to_le_bytes());
        for row in &self.rows {
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }

    /// The weight row a feature id falls in (for inspecting a model).
    pub fn row(&self, feature: u64) -> &[i16; ROW] {
        &self.rows[(feature >> (64 - self.bits)) as usize]
    }

    pub fn bits(&self) -> u32 {
        self.bits
    }

    #[inline]
    fn scores(&self, feats: &[u64; N_FEATURES]) -> [i32; ROW] {
        let mut total = [0i32; ROW];
        let shift = 64 - self.bits;
        for &f in feats {
            let row = &self.rows[(f >> shift) as usize];
            for t in 0..ROW {
                total[t] += i32::from(row[t]);
            }
        }
        total
    }

    /// Tags a sentence greedily, left to right, writing tag ids into `tags`.
    pub fn tag(&self, sentence: &SentenceInfo, tags: &mut Vec<u8>) {
        tags.clear();
        let mut feats = [0u64; N_FEATURES];
        let (mut prev, mut prev2) = (0u8, 0u8);
        for i in 0..sentence.words.len() {
            // Numbers and most punctuation are never part of a name: no need to score them.
            // Nor a lower-case word outside a name unless a capitalised one follows ("de Gaulle"): most of a
            // text's words, and the tagger would call them O anyway.
            let w = &sentence.words[i];
            let next_capitalised = sentence
                .words
                .get(i + 1)
                .is_some_and(|n| n.case == 1 || n.case == 2);
            let best = if w.can_be_name && (prev != 0 || w.case != 0 || next_capitalised) {
                features(sentence, i, prev, prev2, &mut feats);
                best_allowed(&self.scores(&feats)[..N_TAGS], prev)
            } else {
                0
            };
            tags.push(best);
            prev2 = prev;
            prev = best;
        }
    }
}

/// An I- tag may only continue a B- or I- tag of the same type.
#[inline]
pub fn allowed(tag: u8, prev: u8) -> bool {
    tag == 0 || tag % 2 == 1 || (prev != 0 && prev.div_ceil(2) == tag.div_ceil(2))
}

/// The highest-scoring tag that may follow `prev`.
#[inline]
pub fn best_allowed<T: PartialOrd + Copy>(scores: &[T], prev: u8) -> u8 {
    let mut best = 0u8;
    for t in 1..scores.len() as u8 {
        if allowed(t, prev) && scores[t as usize] > scores[best as usize] {
            best = t;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let mut rows = vec![[0i16; ROW]; 16];
        rows[3][2] = -7;
        let model = Model::new(rows);
        let bytes = model.to_bytes();
        let back = Model::from_bytes(&bytes).unwrap();
        assert_eq!(back.rows[3][2], -7);
        assert_eq!(back.bits(), 4);
        assert_eq!(Model::from_bytes(b"garbage").err(), Some(ModelError::Magic));
        assert_eq!(
            Model::from_bytes(&bytes[..40]).err(),
            Some(ModelError::Truncated)
        );
        let mut old = bytes.clone();
        old[8] = 0;
        assert_eq!(Model::from_bytes(&old).err(), Some(ModelError::Version(0)));
    }

    #[test]
    fn bio_constraints() {
        assert!(
            allowed(2, 1) && allowed(2, 2) && !allowed(2, 0) && !allowed(2, 3) && !allowed(4, 6)
        );
        assert!(allowed(1, 0) && allowed(0, 2) && allowed(3, 2));
    }
}
