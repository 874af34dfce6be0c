//! The body that issues the release, and the events it holds itself.
//!
//! A release speaks for its publisher. A wire release closes with "About X" on a line of
//! its own; otherwise the lead sentence (or the headline) opens with the publisher as its
//! subject ("LAKEPORT – The Harbour Trust today announced …", "Harbour Trust Hosts Spring
//! Fair"). The release calls its own events "our …", and announces them in clauses whose
//! subject is the publisher. Such an event is held by the publisher when no sentence names
//! another organiser.
//!
//! Not the publisher's: an event it attends, joins or speaks at (`event_attendance_verb`:
//! "the Trust joined the regional summit"); an event that is only the setting of the
//! clause ("the Trust unveiled its plan at the regional summit", "took part in the forum");
//! an event in a clause whose subject is another body or a person.

use std::collections::HashMap;
use std::ops::Range;

use crate::entities::tokens::Kind;
use crate::entities::Ctx;
use crate::lexicon::Class;

use super::clauses::{is_char, Reader};
use super::frame::Frame;
use super::vocab::{self, Prep, VerbSlot};

/// How many sentences of the page's top the lead may be in: the headline, a subheading,
/// a caption or two, the dateline sentence.
const LEAD_SENTENCES: usize = 8;
/// How many tokens a dateline opener before the lead's subject may have
/// ("SAN FRANCISCO (March 3, 2025) –").
const OPENER_TOKENS: usize = 14;
/// The most words a headline's subject may have ("Harbour County Water and Sewer District").
const HEADLINE_SUBJECT_WORDS: usize = 8;

/// The publisher of the page: the company of its "About X" section, else the body that
/// opens the first sentence of its top that opens with a body.
pub(super) fn find(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    names: &Names<'_>,
    sents: &[Range<usize>],
) -> Option<String> {
    about_section(ctx, reader).or_else(|| {
        sents
            .iter()
            .take(LEAD_SENTENCES)
            .find_map(|s| opening_body(ctx, reader, names, s).map(|(name, _)| name))
    })
}

/// Every written form of the page's organisations (name, acronym, each mention) to the
/// organisation's name: built once, so that a headline's subject is one look-up, not a
/// scan over every mention for each event.
pub(super) struct Names<'a> {
    /// Forms as written.
    exact: HashMap<&'a str, &'a str>,
    /// Names in lowercase, matched in any case.
    folded: HashMap<String, &'a str>,
}

impl<'a> Names<'a> {
    pub(super) fn new(reader: &'a Reader<'_>) -> Names<'a> {
        let mut exact = HashMap::new();
        let mut folded = HashMap::new();
        for o in &reader.resolved.organisations {
            let name = o.name.as_str();
            folded.entry(name.to_ascii_lowercase()).or_insert(name);
            if let Some(a) = o.acronym.as_deref() {
                exact.entry(a).or_insert(name);
            }
            for m in &o.mentions {
                exact.entry(m.text.as_str()).or_insert(name);
            }
        }
        Names { exact, folded }
    }

    fn get(&self, words: &str) -> Option<&'a str> {
        self.folded
            .get(&words.to_ascii_lowercase())
            .or_else(|| self.exact.get(words))
            .copied()
    }
}

/// "About X" on a line of its own, X an organisation: the wire release's boilerplate. A
/// release may describe its event, a partner or a speaker in "About" sections of their own
/// before its publisher's, which closes the release: the last one is the publisher's.
fn about_section(ctx: &Ctx<'_>, reader: &Reader<'_>) -> Option<String> {
    let n = ctx.tokens.len();
    (1..n).rev().find_map(|i| {
        let line_start = i == 1 || ctx.tok(i - 2).is_some_and(|t| t.kind == Kind::Break);
        if !line_start || !vocab::is(Class::AboutLabel, ctx.word(i - 1)) {
            return None;
        }
        let mut start = i;
        if ctx.is_word(start, "the") {
            start += 1;
        }
        let k = reader.found.org_covering(start)?;
        let o = reader.found.orgs.get(k)?;
        // The organisation's mention may hold the article ("About the Harbour Trust").
        let alone = (i..=start).contains(&o.tokens.start)
            && ctx.tok(o.tokens.end).is_none_or(|t| t.kind == Kind::Break);
        alone.then(|| org_name(reader, k)).flatten()
    })
}

/// The organisation `k` of the found mentions, by its resolved name.
fn org_name(reader: &Reader<'_>, k: usize) -> Option<String> {
    reader
        .resolved
        .org_of_mention
        .get(k)
        .and_then(|&x| reader.resolved.organisations.get(x))
        .map(|x| x.name.clone())
}

/// The organisation that opens sentence `s` as its subject, after a dateline opener and
/// "the", with the token after it.
fn opening_body(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    names: &Names<'_>,
    s: &Range<usize>,
) -> Option<(String, usize)> {
    let mut start = s.start;
    // The last dash of the opener: a wire's name between two ("LAKEPORT - Harbour Wire -
    // 3 March 2025 - …") is the carrier's, not the subject.
    if let Some(d) = (s.start..s.end.min(s.start + OPENER_TOKENS)).rfind(|&k| is_dash(ctx, k)) {
        start = d + 1;
    }
    if ctx.is_word(start, "the") {
        start += 1;
    }
    if let Some(k) = reader.found.org_covering(start) {
        let o = reader.found.orgs.get(k)?;
        if o.tokens.start != start || o.tokens.end >= s.end {
            return None;
        }
        return Some((org_name(reader, k)?, o.tokens.end));
    }
    subject_by_name(ctx, reader, names, start, s)
}

/// The subject of a Title Case headline, which the entity stage reads as one capitalised
/// run ("Harbour Trust Hosts Annual Gala"): the words before its verb, when they are the
/// name or the acronym of an organisation the release names elsewhere.
fn subject_by_name(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    names: &Names<'_>,
    start: usize,
    s: &Range<usize>,
) -> Option<(String, usize)> {
    let verb = (start + 1..s.end.min(start + HEADLINE_SUBJECT_WORDS + 1))
        .find(|&k| ctx.is_cap(k) && is_headline_verb(ctx, reader, k))?;
    // "Harbour Trust to Host …", "Harbour Trust Will Host …".
    let mut end = verb;
    while end > start && (ctx.is_word(end - 1, "to") || ctx.is_word(end - 1, "will")) {
        end -= 1;
    }
    if end == start {
        return None;
    }
    let words = crate::document::normalise(ctx.slice(&(start..end)));
    Some((names.get(&words)?.to_owned(), end))
}

/// Whether token `k` is a verb that splits a headline's subject from its object.
fn is_headline_verb(ctx: &Ctx<'_>, reader: &Reader<'_>, k: usize) -> bool {
    reader.tag(k).verb.is_some()
        || vocab::is(Class::EventHeadlineVerb, ctx.word(k))
        || vocab::is(Class::EventAttendanceVerb, ctx.word(k))
}

fn is_dash(ctx: &Ctx<'_>, k: usize) -> bool {
    ["—", "–", "--", "-"].iter().any(|d| ctx.is_punct(k, d))
}

/// Gives the publisher to each event it holds itself that names no organiser.
pub(super) fn assign(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    names: &Names<'_>,
    sents: &[Range<usize>],
    publisher: Option<&str>,
    frames: &mut [Frame],
) {
    let Some(publisher) = publisher else {
        return;
    };
    for f in frames.iter_mut() {
        // An event told by its verb ("the Trust met with …", "signed a memorandum") has
        // the subject among its participants already.
        let told_by_verb = vocab::action_verb(ctx.word(f.tokens.start)).is_some();
        if told_by_verb
            || !f.organisers.is_empty()
            || f.co_organisers.iter().any(|c| c == publisher)
        {
            continue;
        }
        let own = f.mentions.iter().any(|m| {
            ours(ctx, m)
                || first_person(ctx, reader, m)
                || announced_by(ctx, reader, names, sents, publisher, m)
        });
        if own {
            f.organisers.push(publisher.to_owned());
        }
    }
}

/// "our annual gala", "our 12th Spring Fair": the release's own event.
fn ours(ctx: &Ctx<'_>, m: &Range<usize>) -> bool {
    ctx.is_word(m.start, "our") || (m.start > 0 && ctx.is_word(m.start - 1, "our"))
}

/// The release's own voice holding the event: "We will host the annual gala", "we are
/// proudly present our spring fair", "Join us at the regional forum". The event's phrase
/// (past its determiners and modifiers) is the object of a verb of holding whose subject
/// is "we", with only auxiliaries, "to" and adverbs between; or of "at", "for" or "to"
/// right after "join us" or "invite you". Known non-cases: "we attended the forum", "we
/// met at the forum" (no verb of holding), "join them at the forum" (another's voice).
fn first_person(ctx: &Ctx<'_>, reader: &Reader<'_>, m: &Range<usize>) -> bool {
    let mut j = m.start;
    while j > 0 {
        let tag = reader.tag(j - 1);
        if tag.determiner.is_some() || tag.modifier || ctx.is_word(j - 1, "our") {
            j -= 1;
        } else {
            break;
        }
    }
    let Some(v) = j.checked_sub(1) else {
        return false;
    };
    let holds = matches!(
        reader.tag(v).verb,
        Some(VerbSlot::Organiser | VerbSlot::Host | VerbSlot::CoHost)
    );
    if holds {
        let mut k = v;
        while k > 0 {
            let w = ctx.word(k - 1);
            if reader.tag(k - 1).auxiliary || w == "to" || w.ends_with("ly") {
                k -= 1;
            } else {
                break;
            }
        }
        return k > 0 && vocab::is(Class::EventWePronoun, &ctx.word(k - 1).to_lowercase());
    }
    // "Join us at the forum", "we invite you to our gala".
    let place = matches!(reader.tag(v).prep, Some(Prep::At | Prep::For | Prep::To));
    let guest = v
        .checked_sub(1)
        .is_some_and(|g| ctx.is_word(g, "us") || ctx.is_word(g, "you"));
    let invites = v.checked_sub(2).is_some_and(|k| {
        matches!(
            reader.tag(k).verb,
            Some(VerbSlot::Participant | VerbSlot::Inviter)
        )
    });
    place && guest && invites
}

/// Whether the mention `m` is the object of a clause whose subject opens its sentence and
/// is the publisher: "The Trust will hold its spring fair", "Harbour Trust Announces
/// Spring Fair". Its verb is none of attending, and no preposition other than "for" and
/// "to" stands before the event's phrase: "at", "in", "during" make it the setting, "of"
/// another thing's ("welcomed the outcome of the forum").
fn announced_by(
    ctx: &Ctx<'_>,
    reader: &Reader<'_>,
    names: &Names<'_>,
    sents: &[Range<usize>],
    publisher: &str,
    m: &Range<usize>,
) -> bool {
    let Some(s) = super::clauses::sentence_at(sents, m.start) else {
        return false;
    };
    let Some((subject, end)) = opening_body(ctx, reader, names, &s) else {
        return false;
    };
    if subject != publisher || end > m.start {
        return false;
    }
    let between = end..m.start;
    let attends = between
        .clone()
        .any(|j| vocab::is(Class::EventAttendanceVerb, ctx.word(j)));
    let clause_break = between
        .clone()
        .any(|j| is_char(ctx, j, ';') || is_char(ctx, j, ':'));
    // The word before the event's phrase, past its determiners and modifiers.
    let mut j = m.start;
    while j > end {
        let tag = reader.tag(j - 1);
        if tag.determiner.is_some() || tag.modifier || ctx.is_word(j - 1, "its") {
            j -= 1;
        } else {
            break;
        }
    }
    let setting = j > end
        && reader
            .tag(j - 1)
            .prep
            .is_some_and(|p| !matches!(p, Prep::For | Prep::To));
    !attends && !clause_break && !setting
}

#[cfg(test)]
mod tests {
    use super::super::tests::{events, PUB};

    #[test]
    fn the_publisher_holds_what_it_announces() {
        let table: &[(&str, &[&str])] = &[
            // The headline's subject announces its fair.
            (
                "Spring news\nLAKEPORT – The Harbour Trust announced its annual fair for coastal schools.",
                &["annual fair [conference] org=Harbour Trust"],
            ),
            // The lead's subject, after a dateline.
            (
                "Spring news\nLAKEPORT – The Northwind Foundation will open a photography exhibition on 12 April 2025.",
                &["photography exhibition [conference] when=2025-04-12 org=Northwind Foundation"],
            ),
            // "our" names the release's own event.
            (
                "The Northwind Foundation thanks its volunteers.\nOur annual gala raised funds for schools.",
                &["annual gala [other] org=Northwind Foundation"],
            ),
            // The wire release's "About X" names the publisher.
            (
                "Spring news\nRegistration opens for our technical workshop on 9 June 2025.\nAbout Vantor Systems\nVantor Systems builds ferries.",
                &["technical workshop [workshop] when=2025-06-09 org=Vantor Systems"],
            ),
            // Of several "About" sections, the last is the publisher's.
            (
                "Spring news\nRegistration opens for our technical workshop on 9 June 2025.\nAbout the Ocean Science Institute\nThe Ocean Science Institute studies tides.\nAbout Vantor Systems\nVantor Systems builds ferries.",
                &["technical workshop [workshop] when=2025-06-09 org=Vantor Systems"],
            ),
            (
                "Spring news\nJoin our annual gala on 9 June 2025.\nAbout Ana Ruiz\nAna Ruiz paints harbours.\nAbout the Northwind Foundation\nThe Northwind Foundation funds schools.",
                &["annual gala [other] when=2025-06-09 org=Northwind Foundation"],
            ),
            // The release's own voice holds it.
            (
                "Spring news\nLAKEPORT – The Harbour Trust announced new grants for schools. We will host the annual gala on 9 June 2025.",
                &["annual gala [other] when=2025-06-09 org=Harbour Trust"],
            ),
            (
                "Spring news\nLAKEPORT – The Harbour Trust announced new grants for schools. Join us at the regional forum in Porto.",
                &["regional forum [conference] where=Porto org=Harbour Trust"],
            ),
            (
                "Spring news\nLAKEPORT – The Harbour Trust announced new grants for schools. We will proudly present the annual fair.",
                &["annual fair [conference] org=Harbour Trust"],
            ),
            (
                "Spring news\nLAKEPORT – The Harbour Trust announced new grants for schools. We invite you to the technical workshop on 9 June 2025.",
                &["technical workshop [workshop] when=2025-06-09 org=Harbour Trust"],
            ),
            // Another organiser named in the text stands.
            (
                "Spring news\nThe Northwind Foundation announced a regional forum. The forum is organised by the Ministry of Water.",
                &["regional forum [conference] org=Ministry of Water"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }

    #[test]
    fn not_the_publishers_events() {
        let table: &[(&str, &[&str])] = &[
            // Attending is not holding.
            (
                "The Northwind Foundation attended the regional forum in Porto.",
                &["regional forum [conference] where=Porto part=Northwind Foundation"],
            ),
            (
                "The Northwind Foundation participates in the annual summit.",
                &["annual summit [conference]"],
            ),
            // A part played in another's event.
            (
                "The Northwind Foundation was named media partner of the annual summit.",
                &["annual summit [conference]"],
            ),
            // An event that is only the setting of the clause.
            (
                "The Northwind Foundation unveiled its water plan at the regional forum.",
                &["regional forum [conference]"],
            ),
            // The release's voice attends another's event.
            (
                "Spring news\nLAKEPORT – The Harbour Trust announced new grants for schools. We attended the regional forum in Porto.",
                &["regional forum [conference] where=Porto"],
            ),
            (
                "Spring news\nLAKEPORT – The Harbour Trust announced new grants for schools. Join them at the regional forum in Porto.",
                &["regional forum [conference] where=Porto"],
            ),
            // A person's clause gives no publisher's event.
            (
                "Ana Ruiz spoke about the annual summit.",
                &["annual summit [conference]"],
            ),
            // The body of a later sentence is no publisher.
            (
                "Spring news\nFamilies came to the park. Later the Northwind Foundation closed the annual fair.",
                &["annual fair [conference]"],
            ),
        ];
        for (page, want) in table {
            assert_eq!(events(page, PUB), *want, "{page}");
        }
    }
}
