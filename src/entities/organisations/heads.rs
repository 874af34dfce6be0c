//! The heads of organisation names: legal forms, head and lead words, acronyms.
//!
//! Which words head organisations is data: the gazetteer's organisation words
//! (`src/entities/data/org_words.tsv`) and the company legal forms of the lexicon
//! (`src/lexicon/data/organisations.tsv`).

use std::cell::{OnceCell, RefCell};
use std::ops::Range;

use crate::document::normalise;
use crate::entities::gazetteer::{OrgWord, GAZETTEER};
use crate::entities::words::{self, Prep};
use crate::entities::Ctx;
use crate::lexicon::{self, Class};
use crate::model::OrganisationKind as K;

/// A company's legal form ("Inc.", "GmbH", "S.A."): a capitalised phrase ends with it.
pub(crate) fn is_company_suffix(word: &str) -> bool {
    lexicon::contains(Class::CompanyLegalForm, word.trim_end_matches('.'))
}

/// Whether token `i` is the comma before a legal form written as a name writes it
/// ("Vantor, Inc.", "Brightline Co., Ltd.", "Norhaven, LLC"): the comma stays inside the
/// company's name. A form in capitals that is not written so ("VANTOR, INC." in a
/// shouted line) joins nothing: case says nothing there.
pub(crate) fn legal_form_after_comma(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.tok(i + 1) else {
        return false;
    };
    let form = ctx.word(i + 1).trim_end_matches('.');
    ctx.is_punct(i, ",")
        && t.cap
        && match lexicon::value(Class::CompanyLegalForm, form) {
            Some("caps") => true,
            Some(_) => !t.upper,
            None => false,
        }
}

/// A company's name without its legal suffix and leading article, when that leaves a
/// distinctive name of at least one capitalised word.
pub(super) fn company_short_name(name: &str) -> Option<String> {
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

/// The kind a phrase's head or lead word gives it, if any.
///
/// The grammar of an organisation's name, right to left: a company's legal form ("Vantor
/// Systems Inc."); a head word or compound head from the gazetteer's organisation words
/// ("Harbour Wildlife Service", "Norhaven Chamber of Commerce"); a lead word with its
/// complement ("Ministry of Fisheries", "University of Eastvale"); a head inside the name
/// with its remit after it ("Committee on Fisheries and Oceans"). A head that also names
/// other things ("Unit", "Division", "Task Force") makes a body only when a place or an
/// acronym qualifies it ("Eastvale Field Division", "NRA Ferry Task Force"): a bare
/// "Ferry Task Force" may be a plan's name, and "Summit on …" an event.
pub(crate) fn pattern_kind(ctx: &Ctx<'_>, r: &Range<usize>) -> Option<K> {
    let last = ctx.word(r.end.checked_sub(1)?);
    if is_company_suffix(last) && r.len() >= 2 {
        return Some(K::Company);
    }
    if r.len() >= 2 {
        if let Some((w, len)) = head_at_end(ctx, r) {
            if !w.ambiguous {
                return Some(w.kind);
            }
            let qualified = ctx.heads.qualified(ctx, r.start..r.end - len);
            if qualified && crate::lexicon::event_head(last).is_none() {
                return Some(w.kind);
            }
        }
    }
    // "Ministry of …", "University of …", "City of …": a lead word and its complement.
    // A compound lead is looked up as a phrase ("Consulate General of …").
    for len in 1..=MAX_HEAD_WORDS.min(r.len().saturating_sub(2)) {
        let lead = if len == 1 {
            ctx.word(r.start).to_owned()
        } else {
            normalise(ctx.slice(&(r.start..r.start + len)))
        };
        if let Some(w) = GAZETTEER.org_word(&lead) {
            if w.is_lead()
                && words::is_prep(ctx.word(r.start + len), &[Prep::Of, Prep::For, Prep::On])
            {
                return Some(w.kind);
            }
        }
    }
    // "Working Group on Fisheries", "Committee on Fisheries, Ports and Oceans": a head
    // word inside the name, with its remit after it.
    ctx.heads
        .first_remit_head(ctx, r.start + 1..r.end.saturating_sub(2))
}

/// The kind of body token `k` heads when its remit follows it ("Committee on …"), if it
/// does.
fn remit_head(ctx: &Ctx<'_>, k: usize) -> Option<K> {
    // A compound head is looked up as a phrase ("Task Force on …"), its first word
    // capitalised too.
    let w = GAZETTEER.org_word(ctx.word(k)).or_else(|| {
        let first = k.checked_sub(1).filter(|&j| ctx.is_cap(j))?;
        GAZETTEER.org_word(&normalise(ctx.slice(&(first..k + 1))))
    })?;
    let remit = words::prep(ctx.word(k + 1));
    // "Summit on …", "Forum on …" name events more often than bodies.
    if crate::lexicon::event_head(ctx.word(k)).is_some() {
        return None;
    }
    // "for" gives a remit as "on" does ("Council for the Development of Eastland",
    // "Institute for the Study of Coastal Arts"), but only after a head that names a body
    // alone: "Fund for …" may be a programme.
    (w.is_head()
        && ctx.is_cap(k)
        && (remit == Some(Prep::On)
            || (!w.ambiguous && matches!(remit, Some(Prep::Of | Prep::For)))))
    .then_some(w.kind)
}

/// What [`pattern_kind`] asks of single tokens, remembered for one text. PERF: it reads
/// ranges as long as a capitalised run, one per mention in it, so a line of one name
/// repeated made it quadratic; with this each token is read once.
#[derive(Debug, Default)]
pub(crate) struct HeadMemo {
    /// For each token, where the search for a remit head goes on: the token itself when
    /// it is unread or is such a head, else a later token (all those between are read and
    /// are none). Pointers are shortened as they are followed. MEM: in `u32` (a pointer past
    /// four billion tokens saturates, and the search stops there).
    next: RefCell<Vec<u32>>,
    /// For each token read, the kind it heads with its remit.
    remit: RefCell<Vec<Option<Option<K>>>>,
    /// How many of the tokens before each token are places or acronyms in capitals (MEM:
    /// in `u32`, saturating).
    qualifiers: OnceCell<Vec<u32>>,
}

impl HeadMemo {
    /// The kind of the first token in `r` that heads a body with its remit after it.
    fn first_remit_head(&self, ctx: &Ctx<'_>, r: Range<usize>) -> Option<K> {
        if r.is_empty() {
            return None;
        }
        let (mut next, mut remit) = (self.next.borrow_mut(), self.remit.borrow_mut());
        if next.len() != ctx.tokens.len() + 1 {
            *next = (0..=ctx.tokens.len()).map(to_u32).collect();
            *remit = vec![None; ctx.tokens.len()];
        }
        let mut k = r.start;
        let mut path = Vec::new();
        let found = loop {
            let Some(to) = next.get(k).map(|&to| to as usize) else {
                break None;
            };
            if to != k {
                path.push(k);
                k = to;
                continue;
            }
            if k >= r.end {
                break None;
            }
            let Some(slot) = remit.get_mut(k) else {
                break None;
            };
            let kind = *slot.get_or_insert_with(|| remit_head(ctx, k));
            if kind.is_some() {
                break kind;
            }
            if let Some(n) = next.get_mut(k) {
                *n = to_u32(k + 1);
            }
        };
        for p in path {
            if let Some(n) = next.get_mut(p) {
                *n = to_u32(k);
            }
        }
        found
    }

    /// Whether a token of `r` is a place or an acronym in capitals.
    fn qualified(&self, ctx: &Ctx<'_>, r: Range<usize>) -> bool {
        let counts = self.qualifiers.get_or_init(|| {
            let mut counts = Vec::with_capacity(ctx.tokens.len() + 1);
            let mut n = 0u32;
            counts.push(n);
            for (k, t) in ctx.tokens.iter().enumerate() {
                if ctx.place_at(k).is_some() || (t.upper && looks_like_acronym(ctx.word(k))) {
                    n = n.saturating_add(1);
                }
                counts.push(n);
            }
            counts
        });
        !r.is_empty() && counts.get(r.end) > counts.get(r.start)
    }
}

/// A token index of the memo in `u32`, saturating.
fn to_u32(k: usize) -> u32 {
    u32::try_from(k).unwrap_or(u32::MAX)
}

/// Whether tokens `r` end with a company's legal form or an unambiguous head ("Vantor
/// Inc.", "Coastal Survey Agency"), not only by a lead word ("Ministry of … of the People"
/// before "’s Republic" is no owner).
pub(super) fn named_by_head(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    r.len() >= 2
        && (r
            .end
            .checked_sub(1)
            .is_some_and(|e| is_company_suffix(ctx.word(e)))
            || head_at_end(ctx, r).is_some_and(|(w, _)| !w.ambiguous))
}

/// The longest head (one to three words: "Service", "Task Force", "Chamber of Commerce")
/// that ends tokens `r`, with its length in tokens. A one-word head needs a word before
/// it; a compound head may be the whole phrase ("City Council").
fn head_at_end(ctx: &Ctx<'_>, r: &Range<usize>) -> Option<(&'static OrgWord, usize)> {
    (1..=MAX_HEAD_WORDS.min(r.len())).rev().find_map(|len| {
        let phrase = if len == 1 {
            ctx.word(r.end - 1).to_owned()
        } else {
            normalise(ctx.slice(&(r.end - len..r.end)))
        };
        GAZETTEER
            .org_word(&phrase)
            .filter(|w| w.is_head())
            .map(|w| (w, len))
    })
}

/// The most words a compound head has ("Chamber of Commerce").
const MAX_HEAD_WORDS: usize = 3;

/// Whether a word has the form of an acronym: two to twelve letters, at least two of them
/// capitals, and nothing but letters, digits, `&`, `-` and `.` ("NRA", "S&P", "G-20").
pub(crate) fn looks_like_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=12).contains(&letters)
        && w.chars().next().is_some_and(char::is_uppercase)
        && w.chars().filter(|c| c.is_uppercase()).count() >= 2
        && w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '&' | '-' | '.'))
}
