//! Given names and family names: evidence that a capitalised pair is a person.
//!
//! Two data files, embedded and indexed once. Names that are also ordinary capitalised
//! words in releases ("Summer", "Park") sit in an `# ambiguous` section and count only
//! with other evidence.

use std::collections::HashMap;

use once_cell::sync::Lazy;

/// How strongly a word suggests a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    /// A name and little else.
    Strong,
    /// Also a common word; needs other evidence.
    Ambiguous,
}

#[derive(Debug, Default)]
pub(crate) struct Names {
    given: HashMap<String, Strength>,
    family: HashMap<String, (Strength, bool)>,
}

fn key(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

fn parse(data: &str, family: bool, names: &mut Names) {
    let mut strength = Strength::Strong;
    for line in data.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            if line
                .trim_start_matches('#')
                .trim()
                .eq_ignore_ascii_case("ambiguous")
            {
                strength = Strength::Ambiguous;
            }
            continue;
        }
        let mut parts = line.split('\t');
        let Some(name) = parts.next().map(str::trim).filter(|n| !n.is_empty()) else {
            continue;
        };
        if family {
            let first = parts.next().is_some_and(|p| p.trim() == "first");
            names.family.entry(key(name)).or_insert((strength, first));
        } else {
            names.given.entry(key(name)).or_insert(strength);
        }
    }
}

pub(crate) static NAMES: Lazy<Names> = Lazy::new(|| {
    let mut names = Names::default();
    parse(include_str!("data/given_names.txt"), false, &mut names);
    parse(include_str!("data/surnames.txt"), true, &mut names);
    names
});

impl Names {
    /// How strongly `word` is a given name, if it is one. Hyphenated forms (`Jean-Pierre`,
    /// `Joon-pyo`) count when the whole or the first part is known.
    pub fn given(&self, word: &str) -> Option<Strength> {
        let k = key(word);
        self.given.get(&k).copied().or_else(|| {
            k.split_once('-')
                .and_then(|(a, _)| self.given.get(a).copied())
        })
    }

    /// How strongly `word` is a family name, and whether it is written first (`Wang Xiaogang`).
    pub fn family(&self, word: &str) -> Option<(Strength, bool)> {
        self.family.get(&key(word)).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_lists_load() {
        assert!(
            NAMES.given.len() > 1000,
            "given names: {}",
            NAMES.given.len()
        );
        assert!(
            NAMES.family.len() > 1000,
            "family names: {}",
            NAMES.family.len()
        );
        assert_eq!(NAMES.given("Michael"), Some(Strength::Strong));
        assert_eq!(NAMES.family("Wang"), Some((Strength::Strong, true)));
    }
}
