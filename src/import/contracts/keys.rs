//! Keys of imported contracts (SPEC §15): derived from the title, and made unique with `-2`,
//! `-3`, … against earlier rows and existing folders.

/// Longest key derived from a title (before any `-N` suffix).
pub const MAX_DERIVED: usize = 40;

/// The key of a title: lower case, `å ä` → `a`, `ö` → `o`, `é` → `e`, every other run of
/// characters outside `[a-z0-9]` → `-`, trimmed of `-`, at most 40 characters (trimmed of `-`
/// again). A title with no letter or digit gives `avtal`.
pub fn derive_key(title: &str) -> String {
    let mut key = String::with_capacity(title.len());
    for c in title.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'å' | 'ä' => 'a',
            'ö' => 'o',
            'é' => 'e',
            other => other,
        };
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            key.push(c);
        } else if !key.ends_with('-') {
            key.push('-');
        }
    }
    let key = key.trim_matches('-');
    let key: String = key.chars().take(MAX_DERIVED).collect();
    let key = key.trim_matches('-');
    if key.is_empty() {
        "avtal".to_string()
    } else if crate::load::is_windows_reserved(key) {
        // `Con`, `Aux` or `Nul` as a title: a folder Windows cannot check out (issue 31).
        format!("{key}-avtal")
    } else {
        key.to_string()
    }
}

/// `base`, else `base-2`, `base-3`, … : the first that `taken` does not hold.
pub fn unique_key(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_string();
    }
    (2u64..)
        .map(|n| format!("{base}-{n}"))
        .find(|key| !taken(key))
        .unwrap_or_else(|| base.to_string())
}

/// `base`, `base-2`, `base-3`, …: the keys an earlier import may have given a title, in order.
pub fn candidates(base: &str) -> impl Iterator<Item = String> + '_ {
    std::iter::once(base.to_string()).chain((2u64..).map(move |n| format!("{base}-{n}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::is_valid_key;
    use proptest::prelude::*;

    #[test]
    fn titles_that_are_windows_device_names_get_a_key_windows_accepts() {
        assert_eq!(derive_key("Con"), "con-avtal");
        assert_eq!(derive_key("NUL"), "nul-avtal");
        assert_eq!(derive_key("Aux"), "aux-avtal");
        assert_eq!(derive_key("Console"), "console");
    }

    #[test]
    fn keys_of_titles() {
        assert_eq!(
            derive_key("Skoladministrativt system"),
            "skoladministrativt-system"
        );
        assert_eq!(derive_key("Lokalvård – förskolor"), "lokalvard-forskolor");
        assert_eq!(derive_key("ÄTA-arbeten, Öckerö"), "ata-arbeten-ockero");
        assert_eq!(derive_key("Café & konferens"), "cafe-konferens");
        assert_eq!(derive_key("  IT-drift (2024)  "), "it-drift-2024");
        assert_eq!(derive_key("Müller"), "m-ller");
        assert_eq!(derive_key("???"), "avtal");
        assert_eq!(derive_key(""), "avtal");
        // 40 characters, and no `-` left at the cut.
        let long = derive_key("Drift och underhåll av gatubelysning i hela kommunen 2025");
        assert_eq!(long, "drift-och-underhall-av-gatubelysning-i-h");
        assert_eq!(
            derive_key("abcdefghij abcdefghij abcdefghij abcdef ghij"),
            "abcdefghij-abcdefghij-abcdefghij-abcdef"
        );
    }

    #[test]
    fn suffixes_for_taken_keys() {
        let taken = ["lokalvard", "lokalvard-2"];
        assert_eq!(
            unique_key("lokalvard", |k| taken.contains(&k)),
            "lokalvard-3"
        );
        assert_eq!(unique_key("it", |k| taken.contains(&k)), "it");
        assert_eq!(
            candidates("a").take(3).collect::<Vec<_>>(),
            ["a", "a-2", "a-3"]
        );
    }

    proptest! {
        /// Every derived key is a valid folder name of at most 40 characters, and deriving is
        /// stable: the key of a key is itself.
        #[test]
        fn derived_keys_are_valid_and_stable(title in "\\PC{0,80}") {
            let key = derive_key(&title);
            prop_assert!(is_valid_key(&key), "{:?} → {:?}", title, key);
            prop_assert!(key.chars().count() <= MAX_DERIVED);
            prop_assert!(key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
            prop_assert!(!key.starts_with('-') && !key.ends_with('-') && !key.contains("--"));
            prop_assert_eq!(derive_key(&key), key.clone());
        }

        /// Unique keys never collide with what is taken and start with the base.
        #[test]
        fn unique_keys_avoid_taken(base in "[a-z]{1,5}", n in 0usize..6) {
            let taken: Vec<String> = candidates(&base).take(n).collect();
            let key = unique_key(&base, |k| taken.iter().any(|t| t == k));
            prop_assert!(!taken.contains(&key));
            prop_assert_eq!(key, candidates(&base).nth(n).unwrap());
        }
    }
}
