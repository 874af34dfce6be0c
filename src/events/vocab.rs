//! Typed views of the event stage's word classes (`src/lexicon/data/events.tsv`).
//!
//! The classes hold the vocabulary; the value column names a variant of one of the enums
//! below (as serde writes it), so the grammar matches on variants and never on words.

use std::collections::HashMap;

use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::Deserialize;

use crate::entities::tokens::Kind;
use crate::entities::Ctx;
use crate::lexicon::{self, Class};
use crate::model::EventKind;

use super::frame::{is_ordinal, Head};

/// The value of `word`'s entry in `class`, read as a `T`.
fn typed<T: for<'de> Deserialize<'de>>(class: Class, word: &str) -> Option<T> {
    read(lexicon::value(class, word)?)
}

/// A value cell read as a `T`.
fn read<T: for<'de> Deserialize<'de>>(v: &str) -> Option<T> {
    T::deserialize(StrDeserializer::<ValueError>::new(v)).ok()
}

pub(super) use crate::lexicon::Prep;

pub(super) fn prep(word: &str) -> Option<Prep> {
    lexicon::preposition(word)
}

/// The slot a verb fills (`event_verb`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum VerbSlot {
    /// "organised by X", "X convened the forum".
    Organiser,
    /// "hosted by X": the organiser, or the chair when a person hosts a session.
    Host,
    /// "co-hosted by X": a co-organiser, or the organiser when no other is named.
    CoHost,
    /// "co-organised by X".
    CoOrganiser,
    /// "chaired by X", "X moderated the panel".
    Chair,
    /// "attended by X", "X joined the meeting".
    Participant,
    /// "X gathered for a conference", "X met at the summit".
    Gathering,
    /// "X invites families to its spring fair": the one who invites to an event holds it.
    Inviter,
    /// A verb of agency that fills no slot but ends a list of partners ("led by").
    Other,
}

pub(super) fn verb(word: &str) -> Option<VerbSlot> {
    typed(Class::EventVerb, word)
}

/// The slot a noun of the part played names (`event_agent_noun`): "the organiser of …".
pub(super) fn agent_noun(word: &str) -> Option<VerbSlot> {
    typed(Class::EventAgentNoun, word)
}

/// How a partner cue stands before "with" (`event_partner_cue`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum PartnerCue {
    /// "together with X".
    Adverb,
    /// "teaming with X".
    Verb,
    /// "in partnership with X".
    Noun,
}

pub(super) fn partner_cue(word: &str) -> Option<PartnerCue> {
    typed(Class::EventPartnerCue, word)
}

/// A determiner's kind (`event_determiner`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Determiner {
    Definite,
    Indefinite,
    /// A number or quantifier ("two side events", "several meetings").
    Quantifier,
    Interrogative,
}

/// Which titles a title cue introduces (`event_title_cue`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum TitleCue {
    /// Quoted titles and titles in Title Case ("a forum titled Water for Cities").
    Any,
    /// Quoted titles only: "named" and "called" also name people and posts.
    Quoted,
}

pub(super) fn title_cue(phrase: &str) -> Option<TitleCue> {
    typed(Class::EventTitleCue, phrase)
}

/// The item an agenda word announces (`event_agenda_verb`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum AgendaItem {
    Debate,
    Vote,
}

pub(super) fn agenda_word(word: &str) -> Option<AgendaItem> {
    typed(Class::EventAgendaVerb, word)
}

/// Which items a future cue puts in the future (`event_future_cue`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum FutureCue {
    /// Any item: "will", "scheduled".
    Any,
    /// Any item, before "to": "is set to vote", "expected to debate".
    Infinitive,
    /// Debates only: "to debate" is to come, "voted to" is not.
    Debate,
}

pub(super) fn future_cue(word: &str) -> Option<FutureCue> {
    typed(Class::EventFutureCue, word)
}

/// The slot a media advisory's label fills (`event_advisory_label`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum AdvisorySlot {
    What,
    When,
    Where,
}

/// The kind of event a verb of `event_action_verb` reports ("met": a meeting).
pub(super) fn action_verb(word: &str) -> Option<EventKind> {
    typed(Class::EventActionVerb, word)
}

pub(super) fn advisory_label(word: &str) -> Option<AdvisorySlot> {
    typed(Class::EventAdvisoryLabel, word)
}

/// The word classes of one token.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Tag {
    /// The event head the token is, with the kind it names.
    pub head: Option<(Head, EventKind)>,
    /// Whether the token can modify an event head, and the kind it gives the phrase.
    pub modifier: bool,
    pub modifier_kind: Option<EventKind>,
    pub prep: Option<Prep>,
    pub verb: Option<VerbSlot>,
    pub partner: Option<PartnerCue>,
    pub determiner: Option<Determiner>,
    pub conjunction: bool,
    pub relative: bool,
    pub auxiliary: bool,
    pub opener: bool,
    pub within: bool,
}

/// The word classes of every token, looked up once. The slot rules read a token's classes
/// once for each mention whose window holds it: a table makes that a load, not a search.
/// Each token holds the number of its spelling's classes in `classes` (MEM: four bytes a
/// token, where a `Tag` a token was most of the events stage's memory on a long text).
#[derive(Debug)]
pub(super) struct Tags {
    of_token: Vec<u32>,
    classes: Vec<Tag>,
}

impl Tags {
    pub fn new(ctx: &Ctx<'_>) -> Tags {
        // PERF: a token's classes are those of its spelling, and a text spells few words
        // many times ("the", "of", "meeting"): each spelling is looked up once.
        let mut seen: HashMap<(&str, bool), u32> = HashMap::new();
        let mut classes = Vec::new();
        let of_token = (0..ctx.tokens.len())
            .map(|i| {
                let w = ctx.word(i);
                let is_word = ctx.tok(i).is_some_and(|t| t.kind == Kind::Word);
                *seen.entry((w, is_word)).or_insert_with(|| {
                    classes.push(Tags::of(w, is_word));
                    // A text of more than four billion spellings is over every input limit.
                    u32::try_from(classes.len() - 1).unwrap_or(u32::MAX)
                })
            })
            .collect();
        Tags { of_token, classes }
    }

    /// The classes of a token spelt `w`, a word or not.
    fn of(w: &str, is_word: bool) -> Tag {
        let folded = lexicon::fold(w);
        let value = |class| lexicon::value_prefolded(class, w, &folded);
        if !is_word {
            return Tag {
                conjunction: value(Class::ListConjunction).is_some(),
                ..Tag::default()
            };
        }
        let modifier_value = value(Class::EventModifier);
        Tag {
            head: Head::of(w),
            modifier: modifier_value.is_some()
                || is_ordinal(w)
                || lexicon::entries(Class::EventModifierSuffix)
                    .any(|(suffix, _)| folded.ends_with(suffix)),
            modifier_kind: modifier_value.and_then(read),
            prep: value(Class::Preposition).and_then(lexicon::preposition_of_value),
            verb: value(Class::EventVerb).and_then(read),
            partner: value(Class::EventPartnerCue).and_then(read),
            determiner: value(Class::Determiner)
                .or_else(|| value(Class::Article))
                .and_then(read),
            conjunction: value(Class::ListConjunction).is_some(),
            relative: value(Class::RelativePronoun)
                .or_else(|| value(Class::RelativeAdverb))
                .is_some(),
            auxiliary: value(Class::EventAuxiliary).is_some(),
            opener: value(Class::EventClauseOpener).is_some(),
            within: value(Class::EventWithinNoun).is_some(),
        }
    }

    /// The classes of token `i` (none past the end).
    pub fn at(&self, i: usize) -> Tag {
        self.of_token
            .get(i)
            .and_then(|&c| self.classes.get(c as usize))
            .copied()
            .unwrap_or_default()
    }
}

/// Whether `word` opens a relative clause (a relative pronoun or adverb).
pub(super) fn is_relative_word(word: &str) -> bool {
    lexicon::contains(Class::RelativePronoun, word)
        || lexicon::contains(Class::RelativeAdverb, word)
}

/// Whether `word` is in `class`.
pub(super) fn is(class: Class, word: &str) -> bool {
    lexicon::contains(class, word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::entries;

    /// Every value of a typed class reads as its enum: a typo in the data fails here, not
    /// silently in a page.
    #[test]
    fn values_read_as_their_enums() {
        fn check<T: for<'de> Deserialize<'de>>(class: Class) {
            for (entry, _) in entries(class) {
                assert!(typed::<T>(class, entry).is_some(), "{class:?} `{entry}`");
            }
        }
        check::<Prep>(Class::Preposition);
        check::<VerbSlot>(Class::EventVerb);
        check::<VerbSlot>(Class::EventAgentNoun);
        check::<PartnerCue>(Class::EventPartnerCue);
        check::<Determiner>(Class::Determiner);
        check::<Determiner>(Class::Article);
        check::<TitleCue>(Class::EventTitleCue);
        check::<AgendaItem>(Class::EventAgendaVerb);
        check::<FutureCue>(Class::EventFutureCue);
        check::<AdvisorySlot>(Class::EventAdvisoryLabel);
        for (entry, value) in entries(Class::EventModifier).filter(|(_, v)| !v.is_empty()) {
            assert!(
                super::super::frame::kind(value).is_some(),
                "event_modifier `{entry}`: `{value}` is no EventKind"
            );
        }
        for (entry, value) in entries(Class::EventHead) {
            assert!(
                super::super::frame::kind(value).is_some(),
                "event_head `{entry}`: `{value}` is no EventKind"
            );
        }
    }

    #[test]
    fn words_read_as_their_kinds() {
        // (word, expected)
        assert_eq!(prep("of"), Some(Prep::Of));
        assert_eq!(prep("Throughout"), Some(Prep::Other));
        assert_eq!(prep("conference"), None);
        assert_eq!(verb("co-hosted"), Some(VerbSlot::CoHost));
        assert_eq!(verb("Chaired"), Some(VerbSlot::Chair));
        assert_eq!(verb("said"), None);
        assert_eq!(partner_cue("together"), Some(PartnerCue::Adverb));
        assert_eq!(typed(Class::Determiner, "its"), Some(Determiner::Definite));
        assert_eq!(title_cue("theme of"), Some(TitleCue::Quoted));
        assert_eq!(title_cue("titled"), Some(TitleCue::Any));
        assert_eq!(agenda_word("discuss"), Some(AgendaItem::Debate));
        assert_eq!(future_cue("will"), Some(FutureCue::Any));
        assert_eq!(advisory_label("WHERE"), Some(AdvisorySlot::Where));
        assert_eq!(advisory_label("Venue"), Some(AdvisorySlot::Where));
    }
}
