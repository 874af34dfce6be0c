//! Organisations known by their context, not by a head word: a name described as one in
//! apposition, the subject of corporate news, the items of a list that holds known
//! organisations or follows a class noun.

use std::collections::HashSet;
use std::ops::Range;

use super::push;
use super::spans::{split_and, trim_org};
use crate::entities::gazetteer::{HitTarget, GAZETTEER};
use crate::entities::tokens::Kind;
use crate::entities::words::{self, Prep};
use crate::entities::{Ctx, Found};
use crate::lexicon::{self, Class};
use crate::model::OrganisationKind as K;

/// `…, a non-profit organisation based in …`: the words after position `i`
/// (a comma, then an article) describe an organisation.
pub(super) fn described_as_org(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.is_punct(i, ",") && words::is_article(ctx.word(i + 1)) && apposition_class(ctx, i).is_some()
}

/// The class noun of the noun phrase after `, a` / `, the` at `i`: "an international
/// non-governmental organization", "a developer of …". Only the head phrase counts, up to
/// its first preposition or relative pronoun: in "2019, the heads of member agencies"
/// the agencies are not what 2019 is.
/// An owner's possessive is not the head: "Jane Roe, the company’s chief technology
/// officer" describes a person.
pub(super) fn apposition_class(ctx: &Ctx<'_>, i: usize) -> Option<K> {
    (i + 2..i + 9)
        .take_while(|&j| {
            let w = ctx.word(j);
            ctx.tok(j).is_some_and(|t| t.kind == Kind::Word)
                && words::prep(w).is_none()
                && !words::is_relative_pronoun(w)
        })
        .filter(|&j| ctx.tok(j + 1).is_none_or(|t| t.kind != Kind::Possessive))
        .find_map(|j| words::org_class_noun(ctx.word(j)))
}

/// `VANTOR SYSTEMS, a developer of …`, `Brightline, a non-profit organisation based in
/// Accra`: a capitalised phrase described by a class noun in apposition. Not
/// described: "Eastvale, a city of …" (no class noun), "2019, the year of …".
pub(super) fn class_appositions(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
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
        // "Ana Ruiz, a member of the City Council": a person's name with a post.
        if ctx.plausible_person(c) {
            continue;
        }
        if let Some(kind) = apposition_class(ctx, c.end) {
            let c = trim_org(ctx, c.clone());
            push(ctx, found, c, kind, None);
        }
    }
}

/// Whether a token is a dash that opens a line's text ("EASTVALE – Vantor launched …").
fn is_dash(w: &str) -> bool {
    !w.is_empty() && w.chars().all(|c| matches!(c, '-' | '–' | '—'))
}

/// `Vantor Launches Cloud Tool`, `VANTOR SYSTEMS today unveiled …`, `Brightline Media
/// Group (NYSE: BLM) today announced …`, and `About Vantor` closing a wire release: the
/// subject of corporate news, at the start of a sentence, is a company. Not a company:
/// a person, a place or a country as the subject ("Eastvale opened …").
pub(super) fn business_subjects(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    // A word the page writes in lowercase, and capitalises only where the place asks for
    // it (a sentence's start, a heading, after "About"), is a common noun: "About Origami"
    // on a page about origami. A name is capitalised inside sentences too ("… with Zorvik").
    let mut common: Option<HashSet<String>> = None;
    for c in chunks {
        if c.len() > 4 || (c.start..c.end).any(|k| found.covers(k)) {
            continue;
        }
        let starts = ctx.tok(c.start).is_some_and(|t| t.sentence_start)
            || c.start == 0
            || is_dash(ctx.word(c.start - 1))
            || ctx.tok(c.start - 1).is_some_and(|t| t.kind == Kind::Break);
        // "About X" closing a wire release, on a line of its own.
        let about = c.start >= 1
            && lexicon::contains(Class::AboutLabel, ctx.word(c.start - 1))
            && (c.start < 2 || ctx.tok(c.start - 2).is_some_and(|t| t.kind == Kind::Break))
            && ctx.tok(c.end).is_none_or(|t| t.kind == Kind::Break);
        let mut j = c.end;
        if ctx.is_punct(j, "(") {
            j = (j + 1..j + 8)
                .find(|&k| ctx.is_punct(k, ")"))
                .map_or(j, |k| k + 1);
        }
        if lexicon::contains(Class::BusinessVerbAdverb, ctx.word(j)) {
            j += 1;
        }
        let subject = starts && lexicon::contains(Class::BusinessVerb, ctx.word(j));
        if !(subject || about) {
            continue;
        }
        if c.len() == 1 {
            let words = common.get_or_insert_with(|| common_nouns(ctx));
            if words.contains(&ctx.word(c.start).to_lowercase()) {
                continue;
            }
        }
        if c.clone().any(|k| is_country(ctx, k))
            || ctx.plausible_person(c)
            || ctx.is_place(c)
            || c.clone()
                .any(|k| words::is_stop_capital(ctx.word(k)) && !ctx.tokens[k].upper)
        {
            continue;
        }
        push(ctx, found, c.clone(), K::Company, None);
    }
}

/// The page's common nouns, lowercased: words it writes in lowercase and never
/// capitalises right after a lowercase word (inside a sentence, where only names are).
fn common_nouns(ctx: &Ctx<'_>) -> HashSet<String> {
    let is_word = |k: usize| ctx.tok(k).is_some_and(|t| t.kind == Kind::Word);
    let lower = |k: usize| is_word(k) && ctx.word(k).starts_with(char::is_lowercase);
    let mut lowercase = HashSet::new();
    let mut named = HashSet::new();
    for k in 0..ctx.tokens.len() {
        if lower(k) {
            lowercase.insert(ctx.word(k).to_owned());
        } else if is_word(k) && k > 0 && lower(k - 1) {
            named.insert(ctx.word(k).to_lowercase());
        }
    }
    lowercase.retain(|w| !named.contains(w));
    lowercase
}

fn is_country(ctx: &Ctx<'_>, k: usize) -> bool {
    ctx.hit_of
        .get(k)
        .and_then(|h| ctx.hits.get(h))
        .is_some_and(|h| matches!(h.target, HitTarget::Country(_)))
}

/// Whether the tokens between two capitalised phrases join them as items of one list: a
/// comma, a conjunction, or both, and an optional "the" ("A, B", "A and B", "A, and the
/// B"; not "A the B" or "A of B").
fn joins_list(ctx: &Ctx<'_>, gap: Range<usize>) -> bool {
    let mut k = gap.start;
    let comma = ctx.is_punct(k, ",");
    if comma {
        k += 1;
    }
    let conjunction = k < gap.end && lexicon::contains(Class::ListConjunction, ctx.word(k));
    if conjunction {
        k += 1;
    }
    if (comma || conjunction) && k < gap.end && ctx.is_word(k, "the") {
        k += 1;
    }
    (comma || conjunction) && k == gap.end
}

/// Coordinated lists: `the Eastvale Police Department, Norhaven County Sheriff’s Office,
/// NRA, Vantor and Brightline` (items split at "and" as names are). When at least two items are organisations, or a class noun
/// announces the list ("companies such as Vantor and Brightline"), the other capitalised
/// items are organisations too. Not a list of organisations: one that names a person
/// ("Vantor, Brightline and Jane Roe"); places and countries in it stay places.
pub(super) fn lists(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    let mut i = 0;
    while i < chunks.len() {
        let mut items = split_and(ctx, &chunks[i]);
        let mut j = i;
        while j + 1 < chunks.len() {
            let (a, b) = (&chunks[j], &chunks[j + 1]);
            if !joins_list(ctx, a.end..b.start) {
                break;
            }
            items.extend(split_and(ctx, b));
            j += 1;
        }
        i = j + 1;
        if items.len() < 2 {
            continue;
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
        // The new items are of the kind a class noun says, or of the one kind of the known
        // items; a list that mixes kinds ("the Harbour Agency, Vantor Inc. and Zorvik")
        // says nothing of the new ones.
        let mut kinds = items.iter().filter_map(|r| {
            found
                .org_covering(r.start)
                .and_then(|o| found.orgs.get(o))
                .map(|o| o.kind)
        });
        let first_kind = kinds.next();
        let one_kind = first_kind.filter(|k| kinds.all(|x| x == *k));
        let kind = class.or(one_kind).unwrap_or(K::Other);
        for (r, k) in items.iter().zip(known) {
            if k || r.clone().any(|t| is_country(ctx, t)) {
                continue;
            }
            let r = trim_org(ctx, r.clone());
            if r.len() > 6 || ctx.is_place(&r) {
                continue;
            }
            push(ctx, found, r, kind, None);
        }
    }
}

/// The kind a class noun right before `i` gives the list that starts there: `companies
/// like`, `partners such as`, `sponsors including`, `… agencies:`; and partners after a
/// noun of partnership (`a partnership with`, `agreements with the`).
pub(super) fn class_before(ctx: &Ctx<'_>, i: usize) -> Option<K> {
    let mut j = i.checked_sub(1)?;
    if ctx.is_word(j, "the") {
        j = j.checked_sub(1)?;
    }
    if ctx.is_word(j, "with") {
        let partnership = |w: &str| {
            lexicon::contains(Class::PartnershipNoun, w)
                || w.strip_suffix('s')
                    .is_some_and(|s| lexicon::contains(Class::PartnershipNoun, s))
        };
        let cue = (j.saturating_sub(3)..j).any(|k| partnership(ctx.word(k)));
        return cue.then_some(K::Company);
    }
    let noun_at = if lexicon::contains(Class::ListCue, ctx.word(j)) || ctx.is_punct(j, ":") {
        j.checked_sub(1)?
    } else {
        let two = format!("{} {}", ctx.word(j.checked_sub(1)?), ctx.word(j));
        if !lexicon::contains(Class::ListCue, &two) {
            return None;
        }
        j.checked_sub(2)?
    };
    // "regional companies like", "companies, including"
    let noun_at = if ctx.is_punct(noun_at, ",") {
        noun_at.checked_sub(1)?
    } else {
        noun_at
    };
    words::org_class_noun(ctx.word(noun_at)).filter(|_| ctx.word(noun_at).ends_with('s'))
}

/// `presented by Harbourline`, `sponsored by Brightline Capital and Vantor`, `in partnership
/// with Eastvale Arts`: the agent of a backing verb, or the partner after a noun of
/// partnership, is an organisation when it is no person, place or country. Not one: a
/// titled person ("hosted by Mayor Tom Berg"), a place ("organised by Eastvale" when the
/// gazetteer knows the place).
pub(super) fn agents(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    for c in chunks {
        let Some(mut b) = c.start.checked_sub(1) else {
            continue;
        };
        if ctx.is_word(b, "the") {
            let Some(p) = b.checked_sub(1) else { continue };
            b = p;
        }
        let Some(v) = b.checked_sub(1) else { continue };
        let partner =
            ctx.is_word(b, "with") && lexicon::contains(Class::PartnershipNoun, ctx.word(v));
        if !(partner || ctx.is_word(b, "by") && lexicon::contains(Class::OrgAgentVerb, ctx.word(v)))
        {
            continue;
        }
        for r in split_and(ctx, c) {
            let r = trim_org(ctx, r);
            if r.is_empty()
                || r.len() > 6
                || r.clone().any(|k| found.covers(k) || is_country(ctx, k))
                || ctx.plausible_person(&r)
                || ctx.is_place(&r)
                || r.clone().any(|k| ctx.place_at(k).is_some()) && r.len() == 1
            {
                continue;
            }
            // Partners are companies, as in a list after a noun of partnership.
            let kind =
                super::pattern_kind(ctx, &r).unwrap_or(if partner { K::Company } else { K::Other });
            push(ctx, found, r, kind, None);
        }
    }
}

/// `the Kenyan government`, `the French navy`, `UK armed forces`: a nationality adjective or
/// a country's name before a lowercase noun for a state's institution names that body,
/// written as the page writes it, with the country it belongs to. Not one: a capitalised
/// noun (the head-word grammar reads "the Kenyan Government"), a noun for no institution
/// ("the Kenyan people", "the French market").
pub(super) fn national_institutions(ctx: &Ctx<'_>, found: &mut Found) {
    let max = lexicon::max_words(Class::OrgInstitutionNoun).max(1);
    for i in 0..ctx.tokens.len() {
        if !ctx.is_cap(i) || ctx.is_cap(i + 1) {
            continue;
        }
        let hit = ctx.hit_of.get(i);
        let country = hit.is_some_and(|h| {
            ctx.hits
                .get(h)
                .is_some_and(|x| matches!(x.target, HitTarget::Country(_)))
        });
        let adjective = crate::entities::gazetteer::GAZETTEER
            .country_by_adjective(ctx.word(i))
            .is_some();
        if !(country || adjective) {
            continue;
        }
        let start = match hit.and_then(|h| ctx.hit_tokens.get(h)) {
            Some(r) if country => r.start,
            _ => i,
        };
        let end = (1..=max).rev().map(|n| i + 1 + n).find(|&e| {
            (i + 1..e).all(|k| {
                ctx.tok(k)
                    .is_some_and(|t| t.kind == Kind::Word && !t.cap && !t.upper)
            }) && lexicon::contains(
                Class::OrgInstitutionNoun,
                &ctx.slice(&(i + 1..e)).to_lowercase(),
            )
        });
        let Some(end) = end else { continue };
        let r = start..end;
        if r.clone().any(|k| found.covers(k)) {
            continue;
        }
        push(ctx, found, r, K::Government, None);
    }
}

/// `President and CEO of Vantor Health`, `Jane Roe, co-founder of Brightline`, `chief
/// executive at Zorvik Labs`: a capitalised name after a title whose holder leads or founds
/// a body, and its "of", "at" or "for", is that body; the kind is the title's. A name has
/// a word of its own beside portfolio words ("CEO of Ellery Health"). Not one: a
/// portfolio ("Vice President of Sales", "Chair of Public Health"), a place or a country ("President of Ghana"), an event ("Chair of the Harbour Forum"), common words capitalised ("CEO of
/// Digital Services" on a page that writes "digital services"). A name that could be a
/// person's is still the body here ("CEO of Ellery Health"): people lead bodies, not people.
pub(super) fn employer_of_title(
    ctx: &Ctx<'_>,
    lower: &HashSet<String>,
    r: &Range<usize>,
) -> Option<K> {
    let mut p = r.start.checked_sub(1)?;
    if ctx.is_word(p, "the") {
        p = p.checked_sub(1)?;
    }
    if !words::is_prep(ctx.word(p), &[Prep::Of, Prep::At, Prep::For]) {
        return None;
    }
    let title = ctx.word(p.checked_sub(1)?);
    let kind = lexicon::value(Class::OrgEmployerTitle, title).or_else(|| {
        let part = title.rsplit('-').next()?;
        lexicon::value(Class::OrgEmployerTitle, part)
    })?;
    let last = ctx.word(r.end.checked_sub(1)?);
    let plain = |k: usize| {
        ctx.tok(k)
            .is_some_and(|t| t.kind == Kind::Word && (t.cap || t.upper))
    };
    let rejected = r.is_empty()
        || r.len() > 6
        || !plain(r.start)
        || !plain(r.end - 1)
        || r.clone().any(|k| is_country(ctx, k) || ctx.place_at(k).is_some())
        || lexicon::event_head(last).is_some()
        // A head alone is no name: "Vice-President of the Council" speaks of a body named
        // in full elsewhere.
        || (r.len() == 1 && GAZETTEER.org_word(last).is_some())
        // "Chief Executive of Vantor Motors Tom Berg": the holder's name closes the run.
        || (r.start + 1..r.end.saturating_sub(1)).any(|j| ctx.plausible_person(&(j..r.end)))
        || r.clone().all(|k| {
            lexicon::contains(Class::PortfolioWord, ctx.word(k))
                || ctx.tok(k).is_some_and(|t| !t.upper)
                    && lower.contains(&ctx.word(k).to_lowercase())
        });
    if rejected {
        return None;
    }
    Some(if kind == "company" {
        K::Company
    } else {
        K::Other
    })
}
