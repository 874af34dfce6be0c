//! Short names of a conference named in full earlier: a release names its event in full
//! once ("the Harbour Cities Summit on Clean Water", "the Regional Forum on Coastal
//! Erosion (RFCE)") and then by a part of that name ("the Clean Water Summit"), by its
//! initials ("the RFCE Forum") or by its place ("the Lakeport Summit"). A later named
//! conference with the same head joins an earlier one when each of its other words is a
//! word of the earlier name, that name's initials, or a word of its place.
//!
//! Not aliases: two conferences whose dates are apart ("the 2024 Summit" and "the 2025
//! Summit" of one series, each dated); a name with a word the earlier one lacks ("the
//! Harbour Energy Summit" after "the Harbour Cities Summit").

use std::collections::HashMap;

use crate::model::EventKind;

use super::frame::{is_edition_word, Frame, Head};

/// How many earlier conferences with one head an alias is looked for among. A release
/// names a handful of events with one head; the bound keeps a page of thousands of names
/// linear.
const CANDIDATES: usize = 16;

/// Merges each later short name into the conference it names; returns the frames left.
pub(super) fn merge(frames: Vec<Frame>) -> Vec<Frame> {
    let mut frames = frames;
    let mut by_head: HashMap<Head, Vec<usize>> = HashMap::new();
    let mut merged_into: Vec<Option<usize>> = vec![None; frames.len()];
    for k in 0..frames.len() {
        let f = &frames[k];
        let Some(head) = f
            .head
            .filter(|_| f.named && f.kind == EventKind::Conference)
        else {
            continue;
        };
        let earlier = by_head.entry(head).or_default();
        let target = earlier
            .iter()
            .copied()
            .find(|&j| is_alias(&frames[k], &frames[j], head));
        match target {
            Some(j) => merged_into[k] = Some(j),
            None if earlier.len() < CANDIDATES => earlier.push(k),
            None => {}
        }
    }
    for k in 0..frames.len() {
        if let Some(j) = merged_into[k] {
            let moved = std::mem::take(&mut frames[k].mentions);
            frames[j].mentions.extend(moved);
        }
    }
    frames
        .into_iter()
        .zip(merged_into)
        .filter(|(_, m)| m.is_none())
        .map(|(f, _)| f)
        .collect()
}

fn stem(w: &str) -> String {
    w.to_lowercase().trim_end_matches('s').to_owned()
}

/// The words of a name without its edition words, stemmed.
fn words_of(name: &str) -> Vec<String> {
    name.split_whitespace()
        .filter(|w| !is_edition_word(w))
        .map(stem)
        .collect()
}

/// Whether `f` is a short name of the earlier `g`, both with head `head`.
fn is_alias(f: &Frame, g: &Frame, head: Head) -> bool {
    let apart = f.when.as_ref().zip(g.when.as_ref()).is_some_and(|(a, b)| {
        let (a, b) = (&a.value, &b.value);
        a.start != b.start && a.end != b.end && (a.start > b.end || a.end < b.start)
    });
    if g.head != Some(head) || apart {
        return false;
    }
    let head_word = stem(head.word());
    let mine: Vec<String> = words_of(&f.name)
        .into_iter()
        .filter(|w| *w != head_word)
        .collect();
    let theirs = words_of(&g.name);
    let initials: String = g
        .name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let place = g
        .place
        .as_deref()
        .map(str::to_lowercase)
        .unwrap_or_default();
    !mine.is_empty()
        && mine.iter().all(|w| {
            theirs.contains(w)
                || (w.len() >= 2
                    && w.chars().all(char::is_alphabetic)
                    && w.to_uppercase().chars().all(|c| initials.contains(c))
                    && w.len() <= initials.len())
                || (!place.is_empty() && place.contains(w.as_str()))
        })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    /// Two invented pages of different publishers that need the rule: a prosecutors'
    /// office naming its summit by initials and by place, and a ports association naming
    /// its forum by a part of the full name.
    #[test]
    fn short_names_join_the_full_name() {
        let table: &[(&str, &[&str])] = &[
            (
                "HARBOUR COUNTY — The office hosted the Regional Summit on Coastal Erosion (RSCE) in Lakeport on 3 March 2025. The RSCE Summit gathered sixty experts. Speakers at the Lakeport Summit praised the plan.",
                &["Regional Summit on Coastal Erosion [conference] when=2025-03-03 where=Lakeport"],
            ),
            (
                "The Atlantic Ports Forum on Clean Shipping met in Porto on 4 March 2025. The Clean Shipping Forum closed with a declaration.",
                &["Atlantic Ports Forum on Clean Shipping [conference] when=2025-03-04 where=Porto"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn different_names_stay_apart() {
        let table: &[(&str, &[&str])] = &[(
            "The Harbour Cities Summit met on 3 March 2025. The Harbour Energy Summit met on 4 March 2025.",
            &[
                "Harbour Cities Summit [conference] when=2025-03-03",
                "Harbour Energy Summit [conference] when=2025-03-04",
            ],
        )];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
