//! Table tests of the gazetteer look-ups, and of the build script's row checks.

use super::*;

fn g() -> &'static Gazetteer {
    &GAZETTEER
}

#[test]
fn malformed_rows_are_reported_with_file_and_line() {
    let source = load::Source {
        file: "bad.tsv",
        text: "# comment\nname\tkind\nA\tb\nonly-one\nC\t d\n\nE\tf\r\n",
    };
    let mut problems = Vec::new();
    let got = load::rows(&source, &["name", "kind"], &mut problems);
    assert_eq!(got.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 7]);
    assert_eq!(
        problems,
        [
            "bad.tsv:4: 1 fields, expected 2",
            "bad.tsv:5: field ` d` has spaces around it"
        ]
    );
    let mut problems = Vec::new();
    assert!(load::rows(&source, &["name", "type"], &mut problems).is_empty());
    assert_eq!(problems, ["bad.tsv:2: header is not `name\\ttype`"]);
    assert!(load::list("a||b").is_err());
    assert_eq!(load::list(""), Ok(Vec::<String>::new()));
    assert!(load::parse_country(&["K", "Kenya", "", "", "KEN"]).is_err());
    assert!(load::parse_org_word(&["Office", "middle", "government", "no"]).is_err());
}

#[test]
fn coverage() {
    let members = COUNTRIES.iter().position(|c| c.code == "VA").unwrap_or(0);
    assert_eq!(
        members, 193,
        "UN Member States come first, then the Holy See"
    );
    assert!(g().country_by_code("PS").is_some());
    let un = ORGS
        .iter()
        .filter(|o| o.kind == OrganisationKind::UnEntity)
        .count();
    assert!(un >= 250, "{un} UN system entities");
    assert!(TITLES.len() >= 300, "{} titles", TITLES.len());
}

#[test]
fn countries() {
    let code = |s: &str| g().country(s).map(|c| c.code);
    for (name, expected) in [
        ("the United Emirates", "AE"),
        ("United Arab Emirates", "AE"),
        ("UAE", "AE"),
        ("Republic of Korea", "KR"),
        ("South Korea", "KR"),
        ("Korea", "KR"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Democratic People’s Republic of Korea", "KP"),
        ("North Korea", "KP"),
        ("Kingdom of Saudi Arabia", "SA"),
        ("Hashemite Kingdom of Jordan", "JO"),
        ("Islamic Republic of Iran", "IR"),
        ("Iran (Islamic Republic of)", "IR"),
        ("Russian Federation", "RU"),
        ("Russia", "RU"),
        ("the Netherlands", "NL"),
        ("The Netherlands", "NL"),
        ("Netherlands", "NL"),
        ("Kingdom of the Netherlands", "NL"),
        ("Viet Nam", "VN"),
        ("Vietnam", "VN"),
        ("Turkey", "TR"),
        ("Türkiye", "TR"),
        ("Turkiye", "TR"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Czech Republic", "CZ"),
        ("Czechia", "CZ"),
        ("United States of America", "US"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("United Kingdom of Great Britain and Northern Ireland", "GB"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("People's Republic of China", "CN"),
        ("PRC", "CN"),
        ("Mainland China", "CN"),
        ("the Philippines", "PH"),
        ("the Gambia", "GM"),
        ("The Bahamas", "BS"),
        ("Bahamas", "BS"),
        ("Guinea Bissau", "GW"),
        ("guinea-bissau", "GW"),
        ("Congo", "CG"),
        ("Democratic Republic of the Congo", "CD"),
        ("  Republic   of Korea ", "KR"),
        ("Holy See", "VA"),
        ("State of Palestine", "PS"),
        ("Taiwan", "TW"),
        ("Kosovo", "XK"),
        ("Hong Kong", "HK"),
        ("Macau", "MO"),
        ("Puerto Rico", "PR"),
        ("Greenland", "GL"),
        ("Sao Tome and Principe", "ST"),
        ("São Tomé and Príncipe", "ST"),
    ] {
        assert_eq!(code(name), Some(expected), "{name}");
    }
    for nothing in [
        "us",
        "Us",
        "uk",
        "America",
        "Georgia State",
        "",
        "the",
        "Emirates",
    ] {
        assert_eq!(code(nothing), None, "{nothing}");
    }
}

#[test]
fn country_codes_and_adjectives() {
    assert_eq!(g().country_by_code("ke").map(|c| c.name), Some("Kenya"));
    assert_eq!(g().country_by_code("KOR").map(|c| c.code), Some("KR"));
    assert_eq!(g().country_by_code("XX"), None);
    let adj = |s: &str| g().country_by_adjective(s).map(|c| c.code);
    for (a, code) in [
        ("Kenyan", "KE"),
        ("Qatari", "QA"),
        ("Emirati", "AE"),
        ("Saudi", "SA"),
        ("American", "US"),
        ("British", "GB"),
        ("Korean", "KR"),
        ("North Korean", "KP"),
        ("Dutch", "NL"),
        ("dutch", "NL"),
        ("Ivorian", "CI"),
    ] {
        assert_eq!(adj(a), Some(code), "{a}");
    }
    assert_eq!(adj("Martian"), None);
}

#[test]
fn organisations() {
    let name = |s: &str| g().organisation(s).map(|o| o.name);
    let unodc = Some("United Nations Office on Drugs and Crime");
    for form in [
        "UNODC",
        "UN Office on Drugs and Crime",
        "U.N. Office on Drugs and Crime",
        "United Nations Office on Drugs and Crime",
        "united nations office on drugs and crime",
        "the United Nations Office on Drugs and Crime",
        "Office on Drugs and Crime",
    ] {
        assert_eq!(name(form), unodc, "{form}");
    }
    let oct = Some("United Nations Office of Counter-Terrorism");
    for form in [
        "UNOCT",
        "OCT",
        "UN Office of Counter-Terrorism",
        "Office of Counter-Terrorism",
    ] {
        assert_eq!(name(form), oct, "{form}");
    }
    assert_eq!(name("WHO"), Some("World Health Organization"));
    assert_eq!(
        name("World Health Organisation"),
        Some("World Health Organization")
    );
    assert_eq!(name("who"), None);
    assert_eq!(name("Who"), None);
    assert_eq!(
        name("INTERPOL"),
        Some("International Criminal Police Organization")
    );
    assert_eq!(
        name("Interpol"),
        Some("International Criminal Police Organization")
    );
    assert_eq!(name("European Parliament"), Some("European Parliament"));
    assert_eq!(name("EP"), Some("European Parliament"));
    assert_eq!(name("ep"), None);
    assert_eq!(name("UNITED NATIONS"), Some("United Nations"));
    assert_eq!(
        name("International Labor Organization"),
        Some("International Labour Organization")
    );
    assert_eq!(
        name("United Nations Development Program"),
        Some("United Nations Development Programme")
    );
    assert_eq!(
        name("UN Development Program"),
        Some("United Nations Development Programme")
    );
    assert_eq!(
        name("DPI"),
        Some("United Nations Department of Public Information")
    );
    assert_eq!(
        name("DGC"),
        Some("United Nations Department of Global Communications")
    );
    assert_eq!(
        name("CTED"),
        Some("Counter-Terrorism Committee Executive Directorate")
    );
    assert_eq!(
        name("Organisation for Economic Cooperation and Development").map(|_| ()),
        Some(())
    );
    assert_eq!(
        name("Organisation for Economic Co-operation and Development"),
        name("OECD")
    );
    assert_eq!(
        name("UN Women"),
        Some("United Nations Entity for Gender Equality and the Empowerment of Women")
    );

    let kind = |s: &str| g().organisation(s).map(|o| o.kind);
    assert_eq!(
        kind("United Nations"),
        Some(OrganisationKind::Intergovernmental)
    );
    assert_eq!(kind("UNODC"), Some(OrganisationKind::UnEntity));
    assert_eq!(kind("WHO"), Some(OrganisationKind::UnEntity));
    assert_eq!(kind("IOM"), Some(OrganisationKind::Intergovernmental));
    assert_eq!(
        kind("World Bank"),
        Some(OrganisationKind::Intergovernmental)
    );
    assert_eq!(
        kind("European Union"),
        Some(OrganisationKind::Intergovernmental)
    );
    assert_eq!(
        g().organisation("UNODC").and_then(|o| o.acronym),
        Some("UNODC")
    );
}

#[test]
fn national_bodies() {
    use OrganisationKind::{Academic, Government};
    let org = |s: &str| g().organisation(s).map(|o| (o.name, o.kind, o.country));
    let atf = "Bureau of Alcohol, Tobacco, Firearms and Explosives";
    let state_council = "State Council of the People's Republic of China";
    for (form, name, kind, country) in [
        ("FBI", "Federal Bureau of Investigation", Government, "US"),
        ("the White House", "White House", Government, "US"),
        ("Congress", "United States Congress", Government, "US"),
        ("U.S. Senate", "United States Senate", Government, "US"),
        (
            "Justice Department",
            "United States Department of Justice",
            Government,
            "US",
        ),
        (
            "DOJ",
            "United States Department of Justice",
            Government,
            "US",
        ),
        (
            "Pentagon",
            "United States Department of Defense",
            Government,
            "US",
        ),
        ("ATF", atf, Government, "US"),
        (atf, atf, Government, "US"),
        (
            "U.S. Attorney’s Office",
            "United States Attorney's Office",
            Government,
            "US",
        ),
        (
            "Los Alamos National Laboratory",
            "Los Alamos National Laboratory",
            Academic,
            "US",
        ),
        ("Home Office", "Home Office", Government, "GB"),
        ("the Home Office", "Home Office", Government, "GB"),
        ("NHS", "National Health Service", Government, "GB"),
        ("NHS England", "NHS England", Government, "GB"),
        (
            "Public Health England",
            "Public Health England",
            Government,
            "GB",
        ),
        (
            "Foreign Office",
            "Foreign, Commonwealth & Development Office",
            Government,
            "GB",
        ),
        (
            "FCDO",
            "Foreign, Commonwealth & Development Office",
            Government,
            "GB",
        ),
        (
            "UK Ministry of Defence",
            "UK Ministry of Defence",
            Government,
            "GB",
        ),
        (
            "Dstl",
            "Defence Science and Technology Laboratory",
            Government,
            "GB",
        ),
        ("the Bundestag", "German Bundestag", Government, "DE"),
        ("Bundeskanzleramt", "Federal Chancellery", Government, "DE"),
        (state_council, state_council, Government, "CN"),
        (
            "MOFCOM",
            "Ministry of Commerce of the People's Republic of China",
            Government,
            "CN",
        ),
        (
            "SASAC",
            "State-owned Assets Supervision and Administration Commission of the State Council",
            Government,
            "CN",
        ),
        (
            "HKTDC",
            "Hong Kong Trade Development Council",
            Government,
            "HK",
        ),
        ("Elysee Palace", "Élysée Palace", Government, "FR"),
        ("Kremlin", "Kremlin", Government, "RU"),
        ("State Duma", "State Duma", Government, "RU"),
        (
            "METI",
            "Ministry of Economy, Trade and Industry",
            Government,
            "JP",
        ),
    ] {
        assert_eq!(org(form), Some((name, kind, Some(country))), "{form}");
    }
    // Names many States use are listed only with their State; the spelling of one
    // State's body is not derived into another's ("Department of Defence").
    for nothing in [
        "Senate",
        "House of Representatives",
        "Ministry of Foreign Affairs",
        "Ministry of Defence",
        "Department of Justice",
        "Department of Defence",
        "State Council",
        "National Assembly",
        "Supreme Court",
        "fbi",
        "Fbi",
    ] {
        assert_eq!(org(nothing), None, "{nothing}");
    }
    // UN and intergovernmental bodies belong to no one State.
    for form in ["UNODC", "European Union", "WHO", "INTERPOL"] {
        assert_eq!(
            g().organisation(form).map(|o| o.country),
            Some(None),
            "{form}"
        );
    }
}

#[test]
fn national_bodies_coverage_and_codes() {
    let national: Vec<&OrgEntry> = ORGS.iter().filter(|o| o.country.is_some()).collect();
    assert!(national.len() >= 400, "{} national bodies", national.len());
    for o in &national {
        let code = o.country.unwrap_or("");
        assert!(
            g().country_by_code(code).is_some_and(|c| c.code == code),
            "{}: {code}",
            o.name
        );
    }
    assert!(load::parse_org(&["FBI", "", "", "government", "USA"]).is_err());
    assert!(load::parse_org(&["FBI", "", "", "government", "us"]).is_err());
    assert_eq!(
        load::parse_org(&["FBI", "", "", "government", "US"]).map(|o| o.country),
        Ok(Some("US".to_owned()))
    );
}

#[test]
fn titles() {
    let t = |s: &str| g().title(s).map(|t| t.title);
    assert_eq!(t("CEO"), Some("Chief Executive Officer"));
    assert_eq!(t("Chief Exec"), Some("Chief Executive Officer"));
    assert_eq!(
        t("chief executive officer"),
        Some("Chief Executive Officer")
    );
    assert_eq!(t("ceo"), None);
    assert_eq!(t("Secretary General"), Some("Secretary-General"));
    assert_eq!(t("MEP"), Some("Member of the European Parliament"));
    assert_eq!(t("Sen."), Some("Senator"));
    assert_eq!(t("Foreign Minister"), Some("Minister for Foreign Affairs"));
    assert_eq!(t("State’s Attorney"), Some("State's Attorney"));
    let rank = |s: &str| g().title(s).map(|t| t.rank_only);
    assert_eq!(rank("Ambassador"), Some(true));
    assert_eq!(rank("Assistant Secretary-General"), Some(true));
    assert_eq!(rank("Executive Director"), Some(false));
    assert_eq!(
        g().title("Sheriff").map(|t| t.domain),
        Some(TitleDomain::LawEnforcement)
    );

    let head = |s: &str| g().title_head(s).map(|(t, at)| (t.title, at));
    assert_eq!(head("Acting Deputy Director"), Some(("Deputy Director", 7)));
    assert_eq!(
        head("Deputy Secretary-General"),
        Some(("Deputy Secretary-General", 0))
    );
    assert_eq!(head("Former Prime Minister"), Some(("Prime Minister", 7)));
    assert_eq!(head("Co-Founder"), Some(("Co-Founder", 0)));
    assert_eq!(head("Co-Host"), Some(("Host", 3)));
    assert_eq!(head("Vice-Chair"), Some(("Vice-Chair", 0)));
    assert_eq!(
        head("Interim Senior Vice President"),
        Some(("Senior Vice President", 8))
    );
    assert_eq!(head("Acting Acting"), None);
    assert_eq!(head("Deputy"), Some(("Deputy", 0)));
    assert_eq!(head(""), None);
    for m in ["Acting", "deputy", "Co-", "Co", "Vice", "Former", "Interim"] {
        assert!(g().is_title_modifier(m), "{m}");
    }
    assert!(!g().is_title_modifier("Banana"));
}

#[test]
fn org_words() {
    let w = |s: &str| {
        g().org_word(s)
            .map(|w| (w.kind, w.is_head(), w.is_lead(), w.ambiguous))
    };
    use OrganisationKind::*;
    assert_eq!(w("Ministry"), Some((Government, true, true, false)));
    assert_eq!(w("ministry"), Some((Government, true, true, false)));
    assert_eq!(w("Inc."), Some((Company, true, false, false)));
    assert_eq!(w("GmbH"), Some((Company, true, false, false)));
    assert_eq!(w("AG"), Some((Company, true, false, false)));
    assert_eq!(w("ag"), None);
    assert_eq!(w("University"), Some((Academic, true, true, false)));
    assert_eq!(w("Forum").map(|w| w.3), Some(true));
    assert_eq!(
        w("Permanent Mission"),
        Some((PermanentMission, false, true, false))
    );
    assert_eq!(w("Sheriff’s Office").map(|w| w.0), Some(Government));
}

/// `(country, kind, admin)` of the place a form names.
fn place(s: &str) -> Option<(&'static str, PlaceKind, Option<&'static str>)> {
    GAZETTEER.place(s).map(|p| (p.country, p.kind, p.admin))
}

#[test]
fn places() {
    use PlaceKind::*;
    for (form, expected) in [
        ("Cook County", ("US", County, Some("IL"))),
        ("cook county", ("US", County, Some("IL"))),
        ("San Diego", ("US", City, Some("CA"))),
        ("San Diego County", ("US", County, Some("CA"))),
        ("County of San Diego", ("US", County, Some("CA"))),
        ("Tulare County", ("US", County, Some("CA"))),
        ("Miami-Dade County", ("US", County, Some("FL"))),
        ("Miami Dade County", ("US", County, Some("FL"))),
        ("Orange County", ("US", County, Some("CA"))),
        ("Orange County, Florida", ("US", County, Some("FL"))),
        ("Orange County, Fla.", ("US", County, Some("FL"))),
        ("Lake County", ("US", County, Some("IL"))),
        ("St. Louis", ("US", City, Some("MO"))),
        ("Saint Louis", ("US", City, Some("MO"))),
        ("Chicago", ("US", City, Some("IL"))),
        ("New York", ("US", City, Some("NY"))),
        ("New York City", ("US", City, Some("NY"))),
        ("NYC", ("US", City, Some("NY"))),
        ("New York State", ("US", Region, None)),
        ("State of New York", ("US", Region, None)),
        ("N.Y.", ("US", Region, None)),
        ("Washington, D.C.", ("US", City, Some("DC"))),
        ("Washington DC", ("US", City, Some("DC"))),
        ("Washington State", ("US", Region, None)),
        ("Daegu", ("KR", City, None)),
        ("Daegu Metropolitan City", ("KR", City, None)),
        ("Taegu", ("KR", City, None)),
        ("Doha", ("QA", City, None)),
        ("Astana", ("KZ", City, None)),
        ("Nur-Sultan", ("KZ", City, None)),
        ("Baja California", ("MX", Region, None)),
        ("Baja California Sur", ("MX", Region, None)),
        ("Tijuana", ("MX", City, Some("Baja California"))),
        ("Toronto", ("CA", City, Some("ON"))),
        ("Mumbai", ("IN", City, Some("Maharashtra"))),
        ("Bombay", ("IN", City, Some("Maharashtra"))),
        ("São Paulo", ("BR", City, Some("São Paulo State"))),
        ("Sao Paulo", ("BR", City, Some("São Paulo State"))),
        ("SÃO PAULO", ("BR", City, Some("São Paulo State"))),
        ("Osaka", ("JP", City, Some("Osaka Prefecture"))),
        ("Osaka Prefecture", ("JP", Region, None)),
        ("Lagos", ("NG", City, Some("Lagos State"))),
        ("The Hague", ("NL", City, None)),
        ("the Hague", ("NL", City, None)),
        ("Den Haag", ("NL", City, None)),
        ("Kyiv", ("UA", City, None)),
        ("Kiev", ("UA", City, None)),
        ("Xi’an", ("CN", City, Some("Shaanxi"))),
        ("Manhattan", ("US", District, Some("NY"))),
        ("Birmingham", ("GB", City, Some("West Midlands"))),
        ("Birmingham, Alabama", ("US", City, Some("AL"))),
        ("Birmingham, Ala.", ("US", City, Some("AL"))),
        ("Winston Salem", ("US", City, Some("NC"))),
    ] {
        assert_eq!(place(form), Some(expected), "{form}");
    }
    let name = |s: &str| GAZETTEER.place(s).map(|p| p.name);
    for (form, state) in [
        ("Calif.", "California"),
        ("CA", "California"),
        ("Ill.", "Illinois"),
        ("Fla.", "Florida"),
        ("N.Y.", "New York State"),
        ("NY", "New York State"),
        ("Wash.", "Washington State"),
        ("W.Va.", "West Virginia"),
        ("DC", "District of Columbia"),
        ("Maryland", "Maryland"),
        ("Ont.", "Ontario"),
        ("B.C.", "British Columbia"),
        ("NSW", "New South Wales"),
    ] {
        assert_eq!(name(form), Some(state), "{form}");
    }
    // Countries and territories are in countries.tsv only; postal codes match as
    // written; a place is never a bare word in lowercase.
    for nothing in [
        "Hong Kong",
        "Macao",
        "Puerto Rico",
        "Singapore",
        "Kenya",
        "ca",
        "Ca",
        "calif",
        "",
        "the",
        "Atlantis",
    ] {
        assert_eq!(place(nothing), None, "{nothing}");
    }
}

#[test]
fn places_admin_and_ambiguity() {
    let g = g();
    let admin = |s: &str| g.place(s).and_then(|p| g.admin_of(p)).map(|r| r.name);
    assert_eq!(admin("San Diego"), Some("California"));
    assert_eq!(admin("Cook County"), Some("Illinois"));
    assert_eq!(admin("Brooklyn"), Some("New York State"));
    assert_eq!(admin("Mumbai"), Some("Maharashtra"));
    assert_eq!(admin("Melbourne"), Some("Victoria"));
    assert_eq!(admin("California"), None);
    assert_eq!(admin("Doha"), None);
    let ambiguous = |s: &str| g.place(s).map(|p| p.ambiguous);
    for name in [
        "Georgia", "Jackson", "Mobile", "Reading", "Nice", "Split", "Victoria",
    ] {
        assert_eq!(ambiguous(name), Some(true), "{name}");
    }
    for name in [
        "Doha",
        "Chicago",
        "Cook County",
        "Maryland",
        "Tulare County",
    ] {
        assert_eq!(ambiguous(name), Some(false), "{name}");
    }
    assert_eq!(
        g.place("Georgia").map(|p| (p.country, p.kind)),
        Some(("US", PlaceKind::Region))
    );
    assert_eq!(g.country("Georgia").map(|c| c.code), Some("GE"));
}

/// The only name deliberately both a country (in countries.tsv) and a place.
const COUNTRY_NAMED_PLACES: [&str; 1] = ["Georgia"];

#[test]
fn places_are_not_countries() {
    let mut overlaps = Vec::new();
    for p in &PLACES {
        for form in std::iter::once(p.name).chain(p.variants.iter().copied()) {
            if let Some(c) = g().country(form) {
                if !COUNTRY_NAMED_PLACES.contains(&form) {
                    overlaps.push(format!("{form} ({}) is also {}", p.name, c.name));
                }
            }
        }
    }
    assert!(overlaps.is_empty(), "{}", overlaps.join("\n"));
}

#[test]
fn places_coverage() {
    use std::collections::BTreeMap;
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &PLACES {
        *by_kind.entry(p.kind.as_str()).or_default() += 1;
    }
    assert!(
        by_kind.get("city").copied().unwrap_or(0) >= 1500,
        "{by_kind:?}"
    );
    assert!(
        by_kind.get("county").copied().unwrap_or(0) >= 150,
        "{by_kind:?}"
    );
    // The 50 states and DC, by postal code.
    let codes = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS \
                 MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV \
                 WI WY DC";
    for code in codes.split_whitespace() {
        let state = g().place(code);
        assert!(
            state.is_some_and(|s| s.country == "US" && s.kind == PlaceKind::Region),
            "{code}"
        );
    }
    // Every UN Member State and observer has a place (its capital at least), except
    // those whose capital shares the country's name.
    let without = ["SG", "VA", "ST"];
    let members = COUNTRIES.iter().take(195);
    let missing: Vec<&str> = members
        .filter(|c| !without.contains(&c.code))
        .filter(|c| !PLACES.iter().any(|p| p.country == c.code))
        .map(|c| c.name)
        .collect();
    assert!(missing.is_empty(), "no place in {missing:?}");
}

#[test]
fn malformed_place_rows_are_rejected() {
    assert!(load::parse_place(&["Doha", "QAT", "city", "", ""], false).is_err());
    assert!(load::parse_place(&["Doha", "QA", "town", "", ""], false).is_err());
    assert!(load::parse_place(&["", "QA", "city", "", ""], false).is_err());
    assert!(load::parse_place(&["Doha", "QA", "city", "a||b", ""], false).is_err());
    assert!(load::parse_place(&["Doha", "QA", "city"], false).is_err());
    assert_eq!(
        load::parse_place(&["Doha", "QA", "city", "", ""], true).map(|p| p.ambiguous),
        Ok(true)
    );
    let source = load::Source {
        file: "x.tsv",
        text: "a\n# ambiguous\r\nb\n",
    };
    assert_eq!(load::marker_line(&source, load::AMBIGUOUS_MARKER), Some(2));
}
