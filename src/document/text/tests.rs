//! The text reader as a whole, on invented pages of the shapes it reads.

use super::*;
use crate::document::Limits;

const LIMITS: Limits = Limits {
    max_depth: 512,
    max_nodes: 1_000_000,
    max_text_bytes: 8 << 20,
};

fn doc(page: &str) -> Document {
    match read(page, None, &LIMITS) {
        Ok(d) => d,
        Err(e) => panic!("{e}: {page:?}"),
    }
}

const BODY: &str = "The harbour ferry will run again from Monday, the port authority said, after six weeks of repairs to the pier and its gangway. Crews replaced forty pilings and the timber deck, and the new gangway meets the current access standard for wheelchairs and prams.";

#[test]
fn front_matter_is_metadata_not_text() {
    let page = format!(
        "---\nlayout: post\ntitle: \"Consulate hosts trade seminar\"\ndate: 2021-05-04 10:20:00 -0400\ncategories: Trade\n---\n{BODY}\n"
    );
    let d = doc(&page);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Consulate hosts trade seminar")
    );
    assert_eq!(
        d.meta.published.map(|x| x.to_string()).as_deref(),
        Some("2021-05-04")
    );
    assert_eq!(d.meta.categories, ["Trade"]);
    assert!(!d.text.contains("layout"));
    assert!(d
        .text
        .starts_with("Consulate hosts trade seminar\nThe harbour ferry"));
}

#[test]
fn markdown_copy_renders_as_text() {
    let page = format!(
        "Skip to content\n\n* [Visit](/visit)\n* [News](/news)\n* [About](/about)\n\n# Ferry service _resumes_ after pier repairs\n\nJun 17, 2025\n\n![Ferry at the pier](/f.jpg)\n\nThe ferry at its berth; photo: © Rosa Lind\n\n{BODY} Read the [full report](/report).\n\nTagged as:\n\n* [Transport](/t)\n* [Harbour](/h)\n\n© 2025 Harbour Authority\n"
    );
    let d = doc(&page);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Ferry service resumes after pier repairs")
    );
    assert_eq!(
        d.meta.published.map(|x| x.to_string()).as_deref(),
        Some("2025-06-17")
    );
    assert_eq!(d.meta.categories, ["Transport", "Harbour"]);
    assert_eq!(
        d.meta.photos.first().and_then(|p| p.credit.as_deref()),
        Some("Rosa Lind")
    );
    assert!(d.text.contains("Read the full report."));
    for furniture in [
        "Skip to content",
        "Visit",
        "Tagged",
        "2025 Harbour Authority",
    ] {
        assert!(!d.text.contains(furniture), "{furniture} in {:?}", d.text);
    }
}

#[test]
fn one_line_dump_with_escapes() {
    let page = format!(
        "'Home \\u203a Newsroom \\u203a Media releases     Ferry service resumes after repairs     Posted on March 3, 2024 by Admin     The port authority\\u2019s ferry will run again from Monday.\\n{BODY}     Tags: Transport, Harbour     \\u00a9 2024 Harbour Authority'"
    );
    let d = doc(&page);
    assert_eq!(
        d.meta.title.as_deref(),
        Some("Ferry service resumes after repairs")
    );
    assert_eq!(
        d.meta.published.map(|x| x.to_string()).as_deref(),
        Some("2024-03-03")
    );
    assert_eq!(d.meta.categories, ["Transport", "Harbour"]);
    assert!(d.text.contains("The port authority’s ferry"));
    assert!(!d.text.contains("Newsroom"));
}

#[test]
fn body_only_text_has_no_title_or_date() {
    let d = doc(&format!(
        "{BODY}\n\nService runs every half hour on weekdays, the authority said on Tuesday.\n"
    ));
    assert_eq!(d.meta.title, None);
    assert_eq!(d.meta.published, None);
    assert!(d.text.starts_with("The harbour ferry"));
}

#[test]
fn furniture_only_is_no_text() {
    for page in [
        "Skip to main content\n\n* [Home](/)\n* [News](/news)\n\n© 2024 Harbour Authority\n",
        "[ ](/)\n![](/logo.png)\n---\n",
    ] {
        assert_eq!(
            read(page, None, &LIMITS).err(),
            Some(Error::NoText),
            "{page:?}"
        );
    }
}

#[test]
fn html_entities_in_text_are_decoded() {
    let d = doc(&format!(
        "Parks &amp; Trails reopen\n\n{BODY} &#8220;We are glad,&#8221; said the mayor.\n"
    ));
    assert_eq!(d.meta.title.as_deref(), Some("Parks & Trails reopen"));
    assert!(d.text.contains("“We are glad,” said the mayor."));
}

/// Topic labels printed between the body and a tail heading are categories; a contact
/// line there is not.
#[test]
fn labels_where_the_body_ends() {
    let page = format!("Ferry service resumes\n\n{BODY}\n\nPress Office\nTransport\n#Harbour2024\nHighlights\nOther news\n");
    let d = doc(&page);
    assert_eq!(d.meta.categories, ["Transport", "#Harbour2024"]);
}

/// "Updated" lines give `modified` wherever the page prints them; a headline that links to
/// its own page is still the headline.
#[test]
fn update_line_in_the_footer_and_linked_headline() {
    let page = format!(
        "* [Home](/)\n* [News](/news)\n\n# [Ferry service resumes](https://example.org/news/ferry)\n\n{BODY}\n\nShare this\n\nPage last updated: 5 March 2024\n"
    );
    let d = doc(&page);
    assert_eq!(d.meta.title.as_deref(), Some("Ferry service resumes"));
    assert_eq!(
        d.meta.modified.map(|t| t.to_string()).as_deref(),
        Some("2024-03-05")
    );
    assert!(!d.text.contains("last updated"));
}

/// Work grows with the page, not with its square: a sentence split into fifty thousand
/// pieces, a run of fifty thousand short lines before the body, a tail of fifty thousand
/// repeated lines and credit lines.
#[test]
fn long_pages_take_linear_time() {
    let started = std::time::Instant::now();
    let split = format!(
        "Headline of a long page\n{BODY}\nThe survey covered\n{}",
        "and the harbour and its old pier\n".repeat(50_000)
    );
    let d = doc(&split);
    assert!(d.text.len() > 1_500_000 && d.text.lines().count() < 10);
    let menu = format!(
        "{}Headline of a long page\n{BODY}\n",
        "Home\nNews\nAbout us\n".repeat(17_000)
    );
    assert_eq!(
        doc(&menu).meta.title.as_deref(),
        Some("Headline of a long page")
    );
    let tail = format!(
        "Headline of a long page\n{BODY}\n{}",
        "Jane Roe\n1280\nPhoto: Ann Lee\n".repeat(17_000)
    );
    assert!(doc(&tail).meta.photos.len() <= 1);
    let crumbs = format!(
        "{}Headline of a long page\n{BODY}\n",
        "Another story cut short...\n\n\n".repeat(17_000)
    );
    assert!(doc(&crumbs).meta.title.is_some());
    assert!(
        started.elapsed() < std::time::Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
}

/// The update of a text page: beside the date line, on a footer line, or the second of a
/// template's two machine stamps after the body (the first is the creation, whatever the
/// header said).
#[test]
fn update_times_of_text_pages() {
    let date = |t: Option<crate::date::Timestamp>| t.map(|t| t.date().to_string());
    let table = [
        (
            format!("Ferry service resumes\nPublished: March 3, 2024 | Last Updated: March 5, 2024\n\n{BODY}\n"),
            Some("2024-03-03"),
            Some("2024-03-05"),
        ),
        (
            format!("Ferry service resumes\nMarch 3, 2024\n\n{BODY}\n\nPage last reviewed: 12 March 2024\n"),
            Some("2024-03-03"),
            Some("2024-03-12"),
        ),
        (
            format!("Ferry service resumes\nMarch 3, 2024\n\n{BODY}\n\nJane Roe\n2024-03-03 10:15:00\n2024-03-20 16:40:12\nMore news\n"),
            Some("2024-03-03"),
            Some("2024-03-20"),
        ),
        (
            format!("Ferry service resumes\nMarch 3, 2024\n\n{BODY}\n"),
            Some("2024-03-03"),
            None,
        ),
    ];
    for (page, published, modified) in table {
        let d = doc(&page);
        assert_eq!(
            d.meta.published.map(|p| p.to_string()).as_deref(),
            published,
            "{page}"
        );
        assert_eq!(date(d.meta.modified).as_deref(), modified, "{page}");
    }
}
