#!/usr/bin/env python3
"""One core against two for the batch scorer, measured fairly on a shared machine.

Runs the release `score` example on the same NDJSON file with `--ndjson` (the sequential
reader), `--threads 1` and `--threads 2`, interleaved (one of each per round, so load that
comes and goes hits every mode alike), and reports per mode the median wall time, user+sys CPU
time, throughput, CPU seconds per 10^6 records and peak memory, the two-core speedup in wall
time, and the 1-minute load average before each round.

    cargo build --release --all-features --example score
    python3 benches/batch_threads.py FILE.ndjson [ROUNDS] [EXTRA ARGUMENTS...]

Extra arguments go to every run (for example `--block-bytes 131072`).

The speedup means something only when the machine has a second core to give: read the load
average it prints (below 1 on 2 cores means idle).
"""

import os
import statistics
import subprocess
import sys

BINARY = os.path.join("target", "release", "examples", "score")
MODES = {"sequential": [], "threads 1": ["--threads", "1"], "threads 2": ["--threads", "2"]}


def run(path, extra):
    """One run under /usr/bin/time: wall s, user+sys s, records, peak RSS in MB."""
    report = "/tmp/batch_threads.time"
    with open(os.devnull, "wb") as sink:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", report, BINARY, "--ndjson", path, *extra],
                              stdout=sink, stderr=subprocess.PIPE, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"score failed: {done.stderr.decode()}")
    records = int(done.stderr.decode().split()[0])
    wall, user, system, rss = open(report).read().split()[-4:]
    return float(wall), float(user) + float(system), records, int(rss) / 1024


def main():
    path = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    common = sys.argv[3:]
    results = {mode: [] for mode in MODES}
    loads = []
    for _ in range(rounds):
        loads.append(os.getloadavg()[0])
        for mode, extra in MODES.items():
            results[mode].append(run(path, [*extra, *common]))
    print(f"{' '.join(common) or 'default blocks'}; nproc {os.cpu_count()}; 1-minute load average before each round: "
          + ", ".join(f"{l:.1f}" for l in loads))
    print("| mode | wall (median) | user+sys (median) | throughput (wall) | CPU s per 10^6 records | peak RSS (max) |")
    print("|---|---|---|---|---|---|")
    medians = {}
    cpus = {}
    for mode, runs in results.items():
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        records = runs[0][2]
        medians[mode] = wall
        cpus[mode] = cpu
        print(f"| {mode} | {wall:.3f} s | {cpu:.3f} s | {records / wall / 1e6:.2f} M/s | "
              f"{cpu / records * 1e6:.3f} s | {max(r[3] for r in runs):.1f} MB |")
    print(f"two threads vs one thread (wall): {medians['threads 1'] / medians['threads 2']:.2f}x; "
          f"vs the sequential reader: {medians['sequential'] / medians['threads 2']:.2f}x")
    print(f"CPU (user+sys) against the sequential reader: one thread {cpus['threads 1'] / cpus['sequential']:.3f}x, "
          f"two threads {cpus['threads 2'] / cpus['sequential']:.3f}x")


main()
