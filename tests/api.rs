//! The public types are plain data a program can keep, clone and share across threads:
//! `Send + Sync + Clone + 'static` (issue 12, item 7). A type that loses one of these
//! fails to compile here.

use communique::{
    Date, DateMention, Dateline, Error, Event, EventKind, EventWhen, Extractor, Mention, Options,
    Organisation, OrganisationKind, Page, ParseDateError, Person, Photo, Precision, PressRelease,
    Profile, Role, Timestamp,
};

fn shareable<T: Send + Sync + Clone + 'static>() {}

#[test]
fn public_types_are_send_sync_clone_and_static() {
    shareable::<Extractor>();
    shareable::<Options>();
    shareable::<Page<'static>>();
    shareable::<Profile>();
    shareable::<Error>();
    shareable::<PressRelease>();
    shareable::<Person>();
    shareable::<Role>();
    shareable::<Organisation>();
    shareable::<OrganisationKind>();
    shareable::<Event>();
    shareable::<EventKind>();
    shareable::<EventWhen>();
    shareable::<DateMention>();
    shareable::<Dateline>();
    shareable::<Photo>();
    shareable::<Precision>();
    shareable::<Mention>();
    shareable::<Date>();
    shareable::<Timestamp>();
    shareable::<ParseDateError>();
}

/// One extractor, cloned into threads, reads the same page the same way in each.
#[test]
fn a_cloned_extractor_reads_alike_in_every_thread() {
    let page = "Harbour talks open in Oslo\n\
                Deputy Director Jane Roe of the Coastal Survey Agency opened the talks on \
                12 March 2024.";
    let extractor = Extractor::new();
    let here = extractor.extract_text(page);
    let there: Vec<_> = (0..3)
        .map(|_| {
            let e = extractor.clone();
            std::thread::spawn(move || e.extract_text(page))
        })
        .map(|h| h.join().map_err(|_| "a thread panicked"))
        .collect();
    assert!(here.is_ok());
    for t in there {
        assert_eq!(t, Ok(here.clone()));
    }
}

/// The extractor repairs the input before the document stage reads it, HTML and text.
#[test]
fn pages_are_repaired_before_they_are_read() {
    let extractor = communique::Extractor::new();
    let html = "<html><head><title>Caf\u{c3}\u{a9} opens in Gen\u{c3}\u{a8}ve</title></head><body><h1>Caf\u{c3}\u{a9} opens in Gen\u{c3}\u{a8}ve</h1><p>The caf\u{c3}\u{a9}\u{e2}\u{20ac}\u{2122}s owners opened it on the quay in Gen\u{c3}\u{a8}ve, the city said.</p></body></html>";
    let release = extractor.extract_html(html).ok();
    assert_eq!(
        release.as_ref().and_then(|r| r.title.as_deref()),
        Some("Café opens in Genève")
    );
    assert!(release.is_some_and(|r| r.text.contains("café’s owners")));
    let text = "Caf\u{c3}\u{a9} opens in Gen\u{c3}\u{a8}ve\n\nThe caf\u{c3}\u{a9} opened on the quay, the city said.";
    let release = extractor.extract_text(text).ok();
    assert_eq!(
        release.and_then(|r| r.title),
        Some("Café opens in Genève".to_string())
    );
}
