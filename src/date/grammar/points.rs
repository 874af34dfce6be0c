//! Calendar points and the expressions built on them: ranges, fuzzy parts, shifted months.

use super::{lower, plain, Expr, Part, Point, Read, Reader, Shift};
use crate::date::token::Tok;
use crate::date::vocab::{self, Link, PartWord, Unit};
use crate::span::Span;

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
/// month-first day (`May 3,` then `2026`); in a page string also `de 2020`.
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
    // "the end of the month of June" reads as "the end of June" (and "the end of the month
    // of Ramadan" as the end of the month).
    let month_of = r.low(next, "the") && r.low(next + 1, "month") && r.low(next + 2, "of");
    if month_of && r.spaced(next + 3) && r.month(next + 3).is_some() {
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

/// A day of a list that shares a month: its value and its span.
pub(crate) type ListedDay = (u32, Span);

/// The days listed after a first day, the year written after the last one (with the span
/// of the last day and the year together), and the index of the token after the list.
pub(crate) struct DayList {
    pub days: Vec<ListedDay>,
    pub year: Option<(i32, Span)>,
    pub end: usize,
}

/// The days listed after a month-first day, sharing its month: `May 3, 10`,
/// `November 1, 8, 15, 22 and 29`, `March 7, 14, 2026`. `k` is the index after the
/// first day; `None` when no day follows. A number followed by a word is a count, not a day: `June 5, 6 people`.
pub(crate) fn day_list(r: &Reader<'_, '_>, mut k: usize) -> Option<DayList> {
    let mut days: Vec<ListedDay> = Vec::new();
    loop {
        // ", 25", ", and 29", " and 29"
        let mut j = k;
        let comma = r.mark(j, ',') && r.tight(j);
        if comma {
            j += 1;
        }
        if r.spaced(j) && (r.low(j, "and") || r.low(j, "or")) {
            j += 1;
        } else if !comma {
            break;
        }
        if !r.spaced(j) {
            break;
        }
        let Some((d, next)) = r.day(j) else { break };
        if next != j + 1 {
            break;
        }
        // What follows a listed day: another item, a year, the end of the phrase.
        let ends = match r.tok(next) {
            None => true,
            Some(Tok::Mark(',' | ';' | ')' | '.')) => r.tight(next),
            Some(Tok::Word(w)) => r.spaced(next) && (w == "and" || w == "or"),
            _ => false,
        };
        if !ends || (r.mark(next, ':') && r.tight(next)) {
            break;
        }
        let span = r.span(j, next)?;
        days.push((d, span));
        k = next;
        if days.len() >= 31 {
            break;
        }
    }
    if days.is_empty() {
        return None;
    }
    // "…, 13, 2025": the year closes the list.
    let mut year = None;
    if r.mark(k, ',') && r.tight(k) && r.spaced(k + 1) {
        if let (Some(y), Some(last)) = (r.year(k + 1), days.last()) {
            let end = r.span(k + 1, k + 2)?.end;
            year = Some((y, Span::new(last.1.start, end)));
            k += 2;
        }
    }
    Some(DayList { days, year, end: k })
}
