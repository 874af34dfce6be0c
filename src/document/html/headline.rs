//! The headline: what the page's independent signals agree on.
//!
//! A page states its headline several times: in `og:title` (or `twitter:title`), in
//! JSON-LD's `headline`, in `<title>` (usually with the site's name), and visibly, in the
//! first `h1` or where a site profile says. Any one of them can be wrong: the `h1` may be
//! the site's logo, `<title>` may be the site's name alone, a profile's selector may also
//! match a previous/next-post teaser. So a visible headline is taken when a meta title
//! agrees with it; a profile's match inside navigation or a link is no headline; and
//! without agreement the meta titles speak first, as they did before any profile.

use crate::document::select::AttrOf;
use scraper::ElementRef;

use super::parts::{any_name_word, Parts};
use crate::document::meta;
use crate::document::pagedate::{element_text, ld_string, MetaTags};
use crate::document::profile::CompiledProfile;
use crate::document::select::{class_tokens, Dom, Sel};
use crate::document::{comparable, comparable_is, normalise};
use crate::lexicon::{self, Class};

/// A headline and the element that shows it, when one does.
#[derive(Clone, Debug)]
pub(crate) struct Headline<'a> {
    pub text: String,
    pub element: Option<ElementRef<'a>>,
}

static H1: once_cell::sync::Lazy<Sel> =
    once_cell::sync::Lazy::new(|| Sel::parse("h1").expect("h1 is a valid selector"));
static H2: once_cell::sync::Lazy<Sel> =
    once_cell::sync::Lazy::new(|| Sel::parse("h2").expect("h2 is a valid selector"));
static ITEMPROP_HEADLINE: once_cell::sync::Lazy<Sel> = once_cell::sync::Lazy::new(|| {
    Sel::parse("[itemprop=headline]").expect("itemprop headline is a valid selector")
});
static TITLE: once_cell::sync::Lazy<Sel> =
    once_cell::sync::Lazy::new(|| Sel::parse("title").expect("title is a valid selector"));
static HOME_LINKS: once_cell::sync::Lazy<Sel> =
    once_cell::sync::Lazy::new(|| Sel::parse("a[href]").expect("a[href] is a valid selector"));

/// How many elements of one kind are looked at: the headline is near the top.
const CANDIDATES: usize = 6;

/// Whether two headlines are the same words: equal (case, quotes and spacing aside), one
/// inside the other and at least two fifths of it (a truncated `og:title`, a `<title>` with
/// a section and site name), or three fifths of their words shared (an edited kicker).
pub(crate) fn agree(a: &str, b: &str) -> bool {
    let (ca, cb) = (comparable(a), comparable(b));
    if ca.is_empty() || cb.is_empty() {
        return false;
    }
    if ca == cb {
        return true;
    }
    let (short, long) = if ca.len() <= cb.len() {
        (&ca, &cb)
    } else {
        (&cb, &ca)
    };
    if short.len() >= 12 && short.len() * 5 >= long.len() * 2 && long.contains(short.as_str()) {
        return true;
    }
    let words = |s: &str| -> std::collections::BTreeSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    let shared = wa.intersection(&wb).count();
    shared >= 3 && shared * 5 >= wa.len().max(wb.len()) * 3
}

/// Whether a title names no release: a placeholder ("Document", "Untitled"), a bare
/// section name ("News", "Press releases", "News and Media Updates") or a file's name
/// ("ex991.htm").
pub(crate) fn is_non_headline(s: &str) -> bool {
    let s = s.trim().trim_end_matches(['.', ':', '|', '-']).trim();
    s.is_empty()
        || lexicon::contains(Class::PageNonHeadline, s)
        || meta::is_section_name(s)
        || meta::is_file_name(s)
}

/// Whether `el` is inside a link to another page (a teaser's headline is; a headline that
/// links to its own page, `href=""` or the page's canonical address, is not).
fn in_link(el: ElementRef<'_>, own: &[String]) -> bool {
    std::iter::once(*el)
        .chain(el.ancestors())
        .take(64)
        .filter_map(|n| n.value().as_element())
        .filter(|e| e.name() == "a")
        .filter_map(|e| e.attr_of("href"))
        .any(|href| !is_self_link(href, own))
}

/// Whether a heading carries a link to its own page: an `a` inside it whose `href` is one
/// of the page's addresses (the permalink of a post's title). An empty or fragment `href`
/// says nothing: menus use them too; a teaser's link names another page.
fn is_permalinked(el: ElementRef<'_>, own: &[String]) -> bool {
    el.descendants()
        .take(64)
        .filter_map(|n| n.value().as_element())
        .filter(|e| e.name() == "a")
        .filter_map(|a| a.attr_of("href"))
        .map(str::trim)
        .any(|h| !h.is_empty() && !h.starts_with('#') && is_self_link(h, own))
}

/// Whether `href` points at the page itself: empty, a fragment, or one of its own
/// addresses (`own`), give or take the scheme and a final slash.
pub(crate) fn is_self_link(href: &str, own: &[String]) -> bool {
    let key = |u: &str| -> String {
        let u = u.trim();
        let u = u.split_once("://").map_or(u, |(_, r)| r);
        let u = u.strip_prefix("//").unwrap_or(u);
        let u = u.split('#').next().unwrap_or("");
        u.trim_end_matches('/').to_ascii_lowercase()
    };
    let href = href.trim();
    // A root-relative `href` ("/news/2024/ferry-opens") names the page when it is the path
    // of one of its addresses.
    let path = |u: &str| -> String {
        let k = key(u);
        k.find('/').map_or_else(String::new, |i| k[i..].to_owned())
    };
    let relative = href.starts_with('/') && !href.starts_with("//") && !key(href).is_empty();
    href.is_empty()
        || href.starts_with('#')
        || own
            .iter()
            .any(|o| !o.is_empty() && (key(o) == key(href) || (relative && path(o) == key(href))))
}

/// The names the page gives itself: `og:site_name`, and the text or logo text of links to
/// the site's home page. (`application-name` is left out: pages fill it with the
/// headline as often as with the site's name.)
fn site_names(dom: &Dom, tags: &MetaTags) -> Vec<String> {
    let mut names: Vec<String> = tags
        .get("og:site_name")
        .map(normalise)
        .into_iter()
        .collect();
    for a in dom.select(&HOME_LINKS).take(400) {
        let Some(href) = a.value().attr_of("href") else {
            continue;
        };
        if !is_home(href) {
            continue;
        }
        let text = element_text(a);
        let alt = a
            .descendants()
            .filter_map(ElementRef::wrap)
            .find_map(|e| e.value().attr_of("alt").map(normalise));
        names.extend(
            [Some(text), alt]
                .into_iter()
                .flatten()
                .filter(|s| !s.is_empty()),
        );
        if names.len() > 8 {
            break;
        }
    }
    names
}

/// Whether a link points at a site's home page (`/`, `https://example.org/`, `index.html`),
/// also through a web archive's address of it (`https://web.archive.org/web/2014…/http://example.org/`,
/// as pages saved from an archive link).
fn is_home(href: &str) -> bool {
    let href = archived_target(href.trim());
    let path = match href.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => href.trim_start_matches('/'),
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let href_is_local = href.starts_with('/') || href.contains("://");
    href_is_local && (path.is_empty() || matches!(path, "index.html" | "index.php" | "en" | "en/"))
}

/// The address a web archive's link stands for: what follows `/web/⟨timestamp⟩/` in it
/// (the Wayback Machine's form, which other archives copy), else `href` itself.
fn archived_target(href: &str) -> &str {
    let Some(i) = href.find("/web/") else {
        return href;
    };
    let rest = &href[i + 5..];
    match rest.split_once('/') {
        Some((stamp, target))
            if stamp.len() >= 4
                && stamp.starts_with(|c: char| c.is_ascii_digit())
                && stamp.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                && target.contains("://") =>
        {
            target
        }
        _ => href,
    }
}

/// The text of a heading with a space where two of its parts meet without one: a kicker
/// in its own `span` and the headline after it (`<span>Update</span>Ferry resumes`) are two
/// phrases. Inline formatting (`<b>`, `<em>`, `<a>` …) joins as written.
pub(crate) fn spaced_text(el: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut boundary = false;
    for edge in el.traverse() {
        let node = match edge {
            ego_tree::iter::Edge::Open(n) | ego_tree::iter::Edge::Close(n) => n,
        };
        match node.value() {
            scraper::Node::Element(e) if !is_inline_formatting(e.name()) => boundary = true,
            scraper::Node::Text(t) if matches!(edge, ego_tree::iter::Edge::Open(_)) => {
                // A part that starts with punctuation (":", ",") closes the one before it.
                let joins = out.ends_with(|c: char| !c.is_whitespace())
                    && t.starts_with(|c: char| {
                        !c.is_whitespace()
                            && !matches!(c, ':' | ';' | ',' | '.' | '!' | '?' | ')' | ']')
                    });
                if boundary && joins {
                    out.push(' ');
                }
                out.push_str(t);
                boundary = false;
                if out.len() > 4096 {
                    break;
                }
            }
            _ => {}
        }
    }
    normalise(&out)
}

/// A heading's text without a kicker in an element of its own that is only a document-type
/// label (`<h1><span>Press release</span> Ferry landing opens</h1>`) or only a date
/// (`<h1><span><time>3 March 2025</time></span> Ferry landing opens</h1>`), nor a leading
/// label and its colon ("PRESS RELEASE: Ferry landing opens").
fn without_kicker(e: ElementRef<'_>) -> String {
    let full = without_subtitle(e, spaced_text(e));
    let kicker = e
        .children()
        .filter_map(ElementRef::wrap)
        .next()
        .map(spaced_text)
        .filter(|k| {
            !k.is_empty() && (is_non_headline(k) || crate::document::text::date_line(k).is_some())
        });
    if let Some(rest) = kicker.and_then(|k| full.strip_prefix(k.as_str())) {
        let rest = rest.trim();
        if rest.split_whitespace().count() >= 3 {
            return rest.to_owned();
        }
    }
    meta::strip_label_prefix(&full).to_owned()
}

/// A heading's text without a subtitle printed inside it after the headline
/// (`<h1>Ferry landing opens<br><small>Work starts in May</small></h1>`, a `span` whose
/// class names a subtitle or deck): its last child element, when that is a `small` or
/// named so and three words of headline stay before it.
fn without_subtitle(e: ElementRef<'_>, full: String) -> String {
    let Some(last) = e.children().filter_map(ElementRef::wrap).last() else {
        return full;
    };
    // Text after the last element means it does not close the heading.
    let closes = last
        .next_siblings()
        .all(|n| n.value().as_text().is_none_or(|t| t.trim().is_empty()));
    let named = last.value().name() == "small"
        || class_tokens(last.value())
            .chain(last.value().id())
            .any(|name| any_name_word(name, |w| lexicon::contains(Class::PageSubtitleWord, w)));
    if !(closes && named) {
        return full;
    }
    let sub = spaced_text(last);
    match full.strip_suffix(sub.as_str()).map(str::trim_end) {
        Some(head) if !sub.is_empty() && head.split_whitespace().count() >= 3 => head
            .trim_end_matches([':', '–', '—', '-', '|'])
            .trim_end()
            .to_owned(),
        _ => full,
    }
}

/// HTML's inline formatting elements: text on either side of them is one phrase.
fn is_inline_formatting(name: &str) -> bool {
    lexicon::contains(Class::HtmlInline, name)
}

/// The headline's signals, read once.
struct Signals<'a> {
    /// Visible candidates in priority order, each with its tier (0: profile, 1: marked as
    /// headline, 2: `h1`, 3: `h2`).
    visible: Vec<(u8, ElementRef<'a>, String)>,
    /// Headings marked as the headline or `h1` that stand in furniture (a breadcrumb
    /// ending in the page's own `h1`, a masthead block): the headline only when a meta
    /// title says the same, and then their place says nothing about the article's.
    in_furniture: Vec<String>,
    /// Meta titles (`og:title`, `twitter:title`, JSON-LD, `<title>`): raw and cleaned.
    metas: Vec<(MetaSource, String, String)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MetaSource {
    Og,
    Ld,
    Title,
}

fn signals<'a>(
    dom: &'a Dom,
    parts: &Parts,
    own: &[String],
    tags: &MetaTags,
    ld: &[serde_json::Value],
    profile: Option<&'a CompiledProfile>,
) -> Signals<'a> {
    let sites = site_names(dom, tags);
    let is_site = |t: &str| {
        let t = comparable(t);
        sites.iter().any(|s| comparable_is(s, &t))
    };
    // A heading in a block read as furniture is still the headline when it links to the
    // page itself (a blog's permalinked title inside a link-dense top block).
    let eligible = |e: &ElementRef<'_>| {
        !in_link(*e, own) && (!parts.is_furniture(e.id()) || is_permalinked(*e, own))
    };
    let mut in_furniture = Vec::new();
    for e in dom
        .select(&ITEMPROP_HEADLINE)
        .chain(dom.select(&H1))
        .filter(|e| e.value().name() != "meta" && !in_link(*e, own) && !eligible(e))
        .take(CANDIDATES)
    {
        let t = without_kicker(e);
        if !t.is_empty() && t.len() <= 400 && !is_non_headline(&t) && !is_site(&t) {
            in_furniture.push(t);
        }
    }
    let mut visible: Vec<(u8, ElementRef<'a>, String)> = Vec::new();
    let push = |tier: u8, e: ElementRef<'a>, visible: &mut Vec<(u8, ElementRef<'a>, String)>| {
        let t = without_kicker(e);
        if t.is_empty() || t.len() > 400 || is_non_headline(&t) || is_site(&t) {
            return;
        }
        if !visible.iter().any(|(_, v, _)| v.id() == e.id()) {
            visible.push((tier, e, t));
        }
    };
    if let Some(p) = profile {
        for sel in &p.title {
            for e in dom.select(sel).filter(eligible).take(CANDIDATES) {
                push(0, e, &mut visible);
            }
        }
    }
    for e in dom
        .select(&ITEMPROP_HEADLINE)
        .filter(|e| e.value().name() != "meta")
        .filter(eligible)
        .take(CANDIDATES)
    {
        push(1, e, &mut visible);
    }
    for e in dom.select(&H1).filter(eligible).take(CANDIDATES) {
        push(2, e, &mut visible);
    }
    for e in dom.select(&H2).filter(eligible).take(CANDIDATES) {
        push(3, e, &mut visible);
    }

    let site = tags.get("og:site_name").map(normalise);
    let known: Vec<&str> = visible.iter().map(|(_, _, t)| t.as_str()).collect();
    let mut metas = Vec::new();
    let raw = [
        (MetaSource::Og, tags.get("og:title").map(str::to_owned)),
        (MetaSource::Og, tags.get("twitter:title").map(str::to_owned)),
        (MetaSource::Ld, ld_string(ld, "headline").map(str::to_owned)),
        (
            MetaSource::Title,
            dom.select(&TITLE).next().map(element_text),
        ),
    ];
    for (source, value) in raw {
        let Some(value) = value.map(|v| normalise(&v)).filter(|v| !v.is_empty()) else {
            continue;
        };
        // Segments that name the site or a section go first ("Site | Headline"), then
        // the usual suffixes.
        let furniture = |t: &str| is_site(t) || is_non_headline(t);
        let clean = meta::drop_title_segments(&value, &furniture)
            .map(|kept| meta::clean_title(&kept, &known, site.as_deref()))
            .unwrap_or_else(|| meta::clean_title(&value, &known, site.as_deref()));
        if is_non_headline(&clean) || is_site(&clean) {
            continue;
        }
        metas.push((source, value, clean));
    }
    Signals {
        visible,
        in_furniture,
        metas,
    }
}

/// Chooses the headline.
pub(crate) fn choose<'a>(
    dom: &'a Dom,
    parts: &Parts,
    own: &[String],
    tags: &MetaTags,
    ld: &[serde_json::Value],
    profile: Option<&'a CompiledProfile>,
) -> Option<Headline<'a>> {
    let Signals {
        visible,
        in_furniture,
        metas,
    } = signals(dom, parts, own, tags, ld, profile);
    let confirmed = |t: &str| {
        metas
            .iter()
            .any(|(_, raw, clean)| agree(t, raw) || agree(t, clean))
    };
    let shown = |(_, e, t): &(u8, ElementRef<'a>, String)| Headline {
        text: t.clone(),
        element: Some(*e),
    };
    // 1. A visible headline that a meta title confirms, best tier first.
    if let Some(v) = visible
        .iter()
        .take_while(|(tier, _, _)| *tier <= 2)
        .find(|(_, _, t)| confirmed(t))
    {
        return Some(shown(v));
    }
    // 1b. A headline in furniture that a meta title confirms comes before any `h2`.
    if let Some(t) = in_furniture.iter().find(|t| confirmed(t)) {
        return Some(Headline {
            text: t.clone(),
            element: None,
        });
    }
    if let Some(v) = visible.iter().find(|(_, _, t)| confirmed(t)) {
        return Some(shown(v));
    }
    let first_h1 = visible.iter().find(|(tier, _, _)| *tier == 2);
    // 2. Without meta titles, a profile's match that is the first `h1` or says the same.
    if metas.is_empty() {
        let profile_ok = visible.iter().find(|(tier, e, t)| {
            *tier == 0 && first_h1.is_none_or(|(_, h, ht)| h.id() == e.id() || agree(t, ht))
        });
        return profile_ok
            .or(visible.iter().find(|(tier, _, _)| *tier <= 2))
            .map(shown);
    }
    // 3. Meta titles alone: one that another confirms, else the first; but a meta title
    // that reads like a name ("Harbour Board Newsroom") is the site's, and the page's own
    // heading of a clause is the headline.
    let meta_only = |(_, _, clean): &(MetaSource, String, String)| Headline {
        text: clean.clone(),
        element: None,
    };
    let agreed = metas.iter().find(|(source, _, clean)| {
        metas
            .iter()
            .any(|(s, raw, c)| s != source && (agree(clean, raw) || agree(clean, c)))
    });
    let meta = agreed.or(metas.first());
    let heading = visible.iter().find(|(tier, _, t)| {
        *tier <= 3 && !meta::reads_like_name(t) && t.split_whitespace().count() >= 4
    });
    match (meta, heading) {
        (Some(m), Some(h)) if meta::reads_like_name(&m.2) => Some(shown(h)),
        (Some(m), _) => Some(meta_only(m)),
        (None, h) => h.map(shown),
    }
}

/// Parses the headline selectors now (see [`crate::document::prepare`]).
pub(super) fn prepare() {
    once_cell::sync::Lazy::force(&H1);
    once_cell::sync::Lazy::force(&H2);
    once_cell::sync::Lazy::force(&ITEMPROP_HEADLINE);
    once_cell::sync::Lazy::force(&TITLE);
    once_cell::sync::Lazy::force(&HOME_LINKS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_agree() {
        // (a, b, agree)
        let table = [
            (
                "Harbour trust opens dune walk",
                "Harbour Trust Opens Dune Walk",
                true,
            ),
            (
                "Harbour trust opens dune walk",
                "“Harbour trust opens dune walk”",
                true,
            ),
            (
                "Harbour trust opens dune walk",
                "Harbour trust opens dune walk | News | Coast Trust",
                true,
            ),
            (
                "Volunteers replant the northern dunes after the winter storms",
                "Volunteers replant the northern dunes after the",
                true,
            ),
            (
                "Council paves way for new ferry landing at Kestrel Point",
                "Assembly paves way for new ferry landing at Kestrel Point",
                true,
            ),
            (
                "News",
                "Harbour trust opens dune walk | News | Coast Trust",
                false,
            ),
            (
                "Coast Trust",
                "Harbour trust opens dune walk | News | Coast Trust",
                false,
            ),
            (
                "Volunteers replant the northern dunes",
                "Harbour trust opens dune walk",
                false,
            ),
            ("", "", false),
        ];
        for (a, b, want) in table {
            assert_eq!(agree(a, b), want, "{a:?} / {b:?}");
            assert_eq!(agree(b, a), want, "{b:?} / {a:?}");
        }
    }

    #[test]
    fn links_to_the_page_itself() {
        let own = ["https://harbour.example.org/news/ferry-landing/".to_owned()];
        for (href, want) in [
            ("", true),
            ("#top", true),
            ("https://harbour.example.org/news/ferry-landing", true),
            ("http://harbour.example.org/news/ferry-landing/", true),
            ("/news/ferry-landing", true),
            ("/news/ferry-landing/", true),
            ("/news/ferry-landing-plans", false),
            ("/", false),
            ("//harbour.example.org/news/ferry-landing", true),
            ("//other.example.org/news/ferry-landing", false),
            ("https://harbour.example.org/", false),
        ] {
            assert_eq!(is_self_link(href, &own), want, "{href:?}");
        }
    }

    #[test]
    fn placeholders_are_no_headlines() {
        for (t, want) in [
            ("Document", true),
            ("Press Releases", true),
            ("news.", true),
            ("Untitled document", true),
            ("Council opens ferry landing", false),
            ("News from the harbour: ferry landing opens", false),
        ] {
            assert_eq!(is_non_headline(t), want, "{t:?}");
        }
    }

    #[test]
    fn home_links() {
        for (href, want) in [
            ("/", true),
            ("https://www.example.org/", true),
            ("https://www.example.org", true),
            ("/index.html", true),
            ("/news/2024/ferry-landing", false),
            ("https://www.example.org/news/", false),
            ("#top", false),
            ("mailto:press@example.org", false),
            (
                "https://web.archive.org/web/20140226054445/http://www.example.org/",
                true,
            ),
            (
                "https://web.archive.org/web/20140226054445im_/http://www.example.org/",
                true,
            ),
            (
                "https://web.archive.org/web/20140226054445/http://www.example.org/news/ferry",
                false,
            ),
            ("https://www.example.org/web/ferry-timetable/", false),
        ] {
            assert_eq!(is_home(href), want, "{href:?}");
        }
    }
}
