"""The speed gates of karabakh_nb.claims change no output: each is checked against the plain way
on every sentence of the examples corpora (``data/*.examples.jsonl``) and of the end-to-end sets
(``benchmarks/e2e/*/articles``), from the sentence's start and from where its cue scan starts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from karabakh_nb import claims, lexicon
from karabakh_nb.loading import article_from_text
from karabakh_nb.mentions import sentences

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "karabakh_nb" / "data"


@cache
def _texts() -> tuple[str, ...]:
    """The views' texts of every sentence the examples and the e2e articles hold."""
    raw: list[str] = []
    for path in sorted(DATA.glob("*.examples.jsonl")):
        raw += [row["text"] for row in lexicon.examples(path.name[:-len(".examples.jsonl")])
                if isinstance(row.get("text"), str)]
    raw += [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("benchmarks/e2e/*/articles/*.txt"))]
    out: list[str] = []
    for text in raw:
        art = article_from_text(text, "t")
        out += [art.view.text_of(*seg.span) for seg in sentences(art)]
    return tuple(out)


def _starts(t: str, lex) -> list[int]:
    cue = claims._cue_from(t, lex)
    return [0] if cue is None else [0, cue]


def test_dual_gate_keeps_every_dual():
    lex = claims._lex()
    texts = _texts()
    assert len(texts) > 5000
    found = 0
    for t in texts:
        for start in _starts(t, lex):
            plain = lex.duals.search(t, start) is not None \
                or next(lex.construct_duals.scan(t, start), None) is not None
            assert claims._may_hold_dual(t, start, lex) == plain, t
            found += plain
    assert found > 100  # the corpora hold duals: the comparison is not between empty answers
