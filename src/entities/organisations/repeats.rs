//! Later mentions of organisations found: a name or acronym used again, a company's short
//! name, and a body's bare short form in a text that names its system.

use std::collections::HashMap;
use std::ops::Range;

use super::heads::company_short_name;
use super::push;
use super::spans::split_and;
use crate::document::normalise;
use crate::entities::gazetteer::GAZETTEER;
use crate::entities::{tokens, Ctx, Found};
use crate::model::OrganisationKind as K;

/// In a text about the European Union, `Parliament`, `the Commission` and `the Council`
/// are its institutions.
pub(super) fn short_forms(ctx: &Ctx<'_>, chunks: &[Range<usize>], found: &mut Found) {
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
