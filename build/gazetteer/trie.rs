//! A byte trie of literals, written as flat tables that the runtime reads in place
//! (`src/entities/gazetteer/trie.rs` says the format).

use std::collections::BTreeMap;

/// No value, or no child.
pub(crate) const NONE: u32 = u32::MAX;

/// The four tables of a trie: the root's child for each byte, each node's first edge and
/// value (2 × u32 per node, then one closing edge index), each edge's byte, and each
/// edge's child (u32). Numbers in byte tables are little-endian; a child number has
/// [`HAS_VALUE`] set when its node holds a value.
pub(crate) struct Tables {
    pub root: [u32; 256],
    pub nodes: Vec<u8>,
    pub labels: Vec<u8>,
    pub children: Vec<u8>,
    pub node_count: usize,
}

#[derive(Default)]
struct Node {
    value: Option<u32>,
    children: BTreeMap<u8, usize>,
}

/// Set on a child number whose node holds a value, so that a walk reads values only there.
pub(crate) const HAS_VALUE: u32 = 0x8000_0000;

/// The trie of `literals`, nodes numbered depth first, so that the nodes of one literal's
/// tail (most of a trie: chains of single children) sit one after the other in memory.
pub(crate) fn build(literals: &BTreeMap<String, u32>) -> Result<Tables, String> {
    let mut nodes: Vec<Node> = vec![Node::default()];
    for (literal, &value) in literals {
        if literal.is_empty() {
            return Err("an empty literal".to_owned());
        }
        if value == NONE {
            return Err(format!("`{literal}` has the reserved value"));
        }
        let mut at = 0;
        for &b in literal.as_bytes() {
            let next = nodes.len();
            let child = *nodes[at].children.entry(b).or_insert(next);
            if child == next {
                nodes.push(Node::default());
            }
            at = child;
        }
        nodes[at].value = Some(value);
    }
    if nodes.len() >= HAS_VALUE as usize {
        return Err(format!("{} nodes are too many", nodes.len()));
    }
    // Depth-first numbering (children in byte order).
    let mut order = Vec::with_capacity(nodes.len());
    let mut number = vec![0u32; nodes.len()];
    let mut stack = vec![0usize];
    while let Some(n) = stack.pop() {
        number[n] = order.len() as u32;
        order.push(n);
        stack.extend(nodes[n].children.values().rev().copied());
    }
    let pointer = |c: usize| {
        if nodes[c].value.is_some() {
            number[c] | HAS_VALUE
        } else {
            number[c]
        }
    };
    let mut t = Tables {
        root: [NONE; 256],
        nodes: Vec::new(),
        labels: Vec::new(),
        children: Vec::new(),
        node_count: order.len(),
    };
    for (&b, &c) in &nodes[0].children {
        t.root[b as usize] = pointer(c);
    }
    let mut edges = 0u32;
    for &n in &order {
        t.nodes.extend(edges.to_le_bytes());
        t.nodes.extend(nodes[n].value.unwrap_or(NONE).to_le_bytes());
        for (&b, &c) in &nodes[n].children {
            t.labels.push(b);
            t.children.extend(pointer(c).to_le_bytes());
            edges += 1;
        }
    }
    t.nodes.extend(edges.to_le_bytes());
    Ok(t)
}
