//! Closed word classes the recognisers consult: words that open sentences but never
//! names, speech verbs, honorifics, prepositions, class nouns that announce an
//! organisation.
//!
//! The words are data (`src/lexicon/data/words.tsv`); this module holds only the typed
//! views the grammars use, and the few rules of form (a final dot, a regular plural) that
//! let one entry match its written variants.

use crate::lexicon::{self, Class};
use crate::model::OrganisationKind;

/// Capitalised words that are not names: sentence openers, pronouns, determiners,
/// calendar words. A name candidate never starts or consists of one of these.
pub(crate) fn is_stop_capital(word: &str) -> bool {
    lexicon::contains(Class::StopCapital, word)
}

/// A capitalised adverb or calendar word that opens a clause before its subject ("Later",
/// "Tuesday", "May"): a name right after it starts there. Not an opener: an article or an
/// ordinal ("The", "New"), which begin other names ("The Harbour Inn", "New Quay").
pub(crate) fn is_clause_opener(word: &str) -> bool {
    matches!(
        lexicon::value(Class::StopCapital, word),
        Some(group) if group == ADVERB || group == CALENDAR
    )
}

/// The groups of `stop_capital` that open clauses.
const ADVERB: &str = "adverb";
const CALENDAR: &str = "calendar";

/// Verbs that introduce or close a quotation: the person next to them is the speaker.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    lexicon::contains(Class::SpeechVerb, word)
}

/// Whether the name right after a speech verb is its speaker ("said Jane Roe"), not its
/// object ("welcomed Jane Roe", "thanked Jane Roe").
pub(crate) fn speaker_may_follow(word: &str) -> bool {
    lexicon::value(Class::SpeechVerb, word) == Some("either")
}

/// Honorifics dropped from names (`Mr.`, `H.E.`); the next words are a person.
pub(crate) fn is_honorific(word: &str) -> bool {
    lexicon::contains(Class::Honorific, word.trim_end_matches('.'))
}

/// An article (`the`, `a`, `an`), in any case.
pub(crate) fn is_article(word: &str) -> bool {
    lexicon::contains(Class::Article, word)
}

/// An article or a determiner pronoun ("the", "every", "its", "this"): a noun phrase
/// opens with it.
pub(crate) fn is_determiner(word: &str) -> bool {
    is_article(word) || lexicon::value(Class::StopCapital, word) == Some(PRONOUN)
}

/// The group of `stop_capital` that holds pronouns and determiners.
const PRONOUN: &str = "pronoun";

/// A relative pronoun (`that`, `which`, `who`): a relative clause starts here.
pub(crate) fn is_relative_pronoun(word: &str) -> bool {
    lexicon::contains(Class::RelativePronoun, word)
}

pub(crate) use crate::lexicon::Prep;

/// The preposition `word` is, when written in lowercase as inside a sentence ("of", not
/// "Of" in a Title Case name). The entity grammars tell apart the prepositions of place,
/// remit and employer; those of agency and time ("by", "from", "during", "over") are
/// [`Prep::Other`] to them.
pub(crate) fn prep(word: &str) -> Option<Prep> {
    if word.starts_with(char::is_uppercase) {
        return None;
    }
    Some(match lexicon::preposition(word)? {
        Prep::By | Prep::During | Prep::From | Prep::Over => Prep::Other,
        p => p,
    })
}

/// Whether `word` is one of `preps`.
pub(crate) fn is_prep(word: &str, preps: &[Prep]) -> bool {
    prep(word).is_some_and(|p| preps.contains(&p))
}

/// Nouns that, in apposition or before a list, say the names are organisations:
/// "Brightline, a non-profit organisation", "companies like Vantor".
/// Singular or regular plural ("companies", "firms", "businesses").
pub(crate) fn org_class_noun(word: &str) -> Option<OrganisationKind> {
    let value = lexicon::value(Class::OrgClassNoun, word).or_else(|| {
        let singular = |w: &str| lexicon::value(Class::OrgClassNoun, w);
        let stem = word.strip_suffix('s')?;
        singular(stem)
            .or_else(|| stem.strip_suffix('e').and_then(singular))
            .or_else(|| {
                let y = format!("{}y", stem.strip_suffix("ie")?);
                singular(&y)
            })
    })?;
    organisation_kind(value)
}

/// The [`OrganisationKind`] a value cell names, as the JSON writes it (`un_entity`).
pub(crate) fn organisation_kind(name: &str) -> Option<OrganisationKind> {
    serde_json::from_value(serde_json::Value::String(name.to_string())).ok()
}

/// Month and weekday names: a name never continues into one ("the Council on Friday").
pub(crate) fn is_calendar_word(word: &str) -> bool {
    crate::date::vocab::month_en(word).is_some() || crate::date::vocab::weekday_en(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use OrganisationKind as K;

    #[test]
    fn class_nouns_singular_and_plural() {
        // (word, kind)
        let table = [
            ("company", Some(K::Company)),
            ("companies", Some(K::Company)),
            ("Firms", Some(K::Company)),
            ("businesses", Some(K::Company)),
            ("universities", Some(K::Academic)),
            ("bodies", Some(K::Other)),
            ("ngos", Some(K::Ngo)),
            ("agencies", Some(K::Government)),
            ("broadcaster", Some(K::Media)),
            ("people", None),
            ("compan", None),
            ("s", None),
            ("", None),
        ];
        for (word, kind) in table {
            assert_eq!(org_class_noun(word), kind, "{word}");
        }
    }

    #[test]
    fn every_preposition_has_its_kind() {
        for (entry, _) in lexicon::entries(Class::Preposition) {
            assert!(prep(entry).is_some(), "{entry}");
        }
    }

    /// The value columns the code reads hold only the values it knows.
    #[test]
    fn value_columns_hold_known_values() {
        // (class, allowed values)
        let table: [(Class, &[&str]); 4] = [
            (
                Class::StopCapital,
                &[
                    "function",
                    "pronoun",
                    "adverb",
                    "ordinal",
                    "calendar",
                    "honorific",
                    "address",
                    "furniture",
                ],
            ),
            (Class::SpeechVerb, &["either", "before"]),
            (Class::CompanyLegalForm, &["", "caps"]),
            (Class::Honorific, &[""]),
        ];
        for (class, allowed) in table {
            for (entry, value) in lexicon::entries(class) {
                assert!(allowed.contains(&value), "{class:?} {entry}: {value}");
            }
        }
        // The groups the code names are groups of the data.
        for group in [ADVERB, CALENDAR, PRONOUN] {
            assert!(
                lexicon::entries(Class::StopCapital).any(|(_, v)| v == group),
                "{group}"
            );
        }
    }

    #[test]
    fn determiners_and_clause_openers() {
        for w in ["the", "The", "every", "its", "this", "a"] {
            assert!(is_determiner(w), "{w}");
        }
        for w in ["by", "Today", "said", "Council"] {
            assert!(!is_determiner(w), "{w}");
        }
        for w in ["Today", "Later", "Tuesday", "May"] {
            assert!(is_clause_opener(w), "{w}");
        }
        for w in ["The", "New", "Jane", "In"] {
            assert!(!is_clause_opener(w), "{w}");
        }
    }

    #[test]
    fn every_class_noun_names_a_kind() {
        for (entry, kind) in lexicon::entries(Class::OrgClassNoun) {
            assert!(organisation_kind(kind).is_some(), "{entry}: {kind}");
        }
    }

    #[test]
    fn prepositions_are_lowercase_words() {
        // (word, preposition)
        let table = [
            ("of", Some(Prep::Of)),
            ("for", Some(Prep::For)),
            ("with", Some(Prep::With)),
            ("from", Some(Prep::Other)),
            ("Of", None),
            ("For", None),
            ("office", None),
        ];
        for (word, p) in table {
            assert_eq!(prep(word), p, "{word}");
        }
    }

    #[test]
    fn speech_verbs_and_their_speaker() {
        // (word, speech verb, speaker may follow)
        let table = [
            ("said", true, true),
            ("Said", true, true),
            ("added", true, true),
            ("welcomed", true, false),
            ("thanked", true, false),
            ("met", false, false),
            ("saying", false, false),
        ];
        for (word, verb, after) in table {
            assert_eq!(is_speech_verb(word), verb, "{word}");
            assert_eq!(speaker_may_follow(word), after, "{word}");
        }
    }

    #[test]
    fn honorifics_with_or_without_their_dot() {
        for w in ["Mr.", "Mr", "Dr.", "H.E.", "Prof.", "Dame", "Sheikh"] {
            assert!(is_honorific(w), "{w}");
        }
        for w in ["Minister", "Mister", "M.", "Drive", ""] {
            assert!(!is_honorific(w), "{w}");
        }
    }

    #[test]
    fn stop_capitals_never_start_names() {
        for w in [
            "The",
            "However",
            "Tuesday",
            "Following",
            "Photo",
            "Ladies",
            "Mr.",
        ] {
            assert!(is_stop_capital(w), "{w}");
        }
        for w in ["Theo", "Tues", "Jan", "Sun", "Rosa", "Ministry"] {
            assert!(!is_stop_capital(w), "{w}");
        }
    }
}
