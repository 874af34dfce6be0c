//! Sentences that a browser's text export split at its links.
//!
//! Copying a page as text puts every link, and often every bold span, on a line of its
//! own: "Members include the" / "Harbor County Sheriff’s Office" / ", the police …". Such
//! a page shows many lines that open in lower case or with punctuation after a line that
//! ended mid-sentence; on such a page the pieces are joined again. A page without that
//! sign keeps its lines as they are, since a list of short lines is then a real list.

use crate::document::BlockKind;
use crate::lexicon::{self, Class as Lex};

use super::lines::ends_sentence;
use super::Block;

/// Whether a line opens in the middle of a sentence: lower case, or punctuation that
/// cannot open one.
pub(super) fn starts_continuation(s: &str) -> bool {
    let Some(c) = s.chars().next() else {
        return false;
    };
    c.is_lowercase()
        || matches!(
            c,
            ',' | '.' | ';' | ':' | ')' | '(' | '’' | '”' | '–' | '—' | '%'
        )
}

/// A browser's text export: at least two lines continue a sentence the line before left
/// open.
pub(super) fn split_at_links(lines: &[&str]) -> bool {
    lines
        .windows(2)
        .filter(|w| starts_continuation(w[1]) && !ends_sentence(w[0]))
        .count()
        >= 2
}

/// Whether `next` continues the sentence `prev` left open.
pub(super) fn should_join(prev: &str, next: &str) -> bool {
    if ends_sentence(prev) || prev.len() > 4000 {
        return false;
    }
    if starts_continuation(next) {
        return true;
    }
    let last_word = prev.rsplit(' ').next().unwrap_or("");
    // "the DA’s" / "Elder Abuse Hotline": a possessive needs what it owns; "the" / "Harbour
    // Trust": an article or a preposition needs its noun.
    if last_word.ends_with("’s")
        || last_word.ends_with("'s")
        || lexicon::contains(Lex::PageDanglingWord, last_word)
        || prev.ends_with(['(', '“', '"', ',', '–', '—', '&'])
    {
        return true;
    }
    opens_sentence_of(prev, next)
}

/// "Harbor County District Attorney" / "Lorena Whitfield joined bank executives …": a
/// short capitalised fragment (a linked title or name) before a paragraph that opens with
/// a capitalised name and goes on in lower case is the start of that paragraph's sentence.
/// Not one: a fragment before a paragraph that opens with an ordinary sentence ("The
/// crews had worked …"), which a heading would be.
fn opens_sentence_of(fragment: &str, paragraph: &str) -> bool {
    let words: Vec<&str> = fragment.split_whitespace().collect();
    let capitalised = (1..=6).contains(&words.len())
        && !ends_sentence(fragment)
        && words.iter().enumerate().all(|(i, w)| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                || (i > 0 && lexicon::contains(Lex::PageDanglingWord, w))
        });
    // The paragraph opens with a name (two capitalised words) and goes on in lower case.
    let next_words: Vec<&str> = paragraph.split_whitespace().take(5).collect();
    let upper = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    capitalised
        && paragraph.split_whitespace().count() > 10
        && next_words.iter().take(2).filter(upper).count() == 2
        && next_words
            .iter()
            .skip(2)
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// Joins the split sentences of a browser's text export, in one pass from the end, so a
/// fragment joins the paragraph its sentence became ("Title" / "Name" / "joined …"). A
/// joined block keeps what its first piece knew (an image before it).
pub(super) fn rejoin(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for block in blocks.into_iter().rev() {
        if let Some(next) = out.last_mut() {
            if next.kind == block.kind
                && block.kind != BlockKind::Title
                && should_join(&block.text, &next.text)
            {
                // A rejoined link is followed by its punctuation directly: "Office, the".
                let glue = if next
                    .text
                    .starts_with([',', '.', ';', ':', ')', '’', '”', '%', '!', '?'])
                {
                    ""
                } else {
                    " "
                };
                next.text = format!("{}{glue}{}", block.text, next.text);
                next.after_image = block.after_image;
                next.nav = block.nav && next.nav;
                continue;
            }
        }
        out.push(block);
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (previous line, next line, joined)
    #[test]
    fn split_sentences_join() {
        let table = [
            (
                "Members of the council include the",
                "Riverside Parks Board",
                true,
            ),
            (
                "the Harbour Trust",
                ", the Fishers’ Guild and the port.",
                true,
            ),
            ("Call the Trust’s", "Wildlife Hotline", true),
            ("Members met in", "Eastvale", true),
            ("The plan was approved.", "It takes effect in May.", false),
            ("Notes to editors:", "The Trust was founded in 1990.", false),
            (
                "Riverside County Fire Chief",
                "Ana Ortiz said the crews had worked for three days without a break.",
                true,
            ),
            (
                "Riverside County Fire Chief",
                "The crews had worked for three days without a break.",
                false,
            ),
            ("Key dates", "April 3", false),
        ];
        for (prev, next, joined) in table {
            assert_eq!(should_join(prev, next), joined, "{prev:?} / {next:?}");
        }
    }

    /// A fragment joins what its sentence became, on pages of two different publishers:
    /// a county prosecutor's and a university's newsroom, each with a linked title, a
    /// linked name and the rest of the sentence on three lines.
    #[test]
    fn fragments_join_the_paragraph_they_open() {
        let p = |s: &str| Block::new(BlockKind::Paragraph, s.to_string());
        let county = vec![
            p("Harbor County District Attorney"),
            p("Lorena Whitfield"),
            p("joined bank executives today to launch the Elder Fraud Task Force."),
            p("The task force meets monthly."),
        ];
        let joined = rejoin(county);
        assert_eq!(
            joined.first().map(|b| b.text.as_str()),
            Some("Harbor County District Attorney Lorena Whitfield joined bank executives today to launch the Elder Fraud Task Force.")
        );
        assert_eq!(joined.len(), 2);
        let campus = vec![
            p("Professor of Marine Biology"),
            p("Kwame Mensah"),
            p("said the survey of the reef would take two more seasons to finish."),
        ];
        assert_eq!(
            rejoin(campus).first().map(|b| b.text.as_str()),
            Some("Professor of Marine Biology Kwame Mensah said the survey of the reef would take two more seasons to finish.")
        );
        // A list of short labels is no split sentence.
        let list = vec![p("Parks"), p("Trails"), p("Lake Erie")];
        assert_eq!(rejoin(list.clone()), list);
    }

    #[test]
    fn exports_split_at_links_are_told() {
        assert!(split_at_links(&[
            "Members include the",
            "Harbour Trust",
            ", the Guild and",
            "Riverside Council",
            "."
        ]));
        assert!(!split_at_links(&["One line.", "Another line.", "A third."]));
    }
}
