"""ROUGE of Dossier's summaries beside Lead, LexRank, TextRank, LSA and centroid, one run.

A wrapper over ``dossier eval summaries`` (same code, same table) that writes its JSON to
``bench/results/summaries-<dataset>.json`` by default:

    python bench/summaries.py ../shared/data/duc2004/task2.jsonl.gz --words 100 \\
        --calibrate ../shared/data/duc2004/sumrepo_peers.jsonl.gz \\
        --reference ../shared/data/duc2004/sumrepo_rouge155_reference.json
    python bench/summaries.py ../shared/data/multinews/test_longbench200.jsonl.gz --words 230
"""

from __future__ import annotations

import sys
from pathlib import Path

from dossier.cli.common import run_guarded
from dossier.cli.evaluate import summaries_command

RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str]) -> int:
    if "--out" not in argv and argv and not argv[0].startswith("-"):
        name = Path(argv[0]).name.split(".")[0]
        parent = Path(argv[0]).resolve().parent.name
        argv = [*argv, "--out", str(RESULTS / f"summaries-{parent}-{name}.json")]
    sys.argv = ["dossier eval summaries", *argv]
    return run_guarded(summaries_command)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
