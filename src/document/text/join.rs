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

/// "the DA’s" / "Elder Abuse Hotline": a possessive needs what it owns; "the" / "Harbour
/// Trust": an article or a preposition needs its noun; an open bracket or quote, a comma
/// or a dash go on too.
fn joins_by_its_end(prev: &str) -> bool {
    let last_word = prev.rsplit(' ').next().unwrap_or("");
    last_word.ends_with("’s")
        || last_word.ends_with("'s")
        || lexicon::contains(Lex::PageDanglingWord, last_word)
        || prev.ends_with(['(', '“', '"', ',', '–', '—', '&'])
}

/// "Harbor County District Attorney" / "Lorena Whitfield joined bank executives …": a
/// short capitalised fragment (a linked title or name) before a paragraph that opens with
/// a capitalised name and goes on in lower case is the start of that paragraph's sentence.
/// Not one: a fragment before a paragraph that opens with an ordinary sentence ("The
/// crews had worked …"), which a heading would be.
fn opens_sentence_of(fragment: &str, opening: &[&str], paragraph_words: usize) -> bool {
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
    let upper = |w: &&&str| w.chars().next().is_some_and(char::is_uppercase);
    capitalised
        && paragraph_words > 10
        && opening.iter().take(2).filter(upper).count() == 2
        && opening
            .iter()
            .skip(2)
            .any(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// Joins the split sentences of a browser's text export, in one pass from the end, so a
/// fragment joins the paragraph its sentence became ("Title" / "Name" / "joined …"). A
/// joined block keeps what its first piece knew (an image before it). The pieces of a
/// paragraph are collected and joined once, so the work is linear in the text.
pub(super) fn rejoin(blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    // The paragraph being gathered: its first block (text of the earliest piece) and the
    // later pieces, last first, each with the glue that goes before it.
    let mut head: Option<Block> = None;
    let mut pieces: Vec<(&'static str, String)> = Vec::new();
    let mut words = 0usize;
    let flush = |head: &mut Option<Block>,
                 pieces: &mut Vec<(&'static str, String)>,
                 out: &mut Vec<Block>| {
        if let Some(mut b) = head.take() {
            for (glue, piece) in pieces.drain(..).rev() {
                b.text.push_str(glue);
                b.text.push_str(&piece);
            }
            out.push(b);
        }
    };
    for block in blocks.into_iter().rev() {
        if let Some(next) = head.as_mut() {
            let joins = next.kind == block.kind
                && block.kind != BlockKind::Title
                && should_join_words(&block.text, &next.text, &pieces, words);
            if joins {
                // A rejoined link is followed by its punctuation directly: "Office, the".
                let glue = if next
                    .text
                    .starts_with([',', '.', ';', ':', ')', '’', '”', '%', '!', '?'])
                {
                    ""
                } else {
                    " "
                };
                words += block.text.split_whitespace().count();
                let later = std::mem::replace(&mut next.text, block.text);
                pieces.push((glue, later));
                next.after_image = block.after_image;
                next.nav = block.nav && next.nav;
                continue;
            }
        }
        flush(&mut head, &mut pieces, &mut out);
        words = block.text.split_whitespace().count();
        head = Some(block);
    }
    flush(&mut head, &mut pieces, &mut out);
    out.reverse();
    out
}

/// [`should_join`] for a paragraph gathered in pieces: `first` is its first piece, `rest`
/// the later ones (last first), `words` its length in words.
fn should_join_words(
    prev: &str,
    first: &str,
    rest: &[(&'static str, String)],
    words: usize,
) -> bool {
    if ends_sentence(prev) || prev.len() > 4000 {
        return false;
    }
    if starts_continuation(first) {
        return true;
    }
    if joins_by_its_end(prev) {
        return true;
    }
    // The paragraph's opening words, across its first pieces.
    let mut opening: Vec<&str> = first.split_whitespace().take(5).collect();
    for (_, piece) in rest.iter().rev() {
        if opening.len() >= 5 {
            break;
        }
        opening.extend(piece.split_whitespace().take(5 - opening.len()));
    }
    opens_sentence_of(prev, &opening, words)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether `next`, a paragraph in one piece, continues the sentence `prev` left open.
    fn should_join(prev: &str, next: &str) -> bool {
        should_join_words(prev, next, &[], next.split_whitespace().count())
    }

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
