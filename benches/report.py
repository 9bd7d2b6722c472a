#!/usr/bin/env python3
"""Prints the results of the last `cargo bench` run and the target ratios of docs/performance.md.

Reads criterion's `target/criterion/**/new/{benchmark,estimates}.json` (median of each bench);
run from the crate root after `cargo bench`. Never fails on a timing: it reports.
"""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
median = {}
for bench in root.glob("**/new/benchmark.json"):
    full_id = json.loads(bench.read_text())["full_id"]
    estimates = json.loads((bench.parent / "estimates.json").read_text())
    median[full_id] = estimates["median"]["point_estimate"]


def show(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"


print("| bench | median |")
print("|---|---|")
for name in sorted(median):
    print(f"| `{name}` | {show(median[name])} |")


def ratio(label, numerator, denominator, limit, below=True):
    a, b = median.get(numerator), median.get(denominator)
    if a is None or b is None:
        print(f"| {label} | not measured | | |")
        return
    r = a / b
    holds = r <= limit if below else r >= limit
    print(f"| {label} | {r:.2f} | {'≤' if below else '≥'} {limit} | {'holds' if holds else 'FAILS'} |")


print()
print("| ratio | measured | target | verdict |")
print("|---|---|---|---|")
ratio("PHQ-9 score / slice-sum floor", "score/phq9", "score/floor_phq9_slice_sum", 5)
for id in ("phq9", "bpi_sf", "csi"):
    ratio(
        f"{id}: typed decode+validate+score / Value parse",
        f"response_json/{id}/typed_decode_and_score",
        f"response_json/{id}/value_parse",
        1,
    )
for name in ("whole_program", "1000_events"):
    ratio(
        f"event log ({name}): typed decode / Value parse",
        f"event_log_json/{name}/typed_decode",
        f"event_log_json/{name}/value_parse",
        1,
    )
for small, large in ((10, 100), (100, 1000), (1000, 10000)):
    ratio(
        f"replay {large} / replay {small} events",
        f"replay_history/{large}",
        f"replay_history/{small}",
        12,
    )
