//! Markdown → HTML with pulldown-cmark: fenced code highlighted by syntect as
//! CSS classes (`hl-…`, colours in static/css/highlight.css), raw HTML shown
//! as text unless the dossier allows it, footnote ids prefixed.

use std::sync::LazyLock;

use pulldown_cmark::{html, CodeBlockKind, CowStr, Event, Options, Parser, Tag, TagEnd};
#[cfg(test)]
use syntect::highlighting::ThemeSet;
#[cfg(test)]
use syntect::html::css_for_theme_with_class_style;
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

use super::escape;

/// The class prefix of highlighted tokens.
const CLASS_STYLE: ClassStyle = ClassStyle::SpacedPrefixed { prefix: "hl-" };

/// Loaded on the first code block only: most dossiers have none.
static SYNTAXES: LazyLock<SyntaxSet> = LazyLock::new(SyntaxSet::load_defaults_newlines);

/// Whether raw HTML in the Markdown is passed through or shown as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RawHtml {
    /// Shown as text (the default, and always for captures).
    Escape,
    /// Passed through (trusted curated content, when site.toml allows it).
    Allow,
}

/// Renders Markdown to HTML.
pub fn to_html(markdown: &str, raw_html: RawHtml) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events = Vec::new();
    let mut code: Option<(String, String)> = None;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::CodeBlock(kind)) => {
                let lang = match kind {
                    CodeBlockKind::Fenced(info) => {
                        info.split_whitespace().next().unwrap_or("").to_string()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((lang, String::new()));
            }
            Event::Text(text) if code.is_some() => {
                if let Some((_, body)) = code.as_mut() {
                    body.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((lang, body)) = code.take() {
                    events.push(Event::Html(CowStr::from(highlight(&lang, &body))));
                }
            }
            Event::Html(text) | Event::InlineHtml(text) if raw_html == RawHtml::Escape => {
                events.push(Event::Text(text));
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                events.push(Event::Start(Tag::FootnoteDefinition(
                    format!("fn-{name}").into(),
                )));
            }
            Event::FootnoteReference(name) => {
                events.push(Event::FootnoteReference(format!("fn-{name}").into()))
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if is_script_url(&dest_url) => {
                events.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: "#".into(),
                    title,
                    id,
                }));
            }
            other => events.push(other),
        }
    }
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events.into_iter());
    out
}

/// A line of text as the Markdown renderer writes it inside a paragraph
/// (escaped, with smart punctuation), to find it again in rendered HTML.
pub fn escape_text(text: &str) -> String {
    if renders_as_itself(text) {
        return text.to_string();
    }
    escaped_by_rendering(text)
}

/// `escape_text` the long way, through the Markdown renderer.
fn escaped_by_rendering(text: &str) -> String {
    let html = to_html(text, RawHtml::Escape);
    html.trim_end()
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
        .unwrap_or_default()
        .to_string()
}

/// Whether a line is plain prose that Markdown writes out unchanged: it opens
/// with a letter (no block marker), has no space at either end, and besides
/// letters, digits and single spaces has only punctuation that is neither
/// markup, escaped in HTML, nor made typographic ("..." is, a lone "." is not).
fn renders_as_itself(text: &str) -> bool {
    let opens_with_letter = text
        .chars()
        .next()
        .is_some_and(|c| !c.is_ascii() || c.is_ascii_alphabetic());
    let plain = |byte: &u8| {
        !byte.is_ascii() || byte.is_ascii_alphanumeric() || b" ,;:?()/%@.".contains(byte)
    };
    opens_with_letter
        && !text.ends_with(' ')
        && text.bytes().all(|b| plain(&b))
        && !text.contains("  ")
        && !text.contains("..")
}

fn is_script_url(url: &str) -> bool {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_lowercase();
    lower.starts_with("javascript:")
        || lower.starts_with("vbscript:")
        || lower.starts_with("data:text/html")
}

/// A code block as highlighted HTML (plain, escaped text when the language is unknown).
pub fn highlight(lang: &str, code: &str) -> String {
    let class = if lang.is_empty() {
        String::new()
    } else {
        format!(" data-lang=\"{}\"", escape::html(lang))
    };
    let syntax = (!lang.is_empty())
        .then(|| SYNTAXES.find_syntax_by_token(lang))
        .flatten();
    let Some(syntax) = syntax else {
        return format!(
            "<pre class=\"code\" tabindex=\"0\"{class}><code>{}</code></pre>\n",
            escape::html(code)
        );
    };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(syntax, &SYNTAXES, CLASS_STYLE);
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!(
                "<pre class=\"code\" tabindex=\"0\"{class}><code>{}</code></pre>\n",
                escape::html(code)
            );
        }
    }
    format!(
        "<pre class=\"code hl hl-code\" tabindex=\"0\"{class}><code>{}</code></pre>\n",
        generator.finalize()
    )
}

#[cfg(test)]
/// The stylesheet for highlighted code: a light theme, and a dark one for dark
/// mode, each colour adjusted to keep 4.5:1 contrast on its theme's background.
pub fn highlight_css() -> String {
    let themes = ThemeSet::load_defaults();
    let light = css_for_theme_with_class_style(&themes.themes["InspiredGitHub"], CLASS_STYLE)
        .expect("light theme css");
    let dark = css_for_theme_with_class_style(&themes.themes["base16-ocean.dark"], CLASS_STYLE)
        .expect("dark theme css");
    let light = with_contrast(&light, (255, 255, 255));
    let dark = with_contrast(&dark, (0x2b, 0x30, 0x3b));
    let indent = |css: &str| -> String { css.lines().map(|l| format!("  {l}\n")).collect() };
    // Each theme only in its own scheme, so that no rule of one leaks into the other.
    format!(
        "/* Code highlighting: generated by `dossier` from syntect's InspiredGitHub and base16-ocean.dark themes, colours adjusted for 4.5:1 contrast. */\n@media (prefers-color-scheme: light) {{\n{}}}\n@media (prefers-color-scheme: dark) {{\n{}}}\n",
        indent(&light),
        indent(&dark)
    )
}

#[cfg(test)]
type Rgb = (u8, u8, u8);

#[cfg(test)]
/// Every ` color: #rrggbb` of `css` moved towards black or white (away from
/// `background`) until it has a 4.5:1 contrast ratio with it.
fn with_contrast(css: &str, background: Rgb) -> String {
    css.lines()
        .map(|line| {
            let Some(hex) = line
                .trim()
                .strip_prefix("color: #")
                .and_then(|h| h.strip_suffix(';'))
            else {
                return format!("{line}\n");
            };
            let Some(colour) = parse_hex(hex) else {
                return format!("{line}\n");
            };
            let (r, g, b) = readable(colour, background);
            format!(" color: #{r:02x}{g:02x}{b:02x};\n")
        })
        .collect()
}

#[cfg(test)]
fn parse_hex(hex: &str) -> Option<Rgb> {
    let byte = |i: usize| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok();
    (hex.len() == 6).then_some(())?;
    Some((byte(0)?, byte(2)?, byte(4)?))
}

#[cfg(test)]
/// WCAG relative luminance.
fn luminance((r, g, b): Rgb) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

#[cfg(test)]
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
fn readable(colour: Rgb, background: Rgb) -> Rgb {
    let target = if luminance(background) > 0.5 {
        0.0
    } else {
        255.0
    };
    let mix = |c: u8, t: f64| (f64::from(c) + (t - f64::from(c)) * 0.05).round() as u8;
    let mut colour = colour;
    while contrast(colour, background) < 4.6 {
        colour = (
            mix(colour.0, target),
            mix(colour.1, target),
            mix(colour.2, target),
        );
    }
    colour
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prose_with_markup_characters_is_rendered() {
        let marked = [
            "a *1* b",
            "a _1_ b",
            "a & b",
            "a < b",
            "a > b",
            "a \"b\"",
            "a 'b'",
            "a `b`",
            "a ~~b~~",
            "a [b](c)",
            "a ![b](c)",
            "a \\* b",
            "a \\. b",
            "a -- b",
            "a ... b",
            "a  b",
            "a #b",
            "a | b",
            "a b ",
            "1. a",
            "# a",
            "- a",
            "a\nb",
            "a\tb",
        ];
        for text in marked {
            assert_eq!(escape_text(text), escaped_by_rendering(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn prose_taken_as_it_is_renders_as_itself(text in proptest::prop_oneof![
            "[aZ1 ,;:?()/%@.é“\u{a0}]{1,16}",
            // Prose with a character or two that Markdown may take as markup.
            "a[a1 .]{0,3}[-*_'\"&<>`~!#\\[\\]]{1,2}[a1 .]{0,3}[-*_'\"&<>`~!#\\[\\]]?[a1]{0,2}",
        ]) {
            if renders_as_itself(&text) {
                proptest::prop_assert_eq!(text.clone(), escaped_by_rendering(&text));
            }
            proptest::prop_assert_eq!(escape_text(&text), escaped_by_rendering(&text));
        }
    }

    #[test]
    fn fenced_code_is_highlighted_with_prefixed_classes() {
        let html = to_html("```rust\nfn main() {}\n```\n", RawHtml::Escape);
        assert!(
            html.contains("<pre class=\"code hl hl-code\" tabindex=\"0\" data-lang=\"rust\">"),
            "{html}"
        );
        assert!(html.contains("class=\"hl-"), "{html}");
    }

    #[test]
    fn unknown_languages_are_plain_escaped_code() {
        let html = to_html("```nosuchlang\n<b>x</b>\n```\n", RawHtml::Escape);
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;"), "{html}");
    }

    #[test]
    fn text_is_escaped_as_the_renderer_writes_it() {
        assert_eq!(escape_text("don't <b> & go"), "don’t &lt;b&gt; &amp; go");
        assert_eq!(
            escape_text("Kami siap, katanya... lalu pergi"),
            "Kami siap, katanya… lalu pergi"
        );
        let html = to_html("He said \"don't <b> & go\" today.", RawHtml::Escape);
        assert!(html.contains(&escape_text("don't <b> & go")));
    }

    #[test]
    fn raw_html_is_text_unless_allowed() {
        assert!(to_html("a <script>alert(1)</script>", RawHtml::Escape).contains("&lt;script&gt;"));
        assert!(to_html("<div>x</div>", RawHtml::Allow).contains("<div>x</div>"));
    }

    #[test]
    fn script_links_are_neutralised() {
        let html = to_html("[x](javascript:alert(1))", RawHtml::Escape);
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn highlight_colours_are_readable_on_their_background() {
        let css = highlight_css();
        let (light, dark) = css
            .split_once("@media (prefers-color-scheme: dark)")
            .unwrap();
        for (part, background) in [(light, (255, 255, 255)), (dark, (0x2b, 0x30, 0x3b))] {
            for hex in part
                .lines()
                .filter_map(|l| l.trim().strip_prefix("color: #"))
            {
                let colour = parse_hex(hex.trim_end_matches(';')).unwrap();
                assert!(contrast(colour, background) >= 4.5, "#{hex}");
            }
        }
        assert!(
            contrast(
                readable((0xcc, 0xcc, 0xcc), (255, 255, 255)),
                (255, 255, 255)
            ) >= 4.5
        );
    }

    #[test]
    fn committed_highlight_css_is_the_generated_one() {
        let committed = include_str!("../../static/css/highlight.css");
        assert_eq!(
            committed,
            highlight_css(),
            "run `cargo test -- --ignored write_highlight_css` to regenerate"
        );
    }

    #[test]
    #[ignore = "writes static/css/highlight.css"]
    fn write_highlight_css() {
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/static/css/highlight.css"),
            highlight_css(),
        )
        .unwrap();
    }
}
