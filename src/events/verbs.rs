//! Events reported by a verb: "The minister met with the mayor of Lakeport", "the delegation
//! visited the port of Northfield", "the two agencies signed a memorandum of understanding".
//!
//! A verb of the `event_action_verb` class and its object give one event, named by the
//! verb phrase as the page writes it (never a noun made up for it), with the clause's
//! subject and the object's names as participants, and for a visit the place visited. The
//! rule is strict: the clause must name a participant, a place or a date, so that "the
//! plan meets the need" or "signed the letter" alone give nothing.
//!
//! Not events: a noun ("a visit", "the meeting": the noun grammar reads those), a passive
//! ("the deal was signed by …"), a verb with a particle ("signed up", "met by"), an
//! instruction to the reader ("please visit our website"), and a meeting with no one named
//! ("met the target in 2024").

use std::ops::Range;

use crate::document::normalise;
use crate::entities::tokens::Kind;
use crate::entities::Ctx;
use crate::lexicon::Class;
use crate::model::EventKind;

use super::clauses::{clause_end, clause_start, is_char, sentence_at, Others, Reader};
use super::frame::{Frame, FrameSet, Rule};
use super::{names, places, triggers, vocab};

/// How many tokens the object of the verb may have: a longer run is the rest of the
/// sentence, not a phrase.
const OBJECT_TOKENS: usize = 10;

/// Finds the events reported by verbs, after the noun phrases have been read.
pub(super) fn find(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    dated: &[bool],
    sents: &[Range<usize>],
    set: &mut FrameSet,
) {
    for i in 0..ctx.tokens.len() {
        if ctx.tok(i).is_none_or(|t| t.kind != Kind::Word || t.cap) {
            continue;
        }
        let Some(kind) = vocab::action_verb(&ctx.word(i).to_lowercase()) else {
            continue;
        };
        if set.owner_at(i).is_some() || ctx.loud.get(i).copied().unwrap_or(false) {
            continue;
        }
        let Some(sent) = sentence_at(sents, i) else {
            continue;
        };
        let before = ctx.word(i.wrapping_sub(1)).to_lowercase();
        // "a visit", "her visit", "the signed copy": a determiner makes it a noun or an
        // adjective; "was signed by": a passive.
        let noun = i > sent.start
            && (reader.tag(i - 1).determiner.is_some()
                || ctx.tok(i - 1).is_some_and(|t| t.kind == Kind::Possessive)
                || vocab::is(Class::EventPassiveAuxiliary, &before));
        // "To learn more, visit …": a bare verb after a stop or comma is an instruction.
        let w = ctx.word(i).to_lowercase();
        let bare = !w.ends_with('s') && !w.ends_with("ed") && w != "met";
        let imperative =
            bare && (i == sent.start || ctx.tok(i - 1).is_some_and(|t| t.kind != Kind::Word));
        if noun
            || imperative
            || vocab::is(Class::EventVerbParticle, &ctx.word(i + 1).to_lowercase())
            || kind == EventKind::Visit && triggers::is_web_visit(ctx, i)
        {
            continue;
        }
        let mut o = i + 1;
        let with = ctx.is_word(o, "with");
        if with {
            o += 1;
        }
        let limit = sent.end.min(o + OBJECT_TOKENS);
        let mut end = clause_end(ctx, reader, o, limit, &Others::default());
        // A date ends the object ("met the mayor last week").
        if let Some(d) = (o..end).find(|&k| dated.get(k).copied().unwrap_or(false)) {
            end = d;
        }
        while end > o && is_char(ctx, end - 1, ',') {
            end -= 1;
        }
        // A visit's object ends with the name of its place ("the port of Lakeport", not
        // "Lakeport only once"); a meeting's with the names or post of those met.
        end = match kind {
            EventKind::Visit => name_end(ctx, o, end),
            EventKind::Meeting => {
                let names = reader.positions(&(o..end));
                match names.last() {
                    Some((_, _, e)) if is_listed(ctx, reader, o, &names) => *e,
                    _ => name_end(ctx, o, end),
                }
            }
            _ => end,
        };
        if end <= o || (o..end).any(|k| set.owner_at(k).is_some()) {
            continue;
        }
        let object = o..end;
        let named = reader.within(&object);
        let first = if ctx.is_word(o, "the") { o + 1 } else { o };
        let ok = match kind {
            // A meeting is with someone named, or with a holder of a post ("the mayor").
            EventKind::Meeting => {
                reader
                    .positions(&object)
                    .first()
                    .is_some_and(|(s, _, _)| *s <= first)
                    || with && is_post(ctx, first)
            }
            // A visit is to a named place ("Lakeport", "the port of Lakeport").
            EventKind::Visit => (o..end).any(|k| ctx.is_cap(k)),
            // A signing signs a document: a phrase with a determiner or a name.
            _ => reader.tag(o).determiner.is_some() || ctx.is_cap(o),
        };
        if !ok {
            continue;
        }
        let phrase = i..end;
        let place = if kind == EventKind::Visit {
            (o..end)
                .find(|&k| ctx.is_cap(k))
                .map(|c| normalise(ctx.slice(&(c..end))))
        } else {
            places::place_in(ctx, reader, &phrase, &sent, &Others::default())
        };
        let date = (sent.start..sent.end).any(|k| dated.get(k).copied().unwrap_or(false));
        // Strict: the clause names a participant, a place or a date. A present tense
        // without a date is a habit, not an occasion ("anyone who visits Lakeport").
        let habitual = ctx.word(i).ends_with('s') && !date;
        if habitual || named.is_empty() && place.is_none() && !date {
            continue;
        }
        let name = normalise(ctx.slice(&phrase));
        if let Some(k) = set.by_name(&name.to_lowercase()) {
            set.add_mention(k, phrase);
            continue;
        }
        let mut f = Frame::new(ctx, phrase, kind, None, Rule::Phrase, sent.clone());
        let subject = reader.subject_of(ctx, &(clause_start(ctx, sent.start, i)..i));
        f.participants.extend(subject);
        for n in named {
            if kind != EventKind::Visit && !f.participants.contains(&n) {
                f.participants.push(n);
            }
        }
        f.place = place;
        names::add(set, f);
    }
}

/// The end of the first capitalised run in `o..end`, with the "of" and "and" that join
/// its parts ("the port of Lakeport", "Lakeport and Northfield"); `o` when there is none.
fn name_end(ctx: &Ctx<'_>, o: usize, end: usize) -> usize {
    let Some(mut k) = (o..end).find(|&k| ctx.is_cap(k)) else {
        return o;
    };
    while k < end {
        let joiner = (ctx.is_word(k, "of") || ctx.is_word(k, "and") || ctx.is_word(k, "the"))
            && (k + 1..end.min(k + 3)).any(|j| ctx.is_cap(j));
        if !(ctx.is_cap(k) || joiner) {
            break;
        }
        k += 1;
    }
    k
}

/// Whether the names `names` start the object at `o` and follow each other as a list
/// ("Ann Roe, Tom Berg and Lea Holm").
fn is_listed(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    o: usize,
    names: &[(usize, String, usize)],
) -> bool {
    let first = if ctx.is_word(o, "the") { o + 1 } else { o };
    names.first().is_some_and(|(s, _, _)| *s <= first)
        && names.windows(2).all(|w| {
            (w[0].2..w[1].0)
                .all(|k| is_char(ctx, k, ',') || reader.tag(k).conjunction || ctx.is_word(k, "the"))
        })
}

/// Whether the word at `k` is a post ("the mayor", "the foreign minister"): a meeting
/// with its holder is a meeting with someone named by office.
fn is_post(ctx: &Ctx<'_>, k: usize) -> bool {
    (1..=3).any(|n| {
        let phrase = (k..k + n)
            .map(|j| ctx.word(j).to_lowercase())
            .collect::<Vec<_>>()
            .join(" ");
        crate::entities::gazetteer::GAZETTEER
            .title_head(&phrase)
            .is_some_and(|(_, at)| at == 0 || n > 1)
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn verbs_report_events() {
        let table: &[(&str, &[&str])] = &[
            (
                "On 3 March 2025 the minister met with the mayor of Lakeport.",
                &["met with the mayor of Lakeport [meeting] when=2025-03-03"],
            ),
            (
                "Ann Roe met with Tom Berg in Northfield.",
                &["met with Tom Berg [meeting] where=Northfield part=Ann Roe,Tom Berg"],
            ),
            (
                "The governor visited the port of Lakeport on 4 March 2025.",
                &["visited the port of Lakeport [visit] when=2025-03-04 where=Lakeport"],
            ),
            (
                "Last week the governor toured Riverbend.",
                &["toured Riverbend [visit] when=2025-02-24..2025-03-02 where=Riverbend"],
            ),
            (
                "The Harbour Authority and the Lakeport Port Company signed a memorandum of understanding on 2 March 2025.",
                &["signed a memorandum of understanding [signing] when=2025-03-02 part=Harbour Authority,Lakeport Port Company"],
            ),
            // The object ends with the name of the place or of those met.
            (
                "In 2024 the minister visited Lakeport only once.",
                &["visited Lakeport [visit] when=2024-01-01..2024-12-31 where=Lakeport"],
            ),
            (
                "Ann Roe met with Tom Berg and Lea Holm at length.",
                &["met with Tom Berg and Lea Holm [meeting] part=Ann Roe,Tom Berg,Lea Holm"],
            ),
            (
                "The two ministers will sign an agreement in Northfield.",
                &["sign an agreement [signing] where=Northfield"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn verbs_without_a_participant_place_or_date_give_nothing() {
        let table: &[(&str, &[&str])] = &[
            // No one named, no place, no date.
            ("The new plan meets the needs of families.", &[]),
            ("She signed the letter.", &[]),
            // A target met is no meeting, even with a date.
            ("The company met its sales target in 2024.", &[]),
            // Passives, particles, instructions and nouns are not the verb's events.
            ("The deal was signed by both sides in Lakeport.", &[]),
            ("Residents can sign up at the library in Northfield.", &[]),
            ("For details, please visit our website.", &[]),
            ("To learn more, visit Lakeport Online in 2025.", &[]),
            ("Anyone who visits Lakeport will find it changed.", &[]),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
