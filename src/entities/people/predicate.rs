//! Roles in predicate position: the post a clause gives a person after the name ("Jane
//! Roe is the director of the Harbour Trust", "Tom Berg served as mayor of Eastvale", "Ana
//! Ruiz was named chief executive", "Lea Holm, who serves as head of research at Vantor",
//! "Tom Berg joined Vantor as vice president of sales", "appointed Ana Ruiz as chief
//! financial officer", "Jane Roe, now serving as treasurer, …").
//!
//! The frame verbs, the words that may stand between subject and verb, and the
//! determiners before a title are `src/lexicon/data/people.tsv`.

use std::ops::Range;

use super::apposition::employer_after;
use super::name::{cap_run, cap_run_no_prep};
use super::titles::match_title_in;
use super::{add_role, org_ref};
use crate::entities::tokens::Kind;
use crate::entities::{words, Ctx, Found};
use crate::lexicon::{self, Class};

/// Longest run of auxiliaries and adverbs between a name and its frame verb.
const MAX_AUX: usize = 4;

/// Gives each person found the post a clause after the name states.
pub(super) fn predicate_roles(ctx: &Ctx<'_>, found: &mut Found) {
    for p in 0..found.people.len() {
        let (start, end) = (found.people[p].tokens.start, found.people[p].tokens.end);
        if let Some((title, org)) = role_in_predicate(ctx, found, start, end) {
            let org = org.and_then(|o| org_ref(ctx, found, o, true));
            add_role(found, p, title, org);
        }
    }
}

/// A lowercase frame verb at `i`, and its kind.
fn frame_verb(ctx: &Ctx<'_>, i: usize) -> Option<&'static str> {
    let t = ctx.tok(i)?;
    if t.kind != Kind::Word || t.cap || t.upper {
        return None;
    }
    lexicon::value(Class::RoleFrameVerb, ctx.word(i))
}

/// The title and organisation a clause starting after a name at `end` gives its subject.
fn role_in_predicate(
    ctx: &Ctx<'_>,
    found: &Found,
    start: usize,
    end: usize,
) -> Option<(String, Option<Range<usize>>)> {
    let mut k = end;
    // "Vantor has named Jane Roe as chief executive": the body that appoints.
    let mut appointer = None;
    if ctx.is_punct(k, ",") && ctx.is_word(k + 1, "who") {
        k += 2;
    } else if ctx.is_punct(k, ",") {
        // A participle clause in apposition: "Lea Holm, now serving as treasurer, …",
        // "Tom Berg, appointed chief executive last year, …". The frame verb must follow
        // (after adverbs), so a name list ("Tom Berg, Jane Roe, …") gives nothing.
        k += 1;
    }
    let mut employer = None;
    if ctx.is_word(k, "as") {
        // "appointed Ana Ruiz as chief financial officer"
        k += 1;
        appointer = appointing_body(ctx, found, start);
    } else {
        let mut verb = None;
        let mut aux = 0;
        while aux <= MAX_AUX {
            if let Some(v) = frame_verb(ctx, k) {
                // "is" and "was" are auxiliaries before another verb ("was named").
                let more = frame_verb(ctx, k + 1).is_some()
                    || lexicon::contains(Class::RoleFrameAux, ctx.word(k + 1));
                if !(v == "copula" && more) {
                    verb = Some(v);
                    k += 1;
                    break;
                }
            }
            if !lexicon::contains(Class::RoleFrameAux, ctx.word(k))
                || ctx.tok(k).is_none_or(|t| t.cap)
            {
                break;
            }
            k += 1;
            aux += 1;
        }
        match verb? {
            "join" => {
                // "joined Vantor as vice president", "joined the Harbour Trust as its chair"
                let s = k + usize::from(ctx.is_word(k, "the"));
                let e = cap_run(ctx, s, 10);
                // "joined the company as …", "joined its board as …": a common noun names
                // the body without naming it.
                let lower = (s..s + 3).find(|&x| {
                    ctx.is_word(x, "as")
                        || ctx
                            .tok(x)
                            .is_none_or(|t| t.kind != Kind::Word || t.cap || t.upper)
                });
                if e == s && lower.is_some_and(|x| x > s && ctx.is_word(x, "as")) {
                    k = lower.map_or(k, |x| x + 1);
                } else {
                    if e == s || !ctx.is_word(e, "as") {
                        return None;
                    }
                    employer = Some(s..e);
                    k = e + 1;
                }
            }
            "serve" => {
                if !ctx.is_word(k, "as") {
                    return None;
                }
                k += 1;
            }
            _ => {
                if ctx.is_word(k, "as") {
                    k += 1;
                }
            }
        }
    }
    let mut steps = 0;
    while steps < 3 && lexicon::contains(Class::RoleDeterminer, ctx.word(k)) {
        k += 1;
        steps += 1;
    }
    // "is Vantor’s chief executive": an owner's possessive names the employer.
    let mut owner = None;
    let e = cap_run_no_prep(ctx, k, 6);
    if e > k && ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) {
        owner = Some(k..e);
        k = e + 1;
    }
    let t = match_title_in(ctx, k, found, true)?;
    // "was named after Mayor Tom Berg": the title is another person's.
    if t.org.is_none()
        && ctx.is_cap(t.end)
        && ctx.plausible_person(&(t.end..cap_run_no_prep(ctx, t.end, 4)))
    {
        return None;
    }
    let org = t
        .org
        .clone()
        .or_else(|| employer_after(ctx, t.end))
        .or(employer)
        .or(owner)
        .or(appointer);
    Some((t.text, org))
}

/// The organisation that is the subject of an appointing verb right before a name that
/// starts at `start`: "Vantor today named Jane Roe as …", "The Harbour Trust has appointed
/// Tom Berg as …". Adverbs and auxiliaries may stand between subject and verb; the
/// subject is an organisation's name, so "the board named Tom Berg as …" gives none.
fn appointing_body(ctx: &Ctx<'_>, found: &Found, start: usize) -> Option<Range<usize>> {
    let v = start.checked_sub(1)?;
    if frame_verb(ctx, v) != Some("appoint") {
        return None;
    }
    let mut s = v;
    let mut aux = 0;
    while aux < MAX_AUX
        && s > 0
        && ctx.tok(s - 1).is_some_and(|t| !t.cap && !t.upper)
        && lexicon::contains(Class::RoleFrameAux, ctx.word(s - 1))
    {
        s -= 1;
        aux += 1;
    }
    if let Some(m) = found
        .org_covering(s.checked_sub(1)?)
        .and_then(|o| found.orgs.get(o))
    {
        return (m.tokens.end == s).then(|| m.tokens.clone());
    }
    // A body the lists do not know, named by its capitalised words ("Vantor named …"),
    // which the employer reading of the title then takes; not a person, a sentence
    // opener or a date word ("In March the board named …").
    let mut b = s;
    while b > 0
        && s - b < 6
        && ctx.is_cap(b - 1)
        && found.person_covering(b - 1).is_none()
        && !words::is_stop_capital(ctx.word(b - 1))
    {
        b -= 1;
    }
    (b < s).then_some(b..s)
}
