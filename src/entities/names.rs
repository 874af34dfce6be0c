//! Given names and family names: evidence that a capitalised pair is a person.
//!
//! Two data files, made into sorted static tables by the build script (`build/names.rs`).
//! Names that are also ordinary capitalised words in releases ("Summer", "Park") sit in an
//! `# ambiguous` section and count only with other evidence.

use std::cmp::Ordering;

/// How strongly a word suggests a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    /// A name and little else.
    Strong,
    /// Also a common word; needs other evidence.
    Ambiguous,
}

/// The name lists, as [`NAMES`]: sorted static tables generated at build time
/// (`build/names.rs`), searched in place.
#[derive(Debug)]
pub(crate) struct Names;

/// The name lists: static tables, ready without any work at start.
pub(crate) static NAMES: Names = Names;

include!(concat!(env!("OUT_DIR"), "/names.rs"));

/// Compares a key of the tables (lowercase, no final dot) with `word` read the same way,
/// without building the key of `word`. Must match `key` in `build/names.rs`.
fn cmp_key(entry: &str, word: &str) -> Ordering {
    let word = word.trim_end_matches('.');
    entry.chars().cmp(word.chars().flat_map(char::to_lowercase))
}

/// The index of `word`'s entry in `table`, compared as [`cmp_key`] compares. PERF: a short
/// ASCII word (nearly every word) is lowercased once into a buffer on the stack and
/// compared as bytes, not folded again at every probe; the order of UTF-8 bytes is the
/// order of their chars, so the two find the same entry.
fn search<T>(table: &[T], key: impl Fn(&T) -> &str, word: &str) -> Option<usize> {
    let trimmed = word.trim_end_matches('.');
    let mut buf = [0u8; 64];
    match buf.get_mut(..trimmed.len()) {
        Some(b) if trimmed.is_ascii() => {
            b.copy_from_slice(trimmed.as_bytes());
            b.make_ascii_lowercase();
            let b: &[u8] = b;
            table.binary_search_by(|e| key(e).as_bytes().cmp(b)).ok()
        }
        _ => table.binary_search_by(|e| cmp_key(key(e), word)).ok(),
    }
}

impl Names {
    /// How strongly `word` is a given name, if it is one. Hyphenated forms (`Jean-Pierre`,
    /// `Joon-pyo`) count when the whole or the first part is known.
    pub fn given(&self, word: &str) -> Option<Strength> {
        let find = |w: &str| {
            let k = search(&GIVEN, |(e, _)| e, w)?;
            GIVEN.get(k).map(|&(_, s)| s)
        };
        find(word).or_else(|| word.split_once('-').and_then(|(a, _)| find(a)))
    }

    /// How strongly `word` is a family name, and whether it is written first (`Wang Xiaogang`).
    pub fn family(&self, word: &str) -> Option<(Strength, bool)> {
        let k = search(&FAMILY, |(e, ..)| e, word)?;
        FAMILY.get(k).map(|&(_, s, first)| (s, first))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_lists_load() {
        assert!(GIVEN.len() > 1000, "given names: {}", GIVEN.len());
        assert!(FAMILY.len() > 1000, "family names: {}", FAMILY.len());
        let given: Vec<&str> = GIVEN.iter().map(|g| g.0).collect();
        let family: Vec<&str> = FAMILY.iter().map(|f| f.0).collect();
        for table in [given, family] {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "sorted, no repeats");
        }
        assert_eq!(NAMES.given("Michael"), Some(Strength::Strong));
        assert_eq!(NAMES.family("Wang"), Some((Strength::Strong, true)));
    }

    #[test]
    fn lookups_ignore_case_and_a_final_dot() {
        let given = |w: &str| NAMES.given(w).is_some();
        for (word, expected) in [
            ("Michael", true),
            ("MICHAEL", true),
            ("michael.", true),
            // A hyphenated form counts when its first part is known.
            ("Michael-Xqz", true),
            ("Xqzvw", false),
            ("Xqz-Michael", false),
            ("", false),
            ("-", false),
            (".", false),
        ] {
            assert_eq!(given(word), expected, "{word:?}");
        }
        assert_eq!(NAMES.family("WANG"), Some((Strength::Strong, true)));
        assert_eq!(NAMES.family("Wang."), Some((Strength::Strong, true)));
        assert_eq!(NAMES.family("Xqzvw"), None);
    }
}
