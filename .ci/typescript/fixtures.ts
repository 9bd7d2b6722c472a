/* Generated from docs/schemas/fixtures/<name>/valid by .ci/generate_typescript.mjs; do not edit. */
/* Type-checked by `tsc --strict` in .ci/run: every valid fixture is a value of its root type. */
import type { AttributionResponse } from "../../docs/typescript/attribution_response";
// docs/schemas/fixtures/attribution_response/valid/mixed_causes.json
export const attribution_response_0: AttributionResponse = {
  "structural": 7,
  "mind_brain": 4,
  "ratio": 6,
  "causes": [
    {
      "text": "Herniated disc seen on the MRI",
      "category": "peripheral"
    },
    {
      "text": "Stress at work since the restructuring",
      "category": "mind_brain"
    },
    {
      "text": "Not sleeping well",
      "category": null
    }
  ]
};
import type { AttributionSummary } from "../../docs/typescript/attribution_summary";
// docs/schemas/fixtures/attribution_summary/valid/one_of_two_mind_brain.json
export const attribution_summary_0: AttributionSummary = {
  "structural": 7,
  "mind_brain": 4,
  "ratio": 6,
  "n_coded": 2,
  "n_mind_brain": 1,
  "mind_brain_share": {
    "status": "computed",
    "share": 0.5
  }
};
import type { CareLog } from "../../docs/typescript/care_log";
// docs/schemas/fixtures/care_log/valid/empty.json
export const care_log_0: CareLog = {
  "schema_version": 1,
  "treatments": []
};
// docs/schemas/fixtures/care_log/valid/opioid_and_physical_therapy.json
export const care_log_1: CareLog = {
  "schema_version": 1,
  "treatments": [
    {
      "schema_version": 1,
      "kind": {
        "type": "medication",
        "opioid": true
      },
      "label": "Oxycodone 5 mg twice a day",
      "started_on": "2025-11-01",
      "stopped_on": "2026-04-10",
      "dose_changes": [
        {
          "on": "2026-03-15",
          "direction": "decreased",
          "note": "5 mg once a day"
        }
      ]
    },
    {
      "schema_version": 1,
      "kind": {
        "type": "physical_therapy"
      },
      "started_on": "2026-03-20"
    }
  ]
};
import type { Change } from "../../docs/typescript/change";
// docs/schemas/fixtures/change/valid/nrs_halved.json
export const change_0: Change = {
  "baseline": {
    "instrument": "nrs",
    "rule_version": 1,
    "value": 6,
    "direction": "higher_is_worse"
  },
  "current": {
    "instrument": "nrs",
    "rule_version": 1,
    "value": 3,
    "direction": "higher_is_worse"
  },
  "absolute": -3,
  "improvement": 3,
  "percent_improvement": {
    "status": "defined",
    "percent": 50
  }
};
// docs/schemas/fixtures/change/valid/pain_halved.json
export const change_1: Change = {
  "baseline": {
    "instrument": "bpi_average_pain",
    "rule_version": 1,
    "value": 6,
    "direction": "higher_is_worse"
  },
  "current": {
    "instrument": "bpi_average_pain",
    "rule_version": 1,
    "value": 3,
    "direction": "higher_is_worse"
  },
  "absolute": -3,
  "improvement": 3,
  "percent_improvement": {
    "status": "defined",
    "percent": 50
  }
};
// docs/schemas/fixtures/change/valid/self_efficacy_gain.json
export const change_2: Change = {
  "baseline": {
    "instrument": "pseq",
    "rule_version": 1,
    "value": 30,
    "direction": "higher_is_better"
  },
  "current": {
    "instrument": "pseq",
    "rule_version": 1,
    "value": 41,
    "direction": "higher_is_better"
  },
  "absolute": 11,
  "improvement": 11,
  "percent_improvement": {
    "status": "defined",
    "percent": 36.67
  }
};
// docs/schemas/fixtures/change/valid/zero_baseline.json
export const change_3: Change = {
  "baseline": {
    "instrument": "nrs_pain",
    "rule_version": 2,
    "value": 0,
    "direction": "higher_is_worse"
  },
  "current": {
    "instrument": "nrs_pain",
    "rule_version": 2,
    "value": 2.5,
    "direction": "higher_is_worse"
  },
  "absolute": 2.5,
  "improvement": -2.5,
  "percent_improvement": {
    "status": "undefined_zero_baseline"
  }
};
import type { ClinicianId } from "../../docs/typescript/clinician_id";
// docs/schemas/fixtures/clinician_id/valid/simple.json
export const clinician_id_0: ClinicianId = "dr-gordon";
import type { CohortSummary } from "../../docs/typescript/cohort_summary";
// docs/schemas/fixtures/cohort_summary/valid/nrs_post_treatment.json
export const cohort_summary_0: CohortSummary = {
  "instrument": "nrs",
  "rule_version": 1,
  "direction": "higher_is_worse",
  "patients": 10,
  "definition": {
    "kind": "mcid_reached"
  },
  "rows": [
    {
      "timepoint": {
        "kind": "post_treatment"
      },
      "patients": 10,
      "with_data": 9,
      "missing_value": 1,
      "missing_baseline": 0,
      "responders": 6,
      "non_responders": 3,
      "not_evaluable": 0,
      "responder_proportion": 0.67,
      "responder_percentage": 66.67,
      "responder_proportion_of_cohort": 0.6,
      "mean_change": 3.1,
      "sd_change": 2.05
    }
  ]
};
import type { ConcurrentTreatment } from "../../docs/typescript/concurrent_treatment";
// docs/schemas/fixtures/concurrent_treatment/valid/opioid_tapered.json
export const concurrent_treatment_0: ConcurrentTreatment = {
  "schema_version": 1,
  "kind": {
    "type": "medication",
    "opioid": true
  },
  "label": "Oxycodone 5 mg twice a day",
  "started_on": "2025-11-01",
  "stopped_on": "2026-04-10",
  "dose_changes": [
    {
      "on": "2026-03-15",
      "direction": "decreased",
      "note": "5 mg once a day"
    }
  ]
};
// docs/schemas/fixtures/concurrent_treatment/valid/yoga_ongoing.json
export const concurrent_treatment_1: ConcurrentTreatment = {
  "schema_version": 1,
  "kind": {
    "type": "yoga"
  },
  "started_on": "2026-03-20"
};
import type { Decimal } from "../../docs/typescript/decimal";
// docs/schemas/fixtures/decimal/valid/mean.json
export const decimal_0: Decimal = 2.67;
// docs/schemas/fixtures/decimal/valid/negative.json
export const decimal_1: Decimal = -0.13;
// docs/schemas/fixtures/decimal/valid/whole.json
export const decimal_2: Decimal = 27;
import type { Event } from "../../docs/typescript/event";
// docs/schemas/fixtures/event/valid/assessment_missed.json
export const event_0: Event = {
  "at": "2026-04-30T09:00:00Z",
  "actor": {
    "role": "system"
  },
  "event": {
    "type": "assessment_missed",
    "timepoint": {
      "kind": "follow_up",
      "months": 2
    },
    "note": "No answers by the end of the window."
  }
};
// docs/schemas/fixtures/event/valid/baseline_assessment.json
export const event_1: Event = {
  "at": "2026-01-08T09:00:00Z",
  "actor": {
    "role": "patient"
  },
  "event": {
    "type": "assessment_recorded",
    "timepoint": {
      "kind": "baseline"
    },
    "responses": [
      {
        "schema_version": 1,
        "instrument": "bpi_sf",
        "answers": [
          6,
          6,
          6,
          6,
          6,
          6,
          6,
          6,
          6,
          6,
          6
        ]
      },
      {
        "schema_version": 1,
        "instrument": "odi",
        "answers": [
          3,
          3,
          3,
          3,
          3,
          3,
          3,
          3,
          3,
          3
        ]
      },
      {
        "schema_version": 1,
        "instrument": "promis_depression_8b",
        "answers": [
          3,
          3,
          3,
          3,
          3,
          3,
          3,
          3
        ]
      },
      {
        "schema_version": 1,
        "instrument": "promis_anxiety_8a",
        "answers": [
          3,
          3,
          3,
          3,
          3,
          3,
          3,
          3
        ]
      },
      {
        "schema_version": 1,
        "instrument": "promis_anger_5a",
        "answers": [
          3,
          3,
          3,
          3,
          3
        ]
      },
      {
        "schema_version": 1,
        "instrument": "promis_sleep_disturbance_8b",
        "answers": [
          3,
          3,
          3,
          3,
          3,
          3,
          3,
          3
        ]
      },
      {
        "schema_version": 1,
        "instrument": "pcs",
        "answers": [
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2
        ]
      },
      {
        "schema_version": 1,
        "instrument": "tsk11",
        "answers": [
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2,
          2
        ]
      }
    ]
  }
};
// docs/schemas/fixtures/event/valid/enrolled.json
export const event_2: Event = {
  "at": "2026-01-06T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "enrolled"
  }
};
// docs/schemas/fixtures/event/valid/event_voided.json
export const event_3: Event = {
  "at": "2026-01-12T10:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "event_voided",
    "event_id": "seq-3",
    "reason": "recorded twice by the clinic app"
  }
};
// docs/schemas/fixtures/event/valid/goal_progress_recorded.json
export const event_4: Event = {
  "at": "2026-02-08T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "goal_progress_recorded",
    "goal_id": "goal-1",
    "entry": {
      "on": "2026-03-23",
      "status": "improving",
      "value": 3,
      "note": "Made it halfway round twice"
    }
  }
};
// docs/schemas/fixtures/event/valid/goal_set_with_entries.json
export const event_5: Event = {
  "at": "2026-02-01T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "goal_set",
    "goal": {
      "schema_version": 1,
      "id": "goal-1",
      "activity": "Walk my dog around the lake again",
      "set_on": "2026-03-02",
      "set_at_session": 1,
      "measure": {
        "type": "count_per_week",
        "target": 5
      },
      "due": "2026-04-27",
      "entries": [
        {
          "on": "2026-03-09",
          "status": "in_progress",
          "value": 1
        },
        {
          "on": "2026-03-23",
          "status": "improving",
          "value": 3,
          "note": "Made it halfway round twice"
        },
        {
          "on": "2026-04-27",
          "status": "achieved",
          "value": 5
        }
      ]
    }
  }
};
// docs/schemas/fixtures/event/valid/intake_screened_with_clearance.json
export const event_6: Event = {
  "at": "2026-01-05T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "intake_screened",
    "outcome": {
      "schema_version": 1,
      "decision": {
        "decision": "eligible"
      },
      "reasons": [
        {
          "criterion": {
            "name": "age"
          },
          "status": "met",
          "observed": {
            "type": "age",
            "years": 38
          },
          "threshold": {
            "type": "age_range",
            "min": 21,
            "max": 70
          },
          "source": "S3",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "pain_duration"
          },
          "status": "met",
          "observed": {
            "type": "duration",
            "duration": {
              "unit": "months",
              "value": 30
            }
          },
          "threshold": {
            "type": "min_duration",
            "months": 3,
            "boundary": "exclusive"
          },
          "source": "S3",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "pain_days"
          },
          "status": "met",
          "observed": {
            "type": "pain_days",
            "days": 150,
            "window": 183
          },
          "threshold": {
            "type": "pain_days",
            "numerator": 1,
            "denominator": 2,
            "window": 183
          },
          "source": "S3",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "average_intensity"
          },
          "status": "met",
          "observed": {
            "type": "rating",
            "value": 6
          },
          "threshold": {
            "type": "min_rating",
            "min": 4
          },
          "source": "S3",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "red_flag",
            "flag": "osteoporosis"
          },
          "status": "cleared",
          "observed": {
            "type": "answer",
            "answer": "unknown"
          },
          "source": "S31",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "phq9_item9"
          },
          "status": "met",
          "observed": {
            "type": "phq9_item9",
            "value": 0
          },
          "threshold": {
            "type": "phq9_item9_positive",
            "from": 1
          },
          "source": "S35",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "suicidal_intent"
          },
          "status": "met",
          "observed": {
            "type": "answer",
            "answer": "no"
          },
          "source": "S38",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "recent_suicide_attempt"
          },
          "status": "met",
          "observed": {
            "type": "answer",
            "answer": "no"
          },
          "source": "S38",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "psychosis"
          },
          "status": "met",
          "observed": {
            "type": "answer",
            "answer": "no"
          },
          "source": "S38",
          "leads_to": {
            "decision": "eligible"
          }
        },
        {
          "criterion": {
            "name": "substance_use_disorder"
          },
          "status": "met",
          "observed": {
            "type": "answer",
            "answer": "no"
          },
          "source": "S38",
          "leads_to": {
            "decision": "eligible"
          }
        }
      ],
      "clearances": [
        {
          "schema_version": 1,
          "flag": "osteoporosis",
          "clinician": "dr-okafor",
          "cleared_at": "2026-03-05T14:00:00Z",
          "note": "DEXA normal; no osteoporosis"
        }
      ],
      "neuroplastic_evidence": {
        "supporting": [
          "onset_stress",
          "inconsistent",
          "stress_trigger"
        ],
        "answered": 5,
        "unsure": 1
      }
    }
  }
};
// docs/schemas/fixtures/event/valid/late_entry.json
export const event_7: Event = {
  "at": "2026-03-30T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-0042"
  },
  "event": {
    "type": "assessment_recorded",
    "timepoint": {
      "kind": "follow_up",
      "months": 1
    },
    "responses": [
      {
        "schema_version": 1,
        "instrument": "bpi_sf",
        "answers": [
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1,
          1
        ]
      },
      {
        "schema_version": 1,
        "instrument": "pgic",
        "answers": [
          2
        ]
      }
    ],
    "late_entry": {
      "approved_by": "dr-0042",
      "reason": "Patient was in hospital during the window; answers collected by phone."
    }
  }
};
// docs/schemas/fixtures/event/valid/red_flag_cleared.json
export const event_8: Event = {
  "at": "2026-01-05T10:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "red_flag_cleared",
    "clearance": {
      "schema_version": 1,
      "flag": "osteoporosis",
      "clinician": "dr-okafor",
      "cleared_at": "2026-03-05T14:00:00Z",
      "note": "DEXA normal; no osteoporosis"
    }
  }
};
// docs/schemas/fixtures/event/valid/safety_concern_raised_other.json
export const event_9: Event = {
  "at": "2026-01-24T09:00:00Z",
  "actor": {
    "role": "patient"
  },
  "event": {
    "type": "safety_concern_raised",
    "concern": {
      "concern": "other",
      "note": "Felt faint after the session and went home early."
    }
  }
};
// docs/schemas/fixtures/event/valid/safety_concern_resolved.json
export const event_10: Event = {
  "at": "2026-01-25T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "safety_concern_resolved",
    "note": "Urgent exam: urinary tract infection, no neurological deficit."
  }
};
// docs/schemas/fixtures/event/valid/session_completed.json
export const event_11: Event = {
  "at": "2026-01-11T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "session_completed",
    "number": 1,
    "session_id": "s-1"
  }
};
import type { EventLog } from "../../docs/typescript/event_log";
// docs/schemas/fixtures/event_log/valid/first_four_events.json
export const event_log_0: EventLog = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 3,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 0
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "f5ae7cbc8f394625ffaa41065cb1f83fba605bec20de30ccb6088a6fa597a7c9",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "bea7e78f2280d6cd63b59753c579257f50f9f19aa5cfb0a239d360a2f687a00d",
      "id": "seq-3",
      "seq": 3
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2
};
// docs/schemas/fixtures/event_log/valid/late_entry_and_missed_follow_up.json
export const event_log_1: EventLog = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 3,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 0
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "f5ae7cbc8f394625ffaa41065cb1f83fba605bec20de30ccb6088a6fa597a7c9",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "bea7e78f2280d6cd63b59753c579257f50f9f19aa5cfb0a239d360a2f687a00d",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-13T09:00:00Z",
      "event": {
        "number": 2,
        "session_id": "s-2",
        "type": "session_completed"
      },
      "hash": "0f9d87709796be668879fe554838878282c2ff9620a04a7d522218af8033b423",
      "id": "seq-4",
      "seq": 4
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-16T09:00:00Z",
      "event": {
        "number": 3,
        "session_id": "s-3",
        "type": "session_completed"
      },
      "hash": "aeaf07fe799f125a6817ec9643d629f7c2360b12d16c10d313733fafc3367082",
      "id": "seq-5",
      "seq": 5
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-20T09:00:00Z",
      "event": {
        "number": 4,
        "session_id": "s-4",
        "type": "session_completed"
      },
      "hash": "a0d92926b33ab4e851e46f76c593548ef3b46a14daa691c3f318deeba6ea6fad",
      "id": "seq-6",
      "seq": 6
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-23T09:00:00Z",
      "event": {
        "number": 5,
        "session_id": "s-5",
        "type": "session_completed"
      },
      "hash": "2e6e25fac14f73e3db77ecc4628b725cfe48558a87140a194b561d051a853f4d",
      "id": "seq-7",
      "seq": 7
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T09:00:00Z",
      "event": {
        "concern": {
          "concern": "new_red_flag",
          "flag": "bladder_dysfunction"
        },
        "type": "safety_concern_raised"
      },
      "hash": "abe58bc0de29c8370f213c4af0b50deaad119ab508f8e49e5cc8fc6345c8b50b",
      "id": "seq-8",
      "seq": 8
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-25T09:00:00Z",
      "event": {
        "note": "Urgent exam: urinary tract infection, no neurological deficit.",
        "type": "safety_concern_resolved"
      },
      "hash": "745af1cd10a05335102aa8355da32ddb6dc6f2606c6920d980a045040d5ff27e",
      "id": "seq-9",
      "seq": 9
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-27T09:00:00Z",
      "event": {
        "number": 6,
        "session_id": "s-6",
        "type": "session_completed"
      },
      "hash": "f32557d64ceabec9f561a51197fa1b3343b7659bc02d7f84afcaa324e787e144",
      "id": "seq-10",
      "seq": 10
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-30T09:00:00Z",
      "event": {
        "number": 7,
        "session_id": "s-7",
        "type": "session_completed"
      },
      "hash": "a39ad8ec323e951b133894ea7988987188cc40c6ee25a0229ed1c5c48f4c21e9",
      "id": "seq-11",
      "seq": 11
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-03T09:00:00Z",
      "event": {
        "number": 8,
        "session_id": "s-8",
        "type": "session_completed"
      },
      "hash": "15f2632655e4e8d84adc0464d8bde89eba7296ab3797b840035bee95c98241b2",
      "id": "seq-12",
      "seq": 12
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-06T09:00:00Z",
      "event": {
        "number": 9,
        "session_id": "s-9",
        "type": "session_completed"
      },
      "hash": "224aae80801228ee75d1017058e44e323dc6c92c255b9362b0ec70b0eb2726c4",
      "id": "seq-13",
      "seq": 13
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "tsk11",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "a7a28b18b90d827a5338fe6cce262dd9dea95849433509ce934c0bc36f765dfb",
      "id": "seq-14",
      "seq": 14
    },
    {
      "actor": {
        "id": "dr-0042",
        "role": "clinician"
      },
      "at": "2026-03-30T09:00:00Z",
      "event": {
        "late_entry": {
          "approved_by": "dr-0042",
          "reason": "Patient was in hospital during the window; answers collected by phone."
        },
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "057fe569c13d166734272d8a095cb23ba2d2ee076733dcbcc642f2a67e7cf9be",
      "id": "seq-15",
      "seq": 15
    },
    {
      "actor": {
        "role": "system"
      },
      "at": "2026-04-30T09:00:00Z",
      "event": {
        "note": "No answers by the end of the window.",
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_missed"
      },
      "hash": "05b9abeedd3502933fd4e9017ecb613ca3da3306bd7a1e04346d67e782c0e889",
      "id": "seq-16",
      "seq": 16
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-05-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "436d61ce903a87b13b7555be14aaed1e861e01b59542c30541c890e7e85285d9",
      "id": "seq-17",
      "seq": 17
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-08-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "d5a4f6ab12965f669a242117f0dfba3004351f3981e80b5d23d42b596b80e2f3",
      "id": "seq-18",
      "seq": 18
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2027-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "8ceec64b2628578dd21507a4620988f09c1901f60be22ef19273ed9c63ecf664",
      "id": "seq-19",
      "seq": 19
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2
};
// docs/schemas/fixtures/event_log/valid/safety_goals_and_clearances.json
export const event_log_2: EventLog = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [
            {
              "cleared_at": "2026-01-04T14:00:00Z",
              "clinician": "dr-okafor",
              "flag": "osteoporosis",
              "note": "DEXA normal; no osteoporosis",
              "schema_version": 1
            }
          ],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 5,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 1
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "flag": "osteoporosis",
                "name": "red_flag"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "unknown",
                "type": "answer"
              },
              "source": "S31",
              "status": "cleared"
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "a9b9f04f717d7deb7ee228cfc63cfee83e123709e830515b406bc8534597765e",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T10:00:00Z",
      "event": {
        "clearance": {
          "cleared_at": "2026-01-04T14:00:00Z",
          "clinician": "dr-okafor",
          "flag": "osteoporosis",
          "note": "DEXA normal; no osteoporosis",
          "schema_version": 1
        },
        "type": "red_flag_cleared"
      },
      "hash": "bbaf1720975a2a19bfe4cdf8ec9760bbc340ccb53e4f5823970ac0a95dd3b4b4",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "ef6dc1b2d0447bc70f2746483000d532fb1b9b9ff801f5f964197944483d8387",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "57449145e975b5e666d10711dbbb2192283ce305d94c6226d8cd6e3b48c31dbc",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "37f2ae63193f3f234531a20144161aaa11b8771431218cda1d0d63283f2e7032",
      "id": "seq-4",
      "seq": 4
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-13T09:00:00Z",
      "event": {
        "number": 2,
        "session_id": "s-2",
        "type": "session_completed"
      },
      "hash": "caac59f7ef35dfef5bf8a43c1e0ca0619c495bcfdc5abb070bc148490a2be7be",
      "id": "seq-5",
      "seq": 5
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-16T09:00:00Z",
      "event": {
        "number": 3,
        "session_id": "s-3",
        "type": "session_completed"
      },
      "hash": "eaa566188182446241576097a4407ae7519e7520f3075d7b92f418975d918870",
      "id": "seq-6",
      "seq": 6
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-20T09:00:00Z",
      "event": {
        "number": 4,
        "session_id": "s-4",
        "type": "session_completed"
      },
      "hash": "b1da269a4a5efc7d2f70c2ec44c7d670cf6aea9a79078db36019d15d0dfbd7ef",
      "id": "seq-7",
      "seq": 7
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-23T09:00:00Z",
      "event": {
        "number": 5,
        "session_id": "s-5",
        "type": "session_completed"
      },
      "hash": "fe42e786cd0639ba0e1505774a6eb6f877063bb2964c77b5012dab77e254ecf5",
      "id": "seq-8",
      "seq": 8
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T08:00:00Z",
      "event": {
        "concern": {
          "concern": "other",
          "note": "Felt faint after the session and went home early."
        },
        "type": "safety_concern_raised"
      },
      "hash": "94533b57ef7a0605d21b7630fd58f72b2836664e45b6d6ca2ce53a60b5f19c8b",
      "id": "seq-9",
      "seq": 9
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T09:00:00Z",
      "event": {
        "concern": {
          "concern": "new_red_flag",
          "flag": "bladder_dysfunction"
        },
        "type": "safety_concern_raised"
      },
      "hash": "d97a92b6c9496fa40d79e777aa528add60c7600f2b1a1ef4cfa5804ae6ed6d29",
      "id": "seq-10",
      "seq": 10
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-25T09:00:00Z",
      "event": {
        "note": "Urgent exam: urinary tract infection, no neurological deficit.",
        "type": "safety_concern_resolved"
      },
      "hash": "6e490544bd47035037db1dc0050cf310ce886d09855bf02608be7454cd901eec",
      "id": "seq-11",
      "seq": 11
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-27T09:00:00Z",
      "event": {
        "number": 6,
        "session_id": "s-6",
        "type": "session_completed"
      },
      "hash": "b186c3cd44599fe80cded1fb920979e8f1a274aaa5100051c1a600dc22d103d2",
      "id": "seq-12",
      "seq": 12
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-30T09:00:00Z",
      "event": {
        "number": 7,
        "session_id": "s-7",
        "type": "session_completed"
      },
      "hash": "bb2ed7833694a6f6a3cdff2526255f944a933c5a3ab6fcab1402f851e2c11a8d",
      "id": "seq-13",
      "seq": 13
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-03T09:00:00Z",
      "event": {
        "number": 8,
        "session_id": "s-8",
        "type": "session_completed"
      },
      "hash": "dacf2702b2d96ea8b088e038caf7c18cc9fcbe9212eca822c18c019901d15c6a",
      "id": "seq-14",
      "seq": 14
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-06T09:00:00Z",
      "event": {
        "number": 9,
        "session_id": "s-9",
        "type": "session_completed"
      },
      "hash": "c775a9276a39ac462455983ef2d21e1de4dac87da2ffb0a6d2aa31ffc2d10132",
      "id": "seq-15",
      "seq": 15
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "tsk11",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "ea5acec15ae09132e5a8f3e6832d17811ae036c0a2f8ee719e57a60ef0467b7b",
      "id": "seq-16",
      "seq": 16
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-03-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "5b799cdd8a5c65ba15ee7bba6e5c3028d6381c150cfaa7a7258b32b881f76071",
      "id": "seq-17",
      "seq": 17
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-03-24T10:00:00Z",
      "event": {
        "goal": {
          "activity": "Walk my dog around the lake again",
          "due": "2026-04-27",
          "entries": [
            {
              "on": "2026-03-09",
              "status": "in_progress",
              "value": 1
            },
            {
              "note": "Made it halfway round twice",
              "on": "2026-03-23",
              "status": "improving",
              "value": 3
            }
          ],
          "id": "goal-1",
          "measure": {
            "target": 5,
            "type": "count_per_week"
          },
          "schema_version": 1,
          "set_at_session": 1,
          "set_on": "2026-03-02"
        },
        "type": "goal_set"
      },
      "hash": "57a8363b920b30afa95ddb5c896da0b39c02bcd526d16f22ae8cb9c817980056",
      "id": "seq-18",
      "seq": 18
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-04-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "9217c5996ef3d3ba7ee65eb94c3806b810e7e9b26e9f177edb746df16be25424",
      "id": "seq-19",
      "seq": 19
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-04-27T10:00:00Z",
      "event": {
        "entry": {
          "note": "Walked the whole lake path five times this week",
          "on": "2026-04-27",
          "status": "achieved",
          "value": 5
        },
        "goal_id": "goal-1",
        "type": "goal_progress_recorded"
      },
      "hash": "93f98ca2f9bde6ad3a3aed1b763a52b5ef2f756301a6891e93209b5277b3dd7a",
      "id": "seq-20",
      "seq": 20
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-05-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "b962656cc02f59e0dc76da0d7b2af8ca9102f2aaed2caf5ab005dcf0dc6c6cd0",
      "id": "seq-21",
      "seq": 21
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-08-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "ed31cc487f7ffd97a1f612e3f4f7cc5713f449f13299393e62c2426badaabec8",
      "id": "seq-22",
      "seq": 22
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2027-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "09103213a2510e902eefa28805c917e11f4d5d465b71e598542707b76a1c273c",
      "id": "seq-23",
      "seq": 23
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2
};
// docs/schemas/fixtures/event_log/valid/treatment_completed.json
export const event_log_3: EventLog = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 3,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 0
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "f5ae7cbc8f394625ffaa41065cb1f83fba605bec20de30ccb6088a6fa597a7c9",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "bea7e78f2280d6cd63b59753c579257f50f9f19aa5cfb0a239d360a2f687a00d",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-13T09:00:00Z",
      "event": {
        "number": 2,
        "session_id": "s-2",
        "type": "session_completed"
      },
      "hash": "0f9d87709796be668879fe554838878282c2ff9620a04a7d522218af8033b423",
      "id": "seq-4",
      "seq": 4
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-16T09:00:00Z",
      "event": {
        "number": 3,
        "session_id": "s-3",
        "type": "session_completed"
      },
      "hash": "aeaf07fe799f125a6817ec9643d629f7c2360b12d16c10d313733fafc3367082",
      "id": "seq-5",
      "seq": 5
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-20T09:00:00Z",
      "event": {
        "number": 4,
        "session_id": "s-4",
        "type": "session_completed"
      },
      "hash": "a0d92926b33ab4e851e46f76c593548ef3b46a14daa691c3f318deeba6ea6fad",
      "id": "seq-6",
      "seq": 6
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-23T09:00:00Z",
      "event": {
        "number": 5,
        "session_id": "s-5",
        "type": "session_completed"
      },
      "hash": "2e6e25fac14f73e3db77ecc4628b725cfe48558a87140a194b561d051a853f4d",
      "id": "seq-7",
      "seq": 7
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T09:00:00Z",
      "event": {
        "concern": {
          "concern": "new_red_flag",
          "flag": "bladder_dysfunction"
        },
        "type": "safety_concern_raised"
      },
      "hash": "abe58bc0de29c8370f213c4af0b50deaad119ab508f8e49e5cc8fc6345c8b50b",
      "id": "seq-8",
      "seq": 8
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-25T09:00:00Z",
      "event": {
        "note": "Urgent exam: urinary tract infection, no neurological deficit.",
        "type": "safety_concern_resolved"
      },
      "hash": "745af1cd10a05335102aa8355da32ddb6dc6f2606c6920d980a045040d5ff27e",
      "id": "seq-9",
      "seq": 9
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-27T09:00:00Z",
      "event": {
        "number": 6,
        "session_id": "s-6",
        "type": "session_completed"
      },
      "hash": "f32557d64ceabec9f561a51197fa1b3343b7659bc02d7f84afcaa324e787e144",
      "id": "seq-10",
      "seq": 10
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-30T09:00:00Z",
      "event": {
        "number": 7,
        "session_id": "s-7",
        "type": "session_completed"
      },
      "hash": "a39ad8ec323e951b133894ea7988987188cc40c6ee25a0229ed1c5c48f4c21e9",
      "id": "seq-11",
      "seq": 11
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-03T09:00:00Z",
      "event": {
        "number": 8,
        "session_id": "s-8",
        "type": "session_completed"
      },
      "hash": "15f2632655e4e8d84adc0464d8bde89eba7296ab3797b840035bee95c98241b2",
      "id": "seq-12",
      "seq": 12
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-06T09:00:00Z",
      "event": {
        "number": 9,
        "session_id": "s-9",
        "type": "session_completed"
      },
      "hash": "224aae80801228ee75d1017058e44e323dc6c92c255b9362b0ec70b0eb2726c4",
      "id": "seq-13",
      "seq": 13
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "tsk11",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "a7a28b18b90d827a5338fe6cce262dd9dea95849433509ce934c0bc36f765dfb",
      "id": "seq-14",
      "seq": 14
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-03-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "c72cc206983bead07060132f40bb5574cf265a3aecb8b2b0784ccff9398b3656",
      "id": "seq-15",
      "seq": 15
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-04-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "25717fe14dfc0224af12e62601ef28586977595faf5857b0a56e72723cc39b16",
      "id": "seq-16",
      "seq": 16
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-05-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "e4b0ee8ee98709ecee52c38e162f299e11685884d73d2256b896e3163d6e2c0e",
      "id": "seq-17",
      "seq": 17
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-08-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "8261553d1b31de620f4214f1f7869450f05085b5ea2771a06bb39b0cb430e0f6",
      "id": "seq-18",
      "seq": 18
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2027-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "0a06661b836d6c2a77ec6676717ae861dc0861e94b2092ce9c73123d988b4a27",
      "id": "seq-19",
      "seq": 19
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2
};
// docs/schemas/fixtures/event_log/valid/voided_and_recorded_again.json
export const event_log_4: EventLog = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 3,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 0
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "f5ae7cbc8f394625ffaa41065cb1f83fba605bec20de30ccb6088a6fa597a7c9",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "bea7e78f2280d6cd63b59753c579257f50f9f19aa5cfb0a239d360a2f687a00d",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-12T10:00:00Z",
      "event": {
        "event_id": "seq-3",
        "reason": "recorded twice by the clinic app",
        "type": "event_voided"
      },
      "hash": "c93feda38d652506c5a5c7e49123c69ba6b197145fe57ac3ae510d37ba9bae38",
      "id": "void-7f9c2e1a",
      "seq": 4
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-12T10:05:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "57e3884164ad9d168a2e13480971d4dc3c88754a311ba776667b224aeaa9fff4",
      "id": "3b1e0c55-session-1",
      "seq": 5
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2
};
import type { Exercise } from "../../docs/typescript/exercise";
// docs/schemas/fixtures/exercise/valid/catalog_somatic_tracking.json
export const exercise_0: Exercise = {
  "source": "catalog",
  "kind": "somatic_tracking"
};
// docs/schemas/fixtures/exercise/valid/custom_walk.json
export const exercise_1: Exercise = {
  "source": "custom",
  "id": "clinic-mindful-walk",
  "name": "Mindful walk around the block",
  "components": [
    "somatic_tracking",
    "positive_sensations"
  ],
  "family": "mindfulness",
  "typical_minutes": 20
};
import type { Homework } from "../../docs/typescript/homework";
// docs/schemas/fixtures/homework/valid/daily_somatic_tracking.json
export const homework_0: Homework = {
  "schema_version": 1,
  "assigned_on": "2026-03-02",
  "assignments": [
    {
      "exercise": {
        "source": "catalog",
        "kind": "somatic_tracking"
      },
      "frequency": {
        "times": 1,
        "per": "day"
      },
      "due": "2026-03-09"
    }
  ],
  "completions": [
    {
      "assignment": 0,
      "on": "2026-03-03",
      "minutes": 12
    },
    {
      "assignment": 0,
      "on": "2026-03-04",
      "minutes": 15,
      "log": {
        "schema_version": 1,
        "exercise": {
          "source": "catalog",
          "kind": "somatic_tracking"
        },
        "started_at": "2026-03-04T18:30:00Z",
        "minutes": 15,
        "guidance": "guided"
      }
    }
  ]
};
// docs/schemas/fixtures/homework/valid/tracking_with_notes.json
export const homework_1: Homework = {
  "schema_version": 1,
  "assigned_on": "2026-03-02",
  "assignments": [
    {
      "exercise": {
        "source": "catalog",
        "kind": "somatic_tracking"
      },
      "frequency": {
        "times": 1,
        "per": "day"
      },
      "due": "2026-03-09"
    }
  ],
  "completions": [
    {
      "assignment": 0,
      "on": "2026-03-03",
      "minutes": 12
    },
    {
      "assignment": 0,
      "on": "2026-03-04",
      "minutes": 15,
      "log": {
        "schema_version": 1,
        "exercise": {
          "source": "catalog",
          "kind": "somatic_tracking"
        },
        "started_at": "2026-03-04T18:30:00Z",
        "minutes": 15,
        "guidance": "guided"
      }
    },
    {
      "assignment": 0,
      "on": "2026-03-05",
      "minutes": 10,
      "log": {
        "schema_version": 1,
        "exercise": {
          "source": "catalog",
          "kind": "somatic_tracking"
        },
        "started_at": "2026-03-05T18:30:00Z",
        "minutes": 10,
        "guidance": "self_guided",
        "pain_before": 6,
        "pain_after": 4,
        "somatic_tracking": {
          "regions": [
            {
              "region": "lower_back",
              "side": "midline",
              "sensations": [
                "tight",
                "aching"
              ],
              "intensity": 6,
              "shift": "eased",
              "safety_appraisal": 3,
              "emotions": [
                "fear",
                "memory_of_injury"
              ],
              "note": "Remembered lifting the boxes"
            },
            {
              "region": "neck",
              "side": "left",
              "sensations": [
                "pressure"
              ],
              "intensity": 3,
              "shift": "moved",
              "safety_appraisal": 1
            }
          ]
        },
        "note": "Easier than yesterday."
      }
    }
  ]
};
import type { InstrumentId } from "../../docs/typescript/instrument_id";
// docs/schemas/fixtures/instrument_id/valid/phq9.json
export const instrument_id_0: InstrumentId = "phq9";
// docs/schemas/fixtures/instrument_id/valid/promis_sleep.json
export const instrument_id_1: InstrumentId = "promis_sleep_disturbance_8b";
import type { InstrumentKey } from "../../docs/typescript/instrument_key";
// docs/schemas/fixtures/instrument_key/valid/bpi_interference.json
export const instrument_key_0: InstrumentKey = "bpi_interference";
// docs/schemas/fixtures/instrument_key/valid/nrs.json
export const instrument_key_1: InstrumentKey = "nrs";
import type { IntakeForm } from "../../docs/typescript/intake_form";
// docs/schemas/fixtures/intake_form/valid/prior_treatments_and_imaging.json
export const intake_form_0: IntakeForm = {
  "schema_version": 1,
  "assessment_date": "2026-03-02",
  "age": {
    "type": "date_of_birth",
    "date": "1987-09-14"
  },
  "pain": {
    "locations": [
      {
        "region": "lower_back",
        "side": "midline"
      },
      {
        "region": "hip",
        "side": "left"
      }
    ],
    "duration": {
      "unit": "months",
      "value": 30
    },
    "days_with_pain_past_6_months": 150,
    "onset": {
      "date": {
        "precision": "month",
        "year": 2023,
        "month": 9
      },
      "circumstances": "stressful_period"
    },
    "current_intensity": 5,
    "average_intensity_past_week": 6,
    "prior_treatments": [
      {
        "kind": "physiotherapy",
        "note": "Twelve sessions in 2024; helped for a few weeks."
      },
      {
        "kind": "medication"
      }
    ],
    "imaging": [
      {
        "modality": "mri",
        "finding": "Mild disc bulge at L4-L5, no nerve root compression."
      }
    ],
    "back_surgery": {
      "status": "no_surgery"
    }
  },
  "red_flags": {
    "major_trauma": "no",
    "minor_trauma_older_or_osteoporotic": "no",
    "prolonged_corticosteroid_use": "no",
    "osteoporosis": "no",
    "history_of_cancer": "no",
    "fever_or_chills": "no",
    "unexplained_weight_loss": "no",
    "recent_bacterial_infection": "no",
    "intravenous_drug_use": "no",
    "immunosuppression": "no",
    "pain_worse_supine": "no",
    "severe_night_pain": "no",
    "saddle_anaesthesia": "no",
    "bladder_dysfunction": "no",
    "severe_or_progressive_neurological_deficit": "no",
    "lax_anal_sphincter": "no",
    "perianal_sensory_loss": "no",
    "major_motor_weakness": "no",
    "faecal_incontinence": "no",
    "bilateral_leg_symptoms": "no",
    "failure_to_improve": "no",
    "pain_unrelieved_by_rest": "no",
    "recent_lumbar_surgery": "no",
    "thoracic_pain": "no",
    "structural_deformity": "no",
    "abdominal_aortic_aneurysm": "no"
  },
  "conditions": {
    "recent_spinal_fracture": "no",
    "spinal_tumour": "no",
    "rheumatoid_arthritis": "no",
    "polymyalgia_rheumatica": "no",
    "scleroderma": "no",
    "lupus": "no",
    "polymyositis": "no",
    "ankylosing_spondylitis": "no",
    "psoriatic_arthritis": "no",
    "discitis_or_osteomyelitis": "no",
    "radiculopathy_with_motor_deficit": "no",
    "osteoporosis_needing_treatment": "no",
    "cancer_or_recent_cancer_treatment": "no",
    "bipolar_mania": "no",
    "dementia": "no"
  },
  "psychiatric": {
    "phq9_item9": 0,
    "suicidal_intent": "no",
    "recent_suicide_attempt": "no",
    "psychosis": "no",
    "substance_use_disorder": "no"
  },
  "neuroplastic_evidence": {
    "onset_stress": "yes",
    "inconsistent": "yes",
    "delayed": "unsure",
    "symmetrical": "no",
    "stress_trigger": "yes"
  }
};
// docs/schemas/fixtures/intake_form/valid/typical_low_back_pain.json
export const intake_form_1: IntakeForm = {
  "schema_version": 1,
  "assessment_date": "2026-03-02",
  "age": {
    "type": "date_of_birth",
    "date": "1987-09-14"
  },
  "pain": {
    "locations": [
      {
        "region": "lower_back",
        "side": "midline"
      },
      {
        "region": "hip",
        "side": "left"
      }
    ],
    "duration": {
      "unit": "months",
      "value": 30
    },
    "days_with_pain_past_6_months": 150,
    "onset": {
      "date": {
        "precision": "month",
        "year": 2023,
        "month": 9
      },
      "circumstances": "stressful_period"
    },
    "current_intensity": 5,
    "average_intensity_past_week": 6,
    "prior_treatments": [],
    "imaging": [],
    "back_surgery": {
      "status": "no_surgery"
    }
  },
  "red_flags": {
    "major_trauma": "no",
    "minor_trauma_older_or_osteoporotic": "no",
    "prolonged_corticosteroid_use": "no",
    "osteoporosis": "no",
    "history_of_cancer": "no",
    "fever_or_chills": "no",
    "unexplained_weight_loss": "no",
    "recent_bacterial_infection": "no",
    "intravenous_drug_use": "no",
    "immunosuppression": "no",
    "pain_worse_supine": "no",
    "severe_night_pain": "no",
    "saddle_anaesthesia": "no",
    "bladder_dysfunction": "no",
    "severe_or_progressive_neurological_deficit": "no",
    "lax_anal_sphincter": "no",
    "perianal_sensory_loss": "no",
    "major_motor_weakness": "no",
    "faecal_incontinence": "no",
    "bilateral_leg_symptoms": "no",
    "failure_to_improve": "no",
    "pain_unrelieved_by_rest": "no",
    "recent_lumbar_surgery": "no",
    "thoracic_pain": "no",
    "structural_deformity": "no",
    "abdominal_aortic_aneurysm": "no"
  },
  "conditions": {
    "recent_spinal_fracture": "no",
    "spinal_tumour": "no",
    "rheumatoid_arthritis": "no",
    "polymyalgia_rheumatica": "no",
    "scleroderma": "no",
    "lupus": "no",
    "polymyositis": "no",
    "ankylosing_spondylitis": "no",
    "psoriatic_arthritis": "no",
    "discitis_or_osteomyelitis": "no",
    "radiculopathy_with_motor_deficit": "no",
    "osteoporosis_needing_treatment": "no",
    "cancer_or_recent_cancer_treatment": "no",
    "bipolar_mania": "no",
    "dementia": "no"
  },
  "psychiatric": {
    "phq9_item9": 0,
    "suicidal_intent": "no",
    "recent_suicide_attempt": "no",
    "psychosis": "no",
    "substance_use_disorder": "no"
  },
  "neuroplastic_evidence": {
    "onset_stress": "yes",
    "inconsistent": "yes",
    "delayed": "unsure",
    "symmetrical": "no",
    "stress_trigger": "yes"
  }
};
import type { Mcid } from "../../docs/typescript/mcid";
// docs/schemas/fixtures/mcid/valid/nrs_two_points_or_30_percent.json
export const mcid_0: Mcid = {
  "points": 2,
  "percent": 30,
  "rule": "either",
  "source": "S43"
};
import type { Measurement } from "../../docs/typescript/measurement";
// docs/schemas/fixtures/measurement/valid/bpi_interference.json
export const measurement_0: Measurement = {
  "instrument": "bpi_interference",
  "rule_version": 1,
  "value": 6.14,
  "direction": "higher_is_worse"
};
import type { Note } from "../../docs/typescript/note";
// docs/schemas/fixtures/note/valid/multi_line.json
export const note_0: Note = "Pain eased after the walk.\nLess fear on the stairs.";
// docs/schemas/fixtures/note/valid/single_char.json
export const note_1: Note = "x";
import type { OutcomeSummary } from "../../docs/typescript/outcome_summary";
// docs/schemas/fixtures/outcome_summary/valid/in_treatment.json
export const outcome_summary_0: OutcomeSummary = {
  "schema_version": 1,
  "instruments": [
    {
      "instrument": "bpi_sf",
      "trajectory": {
        "instrument": "bpi_sf",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 6
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": []
    },
    {
      "instrument": "odi",
      "trajectory": {
        "instrument": "odi",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 60
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": []
    },
    {
      "instrument": "promis_depression_8b",
      "trajectory": {
        "instrument": "promis_depression_8b",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 24
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "promis_anxiety_8a",
      "trajectory": {
        "instrument": "promis_anxiety_8a",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 24
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "promis_anger_5a",
      "trajectory": {
        "instrument": "promis_anger_5a",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 15
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "promis_sleep_disturbance_8b",
      "trajectory": {
        "instrument": "promis_sleep_disturbance_8b",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 24
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "pcs",
      "trajectory": {
        "instrument": "pcs",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 26
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": []
    },
    {
      "instrument": "tsk11",
      "trajectory": {
        "instrument": "tsk11",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 22
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": []
    }
  ]
};
// docs/schemas/fixtures/outcome_summary/valid/treatment_completed.json
export const outcome_summary_1: OutcomeSummary = {
  "schema_version": 1,
  "instruments": [
    {
      "instrument": "bpi_sf",
      "trajectory": {
        "instrument": "bpi_sf",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 6
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 1
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 1
            },
            "date": "2026-03-11",
            "value": 1
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 2
            },
            "date": "2026-04-11",
            "value": 1
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 3
            },
            "date": "2026-05-11",
            "value": 2
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 6
            },
            "date": "2026-08-11",
            "value": 1
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 12
            },
            "date": "2027-02-11",
            "value": 1
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": [
        {
          "timepoint": {
            "kind": "post_treatment"
          },
          "status": {
            "status": "responder"
          }
        },
        {
          "timepoint": {
            "kind": "follow_up",
            "months": 1
          },
          "status": {
            "status": "responder"
          }
        },
        {
          "timepoint": {
            "kind": "follow_up",
            "months": 2
          },
          "status": {
            "status": "responder"
          }
        },
        {
          "timepoint": {
            "kind": "follow_up",
            "months": 3
          },
          "status": {
            "status": "responder"
          }
        },
        {
          "timepoint": {
            "kind": "follow_up",
            "months": 6
          },
          "status": {
            "status": "responder"
          }
        },
        {
          "timepoint": {
            "kind": "follow_up",
            "months": 12
          },
          "status": {
            "status": "responder"
          }
        }
      ]
    },
    {
      "instrument": "odi",
      "trajectory": {
        "instrument": "odi",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 60
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 0
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": [
        {
          "timepoint": {
            "kind": "post_treatment"
          },
          "status": {
            "status": "responder"
          }
        }
      ]
    },
    {
      "instrument": "promis_depression_8b",
      "trajectory": {
        "instrument": "promis_depression_8b",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 24
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 8
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "promis_anxiety_8a",
      "trajectory": {
        "instrument": "promis_anxiety_8a",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 24
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 8
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "promis_anger_5a",
      "trajectory": {
        "instrument": "promis_anger_5a",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 15
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 5
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "promis_sleep_disturbance_8b",
      "trajectory": {
        "instrument": "promis_sleep_disturbance_8b",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 24
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 20
          }
        ]
      },
      "statuses": []
    },
    {
      "instrument": "pcs",
      "trajectory": {
        "instrument": "pcs",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 26
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 0
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": [
        {
          "timepoint": {
            "kind": "post_treatment"
          },
          "status": {
            "status": "responder"
          }
        }
      ]
    },
    {
      "instrument": "tsk11",
      "trajectory": {
        "instrument": "tsk11",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "baseline"
            },
            "date": "2026-01-08",
            "value": 22
          },
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 11
          }
        ]
      },
      "definition": {
        "kind": "mcid_reached"
      },
      "statuses": [
        {
          "timepoint": {
            "kind": "post_treatment"
          },
          "status": {
            "status": "responder"
          }
        }
      ]
    },
    {
      "instrument": "pgic",
      "trajectory": {
        "instrument": "pgic",
        "rule_version": 1,
        "direction": "higher_is_worse",
        "administrations": [
          {
            "timepoint": {
              "kind": "post_treatment"
            },
            "date": "2026-02-11",
            "value": 2
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 1
            },
            "date": "2026-03-11",
            "value": 2
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 2
            },
            "date": "2026-04-11",
            "value": 2
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 3
            },
            "date": "2026-05-11",
            "value": 2
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 6
            },
            "date": "2026-08-11",
            "value": 2
          },
          {
            "timepoint": {
              "kind": "follow_up",
              "months": 12
            },
            "date": "2027-02-11",
            "value": 2
          }
        ]
      },
      "statuses": []
    }
  ]
};
import type { PatientId } from "../../docs/typescript/patient_id";
// docs/schemas/fixtures/patient_id/valid/record_number.json
export const patient_id_0: PatientId = "mrn-000123";
// docs/schemas/fixtures/patient_id/valid/uuid.json
export const patient_id_1: PatientId = "550e8400-e29b-41d4-a716-446655440000";
import type { Percentage } from "../../docs/typescript/percentage";
// docs/schemas/fixtures/percentage/valid/hundred.json
export const percentage_0: Percentage = 100;
// docs/schemas/fixtures/percentage/valid/two_decimals.json
export const percentage_1: Percentage = 66.67;
// docs/schemas/fixtures/percentage/valid/zero.json
export const percentage_2: Percentage = 0;
import type { Population } from "../../docs/typescript/population";
// docs/schemas/fixtures/population/valid/clinical_sample.json
export const population_0: Population = {
  "mean": 5.1,
  "sd": 2
};
import type { PracticeLog } from "../../docs/typescript/practice_log";
// docs/schemas/fixtures/practice_log/valid/guided_after_work.json
export const practice_log_0: PracticeLog = {
  "schema_version": 1,
  "exercise": {
    "source": "catalog",
    "kind": "somatic_tracking"
  },
  "started_at": "2026-03-04T18:30:00Z",
  "minutes": 15,
  "guidance": "guided",
  "pain_before": 6,
  "pain_after": 4
};
// docs/schemas/fixtures/practice_log/valid/somatic_tracking_two_regions.json
export const practice_log_1: PracticeLog = {
  "schema_version": 1,
  "exercise": {
    "source": "catalog",
    "kind": "somatic_tracking"
  },
  "started_at": "2026-03-02T18:30:00Z",
  "minutes": 10,
  "guidance": "self_guided",
  "pain_before": 6,
  "pain_after": 4,
  "somatic_tracking": {
    "regions": [
      {
        "region": "lower_back",
        "side": "midline",
        "sensations": [
          "tight",
          "aching"
        ],
        "intensity": 6,
        "shift": "eased",
        "safety_appraisal": 3,
        "emotions": [
          "fear",
          "memory_of_injury"
        ],
        "note": "Remembered lifting the boxes"
      },
      {
        "region": "neck",
        "side": "left",
        "sensations": [
          "pressure"
        ],
        "intensity": 3,
        "shift": "moved",
        "safety_appraisal": 1
      }
    ]
  }
};
// docs/schemas/fixtures/practice_log/valid/started_at_with_offset.json
export const practice_log_2: PracticeLog = {
  "schema_version": 1,
  "exercise": {
    "source": "catalog",
    "kind": "somatic_tracking"
  },
  "started_at": "2026-03-04T19:30:00+01:00",
  "minutes": 15,
  "guidance": "guided",
  "pain_before": 6,
  "pain_after": 4
};
// docs/schemas/fixtures/practice_log/valid/with_note.json
export const practice_log_3: PracticeLog = {
  "schema_version": 1,
  "exercise": {
    "source": "catalog",
    "kind": "somatic_tracking"
  },
  "started_at": "2026-03-04T18:30:00Z",
  "minutes": 15,
  "guidance": "guided",
  "pain_before": 6,
  "pain_after": 4,
  "note": "Calmer afterwards; the ache eased while I watched it."
};
// docs/schemas/fixtures/practice_log/valid/without_somatic_tracking.json
export const practice_log_4: PracticeLog = {
  "schema_version": 1,
  "exercise": {
    "source": "catalog",
    "kind": "somatic_tracking"
  },
  "started_at": "2026-03-02T18:30:00Z",
  "minutes": 10,
  "guidance": "self_guided",
  "pain_before": 6,
  "pain_after": 4
};
import type { Program } from "../../docs/typescript/program";
// docs/schemas/fixtures/program/valid/in_treatment.json
export const program_0: Program = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 3,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 0
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "f5ae7cbc8f394625ffaa41065cb1f83fba605bec20de30ccb6088a6fa597a7c9",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "bea7e78f2280d6cd63b59753c579257f50f9f19aa5cfb0a239d360a2f687a00d",
      "id": "seq-3",
      "seq": 3
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2,
  "state": {
    "stage": {
      "completed": 0,
      "planned": 8,
      "stage": "in_treatment"
    },
    "state": "active"
  }
};
// docs/schemas/fixtures/program/valid/late_entry_and_missed_follow_up.json
export const program_1: Program = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 3,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 0
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "f5ae7cbc8f394625ffaa41065cb1f83fba605bec20de30ccb6088a6fa597a7c9",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "bea7e78f2280d6cd63b59753c579257f50f9f19aa5cfb0a239d360a2f687a00d",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-13T09:00:00Z",
      "event": {
        "number": 2,
        "session_id": "s-2",
        "type": "session_completed"
      },
      "hash": "0f9d87709796be668879fe554838878282c2ff9620a04a7d522218af8033b423",
      "id": "seq-4",
      "seq": 4
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-16T09:00:00Z",
      "event": {
        "number": 3,
        "session_id": "s-3",
        "type": "session_completed"
      },
      "hash": "aeaf07fe799f125a6817ec9643d629f7c2360b12d16c10d313733fafc3367082",
      "id": "seq-5",
      "seq": 5
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-20T09:00:00Z",
      "event": {
        "number": 4,
        "session_id": "s-4",
        "type": "session_completed"
      },
      "hash": "a0d92926b33ab4e851e46f76c593548ef3b46a14daa691c3f318deeba6ea6fad",
      "id": "seq-6",
      "seq": 6
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-23T09:00:00Z",
      "event": {
        "number": 5,
        "session_id": "s-5",
        "type": "session_completed"
      },
      "hash": "2e6e25fac14f73e3db77ecc4628b725cfe48558a87140a194b561d051a853f4d",
      "id": "seq-7",
      "seq": 7
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T09:00:00Z",
      "event": {
        "concern": {
          "concern": "new_red_flag",
          "flag": "bladder_dysfunction"
        },
        "type": "safety_concern_raised"
      },
      "hash": "abe58bc0de29c8370f213c4af0b50deaad119ab508f8e49e5cc8fc6345c8b50b",
      "id": "seq-8",
      "seq": 8
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-25T09:00:00Z",
      "event": {
        "note": "Urgent exam: urinary tract infection, no neurological deficit.",
        "type": "safety_concern_resolved"
      },
      "hash": "745af1cd10a05335102aa8355da32ddb6dc6f2606c6920d980a045040d5ff27e",
      "id": "seq-9",
      "seq": 9
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-27T09:00:00Z",
      "event": {
        "number": 6,
        "session_id": "s-6",
        "type": "session_completed"
      },
      "hash": "f32557d64ceabec9f561a51197fa1b3343b7659bc02d7f84afcaa324e787e144",
      "id": "seq-10",
      "seq": 10
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-30T09:00:00Z",
      "event": {
        "number": 7,
        "session_id": "s-7",
        "type": "session_completed"
      },
      "hash": "a39ad8ec323e951b133894ea7988987188cc40c6ee25a0229ed1c5c48f4c21e9",
      "id": "seq-11",
      "seq": 11
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-03T09:00:00Z",
      "event": {
        "number": 8,
        "session_id": "s-8",
        "type": "session_completed"
      },
      "hash": "15f2632655e4e8d84adc0464d8bde89eba7296ab3797b840035bee95c98241b2",
      "id": "seq-12",
      "seq": 12
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-06T09:00:00Z",
      "event": {
        "number": 9,
        "session_id": "s-9",
        "type": "session_completed"
      },
      "hash": "224aae80801228ee75d1017058e44e323dc6c92c255b9362b0ec70b0eb2726c4",
      "id": "seq-13",
      "seq": 13
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "tsk11",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "a7a28b18b90d827a5338fe6cce262dd9dea95849433509ce934c0bc36f765dfb",
      "id": "seq-14",
      "seq": 14
    },
    {
      "actor": {
        "id": "dr-0042",
        "role": "clinician"
      },
      "at": "2026-03-30T09:00:00Z",
      "event": {
        "late_entry": {
          "approved_by": "dr-0042",
          "reason": "Patient was in hospital during the window; answers collected by phone."
        },
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "057fe569c13d166734272d8a095cb23ba2d2ee076733dcbcc642f2a67e7cf9be",
      "id": "seq-15",
      "seq": 15
    },
    {
      "actor": {
        "role": "system"
      },
      "at": "2026-04-30T09:00:00Z",
      "event": {
        "note": "No answers by the end of the window.",
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_missed"
      },
      "hash": "05b9abeedd3502933fd4e9017ecb613ca3da3306bd7a1e04346d67e782c0e889",
      "id": "seq-16",
      "seq": 16
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-05-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "436d61ce903a87b13b7555be14aaed1e861e01b59542c30541c890e7e85285d9",
      "id": "seq-17",
      "seq": 17
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-08-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "d5a4f6ab12965f669a242117f0dfba3004351f3981e80b5d23d42b596b80e2f3",
      "id": "seq-18",
      "seq": 18
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2027-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "8ceec64b2628578dd21507a4620988f09c1901f60be22ef19273ed9c63ecf664",
      "id": "seq-19",
      "seq": 19
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2,
  "state": {
    "stage": {
      "stage": "completed"
    },
    "state": "active"
  }
};
// docs/schemas/fixtures/program/valid/safety_goals_and_clearances.json
export const program_2: Program = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [
            {
              "cleared_at": "2026-01-04T14:00:00Z",
              "clinician": "dr-okafor",
              "flag": "osteoporosis",
              "note": "DEXA normal; no osteoporosis",
              "schema_version": 1
            }
          ],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 5,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 1
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "flag": "osteoporosis",
                "name": "red_flag"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "unknown",
                "type": "answer"
              },
              "source": "S31",
              "status": "cleared"
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "a9b9f04f717d7deb7ee228cfc63cfee83e123709e830515b406bc8534597765e",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T10:00:00Z",
      "event": {
        "clearance": {
          "cleared_at": "2026-01-04T14:00:00Z",
          "clinician": "dr-okafor",
          "flag": "osteoporosis",
          "note": "DEXA normal; no osteoporosis",
          "schema_version": 1
        },
        "type": "red_flag_cleared"
      },
      "hash": "bbaf1720975a2a19bfe4cdf8ec9760bbc340ccb53e4f5823970ac0a95dd3b4b4",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "ef6dc1b2d0447bc70f2746483000d532fb1b9b9ff801f5f964197944483d8387",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "57449145e975b5e666d10711dbbb2192283ce305d94c6226d8cd6e3b48c31dbc",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "37f2ae63193f3f234531a20144161aaa11b8771431218cda1d0d63283f2e7032",
      "id": "seq-4",
      "seq": 4
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-13T09:00:00Z",
      "event": {
        "number": 2,
        "session_id": "s-2",
        "type": "session_completed"
      },
      "hash": "caac59f7ef35dfef5bf8a43c1e0ca0619c495bcfdc5abb070bc148490a2be7be",
      "id": "seq-5",
      "seq": 5
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-16T09:00:00Z",
      "event": {
        "number": 3,
        "session_id": "s-3",
        "type": "session_completed"
      },
      "hash": "eaa566188182446241576097a4407ae7519e7520f3075d7b92f418975d918870",
      "id": "seq-6",
      "seq": 6
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-20T09:00:00Z",
      "event": {
        "number": 4,
        "session_id": "s-4",
        "type": "session_completed"
      },
      "hash": "b1da269a4a5efc7d2f70c2ec44c7d670cf6aea9a79078db36019d15d0dfbd7ef",
      "id": "seq-7",
      "seq": 7
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-23T09:00:00Z",
      "event": {
        "number": 5,
        "session_id": "s-5",
        "type": "session_completed"
      },
      "hash": "fe42e786cd0639ba0e1505774a6eb6f877063bb2964c77b5012dab77e254ecf5",
      "id": "seq-8",
      "seq": 8
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T08:00:00Z",
      "event": {
        "concern": {
          "concern": "other",
          "note": "Felt faint after the session and went home early."
        },
        "type": "safety_concern_raised"
      },
      "hash": "94533b57ef7a0605d21b7630fd58f72b2836664e45b6d6ca2ce53a60b5f19c8b",
      "id": "seq-9",
      "seq": 9
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T09:00:00Z",
      "event": {
        "concern": {
          "concern": "new_red_flag",
          "flag": "bladder_dysfunction"
        },
        "type": "safety_concern_raised"
      },
      "hash": "d97a92b6c9496fa40d79e777aa528add60c7600f2b1a1ef4cfa5804ae6ed6d29",
      "id": "seq-10",
      "seq": 10
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-25T09:00:00Z",
      "event": {
        "note": "Urgent exam: urinary tract infection, no neurological deficit.",
        "type": "safety_concern_resolved"
      },
      "hash": "6e490544bd47035037db1dc0050cf310ce886d09855bf02608be7454cd901eec",
      "id": "seq-11",
      "seq": 11
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-27T09:00:00Z",
      "event": {
        "number": 6,
        "session_id": "s-6",
        "type": "session_completed"
      },
      "hash": "b186c3cd44599fe80cded1fb920979e8f1a274aaa5100051c1a600dc22d103d2",
      "id": "seq-12",
      "seq": 12
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-30T09:00:00Z",
      "event": {
        "number": 7,
        "session_id": "s-7",
        "type": "session_completed"
      },
      "hash": "bb2ed7833694a6f6a3cdff2526255f944a933c5a3ab6fcab1402f851e2c11a8d",
      "id": "seq-13",
      "seq": 13
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-03T09:00:00Z",
      "event": {
        "number": 8,
        "session_id": "s-8",
        "type": "session_completed"
      },
      "hash": "dacf2702b2d96ea8b088e038caf7c18cc9fcbe9212eca822c18c019901d15c6a",
      "id": "seq-14",
      "seq": 14
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-06T09:00:00Z",
      "event": {
        "number": 9,
        "session_id": "s-9",
        "type": "session_completed"
      },
      "hash": "c775a9276a39ac462455983ef2d21e1de4dac87da2ffb0a6d2aa31ffc2d10132",
      "id": "seq-15",
      "seq": 15
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "tsk11",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "ea5acec15ae09132e5a8f3e6832d17811ae036c0a2f8ee719e57a60ef0467b7b",
      "id": "seq-16",
      "seq": 16
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-03-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "5b799cdd8a5c65ba15ee7bba6e5c3028d6381c150cfaa7a7258b32b881f76071",
      "id": "seq-17",
      "seq": 17
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-03-24T10:00:00Z",
      "event": {
        "goal": {
          "activity": "Walk my dog around the lake again",
          "due": "2026-04-27",
          "entries": [
            {
              "on": "2026-03-09",
              "status": "in_progress",
              "value": 1
            },
            {
              "note": "Made it halfway round twice",
              "on": "2026-03-23",
              "status": "improving",
              "value": 3
            }
          ],
          "id": "goal-1",
          "measure": {
            "target": 5,
            "type": "count_per_week"
          },
          "schema_version": 1,
          "set_at_session": 1,
          "set_on": "2026-03-02"
        },
        "type": "goal_set"
      },
      "hash": "57a8363b920b30afa95ddb5c896da0b39c02bcd526d16f22ae8cb9c817980056",
      "id": "seq-18",
      "seq": 18
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-04-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "9217c5996ef3d3ba7ee65eb94c3806b810e7e9b26e9f177edb746df16be25424",
      "id": "seq-19",
      "seq": 19
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-04-27T10:00:00Z",
      "event": {
        "entry": {
          "note": "Walked the whole lake path five times this week",
          "on": "2026-04-27",
          "status": "achieved",
          "value": 5
        },
        "goal_id": "goal-1",
        "type": "goal_progress_recorded"
      },
      "hash": "93f98ca2f9bde6ad3a3aed1b763a52b5ef2f756301a6891e93209b5277b3dd7a",
      "id": "seq-20",
      "seq": 20
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-05-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "b962656cc02f59e0dc76da0d7b2af8ca9102f2aaed2caf5ab005dcf0dc6c6cd0",
      "id": "seq-21",
      "seq": 21
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-08-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "ed31cc487f7ffd97a1f612e3f4f7cc5713f449f13299393e62c2426badaabec8",
      "id": "seq-22",
      "seq": 22
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2027-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "09103213a2510e902eefa28805c917e11f4d5d465b71e598542707b76a1c273c",
      "id": "seq-23",
      "seq": 23
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2,
  "state": {
    "stage": {
      "stage": "completed"
    },
    "state": "active"
  }
};
// docs/schemas/fixtures/program/valid/treatment_completed.json
export const program_3: Program = {
  "events": [
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-05T09:00:00Z",
      "event": {
        "outcome": {
          "clearances": [],
          "decision": {
            "decision": "eligible"
          },
          "neuroplastic_evidence": {
            "answered": 3,
            "supporting": [
              "onset_stress",
              "inconsistent",
              "stress_trigger"
            ],
            "unsure": 0
          },
          "reasons": [
            {
              "criterion": {
                "name": "age"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "age",
                "years": 38
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "max": 70,
                "min": 21,
                "type": "age_range"
              }
            },
            {
              "criterion": {
                "name": "pain_duration"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "duration": {
                  "unit": "months",
                  "value": 30
                },
                "type": "duration"
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "boundary": "exclusive",
                "months": 3,
                "type": "min_duration"
              }
            },
            {
              "criterion": {
                "name": "pain_days"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "days": 150,
                "type": "pain_days",
                "window": 183
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "denominator": 2,
                "numerator": 1,
                "type": "pain_days",
                "window": 183
              }
            },
            {
              "criterion": {
                "name": "average_intensity"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "rating",
                "value": 6
              },
              "source": "S3",
              "status": "met",
              "threshold": {
                "min": 4,
                "type": "min_rating"
              }
            },
            {
              "criterion": {
                "name": "phq9_item9"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "type": "phq9_item9",
                "value": 0
              },
              "source": "S35",
              "status": "met",
              "threshold": {
                "from": 1,
                "type": "phq9_item9_positive"
              }
            },
            {
              "criterion": {
                "name": "suicidal_intent"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "recent_suicide_attempt"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "psychosis"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            },
            {
              "criterion": {
                "name": "substance_use_disorder"
              },
              "leads_to": {
                "decision": "eligible"
              },
              "observed": {
                "answer": "no",
                "type": "answer"
              },
              "source": "S38",
              "status": "met"
            }
          ],
          "schema_version": 1
        },
        "type": "intake_screened"
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5",
      "id": "seq-0",
      "seq": 0
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-06T09:00:00Z",
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875",
      "id": "seq-1",
      "seq": 1
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-08T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6,
              6
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              3,
              3,
              3,
              3,
              3,
              3,
              3,
              3
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "tsk11",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "f5ae7cbc8f394625ffaa41065cb1f83fba605bec20de30ccb6088a6fa597a7c9",
      "id": "seq-2",
      "seq": 2
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-11T09:00:00Z",
      "event": {
        "number": 1,
        "session_id": "s-1",
        "type": "session_completed"
      },
      "hash": "bea7e78f2280d6cd63b59753c579257f50f9f19aa5cfb0a239d360a2f687a00d",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-13T09:00:00Z",
      "event": {
        "number": 2,
        "session_id": "s-2",
        "type": "session_completed"
      },
      "hash": "0f9d87709796be668879fe554838878282c2ff9620a04a7d522218af8033b423",
      "id": "seq-4",
      "seq": 4
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-16T09:00:00Z",
      "event": {
        "number": 3,
        "session_id": "s-3",
        "type": "session_completed"
      },
      "hash": "aeaf07fe799f125a6817ec9643d629f7c2360b12d16c10d313733fafc3367082",
      "id": "seq-5",
      "seq": 5
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-20T09:00:00Z",
      "event": {
        "number": 4,
        "session_id": "s-4",
        "type": "session_completed"
      },
      "hash": "a0d92926b33ab4e851e46f76c593548ef3b46a14daa691c3f318deeba6ea6fad",
      "id": "seq-6",
      "seq": 6
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-23T09:00:00Z",
      "event": {
        "number": 5,
        "session_id": "s-5",
        "type": "session_completed"
      },
      "hash": "2e6e25fac14f73e3db77ecc4628b725cfe48558a87140a194b561d051a853f4d",
      "id": "seq-7",
      "seq": 7
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-24T09:00:00Z",
      "event": {
        "concern": {
          "concern": "new_red_flag",
          "flag": "bladder_dysfunction"
        },
        "type": "safety_concern_raised"
      },
      "hash": "abe58bc0de29c8370f213c4af0b50deaad119ab508f8e49e5cc8fc6345c8b50b",
      "id": "seq-8",
      "seq": 8
    },
    {
      "actor": {
        "id": "dr-schubiner",
        "role": "clinician"
      },
      "at": "2026-01-25T09:00:00Z",
      "event": {
        "note": "Urgent exam: urinary tract infection, no neurological deficit.",
        "type": "safety_concern_resolved"
      },
      "hash": "745af1cd10a05335102aa8355da32ddb6dc6f2606c6920d980a045040d5ff27e",
      "id": "seq-9",
      "seq": 9
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-27T09:00:00Z",
      "event": {
        "number": 6,
        "session_id": "s-6",
        "type": "session_completed"
      },
      "hash": "f32557d64ceabec9f561a51197fa1b3343b7659bc02d7f84afcaa324e787e144",
      "id": "seq-10",
      "seq": 10
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-01-30T09:00:00Z",
      "event": {
        "number": 7,
        "session_id": "s-7",
        "type": "session_completed"
      },
      "hash": "a39ad8ec323e951b133894ea7988987188cc40c6ee25a0229ed1c5c48f4c21e9",
      "id": "seq-11",
      "seq": 11
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-03T09:00:00Z",
      "event": {
        "number": 8,
        "session_id": "s-8",
        "type": "session_completed"
      },
      "hash": "15f2632655e4e8d84adc0464d8bde89eba7296ab3797b840035bee95c98241b2",
      "id": "seq-12",
      "seq": 12
    },
    {
      "actor": {
        "id": "prt-gordon",
        "role": "clinician"
      },
      "at": "2026-02-06T09:00:00Z",
      "event": {
        "number": 9,
        "session_id": "s-9",
        "type": "session_completed"
      },
      "hash": "224aae80801228ee75d1017058e44e323dc6c92c255b9362b0ec70b0eb2726c4",
      "id": "seq-13",
      "seq": 13
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "odi",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_depression_8b",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anxiety_8a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_anger_5a",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "promis_sleep_disturbance_8b",
            "schema_version": 1
          },
          {
            "answers": [
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0,
              0
            ],
            "instrument": "pcs",
            "schema_version": 1
          },
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "tsk11",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "a7a28b18b90d827a5338fe6cce262dd9dea95849433509ce934c0bc36f765dfb",
      "id": "seq-14",
      "seq": 14
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-03-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "c72cc206983bead07060132f40bb5574cf265a3aecb8b2b0784ccff9398b3656",
      "id": "seq-15",
      "seq": 15
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-04-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "25717fe14dfc0224af12e62601ef28586977595faf5857b0a56e72723cc39b16",
      "id": "seq-16",
      "seq": 16
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-05-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2,
              2
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "e4b0ee8ee98709ecee52c38e162f299e11685884d73d2256b896e3163d6e2c0e",
      "id": "seq-17",
      "seq": 17
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-08-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "8261553d1b31de620f4214f1f7869450f05085b5ea2771a06bb39b0cb430e0f6",
      "id": "seq-18",
      "seq": 18
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2027-02-11T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1,
              1
            ],
            "instrument": "bpi_sf",
            "schema_version": 1
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 1
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "0a06661b836d6c2a77ec6676717ae861dc0861e94b2092ce9c73123d988b4a27",
      "id": "seq-19",
      "seq": 19
    }
  ],
  "legacy_events": 0,
  "patient_id": "pt-000123",
  "program_id": "prog-2026-0001",
  "protocol": {
    "assessments": [
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11"
        ],
        "timepoint": {
          "kind": "baseline"
        }
      },
      {
        "days_after": 14,
        "days_before": 0,
        "instruments": [
          "bpi_sf",
          "odi",
          "promis_depression_8b",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8b",
          "pcs",
          "tsk11",
          "pgic"
        ],
        "timepoint": {
          "kind": "post_treatment"
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        }
      },
      {
        "days_after": 14,
        "days_before": 14,
        "instruments": [
          "bpi_sf",
          "pgic"
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        }
      }
    ],
    "cadence": {
      "sessions_per_week": 2,
      "window_days": 28
    },
    "id": "boulder-back-pain-study",
    "rules": {
      "missed_sessions_before_review": 2
    },
    "schema_version": 1,
    "sessions": [
      {
        "focus": [
          "pain_education"
        ],
        "kind": "physician_evaluation",
        "minutes": 60,
        "modality": "video"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "pain_education",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "personal_evidence"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "somatic_tracking",
          "emotional_threats"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      },
      {
        "focus": [
          "emotional_threats",
          "positive_sensations"
        ],
        "kind": "prt_therapy",
        "minutes": 60,
        "modality": "in_person"
      }
    ],
    "version": 1
  },
  "schema_version": 2,
  "state": {
    "stage": {
      "stage": "completed"
    },
    "state": "active"
  }
};
import type { ProgramId } from "../../docs/typescript/program_id";
// docs/schemas/fixtures/program_id/valid/simple.json
export const program_id_0: ProgramId = "prog-2026-0042";
import type { ProgramReport } from "../../docs/typescript/program_report";
// docs/schemas/fixtures/program_report/valid/treatment_completed.json
export const program_report_0: ProgramReport = {
  "schema_version": 1,
  "program_id": "prog-2026-0001",
  "protocol_id": "boulder-back-pain-study",
  "protocol_version": 1,
  "as_of": "2027-02-11T09:00:00Z",
  "state": {
    "state": "active",
    "stage": {
      "stage": "completed"
    }
  },
  "completed_sessions": 9,
  "open_safety_concerns": 0,
  "next_actions": []
};
import type { Protocol } from "../../docs/typescript/protocol";
// docs/schemas/fixtures/protocol/valid/boulder_back_pain_study.json
export const protocol_0: Protocol = {
  "schema_version": 1,
  "id": "boulder-back-pain-study",
  "version": 1,
  "sessions": [
    {
      "kind": "physician_evaluation",
      "modality": "video",
      "minutes": 60,
      "focus": [
        "pain_education"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "pain_education",
        "personal_evidence"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "pain_education",
        "personal_evidence"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "somatic_tracking",
        "personal_evidence"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "somatic_tracking",
        "personal_evidence"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "somatic_tracking",
        "emotional_threats"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "somatic_tracking",
        "emotional_threats"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "emotional_threats",
        "positive_sensations"
      ]
    },
    {
      "kind": "prt_therapy",
      "modality": "in_person",
      "minutes": 60,
      "focus": [
        "emotional_threats",
        "positive_sensations"
      ]
    }
  ],
  "cadence": {
    "sessions_per_week": 2,
    "window_days": 28
  },
  "assessments": [
    {
      "timepoint": {
        "kind": "baseline"
      },
      "instruments": [
        "bpi_sf",
        "odi",
        "promis_depression_8b",
        "promis_anxiety_8a",
        "promis_anger_5a",
        "promis_sleep_disturbance_8b",
        "pcs",
        "tsk11"
      ],
      "days_before": 0,
      "days_after": 14
    },
    {
      "timepoint": {
        "kind": "post_treatment"
      },
      "instruments": [
        "bpi_sf",
        "odi",
        "promis_depression_8b",
        "promis_anxiety_8a",
        "promis_anger_5a",
        "promis_sleep_disturbance_8b",
        "pcs",
        "tsk11",
        "pgic"
      ],
      "days_before": 0,
      "days_after": 14
    },
    {
      "timepoint": {
        "kind": "follow_up",
        "months": 1
      },
      "instruments": [
        "bpi_sf",
        "pgic"
      ],
      "days_before": 14,
      "days_after": 14
    },
    {
      "timepoint": {
        "kind": "follow_up",
        "months": 2
      },
      "instruments": [
        "bpi_sf",
        "pgic"
      ],
      "days_before": 14,
      "days_after": 14
    },
    {
      "timepoint": {
        "kind": "follow_up",
        "months": 3
      },
      "instruments": [
        "bpi_sf",
        "pgic"
      ],
      "days_before": 14,
      "days_after": 14
    },
    {
      "timepoint": {
        "kind": "follow_up",
        "months": 6
      },
      "instruments": [
        "bpi_sf",
        "pgic"
      ],
      "days_before": 14,
      "days_after": 14
    },
    {
      "timepoint": {
        "kind": "follow_up",
        "months": 12
      },
      "instruments": [
        "bpi_sf",
        "pgic"
      ],
      "days_before": 14,
      "days_after": 14
    }
  ],
  "rules": {
    "missed_sessions_before_review": 2
  }
};
import type { Rating } from "../../docs/typescript/rating";
// docs/schemas/fixtures/rating/valid/six.json
export const rating_0: Rating = 6;
// docs/schemas/fixtures/rating/valid/ten.json
export const rating_1: Rating = 10;
// docs/schemas/fixtures/rating/valid/zero.json
export const rating_2: Rating = 0;
import type { RedFlagClearance } from "../../docs/typescript/red_flag_clearance";
// docs/schemas/fixtures/red_flag_clearance/valid/osteoporosis_cleared.json
export const red_flag_clearance_0: RedFlagClearance = {
  "schema_version": 1,
  "flag": "osteoporosis",
  "clinician": "dr-okafor",
  "cleared_at": "2026-03-05T14:00:00Z",
  "note": "DEXA normal; no osteoporosis"
};
import type { RedcapMapping } from "../../docs/typescript/redcap_mapping";
// docs/schemas/fixtures/redcap_mapping/valid/boulder_battery.json
export const redcap_mapping_0: RedcapMapping = {
  "schema_version": 1,
  "record_id_field": "record_id",
  "not_answered": [],
  "events": [
    {
      "event": "t1",
      "timepoint": {
        "kind": "baseline"
      }
    },
    {
      "event": "t2",
      "timepoint": {
        "kind": "post_treatment"
      }
    },
    {
      "event": "1_month_follow_up",
      "timepoint": {
        "kind": "follow_up",
        "months": 1
      }
    },
    {
      "event": "2_month_follow_up",
      "timepoint": {
        "kind": "follow_up",
        "months": 2
      }
    },
    {
      "event": "3_month_follow_up",
      "timepoint": {
        "kind": "follow_up",
        "months": 3
      }
    },
    {
      "event": "6_month_follow_up",
      "timepoint": {
        "kind": "follow_up",
        "months": 6
      }
    },
    {
      "event": "12_month_follow_up",
      "timepoint": {
        "kind": "follow_up",
        "months": 12
      }
    }
  ],
  "instruments": [
    {
      "instrument": "bpi_sf",
      "items": [
        {
          "field": "bpi_3_worst"
        },
        {
          "field": "bpi_4_least"
        },
        {
          "field": "bpi_5_average"
        },
        {
          "field": "bpi_6_now"
        },
        {
          "field": "bpi_9a_general_activity"
        },
        {
          "field": "bpi_9b_mood"
        },
        {
          "field": "bpi_9c_walking"
        },
        {
          "field": "bpi_9d_normal_work"
        },
        {
          "field": "bpi_9e_relations"
        },
        {
          "field": "bpi_9f_sleep"
        },
        {
          "field": "bpi_9g_enjoyment"
        }
      ]
    },
    {
      "instrument": "odi",
      "events": [
        "t1",
        "t2"
      ],
      "items": [
        {
          "field": "odi_1_pain_intensity",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_2_personal_care",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_3_lifting",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_4_walking",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_5_sitting",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_6_standing",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_7_sleeping",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_8_sex_life",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_9_social_life",
          "recode": {
            "type": "offset",
            "add": -1
          }
        },
        {
          "field": "odi_10_travelling",
          "recode": {
            "type": "offset",
            "add": -1
          }
        }
      ]
    },
    {
      "instrument": "promis_depression_8b",
      "events": [
        "t1",
        "t2"
      ],
      "items": [
        {
          "field": "promis_dep_1"
        },
        {
          "field": "promis_dep_2"
        },
        {
          "field": "promis_dep_3"
        },
        {
          "field": "promis_dep_4"
        },
        {
          "field": "promis_dep_5"
        },
        {
          "field": "promis_dep_6"
        },
        {
          "field": "promis_dep_7"
        },
        {
          "field": "promis_dep_8"
        }
      ]
    },
    {
      "instrument": "promis_anxiety_8a",
      "events": [
        "t1",
        "t2"
      ],
      "items": [
        {
          "field": "promis_anx_1"
        },
        {
          "field": "promis_anx_2"
        },
        {
          "field": "promis_anx_3"
        },
        {
          "field": "promis_anx_4"
        },
        {
          "field": "promis_anx_5"
        },
        {
          "field": "promis_anx_6"
        },
        {
          "field": "promis_anx_7"
        },
        {
          "field": "promis_anx_8"
        }
      ]
    },
    {
      "instrument": "promis_anger_5a",
      "events": [
        "t1",
        "t2"
      ],
      "items": [
        {
          "field": "edang03"
        },
        {
          "field": "edang09"
        },
        {
          "field": "edang15"
        },
        {
          "field": "edang30"
        },
        {
          "field": "edang35"
        }
      ]
    },
    {
      "instrument": "promis_sleep_disturbance_8b",
      "events": [
        "t1",
        "t2"
      ],
      "items": [
        {
          "field": "promis_sleep_1"
        },
        {
          "field": "promis_sleep_2"
        },
        {
          "field": "promis_sleep_3"
        },
        {
          "field": "promis_sleep_4"
        },
        {
          "field": "promis_sleep_5"
        },
        {
          "field": "promis_sleep_6"
        },
        {
          "field": "promis_sleep_7"
        },
        {
          "field": "promis_sleep_8"
        }
      ]
    },
    {
      "instrument": "pcs",
      "events": [
        "t1",
        "t2"
      ],
      "items": [
        {
          "field": "pcs_1"
        },
        {
          "field": "pcs_2"
        },
        {
          "field": "pcs_3"
        },
        {
          "field": "pcs_4"
        },
        {
          "field": "pcs_5"
        },
        {
          "field": "pcs_6"
        },
        {
          "field": "pcs_7"
        },
        {
          "field": "pcs_8"
        },
        {
          "field": "pcs_9"
        },
        {
          "field": "pcs_10"
        },
        {
          "field": "pcs_11"
        },
        {
          "field": "pcs_12"
        },
        {
          "field": "pcs_13"
        }
      ]
    },
    {
      "instrument": "tsk11",
      "events": [
        "t1",
        "t2"
      ],
      "items": [
        {
          "field": "tsk11_1"
        },
        {
          "field": "tsk11_2"
        },
        {
          "field": "tsk11_3"
        },
        {
          "field": "tsk11_4"
        },
        {
          "field": "tsk11_5"
        },
        {
          "field": "tsk11_6"
        },
        {
          "field": "tsk11_7"
        },
        {
          "field": "tsk11_8"
        },
        {
          "field": "tsk11_9"
        },
        {
          "field": "tsk11_10"
        },
        {
          "field": "tsk11_11"
        }
      ]
    },
    {
      "instrument": "pgic",
      "events": [
        "t2",
        "1_month_follow_up",
        "2_month_follow_up",
        "3_month_follow_up",
        "6_month_follow_up",
        "12_month_follow_up"
      ],
      "items": [
        {
          "field": "pgic_1"
        }
      ]
    }
  ]
};
// docs/schemas/fixtures/redcap_mapping/valid/value_map_and_checkbox.json
export const redcap_mapping_1: RedcapMapping = {
  "schema_version": 1,
  "not_answered": [
    "-99",
    "NA"
  ],
  "events": [
    {
      "event": "baseline_arm_1",
      "timepoint": {
        "kind": "baseline"
      }
    },
    {
      "event": "t2_arm_1",
      "timepoint": {
        "kind": "post_treatment"
      }
    }
  ],
  "instruments": [
    {
      "instrument": "nrs",
      "recall": "past_week",
      "items": [
        {
          "field": "pain_avg"
        }
      ]
    },
    {
      "instrument": "gad2",
      "events": [
        "baseline_arm_1"
      ],
      "items": [
        {
          "field": "gad_1",
          "recode": {
            "type": "map",
            "values": [
              {
                "from": "A",
                "to": 0
              },
              {
                "from": "B",
                "to": 1
              },
              {
                "from": "C",
                "to": 2
              },
              {
                "from": "D",
                "to": 3
              }
            ]
          }
        },
        {
          "field": "gad_2",
          "recode": {
            "type": "offset",
            "add": -1
          }
        }
      ]
    },
    {
      "instrument": "phq2",
      "items": [
        {
          "field": "phq___1"
        },
        {
          "field": "phq___2"
        }
      ]
    }
  ]
};
import type { Reliability } from "../../docs/typescript/reliability";
// docs/schemas/fixtures/reliability/valid/sd_and_reliability.json
export const reliability_0: Reliability = {
  "kind": "sd_and_reliability",
  "sd": 1.8,
  "r": 0.85
};
// docs/schemas/fixtures/reliability/valid/sem.json
export const reliability_1: Reliability = {
  "kind": "sem",
  "sem": 0.7
};
import type { Resource } from "../../docs/typescript/resource";
// docs/schemas/fixtures/resource/valid/self_help_tool_app_id.json
export const resource_0: Resource = {
  "schema_version": 1,
  "id": "tool-1",
  "kind": "self_help_tool",
  "title": "Somatic tracking timer",
  "components": [
    "somatic_tracking"
  ],
  "locator": "app://tools/timer",
  "minutes": 10
};
// docs/schemas/fixtures/resource/valid/video.json
export const resource_1: Resource = {
  "schema_version": 1,
  "id": "vid-pain-is-a-signal",
  "kind": "video",
  "title": "Pain as a danger signal",
  "components": [
    "pain_education",
    "personal_evidence"
  ],
  "locator": "https://example.org/videos/12",
  "minutes": 12
};
import type { ResourceAssignment } from "../../docs/typescript/resource_assignment";
// docs/schemas/fixtures/resource_assignment/valid/completed_and_rated.json
export const resource_assignment_0: ResourceAssignment = {
  "schema_version": 1,
  "resource": "vid-pain-is-a-signal",
  "assigned_on": "2026-03-02",
  "due": "2026-03-09",
  "engagement": [
    {
      "type": "opened",
      "on": "2026-03-03"
    },
    {
      "type": "completed",
      "on": "2026-03-03"
    },
    {
      "type": "rated_helpful",
      "on": "2026-03-04",
      "rating": 8
    }
  ]
};
// docs/schemas/fixtures/resource_assignment/valid/not_started.json
export const resource_assignment_1: ResourceAssignment = {
  "schema_version": 1,
  "resource": "worksheet-evidence",
  "assigned_on": "2026-03-02",
  "due": "2026-03-02"
};
import type { ResourcePlan } from "../../docs/typescript/resource_plan";
// docs/schemas/fixtures/resource_plan/valid/two_resources.json
export const resource_plan_0: ResourcePlan = {
  "schema_version": 1,
  "assignments": [
    {
      "schema_version": 1,
      "resource": "vid-pain-is-a-signal",
      "assigned_on": "2026-03-02",
      "due": "2026-03-09",
      "engagement": [
        {
          "type": "opened",
          "on": "2026-03-03"
        },
        {
          "type": "completed",
          "on": "2026-03-03"
        },
        {
          "type": "rated_helpful",
          "on": "2026-03-04",
          "rating": 8
        }
      ]
    },
    {
      "schema_version": 1,
      "resource": "worksheet-evidence",
      "assigned_on": "2026-03-02",
      "due": "2026-03-09",
      "engagement": [
        {
          "type": "opened",
          "on": "2026-03-05"
        }
      ]
    }
  ]
};
import type { ResponderDefinition } from "../../docs/typescript/responder_definition";
// docs/schemas/fixtures/responder_definition/valid/mcid_reached.json
export const responder_definition_0: ResponderDefinition = {
  "kind": "mcid_reached"
};
// docs/schemas/fixtures/responder_definition/valid/pain_free_or_nearly.json
export const responder_definition_1: ResponderDefinition = {
  "kind": "pain_free_or_nearly"
};
// docs/schemas/fixtures/responder_definition/valid/percent_reduction.json
export const responder_definition_2: ResponderDefinition = {
  "kind": "percent_reduction",
  "percent": 50
};
import type { Response } from "../../docs/typescript/response";
// docs/schemas/fixtures/response/valid/gad7.json
export const response_0: Response = {
  "schema_version": 1,
  "instrument": "gad7",
  "answers": [
    2,
    1,
    1,
    0,
    2,
    1,
    0
  ]
};
// docs/schemas/fixtures/response/valid/nrs_past_week.json
export const response_1: Response = {
  "schema_version": 1,
  "instrument": "nrs",
  "answers": [
    6
  ],
  "recall": "past_week"
};
// docs/schemas/fixtures/response/valid/phq9.json
export const response_2: Response = {
  "schema_version": 1,
  "instrument": "phq9",
  "answers": [
    1,
    0,
    2,
    1,
    0,
    1,
    0,
    0,
    0
  ]
};
import type { Score } from "../../docs/typescript/score";
// docs/schemas/fixtures/score/valid/gad7.json
export const score_0: Score = {
  "schema_version": 1,
  "instrument": "gad7",
  "total": 7,
  "band": "mild",
  "subscales": [],
  "safety_flags": [],
  "missing_items": [],
  "missing_handling": "complete",
  "options": {
    "missing": {
      "rule": "require_all"
    },
    "odi_max_missing_sections": 1
  },
  "rule_version": 1
};
// docs/schemas/fixtures/score/valid/nrs.json
export const score_1: Score = {
  "schema_version": 1,
  "instrument": "nrs",
  "total": 6,
  "band": "moderate",
  "subscales": [],
  "safety_flags": [],
  "missing_items": [],
  "missing_handling": "complete",
  "options": {
    "missing": {
      "rule": "require_all"
    },
    "odi_max_missing_sections": 1
  },
  "rule_version": 1,
  "recall": "past_week"
};
// docs/schemas/fixtures/score/valid/phq9.json
export const score_2: Score = {
  "schema_version": 1,
  "instrument": "phq9",
  "total": 5,
  "band": "mild",
  "subscales": [],
  "safety_flags": [],
  "missing_items": [],
  "missing_handling": "complete",
  "options": {
    "missing": {
      "rule": "require_all"
    },
    "odi_max_missing_sections": 1
  },
  "rule_version": 1
};
import type { ScreeningCriteria } from "../../docs/typescript/screening_criteria";
// docs/schemas/fixtures/screening_criteria/valid/boulder_trial.json
export const screening_criteria_0: ScreeningCriteria = {
  "schema_version": 1,
  "age": {
    "min": 21,
    "max": 70,
    "source": "S3"
  },
  "duration": {
    "months": 3,
    "boundary": "exclusive",
    "source": "S3"
  },
  "pain_days": {
    "numerator": 1,
    "denominator": 2,
    "source": "S3"
  },
  "average_intensity": {
    "min": 4,
    "source": "S3"
  },
  "exclusions": [
    {
      "type": "back_surgery_within",
      "months": 24,
      "source": "S7"
    },
    {
      "type": "condition",
      "condition": "recent_spinal_fracture",
      "source": "S7"
    },
    {
      "type": "condition",
      "condition": "spinal_tumour",
      "source": "S7"
    },
    {
      "type": "condition",
      "condition": "rheumatoid_arthritis",
      "source": "S7"
    },
    {
      "type": "condition",
      "condition": "polymyalgia_rheumatica",
      "source": "S7"
    },
    {
      "type": "condition",
      "condition": "scleroderma",
      "source": "S7"
    },
    {
      "type": "condition",
      "condition": "lupus",
      "source": "S7"
    },
    {
      "type": "condition",
      "condition": "polymyositis",
      "source": "S7"
    }
  ],
  "exclude_psychosis": true,
  "exclude_substance_use_disorder": true
};
import type { ScreeningOutcome } from "../../docs/typescript/screening_outcome";
// docs/schemas/fixtures/screening_outcome/valid/cauda_equina.json
export const screening_outcome_0: ScreeningOutcome = {
  "schema_version": 1,
  "decision": {
    "decision": "refer_for_medical_evaluation",
    "urgency": "emergency"
  },
  "reasons": [
    {
      "criterion": {
        "name": "age"
      },
      "status": "met",
      "observed": {
        "type": "age",
        "years": 38
      },
      "threshold": {
        "type": "age_range",
        "min": 21,
        "max": 70
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "pain_duration"
      },
      "status": "met",
      "observed": {
        "type": "duration",
        "duration": {
          "unit": "months",
          "value": 30
        }
      },
      "threshold": {
        "type": "min_duration",
        "months": 3,
        "boundary": "exclusive"
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "pain_days"
      },
      "status": "met",
      "observed": {
        "type": "pain_days",
        "days": 150,
        "window": 183
      },
      "threshold": {
        "type": "pain_days",
        "numerator": 1,
        "denominator": 2,
        "window": 183
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "average_intensity"
      },
      "status": "met",
      "observed": {
        "type": "rating",
        "value": 6
      },
      "threshold": {
        "type": "min_rating",
        "min": 4
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "red_flag",
        "flag": "saddle_anaesthesia"
      },
      "status": "positive",
      "observed": {
        "type": "answer",
        "answer": "yes"
      },
      "source": "S30",
      "leads_to": {
        "decision": "refer_for_medical_evaluation",
        "urgency": "emergency"
      }
    },
    {
      "criterion": {
        "name": "red_flag",
        "flag": "bladder_dysfunction"
      },
      "status": "positive",
      "observed": {
        "type": "answer",
        "answer": "yes"
      },
      "source": "S30",
      "leads_to": {
        "decision": "refer_for_medical_evaluation",
        "urgency": "emergency"
      }
    },
    {
      "criterion": {
        "name": "phq9_item9"
      },
      "status": "met",
      "observed": {
        "type": "phq9_item9",
        "value": 0
      },
      "threshold": {
        "type": "phq9_item9_positive",
        "from": 1
      },
      "source": "S35",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "suicidal_intent"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "recent_suicide_attempt"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "psychosis"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "substance_use_disorder"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    }
  ],
  "clearances": [],
  "neuroplastic_evidence": {
    "supporting": [
      "onset_stress",
      "inconsistent",
      "stress_trigger"
    ],
    "answered": 5,
    "unsure": 1
  }
};
// docs/schemas/fixtures/screening_outcome/valid/cleared_osteoporosis.json
export const screening_outcome_1: ScreeningOutcome = {
  "schema_version": 1,
  "decision": {
    "decision": "eligible"
  },
  "reasons": [
    {
      "criterion": {
        "name": "age"
      },
      "status": "met",
      "observed": {
        "type": "age",
        "years": 38
      },
      "threshold": {
        "type": "age_range",
        "min": 21,
        "max": 70
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "pain_duration"
      },
      "status": "met",
      "observed": {
        "type": "duration",
        "duration": {
          "unit": "months",
          "value": 30
        }
      },
      "threshold": {
        "type": "min_duration",
        "months": 3,
        "boundary": "exclusive"
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "pain_days"
      },
      "status": "met",
      "observed": {
        "type": "pain_days",
        "days": 150,
        "window": 183
      },
      "threshold": {
        "type": "pain_days",
        "numerator": 1,
        "denominator": 2,
        "window": 183
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "average_intensity"
      },
      "status": "met",
      "observed": {
        "type": "rating",
        "value": 6
      },
      "threshold": {
        "type": "min_rating",
        "min": 4
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "red_flag",
        "flag": "osteoporosis"
      },
      "status": "cleared",
      "observed": {
        "type": "answer",
        "answer": "unknown"
      },
      "source": "S31",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "phq9_item9"
      },
      "status": "met",
      "observed": {
        "type": "phq9_item9",
        "value": 0
      },
      "threshold": {
        "type": "phq9_item9_positive",
        "from": 1
      },
      "source": "S35",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "suicidal_intent"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "recent_suicide_attempt"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "psychosis"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "substance_use_disorder"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    }
  ],
  "clearances": [
    {
      "schema_version": 1,
      "flag": "osteoporosis",
      "clinician": "dr-okafor",
      "cleared_at": "2026-03-05T14:00:00Z",
      "note": "DEXA normal; no osteoporosis"
    }
  ],
  "neuroplastic_evidence": {
    "supporting": [
      "onset_stress",
      "inconsistent",
      "stress_trigger"
    ],
    "answered": 5,
    "unsure": 1
  }
};
// docs/schemas/fixtures/screening_outcome/valid/eligible.json
export const screening_outcome_2: ScreeningOutcome = {
  "schema_version": 1,
  "decision": {
    "decision": "eligible"
  },
  "reasons": [
    {
      "criterion": {
        "name": "age"
      },
      "status": "met",
      "observed": {
        "type": "age",
        "years": 38
      },
      "threshold": {
        "type": "age_range",
        "min": 21,
        "max": 70
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "pain_duration"
      },
      "status": "met",
      "observed": {
        "type": "duration",
        "duration": {
          "unit": "months",
          "value": 30
        }
      },
      "threshold": {
        "type": "min_duration",
        "months": 3,
        "boundary": "exclusive"
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "pain_days"
      },
      "status": "met",
      "observed": {
        "type": "pain_days",
        "days": 150,
        "window": 183
      },
      "threshold": {
        "type": "pain_days",
        "numerator": 1,
        "denominator": 2,
        "window": 183
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "average_intensity"
      },
      "status": "met",
      "observed": {
        "type": "rating",
        "value": 6
      },
      "threshold": {
        "type": "min_rating",
        "min": 4
      },
      "source": "S3",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "phq9_item9"
      },
      "status": "met",
      "observed": {
        "type": "phq9_item9",
        "value": 0
      },
      "threshold": {
        "type": "phq9_item9_positive",
        "from": 1
      },
      "source": "S35",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "suicidal_intent"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "recent_suicide_attempt"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "psychosis"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    },
    {
      "criterion": {
        "name": "substance_use_disorder"
      },
      "status": "met",
      "observed": {
        "type": "answer",
        "answer": "no"
      },
      "source": "S38",
      "leads_to": {
        "decision": "eligible"
      }
    }
  ],
  "clearances": [],
  "neuroplastic_evidence": {
    "supporting": [
      "onset_stress",
      "inconsistent",
      "stress_trigger"
    ],
    "answered": 5,
    "unsure": 1
  }
};
import type { SessionId } from "../../docs/typescript/session_id";
// docs/schemas/fixtures/session_id/valid/simple.json
export const session_id_0: SessionId = "sess-7";
import type { SessionPlan } from "../../docs/typescript/session_plan";
// docs/schemas/fixtures/session_plan/valid/second_session.json
export const session_plan_0: SessionPlan = {
  "schema_version": 1,
  "session": "sess-2026-0002",
  "number": 2,
  "kind": "prt_therapy",
  "focus": [
    "somatic_tracking",
    "personal_evidence"
  ],
  "exercises": [
    {
      "source": "catalog",
      "kind": "somatic_tracking"
    }
  ],
  "scheduled_at": "2026-03-09T15:00:00Z",
  "modality": "video",
  "planned_minutes": 60
};
import type { SessionRecord } from "../../docs/typescript/session_record";
// docs/schemas/fixtures/session_record/valid/cancelled_by_patient.json
export const session_record_0: SessionRecord = {
  "schema_version": 1,
  "session": "sess-2026-0003",
  "number": 3,
  "kind": "prt_therapy",
  "modality": "in_person",
  "scheduled_at": "2026-03-16T15:00:00Z",
  "reschedules": [
    {
      "from": "2026-03-16T14:00:00Z",
      "to": "2026-03-16T15:00:00Z"
    }
  ],
  "status": {
    "state": "cancelled",
    "by": "patient",
    "reason": "other",
    "at": "2026-03-15T09:12:00Z"
  }
};
// docs/schemas/fixtures/session_record/valid/completed_with_notes.json
export const session_record_1: SessionRecord = {
  "schema_version": 1,
  "session": "sess-2026-0003",
  "number": 3,
  "kind": "prt_therapy",
  "modality": "in_person",
  "scheduled_at": "2026-03-16T15:00:00Z",
  "status": {
    "state": "completed",
    "started_at": "2026-03-16T15:00:00Z",
    "ended_at": "2026-03-16T15:50:00Z",
    "notes": "Patient reframed the morning stiffness as a learned danger signal.",
    "exercises": [
      {
        "schema_version": 1,
        "exercise": {
          "source": "catalog",
          "kind": "somatic_tracking"
        },
        "started_at": "2026-03-16T15:10:00Z",
        "minutes": 10,
        "guidance": "self_guided",
        "pain_before": 6,
        "pain_after": 4,
        "somatic_tracking": {
          "regions": [
            {
              "region": "lower_back",
              "side": "midline",
              "sensations": [
                "tight",
                "aching"
              ],
              "intensity": 6,
              "shift": "eased",
              "safety_appraisal": 3,
              "emotions": [
                "fear",
                "memory_of_injury"
              ],
              "note": "Remembered lifting the boxes"
            },
            {
              "region": "neck",
              "side": "left",
              "sensations": [
                "pressure"
              ],
              "intensity": 3,
              "shift": "moved",
              "safety_appraisal": 1
            }
          ]
        },
        "note": "Guided in session; fear eased by the end."
      }
    ]
  }
};
import type { Timepoint } from "../../docs/typescript/timepoint";
// docs/schemas/fixtures/timepoint/valid/baseline.json
export const timepoint_0: Timepoint = {
  "kind": "baseline"
};
// docs/schemas/fixtures/timepoint/valid/six_month_follow_up.json
export const timepoint_1: Timepoint = {
  "kind": "follow_up",
  "months": 6
};
import type { Trajectory } from "../../docs/typescript/trajectory";
// docs/schemas/fixtures/trajectory/valid/nrs_baseline_to_follow_up.json
export const trajectory_0: Trajectory = {
  "instrument": "nrs",
  "rule_version": 1,
  "direction": "higher_is_worse",
  "administrations": [
    {
      "timepoint": {
        "kind": "baseline"
      },
      "date": "2026-01-12",
      "value": 7
    },
    {
      "timepoint": {
        "kind": "post_treatment"
      },
      "date": "2026-03-09",
      "value": 2
    },
    {
      "timepoint": {
        "kind": "follow_up",
        "months": 6
      },
      "date": "2026-09-07",
      "value": 3
    }
  ]
};
import type { TreatmentGoal } from "../../docs/typescript/treatment_goal";
// docs/schemas/fixtures/treatment_goal/valid/count_per_week_achieved.json
export const treatment_goal_0: TreatmentGoal = {
  "schema_version": 1,
  "id": "goal-1",
  "activity": "Walk my dog around the lake again",
  "set_on": "2026-03-02",
  "set_at_session": 1,
  "measure": {
    "type": "count_per_week",
    "target": 5
  },
  "due": "2026-04-27",
  "entries": [
    {
      "on": "2026-03-09",
      "status": "in_progress",
      "value": 1
    },
    {
      "on": "2026-03-23",
      "status": "improving",
      "value": 3,
      "note": "Made it halfway round twice"
    },
    {
      "on": "2026-04-27",
      "status": "achieved",
      "value": 5
    }
  ]
};
// docs/schemas/fixtures/treatment_goal/valid/instrument_score_no_entries.json
export const treatment_goal_1: TreatmentGoal = {
  "schema_version": 1,
  "id": "goal-2",
  "activity": "Sleep through the night",
  "set_on": "2026-03-02",
  "measure": {
    "type": "instrument_score",
    "instrument": "odi",
    "target": 20
  },
  "due": "2026-05-01"
};
// docs/schemas/fixtures/treatment_goal/valid/rating_abandoned.json
export const treatment_goal_2: TreatmentGoal = {
  "schema_version": 1,
  "id": "goal-3",
  "activity": "Play guitar",
  "set_on": "2026-03-02",
  "measure": {
    "type": "rating_0_to_10",
    "target": 3,
    "higher_is_better": false
  },
  "due": "2026-03-30",
  "entries": [
    {
      "on": "2026-03-02",
      "status": "worsening",
      "value": 7
    },
    {
      "on": "2026-03-02",
      "status": "abandoned"
    }
  ]
};
