//! Tables of the forms the stage reads, one test per form, and a property test.

use super::*;
use crate::document::{Block, BlockKind, Document, Meta};

fn doc(text: &str, published: Option<&str>) -> Document {
    Document {
        text: text.to_owned(),
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            span: Span::new(0, text.len()),
        }],
        meta: Meta {
            published: published.map(|p| p.parse().expect("test dates are valid")),
            ..Meta::default()
        },
    }
}

/// `text = value/precision` for every date found, as in SCHEMA.md's examples.
fn found(text: &str, published: Option<&str>) -> Vec<String> {
    let d = doc(text, published);
    find(&d)
        .iter()
        .map(|f| {
            let words = d.text.get(f.span.start..f.span.end).unwrap_or("?");
            if f.start == f.end {
                format!("{words} = {}/{}", f.start, f.precision)
            } else {
                format!("{words} = {}..{}/{}", f.start, f.end, f.precision)
            }
        })
        .collect()
}

#[test]
fn smoke() {
    assert_eq!(
        found("It opened on 28 June 2018 in New York.", None),
        ["28 June 2018 = 2018-06-28/day"]
    );
}
