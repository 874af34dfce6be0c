//! Person mentions and the roles written next to them: a small grammar of names and
//! titles with its vocabulary as data.
//!
//! A run of capitalised words is a person only with evidence: a title before it
//! (`Deputy Director Jane Roe`, `NRA rapporteur on … Tom Berg`), an honorific (`Dr. Ana
//! Ruiz`), a speech verb (`said Tom Berg`, `Jane Roe, …, says:`), an apposition (`Jane
//! Roe, Chief Executive of Vantor`, `Tom BERG (EPP, CL)`), a credit or contact line, or a
//! known given name followed by a family name. A single word is a person only after a
//! title and when it is a known name or the family name of someone found. Later mentions
//! of a known person's family name are found last.
//!
//! The parts: `name` (which words make a name), `titles` (titles as noun phrases and their
//! complements), `apposition` (posts after a name), `evidence` (speech verbs, credit and
//! contact labels). Word lists are `src/lexicon/data/people.tsv` and `words.tsv`; names and
//! titles are the gazetteer's (`src/entities/data/`). Table tests: `tests.rs`.

mod apposition;
mod evidence;
mod lists;
mod name;
mod predicate;
#[cfg(test)]
mod tests;
mod titles;

use std::collections::HashSet;
use std::ops::Range;

use super::gazetteer::{HitTarget, GAZETTEER};
use super::names::{Strength, NAMES};
use super::organisations::{country_in, looks_like_acronym, pattern_kind};
use super::tokens::{is_connector, Kind};
use super::{words, Ctx, Found, OrgMention, OrgRef, PersonMention, RoleMention};
use crate::document::normalise;
use crate::lexicon::{self, Class};
use crate::model::OrganisationKind as K;
use apposition::{apposition, letterhead};
use evidence::{credits_and_contacts, speech_evidence};
use name::{looks_like_place_or_thing, match_name, name_word};
use titles::{premodifier, title_ends_at, TitleMatch};

/// Whether token `i` is inside a gazetteer organisation's name.
fn is_org_hit(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.hit_of
        .get(i)
        .is_some_and(|h| matches!(ctx.hits[h].target, HitTarget::Organisation(_)))
}

/// Whether token `i` is inside a country's name.
fn is_country_hit(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.hit_of
        .get(i)
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

/// Adds the person named by tokens `r`, unless a mention covers them; returns its index.
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
    // Only an article goes: "The New Harbour Times" keeps "New".
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
    // A country or nationality is a place, not an organisation: "the Chilean Minister".
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
    // employer: "Director of Analytics at Vantor", "CEO of Brightline".
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
        country: country_in(ctx, &r),
        tokens: r,
        same_as: None,
    });
    Some(OrgRef::Mention(found.orgs.len() - 1))
}

/// Adds a role to person `person`, once per title and organisation.
fn add_role(found: &mut Found, person: usize, title: String, org: Option<OrgRef>) {
    let title = title.trim_end_matches([',', ' ', ':']).to_owned();
    if title.is_empty() {
        return;
    }
    let key = post_key(&title);
    let dup = found.roles_of(person).any(|r| {
        post_key(&r.title) == key
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

/// A title as a post: case aside, and "of" or "for", "and" or "&" written either way, since
/// a release may name one post twice ("Minister for Roads and Bridges", later "Minister of
/// Roads & Bridges").
pub(crate) fn post_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for w in title.split_whitespace() {
        let w = w.to_lowercase();
        key.push_str(match w.as_str() {
            "for" => "of",
            "&" => "and",
            other => other,
        });
        key.push(' ');
    }
    key
}

/// Finds people and their roles.
pub(crate) fn find(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
    credits_and_contacts(ctx, found);
    // Titles anywhere in the text, keyed by the token where they end; boxed, since most
    // tokens end none and a slot is then one word, not a whole match (a long text has
    // millions of tokens).
    let mut title_ending: Vec<Option<Box<TitleMatch>>> = vec![None; ctx.tokens.len() + 1];
    let mut i = 0;
    while i < ctx.tokens.len() {
        // A lowercase title that is also a common word is one right before a name:
        // "Harbour Trust executive director Jane Roe", "economist Tom Berg".
        // PERF: `match_title` and `match_title_in(…, true)` from one reading of the head.
        let head = titles::title_head_at(ctx, i);
        let title_as =
            |post| head.and_then(|(j, e)| titles::title_from_head(ctx, i, found, post, j, e));
        let title = title_as(false).or_else(|| {
            title_as(true).filter(|t| {
                t.end == t.tokens.end
                    && (name::starts_person(ctx, t.end)
                        // "Eastvale's mayor, Tom Berg, said", "its director, Ana Ruiz,": the
                        // owner or determiner before the word makes it a post, the name
                        // after its comma the holder.
                        || ctx.is_punct(t.end, ",")
                            && name::starts_person(ctx, t.end + 1)
                            && owned_noun(ctx, t.tokens.start))
                    && !(t.tokens.len() == 1
                        && lexicon::value(Class::CommonTitleWord, ctx.word(i)) == Some("adjective"))
            })
        });
        // "Chief Curator Prof. Lea Holm": an honorific that ends a run of title words
        // opens the name, and the title ends before it.
        let title = title.map(|mut t| {
            let mut last = t.tokens.end - 1;
            if ctx.is_punct(last, ".") && last > t.tokens.start {
                last -= 1;
            }
            if t.org.is_none()
                && last > t.tokens.start
                && t.end == t.tokens.end
                && ctx.is_cap(last)
                && words::is_honorific(ctx.word(last))
            {
                t.tokens.end = last;
                t.end = last;
                t.text = normalise(ctx.slice(&t.tokens));
            }
            t
        });
        if let Some(t) = title {
            // A name follows the title, or its organisation: "Financial Secretary of the
            // NRA Tom Berg". The longest title ending at a place wins: "Harbour Master",
            // not "Master".
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
    predicate::predicate_roles(ctx, found);
    lists::people_in_lists(ctx, chunks, found);
}

/// Whether the noun phrase starting at `i` opens with an owner's possessive or a
/// determiner ("Eastvale's", "the agency's", "its", "the", "a new"), as a post written in
/// lowercase does when it stands in apposition before its holder's name.
fn owned_noun(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    ctx.tok(p).is_some_and(|t| t.kind == Kind::Possessive)
        || lexicon::contains(Class::RoleDeterminer, ctx.word(p))
}

/// Whether name words `r` end in the head of a place, a building, a fund or a work named
/// after a person ("the Lea Holm Theater", "Tom Berg Park", "the Ana Ruiz Fund"): such a
/// run is a person only on stronger evidence than the name lists (a title, an honorific,
/// an apposition).
fn named_after_place(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.len() >= 2
        && ctx.is_cap(r.end - 1)
        && lexicon::contains(Class::NamedAfterHead, ctx.word(r.end - 1))
}

/// Looks at every run of name words and keeps those with evidence.
fn candidates(
    ctx: &Ctx<'_>,
    found: &mut Found,
    title_ending: &[Option<Box<TitleMatch>>],
    singles: bool,
) {
    let n = ctx.tokens.len();
    // Words of a title and of its organisation are not a name: "Special Agent in Charge
    // Tom Berg", "Managing Director of Vantor Jane Roe".
    let mut in_title = vec![false; n];
    for t in title_ending.iter().flatten() {
        for k in t.tokens.start..t.end.max(t.tokens.end) {
            if let Some(slot) = in_title.get_mut(k) {
                *slot = true;
            }
        }
    }
    let starts_name = |k: usize| name_word(ctx, k) && !in_title.get(k).copied().unwrap_or(false);
    let mut person_words = PersonWords::default();
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
        // Capitals inside a name ("Tomas BERG") follow a written given name; a run that
        // starts with capitals ("NRA", "NRA Eastvale") is an organisation's.
        if r.len() > 1
            && ctx.tokens.get(r.start).is_some_and(|t| t.upper)
            && NAMES.given(ctx.word(r.start)).is_none()
            && !(r.start > 0 && words::is_honorific(ctx.word(r.start - 1)))
        {
            i = next;
            continue;
        }
        // A title right before, or before the honorifics that open the name ("Council
        // President Dr. Ana Ruiz", "Senator the Hon. Tom Berg"), or "Title, Name,".
        let lead = honorifics_before(ctx, r.start);
        // An honorific that is also a title ("Prof.") yields to a title before it.
        let at_name = title_ending.get(r.start).cloned().flatten();
        let at_lead = title_ending
            .get(lead)
            .cloned()
            .flatten()
            .filter(|_| lead < r.start);
        let mut before = match (at_name, at_lead) {
            (Some(t), Some(l)) if t.tokens.start >= lead => Some(l),
            (Some(t), _) => Some(t),
            (None, l) => l,
        };
        // The title is not the end of another person's apposition ("Tom Berg, Head of
        // Sales, Jane Roe, …").
        let not_anothers = |t: &TitleMatch| {
            let mut s = t.tokens.start;
            while s > 0
                && (ctx.tok(s - 1).is_some_and(|x| x.kind == Kind::Possessive)
                    || ctx.is_cap(s - 1)
                    || words::is_article(ctx.word(s - 1)))
            {
                s -= 1;
            }
            !(s >= 2 && ctx.is_punct(s - 1, ",") && found.person_covering(s - 2).is_some())
        };
        // "Title, Name," anywhere: "said the Minister of Health, Dr. Ana Ruiz.", "its
        // chair, Lea Holm, and …". The name closes its phrase.
        let comma_before = lead >= 1 && ctx.is_punct(lead - 1, ",");
        let closes = ctx.tok(r.end).is_none_or(|t| {
            t.kind == Kind::Break || matches!(ctx.word(r.end), "," | "." | ";" | ")" | ":")
        });
        if before.is_none() && comma_before && closes {
            before = title_ending
                .get(lead - 1)
                .cloned()
                .flatten()
                .filter(|t| not_anothers(t));
        }
        // "Minister of Health, Senator the Hon. Tom Berg,": a title, its comma, then the
        // title right before the name are both the holder's posts (a caption's stack).
        let stacked = before
            .as_ref()
            .and_then(|t| t.tokens.start.checked_sub(1))
            .filter(|&c| ctx.is_punct(c, ","))
            .and_then(|c| title_ending.get(c).cloned().flatten())
            .filter(|f| not_anothers(f));
        // "Mr. Plenth", "Dr. Priya Mensah"
        let honorific = r.start > 0
            && words::is_honorific(ctx.word(r.start - 1))
            && ctx.is_cap(r.start - 1)
            && ctx.word(r.start - 1) != "He";
        let appo = apposition(ctx, found, r.end).or_else(|| letterhead(ctx, found, &r));
        let speech = speech_evidence(ctx, &r);
        let names = ctx.plausible_person(&r);
        let strong = before.is_some()
            || honorific
            || appo
                .as_ref()
                .is_some_and(|a| a.member || !a.roles.is_empty());
        // "his wife Lea", "and husband Tom Berg": a relative's noun right before a name.
        let kin = r.start > 0
            && ctx
                .tok(r.start - 1)
                .is_some_and(|t| t.kind == Kind::Word && !t.cap && !t.upper)
            && lexicon::contains(Class::KinNoun, ctx.word(r.start - 1));
        let accept = if named_after_place(ctx, &r) && !strong {
            false
        } else if r.len() == 1 {
            (before.is_some() || honorific)
                && known_single_name(ctx, found, &mut person_words, r.start)
                || kin && closes
        } else if kin {
            true
        } else {
            // A title before a name that is itself the end of a longer capitalised phrase
            // ("President Vantor North America") is an organisation, not a person: the
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
                    // Not the end of a longer capitalised phrase; an opener before it
                    // ("In May Tom Berg retired") is no part of the name.
                    && !(r.start > 0
                        && ctx.is_cap(r.start - 1)
                        && !words::is_clause_opener(ctx.word(r.start - 1)))
        };
        if accept {
            if let Some(p) = push_person(ctx, found, r.clone()) {
                if let Some(t) = before {
                    // An organisation after the title ("of the Coastal Survey Agency") is named
                    // as one; capitalised words before it ("NRA Executive Director") when they
                    // are an organisation's name by pattern, gazetteer or acronym, or an
                    // owner's possessive. Other capitalised words before it are part of the
                    // title ("Inland Waters Commissioner", "Financial Secretary of the
                    // NRA").
                    let pre = premodifier(ctx, found, t.tokens.start);
                    let pre_is_org = pre.as_ref().is_some_and(|r| org_like(ctx, found, r));
                    let pre_is_place = pre.as_ref().is_some_and(|r| {
                        r.clone()
                            .any(|k| is_country_hit(ctx, k) || ctx.place_at(k).is_some())
                            || r.len() > 3
                    });
                    let possessive = |r: &Range<usize>| {
                        ctx.tok(r.end).is_some_and(|x| x.kind == Kind::Possessive)
                            && found.person_covering(r.start).is_none()
                    };
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
                        // "UK Managing Director of Vantor", "Kenyan Minister": a country
                        // before the title qualifies it and is written with it.
                        (o, Some(r)) if country_only(ctx, &r) => (
                            normalise(ctx.slice(&(r.start..t.tokens.end))),
                            o.and_then(|o| org_ref(ctx, found, o, true)),
                        ),
                        (Some(o), _) => (t.text.clone(), org_ref(ctx, found, o, true)),
                        // "Vantor’s Sales Manager": an owner's possessive names the employer.
                        (None, Some(r)) if pre_is_org || (possessive(&r) && !pre_is_place) => (
                            t.text.clone(),
                            org_ref(ctx, found, r.clone(), possessive(&r)),
                        ),
                        // "Vantor CEO Jane Roe", "Brightline Senior Vice President Tom
                        // Berg": a name before a title of one who leads or works for a body.
                        (None, Some(r)) if !pre_is_place && employer_premodifier(ctx, &r, &t) => {
                            (t.text.clone(), org_ref(ctx, found, r.clone(), true))
                        }
                        // "Vantor’s Sales Manager": the words are the title's, the owner
                        // before them its organisation.
                        (None, Some(r))
                            if !pre_is_place
                                && ctx.tok(r.end).is_some_and(|x| x.kind == Kind::Word) =>
                        {
                            let owner = premodifier(ctx, found, r.start).filter(|o| possessive(o));
                            (
                                normalise(ctx.slice(&(r.start..t.tokens.end))),
                                owner.and_then(|o| org_ref(ctx, found, o, true)),
                            )
                        }
                        // "Professor Jane Roe of the Coastal Survey Agency": the body after
                        // the name is the title's.
                        // "the agency's director Ana Ruiz" after "the Harbour Agency": a
                        // common noun that repeats an organisation's head is that one.
                        (None, None) => {
                            let owner = t
                                .tokens
                                .start
                                .checked_sub(2)
                                .filter(|&o| {
                                    ctx.tok(o + 1).is_some_and(|x| x.kind == Kind::Possessive)
                                        && ctx.tok(o).is_some_and(|x| !x.cap && !x.upper)
                                })
                                .and_then(|o| apposition::owner_by_head_noun(ctx, found, o));
                            let org = match owner {
                                Some(o) => org_ref(ctx, found, o, true),
                                None => body_after_name(ctx, found, r.end),
                            };
                            (t.text.clone(), org)
                        }
                        _ => (t.text.clone(), None),
                    };
                    // "Deputy Prime Minister and Minister for Trade Ana Ruiz", "President
                    // and CEO Jane Roe": a title joined by "and" to the one before the
                    // name is the person's too, with its own organisation or the shared one.
                    let joined = t
                        .tokens
                        .start
                        .checked_sub(1)
                        .filter(|&a| ctx.is_word(a, "and") || ctx.is_punct(a, "&"));
                    if let Some(first) = joined
                        .and_then(|a| title_ending.get(a).cloned().flatten())
                        .filter(|f| {
                            f.tokens.end == t.tokens.start - 1 || f.end == t.tokens.start - 1
                        })
                    {
                        let own = first.org.clone().and_then(|o| org_ref(ctx, found, o, true));
                        add_role(found, p, first.text.clone(), own.or_else(|| org.clone()));
                    }
                    if let Some(first) = stacked {
                        let own = first.org.clone().and_then(|o| org_ref(ctx, found, o, true));
                        add_role(found, p, first.text.clone(), own);
                    }
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

/// The start of the honorifics right before a name starting at `i` ("Dr.", "H.E.", "the
/// Hon.", "Prof. Dr."), or `i` when there are none. An article belongs to the run only
/// before an honorific ("Senator the Hon. Tom Berg").
fn honorifics_before(ctx: &Ctx<'_>, i: usize) -> usize {
    let mut s = i;
    while s > 0 {
        let w = ctx.word(s - 1);
        let honorific = ctx.is_cap(s - 1) && words::is_honorific(w) && w != "He";
        let dot = ctx.is_punct(s - 1, ".") && s >= 2 && words::is_honorific(ctx.word(s - 2));
        let article = w == "the" && s < i && words::is_honorific(ctx.word(s));
        if !(honorific || dot || article) {
            break;
        }
        s -= 1;
    }
    s
}

/// Whether the capitalised words `pre` right before title `t` name the holder's employer:
/// the title is one held in a body (its last word, "CEO", "founder", "President"), or
/// opens with a rank ("Senior Vice President"), and the words are one to three, none a
/// portfolio ("Sales Manager"), a nationality ("French President") or a body's head word
/// that makes a compound title ("Board President").
fn employer_premodifier(ctx: &Ctx<'_>, pre: &Range<usize>, t: &TitleMatch) -> bool {
    let employer_title = titles::takes_employer(&t.text)
        || GAZETTEER.is_title_modifier(ctx.word(t.tokens.start))
        || t.text.len() >= 2 && t.text.chars().all(|c| c.is_ascii_uppercase());
    let last = ctx.word(pre.end.saturating_sub(1));
    employer_title
        && pre.len() <= 3
        && ctx.tok(pre.end).is_some_and(|x| x.kind == Kind::Word)
        && !titles::is_portfolio(ctx, pre)
        && !pre
            .clone()
            .any(|k| GAZETTEER.country_by_adjective(ctx.word(k)).is_some())
        && !GAZETTEER.org_word(last).is_some_and(|w| w.is_head())
        && !GAZETTEER.is_title_modifier(last)
        // "Event Chair", "Summit Host": the event's post, not an employer.
        && crate::lexicon::event_head(last).is_none()
        && pre.clone().all(|k| ctx.is_cap(k))
}

/// The organisation named right after a person's name with "of" ("Jane Roe of the Coastal
/// Survey Agency", "Tom Berg of Vantor Inc."): the mention that ends the capitalised
/// phrase, which is the unit when an owner comes first ("of Eastvale University’s
/// Department of Geography"). Not one: a place ("Jane Roe of Eastvale") or a phrase with
/// no mention at its end.
fn body_after_name(ctx: &Ctx<'_>, found: &Found, end: usize) -> Option<OrgRef> {
    if !ctx.is_word(end, "of") {
        return None;
    }
    let k = if ctx.is_word(end + 1, "the") {
        end + 2
    } else {
        end + 1
    };
    let e = name::cap_run(ctx, k, 12);
    let o = found.org_covering(e.checked_sub(1)?)?;
    let m = found.orgs.get(o)?;
    (m.tokens.start >= k && m.tokens.end == e).then_some(OrgRef::Mention(o))
}

/// Whether tokens `r` right before a title are only a country or its adjective ("UK",
/// "Kenyan", "United Kingdom"), which the title is written with.
fn country_only(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    !r.is_empty()
        && r.len() <= 3
        && ctx.tok(r.end).is_some_and(|x| x.kind == Kind::Word)
        && (r.clone().all(|k| is_country_hit(ctx, k))
            || r.len() == 1 && GAZETTEER.country_by_adjective(ctx.word(r.start)).is_some())
}

/// Whether the single word at `i` is a name: a known given or family name, or a word of
/// a person's name found elsewhere in the text.
fn known_single_name<'d>(
    ctx: &Ctx<'d>,
    found: &Found,
    seen: &mut PersonWords<'d>,
    i: usize,
) -> bool {
    let w = ctx.word(i);
    NAMES.family(w).is_some()
        || NAMES.given(w).is_some_and(|s| s == Strength::Strong)
        || seen.contains(ctx, found, w)
}

/// The words of the people found so far whose names have two or more words. People are
/// only ever appended, so each is read once, when first asked about: asking about every
/// word of a long text does not read every person found before it (linear, not
/// quadratic, in the text).
#[derive(Default)]
struct PersonWords<'d> {
    read: usize,
    words: HashSet<&'d str>,
}

impl<'d> PersonWords<'d> {
    fn contains(&mut self, ctx: &Ctx<'d>, found: &Found, w: &str) -> bool {
        for p in found.people.get(self.read..).unwrap_or_default() {
            if p.tokens.len() >= 2 {
                self.words.extend(p.tokens.clone().map(|k| ctx.word(k)));
            }
        }
        self.read = found.people.len();
        self.words.contains(w)
    }
}

/// Later mentions of people by family name (`Roe`, `Mensah`) or, for names written
/// family name first (`Park Min-jun`), by that name.
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
        // A family name alone, not part of another capitalised phrase ("Berg Foundation").
        let prev_cap = i > 0
            && ctx.is_cap(i - 1)
            && !words::is_honorific(ctx.word(i - 1))
            && !title_ends_at(ctx, found, i);
        if !ctx.is_cap(i + 1) && !prev_cap {
            push_person(ctx, found, i..i + 1);
        }
    }
}
