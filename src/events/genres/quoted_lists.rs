//! A list of quoted titles of events: a phrase with an event head, a verb of listing or a
//! colon, then titles in quotes separated by commas, semicolons or "and":
//!
//! - "The side events included “A” (with X and Y); “B” (together with Z); and “C”."
//! - "Three workshops are planned: “A”, “B” and “C”."
//!
//! Each title is an event of the head's kind ("side events" gives side events). A
//! parenthesis after a title that opens with a partner cue ("(with X, Y)", "(together
//! with Z)", "(co-organised by W)") names its co-organisers; a body named in the lead-in as
//! co-organiser ("the panels for which the Agency was a co-sponsor included",
//! "the Agency co-organised these workshops:") co-organised each. The items share the
//! parent of the phrase that introduced them.
//!
//! Not lists: quotes without a listing verb or colon after an event head (speech,
//! slogans); quoted speech (see [`titles`]). Not partners: a body after "chaired by" or
//! "led by" in the parenthesis ("(with X, on behalf of the Y Network, chaired by Z)": Z
//! chairs the network, which the event is held for and counts as a partner).
//!
//! [`titles`]: super::super::titles

use std::ops::Range;

use crate::entities::Ctx;
use crate::lexicon::{self, Class};
use crate::model::EventKind;

use super::super::clauses::{is_char, is_quote, Reader};
use super::super::frame::{extend, Frame, FrameSet, Head, Rule};
use super::super::titles::{is_title, quotation, title_text, MAX_QUOTE_TOKENS};
use super::super::triggers::{modifiers_start, phrase_kind};
use super::super::vocab::{self, PartnerCue, Prep, VerbSlot};

/// How far before a co-organiser cue the body it names may stand ("of which the Agency
/// was a co-organiser").
const SUBJECT_REACH: usize = 5;

/// The phrase that opens a list: its head token and the frame each item gets.
struct ListHead {
    token: usize,
    head: Head,
    kind: EventKind,
    co_organiser: Option<String>,
}

/// Finds the lists of quoted titles of the text.
pub(in crate::events) fn find(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    sents: &[Range<usize>],
    set: &mut FrameSet,
) {
    for s in sents {
        let mut list: Option<ListHead> = None;
        let mut i = s.start;
        while i < s.end {
            if !is_quote(ctx, i, true) {
                i += 1;
                continue;
            }
            let Some((inner, words)) = quotation(ctx, s, i) else {
                break;
            };
            let before = i.saturating_sub(1);
            let lead = i > s.start
                && (vocab::is(Class::EventListVerb, ctx.word(before)) || is_char(ctx, before, ':'));
            let separated = i > s.start
                && (is_char(ctx, before, ',')
                    || is_char(ctx, before, ';')
                    || vocab::is(Class::ListConjunction, ctx.word(before)));
            if lead {
                list = list_head(ctx, reader, s.start..before);
            } else if !separated {
                list = None;
            }
            if let Some(l) = list.as_ref().filter(|_| is_title(ctx, &inner, words)) {
                let mut f = Frame::new(
                    ctx,
                    inner.clone(),
                    l.kind,
                    Some(l.head),
                    Rule::ListedTitle,
                    s.clone(),
                );
                f.name = title_text(ctx, &inner);
                f.listed_under = Some(l.token);
                f.co_organisers.extend(l.co_organiser.clone());
                set.push(f);
            }
            i = inner.end + 1;
        }
    }
}

/// The event head nearest before the lead `r.end` in the lead-in `r`, with the body the
/// lead-in names as co-organiser.
fn list_head(ctx: &Ctx<'_>, reader: &Reader<'_>, r: Range<usize>) -> Option<ListHead> {
    // The items answer a plural ("three workshops at the Boat Fair: …"); without one, the
    // nearest head.
    let heads: Vec<(usize, Head, EventKind)> = r
        .clone()
        .rev()
        .filter_map(|t| reader.tag(t).head.map(|(h, k)| (t, h, k)))
        .collect();
    let plural = |&&(t, h, _): &&(usize, Head, EventKind)| lexicon::fold(ctx.word(t)) != h.word();
    let (token, head, kind) = heads.iter().find(plural).or(heads.first()).copied()?;
    let kind = phrase_kind(reader, modifiers_start(reader, token), token, kind);
    let cue = r.clone().find(|&t| {
        let w = ctx.word(t);
        vocab::is(Class::EventRoleNoun, w)
            || w.strip_suffix('s')
                .is_some_and(|w| vocab::is(Class::EventRoleNoun, w))
            || matches!(
                vocab::verb(w),
                Some(VerbSlot::CoOrganiser | VerbSlot::CoHost)
            )
    });
    let co_organiser = cue.and_then(|c| {
        reader
            .within(&(c.saturating_sub(SUBJECT_REACH).max(r.start)..c))
            .pop()
    });
    Some(ListHead {
        token,
        head,
        kind,
        co_organiser,
    })
}

/// Co-organisers in a parenthesis right after a quoted title: "“A” (together with X, Y,
/// and Z)".
pub(in crate::events) fn partners(ctx: &Ctx<'_>, reader: &Reader<'_>, frames: &mut [Frame]) {
    for f in frames.iter_mut() {
        let found: Vec<String> = f
            .mentions
            .iter()
            .filter(|me| is_quote(ctx, me.end, false) && is_char(ctx, me.end + 1, '('))
            .flat_map(|me| partners_after(ctx, reader, me.end + 1))
            .collect();
        extend(&mut f.co_organisers, found);
    }
}

/// The partners of the parenthesis opened at `open`.
fn partners_after(ctx: &Ctx<'_>, reader: &Reader<'_>, open: usize) -> Vec<String> {
    let close = (open + 1..open + MAX_QUOTE_TOKENS)
        .find(|&j| is_char(ctx, j, ')') || ctx.tok(j).is_none())
        .unwrap_or(open + MAX_QUOTE_TOKENS);
    // "…, chaired by the Press Office": the chair of a partner, not a partner.
    let cut = (open + 1..close)
        .find(|&j| vocab::verb(ctx.word(j)).is_some() && ctx.is_word(j + 1, "by"))
        .unwrap_or(close);
    let lead = ctx.word(open + 1);
    let partner_lead = matches!(vocab::prep(lead), Some(Prep::With | Prep::In))
        || vocab::partner_cue(lead) == Some(PartnerCue::Adverb)
        || matches!(
            vocab::verb(lead),
            Some(VerbSlot::CoOrganiser | VerbSlot::CoHost)
        );
    if partner_lead {
        reader.within(&(open + 1..cut))
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{events, PUB};

    /// Two invented pages of different publishers that need the rule: a UN office's
    /// summary of the side events it co-organised at a conference, and a foundation's
    /// programme of workshops at a fair.
    #[test]
    fn lists_of_side_events_with_partners() {
        let page = "The Harbour Cities Summit took place in Lakeport on 3 March 2025. \
            The agency joined several side events on the margins of the summit. \
            Side events that the Ocean Data Office co-organised included \
            “Open Data for Safer Ports” (together with the Northwind Foundation and the Ministry of Water); \
            “Tide Gauges and Early Warning in Small Harbours” (with the Harbour Trust, on behalf of the Tide Network, chaired by the Ocean Science Institute); \
            and “Training Pilots for Cleaner Shipping”.";
        assert_eq!(
            events(page, PUB),
            [
                "Harbour Cities Summit [conference] when=2025-03-03 where=Lakeport",
                "side events [side_event] when=2025-03-03 where=Lakeport parent=Harbour Cities Summit",
                "Open Data for Safer Ports [side_event] when=2025-03-03 where=Lakeport co=Ocean Data Office,Northwind Foundation,Ministry of Water parent=Harbour Cities Summit",
                "Tide Gauges and Early Warning in Small Harbours [side_event] when=2025-03-03 where=Lakeport co=Ocean Data Office,Harbour Trust,Tide Network parent=Harbour Cities Summit",
                "Training Pilots for Cleaner Shipping [side_event] when=2025-03-03 where=Lakeport co=Ocean Data Office parent=Harbour Cities Summit",
            ]
        );
        let page = "The Northwind Foundation will run three workshops at the Lakeport Boat Fair: \
            “Rigging for Beginners”, “Small Engines at Sea” and “Charts and Tides”.";
        assert_eq!(
            events(page, PUB),
            [
                "Lakeport Boat Fair [conference]",
                "Rigging for Beginners [workshop] parent=Lakeport Boat Fair",
                "Small Engines at Sea [workshop] parent=Lakeport Boat Fair",
                "Charts and Tides [workshop] parent=Lakeport Boat Fair",
            ]
        );
    }

    #[test]
    fn quotes_that_are_not_lists() {
        let table: &[(&str, &[&str])] = &[
            // A slogan after a verb that lists nothing.
            (
                "The regional forum adopted the motto “Ports for People and Planet”.",
                &["regional forum [conference]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
