"""environment.yml mirrors pyproject.toml (no conda here, so a parse is the check)."""

from __future__ import annotations

import re
import tomllib

import yaml

from conftest import ROOT


def _name(req: str) -> str:
    return re.split(r"[<>=!~ \[;]", req, maxsplit=1)[0].strip().lower().replace("_", "-")


def _spec(req: str) -> str:
    return req[len(_name(req)):].split(";")[0].replace(" ", "")


def test_environment_yml_mirrors_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert "conda-forge" in env["channels"]
    conda = {}
    pip_entries = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip_entries += dep["pip"]
        else:
            conda[_name(dep)] = _spec(dep)
    assert "-e ." in pip_entries, "environment.yml must pip-install the package itself"
    assert conda["python"] == ">=" + project["requires-python"].lstrip(">=")
    wanted = list(project["dependencies"])
    for extra in ("notebooks", "test"):
        wanted += project["optional-dependencies"][extra]
    for req in wanted:
        name = _name(req)
        assert name in conda, f"{name} is in pyproject.toml but not in environment.yml"
        assert conda[name] == _spec(req), f"{name}: {conda[name]} != {_spec(req)}"
    extra_in_env = set(conda) - {_name(r) for r in wanted} - {"python", "pip"}
    assert not extra_in_env, f"environment.yml has packages pyproject.toml lacks: {extra_in_env}"
