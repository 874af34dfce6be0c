//! The Rust side of `benches/bench.py`: pages/s of one `Extractor` on one thread.
//!
//! ```text
//! cargo run --release -p communique-python --example rate -- ROUNDS FILE...
//! ```
//!
//! Reads every FILE into memory, extracts each once to warm up, then ROUNDS times extracts
//! them all with `Page::bytes` (what `communique.Extractor.extract(bytes)` does) and prints
//! one line per round: `pages wall_seconds cpu_seconds`, the CPU time being this thread's
//! (Linux `/proc/thread-self/schedstat`; 0 elsewhere), so that a busy machine can be
//! allowed for.

use std::hint::black_box;
use std::time::Instant;

use communique::{Extractor, Page};

/// Nanoseconds this thread has spent on a CPU.
fn thread_cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or_else(|| {
        eprintln!("usage: rate ROUNDS FILE...");
        std::process::exit(2)
    });
    let pages: Vec<Vec<u8>> = args
        .map(|p| std::fs::read(&p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .collect();
    let extractor = Extractor::new();
    for p in &pages {
        let _ = black_box(extractor.extract(Page::bytes(p)));
    }
    for _ in 0..rounds {
        let (wall, cpu) = (Instant::now(), thread_cpu_ns());
        for p in &pages {
            let _ = black_box(extractor.extract(Page::bytes(p)));
        }
        let cpu = thread_cpu_ns().saturating_sub(cpu) as f64 / 1e9;
        println!(
            "{} {:.6} {:.6}",
            pages.len(),
            wall.elapsed().as_secs_f64(),
            cpu
        );
    }
}
