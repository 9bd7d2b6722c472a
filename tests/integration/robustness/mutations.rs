//! Edits to plausible documents: as JSON values (a key dropped or added, a value replaced,
//! duplicated, truncated or copied from elsewhere) and as bytes (flipped, inserted, deleted, cut).

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{Value, json};

use super::TARGETS;
use super::arbitrary::{any_json, extreme_number, extreme_string, json_leaf, plausible_key};
use super::shaped::plausible;

/// One edit to a document, applied at a location picked by an [`Index`].
#[derive(Debug, Clone)]
enum Mutation {
    /// Drop the value (an object key, an array element; the root becomes `null`).
    Remove,
    /// Add a key to the object there (or to the nearest enclosing object).
    AddKey(String, Value),
    /// Replace the value with another of any type.
    Replace(Value),
    /// Repeat an array's element, or turn a value into an array holding it twice.
    Duplicate,
    /// Cut an array or a string to half its length, or an object to its first key.
    Truncate,
    /// Put a copy of another part of the document here.
    CopyFrom(Index),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        3 => Just(Mutation::Remove),
        2 => (plausible_key(), json_leaf()).prop_map(|(k, v)| Mutation::AddKey(k, v)),
        4 => prop_oneof![json_leaf(), extreme_number(), extreme_string()].prop_map(Mutation::Replace),
        1 => any_json().prop_map(Mutation::Replace),
        1 => Just(Mutation::Duplicate),
        1 => Just(Mutation::Truncate),
        1 => any::<Index>().prop_map(Mutation::CopyFrom),
    ]
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Every location in `value`, as JSON pointers, root first.
fn pointers(value: &Value, here: &str, out: &mut Vec<String>) {
    out.push(here.to_owned());
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                pointers(child, &format!("{here}/{}", escape(key)), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                pointers(child, &format!("{here}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn apply(document: &mut Value, at: &Index, mutation: &Mutation) {
    let mut all = Vec::new();
    pointers(document, "", &mut all);
    let pointer = at.get(&all).clone();
    if let Mutation::CopyFrom(from) = mutation {
        let source = document.pointer(from.get(&all).as_str()).cloned();
        if let (Some(source), Some(slot)) = (source, document.pointer_mut(&pointer)) {
            *slot = source;
        }
    } else {
        apply_at(document, &pointer, mutation);
    }
}

/// Applies `mutation` at the location `pointer` (a [`Mutation::CopyFrom`] is resolved by [`apply`]).
fn apply_at(document: &mut Value, pointer: &str, mutation: &Mutation) {
    match mutation {
        Mutation::Remove => match pointer.rsplit_once('/') {
            None => *document = Value::Null,
            Some((parent, last)) => match document.pointer_mut(parent) {
                Some(Value::Object(map)) => {
                    map.remove(&unescape(last));
                }
                Some(Value::Array(items)) => {
                    if let Ok(i) = last.parse::<usize>()
                        && i < items.len()
                    {
                        items.remove(i);
                    }
                }
                _ => {}
            },
        },
        Mutation::AddKey(key, value) => {
            let mut place = pointer;
            loop {
                if let Some(Value::Object(map)) = document.pointer_mut(place) {
                    map.insert(key.clone(), value.clone());
                    break;
                }
                match place.rsplit_once('/') {
                    Some((parent, _)) => place = parent,
                    None => break,
                }
            }
        }
        Mutation::Replace(value) => {
            if let Some(slot) = document.pointer_mut(pointer) {
                *slot = value.clone();
            }
        }
        Mutation::Duplicate => {
            if let Some(slot) = document.pointer_mut(pointer) {
                match slot {
                    Value::Array(items) => {
                        if let Some(first) = items.first().cloned() {
                            items.push(first);
                        }
                    }
                    other => *other = Value::Array(vec![other.clone(), other.clone()]),
                }
            }
        }
        Mutation::Truncate => {
            if let Some(slot) = document.pointer_mut(pointer) {
                match slot {
                    Value::Array(items) => items.truncate(items.len() / 2),
                    Value::String(text) => {
                        *text = text.chars().take(text.chars().count() / 2).collect();
                    }
                    Value::Object(map) => {
                        let first = map.iter().next().map(|(k, v)| (k.clone(), v.clone()));
                        map.clear();
                        map.extend(first);
                    }
                    _ => {}
                }
            }
        }
        Mutation::CopyFrom(_) => {}
    }
}

/// A catalog entry's index with a plausible document for it, edited by up to four mutations.
pub(super) fn mutated_document() -> impl Strategy<Value = (usize, Value)> {
    (0..TARGETS.len()).prop_flat_map(|i| {
        let edits = proptest::collection::vec((any::<Index>(), mutation()), 0..=4);
        (Just(i), plausible(&TARGETS[i]), edits).prop_map(|(i, mut document, edits)| {
            for (at, edit) in &edits {
                apply(&mut document, at, edit);
            }
            (i, document)
        })
    })
}

/// An edit to the bytes of a document.
#[derive(Debug, Clone)]
pub(super) enum ByteEdit {
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index),
    Cut(Index),
}

pub(super) fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let interesting = prop_oneof![
        any::<u8>(),
        proptest::sample::select(b"{}[]\",:-+.0123456789eE\\ntfu \x00\xff".to_vec()),
    ];
    prop_oneof![
        (any::<Index>(), interesting.clone()).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        (any::<Index>(), interesting).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        any::<Index>().prop_map(ByteEdit::Delete),
        any::<Index>().prop_map(ByteEdit::Cut),
    ]
}

pub(super) fn edit_bytes(bytes: &mut Vec<u8>, edit: &ByteEdit) {
    if bytes.is_empty() {
        return;
    }
    match edit {
        ByteEdit::Flip(at, byte) => {
            let i = at.index(bytes.len());
            bytes[i] = *byte;
        }
        ByteEdit::Insert(at, byte) => bytes.insert(at.index(bytes.len() + 1), *byte),
        ByteEdit::Delete(at) => {
            bytes.remove(at.index(bytes.len()));
        }
        ByteEdit::Cut(at) => bytes.truncate(at.index(bytes.len())),
    }
}

#[test]
fn mutations_edit_where_they_say() {
    let mut document = json!({"a": [1, 2], "b/c": {"d": "text"}});
    let mut all = Vec::new();
    pointers(&document, "", &mut all);
    assert_eq!(all, ["", "/a", "/a/0", "/a/1", "/b~1c", "/b~1c/d"]);
    apply_at(&mut document, "/a/0", &Mutation::Remove);
    assert_eq!(document, json!({"a": [2], "b/c": {"d": "text"}}));
    apply_at(&mut document, "/b~1c/d", &Mutation::Truncate);
    assert_eq!(document, json!({"a": [2], "b/c": {"d": "te"}}));
    apply_at(&mut document, "/b~1c/d", &Mutation::Duplicate);
    assert_eq!(document, json!({"a": [2], "b/c": {"d": ["te", "te"]}}));
    apply_at(
        &mut document,
        "/a/0",
        &Mutation::AddKey("x".into(), json!(null)),
    );
    assert_eq!(
        document,
        json!({"a": [2], "b/c": {"d": ["te", "te"]}, "x": null})
    );
    apply_at(&mut document, "/b~1c", &Mutation::Replace(json!(7)));
    apply_at(&mut document, "/a", &Mutation::Remove);
    assert_eq!(document, json!({"b/c": 7, "x": null}));
    apply_at(&mut document, "", &Mutation::Remove);
    assert_eq!(document, Value::Null);
}
