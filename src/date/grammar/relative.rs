//! Expressions counted from the release's date: `today`, `this week`, `three days ago`,
//! `on Monday`, `over the weekend`.

use super::{capitalised, lower, plain, Expr, Read, Reader, Relative, Shift};
use crate::date::token::Tok;
use crate::date::vocab::{self, Unit};

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
    // "this weekend", "last weekend", "over the weekend", "this past weekend"
    if let Some(read) = weekend(r, i) {
        return Some(read);
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
                        bare: false,
                    },
                    i + 2,
                );
            }
        }
    }
    // "said Friday", "Tuesday's vote": a weekday alone, judged by the reader's policy.
    if let Some((weekday, next)) = r.weekday(i, false) {
        if next == i + 1 && capitalised(w) {
            return read(
                Relative::Weekday {
                    weekday,
                    shift: None,
                    day: r.span(i, i + 1)?,
                    bare: true,
                },
                i + 1,
            );
        }
    }
    None
}

/// A weekend: `this weekend`, `last weekend`, `next weekend`, `this past weekend`, `the
/// coming weekend`, `the weekend` (no shift: the sentence's tense chooses).
pub(crate) fn weekend(r: &Reader<'_, '_>, i: usize) -> Option<Read> {
    let w = r.word(i).filter(|w| plain(w))?;
    let mut j = i + 1;
    let shift = if w.eq_ignore_ascii_case("the") {
        if r.low(j, "past") && r.spaced(j + 1) {
            j += 1;
            Some(-1)
        } else if r.low(j, "coming") && r.spaced(j + 1) {
            j += 1;
            Some(1)
        } else {
            None
        }
    } else {
        let k = vocab::shift(w).filter(|_| !w.eq_ignore_ascii_case("previous"))?;
        if k == 0 && r.spaced(j + 1) && (r.low(j, "past") || r.low(j, "coming")) {
            j += 1;
            Some(if r.low(j - 1, "past") { -1 } else { 1 })
        } else {
            Some(k)
        }
    };
    if !(r.spaced(j) && r.low(j, "weekend")) {
        return None;
    }
    Some(Read {
        expr: Expr::Relative(Relative::Weekend { shift }),
        span: r.span(i, j + 1)?,
        end: j + 1,
    })
}
