//! Stage 2a: temporal expressions.
//!
//! Input: the document's text and its anchor date (`published`, else the dateline's).
//! Output: every date expression with its byte span, normalised to an inclusive range and
//! a precision. Expressions that no written rule normalises are left out.

pub(crate) mod lexicon;

use once_cell::sync::Lazy;
use regex::Regex;

use crate::date::Date;
use crate::document::Document;
use crate::model::Precision;
use crate::span::Span;

/// A date expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub span: Span,
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

static ABSOLUTE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(
        r"(?x)
        (?-u:\b)(?:
            # 28 June 2018
            (?P<d1>[0-3]?\d)\s+(?P<m1>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<y1>\d{4})
          | # June 28, 2018
            (?P<m2>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<d2>[0-3]?\d),?\s+(?P<y2>\d{4})
        )(?-u:\b)",
    )
    .expect("absolute date is a valid pattern")
});

/// Finds the date expressions of `doc`.
pub(crate) fn find(doc: &Document) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for c in ABSOLUTE.captures_iter(&doc.text) {
        let Some(m) = c.get(0) else { continue };
        let (d, mo, y) = match (c.name("d1"), c.name("m1"), c.name("y1")) {
            (Some(d), Some(mo), Some(y)) => (d, mo, y),
            _ => match (c.name("d2"), c.name("m2"), c.name("y2")) {
                (Some(d), Some(mo), Some(y)) => (d, mo, y),
                _ => continue,
            },
        };
        let date = lexicon::month_en(mo.as_str()).and_then(|month| {
            Date::new(y.as_str().parse().ok()?, month, d.as_str().parse().ok()?)
        });
        if let Some(date) = date {
            out.push(FoundDate {
                span: Span::new(m.start(), m.end()),
                start: date,
                end: date,
                precision: Precision::Day,
            });
        }
    }
    out
}
