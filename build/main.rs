//! Build script: turns the crate's word lists and gazetteers (data files) into static
//! tables, so that nothing is parsed or indexed when a program starts.
//!
//! Each generator owns one data folder and writes its files to `OUT_DIR`; a malformed row
//! fails the build with `file:line: reason`, so a bad row cannot be silently lost.

mod gazetteer;
mod lexicon;
mod names;

/// A generator: writes its files to `OUT_DIR`, or says which row is wrong.
type Generate = fn() -> Result<(), String>;

fn main() {
    let generators: [(&str, Generate); 3] = [
        ("lexicon", lexicon::generate),
        ("gazetteer", gazetteer::generate),
        ("names", names::generate),
    ];
    for (name, generate) in generators {
        if let Err(e) = generate() {
            eprintln!("error: {name}: {e}");
            std::process::exit(1);
        }
    }
}
