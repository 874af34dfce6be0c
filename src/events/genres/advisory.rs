//! A media advisory's blocks: lines opened by a label and a colon (`WHAT: Press
//! conference`, `When: Friday, 7 March 2025, 10:00`, `Where: Harbour Hall, 1 Quay Road`),
//! the value on the same line or the next. The event named under WHAT takes the date
//! under WHEN and the place under WHERE, as written.
//!
//! Not advisories: a label inside a sentence ("what: …" after other words on its line);
//! a page whose WHAT line names no event the stage found.

use std::ops::Range;

use crate::dates::FoundDate;
use crate::document::normalise;
use crate::entities::tokens::Kind;
use crate::entities::Ctx;

use super::super::clauses::is_char;
use super::super::frame::Frame;
use super::super::vocab::{self, AdvisorySlot};

/// The longest place an advisory's WHERE line may give, in bytes: a longer line is prose.
const MAX_PLACE_BYTES: usize = 200;

/// The value of each label's first line: (what, when, where).
fn blocks(ctx: &Ctx<'_>) -> [Option<Range<usize>>; 3] {
    let mut out: [Option<Range<usize>>; 3] = [None, None, None];
    for i in 0..ctx.tokens.len() {
        let line_start = i == 0 || ctx.tok(i - 1).is_some_and(|t| t.kind == Kind::Break);
        if !line_start || !is_char(ctx, i + 1, ':') {
            continue;
        }
        let slot = match vocab::advisory_label(ctx.word(i)) {
            Some(AdvisorySlot::What) => 0,
            Some(AdvisorySlot::When) => 1,
            Some(AdvisorySlot::Where) => 2,
            None => continue,
        };
        if out[slot].is_some() {
            continue;
        }
        let mut s = i + 2;
        if ctx.tok(s).is_some_and(|t| t.kind == Kind::Break) {
            s += 1;
        }
        let mut e = s;
        while ctx.tok(e).is_some_and(|t| t.kind != Kind::Break) {
            e += 1;
        }
        if e > s {
            out[slot] = Some(s..e);
        }
    }
    out
}

/// Gives the event under WHAT the date under WHEN and the place under WHERE.
pub(in crate::events) fn apply(ctx: &Ctx<'_>, dates: &[FoundDate], frames: &mut [Frame]) {
    let [Some(what), when, place] = blocks(ctx) else {
        return;
    };
    let what_span = ctx.span(&what);
    let Some(f) = frames
        .iter_mut()
        .find(|f| f.mentions.iter().any(|m| ctx.span(m).overlaps(what_span)))
    else {
        return;
    };
    if let Some(when) = when {
        let span = ctx.span(&when);
        if let Some(d) = dates.iter().find(|d| span.contains(d.span)) {
            f.date_from(ctx, d);
        }
    }
    if let Some(place) = place {
        let text = normalise(ctx.slice(&place));
        if !text.is_empty() && text.len() < MAX_PLACE_BYTES {
            f.place = Some(text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{events, PUB};

    /// Two invented advisories of different publishers: a prosecutor's office with capital
    /// labels and values on the next line, a museum with Title Case labels on one line.
    #[test]
    fn labelled_blocks() {
        let table: &[(&str, &[&str])] = &[
            (
                "MEDIA ADVISORY\nWHAT:\nPress conference on the harbour inquiry\nWHEN:\nFriday, 7 March 2025 – 10:00\nWHERE:\nHarbour County Courthouse, 12 Quay Road, Lakeport",
                &["Press conference [briefing] when=2025-03-07 where=Harbour County Courthouse, 12 Quay Road, Lakeport"],
            ),
            (
                "Museum night for families\nWhat: Opening reception of the tide exhibition\nWhen: Thursday, 6 March 2025, 18:00\nVenue: Lakeport Maritime Museum",
                &["Opening reception [other] when=2025-03-06 where=Lakeport Maritime Museum"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
