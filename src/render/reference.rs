//! src/render/context.rs → the "Context reference" of docs/templates.md: one
//! table per context struct with each field's name, type and doc comment, so
//! that the documentation lists every field and cannot fall behind the code.
//! A test compares the committed section with this output.

/// Where the generated reference starts in docs/templates.md; it runs to the end.
pub const MARKER: &str = "<!-- context reference: generated from src/render/context.rs -->";

/// The type of a field as template authors see it.
fn readable_type(rust: &str) -> String {
    let t = rust
        .trim()
        .replace("&'static ", "")
        .replace("&'a ", "")
        .replace("<'a>", "")
        .replace("&'a", "");
    // A shared part reads as the struct it was made from.
    if let Some(inner) = t.strip_prefix("Shared<").and_then(|i| i.strip_suffix('>')) {
        return readable_type(inner);
    }
    if let Some(inner) = t.strip_prefix("Option<").and_then(|i| i.strip_suffix('>')) {
        return format!("{} or null", readable_type(inner));
    }
    if let Some(inner) = t.strip_prefix("Vec<").and_then(|i| i.strip_suffix('>')) {
        return format!("list of {}", readable_type(inner));
    }
    if let Some(inner) = t.strip_prefix('[').and_then(|i| i.strip_suffix(']')) {
        return format!("list of {}", readable_type(inner));
    }
    match t.as_str() {
        "str" | "String" | "QuoteKind" => "string".into(),
        "bool" => "bool".into(),
        "usize" => "integer".into(),
        "Publisher" => "`{name, url}`".into(),
        "Strings" => "UI strings".into(),
        other => format!("`{other}`"),
    }
}

/// The reference section for the given source of context.rs.
pub fn generate(source: &str) -> String {
    let mut out = format!("{MARKER}\n");
    let mut doc: Vec<String> = Vec::new();
    let mut in_struct = false;
    for line in source.lines() {
        let trimmed = line.trim();
        if let Some(text) = trimmed.strip_prefix("///") {
            doc.push(text.trim().to_string());
        } else if let Some(rest) = trimmed.strip_prefix("pub struct ") {
            let name = rest.split(['<', ' ']).next().unwrap_or(rest);
            out.push_str(&format!(
                "\n### `{name}`\n\n{}\n\n| field | type | meaning |\n| --- | --- | --- |\n",
                doc.join(" ")
            ));
            in_struct = true;
            doc.clear();
        } else if in_struct && trimmed.starts_with("pub ") {
            let field = trimmed.trim_start_matches("pub ").trim_end_matches(',');
            if let Some((name, rust)) = field.split_once(": ") {
                out.push_str(&format!(
                    "| `{name}` | {} | {} |\n",
                    readable_type(rust),
                    doc.join(" ").replace('|', "\\|")
                ));
            }
            doc.clear();
        } else if trimmed == "}" {
            in_struct = false;
            doc.clear();
        } else if !trimmed.starts_with("#[") {
            doc.clear();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOCS: &str = include_str!("../../docs/templates.md");

    fn generated() -> String {
        generate(include_str!("context.rs"))
    }

    #[test]
    fn types_read_as_template_authors_see_them() {
        assert_eq!(readable_type("Option<&'a str>"), "string or null");
        assert_eq!(
            readable_type("Vec<ArticleCard<'a>>"),
            "list of `ArticleCard`"
        );
        assert_eq!(readable_type("&'a [String]"), "list of string");
        assert_eq!(
            readable_type("Option<Shared<ArticleCard<'a>>>"),
            "`ArticleCard` or null"
        );
        assert_eq!(readable_type("Shared<Strings>"), "UI strings");
        assert_eq!(readable_type("usize"), "integer");
    }

    #[test]
    fn every_context_field_is_in_the_template_docs() {
        let (_, committed) = DOCS
            .split_once(MARKER)
            .expect("the marker is in docs/templates.md");
        assert_eq!(
            format!("{MARKER}{committed}"),
            generated(),
            "run `cargo test -- --ignored write_template_reference` to regenerate"
        );
        assert!(generated().contains("| `speaker_url` | string or null |"));
    }

    #[test]
    #[ignore = "writes the reference section of docs/templates.md"]
    fn write_template_reference() {
        let (head, _) = DOCS
            .split_once(MARKER)
            .expect("the marker is in docs/templates.md");
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/docs/templates.md"),
            format!("{head}{}", generated()),
        )
        .unwrap();
    }
}
