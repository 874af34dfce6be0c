//! The written rules that turn what an expression says into an inclusive calendar range.
//!
//! Absolute points become their day, month or year; a date without a year takes the
//! year of its nearest occurrence to the anchor (`published`, else the dateline);
//! relative words count from the anchor; fuzzy parts follow SCHEMA.md (`early June` =
//! 1–10, `mid-June` = 11–20, `late June` = 21–end, `the last week of June` = its last
//! seven days). Every function returns `None` where no rule applies: the caller then
//! drops the expression rather than guess.

use crate::date::grammar::{Part, Point, Shift};
use crate::date::vocab::Unit;
use crate::date::{days_in_month, Date};
use crate::lexicon::{self, Class};
use crate::model::Precision;

/// A normalised date: an inclusive range and how precise it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Value {
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

impl Value {
    pub fn day(d: Date) -> Value {
        Value {
            start: d,
            end: d,
            precision: Precision::Day,
        }
    }

    pub(crate) fn new(start: Date, end: Date, precision: Precision) -> Option<Value> {
        (start <= end).then_some(Value {
            start,
            end,
            precision,
        })
    }
}

/// The whole of `year-month`.
pub(crate) fn month(year: i32, month: u32) -> Option<Value> {
    Value::new(
        Date::first_of_month(year, month)?,
        Date::last_of_month(year, month)?,
        Precision::Month,
    )
}

/// The whole of `year`.
pub(crate) fn year(year: i32) -> Option<Value> {
    Value::new(
        Date::new(year, 1, 1)?,
        Date::new(year, 12, 31)?,
        Precision::Year,
    )
}

/// The week, Monday to Sunday, that holds `d` (ANNOTATION.md: weeks run Monday to Sunday).
pub(crate) fn week_of(d: Date) -> Option<Value> {
    let monday = d.add_days(-i64::from(d.weekday()))?;
    Value::new(monday, monday.add_days(6)?, Precision::Week)
}

/// `year-month` moved by `k` months.
pub(crate) fn add_months(year: i32, month: u32, k: i32) -> Option<(i32, u32)> {
    let index = year
        .checked_mul(12)?
        .checked_add(i32::try_from(month).ok()? - 1)?
        .checked_add(k)?;
    Some((
        index.div_euclid(12),
        u32::try_from(index.rem_euclid(12)).ok()? + 1,
    ))
}

/// A part of a month: `early` 1–10, `mid` 11–20, `late` 21–end (SCHEMA.md); `the first
/// week` 1–7 … `the fourth week` 22–28, `the last week` the last seven days; halves split
/// at the 15th. A quarter of a month has no rule.
pub(crate) fn part_of_month(year: i32, m: u32, part: Part) -> Option<Value> {
    let last = days_in_month(year, m);
    let days = |a: u32, b: u32, p: Precision| {
        Value::new(Date::new(year, m, a)?, Date::new(year, m, b)?, p)
    };
    match part {
        Part::Early | Part::Start => days(1, 10, Precision::Month),
        Part::Mid => days(11, 20, Precision::Month),
        Part::Late | Part::End => days(21, last, Precision::Month),
        Part::Week(0) => days(last.checked_sub(6)?, last, Precision::Week),
        Part::Week(n @ 1..=4) => days(7 * n - 6, 7 * n, Precision::Week),
        Part::Half(1) => days(1, 15, Precision::Month),
        Part::Half(2) => days(16, last, Precision::Month),
        Part::Whole => month(year, m),
        Part::Week(_) | Part::Half(_) | Part::Quarter(_) | Part::WeekOf => None,
    }
}

/// A part of a year: `early` January–April, `mid` May–August, `late` September–December
/// (a year in thirds, as a month is); `the beginning of` January and `the end of`
/// December; halves and quarters. A week of a year has no rule.
pub(crate) fn part_of_year(y: i32, part: Part) -> Option<Value> {
    let months = |a: u32, b: u32, p: Precision| {
        Value::new(Date::first_of_month(y, a)?, Date::last_of_month(y, b)?, p)
    };
    match part {
        Part::Early => months(1, 4, Precision::Quarter),
        Part::Mid => months(5, 8, Precision::Quarter),
        Part::Late => months(9, 12, Precision::Quarter),
        Part::Start => months(1, 1, Precision::Month),
        Part::End => months(12, 12, Precision::Month),
        Part::Half(n @ 1..=2) => months(6 * n - 5, 6 * n, Precision::Quarter),
        Part::Quarter(n @ 1..=4) => months(3 * n - 2, 3 * n, Precision::Quarter),
        Part::Whole => year(y),
        Part::Week(_) | Part::Half(_) | Part::Quarter(_) | Part::WeekOf => None,
    }
}

/// Distance in days from `anchor` to the range `a..=b` (0 inside it).
fn distance(anchor: Date, a: Date, b: Date) -> i64 {
    let n = anchor.day_number();
    if n < a.day_number() {
        a.day_number() - n
    } else if n > b.day_number() {
        n - b.day_number()
    } else {
        0
    }
}

/// What a date without a year is resolved against: the anchor date, and the tense of
/// the sentence it is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Anchor {
    pub date: Date,
    pub tense: Tense,
}

/// Beyond this many days from the anchor the nearest occurrence of a day is no longer
/// clearly the one meant, and the sentence's tense chooses ("will be held on 12–14
/// November", written in March, is this November, not last).
const NEAR_DAYS: i64 = 92;

/// The same for a month alone, in months.
const NEAR_MONTHS: i64 = 3;

/// The occurrence of `day month` nearest to the anchor, or, when that is over three
/// months away, the one the sentence's tense points to. Where a weekday is written
/// ("Friday, June 27"), a year in which it falls on that weekday wins.
pub(crate) fn nearest_day(anchor: Anchor, m: u32, day: u32, weekday: Option<u32>) -> Option<Date> {
    let a = anchor.date;
    let y = a.year();
    let all: Vec<Date> = [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|y| Date::new(y, m, day))
        .collect();
    let fitting: Vec<Date> = all
        .iter()
        .copied()
        .filter(|d| weekday.is_none_or(|w| d.weekday() == w))
        .collect();
    let pool = if fitting.is_empty() { all } else { fitting };
    let nearest = pool.iter().copied().min_by_key(|d| distance(a, *d, *d))?;
    if distance(a, nearest, nearest) <= NEAR_DAYS {
        return Some(nearest);
    }
    let directed = match anchor.tense {
        Tense::Future => pool.iter().copied().filter(|d| *d >= a).min(),
        Tense::Past => pool.iter().copied().filter(|d| *d <= a).max(),
        Tense::Unknown => None,
    };
    directed.or(Some(nearest))
}

/// The year of the occurrence of `month` nearest to the anchor, counted in months, a tie
/// going to the anchor's year ("the SDG Summit in September", written in March, is this
/// year's); over three months away, the sentence's tense chooses.
pub(crate) fn nearest_month(anchor: Anchor, m: u32) -> Option<i32> {
    let index = |y: i32, m: u32| i64::from(y) * 12 + i64::from(m);
    let a = index(anchor.date.year(), anchor.date.month());
    let y = anchor.date.year();
    let years = [y, y - 1, y + 1];
    let nearest = years.into_iter().min_by_key(|y| (index(*y, m) - a).abs())?;
    let directed = match anchor.tense {
        _ if (index(nearest, m) - a).abs() <= NEAR_MONTHS => None,
        Tense::Future => years.into_iter().filter(|y| index(*y, m) >= a).min(),
        Tense::Past => years.into_iter().filter(|y| index(*y, m) <= a).max(),
        Tense::Unknown => None,
    };
    directed
        .or(Some(nearest))
        .filter(|y| (1..=9999).contains(y))
}

/// The year of "last December" (the latest before the anchor's month), "next January"
/// (the first after it) or "this June" (the anchor's year).
pub(crate) fn shifted_month(anchor: Date, m: u32, shift: Shift) -> i32 {
    let y = anchor.year();
    match shift {
        Shift::Last if m < anchor.month() => y,
        Shift::Last => y - 1,
        Shift::Next if m > anchor.month() => y,
        Shift::Next => y + 1,
        Shift::This => y,
    }
}

/// The day of "next June 15" (the first after the anchor), "last June 15" (the latest
/// before it) or "this June 15" (in the anchor's year).
pub(crate) fn shifted_day(anchor: Date, m: u32, day: u32, shift: Shift) -> Option<Date> {
    let y = anchor.year();
    let this = Date::new(y, m, day);
    match shift {
        Shift::This => this,
        Shift::Next => this
            .filter(|d| *d > anchor)
            .or_else(|| Date::new(y + 1, m, day)),
        Shift::Last => this
            .filter(|d| *d < anchor)
            .or_else(|| Date::new(y - 1, m, day)),
    }
}

/// The season that starts in `first_month` of `year` (winter runs into the next year).
pub(crate) fn season(year: i32, first_month: u32) -> Option<Value> {
    let start = Date::first_of_month(year, first_month)?;
    let (y, m) = add_months(year, first_month, 2)?;
    Value::new(start, Date::last_of_month(y, m)?, Precision::Quarter)
}

/// The occurrences of a season around the anchor, in order.
fn seasons_around(anchor: Date, first_month: u32) -> Vec<Value> {
    let y = anchor.year();
    (y - 2..=y + 1)
        .filter_map(|y| season(y, first_month))
        .collect()
}

/// "last summer" (the latest one over before the anchor's), "this spring" (the one that
/// holds the anchor, else the one of its year), "next winter" (the first one to start
/// after the anchor).
pub(crate) fn shifted_season(anchor: Date, first_month: u32, shift: Shift) -> Option<Value> {
    let all = seasons_around(anchor, first_month);
    match shift {
        Shift::Last => all.into_iter().rfind(|s| s.end < anchor),
        Shift::Next => all.into_iter().find(|s| s.start > anchor),
        Shift::This => {
            let holding = all
                .iter()
                .copied()
                .find(|s| s.start <= anchor && anchor <= s.end);
            holding.or_else(|| season(anchor.year(), first_month))
        }
    }
}

/// A weekend, Saturday and Sunday: "this weekend" the one of the anchor's week (Monday to
/// Sunday), "last weekend" the week before's, "next weekend" the week after's; "the
/// weekend" by the sentence's tense (told in the past, the latest one begun by the
/// anchor; announced, the first one not over by then; else the nearest).
pub(crate) fn weekend(anchor: Date, shift: Option<i32>, tense: Tense) -> Option<Value> {
    let saturday_of = |d: Date| d.add_days(5 - i64::from(d.weekday()));
    let of_week = |k: i64| -> Option<Value> {
        let sat = saturday_of(anchor.add_days(k * 7)?)?;
        Value::new(sat, sat.add_days(1)?, Precision::Range)
    };
    match shift {
        Some(k) => of_week(i64::from(k)),
        None => {
            let this = of_week(0)?;
            let last = of_week(-1)?;
            let next = of_week(1)?;
            match tense {
                Tense::Past if this.start <= anchor => Some(this),
                Tense::Past => Some(last),
                Tense::Future if this.end >= anchor => Some(this),
                Tense::Future => Some(next),
                Tense::Unknown => [last, this, next]
                    .into_iter()
                    .min_by_key(|w| distance(anchor, w.start, w.end)),
            }
        }
    }
}

/// The kind of a point, which both ends of a range must share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    Day,
    Month,
    Year,
}

pub(crate) fn kind(p: &Point) -> Option<Kind> {
    match (p.day, p.month, p.year) {
        (Some(_), Some(_), _) => Some(Kind::Day),
        (None, Some(_), _) => Some(Kind::Month),
        (None, None, Some(_)) => Some(Kind::Year),
        _ => None,
    }
}

/// Fills in what one end of a range leaves to the other ("28–29 June 2018": the 28th is
/// in June 2018; "October 23 to 26": the 26th is in October). Returns whether the first
/// end took its year from the second.
pub(crate) fn complete(first: &mut Point, second: &mut Point) -> bool {
    if first.day.is_some() && first.month.is_none() {
        first.month = second.month;
    }
    if second.day.is_some() && second.month.is_none() {
        second.month = first.month;
    }
    let mut borrowed = false;
    if first.year.is_none() && second.year.is_some() && first.month.is_some() {
        first.year = second.year;
        borrowed = true;
    }
    if second.year.is_none() && second.month.is_some() {
        second.year = first.year;
    }
    borrowed
}

/// The range of one point; a point without a year takes its nearest occurrence to the
/// anchor, and is left out without one.
pub(crate) fn point(p: &Point, anchor: Option<Anchor>) -> Option<Value> {
    match (kind(p)?, p.day, p.month, p.year) {
        (Kind::Year, _, _, Some(y)) => year(y),
        (Kind::Month, _, Some(m), Some(y)) => month(y, m),
        (Kind::Month, _, Some(m), None) => month(nearest_month(anchor?, m)?, m),
        (Kind::Day, Some(d), Some(m), Some(y)) => Some(Value::day(Date::new(y, m, d)?)),
        (Kind::Day, Some(d), Some(m), None) => {
            Some(Value::day(nearest_day(anchor?, m, d, p.weekday)?))
        }
        _ => None,
    }
}

/// The range from `first` to `second`, both completed; `None` when they differ in kind
/// or run backwards.
pub(crate) fn range(
    first: &Point,
    second: &Point,
    borrowed_year: bool,
    anchor: Option<Anchor>,
) -> Option<Value> {
    let k = kind(first)?;
    if kind(second)? != k {
        return None;
    }
    let mut first = *first;
    let mut second = *second;
    if k != Kind::Year && first.year.is_none() {
        // No year on either end: the first end's nearest occurrence sets it.
        first.year = Some(point(&first, anchor)?.start.year());
        second.year = first.year;
        if point(&second, anchor)?.end < point(&first, anchor)?.start {
            second.year = second.year.map(|y| y + 1);
        }
    }
    let mut a = point(&first, anchor)?;
    let b = point(&second, anchor)?;
    if b.end < a.start && borrowed_year {
        // "December 28 – January 3, 2019" starts in 2018.
        first.year = first.year.map(|y| y - 1);
        a = point(&first, anchor)?;
    }
    let precision = if a.start == b.start && a.end == b.end {
        a.precision
    } else {
        Precision::Range
    };
    Value::new(a.start, b.end, precision)
}

/// How to find a weekday written alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tense {
    /// The sentence tells of the past: the latest such day on or before the anchor.
    Past,
    /// The sentence announces: the first such day on or after the anchor.
    Future,
    /// Neither: the nearest such day.
    Unknown,
}

/// The date of a weekday named alone, from the anchor: "on Thursday" by the sentence's
/// tense, "last Thursday" strictly before, "next Thursday" strictly after.
pub(crate) fn weekday(anchor: Date, w: u32, shift: Option<Shift>, tense: Tense) -> Option<Date> {
    let a = i64::from(anchor.weekday());
    let w = i64::from(w);
    let back = (a - w).rem_euclid(7);
    let ahead = (w - a).rem_euclid(7);
    let days = match (shift, tense) {
        (Some(Shift::Last), _) => -(if back == 0 { 7 } else { back }),
        (Some(Shift::Next), _) => {
            if ahead == 0 {
                7
            } else {
                ahead
            }
        }
        (_, Tense::Past) => -back,
        (_, Tense::Future) => ahead,
        (_, Tense::Unknown) if back <= ahead => -back,
        (_, Tense::Unknown) => ahead,
    };
    anchor.add_days(days)
}

/// Reads the tense of a sentence: future where it says `will`, `shall`, `scheduled` or
/// similar; past where it has `was`, `were`, `had` or a common irregular past, and, with
/// `regular`, a verb in `-ed` that is not an adjective after an article or a passive
/// after `be`. The `-ed` test also takes adjectives ("unfinished business"), so it only
/// decides between days a few apart (a weekday alone), never between years.
pub(crate) fn tense(sentence: &str, regular: bool) -> Tense {
    let mut past = false;
    let mut prev = "";
    for word in sentence
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| !w.is_empty())
    {
        match lexicon::value(Class::DateTense, word) {
            Some("future") => return Tense::Future,
            Some(_) => past = true,
            None => {}
        }
        // A verb in -ed, unless an article or "be" makes it an adjective or a passive.
        let regular_past = regular
            && word.len() >= 5
            && word.to_ascii_lowercase().ends_with("ed")
            && !lexicon::contains(Class::DateNotPast, word)
            && !["the", "a", "an", "be", "been", "being", "is", "are", "to"]
                .iter()
                .any(|w| prev.eq_ignore_ascii_case(w));
        past |= regular_past;
        prev = word;
    }
    if past {
        Tense::Past
    } else {
        Tense::Unknown
    }
}

/// The calendar unit holding the anchor, moved by `k` units: `this week` (0), `last
/// month` (-1), `next year` (1), `three days ago` (-3 days).
pub(crate) fn relative(anchor: Date, unit: Unit, k: i32) -> Option<Value> {
    match unit {
        Unit::Day => Some(Value::day(anchor.add_days(i64::from(k))?)),
        Unit::Week => week_of(anchor.add_days(i64::from(k).checked_mul(7)?)?),
        Unit::Month => {
            let (y, m) = add_months(anchor.year(), anchor.month(), k)?;
            month(y, m)
        }
        Unit::Quarter => {
            let q = (anchor.month() - 1) / 3;
            let (y, m) = add_months(anchor.year(), q * 3 + 1, k.checked_mul(3)?)?;
            part_of_year(y, Part::Quarter((m - 1) / 3 + 1))
        }
        Unit::Year => year(anchor.year().checked_add(k)?),
        Unit::Decade => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().expect("test dates are valid")
    }

    fn show(v: Option<Value>) -> String {
        match v {
            Some(v) if v.start == v.end => format!("{}/{}", v.start, v.precision),
            Some(v) => format!("{}..{}/{}", v.start, v.end, v.precision),
            None => "none".into(),
        }
    }

    #[test]
    fn fuzzy_month_parts() {
        assert_eq!(
            show(part_of_month(2018, 6, Part::Early)),
            "2018-06-01..2018-06-10/month"
        );
        assert_eq!(
            show(part_of_month(2018, 6, Part::Mid)),
            "2018-06-11..2018-06-20/month"
        );
        assert_eq!(
            show(part_of_month(2018, 6, Part::Late)),
            "2018-06-21..2018-06-30/month"
        );
        assert_eq!(
            show(part_of_month(2018, 6, Part::Week(0))),
            "2018-06-24..2018-06-30/week"
        );
        assert_eq!(
            show(part_of_month(2018, 2, Part::Week(0))),
            "2018-02-22..2018-02-28/week"
        );
        assert_eq!(
            show(part_of_month(2018, 6, Part::Week(2))),
            "2018-06-08..2018-06-14/week"
        );
        assert_eq!(show(part_of_month(2018, 6, Part::Quarter(1))), "none");
    }

    #[test]
    fn fuzzy_year_parts() {
        assert_eq!(
            show(part_of_year(2019, Part::Half(1))),
            "2019-01-01..2019-06-30/quarter"
        );
        assert_eq!(
            show(part_of_year(2018, Part::Quarter(3))),
            "2018-07-01..2018-09-30/quarter"
        );
        assert_eq!(
            show(part_of_year(2025, Part::End)),
            "2025-12-01..2025-12-31/month"
        );
        assert_eq!(
            show(part_of_year(2026, Part::Early)),
            "2026-01-01..2026-04-30/quarter"
        );
        assert_eq!(show(part_of_year(2026, Part::Week(1))), "none");
    }

    fn unknown(date: &str) -> Anchor {
        Anchor {
            date: d(date),
            tense: Tense::Unknown,
        }
    }

    #[test]
    fn nearest_occurrence() {
        let a = unknown("2018-07-02");
        assert_eq!(nearest_day(a, 6, 28, None), Some(d("2018-06-28")));
        assert_eq!(
            nearest_day(unknown("2018-11-20"), 1, 5, None),
            Some(d("2019-01-05"))
        );
        assert_eq!(
            nearest_day(unknown("2025-06-13"), 6, 27, Some(4)),
            Some(d("2025-06-27"))
        );
        assert_eq!(nearest_month(unknown("2023-07-11"), 4), Some(2023));
        assert_eq!(nearest_month(unknown("2023-05-23"), 9), Some(2023));
        assert_eq!(nearest_month(unknown("2023-01-10"), 11), Some(2022));
        assert_eq!(nearest_month(unknown("2023-03-09"), 9), Some(2023));
        let future = Anchor {
            date: d("2024-03-14"),
            tense: Tense::Future,
        };
        let past = Anchor {
            tense: Tense::Past,
            ..future
        };
        assert_eq!(nearest_day(future, 11, 12, None), Some(d("2024-11-12")));
        assert_eq!(nearest_day(past, 11, 12, None), Some(d("2023-11-12")));
        assert_eq!(nearest_day(future, 3, 5, None), Some(d("2024-03-05"))); // near: nearest wins
        assert_eq!(nearest_month(future, 10), Some(2024));
        assert_eq!(nearest_month(past, 9), Some(2023));
        assert_eq!(nearest_month(past, 1), Some(2024));
    }

    #[test]
    fn weekdays_by_tense() {
        let a = d("2023-07-10"); // a Monday
        assert_eq!(weekday(a, 1, None, Tense::Future), Some(d("2023-07-11")));
        assert_eq!(weekday(a, 1, None, Tense::Past), Some(d("2023-07-04")));
        assert_eq!(weekday(a, 0, None, Tense::Past), Some(d("2023-07-10")));
        assert_eq!(
            weekday(a, 0, Some(Shift::Last), Tense::Unknown),
            Some(d("2023-07-03"))
        );
        assert_eq!(
            weekday(a, 0, Some(Shift::Next), Tense::Unknown),
            Some(d("2023-07-17"))
        );
        assert_eq!(weekday(a, 5, None, Tense::Unknown), Some(d("2023-07-08")));
    }

    #[test]
    fn tenses() {
        assert_eq!(
            super::tense("We address unfinished business ahead of the summit.", false),
            Tense::Unknown
        );
        let tense = |s: &str| super::tense(s, true);
        assert_eq!(
            tense("The final vote will take place on Tuesday."),
            Tense::Future
        );
        assert_eq!(tense("The vote is scheduled on Wednesday."), Tense::Future);
        assert_eq!(
            tense("Parliament adopted its position on Wednesday."),
            Tense::Past
        );
        assert_eq!(
            tense("The adopted text goes to plenary on Monday."),
            Tense::Unknown
        );
        assert_eq!(tense("The Committee meets on Monday."), Tense::Unknown);
    }

    #[test]
    fn relative_units() {
        let a = d("2023-03-09");
        assert_eq!(
            show(relative(a, Unit::Week, 0)),
            "2023-03-06..2023-03-12/week"
        );
        assert_eq!(
            show(relative(a, Unit::Week, -1)),
            "2023-02-27..2023-03-05/week"
        );
        assert_eq!(
            show(relative(a, Unit::Month, -3)),
            "2022-12-01..2022-12-31/month"
        );
        assert_eq!(
            show(relative(a, Unit::Quarter, 1)),
            "2023-04-01..2023-06-30/quarter"
        );
        assert_eq!(
            show(relative(a, Unit::Year, 1)),
            "2024-01-01..2024-12-31/year"
        );
        assert_eq!(show(relative(a, Unit::Day, -9)), "2023-02-28/day");
    }

    #[test]
    fn shifted_months() {
        assert_eq!(shifted_month(d("2024-03-17"), 12, Shift::Last), 2023);
        assert_eq!(shifted_month(d("2021-05-27"), 1, Shift::Next), 2022);
        assert_eq!(shifted_month(d("2021-05-27"), 9, Shift::Next), 2021);
    }
}
