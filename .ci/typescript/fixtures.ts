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
// docs/schemas/fixtures/cohort_summary/valid/pain_free_without_baselines.json
export const cohort_summary_1: CohortSummary = {
  "instrument": "nrs",
  "rule_version": 1,
  "direction": "higher_is_worse",
  "patients": 5,
  "definition": {
    "kind": "pain_free_or_nearly"
  },
  "rows": [
    {
      "timepoint": {
        "kind": "post_treatment"
      },
      "patients": 5,
      "with_data": 4,
      "with_change": 2,
      "missing_value": 1,
      "missing_baseline": 0,
      "responders": 2,
      "non_responders": 2,
      "not_evaluable": 0,
      "responder_proportion": 0.5,
      "responder_percentage": 50,
      "responder_proportion_of_cohort": 0.4,
      "mean_change": -3,
      "sd_change": 1.41
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
// docs/schemas/fixtures/event/valid/assessment_with_pain_attribution.json
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
        "schema_version": 2,
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
        "schema_version": 2,
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
        "schema_version": 2,
        "instrument": "promis_depression_8a",
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
        "schema_version": 2,
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
        "schema_version": 2,
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
        "schema_version": 2,
        "instrument": "promis_sleep_disturbance_8a",
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
        "schema_version": 2,
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
        "schema_version": 2,
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
      },
      {
        "schema_version": 2,
        "instrument": "pain_attribution",
        "answers": [
          7,
          4,
          null
        ],
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
      }
    ]
  }
};
// docs/schemas/fixtures/event/valid/baseline_assessment.json
export const event_2: Event = {
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
        "schema_version": 2,
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
        "schema_version": 2,
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
        "schema_version": 2,
        "instrument": "promis_depression_8a",
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
        "schema_version": 2,
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
        "schema_version": 2,
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
        "schema_version": 2,
        "instrument": "promis_sleep_disturbance_8a",
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
        "schema_version": 2,
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
        "schema_version": 2,
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
export const event_3: Event = {
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
export const event_4: Event = {
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
export const event_5: Event = {
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
export const event_6: Event = {
  "at": "2026-02-01T09:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-schubiner"
  },
  "event": {
    "type": "goal_set",
    "goal": {
      "schema_version": 2,
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
export const event_7: Event = {
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
export const event_8: Event = {
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
        "schema_version": 2,
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
        "schema_version": 2,
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
// docs/schemas/fixtures/event/valid/protocol_migrated_with_legacy_ids.json
export const event_9: Event = {
  "at": "2026-01-11T11:00:00Z",
  "actor": {
    "role": "clinician",
    "id": "dr-1"
  },
  "event": {
    "type": "protocol_migrated",
    "migration": {
      "protocol": {
        "schema_version": 2,
        "id": "x-1705eee95e30344ef7894f6bc7648b4c",
        "version": 2,
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
              "promis_depression_8a",
              "promis_anxiety_8a",
              "promis_anger_5a",
              "promis_sleep_disturbance_8a",
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
              "promis_depression_8a",
              "promis_anxiety_8a",
              "promis_anger_5a",
              "promis_sleep_disturbance_8a",
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
        },
        "legacy_ids": {
          "x-1705eee95e30344ef7894f6bc7648b4c": "Boulder back pain study"
        }
      },
      "completed_sessions": 1
    }
  }
};
// docs/schemas/fixtures/event/valid/red_flag_cleared.json
export const event_10: Event = {
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
export const event_11: Event = {
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
export const event_12: Event = {
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
export const event_13: Event = {
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
      "hash": "b1058239080140b54cbd89501dd03a653d01a55a58fc8760faa247c2e2600b14",
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
      "hash": "5ff78508faef67eff35ebbf98234ccaec2f115b6bd5e8f1e50fac4953ec9ff62",
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
      "hash": "d5e0c28ce4aabfc73a2c870c09183d336e31a5d69892f7aeb1520653f7136ab8",
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
      "hash": "57a88813d7ab45ff4543f71ca9754d7642fcac77ef386ca6804a38e49fda6e7c",
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
      "hash": "fce952a5dc7d8ec5992487e3575976b66c53a052766b89f4fe9b792a59c66aa3",
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
      "hash": "07e1da625ada687473ddcf193aff53f0d79d018d6ae6bc8883952f4b94e8fb17",
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
      "hash": "489878d9ab97e10358e84f1562c9b5430a54101a07e0c62fa4942858b5cda385",
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
      "hash": "681e79f30242ffe43407dd12ce50ef81d670f0cf6c90a3afcf9a9415e62b118c",
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
      "hash": "a20d81ff5b39d12b86761d795c3e0c50734fe6ecbfa633802db40517cb92bfe4",
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
      "hash": "d524d9906e3d1b5f61ac12bea8094f0e0da630f7326921f3b51f781f8a5c63e3",
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "ecece25dd03b816186e81f760e3ec660b8c98b0207863919c1f9a4065ea32444",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "6aa9aad4b6daf86c9b0c20688f0fd994b28a6173b602369c76bee95c0e413eb3",
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
      "hash": "bb4513495f91b1789f92e24b46712855df12b661bbdee29d63360805a4ce6c9d",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "528a04e186a2fb78519da53c4718006d5dde860e43dae5a72fb82bd4276c9dbc",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "8b230375c49d6dae5b7a82a1f8e8afa07e33393fba4b64cf53d93061e1661b65",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "306eed331a777d277c56d1701894873554029f5dedf0cc6889a29ecc0b26b4fb",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
// docs/schemas/fixtures/event_log/valid/protocol_migrated_with_legacy_ids.json
export const event_log_2: EventLog = {
  "schema_version": 2,
  "program_id": "prog-2026-0001",
  "patient_id": "pt-000123",
  "protocol": {
    "schema_version": 2,
    "id": "x-1705eee95e30344ef7894f6bc7648b4c",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    },
    "legacy_ids": {
      "x-1705eee95e30344ef7894f6bc7648b4c": "Boulder back pain study"
    }
  },
  "legacy_events": 0,
  "events": [
    {
      "seq": 0,
      "id": "seq-0",
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
            "answered": 3,
            "unsure": 0
          }
        }
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5"
    },
    {
      "seq": 1,
      "id": "seq-1",
      "at": "2026-01-06T09:00:00Z",
      "actor": {
        "role": "clinician",
        "id": "dr-schubiner"
      },
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875"
    },
    {
      "seq": 2,
      "id": "seq-2",
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
            "schema_version": 2,
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
            "schema_version": 2,
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
            "schema_version": 2,
            "instrument": "promis_depression_8a",
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
            "schema_version": 2,
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
            "schema_version": 2,
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
            "schema_version": 2,
            "instrument": "promis_sleep_disturbance_8a",
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
            "schema_version": 2,
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
            "schema_version": 2,
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
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6"
    },
    {
      "seq": 3,
      "id": "seq-3",
      "at": "2026-01-11T09:00:00Z",
      "actor": {
        "role": "clinician",
        "id": "dr-schubiner"
      },
      "event": {
        "type": "session_completed",
        "number": 1,
        "session_id": "s-1"
      },
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c"
    },
    {
      "seq": 4,
      "id": "migrate-1",
      "at": "2026-01-11T11:00:00Z",
      "actor": {
        "role": "clinician",
        "id": "dr-1"
      },
      "event": {
        "type": "protocol_migrated",
        "migration": {
          "protocol": {
            "schema_version": 2,
            "id": "x-1705eee95e30344ef7894f6bc7648b4c",
            "version": 2,
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
                  "promis_depression_8a",
                  "promis_anxiety_8a",
                  "promis_anger_5a",
                  "promis_sleep_disturbance_8a",
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
                  "promis_depression_8a",
                  "promis_anxiety_8a",
                  "promis_anger_5a",
                  "promis_sleep_disturbance_8a",
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
            },
            "legacy_ids": {
              "x-1705eee95e30344ef7894f6bc7648b4c": "Boulder back pain study"
            }
          },
          "completed_sessions": 1
        }
      },
      "hash": "eb15358ed78861ddebce28cb31851676827d099628a2f06c7792e61f68fdbea4"
    }
  ]
};
// docs/schemas/fixtures/event_log/valid/safety_goals_and_clearances.json
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "9cb5d1b4397976a6d3ad848f2175ce326e4755365a562892f7a9e55d2c64f88f",
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
      "hash": "f1102abbb7c7d8c45026d7805b036ed257ee319c779070659e841dc37d1a5f1a",
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
      "hash": "1ccb20a46237b6aeb5f2a0d00f2e6eb55163aeea58dfbc9da5096b691b1d77d6",
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
      "hash": "a44c4cab9e0f961ea965db451152b53f3b77d1d7bff21d0767bfcd3da3032101",
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
      "hash": "bf2d384d644e0b56e6c3fe7e6911e35dc49d691d6ded8b048dfae9933fae43fa",
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
      "hash": "f38244c597e73026cb1ba33a652df32e7f18e667a394d959552460d17a9dde69",
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
      "hash": "654f86f4f9ab9d2a8b15974c635e842fb2412ddded4c455e843ad0199923bfff",
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
      "hash": "c063145d24cd4284f5d3e9db757a577298576dd088662ef444c50fdfcc26de02",
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
      "hash": "9ec6d18f7667ad1f6ee0a206adf1beda7664a704b72521c77b4694af5838aa27",
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
      "hash": "cdef325662f8a76cd083d2eee9f5d8345fd9b4f6c8f6fcf7413815558ca9ff12",
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
      "hash": "8dd584741b973f8f34df813c2c84e7d4e20ae99e79ce99e3fb99e53af7667d6e",
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
      "hash": "2ef6c8d57690cffc6f287ac7fbb50258a2e99b27fea6f19ce204b3d5e191b42d",
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
      "hash": "571b8abd42165b08b87722da646c54bb192d4e5ca4df3b86fd431952b6d4eddf",
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "cad343bf1d522b3b4bd9cd5788d288bff86641e643d0c3cae0738f18fd13af4d",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "ffdf69a12f9c6a36973f94021cbcff0ef7a57915879f37b08312184a8be6822d",
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
          "schema_version": 2,
          "set_at_session": 1,
          "set_on": "2026-03-02"
        },
        "type": "goal_set"
      },
      "hash": "e83918cb3d633a82780e326929ab44370d8657cec09d50f27b677ff9f2c557cc",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "2ba5478af241d58ead36677a50f4fcfddffcad3f496e76e590813dff004f283c",
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
      "hash": "09f606d0ba8e488ac30c27802cd056bd4f0a15a9558e9d2396347d9bd296913c",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "517caec2b5b4dcc798e0a2b79206160c4da1e936bc9c07953df821635702c8e3",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "0414b89abec1e803570555b768e4d447e45f9c249b1770c7b1e75700bfcff67a",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "a4eb02331a2e622ab87a261aa03a1aa9833d2b93c8dbd7cf185b3c83c1f745cc",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
      "hash": "b1058239080140b54cbd89501dd03a653d01a55a58fc8760faa247c2e2600b14",
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
      "hash": "5ff78508faef67eff35ebbf98234ccaec2f115b6bd5e8f1e50fac4953ec9ff62",
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
      "hash": "d5e0c28ce4aabfc73a2c870c09183d336e31a5d69892f7aeb1520653f7136ab8",
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
      "hash": "57a88813d7ab45ff4543f71ca9754d7642fcac77ef386ca6804a38e49fda6e7c",
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
      "hash": "fce952a5dc7d8ec5992487e3575976b66c53a052766b89f4fe9b792a59c66aa3",
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
      "hash": "07e1da625ada687473ddcf193aff53f0d79d018d6ae6bc8883952f4b94e8fb17",
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
      "hash": "489878d9ab97e10358e84f1562c9b5430a54101a07e0c62fa4942858b5cda385",
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
      "hash": "681e79f30242ffe43407dd12ce50ef81d670f0cf6c90a3afcf9a9415e62b118c",
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
      "hash": "a20d81ff5b39d12b86761d795c3e0c50734fe6ecbfa633802db40517cb92bfe4",
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
      "hash": "d524d9906e3d1b5f61ac12bea8094f0e0da630f7326921f3b51f781f8a5c63e3",
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "ecece25dd03b816186e81f760e3ec660b8c98b0207863919c1f9a4065ea32444",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "e70b1e2bf0d414d17abea0fd2473cce228288b0fd5524b07e7010acc99277b85",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "9cf4588d915adf4260384b0eb1743f2225be7404d4efccd257ccffea046aa033",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "dc3532cb3646fb0c403c7b330775855be16257280c3350b3a3e92399084577cf",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "2f70bc131b7e7d139783d650eb43217ab27623bda52d0aa4ddb4816df8686312",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "80e997d3966a7ca69cd2b99f120d2cecfde149453ecc669b0f10f2ed4f963100",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
// docs/schemas/fixtures/event_log/valid/unscheduled_pain_attribution.json
export const event_log_5: EventLog = {
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-12T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              7,
              4,
              null
            ],
            "causes": [
              {
                "category": "peripheral",
                "text": "Herniated disc seen on the MRI"
              },
              {
                "category": "mind_brain",
                "text": "Stress at work since the restructuring"
              },
              {
                "category": null,
                "text": "Not sleeping well"
              }
            ],
            "instrument": "pain_attribution",
            "schema_version": 2
          }
        ],
        "type": "unscheduled_assessment_recorded"
      },
      "hash": "25a81a171a427fecbb802d3d472f4b878b56feab37c4ba00cace86ae40458bbe",
      "id": "seq-4",
      "seq": 4
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
export const event_log_6: EventLog = {
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
      "hash": "2986a33720f251b07befacf3f284122f30b3add59565fcf81c443a785d681db2",
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
      "hash": "0b5a05ff1fe214fd4e61e4fcf8385cd4a6f15d92b4ffb8d353eb18c1e43a2e09",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
  "schema_version": 2,
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
        "schema_version": 2,
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
// docs/schemas/fixtures/homework/valid/ids_outside_the_alphabet.json
export const homework_1: Homework = {
  "schema_version": 2,
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
        "guidance": "guided",
        "session": "x-65af16a60e0f95268925118a0d2b21b4"
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
  ],
  "session": "x-65af16a60e0f95268925118a0d2b21b4",
  "legacy_ids": {
    "x-65af16a60e0f95268925118a0d2b21b4": "week 1"
  }
};
// docs/schemas/fixtures/homework/valid/tracking_with_notes.json
export const homework_2: Homework = {
  "schema_version": 2,
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
        "schema_version": 2,
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
        "schema_version": 2,
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
import type { MeasuredValue } from "../../docs/typescript/measured_value";
// docs/schemas/fixtures/measured_value/valid/mean_of_eight.json
export const measured_value_0: MeasuredValue = 4.375;
// docs/schemas/fixtures/measured_value/valid/negative.json
export const measured_value_1: MeasuredValue = -0.0625;
// docs/schemas/fixtures/measured_value/valid/whole.json
export const measured_value_2: MeasuredValue = 27;
import type { Measurement } from "../../docs/typescript/measurement";
// docs/schemas/fixtures/measurement/valid/bpi_interference.json
export const measurement_0: Measurement = {
  "instrument": "bpi_interference",
  "rule_version": 1,
  "value": 6.14,
  "direction": "higher_is_worse"
};
// docs/schemas/fixtures/measurement/valid/research_mean_of_eight.json
export const measurement_1: Measurement = {
  "instrument": "promis_sleep_8a_item_mean",
  "rule_version": 1,
  "value": 4.375,
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
  "schema_version": 2,
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
      "instrument": "promis_depression_8a",
      "trajectory": {
        "instrument": "promis_depression_8a",
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
      "instrument": "promis_sleep_disturbance_8a",
      "trajectory": {
        "instrument": "promis_sleep_disturbance_8a",
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
  "schema_version": 2,
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
      "instrument": "promis_depression_8a",
      "trajectory": {
        "instrument": "promis_depression_8a",
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
      "instrument": "promis_sleep_disturbance_8a",
      "trajectory": {
        "instrument": "promis_sleep_disturbance_8a",
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
  "schema_version": 2,
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
// docs/schemas/fixtures/practice_log/valid/ids_outside_the_alphabet.json
export const practice_log_1: PracticeLog = {
  "schema_version": 2,
  "exercise": {
    "source": "catalog",
    "kind": "somatic_tracking"
  },
  "started_at": "2026-03-04T18:30:00Z",
  "minutes": 15,
  "guidance": "guided",
  "pain_before": 6,
  "pain_after": 4,
  "note": "Calmer afterwards; the ache eased while I watched it.",
  "session": "x-65af16a60e0f95268925118a0d2b21b4",
  "legacy_ids": {
    "x-65af16a60e0f95268925118a0d2b21b4": "week 1"
  }
};
// docs/schemas/fixtures/practice_log/valid/somatic_tracking_two_regions.json
export const practice_log_2: PracticeLog = {
  "schema_version": 2,
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
export const practice_log_3: PracticeLog = {
  "schema_version": 2,
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
export const practice_log_4: PracticeLog = {
  "schema_version": 2,
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
export const practice_log_5: PracticeLog = {
  "schema_version": 2,
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
      "hash": "b1058239080140b54cbd89501dd03a653d01a55a58fc8760faa247c2e2600b14",
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
      "hash": "5ff78508faef67eff35ebbf98234ccaec2f115b6bd5e8f1e50fac4953ec9ff62",
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
      "hash": "d5e0c28ce4aabfc73a2c870c09183d336e31a5d69892f7aeb1520653f7136ab8",
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
      "hash": "57a88813d7ab45ff4543f71ca9754d7642fcac77ef386ca6804a38e49fda6e7c",
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
      "hash": "fce952a5dc7d8ec5992487e3575976b66c53a052766b89f4fe9b792a59c66aa3",
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
      "hash": "07e1da625ada687473ddcf193aff53f0d79d018d6ae6bc8883952f4b94e8fb17",
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
      "hash": "489878d9ab97e10358e84f1562c9b5430a54101a07e0c62fa4942858b5cda385",
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
      "hash": "681e79f30242ffe43407dd12ce50ef81d670f0cf6c90a3afcf9a9415e62b118c",
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
      "hash": "a20d81ff5b39d12b86761d795c3e0c50734fe6ecbfa633802db40517cb92bfe4",
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
      "hash": "d524d9906e3d1b5f61ac12bea8094f0e0da630f7326921f3b51f781f8a5c63e3",
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "ecece25dd03b816186e81f760e3ec660b8c98b0207863919c1f9a4065ea32444",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "6aa9aad4b6daf86c9b0c20688f0fd994b28a6173b602369c76bee95c0e413eb3",
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
      "hash": "bb4513495f91b1789f92e24b46712855df12b661bbdee29d63360805a4ce6c9d",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "528a04e186a2fb78519da53c4718006d5dde860e43dae5a72fb82bd4276c9dbc",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "8b230375c49d6dae5b7a82a1f8e8afa07e33393fba4b64cf53d93061e1661b65",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "306eed331a777d277c56d1701894873554029f5dedf0cc6889a29ecc0b26b4fb",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
// docs/schemas/fixtures/program/valid/protocol_migrated_with_legacy_ids.json
export const program_2: Program = {
  "schema_version": 2,
  "program_id": "prog-2026-0001",
  "patient_id": "pt-000123",
  "protocol": {
    "schema_version": 2,
    "id": "x-1705eee95e30344ef7894f6bc7648b4c",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    },
    "legacy_ids": {
      "x-1705eee95e30344ef7894f6bc7648b4c": "Boulder back pain study"
    }
  },
  "state": {
    "state": "active",
    "stage": {
      "stage": "in_treatment",
      "completed": 0,
      "planned": 8
    }
  },
  "legacy_events": 0,
  "events": [
    {
      "seq": 0,
      "id": "seq-0",
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
            "answered": 3,
            "unsure": 0
          }
        }
      },
      "hash": "1fc9ba7136c1765bce1cdc77951e5484b2037041ee3770d50aaa01b00989bbd5"
    },
    {
      "seq": 1,
      "id": "seq-1",
      "at": "2026-01-06T09:00:00Z",
      "actor": {
        "role": "clinician",
        "id": "dr-schubiner"
      },
      "event": {
        "type": "enrolled"
      },
      "hash": "d4c897ca783bf1ad6cf4d82ddec0990d70a4f069e907579d43a2e4addc117875"
    },
    {
      "seq": 2,
      "id": "seq-2",
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
            "schema_version": 2,
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
            "schema_version": 2,
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
            "schema_version": 2,
            "instrument": "promis_depression_8a",
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
            "schema_version": 2,
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
            "schema_version": 2,
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
            "schema_version": 2,
            "instrument": "promis_sleep_disturbance_8a",
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
            "schema_version": 2,
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
            "schema_version": 2,
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
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6"
    },
    {
      "seq": 3,
      "id": "seq-3",
      "at": "2026-01-11T09:00:00Z",
      "actor": {
        "role": "clinician",
        "id": "dr-schubiner"
      },
      "event": {
        "type": "session_completed",
        "number": 1,
        "session_id": "s-1"
      },
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c"
    },
    {
      "seq": 4,
      "id": "migrate-1",
      "at": "2026-01-11T11:00:00Z",
      "actor": {
        "role": "clinician",
        "id": "dr-1"
      },
      "event": {
        "type": "protocol_migrated",
        "migration": {
          "protocol": {
            "schema_version": 2,
            "id": "x-1705eee95e30344ef7894f6bc7648b4c",
            "version": 2,
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
                  "promis_depression_8a",
                  "promis_anxiety_8a",
                  "promis_anger_5a",
                  "promis_sleep_disturbance_8a",
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
                  "promis_depression_8a",
                  "promis_anxiety_8a",
                  "promis_anger_5a",
                  "promis_sleep_disturbance_8a",
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
            },
            "legacy_ids": {
              "x-1705eee95e30344ef7894f6bc7648b4c": "Boulder back pain study"
            }
          },
          "completed_sessions": 1
        }
      },
      "hash": "eb15358ed78861ddebce28cb31851676827d099628a2f06c7792e61f68fdbea4"
    }
  ]
};
// docs/schemas/fixtures/program/valid/safety_goals_and_clearances.json
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "9cb5d1b4397976a6d3ad848f2175ce326e4755365a562892f7a9e55d2c64f88f",
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
      "hash": "f1102abbb7c7d8c45026d7805b036ed257ee319c779070659e841dc37d1a5f1a",
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
      "hash": "1ccb20a46237b6aeb5f2a0d00f2e6eb55163aeea58dfbc9da5096b691b1d77d6",
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
      "hash": "a44c4cab9e0f961ea965db451152b53f3b77d1d7bff21d0767bfcd3da3032101",
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
      "hash": "bf2d384d644e0b56e6c3fe7e6911e35dc49d691d6ded8b048dfae9933fae43fa",
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
      "hash": "f38244c597e73026cb1ba33a652df32e7f18e667a394d959552460d17a9dde69",
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
      "hash": "654f86f4f9ab9d2a8b15974c635e842fb2412ddded4c455e843ad0199923bfff",
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
      "hash": "c063145d24cd4284f5d3e9db757a577298576dd088662ef444c50fdfcc26de02",
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
      "hash": "9ec6d18f7667ad1f6ee0a206adf1beda7664a704b72521c77b4694af5838aa27",
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
      "hash": "cdef325662f8a76cd083d2eee9f5d8345fd9b4f6c8f6fcf7413815558ca9ff12",
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
      "hash": "8dd584741b973f8f34df813c2c84e7d4e20ae99e79ce99e3fb99e53af7667d6e",
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
      "hash": "2ef6c8d57690cffc6f287ac7fbb50258a2e99b27fea6f19ce204b3d5e191b42d",
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
      "hash": "571b8abd42165b08b87722da646c54bb192d4e5ca4df3b86fd431952b6d4eddf",
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "cad343bf1d522b3b4bd9cd5788d288bff86641e643d0c3cae0738f18fd13af4d",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "ffdf69a12f9c6a36973f94021cbcff0ef7a57915879f37b08312184a8be6822d",
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
          "schema_version": 2,
          "set_at_session": 1,
          "set_on": "2026-03-02"
        },
        "type": "goal_set"
      },
      "hash": "e83918cb3d633a82780e326929ab44370d8657cec09d50f27b677ff9f2c557cc",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "2ba5478af241d58ead36677a50f4fcfddffcad3f496e76e590813dff004f283c",
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
      "hash": "09f606d0ba8e488ac30c27802cd056bd4f0a15a9558e9d2396347d9bd296913c",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "517caec2b5b4dcc798e0a2b79206160c4da1e936bc9c07953df821635702c8e3",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "0414b89abec1e803570555b768e4d447e45f9c249b1770c7b1e75700bfcff67a",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "a4eb02331a2e622ab87a261aa03a1aa9833d2b93c8dbd7cf185b3c83c1f745cc",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
export const program_4: Program = {
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
      "hash": "b1058239080140b54cbd89501dd03a653d01a55a58fc8760faa247c2e2600b14",
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
      "hash": "5ff78508faef67eff35ebbf98234ccaec2f115b6bd5e8f1e50fac4953ec9ff62",
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
      "hash": "d5e0c28ce4aabfc73a2c870c09183d336e31a5d69892f7aeb1520653f7136ab8",
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
      "hash": "57a88813d7ab45ff4543f71ca9754d7642fcac77ef386ca6804a38e49fda6e7c",
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
      "hash": "fce952a5dc7d8ec5992487e3575976b66c53a052766b89f4fe9b792a59c66aa3",
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
      "hash": "07e1da625ada687473ddcf193aff53f0d79d018d6ae6bc8883952f4b94e8fb17",
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
      "hash": "489878d9ab97e10358e84f1562c9b5430a54101a07e0c62fa4942858b5cda385",
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
      "hash": "681e79f30242ffe43407dd12ce50ef81d670f0cf6c90a3afcf9a9415e62b118c",
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
      "hash": "a20d81ff5b39d12b86761d795c3e0c50734fe6ecbfa633802db40517cb92bfe4",
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
      "hash": "d524d9906e3d1b5f61ac12bea8094f0e0da630f7326921f3b51f781f8a5c63e3",
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "post_treatment"
        },
        "type": "assessment_recorded"
      },
      "hash": "ecece25dd03b816186e81f760e3ec660b8c98b0207863919c1f9a4065ea32444",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 1
        },
        "type": "assessment_recorded"
      },
      "hash": "e70b1e2bf0d414d17abea0fd2473cce228288b0fd5524b07e7010acc99277b85",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 2
        },
        "type": "assessment_recorded"
      },
      "hash": "9cf4588d915adf4260384b0eb1743f2225be7404d4efccd257ccffea046aa033",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 3
        },
        "type": "assessment_recorded"
      },
      "hash": "dc3532cb3646fb0c403c7b330775855be16257280c3350b3a3e92399084577cf",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 6
        },
        "type": "assessment_recorded"
      },
      "hash": "2f70bc131b7e7d139783d650eb43217ab27623bda52d0aa4ddb4816df8686312",
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
            "schema_version": 2
          },
          {
            "answers": [
              2
            ],
            "instrument": "pgic",
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "follow_up",
          "months": 12
        },
        "type": "assessment_recorded"
      },
      "hash": "80e997d3966a7ca69cd2b99f120d2cecfde149453ecc669b0f10f2ed4f963100",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
// docs/schemas/fixtures/program/valid/unscheduled_pain_attribution.json
export const program_5: Program = {
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
      "id": "seq-3",
      "seq": 3
    },
    {
      "actor": {
        "role": "patient"
      },
      "at": "2026-01-12T09:00:00Z",
      "event": {
        "responses": [
          {
            "answers": [
              7,
              4,
              null
            ],
            "causes": [
              {
                "category": "peripheral",
                "text": "Herniated disc seen on the MRI"
              },
              {
                "category": "mind_brain",
                "text": "Stress at work since the restructuring"
              },
              {
                "category": null,
                "text": "Not sleeping well"
              }
            ],
            "instrument": "pain_attribution",
            "schema_version": 2
          }
        ],
        "type": "unscheduled_assessment_recorded"
      },
      "hash": "25a81a171a427fecbb802d3d472f4b878b56feab37c4ba00cace86ae40458bbe",
      "id": "seq-4",
      "seq": 4
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
// docs/schemas/fixtures/program/valid/voided_and_recorded_again.json
export const program_6: Program = {
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_depression_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
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
            "instrument": "promis_sleep_disturbance_8a",
            "schema_version": 2
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
            "schema_version": 2
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
            "schema_version": 2
          }
        ],
        "timepoint": {
          "kind": "baseline"
        },
        "type": "assessment_recorded"
      },
      "hash": "e2a199b073147348949f74f998b8dc80b0d0370ed65eb920d2fb38c114178ff6",
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
      "hash": "49809dbb148005c3ba6a289173c850ef4a9674ccca543c5772caaf259ad7852c",
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
      "hash": "2986a33720f251b07befacf3f284122f30b3add59565fcf81c443a785d681db2",
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
      "hash": "0b5a05ff1fe214fd4e61e4fcf8385cd4a6f15d92b4ffb8d353eb18c1e43a2e09",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
          "promis_depression_8a",
          "promis_anxiety_8a",
          "promis_anger_5a",
          "promis_sleep_disturbance_8a",
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
    "schema_version": 2,
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
import type { ProgramId } from "../../docs/typescript/program_id";
// docs/schemas/fixtures/program_id/valid/simple.json
export const program_id_0: ProgramId = "prog-2026-0042";
import type { ProgramReport } from "../../docs/typescript/program_report";
// docs/schemas/fixtures/program_report/valid/ids_outside_the_alphabet.json
export const program_report_0: ProgramReport = {
  "schema_version": 2,
  "program_id": "x-c720db97e1fbdc63a283ec8f9d422277",
  "protocol_id": "x-1705eee95e30344ef7894f6bc7648b4c",
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
  "next_actions": [],
  "legacy_ids": {
    "x-c720db97e1fbdc63a283ec8f9d422277": "prog 2026/0001",
    "x-1705eee95e30344ef7894f6bc7648b4c": "Boulder back pain study"
  }
};
// docs/schemas/fixtures/program_report/valid/treatment_completed.json
export const program_report_1: ProgramReport = {
  "schema_version": 2,
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
  "schema_version": 2,
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
        "promis_depression_8a",
        "promis_anxiety_8a",
        "promis_anger_5a",
        "promis_sleep_disturbance_8a",
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
        "promis_depression_8a",
        "promis_anxiety_8a",
        "promis_anger_5a",
        "promis_sleep_disturbance_8a",
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
// docs/schemas/fixtures/protocol/valid/ids_outside_the_alphabet.json
export const protocol_1: Protocol = {
  "schema_version": 2,
  "id": "x-1705eee95e30344ef7894f6bc7648b4c",
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
        "promis_depression_8a",
        "promis_anxiety_8a",
        "promis_anger_5a",
        "promis_sleep_disturbance_8a",
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
        "promis_depression_8a",
        "promis_anxiety_8a",
        "promis_anger_5a",
        "promis_sleep_disturbance_8a",
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
  },
  "legacy_ids": {
    "x-1705eee95e30344ef7894f6bc7648b4c": "Boulder back pain study"
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
// docs/schemas/fixtures/red_flag_clearance/valid/ids_outside_the_alphabet.json
export const red_flag_clearance_0: RedFlagClearance = {
  "schema_version": 2,
  "flag": "osteoporosis",
  "clinician": "x-1345b2521d5dc11f0ec4bd736d84b3a9",
  "cleared_at": "2026-03-05T14:00:00Z",
  "note": "DEXA normal; no osteoporosis",
  "legacy_ids": {
    "x-1345b2521d5dc11f0ec4bd736d84b3a9": "dr okafor"
  }
};
// docs/schemas/fixtures/red_flag_clearance/valid/osteoporosis_cleared.json
export const red_flag_clearance_1: RedFlagClearance = {
  "schema_version": 2,
  "flag": "osteoporosis",
  "clinician": "dr-okafor",
  "cleared_at": "2026-03-05T14:00:00Z",
  "note": "DEXA normal; no osteoporosis"
};
import type { RedcapMapping } from "../../docs/typescript/redcap_mapping";
// docs/schemas/fixtures/redcap_mapping/valid/boulder_battery.json
export const redcap_mapping_0: RedcapMapping = {
  "schema_version": 2,
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
      "instrument": "promis_depression_8a",
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
      "instrument": "promis_sleep_disturbance_8a",
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
  "schema_version": 2,
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
// docs/schemas/fixtures/resource/valid/ids_outside_the_alphabet.json
export const resource_0: Resource = {
  "schema_version": 2,
  "id": "x-3850e81b7394d45b4fff3a9dcaae06d1",
  "kind": "video",
  "title": "Pain as a danger signal",
  "components": [
    "pain_education",
    "personal_evidence"
  ],
  "locator": "https://example.org/videos/12",
  "minutes": 12,
  "legacy_ids": {
    "x-3850e81b7394d45b4fff3a9dcaae06d1": "video: pain is a signal"
  }
};
// docs/schemas/fixtures/resource/valid/self_help_tool_app_id.json
export const resource_1: Resource = {
  "schema_version": 2,
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
export const resource_2: Resource = {
  "schema_version": 2,
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
  "schema_version": 2,
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
// docs/schemas/fixtures/resource_assignment/valid/ids_outside_the_alphabet.json
export const resource_assignment_1: ResourceAssignment = {
  "schema_version": 2,
  "resource": "x-f3634ea2a8aa4e34750da74bc22280f0",
  "assigned_on": "2026-03-02",
  "due": "2026-03-02",
  "legacy_ids": {
    "x-f3634ea2a8aa4e34750da74bc22280f0": "worksheet/evidence"
  }
};
// docs/schemas/fixtures/resource_assignment/valid/not_started.json
export const resource_assignment_2: ResourceAssignment = {
  "schema_version": 2,
  "resource": "worksheet-evidence",
  "assigned_on": "2026-03-02",
  "due": "2026-03-02"
};
import type { ResourcePlan } from "../../docs/typescript/resource_plan";
// docs/schemas/fixtures/resource_plan/valid/ids_outside_the_alphabet.json
export const resource_plan_0: ResourcePlan = {
  "schema_version": 2,
  "assignments": [
    {
      "schema_version": 1,
      "resource": "x-3850e81b7394d45b4fff3a9dcaae06d1",
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
      "resource": "x-f3634ea2a8aa4e34750da74bc22280f0",
      "assigned_on": "2026-03-02",
      "due": "2026-03-09",
      "engagement": [
        {
          "type": "opened",
          "on": "2026-03-05"
        }
      ]
    }
  ],
  "legacy_ids": {
    "x-3850e81b7394d45b4fff3a9dcaae06d1": "video: pain is a signal",
    "x-f3634ea2a8aa4e34750da74bc22280f0": "worksheet/evidence"
  }
};
// docs/schemas/fixtures/resource_plan/valid/two_resources.json
export const resource_plan_1: ResourcePlan = {
  "schema_version": 2,
  "assignments": [
    {
      "schema_version": 2,
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
      "schema_version": 2,
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
  "schema_version": 2,
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
  "schema_version": 2,
  "instrument": "nrs",
  "answers": [
    6
  ],
  "recall": "past_week"
};
// docs/schemas/fixtures/response/valid/pain_attribution.json
export const response_2: Response = {
  "schema_version": 2,
  "instrument": "pain_attribution",
  "answers": [
    7,
    4,
    null
  ],
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
// docs/schemas/fixtures/response/valid/phq9.json
export const response_3: Response = {
  "schema_version": 2,
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
  "schema_version": 2,
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
  "schema_version": 2,
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
// docs/schemas/fixtures/score/valid/pain_attribution.json
export const score_2: Score = {
  "schema_version": 2,
  "instrument": "pain_attribution",
  "total": null,
  "band": null,
  "subscales": [
    {
      "subscale": "structural",
      "value": 7,
      "missing_handling": "complete"
    },
    {
      "subscale": "mind_brain",
      "value": 4,
      "missing_handling": "complete"
    }
  ],
  "safety_flags": [],
  "missing_items": [
    3
  ],
  "missing_handling": "not_scored",
  "options": {
    "missing": {
      "rule": "require_all"
    },
    "odi_max_missing_sections": 1
  },
  "rule_version": 1,
  "coded_causes": {
    "n_coded": 2,
    "n_mind_brain": 1,
    "mind_brain_share": {
      "status": "computed",
      "share": 0.5
    }
  }
};
// docs/schemas/fixtures/score/valid/phq9.json
export const score_3: Score = {
  "schema_version": 2,
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
  "schema_version": 2,
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
  "schema_version": 2,
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
  "schema_version": 2,
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
// docs/schemas/fixtures/screening_outcome/valid/ids_outside_the_alphabet.json
export const screening_outcome_3: ScreeningOutcome = {
  "schema_version": 2,
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
      "clinician": "x-1345b2521d5dc11f0ec4bd736d84b3a9",
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
  },
  "legacy_ids": {
    "x-1345b2521d5dc11f0ec4bd736d84b3a9": "dr okafor"
  }
};
import type { SessionId } from "../../docs/typescript/session_id";
// docs/schemas/fixtures/session_id/valid/simple.json
export const session_id_0: SessionId = "sess-7";
import type { SessionPlan } from "../../docs/typescript/session_plan";
// docs/schemas/fixtures/session_plan/valid/ids_outside_the_alphabet.json
export const session_plan_0: SessionPlan = {
  "schema_version": 2,
  "session": "x-65af16a60e0f95268925118a0d2b21b4",
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
  "planned_minutes": 60,
  "legacy_ids": {
    "x-65af16a60e0f95268925118a0d2b21b4": "week 1"
  }
};
// docs/schemas/fixtures/session_plan/valid/second_session.json
export const session_plan_1: SessionPlan = {
  "schema_version": 2,
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
  "schema_version": 2,
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
  "schema_version": 2,
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
        "schema_version": 2,
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
// docs/schemas/fixtures/session_record/valid/ids_outside_the_alphabet.json
export const session_record_2: SessionRecord = {
  "schema_version": 2,
  "session": "x-65af16a60e0f95268925118a0d2b21b4",
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
        "note": "Guided in session; fear eased by the end.",
        "session": "x-65af16a60e0f95268925118a0d2b21b4"
      }
    ]
  },
  "legacy_ids": {
    "x-65af16a60e0f95268925118a0d2b21b4": "week 1"
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
  "schema_version": 2,
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
// docs/schemas/fixtures/treatment_goal/valid/ids_outside_the_alphabet.json
export const treatment_goal_1: TreatmentGoal = {
  "schema_version": 2,
  "id": "x-eae707c7a47bf7a7b01ba79e0bc6fa92",
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
  ],
  "legacy_ids": {
    "x-eae707c7a47bf7a7b01ba79e0bc6fa92": "goal #1"
  }
};
// docs/schemas/fixtures/treatment_goal/valid/instrument_score_no_entries.json
export const treatment_goal_2: TreatmentGoal = {
  "schema_version": 2,
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
export const treatment_goal_3: TreatmentGoal = {
  "schema_version": 2,
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
import type { TrialTable } from "../../docs/typescript/trial_table";
// docs/schemas/fixtures/trial_table/valid/two_arms_three_timepoints.json
export const trial_table_0: TrialTable = {
  "definition": {
    "kind": "pain_free_or_nearly"
  },
  "denominator": "all_randomized",
  "direction": "higher_is_worse",
  "instrument": "bpi_sf.item.bpi_5_average",
  "rows": [
    {
      "arms": [
        {
          "arm": "PRT",
          "change": null,
          "randomized": 3,
          "responders": {
            "denominator": 3,
            "percent": 0,
            "responders": 0
          },
          "value": {
            "mean": 5,
            "n": 3,
            "sd": 1
          }
        },
        {
          "arm": "usual care",
          "change": null,
          "randomized": 3,
          "responders": {
            "denominator": 3,
            "percent": 0,
            "responders": 0
          },
          "value": {
            "mean": 5.5,
            "n": 2,
            "sd": 0.71
          }
        }
      ],
      "comparisons": [
        {
          "arm": "PRT",
          "change_difference": null,
          "change_hedges_g": null,
          "hedges_g": -0.4,
          "mean_difference": -0.5,
          "responder_difference": 0,
          "versus": "usual care"
        }
      ],
      "timepoint": {
        "kind": "baseline"
      }
    },
    {
      "arms": [
        {
          "arm": "PRT",
          "change": {
            "mean": -3.67,
            "n": 3,
            "sd": 2.31
          },
          "randomized": 3,
          "responders": {
            "denominator": 3,
            "percent": 66.67,
            "responders": 2
          },
          "value": {
            "mean": 1.33,
            "n": 3,
            "sd": 1.53
          }
        },
        {
          "arm": "usual care",
          "change": {
            "mean": -1,
            "n": 1,
            "sd": null
          },
          "randomized": 3,
          "responders": {
            "denominator": 3,
            "percent": 0,
            "responders": 0
          },
          "value": {
            "mean": 3,
            "n": 2,
            "sd": 1.41
          }
        }
      ],
      "comparisons": [
        {
          "arm": "PRT",
          "change_difference": -2.67,
          "change_hedges_g": -0.66,
          "hedges_g": -0.81,
          "mean_difference": -1.67,
          "responder_difference": 66.67,
          "versus": "usual care"
        }
      ],
      "timepoint": {
        "kind": "post_treatment"
      }
    },
    {
      "arms": [
        {
          "arm": "PRT",
          "change": {
            "mean": -3.5,
            "n": 2,
            "sd": 0.71
          },
          "randomized": 3,
          "responders": {
            "denominator": 3,
            "percent": 33.33,
            "responders": 1
          },
          "value": {
            "mean": 1.5,
            "n": 2,
            "sd": 0.71
          }
        },
        {
          "arm": "usual care",
          "change": {
            "mean": 0,
            "n": 2,
            "sd": 0
          },
          "randomized": 3,
          "responders": {
            "denominator": 3,
            "percent": 0,
            "responders": 0
          },
          "value": {
            "mean": 4.67,
            "n": 3,
            "sd": 1.53
          }
        }
      ],
      "comparisons": [
        {
          "arm": "PRT",
          "change_difference": -3.5,
          "change_hedges_g": -4,
          "hedges_g": -1.75,
          "mean_difference": -3.17,
          "responder_difference": 33.33,
          "versus": "usual care"
        }
      ],
      "timepoint": {
        "kind": "follow_up",
        "months": 3
      }
    }
  ],
  "rule_version": 1
};
