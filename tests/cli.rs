//! The `to_json` example as a command: run on the fixtures, its output compared with the
//! library's.
//!
//! Cargo gives integration tests no path to an example's binary, so it is found next to
//! this test's own (`target/<profile>/examples/to_json`, the csv crate's
//! `cmd_for_example`), after one `cargo build --example to_json` so that it is never stale.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use communique::Extractor;
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("fixtures").join(name)
}

/// The example's binary, built once per test run.
fn binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let mut dir = std::env::current_exe().expect("test binary has a path");
        dir.pop();
        if dir.ends_with("deps") {
            dir.pop();
        }
        let release = dir.file_name().is_some_and(|n| n == "release");
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut build = Command::new(cargo);
        build
            .args([
                "build",
                "--quiet",
                "--example",
                "to_json",
                "--manifest-path",
            ])
            .arg(root().join("Cargo.toml"));
        if release {
            build.arg("--release");
        }
        let status = build.status().expect("cargo runs");
        assert!(status.success(), "cargo build --example to_json failed");
        let bin = dir
            .join("examples")
            .join(format!("to_json{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.is_file(), "no example binary at {}", bin.display());
        bin
    })
}

fn to_json(args: &[&str]) -> Output {
    Command::new(binary())
        .args(args)
        .current_dir(root())
        .output()
        .expect("to_json runs")
}

fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> &str {
    std::str::from_utf8(&out.stderr).expect("stderr is UTF-8")
}

/// What the library says of a fixture, as JSON.
fn expected(name: &str) -> Value {
    let bytes = std::fs::read(fixture(name)).expect("fixture is readable");
    let release = Extractor::new()
        .extract_bytes(&bytes)
        .expect("fixture extracts");
    serde_json::to_value(release).expect("release serialises")
}

fn lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect()
}

const A: &str = "wordpress-cted-conference.html";
const B: &str = "text-cted-conference.txt";
const C: &str = "govuk-press-release.html";

#[test]
fn single_file_is_one_json_object() {
    let out = to_json(&["fixtures/wordpress-cted-conference.html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stderr(&out), "");
    assert_eq!(stdout(&out).lines().count(), 1);
    let got: Value = serde_json::from_str(stdout(&out)).expect("stdout is one JSON object");
    assert_eq!(got, expected(A));
}

#[test]
fn pretty_single_file_is_the_same_object() {
    let out = to_json(&["--pretty", "fixtures/wordpress-cted-conference.html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).lines().count() > 1, "indented");
    let got: Value = serde_json::from_str(stdout(&out)).expect("stdout is one JSON object");
    assert_eq!(got, expected(A));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let input = std::fs::File::open(fixture(B)).expect("fixture opens");
    let out = Command::new(binary())
        .arg("-")
        .stdin(Stdio::from(input))
        .output()
        .expect("to_json runs");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(lines(&out), [expected(B)]);
}

#[test]
fn several_files_keep_their_order_whatever_the_jobs() {
    let files = [
        "fixtures/govuk-press-release.html",
        "fixtures/text-cted-conference.txt",
        "fixtures/wordpress-cted-conference.html",
    ];
    let want = [expected(C), expected(B), expected(A)];
    for jobs in ["1", "2", "4"] {
        let mut args = vec!["--jobs", jobs];
        args.extend(files);
        let out = to_json(&args);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(lines(&out), want, "--jobs {jobs}");
    }
}

#[test]
fn a_directory_is_every_page_in_it_in_path_order() {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .expect("fixtures/ lists")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| e == "html" || e == "htm" || e == "txt")
        })
        .collect();
    pages.sort();
    let out = to_json(&["--jobs", "2", "--fields", "title", "fixtures"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = lines(&out);
    // The .json expectations and README.md beside the pages are not read.
    assert_eq!(got.len(), pages.len());
    for (page, value) in pages.iter().zip(&got) {
        let name = page.file_name().and_then(|n| n.to_str()).expect("name");
        assert_eq!(value["title"], expected(name)["title"], "{name}");
    }
}

#[test]
fn a_missing_file_is_reported_and_the_others_still_print() {
    let out = to_json(&[
        "fixtures/text-cted-conference.txt",
        "fixtures/no-such-page.html",
        "fixtures/govuk-press-release.html",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(lines(&out), [expected(B), expected(C)]);
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("fixtures/no-such-page.html: "),
        "the error names the file: {err}"
    );
}

#[test]
fn fields_keeps_only_those_keys_in_that_order() {
    let out = to_json(&[
        "--fields",
        "people,events",
        "fixtures/wordpress-cted-conference.html",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("{\"people\":"), "{text}");
    let got: Value = serde_json::from_str(text).expect("one JSON object");
    let keys: Vec<&String> = got.as_object().expect("an object").keys().collect();
    assert_eq!(keys, ["events", "people"]); // serde_json's map sorts them back
    let want = expected(A);
    assert_eq!(got["people"], want["people"]);
    assert_eq!(got["events"], want["events"]);
}

#[test]
fn an_unknown_field_is_a_usage_error() {
    let out = to_json(&[
        "--fields",
        "people,nonsense",
        "fixtures/text-cted-conference.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stdout(&out), "");
    assert!(stderr(&out).contains("nonsense"), "{}", stderr(&out));
}

#[test]
fn text_prints_only_the_normalised_text() {
    let out = to_json(&["--text", "fixtures/text-cted-conference.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let want = expected(B);
    assert_eq!(
        stdout(&out),
        format!("{}\n", want["text"].as_str().expect("text"))
    );
}

#[test]
fn format_json_with_several_inputs_is_an_array() {
    let out = to_json(&[
        "--format",
        "json",
        "fixtures/text-cted-conference.txt",
        "fixtures/govuk-press-release.html",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got: Value = serde_json::from_str(stdout(&out)).expect("one JSON value");
    assert_eq!(got, Value::Array(vec![expected(B), expected(C)]));
}

#[test]
fn a_profile_file_is_used() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let profile = dir.join("cli-profile.json");
    // The profile makes the headline the page's category (a profile's title is checked
    // against the page's other headline signals, its categories are taken as they are).
    std::fs::write(
        &profile,
        r#"{"name": "test", "detect": ["p"], "categories": ["h1"]}"#,
    )
    .expect("temp file is writable");
    let out = to_json(&[
        "--fields",
        "categories",
        "--profile",
        profile.to_str().expect("UTF-8 path"),
        "fixtures/govuk-press-release.html",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(
        got[0]["categories"],
        serde_json::json!([expected(C)["title"]])
    );

    std::fs::write(&profile, r#"{"content": [".x"]}"#).expect("temp file is writable");
    let out = to_json(&[
        "--profile",
        profile.to_str().expect("UTF-8 path"),
        "fixtures",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("cli-profile.json: "),
        "{}",
        stderr(&out)
    );
}

#[test]
fn help_has_an_example_and_bad_options_are_usage_errors() {
    let out = to_json(&["--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("example"), "{}", stdout(&out));
    let out = to_json(&["--no-such-option", "fixtures"]);
    assert_eq!(out.status.code(), Some(2));
    let out = to_json(&[]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_closed_stdout_is_not_a_failure() {
    let mut child = Command::new(binary())
        .args(["--jobs", "2", "fixtures", "fixtures", "fixtures"])
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("to_json runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("to_json ends");
    assert!(out.status.success(), "{}", stderr(&out));
}

/// `--published` is used only by a page that states no date of its own, and anchors its
/// relative dates.
#[test]
fn published_is_a_fallback_and_an_anchor() {
    let dir = std::env::temp_dir().join(format!("communique-cli-published-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let undated = dir.join("undated.txt");
    std::fs::write(
        &undated,
        "Ministers meet\n\nThe ministers met in Lima yesterday and will meet again on Friday.",
    )
    .expect("write");
    let dated = dir.join("dated.txt");
    std::fs::write(
        &dated,
        "Ministers meet\n\nLIMA, 2 May 2024 -- The ministers met in Lima today.",
    )
    .expect("write");
    let path = |p: &Path| p.to_str().expect("UTF-8 temp path").to_owned();

    let out = to_json(&[
        "--published",
        "2024-05-08T09:30:00Z",
        &path(&undated),
        &path(&dated),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let got = lines(&out);
    assert_eq!(got[0]["published"], "2024-05-08");
    let starts: Vec<&str> = got[0]["dates"]
        .as_array()
        .expect("dates")
        .iter()
        .filter_map(|d| d["start"].as_str())
        .collect();
    // Wednesday 8 May 2024: yesterday is the 7th, Friday the 10th.
    assert!(starts.contains(&"2024-05-07"), "{starts:?}");
    assert!(starts.contains(&"2024-05-10"), "{starts:?}");
    assert_eq!(
        got[1]["published"], "2024-05-02",
        "the page's own date wins"
    );

    let without = lines(&to_json(&[&path(&undated)]));
    assert_eq!(without[0]["published"], Value::Null);

    let out = to_json(&["--published", "8 May 2024", &path(&undated)]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}
