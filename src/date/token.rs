//! The one tokenisation of the date grammar: numbers, words and marks, each with its byte
//! span in the text.
//!
//! A number is a run of ASCII digits with the letters glued after it (`28th`, `1er`,
//! `1970s`, `10h` of `10h30`); a word is a run of letters of any script; every other
//! character that is not a space is a mark of its own (`.`, `,`, `-`, `’`, `(`). The CJK
//! date marks `年 月 日 년 월 일` are marks too, so `2022年2月2日` is five tokens. Spaces are
//! not tokens: the grammar reads them from the text between two spans.

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tok<'t> {
    /// ASCII digits (at most nine) and the letters glued after them, as written.
    Num {
        value: u32,
        digits: u8,
        suffix: &'t str,
    },
    /// A run of letters, as written.
    Word(&'t str),
    /// Any other character that is not white space.
    Mark(char),
}

/// A token and where it is in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token<'t> {
    pub tok: Tok<'t>,
    pub span: Span,
}

impl<'t> Token<'t> {
    /// The word, when the token is one.
    pub fn word(&self) -> Option<&'t str> {
        match self.tok {
            Tok::Word(w) => Some(w),
            _ => None,
        }
    }

    /// Whether the token is the mark `c`.
    pub fn is_mark(&self, c: char) -> bool {
        self.tok == Tok::Mark(c)
    }
}

/// The CJK marks of year, month and day, which are letters to Unicode but marks here.
fn is_cjk_date_mark(c: char) -> bool {
    matches!(c, '年' | '月' | '日' | '년' | '월' | '일')
}

fn is_letter(c: char) -> bool {
    c.is_alphanumeric() && !c.is_ascii_digit() && !is_cjk_date_mark(c)
}

/// The tokens of `text[span]`, with spans into `text`. Empty when `span` is not a range of
/// char boundaries of `text`.
pub(crate) fn tokens_in(text: &str, span: Span) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let Some(part) = text.get(span.start..span.end) else {
        return out;
    };
    let base = span.start;
    let mut chars = part.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                end = j + 1;
                chars.next();
            }
            let digits = part.get(i..end).unwrap_or("");
            let mut suffix_end = end;
            while let Some(&(j, l)) = chars.peek() {
                if !is_letter(l) {
                    break;
                }
                suffix_end = j + l.len_utf8();
                chars.next();
            }
            let suffix = part.get(end..suffix_end).unwrap_or("");
            let tok = match (digits.len() <= 9).then(|| digits.parse::<u32>().ok()) {
                Some(Some(value)) => Tok::Num {
                    value,
                    digits: digits.len() as u8,
                    suffix,
                },
                // Too long for a date: a word-like run that no rule reads.
                _ => Tok::Word(part.get(i..suffix_end).unwrap_or("")),
            };
            out.push(Token {
                tok,
                span: Span::new(base + i, base + suffix_end),
            });
            continue;
        }
        if is_letter(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, l)) = chars.peek() {
                if !is_letter(l) {
                    break;
                }
                end = j + l.len_utf8();
                chars.next();
            }
            out.push(Token {
                tok: Tok::Word(part.get(i..end).unwrap_or("")),
                span: Span::new(base + i, base + end),
            });
            continue;
        }
        out.push(Token {
            tok: Tok::Mark(c),
            span: Span::new(base + i, base + i + c.len_utf8()),
        });
    }
    out
}

/// The tokens of the whole of `text`.
pub(crate) fn tokens(text: &str) -> Vec<Token<'_>> {
    tokens_in(text, Span::new(0, text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(text: &str) -> Vec<String> {
        tokens(text)
            .iter()
            .map(|t| match t.tok {
                Tok::Num {
                    value, suffix: "", ..
                } => format!("{value}"),
                Tok::Num { value, suffix, .. } => format!("{value}+{suffix}"),
                Tok::Word(w) => w.to_owned(),
                Tok::Mark(c) => format!("'{c}'"),
            })
            .collect()
    }

    #[test]
    fn numbers_words_and_marks() {
        // (text, tokens)
        let table: [(&str, &[&str]); 8] = [
            (
                "Monday 28th to Wed. 30 Sept. 2018",
                &[
                    "Monday", "28+th", "to", "Wed", "'.'", "30", "Sept", "'.'", "2018",
                ],
            ),
            ("1er février", &["1+er", "février"]),
            ("the 1970s", &["the", "1970+s"]),
            ("10h30", &["10+h", "30"]),
            ("Q3 FY2025", &["Q", "3", "FY", "2025"]),
            ("2022年2月2日", &["2022", "'年'", "2", "'月'", "2", "'日'"]),
            ("Today’s vote", &["Today", "'’'", "s", "vote"]),
            ("1234567890123 x", &["1234567890123", "x"]),
        ];
        for (text, want) in table {
            assert_eq!(show(text), want, "{text}");
        }
    }

    #[test]
    fn spans_slice_the_text() {
        let text = "Δεκεμβρίου 2, 2024 — «Noël»";
        for t in tokens(text) {
            assert!(text.get(t.span.start..t.span.end).is_some(), "{t:?}");
        }
        assert!(tokens_in(text, Span::new(1, 3)).is_empty()); // not a char boundary
    }
}
