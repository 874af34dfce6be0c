//! The words around a match that decide whether it is a date at all: the number before
//! a year (`resolution 2017`), the noun after it (`2000 participants`), the preposition
//! before a lone month, the noun after "today's". Each check looks at a few bytes on
//! either side, so the stage stays linear in the text.

use crate::date::vocab;
use crate::lexicon::{self, Class};
use crate::span::Span;

/// How far the checks look on either side of a match, in bytes.
const WINDOW: usize = 64;

/// How far a sentence is looked for on either side of a match, in bytes.
const SENTENCE_WINDOW: usize = 400;

/// The largest char boundary of `text` at or below `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary of `text` at or above `i`.
fn ceil(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// Up to `n` bytes of `text` before `pos`.
pub(crate) fn before(text: &str, pos: usize, n: usize) -> &str {
    let start = ceil(text, pos.saturating_sub(n));
    text.get(start..floor(text, pos)).unwrap_or("")
}

/// Up to `n` bytes of `text` from `pos`.
pub(crate) fn after(text: &str, pos: usize, n: usize) -> &str {
    let pos = ceil(text, pos);
    text.get(pos..floor(text, pos.saturating_add(n)))
        .unwrap_or("")
}

/// The word just before `pos`, across spaces only (not across punctuation).
pub(crate) fn prev_word(text: &str, pos: usize) -> Option<&str> {
    let s = before(text, pos, WINDOW);
    let s = s.strip_suffix(' ').unwrap_or(s);
    let word = s
        .rsplit(|c: char| !c.is_alphanumeric() && c != '.')
        .next()?;
    let word = word.trim_end_matches('.');
    (!word.is_empty()).then_some(word)
}

/// The word just after `pos`, across one space only.
pub(crate) fn next_word(text: &str, pos: usize) -> Option<&str> {
    let s = after(text, pos, WINDOW);
    let s = s.strip_prefix(' ')?;
    let word = s.split(|c: char| !c.is_alphanumeric()).next()?;
    (!word.is_empty()).then_some(word)
}

/// The sentence around `span`: from the last `. `, `! `, `? ` or line break before it to
/// the first one after it, within a bounded window.
pub(crate) fn sentence(text: &str, span: Span) -> &str {
    let head = before(text, span.start, SENTENCE_WINDOW);
    let base = floor(text, span.start) - head.len();
    let offset = ["\n", ". ", "! ", "? "]
        .iter()
        .filter_map(|p| head.rfind(p).map(|i| i + p.len()))
        .max()
        .unwrap_or(0);
    let tail = after(text, span.end, SENTENCE_WINDOW);
    let end = ["\n", ". ", "! ", "? "]
        .iter()
        .filter_map(|p| tail.find(p))
        .min()
        .unwrap_or(tail.len());
    text.get(base + offset..ceil(text, span.end) + end)
        .unwrap_or("")
}

/// Whether a numeric match stands alone: not glued to other digits, a symbol or a
/// decimal (`SG/SM/2018`, `1.2018`, `2018/19`, `2018-19`, `2,018`).
pub(crate) fn stands_alone(text: &str, span: Span) -> bool {
    !glued_before(text, span.start) && !glued_after(text, span.end)
}

/// Whether the number starting at `pos` continues a word, a symbol or a longer number.
pub(crate) fn glued_before(text: &str, pos: usize) -> bool {
    let mut cs = before(text, pos, 8).chars().rev();
    match (cs.next(), cs.next()) {
        (Some(c), _) if c.is_alphanumeric() => true,
        // "file_2018", but not the emphasis of "_June 2018_".
        (Some('_'), Some(d)) => d.is_alphanumeric(),
        (Some('/' | '\\' | '@' | '#' | '$' | '€' | '£' | '¥' | '=' | '?' | '&'), _) => true,
        // "1.2018", "555-2018", "e-2008": part of a longer number, a code or a name.
        (Some('.' | ',' | ':'), Some(d)) => d.is_ascii_digit(),
        (Some('-' | '–'), Some(d)) => d.is_alphanumeric(),
        _ => false,
    }
}

/// Whether the number ending at `pos` runs on into a word, a symbol or a longer number.
pub(crate) fn glued_after(text: &str, pos: usize) -> bool {
    let mut cs = after(text, pos, 8).chars();
    match (cs.next(), cs.next()) {
        (Some(c), _) if c.is_alphanumeric() => true,
        (Some('_'), Some(d)) => d.is_alphanumeric(),
        (Some('/' | '%' | '@'), _) => true,
        (Some('.' | ',' | '-' | ':' | '–'), Some(d)) => d.is_ascii_digit(),
        _ => false,
    }
}

/// Whether a lone year (or a range of years) at `span` reads as a year: not a number
/// in a reference (`resolution 2017`, `No. 2018`), not a fiscal year, not a count
/// (`2000 participants`), not the number of an address (`2100 Pennsylvania Avenue`),
/// not a number alone on its line (a table cell, an image size). In a `headline` every
/// word is capitalised, so a capital after the number says nothing there.
pub(crate) fn is_year(text: &str, span: Span, headline: bool) -> bool {
    if !stands_alone(text, span) {
        return false;
    }
    let line_start = matches!(before(text, span.start, 1), "" | "\n");
    let line_end = matches!(after(text, span.end, 1), "" | "\n");
    let bare = text
        .get(span.start..span.end)
        .is_some_and(|t| t.bytes().all(|b| b.is_ascii_digit()));
    if bare && line_start && line_end {
        return false;
    }
    let prev = prev_word(text, span.start).map(str::to_ascii_lowercase);
    if prev
        .as_deref()
        .is_some_and(|w| lexicon::contains(Class::DateIdentifierWord, w))
    {
        return false;
    }
    // "fiscal year 2023", "financial year 2024": not the calendar year.
    let head = before(text, span.start, 24).to_ascii_lowercase();
    if head.ends_with("fiscal year ") || head.ends_with("financial year ") {
        return false;
    }
    // "some 2000 new jobs", "more than 1900": words that introduce a quantity.
    if prev
        .as_deref()
        .is_some_and(|w| lexicon::contains(Class::DateQuantityWord, w))
    {
        return false;
    }
    // "+44 20 7946 2018": a group of a phone number or another digit sequence.
    let digits = |w: &str| w.bytes().all(|b| b.is_ascii_digit());
    if prev.as_deref().is_some_and(digits) || next_word(text, span.end).is_some_and(digits) {
        return false;
    }
    // "the «Open Harbours – 2019» forum": the last word of a quoted title.
    if after(text, span.end, 4).starts_with(['»', '”']) {
        return false;
    }
    // "Annual Summit 2019 opened", "the Lantern Walk 2025": a year after a capitalised
    // word inside a sentence belongs to the name (a preposition or a month is no name).
    if let Some(p) = prev_word(text, span.start) {
        let start = span.start.saturating_sub(p.len() + 1);
        let capital = p.chars().next().is_some_and(char::is_uppercase);
        let initial = matches!(
            before(text, start, 2)
                .trim_end_matches(' ')
                .chars()
                .next_back(),
            None | Some('.' | '!' | '?' | '\n' | ':' | '"' | '“' | '(' | '–' | '—' | '|')
        );
        if capital
            && !headline
            && !initial
            && !lexicon::contains(Class::DatePreposition, p)
            && vocab::month_en(p).is_none()
        {
            return false;
        }
    }
    if let Some(next) = next_word(text, span.end) {
        let lower = next.to_ascii_lowercase();
        if lexicon::contains(Class::DateCountNoun, &lower) {
            return false;
        }
        // "2100 Pennsylvania Avenue", "the 2030 Agenda": a number before a name is part
        // of it, unless a preposition makes it a year ("in 2023 Parliament adopted").
        let capitalised = next.chars().next().is_some_and(char::is_uppercase);
        let after_preposition = prev
            .as_deref()
            .is_some_and(|w| lexicon::contains(Class::DatePreposition, w));
        if capitalised && !headline && !after_preposition && vocab::month_en(next).is_none() {
            return false;
        }
    }
    true
}

/// Whether a lone month name at `span` is a date: after a preposition ("in June",
/// "since April"), before a possessive ("September's summit"), or after "the" before a
/// noun ("the November recess"). `May` and `March` are also a verb, a name and a noun,
/// so they count only after a preposition.
pub(crate) fn is_lone_month(text: &str, span: Span, month: u32) -> bool {
    let prev = prev_word(text, span.start).map(str::to_ascii_lowercase);
    let ambiguous = matches!(month, 3 | 5);
    if let Some(p) = prev.as_deref() {
        let glued = before(text, span.start, 1) != " ";
        if !glued && lexicon::contains(Class::DatePreposition, p) {
            return !(ambiguous && matches!(p, "for" | "to"));
        }
        if ambiguous {
            return false;
        }
        if p == "the" && !glued {
            return next_word(text, span.end).is_some_and(|w| w.chars().all(|c| c.is_lowercase()));
        }
    }
    !ambiguous
        && (after(text, span.end, 4).starts_with("’s")
            || after(text, span.end, 2).starts_with("'s"))
}

/// Whether "today" (or "tomorrow", "yesterday") at `span` is meant in the general
/// sense: "today's world", "the challenges of today", "today and tomorrow", "a better
/// tomorrow", or is part of a name ("Solutions for a Better Tomorrow", "EP Today"; in
/// a `headline` every word has a capital, so that test is skipped there).
pub(crate) fn is_general(text: &str, span: Span, headline: bool) -> bool {
    let prev = prev_word(text, span.start);
    // "from the 1950s to today": the end of a span of time, the present day.
    if prev.is_some_and(|w| w.eq_ignore_ascii_case("to")) {
        let sent = sentence(text, span);
        let upto = sent.len().saturating_sub(
            after(text, span.start, SENTENCE_WINDOW)
                .len()
                .min(sent.len()),
        );
        if sent
            .get(..upto)
            .is_some_and(|h| h.to_ascii_lowercase().contains("from "))
        {
            return true;
        }
    }
    // A title in quotes or emphasis: the work "Tomorrow", the series _Today_.
    let opener = before(text, span.start, 4).chars().next_back();
    let closer = after(text, span.end, 4).chars().next();
    if let (Some(o), Some(c)) = (opener, closer) {
        if matches!(
            (o, c),
            ('_', '_') | ('*', '*') | ('“', '”') | ('"', '"') | ('‘', '’')
        ) {
            return true;
        }
    }
    if before(text, span.start, 12)
        .to_ascii_lowercase()
        .ends_with("today and ")
    {
        return true;
    }
    if prev.is_some_and(|w| lexicon::contains(Class::DateGeneralBefore, w)) {
        return true;
    }
    let capital = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let word = text.get(span.start..span.end).unwrap_or("");
    if !headline && capital(word) && prev.is_some_and(capital) && before(text, span.start, 1) == " "
    {
        return true;
    }
    let tail = after(text, span.end, WINDOW);
    if let Some(rest) = tail
        .strip_prefix("’s ")
        .or_else(|| tail.strip_prefix("'s "))
    {
        // "today's vote" is a date; "today's world" is not. Look at the next three words
        // for the noun ("Today's joint event").
        return !rest
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(3)
            .any(is_occasion);
    }
    // "today and tomorrow", "today and beyond": the words right after, up to the phrase's
    // length, in the same sentence.
    let Some(rest) = tail.strip_prefix(' ') else {
        return false;
    };
    let words: Vec<&str> = rest
        .split(' ')
        .take(lexicon::max_words(Class::DateGeneralAfter))
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    (1..=words.len()).any(|n| {
        words
            .get(..n)
            .is_some_and(|ws| lexicon::contains(Class::DateGeneralAfter, &ws.join(" ")))
    })
}

/// A noun after "today's" that makes it the day's: an event ("today's vote") or another
/// occasion of the day ("today's announcement"), singular or plural.
fn is_occasion(word: &str) -> bool {
    let singular = word.strip_suffix('s').filter(|s| s.len() > 3);
    lexicon::event_head(word).is_some()
        || lexicon::contains(Class::DateOccasion, word)
        || singular.is_some_and(|s| lexicon::contains(Class::DateOccasion, s))
}

/// Whether a date phrase ending at `end` is not a modifier of a noun after it: it ends
/// the text or the clause, or a preposition or conjunction follows ("over the weekend,",
/// "in the spring before the vote"; not "the weekend edition", "summer camp"). A
/// possessive is the phrase's own ("this weekend's fair").
pub(crate) fn ends_phrase(text: &str, end: usize) -> bool {
    let tail = after(text, end, WINDOW);
    let Some(rest) = tail.strip_prefix(' ') else {
        return true;
    };
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    word.is_empty()
        || word.chars().next().is_some_and(char::is_uppercase)
        || lexicon::contains(Class::DateClauseWord, &word)
}

/// Whether a weekday starting at `start` closes a weekly schedule: "Monday to Friday",
/// "Monday–Friday".
pub(crate) fn ends_schedule(text: &str, start: usize) -> bool {
    let head = before(text, start, 24);
    let head = head.trim_end();
    let rest = ["through", "to", "thru", "-", "–"]
        .iter()
        .find_map(|p| head.strip_suffix(p))
        .map(str::trim_end);
    rest.and_then(|r| r.rsplit(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| vocab::weekday_en(w).is_some())
}

/// Whether a weekday at `end` starts a weekly schedule rather than naming a day:
/// "Monday through Friday", "Monday to Friday".
pub(crate) fn starts_schedule(text: &str, end: usize) -> bool {
    let tail = after(text, end, 24);
    let rest = ["through ", "to ", "thru ", "- ", "-", "– ", "–"]
        .iter()
        .find_map(|p| tail.strip_prefix(' ').unwrap_or(tail).strip_prefix(p));
    rest.and_then(|r| r.split(|c: char| !c.is_alphabetic()).next())
        .is_some_and(|w| vocab::weekday_en(w).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str, needle: &str) -> Span {
        let i = text.find(needle).expect("needle is in the text");
        Span::new(i, i + needle.len())
    }

    #[test]
    fn years_in_references_and_counts() {
        let y = |t: &str, n: &str| is_year(t, at(t, n), false);
        assert!(y("by 2030, emissions fall", "2030"));
        assert!(!y("resolution 2017 says", "2017"));
        assert!(!y("in fiscal 2023 sales", "2023"));
        assert!(!y("some 2000 participants", "2000"));
        assert!(!y("at 2100 Pennsylvania Avenue", "2100"));
        assert!(y("in 2023 Parliament adopted", "2023"));
        assert!(!y("S/2023/456", "2023"));
        assert!(!y("2018/19 season", "2018"));
        assert!(!y("call 555-2018 now", "2018"));
        assert!(y("(2017)", "2017"));
        assert!(!y("+44 20 7946 2018 (office)", "2018"));
        assert!(!y("USD 2000 per", "2000"));
        assert!(!y("some 2000 million", "2000"));
        assert!(!y("some 2000 new jobs", "2000"));
        assert!(!y("more than 1900 of", "1900"));
        assert!(!y("and fiscal year 2023.", "2023"));
        assert!(!y("reached 2030 degrees", "2030"));
        assert!(!y("1536\n2048\nBarbara", "2048"));
        assert!(is_year("Make 2031 Green", Span::new(5, 9), true));
    }

    #[test]
    fn lone_months() {
        let m = |t: &str, n: &str, month| is_lone_month(t, at(t, n), month);
        assert!(m("the SDG Summit in September.", "September", 9));
        assert!(m("ahead of September’s Forum", "September", 9));
        assert!(m("during the November recess", "November", 11));
        assert!(!m("Council Leader Rosa May said", "May", 5));
        assert!(!m("support for May in", "May", 5));
        assert!(m("until May the", "May", 5));
        assert!(!m("The March for Science", "March", 3));
    }

    #[test]
    fn today_in_general() {
        let g = |t: &str| {
            let i = t
                .to_ascii_lowercase()
                .find("today")
                .expect("today is in the text");
            is_general(t, Span::new(i, i + 5), false)
        };
        assert!(g("in today's world"));
        assert!(!g("Today's decision ends"));
        assert!(!g("Today’s joint event is"));
        assert!(g("the challenges of today"));
        assert!(!g("adopted today."));
        assert!(g("the painting titled _Today_ shows"));
        assert!(g("a song called “Today” opens"));
        assert!(g("Solutions for a Better Today."));
        assert!(g("for a better today"));
        let headline = "The Summit Opened Today";
        assert!(!is_general(headline, Span::new(18, 23), true));
        assert!(is_general(headline, Span::new(18, 23), false));
    }

    #[test]
    fn schedules() {
        let t = "open Monday through Friday";
        assert!(starts_schedule(t, at(t, "Monday").end));
        let t = "on Monday, the";
        assert!(!starts_schedule(t, at(t, "Monday").end));
    }

    #[test]
    fn sentences() {
        let t = "First one. Parliament will vote on Tuesday. Next.";
        assert_eq!(
            sentence(t, at(t, "Tuesday")),
            "Parliament will vote on Tuesday"
        );
        assert_eq!(before("é1", 1, 4), "");
        assert_eq!(after("1é", 1, 1), "");
    }
}
