//! Paragraph text → the direct quotes in it: where each opens and closes, and
//! whether it is a quoted statement or a quoted phrase. Who said it is the
//! speaker module's job.

use std::ops::Range;

use super::lexicon::Class;
use super::names::Words;
use super::QuoteKind;
use crate::swar;

/// A quote found in a paragraph, by byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct QuoteSpan {
    /// From the opening mark to just after the closing mark (or the paragraph's
    /// end when the quote runs on into the next paragraph).
    pub outer: Range<usize>,
    /// The words between the marks.
    pub inner: Range<usize>,
    /// Opened with a single mark (‘ or ').
    pub single: bool,
    /// Never closed: the quote runs on into the next paragraph.
    pub unclosed: bool,
}

/// Pairs of double marks: opening, closing.
const DOUBLE_MARKS: &[(char, char)] = &[('“', '”'), ('„', '“'), ('«', '»'), ('"', '"')];

/// Finds the quotes of a paragraph. Double marks (“…”, "…", «…», „…“) are
/// looked for first; single marks (‘…’, '…') only outside them, and only where
/// they cannot be apostrophes. A double quote that opens the paragraph and is
/// never closed runs to the paragraph's end (the convention for a quote that
/// continues in the next paragraph).
pub(crate) fn find(text: &str) -> Vec<QuoteSpan> {
    let mut spans = Vec::new();
    let mut i = 0;
    while let Some((open, c)) = marks_from(text, i)
        .find(|&(at, c)| is_double_opener(text, at, c) || is_single_opener(text, at, c))
    {
        let inner_start = open + c.len_utf8();
        let single = !DOUBLE_MARKS.iter().any(|(o, _)| *o == c);
        let close = if single {
            find_single_closer(text, inner_start)
        } else {
            find_double_closer(text, inner_start, c)
        };
        match close {
            Some((inner_end, outer_end))
                if inner_end > inner_start && !is_nickname(text, open..outer_end) =>
            {
                spans.push(QuoteSpan {
                    outer: open..outer_end,
                    inner: inner_start..inner_end,
                    single,
                    unclosed: false,
                });
                i = outer_end;
            }
            None if !single && text[..open].trim().is_empty() => {
                spans.push(QuoteSpan {
                    outer: open..text.len(),
                    inner: inner_start..text.len(),
                    single,
                    unclosed: true,
                });
                break;
            }
            _ => i = inner_start,
        }
    }
    spans
}

/// Whether quote marks at `outer` hold a nickname inside a name, not a
/// quote: one capitalised word between two capitalised words, a space on
/// each side (`Joko "Jokowi" Widodo`).
fn is_nickname(text: &str, outer: Range<usize>) -> bool {
    let capitalised_word = |word: &str| {
        word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let Some(before) = text[..outer.start].strip_suffix(' ') else {
        return false;
    };
    let Some(after) = text[outer.end..].strip_prefix(' ') else {
        return false;
    };
    let mut inside = text[outer.clone()].chars();
    inside.next();
    inside.next_back();
    let word_before = before.rsplit(' ').next().unwrap_or_default();
    let word_after = after.split([' ', ',', '.']).next().unwrap_or_default();
    capitalised_word(inside.as_str())
        && capitalised_word(word_before)
        && capitalised_word(word_after)
}

/// The first bytes of the marks in UTF-8 (`'` as well: an apostrophe may be
/// a single mark). A test checks that every mark starts with one of them.
const MARK_FIRST_BYTES: [u8; 4] = [b'"', b'\'', 0xE2, 0xC2];

/// The characters from byte `from` on that may be quote marks, with their
/// offsets: those whose first byte is a mark's. The text is scanned eight
/// bytes at a time for those bytes; nothing else is decoded.
fn marks_from(text: &str, from: usize) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut next = from;
    std::iter::from_fn(move || {
        let at = next + first_mark_byte(&text.as_bytes()[next..])?;
        let c = text[at..]
            .chars()
            .next()
            .expect("a mark's first byte starts a char");
        next = at + c.len_utf8();
        Some((at, c))
    })
}

/// The offset of the first byte that is a mark's first byte.
fn first_mark_byte(bytes: &[u8]) -> Option<usize> {
    let flags =
        |word| (MARK_FIRST_BYTES.iter()).fold(0, |flags, &byte| flags | swar::equal_to(word, byte));
    match swar::first_in_whole_words(bytes, flags) {
        Ok(at) => Some(at),
        Err(rest) => (bytes[rest..].iter())
            .position(|b| MARK_FIRST_BYTES.contains(b))
            .map(|offset| rest + offset),
    }
}

fn char_before(text: &str, at: usize) -> Option<char> {
    text[..at].chars().next_back()
}

fn char_after(text: &str, at: usize, c: char) -> Option<char> {
    text[at + c.len_utf8()..].chars().next()
}

fn opens_after(previous: Option<char>) -> bool {
    previous.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':'))
}

fn is_double_opener(text: &str, at: usize, c: char) -> bool {
    match c {
        '“' | '«' | '„' => char_after(text, at, c).is_some_and(|n| !n.is_whitespace()),
        '"' => {
            opens_after(char_before(text, at))
                && char_after(text, at, c).is_some_and(|n| !n.is_whitespace())
        }
        _ => false,
    }
}

fn is_single_opener(text: &str, at: usize, c: char) -> bool {
    matches!(c, '‘' | '\'')
        && opens_after(char_before(text, at))
        && char_after(text, at, c).is_some_and(char::is_alphabetic)
}

fn closes_before(next: Option<char>) -> bool {
    next.is_none_or(|n| !n.is_alphanumeric())
}

/// (end of the inner text, end of the closing mark).
fn find_double_closer(text: &str, from: usize, opener: char) -> Option<(usize, usize)> {
    let closer = DOUBLE_MARKS.iter().find(|(o, _)| *o == opener)?.1;
    let (at, c) = marks_from(text, from).find(|&(at, c)| {
        (c == closer || (opener == '“' && c == '"'))
            && closes_before(char_after(text, at, c))
            && !char_before(text, at).is_some_and(char::is_whitespace)
    })?;
    Some((at, at + c.len_utf8()))
}

fn find_single_closer(text: &str, from: usize) -> Option<(usize, usize)> {
    let (at, c) = marks_from(text, from).find(|&(at, c)| {
        matches!(c, '’' | '\'')
            && closes_before(char_after(text, at, c))
            && !char_before(text, at).is_some_and(char::is_whitespace)
    })?;
    Some((at, at + c.len_utf8()))
}

/// Whether a quote is a statement ("speech") or a phrase worked into the
/// sentence ("partial"). A statement starts with a capital and has two words or
/// more, and either opens its sentence, follows a colon or comma, or ends with
/// its own punctuation inside the marks. A title inside a sentence is a
/// phrase, even with the sentence's comma inside its marks: `signed the
/// "Treaty on Comprehensive Strategic Partnership," which …`.
pub(crate) fn kind(words: &Words<'_>, span: &QuoteSpan, sentence: &Range<usize>) -> QuoteKind {
    let text = words.text;
    let inner = text[span.inner.clone()].trim();
    let capital = inner
        .trim_start_matches(['.', '…', '(', '['])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let count = inner.split_whitespace().count();
    let lead_in = text[sentence.start..span.outer.start].trim_end();
    let opens_sentence = lead_in.trim_matches(['—', '–', '-', ' ']).is_empty();
    let introduced = lead_in.ends_with([':', ',']);
    let punctuated = inner.ends_with(['.', ',', '!', '?', '…']);
    let statement = capital && count >= 2 && (opens_sentence || introduced || punctuated);
    // A title keeps a sentence's full stop inside its marks when no colon
    // or comma introduces it: `which the North calls "Victory Day."`.
    let a_title = || {
        let own_punctuation = introduced && inner.ends_with(['.', '!', '?', '…']);
        !opens_sentence && !own_punctuation && is_title_cased(words, span)
    };
    if span.unclosed || (statement && !a_title()) {
        QuoteKind::Speech
    } else {
        QuoteKind::Partial
    }
}

/// Whether the words between a quote's marks are written as a title: two
/// capitalised words or more, and no other word but function words and
/// numbers ("Treaty on Comprehensive Strategic Partnership", "Perjanjian
/// tentang Kemitraan Strategis").
fn is_title_cased(words: &Words<'_>, span: &QuoteSpan) -> bool {
    let first = (words.tokens).partition_point(|t| t.start < span.inner.start);
    let end = (words.tokens).partition_point(|t| t.end <= span.inner.end);
    let inside = first..end.max(first);
    let capitalised = inside.clone().filter(|&i| words.is_capitalised(i)).count();
    let other_words_are_minor = inside.clone().all(|i| {
        words.is_capitalised(i)
            || words.class(i).has(Class::FUNCTION_WORD)
            || words.word(i).bytes().all(|b| b.is_ascii_digit())
    });
    capitalised >= 2 && other_words_are_minor
}

/// Whether a quoted phrase names a term rather than reports words someone
/// said: it follows a term marker ("istilah", "so-called", "dubbed"), or its
/// sentence has no speech verb, no "according to" and no person or pronoun as
/// its subject.
pub(crate) fn is_term(
    words: &Words<'_>,
    span: &QuoteSpan,
    sentence: &Range<usize>,
    sentence_has_speaker: bool,
) -> bool {
    let before: Vec<usize> = (0..words.tokens.len())
        .filter(|&i| {
            words.tokens[i].end <= span.outer.start && words.tokens[i].start >= sentence.start
        })
        .collect();
    let marked = before
        .iter()
        .rev()
        .take(2)
        .any(|&i| words.class(i).has(Class::TERM_MARKER));
    marked || !sentence_has_speaker
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn marks_are_every_character_that_starts_as_a_mark_does(
            text in "[a-z “”„«»‘’'\"é,.—…\u{a0}\u{c0}\u{e000}]{0,40}",
            from in 0usize..40,
        ) {
            let from = (0..=from.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap();
            let starts_as_a_mark = |c: char| {
                let mut first = [0; 4];
                c.encode_utf8(&mut first);
                MARK_FIRST_BYTES.contains(&first[0])
            };
            let expected: Vec<(usize, char)> = text[from..]
                .char_indices()
                .map(|(o, c)| (from + o, c))
                .filter(|&(_, c)| starts_as_a_mark(c))
                .collect();
            proptest::prop_assert_eq!(marks_from(&text, from).collect::<Vec<_>>(), expected);
        }
    }

    /// Every quote mark the finder knows, double and single.
    const MARKS: [char; 8] = ['“', '”', '„', '«', '»', '"', '‘', '’'];

    #[test]
    fn every_mark_and_the_apostrophe_start_with_a_byte_the_scan_looks_for() {
        for c in MARKS.iter().chain(&['\'']) {
            let mut first = [0; 4];
            c.encode_utf8(&mut first);
            assert!(MARK_FIRST_BYTES.contains(&first[0]), "{c}");
        }
        let in_finder = DOUBLE_MARKS.iter().flat_map(|&(open, close)| [open, close]);
        assert!(in_finder.chain(['‘', '’']).all(|c| MARKS.contains(&c)));
    }

    fn quoted(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| &text[s.inner]).collect()
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quote() {
        assert!(quoted("President Joko \"Jokowi\" Widodo spoke.").is_empty());
        assert!(quoted("Presiden Joko “Jokowi” Widodo berbicara.").is_empty());
        assert_eq!(
            quoted("He called it \"Historic\" and left; Putin said \"Yes\" Kim nodded."),
            ["Historic", "Yes"],
            "a capitalised word on only one side, or none"
        );
    }

    #[test]
    fn curly_straight_and_guillemet_quotes_are_found() {
        assert_eq!(
            quoted("“Kami datang,” kata dia. \"We left,\" he said. «Nous», dit-il."),
            ["Kami datang,", "We left,", "Nous"]
        );
    }

    #[test]
    fn single_marks_are_quotes_only_where_they_cannot_be_apostrophes() {
        assert_eq!(
            quoted("Pompeo menyebut 'kemajuan nyata' pada Jum'at di Korea's capital."),
            ["kemajuan nyata"]
        );
        assert_eq!(
            quoted("Dia menyalahkan ‘permusuhan’ Korea."),
            ["permusuhan"]
        );
        assert_eq!(
            quoted("It was the Kims' rule, don't forget."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn single_marks_inside_a_double_quote_belong_to_it() {
        assert_eq!(
            quoted("“Dia bilang ‘tidak’ kepada kami,” kata Ali."),
            ["Dia bilang ‘tidak’ kepada kami,"]
        );
    }

    #[test]
    fn a_quote_opening_a_paragraph_and_never_closed_runs_to_its_end() {
        assert_eq!(
            quoted("“We will go on. We will not stop."),
            ["We will go on. We will not stop."]
        );
        assert_eq!(quoted("He said “never and left."), Vec::<&str>::new());
    }

    fn kind_of(text: &str) -> QuoteKind {
        let span = find(text).remove(0);
        kind(&Words::new(text, &[]), &span, &(0..text.len()))
    }

    #[test]
    fn statements_and_phrases_are_told_apart() {
        assert_eq!(kind_of("“Kami datang,” kata Putin."), QuoteKind::Speech);
        assert_eq!(
            kind_of("Ia menambahkan, “Rusia berniat membantu.”"),
            QuoteKind::Speech
        );
        assert_eq!(
            kind_of("He said: \"We will win\" and left."),
            QuoteKind::Speech
        );
        assert_eq!(
            kind_of("Dia menjanjikan “dukungan penuh dan solidaritas” Moskow."),
            QuoteKind::Partial
        );
        assert_eq!(kind_of("He called it \"a disaster.\""), QuoteKind::Partial);
        assert_eq!(
            kind_of("They backed the \"Peace Plan\" today."),
            QuoteKind::Partial
        );
    }

    #[test]
    fn a_title_with_the_sentence_s_comma_inside_its_marks_is_a_phrase() {
        let titles = [
            "They signed the \"Treaty on Comprehensive Strategic Partnership,\" which binds both.",
            "Keduanya meneken “Perjanjian tentang Kemitraan Strategis 2024,” yang mengikat.",
            "They marked the end of the war, which the North calls \"Victory Day.\"",
        ];
        for text in titles {
            assert_eq!(kind_of(text), QuoteKind::Partial, "{text}");
        }
        let statements = [
            "\"Treaty Partners Forever,\" he said.",
            "He added, \"Long Live Korea.\"",
            "She said the \"Talks went well, and we will meet again,\" and left.",
        ];
        for text in statements {
            assert_eq!(kind_of(text), QuoteKind::Speech, "{text}");
        }
    }
}
