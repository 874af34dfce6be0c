//! Month and weekday names, shared by the dates grammar and page-date parsing.
//!
//! Publication dates are read from pages in many languages (the dates benchmark is mostly
//! German, French, Spanish and Italian), so month names cover the main European languages.
//! Body text is scanned for English forms only: the grammar builds its patterns from the
//! English rows.

/// English month names and their abbreviations, index 0 = January.
pub(crate) const MONTHS_EN: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

/// Month names of other languages, lowercase, index 0 = January: French, German, Spanish,
/// Italian, Portuguese, Dutch, Polish, Turkish, Czech, Swedish, Danish, Romanian, Catalan,
/// Hungarian, Russian, Ukrainian, Greek and Finnish (in the case a date uses).
const MONTHS_OTHER: [&[&str]; 12] = [
    &[
        "janvier",
        "janv",
        "januar",
        "jänner",
        "jän",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
        "styczeń",
        "stycznia",
        "ocak",
        "leden",
        "ledna",
        "ianuarie",
        "gener",
        "január",
        "января",
        "январь",
        "січня",
        "ιανουαρίου",
        "tammikuuta",
    ],
    &[
        "février",
        "fevrier",
        "févr",
        "fév",
        "februar",
        "febrero",
        "febbraio",
        "fevereiro",
        "fev",
        "februari",
        "luty",
        "lutego",
        "şubat",
        "únor",
        "února",
        "februarie",
        "febrer",
        "február",
        "февраля",
        "февраль",
        "лютого",
        "φεβρουαρίου",
        "helmikuuta",
    ],
    &[
        "mars",
        "märz",
        "marz",
        "mär",
        "marzo",
        "março",
        "marco",
        "maart",
        "marzec",
        "marca",
        "mart",
        "březen",
        "března",
        "mrz",
        "marts",
        "martie",
        "març",
        "március",
        "марта",
        "март",
        "березня",
        "μαρτίου",
        "maaliskuuta",
    ],
    &[
        "avril",
        "avr",
        "abril",
        "abr",
        "aprile",
        "kwiecień",
        "kwietnia",
        "nisan",
        "duben",
        "dubna",
        "aprilie",
        "április",
        "апреля",
        "апрель",
        "квітня",
        "απριλίου",
        "huhtikuuta",
    ],
    &[
        "mai",
        "mayo",
        "maggio",
        "mag",
        "maio",
        "mei",
        "maj",
        "maja",
        "mayıs",
        "květen",
        "května",
        "maig",
        "május",
        "мая",
        "май",
        "травня",
        "μαΐου",
        "toukokuuta",
    ],
    &[
        "juin",
        "juni",
        "junio",
        "giugno",
        "giu",
        "junho",
        "czerwiec",
        "czerwca",
        "haziran",
        "červen",
        "června",
        "iunie",
        "juny",
        "június",
        "июня",
        "июнь",
        "червня",
        "ιουνίου",
        "kesäkuuta",
    ],
    &[
        "juillet",
        "juil",
        "juli",
        "julio",
        "luglio",
        "lug",
        "julho",
        "lipiec",
        "lipca",
        "temmuz",
        "červenec",
        "července",
        "iulie",
        "juliol",
        "július",
        "июля",
        "июль",
        "липня",
        "ιουλίου",
        "heinäkuuta",
    ],
    &[
        "août",
        "aout",
        "agosto",
        "ago",
        "augustus",
        "sierpień",
        "sierpnia",
        "ağustos",
        "srpen",
        "srpna",
        "augusti",
        "agost",
        "augusztus",
        "августа",
        "август",
        "серпня",
        "αυγούστου",
        "elokuuta",
    ],
    &[
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
        "wrzesień",
        "września",
        "eylül",
        "září",
        "septembrie",
        "setembre",
        "szeptember",
        "сентября",
        "сентябрь",
        "вересня",
        "σεπτεμβρίου",
        "syyskuuta",
    ],
    &[
        "octobre",
        "oktober",
        "okt",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "październik",
        "października",
        "ekim",
        "říjen",
        "října",
        "octombrie",
        "október",
        "октября",
        "октябрь",
        "жовтня",
        "οκτωβρίου",
        "lokakuuta",
    ],
    &[
        "novembre",
        "noviembre",
        "novembro",
        "listopad",
        "listopada",
        "kasım",
        "noiembrie",
        "ноября",
        "ноябрь",
        "листопада",
        "νοεμβρίου",
        "marraskuuta",
    ],
    &[
        "décembre",
        "decembre",
        "déc",
        "dezember",
        "dez",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
        "grudzień",
        "grudnia",
        "aralık",
        "prosinec",
        "prosince",
        "decembrie",
        "desembre",
        "декабря",
        "декабрь",
        "грудня",
        "δεκεμβρίου",
        "joulukuuta",
    ],
];

/// English weekday names, index 0 = Monday.
pub(crate) const WEEKDAYS_EN: [&[&str]; 7] = [
    &["monday", "mon"],
    &["tuesday", "tue", "tues"],
    &["wednesday", "wed"],
    &["thursday", "thu", "thur", "thurs"],
    &["friday", "fri"],
    &["saturday", "sat"],
    &["sunday", "sun"],
];

/// The month (1–12) an English word names, case-insensitively; a trailing `.` is allowed.
pub(crate) fn month_en(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS_EN
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .map(|i| i as u32 + 1)
}

/// The month (1–12) a word names in English or another supported language.
pub(crate) fn month_any(word: &str) -> Option<u32> {
    month_en(word).or_else(|| {
        let w = word.trim_end_matches('.').to_lowercase();
        MONTHS_OTHER
            .iter()
            .position(|names| names.contains(&w.as_str()))
            .map(|i| i as u32 + 1)
    })
}

/// The weekday (Monday = 0) an English word names.
pub(crate) fn weekday_en(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    WEEKDAYS_EN
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .map(|i| i as u32)
}

/// A regex alternation of every month name (all languages), longest first so that
/// `june` wins over `jun`.
pub(crate) fn month_alternation() -> String {
    let mut all: Vec<&str> = MONTHS_EN
        .iter()
        .chain(MONTHS_OTHER.iter())
        .flat_map(|names| names.iter().copied())
        .collect();
    all.sort_by_key(|w| std::cmp::Reverse(w.len()));
    all.dedup();
    all.iter()
        .map(|w| regex::escape(w))
        .collect::<Vec<_>>()
        .join("|")
}

/// Number words of "three days ago", "a year ago".
pub(crate) const NUMBER_WORDS: [(&str, u32); 24] = [
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("fifty", 50),
];

/// The value of a number word or of digits, case-insensitively.
pub(crate) fn number(word: &str) -> Option<u32> {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    let w = word.to_ascii_lowercase();
    NUMBER_WORDS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v)
}

/// Nouns after "today's" that make it a date ("today's vote"); after any other noun
/// "today's" means "present-day" ("today's world") and is not a date.
pub(crate) const OCCASION_NOUNS: &[&str] = &[
    "address",
    "adoption",
    "agreement",
    "announcement",
    "approval",
    "award",
    "awards",
    "briefing",
    "celebration",
    "ceremony",
    "commemoration",
    "conference",
    "debate",
    "decision",
    "decisions",
    "dialogue",
    "discussion",
    "discussions",
    "edition",
    "election",
    "event",
    "events",
    "exchange",
    "exhibition",
    "forum",
    "gathering",
    "groundbreaking",
    "hearing",
    "inauguration",
    "launch",
    "meeting",
    "meetings",
    "message",
    "milestone",
    "opening",
    "panel",
    "plenary",
    "presentation",
    "programme",
    "program",
    "publication",
    "release",
    "remarks",
    "report",
    "resolution",
    "ruling",
    "seminar",
    "session",
    "sessions",
    "signing",
    "sitting",
    "speech",
    "statement",
    "summit",
    "talks",
    "unveiling",
    "visit",
    "vote",
    "votes",
    "webinar",
    "workshop",
];

/// Words before a number that make it an identifier, not a year: `resolution 2017`,
/// `No. 2018`, `fiscal 2024` (a fiscal year is not the calendar year).
pub(crate) const NUMBERING_WORDS: &[&str] = &[
    "act",
    "annex",
    "article",
    "articles",
    "aud",
    "box",
    "cad",
    "case",
    "chapter",
    "chf",
    "cny",
    "code",
    "decision",
    "decree",
    "eur",
    "ext",
    "extension",
    "fax",
    "file",
    "fiscal",
    "flight",
    "fy",
    "gbp",
    "inr",
    "iso",
    "item",
    "jpy",
    "no",
    "nos",
    "number",
    "numbers",
    "page",
    "pages",
    "para",
    "paragraph",
    "paragraphs",
    "phone",
    "ref",
    "reference",
    "regulation",
    "resolution",
    "resolutions",
    "room",
    "route",
    "rs",
    "rule",
    "section",
    "standard",
    "suite",
    "tel",
    "unit",
    "usd",
    "version",
];

/// Words after a number that make it a count, not a year: `2000 participants`.
pub(crate) const COUNT_NOUNS: &[&str] = &[
    "acres",
    "animals",
    "applications",
    "attendees",
    "barrels",
    "beds",
    "billion",
    "bn",
    "businesses",
    "cars",
    "cases",
    "children",
    "cities",
    "companies",
    "copies",
    "countries",
    "deaths",
    "degrees",
    "delegates",
    "dollars",
    "employees",
    "entries",
    "euros",
    "families",
    "farmers",
    "feet",
    "firms",
    "ft",
    "gw",
    "ha",
    "hectares",
    "homes",
    "hours",
    "households",
    "items",
    "jobs",
    "kg",
    "kilometers",
    "kilometres",
    "km",
    "kw",
    "kwh",
    "liters",
    "litres",
    "members",
    "men",
    "meters",
    "metres",
    "miles",
    "million",
    "minutes",
    "mw",
    "mwh",
    "organisations",
    "organizations",
    "participants",
    "patients",
    "pc",
    "people",
    "per",
    "percent",
    "persons",
    "points",
    "pounds",
    "projects",
    "refugees",
    "schools",
    "seconds",
    "signatures",
    "staff",
    "students",
    "submissions",
    "teachers",
    "thousand",
    "tickets",
    "times",
    "tonnes",
    "tons",
    "trees",
    "units",
    "vehicles",
    "villages",
    "visitors",
    "votes",
    "women",
    "words",
    "yen",
];

/// Words before a lone month name that make it a date ("in June", "since April"). A
/// month name alone is otherwise too often part of a name or another word sense.
pub(crate) const MONTH_PREPOSITIONS: &[&str] = &[
    "after",
    "around",
    "before",
    "by",
    "during",
    "for",
    "from",
    "in",
    "since",
    "through",
    "throughout",
    "till",
    "to",
    "until",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names() {
        assert_eq!(month_en("June"), Some(6));
        assert_eq!(month_en("Sept."), Some(9));
        assert_eq!(month_en("JUNE"), Some(6));
        assert_eq!(month_en("Juni"), None);
        assert_eq!(month_any("Juni"), Some(6));
        assert_eq!(month_any("décembre"), Some(12));
        assert_eq!(month_any("März"), Some(3));
        assert_eq!(month_any("Mrz."), Some(3));
        assert_eq!(month_any("augusti"), Some(8));
        assert_eq!(month_any("февраля"), Some(2));
        assert_eq!(month_any("Δεκεμβρίου"), Some(12));
        assert_eq!(month_any("joulukuuta"), Some(12));
        assert_eq!(weekday_en("Thursday"), Some(3));
    }
}
