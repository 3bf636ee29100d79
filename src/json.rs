//! Iterators → JSON written one item at a time: the data exports go straight
//! into their files without building the list, or the text, in memory first.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

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

/// Writes `value` as indented JSON and a final newline.
pub fn write_pretty<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// Writes `value` as compact JSON and a final newline.
pub fn write_compact<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
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
    fn a_list_writes_like_the_collected_vector() {
        let make = || (1..=3).map(|n| vec![n; n]);
        both_ways(&List(make), &make().collect::<Vec<_>>());
        let none = || (1..=3).filter(|n| *n > 5).map(|n| vec![n; n]);
        both_ways(&List(none), &[]);
    }
}
