//! The items of a deliberative body's programme. An agenda page lists its items under
//! headings ("Harbour budget") or as paragraphs that open with their topic ("Harbour
//! budget. Councillors will debate …"), each announcing what the body will debate or vote
//! on, often under a line that is only a day ("Tuesday, 4 March").
//!
//! - A sentence of an item that says the body will debate ("will debate", "is set to
//!   discuss", "a debate … is expected") is a debate, named by the item's topic.
//! - Each vote it names ("the final vote", "the vote on the amendments") is an event
//!   named by its own phrase; a vote it announces with the verb ("will vote on the
//!   budget") is named by the verb and its complement, or by the topic.
//! - Items take the date of their sentence, or of the day they are listed under; they are
//!   parts of the body's sitting ("this week's plenary session") and organised by the
//!   body.
//!
//! Every name is the page's own words: the topic as the heading or lead writes it, the
//! vote as its phrase does.
//!
//! Not items: sentences in the past ("the text was adopted"), and reports of a vote's count
//! ("set out its position with 512 votes in favour"); topics that are page furniture
//! ("Contacts", "In brief") or a person's name; pages whose body is named once ("Congress"
//! in one sentence of a summary sets no agenda).

use std::collections::HashSet;
use std::ops::Range;

use crate::dates::FoundDate;
use crate::document::normalise;
use crate::entities::tokens::Kind;
use crate::entities::{words, Ctx};
use crate::lexicon::Class;
use crate::model::{EventKind, Precision};
use crate::resolve::Resolved;
use crate::span::Span;

use super::super::clauses::{is_figure, Reader};
use super::super::frame::{Frame, FrameSet, Head, Rule, When};
use super::super::triggers::modifiers_start;
use super::super::vocab::{self, AgendaItem, Determiner, FutureCue, Prep};
use super::super::DocContext;
use super::assembly;

/// How often the body must be named for its page to be an agenda: a body named once is
/// mentioned, not the page's subject.
const MIN_ASSEMBLY_MENTIONS: usize = 2;
/// The most words a topic may have: a longer heading is a sentence.
const MAX_TOPIC_WORDS: usize = 12;
/// The most tokens a paragraph's lead may have ("Harbour budget.").
const MAX_LEAD_TOKENS: usize = 8;
/// The most words of a vote's complement ("the vote on the harbour budget for 2026").
const MAX_COMPLEMENT_WORDS: usize = 12;
/// How many characters a day's line may have beyond the date ("Tuesday, 4 March" and a
/// little more): a longer line is a sentence that contains a date.
const DAY_LINE_SLACK: usize = 12;

/// What the items of one page share.
struct Page<'a> {
    ctx: &'a Ctx<'a>,
    reader: &'a Reader<'a>,
    context: &'a DocContext<'a>,
    dates: &'a [FoundDate],
    /// Lowercase names of the people of the page: a heading that is one is no topic.
    people: HashSet<String>,
    /// Day lines: where each starts, and its date.
    days: Vec<(usize, &'a FoundDate)>,
    assembly: String,
}

/// Finds the items of an agenda page.
pub(in crate::events) fn find(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    dates: &[FoundDate],
    context: &DocContext<'_>,
    sents: &[Range<usize>],
    set: &mut FrameSet,
) {
    let resolved = reader.resolved;
    let Some(assembly) = assembly(resolved, MIN_ASSEMBLY_MENTIONS) else {
        return;
    };
    let page = Page {
        ctx,
        reader,
        context,
        dates,
        people: resolved
            .people
            .iter()
            .map(|p| p.name.to_lowercase())
            .collect(),
        days: day_lines(ctx, dates),
        assembly,
    };
    let mut taken = vec![false; ctx.tokens.len()];
    let mut items: Vec<Frame> = Vec::new();
    // The first sentence of the current block: a paragraph's lead.
    let mut block_first = 0;
    for (n, s) in sents.iter().enumerate() {
        if n > 0
            && sents[n - 1]
                .end
                .checked_sub(1)
                .is_some_and(|b| is_break(ctx, b))
        {
            block_first = n;
        }
        let lead = (block_first < n)
            .then(|| sents.get(block_first))
            .flatten()
            .and_then(|l| lead_of(ctx, l));
        items.extend(sentence_items(&page, s, lead, &mut taken));
    }
    set.release(&taken);
    for f in items {
        set.push(f);
    }
}

fn is_break(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.tok(i).is_some_and(|t| t.kind == Kind::Break)
}

/// The items sentence `s` announces, marking the tokens they take from other readings.
fn sentence_items(
    page: &Page<'_>,
    s: &Range<usize>,
    lead: Option<String>,
    taken: &mut [bool],
) -> Vec<Frame> {
    let ctx = page.ctx;
    let mut debate_at = None;
    let mut votes = Vec::new();
    let (mut future, mut future_debate, mut decided) = (false, false, false);
    for i in s.clone() {
        let w = ctx.word(i);
        // "with 512 votes": a count of votes, not an item.
        let counted = i.checked_sub(1).is_some_and(|p| is_figure(ctx, p));
        match vocab::agenda_word(w).filter(|_| !counted) {
            Some(AgendaItem::Debate) => {
                debate_at.get_or_insert(i);
            }
            Some(AgendaItem::Vote) => votes.push(i),
            None => {}
        }
        match vocab::future_cue(w) {
            Some(FutureCue::Any) => future = true,
            Some(FutureCue::Infinitive) => future |= ctx.is_word(i + 1, "to"),
            Some(FutureCue::Debate) => future_debate = true,
            None => {}
        }
        decided |= vocab::is(Class::EventTallyVerb, w);
    }
    let debate = debate_at.filter(|_| future || future_debate);
    let votes: Vec<usize> = if future && !decided {
        votes
    } else {
        Vec::new()
    };
    if debate.is_none() && votes.is_empty() {
        return Vec::new();
    }
    let start_byte = ctx.span(s).start;
    let heading = heading_before(page, start_byte);
    let heading_text = heading.and_then(|h| ctx.text.get(h.start..h.end));
    let topic = lead
        .or_else(|| heading_text.map(|t| t.trim().trim_end_matches('.').to_owned()))
        .filter(|t| is_topic(page, t));
    let Some(topic) = topic else {
        return Vec::new();
    };
    let section = page
        .days
        .get(
            page.days
                .partition_point(|(at, _)| *at < start_byte)
                .wrapping_sub(1),
        )
        .map(|(_, d)| *d);
    let sentence_span = ctx.span(s);
    let own = page
        .dates
        .iter()
        .find(|d| sentence_span.contains(d.span) && d.precision == Precision::Day);
    let mut items = Vec::new();
    let item = |r: Range<usize>, name: String, date: Option<&FoundDate>, head| {
        let mut f = Frame::new(
            ctx,
            r,
            EventKind::Session,
            head,
            Rule::AgendaItem,
            s.clone(),
        );
        f.name = name;
        f.when = date.map(|d| When::from_date(ctx, d));
        f.organisers.push(page.assembly.clone());
        f
    };
    if let Some(d) = debate {
        let mut f = item(d..d + 1, topic.clone(), section, None);
        // The debate's own phrases, here and in the heading ("Joint debate on …"), are
        // mentions of this item.
        let heading_tokens = heading.map(|h| tokens_in(ctx, h)).unwrap_or(0..0);
        for i in s.clone().chain(heading_tokens) {
            if vocab::agenda_word(ctx.word(i)) == Some(AgendaItem::Debate) && is_noun(page, i) {
                let m = modifiers_start(page.reader, i)..i + 1;
                mark(taken, &m);
                f.mentions.push(m);
            }
        }
        items.push(f);
    }
    let mut verb_vote = false;
    for v in votes {
        let head = Head::of(ctx.word(v)).map(|(h, _)| h);
        let end = complement_end(ctx, v);
        if is_noun(page, v) {
            let r = modifiers_start(page.reader, v)..end;
            mark(taken, &r);
            let name = normalise(ctx.slice(&r));
            items.push(item(r, name, own.or(section), head));
        } else if !verb_vote {
            verb_vote = true;
            let r = v..end;
            let name = if end > v + 1 {
                normalise(ctx.slice(&r))
            } else {
                topic.clone()
            };
            mark(taken, &r);
            items.push(item(r, name, own.or(section), head));
        }
    }
    items
}

fn mark(taken: &mut [bool], r: &Range<usize>) {
    for t in taken.get_mut(r.clone()).into_iter().flatten() {
        *t = true;
    }
}

/// The tokens inside byte span `h`.
fn tokens_in(ctx: &Ctx<'_>, h: Span) -> Range<usize> {
    let a = ctx.tokens.partition_point(|t| t.span().start < h.start);
    let b = ctx.tokens.partition_point(|t| t.span().start < h.end);
    a..b
}

/// Whether the agenda word at `i` is a noun: a determiner, a possessive or a modifier
/// stands before it ("the vote", "Tuesday's debate", "the final vote"); otherwise it is
/// the verb ("will vote").
fn is_noun(page: &Page<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    modifiers_start(page.reader, i) < i
        || page.ctx.tok(p).is_some_and(|t| t.kind == Kind::Possessive)
        || matches!(
            page.reader.tag(p).determiner,
            Some(Determiner::Definite | Determiner::Indefinite)
        )
}

/// The end of a vote's "on" complement: "vote on the harbour budget" up to the predicate
/// ("is scheduled", "will take place"), a relative clause, a date or punctuation.
fn complement_end(ctx: &Ctx<'_>, v: usize) -> usize {
    if vocab::prep(ctx.word(v + 1)) != Some(Prep::On) {
        return v + 1;
    }
    let mut e = v + 2;
    while e < v + 2 + MAX_COMPLEMENT_WORDS
        && ctx
            .tok(e)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Possessive))
        && vocab::future_cue(ctx.word(e)).is_none()
        && !vocab::is(Class::EventAuxiliary, ctx.word(e))
        && !vocab::is_relative_word(ctx.word(e))
        && !words::is_calendar_word(ctx.word(e))
    {
        e += 1;
    }
    if e > v + 2 {
        e
    } else {
        v + 1
    }
}

/// The heading that the sentence starting at byte `at` is listed under, unless it dates a
/// section ("Tuesday, 4 March").
fn heading_before(page: &Page<'_>, at: usize) -> Option<Span> {
    let hs = page.context.headings;
    let h = *hs.get(hs.partition_point(|h| h.end <= at).checked_sub(1)?)?;
    let dated = page.dates.iter().any(|d| h.contains(d.span));
    (!dated).then_some(h)
}

/// Whether `t` can be what an item is about: a short phrase, not page furniture and not a
/// person.
fn is_topic(page: &Page<'_>, t: &str) -> bool {
    let lower = t.to_lowercase();
    !t.is_empty()
        && t.split_whitespace().count() <= MAX_TOPIC_WORDS
        && !vocab::is(Class::EventFurnitureHeading, lower.trim_end_matches(':'))
        && !page.people.contains(&lower)
}

/// The lead of a paragraph, from its first sentence `l`: a short capitalised fragment
/// ending in a full stop, without a verb of speech ("Harbour budget. Councillors will …").
fn lead_of(ctx: &Ctx<'_>, l: &Range<usize>) -> Option<String> {
    let stop = l.end.checked_sub(1)?;
    if !ctx.is_punct(stop, ".") || stop - l.start > MAX_LEAD_TOKENS || !ctx.is_cap(l.start) {
        return None;
    }
    let r = l.start..stop;
    let speech = r.clone().any(|k| words::is_speech_verb(ctx.word(k)));
    (!r.is_empty() && !speech).then(|| normalise(ctx.slice(&r)))
}

/// Lines that are only a day ("Monday, 3 March"), each with the byte where it starts:
/// they date what is listed under them.
fn day_lines<'d>(ctx: &Ctx<'_>, dates: &'d [FoundDate]) -> Vec<(usize, &'d FoundDate)> {
    let breaks: Vec<usize> = ctx
        .text
        .bytes()
        .enumerate()
        .filter(|(_, b)| *b == b'\n')
        .map(|(i, _)| i)
        .collect();
    let mut out: Vec<(usize, &FoundDate)> = dates
        .iter()
        .filter(|d| d.precision == Precision::Day)
        .filter_map(|d| {
            let k = breaks.partition_point(|&b| b < d.span.start);
            let start = k
                .checked_sub(1)
                .and_then(|p| breaks.get(p))
                .map_or(0, |b| b + 1);
            let end = breaks.get(k).copied().unwrap_or(ctx.text.len());
            let line = ctx.text.get(start..end)?;
            (line.trim().len() <= d.span.len() + DAY_LINE_SLACK).then_some((start, d))
        })
        .collect();
    out.sort_by_key(|(at, _)| *at);
    out
}

/// Makes the items parts of the body's sitting, the first other event with a sitting
/// head ("this week's plenary session"), which the body organises.
pub(in crate::events) fn attach(resolved: &Resolved, frames: &mut [Frame]) {
    if !frames.iter().any(|f| f.rule == Rule::AgendaItem) {
        return;
    }
    let sitting = frames.iter().position(|f| {
        f.rule != Rule::AgendaItem && f.head.is_some_and(|h| h.is(Class::EventSittingHead))
    });
    let Some(sitting) = sitting else { return };
    if frames[sitting].organisers.is_empty() {
        frames[sitting]
            .organisers
            .extend(assembly(resolved, MIN_ASSEMBLY_MENTIONS));
    }
    for f in frames
        .iter_mut()
        .filter(|f| f.rule == Rule::AgendaItem && f.parent.is_none())
    {
        f.parent = Some(sitting);
    }
}

#[cfg(test)]
mod tests;
