//! Emitted front matter → its YAML text, byte for byte what serde_yaml writes,
//! without going through serde_yaml's general emitter for every scalar: a
//! value that can stand plain is written as it is, any other is quoted by
//! serde_yaml itself, and a front matter with a multi-line value is left to
//! serde_yaml whole. A property test holds the two to the same text.

use serde::Serialize;

use super::{EmittedCaption, EmittedEntity, EmittedEvent, EmittedFrontMatter, EmittedQuote};

/// A value this writer leaves to serde_yaml: one that spans lines.
struct SpansLines;

type Written = Result<(), SpansLines>;

/// Appends the YAML of a front matter, ending with a newline, to `out`.
pub(super) fn push_front_matter(out: &mut String, fm: &EmittedFrontMatter<'_>) {
    let start = out.len();
    if let Err(SpansLines) = write_front_matter(out, fm) {
        out.truncate(start);
        out.push_str(&serde_yaml::to_string(fm).expect("front matter serialises"));
    }
}

fn write_front_matter(out: &mut String, fm: &EmittedFrontMatter<'_>) -> Written {
    field(out, "", "title", fm.title)?;
    optional(out, "date", fm.date.as_deref())?;
    optional(out, "outlet", fm.outlet)?;
    optional(out, "author", fm.author)?;
    optional(out, "dateline", fm.dateline)?;
    optional(out, "url", fm.url)?;
    field(out, "", "lang", fm.lang)?;
    optional(out, "slug", fm.slug)?;
    optional(out, "description", fm.description)?;
    if !fm.tags.is_empty() {
        strings(out, "tags", fm.tags.iter().map(String::as_str))?;
    }
    if !fm.inferred.is_empty() {
        strings(out, "inferred", fm.inferred.iter().copied())?;
    }
    if !fm.captions.is_empty() {
        records(out, "captions", &fm.captions, caption)?;
    }
    records(out, "quotes", &fm.quotes, quote)?;
    records(out, "entities", &fm.entities, entity)?;
    records(out, "events", &fm.events, event)?;
    strings(out, "related", fm.related.iter().copied())
}

fn caption(out: &mut String, c: &EmittedCaption<'_>) -> Written {
    field(out, "- ", "text", c.text)?;
    if let Some(credit) = c.credit {
        field(out, "  ", "credit", credit)?;
    }
    out.push_str(&format!("  position: {}\n", c.position));
    Ok(())
}

fn quote(out: &mut String, q: &EmittedQuote<'_>) -> Written {
    field(out, "- ", "text", q.text)?;
    match q.speaker {
        None => out.push_str("  speaker: null\n"),
        Some(name) => field(out, "  ", "speaker", name)?,
    }
    field(out, "  ", "kind", q.kind.as_str())?;
    if let Some(verb) = q.verb {
        field(out, "  ", "verb", verb)?;
    }
    Ok(())
}

fn entity(out: &mut String, e: &EmittedEntity<'_>) -> Written {
    field(out, "- ", "name", e.name)?;
    field(out, "  ", "kind", e.kind.as_str())
}

fn event(out: &mut String, e: &EmittedEvent<'_>) -> Written {
    field(out, "- ", "date", e.date)?;
    field(out, "  ", "label", e.label)
}

/// `key: value` on a line of its own, after `lead` ("", "- " or "  ").
fn field(out: &mut String, lead: &str, key: &str, value: &str) -> Written {
    out.push_str(lead);
    out.push_str(key);
    out.push_str(": ");
    scalar(out, value)?;
    out.push('\n');
    Ok(())
}

fn optional(out: &mut String, key: &str, value: Option<&str>) -> Written {
    value.map_or(Ok(()), |v| field(out, "", key, v))
}

/// A list of strings, one `- item` per line, or `[]`.
fn strings<'s>(
    out: &mut String,
    key: &str,
    items: impl ExactSizeIterator<Item = &'s str>,
) -> Written {
    out.push_str(key);
    if items.len() == 0 {
        out.push_str(": []\n");
        return Ok(());
    }
    out.push_str(":\n");
    for item in items {
        out.push_str("- ");
        scalar(out, item)?;
        out.push('\n');
    }
    Ok(())
}

/// A list of records, each written by `write`, or `[]`.
fn records<T>(
    out: &mut String,
    key: &str,
    items: &[T],
    write: fn(&mut String, &T) -> Written,
) -> Written {
    out.push_str(key);
    if items.is_empty() {
        out.push_str(": []\n");
        return Ok(());
    }
    out.push_str(":\n");
    items.iter().try_for_each(|item| write(out, item))
}

/// A string value: plain when it can stand plain, single-quoted when it
/// opens with a double quote, else quoted by serde_yaml.
fn scalar(out: &mut String, value: &str) -> Written {
    // A printable value holds no break: the break is looked for only in the
    // others.
    let printable = all_printable(value);
    if !printable && has_break(value) {
        return Err(SpansLines);
    }
    if printable && stands_plain(value) {
        out.push_str(value);
    } else if printable && value.starts_with('"') {
        // It cannot stand plain (`"` starts a quoted scalar), and serde_yaml
        // writes it single-quoted.
        out.push('\'');
        out.push_str(&value.replace('\'', "''"));
        out.push('\'');
    } else {
        let quoted = serde_yaml::to_string(&Quoted(value)).expect("a string serialises");
        out.push_str(quoted.trim_end_matches('\n'));
    }
    Ok(())
}

/// Serialises as the string it holds (so that serde_yaml picks its style).
#[derive(Serialize)]
#[serde(transparent)]
struct Quoted<'s>(&'s str);

/// Characters YAML reads as a line break.
fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Whether serde_yaml certainly writes `value`, all printable characters,
/// plain: it starts with a letter or digit, has no `: ` or ` #` and no space
/// at either end, and reads back as a string (not a number, a bool or null).
/// Anything else is left to serde_yaml, so that a mistake here can only cost
/// time, never change the text.
fn stands_plain(value: &str) -> bool {
    debug_assert!(all_printable(value));
    let Some(first) = value.chars().next() else {
        return false;
    };
    let starts_well = first.is_ascii_alphabetic() || (!first.is_ascii() && first.is_alphabetic());
    let starts_as_date =
        first.is_ascii_digit() && (is_month_or_day(value.as_bytes()) || is_dated_slug(value));
    (starts_well || starts_as_date)
        && !value.ends_with([' ', ':'])
        && !has_comment_or_mapping_mark(value)
        && !reads_as_other_than_string(value)
}

/// Whether a value holds a line break; ASCII is checked byte-wise.
fn has_break(value: &str) -> bool {
    match value.is_ascii() {
        true => memchr::memchr2(b'\n', b'\r', value.as_bytes()).is_some(),
        false => value.chars().any(is_break),
    }
}

/// Whether every character is printable: printable ASCII is checked
/// byte-wise, and characters are decoded only when a byte is anything else.
fn all_printable(value: &str) -> bool {
    // Folded without stopping early, which the compiler turns into a loop
    // over many bytes at once.
    let printable_ascii =
        !(value.bytes()).fold(false, |other, b| other | !matches!(b, b' '..=b'~'));
    printable_ascii || value.chars().all(is_printable)
}

/// Whether a value holds `: ` (a mapping) or ` #` (a comment).
fn has_comment_or_mapping_mark(value: &str) -> bool {
    let bytes = value.as_bytes();
    memchr::memchr2_iter(b':', b'#', bytes).any(|at| match bytes[at] {
        b':' => bytes.get(at + 1) == Some(&b' '),
        _ => at > 0 && bytes[at - 1] == b' ',
    })
}

/// "YYYY-MM" or "YYYY-MM-DD".
fn is_month_or_day(bytes: &[u8]) -> bool {
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    match bytes.len() {
        7 => digits(0..4) && bytes[4] == b'-' && digits(5..7),
        10 => digits(0..4) && bytes[4] == b'-' && digits(5..7) && bytes[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// An article slug that starts with its date: "2019-04-25-putin-kim". No
/// YAML type reads it (a timestamp would need "T" or a space after the day).
fn is_dated_slug(value: &str) -> bool {
    let bytes = value.as_bytes();
    let slug_byte = |b: &u8| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-';
    bytes.len() > 11
        && is_month_or_day(&bytes[..10])
        && bytes[10] == b'-'
        && bytes[11..].iter().all(slug_byte)
        && bytes.last().is_some_and(u8::is_ascii_alphanumeric)
}

/// Printable in YAML's sense, tab and breaks excluded.
fn is_printable(c: char) -> bool {
    matches!(c, ' '..='~') || (c >= '\u{a0}' && c != '\u{feff}' && !is_break(c))
}

/// Words YAML (1.1 or 1.2) may read as a bool, null or number.
fn reads_as_other_than_string(value: &str) -> bool {
    const WORDS: &[&str] = &[
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf", "infinity",
    ];
    value.len() <= 8 && WORDS.iter().any(|w| w.eq_ignore_ascii_case(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::front_matter::{EntityKind, QuoteKind};
    use proptest::prelude::*;

    /// Text with what YAML treats specially: indicators at the start, `: `,
    /// ` #`, quotes, tabs, breaks, numbers, bools, dates, non-ASCII letters.
    fn tricky() -> impl Strategy<Value = String> {
        const PIECES: &[&str] = &[
            " ",
            ": ",
            " #",
            "#",
            ":",
            "-",
            "- ",
            "?",
            "'",
            "\"",
            "\t",
            "\n",
            "\\",
            ",",
            "[",
            "]",
            "{",
            "}",
            "&",
            "*",
            "!",
            "|",
            ">",
            "%",
            "@",
            "`",
            "“",
            "”",
            "…",
            "é",
            "京",
            "0",
            "12",
            "2019",
            "-04",
            "true",
            "No",
            "null",
            "~",
            "0x1F",
            "1e5",
            ".inf",
            "---",
            "...",
            "\u{85}",
            "\u{feff}",
            "\u{a0}",
            "2019-04-25",
            "2019-04-25-",
            "-25",
            "-kim",
            "t",
        ];
        let piece = prop_oneof![
            3 => "[A-Za-z]{1,6}",
            4 => proptest::sample::select(PIECES).prop_map(str::to_string),
        ];
        proptest::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
    }

    fn optional() -> impl Strategy<Value = Option<String>> {
        proptest::option::of(tricky())
    }

    /// A quote's text, speaker, whether it is a statement, and verb.
    type Quote = (String, Option<String>, bool, Option<String>);

    fn quote() -> impl Strategy<Value = Quote> {
        (tricky(), optional(), any::<bool>(), optional())
    }

    fn emitted_quote((text, speaker, speech, verb): &Quote) -> EmittedQuote<'_> {
        EmittedQuote {
            text,
            speaker: speaker.as_deref(),
            kind: if *speech {
                QuoteKind::Speech
            } else {
                QuoteKind::Partial
            },
            verb: verb.as_deref(),
        }
    }

    #[allow(clippy::type_complexity)]
    fn scalars() -> impl Strategy<Value = (String, Vec<Option<String>>, Vec<String>, Vec<String>)> {
        (
            tricky(),
            proptest::collection::vec(optional(), 7),
            proptest::collection::vec(tricky(), 0..3),
            proptest::collection::vec(tricky(), 0..3),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_front_matter_reads_as_serde_yaml_writes_it(
            (title, fields, tags, related) in scalars(),
            quotes in proptest::collection::vec(quote(), 0..3),
            captions in proptest::collection::vec((tricky(), optional(), 0usize..40), 0..2),
            names in proptest::collection::vec((tricky(), any::<bool>()), 0..3),
            events in proptest::collection::vec((tricky(), tricky()), 0..3),
            inferred in any::<bool>(),
        ) {
            let fm = EmittedFrontMatter {
                title: &title,
                date: fields[0].clone(),
                outlet: fields[1].as_deref(),
                author: fields[2].as_deref(),
                dateline: fields[3].as_deref(),
                url: fields[4].as_deref(),
                lang: fields[5].as_deref().unwrap_or("id"),
                slug: fields[6].as_deref(),
                description: fields[0].as_deref(),
                tags: &tags,
                inferred: if inferred { vec!["title", "date"] } else { vec![] },
                captions: captions
                    .iter()
                    .map(|(text, credit, position)| EmittedCaption {
                        text,
                        credit: credit.as_deref(),
                        position: *position,
                    })
                    .collect(),
                quotes: quotes.iter().map(emitted_quote).collect(),
                entities: names
                    .iter()
                    .map(|(name, person)| EmittedEntity {
                        name,
                        kind: if *person { EntityKind::Person } else { EntityKind::Place },
                    })
                    .collect(),
                events: events
                    .iter()
                    .map(|(date, label)| EmittedEvent { date, label })
                    .collect(),
                related: related.iter().map(String::as_str).collect(),
            };
            let mut written = String::from("---\n");
            push_front_matter(&mut written, &fm);
            prop_assert_eq!(written, format!("---\n{}", serde_yaml::to_string(&fm).unwrap()));
        }
    }

    proptest! {
        #[test]
        fn dated_slugs_are_written_as_serde_yaml_writes_them(
            slug in "[0-9]{4}-[0-9]{2}-[0-9]{2}(-[a-z0-9tTe.:_ -]{0,12})?"
        ) {
            let mut out = String::new();
            prop_assert!(scalar(&mut out, &slug).is_ok());
            let written = serde_yaml::to_string(&slug).unwrap();
            prop_assert_eq!(out.as_str(), written.trim_end_matches('\n'));
        }
    }

    /// Whether `scalar` writes `value` plain without asking serde_yaml.
    fn written_plain(value: &str) -> bool {
        all_printable(value) && stands_plain(value)
    }

    #[test]
    fn plain_values_are_the_common_ones() {
        for plain in [
            "Kim Jong-un",
            "2019-04-25",
            "2019-04",
            "Menurut",
            "Putin (kiri)",
            "2019-04-25-putin-kim-bertemu",
        ] {
            assert!(written_plain(plain), "{plain}");
        }
        for quoted in [
            "",
            "2019",
            "true",
            "- a",
            "a: b",
            "a #b",
            "“Kami”",
            " a",
            "a\tb",
        ] {
            assert!(!written_plain(quoted), "{quoted}");
        }
    }
}
