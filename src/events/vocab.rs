//! Typed views of the event stage's word classes (`src/lexicon/data/events.tsv`).
//!
//! The classes hold the vocabulary; the value column names a variant of one of the enums
//! below (as serde writes it), so the grammar matches on variants and never on words.

use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::Deserialize;

use crate::lexicon::{self, Class};

/// The value of `word`'s entry in `class`, read as a `T`.
fn typed<T: for<'de> Deserialize<'de>>(class: Class, word: &str) -> Option<T> {
    let v = lexicon::value(class, word)?;
    T::deserialize(StrDeserializer::<ValueError>::new(v)).ok()
}

/// A preposition, told apart where the event grammar treats it on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Prep {
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
    Other,
}

pub(super) fn prep(word: &str) -> Option<Prep> {
    typed(Class::EventPreposition, word)
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
    /// A verb of agency that fills no slot but ends a list of partners ("led by").
    Other,
}

pub(super) fn verb(word: &str) -> Option<VerbSlot> {
    typed(Class::EventVerb, word)
}

/// How a partner cue stands before "with" (`event_partner_cue`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum PartnerCue {
    /// "together with X".
    Adverb,
    /// "partnering with X".
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
    Interrogative,
}

pub(super) fn determiner(word: &str) -> Option<Determiner> {
    typed(Class::EventDeterminer, word)
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

pub(super) fn advisory_label(word: &str) -> Option<AdvisorySlot> {
    typed(Class::EventAdvisoryLabel, word)
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
        check::<Prep>(Class::EventPreposition);
        check::<VerbSlot>(Class::EventVerb);
        check::<PartnerCue>(Class::EventPartnerCue);
        check::<Determiner>(Class::EventDeterminer);
        check::<TitleCue>(Class::EventTitleCue);
        check::<AgendaItem>(Class::EventAgendaVerb);
        check::<FutureCue>(Class::EventFutureCue);
        check::<AdvisorySlot>(Class::EventAdvisoryLabel);
        for (entry, value) in entries(Class::EventModifier).filter(|(_, v)| !v.is_empty()) {
            assert!(
                lexicon::kind_value(Class::EventModifier, entry).is_some(),
                "event_modifier `{entry}`: `{value}` is no EventKind"
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
        assert_eq!(determiner("its"), Some(Determiner::Definite));
        assert_eq!(title_cue("theme of"), Some(TitleCue::Quoted));
        assert_eq!(title_cue("titled"), Some(TitleCue::Any));
        assert_eq!(agenda_word("discuss"), Some(AgendaItem::Debate));
        assert_eq!(future_cue("will"), Some(FutureCue::Any));
        assert_eq!(advisory_label("WHERE"), Some(AdvisorySlot::Where));
        assert_eq!(advisory_label("Venue"), Some(AdvisorySlot::Where));
    }
}
