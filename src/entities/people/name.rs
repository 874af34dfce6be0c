//! The words of a person's name: which capitalised words may be name words, where a
//! name starts and ends, and when a run of them is plausibly a person by the name lists.

use std::ops::Range;

use super::is_country_hit;
use crate::entities::gazetteer::GAZETTEER;
use crate::entities::names::NAMES;
use crate::entities::organisations::{legal_form_after_comma, pattern_kind};
use crate::entities::tokens::{is_connector, Kind};
use crate::entities::{words, Ctx, Found};
use crate::lexicon::{self, Class};

/// The end of a run of capitalised words (with inner connectors) starting at `i`.
pub(super) fn cap_run(ctx: &Ctx<'_>, i: usize, max: usize) -> usize {
    let mut e = i;
    while e < i + max
        && (ctx.is_cap(e)
            || (is_connector(ctx.word(e)) && ctx.is_cap(e + 1))
            || (ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) && ctx.is_cap(e + 1))
            || (ctx.is_punct(e, "&") && ctx.is_cap(e + 1))
            || legal_form_after_comma(ctx, e))
    {
        e += 1;
    }
    e
}

/// The end of a run of capitalised words starting at `i`, without the prepositions that
/// join a portfolio to an employer ("Sales" in "of Sales for Vantor").
pub(super) fn cap_run_no_prep(ctx: &Ctx<'_>, i: usize, max: usize) -> usize {
    let mut e = i;
    while e < i + max
        // A title ends the run: "for NRA Director Jane Roe".
        && !(e > i && ctx.is_cap(e) && GAZETTEER.title(ctx.word(e)).is_some())
        && (ctx.is_cap(e)
            || ((ctx.is_word(e, "and") || ctx.is_punct(e, "&")) && ctx.is_cap(e + 1))
            || (ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) && ctx.is_cap(e + 1))
            || legal_form_after_comma(ctx, e))
    {
        e += 1;
    }
    // "of Collections and Chief Curator": an "and" before a title is no part of the run.
    while e > i && (ctx.is_word(e - 1, "and") || ctx.is_punct(e - 1, "&")) {
        e -= 1;
    }
    e
}

/// Whether a person's name starts at token `e`: two name words that the name lists make
/// plausible ("Tom Berg"; not "Grace Foundation", whose second word heads organisations).
pub(super) fn starts_person(ctx: &Ctx<'_>, e: usize) -> bool {
    name_word(ctx, e) && name_word(ctx, e + 1) && ctx.plausible_person(&(e..e + 2))
}

/// Whether a word can be part of a person's name: capitalised, in a block not written in
/// capitals, and none of the words that open sentences, honorifics, numbers, gazetteer
/// names, titles or unambiguous organisation heads.
pub(super) fn name_word(ctx: &Ctx<'_>, i: usize) -> bool {
    let all = ctx.name_words.get_or_init(|| {
        (0..ctx.tokens.len())
            .map(|k| is_name_word(ctx, k))
            .collect()
    });
    all.get(i).copied().unwrap_or(false)
}

/// [`name_word`], read from the token.
fn is_name_word(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.tok(i) else { return false };
    if t.kind != Kind::Word || !(t.cap || t.upper) || ctx.loud.get(i).copied().unwrap_or(false) {
        return false;
    }
    let w = ctx.word(i);
    // "Rosa May", "Tom April": a month is a family name after a given name, unless a
    // number follows ("Rosa May 5" is no one's name).
    let month_surname = words::is_calendar_word(w)
        && i > 0
        && ctx
            .tok(i - 1)
            .is_some_and(|p| p.cap && p.kind == Kind::Word)
        && NAMES.given(ctx.word(i - 1)).is_some()
        && !ctx
            .tok(i + 1)
            .is_some_and(|n| n.text(ctx.text).starts_with(|c: char| c.is_ascii_digit()));
    if (words::is_stop_capital(w) && !month_surname) || words::is_honorific(w) || is_post_nominal(w)
    {
        return false;
    }
    if w.chars().any(|c| c.is_ascii_digit()) || w.chars().filter(|c| c.is_alphabetic()).count() == 0
    {
        return false;
    }
    if ctx.hit_of.get(i).is_some() {
        return false;
    }
    if GAZETTEER.org_word(w).is_some_and(|o| !o.ambiguous) || GAZETTEER.title(w).is_some() {
        return false;
    }
    true
}

/// Letters after a name for a degree or an honour ("PhD", "OBE"): no part of the name.
pub(super) fn is_post_nominal(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase) && lexicon::contains(Class::PostNominal, w)
}

/// Name particles that sit between name words: `Ursula von der Leyen`, `Ahmad bin Ali`.
fn is_particle(w: &str) -> bool {
    !w.starts_with(char::is_uppercase) && lexicon::contains(Class::NameParticle, w)
}

/// The tokens of a name starting at `i` (after any honorifics): one to four name words,
/// with initials and particles between them ("Ana de la Cruz", "Ursula van der Berg"). A run that reads as an organisation's name
/// by its head ("Roe Logistics") is no name.
pub(super) fn match_name(ctx: &Ctx<'_>, i: usize, found: &Found) -> Option<Range<usize>> {
    let mut j = i;
    while words::is_honorific(ctx.word(j)) && ctx.is_cap(j) {
        j += 1;
    }
    let start = j;
    let mut end = j;
    let mut count = 0;
    while count < 4 {
        if found.covers(end) {
            break;
        }
        if name_word(ctx, end) {
            end += 1;
            count += 1;
        } else if end > start && is_particle(ctx.word(end)) {
            // "van der", "de la": particles, then a name word.
            let mut p = end;
            while p < end + 3 && is_particle(ctx.word(p)) {
                p += 1;
            }
            if !name_word(ctx, p) {
                break;
            }
            end = p;
        } else {
            break;
        }
    }
    if count == 0 {
        return None;
    }
    let r = start..end;
    if pattern_kind(ctx, &r).is_some() {
        return None;
    }
    Some(r)
}

/// Capitalised words that are a place or a thing more often than a person.
pub(super) fn looks_like_place_or_thing(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.clone()
        .any(|k| is_country_hit(ctx, k) || GAZETTEER.org_word(ctx.word(k)).is_some())
}
