//! `src/lexicon/data/*.tsv` → `$OUT_DIR/lexicon.rs`: the `Class` enum and one sorted table
//! of entries per class.
//!
//! File format (TAB, shown as →, between fields):
//!
//! ```text
//! # free comment
//! #class event_head  What the class holds, one line (becomes the variant's doc comment).
//! class→entry→value→source
//! event_head→conference→conference→general vocabulary
//! ```
//!
//! Every class is declared once with a `#class` line before its rows; every row names a
//! declared class, a non-empty entry and a non-empty source; `value` may be empty. An entry
//! with lowercase letters matches in any case; an entry without lowercase letters ("WHO",
//! "OFFICIAL") matches only as written. Keys are folded as `fold` in `src/lexicon/mod.rs`
//! folds them (lowercase, typographic apostrophe as ASCII); the two must agree.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const HEADER: &str = "class\tentry\tvalue\tsource";

#[path = "../src/lexicon/hash.rs"]
mod hash;

struct Class {
    name: String,
    doc: String,
    file: String,
    /// Folded key → value.
    folded: BTreeMap<String, String>,
    /// Entry as written → value (entries without lowercase letters).
    exact: BTreeMap<String, String>,
    max_words: usize,
}

pub fn generate() -> Result<(), String> {
    let dir = Path::new("src/lexicon/data");
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    files.sort();
    let mut classes: BTreeMap<String, Class> = BTreeMap::new();
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        read_file(path, &mut classes)?;
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    fs::write(out.join("lexicon.rs"), render(&classes)).map_err(|e| e.to_string())
}

fn read_file(path: &Path, classes: &mut BTreeMap<String, Class>) -> Result<(), String> {
    let file = path
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or("?")
        .to_string();
    let text = fs::read_to_string(path).map_err(|e| format!("{file}: {e}"))?;
    let mut header_seen = false;
    for (n, line) in text.lines().enumerate() {
        let at = format!("{file}:{}", n + 1);
        if let Some(decl) = line.strip_prefix("#class ") {
            let (name, doc) = decl
                .trim()
                .split_once(char::is_whitespace)
                .unwrap_or((decl.trim(), ""));
            if !is_snake(name) {
                return Err(format!("{at}: class name `{name}` is not snake_case"));
            }
            if doc.trim().is_empty() {
                return Err(format!("{at}: class `{name}` has no description"));
            }
            if let Some(c) = classes.get(name) {
                return Err(format!(
                    "{at}: class `{name}` is already declared in {}",
                    c.file
                ));
            }
            classes.insert(
                name.to_string(),
                Class {
                    name: name.to_string(),
                    doc: doc.trim().to_string(),
                    file: file.clone(),
                    folded: BTreeMap::new(),
                    exact: BTreeMap::new(),
                    max_words: 0,
                },
            );
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header_seen {
            if line != HEADER {
                return Err(format!("{at}: the first row must be the header `{HEADER}`"));
            }
            header_seen = true;
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [class, entry, value, source] = fields[..] else {
            return Err(format!("{at}: {} fields, want 4", fields.len()));
        };
        let Some(c) = classes.get_mut(class) else {
            return Err(format!(
                "{at}: class `{class}` is not declared with a #class line"
            ));
        };
        if c.file != file {
            return Err(format!("{at}: class `{class}` belongs to {}", c.file));
        }
        let entry = entry.trim();
        if entry.is_empty() || source.trim().is_empty() {
            return Err(format!("{at}: empty entry or source"));
        }
        if entry != entry.split_whitespace().collect::<Vec<_>>().join(" ") {
            return Err(format!("{at}: `{entry}` has extra spaces"));
        }
        let exact =
            entry.chars().any(char::is_alphabetic) && !entry.chars().any(char::is_lowercase);
        let (map, key) = if exact {
            (&mut c.exact, entry.to_string())
        } else {
            (&mut c.folded, fold(entry))
        };
        if map.insert(key, value.trim().to_string()).is_some() {
            return Err(format!(
                "{at}: `{entry}` is listed twice in class `{class}`"
            ));
        }
        c.max_words = c.max_words.max(entry.split(' ').count());
    }
    Ok(())
}

/// Lowercase, with the typographic apostrophe as ASCII. Must match `lexicon::fold`.
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .collect()
}

fn is_snake(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn camel(s: &str) -> String {
    s.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn render(classes: &BTreeMap<String, Class>) -> String {
    let mut s = String::from(
        "// Generated by build/lexicon.rs from src/lexicon/data/*.tsv; do not edit.\n\n",
    );
    s.push_str("/// A word class of the lexicon: one `#class` line of `src/lexicon/data/*.tsv`.\n");
    s.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[allow(dead_code, clippy::enum_variant_names)]\npub(crate) enum Class {\n");
    for c in classes.values() {
        let _ = writeln!(
            s,
            "    /// {} (`{}`)\n    {},",
            c.doc,
            c.file,
            camel(&c.name)
        );
    }
    s.push_str("}\n\n");
    let _ = writeln!(s, "/// Every class, in the order of the tables below.\npub(crate) const CLASSES: [Class; {}] = [", classes.len());
    for c in classes.values() {
        let _ = writeln!(s, "    Class::{},", camel(&c.name));
    }
    s.push_str("];\n\n");
    let table = |s: &mut String, name: &str, pick: &dyn Fn(&Class) -> &BTreeMap<String, String>| {
        let _ = writeln!(s, "static {name}: [&[(&str, &str)]; {}] = [", classes.len());
        for c in classes.values() {
            s.push_str("    &[\n");
            for (k, v) in pick(c) {
                let _ = writeln!(s, "        ({k:?}, {v:?}),");
            }
            s.push_str("    ],\n");
        }
        s.push_str("];\n\n");
    };
    table(&mut s, "FOLDED", &|c| &c.folded);
    // PERF: where each first byte's entries start in every FOLDED table, so that a look-up
    // searches only the entries that share the query's first byte.
    let _ = writeln!(
        s,
        "static FOLDED_FIRST: [[u16; 257]; {}] = [",
        classes.len()
    );
    for c in classes.values() {
        let keys: Vec<&[u8]> = c.folded.keys().map(|k| k.as_bytes()).collect();
        assert!(
            keys.len() < usize::from(u16::MAX),
            "class {} is too big for u16 offsets",
            c.name
        );
        s.push_str("    [");
        for b in 0..=256usize {
            let start = keys.partition_point(|k| k.first().map_or(0, |&f| usize::from(f) + 1) <= b);
            let _ = write!(s, "{start},");
        }
        s.push_str("],\n");
    }
    s.push_str("];\n\n");
    // PERF: one open-addressing hash table over every class's FOLDED entries, so that a
    // look-up hashes its folded query once and compares one or two keys. A slot holds
    // `class << 16 | index + 1`, 0 when empty; about twice as many slots as entries.
    let total: usize = classes.values().map(|c| c.folded.len()).sum();
    let size = (total * 2).next_power_of_two().max(2);
    let mut slots = vec![0u32; size];
    for (ci, c) in classes.values().enumerate() {
        for (k, key) in c.folded.keys().enumerate() {
            let mut at = hash::key_hash(ci, key.as_bytes()) as usize & (size - 1);
            while slots[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = u32::try_from(ci << 16 | (k + 1)).expect("class and index fit in u32");
        }
    }
    let _ = write!(s, "static FOLDED_HASH: [u32; {size}] = [");
    for v in &slots {
        let _ = write!(s, "{v},");
    }
    s.push_str("];\n\n");
    table(&mut s, "EXACT", &|c| &c.exact);
    let _ = writeln!(s, "static MAX_WORDS: [usize; {}] = [", classes.len());
    for c in classes.values() {
        let _ = writeln!(s, "    {},", c.max_words);
    }
    s.push_str("];\n\n");
    let _ = writeln!(s, "static NAMES: [(&str, &str); {}] = [", classes.len());
    for c in classes.values() {
        let _ = writeln!(s, "    ({:?}, {:?}),", c.name, c.file);
    }
    s.push_str("];\n");
    s
}
