#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| avtal::fuzzing::run("index_import", data));
