//! Table tests of the shared context: loud blocks, the home country, capitalised chunks.

use super::*;
use crate::span::Span;

/// The capitalised chunks of `text`, as written.
fn chunk_texts(text: &str) -> Vec<String> {
    let ctx = Ctx::new(text, &[]);
    chunks(&ctx)
        .iter()
        .map(|r| ctx.slice(r).to_owned())
        .collect()
}

#[test]
fn chunks_join_capitalised_words_and_the_connectors_of_names() {
    // (text, chunks)
    let table: [(&str, &[&str]); 8] = [
        // A connector never joins a calendar word, and a calendar word opens no chunk.
        (
            "The Ministry of Fisheries met on Tuesday.",
            &["Ministry of Fisheries"],
        ),
        ("Parliament on Tuesday voted.", &["Parliament"]),
        ("Vantor, Inc. said so.", &["Vantor, Inc."]),
        ("Ursula von der Leyen spoke.", &["Ursula von der Leyen"]),
        (
            "the NRA’s Coastal Survey Unit",
            &["NRA’s Coastal Survey Unit"],
        ),
        // "at" ends a name: an employer follows.
        ("Director at Vantor", &["Director", "Vantor"]),
        ("Agenda 2030 was adopted.", &["Agenda 2030"]),
        // A trailing connector is not part of the chunk.
        ("Guardians of the Harbour of", &["Guardians of the Harbour"]),
    ];
    for (text, want) in table {
        assert_eq!(chunk_texts(text), want, "{text}");
    }
}

#[test]
fn loud_blocks_are_written_in_capitals() {
    // (text, whether the first word is loud)
    let table = [
        ("VANTOR ANNOUNCES RECORD SALES FOR THE YEAR", true),
        ("Vantor announces record sales for the year", false),
        // Short capital lines are acronyms, not shouting.
        ("NRA AND CSA", false),
    ];
    for (text, loud) in table {
        let ctx = Ctx::new(text, &[]);
        assert_eq!(ctx.loud.first().copied(), Some(loud), "{text}");
    }
}

#[test]
fn title_case_headings_are_loud() {
    let text = "Harbour Agency Opens New Ferry Terminal In Eastvale\nThe Harbour Agency opened it.";
    let heading = Span::new(0, text.find('\n').unwrap_or(0));
    let ctx = Ctx::new(text, &[heading]);
    assert_eq!(ctx.loud.first(), Some(&true));
    // The body keeps its capitals.
    assert_eq!(ctx.loud.last(), Some(&false));
    // Without the heading's span, the line is an ordinary one.
    assert_eq!(Ctx::new(text, &[]).loud.first(), Some(&false));
}

#[test]
fn home_country_is_the_clear_majority_of_places() {
    // (text, home country)
    let table = [
        ("Officials from Oslo and Bergen met in Norway.", Some("NO")),
        ("Oslo hosted it.", None), // one place is no majority
        ("Delegates from Chile, Ghana and Norway met.", None),
        ("Nothing here.", None),
    ];
    for (text, home) in table {
        assert_eq!(Ctx::new(text, &[]).home_country, home, "{text}");
    }
}

#[test]
fn found_answers_which_mention_covers_a_token() {
    let text = "Jane Roe, Director of the Coastal Survey Agency, said so.";
    let ctx = Ctx::new(text, &[]);
    let found = find(&ctx);
    let person = found.person_covering(0);
    assert!(person.is_some());
    assert_eq!(found.person_at(&(0..2)), person);
    assert_eq!(found.person_at(&(0..1)), None);
    let agency = (0..ctx.tokens.len()).find(|&i| ctx.word(i) == "Agency");
    let org = agency.and_then(|i| found.org_covering(i));
    assert!(org.is_some());
    assert!(found.covers(0));
    assert!(!found.covers(2)); // the comma
    assert_eq!(found.roles_of(0).count(), 1);
}

#[test]
fn a_sentence_adverb_is_no_name() {
    // (text, chunks)
    let table: [(&str, &[&str]); 10] = [
        ("Separately, the company opened a plant.", &[]),
        ("Consequently, the museum opened a wing.", &[]),
        ("Additionally, Vantor hired staff.", &["Vantor"]),
        ("Finally, the Harbour Trust voted.", &["Harbour Trust"]),
        ("Importantly, Tom Berg agreed.", &["Tom Berg"]),
        ("Currently, the agency has ten staff.", &[]),
        // Names and places in -ly stay names.
        ("Kelly, the new chair, spoke.", &["Kelly"]),
        ("Italy, the host, agreed.", &["Italy"]),
        // Not before a comma: the word may be a name.
        ("Bentley Motors grew.", &["Bentley Motors"]),
        // Not opening a sentence.
        ("The award went to Emily, the youngest entrant.", &["Emily"]),
    ];
    for (text, want) in table {
        assert_eq!(chunk_texts(text), want, "{text}");
    }
}

#[test]
fn label_lines_are_headings() {
    // (text, whether the first word is on a heading line)
    let table = [
        ("Media Enquiries Office\nCall us.", true),
        ("Harbour Records Office, 14 Quay Street\nCall us.", false),
        ("Visit the harbour records office\nCall us.", false),
        ("The office opens at noon.", false),
        ("Visitor Services\nCall us.", true),
        ("Office\nCall us.", false),
    ];
    for (text, heading) in table {
        let ctx = Ctx::new(text, &[]);
        assert_eq!(ctx.heading.first().copied(), Some(heading), "{text}");
        // Neither people nor events read label lines as loud.
        assert_eq!(ctx.loud.first().copied(), Some(false), "{text}");
    }
}
