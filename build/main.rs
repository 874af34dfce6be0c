//! Build script: turns the crate's word lists (data files) into static tables, so that
//! nothing is parsed or indexed when a program starts.
//!
//! Each generator owns one data folder and writes one file to `OUT_DIR`; a malformed row
//! fails the build with `file:line: reason`, so a bad row cannot be silently lost.

mod lexicon;

fn main() {
    if let Err(e) = lexicon::generate() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}
