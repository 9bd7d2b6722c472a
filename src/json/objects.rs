//! Structs only as objects: a deserializer adapter that refuses serde's *sequence form*.
//!
//! serde's derived `Deserialize` for a struct (and for a struct variant) accepts, beside the
//! object, the field values in declaration order as an array: `[1, 1]` reads as a population
//! `{"mean": 1, "sd": 1}`, and trailing fields with a default may be left out. An enum with
//! serde's derived internal tagging (`#[serde(tag = "…")]`) likewise takes `[tag, values…]`. No
//! schema says that, and no app means it, but serde has no attribute that turns it off. So the
//! crate's readers wrap their deserializer in [`Objects`]: it passes every call through
//! unchanged, except that a struct, a struct variant or such an enum given an array is an error
//! (`invalid type: sequence, expected an object`), at any depth. Maps, lists, tuples and scalars
//! read as before, and the adapter buffers nothing. (serde asks for an internally tagged enum with
//! `deserialize_any`, like any value of unknown shape; the adapter recognises it by the
//! expectation serde's derive gives it, `internally tagged enum Name`, a unit test pins that.)
//!
//! What goes through it: [`crate::located`]'s readers, so `versioning::read`,
//! `versioning::read_slice` and every catalog entry's `read` and `read_slice`, and the buffered
//! path of [`crate::tagged`]. One gap is closed per field: serde's derive reads the fields of an
//! internally tagged or untagged enum from its own buffer, out of the adapter's reach, so a struct
//! or tagged enum held there carries `#[serde(deserialize_with =
//! "crate::json::objects::strict")]` (an intake reason's `duration`, a REDCap recode's `values`).
//!
//! Plain `serde_json::from_str::<T>` does not go through the adapter and still accepts the
//! sequence form (docs/json.md, "Strictness").

use std::fmt;

use serde::Deserialize;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// A deserializer that reads structs only from objects (module documentation).
pub(crate) struct Objects<D>(pub(crate) D);

/// `#[serde(deserialize_with = "crate::json::objects::strict")]`: reads a field through
/// [`Objects`], for a struct or tagged enum inside an enum that serde's derive buffers (internally
/// tagged or untagged): serde reads such a variant's fields from its own buffer, which the
/// adapter around the document does not reach.
pub(crate) fn strict<'de, D: Deserializer<'de>, T: Deserialize<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    T::deserialize(Objects(deserializer))
}

/// Forwards a `deserialize_*` method with only a visitor.
macro_rules! forward {
    ($($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
            self.0.$method(Wrap::any(visitor))
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Objects<D> {
    type Error = D::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        let arrays = if internally_tagged(&visitor) {
            Arrays::RefusedAsTagged
        } else {
            Arrays::Read
        };
        self.0.deserialize_any(Wrap { visitor, arrays })
    }

    forward! {
        deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier deserialize_ignored_any
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Wrap::any(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrap::any(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrap::any(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_tuple_struct(name, len, Wrap::any(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0
            .deserialize_struct(name, fields, Wrap::object(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Wrap::any(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

/// Whether `visitor` reads an enum with serde's derived internal tagging (`#[serde(tag = "…")]`),
/// which also takes `[tag, field values…]`: serde asks for it with `deserialize_any` and names its
/// expectation `internally tagged enum Name` (the crate's own `tagged_enum!` reads maps only).
/// Compared as the text is written, without allocating.
fn internally_tagged<'de, V: Visitor<'de>>(visitor: &V) -> bool {
    const PREFIX: &str = "internally tagged enum ";

    struct Expecting<'a, V>(&'a V);

    impl<'de, V: Visitor<'de>> fmt::Display for Expecting<'_, V> {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            self.0.expecting(f)
        }
    }

    /// Matches the written text against the rest of `PREFIX`; stops writing once decided.
    struct Prefix(&'static str);

    impl fmt::Write for Prefix {
        fn write_str(&mut self, text: &str) -> fmt::Result {
            let n = text.len().min(self.0.len());
            match (self.0.get(..n), self.0.get(n..), text.get(..n)) {
                (Some(expected), Some(rest), Some(written)) if expected == written => {
                    self.0 = rest;
                    if rest.is_empty() {
                        Err(fmt::Error)
                    } else {
                        Ok(())
                    }
                }
                _ => {
                    self.0 = "-";
                    Err(fmt::Error)
                }
            }
        }
    }

    let mut prefix = Prefix(PREFIX);
    let _ = fmt::write(&mut prefix, format_args!("{}", Expecting(visitor)));
    prefix.0.is_empty()
}

/// What a wrapped visitor does with an array.
#[derive(Clone, Copy)]
enum Arrays {
    /// Reads it (a list, a tuple, a value of any shape).
    Read,
    /// Refuses it as not an object: a struct's or struct variant's sequence form.
    RefusedAsStruct,
    /// Refuses it naming the visitor's expectation (`internally tagged enum Name`).
    RefusedAsTagged,
}

/// A visitor passed through, whose nested values are read through [`Objects`] too.
struct Wrap<V> {
    visitor: V,
    arrays: Arrays,
}

impl<V> Wrap<V> {
    fn any(visitor: V) -> Wrap<V> {
        Wrap {
            visitor,
            arrays: Arrays::Read,
        }
    }

    fn object(visitor: V) -> Wrap<V> {
        Wrap {
            visitor,
            arrays: Arrays::RefusedAsStruct,
        }
    }
}

/// Forwards `visit_*` methods that take one plain value.
macro_rules! visit {
    ($($method:ident: $type:ty)*) => {$(
        fn $method<E: de::Error>(self, v: $type) -> Result<V::Value, E> {
            self.visitor.$method(v)
        }
    )*};
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    visit! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<V::Value, D::Error> {
        self.visitor.visit_some(Objects(deserializer))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> Result<V::Value, D::Error> {
        self.visitor.visit_newtype_struct(Objects(deserializer))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        match self.arrays {
            Arrays::Read => self.visitor.visit_seq(Seq(seq)),
            // Not the visitor's text: serde's names the Rust type (`struct PopulationWire`).
            Arrays::RefusedAsStruct => {
                Err(de::Error::invalid_type(de::Unexpected::Seq, &"an object"))
            }
            Arrays::RefusedAsTagged => Err(de::Error::invalid_type(de::Unexpected::Seq, &self)),
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_map(Map(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        self.visitor.visit_enum(Enum(data))
    }
}

/// A seed whose value is read through [`Objects`].
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Objects(deserializer))
    }
}

struct Seq<A>(A);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Seq<A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct Map<A>(A);

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Map<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed(seed))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

struct Enum<A>(A);

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Enum<A> {
    type Error = A::Error;
    type Variant = Variant<A::Variant>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Variant<A::Variant>), A::Error> {
        self.0
            .variant_seed(Seed(seed))
            .map(|(value, variant)| (value, Variant(variant)))
    }
}

struct Variant<A>(A);

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Variant<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Wrap::any(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Wrap::object(visitor))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use serde_json::json;

    use super::*;

    #[derive(Debug, PartialEq, Deserialize)]
    struct Population {
        mean: u8,
        sd: u8,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Outer {
        population: Option<Population>,
        #[serde(default)]
        list: Vec<Population>,
        #[serde(default)]
        pair: Option<(u8, u8)>,
        #[serde(default)]
        table: BTreeMap<String, Vec<u8>>,
        #[serde(default)]
        shape: Option<Shape>,
    }

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "snake_case")]
    enum Shape {
        Point,
        Circle { radius: u8 },
        Line(u8, u8),
        Label(String),
    }

    /// serde's derived internal tagging, which the crate's `tagged_enum!` replaces where it can.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    enum Tagged {
        Born { year: u16 },
        Unknown {},
    }

    fn from_text<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        T::deserialize(Objects(&mut deserializer)).map_err(|e| e.to_string())
    }

    fn from_value<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T, String> {
        T::deserialize(Objects(value)).map_err(|e| e.to_string())
    }

    #[test]
    fn plain_serde_reads_the_sequence_form() {
        let population = serde_json::from_str::<Population>("[1, 2]").unwrap();
        assert_eq!(population, Population { mean: 1, sd: 2 });
        let shape = serde_json::from_str::<Shape>(r#"{"circle": [3]}"#).unwrap();
        assert_eq!(shape, Shape::Circle { radius: 3 });
    }

    #[test]
    fn structs_are_read_only_from_objects_at_any_depth() {
        let expected = "invalid type: sequence, expected an object";
        assert_eq!(
            from_text::<Population>("[1, 2]").unwrap_err(),
            format!("{expected} at line 1 column 1")
        );
        assert_eq!(
            from_value::<Population>(json!([1, 2])).unwrap_err(),
            expected
        );
        for document in [
            json!({"population": [1, 2]}),
            json!({"population": null, "list": [{"mean": 1, "sd": 2}, [1, 2]]}),
        ] {
            assert_eq!(from_value::<Outer>(document.clone()).unwrap_err(), expected);
            assert!(
                from_text::<Outer>(&document.to_string())
                    .unwrap_err()
                    .starts_with(expected)
            );
        }
        assert!(
            from_value::<Outer>(json!([null]))
                .unwrap_err()
                .ends_with("expected an object")
        );
        // serde_json's `Value` refuses an array for a struct variant itself; its text reader
        // takes one (`plain_serde_reads_the_sequence_form`), and the adapter refuses it.
        assert_eq!(
            from_value::<Outer>(json!({"population": null, "shape": {"circle": [3]}})).unwrap_err(),
            "invalid type: sequence, expected struct variant"
        );
        assert_eq!(
            from_text::<Outer>(r#"{"population": null, "shape": {"circle": [3]}}"#).unwrap_err(),
            "invalid type: sequence, expected an object at line 1 column 42"
        );
    }

    #[test]
    fn internally_tagged_enums_are_read_only_from_objects() {
        assert_eq!(
            serde_json::from_value::<Tagged>(json!(["born", 1990])).unwrap(),
            Tagged::Born { year: 1990 }
        );
        assert_eq!(
            serde_json::from_value::<Tagged>(json!(["unknown"])).unwrap(),
            Tagged::Unknown {}
        );
        for document in [json!(["born", 1990]), json!(["unknown"])] {
            assert_eq!(
                from_value::<Tagged>(document.clone()).unwrap_err(),
                "invalid type: sequence, expected internally tagged enum Tagged"
            );
            assert!(from_text::<Tagged>(&document.to_string()).is_err());
        }
        assert_eq!(
            from_value::<Tagged>(json!({"year": 1990, "type": "born"})),
            Ok(Tagged::Born { year: 1990 })
        );
        // The crate's own tagged enums read maps only, also when the tag comes after the fields
        // (buffered, then read through the adapter as well).
        assert_eq!(
            crate::tagged::read_tag_first::<_, Wire>(
                Objects(json!({"population": [1, 2], "type": "sample"})),
                "type",
                "a tagged object"
            )
            .unwrap_err()
            .to_string(),
            "invalid type: sequence, expected an object"
        );
        assert_eq!(
            crate::tagged::read_tag_first::<_, Wire>(
                json!({"population": {"mean": 1, "sd": 2}, "type": "sample"}),
                "type",
                "a tagged object"
            )
            .unwrap(),
            Wire::Sample {
                population: Population { mean: 1, sd: 2 }
            }
        );
    }

    /// An externally tagged mirror, as `tagged_enum!` declares them.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "snake_case", deny_unknown_fields)]
    enum Wire {
        Sample { population: Population },
    }

    #[test]
    fn everything_else_reads_as_before() {
        let document = json!({
            "population": {"mean": 1, "sd": 2},
            "list": [{"mean": 3, "sd": 4}],
            "pair": [5, 6],
            "table": {"a": [7]},
            "shape": {"line": [8, 9]},
        });
        let outer = Outer {
            population: Some(Population { mean: 1, sd: 2 }),
            list: vec![Population { mean: 3, sd: 4 }],
            pair: Some((5, 6)),
            table: BTreeMap::from([("a".to_owned(), vec![7])]),
            shape: Some(Shape::Line(8, 9)),
        };
        assert_eq!(from_value::<Outer>(document.clone()), Ok(outer));
        assert_eq!(
            from_text::<Outer>(&document.to_string()),
            from_value::<Outer>(document)
        );
        for (shape, expected) in [
            (json!("point"), Shape::Point),
            (
                json!({"circle": {"radius": 3}}),
                Shape::Circle { radius: 3 },
            ),
            (json!({"label": "x"}), Shape::Label("x".to_owned())),
        ] {
            assert_eq!(from_value::<Shape>(shape), Ok(expected));
        }
        assert_eq!(
            from_text::<Population>(r#"{"mean": 1, "sd": 300}"#).unwrap_err(),
            "invalid value: integer `300`, expected u8 at line 1 column 21"
        );
    }
}
