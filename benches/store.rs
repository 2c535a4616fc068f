//! Store benchmark: builds a store of N articles (default 100,000) from the bundled ones, then times opening
//! it, listing, filtering, searching and showing. Run: `cargo bench --bench store -- [N]`.
//! The figures in docs/performance.md come from this command.

use newsreader::library::{Filter, Library};
use std::time::{Duration, Instant};

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> T {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let start = Instant::now();
        let value = f();
        best = best.min(start.elapsed());
        out = Some(value);
    }
    println!("{label:<44} {:>10.2} ms", best.as_secs_f64() * 1000.0);
    out.expect("at least one run")
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    // NEWSREADER_BENCH_STORE=DIR keeps the generated store there, so later runs skip writing and indexing it.
    let dir = tempfile::tempdir().expect("temp dir");
    let root = std::env::var_os("NEWSREADER_BENCH_STORE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("store"));
    let generate = !root.join(".newsreader/manifest.json").exists();
    std::fs::create_dir_all(root.join(".newsreader")).expect("store dir");

    // N articles: the bundled ones, each copy with its own title and date so that none is a duplicate.
    let seeds: Vec<(String, String)> = newsreader::store::seeds::SEEDS
        .iter()
        .filter(|(name, _)| name.ends_with(".txt"))
        .map(|(_, bytes)| {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let (title, body) = text.split_once('\n').unwrap_or((&text, ""));
            (title.to_string(), body.to_string())
        })
        .collect();
    let start = Instant::now();
    for i in (0..n).filter(|_| generate) {
        let (title, body) = &seeds[i % seeds.len()];
        let date = format!("{:04}-{:02}-{:02}", 2000 + i % 25, 1 + i % 12, 1 + i % 28);
        let body: String = body
            .lines()
            .filter(|l| !l.starts_with("Date: "))
            .map(|l| format!("{l}\n"))
            .collect();
        let text = format!("{title} (no. {i})\n{body}\nDate: {date}\n");
        let name = format!("a{i:07}_{:016x}.txt", i as u64 + 1);
        let shard = root.join(format!("bench/{:03}", i / 1000));
        std::fs::create_dir_all(&shard).expect("shard");
        std::fs::write(shard.join(name), text).expect("write article");
    }
    println!(
        "store of {n} articles written in {:.1} s (not part of the figures)",
        start.elapsed().as_secs_f64()
    );

    if generate {
        let library = time("first open: read, extract, index everything", 1, || {
            Library::open(&root).expect("open")
        });
        println!("  -> {} articles indexed", library.len());
    }
    let store = newsreader::store::Store::new(&root);
    let files = time("  of which: scan the folder", 3, || {
        store.scan(&mut Vec::new())
    });
    println!("  -> {} files", files.len());
    let manifest_path = store.state_dir().join("manifest.json");
    time("  of which: load the manifest", 3, || {
        newsreader::store::manifest::Manifest::load(&manifest_path)
    });
    time("  of which: open the index", 3, || {
        newsreader::index::Index::open_or_create(&store.state_dir().join("index")).expect("index")
    });
    time(
        "open for the reader (index now, scan after the first screen)",
        3,
        || Library::open_without_sync(&root).expect("open"),
    );
    let library = time(
        "open an unchanged store (scan + manifest + index)",
        3,
        || Library::open(&root).expect("open"),
    );

    time("list all, first time (decodes the list columns)", 1, || {
        library.list(&Filter::default()).unwrap()
    });
    let all = time("list all, newest first (columns cached)", 3, || {
        library.list(&Filter::default()).unwrap()
    });
    let brief = time(
        "list all, brief rows (what the reader's list loads)",
        3,
        || library.list_brief(&Filter::default()).unwrap(),
    );
    assert_eq!(brief.len(), all.len());
    println!("  -> {} rows", all.len());
    let person = Filter {
        person: Some("Rubio".into()),
        ..Filter::default()
    };
    let rows = time("list --person Rubio", 5, || library.list(&person).unwrap());
    println!("  -> {} rows", rows.len());
    let place = Filter {
        place: Some("Ukraine".into()),
        ..Filter::default()
    };
    let rows = time("list --place Ukraine", 5, || library.list(&place).unwrap());
    println!("  -> {} rows", rows.len());
    let text = Filter {
        query: Some("stampede pilgrims".into()),
        ..Filter::default()
    };
    let rows = time("list --query 'stampede pilgrims'", 5, || {
        library.list(&text).unwrap()
    });
    println!("  -> {} rows", rows.len());
    let combined = Filter {
        query: Some("talks".into()),
        person: Some("Putin".into()),
        place: Some("Miami".into()),
        ..Filter::default()
    };
    let rows = time("list --query talks --person Putin --place Miami", 5, || {
        library.list(&combined).unwrap()
    });
    println!("  -> {} rows", rows.len());
    let id = all[all.len() / 2].id.clone();
    time("show one article (stored document)", 5, || {
        library.document(&id).unwrap()
    });
    let entities = time("entities (counts over the store)", 3, || {
        library.entities().unwrap()
    });
    println!("  -> {} entities", entities.len());
    let quotes = time("quotes --speaker 'Vladimir Putin'", 3, || {
        library.quotes(Some("Vladimir Putin")).unwrap()
    });
    println!("  -> {} quotes", quotes.len());
}
