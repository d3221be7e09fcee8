#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| avtal::fuzzing::run("spend_import", data));
