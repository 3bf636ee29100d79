//! Lowercase words → small values, for the hot lookups of the annotator's
//! lexicon and the language detector. A word of up to 16 bytes is held as
//! two machine words and its length, in an open-addressed table: a lookup
//! hashes and compares registers instead of hashing bytes and calling
//! memcmp. Longer words go to an ordinary map.

use rustc_hash::FxHashMap as HashMap;

use crate::swar;

/// Words → values, built once and then only read.
pub(crate) struct WordTable<V> {
    slots: Vec<Slot<V>>,
    /// 64 less the bits of a slot index: a hash's top bits pick its slot.
    shift: u32,
    /// The empty word and words of more than 16 bytes.
    long: HashMap<Box<str>, V>,
}

#[derive(Clone, Copy, Default)]
struct Slot<V> {
    /// Zero in an empty slot: no packed word is empty.
    key: Packed,
    value: V,
}

/// A word of 1 to 16 bytes, read as overlapping machine words: with its
/// length, enough to tell it from any other such word.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Packed {
    head: u64,
    tail: u64,
    len: u64,
}

impl Packed {
    /// The word packed, or `None` when it is empty or longer than 16 bytes.
    #[inline]
    fn of(word: &[u8]) -> Option<Packed> {
        let len = word.len();
        let (head, tail) = match len {
            // The first eight bytes and the last eight cover the word.
            8..=16 => (swar::word_at(word, 0), swar::word_at(word, len - 8)),
            // The first four and the last four.
            4..=7 => (
                u64::from(u32_at(word, 0)) | u64::from(u32_at(word, len - 4)) << 32,
                0,
            ),
            // The first, middle and last bytes.
            1..=3 => {
                let byte = |i: usize| u64::from(word[i]);
                (byte(0) | byte(len / 2) << 8 | byte(len - 1) << 16, 0)
            }
            _ => return None,
        };
        Some(Packed {
            head,
            tail,
            len: len as u64,
        })
    }

    /// Fibonacci hashing of the three words, folded one after another.
    #[inline]
    fn hash(self) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let fold = |hash: u64, word: u64| (hash.rotate_left(26) ^ word).wrapping_mul(K);
        fold(fold(self.head.wrapping_mul(K), self.tail), self.len)
    }
}

#[inline]
fn u32_at(bytes: &[u8], at: usize) -> u32 {
    u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"))
}

impl<V: Copy + Default> WordTable<V> {
    /// A table of these words and values; at most half of its slots used, so
    /// that a probe ends soon at an empty slot.
    pub fn new(entries: impl IntoIterator<Item = (impl AsRef<str>, V)>) -> Self {
        let entries: Vec<(Box<str>, V)> = (entries.into_iter())
            .map(|(word, value)| (Box::from(word.as_ref()), value))
            .collect();
        let slot_count = (entries.len() * 2).next_power_of_two().max(2);
        let mut table = WordTable {
            slots: vec![Slot::default(); slot_count],
            shift: 64 - slot_count.trailing_zeros(),
            long: HashMap::default(),
        };
        for (word, value) in entries {
            match Packed::of(word.as_bytes()) {
                Some(key) => table.put(key, value),
                None => {
                    table.long.insert(word, value);
                }
            }
        }
        table
    }

    fn put(&mut self, key: Packed, value: V) {
        let mask = self.slots.len() - 1;
        let mut at = self.home(key);
        while self.slots[at].key.len != 0 && self.slots[at].key != key {
            at = (at + 1) & mask;
        }
        self.slots[at] = Slot { key, value };
    }

    /// The slot a key's probe starts at.
    #[inline]
    fn home(&self, key: Packed) -> usize {
        (key.hash() >> self.shift) as usize
    }

    /// The word's value, or the default value for a word not in the table.
    #[inline]
    pub fn get(&self, word: &str) -> V {
        match Packed::of(word.as_bytes()) {
            Some(key) => self.get_packed(key),
            None => self.get_long(word),
        }
    }

    #[inline]
    fn get_packed(&self, key: Packed) -> V {
        let mask = self.slots.len() - 1;
        let mut at = self.home(key);
        loop {
            let slot = &self.slots[at & mask];
            if slot.key == key {
                return slot.value;
            }
            if slot.key.len == 0 {
                return V::default();
            }
            at += 1;
        }
    }

    /// Out of line, so that the common lookup keeps few registers.
    #[cold]
    #[inline(never)]
    fn get_long(&self, word: &str) -> V {
        self.long.get(word).copied().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A word as the annotator looks one up: lowercase letters, sometimes a
    /// joiner or a letter outside ASCII, of any length around 16 bytes.
    fn word() -> impl Strategy<Value = String> {
        proptest::string::string_regex("[a-e'é-]{0,20}").expect("a valid pattern")
    }

    /// Each member's value comes back; every other word, the default,
    /// including words one byte away from a member.
    fn agrees_with_a_map(members: Vec<(String, u32)>, others: Vec<String>) {
        let map: HashMap<&str, u32> = members.iter().map(|(w, v)| (w.as_str(), *v)).collect();
        let table = WordTable::new(map.iter().map(|(w, v)| (*w, *v)));
        let near_members = map.keys().flat_map(|word| {
            (0..word.len())
                .filter(|&i| word.is_char_boundary(i) && word.as_bytes()[i].is_ascii())
                .map(move |i| format!("{}x{}", &word[..i], &word[i + 1..]))
        });
        let words = (map.keys().map(|w| w.to_string()))
            .chain(others)
            .chain(near_members);
        for word in words {
            let expected = map.get(word.as_str()).copied().unwrap_or_default();
            assert_eq!(table.get(&word), expected, "{word:?}");
        }
    }

    proptest! {
        #[test]
        fn looks_words_up_as_a_map_does(
            members in proptest::collection::vec((word(), 1u32..), 0..60),
            others in proptest::collection::vec(word(), 0..60),
        ) {
            agrees_with_a_map(members, others);
        }
    }

    #[test]
    fn tells_apart_words_that_share_their_packed_bytes_but_not_their_length() {
        let members = [
            "ab",
            "aab",
            "abab",
            "aaaaaaab",
            "aaaaaaaab",
            "a".repeat(16).as_str(),
        ]
        .iter()
        .enumerate()
        .map(|(i, w)| (w.to_string(), i as u32 + 1))
        .collect();
        let mut others: Vec<String> = ["b", "abb", "aabab", "aaaaaaaaab", "a"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        others.extend(["a".repeat(15), "a".repeat(17)]);
        agrees_with_a_map(members, others);
    }

    #[test]
    fn a_full_neighbourhood_still_ends_its_probe() {
        let members: Vec<(String, u32)> = (0..1000).map(|i| (format!("w{i}"), i + 1)).collect();
        let others = (1000..3000).map(|i| format!("w{i}")).collect();
        agrees_with_a_map(members, others);
    }
}
