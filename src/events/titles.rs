//! Titles that name the event just mentioned: "a side event titled “Water after the
//! Floods”", "a policy dialogue entitled Growing Cities in Dry Years", "a panel on the
//! theme of “…”". The title after the cue renames the nearest event before it in the
//! sentence; when none is, the title is an event of the sentence's head ("At the
//! summit, ministers launched a programme called “Blue Ports”" names no event, but "the
//! side event, titled “…”, drew …" does).
//!
//! Not titles: quoted speech (a quote that ends a sentence or runs over
//! [`MAX_TITLE_WORDS`] words); a title of fewer than [`MIN_TITLE_WORDS`] words; a
//! lowercase phrase; a name after "named" or "called" that is not quoted ("was named
//! Director").

use std::ops::Range;

use crate::document::normalise;
use crate::entities::tokens::{is_connector, Kind};
use crate::entities::Ctx;

use super::clauses::{is_char, is_figure, is_quote, Reader, SLOT_REACH};
use super::frame::{Frame, FrameSet, Rule};
use super::triggers::{modifiers_start, phrase_kind};
use super::vocab::{self, TitleCue};

/// The most words a title may have: a longer quote is speech.
pub(super) const MAX_TITLE_WORDS: usize = 30;
/// The fewest words a title may have: "“Blue”" is a word in quotes.
pub(super) const MIN_TITLE_WORDS: usize = 3;
/// The most tokens between a quote's marks.
pub(super) const MAX_QUOTE_TOKENS: usize = 80;
/// How near before an unquoted title's cue the event it names must end ("a dialogue on
/// trade titled …").
const UNQUOTED_REACH: usize = 2;

/// A quotation of the sentence `s` opened at token `i`: the tokens inside, and the number
/// of words, or `None` if it does not close within the sentence.
pub(super) fn quotation(
    ctx: &Ctx<'_>,
    s: &Range<usize>,
    i: usize,
) -> Option<(Range<usize>, usize)> {
    let close = (i + 1..s.end.min(i + MAX_QUOTE_TOKENS)).find(|&j| is_quote(ctx, j, false))?;
    let inner = i + 1..close;
    let words = inner
        .clone()
        .filter(|&k| ctx.tok(k).is_some_and(|t| t.kind == Kind::Word))
        .count();
    Some((inner, words))
}

/// Whether the quotation `inner` of `words` words can be a title: capitalised, not
/// speech.
pub(super) fn is_title(ctx: &Ctx<'_>, inner: &Range<usize>, words: usize) -> bool {
    let text = normalise(ctx.slice(inner));
    !text.ends_with(['.', '!', '?', ','])
        && (MIN_TITLE_WORDS..=MAX_TITLE_WORDS).contains(&words)
        && ctx.is_cap(inner.start)
}

/// The text of a title, without a stop inside its closing quote.
pub(super) fn title_text(ctx: &Ctx<'_>, inner: &Range<usize>) -> String {
    normalise(ctx.slice(inner))
        .trim_end_matches(['.', ','])
        .to_owned()
}

/// The title cue ending at token `i`, one word ("titled") or two ("theme of").
fn cue_before(ctx: &Ctx<'_>, i: usize) -> Option<TitleCue> {
    let one = i.checked_sub(1).and_then(|p| vocab::title_cue(ctx.word(p)));
    // A two-word cue ends with its preposition ("theme of").
    one.or_else(|| {
        let p = i.checked_sub(2)?;
        vocab::prep(ctx.word(p + 1))?;
        vocab::title_cue(&format!("{} {}", ctx.word(p), ctx.word(p + 1)))
    })
}

/// The frame whose first mention ends nearest before token `i`, not before `limit`.
fn frame_before(set: &FrameSet, i: usize, limit: usize) -> Option<usize> {
    (limit..i).rev().find_map(|t| {
        set.owner_at(t)
            .filter(|&k| set.get(k).is_some_and(|f| f.tokens.end <= i))
    })
}

/// Reads the titles of the text.
pub(super) fn find(ctx: &Ctx<'_>, reader: &Reader<'_>, sents: &[Range<usize>], set: &mut FrameSet) {
    for s in sents {
        let mut i = s.start;
        while i < s.end {
            let cue = cue_before(ctx, i);
            if is_quote(ctx, i, true) {
                let Some((inner, words)) = quotation(ctx, s, i) else {
                    break;
                };
                if cue.is_some() && is_title(ctx, &inner, words) {
                    quoted(ctx, reader, s, i, inner.clone(), set);
                }
                i = inner.end + 1;
                continue;
            }
            if cue == Some(TitleCue::Any) && ctx.is_cap(i) {
                i = unquoted(ctx, i, set).max(i + 1);
                continue;
            }
            i += 1;
        }
    }
}

/// A quoted title at `i` after a cue: it renames the nearest event before it in the
/// sentence, or is an event of the sentence's first head.
fn quoted(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    s: &Range<usize>,
    i: usize,
    inner: Range<usize>,
    set: &mut FrameSet,
) {
    let limit = s.start.max(i.saturating_sub(SLOT_REACH));
    if let Some(k) = frame_before(set, i, limit) {
        set.rename(k, title_text(ctx, &inner));
        set.add_mention(k, inner);
        return;
    }
    let head = s
        .clone()
        .find_map(|t| reader.tag(t).head.map(|(h, kind)| (t, h, kind)));
    if let Some((t, head, kind)) = head {
        let kind = phrase_kind(reader, modifiers_start(reader, t), t, kind);
        let mut f = Frame::new(ctx, inner.clone(), kind, Some(head), Rule::Name, s.clone());
        f.name = title_text(ctx, &inner);
        set.push(f);
    }
}

/// A title in Title Case at `start`, after "titled": "a policy dialogue titled Growing
/// Cities in Dry Years was hosted by …". Returns where the title ends.
fn unquoted(ctx: &Ctx<'_>, start: usize, set: &mut FrameSet) -> usize {
    let mut e = start;
    while ctx.is_cap(e)
        || is_figure(ctx, e)
        || ((is_char(ctx, e, ':')
            || is_char(ctx, e, '&')
            || is_char(ctx, e, '-')
            || is_char(ctx, e, '–'))
            && ctx.is_cap(e + 1))
        || (is_connector(ctx.word(e)) && ctx.is_cap(e + 1))
    {
        e += 1;
    }
    if e - start < 2 {
        return e;
    }
    let cue = start - 1;
    let limit = cue.saturating_sub(UNQUOTED_REACH + 1);
    if let Some(k) = frame_before(set, cue, limit) {
        let inner = start..e;
        set.rename(k, normalise(ctx.slice(&inner)));
        set.add_mention(k, inner);
    }
    e
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn titles_rename_the_event_before_them() {
        let table: &[(&str, &[&str])] = &[
            (
                "The agency held a side event titled “Water after the Floods” on 3 March 2025.",
                &["Water after the Floods [side_event] when=2025-03-03"],
            ),
            (
                "A policy dialogue titled Growing Cities in Dry Years was hosted by the Ministry of Water.",
                &["Growing Cities in Dry Years [meeting] org=Ministry of Water"],
            ),
            (
                "The ministry convened a regional forum on the theme of “Ports for a Cleaner Sea”.",
                &["Ports for a Cleaner Sea [conference]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn not_titles() {
        let table: &[(&str, &[&str])] = &[
            // "named" before a name in Title Case names a person's post.
            (
                "Ana Ruiz was named Executive Director of the Harbour Trust.",
                &[],
            ),
            // A quote that ends in a full stop is speech.
            (
                "At the regional forum, she said “We will build the new port together.”",
                &["regional forum [conference]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
