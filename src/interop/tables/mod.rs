//! Long tables and CDISC SDTM QS rows.
