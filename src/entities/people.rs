//! Person mentions and the roles written next to them.
//!
//! A capitalised phrase is a person only with evidence: a title before it (`Assistant
//! Secretary-General Michèle Coninsx`, `CTED Executive Director Coninsx`), an honorific
//! (`Dr. Vanessa Rodriguez`), a speech verb (`said Todd C. Smith`), a title in apposition
//! (`John Lee, Chief Executive of the HKSAR`), a credit or contact line, or a known given
//! name followed by a family name. Later mentions of a known person's family name are
//! found in a second pass.

use std::ops::Range;

use super::gazetteer::{HitTarget, GAZETTEER};
use super::names::{Strength, NAMES};
use super::organisations::{looks_like_acronym, pattern_kind};
use super::tokens::Kind;
use super::{words, Ctx, Found, OrgMention, OrgRef, PersonMention, RoleMention};
use crate::document::normalise;
use crate::model::OrganisationKind as K;

/// Longest title, in words, looked up at one position.
const MAX_TITLE_WORDS: usize = 6;

/// A title found at a position: its tokens and, when the title says it, its organisation.
#[derive(Debug)]
struct TitleMatch {
    tokens: Range<usize>,
    text: String,
    /// `of the United Nations`, `of CTED`: the organisation after the title.
    org: Option<Range<usize>>,
}

/// Matches a title starting at token `i`: optional modifiers (`Deputy`, `Acting`), a
/// title from the gazetteer, and a portfolio (`for Foreign Affairs`) or organisation
/// (`of the Counter-Terrorism Committee Executive Directorate`) after it.
fn match_title(ctx: &Ctx<'_>, i: usize, found: &Found, allow_lower: bool) -> Option<TitleMatch> {
    let first = ctx.tok(i)?;
    if first.kind != Kind::Word || (!allow_lower && !first.cap) {
        return None;
    }
    // "United Nations Secretary-General" is an organisation and a title, not one title.
    if ctx
        .hit_of
        .get(i)
        .copied()
        .flatten()
        .is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Organisation(_)))
    {
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
        for len in (1..=MAX_TITLE_WORDS).rev() {
            let end = start + len;
            if end > ctx.tokens.len()
                || (start..end).any(|k| ctx.tok(k).is_none_or(|t| t.kind != Kind::Word))
            {
                continue;
            }
            if !allow_lower
                && !(start..end).all(|k| ctx.is_cap(k) || super::tokens::is_connector(ctx.word(k)))
            {
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
    let mut org = None;
    // "for Foreign Affairs", "of Transport", "in Charge": a portfolio stays in the title;
    // "of the United Nations", "of CTED": an organisation becomes the role's organisation.
    if matches!(ctx.word(end), "of" | "for" | "at" | "in" | "to") {
        let mut k = end + 1;
        if ctx.is_word(k, "the") {
            k += 1;
        }
        let mut e = k;
        while ctx.is_cap(e)
            || (super::tokens::is_connector(ctx.word(e)) && ctx.is_cap(e + 1))
            || (ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) && ctx.is_cap(e + 1))
        {
            e += 1;
            if e - k > 14 {
                break;
            }
        }
        if e > k {
            let r = k..e;
            let is_org = found.org_covering(k).is_some()
                || pattern_kind(ctx, &r).is_some()
                || ctx.org_entry(&r).is_some()
                || (r.len() == 1 && looks_like_acronym(ctx.word(k)));
            let is_country = ctx
                .hit_of
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Country(_)));
            if is_org {
                // The organisation may continue past an inner "of": take the known mention's extent.
                let r = found
                    .org_covering(k)
                    .and_then(|o| found.orgs.get(o))
                    .map_or(r, |o| o.tokens.clone());
                org = Some(r);
            } else if !is_country || ctx.word(end) != "of" {
                end = e;
            }
        }
    }
    Some(TitleMatch {
        text: normalise(ctx.slice(&(i..end))),
        tokens: i..end,
        org,
    })
}

/// Whether a word can be part of a person's name.
fn name_word(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.tok(i) else { return false };
    if t.kind != Kind::Word || !(t.cap || t.upper) {
        return false;
    }
    let w = ctx.word(i);
    if words::is_stop_capital(w) || words::is_honorific(w) {
        return false;
    }
    if w.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    if ctx.hit_of.get(i).copied().flatten().is_some() {
        return false;
    }
    if GAZETTEER.org_word(w).is_some() || GAZETTEER.title(w).is_some() {
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
    while words::is_honorific(ctx.word(j)) {
        j += 1;
    }
    let start = j;
    let mut end = j;
    let mut count = 0;
    while count < 5 {
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
    if let Some(p) = found.people.iter().position(|p| p.tokens == r) {
        return Some(p);
    }
    if r.clone().any(|k| found.covers(k)) {
        return None;
    }
    found.people.push(PersonMention {
        span: ctx.span(&r),
        name: normalise(ctx.slice(&r)),
        tokens: r,
    });
    Some(found.people.len() - 1)
}

/// The organisation of a role: a known mention, or a new one for an acronym or a
/// patterned name, or the words as written.
fn org_ref(ctx: &Ctx<'_>, found: &mut Found, r: Range<usize>) -> Option<OrgRef> {
    let mut r = r;
    while r.len() > 1 && (ctx.is_word(r.start, "the") || words::is_stop_capital(ctx.word(r.start)))
    {
        r.start += 1;
    }
    while r.len() > 1 && ctx.tok(r.end - 1).is_some_and(|t| t.kind != Kind::Word) {
        r.end -= 1;
    }
    if r.is_empty() {
        return None;
    }
    if let Some(k) = found.org_at(&r).or_else(|| {
        found
            .org_covering(r.start)
            .filter(|&k| found.orgs[k].tokens.end >= r.end)
    }) {
        return Some(OrgRef::Mention(k));
    }
    // A country is a place, not an organisation, in "the Kenyan Minister": no org.
    if r.clone().all(|k| {
        ctx.hit_of
            .get(k)
            .copied()
            .flatten()
            .is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Country(_)))
    }) {
        return None;
    }
    if r.len() == 1 && GAZETTEER.country_by_adjective(ctx.word(r.start)).is_some() {
        return None;
    }
    let kind = if r.len() == 1 && looks_like_acronym(ctx.word(r.start)) {
        Some(
            GAZETTEER
                .organisation(ctx.word(r.start))
                .map_or(K::Other, |e| e.kind),
        )
    } else {
        pattern_kind(ctx, &r).or_else(|| ctx.org_entry(&r).map(|e| e.kind))
    };
    let Some(kind) = kind else {
        // A company or body named only by its capitalised words: "Cybertecture", "Hyundai Motors".
        return r
            .clone()
            .all(|k| ctx.is_cap(k) || super::tokens::is_connector(ctx.word(k)))
            .then(|| OrgRef::Text(normalise(ctx.slice(&r))));
    };
    if r.clone().any(|k| found.covers(k)) {
        return Some(OrgRef::Text(normalise(ctx.slice(&r))));
    }
    let name = normalise(ctx.slice(&r));
    let is_acronym = r.len() == 1 && looks_like_acronym(&name);
    found.orgs.push(OrgMention {
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
    let dup = found.roles.iter().any(|r| {
        r.person == person
            && r.title.eq_ignore_ascii_case(&title)
            && match (&r.org, &org) {
                (None, None) => true,
                (Some(OrgRef::Mention(a)), Some(OrgRef::Mention(b))) => a == b,
                (Some(OrgRef::Text(a)), Some(OrgRef::Text(b))) => a == b,
                _ => false,
            }
    });
    if !dup {
        found.roles.push(RoleMention { person, title, org });
    }
}

/// Finds people and their roles.
pub(crate) fn find(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    credits_and_contacts(ctx, found);
    title_led(ctx, chunks, found, false);
    honorifics(ctx, found);
    speech(ctx, found);
    known_names(ctx, chunks, found);
    title_led(ctx, chunks, found, true);
    appositions(ctx, found);
}

/// `[Organisation] Title Name`: `United Nations Secretary-General António Guterres`,
/// `CTED Executive Director Coninsx`, `Mayor Todd Gloria`.
fn title_led(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found, single: bool) {
    for c in chunks {
        let mut i = c.start;
        while i < c.end {
            let Some(t) = match_title(ctx, i, found, false) else {
                i += 1;
                continue;
            };
            let after = t.tokens.end;
            let Some(name) = match_name(ctx, after, found) else {
                i = after.max(i + 1);
                continue;
            };
            // A single word after a title ("Chairman Lee", "Member States") is a person
            // only when it is a known name or the family name of someone already found;
            // that is checked in a second pass, once full names are known.
            if name.len() == 1 && (!single || !known_single_name(ctx, found, name.start)) {
                i = name.end;
                continue;
            }
            if name.len() > 1 && single {
                i = name.end;
                continue;
            }
            // Everything before the title in the phrase is its organisation.
            let pre = c.start..i;
            let pre = if pre.is_empty() { None } else { Some(pre) };
            let name_end = name.end;
            if let Some(p) = push_person(ctx, found, name) {
                let org = match (t.org, pre) {
                    (Some(r), _) => org_ref(ctx, found, r),
                    (None, Some(r)) => org_ref(ctx, found, r),
                    (None, None) => None,
                };
                add_role(found, p, strip_title(&t.text), org);
            }
            i = name_end;
        }
    }
}

/// Whether the single word at `i` is a name: a known given or family name, or a word of
/// a person's name found elsewhere in the text.
fn known_single_name(ctx: &Ctx<'_>, found: &Found, i: usize) -> bool {
    let w = ctx.word(i);
    NAMES.family(w).is_some()
        || NAMES.given(w).is_some()
        || found
            .people
            .iter()
            .any(|p| p.tokens.len() >= 2 && p.tokens.clone().any(|k| ctx.word(k) == w))
}

/// A title without a trailing "of" phrase left over by the organisation split.
fn strip_title(t: &str) -> String {
    t.trim_end_matches([',', ' ']).to_owned()
}

/// `Mr. Guterres`, `Dr. Vanessa Rodriguez`, `H.E. Mr. X`.
fn honorifics(ctx: &Ctx<'_>, found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        if !words::is_honorific(ctx.word(i)) || !ctx.is_cap(i) {
            continue;
        }
        // "He" is an honorific only as "H.E."; "Sir" and the rest always.
        if ctx.word(i) == "He" {
            continue;
        }
        if let Some(r) = match_name(ctx, i + 1, found) {
            push_person(ctx, found, r);
        }
    }
}

/// `said Jane Doe`, `Jane Doe said`, `according to Jane Doe`.
fn speech(ctx: &Ctx<'_>, found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        let w = ctx.word(i);
        let after_verb = words::is_speech_verb(w)
            && matches!(
                w,
                "said"
                    | "says"
                    | "added"
                    | "noted"
                    | "stated"
                    | "explained"
                    | "commented"
                    | "remarked"
                    | "emphasized"
                    | "emphasised"
                    | "stressed"
                    | "declared"
                    | "continued"
                    | "concluded"
                    | "shared"
                    | "asked"
                    | "replied"
                    | "wrote"
                    | "observed"
            );
        let according = ctx.is_word(i, "according") && ctx.is_word(i + 1, "to");
        if after_verb || according {
            let s = if according { i + 2 } else { i + 1 };
            // "said DA Stephan": a title between the verb and the name is handled by title_led.
            if let Some(r) = match_name(ctx, s, found) {
                if plausible_person(ctx, &r) {
                    push_person(ctx, found, r);
                }
            }
        }
        if words::is_speech_verb(w) && i > 0 {
            // "Jane Doe said", "Jane Doe, CEO of Acme, said" (the apposition is skipped).
            let mut e = i;
            if ctx.is_punct(e - 1, ",") {
                // walk back over an apposition to the comma before it
                let mut k = e - 1;
                let mut steps = 0;
                while k > 0
                    && steps < 15
                    && !ctx.is_punct(k - 1, ",")
                    && ctx.tok(k - 1).is_some_and(|t| t.kind != Kind::Break)
                {
                    k -= 1;
                    steps += 1;
                }
                if k > 0 && ctx.is_punct(k - 1, ",") {
                    e = k - 1;
                }
            }
            let mut s = e;
            while s > 0 && name_word(ctx, s - 1) && e - s < 4 {
                s -= 1;
            }
            if s < e && e - s >= 2 {
                let r = s..e;
                if plausible_person(ctx, &r) && !found.covers(s) {
                    push_person(ctx, found, r);
                }
            }
        }
    }
}

/// Two to four name words whose first is a known given name or whose family name is
/// known: evidence enough beside a speech verb or in apposition.
fn plausible_person(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    if r.len() < 2 {
        return false;
    }
    let first = ctx.word(r.start);
    let last = ctx.word(r.end - 1);
    NAMES.given(first).is_some()
        || NAMES.family(last).is_some()
        || NAMES.family(first).is_some_and(|(_, f)| f)
        || ctx
            .tok(r.start + 1)
            .is_some_and(|t| t.span.len() == 2 && ctx.word(r.start + 1).ends_with('.'))
}

/// Given name + family name with no other evidence: only when both lists know the words.
fn known_names(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    for c in chunks {
        let mut i = c.start;
        while i + 1 < c.end + 1 && i < c.end {
            if found.covers(i) {
                i += 1;
                continue;
            }
            let Some(r) = match_name(ctx, i, found) else {
                i += 1;
                continue;
            };
            if r.len() < 2 || r.end > c.end {
                i = r.end.max(i + 1);
                continue;
            }
            let first = ctx.word(r.start);
            let second = ctx.word(r.start + 1);
            let last = ctx.word(r.end - 1);
            let given_first = NAMES.given(first) == Some(Strength::Strong);
            let family_last = NAMES.family(last).is_some() || r.len() >= 3;
            let family_first = NAMES.family(first).is_some_and(|(_, f)| f)
                && (NAMES.given(second).is_some() || second.contains('-'));
            // A name that is the start of a longer capitalised phrase is part of that phrase.
            let whole_chunk =
                r.start == c.start && r.end == c.end || (r.end == c.end) || !ctx.is_cap(r.end);
            if whole_chunk && ((given_first && family_last) || family_first) && r.len() <= 4 {
                push_person(ctx, found, r.clone());
            }
            i = r.end;
        }
    }
}

/// `UN Photo/Mark Garten`, `Photo: Jane Doe`, `Contact: Anna Benson`, `please contact Ed Griffith`.
fn credits_and_contacts(ctx: &Ctx<'_>, found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        let photo_slash = ctx.is_word(i, "Photo") && ctx.is_punct(i + 1, "/");
        let contact =
            (ctx.is_word(i, "contact") || ctx.is_word(i, "Contact") || ctx.is_word(i, "Contacts"))
                && (ctx.is_punct(i + 1, ":") || ctx.is_cap(i + 1));
        let by = (ctx.is_word(i, "Photo") || ctx.is_word(i, "Photos") || ctx.is_word(i, "Credit"))
            && ctx.is_punct(i + 1, ":");
        let s = if photo_slash || by || (contact && ctx.is_punct(i + 1, ":")) {
            i + 2
        } else if contact {
            i + 1
        } else {
            continue;
        };
        if let Some(r) = match_name(ctx, s, found) {
            if r.len() >= 2 && plausible_person(ctx, &r) || photo_slash && r.len() >= 2 {
                push_person(ctx, found, r);
            }
        }
    }
}

/// Roles written after a name: `Jane Doe, Executive Director of the X (XYZ),`,
/// `SangYup Lee, Hyundai Motors Executive Vice President`, `Renat Bekturov, Governor,
/// Astana International Financial Center`.
fn appositions(ctx: &Ctx<'_>, found: &mut Found) {
    let n_people = found.people.len();
    for p in 0..n_people {
        let end = found.people[p].tokens.end;
        let mut i = end;
        if !ctx.is_punct(i, ",") && !ctx.is_punct(i, "(") {
            continue;
        }
        i += 1;
        if matches!(ctx.word(i).to_lowercase().as_str(), "the" | "a" | "an") {
            i += 1;
        }
        // "Title [of|at Org]"
        if let Some(t) = match_title(ctx, i, found, true) {
            let after = t.tokens.end;
            let org = match t.org {
                Some(r) => org_ref(ctx, found, r),
                // "Governor, Astana International Financial Center": the org after a comma.
                None if ctx.is_punct(after, ",") => {
                    let s = after + 1;
                    let mut e = s;
                    while ctx.is_cap(e)
                        || (super::tokens::is_connector(ctx.word(e)) && ctx.is_cap(e + 1))
                    {
                        e += 1;
                    }
                    if e > s && found.people.iter().all(|q| !q.tokens.contains(&s)) {
                        org_ref(ctx, found, s..e)
                    } else {
                        None
                    }
                }
                None => None,
            };
            add_role(found, p, strip_title(&t.text), org);
            continue;
        }
        // "Org Title": capitalised words, then a title.
        let mut j = i;
        while j < i + 8 && ctx.is_cap(j) && match_title(ctx, j, found, false).is_none() {
            j += 1;
        }
        if j > i {
            if let Some(t) = match_title(ctx, j, found, false) {
                let org = org_ref(ctx, found, i..j);
                add_role(found, p, strip_title(&t.text), org);
            }
        }
    }
}

/// Later mentions of people by family name (`Coninsx`, `Burke`) or, for names written
/// family name first (`Lee Man-hee`), by that name.
pub(crate) fn find_aliases(ctx: &Ctx<'_>, found: &mut Found) {
    let mut keys: Vec<String> = Vec::new();
    for p in &found.people {
        if p.tokens.len() < 2 {
            continue;
        }
        let first = ctx.word(p.tokens.start);
        let last = ctx.word(p.tokens.end - 1);
        keys.push(last.to_owned());
        if NAMES.family(first).is_some_and(|(_, f)| f) {
            keys.push(first.to_owned());
        }
    }
    for i in 0..ctx.tokens.len() {
        if !ctx.is_cap(i) || found.covers(i) {
            continue;
        }
        let w = ctx.word(i);
        if !keys.iter().any(|k| k == w) {
            continue;
        }
        // A family name alone, not the start or end of another capitalised phrase.
        let alone = !ctx.is_cap(i + 1)
            && !(i > 0
                && ctx.is_cap(i - 1)
                && !words::is_honorific(ctx.word(i - 1))
                && match_title_ends(ctx, i).is_none());
        if alone {
            push_person(ctx, found, i..i + 1);
        }
    }
}

/// Whether a title ends right before token `i` (`Professor Ma`).
fn match_title_ends(ctx: &Ctx<'_>, i: usize) -> Option<()> {
    for len in 1..=MAX_TITLE_WORDS {
        let s = i.checked_sub(len)?;
        if GAZETTEER.title(&normalise(ctx.slice(&(s..i)))).is_some() {
            return Some(());
        }
    }
    None
}
