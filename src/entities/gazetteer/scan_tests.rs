//! Table tests of the two scanners.

use super::trie::Trie;
use super::*;

fn g() -> &'static Gazetteer {
    &GAZETTEER
}

/// Hits as `(text, code or org name)`.
fn hits(text: &str) -> Vec<(&str, &'static str)> {
    GAZETTEER
        .scan(text)
        .map(|h| {
            let what = match h.target {
                HitTarget::Country(c) => c.code,
                HitTarget::Organisation(o) => o.name,
            };
            (&text[h.start..h.end], what)
        })
        .collect()
}

#[test]
fn scan_finds_national_bodies() {
    assert_eq!(
        hits("The FBI and the White House briefed Congress and the U.S. Senate."),
        [
            ("FBI", "Federal Bureau of Investigation"),
            ("White House", "White House"),
            ("Congress", "United States Congress"),
            ("U.S. Senate", "United States Senate"),
        ]
    );
    let atf = "Bureau of Alcohol, Tobacco, Firearms and Explosives";
    assert_eq!(
        hits("the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF)"),
        [(atf, atf), ("ATF", atf)]
    );
    // The longest name wins over the country inside it.
    let state_council = "State Council of the People's Republic of China";
    assert_eq!(
        hits("the State Council of the People’s Republic of China and MOFCOM"),
        [
            (
                "State Council of the People’s Republic of China",
                state_council
            ),
            (
                "MOFCOM",
                "Ministry of Commerce of the People's Republic of China"
            ),
        ]
    );
    assert_eq!(
        hits("NHS England, the NHS and the Home Office"),
        [
            ("NHS England", "NHS England"),
            ("NHS", "National Health Service"),
            ("Home Office", "Home Office"),
        ]
    );
    // Other States' congresses and parties named "Congress" are not the US Congress.
    assert_eq!(
        hits("the National People's Congress and the Indian National Congress"),
        [
            ("National People's Congress", "National People's Congress"),
            ("Indian National Congress", "Indian National Congress"),
        ]
    );
    assert!(hits("the senate and the home office").is_empty());
}

#[test]
fn scan_national_bodies_meet_their_states() {
    let sec = "Securities and Exchange Commission";
    assert_eq!(
        hits("the United States Securities and Exchange Commission"),
        [("United States Securities and Exchange Commission", sec)]
    );
    assert_eq!(
        hits("the UK NHS and the UK, NHS"),
        [
            ("UK NHS", "National Health Service"),
            ("UK", "GB"),
            ("NHS", "National Health Service")
        ]
    );
    // Another State's body of the same name is left to the recognisers.
    assert_eq!(
        hits("the Nigeria Securities and Exchange Commission"),
        [("Nigeria", "NG")]
    );
    assert!(hits("the Philippine Securities and Exchange Commission").is_empty());
    assert!(hits("the Guatemalan Congress").is_empty());
    assert_eq!(
        hits("the American Congress"),
        [("Congress", "United States Congress")]
    );
    assert_eq!(
        hits("Kenya, FBI"),
        [("Kenya", "KE"), ("FBI", "Federal Bureau of Investigation")]
    );
    for text in ["é FBI", " FBI", "FBI", "Ré FBI", "\u{301} FBI", "US  FBI"] {
        let _ = hits(text);
    }
}

#[test]
fn scan_longest_first() {
    assert_eq!(
        hits("The Democratic Republic of the Congo and the Congo met in the Republic of Korea."),
        [
            ("Democratic Republic of the Congo", "CD"),
            ("Congo", "CG"),
            ("Republic of Korea", "KR")
        ]
    );
    assert_eq!(
        hits("Speaking for the UN Office on Drugs and Crime (UNODC), she thanked the UN."),
        [
            (
                "UN Office on Drugs and Crime",
                "United Nations Office on Drugs and Crime"
            ),
            ("UNODC", "United Nations Office on Drugs and Crime"),
            ("UN", "United Nations"),
        ]
    );
    assert_eq!(
        hits("Guinea-Bissau and Guinea"),
        [("Guinea-Bissau", "GW"), ("Guinea", "GN")]
    );
    assert_eq!(
        hits("Counter-Terrorism Committee Executive Directorate"),
        [(
            "Counter-Terrorism Committee Executive Directorate",
            "Counter-Terrorism Committee Executive Directorate"
        )]
    );
}

#[test]
fn scan_case_rules() {
    assert_eq!(hits("WHO said who"), [("WHO", "World Health Organization")]);
    assert!(hits("the united nations").is_empty());
    assert_eq!(
        hits("UNITED NATIONS"),
        [("UNITED NATIONS", "United Nations")]
    );
    assert_eq!(
        hits("United Nations"),
        [("United Nations", "United Nations")]
    );
    assert_eq!(
        hits("INTERPOL and Interpol"),
        [
            ("INTERPOL", "International Criminal Police Organization"),
            ("Interpol", "International Criminal Police Organization"),
        ]
    );
    assert_eq!(
        hits("European Parliament"),
        [("European Parliament", "European Parliament")]
    );
    assert!(hits("let us in, uk").is_empty());
    assert_eq!(
        hits("Office On Drugs And Crime"),
        [(
            "Office On Drugs And Crime",
            "United Nations Office on Drugs and Crime"
        )]
    );
    assert_eq!(hits("The Gambia"), [("Gambia", "GM")]);
    assert!(hits("turkey and china").is_empty());
}

#[test]
fn scan_punctuation_and_accents() {
    assert_eq!(
        hits("Côte d’Ivoire, Cote d'Ivoire"),
        [("Côte d’Ivoire", "CI"), ("Cote d'Ivoire", "CI")]
    );
    assert_eq!(
        hits("Türkiye and Turkiye"),
        [("Türkiye", "TR"), ("Turkiye", "TR")]
    );
    assert_eq!(
        hits("the U.S. and the USA"),
        [("U.S.", "US"), ("USA", "US")]
    );
    assert_eq!(
        hits("Iran (Islamic Republic of) said"),
        [("Iran (Islamic Republic of)", "IR")]
    );
    assert_eq!(hits("Åland Islands"), [("Åland Islands", "AX")]);
    assert_eq!(hits("the United Emirates"), [("United Emirates", "AE")]);
    assert_eq!(
        hits("Kenya's and Kenya-based"),
        [("Kenya", "KE"), ("Kenya", "KE")]
    );
}

#[test]
fn scan_word_boundaries() {
    assert!(hits("UNICEFs and UNs").is_empty());
    assert_eq!(
        hits("Nigeria, Niger, Nigerien"),
        [("Nigeria", "NG"), ("Niger", "NE")]
    );
    assert!(hits("Chadian").is_empty());
    assert!(hits("éUN").is_empty());
    assert!(hits("UNé").is_empty());
}

#[test]
fn scan_stoplist() {
    assert!(hits("New Jersey and New Mexico").is_empty());
    assert!(hits("the Illinois General Assembly").is_empty());
    assert_eq!(
        hits("the UN General Assembly"),
        [("UN General Assembly", "United Nations General Assembly")]
    );
    assert!(hits("NEW YORK, OCT. 5, 2024, 6 OCT 2020").is_empty());
    assert_eq!(hits("the UN Office of Counter-Terrorism (OCT)").len(), 2);
    assert!(hits("CONTACT US | ABOUT US | Contact Us").is_empty());
    assert!(hits("follow @EP_Industry").is_empty());
    assert_eq!(
        hits("the Commonwealth of Virginia and the Commonwealth"),
        [("Commonwealth", "Commonwealth of Nations")]
    );
}

#[test]
fn scan_never_panics() {
    for text in [
        "",
        "U",
        "U.",
        "\u{0}",
        "é",
        "UN\u{301}",
        "the ",
        "’",
        "-",
        "(",
        "Iran (",
        "\u{2019}UN\u{2019}",
    ] {
        let _ = hits(text);
    }
    let long = "United Nations ".repeat(10_000);
    assert_eq!(GAZETTEER.scan(&long).count(), 10_000);
}

/// Place hits as `(text, place name, ambiguous)`.
fn place_hits(text: &str) -> Vec<(&str, &'static str, bool)> {
    GAZETTEER
        .scan_places(text)
        .map(|h| (&text[h.start..h.end], h.place.name, h.ambiguous))
        .collect()
}

#[test]
fn scan_places_finds_venues_and_names() {
    assert_eq!(
        place_hits("The festival is held at Balboa Park in San Diego."),
        [("San Diego", "San Diego", false)]
    );
    assert_eq!(
        place_hits("The forum met in Doha."),
        [("Doha", "Doha", false)]
    );
    assert_eq!(
        place_hits(
            "the Chicago Police Department and the San Diego County District Attorney’s Office"
        ),
        [
            ("Chicago", "Chicago", false),
            ("San Diego County", "San Diego County", false)
        ]
    );
    assert_eq!(
        place_hits("Daegu Metropolitan City and the Astana International Financial Center"),
        [
            ("Daegu Metropolitan City", "Daegu", false),
            ("Astana", "Astana", false)
        ]
    );
    assert_eq!(
        place_hits("Baja California Sur, not Baja California"),
        [
            ("Baja California Sur", "Baja California Sur", false),
            ("Baja California", "Baja California", false)
        ]
    );
    assert_eq!(
        place_hits("NEW YORK, June 28 -- in São Paulo and Sao Paulo"),
        [
            ("NEW YORK", "New York", false),
            ("São Paulo", "São Paulo", false),
            ("Sao Paulo", "São Paulo", false)
        ]
    );
    assert_eq!(
        place_hits("in The Hague and in the Hague"),
        [
            ("The Hague", "The Hague", false),
            ("Hague", "The Hague", false)
        ]
    );
    assert_eq!(
        place_hits("Washington, D.C., and Washington State"),
        [
            ("Washington, D.C.", "Washington", false),
            ("Washington State", "Washington State", false)
        ]
    );
}

#[test]
fn scan_places_abbreviations_need_context() {
    assert_eq!(
        place_hits("SAN DIEGO, Calif. — Sen. Smith (D-Calif.) and Springfield, IL"),
        [
            ("SAN DIEGO", "San Diego", false),
            ("Calif.", "California", false),
            ("Calif.", "California", false),
            ("Springfield, IL", "Springfield, Illinois", false)
        ]
    );
    assert_eq!(
        place_hits("Dallas, TX 75201"),
        [("Dallas", "Dallas", false), ("TX", "Texas", false)]
    );
    assert_eq!(
        place_hits("KEARNEY, NE -- (BUSINESS WIRE) Kearney, NE 68845 (Kearney, NE)"),
        [
            ("NE", "Nebraska", false),
            ("NE", "Nebraska", false),
            ("NE", "Nebraska", false)
        ]
    );
    assert!(place_hits("IN OR ME PA MD CA Miss. Smith said").is_empty());
    assert!(place_hits("Ismail Ertug (S&D, DE) and Michael Gahler (EPP, DE)").is_empty());
    assert!(place_hits("Hyundai Mobis, ABB Korea, SK, and KT").is_empty());
    assert_eq!(
        place_hits("in Pixley, CA, and Seoul, South Korea, SK"),
        [("CA", "California", false), ("Seoul", "Seoul", false)]
    );
}

#[test]
fn scan_places_skips_countries_and_lowercase() {
    assert!(place_hits("Guinea-Bissau and Congo-Brazzaville").is_empty());
    assert!(place_hits("Hong Kong, Singapore and Kenya").is_empty());
    assert!(place_hits("new york and paris").is_empty());
    assert!(place_hits("ABA and GAO reports").is_empty());
    assert_eq!(
        place_hits("Mexico City, Kuwait City and Benin City"),
        [
            ("Mexico City", "Mexico City", false),
            ("Kuwait City", "Kuwait City", false),
            ("Benin City", "Benin City", false)
        ]
    );
}

#[test]
fn scan_places_flags_ambiguous_bare_names() {
    assert_eq!(
        place_hits("Jackson met officials in Jackson, Mississippi."),
        [
            ("Jackson", "Jackson", true),
            ("Jackson, Mississippi", "Jackson", false)
        ]
    );
    assert_eq!(
        place_hits("Atlanta, Georgia, and Tbilisi, Georgia"),
        [
            ("Atlanta", "Atlanta", false),
            ("Georgia", "Georgia", true),
            ("Tbilisi", "Tbilisi", false),
            ("Georgia", "Georgia", true)
        ]
    );
    assert_eq!(
        place_hits("Saint Paul and St. Paul, Minnesota"),
        [
            ("Saint Paul", "St. Paul", true),
            ("St. Paul, Minnesota", "St. Paul", false)
        ]
    );
    assert_eq!(
        place_hits("Atlanta, GA"),
        [("Atlanta", "Atlanta", false), ("GA", "Georgia", false)]
    );
}

#[test]
fn scan_places_never_panics() {
    for text in [
        "",
        "U",
        "-",
        ", CA",
        "(D-",
        "D-CA",
        "é",
        "\u{0}",
        "’",
        "The ",
        "The",
        ",",
        "São",
        "Doha\u{301}",
        "CA,",
        "-Calif.",
    ] {
        let _ = place_hits(text);
    }
    let long = "Doha ".repeat(10_000);
    assert_eq!(GAZETTEER.scan_places(&long).count(), 10_000);
}

/// A trie of `literals` (each its own value), built as the build script builds one.
fn trie_of(literals: &[&str]) -> &'static Trie {
    let map = literals
        .iter()
        .enumerate()
        .map(|(i, l)| (l.to_string(), i as u32))
        .collect();
    let t = trie_build::build(&map).expect("literals make a trie");
    let leak = |v: Vec<u8>| -> &'static [u8] { Box::leak(v.into_boxed_slice()) };
    Box::leak(Box::new(Trie {
        root: Box::leak(Box::new(t.root)),
        nodes: leak(t.nodes),
        labels: leak(t.labels),
        children: leak(t.children),
        literals: literals.len(),
    }))
}

/// The matches of a trie of `literals` in `text`, as the matched words.
fn trie_matches<'t>(literals: &[&str], text: &'t str) -> Vec<&'t str> {
    super::scan::matches(trie_of(literals), text)
        .map(|(start, end, _)| &text[start..end])
        .collect()
}

#[test]
fn trie_scan_is_leftmost_longest_on_word_starts() {
    let names = [
        "Niger",
        "Nigeria",
        "Guinea",
        "New Guinea",
        "Papua New Guinea",
        "Åland",
    ];
    for (text, expected) in [
        // The longest literal at a start wins; the scan goes on after it.
        ("Nigeria and Niger signed.", &["Nigeria", "Niger"][..]),
        (
            "Papua New Guinea hosted Guinea.",
            &["Papua New Guinea", "Guinea"],
        ),
        // An ASCII literal starts only where a word does ...
        ("the xNiger fund and the 3Niger", &[]),
        (
            "(Niger) and 'Niger' and Niger.",
            &["Niger", "Niger", "Niger"],
        ),
        // ... but may end inside one: the caller checks the end.
        ("Nigerien troops", &["Niger"]),
        ("Niger_basin", &["Niger"]),
        // A literal that starts with a non-ASCII letter may start anywhere.
        ("Åland and xÅland", &["Åland", "Åland"]),
        ("", &[]),
        ("no capital words at all", &[]),
    ] {
        assert_eq!(trie_matches(&names, text), expected, "{text}");
    }
}

#[test]
fn trie_scan_values_and_overlaps() {
    let trie = trie_of(&["Lake", "Lake Chad", "Chad"]);
    let text = "Lake Chad Basin, Lake Victoria and Chad.";
    let got: Vec<(&str, u32)> = super::scan::matches(trie, text)
        .map(|(s, e, v)| (&text[s..e], v))
        .collect();
    // "Lake Chad" hides the "Chad" inside it; values are the literals' own.
    assert_eq!(got, [("Lake Chad", 1), ("Lake", 0), ("Chad", 2)]);
}

#[test]
fn trie_scan_is_linear_on_near_misses() {
    // Every start walks almost the whole longest literal and fails: the walk is bounded by
    // that literal's length, so the scan stays linear in the text.
    let long = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";
    let text = "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac ".repeat(20_000);
    let started = std::time::Instant::now();
    assert!(trie_matches(&[long], &text).is_empty());
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
}

#[test]
fn trie_builder_rejects_empty_and_reserved() {
    let empty = [(String::new(), 0)].into_iter().collect();
    assert!(trie_build::build(&empty).is_err());
    let reserved = [("Chad".to_owned(), trie_build::NONE)]
        .into_iter()
        .collect();
    assert!(trie_build::build(&reserved).is_err());
}
