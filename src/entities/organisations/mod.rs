//! Organisation mentions: a small grammar of names with its vocabulary as data.
//!
//! In the order they run: diplomatic missions in lists (`missions`), gazetteer names,
//! acronyms defined in brackets and tickers (`acronyms`), capitalised phrases with an
//! organisation's head or lead word (`heads`, cut to size by `spans`), names described as
//! organisations in apposition (`context`), and later mentions of names found
//! (`repeats`). Once people are known (`find_more`): the subjects of corporate news and
//! the items of lists of organisations (`context`).
//!
//! Head words come from the gazetteer (`src/entities/data/org_words.tsv`); every other
//! word list is in `src/lexicon/data/organisations.tsv`. Table tests: `tests.rs`.

mod acronyms;
mod context;
mod heads;
mod missions;
mod repeats;
mod spans;
#[cfg(test)]
mod tests;

use std::ops::Range;

pub(crate) use heads::{legal_form_after_comma, looks_like_acronym, pattern_kind, HeadMemo};
pub(crate) use spans::{split_and, strip_title_prefix};

use super::gazetteer::{HitTarget, OrgEntry, GAZETTEER};
use super::tokens::Kind;
use super::{Ctx, Found, OrgMention};
use crate::document::normalise;
use crate::lexicon::{self, Class};
use crate::model::OrganisationKind as K;
use acronyms::{acronym_definitions, acronym_modifiers, tickers};
use context::{
    agents, business_subjects, class_appositions, employer_of_title, lists, national_institutions,
};
use missions::missions;
use repeats::{link_legal_forms, repeats, short_forms};
use spans::{
    owner_possessive, strip_inner_title, strip_member_prefix, strip_person_prefix, trim_org,
};

/// The country of a name: a country named in it (`Ministry of Fisheries of the Republic of
/// Chile` → CL, `Government of Ghana` → GH), a nationality adjective first (`Chilean
/// Fisheries Agency` → CL), a place in it (`Eastvale Police Department` → the place's
/// country), a country that owns it (`Ghana’s Ministry of Roads`) or that follows it (`the
/// Trade Office in Chile`).
pub(crate) fn country_in(ctx: &Ctx<'_>, r: &Range<usize>) -> Option<&'static str> {
    for i in r.clone() {
        if let Some(h) = ctx.hit_of.get(i) {
            if let Some(HitTarget::Country(c)) = ctx.hits.get(h).map(|h| h.target) {
                return Some(c.code);
            }
        }
    }
    let first = ctx.word(r.start);
    let country_at = |i: usize| -> Option<&'static str> {
        let h = ctx.hit_of.get(i)?;
        match ctx.hits.get(h)?.target {
            HitTarget::Country(c) => Some(c.code),
            HitTarget::Organisation(_) => None,
        }
        .or_else(|| ctx.place_at(i).map(|p| p.country))
    };
    GAZETTEER
        .country_by_adjective(first)
        .map(|c| c.code)
        .or_else(|| r.clone().find_map(|i| ctx.place_at(i)).map(|p| p.country))
        .or_else(|| {
            let p = r.start.checked_sub(1)?;
            (ctx.tok(p)?.kind == Kind::Possessive).then_some(())?;
            country_at(p.checked_sub(1)?)
        })
        .or_else(|| {
            (ctx.is_word(r.end, "in") || ctx.is_word(r.end, "of"))
                .then(|| country_at(r.end + 1))
                .flatten()
        })
}

/// Adds the organisation named by tokens `r` (without an owner's possessive before it),
/// unless a mention already covers them; returns its index.
fn push(
    ctx: &Ctx<'_>,
    found: &mut Found,
    r: Range<usize>,
    kind: K,
    entry: Option<&'static OrgEntry>,
) -> Option<usize> {
    // A unit is of its owner's kind: "Eastvale University’s Department of Geography" is
    // academic, whatever "Department" heads elsewhere.
    let (r, kind) = match owner_possessive(ctx, found, &r) {
        Some(k) => {
            let owner = r.start..k;
            let owner_kind = found
                .org_at(&owner)
                .and_then(|o| found.orgs.get(o))
                .map(|o| o.kind)
                .or_else(|| pattern_kind(ctx, &owner));
            // The owner is a body of its own, named by its head ("Eastvale University’s
            // School of Medicine" names the university too).
            if found.org_at(&owner).is_none() {
                if let Some(k) = pattern_kind(ctx, &owner) {
                    push(ctx, found, trim_org(ctx, owner.clone()), k, None);
                }
            }
            (k + 1..r.end, owner_kind.unwrap_or(kind))
        }
        None => (r, kind),
    };
    if r.is_empty() || used_as_place(ctx, found, &r) {
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
    // named after a place or a nation ("Chilean Ports Corporation") belongs to it.
    let country = match kind {
        K::Intergovernmental | K::UnEntity => None,
        _ => country_in(ctx, &r),
    };
    // A national body's gazetteer entry knows its State.
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
        same_as: None,
    });
    Some(found.orgs.len() - 1)
}

/// Whether tokens `r`, a name whose head names a place as often as its government
/// ("Eastvale County"), are used as the place: after a locative preposition ("in Eastvale
/// County", "across the Eastvale Borough"), closing an address ("Westport, Eastvale
/// County") or before the place that holds it ("Eastvale County, Norland"). A body is
/// what acts or receives ("Eastvale County approved …", "funds allocated to Eastvale
/// County").
fn used_as_place(ctx: &Ctx<'_>, found: &Found, r: &Range<usize>) -> bool {
    let Some(last) = r.end.checked_sub(1) else {
        return false;
    };
    if r.len() < 2 || !lexicon::contains(Class::OrgPlaceHead, ctx.word(last)) {
        return false;
    }
    let mut before = r.start.checked_sub(1);
    if let Some(k) = before.filter(|&k| ctx.is_word(k, "the")) {
        before = k.checked_sub(1);
    }
    let locative = before.is_some_and(|k| {
        !ctx.is_cap(k) && lexicon::contains(Class::OrgLocativePreposition, ctx.word(k))
    });
    let closes_address = r.start >= 2
        && ctx.is_punct(r.start - 1, ",")
        && ctx.is_cap(r.start - 2)
        && !found.covers(r.start - 2)
        && ctx.tok(r.start - 2).is_some_and(|t| !t.upper);
    let holder = |k: usize| {
        ctx.place_at(k).is_some()
            || ctx
                .hit_of
                .get(k)
                .and_then(|h| ctx.hits.get(h))
                .is_some_and(|h| matches!(h.target, HitTarget::Country(_)))
    };
    let held = ctx.is_punct(r.end, ",") && holder(r.end + 1);
    locative || closes_address || held
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
        // Nations Fisheries Committee") is left to the pattern rules.
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
    let lower = lowercase_words(ctx);
    for c in chunks {
        // In a heading written in Title Case or in capitals every word is capitalised, so
        // a head word there bounds no name ("Experts Brief Harbour Committee"): a name in
        // it counts when the running text or the gazetteer has it (`repeats` below). So in
        // a short line standing alone, a menu item or a label ("Media Enquiries Office").
        if c.clone()
            .any(|k| ctx.heading.get(k).copied().unwrap_or(false))
        {
            continue;
        }
        for r in split_and(ctx, c) {
            let r = strip_person_prefix(ctx, strip_title_prefix(ctx, r));
            let r = strip_member_prefix(ctx, strip_inner_title(ctx, r));
            let Some(kind) = pattern_kind(ctx, &r) else {
                let r = employer_name(ctx, trim_org(ctx, r), c);
                if let Some(kind) = employer_of_title(ctx, &lower, &r) {
                    push(ctx, found, r, kind, None);
                }
                continue;
            };
            {
                let r = trim_org(ctx, r);
                // With no complement ("of …") a head word and common words make a
                // description, capitalised for emphasis; with one they make a body's name
                // ("Department of Health").
                if r.len() >= 2
                    && r.clone().all(|k| ctx.is_cap(k))
                    && common_phrase(ctx, &lower, &r)
                {
                    continue;
                }
                if common_at_sentence_start(ctx, &lower, &r) {
                    continue;
                }
                push(ctx, found, r, kind, None);
            }
        }
    }
    class_appositions(ctx, chunks, found);
    national_institutions(ctx, found);
    acronym_modifiers(ctx, found);
    // Defined acronyms and names used again ("the NRA") are organisations before people
    // are read, so a title's "of the NRA" finds its organisation.
    repeats(ctx, chunks, found);
}

/// The words a page writes in lowercase somewhere, lowercased: its common nouns and
/// adjectives, as the page itself spells them.
fn lowercase_words(ctx: &Ctx<'_>) -> std::collections::HashSet<String> {
    ctx.tokens
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .map(|t| t.text(ctx.text))
        .filter(|w| w.starts_with(char::is_lowercase))
        .map(str::to_owned)
        .collect()
}

/// Whether tokens `r` are a common noun phrase capitalised ("Press Office", "Medical
/// Technologies", "Kids Club"): at most three words, each of which the page also
/// writes in lowercase, none in capitals. A name has a word of its own: a place, a
/// person's or a coined name ("Eastvale Press Office", "Vantor Technologies").
fn common_phrase(
    ctx: &Ctx<'_>,
    lower: &std::collections::HashSet<String>,
    r: &Range<usize>,
) -> bool {
    (1..=3).contains(&r.len())
        && r.clone().all(|k| {
            let t = ctx.tokens.get(k);
            t.is_some_and(|t| t.kind == Kind::Word && !t.upper)
                && lower.contains(&ctx.word(k).to_lowercase())
        })
}

/// Whether tokens `r` open a sentence with a word the page writes in lowercase elsewhere
/// ("Community Services will open the hall … community services", "Press Office" opening
/// a contact line): at a sentence's start that word is capitalised by position, so the
/// phrase shows no name there. A name keeps a word of its own (a place, a coined word:
/// "Eastvale Youth Club"), and the same name inside a sentence is read there. Known
/// non-case: a body named only at sentence starts ("Office of the Harbour Master staff
/// met …" on a page that writes "office") is missed.
fn common_at_sentence_start(
    ctx: &Ctx<'_>,
    lower: &std::collections::HashSet<String>,
    r: &Range<usize>,
) -> bool {
    ctx.tok(r.start).is_some_and(|t| t.sentence_start)
        && lower.contains(&ctx.word(r.start).to_lowercase())
}

/// The chunk that holds token `i`. Chunks are disjoint and in text order, so a binary
/// search finds the one a scan would.
pub(super) fn chunk_containing(chunks: &[Range<usize>], i: usize) -> Option<&Range<usize>> {
    let k = chunks.partition_point(|c| c.end <= i);
    chunks.get(k).filter(|c| c.contains(&i))
}

/// The chunk that ends right before token `i`.
pub(super) fn chunk_ending_at(chunks: &[Range<usize>], i: usize) -> Option<Range<usize>> {
    let k = chunks.partition_point(|c| c.end < i);
    chunks.get(k).filter(|c| c.end == i).cloned()
}

/// After people are known: lists that mix known organisations with new capitalised names,
/// lists after a class noun ("companies like …"), and later mentions of known names and
/// acronyms.
pub(crate) fn find_more(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    business_subjects(ctx, chunks, found);
    agents(ctx, chunks, found);
    lists(ctx, chunks, found);
    short_forms(ctx, chunks, found);
    repeats(ctx, chunks, found);
    link_legal_forms(found);
}

/// An employer's name after a title goes on over "and" inside its capitalised run ("CEO
/// of Plug and Play", "founder of Salt and Stone"): a name after a leading title is one
/// body, unless another title follows ("CEO of Vantor and Chair of …").
fn employer_name(ctx: &Ctx<'_>, r: Range<usize>, c: &Range<usize>) -> Range<usize> {
    let mut r = r;
    while ctx.is_word(r.end, "and")
        && r.end + 1 < c.end
        && ctx.is_cap(r.end + 1)
        && GAZETTEER.title(ctx.word(r.end + 1)).is_none()
    {
        let next_and = (r.end + 1..c.end)
            .find(|&k| ctx.is_word(k, "and"))
            .unwrap_or(c.end);
        r.end = next_and;
    }
    r
}
