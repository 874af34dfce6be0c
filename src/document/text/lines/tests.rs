use super::*;
use crate::document::text::markdown::render;

fn class(raw: &str) -> Class {
    classify(raw, &render(raw, false))
}

fn date(s: &str) -> Option<(String, DateRole)> {
    date_line(s).map(|d| (d.time.to_string(), d.role))
}

/// Date lines of any length or form, in invented words: (line, its date, its role).
#[test]
fn date_lines_of_any_form() {
    use DateRole::*;
    let table = [
        ("March 3, 2024", Some(("2024-03-03", Published))),
        ("Jun 17, 2025", Some(("2025-06-17", Published))),
        ("Media release 14 March 2021", Some(("2021-03-14", Release))),
        (
            "Posted on March 3, 2024 by Admin",
            Some(("2024-03-03", Published)),
        ),
        (
            "Posted by Admin on March 3, 2024",
            Some(("2024-03-03", Published)),
        ),
        (
            "By Jane Roe, March 3, 2024",
            Some(("2024-03-03", Published)),
        ),
        ("Released: June 02, 2016", Some(("2016-06-02", Release))),
        ("DATE: April 11, 2019", Some(("2019-04-11", Release))),
        (
            "FOR IMMEDIATE RELEASE: Monday, 3 March 2025",
            Some(("2025-03-03", Release)),
        ),
        (
            "Published on November 24, 2025",
            Some(("2025-11-24", Published)),
        ),
        (
            "Updated 4 April 2024 at 10:15",
            Some(("2024-04-04T10:15:00", Modified)),
        ),
        ("Last updated: 4 April 2024", Some(("2024-04-04", Modified))),
        (
            "EMBARGOED UNTIL 00:01 AEDT 14 March 2021",
            Some(("2021-03-14", Embargo)),
        ),
        (
            "14 March 2021 — Media release",
            Some(("2021-03-14", Release)),
        ),
        ("Admin | December 11, 2024", Some(("2024-12-11", Published))),
        (
            "Released: December 12, 2019 · Download (210 KB PDF)",
            Some(("2019-12-12", Release)),
        ),
        (
            "Tuesday, March 4, 2025 – 10:30 AM ET",
            Some(("2025-03-04T10:30:00", Published)),
        ),
        ("HC/4471 9 March 2023", Some(("2023-03-09", Published))),
        // sentences and headlines that hold a date are no date lines
        ("The fair opens on June 4, 2024 at the harbour.", None),
        ("Council approves the budget on March 3, 2024", None),
        (
            "Released on 4 May 2024 by the Ministry of Health and its agencies",
            None,
        ),
        ("Budget 2024 passed", None),
        ("Call 555 0134 today", None),
    ];
    for (line, want) in table {
        assert_eq!(
            date(line),
            want.map(|(d, r)| (d.to_string(), r)),
            "{line:?}"
        );
    }
}

/// What each line of a page's header and tail is, by its shape and the page lexicon.
#[test]
fn lines_are_classified() {
    let table = [
        ("Skip to main content", Class::Furniture),
        ("opens in new tab or window", Class::Furniture),
        ("Loading...", Class::Furniture),
        ("## Main navigation", Class::Furniture),
        ("# Search Harbour Trust", Class::Furniture),
        ("* [Parks](/parks)", Class::Nav),
        ("[Become a Member](/join) [Tickets](/tickets)", Class::Nav),
        ("Home | About | News | Contact", Class::Nav),
        ("You are here:", Class::Breadcrumb),
        ("Home > Newsroom > Media releases", Class::Breadcrumb),
        ("›", Class::Breadcrumb),
        ("FOR IMMEDIATE RELEASE", Class::Label(LabelKind::Release)),
        ("JOINT MEDIA RELEASE", Class::Label(LabelKind::Release)),
        ("News", Class::Label(LabelKind::Type)),
        ("OFFICIAL", Class::Label(LabelKind::Marking)),
        ("PROTECTED", Class::Label(LabelKind::Marking)),
        ("EMBARGOED", Class::Label(LabelKind::Embargo)),
        ("Tagged as:", Class::Tail(TailKind::Tags)),
        ("Tags: Parks, Trails", Class::Tail(TailKind::Tags)),
        ("Categories:", Class::Tail(TailKind::Topics { colon: true })),
        ("## Related Content", Class::Tail(TailKind::End)),
        (
            "Share this article on social media",
            Class::Tail(TailKind::End),
        ),
        (
            "View the original release on example.com",
            Class::Tail(TailKind::End),
        ),
        ("Media contact: Jane Roe, 0400 123 456", Class::Contact),
        ("CONTACT", Class::Contact),
        ("press@harbour.example.org", Class::Contact),
        ("Tel: (852) 3428 5690", Class::Contact),
        (
            "© 2026 Harbour Trust. All rights reserved.",
            Class::Copyright,
        ),
        ("1280", Class::Number),
        ("https://example.org/news/1", Class::Url),
        ("---", Class::Separator),
        ("# # #", Class::Separator),
        ("-30-", Class::Separator),
        ("[ ](/)", Class::Empty),
        // release text stays text
        ("Official figures show a rise in visitors", Class::Text),
        (
            "Related work on the pier will start in May, the council said.",
            Class::Text,
        ),
        (
            "Contact tracing teams will visit all 40 schools over the coming month.",
            Class::Text,
        ),
        ("© Rosa Lind", Class::Text),
        ("Harbour fund opens to community groups", Class::Text),
    ];
    for (raw, want) in table {
        assert_eq!(class(raw), want, "{raw:?}");
    }
}

#[test]
fn machine_timestamps_are_stamps() {
    assert!(matches!(class("2024-06-18 15:02:44"), Class::Stamp(_)));
    assert!(matches!(
        class("2024-06-18T15:02:44+02:00"),
        Class::Stamp(_)
    ));
    assert!(matches!(class("2024-06-18"), Class::Date(_)));
}

#[test]
fn tags_lines_carry_their_items() {
    assert_eq!(
        inline_tags("Tags: Parks, Trails | #Budget2024"),
        ["Parks", "Trails", "#Budget2024"]
    );
    assert_eq!(
        inline_tags("Filed under: Health; Schools"),
        ["Health", "Schools"]
    );
    assert!(inline_tags("Tagged as:").is_empty());
    assert!(inline_tags("The tags were removed.").is_empty());
}

/// Sender blocks of two publishers' releases: a minister's office and a city council.
#[test]
fn sender_blocks_are_marked() {
    let page = [
        "SENATOR THE HON MARA QUILL",
        "MINISTER FOR REGIONAL TRANSPORT",
        "MINISTER FOR WOMEN",
        "MEDIA RELEASE",
        "Ron Bastable MP",
        "Member for Eastvale",
        "Cllr Ana Ruiz",
        "Deputy Mayor of Lakeside",
        "New ferry wharf opens at Eastvale",
    ];
    let lines: Vec<Line> = page.iter().map(|l| render(l, false)).collect();
    let mut classes: Vec<Class> = page
        .iter()
        .zip(&lines)
        .map(|(r, l)| classify(r, l))
        .collect();
    mark_senders(&lines, &mut classes, lines.len());
    let senders: Vec<bool> = classes.iter().map(|c| *c == Class::Sender).collect();
    assert_eq!(
        senders,
        [true, true, true, false, true, true, true, true, false]
    );
}

/// Prose is running text; a headline, a menu and a caption of names are not.
#[test]
fn prose_is_running_text() {
    let table = [
        ("The ferry will run again from Monday, the port authority said on Tuesday.", true),
        ("Harbour fund opens to community groups across the region this spring", false),
        ("Select a Park Alder Creek Bayview Point Cedar Hill Dune Ridge Elm Grove Fern Valley Glen Park Harbor Point Iris Meadow", false),
        ("Meet the new faces of the fire service!", false),
        ("* [Read the full report on the harbour survey and its findings](/report)", false),
    ];
    for (raw, prose) in table {
        let line = render(raw, false);
        let c = classify(raw, &line);
        assert_eq!(is_prose(&line, &c), prose, "{raw:?}");
    }
}

/// A page's metadata line that gives the publication and, beside it, the update:
/// (line, published, updated).
#[test]
fn date_lines_with_an_update_beside() {
    let table = [
        (
            "Published: March 3, 2024 | Last Updated: March 5, 2024",
            Some(("2024-03-03", Some("2024-03-05"))),
        ),
        (
            "Posted on January 8, 2020 by Admin · Updated January 9, 2020",
            Some(("2020-01-08", Some("2020-01-09"))),
        ),
        (
            "Released 2 May 2022 • Revised 6 May 2022",
            Some(("2022-05-02", Some("2022-05-06"))),
        ),
        ("March 3, 2024 | Press office", Some(("2024-03-03", None))),
        ("Updated March 5, 2024", Some(("2024-03-05", None))),
    ];
    for (line, want) in table {
        let got = date_line(line).map(|d| (d.time.to_string(), d.updated.map(|t| t.to_string())));
        let want = want.map(|(p, u)| (p.to_owned(), u.map(str::to_owned)));
        assert_eq!(got, want, "{line:?}");
    }
}
