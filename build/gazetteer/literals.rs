//! The literals the two scanners match: every spelling of every form that the case,
//! hyphen and apostrophe rules allow, checked so that no spelling names two entries.
//! Part of the build script's loader (`load.rs`); the crate's tests include it too.

use std::collections::{BTreeMap, HashMap};

use super::forms::{fold, is_acronym_like, tidy, tidy_key};
use super::load::{PlaceLiteral, Tables, Target};

impl Tables {
    fn describe(&self, target: Target) -> String {
        match target {
            Target::Country(i) => {
                format!("country {}", self.countries.get(i).map_or("?", |c| &c.name))
            }
            Target::Org(i) => format!("organisation {}", self.orgs.get(i).map_or("?", |o| &o.name)),
            Target::Stop => "a stoplist phrase".to_owned(),
        }
    }

    /// The literals of the name scanner: every country, organisation and stoplist form in
    /// the spellings [`case_forms`], [`hyphen_forms`] and [`apostrophe_forms`] allow.
    pub(crate) fn build_scanner(&mut self) {
        // Acronym-like literals by `tidy`, others by `tidy_key`.
        let mut exact: HashMap<String, Target> = HashMap::new();
        let mut loose: HashMap<String, Target> = HashMap::new();
        // Written forms first, so that a derived form never displaces one.
        let mut forms: Vec<(&str, Target, bool)> = Vec::new();
        for (i, c) in self.countries.iter().enumerate() {
            forms.push((&c.name, Target::Country(i), false));
            forms.extend(
                c.variants
                    .iter()
                    .map(|v| (v.as_str(), Target::Country(i), false)),
            );
        }
        for (i, o) in self.orgs.iter().enumerate() {
            forms.push((&o.name, Target::Org(i), false));
            forms.extend(
                o.acronym
                    .iter()
                    .map(|a| (a.as_str(), Target::Org(i), false)),
            );
            forms.extend(
                o.variants
                    .iter()
                    .map(|v| (v.as_str(), Target::Org(i), false)),
            );
        }
        forms.extend(
            self.stoplist
                .iter()
                .map(|p| (p.as_str(), Target::Stop, false)),
        );
        forms.extend(
            self.org_derived
                .iter()
                .map(|(f, i)| (f.as_str(), Target::Org(*i), true)),
        );

        let mut literals: BTreeMap<String, Target> = BTreeMap::new();
        let mut problems = Vec::new();
        for (form, target, derived) in forms {
            let acronym = is_acronym_like(form);
            let base = scan_base(form);
            let literals_of_form = if acronym {
                apostrophe_forms(&base)
            } else {
                case_forms(&base)
                    .iter()
                    .flat_map(|f| hyphen_forms(f))
                    .flat_map(|f| apostrophe_forms(&f))
                    .collect()
            };
            let mut kept = Vec::new();
            let mut clash = None;
            for literal in literals_of_form {
                let (map, key) = if acronym {
                    (&exact, tidy(&literal))
                } else {
                    (&loose, tidy_key(&literal))
                };
                // A literal in capitals resolves through the acronym map first, so a name
                // in capitals ("CHAD") must not be another entry's acronym.
                let shadowed = if acronym {
                    loose.get(&tidy_key(&literal))
                } else if is_acronym_like(&literal) {
                    exact.get(&tidy(&literal))
                } else {
                    None
                };
                match map.get(&key).or(shadowed) {
                    Some(&other) if other != target => clash = Some(other),
                    _ => kept.push((acronym, key, literal)),
                }
            }
            if let Some(other) = clash {
                if !derived {
                    problems.push(format!(
                        "scanner: `{form}` ({}) clashes with {}",
                        self.describe(target),
                        self.describe(other)
                    ));
                }
                continue;
            }
            for (acronym, key, literal) in kept {
                let map = if acronym { &mut exact } else { &mut loose };
                map.insert(key, target);
                literals.insert(literal, target);
            }
        }
        self.scan_literals = literals;
        self.problems.extend(problems);
    }

    /// The literals of the place scanner: every place form as [`place_literals`] spells
    /// it, and every country name, so that a place inside one ("Bissau" in "Guinea-Bissau")
    /// is not matched.
    pub(crate) fn build_place_scanner(&mut self) {
        let mut exact: HashMap<String, Option<usize>> = HashMap::new();
        let mut loose: HashMap<String, Option<usize>> = HashMap::new();
        let mut by_literal: BTreeMap<String, PlaceLiteral> = BTreeMap::new();
        let mut forms: Vec<(&str, PlaceLiteral)> = Vec::new();
        for (i, p) in self.places.iter().enumerate() {
            forms.push((
                &p.name,
                PlaceLiteral {
                    place: Some(i),
                    after_comma_only: false,
                },
            ));
            for v in &p.variants {
                let after_comma_only = p.kind == "region" && is_region_abbreviation(v);
                forms.push((
                    v,
                    PlaceLiteral {
                        place: Some(i),
                        after_comma_only,
                    },
                ));
            }
        }
        // Places first, so that a country form never displaces one ("Georgia", the state).
        let stop = PlaceLiteral {
            place: None,
            after_comma_only: false,
        };
        for c in &self.countries {
            let names = std::iter::once(&c.name).chain(&c.variants);
            // Acronyms ("DRC") hold no place name, so they need no stop.
            forms.extend(
                names
                    .filter(|n| !is_acronym_like(n))
                    .map(|n| (n.as_str(), stop)),
            );
        }

        let mut problems = Vec::new();
        for (form, meaning) in forms {
            let mut kept = Vec::new();
            let mut clash = None;
            for literal in place_literals(form) {
                let acronym = is_acronym_like(&literal);
                let (map, key) = if acronym {
                    (&exact, tidy(&literal))
                } else {
                    (&loose, tidy_key(&literal))
                };
                // The same spelling can come from two keys ("OSAKA" the name in capitals
                // and an acronym "OSAKA"): the literal must not be taken either.
                let spelt = by_literal.get(&literal).map(|l| l.place);
                match map.get(&key).copied().or(spelt) {
                    Some(other) if other != meaning.place => clash = Some(other),
                    _ => kept.push((acronym, key, literal)),
                }
            }
            match (clash, meaning.place) {
                (Some(_), None) => continue,
                (Some(other), Some(i)) => {
                    let name = |t: Option<usize>| match t {
                        Some(j) => self.places.get(j).map_or("?", |p| p.name.as_str()),
                        None => "a country",
                    };
                    problems.push(format!(
                        "scanner: place `{form}` ({}) clashes with {}",
                        name(Some(i)),
                        name(other)
                    ));
                    continue;
                }
                (None, _) => {}
            }
            for (acronym, key, literal) in kept {
                let map = if acronym { &mut exact } else { &mut loose };
                map.insert(key, meaning.place);
                let entry = by_literal.entry(literal).or_insert(meaning);
                // One free form of a literal makes it free.
                entry.after_comma_only &= meaning.after_comma_only;
            }
        }
        self.place_literals = by_literal;
        self.problems.extend(problems);
    }
}

/// The spellings of a name the scanner accepts: as written, with a capital first letter,
/// in title case, in capitals, each with and without accents. Never in lowercase: "united
/// nations" in running text is not the name.
fn case_forms(form: &str) -> Vec<String> {
    let mut first_upper = String::with_capacity(form.len());
    let mut chars = form.chars();
    if let Some(c) = chars.next() {
        first_upper.extend(c.to_uppercase());
        first_upper.push_str(chars.as_str());
    }
    let mut title = String::with_capacity(form.len());
    let mut at_word_start = true;
    for c in form.chars() {
        if at_word_start {
            title.extend(c.to_uppercase());
        } else {
            title.push(c);
        }
        at_word_start = c == ' ' || c == '-' || c == '/' || c == '(';
    }
    let mut out = vec![form.to_owned(), first_upper, title, form.to_uppercase()];
    let folded: Vec<String> = out.iter().map(|f| fold(f)).collect();
    out.extend(folded);
    out.sort();
    out.dedup();
    out
}

/// A form as the scanner spells it: spacing collapsed, apostrophes straight, a leading
/// "the " dropped; dashes kept as written ("UNICEF Innocenti – Global Office …").
fn scan_base(form: &str) -> String {
    let mut out = form.split_whitespace().collect::<Vec<_>>().join(" ");
    out = out.replace(['\u{2019}', '\u{2018}'], "'");
    match out.get(..4) {
        Some(article) if article.eq_ignore_ascii_case("the ") && out.len() > 4 => out.split_off(4),
        _ => out,
    }
}

/// A name with its hyphens as written, as spaces and closed up ("Counter-Terrorism",
/// "Counter Terrorism", "Counterterrorism"). All hyphens of a form vary together, which
/// keeps the count small.
fn hyphen_forms(form: &str) -> Vec<String> {
    if form.contains('-') {
        vec![
            form.to_owned(),
            form.replace('-', " "),
            form.replace('-', ""),
        ]
    } else {
        vec![form.to_owned()]
    }
}

/// A literal with a straight and with a curly apostrophe.
fn apostrophe_forms(form: &str) -> Vec<String> {
    if form.contains('\'') {
        vec![form.to_owned(), form.replace('\'', "\u{2019}")]
    } else {
        vec![form.to_owned()]
    }
}

/// The forms the data implies but does not list: "UN …" and "U.N. …" for "United Nations
/// …", and the other English spelling ("Organisation", "Programme", "Centre", "Labour",
/// "Defence" and their American twins).
pub(crate) fn derived_forms(form: &str) -> Vec<String> {
    const SPELLINGS: [(&str, &str); 5] = [
        ("Organisation", "Organization"),
        ("Programme", "Program"),
        ("Centre", "Center"),
        ("Labour", "Labor"),
        ("Defence", "Defense"),
    ];
    let swap = |s: &str, british: bool| {
        s.split(' ')
            .map(|w| {
                let pair = SPELLINGS
                    .iter()
                    .find(|(uk, us)| w == if british { *us } else { *uk });
                match pair {
                    Some((uk, us)) => {
                        if british {
                            *uk
                        } else {
                            *us
                        }
                    }
                    None => w,
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut spellings = vec![form.to_owned(), swap(form, true), swap(form, false)];
    spellings.dedup();
    let mut out = Vec::new();
    for s in spellings {
        if let Some(rest) = s.strip_prefix("United Nations ") {
            out.push(format!("UN {rest}"));
            out.push(format!("U.N. {rest}"));
        }
        if s != form {
            out.push(s);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The literals the place scanner matches for one form: as written, with a capital first
/// letter, in title case and (for names of four letters or more, which are not acronyms)
/// in capitals, each with and without accents, hyphens and a leading "The".
fn place_literals(form: &str) -> Vec<String> {
    let mut base = form.split_whitespace().collect::<Vec<_>>().join(" ");
    base = base.replace(['\u{2019}', '\u{2018}'], "'");
    if is_acronym_like(&base) {
        return apostrophe_forms(&base);
    }
    let short = base.chars().filter(|c| c.is_alphabetic()).count() < 4;
    let mut bases = vec![base.clone()];
    // "The Hague" is also written "the Hague": the name is matched without it as well.
    if let Some(rest) = base.strip_prefix("The ").filter(|r| !r.is_empty()) {
        bases.push(rest.to_owned());
    }
    let mut out = Vec::new();
    for b in &bases {
        for f in case_forms(b) {
            if short && is_acronym_like(&f) {
                continue;
            }
            for h in hyphen_forms(&f) {
                out.extend(apostrophe_forms(&h));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Whether a region's variant is a postal code ("CA", "ON") or a dotted abbreviation
/// ("Calif.", "N.Y.", "W. Va."): alone these are words ("IN", "OR", "Miss.") or other
/// acronyms ("PA", "MD").
fn is_region_abbreviation(variant: &str) -> bool {
    let postal = variant.len() == 2 && variant.bytes().all(|b| b.is_ascii_uppercase());
    postal || (variant.ends_with('.') && variant.len() <= 7)
}
