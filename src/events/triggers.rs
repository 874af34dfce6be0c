//! Lowercase event phrases: an event head with up to [`MAX_MODIFIERS`] modifiers before it
//! ("high-level conference", "plenary vote", "the first joint meeting"), the thing a
//! launch or a signing is of ("the launch of Nova 2"), the body a session is of ("the
//! ninth session of the Harbour Assembly", "the session of the Coastal Council").
//! Any other bare head is a mention of the nearest event before it with that head when a
//! definite determiner points back to it ("the conference", "its summit"), and a generic
//! word otherwise ("meetings were held").
//!
//! Not events: the imperative "visit" pointing at a page ("visit our website", "please
//! visit www.example.org"); heads inside a Title Case headline.

use std::ops::Range;

use crate::document::normalise;
use crate::entities::tokens::{is_connector, Kind};
use crate::entities::Ctx;
use crate::lexicon::Class;
use crate::model::EventKind;

use crate::entities::words;

use super::clauses::{is_char, is_figure, sentence_at, Reader};
use super::frame::{Frame, FrameSet, Rule};
use super::names;
use super::vocab::{self, Determiner, Prep, VerbSlot};

/// The most modifiers a head takes ("the first joint ministerial meeting"): more words
/// before a head are a list, not one phrase.
const MAX_MODIFIERS: usize = 3;

/// How many tokens after "visit" may hold the page it points at ("visit us at www…").
const WEB_OBJECT_REACH: usize = 3;

/// The start of the modifiers before the head at `i`: words of the lexicon's modifiers,
/// ordinals, compounds of level or length ("working-level", "two-day").
pub(super) fn modifiers_start(reader: &Reader<'_>, i: usize) -> usize {
    let mut s = i;
    while s > 0 && reader.tag(s - 1).modifier && i - s < MAX_MODIFIERS {
        s -= 1;
    }
    s
}

/// The kind of the phrase `s..=i` with head kind `kind`: a modifier may set it whatever the
/// head says ("press conference" is a briefing, "side event" a side event); the one
/// nearest the head wins.
pub(super) fn phrase_kind(reader: &Reader<'_>, s: usize, i: usize, kind: EventKind) -> EventKind {
    (s..i)
        .rev()
        .find_map(|m| reader.tag(m).modifier_kind)
        .unwrap_or(kind)
}

/// How many words a determiner may stand before its head ("the organisation's annual
/// awards gala", "a first joint ministerial meeting"): more are a clause, not a phrase.
const MAX_OPEN_MODIFIERS: usize = 4;

/// How many words a complement after a head may have ("a visit to the port of Lakeport",
/// "a visit to the port of Lakeport"): a longer run is the rest of the sentence.
const MAX_COMPLEMENT_WORDS: usize = 6;

/// How near a date or a place must be to a bare phrase to make it an event ("a ceremony
/// in the park today", "on Friday, a dinner …").
const EVIDENCE_AFTER: usize = 8;
const EVIDENCE_BEFORE: usize = 4;

/// What stands before an event phrase's modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Det {
    /// "the", "this", "its": the phrase may point back to an event already named.
    Definite,
    /// "a", "an", a number ("two side events"), a quantifier ("several").
    Indefinite,
    /// "the agency's annual conference": the owner's last token is before the `'s` at
    /// this token.
    Possessive(usize),
}

/// The determiner before the modifiers of the head at `i`, and where the modifiers
/// start: any words but verbs, prepositions, conjunctions and clause words may stand
/// between a determiner and its head ("the organisation's annual awards gala"); without
/// a determiner, only the lexicon's modifiers do ("high-level meeting").
fn determined(ctx: &Ctx<'_>, reader: &Reader<'_>, i: usize) -> (Option<Det>, usize) {
    let mut s = i;
    while s > 0 && i - s <= MAX_OPEN_MODIFIERS {
        let p = s - 1;
        let tag = reader.tag(p);
        if ctx.tok(p).is_some_and(|t| t.kind == Kind::Possessive) {
            return (Some(Det::Possessive(p)), s);
        }
        match tag.determiner {
            Some(Determiner::Definite) => return (Some(Det::Definite), s),
            Some(Determiner::Indefinite | Determiner::Quantifier) => {
                return (Some(Det::Indefinite), s)
            }
            Some(Determiner::Interrogative) => break,
            None => {}
        }
        // "the 25 side events", "its 3 working groups": a count, like "two", stands for
        // a quantifier; the name starts after it.
        if is_count(ctx, p) {
            return (Some(Det::Indefinite), s);
        }
        if !is_open_modifier(ctx, reader, p) {
            break;
        }
        // "a closed session", "a guided tour": a participle modifies only right after
        // its determiner; further from it, it is a verb ("the sides discussed major
        // events").
        let participle = ctx.word(p).ends_with("ed") && !reader.tag(p).modifier;
        if participle && reader.tag(p.wrapping_sub(1)).determiner.is_none() {
            break;
        }
        s -= 1;
    }
    (None, modifiers_start(reader, i))
}

/// Whether token `p` is a cardinal number written in figures ("25", "1,200"), not a year
/// ("the 2026 summit") or an ordinal ("25th").
fn is_count(ctx: &Ctx<'_>, p: usize) -> bool {
    let w = ctx.word(p);
    is_figure(ctx, p)
        && w.chars().all(|c| c.is_ascii_digit() || c == ',')
        && (w.len() < 4 || w.contains(','))
}

/// Whether token `p` may modify a head after a determiner: a word that is not a verb of
/// the event grammar, a preposition, a conjunction, an auxiliary or a relative word.
fn is_open_modifier(ctx: &Ctx<'_>, reader: &Reader<'_>, p: usize) -> bool {
    let tag = reader.tag(p);
    ctx.tok(p).is_some_and(|t| t.kind == Kind::Word)
        && tag.prep.is_none()
        && tag.verb.is_none()
        && !tag.conjunction
        && !tag.auxiliary
        && !tag.relative
        && !words::is_calendar_word(ctx.word(p))
        && !vocab::is(Class::EventPronoun, ctx.word(p))
}

/// The end of the complement after the head at `i` ("visit to Lakeport", "screening of
/// Silent Harbour", "vote on the harbour budget"): a noun phrase after a preposition
/// that completes an event's name. It ends before punctuation, a clause word, a date, a
/// preposition of place or time ("in Lakeport", "on Friday"), and after
/// [`MAX_COMPLEMENT_WORDS`] words; "of" inside it joins ("the port of Lakeport").
fn complement_end(ctx: &Ctx<'_>, reader: &Reader<'_>, dated: &[bool], i: usize) -> usize {
    let Some(prep) = reader.tag(i + 1).prep else {
        return i + 1;
    };
    let mut first = i + 2;
    if ctx.is_word(first, "the") {
        first += 1;
    }
    // The complement names something: a name or a figure ("visit to Lakeport", "launch
    // of Nova 2"); only a vote or debate takes a topic in lowercase ("vote on the harbour
    // budget"). "a conference to share ideas" and "an exhibition with rare prints" are
    // not names.
    // A figure completes only "of" ("launch of Nova 2"): "votes to 65" is a count.
    // "with" opens no complement: "a meeting with the Mayor" keeps the mayor for the
    // participant and partner cues, and as a name part it made false events on unseen
    // pages (validation events 0.561 without it, 0.556 with it).
    let named = ctx.is_cap(first);
    let takes = match prep {
        Prep::Of => named || is_figure(ctx, first),
        Prep::To | Prep::For => named,
        Prep::On => {
            named
                || reader
                    .tag(i)
                    .head
                    .is_some_and(|(_, k)| k == EventKind::Session)
        }
        _ => false,
    };
    if !takes {
        return i + 1;
    }
    let mut e = first;
    while e < first + MAX_COMPLEMENT_WORDS {
        let tag = reader.tag(e);
        let is_word = ctx
            .tok(e)
            .is_some_and(|t| matches!(t.kind, Kind::Word | Kind::Possessive));
        let of_inside = tag.prep == Some(Prep::Of) && e > first && is_word;
        let and_in_name = tag.conjunction && e > first && ctx.is_cap(e - 1) && ctx.is_cap(e + 1);
        let stop = !is_word
            || dated.get(e).copied().unwrap_or(false)
            || (tag.prep.is_some() && !of_inside)
            || (tag.conjunction && !and_in_name)
            || tag.auxiliary
            || tag.relative
            || tag.verb.is_some()
            || tag.head.is_some() && e > first && !ctx.is_cap(e)
            || words::is_calendar_word(ctx.word(e));
        if stop {
            break;
        }
        e += 1;
    }
    // A complement ends on a noun, not on "of" or "and".
    while e > first && (reader.tag(e - 1).prep.is_some() || reader.tag(e - 1).conjunction) {
        e -= 1;
    }
    // "a debate on the theme of “…”": a lowercase topic cut short before "of" is a
    // frame for a title, not the topic.
    let cut_topic = !named && reader.tag(e).prep == Some(Prep::Of);
    if e > first && !cut_topic {
        e
    } else {
        i + 1
    }
}

/// Whether the word after the head at `i` is a lowercase noun the head modifies ("training
/// academy"): a word that could modify a head, not a date, not a verb form in -s or -ed
/// and not a verb of an event taking place ("the debate took place").
fn compound_after(ctx: &Ctx<'_>, reader: &Reader<'_>, dated: &[bool], i: usize) -> bool {
    let n = i + 1;
    let w = ctx.word(n);
    ctx.tok(n).is_some_and(|t| t.kind == Kind::Word && !t.cap)
        && is_open_modifier(ctx, reader, n)
        && !dated.get(n).copied().unwrap_or(false)
        && !w.ends_with('s')
        && !w.ends_with("ed")
        && !vocab::is(Class::EventOccurrenceVerb, w)
        && !is_figure(ctx, n)
}

/// Whether a date or a place stands near the phrase `s..e`: a date in the few words
/// around it, or "in"/"at" and a capitalised name right after it.
fn evidence_near(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    dated: &[bool],
    ambiguous: bool,
    s: usize,
    e: usize,
) -> bool {
    let date = (s.saturating_sub(EVIDENCE_BEFORE)..s)
        .chain(e..e + EVIDENCE_AFTER)
        .take_while(|&k| ctx.tok(k).is_some_and(|t| t.kind != Kind::Break))
        .any(|k| dated.get(k).copied().unwrap_or(false));
    let mut p = e;
    if is_char(ctx, p, ',') {
        p += 1;
    }
    let name = if ctx.is_word(p + 1, "the") {
        p + 2
    } else {
        p + 1
    };
    // "head of training at the Harbour Trust": an organisation after "at" is an
    // employer, not a place, for a head with other senses.
    let employer = ambiguous && reader.found.org_covering(name).is_some();
    let place = matches!(reader.tag(p).prep, Some(Prep::In | Prep::At))
        && ctx.is_cap(name)
        && !employer
        && !dated.get(p + 1).copied().unwrap_or(false);
    date || place
}

/// The person or organisation that owns a phrase through the possessive at `p` ("the
/// agency's annual conference"), as the entity stages name it.
pub(super) fn owner(reader: &Reader<'_>, p: usize) -> Option<String> {
    reader
        .positions(&(p.saturating_sub(OWNER_REACH)..p))
        .into_iter()
        .rev()
        .find(|(_, _, end)| *end == p)
        .map(|(_, name, _)| name)
}

/// The organisation a possessive pronoun before an event phrase stands for ("The Trust
/// announced its annual gala"): the first entity of the clause before it, if that is an
/// organisation ("Jane Roe announced its gala" has no owner we can name).
fn pronoun_owner(reader: &Reader<'_>, before: Range<usize>) -> Option<String> {
    reader
        .positions(&before)
        .into_iter()
        .next()
        .map(|(_, name, _)| name)
        .filter(|name| !reader.is_person(name))
}

/// The most tokens an owner's name may have before its possessive.
const OWNER_REACH: usize = 10;

/// Finds the lowercase event phrases of the text. `dated` marks the tokens inside dates.
pub(super) fn find(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    dated: &[bool],
    sents: &[Range<usize>],
    set: &mut FrameSet,
) {
    let sentence_of = |i: usize| sentence_at(sents, i).unwrap_or(i..i + 1);
    for i in 0..ctx.tokens.len() {
        if ctx.tok(i).is_none_or(|t| t.kind != Kind::Word || t.cap) {
            continue;
        }
        let Some((head, head_kind)) = reader.tag(i).head else {
            continue;
        };
        // "this week", "next March": a head inside a date is the date's word.
        if set.owner_at(i).is_some()
            || ctx.loud.get(i).copied().unwrap_or(false)
            || dated.get(i).copied().unwrap_or(false)
        {
            continue;
        }
        if head_kind == EventKind::Visit && is_web_visit(ctx, i) {
            continue;
        }
        // "an awards gala", "the launch event": a head before another head modifies it;
        // the phrase is the later head's.
        let next_is_head = reader.tag(i + 1).head.is_some()
            && ctx
                .tok(i + 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap);
        if next_is_head {
            continue;
        }
        // "to launch a fund", "to address the council": after "to" with no determiner, a
        // head is a verb.
        if ctx.is_word(i.wrapping_sub(1), "to") {
            continue;
        }
        // "a training academy", "the launch date": a head with other senses before a
        // lowercase noun modifies that noun ("the training ends", "the launch comes":
        // a verb after it ends in -s or -ed).
        if head.is(Class::EventAmbiguousHead) && compound_after(ctx, reader, dated, i) {
            continue;
        }
        let lexical = modifiers_start(reader, i);
        let (det, open) = determined(ctx, reader, i);
        let s = open.min(lexical);
        let kind = phrase_kind(reader, s, i, head_kind);
        if let Some(e) = of_object(ctx, i, kind) {
            let mut f = Frame::new(ctx, s..e, kind, Some(head), Rule::Phrase, sentence_of(s));
            f.named = true;
            names::add(set, f);
            continue;
        }
        let session = session_of(ctx, i, kind);
        let e = if session > i + 1 {
            session
        } else {
            complement_end(ctx, reader, dated, i)
        };
        let complement = e > i + 1;
        let plural = ctx.word(i).to_lowercase() != head.word();
        let generic = head.is(Class::EventGenericHead);
        let ambiguous = head.is(Class::EventAmbiguousHead);
        // "in the event of a crisis": an idiom, not an event ("the side events of which"
        // is one).
        if generic && !plural && s == i && reader.tag(i + 1).prep == Some(Prep::Of) {
            continue;
        }
        if head.is(Class::EventNameHead) {
            continue;
        }
        let bare = s == i && !complement;
        let near = evidence_near(ctx, reader, dated, ambiguous, s, e);
        // "the event", "this year's annual event", "the Harbour Park event": the event the
        // passage is about.
        if generic && !complement && !plural && det.is_some() && kind != EventKind::SideEvent {
            if let Some(k) = set.salient_before(s, Frame::principal) {
                set.add_mention(k, s..i + 1);
                continue;
            }
            if bare {
                continue;
            }
        }
        // "the conference", "the dinner": the nearest event before it with that head.
        if bare && matches!(det, Some(Det::Definite | Det::Possessive(_))) {
            if let Some(k) = set.before_with_head(head, i) {
                set.add_mention(k, i..i + 1);
                continue;
            }
        }
        // Whether the phrase is an event: its lexicon modifiers, its complement, or a
        // date or place beside it; a determiner with modifiers of any kind for a head
        // that names only events; a bare head only with a date or place.
        let named_modifier =
            (s..i).any(|m| ctx.is_cap(m) && ctx.tok(m).is_some_and(|t| !t.sentence_start));
        // Plural heads are events with a modifier of the lexicon ("bilateral meetings") or
        // a complement of participants or place ("meetings with the mayors"); a topic
        // ("discussions on Lakeport's budget") or a head with other senses ("calls on the
        // Council") is not enough.
        let topic = matches!(reader.tag(i + 1).prep, Some(Prep::On | Prep::Of));
        // "hosts a spring gala", "the beach cleanup is organised by", "the city's harvest
        // festival": a determiner and a modifier of any kind before a head that names only
        // events make one event when a verb of holding or attending governs the phrase or
        // an owner holds it; "an exquisite dinner" alone, or a bare "a gala", stays a
        // generic mention.
        let modified = open < i
            && match det {
                Some(Det::Possessive(p)) => governed(ctx, reader, p, e),
                Some(_) => governed(ctx, reader, open - 1, e),
                None => false,
            };
        let event = if plural {
            lexical < i || complement && !topic && !ambiguous
        } else if ambiguous {
            lexical < i || near && !named_modifier
        } else {
            lexical < i || near || complement || det.is_some() && named_modifier || modified
        };
        // "the dedication ceremony" after "a ceremony": the same event, described.
        // "the spring gala" once a gala is named: the same event, however it is
        // modified.
        let only_modified = modified && lexical == i && !near && !complement;
        if !event
            || only_modified
            || s < lexical && matches!(det, Some(Det::Definite)) && !complement
        {
            if let Some(k) = set.before_with_head(head, i).filter(|_| det.is_some()) {
                set.add_mention(k, s..i + 1);
                continue;
            }
        }
        if !event {
            continue;
        }
        // "this touring retrospective", "the dedication ceremony" after other events: a
        // definite phrase that only its verb makes an event presupposes one already told,
        // so it opens a new event only where none is told before it.
        if only_modified
            && det == Some(Det::Definite)
            && set.salient_before(s, Frame::principal).is_some()
        {
            continue;
        }
        // "the High-level conference" and "the high-level conference" are one event.
        let name = normalise(ctx.slice(&(s..e))).to_lowercase();
        if let Some(k) = set.by_name(&name) {
            set.add_mention(k, s..e);
            continue;
        }
        let mut f = Frame::new(ctx, s..e, kind, Some(head), Rule::Phrase, sentence_of(s));
        // "the Riverside Food conference": a name before a lowercase head names the event.
        f.named = named_modifier || complement;
        if let Some(Det::Possessive(p)) = det {
            f.organisers.extend(owner(reader, p));
        } else if det == Some(Det::Definite)
            && vocab::is(
                Class::EventOwnerPronoun,
                &ctx.word(s.wrapping_sub(1)).to_lowercase(),
            )
        {
            f.organisers
                .extend(pronoun_owner(reader, sentence_of(s).start..s));
        }
        if kind == EventKind::Visit && complement && reader.tag(i + 1).prep == Some(Prep::To) {
            let mut c = i + 2;
            if ctx.is_word(c, "the") {
                c += 1;
            }
            if ctx.is_cap(c) {
                f.place = Some(normalise(ctx.slice(&(c..e))));
            }
        }
        names::add(set, f);
    }
}

/// The most words between a governing verb and the determiner of its object ("hosts a",
/// "invites families to its") or between a phrase and its verb ("is to be held").
const GOVERNOR_REACH: usize = 3;

/// Whether a verb of holding, hosting or attending governs the phrase whose determiner is
/// at `d` and which ends before `e`: a verb shortly before the determiner ("will host a
/// spring gala", "joined the harbour cleanup") or, after auxiliaries, a passive or a verb
/// of taking place after the phrase ("the water festival is organised by", "the spring
/// fair takes place").
fn governed(ctx: &Ctx<'_>, reader: &Reader<'_>, d: usize, e: usize) -> bool {
    let governs = |k: usize| {
        let w = ctx.word(k);
        reader
            .tag(k)
            .verb
            .is_some_and(|v| v != VerbSlot::Other && v != VerbSlot::Chair)
            || vocab::is(Class::EventAttendanceVerb, w)
            || vocab::is(Class::EventOccurrenceVerb, w)
    };
    let in_clause =
        |k: usize| ctx.tok(k).is_some_and(|t| t.kind == Kind::Word) && reader.tag(k).head.is_none();
    let before = (d.saturating_sub(GOVERNOR_REACH)..d)
        .rev()
        .take_while(|&k| in_clause(k))
        .any(|k| governs(k) && !purpose(ctx, reader, k));
    let mut k = e;
    while k < e + GOVERNOR_REACH && reader.tag(k).auxiliary {
        k += 1;
    }
    before
        || k > e && governs(k)
        || governs(e) && vocab::is(Class::EventOccurrenceVerb, ctx.word(e))
}

/// Whether the verb at `k` is an infinitive of purpose after a noun phrase ("a fine
/// setting to host a dinner", "the ideal space to stage a concert"): it says what a place
/// or thing is for, not that an event is held. After a verb ("plans to host", "decided
/// to hold", "is set to stage") the infinitive reports one.
fn purpose(ctx: &Ctx<'_>, reader: &Reader<'_>, k: usize) -> bool {
    let Some(n) = k.checked_sub(2).filter(|&t| ctx.is_word(t + 1, "to")) else {
        return false;
    };
    let w = ctx.word(n).to_lowercase();
    let verb_like = w.ends_with('s') || w.ends_with("ed") || reader.tag(n).verb.is_some();
    !verb_like
        && ctx.tok(n).is_some_and(|t| t.kind == Kind::Word && !t.cap)
        && determined(ctx, reader, n).0.is_some()
}

/// "the launch of Nova 2", "the opening of Harbour Hall", "the signing of 12 agreements":
/// the thing launched or signed names the event; the end of that name.
fn of_object(ctx: &Ctx<'_>, i: usize, kind: EventKind) -> Option<usize> {
    if !matches!(kind, EventKind::Launch | EventKind::Signing)
        || vocab::prep(ctx.word(i + 1)) != Some(Prep::Of)
    {
        return None;
    }
    let k = if ctx.is_word(i + 2, "the") {
        i + 3
    } else {
        i + 2
    };
    if !(ctx.is_cap(k) || is_figure(ctx, k)) {
        return None;
    }
    let mut e = k + 1;
    while ctx.is_cap(e) || is_figure(ctx, e) {
        e += 1;
    }
    Some(e)
}

/// "the ninth session of the Harbour Assembly": a session is named with the body
/// it is a session of. The end of the phrase.
fn session_of(ctx: &Ctx<'_>, i: usize, kind: EventKind) -> usize {
    if kind != EventKind::Session || vocab::prep(ctx.word(i + 1)) != Some(Prep::Of) {
        return i + 1;
    }
    let k = if ctx.is_word(i + 2, "the") {
        i + 3
    } else {
        i + 2
    };
    let mut j = k;
    while ctx.is_cap(j) || (is_connector(ctx.word(j)) && ctx.is_cap(j + 1)) {
        j += 1;
    }
    if j > k {
        j
    } else {
        i + 1
    }
}

/// "For more information visit www.example.org", "please visit our website": a visit to
/// a page, not a trip.
pub(super) fn is_web_visit(ctx: &Ctx<'_>, i: usize) -> bool {
    let imperative = i
        .checked_sub(1)
        .is_some_and(|p| vocab::is(Class::EventImperativeCue, ctx.word(p)));
    imperative
        || (i + 1..=i + WEB_OBJECT_REACH).any(|k| {
            let w = ctx.word(k).to_lowercase();
            vocab::is(Class::EventWebNoun, &w)
                || w.starts_with("http")
                || w.starts_with("www")
                || w.contains('.') && w.contains('/')
                || is_domain(ctx, k)
        })
}

/// Whether token `k` is the name part of a web address written without "www"
/// ("Harbourfund.org"): a stop written against it, then a lowercase word against that.
fn is_domain(ctx: &Ctx<'_>, k: usize) -> bool {
    let touching = |a: usize| {
        ctx.tokens
            .get(a)
            .zip(ctx.tokens.get(a + 1))
            .is_some_and(|(x, y)| x.span().end == y.span().start)
    };
    ctx.is_cap(k)
        && touching(k)
        && is_char(ctx, k + 1, '.')
        && touching(k + 1)
        && ctx
            .tok(k + 2)
            .is_some_and(|t| t.kind == Kind::Word && !t.cap)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn heads_with_modifiers() {
        let table: &[(&str, &[&str])] = &[
            (
                "Ministers held a high-level meeting in Lakeport on 3 March 2025.",
                &["high-level meeting [meeting] when=2025-03-03 where=Lakeport"],
            ),
            (
                "The mayor will give a press conference on Friday.",
                &["press conference [briefing] when=2025-03-07"],
            ),
            (
                "The city hosted two side events during the week.",
                &["side events [side_event]"],
            ),
            (
                "The first joint ministerial meeting ended without a statement.",
                &["first joint ministerial meeting [meeting]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn noun_phrases_with_any_modifiers_and_complements() {
        let table: &[(&str, &[&str])] = &[
            // Any words between a determiner and a head that names only events.
            (
                "Guests gathered for a lively harvest banquet in Porto on 4 March 2025.",
                &["lively harvest banquet [other] when=2025-03-04 where=Porto"],
            ),
            (
                "The school celebrated a spring graduation at Mill Hall.",
                &["spring graduation [other] where=Mill Hall"],
            ),
            // A complement naming a place or a thing makes the event; "with" a
            // participant does not.
            ("The minister had a meeting with the Mayor of Lakeport.", &[]),
            (
                "The governor paid a visit to Northfield.",
                &["visit to Northfield [visit] where=Northfield"],
            ),
            (
                "Crowds came for the premiere of Silent Harbour.",
                &["premiere of Silent Harbour [other]"],
            ),
            // A capitalised name before a lowercase head names the event.
            (
                "Tickets for the Riverside Food conference sell out fast.",
                &["Riverside Food conference [conference]"],
            ),
            // A possessive's owner organises the event.
            (
                "The Harbour Trust's annual awards gala raised funds.",
                &["annual awards gala [other] org=Harbour Trust"],
            ),
            // A count is no part of the name.
            (
                "The 12 side events on the programme filled quickly.",
                &["side events [side_event]"],
            ),
            // Generic mentions with no complement, date or place are no events.
            ("Parents can attend a breakfast or a lunch.", &[]),
            ("She gave a presentation to the board.", &[]),
            // A topic cut before "of" is no complement.
            (
                "Pilots joined a panel discussion on the theme of “Harbour Futures” on 3 March 2025.",
                &["panel discussion [session] when=2025-03-03"],
            ),
            // Topics and counts do not complete a plural head.
            ("There were discussions on the Lakeport budget.", &[]),
            ("Amendments passed by votes to 65.", &[]),
            // A head inside a date belongs to the date.
            ("Talks continue this week.", &[]),
            // After "to", a head is a verb; before a noun, a head with other senses
            // modifies it; an employer after "at" is no place.
            ("Partners met today to launch a Harbour Fund.", &[]),
            ("The firm opened a training academy in Porto.", &[]),
            (
                "The plenary debate took place in Porto.",
                &["plenary debate [session] where=Porto"],
            ),
            ("Jo Lee, head of training at the Harbour Trust, spoke.", &[]),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn governed_phrases_with_open_modifiers() {
        let table: &[(&str, &[&str])] = &[
            // A verb of holding, hosting or attending before the determiner.
            (
                "The Dune Society will host a spring gala for its members.",
                &["spring gala [other] org=Dune Society"],
            ),
            (
                "Volunteers joined the beach cleanup along the north shore.",
                &["beach cleanup [other]"],
            ),
            (
                "Farmers are invited to the harvest festival at the square.",
                &["harvest festival [other]"],
            ),
            (
                "The Velt Gallery organised a sculpture workshop for pupils.",
                &["sculpture workshop [workshop] org=Velt Gallery"],
            ),
            (
                "Residents attended a charity auction to fund the lifeboat.",
                &["charity auction [other]"],
            ),
            // A passive or a verb of taking place after the phrase.
            (
                "The water festival is organised by the Brisk Rowing Club.",
                &["water festival [other] org=Brisk Rowing Club"],
            ),
            (
                "The lakeside regatta takes place every summer.",
                &["lakeside regatta [other]"],
            ),
            // No governing verb: a description, not an event.
            ("Guests enjoyed an exquisite dinner of local fish.", &[]),
            ("The museum's quiet retrospective is worth seeing.", &[]),
            ("A sculpture workshop is a good way to learn.", &[]),
            // A definite phrase after another event presupposes a told one, not a new one.
            (
                "The Dune Society will host a spring gala on 3 May 2025. Guests joined the harbour regatta after the speeches.",
                &["spring gala [other] when=2025-05-03 org=Dune Society"],
            ),
            (
                "The Velt Gallery opened the Salt Marsh exhibition on 2 June 2025. Critics attended this touring retrospective.",
                &["Salt Marsh exhibition [conference] when=2025-06-02 org=Velt Gallery"],
            ),
            // No modifier: a generic mention.
            ("Members may attend a gala or a fair.", &[]),
            // A plural head is no single event.
            ("The club hosts charity auctions.", &[]),
            // An infinitive of purpose after a noun says what a place is for.
            ("The old boathouse is a charming setting to host a summer ceremony.", &[]),
            ("The terrace makes an ideal space to stage a garden recital.", &[]),
            // After a verb the infinitive reports an event.
            (
                "The Brisk Rowing Club plans to host a lakeside regatta.",
                &["lakeside regatta [other] org=Brisk Rowing Club"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn generic_heads_refer_to_the_event_of_the_passage() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Lights Festival opens soon. The event runs in Quay Park on 5 April 2025.",
                &["Harbour Lights Festival [other] when=2025-04-05 where=Quay Park"],
            ),
            (
                "The Northfield Summit was announced. This year's three-day event takes place in Porto.",
                &["Northfield Summit [conference] when=2025-01-01..2025-12-31 where=Porto"],
            ),
            // Several events are not the one a reference points back to.
            (
                "The Harbour Forum will hold four side events. The event closes on 9 May 2025.",
                &[
                    "Harbour Forum [conference] when=2025-05-09",
                    "side events [side_event] when=2025-05-09 parent=Harbour Forum",
                ],
            ),
            // "in the event of" is an idiom.
            ("In the event of rain the fair moves indoors.", &[]),
            // "the dinner" refers to the event whose name has that head.
            (
                "The Harbour Award Dinner returns. The dinner starts at 7 pm on 6 June 2025.",
                &["Harbour Award Dinner [other] when=2025-06-06"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn bare_heads_refer_back() {
        let table: &[(&str, &[&str])] = &[
            // The second mention joins the first; "meetings" alone is a generic word.
            (
                "A regional conference opened in Porto. The conference ends on 7 March 2025. Meetings were held.",
                &["regional conference [conference] when=2025-03-07 where=Porto"],
            ),
            ("Meetings were held across the region.", &[]),
            // "the summit" is the summit named before it, not one named later.
            (
                "The Harbour Summit opened in Porto. The summit ends on 7 March 2025. The Coastal Summit follows in May.",
                &[
                    "Harbour Summit [conference] when=2025-03-07 where=Porto",
                    "Coastal Summit [conference] when=2025-05-01..2025-05-31",
                ],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn objects_name_launches_and_signings() {
        let table: &[(&str, &[&str])] = &[
            (
                "The agency celebrated the launch of Nova 2 on 3 March 2025.",
                &["launch of Nova 2 [launch] when=2025-03-03"],
            ),
            (
                "The session of the Harbour Assembly opened on Monday.",
                &["session of the Harbour Assembly [session] when=2025-03-03"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn web_visits_are_not_trips() {
        let table: &[(&str, &[&str])] = &[
            ("For more information visit our website.", &[]),
            (
                "Readers are encouraged to visit Harbourfund.org to give.",
                &[],
            ),
            (
                "For the full programme, please visit www.example.org today.",
                &[],
            ),
            (
                "The minister made an official visit to Lakeport.",
                &["official visit to Lakeport [visit] where=Lakeport"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
