//! The meeting pack rendered as text, Markdown, HTML (with inline SVG charts) and JSON.
//!
//! [`build::document`] lays the pack out once; [`text`], [`markdown`] and [`html`] only write
//! that layout in their format. [`json`] writes the pack's data directly with English keys.

pub mod build;
pub mod doc;
pub mod html;
pub mod json;
pub mod markdown;
pub mod spend;
pub mod svg;
pub mod text;
