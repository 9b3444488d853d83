"""The whole pipeline against the gold sets in ../shared: the targets are regression guards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from diplograph.evaluation.runner import run_gold_eval, same_person
from diplograph.extract.pipeline import Extractor

from ..conftest import shared_path

pytestmark = pytest.mark.slow


def test_seeds_find_every_required_event_and_fact_precisely(extractor: Extractor) -> None:
    report = run_gold_eval(
        shared_path("gold/seeds.gold.jsonl"), shared_path("corpus/seeds"), extractor
    ).to_json()
    assert report["events"]["recall"] == 1.0
    assert report["events"]["precision"] >= 0.9
    assert report["facts"]["recall"] == 1.0
    assert report["facts"]["precision"] >= 0.9


def test_kz_dev_scores_do_not_regress(extractor: Extractor) -> None:
    report = run_gold_eval(
        shared_path("corpus/kz-dev/kz-dev.gold.jsonl"), shared_path("corpus/kz-dev"), extractor
    ).to_json()
    assert report["facts"]["f1"] >= 0.85
    assert report["events"]["f1"] >= 0.85  # measured 0.93


def test_same_person_joins_spellings_but_not_different_people() -> None:
    assert same_person("Roman Vassilenko", "Roman Vasilenko")
    assert same_person("Kassym-Jomart Tokayev", "Kassym-Jomart Tokaev")
    assert same_person("Antony Blinken", "Antony J. Blinken")
    assert not same_person("Roman Vassilenko", "Roman Abramovich")
    assert not same_person("Kassym-Jomart Tokayev", "Nursultan Nazarbayev")


def test_in_half_reads_the_last_number_of_the_id() -> None:
    from diplograph.evaluation.runner import in_half

    assert in_half("reuters21578-13657", "odd")
    assert not in_half("reuters21578-13657", "even")
    assert in_half("kz_006", "even")
    assert in_half("anything", "all")
    assert not in_half("no-number", "odd")


@pytest.mark.parametrize(("half", "events", "facts"), [("odd", 0.80, 0.92), ("even", 0.50, 0.78)])
def test_reuters_dev_halves_do_not_regress(
    extractor: Extractor, half: str, events: float, facts: float
) -> None:
    """Guards a little under what was measured (odd 0.85 / 0.96, even 0.55 / 0.82 at
    extractor 0.3.30)."""
    report = run_gold_eval(
        shared_path("gold/reuters-dev.gold.jsonl"),
        shared_path("corpus/reuters/dev_gold_articles.jsonl"),
        extractor,
        half=half,
    ).to_json()
    assert report["events"]["f1"] >= events
    assert report["facts"]["f1"] >= facts


def test_made_up_modern_articles_do_not_regress(extractor: Extractor) -> None:
    """Three hundred and eighty-four modern articles made up apart from the dev sets
    (fixtures/README.md). First scored events 0.55 / 0.46 / 0.36 / 0.39 / 0.66 / 0.46 / 0.64 / 0.66
    / 0.64 / 0.65 / 0.80 / 0.55 / 0.46 / 0.52 / 0.42 / 0.43 / 0.46 / 0.52 / 0.49 / 0.62 / 0.41 /
    0.63 / 0.47 / 0.64 / 0.51 / 0.46 / 0.58 / 0.44 / 0.55 / 0.37 / 0.52 / 0.42 / 0.65 / 0.51 / 0.30
    / 0.33 / 0.33 / 0.36 and facts 0.76 / 0.93 / 0.68 / 0.75 / 0.84 / 0.81 / 0.91 / 0.86 / 0.89 /
    0.93 / 0.65 / 0.93 / 0.73 / 0.70 / 0.93 / 0.88 / 0.85 / 0.91 / 0.68 / 0.91 / 0.81 / 0.91 / 0.95
    / 0.74 / 0.92 / 0.93 / 0.95 / 0.96 / 0.50 / 0.85 / 0.91 / 0.71 / 0.88 / 0.97 / 0.78 / 0.94 /
    0.85 / 0.87 / 0.86 / 0.88 / 0.87 / 0.86 / 0.83 / 0.79 (a, b, g, j, n, o, r, s, v, w, z, za, zb,
    zc, zd, ze, zf, zg, zh, zi, zj, zk, zl, zm, zn, zo, zp, zq, zr, zs, zt, zu, zv, zw, zx, zy, zz,
    wa, wb, wc, wd, we, wf, wg; zt, zu, zv, zw, zx, zy, zz, wa, wb, wc, wd, we, wf and wg events
    0.71 / 0.46 / 0.48 / 0.45 / 0.48 / 0.54 / 0.52 / 0.42 / 0.65 / 0.51 / 0.30 / 0.33 / 0.33 /
    0.36); 0.60 and 0.91 together at extractor 0.3.66. wh, wi, wj and wk (rounds 20 and 21,
    written blind) first scored events 0.31 / 0.49 / 0.44 / 0.38 and facts 0.89 / 0.86 / 0.70 /
    0.91; with them the set is at 0.60 and 0.90 at 0.3.78. Guards a little under that."""
    report = _made_up_set("modern_madeup", extractor)
    assert report["events"]["f1"] >= 0.58
    assert report["facts"]["f1"] >= 0.90


def test_made_up_wire_stories_do_not_regress(extractor: Extractor) -> None:
    """Five hundred and ten 1980-1995 wire stories made up apart from the dev sets
    (fixtures/README.md). First scored events 0.63 / 0.60 / 0.64 / 0.61 / 0.52 / 0.56 / 0.82 / 0.59
    / 0.42 / 0.73 / 0.70 / 0.59 / 0.55 / 0.70 / 0.60 / 0.60 / 0.71 / 0.55 / 0.68 / 0.62 / 0.75 /
    0.66 / 0.63 / 0.52 / 0.62 / 0.53 / 0.55 / 0.55 / 0.45 / 0.65 / 0.65 / 0.60 / 0.70 / 0.62 / 0.54
    / 0.42 / 0.50 / 0.50 / 0.47 / 0.43 / 0.53 and facts 0.87 / 0.67 / 0.81 / 0.77 / 0.91 / 0.88 /
    0.97 / 1.0 / 0.87 / 0.84 / none / 0.84 / 0.73 / 0.68 / 0.93 / 0.92 / 0.83 / 0.84 / 0.75 / 0.88 /
    0.79 / 0.90 / 0.84 / 0.94 / 0.90 / 0.94 / 0.75 / 0.94 / 0.73 / 0.85 / 0.99 / 0.98 / 0.92 / 0.97
    / 0.91 / 0.95 / 0.86 / 0.92 / 0.76 / 0.91 / 0.97 / 0.79 / 0.83 / 0.84 / 0.85 / 0.94 / 0.90 (c,
    d, e, f, h, i, k, l, m, p, q, t, u, x, y, ya, yb, yc, yd, ye, yf, yg, yh, yi, yj, yk, yl, ym,
    yn, yo, yp, yq, yr, ys, yt, yu, yv, yw, yx, yy, yz, xa, xb, xc, xd, xe, xf; ys, yt, yu, yv, yw,
    yx, yy, yz, xa, xb, xc, xd, xe and xf events 0.69 / 0.61 / 0.56 / 0.62 / 0.50 / 0.53 / 0.62 /
    0.54 / 0.42 / 0.50 / 0.50 / 0.47 / 0.43 / 0.53); 0.66 and 0.93 together at extractor 0.3.66.
    xg, xh, xi and xj (rounds 20 and 21, written blind) first scored events 0.57 / 0.48 / 0.60
    / 0.47 and facts 0.85 / 0.59 / 0.74 / 0.88; with them the set is at 0.66 and 0.92 at 0.3.78.
    Guards a little under that."""
    report = _made_up_set("wire_madeup", extractor)
    assert report["events"]["f1"] >= 0.64
    assert report["facts"]["f1"] >= 0.90


def _made_up_set(name: str, extractor: Extractor) -> dict[str, Any]:
    """The scores of a made-up fixture set: ``fixtures/NAME`` with ``NAME.gold.jsonl``."""
    fixtures = Path(__file__).parent / "fixtures"
    return run_gold_eval(fixtures / f"{name}.gold.jsonl", fixtures / name, extractor).to_json()
