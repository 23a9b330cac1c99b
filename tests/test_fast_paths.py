"""The fast paths of cleaning and normalization give what the plain code gives."""

import re

from karabakh_nb import cleaning, lexicon
from karabakh_nb.normalize import _FULL_TABLE, normalize, normalize_text, squash_spaces

LINES = [row["text"] for row in lexicon.examples("boilerplate") if isinstance(row.get("text"), str)]


def test_normalize_text_skips_only_text_it_would_not_change():
    for text in [*LINES, "\u0627\u0644\u0623\u0645\u0645", "abc 12", "\u0645\u0640\u0646", "x\u200fy"]:
        assert normalize_text(text) == text.translate(_FULL_TABLE) or "\u0654" in text
        assert normalize(text).text == normalize_text(text)


def test_squash_spaces_collapses_every_space_run():
    for text in ["  a \u00a0 b\n", "a\u2009\u2009b\tc", "\u3000", "a\u200bb"]:
        assert squash_spaces(text) == re.sub(r"\s+", " ", text).strip()


def test_contains_rules_match_as_one_case_blind_alternation():
    """The Arabic and the cased cues of a 'contains' rule are searched apart; together they must
    match the lines one case-blind alternation of all the cues matches, in any case."""
    specs = [r for r in lexicon.load("boilerplate")["line_rules"] if r["match"] == "contains"]
    rules = [r for r in cleaning._rules() if r.match == "contains"]
    assert len(specs) == len(rules)
    for spec, rule in zip(specs, rules, strict=True):
        whole = re.compile(f"(?:{lexicon.alternation(spec['cues'])})", re.IGNORECASE)
        for line in [*LINES, *(f"x {c.upper()} y" for c in spec["cues"]), *(c.lower() for c in spec["cues"])]:
            norm = normalize_text(line)
            letters = cleaning._cased_cue_letters().search(norm) is not None
            assert rule.matches(norm, letters) == bool(whole.search(norm)), (spec["name"], line)
