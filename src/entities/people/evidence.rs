//! Evidence that a capitalised run is a person beyond its words: a speech verb next to
//! it, a credit or contact label before it.

use std::ops::Range;

use super::apposition::apposition;
use super::name::match_name;
use super::{add_role, org_ref, push_person};
use crate::entities::tokens::Kind;
use crate::entities::{words, Ctx, Found};
use crate::lexicon::{self, Class};

/// Whether a token is an opening double quote or a straight one.
fn is_quote(w: &str) -> bool {
    matches!(w.chars().next(), Some('“' | '"')) && w.chars().count() == 1
}

/// Whether a token ends a quoted clause's reach: a full stop, a semicolon, a quote.
fn ends_clause(w: &str) -> bool {
    matches!(w.chars().next(), Some('.' | ';')) && w.chars().count() == 1 || is_quote(w)
}

/// Whether a speech verb makes the run a speaker: `said X`, `X said`, `according to X`,
/// `X, …, says:` at the start of a sentence. Not a speaker: the object of a verb of
/// greeting or thanks ("welcomed Jane Roe", "thanked Tom Berg").
pub(super) fn speech_evidence(ctx: &Ctx<'_>, r: &Range<usize>) -> bool {
    let before = r.start.checked_sub(1).map(|b| ctx.word(b)).unwrap_or("");
    if words::speaker_may_follow(before) {
        return true;
    }
    if before.eq_ignore_ascii_case("to") && r.start >= 2 && ctx.is_word(r.start - 2, "according") {
        return true;
    }
    if words::is_speech_verb(ctx.word(r.end)) {
        return true;
    }
    // "Olu Adeyemi, who founded the charity, …": a relative "who" is said of people; a
    // group after an article takes it too ("the Eastvale Rovers, who …"), so not then.
    if ctx.is_punct(r.end, ",")
        && (ctx.is_word(r.end + 1, "who") || ctx.is_word(r.end + 1, "whose"))
        && !before.eq_ignore_ascii_case("the")
    {
        return true;
    }
    // "Jane Roe, Head of Sales for Vantor, Inc., says:"
    let starts_sentence = ctx.tok(r.start).is_some_and(|t| t.sentence_start) || is_quote(before);
    if starts_sentence && ctx.is_punct(r.end, ",") {
        let mut j = r.end + 1;
        while j < r.end + 30 {
            let Some(t) = ctx.tok(j) else { break };
            if t.kind == Kind::Break || ends_clause(ctx.word(j)) {
                break;
            }
            if words::is_speech_verb(ctx.word(j)) && ctx.is_punct(j - 1, ",") {
                return true;
            }
            j += 1;
        }
    }
    false
}

/// `NRA Photo/Jane Roe`, `Photo: Jane Roe`, `Contact: Tom Berg`, `please contact Tom
/// Berg`: a person after a credit or contact label. After a slash any two name words are
/// the photographer's; after a colon the name must be plausible by the name lists or
/// have a title in apposition.
pub(super) fn credits_and_contacts(ctx: &Ctx<'_>, found: &mut Found) {
    for i in 0..ctx.tokens.len() {
        let w = ctx.word(i);
        let credit = lexicon::contains(Class::PersonCreditLabel, w);
        let contact = lexicon::contains(Class::PersonContactLabel, w);
        if !(credit || contact) {
            continue;
        }
        let photo_slash = credit && ctx.is_punct(i + 1, "/");
        let labelled = ctx.is_punct(i + 1, ":");
        let s = if photo_slash || labelled {
            i + 2
        } else if contact && ctx.is_cap(i + 1) {
            i + 1
        } else {
            continue;
        };
        if let Some(r) = match_name(ctx, s, found) {
            if r.len() >= 2
                && (photo_slash
                    || ctx.plausible_person(&r)
                    || apposition(ctx, found, r.end).is_some())
            {
                if let Some(p) = push_person(ctx, found, r.clone()) {
                    if let Some(a) = apposition(ctx, found, r.end) {
                        for (title, org) in a.roles {
                            let org = org.and_then(|o| org_ref(ctx, found, o, true));
                            add_role(found, p, title, org);
                        }
                    }
                }
            }
        }
    }
}
