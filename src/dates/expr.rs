//! Reads the tokens of an absolute match into an expression: one or two calendar points,
//! the word that joins them, and the fuzzy part or relative year that qualifies them.
//!
//! This is syntax only: nothing here knows the anchor date or the calendar. A token
//! sequence that fits no form gives `None`, and the match is dropped.

use super::grammar::{Tok, Token};
use crate::span::Span;

/// A calendar point as written: any of weekday, day, month and year.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Point {
    pub weekday: Option<u32>,
    pub day: Option<u32>,
    pub month: Option<u32>,
    pub abbreviated: bool,
    pub year: Option<i32>,
    /// The words of this point alone.
    pub span: Span,
}

impl Point {
    fn is_empty(&self) -> bool {
        self.day.is_none() && self.month.is_none() && self.year.is_none()
    }
}

/// How two points are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Link {
    /// `to`, `through`, `until`, a dash: a range.
    To,
    /// `and`: a range after `between`, otherwise maybe two dates.
    And,
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

/// An absolute match read into its parts.
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
        /// The words that carry the date: the match without a leading "from".
        span: Span,
    },
    /// A part of a relative year or month: "early this year", "the second half of the
    /// year", "the end of the month".
    RelativePeriod {
        part: Part,
        /// `true` for a month, `false` for a year.
        month: bool,
        offset: i32,
    },
    /// `Q3 2018`, `H1 2019`.
    Quarter { part: Part, year: i32 },
}

/// A cursor over the tokens of one match.
struct Reader<'a, 't> {
    toks: &'a [Token<'t>],
    i: usize,
}

impl<'t> Reader<'_, 't> {
    fn peek(&self) -> Option<Tok<'t>> {
        self.toks.get(self.i).map(|t| t.tok)
    }

    fn peek_at(&self, k: usize) -> Option<Tok<'t>> {
        self.toks.get(self.i + k).map(|t| t.tok)
    }

    fn span_at(&self, i: usize) -> Option<Span> {
        self.toks.get(i).map(|t| t.span)
    }

    /// Consumes the next token when it is the word `w` (any case).
    fn word(&mut self, w: &str) -> bool {
        match self.peek() {
            Some(Tok::Word(x)) if x.eq_ignore_ascii_case(w) => {
                self.i += 1;
                true
            }
            _ => false,
        }
    }

    fn done(&self) -> bool {
        self.i >= self.toks.len()
    }
}

/// Reads the tokens of an absolute match.
pub(crate) fn read(toks: &[Token<'_>]) -> Option<Expr> {
    let mut r = Reader { toks, i: 0 };
    if let [Token {
        tok: Tok::Num {
            value: d,
            digits: 1 | 2,
        },
        span: a,
    }, Token { tok: Tok::Dash, .. }, Token {
        tok: Tok::Month { month, abbreviated },
        ..
    }, Token { tok: Tok::Dash, .. }, Token {
        tok: Tok::Num {
            value: y,
            digits: 4,
        },
        span: b,
    }] = toks
    {
        // 28-Jun-2018
        let span = Span::new(a.start, b.end);
        let first = Point {
            weekday: None,
            day: Some(*d),
            month: Some(*month),
            abbreviated: *abbreviated,
            year: Some(i32::try_from(*y).ok()?),
            span,
        };
        return Some(Expr::Points {
            between: false,
            from: false,
            part: None,
            shift: None,
            year_offset: None,
            first,
            second: None,
            span,
        });
    }
    if let Some(Tok::Word(w)) = r.peek() {
        if let Some(part) = quarter_word(w) {
            r.i += 1;
            return match (r.peek(), r.peek_at(1)) {
                (Some(Tok::Num { value, digits: 4 }), None) => Some(Expr::Quarter {
                    part,
                    year: i32::try_from(value).ok()?,
                }),
                _ => None,
            };
        }
    }
    let between = r.word("between");
    let from = !between && r.word("from");
    // "between" carries the range; "from" adds nothing to "6 to 10 July".
    let start = if between {
        toks.first()?.span.start
    } else {
        r.span_at(r.i)?.start
    };
    let shift = shift(&mut r);
    let part = part(&mut r);
    if let Some(part) = part {
        if let Some((offset, month)) = relative_period(&mut r) {
            return (r.done() && !between && !from && shift.is_none()).then_some(
                Expr::RelativePeriod {
                    part,
                    month,
                    offset,
                },
            );
        }
    }
    let first = point(&mut r)?;
    let mut year_offset = None;
    if first.month.is_some() && first.day.is_none() && first.year.is_none() {
        year_offset = match relative_period(&mut r) {
            Some((offset, false)) => Some(offset),
            Some((_, true)) => return None,
            None => None,
        };
    }
    let second = match r.peek() {
        Some(Tok::Dash) => {
            r.i += 1;
            Some((Link::To, point(&mut r)?))
        }
        Some(Tok::Word(w)) => {
            let link = match w.to_ascii_lowercase().as_str() {
                "to" | "through" | "thru" | "until" | "till" => Link::To,
                "and" => Link::And,
                _ => return None,
            };
            r.i += 1;
            Some((link, point(&mut r)?))
        }
        _ => None,
    };
    if !r.done() {
        return None;
    }
    let end = toks.last()?.span.end;
    Some(Expr::Points {
        between,
        from,
        part,
        shift,
        year_offset,
        first,
        second,
        span: Span::new(start, end),
    })
}

fn quarter_word(w: &str) -> Option<Part> {
    match w {
        "Q1" => Some(Part::Quarter(1)),
        "Q2" => Some(Part::Quarter(2)),
        "Q3" => Some(Part::Quarter(3)),
        "Q4" => Some(Part::Quarter(4)),
        "H1" => Some(Part::Half(1)),
        "H2" => Some(Part::Half(2)),
        _ => None,
    }
}

/// `last`, `next` or `this` before a month name ("last December").
fn shift(r: &mut Reader<'_, '_>) -> Option<Shift> {
    let s = match r.peek() {
        Some(Tok::Word(w)) if w.eq_ignore_ascii_case("last") => Shift::Last,
        Some(Tok::Word(w)) if w.eq_ignore_ascii_case("next") => Shift::Next,
        Some(Tok::Word(w)) if w.eq_ignore_ascii_case("this") => Shift::This,
        _ => return None,
    };
    // "last week of June" is a fuzzy part, not a shifted month.
    if !matches!(r.peek_at(1), Some(Tok::Month { .. })) {
        return None;
    }
    r.i += 1;
    Some(s)
}

/// A fuzzy prefix: "early", "mid-", "the end of", "the last week of", "the month of".
fn part(r: &mut Reader<'_, '_>) -> Option<Part> {
    let save = r.i;
    r.word("the");
    r.word("very");
    let Some(Tok::Word(w)) = r.peek() else {
        r.i = save;
        return None;
    };
    let w = w.to_ascii_lowercase();
    r.i += 1;
    let part = match w.as_str() {
        "early" => Some(Part::Early),
        "mid" => Some(Part::Mid),
        "late" => Some(Part::Late),
        "beginning" | "start" if r.word("of") => Some(Part::Start),
        "end" if r.word("of") || r.peek() == Some(Tok::Dash) => Some(Part::End),
        "week" if r.word("of") => Some(Part::WeekOf),
        "middle" if r.word("of") => Some(Part::Mid),
        "month" if r.word("of") => Some(Part::Whole),
        "first" | "second" | "third" | "fourth" | "last" | "final" => {
            let n = match w.as_str() {
                "first" => 1,
                "second" => 2,
                "third" => 3,
                "fourth" => 4,
                _ => 0,
            };
            let unit = match r.peek() {
                Some(Tok::Word(u)) => u.to_ascii_lowercase(),
                _ => String::new(),
            };
            r.i += 1;
            if !r.word("of") {
                None
            } else {
                match unit.as_str() {
                    "week" => Some(Part::Week(n)),
                    "half" if n == 1 || n == 2 => Some(Part::Half(n)),
                    "half" if n == 0 => Some(Part::Half(2)),
                    "quarter" if n >= 1 => Some(Part::Quarter(n)),
                    "quarter" => Some(Part::Quarter(4)),
                    _ => None,
                }
            }
        }
        _ => None,
    };
    match part {
        Some(p) => {
            if r.peek() == Some(Tok::Dash) {
                // "mid-June", "mid-2019"
                r.i += 1;
            }
            // "the end of the month of June" reads as "the end of June".
            let the_month_of = [
                Some(Tok::Word("the")),
                Some(Tok::Word("month")),
                Some(Tok::Word("of")),
            ];
            if [r.peek(), r.peek_at(1), r.peek_at(2)] == the_month_of {
                r.i += 3;
            }
            Some(p)
        }
        None => {
            r.i = save;
            None
        }
    }
}

/// `this year` (0, a year), `next month` (1, a month), `last year` (-1), `the year` (0).
fn relative_period(r: &mut Reader<'_, '_>) -> Option<(i32, bool)> {
    let offset = match r.peek() {
        Some(Tok::Word(w)) if w.eq_ignore_ascii_case("this") || w.eq_ignore_ascii_case("the") => 0,
        Some(Tok::Word(w)) if w.eq_ignore_ascii_case("next") => 1,
        Some(Tok::Word(w)) if w.eq_ignore_ascii_case("last") => -1,
        _ => return None,
    };
    let month = match r.peek_at(1) {
        Some(Tok::Word(y)) if y.eq_ignore_ascii_case("year") => false,
        Some(Tok::Word(m)) if m.eq_ignore_ascii_case("month") => true,
        _ => return None,
    };
    r.i += 2;
    Some((offset, month))
}

/// `[weekday] (day [of] month | month day | day | month) [year] | year`.
fn point(r: &mut Reader<'_, '_>) -> Option<Point> {
    let mut p = Point::default();
    let first = r.i;
    if let Some(Tok::Weekday(w)) = r.peek() {
        p.weekday = Some(w);
        r.i += 1;
    }
    match r.peek() {
        Some(Tok::Num { value, digits }) if digits <= 2 => {
            p.day = Some(value);
            r.i += 1;
            if r.peek() == Some(Tok::Word("of")) && matches!(r.peek_at(1), Some(Tok::Month { .. }))
            {
                r.i += 1;
            }
            if let Some(Tok::Month { month, abbreviated }) = r.peek() {
                p.month = Some(month);
                p.abbreviated = abbreviated;
                r.i += 1;
            }
        }
        Some(Tok::Month { month, abbreviated }) => {
            p.month = Some(month);
            p.abbreviated = abbreviated;
            r.i += 1;
            if let Some(Tok::Num { value, digits }) = r.peek() {
                if digits <= 2 {
                    p.day = Some(value);
                    r.i += 1;
                }
            }
        }
        Some(Tok::Num { value, digits: 4 }) if p.weekday.is_none() => {
            p.year = Some(i32::try_from(value).ok()?);
            r.i += 1;
        }
        _ => return None,
    }
    if p.year.is_none() && (p.month.is_some() || p.day.is_some()) {
        if let Some(Tok::Num { value, digits: 4 }) = r.peek() {
            p.year = Some(i32::try_from(value).ok()?);
            r.i += 1;
        }
    }
    if p.is_empty() {
        return None;
    }
    let start = r.span_at(first)?.start;
    let end = r.span_at(r.i.checked_sub(1)?)?.end;
    p.span = Span::new(start, end);
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::grammar::tokens;

    fn read_str(s: &str) -> Option<Expr> {
        read(&tokens(s, Span::new(0, s.len())))
    }

    #[test]
    fn points_and_links() {
        let Some(Expr::Points { first, second, .. }) = read_str("28 June to 2 July 2018") else {
            panic!("not read");
        };
        assert_eq!(
            (first.day, first.month, first.year),
            (Some(28), Some(6), None)
        );
        let (link, second) = second.expect("a second point");
        assert_eq!(link, Link::To);
        assert_eq!(
            (second.day, second.month, second.year),
            (Some(2), Some(7), Some(2018))
        );
    }

    #[test]
    fn fuzzy_parts() {
        let part = |s: &str| match read_str(s) {
            Some(Expr::Points { part, .. }) => part,
            Some(Expr::RelativePeriod { part, .. }) => Some(part),
            _ => None,
        };
        assert_eq!(part("the last week of June 2018"), Some(Part::Week(0)));
        assert_eq!(part("mid-June"), Some(Part::Mid));
        assert_eq!(part("the end of 2025"), Some(Part::End));
        assert_eq!(part("the first half of 2019"), Some(Part::Half(1)));
        assert_eq!(part("the third quarter of 2018"), Some(Part::Quarter(3)));
        assert_eq!(part("Early this year"), Some(Part::Early));
        assert_eq!(part("the month of March"), Some(Part::Whole));
        assert_eq!(part("end-June"), Some(Part::End));
        assert_eq!(part("the week of June 5"), Some(Part::WeekOf));
        assert_eq!(part("the end of the month"), Some(Part::End));
    }

    #[test]
    fn from_is_not_part_of_the_span() {
        let Some(Expr::Points { span, .. }) = read_str("from 6 to 10 July 2020") else {
            panic!("not read");
        };
        assert_eq!(span, Span::new(5, 22));
    }
}
