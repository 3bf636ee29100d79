//! Paragraph text → words and sentences with their byte offsets. The quote
//! finder and the speaker rules work on these, so every rule sees the same
//! word boundaries.

use crate::lang;
use std::ops::Range;

/// A word: a byte range of the paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Token {
    /// The word's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Splits text into words: letters and digits, joined by inner hyphens,
/// apostrophes and dots ("Jong-un", "Jum'at", "12.00").
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::with_capacity(text.len() / 6);
    let mut i = 0;
    while i < bytes.len() {
        let width = match BYTE_CLASS[usize::from(bytes[i])] {
            ByteClass::LetterOrDigit => 1,
            ByteClass::OtherAscii | ByteClass::Joiner => {
                i += 1;
                continue;
            }
            ByteClass::NotAscii => {
                let (c, width) = char_at(text, i);
                if !c.is_alphanumeric() {
                    i += width;
                    continue;
                }
                width
            }
        };
        let start = i;
        i = word_end(text, i + width);
        tokens.push(Token { start, end: i });
    }
    tokens
}

/// The pieces of `text` between runs of whitespace, as `str::split_whitespace`
/// gives them, found a byte at a time: a character is decoded only when its
/// first byte may start one of the spaces beyond ASCII.
pub(crate) fn whitespace_words(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            match space_width(text, at) {
                0 => break,
                width => at += width,
            }
        }
        let start = at;
        while at < text.len() && space_width(text, at) == 0 {
            at += 1;
        }
        (at > start).then(|| &text[start..at])
    })
}

/// The width of the whitespace character at byte i, or 0 when there is none
/// (also inside a character). Beyond ASCII, every White_Space character
/// starts with one of the four bytes tested.
#[inline(always)]
fn space_width(text: &str, i: usize) -> usize {
    match text.as_bytes()[i] {
        b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => 1,
        0xC2 | 0xE1 | 0xE2 | 0xE3 => match char_at(text, i) {
            (c, width) if c.is_whitespace() => width,
            _ => 0,
        },
        _ => 0,
    }
}

/// The character at byte i and its width; ASCII without decoding.
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.as_bytes()[i] {
        b if b.is_ascii() => (b as char, 1),
        _ => {
            let c = text[i..].chars().next().expect("a char starts here");
            (c, c.len_utf8())
        }
    }
}

/// Where the word that goes on at byte i ends: after its last letter or
/// digit, past joiners that stand between two of them.
fn word_end(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i += bytes[i..]
            .iter()
            .position(|&b| BYTE_CLASS[usize::from(b)] != ByteClass::LetterOrDigit)
            .unwrap_or(bytes.len() - i);
        if i == bytes.len() || BYTE_CLASS[usize::from(bytes[i])] == ByteClass::OtherAscii {
            return i;
        }
        let (c, width) = char_at(text, i);
        let continues = c.is_alphanumeric()
            || (is_joiner(c)
                && i + width < bytes.len()
                && char_at(text, i + width).0.is_alphanumeric());
        if !continues {
            return i;
        }
        i += width;
    }
}

/// What a byte can be to the tokenizer, looked up by value: one load instead
/// of several comparisons in the loops that read every byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ByteClass {
    /// An ASCII letter or digit.
    LetterOrDigit,
    /// An ASCII joiner: `-`, `'` or `.`.
    Joiner,
    /// Any other ASCII byte: it ends a word and starts none.
    OtherAscii,
    /// A byte of a character outside ASCII, to be decoded.
    NotAscii,
}

const BYTE_CLASS: [ByteClass; 256] = {
    let mut table = [ByteClass::NotAscii; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = match byte as u8 {
            b if b.is_ascii_alphanumeric() => ByteClass::LetterOrDigit,
            b'-' | b'\'' | b'.' => ByteClass::Joiner,
            _ => ByteClass::OtherAscii,
        };
        byte += 1;
    }
    table
};

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.')
}

/// Whether a word starts with a capital letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// A word without a possessive ending: "Korea's" → "Korea".
pub(crate) fn without_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

/// Abbreviations of titles that stand before a name with their full stop
/// ("Mr. Putin", "Prof. Park", "Kol. Inf. Ahmad"), or after it ("Jr.").
const NAME_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "lt", "col", "capt",
    "ir", "kol", "brigjen", "mayjen", "letjen", "ny",
];

/// Whether a name goes on across the full stop after `word`, given the
/// text between it and the next word: after initials ("Vladimir V. Putin",
/// "Retno L.P. Marsudi") and a title's abbreviation ("Prof. Park").
#[inline(never)]
pub(crate) fn name_goes_on_after(word: &str, gap: &str) -> bool {
    // Initials and abbreviations are short and capitalised; most words
    // before a full stop are turned away here.
    const LONGEST: usize = 7;
    let Some(spaces) = gap.strip_prefix('.') else {
        return false;
    };
    if word.len() > LONGEST || !word.as_bytes()[0].is_ascii_uppercase() {
        return false;
    }
    !spaces.is_empty()
        && spaces.chars().all(char::is_whitespace)
        && (lang::is_initials(word) || is_name_abbreviation(word))
}

/// Whether a word of ASCII letters is one of `NAME_ABBREVIATIONS`, in any
/// case (lowered into a buffer on the stack, not a new string).
fn is_name_abbreviation(word: &str) -> bool {
    let mut lower = [0u8; 8];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    for (to, from) in lower.iter_mut().zip(word.bytes()) {
        *to = from.to_ascii_lowercase();
    }
    NAME_ABBREVIATIONS.iter().any(|a| a.as_bytes() == lower)
}

/// Abbreviations besides the titles' whose full stop does not end a
/// sentence.
const OTHER_ABBREVIATIONS: &[&str] = &["no", "vs", "h", "u.s", "u.k", "jl"];

/// Sentence ranges of a paragraph. Full stops, question and exclamation marks
/// end a sentence when followed by a space and a capital, digit or quote mark;
/// marks inside a quote (`quotes` are byte ranges) do not, nor do the full stops
/// of abbreviations and initials.
pub(crate) fn sentences(text: &str, quotes: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // The marks are ASCII, so each byte found is a whole character.
    for i in memchr::memchr3_iter(b'.', b'!', b'?', text.as_bytes()) {
        let c = text.as_bytes()[i] as char;
        if quotes.iter().any(|q| q.contains(&i)) {
            continue;
        }
        let after = &text[i + 1..];
        let rest = after.trim_start();
        let spaced = rest.len() < after.len();
        let opens = rest.chars().next().is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '"' | '“' | '‘' | '\'' | '«')
        });
        let abbreviated = || {
            ends_with_abbreviation(&text[..i])
                || (rest.starts_with(|n: char| n.is_ascii_digit()) && ends_with_month(&text[..i]))
        };
        if !spaced || !opens || (c == '.' && abbreviated()) {
            continue;
        }
        let end = i + 1;
        out.push(start..end);
        start = text.len() - rest.len();
    }
    if start < text.len() {
        out.push(start..text.len());
    }
    out
}

/// Whether the text ends with a month's name: its full stop before a
/// figure is an abbreviation's ("Sept. 1, 2023", "Oct. 3").
fn ends_with_month(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or_default();
    lang::month_number(word).is_some()
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or_default();
    lang::is_initials(word)
        || lang::is_among(word, NAME_ABBREVIATIONS)
        || lang::is_among(word, OTHER_ABBREVIATIONS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Tokenizing char by char, the plain way the byte-wise version must match.
    fn tokenize_by_chars(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next_is_word = chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if start.is_some() && is_joiner(c) && next_is_word {
                continue;
            } else if let Some(s) = start.take() {
                tokens.push(Token { start: s, end: i });
            }
        }
        if let Some(s) = start {
            tokens.push(Token {
                start: s,
                end: text.len(),
            });
        }
        tokens
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]
        #[test]
        fn bytewise_tokenizing_matches_char_by_char(text in "[a-zA-Z0-9 .,'’\\-éÜ京“”\"@\\[`{/:]{0,60}") {
            prop_assert_eq!(tokenize(&text), tokenize_by_chars(&text));
        }
    }

    /// Every whitespace character, and others that share their first byte.
    const SPACES_AND_NEIGHBOURS: &[char] = &[
        'a', 'é', ',', '—', '“', ' ', '\t', '\n', '\r', '\u{b}', '\u{c}', '\u{1c}', '\u{85}',
        '\u{a0}', '\u{a1}', '\u{1680}', '\u{1681}', '\u{2000}', '\u{2005}', '\u{200a}', '\u{200b}',
        '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}', '\u{3001}',
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn whitespace_words_are_those_split_whitespace_gives(
            chars in proptest::collection::vec(
                prop_oneof![proptest::sample::select(SPACES_AND_NEIGHBOURS), any::<char>()],
                0..40,
            )
        ) {
            let text: String = chars.into_iter().collect();
            let expected: Vec<&str> = text.split_whitespace().collect();
            prop_assert_eq!(whitespace_words(&text).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn whitespace_words_split_at_every_kind_of_space() {
        let text = "a\u{85}b\u{a0}c\u{1680}d\u{2003}e\u{3000}f\u{b}g\u{a1}h\u{1c}i — j";
        let expected = ["a", "b", "c", "d", "e", "f", "g\u{a1}h\u{1c}i", "—", "j"];
        assert_eq!(whitespace_words(text).collect::<Vec<_>>(), expected);
        assert_eq!(text.split_whitespace().collect::<Vec<_>>(), expected);
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_keep_inner_hyphens_apostrophes_and_dots() {
        assert_eq!(
            words("Kim Jong-un, Jum'at pukul 12.00 (WIB)."),
            ["Kim", "Jong-un", "Jum'at", "pukul", "12.00", "WIB"]
        );
        assert_eq!(words("“Kami,” kata-nya"), ["Kami", "kata-nya"]);
    }

    #[test]
    fn sentences_end_at_full_stops_followed_by_a_capital() {
        let text = "Lavrov tiba. Dia bertemu Kim. Mr. Smith left at 3 p.m. yesterday.";
        let found: Vec<&str> = sentences(text, &[]).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            found,
            [
                "Lavrov tiba.",
                "Dia bertemu Kim.",
                "Mr. Smith left at 3 p.m. yesterday."
            ]
        );
    }

    #[test]
    fn abbreviations_are_known_in_any_case() {
        for text in [
            "Kata DR. Hasan di sana.",
            "Kata Prof. Hasan di sana.",
            "Kata JL. Sudirman.",
        ] {
            assert_eq!(sentences(text, &[]).len(), 1, "{text}");
        }
        // The Kelvin sign lowercases to an ASCII "k".
        let text = "Bertemu \u{212A}ol. Hasan di sana.";
        assert_eq!(sentences(text, &[]).len(), 1);
    }

    #[test]
    fn full_stops_inside_quotes_do_not_end_the_sentence() {
        let text = "“Kami datang. Kami pergi,” kata Putin. Lalu dia pulang.";
        let quote = 0..text.find('”').unwrap();
        let found: Vec<&str> = sentences(text, &[quote])
            .into_iter()
            .map(|r| &text[r])
            .collect();
        assert_eq!(
            found,
            ["“Kami datang. Kami pergi,” kata Putin.", "Lalu dia pulang."]
        );
    }
}
