"""The figures of `make bench` in one JSON file (BENCH_JSON, default var/bench.json):
bench/pages.py writes the page table; the capabilities' benchmarks add their own section."""

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
JSON_PATH = Path(os.environ.get("BENCH_JSON") or ROOT / "var" / "bench.json")


def record(section: str, figures: dict) -> None:
    """Puts `figures` under `section`, keeping what the file already holds."""
    report = json.loads(JSON_PATH.read_text()) if JSON_PATH.exists() else {}
    report[section] = figures
    JSON_PATH.parent.mkdir(parents=True, exist_ok=True)
    JSON_PATH.write_text(json.dumps(report, indent=2) + "\n")
