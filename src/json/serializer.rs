//! Any `Serialize` value → JSON text byte for byte as serde_json writes it,
//! compact or pretty (two spaces), for the data exports. What differs is how
//! strings are escaped: serde_json looks up every byte in a table; here eight
//! bytes are checked at once and runs with nothing to escape are copied whole
//! (strings are most of what the exports hold).

use std::io::{self, Write};

use serde::ser::{self, Serialize};

use crate::swar;

/// Compact (`[1,2]`) or pretty (one value a line, two spaces a level).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Style {
    Compact,
    Pretty,
}

/// How much the serializer gathers before it passes it on.
pub(super) const CHUNK: usize = 1 << 16;

/// Writes values as JSON into a buffer, passed on to `out` a chunk at a time:
/// the text is made of many pieces of a few bytes, each an inlined copy into
/// memory here, and the writer behind gets one call per chunk.
pub(super) struct Serializer<'w> {
    buffer: Vec<u8>,
    out: &'w mut dyn Write,
    style: Style,
    /// How many arrays and objects are open.
    depth: usize,
}

impl<'w> Serializer<'w> {
    pub fn new(out: &'w mut dyn Write, style: Style) -> Self {
        Serializer {
            buffer: Vec::with_capacity(CHUNK + 1024),
            out,
            style,
            depth: 0,
        }
    }

    /// Writes what is left, with a final newline.
    pub fn finish(mut self) -> io::Result<()> {
        self.buffer.push(b'\n');
        self.out.write_all(&self.buffer)
    }

    /// Passes the buffer on once it holds a chunk (after each element of an
    /// array or object, so a long list never sits whole in memory).
    fn pass_on_when_full(&mut self) -> io::Result<()> {
        if self.buffer.len() >= CHUNK {
            self.out.write_all(&self.buffer)?;
            self.buffer.clear();
        }
        Ok(())
    }

    fn open(&mut self, mark: u8) {
        self.depth += 1;
        self.buffer.push(mark);
    }

    /// Closes an array or object; `empty` when nothing was written in it.
    fn close(&mut self, mark: u8, empty: bool) {
        self.depth -= 1;
        if self.style == Style::Pretty && !empty {
            self.new_line();
        }
        self.buffer.push(mark);
    }

    /// What goes before an element or key: a comma after the first, and in
    /// pretty style a new line at the depth.
    fn before_item(&mut self, first: bool) {
        if !first {
            self.buffer.push(b',');
        }
        if self.style == Style::Pretty {
            self.new_line();
        }
    }

    fn between_key_and_value(&mut self) {
        match self.style {
            Style::Compact => self.buffer.push(b':'),
            Style::Pretty => self.buffer.extend_from_slice(b": "),
        }
    }

    fn new_line(&mut self) {
        self.buffer.push(b'\n');
        for _ in 0..self.depth {
            self.buffer.extend_from_slice(b"  ");
        }
    }

    fn write_integer(&mut self, value: impl itoa::Integer) -> Result {
        self.buffer
            .extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
        Ok(())
    }

    /// A float as serde_json writes it (non-finite numbers are `null`).
    fn float(&mut self, value: impl Serialize) -> io::Result<()> {
        serde_json::to_writer(&mut self.buffer, &value).map_err(io::Error::other)
    }

    fn string(&mut self, text: &str) {
        self.buffer.reserve(text.len() + 2);
        self.buffer.push(b'"');
        push_escaped(&mut self.buffer, text);
        self.buffer.push(b'"');
    }

    /// `{"variant":` opened for an enum variant with content.
    fn open_variant(&mut self, variant: &str) {
        self.open(b'{');
        self.before_item(true);
        self.string(variant);
        self.between_key_and_value();
    }

    /// `{"variant":` and the array or object of the variant's content opened.
    fn variant_content<'s>(&'s mut self, variant: &str, open: u8, close: u8) -> Compound<'s, 'w> {
        self.open_variant(variant);
        self.open(open);
        Compound::in_variant(self, close)
    }
}

/// Appends `text` escaped as a JSON string's content: `"`, `\` and control
/// characters, the short escapes where JSON has them (`\n`), `\u00XX` for
/// the rest. Runs with nothing to escape are copied whole.
pub(super) fn push_escaped(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    let mut copied = 0;
    while let Some(offset) = first_to_escape(&bytes[copied..]) {
        let at = copied + offset;
        out.extend_from_slice(&bytes[copied..at]);
        push_escape(out, bytes[at]);
        copied = at + 1;
    }
    out.extend_from_slice(&bytes[copied..]);
}

/// Where the first byte that needs escaping is: eight bytes at a time, the
/// last eight overlapping those before; a text shorter than eight bytes is
/// read byte by byte.
#[inline]
fn first_to_escape(bytes: &[u8]) -> Option<usize> {
    if bytes.len() < 8 {
        return bytes
            .iter()
            .position(|&byte| NEEDS_ESCAPE[usize::from(byte)]);
    }
    if let Ok(at) = swar::first_in_whole_words(bytes, escaped_bytes) {
        return Some(at);
    }
    // Bytes before the last whole word's end need nothing, so the first one
    // flagged among the last eight is at or after it.
    let last = bytes.len() - 8;
    swar::first_flagged(escaped_bytes(swar::word_at(bytes, last))).map(|offset| last + offset)
}

/// Flags the bytes of eight that are `"`, `\` or below 0x20.
#[inline]
fn escaped_bytes(word: u64) -> u64 {
    swar::below(word, 0x20) | swar::equal_to(word, b'"') | swar::equal_to(word, b'\\')
}

/// The bytes JSON strings escape, by value.
const NEEDS_ESCAPE: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = byte < 0x20 || byte == b'"' as usize || byte == b'\\' as usize;
        byte += 1;
    }
    table
};

fn push_escape(out: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0C => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            let hex = [HEX[usize::from(byte >> 4)], HEX[usize::from(byte & 0xF)]];
            out.extend_from_slice(b"\\u00");
            out.extend_from_slice(&hex);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

/// What the serializer reports: a write failed, or a value has no JSON form
/// (a map key that is not a string, number or bool).
#[derive(Debug)]
pub(super) struct Error(io::Error);

impl Error {
    pub fn into_io(self) -> io::Error {
        self.0
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        Error(io::Error::other(msg.to_string()))
    }
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        Error(err)
    }
}

type Result<T = ()> = std::result::Result<T, Error>;

/// `serialize_i8` … `serialize_u128`, each through `write_integer`.
macro_rules! integer_methods {
    () => {
        integer_methods!(
            serialize_i8(i8),
            serialize_i16(i16),
            serialize_i32(i32),
            serialize_i64(i64),
            serialize_i128(i128),
            serialize_u8(u8),
            serialize_u16(u16),
            serialize_u32(u32),
            serialize_u64(u64),
            serialize_u128(u128)
        );
    };
    ($($method:ident($ty:ty)),*) => {$(
        fn $method(self, value: $ty) -> Result {
            self.write_integer(value)
        }
    )*};
}

impl<'s, 'w> ser::Serializer for &'s mut Serializer<'w> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Compound<'s, 'w>;
    type SerializeTuple = Compound<'s, 'w>;
    type SerializeTupleStruct = Compound<'s, 'w>;
    type SerializeTupleVariant = Compound<'s, 'w>;
    type SerializeMap = Compound<'s, 'w>;
    type SerializeStruct = Compound<'s, 'w>;
    type SerializeStructVariant = Compound<'s, 'w>;

    fn serialize_bool(self, value: bool) -> Result {
        let text: &[u8] = if value { b"true" } else { b"false" };
        self.buffer.extend_from_slice(text);
        Ok(())
    }

    integer_methods!();

    fn serialize_f32(self, value: f32) -> Result {
        Ok(self.float(value)?)
    }

    fn serialize_f64(self, value: f64) -> Result {
        Ok(self.float(value)?)
    }

    fn serialize_char(self, value: char) -> Result {
        self.string(value.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, value: &str) -> Result {
        self.string(value);
        Ok(())
    }

    fn serialize_bytes(self, value: &[u8]) -> Result {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(value.len()))?;
        for byte in value {
            seq.serialize_element(byte)?;
        }
        seq.end()
    }

    fn serialize_none(self) -> Result {
        self.buffer.extend_from_slice(b"null");
        Ok(())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        self.serialize_none()
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_none()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        self.open_variant(variant);
        value.serialize(&mut *self)?;
        self.close(b'}', false);
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Compound<'s, 'w>> {
        self.open(b'[');
        Ok(Compound::new(self, b']'))
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'s, 'w>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<Compound<'s, 'w>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'s, 'w>> {
        Ok(self.variant_content(variant, b'[', b']'))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'s, 'w>> {
        self.open(b'{');
        Ok(Compound::new(self, b'}'))
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'s, 'w>> {
        self.serialize_map(None)
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'s, 'w>> {
        Ok(self.variant_content(variant, b'{', b'}'))
    }
}

/// An array or object being written.
pub(super) struct Compound<'s, 'w> {
    ser: &'s mut Serializer<'w>,
    /// `]` or `}`.
    close: u8,
    /// Nothing written in it yet.
    first: bool,
    /// It is the content of an enum variant: `{"variant": …}` closes too.
    in_variant: bool,
}

impl<'s, 'w> Compound<'s, 'w> {
    fn new(ser: &'s mut Serializer<'w>, close: u8) -> Self {
        Compound {
            ser,
            close,
            first: true,
            in_variant: false,
        }
    }

    fn in_variant(ser: &'s mut Serializer<'w>, close: u8) -> Self {
        Compound {
            in_variant: true,
            ..Compound::new(ser, close)
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.ser.before_item(self.first);
        self.first = false;
        value.serialize(&mut *self.ser)?;
        Ok(self.ser.pass_on_when_full()?)
    }

    fn key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.ser.before_item(self.first);
        self.first = false;
        key.serialize(KeySerializer(&mut *self.ser))?;
        self.ser.between_key_and_value();
        Ok(())
    }

    fn end(self) -> Result {
        self.ser.close(self.close, self.first);
        if self.in_variant {
            self.ser.close(b'}', false);
        }
        Ok(())
    }
}

/// The compound traits whose items are plain values: each goes through
/// `Compound::element`.
macro_rules! impl_elements {
    ($($name:ident :: $method:ident),*) => {$(
        impl ser::$name for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;

            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
                self.element(value)
            }

            fn end(self) -> Result {
                Compound::end(self)
            }
        }
    )*};
}

impl_elements!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_, '_> {
    type Ok = ();
    type Error = Error;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.key(key)
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        value.serialize(&mut *self.ser)
    }

    fn end(self) -> Result {
        Compound::end(self)
    }
}

/// The compound traits whose items are named fields: each a key and a value.
macro_rules! impl_fields {
    ($($name:ident),*) => {$(
        impl ser::$name for Compound<'_, '_> {
            type Ok = ();
            type Error = Error;

            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result {
                self.key(key)?;
                value.serialize(&mut *self.ser)
            }

            fn end(self) -> Result {
                Compound::end(self)
            }
        }
    )*};
}

impl_fields!(SerializeStruct, SerializeStructVariant);

/// A map key: JSON keys are strings, so numbers and bools are quoted, as
/// serde_json does; anything else is an error.
struct KeySerializer<'s, 'w>(&'s mut Serializer<'w>);

impl KeySerializer<'_, '_> {
    fn quoted(self, text: &str) -> Result {
        self.0.string(text);
        Ok(())
    }

    fn write_integer(self, value: impl itoa::Integer) -> Result {
        self.quoted(itoa::Buffer::new().format(value))
    }

    /// A finite float key, quoted as serde_json writes the number.
    fn float(self, finite: bool, value: impl Serialize) -> Result {
        if !finite {
            return Err(Error(io::Error::other("float key must be finite")));
        }
        let text = serde_json::to_string(&value).map_err(io::Error::other)?;
        self.quoted(&text)
    }
}

fn key_must_be_a_string() -> Error {
    Error(io::Error::other("key must be a string"))
}

impl ser::Serializer for KeySerializer<'_, '_> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = ser::Impossible<(), Error>;
    type SerializeTuple = ser::Impossible<(), Error>;
    type SerializeTupleStruct = ser::Impossible<(), Error>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = ser::Impossible<(), Error>;
    type SerializeStruct = ser::Impossible<(), Error>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_str(self, value: &str) -> Result {
        self.quoted(value)
    }

    fn serialize_char(self, value: char) -> Result {
        self.quoted(value.encode_utf8(&mut [0; 4]))
    }

    fn serialize_bool(self, value: bool) -> Result {
        self.quoted(if value { "true" } else { "false" })
    }

    integer_methods!();

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.quoted(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }

    fn serialize_f32(self, value: f32) -> Result {
        self.float(value.is_finite(), value)
    }

    fn serialize_f64(self, value: f64) -> Result {
        self.float(value.is_finite(), value)
    }

    fn serialize_bytes(self, _value: &[u8]) -> Result {
        Err(key_must_be_a_string())
    }

    fn serialize_none(self) -> Result {
        Err(key_must_be_a_string())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, _value: &T) -> Result {
        Err(key_must_be_a_string())
    }

    fn serialize_unit(self) -> Result {
        Err(key_must_be_a_string())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        Err(key_must_be_a_string())
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result {
        Err(key_must_be_a_string())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(key_must_be_a_string())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(key_must_be_a_string())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Err(key_must_be_a_string())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(key_must_be_a_string())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use proptest::prelude::*;
    use serde::Serialize;

    use super::{Serializer, Style};

    fn ours<T: Serialize + ?Sized>(value: &T, style: Style) -> String {
        let mut out = Vec::new();
        let mut serializer = Serializer::new(&mut out, style);
        value.serialize(&mut serializer).unwrap();
        serializer.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    /// What serde_json writes, with the final newline `finish` adds.
    fn serde_json_s<T: Serialize + ?Sized>(value: &T, style: Style) -> String {
        let text = match style {
            Style::Compact => serde_json::to_string(value),
            Style::Pretty => serde_json::to_string_pretty(value),
        };
        text.unwrap() + "\n"
    }

    fn same_as_serde_json<T: Serialize + ?Sized>(value: &T) {
        for style in [Style::Compact, Style::Pretty] {
            assert_eq!(ours(value, style), serde_json_s(value, style));
        }
    }

    #[derive(Serialize)]
    enum Kind {
        Unit,
        Newtype(Vec<u8>),
        Tuple(i64, Option<String>),
        Struct {
            empty: Vec<u8>,
            nested: Vec<Vec<u8>>,
        },
    }

    #[derive(Serialize)]
    struct Record {
        text: String,
        letter: char,
        none: Option<u32>,
        some: Option<f64>,
        infinite: f32,
        big: u128,
        negative: i128,
        kinds: Vec<Kind>,
        by_number: BTreeMap<i32, bool>,
        by_flag: BTreeMap<bool, ()>,
        by_float: BTreeMap<String, f64>,
        unit: (),
        tuple: (u8, &'static str),
    }

    #[test]
    fn every_kind_of_value_is_written_as_serde_json_writes_it() {
        let record = Record {
            text: "tab\there, \"quoted\" \\ back\u{1}\u{1f}\u{7f} é 京 😀".into(),
            letter: '"',
            none: None,
            some: Some(2.5e-8),
            infinite: f32::INFINITY,
            big: u128::MAX,
            negative: i128::MIN,
            kinds: vec![
                Kind::Unit,
                Kind::Newtype(vec![]),
                Kind::Newtype(vec![1, 2]),
                Kind::Tuple(-3, None),
                Kind::Struct {
                    empty: vec![],
                    nested: vec![vec![], vec![7]],
                },
            ],
            by_number: BTreeMap::from([(-1, true), (20, false)]),
            by_flag: BTreeMap::from([(true, ())]),
            by_float: BTreeMap::from([("x".into(), f64::NAN)]),
            unit: (),
            tuple: (9, "nine"),
        };
        same_as_serde_json(&record);
        same_as_serde_json(&Vec::<u8>::new());
        same_as_serde_json(&BTreeMap::<String, u8>::new());
        same_as_serde_json(&BTreeMap::from([(1.5f64.to_string(), 1)]));
        same_as_serde_json(&serde_bytes_like());
    }

    fn serde_bytes_like() -> BTreeMap<char, Vec<u8>> {
        BTreeMap::from([('k', b"bytes".to_vec())])
    }

    #[test]
    fn every_control_character_is_escaped_as_serde_json_does() {
        let all: String = (0u8..0x80).map(char::from).collect();
        same_as_serde_json(&all);
    }

    #[test]
    fn a_map_key_that_is_not_a_string_number_or_bool_is_an_error() {
        let map = BTreeMap::from([(vec![1], 1)]);
        let mut out = Vec::new();
        assert!(map
            .serialize(&mut Serializer::new(&mut out, Style::Compact))
            .is_err());
        assert!(serde_json::to_string(&map).is_err());
    }

    fn json_value() -> impl Strategy<Value = serde_json::Value> {
        let text = "[a-z \"\\\\/é京😀\\x00-\\x1f\\x7f]{0,24}";
        let leaf = prop_oneof![
            Just(serde_json::Value::Null),
            any::<bool>().prop_map(serde_json::Value::from),
            any::<i64>().prop_map(serde_json::Value::from),
            any::<u64>().prop_map(serde_json::Value::from),
            (-1e6f64..1e6).prop_map(serde_json::Value::from),
            text.prop_map(serde_json::Value::from),
        ];
        leaf.prop_recursive(4, 48, 6, move |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::from),
                proptest::collection::btree_map(text, inner, 0..6)
                    .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_json_value_is_written_as_serde_json_writes_it(value in json_value()) {
            for style in [Style::Compact, Style::Pretty] {
                prop_assert_eq!(ours(&value, style), serde_json_s(&value, style));
            }
        }

        #[test]
        fn long_plain_runs_and_a_few_escapes_are_written_as_serde_json_writes_them(
            text in "[a-z é]{0,40}[\"\\\\\\x00-\\x1f]?[a-z ]{0,40}[\\x00-\\x1f]?[a-z京]{0,20}"
        ) {
            prop_assert_eq!(ours(&text, Style::Compact), serde_json_s(&text, Style::Compact));
        }

        #[test]
        fn any_text_is_escaped_as_serde_json_escapes_it(text in "[a-z \"\\\\/é京😀\\x00-\\x1f\\x7f]{0,80}") {
            prop_assert_eq!(ours(&text, Style::Compact), serde_json_s(&text, Style::Compact));
        }
    }
}
