//! The policy of running text for lists of days, seasons, decades and fiscal periods.

use super::normalise::{self, Value};
use super::{context, ends_cleanly, Scan};
use crate::date::grammar::{self, FiscalYear, Part, Point, Read, Reader, Shift};
use crate::date::Date;
use crate::model::Precision;
use crate::span::Span;

impl Scan<'_> {
    /// A month-first day followed by more days of its month: `November 1, 8, 15 and 22`,
    /// `March 7, 14, 2026`. Each day is a date of its own; a year after the last day
    /// is every listed day's. Returns whether the list was read.
    pub(super) fn day_list(&mut self, r: &Reader<'_, '_>, read: &Read, first: &Point) -> bool {
        if first.day_first || !first.is_day() || first.year.is_some() || first.weekday.is_some() {
            return false;
        }
        let Some(grammar::DayList { days, year, end }) = grammar::day_list(r, read.end) else {
            return false;
        };
        let Some(month) = first.month else {
            return false;
        };
        // A list ending in a number glued to more digits is not one ("June 5, 6,000").
        let last_end = year.map_or(days.last().map_or(read.span.end, |d| d.1.end), |y| y.1.end);
        if !ends_cleanly(self.text, Span::new(read.span.start, last_end)) {
            return false;
        }
        let anchor = self.anchor_at(read.span);
        let value = |day: u32| -> Option<Value> {
            let p = Point {
                day: Some(day),
                month: Some(month),
                year: year.map(|y| y.0),
                ..Point::default()
            };
            normalise::point(&p, anchor)
        };
        let first_day = first.day.unwrap_or(0);
        let mut found = Vec::new();
        if let Some(v) = value(first_day) {
            found.push((read.span, v));
        }
        for (i, (day, span)) in days.iter().enumerate() {
            let span = match year {
                Some((_, with_year)) if i + 1 == days.len() => with_year,
                _ => *span,
            };
            if let Some(v) = value(*day) {
                found.push((span, v));
            }
        }
        // Days of a list run forward: a list that goes back is not one.
        if found.windows(2).any(|w| w[1].1.start <= w[0].1.start) {
            return false;
        }
        for (span, v) in found {
            self.push(span, v);
        }
        self.skip_to = end;
        true
    }

    /// A season: with its year (`spring 2023`, `the summer of 2024`) or shifted from the
    /// release's date (`last summer`, `this spring`). A season word that
    /// modifies a noun ("summer camp", "the spring meeting") or names something ("the
    /// fall of the Wall") is no date; "winter 2023" is left out (its December and its
    /// January have different years, and pages differ on which it names).
    pub(super) fn season(
        &mut self,
        span: Span,
        first_month: u32,
        year: Option<i32>,
        shift: Option<Shift>,
    ) {
        let text = self.text;
        if !context::stands_alone(text, span) || !context::ends_phrase(text, span.end) {
            return;
        }
        let value = match (year, shift) {
            (Some(_), _) if first_month == 12 => return,
            (Some(y), _) => normalise::season(y, first_month),
            (None, Some(shift)) => self
                .anchor
                .and_then(|a| normalise::shifted_season(a, first_month, shift)),
            // "in the spring" alone: which spring is a guess from the sentence's tense,
            // and pages differ on it; left out.
            (None, None) => return,
        };
        if let Some(v) = value {
            self.push(span, v);
        }
    }

    /// A decade: `the 1970s` is 1970–1979; `the early 1990s` its first four years, `the
    /// mid-1990s` the next three, `the late 1990s` the last three; `the 1880s through
    /// 1910s` from the first year of the one to the last of the other.
    pub(super) fn decade(&mut self, span: Span, part: Option<Part>, first: i32, last: i32) {
        if !context::stands_alone(self.text, span) {
            return;
        }
        let (a, b) = match part {
            None => (first, last + 9),
            Some(Part::Early) => (first, first + 3),
            Some(Part::Mid) => (first + 4, first + 6),
            Some(Part::Late) => (first + 7, first + 9),
            Some(_) => return,
        };
        if let (Some(start), Some(end)) = (Date::new(a, 1, 1), Date::new(b, 12, 31)) {
            self.push(
                span,
                Value {
                    start,
                    end,
                    precision: Precision::Range,
                },
            );
        }
    }

    /// A fiscal period is a date only where the release ties it to the calendar: its end
    /// written right after it (`the second quarter of fiscal 2023, which ended July 29,
    /// 2023`, `the fiscal quarter ended September 30`). A quarter then runs 13 weeks to
    /// that day, or three whole months when the day ends a month; a half 26 weeks or six
    /// months; a year 52 weeks or twelve months. Without the end, the fiscal calendar is
    /// the company's own and the period is left out.
    pub(super) fn fiscal(
        &mut self,
        r: &Reader<'_, '_>,
        read: &Read,
        part: Option<Part>,
        year: FiscalYear,
    ) {
        // "the fiscal quarter ended July 29" describes the period by its end, which is
        // the date; a named period ("the second quarter of fiscal 2023") is one of its own.
        let named = matches!(part, Some(Part::Quarter(_) | Part::Half(_)))
            || matches!(
                (part, year),
                (None, FiscalYear::Named(_) | FiscalYear::Relative(_))
            );
        if !named {
            return;
        }
        let Some(end) = self.stated_end(r, read.end) else {
            return;
        };
        let (weeks, months) = match part {
            None => (52, 12),
            Some(Part::Half(_)) => (26, 6),
            Some(Part::Quarter(_) | Part::Whole) => (13, 3),
            Some(_) => return,
        };
        let month_end = end.add_days(1).is_some_and(|d| d.day() == 1);
        let start = if month_end {
            normalise::add_months(end.year(), end.month(), 1 - months)
                .and_then(|(y, m)| Date::first_of_month(y, m))
        } else {
            end.add_days(1 - 7 * weeks)
        };
        if let Some(start) = start {
            let precision = if part.is_none() {
                Precision::Year
            } else {
                Precision::Quarter
            };
            self.push(
                read.span,
                Value {
                    start,
                    end,
                    precision,
                },
            );
        }
    }

    /// The day written after a period as its end: `, which ended July 29, 2023`,
    /// `ended September 30`, `ending June 30, 2025`, `(ended March 31, 2024)`.
    fn stated_end(&self, r: &Reader<'_, '_>, mut k: usize) -> Option<Date> {
        for _ in 0..3 {
            if r.mark(k, ',') || r.mark(k, '(') || r.low(k, "which") || r.low(k, "that") {
                k += 1;
            }
        }
        if !(r.low(k, "ended") || r.low(k, "ending") || r.low(k, "ends") || r.low(k, "end")) {
            return None;
        }
        k += 1;
        if r.low(k, "on") {
            k += 1;
        }
        let (p, _) = grammar::point(r, k)?;
        let (m, d) = (p.month?, p.day?);
        match p.year {
            Some(y) => Date::new(y, m, d),
            None => normalise::nearest_day(self.anchor_at(p.span)?, m, d, p.weekday),
        }
    }
}
