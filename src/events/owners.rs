//! The body that a named sitting belongs to: "the Harbour Council Budget Session", "the
//! Economic Board Annual Briefing". A named session, meeting, briefing or workshop whose
//! name opens with an organisation's name, with the event's own words after it, is that
//! organisation's when no sentence names another organiser.
//!
//! Not owners: conferences and titles of side events, which bodies lend their names to
//! without organising them ("the United Nations Ocean Conference" is not the UN
//! Secretariat's own); a body that is already a co-organiser.

use crate::entities::Ctx;
use crate::model::EventKind;

use super::clauses::Reader;
use super::frame::Frame;

/// Gives each named sitting without organisers the body that opens its name.
pub(super) fn assign(ctx: &Ctx<'_>, reader: &Reader<'_>, frames: &mut [Frame]) {
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
