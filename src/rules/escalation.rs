//! SPEC rules: escalation (to be written).
