//! The meeting pack rendered as text, Markdown, HTML and JSON (to be written).
