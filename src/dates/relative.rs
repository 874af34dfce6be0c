//! The policy of running text for relative expressions: which are dates where they
//! stand, and the day each names counted from the release's date.

use super::normalise::{self, Tense, Value};
use super::{context, has_year, Scan};
use crate::date::grammar::{Expr, Read, Reader, Relative, Shift};
use crate::date::token::Tok;
use crate::date::{vocab, Date};
use crate::lexicon::{self, Class};
use crate::model::Precision;
use crate::span::Span;

impl Scan<'_> {
    /// Judges and normalises one relative expression.
    pub(super) fn relative(&mut self, r: &Reader<'_, '_>, read: &Read, anchor: Date) {
        let (text, span) = (self.text, read.span);
        let Expr::Relative(rel) = read.expr else {
            return;
        };
        match rel {
            // on Monday, last Friday
            Relative::Weekday {
                weekday,
                shift,
                day,
                bare,
            } => {
                let day_span = if shift.is_some() { span } else { day };
                if context::starts_schedule(text, span.end)
                    || (bare && !self.bare_weekday(r, read.end - 1, day))
                {
                    return;
                }
                let tense = match shift {
                    Some(Shift::Last | Shift::Next) => Tense::Unknown,
                    _ => normalise::tense(context::sentence(text, span), true),
                };
                let focus = match shift {
                    None => self.focus_day(day, weekday, anchor, tense),
                    Some(_) => None,
                };
                if let Some(d) = focus.or_else(|| normalise::weekday(anchor, weekday, shift, tense))
                {
                    self.push(day_span, Value::day(d));
                }
                // "on Tuesday and Wednesday": the second day shares the first one's "on".
                let k = read.end;
                if shift.is_none()
                    && (r.is(k, "and") || r.is(k, "or"))
                    && r.spaced(k)
                    && r.spaced(k + 1)
                {
                    if let (Some((w2, next)), Some(t)) =
                        (r.weekday(k + 1, false), r.toks.get(k + 1))
                    {
                        let second = t.span;
                        if next == k + 2 && !context::starts_schedule(text, second.end) {
                            if let Some(d) = normalise::weekday(anchor, w2, None, tense) {
                                self.push(second, Value::day(d));
                            }
                        }
                    }
                }
            }
            // three days ago
            Relative::Ago { count, unit } => {
                let Ok(n) = i32::try_from(count) else { return };
                if let Some(v) = normalise::relative(anchor, unit, -n) {
                    self.push(span, v);
                }
            }
            // today, yesterday, tomorrow, this morning
            Relative::Day { offset, word } => {
                if context::is_general(text, word, self.in_headline(word.start)) {
                    return;
                }
                if let Some(d) = anchor.add_days(offset) {
                    self.push(span, Value::day(d));
                }
            }
            // this weekend, over the weekend
            Relative::Weekend { shift } => {
                if !context::ends_phrase(text, span.end) {
                    return;
                }
                let tense = normalise::tense(context::sentence(text, span), true);
                if let Some(v) = normalise::weekend(anchor, shift, tense) {
                    self.push(span, v);
                }
            }
            // this week, last month, earlier this year, the previous year
            Relative::Unit { unit, offset, the } => {
                if the {
                    // "the previous year" counts from the release only where no other
                    // year is in sight; in "In 2019 …, the previous year" it is 2018.
                    if has_year(context::sentence(text, span)) {
                        return;
                    }
                } else if context::prev_word(text, span.start)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                {
                    // "the last year", "the next year": a rolling period, not a calendar one.
                    return;
                }
                if let Some(v) = normalise::relative(anchor, unit, offset) {
                    self.push(span, v);
                }
            }
        }
    }

    /// Whether a weekday named alone at token `i` ("said Friday", "Tuesday's vote") is a
    /// date: not in a headline, not part of a name ("Good Friday", "Friday Harbor"), not a
    /// recurrence ("every Monday") or a schedule ("Monday, Wednesday and Friday",
    /// "Monday: 9 a.m."), not a plural.
    fn bare_weekday(&self, r: &Reader<'_, '_>, i: usize, day: Span) -> bool {
        let text = self.text;
        if self.in_headline(day.start) {
            return false;
        }
        let word_at = |k: usize| r.toks.get(k).and_then(|t| t.word());
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // "the first Saturday of the month", "every Monday": a recurrence.
        let any_prev = i.checked_sub(1).and_then(word_at);
        if any_prev.is_some_and(|p| {
            vocab::ordinal(p).is_some() || lexicon::contains(Class::DateRecurrence, p)
        }) {
            return false;
        }
        if r.low(i + 1, "of")
            && (r.low(i + 2, "the") || r.low(i + 2, "each") || r.low(i + 2, "every"))
        {
            return false;
        }
        // "Sunday (members only): 10 a.m. to noon", "Monday: 9-5": a line of opening hours.
        let line_start = context::before(text, day.start, 1).is_empty()
            || context::before(text, day.start, 1) == "\n";
        if line_start && matches!(r.tok(i + 1), Some(Tok::Mark(_) | Tok::Num { .. })) {
            return false;
        }
        let prev = i
            .checked_sub(1)
            .filter(|&k| r.spaced(k + 1))
            .and_then(word_at);
        if let Some(p) = prev {
            // A capitalised word before it, not at a sentence start: a name.
            let sentence_start = i
                .checked_sub(2)
                .is_none_or(|k| matches!(r.tok(k), Some(Tok::Mark('.' | '!' | '?' | ':'))))
                || context::before(text, r.toks.get(i - 1).map_or(0, |t| t.span.start), 1)
                    .contains('\n');
            if capital(p) && !sentence_start && vocab::weekday_en(p).is_none() {
                return false;
            }
        }
        // A capitalised word after it: a name ("Friday Harbor"), unless a date follows.
        if let Some(n) = word_at(i + 1).filter(|_| r.spaced(i + 1)) {
            if capital(n) && vocab::month_en(n).is_none() {
                return false;
            }
        }
        if matches!(r.tok(i + 1), Some(Tok::Mark(':')))
            || matches!(r.tok(i + 1), Some(Tok::Num { .. }))
        {
            return false;
        }
        // A list of three weekdays or more is a schedule.
        let weekday_at = |k: usize| word_at(k).is_some_and(|w| vocab::weekday_en(w).is_some());
        let listed = |k: Option<usize>| k.is_some_and(weekday_at);
        let before = listed(i.checked_sub(2)) && listed(i.checked_sub(4));
        let after = listed(Some(i + 2)) && listed(Some(i + 4));
        let around = listed(i.checked_sub(2)) && listed(Some(i + 2));
        if before || after || around {
            return false;
        }
        !context::ends_schedule(text, day.start)
    }

    /// The day a weekday names inside the passage's multi-day range: "the conference runs
    /// 13 to 17 June … on the Monday, …; on Thursday" are 13 and 16 June. The range is the
    /// last one written before the weekday, two to fourteen days long, holding the weekday
    /// once; the sentence's tense must not contradict it (a weekday told in the past is
    /// not after the release's date).
    fn focus_day(&self, day: Span, weekday: u32, anchor: Date, tense: Tense) -> Option<Date> {
        let range = self
            .out
            .iter()
            .filter(|d| d.span.end <= day.start && d.precision == Precision::Range)
            .max_by_key(|d| d.span.start)?;
        let len = range.end.day_number() - range.start.day_number() + 1;
        if !(2..=14).contains(&len) {
            return None;
        }
        let mut hits = (0..len)
            .filter_map(|k| range.start.add_days(k))
            .filter(|d| d.weekday() == weekday);
        let d = hits.next()?;
        if hits.next().is_some() {
            return None;
        }
        let consistent = match tense {
            Tense::Past => d <= anchor,
            Tense::Future => d >= anchor,
            Tense::Unknown => true,
        };
        consistent.then_some(d)
    }
}
