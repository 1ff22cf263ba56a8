"""``dossier eval``: evaluations against shared datasets; thin over ``dossier.evaluate``."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("eval")
def eval_group() -> None:
    """Measure Dossier against evaluation datasets (paths are given, never bundled)."""


@eval_group.command("summaries")
@click.argument("dataset", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--words", type=click.IntRange(10, 2000), default=100, show_default=True,
              help="Budget in words for every system (ROUGE-1.5.5 -l).")  # fmt: skip
@click.option("--bytes", "bytes_", type=click.IntRange(50, 20000), default=None,
              help="Budget in bytes instead of words (ROUGE-1.5.5 -b; DUC used 665).")  # fmt: skip
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write averages and per-cluster results as JSON here.")  # fmt: skip
@click.option("--system", "systems", multiple=True,
              help="Only these systems (repeatable): dossier, lead, lexrank, textrank, lsa, "
                   "centroid.")  # fmt: skip
@click.option("--calibrate", "peers", default=None,
              type=click.Path(dir_okay=False, path_type=Path),
              help="Published DUC 2004 peer summaries (sumrepo_peers.jsonl.gz) to check "
                   "ROUGE on.")  # fmt: skip
@click.option("--reference", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="ROUGE-1.5.5 scores of those peers "
                   "(sumrepo_rouge155_reference.json).")  # fmt: skip
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the first K clusters.")
def summaries_command(
    dataset: Path,
    words: int,
    bytes_: int | None,
    out: Path | None,
    systems: tuple[str, ...],
    peers: Path | None,
    reference: Path | None,
    limit: int | None,
) -> None:
    """Summarise every cluster of DATASET (JSON Lines) with Dossier and the baselines
    under one budget, and print ROUGE-1/2/L recall and F1 (ROUGE-1.5.5 conventions).

    \b
    Examples:
      dossier eval summaries ../shared/data/duc2004/task2.jsonl.gz --words 100 \\
          --calibrate ../shared/data/duc2004/sumrepo_peers.jsonl.gz \\
          --reference ../shared/data/duc2004/sumrepo_rouge155_reference.json
      dossier eval summaries multinews.jsonl.gz --words 230 --out mn.json --limit 20
    """
    from dossier.errors import InputError
    from dossier.evaluate import summaries

    if (peers is None) != (reference is None):
        raise InputError("--calibrate/--reference", "give both, or neither")
    if peers is not None and reference is not None:
        rows = summaries.calibrate(peers, reference, dataset)
        click.echo(_calibration_table(rows))
    report = summaries.run(
        dataset, words=None if bytes_ else words, bytes_=bytes_, systems=systems or None,
        limit=limit, progress=lambda name: click.echo(f"… {name}", err=True),
    )  # fmt: skip
    click.echo(_report_table(report))
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(report.model_dump_json(indent=1))
        click.echo(f"wrote {out}")


def _report_table(report) -> str:
    budget = f"{report.bytes} bytes" if report.bytes else f"{report.words} words"
    head = (
        f"{report.dataset}: {report.clusters} clusters, {budget}, "
        f"{report.total_seconds:.0f} s in all\n"
        f"{'system':10} {'R1-R':>6} {'R2-R':>6} {'RL-R':>6}   {'R1-F':>6} {'R2-F':>6} {'RL-F':>6}"
        f"   {'s/cluster':>9}"
    )
    lines = [head]
    for s in report.systems:
        r = [100 * s.scores[m].recall for m in ("rouge-1", "rouge-2", "rouge-l")]
        f = [100 * s.scores[m].f1 for m in ("rouge-1", "rouge-2", "rouge-l")]
        lines.append(
            f"{s.system:10} {r[0]:6.2f} {r[1]:6.2f} {r[2]:6.2f}   "
            f"{f[0]:6.2f} {f[1]:6.2f} {f[2]:6.2f}   {s.seconds_per_cluster:9.3f}"
        )
    return "\n".join(lines)


def _calibration_table(rows) -> str:
    keys = ["R1-R", "R2-R", "R1-F", "R2-F"]
    lines = [
        "ROUGE calibration on published DUC 2004 peers: ours / ROUGE-1.5.5",
        f"{'system':12} " + " ".join(f"{k:>15}" for k in keys) + "   max gap",
    ]
    for row in rows:
        cells = " ".join(f"{row.ours[k]:7.2f}/{row.reference[k]:<7.2f}" for k in keys)
        lines.append(f"{row.system:12} {cells}   {row.max_gap:.2f}")
    worst = max((r.max_gap for r in rows), default=0.0)
    lines.append(f"largest gap {worst:.2f} points ({'within' if worst <= 0.5 else 'OUTSIDE'} 0.5)")
    return "\n".join(lines)
