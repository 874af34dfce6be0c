//! Turns press-release pages into JSON.
//!
//! ```text
//! to_json [OPTIONS] PATH...
//! ```
//!
//! `-` reads standard input; a directory is read recursively. HTML or text is detected
//! from the content. One JSON object per input, one per line (NDJSON), in input order,
//! while the inputs are read on all cores with one shared `Extractor`. An input that
//! cannot be read is reported as `PATH: reason` on stderr and the others still print; the
//! exit code is then 1. See `USAGE` for the options.

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt::Write as _;
use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Condvar, Mutex};
use std::time::{Duration, Instant};

use communique::{Date, Extractor, Options, Page, PressRelease, Profile, Timestamp};

const USAGE: &str = "\
usage: to_json [OPTIONS] PATH...

Reads press releases (HTML or plain text, any encoding) and prints what they say as JSON,
one object per input, in input order. PATH is a file, a directory (read recursively) or
- for standard input.

options:
  --format FORMAT   ndjson (the default): one object per line
                    json: the object, or an array of them for several inputs
                    pretty: as json, indented
  --pretty          indent the object when there is a single input (else ndjson)
  --fields LIST     only these top-level keys, in this order: --fields title,people,events
  --text            print only the normalised text (inputs separated by a blank line)
  --url URL         the page's URL (a site-profile hint and a date source)
  --published DATE  a publication date known from outside the page (crawl metadata, a
                    sitemap): YYYY-MM-DD, or a timestamp whose date is taken; used when
                    the page states none, and then as the anchor for relative dates
  --profile FILE    a site profile as JSON (Profile::from_json); may be repeated
  --jobs N, -j N    read N inputs at once (default: the number of cores)
  -h, --help        this help

A failed input prints `PATH: reason` on stderr and the batch goes on; the exit code is
then 1 (2 for a usage error). In a directory, hidden files, README/LICENSE/CHANGELOG and
files that are plainly not pages (.json, images, archives, ...) are skipped.

examples:
  to_json fixtures/wordpress-cted-conference.html
  to_json --jobs 2 saved-pages/ > releases.ndjson
  to_json --fields title,published,events --format pretty release.html
  curl -s https://example.org/news/1 | to_json --url https://example.org/news/1 -
  to_json --published 2024-05-06 saved-page.html

from a checkout of the crate, the same through cargo:
  cargo run --release --example to_json -- --pretty fixtures/text-cted-conference.txt";

/// Every top-level key of the output, in schema order.
const FIELDS: &[&str] = &[
    "schema",
    "title",
    "published",
    "modified",
    "dateline",
    "categories",
    "text",
    "people",
    "organisations",
    "events",
    "dates",
    "photos",
];

/// How each result is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Ndjson,
    Json,
    Pretty,
}

#[derive(Debug)]
struct Args {
    format: Format,
    /// `--pretty`: indent only a single input, as this tool always did.
    pretty_single: bool,
    fields: Option<Vec<String>>,
    text: bool,
    url: Option<String>,
    published: Option<Date>,
    profiles: Vec<PathBuf>,
    jobs: Option<usize>,
    paths: Vec<PathBuf>,
}

/// Why the command line is not accepted; `Help` is `--help`.
enum ArgError {
    Help,
    Usage(String),
}

fn parse_args(raw: impl IntoIterator<Item = OsString>) -> Result<Args, ArgError> {
    let mut args = Args {
        format: Format::Ndjson,
        pretty_single: false,
        fields: None,
        text: false,
        url: None,
        published: None,
        profiles: Vec::new(),
        jobs: None,
        paths: Vec::new(),
    };
    let mut it = raw.into_iter();
    let mut only_paths = false;
    while let Some(arg) = it.next() {
        if only_paths {
            args.paths.push(arg.into());
            continue;
        }
        // Paths may be any bytes; options are UTF-8.
        let Some(s) = arg.to_str() else {
            args.paths.push(arg.into());
            continue;
        };
        if s == "-" || !s.starts_with('-') {
            args.paths.push(arg.into());
            continue;
        }
        let (name, inline) = match s.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n, Some(v.to_owned())),
            _ => (s, None),
        };
        let name = name.to_owned();
        let mut value = |what: &str| -> Result<String, ArgError> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            it.next()
                .ok_or_else(|| ArgError::Usage(format!("{name} needs {what}")))?
                .into_string()
                .map_err(|v| ArgError::Usage(format!("{name}: value is not UTF-8: {v:?}")))
        };
        match name.as_str() {
            "--" => only_paths = true,
            "-h" | "--help" => return Err(ArgError::Help),
            "--pretty" => args.pretty_single = true,
            "--text" => args.text = true,
            "--format" => {
                args.format = match value("a format")?.as_str() {
                    "ndjson" | "jsonl" => Format::Ndjson,
                    "json" => Format::Json,
                    "pretty" => Format::Pretty,
                    other => {
                        return Err(ArgError::Usage(format!(
                            "unknown format {other:?} (json, ndjson or pretty)"
                        )))
                    }
                }
            }
            "--fields" => {
                let list = value("a list of keys")?;
                let fields: Vec<String> = list
                    .split(',')
                    .map(str::trim)
                    .filter(|f| !f.is_empty())
                    .map(str::to_owned)
                    .collect();
                if let Some(bad) = fields.iter().find(|f| !FIELDS.contains(&f.as_str())) {
                    return Err(ArgError::Usage(format!(
                        "unknown field {bad:?} (fields: {})",
                        FIELDS.join(",")
                    )));
                }
                if fields.is_empty() {
                    return Err(ArgError::Usage("--fields needs at least one key".into()));
                }
                args.fields = Some(fields);
            }
            "--url" => args.url = Some(value("a URL")?),
            "--published" => {
                let v = value("a date")?;
                match v.parse::<Timestamp>() {
                    Ok(t) => args.published = Some(t.date()),
                    Err(e) => return Err(ArgError::Usage(format!("{name}: {e}"))),
                }
            }
            "--profile" => args.profiles.push(PathBuf::from(value("a file")?)),
            "-j" | "--jobs" => {
                let v = value("a number")?;
                match v.parse::<usize>() {
                    Ok(n) if n > 0 => args.jobs = Some(n),
                    _ => {
                        return Err(ArgError::Usage(format!(
                            "{name} needs a positive number, not {v:?}"
                        )))
                    }
                }
            }
            _ => return Err(ArgError::Usage(format!("unknown option {s}"))),
        }
    }
    if args.paths.is_empty() {
        return Err(ArgError::Usage("no input files".into()));
    }
    Ok(args)
}

/// One thing to read: a path, or standard input.
#[derive(Debug)]
enum Input {
    Stdin,
    File(PathBuf),
    /// A directory or file that could not be listed: reported in its place in the order.
    Unreadable(PathBuf, String),
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File(p) | Input::Unreadable(p, _) => p.display().to_string(),
        }
    }
}

/// The inputs named on the command line, directories expanded in sorted order.
fn inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if p.is_dir() {
            walk_dir(p, &mut out);
        } else {
            // A missing file is reported when it is read, in its place.
            out.push(Input::File(p.clone()));
        }
    }
    out
}

fn walk_dir(dir: &Path, out: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            out.push(Input::Unreadable(dir.to_owned(), e.to_string()));
            return;
        }
    };
    let mut entries: Vec<(PathBuf, std::fs::FileType)> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| Some((e.path(), e.file_type().ok()?)))
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    for (path, kind) in entries {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.as_deref().is_none_or(|n| n.starts_with('.')) {
            continue;
        }
        // Symlinked directories are not followed: they can loop.
        if kind.is_dir() {
            walk_dir(&path, out);
        } else if (kind.is_file() || (kind.is_symlink() && path.is_file())) && is_page(&path) {
            out.push(Input::File(path));
        }
    }
}

/// Whether a file found in a directory may be a page: not project boilerplate, not a
/// format that is plainly something else. Files named on the command line are always read.
fn is_page(path: &Path) -> bool {
    const NOT_PAGES: &[&str] = &[
        "json", "jsonl", "ndjson", "csv", "tsv", "css", "js", "mjs", "map", "png", "jpg", "jpeg",
        "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "pdf", "zip", "gz", "tgz",
        "bz2", "xz", "zst", "tar", "7z", "rar", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4",
        "webm", "wav", "ogg", "exe", "dll", "so", "wasm", "lock", "toml", "yml", "yaml", "rs",
        "py", "sh",
    ];
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if ext.as_deref().is_some_and(|e| NOT_PAGES.contains(&e)) {
        return false;
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_ascii_uppercase);
    !matches!(
        stem.as_deref(),
        Some("README" | "LICENSE" | "LICENCE" | "CHANGELOG" | "COPYING" | "NOTICE")
    )
}

/// What one worker hands the printer: the rendered output, or the reason it failed.
type Outcome = Result<String, String>;

/// How far ahead of the printer the workers may run, in inputs per worker: bounds the
/// results held back to keep the output in order when one input is slow.
const AHEAD_PER_JOB: usize = 64;

/// The index of the next input to read, and how far the printer has got.
struct Queue {
    next: usize,
    printed: usize,
}

struct Settings<'a> {
    extractor: &'a Extractor,
    url: Option<&'a str>,
    published: Option<Date>,
    fields: Option<&'a [String]>,
    text: bool,
    /// Indent each result (pretty, or `--pretty` with a single input).
    indent: bool,
}

fn render(release: &PressRelease, s: &Settings<'_>) -> Result<String, serde_json::Error> {
    if s.text {
        return Ok(release.text.clone());
    }
    let Some(fields) = s.fields else {
        return if s.indent {
            serde_json::to_string_pretty(release)
        } else {
            serde_json::to_string(release)
        };
    };
    // Written by hand so the keys keep the order asked for (a serde_json `Map` would sort
    // them) and nested objects keep the schema's order.
    let mut out = String::from("{");
    for (i, f) in fields.iter().enumerate() {
        let value = field(release, f, s.indent)?;
        if i > 0 {
            out.push(',');
        }
        if s.indent {
            out.push_str("\n  ");
            let _ = write!(
                out,
                "{}: {}",
                serde_json::to_string(f)?,
                value.replace('\n', "\n  ")
            );
        } else {
            let _ = write!(out, "{}:{value}", serde_json::to_string(f)?);
        }
    }
    if s.indent {
        out.push('\n');
    }
    out.push('}');
    Ok(out)
}

/// One top-level key of `release` as JSON.
fn field(r: &PressRelease, name: &str, indent: bool) -> Result<String, serde_json::Error> {
    fn json<T: serde::Serialize + ?Sized>(v: &T, indent: bool) -> serde_json::Result<String> {
        if indent {
            serde_json::to_string_pretty(v)
        } else {
            serde_json::to_string(v)
        }
    }
    match name {
        "schema" => json(&r.schema, indent),
        "title" => json(&r.title, indent),
        "published" => json(&r.published, indent),
        "modified" => json(&r.modified, indent),
        "dateline" => json(&r.dateline, indent),
        "categories" => json(&r.categories, indent),
        "text" => json(&r.text, indent),
        "people" => json(&r.people, indent),
        "organisations" => json(&r.organisations, indent),
        "events" => json(&r.events, indent),
        "dates" => json(&r.dates, indent),
        "photos" => json(&r.photos, indent),
        // Checked against FIELDS when the arguments are read.
        _ => Ok("null".to_owned()),
    }
}

fn read_input(input: &Input) -> Result<Vec<u8>, String> {
    match input {
        Input::Stdin => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| e.to_string())?;
            Ok(buf)
        }
        Input::File(p) => std::fs::read(p).map_err(|e| e.to_string()),
        Input::Unreadable(_, reason) => Err(reason.clone()),
    }
}

fn process(input: &Input, s: &Settings<'_>) -> Outcome {
    let bytes = read_input(input)?;
    let mut page = Page::bytes(&bytes);
    if let Some(url) = s.url {
        page = page.url(url);
    }
    if let Some(date) = s.published {
        page = page.published(date);
    }
    let release = s.extractor.extract(page).map_err(|e| chain(&e))?;
    render(&release, s).map_err(|e| e.to_string())
}

/// An error and its sources, `outer: inner: …`.
fn chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let _ = write!(msg, ": {s}");
        source = s.source();
    }
    msg
}

/// A one-line count on stderr, redrawn at most ten times a second.
struct Progress {
    on: bool,
    total: usize,
    start: Instant,
    last: Option<Instant>,
    shown: bool,
}

impl Progress {
    fn new(total: usize) -> Progress {
        Progress {
            on: total > 1 && io::stderr().is_terminal(),
            total,
            start: Instant::now(),
            last: None,
            shown: false,
        }
    }

    fn update(&mut self, done: usize, failed: usize) {
        if !self.on
            || self
                .last
                .is_some_and(|t| t.elapsed() < Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(Instant::now());
        let rate = done as f64 / self.start.elapsed().as_secs_f64().max(1e-3);
        eprint!(
            "\r\x1b[K{done}/{} inputs, {failed} failed, {rate:.0}/s",
            self.total
        );
        self.shown = true;
    }

    /// Clears the line, so that an error message or the end starts at column 0.
    fn clear(&mut self) {
        if self.shown {
            eprint!("\r\x1b[K");
            self.shown = false;
            self.last = None;
        }
    }
}

fn run(args: Args) -> io::Result<bool> {
    let mut options = Options::new();
    for path in &args.profiles {
        let profile = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|json| Profile::from_json(&json).map_err(|e| chain(&e)));
        match profile {
            Ok(p) => options = options.profile(p),
            Err(e) => {
                eprintln!("to_json: {}: {e}", path.display());
                return Ok(false);
            }
        }
    }
    let extractor = match Extractor::with_options(options) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("to_json: {}", chain(&e));
            return Ok(false);
        }
    };
    let inputs = inputs(&args.paths);
    let single =
        args.paths.len() == 1 && matches!(inputs.as_slice(), [Input::File(_) | Input::Stdin]);
    let settings = Settings {
        extractor: &extractor,
        url: args.url.as_deref(),
        published: args.published,
        fields: args.fields.as_deref(),
        text: args.text,
        indent: args.format == Format::Pretty || (args.pretty_single && single),
    };
    let array = !args.text && args.format != Format::Ndjson && !single;
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .min(inputs.len().max(1));

    let stdout = io::stdout();
    let mut printer = Printer {
        out: io::BufWriter::new(stdout.lock()),
        array,
        indent: settings.indent,
        text: args.text,
        printed_any: false,
        failed: 0,
        progress: Progress::new(inputs.len()),
    };
    if array {
        printer.out.write_all(b"[")?;
    }
    let queue = Mutex::new(Queue {
        next: 0,
        printed: 0,
    });
    let moved = Condvar::new();
    let stop = AtomicBool::new(false);
    let ahead = AHEAD_PER_JOB * jobs;
    std::thread::scope(|scope| -> io::Result<()> {
        let (tx, rx) = mpsc::channel::<(usize, Outcome)>();
        for _ in 0..jobs {
            let tx = tx.clone();
            let (queue, moved, stop, inputs, settings) =
                (&queue, &moved, &stop, &inputs, &settings);
            scope.spawn(move || loop {
                let i = {
                    let Ok(mut q) = queue.lock() else { return };
                    while q.next >= q.printed + ahead && !stop.load(Ordering::Relaxed) {
                        q = match moved.wait(q) {
                            Ok(q) => q,
                            Err(_) => return,
                        };
                    }
                    if stop.load(Ordering::Relaxed) || q.next >= inputs.len() {
                        return;
                    }
                    q.next += 1;
                    q.next - 1
                };
                let outcome = process(&inputs[i], settings);
                if tx.send((i, outcome)).is_err() {
                    return;
                }
            });
        }
        drop(tx);
        // Results arrive in any order; they are printed in input order.
        let mut held: BTreeMap<usize, Outcome> = BTreeMap::new();
        let mut next = 0;
        let mut printing = || -> io::Result<()> {
            for (i, outcome) in rx.iter() {
                held.insert(i, outcome);
                while let Some(outcome) = held.remove(&next) {
                    printer.emit(&inputs[next], outcome)?;
                    next += 1;
                }
                if let Ok(mut q) = queue.lock() {
                    q.printed = next;
                }
                moved.notify_all();
                printer.progress.update(next, printer.failed);
            }
            Ok(())
        };
        let result = printing();
        if result.is_err() {
            // stdout is gone: the workers stop after the input they are reading.
            stop.store(true, Ordering::Relaxed);
            moved.notify_all();
        }
        result
    })?;
    printer.finish()
}

/// Writes results to stdout and failures to stderr, in input order.
struct Printer<W: Write> {
    out: W,
    array: bool,
    indent: bool,
    text: bool,
    printed_any: bool,
    failed: usize,
    progress: Progress,
}

impl<W: Write> Printer<W> {
    fn emit(&mut self, input: &Input, outcome: Outcome) -> io::Result<()> {
        match outcome {
            Ok(rendered) => {
                if self.array {
                    self.out
                        .write_all(if self.printed_any { b",\n" } else { b"\n" })?;
                    if self.indent {
                        self.out.write_all(indent(&rendered).as_bytes())?;
                    } else {
                        self.out.write_all(rendered.as_bytes())?;
                    }
                } else {
                    // A blank line never occurs inside a text, so it can part two texts.
                    if self.text && self.printed_any {
                        self.out.write_all(b"\n")?;
                    }
                    self.out.write_all(rendered.as_bytes())?;
                    self.out.write_all(b"\n")?;
                }
                self.printed_any = true;
            }
            Err(reason) => {
                self.failed += 1;
                self.progress.clear();
                // What came before goes out first, so a terminal shows both in order.
                self.out.flush()?;
                eprintln!("{}: {reason}", input.name());
            }
        }
        Ok(())
    }

    /// Closes the array and says whether every input was read.
    fn finish(mut self) -> io::Result<bool> {
        self.progress.clear();
        if self.array {
            self.out
                .write_all(if self.printed_any { b"\n]\n" } else { b"]\n" })?;
        }
        self.out.flush()?;
        Ok(self.failed == 0)
    }
}

/// `json` indented one level, for an element of a pretty array.
fn indent(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 8);
    for (i, line) in json.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("  ");
        out.push_str(line);
    }
    out
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args_os().skip(1)) {
        Ok(a) => a,
        Err(ArgError::Help) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(ArgError::Usage(msg)) => {
            eprintln!("to_json: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        // A closed stdout (`to_json … | head`) is not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("to_json: {e}");
            ExitCode::FAILURE
        }
    }
}
