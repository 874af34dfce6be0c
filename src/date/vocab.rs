//! Typed views of the calendar vocabulary (`src/lexicon/data/calendar.tsv`): what a word
//! names in the date grammar. Every look-up ignores case and a trailing `.`; where case
//! matters (a month in running text is capitalised) the grammar decides.

use crate::lexicon::{self, Class};

/// Which month names a reading accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Names {
    /// English names and abbreviations: the body text and datelines.
    English,
    /// English and every other language of the lexicon: dates as pages print them.
    All,
}

/// The number a class gives `word` in its value column.
fn number_of(class: Class, word: &str) -> Option<i64> {
    let w = word.strip_suffix('.').unwrap_or(word);
    lexicon::value(class, w)?.parse().ok()
}

fn small(class: Class, word: &str) -> Option<u32> {
    number_of(class, word).and_then(|n| u32::try_from(n).ok())
}

/// A month name: its number (1–12) and whether the word is an abbreviation (`Sept`).
pub(crate) fn month(word: &str, names: Names) -> Option<(u32, bool)> {
    if let Some(m) = small(Class::DateMonth, word) {
        return Some((m, false));
    }
    if let Some(m) = small(Class::DateMonthAbbr, word) {
        return Some((m, true));
    }
    match names {
        Names::English => None,
        Names::All => small(Class::DateMonthIntl, word).map(|m| (m, false)),
    }
}

/// The month (1–12) an English word or abbreviation names.
pub(crate) fn month_en(word: &str) -> Option<u32> {
    month(word, Names::English).map(|(m, _)| m)
}

/// A weekday name: Monday = 0 … Sunday = 6, and whether the word is an abbreviation.
pub(crate) fn weekday(word: &str) -> Option<(u32, bool)> {
    if let Some(d) = small(Class::DateWeekday, word) {
        return Some((d, false));
    }
    small(Class::DateWeekdayAbbr, word).map(|d| (d, true))
}

/// The weekday (Monday = 0) an English name or abbreviation names.
pub(crate) fn weekday_en(word: &str) -> Option<u32> {
    weekday(word).map(|(d, _)| d)
}

/// The value of a number word (`three`) or of digits.
pub(crate) fn number(word: &str) -> Option<u32> {
    if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) {
        return word.parse().ok();
    }
    small(Class::DateNumber, word)
}

/// An ordinal of "the third quarter", "the last week": `Some(0)` is the last.
pub(crate) fn ordinal(word: &str) -> Option<u32> {
    match lexicon::value(Class::DateOrdinal, word)? {
        "last" => Some(0),
        n => n.parse().ok(),
    }
}

/// The first month of a season (each is three months long).
pub(crate) fn season(word: &str) -> Option<u32> {
    small(Class::DateSeason, word)
}

/// A calendar unit, singular or plural ("days ago").
pub(crate) fn unit(word: &str) -> Option<Unit> {
    let name = lexicon::value(Class::DateUnit, word).or_else(|| {
        let singular = word.strip_suffix(['s', 'S'])?;
        lexicon::value(Class::DateUnit, singular)
    })?;
    Some(match name {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "quarter" => Unit::Quarter,
        "decade" => Unit::Decade,
        _ => Unit::Year,
    })
}

/// The days from the release's date a word names: `today` 0, `yesterday` -1.
pub(crate) fn relative_day(word: &str) -> Option<i64> {
    number_of(Class::DateRelativeDay, word)
}

/// Whether `word` names a part of a day ("this morning").
pub(crate) fn is_day_part(word: &str) -> bool {
    lexicon::contains(Class::DateDayPart, word)
}

/// How far `this`, `last`, `next`, `previous` move from the release's date.
pub(crate) fn shift(word: &str) -> Option<i32> {
    number_of(Class::DateShift, word).and_then(|n| i32::try_from(n).ok())
}

/// A fuzzy part word: `early`, `mid`, `late`, `beginning`, `end` …
pub(crate) fn part(word: &str) -> Option<PartWord> {
    Some(match lexicon::value(Class::DatePart, word)? {
        "early" => PartWord::Early,
        "mid" => PartWord::Mid,
        "late" => PartWord::Late,
        "middle" => PartWord::Middle,
        "start" => PartWord::Start,
        _ => PartWord::End,
    })
}

/// A word that joins the two ends of a range.
pub(crate) fn link(word: &str) -> Option<Link> {
    match lexicon::value(Class::DateLink, word)? {
        "and" => Some(Link::And),
        _ => Some(Link::To),
    }
}

/// Whether a weekday after `word` is a date ("on Monday", "until Friday").
pub(crate) fn is_weekday_preposition(word: &str) -> bool {
    lexicon::contains(Class::DateWeekdayPreposition, word)
}

/// Whether `word` hedges a relative date without changing it ("earlier today").
pub(crate) fn is_hedge(word: &str) -> bool {
    lexicon::contains(Class::DateHedge, word)
}

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

/// A fuzzy part word as the lexicon gives it; the grammar turns it into a part of a month
/// or a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PartWord {
    Early,
    Mid,
    Late,
    /// "the middle of": read only with its "of".
    Middle,
    Start,
    End,
}

/// How two points are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// `to`, `through`, `until`, a dash: a range.
    To,
    /// `and`: a range between consecutive days or after `between`, otherwise two dates.
    And,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_in_every_language() {
        // (word, names, month)
        let table = [
            ("June", Names::English, Some((6, false))),
            ("Sept.", Names::English, Some((9, true))),
            ("JUNE", Names::English, Some((6, false))),
            ("Juni", Names::English, None),
            ("Juni", Names::All, Some((6, false))),
            ("décembre", Names::All, Some((12, false))),
            ("März", Names::All, Some((3, false))),
            ("Mrz.", Names::All, Some((3, false))),
            ("augusti", Names::All, Some((8, false))),
            ("февраля", Names::All, Some((2, false))),
            ("Δεκεμβρίου", Names::All, Some((12, false))),
            ("joulukuuta", Names::All, Some((12, false))),
            ("Monday", Names::All, None),
        ];
        for (word, names, want) in table {
            assert_eq!(month(word, names), want, "{word}");
        }
    }

    #[test]
    fn other_calendar_words() {
        assert_eq!(weekday("Thursday"), Some((3, false)));
        assert_eq!(weekday("Thurs."), Some((3, true)));
        assert_eq!(number("three"), Some(3));
        assert_eq!(number("78"), Some(78));
        assert_eq!(ordinal("third"), Some(3));
        assert_eq!(ordinal("final"), Some(0));
        assert_eq!(season("Autumn"), Some(9));
        assert_eq!(unit("weeks"), Some(Unit::Week));
        assert_eq!(unit("yes"), None);
        assert_eq!(relative_day("Yesterday"), Some(-1));
        assert_eq!(shift("previous"), Some(-1));
        assert_eq!(part("beginning"), Some(PartWord::Start));
        assert_eq!(link("through"), Some(Link::To));
        assert_eq!(link("and"), Some(Link::And));
    }
}
