//! Events that a kind of page writes in its own way, one module per genre:
//!
//! - [`tallies`]: a decision reported with its count of votes;
//! - [`agenda`]: the items of a deliberative body's programme, under headings;
//! - [`advisory`]: a media advisory's `WHAT:` / `WHEN:` / `WHERE:` blocks;
//! - [`quoted_lists`]: a list of quoted titles of events, with their partners.

pub(super) mod advisory;
pub(super) mod agenda;
pub(super) mod quoted_lists;
pub(super) mod tallies;

use crate::lexicon::Class;
use crate::resolve::Resolved;

use super::vocab;

/// The deliberative body of the page: the organisation named most often (the first on a
/// tie) whose name has a word for one ("the City Council", "the National Assembly"),
/// when it is named at least `min_mentions` times.
pub(super) fn assembly(resolved: &Resolved, min_mentions: usize) -> Option<String> {
    resolved
        .organisations
        .iter()
        .enumerate()
        .filter(|(_, o)| o.mentions.len() >= min_mentions)
        .filter(|(_, o)| {
            o.name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| vocab::is(Class::EventAssemblyNoun, w))
        })
        .max_by_key(|(k, o)| (o.mentions.len(), std::cmp::Reverse(*k)))
        .map(|(_, o)| o.name.clone())
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    /// The body that votes is the one the page names most, not every body it names.
    #[test]
    fn the_assembly_is_the_body_named_most() {
        let page =
            "The Northern Parliament met. The Harbour Council wrote to the Northern Parliament. \
            The Northern Parliament adopted the text by 300 votes to 20.";
        assert_eq!(
            events(page, PUB),
            ["vote [session] when=2025-03-03 org=Northern Parliament"]
        );
    }
}
