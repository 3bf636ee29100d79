//! Fuzz target: `dossier::fuzzing::front_matter` on any UTF-8 input must not panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        dossier::fuzzing::front_matter(text);
    }
});
