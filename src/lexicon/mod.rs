//! The lexicon: every word list of the crate, as data.
//!
//! Lists live in `src/lexicon/data/*.tsv`, one row per entry with its class, an optional
//! value and its source (a reference, or "general vocabulary"). The build script
//! (`build/lexicon.rs`) turns them into sorted static tables, so a look-up is a binary
//! search over data compiled into the binary and nothing is built when a program starts.
//!
//! Every stage reads this one lexicon and no word list is written twice: adding an event
//! head, a label or a title word is one line of data (and one row of a table test).
//!
//! Matching: an entry with lowercase letters matches in any case ("conference" matches
//! "Conference" and "CONFERENCE"); an entry without lowercase letters matches only as
//! written ("OFFICIAL", "WHO"). Typographic and ASCII apostrophes are the same.
//!
//! This module sits below every stage and imports none of them.

// Stages move their lists here one by one; until each accessor has its caller, some wait.
#![allow(dead_code)]

use std::cmp::Ordering;

mod hash;

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

impl Class {
    fn index(self) -> usize {
        self as usize
    }

    /// The class's name as the data files write it (`event_head`).
    pub(crate) fn name(self) -> &'static str {
        NAMES.get(self.index()).map_or("", |n| n.0)
    }

    /// The data file that declares the class.
    pub(crate) fn file(self) -> &'static str {
        NAMES.get(self.index()).map_or("", |n| n.1)
    }
}

/// Whether `phrase` is an entry of `class`.
pub(crate) fn contains(class: Class, phrase: &str) -> bool {
    value(class, phrase).is_some()
}

/// The value column of `phrase`'s entry in `class` (`""` when the row gives none).
pub(crate) fn value(class: Class, phrase: &str) -> Option<&'static str> {
    let i = class.index();
    let exact = EXACT.get(i).copied().unwrap_or(&[]);
    if let Ok(k) = exact.binary_search_by(|(e, _)| cmp_short(e.as_bytes(), phrase.as_bytes())) {
        return exact.get(k).map(|(_, v)| *v);
    }
    let folded = FOLDED.get(i).copied().unwrap_or(&[]);
    find_folded(i, phrase)
        .and_then(|k| folded.get(k))
        .map(|(_, v)| *v)
}

/// Every entry of `class` with its value: the folded (any-case) entries in folded form,
/// then those that match only as written.
pub(crate) fn entries(class: Class) -> impl Iterator<Item = (&'static str, &'static str)> {
    let i = class.index();
    let folded = FOLDED.get(i).copied().unwrap_or(&[]);
    let exact = EXACT.get(i).copied().unwrap_or(&[]);
    folded.iter().chain(exact.iter()).copied()
}

/// The most words any entry of `class` has: a scanner need not try longer phrases.
pub(crate) fn max_words(class: Class) -> usize {
    MAX_WORDS.get(class.index()).copied().unwrap_or(0)
}

/// A phrase as the folded tables hold it: lowercase, typographic apostrophe as ASCII.
pub(crate) fn fold(s: &str) -> String {
    folded_chars(s).collect()
}

fn folded_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
}

/// `key` (already folded) against `query` folded on the fly, without allocating.
fn cmp_folded(key: &str, query: &str) -> Ordering {
    key.chars().cmp(folded_chars(query))
}

/// `a` against `b` as bytes, as `<[u8]>::cmp` orders them. PERF: words are short and most
/// probes differ in their first bytes, where a loop ends before a call to `memcmp` would
/// have started.
#[inline]
fn cmp_short(a: &[u8], b: &[u8]) -> Ordering {
    a.iter()
        .zip(b)
        .find(|(x, y)| x != y)
        .map_or_else(|| a.len().cmp(&b.len()), |(x, y)| x.cmp(y))
}

/// The index of `query`'s entry in a folded table. PERF: a query whose first byte is ASCII
/// and starts no entry finds none at once (a non-ASCII char may fold to ASCII: the Kelvin
/// sign is "k"); a short ASCII query (nearly every word) is folded into a buffer on the
/// stack and hashed in the same pass, then found in `FOLDED_HASH`: ASCII lowercases to
/// ASCII, so this finds what [`cmp_folded`] finds. Any other query is searched in the
/// sorted table.
fn find_folded(class: usize, query: &str) -> Option<usize> {
    let bytes = query.as_bytes();
    if let (Some(&f), Some(first)) = (bytes.first(), FOLDED_FIRST.get(class)) {
        let f = usize::from(f.to_ascii_lowercase());
        let from = first.get(f).copied().unwrap_or(0);
        let to = first.get(f + 1).copied().unwrap_or(0);
        if f < 0x80 && from >= to {
            return None;
        }
    }
    let mut buf = [0u8; 64];
    if bytes.len() <= buf.len() {
        let mut h = hash::start(class);
        let mut ascii = true;
        for (slot, &b) in buf.iter_mut().zip(bytes) {
            if !b.is_ascii() {
                ascii = false;
                break;
            }
            let l = b.to_ascii_lowercase();
            *slot = l;
            h = hash::step(h, l);
        }
        if ascii {
            let folded = buf.get(..bytes.len()).unwrap_or(&[]);
            return find_hashed(class, folded, hash::finish(h));
        }
    }
    let table = FOLDED.get(class).copied().unwrap_or(&[]);
    table.binary_search_by(|(e, _)| cmp_folded(e, query)).ok()
}

/// The index of the entry whose folded key is `folded`, byte for byte, in class `class`'s
/// folded table.
/// `hash` is [`hash::key_hash`] of `folded`.
#[inline]
fn find_hashed(class: usize, folded: &[u8], hash: u64) -> Option<usize> {
    let table = FOLDED.get(class).copied().unwrap_or(&[]);
    let mask = FOLDED_HASH.len() - 1;
    let mut at = hash as usize & mask;
    // Every probe sequence ends at an empty slot: the table is at most half full.
    loop {
        let slot = FOLDED_HASH.get(at).copied().unwrap_or(0);
        if slot == 0 {
            return None;
        }
        if (slot >> 16) as usize == class {
            let k = (slot & 0xffff) as usize - 1;
            if table.get(k).is_some_and(|(e, _)| e.as_bytes() == folded) {
                return Some(k);
            }
        }
        at = (at + 1) & mask;
    }
}

// --- typed views of the classes that carry values ---------------------------------------

/// The kind of event a head noun names ("conference", "gala", "town hall"), singular or
/// regular plural ("conferences"), as its value cell writes it (`side_event`): the events
/// stage reads it as a kind, the stages below it ask only whether a word is a head.
pub(crate) fn event_head(word: &str) -> Option<&'static str> {
    value(Class::EventHead, word).or_else(|| {
        // A regular plural: "meetings", "summits". Short words keep their "s" ("bus").
        let singular = word.strip_suffix('s').filter(|s| s.len() > 3)?;
        value(Class::EventHead, singular)
    })
}

/// The entry of `class` that `phrase` matches, as the table holds it (folded when the
/// entry matches in any case): a canonical form to compare or index by.
pub(crate) fn entry(class: Class, phrase: &str) -> Option<&'static str> {
    let i = class.index();
    let exact = EXACT.get(i).copied().unwrap_or(&[]);
    if let Ok(k) = exact.binary_search_by(|(e, _)| cmp_short(e.as_bytes(), phrase.as_bytes())) {
        return exact.get(k).map(|(e, _)| *e);
    }
    let folded = FOLDED.get(i).copied().unwrap_or(&[]);
    find_folded(i, phrase)
        .and_then(|k| folded.get(k))
        .map(|(e, _)| *e)
}

/// The `event_head` entry that `word` is, singular or regular plural, with the kind it
/// names, as its value cell writes it: "Meetings" is the head `meeting`, a `meeting`.
pub(crate) fn event_head_entry(word: &str) -> Option<(&'static str, &'static str)> {
    let head = entry(Class::EventHead, word).or_else(|| {
        let singular = word.strip_suffix('s').filter(|s| s.len() > 3)?;
        entry(Class::EventHead, singular)
    })?;
    Some((head, value(Class::EventHead, head)?))
}

/// As [`value`], for a caller that has folded `phrase` already (`folded` is
/// `fold(phrase)`): a stage that reads many classes of one token folds it once.
pub(crate) fn value_prefolded(class: Class, phrase: &str, folded: &str) -> Option<&'static str> {
    let i = class.index();
    let exact = EXACT.get(i).copied().unwrap_or(&[]);
    if let Ok(k) = exact.binary_search_by(|(e, _)| cmp_short(e.as_bytes(), phrase.as_bytes())) {
        return exact.get(k).map(|(_, v)| *v);
    }
    // PERF: the query is folded, so its bytes are the key's.
    let table = FOLDED.get(i).copied().unwrap_or(&[]);
    if let (Some(&f), Some(first)) = (folded.as_bytes().first(), FOLDED_FIRST.get(i)) {
        let from = first.get(usize::from(f)).copied().unwrap_or(0);
        let to = first.get(usize::from(f) + 1).copied().unwrap_or(0);
        if from >= to {
            return None;
        }
    }
    let hash = hash::key_hash(i, folded.as_bytes());
    find_hashed(i, folded.as_bytes(), hash)
        .and_then(|k| table.get(k))
        .map(|(_, v)| *v)
}

/// A preposition as the grammars tell them apart: the value of its `preposition` row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Prep {
    Of,
    For,
    At,
    In,
    On,
    To,
    With,
    By,
    During,
    From,
    Over,
    /// Any other preposition ("about", "after", "via").
    Other,
}

/// The preposition `phrase` is, in any case; `None` when it is none.
pub(crate) fn preposition(phrase: &str) -> Option<Prep> {
    preposition_of_value(value(Class::Preposition, phrase)?)
}

/// A `preposition` row's value as a [`Prep`] (`None` for a value the enum lacks: a typo
/// in the data, which a test catches).
pub(crate) fn preposition_of_value(v: &str) -> Option<Prep> {
    use serde::de::value::{Error, StrDeserializer};
    use serde::Deserialize;
    Prep::deserialize(StrDeserializer::<Error>::new(v)).ok()
}

#[cfg(test)]
mod tests;
