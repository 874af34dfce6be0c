//! Reading the gazetteer files: rows, entries, their look-up keys and the literals the
//! scanners match. Runs in the build script (`build/gazetteer/mod.rs` renders the result
//! as static tables); the crate's tests include it too, to test the row checks.
//!
//! Every problem is recorded as `file:line: reason`; the build fails on any, so a bad row
//! cannot be silently lost. Derived forms that clash are dropped without a problem: they
//! are the loader's guesses, not the data's.

use std::collections::{BTreeMap, BTreeSet};

use super::forms::{fold, is_acronym_like, letters_of, lookup, tidy, tidy_key};
use super::literals::derived_forms;

/// One data file.
pub(crate) struct Source<'a> {
    pub file: &'a str,
    pub text: &'a str,
}

/// The comment line in `places.tsv` after which every row is ambiguous.
pub(crate) const AMBIGUOUS_MARKER: &str = "# ambiguous";

/// The organisation kinds a row may name, as `OrganisationKind::as_str` writes them.
pub(crate) const ORG_KINDS: [&str; 9] = [
    "un_entity",
    "intergovernmental",
    "government",
    "permanent_mission",
    "ngo",
    "company",
    "academic",
    "media",
    "other",
];

/// The fields titles belong to, as `TitleDomain::as_str` writes them.
pub(crate) const TITLE_DOMAINS: [&str; 12] = [
    "un",
    "diplomatic",
    "government",
    "parliament",
    "judicial",
    "law_enforcement",
    "corporate",
    "academic",
    "civil_society",
    "media",
    "military",
    "religious",
];

/// The kinds of place, as `PlaceKind::as_str` writes them.
pub(crate) const PLACE_KINDS: [&str; 4] = ["city", "region", "county", "district"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Country {
    pub code: String,
    pub name: String,
    pub variants: Vec<String>,
    pub adjectives: Vec<String>,
    pub iso3: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Org {
    pub name: String,
    pub acronym: Option<String>,
    pub variants: Vec<String>,
    /// One of [`ORG_KINDS`].
    pub kind: String,
    pub country: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Title {
    pub title: String,
    pub aliases: Vec<String>,
    /// One of [`TITLE_DOMAINS`].
    pub domain: String,
    pub rank_only: bool,
}

/// Where an organisation word stands: `Head`, `Lead` or `Both` (the runtime's variants).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct OrgWord {
    pub word: String,
    pub position: &'static str,
    pub kind: String,
    pub ambiguous: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    pub name: String,
    pub country: String,
    /// One of [`PLACE_KINDS`].
    pub kind: String,
    pub admin: Option<String>,
    pub variants: Vec<String>,
    pub ambiguous: bool,
}

/// Forms of names by key, as the runtime's `FormIndex` reads them.
#[derive(Default)]
pub(crate) struct Index {
    /// Forms without lowercase letters, by [`tidy`].
    pub exact: BTreeMap<String, usize>,
    /// Every other form, by its [`keys`].
    pub loose: BTreeMap<String, usize>,
    /// The letters of every key.
    pub letters: BTreeSet<String>,
}

impl Index {
    /// Indexes `form` as entry `i`; `Err` with the other entry when a key is taken by one.
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

    pub(crate) fn get(&self, query: &str) -> Option<usize> {
        lookup(
            query,
            |l| self.letters.contains(l),
            |k| self.exact.get(k).copied(),
            |k| self.loose.get(k).copied(),
        )
    }
}

/// Inserts `key → i` unless another entry holds `key`.
fn claim(map: &mut BTreeMap<String, usize>, key: String, i: usize) -> Result<(), usize> {
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

/// What a literal of the name scanner stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Target {
    Country(usize),
    Org(usize),
    /// A stoplist phrase: matched so that the name inside it is not, then dropped.
    Stop,
}

/// What a literal of the place scanner stands for: a place (`None` for a country name,
/// matched so that a place inside it is not), and whether it counts only after a comma
/// or a party letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct PlaceLiteral {
    pub place: Option<usize>,
    pub after_comma_only: bool,
}

/// Everything the gazetteer files say, indexed.
#[derive(Default)]
pub(crate) struct Tables {
    pub countries: Vec<Country>,
    /// Alpha-2 and alpha-3 codes.
    pub country_codes: BTreeMap<String, usize>,
    pub country_index: Index,
    pub adjective_index: Index,
    pub orgs: Vec<Org>,
    pub org_index: Index,
    /// Forms the loader derives from the data ("UN Office on Drugs and Crime").
    pub org_derived: Vec<(String, usize)>,
    pub titles: Vec<Title>,
    pub title_index: Index,
    pub modifiers: Vec<String>,
    pub modifier_index: Index,
    pub org_words: Vec<OrgWord>,
    pub org_word_index: Index,
    pub stoplist: Vec<String>,
    pub places: Vec<Place>,
    pub place_index: Index,
    /// Every literal of the name scanner.
    pub scan_literals: BTreeMap<String, Target>,
    /// Every literal of the place scanner.
    pub place_literals: BTreeMap<String, PlaceLiteral>,
    /// `file:line: reason` for every row that could not be used.
    pub problems: Vec<String>,
}

/// The files, in the order the loader needs them.
pub(crate) struct Files<'a> {
    pub countries: Source<'a>,
    pub un_entities: Source<'a>,
    pub intergovernmental: Source<'a>,
    pub national_bodies: Source<'a>,
    pub titles: Source<'a>,
    pub title_modifiers: Source<'a>,
    pub org_words: Source<'a>,
    pub scan_stoplist: Source<'a>,
    pub places: Source<'a>,
}

pub(crate) fn load(files: &Files<'_>) -> Tables {
    let mut t = Tables::default();
    t.load_countries(&files.countries);
    t.load_orgs(&[
        (&files.un_entities, false),
        (&files.intergovernmental, false),
        (&files.national_bodies, true),
    ]);
    t.load_titles(&files.titles);
    t.load_modifiers(&files.title_modifiers);
    t.load_org_words(&files.org_words);
    t.load_stoplist(&files.scan_stoplist);
    t.load_places(&files.places);
    t.build_scanner();
    t.build_place_scanner();
    t
}

impl Tables {
    fn load_countries(&mut self, source: &Source<'_>) {
        let header = ["code", "name", "variants", "adjectives", "iso3"];
        for row in rows(source, &header, &mut self.problems) {
            let country = match parse_country(&row.fields) {
                Ok(c) => c,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            let i = self.countries.len();
            for code in [&country.code, &country.iso3] {
                if let Some(&other) = self.country_codes.get(code) {
                    self.problems
                        .push(row.problem(&format!("code {code} is already row {other}")));
                }
                self.country_codes.insert(code.clone(), i);
            }
            let names = std::iter::once(&country.name).chain(&country.variants);
            for form in names {
                if let Err(other) = self.country_index.insert(form, i) {
                    let other = self.countries.get(other).map_or("?", |c| &c.name);
                    self.problems
                        .push(row.problem(&format!("`{form}` already names {other}")));
                }
            }
            for adjective in &country.adjectives {
                if let Err(other) = self.adjective_index.insert(adjective, i) {
                    let other = self.countries.get(other).map_or("?", |c| &c.name);
                    let reason = format!("adjective `{adjective}` already names {other}");
                    self.problems.push(row.problem(&reason));
                }
            }
            self.countries.push(country);
        }
    }

    /// Loads the organisation files, each flagged with whether it has a `country` column;
    /// needs the countries, to check codes.
    fn load_orgs(&mut self, sources: &[(&Source<'_>, bool)]) {
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
                if let Some(code) = &entry.country {
                    if !self.country_codes.contains_key(code) {
                        let reason = format!("country `{code}` is not in countries.tsv");
                        self.problems.push(row.problem(&reason));
                        continue;
                    }
                }
                let i = self.orgs.len();
                let forms = std::iter::once(&entry.name)
                    .chain(&entry.acronym)
                    .chain(&entry.variants);
                for form in forms {
                    if let Err(other) = self.org_index.insert(form, i) {
                        let other = self.orgs.get(other).map_or("?", |o| &o.name);
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
            let written = std::iter::once(&entry.name).chain(&entry.variants);
            for form in written.flat_map(|f| derived_forms(f)) {
                if self.org_index.insert(&form, i).is_ok() {
                    self.org_derived.push((form, i));
                }
            }
        }
    }

    fn load_titles(&mut self, source: &Source<'_>) {
        let header = ["title", "aliases", "domain", "rank_only"];
        for row in rows(source, &header, &mut self.problems) {
            let entry = match parse_title(&row.fields) {
                Ok(e) => e,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            let i = self.titles.len();
            for form in std::iter::once(&entry.title).chain(&entry.aliases) {
                if let Err(other) = self.title_index.insert(form, i) {
                    let other = self.titles.get(other).map_or("?", |t| &t.title);
                    self.problems
                        .push(row.problem(&format!("`{form}` already names {other}")));
                }
            }
            self.titles.push(entry);
        }
    }

    fn load_modifiers(&mut self, source: &Source<'_>) {
        for row in rows(source, &["word"], &mut self.problems) {
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
            self.modifiers.push(word.to_owned());
        }
    }

    fn load_org_words(&mut self, source: &Source<'_>) {
        let header = ["word", "position", "kind", "ambiguous"];
        for row in rows(source, &header, &mut self.problems) {
            let entry = match parse_org_word(&row.fields) {
                Ok(e) => e,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            if let Err(other) = self
                .org_word_index
                .insert(&entry.word, self.org_words.len())
            {
                let other = self.org_words.get(other).map_or("?", |w| &w.word);
                let reason = format!("`{}` is already listed as {other}", entry.word);
                self.problems.push(row.problem(&reason));
                continue;
            }
            self.org_words.push(entry);
        }
    }

    fn load_stoplist(&mut self, source: &Source<'_>) {
        for row in rows(source, &["phrase"], &mut self.problems) {
            let [phrase] = row.fields[..] else { continue };
            match required(phrase, "phrase") {
                Ok(p) => self.stoplist.push(p),
                Err(reason) => self.problems.push(row.problem(&reason)),
            }
        }
    }

    /// Loads `places.tsv`; needs the countries, to check codes.
    fn load_places(&mut self, source: &Source<'_>) {
        let header = ["name", "country", "kind", "variants", "admin"];
        let ambiguous_from = marker_line(source, AMBIGUOUS_MARKER);
        let mut lines = Vec::new();
        for row in rows(source, &header, &mut self.problems) {
            let ambiguous = ambiguous_from.is_some_and(|marker| row.line > marker);
            let place = match parse_place(&row.fields, ambiguous) {
                Ok(p) => p,
                Err(reason) => {
                    self.problems.push(row.problem(&reason));
                    continue;
                }
            };
            if !self.country_codes.contains_key(&place.country) {
                let reason = format!("country `{}` is not in countries.tsv", place.country);
                self.problems.push(row.problem(&reason));
                continue;
            }
            let i = self.places.len();
            let forms = std::iter::once(&place.name).chain(&place.variants);
            for form in forms {
                if let Err(other) = self.place_index.insert(form, i) {
                    let other = self.places.get(other).map_or("?", |p| &p.name);
                    self.problems
                        .push(row.problem(&format!("`{form}` already names {other}")));
                }
            }
            self.places.push(place);
            lines.push(row.line);
        }
        // Regions can come after their cities, so admins are checked once all are in.
        for (place, line) in self.places.iter().zip(&lines) {
            let Some(admin) = &place.admin else { continue };
            let region = self
                .place_index
                .get(admin)
                .and_then(|i| self.places.get(i))
                .filter(|r| r.kind == "region" && r.country == place.country);
            if region.is_none() {
                self.problems.push(format!(
                    "{}:{line}: admin `{admin}` is not a region of {}",
                    source.file, place.country
                ));
            }
        }
    }
}

/// A data row and where it came from.
pub(crate) struct Row<'a> {
    pub file: &'a str,
    pub line: usize,
    pub fields: Vec<&'a str>,
}

impl Row<'_> {
    fn problem(&self, reason: &str) -> String {
        format!("{}:{}: {reason}", self.file, self.line)
    }
}

/// The data rows of a TSV file whose header is `header`. Rows with the wrong number of
/// fields or stray spaces are reported in `problems` and left out.
pub(crate) fn rows<'a>(
    source: &Source<'a>,
    header: &[&str],
    problems: &mut Vec<String>,
) -> Vec<Row<'a>> {
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

pub(crate) fn parse_country(fields: &[&str]) -> Result<Country, String> {
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
pub(crate) fn parse_org(fields: &[&str]) -> Result<Org, String> {
    let (name, acronym, variants, kind, country) = match *fields {
        [name, acronym, variants, kind] => (name, acronym, variants, kind, None),
        [name, acronym, variants, kind, country] => {
            let code = upper_code(country, 2)
                .ok_or_else(|| format!("`{country}` is not an alpha-2 code"))?;
            (name, acronym, variants, kind, Some(code))
        }
        _ => return Err("wrong number of fields".to_owned()),
    };
    Ok(Org {
        name: required(name, "name")?,
        acronym: (!acronym.is_empty()).then(|| acronym.to_owned()),
        variants: list(variants)?,
        kind: one_of(kind, &ORG_KINDS, "organisation kind")?,
        country,
    })
}

pub(crate) fn parse_title(fields: &[&str]) -> Result<Title, String> {
    let [title, aliases, domain, rank_only] = *fields else {
        return Err("wrong number of fields".to_owned());
    };
    Ok(Title {
        title: required(title, "title")?,
        aliases: list(aliases)?,
        domain: one_of(domain, &TITLE_DOMAINS, "domain")?,
        rank_only: yes_no(rank_only)?,
    })
}

pub(crate) fn parse_place(fields: &[&str], ambiguous: bool) -> Result<Place, String> {
    let [name, country, kind, variants, admin] = *fields else {
        return Err("wrong number of fields".to_owned());
    };
    Ok(Place {
        name: required(name, "name")?,
        country: upper_code(country, 2)
            .ok_or_else(|| format!("`{country}` is not an alpha-2 code"))?,
        kind: one_of(kind, &PLACE_KINDS, "place kind")?,
        admin: (!admin.is_empty()).then(|| admin.to_owned()),
        variants: list(variants)?,
        ambiguous,
    })
}

/// The line number of the first line of `source` that is exactly `marker`.
pub(crate) fn marker_line(source: &Source<'_>, marker: &str) -> Option<usize> {
    source
        .text
        .lines()
        .position(|l| l.trim() == marker)
        .map(|n| n + 1)
}

pub(crate) fn parse_org_word(fields: &[&str]) -> Result<OrgWord, String> {
    let [word, position, kind, ambiguous] = *fields else {
        return Err("wrong number of fields".to_owned());
    };
    let position = match position {
        "head" => "Head",
        "lead" => "Lead",
        "head|lead" | "lead|head" => "Both",
        _ => {
            return Err(format!(
                "position `{position}` is not head, lead or head|lead"
            ))
        }
    };
    Ok(OrgWord {
        word: required(word, "word")?,
        position,
        kind: one_of(kind, &ORG_KINDS, "organisation kind")?,
        ambiguous: yes_no(ambiguous)?,
    })
}

fn required(field: &str, what: &str) -> Result<String, String> {
    if field.is_empty() {
        Err(format!("{what} is empty"))
    } else {
        Ok(field.to_owned())
    }
}

/// A `|`-separated list; an empty field is an empty list.
pub(crate) fn list(field: &str) -> Result<Vec<String>, String> {
    if field.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = field.split('|').collect();
    match items.iter().find(|i| i.is_empty() || i.trim() != **i) {
        Some(bad) => Err(format!(
            "list `{field}` has an empty or padded item `{bad}`"
        )),
        None => Ok(items.into_iter().map(str::to_owned).collect()),
    }
}

fn yes_no(field: &str) -> Result<bool, String> {
    match field {
        "yes" => Ok(true),
        "no" => Ok(false),
        _ => Err(format!("`{field}` is not yes or no")),
    }
}

fn one_of(field: &str, names: &[&str], what: &str) -> Result<String, String> {
    if names.contains(&field) {
        Ok(field.to_owned())
    } else {
        Err(format!("unknown {what} `{field}`"))
    }
}

/// `field` when it is `len` ASCII capital letters.
fn upper_code(field: &str, len: usize) -> Option<String> {
    (field.len() == len && field.bytes().all(|b| b.is_ascii_uppercase())).then(|| field.to_owned())
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
