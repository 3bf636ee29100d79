//! Untrusted text → text safe inside HTML element content and attribute values.

/// Escapes `& < > " '` so that text can never open a tag or leave an attribute.
pub fn html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    push_html(&mut out, text);
    out
}

/// Appends `text` to `out`, escaped as `html` does. The five characters are
/// ASCII, so the text is scanned byte by byte and copied a run at a time.
pub fn push_html(out: &mut String, text: &str) {
    let mut copied = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[copied..at]);
        out.push_str(entity);
        copied = at + 1;
    }
    out.push_str(&text[copied..]);
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    /// Character by character: what `html` must give.
    fn escaped_char_by_char(text: &str) -> String {
        text.chars()
            .map(|c| match c {
                '&' => "&amp;".to_string(),
                '<' => "&lt;".to_string(),
                '>' => "&gt;".to_string(),
                '"' => "&quot;".to_string(),
                '\'' => "&#39;".to_string(),
                other => other.to_string(),
            })
            .collect()
    }

    proptest! {
        #[test]
        fn byte_wise_escaping_matches_escaping_each_character(text in "[a-zé<>&\"' ✓\u{1F600}]{0,40}") {
            prop_assert_eq!(super::html(&text), escaped_char_by_char(&text));
        }
    }

    #[test]
    fn markup_and_quotes_are_escaped() {
        assert_eq!(
            super::html("<a href=\"x\" onclick='y'>&"),
            "&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;"
        );
    }
}
