//! Later mentions of organisations found: a name or acronym used again, a company's short
//! name, and a body's bare short form in a text that names its system.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::heads::company_short_name;
use super::push;
use super::spans::{bare_head, split_and};
use crate::document::normalise;
use crate::entities::gazetteer::GAZETTEER;
use crate::entities::tokens::{self, Kind};
use crate::entities::{words, Ctx, Found};
use crate::model::OrganisationKind as K;
use crate::resolve::name_key;

/// A body's bare head word used as a name: "the Agency", "the Council", "Parliament voted".
///
/// When the text has named exactly one organisation with that head or lead word ("the
/// Coastal Survey Agency", "the Council of Harbour Towns", or "the NRA" that the gazetteer
/// knows as the "National Roads Agency"), the bare word is a short form of it. When it has
/// named none, a state institution's word (Parliament, Senate, Government) is a body's name
/// of its own where the text writes it as a proper name, without an article inside a
/// sentence ("…, Parliament urged …"). Not a short
/// form: a definite description of a body never named ("the Company" of a filing), a
/// word after another determiner ("every Government", "a Council"), a capital that only
/// opens sentences ("Police said …"), an ambiguous head ("the Group"),
/// a word followed by "of" ("the Council of Elders" is its own name), a word two bodies
/// named share.
pub(super) fn short_forms(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    let pieces: Vec<Range<usize>> = chunks.iter().flat_map(|c| split_and(ctx, c)).collect();
    let bare: Vec<&Range<usize>> = pieces
        .iter()
        .filter(|c| bare_head(ctx, c) && !found.covers(c.start) && !ctx.is_word(c.end, "of"))
        .collect();
    if bare.is_empty() {
        return;
    }
    // The organisations named in full, under each of their words: a word that two bodies
    // share names neither.
    let mut by_word: HashMap<&str, Option<usize>> = HashMap::new();
    for (k, o) in found.orgs.iter().enumerate() {
        if o.same_as.is_some() {
            continue;
        }
        // The lead and head words as written, and those of the gazetteer's name for it
        // ("NRA" is the "Norwegian Roads Agency"): a one-word mention is a name in full only
        // through them. A word inside a name is neither its head nor its lead: "Harbour" of
        // the "Eastvale Harbour Survey Office" is no short form of it.
        let written = (o.tokens.len() >= 2)
            .then(|| name_ends(o.tokens.clone().map(|t| ctx.word(t)).collect()));
        let known = o.entry.map(|e| name_ends(e.name.split(' ').collect()));
        for w in written
            .into_iter()
            .flatten()
            .chain(known.into_iter().flatten())
        {
            by_word
                .entry(w)
                .and_modify(|e| {
                    if e.is_some_and(|j| !same_body(found, j, k)) {
                        *e = None;
                    }
                })
                .or_insert(Some(k));
        }
    }
    // A determiner before the bare one: "the Agency" refers to a body, "every Government"
    // or "a Council" to none in particular; "by Parliament" and "Today Parliament" have
    // none.
    let determiner = |c: &Range<usize>| {
        c.start
            .checked_sub(1)
            .and_then(|p| ctx.tok(p).filter(|t| t.kind == Kind::Word))
            .map(|t| t.text(ctx.text))
            .filter(|w| words::is_determiner(w))
    };
    // Bare words written as proper names somewhere: with no determiner, capitalised inside
    // a sentence ("…, Parliament urged …").
    let names: HashSet<&str> = bare
        .iter()
        .filter(|c| ctx.tok(c.start).is_some_and(|t| !t.sentence_start) && determiner(c).is_none())
        .map(|c| ctx.word(c.start))
        .collect();
    for c in bare {
        let w = ctx.word(c.start);
        if determiner(c).is_some_and(|d| !d.eq_ignore_ascii_case("the")) {
            continue;
        }
        match by_word.get(w) {
            Some(Some(k)) => {
                let (kind, entry, country) = {
                    let o = &found.orgs[*k];
                    (o.kind, o.entry, o.country)
                };
                let k = *k;
                if let Some(new) = push(ctx, found, c.clone(), kind, entry) {
                    if new != k {
                        let o = &mut found.orgs[new];
                        o.same_as = Some(k);
                        o.country = o.country.or(country);
                    }
                }
            }
            Some(None) => {}
            None if names.contains(w) => {
                let kind = GAZETTEER.org_word(w).map(|o| o.kind);
                if kind == Some(K::Government) {
                    push(ctx, found, c.clone(), K::Government, None);
                }
            }
            None => {}
        }
    }
}

/// A name's lead and head: its first word, and the last word before a phrase that follows
/// the head ("Agency" of "the Coastal Survey Agency", "Alliance" of "the Harbour Alliance of
/// Growers in the Eastvale Assembly", "Council" of "the Council of Harbour Towns"). A word
/// inside such a phrase is none of the name's: "Assembly" there names the assembly.
fn name_ends(words: Vec<&str>) -> impl Iterator<Item = &str> {
    let core = words
        .iter()
        .position(|w| words::prep(w).is_some())
        .unwrap_or(words.len());
    let head = core
        .checked_sub(1)
        .and_then(|h| words.get(h).copied())
        .filter(|_| core > 1);
    words.into_iter().take(1).chain(head)
}

/// Whether mentions `a` and `b` name one body: the same gazetteer entry or the same name.
fn same_body(found: &Found, a: usize, b: usize) -> bool {
    let (x, y) = (&found.orgs[a], &found.orgs[b]);
    match (x.entry, y.entry) {
        (Some(e), Some(f)) => std::ptr::eq(e, f),
        _ => x.name == y.name,
    }
}

/// Later mentions of a known organisation: its acronym alone ("NRA"), its name again, or a
/// company's name without its legal form ("Vantor Corporation", then "Vantor").
pub(super) fn repeats(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    let mut names: Vec<(String, usize)> = Vec::new();
    for (k, o) in found.orgs.iter().enumerate() {
        names.push((o.name.clone(), k));
        if let Some(a) = &o.acronym {
            names.push((a.clone(), k));
        }
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
        .map(|(n, _)| tokens::tokenize(n).len())
        .max()
        .unwrap_or(0);
    let widest = names.iter().map(|(n, _)| n.len()).max().unwrap_or(0);
    for c in chunks {
        for r in split_and(ctx, c) {
            for s in r.clone() {
                // PERF: only sub-ranges that can match are read (quadratic on a line of one
                // long name otherwise): none holding a covered token (so none when `s`
                // is), none whose printable ASCII alone, which normalising keeps, is
                // longer than every name.
                let mut hi = s;
                let mut printable = 0;
                let mut pos = ctx.tok(s).map_or(0, |t| t.span().start);
                while hi < r.end.min(s + longest) && !found.covers(hi) {
                    let end = ctx.tok(hi).map_or(pos, |t| t.span().end).max(pos);
                    printable += ctx
                        .text
                        .get(pos..end)
                        .map_or(0, |t| t.bytes().filter(u8::is_ascii_graphic).count());
                    pos = end;
                    if printable > widest {
                        break;
                    }
                    hi += 1;
                }
                for e in (s + 1..=hi).rev() {
                    let sub = s..e;
                    let text = normalise(ctx.slice(&sub));
                    let hit = first.get(text.as_str()).copied();
                    if let Some(k) = hit {
                        let (kind, entry, country) = {
                            let o = &found.orgs[k];
                            (o.kind, o.entry, o.country)
                        };
                        if let Some(new) = push(ctx, found, sub, kind, entry) {
                            let o = &mut found.orgs[new];
                            o.country = o.country.or(country);
                            // A short name ("Vantor" of "Vantor Corporation") is the same body.
                            if new != k {
                                o.same_as = o.same_as.or(Some(k));
                            }
                        }
                        break;
                    }
                }
            }
        }
    }
}

/// A company named with its legal form and elsewhere without it ("Vantor Systems" in the
/// lead, "Vantor Systems, Inc." in the boilerplate, in either order) is one company: the
/// form with the legal form points to the first mention of the short name. Not joined: a
/// short name that is only a part of another name ("Vantor" of "Vantor Systems, Inc."
/// when the page also names "Vantor Labs"); only whole written names are compared.
pub(super) fn link_legal_forms(found: &mut Found) {
    let mut first_of: HashMap<String, usize> = HashMap::new();
    for (k, o) in found.orgs.iter().enumerate() {
        if !o.is_acronym {
            first_of.entry(name_key(&o.name)).or_insert(k);
        }
    }
    for k in 0..found.orgs.len() {
        let o = &found.orgs[k];
        if o.kind != K::Company || o.same_as.is_some() {
            continue;
        }
        let Some(short) = company_short_name(&o.name) else {
            continue;
        };
        if let Some(&j) = first_of.get(&name_key(&short)) {
            if j != k {
                if let Some(o) = found.orgs.get_mut(k) {
                    o.same_as = Some(j);
                }
            }
        }
    }
}
