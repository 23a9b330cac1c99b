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


def test_long_text_is_normalized_by_replacing_its_changed_characters():
    """Past a length the view is built by str.replace of the characters present (_apply_table):
    the same text as one translate pass, on the example lines joined into pages."""
    from karabakh_nb.normalize import _TRANSLATE_MAX_LEN, _apply_table

    pages = ["\n".join(LINES[i:i + 20]) for i in range(0, len(LINES), 20)]
    assert any(len(p) > _TRANSLATE_MAX_LEN for p in pages)
    changed = "\u0623\u0625\u0622\u0671\u0649\u06cc\u06a9\u0660\u06f9\u00a0\u200f\u064b" * 20
    for text in [*LINES, *pages, changed]:
        assert _apply_table(text) == text.translate(_FULL_TABLE)


def test_title_key_compared_after_counting_words():
    """_reads_key (words counted first) answers as comparing the whole keys."""
    keys = [cleaning._key_of(normalize_text(t)) for t in LINES[:50]] + ["", "a b"]
    for line in [*LINES, "A  B", " a b ", "a b c", ""]:
        norm = normalize_text(line)
        for key in keys:
            assert cleaning._reads_key(norm, key) == (cleaning._key_of(norm) == key), (line, key)


def test_rule_gates_drop_only_rules_a_line_cannot_match():
    """_line_rule tries only the rules whose gate the line passes: on every example line (and the
    cues alone, in either case) that is the rule the plain loop over all rules finds first."""
    lines = [*LINES, *(c for r in lexicon.load("boilerplate")["line_rules"] for c in r["cues"]),
             *(c.upper() for r in lexicon.load("boilerplate")["line_rules"] for c in r["cues"])]
    for line in lines:
        norm = cleaning._strip_bullets(normalize_text(line))
        if not norm:
            continue
        n_words = cleaning._n_words(norm, cleaning._max_rule_words())
        letters = cleaning._cased_cue_letters().search(norm) is not None
        plain = next((r.name for r in cleaning._rules()
                      if n_words <= r.max_words and r.matches(norm, letters)), None)
        gates = cleaning._gates_passed(norm, n_words)
        tried = cleaning._candidate_rules(n_words, gates)
        fast = next((r.name for r in tried if r.matches(norm, "cased" in gates)), None)
        assert fast == plain, line


def _paragraphs():
    tricky = ["a  /  b", "x\tو\ty", "رويترز و أ ف ب", "2.5 مليون... قال!؟ «نعم».", "...", "a.b. c", ""]
    pages = ["\n".join(LINES[i:i + 20]) for i in range(0, len(LINES), 20)]
    return [normalize_text(t) for t in [*LINES, *pages, *tricky]]


def test_scans_by_str_find_equal_the_regex_scans():
    """The first part of a closing credit and the inline cues, found without a regex scan, are
    what the regexes find."""
    for text in _paragraphs():
        assert (cleaning._first_credit_part(text)
                == cleaning._credit_parts_re().split(text, maxsplit=1)[0]), text
        assert cleaning._has_inline_cue(text) == bool(cleaning._any_inline_cue().search(text))


#: The place byline's split as written before its separator was looked for alone.
_PLACE_BYLINE_SPLIT_RE = re.compile("\\s*(?:[\\-\u2013\u2014/:]|(?<=\\s)\u0640+(?=\\s))\\s*")


def test_place_byline_separator_splits_as_the_spaced_split():
    """One separator found alone, the spaces around it cut, gives the two parts the split gives;
    and a line the split cuts in more or fewer parts has not one separator."""
    tatweel = ["موسكو \u0640 رائد جبر", "موسكو \u0640\u0640\u0640 رائد", "مو\u0640سكو - رائد",
               "a / \u0640 b", "a \u0640\u0640x b", " a :  b ", "a - b - c", "a\u2014b"]
    for text in [*_paragraphs(), *tatweel]:
        parts = _PLACE_BYLINE_SPLIT_RE.split(text)
        found = list(cleaning._PLACE_BYLINE_SEPARATOR_RE.finditer(text))
        assert len(found) == len(parts) - 1, text
        if len(found) == 1:
            sep = found[0]
            assert [text[:sep.start()].rstrip(), text[sep.end():].lstrip()] == parts, text


def test_inline_cue_keys_hold_every_cue():
    """A line without any key word holds no inline cue: every cue holds a key."""
    keys = cleaning._inline_cue_keys()
    for cue in cleaning._inline_cue_forms():
        assert any(key in cue for key in keys), cue
        assert cleaning._has_inline_cue(f"x {cue} y")


def test_gates_of_captions_and_credit_names_never_drop_a_match():
    """A line the caption pattern matches passes _may_end_with_credit (no credit ends with a dot);
    a credit name is told apart by its key as before the word count."""
    pattern = cleaning._caption_re()[0]
    credits = lexicon.load("boilerplate")["caption_credits"]["credits"]
    assert not any(normalize_text(c).rstrip().endswith(".") for c in credits)
    lines = [*_paragraphs(), *(f"صورة لجنود ({c})." for c in credits),
             *(f"جنود في الطريق - {c}" for c in credits)]
    assert sum(bool(pattern.search(t)) for t in lines) > len(credits)
    names = cleaning._masthead()[0] | cleaning._agencies()
    for text in lines:
        if pattern.search(text):
            assert cleaning._may_end_with_credit(text), text
        for part in cleaning._credit_parts_re().split(text):
            assert cleaning._is_credit_name(part) == (cleaning._name_key(part) in names), part


def test_spaced_tatweel_found_as_by_the_plain_pattern():
    plain_tatweel = re.compile(r"(?<=\s)\u0640+(?=\s)")
    tatweel = ["\u0639\u0628\u062f \u0640 \u0627\u0644\u0631\u064a\u0627\u0636",
               "\u0640\u0640 x \u0640\u0640\u0640\t\u0640", "a\u0640 \u0640b \u0640\u0640 ", " \u0640"]
    for text in [*_paragraphs(), *tatweel]:
        assert cleaning._SPACED_TATWEEL_RE.sub("-", text) == plain_tatweel.sub("-", text), text


def test_long_credit_head_only_for_a_first_part_no_name_can_be():
    """A credit line whose first part _long_credit_head judges long from its first characters has
    a first part that is not empty and no credit name, whatever stands past the window: separators
    and agencies just before, at and after its end, and parts all of marks the names are cut of."""
    window = cleaning._CREDIT_HEAD_WINDOW
    agencies = lexicon.load("boilerplate")["place_tag"]["agencies"]
    words = "قال الوزير إن الهجوم"
    heads = [(words + " ") * 20, ". . . . " * 40, "( " * 80 + "فرانس 24", "مراسل " * 3 + " " * 150]
    lines = list(_paragraphs())
    for pad in range(window - 30, window + 30, 3):
        for tail in ["/ رويترز", " و" + agencies[0], " و x", "، y", "  \t - z"]:
            for head in heads:
                lines.append((head[:pad] + tail + " " + words)[:400])
    for pad in range(window - 40, window + 10):  # a name far in, its separator near the window's end
        for tail in [" ورويترز", " و" + max(map(normalize_text, agencies), key=len), " و x", "/ y"]:
            name = "فرانس 24" + " ." * 10  # (its dots are cut: the part is the name)
            lines.append(("(" + " " * pad)[:pad - len(name)] + name + tail + " " + (words + " ") * 10)
    judged = 0
    for text in lines:
        if cleaning._long_credit_head(text):
            judged += 1
            head = cleaning._first_credit_part(text).strip(cleaning._NAME_TRIM)
            assert head and not cleaning._is_credit_name(head), text
    assert judged > 50


def test_claim_gate_passes_every_sentence_that_can_claim():
    """The claim gate (claims._claim_gate) drops a sentence before it is tokenized only when
    _can_claim would fail: every sentence of the claims' example corpora that _can_claim accepts
    passes the gate; and the gate does drop sentences (most numbers stand with no cue)."""
    from karabakh_nb import claims
    from karabakh_nb.cleaning import Segment

    lex = claims._lex()
    texts = {row["text"] for name in ("claim_cues", "claim_subjects", "claim_attribution")
             for row in lexicon.examples(name) if isinstance(row.get("text"), str)}
    accepted = dropped = 0
    for text in sorted(texts):
        view = normalize(text)
        s = claims._Sent.build(Segment(text, (0, len(text)), "sentence"), view)
        start = claims._cue_from(s.t, lex)
        s.cue_from = len(s.t) if start is None else start
        cands = claims._candidates(s, lex, None)
        can = claims._can_claim(s, cands, claims._cues(s, lex, lambda: None, cands), lex)
        gate = claims._passes_claim_gate(
            s.t, lambda text=text, view=view: claims.extract_numbers(text, view=view), lex)
        assert gate or not can, text
        accepted += can
        dropped += not gate
    assert accepted > 100 and dropped > 0, (accepted, dropped)


def test_clean_asks_each_top_line_test_once(monkeypatch):
    """_top_of_page hands clean its answers (masthead_rule, _is_date_line, byline_outlet) for the
    lines it read: no test is asked twice of a line of a page (each was of every page's first
    line), and the pages clean as before."""
    pages = ["\n".join(LINES[i:i + 6]) for i in range(0, 120, 6)]
    before = [cleaning.clean(p) for p in pages]
    asked: list[tuple[str, str]] = []

    def counted(name, plain):
        def test(text):
            asked.append((name, text))
            return plain(text)
        return test

    for name in ("masthead_rule", "_is_date_line", "byline_outlet"):
        monkeypatch.setattr(cleaning, name, counted(name, getattr(cleaning, name)))
    names: set[str] = set()
    for page, old in zip(pages, before, strict=True):
        asked.clear()
        assert cleaning.clean(page) == old
        assert len(asked) == len(set(asked)), asked
        names |= {name for name, _ in asked}
    assert names == {"masthead_rule", "_is_date_line", "byline_outlet"}


def test_masthead_shortcuts_give_the_plain_answers():
    """masthead_rule's shortcuts: a key no site name opens has no site address that names one (on
    every name written with every domain suffix, and the example lines); the menu pieces are
    re.split's."""
    names = cleaning._masthead()[0]
    suffixes = lexicon.load("boilerplate")["masthead"]["domain_suffixes"]
    keys = [cleaning._name_key(cleaning._strip_bullets(normalize_text(line))) for line in LINES]
    keys += [cleaning._name_key(f"{name}{sep}{suffix}") for name in sorted(names)[:60]
             for suffix in [*suffixes, "com", "net"] for sep in (" ", ".")]
    addressed = 0
    for key in keys:
        if cleaning._site_address_name(key) in names:
            addressed += 1
            assert cleaning._names_opening().match(key), key
        assert list(cleaning._menu_pieces(key)) == cleaning._MENU_SPLIT_RE.split(key)
    assert addressed > 60


def test_digit_seams_split_as_the_lookaround_substitution():
    """_name_key's digit seams (a space where letters and digits meet) visit only the digit runs;
    they must equal the plain lookaround substitution, in any script's letters and digits."""
    plain = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
    chars = ["a", "Z", "\u0641", "\u0662", "1", "\u0969", "\u00b2", "\u00bd", "_", " ", "-", ".", "\u0640"]
    texts = [*LINES, "\u0641\u0631\u0627\u0646\u063324", "\u0639\u0631\u0628\u064a21", "24news", "x\u00b2y3"]
    texts += ["".join(chars[(i * 7 + j * j) % len(chars)] for j in range(i % 9)) for i in range(400)]
    for text in texts:
        assert cleaning._split_digit_seams(text) == plain.sub(" ", text), text
    assert cleaning._name_key("\u0641\u0631\u0627\u0646\u063324") == "\u0641\u0631\u0627\u0646\u0633 24"


def test_key_word_count_gate_never_drops_a_short_key():
    """_key_words_over tells a key has too many words without building it: whenever it says so, the
    built key has them (the name-list lookups it guards can never match), and on a paragraph it does."""
    texts = [*LINES, "\u0641\u0631\u0627\u0646\u063324", " (\u0639\u0631\u0628\u064a21) ",
             "\u0640 \u0640 a", "a\u200b b"]
    for text in texts:
        for most in range(6):
            if cleaning._key_words_over(text, most):
                assert len(cleaning._name_key(text).split()) > most, (text, most)
    assert cleaning._key_words_over(" ".join(["\u0643\u0644\u0645\u0629"] * 40), 5)
    assert not cleaning._key_words_over("\u00ab\u0627\u0644\u0623\u0646\u0627\u0636\u0648\u0644\u00bb", 1)
    assert cleaning._logo_rule(normalize_text(" ".join(["\u0643\u0644\u0645\u0629"] * 40))) is None


def test_substring_gates_of_number_scans_answer_as_the_regex():
    """The event-name and and-a-half scans of the numbers stage, run only when one of their keys
    stands in the text, answer every number example (and each with its keys glued to a word or
    spread by a double space) as the plain regex search does, and the keys really gate: a text
    with the half word but no conjunction before it holds a key and no match."""
    from karabakh_nb import numbers

    lex = numbers._lex()
    assert lex.event_keys and lex.half_keys
    texts = [normalize_text(row["text"]) for name in ("number_words", "qualifiers", "number_exclusions")
             for row in lexicon.examples(name) if isinstance(row.get("text"), str)]
    hits = {"event": 0, "half": 0}
    for text in texts + [t.replace(" ", "  ") for t in texts] + [t.replace(" ", "") for t in texts]:
        for key, pattern, keys in (("event", lex.event_head, lex.event_keys),
                                   ("half", lex.half_anywhere, lex.half_keys)):
            plain = pattern.search(text) is not None
            assert numbers._found(pattern, keys, text) == plain, text
            hits[key] += plain
    assert hits["event"] and hits["half"]  # the examples hold both: the comparison is not empty
    half = lex.half_keys[0]
    assert numbers._found(lex.half_anywhere, lex.half_keys, half) is False
