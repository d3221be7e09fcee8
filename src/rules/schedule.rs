//! SPEC rules: schedule (to be written).
