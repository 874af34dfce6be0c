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
use crate::entities::tokens::Kind;
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

    /// Whether a mention of an event other than `k` starts in `win`.
    fn has_other(&self, k: usize, win: &Range<usize>) -> bool {
        let a = self.mentions.partition_point(|m| m.0 < win.start);
        let b = self.mentions.partition_point(|m| m.0 < win.end);
        self.mentions[a..b.max(a)].iter().any(|m| m.1 != k)
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

/// How far from a mention, in tokens, its paragraph is read for a date: a paragraph a
/// reader takes as one passage; beyond it a "paragraph" is a run of unbroken text.
const PARAGRAPH_REACH: usize = 120;

/// Dates from the paragraph: an event none of whose sentences gives a date takes the date
/// of the passage it is told in: the nearest date before its mention ("On Saturday, three
/// hundred guests filled the hall. The spring gala raised …"), else the nearest after it
/// ("The lantern parade closes the season. It starts at dusk on 3 May."). A year alone
/// dates no event this way ("In 2024 the Trust grew. Its spring gala …"), nor does a date
/// inside an event's name or in a sentence that mentions another event ("The gala is on 3
/// May. The book fair opens the same week": the date is the gala's). Parts inherit again afterwards, from parents dated here.
pub(super) fn from_paragraphs(
    ctx: &Ctx<'_>,
    dates: &[FoundDate],
    sents: &[Range<usize>],
    frames: &mut [Frame],
) {
    let index = MentionIndex::new(ctx, frames, dates);
    // A date in a sentence that mentions another event is that event's (read within the
    // paragraph's reach).
    let anothers = |k: usize, d: &FoundDate, para: &Range<usize>| {
        let i = ctx
            .tokens
            .partition_point(|t| t.span().start < d.span.start);
        sentence_at(sents, i)
            .is_some_and(|s| index.has_other(k, &(s.start.max(para.start)..s.end.min(para.end))))
    };
    for (k, f) in frames.iter_mut().enumerate() {
        if f.when.is_some() {
            continue;
        }
        let mentions = f.mentions.clone();
        for me in &mentions {
            let me_span = ctx.span(me);
            let para = paragraph(ctx, me);
            let nearest = index
                .dates_in(dates, ctx.span(&para))
                .into_iter()
                .filter(|d| !index.in_name(d.span) && Grain::of(d.precision) < Grain::Year)
                .filter(|d| !anothers(k, d, &para))
                .min_by_key(|d| {
                    if d.span.end <= me_span.start {
                        (0, me_span.start - d.span.end)
                    } else {
                        (1, d.span.start.saturating_sub(me_span.end))
                    }
                });
            if let Some(d) = nearest {
                f.date_from(ctx, d);
                break;
            }
        }
    }
}

/// The tokens of the paragraph around `me`, within [`PARAGRAPH_REACH`] of it.
fn paragraph(ctx: &Ctx<'_>, me: &Range<usize>) -> Range<usize> {
    let open = |i: usize| ctx.tok(i).is_some_and(|t| t.kind != Kind::Break);
    let mut a = me.start;
    while a > 0 && a + PARAGRAPH_REACH > me.start && open(a - 1) {
        a -= 1;
    }
    let mut b = me.end;
    while b < me.end + PARAGRAPH_REACH && open(b) {
        b += 1;
    }
    a..b
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
    fn the_paragraph_dates_an_undated_event() {
        let table: &[(&str, &[&str])] = &[
            // The date before the mention sets the scene.
            (
                "On Saturday 8 March 2025, three hundred guests filled the Harbour Hall. The annual gala raised funds for the lifeboats.",
                &["annual gala [other] when=2025-03-08"],
            ),
            (
                "On 12 April 2025 the volunteers met early. Later the annual cleanup drew forty families.",
                &["annual cleanup [other] when=2025-04-12"],
            ),
            (
                "The first session ended late. The delegates left on 5 March 2025.",
                &["first session [session] when=2025-03-05"],
            ),
            // The nearest date before wins over a farther one.
            (
                "The season opened on 2 May 2025. Crowds returned on 9 May 2025. A lantern parade closed the week.",
                &["lantern parade [other] when=2025-05-09"],
            ),
            // With nothing before, the nearest date after.
            (
                "A second festival fills the square each autumn. Stalls open at noon on 20 September 2025.",
                &["second festival [other] when=2025-09-20"],
            ),
            (
                "The library hosts a bilingual storytime for toddlers. Sessions run on 14 June 2025.",
                &["bilingual storytime [other] when=2025-06-14"],
            ),
            (
                "The Trust held its first board retreat. The directors arrived on Friday, 7 March 2025.",
                &["first board retreat [meeting] when=2025-03-07"],
            ),
            // A month dates the event too.
            (
                "In April the museum was busy. Its annual reception welcomed two new patrons.",
                &["annual reception [other] when=2025-04-01..2025-04-30"],
            ),
            // A date of the event's own sentence stands.
            (
                "Work began on 2 May 2025. The ribbon-cutting took place on 6 May 2025.",
                &["ribbon-cutting [launch] when=2025-05-06"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn no_paragraph_date() {
        let table: &[(&str, &[&str])] = &[
            // A year alone dates no event.
            (
                "In 2024 the Trust doubled its membership. Its annual gala is the highlight of the season.",
                &["annual gala [other]"],
            ),
            (
                "The annual tournament is the club's pride. It had been cancelled in 2020.",
                &["annual tournament [other]"],
            ),
            // Another paragraph's date is not the event's.
            (
                "The bridge reopened on 3 April 2025.\nA community picnic followed the works.",
                &["community picnic [other]"],
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
