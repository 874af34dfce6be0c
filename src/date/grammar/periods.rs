//! Periods longer than a month that are not calendar quarters: seasons, decades and the
//! periods of a fiscal year.

use super::{lower, plain, Expr, FiscalYear, Part, Read, Reader, Shift};
use crate::date::token::Tok;
use crate::date::vocab;

/// A season word at `i` in lower or title case: its first month.
fn season_word(r: &Reader<'_, '_>, i: usize, first: bool) -> Option<u32> {
    let w = r.word(i)?;
    let cased = if first {
        plain(w)
    } else {
        lower(w) || plain(w)
    };
    cased.then(|| vocab::season(w)).flatten()
}

/// A season: `last summer`, `this spring`, `next winter`, `spring 2023`, `the summer of
/// 2024`, `the spring` and `spring` (which the text policy leaves out: "in the spring"
/// alone does not say which spring).
pub(crate) fn season(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let mut j = i;
    let mut shift = None;
    let mut the = false;
    if let Some(k) = r.word(j).filter(|w| plain(w)).and_then(vocab::shift) {
        if !r.is(j, "previous") && r.spaced(j + 1) {
            shift = Some(Shift::from_offset(k));
            j += 1;
            // "this past summer", "this coming winter"
            if k == 0 && r.spaced(j + 1) && (r.low(j, "past") || r.low(j, "coming")) {
                shift = Some(if r.low(j, "past") {
                    Shift::Last
                } else {
                    Shift::Next
                });
                j += 1;
            }
        }
    } else if r.is(j, "the") && r.spaced(j + 1) {
        the = true;
        j += 1;
    }
    let first_month = season_word(r, j, j == i)?;
    let mut end = j + 1;
    let mut year = None;
    if shift.is_none() {
        // "the summer of 2024", "spring 2023", "Summer, 2024"
        if the && r.spaced(end) && r.low(end, "of") && r.spaced(end + 1) {
            year = r.year(end + 1);
            if year.is_some() {
                end += 2;
            }
        } else {
            let k = if r.mark(end, ',') && r.tight(end) {
                end + 1
            } else {
                end
            };
            if r.spaced(k) {
                if let Some(y) = r.year(k) {
                    year = Some(y);
                    end = k + 1;
                }
            }
        }
    }
    Some(Read {
        expr: Expr::Season {
            first_month,
            year,
            shift,
        },
        span: r.span(i, end)?,
        end,
    })
}

/// A decade: `1970s`, `the 1970s`, `the late 1980s`, `the mid-1990s`, `the 1880s through
/// 1910s`. The article is read but left out of the span when no part follows it.
pub(crate) fn decade(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let decade_at = |k: usize| -> Option<i32> {
        match r.tok(k)? {
            Tok::Num {
                value,
                digits: 4,
                suffix: "s",
            } if value % 10 == 0 && (r.policy.years.0..=r.policy.years.1).contains(&value) => {
                i32::try_from(value).ok()
            }
            _ => None,
        }
    };
    let mut j = i;
    let the = r.is(j, "the") && r.spaced(j + 1);
    if the {
        j += 1;
    }
    let mut part = None;
    if let Some(w) = r.word(j).filter(|w| if the { lower(w) } else { plain(w) }) {
        let p = match vocab::part(w) {
            Some(vocab::PartWord::Early) => Some(Part::Early),
            Some(vocab::PartWord::Mid) => Some(Part::Mid),
            Some(vocab::PartWord::Late) => Some(Part::Late),
            _ => None,
        };
        if let Some(p) = p {
            let glued = r.mark(j + 1, '-') && r.tight(j + 1) && r.tight(j + 2);
            if glued || r.spaced(j + 1) {
                part = Some(p);
                j += if glued { 2 } else { 1 };
            }
        }
    }
    let first = decade_at(j)?;
    let mut end = j + 1;
    let mut last = first;
    // "the 1880s through 1910s", "the 1960s to the 1980s"
    if part.is_none() {
        let link = match r.tok(end) {
            Some(Tok::Mark('-' | '–' | '—')) if r.near(end) && r.near(end + 1) => Some(end + 1),
            Some(Tok::Word(w))
                if r.spaced(end)
                    && r.spaced(end + 1)
                    && vocab::link(w) == Some(vocab::Link::To) =>
            {
                Some(end + 1)
            }
            _ => None,
        };
        if let Some(k) = link {
            let k = if r.low(k, "the") && r.spaced(k + 1) {
                k + 1
            } else {
                k
            };
            if let Some(d) = decade_at(k).filter(|d| *d > first) {
                last = d;
                end = k + 1;
            }
        }
    }
    let start = if the && part.is_none() { i + 1 } else { i };
    Some(Read {
        expr: Expr::Decade { part, first, last },
        span: r.span(start, end)?,
        end,
    })
}

/// `fiscal 2024`, `fiscal year 2024`, `FY2025`, `FY 2025`, `FY25`: the year at `i`, and the
/// index after it.
fn fiscal_year(r: &Reader<'_, '_>, i: usize) -> Option<(i32, usize)> {
    if r.is(i, "fiscal") && r.spaced(i + 1) {
        let k = if r.low(i + 1, "year") && r.spaced(i + 2) {
            i + 2
        } else {
            i + 1
        };
        return Some((r.year(k)?, k + 1));
    }
    if r.word(i) == Some("FY") && r.near(i + 1) {
        if let Some(y) = r.year(i + 1) {
            return Some((y, i + 2));
        }
        // FY25: the two digits of a year of this century.
        if let Some(Tok::Num {
            value,
            digits: 2,
            suffix: "",
        }) = r.tok(i + 1)
        {
            if r.tight(i + 1) {
                return Some((2000 + i32::try_from(value).ok()?, i + 2));
            }
        }
    }
    None
}

/// A fiscal period: `fiscal 2024`, `FY2025`, `Q3 FY2025`, `H1 fiscal 2025`, `the second
/// quarter of fiscal 2023`, `the fiscal third quarter`, `the first half of fiscal 2025`,
/// `this fiscal year`, `the fiscal quarter`.
pub(crate) fn fiscal(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let read = |part: Option<Part>, year: FiscalYear, end: usize| {
        Some(Read {
            expr: Expr::Fiscal { part, year },
            span: r.span(i, end)?,
            end,
        })
    };
    // Q3 FY2025, H1 fiscal 2025, Q3 of fiscal 2024
    let quarter_word = match (r.word(i), r.tok(i + 1)) {
        (
            Some("Q"),
            Some(Tok::Num {
                value: n @ 1..=4,
                digits: 1,
                suffix: "",
            }),
        ) => Some(Part::Quarter(n)),
        (
            Some("H"),
            Some(Tok::Num {
                value: n @ 1..=2,
                digits: 1,
                suffix: "",
            }),
        ) => Some(Part::Half(n)),
        _ => None,
    };
    if let Some(part) = quarter_word.filter(|_| r.tight(i + 1)) {
        let k = if r.spaced(i + 2) && r.low(i + 2, "of") {
            i + 3
        } else {
            i + 2
        };
        if r.near(k) {
            if let Some((y, end)) = fiscal_year(r, k) {
                return read(Some(part), FiscalYear::Named(y), end);
            }
        }
        return None;
    }
    if let Some((y, end)) = fiscal_year(r, i) {
        // FY2025 Q3
        if r.spaced(end) && r.word(end) == Some("Q") && r.tight(end + 1) {
            if let Some(Tok::Num {
                value: n @ 1..=4,
                digits: 1,
                suffix: "",
            }) = r.tok(end + 1)
            {
                return read(Some(Part::Quarter(n)), FiscalYear::Named(y), end + 2);
            }
        }
        return read(None, FiscalYear::Named(y), end);
    }
    // this fiscal year, last fiscal year, the current fiscal year, the fiscal year
    let mut j = i;
    let mut offset = None;
    if let Some(k) = r.word(j).filter(|w| plain(w)).and_then(vocab::shift) {
        offset = Some(k);
        j += 1;
    } else if r.is(j, "the") {
        j += 1;
        if r.low(j, "current") && r.spaced(j + 1) {
            offset = Some(0);
            j += 1;
        } else if r.low(j, "previous") && r.spaced(j + 1) {
            offset = Some(-1);
            j += 1;
        }
    }
    if j > i && !r.spaced(j) {
        return None;
    }
    let year = offset.map_or(FiscalYear::Unnamed, FiscalYear::Relative);
    // the fiscal third quarter, the third fiscal quarter, this fiscal quarter
    let ordinal_at = |k: usize| r.word(k).filter(|w| lower(w)).and_then(vocab::ordinal);
    let (fiscal_at, ordinal) = if r.low(j, "fiscal") {
        (j, ordinal_at(j + 1).filter(|_| r.spaced(j + 1)))
    } else if let Some(n) = ordinal_at(j).filter(|_| r.spaced(j + 1) && r.low(j + 1, "fiscal")) {
        (j + 1, Some(n))
    } else if let Some(n) = ordinal_at(j) {
        // the second quarter of fiscal 2023, the first half of fiscal 2025
        let unit = r.word(j + 1).filter(|_| r.spaced(j + 1))?;
        if !(r.spaced(j + 2) && r.low(j + 2, "of") && r.spaced(j + 3)) {
            return None;
        }
        let (y, end) = fiscal_year(r, j + 3)?;
        let part = match (unit, n) {
            ("quarter", 0) => Part::Quarter(4),
            ("quarter", n @ 1..=4) => Part::Quarter(n),
            ("half", 1) => Part::Half(1),
            ("half", 0 | 2) => Part::Half(2),
            _ => return None,
        };
        return read(Some(part), FiscalYear::Named(y), end);
    } else {
        return None;
    };
    let k = if ordinal.is_some() {
        fiscal_at + 2
    } else {
        fiscal_at + 1
    };
    if !r.spaced(k) {
        return None;
    }
    let part = match (r.word(k), ordinal) {
        (Some("year"), None) => None,
        (Some("quarter"), None) => Some(Part::Whole),
        (Some("quarter"), Some(0)) => Some(Part::Quarter(4)),
        (Some("quarter"), Some(n @ 1..=4)) => Some(Part::Quarter(n)),
        (Some("half"), Some(1)) => Some(Part::Half(1)),
        (Some("half"), Some(0 | 2)) => Some(Part::Half(2)),
        _ => return None,
    };
    // A fiscal year with neither a shift nor a number ("the fiscal year") is no period.
    if part.is_none() && offset.is_none() {
        return None;
    }
    // "the fiscal third quarter of 2024": a calendar year after names the fiscal one.
    let mut end = k + 1;
    let mut year = year;
    if r.spaced(end) && r.low(end, "of") && r.spaced(end + 1) {
        if let Some(y) = r
            .year(end + 1)
            .or_else(|| fiscal_year(r, end + 1).map(|(y, _)| y))
        {
            year = FiscalYear::Named(y);
            end = fiscal_year(r, end + 1).map_or(end + 2, |(_, e)| e);
        }
    }
    read(part, year, end)
}
