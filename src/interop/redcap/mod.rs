//! REDCap exports into responses.
