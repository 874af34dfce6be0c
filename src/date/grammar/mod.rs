//! The date grammar: tokens → date expressions, one grammar for every place a date is
//! read.
//!
//! The body text (the dates stage), the date strings of a page and the dateline opener
//! (both in the document stage) read dates with these rules and
//! differ only in their [`Policy`] (which month names, whether names must be capitalised,
//! which years) and in what they accept afterwards: a page date must be a whole absolute
//! date, a dateline's date a day and a month, a date in the body must stand in its
//! sentence. A new date form is one rule here and one row of the table tests in
//! `tests.rs`; all three readers then have it.
//!
//! This is syntax only: nothing here knows the release's date or the words around a
//! match. Each rule takes the token index it starts at and returns what it read with the
//! index after it, or `None`; a reader never consumes more than its rule reads.

mod digits;
mod periods;
mod points;
mod relative;

pub(crate) use self::digits::{day_mon_year, iso, numeric, quarter};
pub(crate) use self::periods::{decade, fiscal, season};
pub(crate) use self::points::{day_list, point, points, DayList};
pub(crate) use self::relative::relative;

use super::token::{Tok, Token};
use super::vocab::{self, Link, Names, Unit};
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
    /// `on Monday`, `last Friday`, `said Friday`: the weekday and the span of its name;
    /// `bare` when no preposition or shift comes before it.
    Weekday {
        weekday: u32,
        shift: Option<Shift>,
        day: Span,
        bare: bool,
    },
    /// `this weekend`, `last weekend`, `over the weekend` (no shift).
    Weekend { shift: Option<i32> },
}

/// The year of a fiscal period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FiscalYear {
    /// `fiscal 2024`, `FY2025`, `FY25`.
    Named(i32),
    /// `this fiscal year` (0), `last fiscal year` (-1).
    Relative(i32),
    /// `the fiscal third quarter`: the year is the release's business.
    Unnamed,
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
    /// A season: `last summer`, `spring 2023`, `the summer of 2024`, `in the fall`.
    Season {
        /// The season's first month (each is three months long).
        first_month: u32,
        year: Option<i32>,
        shift: Option<Shift>,
    },
    /// A decade or a range of decades: `the 1970s`, `the late 1980s`, `the 1880s through
    /// 1910s`; the first years of the first and last decades.
    Decade {
        part: Option<Part>,
        first: i32,
        last: i32,
    },
    /// A period of a company's or a government's fiscal year: `fiscal 2024`, `Q3 FY2025`,
    /// `the second quarter of fiscal 2023`, `this fiscal year`; `part` is `None` for a year.
    Fiscal {
        part: Option<Part>,
        year: FiscalYear,
    },
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
    pub fn near(&self, i: usize) -> bool {
        self.tight(i) || self.spaced(i)
    }

    pub fn word(&self, i: usize) -> Option<&'t str> {
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

    pub fn mark(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_mark(c))
    }

    fn name_case(&self, w: &str) -> bool {
        !self.policy.capitalised || capitalised(w)
    }

    /// Whether `w` may pass [`Reader::name_case`]: its first letter is a capital when names
    /// must be. PERF: most words of running text fail this, and then no table is read.
    fn may_be_name(&self, w: &str) -> bool {
        !self.policy.capitalised || w.chars().next().is_some_and(char::is_uppercase)
    }

    /// A month name at `i`: (month, abbreviated, next). An abbreviation, and in a page
    /// string any name, may take a dot (`Sept.`, `févr.`).
    pub fn month(&self, i: usize) -> Option<(u32, bool, usize)> {
        let w = self.word(i).filter(|w| self.may_be_name(w))?;
        let (m, abbr) = vocab::month(w, self.policy.names)?;
        if !self.name_case(w) {
            return None;
        }
        let dot = (abbr || self.policy.loose) && self.mark(i + 1, '.') && self.tight(i + 1);
        Some((m, abbr, if dot { i + 2 } else { i + 1 }))
    }

    /// A weekday name at `i` (an abbreviation only with `abbr`): (weekday, next).
    pub fn weekday(&self, i: usize, abbr: bool) -> Option<(u32, usize)> {
        let w = self.word(i).filter(|w| self.may_be_name(w))?;
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

/// Any absolute expression at `i`, the forms tried in order: ISO, all-digit, `28-Jun-2018`,
/// fiscal periods, quarters, decades, seasons, then points and ranges with their
/// qualifiers.
pub(crate) fn absolute(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    iso(r, i)
        .or_else(|| numeric(r, i))
        .or_else(|| day_mon_year(r, i))
        .or_else(|| fiscal(r, i))
        .or_else(|| quarter(r, i))
        .or_else(|| decade(r, i))
        .or_else(|| season(r, i))
        .or_else(|| points(r, i))
}
