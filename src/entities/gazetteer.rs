//! Embedded gazetteers: countries and territories, the UN system, other intergovernmental
//! bodies, national bodies of single States (with their country), job titles, title modifiers, the words that make a phrase an organisation, and
//! places (cities, regions, counties).
//!
//! Input: the TSV files in `data/` (one header line, `#` comment lines, TAB between fields,
//! `|` between list items), compiled in with `include_str!` and parsed once into
//! [`GAZETTEER`]. Output: lookups that ignore case, spacing, apostrophe and hyphen style,
//! accents and a leading "the", except that forms written without lowercase letters ("WHO",
//! "US", "MEP") match only as written, so "who" and "us" are never names; and
//! [`Gazetteer::scan`], which finds every known country and organisation name in a text in
//! one pass, longest match first, on word boundaries; and [`Gazetteer::scan_places`], a
//! separate scanner of the same kind for places, so that `scan` hits stay countries and
//! organisations only.
//!
//! Invariant: loading never panics. A malformed row is skipped and recorded as
//! `file:line: reason`; the `every_row_parses` test fails on any such record, so a bad row
//! cannot be silently lost.
//!
//! Not done here: deciding whether a hit means the entity in context ("Jordan" the person,
//! "Georgia" the US state). The recognisers weigh that; place hits on names that are also
//! words or people's names carry an `ambiguous` flag to help them.

// The entity recognisers use this API; parts of it have no caller until they land.
#![allow(dead_code)]

use std::collections::{HashMap, HashSet};
use std::fmt;

use once_cell::sync::{Lazy, OnceCell};
use regex::{Regex, RegexBuilder};

use crate::model::OrganisationKind;

/// The gazetteers, parsed on first use.
pub(crate) static GAZETTEER: Lazy<Gazetteer> = Lazy::new(Gazetteer::load);

/// One embedded data file.
struct Source {
    file: &'static str,
    text: &'static str,
}

const COUNTRIES: Source = Source {
    file: "countries.tsv",
    text: include_str!("data/countries.tsv"),
};
const UN_ENTITIES: Source = Source {
    file: "un_entities.tsv",
    text: include_str!("data/un_entities.tsv"),
};
const INTERGOVERNMENTAL: Source = Source {
    file: "intergovernmental.tsv",
    text: include_str!("data/intergovernmental.tsv"),
};
const NATIONAL_BODIES: Source = Source {
    file: "national_bodies.tsv",
    text: include_str!("data/national_bodies.tsv"),
};
const TITLES: Source = Source {
    file: "titles.tsv",
    text: include_str!("data/titles.tsv"),
};
const TITLE_MODIFIERS: Source = Source {
    file: "title_modifiers.tsv",
    text: include_str!("data/title_modifiers.tsv"),
};
const ORG_WORDS: Source = Source {
    file: "org_words.tsv",
    text: include_str!("data/org_words.tsv"),
};
const SCAN_STOPLIST: Source = Source {
    file: "scan_stoplist.tsv",
    text: include_str!("data/scan_stoplist.tsv"),
};
const PLACES: Source = Source {
    file: "places.tsv",
    text: include_str!("data/places.tsv"),
};

/// The comment line in `places.tsv` after which every row is ambiguous.
const AMBIGUOUS_MARKER: &str = "# ambiguous";

/// A country, observer State or territory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2 ("KR"; "XK" for Kosovo).
    pub code: &'static str,
    /// The short name as the UN writes it ("Republic of Korea").
    pub name: &'static str,
    /// Other written forms ("South Korea", "Korea", "ROK").
    pub variants: Vec<&'static str>,
    /// Demonym adjectives ("Korean").
    pub adjectives: Vec<&'static str>,
    /// ISO 3166-1 alpha-3 ("KOR").
    pub iso3: &'static str,
}

/// A UN system body, another intergovernmental organisation, or a national body of one
/// State.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OrgEntry {
    /// The fullest usual English name.
    pub name: &'static str,
    /// The usual acronym, if it has one that can be read alone.
    pub acronym: Option<&'static str>,
    /// Other names in use, as listed in the data. Derived forms ("UN …" for "United Nations
    /// …", British and American spellings) are matched but not listed here.
    pub variants: Vec<&'static str>,
    pub kind: OrganisationKind,
    /// ISO 3166-1 alpha-2 of the State a national body belongs to ("US" for the FBI), as
    /// listed in `countries.tsv`; `None` for UN and intergovernmental bodies.
    pub country: Option<&'static str>,
}

/// The field a title belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum TitleDomain {
    Un,
    Diplomatic,
    Government,
    Parliament,
    Judicial,
    LawEnforcement,
    Corporate,
    Academic,
    CivilSociety,
    Media,
    Military,
    Religious,
}

impl TitleDomain {
    const ALL: [TitleDomain; 12] = [
        TitleDomain::Un,
        TitleDomain::Diplomatic,
        TitleDomain::Government,
        TitleDomain::Parliament,
        TitleDomain::Judicial,
        TitleDomain::LawEnforcement,
        TitleDomain::Corporate,
        TitleDomain::Academic,
        TitleDomain::CivilSociety,
        TitleDomain::Media,
        TitleDomain::Military,
        TitleDomain::Religious,
    ];

    /// The name used in `titles.tsv`.
    pub fn as_str(self) -> &'static str {
        match self {
            TitleDomain::Un => "un",
            TitleDomain::Diplomatic => "diplomatic",
            TitleDomain::Government => "government",
            TitleDomain::Parliament => "parliament",
            TitleDomain::Judicial => "judicial",
            TitleDomain::LawEnforcement => "law_enforcement",
            TitleDomain::Corporate => "corporate",
            TitleDomain::Academic => "academic",
            TitleDomain::CivilSociety => "civil_society",
            TitleDomain::Media => "media",
            TitleDomain::Military => "military",
            TitleDomain::Religious => "religious",
        }
    }
}

/// A job title or rank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TitleEntry {
    /// As usually capitalised ("Chief Executive Officer").
    pub title: &'static str,
    /// Other written forms ("CEO", "Chief Executive").
    pub aliases: Vec<&'static str>,
    pub domain: TitleDomain,
    /// Usually given without an organisation ("Ambassador", "Professor").
    pub rank_only: bool,
}

/// Where an [`OrgWord`] stands in a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// It ends names ("Kenya Wildlife Service", "Acme Inc.").
    Head,
    /// It starts names ("Ministry of Health", "Permanent Mission of …").
    Lead,
    /// Either ("Health Ministry", "Ministry of Health"): ask [`OrgWord::is_head`] and
    /// [`OrgWord::is_lead`] rather than comparing with `Head` or `Lead`.
    Both,
}

/// A word that makes a capitalised phrase an organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OrgWord {
    /// As usually written ("Ministry", "Inc.", "Permanent Mission").
    pub word: &'static str,
    pub position: Position,
    /// The kind of organisation it suggests when nothing better is known.
    pub kind: OrganisationKind,
    /// It also heads events, documents or groups ("Forum", "Programme", "Group"): the
    /// phrase needs more evidence before it is an organisation.
    pub ambiguous: bool,
}

impl OrgWord {
    /// Whether it can end a name.
    pub fn is_head(&self) -> bool {
        matches!(self.position, Position::Head | Position::Both)
    }

    /// Whether it can start a name.
    pub fn is_lead(&self) -> bool {
        matches!(self.position, Position::Lead | Position::Both)
    }
}

/// A gazetteer name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct GazetteerHit {
    /// Byte offset of the first byte of the name (never of a leading "the").
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    pub target: HitTarget,
}

/// What a [`GazetteerHit`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HitTarget {
    Country(&'static Country),
    Organisation(&'static OrgEntry),
}

/// What kind of place a [`Place`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum PlaceKind {
    City,
    /// A state, province, prefecture, region or territory.
    Region,
    /// A county or parish.
    County,
    /// A part of a city ("Manhattan", "Kowloon").
    District,
}

impl PlaceKind {
    const ALL: [PlaceKind; 4] = [
        PlaceKind::City,
        PlaceKind::Region,
        PlaceKind::County,
        PlaceKind::District,
    ];

    /// The name used in `places.tsv`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::Region => "region",
            PlaceKind::County => "county",
            PlaceKind::District => "district",
        }
    }
}

/// A city, region, county or district.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    /// The usual English form ("San Diego", "Baja California", "Cook County").
    pub name: &'static str,
    /// ISO 3166-1 alpha-2 of the country it is in, as listed in `countries.tsv`.
    pub country: &'static str,
    pub kind: PlaceKind,
    /// A form naming the region it belongs to ("CA" for San Diego, "Maharashtra" for
    /// Mumbai); [`Gazetteer::admin_of`] resolves it.
    pub admin: Option<&'static str>,
    /// Other written forms ("Calif.", "CA" for California; "Bombay" for Mumbai).
    pub variants: Vec<&'static str>,
    /// The bare name is also a word, a person's name or another place ("Mobile",
    /// "Jackson", "Georgia").
    pub ambiguous: bool,
}

/// A place name found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PlaceHit {
    /// Byte offset of the first byte of the name.
    pub start: usize,
    /// Byte offset just past the name.
    pub end: usize,
    pub place: &'static Place,
    /// The hit is the bare name of an [`Place::ambiguous`] place ("Jackson"), not a
    /// qualified form ("Jackson, Mississippi").
    pub ambiguous: bool,
}

/// All the gazetteers, with their indexes. Built once, as [`GAZETTEER`].
pub(crate) struct Gazetteer {
    countries: Vec<Country>,
    orgs: Vec<OrgEntry>,
    titles: Vec<TitleEntry>,
    modifiers: Vec<&'static str>,
    org_words: Vec<OrgWord>,
    stoplist: Vec<&'static str>,
    country_index: FormIndex,
    country_codes: HashMap<&'static str, usize>,
    adjective_index: FormIndex,
    org_index: FormIndex,
    /// Forms the loader derives from the data ("UN Office on Drugs and Crime"), with
    /// their entry, for the scanner.
    org_derived: Vec<(String, usize)>,
    title_index: FormIndex,
    modifier_index: FormIndex,
    org_word_index: FormIndex,
    /// `file:line: reason` for every row that could not be used.
    problems: Vec<String>,
    /// Built on the first scan: lookups alone never pay for the big pattern.
    scanner: OnceCell<Scanner>,
    places: Vec<Place>,
    place_index: FormIndex,
    /// Built on the first place scan, apart from `scanner`.
    place_scanner: OnceCell<PlaceScanner>,
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("countries", &self.countries.len())
            .field("orgs", &self.orgs.len())
            .field("titles", &self.titles.len())
            .field("modifiers", &self.modifiers.len())
            .field("org_words", &self.org_words.len())
            .field("places", &self.places.len())
            .field("problems", &self.problems.len())
            .finish_non_exhaustive()
    }
}

impl Gazetteer {
    /// The country, observer State or territory a name or variant names ("Kingdom of Saudi
    /// Arabia", "the Netherlands", "Cote d'Ivoire", "U.S.").
    pub(crate) fn country(&self, name: &str) -> Option<&Country> {
        self.country_index
            .get(name)
            .and_then(|i| self.countries.get(i))
    }

    /// The country with this ISO 3166-1 alpha-2 or alpha-3 code, in either case.
    pub(crate) fn country_by_code(&self, code: &str) -> Option<&Country> {
        let code = code.trim().to_ascii_uppercase();
        self.country_codes
            .get(code.as_str())
            .and_then(|&i| self.countries.get(i))
    }

    /// The country a demonym adjective refers to ("Kenyan", "Emirati", "Dutch").
    pub(crate) fn country_by_adjective(&self, adjective: &str) -> Option<&Country> {
        self.adjective_index
            .get(adjective)
            .and_then(|i| self.countries.get(i))
    }

    /// The organisation a name, variant or acronym names. Acronyms match only with their
    /// own case: "WHO" is the World Health Organization, "who" and "Who" are nothing.
    pub(crate) fn organisation(&self, name_or_acronym: &str) -> Option<&OrgEntry> {
        self.org_index
            .get(name_or_acronym)
            .and_then(|i| self.orgs.get(i))
    }

    /// The title a phrase names exactly ("Chief Executive Officer", "CEO", "Sen.").
    pub(crate) fn title(&self, phrase: &str) -> Option<&TitleEntry> {
        self.title_index
            .get(phrase)
            .and_then(|i| self.titles.get(i))
    }

    /// Whether a phrase whose [`push_letters`] are `letters` may be a title: `false` means
    /// [`Gazetteer::title`] finds none for it, unless it starts with the word "the".
    pub(crate) fn may_be_title(&self, letters: &str) -> bool {
        self.title_index.may_hold(letters)
    }

    /// The title at the end of a phrase that may start with modifiers ("Acting Deputy
    /// Director", "Co-Chair", "Former Prime Minister"), with the byte offset in `phrase`
    /// where that title starts. The longest title wins: "Deputy Secretary-General" is a
    /// title of its own, not "Deputy" plus "Secretary-General".
    pub(crate) fn title_head<'p>(&self, phrase: &'p str) -> Option<(&TitleEntry, usize)> {
        let mut rest: &'p str = phrase.trim_start();
        // Modifiers are few; the bound keeps a pathological phrase linear.
        for _ in 0..8 {
            if let Some(t) = self.title(rest) {
                return Some((t, phrase.len() - rest.len()));
            }
            rest = self.strip_modifier(rest)?;
        }
        None
    }

    /// `phrase` without its first word, when that word is a title modifier: "Acting Deputy
    /// Director" gives "Deputy Director", "Co-Chair" gives "Chair".
    fn strip_modifier<'p>(&self, phrase: &'p str) -> Option<&'p str> {
        let word_end = phrase.find(char::is_whitespace).unwrap_or(phrase.len());
        let word = phrase.get(..word_end)?;
        if word_end < phrase.len() && self.is_title_modifier(word) {
            return phrase.get(word_end..).map(str::trim_start);
        }
        // "Co-Founder", "Vice-Chair": a modifier joined by a hyphen.
        let hyphen = word.find('-')?;
        let prefix = word.get(..hyphen)?;
        if !prefix.is_empty() && self.is_title_modifier(prefix) {
            return phrase.get(hyphen + 1..).filter(|r| !r.is_empty());
        }
        None
    }

    /// Whether a word modifies a title head ("Acting", "Deputy", "Co-", "Former").
    pub(crate) fn is_title_modifier(&self, word: &str) -> bool {
        self.modifier_index.get(word).is_some()
    }

    /// What a head or lead word says about an organisation ("Ministry", "Inc.", "Forum").
    pub(crate) fn org_word(&self, word: &str) -> Option<&OrgWord> {
        self.org_word_index
            .get(word)
            .and_then(|i| self.org_words.get(i))
    }

    /// Every country and organisation name in `text`, in order, without overlaps.
    ///
    /// The longest name wins where names overlap ("Democratic Republic of the Congo", not
    /// "Congo"); names match on word boundaries; acronyms match with their own case only;
    /// other names match as written, with a capital first letter, in title case or in
    /// capitals ("United Nations", "UNITED NATIONS", not "united nations"), with either
    /// apostrophe and with or without accents. A hit never includes a leading "the".
    ///
    /// A national body written right after its own State's name takes the name in ("United
    /// States Securities and Exchange Commission" is one hit); after another State's name or
    /// adjective it is dropped ("Nigeria Securities and Exchange Commission", "Philippine
    /// Securities and Exchange Commission" are not the American SEC).
    pub(crate) fn scan<'t>(
        &'static self,
        text: &'t str,
    ) -> impl Iterator<Item = GazetteerHit> + 't {
        let mut hits = Vec::new();
        for hit in self.scan_names(text) {
            self.push_hit(text, &mut hits, hit);
        }
        hits.into_iter()
    }

    /// Adds `hit` to `hits`, joining a national body to its State's name just before it or
    /// dropping it after another State's (see [`Gazetteer::scan`]).
    fn push_hit(&self, text: &str, hits: &mut Vec<GazetteerHit>, hit: GazetteerHit) {
        let own = match hit.target {
            HitTarget::Organisation(entry) => entry.country,
            HitTarget::Country(_) => None,
        };
        // Only one space between: "United States, Congress" is two names.
        let Some((own, before)) = own.zip(text.get(..hit.start).and_then(|b| b.strip_suffix(' ')))
        else {
            hits.push(hit);
            return;
        };
        if let Some(last) = hits.last_mut() {
            if let (HitTarget::Country(c), true) = (last.target, last.end == before.len()) {
                if c.code == own {
                    last.end = hit.end;
                    last.target = hit.target;
                }
                return;
            }
        }
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let other_adjective = word.starts_with(char::is_uppercase)
            && self
                .country_by_adjective(word)
                .is_some_and(|c| c.code != own);
        if !other_adjective {
            hits.push(hit);
        }
    }

    /// The raw hits of [`Gazetteer::scan`], before national bodies meet their States.
    fn scan_names<'t>(&'static self, text: &'t str) -> impl Iterator<Item = GazetteerHit> + 't {
        let scanner = self.scanner();
        scanner
            .regex
            .as_ref()
            .into_iter()
            .flat_map(move |re| re.find_iter(text))
            .filter_map(move |m| {
                if !on_word_boundaries(text, m.start(), m.end())
                    || is_month_in_date(text, m.start(), m.end())
                {
                    return None;
                }
                let target = match scanner.target(m.as_str())? {
                    Target::Country(i) => HitTarget::Country(self.countries.get(i)?),
                    Target::Org(i) => HitTarget::Organisation(self.orgs.get(i)?),
                    Target::Stop => return None,
                };
                Some(GazetteerHit {
                    start: m.start(),
                    end: m.end(),
                    target,
                })
            })
    }

    fn scanner(&self) -> &Scanner {
        self.scanner.get_or_init(|| Scanner::build(self))
    }

    /// The place a name or variant names ("San Diego", "Calif.", "Sao Paulo", "the Hague").
    /// Postal codes and other forms without lowercase letters match only as written: "CA"
    /// is California, "ca" is nothing.
    pub(crate) fn place(&self, name: &str) -> Option<&Place> {
        self.place_index.get(name).and_then(|i| self.places.get(i))
    }

    /// The region a place's `admin` names (California for San Diego), if it has one.
    pub(crate) fn admin_of(&self, place: &Place) -> Option<&Place> {
        self.place(place.admin?)
            .filter(|r| r.kind == PlaceKind::Region && r.country == place.country)
    }

    /// Every place name in `text`, in order, without overlaps.
    ///
    /// The same rules as [`Gazetteer::scan`]: longest name first ("Baja California Sur",
    /// not "Baja California"), word boundaries, a capital first letter, title case or
    /// capitals, either apostrophe, with or without accents. Country names are matched and
    /// dropped, so "Guinea-Bissau" does not yield the city of Bissau. Postal codes and
    /// dotted abbreviations of regions ("CA", "Calif.") count only after a comma ("San
    /// Diego, Calif.") or a party letter ("D-Calif."). Names of three letters or fewer
    /// match only as written ("Aba", not "ABA").
    pub(crate) fn scan_places<'t>(
        &'static self,
        text: &'t str,
    ) -> impl Iterator<Item = PlaceHit> + 't {
        let scanner = self.place_scanner();
        scanner
            .regex
            .as_ref()
            .into_iter()
            .flat_map(move |re| re.find_iter(text))
            .filter_map(move |m| {
                if !on_word_boundaries(text, m.start(), m.end()) {
                    return None;
                }
                let literal = scanner.literal(m.as_str())?;
                let PlaceTarget::Place(i) = literal.target else {
                    return None;
                };
                if literal.after_comma_only
                    && !self.abbreviation_in_context(text, m.start(), m.end())
                {
                    return None;
                }
                let place = self.places.get(i)?;
                let ambiguous = place.ambiguous && is_bare_name(m.as_str(), place.name);
                Some(PlaceHit {
                    start: m.start(),
                    end: m.end(),
                    place,
                    ambiguous,
                })
            })
    }

    fn place_scanner(&self) -> &PlaceScanner {
        self.place_scanner.get_or_init(|| PlaceScanner::build(self))
    }

    /// Every problem found while loading and building the scanners (`file:line: reason`).
    fn problems(&self) -> Vec<String> {
        let mut all = self.problems.clone();
        all.extend(self.scanner().problems.iter().cloned());
        all.extend(self.place_scanner().problems.iter().cloned());
        all
    }

    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            countries: Vec::new(),
            orgs: Vec::new(),
            titles: Vec::new(),
            modifiers: Vec::new(),
            org_words: Vec::new(),
            stoplist: Vec::new(),
            country_index: FormIndex::default(),
            country_codes: HashMap::new(),
            adjective_index: FormIndex::default(),
            org_index: FormIndex::default(),
            org_derived: Vec::new(),
            title_index: FormIndex::default(),
            modifier_index: FormIndex::default(),
            org_word_index: FormIndex::default(),
            problems: Vec::new(),
            scanner: OnceCell::new(),
            places: Vec::new(),
            place_index: FormIndex::default(),
            place_scanner: OnceCell::new(),
        };
        g.load_countries();
        g.load_orgs(&[
            (&UN_ENTITIES, false),
            (&INTERGOVERNMENTAL, false),
            (&NATIONAL_BODIES, true),
        ]);
        g.load_titles();
        g.load_modifiers();
        g.load_org_words();
        g.load_stoplist();
        g.load_places();
        g
    }

    fn load_countries(&mut self) {
        let header = ["code", "name", "variants", "adjectives", "iso3"];
        for row in rows(&COUNTRIES, &header, &mut self.problems) {
            let country = match parse_country(&row.fields) {
                Ok(c) => c,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            let i = self.countries.len();
            for code in [country.code, country.iso3] {
                if let Some(&other) = self.country_codes.get(code) {
                    self.problems
                        .push(row.problem(&format!("code {code} is already row {other}")));
                }
                self.country_codes.insert(code, i);
            }
            let names = std::iter::once(country.name).chain(country.variants.iter().copied());
            for form in names {
                if let Err(other) = self.country_index.insert(form, i) {
                    let other = self.countries.get(other).map_or("?", |c| c.name);
                    self.problems
                        .push(row.problem(&format!("`{form}` already names {other}")));
                }
            }
            for adjective in &country.adjectives {
                if let Err(other) = self.adjective_index.insert(adjective, i) {
                    let other = self.countries.get(other).map_or("?", |c| c.name);
                    let reason = format!("adjective `{adjective}` already names {other}");
                    self.problems.push(row.problem(&reason));
                }
            }
            self.countries.push(country);
        }
    }

    /// Loads the organisation files, each flagged with whether it has a `country` column;
    /// needs the countries, to check codes.
    fn load_orgs(&mut self, sources: &[(&Source, bool)]) {
        for &(source, national) in sources {
            let header: &[&str] = if national {
                &["name", "acronym", "variants", "kind", "country"]
            } else {
                &["name", "acronym", "variants", "kind"]
            };
            for row in rows(source, header, &mut self.problems) {
                let entry = match parse_org(&row.fields) {
                    Ok(e) => e,
                    Err(reason) => {
                        self.problems.push(row.problem(&reason));
                        continue;
                    }
                };
                if let Some(code) = entry.country {
                    if !self.country_codes.contains_key(code) {
                        let reason = format!("country `{code}` is not in countries.tsv");
                        self.problems.push(row.problem(&reason));
                        continue;
                    }
                }
                let i = self.orgs.len();
                let forms = std::iter::once(entry.name)
                    .chain(entry.acronym)
                    .chain(entry.variants.iter().copied());
                for form in forms {
                    if let Err(other) = self.org_index.insert(form, i) {
                        let other = self.orgs.get(other).map_or("?", |o| o.name);
                        self.problems
                            .push(row.problem(&format!("`{form}` already names {other}")));
                    }
                }
                self.orgs.push(entry);
            }
        }
        // Derived forms come after every written one, so a written form always wins. A
        // national body keeps its own State's spelling: the other one often names another
        // State's body ("Department of Defence" is Australia's, not the Pentagon).
        for (i, entry) in self.orgs.iter().enumerate() {
            if entry.country.is_some() {
                continue;
            }
            let written = std::iter::once(entry.name).chain(entry.variants.iter().copied());
            for form in written.flat_map(derived_forms) {
                if self.org_index.insert(&form, i).is_ok() {
                    self.org_derived.push((form, i));
                }
            }
        }
    }

    fn load_titles(&mut self) {
        let header = ["title", "aliases", "domain", "rank_only"];
        for row in rows(&TITLES, &header, &mut self.problems) {
            let entry = match parse_title(&row.fields) {
                Ok(e) => e,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            let i = self.titles.len();
            for form in std::iter::once(entry.title).chain(entry.aliases.iter().copied()) {
                if let Err(other) = self.title_index.insert(form, i) {
                    let other = self.titles.get(other).map_or("?", |t| t.title);
                    self.problems
                        .push(row.problem(&format!("`{form}` already names {other}")));
                }
            }
            self.titles.push(entry);
        }
    }

    fn load_modifiers(&mut self) {
        for row in rows(&TITLE_MODIFIERS, &["word"], &mut self.problems) {
            let [word] = row.fields[..] else { continue };
            if tidy_key(word).is_empty() {
                self.problems.push(row.problem("empty word"));
                continue;
            }
            if self
                .modifier_index
                .insert(word, self.modifiers.len())
                .is_err()
            {
                self.problems
                    .push(row.problem(&format!("`{word}` is listed twice")));
                continue;
            }
            self.modifiers.push(word);
        }
    }

    fn load_org_words(&mut self) {
        let header = ["word", "position", "kind", "ambiguous"];
        for row in rows(&ORG_WORDS, &header, &mut self.problems) {
            let entry = match parse_org_word(&row.fields) {
                Ok(e) => e,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            if let Err(other) = self.org_word_index.insert(entry.word, self.org_words.len()) {
                let other = self.org_words.get(other).map_or("?", |w| w.word);
                let reason = format!("`{}` is already listed as {other}", entry.word);
                self.problems.push(row.problem(&reason));
                continue;
            }
            self.org_words.push(entry);
        }
    }

    fn load_stoplist(&mut self) {
        for row in rows(&SCAN_STOPLIST, &["phrase"], &mut self.problems) {
            let [phrase] = row.fields[..] else { continue };
            match required(phrase, "phrase") {
                Ok(p) => self.stoplist.push(p),
                Err(reason) => self.problems.push(row.problem(&reason)),
            }
        }
    }

    /// Loads `places.tsv`; needs the countries, to check codes.
    fn load_places(&mut self) {
        let header = ["name", "country", "kind", "variants", "admin"];
        let ambiguous_from = marker_line(&PLACES, AMBIGUOUS_MARKER);
        let mut lines = Vec::new();
        for row in rows(&PLACES, &header, &mut self.problems) {
            let ambiguous = ambiguous_from.is_some_and(|marker| row.line > marker);
            let place = match parse_place(&row.fields, ambiguous) {
                Ok(p) => p,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            if !self.country_codes.contains_key(place.country) {
                let reason = format!("country `{}` is not in countries.tsv", place.country);
                self.problems.push(row.problem(&reason));
                continue;
            }
            let i = self.places.len();
            let forms = std::iter::once(place.name).chain(place.variants.iter().copied());
            for form in forms {
                if let Err(other) = self.place_index.insert(form, i) {
                    let other = self.places.get(other).map_or("?", |p| p.name);
                    self.problems
                        .push(row.problem(&format!("`{form}` already names {other}")));
                }
            }
            self.places.push(place);
            lines.push(row.line);
        }
        // Regions can come after their cities, so admins are checked once all are in.
        for (place, line) in self.places.iter().zip(&lines) {
            if let Some(admin) = place.admin {
                if self.admin_of(place).is_none() {
                    self.problems.push(format!(
                        "{}:{line}: admin `{admin}` is not a region of {}",
                        PLACES.file, place.country
                    ));
                }
            }
        }
    }
}

/// Forms of names, indexed for lookup.
#[derive(Default)]
struct FormIndex {
    /// Forms without lowercase letters (acronyms, "U.S."), by [`tidy`]: case kept.
    exact: HashMap<String, usize>,
    /// Every other form, by [`keys`]: case, accents and hyphens dropped.
    loose: HashMap<String, usize>,
    /// The [`push_letters`] of every key in `exact` and `loose`.
    ///
    /// PERF: a query can find an entry only if its letters are those of a key, and the
    /// letters cost one pass and one allocation where [`tidy`], [`tidy_key`] and [`fold`]
    /// cost several; most queries (every phrase of a text tried as a title) find nothing.
    letters: HashSet<String>,
}

impl FormIndex {
    /// Indexes `form` as entry `i`; `Err` with the other entry when a key is taken by
    /// one. A form listed twice for the same entry is fine.
    fn insert(&mut self, form: &str, i: usize) -> Result<(), usize> {
        if is_acronym_like(form) {
            let key = tidy(form);
            self.letters.insert(letters_of(&key));
            return claim(&mut self.exact, key, i);
        }
        let mut taken = Ok(());
        for key in keys(form) {
            self.letters.insert(letters_of(&key));
            if let Err(other) = claim(&mut self.loose, key, i) {
                taken = Err(other);
            }
        }
        taken
    }

    fn get(&self, query: &str) -> Option<usize> {
        // [`tidy`] drops a leading "the", which the letters would keep.
        let article = query
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if !article && !self.may_hold(&letters_of(query)) {
            return None;
        }
        let tidied = tidy(query);
        if let Some(&i) = self.exact.get(&tidied) {
            return Some(i);
        }
        // An all-caps query that is not an acronym may still be a name in capitals
        // ("UNITED NATIONS"); the loose index holds no acronyms, so "WHO" cannot reach
        // "who" here.
        let key = tidy_key(&tidied);
        self.loose
            .get(&key)
            .or_else(|| self.loose.get(&fold(&key)))
            .copied()
    }
}

impl FormIndex {
    /// Whether a query whose [`push_letters`] are `letters` may find an entry: `false` means
    /// it finds none, unless it starts with the word "the".
    fn may_hold(&self, letters: &str) -> bool {
        self.letters.contains(letters)
    }
}

/// Appends the letters and digits of `s` to `out`, lowercase and without accents, so that
/// every spelling [`tidy`], [`tidy_key`] and [`fold`] take as one key has the same
/// letters: case, accents, spacing, hyphens and apostrophes are not letters.
pub(crate) fn push_letters(out: &mut String, s: &str) {
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
            continue;
        }
        for l in c.to_lowercase() {
            // A final sigma is a sigma: `str::to_lowercase` picks one by position.
            let l = if l == 'ς' { 'σ' } else { l };
            match fold_lower(l) {
                Some(plain) => out.push_str(plain),
                None if l.is_alphanumeric() => out.push(l),
                None => {}
            }
        }
    }
}

/// [`push_letters`] into a new string.
fn letters_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_letters(&mut out, s);
    out
}

/// Inserts `key → i` unless another entry holds `key`.
fn claim(map: &mut HashMap<String, usize>, key: String, i: usize) -> Result<(), usize> {
    if key.is_empty() {
        return Ok(());
    }
    match map.get(&key) {
        Some(&other) if other != i => Err(other),
        Some(_) => Ok(()),
        None => {
            map.insert(key, i);
            Ok(())
        }
    }
}

/// What a scanned form stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Country(usize),
    Org(usize),
    /// A stoplist phrase: matched so that the name inside it is not, then dropped.
    Stop,
}

/// The one-pass matcher over every country and organisation form.
///
/// PERF: one leftmost-first alternation of plain literals, longest first. The regex crate
/// compiles a literal alternation into a trie-shaped automaton and runs it with its lazy
/// DFA, so a scan costs about the same per byte whatever the number of names. Case and
/// punctuation variants are spelled out as literals rather than written as classes or
/// `(?i)`, which would defeat that. The trailing word boundary is checked in Rust
/// (`on_word_boundaries`), since some forms end in punctuation ("U.S.", "(Malvinas)").
/// Measured (2025, `scan_speed`, release, the 2.4 MB dev corpus ×20 on a busy 2-core
/// machine): about 5,900 literals, built in 0.15–0.3 s, scanning at 170–290 MB/s; without
/// the leading ASCII `\b` the same scan ran at 170 MB/s at best.
struct Scanner {
    regex: Option<Regex>,
    /// How many literals the pattern holds (for the speed test's report).
    literals: usize,
    /// Acronym-like literals, by [`tidy`].
    exact: HashMap<String, Target>,
    /// Other literals, by [`tidy_key`].
    loose: HashMap<String, Target>,
    problems: Vec<String>,
}

impl Scanner {
    fn build(g: &Gazetteer) -> Scanner {
        let mut s = Scanner {
            regex: None,
            literals: 0,
            exact: HashMap::new(),
            loose: HashMap::new(),
            problems: Vec::new(),
        };
        let mut literals: HashSet<String> = HashSet::new();
        // Written forms first, so that a derived form never displaces one.
        let mut forms: Vec<(&str, Target, bool)> = Vec::new();
        for (i, c) in g.countries.iter().enumerate() {
            forms.push((c.name, Target::Country(i), false));
            forms.extend(c.variants.iter().map(|v| (*v, Target::Country(i), false)));
        }
        for (i, o) in g.orgs.iter().enumerate() {
            forms.push((o.name, Target::Org(i), false));
            forms.extend(o.acronym.map(|a| (a, Target::Org(i), false)));
            forms.extend(o.variants.iter().map(|v| (*v, Target::Org(i), false)));
        }
        forms.extend(g.stoplist.iter().map(|p| (*p, Target::Stop, false)));
        forms.extend(
            g.org_derived
                .iter()
                .map(|(f, i)| (f.as_str(), Target::Org(*i), true)),
        );

        for (form, target, derived) in forms {
            let acronym = is_acronym_like(form);
            let base = scan_base(form);
            let literals_of_form = if acronym {
                apostrophe_forms(&base)
            } else {
                case_forms(&base)
                    .iter()
                    .flat_map(|f| hyphen_forms(f))
                    .flat_map(|f| apostrophe_forms(&f))
                    .collect()
            };
            let mut kept = Vec::new();
            let mut clash = None;
            for literal in literals_of_form {
                let (map, key) = if acronym {
                    (&s.exact, tidy(&literal))
                } else {
                    (&s.loose, tidy_key(&literal))
                };
                // A literal in capitals resolves through the acronym map first (`target`),
                // so a name in capitals ("CHAD") must not be another entry's acronym.
                let shadowed = if acronym {
                    s.loose.get(&tidy_key(&literal))
                } else if is_acronym_like(&literal) {
                    s.exact.get(&tidy(&literal))
                } else {
                    None
                };
                match map.get(&key).or(shadowed) {
                    Some(&other) if other != target => clash = Some(other),
                    _ => kept.push((acronym, key, literal)),
                }
            }
            if let Some(other) = clash {
                if !derived {
                    s.problems.push(format!(
                        "scanner: `{form}` ({}) clashes with {}",
                        g.describe(target),
                        g.describe(other)
                    ));
                }
                continue;
            }
            for (acronym, key, literal) in kept {
                let map = if acronym { &mut s.exact } else { &mut s.loose };
                map.insert(key, target);
                literals.insert(literal);
            }
        }

        s.literals = literals.len();
        match literal_regex(literals) {
            Ok(re) => s.regex = Some(re),
            Err(e) => s
                .problems
                .push(format!("scanner: the name pattern does not compile: {e}")),
        }
        s
    }

    fn target(&self, matched: &str) -> Option<Target> {
        if is_acronym_like(matched) {
            if let Some(&t) = self.exact.get(&tidy(matched)) {
                return Some(t);
            }
        }
        self.loose.get(&tidy_key(matched)).copied()
    }
}

impl Gazetteer {
    fn describe(&self, target: Target) -> String {
        match target {
            Target::Country(i) => {
                format!("country {}", self.countries.get(i).map_or("?", |c| c.name))
            }
            Target::Org(i) => format!("organisation {}", self.orgs.get(i).map_or("?", |o| o.name)),
            Target::Stop => "a stoplist phrase".to_owned(),
        }
    }
}

/// What a place-scanner literal stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PlaceTarget {
    Place(usize),
    /// A country name: matched so that a place inside it ("Bissau" in "Guinea-Bissau") is
    /// not, then dropped.
    Stop,
}

/// A place-scanner literal's meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PlaceLiteral {
    target: PlaceTarget,
    /// A postal code or dotted region abbreviation, reported only after a comma or a
    /// party letter.
    after_comma_only: bool,
}

/// The one-pass matcher over every place form, built like [`Scanner`] and kept apart from
/// it so that organisation and country hits are never places.
///
/// PERF: the same literal alternation as [`Scanner`]. Measured (2025, `scan_places_speed`,
/// release, the 2.4 MB dev corpus ×20, 2 cores at load 4): about 11,900 literals, built in
/// 0.15–0.4 s, scanning at 118–152 MB/s, where `scan_speed` gave 122–185 MB/s in the same
/// runs. Looking matches up by their normalised key instead cost about a fifth of that.
struct PlaceScanner {
    regex: Option<Regex>,
    literals: usize,
    /// Every literal as spelt in the pattern. PERF: a match is always one of them, so it is
    /// looked up as matched, without normalising (which allocated on every match).
    by_literal: HashMap<String, PlaceLiteral>,
    problems: Vec<String>,
}

impl PlaceScanner {
    fn build(g: &Gazetteer) -> PlaceScanner {
        let mut s = PlaceScanner {
            regex: None,
            literals: 0,
            by_literal: HashMap::new(),
            problems: Vec::new(),
        };
        // Normalised keys, to find forms of different places that read the same: acronym-
        // like literals ("CA", "N.Y.") by `tidy`, others by `tidy_key`.
        let mut exact: HashMap<String, PlaceTarget> = HashMap::new();
        let mut loose: HashMap<String, PlaceTarget> = HashMap::new();
        let mut forms: Vec<(&str, PlaceLiteral)> = Vec::new();
        for (i, p) in g.places.iter().enumerate() {
            let target = PlaceTarget::Place(i);
            forms.push((
                p.name,
                PlaceLiteral {
                    target,
                    after_comma_only: false,
                },
            ));
            for v in &p.variants {
                let after_comma_only = p.kind == PlaceKind::Region && is_region_abbreviation(v);
                forms.push((
                    v,
                    PlaceLiteral {
                        target,
                        after_comma_only,
                    },
                ));
            }
        }
        // Places first, so that a country form never displaces one ("Georgia", the state).
        let stop = PlaceLiteral {
            target: PlaceTarget::Stop,
            after_comma_only: false,
        };
        for c in &g.countries {
            let names = std::iter::once(c.name).chain(c.variants.iter().copied());
            // Acronyms ("DRC") hold no place name, so they need no stop.
            forms.extend(names.filter(|n| !is_acronym_like(n)).map(|n| (n, stop)));
        }

        for (form, meaning) in forms {
            let mut kept = Vec::new();
            let mut clash = None;
            for literal in place_literals(form) {
                let acronym = is_acronym_like(&literal);
                let (map, key) = if acronym {
                    (&exact, tidy(&literal))
                } else {
                    (&loose, tidy_key(&literal))
                };
                // The same spelling can come from two keys ("OSAKA" the name in capitals and
                // an acronym "OSAKA"): the literal must not be taken either.
                let spelt = s.by_literal.get(&literal).map(|l| l.target);
                match map.get(&key).copied().or(spelt) {
                    Some(other) if other != meaning.target => clash = Some(other),
                    _ => kept.push((acronym, key, literal)),
                }
            }
            match (clash, meaning.target) {
                (Some(_), PlaceTarget::Stop) => continue,
                (Some(other), PlaceTarget::Place(i)) => {
                    let name = |t: PlaceTarget| match t {
                        PlaceTarget::Place(j) => g.places.get(j).map_or("?", |p| p.name),
                        PlaceTarget::Stop => "a country",
                    };
                    s.problems.push(format!(
                        "scanner: place `{form}` ({}) clashes with {}",
                        name(PlaceTarget::Place(i)),
                        name(other)
                    ));
                    continue;
                }
                (None, _) => {}
            }
            for (acronym, key, literal) in kept {
                let map = if acronym { &mut exact } else { &mut loose };
                map.insert(key, meaning.target);
                let entry = s.by_literal.entry(literal).or_insert(meaning);
                // One free form of a literal makes it free.
                entry.after_comma_only &= meaning.after_comma_only;
            }
        }

        s.literals = s.by_literal.len();
        match literal_regex(s.by_literal.keys().cloned().collect()) {
            Ok(re) => s.regex = Some(re),
            Err(e) => s
                .problems
                .push(format!("scanner: the place pattern does not compile: {e}")),
        }
        s
    }

    fn literal(&self, matched: &str) -> Option<PlaceLiteral> {
        self.by_literal.get(matched).copied()
    }
}

/// The literals the place scanner matches for one form: as written, with a capital first
/// letter, in title case and (for names of four letters or more, which are not acronyms)
/// in capitals, each with and without accents, hyphens and a leading "The".
fn place_literals(form: &str) -> Vec<String> {
    let mut base = form.split_whitespace().collect::<Vec<_>>().join(" ");
    base = base.replace(['\u{2019}', '\u{2018}'], "'");
    if is_acronym_like(&base) {
        return apostrophe_forms(&base);
    }
    let short = base.chars().filter(|c| c.is_alphabetic()).count() < 4;
    let mut bases = vec![base.clone()];
    // "The Hague" is also written "the Hague": the name is matched without it as well.
    if let Some(rest) = base.strip_prefix("The ").filter(|r| !r.is_empty()) {
        bases.push(rest.to_owned());
    }
    let mut out = Vec::new();
    for b in &bases {
        for f in case_forms(b) {
            if short && is_acronym_like(&f) {
                continue;
            }
            for h in hyphen_forms(&f) {
                out.extend(apostrophe_forms(&h));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether a region's variant is a postal code ("CA", "ON") or a dotted abbreviation
/// ("Calif.", "N.Y.", "W. Va."): alone these are words ("IN", "OR", "Miss.") or other
/// acronyms ("PA", "MD").
fn is_region_abbreviation(variant: &str) -> bool {
    let postal = variant.len() == 2 && variant.bytes().all(|b| b.is_ascii_uppercase());
    postal || (variant.ends_with('.') && variant.len() <= 7)
}

impl Gazetteer {
    /// Whether a region abbreviation at `text[start..end]` follows a place and a comma
    /// ("San Diego, Calif.", "Kearney, NE 68845") or a party letter ("(D-Calif.)").
    /// Not after a country ("ABB Korea, SK, and KT": a company) nor closing a bracket of
    /// capitals ("(EPP, DE)": a party group and a member State).
    fn abbreviation_in_context(&self, text: &str, start: usize, end: usize) -> bool {
        let before = text.get(..start).unwrap_or("");
        if let Some(rest) = before.strip_suffix('-') {
            let mut back = rest.chars().rev();
            return back.next().is_some_and(|c| c.is_ascii_uppercase())
                && !back.next().is_some_and(char::is_alphanumeric);
        }
        let Some(rest) = before.trim_end().strip_suffix(',') else {
            return false;
        };
        if !rest.ends_with(|c: char| c.is_alphanumeric() || c == '.' || c == ')') {
            return false;
        }
        let words: Vec<&str> = rest.split_whitespace().rev().take(2).collect();
        let last_one = words.first().copied().unwrap_or("");
        let last_two = words.iter().rev().copied().collect::<Vec<_>>().join(" ");
        if self.country(last_one).is_some() || self.country(&last_two).is_some() {
            return false;
        }
        let closes_bracket = text
            .get(end..)
            .is_some_and(|t| t.trim_start().starts_with(')'));
        let opened = rest.rfind('(').and_then(|i| rest.get(i + 1..));
        !(closes_bracket && opened.is_some_and(|o| !o.chars().any(char::is_lowercase)))
    }
}

/// Whether a matched form is the place's bare name, in any case, with or without accents
/// and with "St.", "St" or "Saint", rather than a qualified variant ("Jackson, Mississippi").
fn is_bare_name(matched: &str, name: &str) -> bool {
    let key = |s: &str| {
        fold(&tidy_key(s))
            .split(' ')
            .map(|w| {
                if matches!(w, "saint" | "st." | "st") {
                    "st"
                } else {
                    w
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    key(matched) == key(name)
}

/// The pattern [`Scanner`] and [`PlaceScanner`] run: every literal, longest first.
fn literal_regex(literals: HashSet<String>) -> Result<Regex, regex::Error> {
    let mut literals: Vec<String> = literals.into_iter().collect();
    // Longest first: with leftmost-first semantics the longest form starting at a
    // position wins ("Republic of Korea" before "Korea").
    literals.sort_by(|a, b| {
        b.chars()
            .count()
            .cmp(&a.chars().count())
            .then_with(|| a.cmp(b))
    });
    let (word_start, other_start): (Vec<&String>, Vec<&String>) = literals
        .iter()
        .partition(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphanumeric()));
    let alternation = |ls: &[&String]| {
        ls.iter()
            .map(|l| regex::escape(l))
            .collect::<Vec<_>>()
            .join("|")
    };
    // The ASCII boundary lets the DFA skip matches inside words cheaply; forms that
    // start with a non-ASCII letter ("Åland") are checked in Rust instead.
    let mut pattern = format!(r"(?-u:\b)(?:{})", alternation(&word_start));
    if !other_start.is_empty() {
        pattern.push_str(&format!("|(?:{})", alternation(&other_start)));
    }
    RegexBuilder::new(&pattern)
        .size_limit(256 << 20)
        .dfa_size_limit(64 << 20)
        .build()
}

/// Whether `text[start..end]` does not continue a word on either side. Only edges that are
/// letters or digits need a boundary: "U.S." may be followed by anything. `_` counts as a
/// letter, so handles such as "@EP_Industry" are not names.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let Some(matched) = text.get(start..end) else {
        return false;
    };
    let word = |c: char| c.is_alphanumeric() || c == '_';
    let first = matched.chars().next();
    let last = matched.chars().next_back();
    let before = text.get(..start).and_then(|t| t.chars().next_back());
    let after = text.get(end..).and_then(|t| t.chars().next());
    let joins = |edge: Option<char>, neighbour: Option<char>| {
        edge.is_some_and(word) && neighbour.is_some_and(word)
    };
    !joins(first, before) && !joins(last, after)
}

/// Whether a hit is a capitalised month abbreviation inside a date ("6 OCT 2020", "OCT. 5"):
/// OCT is also the UN Office of Counter-Terrorism.
fn is_month_in_date(text: &str, start: usize, end: usize) -> bool {
    const MONTHS: [&str; 12] = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ];
    if !text.get(start..end).is_some_and(|m| MONTHS.contains(&m)) {
        return false;
    }
    let before = text.get(..start).unwrap_or("").trim_end();
    let after = text.get(end..).unwrap_or("");
    let after = after.strip_prefix('.').unwrap_or(after).trim_start();
    before.ends_with(|c: char| c.is_ascii_digit())
        || after.starts_with(|c: char| c.is_ascii_digit())
}

/// A data row and where it came from.
struct Row {
    file: &'static str,
    line: usize,
    fields: Vec<&'static str>,
}

impl Row {
    fn problem(&self, reason: &str) -> String {
        format!("{}:{}: {reason}", self.file, self.line)
    }
}

/// The data rows of a TSV file whose header is `header`. Rows with the wrong number of
/// fields or stray spaces are reported in `problems` and left out.
fn rows(source: &Source, header: &[&str], problems: &mut Vec<String>) -> Vec<Row> {
    let mut out = Vec::new();
    let mut seen_header = false;
    for (n, raw) in source.text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let row = Row {
            file: source.file,
            line: n + 1,
            fields: line.split('\t').collect(),
        };
        if !seen_header {
            seen_header = true;
            if row.fields != header {
                problems.push(row.problem(&format!("header is not `{}`", header.join("\\t"))));
                return out;
            }
            continue;
        }
        if row.fields.len() != header.len() {
            let reason = format!("{} fields, expected {}", row.fields.len(), header.len());
            problems.push(row.problem(&reason));
            continue;
        }
        if let Some(f) = row.fields.iter().find(|f| f.trim() != **f) {
            problems.push(row.problem(&format!("field `{f}` has spaces around it")));
            continue;
        }
        out.push(row);
    }
    if !seen_header {
        problems.push(format!("{}: no header line", source.file));
    }
    out
}

fn parse_country(fields: &[&'static str]) -> Result<Country, String> {
    let [code, name, variants, adjectives, iso3] = *fields else {
        return Err("wrong number of fields".to_owned());
    };
    Ok(Country {
        code: upper_code(code, 2).ok_or_else(|| format!("`{code}` is not an alpha-2 code"))?,
        name: required(name, "name")?,
        variants: list(variants)?,
        adjectives: list(adjectives)?,
        iso3: upper_code(iso3, 3).ok_or_else(|| format!("`{iso3}` is not an alpha-3 code"))?,
    })
}

/// An organisation row: `name, acronym, variants, kind`, with `country` in
/// `national_bodies.tsv`.
fn parse_org(fields: &[&'static str]) -> Result<OrgEntry, String> {
    let (name, acronym, variants, kind, country) = match *fields {
        [name, acronym, variants, kind] => (name, acronym, variants, kind, None),
        [name, acronym, variants, kind, country] => {
            let code = upper_code(country, 2)
                .ok_or_else(|| format!("`{country}` is not an alpha-2 code"))?;
            (name, acronym, variants, kind, Some(code))
        }
        _ => return Err("wrong number of fields".to_owned()),
    };
    Ok(OrgEntry {
        name: required(name, "name")?,
        acronym: (!acronym.is_empty()).then_some(acronym),
        variants: list(variants)?,
        kind: org_kind(kind)?,
        country,
    })
}

fn parse_title(fields: &[&'static str]) -> Result<TitleEntry, String> {
    let [title, aliases, domain, rank_only] = *fields else {
        return Err("wrong number of fields".to_owned());
    };
    Ok(TitleEntry {
        title: required(title, "title")?,
        aliases: list(aliases)?,
        domain: TitleDomain::ALL
            .into_iter()
            .find(|d| d.as_str() == domain)
            .ok_or_else(|| format!("unknown domain `{domain}`"))?,
        rank_only: yes_no(rank_only)?,
    })
}

fn parse_place(fields: &[&'static str], ambiguous: bool) -> Result<Place, String> {
    let [name, country, kind, variants, admin] = *fields else {
        return Err("wrong number of fields".to_owned());
    };
    Ok(Place {
        name: required(name, "name")?,
        country: upper_code(country, 2)
            .ok_or_else(|| format!("`{country}` is not an alpha-2 code"))?,
        kind: PlaceKind::ALL
            .into_iter()
            .find(|k| k.as_str() == kind)
            .ok_or_else(|| format!("unknown place kind `{kind}`"))?,
        admin: (!admin.is_empty()).then_some(admin),
        variants: list(variants)?,
        ambiguous,
    })
}

/// The line number of the first line of `source` that is exactly `marker`.
fn marker_line(source: &Source, marker: &str) -> Option<usize> {
    source
        .text
        .lines()
        .position(|l| l.trim() == marker)
        .map(|n| n + 1)
}

fn parse_org_word(fields: &[&'static str]) -> Result<OrgWord, String> {
    let [word, position, kind, ambiguous] = *fields else {
        return Err("wrong number of fields".to_owned());
    };
    let position = match list(position)?[..] {
        ["head"] => Position::Head,
        ["lead"] => Position::Lead,
        ["head", "lead"] | ["lead", "head"] => Position::Both,
        _ => {
            return Err(format!(
                "position `{position}` is not head, lead or head|lead"
            ))
        }
    };
    Ok(OrgWord {
        word: required(word, "word")?,
        position,
        kind: org_kind(kind)?,
        ambiguous: yes_no(ambiguous)?,
    })
}

fn required(field: &'static str, what: &str) -> Result<&'static str, String> {
    if field.is_empty() {
        Err(format!("{what} is empty"))
    } else {
        Ok(field)
    }
}

/// A `|`-separated list; an empty field is an empty list.
fn list(field: &'static str) -> Result<Vec<&'static str>, String> {
    if field.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&'static str> = field.split('|').collect();
    match items.iter().find(|i| i.is_empty() || i.trim() != **i) {
        Some(bad) => Err(format!(
            "list `{field}` has an empty or padded item `{bad}`"
        )),
        None => Ok(items),
    }
}

fn yes_no(field: &str) -> Result<bool, String> {
    match field {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(format!("`{field}` is not yes or no")),
    }
}

fn org_kind(field: &str) -> Result<OrganisationKind, String> {
    const KINDS: [OrganisationKind; 9] = [
        OrganisationKind::UnEntity,
        OrganisationKind::Intergovernmental,
        OrganisationKind::Government,
        OrganisationKind::PermanentMission,
        OrganisationKind::Ngo,
        OrganisationKind::Company,
        OrganisationKind::Academic,
        OrganisationKind::Media,
        OrganisationKind::Other,
    ];
    KINDS
        .into_iter()
        .find(|k| k.as_str() == field)
        .ok_or_else(|| format!("unknown organisation kind `{field}`"))
}

/// `field` when it is `len` ASCII capital letters.
fn upper_code(field: &'static str, len: usize) -> Option<&'static str> {
    (field.len() == len && field.bytes().all(|b| b.is_ascii_uppercase())).then_some(field)
}

/// Whether a form is written without lowercase letters ("WHO", "U.S.", "UN-OHRLLS", "G20"):
/// such forms match only with their own case.
fn is_acronym_like(s: &str) -> bool {
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

/// Spacing collapsed, curly apostrophes made straight, hyphen-like dashes made `-`, and a
/// leading "the " dropped; case and accents kept.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => '-',
            c => c,
        }));
    }
    // "The Gambia", "the Netherlands": the article is optional everywhere.
    match out.get(..4) {
        Some(article) if article.eq_ignore_ascii_case("the ") && out.len() > 4 => {
            out.drain(..4);
        }
        _ => {}
    }
    out
}

/// The loose key of a form: [`tidy`], lowercase, hyphens read as spaces ("Guinea-Bissau"
/// and "Guinea Bissau" are one key).
fn tidy_key(s: &str) -> String {
    let lower = tidy(s).to_lowercase().replace('-', " ");
    lower.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every loose key of a form: with and without accents, and with hyphens closed up as
/// well as opened ("Co-operation" is also "cooperation").
fn keys(form: &str) -> Vec<String> {
    let key = tidy_key(form);
    let mut out = vec![fold(&key), key];
    let tidied = tidy(form);
    if tidied.contains('-') {
        let joined = tidy_key(&tidied.replace('-', ""));
        out.push(fold(&joined));
        out.push(joined);
    }
    out.dedup();
    out
}

/// `s` without accents on Latin letters ("Côte" → "Cote", "Türkiye" → "Turkiye"), case kept.
fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
            continue;
        }
        let lower = c.to_lowercase().next().unwrap_or(c);
        match fold_lower(lower) {
            Some(plain) if c.is_uppercase() => out.push_str(&plain.to_uppercase()),
            Some(plain) => out.push_str(plain),
            None => out.push(c),
        }
    }
    out
}

/// The plain letters for an accented lowercase Latin letter.
fn fold_lower(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' | 'ĉ' | 'ċ' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' | 'ĝ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// The spellings of a name the scanner accepts: as written, with a capital first letter,
/// in title case, in capitals, each with and without accents. Never in lowercase: "united
/// nations" in running text is not the name.
fn case_forms(form: &str) -> Vec<String> {
    let mut first_upper = String::with_capacity(form.len());
    let mut chars = form.chars();
    if let Some(c) = chars.next() {
        first_upper.extend(c.to_uppercase());
        first_upper.push_str(chars.as_str());
    }
    let mut title = String::with_capacity(form.len());
    let mut at_word_start = true;
    for c in form.chars() {
        if at_word_start {
            title.extend(c.to_uppercase());
        } else {
            title.push(c);
        }
        at_word_start = c == ' ' || c == '-' || c == '/' || c == '(';
    }
    let mut out = vec![form.to_owned(), first_upper, title, form.to_uppercase()];
    let folded: Vec<String> = out.iter().map(|f| fold(f)).collect();
    out.extend(folded);
    out.sort();
    out.dedup();
    out
}

/// A form as the scanner spells it: spacing collapsed, apostrophes straight, a leading
/// "the " dropped; dashes kept as written ("UNICEF Innocenti – Global Office …").
fn scan_base(form: &str) -> String {
    let mut out = form.split_whitespace().collect::<Vec<_>>().join(" ");
    out = out.replace(['\u{2019}', '\u{2018}'], "'");
    match out.get(..4) {
        Some(article) if article.eq_ignore_ascii_case("the ") && out.len() > 4 => out.split_off(4),
        _ => out,
    }
}

/// A name with its hyphens as written, as spaces and closed up ("Counter-Terrorism",
/// "Counter Terrorism", "Counterterrorism"). All hyphens of a form vary together, which
/// keeps the count small.
fn hyphen_forms(form: &str) -> Vec<String> {
    if form.contains('-') {
        vec![
            form.to_owned(),
            form.replace('-', " "),
            form.replace('-', ""),
        ]
    } else {
        vec![form.to_owned()]
    }
}

/// A literal with a straight and with a curly apostrophe.
fn apostrophe_forms(form: &str) -> Vec<String> {
    if form.contains('\'') {
        vec![form.to_owned(), form.replace('\'', "\u{2019}")]
    } else {
        vec![form.to_owned()]
    }
}

/// The forms the data implies but does not list: "UN …" and "U.N. …" for "United Nations
/// …", and the other English spelling ("Organisation", "Programme", "Centre", "Labour",
/// "Defence" and their American twins).
fn derived_forms(form: &str) -> Vec<String> {
    const SPELLINGS: [(&str, &str); 5] = [
        ("Organisation", "Organization"),
        ("Programme", "Program"),
        ("Centre", "Center"),
        ("Labour", "Labor"),
        ("Defence", "Defense"),
    ];
    let swap = |s: &str, british: bool| {
        s.split(' ')
            .map(|w| {
                let pair = SPELLINGS
                    .iter()
                    .find(|(uk, us)| w == if british { *us } else { *uk });
                match pair {
                    Some((uk, us)) => {
                        if british {
                            *uk
                        } else {
                            *us
                        }
                    }
                    None => w,
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut spellings = vec![form.to_owned(), swap(form, true), swap(form, false)];
    spellings.dedup();
    let mut out = Vec::new();
    for s in spellings {
        if let Some(rest) = s.strip_prefix("United Nations ") {
            out.push(format!("UN {rest}"));
            out.push(format!("U.N. {rest}"));
        }
        if s != form {
            out.push(s);
        }
    }
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g() -> &'static Gazetteer {
        &GAZETTEER
    }

    #[test]
    fn every_row_parses() {
        let problems = g().problems();
        assert!(
            problems.is_empty(),
            "gazetteer problems:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn malformed_rows_are_reported_with_file_and_line() {
        let source = Source {
            file: "bad.tsv",
            text: "# comment\nname\tkind\nA\tb\nonly-one\nC\t d\n\nE\tf\r\n",
        };
        let mut problems = Vec::new();
        let got = rows(&source, &["name", "kind"], &mut problems);
        assert_eq!(got.iter().map(|r| r.line).collect::<Vec<_>>(), [3, 7]);
        assert_eq!(
            problems,
            [
                "bad.tsv:4: 1 fields, expected 2",
                "bad.tsv:5: field ` d` has spaces around it"
            ]
        );
        let mut problems = Vec::new();
        assert!(rows(&source, &["name", "type"], &mut problems).is_empty());
        assert_eq!(problems, ["bad.tsv:2: header is not `name\\ttype`"]);
        assert!(list("a||b").is_err());
        assert_eq!(list(""), Ok(vec![]));
        assert!(parse_country(&["K", "Kenya", "", "", "KEN"]).is_err());
        assert!(parse_org_word(&["Office", "middle", "government", "no"]).is_err());
    }

    #[test]
    fn coverage() {
        let members = g()
            .countries
            .iter()
            .position(|c| c.code == "VA")
            .unwrap_or(0);
        assert_eq!(
            members, 193,
            "UN Member States come first, then the Holy See"
        );
        assert!(g().country_by_code("PS").is_some());
        let un = g()
            .orgs
            .iter()
            .filter(|o| o.kind == OrganisationKind::UnEntity)
            .count();
        assert!(un >= 250, "{un} UN system entities");
        assert!(g().titles.len() >= 300, "{} titles", g().titles.len());
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
        let national: Vec<&OrgEntry> = g().orgs.iter().filter(|o| o.country.is_some()).collect();
        assert!(national.len() >= 400, "{} national bodies", national.len());
        for o in &national {
            let code = o.country.unwrap_or("");
            assert!(
                g().country_by_code(code).is_some_and(|c| c.code == code),
                "{}: {code}",
                o.name
            );
        }
        assert!(parse_org(&["FBI", "", "", "government", "USA"]).is_err());
        assert!(parse_org(&["FBI", "", "", "government", "us"]).is_err());
        assert_eq!(
            parse_org(&["FBI", "", "", "government", "US"]).map(|o| o.country),
            Ok(Some("US"))
        );
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
    fn scan_longest_first() {
        assert_eq!(
            hits(
                "The Democratic Republic of the Congo and the Congo met in the Republic of Korea."
            ),
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
        for p in &g().places {
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
        for p in &g().places {
            *by_kind.entry(p.kind.as_str()).or_default() += 1;
        }
        assert!(
            by_kind.get("city").copied().unwrap_or(0) >= 1500,
            "{by_kind:?}"
        );
        assert!(
            by_kind.get("county").copied().unwrap_or(0) >= 300,
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
        let members = g().countries.iter().take(195);
        let missing: Vec<&str> = members
            .filter(|c| !without.contains(&c.code))
            .filter(|c| !g().places.iter().any(|p| p.country == c.code))
            .map(|c| c.name)
            .collect();
        assert!(missing.is_empty(), "no place in {missing:?}");
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

    #[test]
    fn malformed_place_rows_are_rejected() {
        assert!(parse_place(&["Doha", "QAT", "city", "", ""], false).is_err());
        assert!(parse_place(&["Doha", "QA", "town", "", ""], false).is_err());
        assert!(parse_place(&["", "QA", "city", "", ""], false).is_err());
        assert!(parse_place(&["Doha", "QA", "city", "a||b", ""], false).is_err());
        assert!(parse_place(&["Doha", "QA", "city"], false).is_err());
        assert_eq!(
            parse_place(&["Doha", "QA", "city", "", ""], true).map(|p| p.ambiguous),
            Ok(true)
        );
        let source = Source {
            file: "x.tsv",
            text: "a\n# ambiguous\r\nb\n",
        };
        assert_eq!(marker_line(&source, AMBIGUOUS_MARKER), Some(2));
    }

    /// Scanning speed on the dev corpus. Run with
    /// `cargo test --release -- --ignored scan_speed --nocapture`.
    #[test]
    #[ignore = "a measurement, for release builds"]
    fn scan_speed() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/docs");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipping: {} is not here", dir.display());
            return;
        };
        let mut text = String::new();
        for entry in entries.flatten() {
            if let Ok(s) = std::fs::read_to_string(entry.path()) {
                text.push_str(&s);
                text.push('\n');
            }
        }
        let started = std::time::Instant::now();
        let _ = GAZETTEER.scanner();
        eprintln!(
            "scanner built in {:?}: {} literals",
            started.elapsed(),
            GAZETTEER.scanner().literals
        );
        let rounds = 20;
        let started = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..rounds {
            n += GAZETTEER.scan(&text).count();
        }
        let secs = started.elapsed().as_secs_f64();
        let mb = (text.len() * rounds) as f64 / 1e6;
        eprintln!("{n} hits in {mb:.1} MB: {:.0} MB/s", mb / secs);
    }

    /// Place-scanning speed on the dev corpus. Run with
    /// `cargo test --release -- --ignored scan_places_speed --nocapture`.
    #[test]
    #[ignore = "a measurement, for release builds"]
    fn scan_places_speed() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/dev/docs");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            eprintln!("skipping: {} is not here", dir.display());
            return;
        };
        let mut text = String::new();
        for entry in entries.flatten() {
            if let Ok(s) = std::fs::read_to_string(entry.path()) {
                text.push_str(&s);
                text.push('\n');
            }
        }
        let started = std::time::Instant::now();
        let _ = GAZETTEER.place_scanner();
        eprintln!(
            "place scanner built in {:?}: {} literals",
            started.elapsed(),
            GAZETTEER.place_scanner().literals
        );
        let rounds = 20;
        let started = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..rounds {
            n += GAZETTEER.scan_places(&text).count();
        }
        let secs = started.elapsed().as_secs_f64();
        let mb = (text.len() * rounds) as f64 / 1e6;
        eprintln!("{n} place hits in {mb:.1} MB: {:.0} MB/s", mb / secs);
    }
}
