//! Stage 2a: temporal expressions.
//!
//! Input: the document's text and its anchor date (`published`, else the dateline's).
//! Output: every date expression with its byte span, normalised to an inclusive range and
//! a precision, in document order and without overlaps. Expressions that no written rule
//! normalises are left out: a wrong date is worse than none.
//!
//! The text is split into tokens once and read by the crate's one date grammar
//! ([`crate::date::grammar`]), twice: for absolute expressions (calendar dates, months,
//! years, quarters, all-digit dates and their fuzzy qualifiers) and for relative ones
//! ("today", "this week", "three days ago", "on Monday"). This stage is the grammar's
//! policy for running text: each expression is checked against the words around it
//! ([`context`]) and normalised ([`normalise`]). Where expressions overlap the longest
//! wins; a time of day next to a day then joins its span ("9 a.m. on Thursday, 4 June")
//! but not its value ([`time`]).

mod context;
mod normalise;
mod periods;
mod relative;
#[cfg(test)]
mod tests;
mod time;

use std::collections::BTreeMap;

use self::normalise::{Anchor, Kind, Value};
use crate::date::grammar::{self, Expr, Numeric, Point, Read, Reader, Shift};
use crate::date::token::{tokens_in, Token};
use crate::date::vocab::Link;
use crate::date::{Date, DateOrder};
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

/// Compiles the time-of-day patterns now, so that no extraction pays for them.
pub(crate) fn prepare() {
    once_cell::sync::Lazy::force(&time::TIMES);
}

/// Finds the date expressions of `doc`, in document order, without overlaps.
pub(crate) fn find(doc: &Document) -> Vec<FoundDate> {
    let text = doc.text.as_str();
    let mut win = Window::new(text);
    let absolutes = Absolutes::read(&mut win);
    let mut scan = Scan {
        text,
        blocks: &doc.blocks,
        anchor: doc.anchor(),
        order: digit_order(&absolutes.taken()),
        out: Vec::new(),
        skip_to: 0,
    };
    // Where the words of a reading are not a date in their sentence ("19 September 2020"
    // in "COVID-19 September 2020"), a shorter reading that starts later may be.
    let mut win = Window::new(text);
    let mut i = 0;
    while win.holds(i) {
        let before = scan.out.len();
        match absolutes.at(&win, i) {
            Some(read) => {
                // The scan reads the window's tokens: the reading and the end of a list
                // it closes are counted in the window there, and in the text here.
                let skip = scan.skip_to;
                scan.absolute(&win.reader(), &win.local(read));
                if scan.skip_to != skip {
                    scan.skip_to += win.first;
                }
                i = if scan.out.len() > before || no_such_day(&read) {
                    read.end.max(i + 1).max(scan.skip_to)
                } else {
                    i + 1
                };
            }
            None => i += 1,
        }
    }
    if let Some(anchor) = scan.anchor {
        let mut win = Window::new(text);
        let mut i = 0;
        while win.holds(i) {
            let before = scan.out.len();
            match win.read(i, grammar::relative) {
                Some(read) => {
                    scan.relative(&win.reader(), &win.local(read), anchor);
                    i = if scan.out.len() > before {
                        read.end.max(i + 1)
                    } else {
                        i + 1
                    };
                }
                None => i += 1,
            }
        }
    }
    let mut kept = without_overlaps(scan.out);
    with_times(text, &mut kept);
    kept
}

/// The tokens of the text around the one being read. MEM: the tokens of a whole long text
/// were most of this stage's memory (40 bytes a token), and every reading looks only a
/// few dozen tokens either way: [`BEHIND`] before the token read and [`AHEAD`] after it
/// are always held, so a reading in the window is the reading in the whole text.
struct Window<'t> {
    text: &'t str,
    toks: Vec<Token<'t>>,
    /// The index in the whole text of `toks[0]`.
    first: usize,
    /// The byte where the tokens read so far end: a white space, or the end of the text.
    read_to: usize,
}

/// Tokens kept before the token being read: more than any reading looks back.
const BEHIND: usize = 256;
/// Tokens held after the token being read: more than any reading looks ahead (a list of
/// 31 days, a timestamp).
const AHEAD: usize = 1024;
/// Bytes tokenised at a time, at least.
const CHUNK: usize = 64 << 10;

impl<'t> Window<'t> {
    fn new(text: &'t str) -> Window<'t> {
        Window {
            text,
            toks: Vec::new(),
            first: 0,
            read_to: 0,
        }
    }

    /// Whether the text has a token `i`; the window then holds it and the tokens around it.
    /// Called with `i` that never goes back by more than [`BEHIND`].
    fn holds(&mut self, i: usize) -> bool {
        while self.read_to < self.text.len() && i + AHEAD >= self.first + self.toks.len() {
            // Tokens never hold white space, so a text cut at a white space yields the
            // tokens of the whole text.
            let mut from = (self.read_to + CHUNK).min(self.text.len());
            while !self.text.is_char_boundary(from) {
                from += 1;
            }
            let cut = self
                .text
                .get(from..)
                .and_then(|rest| rest.find(char::is_whitespace))
                .map_or(self.text.len(), |k| from + k);
            let drop = i.saturating_sub(BEHIND).saturating_sub(self.first);
            let drop = drop.min(self.toks.len());
            self.toks.drain(..drop);
            self.first += drop;
            self.toks
                .extend(tokens_in(self.text, Span::new(self.read_to, cut)));
            self.read_to = cut;
        }
        i >= self.first && i < self.first + self.toks.len()
    }

    fn reader(&self) -> Reader<'_, 't> {
        Reader {
            text: self.text,
            toks: &self.toks,
            policy: grammar::TEXT,
        }
    }

    /// `read(reader, i)` on the whole text, for `i` the window holds: its `end` counted
    /// in the whole text.
    fn read(
        &self,
        i: usize,
        read: impl Fn(&Reader<'_, 't>, usize) -> Option<Read>,
    ) -> Option<Read> {
        let local = i.checked_sub(self.first)?;
        read(&self.reader(), local).map(|r| Read {
            end: r.end + self.first,
            ..r
        })
    }

    /// A reading counted in the whole text, counted in the window.
    fn local(&self, read: Read) -> Read {
        Read {
            end: read.end.saturating_sub(self.first),
            ..read
        }
    }
}

/// Whether `read` names a day that does not exist (`31 June 2018`): the words are a
/// date gone wrong, and no shorter reading of them is one.
fn no_such_day(read: &Read) -> bool {
    match read.expr {
        Expr::Points { first, .. } => match (first.year, first.month, first.day) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m, d).is_none(),
            _ => false,
        },
        Expr::Numeric(n) => {
            Date::new(n.year, n.a, n.b).is_none() && Date::new(n.year, n.b, n.a).is_none()
        }
        _ => false,
    }
}

/// The absolute expressions that start at each token, read once for the page's digit order
/// and the main pass alike. PERF: reading is pure in the token, and reading every start
/// twice was a seventh of the text's time.
struct Absolutes {
    /// Each reading found by the walk, with the token it starts at, in order.
    found: Vec<(usize, Read)>,
}

impl Absolutes {
    /// Reads the text left to right with [`grammar::absolute`], stepping over the words of
    /// each reading taken, and keeps every reading, also those that end where they start.
    fn read(win: &mut Window<'_>) -> Absolutes {
        let mut found = Vec::new();
        let mut i = 0;
        while win.holds(i) {
            match win.read(i, grammar::absolute) {
                Some(read) => {
                    found.push((i, read));
                    i = if read.end > i { read.end } else { i + 1 };
                }
                None => i += 1,
            }
        }
        Absolutes { found }
    }

    /// The readings the walk took, each expression's words read once (the page's digit
    /// order is judged on these).
    fn taken(&self) -> Vec<Read> {
        self.found
            .iter()
            .filter(|(i, read)| read.end > *i)
            .map(|&(_, read)| read)
            .collect()
    }

    /// `grammar::absolute(r, i)`: remembered where the walk read token `i`, read anew
    /// where the walk stepped over it.
    fn at(&self, win: &Window<'_>, i: usize) -> Option<Read> {
        let k = self.found.partition_point(|(s, _)| *s <= i);
        match k.checked_sub(1).and_then(|k| self.found.get(k)) {
            Some(&(s, read)) if s == i => Some(read),
            // Inside a reading the walk took: not read there.
            Some(&(s, read)) if read.end > s && i < read.end => win.read(i, grammar::absolute),
            _ => None,
        }
    }
}

/// What reading one match needs to know about the page, and the dates read so far.
struct Scan<'d> {
    text: &'d str,
    blocks: &'d [Block],
    anchor: Option<Date>,
    order: Option<DateOrder>,
    out: Vec<FoundDate>,
    /// Where reading goes on after a list that the last reading closed ("June 5, 12, 19").
    skip_to: usize,
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

/// The page's convention for all-digit dates: from its all-digit dates that read only
/// one way (`28/06/2018`; dotted dates are always day first), else from the order of its
/// written dates (`28 June 2018` against `June 28, 2018`). `None` when the page does not
/// say, and then an ambiguous `05/06/2018` is left out.
fn digit_order(reads: &[Read]) -> Option<DateOrder> {
    let (mut day_first, mut month_first) = (0u32, 0u32);
    for read in reads {
        match read.expr {
            Expr::Numeric(n) => {
                // One date that reads only one way outweighs the order of written dates.
                let weight = 10;
                if !n.year_first && n.b <= 12 && (n.a > 12 || n.sep == '.') {
                    day_first += weight;
                } else if !n.year_first && n.b > 12 && n.a <= 12 {
                    month_first += weight;
                }
            }
            Expr::Points { first, second, .. } => {
                let has_year =
                    first.year.is_some() || second.is_some_and(|(_, p)| p.year.is_some());
                if first.is_day() && has_year {
                    if first.day_first {
                        day_first += 1;
                    } else {
                        month_first += 1;
                    }
                } else if first.day.is_some() && first.month.is_none() && has_year {
                    // "28 and 29 June 2018": the day is written first.
                    if second.is_some_and(|(_, p)| p.day_first) {
                        day_first += 1;
                    }
                }
            }
            _ => {}
        }
    }
    match day_first.cmp(&month_first) {
        std::cmp::Ordering::Greater => Some(DateOrder::DayFirst),
        std::cmp::Ordering::Less => Some(DateOrder::MonthFirst),
        std::cmp::Ordering::Equal => None,
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

    /// An all-digit date: `a` is the day unless the page writes month first (dotted dates
    /// are European: day first); year-first dates are stored day-last already.
    fn numeric(&self, n: Numeric) -> Option<Date> {
        let (a, b) = (n.a, n.b);
        let (day, month) = match (n.sep, self.order) {
            _ if n.year_first || a == b || a > 12 => (a, b),
            _ if b > 12 => (b, a),
            ('.', _) | (_, Some(DateOrder::DayFirst)) => (a, b),
            (_, Some(DateOrder::MonthFirst)) => (b, a),
            (_, None) => return None,
        };
        Date::new(n.year, month, day)
    }

    /// Judges and normalises one absolute expression.
    fn absolute(&mut self, r: &Reader<'_, '_>, read: &Read) {
        let (text, anchor, span) = (self.text, self.anchor, read.span);
        match read.expr {
            // ISO date or RFC 3339 timestamp: the time stays in the span, not the value.
            Expr::Iso(d) => {
                if context::stands_alone(text, span) {
                    self.push(span, Value::day(d));
                }
            }
            Expr::Numeric(n) => {
                if let Some(d) = self.numeric(n) {
                    if context::stands_alone(text, span) {
                        self.push(span, Value::day(d));
                    }
                }
            }
            Expr::Points {
                between,
                from,
                part,
                shift,
                year_offset,
                first,
                second,
            } => {
                // A day number glued to other digits is not a day: "COVID-19 September".
                if first.span.start == span.start
                    && first.weekday.is_none()
                    && first.day.is_some()
                    && context::glued_before(text, span.start)
                {
                    return;
                }
                match second {
                    None if part.is_none() && shift.is_none() && year_offset.is_none() => {
                        if !self.day_list(r, read, &first) {
                            self.single(span, &first, None, None, None);
                        }
                    }
                    None => self.single(span, &first, part, shift, year_offset),
                    Some((link, second)) => {
                        if part.is_some() || shift.is_some() || year_offset.is_some() {
                            return;
                        }
                        let before = self.out.len();
                        self.pair(span, first, link, second, between, from);
                        // Where the second end spoils the range ("June 5 and July 30-10"),
                        // the first may still be a date of its own.
                        if self.out.len() == before && !between && first.month.is_some() {
                            self.single(first.span, &first, None, None, None);
                        }
                    }
                }
            }
            Expr::RelativePeriod {
                part,
                month,
                offset,
            } => {
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
            Expr::Quarter { part, year } => {
                if context::stands_alone(text, span) {
                    if let Some(v) = normalise::part_of_year(year, part) {
                        self.push(span, v);
                    }
                }
            }
            Expr::Season {
                first_month,
                year,
                shift,
            } => self.season(span, first_month, year, shift),
            Expr::Decade { part, first, last } => self.decade(span, part, first, last),
            Expr::Fiscal { part, year } => self.fiscal(r, read, part, year),
            Expr::Relative(_) => {}
        }
    }

    /// One calendar point with its qualifiers: `28 June 2018`, `mid-June`, `last December`,
    /// `March this year`, `the end of 2025`, `2030`.
    fn single(
        &mut self,
        span: Span,
        p: &Point,
        part: Option<grammar::Part>,
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
                if !ends_cleanly(text, span) {
                    return;
                }
                match part {
                    // "next June 15", "last March 3"
                    None if shift.is_some() => {
                        let (Some(a), Some(m), Some(d), Some(shift)) =
                            (anchor, p.month, p.day, shift)
                        else {
                            return;
                        };
                        match p.year {
                            Some(y) => Date::new(y, m, d),
                            None => normalise::shifted_day(a, m, d, shift),
                        }
                        .map(Value::day)
                    }
                    None => normalise::point(p, self.anchor_at(span)),
                    Some(grammar::Part::WeekOf) => normalise::point(p, self.anchor_at(span))
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
}

/// A date ending in a number must not run on into a bigger one: "March 2,000 people"
/// is not 2 March.
pub(super) fn ends_cleanly(text: &str, span: Span) -> bool {
    let ends_in_digit = text
        .get(..span.end)
        .and_then(|s| s.chars().last())
        .is_some_and(|c| c.is_ascii_digit());
    !ends_in_digit || !context::glued_after(text, span.end)
}

/// Whether `s` holds a four-digit number that could be a year.
pub(super) fn has_year(s: &str) -> bool {
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
/// 10 a.m. EST", "9 a.m. on Thursday, 4 June". The value stays the day.
fn with_times(text: &str, found: &mut [FoundDate]) {
    let t = &*time::TIMES;
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
        if let Some(m) = t.after.find(tail) {
            if d.span.end + m.end() <= next_start {
                d.span.end += m.end();
            }
        }
        let head = context::before(text, d.span.start, 48);
        if let Some(m) = t.before.captures(head).and_then(|c| c.get(1)) {
            let start = d.span.start - (head.len() - m.start());
            if start >= prev_end {
                d.span.start = start;
            }
        }
    }
}
