//! Internally tagged enums (`{"type": "session_completed", ...}`): one variant list, read without
//! buffering.
//!
//! # One mechanism: [`tagged_enum!`]
//!
//! Every public enum of the crate that is written as an object tagged by one of its fields
//! (`{"stage": "completed"}`, `{"kind": "follow_up", "months": 3}`) is declared with
//! [`tagged_enum!`] (the private shadows `ExerciseWire` and `GoalMeasureWire`, which have a
//! newtype variant or per-variant attributes and no unit variant, keep serde's derive). From one
//! variant list (Rust name, wire name, fields) it generates:
//!
//! - the public enum, with plain unit variants (`Stage::Completed`, not `Stage::Completed`),
//!   serialized with serde's internal tagging and described by schemars;
//! - its private wire mirror, `…Wire`: the same variants as struct variants (`Completed {}`) with
//!   serde's external tagging and `deny_unknown_fields`, which [`read_tag_first`] reads;
//! - the conversion from the mirror, and an optional check (`, check = path`) that validates the
//!   value the mirror read, for enums whose fields have rules (`Timepoint`'s months);
//! - optionally (`, kind = Name / fn method`) a data-free kind enum with `ALL`, `as_str` and
//!   `Display`, and the method that names a value's kind.
//!
//! Why the mirror: serde ignores `deny_unknown_fields` on a *unit* variant of an internally
//! tagged enum, so `{"stage": "completed", "typo": 1}` would be read as `Completed` with the typo
//! dropped silently (serde-rs/serde#2123, "Serde internally tagged enum with
//! `deny_unknown_fields` accepts unknown fields", open since 2021). A struct variant with no fields
//! refuses it; the mirror keeps that workaround out of the public type.
//!
//! # Reading without buffering
//!
//! serde's derived reader for `#[serde(tag = "...")]` buffers the whole object into an internal
//! tree before it knows which variant to build, then reads the variant from that tree: every
//! string, number and nested object is copied once more. For a program's event log that made the
//! typed decode slower than parsing the same bytes into `serde_json::Value` (docs/performance.md).
//!
//! [`read_tag_first`] reads the tag and, when it is the object's first key (as this crate and most
//! writers put it), hands the rest of the object straight to the variant: one pass, no buffer. When
//! the tag comes later it falls back to buffering the object, so documents are read the same
//! either way. The enum's variants are read through the wire mirror with serde's default external
//! tagging (`{"session_completed": {...}}`), derived from the same field list, so field names,
//! `deny_unknown_fields` and error messages stay serde's own.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::StringDeserializer;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, IntoDeserializer, MapAccess, VariantAccess,
    Visitor,
};
use serde::{Deserialize, forward_to_deserialize_any};
use serde_json::{Map, Value};

/// Declares an internally tagged public enum with plain variants, its private wire mirror and
/// reader, and optionally its kind enum; see the [module documentation](self).
///
/// ```text
/// tagged_enum! {
///     /// Docs.
///     #[derive(Debug, Clone, PartialEq, Eq)]
///     pub enum Shape {
///         tag = "shape", wire = ShapeWire;
///         // optional, in this order before the `;`:
///         //   , expecting = "a shape object"   (completes "invalid type: …, expected …")
///         //   , check = Shape::checked         (fn(Shape) -> Result<Shape, impl Display>)
///         //   , kind = /** Docs. */ ShapeKind / fn kind
///         //                                    (the kind enum, and the method naming it)
///         /// A point.
///         Point = "point",
///         /// A circle.
///         Circle = "circle" {
///             /// Its radius.
///             radius: u8,
///         },
///     }
/// }
/// ```
///
/// The public enum derives `Serialize` and `JsonSchema` (tagged by `tag`, `deny_unknown_fields`,
/// each variant renamed to its wire name) and implements `Deserialize` through the mirror. A unit
/// variant's schema is the same object with only the tag as a struct variant's with no fields.
macro_rules! tagged_enum {
    // With a kind enum: the enum itself, then the kind.
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            tag = $tag:literal, wire = $wire:ident
            $(, expecting = $expecting:literal)?
            $(, check = $check:path)?
            , kind = $(#[$kind_meta:meta])* $kind:ident / fn $kind_fn:ident;
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $wire_name:literal
                    $({ $( $(#[$field_meta:meta])* $field:ident : $type:ty ),* $(,)? })?
            ),* $(,)?
        }
    ) => {
        $crate::tagged::tagged_enum! {
            $(#[$meta])*
            pub enum $name {
                tag = $tag, wire = $wire
                $(, expecting = $expecting)?
                $(, check = $check)?;
                $(
                    $(#[$variant_meta])*
                    $variant = $wire_name
                        $({ $( $(#[$field_meta])* $field : $type ),* })?
                ),*
            }
        }

        $(#[$kind_meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord,
            ::serde::Serialize, ::serde::Deserialize, ::schemars::JsonSchema,
        )]
        #[non_exhaustive]
        pub enum $kind {
            $(
                #[doc = concat!("[`", stringify!($name), "::", stringify!($variant), "`].")]
                #[serde(rename = $wire_name)]
                $variant
            ),*
        }

        impl $kind {
            /// Every kind, in declaration order.
            pub const ALL: [$kind; [$(stringify!($variant)),*].len()] = [$($kind::$variant),*];

            /// The wire name, as in JSON and the diagram.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($kind::$variant => $wire_name),*
                }
            }
        }

        impl ::std::fmt::Display for $kind {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $name {
            #[doc = concat!("The [`", stringify!($kind), "`] of this value: its variant, without data.")]
            pub fn $kind_fn(&self) -> $kind {
                match self {
                    $($name::$variant { .. } => $kind::$variant),*
                }
            }
        }
    };

    // The enum, its wire mirror and its reader.
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            tag = $tag:literal, wire = $wire:ident
            $(, expecting = $expecting:literal)?
            $(, check = $check:path)?;
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $wire_name:literal
                    $({ $( $(#[$field_meta:meta])* $field:ident : $type:ty ),* $(,)? })?
            ),* $(,)?
        }
    ) => {
        #[derive(::serde::Serialize, ::schemars::JsonSchema)]
        #[serde(tag = $tag, deny_unknown_fields)]
        $(#[$meta])*
        pub enum $name {
            $(
                $(#[$variant_meta])*
                #[serde(rename = $wire_name)]
                $variant $({ $( $(#[$field_meta])* $field: $type ),* })?
            ),*
        }

        #[doc = concat!("[`", stringify!($name), "`] as serde's externally tagged enums are read, ")]
        #[doc = "every variant a struct variant so that unknown fields are refused."]
        // The fields keep their attributes (`default`, `deserialize_with`, ...), so the mirror reads
        // exactly what the public enum describes; `JsonSchema` is derived only so that `schemars`
        // field attributes are accepted here too.
        #[derive(::serde::Deserialize, ::schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        enum $wire {
            $(
                #[serde(rename = $wire_name)]
                $variant { $($( $(#[$field_meta])* $field: $type ),*)? }
            ),*
        }

        impl ::std::convert::From<$wire> for $name {
            fn from(wire: $wire) -> $name {
                match wire {
                    $( $wire::$variant { $($( $field ),*)? } => $name::$variant $({ $( $field ),* })? ),*
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<$name, D::Error> {
                let value = $crate::tagged::read_tag_first::<D, $wire>(
                    deserializer,
                    $tag,
                    $crate::tagged::tagged_enum!(@expecting $name $($expecting)?),
                )
                .map($name::from)?;
                $( let value = $check(value).map_err(<D::Error as ::serde::de::Error>::custom)?; )?
                Ok(value)
            }
        }
    };

    (@expecting $name:ident) => { concat!("internally tagged enum ", stringify!($name)) };
    (@expecting $name:ident $expecting:literal) => { $expecting };
}

pub(crate) use tagged_enum;

/// Reads an object tagged by its `tag` field as the externally tagged `W`.
///
/// `expecting` completes "invalid type: ..., expected {expecting}" in error messages.
pub(crate) fn read_tag_first<'de, D, W>(
    deserializer: D,
    tag: &'static str,
    expecting: &'static str,
) -> Result<W, D::Error>
where
    D: Deserializer<'de>,
    W: Deserialize<'de>,
{
    deserializer.deserialize_map(TaggedVisitor {
        tag,
        expecting,
        wire: PhantomData,
    })
}

struct TaggedVisitor<W> {
    tag: &'static str,
    expecting: &'static str,
    wire: PhantomData<W>,
}

impl<'de, W: Deserialize<'de>> Visitor<'de> for TaggedVisitor<W> {
    type Value = W;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<W, A::Error> {
        match map.next_key_seed(KeySeed { tag: self.tag })? {
            None => Err(de::Error::missing_field(self.tag)),
            Some(Key::Tag) => {
                let variant: String = map.next_value()?;
                W::deserialize(TagFirst { variant, map })
            }
            Some(Key::Other(first)) => read_buffered(self.tag, first, map),
        }
    }
}

/// The tag came after another key: collect the object, then read it as `{tag value: rest}`.
fn read_buffered<'de, A, W>(tag: &'static str, first: String, mut map: A) -> Result<W, A::Error>
where
    A: MapAccess<'de>,
    W: Deserialize<'de>,
{
    let mut rest = Map::new();
    rest.insert(first, map.next_value()?);
    while let Some((key, value)) = map.next_entry::<String, Value>()? {
        if rest.contains_key(&key) {
            return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
        }
        rest.insert(key, value);
    }
    let variant = match rest.remove(tag) {
        Some(Value::String(variant)) => variant,
        Some(other) => {
            return Err(de::Error::invalid_type(
                unexpected(&other),
                &"a variant name",
            ));
        }
        None => return Err(de::Error::missing_field(tag)),
    };
    let mut external = Map::new();
    external.insert(variant, Value::Object(rest));
    W::deserialize(crate::json::objects::Objects(Value::Object(external)))
        .map_err(de::Error::custom)
}

fn unexpected(value: &Value) -> de::Unexpected<'_> {
    match value {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(_) => de::Unexpected::Other("a number"),
        Value::String(s) => de::Unexpected::Str(s),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
    }
}

/// A key: the tag, or another field (kept, for the buffered path).
enum Key {
    Tag,
    Other(String),
}

struct KeySeed {
    tag: &'static str,
}

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl Visitor<'_> for KeySeed {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(if key == self.tag {
            Key::Tag
        } else {
            Key::Other(key.to_owned())
        })
    }
}

/// The rest of an object whose tag has been read: an externally tagged enum's reader sees the
/// tag as the variant and the rest of the object as the variant's fields.
struct TagFirst<A> {
    variant: String,
    map: A,
}

impl<'de, A: MapAccess<'de>> Deserializer<'de> for TagFirst<A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_enum(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        option unit unit_struct newtype_struct seq tuple tuple_struct map struct enum
        identifier ignored_any
    }
}

impl<'de, A: MapAccess<'de>> EnumAccess<'de> for TagFirst<A> {
    type Error = A::Error;
    type Variant = Fields<A>;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Fields<A>), A::Error> {
        let variant: StringDeserializer<A::Error> = self.variant.into_deserializer();
        Ok((seed.deserialize(variant)?, Fields(self.map)))
    }
}

/// The fields after the tag.
struct Fields<A>(A);

impl<'de, A: MapAccess<'de>> VariantAccess<'de> for Fields<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::UnitVariant,
            &"a variant with fields",
        ))
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, _: S) -> Result<S::Value, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::NewtypeVariant,
            &"a variant with named fields",
        ))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::TupleVariant,
            &"a variant with named fields",
        ))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        visitor.visit_map(self.0)
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;

    /// A mirror with serde's external tagging, as the crate's enums use it.
    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(rename_all = "snake_case", deny_unknown_fields)]
    enum Wire {
        Moved { x: u8, y: Option<u8> },
        Stopped {},
    }

    fn read(json: &str) -> Result<Wire, String> {
        let mut deserializer = serde_json::Deserializer::from_str(json);
        read_tag_first(&mut deserializer, "type", "a tagged object").map_err(|e| e.to_string())
    }

    #[test]
    fn the_tag_may_come_first_or_later_with_the_same_result() {
        let moved = Wire::Moved { x: 1, y: None };
        assert_eq!(read(r#"{"type":"moved","x":1}"#), Ok(moved));
        assert_eq!(
            read(r#"{"x":1,"type":"moved"}"#),
            Ok(Wire::Moved { x: 1, y: None })
        );
        assert_eq!(
            read(r#"{"x":1,"type":"moved","y":2}"#),
            Ok(Wire::Moved { x: 1, y: Some(2) })
        );
        assert_eq!(read(r#"{"type":"stopped"}"#), Ok(Wire::Stopped {}));
        assert_eq!(read(r#"{"type":"stopped"}"#), read(r#"{"type":"stopped"}"#));
    }

    #[test]
    fn bad_objects_are_errors_either_way() {
        for json in [
            // Unknown variant, unknown field, missing field, wrong field type.
            r#"{"type":"jumped"}"#,
            r#"{"x":1,"type":"jumped"}"#,
            r#"{"type":"moved","x":1,"z":0}"#,
            r#"{"z":0,"type":"moved","x":1}"#,
            r#"{"type":"moved"}"#,
            r#"{"y":1,"type":"moved"}"#,
            r#"{"type":"moved","x":"one"}"#,
            r#"{"x":"one","type":"moved"}"#,
            // No tag, a tag that is not a string, a repeated field or tag.
            r#"{}"#,
            r#"{"x":1}"#,
            r#"{"x":1,"type":7}"#,
            r#"{"type":7,"x":1}"#,
            r#"{"x":1,"x":2,"type":"moved"}"#,
            r#"{"type":"moved","x":1,"x":2}"#,
            r#"{"type":"moved","type":"moved","x":1}"#,
            r#"{"x":1,"type":"moved","type":"moved"}"#,
            // Not an object.
            r#"["moved",1]"#,
            r#""moved""#,
            "null",
        ] {
            assert!(read(json).is_err(), "{json} was accepted");
        }
    }

    tagged_enum! {
    /// A test enum with a unit variant, a checked struct variant and a kind.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Shape {
        tag = "shape", wire = ShapeWire, check = Shape::checked,
        kind =
            /// The kind of a test shape.
            ShapeKind / fn kind;
        /// A point.
        Point = "point",
        /// A circle.
        BigCircle = "big_circle" {
            /// At least 1.
            radius: u8,
        },
    }
    }

    impl Shape {
        fn checked(shape: Shape) -> Result<Shape, &'static str> {
            match shape {
                Shape::BigCircle { radius: 0 } => Err("a radius of 0 is not a circle"),
                other => Ok(other),
            }
        }
    }

    #[test]
    fn tagged_enums_are_plain_and_strict() {
        let shape = |json: &str| serde_json::from_str::<Shape>(json).map_err(|e| e.to_string());
        assert_eq!(shape(r#"{"shape":"point"}"#), Ok(Shape::Point));
        assert_eq!(
            shape(r#"{"radius":2,"shape":"big_circle"}"#),
            Ok(Shape::BigCircle { radius: 2 })
        );
        // The unit variant refuses an unknown field, which serde's derive would drop.
        assert_eq!(
            shape(r#"{"shape":"point","radius":1}"#).unwrap_err(),
            "unknown field `radius`, there are no fields at line 1 column 25"
        );
        assert_eq!(
            shape(r#"{"shape":"big_circle","radius":0}"#).unwrap_err(),
            "a radius of 0 is not a circle"
        );
        assert_eq!(
            shape("7").unwrap_err(),
            "invalid type: integer `7`, expected internally tagged enum Shape at line 1 column 1"
        );
        for value in [Shape::Point, Shape::BigCircle { radius: 3 }] {
            let json = serde_json::to_string(&value).unwrap();
            assert_eq!(shape(&json), Ok(value), "{json}");
        }
        assert_eq!(
            serde_json::to_string(&Shape::BigCircle { radius: 3 }).unwrap(),
            r#"{"shape":"big_circle","radius":3}"#
        );
        assert_eq!(ShapeKind::ALL, [ShapeKind::Point, ShapeKind::BigCircle]);
        assert_eq!(Shape::BigCircle { radius: 1 }.kind().as_str(), "big_circle");
        assert_eq!(ShapeKind::Point.to_string(), "point");
        assert_eq!(
            serde_json::to_string(&ShapeKind::BigCircle).unwrap(),
            r#""big_circle""#
        );
    }

    /// Before `tagged_enum!`, serde's reader dropped an unknown field beside these unit variants
    /// (serde-rs/serde#2123); the first four were never protected by a hand-written mirror.
    #[test]
    fn crate_enums_refuse_an_unknown_field_beside_a_unit_variant() {
        fn refused<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> String {
            serde_json::from_str::<T>(json)
                .map(|value| format!("accepted {value:?}"))
                .unwrap_or_else(|e| e.to_string())
        }
        let refusals = [
            refused::<crate::sessions::SessionStatus>(r#"{"state":"scheduled","typo":1}"#),
            refused::<crate::instruments::MindBrainShare>(
                r#"{"status":"not_computable","typo":1}"#,
            ),
            refused::<crate::outcomes::ResponderStatus>(r#"{"status":"responder","typo":1}"#),
            refused::<crate::outcomes::ResponderStatus>(r#"{"status":"non_responder","typo":1}"#),
            refused::<crate::program::Stage>(r#"{"stage":"completed","typo":1}"#),
            refused::<crate::program::Actor>(r#"{"role":"patient","typo":1}"#),
            refused::<crate::outcomes::Timepoint>(r#"{"kind":"baseline","typo":1}"#),
        ];
        for message in refusals {
            assert!(
                message.starts_with("unknown field `typo`, there are no fields"),
                "{message}"
            );
        }
    }

    /// JSON keys are always strings, but a format whose keys need not be (serde's value
    /// deserializers here) is told what a key must be.
    #[test]
    fn a_key_that_is_not_a_string_is_refused_as_not_a_field_name() {
        use serde::de::value::{Error, MapDeserializer};
        let map = MapDeserializer::<_, Error>::new([(1_u8, 2_u8)].into_iter());
        let err = read_tag_first::<_, Wire>(map, "type", "a tagged object").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid type: integer `1`, expected a field name"
        );
    }

    #[test]
    fn error_messages_say_what_was_wrong() {
        assert_eq!(
            read(r#"{"type":"moved","x":1,"z":0}"#).unwrap_err(),
            "unknown field `z`, expected `x` or `y` at line 1 column 25"
        );
        assert_eq!(
            read(r#"{"x":1}"#).unwrap_err(),
            "missing field `type` at line 1 column 7"
        );
        assert_eq!(
            read("[]").unwrap_err(),
            "invalid type: sequence, expected a tagged object at line 1 column 0"
        );
        assert!(
            read(r#"{"type":"jumped"}"#)
                .unwrap_err()
                .starts_with("unknown variant `jumped`, expected `moved` or `stopped`")
        );
    }
}
