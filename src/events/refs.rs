//! "It" as an event: a sentence that opens with "It" and a verb of an event taking place
//! ("It will be held at the Harbour Hall on 3 March", "It takes place every spring",
//! "It was co-hosted by the Trust") speaks of the event the passage is about, and its
//! slots are that event's.
//!
//! Not references: "It" before other verbs ("It said", "It offers"), or with no event
//! mentioned before it; "take" or "kick" without its particle ("It takes time").

use std::ops::Range;

use crate::entities::tokens::Kind;
use crate::entities::Ctx;
use crate::lexicon::{self, Class};

use super::clauses::Reader;
use super::frame::{Frame, FrameSet};

/// The value of an occurrence verb that needs an auxiliary before it ("It was hosted
/// by …", not "It hosted a forum").
const PASSIVE: &str = "passive";

/// How many words may stand between "It" and its verb ("It will also be held").
const VERB_REACH: usize = 4;

/// Adds a mention of the passage's event at each "It" that opens a sentence about it.
pub(super) fn pronouns(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    sents: &[Range<usize>],
    set: &mut FrameSet,
) {
    for s in sents {
        let Some(i) = s
            .clone()
            .find(|&k| ctx.tok(k).is_some_and(|t| t.kind == Kind::Word))
        else {
            continue;
        };
        if ctx.word(i) != "It" || !occurs(ctx, reader, i + 1, s.end) {
            continue;
        }
        if let Some(k) = set.salient_before(i, Frame::principal) {
            set.add_mention(k, i..i + 1);
        }
    }
}

/// Whether a verb of an event taking place follows within [`VERB_REACH`] words of
/// `from`, with only auxiliaries and adverbs before it.
fn occurs(ctx: &Ctx<'_>, reader: &Reader<'_>, from: usize, end: usize) -> bool {
    let mut auxiliary = false;
    for k in from..end.min(from + VERB_REACH) {
        if ctx.tok(k).is_none_or(|t| t.kind != Kind::Word) {
            return false;
        }
        if let Some(particle) = lexicon::value(Class::EventOccurrenceVerb, ctx.word(k)) {
            return match particle {
                "" => true,
                PASSIVE => auxiliary,
                _ => ctx.is_word(k + 1, particle),
            };
        }
        auxiliary |= reader.tag(k).auxiliary;
        // "It was first held", "It will also be held": auxiliaries and adverbs only.
        let tag = reader.tag(k);
        if !(tag.auxiliary || ctx.word(k).ends_with("ly") || ctx.is_word(k, "also")) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn it_is_the_event_of_the_passage() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Lights Festival returns to the waterfront. It will be held at Quay Park on 12 April 2025.",
                &["Harbour Lights Festival [other] when=2025-04-12 where=Quay Park"],
            ),
            (
                "The Northwind Trust announced its annual gala. It takes place on 20 March 2025 at the Old Mill.",
                &["annual gala [other] when=2025-03-20 where=Old Mill org=Northwind Trust"],
            ),
            (
                "The Lakeport Book Fair opened its doors. It was organised by the Lakeport Trust.",
                &["Lakeport Book Fair [conference] org=Lakeport Trust"],
            ),
            // Other verbs after "It" are not the event's.
            (
                "The Lakeport Book Fair opened its doors. It said prices would rise in Porto.",
                &["Lakeport Book Fair [conference]"],
            ),
            // An active participle: "It" is the organisation that acted.
            (
                "The Lakeport Trust joined the Harbour Summit. It co-organised two side events.",
                &[
                    "Harbour Summit [conference] part=Lakeport Trust",
                    "side events [side_event] parent=Harbour Summit",
                ],
            ),
            // "takes" without "place".
            (
                "The Lakeport Book Fair opened its doors. It takes time to set up in Porto.",
                &["Lakeport Book Fair [conference]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
