//! Scoring a validated fixed-length response does not allocate.
//!
//! A counting global allocator is process-wide, so this file is its own test binary (the one
//! exception to the single integration binary). It holds a single test so no other thread allocates
//! while it counts.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    missing_docs
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use pain_reprocessing::instruments::{
    InstrumentId, MissingPolicy, RecallPeriod, Response, ScoringOptions,
};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn scoring_every_fixed_instrument_does_not_allocate() {
    let prorate = ScoringOptions::new(MissingPolicy::Prorate { max_missing: 2 }, 2).unwrap();
    // Build every response first (building from a slice does not allocate either, but the Vecs
    // holding the answers here do).
    let mut responses = Vec::new();
    for id in InstrumentId::ALL
        .into_iter()
        .filter(|id| id.is_fixed_response())
    {
        let definition = id.definition();
        let n = definition.item_count();
        let top = Some(definition.answer_max());
        let mut with_missing = vec![top; n];
        if n > 2 {
            with_missing[1] = None;
        }
        if id == InstrumentId::Nrs {
            responses.push(Response::nrs(top, RecallPeriod::PastWeek).unwrap());
            responses.push(Response::nrs(None, RecallPeriod::Now).unwrap());
        } else {
            responses.push(Response::new(id, &vec![top; n]).unwrap());
            responses.push(Response::new(id, &with_missing).unwrap());
        }
    }
    let mut item9_missing = [Some(1); 9];
    item9_missing[8] = None;
    responses.push(Response::new(InstrumentId::Phq9, &item9_missing).unwrap());

    let before = ALLOCATIONS.load(Ordering::SeqCst);
    let mut scored = 0_usize;
    let mut flagged = 0_usize;
    for response in &responses {
        for options in [&ScoringOptions::DEFAULT, &prorate] {
            match std::hint::black_box(response).score_with(options) {
                Ok(score) => {
                    scored += 1;
                    flagged += usize::from(score.has_safety_flag());
                    std::hint::black_box((
                        score.total(),
                        score.band(),
                        score.subscales(),
                        score.safety_flags(),
                    ));
                }
                Err(error) => {
                    flagged += usize::from(error.has_safety_flag());
                    std::hint::black_box(error.safety_flags());
                }
            }
        }
        std::hint::black_box(response.safety_flags());
    }
    let after = ALLOCATIONS.load(Ordering::SeqCst);

    assert_eq!(
        after - before,
        0,
        "scoring allocated {} times",
        after - before
    );
    // The loop really scored: 19 fixed instruments × 2 responses + 1, × 2 option sets.
    assert_eq!(responses.len(), 39);
    // Default: 19 complete + PHQ-2, GAD-2, PGIC (nothing missing) + ODI (1 missing allowed) = 23.
    // Prorate: 19 complete + 18 with one missing = 37. Total 60.
    assert_eq!(scored, 60);
    // PHQ-9 at item 9 = 3: 2 scores, 1 score + 1 error with a missing item; item 9 missing: 2 errors.
    assert_eq!(flagged, 6);
    // The counter works: a Vec allocation is seen.
    let probe = ALLOCATIONS.load(Ordering::SeqCst);
    std::hint::black_box(vec![1_u8; 16]);
    assert!(ALLOCATIONS.load(Ordering::SeqCst) > probe);
}
