//! Stage 2b: people and organisations.
//!
//! Input: the document's text. Output: person and organisation mentions with byte spans,
//! and the roles (title, organisation) the text gives people, before any merging: the
//! `resolve` stage makes entities of them. Names are found from the patterns of official
//! writing (titles, honorifics, speech verbs, appositions, acronym definitions, head
//! words such as "Office" or "Ministry", lists of missions) and embedded gazetteers, not
//! from capitalisation alone: a capitalised phrase with no such evidence is left out.
//!
//! Each recogniser is a small grammar with its vocabulary as data: `people/` (names,
//! titles, appositions, evidence) and `organisations/` (heads, spans, acronyms, context,
//! missions, repeats), over the shared tokens of `tokens` and the word classes of `words`.
//! Word lists are `src/lexicon/data/{words,tokens,people,organisations}.tsv`; gazetteers
//! are `data/`. This stage reads the lexicon, the gazetteers and the dates lexicon, never
//! a later stage. Table tests sit beside each module (`tests.rs`).

pub(crate) mod gazetteer;
pub(crate) mod names;
mod organisations;
mod people;
pub(crate) use people::post_key;
#[cfg(test)]
mod tests;
pub(crate) mod tokens;
pub(crate) mod words;

use std::cell::OnceCell;
use std::ops::Range;

use crate::model::OrganisationKind;
use crate::span::Span;
use gazetteer::{GazetteerHit, HitTarget, OrgEntry, GAZETTEER};
use names::{Strength, NAMES};
use tokens::{Kind, Token};

/// Whether a line has the shape of a label rather than a sentence or a datum: a dozen
/// words at most, no sentence end, no figures.
fn is_label_line(line: &str) -> bool {
    (1..=MAX_LABEL_WORDS).contains(&line.split_whitespace().count())
        && !line.ends_with(['.', ':', ';', ',', '!', '?'])
        && !line.contains(|c: char| c.is_ascii_digit())
}

/// The most words of a line that stands alone as a label or a menu item.
const MAX_LABEL_WORDS: usize = 12;

/// The tokens of the `spans` whose content words (connectors aside) number `min` or more
/// and are at least four in five capitalised: a line in Title Case or capitals.
fn title_case(text: &str, tokens: &[Token], spans: &[Span], min: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for h in spans {
        let first = tokens.partition_point(|t| t.span().start < h.start);
        let last = tokens.partition_point(|t| t.span().start < h.end);
        let inside: Vec<usize> = (first..last)
            .filter(|&i| tokens.get(i).is_some_and(|t| h.contains(t.span())))
            .collect();
        let content: Vec<&Token> = inside
            .iter()
            .filter_map(|&i| tokens.get(i))
            .filter(|t| {
                t.kind == Kind::Word
                    && !tokens::is_connector(t.text(text))
                    && t.text(text).chars().any(char::is_alphabetic)
            })
            .collect();
        let caps = content.iter().filter(|t| t.cap || t.upper).count();
        if content.len() >= min && caps * 10 >= content.len() * 8 {
            out.extend(inside);
        }
    }
    out
}

/// For each token that one of `spans` (byte ranges, in text order) covers, the token and
/// the span's index: of the spans that end after the token starts, the first, when it
/// holds the whole token.
fn covering<'a>(
    tokens: &'a [Token],
    spans: impl Iterator<Item = (usize, usize)> + 'a,
) -> impl Iterator<Item = (usize, usize)> + 'a {
    let mut spans = spans.enumerate().peekable();
    tokens.iter().enumerate().filter_map(move |(i, t)| {
        while spans
            .next_if(|(_, (_, end))| *end <= t.span().start)
            .is_some()
        {}
        let &(h, (start, end)) = spans.peek()?;
        (start <= t.span().start && t.span().end <= end).then_some((i, h))
    })
}

/// The tokens of a document and what the gazetteers know of them.
pub(crate) struct Ctx<'d> {
    pub text: &'d str,
    pub tokens: Vec<Token>,
    pub hits: Vec<GazetteerHit>,
    /// For each token, the gazetteer hit that covers it.
    pub hit_of: tokens::SparsePerToken,
    /// For each gazetteer hit, the tokens it covers.
    pub hit_tokens: Vec<Range<usize>>,
    /// For each token, whether its block is written in capitals (a headline, a legal
    /// notice), where capitalisation says nothing about names.
    pub loud: Vec<bool>,
    /// For each token, whether it is `loud` or its line is a short label written in Title
    /// Case (a menu item, a section label): where a head word ("Office", "Committee")
    /// bounds no organisation's name.
    pub heading: Vec<bool>,
    /// Places named in the text (cities, regions, counties).
    pub places: Vec<gazetteer::PlaceHit>,
    /// For each token, the place hit that covers it.
    pub place_of: tokens::SparsePerToken,
    /// The country most places of the text are in: where the release comes from.
    pub home_country: Option<&'static str>,
    /// What organisation patterns have read of single tokens (PERF).
    pub(crate) heads: organisations::HeadMemo,
    /// For each token, whether it may be a word of a person's name (PERF: the people
    /// grammar asks it of most tokens several times).
    pub(crate) name_words: OnceCell<Vec<bool>>,
}

impl<'d> Ctx<'d> {
    /// Tokenises `text`. `headings` are the spans of headline and heading blocks: when one
    /// is written in Title Case, its capitals say nothing about names.
    pub fn new(text: &'d str, headings: &[Span]) -> Ctx<'d> {
        let tokens = tokens::tokenize(text);
        let hits: Vec<GazetteerHit> = GAZETTEER.scan(text).collect();
        let hit_of = tokens::SparsePerToken::from_sorted(
            tokens.len(),
            covering(&tokens, hits.iter().map(|h| (h.start, h.end))),
        );
        let mut hit_tokens = vec![0..0; hits.len()];
        for (i, h) in hit_of.iter().enumerate() {
            if let Some(h) = h {
                let r = &mut hit_tokens[h];
                if r.start == r.end {
                    *r = i..i + 1;
                } else {
                    r.end = i + 1;
                }
            }
        }
        let mut loud = vec![false; tokens.len()];
        let mut start = 0;
        for end in
            (0..=tokens.len()).filter(|&i| i == tokens.len() || tokens[i].kind == Kind::Break)
        {
            let words: Vec<&Token> = tokens[start..end]
                .iter()
                .filter(|t| t.kind == Kind::Word && t.text(text).chars().any(char::is_alphabetic))
                .collect();
            let upper = words.iter().filter(|t| t.upper).count();
            if words.len() >= 4 && upper * 10 >= words.len() * 7 {
                loud[start..end].iter_mut().for_each(|l| *l = true);
            }
            start = end + 1;
        }
        for i in title_case(text, &tokens, headings, 4) {
            loud[i] = true;
        }
        // A line that stands alone (a menu item, a section label, a contact heading) is
        // written in Title Case by convention, so its capitals say nothing about names
        // either; a line with figures is a datum (an address, a date), where they do.
        let mut heading = loud.clone();
        let mut start = 0;
        for end in
            (0..=tokens.len()).filter(|&i| i == tokens.len() || tokens[i].kind == Kind::Break)
        {
            let first = tokens
                .get(start)
                .filter(|_| start < end)
                .map(|t| t.span().start);
            let last = end
                .checked_sub(1)
                .and_then(|e| tokens.get(e))
                .map(|t| t.span().end);
            if let (Some(a), Some(b)) = (first, last) {
                let span = Span::new(a, b.max(a));
                if is_label_line(text.get(a..b).unwrap_or("")) {
                    for i in title_case(text, &tokens, &[span], 2) {
                        heading[i] = true;
                    }
                }
            }
            start = end + 1;
        }
        let places: Vec<gazetteer::PlaceHit> = GAZETTEER.scan_places(text).collect();
        let place_of = tokens::SparsePerToken::from_sorted(
            tokens.len(),
            covering(&tokens, places.iter().map(|p| (p.start, p.end))),
        );
        // The home country: the one most unambiguous places are in, when it has a clear
        // majority.
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        let named_countries = hits.iter().filter_map(|h| match h.target {
            HitTarget::Country(c) => Some(c.code),
            // A national body of the gazetteer speaks for its State.
            HitTarget::Organisation(e) => e.country,
        });
        for code in places
            .iter()
            .filter(|p| !p.ambiguous)
            .map(|p| p.place.country)
            .chain(named_countries)
        {
            match counts.iter_mut().find(|(c, _)| *c == code) {
                Some((_, n)) => *n += 1,
                None => counts.push((code, 1)),
            }
        }
        let total: usize = counts.iter().map(|(_, n)| n).sum();
        let home_country = counts
            .iter()
            .max_by_key(|(_, n)| *n)
            .filter(|(_, n)| *n * 2 > total && *n >= 2)
            .map(|(c, _)| *c);
        Ctx {
            text,
            tokens,
            hits,
            hit_of,
            hit_tokens,
            loud,
            heading,
            places,
            place_of,
            home_country,
            heads: organisations::HeadMemo::default(),
            name_words: OnceCell::new(),
        }
    }

    /// The place that covers token `i`, unless it is a bare ambiguous name ("Jackson").
    pub fn place_at(&self, i: usize) -> Option<&'static gazetteer::Place> {
        let h = self.place_of.get(i)?;
        let hit = self.places.get(h)?;
        (!hit.ambiguous).then_some(hit.place)
    }

    /// Whether token `i` opens a known place's or organisation's name of more words ("New"
    /// in "New Jersey"): a stop capital there is part of the name, not an opener.
    pub fn opens_known_name(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let place = self
            .place_of
            .get(i)
            .and_then(|h| self.places.get(h))
            .is_some_and(|p| p.start == t.span().start && p.end > t.span().end && !p.ambiguous);
        let hit = self
            .hit_of
            .get(i)
            .and_then(|h| self.hit_tokens.get(h))
            .is_some_and(|r| r.start == i && r.len() > 1);
        place || hit
    }

    /// Whether tokens `r` are exactly one place's name.
    pub fn is_place(&self, r: &Range<usize>) -> bool {
        let Some(h) = self.place_of.get(r.start) else {
            return false;
        };
        let span = self.span(r);
        self.places
            .get(h)
            .is_some_and(|p| p.start == span.start && p.end == span.end && !p.ambiguous)
    }

    /// Two to four name words whose first is a known given name, or whose last is a known
    /// family name with a given name or initial before it, or a family name written first
    /// ("Park Min-jun"). The lists are `src/entities/data/{given_names,surnames}.txt`.
    pub fn plausible_person(&self, r: &Range<usize>) -> bool {
        if r.len() < 2 {
            return false;
        }
        let first = self.word(r.start);
        let second = self.word(r.start + 1);
        let last = self.word(r.end - 1);
        let given = NAMES.given(first);
        let family = NAMES.family(last);
        let initial =
            self.word(r.start + 1).ends_with('.') && self.word(r.start + 1).chars().count() == 2;
        given == Some(Strength::Strong) && (family.is_some() || r.len() >= 2)
            || given.is_some() && family.is_some()
            || (initial && (given.is_some() || family.is_some()))
            || NAMES.family(first).is_some_and(|(_, f)| f)
                && (NAMES.given(second).is_some() || second.contains('-'))
    }

    pub fn word(&self, i: usize) -> &'d str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    pub fn tok(&self, i: usize) -> Option<&Token> {
        self.tokens.get(i)
    }

    /// Whether token `i` is a capitalised word (or an all-caps one).
    pub fn is_cap(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == Kind::Word && (t.cap || t.upper))
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.word(i) == p
    }

    pub fn is_word(&self, i: usize, w: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
            && self.word(i).eq_ignore_ascii_case(w)
    }

    /// The byte span of tokens `r`.
    pub fn span(&self, r: &Range<usize>) -> Span {
        match (
            self.tokens.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if r.start < r.end => Span::new(a.span().start, b.span().end),
            _ => Span::default(),
        }
    }

    /// The text of tokens `r`, as written.
    pub fn slice(&self, r: &Range<usize>) -> &'d str {
        let s = self.span(r);
        self.text.get(s.start..s.end).unwrap_or("")
    }

    /// The organisation entry the gazetteer gives for exactly tokens `r`.
    pub fn org_entry(&self, r: &Range<usize>) -> Option<&'static OrgEntry> {
        let h = self.hit_of.get(r.start)?;
        let hit = self.hits.get(h)?;
        let span = self.span(r);
        if hit.start == span.start && hit.end == span.end {
            if let HitTarget::Organisation(e) = hit.target {
                return Some(e);
            }
        }
        None
    }
}

/// A name of an organisation in the text.
#[derive(Clone, Debug)]
pub(crate) struct OrgMention {
    pub span: Span,
    pub tokens: Range<usize>,
    /// The name as written (normalised spacing), without a leading "the".
    pub name: String,
    /// The acronym defined for it here ("(CSA)"), or its own text when it is an acronym.
    pub acronym: Option<String>,
    pub is_acronym: bool,
    pub kind: OrganisationKind,
    pub country: Option<&'static str>,
    pub entry: Option<&'static OrgEntry>,
    /// The mention of an organisation named before that this one is a short form of ("the
    /// Agency" after "the Coastal Survey Agency"), by index.
    pub same_as: Option<usize>,
}

/// A name of a person in the text.
#[derive(Clone, Debug)]
pub(crate) struct PersonMention {
    pub span: Span,
    pub tokens: Range<usize>,
    /// The name as written, without honorifics.
    pub name: String,
}

/// Where a role's organisation is.
#[derive(Clone, Debug)]
pub(crate) enum OrgRef {
    /// An organisation mention, by index.
    Mention(usize),
    /// A name the organisation list does not hold (kept as written).
    Text(String),
}

/// A post the text gives a person.
#[derive(Clone, Debug)]
pub(crate) struct RoleMention {
    /// Index into `Found::people`.
    pub person: usize,
    pub title: String,
    pub org: Option<OrgRef>,
}

/// Everything the recognisers found, before merging.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub orgs: Vec<OrgMention>,
    pub people: Vec<PersonMention>,
    pub roles: Vec<RoleMention>,
    /// For each token, the mention that covers it: lookups stay constant-time however
    /// many mentions a page has. Packed in four bytes a token (MEM): see [`Owner`].
    owner: Vec<u32>,
    /// For each person, the indices of their roles in `roles`.
    roles_of: std::collections::HashMap<usize, Vec<usize>>,
}

/// Which mention covers a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Owner {
    Org(u32),
    Person(u32),
}

/// The packed `owner` of a token no mention covers.
const NO_OWNER: u32 = u32::MAX;

impl Owner {
    /// An organisation's index times two, a person's times two plus one. (Over two
    /// billion mentions, far beyond any input limit, indices would wrap as they did in
    /// `u32`.)
    fn pack(self) -> u32 {
        match self {
            Owner::Org(k) => k.wrapping_mul(2),
            Owner::Person(k) => k.wrapping_mul(2) | 1,
        }
    }

    fn unpack(v: u32) -> Option<Owner> {
        match v {
            NO_OWNER => None,
            v if v & 1 == 0 => Some(Owner::Org(v / 2)),
            v => Some(Owner::Person(v / 2)),
        }
    }
}

impl Found {
    fn claim(&mut self, r: &Range<usize>, owner: Owner) {
        if self.owner.len() < r.end {
            self.owner.resize(r.end, NO_OWNER);
        }
        for slot in &mut self.owner[r.clone()] {
            *slot = owner.pack();
        }
    }

    /// Which mention covers token `i`.
    fn owner_at(&self, i: usize) -> Option<Owner> {
        self.owner.get(i).copied().and_then(Owner::unpack)
    }

    /// Adds an organisation mention; returns its index.
    pub fn add_org(&mut self, m: OrgMention) -> usize {
        let k = self.orgs.len();
        self.claim(&m.tokens, Owner::Org(k as u32));
        self.orgs.push(m);
        k
    }

    /// Adds a person mention; returns its index.
    pub fn add_person(&mut self, m: PersonMention) -> usize {
        let k = self.people.len();
        self.claim(&m.tokens, Owner::Person(k as u32));
        self.people.push(m);
        k
    }

    /// Adds a role mention.
    pub fn add_role(&mut self, role: RoleMention) {
        self.roles_of
            .entry(role.person)
            .or_default()
            .push(self.roles.len());
        self.roles.push(role);
    }

    /// The roles of person `person`, in the order they were found.
    pub fn roles_of(&self, person: usize) -> impl Iterator<Item = &RoleMention> {
        self.roles_of
            .get(&person)
            .into_iter()
            .flatten()
            .map(|&k| &self.roles[k])
    }

    /// The person mention whose tokens are exactly `r`.
    pub fn person_at(&self, r: &Range<usize>) -> Option<usize> {
        self.person_covering(r.start)
            .filter(|&k| self.people[k].tokens == *r)
    }

    /// Whether token `i` is inside a mention already found.
    pub fn covers(&self, i: usize) -> bool {
        self.owner_at(i).is_some()
    }

    /// The organisation mention whose tokens are exactly `r`.
    pub fn org_at(&self, r: &Range<usize>) -> Option<usize> {
        self.org_covering(r.start)
            .filter(|&k| self.orgs[k].tokens == *r)
    }

    /// The organisation mention that covers token `i`.
    pub fn org_covering(&self, i: usize) -> Option<usize> {
        match self.owner_at(i) {
            Some(Owner::Org(k)) => Some(k as usize),
            _ => None,
        }
    }

    /// The person mention that covers token `i`.
    pub fn person_covering(&self, i: usize) -> Option<usize> {
        match self.owner_at(i) {
            Some(Owner::Person(k)) => Some(k as usize),
            _ => None,
        }
    }
}

/// Capitalised phrases: runs of capitalised words joined by connectors (`of`, `the`,
/// `and`, `&`, possessives), within one sentence. Leading sentence openers ("The", "In")
/// and trailing connectors are trimmed.
pub(crate) fn chunks(ctx: &Ctx<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let n = ctx.tokens.len();
    let mut i = 0;
    while i < n {
        if !ctx.is_cap(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if ctx.is_cap(end) {
                end += 1;
                continue;
            }
            let Some(t) = ctx.tok(end) else { break };
            let w = ctx.word(end);
            let joins = match t.kind {
                // "at" and "to" end a name ("Director at Vantor", "Mission … to the United
                // Nations" is read by its own rule), and a connector never joins a weekday or
                // month ("the Council on Friday").
                Kind::Word
                    if tokens::is_connector(w)
                        && !words::is_prep(w, &[words::Prep::At, words::Prep::To]) =>
                {
                    let next = if ctx.is_cap(end + 1) {
                        end + 1
                    } else {
                        end + 2
                    };
                    ((ctx.is_cap(end + 1) && !ctx.is_punct(end - 1, ","))
                        || (tokens::is_connector(ctx.word(end + 1)) && ctx.is_cap(end + 2)))
                        && !words::is_calendar_word(ctx.word(next))
                }
                // Numbers inside names: "Agenda 2040", "Harbour Expo 2031".
                Kind::Word if w.chars().next().is_some_and(|c| c.is_ascii_digit()) => end > start,
                Kind::Possessive => ctx.is_cap(end + 1),
                Kind::Punct if w == "&" => ctx.is_cap(end + 1),
                // "Co., Ltd.", "Vantor, Inc.": a comma before a company's legal form.
                Kind::Punct if w == "," => organisations::legal_form_after_comma(ctx, end),
                _ => false,
            };
            if !joins {
                break;
            }
            end += 1;
        }
        let mut s = start;
        // Leading openers ("The", "Tomorrow") go, and with them a possessive they leave
        // behind ("Tomorrow’s Harbour Lecture").
        while s < end
            && ((words::is_stop_capital(ctx.word(s))
                && !ctx.tokens[s].upper
                && !ctx.opens_known_name(s))
                || sentence_adverb(ctx, s)
                || ctx.tokens[s].kind == Kind::Possessive)
        {
            s += 1;
        }
        let mut e = end;
        while e > s
            && (tokens::is_connector(ctx.word(e - 1))
                || matches!(
                    ctx.tok(e - 1).map(|t| t.kind),
                    Some(Kind::Possessive | Kind::Punct)
                ))
        {
            e -= 1;
        }
        if s < e {
            out.push(s..e);
        }
        i = end.max(i + 1);
    }
    out
}

/// Whether token `i` is an adverb that opens a sentence before a comma ("Separately, the
/// company …", "Finally, …"): a capitalised word in -ly there is no name unless the name
/// lists or the gazetteer know it ("Kelly, …", "Italy, …").
pub(crate) fn sentence_adverb(ctx: &Ctx<'_>, i: usize) -> bool {
    let Some(t) = ctx.tok(i) else { return false };
    let w = ctx.word(i);
    t.sentence_start
        && t.cap
        && !t.upper
        && ctx.is_punct(i + 1, ",")
        && w.chars().count() > 4
        && w.ends_with("ly")
        && NAMES.given(w).is_none()
        && NAMES.family(w).is_none()
        && ctx.hit_of.get(i).is_none()
        && ctx.place_at(i).is_none()
}

/// Runs every recogniser over the text.
pub(crate) fn find(ctx: &Ctx<'_>) -> Found {
    let chunks = chunks(ctx);
    let mut found = Found::default();
    organisations::find(ctx, &chunks, &mut found);
    people::find(ctx, &chunks, &mut found);
    organisations::find_more(ctx, &chunks, &mut found);
    people::find_aliases(ctx, &mut found);
    found
}

/// What the stage finds in a text, written compactly for table tests.
#[cfg(test)]
pub(crate) mod testing {
    use super::{find, Ctx, Found, OrgRef};

    /// People, roles and organisations found in `text`, each once, in text order.
    #[derive(Debug, Default)]
    pub(crate) struct Seen {
        /// `Jane Roe`
        pub people: Vec<String>,
        /// `Jane Roe = Director @ Coastal Survey Agency`, or `Jane Roe = Director`
        pub roles: Vec<String>,
        /// `Coastal Survey Agency [government, CL, CSA]`: kind, then country and acronym
        /// when there are.
        pub orgs: Vec<String>,
    }

    fn push_once(v: &mut Vec<String>, s: String) {
        if !v.contains(&s) {
            v.push(s);
        }
    }

    /// Runs the stage over `text` (one block, no headings).
    pub(crate) fn read(text: &str) -> Seen {
        let ctx = Ctx::new(text, &[]);
        let found = find(&ctx);
        seen(&found)
    }

    pub(crate) fn seen(found: &Found) -> Seen {
        let mut out = Seen::default();
        let mut people: Vec<(usize, usize)> = found
            .people
            .iter()
            .enumerate()
            .map(|(k, p)| (p.span.start, k))
            .collect();
        people.sort();
        for &(_, k) in &people {
            push_once(&mut out.people, found.people[k].name.clone());
        }
        for &(_, k) in &people {
            for r in found.roles_of(k) {
                let org = match &r.org {
                    Some(OrgRef::Mention(o)) => found.orgs.get(*o).map(|o| o.name.clone()),
                    Some(OrgRef::Text(t)) => Some(t.clone()),
                    None => None,
                };
                let who = &found.people[k].name;
                let role = match org {
                    Some(o) => format!("{who} = {} @ {o}", r.title),
                    None => format!("{who} = {}", r.title),
                };
                push_once(&mut out.roles, role);
            }
        }
        let mut orgs: Vec<(usize, usize)> = found
            .orgs
            .iter()
            .enumerate()
            .map(|(k, o)| (o.span.start, k))
            .collect();
        orgs.sort();
        for (_, k) in orgs {
            let o = &found.orgs[k];
            let mut attrs = vec![serde_json::to_value(o.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()];
            attrs.extend(o.country.map(str::to_owned));
            attrs.extend(o.acronym.clone().filter(|a| *a != o.name));
            push_once(&mut out.orgs, format!("{} [{}]", o.name, attrs.join(", ")));
        }
        out
    }
}
