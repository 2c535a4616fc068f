//! The seed article read as a careful human reader would: exactly its people and required places, under full
//! canonical names, and nothing from the "not people or places" list marked as either.
//! The fixture is ours (tests/fixtures/seed-annotations.json), and so is the article (seeds/).

use newsreader::article::EntityKind;
use newsreader::extract::entities::recognize;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

const FIXTURE: &str = include_str!("fixtures/seed-annotations.json");

#[test]
fn seed_people_and_places() {
    let fixture: Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture["file"].as_str().unwrap());
    let bytes = std::fs::read(&seed).expect("the seed article is in the repository");
    let article = newsreader::ingest::text::parse(&bytes).expect("seed parses");
    let entities = recognize(&article.text);
    let names_of = |kind: EntityKind| -> BTreeSet<String> {
        entities
            .iter()
            .filter(|e| e.kind == kind)
            .map(|e| e.name.clone())
            .collect()
    };
    let people = names_of(EntityKind::Person);
    let places = names_of(EntityKind::Place);

    let want_people: BTreeSet<String> = fixture["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    let required_places: BTreeSet<String> = fixture["places"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| !p["optional"].as_bool().unwrap_or(false))
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();
    let optional_places: BTreeSet<String> = fixture["places"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["optional"].as_bool().unwrap_or(false))
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect();

    assert_eq!(people, want_people, "people");
    let missing: Vec<_> = required_places.difference(&places).collect();
    let extra: Vec<_> = places
        .difference(&required_places)
        .filter(|p| !optional_places.contains(*p))
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "places: missing {missing:?}, unexpected {extra:?}"
    );

    for name in fixture["not_people_or_places"].as_array().unwrap() {
        let name = name.as_str().unwrap();
        for e in entities
            .iter()
            .filter(|e| e.kind != EntityKind::Organization)
        {
            assert!(
                e.name != name && !e.aliases.iter().any(|a| a == name),
                "{name} marked as {:?} ({})",
                e.kind,
                e.name
            );
        }
    }
    // Every listed mention form is found under its person.
    for p in fixture["people"].as_array().unwrap() {
        let entity = entities
            .iter()
            .find(|e| e.name == p["name"].as_str().unwrap())
            .unwrap();
        for form in p["mentions"].as_array().unwrap() {
            assert!(
                entity.aliases.iter().any(|a| a == form.as_str().unwrap()),
                "{} lacks alias {form}",
                entity.name
            );
        }
    }
}

/// Every required quote of the fixture is found, through the whole extractor, with its speaker's canonical name.
#[test]
fn seed_quotes_and_speakers() {
    let fixture: Value = serde_json::from_str(FIXTURE).expect("fixture is JSON");
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture["file"].as_str().unwrap());
    let article = newsreader::ingest::text::parse(&std::fs::read(seed).unwrap()).unwrap();
    let x = newsreader::extract::extract(&article.text);
    for want in fixture["quotes"].as_array().unwrap() {
        let text = want["text"].as_str().unwrap();
        let prefix: String = text.chars().take(40).collect();
        let found = x
            .quotes
            .iter()
            .find(|q| q.span.slice(&article.text).starts_with(&prefix));
        if want["optional"].as_bool() == Some(true) {
            continue;
        }
        let found = found.unwrap_or_else(|| panic!("quote not found: {text}"));
        assert_eq!(
            found.speaker.as_deref(),
            want["speaker"].as_str(),
            "speaker of: {text}"
        );
    }
}
