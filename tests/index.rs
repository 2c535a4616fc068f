//! The index on its own: filters by person, place (canonical name or alias), text, and combined; counts.

use newsreader::article::{
    Article, ArticleId, Document, Entity, EntityKind, Extraction, Quote, Span,
};
use newsreader::index::Index;
use newsreader::library::Filter;

fn entity(kind: EntityKind, name: &str, aliases: &[&str]) -> Entity {
    Entity {
        kind,
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        mentions: vec![Span::new(0, 1)],
    }
}

fn doc(
    id: &str,
    title: &str,
    text: &str,
    date: &str,
    entities: Vec<Entity>,
    speaker: Option<&str>,
) -> Document {
    let quotes = speaker
        .map(|s| {
            vec![Quote {
                span: Span::new(0, 4),
                speaker: Some(s.into()),
                cue: None,
            }]
        })
        .unwrap_or_default();
    Document {
        article: Article {
            id: ArticleId(id.into()),
            title: title.into(),
            text: text.into(),
            date: Some(date.into()),
            source: Some("Test".into()),
            ..Article::default()
        },
        extraction: Extraction { entities, quotes },
        path: format!("{id}.txt"),
    }
}

fn ids(index: &Index, filter: Filter) -> Vec<String> {
    let hits = index.search(&filter).unwrap();
    index
        .rows(&hits)
        .unwrap()
        .into_iter()
        .map(|r| r.id.0)
        .collect()
}

fn fixture() -> (tempfile::TempDir, Index) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open_or_create(dir.path()).unwrap();
    let mut w = index.writer().unwrap();
    let docs = [
        doc(
            "0000000000000001",
            "Rubio in Miami",
            "Talks on Ukraine in Miami.",
            "2025-12-19",
            vec![
                entity(EntityKind::Person, "Marco Rubio", &["Marco Rubio", "Rubio"]),
                entity(EntityKind::Place, "Miami", &["Miami", "MIAMI"]),
                entity(EntityKind::Place, "Ukraine", &["Ukraine", "Ukraine’s"]),
            ],
            Some("Marco Rubio"),
        ),
        doc(
            "0000000000000002",
            "Putin press conference",
            "Putin spoke about Ukraine and the talks.",
            "2025-12-20",
            vec![
                entity(
                    EntityKind::Person,
                    "Vladimir Putin",
                    &["Vladimir Putin", "Putin"],
                ),
                entity(EntityKind::Place, "Ukraine", &["Ukraine"]),
            ],
            Some("Vladimir Putin"),
        ),
        doc(
            "0000000000000003",
            "Weather",
            "Sunny in Miami.",
            "2024-01-01",
            vec![],
            None,
        ),
    ];
    for d in &docs {
        let sort = newsreader::library::parse_date(d.article.date.as_deref().unwrap()).unwrap();
        w.upsert(d, sort).unwrap();
    }
    w.commit().unwrap();
    (dir, index)
}

#[test]
fn filters_combine() {
    let (_dir, index) = fixture();
    let person = |p: &str| Filter {
        person: Some(p.into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&index, Filter::default()),
        ["0000000000000002", "0000000000000001", "0000000000000003"]
    );
    assert_eq!(ids(&index, person("Marco Rubio")), ["0000000000000001"]);
    assert_eq!(
        ids(&index, person("rubio")),
        ["0000000000000001"],
        "an alias, any case"
    );
    assert_eq!(ids(&index, person("RUBIO")), ["0000000000000001"]);
    assert!(
        ids(&index, person("Marco")).is_empty(),
        "a first name alone is not an alias"
    );
    let place = Filter {
        place: Some("ukraine".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&index, place), ["0000000000000002", "0000000000000001"]);
    let text = Filter {
        query: Some("miami".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&index, text), ["0000000000000001", "0000000000000003"]);
    let stemmed = Filter {
        query: Some("talk".into()),
        ..Filter::default()
    };
    assert_eq!(
        ids(&index, stemmed).len(),
        2,
        "English stemming: talk finds talks"
    );
    let combined = Filter {
        query: Some("talks".into()),
        place: Some("Ukraine".into()),
        person: Some("Putin".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&index, combined), ["0000000000000002"]);
    let nothing = Filter {
        query: Some("miami".into()),
        person: Some("Putin".into()),
        ..Filter::default()
    };
    assert!(ids(&index, nothing).is_empty());
    let speaker = Filter {
        speaker: Some("rubio".into()),
        ..Filter::default()
    };
    assert_eq!(ids(&index, speaker), ["0000000000000001"]);
    let bad_syntax = Filter {
        query: Some("\"unbalanced AND (".into()),
        ..Filter::default()
    };
    let _ = ids(&index, bad_syntax);
}

#[test]
fn rows_carry_people_and_places_and_documents_round_trip() {
    let (_dir, index) = fixture();
    let hits = index
        .search(&Filter {
            person: Some("Rubio".into()),
            ..Filter::default()
        })
        .unwrap();
    let rows = index.rows(&hits).unwrap();
    assert_eq!(rows[0].title, "Rubio in Miami");
    assert_eq!(rows[0].people, ["Marco Rubio"]);
    assert_eq!(rows[0].places, ["Miami", "Ukraine"]);
    assert_eq!(rows[0].date.as_deref(), Some("2025-12-19"));
    let doc = index
        .document(&ArticleId("0000000000000001".into()))
        .unwrap()
        .unwrap();
    assert_eq!(doc.extraction.entities.len(), 3);
    assert!(index
        .document(&ArticleId("00000000000000ff".into()))
        .unwrap()
        .is_none());
}

#[test]
fn entity_counts_and_deletes() {
    let (_dir, index) = fixture();
    let mut places = index.entity_counts(EntityKind::Place).unwrap();
    places.sort();
    assert_eq!(
        places,
        [("Miami".to_string(), 1), ("Ukraine".to_string(), 2)]
    );
    let mut w = index.writer().unwrap();
    w.remove_path("0000000000000002.txt");
    w.commit().unwrap();
    let mut places = index.entity_counts(EntityKind::Place).unwrap();
    places.sort();
    assert_eq!(
        places,
        [("Miami".to_string(), 1), ("Ukraine".to_string(), 1)],
        "deleted documents do not count"
    );
    assert_eq!(index.len(), 2);
}
