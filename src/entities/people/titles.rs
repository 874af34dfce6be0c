//! Titles as noun phrases: modifiers, a head from the gazetteer's titles, and complements
//! that are a portfolio ("Minister for Fisheries", "Director of Sales") or the holder's
//! organisation ("Director of the Coastal Survey Agency", "Head of Growth at Vantor").
//!
//! Titles and their modifiers are `src/entities/data/{titles,title_modifiers}.tsv`; the
//! words that tell a portfolio from an employer are `src/lexicon/data/people.tsv`.

use std::ops::Range;

use super::name::{cap_run, cap_run_no_prep, starts_person};
use super::{is_country_hit, is_org_hit, org_like};
use crate::document::normalise;
use crate::entities::gazetteer::{push_letters, GAZETTEER};
use crate::entities::names::NAMES;
use crate::entities::organisations::pattern_kind;
use crate::entities::tokens::{is_connector, Kind};
use crate::entities::words::{self, Prep};
use crate::entities::{Ctx, Found};
use crate::lexicon::{self, Class};

/// Longest title, in words, looked up at one position.
pub(super) const MAX_TITLE_WORDS: usize = 6;

/// A title found at a position: its tokens and, when the title says it, its organisation.
#[derive(Clone, Debug)]
pub(super) struct TitleMatch {
    pub tokens: Range<usize>,
    pub text: String,
    /// `of the Coastal Survey Agency`, `of the NRA`: the organisation after the title.
    pub org: Option<Range<usize>>,
    /// Where the organisation phrase ends (past `org`), or the title's end.
    pub end: usize,
}

/// Matches a title starting at token `i`: optional modifiers (`Deputy`, `Acting`), a
/// title from the gazetteer, and a portfolio (`for Foreign Affairs`, `on coastal shipping
/// routes`) or organisation (`of the Coastal Survey Agency`, `at Vantor`) after it.
/// Not a title: one inside a gazetteer name (the organisation's name is read instead), a
/// lowercase word that is also a common noun or adjective ("a private firm", "the chief
/// reason"), anything in a block written in capitals.
pub(super) fn match_title(ctx: &Ctx<'_>, i: usize, found: &Found) -> Option<TitleMatch> {
    match_title_in(ctx, i, found, false)
}

/// Matches a title where the clause says a post follows (after "as", "is the", or a
/// comma after a name): there a lowercase title that is also a common word is a title
/// ("Jane Roe, partner at Vantor", "served as mayor of Eastvale").
pub(super) fn match_title_in(
    ctx: &Ctx<'_>,
    i: usize,
    found: &Found,
    post_expected: bool,
) -> Option<TitleMatch> {
    let (j, head_end) = title_head_at(ctx, i)?;
    title_from_head(ctx, i, found, post_expected, j, head_end)
}

/// The head of a title starting at token `i`, as [`match_title_in`] reads it: the token
/// after the modifiers and the end of the head. PERF: the costly part of a title, the same
/// whether a post is expected or not; a caller that tries both reads it once.
pub(super) fn title_head_at(ctx: &Ctx<'_>, i: usize) -> Option<(usize, usize)> {
    let first = ctx.tok(i)?;
    if first.kind != Kind::Word || ctx.loud.get(i).copied().unwrap_or(false) {
        return None;
    }
    // "the President" is the title "President", found one word later.
    if is_org_hit(ctx, i) || words::is_article(ctx.word(i)) {
        return None;
    }
    let mut j = i;
    while j < i + 3
        && GAZETTEER.is_title_modifier(ctx.word(j))
        && ctx.tok(j + 1).is_some_and(|t| t.kind == Kind::Word)
    {
        j += 1;
    }
    // "Under the Private …": a rank is never followed by an article.
    if j > i && words::is_article(ctx.word(j)) {
        return None;
    }
    let mut head_end = None;
    // After the modifiers, from the first word, and from each word between, since a word
    // read as a modifier may start the head ("former chief executive": "Chief" and
    // "Executive" are ranks too, and "chief executive" is the head); the longest wins
    // ("deputy chief executive", not "deputy chief").
    let starts = std::iter::once(j)
        .chain((i < j).then_some(i))
        .chain((i + 1..j).rev());
    for start in starts {
        // PERF: only phrases with a title's letters are looked up; the letters of the
        // phrases from `start` are built once, shortest first.
        let mut maybe = [false; MAX_TITLE_WORDS + 1];
        let article = ctx.word(start).eq_ignore_ascii_case("the");
        let mut letters = String::new();
        let mut settled = None;
        let mut from = ctx.tok(start).map_or(0, |t| t.span().start);
        for (len, slot) in maybe.iter_mut().enumerate().skip(1) {
            let Some(t) = ctx.tok(start + len - 1) else {
                break;
            };
            push_letters(&mut letters, ctx.text.get(from..t.span().end).unwrap_or(""));
            from = t.span().end;
            if article {
                *slot = true;
                continue;
            }
            // Once no title's letters extend these, only a word without letters keeps
            // the answer; any other longer phrase is no title.
            if let Some((n, was)) = settled {
                if letters.len() > n {
                    break;
                }
                *slot = was;
                continue;
            }
            let (may_be, may_extend) = GAZETTEER.may_be_or_start_title(&letters);
            *slot = may_be;
            if !may_extend {
                settled = Some((letters.len(), may_be));
            }
        }
        for len in (1..=MAX_TITLE_WORDS).rev() {
            let end = start + len;
            if end > ctx.tokens.len() || !maybe[len] {
                continue;
            }
            // "Harbour Master’s Deputy": a possessive may sit inside a title.
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
                head_end = head_end.max(Some(end));
                break;
            }
        }
    }
    // "Chief Philanthropy Officer", "Senior Film Curator": one or two nouns between a rank
    // (or a title that is also one, "Chief") and the head they modify.
    let adjunct_from = head_end.unwrap_or(j);
    if head_end.is_some() || j > i {
        let cased = |x: usize| ctx.is_cap(x) == first.cap;
        for gap in 1..=2 {
            let h = adjunct_from + gap;
            let inner_ok = (adjunct_from..h).all(|x| {
                ctx.tok(x).is_some_and(|t| t.kind == Kind::Word)
                    && cased(x)
                    && !is_connector(ctx.word(x))
                    && NAMES.given(ctx.word(x)).is_none()
                    && GAZETTEER.title(ctx.word(x)).is_none()
                    && !is_org_hit(ctx, x)
            });
            if !inner_ok {
                break;
            }
            if cased(h) && GAZETTEER.title(ctx.word(h)).is_some() {
                head_end = Some(h + 1);
                break;
            }
        }
    }
    Some((j, head_end?))
}

/// [`match_title_in`] from the head that [`title_head_at`] found at `j..end`.
pub(super) fn title_from_head(
    ctx: &Ctx<'_>,
    i: usize,
    found: &Found,
    post_expected: bool,
    j: usize,
    end: usize,
) -> Option<TitleMatch> {
    let first = ctx.tok(i)?;
    let mut end = end;
    // Lowercase, some titles are ordinary words: "private", "general", "major".
    if !first.cap
        && !post_expected
        && end == j + 1
        && !ctx.is_cap(j)
        && lexicon::contains(Class::CommonTitleWord, ctx.word(j))
    {
        return None;
    }
    let mut org = None;
    let mut org_end = end;
    // Complements, left to right: a portfolio ("of Sales", "for Foreign Affairs", "in
    // Charge") stays in the title; the first organisation ("for Vantor, Inc.", "of the
    // Coastal Survey Agency", "at Brightline") ends it.
    let head = normalise(ctx.slice(&(j..end)));
    let mut had_portfolio = false;
    let mut steps = 0;
    while org.is_none() && steps < 3 {
        let Some(prep) = words::prep(ctx.word(end)).filter(|p| *p != Prep::Other) else {
            break;
        };
        steps += 1;
        let mut k = end + 1;
        let the = ctx.is_word(k, "the");
        if the {
            k += 1;
        }
        // "named chief executive in March": a date is no complement.
        if words::is_calendar_word(ctx.word(k)) {
            break;
        }
        let run = cap_run_no_prep(ctx, k, 16);
        // "Managing Director of Vantor Jane Roe": the holder's name after the complement
        // is no part of it.
        // A name joined by a connector ("Victoria and Albert Museum") or heading an
        // organisation's name is the organisation's own.
        let holder = (k + 1..cap_run(ctx, k, 16)).find(|&p| {
            ctx.is_cap(p - 1)
                && starts_person(ctx, p)
                && !org_like(ctx, found, &(p..cap_run(ctx, p, 6)))
        });
        let run = holder.map_or(run, |h| run.min(h));
        if run > k {
            let r = k..run;
            let full_end = cap_run(ctx, k, 16);
            let full_end = holder.map_or(full_end, |h| full_end.min(h));
            let full = k..full_end;
            // The full run reads as one name if no employer preposition splits it, or if it
            // is one by its lead word ("Council for the Protection of Rivers").
            let lead_named = GAZETTEER.org_word(ctx.word(k)).is_some_and(|w| w.is_lead())
                && words::is_prep(ctx.word(k + 1), &[Prep::Of, Prep::For, Prep::On])
                && pattern_kind(ctx, &full).is_some();
            let full_ok = lead_named
                || !(k..full_end).any(|x| words::is_prep(ctx.word(x), EMPLOYER_OR_POSTING))
                    && org_like(ctx, found, &full);
            // An employer follows, or a second title that will name it: "Director of
            // Collections and Chief Curator at the Harbour Museum".
            let followed_by_employer = words::is_prep(ctx.word(run), EMPLOYER)
                && ctx.is_cap(run + 1)
                || ctx.is_word(run, "and")
                    && ctx.is_cap(run + 1)
                    && (GAZETTEER.is_title_modifier(ctx.word(run + 1))
                        || GAZETTEER.title(ctx.word(run + 1)).is_some());
            let known = found
                .org_covering(k)
                .and_then(|o| found.orgs.get(o))
                .map(|o| o.tokens.clone());
            // "Head of Platform Solutions at Vantor": a bare capitalised complement with an
            // employer after it is the post's portfolio or unit, whatever its head word.
            let portfolio_before_employer =
                followed_by_employer && !the && ctx.org_entry(&r).is_none();
            // "Minister of Harbours, Fisheries and Tourism": bare capitalised nouns
            // coordinated after the title are one portfolio, not an employer.
            let list_end = (!the && known.is_none() && !org_like(ctx, found, &r))
                .then(|| portfolio_list_end(ctx, found, run))
                .flatten();
            let is_org = !matches!(prep, Prep::On | Prep::In)
                && !portfolio_before_employer
                && list_end.is_none()
                && (known.is_some()
                    || full_ok
                    || org_like(ctx, found, &r)
                    || (the && has_ambiguous_head(ctx, &r))
                    || (!followed_by_employer
                        && !is_portfolio(ctx, &r)
                        && !is_country_hit(ctx, k)
                        && (matches!(prep, Prep::At | Prep::With | Prep::Of)
                            || (prep == Prep::For && (had_portfolio || takes_employer(&head))))));
            if is_org {
                let r = known.or_else(|| full_ok.then_some(full)).unwrap_or(r);
                org_end = r.end;
                org = Some(r);
            } else if !is_country_hit(ctx, k) || prep != Prep::Of {
                // A portfolio: "Minister for Foreign Affairs", "Special Agent in Charge",
                // up to a person's name after it ("Minister for Fisheries Tom Berg").
                let run = (k + 1..run)
                    .find(|&p| starts_person(ctx, p))
                    .unwrap_or_else(|| list_end.unwrap_or(run));
                end = run;
                org_end = run;
                had_portfolio = true;
                continue;
            } else if let Some(h) = holder.filter(|&h| country_complement(ctx, k, h)) {
                // "President of Kenya Jane Roe", "President of the Republic of Kenya Jane
                // Roe": the country is where the post is held, and the name after it is
                // the holder's.
                org_end = h;
            }
            break;
        } else if let Some(e) = (!the && matches!(prep, Prep::Of | Prep::For))
            .then(|| lowercase_portfolio(ctx, k))
            .flatten()
        {
            // "head of research at Vantor", "vice president of global sales,"
            end = e;
            org_end = e;
            had_portfolio = true;
            continue;
        } else if matches!(prep, Prep::On | Prep::For) {
            // "rapporteur on coastal shipping routes": a lowercase remit, up to the next
            // capitalised word or punctuation.
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
    // A title whose portfolio is in the gazetteer's name ("Minister for Trade") takes the
    // rest of a list after it the same way: "Minister for Trade, Tourism and Investment".
    if org.is_none()
        && end == org_end
        && ctx.is_cap(end.saturating_sub(1))
        && (j..end).any(|x| words::is_prep(ctx.word(x), &[Prep::Of, Prep::For]))
    {
        if let Some(e) = portfolio_list_end(ctx, found, end) {
            end = e;
            org_end = e;
        }
    }
    Some(TitleMatch {
        text: normalise(ctx.slice(&(i..end))),
        tokens: i..end,
        org,
        end: org_end,
    })
}

/// Whether tokens `k..h` are a country, bare or after the form of its state ("Kenya",
/// "the Republic of Kenya" from "Republic").
fn country_complement(ctx: &Ctx<'_>, k: usize, h: usize) -> bool {
    let mut k = k;
    if ctx.is_cap(k)
        && lexicon::contains(Class::StateFormNoun, ctx.word(k))
        && ctx.is_word(k + 1, "of")
    {
        k += 2;
        if ctx.is_word(k, "the") {
            k += 1;
        }
    }
    k < h && (k..h).all(|x| is_country_hit(ctx, x))
}

/// The end of a portfolio written as a list after its first item, which ends at `e`:
/// ", Fisheries and Tourism", ", Roads, and Bridges". Each further item is one to three
/// capitalised words that are neither a person nor an organisation, and the list is
/// closed by "and" (or "&") before its last item; an open list (", Jane Roe, said") or
/// one that goes on into a name is none.
fn portfolio_list_end(ctx: &Ctx<'_>, found: &Found, e: usize) -> Option<usize> {
    // The first item may already hold its "and": "of Trade and Industry, Energy and Mines"
    // is read item by item from the first comma.
    let mut e = e;
    // "of Energy and Mines": a second item joined by "and" alone, before any comma.
    let mut joined_first = false;
    if ctx.is_word(e, "and")
        && ctx.is_cap(e + 1)
        && !starts_person(ctx, e + 1)
        && !found.covers(e + 1)
        && !GAZETTEER.is_title_modifier(ctx.word(e + 1))
        && GAZETTEER.title(ctx.word(e + 1)).is_none()
    {
        let run = cap_run_no_prep(ctx, e + 1, 3);
        let item = e + 1..run;
        if org_like(ctx, found, &item) || is_country_hit(ctx, e + 1) {
            return None;
        }
        e = run;
        joined_first = true;
    }
    for _ in 0..6 {
        if joined_first && !ctx.is_punct(e, ",") {
            return (!ctx.is_cap(e) || starts_person(ctx, e)).then_some(e);
        }
        if !ctx.is_punct(e, ",") {
            return None;
        }
        let mut k = e + 1;
        let closing = ctx.is_word(k, "and") || ctx.is_punct(k, "&");
        if closing {
            k += 1;
        }
        if !ctx.is_cap(k)
            || starts_person(ctx, k)
            || found.covers(k)
            || words::is_honorific(ctx.word(k))
        {
            return None;
        }
        // One item, or the last two joined by "and": "Investment and Commerce".
        let run = cap_run_no_prep(ctx, k, 8);
        // "… and Tourism Ana Ruiz": the holder's name after the list is no item.
        let run = (k + 1..run).find(|&p| starts_person(ctx, p)).unwrap_or(run);
        let items: Vec<Range<usize>> = split_on_and(ctx, k..run);
        let joined = items.len() > 1;
        if items.len() > 2
            || items.iter().any(|r| {
                r.is_empty()
                    || r.len() > 3
                    || org_like(ctx, found, r)
                    || is_country_hit(ctx, r.start)
                    || r.clone().any(|x| NAMES.given(ctx.word(x)).is_some())
            })
        {
            return None;
        }
        if closing || joined {
            // The list ends here; a name or more words right after it mean it was no list.
            return (!ctx.is_cap(run) || starts_person(ctx, run)).then_some(run);
        }
        e = run;
    }
    None
}

/// The parts of a capitalised run joined by "and" or "&".
fn split_on_and(ctx: &Ctx<'_>, r: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut s = r.start;
    for x in r.clone() {
        if ctx.is_word(x, "and") || ctx.is_punct(x, "&") {
            out.push(s..x);
            s = x + 1;
        }
    }
    out.push(s..r.end);
    out
}

/// A lowercase portfolio after "of" or "for" starting at `k` ("of research", "for
/// marine biology"): up to three content words, closed by punctuation or an employer
/// preposition or another preposition ("at Vantor", "in 2019"); its end. Not one: a clause going on ("of research will").
fn lowercase_portfolio(ctx: &Ctx<'_>, k: usize) -> Option<usize> {
    let mut e = k;
    while e < k + 3
        && ctx
            .tok(e)
            .is_some_and(|t| t.kind == Kind::Word && !t.cap && !t.upper)
    {
        let w = ctx.word(e);
        if is_connector(w)
            || words::prep(w).is_some()
            || words::is_article(w)
            || words::is_speech_verb(w)
            || words::is_calendar_word(w)
            || lexicon::contains(Class::RoleFrameAux, w)
            || lexicon::contains(Class::RoleFrameVerb, w)
        {
            break;
        }
        e += 1;
    }
    let closed = ctx.tok(e).is_none_or(|t| t.kind != Kind::Word)
        || words::prep(ctx.word(e)).is_some()
        || ctx.is_word(e, "and");
    (e > k && closed).then_some(e)
}

/// The prepositions after which a capitalised name is an employer ("at Vantor").
const EMPLOYER: &[Prep] = &[Prep::At, Prep::For, Prep::With];

/// The prepositions that split a capitalised run into a title's complement and an employer
/// or posting after it ("of Sales for Vantor", "Ambassador of Ghana to Chile").
const EMPLOYER_OR_POSTING: &[Prep] = &[Prep::At, Prep::For, Prep::To, Prep::With];

/// Titles of people who lead, found or work for a company or body: the capitalised name
/// after "for" is their employer ("CEO for Vantor", "co-founder for Brightline"), where after
/// "Minister for" it is a portfolio. The title's last word decides, or its last hyphenated
/// part ("Co-Founder").
pub(super) fn takes_employer(title: &str) -> bool {
    let last = title.rsplit(' ').next().unwrap_or("");
    let part = last.rsplit('-').next().unwrap_or("");
    lexicon::contains(Class::TitleEmployer, last) || lexicon::contains(Class::TitleEmployer, part)
}

/// Words that make a capitalised complement a portfolio, not an employer: "of Sales", "of
/// Analytics", "for Foreign Affairs", "of Engineering".
pub(super) fn is_portfolio(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.clone()
        .any(|k| lexicon::contains(Class::PortfolioWord, ctx.word(k)))
}

/// A name ending in a word that heads bodies and other things alike ("Division", "Unit",
/// "Branch"): after "of the" following a title, it is a body ("Director of the Survey
/// Division"). Not a body: an event head ("Chair of the Harbour Forum").
pub(super) fn has_ambiguous_head(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.end.checked_sub(1).is_some_and(|e| {
        GAZETTEER
            .org_word(ctx.word(e))
            .is_some_and(|w| w.is_head() && crate::lexicon::event_head(ctx.word(e)).is_none())
    })
}

/// The capitalised words right before a title, which name its organisation: `NRA`
/// Executive Director, `Vantor` Chairman, `EP` rapporteur, `Brightline’s` Sales Manager.
pub(super) fn premodifier(
    ctx: &Ctx<'_>,
    found: &Found,
    title_start: usize,
) -> Option<Range<usize>> {
    let mut s = title_start;
    let mut end = title_start;
    if s > 0 && ctx.tok(s - 1).is_some_and(|t| t.kind == Kind::Possessive) {
        s -= 1;
        end = s;
    }
    // Capitalised words and the connectors of a name, but never across "and" or a person:
    // "Mayor Jane Roe and Eastvale Police Department Chief".
    while s > 0
        && s + 8 > title_start
        && found.person_covering(s - 1).is_none()
        && (ctx.is_cap(s - 1)
            || ((words::is_prep(ctx.word(s - 1), &[Prep::Of, Prep::For])
                || ctx.is_word(s - 1, "the")
                || ctx.is_punct(s - 1, "&"))
                && s >= 2
                && ctx.is_cap(s - 2)))
    {
        s -= 1;
    }
    while s < end && (words::is_stop_capital(ctx.word(s)) || is_connector(ctx.word(s))) {
        s += 1;
    }
    // "Notes of Director", "Letter of rapporteur": a phrase that ends in a connector
    // is not a name of anything.
    if s >= end || found.person_covering(end - 1).is_some() || is_connector(ctx.word(end - 1)) {
        return None;
    }
    Some(s..end)
}

/// Whether a title ends right before token `i` (`Professor Li`, `Harbour Master Roe`).
pub(super) fn title_ends_at(ctx: &Ctx<'_>, found: &Found, i: usize) -> bool {
    (1..=MAX_TITLE_WORDS + 3).any(|len| {
        i.checked_sub(len)
            .and_then(|s| match_title(ctx, s, found))
            .is_some_and(|t| t.tokens.end == i)
    })
}
