"""House rules that keep the package honest: Arabic lives in data files, the code is ruff clean."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")


@pytest.mark.parametrize("path", sorted((ROOT / "src" / "karabakh_nb").glob("*.py")),
                         ids=lambda p: p.name)
def test_engine_code_holds_no_arabic_literals(path):
    """String literals in code hold no Arabic words (docstrings and comments may show examples;
    code points written as escapes for character classes are fine)."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef
                                | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    hits = [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings
            and ARABIC.search(ast.get_source_segment(source, node) or "")]
    assert not hits, f"{path.name} has Arabic literals on lines {hits}: move them to data/"


def test_every_data_file_has_an_examples_corpus():
    data = ROOT / "src" / "karabakh_nb" / "data"
    for lexicon in data.glob("*.json"):
        examples = data / f"{lexicon.stem}.examples.jsonl"
        assert examples.is_file(), f"{lexicon.name} has no {examples.name}"


def test_ruff_clean():
    ruff = (shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
            or shutil.which("ruff", path=str(ROOT / ".venv" / "bin")))
    if ruff is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    proc = subprocess.run([ruff, "check", "--output-format", "concise", "src", "tests", "benchmarks"],
                          cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert sys.version_info >= (3, 11)
