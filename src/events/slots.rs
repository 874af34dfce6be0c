//! Slots from each mention's sentence: the date nearest the mention ("opened on 3 March"),
//! the agents of the verbs around it ([`agents`]), the place after it ([`places`]). Each
//! mention reads the part of its sentence within [`SLOT_REACH`] of it.
//!
//! Not slots: a date inside an event's own name ("Resolution 12 (2019)" in a title) or
//! inside another event's name; a date that owns another phrase ("this week's session").
//!
//! [`SLOT_REACH`]: super::clauses::SLOT_REACH

use std::ops::Range;

use crate::dates::FoundDate;
use crate::entities::Ctx;
use crate::model::Precision;
use crate::span::Span;

use super::clauses::{sentence_at, window, Others, Reader};
use super::frame::{Frame, Grain};
use super::{agents, places};

/// How far after a date, in bytes, the phrase it owns may start ("this week’s plenary
/// session").
const POSSESSIVE_DATE_REACH: usize = 40;

/// What filling the slots asks of all events and dates, indexed once: the events' mentions
/// and the dates do not change while slots are filled, and a long page has many of each.
pub(super) struct MentionIndex {
    /// Every mention as (first token, event, tokens), by first token.
    mentions: Vec<(usize, usize, Range<usize>)>,
    /// The byte spans of all mentions, by start, and the largest end up to each.
    name_spans: Vec<Span>,
    name_max_end: Vec<usize>,
    /// Indices of the dates, by start.
    dates_by_start: Vec<usize>,
}

impl MentionIndex {
    pub fn new(ctx: &Ctx<'_>, frames: &[Frame], dates: &[FoundDate]) -> MentionIndex {
        let mut mentions: Vec<(usize, usize, Range<usize>)> = frames
            .iter()
            .enumerate()
            .flat_map(|(j, f)| f.mentions.iter().map(move |m| (m.start, j, m.clone())))
            .collect();
        mentions.sort_by_key(|(start, j, _)| (*start, *j));
        let mut name_spans: Vec<Span> = frames
            .iter()
            .flat_map(|f| f.mentions.iter().map(|m| ctx.span(m)))
            .collect();
        name_spans.sort_by_key(|n| n.start);
        let name_max_end = name_spans
            .iter()
            .scan(0, |max, n| {
                *max = (*max).max(n.end);
                Some(*max)
            })
            .collect();
        let mut dates_by_start: Vec<usize> = (0..dates.len()).collect();
        dates_by_start.sort_by_key(|&d| dates[d].span.start);
        MentionIndex {
            mentions,
            name_spans,
            name_max_end,
            dates_by_start,
        }
    }

    /// The mentions of events other than `k` that start in `win`.
    pub fn others(&self, k: usize, win: &Range<usize>) -> Others {
        let a = self.mentions.partition_point(|m| m.0 < win.start);
        let b = self.mentions.partition_point(|m| m.0 < win.end);
        let ranges = self.mentions[a..b]
            .iter()
            .filter(|m| m.1 != k)
            .map(|m| m.2.clone())
            .collect();
        Others::new(win, ranges)
    }

    /// Whether some event's mention holds `span`.
    fn in_name(&self, span: Span) -> bool {
        let n = self.name_spans.partition_point(|n| n.start <= span.start);
        n > 0 && self.name_max_end[n - 1] >= span.end
    }

    /// The dates inside `span`, in the order of `dates`.
    pub fn dates_in<'d>(&self, dates: &'d [FoundDate], span: Span) -> Vec<&'d FoundDate> {
        let a = self
            .dates_by_start
            .partition_point(|&d| dates[d].span.start < span.start);
        let mut inside: Vec<usize> = self.dates_by_start[a..]
            .iter()
            .copied()
            .take_while(|&d| dates[d].span.start <= span.end)
            .filter(|&d| span.contains(dates[d].span))
            .collect();
        inside.sort_unstable();
        inside.into_iter().map(|d| &dates[d]).collect()
    }
}

/// Fills the slots of every frame from the sentences of its mentions.
pub(super) fn fill(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    dates: &[FoundDate],
    sents: &[Range<usize>],
    frames: &mut [Frame],
) {
    let index = MentionIndex::new(ctx, frames, dates);
    for (k, f) in frames.iter_mut().enumerate() {
        let mentions = f.mentions.clone();
        for me in mentions {
            let Some(s) = sentence_at(sents, me.start) else {
                continue;
            };
            let win = window(&s, &me);
            let others = index.others(k, &win);
            when(ctx, dates, &index, f, &me, &win);
            agents::read(ctx, reader, f, &me, &win, &others);
            if f.place.is_none() {
                // "Water in Times of Drought": words of the event's own title are not its
                // place.
                f.place = places::place_in(ctx, reader, &me, &win, &others)
                    .filter(|p| !f.name.contains(p.as_str()));
            }
        }
    }
}

/// The date nearest the mention `me` in `win`, outside any event's name. The first
/// mention's date stands, unless it is only a year ("this year's summit") and a later
/// mention is more precise ("opened today"), or a later mention widens its day into a
/// range that holds it ("opened on 23 October" … "runs from 23 to 26 October").
fn when(
    ctx: &Ctx<'_>,
    dates: &[FoundDate],
    index: &MentionIndex,
    f: &mut Frame,
    me: &Range<usize>,
    win: &Range<usize>,
) {
    let me_span = ctx.span(me);
    let best = index
        .dates_in(dates, ctx.span(win))
        .into_iter()
        .filter(|d| !index.in_name(d.span))
        .filter(|d| {
            let after = ctx.text.get(d.span.end..).unwrap_or("");
            let possessive = after.starts_with("’s ") || after.starts_with("'s ");
            !possessive || (d.span.end..d.span.end + POSSESSIVE_DATE_REACH).contains(&me_span.start)
        })
        // The most precise date first ("today" over "this year"), then the nearest.
        .min_by_key(|d| {
            let distance = if d.span.start >= me_span.end {
                d.span.start - me_span.end
            } else {
                me_span.start.saturating_sub(d.span.end) + 1
            };
            (Grain::of(d.precision), distance)
        });
    let better = |d: &&FoundDate| match &f.when {
        None => true,
        Some(w) => {
            let finer = w.grain >= Grain::Year && Grain::of(d.precision) < w.grain;
            let v = &w.value;
            let widens = v.start == v.end
                && d.start <= v.start
                && v.end <= d.end
                && d.start < d.end
                && d.precision == Precision::Range;
            finer || widens
        }
    };
    if let Some(d) = best.filter(better) {
        f.date_from(ctx, d);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn the_nearest_most_precise_date() {
        let table: &[(&str, &[&str])] = &[
            // The day beats the year; the event's own sentence gives it.
            (
                "This year the regional conference opened in Porto on 3 March 2025.",
                &["regional conference [conference] when=2025-03-03 where=Porto"],
            ),
            // A later mention narrows a year.
            (
                "This year's annual summit was a success. The summit opened on 27 February 2025.",
                &["annual summit [conference] when=2025-02-27"],
            ),
            // A later range that holds the first day widens it.
            (
                "The regional forum opened on 3 March 2025. The forum runs from 3 to 6 March 2025.",
                &["regional forum [conference] when=2025-03-03..2025-03-06"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn dates_owned_by_other_phrases() {
        let table: &[(&str, &[&str])] = &[
            // A date inside the event's title is not its date.
            (
                "A side event titled “Lessons of the 2019 Floods in the Delta” took place.",
                &["Lessons of the 2019 Floods in the Delta [side_event]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
