//! SPEC rules: check (to be written).
