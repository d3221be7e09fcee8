#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| avtal::fuzzing::run("ubl_xml", data));
