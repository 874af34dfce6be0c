//! `src/entities/data/*.tsv` → `$OUT_DIR/gazetteer.rs` and the scanners' tries: the
//! countries, organisations, titles, organisation words and places as static arrays, their
//! look-up keys as sorted arrays, and one byte trie per scanner, so that nothing is parsed,
//! indexed or compiled when a program starts.
//!
//! The file formats are described in each file's header and in `load.rs`; the keys are
//! made by `src/entities/gazetteer/forms.rs`, the same code that makes the keys of queries.

#[path = "../../src/entities/gazetteer/forms.rs"]
#[allow(dead_code)]
mod forms;
mod literals;
mod load;
mod trie;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use load::{Index, PlaceLiteral, Source, Tables, Target};

const DIR: &str = "src/entities/data";

/// The value of a stop literal in both scanners' tries.
const STOP: u32 = 0x7FFF_FFFF;
/// Added to an organisation's number in the name scanner's trie.
const ORG: u32 = 0x4000_0000;
/// Set on a place literal that counts only after a comma.
const AFTER_COMMA: u32 = 0x8000_0000;

pub fn generate() -> Result<(), String> {
    let read = |name: &str| -> Result<String, String> {
        let path = Path::new(DIR).join(name);
        println!("cargo::rerun-if-changed={}", path.display());
        fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let texts: Vec<(&str, String)> = [
        "countries.tsv",
        "un_entities.tsv",
        "intergovernmental.tsv",
        "national_bodies.tsv",
        "titles.tsv",
        "title_modifiers.tsv",
        "org_words.tsv",
        "scan_stoplist.tsv",
        "places.tsv",
    ]
    .into_iter()
    .map(|f| read(f).map(|t| (f, t)))
    .collect::<Result<_, _>>()?;
    let source = |i: usize| Source {
        file: texts[i].0,
        text: &texts[i].1,
    };
    let tables = load::load(&load::Files {
        countries: source(0),
        un_entities: source(1),
        intergovernmental: source(2),
        national_bodies: source(3),
        titles: source(4),
        title_modifiers: source(5),
        org_words: source(6),
        scan_stoplist: source(7),
        places: source(8),
    });
    if !tables.problems.is_empty() {
        return Err(format!(
            "gazetteer problems:\n{}",
            tables.problems.join("\n")
        ));
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let scan: BTreeMap<String, u32> = tables
        .scan_literals
        .iter()
        .map(|(l, t)| (l.clone(), scan_value(*t)))
        .collect();
    let places: BTreeMap<String, u32> = tables
        .place_literals
        .iter()
        .map(|(l, p)| (l.clone(), place_value(*p)))
        .collect();
    let mut code = render(&tables);
    let _ = writeln!(
        code,
        "/// Trie values: a stop literal; an organisation's number plus `TRIE_ORG`; a place\n\
         /// literal that counts only after a comma has `TRIE_AFTER_COMMA` set.\n\
         const TRIE_STOP: u32 = {STOP:#x};\nconst TRIE_ORG: u32 = {ORG:#x};\n\
         const TRIE_AFTER_COMMA: u32 = {AFTER_COMMA:#x};\n"
    );
    for (name, literals) in [("scan", &scan), ("place", &places)] {
        let t = trie::build(literals).map_err(|e| format!("{name} trie: {e}"))?;
        for (part, bytes) in [
            ("nodes", &t.nodes),
            ("labels", &t.labels),
            ("children", &t.children),
        ] {
            let file = format!("{name}_trie.{part}");
            fs::write(out.join(&file), bytes).map_err(|e| format!("{file}: {e}"))?;
        }
        let upper = name.to_uppercase();
        let root: Vec<String> = t.root.iter().map(|c| c.to_string()).collect();
        let _ = writeln!(
            code,
            "static {upper}_TRIE_ROOT: [u32; 256] = [{}];\n",
            root.join(", ")
        );
        let _ = writeln!(
            code,
            "/// The {name} scanner: {} literals, {} trie nodes.\n\
             static {upper}_TRIE: Trie = Trie {{\n    \
             root: &{upper}_TRIE_ROOT,\n    \
             nodes: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}_trie.nodes\")),\n    \
             labels: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}_trie.labels\")),\n    \
             children: include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}_trie.children\")),\n    \
             literals: {},\n}};\n",
            literals.len(),
            t.node_count,
            literals.len()
        );
    }
    fs::write(out.join("gazetteer.rs"), code).map_err(|e| e.to_string())
}

fn scan_value(t: Target) -> u32 {
    match t {
        Target::Country(i) => i as u32,
        Target::Org(i) => ORG + i as u32,
        Target::Stop => STOP,
    }
}

fn place_value(p: PlaceLiteral) -> u32 {
    let target = p.place.map_or(STOP, |i| i as u32);
    if p.after_comma_only {
        target | AFTER_COMMA
    } else {
        target
    }
}

/// `un_entity` → `UnEntity`.
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

fn strs(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| format!("{s:?}")).collect();
    format!("&[{}]", inner.join(", "))
}

fn opt(item: &Option<String>) -> String {
    match item {
        Some(s) => format!("Some({s:?})"),
        None => "None".to_owned(),
    }
}

fn render(t: &Tables) -> String {
    let mut s = String::from(
        "// Generated by build/gazetteer/ from src/entities/data/*.tsv; do not edit.\n\n",
    );
    let _ = writeln!(s, "static COUNTRIES: [Country; {}] = [", t.countries.len());
    for c in &t.countries {
        let _ = writeln!(
            s,
            "    Country {{ code: {:?}, name: {:?}, variants: {}, adjectives: {}, iso3: {:?} }},",
            c.code,
            c.name,
            strs(&c.variants),
            strs(&c.adjectives),
            c.iso3
        );
    }
    s.push_str("];\n\n");
    let _ = writeln!(s, "static ORGS: [OrgEntry; {}] = [", t.orgs.len());
    for o in &t.orgs {
        let _ = writeln!(
            s,
            "    OrgEntry {{ name: {:?}, acronym: {}, variants: {}, kind: OrganisationKind::{}, country: {} }},",
            o.name,
            opt(&o.acronym),
            strs(&o.variants),
            camel(&o.kind),
            opt(&o.country)
        );
    }
    s.push_str("];\n\n");
    let _ = writeln!(s, "static TITLES: [TitleEntry; {}] = [", t.titles.len());
    for e in &t.titles {
        let _ = writeln!(
            s,
            "    TitleEntry {{ title: {:?}, aliases: {}, domain: TitleDomain::{}, rank_only: {} }},",
            e.title,
            strs(&e.aliases),
            camel(&e.domain),
            e.rank_only
        );
    }
    s.push_str("];\n\n");
    let _ = writeln!(
        s,
        "static MODIFIERS: [&str; {}] = {};\n",
        t.modifiers.len(),
        strs(&t.modifiers).trim_start_matches('&')
    );
    let _ = writeln!(s, "static ORG_WORDS: [OrgWord; {}] = [", t.org_words.len());
    for w in &t.org_words {
        let _ = writeln!(
            s,
            "    OrgWord {{ word: {:?}, position: Position::{}, kind: OrganisationKind::{}, ambiguous: {} }},",
            w.word,
            w.position,
            camel(&w.kind),
            w.ambiguous
        );
    }
    s.push_str("];\n\n");
    let _ = writeln!(s, "static PLACES: [Place; {}] = [", t.places.len());
    for p in &t.places {
        let _ = writeln!(
            s,
            "    Place {{ name: {:?}, country: {:?}, kind: PlaceKind::{}, admin: {}, variants: {}, ambiguous: {} }},",
            p.name,
            p.country,
            camel(&p.kind),
            opt(&p.admin),
            strs(&p.variants),
            p.ambiguous
        );
    }
    s.push_str("];\n\n");
    let _ = writeln!(
        s,
        "/// ISO 3166-1 alpha-2 and alpha-3 codes, sorted, with their country.\nstatic COUNTRY_CODES: [(&str, u32); {}] = [",
        t.country_codes.len()
    );
    for (code, i) in &t.country_codes {
        let _ = writeln!(s, "    ({code:?}, {i}),");
    }
    s.push_str("];\n\n");
    for (name, index) in [
        ("COUNTRY_INDEX", &t.country_index),
        ("ADJECTIVE_INDEX", &t.adjective_index),
        ("ORG_INDEX", &t.org_index),
        ("TITLE_INDEX", &t.title_index),
        ("MODIFIER_INDEX", &t.modifier_index),
        ("ORG_WORD_INDEX", &t.org_word_index),
        ("PLACE_INDEX", &t.place_index),
    ] {
        render_index(&mut s, name, index);
    }
    s
}

fn render_index(s: &mut String, name: &str, index: &Index) {
    let map = |s: &mut String, m: &BTreeMap<String, usize>| {
        s.push_str("&[");
        for (k, i) in m {
            let _ = write!(s, "({k:?}, {i}), ");
        }
        s.push(']');
    };
    let set = |s: &mut String, m: &BTreeSet<String>| {
        s.push_str("&[");
        for k in m {
            let _ = write!(s, "{k:?}, ");
        }
        s.push(']');
    };
    let _ = write!(s, "static {name}: FormIndex = FormIndex {{\n    exact: ");
    map(s, &index.exact);
    s.push_str(",\n    loose: ");
    map(s, &index.loose);
    s.push_str(",\n    letters: ");
    set(s, &index.letters);
    s.push_str(",\n};\n\n");
}
