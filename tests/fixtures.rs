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
//! The `.json` files hold the truth, not the output. Where the output still differs, the
//! difference is listed in `fixtures/expected_failures.txt`, as the url crate's WPT runner
//! lists its known failures: one line `<fixture> <json-path> # reason` per difference, in
//! the notation of the report below; blank lines and `#` comments are ignored. The test
//! fails on a difference that is not listed, and on a listed one that no longer occurs
//! ("now passes: …"), so the list stays honest. A line covers the difference at its path;
//! a line naming a list whose length differs (`$.events`) covers everything beneath it.
//! Lists are aligned before they are compared (equal items first, wherever they are, then
//! items of the same name or text, then the rest in order), so paths do not move when the
//! output reorders a list: an expected item keeps its index in the `.json`, and an extra
//! item is named by what it is, `$.organisations[+"Acme Corp"]` (`[+#3]`, its index in the
//! output, for an item with neither name nor text). BLESS ignores the list.
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

/// The known differences between output and truth, beside the fixtures.
const EXPECTED_FAILURES: &str = "expected_failures.txt";

/// The fields that say which thing a list item is, in order of preference: people,
/// organisations and events have a `name`, dates and mentions a `text`, roles a `title`.
const IDENTITY_KEYS: [&str; 5] = ["name", "text", "title", "caption", "credit"];

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
    let known = if bless {
        Vec::new()
    } else {
        let (known, errors) = read_expected_failures(&dir.join(EXPECTED_FAILURES));
        failures.extend(errors);
        for k in &known {
            if !corpus.fixtures.iter().any(|f| f.name == k.fixture) {
                failures.push(format!(
                    "{EXPECTED_FAILURES}:{}: there is no fixture `{}`",
                    k.line, k.fixture
                ));
            }
        }
        known
    };
    let list_problems = failures.len() - orphans;

    let extractor = Extractor::new();
    // A second extractor built separately: the determinism check then also covers state
    // that one instance might carry between calls.
    let fresh = Extractor::with_options(Options::new()).expect("default options are valid");
    let mut ran = 0;
    let mut failing = 0;
    let mut listed = 0;
    let mut blessed: Vec<String> = Vec::new();
    for fx in corpus.fixtures.iter().filter(|f| filter.accepts(&f.name)) {
        ran += 1;
        let outcome = check(fx, &extractor, &fresh, bless);
        if outcome.blessed {
            blessed.push(file_name(&fx.expected));
        }
        let lines: Vec<&Known> = known.iter().filter(|k| k.fixture == fx.name).collect();
        let triage = triage(&lines, &outcome.differences);
        listed += triage.listed;
        if !outcome.problems.is_empty() || !triage.unlisted.is_empty() || !triage.stale.is_empty() {
            failing += 1;
        }
        failures.extend(outcome.problems.iter().map(|p| format!("{}: {p}", fx.name)));
        failures.extend(triage.unlisted.iter().map(|d| format!("{}: {d}", fx.name)));
        failures.extend(
            triage
                .stale
                .iter()
                .map(|k| format!("now passes: {}, remove it from {EXPECTED_FAILURES}", k.raw)),
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
            failures.len() - orphans - list_problems
        );
        if orphans > 0 {
            let _ = write!(msg, ", and {orphans} expectation(s) without a source");
        }
        if list_problems > 0 {
            let _ = write!(msg, ", and {list_problems} in {EXPECTED_FAILURES}");
        }
        let _ = write!(
            msg,
            " ({listed} known difference(s) listed in fixtures/{EXPECTED_FAILURES} still occur)"
        );
        msg.push_str(":\n");
        for f in &failures {
            let _ = writeln!(msg, "  {f}");
        }
        panic!("{msg}");
    }
}

/// What one fixture gave: problems that always fail (extraction, oracle, unreadable
/// expectation), its differences from the expectation, and whether BLESS rewrote it.
struct Outcome {
    problems: Vec<String>,
    differences: Vec<Difference>,
    blessed: bool,
}

/// Runs one fixture: extraction, the oracle checks, then the comparison with (or, under
/// BLESS, the rewriting of) its expectation.
fn check(fx: &Fixture, extractor: &Extractor, fresh: &Extractor, bless: bool) -> Outcome {
    let mut problems = Vec::new();
    let outcome = |problems: Vec<String>, blessed: bool| Outcome {
        problems,
        differences: Vec::new(),
        blessed,
    };
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
        Ok(expected) => Outcome {
            problems,
            differences: compare(&expected, &actual),
            blessed: false,
        },
        Err(e) => {
            problems.push(format!(
                "{} is not valid JSON: {e}",
                file_name(&fx.expected)
            ));
            outcome(problems, false)
        }
    }
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
            if path.file_name().is_some_and(|n| n == EXPECTED_FAILURES) {
                continue; // the list of known differences, not a page
            }
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

/// One line of `expected_failures.txt`: a difference known to occur.
#[derive(Debug, PartialEq)]
struct Known {
    /// 1-based line number in the file.
    line: usize,
    fixture: String,
    path: String,
    /// The line as written, trimmed, for the "now passes" message.
    raw: String,
}

/// The lines of the list at `path` (none when there is no such file), and the lines that
/// do not parse or repeat another.
fn read_expected_failures(path: &Path) -> (Vec<Known>, Vec<String>) {
    match std::fs::read_to_string(path) {
        Ok(text) => parse_expected_failures(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Vec::new(), Vec::new()),
        Err(e) => (
            Vec::new(),
            vec![format!("cannot read {}: {e}", path.display())],
        ),
    }
}

/// Reads `<fixture> <json-path> # reason` lines; blank lines and `#` comments are skipped.
/// A path may hold spaces and `#` inside quotes (`$.people[+"Jane Doe"]`). Every line needs
/// a reason, and names a difference once.
fn parse_expected_failures(text: &str) -> (Vec<Known>, Vec<String>) {
    let mut known: Vec<Known> = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let (n, raw) = (n + 1, line.trim());
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let (fixture, rest) = raw.split_once(char::is_whitespace).unwrap_or((raw, ""));
        let Some(hash) = unquoted_hash(rest) else {
            errors.push(format!(
                "{EXPECTED_FAILURES}:{n}: `{raw}` has no `# reason`"
            ));
            continue;
        };
        let (path, reason) = (rest[..hash].trim(), rest[hash + 1..].trim());
        if !path.starts_with('$') {
            errors.push(format!(
                "{EXPECTED_FAILURES}:{n}: `{raw}` has no JSON path (`$…`) after the fixture name"
            ));
        } else if reason.is_empty() {
            errors.push(format!("{EXPECTED_FAILURES}:{n}: `{raw}` gives no reason"));
        } else if let Some(first) = known
            .iter()
            .find(|k| k.fixture == fixture && k.path == path)
        {
            errors.push(format!(
                "{EXPECTED_FAILURES}:{n}: `{fixture} {path}` is already listed on line {}",
                first.line
            ));
        } else {
            known.push(Known {
                line: n,
                fixture: fixture.to_owned(),
                path: path.to_owned(),
                raw: raw.to_owned(),
            });
        }
    }
    (known, errors)
}

/// The byte index of the first `#` of `s` outside a JSON string.
fn unquoted_hash(s: &str) -> Option<usize> {
    let (mut quoted, mut escaped) = (false, false);
    for (i, c) in s.char_indices() {
        match (quoted, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (_, false, '"') => quoted = !quoted,
            (false, _, '#') => return Some(i),
            _ => {}
        }
    }
    None
}

/// One fixture's differences read against its lines of the list.
#[derive(Debug)]
struct Triage<'a> {
    /// Differences no line covers: failures.
    unlisted: Vec<&'a Difference>,
    /// Lines that cover no difference: they pass now, and must go.
    stale: Vec<&'a Known>,
    /// How many differences the lines cover.
    listed: usize,
}

/// A line covers the difference at its own path and, when its path is a list whose length
/// differs, every difference beneath it. Paths come from the alignment, so neither the
/// order of the lines nor the order of the output's lists matters.
fn triage<'a>(lines: &[&'a Known], differences: &'a [Difference]) -> Triage<'a> {
    let whole_list = |k: &Known| differences.iter().any(|d| d.length && d.path == k.path);
    let covers = |k: &Known, d: &Difference| {
        d.path == k.path
            || (d.path.len() > k.path.len()
                && d.path.starts_with(k.path.as_str())
                && matches!(d.path.as_bytes()[k.path.len()], b'.' | b'[')
                && whole_list(k))
    };
    let real: Vec<&Difference> = differences.iter().filter(|d| !d.length).collect();
    let mut listed = 0;
    let mut unlisted = Vec::new();
    for d in &real {
        if lines.iter().any(|k| covers(k, d)) {
            listed += 1;
        } else {
            unlisted.push(*d);
        }
    }
    let stale = lines
        .iter()
        .filter(|k| !real.iter().any(|d| covers(k, d)))
        .copied()
        .collect();
    Triage {
        unlisted,
        stale,
        listed,
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

/// One difference between an expectation and an output: where, and what.
#[derive(Debug, Clone, PartialEq)]
struct Difference {
    /// The JSON path: keys as `.key`, expected items as `[3]`, extra items as `[+"name"]`.
    path: String,
    message: String,
    /// A list's length differs. Not a difference of its own (the missing and extra items
    /// are), but a line of `expected_failures.txt` naming this list covers all of it.
    length: bool,
}

impl Difference {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Difference {
        Difference {
            path: path.into(),
            message: message.into(),
            length: false,
        }
    }
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The differences between an expectation and an output. While `text` differs, every span
/// after the first changed byte moves, so spans are then compared by their words only.
fn compare(expected: &Value, actual: &Value) -> Vec<Difference> {
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
        out.push(Difference::new(
            "$.text",
            "(span offsets are not compared while $.text differs)",
        ));
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

/// Every difference between `expected` and `actual`, one per JSON path.
fn diff(path: &str, expected: &Value, actual: &Value, out: &mut Vec<Difference>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, ev) in e {
                match a.get(k) {
                    Some(av) => diff(&key_path(path, k), ev, av, out),
                    None => out.push(Difference::new(
                        key_path(path, k),
                        format!("expected {}, got no such key", show(ev)),
                    )),
                }
            }
            for (k, av) in a {
                if !e.contains_key(k) {
                    out.push(Difference::new(
                        key_path(path, k),
                        format!("expected no such key, got {}", show(av)),
                    ));
                }
            }
        }
        (Value::Array(e), Value::Array(a)) => diff_arrays(path, e, a, out),
        (Value::String(e), Value::String(a)) if e != a && (e.len() > SHOW || a.len() > SHOW) => {
            out.push(Difference::new(path, first_difference(e, a)));
        }
        _ if expected != actual => out.push(Difference::new(
            path,
            format!("expected {}, got {}", show(expected), show(actual)),
        )),
        _ => {}
    }
}

/// Lists are compared item by item once aligned (see [`align`]): a paired item is compared
/// under its index in the expectation, an expected item without a partner is missing, and
/// an output item without one is extra, named by its identity (`[+"Acme Corp"]`), or by
/// its index in the output (`[+#3]`) when it has none. Neither name depends on where the
/// output puts its items, so one new date early in a page is one line, and a reordered
/// list is no difference at all.
fn diff_arrays(path: &str, expected: &[Value], actual: &[Value], out: &mut Vec<Difference>) {
    if expected.len() != actual.len() {
        out.push(Difference {
            path: path.to_owned(),
            message: format!("expected {} items, got {}", expected.len(), actual.len()),
            length: true,
        });
    }
    let alignment = align(expected, actual);
    for (i, partner) in alignment.partners.iter().enumerate() {
        let item = format!("{path}[{i}]");
        match partner {
            Some(j) => diff(&item, &expected[i], &actual[*j], out),
            None => out.push(Difference::new(
                item,
                format!("expected {}, got no such item", show(&expected[i])),
            )),
        }
    }
    for j in alignment.extra {
        let name = identity(&actual[j]).unwrap_or_else(|| format!("#{j}"));
        out.push(Difference::new(
            format!("{path}[+{name}]"),
            format!("expected no such item, got {}", show(&actual[j])),
        ));
    }
}

/// How the items of two lists correspond.
struct Alignment {
    /// For each expected item, the index of its partner in the output, if it has one.
    partners: Vec<Option<usize>>,
    /// Output items without a partner, in output order.
    extra: Vec<usize>,
}

/// Pairs expected items with output items, in three passes: equal items, wherever they
/// are; then items with the same identity (`name`, `text`, … — a scalar is its own
/// identity, so unequal scalars never pair); then items with no identity, in order among
/// themselves. Each pass takes, for each expected item in order, the first free partner.
fn align(expected: &[Value], actual: &[Value]) -> Alignment {
    let mut partners: Vec<Option<usize>> = vec![None; expected.len()];
    let mut taken = vec![false; actual.len()];
    if expected.len().saturating_mul(actual.len()) > 1_000_000 {
        // by position: still correct, only noisier
        for (i, p) in partners.iter_mut().enumerate().take(actual.len()) {
            *p = Some(i);
            taken[i] = true;
        }
    } else {
        let ids: Vec<Option<String>> = expected.iter().map(identity).collect();
        let actual_ids: Vec<Option<String>> = actual.iter().map(identity).collect();
        let mut pass = |same: &dyn Fn(usize, usize) -> bool| {
            for (i, partner) in partners.iter_mut().enumerate() {
                if partner.is_some() {
                    continue;
                }
                if let Some(j) = (0..actual.len()).find(|&j| !taken[j] && same(i, j)) {
                    *partner = Some(j);
                    taken[j] = true;
                }
            }
        };
        pass(&|i, j| expected[i] == actual[j]);
        pass(&|i, j| ids[i].is_some() && ids[i] == actual_ids[j]);
        pass(&|i, j| ids[i].is_none() && actual_ids[j].is_none());
    }
    let extra = (0..actual.len()).filter(|&j| !taken[j]).collect();
    Alignment { partners, extra }
}

/// Which thing a list item is, as JSON: the first of [`IDENTITY_KEYS`] an object has as a
/// string, a scalar itself; `None` for an object with none of them and for a list.
fn identity(v: &Value) -> Option<String> {
    match v {
        Value::Object(map) => IDENTITY_KEYS
            .iter()
            .find_map(|k| map.get(*k).filter(|v| v.is_string()))
            .map(Value::to_string),
        Value::Array(_) => None,
        scalar => Some(scalar.to_string()),
    }
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
    let out: Vec<String> = out.iter().map(ToString::to_string).collect();
    assert_eq!(
        out,
        [
            "$.a: expected 2 items, got 3",
            r#"$.a[1].b: expected "x", got "y""#,
            "$.a[+3]: expected no such item, got 3",
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
    let out: Vec<String> = out.iter().map(ToString::to_string).collect();
    assert_eq!(
        out,
        [
            "$.dates: expected 4 items, got 5",
            r#"$.dates[2]: expected "c", got no such item"#,
            r#"$.dates[+"new"]: expected no such item, got "new""#,
            r#"$.dates[+"e"]: expected no such item, got "e""#,
        ]
    );
}

#[test]
fn diff_pairs_items_by_name_wherever_the_output_puts_them() {
    let expected = serde_json::json!([
        {"name": "Ann Lee", "roles": ["Director"]},
        {"name": "Bo Tran", "roles": []},
        {"name": "Cy Moss", "roles": []},
    ]);
    let actual = serde_json::json!([
        {"name": "New Person", "roles": []},
        {"name": "Bo Tran", "roles": []},
        {"name": "Ann Lee", "roles": ["Chair"]},
    ]);
    let mut out = Vec::new();
    diff("$.people", &expected, &actual, &mut out);
    let out: Vec<String> = out.iter().map(ToString::to_string).collect();
    assert_eq!(
        out,
        [
            r#"$.people[0].roles[0]: expected "Director", got no such item"#,
            r#"$.people[0].roles[+"Chair"]: expected no such item, got "Chair""#,
            r#"$.people[2]: expected {"name":"Cy Moss","roles":[]}, got no such item"#,
            r#"$.people[+"New Person"]: expected no such item, got {"name":"New Person","roles":[]}"#,
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
    assert!(
        out[0].to_string().starts_with("$.text: expected "),
        "{out:?}"
    );
    assert_eq!(
        out[1].to_string(),
        "$.text: (span offsets are not compared while $.text differs)"
    );
}

#[test]
fn expected_failures_parse_with_comments_quotes_and_reasons() {
    let text = "\
# known differences

a $.people[1].roles[0].organisation # organisation missed after a comma
a $.organisations[+\"Smith # Co\"] # spurious: a heading
a $.people[1].roles[0].organisation # the same again
b $.events
c # no path
d $.dates[0] #
";
    let (known, errors) = parse_expected_failures(text);
    let paths: Vec<(usize, &str, &str)> = known
        .iter()
        .map(|k| (k.line, k.fixture.as_str(), k.path.as_str()))
        .collect();
    assert_eq!(
        paths,
        [
            (3, "a", "$.people[1].roles[0].organisation"),
            (4, "a", "$.organisations[+\"Smith # Co\"]"),
        ]
    );
    assert_eq!(
        known[1].raw,
        "a $.organisations[+\"Smith # Co\"] # spurious: a heading"
    );
    assert_eq!(
        errors,
        [
            "expected_failures.txt:5: `a $.people[1].roles[0].organisation` is already listed on line 3",
            "expected_failures.txt:6: `b $.events` has no `# reason`",
            "expected_failures.txt:7: `c # no path` has no JSON path (`$…`) after the fixture name",
            "expected_failures.txt:8: `d $.dates[0] #` gives no reason",
        ]
    );
}

#[test]
fn expected_failures_cover_their_path_and_whole_lists_only_while_lengths_differ() {
    let expected = serde_json::json!({
        "people": [{"name": "Ann Lee", "roles": [{"title": "Director", "organisation": "X"}]}],
        "events": [{"name": "forum", "where": "Almaty"}, {"name": "workshop", "where": null}],
        "dates": [{"text": "today"}],
    });
    let actual = serde_json::json!({
        "people": [{"name": "Ann Lee", "roles": [{"title": "Director", "organisation": null}]}],
        "events": [{"name": "forum", "where": null}],
        "dates": [{"text": "today"}, {"text": "Monday"}],
    });
    let differences = compare(&expected, &actual);
    let (known, errors) = parse_expected_failures(
        "\
f $.dates[+\"Monday\"] # spurious weekday
f $.events # events: one missed, one without a place
f $.people[0].roles[0].organisation # organisation missed
f $.people[0] # person missed (stale: the person is found)
",
    );
    assert!(errors.is_empty(), "{errors:?}");
    let lines: Vec<&Known> = known.iter().collect();
    let t = triage(&lines, &differences);
    assert!(t.unlisted.is_empty(), "{:?}", t.unlisted);
    assert_eq!(t.listed, 4, "{differences:?}");
    let stale: Vec<&str> = t.stale.iter().map(|k| k.path.as_str()).collect();
    assert_eq!(stale, ["$.people[0]"]);

    // An item line covers only its own path, and a list line nothing beneath it once the
    // lengths agree: a new difference there is not hidden.
    let mut actual = actual;
    actual["events"] = serde_json::json!([{"name": "forum", "where": null}, {"name": "workshop", "where": "Bishkek"}]);
    let differences = compare(&expected, &actual);
    let t = triage(&lines, &differences);
    let unlisted: Vec<String> = t.unlisted.iter().map(ToString::to_string).collect();
    assert_eq!(
        unlisted,
        [
            r#"$.events[0].where: expected "Almaty", got null"#,
            r#"$.events[1].where: expected null, got "Bishkek""#,
        ]
    );
    let stale: Vec<&str> = t.stale.iter().map(|k| k.path.as_str()).collect();
    assert_eq!(stale, ["$.events", "$.people[0]"]);
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
