//! Organisations named by their short forms: acronyms defined in brackets and tickers.

use std::ops::Range;

use super::context::described_as_org;
use super::heads::{is_company_suffix, looks_like_acronym, pattern_kind};
use super::spans::trim_org;
use super::{chunk_ending_at, push};
use crate::entities::gazetteer::GAZETTEER;
use crate::entities::tokens::Kind;
use crate::entities::{words, Ctx, Found};
use crate::lexicon::{self, Class};
use crate::model::OrganisationKind as K;

/// `Full Name (ACR)`: the name before the bracket is an organisation when its head says so,
/// the gazetteer knows it or its acronym, or the acronym spells its initials and the text
/// goes on to describe it as one ("Harbour Light Network (HLN), a charity …"). The acronym
/// becomes a mention of the same organisation. Not a definition: a bracketed acronym after
/// words that are no organisation's ("the Coastal Plan (CP)", unless described).
pub(super) fn acronym_definitions(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
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

/// Whether the acronym's letters are the initials of the name's capitalised words ("HLN"
/// of "Harbour Light Network", "CSA" of "Coastal Survey Agency", "NSCA" of "Norhaven
/// Sea-Cargo Association").
pub(super) fn initials_match(ctx: &Ctx<'_>, r: &Range<usize>, acr: &str) -> bool {
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

/// `Vantor Systems Corporation (NYSE: VTR)`: the name before a ticker is a listed company.
pub(super) fn tickers(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        if !ctx.is_punct(i, "(") || !ctx.is_punct(i + 2, ":") {
            continue;
        }
        let ex = ctx.word(i + 1);
        let exchange = lexicon::contains(Class::StockExchange, &ex.to_ascii_uppercase());
        if !exchange {
            continue;
        }
        if let Some(c) = chunk_ending_at(chunks, i) {
            let c = trim_org(ctx, c);
            // A legal form alone ("INC." cut off by its comma in a shouted line) names
            // no company.
            if c.len() == 1 && is_company_suffix(ctx.word(c.start)) {
                continue;
            }
            push(ctx, found, c, K::Company, None);
        }
    }
}

/// `the NCSA chairman`, `NRA officials`, `an ERA board member`: an acronym in capitals
/// that modifies a noun for a body's officers, members or staff names that body, though
/// the page never spells it out. Not a body: a title in capitals ("CEO"), a country or a
/// place ("US officials"), an acronym inside a heading.
pub(super) fn acronym_modifiers(ctx: &Ctx<'_>, found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        let Some(t) = ctx.tok(i) else { continue };
        let w = ctx.word(i);
        if !t.upper
            || !looks_like_acronym(w)
            || w.len() < 3
            || found.covers(i)
            || ctx.heading.get(i).copied().unwrap_or(false)
            || ctx.hit_of.get(i).is_some()
            || ctx.place_at(i).is_some()
            || GAZETTEER.title(w).is_some()
            || words::is_stop_capital(w)
        {
            continue;
        }
        let next = ctx.word(i + 1);
        if ctx.is_cap(i + 1)
            || !ctx.tok(i + 1).is_some_and(|t| t.kind == Kind::Word)
            || !lexicon::contains(Class::OrgMemberNoun, next)
        {
            continue;
        }
        let entry = GAZETTEER.organisation(w);
        push(
            ctx,
            found,
            i..i + 1,
            entry.map_or(K::Other, |e| e.kind),
            entry,
        );
    }
}
