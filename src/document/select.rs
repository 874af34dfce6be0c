//! Selector queries over one page without a walk of the whole tree per query.
//!
//! scraper's `Html::select` tests every node of the page against the selector; a page is
//! queried a few dozen times (each profile's detection, then content, title, captions,
//! categories and dates). [`Dom`] indexes the page's elements once by tag name, class and
//! id, and [`Sel`] knows from its CSS which of those its matches must have, so a query
//! tests only those candidates. The candidates are a superset of the matches, visited in
//! the order `Html::select` visits them (the arena's), so the results are the same.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Deref;

use ego_tree::NodeId;
use html5ever::{local_name, LocalName};
use scraper::{ElementRef, Html, Selector};

/// What every element matched by one selector of a list has.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Key {
    Id(Box<str>),
    Class(Box<str>),
    Tag(LocalName),
    /// An attribute of this name (for `[itemprop=…]`).
    Attr(LocalName),
}

/// A parsed selector with the index keys its matches must have.
#[derive(Debug)]
pub(crate) struct Sel {
    selector: Selector,
    /// One key per selector of the list; `None` when some selector has none (every
    /// element is then a candidate).
    keys: Option<Vec<Key>>,
    /// Whether the list is bare tag names (`p, li`): every candidate then matches.
    bare_tags: bool,
}

impl Sel {
    /// Parses `css` as scraper does.
    pub fn parse(css: &str) -> Result<Sel, String> {
        let selector = Selector::parse(css).map_err(|e| e.to_string())?;
        let keys = keys(css);
        // A bare type selector matches every element of that local name, whatever its
        // namespace; its key is that name.
        let bare_tags = keys.as_ref().is_some_and(|keys| {
            let parts = split_top(css, |c| c == ',');
            parts.len() == keys.len()
                && parts
                    .iter()
                    .zip(keys)
                    .all(|(part, key)| matches!(key, Key::Tag(t) if part.trim() == &**t))
        });
        Ok(Sel {
            selector,
            keys,
            bare_tags,
        })
    }
}

impl Sel {
    /// Whether the page's index gives this selector's candidates (else every element is
    /// one).
    pub fn is_indexed(&self) -> bool {
        self.keys.is_some()
    }
}

impl Deref for Sel {
    type Target = Selector;

    fn deref(&self) -> &Selector {
        &self.selector
    }
}

/// The keys of a selector list, or `None` when one of its selectors has no key or the
/// CSS uses syntax this reading does not follow (escapes, namespaces).
fn keys(css: &str) -> Option<Vec<Key>> {
    if css.contains(['\\', '|']) {
        return None;
    }
    split_top(css, |c| c == ',')
        .into_iter()
        .map(|part| {
            let part = part.trim();
            let compound = split_top(part, |c| c.is_whitespace() || matches!(c, '>' | '+' | '~'))
                .into_iter()
                .rev()
                .find(|s| !s.is_empty())?;
            compound_key(compound)
        })
        .collect()
}

/// `s` split at the characters `at` outside brackets, parentheses and quotes.
fn split_top(s: &str, at: impl Fn(char) -> bool) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut quote, mut start) = (0usize, None, 0);
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '(') => depth += 1,
            (None, ']' | ')') => depth = depth.saturating_sub(1),
            (None, c) if depth == 0 && at(c) => {
                parts.push(s.get(start..i).unwrap_or(""));
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    parts.push(s.get(start..).unwrap_or(""));
    parts
}

/// The most selective key of one compound selector (`h1.title#main[lang]:hover`).
fn compound_key(compound: &str) -> Option<Key> {
    let is_ident = |c: char| c.is_alphanumeric() || c == '-' || c == '_' || !c.is_ascii();
    let ident = |s: &str| -> String { s.chars().take_while(|&c| is_ident(c)).collect() };
    let (mut tag, mut class, mut id, mut attr) = (None, None, None, None);
    let first = compound.chars().next()?;
    if first.is_ascii_alphabetic() {
        let name = ident(compound);
        // Type selectors match HTML elements by their lower-case name; other cases are
        // left to the full walk.
        if name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            tag = Some(name);
        }
    }
    let (mut depth, mut quote) = (0usize, None);
    for (i, c) in compound.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(') => depth += 1,
            (None, ')') => depth = depth.saturating_sub(1),
            (None, '[') if depth == 0 => {
                let rest = compound.get(i + 1..).unwrap_or("");
                let name = ident(rest.trim_start());
                // Attribute names match HTML elements' lower-case ones whatever the case.
                if attr.is_none() && !name.is_empty() {
                    attr = Some(name.to_ascii_lowercase());
                }
                depth += 1;
            }
            (None, '[') => depth += 1,
            (None, ']') => depth = depth.saturating_sub(1),
            (None, '.') if depth == 0 && class.is_none() => {
                let name = ident(compound.get(i + 1..).unwrap_or(""));
                if !name.is_empty() {
                    class = Some(name);
                }
            }
            (None, '#') if depth == 0 && id.is_none() => {
                let name = ident(compound.get(i + 1..).unwrap_or(""));
                if !name.is_empty() {
                    id = Some(name);
                }
            }
            _ => {}
        }
    }
    id.map(|s| Key::Id(s.into()))
        .or(class.map(|s| Key::Class(s.into())))
        .or(tag.map(|s| Key::Tag(LocalName::from(s))))
        .or(attr.map(|a| Key::Attr(LocalName::from(a))))
}

/// An element's attribute by name, found without making an atom of the name.
///
/// scraper's `Element::attr` interns its argument as a `LocalName` (a hash, and a lock for
/// names outside the static set) and binary-searches by string comparison on every call;
/// an element has a handful of attributes, so comparing their names in place is cheaper.
/// The same attribute is found: no namespace, no prefix, the name equal.
pub(crate) trait AttrOf {
    /// The value of attribute `name`, as `Element::attr` returns it.
    fn attr_of(&self, name: &str) -> Option<&str>;
}

impl AttrOf for scraper::node::Element {
    fn attr_of(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(q, _)| q.prefix.is_none() && q.ns == html5ever::ns!() && &*q.local == name)
            .map(|(_, v)| &**v)
    }
}

/// The class names of `el`, as `Element::classes` yields them (every `class` attribute's
/// words), in the attribute's order and with repeats: for questions of "any".
///
/// `Element::classes` interns each name as an atom the first time it is asked, which on
/// a page of a few thousand elements costs more than the questions asked of them.
pub(crate) fn class_tokens(el: &scraper::node::Element) -> impl Iterator<Item = &str> + '_ {
    el.attrs
        .iter()
        .filter(|(q, _)| &*q.local == "class")
        .flat_map(|(_, v)| v.split_ascii_whitespace())
}

/// The class names of `el` in `Element::classes`' order: sorted, each once.
pub(crate) fn class_names(el: &scraper::node::Element) -> Vec<&str> {
    let mut names: Vec<&str> = class_tokens(el).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The elements strictly inside `el` whose local name is one of `names`, in document
/// order: what `el.select` gives for a list of bare type selectors (`img, figure`), without
/// running a selector match (and setting up its caches) for every element of the subtree.
pub(crate) fn inside_named<'a>(
    el: ElementRef<'a>,
    names: &'static [&'static str],
) -> impl Iterator<Item = ElementRef<'a>> + 'a {
    el.descendants()
        .skip(1)
        .filter_map(ElementRef::wrap)
        .filter(move |e| names.contains(&e.value().name()))
}

/// The links strictly inside `el`, as `el.select("a[href]")` gives them.
pub(crate) fn links_inside(el: ElementRef<'_>) -> impl Iterator<Item = ElementRef<'_>> + '_ {
    inside_named(el, &["a"]).filter(|a| a.value().attr_of("href").is_some())
}

/// A memo of one value per tag or attribute name, for the passes that ask the same
/// question of every element.
///
/// A page has a few dozen names and thousands of elements: a small direct-mapped table,
/// slotted by the atom's own hash (precomputed for the names HTML defines), answers most
/// look-ups with one comparison; a miss falls back to a map keyed with the standard
/// library's keyed hasher (a page chooses its names, and names that share a slot only
/// take turns in it). Each name's value is computed once.
pub(crate) struct NameMemo<V> {
    slots: [Option<(LocalName, V)>; 64],
    all: HashMap<LocalName, V>,
}

impl<V> Default for NameMemo<V> {
    fn default() -> Self {
        NameMemo {
            slots: std::array::from_fn(|_| None),
            all: HashMap::new(),
        }
    }
}

impl<V: Copy> NameMemo<V> {
    /// The value for `name`, computed by `f` the first time it is asked.
    pub fn get(&mut self, name: &LocalName, f: impl FnOnce() -> V) -> V {
        let slot = (name.get_hash().wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58) as usize;
        let entry = self.slots.get_mut(slot);
        if let Some(Some((n, v))) = entry.as_deref() {
            if n == name {
                return *v;
            }
        }
        let v = *self.all.entry(name.clone()).or_insert_with(f);
        if let Some(e) = entry {
            *e = Some((name.clone(), v));
        }
        v
    }

    /// The value for `name` when it was computed.
    pub fn peek(&self, name: &LocalName) -> Option<V> {
        self.all.get(name).copied()
    }
}

impl<V: std::fmt::Debug> std::fmt::Debug for NameMemo<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.all.iter()).finish()
    }
}

/// A parsed page with its elements indexed.
#[derive(Debug)]
pub(crate) struct Dom {
    html: Html,
    /// Every element `Html::select` would test, in its order.
    all: Vec<NodeId>,
    /// Tag and attribute names are memoised by [`NameMemo`] (its fallback map is keyed
    /// with the standard library's keyed hasher: a page chooses them, and any fixed hash
    /// over an atom's inline bytes can be made to collide), each to its list's index.
    tags: NameMemo<usize>,
    tag_lists: Vec<Vec<NodeId>>,
    /// Class and id names by [`name_key`]: two names that share a key share a list, which
    /// is still a superset of each one's matches (every candidate is then matched). The
    /// keys are hashed with the standard library's keyed hasher: a page can choose names
    /// whose keys collide in any fixed hash, which would make the map quadratic.
    classes: HashMap<u64, Vec<NodeId>>,
    ids: HashMap<u64, Vec<NodeId>>,
    attrs: NameMemo<usize>,
    attr_lists: Vec<Vec<NodeId>>,
    /// How many nodes the tree has, of every kind.
    nodes: usize,
}

impl Deref for Dom {
    type Target = Html;

    fn deref(&self) -> &Html {
        &self.html
    }
}

/// A class or id name's index key: a hash of its bytes, read eight at a time (indexing by
/// the name itself would copy every distinct name of the page).
fn name_key(name: &str) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = name.len() as u64;
    let mut chunks = name.as_bytes().chunks_exact(8);
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default());
        h = (h.rotate_left(5) ^ word).wrapping_mul(K);
    }
    let tail = chunks
        .remainder()
        .iter()
        .rev()
        .fold(0u64, |acc, &b| (acc << 8) | u64::from(b));
    (h.rotate_left(5) ^ tail).wrapping_mul(K)
}

fn push_once(list: &mut Vec<NodeId>, id: NodeId) {
    if list.last() != Some(&id) {
        list.push(id);
    }
}

impl Dom {
    pub fn new(html: Html) -> Dom {
        let mut dom = Dom {
            all: Vec::new(),
            tags: NameMemo::default(),
            tag_lists: Vec::new(),
            classes: HashMap::default(),
            ids: HashMap::default(),
            attrs: NameMemo::default(),
            attr_lists: Vec::new(),
            nodes: 0,
            html,
        };
        for node in dom.html.tree.nodes() {
            dom.nodes += 1;
            let Some(el) = node.value().as_element() else {
                continue;
            };
            if node.parent().is_none() {
                continue;
            }
            let id = node.id();
            dom.all.push(id);
            let lists = &mut dom.tag_lists;
            let t = dom.tags.get(&el.name.local, || {
                lists.push(Vec::new());
                lists.len() - 1
            });
            if let Some(list) = dom.tag_lists.get_mut(t) {
                list.push(id);
            }
            if let Some(v) = el.id() {
                dom.ids.entry(name_key(v)).or_default().push(id);
            }
            for (name, value) in &el.attrs {
                let lists = &mut dom.attr_lists;
                let a = dom.attrs.get(&name.local, || {
                    lists.push(Vec::new());
                    lists.len() - 1
                });
                if let Some(list) = dom.attr_lists.get_mut(a) {
                    push_once(list, id);
                }
                if name.local == local_name!("class") {
                    for c in value.split_ascii_whitespace() {
                        push_once(dom.classes.entry(name_key(c)).or_default(), id);
                    }
                }
            }
        }
        dom
    }

    /// How many nodes the tree has, of every kind (the size of a
    /// [`NodeMap`](super::parse::NodeMap) for it).
    pub fn node_count(&self) -> usize {
        self.nodes
    }

    fn bucket(&self, key: &Key) -> &[NodeId] {
        match key {
            Key::Id(s) => self.ids.get(&name_key(s)).map_or(&[], Vec::as_slice),
            Key::Class(s) => self.classes.get(&name_key(s)).map_or(&[], Vec::as_slice),
            Key::Tag(t) => self
                .tags
                .peek(t)
                .and_then(|i| self.tag_lists.get(i))
                .map_or(&[], Vec::as_slice),
            Key::Attr(a) => self
                .attrs
                .peek(a)
                .and_then(|i| self.attr_lists.get(i))
                .map_or(&[], Vec::as_slice),
        }
    }

    /// The elements matching `sel`, as `Html::select` gives them.
    pub fn select<'a>(&'a self, sel: &'a Sel) -> impl Iterator<Item = ElementRef<'a>> + 'a {
        let ids: Cow<'a, [NodeId]> = match sel.keys.as_deref() {
            None => Cow::Borrowed(&self.all),
            Some([key]) => Cow::Borrowed(self.bucket(key)),
            Some(keys) => {
                let mut ids: Vec<NodeId> =
                    keys.iter().flat_map(|k| self.bucket(k)).copied().collect();
                ids.sort_unstable();
                ids.dedup();
                Cow::Owned(ids)
            }
        };
        Candidates {
            html: &self.html,
            ids,
            next: 0,
        }
        .filter(move |e| sel.bare_tags || sel.selector.matches(e))
    }
}

/// The candidate elements of a query, in arena order.
struct Candidates<'a> {
    html: &'a Html,
    ids: Cow<'a, [NodeId]>,
    next: usize,
}

impl<'a> Iterator for Candidates<'a> {
    type Item = ElementRef<'a>;

    fn next(&mut self) -> Option<ElementRef<'a>> {
        loop {
            let id = *self.ids.get(self.next)?;
            self.next += 1;
            if let Some(el) = self.html.tree.get(id).and_then(ElementRef::wrap) {
                return Some(el);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_of_selectors() {
        let k = |css: &str| keys(css);
        assert_eq!(k("h1"), Some(vec![Key::Tag(LocalName::from("h1"))]));
        assert_eq!(
            k("article.node.press .field--name-field-symbol"),
            Some(vec![Key::Class("field--name-field-symbol".into())])
        );
        assert_eq!(
            k("meta[name=keywords][content^='productType:']"),
            Some(vec![Key::Tag(LocalName::from("meta"))])
        );
        assert_eq!(
            k("[class*='field-name-body']"),
            Some(vec![Key::Attr(LocalName::from("class"))])
        );
        assert_eq!(
            k("[itemprop=datePublished]"),
            Some(vec![Key::Attr(LocalName::from("itemprop"))])
        );
        assert_eq!(
            k("#bw-release-story"),
            Some(vec![Key::Id("bw-release-story".into())])
        );
        assert_eq!(
            k("h3[id^='related-nav-topics'] + ul a"),
            Some(vec![Key::Tag(LocalName::from("a"))])
        );
        assert_eq!(k("a, *"), None);
        assert_eq!(k("H1"), None);
        assert_eq!(k(".a\\:b"), None);
        assert_eq!(
            k("div:not(.x)"),
            Some(vec![Key::Tag(LocalName::from("div"))])
        );
    }

    #[test]
    fn scoped_walks_match_scrapers_select() {
        let page = r#"<html><body><div id="a"><a href="/x">x</a><a name="n">n</a>
            <figure><img src="i"><figcaption>c</figcaption></figure><h2>h</h2>
            <svg><a href="/s">s</a></svg><div><a href="">e</a><picture></picture><h6>g</h6></div>
            </div><a href="/out">o</a></body></html>"#;
        let html = Html::parse_document(page);
        let links = Selector::parse("a[href]").expect("valid");
        let images = Selector::parse("img, picture, figure").expect("valid");
        let heads = Selector::parse("h1, h2, h3, h4, h5, h6").expect("valid");
        for node in html.tree.nodes() {
            let Some(el) = ElementRef::wrap(node) else {
                continue;
            };
            let ids = |it: &mut dyn Iterator<Item = ElementRef<'_>>| -> Vec<NodeId> {
                it.map(|e| e.id()).collect()
            };
            assert_eq!(ids(&mut links_inside(el)), ids(&mut el.select(&links)));
            assert_eq!(
                ids(&mut inside_named(el, &["img", "picture", "figure"])),
                ids(&mut el.select(&images))
            );
            assert_eq!(
                ids(&mut inside_named(el, &["h1", "h2", "h3", "h4", "h5", "h6"])),
                ids(&mut el.select(&heads))
            );
        }
    }

    #[test]
    fn same_matches_as_a_full_walk() {
        let page = r#"<html><head><meta name="generator" content="WordPress 6"><title>T</title></head>
            <body class="wp-theme-x home"><div id="main" class="a b a"><p class="b">x</p>
            <i><b><p>y</i></b><table><a href="/t" rel="tag">t</a><tr><td class="b">z</td></tr></table>
            <span itemprop="datePublished">1 May</span></div></body></html>"#;
        let dom = Dom::new(Html::parse_document(page));
        for css in [
            "p",
            ".b",
            "#main",
            "div.a .b, td",
            "meta[name=generator][content^=WordPress]",
            "body[class*='wp-theme']",
            "[itemprop=datePublished]",
            "a[rel~=tag], p",
            "*",
            "b p",
            "p, td",
            "td",
        ] {
            let sel = Sel::parse(css).expect("valid");
            let fast: Vec<NodeId> = dom.select(&sel).map(|e| e.id()).collect();
            let slow: Vec<NodeId> = dom.html.select(&sel).map(|e| e.id()).collect();
            assert_eq!(fast, slow, "{css}");
            assert_eq!(sel.bare_tags, matches!(css, "p" | "p, td" | "td"), "{css}");
        }
    }
}
