//! Dates written with digits: ISO dates and timestamps, all-digit dates, `28-Jun-2018`,
//! quarters and halves (`Q3 2018`).

use super::{Expr, Numeric, Part, Point, Read, Reader};
use crate::date::token::Tok;
use crate::span::Span;

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
/// `2018-07-21T09:42:10+00:00`, `2024-09-25 17:39:56`.
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
