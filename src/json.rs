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
    let mut chunked = Chunked::new(out);
    serde_json::to_writer_pretty(&mut chunked, value)?;
    chunked.write_all(b"\n")?;
    chunked.pass_on()
}

/// Writes `value` as compact JSON and a final newline.
pub fn write_compact<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    let mut chunked = Chunked::new(out);
    serde_json::to_writer(&mut chunked, value)?;
    chunked.write_all(b"\n")?;
    chunked.pass_on()
}

/// How much `Chunked` gathers before it passes it on.
const CHUNK: usize = 1 << 16;

/// A buffer in front of a `dyn Write`. The serializer writes many pieces of a
/// few bytes each; here each one is an inlined copy into memory, and the
/// writer behind gets one call per chunk instead of a virtual call per piece.
struct Chunked<'w> {
    buffer: Vec<u8>,
    out: &'w mut dyn Write,
}

impl<'w> Chunked<'w> {
    fn new(out: &'w mut dyn Write) -> Self {
        Chunked {
            buffer: Vec::with_capacity(CHUNK + 1024),
            out,
        }
    }

    /// Passes what is gathered on to the writer behind.
    fn pass_on(&mut self) -> io::Result<()> {
        self.out.write_all(&self.buffer)?;
        self.buffer.clear();
        Ok(())
    }
}

impl Write for Chunked<'_> {
    #[inline]
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.write_all(bytes)?;
        Ok(bytes.len())
    }

    #[inline]
    fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK {
            self.pass_on()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.pass_on()?;
        self.out.flush()
    }
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
        let make = || (0..CHUNK / 4).map(|n| vec![n % 7; n % 5]);
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
