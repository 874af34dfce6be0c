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

use crate::entities::Ctx;

use super::clauses::is_char;
use super::frame::{extend, is_edition_word, Frame, Head, Rule};

/// How many earlier conferences with one head an alias is looked for among. A release
/// names a handful of events with one head; the bound keeps a page of thousands of names
/// linear.
const CANDIDATES: usize = 16;

/// Joins each head phrase set beside a named event by apposition to that event: "the
/// Harbour Lights Festival, a two-day celebration of the coast" and "a two-day celebration,
/// the Harbour Lights Festival," name one event twice. The phrase's mentions, and the slots
/// the name lacks, go to the named event.
///
/// Not appositions: a phrase with "the" after the comma ("the Harbour Summit, the first
/// session …" may be a part), a plural phrase ("the Harbour Fair, workshops and talks"),
/// two names ("the Harbour Fair, the Lantern Parade").
pub(super) fn appositions(ctx: &Ctx<'_>, frames: Vec<Frame>) -> Vec<Frame> {
    let mut frames = frames;
    // The named events by the first and the last token of each mention.
    let mut ending: HashMap<usize, usize> = HashMap::new();
    let mut starting: HashMap<usize, (usize, usize)> = HashMap::new();
    for (k, f) in frames.iter().enumerate() {
        if !f.named || f.plural() {
            continue;
        }
        for m in &f.mentions {
            ending.entry(m.end).or_insert(k);
            starting.entry(m.start).or_insert((k, m.end));
        }
    }
    let mut merged_into: Vec<Option<usize>> = vec![None; frames.len()];
    for (k, f) in frames.iter().enumerate() {
        if f.rule != Rule::Phrase || f.plural() {
            continue;
        }
        let m = &f.tokens;
        let indefinite = |i: usize| ctx.is_word(i, "a") || ctx.is_word(i, "an");
        // "NAME, a … phrase"
        let after = m
            .start
            .checked_sub(2)
            .filter(|&c| indefinite(m.start - 1) && is_char(ctx, c, ','))
            .and_then(|c| ending.get(&c));
        // "a … phrase, [the] NAME"
        let before = || {
            m.start.checked_sub(1).filter(|&a| indefinite(a))?;
            if !is_char(ctx, m.end, ',') {
                return None;
            }
            let n = if ctx.is_word(m.end + 1, "the") {
                m.end + 2
            } else {
                m.end + 1
            };
            // The name closes the apposition ("…, the Harbour Fair, …"); one that goes on
            // ("…, the Harbour Fair and a gala") is an item of a list.
            let &(j, end) = starting.get(&n)?;
            let closed = end >= ctx.tokens.len()
                || [',', '.', ';', ')'].iter().any(|&c| is_char(ctx, end, c));
            closed.then_some(j)
        };
        if let Some(j) = after.copied().or_else(before) {
            if j != k {
                merged_into[k] = Some(j);
            }
        }
    }
    // A phrase merged into a frame that is itself merged goes to where that one went.
    let roots: Vec<Option<usize>> = (0..frames.len())
        .map(|k| {
            let mut j = merged_into[k]?;
            for _ in 0..frames.len() {
                match merged_into[j] {
                    Some(next) if next != k => j = next,
                    Some(_) => return None,
                    None => return Some(j),
                }
            }
            None
        })
        .collect();
    let merged_into = roots;
    for k in 0..frames.len() {
        let Some(j) = merged_into[k] else { continue };
        let moved = std::mem::take(&mut frames[k].mentions);
        let (when, place) = (frames[k].when.take(), frames[k].place.take());
        let g = &mut frames[j];
        g.mentions.extend(moved);
        if g.when.is_none() {
            g.when = when;
        }
        if g.place.is_none() {
            g.place = place;
        }
        let f = frames[k].clone();
        let g = &mut frames[j];
        extend(&mut g.organisers, f.organisers);
        extend(&mut g.co_organisers, f.co_organisers);
        extend(&mut g.chairs, f.chairs);
        extend(&mut g.participants, f.participants);
    }
    drop_merged(frames, &merged_into)
}

/// The frames not merged into another.
fn drop_merged(frames: Vec<Frame>, merged_into: &[Option<usize>]) -> Vec<Frame> {
    frames
        .into_iter()
        .zip(merged_into)
        .filter(|(_, m)| m.is_none())
        .map(|(f, _)| f)
        .collect()
}

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
    named_later(drop_merged(frames, &merged_into))
}

/// How many later named events a head phrase is compared with.
const LATER_NAMES: usize = 8;

/// Joins a head phrase to the name a later sentence gives the same event: "join a tech
/// tour" … "the Tideline Tech Tour starts at noon", "a book fair" … "the Lakeside Book
/// Fair": the phrase's words (two or more, its head last) end the later name. The name
/// keeps its place in the text; the phrase's mentions and the slots the name lacks go to
/// it.
///
/// Not joined: a bare head ("a fair" before "the Lakeside Book Fair"), a phrase with a
/// word the name lacks ("a children's book fair").
fn named_later(mut frames: Vec<Frame>) -> Vec<Frame> {
    let mut merged_into: Vec<Option<usize>> = vec![None; frames.len()];
    for k in 0..frames.len() {
        let f = &frames[k];
        if f.named || f.head.is_none() {
            continue;
        }
        let mine = words_of(&f.name);
        if mine.len() < 2 {
            continue;
        }
        let target = (k + 1..frames.len())
            .filter(|&j| frames[j].named && frames[j].head == f.head)
            .take(LATER_NAMES)
            .find(|&j| {
                let theirs = words_of(&frames[j].name);
                theirs.len() > mine.len() && theirs.ends_with(&mine)
            });
        merged_into[k] = target;
    }
    for k in 0..frames.len() {
        let Some(j) = merged_into[k] else { continue };
        let moved = std::mem::take(&mut frames[k].mentions);
        frames[j].mentions.extend(moved);
        if frames[j].when.is_none() {
            frames[j].when = frames[k].when.take();
        }
        if frames[j].place.is_none() {
            frames[j].place = frames[k].place.take();
        }
        if frames[j].organisers.is_empty() {
            frames[j].organisers = std::mem::take(&mut frames[k].organisers);
        }
    }
    drop_merged(frames, &merged_into)
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

    /// A head phrase joins the name a later sentence gives the same event.
    #[test]
    fn head_phrases_join_a_later_name() {
        let table: &[(&str, &[&str])] = &[
            (
                "Visitors can join a guided boat tour. The Tideline Guided Boat Tour leaves the pier on 3 May 2025.",
                &["Tideline Guided Boat Tour [visit] when=2025-05-03"],
            ),
            (
                "The library will host a spring book fair on 4 April 2025. The Lakeside Spring Book Fair fills the reading rooms.",
                &["Lakeside Spring Book Fair [conference] when=2025-04-04"],
            ),
            // A word the name lacks keeps them apart.
            (
                "The library will host a rare map fair on 4 April 2025. The Lakeside Book Fair follows on 9 May 2025.",
                &[
                    "rare map fair [conference] when=2025-04-04",
                    "Lakeside Book Fair [conference] when=2025-05-09",
                ],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    /// A head phrase set beside a name by apposition names the same event, after the
    /// name ("X, an annual fair of …") or before it ("a two-day fair, the X,").
    #[test]
    fn appositions_join_the_name() {
        let table: &[(&str, &[&str])] = &[
            (
                "The Trust invites families to its 12th annual Harbour Lights Festival, a two-day celebration of the coast on 3 May 2025.",
                &["12th annual Harbour Lights Festival [other] when=2025-05-03"],
            ),
            (
                "The museum opens the Lantern Week, an annual festival of light, on 4 April 2025.",
                &["Lantern Week [other] when=2025-04-04"],
            ),
            (
                "Members gathered for the Northwind Sailing Festival, an annual celebration of the bay, on 8 March 2025.",
                &["Northwind Sailing Festival [other] when=2025-03-08"],
            ),
            (
                "The council convened the Lakeport Housing Forum, a public hearing on rents, on 10 March 2025.",
                &["Lakeport Housing Forum [conference] when=2025-03-10"],
            ),
            (
                "Volunteers ran the Riverside Marathon, an annual fundraiser for the hospital, on 16 March 2025.",
                &["Riverside Marathon [other] when=2025-03-16"],
            ),
            (
                "The Trust announced the Coastal Awards Dinner, a black-tie gala in Lakeport on 20 March 2025.",
                &["Coastal Awards Dinner [other] when=2025-03-20 where=Lakeport"],
            ),
            // The phrase's later mentions are the name's.
            (
                "The Harbour Book Fair, an annual fair of local writers, opens in Lakeport on 9 March 2025. The event is free.",
                &["Harbour Book Fair [conference] when=2025-03-09"],
            ),
            // The phrase before the name.
            (
                "Guests attended a three-day forum, the Coastal Water Summit, in Porto on 3 March 2025.",
                &["Coastal Water Summit [conference] when=2025-03-03 where=Porto"],
            ),
            (
                "The school staged a two-day fair, the Lakeport Science Expo, on 14 March 2025.",
                &["Lakeport Science Expo [conference] when=2025-03-14"],
            ),
            (
                "The Trust will hold a charity dinner, the Harbour Lights Gala, in Lakeport on 22 March 2025.",
                &["Harbour Lights Gala [other] when=2025-03-22 where=Lakeport"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn no_apposition() {
        let table: &[(&str, &[&str])] = &[
            // "the" after the comma: a part, not another name.
            (
                "The Harbour Summit, the first session of which opened on 3 March 2025, drew forty mayors.",
                &[
                    "Harbour Summit [conference] when=2025-03-03",
                    "first session [session] when=2025-03-03 parent=Harbour Summit",
                ],
            ),
            // A list, not an apposition: the name goes on with "and".
            (
                "The Harbour Trust will hold a two-day workshop, the Harbour Lights Festival and a gala on 3 May 2025.",
                &[
                    "two-day workshop [workshop] when=2025-05-03 org=Harbour Trust",
                    "Harbour Lights Festival [other] when=2025-05-03 org=Harbour Trust",
                    "gala [other] when=2025-05-03 org=Harbour Trust",
                ],
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
