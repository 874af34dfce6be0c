//! Date strings as pages print them: the page-date policy of the crate's one date grammar
//! ([`crate::date::grammar`]).
//!
//! A page string (a `<meta>` value, a `<time>` text, a date line) gives its first whole
//! absolute date: an ISO date or RFC 3339 timestamp anywhere in it first, else the first
//! day, month and year in any form the grammar reads in any language of the lexicon, with
//! a time of day written right after it. All-digit dates follow the page's order, or are
//! read only where they read one way. Nothing is guessed: a month without a day, a range
//! or an ambiguous `05/06/2018` on a page whose order is unknown is no page date.

use once_cell::sync::Lazy;
use regex::Regex;

use crate::date::grammar::{self, Expr, Numeric, Read, Reader};
use crate::date::token::{tokens, Tok};
use crate::date::{vocab, Date, DateOrder, Timestamp};
use crate::lexicon::{self, Class};

/// Reads the first date a page string gives: a meta value, a `<time>` text, a date line.
///
/// Handles ISO and RFC 3339 forms, worded dates in the languages of the lexicon, and
/// all-digit dates in the order `order` says (or unambiguous ones when it is unknown).
/// Returns `None` rather than guess.
pub(crate) fn parse_page_date(s: &str, order: Option<DateOrder>) -> Option<Timestamp> {
    parse_page_date_at(s.trim(), order).map(|(t, _)| t)
}

/// [`parse_page_date`], with the byte offset in `s` where the date starts.
pub(crate) fn parse_page_date_at(s: &str, order: Option<DateOrder>) -> Option<(Timestamp, usize)> {
    // Every form has at least four digits (`1.2.23`); most strings a page holds have fewer.
    if s.len() > 400 || s.bytes().filter(u8::is_ascii_digit).take(4).count() < 4 {
        return None;
    }
    let toks = tokens(s);
    let r = Reader {
        text: s,
        toks: &toks,
        policy: grammar::PAGE,
    };
    // A machine value anywhere in the string is the page's own statement of it.
    for i in 0..toks.len() {
        if let Some(read) = grammar::iso(&r, i) {
            let stamp = s.get(read.span.start..read.span.end);
            if let Some(t) = stamp.and_then(Timestamp::parse_lenient) {
                return Some((t, read.span.start));
            }
        }
    }
    for i in 0..toks.len() {
        if let Some((date, read, start)) = page_date_at(&r, i, order) {
            let ts = Timestamp::from_date(date);
            return Some((time_after(&r, read.end, ts).unwrap_or(ts), start));
        }
    }
    None
}

/// The whole absolute date that starts at token `i`, with its read and the byte offset
/// of its day or month (a weekday before it is not where the date starts).
fn page_date_at(
    r: &Reader<'_, '_>,
    i: usize,
    order: Option<DateOrder>,
) -> Option<(Date, Read, usize)> {
    let start = r.toks.get(i)?.span.start;
    if let Some(read) = grammar::numeric(r, i) {
        // A number glued to a symbol or a longer number is not a date: `1.2.3.2018`.
        let glued = i.checked_sub(1).is_some_and(|p| {
            r.tight(i) && matches!(r.tok(p), Some(Tok::Num { .. } | Tok::Mark('/' | '.' | '-')))
        });
        let Expr::Numeric(n) = read.expr else {
            return None;
        };
        let date = if glued {
            None
        } else {
            numeric_date(n, order, r, i)
        };
        return date.map(|d| (d, read, start));
    }
    let read = grammar::day_mon_year(r, i).or_else(|| grammar::points(r, i))?;
    let Expr::Points {
        part: None,
        shift: None,
        year_offset: None,
        second: None,
        between: false,
        from: false,
        first,
    } = read.expr
    else {
        return None;
    };
    let date = Date::new(first.year?, first.month?, first.day?)?;
    // "Monday, 2 July 2018": the date starts at its day or month.
    let start = if first.weekday.is_some() {
        r.toks
            .iter()
            .skip(i + 1)
            .take_while(|t| t.span.end <= read.span.end)
            .find(|t| !matches!(t.tok, Tok::Mark(_)))
            .map_or(start, |t| t.span.start)
    } else {
        start
    };
    Some((date, read, start))
}

/// The day of an all-digit page date: year-first dates are year, month, day; two-digit
/// years are day first; otherwise the page's order decides, and without one only a date
/// that reads one way, or the European habit of `.` and `-` between day and month.
fn numeric_date(
    n: Numeric,
    order: Option<DateOrder>,
    r: &Reader<'_, '_>,
    i: usize,
) -> Option<Date> {
    let (a, b, y) = (n.a, n.b, n.year);
    if n.year_first {
        return Date::new(y, b, a);
    }
    let two_digit_year = matches!(r.tok(i + 4), Some(Tok::Num { digits: 2, .. }));
    if two_digit_year {
        // A site that writes months first does not write two-digit years with dots.
        return (order != Some(DateOrder::MonthFirst))
            .then(|| Date::new(y, b, a))
            .flatten();
    }
    match order {
        Some(DateOrder::DayFirst) => Date::new(y, b, a),
        Some(DateOrder::MonthFirst) => Date::new(y, a, b),
        None if a > 12 => Date::new(y, b, a),
        None if b > 12 => Date::new(y, a, b),
        // `.` and `-` between day and month are European habits; `/` is ambiguous.
        None if n.sep != '/' => Date::new(y, b, a),
        None if a == b => Date::new(y, a, b),
        None => None,
    }
}

/// A time of day written right after a date, as pages state it: `17-12-2024 - 13:17`,
/// `Publié le 12.05.2021 à 10h30`, `4/6/2016 4:00:00 PM`, `28.09.19 12:44`.
fn time_after(r: &Reader<'_, '_>, mut k: usize, ts: Timestamp) -> Option<Timestamp> {
    // A few marks (`,`, `-`, `|`, `@`) and a preposition ("at", "à", "um", "a las").
    let mut marks = 0;
    while marks < 4 && matches!(r.tok(k), Some(Tok::Mark(_))) {
        k += 1;
        marks += 1;
    }
    for n in (1..=lexicon::max_words(Class::DateTimePreposition)).rev() {
        let words: Option<Vec<&str>> = (k..k + n).map(|j| r.toks.get(j)?.word()).collect();
        if words.is_some_and(|w| lexicon::contains(Class::DateTimePreposition, &w.join(" "))) {
            k += n;
            if matches!(r.tok(k), Some(Tok::Mark('.'))) && r.tight(k) {
                k += 1; // "kl."
            }
            break;
        }
    }
    let Some(Tok::Num {
        value: mut h,
        digits: 1 | 2,
        suffix,
    }) = r.tok(k)
    else {
        return None;
    };
    // `16:18`, `16.18`, `10h30`
    let minutes_at = match suffix {
        "h" | "H" if r.tight(k + 1) => k + 1,
        "" if matches!(r.tok(k + 1), Some(Tok::Mark(':' | '.')))
            && r.tight(k + 1)
            && r.tight(k + 2) =>
        {
            k + 2
        }
        _ => return None,
    };
    let Some(Tok::Num {
        value: mi,
        digits: 2,
        suffix: mut meridiem,
    }) = r.tok(minutes_at)
    else {
        return None;
    };
    let mut next = minutes_at + 1;
    let mut sec = 0;
    if meridiem.is_empty()
        && r.tok(next) == Some(Tok::Mark(':'))
        && r.tight(next)
        && r.tight(next + 1)
    {
        if let Some(Tok::Num {
            value,
            digits: 2,
            suffix,
        }) = r.tok(next + 1)
        {
            sec = value;
            meridiem = suffix;
            next += 2;
        }
    }
    if meridiem.is_empty() && r.spaced(next) {
        // `4:00:00 PM`, `4:00 p.m.`
        match (r.tok(next), r.tok(next + 1), r.tok(next + 2)) {
            (Some(Tok::Word(w)), ..)
                if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("pm") =>
            {
                meridiem = w
            }
            (Some(Tok::Word(w)), Some(Tok::Mark('.')), Some(Tok::Word(m)))
                if (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("p"))
                    && m.eq_ignore_ascii_case("m") =>
            {
                meridiem = w;
            }
            _ => {}
        }
    }
    match meridiem.to_ascii_lowercase().as_str() {
        "am" | "a" | "pm" | "p" => {
            let pm = meridiem.starts_with(['p', 'P']);
            if h == 12 {
                h = 0;
            }
            if pm {
                h += 12;
            }
        }
        "" => {}
        _ => return None,
    }
    ts.with_time(h, mi, sec)
}

/// A publication date before the web's first news sites is a placeholder or a typo.
pub(crate) fn plausible(d: Date) -> bool {
    d.year() >= 1995
}

/// The word before a date that says what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    None,
    /// "Published", "Veröffentlicht am", "Datum:", "Pressemitteilung vom".
    Published,
    /// "Updated", "Aktualisiert am", "Mis à jour le". ("Stand:" is the page's date, as
    /// German sites use it.)
    Updated,
}

/// The cue in the 30 characters before byte `start` of `text`; the nearest one wins.
pub(crate) fn cue_before(text: &str, start: usize) -> Cue {
    let before = text.get(..start).unwrap_or("");
    let tail = before
        .char_indices()
        .rev()
        .nth(30)
        .map_or(before, |(i, _)| before.get(i..).unwrap_or(before));
    let toks = tokens(tail);
    let text_of = |t: &crate::date::token::Token<'_>| tail.get(t.span.start..t.span.end);
    let mut found = Cue::None;
    for i in 0..toks.len() {
        for n in 1..=lexicon::max_words(Class::PageDateCue) {
            let Some(phrase) = toks.get(i..i + n).and_then(|ts| {
                let words: Option<Vec<&str>> = ts.iter().map(text_of).collect();
                words.map(|w| w.join(" "))
            }) else {
                break;
            };
            match lexicon::value(Class::PageDateCue, &phrase) {
                Some("updated") => found = Cue::Updated,
                Some(_) => found = Cue::Published,
                None => {}
            }
        }
    }
    found
}

/// Whether a participle of posting follows the date that starts at byte `start`, as German
/// word order puts it: "… wurde am 19. Mai 2010 um 23:03 Uhr gepostet".
pub(crate) fn posted_after(text: &str, start: usize) -> bool {
    let rest = text.get(start..).unwrap_or("");
    let end = rest.char_indices().nth(60).map_or(rest.len(), |(i, _)| i);
    rest.get(..end).is_some_and(|r| {
        tokens(r)
            .iter()
            .filter_map(|t| t.word())
            .any(|w| lexicon::contains(Class::PageDatePostedAfter, w))
    })
}

/// A line that states a date: short, or starting with the date, or after a cue word.
pub(crate) fn line_date(line: &str, order: Option<DateOrder>) -> Option<(Timestamp, Cue)> {
    if line.len() > 400 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let (ts, start) = parse_page_date_at(line, order)?;
    let cue = match cue_before(line, start) {
        Cue::None if posted_after(line, start) => Cue::Published,
        cue => cue,
    };
    let short = line.chars().count() <= 80;
    (short || start <= 3 || cue != Cue::None).then_some((ts, cue))
}

/// The date after an update cue later in a line that states another date first
/// ("Published 4 March 2021 | Last updated 9 March 2021", "Posted 2 May · Revised 6 May
/// 2022"); `None` when no cue marks an update there.
pub(crate) fn update_in_line(line: &str, order: Option<DateOrder>) -> Option<Timestamp> {
    if line.len() > 400 {
        return None;
    }
    let toks = tokens(line);
    let text_of = |t: &crate::date::token::Token<'_>| line.get(t.span.start..t.span.end);
    for i in 1..toks.len() {
        for n in (1..=lexicon::max_words(Class::PageDateCue)).rev() {
            let Some(run) = toks.get(i..i + n) else {
                continue;
            };
            let words: Option<Vec<&str>> = run.iter().map(text_of).collect();
            let Some(phrase) = words.map(|w| w.join(" ")) else {
                continue;
            };
            if lexicon::value(Class::PageDateCue, &phrase) != Some("updated") {
                continue;
            }
            let end = run.last().map_or(0, |t| t.span.end);
            let rest = line.get(end..).unwrap_or("");
            // The date must follow the cue closely, not stand in a later sentence.
            if let Some((ts, _)) = parse_page_date_at(rest, order).filter(|(_, at)| *at <= 6) {
                return Some(ts);
            }
        }
    }
    None
}

/// A date in a URL path (`/2016/04/06/`, `/2016-04-06-`, `/20160406`, `/2020/oct/02/`),
/// when there is one.
pub(crate) fn date_in_url(url: &str) -> Option<Date> {
    static URL_DATE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?:/|_|-)((?:19|20)\d\d)(?:[/_-]?)([01]\d)(?:[/_-]?)([0-3]\d)(?:/|_|-|\.|$)")
            .expect("url date is a valid pattern")
    });
    static URL_WORDED: Lazy<Regex> = Lazy::new(|| {
        Regex::new(r"(?i)/((?:19|20)\d\d)/([a-z]{3,9})/([0-3]?\d)/")
            .expect("worded url date is a valid pattern")
    });
    let path = url.split(['?', '#']).next().unwrap_or(url);
    let num =
        |c: &regex::Captures<'_>, i: usize| -> Option<u32> { c.get(i)?.as_str().parse().ok() };
    if let Some(c) = URL_DATE.captures(path) {
        return Date::new(num(&c, 1)? as i32, num(&c, 2)?, num(&c, 3)?);
    }
    let c = URL_WORDED.captures(path)?;
    Date::new(
        num(&c, 1)? as i32,
        vocab::month_en(c.get(2)?.as_str())?,
        num(&c, 3)?,
    )
}
