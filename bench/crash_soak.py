"""Crash soak: the crash test (tests/e2e/test_crash_kill.py) 1,000 times on one database.

A fresh writer logs interactions through the services and is killed with SIGKILL 0 to
--max-delay-ms after it starts writing; after each kill the database is opened read-only,
``integrity_check`` must be ok and every acknowledged interaction present, with its task and
the client's satisfaction (no torn write). Prints kills, acknowledged writes, failures, time;
exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

import crash_writer  # noqa: E402 - found through the path set just above


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--max-delay-ms", type=float, default=100.0)
    parser.add_argument("--seed", type=int, default=None, help="for the delays (default: random)")
    parser.add_argument("--keep", metavar="DIR", help="use DIR for the database and keep it")
    args = parser.parse_args(argv)
    if os.name == "nt":
        print("crash_soak: needs SIGKILL (POSIX)", file=sys.stderr)
        return 2
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))

    def progress(state: crash_writer.Soak) -> None:
        if state.kills % 100 == 0:
            print(
                f"  {state.kills} kills, {len(state.acknowledged)} acknowledged,"
                f" {len(state.failures)} failures",
                flush=True,
            )

    with tempfile.TemporaryDirectory(prefix="ae-crash-soak-") as scratch:
        folder = Path(args.keep) if args.keep else Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        database = folder / "ae-desktop.sqlite3"
        result = crash_writer.soak(
            database,
            args.kills,
            args.max_delay_ms,
            seed=args.seed,
            env=env,
            progress=progress,
        )
        size = database.stat().st_size if database.exists() else 0
    print(f"kills:                {result.kills}")
    print(f"acknowledged writes:  {len(result.acknowledged)}")
    print(f"failures:             {len(result.failures)}")
    print(f"time:                 {result.seconds:.1f} s")
    print(f"database:             {size / 1e6:.1f} MB")
    for failure in result.failures[:20]:
        print(f"  {failure}")
    return 1 if result.failures or result.kills < args.kills else 0


if __name__ == "__main__":
    sys.exit(main())
