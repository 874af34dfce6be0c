//! Who organised, co-organised, chaired and attended an event: the agents of the verbs
//! and cues around its mention (the verbs and their slots are `event_verb` entries).
//!
//! - Passive after the event: "the forum was organised by X", "a panel chaired by Y".
//! - Active before it, with only determiners and modifiers between: "X hosted the annual
//!   gala", "Y chaired the first session", "Z gathered for a summit".
//! - Participial after it: "a forum X organised during the fair".
//! - Partners: "together with X", "in partnership with Y", "teaming with Z".
//! - "by X" right after the event: "a workshop by the Harbour Trust".
//!
//! Known non-cases: a chair must be a person ("chaired by the Ministry" names no chair); a
//! verb far from the event ([`PASSIVE_REACH`], [`ACTIVE_REACH`]) or across a comma, a
//! conjunction or a preposition belongs to another phrase ("X hosted delegates at the
//! summit" makes X no organiser).

use std::ops::Range;

use crate::document::normalise;
use crate::entities::tokens::Kind;
use crate::entities::Ctx;
use crate::model::EventKind;

use super::clauses::{clause_end, clause_start, is_char, is_quote, Others, Reader};
use super::frame::{extend, Frame};
use super::vocab::{self, PartnerCue, Prep, VerbSlot};
use crate::lexicon::Class;

/// How far after an event its passive verb may stand ("the forum, held every spring in
/// the old port, was organised by …").
const PASSIVE_REACH: usize = 8;
/// How far before an event its active verb may stand ("X hosted the first joint
/// ministerial meeting").
const ACTIVE_REACH: usize = 6;
/// How far before an event a verb of inviting may stand ("invites families, friends and
/// neighbours to its spring fair").
const INVITE_REACH: usize = 14;
/// How far after an event a participle may stand ("a forum the Trust organised").
const PARTICIPLE_REACH: usize = 5;
/// How far after an event "together with" or "in partnership with" may stand.
const PARTNER_REACH: usize = 12;
/// The most words a group of participants without a name may have ("heads of the water
/// agencies of the region gathered for …").
const MAX_GROUP_WORDS: usize = 10;

/// Reads the agents of the verbs around mention `me` of frame `f`, within `win`.
pub(super) fn read(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    f: &mut Frame,
    me: &Range<usize>,
    win: &Range<usize>,
    others: &Others,
) {
    if f.kind == EventKind::Briefing {
        speaker_at(ctx, reader, f, me, win, others);
    }
    for i in win.clone() {
        if me.contains(&i) || others.covers(i) {
            continue;
        }
        let tag = reader.tag(i);
        let verb = tag.verb;
        let next = reader.tag(i + 1).prep;
        let next_by = next == Some(Prep::By);
        let agent_after = |from: usize| -> Vec<String> {
            let end = clause_end(ctx, reader, from, win.end, others);
            reader.within(&(from..end))
        };
        let after = i >= me.end && i - me.end <= PASSIVE_REACH;
        if after {
            passive(reader, f, verb, i, next, &agent_after);
        }
        // "Co-chaired by X and Y, the discussion featured …": a chair anywhere in the
        // sentence belongs to the event mentioned nearest to it.
        if verb == Some(VerbSlot::Chair) && next_by && !after {
            let distance = |m: &Range<usize>| {
                if m.start > i {
                    m.start - i
                } else {
                    i.saturating_sub(m.end)
                }
            };
            let mine = distance(me);
            if others.ranges.iter().all(|o| distance(o) >= mine) {
                let people = agent_after(i + 2)
                    .into_iter()
                    .filter(|n| reader.is_person(n))
                    .collect();
                extend(&mut f.chairs, people);
            }
        }
        if next == Some(Prep::With) {
            let partner = match tag.partner {
                // "The Trust, together with X, will host the fair": before the event, only
                // with a verb of holding it.
                Some(PartnerCue::Adverb) => {
                    i >= me.end && i - me.end <= PARTNER_REACH
                        || i < me.start
                            && (i + 2..me.start).any(|j| {
                                matches!(
                                    reader.tag(j).verb,
                                    Some(VerbSlot::Organiser | VerbSlot::Host | VerbSlot::CoHost)
                                )
                            })
                }
                Some(PartnerCue::Verb) => i < me.start,
                Some(PartnerCue::Noun) => {
                    reader.tag(i.saturating_sub(1)).prep == Some(Prep::In)
                        && (i >= me.end && i - me.end <= PARTNER_REACH || i < me.start)
                }
                None => false,
            };
            if partner && i < me.start {
                // Before the event, the partners end with their phrase: at its comma ("In
                // partnership with X, Y will host the forum" makes Y no partner), unless
                // the comma is a list's ("teamed with X, Y, and Z to host").
                let end = clause_end(ctx, reader, i + 2, me.start, others);
                let comma = (i + 2..end).find(|&j| is_char(ctx, j, ','));
                let list = comma.is_some_and(|c| (c..end).any(|j| reader.tag(j).conjunction));
                let end = if list { end } else { comma.unwrap_or(end) };
                extend(&mut f.co_organisers, reader.within(&(i + 2..end)));
            } else if partner {
                extend(&mut f.co_organisers, agent_after(i + 2));
            }
        }
        // "with the support of X", "with support from Y": the backers co-organise it.
        if tag.prep == Some(Prep::With) {
            if let Some(from) = backers(ctx, reader, i) {
                if i >= me.end && i - me.end <= PARTNER_REACH {
                    extend(&mut f.co_organisers, agent_after(from));
                } else if i < me.start && fronted_phrase(ctx, win, i) {
                    // "With support from X, the Trust will host the fair": the phrase ends
                    // at its comma.
                    let end = clause_end(ctx, reader, from, me.start, others);
                    let comma = (from..end).find(|&j| is_char(ctx, j, ','));
                    extend(
                        &mut f.co_organisers,
                        reader.within(&(from..comma.unwrap_or(end))),
                    );
                }
            }
        }
        // "a workshop by the Harbour Trust": by X, right after the event, is its organiser.
        if i == me.end && tag.prep == Some(Prep::By) {
            extend(&mut f.organisers, agent_after(i + 1));
        }
        // "a forum the Trust organised during the fair": the organiser after the event.
        let organises = matches!(
            verb,
            Some(VerbSlot::Organiser | VerbSlot::Host | VerbSlot::CoHost)
        );
        if i > me.end && i - me.end <= PARTICIPLE_REACH && organises && !next_by {
            let between = me.end..i;
            let names_between = reader.subject_of(ctx, &between);
            let bare = between.clone().all(|j| {
                ctx.tok(j).is_some_and(|t| t.kind != Kind::Punct) || reader.found.covers(j)
            });
            if !names_between.is_empty() && bare {
                extend(&mut f.organisers, names_between);
            }
        }
        if i < me.start && next_by {
            fronted(ctx, reader, f, verb, i, me, win, others);
        }
        if i < me.start && me.start - i <= ACTIVE_REACH {
            if let Some(slot) = vocab::agent_noun(ctx.word(i)) {
                part_played(ctx, reader, f, slot, i, me, win, others);
            }
        }
        // "X are co-hosts of the forum": a noun of the part played, not the verb.
        let noun_of = vocab::agent_noun(ctx.word(i)).is_some()
            && matches!(reader.tag(i + 1).prep, Some(Prep::Of | Prep::For));
        if i < me.start
            && me.start - i <= ACTIVE_REACH
            && !noun_of
            && object_of(ctx, reader, i, me, others)
        {
            active(ctx, reader, f, verb, i, win);
        }
        // "The Trust will host ministers and mayors at the summit": who hosts guests at an
        // event holds it.
        if verb == Some(VerbSlot::Host)
            && i < me.start
            && me.start - i <= INVITE_REACH
            && hosts_at(ctx, reader, i, me, others)
        {
            let start = clause_start(ctx, win.start, i);
            extend(&mut f.organisers, reader.subject_of(ctx, &(start..i)));
        }
        // "The Trust invites families to its spring fair": who invites to an event holds it.
        if verb == Some(VerbSlot::Inviter)
            && i < me.start
            && me.start - i <= INVITE_REACH
            && invited_to(ctx, reader, i, me, others)
        {
            let start = clause_start(ctx, win.start, i);
            extend(&mut f.organisers, reader.subject_of(ctx, &(start..i)));
        }
    }
}

/// A participle that opens the sentence, its agent closed by a comma, and the event the
/// subject right after: "Organised by the Harbour Trust, the spring fair …", "Co-hosted by
/// X and Y, the forum …", "Organised by X, Y and Z, the summit …". Only determiners and modifiers (or emphasis marks) stand
/// between the comma and the event; any other word makes the event another phrase's
/// ("Hosted by X, the gala raised funds for the summit" says nothing of the summit).
#[allow(clippy::too_many_arguments)]
fn fronted(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    f: &mut Frame,
    verb: Option<VerbSlot>,
    i: usize,
    me: &Range<usize>,
    win: &Range<usize>,
    others: &Others,
) {
    // The participle opens the sentence, or follows its dateline opener ("LAKEPORT, 3
    // March 2025 – Organised by X, the fair …").
    let opens = (win.start..i).all(|j| ctx.tok(j).is_some_and(|t| t.kind != Kind::Word))
        || i.checked_sub(1)
            .is_some_and(|d| is_char(ctx, d, '–') || is_char(ctx, d, '—'));
    // The last comma before the event closes the agents, a list's commas inside them
    // ("by X, Y and Z, the forum").
    let Some(comma) = (i + 2..me.start).rfind(|&j| is_char(ctx, j, ',')) else {
        return;
    };
    let subject_next = (comma + 1..me.start).all(|j| {
        let tag = reader.tag(j);
        ctx.tok(j).is_some_and(|t| t.kind != Kind::Word) || tag.determiner.is_some() || tag.modifier
    });
    let clean = (i + 2..comma).all(|j| {
        !(is_char(ctx, j, ';') || is_char(ctx, j, '.') || is_char(ctx, j, ':') || others.covers(j))
    });
    if !opens || !subject_next || !clean {
        return;
    }
    let end = comma;
    let agents = reader.within(&(i + 2..end));
    match verb {
        Some(VerbSlot::Organiser | VerbSlot::Host) => extend(&mut f.organisers, agents),
        Some(VerbSlot::CoOrganiser | VerbSlot::CoHost) => extend(&mut f.co_organisers, agents),
        _ => {}
    }
}

/// "The Trust is the organiser of the fair", "X and Y, co-hosts of the summit,": a noun of
/// the part played (`event_agent_noun`) at `i`, then "of" or "for" and the event with only
/// determiners and modifiers before it; the agents are the clause's subject, with only a
/// form of "be", a comma, determiners and modifiers between them and the noun ("is the
/// lead organiser of"). Known non-cases: "X thanked the organisers of the fair" (a verb
/// between: X is no organiser); "the organisers of the fair said" (no subject before).
#[allow(clippy::too_many_arguments)]
fn part_played(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    f: &mut Frame,
    slot: VerbSlot,
    i: usize,
    me: &Range<usize>,
    win: &Range<usize>,
    others: &Others,
) {
    let plain = |j: usize| {
        let tag = reader.tag(j);
        tag.determiner.is_some()
            || tag.modifier
            || ctx.is_word(j, "its")
            || ctx.is_word(j, "their")
            || vocab::is(Class::EventAgentModifier, ctx.word(j))
    };
    let of = matches!(reader.tag(i + 1).prep, Some(Prep::Of | Prep::For));
    if !of || !(i + 2..me.start).all(|j| plain(j) && !others.covers(j)) {
        return;
    }
    let start = clause_start(ctx, win.start, i);
    let names = reader.positions(&(start..i));
    let Some(&(_, _, end)) = names.last() else {
        return;
    };
    let linked = (end..i).all(|j| {
        plain(j)
            || is_char(ctx, j, ',')
            || vocab::is(Class::EventAuxiliary, ctx.word(j))
            || vocab::is(Class::EventPassiveAuxiliary, ctx.word(j))
    });
    if !linked {
        return;
    }
    // The names coordinated with the last one ("X, Y and Z, the co-hosts of …").
    let mut first = names.len() - 1;
    for pair in names.windows(2).rev() {
        let gap = pair[0].2..pair[1].0;
        let coordinated = !gap.is_empty()
            && gap.clone().all(|j| {
                is_char(ctx, j, ',')
                    || reader.tag(j).conjunction
                    || reader.tag(j).determiner.is_some()
            });
        if !coordinated {
            break;
        }
        first -= 1;
    }
    let agents: Vec<String> = names[first..].iter().map(|(_, n, _)| n.clone()).collect();
    match slot {
        VerbSlot::Organiser | VerbSlot::Host => extend(&mut f.organisers, agents),
        VerbSlot::CoOrganiser | VerbSlot::CoHost => extend(&mut f.co_organisers, agents),
        _ => {}
    }
}

/// Whether the event `me` is where the verb of inviting at `i` invites to: "invites
/// families and friends to its spring fair", "welcomed visitors to the annual gala". The
/// guests run to a "to" with only determiners and modifiers after it; a passive ("was
/// invited to the summit": the subject is a guest) or a clause break between makes the
/// event another's.
fn invited_to(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    i: usize,
    me: &Range<usize>,
    others: &Others,
) -> bool {
    // "was invited", not "is inviting".
    let passive = ctx.word(i).ends_with("ed")
        && i.checked_sub(1)
            .is_some_and(|p| vocab::is(Class::EventPassiveAuxiliary, ctx.word(p)));
    let Some(to) = (i + 1..me.start).rfind(|&j| reader.tag(j).prep == Some(Prep::To)) else {
        return false;
    };
    let guests_clean = (i + 1..to).all(|j| {
        !(is_char(ctx, j, ';') || is_char(ctx, j, '.') || is_char(ctx, j, ':') || others.covers(j))
            && reader.tag(j).verb.is_none()
    });
    let bare_object = (to + 1..me.start).all(|j| {
        let tag = reader.tag(j);
        ctx.tok(j).is_some_and(|t| t.kind == Kind::Word)
            && tag.prep.is_none()
            && !tag.conjunction
            && !others.covers(j)
    });
    !passive && guests_clean && bare_object
}

/// "The mayor announced the plan at a news conference", "“We are ready,” Ana Ruiz said at
/// a press briefing": who speaks at a briefing with no owner named holds it. The briefing
/// is the object of "at" with only determiners and modifiers before it, and the speaker
/// is the subject of the clause (after a closing quote, when the clause quotes first).
/// Known non-cases: "at the Ministry's press conference" (the owner holds it); "Ana Ruiz
/// attended a press conference" (no "at": a participant); a clause with another event.
fn speaker_at(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    f: &mut Frame,
    me: &Range<usize>,
    win: &Range<usize>,
    others: &Others,
) {
    let mut j = me.start;
    while j > win.start {
        let tag = reader.tag(j - 1);
        if tag.determiner.is_some() || tag.modifier {
            j -= 1;
        } else {
            break;
        }
    }
    let Some(at) = j.checked_sub(1) else {
        return;
    };
    if at < win.start || reader.tag(at).prep != Some(Prep::At) {
        return;
    }
    let mut start = clause_start(ctx, win.start, at);
    if let Some(q) = (start..at).rfind(|&k| is_quote(ctx, k, false)) {
        start = q + 1;
    }
    let clean = (start..at).all(|k| {
        !others.covers(k)
            && reader.tag(k).verb != Some(VerbSlot::Participant)
            && !vocab::is(Class::EventPassiveAuxiliary, ctx.word(k))
    });
    if clean {
        extend(&mut f.organisers, reader.subject_of(ctx, &(start..at)));
    }
}

/// Where the backers start after "with" at `i` in "with (the) support of/from X": the
/// token after "of" or "from".
fn backers(ctx: &Ctx<'_>, reader: &Reader<'_>, i: usize) -> Option<usize> {
    let mut n = i + 1;
    if reader.tag(n).determiner.is_some() {
        n += 1;
    }
    let of = ctx.is_word(n + 1, "of") || ctx.is_word(n + 1, "from");
    (vocab::is(Class::EventSupportNoun, &ctx.word(n).to_lowercase()) && of).then_some(n + 2)
}

/// Whether the phrase at `i` opens its clause: only non-words before it in the window.
fn fronted_phrase(ctx: &Ctx<'_>, win: &Range<usize>, i: usize) -> bool {
    (win.start..i).all(|j| ctx.tok(j).is_some_and(|t| t.kind != Kind::Word))
}

/// Whether the event `me` is where the verb of hosting at `i` receives its guests: "will
/// host ministers, mayors and engineers at the regional summit". The guests run to an "at"
/// with only determiners and modifiers after it, and name no other event; a passive ("was
/// hosted at the summit") or a participle after a noun ("a dinner hosted at the summit":
/// another event) is no host of the event.
fn hosts_at(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    i: usize,
    me: &Range<usize>,
    others: &Others,
) -> bool {
    let passive = i
        .checked_sub(1)
        .is_some_and(|p| vocab::is(Class::EventPassiveAuxiliary, ctx.word(p)));
    let Some(at) = (i + 1..me.start).rfind(|&j| reader.tag(j).prep == Some(Prep::At)) else {
        return false;
    };
    let guests = i + 1..at;
    let guests_clean = !guests.is_empty()
        && guests.clone().all(|j| {
            !(is_char(ctx, j, ';')
                || is_char(ctx, j, '.')
                || is_char(ctx, j, ':')
                || others.covers(j)
                || reader.tag(j).verb.is_some())
        });
    !passive && guests_clean && bare_phrase(ctx, reader, at + 1, me.start, others)
}

/// Whether `from..to` holds only the determiners and modifiers of a phrase ("the annual",
/// "its third"): no preposition, conjunction, punctuation or other event.
fn bare_phrase(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    from: usize,
    to: usize,
    others: &Others,
) -> bool {
    (from..to).all(|j| {
        let tag = reader.tag(j);
        ctx.tok(j).is_some_and(|t| t.kind == Kind::Word)
            && tag.prep.is_none()
            && !tag.conjunction
            && tag.verb.is_none()
            && !others.covers(j)
    })
}

/// "the forum was organised by X", "a session hosted by Y", "a panel chaired by Z".
fn passive(
    reader: &Reader<'_>,
    f: &mut Frame,
    verb: Option<VerbSlot>,
    i: usize,
    next: Option<Prep>,
    agent_after: &dyn Fn(usize) -> Vec<String>,
) {
    let by = next == Some(Prep::By);
    match verb {
        // A session or panel "hosted by" a person is chaired by them.
        Some(VerbSlot::Host)
            if by
                && matches!(
                    f.kind,
                    EventKind::Session | EventKind::Meeting | EventKind::Workshop
                ) =>
        {
            let (people, bodies): (Vec<String>, Vec<String>) = agent_after(i + 2)
                .into_iter()
                .partition(|n| reader.is_person(n));
            extend(&mut f.chairs, people);
            extend(&mut f.organisers, bodies);
        }
        Some(VerbSlot::Organiser | VerbSlot::Host) if by => {
            extend(&mut f.organisers, agent_after(i + 2));
        }
        Some(VerbSlot::CoOrganiser | VerbSlot::CoHost) if by || next == Some(Prep::With) => {
            extend(&mut f.co_organisers, agent_after(i + 2));
        }
        Some(VerbSlot::Chair) if by || next == Some(Prep::Over) => {
            // "presided over X": one word more before the agent.
            let from = if by { i + 2 } else { i + 3 };
            let people = agent_after(from)
                .into_iter()
                .filter(|n| reader.is_person(n))
                .collect();
            extend(&mut f.chairs, people);
        }
        Some(VerbSlot::Participant) if by => {
            extend(&mut f.participants, agent_after(i + 2));
        }
        _ => {}
    }
}

/// Whether the event `me` is the object of the verb at `i`: nothing but determiners and
/// modifiers between them (no comma, conjunction or preposition other than "of", and no
/// other event: "X chaired the first session of the summit" is about the session), and
/// the event does not own what follows it ("X chaired the forum's panel").
fn object_of(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    i: usize,
    me: &Range<usize>,
    others: &Others,
) -> bool {
    ctx.tok(me.end).is_none_or(|t| t.kind != Kind::Possessive)
        && !(i + 1..me.start).any(|j| {
            let tag = reader.tag(j);
            (others.covers(j) && !owner_of_next(ctx, j, others))
                || is_char(ctx, j, ',')
                || is_char(ctx, j, ';')
                || is_char(ctx, j, '.')
                || tag.conjunction
                || tag.prep.is_some_and(|p| p != Prep::Of)
        })
}

/// Whether the other event's mention at `j` owns what follows it ("chaired the
/// summit's first session": the summit is not the verb's object, the session is).
fn owner_of_next(ctx: &Ctx<'_>, j: usize, others: &Others) -> bool {
    let mut k = j;
    while others.covers(k) {
        k += 1;
    }
    ctx.tok(k).is_some_and(|t| t.kind == Kind::Possessive)
}

/// "X hosted the annual gala", "Y chaired the first session", "Z gathered for a summit".
fn active(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    f: &mut Frame,
    verb: Option<VerbSlot>,
    i: usize,
    win: &Range<usize>,
) {
    let subject = || {
        let start = clause_start(ctx, win.start, i);
        reader.subject_of(ctx, &(start..i))
    };
    match verb {
        Some(VerbSlot::Chair) => {
            let people = subject()
                .into_iter()
                .filter(|n| reader.is_person(n))
                .collect();
            extend(&mut f.chairs, people);
        }
        Some(VerbSlot::Organiser | VerbSlot::Host) => extend(&mut f.organisers, subject()),
        // "X co-hosted the summit" makes X a co-organiser only when another organiser is
        // named; a release's own office co-hosting is its host.
        Some(VerbSlot::CoHost) if !f.organisers.is_empty() => {
            extend(&mut f.co_organisers, subject())
        }
        Some(VerbSlot::CoHost) => extend(&mut f.organisers, subject()),
        Some(VerbSlot::CoOrganiser) => extend(&mut f.co_organisers, subject()),
        Some(VerbSlot::Participant) => extend(&mut f.participants, subject()),
        Some(VerbSlot::Gathering)
            if matches!(reader.tag(i + 1).prep, Some(Prep::For | Prep::At)) =>
        {
            let start = clause_start(ctx, win.start, i);
            let group = normalise(ctx.slice(&(start..i)));
            let named = reader.within(&(start..i));
            if named.is_empty()
                && !group.is_empty()
                && group.split_whitespace().count() <= MAX_GROUP_WORDS
            {
                let group = group
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .to_owned();
                extend(&mut f.participants, vec![group]);
            } else {
                extend(&mut f.participants, named);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn a_fronted_participle_names_the_subjects_agents() {
        let table: &[(&str, &[&str])] = &[
            (
                "Organised by the Harbour Trust, the spring fair opens on 5 April 2025.",
                &["spring fair [conference] when=2025-04-05 org=Harbour Trust"],
            ),
            (
                "Hosted by the Northwind Foundation, the annual gala raised funds for schools.",
                &["annual gala [other] org=Northwind Foundation"],
            ),
            (
                "Co-organised by the Harbour Trust and the Northwind Foundation, the regional forum opened in Porto.",
                &["regional forum [conference] where=Porto co=Harbour Trust,Northwind Foundation"],
            ),
            (
                "Co-hosted by Vantor Systems and the Ministry of Water, the technical workshop drew engineers.",
                &["technical workshop [workshop] co=Vantor Systems,Ministry of Water"],
            ),
            (
                "Organized by the Coastal Arts Council, the annual summit runs for two days.",
                &["annual summit [conference] org=Coastal Arts Council"],
            ),
            (
                "Convened by the Ministry of Water, the regional conference closed on 2 March 2025.",
                &["regional conference [conference] when=2025-03-02 org=Ministry of Water"],
            ),
            // A sponsor pays for the event another holds: a co-organiser at most.
            (
                "Sponsored by Vantor Systems, the technical workshop is free.",
                &["technical workshop [workshop] co=Vantor Systems"],
            ),
            (
                "Co-organized by the Harbour Trust, the Northwind Foundation and Vantor Systems, the regional forum ended.",
                &["regional forum [conference] co=Harbour Trust,Northwind Foundation,Vantor Systems"],
            ),
            // The subject after the comma is no event: the event later in the clause is
            // not the participle's.
            (
                "Hosted by the Northwind Foundation, volunteers prepared the annual gala.",
                &["annual gala [other]"],
            ),
            // A participle inside the sentence is no fronted phrase.
            (
                "Volunteers, hosted by the Northwind Foundation, met before the annual gala.",
                &["annual gala [other]"],
            ),
            // After a dateline opener, the participle still opens the clause.
            (
                "LAKEPORT, March 3, 2025 – Organised by the Harbour Trust, the spring fair opens on 5 April 2025.",
                &["spring fair [conference] when=2025-04-05 org=Harbour Trust"],
            ),
            (
                "PORTO — Co-hosted by Vantor Systems and the Ministry of Water, the technical workshop drew engineers.",
                &["technical workshop [workshop] co=Vantor Systems,Ministry of Water"],
            ),
            (
                "PORTO — Hosted by the Northwind Foundation, volunteers prepared the annual gala.",
                &["annual gala [other]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn passive_agents() {
        let table: &[(&str, &[&str])] = &[
            // A sponsor pays for the event another holds: a co-organiser at most.
            (
                "The annual gala on 9 June 2025 was sponsored by Vantor Systems.",
                &["annual gala [other] when=2025-06-09 co=Vantor Systems"],
            ),
            (
                "The Harbour Trust hosted the annual gala, sponsored by Vantor Systems and the Northwind Foundation.",
                &["annual gala [other] org=Harbour Trust co=Vantor Systems,Northwind Foundation"],
            ),
            (
                "The regional conference was organised by the Ministry of Water.",
                &["regional conference [conference] org=Ministry of Water"],
            ),
            (
                "The technical workshop was co-organized by the Northwind Foundation.",
                &["technical workshop [workshop] co=Northwind Foundation"],
            ),
            (
                "The closing session was chaired by Ana Ruiz.",
                &["closing session [session] chairs=Ana Ruiz"],
            ),
            // A body chairs nothing.
            (
                "The closing session was chaired by the Ministry of Water.",
                &["closing session [session]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn active_agents() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Northwind Foundation hosted the annual gala on 1 March 2025.",
                &["annual gala [other] when=2025-03-01 org=Northwind Foundation"],
            ),
            (
                "Ana Ruiz chaired the first session.",
                &["first session [session] chairs=Ana Ruiz"],
            ),
            // The session is the object, not the summit that owns it.
            (
                "The Harbour Cities Summit opened on 3 March 2025. Ana Ruiz, Director of the Ocean Science Institute, chaired the summit’s first session.",
                &[
                    "Harbour Cities Summit [conference] when=2025-03-03",
                    "first session [session] when=2025-03-03 chairs=Ana Ruiz parent=Harbour Cities Summit",
                ],
            ),
            // Across a preposition other than "at" the verb has another object.
            (
                "The Northwind Foundation hosted delegates during the annual gala.",
                &["annual gala [other]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn who_invites_to_an_event_holds_it() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Trust invites families to its annual gala on 12 April 2025.",
                &["annual gala [other] when=2025-04-12 org=Harbour Trust"],
            ),
            (
                "The Northwind Foundation invited students, teachers and parents to the regional forum.",
                &["regional forum [conference] org=Northwind Foundation"],
            ),
            (
                "The Ministry of Water welcomed delegates to the technical workshop in Porto.",
                &["technical workshop [workshop] where=Porto org=Ministry of Water"],
            ),
            (
                "The Harbour Trust invites families and friends of the school to its annual gala.",
                &["annual gala [other] org=Harbour Trust"],
            ),
            (
                "The Harbour Trust welcomed the Ministry of Water to the regional forum.",
                &["regional forum [conference] org=Harbour Trust"],
            ),
            (
                "This spring the Ocean Science Institute is inviting the public to a technical workshop.",
                &["technical workshop [workshop] org=Ocean Science Institute"],
            ),
            // A guest is invited: the passive's subject holds nothing.
            (
                "Ana Ruiz was invited to the annual summit.",
                &["annual summit [conference]"],
            ),
            // Inviting to something else.
            (
                "Spring news\nThe Harbour Trust invites applications for grants. The annual gala is on 12 April 2025.",
                &["annual gala [other] when=2025-04-12"],
            ),
            (
                "Spring news\nAna Ruiz welcomes the outcome of the regional forum.",
                &["regional forum [conference]"],
            ),
            (
                "Spring news\nThe Harbour Trust invites artists to apply; the annual fair opens in Lakeport.",
                &["annual fair [conference] where=Lakeport"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn the_part_a_body_plays() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Trust is the organiser of the annual summit.",
                &["annual summit [conference] org=Harbour Trust"],
            ),
            (
                "The Northwind Foundation was the lead organizer of the regional forum in Porto.",
                &["regional forum [conference] where=Porto org=Northwind Foundation"],
            ),
            (
                "The Ministry of Water will be the host of the technical workshop on 9 June 2025.",
                &["technical workshop [workshop] when=2025-06-09 org=Ministry of Water"],
            ),
            (
                "Vantor Systems, the organiser of the annual gala, thanked its donors.",
                &["annual gala [other] org=Vantor Systems"],
            ),
            (
                "The Harbour Trust and the Northwind Foundation are co-hosts of the regional forum.",
                &["regional forum [conference] co=Harbour Trust,Northwind Foundation"],
            ),
            (
                "Vantor Systems, the Ocean Science Institute and the Harbour Trust, the co-organisers of the annual summit, met in Porto.",
                &["annual summit [conference] where=Porto co=Vantor Systems,Ocean Science Institute,Harbour Trust"],
            ),
            (
                "The Coastal Arts Council is a co-sponsor of the annual fair.",
                &["annual fair [conference] co=Coastal Arts Council"],
            ),
            (
                "The Ministry of Water, convener of the regional conference, opened the doors.",
                &["regional conference [conference] org=Ministry of Water"],
            ),
            // Not the subject's part: a verb stands between.
            (
                "The Harbour Trust thanked the organisers of the annual summit.",
                &["annual summit [conference]"],
            ),
            // No one before the noun.
            (
                "The organisers of the annual summit expect large crowds.",
                &["annual summit [conference]"],
            ),
            // The noun is another thing's part: the event is not right after it.
            (
                "The Harbour Trust is the host of a podcast about the annual summit.",
                &["annual summit [conference]"],
            ),
            // A name earlier in the sentence is no agent of the predicate.
            (
                "Ana Ruiz said the Northwind Foundation is the organiser of the annual fair.",
                &["annual fair [conference] org=Northwind Foundation"],
            ),
        ];
        let bad: Vec<String> = table
            .iter()
            .filter(|(page, want)| events(page, PUB) != *want)
            .map(|(page, want)| format!("{page}\n  got {:?}\n want {want:?}", events(page, PUB)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn who_hosts_guests_at_an_event_holds_it() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Northwind Foundation will host ministers, mayors and engineers at the regional summit on 9 June 2025.",
                &["regional summit [conference] when=2025-06-09 org=Northwind Foundation"],
            ),
            (
                "Ana Ruiz hosted families from the coast at the annual gala.",
                &["annual gala [other] org=Ana Ruiz"],
            ),
            (
                "The Ministry of Water will host delegates from ten countries at the technical workshop on 5 March 2025.",
                &["technical workshop [workshop] when=2025-03-05 org=Ministry of Water"],
            ),
            (
                "The Northwind Foundation hosted delegates at the annual gala.",
                &["annual gala [other] org=Northwind Foundation"],
            ),
            // A guest is hosted: the passive's subject holds nothing.
            (
                "Ana Ruiz was hosted at the annual summit.",
                &["annual summit [conference]"],
            ),
            // Not "at" the event: the guests are received elsewhere.
            (
                "The Northwind Foundation hosted delegates after the annual gala.",
                &["annual gala [other]"],
            ),
        ];
        let bad: Vec<String> = table
            .iter()
            .filter(|(page, want)| events(page, PUB) != *want)
            .map(|(page, want)| format!("{page}\n  got {:?}\n want {want:?}", events(page, PUB)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn who_speaks_at_a_briefing_holds_it() {
        let table: &[(&str, &[&str])] = &[
            (
                "Ana Ruiz announced the new ferry route at a press conference on 4 March 2025.",
                &["press conference [briefing] when=2025-03-04 org=Ana Ruiz"],
            ),
            (
                "“We are ready for the storm season,” Tom Berg said at a press briefing in Porto.",
                &["press briefing [briefing] where=Porto org=Tom Berg"],
            ),
            (
                "The Ministry of Water presented its report at a news conference.",
                &["news conference [briefing] org=Ministry of Water"],
            ),
            // No one named speaks.
            (
                "Reporters asked many questions at the press conference.",
                &["press conference [briefing]"],
            ),
            // The owner of the briefing holds it, not a speaker at it.
            (
                "Tom Berg spoke at the Ministry of Water’s press conference.",
                &["press conference [briefing] org=Ministry of Water"],
            ),
        ];
        let bad: Vec<String> = table
            .iter()
            .filter(|(page, want)| events(page, PUB) != *want)
            .map(|(page, want)| format!("{page}\n  got {:?}\n want {want:?}", events(page, PUB)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn joint_holders_are_co_organisers() {
        let table: &[(&str, &[&str])] = &[
            // Holding an event jointly is organising it: "co-" or a partner cue makes a
            // co-organiser, "jointly" does not.
            (
                "The regional forum was jointly organised by the Harbour Trust and the Northwind Foundation.",
                &["regional forum [conference] org=Harbour Trust,Northwind Foundation"],
            ),
            (
                "The Harbour Trust, together with the Northwind Foundation, will host the annual gala.",
                &["annual gala [other] org=Harbour Trust co=Northwind Foundation"],
            ),
            (
                "The technical workshop is co-presented by Vantor Systems.",
                &["technical workshop [workshop] co=Vantor Systems"],
            ),
            // Praising together is not holding together.
            (
                "Ana Ruiz, together with the Northwind Foundation, praised the annual gala.",
                &["annual gala [other]"],
            ),
        ];
        let bad: Vec<String> = table
            .iter()
            .filter(|(page, want)| events(page, PUB) != *want)
            .map(|(page, want)| format!("{page}\n  got {:?}\n want {want:?}", events(page, PUB)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn backers_are_co_organisers() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Harbour Trust will hold the annual fair with the support of the Northwind Foundation.",
                &["annual fair [conference] org=Harbour Trust co=Northwind Foundation"],
            ),
            (
                "The regional forum opens on 9 June 2025 with support from Vantor Systems and the Ocean Science Institute.",
                &["regional forum [conference] when=2025-06-09 co=Vantor Systems,Ocean Science Institute"],
            ),
            (
                "With the support of the Coastal Arts Council, the Harbour Trust will host the annual gala.",
                &["annual gala [other] org=Harbour Trust co=Coastal Arts Council"],
            ),
            // Support for something else, far from the event or inside the clause.
            (
                "The Harbour Trust, which grew with the support of the Northwind Foundation over many years of quiet work, will host the annual gala.",
                &["annual gala [other] org=Harbour Trust"],
            ),
        ];
        let bad: Vec<String> = table
            .iter()
            .filter(|(page, want)| events(page, PUB) != *want)
            .map(|(page, want)| format!("{page}\n  got {:?}\n want {want:?}", events(page, PUB)))
            .collect();
        assert!(bad.is_empty(), "{}", bad.join("\n"));
    }

    #[test]
    fn partners() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Ministry of Water held a technical workshop together with the Northwind Foundation.",
                &["technical workshop [workshop] org=Ministry of Water co=Northwind Foundation"],
            ),
            (
                "In partnership with the Northwind Foundation, the Ministry of Water will host a regional conference.",
                &["regional conference [conference] org=Ministry of Water co=Northwind Foundation"],
            ),
            // A list of partners before the event keeps all its items.
            (
                "The Harbour Chamber of Commerce teamed with the Northwind Foundation, the Ocean Science Institute, and the Lakeport Sailing Association to host a technical workshop.",
                &["technical workshop [workshop] org=Harbour Chamber of Commerce co=Northwind Foundation,Ocean Science Institute,Lakeport Sailing Association"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
