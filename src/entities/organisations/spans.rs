//! Where an organisation's name starts and ends inside a capitalised phrase: an owner's
//! possessive, a leading opener, a title before the name, names joined by "and".

use std::ops::Range;

use super::heads::{looks_like_acronym, named_by_head, pattern_kind};
use crate::document::normalise;
use crate::entities::gazetteer::GAZETTEER;
use crate::entities::tokens::Kind;
use crate::entities::words::{self, Prep};
use crate::entities::{Ctx, Found};
use crate::lexicon::{self, Class};

/// The possessive token after an owner that opens `r`: an organisation already found, one
/// by its head or legal form, or an acronym, with at least two words of name after it ("NRA’s Coastal Survey Unit": the
/// unit is named without its owner). Not an owner: a person or a place ("Eastvale’s Harbour
/// Board" keeps its place).
pub(super) fn owner_possessive(ctx: &Ctx<'_>, found: &Found, r: &Range<usize>) -> Option<usize> {
    let k = (r.start + 1..r.end.saturating_sub(2))
        .find(|&k| ctx.tok(k).is_some_and(|t| t.kind == Kind::Possessive))?;
    let owner = r.start..k;
    let acronym = owner.len() == 1
        && ctx.tokens.get(r.start).is_some_and(|t| t.upper)
        && looks_like_acronym(ctx.word(r.start));
    (acronym || found.org_at(&owner).is_some() || named_by_head(ctx, &owner)).then_some(k)
}

/// Drops a leading determiner or sentence opener from an organisation's tokens.
pub(crate) fn trim_org(ctx: &Ctx<'_>, mut r: Range<usize>) -> Range<usize> {
    while r.len() > 1
        && words::is_stop_capital(ctx.word(r.start))
        && !ctx.tokens.get(r.start).is_some_and(|t| t.upper)
        && !ctx.opens_known_name(r.start)
    {
        r.start += 1;
    }
    r
}

/// Whether tokens `r` are an organisation's name on their own: a patterned or gazetteer name.
pub(super) fn standalone_org(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    !r.is_empty() && (pattern_kind(ctx, r).is_some() || ctx.org_entry(r).is_some())
}

/// A capitalised phrase that joins names with "and" ("Vantor and Brightline", "the
/// Department of Fisheries and the Department for Roads") is several phrases; one name
/// with "and" inside ("Harbour and Coastal Survey Agency", "Department of Roads and
/// Bridges") is not: it splits only where each side is a name of its own, a person, or
/// "the" opens the right side, or each side is a bare head word ("Board and Council").
/// A person's name on the right splits only when it ends no organisation's name: a body
/// named after a couple ("the Ruth and Aldo Brenner Foundation", "the Mara K. and Tom
/// Ivers Fund") is one name.
pub(crate) fn split_and(ctx: &Ctx<'_>, c: &Range<usize>) -> Vec<Range<usize>> {
    let ands: Vec<usize> = c.clone().filter(|&i| ctx.word(i) == "and").collect();
    if ands.is_empty() || ctx.org_entry(c).is_some() {
        return vec![c.clone()];
    }
    let whole_is_org = pattern_kind(ctx, c).is_some();
    let mut out = Vec::new();
    let mut s = c.start;
    for &a in &ands {
        let next_and = ands.iter().copied().find(|&x| x > a).unwrap_or(c.end);
        let mut right = a + 1..next_and;
        let the = ctx.is_word(a + 1, "the");
        if the {
            right.start += 1;
        }
        // In a remit ("Council on the Arts and the Humanities") "and the" joins topics: a
        // right side that is no name of its own stays in the name.
        let topic = the
            && whole_is_org
            && in_remit(ctx, &(s..a))
            && !standalone_org(ctx, &right)
            && !ctx.plausible_person(&right);
        let split = (the && !topic)
            || !whole_is_org
            || (standalone_org(ctx, &(s..a)) && standalone_org(ctx, &right))
            || (bare_head(ctx, &(s..a)) && bare_head(ctx, &right))
            || (ctx.plausible_person(&right) && !standalone_org(ctx, &right));
        if split {
            if s < a {
                out.push(s..a);
            }
            s = right.start;
        }
    }
    if s < c.end {
        out.push(s..c.end);
    }
    out
}

/// Whether tokens `r` hold a body's head word followed by its remit ("Council on the
/// Arts", "Institute for the Study of Tides").
fn in_remit(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    (r.start + 1..r.end)
        .any(|k| words::is_prep(ctx.word(k), &[Prep::On, Prep::For]) && bare_head(ctx, &(k - 1..k)))
}

/// Whether tokens `r` are one capitalised head word that names a body alone ("Council",
/// "Agency"): two of them joined by "and" are two bodies ("the Board and Council").
pub(super) fn bare_head(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.len() == 1
        && ctx.tokens.get(r.start).is_some_and(|t| t.cap && !t.upper)
        && GAZETTEER
            .org_word(ctx.word(r.start))
            .is_some_and(|w| !w.ambiguous && w.is_head())
}

/// Drops a leading title from a phrase: "Head of Cloud Sales for Vantor" names Vantor,
/// "Chief of the Coastal Survey Bureau" the bureau. A title holder's own office keeps its
/// title ("Harbour Master’s Office").
/// "Jane Roe of the Coastal Survey Agency": a person's name, "of", and an organisation's
/// name are two names in one capitalised phrase; the organisation is the part after "of".
/// Not split: a name whose part before "of" is no person's ("Friends of the Harbour",
/// "Ministry of Fisheries").
pub(crate) fn strip_person_prefix(ctx: &Ctx<'_>, r: Range<usize>) -> Range<usize> {
    let Some(k) = (r.start + 2..r.end).find(|&k| ctx.is_word(k, "of")) else {
        return r;
    };
    if !ctx.plausible_person(&(r.start..k)) {
        return r;
    }
    let mut s = k + 1;
    if ctx.is_word(s, "the") {
        s += 1;
    }
    if s < r.end && standalone_org(ctx, &(s..r.end)) {
        s..r.end
    } else {
        r
    }
}

/// The prepositions that join a portfolio or an employer to a title.
const JOINS: &[Prep] = &[Prep::Of, Prep::For, Prep::At];

pub(crate) fn strip_title_prefix(ctx: &Ctx<'_>, r: Range<usize>) -> Range<usize> {
    let mut r = r;
    for _ in 0..3 {
        let mut title_end = None;
        for len in (1..=6.min(r.len())).rev() {
            let phrase = normalise(ctx.slice(&(r.start..r.start + len)));
            // Modifiers are part of the title: "Acting Director", "Deputy Head".
            if GAZETTEER.title_head(&phrase).is_some() || GAZETTEER.title(&phrase).is_some() {
                title_end = Some(r.start + len);
                break;
            }
        }
        let Some(mut e) = title_end else { break };
        if ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) {
            break;
        }
        // "Deputy Chair and Chief Executive of …": coordinated titles; the next one is
        // stripped on the next round.
        if (ctx.is_word(e, "and") || ctx.is_punct(e, "&")) && e + 1 < r.end {
            r = e + 1..r.end;
            continue;
        }
        // "of Sales for Vantor": a portfolio before the organisation.
        loop {
            if !words::is_prep(ctx.word(e), &[Prep::Of, Prep::For, Prep::At, Prep::In]) {
                break;
            }
            let mut k = e + 1;
            if ctx.is_word(k, "the") {
                k += 1;
            }
            // An employer after "for" or "at" ("of Sales for Vantor, Inc.") is the
            // organisation; otherwise the rest is, when it is one name.
            // Not after a body's bare head word, where "for" opens its remit ("of the
            // Council for the Development of Eastland"); a portfolio that ends in a head
            // word still has its employer after "for" ("Head of Platform Solutions for
            // Vantor").
            let remit = |p: usize| {
                ctx.is_word(p, "for")
                    && p == k + 1
                    && bare_head(ctx, &(k..p))
                    && !standalone_org(ctx, &(p + 1..r.end))
            };
            if let Some(p) = (k..r.end)
                .rev()
                .find(|&x| words::is_prep(ctx.word(x), &[Prep::For, Prep::At]))
                .filter(|&p| !remit(p))
            {
                let mut after = p + 1;
                if ctx.is_word(after, "the") {
                    after += 1;
                }
                if after < r.end {
                    e = after;
                    break;
                }
            }
            if standalone_org(ctx, &(k..r.end))
                || !(k..r.end).any(|x| words::is_prep(ctx.word(x), JOINS))
            {
                e = k;
                break;
            }
            let mut p = k;
            while p < r.end && !words::is_prep(ctx.word(p), JOINS) {
                p += 1;
            }
            e = p;
        }
        if e >= r.end || e <= r.start {
            break;
        }
        r = e..r.end;
    }
    r
}

/// A name stops at a title word: in "Senior Transport Planner for the Norhaven Transit
/// Authority" or "Lady of Eastvale and President of the Harbour Trust", the capitalised
/// phrase holds a post and then the body; the body is what follows the last title word and
/// its "of", "for" or "at", when that rest is a name of its own. Not cut: a body named after
/// a post ("Office of the Harbour Master"; no body follows the title), a title that goes on
/// past its preposition ("Secretary of State for Education"), a title in a plural
/// that names members ("Board of Governors of …"), or a rest that is no name ("Director of
/// Coastal Policy").
pub(crate) fn strip_inner_title(ctx: &Ctx<'_>, r: Range<usize>) -> Range<usize> {
    let cut = (r.start..r.end.saturating_sub(2)).rev().find_map(|k| {
        let w = ctx.word(k);
        if !ctx.is_cap(k) || w.ends_with('s') || GAZETTEER.title(w).is_none() {
            return None;
        }
        if GAZETTEER.org_word(w).is_some() {
            return None;
        }
        if !words::is_prep(ctx.word(k + 1), JOINS) {
            return None;
        }
        // A title that goes on past its preposition ("Secretary of State for Education").
        if (k + 3..(k + 6).min(r.end + 1))
            .any(|e| GAZETTEER.title(&normalise(ctx.slice(&(k..e)))).is_some())
        {
            return None;
        }
        let mut s = k + 2;
        if ctx.is_word(s, "the") {
            s += 1;
        }
        (s < r.end && standalone_org(ctx, &(s..r.end))).then_some(s)
    });
    cut.map_or(r.clone(), |s| s..r.end)
}

/// `Staff of the Eastvale Water Board`, `Members of the Harbour Council`, `Officials from
/// the Coastal Survey Agency`: a noun for a body's people and "of", "at" or "from" before
/// a name are no part of it; the body is the rest, when that is a name of its own. Not cut:
/// a body named after its people ("Friends of the Harbour"), or one whose lead is a body's
/// own word ("Board of Trustees of …", "Delegation of …").
pub(crate) fn strip_member_prefix(ctx: &Ctx<'_>, r: Range<usize>) -> Range<usize> {
    let w = ctx.word(r.start);
    if !lexicon::contains(Class::OrgMemberNoun, w) || GAZETTEER.org_word(w).is_some() {
        return r;
    }
    let joins = ["of", "at", "from"];
    if !joins.iter().any(|j| ctx.is_word(r.start + 1, j)) {
        return r;
    }
    let mut s = r.start + 2;
    if ctx.is_word(s, "the") {
        s += 1;
    }
    if s < r.end && standalone_org(ctx, &(s..r.end)) {
        s..r.end
    } else {
        r
    }
}
