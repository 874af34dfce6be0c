//! Words of the normalised text, with byte spans, and the capitalised phrases they form.
//!
//! The recognisers reason over words, not characters: "NRA Photo/Jane Roe" is the words
//! `NRA`, `Photo`, `/`, `Jane`, `Roe`. Abbreviations keep their dots (`U.S.`, `Inc.`,
//! `Dr.`), possessives are their own token (`NRA`, `’s`, `Office`), and a line break is a
//! hard boundary, since blocks never continue each other. Which words are abbreviations
//! and which join the words of a name is data (`src/lexicon/data/tokens.tsv`).

use crate::lexicon::{self, Class};
use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters, digits, inner hyphens and apostrophes, and abbreviation dots.
    Word,
    /// `’s` or `'s` after a word.
    Possessive,
    /// Any other visible character, one per token.
    Punct,
    /// The `\n` between blocks.
    Break,
}

/// One token of the text. MEM: twelve bytes, not twenty-four: a long text has a token
/// for every five bytes or so, and its offsets fit in 32 bits (the text is clamped to
/// `MAX_TEXT_BYTES_LIMIT`; an offset past `u32::MAX` would be stored as `u32::MAX`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    pub kind: Kind,
    /// First character is an uppercase letter.
    pub cap: bool,
    /// Every letter is uppercase and there are at least two.
    pub upper: bool,
    /// A sentence starts here (first word of a block or after `.`, `!`, `?`, `:`).
    pub sentence_start: bool,
}

impl Token {
    fn new(span: Span, kind: Kind, cap: bool, upper: bool, sentence_start: bool) -> Token {
        let offset = |o: usize| u32::try_from(o).unwrap_or(u32::MAX);
        Token {
            start: offset(span.start),
            end: offset(span.end),
            kind,
            cap,
            upper,
            sentence_start,
        }
    }

    /// The token's bytes in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
}

/// For each token, an index into another table (a gazetteer hit, a frame) or none, in
/// four bytes a token where tokens have one. MEM: a `Vec<Option<usize>>` takes sixteen,
/// and a long text holds several such tables at once, most of them sparse (the frames of a
/// long text cover few of its tokens): the table is kept in pages of [`PAGE`] tokens, and
/// a page none of whose tokens has an index takes no memory. An index that does not fit
/// in 32 bits (a text of more than four billion hits, over every input limit) is stored
/// as none.
#[derive(Clone, Debug, Default)]
pub(crate) struct PerToken {
    pages: Vec<Option<Box<[u32]>>>,
    len: usize,
}

/// The stored value of "no index".
const NO_INDEX: u32 = u32::MAX;

/// Tokens in a page of a [`PerToken`].
const PAGE: usize = 1024;

impl PerToken {
    /// `len` tokens, none with an index.
    pub fn none(len: usize) -> PerToken {
        PerToken {
            pages: vec![None; len.div_ceil(PAGE)],
            len,
        }
    }

    /// The index of token `i`; none past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<usize> {
        self.pages
            .get(i / PAGE)?
            .as_ref()?
            .get(i % PAGE)
            .copied()
            .filter(|&v| v != NO_INDEX)
            .map(|v| v as usize)
    }

    /// Sets the index of token `i`; nothing past the end.
    pub fn set(&mut self, i: usize, index: Option<usize>) {
        let v = index
            .and_then(|v| u32::try_from(v).ok())
            .unwrap_or(NO_INDEX);
        let first = i - i % PAGE;
        let Some(page) = self.pages.get_mut(i / PAGE) else {
            return;
        };
        let page = match page {
            Some(p) => p,
            // Nothing to store in a page that has no index yet.
            None if v == NO_INDEX => return,
            None => page.insert(
                vec![NO_INDEX; PAGE.min(self.len.saturating_sub(first))].into_boxed_slice(),
            ),
        };
        if let Some(slot) = page.get_mut(i % PAGE) {
            *slot = v;
        }
    }
}

/// For each token, at most one index into a table, where few tokens have one (the
/// gazetteer hit or the place that covers it). MEM: a bit per token and four bytes per
/// token that has an index, where [`PerToken`] takes four bytes for every token.
#[derive(Clone, Debug, Default)]
pub(crate) struct SparsePerToken {
    /// For each 64 tokens, which of them have an index.
    marks: Vec<u64>,
    /// For each 64 tokens, how many tokens before them have an index.
    ranks: Vec<u32>,
    /// The indices of the tokens that have one, in token order.
    values: Vec<u32>,
    len: usize,
}

impl SparsePerToken {
    /// `len` tokens, with the index each of `pairs` (token, index) gives; `pairs` come in
    /// increasing token order, and a pair out of order or past the end is left out. An index
    /// that does not fit in 32 bits is stored as none, as [`PerToken::set`] stores it.
    pub fn from_sorted(len: usize, pairs: impl IntoIterator<Item = (usize, usize)>) -> Self {
        let words = len.div_ceil(64);
        let mut marks = vec![0u64; words];
        let mut values = Vec::new();
        let mut next = 0;
        for (i, v) in pairs {
            let Ok(v) = u32::try_from(v) else { continue };
            if i < next || i >= len || v == NO_INDEX {
                continue;
            }
            if let Some(m) = marks.get_mut(i / 64) {
                *m |= 1 << (i % 64);
                values.push(v);
                next = i + 1;
            }
        }
        let mut ranks = Vec::with_capacity(words);
        let mut before = 0u32;
        for m in &marks {
            ranks.push(before);
            before = before.saturating_add(m.count_ones());
        }
        values.shrink_to_fit();
        SparsePerToken {
            marks,
            ranks,
            values,
            len,
        }
    }

    /// The index of token `i`; none past the end.
    #[inline]
    pub fn get(&self, i: usize) -> Option<usize> {
        let mark = *self.marks.get(i / 64)?;
        let bit = 1u64 << (i % 64);
        if mark & bit == 0 {
            return None;
        }
        let rank = *self.ranks.get(i / 64)? + (mark & (bit - 1)).count_ones();
        self.values.get(rank as usize).map(|&v| v as usize)
    }

    /// The indices of every token, in order.
    pub fn iter(&self) -> impl Iterator<Item = Option<usize>> + '_ {
        (0..self.len).map(|i| self.get(i))
    }
}

/// Punctuation after which the next word may still open a sentence: quotes, brackets and
/// dashes ("He left. “The port …", "– The council").
const KEEPS_SENTENCE_START: [char; 11] = ['"', '“', '‘', '(', '[', '\'', '’', '”', '–', '—', '-'];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0300}'..='\u{036F}')
}

/// Splits `text` into tokens.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut sentence_start = true;
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            out.push(Token::new(
                Span::new(i, i + 1),
                Kind::Break,
                false,
                false,
                false,
            ));
            sentence_start = true;
            continue;
        }
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            // Letters, digits, and joiners followed by a word character: `Vantor`,
            // `Under-Secretary-General`, `O’Brannagh`, `3,450`, `U.S.`, `P&Q`.
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                if matches!(d, '-' | '\'' | '’' | '.' | '&' | ',' | '_') {
                    let rest = &text[j + d.len_utf8()..];
                    let next = rest.chars().next();
                    let word_after = next.is_some_and(is_word_char);
                    let is_possessive = matches!(d, '\'' | '’')
                        && rest.starts_with(['s', 'S'])
                        && !rest[1..].starts_with(is_word_char);
                    let ok = match d {
                        '-' | '_' => word_after,
                        '\'' | '’' => word_after && !is_possessive,
                        '&' => {
                            word_after
                                && next.is_some_and(|n| n.is_uppercase())
                                && text[i..j].chars().all(|x| x.is_uppercase())
                        }
                        ',' => {
                            word_after
                                && text[i..j].chars().all(|x| x.is_ascii_digit())
                                && next.is_some_and(|n| n.is_ascii_digit())
                        }
                        '.' => {
                            // `U.S.`, `3.5`: a dot between single letters or digits.
                            let seg = text[i..j].rsplit('.').next().unwrap_or("");
                            word_after
                                && (seg.chars().count() == 1
                                    || seg.chars().all(|x| x.is_ascii_digit()))
                        }
                        _ => false,
                    };
                    if ok {
                        end = j + d.len_utf8();
                        chars.next();
                        continue;
                    }
                }
                break;
            }
            // A final dot belongs to initials (`U.S.`, `C.`) and known abbreviations (`Inc.`).
            let word = &text[i..end];
            if text[end..].starts_with('.') {
                let initials = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                let dotted = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 1);
                if initials || dotted || lexicon::contains(Class::Abbreviation, word) {
                    end += 1;
                    chars.next();
                }
            }
            let word = &text[i..end];
            let first_upper = word.chars().next().is_some_and(char::is_uppercase);
            // PERF: counted in place, not collected: this runs for every word.
            let (mut letters, mut all_upper) = (0, true);
            for c in word.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                all_upper &= c.is_uppercase();
            }
            let upper = letters >= 2 && all_upper;
            out.push(Token::new(
                Span::new(i, end),
                Kind::Word,
                first_upper,
                upper,
                sentence_start,
            ));
            sentence_start = false;
            continue;
        }
        let end = i + c.len_utf8();
        if matches!(c, '\'' | '’')
            && out
                .last()
                .is_some_and(|t| t.kind == Kind::Word && t.span().end == i)
        {
            let rest = &text[end..];
            if rest.starts_with(['s', 'S']) && !rest[1..].starts_with(is_word_char) {
                chars.next();
                out.push(Token::new(
                    Span::new(i, end + 1),
                    Kind::Possessive,
                    false,
                    false,
                    false,
                ));
                continue;
            }
        }
        out.push(Token::new(
            Span::new(i, end),
            Kind::Punct,
            false,
            false,
            false,
        ));
        if matches!(c, '.' | '!' | '?' | ':' | ';' | '•') {
            sentence_start = true;
        } else if !KEEPS_SENTENCE_START.contains(&c) {
            sentence_start = false;
        }
    }
    // MEM: the capacity guessed from the text's length is kept while every stage runs; a
    // long text's slack is given back.
    if out.capacity() - out.len() > 4096 {
        out.shrink_to_fit();
    }
    out
}

/// Lowercase words that may sit inside a proper name between capitalised words ("of",
/// "von", "&"): written in lowercase, as inside a name.
pub(crate) fn is_connector(word: &str) -> bool {
    !word.starts_with(char::is_uppercase) && lexicon::contains(Class::NameConnector, word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s).iter().map(|t| t.text(s).to_owned()).collect()
    }

    #[test]
    fn abbreviations_keep_their_dots() {
        assert_eq!(
            words("the U.S. Harbour Master’s Office"),
            ["the", "U.S.", "Harbour", "Master", "’s", "Office"]
        );
        assert_eq!(words("Vantor Inc. said"), ["Vantor", "Inc.", "said"]);
        assert_eq!(words("Jane P. Roe."), ["Jane", "P.", "Roe", "."]);
        assert_eq!(words("Dr. Priya Mensah"), ["Dr.", "Priya", "Mensah"]);
    }

    #[test]
    fn joiners_stay_inside_words() {
        assert_eq!(
            words("Under-Secretary-General O’Brannagh"),
            ["Under-Secretary-General", "O’Brannagh"]
        );
        assert_eq!(words("3,450 stands, P&Q"), ["3,450", "stands", ",", "P&Q"]);
        assert_eq!(
            words("NRA Photo/Jane Roe"),
            ["NRA", "Photo", "/", "Jane", "Roe"]
        );
        assert_eq!(words("Mensahs’ remarks"), ["Mensahs", "’", "remarks"]);
    }

    #[test]
    fn abbreviations_from_the_lexicon() {
        // (text, words): a listed abbreviation keeps its dot, any other word loses it.
        let table: [(&str, &[&str]); 5] = [
            ("on Sept. 5", &["on", "Sept.", "5"]),
            ("Ocean Blvd. in", &["Ocean", "Blvd.", "in"]),
            ("Vantor Corp. said", &["Vantor", "Corp.", "said"]),
            ("It ended. Then", &["It", "ended", ".", "Then"]),
            ("PT. Norhaven", &["PT.", "Norhaven"]),
        ];
        for (text, want) in table {
            assert_eq!(words(text), want, "{text}");
        }
    }

    #[test]
    fn possessives_are_their_own_token() {
        let s = "Vantor’s plan and Brightline's";
        let kinds: Vec<(String, Kind)> = tokenize(s)
            .iter()
            .map(|t| (t.text(s).to_owned(), t.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("Vantor".to_owned(), Kind::Word),
                ("’s".to_owned(), Kind::Possessive),
                ("plan".to_owned(), Kind::Word),
                ("and".to_owned(), Kind::Word),
                ("Brightline".to_owned(), Kind::Word),
                ("'s".to_owned(), Kind::Possessive),
            ]
        );
    }

    #[test]
    fn capitals_and_line_breaks() {
        let s = "NRA Vantor eBay\nx";
        let t = tokenize(s);
        let flags: Vec<(bool, bool)> = t.iter().map(|t| (t.cap, t.upper)).collect();
        assert_eq!(
            flags,
            [
                (true, true),
                (true, false),
                (false, false),
                (false, false),
                (false, false)
            ]
        );
        assert_eq!(t.get(3).map(|t| t.kind), Some(Kind::Break));
    }

    #[test]
    fn connectors_are_lowercase_words() {
        for w in ["of", "the", "von", "der", "&", "bin"] {
            assert!(is_connector(w), "{w}");
        }
        for w in ["Of", "The", "with", "by", "Vantor", ""] {
            assert!(!is_connector(w), "{w}");
        }
    }

    #[test]
    fn sentence_starts() {
        let s = "He spoke. The Council met.\nNew line";
        let t = tokenize(s);
        let starts: Vec<&str> = t
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| t.text(s))
            .collect();
        assert_eq!(starts, ["He", "The", "New"]);
    }
}
