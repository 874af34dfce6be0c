//! Which event another is part of, and what a part inherits from it.
//!
//! - "the first session of the conference", "the final sitting of the third Harbour Forum";
//! - "the conference's first session";
//! - "on the margins of X", "on the sidelines of X", "as part of X"; "during X" and "at X"
//!   for sessions and side events;
//! - the items of a list of titles share the parent of the phrase that introduced them;
//! - in a release about one conference, the sessions, meetings, side events and
//!   programme items ("the closing luncheon") named after it, without a parent of their
//!   own, are its parts.
//!
//! A part without dates takes its parent's (or the parent's days where it has only a
//! year: "this year's luncheon"), and a part without a place takes its parent's.
//!
//! Known non-cases: a meeting "at" a conference is not read as its part ("the ministers
//! met at the summit" may be a meeting of its own), and two conferences are never parts
//! of each other by position alone.

use crate::entities::tokens::{Kind, PerToken};
use crate::entities::Ctx;
use crate::lexicon::{self, Class};
use crate::model::EventKind;

use super::clauses::{Reader, SLOT_REACH};
use super::frame::{Frame, Grain};
use super::vocab::Prep;

/// How many words may stand between "the margins of" and the event's mention ("on the
/// margins of this year's high-level conference").
const TARGET_REACH: usize = 6;

/// The longest chain of parents followed when inheriting: deeper nesting does not occur
/// in releases, and a cycle must not loop.
const MAX_DEPTH: usize = 8;

/// For each token, the first frame one of whose mentions covers it.
pub(super) struct Cover(PerToken);

impl Cover {
    pub fn new(tokens: usize, frames: &[Frame]) -> Cover {
        let mut cover = PerToken::none(tokens);
        for (k, f) in frames.iter().enumerate() {
            for m in f.mentions.iter().chain(std::iter::once(&f.tokens)) {
                // A mention past the end covers nothing, as a slice of the table would.
                if m.start > m.end || m.end > tokens {
                    continue;
                }
                for i in m.clone() {
                    if cover.get(i).is_none_or(|j| j > k) {
                        cover.set(i, Some(k));
                    }
                }
            }
        }
        Cover(cover)
    }

    pub fn at(&self, i: usize) -> Option<usize> {
        self.0.get(i)
    }
}

/// Links every frame to its parent.
pub(super) fn link(ctx: &Ctx<'_>, reader: &Reader<'_>, frames: &mut [Frame]) {
    let cover = Cover::new(ctx.tokens.len(), frames);
    for k in 0..frames.len() {
        if frames[k].parent.is_none() && frames[k].listed_under.is_none() {
            frames[k].parent = find_parent(ctx, reader, frames, &cover, k);
        }
    }
    // Items of a list share the parent of the phrase that introduced it, or are parts of
    // that event when it is named ("the Harbour Festival featured “A” and “B”").
    for k in 0..frames.len() {
        let Some(t) = frames[k].listed_under else {
            continue;
        };
        let Some(p) = cover.at(t).filter(|&p| p != k) else {
            continue;
        };
        frames[k].parent = if frames[p].named {
            Some(p)
        } else {
            frames[p].parent.filter(|&q| q != k)
        };
    }
}

/// The parent of frame `k`, from the words around its first mention.
fn find_parent(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    frames: &[Frame],
    cover: &Cover,
    k: usize,
) -> Option<usize> {
    let f = &frames[k];
    let other = |at: usize| cover.at(at).filter(|&p| p != k);
    // "first session of the conference", "final sitting of the third … Forum"
    if reader.tag(f.tokens.end).prep == Some(Prep::Of) {
        let mut a = f.tokens.end + 1;
        if ctx.is_word(a, "the") {
            a += 1;
        }
        if let Some(p) = other(a) {
            return Some(p);
        }
    }
    // "the conference’s first session"
    if f.tokens.start >= 2
        && ctx
            .tok(f.tokens.start - 1)
            .is_some_and(|t| t.kind == Kind::Possessive)
    {
        if let Some(p) = other(f.tokens.start - 2) {
            return Some(p);
        }
    }
    // "on the margins of X", "as part of X", "during X"
    let s = &f.sentence;
    let from = s.start.max(f.tokens.start.saturating_sub(SLOT_REACH));
    let to = s.end.min(f.tokens.end + SLOT_REACH);
    for i in from..to {
        let tag = reader.tag(i);
        let within = tag.within && reader.tag(i + 1).prep == Some(Prep::Of);
        let part = matches!(f.kind, EventKind::Session | EventKind::SideEvent)
            && matches!(tag.prep, Some(Prep::During | Prep::At));
        let mut t = match (within, part) {
            (true, _) => i + 2,
            (false, true) => i + 1,
            _ => continue,
        };
        if ctx.is_word(t, "the") {
            t += 1;
        }
        while ctx.tok(t).is_some_and(|x| x.kind == Kind::Word)
            && cover.at(t).is_none()
            && t < i + TARGET_REACH
        {
            t += 1;
        }
        if let Some(p) = other(t).filter(|&p| frames[p].tokens.start != f.tokens.start) {
            return Some(p);
        }
    }
    // "the fair included a lantern parade", "the gala, which featured a silent auction",
    // "the evening began with a reception": the event told last before a verb of
    // composition holds the event that is its object.
    if let Some(v) = part_verb_before(ctx, reader, f.tokens.start) {
        let from = s.start.max(v.saturating_sub(SLOT_REACH));
        if let Some(p) = (from..v).rev().find_map(other) {
            return Some(p);
        }
    }
    None
}

/// The verb of composition ("included", "will feature", "began with") whose object is
/// the phrase starting at `start`, with no more than its determiner between them.
fn part_verb_before(ctx: &Ctx<'_>, reader: &Reader<'_>, start: usize) -> Option<usize> {
    let mut t = start.checked_sub(1)?;
    if reader.tag(t).determiner.is_some() {
        t = t.checked_sub(1)?;
    }
    let needs = |v: usize| lexicon::value(Class::EventPartVerb, &ctx.word(v).to_lowercase());
    if ctx.tok(t).is_none_or(|x| x.kind != Kind::Word) {
        return None;
    }
    if needs(t) == Some("") {
        return Some(t);
    }
    let v = t.checked_sub(1)?;
    needs(v)
        .filter(|w| !w.is_empty() && ctx.is_word(t, w))
        .map(|_| v)
}

/// A release about one conference lists its parts: the sessions, meetings, side events
/// and programme items it names after the conference, without a parent of their own,
/// belong to it.
pub(super) fn main_event_parts(frames: &mut [Frame]) {
    // The release's main event: the named conference mentioned most (first on a tie).
    let main = frames
        .iter()
        .enumerate()
        .filter(|(_, f)| f.named && f.kind == EventKind::Conference && f.parent.is_none())
        .max_by_key(|(k, f)| (f.mentions.len(), std::cmp::Reverse(*k)))
        .map(|(k, _)| k);
    let Some(main) = main else { return };
    let main_start = frames[main].tokens.start;
    for (k, f) in frames.iter_mut().enumerate() {
        if k == main || f.parent.is_some() || f.tokens.start < main_start {
            continue;
        }
        let part = matches!(
            f.kind,
            EventKind::Session
                | EventKind::SideEvent
                | EventKind::Signing
                | EventKind::Launch
                | EventKind::Meeting
                | EventKind::Briefing
                | EventKind::Workshop
        ) || f.kind == EventKind::Other
            && (!f.named || f.head.is_some_and(|h| h.is(Class::EventProgrammePart)));
        if part {
            f.parent = Some(main);
        }
    }
}

/// A part without dates takes its parent's, or the parent's days where it has only a
/// year; a part without a place takes its parent's.
pub(super) fn inherit(frames: &mut [Frame]) {
    for k in 0..frames.len() {
        let mut depth = 0;
        let mut p = frames[k].parent;
        while let Some(pi) = p {
            depth += 1;
            if depth > MAX_DEPTH || pi == k {
                break;
            }
            let year_only = frames[k].grain().is_some_and(|g| g >= Grain::Year);
            let finer = frames[pi]
                .grain()
                .is_some_and(|g| frames[k].grain().is_none_or(|mine| g < mine));
            if (frames[k].when.is_none() || year_only) && finer {
                frames[k].when = frames[pi].when.clone();
            }
            if frames[k].place.is_none() {
                frames[k].place = frames[pi].place.clone();
            }
            p = frames[pi].parent;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn parts_named_with_their_whole() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Cities Summit opened in Lakeport on 3 March 2025. Ana Ruiz chaired the first session of the summit.",
                &[
                    "Harbour Cities Summit [conference] when=2025-03-03 where=Lakeport",
                    "first session [session] when=2025-03-03 where=Lakeport chairs=Ana Ruiz parent=Harbour Cities Summit",
                ],
            ),
            (
                "The Harbour Cities Summit opened on 3 March 2025. The summit’s closing session was short.",
                &[
                    "Harbour Cities Summit [conference] when=2025-03-03",
                    "closing session [session] when=2025-03-03 parent=Harbour Cities Summit",
                ],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn parts_named_by_a_verb_of_composition() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Lights Festival took place in Lakeport on 3 May 2025. The festival included a closing concert.",
                &[
                    "Harbour Lights Festival [other] when=2025-05-03 where=Lakeport",
                    "closing concert [other] when=2025-05-03 where=Lakeport parent=Harbour Lights Festival",
                ],
            ),
            (
                "The Dune Society held its Spring Gala at Seaview Hall on 9 May 2025. The gala began with a cocktail reception.",
                &[
                    "Spring Gala [other] when=2025-05-09 where=Seaview Hall org=Dune Society",
                    "cocktail reception [other] when=2025-05-09 where=Seaview Hall parent=Spring Gala",
                ],
            ),
            (
                "During the Riverside Harvest Fair on 4 October 2025, which featured a closing concert, farmers sold cider.",
                &[
                    "Riverside Harvest Fair [conference] when=2025-10-04",
                    "closing concert [other] when=2025-10-04 parent=Riverside Harvest Fair",
                ],
            ),
            // No event before the verb: no parent.
            (
                "Guests included a retired judge. A cocktail reception followed on 9 May 2025.",
                &["cocktail reception [other] when=2025-05-09"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn margins_and_programmes() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Coastal Water Forum met in Porto on 3 March 2025. On the margins of the Coastal Water Forum, two ministers held a bilateral meeting.",
                &[
                    "Coastal Water Forum [conference] when=2025-03-03 where=Porto",
                    "bilateral meeting [meeting] when=2025-03-03 where=Porto parent=Coastal Water Forum",
                ],
            ),
            // A programme item after the conference is its part; this year's luncheon
            // takes the conference's day.
            (
                "The Coastal Water Forum opened on 3 March 2025. This year's closing luncheon honoured three engineers.",
                &[
                    "Coastal Water Forum [conference] when=2025-03-03",
                    "closing luncheon [other] when=2025-03-03 parent=Coastal Water Forum",
                ],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
