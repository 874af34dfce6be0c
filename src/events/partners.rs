//! Partners named in a sentence of their own: the co-organisers of the event the passage
//! is about, told after the sentence that names it.
//!
//! - A partner cue whose subject holds the event or issues the release: "The Trust is
//!   partnering with X and Y on the fair", "We host it in collaboration with X", "The Trust
//!   co-hosts with X this year".
//! - A list led by a noun of partners: "Partners include X, Y and Z", "This year's
//!   co-hosts are X and Y", "Partner organisations: X, Y".
//!
//! The event is the one the passage is about: the nearest single event mentioned in the
//! [`PASSAGE_SENTENCES`] sentences before. A sentence that names an event itself is read
//! by the slot rules of its mentions ([`agents`]), not here.
//!
//! Not partners: a partnership for another purpose ("has partnered with X to provide a
//! clinic": "to" and a verb that holds no event); a cue whose subject is another body or
//! a person ("The Foundation partners with X on grants" when the Trust holds the fair);
//! partners with no event before them.
//!
//! [`agents`]: super::agents

use std::ops::Range;

use crate::entities::tokens::Kind;
use crate::entities::Ctx;
use crate::lexicon::Class;

use super::clauses::{clause_end, is_char, Others, Reader};
use super::frame::{extend, Frame};
use super::vocab::{self, PartnerCue, Prep, VerbSlot};

/// How many sentences back the event of the passage may be named.
const PASSAGE_SENTENCES: usize = 4;
/// How many tokens before its verb or colon a list of partners may name them ("This
/// year's partner organisations include …", "new partners this year:").
const LEAD_WORDS: usize = 5;

/// Adds the partners of sentences without an event to the event of their passage.
pub(super) fn across(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    sents: &[Range<usize>],
    publisher: Option<&str>,
    frames: &mut [Frame],
) {
    // Every mention as (first token, frame), by first token.
    let mut mentions: Vec<(usize, usize)> = frames
        .iter()
        .enumerate()
        .flat_map(|(k, f)| f.mentions.iter().map(move |m| (m.start, k)))
        .collect();
    mentions.sort_unstable();
    for (n, s) in sents.iter().enumerate() {
        let a = mentions.partition_point(|m| m.0 < s.start);
        if mentions.get(a).is_some_and(|m| m.0 < s.end) {
            continue;
        }
        let Some((agents, subject)) = partners_of(ctx, reader, s) else {
            continue;
        };
        let passage = sents
            .get(n.saturating_sub(PASSAGE_SENTENCES))
            .map_or(0, |p| p.start);
        let candidates: Vec<usize> = mentions[..a]
            .iter()
            .rev()
            .take_while(|m| m.0 >= passage)
            .map(|m| m.1)
            .filter(|&k| frames.get(k).is_some_and(Frame::principal))
            .collect();
        // The event the cue's subject holds, else the nearest when the subject is the
        // publisher ("we"); a list without a subject goes to the nearest.
        let target = match &subject {
            None => candidates.first().copied(),
            Some(subject) => candidates
                .iter()
                .copied()
                .find(|&k| {
                    frames
                        .get(k)
                        .is_some_and(|f| subject.iter().any(|x| f.organisers.contains(x)))
                })
                .or_else(|| {
                    let own = subject
                        .iter()
                        .any(|x| publisher == Some(x.as_str()) || x == WE);
                    candidates.first().copied().filter(|_| own)
                }),
        };
        let Some(f) = target.and_then(|k| frames.get_mut(k)) else {
            continue;
        };
        let agents = agents
            .into_iter()
            .filter(|a| !f.organisers.contains(a) && publisher != Some(a.as_str()))
            .collect();
        extend(&mut f.co_organisers, agents);
    }
}

/// What stands for the release's own voice as a subject.
const WE: &str = "we";

/// The partners sentence `s` names, with the subject of its cue (`None` for a list led
/// by a noun of partners, which has none).
fn partners_of(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    s: &Range<usize>,
) -> Option<(Vec<String>, Option<Vec<String>>)> {
    let none = Others::default();
    let listed = list_lead(ctx, s)
        .map(|lead| reader.within(&(lead + 1..s.end)))
        .unwrap_or_default();
    let cue = s.clone().find(|&i| {
        let tag = reader.tag(i);
        let with = reader.tag(i + 1).prep == Some(Prep::With);
        let verb = matches!(tag.partner, Some(PartnerCue::Verb))
            || matches!(tag.verb, Some(VerbSlot::CoHost | VerbSlot::CoOrganiser));
        let noun = tag.partner == Some(PartnerCue::Noun)
            && i > s.start
            && reader.tag(i - 1).prep == Some(Prep::In);
        with && (verb || noun)
    });
    let Some(cue) = cue else {
        return (!listed.is_empty()).then_some((listed, None));
    };
    let end = clause_end(ctx, reader, cue + 2, s.end, &none);
    // "partnered with X to provide a clinic": a partnership for another purpose.
    if reader.tag(end).prep == Some(Prep::To) {
        let purpose = reader.tag(end + 1).verb;
        if !matches!(
            purpose,
            Some(VerbSlot::Organiser | VerbSlot::Host | VerbSlot::CoHost | VerbSlot::CoOrganiser)
        ) {
            return None;
        }
    }
    let mut agents = reader.within(&(cue + 2..end));
    extend(&mut agents, listed);
    if agents.is_empty() {
        return None;
    }
    let first = (s.start..cue).find(|&j| ctx.tok(j).is_some_and(|t| t.kind == Kind::Word));
    let subject = if first.is_some_and(|j| vocab::is(Class::EventWePronoun, ctx.word(j))) {
        vec![WE.to_owned()]
    } else {
        reader.subject_of(ctx, &(s.start..cue))
    };
    Some((agents, Some(subject)))
}

/// The verb or colon that closes a lead of partners in sentence `s`, a noun of partners
/// within [`LEAD_WORDS`] before it ("Partners include", "This year's co-hosts are", "two
/// new partners this year:").
fn list_lead(ctx: &Ctx<'_>, s: &Range<usize>) -> Option<usize> {
    s.clone().find(|&close| {
        let closes = vocab::is(Class::EventListVerb, ctx.word(close))
            || ctx.is_word(close, "are")
            || is_char(ctx, close, ':');
        closes
            && (close.saturating_sub(LEAD_WORDS).max(s.start)..close)
                .any(|j| vocab::is(Class::EventPartnerNoun, ctx.word(j)))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn partners_in_a_sentence_of_their_own() {
        let table: &[(&str, &[&str])] = &[
            (
                "Spring news\nThe Harbour Trust will hold the Lakeport Book Festival on 12 April 2025. The Harbour Trust is partnering with the Northwind Foundation and Vantor Systems.",
                &["Lakeport Book Festival [other] when=2025-04-12 org=Harbour Trust co=Northwind Foundation,Vantor Systems"],
            ),
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. The Trust is once again teaming with the Ocean Science Institute on the evening.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust co=Ocean Science Institute"],
            ),
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. We are proud to work in collaboration with the Northwind Foundation.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust co=Northwind Foundation"],
            ),
            (
                "Spring news\nThe Ministry of Water convened a regional forum in Porto. The partners include the Northwind Foundation, the Ocean Science Institute and Vantor Systems.",
                &["regional forum [conference] where=Porto org=Ministry of Water co=Northwind Foundation,Ocean Science Institute,Vantor Systems"],
            ),
            (
                "Spring news\nThe Ministry of Water convened a regional forum in Porto. This year's co-hosts are the Northwind Foundation and Vantor Systems.",
                &["regional forum [conference] where=Porto org=Ministry of Water co=Northwind Foundation,Vantor Systems"],
            ),
            (
                "Spring news\nThe Harbour Trust opened the Lakeport Book Fair on 12 April 2025. Partner organisations: the Northwind Foundation and the Ocean Science Institute.",
                &["Lakeport Book Fair [conference] when=2025-04-12 org=Harbour Trust co=Northwind Foundation,Ocean Science Institute"],
            ),
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. The Harbour Trust co-hosts with the Northwind Foundation again.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust co=Northwind Foundation"],
            ),
            // A list after a noun of partners inside the sentence joins the cue's.
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. The Harbour Trust is partnering with the Northwind Foundation and welcomes two new partners this year: Vantor Systems and the Ocean Science Institute.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust co=Northwind Foundation,Vantor Systems,Ocean Science Institute"],
            ),
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. The Harbour Trust is once again partnering with the Ocean Science Institute (OSI) and is excited to welcome a new partner this year: Vantor Systems.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust co=Ocean Science Institute,Vantor Systems"],
            ),
            // The event the subject holds, not a nearer one it does not.
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. The Lakeport Book Fair opens the same week. The Harbour Trust is partnering with the Northwind Foundation.",
                &[
                    "annual gala [other] when=2025-04-12 org=Harbour Trust co=Northwind Foundation",
                    "Lakeport Book Fair [conference]",
                ],
            ),
            // A partnership for another purpose.
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. The Harbour Trust has partnered with the Northwind Foundation to provide free meals.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust"],
            ),
            // Another body's partnership.
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. Vantor Systems is partnering with the Northwind Foundation on grants.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust"],
            ),
            // No event before the partners.
            (
                "Spring news\nThe Harbour Trust is partnering with the Northwind Foundation. The annual gala is on 12 April 2025.",
                &["annual gala [other] when=2025-04-12"],
            ),
            // An event too far back is not the passage's.
            (
                "Spring news\nThe Harbour Trust will hold its annual gala on 12 April 2025. Tickets are sold online. Doors open at six. Dress is formal. Parking is free. The Harbour Trust is partnering with the Northwind Foundation.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust"],
            ),
        ];
        let bad: Vec<String> = table
            .iter()
            .filter(|(page, want)| events(page, PUB) != *want)
            .map(|(page, want)| format!("{page}\n  got {:?}\n want {want:?}", events(page, PUB)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }
}
