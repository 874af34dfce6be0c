//! Diplomatic missions, one per State of a list: "the Permanent Missions of Chile, Ghana
//! and Norway to the United Nations" is three missions, each named "Permanent Mission of
//! ⟨State⟩ to the United Nations" (the one composed name SCHEMA.md allows) with the
//! State's code as its country.

use crate::document::normalise;
use crate::entities::gazetteer::HitTarget;
use crate::entities::{Ctx, Found, OrgMention};
use crate::lexicon::{self, Class};
use crate::model::OrganisationKind as K;

/// The mission lead at token `i` ("Permanent Missions", "Permanent Observer Mission"),
/// followed by "of": its length in tokens and its singular.
fn mission_lead(ctx: &Ctx<'_>, i: usize) -> Option<(usize, &'static str)> {
    (2..=lexicon::max_words(Class::MissionLead))
        .rev()
        .find_map(|len| {
            let phrase = normalise(ctx.slice(&(i..i + len)));
            let singular = lexicon::value(Class::MissionLead, &phrase)?;
            ctx.is_word(i + len, "of").then_some((len, singular))
        })
}

/// `the Permanent Missions of Chile, Ghana, … and the Netherlands to the United Nations`:
/// one mission per State, up to the list's tail ("to the United Nations", "in Geneva").
/// A lead with no State after "of" names nothing here.
pub(super) fn missions(ctx: &Ctx<'_>, found: &mut Found) {
    let n = ctx.tokens.len();
    for i in 0..n {
        if !(ctx.is_cap(i) && ctx.is_cap(i + 1)) {
            continue;
        }
        let Some((lead_len, singular)) = mission_lead(ctx, i) else {
            continue;
        };
        // The countries, up to "to the United Nations" or the end of the phrase.
        let mut countries: Vec<(usize, usize, &'static str)> = Vec::new();
        let mut j = i + lead_len + 1;
        let mut tail: Option<(usize, String)> = None;
        while j < n {
            if ctx.is_word(j, "the") || ctx.is_punct(j, ",") || ctx.is_word(j, "and") {
                j += 1;
                continue;
            }
            let hit = ctx.hit_of.get(j);
            if let Some(h) = hit {
                if let Some(HitTarget::Country(c)) = ctx.hits.get(h).map(|x| x.target) {
                    let mut e = j;
                    while e + 1 < n && ctx.hit_of.get(e + 1) == Some(h) {
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
                // "to the United Nations", "to the United Nations Office at Geneva", "in Geneva".
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
            let name = format!("{singular} of {country_text}{tail_text}");
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
                same_as: None,
            });
        }
    }
}
