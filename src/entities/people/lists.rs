//! People in lists and coordination: person-hood propagates along a list of names, and two
//! given names that share one family name are two people.
//!
//! - `Anne and Peter Holm`: a given name, "and", then a full name are two people; the first
//!   takes the family name of the second ("Anne Holm"), written where her given name is.
//! - `the artists Ana Ruiz, Tom Berg and Lea Holm`: a plural noun for people before a list
//!   says its items are people.
//! - `Tom Berg, Ana Ruiz, Lea Holm and Ivo Sand`: when two items of a list are people found
//!   on other evidence, the other items shaped like names are people too. Items that are
//!   organisations or places stay what they are ("Tom Berg, Ana Ruiz and the Harbour
//!   Trust"), so donor and guest lists that mix people and bodies keep both.
//!
//! Vocabulary: classes `people_class_noun`, `people_list_cue` and `name_generation_suffix`
//! in `src/lexicon/data/people.tsv`. Table tests: `tests.rs` (`people_in_lists`).

use std::ops::Range;

use super::name::{looks_like_place_or_thing, match_name, name_word};
use super::{is_country_hit, named_after_place, org_like};
use crate::entities::names::NAMES;
use crate::entities::tokens::Kind;
use crate::entities::{words, Ctx, Found, PersonMention};
use crate::lexicon::{self, Class};

/// One item of a list: its tokens, and the single given name coordinated before it
/// ("Anne" in "Anne and Peter Holm"), if any.
struct Item {
    tokens: Range<usize>,
    partner: Option<usize>,
    /// Whether only a comma stands before the item: in a list whose items are closed by
    /// semicolons, such an item is the previous one's affiliation ("Tom Berg, Harbour
    /// Unit; Ana Ruiz, Vantor").
    after_comma: bool,
}

/// Whether the tokens between two capitalised phrases separate items of one list: an
/// optional bracketed aside ("Tom Berg (Vantor); Ana Ruiz"), then a comma or a semicolon
/// with an optional conjunction, or a conjunction alone; an article may follow.
fn separates(ctx: &Ctx<'_>, gap: Range<usize>) -> bool {
    let mut k = gap.start;
    if ctx.is_punct(k, "(") {
        match (k + 1..(k + 10).min(gap.end)).find(|&j| ctx.is_punct(j, ")")) {
            Some(close) => k = close + 1,
            None => return false,
        }
    }
    let comma = ctx.is_punct(k, ",") || ctx.is_punct(k, ";");
    if comma {
        k += 1;
    }
    let conjunction = k < gap.end
        && (lexicon::contains(Class::ListConjunction, ctx.word(k)) || ctx.is_punct(k, "&"));
    if conjunction {
        k += 1;
    }
    if (comma || conjunction) && k < gap.end && ctx.is_word(k, "the") {
        k += 1;
    }
    (comma || conjunction) && k == gap.end
}

/// The items of capitalised phrase `c`, split at "and" and "&": "Anne and Peter Holm" is
/// one item with a partner, "Tom Berg and Ana Ruiz" two items.
fn items_of(ctx: &Ctx<'_>, c: &Range<usize>, after_comma: bool, out: &mut Vec<Item>) {
    let mut s = c.start;
    let mut partner = None;
    let mut after_comma = after_comma;
    for k in c.clone() {
        if !(ctx.is_word(k, "and") || ctx.is_punct(k, "&")) {
            continue;
        }
        // A single name word before "and" and a name of two or more words after it.
        if k == s + 1 && name_word(ctx, s) && name_word(ctx, k + 1) && name_word(ctx, k + 2) {
            partner = Some(s);
        } else if s < k {
            out.push(Item {
                tokens: s..k,
                partner: partner.take(),
                after_comma,
            });
            after_comma = false;
        }
        s = k + 1;
    }
    if s < c.end {
        out.push(Item {
            tokens: s..c.end,
            partner,
            after_comma,
        });
    }
}

/// Whether the words before token `i` announce a list of people: a plural noun for people,
/// with an optional cue between ("the speakers Ana Ruiz and …", "guests including …",
/// "panellists: …").
fn announced(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(mut j) = i.checked_sub(1) else {
        return false;
    };
    if ctx.is_punct(j, ":") || ctx.is_punct(j, ",") {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        j = p;
    }
    if lexicon::contains(Class::PeopleListCue, ctx.word(j)) {
        let Some(p) = j.checked_sub(1) else {
            return false;
        };
        j = p;
    } else if j >= 2
        && lexicon::contains(
            Class::PeopleListCue,
            &format!("{} {}", ctx.word(j - 1), ctx.word(j)),
        )
    {
        j -= 2;
    }
    ctx.tok(j).is_some_and(|t| t.kind == Kind::Word && !t.upper)
        && lexicon::contains(Class::PeopleClassNoun, ctx.word(j))
}

/// Whether tokens `r` are shaped like a person's name and like nothing else: two to four
/// name words (honorifics first allowed), no organisation, place, country or building.
fn name_shaped(ctx: &Ctx<'_>, found: &Found, r: &Range<usize>) -> bool {
    if r.is_empty() {
        return false;
    }
    let Some(m) = match_name(ctx, r.start, found) else {
        return false;
    };
    m.end == r.end
        && m.len() >= 2
        && !org_like(ctx, found, &m)
        && !ctx.is_place(&m)
        && !m
            .clone()
            .any(|k| is_country_hit(ctx, k) || ctx.place_at(k).is_some())
        && !named_after_place(ctx, &m)
        && !looks_like_place_or_thing(ctx, &m)
}

/// The family name of a full name: its last word, or the one before a generation suffix
/// ("Tom Berg Jr." → "Berg").
fn family_name(ctx: &Ctx<'_>, r: &Range<usize>) -> Option<usize> {
    let last = r.end.checked_sub(1)?;
    if lexicon::contains(Class::NameGenerationSuffix, ctx.word(last)) && last > r.start + 1 {
        return Some(last - 1);
    }
    (last > r.start).then_some(last)
}

/// Adds a person written as a given name whose family name is written later
/// ("Anne" in "Anne and Peter Holm" is Anne Holm).
fn push_partner(ctx: &Ctx<'_>, found: &mut Found, given: usize, full: &Range<usize>) {
    if found.covers(given) {
        return;
    }
    let Some(f) = family_name(ctx, full) else {
        return;
    };
    let r = given..given + 1;
    found.add_person(PersonMention {
        span: ctx.span(&r),
        name: format!("{} {}", ctx.word(given), ctx.word(f)),
        tokens: r,
    });
}

/// The name after the honorifics that open tokens `r`.
fn without_honorifics(ctx: &Ctx<'_>, r: &Range<usize>) -> Range<usize> {
    let mut s = r.start;
    while s < r.end && words::is_honorific(ctx.word(s)) {
        s += 1;
    }
    s..r.end
}

/// Whether a person found covers any of tokens `r`.
fn known_person(found: &Found, r: &Range<usize>) -> bool {
    r.clone().any(|k| found.person_covering(k).is_some())
}

/// Finds the people of lists and coordinated names (see the module comment).
pub(super) fn people_in_lists(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    let mut i = 0;
    while i < chunks.len() {
        let mut items = Vec::new();
        items_of(ctx, &chunks[i], false, &mut items);
        let first = chunks[i].start;
        let mut j = i;
        let mut semicolons = false;
        while j + 1 < chunks.len() && separates(ctx, chunks[j].end..chunks[j + 1].start) {
            let gap = chunks[j].end..chunks[j + 1].start;
            let semicolon = gap.clone().any(|k| ctx.is_punct(k, ";"));
            let conjunction = gap.clone().any(|k| {
                lexicon::contains(Class::ListConjunction, ctx.word(k)) || ctx.is_punct(k, "&")
            });
            semicolons |= semicolon;
            items_of(ctx, &chunks[j + 1], !semicolon && !conjunction, &mut items);
            j += 1;
        }
        i = j + 1;
        let known = items
            .iter()
            .filter(|it| known_person(found, &it.tokens))
            .count();
        let list_of_people = announced(ctx, first) || known >= 2;
        for it in &items {
            let r = without_honorifics(ctx, &it.tokens);
            let is_person = known_person(found, &r);
            let affiliation = semicolons && it.after_comma;
            let new_person =
                !is_person && !affiliation && list_of_people && name_shaped(ctx, found, &r);
            if new_person {
                super::push_person(ctx, found, r.clone());
            }
            let Some(given) = it.partner else { continue };
            // "Anne and Peter Holm" outside a list: both first words are given names.
            let couple = list_of_people
                || NAMES.given(ctx.word(given)).is_some()
                    && NAMES.given(ctx.word(r.start)).is_some();
            if !couple || !(is_person || new_person || name_shaped(ctx, found, &r)) {
                continue;
            }
            if !is_person && !new_person {
                super::push_person(ctx, found, r.clone());
            }
            // The partner's family name is the found name's, not the phrase's last word
            // ("Anne and Peter Holm of Eastvale").
            let full = found
                .person_covering(r.start)
                .and_then(|p| found.people.get(p))
                .map_or(r.clone(), |p| p.tokens.clone());
            push_partner(ctx, found, given, &full);
        }
    }
}
