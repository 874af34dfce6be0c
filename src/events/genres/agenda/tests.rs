//! Agenda pages of two invented publishers: a parliament's daily agenda with headings and
//! a city council's week ahead with paragraph leads.

use super::super::super::tests::{events, PUB};

#[test]
fn items_under_headings() {
    let page = "# Week ahead in the Northern Parliament\n\
        Tuesday, 4 March\n\
        # Harbour safety rules\n\
        The Northern Parliament will debate new rules for harbour pilots. The final vote will be held on Wednesday.\n\
        # Contacts\n\
        The Northern Parliament press office will answer questions.\n\
        The plenary session is streamed online.";
    assert_eq!(
        events(page, PUB),
        [
            "Harbour safety rules [session] when=2025-03-04 org=Northern Parliament parent=plenary session",
            "final vote [session] when=2025-03-05 org=Northern Parliament parent=plenary session",
            "plenary session [session] org=Northern Parliament",
        ]
    );
}

#[test]
fn items_with_paragraph_leads() {
    let page = "# Lakeport City Council: the week ahead\n\
        Thursday, 6 March\n\
        Ferry fares. The Lakeport City Council is set to discuss the new ferry fares. The vote on the fares for 2026 is scheduled on Friday.\n\
        Park lighting. Councillors will vote on the lighting plan.\n\
        The council meeting starts at 9.00; the Lakeport City Council publishes its minutes.";
    assert_eq!(
        events(page, PUB),
        [
            "Ferry fares [session] when=2025-03-06 org=Lakeport City Council parent=council meeting",
            "vote on the fares for 2026 [session] when=2025-03-07 org=Lakeport City Council parent=council meeting",
            "vote on the lighting plan [session] when=2025-03-06 org=Lakeport City Council parent=council meeting",
            "council meeting [meeting] org=Lakeport City Council",
        ]
    );
}

#[test]
fn not_agendas() {
    let table: &[(&str, &[&str])] = &[
        // In the past: a report, not an agenda.
        (
            "# Harbour safety rules\nThe Northern Parliament adopted the rules after a debate. The Northern Parliament thanked the pilots.",
            &[],
        ),
        // A count of votes in a report, whatever verb comes near it.
        (
            "# Harbour safety rules\nThe Northern Parliament set out its position with 412 votes in favour. The Northern Parliament thanked the pilots.",
            &[],
        ),
        // The body is named once: a mention, not the page's subject.
        (
            "# Harbour safety rules\nThe Northern Parliament will debate the rules.",
            &[],
        ),
        // A furniture heading is no topic.
        (
            "# Contacts\nThe Northern Parliament will debate the rules. The Northern Parliament meets weekly.",
            &[],
        ),
    ];
    for (page, want) in table {
        assert_eq!(events(page, PUB), *want, "{page}");
    }
}
