//! Labelled blocks of event details: lines opened by a label and a colon (`WHAT: Press
//! conference`, `When: Friday, 7 March 2025, 10:00`, `Where: Harbour Hall, 1 Quay Road`,
//! `Date:`, `Time:`, `Venue:`, `Location:`), the value on the same line or the next. A
//! block is a run of such lines; a label seen again opens the next block (a listing of
//! several events, each with its date and venue). The block's event takes the date under
//! its WHEN (or DATE, TIME) lines and the place under WHERE, as written: the event named
//! under WHAT, or, in a block without WHAT, the event the passage before the block
//! mentioned last ("Join us for the Lakeport Fair.\nDate: …\nVenue: …").
//!
//! Not blocks: a label inside a sentence ("what: …" after other words on its line); a
//! WHAT line that names no event the stage found; a lone label line without WHAT (a
//! "Date:" line in a page's header is the page's date, not an event's).

use std::ops::Range;

use crate::dates::FoundDate;
use crate::document::normalise;
use crate::entities::tokens::Kind;
use crate::entities::Ctx;

use super::super::clauses::is_char;
use super::super::frame::Frame;
use super::super::vocab::{self, AdvisorySlot};
use crate::lexicon::Class;

/// The longest place an advisory's WHERE line may give, in bytes: a longer line is prose.
const MAX_PLACE_BYTES: usize = 200;

/// The fewest label lines a block without WHAT needs to be one.
const MIN_LINES_WITHOUT_WHAT: usize = 2;

/// One block: the token where its first label stands, and the value of each slot's first
/// line (what, when lines, where).
#[derive(Debug, Default)]
struct Block {
    start: usize,
    lines: usize,
    what: Option<Range<usize>>,
    when: Vec<Range<usize>>,
    place: Option<Range<usize>>,
}

impl Block {
    fn has(&self, slot: AdvisorySlot) -> bool {
        match slot {
            AdvisorySlot::What => self.what.is_some(),
            AdvisorySlot::When => false,
            AdvisorySlot::Where => self.place.is_some(),
        }
    }
}

/// The labelled blocks of the text, in order. A page with WHAT lines keeps one block: its
/// first WHAT, WHEN and WHERE lines, wherever they stand, as advisories write them.
fn blocks(ctx: &Ctx<'_>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    let mut cur: Option<Block> = None;
    // The date lines of the current block, by label word: a second "Date:" opens a new
    // block, while "Date:" then "Time:" are one event's.
    let mut when_labels: Vec<String> = Vec::new();
    let mut last_line = 0;
    for i in 0..ctx.tokens.len() {
        let Some((slot, colon)) = label_at(ctx, i) else {
            continue;
        };
        let mut s = colon + 1;
        if ctx.tok(s).is_some_and(|t| t.kind == Kind::Break) {
            s += 1;
        }
        let mut e = s;
        while ctx.tok(e).is_some_and(|t| t.kind != Kind::Break) && label_at(ctx, e + 1).is_none() {
            e += 1;
        }
        let label = ctx.word(colon - 1).to_lowercase();
        // A label seen again, or one far from the last line, opens the next block.
        let repeated = cur.as_ref().is_some_and(|b| {
            b.has(slot) || (slot == AdvisorySlot::When && when_labels.contains(&label))
        });
        let far = i > last_line + BLOCK_GAP_TOKENS;
        if cur.is_none() || repeated || far {
            out.extend(cur.take());
            cur = Some(Block {
                start: i,
                ..Block::default()
            });
            when_labels.clear();
        }
        last_line = e;
        let Some(b) = cur.as_mut() else { continue };
        b.lines += 1;
        if e == s {
            continue;
        }
        match slot {
            AdvisorySlot::What => b.what = Some(s..e),
            AdvisorySlot::When => {
                when_labels.push(label);
                b.when.push(s..e);
            }
            AdvisorySlot::Where => b.place = Some(s..e),
        }
    }
    out.extend(cur);
    // An advisory: its first WHAT, WHEN and WHERE lines make one block.
    if let Some(w) = out.iter().position(|b| b.what.is_some()) {
        let what = out.remove(w);
        let when = what
            .when
            .clone()
            .into_iter()
            .chain(out.iter().flat_map(|b| b.when.clone()))
            .collect();
        let place = what
            .place
            .clone()
            .or_else(|| out.iter().find_map(|b| b.place.clone()));
        return vec![Block {
            when,
            place,
            ..what
        }];
    }
    out
}

/// The label that opens a line (or a part of one after a separator, "Date: 12 April |
/// Venue: Quay Hall") at token `i`: the slot it fills and the token of its colon. A
/// generic event word may stand before the label ("Event date:", "Event location:").
fn label_at(ctx: &Ctx<'_>, i: usize) -> Option<(AdvisorySlot, usize)> {
    let opens = i == 0
        || ctx.tok(i - 1).is_some_and(|t| t.kind == Kind::Break)
        || SEPARATORS.iter().any(|&c| is_char(ctx, i - 1, c));
    if !opens {
        return None;
    }
    let mut l = i;
    if vocab::is(Class::EventGenericHead, ctx.word(l)) && is_char(ctx, l + 2, ':') {
        l += 1;
    }
    if !is_char(ctx, l + 1, ':') {
        return None;
    }
    vocab::advisory_label(ctx.word(l)).map(|slot| (slot, l + 1))
}

/// The marks that set the parts of one line apart ("Date: 12 April | Venue: Quay Hall").
const SEPARATORS: [char; 3] = ['|', '•', '·'];

/// How many tokens after a block's last line the next label may stand and still belong
/// to the block (a line of prose between "Date:" and "Venue:" lines).
const BLOCK_GAP_TOKENS: usize = 40;

/// Gives each block's event the date under WHEN and the place under WHERE.
pub(in crate::events) fn apply(ctx: &Ctx<'_>, dates: &[FoundDate], frames: &mut [Frame]) {
    let index = Mentions::new(frames);
    for b in blocks(ctx) {
        let target = match &b.what {
            Some(what) => index.overlapping(what.clone()),
            None if b.lines >= MIN_LINES_WITHOUT_WHAT => index.last_before(b.start),
            None => None,
        };
        let Some(f) = target.and_then(|k| frames.get_mut(k)) else {
            continue;
        };
        // Dates are in text order: a line's own date starts at or after the line.
        let date = b.when.iter().find_map(|line| {
            let span = ctx.span(line);
            let from = dates.partition_point(|d| d.span.start < span.start);
            dates
                .get(from..)
                .unwrap_or(&[])
                .iter()
                .take_while(|d| d.span.start < span.end)
                .find(|d| span.contains(d.span))
        });
        if let Some(d) = date {
            f.date_from(ctx, d);
        }
        if let Some(place) = &b.place {
            let text = normalise(ctx.slice(place));
            if !text.is_empty() && text.len() < MAX_PLACE_BYTES {
                f.place = Some(text);
            }
        }
    }
}

/// The frames' mentions in text order, so that each block finds its event by a search,
/// not by a walk over every mention (a listing has as many blocks as events).
struct Mentions {
    /// (first token, end token, frame) of every non-empty mention, by first token.
    all: Vec<(usize, usize, usize)>,
    /// The same for the frames of one event of their own (not plural phrases).
    single: Vec<(usize, usize)>,
    /// The most tokens a mention spans.
    longest: usize,
}

impl Mentions {
    fn new(frames: &[Frame]) -> Mentions {
        let mut all: Vec<(usize, usize, usize)> = frames
            .iter()
            .enumerate()
            .flat_map(|(k, f)| f.mentions.iter().map(move |m| (m.start, m.end, k)))
            .filter(|(s, e, _)| e > s)
            .collect();
        all.sort_unstable();
        let single = all
            .iter()
            .filter(|(_, _, k)| frames.get(*k).is_some_and(|f| !f.plural()))
            .map(|&(s, _, k)| (s, k))
            .collect();
        let longest = all.iter().map(|(s, e, _)| e - s).max().unwrap_or(0);
        Mentions {
            all,
            single,
            longest,
        }
    }

    /// The first frame (by number) with a mention that shares a token with `r`.
    fn overlapping(&self, r: std::ops::Range<usize>) -> Option<usize> {
        let hi = self.all.partition_point(|m| m.0 < r.end);
        self.all
            .get(..hi)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take_while(|m| m.0 + self.longest > r.start)
            .filter(|m| m.1 > r.start)
            .map(|m| m.2)
            .min()
    }

    /// The event mentioned last before token `i`, one event of its own (not a plural
    /// phrase); of two mentions at one token, the later frame's.
    fn last_before(&self, i: usize) -> Option<usize> {
        let hi = self.single.partition_point(|m| m.0 < i);
        hi.checked_sub(1)
            .and_then(|j| self.single.get(j))
            .map(|m| m.1)
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

    /// Blocks without WHAT: the event the passage named last before the block takes them.
    #[test]
    fn detail_blocks_under_an_event() {
        let table: &[(&str, &[&str])] = &[
            // Date, time and venue under an announcement.
            (
                "The Harbour Trust announced its annual gala.\nDate: Saturday, 12 April 2025\nTime: 7 p.m.\nVenue: Lakeport Town Hall, 4 Quay Road",
                &["annual gala [other] when=2025-04-12 where=Lakeport Town Hall, 4 Quay Road org=Harbour Trust"],
            ),
            // When and where under an invitation.
            (
                "Join us for the Riverside Food Festival.\nWhen: 12 April 2025\nWhere: Lakeport Park",
                &["Riverside Food Festival [other] when=2025-04-12 where=Lakeport Park"],
            ),
            // A listing: each event with its own block.
            (
                "Growers may join the Lakeport Pruning Workshop.\nDate: 14 April 2025\nLocation: Lakeport Library\nThe season closes with the Quay Harvest Fair.\nDate: 20 October 2025\nLocation: Quay Hall",
                &[
                    "Lakeport Pruning Workshop [workshop] when=2025-04-14 where=Lakeport Library",
                    "Quay Harvest Fair [conference] when=2025-10-20 where=Quay Hall",
                ],
            ),
            // Labels after a generic event word, several on one line.
            (
                "Families can meet the crews at the Quay Boat Parade.\nEvent date: Sunday, 13 April 2025 | Event location: Lakeport Marina",
                &["Quay Boat Parade [other] when=2025-04-13 where=Lakeport Marina"],
            ),
            (
                "Tickets are on sale for the Lakeport Jazz Festival.\nDate: 19 July 2025 • Time: 6 p.m. • Place: Harbour Green",
                &["Lakeport Jazz Festival [other] when=2025-07-19 where=Harbour Green"],
            ),
            // A lone date line is the page's, not the event's.
            (
                "Harbour Trust plans a regional summit\nDate: 3 March 2025\nThe trust said the summit would follow later.",
                &["regional summit [conference] org=Harbour Trust"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
