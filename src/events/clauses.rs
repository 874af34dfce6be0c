//! Sentences, clauses and the names in them: the spans the slot rules read.

use std::collections::HashSet;
use std::ops::Range;

use crate::entities::tokens::Kind;
use crate::entities::{Ctx, Found};
use crate::resolve::Resolved;

use super::vocab::{Prep, Tag, Tags};

/// How far from an event's mention, in tokens, its slots are read. A sentence a reader
/// can follow runs to about sixty words either side of any phrase in it; beyond that a
/// "sentence" is a list or a run of unpunctuated text, and reading all of it for each of
/// its mentions would make the stage quadratic in its length.
pub(super) const SLOT_REACH: usize = 60;

/// How many tokens a dateline opener before a clause may have ("HARBOUR CITY, Ore. —").
const OPENER_TOKENS: usize = 6;

/// The longest parenthesised aside a list of agents skips ("X (Norway) and Y (the
/// Harbour Trust's research arm)"); a longer bracket ends the list.
const ASIDE_TOKENS: usize = 12;

/// Sentences as token ranges: a sentence ends at a block break or at `.`, `!` or `?`
/// before a sentence start.
pub(super) fn sentences(ctx: &Ctx<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in ctx.tokens.iter().enumerate() {
        let end_here = t.kind == Kind::Break
            || (t.kind == Kind::Punct
                && is_full_stop(ctx.word(i))
                && ctx
                    .tok(i + 1)
                    .is_none_or(|n| n.sentence_start || n.kind == Kind::Break));
        if end_here {
            if start < i + 1 {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if start < ctx.tokens.len() {
        out.push(start..ctx.tokens.len());
    }
    out
}

fn is_full_stop(w: &str) -> bool {
    matches!(w.chars().next(), Some('.' | '!' | '?')) && w.chars().count() == 1
}

/// The sentence that holds token `i`. Sentences are disjoint and in text order, so a
/// binary search finds it.
pub(super) fn sentence_at(sents: &[Range<usize>], i: usize) -> Option<Range<usize>> {
    let k = sents.partition_point(|s| s.end <= i);
    sents.get(k).filter(|s| s.contains(&i)).cloned()
}

/// The part of sentence `s` within [`SLOT_REACH`] of tokens `me`.
pub(super) fn window(s: &Range<usize>, me: &Range<usize>) -> Range<usize> {
    s.start.max(me.start.saturating_sub(SLOT_REACH))..s.end.min(me.end + SLOT_REACH)
}

/// For each token, whether it is inside one of `dates`.
pub(super) fn date_marks(ctx: &Ctx<'_>, dates: &[crate::dates::FoundDate]) -> Vec<bool> {
    let mut marks = vec![false; ctx.tokens.len()];
    for d in dates {
        let first = ctx
            .tokens
            .partition_point(|t| t.span().start < d.span.start);
        for (k, t) in ctx.tokens.iter().enumerate().skip(first) {
            if t.span().end > d.span.end {
                break;
            }
            if let Some(m) = marks.get_mut(k) {
                *m = true;
            }
        }
    }
    marks
}

/// Whether token `i` is the single punctuation character `c`.
pub(super) fn is_char(ctx: &Ctx<'_>, i: usize, c: char) -> bool {
    ctx.tok(i).is_some_and(|t| t.kind == Kind::Punct) && ctx.word(i).chars().eq([c])
}

/// Whether token `i` opens or closes a quotation (“ ” or ").
pub(super) fn is_quote(ctx: &Ctx<'_>, i: usize, open: bool) -> bool {
    is_char(ctx, i, '"') || is_char(ctx, i, if open { '“' } else { '”' })
}

/// Whether token `i` is a word that starts with a digit ("2024", "485", "3.1").
pub(super) fn is_figure(ctx: &Ctx<'_>, i: usize) -> bool {
    ctx.tok(i).is_some_and(|t| t.kind == Kind::Word)
        && ctx.word(i).starts_with(|c: char| c.is_ascii_digit())
}

/// The mentions of other events in a window, marked token by token.
#[derive(Debug, Default)]
pub(super) struct Others {
    base: usize,
    starts: Vec<bool>,
    inside: Vec<bool>,
    pub ranges: Vec<Range<usize>>,
}

impl Others {
    pub fn new(win: &Range<usize>, ranges: Vec<Range<usize>>) -> Others {
        let n = win.len();
        let mut starts = vec![false; n];
        // A difference array: each range adds one where it starts and takes one away
        // where it ends, so overlapping ranges cost their number, not their length.
        let mut delta = vec![0i32; n + 1];
        for r in &ranges {
            let (a, b) = (r.start.max(win.start), r.end.min(win.end));
            if a >= b {
                continue;
            }
            if r.start >= win.start {
                starts[r.start - win.start] = true;
            }
            delta[a - win.start] += 1;
            delta[b - win.start] -= 1;
        }
        let mut depth = 0;
        let inside = delta[..n]
            .iter()
            .map(|d| {
                depth += d;
                depth > 0
            })
            .collect();
        Others {
            base: win.start,
            starts,
            inside,
            ranges,
        }
    }

    /// Whether another event's mention starts at token `j`.
    pub fn starts_at(&self, j: usize) -> bool {
        j.checked_sub(self.base)
            .and_then(|x| self.starts.get(x))
            .copied()
            .unwrap_or(false)
    }

    /// Whether another event's mention covers token `j`.
    pub fn covers(&self, j: usize) -> bool {
        j.checked_sub(self.base)
            .and_then(|x| self.inside.get(x))
            .copied()
            .unwrap_or(false)
    }
}

/// What the slot rules read besides the tokens: the word classes of each token, and the
/// people and organisations of the text as the slots name them.
pub(super) struct Reader<'a> {
    pub found: &'a Found,
    pub resolved: &'a Resolved,
    people: HashSet<&'a str>,
    tags: Tags,
}

impl<'a> Reader<'a> {
    pub fn new(ctx: &Ctx<'_>, found: &'a Found, resolved: &'a Resolved) -> Reader<'a> {
        Reader {
            found,
            resolved,
            people: resolved.people.iter().map(|p| p.name.as_str()).collect(),
            tags: Tags::new(ctx),
        }
    }

    /// The word classes of token `i`.
    pub fn tag(&self, i: usize) -> Tag {
        self.tags.at(i)
    }

    pub fn is_person(&self, name: &str) -> bool {
        self.people.contains(name)
    }

    /// Every entity named inside `r`, with its token start and end, in order. Nested
    /// mentions cannot occur: each token has at most one mention.
    pub fn positions(&self, r: &Range<usize>) -> Vec<(usize, String, usize)> {
        let (found, resolved) = (self.found, self.resolved);
        let mut out = Vec::new();
        let mut i = r.start;
        while i < r.end {
            let hit = if let Some(k) = found.org_covering(i) {
                resolved
                    .org_of_mention
                    .get(k)
                    .and_then(|&x| resolved.organisations.get(x))
                    .zip(found.orgs.get(k))
                    .map(|(x, o)| (o.tokens.clone(), x.name.clone()))
            } else if let Some(k) = found.person_covering(i) {
                resolved
                    .person_of_mention
                    .get(k)
                    .and_then(|&x| resolved.people.get(x))
                    .zip(found.people.get(k))
                    .map(|(x, p)| (p.tokens.clone(), x.name.clone()))
            } else {
                None
            };
            match hit {
                Some((tokens, name)) if tokens.start >= r.start && tokens.end <= r.end => {
                    out.push((tokens.start, name, tokens.end));
                    i = tokens.end.max(i + 1);
                }
                _ => i += 1,
            }
        }
        out
    }

    /// Every entity named inside `r`, once each, in order: "the Ministry and the Agency"
    /// gives two.
    pub fn within(&self, r: &Range<usize>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (_, name, _) in self.positions(r) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    }

    /// The subject of the clause `r`: its first entity, and those coordinated with it
    /// ("X and Y").
    pub fn subject_of(&self, ctx: &Ctx<'_>, r: &Range<usize>) -> Vec<String> {
        let mut r = r.clone();
        // A dateline opener ("HARBOUR CITY —") is not part of the clause.
        if let Some(d) = (r.start..r.end.min(r.start + OPENER_TOKENS)).find(|&k| is_dash(ctx, k)) {
            if (r.start..d).all(|k| {
                ctx.tokens
                    .get(k)
                    .is_some_and(|t| t.upper || t.kind == Kind::Punct)
            }) {
                r.start = d + 1;
            }
        }
        // A clause that opens with a phrase ("In partnership with X, Z will co-host …",
        // "Last week, …") has its subject after that phrase's comma.
        if self.tag(r.start).opener {
            if let Some(c) = (r.start..r.end).find(|&k| is_char(ctx, k, ',')) {
                r.start = c + 1;
            }
        }
        let mut all = self.positions(&r);
        // "The Agency's Spokesperson and the Press Office will hold …": a body that owns a
        // post is not the subject; the holder of the post is.
        all.retain(|(_, _, end)| {
            !(ctx.tok(*end).is_some_and(|t| t.kind == Kind::Possessive)
                && crate::entities::gazetteer::GAZETTEER
                    .title_head(&ctx.word(end + 1).to_lowercase())
                    .is_some())
        });
        let Some(first) = all.first() else {
            return Vec::new();
        };
        let mut out = vec![first.1.clone()];
        let mut end = first.2;
        for (start, name, e) in all.iter().skip(1) {
            // Only entities joined to the first by "and" or "," directly. "Harbour County
            // Sheriff Ann Roe": a title between an office and its holder joins them too.
            let joined = (end..*start).all(|k| {
                is_char(ctx, k, ',')
                    || self.tag(k).conjunction
                    || ctx.is_word(k, "the")
                    || ctx.is_cap(k)
                    || ctx.tok(k).is_some_and(|t| t.kind == Kind::Possessive)
            });
            if !joined {
                break;
            }
            if !out.contains(name) {
                out.push(name.clone());
            }
            end = *e;
        }
        out
    }
}

fn is_dash(ctx: &Ctx<'_>, k: usize) -> bool {
    is_char(ctx, k, '—') || is_char(ctx, k, '–')
}

/// Where a clause of agents that starts at `from` ends: a semicolon, a closing bracket or
/// quote, a relative clause, a predicate ("X and Y will …"), a phrase of place, time or
/// purpose, another event.
pub(super) fn clause_end(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    from: usize,
    limit: usize,
    others: &Others,
) -> usize {
    let mut j = from;
    while j < limit {
        // A parenthesised aside inside the clause ("X (Norway) and Y (Chile)") is skipped.
        if is_char(ctx, j, '(') {
            if let Some(close) =
                (j + 1..limit.min(j + ASIDE_TOKENS)).find(|&k| is_char(ctx, k, ')'))
            {
                j = close + 1;
                continue;
            }
        }
        let tag = reader.tag(j);
        if is_char(ctx, j, ';')
            || is_char(ctx, j, ')')
            || is_char(ctx, j, '.')
            || is_quote(ctx, j, false)
            || tag.relative
            || tag.auxiliary
            || matches!(
                tag.prep,
                Some(Prep::To | Prep::On | Prep::At | Prep::In | Prep::For)
            )
            || others.starts_at(j)
        {
            break;
        }
        if is_char(ctx, j, ',')
            && !(ctx.is_cap(j + 1) || ctx.is_word(j + 1, "and") || ctx.is_word(j + 1, "the"))
        {
            break;
        }
        j += 1;
    }
    j
}

/// Where the clause that ends at `to` starts: `limit`, or the last `(`, `;` or opening
/// quote, skipping parenthesised asides ("Ann Roe, Director of … (HRA), chaired").
pub(super) fn clause_start(ctx: &Ctx<'_>, limit: usize, to: usize) -> usize {
    let mut j = to;
    let mut depth = 0usize;
    while j > limit {
        let k = j - 1;
        if is_char(ctx, k, ')') {
            depth += 1;
        } else if is_char(ctx, k, '(') && depth > 0 {
            depth -= 1;
        } else if depth == 0
            && (is_char(ctx, k, '(') || is_char(ctx, k, ';') || is_quote(ctx, k, true))
        {
            break;
        }
        j -= 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `f` over the tokens of `text` and the names the earlier stages find in it.
    fn with<T>(text: &str, f: impl FnOnce(&Ctx<'_>, &Reader<'_>) -> T) -> T {
        let ctx = Ctx::new(text, &[]);
        let found = crate::entities::find(&ctx);
        let resolved = crate::resolve::merge(text, &found, ctx.home_country);
        let reader = Reader::new(&ctx, &found, &resolved);
        f(&ctx, &reader)
    }

    /// The index of the first token `w`.
    fn at(ctx: &Ctx<'_>, w: &str) -> usize {
        (0..ctx.tokens.len())
            .find(|&i| ctx.word(i) == w)
            .expect("the table's word is in its text")
    }

    #[test]
    fn sentences_end_at_stops_and_breaks() {
        // (text, sentences)
        let table: &[(&str, &[&str])] = &[
            ("The forum met. It ended.", &["The forum met.", "It ended."]),
            (
                "Dr. Ruiz spoke at 3.30 today.",
                &["Dr. Ruiz spoke at 3.30 today."],
            ),
            (
                "Harbour news\nThe forum met",
                &["Harbour news", "The forum met"],
            ),
            (
                "Why now? Because the port is full!",
                &["Why now?", "Because the port is full!"],
            ),
        ];
        for (text, want) in table {
            let got: Vec<String> = with(text, |ctx, _| {
                sentences(ctx)
                    .iter()
                    .map(|s| ctx.slice(s).trim().to_owned())
                    .collect()
            });
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn agents_end_with_their_clause() {
        // (text, agents after "by")
        let table: &[(&str, &[&str])] = &[
            (
                "It was organised by the Ministry of Water and the Harbour Trust for the third year.",
                &["Ministry of Water", "Harbour Trust"],
            ),
            (
                "It was organised by the Ministry of Water, which funds the Harbour Trust.",
                &["Ministry of Water"],
            ),
            (
                "It was organised by the Ministry of Water; the Harbour Trust paid for it.",
                &["Ministry of Water"],
            ),
            (
                "It was organised by the Ministry of Water (Norway) and the Harbour Trust.",
                &["Ministry of Water", "Harbour Trust"],
            ),
        ];
        for (text, want) in table {
            let got = with(text, |ctx, reader| {
                let from = at(ctx, "by") + 1;
                let end = clause_end(ctx, reader, from, ctx.tokens.len(), &Others::default());
                reader.within(&(from..end))
            });
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn subjects_and_their_coordinates() {
        // (text, subject of "hosted")
        let table: &[(&str, &[&str])] = &[
            (
                "The Ministry of Water and the Harbour Trust hosted the forum.",
                &["Ministry of Water", "Harbour Trust"],
            ),
            (
                "In partnership with the Harbour Trust, the Ministry of Water hosted the forum.",
                &["Ministry of Water"],
            ),
            (
                "LAKEPORT — The Ministry of Water hosted the forum.",
                &["Ministry of Water"],
            ),
            (
                "The Ministry of Water thanked the Harbour Trust and hosted the forum.",
                &["Ministry of Water"],
            ),
        ];
        for (text, want) in table {
            let got = with(text, |ctx, reader| {
                let verb = at(ctx, "hosted");
                let start = clause_start(ctx, 0, verb);
                reader.subject_of(ctx, &(start..verb))
            });
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn clauses_start_after_asides() {
        // (text, first word of the clause that ends at "chaired")
        let table = [
            ("Ana Ruiz (Director of the Trust) chaired it.", "Ana"),
            ("The forum met; Ana Ruiz chaired it.", "Ana"),
            ("He said “Ana Ruiz chaired it.", "Ana"),
        ];
        for (text, want) in table {
            let got = with(text, |ctx, _| {
                ctx.word(clause_start(ctx, 0, at(ctx, "chaired")))
                    .to_owned()
            });
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn other_mentions_are_marked_by_token() {
        let others = Others::new(&(10..20), vec![12..14, 13..16, 19..25, 5..11]);
        let covered: Vec<usize> = (8..22).filter(|&j| others.covers(j)).collect();
        assert_eq!(covered, [10, 12, 13, 14, 15, 19]);
        let starts: Vec<usize> = (8..22).filter(|&j| others.starts_at(j)).collect();
        assert_eq!(starts, [12, 13, 19]);
    }

    #[test]
    fn windows_stay_in_the_sentence() {
        assert_eq!(window(&(0..500), &(200..202)), 140..262);
        assert_eq!(window(&(100..150), &(110..112)), 100..150);
    }
}
