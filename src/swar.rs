//! Eight bytes of a text read as one machine word and tested at once: the
//! scans of the JSON writer, the quote finder and the word table, and the
//! loop over a text's whole words that the first two share. Each test
//! gives a word of flags, the high bit of each byte that passes.
//!
//! The tests subtract across the whole word, so a byte that passes can set a
//! borrow that flags a byte above it too; a byte below is never flagged
//! wrongly. The lowest flag is therefore exact, and `first_flagged` reads only
//! that one.

/// 0x01 in every byte.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of every byte.
const HIGH: u64 = ONES * 0x80;

/// The eight bytes at `at` as one word, the first in the lowest byte.
#[inline]
pub(crate) fn word_at(bytes: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes"))
}

/// Flags the bytes of `word` equal to `byte`.
#[inline]
pub(crate) fn equal_to(word: u64, byte: u8) -> u64 {
    zero_bytes(word ^ (ONES * u64::from(byte)))
}

/// Flags the bytes of `word` below `bound` (at most 0x80).
#[inline]
pub(crate) fn below(word: u64, bound: u8) -> u64 {
    debug_assert!(bound <= 0x80);
    word.wrapping_sub(ONES * u64::from(bound)) & !word & HIGH
}

/// The offset of the first flagged byte (in memory order), if any.
#[inline]
pub(crate) fn first_flagged(flags: u64) -> Option<usize> {
    (flags != 0).then(|| flags.trailing_zeros() as usize / 8)
}

/// The offset of the first byte `flags` flags in the whole words of
/// `bytes`, read eight bytes at a time from the start; or, when there is
/// none, where the whole words end: the last `bytes.len() % 8` bytes are left
/// for the caller to read its own way.
#[inline]
pub(crate) fn first_in_whole_words(
    bytes: &[u8],
    flags: impl Fn(u64) -> u64,
) -> Result<usize, usize> {
    let mut at = 0;
    while at + 8 <= bytes.len() {
        if let Some(offset) = first_flagged(flags(word_at(bytes, at))) {
            return Ok(at + offset);
        }
        at += 8;
    }
    Err(at)
}

#[inline]
fn zero_bytes(word: u64) -> u64 {
    word.wrapping_sub(ONES) & !word & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The first byte a test passes, read one byte at a time.
    fn first_by_bytes(eight: [u8; 8], passes: impl Fn(u8) -> bool) -> Option<usize> {
        eight.iter().position(|&b| passes(b))
    }

    proptest! {
        #[test]
        fn the_first_flag_is_the_first_byte_that_passes(
            eight in proptest::array::uniform8(prop_oneof![any::<u8>(), 0u8..0x30, Just(b'"')]),
            byte: u8,
            bound in 0u8..=0x80,
        ) {
            let word = u64::from_le_bytes(eight);
            prop_assert_eq!(first_flagged(equal_to(word, byte)), first_by_bytes(eight, |b| b == byte));
            prop_assert_eq!(first_flagged(below(word, bound)), first_by_bytes(eight, |b| b < bound));
            prop_assert_eq!(
                first_flagged(equal_to(word, byte) | below(word, bound)),
                first_by_bytes(eight, |b| b == byte || b < bound)
            );
        }
    }

    proptest! {
        #[test]
        fn whole_words_are_scanned_up_to_the_first_flagged_byte(
            bytes in proptest::collection::vec(prop_oneof![any::<u8>(), Just(b'"')], 0..40),
        ) {
            let whole = bytes.len() / 8 * 8;
            let expected = bytes[..whole].iter().position(|&b| b == b'"').ok_or(whole);
            prop_assert_eq!(first_in_whole_words(&bytes, |w| equal_to(w, b'"')), expected);
        }
    }

    #[test]
    fn a_word_is_read_first_byte_lowest() {
        let bytes = b"abcdefghij";
        assert_eq!(word_at(bytes, 2).to_le_bytes(), *b"cdefghij");
    }
}
