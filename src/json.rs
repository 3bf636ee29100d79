//! Iterators → JSON written one item at a time: the data exports go straight
//! into their files without building the list, or the text, in memory first.
//! The text is serde_json's, byte for byte (`serializer`).

mod serializer;

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use serializer::Style;

/// A JSON list of what `make()` yields, made afresh each time it is
/// serialised, one item at a time.
pub struct List<F>(pub F);

impl<F, I> Serialize for List<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

/// Writes `value` as indented JSON (as `serde_json::to_writer_pretty`
/// does) and a final newline.
pub fn write_pretty<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    write(out, value, Style::Pretty)
}

/// Writes `value` as compact JSON (as `serde_json::to_writer` does) and a
/// final newline.
pub fn write_compact<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    write(out, value, Style::Compact)
}

fn write<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T, style: Style) -> io::Result<()> {
    let mut serializer = serializer::Serializer::new(out, style);
    value
        .serialize(&mut serializer)
        .map_err(serializer::Error::into_io)?;
    serializer.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn both_ways<T: Serialize>(lazy: &T, whole: &[Vec<usize>]) {
        let mut written = Vec::new();
        write_pretty(&mut written, lazy).unwrap();
        let mut expected = serde_json::to_vec_pretty(whole).unwrap();
        expected.push(b'\n');
        assert_eq!(written, expected);
        written.clear();
        write_compact(&mut written, lazy).unwrap();
        let mut expected = serde_json::to_vec(whole).unwrap();
        expected.push(b'\n');
        assert_eq!(written, expected);
    }

    #[test]
    fn a_list_longer_than_a_chunk_writes_like_the_collected_vector() {
        let make = || (0..serializer::CHUNK / 4).map(|n| vec![n % 7; n % 5]);
        both_ways(&List(make), &make().collect::<Vec<_>>());
    }

    #[test]
    fn a_list_writes_like_the_collected_vector() {
        let make = || (1..=3).map(|n| vec![n; n]);
        both_ways(&List(make), &make().collect::<Vec<_>>());
        let none = || (1..=3).filter(|n| *n > 5).map(|n| vec![n; n]);
        both_ways(&List(none), &[]);
    }
}
