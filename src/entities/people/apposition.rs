//! Roles in apposition: the words after a name that give the person's posts (", Director
//! of the Coastal Survey Agency", ", Vantor’s Head of Sales", "(EPP, CL)").

use std::ops::Range;

use super::name::{cap_run, cap_run_no_prep, is_post_nominal};
use super::org_like;
use super::titles::{is_portfolio, match_title, match_title_in};
use crate::document::normalise;
use crate::entities::gazetteer::GAZETTEER;
use crate::entities::tokens::Kind;
use crate::entities::words::{self, Prep};
use crate::entities::{Ctx, Found};
use crate::lexicon::{self, Class};

/// What the words after a name say about it.
pub(super) struct Apposition {
    /// A title and its organisation.
    pub roles: Vec<(String, Option<Range<usize>>)>,
    /// `(EPP, CL)`: a party and a country code, as parliaments write members.
    pub member: bool,
}

/// Reads the words after a name: `, Executive Director of the X`, `, Vantor’s Sales
/// Manager`, `, President Vantor North America`, `(EPP, CL), co-rapporteur for …`.
pub(super) fn apposition(ctx: &Ctx<'_>, found: &Found, end: usize) -> Option<Apposition> {
    let mut i = end;
    // "Tom Berg, PhD, professor of …", "Jane Roe OBE, chair of …": post-nominals go.
    loop {
        let comma = usize::from(ctx.is_punct(i, ","));
        let n = post_nominal_tokens(ctx, i + comma);
        if n == 0 || comma == 1 && ctx.is_punct(i + 1 + n, ")") {
            break;
        }
        i += comma + n;
    }
    // "Jane Roe (pictured), director of …", "Tom Berg, 45, a nurse at …": a one-word
    // aside in brackets or an age between commas stands between the name and its post.
    if ctx.is_punct(i, "(")
        && ctx.is_punct(i + 2, ")")
        && ctx
            .tok(i + 1)
            .is_some_and(|t| t.kind == Kind::Word && !t.cap && !t.upper)
        && ctx.is_punct(i + 3, ",")
    {
        i += 3;
    }
    if ctx.is_punct(i, ",")
        && ctx.word(i + 1).len() <= 3
        && ctx.word(i + 1).chars().all(|c| c.is_ascii_digit())
        && ctx.is_punct(i + 2, ",")
    {
        i += 2;
    }
    let mut member = false;
    // "(EPP, CL)", "(S&D, GH)", "(the Left, NO)": a group and a country code.
    if ctx.is_punct(i, "(") {
        let close = (i + 1..i + 8).find(|&j| ctx.is_punct(j, ")"))?;
        let inner: Vec<&str> = (i + 1..close).map(|j| ctx.word(j)).collect();
        let code = inner
            .last()
            .is_some_and(|w| w.len() == 2 && w.chars().all(|c| c.is_ascii_uppercase()));
        if inner.contains(&",") && code {
            member = true;
            i = close + 1;
        } else {
            // "(Title, Organisation)" is read like ", Title, Organisation".
            i += 1;
            let roles = role_after(ctx, found, i);
            return Some(Apposition {
                roles,
                member: false,
            });
        }
    }
    if ctx.is_punct(i, ",") {
        i += 1;
    } else if !member {
        return None;
    }
    let roles = role_after(ctx, found, i);
    (member || !roles.is_empty()).then_some(Apposition { roles, member })
}

/// The post under a name in a letterhead, signature or speaker list: the name alone on
/// its line, a title alone on the next, with the organisation after a comma or a
/// preposition on the title's line or alone on the line after it ("Jane Roe⏎Chief
/// Executive Officer⏎Vantor Inc.", "Dr. Tom Berg⏎Director of Research, Harbour Trust").
/// Not one: a title that opens a sentence going on past it ("Jane Roe⏎Director Tom Berg
/// said …").
pub(super) fn letterhead(ctx: &Ctx<'_>, found: &Found, r: &Range<usize>) -> Option<Apposition> {
    let breaks = |k: usize| ctx.tok(k).is_none_or(|t| t.kind == Kind::Break);
    let mut s = r.start;
    while s > 0 && words::is_honorific(ctx.word(s - 1)) {
        s -= 1;
    }
    if !(s == 0 || breaks(s - 1)) || !breaks(r.end) || ctx.tok(r.end).is_none() {
        return None;
    }
    let i = r.end + 1;
    let t = match_title_in(ctx, i, found, true)?;
    let org = if t.org.is_some() && breaks(t.end) {
        t.org
    } else if t.org.is_some() {
        return None;
    } else if breaks(t.end) {
        // The organisation alone on the next line.
        let k = t.end + 1;
        let e = cap_run(ctx, k, 10);
        (ctx.tok(t.end).is_some() && e > k && breaks(e) && org_like(ctx, found, &(k..e)))
            .then_some(k..e)
    } else if let Some(o) = employer_after(ctx, t.end).filter(|o| breaks(o.end)) {
        Some(o)
    } else if ctx.is_punct(t.end, ",") {
        let k = t.end + 1;
        let e = cap_run(ctx, k, 10);
        if e == k || !breaks(e) {
            return None;
        }
        Some(k..e)
    } else {
        return None;
    };
    Some(Apposition {
        roles: vec![(t.text, org)],
        member: false,
    })
}

/// Roles starting at `i`; two titles joined by "and" or "&" share the organisation named
/// after the second: "Deputy Chair and Chief Executive of Norhaven Bank Limited", "CEO and
/// co-founder of Vantor", "President & Founder of Brightline".
pub(super) fn role_after(
    ctx: &Ctx<'_>,
    found: &Found,
    i: usize,
) -> Vec<(String, Option<Range<usize>>)> {
    let mut j = i;
    if words::is_article(ctx.word(j)) {
        j += 1;
    }
    if let Some(t) = match_title_in(ctx, j, found, true) {
        // The second title may carry its own modifiers or portfolio: "Vice President and
        // Portfolio General Manager at Vantor".
        let and = ctx.is_word(t.end, "and") || ctx.is_punct(t.end, "&");
        if t.org.is_none() && and && !ctx.is_word(t.end + 1, "the") {
            if let Some((second, org)) = role_after_one(ctx, found, t.end + 1) {
                return vec![(t.text, org.clone()), (second, org)];
            }
        }
    }
    role_after_one(ctx, found, i).into_iter().collect()
}

/// A role starting at `i`: `[a|the] [Org’s|Org] Title [of|at|for Org] [, Org]`.
pub(super) fn role_after_one(
    ctx: &Ctx<'_>,
    found: &Found,
    mut i: usize,
) -> Option<(String, Option<Range<usize>>)> {
    i = skip_adverbs(ctx, i);
    if words::is_article(ctx.word(i)) {
        i += 1;
    }
    i = skip_adverbs(ctx, i);
    // "the company’s chief technology officer", "its chair": an owner named by a common
    // noun or a pronoun is no part of the title; a common noun that repeats the head of an
    // organisation named before ("the agency’s" after "the Harbour Agency") is that one.
    let mut owner = None;
    if ctx
        .tok(i)
        .is_some_and(|t| t.kind == Kind::Word && !t.cap && !t.upper)
        && ctx.tok(i + 1).is_some_and(|t| t.kind == Kind::Possessive)
    {
        owner = owner_by_head_noun(ctx, found, i);
        i += 2;
    } else if lexicon::contains(Class::RoleDeterminer, ctx.word(i))
        && ctx.tok(i).is_some_and(|t| !t.cap)
    {
        i += 1;
    }
    if let Some(t) = match_title_in(ctx, i, found, true) {
        let after = t.end;
        // "…, Mayor Tom Berg": the title belongs to the next person, not this one.
        if t.org.is_none()
            && ctx.is_cap(after)
            && ctx.plausible_person(&(after..cap_run_no_prep(ctx, after, 4)))
        {
            return None;
        }
        // "Vantor SDI, GM, and Brightline": a list, not an apposition.
        let conjunction = |k: usize| lexicon::contains(Class::ListConjunction, ctx.word(k));
        // "Jane Roe, chief curator, and Tom Berg, …": a list of people, each with a post.
        let person_next = |k: usize| {
            ctx.is_cap(k) && ctx.plausible_person(&(k..cap_run_no_prep(ctx, k, 4)))
                || words::is_honorific(ctx.word(k))
        };
        let list = t.org.is_none()
            && (ctx.is_punct(after, ",") && conjunction(after + 1) && !person_next(after + 2)
                || conjunction(after) && !ctx.is_cap(after + 1));
        if list {
            return None;
        }
        let org = match t.org {
            Some(r) => Some(r),
            None if owner.is_some() => owner,
            // "Director of Analytics at Vantor", "Vice President of Sales for Brightline, Inc."
            None if employer_after(ctx, after).is_some() => employer_after(ctx, after),
            // "Governor, Norhaven Financial Centre", "Group President, Asia Pacific, Vantor
            // Hotels Corporation": the last capitalised phrase of the list.
            None if ctx.is_punct(after, ",") && ctx.is_cap(after + 1) => {
                let mut s = after + 1;
                let mut e = cap_run(ctx, s, 10);
                while !org_like(ctx, found, &(s..e)) && ctx.is_punct(e, ",") && ctx.is_cap(e + 1) {
                    s = e + 1;
                    e = cap_run(ctx, s, 10);
                }
                let speech_next = words::is_speech_verb(ctx.word(e))
                    || ctx.tok(e).is_none_or(|t| t.kind == Kind::Break)
                    || [",", ".", ")", "(", ";"].iter().any(|p| ctx.is_punct(e, p));
                (e > s && speech_next && found.person_covering(s).is_none()).then_some(s..e)
            }
            // A person's name right after the title is a list of people ("…, Chief Tom
            // Berg, …"), not this person's organisation.
            None if ctx.is_cap(after) && ctx.plausible_person(&(after..cap_run(ctx, after, 4))) => {
                None
            }
            // "President Vantor North America": capitalised words right after the title.
            None if ctx.is_cap(after) && t.tokens.end == after => {
                let e = cap_run(ctx, after, 10);
                let closes = [",", ".", ")", ";"].iter().any(|p| ctx.is_punct(e, p))
                    || ctx.tok(e).is_none_or(|t| t.kind == Kind::Break);
                (closes && (org_like(ctx, found, &(after..e)) || e - after <= 4))
                    .then_some(after..e)
            }
            None => None,
        };
        return Some((t.text, org));
    }
    // "Vantor’s Technology Manager", "Brightline Motors Executive Vice President".
    let e = cap_run(ctx, i, 8);
    // "Vantor’s vice president for sales", "Brightline’s founder": the owner before a
    // possessive is the employer, the title after it may be lowercase.
    if e > i
        && ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive)
        && found.person_covering(i).is_none()
        && !ctx.plausible_person(&(i..e))
    {
        if let Some(t) = match_title_in(ctx, e + 1, found, true) {
            let org = t.org.clone().or_else(|| employer_after(ctx, t.end));
            return Some((t.text, org.or(Some(i..e))));
        }
    }
    if e > i {
        // After a possessive, the words up to the title are part of it ("Sales Manager").
        if let Some(p) =
            (i + 1..e).find(|&k| ctx.tok(k).is_some_and(|t| t.kind == Kind::Possessive))
        {
            for k in p + 1..e {
                if let Some(t) = match_title(ctx, k, found) {
                    let text = normalise(ctx.slice(&(p + 1..t.tokens.end)));
                    return Some((text, Some(i..p)));
                }
            }
            return None;
        }
        // The title may start inside the run. Words before it are its organisation when
        // they name one ("Brightline Motors Executive Vice President"); otherwise they are
        // part of the title ("Financial Secretary of the NRA", "Business & Trade Development
        // Manager"), whose own complement may then name the organisation.
        for k in i + 1..=e {
            if let Some(t) = match_title(ctx, k, found) {
                let prefix = i..k;
                // A title that opens with a lowercase word or a rank ("co-founder",
                // "Senior Vice President") starts its own phrase: capitalised words before
                // it name the holder's organisation ("Brightline co-founder").
                let own_phrase = !ctx.is_cap(k) || GAZETTEER.is_title_modifier(ctx.word(k));
                if org_like(ctx, found, &prefix)
                    || t.org.is_none()
                        && !is_portfolio(ctx, &prefix)
                        && (ctx.is_punct(t.end, ",") || own_phrase)
                        && !prefix.clone().any(|p| ctx.place_at(p).is_some())
                {
                    return Some((t.text, Some(prefix)));
                }
                let text = normalise(ctx.slice(&(i..t.tokens.end)));
                // "Portfolio General Manager at Vantor": the employer after the title.
                let org = t.org.or_else(|| employer_after(ctx, t.end));
                return Some((text, org));
            }
        }
    }
    None
}

/// How many tokens the post-nominal at `i` takes: one ("PhD", "OBE"), or a dotted form
/// the tokenizer splits ("Ph.D.", "D.Phil."), whose pieces touch; 0 when none starts there.
fn post_nominal_tokens(ctx: &Ctx<'_>, i: usize) -> usize {
    if is_post_nominal(ctx.word(i)) {
        return 1;
    }
    let Some(first) = ctx.tok(i).filter(|t| t.kind == Kind::Word && t.cap) else {
        return 0;
    };
    let mut written = ctx.word(i).to_owned();
    let mut end = first.span().end;
    for k in i + 1..i + 5 {
        let Some(t) = ctx
            .tok(k)
            .filter(|t| t.span().start == end && t.kind != Kind::Break)
        else {
            break;
        };
        written.push_str(ctx.word(k));
        end = t.span().end;
        if written.ends_with('.') && is_post_nominal(&written) {
            return k + 1 - i;
        }
    }
    0
}

/// The first token at or after `i` past adverbs that stand between a name's comma and its
/// post ("previously", "most recently", "until recently"), and past a participle of
/// appointment after an adverb of time ("newly elected", "recently appointed").
fn skip_adverbs(ctx: &Ctx<'_>, mut i: usize) -> usize {
    let lower = |k: usize| {
        ctx.tok(k)
            .is_some_and(|t| t.kind == Kind::Word && !t.cap && !t.upper)
    };
    for _ in 0..2 {
        let two = format!("{} {}", ctx.word(i), ctx.word(i + 1));
        let (value, len) = if lower(i) && lower(i + 1) {
            lexicon::value(Class::RoleAppositionAdverb, &two)
                .map(|v| (Some(v), 2))
                .unwrap_or((lexicon::value(Class::RoleAppositionAdverb, ctx.word(i)), 1))
        } else if lower(i) {
            (lexicon::value(Class::RoleAppositionAdverb, ctx.word(i)), 1)
        } else {
            (None, 0)
        };
        let Some(v) = value else {
            break;
        };
        i += len;
        if v == "time"
            && lower(i)
            && lexicon::value(Class::RoleFrameVerb, ctx.word(i)) == Some("appoint")
        {
            i += 1;
        }
    }
    i
}

/// The employer named after a title by "at", "for" or "with": "at Vantor", "for
/// Brightline, Inc.", "at the Harbour Museum".
pub(super) fn employer_after(ctx: &Ctx<'_>, after: usize) -> Option<Range<usize>> {
    if !words::is_prep(ctx.word(after), &[Prep::At, Prep::For, Prep::With]) {
        return None;
    }
    let s = after + 1 + usize::from(ctx.is_word(after + 1, "the"));
    let e = cap_run(ctx, s, 10);
    (ctx.is_cap(s) && e > s).then_some(s..e)
}

/// How many of the organisations found last [`owner_by_head_noun`] reads.
const HEAD_NOUN_LOOKBACK: usize = 256;

/// The organisation named before token `i` whose head is the common noun at `i`: "the
/// agency" after "the Harbour Agency", "the trust" after "Eastvale Heritage Trust"; the
/// nearest one wins. Nothing when no organisation named before ends in that word.
///
/// Only the last [`HEAD_NOUN_LOOKBACK`] organisations found are read: the noun refers to
/// one named nearby, and a look at every mention per call would be quadratic in the text
/// (a page that repeats one such sentence thousands of times).
pub(super) fn owner_by_head_noun(ctx: &Ctx<'_>, found: &Found, i: usize) -> Option<Range<usize>> {
    let noun = ctx.word(i);
    if noun.len() < 3 {
        return None;
    }
    found
        .orgs
        .iter()
        .rev()
        .take(HEAD_NOUN_LOOKBACK)
        .filter(|o| o.tokens.end <= i && o.tokens.len() >= 2)
        .filter(|o| {
            o.tokens
                .end
                .checked_sub(1)
                .is_some_and(|k| ctx.word(k).eq_ignore_ascii_case(noun))
        })
        .max_by_key(|o| o.tokens.end)
        .map(|o| o.tokens.clone())
}
