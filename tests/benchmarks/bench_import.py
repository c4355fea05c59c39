#!/usr/bin/env python3
"""Times `cairn-cli import` of a synthetic N-course bundle against its floor.

The floor is `sqlite3 .import` of the same course rows as CSV into a table of
the same definition (no other tables, no secondary indexes, no search index).
A second floor is the same work as Cairn's import done by sqlite3 alone: every
table it writes imported from CSV, then the same indexes and search index
built (make_bundle's ROWS-all.sql).
Each program's wall time and peak memory (its own maximum resident set, from
wait4) are reported side by side from one run; --compare OLD_CLI adds an
older cairn-cli on the same files. Usage:

    tests/benchmarks/bench_import.py build/default [--courses 100000] [--runs 2] [--compare OLD]

Needs the benchmarks built (CAIRN_BUILD_BENCHMARKS, the default preset) and
Debian's sqlite3 command.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def measure(command, cwd):
    start = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - start
    err = process.stderr.read().decode()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(map(str, command))} failed: {err}")
    return elapsed, usage.ru_maxrss / 1024  # MB


def fresh(path):
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    shutil.rmtree(path.parent / "backups", ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build")
    parser.add_argument("--courses", type=int, default=100000)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--compare", help="another cairn-cli to time on the same files")
    args = parser.parse_args()
    build = Path(args.build).resolve()
    cli = build / "app" / "cairn-cli"
    programs = [("cairn-cli import", cli)]
    if args.compare:
        programs.append((f"{args.compare} import", Path(args.compare).resolve()))

    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        subprocess.run([build / "tests" / "benchmarks" / "make_bundle", str(args.courses),
                        work / "bundle.json", work / "rows"], check=True)
        size = (work / "bundle.json").stat().st_size / 1e6
        print(f"{args.courses} courses: bundle {size:.0f} MB, {args.runs} runs each, alternating")
        results = {}
        same_work = "sqlite3: every table, index and search index (same work)"
        for run in range(args.runs):
            floor = work / "floor.sqlite"
            fresh(floor)
            subprocess.run(["sqlite3", floor], input=(work / "rows.sql").read_text(), text=True, check=True)
            results.setdefault("sqlite3 .import (floor)", []).append(
                measure(["sqlite3", floor, ".import --csv --skip 1 rows.csv courses"], work))
            fresh(floor)
            results.setdefault(same_work, []).append(
                measure(["sqlite3", floor, ".read rows-all.sql"], work))
            for name, program in programs:
                database = work / "cairn" / "cairn.sqlite"
                database.parent.mkdir(exist_ok=True)
                fresh(database)
                results.setdefault(f"{name}, empty database", []).append(
                    measure([program, "import", "bundle.json", "--database", database], work))
                results.setdefault(f"{name}, again (every course updated)", []).append(
                    measure([program, "import", "bundle.json", "--database", database], work))
        floor_time = min(t for t, _ in results["sqlite3 .import (floor)"])
        same_work_time = min(t for t, _ in results[same_work])
        print(f"{'what':<60} {'best s':>7} {'× floor':>8} {'× same':>7} {'peak MB':>8}")
        for name, samples in results.items():
            best = min(t for t, _ in samples)
            peak = max(m for _, m in samples)
            print(f"{name:<60} {best:>7.2f} {best / floor_time:>8.1f} {best / same_work_time:>7.1f} {peak:>8.0f}")


if __name__ == "__main__":
    main()
