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

/// Month names of other languages, lowercase, index 0 = January.
const MONTHS_OTHER: [&[&str]; 12] = [
    &["janvier", "janv", "januar", "jänner", "jän", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "ocak", "leden", "ledna"],
    &["février", "fevrier", "févr", "fév", "februar", "febrero", "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "şubat", "únor", "února"],
    &["mars", "märz", "marz", "mär", "marzo", "março", "marco", "maart", "marzec", "marca", "mart", "březen", "března"],
    &["avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "nisan", "duben", "dubna"],
    &["mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "mayıs", "květen", "května"],
    &["juin", "juni", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "haziran", "červen", "června"],
    &["juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "temmuz", "červenec", "července"],
    &["août", "aout", "agosto", "ago", "augustus", "sierpień", "sierpnia", "ağustos", "srpen", "srpna"],
    &["septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "wrzesień", "września", "eylül", "září"],
    &["octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "ekim", "říjen", "října"],
    &["novembre", "noviembre", "novembro", "listopad", "listopada", "kasım"],
    &["décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "aralık", "prosinec", "prosince"],
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
    all.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")
}

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
        assert_eq!(weekday_en("Thursday"), Some(3));
    }
}
