//! The frame: one event while the stage builds it, and the set of frames found so far with
//! the indexes that keep every look-up constant-time however many events a page names.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use crate::dates::FoundDate;
use crate::document::normalise;
use crate::entities::tokens::PerToken;
use crate::entities::Ctx;
use crate::lexicon::{self, Class};
use crate::model::{EventKind, EventWhen, Precision};

/// The [`EventKind`] a lexicon value cell names, as the JSON writes it (`side_event`).
pub(super) fn kind(v: &str) -> Option<EventKind> {
    use serde::de::{value::StrDeserializer, Deserialize};
    EventKind::deserialize(StrDeserializer::<serde::de::value::Error>::new(v)).ok()
}

/// The head noun of an event phrase as the lexicon writes it, singular: "the conference"
/// and "conferences" share the head `conference`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Head(&'static str);

impl Head {
    /// The head `word` is, with the kind of event it names.
    pub fn of(word: &str) -> Option<(Head, EventKind)> {
        let (head, kind) = lexicon::event_head_entry(word)?;
        Some((Head(head), self::kind(kind)?))
    }

    /// The head as the lexicon writes it.
    pub fn word(self) -> &'static str {
        self.0
    }

    /// Whether the head is an entry of `class` ("event" of `event_generic_head`).
    pub fn is(self, class: Class) -> bool {
        lexicon::contains(class, self.0)
    }
}

/// Which rule found a frame. Later rules ask this, never the frame's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rule {
    /// A capitalised name with an event head ("Harbour Cities Summit").
    Name,
    /// A name and a year, the edition of a recurring event ("Expo 2030").
    Edition,
    /// A lowercase event phrase ("high-level conference", "the plenary vote").
    Phrase,
    /// A decision reported with its count of votes ("carried by 412 votes to 90").
    Tally,
    /// An item of an agenda ("councillors will debate …").
    AgendaItem,
    /// A quoted title in a list of events ("side events included “A”, “B”").
    ListedTitle,
}

/// How narrowly a date places an event. A day (or a range of days) is finer than a week,
/// a week than a month, and so on: a later mention's date replaces an earlier one only
/// when it is finer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

impl Grain {
    pub fn of(p: Precision) -> Grain {
        match p {
            Precision::Day | Precision::Range => Grain::Day,
            Precision::Week => Grain::Week,
            Precision::Month => Grain::Month,
            Precision::Quarter => Grain::Quarter,
            Precision::Year => Grain::Year,
        }
    }
}

/// An event's dates and how narrow they are.
#[derive(Clone, Debug)]
pub(super) struct When {
    pub value: EventWhen,
    pub grain: Grain,
}

impl When {
    /// The date `d`, with the words it was written in.
    pub fn from_date(ctx: &Ctx<'_>, d: &FoundDate) -> When {
        When {
            value: EventWhen {
                start: d.start,
                end: d.end,
                text: ctx
                    .text
                    .get(d.span.start..d.span.end)
                    .unwrap_or("")
                    .to_owned(),
            },
            grain: Grain::of(d.precision),
        }
    }
}

/// One event found in the text, before output.
#[derive(Debug, Clone)]
pub(super) struct Frame {
    pub name: String,
    pub kind: EventKind,
    /// The head noun, for "the conference" coreference; none for names without one
    /// ("World Water Day", an agenda item named by its topic).
    pub head: Option<Head>,
    pub rule: Rule,
    /// Token ranges of its mentions.
    pub mentions: Vec<Range<usize>>,
    /// Token range of the first mention, and its sentence.
    pub tokens: Range<usize>,
    pub sentence: Range<usize>,
    /// Whether the event has a name of its own (a title, a capitalised name), not only a
    /// head phrase ("the conference").
    pub named: bool,
    pub when: Option<When>,
    pub place: Option<String>,
    pub organisers: Vec<String>,
    pub co_organisers: Vec<String>,
    pub chairs: Vec<String>,
    pub participants: Vec<String>,
    pub parent: Option<usize>,
    /// For an item of a list of titles, the token of the phrase that introduced the list
    /// ("the side events included “A”, “B”"): the items share that event's parent.
    pub listed_under: Option<usize>,
}

impl Frame {
    /// A frame first mentioned by tokens `tokens` of sentence `sentence`, named by its
    /// words as written. Head phrases ([`Rule::Phrase`]) are not names; the rest are.
    pub fn new(
        ctx: &Ctx<'_>,
        tokens: Range<usize>,
        kind: EventKind,
        head: Option<Head>,
        rule: Rule,
        sentence: Range<usize>,
    ) -> Frame {
        Frame {
            name: normalise(ctx.slice(&tokens)),
            kind,
            head,
            rule,
            mentions: vec![tokens.clone()],
            tokens,
            sentence,
            named: rule != Rule::Phrase,
            when: None,
            place: None,
            organisers: Vec::new(),
            co_organisers: Vec::new(),
            chairs: Vec::new(),
            participants: Vec::new(),
            parent: None,
            listed_under: None,
        }
    }

    /// Takes `d`, with the words it was written in, as the event's date.
    pub fn date_from(&mut self, ctx: &Ctx<'_>, d: &FoundDate) {
        self.when = Some(When::from_date(ctx, d));
    }

    /// Whether the frame is a plural head phrase ("side events", "community meetings"):
    /// several events, never the one a reference points back to.
    pub fn plural(&self) -> bool {
        let Some(h) = self.head else { return false };
        self.name
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.to_lowercase() == format!("{}s", h.word()))
    }

    /// Whether a reference ("the event", "it") may point back to the frame: one event
    /// of its own, not several, and not a part of a programme (a session or side event
    /// is referred to by its own head).
    pub fn principal(&self) -> bool {
        !self.plural() && !matches!(self.kind, EventKind::Session | EventKind::SideEvent)
    }

    /// How narrow the event's date is; `None` while it has none.
    pub fn grain(&self) -> Option<Grain> {
        self.when.as_ref().map(|w| w.grain)
    }
}

/// Adds the names of `names` that `list` does not hold yet, in order.
pub(super) fn extend(list: &mut Vec<String>, names: Vec<String>) {
    for n in names {
        if !list.contains(&n) {
            list.push(n);
        }
    }
}

/// Whether `w` numbers or marks an edition: "fifth", "twenty-fifth", "10th", "annual".
pub(super) fn is_ordinal(w: &str) -> bool {
    if lexicon::contains(Class::EventEditionWord, w) {
        return true;
    }
    // "twenty-fifth", "seventy-eighth": a compound ordinal is one by its last part.
    if let Some((_, last)) = w.rsplit_once('-') {
        return lexicon::value(Class::EventEditionWord, last).is_some_and(|n| n != "0");
    }
    // "10th", "21st", "2nd", "3rd".
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && lexicon::contains(Class::EventOrdinalSuffix, w.get(digits..).unwrap_or(""))
}

/// An ordinal or a year: the edition words of an event's name.
pub(super) fn is_edition_word(w: &str) -> bool {
    is_ordinal(w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// A name without its edition ("10th", "fifth", "annual", a year) and case, for matching
/// mentions of one event: "the 10th Harbour Summit" is this release's "Harbour Summit".
pub(super) fn edition_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !is_edition_word(w))
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// How many earlier mentions a reference ("the event", "it") looks back over for the
/// event it refers to: a passage mentions a handful of events; the bound keeps a page of
/// thousands of mentions linear.
const SALIENT_REACH: usize = 24;

/// The frames found so far, with indexes by token, by name and by head.
#[derive(Debug, Default)]
pub(super) struct FrameSet {
    frames: Vec<Frame>,
    /// For each token, the frame whose first mention covers it.
    owner: PerToken,
    /// Frames by [`edition_key`] of each name they had.
    by_edition: HashMap<String, usize>,
    /// Frames by each lowercase name they had.
    by_name: HashMap<String, usize>,
    /// The frames with each head, by the token where their first mention starts. A named
    /// frame is filed under every head word of its name ("Harbour Award Dinner" under
    /// `award` and `dinner`): "the dinner" may refer to it.
    of_head: HashMap<Head, BTreeMap<usize, usize>>,
    /// Every mention's first token, with its frame: what the passage mentioned last.
    by_mention: BTreeMap<usize, usize>,
}

impl FrameSet {
    pub fn new(tokens: usize) -> FrameSet {
        FrameSet {
            owner: PerToken::none(tokens),
            ..FrameSet::default()
        }
    }

    pub fn get(&self, k: usize) -> Option<&Frame> {
        self.frames.get(k)
    }

    /// The frame whose first mention covers token `i`.
    pub fn owner_at(&self, i: usize) -> Option<usize> {
        self.owner.get(i)
    }

    /// Whether a frame's first mention overlaps tokens `r`.
    pub fn overlaps(&self, r: &Range<usize>) -> bool {
        r.clone().any(|i| self.owner_at(i).is_some())
    }

    pub fn by_edition(&self, key: &str) -> Option<usize> {
        self.by_edition.get(key).copied()
    }

    pub fn by_name(&self, lower: &str) -> Option<usize> {
        self.by_name.get(lower).copied()
    }

    /// The frame with head `head` whose first mention is the last to start before token
    /// `i`: what "the conference" at `i` refers to.
    pub fn before_with_head(&self, head: Head, i: usize) -> Option<usize> {
        let by_start = self.of_head.get(&head)?;
        by_start.range(..i).next_back().map(|(_, &k)| k)
    }

    /// The event the passage before token `i` is about: the frame mentioned last before
    /// it that `principal` admits, among the last [`SALIENT_REACH`] mentions.
    pub fn salient_before(&self, i: usize, principal: impl Fn(&Frame) -> bool) -> Option<usize> {
        self.by_mention
            .range(..i)
            .rev()
            .take(SALIENT_REACH)
            .map(|(_, &k)| k)
            .find(|&k| self.frames.get(k).is_some_and(&principal))
    }

    /// Adds `f`; returns its index.
    pub fn push(&mut self, f: Frame) -> usize {
        let k = self.frames.len();
        for i in f.tokens.clone() {
            if self.owner.get(i).is_none() {
                self.owner.set(i, Some(k));
            }
        }
        self.by_edition.entry(edition_key(&f.name)).or_insert(k);
        self.by_name.entry(f.name.to_lowercase()).or_insert(k);
        let mut heads: Vec<Head> = f.head.into_iter().collect();
        if f.named {
            heads.extend(
                f.name
                    .split_whitespace()
                    .filter_map(|w| Head::of(w).map(|h| h.0)),
            );
        }
        for h in heads {
            self.of_head
                .entry(h)
                .or_default()
                .entry(f.tokens.start)
                .or_insert(k);
        }
        self.by_mention.entry(f.tokens.start).or_insert(k);
        self.frames.push(f);
        k
    }

    /// Adds a mention to frame `k`.
    pub fn add_mention(&mut self, k: usize, r: Range<usize>) {
        if let Some(f) = self.frames.get_mut(k) {
            self.by_mention.entry(r.start).or_insert(k);
            f.mentions.push(r);
        }
    }

    /// Gives frame `k` the name `name`, and makes it a named event.
    pub fn rename(&mut self, k: usize, name: String) {
        let Some(f) = self.frames.get_mut(k) else {
            return;
        };
        self.by_edition.entry(edition_key(&name)).or_insert(k);
        self.by_name.entry(name.to_lowercase()).or_insert(k);
        f.name = name;
        f.named = true;
    }

    /// Drops every mention that overlaps a token of `taken`: another reading owns them.
    pub fn release(&mut self, taken: &[bool]) {
        let hit = |r: &Range<usize>| r.clone().any(|i| taken.get(i).copied().unwrap_or(false));
        for f in &mut self.frames {
            f.mentions.retain(|m| !hit(m));
        }
    }

    /// The frames in text order, one per first mention, without those left with no
    /// mention.
    pub fn into_frames(self) -> Vec<Frame> {
        let mut frames = self.frames;
        frames.retain(|f| !f.mentions.is_empty());
        // A frame whose first mention went to another reading is where its next one is.
        for f in frames
            .iter_mut()
            .filter(|f| !f.mentions.contains(&f.tokens))
        {
            if let Some(first) = f.mentions.iter().min_by_key(|m| m.start) {
                f.tokens = first.clone();
            }
        }
        frames.sort_by_key(|f| f.tokens.start);
        frames.dedup_by(|b, a| a.tokens == b.tokens);
        frames
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_and_edition_words() {
        // (word, ordinal)
        let table = [
            ("fifth", true),
            ("Fifth", true),
            ("twenty-fifth", true),
            ("seventy-eighth", true),
            ("10th", true),
            ("21st", true),
            ("annual", true),
            ("six-month", false),
            ("in-depth", false),
            ("month", false),
            ("10", false),
        ];
        for (w, want) in table {
            assert_eq!(is_ordinal(w), want, "{w}");
        }
        assert!(is_edition_word("2031"));
        assert!(!is_edition_word("203"));
    }

    #[test]
    fn names_compare_without_their_edition() {
        // (name, key)
        let table = [
            ("10th Harbour Summit", "harbour summit"),
            ("the Fifth Regional Forum", "the regional forum"),
            ("Harbourfest 2027", "harbourfest"),
            ("Annual Gala", "gala"),
        ];
        for (name, key) in table {
            assert_eq!(edition_key(name), key, "{name}");
        }
    }

    #[test]
    fn the_set_indexes_what_it_holds() {
        let text = "The Harbour Summit opened. The summit ended. The gala began.";
        let ctx = Ctx::new(text, &[]);
        let word = |w: &str| {
            (0..ctx.tokens.len())
                .find(|&i| ctx.word(i) == w)
                .unwrap_or(0)
        };
        let (summit, gala) = (word("Summit"), word("gala"));
        let (h_summit, k_summit) = Head::of("Summit").expect("an event head");
        let (h_gala, k_gala) = Head::of("gala").expect("an event head");
        let mut set = FrameSet::new(ctx.tokens.len());
        let a = set.push(Frame::new(
            &ctx,
            summit - 1..summit + 1,
            k_summit,
            Some(h_summit),
            Rule::Name,
            0..5,
        ));
        let b = set.push(Frame::new(
            &ctx,
            gala..gala + 1,
            k_gala,
            Some(h_gala),
            Rule::Phrase,
            0..5,
        ));
        assert!(set.overlaps(&(summit..summit + 3)));
        assert_eq!(set.owner_at(gala), Some(b));
        assert_eq!(set.by_edition("harbour summit"), Some(a));
        assert_eq!(set.by_name("gala"), Some(b));
        assert_eq!(set.before_with_head(h_summit, summit + 2), Some(a));
        assert_eq!(set.before_with_head(h_summit, summit - 1), None);
        assert_eq!(set.salient_before(gala + 1, |_| true), Some(b));
        assert_eq!(set.salient_before(gala, |_| true), Some(a));
        // The gala's only mention goes to another reading: the gala is gone.
        let mut taken = vec![false; ctx.tokens.len()];
        taken[gala] = true;
        set.release(&taken);
        let frames = set.into_frames();
        assert_eq!(frames.len(), 1);
        assert_eq!(frames[0].name, "Harbour Summit");
    }

    #[test]
    fn grains_order_dates_by_narrowness() {
        assert!(Grain::of(Precision::Range) < Grain::of(Precision::Week));
        assert!(Grain::of(Precision::Day) == Grain::Day);
        assert!(Grain::of(Precision::Month) < Grain::Year);
    }
}
