//! The keyed seal: a hand-computed vector, a recomputed chain that passes the bare check but not
//! the seal, a wrong key, a cut or lengthened log, the text form, and nothing of the key shown.

use super::*;

fn key(byte: u8) -> SealKey {
    SealKey::new(&[byte; 32]).unwrap()
}

fn paused_log() -> EventLog {
    EventLog::new(
        ProgramId::new("p-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        Protocol::general_clinical(),
        vec![Event::new(t0(), Actor::System, EventKind::Paused)],
    )
}

#[test]
fn the_seal_matches_the_hand_computed_vector() {
    // Python: hmac.new(bytes([7] * 32), b"pain-reprocessing event log seal 1\n"
    //   + (1).to_bytes(8, "big") + head, sha256), head the chain vector's first hash (envelope.rs).
    let log = paused_log();
    assert_eq!(
        log.head_hash().unwrap().to_hex(),
        "c889c9368b0352a1b8a54cedfbaa0de2b458f61e552217f15b6d30bb33cbc963"
    );
    assert_eq!(
        log.seal(&key(7)).to_string(),
        "1:45fc42afeb0ff4870f8437748cfb449448079d69496abe8cabf3c6f8066b84e3"
    );
    // An empty log seals its program's genesis.
    let empty = EventLog::new(
        ProgramId::new("p-1").unwrap(),
        PatientId::new("pt-1").unwrap(),
        Protocol::general_clinical(),
        vec![],
    );
    assert_eq!(
        empty.seal(&key(7)).to_string(),
        "0:9464affffd6802bacbdf3315019d2135768d9d4bb8c63720f1dbe7b050cd802c"
    );
}

#[test]
fn a_log_rewritten_with_its_chain_recomputed_passes_the_chain_but_not_the_seal() {
    let program = in_treatment();
    let log = program.event_log();
    let seal = log.seal(&key(1));
    assert_eq!(log.verify_seal(&key(1), &seal), Ok(()));
    // Someone moves the last event one minute later and recomputes every hash: the bare chain
    // check cannot tell, the seal can.
    let mut events: Vec<Event> = log.events().iter().map(|l| l.event().clone()).collect();
    let last = events.pop().unwrap();
    events.push(Event::new(
        last.at() + TimeDelta::minutes(1),
        last.actor().clone(),
        last.kind().clone(),
    ));
    let forged = EventLog::new(
        log.program_id().clone(),
        PatientId::new("pt-1").unwrap(),
        log.protocol().clone(),
        events,
    );
    let text = serde_json::to_string(&forged).unwrap();
    let read = EventLog::read_json(text.as_bytes()).expect("the recomputed chain holds");
    assert!(read.replay().is_ok());
    assert_ne!(read.head_hash(), log.head_hash());
    assert_eq!(read.verify_seal(&key(1), &seal), Err(SealError::Mismatch));
}

#[test]
fn a_wrong_key_a_changed_mac_or_another_length_is_refused() {
    let log = in_treatment().event_log();
    let seal = log.seal(&key(1));
    assert_eq!(log.verify_seal(&key(2), &seal), Err(SealError::Mismatch));
    // One bit of the MAC flipped (hmac's `verify_slice` compares in constant time).
    let text = seal.to_string();
    let (events, mac) = text.split_once(':').unwrap();
    let flipped = format!(
        "{events}:{}{}",
        if mac.starts_with('0') { '1' } else { '0' },
        &mac[1..]
    );
    let flipped: Seal = flipped.parse().unwrap();
    assert_eq!(log.verify_seal(&key(1), &flipped), Err(SealError::Mismatch));
    // The log cut by one event, or sealed before one more was added.
    let n = log.events().len();
    let shorter = EventLog::from_logged(
        log.program_id().clone(),
        PatientId::new("pt-1").unwrap(),
        log.protocol().clone(),
        log.events()[..n - 1].to_vec(),
    )
    .unwrap();
    assert_eq!(
        shorter.verify_seal(&key(1), &seal),
        Err(SealError::Length {
            sealed: n as u64,
            events: n as u64 - 1
        })
    );
    assert_eq!(
        log.verify_seal(&key(1), &shorter.seal(&key(1))),
        Err(SealError::Length {
            sealed: n as u64 - 1,
            events: n as u64
        })
    );
    assert_eq!(
        SealError::Length {
            sealed: 5,
            events: 4
        }
        .to_string(),
        "the log has 4 events and its seal covers 5; events were cut or added since it was sealed"
    );
}

#[test]
fn the_key_is_never_shown_and_a_short_key_is_refused() {
    assert_eq!(
        SealKey::new(&[0x5a; 31]).unwrap_err(),
        SealKeyError::TooShort { bytes: 31 }
    );
    assert_eq!(
        SealKey::new(&[]).unwrap_err().to_string(),
        "a seal key has at least 32 bytes (from a secure random source); this one has 0"
    );
    assert!(SealKey::new(&[0x5a; MIN_SEAL_KEY_BYTES]).is_ok());
    let secret = *b"ZZ-PRIVATE-MARKER-KEY-0123456789";
    let key = SealKey::new(&secret).unwrap();
    assert_eq!(format!("{key:?}"), "SealKey(redacted)");
    assert_eq!(format!("{key:#?}"), "SealKey(redacted)");
    let log = paused_log();
    let seal = log.seal(&key);
    for shown in [
        format!("{seal}"),
        format!("{seal:?}"),
        format!("{log:?}"),
        serde_json::to_string(&log).unwrap(),
        SealError::Mismatch.to_string(),
    ] {
        assert!(!shown.contains("ZZ-PRIVATE"), "{shown}");
        assert!(!shown.contains("5a5a5a"), "{shown}");
    }
}

#[test]
fn the_text_form_reads_back_and_refuses_anything_else() {
    let seal = in_treatment().event_log().seal(&key(3));
    assert_eq!(seal.to_string().parse::<Seal>(), Ok(seal));
    assert_eq!(format!("{seal:?}"), format!("Seal({seal})"));
    let mac = "ab".repeat(32);
    assert_eq!(
        format!("7:{mac}").parse::<Seal>().map(|s| s.events()),
        Ok(7)
    );
    for bad in [
        String::new(),
        mac.clone(),
        format!(":{mac}"),
        format!("-1:{mac}"),
        format!("+1:{mac}"),
        format!("1:{}", &mac[2..]),
        format!("1:{mac}00"),
        format!("1:{}zz", &mac[2..]),
        format!("99999999999999999999:{mac}"),
    ] {
        assert_eq!(bad.parse::<Seal>(), Err(SealFormatError), "{bad}");
    }
    assert_eq!(
        SealFormatError.to_string(),
        "a seal is written <events>:<64 hexadecimal digits>, events a whole number"
    );
}
