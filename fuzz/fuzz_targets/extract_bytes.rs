//! `extract_bytes` on any bytes (the path the `to_json` example takes): a result whose
//! spans hold, or `Error::Empty`; never a panic.
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
        match communique::extract_bytes(data) {
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
