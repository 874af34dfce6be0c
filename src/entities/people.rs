//! Person mentions and the roles written next to them.
//!
//! A run of capitalised words is a person only with evidence: a title before it
//! (`Assistant Secretary-General Michèle Coninsx`, `EP rapporteur on … Ismail Ertug`), an
//! honorific (`Dr. Vanessa Rodriguez`), a speech verb (`said Todd C. Smith`, `Steve Menet,
//! …, says:`), an apposition (`John Lee, Chief Executive of the HKSAR`, `Andrzej BUŁA (EPP,
//! PL)`), a credit or contact line, or a known given name followed by a family name.
//! A single word is a person only after a title and when it is a known name or the family
//! name of someone found. Later mentions of a known person's family name are found last.

use std::collections::HashSet;
use std::ops::Range;

use super::gazetteer::{push_letters, HitTarget, GAZETTEER};
use super::names::{Strength, NAMES};
use super::organisations::{looks_like_acronym, pattern_kind};
use super::tokens::{is_connector, Kind};
use super::{words, Ctx, Found, OrgMention, OrgRef, PersonMention, RoleMention};
use crate::document::normalise;
use crate::model::OrganisationKind as K;

/// Longest title, in words, looked up at one position.
const MAX_TITLE_WORDS: usize = 6;

/// A title found at a position: its tokens and, when the title says it, its organisation.
#[derive(Clone, Debug)]
struct TitleMatch {
    tokens: Range<usize>,
    text: String,
    /// `of the United Nations`, `of CTED`: the organisation after the title.
    org: Option<Range<usize>>,
    /// Where the organisation phrase ends (past `org`), or the title's end.
    end: usize,
}

fn is_org_hit(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.hit_of
        .get(i)
        .copied()
        .flatten()
        .is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Organisation(_)))
}

fn is_country_hit(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.hit_of
        .get(i)
        .copied()
        .flatten()
        .is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Country(_)))
}

/// Whether tokens `r` name an organisation: a mention found, a patterned name, a gazetteer
/// name or an acronym.
fn org_like(ctx: &Ctx<'_>, found: &Found, r: &Range<usize>) -> bool {
    !r.is_empty()
        && (found.org_covering(r.start).is_some()
            || pattern_kind(ctx, r).is_some()
            || ctx.org_entry(r).is_some()
            || is_org_hit(ctx, r.start)
            || (r.len() == 1 && looks_like_acronym(ctx.word(r.start))))
}

/// The end of a run of capitalised words (with inner connectors) starting at `i`.
fn cap_run(ctx: &Ctx<'_>, i: usize, max: usize) -> usize {
    let mut e = i;
    while e < i + max
        && (ctx.is_cap(e)
            || (is_connector(ctx.word(e)) && ctx.is_cap(e + 1))
            || (ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) && ctx.is_cap(e + 1))
            || (ctx.is_punct(e, "&") && ctx.is_cap(e + 1))
            || (ctx.is_punct(e, ",")
                && matches!(ctx.word(e + 1), "Inc." | "Ltd." | "LLC" | "Inc" | "Ltd")))
    {
        e += 1;
    }
    e
}

/// The end of a run of capitalised words starting at `i`, without the prepositions that
/// join a portfolio to an employer ("Sales" in "of Sales for Dräger").
fn cap_run_no_prep(ctx: &Ctx<'_>, i: usize, max: usize) -> usize {
    let mut e = i;
    while e < i + max
        // A title ends the run: "for UN Secretary-General António Guterres".
        && !(e > i && ctx.is_cap(e) && GAZETTEER.title(ctx.word(e)).is_some())
        && (ctx.is_cap(e)
            || (matches!(ctx.word(e), "and" | "&") && ctx.is_cap(e + 1))
            || (ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) && ctx.is_cap(e + 1))
            || (ctx.is_punct(e, ",")
                && matches!(ctx.word(e + 1), "Inc." | "Ltd." | "LLC" | "Inc" | "Ltd")))
    {
        e += 1;
    }
    e
}

/// Matches a title starting at token `i`: optional modifiers (`Deputy`, `Acting`), a
/// title from the gazetteer, and a portfolio (`for Foreign Affairs`, `on alternative fuels
/// infrastructure`) or organisation (`of the Counter-Terrorism Committee Executive
/// Directorate`) after it.
fn match_title(ctx: &Ctx<'_>, i: usize, found: &Found) -> Option<TitleMatch> {
    let first = ctx.tok(i)?;
    if first.kind != Kind::Word || ctx.loud.get(i).copied().unwrap_or(false) {
        return None;
    }
    // "United Nations Secretary-General" is an organisation and a title, not one title;
    // "the President" is the title "President", found one word later.
    if is_org_hit(ctx, i) || matches!(ctx.word(i), "the" | "The" | "a" | "A" | "an" | "An") {
        return None;
    }
    let mut j = i;
    while j < i + 3
        && GAZETTEER.is_title_modifier(ctx.word(j))
        && ctx.tok(j + 1).is_some_and(|t| t.kind == Kind::Word)
    {
        j += 1;
    }
    let mut head_end = None;
    'outer: for start in [j, i] {
        // PERF: only phrases with a title's letters are looked up; the letters of the
        // phrases from `start` are built once, shortest first.
        let mut maybe = [false; MAX_TITLE_WORDS + 1];
        let article = ctx.word(start).eq_ignore_ascii_case("the");
        let mut letters = String::new();
        let mut from = ctx.tok(start).map_or(0, |t| t.span.start);
        for (len, slot) in maybe.iter_mut().enumerate().skip(1) {
            let Some(t) = ctx.tok(start + len - 1) else {
                break;
            };
            push_letters(&mut letters, ctx.text.get(from..t.span.end).unwrap_or(""));
            from = t.span.end;
            *slot = article || GAZETTEER.may_be_title(&letters);
        }
        for len in (1..=MAX_TITLE_WORDS).rev() {
            let end = start + len;
            if end > ctx.tokens.len() || !maybe[len] {
                continue;
            }
            // "State’s Attorney": a possessive may sit inside a title.
            if (start..end).any(|k| {
                ctx.tok(k)
                    .is_none_or(|t| !matches!(t.kind, Kind::Word | Kind::Possessive))
            }) {
                continue;
            }
            if ctx.tok(end - 1).is_some_and(|t| t.kind != Kind::Word) {
                continue;
            }
            let phrase = normalise(ctx.slice(&(start..end)));
            if GAZETTEER.title(&phrase).is_some() {
                head_end = Some(end);
                break 'outer;
            }
        }
    }
    let mut end = head_end?;
    // Lowercase, some titles are ordinary words: "private", "general", "major".
    if !first.cap && end == j + 1 && is_ambiguous_lowercase_title(ctx.word(j)) {
        return None;
    }
    // A lowercase title is a title only in its ordinary sense: "the rapporteur", not "vice"
    // or "head" as common nouns inside other phrases. Capitalised titles may be anywhere.
    let lower = !first.cap;
    let mut org = None;
    let mut org_end = end;
    // Complements, left to right: a portfolio ("of Sales", "for Foreign Affairs", "in
    // Charge") stays in the title; the first organisation ("for Dräger, Inc.", "of the
    // Counter-Terrorism Committee Executive Directorate", "at Instacart") ends it.
    let head = normalise(ctx.slice(&(j..end)));
    let mut had_portfolio = false;
    let mut steps = 0;
    while org.is_none()
        && steps < 3
        && matches!(
            ctx.word(end),
            "of" | "for" | "at" | "in" | "on" | "to" | "with"
        )
    {
        steps += 1;
        let prep = ctx.word(end);
        let mut k = end + 1;
        let the = ctx.is_word(k, "the");
        if the {
            k += 1;
        }
        let run = cap_run_no_prep(ctx, k, 16);
        if run > k {
            let r = k..run;
            let full_end = cap_run(ctx, k, 16);
            let full = k..full_end;
            // The full run reads as one name if no employer preposition splits it, or if it
            // is one by its lead word ("Council for the Development of Cambodia").
            let lead_named = GAZETTEER.org_word(ctx.word(k)).is_some_and(|w| w.is_lead())
                && matches!(ctx.word(k + 1), "of" | "for" | "on")
                && pattern_kind(ctx, &full).is_some();
            let full_ok = lead_named
                || !(k..full_end).any(|x| matches!(ctx.word(x), "for" | "at" | "to" | "with"))
                    && org_like(ctx, found, &full);
            let followed_by_employer =
                matches!(ctx.word(run), "at" | "for" | "with") && ctx.is_cap(run + 1);
            let known = found
                .org_covering(k)
                .and_then(|o| found.orgs.get(o))
                .map(|o| o.tokens.clone());
            let is_org = prep != "on"
                && prep != "in"
                && (known.is_some()
                    || full_ok
                    || org_like(ctx, found, &r)
                    || (the && has_ambiguous_head(ctx, &r))
                    || (!followed_by_employer
                        && !is_portfolio(ctx, &r)
                        && !is_country_hit(ctx, k)
                        && (matches!(prep, "at" | "with" | "of")
                            || (prep == "for" && (had_portfolio || takes_employer(&head))))));
            if is_org {
                let r = known.or_else(|| full_ok.then_some(full)).unwrap_or(r);
                org_end = r.end;
                org = Some(r);
            } else if !is_country_hit(ctx, k) || prep != "of" {
                // A portfolio: "Minister for Foreign Affairs", "Special Agent in Charge".
                end = run;
                org_end = run;
                had_portfolio = true;
                continue;
            }
            break;
        } else if matches!(prep, "on" | "for") {
            // "rapporteur on alternative fuels infrastructure": a lowercase remit, up to the
            // next capitalised word or punctuation.
            let mut e = k;
            while e < k + 6
                && ctx.tok(e).is_some_and(|t| t.kind == Kind::Word && !t.cap)
                && !words::is_speech_verb(ctx.word(e))
            {
                e += 1;
            }
            if e > k && ctx.tok(e).is_some_and(|t| t.kind == Kind::Word && t.cap) {
                end = e;
                org_end = e;
            }
        }
        break;
    }
    let _ = lower;
    Some(TitleMatch {
        text: normalise(ctx.slice(&(i..end))),
        tokens: i..end,
        org,
        end: org_end,
    })
}

/// Titles of people who lead or found a company or body: the capitalised name after "of"
/// is their employer ("CEO of Cybertecture", "Co-Founder of Plug and Play").
fn takes_employer(title: &str) -> bool {
    let t = title.to_lowercase();
    let last = t.rsplit([' ', '-']).next().unwrap_or("");
    matches!(
        last,
        "ceo"
            | "cfo"
            | "coo"
            | "cto"
            | "cmo"
            | "president"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "chair"
            | "founder"
            | "owner"
            | "partner"
            | "principal"
            | "governor"
            | "mayor"
            | "secretary-general"
            | "director-general"
            | "dean"
            | "rector"
            | "provost"
            | "chancellor"
            | "publisher"
            | "editor"
            | "ambassador"
            | "spokesperson"
            | "spokesman"
            | "spokeswoman"
            | "treasurer"
            | "trustee"
            | "member"
            | "employee"
            | "executive"
            | "officer"
    ) || t.starts_with("chief ") && t.ends_with("officer")
}

/// Words that make a capitalised complement a portfolio, not an employer: "of Sales", "of
/// Analytics", "for Foreign Affairs", "of Detectives".
fn is_portfolio(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.clone().any(|k| {
        matches!(
            ctx.word(k).to_lowercase().as_str(),
            "sales"
                | "marketing"
                | "operations"
                | "analytics"
                | "finance"
                | "financial"
                | "affairs"
                | "development"
                | "strategy"
                | "communications"
                | "communication"
                | "research"
                | "engineering"
                | "technology"
                | "technologies"
                | "policy"
                | "transport"
                | "transportation"
                | "health"
                | "education"
                | "defence"
                | "defense"
                | "justice"
                | "commerce"
                | "economy"
                | "detectives"
                | "care"
                | "product"
                | "products"
                | "platform"
                | "innovation"
                | "business"
                | "programs"
                | "programmes"
                | "science"
                | "security"
                | "trade"
                | "industry"
                | "energy"
                | "environment"
                | "agriculture"
                | "labour"
                | "labor"
                | "culture"
                | "tourism"
                | "infrastructure"
                | "relations"
                | "resources"
                | "design"
                | "growth"
                | "sustainability"
                | "partnerships"
                | "data"
                | "legal"
                | "compliance"
                | "risk"
                | "audit"
                | "staff"
                | "state"
                | "charge"
                | "planning"
                | "housing"
                | "interior"
                | "youth"
                | "sport"
                | "sports"
                | "women"
                | "welfare"
                | "wellbeing"
                | "communities"
                | "outreach"
                | "engagement"
        )
    })
}

/// A name ending in a word that heads bodies and other things alike ("Division", "Unit",
/// "Branch"): after "of the" following a title, it is a body.
fn has_ambiguous_head(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.end.checked_sub(1).is_some_and(|e| {
        GAZETTEER
            .org_word(ctx.word(e))
            .is_some_and(|w| w.is_head() && crate::lexicon::event_head(ctx.word(e)).is_none())
    })
}

/// Lowercase words that are titles only when capitalised: `a private company`, `in
/// general`, `a major step`, `the chief reason`.
fn is_ambiguous_lowercase_title(w: &str) -> bool {
    matches!(
        w,
        "private"
            | "general"
            | "major"
            | "chief"
            | "head"
            | "principal"
            | "senior"
            | "member"
            | "members"
            | "officer"
            | "officers"
            | "leader"
            | "leaders"
            | "partner"
            | "partners"
            | "associate"
            | "fellow"
            | "clerk"
            | "counsel"
            | "captain"
            | "marshal"
            | "representative"
            | "representatives"
            | "agent"
            | "agents"
            | "staff"
            | "judge"
            | "advocate"
            | "minister"
            | "secretary"
            | "president"
            | "director"
            | "manager"
            | "governor"
            | "mayor"
    )
}

/// Whether a word can be part of a person's name.
fn name_word(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.tok(i) else { return false };
    if t.kind != Kind::Word || !(t.cap || t.upper) || ctx.loud.get(i).copied().unwrap_or(false) {
        return false;
    }
    let w = ctx.word(i);
    // "Theresa May", "Chris April": a month is a family name after a given name.
    let month_surname = words::is_calendar_word(w)
        && i > 0
        && ctx
            .tok(i - 1)
            .is_some_and(|p| p.cap && p.kind == Kind::Word)
        && NAMES.given(ctx.word(i - 1)).is_some()
        && !ctx
            .tok(i + 1)
            .is_some_and(|n| n.text(ctx.text).starts_with(|c: char| c.is_ascii_digit()));
    if (words::is_stop_capital(w) && !month_surname) || words::is_honorific(w) {
        return false;
    }
    if w.chars().any(|c| c.is_ascii_digit()) || w.chars().filter(|c| c.is_alphabetic()).count() == 0
    {
        return false;
    }
    if ctx.hit_of.get(i).copied().flatten().is_some() {
        return false;
    }
    if GAZETTEER.org_word(w).is_some_and(|o| !o.ambiguous) || GAZETTEER.title(w).is_some() {
        return false;
    }
    true
}

/// Name particles that sit between name words: `Ursula von der Leyen`, `Ahmad bin Ali`.
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "di"
            | "do"
            | "dos"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "del"
            | "della"
            | "la"
            | "le"
            | "bin"
            | "binti"
            | "ibn"
            | "al"
            | "el"
            | "y"
            | "ter"
            | "zu"
    )
}

/// The tokens of a name starting at `i`: one to four name words, with initials and particles.
fn match_name(ctx: &Ctx<'_>, i: usize, found: &Found) -> Option<Range<usize>> {
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
        } else if end > start && is_particle(ctx.word(end)) && name_word(ctx, end + 1) {
            end += 1;
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

fn push_person(ctx: &Ctx<'_>, found: &mut Found, r: Range<usize>) -> Option<usize> {
    if r.is_empty() {
        return None;
    }
    // Mentions never overlap, so the one covering the first token is the only candidate.
    if let Some(p) = found.person_at(&r) {
        return Some(p);
    }
    if r.clone().any(|k| found.covers(k)) {
        return None;
    }
    found.add_person(PersonMention {
        span: ctx.span(&r),
        name: normalise(ctx.slice(&r)),
        tokens: r,
    });
    Some(found.people.len() - 1)
}

/// The organisation of a role: a known mention, or a new one for an acronym or a
/// patterned name, or the words as written.
fn org_ref(ctx: &Ctx<'_>, found: &mut Found, r: Range<usize>, employer: bool) -> Option<OrgRef> {
    let mut r = r;
    // Only an article goes: "The New York Times International" keeps "New".
    while r.len() > 1 && ctx.is_word(r.start, "the") {
        r.start += 1;
    }
    while r.len() > 1 && ctx.tok(r.end - 1).is_some_and(|t| t.kind != Kind::Word) {
        r.end -= 1;
    }
    if r.is_empty() {
        return None;
    }
    if let Some(k) = found
        .org_at(&r)
        .or_else(|| {
            found
                .org_covering(r.start)
                .filter(|&k| found.orgs[k].tokens.end >= r.end)
        })
        .or_else(|| {
            found
                .org_covering(r.end - 1)
                .filter(|&k| found.orgs[k].tokens.start <= r.start)
        })
    {
        return Some(OrgRef::Mention(k));
    }
    // A country or nationality is a place, not an organisation: "the Kenyan Minister".
    if r.clone().all(|k| is_country_hit(ctx, k))
        || (r.len() == 1 && GAZETTEER.country_by_adjective(ctx.word(r.start)).is_some())
    {
        return None;
    }
    let name = normalise(ctx.slice(&r));
    let kind = if r.len() == 1 && looks_like_acronym(&name) {
        Some(GAZETTEER.organisation(&name).map_or(K::Other, |e| e.kind))
    } else {
        pattern_kind(ctx, &r).or_else(|| ctx.org_entry(&r).map(|e| e.kind))
    };
    // A company or body named only by its capitalised words, where a title says it is an
    // employer: "Director of Analytics at Instacart", "CEO of Cybertecture".
    let all_caps_words = r.clone().all(|k| {
        ctx.is_cap(k) || is_connector(ctx.word(k)) || ctx.is_punct(k, "&") || ctx.is_punct(k, ",")
    });
    let kind = kind.or((employer && all_caps_words).then_some(K::Other))?;
    if r.clone().any(|k| found.covers(k)) {
        return Some(OrgRef::Text(name));
    }
    let is_acronym = r.len() == 1 && looks_like_acronym(&name);
    found.add_org(OrgMention {
        span: ctx.span(&r),
        entry: ctx.org_entry(&r).or_else(|| GAZETTEER.organisation(&name)),
        acronym: is_acronym.then(|| name.clone()),
        name,
        is_acronym,
        kind,
        country: super::organisations::country_in(ctx, &r),
        tokens: r,
    });
    Some(OrgRef::Mention(found.orgs.len() - 1))
}

fn add_role(found: &mut Found, person: usize, title: String, org: Option<OrgRef>) {
    let title = title.trim_end_matches([',', ' ', ':']).to_owned();
    if title.is_empty() {
        return;
    }
    let dup = found.roles_of(person).any(|r| {
        r.title.eq_ignore_ascii_case(&title)
            && match (&r.org, &org) {
                (None, None) => true,
                (Some(OrgRef::Mention(a)), Some(OrgRef::Mention(b))) => a == b,
                (Some(OrgRef::Text(a)), Some(OrgRef::Text(b))) => a == b,
                _ => false,
            }
    });
    if !dup {
        found.add_role(RoleMention { person, title, org });
    }
}

/// What the words after a name say about it.
struct Apposition {
    /// A title and its organisation.
    roles: Vec<(String, Option<Range<usize>>)>,
    /// `(EPP, PL)`: a party and a country code, as parliaments write members.
    member: bool,
}

/// Reads the words after a name: `, Executive Director of the X`, `, CDE’s Technology
/// Manager`, `, President Ascom North America`, `(EPP, PL), co-rapporteur for …`.
fn apposition(ctx: &Ctx<'_>, found: &Found, end: usize) -> Option<Apposition> {
    let mut i = end;
    let mut member = false;
    // "(EPP, PL)", "(S&D, DE)", "(the Left, FR)", "(D-Calif.)"
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

/// Roles starting at `i`; two titles joined by "and" share the organisation named after
/// the second: "Vice Chairman and Chief Executive of Bank of China (Hong Kong) Limited",
/// "CEO and co-founder of Segment".
fn role_after(ctx: &Ctx<'_>, found: &Found, i: usize) -> Vec<(String, Option<Range<usize>>)> {
    let mut j = i;
    if matches!(ctx.word(j).to_lowercase().as_str(), "the" | "a" | "an") {
        j += 1;
    }
    if let Some(t) = match_title(ctx, j, found) {
        if t.org.is_none()
            && ctx.is_word(t.end, "and")
            && match_title(ctx, t.end + 1, found).is_some()
        {
            if let Some((second, org)) = role_after_one(ctx, found, t.end + 1) {
                return vec![(t.text, org.clone()), (second, org)];
            }
        }
    }
    role_after_one(ctx, found, i).into_iter().collect()
}

/// A role starting at `i`: `[a|the] [Org’s|Org] Title [of|at|for Org] [, Org]`.
fn role_after_one(
    ctx: &Ctx<'_>,
    found: &Found,
    mut i: usize,
) -> Option<(String, Option<Range<usize>>)> {
    if matches!(ctx.word(i).to_lowercase().as_str(), "the" | "a" | "an") {
        i += 1;
    }
    if let Some(t) = match_title(ctx, i, found) {
        let after = t.end;
        // "…, Mayor Todd Gloria": the title belongs to the next person, not this one.
        if t.org.is_none()
            && ctx.is_cap(after)
            && plausible_person(ctx, &(after..cap_run_no_prep(ctx, after, 4)))
        {
            return None;
        }
        // "Samsung SDI, GM, and Valeo": a list, not an apposition.
        let list = t.org.is_none()
            && (ctx.is_punct(after, ",") && matches!(ctx.word(after + 1), "and" | "or")
                || matches!(ctx.word(after), "and" | "or") && !ctx.is_cap(after + 1));
        if list {
            return None;
        }
        let org = match t.org {
            Some(r) => Some(r),
            // "Director of Analytics at Instacart", "Senior Vice President of Sales for Dräger, Inc."
            None if matches!(ctx.word(after), "at" | "for" | "with") && ctx.is_cap(after + 1) => {
                let e = cap_run(ctx, after + 1, 10);
                Some(after + 1..e)
            }
            // "Governor, Astana International Financial Center", "Group President, Asia
            // Pacific, Hyatt Hotels Corporation": the last capitalised phrase of the list.
            None if ctx.is_punct(after, ",") && ctx.is_cap(after + 1) => {
                let mut s = after + 1;
                let mut e = cap_run(ctx, s, 10);
                while !org_like(ctx, found, &(s..e)) && ctx.is_punct(e, ",") && ctx.is_cap(e + 1) {
                    s = e + 1;
                    e = cap_run(ctx, s, 10);
                }
                let speech_next = words::is_speech_verb(ctx.word(e))
                    || ctx.is_punct(e, ",")
                    || ctx.is_punct(e, ".")
                    || ctx.is_punct(e, ")")
                    || ctx.is_punct(e, "(");
                (e > s && speech_next && found.person_covering(s).is_none()).then_some(s..e)
            }
            // A person's name right after the title is a list of people ("…, Chief Wayne
            // Jones, …"), not this person's organisation.
            None if ctx.is_cap(after)
                && plausible_person(ctx, &(after..cap_run(ctx, after, 4))) =>
            {
                None
            }
            // "President Ascom North America": capitalised words right after the title.
            None if ctx.is_cap(after) && t.tokens.end == after => {
                let e = cap_run(ctx, after, 10);
                let closes = ctx.is_punct(e, ",") || ctx.is_punct(e, ".") || ctx.is_punct(e, ")");
                (closes && (org_like(ctx, found, &(after..e)) || e - after <= 4))
                    .then_some(after..e)
            }
            None => None,
        };
        return Some((t.text, org));
    }
    // "CDE’s Technology Manager", "Hyundai Motors Executive Vice President".
    let e = cap_run(ctx, i, 8);
    if e > i {
        // After a possessive, the words up to the title are part of it ("Technology Manager").
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
        // they name one ("Hyundai Motors Executive Vice President"); otherwise they are part
        // of the title ("Financial Secretary of the HKSAR", "Business & ICV Development
        // Manager"), whose own complement may then name the organisation.
        for k in i + 1..=e {
            if let Some(t) = match_title(ctx, k, found) {
                let prefix = i..k;
                if org_like(ctx, found, &prefix)
                    || t.org.is_none() && !is_portfolio(ctx, &prefix) && ctx.is_punct(t.end, ",")
                {
                    return Some((t.text, Some(prefix)));
                }
                let text = normalise(ctx.slice(&(i..t.tokens.end)));
                return Some((text, t.org));
            }
        }
    }
    None
}

/// Finds people and their roles.
pub(crate) fn find(ctx: &Ctx<'_>, _chunks: &[Range<usize>], found: &mut Found) {
    credits_and_contacts(ctx, found);
    // Titles anywhere in the text, keyed by the token where they end; boxed, since most
    // tokens end none and a slot is then one word, not a whole match (a long text has
    // millions of tokens).
    let mut title_ending: Vec<Option<Box<TitleMatch>>> = vec![None; ctx.tokens.len() + 1];
    let mut i = 0;
    while i < ctx.tokens.len() {
        if let Some(t) = match_title(ctx, i, found) {
            // A name follows the title, or its organisation: "Financial Secretary of the
            // HKSAR Paul Chan". The longest title ending at a place wins: "State’s
            // Attorney", not "Attorney".
            for end in [t.tokens.end, t.end] {
                if let Some(slot) = title_ending.get_mut(end) {
                    if slot
                        .as_ref()
                        .is_none_or(|old| old.tokens.start > t.tokens.start)
                    {
                        *slot = Some(Box::new(t.clone()));
                    }
                }
            }
        }
        i += 1;
    }
    candidates(ctx, found, &title_ending, false);
    candidates(ctx, found, &title_ending, true);
}

/// Looks at every run of name words and keeps those with evidence.
fn candidates(
    ctx: &Ctx<'_>,
    found: &mut Found,
    title_ending: &[Option<Box<TitleMatch>>],
    singles: bool,
) {
    let n = ctx.tokens.len();
    // Words of a title are not a name: "Special Agent in Charge Christopher Amon".
    let mut in_title = vec![false; n];
    for t in title_ending.iter().flatten() {
        for k in t.tokens.clone() {
            if let Some(slot) = in_title.get_mut(k) {
                *slot = true;
            }
        }
    }
    let starts_name = |k: usize| name_word(ctx, k) && !in_title.get(k).copied().unwrap_or(false);
    let mut i = 0;
    while i < n {
        if !starts_name(i)
            || found.covers(i)
            || (i > 0 && starts_name(i - 1) && !found.covers(i - 1))
        {
            i += 1;
            continue;
        }
        let Some(r) = match_name(ctx, i, found) else {
            i += 1;
            continue;
        };
        let next = r.end.max(i + 1);
        if r.len() == 1 && !singles || r.len() > 1 && singles {
            i = next;
            continue;
        }
        // Capitals inside a name ("Andrzej BUŁA") follow a written given name; a run that
        // starts with capitals ("SDI", "ATF Chicago") is an organisation's.
        if r.len() > 1
            && ctx.tokens.get(r.start).is_some_and(|t| t.upper)
            && NAMES.given(ctx.word(r.start)).is_none()
            && !(r.start > 0 && words::is_honorific(ctx.word(r.start - 1)))
        {
            i = next;
            continue;
        }
        // A title right before, or "Title, Name,".
        let mut before = title_ending.get(r.start).cloned().flatten();
        if before.is_none()
            && r.start >= 1
            && ctx.is_punct(r.start - 1, ",")
            && ctx.is_punct(r.end, ",")
        {
            before = title_ending
                .get(r.start - 1)
                .cloned()
                .flatten()
                // "Head of Operations, Jim Pennycook, introduced": only a title that opens
                // the sentence, not one in another person's apposition.
                .filter(|t| {
                    t.org.is_none() && ctx.tok(t.tokens.start).is_some_and(|x| x.sentence_start)
                });
        }
        // "Mr. Guterres", "Dr. Vanessa Rodriguez"
        let honorific = r.start > 0
            && words::is_honorific(ctx.word(r.start - 1))
            && ctx.is_cap(r.start - 1)
            && ctx.word(r.start - 1) != "He";
        let appo = apposition(ctx, found, r.end);
        let speech = speech_evidence(ctx, &r);
        let names = plausible_person(ctx, &r);
        let accept = if r.len() == 1 {
            (before.is_some() || honorific) && known_single_name(ctx, found, r.start)
        } else {
            // A title before a name that is itself the end of a longer capitalised phrase
            // ("President Ascom North America") is an organisation, not a person: the
            // apposition or speech evidence must agree when the name words are unknown.
            before.is_some() && (names || appo.is_some() || speech || !org_like(ctx, found, &r))
                || honorific
                || appo
                    .as_ref()
                    .is_some_and(|a| a.member || !a.roles.is_empty())
                || speech
                    && (names
                        || r.len() >= 2
                            && !org_like(ctx, found, &r)
                            && !looks_like_place_or_thing(ctx, &r))
                || names
                    && r.len() <= 4
                    && !ctx.is_cap(r.end)
                    && !(r.start > 0 && ctx.is_cap(r.start - 1))
        };
        if accept {
            if let Some(p) = push_person(ctx, found, r.clone()) {
                if let Some(t) = before {
                    // An organisation after the title ("of the United Nations") is named as
                    // one; capitalised words before it ("CTED Executive Director") when they
                    // are an organisation's name by pattern, gazetteer or acronym. Other
                    // capitalised words before it are part of the title ("Internal Market
                    // Commissioner", "Financial Secretary of the HKSAR").
                    let pre = premodifier(ctx, found, t.tokens.start);
                    let pre_is_org = pre.as_ref().is_some_and(|r| org_like(ctx, found, r));
                    let pre_is_place = pre.as_ref().is_some_and(|r| {
                        r.clone()
                            .any(|k| is_country_hit(ctx, k) || ctx.place_at(k).is_some())
                            || r.len() > 3
                    });
                    let (title, org) = match (t.org.clone(), pre) {
                        (Some(o), Some(r))
                            if !pre_is_org
                                && !pre_is_place
                                && ctx.tok(r.end).is_some_and(|x| x.kind == Kind::Word) =>
                        {
                            (
                                normalise(ctx.slice(&(r.start..t.tokens.end))),
                                org_ref(ctx, found, o, true),
                            )
                        }
                        (Some(o), _) => (t.text.clone(), org_ref(ctx, found, o, true)),
                        (None, Some(r)) if pre_is_org => {
                            (t.text.clone(), org_ref(ctx, found, r, false))
                        }
                        (None, Some(r))
                            if !pre_is_place
                                && ctx.tok(r.end).is_some_and(|x| x.kind == Kind::Word) =>
                        {
                            (normalise(ctx.slice(&(r.start..t.tokens.end))), None)
                        }
                        _ => (t.text.clone(), None),
                    };
                    add_role(found, p, title, org);
                }
                if let Some(a) = appo {
                    for (title, org) in a.roles {
                        let org = org.and_then(|o| org_ref(ctx, found, o, true));
                        add_role(found, p, title, org);
                    }
                }
            }
        }
        i = next;
    }
}

/// The capitalised words right before a title, which name its organisation: `CTED`
/// Executive Director, `HWPL` Chairman, `EP` rapporteur, `CDE’s` Technology Manager.
fn premodifier(ctx: &Ctx<'_>, found: &Found, title_start: usize) -> Option<Range<usize>> {
    let mut s = title_start;
    let mut end = title_start;
    if s > 0 && ctx.tok(s - 1).is_some_and(|t| t.kind == Kind::Possessive) {
        s -= 1;
        end = s;
    }
    // Capitalised words and the connectors of a name, but never across "and" or a person:
    // "State Attorney Katherine Fernandez Rundle and Miami-Beach Police Department Chief".
    while s > 0
        && s + 8 > title_start
        && found.person_covering(s - 1).is_none()
        && (ctx.is_cap(s - 1)
            || (matches!(ctx.word(s - 1), "of" | "the" | "for" | "&")
                && s >= 2
                && ctx.is_cap(s - 2)))
    {
        s -= 1;
    }
    while s < end && (words::is_stop_capital(ctx.word(s)) || is_connector(ctx.word(s))) {
        s += 1;
    }
    // "Remarks of President", "Profile of rapporteur": a phrase that ends in a connector
    // is not a name of anything.
    if s >= end || found.person_covering(end - 1).is_some() || is_connector(ctx.word(end - 1)) {
        return None;
    }
    Some(s..end)
}

/// Whether a speech verb makes the run a speaker: `said X`, `X said`, `according to X`,
/// `X, …, says:` at the start of a sentence.
fn speech_evidence(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    let before = r.start.checked_sub(1).map(|b| ctx.word(b)).unwrap_or("");
    if words::is_speech_verb(before)
        && !matches!(
            before,
            "announced" | "announces" | "welcomed" | "welcomes" | "thanked" | "praised"
        )
    {
        return true;
    }
    if before.eq_ignore_ascii_case("to") && r.start >= 2 && ctx.is_word(r.start - 2, "according") {
        return true;
    }
    if words::is_speech_verb(ctx.word(r.end)) {
        return true;
    }
    // "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says:"
    let starts_sentence =
        ctx.tok(r.start).is_some_and(|t| t.sentence_start) || matches!(before, "“" | "\"");
    if starts_sentence && ctx.is_punct(r.end, ",") {
        let mut j = r.end + 1;
        while j < r.end + 30 {
            let Some(t) = ctx.tok(j) else { break };
            if t.kind == Kind::Break || matches!(ctx.word(j), "." | "“" | "\"" | ";") {
                break;
            }
            if words::is_speech_verb(ctx.word(j)) && ctx.is_punct(j - 1, ",") {
                return true;
            }
            j += 1;
        }
    }
    false
}

/// Capitalised words that are a place or a thing more often than a person.
fn looks_like_place_or_thing(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.clone()
        .any(|k| is_country_hit(ctx, k) || GAZETTEER.org_word(ctx.word(k)).is_some())
}

/// Two to four name words whose first is a known given name, or whose last is a known
/// family name with a given name or initial before it, or a family name written first.
pub(crate) fn plausible_person(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    if r.len() < 2 {
        return false;
    }
    let first = ctx.word(r.start);
    let second = ctx.word(r.start + 1);
    let last = ctx.word(r.end - 1);
    let given = NAMES.given(first);
    let family = NAMES.family(last);
    let initial =
        ctx.word(r.start + 1).ends_with('.') && ctx.word(r.start + 1).chars().count() == 2;
    given == Some(Strength::Strong) && (family.is_some() || r.len() >= 2)
        || given.is_some() && family.is_some()
        || (initial && (given.is_some() || family.is_some()))
        || NAMES.family(first).is_some_and(|(_, f)| f)
            && (NAMES.given(second).is_some() || second.contains('-'))
}

/// Whether the single word at `i` is a name: a known given or family name, or a word of
/// a person's name found elsewhere in the text.
fn known_single_name(ctx: &Ctx<'_>, found: &Found, i: usize) -> bool {
    let w = ctx.word(i);
    NAMES.family(w).is_some()
        || NAMES.given(w).is_some_and(|s| s == Strength::Strong)
        || found
            .people
            .iter()
            .any(|p| p.tokens.len() >= 2 && p.tokens.clone().any(|k| ctx.word(k) == w))
}

/// `UN Photo/Mark Garten`, `Photo: Jane Doe`, `Contact: Anna Benson`, `please contact Ed Griffith`.
fn credits_and_contacts(ctx: &Ctx<'_>, found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        let photo_slash =
            (ctx.is_word(i, "Photo") || ctx.is_word(i, "Photos")) && ctx.is_punct(i + 1, "/");
        let contact = ctx.is_word(i, "contact") || ctx.is_word(i, "contacts");
        let labelled = (ctx.is_word(i, "Photo")
            || ctx.is_word(i, "Photos")
            || ctx.is_word(i, "Credit")
            || contact)
            && ctx.is_punct(i + 1, ":");
        let s = if photo_slash || labelled {
            i + 2
        } else if contact && ctx.is_cap(i + 1) {
            i + 1
        } else {
            continue;
        };
        if let Some(r) = match_name(ctx, s, found) {
            if r.len() >= 2
                && (photo_slash
                    || plausible_person(ctx, &r)
                    || apposition(ctx, found, r.end).is_some())
            {
                if let Some(p) = push_person(ctx, found, r.clone()) {
                    if let Some(a) = apposition(ctx, found, r.end) {
                        for (title, org) in a.roles {
                            let org = org.and_then(|o| org_ref(ctx, found, o, true));
                            add_role(found, p, title, org);
                        }
                    }
                }
            }
        }
    }
}

/// Later mentions of people by family name (`Coninsx`, `Burke`) or, for names written
/// family name first (`Lee Man-hee`), by that name.
pub(crate) fn find_aliases(ctx: &Ctx<'_>, found: &mut Found) {
    let mut keys: HashSet<&str> = HashSet::new();
    for p in &found.people {
        if p.tokens.len() < 2 {
            continue;
        }
        let first = ctx.word(p.tokens.start);
        let last = ctx.word(p.tokens.end - 1);
        keys.insert(last);
        if NAMES.family(first).is_some_and(|(_, f)| f) {
            keys.insert(first);
        }
    }
    if keys.is_empty() {
        return;
    }
    for i in 0..ctx.tokens.len() {
        if !ctx.is_cap(i) || found.covers(i) || !name_word(ctx, i) {
            continue;
        }
        let w = ctx.word(i);
        if !keys.contains(w) {
            continue;
        }
        // A family name alone, not part of another capitalised phrase ("Cook County").
        let prev_cap = i > 0
            && ctx.is_cap(i - 1)
            && !words::is_honorific(ctx.word(i - 1))
            && !title_ends_at(ctx, found, i);
        if !ctx.is_cap(i + 1) && !prev_cap {
            push_person(ctx, found, i..i + 1);
        }
    }
}

/// Whether a title ends right before token `i` (`Professor Ma`, `State’s Attorney Burke`).
fn title_ends_at(ctx: &Ctx<'_>, found: &Found, i: usize) -> bool {
    (1..=MAX_TITLE_WORDS + 3).any(|len| {
        i.checked_sub(len)
            .and_then(|s| match_title(ctx, s, found))
            .is_some_and(|t| t.tokens.end == i)
    })
}
