use super::*;
use crate::document::text::lines::{classify, mark_senders};
use crate::document::text::markdown::render;

/// What the header reader makes of a page: (headline, published, modified, first body line).
fn read(
    page: &str,
) -> (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
) {
    let mut lines = Vec::new();
    let mut raws = Vec::new();
    let mut blank = false;
    for raw in page.lines() {
        if raw.trim().is_empty() {
            blank = true;
            continue;
        }
        lines.push(render(raw, blank));
        raws.push(raw);
        blank = false;
    }
    let mut classes: Vec<Class> = raws
        .iter()
        .zip(&lines)
        .map(|(r, l)| classify(r, l))
        .collect();
    let start = body_start(&lines, &classes);
    let end = start.unwrap_or(lines.len());
    mark_trail(&lines, &mut classes, end);
    mark_senders(&lines, &mut classes, end);
    let h = headline(&lines, &classes, end);
    let (published, modified) = header_dates(&classes, h.as_ref(), end);
    (
        h.map(|h| h.text),
        published.map(|t| t.date().to_string()),
        modified.map(|t| t.to_string()),
        start.and_then(|i| lines.get(i)).map(|l| l.text.clone()),
    )
}

const BODY: &str = "The harbour ferry will run again from Monday, the port authority said, after six weeks of repairs to the pier and its gangway. Crews replaced forty pilings and the timber deck, and the new gangway meets the current access standard for wheelchairs and prams.";

/// A Markdown copy of a page with menus, a search box and a heading for each widget: the
/// headline is the level-one heading with the date under it.
#[test]
fn markdown_copy_with_menus() {
    let page = format!(
        "Skip to content\n\n[ ](/)\n\n#  Search Harbour Trust \n\nSearch only news\n\n#  Mobile Navigation \n\nPlease note that the visitor centre is closed 2/4–2/6.\n\n* [Visit](/visit)\n* [News](/news)\n* [About](/about)\n\n[ Media releases ](/media)\n\n# Ferry service resumes after pier repairs\n\nJun 17, 2025\n\n![](/img/ferry.jpg)\n\n{BODY}\n"
    );
    let (title, published, _, body) = read(&page);
    assert_eq!(
        title.as_deref(),
        Some("Ferry service resumes after pier repairs")
    );
    assert_eq!(published.as_deref(), Some("2025-06-17"));
    assert_eq!(body.as_deref(), Some(BODY));
}

/// A page saved as text by two publishers: its `<title>` line with the site name, then
/// furniture, then the headline again. The shorter form wins; the site name goes.
#[test]
fn title_line_and_its_echo() {
    let county = format!(
        "Council Opens Flood Relief Centre | Riverside County\nSkip to main content\nPress Release\nCouncil Opens Flood Relief Centre\nJune 13, 2025\nCONTACT\n:\npress@riverside.example.org\n{BODY}\n"
    );
    let (title, published, _, _) = read(&county);
    assert_eq!(title.as_deref(), Some("Council Opens Flood Relief Centre"));
    assert_eq!(published.as_deref(), Some("2025-06-13"));

    let agency = format!(
        "Water Board Lifts Hosepipe Ban Across Valley - Valley Water News\nMenu\nHome\nNews\nWater Board Lifts Hosepipe Ban Across Valley\nPosted on 2 September 2024 by Press Office\n{BODY}\n"
    );
    let (title, published, _, _) = read(&agency);
    assert_eq!(
        title.as_deref(),
        Some("Water Board Lifts Hosepipe Ban Across Valley")
    );
    assert_eq!(published.as_deref(), Some("2024-09-02"));
}

/// The breadcrumb's last item is the page's own title cut short, on the pages of two
/// publishers: it confirms the headline line and is never the headline itself.
#[test]
fn breadcrumb_ends_with_the_title_cut_short() {
    let county = format!(
        "Elder Fraud Task Force Launches with Banks and Police - DA News\nYou are here:\nHome\n1\n/\nNews\n2\n/\nElder Fraud Task Force Launches with Ban...\nHarbor County District Attorney\nLorena Whitfield\njoined bank executives today. {BODY}\n"
    );
    let (title, _, _, body) = read(&county);
    assert_eq!(
        title.as_deref(),
        Some("Elder Fraud Task Force Launches with Banks and Police")
    );
    assert_eq!(body.as_deref(), Some("Harbor County District Attorney"));

    let university = format!(
        "Survey Finds Reef Recovering Faster Than Expected | Campus News\nBreadcrumb\nHome › News › Survey Finds Reef Recovering Fa…\n{BODY}\n"
    );
    let (title, _, _, _) = read(&university);
    assert_eq!(
        title.as_deref(),
        Some("Survey Finds Reef Recovering Faster Than Expected")
    );
}

/// A minister's media release: sender block, label, security marking and date line come
/// before the headline; none of them is it.
#[test]
fn sender_block_release() {
    let page = format!(
        "OFFICIAL\n\nThe Hon Mara Quill MP\nMinister for Regional Transport\nMinister for Women\n\nMEDIA RELEASE\n\n14 March 2021\n\nNew ferry wharf opens at Eastvale\n\n{BODY}\n\nMedia contact: Jo Bloggs 0400 000 000\n"
    );
    let (title, published, _, _) = read(&page);
    assert_eq!(title.as_deref(), Some("New ferry wharf opens at Eastvale"));
    assert_eq!(published.as_deref(), Some("2021-03-14"));
}

/// A headline broken over two lines is one headline.
#[test]
fn headline_over_two_lines() {
    let page = format!("MINISTER ANNOUNCES NEW FUNDING FOR\nRURAL HOSPITALS\n\n{BODY}\n");
    assert_eq!(
        read(&page).0.as_deref(),
        Some("MINISTER ANNOUNCES NEW FUNDING FOR RURAL HOSPITALS")
    );
    let page = format!("Harbour Trust and Eastvale Council sign agreement on the\nfuture of the old pier\n\n{BODY}\n");
    assert_eq!(
        read(&page).0.as_deref(),
        Some("Harbour Trust and Eastvale Council sign agreement on the future of the old pier")
    );
    // A subtitle is no second line of the headline.
    let page = format!("Harbour Trust Signs Pier Agreement\nThe deal secures the pier for thirty years\n\n{BODY}\n");
    assert_eq!(
        read(&page).0.as_deref(),
        Some("Harbour Trust Signs Pier Agreement")
    );
}

/// Body-only text: no headline is guessed from the first sentence, no date either.
#[test]
fn body_only_text() {
    let page = format!(
        "{BODY}\n\nThe service will run every half hour on weekdays and every hour at weekends.\n"
    );
    let (title, published, _, body) = read(&page);
    assert_eq!(title, None);
    assert_eq!(published, None);
    assert_eq!(body.as_deref(), Some(BODY));
}

/// The release's own date line wins over a page date; "Updated" is the modification.
#[test]
fn release_date_and_page_date() {
    let page = format!(
        "Posted on 2 March 2024\nUpdated: 5 March 2024 10:15\n\nFerry service resumes after repairs\n\nFOR IMMEDIATE RELEASE: 1 March 2024\n\n{BODY}\n"
    );
    let (title, published, modified, _) = read(&page);
    assert_eq!(
        title.as_deref(),
        Some("Ferry service resumes after repairs")
    );
    assert_eq!(published.as_deref(), Some("2024-03-01"));
    assert_eq!(modified.as_deref(), Some("2024-03-05T10:15:00"));
}

/// A plain-text menu of short lines does not yield the headline; the line with the date
/// under it does.
#[test]
fn menus_in_plain_text() {
    let page = format!(
        "Welcome to the Harbour Authority\nLanguage:\nEnglish\nMeetings and Press Releases\nHome\nLatest\nPress Releases\nPress Release\nHA/1204\n9 March 2023\nHarbour Authority Approves Plan for New Container Berth\n{BODY}\n"
    );
    let (title, published, _, _) = read(&page);
    assert_eq!(
        title.as_deref(),
        Some("Harbour Authority Approves Plan for New Container Berth")
    );
    assert_eq!(published.as_deref(), Some("2023-03-09"));
}

/// A cookie banner long enough to read as running text is furniture: the body starts
/// after it, and the headline under it is found.
#[test]
fn consent_banner_before_the_headline() {
    let banner = "We use cookies to make this site work and to understand how you use it. By continuing to browse the site you agree to our use of cookies, which you can change at any time in the cookie settings at the foot of every page of the site.";
    let page = format!(
        "{banner}\nAccept\nReject\nHarbour ferry returns after pier repairs\nBy Ana Ruiz\n{BODY}\n"
    );
    let (title, _, _, body) = read(&page);
    assert_eq!(
        title.as_deref(),
        Some("Harbour ferry returns after pier repairs")
    );
    assert_eq!(body.as_deref(), Some(BODY));
    // A brand in camel case opens a headline as a capital would.
    let page = format!("eBay Opens Seller Hub in Harbour Town\n{BODY}\n");
    assert_eq!(
        read(&page).0.as_deref(),
        Some("eBay Opens Seller Hub in Harbour Town")
    );
}

/// A date line dates the heading nearest it: a site's or an office's name printed over the
/// headline does not take it, while a headline keeps its date across its standfirst.
#[test]
fn date_line_dates_the_nearest_heading() {
    let table = [
        (
            format!("# Eastvale College\n\n## Eastvale College opens robotics lab\n\n*September 1, 2022*\n\n{BODY}\n"),
            "Eastvale College opens robotics lab",
        ),
        (
            format!("Press Release\nMinistry of Water\n\nMinistry launches water strategy\nfor rural districts until 2030\n\n3 April 2023\n\n{BODY}\n"),
            "Ministry launches water strategy for rural districts until 2030",
        ),
        (
            format!("# Harbour Trust and Port Board Open the Kestrel Point Landing\n\n### A covered waiting room and step-free access for ferry passengers\n\nReleased: May 4, 2022\n\n{BODY}\n"),
            "Harbour Trust and Port Board Open the Kestrel Point Landing",
        ),
    ];
    for (page, want) in table {
        assert_eq!(read(&page).0.as_deref(), Some(want), "{page}");
    }
}

/// A page saved as text whose section's name stands over the headline, with the date
/// under both: the section's name is a label, not the headline.
#[test]
fn section_name_over_the_headline() {
    for (section, headline) in [
        (
            "Meetings Coverage and Press Releases",
            "Harbour Council Adopts Plan on Shared Pier Maintenance",
        ),
        (
            "News & Media",
            "Island Ferry Timetable Extended Through the Winter",
        ),
        (
            "Press Releases and Statements",
            "Port Authority Opens Two New Berths for Island Ferries",
        ),
    ] {
        let page = format!(
            "Welcome to the Harbour Trust\nToggle navigation\n{section}\n{headline}\nHT/PR/0412\n14 March 2024\n{BODY}\n"
        );
        let (title, published, _, body) = read(&page);
        assert_eq!(title.as_deref(), Some(headline), "{section}");
        assert_eq!(published.as_deref(), Some("2024-03-14"), "{section}");
        assert_eq!(body.as_deref(), Some(BODY), "{section}");
    }
}
