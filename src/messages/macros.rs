//! The two macros the catalogue is written with: `catalogue!` declares an area's messages with
//! their Swedish and English texts side by side, `words!` the shared words the areas use.
//! See the module documentation of `messages` for how to add a message.

/// Declares the trait of an area and implements it for `Swedish` and `English`.
///
/// Each message is written once, as a method without `self`, and its body gives the text of each
/// language: `sv: EXPR, en: EXPR`. A body of `both: EXPR` is the same expression in both
/// languages and may only combine words (`Self::CONTRACT`) and other messages
/// (`Self.month_name(month)`), never a string literal; the tests check that. `Self` is the
/// language (`Swedish` or `English`): its constants are the words of `words!` blocks.
///
/// A message without both languages matches no rule of `text!` and does not compile.
macro_rules! catalogue {
    (
        $(#[$area_meta:meta])*
        pub trait $area:ident {
            $(
                $(#[$meta:meta])*
                fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty { $($body:tt)* }
            )*
        }
    ) => {
        $(#[$area_meta])*
        pub trait $area {
            $( $(#[$meta])* fn $name(&self, $($arg: $ty),*) -> $ret; )*
        }

        impl $area for $crate::messages::Swedish {
            $(
                fn $name(&self, $($arg: $ty),*) -> $ret {
                    $crate::messages::macros::text!(sv; $($body)*)
                }
            )*
        }

        impl $area for $crate::messages::English {
            $(
                fn $name(&self, $($arg: $ty),*) -> $ret {
                    $crate::messages::macros::text!(en; $($body)*)
                }
            )*
        }

        /// Each message's source text per language, for the catalogue's tests.
        #[cfg(test)]
        pub(super) const TEXTS: &[$crate::messages::macros::Text] = &[
            $( $crate::messages::macros::text!(test $name; $($body)*), )*
        ];
    };
}

/// Declares words: one constant per language on `Swedish` and `English`, used as `Self::NAME` in
/// the messages. The shared words are in `words.rs`; an area may declare its own next to its
/// `catalogue!` (the ladder's texts in `rules.rs`).
macro_rules! words {
    ($( $(#[$meta:meta])* $name:ident { sv: $sv:literal, en: $en:literal $(,)? } )*) => {
        impl $crate::messages::Swedish {
            $( $(#[$meta])* pub const $name: &'static str = $sv; )*
        }

        impl $crate::messages::English {
            $( $(#[$meta])* pub const $name: &'static str = $en; )*
        }

        /// Each word's source text per language, for the catalogue's tests.
        #[cfg(test)]
        pub(super) const WORDS: &[$crate::messages::macros::Text] = &[
            $(
                $crate::messages::macros::Text {
                    name: stringify!($name),
                    sv: stringify!($sv),
                    en: stringify!($en),
                    both: "",
                    word: true,
                },
            )*
        ];
    };
}

/// The text of one language from a message's body (`sv: …, en: …` or `both: …`), or, after
/// `test`, the message's source text for the tests.
macro_rules! text {
    (sv; sv: $sv:expr, en: $en:expr $(,)?) => {
        $sv
    };
    (en; sv: $sv:expr, en: $en:expr $(,)?) => {
        $en
    };
    ($language:ident; both: $both:expr $(,)?) => {
        $both
    };
    (test $name:ident; sv: $sv:expr, en: $en:expr $(,)?) => {
        $crate::messages::macros::Text {
            name: stringify!($name),
            sv: stringify!($sv),
            en: stringify!($en),
            both: "",
            word: false,
        }
    };
    (test $name:ident; both: $both:expr $(,)?) => {
        $crate::messages::macros::Text {
            name: stringify!($name),
            sv: "",
            en: "",
            both: stringify!($both),
            word: false,
        }
    };
}

pub(crate) use {catalogue, text, words};

/// The source text of one message or word, as the tests read it.
#[cfg(test)]
pub(crate) struct Text {
    /// The message's or word's name.
    pub name: &'static str,
    /// The Swedish expression, or empty for `both`.
    pub sv: &'static str,
    /// The English expression, or empty for `both`.
    pub en: &'static str,
    /// The expression of both languages, or empty.
    pub both: &'static str,
    /// Whether this is a word of `words!`, not a message.
    pub word: bool,
}
