//! The worker thread: effects in, messages out, superseded loads skipped.

use super::support::*;
use super::*;

#[test]
fn worker_runs_effects_on_its_thread_and_answers() {
    let source = MemorySource {
        documents: documents(),
    };
    let refresher: Refresher<MemorySource> = Box::new(|source, progress| {
        progress("fetching".into());
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
        result: Ok(rows),
    }) = wait()
    else {
        panic!("no list")
    };
    assert_eq!(rows.len(), 3);
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
    let batch = vec![list(1), Effect::Refresh, list(2), Effect::Refresh, list(3)];
    assert_eq!(
        worker::coalesce(batch),
        vec![Effect::Refresh, Effect::Refresh, list(3)]
    );
}
