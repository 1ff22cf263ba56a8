"""The CAMEO event table: code -> name, root, Goldstein score and quad class.

Codes and scores are facts the project carries (``data/cameo_goldstein.tsv``, the
ICEWS/GDELT lookup); the table is read once per process. Goldstein is the ICEWS value
(it differs from GDELT's on four codes); quad class follows GDELT (1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    root_code: str
    base_code: str
    goldstein: float
    quad_class: int


@functools.cache
def cameo_table() -> dict[str, CameoCode]:
    """Every CAMEO code (roots, base and leaf codes), keyed by its string code."""
    path = resources.files("dossier") / "data" / "cameo_goldstein.tsv"
    table: dict[str, CameoCode] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            table[row["code"]] = CameoCode(
                code=row["code"],
                name=row["name"],
                root_code=row["root_code"],
                base_code=row["base_code"],
                goldstein=float(row["goldstein"] or row["goldstein_gdelt"]),
                quad_class=int(row["quad_class_gdelt"]),
            )
    return table


def cameo(code: str) -> CameoCode:
    """Look up one code; a KeyError names a code the dictionary should not use."""
    return cameo_table()[code]
