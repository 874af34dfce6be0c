//! Throughput of the extractor, measured against the HTML parse it cannot avoid.
//!
//! ```text
//! cargo run --release --example bench -- [--rounds N] [--sizes 100k,1m,10m,50m] [--threads N]
//! ```
//!
//! In one process, over the same pages (`../shared/corpus/dev/docs` and
//! `../shared/corpus/dates-dev/docs` when present, else `fixtures/`), on one core:
//!
//! - MB/s and pages/s of scraper's `Html::parse_document` alone and of the full
//!   `Extractor::extract_html`, and their ratio;
//! - the same for each stage (through the doc-hidden `Extractor::stage_times`);
//! - the same for plain-text pages;
//! - pages/s with 1 and N threads sharing one `Extractor`;
//! - documents of 100 KB, 1 MB, 10 MB and 50 MB made of real releases, each read in a child
//!   process so that its peak RSS (`VmHWM`) is its own;
//! - start-up, first: a fresh process runs `Extractor::new()` and extracts one tiny page
//!   twice (text, then HTML, each in its own processes), reporting the whole process's wall
//!   time and peak RSS, the time of `new()`, and the first and second extraction.
//!
//! `--startup [RUNS]` runs only the start-up figures (default 20 processes per kind).
//! `--loop parse|html|text SECONDS` runs only one of those workloads, for a profiler
//! (`xN` instead of SECONDS: exactly N passes, a fixed workload to compare CPU time).
//! `--compose html|text SIZE PATH` writes one of the composed documents, and
//! `--child full html|text 1 PATH` reads it, for the same; `--child mem html|text 1 PATH`
//! reads it once and prints, for each stage, the resident memory when it ends and the
//! most resident during it (where a long text's peak comes from). The 50 MB step of the
//! scaling table alone: `--sizes 1m,10m,50m` (it is in the default sizes too).
//! `COMMUNIQUE_BENCH_CORPUS=DIR:DIR…` reads those directories instead.
//!
//! Each figure is the median of `--rounds` passes (default 5), parse-only and full passes
//! interleaved so that load from other processes falls on both alike.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use communique::{Extractor, Options, Page, Profile};

const MB: f64 = 1_000_000.0;

struct Doc {
    body: String,
}

struct Corpus {
    source: String,
    html: Vec<Doc>,
    text: Vec<Doc>,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        child(&args[1..]);
        return;
    }
    if let [flag, kind] = args.as_slice() {
        if flag == "--startup-child" {
            startup_child(kind);
            return;
        }
    }
    if args.first().map(String::as_str) == Some("--startup") {
        let runs = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(20);
        startup(runs);
        return;
    }
    if let [flag, kind, size, path] = args.as_slice() {
        if flag == "--compose" {
            let size = parse_size(size).expect("--compose html|text SIZE PATH");
            let (bodies, texts) = parts(&load(), &Extractor::new());
            let doc = match kind.as_str() {
                "html" => compose_html(&bodies, size),
                _ => compose_text(&texts, size),
            };
            std::fs::write(path, doc).expect("output is writable");
            return;
        }
    }
    if args.first().map(String::as_str) == Some("--loop") {
        profile_loop(&args[1..]);
        return;
    }
    let mut rounds = 5;
    let mut threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let mut sizes = vec![100_000, 1_000_000, 10_000_000, 50_000_000];
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let value = it.next();
        match (a.as_str(), value) {
            ("--rounds", Some(v)) => rounds = v.parse().expect("--rounds takes a number"),
            ("--threads", Some(v)) => threads = v.parse().expect("--threads takes a number"),
            ("--sizes", Some(v)) => sizes = v.split(',').filter_map(parse_size).collect(),
            _ => {
                eprintln!("usage: bench [--rounds N] [--threads N] [--sizes 100k,1m,10m,50m]");
                std::process::exit(2);
            }
        }
    }
    startup(10);
    let corpus = load();
    let extractor = Extractor::new();
    let html_bytes: usize = corpus.html.iter().map(|d| d.body.len()).sum();
    let text_bytes: usize = corpus.text.iter().map(|d| d.body.len()).sum();
    let mut lens: Vec<usize> = corpus.html.iter().map(|d| d.body.len()).collect();
    lens.sort_unstable();
    println!("corpus: {}", corpus.source);
    println!(
        "  {} HTML pages, {:.1} MB (median {:.0} KB); {} text pages, {:.2} MB",
        corpus.html.len(),
        html_bytes as f64 / MB,
        lens.get(lens.len() / 2).copied().unwrap_or(0) as f64 / 1000.0,
        corpus.text.len(),
        text_bytes as f64 / MB,
    );
    let failed = corpus
        .html
        .iter()
        .filter(|d| extractor.extract_html(&d.body).is_err())
        .count();
    println!("  {failed} HTML pages are errors (empty); they are timed all the same");
    println!("one core, median of {rounds} rounds\n");

    // --- corpus throughput
    let mut parse = Vec::new();
    let mut full = Vec::new();
    let mut stages_html: Vec<Vec<(&'static str, Duration)>> = Vec::new();
    let mut text_full = Vec::new();
    let mut stages_text: Vec<Vec<(&'static str, Duration)>> = Vec::new();
    // One untimed pass warms caches and the regexes' lazy DFAs.
    for d in &corpus.html {
        let _ = black_box(extractor.extract_html(&d.body));
    }
    for _ in 0..rounds {
        parse.push(time(&corpus.html, |s| {
            black_box(scraper::Html::parse_document(s));
        }));
        full.push(time(&corpus.html, |s| {
            let _ = black_box(extractor.extract_html(s));
        }));
        stages_html.push(stage_sums(&extractor, &corpus.html, Page::html));
        text_full.push(time(&corpus.text, |s| {
            let _ = black_box(extractor.extract_text(s));
        }));
        stages_text.push(stage_sums(&extractor, &corpus.text, Page::text));
    }
    let parse = median(&mut parse);
    let full = median(&mut full);
    let n = corpus.html.len();
    println!("HTML pages                         MB/s   pages/s");
    row("Html::parse_document alone", html_bytes, n, parse);
    row("Extractor::extract_html", html_bytes, n, full);
    println!(
        "  ratio full ÷ parse-only throughput: {:.2}   (bar: ≥ 0.50)\n",
        parse.as_secs_f64() / full.as_secs_f64()
    );
    print_stages(&stages_html, html_bytes, n);
    if !corpus.text.is_empty() {
        println!("\ntext pages                         MB/s   pages/s");
        let t = median(&mut text_full);
        row("Extractor::extract_text", text_bytes, corpus.text.len(), t);
        print_stages(&stages_text, text_bytes, corpus.text.len());
    }

    // --- threads
    if threads > 1 {
        let mut one = Vec::new();
        let mut many = Vec::new();
        for _ in 0..rounds.max(3) {
            one.push(batch(&extractor, &corpus.html, 1));
            many.push(batch(&extractor, &corpus.html, threads));
        }
        let one = median(&mut one);
        let many = median(&mut many);
        println!("\nbatch, one shared Extractor         pages/s");
        println!(
            "  1 thread                  {:>14.1}",
            n as f64 / one.as_secs_f64()
        );
        println!(
            "  {threads} threads                 {:>14.1}",
            n as f64 / many.as_secs_f64()
        );
        println!(
            "  speedup: {:.2}× (bar on 2 cores: ≥ 1.7×; other processes' load counts against it)",
            one.as_secs_f64() / many.as_secs_f64()
        );
    }
    println!(
        "\npeak RSS of this process: {:.1} MB",
        peak_rss_kb() as f64 / 1000.0
    );

    // --- size scaling, each document in its own process
    if !sizes.is_empty() {
        scaling(&corpus, &extractor, &sizes);
    }
}

fn row(what: &str, bytes: usize, pages: usize, d: Duration) {
    let s = d.as_secs_f64();
    println!(
        "  {what:<28} {:>8.1} {:>9.1}",
        bytes as f64 / MB / s,
        pages as f64 / s
    );
}

/// Reads the corpora, or the fixtures when they are absent.
fn load() -> Corpus {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let shared = root.join("../shared/corpus");
    let dirs: Vec<PathBuf> = match std::env::var_os("COMMUNIQUE_BENCH_CORPUS") {
        Some(list) => std::env::split_paths(&list).collect(),
        None => ["dev/docs", "dates-dev/docs"]
            .iter()
            .map(|d| shared.join(d))
            .filter(|d| d.is_dir())
            .collect(),
    };
    let (source, dirs) = if dirs.is_empty() {
        (
            "fixtures/ (../shared/corpus is not here)".to_string(),
            vec![root.join("fixtures")],
        )
    } else {
        let names: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
        (names.join(" + "), dirs)
    };
    let mut corpus = Corpus {
        source,
        html: Vec::new(),
        text: Vec::new(),
    };
    for dir in dirs {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("corpus directory is readable")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        paths.sort();
        for path in paths {
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if ext == "json" || ext == "md" {
                continue;
            }
            let bytes = std::fs::read(&path).expect("corpus file is readable");
            // Pages that are not UTF-8 are windows-1252 in these corpora; decoding them up
            // front keeps the parse-only and full runs on the same `&str`.
            let body = match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => encoding_rs::WINDOWS_1252
                    .decode(e.as_bytes())
                    .0
                    .into_owned(),
            };
            if ext == "txt" {
                corpus.text.push(Doc { body });
            } else {
                corpus.html.push(Doc { body });
            }
        }
    }
    corpus
}

fn time(docs: &[Doc], mut f: impl FnMut(&str)) -> Duration {
    let start = Instant::now();
    for d in docs {
        f(&d.body);
    }
    start.elapsed()
}

/// Each stage's time summed over `docs`, in stage order.
fn stage_sums<'a>(
    ex: &Extractor,
    docs: &'a [Doc],
    page: fn(&'a str) -> Page<'a>,
) -> Vec<(&'static str, Duration)> {
    let mut sums: Vec<(&'static str, Duration)> = Vec::new();
    for d in docs {
        let Ok((_, times)) = ex.stage_times(page(&d.body)) else {
            continue;
        };
        for (stage, t) in times {
            match sums.iter_mut().find(|(s, _)| *s == stage) {
                Some((_, sum)) => *sum += t,
                None => sums.push((stage, t)),
            }
        }
    }
    sums
}

fn print_stages(rounds: &[Vec<(&'static str, Duration)>], bytes: usize, pages: usize) {
    let Some(first) = rounds.first() else { return };
    let mut medians: Vec<(&'static str, Duration)> = first
        .iter()
        .map(|(stage, _)| {
            let mut ts: Vec<Duration> = rounds
                .iter()
                .filter_map(|r| r.iter().find(|(s, _)| s == stage).map(|(_, t)| *t))
                .collect();
            (*stage, median(&mut ts))
        })
        .collect();
    let total: Duration = medians.iter().map(|(_, t)| *t).sum();
    println!("  stage                        MB/s   pages/s   ms/page   share");
    for (stage, t) in &mut medians {
        let s = t.as_secs_f64().max(1e-9);
        println!(
            "  {stage:<22} {:>10.1} {:>9.0} {:>9.3} {:>6.1}%",
            bytes as f64 / MB / s,
            pages as f64 / s,
            s * 1000.0 / pages as f64,
            100.0 * s / total.as_secs_f64()
        );
    }
}

/// Time to extract every page with `threads` threads sharing `ex`.
fn batch(ex: &Extractor, docs: &[Doc], threads: usize) -> Duration {
    let next = AtomicUsize::new(0);
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(d) = docs.get(i) else { break };
                let _ = black_box(ex.extract_html(&d.body));
            });
        }
    });
    start.elapsed()
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort_unstable();
    v.get(v.len() / 2).copied().unwrap_or_default()
}

fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim().to_ascii_lowercase();
    let (num, mult) = if let Some(n) = s.strip_suffix('k') {
        (n, 1_000)
    } else if let Some(n) = s.strip_suffix('m') {
        (n, 1_000_000)
    } else {
        (s.as_str(), 1)
    };
    num.parse::<usize>().ok().map(|n| n * mult)
}

/// Options for the composed documents: over the default input and text limits, and with a
/// profile that reads every release on the page (the generic rules read only the first
/// content element, and a built-in profile would read only its own template's parts).
fn big_options() -> Options {
    Options::new()
        .max_input_bytes(1 << 30)
        .max_text_bytes(1 << 30)
        .max_nodes(usize::MAX)
        .profile(
            Profile::new("bench")
                .detect("div.bench-release")
                .content("div.bench-release"),
        )
}

/// One page of about `target` bytes: real releases' `<body>`s, each re-serialised by
/// scraper so its tags are balanced, one after another.
fn compose_html(bodies: &[String], target: usize) -> String {
    let mut out = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Releases</title></head><body>\n",
    );
    fill(&mut out, bodies, target, |out, b| {
        out.push_str("<div class=\"bench-release\">");
        out.push_str(b);
        out.push_str("</div>\n");
    });
    out.push_str("</body></html>\n");
    out
}

/// One text of about `target` bytes: real releases' normalised texts, a blank line apart.
/// Each text's first line carries the number of its copy: the reader ends a release where
/// its headline is printed again (a teaser of itself under the body), so a second copy of
/// the first text, word for word, would end the composed text there.
fn compose_text(texts: &[String], target: usize) -> String {
    let mut out = String::new();
    let copy = AtomicUsize::new(0);
    fill(&mut out, texts, target, |out, t| {
        let n = copy.fetch_add(1, Ordering::Relaxed);
        let (first, rest) = t.split_once('\n').unwrap_or((t, ""));
        out.push_str(first);
        out.push_str(&format!(" ({n})\n"));
        out.push_str(rest);
        out.push_str("\n\n");
    });
    out
}

/// Appends parts in turn (cycling when they run out) while they fit under `target`.
fn fill(out: &mut String, parts: &[String], target: usize, push: impl Fn(&mut String, &str)) {
    let mut misses = 0;
    let mut i = 0;
    while misses < parts.len() {
        let p = &parts[i % parts.len()];
        i += 1;
        if out.len() + p.len() + 40 <= target {
            push(out, p);
            misses = 0;
        } else {
            misses += 1;
        }
    }
}

/// The parts the composed documents are made of: real releases' `<body>`s, re-serialised
/// by scraper so their tags are balanced, and real releases' normalised texts.
fn parts(corpus: &Corpus, ex: &Extractor) -> (Vec<String>, Vec<String>) {
    let body_sel = scraper::Selector::parse("body").expect("body is a valid selector");
    let bodies: Vec<String> = corpus
        .html
        .iter()
        .filter_map(|d| {
            let dom = scraper::Html::parse_document(&d.body);
            let body = dom.select(&body_sel).next()?.inner_html();
            (!body.trim().is_empty()).then_some(body)
        })
        .collect();
    let texts: Vec<String> = corpus
        .html
        .iter()
        .chain(&corpus.text)
        .filter_map(|d| ex.extract(Page::bytes(d.body.as_bytes())).ok())
        .map(|r| {
            // Sentences only: the text reader ends a release at a sidebar heading
            // ("Related", "Share this") or a site's copyright line ("© 2020 … All Rights
            // Reserved"), which would cut the composed text short and leave the later
            // stages the same text at every size.
            let lines: Vec<&str> = r
                .text
                .lines()
                .filter(|l| l.split_whitespace().count() >= 8)
                .filter(|l| !l.contains('©') && !l.to_lowercase().contains("rights reserved"))
                .collect();
            lines.join("\n")
        })
        .filter(|t| !t.is_empty())
        // A part the text reader would end early when read alone (a "Related: …" line, a
        // footer) would end the composed text there too: only parts read whole are used.
        .filter(|t| {
            ex.extract(Page::text(t))
                .is_ok_and(|r| r.text.len() * 10 >= t.len() * 9)
        })
        .collect();
    (bodies, texts)
}

fn scaling(corpus: &Corpus, ex: &Extractor, sizes: &[usize]) {
    let (bodies, texts) = parts(corpus, ex);
    let exe = std::env::current_exe().expect("own path is known");
    let dir = std::env::temp_dir();
    for (kind, parts) in [("html", &bodies), ("text", &texts)] {
        println!(
            "\ncomposed {kind} documents, one child process each (peak RSS is the whole process)"
        );
        println!(
            "  input MB  text MB   parse s    full s  full MB/s  full/parse  growth vs previous   peak RSS MB: parse    full  (rules)"
        );
        let mut prev: Option<(usize, f64)> = None;
        for &size in sizes {
            let doc = if kind == "html" {
                compose_html(parts, size)
            } else {
                compose_text(parts, size)
            };
            let path = dir.join(format!(
                "communique-bench-{}-{kind}-{size}",
                std::process::id()
            ));
            std::fs::write(&path, &doc).expect("temp file is writable");
            let len = doc.len();
            drop(doc);
            // Enough repetitions for a stable median, in about the same time per size.
            let reps = (5_000_000 / size).clamp(1, 20).to_string();
            let run = |mode: &str| -> Option<ChildReport> {
                let out = Command::new(&exe)
                    .args(["--child", mode, kind, &reps])
                    .arg(&path)
                    .output()
                    .ok()?;
                if !out.status.success() {
                    eprintln!(
                        "child {mode} {kind} {size}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                    return None;
                }
                ChildReport::read(&String::from_utf8_lossy(&out.stdout))
            };
            let parse = if kind == "html" { run("parse") } else { None };
            let full = run("full");
            let _ = std::fs::remove_file(&path);
            let Some(full) = full else { continue };
            let growth = prev.map_or_else(
                || "-".to_owned(),
                |(plen, ps)| {
                    format!(
                        "{:.1}× for {:.1}× size",
                        full.secs / ps,
                        len as f64 / plen as f64
                    )
                },
            );
            println!(
                "  {:>8.2} {:>8.2} {:>9} {:>9.3} {:>10.1} {:>11} {:>19} {:>18} {:>7.1} {:>8.1}",
                len as f64 / MB,
                full.text_bytes as f64 / MB,
                parse
                    .as_ref()
                    .map_or("-".into(), |p| format!("{:.3}", p.secs)),
                full.secs,
                len as f64 / MB / full.secs,
                parse
                    .as_ref()
                    .map_or("-".into(), |p| format!("{:.2}", full.secs / p.secs)),
                growth,
                parse
                    .as_ref()
                    .map_or("-".into(), |p| format!("{:.1}", p.peak_kb as f64 / 1000.0)),
                full.peak_kb as f64 / 1000.0,
                full.baseline_kb as f64 / 1000.0,
            );
            println!("            stages, s: {}", full.stages);
            prev = Some((len, full.secs));
        }
    }
}

/// What a child process reports.
struct ChildReport {
    secs: f64,
    peak_kb: u64,
    text_bytes: usize,
    baseline_kb: u64,
    stages: String,
}

impl ChildReport {
    fn read(out: &str) -> Option<ChildReport> {
        let mut lines = out.lines();
        let mut f = lines.next()?.split_whitespace();
        Some(ChildReport {
            secs: f.next()?.parse().ok()?,
            peak_kb: f.next()?.parse().ok()?,
            text_bytes: f.next()?.parse().ok()?,
            baseline_kb: f.next()?.parse().ok()?,
            stages: lines.next().unwrap_or("").to_owned(),
        })
    }
}

/// In a child process: reads the document at `path`, parses or extracts it `reps` times,
/// and prints the median seconds, the process's peak RSS in KB, the text's length and the
/// peak RSS before the document was read (the program and its loaded rules), then the
/// stages of the last extraction.
fn child(args: &[String]) {
    let [mode, kind, reps, path] = args else {
        panic!("--child MODE KIND REPS PATH");
    };
    if mode == "mem" {
        child_mem(kind, path);
        return;
    }
    let reps: usize = reps.parse().expect("reps is a number");
    let ex = Extractor::with_options(big_options()).expect("options are valid");
    // The rules compile on first use, and their tables load: that is neither the
    // document's time nor its memory, so it happens first and is reported apart.
    if mode == "full" {
        let _ = ex.extract_html(
            "<h1>Ministers meet</h1><p>GENEVA, 3 May 2021 -- The Minister of Foreign Affairs, \
             Jane Doe, met the Secretary-General of the United Nations.</p>",
        );
    }
    let baseline = peak_rss_kb();
    let doc = std::fs::read_to_string(path).expect("document is readable");
    let page = if kind == "html" {
        Page::html(&doc)
    } else {
        Page::text(&doc)
    };
    let mut times = Vec::new();
    let mut text_bytes = 0;
    let mut stages = Vec::new();
    for _ in 0..reps {
        let start = Instant::now();
        match mode.as_str() {
            "parse" => drop(black_box(scraper::Html::parse_document(&doc))),
            // `stage_times` is `extract` with a clock read between stages.
            "full" => {
                let (release, times) = ex.stage_times(page).expect("composed document extracts");
                text_bytes = release.text.len();
                stages = times;
                drop(black_box(release));
            }
            _ => panic!("unknown mode {mode}"),
        }
        times.push(start.elapsed());
    }
    let peak = peak_rss_kb();
    println!(
        "{:.6} {peak} {text_bytes} {baseline}",
        median(&mut times).as_secs_f64()
    );
    let parts: Vec<String> = stages
        .iter()
        .map(|(s, t)| format!("{s} {:.3}", t.as_secs_f64()))
        .collect();
    println!("{}", parts.join(", "));
}

/// `--child mem html|text 1 PATH`: one extraction of the document at `path`, with the
/// process's resident memory read as each stage ends: what is resident then, and the most
/// that was resident during the stage (`VmHWM`, reset between stages through
/// `/proc/self/clear_refs`; the crate forbids `unsafe`, so no counting allocator). Freed
/// small blocks stay resident in the allocator's arenas, so "resident at end" is an upper
/// bound of what the stage kept.
fn child_mem(kind: &str, path: &str) {
    let ex = Extractor::with_options(big_options()).expect("options are valid");
    let _ = ex.extract_html("<h1>Ministers meet</h1><p>GENEVA, 3 May 2021 -- Talks.</p>");
    let before = peak_rss_kb();
    let doc = std::fs::read_to_string(path).expect("document is readable");
    let page = if kind == "html" {
        Page::html(&doc)
    } else {
        Page::text(&doc)
    };
    let mb = |kb: u64| kb as f64 / 1000.0;
    let reset = || std::fs::write("/proc/self/clear_refs", "5").is_ok();
    let resettable = reset();
    let start = rss_kb();
    let mut laps = Vec::new();
    let mut cpu = on_cpu_seconds();
    let release = ex.extract_with_laps(page, &mut |stage| {
        let now = on_cpu_seconds();
        laps.push((stage, rss_kb(), peak_rss_kb(), now - cpu));
        reset();
        cpu = on_cpu_seconds();
    });
    let kept = rss_kb();
    drop(release);
    println!(
        "document {:.1} MB; resident before reading it {:.1} MB, after {:.1} MB",
        doc.len() as f64 / MB,
        mb(before),
        mb(start)
    );
    if !resettable {
        println!("  (VmHWM cannot be reset here: each peak is the process's so far)");
    }
    println!("  stage        resident at end   peak during (MB)   CPU (s)");
    for (stage, live, peak, cpu) in laps {
        println!(
            "  {stage:<12} {:>15.1} {:>13.1} {:>14.2}",
            mb(live),
            mb(peak),
            cpu
        );
    }
    println!("  release held {:>14.1}", mb(kept));
}

/// The process's resident set size in KB (`VmRSS`), or 0 where /proc is absent.
fn rss_kb() -> u64 {
    status_kb("VmRSS:")
}

/// A tiny page of each kind, and a second one of the same shape.
const TINY: [(&str, &str, &str); 2] = [
    (
        "text",
        "Ministers meet in Lima\n\nLIMA, 3 May 2021 -- The Minister of Foreign Affairs met \
         the Secretary-General of the United Nations.",
        "Council adopts report\n\nOSLO, 4 June 2022 -- The Council adopted the report of \
         the World Health Organization.",
    ),
    (
        "html",
        "<h1>Ministers meet in Lima</h1><p>LIMA, 3 May 2021 -- The Minister of Foreign \
         Affairs met the Secretary-General of the United Nations.</p>",
        "<h1>Council adopts report</h1><p>OSLO, 4 June 2022 -- The Council adopted the \
         report of the World Health Organization.</p>",
    ),
];

/// Start-up: `runs` fresh processes per kind of tiny page, each timed from outside (spawn
/// to exit) and reporting from inside the time of `Extractor::new()`, of the first and of
/// the second extraction, its time on a CPU and its peak RSS. Minimum and median over the
/// runs: on a busy machine the minimum and the time on a CPU are the figures least
/// disturbed by other processes.
fn startup(runs: usize) {
    let Ok(exe) = std::env::current_exe() else {
        return;
    };
    println!("start-up: a fresh process, Extractor::new() and one tiny page ({runs} runs each)");
    println!("  kind   figure                       min      median");
    for (kind, _, _) in TINY {
        let mut wall = Vec::new();
        let mut figures: [Vec<f64>; 5] = Default::default();
        for _ in 0..runs {
            let start = Instant::now();
            let Ok(out) = Command::new(&exe).args(["--startup-child", kind]).output() else {
                return;
            };
            wall.push(start.elapsed().as_secs_f64());
            let text = String::from_utf8_lossy(&out.stdout);
            let values: Vec<f64> = text
                .split_whitespace()
                .filter_map(|v| v.parse().ok())
                .collect();
            for (list, v) in figures.iter_mut().zip(values) {
                list.push(v);
            }
        }
        let stat = |v: &mut Vec<f64>| {
            v.sort_by(f64::total_cmp);
            (
                v.first().copied().unwrap_or(0.0),
                v.get(v.len() / 2).copied().unwrap_or(0.0),
            )
        };
        let [new, first, second, rss, cpu] = &mut figures;
        for (what, v, unit, scale) in [
            ("whole process, wall", &mut wall, "ms", 1e3),
            ("whole process, on CPU", cpu, "ms", 1e3),
            ("Extractor::new()", new, "ms", 1e3),
            ("first extraction", first, "ms", 1e3),
            ("second extraction", second, "ms", 1e3),
            ("peak RSS", rss, "MB", 1e-3),
        ] {
            let (min, med) = stat(v);
            println!(
                "  {kind:<6} {what:<24} {:>7.2} {:>8.2} {unit}",
                min * scale,
                med * scale
            );
        }
    }
    println!("  (bars: whole process ≤ 30 ms, peak RSS ≤ 25 MB, first ≤ 2 × second)\n");
}

/// In a child process: `Extractor::new()`, then two tiny pages of `kind`; prints the three
/// times in seconds and the peak RSS in KB.
fn startup_child(kind: &str) {
    let Some(&(_, first, second)) = TINY.iter().find(|(k, _, _)| *k == kind) else {
        return;
    };
    let page = |s| {
        if kind == "html" {
            Page::html(s)
        } else {
            Page::text(s)
        }
    };
    let start = Instant::now();
    let ex = Extractor::new();
    let new = start.elapsed();
    let start = Instant::now();
    let _ = black_box(ex.extract(page(first)));
    let one = start.elapsed();
    let start = Instant::now();
    let _ = black_box(ex.extract(page(second)));
    let two = start.elapsed();
    println!(
        "{:.6} {:.6} {:.6} {} {:.6}",
        new.as_secs_f64(),
        one.as_secs_f64(),
        two.as_secs_f64(),
        peak_rss_kb(),
        on_cpu_seconds()
    );
}

/// How long this thread has run on a CPU since the process started (the first field of
/// `/proc/self/schedstat`, in nanoseconds), or 0 where /proc is absent: unlike wall time,
/// it does not count the time other processes hold the cores.
fn on_cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .next()
                .and_then(|n| n.parse::<f64>().ok())
        })
        .map_or(0.0, |ns| ns / 1e9)
}

/// The process's peak resident set size in KB (`VmHWM`), or 0 where /proc is absent.
fn peak_rss_kb() -> u64 {
    status_kb("VmHWM:")
}

/// A `kB` figure of `/proc/self/status`, or 0 where /proc is absent.
fn status_kb(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// `--loop parse|html|text SECONDS`: runs one workload over the corpus for about that long,
/// for a profiler (`perf record`, `valgrind --tool=callgrind`) to watch.
fn profile_loop(args: &[String]) {
    let [what, secs] = args else {
        panic!("--loop parse|html|text SECONDS|xN");
    };
    // `--loop KIND xN` runs exactly N passes: a fixed workload whose CPU time can be
    // compared between builds on a loaded machine.
    let (secs, fixed): (f64, Option<usize>) = match secs.strip_prefix('x') {
        Some(n) => (0.0, Some(n.parse().expect("xN takes a number"))),
        None => (secs.parse().expect("seconds is a number"), None),
    };
    let corpus = load();
    let ex = Extractor::new();
    let start = Instant::now();
    let mut passes = 0;
    while match fixed {
        Some(n) => passes < n,
        None => passes == 0 || start.elapsed().as_secs_f64() < secs,
    } {
        match what.as_str() {
            "parse" => {
                time(&corpus.html, |s| {
                    drop(black_box(scraper::Html::parse_document(s)))
                });
            }
            "html" => {
                time(&corpus.html, |s| drop(black_box(ex.extract_html(s))));
            }
            "text" => {
                time(&corpus.text, |s| drop(black_box(ex.extract_text(s))));
            }
            _ => panic!("--loop parse|html|text SECONDS|xN"),
        }
        passes += 1;
    }
    eprintln!("{passes} passes in {:.1} s", start.elapsed().as_secs_f64());
}
