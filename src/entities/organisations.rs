//! Organisation mentions: gazetteer names, acronym definitions, head and lead words,
//! company suffixes and tickers, lists of missions, and lists that mix known and new names.

use std::collections::HashMap;
use std::ops::Range;

use super::gazetteer::{HitTarget, GAZETTEER};
use super::tokens::Kind;
use super::{words, Ctx, Found, OrgMention};
use crate::document::normalise;
use crate::model::OrganisationKind as K;

/// Words after which a capitalised phrase ends a company name.
fn is_company_suffix(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.').to_ascii_lowercase().as_str(),
        "inc"
            | "ltd"
            | "llc"
            | "llp"
            | "plc"
            | "gmbh"
            | "ag"
            | "s.a"
            | "sa"
            | "corp"
            | "corporation"
            | "co"
            | "limited"
            | "holdings"
            | "tbk"
            | "bhd"
            | "pte"
            | "pty"
            | "nv"
            | "n.v"
            | "bv"
            | "b.v"
            | "spa"
            | "s.p.a"
            | "srl"
            | "oy"
            | "ab"
            | "kk"
            | "lp"
            | "l.p"
    )
}

/// The country of a name: `Ministry of Commerce of the People's Republic of China` → CN,
/// `Government of Kenya` → KE, `Saudi Investment Promotion Authority` → SA.
pub(crate) fn country_in(ctx: &Ctx<'_>, r: &Range<usize>) -> Option<&'static str> {
    for i in r.clone() {
        if let Some(h) = ctx.hit_of.get(i).copied().flatten() {
            if let Some(HitTarget::Country(c)) = ctx.hits.get(h).map(|h| h.target) {
                return Some(c.code);
            }
        }
    }
    let first = ctx.word(r.start);
    let country_at = |i: usize| -> Option<&'static str> {
        let h = ctx.hit_of.get(i).copied().flatten()?;
        match ctx.hits.get(h)?.target {
            HitTarget::Country(c) => Some(c.code),
            HitTarget::Organisation(_) => None,
        }
        .or_else(|| ctx.place_at(i).map(|p| p.country))
    };
    GAZETTEER
        .country_by_adjective(first)
        .map(|c| c.code)
        // "Chicago Police Department", "Cook County Sheriff’s Office": a place in the name.
        .or_else(|| r.clone().find_map(|i| ctx.place_at(i)).map(|p| p.country))
        // "Peru’s Ministry of Energy and Mines": the country that owns it.
        .or_else(|| {
            let p = r.start.checked_sub(1)?;
            (ctx.tok(p)?.kind == Kind::Possessive).then_some(())?;
            country_at(p.checked_sub(1)?)
        })
        // "the Eastern Economic Corridor Office in Thailand".
        .or_else(|| {
            (ctx.is_word(r.end, "in") || ctx.is_word(r.end, "of"))
                .then(|| country_at(r.end + 1))
                .flatten()
        })
}

fn push(
    ctx: &Ctx<'_>,
    found: &mut Found,
    r: Range<usize>,
    kind: K,
    entry: Option<&'static super::gazetteer::OrgEntry>,
) -> Option<usize> {
    // "CCSAO’s Gun Crimes Strategies Unit": the owner, a known body or an acronym, is not
    // part of the unit's name.
    let r = match owner_possessive(ctx, found, &r) {
        Some(k) => k + 1..r.end,
        None => r,
    };
    if r.is_empty() {
        return None;
    }
    if let Some(i) = found.org_at(&r) {
        return Some(i);
    }
    if r.clone().any(|i| found.covers(i)) {
        return None;
    }
    let span = ctx.span(&r);
    let name = normalise(ctx.slice(&r));
    let is_acronym =
        r.len() == 1 && ctx.tokens.get(r.start).is_some_and(|t| t.upper) && name.len() <= 12;
    // Bodies of states and of the UN system belong to no one country; any other body
    // named after a place or a nation ("Korea Airports Corporation") belongs to it.
    let country = match kind {
        K::Intergovernmental | K::UnEntity => None,
        _ => country_in(ctx, &r),
    };
    // A national body's gazetteer entry knows its State: "the FBI" is American.
    let country = entry.and_then(|e| e.country).or(country);
    found.add_org(OrgMention {
        span,
        tokens: r,
        acronym: is_acronym.then(|| name.clone()),
        name,
        is_acronym,
        kind,
        country,
        entry,
    });
    Some(found.orgs.len() - 1)
}

/// A company's name without its legal suffix and leading article, when that leaves a
/// distinctive name of at least one capitalised word.
fn company_short_name(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let (last, rest) = words.split_last()?;
    if !is_company_suffix(last) {
        return None;
    }
    let mut rest = rest;
    if rest.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        rest = &rest[1..];
    }
    let short = rest.join(" ");
    let short = short.trim_end_matches(',').to_owned();
    let distinctive = short.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && short.starts_with(|c: char| c.is_uppercase())
        && GAZETTEER.org_word(&short).is_none();
    distinctive.then_some(short)
}

/// The possessive token after an owner that opens `r`: an organisation already found or an
/// acronym, with at least two words of name after it.
fn owner_possessive(ctx: &Ctx<'_>, found: &Found, r: &Range<usize>) -> Option<usize> {
    let k = (r.start + 1..r.end.saturating_sub(2))
        .find(|&k| ctx.tok(k).is_some_and(|t| t.kind == Kind::Possessive))?;
    let owner = r.start..k;
    let acronym = owner.len() == 1
        && ctx.tokens.get(r.start).is_some_and(|t| t.upper)
        && looks_like_acronym(ctx.word(r.start));
    (acronym || found.org_at(&owner).is_some()).then_some(k)
}

/// The kind a phrase's head or lead word gives it, if any.
pub(crate) fn pattern_kind(ctx: &Ctx<'_>, r: &Range<usize>) -> Option<K> {
    let last = ctx.word(r.end.checked_sub(1)?);
    if is_company_suffix(last) && r.len() >= 2 {
        return Some(K::Company);
    }
    // "Daegu Metropolitan City", "City of Chicago", "State of Baja California": a local
    // government named after its place.
    if r.len() >= 2 && last == "City" && matches!(ctx.word(r.end - 2), "Metropolitan" | "Special") {
        return Some(K::Government);
    }
    if r.len() >= 3
        && matches!(
            ctx.word(r.start),
            "City" | "Town" | "Municipality" | "Province" | "Prefecture"
        )
        && ctx.word(r.start + 1) == "of"
    {
        return Some(K::Government);
    }
    // "ATF Chicago Field Division", "CCSAO Regional Transit Task Force": a word that heads
    // units and other things alike is a unit's when an organisation's acronym or a place
    // qualifies it.
    if r.len() >= 2 {
        if let Some(w) = GAZETTEER
            .org_word(last)
            .filter(|w| w.is_head() && w.ambiguous)
        {
            // "Task Force", "Working Group": the two-word heads are always bodies.
            let two_word_head = matches!(
                (ctx.word(r.end - 2), last),
                ("Task", "Force")
                    | ("Working", "Group")
                    | ("Contact", "Group")
                    | ("Steering", "Group")
            );
            let qualified = two_word_head
                || (r.start..r.end - 1).any(|k| {
                    ctx.place_at(k).is_some()
                        || (ctx.tokens.get(k).is_some_and(|t| t.upper)
                            && looks_like_acronym(ctx.word(k)))
                });
            if qualified && crate::lexicon::event_head(last).is_none() {
                return Some(w.kind);
            }
        }
    }
    // "San Diego Regional Chamber of Commerce": the one "Chamber" that is always a body.
    if r.len() >= 3
        && last == "Commerce"
        && ctx.word(r.end - 2) == "of"
        && ctx.word(r.end - 3).starts_with("Chamber")
    {
        return Some(K::Ngo);
    }
    if let Some(w) = GAZETTEER.org_word(last) {
        if w.is_head() && !w.ambiguous && r.len() >= 2 {
            return Some(w.kind);
        }
    }
    // "Ministry of …", "University of …", "Embassy of …": a lead word and "of".
    let first = ctx.word(r.start);
    if let Some(w) = GAZETTEER.org_word(first) {
        if w.is_lead() && r.len() >= 3 && matches!(ctx.word(r.start + 1), "of" | "for" | "on") {
            return Some(w.kind);
        }
    }
    // "CTITF Working Group on Communications", "Committee on Industry, Research and
    // Energy": a head word inside the name, with its remit after it.
    for k in r.start + 1..r.end.saturating_sub(2) {
        let Some(w) = GAZETTEER.org_word(ctx.word(k)) else {
            continue;
        };
        let remit = ctx.word(k + 1);
        // "Summit on …", "Forum on …" name events more often than bodies.
        if crate::lexicon::event_head(ctx.word(k)).is_some() {
            continue;
        }
        if w.is_head() && ctx.is_cap(k) && (remit == "on" || (!w.ambiguous && remit == "of")) {
            return Some(w.kind);
        }
    }
    None
}

/// Organisations from the gazetteer, acronym definitions, patterns and missions.
pub(crate) fn find(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    missions(ctx, found);
    // Gazetteer names, longest first (the scan already prefers the longest match).
    for (hi, hit) in ctx.hits.iter().enumerate() {
        let HitTarget::Organisation(entry) = hit.target else {
            continue;
        };
        let toks: Vec<usize> = ctx
            .hit_tokens
            .get(hi)
            .cloned()
            .unwrap_or_default()
            .collect();
        let (Some(&a), Some(&b)) = (toks.first(), toks.last()) else {
            continue;
        };
        // A gazetteer name that is only the start of a longer capitalised name ("United
        // Nations Alliance of Civilizations") is left to the pattern rules.
        if let Some(c) = chunk_containing(chunks, a) {
            if c.end > b + 1
                && pattern_kind(ctx, &(a..c.end)).is_some()
                && !ctx.is_punct(b + 1, "(")
            {
                continue;
            }
        }
        push(ctx, found, a..b + 1, entry.kind, Some(entry));
    }
    acronym_definitions(ctx, chunks, found);
    tickers(ctx, chunks, found);
    for c in chunks {
        for r in split_and(ctx, c) {
            let r = strip_title_prefix(ctx, r);
            if let Some(kind) = pattern_kind(ctx, &r) {
                let r = trim_org(ctx, r);
                push(ctx, found, r, kind, None);
            }
        }
    }
    class_appositions(ctx, chunks, found);
    // Defined acronyms and names used again ("the HKSAR") are organisations before people
    // are read, so a title's "of the HKSAR" finds its organisation.
    repeats(ctx, chunks, found);
}

/// The chunk that holds token `i`. Chunks are disjoint and in text order, so a binary
/// search finds the one a scan would.
fn chunk_containing(chunks: &[Range<usize>], i: usize) -> Option<&Range<usize>> {
    let k = chunks.partition_point(|c| c.end <= i);
    chunks.get(k).filter(|c| c.contains(&i))
}

/// The chunk that ends right before token `i`.
fn chunk_ending_at(chunks: &[Range<usize>], i: usize) -> Option<Range<usize>> {
    let k = chunks.partition_point(|c| c.end < i);
    chunks.get(k).filter(|c| c.end == i).cloned()
}

/// Drops a leading determiner or sentence opener from an organisation's tokens.
fn trim_org(ctx: &Ctx<'_>, mut r: Range<usize>) -> Range<usize> {
    while r.len() > 1
        && words::is_stop_capital(ctx.word(r.start))
        && !ctx.tokens.get(r.start).is_some_and(|t| t.upper)
    {
        r.start += 1;
    }
    r
}

/// Whether tokens `r` are an organisation's name on their own: a patterned or gazetteer name.
fn standalone_org(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    !r.is_empty() && (pattern_kind(ctx, r).is_some() || ctx.org_entry(r).is_some())
}

/// A capitalised phrase that joins names with "and" ("Ascom and Dräger", "the Department of
/// Health and the Department for Education") is several phrases; one name with "and" inside
/// ("Securities and Exchange Commission", "Department of Economic and Social Affairs") is not.
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
        let split = the
            || !whole_is_org
            || (standalone_org(ctx, &(s..a)) && standalone_org(ctx, &right))
            || super::people::plausible_person(ctx, &right);
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

/// Drops a leading title from a phrase: "Head of Platform Solutions for Ascom" names
/// Ascom, "Chief of the Multi-Jurisdiction Bureau" the bureau.
pub(crate) fn strip_title_prefix(ctx: &Ctx<'_>, r: Range<usize>) -> Range<usize> {
    let mut r = r;
    for _ in 0..3 {
        let mut title_end = None;
        for len in (1..=6.min(r.len())).rev() {
            let phrase = normalise(ctx.slice(&(r.start..r.start + len)));
            // Modifiers are part of the title: "Chief Executive", "Acting Director".
            if GAZETTEER.title_head(&phrase).is_some() || GAZETTEER.title(&phrase).is_some() {
                title_end = Some(r.start + len);
                break;
            }
        }
        let Some(mut e) = title_end else { break };
        // "State’s Attorney’s Office": the title holder's office keeps its title.
        if ctx.tok(e).is_some_and(|t| t.kind == Kind::Possessive) {
            break;
        }
        // "of Sales for Dräger": a portfolio before the organisation.
        loop {
            if !matches!(ctx.word(e), "of" | "for" | "at" | "in") {
                break;
            }
            let mut k = e + 1;
            if ctx.is_word(k, "the") {
                k += 1;
            }
            // An employer after "for" or "at" ("of Sales for Dräger, Inc.") is the
            // organisation; otherwise the rest is, when it is one name.
            if let Some(p) = (k..r.end)
                .rev()
                .find(|&x| matches!(ctx.word(x), "for" | "at"))
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
                || !(k..r.end).any(|x| matches!(ctx.word(x), "of" | "for" | "at"))
            {
                e = k;
                break;
            }
            let mut p = k;
            while p < r.end && !matches!(ctx.word(p), "of" | "for" | "at") {
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

/// `Full Name (ACR)` and `ACR (Full Name)`.
fn acronym_definitions(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        if !ctx.is_punct(i, "(") || !ctx.is_punct(i + 2, ")") {
            continue;
        }
        let Some(t) = ctx.tok(i + 1) else { continue };
        let acr = ctx.word(i + 1);
        if t.kind != Kind::Word || !looks_like_acronym(acr) {
            continue;
        }
        let Some(long) = chunk_ending_at(chunks, i) else {
            continue;
        };
        let long = trim_org(ctx, long);
        let known = found.org_at(&long).or_else(|| {
            let kind = pattern_kind(ctx, &long)
                .or_else(|| ctx.org_entry(&long).map(|e| e.kind))
                .or_else(|| GAZETTEER.organisation(acr).map(|e| e.kind))
                .or_else(|| {
                    (initials_match(ctx, &long, acr) && described_as_org(ctx, i + 3))
                        .then_some(K::Other)
                })?;
            push(ctx, found, long.clone(), kind, ctx.org_entry(&long))
        });
        if let Some(k) = known {
            if let Some(o) = found.orgs.get_mut(k) {
                o.acronym = Some(acr.to_owned());
            }
            let kind = found.orgs.get(k).map(|o| o.kind).unwrap_or(K::Other);
            let country = found.orgs.get(k).and_then(|o| o.country);
            if let Some(a) = push(ctx, found, i + 1..i + 2, kind, None) {
                if let Some(o) = found.orgs.get_mut(a) {
                    o.country = country;
                }
            }
        }
    }
}

pub(crate) fn looks_like_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=12).contains(&letters)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '.'))
}

/// Whether the acronym's letters are the initials of the name's capitalised words.
fn initials_match(ctx: &Ctx<'_>, r: &Range<usize>, acr: &str) -> bool {
    let initials: String = r
        .clone()
        .filter(|&i| ctx.is_cap(i))
        .flat_map(|i| {
            ctx.word(i)
                .split('-')
                .filter_map(|p| p.chars().next())
                .collect::<Vec<_>>()
        })
        .flat_map(char::to_uppercase)
        .collect();
    let acr: String = acr
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    !acr.is_empty()
        && (initials == acr
            || initials.starts_with(&acr)
            || acr.chars().all(|c| initials.contains(c)) && acr.len() >= 3)
}

/// `…, an international non-governmental organization`: the words after position `i`
/// describe an organisation.
fn described_as_org(ctx: &Ctx<'_>, i: usize) -> bool {
    if !ctx.is_punct(i, ",") {
        return false;
    }
    if !matches!(ctx.word(i + 1).to_lowercase().as_str(), "a" | "an" | "the") {
        return false;
    }
    apposition_class(ctx, i).is_some()
}

/// The class noun of the noun phrase after `, a` / `, the` at `i`: "an international
/// non-governmental organization", "a developer of …". Only the head phrase counts, up to
/// its first preposition or clause word: in "2018, the heads of Member States" the States
/// are not what 2018 is.
fn apposition_class(ctx: &Ctx<'_>, i: usize) -> Option<K> {
    (i + 2..i + 9)
        .take_while(|&j| {
            ctx.tok(j).is_some_and(|t| t.kind == Kind::Word)
                && !matches!(
                    ctx.word(j),
                    "of" | "in"
                        | "for"
                        | "with"
                        | "at"
                        | "on"
                        | "to"
                        | "from"
                        | "that"
                        | "which"
                        | "who"
                )
        })
        .find_map(|j| words::org_class_noun(ctx.word(j)))
}

/// `Hyatt Hotels Corporation (NYSE: H)`: a listed company.
fn tickers(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        if !ctx.is_punct(i, "(") || !ctx.is_punct(i + 2, ":") {
            continue;
        }
        let ex = ctx.word(i + 1);
        let exchange = matches!(
            ex.to_ascii_uppercase().as_str(),
            "NYSE"
                | "NASDAQ"
                | "OTCMKTS"
                | "OTCQB"
                | "OTCQX"
                | "OTC"
                | "TSX"
                | "TSXV"
                | "LSE"
                | "ASX"
                | "HKEX"
                | "SIX"
                | "SGX"
                | "NSE"
                | "BSE"
                | "AMEX"
                | "CSE"
                | "SEHK"
                | "TSE"
                | "KRX"
                | "KOSDAQ"
                | "EURONEXT"
                | "XETRA"
                | "SZSE"
                | "SSE"
        );
        if !exchange {
            continue;
        }
        if let Some(c) = chunk_ending_at(chunks, i) {
            let c = trim_org(ctx, c);
            push(ctx, found, c, K::Company, None);
        }
    }
}

/// `ACE ROBOTICS, a developer of …`, `HWPL, an international non-governmental organization`.
fn class_appositions(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    for c in chunks {
        // A number or a date is never the thing described.
        if !c
            .clone()
            .any(|k| ctx.word(k).chars().any(char::is_alphabetic))
        {
            continue;
        }
        if !described_as_org(ctx, c.end) {
            continue;
        }
        if let Some(kind) = apposition_class(ctx, c.end) {
            let c = trim_org(ctx, c.clone());
            push(ctx, found, c, kind, None);
        }
    }
}

/// `the Permanent Missions of Bahrain, Belarus, … and the United Emirates to the United
/// Nations`: one mission per country.
fn missions(ctx: &Ctx<'_>, found: &mut Found) {
    let n = ctx.tokens.len();
    for i in 0..n {
        if !(ctx.is_word(i, "Permanent")
            && (ctx.is_word(i + 1, "Mission") || ctx.is_word(i + 1, "Missions"))
            && ctx.is_word(i + 2, "of"))
        {
            continue;
        }
        // The countries, up to "to the United Nations" or the end of the phrase.
        let mut countries: Vec<(usize, usize, &'static str)> = Vec::new();
        let mut j = i + 3;
        let mut tail: Option<(usize, String)> = None;
        while j < n {
            if ctx.is_word(j, "the") || ctx.is_punct(j, ",") || ctx.is_word(j, "and") {
                j += 1;
                continue;
            }
            if let Some(h) = ctx.hit_of[j] {
                let hit = &ctx.hits[h];
                if let HitTarget::Country(c) = hit.target {
                    let mut e = j;
                    while e + 1 < n && ctx.hit_of[e + 1] == Some(h) {
                        e += 1;
                    }
                    let s = if ctx.is_word(j.saturating_sub(1), "the") {
                        j - 1
                    } else {
                        j
                    };
                    countries.push((s, e + 1, c.code));
                    j = e + 1;
                    continue;
                }
            }
            if ctx.is_word(j, "to") || ctx.is_word(j, "in") {
                // "to the United Nations", "to the United Nations Office at Geneva", "in Geneva"
                let mut e = j + 1;
                while e < n
                    && (ctx.is_cap(e)
                        || ctx.is_word(e, "the")
                        || ctx.is_word(e, "at")
                        || ctx.is_word(e, "of"))
                {
                    e += 1;
                }
                while e > j + 1 && !ctx.is_cap(e - 1) {
                    e -= 1;
                }
                if e > j + 1 {
                    tail = Some((e, normalise(ctx.slice(&(j..e)))));
                }
            }
            break;
        }
        if countries.is_empty() {
            continue;
        }
        let single = countries.len() == 1;
        let tail_text = tail
            .as_ref()
            .map(|(_, t)| format!(" {t}"))
            .unwrap_or_default();
        let countries_len = countries.len();
        for (idx, (s, e, code)) in countries.into_iter().enumerate() {
            let country_text = normalise(ctx.slice(&(s..e)));
            let name = format!("Permanent Mission of {country_text}{tail_text}");
            // The mention: the whole phrase for one mission, the country's words in a list
            // (the last one with the list's tail, so "to the United Nations" is not read as
            // a mention of the United Nations).
            let last = countries_len == idx + 1;
            let r = if single {
                i..tail.as_ref().map_or(e, |(te, _)| *te)
            } else if last {
                s..tail.as_ref().map_or(e, |(te, _)| *te)
            } else {
                s..e
            };
            if r.clone().any(|k| found.covers(k)) {
                continue;
            }
            found.add_org(OrgMention {
                span: ctx.span(&r),
                tokens: r,
                name,
                acronym: None,
                is_acronym: false,
                kind: K::PermanentMission,
                country: Some(code),
                entry: None,
            });
        }
    }
}

/// After people are known: lists that mix known organisations with new capitalised names,
/// lists after a class noun ("companies like …"), and later mentions of known names and
/// acronyms.
pub(crate) fn find_more(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    business_subjects(ctx, chunks, found);
    lists(ctx, chunks, found);
    eu_short_forms(ctx, chunks, found);
    repeats(ctx, chunks, found);
}

/// Verbs of corporate news: the capitalised subject before them is a company.
fn is_business_verb(w: &str) -> bool {
    matches!(
        w,
        "announced"
            | "announces"
            | "launched"
            | "launches"
            | "unveiled"
            | "unveils"
            | "introduced"
            | "introduces"
            | "released"
            | "releases"
            | "reported"
            | "reports"
            | "acquired"
            | "acquires"
            | "partnered"
            | "partners"
            | "expanded"
            | "expands"
            | "raised"
            | "raises"
            | "completed"
            | "completes"
            | "deployed"
            | "deploys"
            | "entered"
            | "enters"
            | "signed"
            | "signs"
            | "debuted"
            | "debuts"
            | "rolled"
            | "opened"
            | "opens"
    )
}

/// `Segment Launches Sources`, `ACE ROBOTICS today unveiled …`, `PickleJar Entertainment
/// Group (OTCMKTS: PKLE) today announced …`, and `About HackerRank` at the end of a wire
/// release: the subject of corporate news is a company.
fn business_subjects(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    for c in chunks {
        if c.len() > 4 || (c.start..c.end).any(|k| found.covers(k)) {
            continue;
        }
        let starts = ctx.tok(c.start).is_some_and(|t| t.sentence_start)
            || c.start == 0
            || matches!(ctx.word(c.start - 1), "-" | "–" | "—" | "\n")
            || ctx.tok(c.start - 1).is_some_and(|t| t.kind == Kind::Break);
        // "About X" closing a wire release, on a line of its own.
        let about = c.start >= 1
            && ctx.is_word(c.start - 1, "About")
            && (c.start < 2 || ctx.tok(c.start - 2).is_some_and(|t| t.kind == Kind::Break))
            && ctx.tok(c.end).is_none_or(|t| t.kind == Kind::Break);
        let mut j = c.end;
        if ctx.is_punct(j, "(") {
            j = (j + 1..j + 8)
                .find(|&k| ctx.is_punct(k, ")"))
                .map_or(j, |k| k + 1);
        }
        if matches!(
            ctx.word(j),
            "today" | "has" | "will" | "also" | "recently" | "officially"
        ) {
            j += 1;
        }
        let verb = ctx.word(j).to_lowercase();
        let subject = starts && is_business_verb(&verb);
        if !(subject || about) {
            continue;
        }
        // Not a person, place or country.
        if c.clone().any(|k| {
            ctx.hit_of
                .get(k)
                .copied()
                .flatten()
                .is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Country(_)))
        }) || super::people::plausible_person(ctx, c)
            || ctx.is_place(c)
            || c.clone()
                .any(|k| super::words::is_stop_capital(ctx.word(k)) && !ctx.tokens[k].upper)
        {
            continue;
        }
        push(ctx, found, c.clone(), K::Company, None);
    }
}

/// In a text about the European Union, `Parliament`, `the Commission` and `the Council`
/// are its institutions.
fn eu_short_forms(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    let eu_context = found.orgs.iter().any(|o| {
        o.entry
            .is_some_and(|e| e.name.starts_with("European") || e.name.contains("European Union"))
    }) || ctx
        .tokens
        .iter()
        .any(|t| matches!(t.text(ctx.text), "MEPs" | "MEP"));
    if !eu_context {
        return;
    }
    for c in chunks {
        if c.len() != 1 || found.covers(c.start) {
            continue;
        }
        let full = match ctx.word(c.start) {
            "Parliament" => "European Parliament",
            "Commission" => "European Commission",
            "Council" => "Council of the European Union",
            _ => continue,
        };
        // "the Council of Europe", "Parliament’s": only the bare word, as a name.
        if ctx.is_word(c.end, "of") {
            continue;
        }
        if let Some(entry) = GAZETTEER.organisation(full) {
            push(ctx, found, c.clone(), entry.kind, Some(entry));
        }
    }
}

/// Coordinated lists: `the Chicago Police Department, Cook County Sheriff’s Office, FBI,
/// ATF, DEA, CTA, Metra, and Pace`. When at least two items are organisations, the other
/// capitalised items are too.
fn lists(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    let mut i = 0;
    while i < chunks.len() {
        // A list: chunks separated by "," or ", and" / "and" only.
        let mut items = vec![chunks[i].clone()];
        let mut j = i;
        while j + 1 < chunks.len() {
            let (a, b) = (&chunks[j], &chunks[j + 1]);
            let gap: Vec<&str> = (a.end..b.start).map(|k| ctx.word(k)).collect();
            let ok = matches!(
                gap.as_slice(),
                [","]
                    | [",", "and"]
                    | ["and"]
                    | [",", "&"]
                    | [",", "or"]
                    | ["or"]
                    | [",", "the"]
                    | [",", "and", "the"]
                    | ["and", "the"]
            );
            if !ok {
                break;
            }
            items.push(b.clone());
            j += 1;
        }
        i = j + 1;
        if items.len() < 3 {
            // A class noun announces even short lists: "companies such as Tesla and SK".
            if items.len() < 2 {
                continue;
            }
        }
        let first = items[0].start;
        let class = class_before(ctx, first);
        let known: Vec<bool> = items
            .iter()
            .map(|r| r.clone().any(|k| found.org_covering(k).is_some()))
            .collect();
        let people: usize = items
            .iter()
            .filter(|r| (r.start..r.end).any(|k| found.person_covering(k).is_some()))
            .count();
        let known_count = known.iter().filter(|&&k| k).count();
        if people > 0 || (known_count < 2 && class.is_none()) {
            continue;
        }
        let kind = class.unwrap_or_else(|| {
            items
                .iter()
                .find_map(|r| {
                    found
                        .org_covering(r.start)
                        .and_then(|o| found.orgs.get(o))
                        .map(|o| o.kind)
                })
                .unwrap_or(K::Other)
        });
        for (r, k) in items.iter().zip(known) {
            if k || r.clone().any(|t| {
                ctx.hit_of[t].is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Country(_)))
            }) {
                continue;
            }
            let r = trim_org(ctx, r.clone());
            // "Daegu", "Maryland", "North County": places in a list of bodies stay places.
            if r.len() > 6 || ctx.is_place(&r) {
                continue;
            }
            push(ctx, found, r, kind, None);
        }
    }
}

/// `companies like`, `partners such as`, `sponsors including`, `… agencies:` right before `i`.
fn class_before(ctx: &Ctx<'_>, i: usize) -> Option<K> {
    let mut j = i.checked_sub(1)?;
    if ctx.is_word(j, "the") {
        j = j.checked_sub(1)?;
    }
    let w = ctx.word(j).to_lowercase();
    // "partnerships with X, Y and Z", "an initiative with X and Y": partners are organisations.
    if w == "with" {
        let cue = (j.saturating_sub(3)..j).any(|k| {
            matches!(
                ctx.word(k).to_lowercase().trim_end_matches('s'),
                "partnership"
                    | "collaboration"
                    | "cooperation"
                    | "agreement"
                    | "alliance"
                    | "initiative"
                    | "mou"
                    | "memorandum"
                    | "deal"
                    | "contract"
            )
        });
        return cue.then_some(K::Company);
    }
    let noun_at = match w.as_str() {
        "like" | "including" | "include" | "includes" => j.checked_sub(1)?,
        "as" if ctx.is_word(j.checked_sub(1)?, "such") => j.checked_sub(2)?,
        ":" => j.checked_sub(1)?,
        _ => return None,
    };
    // "global companies like", "companies, including"
    let noun_at = if ctx.is_punct(noun_at, ",") {
        noun_at.checked_sub(1)?
    } else {
        noun_at
    };
    words::org_class_noun(ctx.word(noun_at)).filter(|_| ctx.word(noun_at).ends_with('s'))
}

/// Later mentions of a known organisation: its acronym alone ("CTED", "OCT"), its name
/// again, or its short name when the document defined it.
fn repeats(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    let mut names: Vec<(String, usize)> = Vec::new();
    for (k, o) in found.orgs.iter().enumerate() {
        names.push((o.name.clone(), k));
        if let Some(a) = &o.acronym {
            names.push((a.clone(), k));
        }
        // "Comcast Corporation", then "Comcast"; "The Buckle, Inc.", then "Buckle".
        if o.kind == K::Company {
            if let Some(short) = company_short_name(&o.name) {
                names.push((short, k));
            }
        }
    }
    if names.is_empty() {
        return;
    }
    // The first entry of each name, as a search of `names` in order finds it: a lookup must
    // not cost one comparison per mention found so far (quadratic on a long all-caps page).
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(names.len());
    for (n, k) in &names {
        first.entry(n.as_str()).or_insert(*k);
    }
    // A name of n tokens is matched only by n tokens (a chunk holds no line break, and
    // normalising its spacing changes no token), so no longer sub-range is tried: a long
    // run of capitalised words stays linear.
    let longest = names
        .iter()
        .map(|(n, _)| super::tokens::tokenize(n).len())
        .max()
        .unwrap_or(0);
    for c in chunks {
        for r in split_and(ctx, c) {
            for s in r.clone() {
                for e in (s + 1..=r.end.min(s + longest)).rev() {
                    let sub = s..e;
                    if sub.clone().any(|t| found.covers(t)) {
                        continue;
                    }
                    let text = normalise(ctx.slice(&sub));
                    let hit = first.get(text.as_str()).copied();
                    if let Some(k) = hit {
                        let (kind, entry, country) = {
                            let o = &found.orgs[k];
                            (o.kind, o.entry, o.country)
                        };
                        if let Some(new) = push(ctx, found, sub, kind, entry) {
                            found.orgs[new].country = found.orgs[new].country.or(country);
                        }
                        break;
                    }
                }
            }
        }
    }
}
