use super::*;
use crate::document::text::lines::classify;
use crate::document::text::markdown::render;

fn page(text: &str) -> (Vec<Line>, Vec<Class>) {
    let mut lines = Vec::new();
    let mut raws = Vec::new();
    let mut blank = false;
    for raw in text.lines() {
        if raw.trim().is_empty() {
            blank = true;
            continue;
        }
        lines.push(render(raw, blank));
        raws.push(raw);
        blank = false;
    }
    let classes = raws
        .iter()
        .zip(&lines)
        .map(|(r, l)| classify(r, l))
        .collect();
    (lines, classes)
}

const P1: &str = "The harbour ferry will run again from Monday, the port authority said, after six weeks of repairs.";
const P2: &str =
    "Crews replaced forty pilings and the timber deck of the pier, and fitted a new gangway.";

/// Where the body ends: (page after the first paragraph, the first line of the tail).
#[test]
fn the_body_ends_at_the_first_furniture() {
    let table = [
        (
            "Tagged as:\n* [Transport](/t)\n* [Harbour](/h)",
            "Tagged as:",
        ),
        ("## Related Content\n[Read more](/x)", "Related Content"),
        ("Share this\nFacebook", "Share this"),
        (
            "© 2026 Harbour Authority. All rights reserved.",
            "© 2026 Harbour Authority. All rights reserved.",
        ),
        (
            "---\n[Original release](/o)\n[Summary](/s)\n[Discussion](/d)",
            "Original release",
        ),
        (
            "Newsletter Sign-Up\nStay Connected\nfacebook\nyoutube",
            "Newsletter Sign-Up",
        ),
        // a site map of short lines, with no running text after it
        ("Visit\nHours\nTickets\nMembership\nDonate\nJobs", "Visit"),
        // the headline printed again as page metadata after the body
        (
            "1280\nFerry service resumes after pier repairs\nMore text",
            "Ferry service resumes after pier repairs",
        ),
    ];
    for (tail, first) in table {
        let text = format!("{P1}\n{P2}\n{tail}");
        let (lines, classes) = page(&text);
        let end = body_end(
            &lines,
            &classes,
            0,
            "Ferry service resumes after pier repairs",
        );
        assert_eq!(
            lines.get(end).map(|l| l.text.as_str()),
            Some(first),
            "{tail:?}"
        );
    }
}

/// Short lines inside the body, with running text after them, are the body's own list.
#[test]
fn short_lines_with_text_after_them_stay() {
    let text = format!("{P1}\nPartners\nHarbour Trust\nEastvale Council\nPort Users Group\nFishers’ Guild\n{P2}\nThe ferry runs every half hour, the authority said.");
    let (lines, classes) = page(&text);
    assert_eq!(body_end(&lines, &classes, 0, ""), lines.len());
}

/// Tags after "Tagged as:" (one per line or link), inline after "Tags:", and only with a
/// colon after "Categories" (a footer's topic menu is the site's, not the release's).
#[test]
fn tags_are_the_release_categories() {
    let table: [(&str, &[&str]); 5] = [
        (
            "Tagged as:\n\n* [Transport](/t)\n* [Harbour Works](/h)\n\n__Back to top",
            &["Transport", "Harbour Works"],
        ),
        (
            "Tags: Transport, Harbour | Ferries",
            &["Transport", "Harbour", "Ferries"],
        ),
        ("Categories:\nTransport\nHarbour", &["Transport", "Harbour"]),
        ("Categories\n* [Arts](/a)\n* [Sport](/s)", &[]),
        (
            "Filed under\n[Transport](/t) [Ferries](/f)\n\nShare\n[Facebook](/f)",
            &["Transport", "Ferries"],
        ),
    ];
    for (tail, want) in table {
        let text = format!("{P1}\n{P2}\n{tail}");
        let (lines, classes) = page(&text);
        assert_eq!(tags(&lines, &classes, 0), want, "{tail:?}");
    }
}
