//! A line diff of a register file before and after a change, unified-diff style, for dry runs.

/// The lines removed (`-`) and added (`+`) between `old` and `new`, with one line of context,
/// under `--- NAME` / `+++ NAME`; empty when nothing differs.
pub fn unified(name: &str, old: &str, new: &str) -> String {
    if old == new {
        return String::new();
    }
    let mut out = similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(1)
        .header(name, name)
        .to_string();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn shows_removed_and_added_lines_with_context() {
        let old = "period,kpi\n2026-01,a\n2026-02,b\n2026-03,c\n2026-04,d\n";
        let new = "period,kpi\n2026-01,a\n2026-02,B\n2026-03,c\n2026-04,d\n2026-05,e\n";
        assert_eq!(
            super::unified("k/kpi.csv", old, new),
            "--- k/kpi.csv\n+++ k/kpi.csv\n@@ -2,4 +2,5 @@\n 2026-01,a\n-2026-02,b\n+2026-02,B\n 2026-03,c\n 2026-04,d\n+2026-05,e\n"
        );
        assert_eq!(super::unified("k", old, old), "");
    }

    #[test]
    fn a_new_file_is_all_additions_and_a_missing_newline_is_closed() {
        let out = super::unified("k", "", "a\nb");
        assert!(out.contains("+a\n+b"), "{out}");
        assert!(out.ends_with('\n'));
    }
}
