//! A decision reported with its count of votes: "the motion was carried by 412 votes to
//! 90", "the budget passed with 31 votes in favour". The count says a vote took place: an
//! event named by the count's noun ("vote"), organised by the page's deliberative body,
//! on the release's day unless its sentence gives another.
//!
//! One vote per release: when a page reports several texts adopted in one sitting, the
//! first count names the vote and the others are parts of it. Not tallies: counts without
//! a verb of decision ("412 votes were cast"), polls ("a vote of confidence is planned").

use std::ops::Range;

use crate::date::Date;
use crate::entities::Ctx;
use crate::lexicon::{self, Class};
use crate::model::EventWhen;
use crate::resolve::Resolved;

use super::super::clauses::{is_figure, sentence_at};
use super::super::frame::{Frame, FrameSet, Grain, Head, Rule, When};
use super::super::vocab::{self, Prep};
use super::assembly;

/// How far after the verb of decision its count may start ("approved the new harbour
/// budget with 31 votes").
const COUNT_REACH: usize = 6;

/// Finds the vote a count reports.
pub(in crate::events) fn find(
    ctx: &Ctx<'_>,
    resolved: &Resolved,
    sents: &[Range<usize>],
    set: &mut FrameSet,
) {
    for v in 0..ctx.tokens.len() {
        if !vocab::is(Class::EventTallyVerb, ctx.word(v)) {
            continue;
        }
        // "adopted by 412 votes", "approved the budget with 31 votes": the count follows
        // the verb or its object.
        let sentence = sentence_at(sents, v).unwrap_or(v..v + 1);
        let Some(i) = (v..(v + COUNT_REACH).min(sentence.end)).find(|&i| {
            matches!(vocab::prep(ctx.word(i + 1)), Some(Prep::By | Prep::With))
                && is_figure(ctx, i + 2)
        }) else {
            continue;
        };
        let noun = ctx.word(i + 3);
        let Some(entry) = lexicon::entry(Class::EventTallyNoun, noun).or_else(|| {
            noun.strip_suffix('s')
                .and_then(|n| lexicon::entry(Class::EventTallyNoun, n))
        }) else {
            continue;
        };
        let Some((head, kind)) = Head::of(noun) else {
            continue;
        };
        let r = i + 2..i + 4;
        let mut f = Frame::new(ctx, r, kind, Some(head), Rule::Tally, sentence);
        f.name = entry.to_owned();
        f.organisers.extend(assembly(resolved, 1));
        set.push(f);
        return;
    }
}

/// A vote reported without a date ("adopted by 412 votes") took place on the release's
/// day.
pub(in crate::events) fn date_from_release(day: Option<Date>, frames: &mut [Frame]) {
    let Some(day) = day else { return };
    for f in frames
        .iter_mut()
        .filter(|f| f.rule == Rule::Tally && f.when.is_none())
    {
        f.when = Some(When {
            value: EventWhen {
                start: day,
                end: day,
                text: String::new(),
            },
            grain: Grain::Day,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::{events, PUB};

    /// Two invented pages of different publishers: a parliament's press room and a city
    /// council's news page.
    #[test]
    fn counts_report_a_vote() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Northern Parliament backed the water law. The Northern Parliament adopted the text by 412 votes to 90, with 12 abstentions.",
                &["vote [session] when=2025-03-03 org=Northern Parliament"],
            ),
            (
                "The Lakeport City Council approved the harbour budget with 31 votes in favour on 26 February 2025.",
                &["vote [session] when=2025-02-26 org=Lakeport City Council"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn not_tallies() {
        let table: &[(&str, &[&str])] = &[
            ("More than 412 votes were cast in the ballot.", &[]),
            ("The plan was adopted by the board.", &[]),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
