//! Stage 4: event frames.
//!
//! Input: the tokens, the people and organisations (resolved), and the dates of the text.
//! Output: the events the release reports or announces, each with its name, kind, dates,
//! place, organisers, co-organisers, chairs, participants and parent. Events are found
//! from capitalised names with an event head word (`Belt and Road Summit`, `Conference on
//! the Future of Europe`), trigger nouns with their modifiers (`high-level conference`,
//! `plenary vote`), quoted titles in lists of events, and media-advisory blocks; repeated
//! mentions (`the conference`) join the event they refer to. Frame slots come from the
//! event's own sentence, or are inherited from its parent.

use std::ops::Range;

use crate::dates::FoundDate;
use crate::document::normalise;
use crate::entities::tokens::Kind;
use crate::entities::{words, Ctx, Found};
use crate::lexicon;
use crate::model::{Event, EventKind, EventWhen};
use crate::resolve::Resolved;
use crate::span::{Mention, Span};

/// Whether a heading or item lead can be what an assembly debates: not page furniture
/// ("Further information", "In brief") and not a person ("Viktor ALMQVIST").
fn is_topic(resolved: &Resolved, t: &str) -> bool {
    let lower = t.to_lowercase();
    let furniture = matches!(
        lower.trim_end_matches(':'),
        "further information"
            | "in brief"
            | "contacts"
            | "contact"
            | "press contacts"
            | "background"
            | "next steps"
            | "procedure"
            | "quote"
            | "quotes"
            | "facts"
            | "notes to editors"
            | "more information"
            | "links"
            | "related"
    );
    !furniture
        && !resolved
            .people
            .iter()
            .any(|p| p.name.to_lowercase() == lower)
}

/// "For more information, visit www.example.com", "please visit our website": the verb
/// `visit`, pointing at a page, not a trip.
fn is_web_visit(ctx: &Ctx<'_>, i: usize) -> bool {
    if !ctx.word(i).eq_ignore_ascii_case("visit") {
        return false;
    }
    let before = i
        .checked_sub(1)
        .map(|p| ctx.word(p).to_lowercase())
        .unwrap_or_default();
    let next = ctx.word(i + 1).to_lowercase();
    matches!(before.as_str(), "please" | "information" | "details" | ",")
        || next.starts_with("http")
        || next.starts_with("www")
        || matches!(
            next.as_str(),
            "our" | "us" | "the" | "www." | "https" | "http"
        ) && matches!(
            ctx.word(i + 2).to_lowercase().as_str(),
            "website" | "web" | "site" | "page" | "online" | "at" | ":" | "homepage"
        )
        || next.contains('.') && next.contains('/')
}

/// Words that make a lowercase trigger a specific event: `press` conference, `plenary`
/// vote, `side` event, `inaugural` meeting.
fn is_event_modifier(word: &str) -> bool {
    let w = word.to_lowercase();
    matches!(
        w.as_str(),
        "press"
            | "news"
            | "media"
            | "plenary"
            | "side"
            | "high-level"
            | "inaugural"
            | "annual"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "final"
            | "closing"
            | "opening"
            | "joint"
            | "informal"
            | "formal"
            | "special"
            | "emergency"
            | "extraordinary"
            | "ministerial"
            | "bilateral"
            | "trilateral"
            | "multilateral"
            | "virtual"
            | "live"
            | "audio"
            | "online"
            | "public"
            | "international"
            | "regional"
            | "national"
            | "global"
            | "world"
            | "official"
            | "candlelight"
            | "groundbreaking"
            | "signing"
            | "launch"
            | "award"
            | "awards"
            | "resource"
            | "job"
            | "community"
            | "educational"
            | "commemorative"
            | "preparatory"
            | "thematic"
            | "interactive"
            | "technical"
            | "expert"
            | "working"
            | "state"
            | "cocktail"
            | "keynote"
            | "welcome"
            | "earnings"
            | "conference"
            | "investment"
            | "export"
            | "procurement"
            | "consultation"
            | "committee"
            | "council"
            | "parliamentary"
            | "general"
            | "main"
            | "next"
            | "upcoming"
            | "recent"
            | "weekly"
            | "monthly"
            | "daily"
            | "two-day"
            | "three-day"
            | "one-day"
            | "half-day"
            | "day-long"
            | "hybrid"
            | "in-person"
            | "small"
            | "group"
            | "one-on-one"
            | "industry"
            | "policy"
            | "business"
            | "luncheon"
            | "breakfast"
            | "lunch"
            | "dinner"
            | "networking"
            | "training"
            | "information"
            | "town"
            | "hall"
            | "round"
            | "table"
            | "working-level"
            | "leaders"
            | "summit"
            | "panel"
    ) || w.ends_with("-level")
        || w.ends_with("-day")
        || w.ends_with("th")
            && matches!(
                w.trim_end_matches("th"),
                "four" | "fif" | "six" | "seven" | "eigh" | "nin" | "ten" | "eleven" | "twelf"
            )
}

/// One event found in the text, before output.
#[derive(Debug, Clone)]
struct Frame {
    name: String,
    kind: EventKind,
    /// The trigger word, lowercase, for `the conference` coreference.
    head: String,
    /// Token ranges of its mentions.
    mentions: Vec<Range<usize>>,
    /// Token range of the first mention, and its sentence.
    tokens: Range<usize>,
    sentence: Range<usize>,
    named: bool,
    when: Option<EventWhen>,
    /// How precise `when` is (see `precision_rank`); 9 while there is none.
    when_rank: u8,
    place: Option<String>,
    organisers: Vec<String>,
    co_organisers: Vec<String>,
    chairs: Vec<String>,
    participants: Vec<String>,
    parent: Option<usize>,
}

impl Frame {
    /// Takes `d`, with the words it was written in, as the event's date.
    fn date_from(&mut self, ctx: &Ctx<'_>, d: &FoundDate) {
        self.when_rank = precision_rank(d.precision);
        self.when = Some(EventWhen {
            start: d.start,
            end: d.end,
            text: ctx
                .text
                .get(d.span.start..d.span.end)
                .unwrap_or("")
                .to_owned(),
        });
    }
}

/// What the event stage needs to know of the document beyond its tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DocContext<'a> {
    /// The release's date: a vote reported without a date took place that day.
    pub anchor: Option<crate::date::Date>,
    /// The dateline opener, whose date is the release's.
    pub dateline: Option<Span>,
    /// The spans of the document's headings, in order: an agenda names its items by them.
    pub headings: &'a [Span],
}

fn precision_rank(p: crate::model::Precision) -> u8 {
    use crate::model::Precision as P;
    match p {
        P::Day | P::Range => 0,
        P::Week => 1,
        P::Month => 2,
        P::Quarter => 3,
        P::Year => 4,
    }
}

/// Sentences as token ranges.
fn sentences(ctx: &Ctx<'_>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in ctx.tokens.iter().enumerate() {
        let end_here = t.kind == Kind::Break
            || (t.kind == Kind::Punct
                && matches!(ctx.word(i), "." | "!" | "?")
                && ctx
                    .tok(i + 1)
                    .is_none_or(|n| n.sentence_start || n.kind == Kind::Break));
        if end_here {
            if start < i + 1 {
                out.push(start..i + 1);
            }
            start = i + 1;
        }
    }
    if start < ctx.tokens.len() {
        out.push(start..ctx.tokens.len());
    }
    out
}

/// Every entity named inside `r`, with its token start and end, in order. Nested
/// mentions cannot occur: each token has at most one mention.
fn entities_in_positions(
    found: &Found,
    resolved: &Resolved,
    r: &Range<usize>,
) -> Vec<(usize, String, usize)> {
    let mut out: Vec<(usize, String, usize)> = Vec::new();
    let mut i = r.start;
    while i < r.end {
        let hit = if let Some(k) = found.org_covering(i) {
            let o = &found.orgs[k];
            resolved
                .org_of_mention
                .get(k)
                .and_then(|&x| resolved.organisations.get(x))
                .map(|x| (o.tokens.clone(), x.name.clone()))
        } else if let Some(k) = found.person_covering(i) {
            let p = &found.people[k];
            resolved
                .person_of_mention
                .get(k)
                .and_then(|&x| resolved.people.get(x))
                .map(|x| (p.tokens.clone(), x.name.clone()))
        } else {
            None
        };
        match hit {
            Some((tokens, name)) if tokens.start >= r.start && tokens.end <= r.end => {
                out.push((tokens.start, name, tokens.end));
                i = tokens.end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

/// Every entity named inside `r`, in order: "the HKSAR and the HKTDC" gives two.
fn entities_in(found: &Found, resolved: &Resolved, r: &Range<usize>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (_, name, _) in entities_in_positions(found, resolved, r) {
        if !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

/// Finds the events of the text.
pub(crate) fn frames(
    ctx: &Ctx<'_>,
    found: &Found,
    resolved: &Resolved,
    dates: &[FoundDate],
    context: &DocContext<'_>,
) -> Vec<Event> {
    // The dateline's date is the release's, not an event's.
    let dates: Vec<FoundDate> = dates
        .iter()
        .filter(|d| context.dateline.is_none_or(|dl| !dl.contains(d.span)))
        .copied()
        .collect();
    let dates = &dates[..];
    let sents = sentences(ctx);
    let sentence_of = |i: usize| sentence_at(&sents, i).unwrap_or(i..i + 1);
    let mut frames: Vec<Frame> = Vec::new();
    let chunks = crate::entities::chunks(ctx);

    // 1. Capitalised event names: "Belt and Road Summit", "Conference on the Future of Europe",
    //    "fifth United Nations Conference on the Least Developed Countries".
    for c in &chunks {
        // A Title Case headline capitalises every word: its phrases are not names.
        if ctx.loud.get(c.start).copied().unwrap_or(false) {
            continue;
        }
        let last = ctx.word(c.end - 1);
        let first = ctx.word(c.start);
        // "FIX 2024", "CES 2024", "London 2012": a name and a year is an edition of an event.
        if is_edition(ctx, c) {
            push_frame(
                ctx,
                &mut frames,
                c.clone(),
                EventKind::Conference,
                last.to_owned(),
                true,
                sentence_of(c.start),
            );
            continue;
        }
        // "World Food Day", "International Day of Peace": observances are days of events.
        let observance = matches!(first, "World" | "International" | "National" | "Global")
            && c.len() >= 2
            && (last == "Day"
                || (c.start..c.end).any(|i| ctx.is_word(i, "Day") && ctx.is_word(i + 1, "of")));
        let head_last = lexicon::event_head(last)
            .filter(|_| ctx.is_cap(c.end - 1) && c.len() >= 2)
            .or(observance.then_some(EventKind::Other));
        let head_inner = (c.start..c.end).find(|&i| {
            ctx.is_cap(i)
                && lexicon::event_head(ctx.word(i)).is_some()
                && matches!(ctx.word(i + 1), "on" | "of" | "for")
        });
        let (kind, head) = match (head_last, head_inner) {
            (Some(k), _) => (k, last.to_lowercase()),
            (None, Some(i)) => (
                lexicon::event_head(ctx.word(i)).unwrap_or(EventKind::Other),
                ctx.word(i).to_lowercase(),
            ),
            _ => continue,
        };
        if first.eq_ignore_ascii_case("event") || words::is_stop_capital(first) && c.len() == 1 {
            continue;
        }
        // "Intergovernmental Panel on Climate Change", "United Nations Framework Convention
        // on Climate Change": a known body or treaty named with an event word is no event.
        let known_body = found
            .org_covering(c.start)
            .and_then(|o| found.orgs.get(o))
            .is_some_and(|o| {
                o.entry.is_some() && o.tokens.start <= c.start && o.tokens.end >= c.end
            });
        let treaty = head == "convention"
            && (c.start..c.end).any(|i| ctx.is_word(i, "Convention") && ctx.is_word(i + 1, "on"));
        // "the twenty-eighth Conference of the Parties": a numbered meeting of the body.
        let numbered = c
            .start
            .checked_sub(1)
            .is_some_and(|p| is_ordinal(ctx.word(p)));
        if (known_body || treaty) && !numbered {
            continue;
        }
        // Ordinals written before the name belong to it: "fifth United Nations Conference".
        let mut s = c.start;
        while s > 0 && is_ordinal(ctx.word(s - 1)) {
            s -= 1;
        }
        let r = s..c.end;
        push_frame(
            ctx,
            &mut frames,
            r.clone(),
            kind,
            head,
            true,
            sentence_of(r.start),
        );
    }

    // 2. Lowercase triggers with their modifiers: "high-level conference", "plenary vote".
    for i in 0..ctx.tokens.len() {
        let w = ctx.word(i);
        if ctx.tok(i).is_none_or(|t| t.kind != Kind::Word || t.cap) {
            continue;
        }
        let Some(kind) = lexicon::event_head(w) else {
            continue;
        };
        if frames.iter().any(|f| f.tokens.contains(&i)) || ctx.loud.get(i).copied().unwrap_or(false)
        {
            continue;
        }
        if is_web_visit(ctx, i) {
            continue;
        }
        let mut s = i;
        while s > 0
            && ctx.tok(s - 1).is_some_and(|t| t.kind == Kind::Word)
            && (is_event_modifier(ctx.word(s - 1)) || is_ordinal(ctx.word(s - 1)))
            && i - s < 3
        {
            s -= 1;
        }
        let is_side_event = ctx.word(i).starts_with("event")
            && s < i
            && ctx.word(i - 1).eq_ignore_ascii_case("side");
        let kind = if is_side_event {
            EventKind::SideEvent
        } else {
            kind
        };
        // "press conference" is a briefing, whatever "conference" says.
        let kind = if matches!(
            ctx.word(s).to_lowercase().as_str(),
            "press" | "news" | "media"
        ) && s < i
        {
            EventKind::Briefing
        } else {
            kind
        };
        let modified = s < i;
        let head = w.to_lowercase();
        // "launch of Kairos 3.1", "opening of Nam Nghi Phu Quoc", "signing of 33 MoU": the
        // thing launched or signed names the event.
        let of_object =
            matches!(kind, EventKind::Launch | EventKind::Signing) && ctx.is_word(i + 1, "of") && {
                let k = if ctx.is_word(i + 2, "the") {
                    i + 3
                } else {
                    i + 2
                };
                ctx.is_cap(k)
                    || ctx
                        .tok(k)
                        .is_some_and(|t| t.text(ctx.text).starts_with(|c: char| c.is_ascii_digit()))
            };
        if of_object {
            let k = if ctx.is_word(i + 2, "the") {
                i + 3
            } else {
                i + 2
            };
            let mut e = k + 1;
            while ctx.is_cap(e)
                || ctx.tok(e).is_some_and(|t| {
                    t.kind == Kind::Word
                        && t.text(ctx.text).starts_with(|c: char| c.is_ascii_digit())
                })
            {
                e += 1;
            }
            push_frame(ctx, &mut frames, s..e, kind, head, true, sentence_of(s));
            continue;
        }
        // A bare trigger is a mention of an event already named ("the conference"), or a
        // generic word ("events", "meetings"): only a definite reference joins an event.
        if !modified {
            if ctx.is_word(i.saturating_sub(1), "the")
                || ctx
                    .tok(i.saturating_sub(1))
                    .is_some_and(|t| t.kind == Kind::Possessive)
            {
                if let Some(f) = frames.iter_mut().rev().find(|f| same_head(&f.head, &head)) {
                    f.mentions.push(i..i + 1);
                }
            }
            continue;
        }
        // "the three-day event", "the annual event": the event the release is about, not
        // another one.
        if head.starts_with("event") && !is_side_event {
            if let Some(f) = frames
                .iter_mut()
                .filter(|f| f.named)
                .max_by_key(|f| f.mentions.len())
            {
                f.mentions.push(s..i + 1);
                continue;
            }
        }
        // "the seventy-eighth session of the General Assembly": a session is named with the
        // body it is a session of.
        let mut e = i + 1;
        if kind == EventKind::Session && ctx.is_word(i + 1, "of") {
            let k = if ctx.is_word(i + 2, "the") {
                i + 3
            } else {
                i + 2
            };
            let mut j = k;
            while ctx.is_cap(j)
                || (crate::entities::tokens::is_connector(ctx.word(j)) && ctx.is_cap(j + 1))
            {
                j += 1;
            }
            if j > k {
                e = j;
            }
        }
        // "the High-level conference" and "the high-level conference" are one event.
        let name = normalise(ctx.slice(&(s..e)));
        if let Some(f) = frames
            .iter_mut()
            .find(|f| f.name.eq_ignore_ascii_case(&name))
        {
            f.mentions.push(s..i + 1);
            continue;
        }
        push_frame(ctx, &mut frames, s..e, kind, head, false, sentence_of(s));
    }

    // 3. "The text was adopted by 485 votes to 65": a vote took place.
    votes(ctx, found, resolved, &mut frames, &sentence_of);
    // An agenda: "MEPs will debate …", "The final vote will take place on Tuesday".
    agenda(ctx, resolved, dates, context, &mut frames, &sents);

    // 4. Quoted titles in lists of events, and "titled “…”".
    quoted_titles(ctx, &mut frames, &sents);

    frames.sort_by_key(|f| f.tokens.start);
    frames.dedup_by(|b, a| a.tokens == b.tokens);

    // 4. Slots from each event's sentence.
    let index = SlotIndex::new(ctx, &frames, dates);
    for k in 0..frames.len() {
        fill_slots(ctx, found, resolved, dates, &mut frames, k, &sents, &index);
    }
    merge_aliases(&mut frames);
    advisory(ctx, dates, &mut frames);
    name_owners(ctx, found, resolved, &mut frames);
    // 5. Parents, then inheritance of when and where from them.
    for k in 0..frames.len() {
        if frames[k].parent.is_none() {
            frames[k].parent = find_parent(ctx, &frames, k);
        }
    }
    // Agenda items are parts of the assembly's sitting.
    if let Some(sitting) = frames
        .iter()
        .position(|f| f.head == "session" && f.name.to_lowercase().contains("plenary"))
    {
        for f in frames
            .iter_mut()
            .filter(|f| f.head == "agenda" && f.parent.is_none())
        {
            f.parent = Some(sitting);
        }
    }
    main_event_parts(&mut frames);
    // "CES 2024", "London 2012": an edition without a date of its own is in its year.
    for f in frames.iter_mut().filter(|f| f.when.is_none() && f.named) {
        let Some(year) = f
            .name
            .rsplit(' ')
            .next()
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<i32>().ok())
        else {
            continue;
        };
        if let (Some(a), Some(b)) = (
            crate::date::Date::new(year, 1, 1),
            crate::date::Date::new(year, 12, 31),
        ) {
            f.when = Some(EventWhen {
                start: a,
                end: b,
                text: year.to_string(),
            });
        }
    }
    // A vote reported without a date ("adopted by 485 votes") took place on the release's day.
    if let Some(day) = context.anchor {
        for f in frames
            .iter_mut()
            .filter(|f| f.head == "vote" && f.when.is_none() && f.named)
        {
            f.when = Some(EventWhen {
                start: day,
                end: day,
                text: String::new(),
            });
        }
    }
    for k in 0..frames.len() {
        let mut seen = 0;
        let mut p = frames[k].parent;
        while let Some(pi) = p {
            seen += 1;
            if seen > 8 || pi == k {
                break;
            }
            // A part takes its parent's dates when it has none, or only a year ("this
            // year's luncheon") where the parent has days.
            let year_only = frames[k].when_rank >= precision_rank(crate::model::Precision::Year);
            if (frames[k].when.is_none() || year_only && frames[pi].when_rank < frames[k].when_rank)
                && frames[pi].when.is_some()
            {
                frames[k].when = frames[pi].when.clone();
                frames[k].when_rank = frames[pi].when_rank;
            }
            if frames[k].place.is_none() {
                frames[k].place = frames[pi].place.clone();
            }
            p = frames[pi].parent;
        }
    }
    frames
        .into_iter()
        .map(|f| Event {
            name: f.name,
            kind: f.kind,
            when: f.when,
            place: f.place,
            organisers: f.organisers,
            co_organisers: f.co_organisers,
            chairs: f.chairs,
            participants: f.participants,
            parent: f.parent,
            mentions: {
                let mut m: Vec<Span> = f.mentions.iter().map(|r| ctx.span(r)).collect();
                m.sort();
                m.dedup();
                m.into_iter()
                    .filter_map(|s| Mention::new(ctx.text, s))
                    .collect()
            },
        })
        .collect()
}

fn same_head(a: &str, b: &str) -> bool {
    let a = a.trim_end_matches('s');
    let b = b.trim_end_matches('s');
    a == b
}

fn is_ordinal(w: &str) -> bool {
    let w = w.to_lowercase();
    matches!(
        w.as_str(),
        "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "eighth"
            | "ninth"
            | "tenth"
            | "eleventh"
            | "twelfth"
            | "annual"
            | "inaugural"
    ) || (w.contains('-')
        && (w.ends_with("th")
            || w.ends_with("first")
            || w.ends_with("second")
            || w.ends_with("third")))
        || (w.chars().next().is_some_and(|c| c.is_ascii_digit())
            && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd")))
}

fn push_frame(
    ctx: &Ctx<'_>,
    frames: &mut Vec<Frame>,
    r: Range<usize>,
    kind: EventKind,
    head: String,
    named: bool,
    sentence: Range<usize>,
) {
    if frames
        .iter()
        .any(|f| f.tokens.start < r.end && r.start < f.tokens.end)
    {
        return;
    }
    let name = normalise(ctx.slice(&r));
    // "the 10th Belt and Road Summit" is the "Belt and Road Summit" of this release.
    let key = edition_key(&name);
    if let Some(f) = frames.iter_mut().find(|f| edition_key(&f.name) == key) {
        if name.len() < f.name.len() && f.named {
            f.name = name;
        }
        f.mentions.push(r.clone());
        return;
    }
    frames.push(Frame {
        name,
        kind,
        head,
        mentions: vec![r.clone()],
        tokens: r,
        sentence,
        named,
        when: None,
        when_rank: 9,
        place: None,
        organisers: Vec::new(),
        co_organisers: Vec::new(),
        chairs: Vec::new(),
        participants: Vec::new(),
        parent: None,
    });
}

/// `The side events … included “Title A” (together with X, Y); “Title B” (with Z)`, and
/// `a side event on Chad titled “…”`.
fn quoted_titles(ctx: &Ctx<'_>, frames: &mut Vec<Frame>, sents: &[Range<usize>]) {
    // "the Policy Dialogue titled Embracing Emerging Opportunities in Times of Economic
    // Uncertainty was hosted by …": a title in Title Case, without quotes, after "titled".
    for i in 0..ctx.tokens.len() {
        if !matches!(ctx.word(i), "titled" | "entitled" | "themed") || !ctx.is_cap(i + 1) {
            continue;
        }
        let start = i + 1;
        let mut e = start;
        while ctx.is_cap(e)
            || ctx.tok(e).is_some_and(|t| {
                t.kind == Kind::Word && t.text(ctx.text).starts_with(|c: char| c.is_ascii_digit())
            })
            || (matches!(ctx.word(e), ":" | "&" | "-" | "–") && ctx.is_cap(e + 1))
            || (crate::entities::tokens::is_connector(ctx.word(e)) && ctx.is_cap(e + 1))
        {
            e += 1;
        }
        if e - start < 2 {
            continue;
        }
        let inner = start..e;
        if let Some(f) = frames
            .iter_mut()
            .rev()
            .find(|f| f.tokens.end <= i && i - f.tokens.end <= 2)
        {
            f.name = normalise(ctx.slice(&inner));
            f.named = true;
            f.mentions.push(inner);
        }
    }
    for s in sents {
        // The trigger that governs the quoted titles of this sentence.
        let trigger = s.clone().find_map(|i| {
            let w = ctx.word(i);
            let k = lexicon::event_head(w)?;
            let side =
                w.starts_with("event") && i > 0 && ctx.word(i - 1).eq_ignore_ascii_case("side");
            Some((i, if side { EventKind::SideEvent } else { k }))
        });
        let Some((ti, kind)) = trigger else { continue };
        let mut i = s.start;
        while i < s.end {
            if !matches!(ctx.word(i), "“" | "\"") {
                i += 1;
                continue;
            }
            let close = (i + 1..s.end.min(i + 80)).find(|&j| matches!(ctx.word(j), "”" | "\""));
            let Some(j) = close else { break };
            let inner = i + 1..j;
            let n_words = inner
                .clone()
                .filter(|&k| ctx.tok(k).is_some_and(|t| t.kind == Kind::Word))
                .count();
            // Speech is not a title: a quote that ends a sentence or runs long is quoted words.
            let inner_text = normalise(ctx.slice(&inner));
            if inner_text.ends_with(['.', '!', '?', ',']) || n_words > 30 {
                i = j + 1;
                continue;
            }
            // "on the theme of “…”" names the event as "titled" does.
            let themed = i >= 2 && ctx.is_word(i - 1, "of") && ctx.is_word(i - 2, "theme");
            let titled = themed
                || i >= 1
                    && matches!(
                        ctx.word(i - 1).to_lowercase().as_str(),
                        "titled" | "entitled" | "called" | "themed" | "named"
                    );
            let listed = ti < i
                && (i == 0
                    || matches!(
                        ctx.word(i - 1),
                        "included"
                            | "including"
                            | "include"
                            | ":"
                            | ";"
                            | ","
                            | "and"
                            | "were"
                            | "are"
                            | "was"
                            | "is"
                    ))
                && s.clone().any(|k| {
                    matches!(
                        ctx.word(k).to_lowercase().as_str(),
                        "included" | "include" | "including" | "were" | "are"
                    )
                });
            if n_words >= 3 && (titled || listed) && ctx.is_cap(i + 1) {
                if titled {
                    // The quote names the event just mentioned: rename it.
                    if let Some(f) = frames
                        .iter_mut()
                        .rev()
                        .find(|f| f.tokens.end <= i && f.tokens.start >= s.start)
                    {
                        f.name = normalise(ctx.slice(&inner))
                            .trim_end_matches(['.', ','])
                            .to_owned();
                        f.named = true;
                        f.mentions.push(inner.clone());
                        i = j + 1;
                        continue;
                    }
                }
                let name = normalise(ctx.slice(&inner))
                    .trim_end_matches(['.', ','])
                    .to_owned();
                frames.push(Frame {
                    name,
                    kind,
                    head: ctx.word(ti).to_lowercase(),
                    mentions: vec![inner.clone()],
                    tokens: inner.clone(),
                    sentence: s.clone(),
                    named: true,
                    when: None,
                    when_rank: 9,
                    place: None,
                    organisers: Vec::new(),
                    co_organisers: Vec::new(),
                    chairs: Vec::new(),
                    participants: Vec::new(),
                    parent: None,
                });
            }
            i = j + 1;
        }
    }
}

/// Fills when, where, organisers, co-organisers, chairs and participants of frame `k`
/// from the sentences of its mentions ("the conference was organized by …").
/// The sentence that holds token `i`. Sentences are disjoint and in text order, so a
/// binary search finds the one a scan would.
fn sentence_at(sents: &[Range<usize>], i: usize) -> Option<Range<usize>> {
    let k = sents.partition_point(|s| s.end <= i);
    sents.get(k).filter(|s| s.contains(&i)).cloned()
}

/// What filling the slots asks of all events and dates, indexed once: the events' mentions
/// and the dates do not change while slots are filled, and a long page has many of each.
struct SlotIndex {
    /// Every mention as (first token, event, position among the event's mentions, tokens),
    /// by first token.
    mentions: Vec<(usize, usize, usize, Range<usize>)>,
    /// The byte spans of all mentions, by start, and the largest end up to each.
    name_spans: Vec<Span>,
    name_max_end: Vec<usize>,
    /// Indices of the dates, by start.
    dates_by_start: Vec<usize>,
}

impl SlotIndex {
    fn new(ctx: &Ctx<'_>, frames: &[Frame], dates: &[FoundDate]) -> SlotIndex {
        let mut mentions: Vec<(usize, usize, usize, Range<usize>)> = frames
            .iter()
            .enumerate()
            .flat_map(|(j, f)| {
                f.mentions
                    .iter()
                    .enumerate()
                    .map(move |(x, m)| (m.start, j, x, m.clone()))
            })
            .collect();
        mentions.sort_by_key(|(start, j, x, _)| (*start, *j, *x));
        let mut name_spans: Vec<Span> = frames
            .iter()
            .flat_map(|f| f.mentions.iter().map(|m| ctx.span(m)))
            .collect();
        name_spans.sort_by_key(|n| n.start);
        let name_max_end = name_spans
            .iter()
            .scan(0, |max, n| {
                *max = (*max).max(n.end);
                Some(*max)
            })
            .collect();
        let mut dates_by_start: Vec<usize> = (0..dates.len()).collect();
        dates_by_start.sort_by_key(|&d| dates[d].span.start);
        SlotIndex {
            mentions,
            name_spans,
            name_max_end,
            dates_by_start,
        }
    }

    /// The mentions of events other than `k` that start in sentence `s`, event by event
    /// and each event's in order.
    fn others(&self, k: usize, s: &Range<usize>) -> Vec<Range<usize>> {
        let a = self.mentions.partition_point(|m| m.0 < s.start);
        let b = self.mentions.partition_point(|m| m.0 < s.end);
        let mut out: Vec<&(usize, usize, usize, Range<usize>)> =
            self.mentions[a..b].iter().filter(|m| m.1 != k).collect();
        out.sort_by_key(|m| (m.1, m.2));
        out.into_iter().map(|m| m.3.clone()).collect()
    }

    /// Whether some event's mention holds `span`.
    fn in_name(&self, span: Span) -> bool {
        let n = self.name_spans.partition_point(|n| n.start <= span.start);
        n > 0 && self.name_max_end[n - 1] >= span.end
    }

    /// The dates inside `span`, in the order of `dates`.
    fn dates_in<'d>(&self, dates: &'d [FoundDate], span: Span) -> Vec<&'d FoundDate> {
        let a = self
            .dates_by_start
            .partition_point(|&d| dates[d].span.start < span.start);
        let mut inside: Vec<usize> = self.dates_by_start[a..]
            .iter()
            .copied()
            .take_while(|&d| dates[d].span.start <= span.end)
            .filter(|&d| span.contains(dates[d].span))
            .collect();
        inside.sort_unstable();
        inside.into_iter().map(|d| &dates[d]).collect()
    }
}

#[allow(clippy::too_many_arguments)]
fn fill_slots(
    ctx: &Ctx<'_>,
    found: &Found,
    resolved: &Resolved,
    dates: &[FoundDate],
    frames: &mut [Frame],
    k: usize,
    sents: &[Range<usize>],
    index: &SlotIndex,
) {
    let mentions = frames[k].mentions.clone();
    for me in mentions {
        let Some(s) = sentence_at(sents, me.start) else {
            continue;
        };
        fill_from_sentence(ctx, found, resolved, dates, frames, k, (s, me), index);
    }
}

#[allow(clippy::too_many_arguments)]
fn fill_from_sentence(
    ctx: &Ctx<'_>,
    found: &Found,
    resolved: &Resolved,
    dates: &[FoundDate],
    frames: &mut [Frame],
    k: usize,
    (s, me): (Range<usize>, Range<usize>),
    index: &SlotIndex,
) {
    let span = ctx.span(&s);
    // Other events of the sentence own the words nearest them.
    let others: Vec<Range<usize>> = index.others(k, &s);

    // When: the date nearest the event in its sentence, outside its own name ("UNSCR 2396
    // (2017)" in a title is not the event's date) and outside other events' names.
    // The first mention's date stands, unless it is only a year ("This year's Summit")
    // and a later mention is more precise ("opened today").
    // A later mention may also widen a day into the range that contains it ("opened on
    // October 23" … "runs from October 23 to 26").
    let current_rank = frames[k].when_rank;
    let current = frames[k].when.as_ref().map(|w| (w.start, w.end));
    {
        let me_span = ctx.span(&me);
        let best = index
            .dates_in(dates, span)
            .into_iter()
            .filter(|d| !index.in_name(d.span))
            // "this week’s plenary session": a possessive date is the date of what it owns.
            .filter(|d| {
                let after = ctx.text.get(d.span.end..).unwrap_or("");
                let possessive = after.starts_with("’s ") || after.starts_with("'s ");
                !possessive || (d.span.end..d.span.end + 40).contains(&me_span.start)
            })
            // The most precise date first ("today" over "this year"), then the nearest.
            .min_by_key(|d| {
                let distance = if d.span.start >= me_span.end {
                    d.span.start - me_span.end
                } else {
                    me_span.start.saturating_sub(d.span.end) + 1
                };
                (precision_rank(d.precision), distance)
            });
        let better = |d: &&FoundDate| {
            current_rank >= precision_rank(crate::model::Precision::Year)
                && precision_rank(d.precision) < current_rank
                || current.is_some_and(|(a, b)| {
                    a == b
                        && d.start <= a
                        && b <= d.end
                        && d.start < d.end
                        && d.precision == crate::model::Precision::Range
                })
        };
        if let Some(d) = best.filter(better) {
            frames[k].date_from(ctx, d);
        }
    }

    // Parenthesised partners right after a quoted title: "(together with X, Y, and Z)".
    if ctx.is_punct(me.end, "”") || ctx.is_punct(me.end, "\"") {
        let open = me.end + 1;
        if ctx.is_punct(open, "(") {
            let close = (open + 1..s.end)
                .find(|&j| ctx.is_punct(j, ")"))
                .unwrap_or(s.end);
            // "…, chaired by the UN Department of Public Information": the chair of a
            // partner, not a partner.
            let cut = (open + 1..close)
                .find(|&j| {
                    matches!(ctx.word(j), "chaired" | "led" | "moderated" | "represented")
                        && ctx.is_word(j + 1, "by")
                })
                .unwrap_or(close);
            let inner = open + 1..cut;
            let lead = ctx.word(open + 1).to_lowercase();
            if matches!(
                lead.as_str(),
                "with" | "together" | "co-organized" | "co-organised" | "jointly" | "in"
            ) {
                let names = entities_in(found, resolved, &inner);
                extend(&mut frames[k].co_organisers, names);
            }
            // The subject of the list: "side events of which CTED was a co-organizer".
            if let Some(subject) = list_co_organiser(ctx, found, resolved, &s) {
                if !frames[k].co_organisers.contains(&subject) {
                    frames[k].co_organisers.insert(0, subject);
                }
            }
        }
    }

    // Verb frames around the event.
    for i in s.clone() {
        if me.contains(&i) || others.iter().any(|o| o.contains(&i)) {
            continue;
        }
        let w = ctx.word(i).to_lowercase();
        let next_by = ctx.is_word(i + 1, "by");
        let agent_after = |from: usize| -> Vec<String> {
            let end = clause_end(ctx, from, s.end, &others);
            entities_in(found, resolved, &(from..end))
        };
        // Passive voice after the event: "the conference was organized by X".
        if i >= me.end && i - me.end <= 8 {
            match w.as_str() {
                // A session or panel "hosted by" a person is chaired by them.
                "hosted"
                    if next_by
                        && matches!(
                            frames[k].kind,
                            EventKind::Session | EventKind::Meeting | EventKind::Workshop
                        ) =>
                {
                    let names = agent_after(i + 2);
                    let (people, bodies): (Vec<String>, Vec<String>) =
                        names.into_iter().partition(|n| is_person(resolved, n));
                    extend(&mut frames[k].chairs, people);
                    extend(&mut frames[k].organisers, bodies);
                }
                "organized" | "organised" | "hosted" | "convened" | "sponsored" | "presented"
                | "held"
                    if next_by =>
                {
                    let names = agent_after(i + 2);
                    extend(&mut frames[k].organisers, names);
                }
                "co-organized" | "co-organised" | "co-hosted" | "co-sponsored" | "co-convened"
                    if next_by || ctx.is_word(i + 1, "with") =>
                {
                    let names = agent_after(i + 2);
                    extend(&mut frames[k].co_organisers, names);
                }
                "chaired" | "moderated" | "co-chaired" | "presided"
                    if next_by || ctx.is_word(i + 1, "over") =>
                {
                    let from = if ctx.is_word(i + 1, "over") {
                        i + 3
                    } else {
                        i + 2
                    };
                    let names = agent_after(from)
                        .into_iter()
                        .filter(|n| is_person(resolved, n))
                        .collect();
                    extend(&mut frames[k].chairs, names);
                }
                "attended" if next_by => {
                    let names = agent_after(i + 2);
                    extend(&mut frames[k].participants, names);
                }
                _ => {}
            }
        }
        // "Co-chaired by X and Y, the discussion featured …", "…, co-chaired by X and Y":
        // a chair anywhere in the sentence belongs to the event mentioned nearest to it.
        if matches!(
            w.as_str(),
            "chaired" | "co-chaired" | "moderated" | "co-moderated" | "chairs"
        ) && next_by
            && !(i >= me.end && i - me.end <= 8)
        {
            let distance = |m: &Range<usize>| {
                if m.start > i {
                    m.start - i
                } else {
                    i.saturating_sub(m.end)
                }
            };
            let mine = distance(&me);
            if others.iter().all(|o| distance(o) >= mine) {
                let names: Vec<String> = agent_after(i + 2)
                    .into_iter()
                    .filter(|n| is_person(resolved, n))
                    .collect();
                extend(&mut frames[k].chairs, names);
            }
        }
        match w.as_str() {
            "together" if ctx.is_word(i + 1, "with") && i > me.end && i - me.end <= 12 => {
                let names = agent_after(i + 2);
                extend(&mut frames[k].co_organisers, names);
            }
            // "In partnership with X and Y, Z will co-host …", "… put on in collaboration
            // with X": partners anywhere in the event's sentence.
            "partnering" | "partnered" | "teaming" | "teamed" | "collaborating"
                if ctx.is_word(i + 1, "with") && i < me.start =>
            {
                let names = agent_after(i + 2);
                extend(&mut frames[k].co_organisers, names);
            }
            "partnership" | "collaboration" | "cooperation" | "conjunction"
                if ctx.is_word(i + 1, "with")
                    && ctx.is_word(i.saturating_sub(1), "in")
                    && (i > me.end && i - me.end <= 12 || i < me.start) =>
            {
                let names = agent_after(i + 2);
                extend(&mut frames[k].co_organisers, names);
            }
            _ => {}
        }
        // "an event by the world's largest startup accelerator, Plug and Play": by X, right
        // after the event, is its organiser.
        if i == me.end && w == "by" {
            let names = agent_after(i + 1);
            extend(&mut frames[k].organisers, names);
        }
        // "a forum ACE ROBOTICS organized during …": the organiser after the event.
        if i > me.end
            && i - me.end <= 5
            && matches!(
                w.as_str(),
                "organized" | "organised" | "hosted" | "held" | "convened" | "co-hosted"
            )
            && !ctx.is_word(i + 1, "by")
        {
            let names = subject_of(ctx, found, resolved, &(me.end..i));
            if !names.is_empty()
                && (me.end..i)
                    .all(|j| ctx.tok(j).is_some_and(|t| t.kind != Kind::Punct) || found.covers(j))
            {
                extend(&mut frames[k].organisers, names);
            }
        }
        // Active voice before the event: "X chaired the conference's first session",
        // "X hosted the inaugural meeting", "Heads of … gathered for a conference". The
        // event is the verb's object: only determiners and modifiers between them.
        if i < me.start
            && me.start - i <= 6
            && ctx.tok(me.end).is_none_or(|t| t.kind != Kind::Possessive)
            && !(i + 1..me.start).any(|j| {
                matches!(
                    ctx.word(j),
                    "," | ";"
                        | "."
                        | "and"
                        | "during"
                        | "at"
                        | "in"
                        | "on"
                        | "for"
                        | "to"
                        | "with"
                        | "from"
                )
            })
        {
            let subject = || {
                let start = clause_start(ctx, s.start, i);
                subject_of(ctx, found, resolved, &(start..i))
            };
            match w.as_str() {
                "chaired" | "chairs" | "moderated" | "co-chaired" | "chair" => {
                    let names: Vec<String> = subject()
                        .into_iter()
                        .filter(|n| is_person(resolved, n))
                        .collect();
                    extend(&mut frames[k].chairs, names);
                }
                "hosted" | "hosts" | "host" | "organized" | "organised" | "organizes"
                | "organises" | "convened" | "held" | "holds" | "hold" | "launched"
                | "launches" | "opened" | "organize" | "organise" | "co-hosted" | "convene"
                | "convenes" | "co-host" | "co-hosts" => {
                    let names = subject();
                    // "X co-hosted the summit" makes X a co-organiser only when another
                    // organiser is named; a release's own office co-hosting is its host.
                    if w == "co-hosted" && !frames[k].organisers.is_empty() {
                        extend(&mut frames[k].co_organisers, names);
                    } else {
                        extend(&mut frames[k].organisers, names);
                    }
                }
                "attended" | "joined" | "attend" | "join" => {
                    let names = subject();
                    extend(&mut frames[k].participants, names);
                }
                "gathered" | "met" if ctx.is_word(i + 1, "for") || ctx.is_word(i + 1, "at") => {
                    let start = clause_start(ctx, s.start, i);
                    let phrase = normalise(ctx.slice(&(start..i)));
                    let names = entities_in(found, resolved, &(start..i));
                    if names.is_empty()
                        && !phrase.is_empty()
                        && phrase.split_whitespace().count() <= 10
                    {
                        let phrase = phrase
                            .trim_start_matches(|c: char| !c.is_alphanumeric())
                            .to_owned();
                        if !frames[k].participants.contains(&phrase) {
                            frames[k].participants.push(phrase);
                        }
                    } else {
                        extend(&mut frames[k].participants, names);
                    }
                }
                _ => {}
            }
        }
    }

    // Where: "at the United Nations in New York", "in Doha", "at the Hong Kong Convention and Exhibition Centre".
    if frames[k].place.is_none() {
        // "Embracing Opportunities in Times of Uncertainty": words of the event's own
        // title are not its place.
        frames[k].place =
            place_in(ctx, found, &s, &me, &others).filter(|p| !frames[k].name.contains(p.as_str()));
    }
}

/// "Economic and Social Council Humanitarian Affairs Segment": a named sitting of a body (its
/// session, segment, meeting or briefing) is that body's, when no sentence names another
/// organiser. Conferences and titles of side events are left alone: "United Nations
/// Climate Change Conference" is not the UNFCCC's own.
fn name_owners(ctx: &Ctx<'_>, found: &Found, resolved: &Resolved, frames: &mut [Frame]) {
    let sitting = |k: EventKind| {
        matches!(
            k,
            EventKind::Session | EventKind::Meeting | EventKind::Briefing | EventKind::Workshop
        )
    };
    for f in frames
        .iter_mut()
        .filter(|f| f.named && f.organisers.is_empty() && sitting(f.kind))
    {
        let mut start = f.tokens.start;
        if ctx.word(start).eq_ignore_ascii_case("the") {
            start += 1;
        }
        let Some(k) = found.org_covering(start) else {
            continue;
        };
        let o = &found.orgs[k];
        // The body must open the name and leave the event's own words after it.
        if o.tokens.start != start || o.tokens.end >= f.tokens.end {
            continue;
        }
        let name = resolved
            .org_of_mention
            .get(k)
            .and_then(|&x| resolved.organisations.get(x))
            .map(|x| x.name.clone());
        if let Some(name) = name {
            if !f.co_organisers.contains(&name) {
                f.organisers.push(name);
            }
        }
    }
}

fn is_person(resolved: &Resolved, name: &str) -> bool {
    resolved.people.iter().any(|p| p.name == name)
}

/// The subject of a clause: its first entity, and those coordinated with it ("X and Y").
fn subject_of(ctx: &Ctx<'_>, found: &Found, resolved: &Resolved, r: &Range<usize>) -> Vec<String> {
    // A clause that opens with a prepositional phrase ("In partnership with X, Z will
    // co-host …") has its subject after that phrase's comma.
    let mut r = r.clone();
    // A dateline opener ("CHICAGO —") is not part of the clause.
    if let Some(d) =
        (r.start..r.end.min(r.start + 6)).find(|&k| matches!(ctx.word(k), "—" | "–" | "--"))
    {
        if (r.start..d).all(|k| {
            ctx.tokens
                .get(k)
                .is_some_and(|t| t.upper || t.kind == Kind::Punct)
        }) {
            r.start = d + 1;
        }
    }
    let opener = ctx.word(r.start).to_lowercase();
    if matches!(
        opener.as_str(),
        "in" | "with"
            | "under"
            | "on"
            | "during"
            | "after"
            | "following"
            | "together"
            | "at"
            | "for"
            | "through"
            | "as"
            | "since"
            | "last"
            | "this"
            | "today"
            | "yesterday"
    ) {
        if let Some(c) = (r.start..r.end).find(|&k| ctx.is_punct(k, ",")) {
            r.start = c + 1;
        }
    }
    let mut all = entities_in_positions(found, resolved, &r);
    // "The Parliament’s Spokesperson and the Press Service will hold …": a body that owns a
    // post is not the subject; the holder of the post is.
    all.retain(|(_, _, end)| {
        !(ctx.tok(*end).is_some_and(|t| t.kind == Kind::Possessive)
            && crate::entities::gazetteer::GAZETTEER
                .title_head(&ctx.word(end + 1).to_lowercase())
                .is_some())
    });
    let Some(first) = all.first() else {
        return Vec::new();
    };
    let mut out = vec![first.1.clone()];
    let mut end = first.2;
    for (start, name, e) in all.iter().skip(1) {
        // Only entities joined to the first by "and" or "," directly.
        // "Cook County State’s Attorney Eileen O’Neill Burke": a title between an office
        // and its holder joins them too.
        let joined = (end..*start).all(|k| {
            matches!(ctx.word(k), "," | "and" | "the" | "&")
                || ctx.is_cap(k)
                || ctx.tok(k).is_some_and(|t| t.kind == Kind::Possessive)
        });
        if joined {
            if !out.contains(name) {
                out.push(name.clone());
            }
            end = *e;
        } else {
            break;
        }
    }
    out
}

fn extend(list: &mut Vec<String>, names: Vec<String>) {
    for n in names {
        if !list.contains(&n) {
            list.push(n);
        }
    }
}

/// Where a clause that starts at `from` ends: a semicolon, a closing bracket, a relative
/// clause, another event.
fn clause_end(ctx: &Ctx<'_>, from: usize, limit: usize, others: &[Range<usize>]) -> usize {
    let mut j = from;
    while j < limit {
        let w = ctx.word(j);
        // A parenthesised aside inside the clause ("X (Nepal) and Y (Paraguay)") is skipped.
        if w == "(" {
            if let Some(close) = (j + 1..limit.min(j + 12)).find(|&k| ctx.is_punct(k, ")")) {
                j = close + 1;
                continue;
            }
        }
        if matches!(w, ";" | ")" | "." | "”")
            || matches!(
                w,
                "which" | "who" | "where" | "that" | "to" | "on" | "at" | "in" | "for"
            )
            || others.iter().any(|o| o.start == j)
        {
            break;
        }
        if w == ","
            && !(ctx.is_cap(j + 1) || ctx.is_word(j + 1, "and") || ctx.is_word(j + 1, "the"))
        {
            break;
        }
        j += 1;
    }
    j
}

/// Where the clause that ends at `to` starts: the sentence start or the last `;`,
/// skipping parenthesised asides ("Coninsx, Executive Director of … (CTED), chaired").
fn clause_start(ctx: &Ctx<'_>, limit: usize, to: usize) -> usize {
    let mut j = to;
    let mut depth = 0usize;
    while j > limit {
        match ctx.word(j - 1) {
            ")" => depth += 1,
            "(" if depth > 0 => depth -= 1,
            "(" | ";" | "“" if depth == 0 => break,
            _ => {}
        }
        j -= 1;
    }
    j
}

/// `(…) of which CTED was a co-organizer`, `CTED co-organized the following side events:`.
fn list_co_organiser(
    ctx: &Ctx<'_>,
    found: &Found,
    resolved: &Resolved,
    s: &Range<usize>,
) -> Option<String> {
    let i = s.clone().find(|&i| {
        matches!(
            ctx.word(i).to_lowercase().as_str(),
            "co-organizer"
                | "co-organiser"
                | "co-organizers"
                | "co-organisers"
                | "co-host"
                | "co-organized"
                | "co-organised"
        )
    })?;
    // The entity just before ("of which CTED was a co-organizer").
    let from = i.saturating_sub(5).max(s.start);
    entities_in(found, resolved, &(from..i)).pop()
}

/// The place of an event: the first `at X` or `in X` after it (or before it, in the same
/// clause), where X is a capitalised place or venue, possibly `at X in Y`.
fn place_in(
    ctx: &Ctx<'_>,
    found: &Found,
    s: &Range<usize>,
    me: &Range<usize>,
    others: &[Range<usize>],
) -> Option<String> {
    let mut i = me.end;
    // A venue "at X" anywhere in the event's clause ("opened today at the Hong Kong
    // Convention and Exhibition Centre"); a place "in X" close to the event or set off by a
    // comma ("…, in New York today"), since a later "in" belongs to another phrase
    // ("projects in Australia").
    let limit = s.end;
    while i < limit {
        if others.iter().any(|o| o.start == i) || matches!(ctx.word(i), ";" | ":" | "“" | "\"") {
            break;
        }
        let near = i < me.end + 5 || ctx.is_punct(i.saturating_sub(1), ",");
        if ctx.is_word(i, "at") || (ctx.is_word(i, "in") && near) {
            let mut j = i + 1;
            if ctx.is_word(j, "the") {
                j += 1;
            }
            let start = j;
            let mut e = j;
            while (ctx.is_cap(e) && !words::is_calendar_word(ctx.word(e)))
                || (crate::entities::tokens::is_connector(ctx.word(e))
                    && ctx.is_cap(e + 1)
                    && !words::is_calendar_word(ctx.word(e + 1))
                    && !ctx.is_word(e, "in")
                    && !ctx.is_word(e, "on")
                    && !ctx.is_word(e, "at"))
            {
                e += 1;
            }
            if e > start && !(start..e).any(|t| found.person_covering(t).is_some()) {
                // "in New York" is a place; "in This", "at Our" are not ("New" is a name
                // word here, whatever it is at the start of a sentence).
                let first = ctx.word(start);
                if matches!(
                    first.to_lowercase().as_str(),
                    "this"
                        | "that"
                        | "these"
                        | "those"
                        | "our"
                        | "their"
                        | "his"
                        | "her"
                        | "its"
                        | "my"
                        | "your"
                        | "which"
                        | "what"
                ) || words::is_calendar_word(first)
                {
                    i += 1;
                    continue;
                }
                let mut place = normalise(ctx.slice(&(start..e)));
                // "at the United Nations in New York": venue, city.
                if ctx.is_word(e, "in") && ctx.is_cap(e + 1) {
                    let mut e2 = e + 1;
                    while ctx.is_cap(e2) {
                        e2 += 1;
                    }
                    place = format!("{place}, {}", normalise(ctx.slice(&(e + 1..e2))));
                }
                return Some(place);
            }
        }
        i += 1;
    }
    None
}

/// The parent of frame `k`: "on the margins of X", "the first session of X", "X’s first
/// session", "during X".
fn find_parent(ctx: &Ctx<'_>, frames: &[Frame], k: usize) -> Option<usize> {
    let f = &frames[k];
    let resolve = |at: usize| -> Option<usize> {
        // The event whose mention covers token `at`, or the nearest one starting there.
        ctx.tok(at)?;
        frames
            .iter()
            .position(|g| g.mentions.iter().any(|m| m.contains(&at)) || g.tokens.contains(&at))
    };
    // "first session of the conference", "closing plenary of the fifth … Conference"
    if ctx.is_word(f.tokens.end, "of") {
        let mut a = f.tokens.end + 1;
        if ctx.is_word(a, "the") {
            a += 1;
        }
        if let Some(p) = resolve(a).filter(|&p| p != k) {
            return Some(p);
        }
    }
    // "the conference’s first session"
    if f.tokens.start >= 2
        && ctx
            .tok(f.tokens.start - 1)
            .is_some_and(|t| t.kind == Kind::Possessive)
    {
        if let Some(p) = resolve(f.tokens.start - 2).filter(|&p| p != k) {
            return Some(p);
        }
    }
    // "on the margins of X", "on the sidelines of X", "during X", "as part of X"
    for i in f.sentence.clone() {
        let w = ctx.word(i).to_lowercase();
        let target = match w.as_str() {
            "margins" | "margin" | "sidelines" if ctx.is_word(i + 1, "of") => Some(i + 2),
            "during" | "at" if f.kind == EventKind::Session || f.kind == EventKind::SideEvent => {
                Some(i + 1)
            }
            "part" if ctx.is_word(i + 1, "of") && ctx.is_word(i.saturating_sub(1), "as") => {
                Some(i + 2)
            }
            _ => None,
        };
        if let Some(mut t) = target {
            if ctx.is_word(t, "the") {
                t += 1;
            }
            while ctx.tok(t).is_some_and(|x| x.kind == Kind::Word)
                && !frames
                    .iter()
                    .any(|g| g.tokens.contains(&t) || g.mentions.iter().any(|m| m.contains(&t)))
                && t < i + 6
            {
                t += 1;
            }
            if let Some(p) =
                resolve(t).filter(|&p| p != k && frames[p].tokens.start != f.tokens.start)
            {
                return Some(p);
            }
        }
    }
    // An event listed under an earlier plural mention ("The side events … included
    // “A”; “B”") shares that mention's parent ("25 side events … on the margins of X").
    if f.named {
        for g in frames[..k].iter().rev() {
            if !g.named && same_head(&g.head, &f.head) {
                if let Some(p) = g.parent.filter(|&p| p != k) {
                    return Some(p);
                }
            }
        }
    }
    None
}

/// Whether a capitalised phrase is a name and a year: an edition of a recurring event
/// ("FIX 2024", "MINEXPO 2024", "London 2012"), not a plan or a law ("Agenda 2030").
fn is_edition(ctx: &Ctx<'_>, c: &Range<usize>) -> bool {
    if c.len() < 2 || c.len() > 4 {
        return false;
    }
    let year = ctx.word(c.end - 1);
    let is_year = year.len() == 4
        && year.chars().all(|d| d.is_ascii_digit())
        && (year.starts_with("19") || year.starts_with("20"));
    if !is_year {
        return false;
    }
    let name = c.start..c.end - 1;
    !name.clone().any(|k| {
        matches!(
            ctx.word(k).to_lowercase().as_str(),
            "agenda"
                | "vision"
                | "strategy"
                | "plan"
                | "report"
                | "act"
                | "law"
                | "budget"
                | "programme"
                | "program"
                | "goals"
                | "target"
                | "targets"
                | "q1"
                | "q2"
                | "q3"
                | "q4"
                | "fy"
                | "fiscal"
                | "class"
                | "version"
                | "edition"
                | "model"
                | "series"
        ) || ctx.hit_of.get(k).copied().flatten().is_some_and(|h| {
            matches!(
                ctx.hits[h].target,
                crate::entities::gazetteer::HitTarget::Organisation(_)
            )
        }) || words::is_calendar_word(ctx.word(k))
            || words::is_stop_capital(ctx.word(k))
    })
}

/// "The text was adopted by 485 votes to 65", "approved with 587 votes in favour": a
/// vote of the assembly, named as the release's readers say it ("plenary vote").
fn votes(
    ctx: &Ctx<'_>,
    found: &Found,
    resolved: &Resolved,
    frames: &mut Vec<Frame>,
    sentence_of: &dyn Fn(usize) -> Range<usize>,
) {
    // The voting body: a parliament before a council, which in the EU only follows up.
    let parliament = resolved
        .organisations
        .iter()
        .filter_map(|o| {
            let n = o.name.to_lowercase();
            ["parliament", "assembly", "congress", "senate", "council"]
                .iter()
                .position(|w| n.contains(w))
                .map(|rank| (rank, o))
        })
        .min_by_key(|(rank, _)| *rank)
        .map(|(_, o)| o);
    let _ = found;
    for i in 0..ctx.tokens.len() {
        if !matches!(ctx.word(i), "adopted" | "approved" | "passed" | "endorsed") {
            continue;
        }
        if !(ctx.is_word(i + 1, "by") || ctx.is_word(i + 1, "with")) {
            continue;
        }
        let n = ctx.word(i + 2);
        if !n.chars().next().is_some_and(|c| c.is_ascii_digit())
            || !ctx.word(i + 3).starts_with("vote")
        {
            continue;
        }
        // One vote per release unless several texts are voted on: the first one names it.
        if frames.iter().any(|f| f.head == "vote" && f.named) {
            continue;
        }
        let plenary = ctx.text.contains("plenary") || ctx.text.contains("MEPs");
        let name = if plenary { "plenary vote" } else { "vote" };
        let r = i + 2..i + 4;
        frames.push(Frame {
            name: name.to_owned(),
            kind: EventKind::Session,
            head: "vote".to_owned(),
            mentions: vec![r.clone()],
            tokens: r,
            sentence: sentence_of(i),
            named: true,
            when: None,
            when_rank: 9,
            place: None,
            organisers: parliament.map(|p| vec![p.name.clone()]).unwrap_or_default(),
            co_organisers: Vec::new(),
            chairs: Vec::new(),
            participants: Vec::new(),
            parent: None,
        });
    }
}

/// A release about one conference lists its parts: the sessions, luncheons, receptions,
/// signings and side events it names after the conference, without a parent of their
/// own, belong to it.
fn main_event_parts(frames: &mut [Frame]) {
    // The release's main event: the named conference mentioned most (first on a tie).
    let main = frames
        .iter()
        .enumerate()
        .filter(|(_, f)| f.named && f.kind == EventKind::Conference && f.parent.is_none())
        .max_by_key(|(k, f)| (f.mentions.len(), std::cmp::Reverse(*k)))
        .map(|(k, _)| k);
    let Some(main) = main else { return };
    let main_start = frames[main].tokens.start;
    for (k, f) in frames.iter_mut().enumerate() {
        if k == main || f.parent.is_some() || f.tokens.start < main_start {
            continue;
        }
        let part = matches!(
            f.kind,
            EventKind::Session
                | EventKind::SideEvent
                | EventKind::Signing
                | EventKind::Launch
                | EventKind::Meeting
                | EventKind::Briefing
                | EventKind::Workshop
        ) || f.kind == EventKind::Other
            && (!f.named
                || matches!(
                    f.head.as_str(),
                    "luncheon"
                        | "reception"
                        | "dinner"
                        | "ceremony"
                        | "gala"
                        | "fair"
                        | "vigil"
                        | "breakfast"
                        | "lunch"
                        | "cocktail"
                        | "receptions"
                        | "ceremonies"
                ));
        if part {
            f.parent = Some(main);
        }
    }
}

/// An ordinal or a year: the edition words of an event's name.
fn is_edition_word(w: &str) -> bool {
    is_ordinal(w) || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// A name without its edition ("10th", "fifth", "annual", a year) and case, for matching
/// mentions of one event.
fn edition_key(name: &str) -> String {
    name.split_whitespace()
        .filter(|w| !is_edition_word(w))
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Items of an agenda release ("EP TODAY", a week's programme): under a heading, "MEPs
/// will debate …" is a debate on the heading's topic, "The final vote will take place on
/// Tuesday" a vote on it, "Srebrenica. At around 11.50, …" an item named by its lead
/// words. Items are sessions of the assembly's sitting, on the date the sentence gives
/// or the date of the section they are listed under.
fn agenda(
    ctx: &Ctx<'_>,
    resolved: &Resolved,
    dates: &[FoundDate],
    context: &DocContext<'_>,
    frames: &mut Vec<Frame>,
    sents: &[Range<usize>],
) {
    let assembly = resolved
        .organisations
        .iter()
        .find(|o| {
            let n = o.name.to_lowercase();
            // An agenda release is about its assembly, which it names again and again; a
            // Congress named once in a UN summary sets no agenda.
            o.mentions.len() >= 2
                && (n.contains("parliament")
                    || n.contains("assembly")
                    || n.contains("senate")
                    || n.contains("congress"))
        })
        .map(|o| o.name.clone());
    let Some(assembly) = assembly else { return };
    let sitting = frames
        .iter()
        .position(|f| f.head == "session" && f.name.to_lowercase().contains("plenary"));
    if let Some(k) = sitting {
        if frames[k].organisers.is_empty() {
            frames[k].organisers.push(assembly.clone());
        }
    }
    let date_blocks = date_blocks(ctx, dates);
    for s in sents {
        let words: Vec<String> = s.clone().map(|i| ctx.word(i).to_lowercase()).collect();
        let has = |w: &str| words.iter().any(|x| x == w);
        let debate = (has("debate") || has("discuss"))
            && (has("will") || has("to") || has("plenary") || has("meps"));
        let vote = (has("vote") || has("votes"))
            && (has("will") || has("scheduled") || has("set"))
            && !has("adopted");
        if !debate && !vote {
            continue;
        }
        let start_byte = ctx.span(s).start;
        // The topic: the heading this sentence is under, or the lead words of its item.
        let heading = context
            .headings
            .iter()
            .rfind(|h| h.end <= start_byte)
            .copied();
        let lead = item_lead(ctx, s.start);
        // A heading that dates a section or names a contact is no topic.
        let heading = heading.filter(|h| !dates.iter().any(|d| h.contains(d.span)));
        let topic = match (lead, heading) {
            (Some(l), _) => Some(l),
            (None, Some(h)) => ctx
                .text
                .get(h.start..h.end)
                .map(|t| t.trim().trim_end_matches('.').to_owned()),
            _ => None,
        };
        let Some(topic) = topic.filter(|t| {
            !t.is_empty() && t.split_whitespace().count() <= 12 && is_topic(resolved, t)
        }) else {
            continue;
        };
        let section_date = date_blocks
            .iter()
            .rfind(|(at, _)| *at < start_byte)
            .map(|(_, d)| *d);
        let sentence_span = ctx.span(s);
        let own_date = dates
            .iter()
            .find(|d| sentence_span.contains(d.span) && precision_rank(d.precision) == 0);
        let mut items: Vec<(String, Option<&FoundDate>)> = Vec::new();
        let topic_lower = lower_first(&topic);
        if debate && !topic.to_lowercase().contains("debate") {
            items.push((format!("debate on {topic_lower}"), section_date));
        } else if debate {
            items.push((topic.clone(), section_date));
        }
        if vote {
            let final_vote = has("final");
            let name = if final_vote {
                format!("final vote on {topic_lower}")
            } else {
                format!("vote on {topic_lower}")
            };
            items.push((name, own_date.or(section_date)));
        }
        // The sentence's bare "debate" and "final vote" are these items, not events of their own.
        for f in frames.iter_mut().filter(|f| {
            !f.named && matches!(f.head.as_str(), "debate" | "vote" | "votes" | "debates")
        }) {
            f.mentions.retain(|m| !s.contains(&m.start));
        }
        frames.retain(|f| !f.mentions.is_empty());
        for (name, date) in items {
            if frames
                .iter()
                .any(|f| edition_key(&f.name) == edition_key(&name))
            {
                continue;
            }
            let r = s.start..(s.start + 1).min(s.end);
            frames.push(Frame {
                name,
                kind: EventKind::Session,
                head: "agenda".to_owned(),
                mentions: vec![r.clone()],
                tokens: r,
                sentence: s.clone(),
                named: true,
                when: date.map(|d| EventWhen {
                    start: d.start,
                    end: d.end,
                    text: ctx
                        .text
                        .get(d.span.start..d.span.end)
                        .unwrap_or("")
                        .to_owned(),
                }),
                when_rank: if date.is_some() { 0 } else { 9 },
                place: None,
                organisers: vec![assembly.clone()],
                co_organisers: Vec::new(),
                chairs: Vec::new(),
                participants: Vec::new(),
                // The sitting is found again after sorting: indices change there.
                parent: None,
            });
        }
    }
}

/// Section dates: blocks that are only a day ("Monday, 10 July"), each with the byte where
/// its line starts; they date what is listed under them.
fn date_blocks<'d>(ctx: &Ctx<'_>, dates: &'d [FoundDate]) -> Vec<(usize, &'d FoundDate)> {
    dates
        .iter()
        .filter(|d| d.precision == crate::model::Precision::Day)
        .filter_map(|d| {
            let line_start = ctx
                .text
                .get(..d.span.start)?
                .rfind('\n')
                .map_or(0, |p| p + 1);
            let line_end = ctx
                .text
                .get(d.span.end..)?
                .find('\n')
                .map_or(ctx.text.len(), |p| d.span.end + p);
            let line = ctx.text.get(line_start..line_end)?;
            (line.trim().len() <= d.span.len() + 12).then_some((line_start, d))
        })
        .collect()
}

/// The lead words of an agenda item written as one paragraph: "Srebrenica. At around
/// 11.50, …" gives "Srebrenica".
fn item_lead(ctx: &Ctx<'_>, sentence_start: usize) -> Option<String> {
    // The sentence before must be a short capitalised fragment opening its block.
    let mut j = sentence_start.checked_sub(1)?;
    if !ctx.is_punct(j, ".") {
        return None;
    }
    let end = j;
    while j > 0 && ctx.tok(j - 1).is_some_and(|t| t.kind != Kind::Break) {
        j -= 1;
        if end - j > 8 || ctx.is_punct(j, ".") {
            return None;
        }
    }
    let r = j..end;
    (!r.is_empty() && ctx.is_cap(j) && !r.clone().any(|k| words::is_speech_verb(ctx.word(k))))
        .then(|| normalise(ctx.slice(&r)))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // An acronym or name keeps its capital ("EU enlargement").
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => {
            f.to_lowercase().chain(c).collect()
        }
        Some(_) => s.to_owned(),
        None => String::new(),
    }
}

/// Named events that are one event under several names merge: "the 2025 MCD Summit", "the
/// Machine Gun Conversion Device Summit" and "the Chicago Summit" are the "National
/// Prosecutorial Summit on Combating Machine Gun Conversion Devices (MCDs)" held in
/// Chicago. A later name with the same head word joins an earlier one when its other
/// words are among the earlier name's words, its acronym's letters, or its place.
fn merge_aliases(frames: &mut Vec<Frame>) {
    let stem = |w: &str| w.to_lowercase().trim_end_matches('s').to_owned();
    let words_of = |name: &str| -> Vec<String> {
        name.split_whitespace()
            .filter(|w| !is_edition_word(w))
            .map(stem)
            .collect()
    };
    let mut k = 1;
    while k < frames.len() {
        let (head, named) = (frames[k].head.clone(), frames[k].named);
        if !named || frames[k].kind != EventKind::Conference {
            k += 1;
            continue;
        }
        let mine: Vec<String> = words_of(&frames[k].name)
            .into_iter()
            .filter(|w| *w != stem(&head))
            .collect();
        let target = (0..k).find(|&j| {
            let f = &frames[j];
            if !f.named
                || !same_head(&f.head, &head)
                || f.when
                    .as_ref()
                    .zip(frames[k].when.as_ref())
                    .is_some_and(|(a, b)| {
                        a.start != b.start && a.end != b.end && (b.start > a.end || b.end < a.start)
                    })
            {
                return false;
            }
            let theirs = words_of(&f.name);
            let initials: String = f
                .name
                .split_whitespace()
                .filter_map(|w| w.chars().next())
                .filter(|c| c.is_uppercase())
                .collect();
            let place = f
                .place
                .as_deref()
                .map(|p| p.to_lowercase())
                .unwrap_or_default();
            !mine.is_empty()
                && mine.iter().all(|w| {
                    theirs.contains(w)
                        || (w.len() >= 2
                            && w.chars().all(|c| c.is_alphabetic())
                            && w.to_uppercase().chars().all(|c| initials.contains(c))
                            && w.len() <= initials.len())
                        || (!place.is_empty() && place.contains(w.as_str()))
                })
        });
        match target {
            Some(j) => {
                let moved = std::mem::take(&mut frames[k].mentions);
                frames[j].mentions.extend(moved);
                frames.remove(k);
            }
            None => k += 1,
        }
    }
}

/// A media advisory's blocks: `WHAT: Press Conference`, `WHEN: Wednesday, December 11,
/// 2024 – 1:00 PM`, `WHERE: State Attorney’s Office, …`. The event named under WHAT takes
/// the date under WHEN and the place under WHERE.
fn advisory(ctx: &Ctx<'_>, dates: &[FoundDate], frames: &mut [Frame]) {
    // The text of the line after a "LABEL:" (or after the colon on the same line).
    let value = |label: &str| -> Option<Range<usize>> {
        let i =
            (0..ctx.tokens.len()).find(|&i| ctx.word(i) == label && ctx.is_punct(i + 1, ":"))?;
        let mut s = i + 2;
        if ctx.tok(s).is_some_and(|t| t.kind == Kind::Break) {
            s += 1;
        }
        let mut e = s;
        while ctx.tok(e).is_some_and(|t| t.kind != Kind::Break) {
            e += 1;
        }
        (e > s).then_some(s..e)
    };
    let Some(what) = value("WHAT") else { return };
    let what_span = ctx.span(&what);
    let Some(k) = frames
        .iter()
        .position(|f| f.mentions.iter().any(|m| ctx.span(m).overlaps(what_span)))
    else {
        return;
    };
    if let Some(when) = value("WHEN") {
        let span = ctx.span(&when);
        if let Some(d) = dates.iter().find(|d| span.contains(d.span)) {
            frames[k].date_from(ctx, d);
        }
    }
    if let Some(place) = value("WHERE") {
        let text = normalise(ctx.slice(&place));
        if !text.is_empty() && text.len() < 200 {
            frames[k].place = Some(text);
        }
    }
}
