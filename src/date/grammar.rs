//! The date grammar: tokens → date expressions, one grammar for every place a date is
//! read.
//!
//! The body text (`crate::dates`), the date strings of a page (`crate::document::pagedate`)
//! and the dateline opener (`crate::document::meta`) all read dates with these rules and
//! differ only in their [`Policy`] (which month names, whether names must be capitalised,
//! which years) and in what they accept afterwards: a page date must be a whole absolute
//! date, a dateline's date a day and a month, a date in the body must stand in its
//! sentence. A new date form is one rule here and one row of the table tests in
//! `tests.rs`; all three readers then have it.
//!
//! This is syntax only: nothing here knows the release's date or the words around a
//! match. Each rule takes the token index it starts at and returns what it read with the
//! index after it, or `None`; a reader never consumes more than its rule reads.

use super::token::{Tok, Token};
use super::vocab::{self, Link, Names, PartWord, Unit};
use crate::span::Span;

/// How a reader reads: the vocabulary, the case and the years it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Policy {
    /// Month names of English only, or of every language of the lexicon.
    pub names: Names,
    /// Month and weekday names must be capitalised (`June`, `JUNE`): in running text
    /// "may" and "march" are words.
    pub capitalised: bool,
    /// The years a four-digit number may name.
    pub years: (u32, u32),
    /// The habits of page strings: `2. Juli`, `5 de julio de 2020`, `4. 2. 2022`,
    /// `2022. február 2.`, `30.10.23`, and any white space between words.
    pub loose: bool,
}

/// Running text: English names, capitalised; years 1800–2199.
pub(crate) const TEXT: Policy = Policy {
    names: Names::English,
    capitalised: true,
    years: (1800, 2199),
    loose: false,
};

/// Date strings of a page (metadata values, date lines): every language, any case, the
/// years of the web.
pub(crate) const PAGE: Policy = Policy {
    names: Names::All,
    capitalised: false,
    years: (1900, 2099),
    loose: true,
};

/// A calendar point as written: any of weekday, day, month and year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Point {
    pub weekday: Option<u32>,
    pub day: Option<u32>,
    pub month: Option<u32>,
    /// The month is an abbreviation (`Jun`).
    pub abbreviated: bool,
    pub year: Option<i32>,
    /// The day is written before the month (`28 June`).
    pub day_first: bool,
    /// The words of this point alone.
    pub span: Span,
}

impl Point {
    /// Whether the point names a day of a month (with or without its year).
    pub fn is_day(&self) -> bool {
        self.day.is_some() && self.month.is_some()
    }
}

/// Which part of a month or year a fuzzy prefix names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Early,
    Mid,
    Late,
    /// "the beginning of", "the start of".
    Start,
    /// "the end of".
    End,
    /// "the first week of" (1–4) or "the last week of" (0).
    Week(u32),
    /// "the first half of" (1) or "the second half of" (2).
    Half(u32),
    /// "the third quarter of", `Q3`.
    Quarter(u32),
    /// "the month of": no change.
    Whole,
    /// "the week of June 5": the week, Monday to Sunday, that holds a day.
    WeekOf,
}

/// `last`, `this` or `next` before a month or a weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Shift {
    Last,
    This,
    Next,
}

impl Shift {
    fn from_offset(k: i32) -> Shift {
        match k {
            k if k < 0 => Shift::Last,
            0 => Shift::This,
            _ => Shift::Next,
        }
    }
}

/// An all-digit date as written; which of `a` and `b` is the day is the reader's policy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Numeric {
    pub a: u32,
    pub b: u32,
    pub year: i32,
    pub sep: char,
    /// `2024.10.25`, `2022年2月2日`: year, month, day, whatever the page's habit.
    pub year_first: bool,
}

/// A relative expression: counted from the release's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relative {
    /// `today`, `yesterday`, `earlier today`, `this morning`; `word` is the day word.
    Day { offset: i64, word: Span },
    /// `this week`, `last month`, `the previous year`, `Earlier this month`.
    Unit { unit: Unit, offset: i32, the: bool },
    /// `three days ago`.
    Ago { count: u32, unit: Unit },
    /// `on Monday`, `last Friday`: the weekday and the span of its name.
    Weekday {
        weekday: u32,
        shift: Option<Shift>,
        day: Span,
    },
}

/// What a rule read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Expr {
    /// One or two calendar points: `28 June 2018`, `mid-June`, `2018–2020`, `last December`.
    Points {
        between: bool,
        /// A leading "from", which lets two months without a year make a range.
        from: bool,
        part: Option<Part>,
        shift: Option<Shift>,
        /// The year of "March this year" (0), "January next year" (1).
        year_offset: Option<i32>,
        first: Point,
        second: Option<(Link, Point)>,
    },
    /// A part of a relative year or month: "early this year", "the end of the month".
    RelativePeriod {
        part: Part,
        month: bool,
        offset: i32,
    },
    /// `Q3 2018`, `H1 2019`.
    Quarter { part: Part, year: i32 },
    /// An ISO date or an RFC 3339 timestamp; the time stays in the span, not the value.
    Iso(crate::date::Date),
    /// An all-digit date.
    Numeric(Numeric),
    /// A date counted from the release's date.
    Relative(Relative),
}

/// An expression, the words it covers, and the index of the token after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Read {
    pub expr: Expr,
    pub span: Span,
    pub end: usize,
}

/// The tokens of a text with the policy they are read by.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reader<'a, 't> {
    pub text: &'t str,
    pub toks: &'a [Token<'t>],
    pub policy: Policy,
}

/// A name written as names are: `June`, `JUNE`, `Sept` (not `june`, `jUNE`).
fn capitalised(w: &str) -> bool {
    let mut cs = w.chars();
    let Some(first) = cs.next() else {
        return false;
    };
    let rest: Vec<char> = cs.collect();
    first.is_uppercase()
        && (rest.iter().all(|c| !c.is_uppercase()) || rest.iter().all(|c| !c.is_lowercase()))
}

/// A function word that opens an expression, in lower or title case (`the`, `The`;
/// `THE` is a heading's).
fn plain(w: &str) -> bool {
    w.chars().skip(1).all(|c| !c.is_uppercase())
}

/// A function word inside an expression: lowercase (in "This Week" the capitals make a
/// name of a column or a show, not a date).
fn lower(w: &str) -> bool {
    w.chars().all(|c| !c.is_uppercase())
}

impl<'t> Reader<'_, 't> {
    pub fn tok(&self, i: usize) -> Option<Tok<'t>> {
        self.toks.get(i).map(|t| t.tok)
    }

    /// The span of the tokens `a..b`, `b` exclusive. A last dot (`Jan.`) is read but left
    /// out of the span: it may also end the sentence.
    pub fn span(&self, a: usize, b: usize) -> Option<Span> {
        let first = self.toks.get(a)?;
        let mut last = b.checked_sub(1)?;
        if last > a && self.mark(last, '.') {
            last -= 1;
        }
        let last = self.toks.get(last)?;
        Some(Span::new(first.span.start, last.span.end))
    }

    /// The text between token `i - 1` and token `i`.
    pub fn gap(&self, i: usize) -> &'t str {
        let (Some(prev), Some(this)) = (
            i.checked_sub(1).and_then(|j| self.toks.get(j)),
            self.toks.get(i),
        ) else {
            return "";
        };
        self.text.get(prev.span.end..this.span.start).unwrap_or("")
    }

    /// Token `i` touches the one before it.
    pub fn tight(&self, i: usize) -> bool {
        self.gap(i).is_empty()
    }

    /// One space before token `i` (any run of white space in a page string).
    pub fn spaced(&self, i: usize) -> bool {
        let g = self.gap(i);
        g == " " || (self.policy.loose && !g.is_empty() && g.chars().all(char::is_whitespace))
    }

    /// At most a space before token `i`.
    fn near(&self, i: usize) -> bool {
        self.tight(i) || self.spaced(i)
    }

    fn word(&self, i: usize) -> Option<&'t str> {
        self.toks.get(i)?.word()
    }

    /// Token `i` is the function word `w` opening an expression (lower or title case).
    pub fn is(&self, i: usize, w: &str) -> bool {
        self.word(i)
            .is_some_and(|x| x.eq_ignore_ascii_case(w) && (self.policy.loose || plain(x)))
    }

    /// Token `i` is the function word `w` inside an expression (lowercase).
    pub fn low(&self, i: usize, w: &str) -> bool {
        self.word(i)
            .is_some_and(|x| x.eq_ignore_ascii_case(w) && (self.policy.loose || lower(x)))
    }

    fn mark(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_mark(c))
    }

    fn name_case(&self, w: &str) -> bool {
        !self.policy.capitalised || capitalised(w)
    }

    /// A month name at `i`: (month, abbreviated, next). An abbreviation, and in a page
    /// string any name, may take a dot (`Sept.`, `févr.`).
    pub fn month(&self, i: usize) -> Option<(u32, bool, usize)> {
        let w = self.word(i)?;
        let (m, abbr) = vocab::month(w, self.policy.names)?;
        if !self.name_case(w) {
            return None;
        }
        let dot = (abbr || self.policy.loose) && self.mark(i + 1, '.') && self.tight(i + 1);
        Some((m, abbr, if dot { i + 2 } else { i + 1 }))
    }

    /// A weekday name at `i` (an abbreviation only with `abbr`): (weekday, next).
    pub fn weekday(&self, i: usize, abbr: bool) -> Option<(u32, usize)> {
        let w = self.word(i)?;
        let (d, short) = vocab::weekday(w)?;
        if (short && !abbr) || !self.name_case(w) {
            return None;
        }
        let dot = short && self.mark(i + 1, '.') && self.tight(i + 1);
        Some((d, if dot { i + 2 } else { i + 1 }))
    }

    /// A day of the month at `i`, with an ordinal suffix or (in a page string) a dot:
    /// (day, next).
    pub fn day(&self, i: usize) -> Option<(u32, usize)> {
        let Some(Tok::Num {
            value,
            digits: 1 | 2,
            suffix,
        }) = self.tok(i)
        else {
            return None;
        };
        let ordinal = match suffix {
            "" | "st" | "nd" | "rd" | "th" => true,
            "er" | "e" | "º" | "ª" | "o" | "ST" | "ND" | "RD" | "TH" => self.policy.loose,
            _ => false,
        };
        if !ordinal || !(1..=31).contains(&value) {
            return None;
        }
        let dot =
            self.policy.loose && suffix.is_empty() && self.mark(i + 1, '.') && self.tight(i + 1);
        Some((value, if dot { i + 2 } else { i + 1 }))
    }

    /// A four-digit year at `i`.
    pub fn year(&self, i: usize) -> Option<i32> {
        match self.tok(i)? {
            Tok::Num {
                value,
                digits: 4,
                suffix: "",
            } if (self.policy.years.0..=self.policy.years.1).contains(&value) => {
                i32::try_from(value).ok()
            }
            _ => None,
        }
    }

    /// A number of `digits` digits without a suffix at `i`.
    fn plain_num(&self, i: usize, digits: std::ops::RangeInclusive<u8>) -> Option<u32> {
        match self.tok(i)? {
            Tok::Num {
                value,
                digits: n,
                suffix: "",
            } if digits.contains(&n) => Some(value),
            _ => None,
        }
    }
}

/// `[weekday[,]] (day [of] month | month day | day | month) [[,] year] | year`, with the
/// page habits of its policy (`2. Juli`, `5 de julio de 2020`, `2022. február 2.`).
pub(crate) fn point(r: &Reader<'_, '_>, i: usize) -> Option<(Point, usize)> {
    let mut p = Point::default();
    let mut j = i;
    if let Some((w, next)) = r.weekday(j, true) {
        p.weekday = Some(w);
        j = next;
        if r.mark(j, ',') && r.tight(j) {
            j += 1;
        }
        if !r.spaced(j) {
            return None;
        }
    }
    if let Some((d, next)) = r.day(j) {
        p.day = Some(d);
        j = next;
        let mut k = j;
        if r.spaced(k) && (r.low(k, "of") || (r.policy.loose && r.is(k, "de"))) {
            k += 1;
        }
        if r.spaced(k) {
            if let Some((m, abbr, next)) = r.month(k) {
                p.month = Some(m);
                p.abbreviated = abbr;
                p.day_first = true;
                j = next;
            }
        }
    } else if let Some((m, abbr, next)) = r.month(j) {
        p.month = Some(m);
        p.abbreviated = abbr;
        j = next;
        if r.spaced(j) {
            if let Some((d, next)) = r.day(j) {
                // "June 2,000 people": a day that runs on into a number is not one.
                p.day = Some(d);
                j = next;
            }
        }
    } else if p.weekday.is_none() {
        let y = r.year(j)?;
        // "2022. február 2.": year, month, day, the Hungarian way.
        if r.policy.loose {
            let mut k = j + 1;
            if r.mark(k, '.') && r.tight(k) {
                k += 1;
            }
            if let (true, Some((m, abbr, next))) = (r.spaced(k), r.month(k)) {
                if let (true, Some((d, next))) = (r.spaced(next), r.day(next)) {
                    p.year = Some(y);
                    p.month = Some(m);
                    p.abbreviated = abbr;
                    p.day = Some(d);
                    p.span = r.span(i, next)?;
                    return Some((p, next));
                }
            }
        }
        p.year = Some(y);
        p.span = r.span(i, j + 1)?;
        return Some((p, j + 1));
    }
    if p.weekday.is_some() && p.day.is_none() {
        return None;
    }
    if p.month.is_some() {
        if let Some((y, next)) = year_after(r, j, !p.day_first && p.day.is_some()) {
            p.year = Some(y);
            j = next;
        }
    }
    p.span = r.span(i, j)?;
    Some((p, j))
}

/// `[,] year` after a month or a day, or `, ⏎ year` where a table cell wraps after a
/// month-first day (`November 2,` then `2024`); in a page string also `de 2020`.
fn year_after(r: &Reader<'_, '_>, j: usize, wrap: bool) -> Option<(i32, usize)> {
    let mut k = j;
    let comma = r.mark(k, ',') && r.tight(k);
    if comma {
        k += 1;
    }
    let spaced = r.spaced(k) || (wrap && comma && r.gap(k) == "\n");
    if r.policy.loose && r.spaced(k) && (r.is(k, "de") || r.is(k, "del")) && r.spaced(k + 1) {
        k += 1;
    }
    if !(spaced || (r.policy.loose && r.spaced(k))) {
        return None;
    }
    Some((r.year(k)?, k + 1))
}

/// A fuzzy prefix: "early", "mid-", "the end of", "the last week of", "the month of",
/// "the week of"; with the index after it (and after "the month of" that may follow).
fn part(r: &Reader<'_, '_>, i: usize) -> Option<(Part, usize)> {
    let mut j = i;
    if r.is(j, "the") && r.spaced(j + 1) {
        j += 1;
    }
    if r.low(j, "very") && j > i && r.spaced(j + 1) {
        j += 1;
    }
    let w = r.word(j)?;
    let cased = if j > i { lower(w) } else { plain(w) };
    if !(r.policy.loose || cased) {
        return None;
    }
    let of = |k: usize| r.spaced(k) && r.low(k, "of");
    let (p, mut next) = if let Some(pw) = vocab::part(w) {
        match pw {
            PartWord::Early | PartWord::Late | PartWord::Mid if !of(j + 1) => (
                match pw {
                    PartWord::Early => Part::Early,
                    PartWord::Late => Part::Late,
                    _ => Part::Mid,
                },
                j + 1,
            ),
            PartWord::Middle if of(j + 1) => (Part::Mid, j + 2),
            PartWord::Start if of(j + 1) => (Part::Start, j + 2),
            PartWord::End if of(j + 1) => (Part::End, j + 2),
            // "end-June"
            PartWord::End if r.mark(j + 1, '-') && r.tight(j + 1) => (Part::End, j + 1),
            _ => return None,
        }
    } else if w.eq_ignore_ascii_case("week") && of(j + 1) && j > i {
        (Part::WeekOf, j + 2)
    } else if w.eq_ignore_ascii_case("month") && of(j + 1) && j > i {
        (Part::Whole, j + 2)
    } else if let Some(n) = vocab::ordinal(w) {
        let unit = r.word(j + 1).filter(|_| r.spaced(j + 1))?;
        if !of(j + 2) {
            return None;
        }
        let p = match (unit.to_ascii_lowercase().as_str(), n) {
            ("week", n @ 0..=4) => Part::Week(n),
            ("half", 0 | 2) => Part::Half(2),
            ("half", 1) => Part::Half(1),
            ("quarter", 0) => Part::Quarter(4),
            ("quarter", n @ 1..=4) => Part::Quarter(n),
            _ => return None,
        };
        (p, j + 3)
    } else {
        return None;
    };
    // "mid-June", "mid-2019", "mid June"
    if r.mark(next, '-') && r.tight(next) {
        next += 1;
    } else if !r.spaced(next) {
        return None;
    }
    // "the end of the month of June" reads as "the end of June".
    if r.low(next, "the") && r.low(next + 1, "month") && r.low(next + 2, "of") {
        next += 3;
    }
    Some((p, next))
}

/// `this year` (0, a year), `next month` (1, a month), `last year` (-1), `the year` (0).
fn relative_period(r: &Reader<'_, '_>, i: usize) -> Option<(i32, bool, usize)> {
    let w = r.word(i)?;
    if !(r.policy.loose || lower(w)) {
        return None;
    }
    let offset = if w.eq_ignore_ascii_case("the") {
        0
    } else {
        vocab::shift(w).filter(|_| !w.eq_ignore_ascii_case("previous"))?
    };
    if !r.spaced(i + 1) {
        return None;
    }
    let month = match vocab::unit(r.word(i + 1)?)? {
        Unit::Year if r.low(i + 1, "year") => false,
        Unit::Month if r.low(i + 1, "month") => true,
        _ => return None,
    };
    Some((offset, month, i + 2))
}

/// A link between two ends of a range at `i`: a dash (with or without spaces) or a
/// spaced link word.
fn link(r: &Reader<'_, '_>, i: usize) -> Option<(Link, usize)> {
    match r.tok(i)? {
        Tok::Mark('-' | '–' | '—' | '~') if r.near(i) && r.near(i + 1) => {
            Some((Link::To, i + 1))
        }
        Tok::Word(w) if lower(w) && r.spaced(i) && r.spaced(i + 1) => {
            Some((vocab::link(w)?, i + 1))
        }
        _ => None,
    }
}

/// Whether `b` can close a range that `a` opens: a day (or a bare day that borrows its
/// month) with a day, a month with a month, a year with a year.
fn compatible(a: &Point, b: &Point) -> bool {
    match (a.day, a.month, a.year) {
        // "28 to 30 June": the bare day takes the month written after the second day.
        (Some(_), None, _) => b.is_day() && b.day_first,
        // "28 June to 2 July", "June 28 to July 2", "June 28 to 30"; not "28 June and
        // July 2", which is two dates written two ways.
        (Some(_), Some(_), _) => {
            b.day.is_some() && (b.month.is_none() || b.day_first == a.day_first)
        }
        (None, Some(_), _) => b.day.is_none() && b.month.is_some(),
        (None, None, Some(_)) => b.day.is_none() && b.month.is_none() && b.year.is_some(),
        _ => false,
    }
}

/// One or two points with their qualifiers: `28 June 2018`, `between March and May 2019`,
/// `mid-June`, `the last week of June 2018`, `last December`, `March this year`,
/// `2018–2020`, `from 6 to 10 July 2020`, `early this year`.
pub(crate) fn points(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let mut j = i;
    let between = r.is(j, "between") && r.spaced(j + 1);
    let from = !between && r.is(j, "from") && r.spaced(j + 1);
    if between || from {
        j += 1;
    }
    // "between" carries the range; "from" adds nothing to "6 to 10 July".
    let start = if between { i } else { j };
    let mut shift = None;
    if let Some(k) = r.word(j).filter(|w| plain(w)).and_then(vocab::shift) {
        // "last December"; "last week of June" is a fuzzy part, not a shifted month.
        if r.spaced(j + 1) && r.month(j + 1).is_some() && !r.is(j, "previous") {
            shift = Some(Shift::from_offset(k));
            j += 1;
        }
    }
    let mut part_read = None;
    if let Some((p, next)) = part(r, j) {
        if let Some((offset, month, end)) = relative_period(r, next) {
            if between || from || shift.is_some() {
                return None;
            }
            return Some(Read {
                expr: Expr::RelativePeriod {
                    part: p,
                    month,
                    offset,
                },
                span: r.span(start, end)?,
                end,
            });
        }
        part_read = Some(p);
        j = next;
    }
    let (first, mut j) = point(r, j)?;
    let mut year_offset = None;
    if first.month.is_some() && first.day.is_none() && first.year.is_none() && r.spaced(j) {
        if let Some((offset, false, next)) = relative_period(r, j) {
            if !r.is(j, "the") {
                year_offset = Some(offset);
                j = next;
            }
        }
    }
    let mut second = None;
    if part_read.is_none() && shift.is_none() && year_offset.is_none() {
        if let Some((l, k)) = link(r, j) {
            if let Some((mut p2, mut end)) = point(r, k) {
                // After a year the second end has its month ("28 June 2018 to 2 July
                // 2018"); a bare day followed by a colon is a time ("11, 2024 –1:00 PM").
                // A bare second day closes a month-first range only ("June 28 to 30");
                // followed by a colon or "a.m." it is a time ("11, 2024 –1:00 PM").
                let bare = p2.month.is_none() && p2.year.is_none();
                let time = bare
                    && ((r.mark(end, ':') && r.tight(end))
                        || (r.spaced(end)
                            && (r.low(end, "a") || r.low(end, "p"))
                            && r.mark(end + 1, '.')));
                let ok = !(bare && (first.year.is_some() || first.day_first)) && !time;
                if ok && compatible(&first, &p2) {
                    // "June 5-7, 2018": the year follows the second day.
                    if p2.year.is_none() && p2.month.is_none() && first.year.is_none() {
                        if let Some((y, next)) = year_after(r, end, true) {
                            p2.year = Some(y);
                            p2.span = Span::new(p2.span.start, r.span(end, next)?.end);
                            end = next;
                        }
                    }
                    second = Some((l, p2));
                    j = end;
                }
            }
        }
    }
    // A bare day is only the first end of a range ("28 and 29 June").
    if second.is_none() && first.month.is_none() && first.year.is_none() {
        return None;
    }
    Some(Read {
        expr: Expr::Points {
            between,
            from,
            part: part_read,
            shift,
            year_offset,
            first,
            second,
        },
        span: r.span(start, j)?,
        end: j,
    })
}

/// `Q3 2018`, `H1 2019`.
pub(crate) fn quarter(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let part = match (r.word(i)?, r.tok(i + 1)?) {
        (
            "Q",
            Tok::Num {
                value: n @ 1..=4,
                digits: 1,
                suffix: "",
            },
        ) => Part::Quarter(n),
        (
            "H",
            Tok::Num {
                value: n @ 1..=2,
                digits: 1,
                suffix: "",
            },
        ) => Part::Half(n),
        _ => return None,
    };
    if !r.tight(i + 1) || !r.near(i + 2) {
        return None;
    }
    let year = r.year(i + 2)?;
    Some(Read {
        expr: Expr::Quarter { part, year },
        span: r.span(i, i + 3)?,
        end: i + 3,
    })
}

/// An ISO date or RFC 3339 timestamp starting at token `i`: `2018-06-28`,
/// `2018-07-19T16:18:55+00:00`, `2024-09-25 17:39:56`.
pub(crate) fn iso(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let t = r.toks.get(i)?;
    r.year(i)?;
    let rest = r.text.get(t.span.start..)?;
    let len = iso_len(rest)?;
    let date = crate::date::Date::parse_iso_prefix(rest)?;
    let end_byte = t.span.start + len;
    let end = r
        .toks
        .iter()
        .skip(i)
        .position(|t| t.span.start >= end_byte)
        .map_or(r.toks.len(), |k| i + k);
    Some(Read {
        expr: Expr::Iso(date),
        span: Span::new(t.span.start, end_byte),
        end,
    })
}

/// The length of the ISO date or timestamp at the start of `s`, when it ends at a word
/// boundary: `YYYY-MM-DD`, then optionally `T` or a space, `hh:mm[:ss[.fff]]` and `Z` or
/// `±hh[:]mm`.
pub(crate) fn iso_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    if !((0..4).all(digit)
        && at(4, b'-')
        && digit(5)
        && digit(6)
        && at(7, b'-')
        && digit(8)
        && digit(9))
    {
        return None;
    }
    let word = |i: usize| {
        b.get(i)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
    };
    let mut end = 10;
    // The time: `T16:18` or ` 16:18`, then seconds, fractions and a zone.
    if (at(10, b'T') || at(10, b' '))
        && digit(11)
        && digit(12)
        && at(13, b':')
        && digit(14)
        && digit(15)
    {
        let mut k = 16;
        if at(k, b':') && digit(k + 1) && digit(k + 2) {
            k += 3;
            if at(k, b'.') && digit(k + 1) {
                k += 1;
                while digit(k) && k < 30 {
                    k += 1;
                }
            }
        }
        if at(k, b'Z') {
            k += 1;
        } else if (at(k, b'+') || at(k, b'-')) && digit(k + 1) && digit(k + 2) {
            let m = if at(k + 3, b':') { k + 4 } else { k + 3 };
            if digit(m) && digit(m + 1) {
                k = m + 2;
            }
        }
        if !word(k) {
            end = k;
        }
    }
    (!word(end)).then_some(end)
}

/// An all-digit date at `i`: `28/06/2018`, `28.06.2018`, `19-10-2022`, `2024/10/25`; in a
/// page string also `4. 2. 2022`, `2022. 2. 2.`, `30.10.23` and `2022年2月2日`.
pub(crate) fn numeric(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let loose = r.policy.loose;
    // A separator at `k`, glued to the number before it and to the one after it (in a
    // page string, a dot or a slash may have a space after it).
    let sep = |k: usize, allowed: &[char]| -> Option<char> {
        let Tok::Mark(c) = r.tok(k)? else {
            return None;
        };
        let after = r.tight(k + 1) || (loose && c != '-' && r.spaced(k + 1));
        (allowed.contains(&c) && r.tight(k) && after).then_some(c)
    };
    let small = |k: usize| r.plain_num(k, 1..=2).filter(|v| (1..=31).contains(v));
    let read = |n: Numeric, end: usize| {
        Some(Read {
            expr: Expr::Numeric(n),
            span: r.span(i, end)?,
            end,
        })
    };
    if let Some(year) = r.year(i) {
        // 2024/10/25, 2024.10.25, 2022. 2. 2.
        if let Some(s1) = sep(i + 1, &['.', '/']) {
            let month = small(i + 2)?;
            sep(i + 3, &['.', '/'])?;
            let day = small(i + 4)?;
            let mut end = i + 5;
            if loose && r.mark(end, '.') && r.tight(end) && !r.tight(end + 1) {
                end += 1;
            }
            let n = Numeric {
                a: day,
                b: month,
                year,
                sep: s1,
                year_first: true,
            };
            return read(n, end);
        }
        // 2022年2月2日, 2022년 2월 2일
        let cjk = |k: usize, marks: &[char]| -> bool {
            matches!(r.tok(k), Some(Tok::Mark(c)) if marks.contains(&c))
                && r.near(k)
                && r.near(k + 1)
        };
        if loose && cjk(i + 1, &['年', '년']) && cjk(i + 3, &['月', '월']) {
            let (month, day) = (small(i + 2)?, small(i + 4)?);
            let end = if cjk(i + 5, &['日', '일'])
                || matches!(r.tok(i + 5), Some(Tok::Mark('日' | '일')))
            {
                i + 6
            } else {
                i + 5
            };
            let n = Numeric {
                a: day,
                b: month,
                year,
                sep: '年',
                year_first: true,
            };
            return read(n, end);
        }
        return None;
    }
    let a = small(i)?;
    let s1 = sep(i + 1, &['.', '/', '-'])?;
    let b = small(i + 2)?;
    sep(i + 3, &[s1])?;
    let year = match r.year(i + 4) {
        Some(y) => y,
        // 30.10.23: a two-digit year, only with dots and two-digit days and months, so
        // that `version 2.1.18` is not a date.
        None if loose && s1 == '.' => {
            let two = |k: usize| r.plain_num(k, 2..=2);
            let (Some(_), Some(_), Some(yy)) = (two(i), two(i + 2), two(i + 4)) else {
                return None;
            };
            // Another dotted number after it: `192.168.10.12`.
            if r.mark(i + 5, '.')
                && r.tight(i + 5)
                && r.tight(i + 6)
                && r.plain_num(i + 6, 1..=9).is_some()
            {
                return None;
            }
            let yy = i32::try_from(yy).ok()?;
            // Two-digit years: 00–49 are this century, the rest the last.
            if yy < 50 {
                2000 + yy
            } else {
                1900 + yy
            }
        }
        None => return None,
    };
    let n = Numeric {
        a,
        b,
        year,
        sep: s1,
        year_first: false,
    };
    read(n, i + 5)
}

/// `28-Jun-2018`.
pub(crate) fn day_mon_year(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let (d, k) = r.day(i)?;
    if !(r.mark(k, '-') && r.tight(k) && r.tight(k + 1)) {
        return None;
    }
    let (m, abbr, k2) = r.month(k + 1)?;
    if !(r.mark(k2, '-') && r.tight(k2) && r.tight(k2 + 1)) {
        return None;
    }
    let y = r.year(k2 + 1)?;
    let span = r.span(i, k2 + 2)?;
    Some(Read {
        expr: Expr::Points {
            between: false,
            from: false,
            part: None,
            shift: None,
            year_offset: None,
            first: Point {
                weekday: None,
                day: Some(d),
                month: Some(m),
                abbreviated: abbr,
                year: Some(y),
                day_first: true,
                span,
            },
            second: None,
        },
        span,
        end: k2 + 2,
    })
}

/// Any absolute expression at `i`, the forms tried in order: ISO, all-digit, `28-Jun-2018`,
/// quarters, then points and ranges with their qualifiers.
pub(crate) fn absolute(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    iso(r, i)
        .or_else(|| numeric(r, i))
        .or_else(|| day_mon_year(r, i))
        .or_else(|| quarter(r, i))
        .or_else(|| points(r, i))
}

/// A relative expression at `i`: `today`, `earlier today`, `this morning`, `this week`,
/// `the previous year`, `three days ago`, `on Monday`, `last Friday`.
pub(crate) fn relative(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let read = |rel: Relative, end: usize| {
        Some(Read {
            expr: Expr::Relative(rel),
            span: r.span(i, end)?,
            end,
        })
    };
    // "three days ago", "78 years ago"
    let count = match r.tok(i)? {
        Tok::Num {
            value,
            digits: 1..=3,
            suffix: "",
        } => Some(value),
        Tok::Word(w) if plain(w) => vocab::number(w),
        _ => None,
    };
    if let Some(count) = count {
        let unit = r
            .word(i + 1)
            .filter(|u| lower(u) && r.spaced(i + 1))
            .and_then(vocab::unit);
        if let (Some(unit), true) = (unit, r.spaced(i + 2) && r.low(i + 2, "ago")) {
            if !matches!(unit, Unit::Quarter | Unit::Decade) {
                return read(Relative::Ago { count, unit }, i + 3);
            }
        }
    }
    let w = r.word(i)?;
    if !plain(w) {
        return None;
    }
    // "earlier today", "later this month"
    let j = if vocab::is_hedge(w) && r.spaced(i + 1) {
        i + 1
    } else {
        i
    };
    if let Some(w2) = r
        .word(j)
        .filter(|w| if j > i { lower(w) } else { plain(w) })
    {
        if let Some(offset) = vocab::relative_day(w2) {
            return read(
                Relative::Day {
                    offset,
                    word: r.span(j, j + 1)?,
                },
                j + 1,
            );
        }
        let the_previous =
            w2.eq_ignore_ascii_case("the") && r.spaced(j + 1) && r.low(j + 1, "previous");
        let k = if the_previous { j + 1 } else { j };
        let shifted = r
            .word(k)
            .filter(|w| the_previous || !w.eq_ignore_ascii_case("previous"))
            .and_then(vocab::shift)
            .filter(|_| r.spaced(k + 1));
        if let Some(offset) = shifted {
            if let Some(unit) = r.word(k + 1).filter(|u| lower(u)).and_then(vocab::unit) {
                let singular = r.word(k + 1).is_some_and(|u| !u.ends_with(['s', 'S']));
                let calendar =
                    matches!(unit, Unit::Week | Unit::Month | Unit::Year | Unit::Quarter);
                if calendar && singular {
                    return read(
                        Relative::Unit {
                            unit,
                            offset,
                            the: the_previous,
                        },
                        k + 2,
                    );
                }
            }
            // "this morning"
            let day_part = r.word(k + 1).is_some_and(|p| {
                lower(p) && vocab::is_day_part(p) && !p.eq_ignore_ascii_case("night")
            });
            if offset == 0 && j == i && !the_previous && day_part {
                return read(
                    Relative::Day {
                        offset: 0,
                        word: r.span(k + 1, k + 2)?,
                    },
                    k + 2,
                );
            }
        }
    }
    if j != i {
        return None;
    }
    // "on Monday", "last Friday", "until Thursday"
    let shift = vocab::shift(w).filter(|_| !w.eq_ignore_ascii_case("previous"));
    let preposition = shift.is_some() || vocab::is_weekday_preposition(w);
    if preposition && r.spaced(i + 1) {
        if let Some((weekday, next)) = r.weekday(i + 1, false) {
            if next == i + 2 && r.policy.capitalised && r.word(i + 1).is_some_and(capitalised) {
                return read(
                    Relative::Weekday {
                        weekday,
                        shift: shift.map(Shift::from_offset),
                        day: r.span(i + 1, i + 2)?,
                    },
                    i + 2,
                );
            }
        }
    }
    None
}
