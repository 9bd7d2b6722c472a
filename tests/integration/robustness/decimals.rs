//! Every `Decimal` survives a JSON round trip across its whole range (±10^15 − 1 hundredths).

use pain_reprocessing::Decimal;
use proptest::prelude::*;

use crate::support::proptest_config;

proptest! {
    #![proptest_config(proptest_config(256))]

    #[test]
    fn decimals_survive_json_across_their_whole_range(
        hundredths in prop_oneof![
            -999_999_999_999_999_i64..=999_999_999_999_999,
            999_999_999_990_000_i64..=999_999_999_999_999,
            -999_999_999_999_999_i64..=-999_999_999_990_000,
        ]
    ) {
        let decimal = Decimal::from_hundredths(hundredths).unwrap();
        let json = serde_json::to_string(&decimal).unwrap();
        prop_assert_eq!(serde_json::from_str::<Decimal>(&json).ok(), Some(decimal), "{}", json);
    }
}
