//! Stage 2a: temporal expressions.
//!
//! Input: the document's text and its anchor date (`published`, else the dateline's).
//! Output: every date expression with its byte span, normalised to an inclusive range and
//! a precision, in document order and without overlaps. Expressions that no written rule
//! normalises are left out: a wrong date is worse than none.
//!
//! The text is scanned twice ([`grammar`]): once for expressions anchored on month names
//! and digits, once for relative keywords. Each match is split into tokens, read into an
//! expression ([`expr`]), checked against the words around it ([`context`]) and
//! normalised ([`normalise`]). Where matches overlap the longest wins; a time of day next
//! to a day then joins its span ("10 a.m. on Friday, 28 May") but not its value.

mod context;
mod expr;
mod grammar;
pub(crate) mod lexicon;
mod normalise;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use self::expr::{Expr, Link, Point, Shift};
use self::grammar::{tokens, Tok, GRAMMAR};
use self::normalise::{Anchor, Kind, Tense, Unit, Value};
use crate::date::Date;
use crate::document::{Block, BlockKind, Document};
use crate::model::Precision;
use crate::span::Span;

/// A date expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FoundDate {
    pub span: Span,
    pub start: Date,
    pub end: Date,
    pub precision: Precision,
}

impl FoundDate {
    fn new(span: Span, v: Value) -> FoundDate {
        FoundDate {
            span,
            start: v.start,
            end: v.end,
            precision: v.precision,
        }
    }
}

/// Compiles the date grammar now, so that no extraction pays for it.
pub(crate) fn prepare() {
    once_cell::sync::Lazy::force(&GRAMMAR);
}

/// Finds the date expressions of `doc`, in document order, without overlaps.
pub(crate) fn find(doc: &Document) -> Vec<FoundDate> {
    let text = doc.text.as_str();
    let g = &*GRAMMAR;
    let matches: Vec<Span> = g
        .absolute
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .collect();
    let mut scan = Scan {
        text,
        blocks: &doc.blocks,
        anchor: doc.anchor(),
        order: digit_order(text, &matches),
        out: Vec::new(),
    };
    for &span in &matches {
        scan.absolute(span);
    }
    if let Some(anchor) = scan.anchor {
        for m in g.relative.find_iter(text) {
            scan.relative(Span::new(m.start(), m.end()), anchor);
        }
    }
    let mut kept = without_overlaps(scan.out);
    with_times(text, &mut kept);
    kept
}

/// What reading one match needs to know about the page, and the dates read so far.
struct Scan<'d> {
    text: &'d str,
    blocks: &'d [Block],
    anchor: Option<Date>,
    order: Option<DigitOrder>,
    out: Vec<FoundDate>,
}

/// The dates found inside `span` (a phrase, a sentence, a caption), in document order.
// The event stage's way in; it does not call it yet.
#[allow(dead_code)]
pub(crate) fn in_span(found: &[FoundDate], span: Span) -> impl Iterator<Item = &FoundDate> {
    let first = found.partition_point(|d| d.span.start < span.start);
    found
        .get(first..)
        .unwrap_or(&[])
        .iter()
        .take_while(move |d| d.span.start < span.end)
        .filter(move |d| d.span.end <= span.end)
}

/// Which number comes first in a numeric date such as `05/06/2018`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DigitOrder {
    DayFirst,
    MonthFirst,
}

/// The page's convention for numeric dates: from its numeric dates that only read one
/// way (`28/06/2018`; dotted dates are always day first), else from the order of its
/// written dates (`28 June 2018` against `June 28, 2018`). `None` when the page does not
/// say, and then an ambiguous `05/06/2018` is left out.
fn digit_order(text: &str, matches: &[Span]) -> Option<DigitOrder> {
    let (mut day_first, mut month_first) = (0u32, 0u32);
    for &span in matches {
        let Some(t) = text.get(span.start..span.end) else {
            continue;
        };
        if let Some(n) = numeric_parts(t) {
            // One date that reads only one way outweighs the order of written dates.
            let weight = 10;
            if !n.year_first && n.b <= 12 && (n.a > 12 || n.sep == '.') {
                day_first += weight;
            } else if !n.year_first && n.b > 12 && n.a <= 12 {
                month_first += weight;
            }
            continue;
        }
        let toks = tokens(text, span);
        let has_year = toks
            .iter()
            .any(|t| matches!(t.tok, Tok::Num { digits: 4, .. }));
        let mut words = toks
            .iter()
            .filter(|t| matches!(t.tok, Tok::Num { .. } | Tok::Month { .. }));
        match (words.next().map(|t| t.tok), words.next().map(|t| t.tok)) {
            (Some(Tok::Num { digits: 1 | 2, .. }), Some(Tok::Month { .. })) if has_year => {
                day_first += 1
            }
            (Some(Tok::Month { .. }), Some(Tok::Num { digits: 1 | 2, .. })) if has_year => {
                month_first += 1
            }
            _ => {}
        }
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Some(DigitOrder::DayFirst),
        std::cmp::Ordering::Less => Some(DigitOrder::MonthFirst),
        std::cmp::Ordering::Equal => None,
    }
}

/// A numeric date as written: two numbers and a year, and the separator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Numeric {
    a: u32,
    b: u32,
    year: i32,
    sep: char,
    /// `2024.10.25`: year, month, day, an order no convention contradicts.
    year_first: bool,
}

/// `28.06.2018` or `2024/10/25` read into its numbers; `None` for anything else.
fn numeric_parts(t: &str) -> Option<Numeric> {
    let sep = t.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = t.split(sep).collect();
    let [x, y, z] = parts.as_slice() else {
        return None;
    };
    let num = |s: &str| s.parse::<u32>().ok();
    match (x.len(), y.len(), z.len()) {
        (1 | 2, 1 | 2, 4) => Some(Numeric {
            a: num(x)?,
            b: num(y)?,
            year: i32::try_from(num(z)?).ok()?,
            sep,
            year_first: false,
        }),
        (4, 1 | 2, 1 | 2) => Some(Numeric {
            a: num(z)?,
            b: num(y)?,
            year: i32::try_from(num(x)?).ok()?,
            sep,
            year_first: true,
        }),
        _ => None,
    }
}

impl Scan<'_> {
    /// Whether `pos` is in the headline or a sub-heading, where every word is capitalised.
    fn in_headline(&self, pos: usize) -> bool {
        let i = self.blocks.partition_point(|b| b.span.end < pos);
        self.blocks.get(i).is_some_and(|b| {
            b.span.start <= pos && matches!(b.kind, BlockKind::Title | BlockKind::Heading)
        })
    }

    /// The anchor for a date without a year at `span`, with its sentence's tense.
    fn anchor_at(&self, span: Span) -> Option<Anchor> {
        Some(Anchor {
            date: self.anchor?,
            tense: normalise::tense(context::sentence(self.text, span), false),
        })
    }

    fn push(&mut self, span: Span, v: Value) {
        self.out.push(FoundDate::new(span, v));
    }

    /// Reads one match of the absolute pattern.
    fn absolute(&mut self, span: Span) {
        let (text, anchor) = (self.text, self.anchor);
        let Some(t) = text.get(span.start..span.end) else {
            return;
        };
        let bytes = t.as_bytes();
        if bytes.get(4) == Some(&b'-') && bytes.get(7) == Some(&b'-') {
            // ISO date or RFC 3339 timestamp: the time stays in the span, not the value.
            if let Some(d) = Date::parse_iso_prefix(t) {
                if context::stands_alone(text, span) {
                    self.push(span, Value::day(d));
                }
            }
            return;
        }
        if let Some(n) = numeric_parts(t) {
            // `a` is the day unless the page writes month first; year-first dates are
            // stored day-last already. Dotted dates are European: day first.
            let (a, b) = (n.a, n.b);
            let (day, month) = match (n.sep, self.order) {
                _ if n.year_first || a == b || a > 12 => (a, b),
                _ if b > 12 => (b, a),
                ('.', _) | (_, Some(DigitOrder::DayFirst)) => (a, b),
                (_, Some(DigitOrder::MonthFirst)) => (b, a),
                (_, None) => return,
            };
            if let Some(d) = Date::new(n.year, month, day) {
                if context::stands_alone(text, span) {
                    self.push(span, Value::day(d));
                }
            }
            return;
        }
        let toks = tokens(text, span);
        match expr::read(&toks) {
            Some(Expr::Points {
                between,
                from,
                part,
                shift,
                year_offset,
                first,
                second,
                span,
            }) => {
                // A day number glued to other digits is not a day: "COVID-19 September".
                if first.span.start == span.start
                    && first.weekday.is_none()
                    && first.day.is_some()
                    && context::glued_before(text, span.start)
                {
                    return;
                }
                match second {
                    None => self.single(span, &first, part, shift, year_offset),
                    Some((link, second)) => {
                        if part.is_some() || shift.is_some() || year_offset.is_some() {
                            return;
                        }
                        self.pair(span, first, link, second, between, from);
                    }
                }
            }
            Some(Expr::RelativePeriod {
                part,
                month,
                offset,
            }) => {
                let Some(anchor) = anchor else { return };
                let v = if month {
                    normalise::add_months(anchor.year(), anchor.month(), offset)
                        .and_then(|(y, m)| normalise::part_of_month(y, m, part))
                } else {
                    normalise::part_of_year(anchor.year() + offset, part)
                };
                if let Some(v) = v {
                    self.push(span, v);
                }
            }
            Some(Expr::Quarter { part, year }) if context::stands_alone(text, span) => {
                if let Some(v) = normalise::part_of_year(year, part) {
                    self.push(span, v);
                }
            }
            Some(Expr::Quarter { .. }) => {}
            None => {}
        }
    }

    /// One calendar point with its qualifiers: `28 June 2018`, `mid-June`, `last December`,
    /// `March this year`, `the end of 2025`, `2030`.
    fn single(
        &mut self,
        span: Span,
        p: &Point,
        part: Option<expr::Part>,
        shift: Option<Shift>,
        year_offset: Option<i32>,
    ) {
        let (text, anchor) = (self.text, self.anchor);
        let value = match normalise::kind(p) {
            Some(Kind::Year) => {
                let ok = match part {
                    None => context::is_year(text, span, self.in_headline(span.start)),
                    // "mid-2019": the dash belongs to the prefix.
                    Some(_) => {
                        !context::glued_after(text, p.span.end)
                            && !context::glued_before(text, span.start)
                    }
                };
                if !ok {
                    return;
                }
                p.year.and_then(|y| match part {
                    Some(part) => normalise::part_of_year(y, part),
                    None => normalise::year(y),
                })
            }
            Some(Kind::Month) => {
                let Some(m) = p.month else { return };
                let y = if let Some(y) = p.year {
                    if !context::stands_alone(text, span) {
                        return;
                    }
                    Some(y)
                } else if let Some(shift) = shift {
                    anchor.map(|a| normalise::shifted_month(a, m, shift))
                } else if let Some(k) = year_offset {
                    anchor.map(|a| a.year() + k)
                } else if part.is_some() {
                    self.anchor_at(span)
                        .and_then(|a| normalise::nearest_month(a, m))
                } else {
                    // A month name alone: only where the words around make it a date.
                    if p.abbreviated || !context::is_lone_month(text, p.span, m) {
                        return;
                    }
                    self.anchor_at(span)
                        .and_then(|a| normalise::nearest_month(a, m))
                };
                y.and_then(|y| match part {
                    Some(part) => normalise::part_of_month(y, m, part),
                    None => normalise::month(y, m),
                })
            }
            Some(Kind::Day) => {
                if shift.is_some() || !ends_cleanly(text, span) {
                    return;
                }
                match part {
                    None => normalise::point(p, self.anchor_at(span)),
                    Some(expr::Part::WeekOf) => normalise::point(p, self.anchor_at(span))
                        .and_then(|v| normalise::week_of(v.start)),
                    Some(_) => return,
                }
            }
            None => None,
        };
        if let Some(v) = value {
            self.push(span, v);
        }
    }

    /// Two points joined by `to`, a dash or `and`: one range ("28 June to 2 July 2018",
    /// "between March and May 2019", "28 and 29 June 2018"), or two dates ("2017 and 2021").
    /// A leading "between" or "from" makes two bare months a range.
    fn pair(
        &mut self,
        span: Span,
        mut first: Point,
        link: Link,
        mut second: Point,
        between: bool,
        from: bool,
    ) {
        let text = self.text;
        let borrowed = normalise::complete(&mut first, &mut second);
        let Some(kind) = normalise::kind(&first) else {
            return;
        };
        if kind == Kind::Year && !context::is_year(text, span, self.in_headline(span.start)) {
            return;
        }
        if !ends_cleanly(text, span) {
            return;
        }
        let range = normalise::range(&first, &second, borrowed, self.anchor_at(span));
        if link == Link::And && !between {
            // "28 and 29 June" is a range; "5 and 12 June", "2017 and 2021" are two dates.
            let consecutive =
                kind == Kind::Day && range.is_some_and(|r| r.start.add_days(1) == Some(r.end));
            if !consecutive {
                let lone_months = kind == Kind::Month && first.year.is_none();
                if lone_months
                    && !context::is_lone_month(text, first.span, first.month.unwrap_or(0))
                {
                    return;
                }
                for p in [first, second] {
                    if let Some(v) = normalise::point(&p, self.anchor_at(span)) {
                        self.push(p.span, v);
                    }
                }
                return;
            }
        }
        // Two months without a year make a range where the words say so: "between",
        // "from", or a month name that reads as a date ("in March to May"). A dash
        // between two bare month names may be anything.
        if kind == Kind::Month
            && first.year.is_none()
            && !(between || from)
            && !(link == Link::To
                && !text
                    .get(first.span.end..second.span.start)
                    .is_some_and(|j| j.contains(['-', '–', '—']))
                && context::is_lone_month(text, first.span, first.month.unwrap_or(0)))
        {
            return;
        }
        if let Some(v) = range {
            self.push(span, v);
        }
    }

    /// Reads one match of the relative pattern.
    fn relative(&mut self, span: Span, anchor: Date) {
        let text = self.text;
        let Some(t) = text.get(span.start..span.end) else {
            return;
        };
        let words: Vec<&str> = t.split(' ').collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
        let last = lower.last().map_or("", String::as_str);
        let first = lower.first().map_or("", String::as_str);
        // on Monday, last Friday
        if let Some(w) = lexicon::weekday_en(last) {
            let shift = match first {
                "last" => Some(Shift::Last),
                "next" => Some(Shift::Next),
                "this" => Some(Shift::This),
                _ => None,
            };
            let day_span = match shift {
                Some(_) => span,
                None => Span::new(span.end - words.last().map_or(0, |w| w.len()), span.end),
            };
            if context::starts_schedule(text, span.end) {
                return;
            }
            let tense = match shift {
                Some(Shift::Last | Shift::Next) => Tense::Unknown,
                _ => normalise::tense(context::sentence(text, span), true),
            };
            if let Some(d) = normalise::weekday(anchor, w, shift, tense) {
                self.push(day_span, Value::day(d));
            }
            // "on Tuesday and Wednesday": the second day shares the first one's "on".
            if shift.is_none() {
                let tail = context::after(text, span.end, 16);
                let rest = tail
                    .strip_prefix(" and ")
                    .or_else(|| tail.strip_prefix(" or "));
                let second = rest.and_then(|r| r.split(|c: char| !c.is_ascii_alphabetic()).next());
                if let (Some(rest), Some(word)) = (rest, second) {
                    let start = span.end + (tail.len() - rest.len());
                    let next = lexicon::weekday_en(word).filter(|_| word.len() > 5);
                    if let Some(d) = next.and_then(|w2| normalise::weekday(anchor, w2, None, tense))
                    {
                        if !context::starts_schedule(text, start + word.len()) {
                            self.push(Span::new(start, start + word.len()), Value::day(d));
                        }
                    }
                }
            }
            return;
        }
        // three days ago
        if last == "ago" {
            let (Some(n), Some(unit)) = (
                lower.first().and_then(|w| lexicon::number(w)),
                lower.get(1).and_then(|w| Unit::from_word(w)),
            ) else {
                return;
            };
            let Ok(n) = i32::try_from(n) else { return };
            if let Some(v) = normalise::relative(anchor, unit, -n) {
                self.push(span, v);
            }
            return;
        }
        // today, yesterday, tomorrow, this morning
        let day = match last {
            "today" | "tonight" | "morning" | "afternoon" | "evening" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        if let Some(k) = day {
            let word = Span::new(span.end - words.last().map_or(0, |w| w.len()), span.end);
            if context::is_general(text, word, self.in_headline(word.start)) {
                return;
            }
            if let Some(d) = anchor.add_days(k) {
                self.push(span, Value::day(d));
            }
            return;
        }
        // this week, last month, earlier this year, the previous year
        let Some(unit) = Unit::from_word(last) else {
            return;
        };
        let k = match lower.get(lower.len().saturating_sub(2)).map(String::as_str) {
            Some("this") => 0,
            Some("last" | "previous") => -1,
            Some("next") => 1,
            _ => return,
        };
        if first == "the" {
            // "the previous year" counts from the release only where no other year is in
            // sight; in "In 2019 …, the previous year" it is 2018.
            if has_year(context::sentence(text, span)) {
                return;
            }
        } else if context::prev_word(text, span.start)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        {
            // "the last year", "the next year": a rolling period, not a calendar one.
            return;
        }
        if let Some(v) = normalise::relative(anchor, unit, k) {
            self.push(span, v);
        }
    }
}

/// A date ending in a number must not run on into a bigger one: "March 2,000 people"
/// is not 2 March.
fn ends_cleanly(text: &str, span: Span) -> bool {
    let ends_in_digit = text
        .get(..span.end)
        .and_then(|s| s.chars().last())
        .is_some_and(|c| c.is_ascii_digit());
    !ends_in_digit || !context::glued_after(text, span.end)
}

/// Whether `s` holds a four-digit number that could be a year.
fn has_year(s: &str) -> bool {
    s.split(|c: char| !c.is_ascii_digit())
        .any(|w| w.len() == 4 && matches!(w.get(..2), Some("18" | "19" | "20" | "21")))
}

/// The found dates without overlaps, longest first, then in document order.
fn without_overlaps(mut found: Vec<FoundDate>) -> Vec<FoundDate> {
    found.sort_by_key(|d| (std::cmp::Reverse(d.span.len()), d.span.start));
    let mut kept: BTreeMap<usize, FoundDate> = BTreeMap::new();
    for d in found {
        if d.span.len() == 0 {
            continue;
        }
        let clash_before = kept
            .range(..d.span.end)
            .next_back()
            .is_some_and(|(_, k)| k.span.overlaps(d.span));
        if !clash_before {
            kept.insert(d.span.start, d);
        }
    }
    kept.into_values().collect()
}

/// Widens the spans of days over a time of day written next to them: "28 June 2018 at
/// 10 a.m. EST", "10 a.m. on Friday, 28 May". The value stays the day.
fn with_times(text: &str, found: &mut [FoundDate]) {
    let g = &*GRAMMAR;
    for i in 0..found.len() {
        let prev_end = i
            .checked_sub(1)
            .and_then(|j| found.get(j))
            .map_or(0, |d| d.span.end);
        let next_start = found.get(i + 1).map_or(text.len(), |d| d.span.start);
        let Some(d) = found.get_mut(i) else { continue };
        if d.precision != Precision::Day {
            continue;
        }
        let tail = context::after(text, d.span.end, 48);
        if let Some(m) = g.time_after.find(tail) {
            if d.span.end + m.end() <= next_start {
                d.span.end += m.end();
            }
        }
        let head = context::before(text, d.span.start, 48);
        if let Some(m) = g.time_before.captures(head).and_then(|c| c.get(1)) {
            let start = d.span.start - (head.len() - m.start());
            if start >= prev_end {
                d.span.start = start;
            }
        }
    }
}
