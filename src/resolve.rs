//! Stage 3: mentions become entities.
//!
//! Input: the person and organisation mentions of the entity stage. Output: one entry per
//! real-world person or organisation, named by the fullest form the document writes, with
//! every mention. Organisations merge by gazetteer entry, by written name, and through
//! acronyms ("(CSA)" definitions and the gazetteer's); people merge by full name and by
//! family name. Work is near-linear: mentions are grouped through hash maps, never compared
//! pairwise across the document.

use std::collections::HashMap;

use crate::entities::{Found, OrgRef};
use crate::model::{Organisation, OrganisationKind, Person, Role};
use crate::span::{Mention, Span};

/// Union-find over mention indices.
struct Groups(Vec<usize>);

impl Groups {
    fn new(n: usize) -> Groups {
        Groups((0..n).collect())
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        if a != b {
            // The earlier mention is the root, so groups come out in document order.
            let (lo, hi) = if a < b { (a, b) } else { (b, a) };
            self.0[hi] = lo;
        }
    }
}

/// A comparable form of a name: case, articles, quotes and spacing ignored.
pub(crate) fn name_key(s: &str) -> String {
    let s = s.replace(['’', '‘'], "'");
    s.split_whitespace()
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Entities and the maps that later stages use to name them.
#[derive(Debug, Default)]
pub(crate) struct Resolved {
    pub people: Vec<Person>,
    pub organisations: Vec<Organisation>,
    /// For each organisation mention of `Found`, the index of its organisation.
    pub org_of_mention: Vec<usize>,
    /// For each person mention of `Found`, the index of its person.
    pub person_of_mention: Vec<usize>,
}

/// Merges the mentions of `found` into people and organisations.
pub(crate) fn merge(text: &str, found: &Found, home_country: Option<&str>) -> Resolved {
    let (mut organisations, org_of_mention) = merge_orgs(text, found);
    // A government body that names no country is the release's own country's: the
    // "Coastal Survey Agency" of a release from Oslo and Bergen is Norwegian.
    if let Some(home) = home_country {
        for o in organisations
            .iter_mut()
            .filter(|o| o.kind == OrganisationKind::Government && o.country.is_none())
        {
            o.country = Some(home.to_owned());
        }
    }
    inherit_owner_country(text, found, &mut organisations, &org_of_mention);
    let (people, person_of_mention) = merge_people(text, found, &organisations, &org_of_mention);
    Resolved {
        people,
        organisations,
        org_of_mention,
        person_of_mention,
    }
}

/// A unit named with its State body belongs to that body's State: "Office of Coastal
/// Affairs, Chilean Ministry of Fisheries", "the NRA’s Coastal Survey Unit", "NRA Ferry
/// Task Force" (an acronym of the body qualifies the unit's name). Not inherited: from a
/// body that is no government's ("Vantor’s Survey Unit"), nor by a unit of another kind
/// (a company).
fn inherit_owner_country(
    text: &str,
    found: &Found,
    organisations: &mut [Organisation],
    org_of_mention: &[usize],
) {
    let state_body = |o: &Organisation| {
        (o.kind == OrganisationKind::Government)
            .then(|| o.country.clone())
            .flatten()
    };
    let inherit = |organisations: &mut [Organisation], u: usize, country: Option<String>| {
        if let Some(unit) = organisations.get_mut(u) {
            let unit_like = matches!(
                unit.kind,
                OrganisationKind::Government | OrganisationKind::Other
            );
            if unit_like && unit.country.is_none() {
                unit.country = country;
            }
        }
    };
    let mut order: Vec<usize> = (0..found.orgs.len()).collect();
    order.sort_by_key(|&i| found.orgs[i].span.start);
    for pair in order.windows(2) {
        let (a, b) = (&found.orgs[pair[0]], &found.orgs[pair[1]]);
        let Some(gap) = text.get(a.span.end..b.span.start) else {
            continue;
        };
        // "Unit, Owner" or "Owner’s Unit".
        let (unit, owner) = if gap == ", " {
            (pair[0], pair[1])
        } else if is_possessive_gap(gap) {
            (pair[1], pair[0])
        } else {
            continue;
        };
        let (Some(&u), Some(&o)) = (org_of_mention.get(unit), org_of_mention.get(owner)) else {
            continue;
        };
        if u != o {
            let country = organisations.get(o).and_then(state_body);
            inherit(organisations, u, country);
        }
    }
    // "NRA Ferry Task Force": the first word is a State body's acronym.
    let by_acronym: HashMap<String, Option<String>> = organisations
        .iter()
        .filter_map(|o| Some((o.acronym.clone()?, state_body(o))))
        .collect();
    for u in 0..organisations.len() {
        let first = organisations[u]
            .name
            .split_whitespace()
            .next()
            .unwrap_or("");
        if organisations[u].acronym.as_deref() == Some(first)
            || !organisations[u].name.contains(' ')
        {
            continue;
        }
        if let Some(country) = by_acronym.get(first).cloned() {
            inherit(organisations, u, country);
        }
    }
}

/// Whether the text between two names is a possessive ending: "’s " or "'s ".
fn is_possessive_gap(gap: &str) -> bool {
    let mut c = gap.chars();
    matches!(
        (c.next(), c.next(), c.next(), c.next()),
        (Some('’' | '\''), Some('s'), Some(' '), None)
    )
}

fn merge_orgs(text: &str, found: &Found) -> (Vec<Organisation>, Vec<usize>) {
    let n = found.orgs.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| found.orgs[i].span.start);
    let mut g = Groups::new(n);
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut link = |g: &mut Groups, key: String, i: usize| {
        if key.is_empty() {
            return;
        }
        match by_key.get(&key) {
            Some(&j) => g.union(i, j),
            None => {
                by_key.insert(key, i);
            }
        }
    };
    for &i in &order {
        let o = &found.orgs[i];
        if let Some(e) = o.entry {
            link(&mut g, format!("entry:{}", e.name), i);
        }
        if o.is_acronym {
            link(&mut g, format!("acronym:{}", o.name), i);
        } else {
            link(&mut g, format!("name:{}", name_key(&o.name)), i);
            if let Some(a) = &o.acronym {
                link(&mut g, format!("acronym:{a}"), i);
            }
        }
        if let Some(a) = o.entry.and_then(|e| e.acronym) {
            link(&mut g, format!("acronym:{a}"), i);
        }
        if let Some(j) = o.same_as.filter(|&j| j < n) {
            g.union(i, j);
        }
    }
    // An acronym the document never defines joins the name whose initials it spells:
    // "NCHO" and the "Norhaven County Harbour Office".
    let mut by_initials: HashMap<String, usize> = HashMap::new();
    for &i in &order {
        let o = &found.orgs[i];
        if !o.is_acronym {
            let ini = initials(&o.name);
            if ini.len() >= 2 {
                by_initials.entry(ini).or_insert(i);
            }
        }
    }
    for &i in &order {
        let o = &found.orgs[i];
        if o.is_acronym {
            if let Some(&j) = by_initials.get(&o.name.to_uppercase()) {
                g.union(i, j);
            }
        }
    }
    // "Norhaven County" before "Sheriff" names the "Norhaven County Sheriff’s
    // Office" when the release names that office.
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for &i in &order {
        by_name.entry(name_key(&found.orgs[i].name)).or_insert(i);
    }
    for role in &found.roles {
        if let Some(OrgRef::Mention(k)) = role.org {
            let Some(o) = found.orgs.get(k) else { continue };
            let base = format!("{} {}", o.name, role.title);
            for office in [
                format!("{base}'s Office"),
                format!("{base} Office"),
                format!("Office of {base}"),
            ] {
                if let Some(&j) = by_name.get(&name_key(&office)) {
                    g.union(k, j);
                }
            }
        }
    }
    // Groups in order of first mention.
    let mut roots: Vec<usize> = Vec::new();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in &order {
        let r = g.find(i);
        members.entry(r).or_insert_with(|| {
            roots.push(r);
            Vec::new()
        });
        if let Some(m) = members.get_mut(&r) {
            m.push(i);
        }
    }
    roots.sort_by_key(|r| {
        members
            .get(r)
            .and_then(|m| m.first())
            .map_or(usize::MAX, |&i| found.orgs[i].span.start)
    });
    let mut out = Vec::new();
    let mut org_of_mention = vec![0; n];
    for r in roots {
        let Some(ms) = members.get(&r) else { continue };
        let idx = out.len();
        for &m in ms {
            org_of_mention[m] = idx;
        }
        // The fullest written name; an acronym only when the document never spells it out.
        let full = ms
            .iter()
            .map(|&m| &found.orgs[m])
            .filter(|o| !o.is_acronym)
            .max_by_key(|o| (o.name.len(), std::cmp::Reverse(o.span.start)));
        let name = full.map_or_else(|| found.orgs[ms[0]].name.clone(), |o| o.name.clone());
        let acronym = ms
            .iter()
            .map(|&m| &found.orgs[m])
            .find_map(|o| {
                if o.is_acronym {
                    Some(o.name.clone())
                } else {
                    o.acronym.clone()
                }
            })
            .filter(|a| *a != name);
        let kind = ms
            .iter()
            .map(|&m| &found.orgs[m])
            .find_map(|o| o.entry.map(|e| e.kind))
            .or_else(|| {
                ms.iter()
                    .map(|&m| found.orgs[m].kind)
                    .find(|k| *k != OrganisationKind::Other)
            })
            .unwrap_or(OrganisationKind::Other);
        let country = ms
            .iter()
            .find_map(|&m| found.orgs[m].country)
            .map(str::to_owned);
        let mut spans: Vec<Span> = ms.iter().map(|&m| found.orgs[m].span).collect();
        spans.sort();
        spans.dedup();
        out.push(Organisation {
            name,
            acronym,
            kind,
            country,
            mentions: spans
                .into_iter()
                .filter_map(|s| Mention::new(text, s))
                .collect(),
        });
    }
    (out, org_of_mention)
}

fn merge_people(
    text: &str,
    found: &Found,
    orgs: &[Organisation],
    org_of_mention: &[usize],
) -> (Vec<Person>, Vec<usize>) {
    let n = found.people.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| found.people[i].span.start);
    let mut g = Groups::new(n);
    // Full names first: identical names merge, and "Jane Roe" joins "Jane P. Roe".
    let words = |i: usize| -> Vec<String> {
        found.people[i]
            .name
            .split_whitespace()
            .map(|w| w.trim_end_matches('.').to_lowercase())
            .collect()
    };
    let mut by_full: HashMap<String, usize> = HashMap::new();
    let mut by_ends: HashMap<(String, String), usize> = HashMap::new();
    for &i in &order {
        let w = words(i);
        if w.len() < 2 {
            continue;
        }
        let key = w.join(" ");
        if let Some(&j) = by_full.get(&key) {
            g.union(i, j);
        } else {
            by_full.insert(key, i);
        }
        let ends = (w[0].clone(), w[w.len() - 1].clone());
        if let Some(&j) = by_ends.get(&ends) {
            g.union(i, j);
        } else {
            by_ends.insert(ends, i);
        }
    }
    // A single name joins the nearest full name before it that ends (or, for names written
    // family name first, starts) with it; failing that, the first one after it.
    // The full names, in text order, listed under their first and their last word: a
    // single name looks only at the full names it matches.
    let mut full_by_word: HashMap<String, Vec<usize>> = HashMap::new();
    for &i in &order {
        let v = words(i);
        if v.len() < 2 {
            continue;
        }
        let (first, last) = (&v[0], &v[v.len() - 1]);
        full_by_word.entry(last.clone()).or_default().push(i);
        if first != last {
            full_by_word.entry(first.clone()).or_default().push(i);
        }
    }
    for &i in &order {
        let w = words(i);
        if w.len() != 1 {
            continue;
        }
        let Some(full) = full_by_word.get(&w[0]) else {
            continue;
        };
        // `full` is in text order: the ones before this mention are a prefix.
        let start = found.people[i].span.start;
        let before = full.partition_point(|&j| found.people[j].span.start < start);
        let j = match before.checked_sub(1) {
            Some(b) => full[b],
            None => full[0],
        };
        g.union(i, j);
    }
    let mut roots: Vec<usize> = Vec::new();
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in &order {
        let r = g.find(i);
        members.entry(r).or_insert_with(|| {
            roots.push(r);
            Vec::new()
        });
        if let Some(m) = members.get_mut(&r) {
            m.push(i);
        }
    }
    let mut person_of_mention = vec![0; n];
    let mut out: Vec<Person> = Vec::new();
    for r in roots {
        let Some(ms) = members.get(&r) else { continue };
        let idx = out.len();
        for &m in ms {
            person_of_mention[m] = idx;
        }
        let name = ms
            .iter()
            .map(|&m| &found.people[m].name)
            .max_by_key(|s| (s.split_whitespace().count(), s.len()))
            .cloned()
            .unwrap_or_default();
        let mut spans: Vec<Span> = ms.iter().map(|&m| found.people[m].span).collect();
        spans.sort();
        spans.dedup();
        out.push(Person {
            name,
            roles: Vec::new(),
            mentions: spans
                .into_iter()
                .filter_map(|s| Mention::new(text, s))
                .collect(),
        });
    }
    // Posts repeat on a long page: each (title, organisation) is looked up once.
    let org_keys: Vec<String> = orgs.iter().map(|o| name_key(&o.name)).collect();
    let mut offices: HashMap<(&str, Option<String>), Option<String>> = HashMap::new();
    for role in &found.roles {
        let Some(&p) = person_of_mention.get(role.person) else {
            continue;
        };
        let organisation = match &role.org {
            Some(OrgRef::Mention(k)) => org_of_mention
                .get(*k)
                .and_then(|&o| orgs.get(o))
                .map(|o| o.name.clone()),
            Some(OrgRef::Text(s)) => Some(s.clone()),
            None => None,
        };
        let organisation = offices
            .entry((role.title.as_str(), organisation))
            .or_insert_with_key(|(title, org)| office_of_post(orgs, &org_keys, title, org.clone()))
            .clone();
        let Some(person) = out.get_mut(p) else {
            continue;
        };
        // "CEO" beside "Chief Executive Officer": one title written two ways, one role.
        let dup = person.roles.iter().any(|x| {
            crate::entities::post_key(&x.title) == crate::entities::post_key(&role.title)
                && (x.organisation == organisation || organisation.is_none())
                || same_title_written_otherwise(&x.title, &role.title)
        });
        if dup {
            continue;
        }
        // A rank-only role is replaced by the same title with its organisation.
        person.roles.retain(|x| {
            !(x.title.eq_ignore_ascii_case(&role.title)
                && x.organisation.is_none()
                && organisation.is_some())
        });
        person.roles.push(Role {
            title: role.title.clone(),
            organisation,
        });
    }
    (out, person_of_mention)
}

/// Whether two titles are forms of one title of the gazetteer ("CEO", "Chief Executive
/// Officer") written differently.
fn same_title_written_otherwise(a: &str, b: &str) -> bool {
    use crate::entities::gazetteer::GAZETTEER;
    !a.eq_ignore_ascii_case(b)
        && GAZETTEER
            .title(a)
            .zip(GAZETTEER.title(b))
            .is_some_and(|(x, y)| std::ptr::eq(x, y))
}

/// An office named after the post: "Norhaven County" + "Sheriff" is the "Norhaven County
/// Sheriff’s Office" when the release names that office; a post alone ("Mayor") is the one
/// "Office of the Mayor" the release names. Not an office of the post: one of two the
/// release names ("the Sheriff’s Office and the Westvale Sheriff’s Office": which one is
/// unknown), one named after another post. `keys` are the organisations' `name_key`s.
fn office_of_post(
    orgs: &[Organisation],
    keys: &[String],
    title: &str,
    org: Option<String>,
) -> Option<String> {
    let title_key = name_key(title);
    if title_key.is_empty() {
        return org;
    }
    let offices: Vec<&Organisation> = orgs
        .iter()
        .zip(keys)
        .filter(|(_, k)| {
            k.ends_with(&format!("{title_key}'s office"))
                || k.ends_with(&format!("{title_key} office"))
                || k.starts_with("office of ") && k.ends_with(&title_key)
        })
        .map(|(o, _)| o)
        .collect();
    match &org {
        Some(name) => {
            let base = name_key(name);
            offices
                .iter()
                .find(|o| {
                    name_key(&o.name).starts_with(&format!("{base} {title_key}"))
                        || name_key(&o.name).contains(&format!("of {base} {title_key}"))
                })
                .map(|o| o.name.clone())
                .or(org)
        }
        None if offices.len() == 1 => offices.first().map(|o| o.name.clone()),
        None => None,
    }
}

/// The initials of a name's capitalised words: "Norhaven County Harbour Office" is
/// "NCHO"; "of", "the", "and" and possessives do not count.
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect()
}

#[cfg(test)]
mod tests;
