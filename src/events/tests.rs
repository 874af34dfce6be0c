//! The pages the event tables read, and the stage's tests across modules.
//!
//! Each table row is an invented page and the events it gives, one line per event in
//! text order: `name [kind] when=… where=… org=… co=… chairs=… part=… parent=…`, fields
//! left out when empty (`when` as `start..end`, or one day; names joined by commas;
//! `org=…` where the organisers are beside the rule's point).

use super::*;
use crate::document::{Block, BlockKind, Document, Meta};

/// The release date the tables resolve against: Monday 3 March 2025.
pub(super) const PUB: Option<&str> = Some("2025-03-03");

/// The document of `page`: one block per line; a line that starts with `# ` is a heading.
fn document(page: &str, published: Option<&str>) -> Document {
    let mut text = String::new();
    let mut blocks = Vec::new();
    for line in page.lines() {
        let (kind, line) = match line.strip_prefix("# ") {
            Some(h) => (BlockKind::Heading, h),
            None => (BlockKind::Paragraph, line),
        };
        if !text.is_empty() {
            text.push('\n');
        }
        let start = text.len();
        text.push_str(line);
        blocks.push(Block {
            kind,
            span: Span::new(start, text.len()),
        });
    }
    Document {
        text,
        blocks,
        meta: Meta {
            published: published.map(|p| p.parse().expect("test dates are valid")),
            ..Meta::default()
        },
    }
}

/// The events of `page`, run through every stage as the extractor runs them.
pub(super) fn run(page: &str, published: Option<&str>) -> Vec<Event> {
    let doc = document(page, published);
    let headings: Vec<Span> = doc
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| b.span)
        .collect();
    let dates = crate::dates::find(&doc);
    let ctx = Ctx::new(&doc.text, &headings);
    let found = crate::entities::find(&ctx);
    let resolved = crate::resolve::merge(&doc.text, &found, ctx.home_country);
    let context = DocContext {
        anchor: doc.anchor(),
        dateline: None,
        headings: &headings,
    };
    frames(&ctx, &found, &resolved, &dates, &context)
}

/// The events of `page`, one line each (see the module docs).
pub(super) fn events(page: &str, published: Option<&str>) -> Vec<String> {
    let all = run(page, published);
    all.iter()
        .map(|e| {
            let mut line = format!("{} [{}]", e.name, e.kind.as_str());
            if let Some(w) = &e.when {
                if w.start == w.end {
                    line += &format!(" when={}", w.start);
                } else {
                    line += &format!(" when={}..{}", w.start, w.end);
                }
            }
            if let Some(p) = &e.place {
                line += &format!(" where={p}");
            }
            for (key, list) in [
                ("org", &e.organisers),
                ("co", &e.co_organisers),
                ("chairs", &e.chairs),
                ("part", &e.participants),
            ] {
                if !list.is_empty() {
                    line += &format!(" {key}={}", list.join(","));
                }
            }
            if let Some(p) = e.parent.and_then(|p| all.get(p)) {
                line += &format!(" parent={}", p.name);
            }
            line
        })
        .collect()
}

#[test]
fn smoke() {
    assert_eq!(
        events(
            "The regional conference opened in Porto on 3 March 2025.",
            PUB
        ),
        ["regional conference [conference] when=2025-03-03 where=Porto"]
    );
}

/// Every mention slices the text to its own words, whatever the page.
#[test]
fn mentions_are_the_pages_words() {
    let page = "The Harbour Cities Summit opened on 3 March 2025. The summit’s first session, titled “Open Ports”, was chaired by Ana Ruiz.";
    let doc = document(page, PUB);
    for e in run(page, PUB) {
        assert!(!e.mentions.is_empty(), "{}", e.name);
        for m in &e.mentions {
            assert_eq!(doc.text.get(m.start..m.end), Some(m.text.as_str()));
        }
    }
}

/// A page of one phrase repeated for a megabyte: every rule reads near each mention, so
/// the stage stays linear (quadratic scans of frames or sentences took minutes here).
#[test]
fn long_runs_of_one_phrase_stay_linear() {
    for phrase in [
        "conference ",
        "annual summit ",
        "The 5th Regional Conference. ",
        "“Open Ports” (with the Harbour Trust); ",
        "The ballot on the harbour plan closes on Tuesday. ",
    ] {
        let page = phrase.repeat((1 << 17) / phrase.len());
        let start = std::time::Instant::now();
        let found = run(&page, PUB);
        let took = start.elapsed();
        assert!(
            took < std::time::Duration::from_secs(if cfg!(debug_assertions) { 60 } else { 5 }),
            "{phrase:?}: {took:?}"
        );
        // A phrase repeated names one event (or a few, as runs of modifiers vary).
        assert!(found.len() <= 3, "{phrase:?}: {} events", found.len());
    }
}
