//! Lowercase event phrases: an event head with up to [`MAX_MODIFIERS`] modifiers before it
//! ("high-level conference", "plenary vote", "the first joint meeting"), the thing a
//! launch or a signing is of ("the launch of Nova 2"), the body a session is of ("the
//! ninth session of the Harbour Assembly", "the session of the Coastal Council").
//! Any other bare head is a mention of the nearest event before it with that head when a
//! definite determiner points back to it ("the conference", "its summit"), and a generic
//! word otherwise ("meetings were held").
//!
//! Not events: the imperative "visit" pointing at a page ("visit our website", "please
//! visit www.example.org"); heads inside a Title Case headline.

use std::ops::Range;

use crate::document::normalise;
use crate::entities::tokens::{is_connector, Kind};
use crate::entities::Ctx;
use crate::lexicon::Class;
use crate::model::EventKind;

use super::clauses::{is_figure, sentence_at, Reader};
use super::frame::{Frame, FrameSet, Rule};
use super::names;
use super::vocab::{self, Determiner, Prep};

/// The most modifiers a head takes ("the first joint ministerial meeting"): more words
/// before a head are a list, not one phrase.
const MAX_MODIFIERS: usize = 3;

/// How many tokens after "visit" may hold the page it points at ("visit us at www…").
const WEB_OBJECT_REACH: usize = 3;

/// The start of the modifiers before the head at `i`: words of the lexicon's modifiers,
/// ordinals, compounds of level or length ("working-level", "two-day").
pub(super) fn modifiers_start(reader: &Reader<'_>, i: usize) -> usize {
    let mut s = i;
    while s > 0 && reader.tag(s - 1).modifier && i - s < MAX_MODIFIERS {
        s -= 1;
    }
    s
}

/// The kind of the phrase `s..=i` with head kind `kind`: a modifier may set it whatever the
/// head says ("press conference" is a briefing, "side event" a side event); the one
/// nearest the head wins.
pub(super) fn phrase_kind(reader: &Reader<'_>, s: usize, i: usize, kind: EventKind) -> EventKind {
    (s..i)
        .rev()
        .find_map(|m| reader.tag(m).modifier_kind)
        .unwrap_or(kind)
}

/// Whether the token before `i` makes the head at `i` a reference to a known event.
fn definite_before(ctx: &Ctx<'_>, reader: &Reader<'_>, i: usize) -> bool {
    i.checked_sub(1).is_some_and(|p| {
        ctx.tok(p).is_some_and(|t| t.kind == Kind::Possessive)
            || reader.tag(p).determiner == Some(Determiner::Definite)
    })
}

/// Finds the lowercase event phrases of the text.
pub(super) fn find(ctx: &Ctx<'_>, reader: &Reader<'_>, sents: &[Range<usize>], set: &mut FrameSet) {
    let sentence_of = |i: usize| sentence_at(sents, i).unwrap_or(i..i + 1);
    for i in 0..ctx.tokens.len() {
        if ctx.tok(i).is_none_or(|t| t.kind != Kind::Word || t.cap) {
            continue;
        }
        let Some((head, head_kind)) = reader.tag(i).head else {
            continue;
        };
        if set.owner_at(i).is_some() || ctx.loud.get(i).copied().unwrap_or(false) {
            continue;
        }
        if head_kind == EventKind::Visit && is_web_visit(ctx, i) {
            continue;
        }
        let s = modifiers_start(reader, i);
        let kind = phrase_kind(reader, s, i, head_kind);
        let modified = s < i;
        if let Some(e) = of_object(ctx, i, kind) {
            let mut f = Frame::new(ctx, s..e, kind, Some(head), Rule::Phrase, sentence_of(s));
            f.named = true;
            names::add(set, f);
            continue;
        }
        let e = session_of(ctx, i, kind);
        // A bare head is a mention of an event already named, or a generic word; "the
        // session of" a named body is an event of its own.
        if !modified && (e == i + 1 || !definite_before(ctx, reader, i)) {
            if definite_before(ctx, reader, i) {
                if let Some(k) = set.before_with_head(head, i) {
                    set.add_mention(k, i..i + 1);
                }
            }
            continue;
        }
        // "the three-day event", "the annual event": the event the release is about.
        if head.is(Class::EventGenericHead) && kind != EventKind::SideEvent {
            if let Some(k) = set.most_mentioned_named() {
                set.add_mention(k, s..i + 1);
                continue;
            }
        }
        // "the High-level conference" and "the high-level conference" are one event.
        let name = normalise(ctx.slice(&(s..e))).to_lowercase();
        if let Some(k) = set.by_name(&name) {
            set.add_mention(k, s..i + 1);
            continue;
        }
        let f = Frame::new(ctx, s..e, kind, Some(head), Rule::Phrase, sentence_of(s));
        names::add(set, f);
    }
}

/// "the launch of Nova 2", "the opening of Harbour Hall", "the signing of 12 agreements":
/// the thing launched or signed names the event; the end of that name.
fn of_object(ctx: &Ctx<'_>, i: usize, kind: EventKind) -> Option<usize> {
    if !matches!(kind, EventKind::Launch | EventKind::Signing)
        || vocab::prep(ctx.word(i + 1)) != Some(Prep::Of)
    {
        return None;
    }
    let k = if ctx.is_word(i + 2, "the") {
        i + 3
    } else {
        i + 2
    };
    if !(ctx.is_cap(k) || is_figure(ctx, k)) {
        return None;
    }
    let mut e = k + 1;
    while ctx.is_cap(e) || is_figure(ctx, e) {
        e += 1;
    }
    Some(e)
}

/// "the ninth session of the Harbour Assembly": a session is named with the body
/// it is a session of. The end of the phrase.
fn session_of(ctx: &Ctx<'_>, i: usize, kind: EventKind) -> usize {
    if kind != EventKind::Session || vocab::prep(ctx.word(i + 1)) != Some(Prep::Of) {
        return i + 1;
    }
    let k = if ctx.is_word(i + 2, "the") {
        i + 3
    } else {
        i + 2
    };
    let mut j = k;
    while ctx.is_cap(j) || (is_connector(ctx.word(j)) && ctx.is_cap(j + 1)) {
        j += 1;
    }
    if j > k {
        j
    } else {
        i + 1
    }
}

/// "For more information visit www.example.org", "please visit our website": a visit to
/// a page, not a trip.
fn is_web_visit(ctx: &Ctx<'_>, i: usize) -> bool {
    let imperative = i
        .checked_sub(1)
        .is_some_and(|p| vocab::is(Class::EventImperativeCue, ctx.word(p)));
    imperative
        || (i + 1..=i + WEB_OBJECT_REACH).any(|k| {
            let w = ctx.word(k).to_lowercase();
            vocab::is(Class::EventWebNoun, &w)
                || w.starts_with("http")
                || w.starts_with("www")
                || w.contains('.') && w.contains('/')
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn heads_with_modifiers() {
        let table: &[(&str, &[&str])] = &[
            (
                "Ministers held a high-level meeting in Lakeport on 3 March 2025.",
                &["high-level meeting [meeting] when=2025-03-03 where=Lakeport"],
            ),
            (
                "The mayor will give a press conference on Friday.",
                &["press conference [briefing] when=2025-03-07"],
            ),
            (
                "The city hosted two side events during the week.",
                &["side events [side_event]"],
            ),
            (
                "The first joint ministerial meeting ended without a statement.",
                &["first joint ministerial meeting [meeting]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn bare_heads_refer_back() {
        let table: &[(&str, &[&str])] = &[
            // The second mention joins the first; "meetings" alone is a generic word.
            (
                "A regional conference opened in Porto. The conference ends on 7 March 2025. Meetings were held.",
                &["regional conference [conference] when=2025-03-07 where=Porto"],
            ),
            ("Meetings were held across the region.", &[]),
            // "the summit" is the summit named before it, not one named later.
            (
                "The Harbour Summit opened in Porto. The summit ends on 7 March 2025. The Coastal Summit follows in May.",
                &[
                    "Harbour Summit [conference] when=2025-03-07 where=Porto",
                    "Coastal Summit [conference] when=2025-05-01..2025-05-31",
                ],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn objects_name_launches_and_signings() {
        let table: &[(&str, &[&str])] = &[
            (
                "The agency celebrated the launch of Nova 2 on 3 March 2025.",
                &["launch of Nova 2 [launch] when=2025-03-03"],
            ),
            (
                "The session of the Harbour Assembly opened on Monday.",
                &["session of the Harbour Assembly [session] when=2025-03-03"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn web_visits_are_not_trips() {
        let table: &[(&str, &[&str])] = &[
            ("For more information visit our website.", &[]),
            (
                "For the full programme, please visit www.example.org today.",
                &[],
            ),
            (
                "The minister made an official visit to Lakeport.",
                &["official visit [visit]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
