//! The worker thread: effects in, messages out, superseded loads skipped.

use super::support::*;
use super::*;

#[test]
fn worker_runs_effects_on_its_thread_and_answers() {
    let source = MemorySource::new(documents());
    let refresher: Refresher<MemorySource> = Box::new(|source, progress| {
        progress(worker::RefreshNote::Progress("fetching".into()));
        Ok(format!("{} articles", source.documents.len()))
    });
    let (tx, rx) = mpsc::channel();
    let (effects, handle) =
        worker::spawn(source, refresher, move |msg| tx.send(msg).is_ok()).unwrap();
    effects
        .send(Effect::LoadList {
            request: 7,
            filter: Filter::default(),
        })
        .unwrap();
    effects.send(Effect::Refresh).unwrap();
    let wait = || rx.recv_timeout(Duration::from_secs(5)).unwrap();
    let Some(Msg::ListLoaded {
        request: 7,
        result: Ok(listing),
    }) = wait()
    else {
        panic!("no list")
    };
    assert_eq!(listing.rows.len(), 3);
    assert_eq!(wait(), Some(Msg::RefreshProgress("fetching".into())));
    assert_eq!(wait(), Some(Msg::RefreshFinished(Ok("3 articles".into()))));
    drop(effects);
    handle.join().unwrap();
    assert_eq!(wait(), None, "the worker says when it stops");
}

#[test]
fn queued_loads_of_one_kind_collapse_to_the_last() {
    let list = |request| Effect::LoadList {
        request,
        filter: Filter::default(),
    };
    let id = newsreader::article::ArticleId::from_key(b"x");
    let read = |read| Effect::SetRead {
        id: id.clone(),
        read,
    };
    let batch = vec![
        list(1),
        Effect::Refresh,
        read(true),
        list(2),
        read(false),
        list(3),
    ];
    assert_eq!(
        worker::coalesce(batch),
        vec![Effect::Refresh, read(true), read(false), list(3)],
        "every reading state is saved, in order"
    );
}

#[test]
fn the_library_answers_the_worker_and_refresh_rereads_the_store() {
    use newsreader::library::Library;
    use newsreader::tui::action::Listing;
    let dir = tempfile::tempdir().unwrap();
    let mut library = Library::open(dir.path()).unwrap();
    let mut refresher = worker::store_refresher();
    let mut msgs = Vec::new();
    let list = |request| Effect::LoadList {
        request,
        filter: Filter::default(),
    };
    worker::perform(&mut library, &mut refresher, list(1), &mut |m| msgs.push(m));
    let Some(Msg::ListLoaded {
        result: Ok(Listing { rows, read }),
        ..
    }) = msgs.pop()
    else {
        panic!("no list")
    };
    let before = rows.len();
    assert!(before > 0, "a new store holds the bundled articles");
    assert!(read.is_empty());

    let id = rows[0].id.clone();
    let mark = Effect::SetRead {
        id: id.clone(),
        read: true,
    };
    worker::perform(&mut library, &mut refresher, mark, &mut |m| msgs.push(m));
    assert!(matches!(
        msgs.pop(),
        Some(Msg::ReadSaved { result: Ok(()), .. })
    ));

    std::fs::write(
        dir.path().join("added-by-hand.txt"),
        "A hand-made article\n\nIt arrived while the reader was open.\n",
    )
    .unwrap();
    worker::perform(&mut library, &mut refresher, Effect::Refresh, &mut |m| {
        msgs.push(m)
    });
    assert!(matches!(&msgs[0], Msg::RefreshProgress(_)));
    let Msg::RefreshFinished(Ok(summary)) = &msgs[1] else {
        panic!("{msgs:?}")
    };
    assert!(summary.contains("1 new"), "{summary}");
    msgs.clear();
    worker::perform(&mut library, &mut refresher, list(2), &mut |m| msgs.push(m));
    let Some(Msg::ListLoaded {
        result: Ok(listing),
        ..
    }) = msgs.pop()
    else {
        panic!("no list")
    };
    assert_eq!(listing.rows.len(), before + 1);
    assert!(listing.read.contains(&id), "the reading state is kept");
}

#[test]
fn the_worker_reads_another_extractors_index_again_between_effects() {
    use newsreader::library::Library;
    let dir = tempfile::tempdir().unwrap();
    drop(Library::open(dir.path()).unwrap());
    let manifest = dir.path().join(".newsreader/manifest.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let header = text.lines().next().unwrap().to_string();
    let at = header.find("+extract").unwrap();
    std::fs::write(&manifest, text.replacen(&header, &header[..at], 1)).unwrap();

    let library = Library::open_without_sync(dir.path()).unwrap();
    let (tx, rx) = mpsc::channel();
    let (effects, handle) = worker::spawn(library, worker::store_refresher(), move |msg| {
        tx.send(msg).is_ok()
    })
    .unwrap();
    let list = |request| Effect::LoadList {
        request,
        filter: Filter::default(),
    };
    effects.send(list(1)).unwrap();
    let wait = || rx.recv_timeout(Duration::from_secs(30)).unwrap();
    let Some(Msg::ListLoaded {
        request: 1,
        result: Ok(before),
    }) = wait()
    else {
        panic!("no list")
    };
    assert!(!before.rows.is_empty(), "the old index answers at once");
    let mut progress = 0;
    loop {
        match wait() {
            Some(Msg::RefreshProgress(line)) => {
                assert!(line.contains("again"), "{line}");
                progress += 1;
            }
            Some(Msg::RefreshFinished(Ok(summary))) => {
                assert!(summary.contains("read again"), "{summary}");
                break;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(progress >= 1);
    // The reader still answers, and the manifest names this extractor again.
    effects.send(list(2)).unwrap();
    let Some(Msg::ListLoaded {
        request: 2,
        result: Ok(listing),
    }) = wait()
    else {
        panic!("no list")
    };
    assert_eq!(listing.rows.len(), before.rows.len());
    drop(effects);
    handle.join().unwrap();
    let rewritten = std::fs::read_to_string(&manifest).unwrap();
    assert_eq!(rewritten.lines().next(), Some(header.as_str()));
}
