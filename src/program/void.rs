//! Corrections: voiding an event ([`EventKind::EventVoided`]), and replaying a log with its voids
//! ([`Program::replay_entries`]).
//!
//! A void is a correction of the record, not a step of the program, so the transition table does
//! not list it: a clinician may void an event in any state, a terminal one included (a discharge
//! recorded for the wrong patient). The voided event stays in the log, marked; the program becomes
//! what the history without it gives, every later event re-checked by the same guards. A void
//! that would leave a later event invalid is refused with that event's index
//! ([`VoidError::Invalidates`]).
//!
//! Safety is never relaxed by a correction: a voided event keeps the safety concerns it raised.
//! When the replay meets a voided event, it works out what the event would do at that place and
//! keeps only the safety concerns it raises (a flagged score, a crisis at screening, a raised
//! concern), which put the program on hold as before. Closing the hold stays a clinician's
//! explicit [`SafetyConcernResolved`](EventKind::SafetyConcernResolved). Voiding a resolution
//! brings the hold back.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::envelope::{Envelope, EventHash, EventId, find};
use super::event::{Actor, Event, EventKind, EventType};
use super::{Program, Transition, TransitionError, VoidError};

/// One voided event of a program's log, as reports show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct VoidedEvent {
    /// The voided event's sequence number.
    seq: u64,
    /// Its id.
    id: EventId,
    /// What it was.
    event_type: EventType,
    /// When it was recorded.
    #[serde(with = "crate::json::rfc3339::DateTime")]
    at: DateTime<Utc>,
    /// The sequence number of the void.
    voided_by_seq: u64,
    /// Who voided it.
    voided_by: Actor,
    /// When it was voided.
    #[serde(with = "crate::json::rfc3339::DateTime")]
    voided_at: DateTime<Utc>,
}

impl VoidedEvent {
    /// The voided event's sequence number (its history index).
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// The voided event's id.
    pub fn id(&self) -> &EventId {
        &self.id
    }

    /// What the voided event was.
    pub fn event_type(&self) -> EventType {
        self.event_type
    }

    /// The sequence number of the void event.
    pub fn voided_by_seq(&self) -> u64 {
        self.voided_by_seq
    }

    /// When it was voided.
    pub fn voided_at(&self) -> DateTime<Utc> {
        self.voided_at
    }
}

impl Program {
    /// Whether the event at history index `index` is voided.
    pub fn is_voided(&self, index: usize) -> bool {
        self.ledger.voided.contains_key(&index)
    }

    /// The voided events, oldest first, each with its void.
    pub fn voided_events(&self) -> Vec<VoidedEvent> {
        self.ledger
            .voided
            .iter()
            .filter_map(|(&index, &by)| {
                let event = self.history.get(index)?;
                let void = self.history.get(by)?;
                Some(VoidedEvent {
                    seq: index as u64,
                    id: self.event_id(index)?,
                    event_type: event.event_type(),
                    at: event.at(),
                    voided_by_seq: by as u64,
                    voided_by: void.actor().clone(),
                    voided_at: void.at(),
                })
            })
            .collect()
    }

    /// The events that count, oldest first with their history index: the history without the
    /// voided events and the voids. What outcomes and exports read.
    pub fn effective_history(&self) -> impl Iterator<Item = (usize, &Event)> + '_ {
        self.history.iter().enumerate().filter(|(index, event)| {
            !self.is_voided(*index) && event.event_type() != EventType::EventVoided
        })
    }

    /// A new program with this one's identity, on the protocol it started on: where a replay of
    /// its log starts.
    pub(super) fn fresh(&self) -> Program {
        let mut program = Program::new(
            self.id.clone(),
            self.patient.clone(),
            self.initial_protocol().clone(),
        );
        program.legacy_events = self.legacy_events;
        program.legacy_ids = self.legacy_ids.clone();
        program
    }

    /// Applies a void, as [`Program::apply`] does for [`EventKind::EventVoided`]: the whole log is
    /// replayed with the void appended, and the program replaced only if every event passes.
    pub(super) fn apply_void(&mut self, event: Event) -> Result<Transition, TransitionError> {
        // The void's own checks first, so that a refused void is refused for its own reason.
        self.check_void(&event)?;
        let from = self.state;
        let position = self.history.len();
        // The history's own envelopes are its chain: replayed in the same order from the same
        // genesis, each entry keeps its hash instead of hashing it again.
        let mut entries: Vec<Entry> = self
            .ledger
            .envelopes
            .iter()
            .zip(self.history.iter().cloned())
            .map(|(envelope, event)| (envelope.id.clone(), event, Some(envelope.hash)))
            .collect();
        entries.push((None, event, None));
        match self.fresh().replay_entries(entries) {
            Ok(program) => {
                *self = program;
                Ok(Transition {
                    from,
                    to: self.state,
                    effect: None,
                })
            }
            Err((index, error)) if index == position => Err(error),
            Err((index, error)) => Err(VoidError::Invalidates {
                index,
                error: Box::new(error),
            }
            .into()),
        }
    }

    /// Replays `entries` (each an app id, `None` for `seq-<n>`, its event and, when already
    /// checked against the chain, its hash) onto `self`, a
    /// fresh program, honouring every void in them: the one function that turns a log into a
    /// program. A voided event is kept in the history, marked, and contributes only the safety
    /// concerns it raises; a void is checked (by a clinician, of an earlier event that is neither
    /// a void nor voided already, not back in time) and changes nothing else.
    ///
    /// # Errors
    ///
    /// The index of the first entry refused, and why.
    pub(super) fn replay_entries(
        mut self,
        entries: Vec<Entry>,
    ) -> Result<Program, (usize, TransitionError)> {
        let voided = voided_targets(&entries);
        self.reserve(entries.len());
        for (index, (id, event, hash)) in entries.into_iter().enumerate() {
            // A hash already checked is the entry's envelope as it is pushed; otherwise the entry
            // is hashed as `seq-<n>` when pushed and again under its own id below.
            let checked = hash.is_some();
            self.ledger.next = hash.map(|hash| Envelope {
                id: id.clone(),
                hash,
            });
            let step = if event.event_type() == EventType::EventVoided {
                self.push_void(index, event)
            } else if voided.contains(&index) {
                self.push_voided(event);
                Ok(())
            } else {
                self.apply(event).map(drop)
            };
            self.ledger.next = None;
            step.map_err(|error| (index, error))?;
            if id.is_some() && !checked {
                self.set_last_id(id);
            }
        }
        Ok(self)
    }

    /// Checks the void `event` at history index `index` and records it.
    fn push_void(&mut self, index: usize, event: Event) -> Result<(), TransitionError> {
        let target = self.check_void(&event)?;
        self.ledger.voided.insert(target, index);
        self.progress.last_event_at = Some(event.at());
        self.push_entry(event);
        Ok(())
    }

    /// The index of the event the void `event` voids, if this program may take it: recorded by a
    /// clinician, not back in time, of an earlier event that is neither a void nor voided.
    fn check_void(&self, event: &Event) -> Result<usize, TransitionError> {
        let EventKind::EventVoided { event_id, .. } = event.kind() else {
            return Err(TransitionError::NotAllowed {
                state: self.state.kind(),
                event: event.event_type(),
            });
        };
        if !event.actor().is_clinician() {
            return Err(TransitionError::ClinicianRequired {
                event: EventType::EventVoided,
            });
        }
        if let Some(last) = self.progress.last_event_at
            && event.at() < last
        {
            return Err(TransitionError::TimeWentBackwards {
                last,
                at: event.at(),
            });
        }
        let Some(target) = find(&self.ledger.envelopes, event_id) else {
            return Err(VoidError::UnknownEvent {
                id: event_id.clone(),
            }
            .into());
        };
        if self
            .history
            .get(target)
            .is_some_and(|voided| voided.event_type() == EventType::EventVoided)
        {
            return Err(VoidError::VoidOfVoid {
                id: event_id.clone(),
                index: target,
            }
            .into());
        }
        if let Some(&by) = self.ledger.voided.get(&target) {
            return Err(VoidError::AlreadyVoided {
                id: event_id.clone(),
                index: target,
                by,
            }
            .into());
        }
        Ok(target)
    }

    /// Records a voided event without its effects, except the safety concerns it raises here.
    fn push_voided(&mut self, event: Event) {
        let at = event.at();
        let mut probe = self.clone();
        if probe.apply(event.clone()).is_ok() {
            let before = &self.progress.open_concerns;
            let after = &probe.progress.open_concerns;
            if after.len() > before.len() && after.starts_with(before) {
                for concern in after.iter().skip(before.len()).cloned() {
                    if let Ok((state, _)) = self.on_concern(concern, at) {
                        self.state = state;
                    }
                }
            }
        }
        self.progress.last_event_at =
            Some(self.progress.last_event_at.map_or(at, |last| last.max(at)));
        self.push_entry(event);
    }
}

/// One entry of a history to replay: its app id (`None` for `seq-<n>`), its event, and its chain
/// hash when that is already checked (a stored log just verified, or the program's own ledger), so
/// that the entry is not hashed again.
pub(super) type Entry = (Option<EventId>, Event, Option<EventHash>);

/// The indices the voids among `entries` void: for each void, the earlier entry with its id, when
/// that entry is not itself a void and no earlier void took it. A void that is refused on replay
/// makes the whole replay fail, so what it would void does not matter.
fn voided_targets(entries: &[Entry]) -> BTreeSet<usize> {
    let mut voided = BTreeSet::new();
    if !entries
        .iter()
        .any(|(_, event, _)| event.event_type() == EventType::EventVoided)
    {
        return voided;
    }
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut by_target: BTreeMap<usize, usize> = BTreeMap::new();
    for (index, (id, event, _)) in entries.iter().enumerate() {
        if let EventKind::EventVoided { event_id, .. } = event.kind() {
            let target = match event_id.reserved_seq() {
                Some(Ok(seq)) => usize::try_from(seq).ok().filter(|&t| {
                    t < index && entries.get(t).is_some_and(|(id, _, _)| id.is_none())
                }),
                Some(Err(())) => None,
                None => ids.get(event_id.as_str()).copied(),
            };
            if let Some(target) = target
                && entries
                    .get(target)
                    .is_some_and(|(_, e, _)| e.event_type() != EventType::EventVoided)
            {
                by_target.entry(target).or_insert(index);
            }
        }
        if let Some(id) = id {
            ids.entry(id.as_str()).or_insert(index);
        }
    }
    voided.extend(by_target.into_keys());
    voided
}
