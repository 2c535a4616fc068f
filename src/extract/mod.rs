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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::EntityKind;

    #[test]
    fn a_misspelt_speaker_is_the_person_spelt_alike() {
        // The writer dropped a letter of the surname; "Water" alone is no person the recognizer knows.
        let text = "\"The pier was about culture,\" Tom Waters said. \"That is why we built it.\"\n\n\"Everybody \
                    knows the pier, even people from away,\" Water said.";
        let found = extract(text);
        let speakers: Vec<Option<&str>> =
            found.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Tom Waters"); 3]);
    }

    #[test]
    fn a_pronoun_after_a_misspelt_surname_is_the_person_spelt_alike() {
        // "she" stands for the one who spoke in the sentence before, named there misspelt; a long surname
        // ("McClenney", nine letters) as well as a short one.
        let text = "Kathryn Waters runs the ferry.\n\nWater said the port does not listen.\n\n\"Nobody asks the \
                    crews,\" she said.\n\nTavia McClenney runs the pier.\n\nMcLenney said the pier is old.\n\n\
                    \"It will not last,\" she said.";
        let found = extract(text);
        let speakers: Vec<Option<&str>> =
            found.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, [Some("Kathryn Waters"), Some("Tavia McClenney")]);
    }

    #[test]
    fn decomposed_accents_stay_in_their_names() {
        // The same article as NFC text and as NFD, where each accent is a combining mark after its letter.
        let text = "\"We will not stop,\" said Marc Tre\u{301}vidic, a prosecutor.\n\n\
                    Jose\u{301} Nu\u{301}n\u{303}ez said: \"It is done.\"";
        let found = extract(text);
        let people: Vec<&str> = found
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Person)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(
            people,
            ["Marc Tre\u{301}vidic", "Jose\u{301} Nu\u{301}n\u{303}ez"]
        );
        let speakers: Vec<Option<&str>> =
            found.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Marc Tre\u{301}vidic"),
                Some("Jose\u{301} Nu\u{301}n\u{303}ez")
            ]
        );
    }
}
