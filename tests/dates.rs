//! The dates stage through the public API: values, spans that slice the text, and the
//! anchor taken from the dateline when the page gives no other date.

use communique::{Extractor, Page};

fn dates(text: &str) -> (String, Vec<String>) {
    let release = Extractor::new()
        .extract(Page::text(text))
        .expect("a short release reads");
    for d in &release.dates {
        assert_eq!(
            release.text.get(d.span.range()),
            Some(d.span.text.as_str()),
            "{d}"
        );
        assert!(d.start <= d.end, "{d}");
    }
    (
        release.text.clone(),
        release.dates.iter().map(ToString::to_string).collect(),
    )
}

#[test]
fn dateline_anchors_relative_dates() {
    let (_, got) = dates(
        "Ministers meet in Geneva\n\nGENEVA, 3 May 2021 -- Ministers met in Geneva today. \
         The next round is planned for 28-29 June 2021, and a report is due in September.",
    );
    for want in [
        "today = 2021-05-03/day",
        "28-29 June 2021 = 2021-06-28..2021-06-29/range",
        "September = 2021-09-01..2021-09-30/month",
    ] {
        assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
    }
}

#[test]
fn no_anchor_no_relative_dates() {
    let (_, got) =
        dates("Ministers meet\n\nMinisters met in Geneva today and will meet again on Monday.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn not_dates_in_a_release() {
    let (_, got) = dates(
        "Council adopts resolution\n\nThe Council adopted resolution 2396 with 1,500 participants \
         for three years (SG/SM/21876). Contact: +1 212 963 2018.",
    );
    assert!(got.is_empty(), "{got:?}");
}
