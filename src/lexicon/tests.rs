use super::*;

#[test]
fn classes_know_their_files() {
    for class in CLASSES {
        assert!(!class.name().is_empty());
        assert!(class.file().ends_with(".tsv"), "{class:?}");
        assert!(entries(class).next().is_some(), "{class:?} has no entries");
        assert!(max_words(class) >= 1);
    }
}

#[test]
fn matching_follows_the_case_of_the_entry() {
    // (class, phrase, found)
    let table = [
        (Class::EventHead, "conference", true),
        (Class::EventHead, "Conference", true),
        (Class::EventHead, "CONFERENCE", true),
        (Class::EventHead, "conferences", false), // plurals are event_head's own rule
        (Class::EventHead, "town hall", true),
        (Class::EventHead, "Town Hall", true),
        (Class::EventHead, "town  hall", false),
        (Class::EventHead, "conferencing", false),
        (Class::EventHead, "", false),
    ];
    for (class, phrase, found) in table {
        assert_eq!(contains(class, phrase), found, "{class:?} {phrase:?}");
    }
}

#[test]
fn event_heads_give_kinds() {
    // (word, kind as the value cell writes it)
    let table = [
        ("summit", Some("conference")),
        ("Summits", Some("conference")),
        ("roundtable", Some("meeting")),
        ("webinars", Some("workshop")),
        ("gala", Some("other")),
        ("press conference", Some("briefing")),
        ("signing", Some("signing")),
        ("tour", Some("visit")),
        ("bus", None),
        ("table", None),
        ("minister", None),
    ];
    for (word, kind) in table {
        assert_eq!(event_head(word), kind, "{word:?}");
    }
}

#[test]
fn folding_is_the_build_scripts() {
    assert_eq!(fold("Donor’s DAY"), "donor's day");
    assert_eq!(cmp_folded("donor's day", "Donor’s Day"), Ordering::Equal);
    assert_eq!(cmp_folded("abc", "ABD"), Ordering::Less);
}

/// The first-byte buckets and the byte comparison of `find_folded` find what a plain
/// search with `cmp_folded` finds, for every folded entry written in other cases, with a
/// letter too many or too few, and for words that are in no table.
#[test]
fn folded_look_up_finds_what_a_plain_search_finds() {
    for (i, table) in FOLDED.iter().enumerate() {
        let plain = |q: &str| table.binary_search_by(|(e, _)| cmp_folded(e, q)).ok();
        for (entry, _) in table.iter() {
            let longer = format!("{entry}x");
            let shorter: String = entry.chars().skip(1).collect();
            for q in [
                entry.to_string(),
                entry.to_uppercase(),
                longer,
                shorter,
                "zzz-not-a-word".to_string(),
                "Ünïcode".to_string(),
            ] {
                assert_eq!(find_folded(i, &q), plain(&q), "class {i}: {q:?}");
            }
        }
    }
}

/// No list is written twice: two classes with the same entries are one class read by two
/// stages (the function words once had an events copy of each).
#[test]
fn no_class_copies_another() {
    use std::collections::BTreeSet;
    let sets: Vec<(Class, BTreeSet<&str>)> = CLASSES
        .iter()
        .map(|&c| (c, entries(c).map(|(e, _)| e).collect()))
        .collect();
    for (i, (a, ea)) in sets.iter().enumerate() {
        for (b, eb) in sets.iter().skip(i + 1) {
            assert!(ea != eb, "{a:?} and {b:?} list the same entries");
        }
    }
}
