//! SPEC rules: priority (to be written).
