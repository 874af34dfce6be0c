//! Properties over generated input (issue 7): any string and any bytes give `Ok` or an
//! `Err` that names a limit, never a panic, and every span of an `Ok` result slices the
//! text on char boundaries to its own words (`common::oracle`).
//!
//! Arbitrary strings and bytes rarely look like a page, so two generators aim at the
//! stages behind the parser: HTML-ish token soup (tags, attributes, entities, comments,
//! charset declarations) and press-release-ish lines built from the words the rules look
//! for (titles, names, organisations, dates, event words, datelines).

mod common;

use communique::{Error, Extractor, Options, PressRelease};
use proptest::prelude::*;

/// Inputs here are far below every default limit, so the only errors are `Empty` and
/// `NoText`.
fn check(result: Result<PressRelease, Error>) -> Result<(), TestCaseError> {
    match result {
        Ok(release) => common::oracle(&release).map_err(TestCaseError::fail),
        Err(Error::Empty | Error::NoText) => Ok(()),
        Err(e) => Err(TestCaseError::fail(format!("unexpected error `{e}`"))),
    }
}

/// Pieces of HTML, good and broken.
fn html_token() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "html",
        "head",
        "body",
        "title",
        "meta",
        "div",
        "p",
        "span",
        "b",
        "i",
        "a",
        "em",
        "strong",
        "ul",
        "ol",
        "li",
        "table",
        "tr",
        "td",
        "h1",
        "h2",
        "h3",
        "br",
        "img",
        "figure",
        "figcaption",
        "article",
        "nav",
        "footer",
        "script",
        "style",
        "template",
        "svg",
        "math",
        "time",
        "font",
        "pre",
        "select",
        "option",
        "textarea",
        "frameset",
    ]);
    let attr = prop::sample::select(vec![
        "",
        " class=\"entry-content\"",
        " class=\"sidebar\"",
        " id=main",
        " itemprop=\"articleBody\"",
        " datetime=\"2021-05-03T10:00:00Z\"",
        " property=\"article:published_time\" content=\"2021-05-03\"",
        " name=\"description\" content=\"Ministers met\"",
        " charset=\"windows-1252\"",
        " http-equiv=\"Content-Type\" content=\"text/html; charset=utf-16\"",
        " rel=tag href=\"/tag/health\"",
        " class=\"wp-caption-text\"",
        " type=\"application/ld+json\"",
        " x=\"\u{0}\"",
        " \"=<",
    ]);
    prop_oneof![
        (tag.clone(), attr).prop_map(|(t, a)| format!("<{t}{a}>")),
        tag.prop_map(|t| format!("</{t}>")),
        prop::sample::select(vec![
            "<!DOCTYPE html>",
            "<!-- comment -->",
            "<!--",
            "-->",
            "<![CDATA[x]]>",
            "<?xml version=\"1.0\"?>",
            "&amp;",
            "&nbsp;",
            "&#x1F600;",
            "&#0;",
            "&#xD800;",
            "&bogus;",
            "<",
            ">",
            "</",
            "\"",
            "{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-05-03\"}",
            "\u{FEFF}",
            "\r\n",
            "\0",
        ])
        .prop_map(str::to_owned),
        release_word().prop_map(|w| format!("{w} ")),
        "\\PC{0,12}",
    ]
}

/// Words and phrases the later stages react to.
fn release_word() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "GENEVA,",
        "NEW YORK, June 28, 2018 --",
        "(Reuters) -",
        "The",
        "the",
        "and",
        "of",
        "on",
        "by",
        "with",
        "in",
        "Mr.",
        "Ms",
        "Dr",
        "Ambassador",
        "Executive Director",
        "Secretary-General",
        "Minister for Foreign Affairs",
        "Jane",
        "Smith",
        "Pierre Dupont",
        "María José García-López",
        "United Nations",
        "UNODC",
        "CTED",
        "(CTED)",
        "World Health Organization",
        "European Union",
        "Permanent Mission of Norway to the United Nations",
        "Ministry of Health",
        "Acme, Inc.",
        "Committee on",
        "conference",
        "Conference",
        "summit",
        "session",
        "side event",
        "workshop",
        "signed",
        "opened",
        "organized by",
        "chaired by",
        "hosted",
        "together with",
        "“High-level Conference on Counter-Terrorism”",
        "\"Quoted Title\"",
        "3 May 2021",
        "May",
        "28 June to 2 July 2018",
        "the last week of June",
        "2021-05-03",
        "03/05/2021",
        "today",
        "yesterday",
        "Monday",
        "early 2024",
        "31 February 2020",
        "29 February 1900",
        "9999",
        "Photo: UN Photo/Mark Garten",
        "###",
        "-30-",
        ".",
        ",",
        ";",
        ":",
        "(",
        ")",
        "—",
        "’s",
        "é",
        "ß",
        "İ",
        "😀",
        "\u{200B}",
        "\u{00AD}",
        "\t",
    ])
}

/// A line of a release: a heading, a list item or a sentence.
fn release_line() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "# ", "* ", "- ", "• ", "Photo: ", "Posted on "]),
        prop::collection::vec(release_word(), 0..25),
    )
        .prop_map(|(lead, words)| format!("{lead}{}", words.join(" ")))
}

fn release_text() -> impl Strategy<Value = String> {
    prop::collection::vec(release_line(), 0..20).prop_map(|lines| lines.join("\n"))
}

fn html_soup() -> impl Strategy<Value = String> {
    prop::collection::vec(html_token(), 0..120).prop_map(|t| t.concat())
}

/// `cases` cases, unless `PROPTEST_CASES` asks for another number (for longer runs:
/// `PROPTEST_CASES=20000 cargo test --release --test properties`). The defaults keep this
/// file to about half a minute in a debug build.
fn cases(cases: u32) -> ProptestConfig {
    let config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_some() {
        config
    } else {
        ProptestConfig { cases, ..config }
    }
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn any_string_as_text(s in any::<String>()) {
        check(Extractor::new().extract_text(&s))?;
    }

    #[test]
    fn any_string_as_html(s in any::<String>()) {
        check(Extractor::new().extract_html(&s))?;
    }

    #[test]
    fn any_bytes(b in prop::collection::vec(any::<u8>(), 0..2048)) {
        check(Extractor::new().extract_bytes(&b))?;
    }

}

// The release-like generators reach the slow stages: fewer cases.
proptest! {
    #![proptest_config(cases(96))]

    #[test]
    fn release_ish_text(s in release_text()) {
        let ex = Extractor::new();
        let first = ex.extract_text(&s);
        // The same page gives the same answer.
        prop_assert_eq!(&first, &ex.extract_text(&s));
        check(first)?;
    }

    #[test]
    fn release_ish_html(s in html_soup()) {
        let ex = Extractor::new();
        let first = ex.extract_html(&s);
        prop_assert_eq!(&first, &ex.extract_html(&s));
        check(first)?;
        check(ex.extract_bytes(s.as_bytes()))?;
    }

    /// Bytes in some encoding, with or without a BOM or a declaration.
    #[test]
    fn release_ish_bytes(
        s in release_text(),
        bom in prop::sample::select(vec![&b""[..], b"\xEF\xBB\xBF", b"\xFF\xFE", b"\xFE\xFF"]),
        utf16 in any::<bool>(),
        junk in prop::collection::vec(any::<u8>(), 0..16),
    ) {
        let mut bytes = bom.to_vec();
        if utf16 {
            bytes.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        } else {
            bytes.extend_from_slice(s.as_bytes());
        }
        bytes.extend_from_slice(&junk);
        check(Extractor::new().extract_bytes(&bytes))?;
    }

    /// With tiny limits, a page is read whole or refused with the limit it crossed.
    #[test]
    fn tiny_limits_name_the_limit(s in html_soup(), text in release_text()) {
        let ex = Extractor::with_options(
            Options::new().max_input_bytes(4096).max_depth(6).max_nodes(40).max_text_bytes(300),
        )
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
        for result in [ex.extract_html(&s), ex.extract_text(&text)] {
            match result {
                Ok(release) => {
                    prop_assert!(release.text.len() <= 300);
                    common::oracle(&release).map_err(TestCaseError::fail)?;
                }
                Err(Error::Empty | Error::NoText) => {}
                Err(Error::TooLarge { len, limit }) => prop_assert!(limit == 4096 && len > limit),
                Err(Error::TooDeep { limit, .. }) => prop_assert_eq!(limit, 6),
                Err(Error::TooManyNodes { limit, .. }) => prop_assert_eq!(limit, 40),
                Err(Error::TextTooLong { len, limit }) => prop_assert!(limit == 300 && len > limit),
                Err(e) => prop_assert!(false, "unexpected error `{}`", e),
            }
        }
    }
}
