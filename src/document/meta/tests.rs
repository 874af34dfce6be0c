use super::*;

#[test]
fn titles_lose_site_names() {
    assert_eq!(
        clean_title("HARBOUR WEEK | News | Regional Assembly", &[], None),
        "HARBOUR WEEK"
    );
    assert_eq!(
        clean_title("Ferry berths should be free every 40 minutes, say councillors | News | Regional Assembly", &[], None),
        "Ferry berths should be free every 40 minutes, say councillors"
    );
    assert_eq!(
        clean_title(
            "Town Halls Planned to Explain Measure No. 12 - County Newsroom",
            &[],
            None
        ),
        "Town Halls Planned to Explain Measure No. 12"
    );
    assert_eq!(
        clean_title(
            "# Port city hosts first Tidewater Expo, drawing 12,000 visitors",
            &[],
            None
        ),
        "Port city hosts first Tidewater Expo, drawing 12,000 visitors"
    );
    assert_eq!(
        clean_title("Merger - what it means for staff", &[], None),
        "Merger - what it means for staff"
    );
}

#[test]
fn datelines() {
    let f =
        |s: &str| find_dateline(s, 0, Some(2025)).map(|d| (d.place, d.date.map(|x| x.to_string())));
    assert_eq!(
        f("BUSAN, KOREA, October 14, 2024 /AnyWire/ -- The city's port authority opened"),
        Some((Some("BUSAN, KOREA".into()), Some("2024-10-14".into())))
    );
    assert_eq!(
        f("DALLAS, TX - August 4, 2025 (SOMEWIRE) - Bluepeak Studios"),
        Some((Some("DALLAS, TX".into()), Some("2025-08-04".into())))
    );
    assert_eq!(
        f("SHENZHEN, CHINA - [Example Newswire](https://wire.example.com/) - 21 July 2026 - KITE MOTION today"),
        Some((Some("SHENZHEN, CHINA".into()), Some("2026-07-21".into())))
    );
    assert_eq!(
        f("HONG KONG SAR - Example Newswire - 3 July 2026 - The first Tidewater Expo"),
        Some((Some("HONG KONG SAR".into()), Some("2026-07-03".into())))
    );
    assert_eq!(
        f("NEW YORK, June 9, 2018 /PRNewswire/ -- Brightline"),
        Some((Some("NEW YORK".into()), Some("2018-06-09".into())))
    );
    assert_eq!(
        f("DENVER – The county’s district attorney"),
        Some((Some("DENVER".into()), None))
    );
    assert_eq!(
        f("OMAHA, NE -- (BUSINESS WIRE) -- Vantor, Inc. announced"),
        Some((Some("OMAHA, NE".into()), None))
    );
    assert_eq!(f("Today, Vantor hosted a ribbon-cutting ceremony"), None);
    assert_eq!(f("WHO: State Attorney"), None);
}

/// Invented datelines of every shape the opener reads: (line, place, date, where the
/// opener ends). Each part of the reader is in at least one of them.
#[test]
fn dateline_shapes() {
    type Row<'a> = (&'a str, Option<(&'a str, Option<&'a str>, &'a str)>);
    let table: [Row<'_>; 16] = [
        (
            "LAKEPORT, Ore., March 3, 2025 /Wire/ -- The county opened",
            Some((
                "LAKEPORT, Ore.",
                Some("2025-03-03"),
                "LAKEPORT, Ore., March 3, 2025 /Wire/ --",
            )),
        ),
        (
            "GENEVA (Agency) – The council met",
            Some(("GENEVA", None, "GENEVA (Agency) –")),
        ),
        (
            "NEW YORK, 2 July 2018 -- Shares rose",
            Some(("NEW YORK", Some("2018-07-02"), "NEW YORK, 2 July 2018 --")),
        ),
        (
            "Port Ellis, Tasmania, Australia, 14 May 2025 – The ferry",
            Some((
                "Port Ellis, Tasmania, Australia",
                Some("2025-05-14"),
                "Port Ellis, Tasmania, Australia, 14 May 2025 –",
            )),
        ),
        (
            "(Northfield and Eastvale, CA) June 9, 2025 - Two towns",
            Some((
                "Northfield and Eastvale, CA",
                Some("2025-06-09"),
                "(Northfield and Eastvale, CA) June 9, 2025 -",
            )),
        ),
        (
            "MARLOW BAY -- (VALLEY WIRE) -- Harbor Foods said",
            Some(("MARLOW BAY", None, "MARLOW BAY -- (VALLEY WIRE) --")),
        ),
        (
            "OSTRAVA, Czechia - Delta Newswire - 4 April 2026 - The plant",
            Some((
                "OSTRAVA, Czechia",
                Some("2026-04-04"),
                "OSTRAVA, Czechia - Delta Newswire - 4 April 2026 -",
            )),
        ),
        (
            "BRINDLE, TX - [Coast Newswire](https://example.com/wire) - 1 March 2025 - A plan",
            Some((
                "BRINDLE, TX",
                Some("2025-03-01"),
                "BRINDLE, TX - [Coast Newswire](https://example.com/wire) - 1 March 2025 -",
            )),
        ),
        (
            "**ST. AUBIN, Jersey, Sept. 5 (Island Press) — The port",
            Some((
                "ST. AUBIN, Jersey",
                Some("2025-09-05"),
                "**ST. AUBIN, Jersey, Sept. 5 (Island Press) —",
            )),
        ),
        (
            "WINSTON-SALEM, N.C., Tuesday, Oct. 7, 2025 : The mill",
            Some((
                "WINSTON-SALEM, N.C.",
                Some("2025-10-07"),
                "WINSTON-SALEM, N.C., Tuesday, Oct. 7, 2025 :",
            )),
        ),
        (
            "KESTREL FALLS – The mayor said",
            Some(("KESTREL FALLS", None, "KESTREL FALLS –")),
        ),
        // A capitalised word before a dash without a date is often a sentence.
        ("Kestrel Falls – The mayor said", None),
        (
            "Kestrel Falls, March 3, 2025 – The mayor said",
            Some((
                "Kestrel Falls",
                Some("2025-03-03"),
                "Kestrel Falls, March 3, 2025 –",
            )),
        ),
        // A weekday or a month is a date line, not a place.
        ("Tuesday, March 4, 2025 – The board met", None),
        // A station in brackets without a date, and a label with a colon.
        ("(KXYZ) — Officers said", None),
        ("WHERE: Town Hall", None),
    ];
    for (line, want) in table {
        let got = find_dateline(line, 0, Some(2025)).map(|d| {
            let end = d.span.map_or(0, |s| s.end);
            (
                d.place.unwrap_or_default(),
                d.date.map(|x| x.to_string()),
                line[..end].to_owned(),
            )
        });
        let want = want.map(|(p, d, o)| (p.to_owned(), d.map(str::to_owned), o.to_owned()));
        assert_eq!(got, want, "{line}");
    }
}

/// A long hostile line is read in time linear in it.
#[test]
fn long_lines_are_read_quickly() {
    let word = "A".repeat(100_000);
    let spaces = format!("LAKEPORT{} --", " ".repeat(100_000));
    let dashes = format!("LAKEPORT{}", "-".repeat(100_000));
    let start = std::time::Instant::now();
    for line in [word, spaces, dashes] {
        let _ = find_dateline(&line, 0, None);
    }
    // Quadratic work on these lines would take minutes; linear work takes under a second.
    assert!(start.elapsed().as_secs() < 10);
}

#[test]
fn credits() {
    // A wire's photo credit in closing brackets: agency and owner joined by a slash.
    assert_eq!(
        split_credit("Crews at the new substation. (Wirephoto/Harbour Grid)"),
        (
            Some("Crews at the new substation.".into()),
            Some("Wirephoto/Harbour Grid".into())
        )
    );
    assert_eq!(
        split_credit("Volunteers clear the beach after the storm © ANA RUIZ / AFP"),
        (
            Some("Volunteers clear the beach after the storm".into()),
            Some("ANA RUIZ / AFP".into())
        )
    );
    assert_eq!(
        split_credit("Photo: UN Photo/Lea Holm"),
        (None, Some("UN Photo/Lea Holm".into()))
    );
    assert_eq!(
        split_credit("Capacity is below 10%© harbourcam / AdobeStock"),
        (
            Some("Capacity is below 10%".into()),
            Some("harbourcam / AdobeStock".into())
        )
    );
    assert_eq!(
        split_credit("The minister speaks"),
        (Some("The minister speaks".into()), None)
    );
}

/// Captions and their credits in the shapes pages print them, in invented words:
/// (caption, caption text, credit).
#[test]
fn credits_in_caption_shapes() {
    let table = [
        (
            "The mayor opens the quay. UN Photo/Jane Roe",
            Some("The mayor opens the quay."),
            Some("UN Photo/Jane Roe"),
        ),
        (
            "Volunteers plant oaks in Eastvale Park (Lee Park/Harbour News)",
            Some("Volunteers plant oaks in Eastvale Park"),
            Some("Lee Park/Harbour News"),
        ),
        (
            "Photo: Council members at the vote. (Photo by Tom Baker/Riverside Council)",
            Some("Council members at the vote."),
            Some("Tom Baker/Riverside Council"),
        ),
        (
            "Dana Kirk at the launch.Photo credit: Sam Ortiz",
            Some("Dana Kirk at the launch."),
            Some("Sam Ortiz"),
        ),
        (
            "The new wing. Photographer: Ana Ruiz",
            Some("The new wing."),
            Some("Ana Ruiz"),
        ),
        // Labels from the lexicon, in any language it holds, and "by" labels before a name.
        (
            "Die Brücke bei Nacht. Foto: Lena Graf",
            Some("Die Brücke bei Nacht."),
            Some("Lena Graf"),
        ),
        (
            "Crowds at the opening; image by Omar Reyes",
            Some("Crowds at the opening"),
            Some("Omar Reyes"),
        ),
        (
            "The reading room (Picture credit : City Library)",
            Some("The reading room"),
            Some("City Library"),
        ),
        (
            "Lanterns on the river. Courtesy of Harbour Trust",
            Some("Lanterns on the river."),
            Some("Harbour Trust"),
        ),
        (
            "The old pier in 1910 (Photo courtesy of the City Archive)",
            Some("The old pier in 1910"),
            Some("the City Archive"),
        ),
        // A "by" label before a lowercase word is prose, not a credit.
        (
            "The photograph by the window shows the old harbour",
            Some("The photograph by the window shows the old harbour"),
            None,
        ),
        (
            "Speed limits of 30 km/h apply and/or will be signed.",
            Some("Speed limits of 30 km/h apply and/or will be signed."),
            None,
        ),
        // Short slashed tails that are figures or lowercase words, not agency and name.
        (
            "The clinic reopens. Open 24/7",
            Some("The clinic reopens. Open 24/7"),
            None,
        ),
        (
            "Season tickets on sale. 2025/2026",
            Some("Season tickets on sale. 2025/2026"),
            None,
        ),
        (
            "Prices rose. Fuel/energy",
            Some("Prices rose. Fuel/energy"),
            None,
        ),
        (
            "Trains run every 10 minutes on the A/B line",
            Some("Trains run every 10 minutes on the A/B line"),
            None,
        ),
    ];
    for (caption, text, credit) in table {
        assert_eq!(
            split_credit(caption),
            (text.map(str::to_owned), credit.map(str::to_owned)),
            "{caption:?}"
        );
    }
}

/// Titles with a document-type label before the headline or several names after it, in
/// invented words: (title, headline).
#[test]
fn title_labels_and_trailing_names() {
    let table = [
        (
            "Press Release: Ferry landing opens at Kestrel Point",
            "Ferry landing opens at Kestrel Point",
        ),
        (
            "NEWS RELEASE – Ferry landing opens at Kestrel Point",
            "Ferry landing opens at Kestrel Point",
        ),
        (
            "Ferry landing opens at Kestrel Point - Harbour Board - Government of Eastland",
            "Ferry landing opens at Kestrel Point",
        ),
        ("News: ferry", "News: ferry"),
        (
            "Ferries: what changes on Monday for passengers",
            "Ferries: what changes on Monday for passengers",
        ),
    ];
    for (raw, want) in table {
        assert_eq!(clean_title(raw, &[], None), want, "{raw:?}");
    }
}

/// Site names after the other separators templates print: a single angle quote, a bullet,
/// a double angle quote (but not in a title that quotes with guillemets).
#[test]
fn titles_lose_site_names_after_other_separators() {
    let table = [
        (
            "Ferry landing opens at Kestrel Point ‹ Harbour Board News",
            "Ferry landing opens at Kestrel Point",
        ),
        (
            "Ferry landing opens at Kestrel Point › Coast Trust",
            "Ferry landing opens at Kestrel Point",
        ),
        (
            "Ferry landing opens at Kestrel Point • Harbour Board",
            "Ferry landing opens at Kestrel Point",
        ),
        (
            "Ferry landing opens at Kestrel Point » Harbour Board",
            "Ferry landing opens at Kestrel Point",
        ),
        (
            "Le maire répond « Pas avant mars » au conseil du port",
            "Le maire répond « Pas avant mars » au conseil du port",
        ),
        (
            "Le maire répond « Pas avant mars » à la Commission",
            "Le maire répond « Pas avant mars » à la Commission",
        ),
        (
            "Der Rat sagt ‹ Nicht vor März › zur Fähre",
            "Der Rat sagt ‹ Nicht vor März › zur Fähre",
        ),
    ];
    for (raw, want) in table {
        assert_eq!(clean_title(raw, &[], None), want, "{raw:?}");
    }
}

#[test]
fn section_names_and_file_names_name_no_release() {
    // (line, a section's name)
    for (line, want) in [
        ("Meetings Coverage and Press Releases", true),
        ("News & Media", true),
        ("Press Releases and Statements", true),
        ("Media Centre", true),
        ("Latest News Updates", true),
        ("and &", false),
        ("News", false),
        ("Council Meetings and Events", false),
        ("Harbour board publishes its annual statement", false),
        ("Press freedom award goes to island radio station", false),
    ] {
        assert_eq!(is_section_name(line), want, "{line:?}");
    }
    // (title, a file's name)
    for (title, want) in [
        ("ex991.htm", true),
        ("release-final.docx", true),
        ("index.php", true),
        ("Annual_Report_2024.PDF", true),
        (".htm", false),
        ("harbour.example.org", false),
        ("Ferry landing opens.htm today", false),
        ("Version 2.0", false),
    ] {
        assert_eq!(is_file_name(title), want, "{title:?}");
    }
}
