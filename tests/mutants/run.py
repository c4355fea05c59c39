#!/usr/bin/env python3
"""Breaks the engines on purpose, one bug at a time, and expects the tests to fail.

For each mutant of tests/mutants/mutants.py: a scratch copy of the sources
(the files git knows, copied once into the scratch folder) gets the one
change, the mutant's tests are built and run there, and the mutant counts as
caught when at least one of them fails. The scratch build uses ccache with
CCACHE_BASEDIR, so after the first build only the changed file compiles.

    tests/mutants/run.py [--scratch /tmp/cairn-mutants] [--only TEXT]

Exit status 0 when every mutant is caught. Not part of ./dev.sh test: it
takes minutes (docs/PERFORMANCE.md has no figure for it; README says how to run it).
"""
import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("mutants", Path(__file__).with_name("mutants.py"))
mutants = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mutants)


def run(command, cwd, env, quiet=True):
    return subprocess.run(command, cwd=cwd, env=env, text=True,
                          stdout=subprocess.PIPE if quiet else None, stderr=subprocess.STDOUT if quiet else None)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scratch", default="/tmp/cairn-mutants")
    parser.add_argument("--only", help="run the mutants whose name contains this")
    args = parser.parse_args()
    scratch = Path(args.scratch)
    source = scratch / "src"
    build = scratch / "build"
    env = dict(os.environ, CCACHE_BASEDIR=str(scratch), QT_QPA_PLATFORM="offscreen")

    files = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists() or target.read_bytes() != (root / name).read_bytes():
            shutil.copy2(root / name, target)
    if not (build / "build.ninja").exists():
        configured = run(["cmake", "-S", source, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                          "-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCAIRN_BUILD_BENCHMARKS=OFF"], scratch, env)
        if configured.returncode != 0:
            sys.exit(configured.stdout)

    chosen = [m for m in mutants.MUTANTS if not args.only or args.only in m["name"]]
    caught = 0
    for mutant in chosen:
        path = source / mutant["file"]
        original = path.read_text()
        if original.count(mutant["find"]) != 1:
            print(f"TEXT GONE  {mutant['name']}: {mutant['file']} no longer holds the text once; update mutants.py")
            continue
        path.write_text(original.replace(mutant["find"], mutant["replace"]))
        try:
            built = run(["cmake", "--build", build, "--target", *mutant["tests"]], scratch, env)
            if built.returncode != 0:
                print(f"NO BUILD   {mutant['name']}: the mutant does not compile\n{built.stdout[-2000:]}")
                continue
            tested = run(["ctest", "--test-dir", build, "--output-on-failure", "-R",
                          "^(" + "|".join(mutant["tests"]) + ")$"], scratch, env)
            if tested.returncode != 0:
                caught += 1
                print(f"caught     {mutant['name']}")
            else:
                print(f"SURVIVED   {mutant['name']}: {', '.join(mutant['tests'])} still pass")
        finally:
            path.write_text(original)
    print(f"{caught} of {len(chosen)} mutants caught")
    sys.exit(0 if caught == len(chosen) else 1)


if __name__ == "__main__":
    main()
