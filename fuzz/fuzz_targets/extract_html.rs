//! `extract_html` on any text (invalid UTF-8 in the fuzzer's bytes becomes U+FFFD): a
//! result whose spans hold, or `Error::Empty`; never a panic.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;

fuzz_target!(
    // Builds every table before the first input, so that no input is charged for it.
    init: {
        communique::Extractor::new();
    },
    |data: &[u8]| {
        let html = String::from_utf8_lossy(data);
        match communique::extract_html(&html) {
            Ok(release) => {
                if let Err(problem) = common::oracle(&release) {
                    panic!("{problem}");
                }
            }
            // Fuzzer inputs are far below every default limit.
            Err(communique::Error::Empty) => {}
            Err(e) => panic!("unexpected error: {e}"),
        }
    }
);
