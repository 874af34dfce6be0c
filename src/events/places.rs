//! Where an event took place: the first "at X" or "in X" after its mention in its clause,
//! where X is a capitalised place or venue, and "at X in Y" is venue and city ("at the
//! Harbour Hall in Lakeport" gives "Harbour Hall, Lakeport").
//!
//! A venue "at X" may stand anywhere in the clause ("opened today at the Harbour Hall");
//! a place "in X" only close to the event or set off by a comma ("…, in Lakeport today"),
//! since a later "in" belongs to another phrase ("projects in Norway").
//!
//! Not places: a person ("at Ana Ruiz's invitation"), a determiner or a calendar word
//! ("in This", "in March"), anything past another event's mention, a colon or a quote.

use std::ops::Range;

use crate::document::normalise;
use crate::entities::tokens::is_connector;
use crate::entities::{words, Ctx};

use super::clauses::{is_char, is_quote, Others, Reader};
use super::vocab::Prep;

/// How close after an event an "in X" must be to be its place.
const IN_REACH: usize = 5;

/// The place of the event mentioned at `me`, from the tokens of `win` after it.
pub(super) fn place_in(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    me: &Range<usize>,
    win: &Range<usize>,
    others: &Others,
) -> Option<String> {
    let mut i = me.end;
    while i < win.end {
        if others.starts_at(i)
            || is_char(ctx, i, ';')
            || is_char(ctx, i, ':')
            || is_quote(ctx, i, true)
        {
            break;
        }
        let prep = reader.tag(i).prep;
        let near = i < me.end + IN_REACH || is_char(ctx, i.saturating_sub(1), ',');
        if prep == Some(Prep::At) || (prep == Some(Prep::In) && near) {
            if let Some(place) = place_after(ctx, reader, i) {
                return Some(place);
            }
        }
        i += 1;
    }
    None
}

/// The place named after the preposition at `i`, if one is.
fn place_after(ctx: &Ctx<'_>, reader: &Reader<'_>, i: usize) -> Option<String> {
    let mut start = i + 1;
    if ctx.is_word(start, "the") {
        start += 1;
    }
    let e = name_end(ctx, reader, start);
    if e == start || (start..e).any(|t| reader.found.person_covering(t).is_some()) {
        return None;
    }
    // "in This", "at Our": a determiner opens no place; "New" is a name word here,
    // whatever it is at the start of a sentence.
    let first = ctx.word(start);
    if reader.tag(start).determiner.is_some() || words::is_calendar_word(first) {
        return None;
    }
    let mut place = normalise(ctx.slice(&(start..e)));
    // "at the Harbour Hall in Lakeport": venue, city.
    if reader.tag(e).prep == Some(Prep::In) && ctx.is_cap(e + 1) {
        let mut e2 = e + 1;
        while ctx.is_cap(e2) {
            e2 += 1;
        }
        place = format!("{place}, {}", normalise(ctx.slice(&(e + 1..e2))));
    }
    Some(place)
}

/// The end of the capitalised name that starts at `start`: capitalised words, joined by
/// connectors other than prepositions of place and time ("University of the Coast", not
/// "Hall in Lakeport"), and no calendar word ("Harbour Hall on Monday").
fn name_end(ctx: &Ctx<'_>, reader: &Reader<'_>, start: usize) -> usize {
    let mut e = start;
    loop {
        let word = ctx.word(e);
        let cap = ctx.is_cap(e) && !words::is_calendar_word(word);
        let joins = is_connector(word)
            && ctx.is_cap(e + 1)
            && !words::is_calendar_word(ctx.word(e + 1))
            && !matches!(reader.tag(e).prep, Some(Prep::In | Prep::On | Prep::At));
        if !(cap || joins) {
            return e;
        }
        e += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn venues_and_cities() {
        let table: &[(&str, &[&str])] = &[
            (
                "The regional conference opened at the Harbour Hall in Lakeport on 3 March 2025.",
                &["regional conference [conference] when=2025-03-03 where=Harbour Hall, Lakeport"],
            ),
            (
                "A technical workshop was held in Porto.",
                &["technical workshop [workshop] where=Porto"],
            ),
            (
                "The annual gala, in Lakeport this year, raised funds.",
                &["annual gala [other] when=2025-01-01..2025-12-31 where=Lakeport"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn not_places() {
        let table: &[(&str, &[&str])] = &[
            // A later "in" belongs to another phrase.
            (
                "The annual summit discussed new water projects for farms in Norway.",
                &["annual summit [conference]"],
            ),
            // A month is a date, not a place.
            (
                "The regional forum will meet in March.",
                &["regional forum [conference] when=2025-03-01..2025-03-31"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
