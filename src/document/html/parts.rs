//! The parts of a page: which elements are furniture (navigation, banners, footers, share
//! bars, lists of other stories, forms, cookie notices, sidebars) and which hold the release.
//!
//! Furniture is recognised by what it is, not by what one site calls it:
//! - *landmarks*: HTML's sectioning elements and ARIA roles (`nav`, `aside`, a page-level
//!   `header` or `footer`, `role=navigation` …), and elements hidden from readers;
//! - *density*: a block whose text is mostly link text (a menu, a share bar, a tag cloud);
//! - *shape*: three or more sibling blocks of one shape, each a link with a heading, an image
//!   or a date (teasers of other stories);
//! - *names*: the words templates in general give their parts (`page_furniture_word` in the
//!   lexicon), read from class and id.
//!
//! The page's prose is never furniture, whatever it is called: a block holding half the
//! page's text is a misused landmark or a badly named wrapper, not a sidebar.
//!
//! One pass counts each element's text and link text, a second marks furniture, so the cost
//! is linear in the page.

use crate::document::select::AttrOf;
use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::node::Element;
use scraper::{ElementRef, Node};

use crate::document::parse::NodeMap;
use crate::document::select::{class_names, class_tokens, Dom, NameMemo};
use crate::lexicon::{self, Class};

/// What an element's subtree holds, counted once for the page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Stat {
    /// Bytes of visible text, spaces not counted.
    pub text: usize,
    /// Of which inside links.
    pub link_text: usize,
    /// Links (`a` with `href`).
    pub links: usize,
    /// Whether the subtree has a heading, an image or a `time` (what a teaser shows).
    pub teaser_mark: bool,
}

impl Stat {
    /// The share of the text that is link text (1 for an empty block).
    pub fn link_density(&self) -> f64 {
        if self.text == 0 {
            1.0
        } else {
            self.link_text as f64 / self.text as f64
        }
    }
}

/// Why an element is furniture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// A landmark: navigation, banner, footer, sidebar, form, dialog.
    Landmark,
    /// Hidden from readers.
    Hidden,
    /// Named as furniture by its class or id.
    Named,
    /// Mostly links: a menu, a share bar, a tag list.
    Links,
    /// Repeated teasers of other stories.
    Teasers,
}

/// The page, split into furniture and the rest.
#[derive(Debug, Default)]
pub(crate) struct Parts {
    stats: NodeMap<Stat>,
    /// Every element inside furniture, mapped to its furniture root.
    inside: NodeMap<Option<NodeId>>,
    /// The furniture roots and why each is one.
    roots: NodeMap<Option<Part>>,
    /// The text of the whole page.
    page_text: usize,
}

/// Tags whose content is never text of the page (HTML's own: scripts, styles, metadata,
/// embedded objects and form controls).
pub(crate) fn is_silent_tag(name: &str) -> bool {
    lexicon::contains(Class::HtmlSilent, name)
}

/// What the HTML lexicon says of one tag name.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct TagFacts {
    /// Never text of the page ([`is_silent_tag`]).
    pub silent: bool,
    /// Marks a teaser: a heading, an image or a date.
    pub teaser_mark: bool,
    /// A sectioning element (`article`, `section` …).
    pub sectioning: bool,
    /// A landmark element (`nav`, `aside` …).
    pub landmark: bool,
}

impl TagFacts {
    pub(super) fn of(name: &str) -> TagFacts {
        TagFacts {
            silent: is_silent_tag(name),
            teaser_mark: lexicon::contains(Class::HtmlTeaserMark, name),
            sectioning: lexicon::contains(Class::HtmlSectioning, name),
            landmark: lexicon::contains(Class::HtmlLandmark, name),
        }
    }
}

/// Each distinct tag name's [`TagFacts`], looked up in the lexicon once per page rather
/// than once per element (a page has a few dozen tag names and thousands of elements).
#[derive(Default)]
pub(super) struct Tags(NameMemo<TagFacts>);

impl Tags {
    pub(super) fn of(&mut self, el: &Element) -> TagFacts {
        self.0.get(&el.name.local, || TagFacts::of(el.name()))
    }
}

impl Parts {
    /// Reads the parts of `dom`.
    pub fn new(dom: &Dom) -> Parts {
        let mut tags = Tags::default();
        let stats = count(dom, &mut tags);
        let page_text = dom
            .tree
            .root()
            .children()
            .map(|c| stats.get(c.id()).text)
            .sum();
        let nodes = dom.node_count();
        let mut parts = Parts {
            stats,
            page_text,
            inside: NodeMap::with_nodes(nodes),
            roots: NodeMap::with_nodes(nodes),
        };
        parts.mark(dom, &mut tags);
        parts
    }

    /// The counts of `id`'s subtree.
    pub fn stat(&self, id: NodeId) -> Stat {
        self.stats.get(id)
    }

    /// The text of the whole page, spaces not counted.
    pub fn page_text(&self) -> usize {
        self.page_text
    }

    /// Whether `id` is furniture or inside it.
    pub fn is_furniture(&self, id: NodeId) -> bool {
        self.inside.get(id).is_some()
    }

    /// The furniture root `id` is in, with its kind.
    pub fn furniture_of(&self, id: NodeId) -> Option<(NodeId, Part)> {
        let root = self.inside.get(id)?;
        Some((root, self.roots.get(root)?))
    }

    /// Whether `id` is the root of a furniture block.
    pub fn is_furniture_root(&self, id: NodeId) -> bool {
        self.roots.get(id).is_some()
    }

    fn mark(&mut self, dom: &Dom, tags: &mut Tags) {
        let mut open: Option<NodeId> = None;
        // Each class or id name is judged once per page: templates repeat them on
        // hundreds of elements.
        let mut names: Names<'_> = HashMap::new();
        // How many sectioning elements (article, main, section, aside, nav, and the roots
        // figure, blockquote, details) are open: a `header` or `footer` inside one belongs
        // to it, not to the page.
        let mut sectioning: Vec<NodeId> = Vec::new();
        for edge in dom.tree.root().traverse() {
            match edge {
                Edge::Open(node) => {
                    let Some(el) = node.value().as_element() else {
                        continue;
                    };
                    if let Some(root) = open {
                        self.inside.set(node.id(), Some(root));
                        continue;
                    }
                    let stat = self.stat(node.id());
                    let facts = tags.of(el);
                    let part = ElementRef::wrap(node).and_then(|e| {
                        self.part_of(e, el, facts, &stat, !sectioning.is_empty(), &mut names)
                    });
                    if let Some(part) = part {
                        open = Some(node.id());
                        self.roots.set(node.id(), Some(part));
                        self.inside.set(node.id(), Some(node.id()));
                    } else if is_sectioning(el, facts) {
                        sectioning.push(node.id());
                    }
                }
                Edge::Close(node) => {
                    if open == Some(node.id()) {
                        open = None;
                    } else if sectioning.last() == Some(&node.id()) {
                        sectioning.pop();
                    }
                }
            }
        }
    }

    /// What `el` is, when it is furniture by itself (its ancestors are not).
    fn part_of<'a>(
        &self,
        e: ElementRef<'_>,
        el: &'a Element,
        facts: TagFacts,
        stat: &Stat,
        in_section: bool,
        names: &mut Names<'a>,
    ) -> Option<Part> {
        let name = el.name();
        if matches!(name, "html" | "body") {
            return None;
        }
        // Half the page's text is the page, however it is marked up.
        let holds_page = stat.text * 2 >= self.page_text && self.page_text > 0;
        if is_hidden(el) {
            return (!holds_page).then_some(Part::Hidden);
        }
        if let Some(part) = landmark(el, facts, stat, in_section) {
            return (!holds_page || is_declared_landmark(el)).then_some(part);
        }
        if holds_page {
            return None;
        }
        if is_named_furniture(el, in_section, names) {
            return Some(Part::Named);
        }
        if is_link_block(stat) {
            return Some(Part::Links);
        }
        if self.is_teaser_list(e) {
            return Some(Part::Teasers);
        }
        None
    }

    /// Three or more children of one shape, each a link beside a heading, image or date,
    /// that make up most of the block: other stories' teasers. Paragraphs of a release with
    /// a link each are not teasers (they have no heading, image or date of their own).
    fn is_teaser_list(&self, e: ElementRef<'_>) -> bool {
        let total = self.stat(e.id()).text;
        if total == 0 {
            return false;
        }
        let mut shapes: HashMap<String, (usize, usize)> = HashMap::new();
        for child in e.children().filter_map(ElementRef::wrap).take(200) {
            let s = self.stat(child.id());
            let teaser =
                s.links >= 1 && s.teaser_mark && s.text < 600 && s.link_text * 10 >= s.text * 3;
            if teaser {
                let entry = shapes.entry(shape(child.value())).or_default();
                entry.0 += 1;
                entry.1 += s.text;
            }
        }
        shapes
            .values()
            .any(|&(n, text)| n >= 3 && text * 10 >= total * 6)
    }
}

/// Counts every element's text and links in one pass.
fn count(dom: &Dom, tags: &mut Tags) -> NodeMap<Stat> {
    let mut out: NodeMap<Stat> = NodeMap::with_nodes(dom.node_count());
    let mut stack: Vec<(NodeId, Stat)> = Vec::new();
    let mut silent: Option<NodeId> = None;
    for edge in dom.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if silent.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let facts = tags.of(el);
                        if facts.silent {
                            silent = Some(node.id());
                            continue;
                        }
                        stack.push((
                            node.id(),
                            Stat {
                                teaser_mark: facts.teaser_mark,
                                ..Stat::default()
                            },
                        ));
                    }
                    Node::Text(t) => {
                        if let Some((_, top)) = stack.last_mut() {
                            top.text += t.bytes().filter(|b| !b.is_ascii_whitespace()).count();
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if silent == Some(node.id()) {
                    silent = None;
                    continue;
                }
                if silent.is_some() || !node.value().is_element() {
                    continue;
                }
                let Some((id, mut stat)) = stack.pop() else {
                    continue;
                };
                if node.value().as_element().is_some_and(|el| {
                    el.name() == "a" && el.attr_of("href").is_some_and(is_navigation)
                }) {
                    stat.link_text = stat.text;
                    stat.links += 1;
                }
                out.set(id, stat);
                if let Some((_, parent)) = stack.last_mut() {
                    parent.text += stat.text;
                    parent.link_text += stat.link_text;
                    parent.links += stat.links;
                    parent.teaser_mark |= stat.teaser_mark;
                }
            }
        }
    }
    out
}

/// Whether a link takes the reader to another page: a contact link (`mailto:`, `tel:`) is
/// part of a sentence or a contact block, not navigation.
fn is_navigation(href: &str) -> bool {
    let h = href.trim_start();
    let scheme = h.split_once(':').map(|(s, _)| s.to_ascii_lowercase());
    !matches!(scheme.as_deref(), Some("mailto" | "tel" | "sms" | "fax"))
}

/// Sectioning elements: a `header` or `footer` inside one is that section's.
fn is_sectioning(el: &Element, facts: TagFacts) -> bool {
    facts.sectioning
        || el
            .attr_of("role")
            .is_some_and(|r| lexicon::contains(Class::AriaContentRole, r))
}

/// The landmark an element is (HTML's sectioning elements and WAI-ARIA's landmark roles).
///
/// A `header` outside any section is the page's banner when it is link-heavy (logo and
/// menu); one that holds a headline and a date line is an article's header that a template
/// failed to wrap in `article`.
fn landmark(el: &Element, facts: TagFacts, stat: &Stat, in_section: bool) -> Option<Part> {
    if is_declared_landmark(el) {
        return Some(Part::Landmark);
    }
    match el.name() {
        _ if facts.landmark => Some(Part::Landmark),
        "footer" if !in_section => Some(Part::Landmark),
        "header" if !in_section && stat.link_text * 10 >= stat.text * 3 => Some(Part::Landmark),
        _ => None,
    }
}

/// An ARIA role that says the element is not the page's content.
fn is_declared_landmark(el: &Element) -> bool {
    el.attr_of("role")
        .is_some_and(|r| lexicon::contains(Class::AriaLandmarkRole, r))
}

/// Hidden from readers: the `hidden` attribute, `aria-hidden`, an inline style that hides,
/// or a class that only hides.
pub(crate) fn is_hidden(el: &Element) -> bool {
    el.attr_of("hidden").is_some()
        || el.attr_of("aria-hidden") == Some("true")
        || el.attr_of("style").is_some_and(|s| {
            let s: String = s
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
        || class_tokens(el).any(|c| lexicon::contains(Class::PageHidingName, c))
}

/// The words of a class or id: split at `-`, `_`, `.` and a lower-to-upper case change
/// (`shareBar`, `post-navigation`, `c-share__item`).
pub(crate) fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    any_name_word(name, |w| {
        words.push(w.to_owned());
        false
    });
    words
}

/// Whether `f` holds for a word of `name`, the words as [`name_words`] splits them, read
/// into one buffer rather than a vector of strings (the caption and credit tests ask it
/// of every class on the page).
pub(crate) fn any_name_word(name: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    let mut word = String::new();
    let mut prev_lower = false;
    for c in name.chars() {
        // ASCII, nearly every class name, skips the Unicode tables.
        let (alphanumeric, upper, lower) = if c.is_ascii() {
            let (u, l) = (c.is_ascii_uppercase(), c.is_ascii_lowercase());
            (c.is_ascii_alphanumeric(), u, l)
        } else {
            (c.is_alphanumeric(), c.is_uppercase(), c.is_lowercase())
        };
        if !alphanumeric || (upper && prev_lower) {
            if !word.is_empty() {
                if f(&word) {
                    return true;
                }
                word.clear();
            }
            if !alphanumeric {
                prev_lower = false;
                continue;
            }
        }
        prev_lower = lower || c.is_ascii_digit();
        if c.is_ascii() {
            word.push(c.to_ascii_lowercase());
        } else {
            word.extend(c.to_lowercase());
        }
    }
    !word.is_empty() && f(&word)
}

/// The class and id names of `el` whose words say what the element is. A class that starts
/// with a label word (`category-energy`, `tag-menu-planning`) names a label the element
/// carries (WordPress writes the post's labels on it), not what it is.
pub(crate) fn own_names(el: &Element) -> impl Iterator<Item = Vec<String>> + '_ {
    class_names(el)
        .into_iter()
        .chain(el.id())
        .take(24)
        .map(name_words)
        .filter(|words| {
            words
                .first()
                .is_some_and(|w| !lexicon::contains(Class::PageLabelWord, w))
        })
}

/// Whether a class or id name names furniture, outside and inside a section, as it was
/// first judged on the page.
type Names<'a> = HashMap<&'a str, [bool; 2]>;

/// Whether a word of the element's class or id (or its `aria-label`) names furniture. A
/// word that names a region of the page (`footer`, value `region`) names the article's own
/// region inside an article or section (`post-footer` holds the post's labels); a word
/// marked `part` names furniture inside a longer word too (`mainmenu`, `sharebar`).
fn is_named_furniture<'a>(el: &'a Element, in_section: bool, names: &mut Names<'a>) -> bool {
    // The names `own_names` reads, each judged once.
    class_names(el)
        .into_iter()
        .chain(el.id())
        .take(24)
        .any(|name| {
            names.entry(name).or_insert_with(|| {
                let words = name_words(name);
                let own = words
                    .first()
                    .is_some_and(|w| !lexicon::contains(Class::PageLabelWord, w));
                let mut verdict = [false, false];
                if own {
                    for w in &words {
                        let [outside, inside] = word_names_part(w);
                        verdict[0] |= outside;
                        verdict[1] |= inside;
                        if verdict == [true, true] {
                            break;
                        }
                    }
                }
                verdict
            })[usize::from(in_section)]
        })
        || el
            .attr_of("aria-label")
            .is_some_and(|label| name_words(label).iter().any(|w| names_part(w, in_section)))
}

/// Whether one word of a name names furniture (see [`is_named_furniture`]).
fn names_part(w: &str, in_section: bool) -> bool {
    word_names_part(w)[usize::from(in_section)]
}

/// The furniture words that name furniture inside a longer word too (value `part`), each
/// with whether it names a region (value `region`: not furniture inside a section). Read
/// from the lexicon once, not for every word of every name.
static PART_WORDS: once_cell::sync::Lazy<Vec<(&'static str, bool)>> =
    once_cell::sync::Lazy::new(|| {
        lexicon::entries(Class::PageFurnitureWord)
            .filter(|(_, v)| v.contains("part"))
            .map(|(entry, v)| (entry, v.contains("region")))
            .collect()
    });

/// Whether one word of a name names furniture outside a section and inside one (see
/// [`is_named_furniture`]): a furniture word by itself, or, when longer than four bytes,
/// holding a word marked `part`. Both verdicts from one reading of the word.
pub(super) fn word_names_part(w: &str) -> [bool; 2] {
    if let Some(v) = lexicon::value(Class::PageFurnitureWord, w) {
        return [true, !v.contains("region")];
    }
    let mut verdict = [false, false];
    if w.len() > 4 {
        for &(entry, region) in PART_WORDS.iter() {
            if w.contains(entry) {
                verdict[0] = true;
                if !region {
                    verdict[1] = true;
                    break;
                }
            }
        }
    }
    verdict
}

/// Reads the lexicon's `part` furniture words now (see [`crate::document::prepare`]).
pub(super) fn prepare() {
    once_cell::sync::Lazy::force(&PART_WORDS);
}

/// Three or more links that are nearly all the block's text: a menu, a share bar, a list of
/// other stories' headlines, a tag cloud.
fn is_link_block(stat: &Stat) -> bool {
    stat.links >= 3 && stat.link_text * 10 >= stat.text * 7
}

/// The shape of a sibling: its tag and class words without numbers (`li.teaser-3` and
/// `li.teaser-4` are one shape).
fn shape(el: &Element) -> String {
    let mut words: Vec<String> = class_tokens(el)
        .flat_map(name_words)
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    words.sort();
    words.dedup();
    format!("{}.{}", el.name(), words.join("."))
}
