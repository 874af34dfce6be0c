//! The body that a named sitting belongs to: "the Harbour Council Budget Session", "the
//! Economic Board Annual Briefing". A named session, meeting, briefing or workshop whose
//! name opens with an organisation's name, with the event's own words after it, is that
//! organisation's when no sentence names another organiser.
//!
//! Not owners: conferences and titles of side events, which bodies lend their names to
//! without organising them ("the United Nations Ocean Conference" is not the UN
//! Secretariat's own); a body that is already a co-organiser.
//!
//! A possessive before any event's name names its owner, of whatever kind: "the Harbour
//! Trust's 12th annual Lantern Festival", "the museum council's Spring Gala". The owner
//! holds the event when no sentence names another organiser. Not owners: a possessive
//! that qualifies something other than the event ("the Trust's director opened the
//! Lantern Festival": the event is no object of the possessive).

use crate::entities::tokens::Kind;
use crate::entities::Ctx;
use crate::model::EventKind;

use super::clauses::Reader;
use super::frame::{is_ordinal, Frame};
use super::vocab;

/// Gives each named sitting without organisers the body that opens its name, and each
/// event without organisers the owner of its possessive.
pub(super) fn assign(ctx: &Ctx<'_>, reader: &Reader<'_>, frames: &mut [Frame]) {
    for f in frames.iter_mut().filter(|f| f.organisers.is_empty()) {
        let owner = f
            .mentions
            .iter()
            .find_map(|m| possessive_owner(ctx, reader, m.start))
            .or_else(|| {
                // A side event takes the name of the gathering it is held beside ("the
                // Assembly side event on water"), not of its organiser.
                if matches!(
                    f.kind,
                    EventKind::SideEvent | EventKind::Visit | EventKind::Signing
                ) || vocab::action_verb(&ctx.word(f.tokens.start).to_lowercase()).is_some()
                {
                    return None;
                }
                f.mentions
                    .iter()
                    .find_map(|m| body_before(ctx, reader, m.start))
            })
            .or_else(|| {
                if matches!(f.kind, EventKind::Visit | EventKind::Signing) {
                    return None;
                }
                f.mentions
                    .iter()
                    .find_map(|m| body_after_of(ctx, reader, m))
            });
        if let Some(owner) = owner.filter(|o| !f.co_organisers.contains(o)) {
            f.organisers.push(owner);
        }
    }
    let sitting = |k: EventKind| {
        matches!(
            k,
            EventKind::Session | EventKind::Meeting | EventKind::Briefing | EventKind::Workshop
        )
    };
    for f in frames
        .iter_mut()
        .filter(|f| f.named && f.organisers.is_empty() && sitting(f.kind))
    {
        let mut start = f.tokens.start;
        if ctx.is_word(start, "the") {
            start += 1;
        }
        let Some(k) = reader.found.org_covering(start) else {
            continue;
        };
        let Some(o) = reader.found.orgs.get(k) else {
            continue;
        };
        // The body must open the name and leave the event's own words after it.
        if o.tokens.start != start || o.tokens.end >= f.tokens.end {
            continue;
        }
        let owner = reader
            .resolved
            .org_of_mention
            .get(k)
            .and_then(|&x| reader.resolved.organisations.get(x))
            .map(|x| x.name.clone());
        if let Some(owner) = owner.filter(|o| !f.co_organisers.contains(o)) {
            f.organisers.push(owner);
        }
    }
}

/// The most edition words and modifiers between a possessive and its event ("the
/// Trust's 12th annual open-air summer Lantern Festival").
const MAX_MODIFIERS: usize = 6;

/// The name before the possessive that opens the event's phrase at `start`, past its
/// edition words and modifiers: "the Trust's 12th annual Lantern Festival".
fn possessive_owner(ctx: &Ctx<'_>, reader: &Reader<'_>, start: usize) -> Option<String> {
    let mut j = start;
    while j > 0
        && start - j < MAX_MODIFIERS
        && (is_ordinal(&ctx.word(j - 1).to_lowercase()) || reader.tag(j - 1).modifier)
    {
        j -= 1;
    }
    let p = j.checked_sub(1)?;
    if ctx.tok(p)?.kind != Kind::Possessive {
        return None;
    }
    super::triggers::owner(reader, p)
}

/// The organisation mention at token `j` that starts there, with its name and end.
fn body_at(reader: &Reader<'_>, j: usize) -> Option<(String, usize)> {
    let k = reader.found.org_covering(j)?;
    let o = reader.found.orgs.get(k)?;
    if o.tokens.start != j {
        return None;
    }
    let name = reader
        .resolved
        .org_of_mention
        .get(k)
        .and_then(|&x| reader.resolved.organisations.get(x))?
        .name
        .clone();
    Some((name, o.tokens.end))
}

/// The most tokens of a parenthesised acronym between a body and its event ("the Harbour
/// Trust (HT) Annual Gala": "(", "HT", ")").
const ACRONYM_TOKENS: usize = 3;

/// A body named right before the event's phrase at `start`, the event's own name after it:
/// "the Harbour Trust Annual Gala", "the Coastal Arts Council (CAC) Spring Fair". The body
/// opens the phrase (nothing of its own after the event: no possessive, and not a person).
/// Known non-case: "the Trust's director" (a possessive, read by [`possessive_owner`]).
fn body_before(ctx: &Ctx<'_>, reader: &Reader<'_>, start: usize) -> Option<String> {
    let ending_at = |end: usize| {
        let k = reader.found.org_covering(end.checked_sub(1)?)?;
        let o = reader.found.orgs.get(k)?;
        (o.tokens.end == end)
            .then(|| body_at(reader, o.tokens.start))
            .flatten()
            .map(|(name, _)| name)
    };
    ending_at(start).or_else(|| {
        // Past a parenthesised acronym right before the event.
        let close = start.checked_sub(1).filter(|&c| ctx.is_punct(c, ")"))?;
        let open = (close.saturating_sub(ACRONYM_TOKENS)..close)
            .rev()
            .find(|&k| ctx.is_punct(k, "("))?;
        ending_at(open)
    })
}

/// A body after "of" that closes the event's phrase: "the 10th Regional Forum of the
/// Ocean Council", "the annual meeting of the Harbour Trust", "the first session of the
/// Preparatory Committee". The body is the phrase's last name and owns nothing
/// after it ("the launch of the Trust's new app" is the app's). Not for visits and
/// signings, whose "of X" is who visits or what is signed.
fn body_after_of(ctx: &Ctx<'_>, reader: &Reader<'_>, m: &std::ops::Range<usize>) -> Option<String> {
    (m.start + 1..=m.end)
        .filter(|&k| ctx.is_word(k, "of"))
        .find_map(|k| {
            let j = if ctx.is_word(k + 1, "the") {
                k + 2
            } else {
                k + 1
            };
            let (name, end) = body_at(reader, j)?;
            // "the opening of the Harbour Trust Lantern Festival": the body opens another
            // name, whose event the "of" is.
            let owns_next =
                ctx.tok(end).is_some_and(|t| t.kind == Kind::Possessive) || ctx.is_cap(end);
            // The last name of the phrase ("the first session of the Trust held in May"),
            // or one that runs past it.
            let last = end >= m.end || reader.positions(&(end..m.end)).is_empty();
            (last && !owns_next && !reader.is_person(&name)).then_some(name)
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    /// Two invented pages of different publishers that need the rule: a UN-style summary
    /// of a council's segment, and an EU-style notice of a daily briefing.
    #[test]
    fn a_body_owns_the_sitting_it_names() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Economic and Social Council Youth Segment opened in New York on 3 March 2025.",
                &["Economic and Social Council Youth Segment [session] when=2025-03-03 where=New York org=Economic and Social Council"],
            ),
            (
                "The European Commission Midday Briefing will take place in Brussels on 5 March 2025.",
                &["European Commission Midday Briefing [briefing] when=2025-03-05 where=Brussels org=European Commission"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn a_possessive_names_the_owner_of_any_event() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Trust's 12th annual Lantern Festival opens on 5 April 2025.",
                &["12th annual Lantern Festival [other] when=2025-04-05 org=Harbour Trust"],
            ),
            (
                "The Northwind Foundation funds schools. Tickets are on sale for the Northwind Foundation's Spring Gala.",
                &["Spring Gala [other] org=Northwind Foundation"],
            ),
            (
                "Vantor Systems' Water Summit opens in Porto.",
                &["Water Summit [conference] where=Porto org=Vantor Systems"],
            ),
            (
                "The Coastal Arts Council's annual Film Festival will run for ten days.",
                &["annual Film Festival [other] org=Coastal Arts Council"],
            ),
            (
                "Families came to the Coastal Robotics Society's annual Robotics Fair.",
                &["annual Robotics Fair [conference] org=Coastal Robotics Society"],
            ),
            (
                "The Lakeport Poetry Society's third Poetry Festival closed on Sunday.",
                &["third Poetry Festival [other] when=2025-03-02 org=Lakeport Poetry Society"],
            ),
            // A named organiser stands.
            (
                "The Harbour Museum opens at ten. The Harbour Museum's annual Robotics Fair is organised by Vantor Systems.",
                &["annual Robotics Fair [conference] org=Vantor Systems"],
            ),
            // A possessive that qualifies another noun owns no event.
            (
                "Families came early. Later the Harbour Trust's director praised the Lantern Festival.",
                &["Lantern Festival [other]"],
            ),
            (
                "The Harbour Trust's staff attended the Water Summit in Porto.",
                &["Water Summit [conference] where=Porto part=Harbour Trust"],
            ),
            (
                "The Lakeport Pier's reading room hosted no Poetry Festival.",
                &["Poetry Festival [other]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn a_body_named_before_or_after_of_owns_the_event() {
        let table: &[(&str, &[&str])] = &[
            (
                "Tickets are on sale for the Coastal Arts Council (CAC) Spring Fair on 5 April 2025.",
                &["Spring Fair [conference] when=2025-04-05 org=Coastal Arts Council"],
            ),
            (
                "The annual meeting of the Harbour Trust was held in Porto.",
                &["annual meeting of the Harbour Trust [meeting] where=Porto org=Harbour Trust"],
            ),
            (
                "Delegates attended the first session of the Northwind Foundation on 3 March 2025.",
                &["first session of the Northwind Foundation [session] when=2025-03-03 org=Northwind Foundation"],
            ),
            (
                "Families came to the spring conference of the Coastal Arts Council on 5 April 2025.",
                &["spring conference of the Coastal Arts Council [conference] when=2025-04-05 org=Coastal Arts Council"],
            ),
            // The body opens another event's name.
            (
                "Remarks at the Opening of the Economic and Social Council Youth Segment",
                &["Opening of the Economic and Social Council Youth Segment [session]"],
            ),
            // A visit's "of" is its visitor.
            (
                "The visit of the Ministry of Water to Porto ended on 3 March 2025.",
                &["visit of the Ministry of Water [visit] when=2025-03-03"],
            ),
            // A side event bears the name of the gathering it is held beside.
            (
                "Ana Ruiz spoke at the Harbour Trust (HT) side event in Porto.",
                &["side event [side_event] where=Porto"],
            ),
            // A verb's subject is its participant, not the owner of its phrase.
            (
                "The Harbour Trust signed a memorandum of understanding on 2 March 2025.",
                &["signed a memorandum of understanding [signing] when=2025-03-02 part=Harbour Trust"],
            ),
        ];
        let bad: Vec<String> = table
            .iter()
            .filter(|(page, want)| events(page, PUB) != *want)
            .map(|(page, want)| format!("{page}\n  got {:?}\n want {want:?}", events(page, PUB)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn conferences_are_not_owned_by_their_namesakes() {
        let table: &[(&str, &[&str])] = &[(
            "The United Nations Ocean Conference opened on 3 March 2025.",
            &["United Nations Ocean Conference [conference] when=2025-03-03"],
        )];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
