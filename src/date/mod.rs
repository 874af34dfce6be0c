//! Calendar dates, the timestamps pages give for their updates, and the date grammar.
//!
//! This module sits below every stage: the public value types ([`Date`], [`Timestamp`],
//! [`DateOrder`]) and the one grammar that reads dates wherever they are written
//! ([`grammar`], over [`token`]s and the calendar words of [`vocab`]). The document stage
//! reads page dates and datelines with it, the dates stage the body text.

pub(crate) mod grammar;
#[cfg(test)]
mod tests;
pub(crate) mod token;
pub(crate) mod vocab;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A day of the proleptic Gregorian calendar between the years 1 and 9999.
///
/// A `Date` is always valid: there is no 31 June. It prints and serialises as
/// `YYYY-MM-DD`, orders chronologically, and is `Copy`.
///
/// # Example
///
/// ```
/// use communique::Date;
///
/// let d = Date::new(2018, 6, 28).unwrap();
/// assert_eq!(d.to_string(), "2018-06-28");
/// assert_eq!("2018-06-28".parse::<Date>().unwrap(), d);
/// assert!(Date::new(2018, 6, 31).is_none()); // no such day
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or `None` when there is no such day
    /// (a month outside 1–12, a day past the month's end, a year outside 1–9999).
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year, 1–9999.
    pub fn year(self) -> i32 {
        i32::from(self.year)
    }

    /// The month, 1–12.
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The first day of `year-month`, or `None` when the month is out of range.
    pub fn first_of_month(year: i32, month: u32) -> Option<Date> {
        Date::new(year, month, 1)
    }

    /// The last day of `year-month`, or `None` when the month is out of range.
    pub fn last_of_month(year: i32, month: u32) -> Option<Date> {
        Date::new(year, month, days_in_month(year, month))
    }

    /// The day of the week, Monday = 0 … Sunday = 6.
    pub fn weekday(self) -> u32 {
        // 0001-01-01 was a Monday in the proleptic Gregorian calendar.
        (self.day_number().rem_euclid(7)) as u32
    }

    /// The date `days` days later (earlier when negative), or `None` outside years 1–9999.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(days)?)
    }

    /// Days since 0001-01-01 (which is day 0).
    pub(crate) fn day_number(self) -> i64 {
        let y = i64::from(self.year) - 1;
        let before_year = y * 365 + y / 4 - y / 100 + y / 400;
        let mut days = before_year;
        for m in 1..u32::from(self.month) {
            days += i64::from(days_in_month(i32::from(self.year), m));
        }
        days + i64::from(self.day) - 1
    }

    pub(crate) fn from_day_number(n: i64) -> Option<Date> {
        if !(0..=3_652_058).contains(&n) {
            return None;
        }
        // Whole 400-year cycles have 146097 days; walk the rest year by year.
        let cycles = n / 146_097;
        let mut rest = n % 146_097;
        let mut year = (cycles * 400 + 1) as i32;
        loop {
            let len = if is_leap_year(year) { 366 } else { 365 };
            if rest < len {
                break;
            }
            rest -= len;
            year += 1;
        }
        let mut month = 1;
        loop {
            let len = i64::from(days_in_month(year, month));
            if rest < len {
                break;
            }
            rest -= len;
            month += 1;
        }
        Date::new(year, month, rest as u32 + 1)
    }

    /// Parses the leading `YYYY-MM-DD` of `s` (an ISO date or the start of an RFC 3339
    /// timestamp); `None` when `s` does not start with a valid date.
    pub(crate) fn parse_iso_prefix(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if b.len() > 10 && b[10].is_ascii_digit() {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)?, num(8..10)?)
    }
}

/// How a site writes all-digit dates such as `05/06/2018`.
///
/// A page that also writes a date only one way (`28/06/2018`, or worded dates in the
/// order `28 June 2018`) settles it by itself; a [`Profile`](crate::Profile) can state it
/// for a site whose pages do not. In JSON it is `"day_first"` or `"month_first"`.
///
/// # Example
///
/// ```
/// use communique::{DateOrder, Profile};
///
/// let p = Profile::from_json(r#"{"name": "gazette", "date_order": "day_first"}"#)?;
/// assert_eq!(p.date_order, Some(DateOrder::DayFirst));
/// # Ok::<(), communique::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateOrder {
    /// `DD/MM/YYYY` and `DD.MM.YYYY`, as most of the world writes.
    DayFirst,
    /// `MM/DD/YYYY`, as publishers in the United States write.
    MonthFirst,
}

/// Whether `year` has a 29 February.
pub(crate) fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` of `year` (0 for a month outside 1–12).
pub(crate) fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

/// The error of parsing a [`Date`] or [`Timestamp`] from a string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseDateError {
    input: String,
}

impl fmt::Display for ParseDateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not a valid YYYY-MM-DD date", self.input)
    }
}

impl std::error::Error for ParseDateError {}

impl FromStr for Date {
    type Err = ParseDateError;

    fn from_str(s: &str) -> Result<Date, ParseDateError> {
        match Date::parse_iso_prefix(s) {
            Some(d) if s.len() == 10 => Ok(d),
            _ => Err(ParseDateError {
                input: s.to_owned(),
            }),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A point in time as a page states it: a date, optionally a time of day, optionally a
/// UTC offset.
///
/// It prints as given: `2018-07-19`, `2024-10-08T14:21:17` or `2018-07-21T09:42:10+00:00`.
/// Nothing is converted between zones, because the page's own calendar day is what a
/// dataset files the release under.
///
/// # Example
///
/// ```
/// use communique::Timestamp;
///
/// let t: Timestamp = "2018-07-21T09:42:10+00:00".parse().unwrap();
/// assert_eq!(t.date().to_string(), "2018-07-21");
/// assert_eq!(t.to_string(), "2018-07-21T09:42:10+00:00");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp {
    date: Date,
    /// Seconds since midnight.
    time: Option<u32>,
    offset: Option<Offset>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Offset {
    Zulu,
    Minutes(i16),
}

impl Timestamp {
    /// A timestamp that is only a date.
    pub fn from_date(date: Date) -> Timestamp {
        Timestamp {
            date,
            time: None,
            offset: None,
        }
    }

    /// The calendar date.
    pub fn date(&self) -> Date {
        self.date
    }

    /// The time of day as (hour, minute, second), when the page gives one.
    pub fn time(&self) -> Option<(u32, u32, u32)> {
        self.time.map(|s| (s / 3600, s / 60 % 60, s % 60))
    }

    /// The UTC offset in minutes, when the page gives one (`Z` is 0).
    pub fn offset_minutes(&self) -> Option<i32> {
        self.offset.map(|o| match o {
            Offset::Zulu => 0,
            Offset::Minutes(m) => i32::from(m),
        })
    }

    pub(crate) fn with_time(mut self, hour: u32, minute: u32, second: u32) -> Option<Timestamp> {
        if hour > 23 || minute > 59 || second > 60 {
            return None;
        }
        self.time = Some(hour * 3600 + minute * 60 + second.min(59));
        Some(self)
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space, `HH:MM[:SS[.fff]]`
    /// and `Z` or `±HH[:]MM`. Trailing text after a valid prefix is ignored, so page
    /// strings such as `2024-10-08 14:21:17 PDT` still give their date and time.
    pub(crate) fn parse_lenient(s: &str) -> Option<Timestamp> {
        let s = s.trim();
        let date = Date::parse_iso_prefix(s)?;
        let mut ts = Timestamp::from_date(date);
        let rest = s.get(10..).unwrap_or("");
        let rest = match rest.strip_prefix(['T', ' ']) {
            Some(r) => r,
            None => return Some(ts),
        };
        let b = rest.as_bytes();
        let two = |i: usize| -> Option<u32> {
            let (x, y) = (*b.get(i)?, *b.get(i + 1)?);
            (x.is_ascii_digit() && y.is_ascii_digit())
                .then(|| u32::from(x - b'0') * 10 + u32::from(y - b'0'))
        };
        let (Some(h), Some(m)) = (
            two(0),
            if b.get(2) == Some(&b':') {
                two(3)
            } else {
                None
            },
        ) else {
            return Some(ts);
        };
        let mut i = 5;
        let mut sec = 0;
        if b.get(5) == Some(&b':') {
            if let Some(s) = two(6) {
                sec = s;
                i = 8;
            }
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
        }
        ts = match ts.with_time(h, m, sec) {
            Some(t) => t,
            None => return Some(Timestamp::from_date(date)),
        };
        match b.get(i) {
            Some(b'Z') | Some(b'z') => ts.offset = Some(Offset::Zulu),
            Some(&sign @ (b'+' | b'-')) => {
                let oh = two(i + 1);
                let om = if b.get(i + 3) == Some(&b':') {
                    two(i + 4)
                } else {
                    two(i + 3)
                };
                if let (Some(oh), Some(om)) = (oh, om.or(Some(0))) {
                    if oh <= 14 && om < 60 {
                        let mins = (oh * 60 + om) as i16;
                        ts.offset = Some(Offset::Minutes(if sign == b'-' { -mins } else { mins }));
                    }
                }
            }
            _ => {}
        }
        Some(ts)
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.date)?;
        if let Some((h, m, s)) = self.time() {
            write!(f, "T{h:02}:{m:02}:{s:02}")?;
            match self.offset {
                Some(Offset::Zulu) => f.write_str("Z")?,
                Some(Offset::Minutes(mins)) => {
                    let sign = if mins < 0 { '-' } else { '+' };
                    let a = mins.unsigned_abs();
                    write!(f, "{sign}{:02}:{:02}", a / 60, a % 60)?;
                }
                None => {}
            }
        }
        Ok(())
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl FromStr for Timestamp {
    type Err = ParseDateError;

    fn from_str(s: &str) -> Result<Timestamp, ParseDateError> {
        Timestamp::parse_lenient(s).ok_or_else(|| ParseDateError {
            input: s.to_owned(),
        })
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Timestamp, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}
