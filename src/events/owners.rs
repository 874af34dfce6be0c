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

/// Gives each named sitting without organisers the body that opens its name, and each
/// event without organisers the owner of its possessive.
pub(super) fn assign(ctx: &Ctx<'_>, reader: &Reader<'_>, frames: &mut [Frame]) {
    for f in frames.iter_mut().filter(|f| f.organisers.is_empty()) {
        let owner = f
            .mentions
            .iter()
            .find_map(|m| possessive_owner(ctx, reader, m.start));
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
