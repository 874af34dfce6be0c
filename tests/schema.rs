//! The JSON Schema of the output, `schema/communique-1.json`, against what the crate emits.
//!
//! The schema is the machine-readable form of `SCHEMA.md`: every key required, every
//! object closed (`additionalProperties: false`), kinds and precisions as enums, dates as
//! `YYYY-MM-DD`. These tests hold it and the Rust types together:
//!
//! - the schema is itself a valid draft 2020-12 schema;
//! - every expected output `fixtures/*.json` validates;
//! - the live output of the extractor on every fixture page validates (the path the
//!   `to_json` example takes: `Page::bytes`);
//! - the enums of the schema are exactly what serde reads into the Rust enums;
//! - and a document broken in any of a dozen ways is rejected, so these tests can fail.
//!
//! A field added to `PressRelease` without adding it to the schema fails here (the live
//! output then has a key the closed schema does not allow).

use std::path::{Path, PathBuf};

use communique::{EventKind, Extractor, OrganisationKind, Page, Precision};
use jsonschema::Validator;
use serde_json::{json, Value};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn schema() -> Value {
    let path = root().join("schema").join("communique-1.json");
    let text = std::fs::read_to_string(&path).expect("schema/communique-1.json is readable");
    serde_json::from_str(&text).expect("schema/communique-1.json is JSON")
}

fn validator() -> Validator {
    jsonschema::draft202012::new(&schema()).expect("the schema compiles")
}

/// The fixture files whose name ends in one of `extensions`, sorted.
fn fixtures(extensions: &[&str]) -> Vec<PathBuf> {
    let dir = root().join("fixtures");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/ is readable")
        .map(|e| e.expect("fixtures/ entry").path())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| extensions.contains(&e))
        })
        .collect();
    out.sort();
    out
}

/// Every error of `value` against the schema, one line each, prefixed with `name`.
fn errors(v: &Validator, name: &str, value: &Value) -> Vec<String> {
    v.iter_errors(value)
        .map(|e| format!("{name}: at `{}`: {e}", e.instance_path()))
        .collect()
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema() {
    let s = schema();
    if let Err(e) = jsonschema::draft202012::meta::validate(&s) {
        panic!("schema/communique-1.json is not a valid draft 2020-12 schema: {e}");
    }
    assert_eq!(s["properties"]["schema"]["const"], communique::SCHEMA);
}

#[test]
fn expected_outputs_validate() {
    let v = validator();
    let files = fixtures(&["json"]);
    assert!(files.len() >= 10, "expected the fixtures, found {files:?}");
    let mut failures = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).expect("fixture is readable");
        let value: Value = serde_json::from_str(&text).expect("fixture is JSON");
        failures.extend(errors(&v, &file_name(path), &value));
    }
    assert!(
        failures.is_empty(),
        "{} expected outputs do not validate:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn live_outputs_validate() {
    let v = validator();
    let extractor = Extractor::new();
    let pages = fixtures(&["html", "htm", "txt"]);
    let pages: Vec<&PathBuf> = pages
        .iter()
        .filter(|p| file_name(p) != "expected_failures.txt")
        .collect();
    assert!(
        pages.len() >= 10,
        "expected the fixture pages, found {pages:?}"
    );
    let mut failures = Vec::new();
    for path in pages {
        let bytes = std::fs::read(path).expect("fixture page is readable");
        let release = match extractor.extract(Page::bytes(&bytes)) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{}: extraction failed: {e}", file_name(path)));
                continue;
            }
        };
        let value = serde_json::to_value(&release).expect("a release serialises");
        failures.extend(errors(&v, &file_name(path), &value));
    }
    assert!(
        failures.is_empty(),
        "{} live outputs do not validate:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn schema_enums_are_the_rust_enums() {
    let s = schema();
    let defs = &s["$defs"];
    let list = |v: &Value| -> Vec<String> {
        v.as_array()
            .expect("an enum")
            .iter()
            .map(|x| x.as_str().expect("enum values are strings").to_owned())
            .collect()
    };
    for name in list(&defs["organisation"]["properties"]["kind"]["enum"]) {
        let k: OrganisationKind = serde_json::from_value(json!(name)).expect("known kind");
        assert_eq!(k.as_str(), name);
    }
    for name in list(&defs["event"]["properties"]["kind"]["enum"]) {
        let k: EventKind = serde_json::from_value(json!(name)).expect("known kind");
        assert_eq!(k.as_str(), name);
    }
    for name in list(&defs["date_mention"]["properties"]["precision"]["enum"]) {
        let p: Precision = serde_json::from_value(json!(name)).expect("known precision");
        assert_eq!(p.as_str(), name);
    }
    // And the other way: every Rust variant is in the schema.
    let org_kinds = [
        OrganisationKind::UnEntity,
        OrganisationKind::Intergovernmental,
        OrganisationKind::Government,
        OrganisationKind::PermanentMission,
        OrganisationKind::Ngo,
        OrganisationKind::Company,
        OrganisationKind::Academic,
        OrganisationKind::Media,
        OrganisationKind::Other,
    ];
    let event_kinds = [
        EventKind::Conference,
        EventKind::Session,
        EventKind::SideEvent,
        EventKind::Meeting,
        EventKind::Briefing,
        EventKind::Workshop,
        EventKind::Visit,
        EventKind::Signing,
        EventKind::Launch,
        EventKind::Training,
        EventKind::Other,
    ];
    let precisions = [
        Precision::Day,
        Precision::Week,
        Precision::Month,
        Precision::Quarter,
        Precision::Year,
        Precision::Range,
    ];
    let schema_orgs = list(&defs["organisation"]["properties"]["kind"]["enum"]);
    let schema_events = list(&defs["event"]["properties"]["kind"]["enum"]);
    let schema_precisions = list(&defs["date_mention"]["properties"]["precision"]["enum"]);
    assert_eq!(
        org_kinds.map(|k| k.as_str().to_owned()).to_vec(),
        schema_orgs
    );
    assert_eq!(
        event_kinds.map(|k| k.as_str().to_owned()).to_vec(),
        schema_events
    );
    assert_eq!(
        precisions.map(|k| k.as_str().to_owned()).to_vec(),
        schema_precisions
    );
}

/// A release with one of everything, so each mutation below has something to break.
fn full_release() -> Value {
    let path = root().join("fixtures").join("text-cted-conference.json");
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let value: Value = serde_json::from_str(&text).expect("fixture is JSON");
    for key in ["people", "organisations", "events", "dates", "photos"] {
        assert!(
            value[key].as_array().is_some_and(|a| !a.is_empty()),
            "text-cted-conference.json should have {key}"
        );
    }
    value
}

#[test]
fn broken_documents_are_rejected() {
    let v = validator();
    let good = full_release();
    assert!(
        v.is_valid(&good),
        "{:?}",
        errors(&v, "text-cted-conference.json", &good)
    );

    type Mutation = fn(&mut Value);
    let mutations: &[(&str, Mutation)] = &[
        ("wrong schema version", |r| {
            r["schema"] = json!("communique/2")
        }),
        ("missing key", |r| {
            r.as_object_mut().map(|o| o.remove("dates"));
        }),
        ("unknown top-level key", |r| r["summary"] = json!("…")),
        ("title not a string", |r| r["title"] = json!(42)),
        ("published not a date", |r| {
            r["published"] = json!("2 July 2018")
        }),
        ("published no such month", |r| {
            r["published"] = json!("2018-13-02")
        }),
        ("modified with a bad time", |r| {
            r["modified"] = json!("2018-07-19T25:00:00Z")
        }),
        ("categories not strings", |r| r["categories"] = json!([1])),
        ("person without mentions", |r| {
            r["people"][0]["mentions"] = json!([])
        }),
        ("role without organisation key", |r| {
            r["people"][0]["roles"] = json!([{ "title": "Director" }])
        }),
        ("unknown organisation kind", |r| {
            r["organisations"][0]["kind"] = json!("charity")
        }),
        ("country not alpha-2", |r| {
            r["organisations"][0]["country"] = json!("Kenya")
        }),
        ("unknown event kind", |r| {
            r["events"][0]["kind"] = json!("party")
        }),
        ("event place under its Rust name", |r| {
            let e = r["events"][0].as_object_mut().expect("an event");
            let place = e.remove("where").unwrap_or(Value::Null);
            e.insert("place".into(), place);
        }),
        ("negative parent", |r| r["events"][0]["parent"] = json!(-1)),
        ("unknown precision", |r| {
            r["dates"][0]["precision"] = json!("decade")
        }),
        ("span with a negative offset", |r| {
            r["dates"][0]["span"]["start"] = json!(-3)
        }),
        ("span offset as a string", |r| {
            r["dates"][0]["span"]["end"] = json!("12")
        }),
        ("photo with an extra key", |r| {
            r["photos"][0]["alt"] = json!("")
        }),
    ];
    let mut accepted = Vec::new();
    for (what, mutate) in mutations {
        let mut bad = good.clone();
        mutate(&mut bad);
        assert_ne!(bad, good, "mutation `{what}` changed nothing");
        if v.is_valid(&bad) {
            accepted.push(*what);
        }
    }
    assert!(
        accepted.is_empty(),
        "the schema accepts broken documents: {accepted:?}"
    );
}
