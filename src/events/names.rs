//! Capitalised event names: a capitalised phrase whose last word is an event head
//! ("Harbour Cities Summit"), or whose head takes a complement ("Conference on Coastal
//! Water", "Forum for Young Farmers"); an observance ("World Soil Day"); a name and a year
//! ("Expo 2031"). Ordinals before a name belong to it ("the fifth Regional Forum").
//!
//! Not names: a known body or treaty named with an event word ("Intergovernmental Panel
//! on Tides", "Convention on Migratory Species"), unless an ordinal numbers a meeting of
//! it; plans, documents and periods with a year ("Vision 2040", "FY 2025"); the phrases of
//! a Title Case headline, where every word is capitalised.
//!
//! A line in Title Case that holds a finite verb ("Harbour Board Opens Annual Ferry
//! Festival", "Museum to Host Lantern Night") is a clause, not a name: it is read in its
//! parts. The verb splits subject from object; the object's head noun ends at its first
//! preposition unless that head is an event's ("Joins the Line-up of Featured Fairs" has
//! the head "Line-up"); each part is then read as a name of its own. Within such a clause
//! a plural head ("Featured Conferences") or a generic one ("the Exclusive Event") names
//! a class of events or refers to one, and names none.

use std::ops::Range;

use crate::date::Date;
use crate::entities::gazetteer::HitTarget;
use crate::entities::tokens::{is_connector, Kind, PerToken};
use crate::entities::{words, Ctx, Found};
use crate::lexicon::Class;
use crate::model::{EventKind, EventWhen};

use super::clauses::{sentence_at, Reader};
use super::frame::{edition_key, is_ordinal, Frame, FrameSet, Grain, Head, Rule, When};
use super::vocab::{self, Prep};

/// The most words of an edition's name with its year: an event's short name ("Harbour
/// Boat Show 2027"); a longer phrase with a year is a title or a sentence's words.
const MAX_EDITION_WORDS: usize = 4;

/// The fewest content words of a line read as Title Case.
const TITLE_LINE_WORDS: usize = 4;

/// Finds the capitalised event names of the text.
pub(super) fn find(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    found: &Found,
    sents: &[Range<usize>],
    set: &mut FrameSet,
) {
    let clauses = clause_lines(ctx, reader);
    for c in crate::entities::chunks(ctx) {
        // A Title Case headline capitalises every word: its phrases are not names.
        if ctx.loud.get(c.start).copied().unwrap_or(false) {
            continue;
        }
        if c.start >= ctx.tokens.len() {
            continue;
        }
        let Some(first_verb) = clauses.get(c.start) else {
            name(ctx, found, sents, c, set);
            continue;
        };
        for p in clause_parts(ctx, reader, &c, first_verb) {
            let last = ctx.word(p.end - 1);
            let plural = last.ends_with('s')
                && Head::of(last).is_some_and(|(h, _)| !h.word().ends_with('s'));
            if !plural && !vocab::is(Class::EventGenericHead, last) {
                name(ctx, found, sents, p, set);
            }
        }
    }
}

/// For each token, the first verb of its line when the line is a clause in Title Case.
fn clause_lines(ctx: &Ctx<'_>, reader: &Reader<'_>) -> PerToken {
    let n = ctx.tokens.len();
    let title = title_case_lines(ctx);
    let mut out = PerToken::none(n);
    let mut start = 0;
    for end in (0..=n).filter(|&i| i == n || ctx.tok(i).is_some_and(|t| t.kind == Kind::Break)) {
        let verb = (start..end)
            .find(|&k| title.get(k).copied().unwrap_or(false) && is_clause_verb(ctx, reader, k));
        if let Some(v) = verb {
            for i in start..end {
                out.set(i, Some(v));
            }
        }
        start = end + 1;
    }
    out
}

/// Marks the tokens of each line whose content words are (nearly) all capitalised.
fn title_case_lines(ctx: &Ctx<'_>) -> Vec<bool> {
    let n = ctx.tokens.len();
    let mut out = vec![false; n];
    let mut start = 0;
    for end in (0..=n).filter(|&i| i == n || ctx.tok(i).is_some_and(|t| t.kind == Kind::Break)) {
        let content: Vec<usize> = (start..end)
            .filter(|&i| {
                ctx.tok(i).is_some_and(|t| t.kind == Kind::Word)
                    && !is_connector(ctx.word(i))
                    && ctx.word(i).chars().any(char::is_alphabetic)
            })
            .collect();
        let caps = content.iter().filter(|&&i| ctx.is_cap(i)).count();
        if content.len() >= TITLE_LINE_WORDS && caps * 10 >= content.len() * 8 {
            if let Some(line) = out.get_mut(start..end) {
                line.iter_mut().for_each(|b| *b = true);
            }
        }
        start = end + 1;
    }
    out
}

/// Whether token `k` of a Title Case line is a finite verb of the event and business
/// lexicons: inflected ("Opens", "Hosted") or in its base form after "to" or "will"
/// ("to Host", "Will Showcase"). An inflected word that is also an event head is a noun
/// there ("Keynote Addresses").
fn is_clause_verb(ctx: &Ctx<'_>, reader: &Reader<'_>, k: usize) -> bool {
    let w = ctx.word(k).to_lowercase();
    if !ctx.is_cap(k) {
        return false;
    }
    let listed = |v: &str| {
        vocab::verb(v).is_some()
            || vocab::is(Class::EventHeadlineVerb, v)
            || vocab::is(Class::EventAttendanceVerb, v)
            || vocab::is(Class::BusinessVerb, v)
    };
    let inflected = (w.ends_with('s') && !w.ends_with("ss")) || w.ends_with("ed");
    let infinitive = k > 0 && (ctx.is_word(k - 1, "to") || ctx.is_word(k - 1, "will"));
    (inflected && Head::of(&w).is_none() && (reader.tag(k).verb.is_some() || listed(&w)))
        || (infinitive
            && [format!("{w}s"), format!("{w}es")]
                .iter()
                .any(|f| listed(f)))
}

/// The parts of the chunk `c` of a Title Case clause whose first verb is `first_verb`:
/// what follows the subject, split at its verbs, each object cut at its prepositions
/// unless the word before one is an event head ("Conference on Coastal Water").
fn clause_parts(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    c: &Range<usize>,
    first_verb: usize,
) -> Vec<Range<usize>> {
    if c.end <= first_verb {
        return Vec::new();
    }
    // The subject names no event of the clause: "Harbour Trust Announces …".
    let mut start = c.start.max(first_verb + 1);
    let verbs: Vec<usize> = (start..c.end)
        .filter(|&k| is_clause_verb(ctx, reader, k))
        .collect();
    let mut parts = Vec::new();
    for &v in verbs.iter().chain(std::iter::once(&c.end)) {
        let mut s = start;
        for k in start..v {
            let prep = is_connector(ctx.word(k)) && vocab::prep(ctx.word(k)).is_some();
            if prep && k > s && Head::of(ctx.word(k - 1)).is_none() {
                parts.push(s..k);
                s = k;
            }
        }
        parts.push(s..v);
        start = v + 1;
    }
    // Each part opens and ends with a capitalised word.
    parts
        .into_iter()
        .filter_map(|p| {
            let s = p.clone().find(|&k| ctx.is_cap(k))?;
            let e = p.clone().rev().find(|&k| ctx.is_cap(k))? + 1;
            (s < e).then_some(s..e)
        })
        .collect()
}

/// Reads the capitalised chunk `c` as an event's name.
fn name(ctx: &Ctx<'_>, found: &Found, sents: &[Range<usize>], c: Range<usize>, set: &mut FrameSet) {
    {
        let c = after_owner(ctx, found, without_place(ctx, c));
        let sentence = sentence_at(sents, c.start).unwrap_or(c.start..c.start + 1);
        if is_edition(ctx, &c) {
            let f = Frame::new(
                ctx,
                c.clone(),
                EventKind::Conference,
                None,
                Rule::Edition,
                sentence,
            );
            add(set, f);
            return;
        }
        let (first, last) = (ctx.word(c.start), ctx.word(c.end - 1));
        // "the 26th annual Harbour Day": an edition word makes a day a recurring event.
        let edition_before = c
            .start
            .checked_sub(1)
            .is_some_and(|p| is_ordinal(&ctx.word(p).to_lowercase()));
        let observance = (vocab::is(Class::EventObservanceLead, first)
            || edition_before && vocab::is(Class::EventObservanceHead, last))
            && c.len() >= 2
            && (vocab::is(Class::EventObservanceHead, last)
                || c.clone().any(|i| {
                    vocab::is(Class::EventObservanceHead, ctx.word(i))
                        && vocab::prep(ctx.word(i + 1)) == Some(Prep::Of)
                }));
        let head_last = Head::of(last).filter(|_| ctx.is_cap(c.end - 1) && c.len() >= 2);
        let head_inner = c.clone().find_map(|i| {
            let complement = matches!(
                vocab::prep(ctx.word(i + 1)),
                Some(Prep::On | Prep::Of | Prep::For)
            );
            Head::of(ctx.word(i)).filter(|_| ctx.is_cap(i) && complement)
        });
        let (kind, head) = match (head_last, observance, head_inner) {
            (Some((h, k)), _, _) => (k, Some(h)),
            (None, true, _) => (EventKind::Other, None),
            (None, false, Some((h, k))) => (k, Some(h)),
            _ => return,
        };
        if vocab::is(Class::EventGenericHead, first)
            || words::is_stop_capital(first) && c.len() == 1
        {
            return;
        }
        let known_body = found
            .org_covering(c.start)
            .and_then(|o| found.orgs.get(o))
            .is_some_and(|o| {
                o.entry.is_some() && o.tokens.start <= c.start && o.tokens.end >= c.end
            });
        let treaty = head.is_some_and(|h| h.is(Class::EventTreatyHead))
            && c.clone().any(|i| {
                vocab::is(Class::EventTreatyHead, ctx.word(i))
                    && vocab::prep(ctx.word(i + 1)) == Some(Prep::On)
            });
        // "the fourteenth Meeting of the Parties": a numbered meeting of the body.
        let numbered = c
            .start
            .checked_sub(1)
            .is_some_and(|p| is_ordinal(ctx.word(p)));
        if (known_body || treaty) && !numbered {
            return;
        }
        let mut s = c.start;
        while s > 0 && is_ordinal(ctx.word(s - 1)) {
            s -= 1;
        }
        add(
            set,
            Frame::new(ctx, s..c.end, kind, head, Rule::Name, sentence),
        );
    }
}

/// A name without the owner that opens it: "the Harbour Trust's Spring Gala" is named
/// "Spring Gala", its owner a body or person the entity stage found. A possessive of a
/// word that names no one is part of the name ("International Volunteers' Day").
fn after_owner(ctx: &Ctx<'_>, found: &Found, c: Range<usize>) -> Range<usize> {
    let cut = (c.start + 1..c.end.saturating_sub(1))
        .rev()
        .find(|&k| ctx.tok(k).is_some_and(|t| t.kind == Kind::Possessive) && found.covers(k - 1));
    cut.map_or(c.clone(), |k| k + 1..c.end)
}

/// A name without the place that ends it: "the Conference on Coastal Water in Porto" is
/// the conference held in Porto.
fn without_place(ctx: &Ctx<'_>, c: Range<usize>) -> Range<usize> {
    let cut = (c.start + 1..c.end).rev().find(|&k| {
        vocab::prep(ctx.word(k)) == Some(Prep::In)
            && ctx.place_at(k + 1).is_some()
            && (k + 1..c.end).all(|p| ctx.place_at(p).is_some())
    });
    c.start..cut.unwrap_or(c.end)
}

/// Adds the event `f`, or another mention of the event of its name: "the 10th Harbour
/// Summit" is the "Harbour Summit" of this release, under its shorter name. A phrase inside
/// an event's first mention is part of that name, not another event.
pub(super) fn add(set: &mut FrameSet, f: Frame) {
    let r = f.tokens.clone();
    if set.overlaps(&r) {
        return;
    }
    if let Some(k) = set.by_edition(&edition_key(&f.name)) {
        let shorter = set
            .get(k)
            .is_some_and(|g| g.named && f.name.len() < g.name.len());
        if shorter {
            set.rename(k, f.name);
        }
        set.add_mention(k, r);
        return;
    }
    set.push(f);
}

/// Whether a capitalised phrase is a name and a year: an edition of a recurring event
/// ("Expo 2031", "Harbour 2028"), not a plan, a document or a period ("Vision 2040",
/// "FY 2025"), and not a body or a date.
fn is_edition(ctx: &Ctx<'_>, c: &Range<usize>) -> bool {
    if c.len() < 2 || c.len() > MAX_EDITION_WORDS {
        return false;
    }
    if !is_year(ctx.word(c.end - 1)) {
        return false;
    }
    !(c.start..c.end - 1).any(|k| {
        let w = ctx.word(k);
        vocab::is(Class::EventNotEdition, w)
            || ctx
                .hit_of
                .get(k)
                .and_then(|h| ctx.hits.get(h))
                .is_some_and(|h| matches!(h.target, HitTarget::Organisation(_)))
            || words::is_calendar_word(w)
            || words::is_stop_capital(w)
    })
}

/// A year of the last century or this one, as written in a name.
fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|d| d.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

/// "Expo 2031", "Harbour 2028": an edition without a date of its own is in its year.
pub(super) fn date_editions(frames: &mut [Frame]) {
    for f in frames.iter_mut().filter(|f| f.when.is_none() && f.named) {
        let Some(year) = f
            .name
            .rsplit(' ')
            .next()
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<i32>().ok())
        else {
            continue;
        };
        if let (Some(a), Some(b)) = (Date::new(year, 1, 1), Date::new(year, 12, 31)) {
            f.when = Some(When {
                value: EventWhen {
                    start: a,
                    end: b,
                    text: year.to_string(),
                },
                grain: Grain::Year,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn names_with_a_head_last() {
        // (page, events)
        let table: &[(&str, &[&str])] = &[
            (
                "Mayors from twelve towns met at the Harbour Cities Summit on 3 March 2025.",
                &["Harbour Cities Summit [conference] when=2025-03-03"],
            ),
            (
                "The Riverside Growers Forum opened in Lakeport on Monday.",
                &["Riverside Growers Forum [conference] when=2025-03-03 where=Lakeport"],
            ),
            (
                "Ana Ruiz spoke at the Northern Rail Symposium.",
                &["Northern Rail Symposium [conference]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn names_with_a_complement() {
        let table: &[(&str, &[&str])] = &[
            (
                "Delegates attended the Conference on Coastal Water in Porto.",
                &["Conference on Coastal Water [conference] where=Porto"],
            ),
            (
                "The Forum for Young Farmers will be held on 12 May 2025.",
                &["Forum for Young Farmers [conference] when=2025-05-12"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn ordinals_and_editions() {
        let table: &[(&str, &[&str])] = &[
            (
                "The fifth Regional Forum on Tides closed on Friday.",
                &["fifth Regional Forum on Tides [conference] when=2025-02-28"],
            ),
            // A name and a year is an edition, in that year.
            (
                "Exhibitors are preparing for Harbourfest 2027.",
                &["Harbourfest 2027 [conference] when=2027-01-01..2027-12-31"],
            ),
            // Plans and periods with a year are not events.
            (
                "The city published Vision 2040 and its FY 2025 accounts.",
                &[],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn observances() {
        let table: &[(&str, &[&str])] = &[
            (
                "Schools marked World Soil Day on 5 December 2024.",
                &["World Soil Day [other] when=2024-12-05"],
            ),
            (
                "The International Day of Rivers is observed every year.",
                &["International Day of Rivers [other]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn an_edition_word_makes_a_day_an_event() {
        let table: &[(&str, &[&str])] = &[
            (
                "Families can join the 12th annual Kite Day on 5 April 2025.",
                &["12th annual Kite Day [other] when=2025-04-05"],
            ),
            (
                "The third Harbour Cleanup Day drew volunteers.",
                &["third Harbour Cleanup Day [other]"],
            ),
            (
                "Tickets for the annual Robotics Day are free.",
                &["annual Robotics Day [other]"],
            ),
            (
                "The 40th annual Founders Day returns in May 2025.",
                &["40th annual Founders Day [other] when=2025-05-01..2025-05-31"],
            ),
            // Without an edition word a day is a date or a holiday, not an event.
            ("The office is closed on Boxing Day.", &[]),
            ("Polls opened early on Election Day.", &[]),
            ("The library celebrated Founders Day.", &[]),
            // An edition word before a body is no observance.
            (
                "The 12th annual report of the Day Centre was published.",
                &[],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn title_case_clauses_are_read_in_parts() {
        let table: &[(&str, &[&str])] = &[
            // The object after the verb is the event's name; the subject is none.
            (
                "Harbour Board Opens Annual Ferry Festival",
                &["Annual Ferry Festival [other]"],
            ),
            (
                "Vantor Labs to Host the Regional Water Summit\n\nVantor Labs makes sensors for water utilities.",
                &["Regional Water Summit [conference] org=Vantor Labs"],
            ),
            // The object's head is no event's: its complement names a class of events.
            (
                "The Riverside Book Fair Joins the Growing Calendar of Autumn Literary Fairs",
                &[],
            ),
            // A base form after "to" is a verb; a generic head refers, it names nothing.
            (
                "Vantor Labs to Showcase New Sensors at Booths Ahead of the Flagship Event",
                &[],
            ),
            // A Title Case line without a verb is a name.
            (
                "Lakeport Spring Lantern Festival",
                &["Lakeport Spring Lantern Festival [other]"],
            ),
        ];
        for (line, want) in table {
            assert_eq!(events(line, PUB), *want, "{line}");
        }
    }

    #[test]
    fn not_names() {
        let table: &[(&str, &[&str])] = &[
            // A treaty is named with an event head.
            ("The Convention on Migratory Fish entered into force.", &[]),
            // A label, not a name.
            ("Event Details", &[]),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
