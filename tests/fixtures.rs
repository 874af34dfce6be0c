//! The regression corpus: every page under `fixtures/` against the JSON expected of it.
//!
//! One data-driven test (STYLE.md §5.6). Each source (`<name>.html`, `.htm`, `.txt`) goes
//! through `Extractor::extract(Page::bytes(..))`, the path the `to_json` example takes, and
//! its output is compared with `<name>.json` as JSON values. Every difference is reported
//! as a JSON path, every fixture is run, and the test fails once at the end with the full
//! list.
//!
//! - `BLESS=1` rewrites the expectations (2-space pretty JSON, trailing newline) instead of
//!   failing on differences, and names the files it changed. Review is `git diff fixtures/`,
//!   read against the truth lists in `fixtures/README.md`.
//! - `FIXTURE=wire,-govuk` runs the fixtures whose name contains `wire` and not `govuk`.
//!
//! Whatever the expectation says, oracle checks run on every output: each span slices
//! `text` to its own text, each date range has start ≤ end, each event `parent` is another
//! event of the list, two runs agree, and a serde round trip through `PressRelease` is exact.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use communique::{Date, Extractor, Options, Page, PressRelease};
use serde_json::Value;

const SOURCE_EXTENSIONS: [&str; 3] = ["html", "htm", "txt"];

/// Longest value printed whole in a difference; longer ones are cut (strings are shown
/// around their first differing character instead).
const SHOW: usize = 160;

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let bless = std::env::var_os("BLESS").is_some_and(|v| !v.is_empty() && v != "0");
    let filter = Filter::from_env();
    let corpus = Corpus::read(&dir);

    let mut failures: Vec<String> = Vec::new();
    let mut orphans = 0;
    for name in &corpus.orphans {
        if filter.accepts(name) {
            orphans += 1;
            failures.push(format!(
                "{name}: {name}.json has no source (.html, .htm or .txt) beside it"
            ));
        }
    }

    let extractor = Extractor::new();
    // A second extractor built separately: the determinism check then also covers state
    // that one instance might carry between calls.
    let fresh = Extractor::with_options(Options::new()).expect("default options are valid");
    let mut ran = 0;
    let mut failing = 0;
    let mut blessed: Vec<String> = Vec::new();
    for fx in corpus.fixtures.iter().filter(|f| filter.accepts(&f.name)) {
        ran += 1;
        let outcome = check(fx, &extractor, &fresh, bless);
        if outcome.blessed {
            blessed.push(file_name(&fx.expected));
        }
        if !outcome.problems.is_empty() {
            failing += 1;
        }
        failures.extend(
            outcome
                .problems
                .into_iter()
                .map(|p| format!("{}: {p}", fx.name)),
        );
    }

    if !blessed.is_empty() {
        let mut note = format!(
            "BLESS rewrote {} expectation(s); read `git diff fixtures/`:\n",
            blessed.len()
        );
        for f in &blessed {
            let _ = writeln!(note, "  fixtures/{f}");
        }
        // Straight to the stream: the test harness captures `eprintln!` of passing tests,
        // and the person blessing needs this list.
        let _ = std::io::stderr().write_all(note.as_bytes());
    }
    assert!(
        ran > 0 || !filter.is_active(),
        "FIXTURE={} matches no fixture",
        filter.raw
    );
    assert!(ran > 0, "no fixtures found in {}", dir.display());
    if !failures.is_empty() {
        let mut msg = format!(
            "{} problem(s) in {failing} of {ran} fixture(s)",
            failures.len() - orphans
        );
        if orphans > 0 {
            let _ = write!(msg, ", and {orphans} expectation(s) without a source");
        }
        msg.push_str(":\n");
        for f in &failures {
            let _ = writeln!(msg, "  {f}");
        }
        panic!("{msg}");
    }
}

/// What one fixture gave: its problems, and whether BLESS rewrote its expectation.
struct Outcome {
    problems: Vec<String>,
    blessed: bool,
}

/// Runs one fixture: extraction, the oracle checks, then the comparison with (or, under
/// BLESS, the rewriting of) its expectation.
fn check(fx: &Fixture, extractor: &Extractor, fresh: &Extractor, bless: bool) -> Outcome {
    let mut problems = Vec::new();
    let outcome = |problems: Vec<String>, blessed: bool| Outcome { problems, blessed };
    let bytes = match std::fs::read(&fx.source) {
        Ok(b) => b,
        Err(e) => {
            return outcome(
                vec![format!("cannot read {}: {e}", fx.source.display())],
                false,
            )
        }
    };
    let release = match extractor.extract(Page::bytes(&bytes)) {
        Ok(r) => r,
        Err(e) => return outcome(vec![format!("extraction failed: {e}")], false),
    };
    let json = serde_json::to_string(&release).expect("a PressRelease always serialises");
    let actual: Value = serde_json::from_str(&json).expect("serde_json reads its own output");

    problems.extend(
        oracle(&release, &actual)
            .into_iter()
            .map(|p| format!("oracle: {p}")),
    );
    match fresh
        .extract(Page::bytes(&bytes))
        .map(|r| serde_json::to_string(&r))
    {
        Ok(Ok(again)) if again == json => {}
        Ok(Ok(again)) => problems.push(format!(
            "oracle: a second run differs: {}",
            first_difference(&json, &again)
        )),
        Ok(Err(e)) => problems.push(format!("oracle: a second run does not serialise: {e}")),
        Err(e) => problems.push(format!("oracle: a second run fails: {e}")),
    }
    match serde_json::from_str::<PressRelease>(&json).map(|r| serde_json::to_string(&r)) {
        Ok(Ok(back)) if back == json => {}
        Ok(Ok(back)) => problems.push(format!(
            "oracle: serde round trip differs: {}",
            first_difference(&json, &back)
        )),
        Ok(Err(e)) => problems.push(format!("oracle: serde round trip does not serialise: {e}")),
        Err(e) => problems.push(format!(
            "oracle: output does not deserialise into PressRelease: {e}"
        )),
    }

    // Written from the typed value, so expectations keep SCHEMA.md's field order.
    let pretty =
        serde_json::to_string_pretty(&release).expect("a PressRelease always serialises") + "\n";
    let current = std::fs::read_to_string(&fx.expected).ok();
    if bless {
        if current.as_deref() == Some(pretty.as_str()) {
            return outcome(problems, false);
        }
        return match std::fs::write(&fx.expected, &pretty) {
            Ok(()) => outcome(problems, true),
            Err(e) => {
                problems.push(format!("cannot write {}: {e}", fx.expected.display()));
                outcome(problems, false)
            }
        };
    }
    let Some(current) = current else {
        problems.push("no expectation: run with BLESS=1, then read the diff".to_owned());
        return outcome(problems, false);
    };
    match serde_json::from_str::<Value>(&current) {
        Ok(expected) => problems.extend(compare(&expected, &actual)),
        Err(e) => problems.push(format!(
            "{} is not valid JSON: {e}",
            file_name(&fx.expected)
        )),
    }
    outcome(problems, false)
}

struct Fixture {
    name: String,
    source: PathBuf,
    expected: PathBuf,
}

/// The fixtures of a folder, in sorted order, and the expectations without a source.
struct Corpus {
    fixtures: Vec<Fixture>,
    orphans: Vec<String>,
}

impl Corpus {
    fn read(dir: &Path) -> Corpus {
        let entries =
            std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        let mut sources: BTreeMap<String, PathBuf> = BTreeMap::new();
        let mut expectations: BTreeMap<String, PathBuf> = BTreeMap::new();
        for entry in entries {
            let path = entry.expect("a directory entry can be read").path();
            let (Some(stem), Some(ext)) = (
                path.file_stem().and_then(|s| s.to_str()),
                path.extension().and_then(|e| e.to_str()),
            ) else {
                continue;
            };
            if SOURCE_EXTENSIONS.contains(&ext) {
                if let Some(other) = sources.insert(stem.to_owned(), path.clone()) {
                    panic!(
                        "two sources for fixture `{stem}`: {} and {}",
                        other.display(),
                        path.display()
                    );
                }
            } else if ext == "json" {
                expectations.insert(stem.to_owned(), path);
            }
        }
        let orphans = expectations
            .keys()
            .filter(|k| !sources.contains_key(*k))
            .cloned()
            .collect();
        let fixtures = sources
            .into_iter()
            .map(|(name, source)| {
                let expected = dir.join(format!("{name}.json"));
                Fixture {
                    name,
                    source,
                    expected,
                }
            })
            .collect();
        Corpus { fixtures, orphans }
    }
}

/// `FIXTURE=a,b,-c`: names containing `a` or `b`, and not `c` (regex-test's convention).
struct Filter {
    raw: String,
    include: Vec<String>,
    exclude: Vec<String>,
}

impl Filter {
    fn from_env() -> Filter {
        let raw = std::env::var("FIXTURE").unwrap_or_default();
        let mut include = Vec::new();
        let mut exclude = Vec::new();
        for term in raw.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            match term.strip_prefix('-') {
                Some(t) if !t.is_empty() => exclude.push(t.to_owned()),
                Some(_) => {}
                None => include.push(term.to_owned()),
            }
        }
        Filter {
            raw,
            include,
            exclude,
        }
    }

    fn is_active(&self) -> bool {
        !self.include.is_empty() || !self.exclude.is_empty()
    }

    fn accepts(&self, name: &str) -> bool {
        (self.include.is_empty() || self.include.iter().any(|t| name.contains(t.as_str())))
            && !self.exclude.iter().any(|t| name.contains(t.as_str()))
    }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Checks that hold for every output, whatever a fixture expects.
fn oracle(release: &PressRelease, value: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    let text = release.text.as_str();
    // Walking the JSON rather than the types catches spans in fields added later.
    walk(value, "$".to_owned(), &mut |path, v| {
        let Value::Object(map) = v else { return };
        if let (Some(Value::Number(start)), Some(Value::Number(end)), Some(Value::String(said))) =
            (map.get("start"), map.get("end"), map.get("text"))
        {
            let (Some(start), Some(end)) = (start.as_u64(), end.as_u64()) else {
                problems.push(format!(
                    "{path}: span offsets {start}..{end} are not byte offsets"
                ));
                return;
            };
            let slice = usize::try_from(start)
                .ok()
                .zip(usize::try_from(end).ok())
                .and_then(|(s, e)| text.get(s..e));
            match slice {
                Some(s) if s == said => {}
                Some(s) => problems.push(format!(
                    "{path}: text[{start}..{end}] is {s:?}, the span says {said:?}"
                )),
                None => problems.push(format!(
                    "{path}: {start}..{end} is not a range of char boundaries in text ({} bytes)",
                    text.len()
                )),
            }
        }
        if let (Some(Value::String(start)), Some(Value::String(end))) =
            (map.get("start"), map.get("end"))
        {
            match (start.parse::<Date>(), end.parse::<Date>()) {
                (Ok(s), Ok(e)) if s <= e => {}
                (Ok(_), Ok(_)) => problems.push(format!(
                    "{path}: date range ends before it starts: {start} > {end}"
                )),
                _ => problems.push(format!(
                    "{path}: {start:?}..{end:?} is not a range of YYYY-MM-DD dates"
                )),
            }
        }
    });
    let events = &release.events;
    for (i, event) in events.iter().enumerate() {
        let Some(parent) = event.parent else { continue };
        if parent >= events.len() {
            problems.push(format!(
                "$.events[{i}].parent: {parent} is out of range ({} events)",
                events.len()
            ));
        } else if parent == i {
            problems.push(format!(
                "$.events[{i}].parent: an event is not its own parent"
            ));
        } else {
            // Parents form a forest: following them from any event must end.
            let mut at = parent;
            for _ in 0..events.len() {
                match events.get(at).and_then(|e| e.parent) {
                    Some(next) if next == i => {
                        problems.push(format!(
                            "$.events[{i}].parent: the parent chain comes back to event {i}"
                        ));
                        break;
                    }
                    Some(next) => at = next,
                    None => break,
                }
            }
        }
    }
    problems
}

/// Calls `f` on every value of `v` with its JSON path, parents before children.
fn walk(v: &Value, path: String, f: &mut impl FnMut(&str, &Value)) {
    f(&path, v);
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                walk(child, key_path(&path, k), f);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                walk(child, format!("{path}[{i}]"), f);
            }
        }
        _ => {}
    }
}

fn key_path(path: &str, key: &str) -> String {
    if !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        format!("{path}.{key}")
    } else {
        format!("{path}[{key:?}]")
    }
}

/// The differences between an expectation and an output. While `text` differs, every span
/// after the first changed byte moves, so spans are then compared by their words only.
fn compare(expected: &Value, actual: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if expected.get("text") == actual.get("text") {
        diff("$", expected, actual, &mut out);
    } else {
        diff(
            "$",
            &without_offsets(expected),
            &without_offsets(actual),
            &mut out,
        );
        out.push("(span offsets are not compared while $.text differs)".to_owned());
    }
    out
}

/// `v` with the `start` and `end` byte offsets taken out of every span.
fn without_offsets(v: &Value) -> Value {
    match v {
        Value::Object(map) => {
            let is_span = matches!(
                (map.get("start"), map.get("end"), map.get("text")),
                (
                    Some(Value::Number(_)),
                    Some(Value::Number(_)),
                    Some(Value::String(_))
                )
            );
            Value::Object(
                map.iter()
                    .filter(|(k, _)| !(is_span && (*k == "start" || *k == "end")))
                    .map(|(k, v)| (k.clone(), without_offsets(v)))
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(without_offsets).collect()),
        other => other.clone(),
    }
}

/// Every difference between `expected` and `actual`, one line per JSON path.
fn diff(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => diff(&key_path(path, k), ev, av, out),
                    None => out.push(format!(
                        "{}: expected {}, got no such key",
                        key_path(path, k),
                        show(ev)
                    )),
                }
            }
            for (k, av) in a {
                if !e.contains_key(k) {
                    out.push(format!(
                        "{}: expected no such key, got {}",
                        key_path(path, k),
                        show(av)
                    ));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => diff_arrays(path, e, a, out),
        (Value::String(e), Value::String(a)) if e != a && (e.len() > SHOW || a.len() > SHOW) => {
            out.push(format!("{path}: {}", first_difference(e, a)));
        }
        _ if expected != actual => out.push(format!(
            "{path}: expected {}, got {}",
            show(expected),
            show(actual)
        )),
        _ => {}
    }
}

/// Lists are compared item by item. When the lengths differ, equal items are matched first
/// (longest common subsequence), so one new date early in a page is one line, not a
/// difference in every date after it.
fn diff_arrays(path: &str, expected: &[Value], actual: &[Value], out: &mut Vec<String>) {
    let mut anchors = if expected.len() == actual.len() {
        Vec::new()
    } else {
        out.push(format!(
            "{path}: expected {} items, got {}",
            expected.len(),
            actual.len()
        ));
        common_items(expected, actual)
    };
    anchors.push((expected.len(), actual.len()));
    let (mut i, mut j) = (0, 0);
    for (next_i, next_j) in anchors {
        // Between two matched items, pair what is left by position; the rest is missing
        // (indexed as expected) or extra (indexed as output).
        let paired = (next_i - i).min(next_j - j);
        for k in 0..paired {
            diff(
                &format!("{path}[{}]", i + k),
                &expected[i + k],
                &actual[j + k],
                out,
            );
        }
        for (k, e) in expected.iter().enumerate().take(next_i).skip(i + paired) {
            out.push(format!(
                "{path}[{k}]: expected {}, got no such item",
                show(e)
            ));
        }
        for (k, a) in actual.iter().enumerate().take(next_j).skip(j + paired) {
            out.push(format!(
                "{path}[{k}]: expected no such item, got {}",
                show(a)
            ));
        }
        (i, j) = (next_i + 1, next_j + 1);
    }
}

/// Index pairs of a longest common subsequence of equal items, in order.
fn common_items(a: &[Value], b: &[Value]) -> Vec<(usize, usize)> {
    if a.len().saturating_mul(b.len()) > 1_000_000 {
        return Vec::new(); // positional comparison is still correct, only noisier
    }
    // lengths[i][j]: LCS length of a[i..] and b[j..]
    let mut lengths = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lengths[i][j] = if a[i] == b[j] {
                lengths[i + 1][j + 1] + 1
            } else {
                lengths[i + 1][j].max(lengths[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            pairs.push((i, j));
            (i, j) = (i + 1, j + 1);
        } else if lengths[i + 1][j] >= lengths[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// A value as compact JSON, cut to a readable length.
fn show(v: &Value) -> String {
    let s = v.to_string();
    if s.chars().count() <= SHOW {
        s
    } else {
        let cut: String = s.chars().take(SHOW).collect();
        format!("{cut}… ({} bytes)", s.len())
    }
}

/// Where two long strings first differ, with a little context from each.
fn first_difference(expected: &str, actual: &str) -> String {
    let at = expected
        .char_indices()
        .zip(actual.chars())
        .find(|((_, e), a)| e != a)
        .map_or(expected.len().min(actual.len()), |((i, _), _)| i);
    let around = |s: &str| {
        let mut from = at.saturating_sub(40).min(s.len());
        while !s.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (at + 60).min(s.len());
        while !s.is_char_boundary(to) {
            to += 1;
        }
        format!("{:?}", &s[from..to])
    };
    format!(
        "differs at byte {at}: expected …{}… ({} bytes), got …{}… ({} bytes)",
        around(expected),
        expected.len(),
        around(actual),
        actual.len()
    )
}

// The harness's own checks, on made-up values: a broken oracle would pass every fixture.

#[test]
fn diff_names_every_path() {
    let expected = serde_json::json!({"a": [1, {"b": "x"}], "c": null, "gone": 1});
    let actual = serde_json::json!({"a": [1, {"b": "y"}, 3], "c": "z", "new": 2});
    let mut out = Vec::new();
    diff("$", &expected, &actual, &mut out);
    assert_eq!(
        out,
        [
            "$.a: expected 2 items, got 3",
            r#"$.a[1].b: expected "x", got "y""#,
            "$.a[2]: expected no such item, got 3",
            r#"$.c: expected null, got "z""#,
            "$.gone: expected 1, got no such key",
            "$.new: expected no such key, got 2",
        ]
    );
}

#[test]
fn diff_matches_equal_items_before_pairing_the_rest() {
    let expected = serde_json::json!(["a", "b", "c", "d"]);
    let actual = serde_json::json!(["a", "new", "b", "d", "e"]);
    let mut out = Vec::new();
    diff("$.dates", &expected, &actual, &mut out);
    assert_eq!(
        out,
        [
            "$.dates: expected 4 items, got 5",
            r#"$.dates[1]: expected no such item, got "new""#,
            r#"$.dates[2]: expected "c", got no such item"#,
            r#"$.dates[4]: expected no such item, got "e""#,
        ]
    );
}

#[test]
fn spans_are_compared_by_their_words_while_the_text_differs() {
    let span = |start: usize, text: &str| serde_json::json!({"start": start, "end": start + text.len(), "text": text});
    let expected = serde_json::json!({"text": "Title\nLead\nOn 3 May", "dates": [{"span": span(14, "3 May")}]});
    let actual =
        serde_json::json!({"text": "Title\nOn 3 May", "dates": [{"span": span(9, "3 May")}]});
    let out = compare(&expected, &actual);
    assert_eq!(out.len(), 2, "{out:?}");
    assert!(out[0].starts_with("$.text: expected "), "{out:?}");
    assert_eq!(
        out[1],
        "(span offsets are not compared while $.text differs)"
    );
}

#[test]
fn oracle_catches_bad_spans_ranges_and_parents() {
    let event = |parent: Option<usize>| {
        serde_json::json!({
            "name": "x", "kind": "meeting", "when": null, "where": null, "organisers": [],
            "co_organisers": [], "chairs": [], "participants": [], "parent": parent, "mentions": []
        })
    };
    let value = serde_json::json!({
        "schema": "communique/1", "title": null, "published": null, "modified": null,
        "dateline": null, "categories": [], "text": "Genève, 3 May 2021", "people": [],
        "organisations": [], "photos": [],
        "events": [event(Some(0)), event(Some(7)), event(Some(3)), event(Some(2))],
        "dates": [
            {"text": "3 May 2021", "start": "2021-05-03", "end": "2021-05-03", "precision": "day",
             "span": {"start": 9, "end": 19, "text": "3 May 2021"}},
            {"text": "3 May", "start": "2021-05-04", "end": "2021-05-03", "precision": "day",
             "span": {"start": 2, "end": 4, "text": "nè"}}
        ]
    });
    let release: PressRelease =
        serde_json::from_value(value.clone()).expect("a valid PressRelease");
    let problems = oracle(&release, &value);
    assert_eq!(
        problems,
        [
            "$.dates[1]: date range ends before it starts: 2021-05-04 > 2021-05-03",
            "$.dates[1].span: 2..4 is not a range of char boundaries in text (19 bytes)",
            "$.events[0].parent: an event is not its own parent",
            "$.events[1].parent: 7 is out of range (4 events)",
            "$.events[2].parent: the parent chain comes back to event 2",
            "$.events[3].parent: the parent chain comes back to event 3",
        ]
    );
}
