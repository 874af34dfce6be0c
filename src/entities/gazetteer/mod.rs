//! Embedded gazetteers: countries and territories, the UN system, other intergovernmental
//! bodies, national bodies of single States (with their country), job titles, title
//! modifiers, the words that make a phrase an organisation, and places (cities, regions,
//! counties).
//!
//! Input: the TSV files in `../data/` (one header line, `#` comment lines, TAB between
//! fields, `|` between list items). The build script (`build/gazetteer/`) reads them and
//! writes static tables: the entries, their look-up keys as sorted arrays, and a byte trie
//! of every spelling each scanner matches. Nothing is parsed, indexed or compiled when a
//! program starts, and a malformed row fails the build with `file:line: reason`.
//!
//! Output: look-ups that ignore case, spacing, apostrophe and hyphen style, accents and a
//! leading "the", except that forms written without lowercase letters ("WHO", "US", "MEP")
//! match only as written, so "who" and "us" are never names; [`Gazetteer::scan`], which
//! finds every known country and organisation name in a text in one pass, longest match
//! first, on word boundaries; and [`Gazetteer::scan_places`], a separate scanner of the same
//! kind for places, so that `scan` hits stay countries and organisations only.
//!
//! Not done here: deciding whether a hit means the entity in context ("Jordan" the person,
//! "Georgia" the US state). The recognisers weigh that; place hits on names that are also
//! words or people's names carry an `ambiguous` flag to help them.

// The entity recognisers use this API; parts of it have no caller until they land.
#![allow(dead_code)]

mod forms;
mod scan;
mod trie;

#[cfg(test)]
#[path = "../../../build/gazetteer/literals.rs"]
mod literals;
#[cfg(test)]
#[path = "../../../build/gazetteer/load.rs"]
mod load;
#[cfg(test)]
mod scan_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
#[path = "../../../build/gazetteer/trie.rs"]
mod trie_build;

pub(crate) use forms::push_letters;

use crate::model::OrganisationKind;
use trie::Trie;

/// The gazetteers: static tables, ready without any work at start.
pub(crate) static GAZETTEER: Gazetteer = Gazetteer;

include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

/// A country, observer State or territory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Country {
    /// ISO 3166-1 alpha-2 ("KR"; "XK" for Kosovo).
    pub code: &'static str,
    /// The short name as the UN writes it ("Republic of Korea").
    pub name: &'static str,
    /// Other written forms ("South Korea", "Korea", "ROK").
    pub variants: &'static [&'static str],
    /// Demonym adjectives ("Korean").
    pub adjectives: &'static [&'static str],
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
    pub variants: &'static [&'static str],
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
    pub aliases: &'static [&'static str],
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
    pub variants: &'static [&'static str],
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

/// All the gazetteers, as [`GAZETTEER`]: the tables are statics generated at build time.
#[derive(Debug)]
pub(crate) struct Gazetteer;

/// Forms of names, indexed for look-up ([`forms::lookup`] says how a query is read).
struct FormIndex {
    /// Forms without lowercase letters (acronyms, "U.S."), by their `tidy` key, sorted:
    /// case kept.
    exact: &'static [(&'static str, u32)],
    /// Every other form, by its keys (case, accents and hyphens dropped), sorted.
    loose: &'static [(&'static str, u32)],
    /// The [`push_letters`] of every key in `exact` and `loose`, sorted.
    letters: &'static [&'static str],
}

impl FormIndex {
    fn get(&self, query: &str) -> Option<usize> {
        forms::lookup(
            query,
            |l| self.may_hold(l),
            |k| find(self.exact, k),
            |k| find(self.loose, k),
        )
    }

    /// Whether a query whose [`push_letters`] are `letters` may find an entry: `false` means
    /// it finds none, unless it starts with the word "the".
    fn may_hold(&self, letters: &str) -> bool {
        self.letters
            .binary_search_by(|e| cmp_bytes(e.as_bytes(), letters.as_bytes()))
            .is_ok()
    }

    /// As [`FormIndex::may_hold`], and whether any key's letters extend `letters`
    /// (`false` means no query whose letters start with `letters` finds an entry, unless
    /// it starts with "the"): the keys with a prefix sit together in the sorted table,
    /// first at the place where `letters` would be.
    fn may_hold_or_extend(&self, letters: &str) -> (bool, bool) {
        let k = self
            .letters
            .partition_point(|e| cmp_bytes(e.as_bytes(), letters.as_bytes()).is_lt());
        let at = self.letters.get(k).copied().unwrap_or("");
        let longer = self
            .letters
            .get(k + usize::from(at == letters))
            .is_some_and(|e| e.starts_with(letters));
        (at == letters && k < self.letters.len(), longer)
    }
}

/// `a` against `b` as bytes, as `<[u8]>::cmp` (and so `str::cmp`) orders them. PERF: keys
/// are short and most probes differ in their first bytes, where a loop ends before a call
/// to `memcmp` would have started.
#[inline]
fn cmp_bytes(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    a.iter()
        .zip(b)
        .find(|(x, y)| x != y)
        .map_or_else(|| a.len().cmp(&b.len()), |(x, y)| x.cmp(y))
}

/// The value of `key` in a sorted table.
fn find(table: &[(&str, u32)], key: &str) -> Option<usize> {
    let k = table
        .binary_search_by(|(e, _)| cmp_bytes(e.as_bytes(), key.as_bytes()))
        .ok()?;
    table.get(k).map(|&(_, i)| i as usize)
}

impl Gazetteer {
    /// The country, observer State or territory a name or variant names ("Kingdom of Saudi
    /// Arabia", "the Netherlands", "Cote d'Ivoire", "U.S.").
    pub(crate) fn country(&self, name: &str) -> Option<&'static Country> {
        COUNTRY_INDEX.get(name).and_then(|i| COUNTRIES.get(i))
    }

    /// The country with this ISO 3166-1 alpha-2 or alpha-3 code, in either case.
    pub(crate) fn country_by_code(&self, code: &str) -> Option<&'static Country> {
        let code = code.trim().to_ascii_uppercase();
        let k = COUNTRY_CODES
            .binary_search_by(|(c, _)| (*c).cmp(code.as_str()))
            .ok()?;
        COUNTRY_CODES
            .get(k)
            .and_then(|&(_, i)| COUNTRIES.get(i as usize))
    }

    /// The country a demonym adjective refers to ("Kenyan", "Emirati", "Dutch").
    pub(crate) fn country_by_adjective(&self, adjective: &str) -> Option<&'static Country> {
        ADJECTIVE_INDEX
            .get(adjective)
            .and_then(|i| COUNTRIES.get(i))
    }

    /// The organisation a name, variant or acronym names. Acronyms match only with their
    /// own case: "WHO" is the World Health Organization, "who" and "Who" are nothing.
    pub(crate) fn organisation(&self, name_or_acronym: &str) -> Option<&'static OrgEntry> {
        ORG_INDEX.get(name_or_acronym).and_then(|i| ORGS.get(i))
    }

    /// The title a phrase names exactly ("Chief Executive Officer", "CEO", "Sen.").
    pub(crate) fn title(&self, phrase: &str) -> Option<&'static TitleEntry> {
        TITLE_INDEX.get(phrase).and_then(|i| TITLES.get(i))
    }

    /// Whether a phrase whose [`push_letters`] are `letters` may be a title: `false` means
    /// [`Gazetteer::title`] finds none for it, unless it starts with the word "the".
    pub(crate) fn may_be_title(&self, letters: &str) -> bool {
        TITLE_INDEX.may_hold(letters)
    }

    /// [`Gazetteer::may_be_title`] of `letters`, and whether a phrase whose letters extend
    /// `letters` may be one: a scanner that lengthens a phrase word by word stops there.
    pub(crate) fn may_be_or_start_title(&self, letters: &str) -> (bool, bool) {
        TITLE_INDEX.may_hold_or_extend(letters)
    }

    /// The title at the end of a phrase that may start with modifiers ("Acting Deputy
    /// Director", "Co-Chair", "Former Prime Minister"), with the byte offset in `phrase`
    /// where that title starts. The longest title wins: "Deputy Secretary-General" is a
    /// title of its own, not "Deputy" plus "Secretary-General".
    pub(crate) fn title_head<'p>(&self, phrase: &'p str) -> Option<(&'static TitleEntry, usize)> {
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
        MODIFIER_INDEX.get(word).is_some()
    }

    /// What a head or lead word says about an organisation ("Ministry", "Inc.", "Forum").
    pub(crate) fn org_word(&self, word: &str) -> Option<&'static OrgWord> {
        ORG_WORD_INDEX.get(word).and_then(|i| ORG_WORDS.get(i))
    }

    /// The place a name or variant names ("San Diego", "Calif.", "Sao Paulo", "the Hague").
    /// Postal codes and other forms without lowercase letters match only as written: "CA"
    /// is California, "ca" is nothing.
    pub(crate) fn place(&self, name: &str) -> Option<&'static Place> {
        PLACE_INDEX.get(name).and_then(|i| PLACES.get(i))
    }

    /// The region a place's `admin` names (California for San Diego), if it has one.
    pub(crate) fn admin_of(&self, place: &Place) -> Option<&'static Place> {
        self.place(place.admin?)
            .filter(|r| r.kind == PlaceKind::Region && r.country == place.country)
    }
}
