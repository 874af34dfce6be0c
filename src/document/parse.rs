//! HTML parsing with limits enforced while the tree is built.
//!
//! html5ever has no cap on nesting depth (its scope checks make deep nesting quadratic,
//! servo/html5ever#788) or on node count (the adoption agency algorithm can turn a small
//! input into millions of nodes, servo/html5ever#420). Both are checked here, in a tree
//! sink wrapped around scraper's, and the input is fed in small chunks so that parsing
//! stops within one chunk of the limit rather than after the damage is done.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, QualName};
use scraper::{Html, HtmlTreeSink};

use crate::error::{Error, Result};

/// Bytes fed to the parser between limit checks.
const CHUNK: usize = 2048;

/// Which limit stopped the parse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Breach {
    Depth,
    Nodes,
}

#[derive(Debug, Default)]
struct Budget {
    nodes: Cell<usize>,
    breach: Cell<Option<Breach>>,
}

/// scraper's sink, with a node count and a depth per element.
///
/// Once a limit is crossed, the tree is frozen: mutations become no-ops and new elements
/// reuse one orphan per tag name, so the rest of the current chunk costs no memory.
struct LimitedSink {
    inner: HtmlTreeSink,
    budget: Rc<Budget>,
    max_nodes: usize,
    max_depth: usize,
    /// Each placed element's depth and the [`moves`](Self::moves) count it was computed at.
    depth: RefCell<NodeMap<Option<(usize, u32)>>>,
    /// Bumped whenever placed nodes move (the adoption agency, foster parenting), which
    /// changes the depth of everything below them: older cached depths are then recounted
    /// from the tree. Misnested formatting elements otherwise nest without limit
    /// (`<i><b><div>x</i>` repeated).
    moves: Cell<u32>,
    spare: RefCell<HashMap<QualName, ego_tree_id::Id>>,
}

/// A hasher for node ids: an id is one small integer, which a multiply spreads well
/// enough, at a fraction of SipHash's cost (sets of node ids are asked about every element).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }

    fn write_usize(&mut self, n: usize) {
        self.0 = (self.0 ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// A set of node ids, hashed with [`IdHasher`].
pub(crate) type IdSet = std::collections::HashSet<ego_tree::NodeId, BuildHasherDefault<IdHasher>>;

/// A node's index in its tree's arena.
///
/// ego-tree keeps the index private but hashes a `NodeId` as that one integer (plus one),
/// which a hasher that keeps the last integer written reads back. The test
/// `node_index_is_arena_order` checks this against the arena's order.
pub(crate) fn node_index(id: ego_tree::NodeId) -> usize {
    #[derive(Default)]
    struct Last(usize);
    impl Hasher for Last {
        fn finish(&self) -> u64 {
            self.0 as u64
        }
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.0 = (self.0 << 8) | usize::from(b);
            }
        }
        fn write_usize(&mut self, n: usize) {
            self.0 = n;
        }
    }
    let mut h = Last::default();
    std::hash::Hash::hash(&id, &mut h);
    h.0
}

/// A value for each node of one tree, in a vector indexed by [`node_index`]: the DOM
/// passes ask about every element, and a hash map's look-ups and growth cost more than
/// the questions. A node never set reads as `T::default()`.
#[derive(Clone, Debug)]
pub(crate) struct NodeMap<T> {
    values: Vec<T>,
}

impl<T> Default for NodeMap<T> {
    fn default() -> Self {
        NodeMap { values: Vec::new() }
    }
}

impl<T: Clone + Default> NodeMap<T> {
    /// A map with room for a tree of `nodes` nodes.
    pub fn with_nodes(nodes: usize) -> NodeMap<T> {
        NodeMap {
            values: vec![T::default(); nodes.saturating_add(1)],
        }
    }

    /// The value of `id`, or the default.
    pub fn get(&self, id: ego_tree::NodeId) -> T {
        self.values.get(node_index(id)).cloned().unwrap_or_default()
    }

    /// Changes the value of `id` with `f`.
    pub fn update(&mut self, id: ego_tree::NodeId, f: impl FnOnce(&mut T)) {
        let i = node_index(id);
        if i >= self.values.len() {
            self.values.resize(i + 1, T::default());
        }
        if let Some(v) = self.values.get_mut(i) {
            f(v);
        }
    }

    /// Sets the value of `id`.
    pub fn set(&mut self, id: ego_tree::NodeId, value: T) {
        self.update(id, |v| *v = value);
    }
}

/// The handle type of scraper's sink, named once.
mod ego_tree_id {
    pub type Id = <scraper::HtmlTreeSink as html5ever::tree_builder::TreeSink>::Handle;
}

impl LimitedSink {
    fn frozen(&self) -> bool {
        self.budget.breach.get().is_some()
    }

    fn count_node(&self) {
        let n = self.budget.nodes.get() + 1;
        self.budget.nodes.set(n);
        if n > self.max_nodes && !self.frozen() {
            self.budget.breach.set(Some(Breach::Nodes));
        }
    }

    /// How many ancestors `id` has (the document has none), counting no further than one
    /// past the limit.
    fn depth_of(&self, id: &ego_tree_id::Id) -> usize {
        let moves = self.moves.get();
        if let Some((d, at)) = self.depth.borrow().get(*id) {
            if at == moves {
                return d;
            }
        }
        let d = self.inner.0.borrow().tree.get(*id).map_or(0, |node| {
            node.ancestors()
                .take(self.max_depth.saturating_add(1))
                .count()
        });
        self.depth.borrow_mut().set(*id, Some((d, moves)));
        d
    }

    /// Records that `child` goes at `depth`, and notes a move when it was placed before.
    fn place(&self, child: &NodeOrText<ego_tree_id::Id>, depth: usize) {
        let NodeOrText::AppendNode(id) = child else {
            return;
        };
        if self.depth.borrow().get(*id).is_some() {
            self.moves.set(self.moves.get().wrapping_add(1));
        }
        self.depth
            .borrow_mut()
            .set(*id, Some((depth, self.moves.get())));
        if depth > self.max_depth && !self.frozen() {
            self.budget.breach.set(Some(Breach::Depth));
        }
    }
}

impl TreeSink for LimitedSink {
    type Handle = ego_tree_id::Id;
    type Output = Html;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Html {
        self.inner.finish()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Self::Handle {
        self.inner.get_document()
    }

    fn elem_name<'a>(&'a self, target: &'a Self::Handle) -> Ref<'a, QualName> {
        self.inner.elem_name(target)
    }

    fn create_element(
        &self,
        name: QualName,
        attrs: Vec<Attribute>,
        flags: ElementFlags,
    ) -> Self::Handle {
        if self.frozen() {
            if let Some(id) = self.spare.borrow().get(&name) {
                return *id;
            }
            let id = self.inner.create_element(name.clone(), Vec::new(), flags);
            self.spare.borrow_mut().insert(name, id);
            return id;
        }
        self.count_node();
        self.inner.create_element(name, attrs, flags)
    }

    fn create_comment(&self, text: StrTendril) -> Self::Handle {
        if !self.frozen() {
            self.count_node();
        }
        // Comments are never read; an empty one keeps their text out of memory.
        drop(text);
        self.inner.create_comment(StrTendril::new())
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Self::Handle {
        if !self.frozen() {
            self.count_node();
        }
        self.inner.create_pi(StrTendril::new(), StrTendril::new())
    }

    fn append(&self, parent: &Self::Handle, child: NodeOrText<Self::Handle>) {
        if self.frozen() {
            return;
        }
        match &child {
            NodeOrText::AppendNode(_) => self.place(&child, self.depth_of(parent) + 1),
            NodeOrText::AppendText(_) => self.count_node(),
        }
        if !self.frozen() {
            self.inner.append(parent, child);
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Self::Handle,
        prev_element: &Self::Handle,
        child: NodeOrText<Self::Handle>,
    ) {
        if self.frozen() {
            return;
        }
        // As scraper decides: before `element` when it is in the tree, else in `prev_element`.
        let in_tree = self
            .inner
            .0
            .borrow()
            .tree
            .get(*element)
            .is_some_and(|n| n.parent().is_some());
        match &child {
            NodeOrText::AppendNode(_) if in_tree => self.place(&child, self.depth_of(element)),
            NodeOrText::AppendNode(_) => self.place(&child, self.depth_of(prev_element) + 1),
            NodeOrText::AppendText(_) => self.count_node(),
        }
        if !self.frozen() {
            self.inner
                .append_based_on_parent_node(element, prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        name: StrTendril,
        public_id: StrTendril,
        system_id: StrTendril,
    ) {
        if !self.frozen() {
            self.inner
                .append_doctype_to_document(name, public_id, system_id);
        }
    }

    fn get_template_contents(&self, target: &Self::Handle) -> Self::Handle {
        self.inner.get_template_contents(target)
    }

    fn same_node(&self, x: &Self::Handle, y: &Self::Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, mode: QuirksMode) {
        self.inner.set_quirks_mode(mode);
    }

    fn append_before_sibling(&self, sibling: &Self::Handle, new_node: NodeOrText<Self::Handle>) {
        if self.frozen() {
            return;
        }
        match &new_node {
            NodeOrText::AppendNode(_) => self.place(&new_node, self.depth_of(sibling)),
            NodeOrText::AppendText(_) => self.count_node(),
        }
        if !self.frozen() {
            self.inner.append_before_sibling(sibling, new_node);
        }
    }

    fn add_attrs_if_missing(&self, target: &Self::Handle, attrs: Vec<Attribute>) {
        if !self.frozen() {
            self.inner.add_attrs_if_missing(target, attrs);
        }
    }

    fn remove_from_parent(&self, target: &Self::Handle) {
        if !self.frozen() {
            self.inner.remove_from_parent(target);
        }
    }

    fn reparent_children(&self, node: &Self::Handle, new_parent: &Self::Handle) {
        if !self.frozen() {
            self.moves.set(self.moves.get().wrapping_add(1));
            self.inner.reparent_children(node, new_parent);
        }
    }
}

/// Parses `html` as a document, or says which limit it crossed.
pub(crate) fn parse(html: &str, max_depth: usize, max_nodes: usize) -> Result<Html> {
    let budget = Rc::new(Budget::default());
    let sink = LimitedSink {
        inner: HtmlTreeSink::new(Html::new_document()),
        budget: Rc::clone(&budget),
        max_nodes,
        max_depth,
        depth: RefCell::new(NodeMap::default()),
        moves: Cell::new(0),
        spare: RefCell::new(HashMap::new()),
    };
    let mut parser = html5ever::parse_document(sink, Default::default());
    let mut offset = 0;
    while offset < html.len() {
        let mut end = (offset + CHUNK).min(html.len());
        while !html.is_char_boundary(end) {
            end += 1;
        }
        let Some(chunk) = html.get(offset..end) else {
            break;
        };
        parser.process(StrTendril::from_slice(chunk));
        offset = end;
        match budget.breach.get() {
            Some(Breach::Depth) => {
                return Err(Error::TooDeep {
                    limit: max_depth,
                    offset,
                })
            }
            Some(Breach::Nodes) => {
                return Err(Error::TooManyNodes {
                    limit: max_nodes,
                    offset,
                })
            }
            None => {}
        }
    }
    let html = parser.finish();
    match budget.breach.get() {
        Some(Breach::Depth) => Err(Error::TooDeep {
            limit: max_depth,
            offset,
        }),
        Some(Breach::Nodes) => Err(Error::TooManyNodes {
            limit: max_nodes,
            offset,
        }),
        None => Ok(html),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_page_parses() {
        let html = parse(
            "<html><head><title>T</title></head><body><p>Hello <b>world</b></p></body></html>",
            512,
            1000,
        )
        .unwrap();
        let p = scraper::Selector::parse("p").unwrap();
        assert_eq!(
            html.select(&p).next().unwrap().text().collect::<String>(),
            "Hello world"
        );
    }

    #[test]
    fn node_index_is_arena_order() {
        let html = parse(
            "<html><body><div><p>a<b>b</b></p><!-- c --><ul><li>d</li></ul></div></body></html>",
            512,
            1000,
        )
        .unwrap();
        let ids: Vec<usize> = html.tree.nodes().map(|n| node_index(n.id())).collect();
        assert!(ids.len() > 10);
        assert_eq!(ids, (1..=ids.len()).collect::<Vec<_>>());
        let mut map: NodeMap<usize> = NodeMap::with_nodes(3);
        for n in html.tree.nodes() {
            map.update(n.id(), |v| *v += node_index(n.id()));
        }
        for n in html.tree.nodes() {
            assert_eq!(map.get(n.id()), node_index(n.id()));
        }
    }

    #[test]
    fn deep_nesting_is_refused() {
        let html = "<div>".repeat(5000);
        assert!(matches!(
            parse(&html, 512, 1_000_000),
            Err(Error::TooDeep { limit: 512, .. })
        ));
    }

    #[test]
    fn node_explosion_is_refused() {
        // Distinct formatting elements stay active after their parent closes, and every
        // later run of text clones them all (the adoption agency's reconstruction).
        let mut html = String::from("<div>");
        for i in 0..2000 {
            html.push_str(&format!("<b id={i}>"));
        }
        html.push_str("</div>");
        html.push_str(&"<div>x</div>".repeat(2000));
        assert!(matches!(
            parse(&html, 100_000, 200_000),
            Err(Error::TooManyNodes { .. })
        ));
    }

    /// The deepest node of the tree, counted as `LimitedSink::depth_of` counts.
    fn real_depth(html: &Html) -> usize {
        html.tree
            .nodes()
            .map(|n| n.ancestors().count())
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn moved_nodes_keep_their_depth() {
        // The adoption agency moves the open `<div>`'s children under a clone of `<b>`
        // at each `</i>`: the tree deepens by two per repeat although the parser only
        // ever appends at a shallow depth.
        let html = "<i><b><div>x</i>".repeat(3000);
        assert!(matches!(
            parse(&html, 512, 1_000_000),
            Err(Error::TooDeep { limit: 512, .. })
        ));
        // Whatever the misnesting, a tree that parses is within the limit.
        for unit in [
            "<i><b><div>x</i>",
            "<b><p>x</b>y",
            "<a><p>x</a>",
            "<table><a><tr><td>x</a>",
            "<b><table><td><i>x</b>",
            "<font><div>x</font>",
            "<nobr><div><nobr>x",
            "<b><i></b><div>",
            "<p><b><div><p>x</b>",
        ] {
            for limit in [8, 40] {
                match parse(&unit.repeat(200), limit, 1_000_000) {
                    Ok(tree) => assert!(real_depth(&tree) <= limit, "{unit}: {limit}"),
                    Err(Error::TooDeep { .. }) => {}
                    Err(e) => panic!("{unit}: {e}"),
                }
            }
        }
    }
}
