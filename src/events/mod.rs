//! Stage 4: event frames.
//!
//! Input: the tokens, the people and organisations (resolved), and the dates of the text.
//! Output: the events the release reports or announces, each with its name, kind, dates,
//! place, organisers, co-organisers, chairs, participants and parent, in text order.
//!
//! The stage reads in three steps, each a module with its table tests beside it and its
//! vocabulary in `src/lexicon/data/events.tsv` ([`vocab`] gives typed views of it):
//!
//! 1. **Finding events.** [`names`]: capitalised names with an event head ("Harbour Cities
//!    Summit", "Conference on Coastal Water", "Expo 2031"); [`triggers`]: lowercase
//!    phrases ("high-level conference", "the plenary vote") and the mentions that refer
//!    back to them ("the conference"); [`titles`]: the title after "titled" or "entitled";
//!    and one module per genre of page ([`genres`]): vote tallies, agendas, media
//!    advisories, quoted lists of side events.
//! 2. **Slots** ([`slots`]): from the sentence of each mention, its date, the agents of
//!    the verbs around it ([`agents`]) and its place ([`places`]).
//! 3. **Structure.** [`aliases`] joins short names to the full one; [`owners`] gives a
//!    named sitting the body that opens its name; [`parents`] links parts to wholes, and
//!    parts inherit their dates and place.
//!
//! Every value is the page's own words: a name is a phrase or title as written, a place a
//! span of the text, a date the words that gave it. Time is linear in the text: look-ups
//! of frames go through indexes ([`frame::FrameSet`], [`slots::MentionIndex`],
//! [`parents::Cover`]) and each mention reads its sentence only within
//! [`clauses::SLOT_REACH`] tokens of itself.
//!
//! The stage does not find people or organisations (it reads [`Resolved`]), and does not
//! decide dates (it reads [`FoundDate`]s).

mod agents;
mod aliases;
mod clauses;
mod frame;
mod genres;
mod names;
mod owners;
mod parents;
mod partners;
mod places;
mod publisher;
mod refs;
mod slots;
mod titles;
mod triggers;
mod verbs;
mod vocab;

#[cfg(test)]
mod tests;

use crate::dates::FoundDate;
use crate::entities::{Ctx, Found};
use crate::model::Event;
use crate::resolve::Resolved;
use crate::span::{Mention, Span};

use clauses::Reader;
use frame::FrameSet;
use genres::{advisory, agenda, quoted_lists, tallies};

/// What the event stage needs to know of the document beyond its tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DocContext<'a> {
    /// The release's date: a vote reported without a date took place that day.
    pub anchor: Option<crate::date::Date>,
    /// The dateline opener, whose date is the release's.
    pub dateline: Option<Span>,
    /// The spans of the document's headings, in order: an agenda names its items by them.
    pub headings: &'a [Span],
}

/// Finds the events of the text.
pub(crate) fn frames(
    ctx: &Ctx<'_>,
    found: &Found,
    resolved: &Resolved,
    dates: &[FoundDate],
    context: &DocContext<'_>,
) -> Vec<Event> {
    // The dateline's date is the release's, not an event's.
    let dates: Vec<FoundDate> = dates
        .iter()
        .filter(|d| context.dateline.is_none_or(|dl| !dl.contains(d.span)))
        .copied()
        .collect();
    let dates = &dates[..];
    let sents = clauses::sentences(ctx);
    let reader = Reader::new(ctx, found, resolved);

    // 1. Finding.
    let mut set = FrameSet::new(ctx.tokens.len());
    names::find(ctx, &reader, found, &sents, &mut set);
    let dated = clauses::date_marks(ctx, dates);
    triggers::find(ctx, &reader, &dated, &sents, &mut set);
    verbs::find(ctx, &reader, &dated, &sents, &mut set);
    refs::pronouns(ctx, &reader, &sents, &mut set);
    tallies::find(ctx, resolved, &sents, &mut set);
    agenda::find(ctx, &reader, dates, context, &sents, &mut set);
    titles::find(ctx, &reader, &sents, &mut set);
    quoted_lists::find(ctx, &reader, &sents, &mut set);
    let mut frames = set.into_frames();

    // 2. Slots.
    quoted_lists::partners(ctx, &reader, &mut frames);
    slots::fill(ctx, &reader, dates, &sents, &mut frames);

    // 3. Structure.
    let frames = aliases::appositions(ctx, frames);
    let mut frames = aliases::merge(frames);
    advisory::apply(ctx, dates, &mut frames);
    owners::assign(ctx, &reader, &mut frames);
    let names = publisher::Names::new(&reader);
    let issuer = publisher::find(ctx, &reader, &names, &sents);
    publisher::assign(ctx, &reader, &names, &sents, issuer.as_deref(), &mut frames);
    partners::across(ctx, &reader, &sents, issuer.as_deref(), &mut frames);
    parents::link(ctx, &reader, &mut frames);
    agenda::attach(resolved, &mut frames);
    parents::main_event_parts(&mut frames);
    names::date_editions(&mut frames);
    tallies::date_from_release(context.anchor, &mut frames);
    parents::inherit(&mut frames);
    slots::from_paragraphs(ctx, dates, &sents, &mut frames);
    parents::inherit(&mut frames);

    frames
        .into_iter()
        .map(|f| Event {
            name: f.name,
            kind: f.kind,
            when: f.when.map(|w| w.value),
            place: f.place,
            organisers: f.organisers,
            co_organisers: f.co_organisers,
            chairs: f.chairs,
            participants: f.participants,
            parent: f.parent,
            mentions: {
                let mut m: Vec<Span> = f.mentions.iter().map(|r| ctx.span(r)).collect();
                m.sort();
                m.dedup();
                m.into_iter()
                    .filter_map(|s| Mention::new(ctx.text, s))
                    .collect()
            },
        })
        .collect()
}
