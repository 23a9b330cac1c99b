"""Claims: reported quantities of a conflict's human and material toll (ANNOTATION.md section 4).

A claim is a number (or a dual noun, ``طفلان``) tied to a toll cue in its
sentence, with what it measures, whom it counts, whose toll it is and who says
so. :func:`extract_claims` reads an :class:`~karabakh_nb.loading.Article` (or
a plain string) sentence by sentence (the title counts as a sentence):

1. **Which numbers.** The number mentions of :func:`karabakh_nb.numbers.extract_numbers`
   and the dual nouns of ``data/claim_subjects.json`` become claims only when a
   toll cue of ``data/claim_cues.json`` ties them to a measure, tried in this
   order (the name is the claim's ``rule``): the counted noun itself names the
   measure (``unit``: ``400 قتيل``); a predicate follows the counted noun phrase
   (``cue_after``: ``32 شخصاً قتلوا``); the number is the part of a total
   (``part_of``: ``بينهم 50 مدنياً``) or the next item of a list
   (``list``: ``و277 مدفعية``) and inherits from it; a cue stands right before
   it (``cue_before``: ``مقتل 91 مدنيا``) or further back in the same clause
   (``cue_far``), or across an aside set off by commas (``cue_aside``: ``دمرت، خلال
   المعارك، 12 دبابة``); a toll head's count given by a reach verb after the head's
   modifiers (``cue_head``: ``عدد القتلى المدنيين جراء ... ارتفع إلى 91``); a person
   noun in a sentence that holds a cue takes the nearest one (``sentence_cue``).
   Hours, years, distances, population counts
   (``البالغ عددهم``) never are claims; a fraction of a stated population is
   (``fraction_of_population``: ``نصف سكان ... البالغ عددهم نحو 140 ألفاً`` = 70000).
2. **Subject** from the counted noun, refined by a following noun
   (``آلاف القتلى في صفوف جنوده`` = soldiers), ``آخرين`` taking the previous
   claim's subject, else the measure's default.
3. **Source.** Reporting verbs (VSO and SVO), prepositions (``بحسب``، ``وفق``،
   ``حسبما أعلنته``، ``نقلا عن``، ``بيان صادر عن``) and official tallies
   (``العدد الرسمي``) in ``data/claim_attribution.json``; the nearest one
   before the number, else a parenthetical one after it, else the previous
   sentence's when the sentence continues it (``وأضافت أن ...``). The words
   naming the source are looked up in the generic gazetteer
   (``data/gazetteer_generic.json``: international bodies, media) and in the
   conflict's own (``data/gazetteer_karabakh.json``); "each side says"
   (``كل جانب``) gives source ``unknown`` and side ``both``.
4. **Side** (the side that suffered the loss): a side word in the counted noun
   phrase (``22 مدنيا أرمنيا``، ``من الجانبين``), the total's side for a part,
   the opponent of an attacker (``في قصف للقوات الأذربيجانية``) or of a side
   fought (``المعارك مع أذربيجان``), the side of the places an attack hit
   (``attack_place``: ``قصف استهدف حيا سكنيا في مدينة كنجة``), the opponent of the
   nearest actor that captured or destroyed (places named with such counts give no
   side), the source's own losses, a place, else the conflict's default.
   A sentence whose toll has a cause that is no war (``حادث سير``، ``غرقا``، a
   disease) and no attack or war word gives no claim, nor does a sentence that
   continues one and names no war of its own (``... بحمى الضنك. وبلغ عدد المصابين 4000``).
   Without a conflict gazetteer (``conflict=None``)
   the side is ``unknown`` and sources are only ``international``, ``media``
   or ``unknown``.
5. **as_of**: a date in the sentence (a period gives its end; a date after
   ``منذ`` or ``بدأت ... في`` starts the count and is skipped), else the
   article's ``published``.

A conflict gazetteer lists ``scope`` words: an article that does not mention
its conflict is read with the generic gazetteer alone (``check_scope=False``
turns this off), so the Karabakh default never gives Karabakh sides to news
from Gaza or Sudan.

All words are data; this module holds no Arabic literal.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

import pandas as pd

from .cleaning import Segment
from .dates import extract_dates
from .lexicon import BOUNDARY, WORD_END, WORD_START, load, trie
from .loading import Article, article_from_text
from .memo import Memo
from .mentions import remembered_number_spans, sentences
from .normalize import Normalized, normalize, normalize_text
from .numbers import UNIT_FROM_POSSESSIVE, NumberMention, extract_numbers, may_hold_number, meets_number

__all__ = ["Claim", "Gazetteer", "claims_table", "extract_claims", "load_gazetteer", "source_party",
           "side_word", "DEFAULT_CONFLICT"]

#: The conflict whose gazetteer is used when none is named.
DEFAULT_CONFLICT = "karabakh"


@dataclass(frozen=True, slots=True)
class Claim:
    """One reported quantity of the toll (ANNOTATION.md section 4).

    ``text`` is ``article.raw[span[0]:span[1]]`` verbatim (the number mention, the
    dual noun or the fraction word); ``value``/``low``/``high``/``qualifier`` as
    in numbers (a dual gives 2, a fraction of a population the resulting count);
    ``measure``, ``subject``, ``side`` and ``source_party`` take the values of the
    guide; ``source_text`` is the words naming the source verbatim, or ``None``
    when the outlet speaks in its own voice; ``sentence`` is the whole sentence;
    ``as_of`` the date the claim speaks for; ``rule`` says which rules made it
    (``cue_before:killed``, ``part_of:killed``, ``dual_noun+part_of:killed``,
    ``each_side+cue_before:killed`` ...).
    """

    text: str
    value: float | int | None
    low: float | int
    high: float | int
    qualifier: str
    measure: str
    subject: str
    side: str
    source_party: str
    source_text: str | None
    sentence: str
    as_of: dt.date | None
    span: tuple[int, int]
    rule: str


# --- compiling word lists (all words come from the data files) ------------------------------

_TA_MARBUTA = "\u0629"
_HA = "\u0647"
_WAW = "\u0648"  # the conjunction و glued to the word it joins
_TA = "\u062a"  # the feminine ending of a past verb (its subject forces or units, not the men counted)
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]")
_CLAUSE_PUNCT = frozenset(",;:.!?\u060c\u061b\u061f")
_COMMAS = frozenset(",\u060c")
_SENTENCE_PUNCT = frozenset(".!?;\u061b\u061f")  # a full stop, a question mark, a semicolon
_NEVER = re.compile("(?!)")
_DIGIT = re.compile("[0-9]")  # where one stands, a number may (numbers.candidate_spans)


def _norm(word: str) -> str:
    return " ".join(normalize_text(word).split())


def _variants(form: str, article: str) -> set[str]:
    """Spelling variants of a normalized form: final ة/ه, and ل+ال written لل."""
    out = {form}
    words = form.split(" ")
    for i, w in enumerate(words):
        for a, b in ((_TA_MARBUTA, _HA), (_HA, _TA_MARBUTA)):
            if len(w) > 2 and w.endswith(a):
                for v in list(out):
                    parts = v.split(" ")
                    if parts[i] == w:
                        parts[i] = w[:-1] + b
                        out.add(" ".join(parts))
    if article and form.startswith(article) and len(form) > len(article) + 1:
        lam = article[-1]
        out |= {lam + v[len(article) - 1:] for v in list(out) if v.startswith(article)}
    return out


def _phrase(form: str) -> str:
    return r"\s+".join(re.escape(p) for p in form.split(" "))


class _Words:
    """A word list compiled into one regex; each match maps back to the value of its entry.

    ``proclitics`` may precede a word (``وقتل``، ``بمقتل``); group ``w`` is the word.
    """

    __slots__ = ("regex", "spaced", "values", "pre", "quick")

    def __init__(self, entries: Iterable[tuple[str, Any]], proclitics: Iterable[str] = (),
                 article: str = "", variants: bool = True):
        values: dict[str, Any] = {}
        for raw, value in entries:
            form = _norm(raw)
            if not form:
                continue
            for v in (_variants(form, article) if variants else {form}):
                values.setdefault(v, value)
        self.values = values
        self.quick: re.Pattern[str] | None = None  # the words with no boundary (see scan), built once
        pres = sorted({_norm(p) for p in proclitics if _norm(p)}, key=lambda p: (-len(p), p))
        self.pre = frozenset(pres)
        if not values:
            self.regex = self.spaced = _NEVER
            return
        alt = trie(values)
        pre = "(?P<pre>" + "|".join(re.escape(p) for p in pres) + ")?" if pres else ""
        self.regex = re.compile(f"{WORD_START}{pre}(?P<w>{alt}){WORD_END}")
        # the same words opening on a consumed boundary character, for scans of " " + text:
        # the regex engine then skips from boundary to boundary (see count)
        self.spaced = re.compile(f"{BOUNDARY}{pre}(?P<w>{alt}){WORD_END}")

    def value(self, m: re.Match[str]) -> Any:
        return self.values[" ".join(m.group("w").split())]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        return self.regex.finditer(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        return self.regex.match(text, pos)

    def quick_scan(self) -> re.Pattern[str]:
        """A scan for the words with no boundary (as ``any_cue``), built on first use: several times
        faster than the bounded pattern, it tells at once that a text holds none of them."""
        if self.quick is None:
            self.quick = re.compile(trie(self.values)) if self.values else _NEVER
        return self.quick

    def scan(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """:meth:`finditer` from ``pos`` to the end of ``text``, behind :meth:`quick_scan`: for a list
        that occurs in few sentences (a rare trigger) it skips the slower bounded pattern wherever
        none of its words stands."""
        if self.quick_scan().search(text, pos) is None:
            return iter(())
        return self.regex.finditer(text, pos)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.search(text, pos, len(text) if endpos is None else endpos)

    def count(self, text: str, limit: int) -> int:
        """How many matches :meth:`finditer` gives on ``text``, counting up to ``limit`` at most."""
        spaced, pos, n = " " + text, 0, 0
        while n < limit and (m := self.spaced.search(spaced, pos)) is not None:
            n += 1
            pos = m.end() - 1  # resume where finditer would: the boundary may be the match's last char
        return n


def _set(words: Iterable[str]) -> frozenset[str]:
    return frozenset(_norm(w) for w in words if _norm(w))


@dataclass(frozen=True)
class _Lex:
    """Everything the engine reads from the data files, compiled once."""

    cues: _Words  # value: tuple of (measure, role)
    any_cue: re.Pattern[str]  # the words of every cue list, dual and leaving verb, with no boundary
    cue_reach: int  # the longest proclitic such a word may carry
    unit_measure: dict[str, str]
    measure_subjects: dict[str, frozenset[str]]
    part: _Words
    group_partitives: _Words
    dangling: frozenset[str]  # من، في، عن: a preposition that cannot end a source's words
    appositions: _Words  # أي: an aside that restates the count (X أسرة، أي Y شخص، فرت)
    # rule apposition_verb: تضم، يضم opening a comma-bounded aside right after a count restate it
    # (X أسرة، تضم نحو Y شخص، نزحت); elsewhere they stay blockers (مخيم يضم 300 نازح)
    apposition_verbs: _Words
    others: frozenset[str]
    blockers: _Words
    non_claim_units: frozenset[str]
    population_nouns: frozenset[str]
    population_units: frozenset[str]  # units counting inhabitants (نسمة)
    population_count: _Words
    start_markers: _Words
    attack: _Words
    targets: _Words
    both: _Words
    carry: _Words
    article: str
    conjunctions: frozenset[str]
    nouns: dict[str, str]
    generic: frozenset[str]
    refiners: _Words
    duals: _Words  # value: (subject, measure | None)
    measure_default: dict[str, str]
    verbs: _Words
    preps: re.Pattern[str]
    # rule owner_marker: تابعة ل: the side named after it owns the thing counted, it attacks no one
    owner_markers: _Words
    # rule pronoun_preposition: بحسبها، وفقه: a preposition whose pronoun is the source named before it
    pronoun_preps: _Words
    national_bodies: re.Pattern[str]  # مجلس الأمن، الصليب الأحمر: rule national_body
    relative: _Words
    tally: _Words
    report_nouns: _Words  # إعلان علييف: names the speaker of a later وقال
    estimates: _Words  # بحسب تقديرات: media unless a party follows (تقديرات أممية)
    each_side: _Words
    complementizers: _Words
    stops: _Words
    fillers: _Words
    introducers: _Words
    negations: frozenset[str]
    masdar_negations: frozenset[str]  # عدم ذكر: a verbal noun, no report
    as_reported: frozenset[str]  # كما ذكرت: a verb reaching back to the counts before it
    pronoun_clitics: frozenset[str]  # ه، ها: a bare pronoun is no source's words
    continuation: frozenset[str]  # كما opening a sentence: it continues the account before it
    affiliations: _Words  # التابعة: an outlet's owner follows (وكالة الأنباء التابعة للجيش)
    statement_triggers: _Words  # جاء في بيان: its author follows, glued or not (بيان الجيش، بيان للوزارة)
    openers: _Words
    max_source_words: int
    glued: frozenset[str]
    particles: _Words
    quote_verbs: _Words
    quoting: _Words
    carry_across: int
    report_anaphors: _Words
    report_words: _Words
    report_window: int
    issue_verbs: _Words
    issued: _Words
    raise_verbs: _Words
    raised_counts: _Words
    denial_verbs: _Words
    accusing_verbs: _Words
    svo_markers: _Words
    not_cues: _Words
    combined_measure: str
    alternatives: frozenset[str]  # أو: قتلوا أو أصيبوا counts the two tolls together
    # rule killed_or_missing: a measure pair joined by أو that counts its first measure (killed or missing)
    alternative_kept: Mapping[frozenset[str], str]
    needs_noun: frozenset[str]
    trailers: frozenset[str]
    own_nouns: _Words
    out_of: _Words
    anaphors: frozenset[str] = frozenset()  # sources that point back to an earlier one
    relative_anaphors: frozenset[str] = frozenset()  # التي, الذي: the antecedent's words are the source
    theatre: re.Pattern[str] = re.compile("(?!)")  # phrases after which a place is the war's theatre
    mediators: re.Pattern[str] = re.compile("(?!)")  # بوساطة روسية: the mediator is no side (rule mediator)
    front: re.Pattern[str] = re.compile("(?!)")  # جبهة، محور: a place after one names a front, no side
    status_measures: frozenset[str] = frozenset()  # measures whose units name a status, not an event
    status_light: frozenset[str] = frozenset()  # سقوط: a fall reports a status noun's count, no event
    accusing_participles: frozenset[str] = frozenset()  # متهما: a speaker accusing (rule charge_after)
    directions: frozenset[str] = frozenset()  # شمال، شرقي: a party after one is a place (located_not_actor)
    resumptive: frozenset[str] = frozenset()  # فيه، خلالها: a relative's preposition (rule status_resumptive)
    heads: _Words = field(default_factory=lambda: _Words(()))  # عدد، حصيلة: a toll head before its cue
    reach: _Words = field(default_factory=lambda: _Words(()))  # ارتفع إلى، بلغ: the head's count follows
    opponent_markers: _Words = field(default_factory=lambda: _Words(()))  # مع: the side fought, not hit
    non_conflict: _Words = field(default_factory=lambda: _Words(()))  # حادث سير، غرقا، كورونا
    # the non-conflict causes but a fire (rule attack_fire: an attack's fire is no cause of its own)
    non_fire: _Words = field(default_factory=lambda: _Words(()))
    cause_risks: _Words = field(default_factory=lambda: _Words(()))  # خطر تفشي: a feared cause, not one
    cause_conditions: _Words = field(default_factory=lambda: _Words(()))  # مرضى بالسرطان: patients' illness
    crimes: _Words = field(default_factory=lambda: _Words(()))  # جريمة قتل، مخالفين لنظام: no war's toll
    war_words: _Words = field(default_factory=lambda: _Words(()))  # معارك، لغم: a war sentence after all
    leaving: _Words = field(default_factory=lambda: _Words(()))  # غادر، غادروا: displaced only in context
    leaving_context: _Words = field(default_factory=lambda: _Words(()))  # منازلهم، هربا، الحدود
    leaving_window: int = 10
    leaving_protest: _Words = field(default_factory=lambda: _Words(()))  # إلى الشوارع: a march, no flight
    shelter_verbs: _Words = field(default_factory=lambda: _Words(()))  # لجأ، تؤوي: sheltered people
    shelter_bases: _Words = field(default_factory=lambda: _Words(()))  # قاعدة (plain) / معسكرها (own): a base
    shelter_hosts: _Words = field(default_factory=lambda: _Words(()))  # تؤوي: the forces house them
    shelter_protectors: _Words = field(default_factory=lambda: _Words(()))  # حفظ السلام: a peacekeepers' base
    shelter_window: int = 8
    provision_verbs: _Words = field(default_factory=lambda: _Words(()))  # وفرت، قدمت: لـN = recipients
    beneficiary_verbs: _Words = field(default_factory=lambda: _Words(()))  # يستفيدون (rule beneficiaries)
    attacking_animals: _Words = field(default_factory=lambda: _Words(()))  # دب (rule mishap_article)
    far_refiners: _Words = field(default_factory=lambda: _Words(()))  # 5 قتلى و16 جريحا بين المدنيين
    ranks: _Words = field(default_factory=lambda: _Words(()))  # في صفوف: far refiners that admit soldiers
    far_window: int = 6
    head_relatives: _Words = field(default_factory=lambda: _Words(()))  # عدد الجنود الذين قتلوا ... بلغ
    groups: _Words = field(default_factory=lambda: _Words(()))  # من داعش، من الميليشيات: fighters
    glued_refiners: tuple[str, ...] = ()  # جثة لعسكريين: a person noun with a glued preposition
    prisoners: frozenset[str] = frozenset()  # prisoners of war, soldiers unless a jail is named
    jails: _Words | None = None
    own_agent_verbs: _Words = field(default_factory=lambda: _Words(()))  # قواتها قتلت: rule own_forces_agent
    war_prisoners: _Words = field(default_factory=lambda: _Words(()))  # أسرى الحرب: rule war_prisoners
    prisoner_words: _Words = field(default_factory=lambda: _Words(()))  # أسيرا، الأسرى (rule war_prisoners)
    plural_endings: tuple[str, ...] = ()
    count_heads: frozenset[str] = frozenset()  # عدد جنودها القتلى: a count noun before the counted noun
    parallel_links: _Words = field(default_factory=lambda: _Words(()))  # فيما بلغ عدد الجرحى (parallel_count)
    raised_totals: _Words = field(default_factory=lambda: _Words(()))  # لترتفع حصيلة قتلاها إلى 673
    member_nouns: frozenset[str] = frozenset()  # 17 من منتسبيها: members of the armed force named
    crew_nouns: frozenset[str] = frozenset()  # rule military_crew: أفراد طاقم، طاقم
    military_craft: frozenset[str] = frozenset()  # ... مروحية عسكرية، طائرة حربية: the crew are soldiers
    force_sites: _Words = field(default_factory=lambda: _Words(()))  # معسكر، ثكنة (rule force_site)
    pronoun_sites: frozenset[str] = frozenset()  # مواقع، معاقل، صفوف, with proclitics (rule pronoun_site)
    between_markers: frozenset[str] = frozenset()  # بين (rule between_sides)
    commemoration_verbs: _Words = field(default_factory=lambda: _Words(()))  # تحيي (rule commemorated)
    force_groups: _Words = field(default_factory=lambda: _Words(()))  # group_nouns, bare or behind ل
    overriding: dict[str, frozenset[str]] = field(default_factory=dict)  # أجلت 17 جريحا = evacuated
    # status units a cue of the measure overrides when it governs the count (not for transfers)
    overriding_status: dict[str, frozenset[str]] = field(default_factory=dict)
    airlift: _Words = field(default_factory=lambda: _Words(()))  # نقل 290 مصابا جوا = evacuated
    composition: _Words = field(default_factory=lambda: _Words(()))  # ، بين عسكريين ومدنيين،: an aside
    majority: _Words = field(default_factory=lambda: _Words(()))  # ، معظمهم من النساء،: rule majority_aside
    fraction_pronouns: frozenset[str] = frozenset()  # نصفهم: a fraction of the count before it
    part_after: _Words = field(default_factory=lambda: _Words(()))  # 300 ألف منهم: a part, after its count
    person_parts: _Words = field(default_factory=lambda: _Words(()))  # حيد العشرات منهم: persons
    victims: _Words = field(default_factory=lambda: _Words(()))  # ضحايا: the dead, or the dead and wounded
    causing: _Words = field(default_factory=lambda: _Words(()))  # توقع: expects, or causes (before a count)
    # quick scans (the words with no boundary, like any_cue) that gate the rarer word lists below
    fate_quick: re.Pattern[str] = _NEVER
    homes_quick: re.Pattern[str] = _NEVER
    missing: frozenset[str] = frozenset()  # فقد: the passive of the missing in a list (rule listed_missing)
    transfer_quick: re.Pattern[str] = _NEVER
    heads_quick: re.Pattern[str] = _NEVER
    list_links: _Words = field(default_factory=lambda: _Words(()))  # إضافة إلى (rule list_link)
    counterparts: _Words = field(default_factory=lambda: _Words(()))  # مقابل (rule counterpart_side)
    head_participles: dict[str, str] = field(default_factory=dict)  # المحررة: captured (rule described_head)
    home_loss_verbs: _Words = field(default_factory=lambda: _Words(()))  # فقد، فقدوا (rule home_lost)
    homes: _Words = field(default_factory=lambda: _Words(()))  # منازلهم، بيوتهم
    dual_verbs: _Words = field(default_factory=lambda: _Words(()))  # قتلا، أصيبا (rule dual_agreement)
    dual_asides: _Words = field(default_factory=lambda: _Words(()))  # هما: an aside naming the two
    dual_window: int = 8
    fate_heads: _Words = field(default_factory=lambda: _Words(()))  # مصير (rule fate_unknown)
    fate_unknown: _Words = field(default_factory=lambda: _Words(()))  # مجهولا، المفقودين
    fate_window: int = 10
    # rule agent_gap: a cue noun (سيطرة) whose preposition (على) follows its agent (سيطرة قواتهم على)
    gap_heads: _Words = field(default_factory=lambda: _Words(()))
    gap_links: dict[str, _Words] = field(default_factory=dict)
    gap_people: frozenset[str] = frozenset()  # إفراج الحكومة عن: persons only (not funds)
    gap_window: int = 3
    gap_quick: re.Pattern[str] = _NEVER
    transfer: _Words = field(default_factory=lambda: _Words(()))  # نقلت 35 جريحا إلى المستشفيات = evacuated
    moved_units: frozenset[str] = frozenset()  # مريض، عائلة، الناجين: people moved (rule moved_people)
    destinations: _Words = field(default_factory=lambda: _Words(()))  # إلى: where the people moved are taken
    buildings: frozenset[str] = frozenset()  # قصف 21 مدرسة تؤوي نازحين: buildings hit, not displaced
    people_cues: _Words = field(default_factory=lambda: _Words(()))  # سقوط: a toll of a count of people only
    people_after: _Words = field(default_factory=lambda: _Words(()))  # يتلقون العلاج: people only, after
    fallen_into: _Words = field(default_factory=lambda: _Words(()))  # في الأسر: value its measure
    falling_verbs: _Words = field(default_factory=lambda: _Words(()))  # وقع، سقط: who fell into it
    received_verbs: _Words = field(default_factory=lambda: _Words(()))  # تسلمت: prisoners handed back
    received_gate: _Words = field(default_factory=lambda: _Words(()))  # أسرى، تبادل: a prisoners' sentence
    exposed_to: _Words = field(default_factory=lambda: _Words(()))  # للإصابة، لإصابات: value its measure
    exposure_verbs: _Words = field(default_factory=lambda: _Words(()))  # تعرض، تعرضوا: who was exposed
    object_after: tuple[str, ...] = ()  # اختطفهم: an after cue whose pronoun is the count
    describing: tuple[str, str] = ("", "")  # يحملون: a present plural verb opening an aside about the count
    vague_links: frozenset[str] = frozenset()  # قتلى بالعشرات: the ب of a vague count after its noun
    soldier_cues: _Words = field(default_factory=lambda: _Words(()))  # فقدت أذربيجان 2908 عسكريين
    loss_measures: dict[str, str] = field(default_factory=dict)  # فقدت: soldiers killed, equipment destroyed
    hypothetical: _Words = field(default_factory=lambda: _Words(()))  # قد يصل، حذر من أن، مستعدة لاستقبال
    rate_before: _Words = field(default_factory=lambda: _Words(()))  # rule rate_count: بمعدل X
    rate_after: _Words = field(default_factory=lambda: _Words(()))  # rule rate_count: X لكل 1000
    rate_window: int = 3  # rule rate_count: the words between the count's noun phrase and لكل
    relatives: _Words = field(default_factory=lambda: _Words(()))  # الذي، والتي: a relative clause opens
    who: _Words = field(default_factory=lambda: _Words(()))  # من: "those who", a cue after it is no predicate
    cause_measures: frozenset[str] = frozenset()  # measures a disease or an accident causes (killed, injured)
    incidents: _Words = field(default_factory=lambda: _Words(()))  # انفجار: its victims are where it was
    event_nouns: _Words = field(default_factory=lambda: _Words(()))  # حرب عام 2020: a date naming an event
    baselines: _Words = field(default_factory=lambda: _Words(()))  # مقارنة بالعام الماضي: a baseline date
    attack_preps: frozenset[str] = frozenset()  # في هجوم نهاية يونيو: the attack the count fell in
    attack_procl: frozenset[str] = frozenset()  # لهجوم، بهجوم: the same preposition glued
    pluperfect: _Words = field(default_factory=lambda: _Words(()))  # نقاط كانت القوات سيطرت عليها أمس
    periods: _Words = field(default_factory=lambda: _Words(()))  # خلال يوليو الماضي: a period the toll spans
    tamyiz_ending: str = ""  # 30 قتيلا: the ending of an indefinite counted noun
    start_window: int = 3
    warn_verbs: _Words = field(default_factory=lambda: _Words(()))  # حذر: reports only a clause (من أن)
    topics: _Words = field(default_factory=lambda: _Words(()))  # أما X فقالت: X is the verb's subject
    returns: _Words = field(default_factory=lambda: _Words(()))  # عائدين: crossing home, no displacement
    civil_held: _Words = field(default_factory=lambda: _Words(()))  # رشاوى، منجم: held, no prisoners
    protests: _Words = field(default_factory=lambda: _Words(()))  # متظاهرين: held at a protest
    protest_measures: frozenset[str] = frozenset()  # detained, injured: no toll of a protest at peace
    charges: _Words = field(default_factory=lambda: _Words(()))  # اتهم بقتل: a crime's charge (charge_toll)
    # rule war_only_cue: cues that count a war's toll only where a war word stands (حالة وفاة، أنقذت)
    war_only: _Words = field(default_factory=lambda: _Words(()))
    # rule war_only_unit: a count whose noun is a health service's word for a death (1301 وفاة) is a
    # war's toll only in an article at war
    war_only_units: dict[str, str] = field(default_factory=dict)
    # rule source_purpose: ل opening a phrase that describes a source (مشروع أكليد لرصد النزاعات إن)
    purpose_proclitics: tuple[str, ...] = ()
    purpose_words: int = 0
    damage: _Words = field(default_factory=lambda: _Words(()))  # تضرر: damage names no actor (damaged_place)
    year_preps: _Words = field(default_factory=lambda: _Words(()))  # في 1848، : a year, no count
    return_verbs: _Words = field(default_factory=lambda: _Words(()))  # عاد 500 نازح: a return, no toll
    all_words: _Words = field(default_factory=lambda: _Words(()))  # rule all_of_count (جميع)
    disasters: _Words = field(default_factory=lambda: _Words(()))  # فيضانات، زلزال: they displace too
    naming: _Words = field(default_factory=lambda: _Words(()))  # مخيم زمزم للنازحين: a name, no cue
    # the claim gate (:func:`_claim_gate`): every word a cue, a dual or a population count cue may
    # start with (boundaries as theirs, any of their proclitics), and a token naming a unit's measure
    claim_words: re.Pattern[str] = _NEVER
    unit_tokens: re.Pattern[str] = _NEVER
    additions: _Words = field(default_factory=lambda: _Words(()))  # أضافت إلى قائمتها 25 آخرين
    national_qualifiers: frozenset[str] = frozenset()  # القومي: مجلس الأمن القومي الأرميني
    added_names: frozenset[str] = frozenset()  # بإضافة 7 أسماء جديدة: names added to a toll's list
    topic_clitics: frozenset[str] = frozenset()  # the ف that answers أما
    contrasts: _Words = field(default_factory=lambda: _Words(()))  # بينما، فيما: a new statement
    long_starts: _Words = field(default_factory=lambda: _Words(()))  # منذ: a start phrase of several words
    causes: _Words = field(default_factory=lambda: _Words(()))  # إثر، جراء: a clause giving the cause
    held_measures: frozenset[str] = frozenset()  # detained: a place names the captor, not the victim
    nationalities: frozenset[str] = frozenset()  # أرمنيا، أرمن: a counted person with no subject of its own
    object_masdars: _Words = field(default_factory=lambda: _Words(()))  # قصف ستيباناكرت: the place hit
    object_markers: frozenset[str] = frozenset()  # على، ضد: the place hit follows, the name before attacks
    closed_starts: _Words = field(default_factory=lambda: _Words(()))  # منذ ذلك الحين: ends there
    exchanges: _Words = field(default_factory=lambda: _Words(()))  # تبادل 20 أسيرا: both sides' prisoners
    object_proclitics: tuple[str, ...] = ()  # ل: لمدينة after قصف أذربيجان names the place hit
    source_heads: frozenset[str] = frozenset()  # وزارة، مسؤول، مصدر: a noun that heads a source's name
    count_nouns: frozenset[str] = frozenset()  # تعداد، حصيلة: a count whose author a glued ل names
    both_tally: _Words = field(default_factory=lambda: _Words(()))  # للبلدين (rule both_tally)
    described: _Words = field(default_factory=lambda: _Words(()))  # آخرون ممن يعملون: others described
    adverbial_that: frozenset[str] = frozenset()  # بعد، قبل: بعد أن heads no reported clause
    superlatives: frozenset[str] = frozenset()  # في أعلى حصيلة من القتلى: no cue of the count before
    birth_words: frozenset[str] = frozenset()  # ولد في 1898: a year of birth, no toll
    # rule source_break: a masdar object, a quantifier or a clause opener ends a source phrase
    source_breaks: _Words = field(default_factory=lambda: _Words(()))
    claimed: _Words = field(default_factory=lambda: _Words(()))  # أعلن تبني: what is claimed, no speaker
    claimed_back: frozenset[str] = frozenset()  # عنه، عنها: the claim points back to an event named before
    declared: _Words = field(default_factory=lambda: _Words(()))  # أعلنت حالة التأهب: a state, no toll
    impersonal: _Words = field(default_factory=lambda: _Words(()))  # ويقدر عدد القتلى: it is estimated
    topic_preps: _Words = field(default_factory=lambda: _Words(()))  # وعن طبيعة ... قال: a topic, no subject
    agreeing: frozenset[str] = frozenset()  # شرطيين: a dual only when a dual word agrees (also a plural)
    dual_marks: _Words = field(default_factory=lambda: _Words(()))  # وهما، كانا: a dual agrees with it
    construct_duals: _Words = field(default_factory=lambda: _Words(()))  # ضابطا، سيارتي (rule construct_dual)
    nationality_duals: _Words = field(default_factory=lambda: _Words(()))  # إيطاليان (rule nationality_dual)
    dual_noun_endings: tuple[str, ...] = ()  # the endings of a dual noun an adjective agrees with
    adjective_endings: tuple[str, ...] = ()  # rule thing_numeral: الانتحارية، العسكرية
    plural_thing_endings: tuple[str, ...] = ()  # rule thing_numeral: التفجيرات
    thing_nouns: frozenset[str] = frozenset()  # rule thing_numeral: تفجيرات، عمليات
    article_raw: str = ""  # the article as written (not normalized)
    measured_construct: frozenset[str] = frozenset()  # شهيدي، قتيلي: count with no cue (rule construct_dual)
    # the words of duals and construct_duals with no boundary: one scan tells a sentence holds neither
    any_dual: re.Pattern[str] = _NEVER
    construct_stops: _Words = field(default_factory=lambda: _Words(()))  # في، أمس: no genitive after it
    construct_bad_ends: tuple[str, ...] = ()  # كبيرا: an adjective with tanween, so a singular before it
    authored: _Words = field(default_factory=lambda: _Words(()))  # تقرير لشبكة X ... كشف: X is the source
    clause_breaks: _Words = field(default_factory=lambda: _Words(()))  # حيث، فيما: ends an SVO subject
    # rule place_subject: a verb of recording whose subject a place noun heads names where, not who
    recording_verbs: _Words = field(default_factory=lambda: _Words(()))
    place_heads: frozenset[str] = frozenset()
    # rule contrast_clause: a contrast opener a verb reporting no clause does not reach past
    contrast_openers: _Words = field(default_factory=lambda: _Words(()))
    # rule range_unit: إلى، أو between a bare number and the next one that shares its unit
    range_links: frozenset[str] = frozenset()
    # rule displaced_unit_held: a blocker (تؤوي، يعيش) holds no count whose own noun names these measures
    blocker_proof: frozenset[str] = frozenset()
    # rule civil_force: قوات الإطفاء: a phrase holding a war word that names no armed force
    civil_forces: _Words = field(default_factory=lambda: _Words(()))
    # rule armed_description: أشخاص يحملون أحزمة ناسفة: a generic count described as armed attackers
    armed: _Words = field(default_factory=lambda: _Words(()))
    # rule service_workers: 4 عمال إغاثة، 9 من العاملين الصحيين: aid and health workers, staff (subject other)
    service: _Words = field(default_factory=lambda: _Words(()))
    # rule residents: أسر 1275 من سكانها: a town's residents taken are civilians
    residents: frozenset[str] = frozenset()
    # rule earlier_tally: 33 جنديا، بعدما كانت الحصيلة الأولية 9 قتلى: the same toll's earlier count
    earlier_tallies: _Words = field(default_factory=lambda: _Words(()))
    resident_measures: frozenset[str] = frozenset()
    animals: _Words = field(default_factory=lambda: _Words(()))  # rule animal_count
    road_accident: re.Pattern[str] = re.compile("(?!)")  # rule road_accident: حادث ... على طريق
    site_blast: re.Pattern[str] = _NEVER  # rule mishap_article: an explosion at a port, a factory, a home
    agent_markers: frozenset[str] = frozenset()  # من قبل، على يد: an attacker's marker, no attack alone
    weak_war_words: frozenset[str] = frozenset()  # مجزرة: a crime's massacre too (rule crime_toll)
    counterfactual: _Words = field(default_factory=lambda: _Words(()))  # لو، لولا (rule counterfactual)
    counterfactual_answer: str = ""  # the ل of the answer clause (لراح، لقتل)
    animal_links: frozenset[str] = frozenset()  # من between a count and its animal noun
    # rule perfect_particle: قد، لقد before a reporting verb; the subject stands before it
    verb_particles: frozenset[str] = frozenset()
    ages: _Words = field(default_factory=lambda: _Words(()))  # rule age_count: العشرين من عمره
    # rule headline_speaker: a place (a dateline) or a label before a headline's colon is no speaker
    headline_places: frozenset[str] = frozenset()
    headline_place_links: frozenset[str] = frozenset()  # في: a headline speaker's place follows it
    headline_labels: frozenset[str] = frozenset()
    # rule enemy_loss: العدو تكبد 200 قتيل، من جنود العدو: the speaker's enemy lost them
    enemy: _Words = field(default_factory=lambda: _Words(()))
    enemy_losses: _Words = field(default_factory=lambda: _Words(()))
    # rule local_official: رئيس بلدية، محافظ، سلطات + a place a party governs (gazetteer party_places)
    local_official_heads: _Words = field(default_factory=lambda: _Words(()))
    # rule side_topic: أما في الجانب الأذربيجاني، فقد أعلن مكتب المدعي العام: the side's party speaks
    side_topic_heads: frozenset[str] = frozenset()
    # rule place_topic: وفي باكو، قال مكتب المدعي العام: a party's capital set off as the sentence's topic
    place_topics: _Words = field(default_factory=lambda: _Words(()))
    # rule name_not_stop: a name spelled as written (علي with ya) that normalizes to a stop (على)
    stop_names: frozenset[str] = frozenset()
    # rule partitive_source: رواية أحد المصابين: the noun after أحد belongs to the source even if it is a cue
    source_partitives: frozenset[str] = frozenset()
    # rule loss_place: فوق، في سماء before a place: where equipment was lost, not whose it was
    loss_places: re.Pattern[str] = re.compile("(?!)")
    # rule seized_equipment: a measure whose counted subject it does not count takes another measure
    retyped: dict[str, dict[str, str]] = field(default_factory=dict)
    recovered: dict[str, str] = field(default_factory=dict)  # استعادت 4 رهائن: captured persons are held
    # rule demonstrative_refiner: هؤلاء، هذه after من stand before the noun that refines a count
    refiner_skip: frozenset[str] = frozenset()
    # rule warring_sides: الطرفين، الجانبين after من name both sides' fighters in a sentence of fighting
    warring_sides: frozenset[str] = frozenset()
    warring_contexts: _Words = field(default_factory=lambda: _Words(()))  # مواجهات، اشتباكات، معارك
    # rule learned_from: علمت «الشرق الأوسط» من مصادر مطلعة أن: the source after من
    learn_verbs: _Words = field(default_factory=lambda: _Words(()))
    learn_links: frozenset[str] = frozenset()
    report_participles: _Words = field(default_factory=lambda: _Words(()))  # مشيرة (rule participle_report)
    authoring_verbs: frozenset[str] = frozenset()  # وجهها، أصدرها (rule statement_author_verb)
    # rule statement_item: ثانيا : / 02 - opening an item of a statement's list (statement_items)
    statement_item: re.Pattern[str] = _NEVER


def _near_words(first: Iterable[str], second: Iterable[str], proclitics: Iterable[str],
                gap: int = 2) -> re.Pattern[str]:
    """One precompiled pattern: a word of ``first`` followed, within ``gap`` words and no punctuation,
    by a word of ``second`` (both with an optional proclitic)."""
    a, b = _set(first), _set(second)
    if not a or not b:
        return _NEVER
    pre = "(?:" + "|".join(re.escape(p) for p in sorted(_set(proclitics), key=len, reverse=True)) + ")?"
    alt_a = "|".join(_phrase(f) for f in sorted(a, key=lambda f: (-len(f), f)))
    alt_b = "|".join(_phrase(f) for f in sorted(b, key=lambda f: (-len(f), f)))
    between = rf"(?:\s+[^\s{re.escape(''.join(sorted(_CLAUSE_PUNCT)))}]+){{0,{gap}}}"
    # an opening quote may stand before the second word (ضحايا حادث «حافلة العمرة»)
    quote = "[\u00ab\u201c\"]?"
    return re.compile(f"{WORD_START}{pre}(?:{alt_a}){WORD_END}{between}\\s+{quote}{pre}(?:{alt_b}){WORD_END}")


_TOKEN_START, _TOKEN_END = r"(?<![^\W_])", r"(?![^\W_])"  # the edges of a word token (_TOKEN)


def _claim_gate(lists: Iterable[_Words], unit_measure: Mapping[str, str],
                article: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The two scans of the claim gate (see ``may_claim`` in :func:`extract_claims`). A count can be
    a claim only where :func:`_can_claim` holds: a cue (each found by one of the ``lists``, from the
    cue scan's start), a dual of a measure (found by the duals' list), a population count cue, or a
    count whose unit names a measure (and, for rules moved_people and described_head, which read a
    sentence with none of those, a transfer verb and a toll head's participle: المحررة). The first
    pattern is every word of the ``lists`` under the union of their proclitics, with their
    boundaries: where one of them matches, it does. The second
    finds a word token that is a unit of ``unit_measure`` (maybe with the article): the only way a
    noun after a number becomes a unit naming a measure. A sentence neither scan matches, whose
    numbers carry no such unit, yields no claim, and is never tokenized."""
    words: set[str] = set()
    pres: set[str] = set()
    for w in lists:
        words.update(w.values)
        pres.update(w.pre)
    pre = "|".join(re.escape(p) for p in sorted(pres, key=lambda p: (-len(p), p)))
    pre = f"(?:{pre})?" if pre else ""
    claim_words = re.compile(f"{WORD_START}{pre}(?:{trie(words)}){WORD_END}") if words else _NEVER
    art = f"(?:{re.escape(article)})?" if article else ""
    units = [u for u in unit_measure if u]
    unit_tokens = re.compile(f"{_TOKEN_START}{art}(?:{trie(units)}){_TOKEN_END}") if units else _NEVER
    return claim_words, unit_tokens


def _passes_claim_gate(text: str, numbers: Callable[[], list[NumberMention]], lex: _Lex) -> bool:
    """Whether :func:`_can_claim` may hold for the sentence ``text`` (its view's text), whose number
    mentions ``numbers`` gives (asked only when the scans of :func:`_claim_gate` find nothing)."""
    if lex.claim_words.search(text) is not None or lex.unit_tokens.search(text) is not None:
        return True
    return any(n.unit and _strip_article(_norm(n.unit), lex.article) in lex.unit_measure for n in numbers())


@cache
def _lex() -> _Lex:
    cues_data = load("claim_cues")
    subj_data = load("claim_subjects")
    attr_data = load("claim_attribution")
    article = _norm(cues_data.get("definite_article", ""))
    procl = cues_data.get("proclitics", [])
    entries: list[tuple[str, tuple[str, str]]] = []
    unit_measure: dict[str, str] = {}
    for measure, roles in cues_data["measures"].items():
        for role in ("before", "after", "units"):
            for w in roles.get(role, []):
                entries.append((w, (measure, role)))
                if role == "units":
                    unit_measure.setdefault(_strip_article(_norm(w), article), measure)
    grouped: dict[str, list[tuple[str, str]]] = {}
    for w, mr in entries:
        for v in _variants(_norm(w), article):
            grouped.setdefault(v, [])
            if mr not in grouped[v]:
                grouped[v].append(mr)
    cues = _Words(((w, tuple(mr)) for w, mr in grouped.items()), procl, article, variants=False)
    nouns: dict[str, str] = {}
    for subject, words in subj_data["nouns"].items():
        for w in words:
            nouns.setdefault(_strip_article(_norm(w), article), subject)
    nat = subj_data.get("nationalities", {})
    nat_forms = [stem + end for stem in nat.get("stems", []) for end in nat.get("endings", [""])]
    nationalities = frozenset(_strip_article(_norm(w), article) for w in nat_forms + nat.get("plurals", [])
                              if _norm(w)) - frozenset(nouns)
    duals = _Words(((w, (d["subject"], d.get("measure"))) for w, d in subj_data["duals"].items()
                    if not d.get("construct_only")),
                   cues_data.get("conjunctions", []), article)
    # rule nationality_dual: إيطاليان، سويديتين (the oblique masculine dual is a plural's form too)
    nationality_duals = _Words(((stem + end, ("people", None)) for stem in nat.get("stems", [])
                                for end in nat.get("dual_endings", [])),
                               cues_data.get("conjunctions", []), article, variants=False)
    agreeing = frozenset(_norm(w) for w, d in subj_data["duals"].items() if d.get("agree"))
    construct = subj_data.get("construct_duals", {})
    construct_duals = _Words(((w[:-len(a)] + b, (d["subject"], d.get("measure")))
                              for w, d in subj_data["duals"].items() for a, b in construct.get("endings", [])
                              if _norm(w).endswith(_norm(a))), cues_data.get("conjunctions", []))
    thing = cues_data.get("thing_numeral", {})
    shelter = cues_data.get("sheltered_at_base", {})
    leaving = cues_data.get("leaving", {})
    leaving_words = _Words(((w, role) for role in ("before", "after") for w in leaving.get(role, [])),
                           procl, article)
    people_cues = _Words(((w, measure) for measure, ws in cues_data.get("people_only_cues", {}).items()
                          for w in ws), procl, article)
    people_after = _Words(((w, measure) for measure, ws in cues_data.get("people_only_after", {}).items()
                           for w in ws), procl, article)
    soldier_cues = _Words(((w, measure) for measure, ws in cues_data.get("soldier_only_cues", {}).items()
                           for w in ws), procl, article)
    fallen_into = _Words(((w, m) for m, ws in cues_data.get("fallen_into", {}).items() for w in ws),
                         (), article)
    exposure = cues_data.get("exposure", {})
    exposed_to = _Words(((w, m) for m, ws in exposure.get("measures", {}).items() for w in ws), (), article)
    fate = cues_data.get("fate", {})
    fate_heads = _Words(((w, True) for w in fate.get("heads", [])), procl, article)
    home_loss = cues_data.get("home_loss", {})
    home_loss_verbs = _Words(((w, True) for w in home_loss.get("verbs", [])), procl, article)
    transfer = _Words(((w, True) for w in cues_data.get("transfer_verbs", [])), procl, article)
    agent_gap = cues_data.get("agent_gap", {})
    gap_heads = _Words(((w, m) for m, ws in agent_gap.get("heads", {}).items() for w in ws), procl, article)
    cue_lists = (cues, duals, leaving_words, people_cues, people_after, soldier_cues, fallen_into, exposed_to,
                 fate_heads, home_loss_verbs, transfer,  # transfer verbs: rule moved_people needs no cue
                 gap_heads)
    # rule described_head: a toll head's participle (المحررة، المستعادة) is no cue, yet counts a
    # measure: the quick scan and the claim gate must let its sentence through
    participles = _Words(((w, m) for m, ws in cues_data.get("head_participles", {}).items() for w in ws),
                         (), article)
    # rule received_prisoners: its verbs are cues only in a sentence of prisoners, which the claim gate
    # lets through by its own words (أسرى، أسيرا): the quick scan alone must find them (see _cue_from)
    received = cues_data.get("received_prisoners", {})
    received_verbs = _Words(((w, True) for w in received.get("verbs", [])), procl, article)
    # a construct dual that names its measure (شهيدي الواجب) counts with no cue (rule construct_dual):
    # the quick scan and the claim gate must let its sentence through
    # (the oblique form only: the nominative's (قتيلا) is also the accusative singular: 27 قتيلا)
    oblique = tuple(b for a, b in construct.get("endings", []) if a == construct.get("oblique"))
    measured_construct = _Words(((w, True) for w, (_, measure) in construct_duals.values.items()
                                 if measure and oblique and w.endswith(oblique)), (), article, variants=False)
    any_alt = trie(set().union(*(w.values for w in (*cue_lists, participles, received_verbs,
                                                    measured_construct))))
    glued_clitics = [_norm(c) for c in attr_data.get("glued_clitics", [])]
    glued = _set(attr_data.get("glued_triggers", []))
    plain = [_norm(p) for p in attr_data["prepositions"] if _norm(p) not in glued]
    conj = cues_data.get("conjunctions", [])
    prep_clitics = attr_data.get("preposition_proclitics", conj)  # وبحسب، فبحسب
    prep_pre = "(?:" + "|".join(re.escape(_norm(c)) for c in prep_clitics) + ")?" if prep_clitics else ""
    glued_alt = "|".join(_phrase(f) for f in sorted(glued, key=lambda f: (-len(f), f)))
    plain_alt = "|".join(_phrase(f) for f in sorted(set(plain), key=lambda f: (-len(f), f)))
    clitic_alt = "|".join(re.escape(c) for c in glued_clitics) or "(?!)"
    branches = []
    # rule relative_after_glued: a glued trigger (وفقا لرويترز) whose clitic carries the relative ما
    # (وفقا لما أعلنه X) is the plain phrase وفقا لما: the relative is never the source
    rel_alt = "|".join(re.escape(_norm(r)) for r in attr_data.get("relative", [])) or "(?!)"
    # rule glued_qualifier: في بيان لاحق (a later statement): a word that opens with the clitic's letter
    # and qualifies the report (``glued_qualifiers``) is no clitic and source
    qual_alt = "|".join(re.escape(_norm(q)) for q in attr_data.get("glued_qualifiers", [])) or "(?!)"
    if glued_alt:
        branches.append(rf"(?P<g>{glued_alt})(?=\s+(?:{clitic_alt})(?!(?:{rel_alt}){WORD_END}))"
                        rf"(?!\s+(?:{qual_alt}){WORD_END})")
    if plain_alt:
        branches.append(f"(?P<p>{plain_alt})")
    preps = re.compile(f"{WORD_START}{prep_pre}(?:{'|'.join(branches) or '(?!)'}){WORD_END}")
    verb_pre = attr_data.get("verb_proclitics", [])
    pop = cues_data.get("population", {})
    population_count = _Words(((w, True) for w in pop.get("count_cues", [])), conj, article)
    claim_words, unit_tokens = _claim_gate((*cue_lists, participles, population_count, measured_construct),
                                           unit_measure, article)
    missing = frozenset(_norm(w) for w in home_loss.get("missing", []))
    homes = _Words([*((w, "displaced") for w in home_loss.get("homes", [])),
                    *((w, "killed") for w in home_loss.get("lives", []))], (), article)  # rule lives_lost
    toll_heads = _Words(((w, True) for w in cues_data.get("toll_heads", [])), procl, article)
    return _Lex(
        claim_words=claim_words,
        unit_tokens=unit_tokens,
        cues=cues,
        any_cue=re.compile(any_alt) if any_alt else _NEVER,
        cue_reach=max((len(p) for w in cue_lists for p in w.pre), default=0),
        unit_measure=unit_measure,
        measure_subjects={m: frozenset(s) for m, s in cues_data.get("measure_subjects", {}).items()},
        part=_Words(((w, True) for w in cues_data["part_markers"]), conj, article),
        group_partitives=_Words(((w, True) for w in cues_data.get("group_partitives", [])), conj, article),
        dangling=_set(attr_data.get("dangling_prepositions", [])),
        appositions=_Words(((w, True) for w in cues_data.get("apposition_markers", [])), conj, article),
        apposition_verbs=_Words(((w, True) for w in cues_data.get("apposition_verbs", [])), conj, article),
        others=frozenset(_strip_article(w, article) for w in _set(cues_data["others"])),
        blockers=_Words(((w, True) for w in cues_data["blockers"]), conj, article),
        non_claim_units=frozenset(_strip_article(w, article) for w in _set(cues_data["non_claim_units"])),
        population_nouns=frozenset(_strip_article(w, article) for w in _set(pop.get("nouns", []))),
        population_units=_set(pop.get("units", [])),
        population_count=population_count,
        start_markers=_Words(((w, True) for w in cues_data["start_markers"]), procl, article),
        attack=_Words(((w, True) for w in cues_data["attack_words"]), procl, article),
        targets=_Words(((w, True) for w in cues_data.get("target_words", [])), conj, article),
        both=_Words(((w, "both") for w in cues_data["both_side_cues"]), conj, article),
        carry=_Words(((w, True) for w in cues_data["carry_openers"]), conj, article),
        article=article,
        conjunctions=_set(conj),
        nouns=nouns,
        nationalities=nationalities,
        held_measures=frozenset(cues_data.get("held_measures", [])),
        causes=_Words(((w, True) for w in cues_data.get("cause_openers", [])), procl, article),
        contrasts=_Words(((w, True) for w in cues_data.get("contrast_openers", [])), procl, article),
        long_starts=_Words(((w, True) for w in cues_data.get("long_start_markers", [])), procl, article),
        warn_verbs=_Words(((w, True) for w in attr_data.get("warning_verbs", [])), verb_pre, article),
        topics=_Words(((w, True) for w in attr_data.get("topic_markers", [])), conj, article),
        returns=_Words(((w, True) for w in cues_data.get("return_words", [])), procl, article),
        return_verbs=_Words(((w, True) for w in cues_data.get("return_verbs", [])), procl, article),
        all_words=_Words(((w, True) for w in cues_data.get("all_words", [])), procl, article),
        disasters=_Words(((w, True) for w in cues_data.get("displacing_causes", [])), procl, article),
        naming=_Words(((w, True) for w in cues_data.get("naming_nouns", [])), procl, article),
        additions=_Words(((w, True) for w in cues_data.get("addition_cues", [])), procl, article),
        added_names=frozenset(_strip_article(w, article)
                              for w in _set(cues_data.get("added_name_units", []))),
        topic_clitics=_set(attr_data.get("topic_clitics", [])),
        event_nouns=_Words(((w, True) for w in cues_data.get("event_nouns", [])), procl, article),
        baselines=_Words(((w, True) for w in cues_data.get("baseline_markers", [])), procl, article),
        attack_preps=_set(cues_data.get("attack_prepositions", [])),
        attack_procl=_set(cues_data.get("attack_proclitics", [])),
        pluperfect=_Words(((w, True) for w in cues_data.get("pluperfect_markers", [])), (), article),
        periods=_Words(((w, True) for w in cues_data.get("period_markers", [])), procl, article),
        tamyiz_ending=str(cues_data.get("tamyiz_ending", "")),
        start_window=int(cues_data.get("start_window", 3)),
        incidents=_Words(((w, True) for w in cues_data.get("incident_words", [])), procl, article),
        generic=frozenset(subj_data.get("generic", [])),
        refiners=_Words(((w, True) for w in subj_data.get("refiners", [])), (), article),
        duals=duals,
        nationality_duals=nationality_duals,
        dual_noun_endings=tuple(_norm(e) for e in nat.get("agreeing_endings", [])),
        adjective_endings=tuple(_norm(e) for e in thing.get("adjective_endings", [])),
        plural_thing_endings=tuple(_norm(e) for e in thing.get("plural_endings", [])),
        thing_nouns=frozenset(_norm(w) for w in thing.get("nouns", [])),
        article_raw=cues_data.get("definite_article", ""),
        agreeing=agreeing,
        dual_marks=_Words(((w, True) for w in subj_data.get("dual_agreement_words", [])), (), article),
        construct_duals=construct_duals,
        measured_construct=frozenset(measured_construct.values),
        any_dual=re.compile(trie({*duals.values, *construct_duals.values}))
        if duals.values or construct_duals.values else _NEVER,
        construct_stops=_Words(((w, True) for w in construct.get("stops", [])), ()),
        construct_bad_ends=tuple(_norm(e) for e in construct.get("adjective_endings", [])),
        measure_default=dict(subj_data["measure_default"]),
        verbs=_Words(((w, True) for w in attr_data["reporting_verbs"]), verb_pre, article),
        preps=preps,
        owner_markers=_Words(((w, True) for w in cues_data.get("owner_markers", [])), conj, article),
        pronoun_preps=_Words(((w, True) for w in attr_data.get("pronoun_prepositions", [])), prep_clitics,
                             article),
        national_bodies=_Words(((w, True) for w in attr_data.get("national_bodies", [])), (), article).regex,
        national_qualifiers=_set(attr_data.get("national_qualifiers", [])),
        relative=_Words(((w, True) for w in attr_data.get("relative", [])), (), article),
        tally=_Words(((w, "media") for w in attr_data["tally"]), procl, article),
        report_nouns=_Words(((w, True) for w in attr_data.get("report_nouns", [])), procl, article),
        estimates=_Words(((w, "media") for w in attr_data.get("estimates", [])), procl, article),
        each_side=_Words(((w, True) for w in attr_data["each_side"]), conj, article),
        both_tally=_Words(((w, True) for w in attr_data.get("both_tally", [])), glued_clitics, article),
        anaphors=_set(attr_data.get("anaphors", [])),
        relative_anaphors=_set(attr_data.get("relative_anaphors", [])),
        source_heads=frozenset(_strip_article(w, article) for w in _set(attr_data.get("source_heads", []))),
        adverbial_that=_set(attr_data.get("adverbial_that", [])),
        superlatives=_set(cues_data.get("superlatives", [])),
        birth_words=_set(cues_data.get("birth_words", [])),
        source_breaks=_Words(((w, True) for w in attr_data.get("source_breaks", [])),
            attr_data.get("preposition_proclitics", []), article),
        claimed=_Words(((w, True) for w in attr_data.get("claimed_objects", [])), (), article),
        claimed_back=_set(attr_data.get("claimed_back_pronouns", [])),
        declared=_Words(((w, True) for w in attr_data.get("declared_objects", [])), (), article),
        impersonal=_Words(((w, True) for w in attr_data.get("impersonal_verbs", [])), conj, article),
        topic_preps=_Words(((w, True) for w in attr_data.get("topic_prepositions", [])),
                           attr_data.get("preposition_proclitics", []), article),
        authored=_Words(((w, True) for w in attr_data.get("authored_reports", [])), (), article),
        clause_breaks=_Words(((w, True) for w in attr_data.get("clause_breaks", [])),
            attr_data.get("preposition_proclitics", []), article),
        recording_verbs=_Words(((w, True) for w in attr_data.get("recording_verbs", [])), verb_pre, article),
        place_heads=frozenset(_strip_article(w, article) for w in _set(attr_data.get("place_heads", []))),
        contrast_openers=_Words(((w, True) for w in attr_data.get("contrast_openers", [])),
                                attr_data.get("preposition_proclitics", []), article),
        described=_Words(((w, True) for w in subj_data.get("others_described", [])), (), article),
        count_nouns=_set(attr_data.get("count_nouns", [])),
        complementizers=_Words(((w, True) for w in attr_data["complementizers"]), (), article),
        purpose_proclitics=tuple(_norm(c) for c in attr_data.get("source_purpose", {}).get("proclitics", [])
                                 if _norm(c)),
        purpose_words=int(attr_data.get("source_purpose", {}).get("words", 0)),
        stops=_Words(((w, True) for w in attr_data["stops"]), (), article),
        fillers=_Words(((w, True) for w in attr_data["fillers"]), conj, article),
        introducers=_Words(((w, True) for w in attr_data["introducers"]), (), article),
        negations=_set(attr_data.get("negations", [])),
        masdar_negations=_set(attr_data.get("masdar_negations", [])),
        as_reported=_set(attr_data.get("as_reported_markers", [])),
        pronoun_clitics=_set(attr_data.get("pronoun_clitics", [])),
        continuation=_set(attr_data.get("continuation_openers", [])),
        authoring_verbs=_set(attr_data.get("authoring_verbs", [])),
        statement_item=re.compile(r"\s*(?:(?:" + "|".join(
            re.escape(w) for w in sorted(_set(attr_data.get("statement_items", [])), key=len, reverse=True))
            + r")|\d{1,2})\s*[:\-\u2013)]" if attr_data.get("statement_items") else _NEVER.pattern),
        affiliations=_Words(((w, True) for w in attr_data.get("affiliations", [])), (), article),
        statement_triggers=_Words(((w, True) for w in attr_data.get("statement_triggers", [])),
                                  attr_data.get("preposition_proclitics", []), article),
        openers=_Words(((w, True) for w in attr_data.get("openers", [])), conj, article),
        max_source_words=int(attr_data.get("max_source_words", 12)),
        glued=frozenset(glued_clitics),
        particles=_Words(((w, True) for w in attr_data.get("particles", [])), (), article),
        quote_verbs=_Words(((w, True) for w in attr_data.get("quote_verbs", [])), verb_pre, article),
        issue_verbs=_Words(((w, True) for w in attr_data.get("issue_verbs", [])), verb_pre, article),
        issued=_Words(((w, True) for w in attr_data.get("issued_reports", [])), (), article),
        raise_verbs=_Words(((w, True) for w in attr_data.get("raise_verbs", [])), verb_pre, article),
        raised_counts=_Words(((w, True) for w in attr_data.get("raised_counts", [])), (), article),
        denial_verbs=_Words(((w, True) for w in attr_data.get("denial_verbs", [])), verb_pre, article),
        accusing_verbs=_Words(((w, True) for w in attr_data.get("accusing_verbs", [])), verb_pre, article),
        report_anaphors=_Words(((w, stem) for w, stem in attr_data.get("report_anaphors", {}).items()),
                               (), article, variants=False),
        report_words=_Words(((w, stem) for stem, ws in attr_data.get("report_forms", {}).items() for w in ws),
                            procl, article),
        report_window=int(attr_data.get("report_window", 4)),
        carry_across=int(attr_data.get("carry_across", 0)),
        quoting=_Words(((w, True) for w in attr_data.get("quoting_prepositions", [])), procl, article),
        svo_markers=_Words(((w, True) for w in attr_data.get("svo_markers", [])), (), article),
        not_cues=_Words(((w, True) for w in cues_data.get("not_cues", [])), procl, article),
        combined_measure=str(cues_data.get("combined_measure", "other")),
        alternatives=_set(cues_data.get("alternative_links", [])),
        alternative_kept={frozenset((m, o)): m for m, others in cues_data.get("alternative_kept", {}).items()
                          for o in others},
        needs_noun=frozenset(cues_data.get("measure_needs_noun", [])),
        status_measures=frozenset(cues_data.get("status_measures", [])),
        status_light=frozenset(_norm(w) for w in cues_data.get("status_light_cues", [])),
        resumptive=_set(cues_data.get("resumptive_prepositions", [])),
        directions=_set(cues_data.get("direction_words", [])),
        accusing_participles=_set(cues_data.get("accusing_participles", [])),
        theatre=_Words(((w, True) for w in cues_data.get("theatre_openers", [])), conj, article).regex,
        mediators=_Words(((w, True) for w in cues_data.get("mediator_openers", [])), conj, article).regex,
        front=_Words(((w, True) for w in cues_data.get("front_openers", [])), conj, article).regex,
        trailers=_set(attr_data.get("trailers", [])),
        own_nouns=_Words(((w, True) for w in cues_data.get("own_side_nouns", [])), procl, article),
        own_agent_verbs=_Words(((w, True) for w in cues_data.get("own_forces_agent_verbs", [])), (), article),
        enemy=_Words(((w, True) for w in cues_data.get("enemy_words", [])), procl, article),
        enemy_losses=_Words(((w, True) for w in cues_data.get("enemy_loss_words", [])), procl, article),
        out_of=_Words(((w, True) for w in cues_data.get("out_of", [])), (), article),
        heads=toll_heads,
        reach=_Words(((w, True) for w in cues_data.get("reach_markers", [])), procl, article),
        opponent_markers=_Words(((w, True) for w in cues_data.get("opponent_markers", [])), (), article),
        object_masdars=_Words(((w, True) for w in cues_data.get("object_masdars", [])), procl, article),
        closed_starts=_Words(((w, True) for w in cues_data.get("closed_starts", [])), conj, article),
        exchanges=_Words(((w, True) for w in cues_data.get("exchange_words", [])), procl, article),
        object_markers=_set(cues_data.get("object_markers", [])),
        object_proclitics=tuple(_norm(w) for w in cues_data.get("object_proclitics", []) if _norm(w)),
        non_conflict=_Words(((w, True) for w in cues_data.get("non_conflict_causes", [])), procl, article),
        non_fire=_Words(((w, True) for w in cues_data.get("non_conflict_causes", [])
                         if w not in set(cues_data.get("attack_fires", []))), procl, article),
        cause_risks=_Words(((w, True) for w in cues_data.get("cause_risk_openers", [])), procl, article),
        cause_conditions=_Words(((w, True) for w in cues_data.get("patient_conditions", [])), procl, article),
        war_words=_Words(((w, True) for w in cues_data.get("war_words", [])), procl, article),
        crimes=_Words(((w, True) for w in cues_data.get("crime_contexts", [])), procl, article),
        year_preps=_Words(((w, True) for w in cues_data.get("year_prepositions", [])), procl, article),
        civil_held=_Words(((w, True) for w in cues_data.get("civil_held_contexts", [])), procl, article),
        protests=_Words(((w, True) for w in cues_data.get("protest_contexts", [])), procl, article),
        protest_measures=frozenset(cues_data.get("protest_measures", [])),
        charges=_Words(((w, True) for w in cues_data.get("charge_contexts", [])), procl, article),
        war_only=_Words(((w, m) for m, ws in cues_data.get("war_only_cues", {}).items() for w in ws), procl,
                        article),
        war_only_units={_strip_article(_norm(w), article): m
                        for m, ws in cues_data.get("war_only_units", {}).items() for w in ws},
        damage=_Words(((w, True) for w in cues_data.get("damage_cues", [])), procl, article),
        range_links=_set(cues_data.get("range_links", [])),
        blocker_proof=frozenset(cues_data.get("blocker_proof_measures", [])),
        civil_forces=_Words(((w, True) for w in cues_data.get("civil_forces", [])), procl, article),
        armed=_Words(((w, True) for w in subj_data.get("armed_descriptions", [])), (), article),
        service=_Words(((w, True) for w in subj_data.get("service_workers", [])), (), article),
        residents=_set(subj_data.get("resident_nouns", [])),
        earlier_tallies=_Words(((w, True) for w in subj_data.get("earlier_tallies", [])), (), article),
        resident_measures=frozenset(subj_data.get("resident_measures", [])),
        animals=_Words(((w, True) for w in cues_data.get("animal_nouns", [])),
                       [*conj, article, *(c + article for c in conj)], article),
        animal_links=_set(cues_data.get("animal_links", [])),
        road_accident=_near_words(cues_data.get("accident_words", []), cues_data.get("road_words", []),
                                  procl),
        site_blast=_near_words(cues_data.get("incident_words", []), cues_data.get("blast_sites", []), procl),
        agent_markers=_set(cues_data.get("agent_markers", [])),
        weak_war_words=_set(cues_data.get("weak_war_words", [])),
        counterfactual=_Words(((w, True) for w in cues_data.get("counterfactual_markers", [])), conj,
                              article),
        counterfactual_answer=_norm(cues_data.get("counterfactual_answer", "")),
        verb_particles=_set(attr_data.get("verb_particles", [])),
        ages=_Words(((w, True) for w in cues_data.get("age_markers", [])), (), article),
        headline_place_links=_set(attr_data.get("headline_place_links", [])),
        headline_places=_set([*attr_data.get("headline_places", []),
                              *load("boilerplate")["byline"]["places"]]),
        headline_labels=_set(attr_data.get("headline_labels", [])),
        local_official_heads=_Words(((w, True) for w in attr_data.get("local_official_heads", [])), procl,
                                    article),
        side_topic_heads=_set(attr_data.get("side_topic_heads", [])),
        place_topics=_Words(((w, True) for w in attr_data.get("place_topic_prepositions", [])), conj,
                            article),
        stop_names=frozenset(attr_data.get("stop_names", [])),  # raw spellings: normalizing merges them
        source_partitives=_set(attr_data.get("source_partitives", [])),
        leaving=leaving_words,
        far_refiners=_Words(((w, True) for w in subj_data.get("far_refiners", [])), (), article),
        ranks=_Words(((w, True) for w in subj_data.get("ranks_refiners", [])), (), article),
        far_window=int(subj_data.get("far_window", 6)),
        glued_refiners=tuple(_norm(w) for w in subj_data.get("glued_refiners", [])),
        member_nouns=_set(subj_data.get("member_nouns", [])),
        crew_nouns=_set(subj_data.get("crew_nouns", [])),
        military_craft=_set(subj_data.get("military_craft", [])),
        force_sites=_Words(((w, True) for w in subj_data.get("force_sites", [])), procl, article),
        pronoun_sites=_set(p + w for w in subj_data.get("pronoun_sites", []) for p in ("", *procl)),
        between_markers=_set(cues_data.get("between_markers", [])),
        commemoration_verbs=_Words(((w, True) for w in cues_data.get("commemoration_verbs", [])),
                                   conj, article),
        force_groups=_Words(((w, subj) for subj, ws in subj_data.get("group_nouns", {}).items() for w in ws),
                            tuple(_norm(w) for w in subj_data.get("glued_refiners", [])), article),
        count_heads=_set(subj_data.get("count_heads", [])),
        parallel_links=_Words(((w, True) for w in subj_data.get("parallel_links", [])), conj, article),
        raised_totals=_Words(((w, True) for w in subj_data.get("raised_total_verbs", [])), (), article),
        prisoners=_set(subj_data.get("prisoner_nouns", [])),
        plural_endings=tuple(_norm(w) for w in subj_data.get("plural_endings", [])),
        jails=_Words(((w, True) for w in subj_data.get("jail_words", [])), procl, article),
        war_prisoners=_Words(((w, True) for w in subj_data.get("war_prisoner_phrases", [])), procl, article),
        prisoner_words=_Words(((w, True) for w in subj_data.get("prisoner_nouns", [])), procl, article),
        groups=_Words(((w, subj) for subj, ws in subj_data.get("group_nouns", {}).items() for w in ws),
                      (), article),
        head_relatives=_Words(((w, True) for w in cues_data.get("head_relatives", [])), (), article),
        leaving_context=_Words(((w, True) for w in leaving.get("context", [])), procl, article),
        leaving_window=int(leaving.get("window", 10)),
        leaving_protest=_Words(((w, True) for w in leaving.get("protest", [])), procl, article),
        shelter_verbs=_Words(((w, True) for w in shelter.get("verbs", [])), procl, article),
        shelter_bases=_Words([*((w, False) for w in shelter.get("bases", [])),
                              *((w, True) for w in shelter.get("own_bases", []))], procl, article),
        shelter_hosts=_Words(((w, True) for w in shelter.get("hosting_verbs", [])), procl, article),
        shelter_protectors=_Words(((w, True) for w in shelter.get("protectors", [])), procl, article),
        shelter_window=int(shelter.get("window", 8)),
        provision_verbs=_Words(((w, True) for w in cues_data.get("provision_verbs", [])), procl, article),
        beneficiary_verbs=_Words(((w, True) for w in cues_data.get("beneficiary_verbs", [])), procl, article),
        attacking_animals=_Words(((w, True) for w in cues_data.get("attacking_animals", [])), procl, article),
        overriding={m: frozenset(units) for m, units in cues_data.get("overriding_cues", {}).items()},
        overriding_status={m: frozenset(units)
                           for m, units in cues_data.get("overriding_status_cues", {}).items()},
        airlift=_Words(((w, True) for w in cues_data.get("airlift_words", [])), (), article),
        fate_heads=fate_heads,
        gap_heads=gap_heads,
        gap_links={m: _Words(((w, True) for w in ws), (), article)
                   for m, ws in agent_gap.get("links", {}).items()},
        gap_people=frozenset(agent_gap.get("people_only", [])),
        gap_window=int(agent_gap.get("window", 3)),
        gap_quick=gap_heads.quick_scan(),
        home_loss_verbs=home_loss_verbs,
        list_links=_Words(((w, True) for w in cues_data.get("list_links", [])), procl, article),
        counterparts=_Words(((w, True) for w in cues_data.get("counterpart_links", [])), procl, article),
        fate_quick=fate_heads.quick_scan(),
        homes_quick=homes.quick_scan(),
        transfer_quick=transfer.quick_scan(),
        heads_quick=toll_heads.quick_scan(),
        head_participles={_norm(w): m for m, ws in cues_data.get("head_participles", {}).items() for w in ws},
        homes=homes,
        missing=missing,
        dual_verbs=_Words(((w, True) for w in cues_data.get("dual_predicates", {}).get("verbs", [])),
                          procl, article),
        dual_asides=_Words(((w, True) for w in cues_data.get("dual_predicates", {}).get("asides", [])),
                           (), article),
        dual_window=int(cues_data.get("dual_predicates", {}).get("window", 8)),
        fate_unknown=_Words(((w, True) for w in fate.get("unknown", [])), procl, article),
        fate_window=int(fate.get("window", 10)),
        transfer=transfer,
        moved_units=frozenset(_strip_article(w, article)
                              for w in _set(cues_data.get("moved_people_units", []))),
        destinations=_Words(((w, True) for w in cues_data.get("transfer_destinations", [])), (), article),
        part_after=_Words(((w, True) for w in cues_data.get("part_pronouns", [])), (), article),
        person_parts=_Words(((w, True) for w in cues_data.get("person_part_pronouns", [])), (), article),
        victims=_Words(((w, True) for w in cues_data.get("victim_words", [])), conj, article),
        causing=_Words(((w, True) for w in cues_data.get("causing_homographs", [])), conj, article),
        composition=_Words(((w, True) for w in cues_data.get("composition_openers", [])), (), article),
        majority=_Words(((w, True) for w in cues_data.get("majority_openers", [])), conj, article),
        fraction_pronouns=frozenset(_norm(w) for w in cues_data.get("fraction_pronouns", [])),
        buildings=_set(cues_data.get("building_units", [])),
        people_cues=people_cues,
        soldier_cues=soldier_cues,
        loss_measures=dict(cues_data.get("loss_measures", {})),
        people_after=people_after,
        fallen_into=fallen_into,
        exposed_to=exposed_to,
        vague_links=_set(cues_data.get("vague_links", [])),
        object_after=tuple(sorted(_set(cues_data.get("object_after_cues", [])))),
        describing=(lambda d: (_norm(d.get("prefix", "")), _norm(d.get("suffix", ""))))(
            cues_data.get("describing_verb", {})),
        exposure_verbs=_Words(((w, True) for w in exposure.get("verbs", [])), conj, article),
        falling_verbs=_Words(((w, True) for w in cues_data.get("falling_verbs", [])), conj, article),
        received_verbs=received_verbs,
        received_gate=_Words(((w, True) for w in received.get("gate", [])), procl, article),
        relatives=_Words(((w, True) for w in cues_data.get("head_relatives", [])), conj, article),
        who=_Words(((w, True) for w in cues_data.get("who_pronouns", [])), conj, article),
        cause_measures=frozenset(cues_data.get("non_conflict_measures", ["killed", "injured"])),
        hypothetical=_Words(((w, True) for w in cues_data.get("hypothetical_markers", [])), conj, article),
        rate_before=_Words(((w, True) for w in cues_data.get("rate_markers", {}).get("before", [])), procl,
                           article),
        rate_after=_Words(((w, True) for w in cues_data.get("rate_markers", {}).get("after", [])), conj,
                          article),
        rate_window=int(cues_data.get("rate_markers", {}).get("window", 3)),
        loss_places=_Words(((w, True) for w in cues_data.get("loss_place_openers", [])), conj, article).regex,
        retyped={m: dict(v) for m, v in cues_data.get("retyped_by_subject", {}).items()},
        recovered=dict(cues_data.get("recovered_persons", {})),
        refiner_skip=_set(subj_data.get("refiner_skip", [])),
        warring_sides=_set(subj_data.get("warring_sides", [])),
        warring_contexts=_Words(((w, True) for w in subj_data.get("warring_contexts", [])), procl, article),
        learn_verbs=_Words(((w, True) for w in attr_data.get("learn_verbs", [])), verb_pre, article),
        learn_links=_set(attr_data.get("learn_links", [])),
        report_participles=_Words(((w, True) for w in attr_data.get("report_participles", [])), verb_pre,
                                  article),
    )


def _elided(words: str, lex: _Lex, gaz: Gazetteer) -> str:
    """What a clitic ل glued to ``words`` (the text after it, normalized) dropped: the article's
    alif (للوزارة: ``ا`` + لوزارة), the whole article before a noun that opens with ل (للجنة: ``ال``
    + لجنة), or nothing (للبنان: لبنان). The first reading that gives a name the gazetteer knows,
    an anaphor or a source head wins; else the alif."""
    for prefix in (lex.article[:1], lex.article, ""):
        cand = prefix + words
        first = cand.split()[0] if cand.split() else ""
        m = gaz.sources.search(" " + cand)
        if (m is not None and m.start() <= 1) or first in lex.anaphors \
                or _strip_article(first, lex.article) in lex.source_heads:
            return prefix
    return lex.article[:1]


def _strip_article(word: str, article: str) -> str:
    if article and word.startswith(article) and len(word) > len(article) + 1:
        return word[len(article):]
    return word


# --- gazetteers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gazetteer:
    """A compiled gazetteer: the generic one plus (optionally) one conflict's parties.

    Build it with :func:`load_gazetteer`; ``conflict`` is ``None`` for the
    generic gazetteer alone. ``sources`` maps source words to parties;
    ``side_words`` maps words that tie a toll to a side (party names and
    adjectives, places, "both sides") to ``(side, kind)``.
    """

    conflict: str | None
    sides: tuple[str, ...]
    default_side: str
    parties: Mapping[str, Mapping[str, Any]]
    sources: _Words = field(repr=False)
    side_words: _Words = field(repr=False)
    scope: _Words | None = field(default=None, repr=False)
    scope_min_hits: int = 1
    scope_short_text: int = 0  # a text of at most this many sentences needs one scope word
    party_places: _Words | None = field(default=None, repr=False)  # rule local_official

    def covers(self, text: str) -> bool:
        """Whether ``text`` is about this gazetteer's conflict (its ``scope`` words occur often
        enough); always true for a gazetteer without scope words."""
        return self.covers_normalized(normalize_text(text))

    def covers_normalized(self, norm: str, sentences: int | None = None) -> bool:
        """:meth:`covers` on text already normalized, of ``sentences`` sentences when known: a
        short text (a wire brief, one sentence) names its conflict once, so one scope word is
        enough there."""
        if self.scope is None:
            return True
        need = self.scope_min_hits
        if sentences is not None and sentences <= self.scope_short_text:
            need = 1
        return self.scope.count(norm, need) >= need

    def party_side(self, party: str | None) -> str | None:
        info = self.parties.get(party or "")
        return info.get("side") if info else None

    def opponent(self, side: str | None) -> str | None:
        for info in self.parties.values():
            if info.get("side") == side and info.get("opponent"):
                return info["opponent"]
        return None


def _read_conflict(conflict: str | Path | Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    if isinstance(conflict, Mapping):
        return str(conflict.get("conflict", "custom")), conflict
    path = Path(conflict)
    if path.suffix == ".json" and path.is_file():
        data = json.loads(path.read_text(encoding="utf-8"))
        return str(data.get("conflict", path.stem)), data
    name = str(conflict)
    try:
        return name, load(f"gazetteer_{name}")
    except FileNotFoundError:
        raise ValueError(f"no gazetteer for conflict {name!r}: write data/gazetteer_{name}.json "
                         "or pass a path or a dict") from None


def _compile_gazetteer(name: str | None, data: Mapping[str, Any] | None) -> Gazetteer:
    lex = _lex()
    generic = load("gazetteer_generic")
    proclitics = _source_proclitics()
    source_entries: list[tuple[str, str]] = []
    side_entries: list[tuple[str, str, str]] = []
    parties: dict[str, Mapping[str, Any]] = {}
    if data is not None:
        for party, info in data.get("parties", {}).items():
            parties[party] = info
            words = list(info.get("names", [])) + list(info.get("adjectives", []))
            source_entries += [(w, party) for w in words]
            if info.get("side"):
                side_entries += [(w, info["side"], "party") for w in words]
        for side, places in data.get("places", {}).items():
            side_entries += [(w, side, "place") for w in places]
    for party, info in generic.get("parties", {}).items():
        source_entries += [(w, party) for w in info.get("names", [])]
    source_entries += [(w, "media") for w in load("claim_attribution")["tally"]]
    if data is not None:
        side_entries = [(w, "both", "both") for w in load("claim_cues")["both_side_cues"]] + side_entries
        sides = tuple(data.get("sides", ()))
        default = str(data.get("default_side", "unknown"))
    else:
        sides, default = ("unknown",), "unknown"
    scope_words = list(data.get("scope", [])) if data is not None else []
    return Gazetteer(
        conflict=name, sides=sides, default_side=default, parties=parties,
        sources=_Words(source_entries, proclitics, lex.article),
        side_words=_Words(_merge_kinds(side_entries, lex.article), proclitics, lex.article, variants=False),
        scope=_Words(((w, True) for w in scope_words), proclitics, lex.article) if scope_words else None,
        scope_min_hits=int(data.get("scope_min_hits", 1)) if data is not None else 1,
        scope_short_text=int(data.get("scope_short_text", 0)) if data is not None else 0,
        party_places=_Words([(w, party) for party, places in data.get("party_places", {}).items()
                             if party in parties for w in places], proclitics, lex.article)
        if data is not None and data.get("party_places") else None,
    )


def _merge_kinds(entries: list[tuple[str, str, str]], article: str
                 ) -> list[tuple[str, tuple[str, frozenset[str]]]]:
    """Side words as ``form -> (side, kinds)``: a word may be a party name and a place (باكو)."""
    merged: dict[str, tuple[str, set[str]]] = {}
    for word, side, kind in entries:
        for form in _variants(_norm(word), article):
            if form not in merged:
                merged[form] = (side, set())
            if merged[form][0] == side:
                merged[form][1].add(kind)
    return [(f, (side, frozenset(kinds))) for f, (side, kinds) in merged.items()]


@cache
def _source_proclitics() -> tuple[str, ...]:
    """Clitics allowed before a name: the conjunctions and the prepositions ب and ل of the data."""
    procl = load("claim_cues").get("proclitics", [])
    return tuple(p for p in procl if len(_norm(p)) <= 2)


@cache
def _named_gazetteer(name: str | None) -> Gazetteer:
    if name is None:
        return _compile_gazetteer(None, None)
    cname, data = _read_conflict(name)
    return _compile_gazetteer(cname, data)


def load_gazetteer(conflict: str | Path | Mapping[str, Any] | Gazetteer | None = DEFAULT_CONFLICT
                   ) -> Gazetteer:
    """The gazetteer for ``conflict``: a name (``data/gazetteer_NAME.json``), a JSON path, a dict
    of the same shape, an already built :class:`Gazetteer`, or ``None`` for the generic one alone.

    Named gazetteers are compiled once per process.
    """
    if isinstance(conflict, Gazetteer):
        return conflict
    if conflict is None or isinstance(conflict, str) and not conflict.endswith(".json"):
        return _named_gazetteer(conflict)
    if isinstance(conflict, Mapping):
        name, data = _read_conflict(conflict)
        return _compile_gazetteer(name, data)
    return _named_gazetteer(str(conflict))


def source_party(text: str, conflict: str | Path | Mapping[str, Any] | Gazetteer | None = DEFAULT_CONFLICT
                 ) -> str:
    """The party named by ``text`` (the words naming a source), e.g. ``وزارة الدفاع الأذربيجانية``
    gives ``azerbaijan``; ``each_side`` words give ``unknown``; nothing known gives ``unknown``."""
    gaz = load_gazetteer(conflict)
    t = normalize_text(text)
    if _lex().each_side.search(t):
        return "unknown"
    m = gaz.sources.search(t)
    return gaz.sources.value(m) if m else "unknown"


def _between_sides(a: int, b: int, side: str, side_hits: list, s: _Sent, lex: _Lex) -> bool:
    """Rule between_sides: a side word right after one of ``between_markers`` (بين) and joined by و
    to a word of the other side (بين أرمينيا وأذربيجان) names the two sides a fight was between: its
    toll is both sides', not the first one's."""
    before = s.word_starts_before(a, 1)
    if not before or _word_at(s.t, before[0]) not in lex.between_markers:
        return False
    nxt = _skip_space(s.t, b)
    return any(a2 in (nxt, nxt + 1) and s.t[nxt] in lex.conjunctions and side2 not in (side, "both")
               for a2, _b2, side2, _k in side_hits)


def side_word(text: str, conflict: str | Path | Mapping[str, Any] | Gazetteer | None = DEFAULT_CONFLICT
              ) -> str | None:
    """The side named by the first side word of ``text`` (a nationality adjective, a party, a
    place or "both sides"), e.g. ``مدنيا أرمنيا`` gives ``armenia``; ``None`` if there is none."""
    m = load_gazetteer(conflict).side_words.search(normalize_text(text))
    return load_gazetteer(conflict).side_words.value(m)[0] if m else None


# --- per-sentence analysis -------------------------------------------------------------------


@dataclass(eq=False)
class _Cand:
    """A possible claim: a number mention, a dual noun or a fraction, on the sentence's view."""

    start: int
    end: int
    np_end: int
    unit: str | None
    unit_end: int
    text: str
    raw_span: tuple[int, int]
    value: float | int | None
    low: float | int
    high: float | int
    qualifier: str
    kind: str  # number | dual | fraction
    dual_subject: str | None = None
    dual_measure: str | None = None
    construct: bool = False  # a dual in the construct state (rule construct_dual: ضابطا شرطة)
    measure: str | None = None
    rule: str = ""
    head: _Cand | None = None
    subject: str | None = None
    side: str | None = None
    side_rule: str = ""
    drop: bool = False
    sheltered: bool = False  # rule sheltered_at_base: a base named after it is the protector's, no side
    index: int = 0
    cue_end: int | None = None  # end of the cue before the number that gave the measure
    head_end: int | None = None  # end of a toll head whose count a reach marker gives (عدد القتلى ... إلى)
    people_only: bool = False  # its cue counts people only (a verb of leaving, سقوط)
    needs_person: bool = False  # its cue needs a counted person noun (سقوط 16 من الحوثيين)
    needs_soldier: bool = False  # its cue counts soldiers only (a party lost N soldiers)
    listed: bool = False  # its cue ends a list of tolls (rule listed_missing): it counts the list's persons
    head_noun: int | None = None  # the counted noun of a head with a relative clause (عدد الجنود الذين قتلوا)
    loss_cue: tuple[int, int] | None = None  # its cue is a verb of a party's loss (فقدت): where it stands
    raised_from: _Cand | None = None  # rule raised_total: the sentence's claim whose total it raises


@dataclass(eq=False)
class _Attr:
    """One attribution in a sentence: a trigger and the words naming the source."""

    pos: int
    end: int
    kind: str  # verb | verb_final | prep | tally
    src: tuple[int, int] | None
    party: str | None = None
    text: str | None = None
    each_side: bool = False
    both_tally: bool = False  # rule both_tally: a tally of both parties (الأرقام الرسمية للبلدين)
    backward: bool = False
    # (its sentence, the publication date): where its as_of is read from, when first asked (see as_of)
    dated_in: tuple[_Sent, dt.date | None] | None = None
    as_of_date: dt.date | None = None
    aside: bool = False  # a preposition set off by commas (، بحسب معلومات أولية،) inside a report
    norm: str = ""  # the normalized words naming the source
    resolved: str | None = None  # the party an anaphor (الوزارة) was found to point back to
    outer: tuple[int, int] | None = None  # the source that quotes this one (نقلت وكالة ... عن الوزارة)
    outer_party: str | None = None
    reports: frozenset[str] = frozenset()  # report nouns at its trigger (في تقرير، بيانا، حصيلة جديدة)
    rule: str = ""  # a rule that shaped its source or party, added to its claims' rule
    elided: bool = False  # its source opens past a clitic ل that elides the article (للوزارة)

    @property
    def as_of(self) -> dt.date | None:
        """The date its statement speaks for (:func:`_as_of`), read once, when a claim carried from
        it first asks (most attributions are never asked)."""
        if self.dated_in is not None:
            s, published = self.dated_in
            self.as_of_date, self.dated_in = _as_of(self.pos, s, _lex(), published), None
        return self.as_of_date


@dataclass
class _Sent:
    seg: Segment
    view: Normalized
    t: str
    tok_start: list[int]
    tok_end: list[int]
    tok_word: list[bool]
    attrs: list[_Attr] | None = None
    dates: list[tuple[int, int, dt.date | None]] | None = None
    spans: frozenset[int] = frozenset()  # offsets of the dates that span more than a day (a week, a month)
    span_starts: dict[int, dt.date] = field(default_factory=dict)  # the first day of each of those spans
    denied: list[_Attr] = field(default_factory=list)  # negated reports: no source, but named
    hints: list[_Attr] = field(default_factory=list)  # إعلان علييف: a speaker for a later وقال only
    idle: list[int] = field(default_factory=list)  # verbs that report nothing (rule source_shape)
    cue_from: int = 0  # no cue word, dual or verb of leaving starts before this offset (see _cue_from)
    # index word_prefix: words_counted[i] is how many of the first i tokens are words, so that
    # words_between answers by two bisections instead of walking the tokens (tests/test_claims_speed.py)
    words_counted: list[int] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def build(cls, seg: Segment, view: Normalized | None = None) -> _Sent:
        if view is None or view.raw != seg.text:
            view = normalize(seg.text)
        t = view.text
        tokens = list(_TOKEN.finditer(t))
        starts = [m.start() for m in tokens]
        ends = [m.end() for m in tokens]
        words = [t[i].isalnum() for i in starts]  # a run of letters or digits, not a punctuation mark
        return cls(seg, view, t, starts, ends, words, words_counted=[0, *accumulate(words)])

    def v(self, raw_offset: int) -> int:
        """View offset of a raw (segment-relative) offset."""
        return self.view.view_index(raw_offset)

    def raw(self, span: tuple[int, int]) -> tuple[int, int]:
        return self.view.raw_span(span)

    def raw_text(self, span: tuple[int, int]) -> str:
        s, e = self.raw(span)
        return self.seg.text[s:e]

    def words_between(self, a: int, b: int) -> int:
        if b <= a:
            return 0
        counted, starts = self.words_counted, self.tok_start
        return counted[bisect_left(starts, b)] - counted[bisect_left(starts, a)]

    def undated_words_between(self, a: int, b: int) -> int:
        """Words between ``a`` and ``b`` outside the sentence's dates (في أبريل/ نيسان الماضي)."""
        n = self.words_between(a, b)
        for d0, d1, _d in self.dates or []:
            if a <= d0 and d1 <= b:
                n -= self.words_between(d0, d1)
        return max(n, 0)

    def punct_between(self, a: int, b: int) -> bool:
        i, j = bisect_left(self.tok_start, a), bisect_left(self.tok_start, b)
        return any(not self.tok_word[k] and self.t[self.tok_start[k]] in _CLAUSE_PUNCT
                   for k in range(i, j))

    def word_starts_before(self, pos: int, n: int) -> list[int]:
        """Starts of the ``n`` word tokens before ``pos`` (nearest last)."""
        i = bisect_left(self.tok_start, pos)
        out: list[int] = []
        k = i - 1
        while k >= 0 and len(out) < n:
            if self.tok_word[k]:
                out.append(self.tok_start[k])
            k -= 1
        return out[::-1]

    def token_at(self, pos: int) -> int:
        return bisect_left(self.tok_start, pos)


# --- candidates ------------------------------------------------------------------------------


def _cue_from(t: str, lex: _Lex) -> int | None:
    """Where the first cue word, dual, verb of leaving or toll head's participle of ``t`` may start
    (``None``: nowhere): where the quick scan (``any_cue``, their words with no boundary) first finds
    one, less the longest proclitic. None starts before, so the scans for them start there."""
    m = lex.any_cue.search(t)
    return None if m is None else max(0, m.start() - lex.cue_reach)


def _may_hold_dual(t: str, start: int, lex: _Lex) -> bool:
    """Whether a dual (``lex.duals``) or a construct dual (``lex.construct_duals``) of ``t`` starts at
    or after ``start``. Most sentences with a cue's letters and no number hold neither: one scan of
    the words of both lists with no boundary (``any_dual``) tells so, where each list's bounded search
    would scan the sentence once more. It is conservative: a bounded match's word (group ``w``,
    at or after ``start``) is one of those words, so the scan with no boundary finds it too."""
    if lex.any_dual.search(t, start) is None:
        return False
    return lex.duals.search(t, start) is not None \
        or next(lex.construct_duals.scan(t, start), None) is not None


def _candidates(s: _Sent, lex: _Lex, published: dt.date | None) -> list[_Cand]:
    t = s.t
    out: list[_Cand] = []
    for n in extract_numbers(s.seg.text, view=s.view, reference=published):
        c = _number_cand(s, lex, n)
        if not _thing_numeral(c, s, lex):
            out.append(c)
    taken = [(c.start, c.end) for c in out]
    def overlaps(m: re.Match[str]) -> bool:
        return any(a < m.end() and m.start("w") < b for a, b in taken)

    for m in lex.duals.finditer(t, s.cue_from):
        ws = m.start("w")
        if overlaps(m):
            continue
        subject, measure = lex.duals.value(m)
        if t[ws:m.end()] in lex.agreeing and not _dual_agrees(s, m.end(), lex):
            continue  # rule agreeing_dual: شرطيين is an oblique plural too
        out.append(_dual_cand(s, ws, m.end(), subject, measure))
    for m in lex.nationality_duals.finditer(t, s.cue_from):
        ws = m.start("w")
        if overlaps(m) or any(c.kind == "dual" and c.end < ws and not t[c.end:ws].strip() for c in out):
            continue  # (an adjective agreeing with a dual noun before it: سائحان إيطاليان is one count)
        before = s.word_starts_before(ws, 1)
        if m.start() == ws and before and _word_at(t, before[0]).endswith(lex.dual_noun_endings):
            continue  # (a dual noun no list holds before it: the adjective agrees; وإيطاليان is a new item)
        out.append(_dual_cand(s, ws, m.end(), "people", None))
    for m in lex.construct_duals.scan(t, s.cue_from):
        ws = m.start("w")
        if overlaps(m) or not _construct_genitive(s, m.end(), lex):
            continue
        subject, measure = lex.construct_duals.value(m)
        if m.group("w") not in lex.measured_construct and not any(
                q.end() == len(t[:ws].rstrip()) for q in lex.cues.finditer(t, max(0, ws - 40), ws)):
            continue  # an oblique dual that names its measure (شهيدي الواجب، قتيلي الهجوم) needs no cue
        out.append(_dual_cand(s, ws, m.end(), subject, measure, construct=True))
    out.sort(key=lambda c: c.start)
    for c, nxt in zip(out, out[1:], strict=False):
        if c.unit is None and c.kind == "number" and nxt.unit is not None:
            m = lex.out_of.match(t, _skip_space(t, c.end))
            if m and _skip_space(t, m.end()) == nxt.start:
                c.unit = nxt.unit  # 31 من أصل 40 طائرة: the 31 are aircraft too
            elif c.kind == "number" and nxt.kind == "skip" and nxt.unit in lex.non_claim_units \
                    and _range_link(s, c.end, nxt.start, lex):
                c.kind = "skip"  # rule range_unit: من 18 إلى 11 ساعة: the 18 are hours too
    return out


def _dual_cand(s: _Sent, start: int, end: int, subject: str, measure: str | None,
               construct: bool = False) -> _Cand:
    """A dual noun's count of two (``طفلان``، ``إيطاليان``، ``ضابطا شرطة``), its text and span raw."""
    rs = s.raw((start, end))
    return _Cand(start, end, end, None, end, s.seg.text[rs[0]:rs[1]], rs, 2, 2, 2,
                 "exact", "dual", dual_subject=subject, dual_measure=measure, construct=construct)


def _construct_genitive(s: _Sent, end: int, lex: _Lex) -> bool:
    """Rule construct_dual: a dual in the construct state (``ضابطا شرطة``، ``سيارتي دفع رباعي``: the
    ``construct_duals`` forms, the dual's ن dropped) counts two only when a genitive noun follows it
    at once: a word, no particle of ``stops`` (``قتل جنديا في``), with no conjunction glued to it
    (``قتل جنديا وأصاب``) and no tanween ending of an adjective (``قتل ضابطا كبيرا``), as the same form
    is a singular with tanween or a noun with the possessive ي elsewhere. The caller also wants a toll
    cue right before it (``مقتل ضابطي``، ``السيطرة على مدينتي``): ``قتلت رجلا أكدت`` is one man;
    a dual that names its measure needs none (``جثماني شهيدي الواجب``، ``قتيلي الهجوم``)."""
    nxt = _words_after(end, s, 1)
    if not nxt:
        return False
    i = nxt[0]
    a, b = s.tok_start[i], s.tok_end[i]
    word = s.t[a:b]
    return len(word) > 1 and word[0] not in lex.conjunctions and not word.endswith(lex.construct_bad_ends) \
        and lex.construct_stops.match(s.t, a) is None


def _dual_agrees(s: _Sent, end: int, lex: _Lex, longest: int = 3) -> bool:
    """Rule agreeing_dual: an oblique dual that is also a sound plural (``شرطيين``، ``مدنيين``: the
    ``agree`` entries of ``duals``) counts two only when a dual word (``dual_agreement_words``: وهما،
    كانا) agrees with it within ``longest`` words after it, with no punctuation between (``بقتل
    شرطيين تركيين وهما نائمان``) or a dual predicate (``dual_predicates.verbs``) does (``شرطيين قتلا
    برصاصة``); alone it may count any number (``اعتقال شرطيين`` = policemen)."""
    return any(lex.dual_marks.match(s.t, s.tok_start[i]) is not None
               or lex.dual_verbs.match(s.t, s.tok_start[i]) is not None
               for i in _words_after(end, s, longest))


def _thing_numeral(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule thing_numeral: a definite number word of a small count right after a definite plural of
    attacks or events (``attack_words``, ``incident_words``, ``thing_numeral.nouns``: التفجيرات
    الانتحارية الثلاثة، الهجمات الأربع; one adjective may stand between) is that noun's adjective: it
    counts the bombings, never a toll (حصيلة ضحايا التفجيرات الثلاثة)."""
    word = c.text
    if not word.startswith(lex.article_raw) or c.high is None or c.high > _THING_NUMERAL_MAX \
            or any(ch.isdigit() for ch in word):
        return False
    before = s.word_starts_before(c.start, 2)
    if not before or s.punct_between(before[0], c.start):
        return False
    noun = before[-1]
    if len(before) > 1 and _is_adjective(_word_at(s.t, noun), lex):
        noun = before[-2]  # (التفجيرات الانتحارية الثلاثة)
    prev = _word_at(s.t, noun)
    return prev.startswith(lex.article) and prev.endswith(lex.plural_thing_endings) and (
        lex.attack.match(s.t, noun) is not None or lex.incidents.match(s.t, noun) is not None
        or _strip_article(prev, lex.article) in lex.thing_nouns)


#: Rule thing_numeral: the largest count a definite number word after an event's plural may give.
_THING_NUMERAL_MAX = 100


def _is_adjective(word: str, lex: _Lex) -> bool:
    """A definite relative adjective (الانتحارية، العسكري): a noun's adjective between it and a numeral."""
    return word.startswith(lex.article) and word.endswith(lex.adjective_endings)


def _number_cand(s: _Sent, lex: _Lex, n: NumberMention) -> _Cand:
    start, end = s.v(n.span[0]), s.v(n.span[1])
    unit = unit_end = None
    if n.unit and not n.rule.endswith(UNIT_FROM_POSSESSIVE):  # (من جنودها: read by rule partitive_pronoun)
        u = _norm(n.unit)
        i = s.t.find(u, start, end + len(u) + 12)
        cue = lex.cues.match(s.t, i) if i >= 0 else None
        bare = _strip_article(u, lex.article)
        leave = lex.leaving.match(s.t, i) if i >= 0 else None
        if bare not in lex.unit_measure and bare not in lex.nouns and (
                (cue is not None and any(role == "after" for _m, role in lex.cues.value(cue)))
                or (leave is not None and lex.leaving.value(leave) == "after")):
            pass  # نحو 55 ألفا غادروها: a predicate the numbers stage took for a unit is no counted noun
        elif i >= 0:
            unit, unit_end = _strip_article(u, lex.article), i + len(u)
    elif n.value is not None and n.value >= 1:
        # the numbers stage gives no unit to a noun it finds ambiguous (20 آلية عسكرية):
        # a counted noun of the subjects list right after the number is the unit here
        k = s.token_at(end)
        quoted = k + 1 < len(s.tok_start) and not s.tok_word[k] and s.tok_start[k] == end \
            and s.t[end] in _QUOTE_CLOSERS and s.tok_word[k + 1]
        if k < len(s.tok_start) and s.tok_word[k] and s.words_between(end, s.tok_start[k]) == 0:
            w = _strip_article(s.t[s.tok_start[k]:s.tok_end[k]], lex.article)
            if w in lex.nouns:
                unit, unit_end = w, s.tok_end[k]
        elif quoted:
            # rule quoted_count: عن "ما لا يقل عن 200" قتيل: the quote closes on the count, its noun follows
            w = _strip_article(s.t[s.tok_start[k + 1]:s.tok_end[k + 1]], lex.article)
            if w in lex.nouns or w in lex.unit_measure:
                unit, unit_end = w, s.tok_end[k + 1]
    # rule qualified_after_unit: a qualifier written before the number (خلال أسبوع أكثر من 10 آلاف مدني)
    # opens a count phrase of its own: the time noun before it is no unit of the count
    prefixed = n.qualifier not in ("exact", "vague") and not n.text[:1].isdigit()
    if n.rule.endswith("percent"):
        kind = "percent"
    elif n.value is not None and 0 < n.value < 1:
        kind = "fraction"
    elif unit is not None and unit in lex.non_claim_units or (_after_unit(s, start, lex) and not prefixed) \
            or lex.ages.match(s.t, _skip_space(s.t, max(end, unit_end or end))) \
            or (unit_end is not None and lex.ages.match(s.t, _skip_space(s.t, end))) \
            or (unit is None and (_birth_year(s, start, n.value, lex) or _bare_year(s, start, end, n, lex))) \
            or _animal_count(s, end, lex):
        kind = "skip"
    else:
        kind = "number"
    return _Cand(start, end, max(end, unit_end or end), unit, unit_end or end, n.text, n.span, n.value,
                 n.low, n.high, n.qualifier, kind)


def _animal_count(s: _Sent, end: int, lex: _Lex, longest: int = 3) -> bool:
    """Rule animal_count: the counted noun right after a number (or after من: ``500 من الأضاحي``)
    is an animal, livestock or a head of livestock (``animal_nouns``: ``30 رأسا من الأغنام``،
    ``40 خروفا``): animals are never a toll, whatever cue governs the count."""
    k, seen = s.token_at(end), 0
    while k < len(s.tok_start) and seen < longest:
        if s.tok_word[k]:
            m = lex.animals.match(s.t, s.tok_start[k])
            if m is not None and m.end() >= s.tok_end[k]:
                return True
            if s.t[s.tok_start[k]:s.tok_end[k]] not in lex.animal_links:
                return False
            seen += 1
        elif s.t[s.tok_start[k]] in _CLAUSE_PUNCT:
            return False
        k += 1
    return False


def _range_link(s: _Sent, a: int, b: int, lex: _Lex) -> bool:
    """Rule range_unit: whether one range word (``range_links``: إلى، أو، حتى) alone stands between a
    bare number ending at ``a`` and the next number starting at ``b`` (``من 18 إلى 11 ساعة``)."""
    k = s.token_at(a)
    return (k + 1 < len(s.tok_start) and s.tok_word[k] and s.tok_start[k + 1] == b
            and _word_at(s.t, s.tok_start[k]) in lex.range_links) or False


def _bare_year(s: _Sent, start: int, end: int, n: NumberMention, lex: _Lex) -> bool:
    """Rule bare_year: a four-digit number from 1000 to 2100 with no noun, right after a preposition
    of time (``year_prepositions``: في، منذ، خلال) and closing its clause (``للأمر الواقع في 1848،``)
    is a year, no count."""
    if not isinstance(n.value, int) or not 1000 <= n.value <= 2100 or len(n.text.strip()) != 4:
        return False
    before = s.word_starts_before(start, 1)
    if not before or s.punct_between(before[0], start) or lex.year_preps.match(s.t, before[0]) is None:
        return False
    after = _skip_space(s.t, end)
    return after >= len(s.t) or s.t[after] in _CLAUSE_PUNCT


@cache
def _list_name_pattern() -> re.Pattern[str]:
    """A list noun (``list_nouns`` of claim_cues.json) and the definite article glued to the number
    after it, matched at the end of the text before the number."""
    data = load("claim_cues")
    article = _norm(data.get("definite_article", ""))
    words = _Words(((w, True) for w in data.get("list_nouns", [])), data.get("proclitics", []), article)
    if words.regex is _NEVER or not article:
        return _NEVER
    return re.compile(words.regex.pattern + r"\s+" + re.escape(article) + r"\s*$")


def _list_name(s: _Sent, start: int) -> bool:
    """Rule list_name: a number with the definite article, right after a list noun, names the list
    (``قائمة الـ23``: the list of the 23 wanted men; ``مجموعة الـ20``), it counts no toll."""
    return _list_name_pattern().search(s.t, max(0, start - 30), start) is not None


def _birth_year(s: _Sent, start: int, value: float | int | None, lex: _Lex, back: int = 3) -> bool:
    """Rule birth_year: a bare year number within ``back`` words after a word of birth (``birth_words``:
    ولد، ولدت، مواليد) is when someone was born, no toll (``وفاة الكاتب جوزف كيسيل (ولد في 1898)``)."""
    if value is None or not 1000 <= value <= 2100:
        return False
    for p in s.word_starts_before(start, back):
        if _word_at(s.t, p) in lex.birth_words and not s.punct_between(p, start):
            return True
    return False


def _after_unit(s: _Sent, start: int, lex: _Lex) -> bool:
    """Rule unit_before: a number written right after a noun of time or measure (``non_claim_units``,
    with or without ال: ``يوم واحد``، ``الأشهر الستة الأولى``، ``الساعة 10``) counts that unit, no toll."""
    k = s.token_at(start) - 1
    if k >= 0 and s.tok_start[k] < start < s.tok_end[k]:
        k -= 1  # the number's own token, its article glued to it: الساعات الـ24 الماضية
    if k < 0 or not s.tok_word[k]:
        return False  # عام / أربعة قتلى: a label and a slash, no unit
    return _strip_article(s.t[s.tok_start[k]:s.tok_end[k]], lex.article) in lex.non_claim_units


# --- cues ------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Cue:
    start: int
    end: int
    measure: str
    role: str
    conj: bool  # a conjunction is glued to it (a new clause starts)
    used_after: bool = False
    people_only: bool = False  # a verb of leaving (غادروا), سقوط: counts people only
    needs_person: bool = False  # سقوط: the count needs a person noun (not سقوط 1000 نقطة)
    needs_soldier: bool = False  # فقدت: a loss of soldiers only (not فقد 20 شخصا، missing people)
    listed: bool = False  # rule listed_missing: وفُقد 28 at the end of a list of tolls


def _take_flags(c: _Cand, cue: _Cue) -> None:
    """The count takes what its cue requires of the counted noun (people only, a person, soldiers)."""
    c.people_only, c.needs_person, c.needs_soldier = cue.people_only, cue.needs_person, cue.needs_soldier
    c.loss_cue = (cue.start, cue.end) if cue.needs_soldier else None
    c.listed = cue.listed


def _cues(s: _Sent, lex: _Lex, scope: Callable[[], _Words | None] | None = None,
          cands: list[_Cand] | None = None) -> list[_Cue]:
    """The toll cues of the sentence, in text order. ``scope`` gives the conflict's scope words
    (or ``None``) when a verb of leaving needs them (:func:`_leaving_cues`)."""
    out: list[_Cue] = []
    hits = list(lex.cues.finditer(s.t, s.cue_from))
    people = list(lex.people_cues.scan(s.t, s.cue_from))
    soldiers = list(lex.soldier_cues.scan(s.t, s.cue_from))
    # words that hold a cue but are none (read only where a cue was found: most sentences have none)
    nots = [(m.start(), m.end()) for m in lex.not_cues.finditer(s.t)] if hits or people or soldiers else []
    for m in hits:
        if any(a < m.end() and m.start() < b for a, b in nots):
            continue
        pre = m.group("pre") or ""
        conj = bool(pre) and pre[0] in lex.conjunctions
        for measure, role in lex.cues.value(m):
            out.append(_Cue(m.start(), m.end(), measure, role, conj))
    for m in people:
        if any(a < m.end() and m.start() < b for a, b in nots) or any(
                q.start <= m.start() < q.end for q in out):
            continue  # سقوط قتلى is a cue of its own
        pre = m.group("pre") or ""
        out.append(_Cue(m.start(), m.end(), lex.people_cues.value(m), "before",
                        bool(pre) and pre[0] in lex.conjunctions, people_only=True, needs_person=True))
    for m in soldiers:
        if any(a < m.end() and m.start() < b for a, b in nots) or any(
                q.start <= m.start() < q.end for q in out):
            continue
        pre = m.group("pre") or ""
        out.append(_Cue(m.start(), m.end(), lex.soldier_cues.value(m), "before",
                        bool(pre) and pre[0] in lex.conjunctions, people_only=True, needs_person=True,
                        needs_soldier=True))
    for m in lex.people_after.scan(s.t, s.cue_from):
        if not any(q.start <= m.start() < q.end for q in out):
            out.append(_Cue(m.start(), m.end(), lex.people_after.value(m), "after", False, people_only=True))
    out.extend(_leaving_cues(s, lex, scope, cands))
    for m in lex.fallen_into.scan(s.t, s.cue_from):
        # rule fallen_into: وقع 20 آخرون في الأسر، وقعوا في الأسر: a verb of falling opens the clause
        # within a few words before (not قتل 5 جنود في الأسر, killed in captivity)
        verb = next((p for p in s.word_starts_before(m.start(), 5) if lex.falling_verbs.match(s.t, p)), None)
        if verb is not None and not s.punct_between(verb, m.start()) \
                and not any(verb < q.start < m.start() for q in out) \
                and not any(q.start <= m.start() < q.end for q in out):
            out.append(_Cue(m.start(), m.end(), lex.fallen_into.value(m), "after", False))
    out.extend(_fate_cues(s, lex))
    out.extend(_received_cues(s, lex, out))
    out.extend(_agent_gap_cues(s, lex, out))
    out = _home_loss_cues(s, lex, out, cands)
    if cands and any(q.measure in _EVENT_MEASURES for q in out):
        out = _listed_missing_cues(s, lex, out, cands)
    if s.cue_from < len(s.t):
        out = _exposure_cues(s, lex, out)
    out = [q for q in out if not _names_place(q, s, lex)
           and not (q.measure == "displaced" and _returning(q.end, s, lex))]
    out.sort(key=lambda q: q.start)
    return out


def _received_cues(s: _Sent, lex: _Lex, found: list[_Cue]) -> list[_Cue]:
    """Rule received_prisoners: a verb of receiving (``received_prisoners.verbs``: تسلمت، تسلم) is a
    detained cue of persons only in a sentence of prisoners (one of ``received_prisoners.gate``: أسيرا،
    أسرى، تبادل): ``سلمت 44 أسيرا، وتسلمت في المقابل 12 من مواطنيها`` = 12 detained; a sentence with
    no prisoner word gives none (تسلم 300 خريج شهاداتهم)."""
    if lex.received_gate.quick_scan().search(s.t, s.cue_from) is None:
        return []  # (the cheap scan first: most sentences name no prisoner)
    if next(lex.received_gate.scan(s.t), None) is None:
        return []
    out = []
    for m in lex.received_verbs.scan(s.t, s.cue_from):
        if not any(q.start <= m.start() < q.end for q in found):
            conj = (m.group("pre") or "")[:1] in lex.conjunctions
            out.append(_Cue(m.start(), m.end(), "detained", "before", conj, people_only=True))
    return out


def _dual_agreement(c: _Cand, cue: _Cue, s: _Sent, lex: _Lex) -> bool:
    """Rule dual_agreement: a count of two (a dual noun, اثنين) and a dual predicate after it
    (``dual_predicates.verbs``: قتلا، أصيبا) agree in number, so the predicate is the count's up to
    ``dual_predicates.window`` words on: past a description (``صحافيان فرنسيان يعملان لصحيفة لوموند قد
    أصيبا``) or an aside set off by two commas that names the two, opened by one of
    ``dual_predicates.asides`` (``مدنيين اثنين، هما امرأة وطفل، قتلا``). Any other punctuation cuts."""
    if c.low != 2 or c.high != 2 or lex.dual_verbs.match(s.t, cue.start) is None:
        return False
    if s.words_between(c.np_end, cue.start) > lex.dual_window:
        return False
    i, j = bisect_left(s.tok_start, c.np_end), bisect_left(s.tok_start, cue.start)
    marks = [s.tok_start[k] for k in range(i, j)
             if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT]
    if not marks:
        return True
    return len(marks) == 2 and all(s.t[p] in _COMMAS for p in marks) \
        and s.words_between(c.np_end, marks[0]) == 0 \
        and lex.dual_asides.match(s.t, _skip_space(s.t, marks[0] + 1)) is not None


def _home_loss_cues(s: _Sent, lex: _Lex, found: list[_Cue], cands: list[_Cand] | None) -> list[_Cue]:
    """Rule home_lost: people who lost their homes are displaced. A verb of loss (``home_loss.verbs``:
    فقد، فقدوا) is a displaced cue when a home word (``home_loss.homes``: منازلهم، بيوتهم) follows the
    count it governs (``فقد عشرات الآلاف منازلهم``: the count at most three words on, no punctuation
    between) or, written after the count, follows the verb itself (``20 ألف شخص فقدوا منازلهم``). It
    replaces the cues the verb holds (a soldier's loss: فقدت 85 عسكريا; the missing: فقدوا)."""
    out: list[_Cue] = []
    if lex.homes_quick.search(s.t, s.cue_from) is None:
        return found  # no home word: most sentences (فقد is also a particle, so the verbs come second)
    for m in lex.home_loss_verbs.scan(s.t, s.cue_from):
        after = _skip_space(s.t, m.end())
        role = "after"
        home = lex.homes.match(s.t, after)
        if home is None:
            count = next((c for c in cands or () if c.start >= m.end()), None)
            if count is None or s.words_between(m.end(), count.start) > _GOVERN_GAP \
                    or s.punct_between(m.end(), count.start) \
                    or (home := lex.homes.match(s.t, _skip_space(s.t, count.np_end))) is None:
                continue
            role = "before"
        pre = m.group("pre") or ""
        # rule lives_lost: the same verb with a life word (فقد 5 أشخاص حياتهم، فقدوا أرواحهم) is a death
        out.append(_Cue(m.start(), m.end(), lex.homes.value(home), role,
                        bool(pre) and pre[0] in lex.conjunctions, people_only=True))
    if not out:
        return found
    return [q for q in found if not any(v.start <= q.start < v.end for v in out)] + out


def _listed_missing_cues(s: _Sent, lex: _Lex, found: list[_Cue], cands: list[_Cand]) -> list[_Cue]:
    """Rule listed_missing: in a list of tolls (a death or wound cue before it), a verb of loss joined by
    و with no object of its own, glued to the count after it (``home_loss.missing``: قتل 29 وأصيب 101
    آخرون، وفُقد 28), is the passive: the missing, measure other. Alone (فقدت 85 عسكريا) it stays a
    loss, and with a life or home word (rules lives_lost, home_lost) a death or a displacement."""
    out: list[_Cue] = []
    for m in lex.home_loss_verbs.scan(s.t, s.cue_from):
        pre = m.group("pre") or ""
        if not pre or pre[0] not in lex.conjunctions or s.t[m.start() + len(pre):m.end()] not in lex.missing \
                or not any(q.measure in _EVENT_MEASURES and q.end <= m.start() for q in found) \
                or any(q.start == m.start() and q.measure != "killed" for q in found):
            continue
        count = next((c for c in cands if c.start >= m.end()), None)
        if count is None or s.words_between(m.end(), count.start) != 0 \
                or lex.homes.match(s.t, _skip_space(s.t, count.np_end)) is not None:
            continue
        out.append(_Cue(m.start(), m.end(), "other", "before", True, listed=True))
    if not out:
        return found
    return [q for q in found if not any(v.start <= q.start < v.end for v in out)] + out


def _sheltered_at_base(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule sheltered_at_base: a shelter verb (لجأ، تؤوي) governs the count, with no punctuation between,
    and a peacekeepers' base (قاعدة قوات حفظ السلام) or, after a verb of housing (تؤوي), the forces' own camp
    (معسكرها) stands between them or within a few words after the count: people sheltered by a protecting
    force are evacuees (لجأ نحو ألفي شخص إلى قاعدة قوات حفظ السلام، تؤوي في معسكرها 620 مدنيا). Refuge at
    another base (لجأ آلاف إلى قاعدة جوية) and a flight toward one (نزوح آلاف نحو قاعدة) stay displaced."""
    t, n = s.t, lex.shelter_window
    lo, hi = max(0, c.start - 120), min(len(t), c.np_end + 40)
    if lex.shelter_verbs.quick_scan().search(t, lo, hi) is None:
        return False
    verb = next((m for m in reversed(list(lex.shelter_verbs.finditer(t, lo, c.start)))
                 if s.words_between(m.end(), c.start) <= n and not s.punct_between(m.end(), c.start)), None)
    bases: list[re.Match[str]] = []
    if verb is not None:
        bases = [b for b in lex.shelter_bases.finditer(t, verb.end(), min(len(t), c.np_end + 80))
                 if b.start() < c.start or (s.words_between(c.np_end, b.start()) <= 3
                                            and not s.punct_between(c.np_end, b.start()))]
    else:  # نحو 900 شخص لجؤوا إلى قاعدة: the verb right after the counted noun
        verb = lex.shelter_verbs.search(t, c.np_end, hi)
        if verb is None or s.words_between(c.np_end, verb.start()) > 1 \
                or s.punct_between(c.np_end, verb.start()):
            return False
        bases = [b for b in lex.shelter_bases.finditer(t, verb.end(), min(len(t), hi + 40))
                 if s.words_between(verb.end(), b.start()) <= 2
                 and not s.punct_between(verb.end(), b.start())]
    hosting = lex.shelter_hosts.match(t, verb.start()) is not None
    for b in bases:
        if lex.shelter_bases.value(b):
            if hosting:
                return True  # تؤوي في معسكرها: the forces house them in their own camp
            continue
        p = lex.shelter_protectors.search(t, b.end(), min(len(t), b.end() + 60))
        if p is not None and s.words_between(b.end(), p.start()) <= 3 \
                and not s.punct_between(b.end(), p.start()):
            return True
    return False


def _provided_for(c: _Cand, s: _Sent, lex: _Lex, back: int = 3) -> bool:
    """Rule provided_for: a count glued to the preposition ل with no toll noun of its own, a few words
    after a verb of provision (وفرت مساكن مؤقتة لنحو 28 ألفا منهم، قدمت مساعدات لـ500 منهم) counts the
    people helped, not a toll."""
    t = s.t
    if c.start == 0 or c.unit in lex.unit_measure:
        return False
    k = c.start - 1
    while k > 0 and t[k] in "\u0640 ":  # a tatweel or a space: لـ 500
        k -= 1
    if t[k] != lex.article[-1:] or (k > 0 and not t[k - 1].isspace()):
        return False
    return any(s.words_between(m.end(), k) <= back and not s.punct_between(m.end(), k)
               for m in lex.provision_verbs.finditer(t, max(0, k - 60), k))


def _beneficiaries(c: _Cand, s: _Sent, lex: _Lex, reach: int = 3) -> bool:
    """Rule beneficiaries: refugees or displaced people that a count names with its unit noun, the
    subject of a verb of receiving right after it (``beneficiary_verbs``: 2700 لاجئ سوري يستفيدون من
    لقاحات، 500 نازح يتلقون العلاج), with no verb of displacement in the sentence, count the people
    served, not a displacement toll; a war word or another displacement cue in the sentence keeps it
    (فر 500 لاجئ من الحرب ويتلقون المساعدات)."""
    if c.unit is None or lex.beneficiary_verbs.quick_scan().search(s.t, c.unit_end) is None:
        return False
    words = _words_after(c.unit_end, s, reach)
    if not any(lex.beneficiary_verbs.match(s.t, s.tok_start[k]) is not None for k in words):
        return False
    return not _war_word(s.t, lex) and not any(
        not (c.start <= m.start() < c.unit_end)
        and any(measure in ("displaced", "evacuated") for measure, _ in lex.cues.value(m))
        for m in lex.cues.finditer(s.t))


def _clause_window(s: _Sent, i: int, n: int, end: int) -> int:
    """Where a window of ``n`` words from token ``i`` on ends, within its clause (``end`` when it holds
    no token): the context windows of rules fate_unknown and of the verbs of leaving."""
    words = 0
    while i < len(s.tok_start) and words < n:
        if s.tok_word[i]:
            words += 1
        elif s.t[s.tok_start[i]] in _CLAUSE_PUNCT:
            break
        end = s.tok_end[i]
        i += 1
    return end


def _fate_cues(s: _Sent, lex: _Lex) -> list[_Cue]:
    """Rule fate_unknown: a fate noun (``fate.heads``: مصير) is a before cue of the missing (measure
    other) when a word saying that fate is unknown or the people missing (``fate.unknown``: مجهولا،
    المفقودين) follows it within ``fate.window`` words, with no clause punctuation between: ``مصير أكثر
    من 4600 شخص لا يزال مجهولا``، ``لا يزال مصير العشرات مجهولا``، ``الكشف عن مصير 3890 من مواطنيها
    المفقودين``. The fate of an agreement or of refugees in a donor's hands is none."""
    out: list[_Cue] = []
    if lex.fate_quick.search(s.t, s.cue_from) is None:
        return out
    for m in lex.fate_heads.finditer(s.t, s.cue_from):
        end = _clause_window(s, s.token_at(m.end()), lex.fate_window, m.end())
        if lex.fate_unknown.search(s.t, m.end(), end) is not None:
            pre = m.group("pre") or ""
            out.append(_Cue(m.start(), m.end(), "other", "before", bool(pre) and pre[0] in lex.conjunctions))
    return out


def _past_qualifier(t: str, pos: int, lex: _Lex) -> int:
    """Where the word after a national body's qualifier (``national_qualifiers``: القومي) starts, if
    one starts at ``pos``; else ``pos``."""
    return _skip_space(t, pos + len(w)) if (w := _word_at(t, pos)) in lex.national_qualifiers else pos


def _agent_gap_cues(s: _Sent, lex: _Lex, found: list[_Cue]) -> list[_Cue]:
    """Rule agent_gap: a cue noun of ``agent_gap.heads`` (سيطرة) with its agent written between it
    and its preposition (``agent_gap.links``: على) is a before cue of its measure ending at that
    preposition, the agent at most ``agent_gap.window`` words long with no punctuation or other cue
    in it: ``بسيطرة القوات الأرمينية على الإقليم وسبع مناطق``، ``سيطرة قواتهم على مديريتين``.
    The noun right before its preposition is a cue of the main list (السيطرة على)."""
    out: list[_Cue] = []
    if lex.gap_quick.search(s.t, s.cue_from) is None:
        return out
    for m in lex.gap_heads.finditer(s.t, s.cue_from):
        if any(q.start <= m.start() < q.end for q in found):
            continue
        measure = lex.gap_heads.value(m)
        links = lex.gap_links.get(measure)
        for k in _words_after(m.end(), s, lex.gap_window + 1)[1:] if links is not None else ():
            p = s.tok_start[k]
            link = links.match(s.t, p)
            if link is not None:
                if not any(m.end() <= q.start < p for q in found):
                    pre = m.group("pre") or ""
                    people = measure in lex.gap_people
                    out.append(_Cue(m.start(), link.end(), measure, "before",
                                    bool(pre) and pre[0] in lex.conjunctions, people_only=people,
                                    needs_person=people))
                break
    return out


def _exposure_cues(s: _Sent, lex: _Lex, found: list[_Cue], longest: int = 8) -> list[_Cue]:
    """Rule exposure: an exposure verb (``exposure.verbs``: تعرض، تعرضوا) with its complement
    (``exposure.measures``: للإصابة، لإصابات) is an after cue of that measure: ``تعرض (7) من رجال حرس
    الحدود للإصابة``، ``تعرض 7 أشخاص لإصابات``، ``وتعرضوا لإصابات``. The verb opens the phrase within
    ``longest`` words before the complement, with no punctuation or other cue between; it replaces
    the nominal cue the complement holds (إصابات after the count counts nothing of its own).
    Returns ``found`` with those cues."""
    for m in lex.exposed_to.scan(s.t, s.cue_from):
        verb = next((p for p in reversed(s.word_starts_before(m.start(), longest))
                     if lex.exposure_verbs.match(s.t, p)), None)
        if verb is None or any(verb < q.start < m.start() for q in found):
            continue
        if any(s.t[k] in _CLAUSE_PUNCT for k in range(verb, m.start())):
            continue
        found = [q for q in found if not (q.start < m.end() and m.start() < q.end)]
        found.append(_Cue(m.start(), m.end(), lex.exposed_to.value(m), "after", False))
    return found


def _names_place(q: _Cue, s: _Sent, lex: _Lex) -> bool:
    """Whether a cue written before its count is part of a place's name: a naming noun (مخيم، مراكز
    إيواء) one or two words before it, with no punctuation between (مخيم زمزم للنازحين)."""
    if q.role != "before":
        return False
    return any(lex.naming.match(s.t, p) is not None and not s.punct_between(p, q.start)
               for p in s.word_starts_before(q.start, 2))


def _returning(pos: int, s: _Sent, lex: _Lex) -> bool:
    """Whether a return word (عائدين، للعودة) follows ``pos`` (a displacement cue or a count of
    refugees) in its clause within the leaving window: people crossing a border on their way home
    are no displaced."""
    i, words, t = s.token_at(pos), 0, s.t
    while i < len(s.tok_start) and words < lex.leaving_window:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            if t[p] in _CLAUSE_PUNCT:
                return False
        else:
            if lex.returns.match(t, p) is not None:
                return True
            words += 1
        i += 1
    return False


def _returned_before(pos: int, s: _Sent, lex: _Lex, longest: int = 2) -> bool:
    """Rule returned_before: whether a return verb (``return_verbs``: عاد، عادت، يعود) stands within
    ``longest`` words before the count at ``pos`` with no punctuation between (عاد 500 نازح إلى
    منازلهم): a return is no toll, the returnees are displaced no longer."""
    return any(lex.return_verbs.match(s.t, p) is not None and not s.punct_between(p, pos)
               for p in s.word_starts_before(pos, longest))


# rule leave_gap: a verb of leaving governs a count at most this many words on, so the place left and a
# duration may stand between them (غادر كلبجار خلال يومين نحو 3 آلاف شخص): its window opens after the count
_LEAVE_GAP = 4


def _leaving_cues(s: _Sent, lex: _Lex, scope: Callable[[], _Words | None] | None,
                  cands: list[_Cand] | None = None) -> list[_Cue]:
    """Verbs of leaving (``غادر``، ``تركوا``، ``عبروا``) are displacement cues only when the words
    after them say people left their homes or the war zone: a home (``منازلهم``، ``ديارهم``), a flight
    word (``هربا``، ``فرارا``), a border or corridor (``الحدود``، ``ممر``), or the conflict's own
    region (a scope word of its gazetteer: ``غادروا قره باغ``). ``غادر 300 حاج مطار جدة`` is none.
    The window opens after the count a verb written before it governs (``وغادر أكثر من 10 آلاف مدني
    مدينة الفاشر خلال الأيام الماضية هربا``): the count phrase is not part of the context.
    ``scope`` is called only then: the article's gazetteer is chosen when first needed."""
    out: list[_Cue] = []
    t = s.t
    for m in lex.leaving.scan(t, s.cue_from):
        i = s.token_at(m.end())
        if lex.leaving.value(m) == "before":
            count = next((c for c in cands or () if c.start >= m.end()), None)
            if count is not None and s.words_between(m.end(), count.start) <= _LEAVE_GAP \
                    and not s.punct_between(m.end(), count.start):
                i = s.token_at(count.np_end)
        end = _clause_window(s, i, lex.leaving_window, m.end())
        if lex.leaving_protest.search(t, m.end(), end) is not None:
            continue  # rule leaving_protest: خرج آلاف إلى الشوارع مطالبين ...: a march, no flight
        if lex.leaving_context.search(t, m.end(), end) is None:
            region = scope() if scope is not None else None
            if region is None or region.search(t, m.end(), end) is None:
                continue
        pre = m.group("pre") or ""
        out.append(_Cue(m.start(), m.end(), "displaced", lex.leaving.value(m),
                        bool(pre) and pre[0] in lex.conjunctions, people_only=True))
    return out


_MOVES = ("displaced", "evacuated")  # measures of people moved: a route, not another toll's clause
_GOVERN_GAP = 3  # words a verb's own phrase (its subject, عبر الممر) may hold between it and its object


def _transferred(c: _Cand, lo: int, cues: list[_Cue], s: _Sent, lex: _Lex) -> bool:
    """Rule transferred: a transfer verb between ``lo`` and the count governs it (نقلت أكثر من 35
    جريحا: the wounded carried off are evacuees)."""
    return any(_governs(v.end(), c.start, cues, s) or _governs_past_source(v.end(), c.start, cues, s, lex)
               for v in lex.transfer.finditer(s.t, lo, c.start))


def _governs_past_source(end: int, start: int, cues: list[_Cue], s: _Sent, lex: _Lex) -> bool:
    """Rule transferred_past_source: a transfer verb governs a count past an attribution set off by two
    commas (a preposition of ``prepositions`` opening it: نقلت طائرة إيرانية، وفق السفارة في بيروت، 95 من
    الجرحى), its own words (its subject) at most ``_GOVERN_GAP`` in all, no cue of a toll between."""
    gap = _aside_gap(s, end, start, edge=_GOVERN_GAP)
    if gap is None or gap > _GOVERN_GAP:
        return False
    comma = next(p for p in range(end, start) if s.t[p] in _COMMAS)
    return lex.preps.match(s.t, _skip_space(s.t, comma + 1)) is not None \
        and not any(end <= q.start and q.end <= start and q.measure not in _MOVES for q in cues)


def _moved_people(c: _Cand, lo: int, cues: list[_Cue], s: _Sent, lex: _Lex, reach: int = 12) -> bool:
    """Rule moved_people: people a transfer verb carries somewhere are evacuees. The count's noun is a
    person (طفلا، مدنيا), a patient, a family or a survivor (``moved_people_units``) that a transfer
    verb governs (:func:`_transferred`: نقل 94 طفلا، نقلت نحو 250 من الناجين; the wounded are rule
    transferred's, and a predicate after them is not read: عشرات المصابين نقلوا إلى المستشفى are
    the attack's wounded); a destination (``transfer_destinations``: إلى) follows the verb's object
    within ``reach`` words, past an aside too
    (نقل 94 طفلا كانوا يتلقون العلاج، بينهم مرضى، إلى مستشفيات أخرى). A status noun keeps its measure
    (نقلت الحافلات 300 لاجئ stays displaced, 20 أسيرا نقلوا إلى سجن stays detained), and a sentence
    needs a toll cue of its own to be read at all, so buses taking pilgrims to Mecca give no claim;
    a return word before the destination (``return_words``: عادوا، عائدين) makes them returnees."""
    if c.unit in lex.unit_measure or (c.unit not in lex.moved_units
                                      and lex.nouns.get(c.unit or "") not in _PERSONS):
        return False  # (the cheap lookups before the verb's scan)
    if not _transferred(c, lo, cues, s, lex):
        return False
    after = _skip_space(s.t, c.np_end)
    dest = lex.destinations.search(s.t, after)
    if dest is None or s.words_between(after, dest.start()) > reach:
        return False
    # people taken home are returnees, no toll (تم نقل 12 ألف مواطن عالقين عادوا إلى اليمن)
    return lex.returns.search(s.t, after, dest.start()) is None


def _part_named(m: re.Match[str], head: _Cand, cues: list[_Cue]) -> str | None:
    """Rule part_named: a part marker that names its own total (``بين الجرحى``، ``من بين المصابين``:
    a toll cue inside the marker) gives the part that toll's measure, not the measure of the claim
    before it: in ``بين القتلى 14 عسكريا، وبين الجرحى 12 طفلا`` the 12 children are wounded. ``None``
    when the marker names no toll or the same one as the claim before."""
    named = [q for q in cues if q.role == "before" and m.start() <= q.start and q.end <= m.end()]
    if not named or named[-1].measure == head.measure:
        return None
    return named[-1].measure


def _paired_unit(c: _Cand, s: _Sent, lex: _Lex, next_start: int) -> str | None:
    """The measure of a second unit noun joined by a conjunction right after the count's noun
    (عشرات القتلى والجرحى، 4921 قتيلا وجريحا: the جرحى), or None; not when the next count follows
    that word (13 قتيلا وإصابة 23: a cue of the next count)."""
    i = s.token_at(c.np_end)
    if i < len(s.tok_start) and next_start < len(s.t) and s.words_between(s.tok_end[i], next_start) == 0:
        return None
    if i >= len(s.tok_start) or not s.tok_word[i]:
        return None
    w = s.t[s.tok_start[i]:s.tok_end[i]]
    if w[:1] not in lex.conjunctions or i == 0 or not s.tok_word[i - 1]:
        return None
    first, second = s.t[s.tok_start[i - 1]:s.tok_end[i - 1]], w[1:]
    bare_first, bare_second = _strip_article(first, lex.article), _strip_article(second, lex.article)
    end = lex.tamyiz_ending
    if (bare_first == first) != (bare_second == second) \
            or bare_first == first and (first[-1:] == end) != (second[-1:] == end):
        return None  # 30 قتيلا وجرحى كثيرون: two nouns of two phrases, not one pair
    return lex.unit_measure.get(bare_second)


def _governs(end: int, start: int, cues: list[_Cue], s: _Sent) -> bool:
    """A verb ending at ``end`` has the count at ``start`` as its object: at most ``_GOVERN_GAP``
    words between them, no clause punctuation and no cue of a toll between: a route (عبر الممر, read
    as a verb of leaving) is no other clause (أجلت عبر ممر لاتشين 23 مصابا)."""
    return s.words_between(end, start) <= _GOVERN_GAP and not s.punct_between(end, start) \
        and not any(end <= q.start and q.end <= start and q.measure not in _MOVES for q in cues)


#: Rule status_event_modified: words of a status noun's modifiers between it and its predicate.
_STATUS_MODIFIER_WORDS = 4
_EVENT_MEASURES = frozenset({"killed", "injured"})  # rule status_event_after: what befalls a status


_GROUP_TAIL_GAP = 8  # rule group_tail: the longest gap (in words) a count's armed-group phrase may make


def _comma_before(s: _Sent, a: int, b: int) -> bool:
    """Whether the only punctuation between ``a`` and ``b`` is one comma right before ``b``."""
    k = b - 1
    while k > a and s.t[k] == " ":
        k -= 1
    return k > a and s.t[k] in _COMMAS and not s.punct_between(a, k)


def _group_tail(c: _Cand, pos: int, s: _Sent, lex: _Lex, lead: int = 1) -> bool:
    """Rule group_tail: the words between a count of persons and a toll verb after it (``pos``) open,
    after at most ``lead`` adjective, with ``من`` + an armed group's noun (``group_nouns``): they name
    whose fighters are counted, so the verb is the count's predicate though the phrase is long (``نحو
    260 مقاتلا كرديا من حزب العمال الكردستاني قتلوا``، ``40 عنصرا من تنظيم داعش في المدينة قتلوا``)."""
    if c.unit is None or lex.nouns.get(c.unit) not in _PERSONS:
        return False
    words = _words_after(c.np_end, s, lead + 2)
    for k, i in enumerate(words[:lead + 1]):
        if _single_refiner(i, s, lex):
            return k + 1 < len(words) and s.tok_start[words[k + 1]] < pos \
                and lex.groups.match(s.t, s.tok_start[words[k + 1]]) is not None
    return False


def _partitive_persons(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Whether ``c`` is a count of persons written as a partitive: the number, من and a noun of
    persons (``15 من المسلحين``)."""
    if c.unit is None or lex.nouns.get(c.unit) not in _PERSONS:
        return False
    words = _words_after(c.end, s, 1)
    return bool(words) and _single_refiner(words[0], s, lex) and s.tok_start[words[0]] < c.np_end


def _resident_tail(c: _Cand, pos: int, s: _Sent, lex: _Lex) -> bool:
    """Rule resident_tail_comma: right after a count of persons, a refiner (من) and a residents' noun
    (``resident_nouns``: سكان، أهالي) before ``pos``."""
    if c.unit is None or lex.nouns.get(c.unit) not in _PERSONS:
        return False
    words = _words_after(c.np_end, s, 2)
    return len(words) == 2 and _single_refiner(words[0], s, lex) and s.tok_start[words[1]] < pos \
        and _strip_article(_word_at(s.t, s.tok_start[words[1]]), lex.article) in lex.residents


def _bracketed_event(c: _Cand, m: str, cues: list[_Cue], s: _Sent, lex: _Lex, prev_end: int,
                     longest: int = 3) -> _Cue | None:
    """Rule bracketed_status: a count of a status noun (``أسيرا``) in brackets right after the same
    status noun (``أسرى``, up to ``longest`` words before the bracket) restates it, so an event cue glued
    before that noun says what befell them: ``قامت بإعدام أسرى جنوبيين (12 أسيرا)`` = 12 killed."""
    k = s.token_at(c.start) - 1
    while k >= 0 and not s.tok_word[k] and s.t[s.tok_start[k]].isspace():
        k -= 1
    if k < 0 or s.tok_word[k] or s.t[s.tok_start[k]] != "(":
        return None
    for p in s.word_starts_before(s.tok_start[k], longest):
        if p < prev_end:
            return None
        if lex.unit_measure.get(_strip_article(_word_at(s.t, p), lex.article)) != m:
            continue
        return next((q for q in reversed(cues) if q.role == "before" and q.measure in _EVENT_MEASURES
                     and prev_end <= q.start and q.end <= p and _glued(s, q.end, p)), None)
    return None


def _glued(s: _Sent, end: int, pos: int) -> bool:
    """No word and no clause punctuation between ``end`` and ``pos``: what ends at ``end`` (a cue,
    a part word) is glued right before what starts at ``pos`` (the count)."""
    return s.words_between(end, pos) == 0 and not s.punct_between(end, pos)


def _resumptive(s: _Sent, end: int, pos: int, lex: _Lex) -> bool:
    """Rule status_resumptive: one of ``resumptive_prepositions`` alone between ``end`` (an event cue)
    and ``pos`` (a status noun's count): ``الذي قتل فيه 334 رهينة`` = the hostages were killed."""
    return s.words_between(end, pos) == 1 and not s.punct_between(end, pos) \
        and _word_at(s.t, _skip_space(s.t, end)) in lex.resumptive


def _list_before_predicate(c: _Cand, i: int, cands: list[_Cand], cue: _Cue, cues: list[_Cue],
                           prev_start: int, s: _Sent, lex: _Lex) -> bool:
    """Rule list_before_predicate: two counts of persons joined by و, each with its counted noun, and
    one predicate cue after the second (within four words of its noun phrase, no punctuation): the
    predicate is the first count's too (أربعة جنود وثمانية مسلحين قتلوا، 3 من أفرادها و5 مهاجمين
    لقوا حتفهم). Only when no cue stands before the first count in its clause, and neither noun names
    a measure of its own (4 جرحى و3 جنود قتلوا keeps the wounded)."""
    if cue.conj or c.unit in lex.unit_measure:
        return False
    d = next((e for e in cands[i + 1:] if e.kind != "skip"), None)
    if d is None or d.unit is None or d.unit in lex.unit_measure or lex.nouns.get(d.unit) not in _PERSONS:
        return False
    if not d.np_end <= cue.start or s.punct_between(c.np_end, cue.start) \
            or s.words_between(d.np_end, cue.start) > 4:
        return False
    if c.unit is None:  # a partitive: أربعة من جنود الشرطة، أربعة من أفرادها
        if s.words_between(c.np_end, d.start) > 3:
            return False
        if _refine(c.np_end, s, lex) not in _PERSONS:
            r = lex.refiners.match(s.t, _skip_space(s.t, c.np_end))
            if r is None or lex.own_nouns.match(s.t, _skip_space(s.t, r.end())) is None:
                return False
    elif lex.nouns.get(c.unit) not in _PERSONS or s.words_between(c.np_end, d.start) > 1:
        return False
    k = d.start - 1
    glued = k >= 0 and s.t[k] in lex.conjunctions and s.t[k - 1].isspace()
    if not glued and s.t[c.np_end:d.start].strip() not in lex.conjunctions:
        return False
    if any(q.start >= d.np_end and q.start < cue.start for q in cues):
        return False  # another cue between: the predicate is that clause's
    return not any(q.role == "before" and prev_start <= q.start and q.end <= c.start for q in cues)


def _population_aside(c: _Cand, next_start: int, later: list[_Cand], s: _Sent, lex: _Lex) -> int | None:
    """Where a population count right after ``c``'s noun phrase ends (``البالغ عددهم 2.3 مليون نسمة``:
    a count cue opening it, past at most two words, the next count right after the cue, then at most
    its unit), else ``None``: rule population_aside reads the predicate after it as ``c``'s."""
    if next_start >= len(s.t) or not later:
        return None
    m = lex.population_count.search(s.t, c.np_end, next_start)  # (past the population's noun: القطاع)
    if m is None or s.words_between(c.np_end, m.start()) > 2 or s.words_between(m.end(), next_start) > 0 \
            or s.punct_between(c.np_end, next_start):
        return None
    nxt = next(d for d in later if d.start == next_start)
    if nxt.unit is not None and nxt.unit not in lex.population_units:
        return None
    return max(nxt.end, nxt.np_end, nxt.unit_end or 0)


def _measure(c: _Cand, i: int, cands: list[_Cand], cues: list[_Cue], claims: list[_Cand],
             s: _Sent, lex: _Lex, attrs_pos: list[int]) -> None:
    """Decide whether ``c`` is a claim and of what measure (sets ``c.measure`` and ``c.rule``)."""
    # a duration (خلال 44 يوما) is no count: it does not cut a cue from the count after it
    prev_start = next((d.end for d in reversed(cands[:i]) if d.kind != "skip"), 0)
    next_start = next((d.start for d in cands[i + 1:] if d.start >= c.np_end), len(s.t))
    # 1. the counted noun names the measure
    if c.kind == "dual" and c.dual_measure:
        if c.dual_measure in lex.status_measures and (
                events := _status_events(c, c.dual_measure, cues, s, lex, prev_start, resumptive=False)):
            event = events[-1]
            # a dual of a status noun yields to an event cue right before it, as a count does
            # (وفاة جريحين = killed)
            c.measure, c.rule, c.cue_end = event.measure, f"cue_before:{event.measure}", event.end
            return
        c.measure, c.rule = c.dual_measure, f"unit:{c.dual_measure}"
        return
    if c.unit is None and c.qualifier == "vague" and (m := _noun_before_vague(c, s, lex)) is not None:
        c.measure, c.rule = m, f"vague_after_noun:{m}"
        return
    if c.unit and _moved_people(c, prev_start, cues, s, lex):
        c.measure, c.rule = "evacuated", "moved_people:evacuated"
        return
    if c.unit and c.unit in lex.unit_measure:
        m = lex.unit_measure[c.unit]
        prev_end = cands[i - 1].end if i else 0
        over = [q for q in cues if q.role == "before"
                and (m in lex.overriding.get(q.measure, ()) or m in lex.overriding_status.get(q.measure, ()))
                and prev_end <= q.start and q.end <= c.start and _governs(q.end, c.start, cues, s)]
        if over:  # أجلت 17 جريحا، أجلت عبر الممر 23 مصابا: the wounded are counted as evacuees
            cue = over[-1]
            c.measure, c.rule, c.cue_end = cue.measure, f"cue_over_unit:{cue.measure}", cue.end
            return
        after = _skip_space(s.t, c.np_end)
        if m in lex.overriding.get("evacuated", ()) and lex.airlift.match(s.t, after) is not None:
            # rule airlifted: نقل نحو 290 مصابا جوا إلى أرمينيا: wounded flown out are evacuees
            c.measure, c.rule = "evacuated", "airlifted:evacuated"
            return
        if m in lex.overriding.get("evacuated", ()) and _transferred(c, prev_end, cues, s, lex):
            # rule transferred: نقلت أكثر من 35 جريحا إلى المستشفيات: wounded carried off are evacuees
            c.measure, c.rule = "evacuated", "transferred:evacuated"
            return
        if m in lex.status_measures:
            # a status noun (prisoners, refugees) yields to an event cue right before the count:
            # executed 8 prisoners were killed, 5 refugees wounded were injured
            prev_end = cands[i - 1].end if i else 0
            right = _status_events(c, m, cues, s, lex, prev_end)
            if not right and (bracketed := _bracketed_event(c, m, cues, s, lex, prev_end)) is not None:
                c.measure, c.rule, c.cue_end = bracketed.measure, f"bracketed_status:{bracketed.measure}", \
                    bracketed.end
                return
            if right:
                cue = right[-1]
                c.measure, c.rule, c.cue_end = cue.measure, f"cue_before:{cue.measure}", cue.end
                if m == "detained" and cue.measure == "displaced":
                    c.rule += "+escaped_prisoners"
                    c.drop = True  # rule escaped_prisoners: فرار 600 أسير من المعسكر: an escape, no toll
                return
            # rule status_event_after: a predicate of death or wounds glued right after the status
            # noun tells what befell them (أكثر من 30 ألف معتقل قضوا في السجن, 12 لاجئا أصيبوا: killed,
            # injured); a move (20 أسيرا نقلوا إلى سجن) is no event and keeps the status
            after_np = _skip_space(s.t, c.np_end)
            event = next((q for q in cues if q.role == "after" and q.start == after_np and not q.conj
                          and q.measure in _EVENT_MEASURES), None) if after_np < next_start else None
            bound = next_start
            if event is None:
                # rule status_event_modified: past the noun's modifiers (an adjective, a من phrase whose
                # number counts no persons: 37 رهينة أجنبية من 8 جنسيات قتلوا), no punctuation between
                bound = next((d.start for d in cands[i + 1:] if d.start >= c.np_end and d.kind != "skip"),
                             len(s.t))
                event = next((q for q in cues if q.role == "after" and after_np < q.start < bound
                              and not q.conj and q.measure in _EVENT_MEASURES
                              and s.words_between(c.np_end, q.start) <= _STATUS_MODIFIER_WORDS
                              and not s.punct_between(c.np_end, q.start)
                              and not any(after_np <= o.start < q.start for o in cues)), None)
            if event is not None and m == "displaced" and lex.beneficiary_verbs.match(s.t, event.start):
                event = None  # rule treated_displaced: 500 نازح يتلقون العلاج: served, not wounded
            if event is not None and event.start < bound:
                c.measure, c.rule, c.cue_end = event.measure, f"status_event_after:{event.measure}", event.end
                event.used_after = True
                return
        if m == "displaced" and (_returning(c.np_end, s, lex) or _returned_before(c.start, s, lex)):
            return  # 3 آلاف لاجئ عبروا الحدود عائدين إلى قراهم، عاد 500 نازح: returnees
        if (paired := _paired_unit(c, s, lex, next_start)) is not None and paired != m:
            # rule paired_units: عشرات القتلى والجرحى: one count of the dead and the wounded together
            c.measure, c.rule = lex.combined_measure, f"paired_units:{m}+{paired}"
            return
        c.measure, c.rule = m, f"unit:{m}"
        # a toll head written before the count describes it (الحصيلة الإجمالية للقتلى المدنيين
        # الأذربيجانيين إلى 61 قتيلا): its words give the subject and the side, and the next
        # item of the list (و291 جريحا) shares them
        before = [q for q in cues if q.end <= c.start and q.role == "before" and q.measure == m
                  and q.end > prev_start]
        head_cue = _head_cue(c, before, s, lex) if before else None
        if head_cue is not None:
            c.head_end = head_cue.end
            c.cue_end = max(q.end for q in before if q.end >= head_cue.end)  # للقتلى المدنيين
            c.rule += "+head"
        elif claims and claims[-1].head_end is not None \
                and _is_list_item(c, claims[-1], s, lex, cues, attrs_pos):
            c.head = claims[-1]
            c.rule += "+head_list"
        return
    # 2. a predicate right after the counted noun phrase
    agreed = ""
    aside_end = _population_aside(c, next_start, cands[i + 1:], s, lex)
    for cue in cues:
        if cue.start < c.np_end or cue.role != "after":
            continue
        if aside_end is not None and aside_end <= cue.start and not s.punct_between(aside_end, cue.start) \
                and s.words_between(aside_end, cue.start) == 0 and not cue.conj:
            # rule population_aside: نحو 1.7 مليون من سكان القطاع البالغ عددهم 2.3 مليون نسمة نزحوا: the
            # population's count is an aside; the predicate after it is the first count's
            c.measure, c.rule = cue.measure, f"cue_after:{cue.measure}+population_aside"
            _take_flags(c, cue)
            return
        if cue.start >= next_start and _restating_gap(c, cue.start, s, lex) is None:
            if _list_before_predicate(c, i, cands, cue, cues, prev_start, s, lex):
                c.measure, c.rule = cue.measure, f"cue_after:{cue.measure}+list_before_predicate"
                _take_flags(c, cue)
                return
            continue
        gap = s.words_between(c.np_end, cue.start)
        if s.punct_between(c.np_end, cue.start):
            gap = _restating_gap(c, cue.start, s, lex)
            if gap is None and _described_count(c, cue.start, s, lex):
                gap, agreed = 0, "+described_count"
        if gap is not None and 4 < gap <= _GROUP_TAIL_GAP and not cue.conj \
                and _group_tail(c, cue.start, s, lex):
            gap, agreed = 0, "+group_tail"  # 260 مقاتلا كرديا من حزب العمال الكردستاني قتلوا
        if gap is None and not cue.conj and _comma_before(s, c.np_end, cue.start) \
                and s.words_between(c.np_end, cue.start) <= _GROUP_TAIL_GAP \
                and _group_tail(c, cue.start, s, lex, lead=2):
            # rule group_tail_comma: 19 عنصرا على الأقل من الجيش والشرطة التركيين، قتلوا: the group
            # phrase, closed by a comma, still names whose members the verb after it counts
            gap, agreed = 0, "+group_tail_comma"
        if gap is None and not cue.conj and _comma_before(s, c.np_end, cue.start) \
                and s.words_between(c.np_end, cue.start) <= 4 and _partitive_persons(c, s, lex):
            # rule partitive_comma: 15 من المسلحين الحوثيين وقوات صالح، قتلوا: a partitive count of persons
            # whose group phrase a comma closes keeps the verb right after the comma as its predicate
            gap, agreed = 0, "+partitive_comma"
        if gap is None and not cue.conj and _comma_before(s, c.np_end, cue.start) \
                and s.words_between(c.np_end, cue.start) <= 4 and _resident_tail(c, cue.start, s, lex):
            # rule resident_tail_comma: 40 شخصا من سكان المدينة، قتلوا: a من phrase naming the residents a
            # count of persons belongs to, closed by a comma, leaves the verb after it the count's predicate
            gap, agreed = 0, "+resident_tail_comma"
        if (gap is None or gap > 4) and not cue.conj and _dual_agreement(c, cue, s, lex):
            gap, agreed = 0, "+dual_agreement"  # صحافيان فرنسيان يعملان لصحيفة لوموند قد أصيبا
        if cue.conj or gap is None or gap > 4:
            break
        if lex.contrasts.search(s.t, c.np_end, cue.start) is not None:
            # rule contrast_predicate: نحو 1.8 مليون شخص، بينهم ...، فيما دمرت 60 ألف منشأة: a predicate
            # past a contrast opener (فيما، بينما) opens a clause of its own, with its own count
            break
        rel = lex.relatives.search(s.t, c.np_end, cue.start)
        who = [m for p in s.word_starts_before(cue.start, 1) if p > c.np_end
               and (m := lex.who.match(s.t, p)) is not None and _skip_space(s.t, m.end()) == cue.start]
        if (rel is not None and s.words_between(c.np_end, rel.start()) > 0) or who:
            break  # وزار 300 شخص قبور الذين قتلوا، طالب 50 نائبا بمحاسبة من أعدموا: another noun's dead
        if any(_word_at(s.t, p) in lex.superlatives for p in s.word_starts_before(cue.start, 4)
               if p >= c.np_end):
            break  # rule superlative_toll: وإصابة مئات آخرين في أعلى حصيلة من القتلى: the record's noun
        if any(q.role == "before" and q.conj and q.measure == cue.measure and c.np_end <= q.start < cue.start
               for q in cues):
            break  # قتل منهم 68 وأصيب الباقون بجروح: بجروح completes the clause أصيب opens
        prev_end = cands[i - 1].end if i else 0
        if any(q.role == "before" and cue.measure in lex.overriding.get(q.measure, ()) and prev_end <= q.start
               and q.end <= c.start and _glued(s, q.end, c.start) for q in cues):
            break  # إجلاء نحو 600 طفل كانوا يتلقون العلاج: the evacuation counts them
        if cue.measure in lex.status_measures and (
                (gap <= 1 and lex.nouns.get(c.unit or "") in _PERSONS)
                or (gap <= 2 and c.unit is None and _refine(c.np_end, s, lex) in _PERSONS)) \
                and any(q.role == "before" and q.measure in _EVENT_MEASURES and prev_end <= q.start
                        and q.end <= c.start and _governs(q.end, c.start, cues, s) for q in cues):
            break  # rule status_after_event: إعدام 7 جنود أرمن أسرى، مقتل 3 مدنيين محتجزين: a status word
            # right after a person noun (and its adjective) or a partitive (8 من الجنود الأسرى) says who
            # they were; the event cue that governs the count, glued or past the verb's subject (أعدمت
            # الجماعة 8 جنود أسرى), says what befell them (a status word further on, or after a building,
            # is another clause's: أصابت 15 مدرسة تؤوي نازحين)
        if gap and _word_at(s.t, cue.start).endswith(lex.object_after) and any(
                q.role == "before" and not q.people_only and q.measure != cue.measure
                and prev_end <= q.start and q.end <= c.start and s.words_between(q.end, c.start) <= 1
                and not s.punct_between(q.end, c.start) for q in cues):
            break  # rule governed_first: شهادات وفاة لـ 27 عنصرا قالوا إن التنظيم اختطفهم: a verb with its
            # object pronoun (object_after_cues) a few words on yields to the cue glued before the count
        for q in cues:
            if q.start == cue.start:
                q.used_after = True
        alt = next((q for q in cues if q.role == "after" and q.measure != cue.measure
                    and q.start >= cue.end and _alternative(cue, q, s, lex)), None)
        if alt is not None:
            # rule alternative_measures: أصيبوا أو قتلوا: one count of two tolls, neither alone
            c.measure, c.rule = lex.combined_measure, f"cue_after:{cue.measure}+{alt.measure}+alternative"
            if (kept := lex.alternative_kept.get(frozenset((cue.measure, alt.measure)))) is not None:
                # rule killed_or_missing: قتلوا أو فقدوا: the missing of a fight are counted with its dead
                c.measure, c.rule = kept, f"cue_after:{kept}+killed_or_missing"
            return
        c.measure, c.rule = cue.measure, f"cue_after:{cue.measure}{agreed}"
        _take_flags(c, cue)
        return
    # 3. the part of a total, 4. the next item of a list
    head = claims[-1] if claims else None
    if head is not None and (gap := _restates(c, head, s, lex)) is not None:
        c.measure, c.rule, c.head = head.measure, f"restated:{head.measure}", head
        if gap:
            c.rule += "+restated_after_predicate"
        return
    after = _skip_space(s.t, c.np_end)
    if c.unit is None and s.t.startswith(")", after) and _bracket_open(s.t, c.start) < c.start:
        after = _skip_space(s.t, after + 1)  # rule bracketed_part: استشهاد (15) مصليا (5) منهم
    pro = None if head is None or c.unit is not None else lex.part_after.match(s.t, after)
    if pro is not None:
        total = ""
        while head.head is not None and head.rule.startswith(_PART_RULES) and c.low > head.high:
            # rule part_of_total: a part larger than the part before it is its total's (79 شخصا، بينهم 16
            # طفلا، لا يزال 28 منهم في المستشفيات: 28 of the 79, not of the 16 children)
            head, total = head.head, "+part_of_total"
        # rule part_after: ولا يزال نحو 300 ألف منهم في المخيمات: a part of the total before it, with
        # the measure of a cue that governs it (قتل 5 منهم), or the total's; wounded carried off are
        # evacuees (نقل 142 منهم جوا)
        own = [q for q in cues if q.role == "before" and head.end <= q.start and q.end <= c.start
               and _glued(s, q.end, c.start)]
        measure, rule = (own[-1].measure, "part_after_cue") if own else (head.measure, "part_after")
        carried = (lex.airlift.match(s.t, _skip_space(s.t, pro.end())) is not None
                   or _transferred(c, head.end, cues, s, lex))
        if measure in lex.overriding.get("evacuated", ()) and not own and carried:
            measure, rule = "evacuated", "part_after_transferred"
        c.measure, c.rule, c.head = measure, f"{rule}:{measure}{total}", head
        return
    if head is not None:
        for m in lex.part.finditer(s.t, max(prev_start, head.start), c.start):
            if _glued(s, m.end(), c.start):
                own = [q for q in cues if q.role == "before" and q.end <= m.start() and q.start >= head.end
                       and _glued(s, q.end, m.start())]
                if own:  # قُتل منهم 68: the part's own cue gives its measure
                    c.measure, c.rule, c.head = own[-1].measure, f"part_cue:{own[-1].measure}", head
                    return
                named = _part_named(m, head, cues)
                if named is not None:  # بين القتلى 14 عسكريا، وبين الجرحى 12 طفلا: the injured's part
                    c.measure, c.rule = named, f"part_named:{named}"
                    return
                c.measure, c.rule, c.head = head.measure, f"part_of:{head.measure}", head
                return
        if _is_list_item(c, head, s, lex, cues, attrs_pos):
            c.measure, c.rule, c.head = head.measure, f"list:{head.measure}", head
            if s.words_between(head.np_end, c.start) > _NEAR_LIST_LINK:
                c.rule += "+list_link_far"
            c.loss_cue = head.loss_cue  # فقدت 150 جنديا و3 طائرات: the planes are lost too
            return
    rel = _relative_head(c, cues, s, lex, prev_start)
    if rel is not None:
        # rule relative_head: عدد الذين نزحوا من منازلهم بلغ 5 آلاف: the relative clause's predicate
        # names what the head counts, the reach verb gives the count
        c.measure, c.rule = rel.measure, f"relative_head:{rel.measure}"
        c.cue_end = c.head_end = rel.end
        _take_flags(c, rel)
        return
    described = _described_head(c, cues, s, lex)
    if described is not None:
        # rule described_head: عدد الأرمن المحتجزين في سجون باكو بات 23، حصيلة القرى المحررة إلى 120
        c.measure, c.rule = described[0], f"described_head:{described[0]}"
        c.cue_end = described[1]
        if described[1] < c.start:  # a head before the count: its words describe it (عدد الأرمن ...)
            c.head_end = described[3]
        if c.unit is None or lex.heads.match(c.unit, 0) is not None:
            c.unit = described[2]  # حصيلة المدن والبلدات والقرى المحررة: places; إلى 8 عدد: no noun
        return
    # 5. a cue right before, 6. further back in the clause
    before = [cue for cue in cues if cue.end <= c.start and cue.role == "before" and not cue.used_after
              and cue.end > prev_start]
    if before:
        cue = max(before, key=lambda q: (q.end, q.end - q.start))
        gap = s.words_between(cue.end, c.start)
        clean = not s.punct_between(cue.end, c.start)
        aside = None  # the rule that read past an aside set off by commas, if one did
        if not clean and (outside := _aside_gap(s, cue.end, c.start)) is not None:
            gap, clean, aside = outside, True, "cue_aside"  # دمرت، خلال معارك عنيفة، 12 دبابة
        elif not clean and (outside := _head_relative_aside(cue, c, s, lex)) is not None:
            gap, clean, aside = outside, True, "head_relative_aside"
        elif not clean and (outside := _head_cause_aside(cue, c, s, lex)) is not None:
            gap, clean, aside = outside, True, "head_cause_aside"
        c.cue_end = cue.end
        if _head_cue(c, [cue], s, lex) is cue:
            c.head_end = cue.end  # عدد القتلى من الجانبين تجاوز 5 آلاف: the head's words describe the count
        if gap <= 3 and clean:
            other = [q for q in cues if q.end <= cue.start and q.role == "before" and q.measure != cue.measure
                     and not q.used_after
                     and (cue.conj and _glued(s, q.end, cue.start)  # الجرحى، واستشهاد 9: a new item
                          or _alternative(q, cue, s, lex))
                     and not _predicate_of_count(q, cues, cands[:i], s)]
            if other:
                alt = "+alternative" if _alternative(other[-1], cue, s, lex) else ""
                c.measure, c.rule = lex.combined_measure, f"cue_before:{other[-1].measure}+{cue.measure}{alt}"
                if alt and (kept := lex.alternative_kept.get(frozenset((other[-1].measure, cue.measure)))):
                    c.measure, c.rule = kept, f"cue_before:{kept}+killed_or_missing"  # مقتل أو فقدان 40
                return
            c.measure, c.rule = cue.measure, f"{aside or 'cue_before'}:{cue.measure}"
            _take_flags(c, cue)
            return
        if clean and (gap <= 8 or s.undated_words_between(cue.end, c.start) <= 8) \
                and (aside or not any(cue.end <= p < c.start for p in attrs_pos)):
            paired = [q for q in cues if cue.conj and q.role == "before" and q.measure != cue.measure
                      and not q.used_after and q.end <= cue.start and _glued(s, q.end, cue.start)]
            if paired:
                # rule paired_far: عدد القتلى والجرحى المدنيين ... من 311: one count of the dead and the
                # wounded together, however far the count stands from the pair
                c.measure = lex.combined_measure
                c.rule = f"cue_far:{paired[-1].measure}+{cue.measure}+paired_far"
                return
            c.measure, c.rule = cue.measure, f"{aside or 'cue_far'}:{cue.measure}"
            _take_flags(c, cue)
            return
        if not clean and _linked_single(c, cue, claims, s, lex):
            c.measure, c.rule = cue.measure, f"list_link_single:{cue.measure}"
            _take_flags(c, cue)
            return
        head_cue = _head_cue(c, before, s, lex)
        if head_cue is not None:
            c.measure, c.rule, c.cue_end = head_cue.measure, f"cue_head:{head_cue.measure}", head_cue.end
            c.head_end = head_cue.end
            return
    # 7. a person noun in a sentence that holds a cue takes the nearest cue
    if c.kind == "number" and c.unit and lex.nouns.get(c.unit) in _SPECIFIC and cues \
            and not _present_people(c, s, lex):
        usable = [q for q in cues if not (q.start < c.end and c.start < q.end)
                  and not (q.start >= c.end and _cue_of_other_clause(c, q, s, lex, attrs_pos))
                  and not _group_noun_before(c, q, s, lex)]
        if usable:
            q = min(usable, key=lambda q: (abs((q.end if q.end <= c.start else q.start) - c.start)
                                           + (0 if q.end <= c.start else 10_000)))
            c.measure, c.rule = q.measure, f"sentence_cue:{q.measure}"
            return
    # 8. more of the previous claim's toll: أضافت إلى قائمتها 25 جنديا آخرين
    if c.measure is None and c.kind == "number" and claims and claims[-1].measure \
            and _added_others(c, claims[-1], s, lex):
        c.measure, c.rule, c.head = claims[-1].measure, f"added:{claims[-1].measure}", None
    # 9. the total the previous toll raises: ليرتفع العدد الإجمالي إلى نحو 105 آلاف
    if c.measure is None and c.unit is None and claims and claims[-1].measure \
            and _restated_total(c, claims[-1], s, lex):
        c.measure, c.rule, c.head = claims[-1].measure, f"restated_total:{claims[-1].measure}", None


def _group_noun_before(c: _Cand, q: _Cue, s: _Sent, lex: _Lex) -> bool:
    """Rule group_noun_clause: a cue that is a definite counted noun (one of a measure's ``units``
    with the article: اللاجئين، النازحين) in a clause before the count names a group of its own, no
    event that befell the count: واجباتها تجاه اللاجئين، ويهدد التحاق قرابة نصف مليون طالب (the pupils
    are no refugees' toll). A verb or a verbal noun there (نزح، مقتل) still gives its measure, and so
    does the group one of ``group_partitives`` opens (من بين المعتقلين، البالغ عددهم 33 شخصا، 24 طالبا)."""
    if q.end > c.start or not s.punct_between(q.end, c.start):
        return False
    word = s.t[q.start:q.end]
    if not (word.startswith(lex.article) and _strip_article(word, lex.article) in lex.unit_measure):
        return False
    # من بين المعتقلين، البالغ عددهم 33 شخصا، 24 طالبا: a partitive makes the group the count's whole
    return _phrase_before(lex.group_partitives, q.start, s) is None


def _cue_of_other_clause(c: _Cand, q: _Cue, s: _Sent, lex: _Lex, attrs_pos: list[int]) -> bool:
    """Rule sentence_cue_clause: a cue after the count that a relative pronoun (``head_relatives``:
    التي، الذين) or a report's verb (another statement) sets apart is another noun's, no toll of the
    count's: نحو 600 تلميذ من أبناء الأسر التي لجأت إلى مصر (the families fled, not the pupils); 340
    ألف طالب جلسوا للامتحانات، مشيرا إلى أن الوزارة وفرت مراكز للطلاب النازحين. A purpose clause
    after a comma stays the count's (تؤوي 620 مدنيا، تمهيدا لنقلهم)."""
    if any(c.end <= p < q.start for p in attrs_pos):
        return True
    return any(lex.relatives.match(s.t, p) is not None
               for p in s.tok_start[bisect_left(s.tok_start, c.np_end):bisect_left(s.tok_start, q.start)])


def _present_people(c: _Cand, s: _Sent, lex: _Lex, longest: int = 12) -> bool:
    """Rule present_people: a count of persons whose own predicate, right after its noun phrase or past a
    restating aside (معظمهم من النساء), opens with a form of كان (``pluperfect_markers``: نحو 4 آلاف مدني،
    معظمهم من النساء، كانوا ينتظرون في المحطة) says where they were or what they did: people present at a
    site, no toll for a cue elsewhere in the sentence to take (rule sentence_cue)."""
    after = _skip_space(s.t, c.np_end)
    if lex.pluperfect.match(s.t, after) is not None:
        return True
    first, commas, k = s.token_at(c.np_end), 0, 0
    for k in range(first, min(len(s.tok_start), first + longest)):
        if not s.tok_word[k] and s.t[s.tok_start[k]] in _COMMAS:
            commas += 1
            if commas == 2:
                break
    else:
        return False
    if commas != 2 or k + 1 >= len(s.tok_start):
        return False
    pred = s.tok_start[k + 1]
    return lex.pluperfect.match(s.t, pred) is not None and _restating_gap(c, pred, s, lex) == 0


def _noun_before_vague(c: _Cand, s: _Sent, lex: _Lex) -> str | None:
    """Rule vague_after_noun: a vague count glued to a link of ``vague_links`` (ب) right after a toll
    noun counts that noun's measure: ``قتلى بالعشرات``، ``جرحى بالمئات``، ``نازحون بالآلاف``."""
    link = s.t[s.tok_start[k]:c.start] if (k := s.token_at(c.start - 1)) < len(s.tok_start) else ""
    if not link or link not in lex.vague_links or s.tok_end[k] != c.end or k == 0 or not s.tok_word[k - 1]:
        return None
    return lex.unit_measure.get(_strip_article(s.t[s.tok_start[k - 1]:s.tok_end[k - 1]], lex.article))


def _alternative(q: _Cue, r: _Cue, s: _Sent, lex: _Lex) -> bool:
    """Rule alternative_measures: cue ``q`` and the later cue ``r`` are joined by one of
    ``alternative_links`` alone (قتلوا أو أصيبوا، مقتل أو إصابة): one count of either toll."""
    if q.end > r.start or s.punct_between(q.end, r.start):
        return False
    between = s.t[q.end:r.start].split()
    return len(between) == 1 and between[0] in lex.alternatives


def _predicate_of_count(q: _Cue, cues: list[_Cue], before: list[_Cand], s: _Sent,
                        longest: int = 6) -> bool:
    """Rule predicate_not_combined: a cue that is also a predicate form (role ``after``) and follows a
    count within ``longest`` words is that count's predicate, not the first half of a combined cue:
    ``390 مقاتلا قتلوا وجرح 400 آخرون`` = the 400 are injured only (``قتل وجرح 400`` stays combined)."""
    if not any(r.start == q.start and r.role == "after" for r in cues):
        return False
    return any(d.kind != "skip" and d.np_end <= q.start and s.words_between(d.np_end, q.start) <= longest
               and not s.punct_between(d.np_end, q.start) for d in before)


def _apposition_at(s: _Sent, pos: int, lex: _Lex) -> re.Match[str] | None:
    """An apposition marker (أي، ما يعادل) or an apposition verb (rule apposition_verb: تضم) at ``pos``."""
    m = lex.appositions.match(s.t, pos)
    return m if m is not None else lex.apposition_verbs.match(s.t, pos)


def _verb_aside(c: _Cand, m: re.Match[str], cands: list[_Cand], s: _Sent, lex: _Lex) -> bool:
    """Rule apposition_verb: the blocker ``m`` is an apposition verb (تضم، يضم) opening an aside set off
    by a comma right after another count's noun phrase and closed by punctuation right after ``c``'s
    (``13 ألفا و870 أسرة، تضم نحو 96 ألف شخص، نزحت``): the aside restates that count."""
    if lex.apposition_verbs.match(s.t, m.start()) is None or _skip_space(s.t, m.end()) != c.start:
        return False
    k = bisect_left(s.tok_start, m.start()) - 1
    if k < 0 or s.tok_word[k] or s.t[s.tok_start[k]] not in _COMMAS:
        return False
    comma = s.tok_start[k]
    if not any(d is not c and d.kind != "skip" and d.np_end <= comma and d.unit is not None
               and s.words_between(d.np_end, comma) == 0 for d in cands):
        return False
    nxt = s.token_at(c.np_end)
    return nxt >= len(s.tok_start) or (not s.tok_word[nxt] and s.t[s.tok_start[nxt]] in _CLAUSE_PUNCT)


#: Rule restated_after_predicate: the most words of a head's predicate between its noun phrase and
#: the comma before an apposition marker that restates its count.
_RESTATE_REACH = 8


def _restates(c: _Cand, head: _Cand, s: _Sent, lex: _Lex, reach: int = _RESTATE_REACH) -> int | None:
    """Rule restated: ``c`` follows ``head``'s noun phrase after a comma and an apposition marker
    (``نزحت نحو 5 آلاف عائلة، أي قرابة 25 ألف شخص``): the same toll counted again. Rule
    restated_after_predicate: the head's predicate and its complements, up to ``reach`` words with
    no punctuation, may stand before that comma (``ما بين 60 و80 ألف أسرة فرت من المعسكر خلال
    يومين، أي ما يصل إلى 400 ألف شخص``). The words between the noun phrase and the marker, or
    ``None`` when ``c`` restates no count."""
    before = s.word_starts_before(c.start, 1)
    m = _apposition_at(s, before[0], lex) if before else None
    if m is None or _skip_space(s.t, m.end()) != c.start:
        return None
    i, j = bisect_left(s.tok_start, head.np_end), bisect_left(s.tok_start, before[0])
    marks = [k for k in range(i, j) if not s.tok_word[k]]
    gap = s.words_between(head.np_end, before[0])
    if gap and (c.kind != "number" or c.unit is None):
        return None  # past a predicate only a count with its counted noun restates (no share: 80 في المئة)
    return gap if gap <= reach and len(marks) == 1 and s.t[s.tok_start[marks[0]]] in _COMMAS else None


#: Rule restating_aside: words a noun phrase may run on past its counted noun before the aside's comma
#: (a place the partitive's noun governs: 25 من سكان مشالي، بينهم نساء ومسنون، قتلوا).
_NP_TAIL_WORDS = 2


def _restating_gap(c: _Cand, end: int, s: _Sent, lex: _Lex, longest: int = 10) -> int | None:
    """Rule restating_aside: words between the count's noun phrase and a predicate at ``end`` when
    the punctuation between them is an aside that restates or details the count, or ``None``.
    Either two commas around an aside opened by an apposition marker or a part marker (``X أسرة،
    أي Y شخص، فرت``; ``نحو 10 آلاف شخص، بينهم نساء وأطفال، أجلوا``), or the count is itself such an
    apposition and one comma closes it (``X أسرة، أي Y شخص، فرت``: Y takes فرت too)."""
    i, j = bisect_left(s.tok_start, c.np_end), bisect_left(s.tok_start, end)
    marks = [s.tok_start[k] for k in range(i, j)
             if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT]
    if not marks or any(s.t[p] not in _COMMAS for p in marks):
        return None
    if len(marks) == 2:
        opener = _skip_space(s.t, marks[0] + 1)
        if s.words_between(c.np_end, marks[0]) > _NP_TAIL_WORDS \
                or s.words_between(marks[0], marks[1]) > longest:
            return None  # (the noun phrase may end in a name the counted noun governs: 25 من سكان مشالي)
        if _apposition_at(s, opener, lex) is None and lex.part.match(s.t, opener) is None \
                and lex.composition.match(s.t, opener) is None and lex.majority.match(s.t, opener) is None:
            # أكثر من 200 أرميني، بين عسكريين ومدنيين، لا يزالون في عداد المفقودين; rule majority_aside:
            # نحو 3 آلاف شخص، معظمهم من النساء والأطفال، أجلوا (the majority's words describe the count)
            return None
        if any(s.tok_word[k] and s.t[s.tok_start[k]].isdigit()
               for k in range(bisect_left(s.tok_start, marks[1]), j)):
            return None  # (another count after the aside has it: 85، بينهم 13 طفلا، وإن 13 من المصابين)
        return s.words_between(marks[1], end)
    if len(marks) == 1 and s.words_between(c.np_end, marks[0]) == 0:
        before = s.word_starts_before(c.start, 1)
        k = bisect_left(s.tok_start, before[0]) - 1 if before else -1
        if before and (m := _apposition_at(s, before[0], lex)) is not None \
                and _skip_space(s.t, m.end()) == c.start and k >= 0 and not s.tok_word[k] \
                and s.t[s.tok_start[k]] in _COMMAS:
            return s.words_between(marks[0], end)
    return None


def _described_count(c: _Cand, end: int, s: _Sent, lex: _Lex, phrase: int = 4, longest: int = 6) -> bool:
    """Rule described_count: a predicate at ``end`` right after an aside opened by a comma and a
    present plural verb describing the people counted (``describing_verb``: يحملون، ينتمون), closed
    by a second comma or by the predicate itself, is the count's, past a short phrase of at most
    ``phrase`` words between the counted noun and the aside (``ثلاثة جنود ضمن قوات التحالف، يحملون
    الجنسية الإماراتية قتلوا أمس``). No complementizer, reporting verb or number may stand between,
    and the aside holds at most ``longest`` words."""
    prefix, suffix = lex.describing
    if not prefix or not suffix or c.unit is None:
        return False
    i, j = bisect_left(s.tok_start, c.np_end), bisect_left(s.tok_start, end)
    marks = [s.tok_start[k] for k in range(i, j)
             if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT]
    if len(marks) not in (1, 2) or any(s.t[p] not in _COMMAS for p in marks):
        return False
    if s.words_between(c.np_end, marks[0]) > phrase or s.words_between(marks[0], end) > longest \
            or (len(marks) == 2 and s.words_between(marks[1], end) > 0):
        return False
    opener = _word_at(s.t, _skip_space(s.t, marks[0] + 1))
    if not (opener.startswith(prefix) and opener.endswith(suffix) and len(opener) > len(prefix + suffix) + 1):
        return False
    return not any(s.tok_word[k] and (s.t[s.tok_start[k]].isdigit() or lex.verbs.match(s.t, s.tok_start[k])
                                      or lex.complementizers.match(s.t, s.tok_start[k]))
                   for k in range(i, j))


def _added_others(c: _Cand, prev: _Cand, s: _Sent, lex: _Lex, longest: int = 3) -> bool:
    """Whether ``c`` adds 'others' to ``prev``'s toll: an others word (آخرين) right after its counted
    noun and an addition cue (أضافت، بإضافة) at most ``longest`` words before it, no punctuation
    between, after ``prev``. Rule added_names: a count of names (``added_name_units``: بعد إضافة 7
    أسماء جديدة إلى القائمة) added after a toll is that toll's increment, with or without an others word."""
    nxt = s.token_at(c.np_end)
    named = c.unit is not None and c.unit in lex.added_names
    if nxt < len(s.tok_start) and not s.tok_word[nxt] and not named:
        return False
    if not named and c.unit not in lex.others and (nxt >= len(s.tok_start) or _strip_article(
            _word_at(s.t, s.tok_start[nxt]), lex.article) not in lex.others):
        return False
    for m in lex.additions.finditer(s.t, prev.end, c.start):
        if s.words_between(m.end(), c.start) <= longest and not s.punct_between(m.end(), c.start):
            return True
    return False


def _restated_total(c: _Cand, prev: _Cand, s: _Sent, lex: _Lex, longest: int = 8) -> bool:
    """Rule restated_total: a count with no counted noun, given by a reach marker (إلى، بلغ) right
    before it, whose toll head (``toll_heads``: العدد، الحصيلة، الإجمالي) is bare (only a reach marker
    or a start marker follows it: it names no measure and no other noun) and stands at most
    ``longest`` words before the count, after ``prev`` (a claim of the same sentence), is the total
    that claim raises: ``نحو 12500 شخص جرى إجلاؤهم، ليرتفع العدد الإجمالي منذ 14 آب إلى نحو 105
    آلاف`` = evacuated."""
    if lex.heads_quick.search(s.t, prev.end, c.start) is None:
        return False
    if lex.reach.match(s.t, c.start) is None and _phrase_before(lex.reach, c.start, s) is None:
        return False
    head = None
    for p in s.word_starts_before(c.start, longest):
        if p >= prev.end and lex.heads.match(s.t, p) is not None:
            head = p
            break
    if head is None:
        return False
    nxt = _skip_space(s.t, lex.heads.match(s.t, head).end())
    while (more := lex.heads.match(s.t, nxt)) is not None:  # العدد الإجمالي
        nxt = _skip_space(s.t, more.end())
    # a bare head: its reach marker or a start (منذ) follows; عدد الرحلات counts something else
    bare = lex.reach.match(s.t, nxt) is not None or lex.start_markers.match(s.t, nxt) is not None
    return bare and lex.any_cue.search(s.t, head, c.start) is None


def _aside_gap(s: _Sent, a: int, b: int, longest: int = 10, edge: int = 1, lead: int | None = None,
               opener: _Words | None = None) -> int | None:
    """Words between ``a`` and ``b`` outside one inserted clause set off by two commas
    (``دمرت، خلال معارك عنيفة، 12 دبابة``), or ``None`` if the punctuation between them is
    anything else, the aside is longer than ``longest`` words, or more than ``edge`` words stand
    between ``a`` and the aside (``lead`` words, when given) or between the aside and ``b`` (then the
    commas end clauses), or the aside does not open with one of ``opener`` (when given)."""
    i, j = bisect_left(s.tok_start, a), bisect_left(s.tok_start, b)
    marks = [s.tok_start[k] for k in range(i, j)
             if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT]
    if len(marks) != 2 or any(s.t[p] not in _COMMAS for p in marks):
        return None
    pre, post = s.words_between(a, marks[0]), s.words_between(marks[1], b)
    if s.words_between(marks[0], marks[1]) > longest or pre > (edge if lead is None else lead) \
            or post > edge:
        return None
    if opener is not None and opener.match(s.t, _skip_space(s.t, marks[0] + 1)) is None:
        return None
    return pre + post


def _head_relative_aside(cue: _Cue, c: _Cand, s: _Sent, lex: _Lex, lead: int = 6) -> int | None:
    """Rule head_relative_aside: words between a toll head's cue and its count when the head's
    modifiers end in a relative clause set off by two commas, opened by ``head_relatives``
    (``ويقدر عدد القتلى في حرب العام الماضي، التي استمرت 44 يوماً، بنحو 6500 شخص``): the clause
    describes the head's last noun, and the count comes right after it; else ``None``."""
    if not _head_at_cue(cue, s, lex):
        return None
    return _aside_gap(s, cue.end, c.start, lead=lead, opener=lex.head_relatives)


def _head_at_cue(cue: _Cue, s: _Sent, lex: _Lex) -> bool:
    """Whether a toll head (``عدد``، ``حصيلة``) opens the cue or the word right before it (the cue may
    hold its head: ``عدد القتلى``، ``حصيلة القتلى``)."""
    return any(lex.heads.match(s.t, p) is not None for p in (cue.start, *s.word_starts_before(cue.start, 1)))


def _head_cause_aside(cue: _Cue, c: _Cand, s: _Sent, lex: _Lex, longest: int = 30) -> int | None:
    """Rule head_cause_aside: words between a toll head's cue and its count when an aside set off
    by two commas that opens with one of 'cause_openers' stands between them (``ارتفاع حصيلة القتلى،
    جراء قصف المتمردين لمديرية دار سعد القريبة من مدينة عدن الساحلية، إلى نحو 100``): the aside says
    what caused the toll, however long, and the count right after it is the head's; else ``None``."""
    if not _head_at_cue(cue, s, lex):
        return None
    return _aside_gap(s, cue.end, c.start, longest=longest, opener=lex.causes)


def _phrase_before(words: _Words, pos: int, s: _Sent, longest: int = 2) -> int | None:
    """Where a phrase of ``words`` (a reach marker, a list link) ending right before ``pos`` (a count)
    starts, among the ``longest`` word starts before it (the first such one); ``None``: none."""
    for p in s.word_starts_before(pos, longest):
        m = words.match(s.t, p)
        if m is not None and _skip_space(s.t, m.end()) == pos:
            return p
    return None


def _head_cue(c: _Cand, before: list[_Cue], s: _Sent, lex: _Lex, longest: int = 16) -> _Cue | None:
    """A toll head (``عدد القتلى``، ``حصيلة الضحايا``) whose count a reach verb gives further on in
    the clause, after the head's modifiers: ``عدد القتلى المدنيين جراء الهجمات ... ارتفع إلى 91``."""
    t = s.t
    if lex.reach.match(t, c.start) is None and _phrase_before(lex.reach, c.start, s) is None:
        return None
    for q in sorted(before, key=lambda q: -q.end):
        if s.words_between(q.end, c.start) > longest:
            return None
        if s.punct_between(q.end, c.start) and _aside_gap(s, q.end, c.start, edge=longest) is None:
            return None
        prev = s.word_starts_before(q.start, 1)
        if lex.heads.match(t, q.start) or (prev and (m := lex.heads.match(t, prev[0])) is not None
                                           and _skip_space(t, m.end()) == q.start):
            return q
        three = s.word_starts_before(q.start, 3)
        if len(three) == 3 and lex.head_relatives.match(t, three[2]) and lex.heads.match(t, three[0]) \
                and not s.punct_between(three[0], q.start):
            c.head_noun = three[1]  # عدد الجنود الذين قتلوا ... بلغ 874: the head counts soldiers
            return q
    return None


def _described_head(c: _Cand, cues: list[_Cue], s: _Sent, lex: _Lex, longest: int = 16,
                    phrase: int = 6) -> tuple[str, int, str | None, int] | None:
    """Rule described_head: a toll head (``toll_heads``: عدد، حصيلة) whose noun phrase names what it
    counts with a definite unit noun of a measure (المحتجزين، الموقوفين) or a participle of
    ``head_participles`` (المحررة), the count given by a reach marker right before it. The head stands
    before the reach marker in the clause (``عدد الأرمن المحتجزين في سجون باكو بات 23``، ``حصيلة المدن
    والبلدات والقرى المحررة منذ بدء الهجوم إلى أكثر من 120``) or right after the count, inverted
    (``ليرتفع إلى ثمانية عدد المسؤولين الأرمن السابقين الموقوفين``). Returns the measure, where its
    word ends and the first noun of the phrase (المدن: what is counted); ``None`` when a head before the
    count holds a 'before' cue of that measure, which rules cue_far and cue_head read (عدد القتلى)."""
    t = s.t
    if lex.reach.match(t, c.start) is None and _phrase_before(lex.reach, c.start, s) is None:
        return None
    head, inverted = None, False
    after = _skip_space(t, c.end)  # the head may be read as the count's noun (إلى 40 عدد الجرحى)
    if lex.heads.match(t, after) is not None:
        head, inverted = after, True
    else:
        for p in reversed(s.word_starts_before(c.start, longest)):
            if s.punct_between(p, c.start):
                break
            if lex.heads.match(t, p) is not None:
                head = p
                break
    if head is None:
        return None
    i, words, noun, found = s.token_at(head) + 1, 0, None, None
    while i < len(s.tok_start) and words < phrase:
        if not s.tok_word[i]:
            if t[s.tok_start[i]] in _CLAUSE_PUNCT:
                break
            i += 1
            continue
        words += 1
        word = t[s.tok_start[i]:s.tok_end[i]]
        if noun is None and (bare := _strip_article(word, lex.article)) in lex.nouns:
            noun = bare  # المدن: what the head counts
        measure = lex.head_participles.get(word)
        if measure is None and word.startswith(lex.article):
            measure = lex.unit_measure.get(_strip_article(word, lex.article))
        elif measure is None and words == 1 and (measure := lex.unit_measure.get(word)) is not None:
            noun = word  # عدد أسرى الجيش، عدد معتقلي الجيش: a unit in construct counts, not what follows
        if measure is not None:
            if found is None:
                found = (measure, s.tok_end[i])
            elif measure != found[0]:
                return None  # عدد القتلى والجرحى: two tolls in one head, neither alone
        i += 1
    if found is None or not inverted and any(
            q.role == "before" and q.measure == found[0] and head <= q.start < found[1] for q in cues):
        return None
    return found[0], found[1], noun, s.tok_end[s.token_at(head)]


def _relative_head(c: _Cand, cues: list[_Cue], s: _Sent, lex: _Lex, prev_start: int,
                   longest: int = 16) -> _Cue | None:
    """A toll head (``عدد``، ``أعداد``) with a relative clause whose predicate is a cue written after
    a count (``عدد الذين عبروا الممر إلى أرمينيا بلغ 42 ألفا و500 شخص``, ``عدد الأشخاص الذين نزحوا``),
    the count given by a reach marker further on in the clause: that cue."""
    t = s.t
    if lex.reach.match(t, c.start) is None and _phrase_before(lex.reach, c.start, s) is None:
        return None
    if (first := _head_after_count(c, cues, s, lex)) is not None:
        return first
    for q in sorted((q for q in cues if q.role == "after" and prev_start <= q.start and q.end <= c.start),
                    key=lambda q: -q.end):
        if s.words_between(q.end, c.start) > longest or s.punct_between(q.start, c.start):
            return None
        ws = s.word_starts_before(q.start, 4)[::-1]  # nearest first: الذين، [الأتراك، الجنود،] عدد
        if not ws:
            continue
        if lex.head_relatives.match(t, ws[0]) is not None:
            # rule relative_head_adjective: a noun and its adjective between head and relative (عدد
            # الجنود الأتراك الذين قتلوا): the head counts the noun
            heads: tuple[int, ...] = (1, 2, 3)
        elif lex.who.match(t, ws[0]) is not None:
            heads = (1,)  # rule relative_head (who): إجمالي من استسلموا بلغ 2439, the head right before من
        else:
            continue
        head = next((k for k in heads if k < len(ws) and lex.heads.match(t, ws[k]) is not None), None)
        if head is None or s.punct_between(ws[head], q.start):
            continue
        if head >= 2:
            c.head_noun = ws[head - 1]  # عدد الجنود (الأتراك) الذين أصيبوا: the head counts soldiers
        return q
    return None


def _head_after_count(c: _Cand, cues: list[_Cue], s: _Sent, lex: _Lex) -> _Cue | None:
    """Rule relative_head (count first): a reach marker gives the count before its toll head, which
    follows it at once with its noun (and an adjective) and a relative clause whose predicate is a cue
    (``ارتفع إلى 12 عدد العسكريين الذين قتلوا``، ``ليصل إلى 40 عدد المدنيين الذين أصيبوا``): that cue."""
    t = s.t
    ws = _words_after(c.end, s, 5)
    if len(ws) < 3 or lex.heads.match(t, s.tok_start[ws[0]]) is None:
        return None
    for k in (2, 3):
        if k + 1 < len(ws) and lex.head_relatives.match(t, s.tok_start[ws[k]]) is not None:
            q = next((q for q in cues if q.role == "after" and q.start == s.tok_start[ws[k + 1]]), None)
            if q is not None:
                c.head_noun = s.tok_start[ws[1]]
            return q
    return None


_PERSONS = frozenset({"people", "civilians", "children", "soldiers", "journalists"})
# a part of the claim before it, a dual part too
_PART_RULES = ("part_of", "dual_noun+part_of", "construct_dual+part_of")
#: The most words of a phrase of ``list_links`` (بعد أن كانت).
_LIST_LINK_WORDS = 3
#: Counted nouns that make a number in a toll sentence part of the toll even far from its cue.
_SPECIFIC = frozenset({"civilians", "children", "journalists"})


def _list_link_before(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Whether a phrase of ``list_links`` (إضافة إلى، فضلا عن) ends right before the count, or right
    before its counted noun written first (rule list_link_noun_first: ``إضافة إلى قياديين اثنين``،
    ``فضلا عن قادة ثلاثة``: a number word after its noun, one word, no punctuation between)."""
    if _phrase_before(lex.list_links, c.start, s, _LIST_LINK_WORDS) is not None:
        return True  # (three words: بعد أن كانت 633)
    if c.kind != "number" or c.unit is not None or _DIGIT.search(s.t, c.start, c.end) is not None:
        return False
    noun = s.word_starts_before(c.start, 1)
    return bool(noun) and not s.punct_between(noun[0], c.start) \
        and _phrase_before(lex.list_links, noun[0], s) is not None


def _linked_single(c: _Cand, cue: _Cue, claims: list[_Cand], s: _Sent, lex: _Lex, longest: int = 4) -> bool:
    """Rule list_link_single: a count right after a phrase of ``list_links`` (إضافة إلى، فضلا عن) and a
    comma, with no claim before it since ``cue``, adds to the singular the cue counts (a noun with no
    number, which is no claim) and takes its measure: ``قتل جندي أذربيجاني، فضلا عن نحو 40 مسلحا
    آخرين`` = 40 killed. At most ``longest`` words and no other punctuation between the cue and the
    comma (``قتل جندي في الهجوم الذي شنته القوات على القرية الواقعة شمالا، إضافة إلى 3`` is too far)."""
    t = s.t
    link = _phrase_before(lex.list_links, c.start, s)
    if link is None or any(cue.end <= q.start < c.start for q in claims):
        return False
    k = bisect_left(s.tok_start, link) - 1
    if k < 0 or s.tok_word[k] or t[s.tok_start[k]] not in _COMMAS or s.tok_start[k] < cue.end:
        return False
    comma = s.tok_start[k]
    return not s.punct_between(cue.end, comma) and 0 < s.words_between(cue.end, comma) <= longest


def _bracket_open(t: str, start: int) -> int:
    """Where the opening bracket right before a count in brackets stands (``و (6) متدربين``), else
    ``start``: rule bracketed_part reads the bracket as no word, so the count is a part or a list
    item as it would be without it."""
    k = start - 1
    while k >= 0 and t[k] == " ":
        k -= 1
    return k if k >= 0 and t[k] == "(" else start


_NEAR_LIST_LINK = 8  # words a list item may stand from the item before it
_FAR_LIST_LINK = 16  # words an addition phrase (إضافة إلى) may stand from the list item it continues


def _is_list_item(c: _Cand, head: _Cand, s: _Sent, lex: _Lex, cues: list[_Cue],
                  attrs_pos: list[int]) -> bool:
    t = s.t
    k = _bracket_open(t, c.start) - 1
    glued = k >= 0 and t[k] in lex.conjunctions and (k == 0 or t[k - 1].isspace())
    linked = False
    if not glued:
        starts = s.word_starts_before(c.start, 1)
        # rule list_link: بين الشهداء 240 طفلا، إضافة إلى 226 من العاملين: an addition phrase joins as و
        linked = _list_link_before(c, s, lex)
        if not linked and (not starts or t[starts[0]:k + 1].strip() not in lex.conjunctions):
            return False
    # rule list_link_far: an addition phrase is a link of its own, so it joins the list past a part's
    # clause that runs on (و298 مدنيا، بينهم 194 أعدموا ميدانيا على أيدي عناصر من وزارتي الدفاع
    # والداخلية، إضافة إلى 354 من عناصر القوات الحكومية); a bare و, or a link after any other item,
    # joins only a near one
    far = linked and _phrase_before(lex.part, head.start, s) is not None
    if s.words_between(head.np_end, c.start) > (_FAR_LIST_LINK if far else _NEAR_LIST_LINK):
        return False
    if any(head.np_end <= p < c.start for p in attrs_pos):
        return False
    return not any(head.np_end <= q.start < c.start and q.measure != head.measure for q in cues)


# --- subjects --------------------------------------------------------------------------------


def _subject(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex, war=None) -> str:
    """The subject of ``c``; ``war()`` says whether its sentence is the war's (a war word, an attack
    word or a word of the conflict), which a loss of equipment needs."""
    if c.kind == "dual" and c.dual_subject:
        subject = c.dual_subject
        if subject in lex.generic and (own := _refine(c.end, s, lex)) in _PERSONS and own not in lex.generic:
            subject = own  # rule dual_refined: قتيلين من المهاجمين: the من phrase names them
            c.rule += "+dual_refined"
        elif _strip_article(_norm(c.text), lex.article) in lex.others:
            # rule others_dual: قتل جندي واحد وأصيب آخران: two others of the kind counted before them
            prev = [p for p in claims if p is not c and p.end <= c.start and p.subject]
            if (one := prev[-1].subject if prev else _single_before(c, s, lex)) is not None:
                subject = one
                c.rule += "+others_dual"
        _lost(c, subject, lex, war)
        if c.needs_soldier and subject != "soldiers":
            c.drop = True  # فقدت الشركة طائرتين: no toll of the war
        return subject
    default = lex.measure_default.get(c.measure or "", "people")
    if c.listed and c.unit is None:
        prev = [p for p in claims if p is not c and p.end <= c.start and p.subject]
        if prev:
            c.rule += "+listed_missing"  # قتل 29 جنديا وأصيب 101 آخرون، وفُقد 28: soldiers missing
            return prev[-1].subject
    if c.unit is None and c.kind == "number" and c.head is None \
            and (part := _phrase_before(lex.part, c.start, s)) is not None:
        prev = [p for p in claims if p is not c and p.end <= part and p.subject]
        if prev and s.words_between(max(prev[-1].np_end, prev[-1].end), part) <= 1:
            # rule part_subject: و298 مدنيا، بينهم 194 أعدموا: a bare count right after a part marker is
            # of the item before it, whatever its own cue measures
            c.rule += "+part_subject"
            return prev[-1].subject
    if _service_workers(c, s, lex):
        c.rule += "+service_workers"  # 4 عمال إغاثة، 265 من موظفيها: a kind of person with no subject
        return "other"
    if c.measure in lex.resident_measures and (_strip_article(c.unit, lex.article) in lex.residents if c.unit
                                               else _residents(c, s, lex)):
        c.rule += "+residents"  # أسر 1275 من سكانها: residents taken are no combatants
        return "civilians"
    if c.unit in lex.others and lex.described.match(s.t, _skip_space(s.t, c.unit_end)):
        c.rule += "+described_others"  # وثلاثة آخرون ممن يعملون في الموقع: others of their own kind
        return default
    if c.unit in lex.others and (own := _refine(c.unit_end, s, lex)) is not None:
        c.rule += "+others_refined"  # و20 آخرين من النساء والأطفال: others named by their own من phrase
        return own
    if c.unit in lex.others or c.rule.startswith("restated_total:") \
            or (c.unit in lex.added_names and c.rule.startswith("added:")):
        # rule added_names: the names added to a toll's list are of the toll's kind, like others
        prev = [p for p in claims if p is not c and p.start < c.start]
        last = prev[-1] if prev else None
        k = len(prev) - 1
        while k > 0 and prev[k].rule.startswith("list:"):
            k -= 1  # (the parts listed after the first: هم 13 مدنيا و6 جنود)
        if k >= 0 and prev[k].head is not None and prev[k].rule.startswith(_PART_RULES):
            # "10 killed, among them 3 children (or 2 children, a dual), and 20 others": the total's;
            # so after a list of parts (19 قتلوا، هم 13 مدنيا و6 جنود، وأصيب 59 آخرون)
            last = prev[k].head
        if last is None and (one := _single_before(c, s, lex)) is not None:
            c.rule += "+others_single"
            return one
        return last.subject if last is not None and last.subject else default
    subject = lex.nouns.get(c.unit) if c.unit else None
    group = None
    own_noun = False
    if subject is None and c.unit:
        subject = group = _partitive_group(c, s, lex)
    if subject is None and c.head_noun is not None:
        subject = lex.nouns.get(_strip_article(_word_at(s.t, c.head_noun), lex.article))
        if subject is not None:
            c.rule += "+head_noun"
    if subject == "soldiers" and c.unit in lex.prisoners and lex.jails.search(s.t) is not None:
        subject = "people"  # 150 أسيرا فلسطينيا من السجون الإسرائيلية: jailed, no prisoners of war
        c.rule += "+jailed"
    if subject is None and c.unit is None:
        subject = _noun_before(c, s, lex)  # عسكريين اثنين، جنودا ثلاثة: the counted noun written first
        if subject is not None:
            c.rule += "+noun_before"
    if subject is None and c.unit and c.head is not None and c.rule.startswith("list:") \
            and _list_link_before(c, s, lex):
        subject = default  # rule list_link: 234 عائلة، إضافة إلى عشرات المرضى: another kind, not the head's
    if subject is None and c.head is not None and c.rule.startswith("list:") \
            and (total := _partitive_nationality_total(c, s, lex)) is not None:
        subject = total  # rule partitive_nationality: بينهم خمسة جنود ... وثلاثة من الأجانب: the total's
        c.rule += "+partitive_nationality"
    if subject is None and c.unit is None and c.head is not None and c.head.subject \
            and c.head.subject not in lex.generic and c.rule.startswith("part_after"):
        _, refined, pronoun = _partitive_own(c, s, lex)
        if pronoun and refined in _PERSONS and refined not in lex.generic:
            # rule partitive_pronoun over a head of its own kind: 15 مصليا، 5 منهم من رجال الأمن
            subject, own_noun = refined, True
            c.rule += "+partitive_pronoun"
    if subject is None:
        subject = c.head.subject if c.head is not None and c.head.subject else default
    elif subject in lex.generic and c.head is not None and c.head.head_end is not None and c.head.subject:
        subject = c.head.subject  # الحصيلة ... للقتلى المدنيين إلى 61 قتيلا و291 جريحا: civilians both
    if c.unit and (subject in lex.generic or subject == "civilians"):
        two = _longer_noun(c.unit, c.unit_end, s, lex)
        if two in _PERSONS and two not in lex.generic and (subject in lex.generic or two == "soldiers"):
            # 3 رجال أمن: the generic noun and the next word name soldiers together; 20 طالبا عسكريا,
            # طلاب الكلية الحربية: a civilian noun and its military words name cadets (soldiers)
            subject = two
            c.rule += "+two_word_noun"
    if subject in lex.generic:
        own_end, refined, _ = _partitive_own(c, s, lex)
        if refined and c.unit is None and refined in _PERSONS:
            own_noun = True  # rule partitive_pronoun: فقدت 27 من عناصرها: the count's own noun after من
            c.rule += "+partitive_pronoun"
        if not refined and c.cue_end is not None and (c.unit is None or c.unit in lex.unit_measure
                                                      or c.head_end is not None
                                                      or _head_cue_before(c, s, lex)):
            refined = _refine(c.cue_end, s, lex)  # عدد القتلى المدنيين ارتفع إلى 91
        if not refined and c.rule.startswith("count_of") and c.head_noun is not None:
            refined = _refine(s.tok_end[s.token_at(c.head_noun)], s, lex)  # الضحايا المدنيين، وعددهم 94
        if not refined and c.cue_end is not None:
            refined = _counted_before_cue(c.cue_end, s, lex)
            if refined:
                c.rule += "+counted_before_cue"
        if not refined and c.unit is None and (refined := _demonstrative_refine(own_end, s, lex)):
            c.rule += "+demonstrative_refiner"
        if not refined and c.unit not in lex.nouns and (refined := _warring_sides(c.end, s, lex)):
            c.rule += "+warring_sides"
        if not refined and c.unit is None and c.head is None \
                and not any(p.start < c.start for p in claims if p is not c) \
                and (refined := _pronoun_persons(c, s, lex)):
            c.rule += "+pronoun_persons"
        if not refined:
            refined = _far_refine(own_end, s, lex)
        if not refined:
            refined = _raised_total(c, claims, s, lex)
        if not refined and c.unit is not None and c.unit in lex.unit_measure:
            refined = _same_persons(c, claims, s, lex)
        if not refined and c.unit in lex.unit_measure:
            refined = _shared_subject(c, claims, s, lex)
        if not refined and c.unit is None and c.cue_end is not None:
            refined = _parallel_count(c, claims, s, lex)
        if not refined and c.unit is None and c.head is None:
            refined = _conjunct_subject(c, claims, s, lex)
        if refined:
            subject = refined
    mixed = _mixed_nouns(c, subject, s, lex) if subject in _PERSONS and subject not in lex.generic else None
    if mixed is not None:
        # أكثر من 200 أسير ومدني، 3825 من عسكرييها ومدنييها: persons of two kinds; civilians of two kinds
        # (مئات النساء والأطفال) are still civilians
        subject = "people" if "soldiers" in (subject, mixed) else "civilians"
        c.rule += "+mixed_nouns"
    _lost(c, subject, lex, war)
    if subject in _PERSONS and (held := lex.recovered.get(c.measure or "")) is not None \
            and c.cue_end is not None and c.cue_end <= c.start and s.words_between(c.cue_end, c.start) <= 1 \
            and not s.punct_between(c.cue_end, c.start):
        # rule recovered_persons: persons taken back or freed by a cue of taking places that governs
        # them, at most one word (its agent) between (استعادت القوات 4 رهائن، حين استعادت كييف 144
        # عسكريا، تحرير أربعة من الرهائن), are counted as people who were held, not places taken; a cue
        # further off is another clause's (استعادت السيطرة على الوضع مع وصول 120 شرطيا، تحرير عدن نفذه
        # 600 مقاتل)
        c.rule = c.rule.replace(f":{c.measure}", f":{held}", 1) + "+recovered_persons"
        c.measure = held
    allowed = lex.measure_subjects.get(c.measure or "")
    if allowed and subject not in allowed:
        c.drop = True
    if c.needs_person and c.unit is None and not own_noun and _persons_pronoun(c, s, lex):
        own_noun = True  # rule pronoun_persons: حيد العشرات منهم: the pronoun after the count is persons
        c.rule += "+pronoun_persons"
    if c.needs_person and c.unit is None and not own_noun and _elided_person(c, claims, s, lex):
        own_noun = True  # rule elided_person: قتلت 55 شخصا، بين مدنيين وعسكريين، وأصابت أكثر من 250
        c.rule += "+elided_person"
    # a nationality counts persons (تحتجز 23 أرمنيا); its subject is the total's or the measure's default
    person = c.unit is not None and (lex.nouns.get(c.unit) in _PERSONS or c.unit in lex.nationalities
                                     or c.unit in lex.population_nouns)  # نصف سكان المدينة ... غادروها
    if c.needs_person and (c.unit is None and not own_noun or c.unit is not None and group is None
                           and not person):
        c.drop = True  # سقوط 1000 نقطة، سقوط 3 صواريخ: a fall, not a death
    if c.people_only and (subject not in _PERSONS or (c.unit and group is None and not person)):
        c.drop = True  # «187 سببا يجعل المكسيكيين يعبرون الحدود»: reasons do not leave home; سقوط 3 صواريخ
    if c.needs_soldier and subject != "soldiers":
        c.drop = True  # فقد 20 شخصا: missing, not killed; فقدت أذربيجان 2908 عسكريين: killed
    if (c.measure in lex.needs_noun and c.kind != "dual" and c.head is None
            and (c.unit is None or c.unit not in lex.nouns)):
        if c.unit is None and _thing_antecedent(c, default, s, lex):
            subject = default  # rule thing_antecedent: هاجمت مواقع للمسلحين، وسيطرت على ثلاثة منها
            c.rule += "+thing_antecedent"
        else:
            c.drop = True
    if c.measure in _EVENT_MEASURES and subject == "other" and c.unit \
            and (c.unit in lex.buildings or c.unit not in lex.nouns):
        # rule non_person_toll: a count of buildings or of things no lexicon names (نحو 100 مستشفى
        # استقبلت مصابين، 33 ألف مدرسة) is no death or wound toll, whatever cue follows it
        c.rule += "+non_person_toll"
        c.drop = True
    return subject


def _thing_antecedent(c: _Cand, subject: str, s: _Sent, lex: _Lex, longest: int = 12) -> bool:
    """Rule thing_antecedent: a bare count followed by a part pronoun that is not of persons (منها)
    whose antecedent, a noun of the things the measure counts (``subject``: places for captured,
    equipment for destroyed), stands earlier in the sentence with no count of its own (هاجمت المقاومة
    مواقع للمسلحين، وسيطرت على ثلاثة منها = 3 places)."""
    after = _skip_space(s.t, c.np_end)
    if lex.part_after.match(s.t, after) is None or lex.person_parts.match(s.t, after) is not None:
        return False
    starts = s.word_starts_before(c.start, longest)
    for k in range(len(starts) - 1, -1, -1):
        if lex.nouns.get(_strip_article(_word_at(s.t, starts[k]), lex.article)) == subject:
            # (a noun counted in digits is another count's: أطلقت 40 صاروخا، أسقطت 30 منها)
            return k == 0 or not _word_at(s.t, starts[k - 1]).isdigit()
    return False


def _victims_split(claims: list[_Cand], s: _Sent, lex: _Lex) -> None:
    """Rule victims_split: a count of victims (``victim_words``: عدد ضحايا الألغام ... 139 شخصا) that
    the sentence then splits into a killed and a wounded count adding up to it (قتل منهم 28، فيما
    أصيب 111) counts the dead and the wounded together: its measure becomes the combined one."""
    for i, c in enumerate(claims):
        if c.measure != "killed" or c.cue_end is None or c.low != c.high:
            continue
        lo = max(0, c.cue_end - _VICTIMS_REACH)
        if lex.victims.search(s.t, lo, c.cue_end) is None \
                and not (c.unit is not None and _norm(c.unit) in lex.victims.values):
            continue
        later = claims[i + 1:]
        killed = [d.low for d in later if d.measure == "killed" and d.low == d.high]
        injured = [d.low for d in later if d.measure == "injured" and d.low == d.high]
        if any(k + w == c.low for k in killed for w in injured):
            c.measure, c.rule = lex.combined_measure, c.rule + "+victims_split"


_VICTIMS_REACH = 24  # characters before a cue's end where its victims word stands (عدد ضحايا الألغام)


def _persons_pronoun(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule pronoun_persons: a count with no noun followed right away, past a closing quote, by a
    part pronoun of persons (``person_part_pronouns``: حيد "العشرات" منهم، قتل المئات منهم) counts
    persons, so a cue that needs a person noun takes it; منها (of them, things too) does not."""
    t = s.t
    at = _skip_space(t, c.end)
    while at < len(t) and t[at] in _QUOTE_CLOSERS:
        at = _skip_space(t, at + 1)
    return lex.person_parts.match(t, at) is not None


def _same_persons(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex) -> str | None:
    """A bare toll noun (جريحا، قتلى) counting the persons of the sentence's previous claim: rule
    part_pronoun_of, a part pronoun right after it (``استسلم 2439 مقاتلا، نقل 51 جريحا منهم``), or
    rule earlier_tally, an earlier count of the same toll named between them (``ارتفع عدد الجنود
    القتلى إلى 33 جنديا، بعدما كانت الحصيلة الأولية 9 قتلى``): that claim's specific subject."""
    prev = [p for p in claims if p is not c and p.end <= c.start]
    if not prev:
        return None
    last = prev[-1]
    if last.subject not in _PERSONS or last.subject in lex.generic \
            or any(ch in _SENTENCE_PUNCT for ch in s.t[last.end:c.start]):
        return None
    if lex.part_after.match(s.t, _skip_space(s.t, c.unit_end)) is not None:
        c.rule += "+part_pronoun_of"
        return last.subject
    if last.measure == c.measure and lex.earlier_tallies.search(s.t, last.end, c.start) is not None:
        c.rule += "+earlier_tally"
        return last.subject
    k = s.token_at(c.end)
    if last.measure == c.measure and k + 1 < len(s.tok_start) and s.tok_word[k] \
            and s.words_between(c.end, s.tok_start[k]) == 0 and _single_refiner(k, s, lex) \
            and s.tok_end[k + 1] == c.unit_end and s.t.startswith(lex.article, s.tok_start[k + 1]):
        # rule partitive_toll_of: a part of the toll named before, its definite toll noun after من
        # (وإصابة 15 جنديا، اثنان من الجرحى في حالة حرجة = soldiers): that claim's persons
        c.rule += "+partitive_toll_of"
        return last.subject
    return None


def _raised_total(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex) -> str | None:
    """Rule raised_total: a running total raised by the sentence's previous claim (``مقتل 29 عسكريا
    إضافيا، لترتفع حصيلة قتلاها إلى 772``; ``ما يرفع``، ``ليرتفع عدد``) counts what that claim counts
    when no noun of its own says otherwise: a verb of ``raised_total_verbs`` between them, the same
    measure, a specific person subject before, no sentence break between."""
    prev = [p for p in claims if p is not c and p.end <= c.start]
    if not prev:
        return None
    last = prev[-1]
    if last.measure != c.measure or last.subject not in _PERSONS or last.subject in lex.generic:
        return None
    if lex.raised_totals.search(s.t, last.end, c.end) is None:  # the verb may open the count (تتجاوز 3 آلاف)
        return None
    if any(ch in _SENTENCE_PUNCT for ch in s.t[last.end:c.start]):
        return None
    c.rule += "+raised_total"
    c.raised_from = last
    return last.subject


def _parallel_count(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex, longest: int = 4) -> str | None:
    """Rule parallel_count: a bare count of a toll head (``عدد الجرحى 270``، ``حصيلة المصابين``) in a
    clause that a link of parallel clauses opens (``parallel_links``: فيما، بينما، في حين) right after
    the sentence's previous claim, of another measure, counts the persons that claim names (``عدد
    المدنيين الذين قتلوا ارتفع إلى 60، فيما بلغ عدد الجرحى 270`` = civilians); a generic previous
    subject, a report between them or a longer gap gives nothing; a part (بينهم 6150 طفلا) speaks for
    its total."""
    k = s.token_at(c.cue_end) - 1  # the cue's last word
    if k < 1 or not s.tok_word[k - 1]:
        return None
    head = s.tok_start[k - 1]
    if _strip_article(_norm(_word_at(s.t, head)), lex.article) not in lex.count_heads:
        return None
    prev = [p for p in claims if p is not c and p.end <= head]
    if not prev:
        return None
    last = prev[-1]
    while last.head is not None:
        last = last.head  # بلغت الحصيلة 14 ألفا، بينهم 6150 طفلا، فيما تجاوز عدد المصابين: the total's
    if last.measure == c.measure or last.subject not in _PERSONS or last.subject in lex.generic:
        return None
    if s.words_between(last.np_end if last.np_end > last.end else last.end, head) > longest \
            or any(ch in _SENTENCE_PUNCT for ch in s.t[last.end:head]) \
            or lex.parallel_links.search(s.t, last.end, head) is None \
            or lex.verbs.search(s.t, last.end, head) is not None:
        return None
    c.rule += "+parallel_count"
    return last.subject


_CONJUNCT_SUBJECTS = frozenset({"soldiers"})  # rule conjunct_subject: fighters a second toll counts too


def _conjunct_subject(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex, longest: int = 8) -> str | None:
    """Rule conjunct_subject: a bare count (no noun of its own, no total) of another measure in a
    clause joined by the conjunction و to the sentence's previous claim, which counts fighters with a
    noun of its own, counts the same fighters: ``مقتل 17 حوثيا وجرح العشرات``، ``قتل 18 مسلحا وإصابة
    العشرات``، ``نحو 260 مقاتلا قتلوا ومئات جرحوا`` (soldiers). The link must open the word right
    after the previous count's phrase or the word of the count or of its cue, within ``longest``
    words, with no punctuation and no other count between (a new clause after a comma counts its own
    persons: مقتل 6 جنود، وأصيب 15 = people); a part (بينهم) speaks for its total. A count with a noun
    of its own keeps it (وأصيب 10 مدنيين)."""
    prev = [p for p in claims if p is not c and p.end <= c.start]
    if not prev:
        return None
    last = prev[-1]
    while last.head is not None:
        last = last.head
    if last.subject not in _CONJUNCT_SUBJECTS or last.measure == c.measure or last.unit is None \
            or lex.nouns.get(last.unit) not in _CONJUNCT_SUBJECTS:
        return None
    lo = max(last.np_end, last.end)
    if s.words_between(lo, c.start) > longest or s.punct_between(lo, c.start) \
            or any(p is not last and lo <= p.start < c.start for p in claims):
        return None
    at = c.cue_end if c.cue_end is not None and c.cue_end <= c.start else c.start + 1
    word = s.word_starts_before(at, 1)  # the cue's word (وجرح العشرات) or the count's (ومئات جرحوا)
    if not word or word[0] < lo or s.t[word[0]] not in lex.conjunctions:
        return None
    c.rule += "+conjunct_subject"
    return last.subject


def _elided_person(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex, longest: int = 8) -> bool:
    """Rule elided_person: a bare count right after a verb that counts persons only (``أصابت``،
    ``سقوط``) shares the person noun of the sentence's claim before it, within ``longest`` words, when
    that verb is joined to the earlier clause by a conjunction: ``الألغام قتلت 55 شخصا، بين مدنيين
    وعسكريين، وأصابت أكثر من 250`` = 250 people injured; ``وأصابت 3 أهداف`` has its own noun."""
    if not claims or c.cue_end is None or s.words_between(c.cue_end, c.start) > 0:
        return False
    prev = claims[-1]
    if prev.unit is None or lex.nouns.get(prev.unit) not in _PERSONS or prev.end > c.start \
            or s.words_between(prev.np_end, c.start) > longest:
        return False
    verb = s.word_starts_before(c.cue_end, 1)
    return bool(verb) and s.t[verb[0]] in lex.conjunctions


def _single_before(c: _Cand, s: _Sent, lex: _Lex, longest: int = 6) -> str | None:
    """Rule others_single: an 'others' count (آخرون) with no claim before it in its sentence takes the
    subject of the nearest person noun written before it, a singular one too, which is no claim
    (``قتل جندي أوكراني وأصيب تسعة آخرون`` = soldiers), when no punctuation stands between but one
    comma that a conjunction follows (``مقتل جندي متأثرا بجروحه، وإصابة اثنين آخرين``: one clause goes on)."""
    for p in reversed(s.word_starts_before(c.start, longest)):
        if s.punct_between(p, c.start) and not _comma_and(s, p, c.start, lex):
            return None
        subject = lex.nouns.get(_strip_article(_word_at(s.t, p), lex.article))
        if subject in _PERSONS and subject not in lex.generic:
            return subject
    return None


def _status_events(c: _Cand, m: str, cues: list[_Cue], s: _Sent, lex: _Lex, lo: int,
                   resumptive: bool = True) -> list[_Cue]:
    """The cues of another measure than the status ``m`` of ``c``'s noun, written before it (from
    ``lo``) and right before it, glued or (with ``resumptive``) past a resumptive preposition, that are
    no mere fall (:func:`_light_cue`): the events that befell the status's persons."""
    return [q for q in cues if q.role == "before" and q.measure != m and lo <= q.start and q.end <= c.start
            and not _light_cue(s.t[q.start:q.end], lex)
            and (_glued(s, q.end, c.start) or (resumptive and _resumptive(s, q.end, c.start, lex)))]


def _light_cue(word: str, lex: _Lex, proclitic: int = 2) -> bool:
    """Rule status_light_cue: a cue of falling (``status_light_cues``: سقوط عشرات الجرحى، بسقوط 5 أسرى)
    reports a status noun's count; it makes no event of it, as مقتل 2 من الجرحى does."""
    return any(word.endswith(w) and len(word) - len(w) <= proclitic for w in lex.status_light)


def _comma_and(s: _Sent, a: int, b: int, lex: _Lex) -> bool:
    """Whether the only punctuation between ``a`` and ``b`` is one comma whose next word opens with a
    conjunction (``جندي، وإصابة``): the clause after it goes on with the one before."""
    i, j = bisect_left(s.tok_start, a), bisect_left(s.tok_start, b)
    marks = [k for k in range(i, j) if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT]
    if len(marks) != 1 or s.t[s.tok_start[marks[0]]] not in _COMMAS:
        return False
    k = marks[0] + 1
    while k < j and not s.tok_word[k]:
        k += 1
    return k < j and s.t[s.tok_start[k]] in lex.conjunctions


def _service_workers(c: _Cand, s: _Sent, lex: _Lex, longest: int = 5, reach: int = 40) -> bool:
    """Rule service_workers: the count's own noun phrase (right after the count, or after من)
    names aid or health workers or an organization's staff (``service_workers``)."""
    end = max(c.unit_end, c.end) + reach
    if c.kind != "number" or lex.service.quick_scan().search(s.t, c.start, end) is None:
        return False
    m = lex.service.search(s.t, c.start, end)
    if m is None or s.punct_between(c.start, m.start()) or s.words_between(c.start, m.start()) > longest:
        return False
    if m.start() <= max(c.unit_end, c.end):
        return True  # 4 عمال إغاثة: the counted noun itself
    i = s.token_at(m.start())
    if i == 0:
        return False
    # تسعة من العاملين الصحيين
    return _single_refiner(i - 1, s, lex) and s.words_between(max(c.unit_end, c.end), m.start()) == 1


def _residents(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule residents: the count is followed by من + a residents noun (سكان، سكانها، أهالي)."""
    i = s.token_at(_skip_space(s.t, c.end))
    if i + 1 >= len(s.tok_start) or not s.tok_word[i] or not s.tok_word[i + 1]:
        return False
    word = _norm(s.t[s.tok_start[i + 1]:s.tok_end[i + 1]])
    return _single_refiner(i, s, lex) and _strip_article(word, lex.article) in lex.residents


def _longer_noun(unit: str, end: int, s: _Sent, lex: _Lex, longest: int = 2) -> str | None:
    """The subject of the counted noun ``unit`` read with the next one or two words (3 رجال أمن,
    طلاب الكلية الحربية); the longest listed phrase wins."""
    i = s.token_at(_skip_space(s.t, end))
    words = []
    for k in range(i, min(i + longest, len(s.tok_start))):
        if not s.tok_word[k]:
            break
        words.append(_norm(s.t[s.tok_start[k]:s.tok_end[k]]))
    for n in range(len(words), 0, -1):
        subject = lex.nouns.get(" ".join([unit, *words[:n]]))
        if subject is not None:
            return subject
    return None


def _shared_subject(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex) -> str | None:
    """A bare toll noun (جرحى، قتلى) counted right after a claim of the same sentence shares its
    specific subject: as the next item of a list of toll nouns whose first item an adjective refined
    (42 قتيلا مدنيا و206 جرحى = civilians both; rule list_subject), or as the part of that claim
    written right after a part marker (206 جرحى مدنيين، بينهم 10 قتلى = civilians; rule part_subject)."""
    prev = [p for p in claims if p is not c and p.end <= c.start]
    if not prev or prev[-1].subject not in _PERSONS or prev[-1].subject in lex.generic:
        return None
    last = prev[-1]
    gap = _norm(s.t[max(last.np_end, last.end):c.start]).split()  # [مدنيا] و
    if gap and gap[-1] in lex.conjunctions and len(gap) <= 2 and not s.punct_between(last.end, c.start) \
            and last.unit in lex.unit_measure and lex.nouns.get(last.unit) in lex.generic:
        c.rule += "+list_subject"
        return last.subject
    if gap and gap[-1] in lex.conjunctions and 2 < len(gap) <= 4 and not s.punct_between(last.end, c.start) \
            and last.unit in lex.unit_measure and lex.nouns.get(last.unit) in lex.generic \
            and c.unit is not None and lex.nouns.get(c.unit) in lex.generic \
            and _refine(max(last.np_end, last.end), s, lex) == last.subject:
        # rule refined_list_subject: آلاف القتلى من مقاتليها وآلاف الجرحى: the next bare toll noun of
        # the list counts the persons the من phrase named for the first
        c.rule += "+refined_list_subject"
        return last.subject
    marker = [m for m in lex.part.finditer(s.t, last.end, c.start)
              if s.words_between(m.end(), c.start) == 0 and not s.punct_between(m.end(), c.start)]
    if marker:
        c.rule += "+part_subject"
        return last.subject
    return None


def _counted_before_cue(cue_end: int, s: _Sent, lex: _Lex) -> str | None:
    """Rule counted_before_cue: a count noun, the counted person noun and then the toll cue
    (``ارتفاع عدد جنودنا القتلى إلى 207``، ``حصيلة العسكريين القتلى بلغت 40``): the noun's subject."""
    k = s.token_at(cue_end) - 1  # the cue's last word
    if k < 2 or not (s.tok_word[k - 1] and s.tok_word[k - 2]):
        return None
    noun = _strip_article(s.t[s.tok_start[k - 1]:s.tok_end[k - 1]], lex.article)
    head = _strip_article(_norm(s.t[s.tok_start[k - 2]:s.tok_end[k - 2]]), lex.article)
    subject = lex.nouns.get(noun)
    if head not in lex.count_heads or subject not in _PERSONS or subject in lex.generic:
        return None
    return subject


def _conj_cue_before(d: _Cand, end: int, gap: int, s: _Sent, lex: _Lex) -> bool:
    """The word right before ``d`` is a toll cue opened by a conjunction (``وإصابة``), and it is the
    last of exactly ``gap`` words, with no clause punctuation, between ``end`` and ``d``."""
    words = s.word_starts_before(d.start, 1)
    if not words or words[0] < end or s.words_between(end, d.start) != gap or s.punct_between(end, d.start):
        return False
    cue = lex.cues.match(s.t, words[0])
    return cue is not None and (cue.group("pre") or "") in lex.conjunctions


def _change_end(c: _Cand, prev: _Cand, s: _Sent, lex: _Lex, longest: int = 8) -> bool:
    """Rule change_end: a count with no cue of its own right after ``إلى`` (``range_links``), which
    closes a change whose start is the claim before it, right after ``من`` (``ارتفع عدد القتلى والجرحى من
    311 في الفصل الأول إلى 545 هذا العام``), is the toll's other end: the same measure, a claim too. At
    most ``longest`` words (a period) stand between, with no punctuation."""
    if c.unit is not None and c.unit != prev.unit or prev.end > c.start:
        return False
    to = s.word_starts_before(c.start, 1)
    start = s.word_starts_before(prev.start, 1)
    if not to or not start or to[0] < prev.end or _word_at(s.t, to[0]) not in lex.range_links \
            or not _single_refiner(s.token_at(start[0]), s, lex):
        return False
    return s.words_between(prev.np_end, c.start) <= longest and not s.punct_between(prev.end, c.start)


def _unrestated(claims: list[_Cand], s: _Sent) -> list[_Cand]:
    """Rule restated_digits: a count in digits in brackets right before or after the same count in
    words (``تعرض (7) سبعة من رجال حرس الحدود للإصابة``، ``سبعة (7)``) is one mention written twice: the
    bracketed digits give no claim of their own (the words carry the measure and the noun)."""
    if len(claims) < 2 or "(" not in s.t:
        return claims
    drop: set[int] = set()
    for c, d in zip(claims, claims[1:], strict=False):
        if (c.low, c.high) != (d.low, d.high):
            continue
        between = s.t[c.end:d.start].strip()
        if between == ")" and s.t[:c.start].rstrip().endswith("(") and _DIGIT.search(c.text):
            drop.add(id(c))
        elif between == "(" and s.t[d.end:].lstrip().startswith(")") and _DIGIT.search(d.text):
            drop.add(id(d))
    return [c for c in claims if id(c) not in drop] if drop else claims


def _shares_group_tail(c: _Cand, d: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule shared_group_tail: a count of a generic person noun (شخصا) followed right away by و + the
    toll cue of another measure's count of others (آخرون) whose من phrase names an armed group (rule
    others_refined: ``قتل 11 شخصا وجرح 30 آخرون من ميليشيات الحوثي``): the phrase closes the clause of
    both counts, so the first counts the group's fighters too. Others refined as civilians (من النساء
    والأطفال) say nothing of the first count."""
    if c.kind != "number" or c.unit is None or c.head is not None \
            or lex.nouns.get(c.unit) not in lex.generic or c.subject not in lex.generic \
            or d.unit not in lex.others or "+others_refined" not in d.rule \
            or d.subject not in _CONJUNCT_SUBJECTS or c.measure == d.measure:
        return False
    return _conj_cue_before(d, c.np_end, 1, s, lex)


def _shares_noun(c: _Cand, d: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule shared_noun: a bare count (no noun, no total) of the default subject followed right away
    by ``و`` + the toll cue of the next count, which names its persons (``مقتل 8 وإصابة 35 من
    المقاومة``، ``استشهاد 4 وإصابة 8 رجال أمن``): the two counts share that noun."""
    if c.kind != "number" or c.unit is not None or c.head is not None or d.unit is None \
            or c.measure == d.measure or d.subject not in _PERSONS \
            or c.subject != lex.measure_default.get(c.measure or "", "people") or c.subject == d.subject:
        return False
    return _conj_cue_before(d, c.end, 1, s, lex)


def _shares_noun_back(c: _Cand, d: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule shared_noun_back: a bare count (no noun, no total) of the default subject right after
    ``و`` + its toll cue, which follows a count naming its persons (``مقتل 192 من جنودها وإصابة 511``،
    ``مقتل 5 جنود وجرح 12 في القصف``): the second count is of the same persons. A vague count
    (``وإصابة العشرات``) keeps the default here (rule conjunct_subject gives it a fighters' noun)."""
    if d.kind != "number" or d.unit is not None or d.head is not None or d.low != d.high \
            or c.measure == d.measure or c.subject not in _PERSONS or c.subject in lex.generic \
            or d.subject != lex.measure_default.get(d.measure or "", "people") or c.subject == d.subject:
        return False
    end = max(c.end, c.unit_end or 0, c.np_end or 0)
    gap = 1
    if c.unit is None:  # 192 من جنودها: the refiner and its noun stand between
        nxt = _skip_space(s.t, end)
        r = lex.refiners.match(s.t, nxt)
        if r is None:
            return False
        gap = 1 + s.words_between(end, r.end()) + 1
    return _conj_cue_before(d, end, gap, s, lex) \
        or any(_conj_cue_before(d, end, gap + g, s, lex) for g in _place_gaps(s, end))


@cache
def _place_openers() -> frozenset[str]:
    return _set(load("claim_subjects").get("shared_noun_places", []))


def _place_gaps(s: _Sent, end: int) -> tuple[int, ...]:
    """Rule shared_noun_place: a place phrase (``shared_noun_places`` + one or two words) may stand
    between the named count and ``و`` + the next cue (``مقتل 365 طفلا في المدينة وجرح أكثر من 480``):
    the extra words it adds to the gap, or none when no such phrase opens right after ``end``."""
    nxt = _skip_space(s.t, end)
    if _word_at(s.t, nxt) not in _place_openers():
        return ()
    return (2, 3)


def _partitive_own(c: _Cand, s: _Sent, lex: _Lex) -> tuple[int, str | None, bool]:
    """(where the count's own words end, the subject a من phrase right after them names, whether a
    partitive pronoun came first): خمسة منهم من رجال الأمن = soldiers, after the pronoun."""
    own_end = c.unit_end if c.unit else c.np_end
    pro_at = _skip_space(s.t, own_end)
    if c.unit is None and s.t.startswith(")", pro_at) and _bracket_open(s.t, c.start) < c.start:
        pro_at = _skip_space(s.t, pro_at + 1)  # rule bracketed_part: (5) منهم من رجال الأمن
    pronoun = False
    if c.rule.startswith("part_after") and (pro := lex.part_after.match(s.t, pro_at)):
        own_end, pronoun = pro.end(), True  # خمسة منهم من رجال الأمن: the part's own noun follows it
    return own_end, _refine(own_end, s, lex), pronoun


def _noun_before(c: _Cand, s: _Sent, lex: _Lex) -> str | None:
    """The subject of a person noun written right before a count that has no noun of its own
    (``عسكريين اثنين``، ``جنودا ثلاثة``): the number follows its noun as an adjective."""
    k = s.token_at(c.start) - 1
    if k < 0 or not s.tok_word[k]:
        return None
    if k > 0 and s.tok_word[k - 1] and _word_at(s.t, s.tok_start[k - 1]).isdigit():
        return None  # 15 مصليا 5 منهم: the noun is the count's before it, not this one's
    subject = lex.nouns.get(_strip_article(_word_at(s.t, s.tok_start[k]), lex.article))
    return subject if subject in _PERSONS and subject not in lex.generic else None


def _mixed_nouns(c: _Cand, subject: str, s: _Sent, lex: _Lex, longest: int = 3) -> str | None:
    """The other subject when the noun that gives ``c`` its ``subject`` (within ``longest`` words
    after the count) is joined by و to a person noun of another subject (``200 أسير ومدني``، ``من
    عسكرييها ومدنييها``): the count is of both kinds; else ``None``."""
    i, words = s.token_at(c.end), 0
    while i < len(s.tok_start) - 1 and words < longest and s.tok_word[i]:
        w = _strip_article(_word_at(s.t, s.tok_start[i]), lex.article)
        words += 1
        i += 1
        if lex.nouns.get(w) != subject:
            if not (s.tok_word[i] and i + 1 < len(s.tok_start) and lex.nouns.get(
                    f"{w} {_norm(_word_at(s.t, s.tok_start[i]))}") == subject):
                continue
            i += 1  # a two-word noun (أسير حرب ومدني)
        if not s.tok_word[i]:
            return None
        nxt = _word_at(s.t, s.tok_start[i])
        if nxt[:1] not in lex.conjunctions:
            return None
        other = lex.nouns.get(_strip_article(nxt[1:], lex.article))
        # not وإصابة (a new count), not ثلاثة مدنيين وجندي (a singular after a plural: one more person)
        ok = other in _PERSONS and other not in lex.generic and other != subject \
            and _plural_form(w, lex) == _plural_form(_strip_article(nxt[1:], lex.article), lex)
        return other if ok else None
    return None


def _plural_form(word: str, lex: _Lex) -> bool:
    """Whether ``word`` ends as a sound plural or with a pronoun (مدنيين، عسكرييها), as the two nouns
    of one count of two kinds do alike (أسير ومدني، عسكرييها ومدنييها)."""
    return word.endswith(lex.plural_endings)


def _lost(c: _Cand, subject: str, lex: _Lex, war) -> None:
    """A verb of loss (فقدت، خسرت) counts what its noun is (``loss_measures``): soldiers killed,
    equipment destroyed, the latter in a sentence of the war only (``war()``: خسرت الشركة 3 طائرات
    is no toll). A list item after such a count is lost too (فقدت 150 جنديا و3 طائرات)."""
    lost = lex.loss_measures.get(subject) if c.loss_cue is not None else None
    if lost is None or (subject not in _PERSONS and war is not None and not war()):
        return
    if lost != c.measure:
        c.rule = c.rule.replace(f":{c.measure}", f":{lost}", 1) + "+loss_noun"
        c.measure = lost
    if subject not in _PERSONS:
        c.people_only = c.needs_person = c.needs_soldier = False


def _partitive_group(c: _Cand, s: _Sent, lex: _Lex) -> str | None:
    """The subject of a count of an armed group's members (``مقتل 3042 من داعش``، ``25 من الحوثيين``):
    the counted noun after ``من`` is a group noun of ``group_nouns``."""
    t = s.t
    for p in s.word_starts_before(c.unit_end, 3):
        if p < c.end:
            continue
        g = lex.groups.match(t, p)
        if g is not None and g.end() >= c.unit_end:
            before = s.word_starts_before(p, 1)
            if before and before[0] >= c.end and lex.refiners.match(t, before[0]):
                return lex.groups.value(g)
    return None


def _words_after(pos: int, s: _Sent, n: int) -> list[int]:
    """Indices of the next ``n`` tokens from ``pos``, stopping at the first one that is no word."""
    out: list[int] = []
    i = s.token_at(pos)
    while i < len(s.tok_start) and len(out) < n and s.tok_word[i]:
        out.append(i)
        i += 1
    return out


def _single_refiner(i: int, s: _Sent, lex: _Lex) -> bool:
    """Whether token ``i`` is a one-word linking word of ``refiners`` (من)."""
    m = lex.refiners.match(s.t, s.tok_start[i])
    return m is not None and m.end() == s.tok_end[i]


def _demonstrative_refine(pos: int, s: _Sent, lex: _Lex) -> str | None:
    """Rule demonstrative_refiner: a count with no noun of its own followed by من, then a demonstrative
    of ``refiner_skip`` (هؤلاء) and/or a generic noun (الضحايا), then a specific person noun: that noun
    is the subject (``٣ من هؤلاء الضحايا المدنيين`` = civilians; ``5 من هؤلاء الجنود`` = soldiers)."""
    k = _words_after(pos, s, 4)
    if len(k) < 3 or not _single_refiner(k[0], s, lex):
        return None
    if _word_at(s.t, s.tok_start[k[1]]) not in lex.refiner_skip:
        return None
    for j in k[2:]:
        subject = lex.nouns.get(_strip_article(_word_at(s.t, s.tok_start[j]), lex.article))
        if subject is None:
            return None
        if subject in _PERSONS and subject not in lex.generic:
            return subject
    return None


def _warring_sides(pos: int, s: _Sent, lex: _Lex) -> str | None:
    """Rule warring_sides: a count with no noun of its own right before من and a word of
    ``warring_sides`` (``العشرات من الطرفين``) in a sentence of clashes (``warring_contexts``: مواجهات،
    اشتباكات، معارك) counts the fighters of both sides: soldiers. A count with a noun keeps it
    (``500 شخص من الجانبين`` = people), and shelling alone names no two fighting sides."""
    k = _words_after(pos, s, 2)
    if len(k) < 2 or not _single_refiner(k[0], s, lex):
        return None
    if _word_at(s.t, s.tok_start[k[1]]) not in lex.warring_sides:
        return None
    return "soldiers" if lex.warring_contexts.search(s.t) is not None else None


def _pronoun_persons(c: _Cand, s: _Sent, lex: _Lex, longest: int = 16) -> str | None:
    """Rule pronoun_persons: a count with no noun of its own and no total in its sentence, followed by
    a part pronoun (``part_pronouns``: منهم), counts the persons of the nearest person noun before it in
    the sentence, within ``longest`` words (``نحو 40 مسلحا آخرين، بينما فر المئات منهم`` = fighters, who
    retreat: no displaced). Only a counted noun is taken: an indefinite one or a definite one after من
    (قتل 40 من المسلحين وفر المئات منهم), of a specific kind (a generic one names no kind)."""
    if lex.part_after.match(s.t, _skip_space(s.t, c.end)) is None \
            and lex.part_after.search(s.t, c.start, c.end) is None:  # the mention 12 منهم على الأقل
        return None
    before = s.word_starts_before(c.start, longest)
    for k in range(len(before) - 1, -1, -1):  # the nearest first
        word = _word_at(s.t, before[k])
        bare = _strip_article(word, lex.article)
        if bare in lex.unit_measure:
            continue  # rule pronoun_toll_word: إصابة 18 منهم: the toll word is the count's cue, no person
        if (group := _linked_group(word, k, before, s, lex)) is not None:
            return group  # rule pronoun_group: تجمعا لميليشيات الحوثي أسفر عن مقتل 12 منهم
        if k and _word_at(s.t, before[k - 1]) in lex.pronoun_sites \
                and ((group := lex.groups.values.get(word)) is not None
                     or (group := lex.nouns.get(bare)) in _SPECIFIC_PERSONS):
            return group  # rule pronoun_site: مواقع المليشيات ... مقتل العشرات منهم: the group's members
        subject = lex.nouns.get(bare)
        if subject not in _PERSONS:
            continue
        if subject in lex.generic:
            if k + 1 < len(before):  # rule pronoun_two_words: أحد رجال المقاومة وأصيب 7 منهم = soldiers
                two = lex.nouns.get(_strip_article(f"{word} {_word_at(s.t, before[k + 1])}", lex.article))
                if two in _PERSONS and two not in lex.generic:
                    return two
            return None
        if word.startswith(lex.article) and not (k and _single_refiner(s.token_at(before[k - 1]), s, lex)):
            if k and (group := _linked_group(_word_at(s.t, before[k - 1]), k - 1, before, s, lex)):
                return group  # تجمعا لميليشيات الحوثي ... مقتل 12 منهم: the group's name, linked
            return None  # هاجم المسلحون البلدة ونزح الآلاف منهم: a definite subject, no counted noun
        return subject
    return None


_SPECIFIC_PERSONS = frozenset({"civilians", "children", "soldiers", "journalists"})


def _linked_group(word: str, k: int, before: list[int], s: _Sent, lex: _Lex) -> str | None:
    """Rule pronoun_group: the subject of an armed group's noun (``group_nouns``) that a preposition
    links to the noun before it, glued (``تجمعا لميليشيات الحوثي``) or after من (``عناصر من الميليشيات``):
    its members; a group that is the sentence's subject (هاجمت قوات الجيش القرية) counts nobody here."""
    for pre in lex.glued_refiners:
        if word.startswith(pre) and len(word) > len(pre) + 2:
            rest = word[len(pre):]
            if rest.startswith(pre):  # لل = ل + ال
                rest = lex.article + rest[len(pre):]
            if (group := lex.groups.values.get(rest)) is not None:
                return group
            if (subject := lex.nouns.get(_strip_article(rest, lex.article))) in _SPECIFIC_PERSONS:
                return subject  # رتلا للمسلحين
    if k and _single_refiner(s.token_at(before[k - 1]), s, lex):
        return lex.groups.values.get(word)
    return None


def _far_refine(pos: int, s: _Sent, lex: _Lex) -> str | None:
    """A person noun after a linking word of ``far_refiners`` (``بين``، ``في صفوف``) further on in
    the clause, past a predicate or the next items of a list: ``5 قتلى و16 جريحا بين المدنيين``,
    ``5 قتلى على الأقل سقطوا بين المدنيين`` (both civilians)."""
    t = s.t
    i, words = s.token_at(pos), 0
    while i < len(s.tok_start) and words < lex.far_window:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            if t[p] in _CLAUSE_PUNCT:
                return None
            i += 1
            continue
        if (link := lex.far_refiners.match(t, p)) is not None:
            subject = _refine(p, s, lex)
            if subject == "soldiers" and lex.ranks.match(t, p) is not None:
                return subject  # rule ranks: 200 شخص قتلوا في صفوف قواتها: in its forces' ranks
            if subject not in _SPECIFIC:
                return None  # الاشتباكات بين الجيش والمسلحين: between two sides, not among them
            j = s.token_at(link.end()) + 1
            while j < len(s.tok_start) and not s.tok_word[j]:
                j += 1
            if j < len(s.tok_start):
                nxt = t[s.tok_start[j]:s.tok_end[j]]
                if nxt[:1] in lex.conjunctions and _strip_article(nxt[1:], lex.article) in lex.nouns:
                    return None  # بين المدنيين والعسكريين: among both
            return subject
        words += 1
        i += 1
    return None


def _head_cue_before(c: _Cand, s: _Sent, lex: _Lex, longest: int = 3) -> bool:
    """Rule head_cue_refiner: the count's cue, before it, opens with a toll head (``toll_heads``: عدد القتلى،
    حصيلة الضحايا), so a person noun right after the cue describes whom the head counts, and a count of a
    generic noun (شخصا) takes it: بلغ عدد القتلى المدنيين 90 شخصا = civilians."""
    if c.cue_end is None or c.cue_end > c.start:
        return False
    return any(lex.heads.match(s.t, p) is not None for p in s.word_starts_before(c.cue_end, longest))


def _partitive_nationality_total(c: _Cand, s: _Sent, lex: _Lex) -> str | None:
    """Rule partitive_nationality: a list item counted by من + a nationality plural or adjective (وثلاثة
    من الأجانب، واثنان من الأتراك) names a group of its own, no kind of person: in the parts of a total
    (سقط 12 قتيلا، بينهم خمسة جنود، وأربعة من المهاجمين، وثلاثة من الأجانب) it takes the total's
    subject, not the soldiers of the item before it. The subject, or None when the rule does not hold."""
    t = s.t
    i = s.token_at(_skip_space(t, c.end))
    if i + 1 >= len(s.tok_start) or not s.tok_word[i] or not s.tok_word[i + 1] \
            or lex.refiners.match(t, s.tok_start[i]) is None:
        return None
    if _strip_article(t[s.tok_start[i + 1]:s.tok_end[i + 1]], lex.article) not in lex.nationalities:
        return None
    root = c.head
    while root.head is not None and root.rule.startswith("list:"):
        root = root.head
    if root.head is None or not root.rule.startswith(_PART_RULES) or not root.head.subject:
        return None
    return root.head.subject


def _refine(pos: int, s: _Sent, lex: _Lex) -> str | None:
    """A more specific person noun written right after ``pos`` (or after في صفوف / من)."""
    t = s.t
    i = s.token_at(pos)
    if i < len(s.tok_start) and not s.tok_word[i] and t[s.tok_start[i]] in _QUOTE_CLOSERS:
        i += 1  # وقتلت "ما لا يقل عن 200" من العسكريين: the count's closing quote
    if i >= len(s.tok_start) or not s.tok_word[i]:
        return None
    w = t[s.tok_start[i]:s.tok_end[i]]
    if i + 1 < len(s.tok_start) and s.tok_word[i + 1] and w[:1] in lex.conjunctions \
            and _strip_article(w[1:], lex.article) in lex.unit_measure:
        i += 1  # rule paired_units: عشرات القتلى والجرحى من الحوثيين: the group counts both units
    p = s.tok_start[i]
    if lex.armed.match(t, p) is not None:
        return "soldiers"  # rule armed_description: 8 أشخاص يحملون أحزمة ناسفة: armed attackers
    m = lex.refiners.match(t, p)
    if m:
        j = s.token_at(m.end())
        if j + 1 < len(s.tok_start) and not s.tok_word[j] and t[s.tok_start[j]] in _QUOTE_OPENERS \
                and s.tok_word[j + 1] and lex.groups.match(t, s.tok_start[j + 1]) is not None:
            j += 1  # rule quoted_group: وتقتل 8 من «داعش»: the group's name in quotes
        if j >= len(s.tok_start) or not s.tok_word[j]:
            return None
        p = s.tok_start[j]
        g = lex.groups.match(t, p)
        if g is not None:  # 3042 من داعش، 9 من ميليشيات الحوثي: the armed group's fighters
            return lex.groups.value(g)
    for words in (2, 1):
        k = s.token_at(p)
        if k + words > len(s.tok_start) or not all(s.tok_word[k:k + words]):
            continue
        phrase = " ".join(t[s.tok_start[x]:s.tok_end[x]] for x in range(k, k + words))
        subject = lex.nouns.get(_strip_article(phrase, lex.article))
        if subject is None and _strip_article(phrase, lex.article) in lex.crew_nouns \
                and _military_craft(k + words, s, lex):
            return "soldiers"
        if subject is None and words == 1:
            subject = _glued_noun(phrase, s, lex)
        if subject in _PERSONS and subject not in lex.generic:
            return subject
    return None


def _force_site(c: _Cand, s: _Sent, lex: _Lex, reach: int = 3) -> bool:
    """Rule force_site: a generic toll noun (قتيلا، جريحا) counted after a site of an armed force, a camp
    or barracks word (``force_sites``) with an armed group's name at most ``reach`` words after it, bare or
    behind the preposition ل (غارة على معسكر تدريب لميليشيا الحوثي أوقعت 22 قتيلا): the dead and wounded
    are that force's fighters."""
    t = s.t
    if lex.force_sites.quick_scan().search(t, 0, c.start) is None:
        return False
    for m in lex.force_sites.finditer(t, 0, c.start):
        for k in _words_after(m.end(), s, reach):
            if s.tok_start[k] >= c.start:
                break
            g = lex.force_groups.match(t, s.tok_start[k])
            if g is not None and lex.force_groups.value(g) == "soldiers":
                return True
    return False


def _military_craft(i: int, s: _Sent, lex: _Lex, longest: int = 3) -> bool:
    """Rule military_crew: a crew noun (``crew_nouns``: أفراد طاقم) whose craft, within ``longest``
    words after it, a military word describes (``military_craft``: مروحية عسكرية، طائرة حربية): the
    crew of a military aircraft are soldiers (a civil airliner's crew stay people)."""
    for k in range(i, min(i + longest + 1, len(s.tok_start))):
        if not s.tok_word[k]:
            return False
        if s.t[s.tok_start[k]:s.tok_end[k]] in lex.military_craft:
            return True
    return False


def _glued_noun(word: str, s: _Sent, lex: _Lex) -> str | None:
    """The subject of a person noun with a glued preposition (``2317 جثة لعسكريين أرمن``: soldiers;
    لل is ل + ال), or of a members noun (``17 من منتسبيها``، ``منتسبي الجيش``) when the sentence names
    an armed force (a group noun of ``group_nouns``): its members are soldiers."""
    if _strip_article(word, lex.article) in lex.member_nouns:
        g = next(iter(lex.groups.finditer(s.t, 0, len(s.t))), None)
        return lex.groups.value(g) if g is not None else None
    for pre in lex.glued_refiners:
        if word.startswith(pre) and len(word) > len(pre) + 2:
            rest = word[len(pre):]
            if rest.startswith(pre):  # لل = ل + ال
                rest = lex.article + rest[len(pre):]
            subject = lex.nouns.get(_strip_article(rest, lex.article))
            if subject is not None:
                return subject
    return None


# --- attributions ----------------------------------------------------------------------------


def _verb_object(s: _Sent, pos: int, obj: _Words, lex: _Lex,
                 blocked: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The token of the object ``obj`` matches after a verb ending at ``pos``, and the end of its
    subject's words (at most ``max_source_words``) between; None when the walk meets a non-word, a
    view span, a date or a complementizer, or runs too long. The subject is the tokens from
    ``s.token_at(pos)`` to it. Rule dated_aside: a date set off by two commas after the subject
    (رفعت وزارة الصحة الأرمينية، أمس الجمعة، حصيلة القتلى) is skipped; the subject ends before it."""
    t = s.t
    n = len(s.tok_start)
    i, k = s.token_at(pos), 0
    end = None
    while i < n and k <= lex.max_source_words:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            close = _dated_aside(s, i) if k and end is None else None
            if close is None:
                return None
            end, i = s.tok_end[i - 1], close + 1
            continue
        if obj.match(t, p):
            return i, (s.tok_end[i - 1] if end is None else end)
        if _in(p, blocked) or _in(p, s.dates or []) or lex.complementizers.match(t, p):
            return None
        i, k = i + 1, k + 1
    return None


def _dated_aside(s: _Sent, i: int) -> int | None:
    """The token of the comma closing a date set off by commas that token ``i`` (a comma) opens
    (``، أمس الجمعة،``), else ``None``."""
    t, n = s.t, len(s.tok_start)
    if t[s.tok_start[i]] not in _COMMAS or i + 1 >= n:
        return None
    date = _in(s.tok_start[i + 1], s.dates or [])
    if date is None:
        return None
    j = s.token_at(date[1])
    while j < n and s.tok_start[j] < date[1]:
        j += 1
    if j < n and not s.tok_word[j] and t[s.tok_start[j]] in _COMMAS:
        return j
    return None


def _attributions(s: _Sent, lex: _Lex, gaz: Gazetteer, blocked: list[tuple[int, int]]) -> list[_Attr]:
    """Reporting verbs, prepositions and official tallies of the sentence, with their sources.

    ``blocked`` are view spans (numbers, dates, cues) a source never runs into.
    """
    t = s.t
    out: list[_Attr] = []
    consumed: list[tuple[int, int]] = []
    for m in lex.preps.finditer(t):
        pos = m.end()
        glued = m.group("g") is not None if "g" in m.re.groupindex else False
        pos = _skip_space(t, pos)
        r = lex.relative.match(t, pos)
        if r:
            pos = _skip_space(t, r.end())
            v = lex.verbs.match(t, pos)
            if v:
                pos = v.end()
        else:
            v = lex.verbs.match(t, pos)
            if v:
                pos = v.end()
        elided = False
        if glued:
            pos = _skip_space(t, pos)
            if pos < len(t) and t[pos] in lex.glued and pos + 1 < len(t):
                # جاء في بيان للوزارة: ل + الوزارة, the article's alif elided; the source is الوزارة
                elided = t[pos + 1] == t[pos] and lex.statement_triggers.match(t, m.start()) is not None
                if t[pos + 1] != t[pos] or elided:
                    pos += 1
        src, _crossed = _collect(s, pos, lex, gaz, blocked)
        if src is not None and t[src[0]:src[1]] in lex.count_nouns:
            q = _skip_space(t, src[1])
            g = gaz.sources.match(t, q) if t[q:q + 1] in lex.glued else None
            if g is None and (author := _tally_author_verb(s, src[1], lex, gaz, blocked)) is not None:
                src = author  # rule tally_author_verb: بحسب إحصاء نشرته وزارة الصحة = the ministry
            while g is not None:
                # rule count_author: بحسب تعداد لوكالة فرانس برس، حصيلة لرويترز: the outlet's own count,
                # the source runs over the names that follow one another (لوكالة + فرانس برس)
                src = (src[0], g.end())
                g = gaz.sources.match(t, _skip_space(t, g.end()))
        ra = lex.report_anaphors.match(t, _skip_space(t, pos)) if src is None else None
        if ra is not None:
            src = (ra.start("w"), ra.end())  # وحسب الحصيلة: a report noun that is also a cue word
        tally = lex.tally.search(t, m.start())
        longer = ra is not None and tally is not None and tally.start("w") == src[0] and tally.end() > src[1]
        if tally is not None and (src is None or src[0] > tally.start() or longer) \
                and (tally.start() < m.end() or s.words_between(m.end(), tally.start()) == 0):
            # بحسب حصيلة رسمية: an official tally with no author; rule tally_over_anaphor: the
            # report anaphor الحصيلة yields to the longer tally it opens (بحسب الحصيلة الرسمية)
            src = (tally.start(), tally.end())
            if (author := _tally_author_verb(s, tally.end(), lex, gaz, blocked)) is not None:
                src = author  # rule tally_author_verb: وفق حصيلة رسمية أعلنتها الحكومة = the government
        prev_tok, next_tok = s.token_at(m.start()) - 1, s.token_at(src[1] if src else pos)
        aside = (prev_tok >= 0 and not s.tok_word[prev_tok] and t[s.tok_start[prev_tok]] in _COMMAS
                 and next_tok < len(s.tok_start) and not s.tok_word[next_tok]
                 and t[s.tok_start[next_tok]] in _COMMAS)
        out.append(_Attr(m.start(), m.end(), "prep", src, backward=True, aside=aside,
                         elided=elided and src is not None and src[0] == pos))
        consumed.append((m.start(), src[1] if src else pos))
    for m in lex.pronoun_preps.scan(t):
        if (src := _pronoun_prep_source(s, m.start(), lex, gaz, blocked)) is not None:
            out.append(_Attr(m.start(), m.end(), "prep", src, backward=True, aside=True,
                             rule="pronoun_preposition"))
    for m in lex.statement_triggers.scan(t):
        pos = _skip_space(t, m.end())
        if any(a <= m.start() < b for a, b in consumed) or t[pos:pos + 1] in lex.glued:
            continue
        authored = _word_at(t, pos) in lex.authoring_verbs
        if authored:
            # rule statement_author_verb: وجاء في رسالة وجهها هؤلاء القادة: the subject of a verb that
            # writes or sends the statement (its object a pronoun) is its author
            pos = _skip_space(t, pos + len(_word_at(t, pos)))
        src, _ = _collect(s, pos, lex, gaz, blocked)
        if src is None:
            continue
        word = _word_at(t, src[0])
        if authored and word in lex.refiner_skip:  # وجهها هؤلاء القادة: the noun after the demonstrative
            word = _word_at(t, _skip_space(t, src[0] + len(word)))
        if gaz.sources.match(t, src[0]) is not None or word in lex.anaphors \
                or _strip_article(word, lex.article) in lex.source_heads:
            # rule statement_author: وجاء في بيان الجيش أن ...: the statement's author, named right
            # after it, is the source (جاء في بيان مشترك names none)
            out.append(_Attr(m.start(), m.end(), "prep", src, backward=True,
                             rule="statement_author" + ("_verb" if authored else "")))
            consumed.append((m.start(), src[1]))
    issued: list[tuple[int, int]] = []
    for m in lex.issue_verbs.scan(t):
        first, found = s.token_at(m.end()), _verb_object(s, m.end(), lex.issued, lex, blocked)
        i = found[0] if found is not None else None
        if found is not None and found[0] > first:
            # أصدرت وزارة الدفاع الأرمينية بيانا: the body that issued a report is a source
            src = (s.tok_start[first], found[1])
            out.append(_Attr(m.start(), m.end(), "issued", src))
            consumed.append((m.start(), s.tok_end[i]))
            issued.append((src[0], s.tok_end[i]))  # the issuer and its report (past a dated aside)
    for m in lex.raise_verbs.scan(t):
        first, found = s.token_at(m.end()), _verb_object(s, m.end(), lex.raised_counts, lex, blocked)
        i = found[0] if found is not None else None
        if found is not None and found[0] > first:
            src = (s.tok_start[first], found[1])
            head = _strip_article(_word_at(t, src[0]), lex.article)
            if gaz.sources.search(t, *src) is not None or head in lex.source_heads:
                # rule raised_toll: رفعت وزارة الدفاع حصيلة قتلاها إلى 80: the body that raises a
                # toll reports it, and a later verb with a pronoun subject (وقالت إن) is its own
                out.append(_Attr(m.start(), m.end(), "raised", src))
                consumed.append((m.start(), src[1]))
        elif i is not None and i == first and (back := _raiser_before(s, m.start(), gaz)) is not None:
            # rule raised_toll_svo: وباكو ترفع حصيلة قتلاها إلى 63: a named body right before the verb
            # of raising, its object the toll, reports that toll
            out.append(_Attr(m.start(), m.end(), "raised", back, backward=True, rule="raised_toll_svo"))
            consumed.append((back[0], m.end()))
    verbs = sorted([(m, False) for m in lex.verbs.finditer(t)]
                   + [(m, True) for m in lex.quote_verbs.scan(t)], key=lambda x: x[0].start())
    for m, quote in verbs:
        if any(a <= m.start() < b for a, b in consumed):
            continue
        before = s.word_starts_before(m.start(), 1)
        if before and _word_at(t, before[0]) in lex.masdar_negations:
            continue  # rule masdar_negation: فضل عدم ذكر اسمه: a verbal noun, it reports nothing
        if before and _word_at(t, before[0]) in lex.negations:
            # "ولم تعلن باكو": no claim is reported, but a later "لكنها قالت" points back to it
            src, _ = _collect(s, m.end(), lex, gaz, blocked)
            if src is not None:  # the whole stretch after the verb: "عن" restarts a source
                s.denied.append(_Attr(m.start(), m.end(), "denied", (_skip_space(t, m.end()), src[1])))
            continue
        pre = m.group("pre") or ""
        after = _next_word(s, m.end(), lex, blocked)
        svo = after is not None and bool(lex.complementizers.match(t, after) or lex.particles.match(t, after))
        back, marked = _collect_back(s, m.start(), lex) if not pre else (None, False)
        if back is not None and any(a < back[1] and back[0] < b for a, b in issued):
            back = None  # أصدرت الوزارة بيانا قالت فيه: the verb's subject is the issuer, named already
        if not pre and (back is None or lex.authored.match(t, back[0]) is not None):
            author = _report_author(s, m.start(), lex, gaz, blocked)
            if author is not None:
                back, marked = author, True
        if pre in lex.topic_clitics:
            # أما النيابة العامة فقالت إن: the topic after أما is the subject of the verb with ف
            topic = _topic_subject(s, m.start(), lex)
            if topic is not None:
                back, marked = topic, True
        crossed = False
        if (marked or svo) and lex.declared.match(t, _skip_space(t, m.end())) is not None:
            # rule declared_object_svo: وكان الرئيس ... أعلن حالة الطوارئ بعد هجوم قتل خلاله 39: the
            # subject before the verb declares a state; the verb reports no toll
            s.idle.append(m.start())
            continue
        if marked or (svo and back is not None):
            src = back
        elif svo:
            src = None
        outer: list[tuple[int, int]] = []
        collected = None
        titled = None
        if not (marked or svo) and after is not None and lex.claimed.match(t, after) is not None:
            if _claimed_back(s, after, lex):
                s.idle.append(m.start())  # rule claimed_back: أعلن التنظيم مسؤوليته عنه: a description of
                continue  # the event named before it, inside another report: it reports no toll
            rel = bool(before) and (_word_at(t, before[0]) in lex.relative_anaphors
                                    or lex.relatives.match(t, before[0]) is not None)
            src = _claimer(s, before[0], lex) if rel else back
            # rule claimed_object: أعلن تبني، أعلنت مسؤوليتها: the claimer is the subject
        elif not (marked or svo):
            src, crossed = _collect(s, m.end(), lex, gaz, blocked, outer, quoting=quote)
            collected = src
            rel_subject = bool(before) and (_word_at(t, before[0]) in lex.relative_anaphors
                                            or lex.relatives.match(t, before[0]) is not None)
            if src is not None and not crossed and (back is None or rel_subject) \
                    and _declares_state(s, src, lex):
                # rule declared_object; after a relative pronoun (المجموعة التي أعلنت ولاءها لتنظيم)
                # the subject before it does not make the declared state a source
                s.idle.append(m.start())
                continue
            obj = _next_word(s, src[1], lex, blocked) if src is not None else None
            if obj is not None and lex.claimed.match(t, obj) is not None and _claimed_back(s, obj, lex):
                s.idle.append(m.start())  # rule claimed_back (VSO): أعلن تنظيم داعش مسؤوليته عنه
                continue
            if src is not None and not crossed and before and _word_at(t, before[0]) in lex.relative_anaphors:
                ante = _relative_subject(s, before[0], src, lex, gaz)
                if ante is not None:
                    src = collected = ante
            if src is not None and not crossed and gaz.sources.search(t, *src) is None \
                    and (title := _title_aside(s, src[1], lex, gaz)) is not None:
                src = collected = titled = (src[0], title)
        if quote and not crossed:
            continue
        if src is None and not marked and back is None and after is not None \
                and lex.impersonal.match(t, m.start()) is not None and lex.heads.match(t, after) is not None:
            # rule impersonal_estimate: ويقدر عدد القتلى ... بنحو 6500: an estimate verb with no subject
            # before it whose object is the toll head itself is the passive 'is estimated': no report,
            # the outlet's own voice, not a pronoun subject carried from before
            s.idle.append(m.start())
            continue
        if src is None and not svo and back is not None:
            src = back  # a headline's subject before its verb (روسيا تعلن إسقاط ...)
        shared = None
        if src is None and svo and pre[:1] in lex.conjunctions and not any(x.pos < m.start() for x in out):
            # rule shared_subject: ودعت بعثة الأمم المتحدة إلى وقف النار، ...، وقالت إن: a verb joined by و
            # with no subject of its own reports for the subject of the sentence's opening verb
            shared = src = _participle_subject(s, m.start(), lex, gaz, blocked)
        kind = _verb_kind(s, src[1] if src else m.end(), lex, blocked)
        if lex.warn_verbs.match(t, m.start()) and not _that_follows(s, src[1] if src else m.end(), lex):
            continue  # حذر خبراء من خطورة ...: a warning of something, no report
        if src is not None and lex.recording_verbs.match(t, m.start()) is not None \
                and _strip_article(_word_at(t, src[0]), lex.article) in lex.place_heads:
            s.idle.append(m.start())  # rule place_subject: سجلت محافظة صلاح الدين مقتل 64: where, not who
            continue
        if kind == "verb_final" and src is not None and src == collected and back is not None \
                and _party_subject(s, back, src, lex, gaz):
            src = back  # rule party_subject: آرتساخ تسجل أول وفاة: the party before the verb is its subject
        if kind == "verb_final" and src is not None and src == collected \
                and not _named_source(s, src, lex, gaz, blocked):
            s.idle.append(m.start())  # still a verb of its own clause: a date past it is not the toll's
            continue  # rule source_shape: أعلنت ولاءها لتنظيم، تكشف عن حقد ...: the verb reports nothing
        prev_tok = s.token_at(m.start()) - 1
        backward = (kind == "verb_final" and prev_tok >= 0 and not s.tok_word[prev_tok]
                    and t[s.tok_start[prev_tok]] in _COMMAS)
        if kind == "verb_final" and not pre and before and _word_at(t, before[0]) in lex.as_reported:
            backward = True  # rule as_reported: ...، كما ذكرت أمس مصادر رسمية: the counts before it
        if backward and pre and src is not None and src == collected and _counted_object(s, src[1], blocked):
            # rule conjoined_report: ...، وأعلنت فيها باكو مقتل 2908: a verb joined by و whose object is
            # a toll cue and its count right after its source reports that toll, not the counts before
            backward = False
        out.append(_Attr(m.start(), m.end(), kind, src, backward=backward,
                         outer=outer[-1] if outer else None))
        if shared is not None:
            out[-1].rule = "shared_subject"
        elif titled is not None and src == titled:
            out[-1].rule = "title_aside"
        consumed.append((m.start(), src[1] if src else m.end()))
    for a in out:
        if a.kind == "prep" and lex.quoting.match(t, a.pos):
            # ذكرت رويترز نقلا عن مسؤول: the source right before the quoting preposition quotes it
            a.outer = next((b.outer or b.src for b in out if b.src is not None and b is not a
                            and (b.src == a.src and b.outer is not None
                                 or b.src[1] <= a.pos and s.words_between(b.src[1], a.pos) == 0)), None)
    for m in lex.tally.scan(t):
        if any(a <= m.start() < b for a, b in consumed):
            continue
        out.append(_Attr(m.start(), m.end(), "tally", (m.start(), m.end())))
    for m in lex.estimates.scan(t):
        # rule estimate_that: an unnamed estimate followed right away by a complementizer (وسط تقديرات
        # بأن الحصيلة قد تتجاوز ...) reports the clause after it, the outlet's own tally
        if not any(a <= m.start() < b for a, b in consumed) \
                and lex.complementizers.match(t, _skip_space(t, m.end())):
            out.append(_Attr(m.start(), m.end(), "tally", (m.start(), m.end()), rule="estimate_that"))
    for m in lex.learn_verbs.scan(t):
        if not any(a <= m.start() < b for a, b in consumed) \
                and (src := _learned_source(s, m.end(), lex, gaz, blocked)) is not None:
            out.append(_Attr(m.start(), m.end(), "verb", src, rule="learned_from"))
            consumed.append((m.start(), src[1]))
    for m in lex.report_participles.scan(t):
        if not any(a.pos < m.start() for a in out) and not any(a <= m.start() < b for a, b in consumed) \
                and (src := _participle_subject(s, m.start(), lex, gaz, blocked)) is not None:
            out.append(_Attr(m.start(), m.end(), _verb_kind(s, m.end(), lex, blocked), src,
                             rule="participle_report"))
            consumed.append((m.start(), m.end()))
    head = _headline_source(s, gaz, lex)
    if head is not None and not any(a.pos < head[1] for a in out):
        out.append(_Attr(head[0], head[1], "headline", head))  # يريفان: أكثر من 100 ألف لاجئ
    deniers = [(m, False) for m in lex.denial_verbs.scan(t)] + [(m, True) for m in lex.accusing_verbs.scan(t)]
    for m, accuses in deniers:
        src, _ = _collect(s, m.end(), lex, gaz, blocked)
        if src is None:
            continue
        g = gaz.sources.match(t, src[0])
        if g is not None:
            src = (src[0], g.end())  # ونفت قوات الدعم السريع الاتهامات: the name, not its object
        elif accuses:
            continue  # اتهمت باكستان الهند: the accused follows an accuser the gazetteer does not name
        # rule denier: ونفت وزارة الدفاع الأنباء، وقالت إن ...: the body that denies speaks next
        s.hints.append(_Attr(m.start(), m.end(), "denier", src))
    for m in lex.report_nouns.scan(t):
        g = gaz.sources.match(t, _skip_space(t, m.end()))
        if g is not None and not any(a <= m.start() < b for a, b in consumed):
            # إعلان علييف ... وقال إن: the speaker of a later verb with a pronoun subject
            s.hints.append(_Attr(m.start(), m.end(), "hint", (_skip_space(t, m.end()), g.end())))
    _count_by_verb(s, out, lex)
    # rule pronoun_source: في بيان له: a bare pronoun clitic after a glued ل names no source
    out[:] = [a for a in out if not (a.kind == "prep" and a.src is not None
                                      and t[a.src[0]:a.src[1]] in lex.pronoun_clitics)]
    for a in out:
        end = a.src[1] if a.src is not None and a.src[1] > a.end else a.end
        i, k, found = s.token_at(a.pos), 0, set()
        while i < len(s.tok_start) and k <= lex.report_window + s.words_between(a.pos, end):
            if not s.tok_word[i]:
                if t[s.tok_start[i]] in _SENTENCE_PUNCT:
                    break
            else:
                k += 1
                w = lex.report_words.search(t, s.tok_start[i], s.tok_end[i])
                if w is not None:
                    found.add(lex.report_words.value(w))
            i += 1
        a.reports = frozenset(found)  # أعلنت بعثة الأمم المتحدة في تقرير: the report a later التقرير means
    for a in out + s.denied + s.hints:
        if a.outer is not None:  # a party's name in the quoting words beats the outlet's
            found = [gaz.sources.value(h) for h in gaz.sources.finditer(t, *a.outer)]
            a.outer_party = next((p for p in found if p in gaz.parties), found[0] if found else None)
        if a.src is None:
            continue
        owner = _owner(s, a.src, lex, gaz, blocked)
        if owner is not None:
            a.src = (a.src[0], max(a.src[1], owner[1]))  # وكالة "سبأ" التابعة للحوثيين
        a.text = s.raw_text(a.src)
        a.norm = t[a.src[0]:a.src[1]]
        if a.elided:  # بيان للوزارة: the words are الوزارة, the article the clitic elided restored
            prefix = _elided(a.norm, lex, gaz)
            a.text, a.norm = prefix + a.text, prefix + a.norm
        if lex.each_side.search(t, a.src[0], a.src[1]):
            a.each_side, a.party = True, "unknown"
            continue
        a.both_tally = lex.tally.search(t, a.src[0], a.src[1]) is not None \
            and lex.both_tally.search(t, a.src[0], a.src[1]) is not None
        hit = gaz.sources.search(t, a.src[0], a.src[1])
        lo = a.src[0]
        while hit is None and lo > 0 and t[lo - 1].isalpha():
            lo -= 1  # rule glued_source: وفقا لرويترز، حصيلة لرويترز: the name after a glued clitic
            hit = gaz.sources.search(t, lo, a.src[1])
        a.party = gaz.sources.value(hit) if hit else "unknown"
        if hit is not None and a.party in gaz.parties and _mixed_sources(hit, a, s, gaz, lex):
            a.party, a.rule = "unknown", "mixed_sources"
        if hit is not None and a.party == "international" and lex.national_bodies.fullmatch(t, *hit.span()) \
                and (nxt := gaz.sources.match(t, _past_qualifier(t, _skip_space(t, hit.end()), lex))) \
                is not None \
                and nxt.end() <= a.src[1] and gaz.sources.value(nxt) in gaz.parties:
            # rule national_body: مجلس الأمن الأرميني، الصليب الأحمر الأذربيجاني: an international name that
            # is also a kind of national body (``national_bodies``) with a party's adjective right after it
            # names that party's own body (a monitor's proper name keeps its party: هيومن رايتس ووتش)
            # (rule national_qualifier: one 'national_qualifiers' word may stand between them:
            # مجلس الأمن القومي الأرميني)
            a.party, a.rule = gaz.sources.value(nxt), "national_body"
        elif hit is not None and a.party == "international" \
                and lex.national_bodies.fullmatch(t, *hit.span()) and hit.end() < a.src[1] \
                and _strip_article(_word_at(t, _skip_space(t, hit.end())), lex.article) in lex.nationalities:
            # rule national_body: a national society of another country (الصليب الأحمر اللبناني) is no
            # international body; its country is no party of the conflict
            a.party, a.rule = "unknown", "national_body"
        if hit is not None and a.party == "media" and (lex.tally.match(t, hit.start())
                                                       or lex.estimates.match(t, hit.start())):
            # an official tally or an estimate with a party's adjective (أرقام رسمية أرمينية،
            # تقديرات أممية) is that party's
            nxt = gaz.sources.search(t, hit.end(), a.src[1])
            if nxt is not None and s.words_between(hit.end(), nxt.start()) <= 1 \
                    and gaz.sources.value(nxt) != "media":
                a.party = gaz.sources.value(nxt)
            elif hit.end() < a.src[1] and _author_head(_word_at(t, _skip_space(t, hit.end())), lex):
                # rule tally_author: a tally or an estimate with its author (إحصاءات وزارة الصحة في ...،
                # تقديرات الاستخبارات الأميركية، the author glued to ل: آخر إحصائية لوزارة الصحة) is the
                # author's, whom the gazetteer may not know: no outlet's own tally
                # (rule agency_tally: إحصاءات وكالات الأنباء, an outlet's own tally, stays media)
                a.party = gaz.sources.value(nxt) if nxt is not None else "unknown"
                if a.party == "media":
                    a.rule = "agency_tally"
            elif hit.end() < a.src[1] and _strip_article(
                    _word_at(t, _skip_space(t, hit.end())), lex.article) in lex.nationalities:
                # rule national_tally: التقديرات الإسرائيلية، أرقام رسمية سورية: the tally of a country
                # that is none of the conflict's parties (those the gazetteer names) is no outlet's
                a.party, a.rule = "unknown", "national_tally"
        if hit is None and (found := _party_from_context(s, a, lex, gaz)) is not None:
            a.party, a.rule = found
        if owner is not None and hit is not None and hit.start() < owner[0] \
                and gaz.sources.value(hit) == "media":
            # rule owned_outlet: وكالة "سبأ" التابعة للحوثيين، قناة المنار التابعة لحزب الله: an outlet
            # a party owns speaks for it; an owner the conflict's parties do not hold is unknown
            body = gaz.sources.search(owner[2])
            value = gaz.sources.value(body) if body is not None else None
            # (an owner the gazetteer holds as an international monitor speaks as one: وكالة هرانا
            # التابعة لمجموعة ناشطي حقوق الإنسان)
            a.party = value if value in gaz.parties or value == "international" else "unknown"
            a.rule = "owned_outlet"
    out.sort(key=lambda a: a.pos)
    return out


def _mixed_sources(hit: re.Match[str], a: _Attr, s: _Sent, gaz: Gazetteer, lex: _Lex) -> bool:
    """Rule mixed_sources: a head noun with a party's adjective joined by a conjunction to another party's
    right after it (مصادر أرمينية وأذربيجانية، مسؤولون روس وأتراك) names sources of both sides, no single
    party."""
    t = s.t
    if a.src is None or hit.start() <= a.src[0]:
        return False  # two names (الانفصاليين وباكو تعلن): two sources, not one head with two adjectives
    nxt = gaz.sources.search(t, hit.end(), a.src[1])
    if nxt is None or s.words_between(hit.end(), nxt.start()) != 0:
        return False
    other = gaz.sources.value(nxt)
    return other in gaz.parties and other not in ("media", a.party) \
        and t[_skip_space(t, hit.end())] in lex.conjunctions


def _count_by_verb(s: _Sent, out: list[_Attr], lex: _Lex) -> None:
    """Rule count_by_verb: a preposition of attribution whose words are a count noun alone or none
    (``بحسب حصيلة أعلنها التلفزيون الرسمي``، ``وفق إحصاء نشرته الوزارة``) takes the source of the
    reporting verb right after that noun, the author of the count; the verb, inside the preposition's
    phrase, is no attribution of its own."""
    t = s.t
    nouns = lex.count_nouns
    for a in [a for a in out if a.kind == "prep" and (a.src is None or t[a.src[0]:a.src[1]] in nouns)]:
        if a.src is None:
            i = s.token_at(_skip_space(t, a.end))
            if i >= len(s.tok_start) or not s.tok_word[i] or t[s.tok_start[i]:s.tok_end[i]] not in nouns:
                continue
            noun_end = s.tok_end[i]
        elif a.src is not None:
            noun_end = a.src[1]
        verb = next((b for b in out if b.kind in ("verb", "verb_final") and b.src is not None
                     and b.pos > noun_end and s.words_between(noun_end, b.pos) == 0
                     and not s.punct_between(noun_end, b.pos)), None)
        if verb is not None:
            a.src = verb.src
            out.remove(verb)


def _pronoun_prep_source(s: _Sent, pos: int, lex: _Lex, gaz: Gazetteer, blocked: list[tuple[int, int]]
                         ) -> tuple[int, int] | None:
    """Rule pronoun_preposition: a preposition of attribution with a pronoun (``pronoun_prepositions``:
    بحسبها، وفقه، حسبهم) points back to the source named last before it in its sentence: a name the
    gazetteer knows headed by a source noun (``source_heads``: منظمة، وزارة) up to three words before it
    or opening it (طالبت منظمة العفو الدولية بتحقيق في مقطع يظهر، بحسبها، إعدام 7 أسرى; وزارة الخارجية
    الأرمينية). A bare country or place name is no antecedent; ``None`` when there is none."""
    t = s.t
    for hit in reversed(list(gaz.sources.finditer(t, 0, pos))):
        if _in(hit.start(), blocked):
            continue
        start = next((p for p in [hit.start(), *reversed(s.word_starts_before(hit.start(), 3))]
                      if _strip_article(_word_at(t, p), lex.article) in lex.source_heads
                      and not s.punct_between(p, hit.start())), None)
        return (start, hit.end()) if start is not None else None
    return None


def _participle_subject(s: _Sent, pos: int, lex: _Lex, gaz: Gazetteer, blocked: list[tuple[int, int]]
                        ) -> tuple[int, int] | None:
    """Rule participle_report: a reporting participle (``report_participles``: مشيرة، موضحا، مقدرة) in
    a sentence with no reporting verb before it reports for the subject of the sentence's opening verb,
    the words right after the first word naming a source (a head of ``source_heads`` or a name the
    gazetteer knows): ``ودعت اللجنة الدولية للصليب الأحمر إلى حماية المدنيين، مشيرة إلى أن`` = the ICRC;
    after a contrast opener (``contrast_openers``: فيما، بينما) the verb right after the last one opens it.
    None when the second word names no source (أسفر القصف عن ...، مشيرا), or a sentence or clause
    break (a full stop, a colon) stands between."""
    t = s.t
    first = next((i for i in range(len(s.tok_start)) if s.tok_word[i]), None)
    if first is not None and (m := lex.openers.match(t, s.tok_start[first])) is not None:
        # rule participle_opener: من جهتها، أبدت المنظمة الدولية للهجرة قلقا، مشيرة إلى: the verb after
        # the opening phrase opens the sentence
        first = next((i for i in range(s.token_at(m.end()), len(s.tok_start)) if s.tok_word[i]), first)
    for m in lex.contrast_openers.finditer(t, 0, pos):
        # فيما عبرت اللجنة الدولية عن صدمتها، مقدرة أن: the verb opening the participle's own clause
        first = next((i for i in range(s.token_at(m.end()), len(s.tok_start)) if s.tok_word[i]), first)
    if first is None or s.tok_start[first] >= pos or first + 1 >= len(s.tok_start) \
            or not s.tok_word[first + 1]:
        return None
    if any(not s.tok_word[i] and t[s.tok_start[i]] in _SENTENCE_PUNCT
           for i in range(first, s.token_at(pos))):
        return None
    g = gaz.sources.match(t, s.tok_start[first + 1])
    if g is not None and g.end() <= pos:
        return (g.start(), g.end())  # a name the gazetteer knows, whatever its verb governs after it
    src, crossed = _collect(s, s.tok_end[first], lex, gaz, blocked)
    if src is None or crossed or src[0] != s.tok_start[first + 1] or src[1] > pos:
        return None
    return src if _strip_article(_word_at(t, src[0]), lex.article) in lex.source_heads else None


def _learned_source(s: _Sent, pos: int, lex: _Lex, gaz: Gazetteer, blocked: list[tuple[int, int]],
                    longest: int = 5) -> tuple[int, int] | None:
    """Rule learned_from: after a verb of ``learn_verbs`` (علمت), the outlet that learned (quoted or
    not) and a word of ``learn_links`` (من) within ``longest`` words, the words naming a source (a
    head of ``source_heads`` or a name the gazetteer knows) that a complementizer ends: ``علمت «الشرق
    الأوسط» من مصادر مطلعة، أن`` = مصادر مطلعة. None when any of it is missing (علمت أن، علم الدولة)."""
    t = s.t
    i, words = s.token_at(pos), 0
    while i < len(s.tok_start) and words < longest:
        if not s.tok_word[i]:
            if t[s.tok_start[i]] in _CLAUSE_PUNCT:
                return None
        elif _word_at(t, s.tok_start[i]) in lex.learn_links:
            break
        elif lex.complementizers.match(t, s.tok_start[i]):
            return None
        else:
            words += 1
        i += 1
    else:
        return None
    src, _ = _collect(s, s.tok_end[i], lex, gaz, blocked)
    if src is None or (_strip_article(_word_at(t, src[0]), lex.article) not in lex.source_heads
                       and gaz.sources.search(t, *src) is None):
        return None
    nxt = _next_word(s, src[1], lex, blocked)
    return src if nxt is not None and lex.complementizers.match(t, nxt) else None


def _party_from_context(s: _Sent, a: _Attr, lex: _Lex, gaz: Gazetteer, back: int = 8
                        ) -> tuple[str, str] | None:
    """The party of a source the gazetteer does not name, read from its words or the words before it.

    Rule local_official: a local official or body (``local_official_heads``: رئيس بلدية، محافظ، سلطات)
    of a place a party governs (the gazetteer's ``party_places``) speaks for that party (``رئيس بلدية
    مارتاكيرت`` = karabakh; ``السلطات المحلية في تاوز`` = azerbaijan). Rule side_topic: a topic phrase
    naming a party's side (``side_topic_heads`` + the party's adjective: ``أما في الجانب الأذربيجاني،
    فقد أعلن مكتب المدعي العام``) in the sentence's first three words, before the verb: the source is
    that party's (``قال إن الجانب الأذربيجاني يرفض ...`` later in a sentence is no topic)."""
    t = s.t
    assert a.src is not None
    if gaz.party_places is not None and (head := lex.local_official_heads.match(t, a.src[0])) is not None:
        place = gaz.party_places.search(t, head.end(), a.src[1])
        if place is not None and s.words_between(head.end(), place.start()) <= 1:
            return gaz.party_places.value(place), "local_official"
        if s.tok_start and lex.place_topics.match(t, s.tok_start[0]) is not None:
            # rule local_official_topic: وفي بلدة غوريس الحدودية، ...، قال رئيس البلدية: the sentence
            # opens with في + a place a party governs; the official with no place of its own is its
            opening = gaz.party_places.search(t, s.tok_start[0], a.src[0])
            if opening is not None and s.words_between(s.tok_start[0], opening.start()) <= 2:
                return gaz.party_places.value(opening), "local_official_topic"
    if s.tok_start and (topic := lex.place_topics.match(t, s.tok_start[0])) is not None:
        # rule place_topic: وفي باكو، قال مكتب المدعي العام: the sentence opens with في + a party's
        # name (its capital) set off by a comma, before the source: the unnamed body is that party's
        g = gaz.sources.match(t, _skip_space(t, topic.end()))
        k = _skip_space(t, g.end()) if g is not None else 0
        if g is not None and g.end() <= a.pos and k < len(t) and t[k] in _COMMAS \
                and gaz.party_side(gaz.sources.value(g)) is not None:
            return gaz.sources.value(g), "place_topic"
    if not lex.side_topic_heads:
        return None
    for p in reversed(s.word_starts_before(a.pos, back)):
        if any(ch in _SENTENCE_PUNCT for ch in t[p:a.pos]):
            return None
        if _strip_article(_word_at(t, p), lex.article) not in lex.side_topic_heads \
                and _word_at(t, p) not in lex.side_topic_heads:
            continue
        if s.words_between(0, p) > 2:
            return None  # a topic opens the sentence (أما في، وعلى): قال إن الجانب الأذربيجاني يرفض is none
        q = _skip_space(t, p + len(_word_at(t, p)))
        g = gaz.sources.match(t, q)
        if g is not None and gaz.sources.value(g) in gaz.parties:
            return gaz.sources.value(g), "side_topic"
        return None
    return None


_WORD = re.compile(r"\w+")


def _named_before(name: str, earlier: list[str], lex: _Lex, gaz: Gazetteer, longest: int = 2,
                  back: int = 6, gap: int = 3) -> str | None:
    """Rule named_before: the party of a source that is a person's bare name (``وقال بوسنين``), from
    the words that introduced that name earlier in the article (``رئيس بعثة منظمة «أطباء بلا حدود» في
    اليمن حسن بوسنين``): the last name the gazetteer knows among the ``back`` words right before the
    name, in its clause, at most ``gap`` words before it, at the latest earlier mention that has one (a
    later ``ووصف بوسنين`` has none); a tally or an estimate there (``أول حصيلة رسمية تعلنها بنوم بنه``)
    introduces no one. ``name`` is the source's normalized words, at most
    ``longest`` of them, none with the article or a head of a source's name (``المصادر``, ``المتحدث``
    say nothing of a person); ``earlier`` the normalized texts before the source, nearest last.
    ``None`` when no such mention or no name stands there."""
    words = name.split()
    if not words or len(words) > longest or any(
            w.startswith(lex.article) or w in lex.anaphors
            or _strip_article(w, lex.article) in lex.source_heads for w in words):
        return None
    pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
    for text in reversed(earlier):
        for found in reversed(list(pattern.finditer(text))):
            start = found.start()
            stop = max((text.rfind(ch, 0, start) for ch in _CLAUSE_PUNCT), default=-1) + 1
            before = list(_WORD.finditer(text, stop, start))[-back:]
            hits = [h for h in gaz.sources.finditer(text, before[0].start(), start)
                    if lex.tally.match(text, h.start()) is None
                    and lex.estimates.match(text, h.start()) is None] if before else []
            if hits and len(_WORD.findall(text, hits[-1].end(), start)) <= gap:
                return gaz.sources.value(hits[-1])
    return None


def _title_aside(s: _Sent, end: int, lex: _Lex, gaz: Gazetteer, longest: int = 12) -> int | None:
    """Rule title_aside: a source that names no party (a person's name, ``وقال أرتاك بغلريان``) followed
    by an aside set off by commas that gives the person's post (``، المسؤول عن الملف في سلطات الإقليم،
    إن``): a source head or anaphor opens it, a comma closes it right before a complementizer, and the
    gazetteer knows a party in it. Returns the end of the aside's words (the source runs over it), else
    ``None`` (``وقال فلان، أمس، إن`` and a post with no party keep the name alone)."""
    t = s.t
    k = s.token_at(end)
    n = len(s.tok_start)
    if k >= n or s.tok_word[k] or t[s.tok_start[k]] not in _COMMAS or k + 1 >= n or not s.tok_word[k + 1]:
        return None
    first = _word_at(t, s.tok_start[k + 1])
    if first not in lex.anaphors and _strip_article(first, lex.article) not in lex.source_heads:
        return None
    words = 0
    for i in range(k + 1, n):
        if s.tok_word[i]:
            words += 1
            if words > longest:
                return None
            continue
        if t[s.tok_start[i]] not in _COMMAS:
            return None
        if i + 1 >= n or not s.tok_word[i + 1] or not lex.complementizers.match(t, s.tok_start[i + 1]):
            return None
        aside = (s.tok_start[k + 1], s.tok_end[i - 1])
        return aside[1] if gaz.sources.search(t, *aside) is not None else None
    return None


def _counted_object(s: _Sent, end: int, blocked: list[tuple[int, int]]) -> bool:
    """Whether a toll cue and then its count stand right after a source ending at ``end`` (``وأعلنت
    فيها باكو مقتل 2908``): the two spans ``blocked`` holds next after ``end`` (a cue, then a number)
    follow one another with no word or punctuation between (``وأكد الحاكم حصيلة القتلى`` has no count)."""
    after = sorted(b for b in blocked if b[0] >= end)
    if len(after) < 2:
        return False
    (a0, a1), (b0, _b1) = after[0], after[1]
    return s.words_between(end, a0) == 0 and not s.punct_between(end, a0) \
        and s.words_between(a1, b0) == 0 and not s.punct_between(a1, b0)


def _party_subject(s: _Sent, back: tuple[int, int], src: tuple[int, int], lex: _Lex, gaz: Gazetteer) -> bool:
    """Rule party_subject: whether the words before a verb (SVO) are wholly a name of one of the
    conflict's parties (``آرتساخ تسجل أول وفاة``، ``باكو تعلن الحداد``) and the words after it name
    no source (no name the gazetteer knows, no anaphor, no head of a source's name): then the party
    is the verb's subject and the words after it its object."""
    t = s.t
    g = gaz.sources.match(t, back[0])
    if g is None or g.end() < back[1] or gaz.sources.value(g) not in gaz.parties:
        return False
    word = _word_at(t, src[0])
    return gaz.sources.search(t, src[0], src[1]) is None and word not in lex.anaphors \
        and _strip_article(word, lex.article) not in lex.source_heads


def _report_author(s: _Sent, verb: int, lex: _Lex, gaz: Gazetteer, blocked: list[tuple[int, int]],
                   longest: int = 16) -> tuple[int, int] | None:
    """Rule report_author: a report noun (``authored_reports``: تقرير، دراسة) opening the clause of a
    reporting verb written after it (SVO), with a glued ل and its author right after it, makes the
    author the verb's subject, past an aside set off by commas (``وكان تقرير لشبكة "راصدين"، المكونة
    من عدة منظمات حقوقية، كشف أن 93 مدنيا قتلوا`` = شبكة "راصدين"). The noun must open its sentence
    or follow only svo markers or openers (وكان، إلا أن), at most ``longest`` words before the verb,
    with no other reporting verb, complementizer or full stop between."""
    t = s.t
    if lex.authored.search(t, 0, verb) is None:
        return None  # no report noun before the verb in the sentence (the usual case): nothing to walk
    for p in reversed(s.word_starts_before(verb, longest)):
        if lex.complementizers.match(t, p) or lex.verbs.match(t, p):
            return None
        if lex.authored.match(t, p) is None:
            continue
        lead = s.word_starts_before(p, 2)
        lead = [q for q in lead if not s.punct_between(q, p)]
        if lead and not all(lex.svo_markers.match(t, q) or lex.openers.match(t, q) for q in lead) \
                and s.words_between(_clause_start(s, p), p) > 0:
            return None
        q = _skip_space(t, lex.authored.match(t, p).end())
        if q + 1 >= len(t) or t[q] not in lex.glued or t[q + 1] == t[q]:
            return None
        if any(t[k] in _SENTENCE_PUNCT for k in range(p, verb)):
            return None
        src, _ = _collect(s, q + 1, lex, gaz, blocked)
        return src
    return None


def _declares_state(s: _Sent, src: tuple[int, int], lex: _Lex) -> bool:
    """Rule declared_object: the words collected after a reporting verb hold a state it declares
    (``declared_objects``: أعلنت السلطات في كابول حالة التأهب، اعلنت ولاءها لتنظيم داعش، أعلن الجيش
    وقف إطلاق النار): the verb reports that state, no toll, and its words are no source."""
    m = lex.declared.search(s.t, src[0])
    return m is not None and m.start() < src[1]  # وقف إطلاق النار: a source break may cut the object


def _claimed_back(s: _Sent, obj: int, lex: _Lex, longest: int = 2) -> bool:
    """Rule claimed_back: a claim of responsibility whose object is a pronoun (``claimed_back_pronouns``:
    عنه، عنها) within ``longest`` words after the masdar (``تفجير ... أعلن تنظيم داعش مسؤوليته عنه قتل
    أكثر من 100``) describes an event named before it: the clause holds no toll of its own, so the
    count stays the report's around it (قالت الشرطة إن)."""
    return any(_word_at(s.t, s.tok_start[i]) in lex.claimed_back
               for i in _words_after(obj, s, longest + 1)[1:])


def _claimer(s: _Sent, rel: int, lex: _Lex, longest: int = 4) -> tuple[int, int] | None:
    """Rule claimed_object: the antecedent of a relative pronoun at ``rel`` whose verb announces a
    claim of responsibility (``عناصر من حزب العمال الكردستاني الذي أعلن تبني مقتل شرطيين``): the noun
    phrase right before the pronoun, at most ``longest`` words, back to punctuation, a preposition, a
    reporting verb or a definite word before an indefinite one (an annexation ends at its definite
    noun: ``نفذ الهجوم تنظيم داعش الذي`` = تنظيم داعش)."""
    t = s.t
    k = s.token_at(rel) - 1
    first = last = None
    words = 0
    while k >= 0 and s.tok_word[k] and words < longest:
        p = s.tok_start[k]
        w = _word_at(t, p)
        if w in lex.dangling or lex.verbs.match(t, p) or lex.complementizers.match(t, p):
            break
        if first is not None and w.startswith(lex.article) and not _word_at(t, first).startswith(lex.article):
            break
        if w.startswith(_WAW + lex.article):  # والمتمردين الأكراد الذين: a conjunct opens it
            first, last = p + 1, last if last is not None else s.tok_end[k]
            break
        first, last = p, last if last is not None else s.tok_end[k]
        words += 1
        k -= 1
    return (first, last) if first is not None and last is not None else None


def _relative_subject(s: _Sent, rel: int, src: tuple[int, int], lex: _Lex, gaz: Gazetteer,
                      reach: int = 80) -> tuple[int, int] | None:
    """Rule relative_subject: a reporting verb right after a relative pronoun (``relative_anaphors``:
    التي، الذي) has the pronoun's antecedent as its subject, so the words after the verb are its
    object, not a source, unless they name one (``اللجنة الدولية للصليب الأحمر، التي سجلت أسماء
    مئات الأسرى``: the ICRC recorded; ``أسماء`` is what it recorded). The antecedent is a name the
    gazetteer knows that ends right before the pronoun (a comma may stand between)."""
    t = s.t
    word = _word_at(t, src[0])
    if gaz.sources.match(t, src[0]) is not None or word in lex.anaphors \
            or _strip_article(word, lex.article) in lex.source_heads:
        return None
    found = None
    for g in gaz.sources.finditer(t, max(0, rel - reach), rel):
        found = g
    if found is None or t[found.end():rel].strip(" \u060c,"):
        return None
    return found.start(), found.end()


def _owner(s: _Sent, src: tuple[int, int], lex: _Lex, gaz: Gazetteer,
           blocked: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """Rule owned_outlet: the words naming the body that owns the source, after an affiliation
    word with a glued ل (وكالة الأنباء التابعة للجيش: الجيش), inside the source or right after it:
    their span and their words as the gazetteer reads them (the article that لل elides restored)."""
    t = s.t
    m = lex.affiliations.search(t, src[0], src[1])
    if m is None:
        q = _next_word(s, src[1], lex, blocked)
        if q is None or s.words_between(src[1], q) > 0:
            return None
        m = lex.affiliations.match(t, q)
        if m is None:
            return None
    pos = _skip_space(t, m.end())
    if pos + 1 >= len(t) or t[pos] not in lex.glued:
        return None
    elided = t[pos + 1] == t[pos]  # للجيش: ل + الجيش
    body, _ = _collect(s, pos + 1, lex, gaz, blocked)
    if body is None:
        return None
    words = t[body[0]:body[1]]
    return body[0], body[1], (_elided(words, lex, gaz) + words if elided else words)


def _named_source(s: _Sent, src: tuple[int, int], lex: _Lex, gaz: Gazetteer,
                  blocked: list[tuple[int, int]]) -> bool:
    """Rule source_shape: whether the words after a reporting verb with no complementizer after
    them (``أكدت مصادر طبية مقتل ...``) name a source: a name the gazetteer knows or an anaphor
    (الوزارة) opens them, their first word is a noun that heads a source's name (``source_heads``:
    وزارة، مسؤول، مصدر، المتحدث، وكالة ...), or the verb's object right after them is the toll (a
    number or a toll cue: ``وأكد قائد الشرطة ... فريدون عبيدي مقتل``). Otherwise the verb is no
    report and the words are its object (``أعلنت ولاءها لتنظيم داعش``، ``تكشف عن حقد الجماعات``،
    ``ما يقدر بـ1.7 مليون``)."""
    t = s.t
    p = src[0]
    if gaz.sources.match(t, p) is not None:
        return True
    word = _word_at(t, p)
    if word in lex.anaphors or _strip_article(word, lex.article) in lex.source_heads:
        return True
    if any(ch.isdigit() for ch in t[p:src[1]]):
        return False
    if word in lex.dangling and not _name_not_stop(s, s.token_at(p), lex):
        # rule preposition_object: إنها وثقت في ماريوبول ومحيطها مقتل: where, not who (علي, a name,
        # is no على: rule name_not_stop)
        return False
    return _toll_after(s, src[1], lex, blocked) or _said_after(s, src[1], lex)


def _toll_after(s: _Sent, pos: int, lex: _Lex, blocked: list[tuple[int, int]], longest: int = 12) -> bool:
    """Whether the verb's object right after a source ending at ``pos`` is a toll (a number or a toll
    cue, after عن too: ``أعلنت المقاومة الشعبية، عن مقتل``), also past an aside of up to ``longest``
    words that a comma closes (``أحصى فايز ظفر، صحافي في وادي سوات، 48 جثة``، ``وأوضح الخيالي هاتفيا
    من سبها ...، قتل حوالي 29``)."""
    t = s.t
    nxt = _next_word(s, pos, lex, blocked)
    intro = lex.introducers.match(t, nxt) if nxt is not None else None
    if intro is not None:
        nxt = _next_word(s, intro.end(), lex, blocked)
    if nxt is None:
        return False
    if _in(nxt, blocked) is not None:
        return True
    if not longest:
        return False
    i, words = s.token_at(pos), 0
    while i < len(s.tok_start) and words <= longest:
        if not s.tok_word[i]:
            ch = t[s.tok_start[i]]
            if ch in _COMMAS and _toll_after(s, s.tok_end[i], lex, blocked, 0):
                return True
            if ch in _SENTENCE_PUNCT:
                return False
        else:
            words += 1
        i += 1
    return False


def _said_after(s: _Sent, pos: int, lex: _Lex, longest: int = 20) -> bool:
    """Whether what was said follows ``pos`` in the sentence, past asides (``وقال ميشائل نويمان
    وزير الداخلية، أمس في تصريحات لإذاعة ...، إنه``): a colon, an opening quote or a complementizer
    within ``longest`` words, not one that an adverb heads (``بعد أن``، ``قبل أن``: ``adverbial_that``)."""
    t = s.t
    i, words = s.token_at(pos), 0
    prev = ""
    while i < len(s.tok_start) and words <= longest:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            if t[p] in _SENTENCE_PUNCT:
                return False
            if t[p] == ":" or t[p] in _OPENERS and t[p] != "(":
                return True
        else:
            if lex.complementizers.match(t, p) and prev not in lex.adverbial_that:
                return True
            prev = _word_at(t, p)
            words += 1
        i += 1
    return False


def _topic_subject(s: _Sent, pos: int, lex: _Lex) -> tuple[int, int] | None:
    """The topic phrase of ``أما X فقالت``: the words between a topic marker opening the clause and
    the verb at ``pos`` (glued ف), when the clause has no other punctuation between."""
    k = s.token_at(pos) - 1
    first = None
    words = 0
    while k >= 0 and s.tok_word[k] and words < lex.max_source_words:
        tm = lex.topics.match(s.t, s.tok_start[k])
        if tm is not None and first is not None:
            return (first, s.tok_end[s.token_at(pos) - 1])
        first = s.tok_start[k]
        words += 1
        k -= 1
    return None


def _that_follows(s: _Sent, pos: int, lex: _Lex, longest: int = 8) -> bool:
    """Whether a complementizer (``أن``، ``من أن``) follows ``pos`` within ``longest`` words of its
    clause: a warning verb (``حذرت منظمة ... من أن 13 طفلا``) reports only such a clause."""
    i, words = s.token_at(pos), 0
    while i < len(s.tok_start) and words <= longest:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            if s.t[p] in _CLAUSE_PUNCT:
                return False
        else:
            if lex.complementizers.match(s.t, p):
                return True
            words += 1
        i += 1
    return False


def _headline_source(s: _Sent, gaz: Gazetteer, lex: _Lex, longest: int = 4,
                     speaker_words: int = 3) -> tuple[int, int] | None:
    """A source opening the sentence before a colon, as headlines write it (``يريفان: أكثر من 100
    ألف لاجئ``، ``هيومن رايتس ووتش: ...``): at most ``longest`` words, all of them a name the
    gazetteer knows. Rule headline_speaker: words the gazetteer does not know (``الحوثيون: 74
    قتيلا``، ``زيلينسكي: 35 قتيلا``), at most ``speaker_words`` of them and none a single letter
    (``أ ف ب:`` credits an agency), are the speaker too unless they are a place written as a
    dateline (``headline_places`` and the bylines' places: ``غزة:``، ``مالي:``), hold a place noun
    (``place_heads``: ``مدينة``) or a label (``headline_labels``: ``عاجل:``). Rule
    headline_speaker_place: a definite speaker then في and a dateline place (``الدفاع المدني في
    غزة:``) is that speaker. Rule headline_event_label: words opening with an event or attack noun
    (``مجزرة النصيرات:``، ``قصف المخيم:``) name the event the headline is about, not a speaker."""
    t = s.t
    for k in range(min(len(s.tok_start), longest + 1)):
        if not s.tok_word[k]:
            if k == 0 or t[s.tok_start[k]] != ":":
                return None
            start, end = s.tok_start[0], s.tok_end[k - 1]
            g = gaz.sources.match(t, start)
            if g is not None and g.end() >= end:
                return start, end
            words = [_strip_article(t[s.tok_start[j]:s.tok_end[j]], "") for j in range(k)]
            link = next((j for j in range(1, k - 1) if words[j] in lex.headline_place_links), None)
            if link is not None and link <= speaker_words and k - link - 1 <= 2 \
                    and (all(w in lex.headline_places for w in words[link + 1:])
                         or _gazetteer_place(s, s.tok_start[link + 1], end, gaz)) \
                    and (words[0].startswith(lex.article) or words[0] in lex.source_heads):
                # rule headline_speaker_place: a named speaker and where it is (الدفاع المدني في غزة:;
                # not an event there: مجزرة في غزة:)
                words, k = words[:link], link
            if k > speaker_words or _DIGIT.search(t, start, end) or t[start:end] in lex.headline_places \
                    or any(len(w) < 2 for w in words) \
                    or any(w in lex.headline_labels or w in lex.place_heads or w in lex.headline_places
                           for w in words) or lex.cues.search(t, start, end):
                return None
            if lex.event_nouns.match(t, start) is not None or lex.attack.match(t, start) is not None:
                return None  # rule headline_event_label: مجزرة النصيرات: names the event, no speaker
            return start, end
    return None


def _gazetteer_place(s: _Sent, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether the words from ``start`` to ``end`` are a place the conflict's gazetteer names
    (``قره باغ``، ``ستيباناكرت``): a headline's dateline as much as the general places are."""
    hit = gaz.side_words.match(s.t, start)
    return hit is not None and hit.end() >= end and "place" in gaz.side_words.value(hit)[1]


def _antecedent(attr: _Attr, attrs: list[_Attr], previous) -> _Attr | None:
    """The nearest attribution before ``attr`` that names a party: earlier in its sentence,
    else the last one of the sentences before."""
    for a in reversed([a for a in attrs if a.pos < attr.pos]):
        if a.party not in (None, "unknown") and a.kind != "issued":
            return a
    p = previous()
    # a body that issued a report (أصدرت الوزارة بيانا) is the antecedent of an anaphor of its own noun
    # only (rule anaphor in _relinked): وقالت المنظمة after it is someone else
    return p if p is not None and p.party not in (None, "unknown") and p.kind != "issued" else None


def _tally_author_verb(s: _Sent, end: int, lex: _Lex, gaz: Gazetteer, blocked: list[tuple[int, int]]
                      ) -> tuple[int, int] | None:
    """Rule tally_author_verb: a tally followed right away by a verb of issuing with its object
    pronoun (``authoring_verbs``: أعلنتها، نشرتها، أوردتها) and its subject, the words naming a source
    (a head of ``source_heads`` or a name the gazetteer knows): those words are the tally's author."""
    t = s.t
    pos = _skip_space(t, end)
    verb = _word_at(t, pos)
    if not verb or verb not in lex.authoring_verbs:
        return None
    src, crossed = _collect(s, _skip_space(t, pos + len(verb)), lex, gaz, blocked)
    if src is None or crossed:
        return None
    if _strip_article(_word_at(t, src[0]), lex.article) in lex.source_heads or gaz.sources.search(t, *src):
        return src
    return None


def _author_head(word: str, lex: _Lex) -> bool:
    """Whether ``word`` is a head of a source's words (``source_heads``: وزارة، مكتب), with the article
    or a glued ل (``glued``: لوزارة) before it: the author of a tally written after it."""
    if _strip_article(word, lex.article) in lex.source_heads:
        return True
    return word[:1] in lex.glued and _strip_article(word[1:], lex.article) in lex.source_heads


def _skip_space(t: str, pos: int) -> int:
    while pos < len(t) and t[pos].isspace():
        pos += 1
    return pos


def _word_at(t: str, pos: int) -> str:
    m = _TOKEN.match(t, pos)
    return m.group() if m else ""


def _in(pos: int, spans: Iterable[tuple[Any, ...]]) -> tuple[int, int] | None:
    for span in spans:
        if span[0] <= pos < span[1]:
            return span[0], span[1]
    return None


def _verb_kind(s: _Sent, end: int, lex: _Lex, blocked: list[tuple[int, int]]) -> str:
    """What a report verb (or participle) whose subject or self ends at ``end`` reports: ``verb`` when
    a complementizer comes next (past a particle: قال أيضا إن), else ``verb_final`` (its object)."""
    t = s.t
    nxt = _next_word(s, end, lex, blocked)
    if nxt is not None and (p := lex.particles.match(t, nxt)) is not None:
        nxt = _next_word(s, p.end(), lex, blocked)
    if nxt is None:
        return "verb_final"
    if lex.complementizers.match(t, nxt):
        return "verb"
    if lex.purpose_words and any(t.startswith(c, nxt) for c in lex.purpose_proclitics):
        # rule source_purpose: a phrase describing the source (لرصد النزاعات) before the complementizer
        i, words = s.token_at(nxt), 0
        while i < len(s.tok_start) and words <= lex.purpose_words:
            q = s.tok_start[i]
            if not s.tok_word[i]:
                if t[q] in _CLAUSE_PUNCT:
                    break
            else:
                if words and lex.complementizers.match(t, q):
                    return "verb"
                words += 1
            i += 1
    return "verb_final"


def _next_word(s: _Sent, pos: int, lex: _Lex, blocked: list[tuple[int, int]]) -> int | None:
    """Start of the next word after ``pos``, skipping punctuation, dates, fillers and stop phrases
    that do not end a report (في بيان); ``None`` at the end of the sentence."""
    t = s.t
    i = s.token_at(pos)
    n = len(s.tok_start)
    while i < n:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            if t[p] in ".!?\u061f":
                return None
            i += 1
            continue
        date = _in(p, s.dates or [])
        if date:
            i = s.token_at(date[1])
            continue
        f = lex.fillers.match(t, p)
        if f:
            i = s.token_at(f.end())
            continue
        if lex.complementizers.match(t, p) or lex.particles.match(t, p):
            return p
        st = lex.stops.match(t, p)
        if st and _word_at(t, p) not in ("",) and s.words_between(p, st.end()) > 1:
            i = s.token_at(st.end())
            continue
        return p
    return None


def _collect(s: _Sent, pos: int, lex: _Lex, gaz: Gazetteer, blocked: list[tuple[int, int]],
             outer: list[tuple[int, int]] | None = None, quoting: bool = False
             ) -> tuple[tuple[int, int] | None, bool]:
    """The words naming a source, from ``pos`` up to the first stop, and whether an introducer
    (عن، على لسان) was crossed on the way; ``outer`` gets the words before the last introducer
    crossed, the source quoting the one returned (نقلت وكالة الأنباء الأرمينية عن وزارة الدفاع)."""
    t = s.t
    i = s.token_at(pos)
    n = len(s.tok_start)
    if 0 < i <= n and s.tok_start[i - 1] < pos < s.tok_end[i - 1]:
        i -= 1  # the source starts inside a token (a glued clitic was skipped)
    while i < n and s.tok_word[i]:
        f = lex.fillers.match(t, max(pos, s.tok_start[i]))
        if not f:
            break
        i = s.token_at(f.end())
    start = end = None
    earlier: tuple[int, int] | None = None
    words = 0
    crossed = False
    while i < n:
        if not s.tok_word[i]:
            # an abbreviation point after a one-letter word (د. سامي) does not end the source
            if (t[s.tok_start[i]] == "." and start is not None and end is not None and i > 0
                    and s.tok_end[i - 1] - s.tok_start[i - 1] == 1 and s.tok_end[i - 1] == end):
                i += 1
                continue
            if start is not None and end is not None and not t[end:s.tok_start[i]].strip():
                tail = _enclosed_name(s, i, gaz, blocked)
                if tail is not None:  # وكالة غوث ... (أونروا)، منظمة «أطباء بلا حدود»
                    end = tail
                elif t[s.tok_start[i]] != "(":
                    inner = _quoted_name(s, i, blocked)
                    if inner is not None and not lex.complementizers.match(t, inner[0]) \
                            and not lex.verbs.match(t, inner[0]):
                        # rule quoted_in_source: مصادر عسكرية من «المقاومة الشعبية»، تنظيم “داعش”: a
                        # short quoted name right after a source's words belongs to it
                        end = s.tok_end[s.token_at(inner[1])]
                j = s.token_at(end)
                while j < n and not s.tok_word[j] and s.tok_start[j] < end:
                    j += 1
                if quoting and end > s.tok_start[i] and j < n and s.tok_word[j] \
                        and lex.introducers.match(t, s.tok_start[j]):
                    i = j  # rule quoted_then_introducer, after a quoting verb only: نقلت وكالة
                    continue  # "أرمنبريس" عن المتحدث quotes the source after عن (كشف تنظيم "داعش" عن: no)
            elif start is None and not crossed:
                inner = _quoted_name(s, i, blocked)
                g = gaz.sources.match(t, inner[0]) if inner is not None else None
                if inner is not None and g is not None and g.end() >= inner[1]:
                    # وذكرت «شينخوا» أن، بحسب «رويترز»: a name the gazetteer knows, between quotes (an
                    # unknown one may be the outlet itself, نشرت "الوطن", or an abbreviation, (يونامي))
                    start, end = inner
            break
        p = max(pos, s.tok_start[i])
        date = _in(p, s.dates or []) if start is None and earlier is None else None
        if date is not None and date[1] < len(t):
            # rule date_before_source: حسبما أفاد الأحد المرصد السوري، وقال أمس مسؤول: a day between
            # the verb and its subject is no end of the source (قال أمس إن still names none)
            i = s.token_at(date[1])
            continue
        intro = lex.introducers.match(t, p)
        if intro:
            if start is not None and end is not None:
                earlier, start, end, words = (start, end), None, None, 0
            crossed = True
            i = s.token_at(intro.end())
            continue
        if start is not None and (owner := _owning_body(s, p, lex, gaz)) is not None:
            # rule owning_body: المفوض العام لوكالة الأونروا: the body whose official the source is
            end = owner
            words += s.words_between(p, owner)
            i = s.token_at(owner)
            if words >= lex.max_source_words:
                break
            continue
        if (_in(p, blocked) or _in(p, s.dates or [])
                or (lex.stops.match(t, p) and not _name_not_stop(s, i, lex, start is not None))
                or lex.complementizers.match(t, p)):
            break
        if start is not None and (lex.source_breaks.match(t, p) or lex.clause_breaks.match(t, p)
                                  or lex.verbs.match(t, p) or lex.claimed.match(t, p)):
            break  # rule source_break: أكدت المصادر سيطرة المقاومة، أعلنت المقاومة ... كافة أنحاء
        g = gaz.sources.match(t, p)
        if g:
            start = p if start is None else start
            end = g.end()
            words += s.words_between(p, g.end())
            i = s.token_at(g.end())
            if words >= lex.max_source_words:
                break
            continue
        start = p if start is None else start
        end = s.tok_end[i]
        words += 1
        if words >= lex.max_source_words:
            break
        i += 1
    if start is None or end is None:
        return earlier, False
    k = s.token_at(end) - 1
    if k + 1 < n and s.tok_word[k + 1] and _word_at(t, s.tok_start[k]) in lex.source_partitives \
            and not any(w.match(t, s.tok_start[k + 1]) for w in (lex.complementizers, lex.stops, lex.verbs)):
        end = s.tok_end[k + 1]  # rule partitive_source: حسب رواية أحد المصابين: "one of" needs its noun
    while end > start:  # rule dangling_preposition: حذر الأطباء من أن: من ends no source
        k = s.token_at(end) - 1
        if k <= 0 or s.tok_start[k] <= start or _word_at(t, s.tok_start[k]) not in lex.dangling \
                or not s.tok_word[k - 1] or _name_not_stop(s, k, lex, True):
            break
        end = s.tok_end[k - 1]
    if crossed and earlier is not None and outer is not None:
        outer.append(earlier)
    return (start, end), crossed


def _owning_body(s: _Sent, p: int, lex: _Lex, gaz: Gazetteer) -> int | None:
    """Rule owning_body: where the name of an international body ends when one, glued to ل, follows a
    source's first words at ``p`` (المفوض العام لوكالة الأونروا، مدير مكتب لمنظمة الصحة العالمية):
    the speaker is that body's official, so the stop a glued ل opens (لوكالة رويترز: the outlet the
    speaker told) does not end the source there. ``None`` when no such name stands at ``p``."""
    t = s.t
    if lex.stops.match(t, p) is None:
        return None
    for clitic in lex.glued:
        if t.startswith(clitic, p):
            rest = t[p + len(clitic):s.tok_end[-1]]  # (a name glued to its clitic has no word start)
            g = gaz.sources.match(rest, 0)
            if g is not None and gaz.sources.value(g) == "international":
                return p + len(clitic) + g.end()
    return None


def _name_not_stop(s: _Sent, i: int, lex: _Lex, named: bool = False) -> bool:
    """Rule name_not_stop: token ``i`` is a name spelled as written (``stop_names``: علي with ya,
    which normalizing makes the preposition على) and either ends a name already begun (``named``:
    ``وأكد ماركوس علي وهو من سكان القرية``) or another word follows it with no punctuation or stop
    between (``وقال علي الحريري إن``), so it names the source rather than ending it."""
    if s.raw_text((s.tok_start[i], s.tok_end[i])) not in lex.stop_names:
        return False
    if named:
        return True
    if i + 1 >= len(s.tok_start) or not s.tok_word[i + 1]:
        return False
    p = s.tok_start[i + 1]
    return not (lex.stops.match(s.t, p) or lex.complementizers.match(s.t, p) or lex.particles.match(s.t, p))


_OPENERS = {"(": ")", "\u00ab": "\u00bb", '"': '"', "\u201c": "\u201d"}
_QUOTE_CLOSERS = frozenset('"\u00bb\u201d\u2033\u201c')  # » ” ″ and a reversed “
_QUOTE_OPENERS = frozenset('"\u00ab\u201c\u201d')  # « “ and a reversed ”


def _enclosed_name(s: _Sent, i: int, gaz: Gazetteer, blocked: list[tuple[int, int]],
                   longest: int = 5) -> int | None:
    """The end of a name enclosed in brackets or quotes at token ``i``, right after a source: an
    abbreviation in brackets (``(أونروا)``: one to three words, no number, no date) or a quoted
    name the gazetteer knows (``منظمة «أطباء بلا حدود»``); ``None`` if there is none."""
    t = s.t
    close = _OPENERS.get(t[s.tok_start[i]])
    if close is None:
        return None
    words = 0
    for k in range(i + 1, len(s.tok_start)):
        p = s.tok_start[k]
        if not s.tok_word[k]:
            if t[p] != close or words == 0:
                return None
            inner = (s.tok_end[i], p)
            if close == ")" and words <= 3:
                return s.tok_end[k]
            return s.tok_end[k] if gaz.sources.search(t, *inner) is not None else None
        if close == ")" and (_in(p, blocked) or _in(p, s.dates or [])
                             or any(ch.isdigit() for ch in _word_at(t, p))):
            return None  # (2020)، (الأحد): no abbreviation
        words += 1
        if words > longest:
            return None
    return None


def _quoted_name(s: _Sent, i: int, blocked: list[tuple[int, int]], longest: int = 4
                 ) -> tuple[int, int] | None:
    """The words of a short name in quotes or brackets opening at token ``i``, where a source
    begins (``وذكرت «شينخوا» أن``): one to ``longest`` words, no number, no date."""
    t = s.t
    close = _OPENERS.get(t[s.tok_start[i]])
    if close is None:
        return None
    first = last = None
    for k in range(i + 1, min(len(s.tok_start), i + longest + 2)):
        p = s.tok_start[k]
        if not s.tok_word[k]:
            return (first, last) if t[p] == close and first is not None and last is not None else None
        if _in(p, blocked) or _in(p, s.dates or []) or any(ch.isdigit() for ch in _word_at(t, p)):
            return None
        first = p if first is None else first
        last = s.tok_end[k]
    return None


def _anonymity_aside_back(s: _Sent, k: int, lex: _Lex) -> int | None:
    """The token of the comma that opens an anonymity clause (``source_breaks``: فضل عدم الكشف عن
    اسمه) whose last word is token ``k`` (right before the comma that closes it), else ``None``."""
    j = k
    while j >= 0 and s.tok_word[j]:
        j -= 1
    if j < 1 or s.t[s.tok_start[j]] not in _COMMAS or j == k:
        return None
    m = lex.source_breaks.match(s.t, s.tok_start[j + 1])
    if m is None or not any(w in lex.masdar_negations for w in m.group().split()):
        return None  # (an anonymity clause holds عدم; other source breaks, كافة، وهو, are no aside)
    return j


def _collect_back(s: _Sent, pos: int, lex: _Lex, short: int = 4) -> tuple[tuple[int, int] | None, bool]:
    """The subject written before a verb (SVO), back to a clause boundary or a complementizer,
    and whether it opened with كان/كانت (then it is the subject even if an object follows)."""
    t = s.t
    k = s.token_at(pos) - 1
    if k >= 1 and s.tok_word[k] and _word_at(t, s.tok_start[k]) in lex.verb_particles:
        k -= 1  # rule perfect_particle: وكان المتحدث، قد صرح: the subject stands before قد (and its comma)
    # rule comma_subject: أن وزارة الداخلية، أعلنت أن: a comma may set the subject off from its verb when
    # the subject opens the clause (after a complementizer, كان or the sentence start)
    particle = k < s.token_at(pos) - 1
    comma = k >= 1 and not s.tok_word[k] and t[s.tok_start[k]] in _COMMAS
    if comma:
        k -= 1
        opening = _anonymity_aside_back(s, k, lex)
        if opening is not None:
            # rule anonymous_aside_svo: مصدرا طبيا في المستشفى، فضل عدم الكشف عن اسمه، قال إن: the
            # subject stands before the anonymity clause set off by commas
            k, particle = opening - 1, True
    opened = False
    first = last = None
    words = 0
    starts: list[int] = []
    while k >= 0 and s.tok_word[k] and words < lex.max_source_words:
        p = s.tok_start[k]
        if lex.complementizers.match(t, p):
            opened = True
            break
        if starts and lex.preps.match(t, p):
            # rule conjoined_subject_after_source: 27 قتيلا بحسب الانفصاليين وباكو تعلن: the words after a
            # preposition of attribution are its source; a subject of the verb is the word joined to them
            # by و, else there is none
            joined = next((q for q in reversed(starts) if t[q] in lex.conjunctions
                           and len(_word_at(t, q)) > 3), None)
            if joined is None:
                return None, False
            first, words = joined, 1
            break
        starts.append(p)
        cb = lex.clause_breaks.match(t, p)
        if cb is None and k > 0:
            cb = lex.clause_breaks.match(t, s.tok_start[k - 1])
            cb = cb if cb is not None and cb.end() >= s.tok_end[k] else None
        if cb is not None and cb.end() >= s.tok_end[k]:
            break  # rule clause_subject: ... تضررا حيث سجلت: the subject is after حيث, not before it
        first = p
        last = last if last is not None else s.tok_end[k]
        words += 1
        k -= 1
    if first is None or last is None:
        return None, False
    if comma and not (opened or k < 0 or lex.svo_markers.match(t, first)):
        return None, False
    if comma and not particle and (words > short or lex.relatives.search(t, first, last)):
        return None, False  # إن منظمته التي تتخذ من جنيف مقرا لها، أبلغت: a described subject, no name
    while last > first:
        k = s.token_at(last) - 1
        if k < 0 or s.tok_start[k] <= first or _word_at(t, s.tok_start[k]) not in lex.trailers:
            break
        last = s.tok_end[k - 1] if k > 0 else first
    marked = False
    while True:
        mk = lex.svo_markers.match(t, first)
        if mk and mk.end() < last:
            first, marked = _skip_space(t, mk.end()), True
            continue
        m = lex.openers.match(t, first)
        if not m or m.end() >= last:
            break
        first = _skip_space(t, m.end())
    bare = lex.svo_markers.match(t, first) or lex.openers.match(t, first)
    if bare is not None and bare.end() >= last:
        return None, False  # rule bare_opener: بعدما كانت قد أقرت: only openers before the verb, no subject
    if lex.topic_preps.match(t, first) is not None:
        return None, False  # rule topic_phrase: وعن طبيعة التحديات قال: what is spoken about, no subject
    return (first, last), marked


# --- sides -----------------------------------------------------------------------------------


_RAISED_SIDE_RULES = frozenset({"side_word", "place_phrase", "own_noun", "loser", "attack"})


def _side(c: _Cand, cands: list[_Cand], i: int, s: _Sent, lex: _Lex, gaz: Gazetteer,
          attr: _Attr | None, attrs: list[_Attr], side_hits: list[tuple[int, int, str, frozenset[str]]],
          attacked: list[tuple[int, str, str]], resolved_party: str | None = None) -> tuple[str, str]:
    """The side whose toll ``c`` is; ``resolved_party`` is the claim's source party when an anaphor
    (الوزارة) took it from a source named before, else the attribution's own party is used."""
    if gaz.conflict is None:
        return "unknown", ""
    if attr is not None and attr.each_side:
        return "both", "each_side"
    if c.measure in lex.held_measures and "both" in gaz.sides and _exchanged(c, s, lex, side_hits):
        return "both", "exchange"
    if c.loss_cue is not None:
        loser = _loser(c, c.loss_cue, s, gaz, side_hits, resolved_party or (attr.party if attr else None))
        if loser is not None:
            return loser, "loser"
    # the counted noun phrase: a side word (a victim), or an attacker named after an attack word
    nxt = cands[i + 1].start if i + 1 < len(cands) else len(s.t)
    end = min(nxt, _window_end(s, c, lex, attrs))
    roles = {a: role for a, _side, role in attacked}
    attacker = None
    lost = c.measure in ("destroyed", "captured")
    start = c.head_end if c.head_end is not None else c.start
    loss_at = {_skip_space(s.t, m.end()) for m in lex.loss_places.finditer(s.t, start, end)} if lost \
        else set()
    place_side = None
    for a, _b, side, kinds in side_hits:
        if not start <= a < end:
            continue
        if roles.get(a) == "attacker":
            attacker = attacker or side
            continue
        if lost and "party" not in kinds and "both" not in kinds:
            continue  # 13 قرية في منطقتي فضولي: where the places or the battle are, not who lost them
        if lost and "place" in kinds and a in loss_at:
            continue  # rule loss_place: 3 طائرات مسيرة فوق قره باغ: where they fell, not whose they were
        if c.sheltered and a >= c.np_end:
            continue  # rule shelter_owner: لجأ ألفا شخص إلى قاعدة قوات حفظ السلام الروسية: the protector's
        if kinds == frozenset({"place"}) or _after_place_noun(a, s, lex):
            # a party named in the phrase beats where it happened: 5 جنود من قوات حفظ السلام في قره باغ;
            # a party that owns a place (القاعدة الرئيسة لقوات حفظ السلام) names where it happened
            place_side = place_side or side
            continue
        if "both" in gaz.sides and _between_sides(a, _b, side, side_hits, s, lex):
            return "both", "between_sides"  # مقتل 7 جنود في اشتباك بين أرمينيا وأذربيجان
        return side, "side_word"
    if place_side is not None and c.head is None:  # a part is where its total is
        return place_side, "place_phrase"
    if attacker and gaz.opponent(attacker):
        return gaz.opponent(attacker) or gaz.default_side, "attacker_in_phrase"
    if c.head is not None and c.head.side:
        if gaz.opponent(c.head.side) and _phrase_before(lex.counterparts, c.start, s) is not None:
            # rule counterpart_side: أعادت 44 أسيرا أرمينيا مقابل 12 من مواطنيها: what is given in return
            # for one side's toll is the other side's
            return str(gaz.opponent(c.head.side)), "counterpart"
        return c.head.side, "inherited"
    if c.raised_from is not None and c.raised_from.side and c.raised_from.side_rule in _RAISED_SIDE_RULES:
        # rule raised_side: a running total raised from the sentence's earlier count of a side's dead
        # (أودت بحياة 2317 عسكريا أرمنيا ... الحصيلة النهائية قد تتجاوز 3 آلاف) is that side's toll
        return c.raised_from.side, "raised_side"
    own = resolved_party or (attr.party if attr is not None else None)
    if lost and own and gaz.party_side(own) and gaz.opponent(str(gaz.party_side(own))) \
            and _own_forces_subject(c, s, lex, attr):
        # قالت وزارة الدفاع في الإقليم إن قواتها أسقطت طائرتين: the reporter's forces destroy, the
        # loss is the other side's
        return str(gaz.opponent(str(gaz.party_side(own)))), "own_forces_subject"
    if not lost and own and gaz.party_side(own) and gaz.opponent(str(gaz.party_side(own))) \
            and _own_forces_agent(c, s, lex, attr):
        # قالت وزارة الدفاع الأرمينية إن قواتها أسرت مقاتلين اثنين: the persons its forces killed or
        # captured are the other side's
        return str(gaz.opponent(str(gaz.party_side(own)))), "own_forces_agent"
    if own and gaz.party_side(own) and lex.own_nouns.search(s.t, c.start, min(end, c.np_end + 30)):
        # rule received_prisoners: the receiver's own citizens (وتسلمت 12 من مواطنيها), never the enemy's
        received = c.cue_end is not None and any(
            m.end() == c.cue_end for m in lex.received_verbs.finditer(s.t, max(0, c.cue_end - 12), c.cue_end))
        owner = None if received else _listed_owner(c, cands, i, s, str(gaz.party_side(own)), side_hits)
        if owner is not None:
            return owner, "listed_owner"
        return str(gaz.party_side(own)), "own_noun"
    cut = _later_statement(c, s, lex, attrs)  # a later contrast clause (بينما قالت ...) is its own
    lo = _own_statement(c, s, lex, attr)  # and so is the clause before the count's own (في حين تقول باكو)
    victims = {gaz.opponent(side) if role == "attacker" else side for a, side, role in attacked
               if lo <= a < cut}
    victims.discard(None)
    if len(victims) == 1:
        return str(next(iter(victims))), "attack"
    if not lost:
        hit = _attacked_place(s, lex, [h for h in side_hits if lo <= h[0] < cut], roles, attrs)
        if hit is not None:
            return hit, "attack_place"
    if c.measure == "destroyed" and (place := _damaged_place(c, s, lex, side_hits, end)) is not None:
        return place, "damaged_place"
    if c.measure == "destroyed" and c.unit in lex.buildings and not attacked and own \
            and gaz.party_side(own) and c.kind == "number":
        # rule own_buildings: homes and schools a side's official reports burned or damaged, with no
        # attack named, are that side's (مسؤول في وزارة الطوارئ الأرمينية: 20 منزلا أضرمت فيها النيران);
        # a party named before is no actor of the damage
        return str(gaz.party_side(own)), "own_buildings"
    if c.measure in ("destroyed", "captured"):
        # rule actor_not_owner: a party that named an earlier loss's owner (دمرت 15 منظومة تابعة للقوات
        # الأرمنية، وسيطرت على سبع قرى) is that object's, not the actor of this one
        owned = set()
        for j, d in enumerate(cands[:i]):
            if d.side_rule == "side_word" and d.measure in ("destroyed", "captured"):
                d_end = min(cands[j + 1].start, _window_end(s, d, lex, attrs))
                owned.add(next((a for a, _b, side, _k in side_hits
                                if d.start <= a < d_end and side == d.side), -1))
        for a, _b, side, kinds in reversed(side_hits):  # the nearest actor: the source may come first
            if a in owned:
                continue
            if a < c.start and "party" in kinds \
                    and any(lex.owner_markers.match(s.t, p) and not s.punct_between(p, a)
                            for p in s.word_starts_before(a, 2)):
                continue  # rule owner_not_actor: مدفعية تابعة للقوات الأرمينية: an owner of a loss, no actor
            if a < c.start and "party" in kinds and any(
                    _word_at(s.t, p) in lex.directions for p in s.word_starts_before(a, 1)):
                continue  # rule located_not_actor: شمال شرقي الإقليم names a place, no actor
            if a < c.start and "party" in kinds and gaz.opponent(side):
                return gaz.opponent(side) or gaz.default_side, "actor"
    party = resolved_party or (attr.party if attr is not None else None)
    info = gaz.parties.get(party or "")
    if info and info.get("reports_own_losses") and info.get("side"):
        if c.measure in ("destroyed", "captured"):
            opp = info.get("opponent")
            if opp:
                return opp, "source_actor"
        else:
            return info["side"], "source_own"
    tally = party == "media" and attr is not None and bool(attr.norm) and lex.tally.match(attr.norm, 0)
    if party not in (None, "media") or tally:
        # a source the words name, an official tally too (rule place: كنجة ... قتل 10 مدنيين، بحسب
        # الحصيلة الرسمية; a tally's place is one written before the count); an outlet or the
        # outlet's own voice sets no side by place
        places = [(abs(a - c.start), side) for a, _b, side, kinds in side_hits if "place" in kinds
                  and (not tally or a < c.start)]
        if places:
            side = min(places)[1]
            if c.measure in lex.held_measures and gaz.opponent(side):
                # prisoners held in a side's land are its opponent's (72 أسيرا ... محتجزين في أذربيجان)
                return gaz.opponent(side) or gaz.default_side, "captor_place"
            return side, "place"
    if c.measure in ("killed", "injured") and (mourner := _mourner(s, lex, side_hits)) is not None:
        return mourner, "commemorated"
    return gaz.default_side, "default"


def _mourner(s: _Sent, lex: _Lex, side_hits: list[tuple[int, int, str, frozenset[str]]]) -> str | None:
    """Rule commemorated: a side that commemorates the event of the sentence (``commemoration_verbs``
    with the side right before or right after them: أذربيجان تحيي الذكرى ...، أحيت أذربيجان الذكرى) mourns
    its own dead: a toll that no word of the count's own gives a side is that side's."""
    for m in lex.commemoration_verbs.finditer(s.t):
        before = s.word_starts_before(m.start(), 1)
        after = _skip_space(s.t, m.end())
        for a, b, side, kinds in side_hits:
            if "party" not in kinds or side == "both":
                continue
            if (before and a == before[0] and _skip_space(s.t, b) == m.start()) or a == after:
                return side
    return None


def _damaged_place(c: _Cand, s: _Sent, lex: _Lex, side_hits: list[tuple[int, int, str, frozenset[str]]],
                   end: int) -> str | None:
    """Rule damaged_place: a count of damage (``damage_cues``: تضرر 38 منزلا، 60 منزلا تضررت) has no
    actor, so no party before it is one whose opponent lost it: the houses are the side of the place
    named in the count's phrase (في ستيباناكرت), else of the nearest place before the count in its
    sentence (إن ستيباناكرت ... تتعرض لقصف، ما أدى إلى تضرر 38 منزلا). ``None`` when it is no damage
    count or no place is named."""
    cue = c.cue_end if c.cue_end is not None and c.cue_end <= c.start else None
    hit = (lex.damage.search(s.t, max(0, cue - 16), cue) if cue is not None
           else lex.damage.search(s.t, c.end, min(len(s.t), c.np_end + 16)))
    if hit is None:
        return None
    places = [(a, side) for a, _b, side, kinds in side_hits if "place" in kinds]
    inside = [side for a, side in places if c.start <= a < end]
    if inside:
        return inside[0]
    before = [side for a, side in places if a < c.start]
    return before[-1] if before else None


def _listed_owner(c: _Cand, cands: list[_Cand], i: int, s: _Sent, own: str,
                  side_hits: list[tuple[int, int, str, frozenset[str]]]) -> str | None:
    """Rule listed_owner: the pronoun of an own-side noun (من عناصرها) points back to the nearest party
    named before the count in its sentence when that party is not the source's side and an earlier
    claim of the sentence is that party's loss (دمرت 6 دبابات ... التابعة للقوات الأرمينية، وقتلت أكثر من
    320 من عناصرها: the speaker lists the enemy's losses, the fighters are the enemy's); the party's
    word must follow that earlier claim, and the count's cue is a feminine past verb right before it (its
    subject the speaker's forces: وقتلت), not a predicate of the men (وإن 3 من جنودها قتلوا: the source's
    own). Else the pronoun is the source's own (4 من جنودها أصيبوا)."""
    if c.cue_end is None or c.cue_end > c.start or not s.t[:c.cue_end].rstrip().endswith(_TA):
        return None
    party = next(((a, side) for a, _b, side, kinds in reversed(side_hits)
                  if a < c.start and "party" in kinds), None)
    if party is None or party[1] == own:
        return None
    if any(d.side == party[1] and d.start < party[0] and not d.drop for d in cands[:i]):
        return party[1]
    return None


def _enemy_loss(c: _Cand, s: _Sent, lex: _Lex, gaz: Gazetteer, party: str | None,
                longest: int = 5) -> str | None:
    """Rule enemy_loss: a party that says the enemy (``enemy_words``: العدو، الخصم) lost the count
    speaks of its opponent's fighters: the enemy word next to a word of loss (``enemy_loss_words``)
    before the count in its clause (``العدو تكبد أكثر من 200 قتيل``، ``تكبد العدو 50 قتيلا``، ``خسائر
    العدو بلغت 300 قتيل``), or right after the count's noun (``قتل 40 من جنود العدو``، ``في صفوف
    العدو``). The side is the opponent of the speaker's side; an enemy that attacks (``قصف العدو
    أدى إلى مقتل 5 مدنيين``) names no loss and is left alone."""
    side = gaz.party_side(party)
    opponent = gaz.opponent(side) if side else None
    if opponent is None:
        return None
    t = s.t
    words = s.word_starts_before(c.start, longest)
    for m in lex.enemy.finditer(t, words[0], c.start) if words else ():
        if not any(ch in _CLAUSE_PUNCT for ch in t[m.start():c.start]):
            before = s.word_starts_before(m.start(), 1)
            after = _skip_space(t, m.end())
            if lex.enemy_losses.match(t, after) is not None \
                    or before and lex.enemy_losses.match(t, before[0]) is not None:
                return opponent
    end = c.np_end if c.np_end > c.end else c.end
    m = lex.enemy.search(t, end, min(len(t), end + 40))
    if m is not None and s.words_between(end, m.start()) <= 2 and not s.punct_between(end, m.start()) \
            and (before := s.word_starts_before(m.start(), 1)) \
            and lex.enemy_losses.match(t, before[0]) is not None:
        return opponent
    return None


def _own_forces_subject(c: _Cand, s: _Sent, lex: _Lex, attr: _Attr | None, longest: int = 6) -> bool:
    """Rule own_forces_subject: whether a possessive noun of the reporter's own forces (``own_side_nouns``:
    قواتها، وحداتنا، دفاعاتها) stands before the count of things destroyed or taken, after the
    source's trigger, within ``longest`` words and no punctuation: it is the subject of the verb of
    destroying (قواتها أسقطت طائرتين، دفاعاتنا الجوية دمرت 3 مسيرات), so the loss is the opponent's."""
    lo = max(attr.end, attr.src[1] if attr.src is not None else 0) if attr is not None else 0
    return any(m.start() >= lo and s.words_between(m.end(), c.start) <= longest
               and not s.punct_between(m.end(), c.start)
               for m in lex.own_nouns.finditer(s.t, lo, c.start))


def _own_forces_agent(c: _Cand, s: _Sent, lex: _Lex, attr: _Attr | None, longest: int = 6) -> bool:
    """Rule own_forces_agent: whether a possessive noun of the reporter's own forces (``own_side_nouns``)
    stands before the count of persons, after the source's trigger, within ``longest`` words and no
    punctuation, followed at once by a verb of killing or capturing (``own_forces_agent_verbs``: قواتها
    قتلت، قواتنا أسرت): those forces are the agent, the persons counted the opponent's. A verb of
    losing (قواتها فقدت 20 جنديا) is no such verb."""
    lo = max(attr.end, attr.src[1] if attr.src is not None else 0) if attr is not None else 0
    for m in lex.own_nouns.finditer(s.t, lo, c.start):
        if s.words_between(m.end(), c.start) > longest or s.punct_between(m.end(), c.start):
            continue
        q = _skip_space(s.t, m.end())
        if q < len(s.t) and s.t[q] in _OPENERS and s.t[q] != "(":
            q += 1  # rule own_forces_agent (quoted verb): وحداتها "حيدت" 5 من عناصرها
        if lex.own_agent_verbs.match(s.t, q) is not None:
            return True
    return False


def _raiser_before(s: _Sent, pos: int, gaz: Gazetteer, longest: int = 3) -> tuple[int, int] | None:
    """The span of a name the gazetteer knows as a source that ends right before ``pos`` (a verb of
    raising), at most ``longest`` words back with no punctuation between (rule raised_toll_svo)."""
    starts = s.word_starts_before(pos, longest)
    if not starts or s.punct_between(starts[0], pos):
        return None
    end = len(s.t[:pos].rstrip())
    for a in starts:
        m = gaz.sources.search(s.t, a, end)
        if m is not None and m.end() == end:
            return (m.start("w"), end)  # the name without its proclitic (وباكو: باكو)
    return None


def _own_statement(c: _Cand, s: _Sent, lex: _Lex, attr: _Attr | None) -> int:
    """Rule earlier_statement: where the count's own statement opens when a contrast opener
    (``contrast_openers``: في حين، بينما، فيما) stands right before its attribution's verb before the
    count (``... أودى القصف الأذربيجاني بحياة 37 مدنيا، في حين تقول باكو إن عدد القتلى المدنيين لديها
    ارتفع إلى 90``): attacks and places of the clause before it are another statement's; else 0."""
    if attr is None or not attr.pos < c.start:
        return 0
    m = lex.contrast_openers.search(s.t, max(0, attr.pos - 12), attr.pos)
    return m.start() if m is not None and s.words_between(m.end(), attr.pos) == 0 else 0


def _later_statement(c: _Cand, s: _Sent, lex: _Lex, attrs: list[_Attr]) -> int:
    """Rule later_statement: where a contrast opener (``contrast_openers``: بينما، في حين) after the
    count opens another source's statement (an attribution after it): side words of attacks past it
    (بينما قالت سلطات الإقليم إن طفلا قتل في قصف على ...) say nothing of the earlier count's side."""
    for m in lex.contrast_openers.finditer(s.t, c.end):
        if any(a.pos >= m.end() for a in attrs):
            return m.start()
    return len(s.t)


def _exchanged(c: _Cand, s: _Sent, lex: _Lex, side_hits: list[tuple[int, int, str, frozenset[str]]],
               longest: int = 6) -> bool:
    """Whether prisoners ``c`` are counted in an exchange between the parties (تبادل 20 أسيرا بين أرمينيا
    وأذربيجان، صفقة تبادل 20 أسيرا): an exchange word before the count in its clause, within ``longest``
    words, and no side word right after the counted noun saying whose prisoners they are."""
    hit = any(m.end() <= c.start and s.words_between(m.end(), c.start) <= longest
              and not s.punct_between(m.end(), c.start)
              for m in lex.exchanges.finditer(s.t, 0, c.start))
    if not hit:
        return False
    after = _skip_space(s.t, max(c.np_end, c.end))
    return not any(a == after for a, _b, _side, _kinds in side_hits)


def _loser(c: _Cand, cue: tuple[int, int], s: _Sent, gaz: Gazetteer,
           side_hits: list[tuple[int, int, str, frozenset[str]]], party: str | None) -> str | None:
    """The side of the party that is the subject of a verb of loss (فقدت، خسرت): the party lost the
    soldiers counted, whoever reports it. The subject is a party named between the verb and the
    count (فقدت أذربيجان 2908 عسكريين), else one right before the verb in its clause (القوات
    الأرمينية خسرت 300 جندي), else the source itself when the verb has no named subject (وقالت
    وزارة الدفاع الأرمينية إنها فقدت 40 جنديا). A party after the count (جنديا أرمينيا) is the
    counted noun's own side and is left to the side words."""
    a, b = cue
    parties = [(h, side) for h, _e, side, kinds in side_hits if kinds & {"party", "both"}]
    between = [side for h, side in parties if b <= h < c.start]
    if between and not s.punct_between(b, c.start):
        return between[0]
    before = [side for h, side in parties
              if h < a and s.words_between(h, a) <= 3 and not s.punct_between(h, a)]
    if before:
        return before[-1]
    return gaz.party_side(party) if party else None


def _after_place_noun(pos: int, s: _Sent, lex: _Lex) -> bool:
    """Whether one of the two words before ``pos`` is a place noun (قاعدة، مدينة، مقر) with no
    punctuation between: the side word after it owns a place, it is no victim."""
    for p in s.word_starts_before(pos, 2):
        if lex.nouns.get(_strip_article(_word_at(s.t, p), lex.article)) == "places" \
                and not s.punct_between(p, pos):
            return True
    return False


def _attacked_place(s: _Sent, lex: _Lex, side_hits: list[tuple[int, int, str, frozenset[str]]],
                    roles: dict[int, str], attrs: list[_Attr]) -> str | None:
    """The side of the places a sentence's attack hit, when they are all one side's: people killed
    by shelling of a place are that place's side (القصف الذي استهدف حيا سكنيا في مدينة كنجة). An
    incident word (``انفجار``) opens the places as an attack word does (``انفجار مستودع وقود في قره
    باغ.. عشرات القتلى``): its victims are where it happened; it makes no attacker.
    Only places after an attack word count, not an attacker's name nor the words naming a source."""
    opened = [m.end() for m in (lex.attack.search(s.t), lex.incidents.search(s.t)) if m is not None]
    if not opened:
        return None
    sources = [a.src for a in attrs if a.src is not None]
    sides = {side for a, _b, side, kinds in side_hits
             if a >= min(opened) and "place" in kinds
             and roles.get(a) != "attacker" and _in(a, sources) is None}
    return next(iter(sides)) if len(sides) == 1 else None


def _window_end(s: _Sent, c: _Cand, lex: _Lex, attrs: list[_Attr]) -> int:
    """End of the counted noun phrase's neighbourhood: punctuation, a part marker, a report, 6 words."""
    t = s.t
    i = s.token_at(c.end)
    words = 0
    n = len(s.tok_start)
    while i < n:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            if t[p] in _CLAUSE_PUNCT:
                return p
            i += 1
            continue
        if lex.part.match(t, p) or any(a.pos == p for a in attrs):
            return p
        words += 1
        if words > 6:
            return p
        i += 1
    return len(t)


def _object_follows(s: _Sent, end: int, lex: _Lex, shortest: int = 3) -> bool:
    """Whether the word after ``end`` names what an attack hit (على، ضد، لمدينة): the name before it
    is then the attacker of ``قصف X لـY``, not the place hit."""
    word = _norm(_word_at(s.t, _skip_space(s.t, end)))
    return word in lex.object_markers or any(
        word.startswith(p) and len(word) - len(p) >= shortest for p in lex.object_proclitics)


def _side_hits(s: _Sent, lex: _Lex, gaz: Gazetteer
               ) -> tuple[list[tuple[int, int, str, frozenset[str]]], list[tuple[int, str, str]]]:
    """Side words of the sentence, and those named by an attack: ``(position, side, role)`` with
    role ``attacker`` (قصف للقوات الأذربيجانية) or ``target`` (القصف على ستيباناكرت)."""
    t = s.t
    hits = [(m.start(), m.end(), *gaz.side_words.value(m)) for m in gaz.side_words.finditer(t)]
    if hits:  # "since the fighting began in Karabakh": the war's theatre, not a side's loss
        theatre = {_skip_space(t, m.end()) for m in lex.theatre.finditer(t)}
        # "on the Fuzuli front": where the fighting is, both sides' (a side's own adjective stays)
        front = {_skip_space(t, m.end()) for m in lex.front.finditer(t)}
        hits = [h for h in hits if h[0] not in theatre and not (h[0] in front and "place" in h[3])]
        # rule mediator: بوساطة روسية، برعاية أميركية: the side that mediates lost nothing and attacked no one
        mediated = {_skip_space(t, m.end()) for m in lex.mediators.finditer(t)}
        hits = [h for h in hits if h[0] not in mediated]
    attacked: list[tuple[int, str, str]] = []
    if hits:
        attack_ends = [m.end() for m in lex.attack.finditer(t)]
        object_ends = {m.end() for m in lex.object_masdars.finditer(t)}
        for a, _b, side, kinds in hits:
            if "both" in kinds:
                continue
            if any(lex.opponent_markers.match(t, p) for p in s.word_starts_before(a, 1)):
                attacked.append((a, side, "attacker"))  # المعارك مع أذربيجان: the side fought
                continue
            if any(lex.owner_markers.match(t, p) and not s.punct_between(p, a)
                   for p in s.word_starts_before(a, 2)):
                continue  # rule owner_marker: 4 منظومات صواريخ تابعة للقوات الأرمينية: the owner, no attacker
            near = [e for e in attack_ends
                    if e <= a and s.words_between(e, a) <= 2 and not s.punct_between(e, a)]
            if not near:
                continue
            e = max(near)
            target = (any(lex.targets.match(t, p) for p in s.word_starts_before(a, 2) if p >= e)
                      or "party" not in kinds
                      or ("place" in kinds and e in object_ends and not _object_follows(s, _b, lex)))
            attacked.append((a, side, "target" if target else "attacker"))
    return hits, attacked


# --- dates -----------------------------------------------------------------------------------


_YEARLESS_RULES = frozenset({"day_month", "month_day", "month_bare", "month"})


def _in_year(d: dt.date | None, year: int) -> dt.date | None:
    try:
        return d.replace(year=year) if d is not None else None
    except ValueError:  # 29 February of a year with none
        return d.replace(year=year, day=28)


def _sentence_dates(s: _Sent, published: dt.date | None) -> list[tuple[int, int, dt.date | None]]:
    """The dates of a sentence as (view start, view end, end date).

    Rule year_line_dates: in a chronology line that opens with its year and a dash (``1993 - ...
    انتهت في 31 يوليو``، a "this day in history" list), a day or month written without a year is in
    that year, not the one the publication date gives it."""
    out, spans = [], set()
    m = _YEAR_LINE.match(s.seg.text)
    line_year = int(m.group(1)) if m is not None else None
    if line_year is not None and published is not None and line_year >= published.year:
        line_year = None
    for d in extract_dates(s.seg.text, published):
        a, b = s.v(d.span[0]), s.v(d.span[1])
        if line_year is not None and d.relative and d.rule in _YEARLESS_RULES:
            d = dataclasses.replace(d, start=_in_year(d.start, line_year), end=_in_year(d.end, line_year))
        out.append((a, b, d.end))
        if d.start is not None and d.end is not None and d.start < d.end:
            spans.add(a)
            s.span_starts[a] = d.start
    s.spans = frozenset(spans)
    return out


def _period_marked(s: _Sent, a: int, lex: _Lex) -> bool:
    """Whether one of ``period_markers`` (خلال، طوال) stands right before the date at ``a``."""
    before = s.word_starts_before(a, 1)
    return bool(before) and not s.punct_between(before[0], a) \
        and lex.periods.match(s.t, before[0]) is not None


def _period_tier(a: int, pos: int, s: _Sent, lex: _Lex, counts: Iterable[int], reports: Iterable[int]
                 ) -> bool:
    """Rule period_date: a period date opened by one of ``period_markers`` (``خلال يوليو الماضي``،
    ``طوال الأسبوع الماضي``) says what time the toll spans, so it dates the count before any other
    date of the sentence (the report's day: ``كشف التقرير الجمعة أن 93 مدنيا قتلوا ...، خلال يوليو
    الماضي`` = the last day of July), when no report verb, no other count, no contrast opener and no
    clause opener (حيث) stands between them."""
    if a not in s.spans or not _period_marked(s, a, lex):
        return False
    lo, hi = min(a, pos), max(a, pos)
    return (not any(lo < q < hi for q in counts if q != pos) and not any(lo < r < hi for r in reports)
            and lex.contrasts.search(s.t, lo, hi) is None and not _clause_break_between(s, lex, lo, hi))


def _as_of(pos: int, s: _Sent, lex: _Lex, published: dt.date | None, report: int | None = None,
           counts: Iterable[int] = (), reports: Iterable[int] = ()) -> dt.date | None:
    """The date a statement at view offset ``pos`` speaks for, if its sentence dates it.

    A date is skipped when it starts the count (``منذ 27 سبتمبر``، ``منذ النزاع الأول في تسعينيات
    القرن الماضي``: a start marker up to 3 words before it, or a ``long_start_markers`` word up to
    ``start_window`` words, with no punctuation and no count between, or opening the clause that the
    date's clause continues with و), names another event (``حرب عام 2020``، ``هجوم 7 أكتوبر``: an
    ``event_nouns`` word just before it) or sits in a relative clause the count is not in
    (``العملية البرية التي بدأت في 27 أكتوبر``: a relative pronoun up to 3 words before it, unless it
    follows an attack or war word: ``في الهجوم الذي وقع أمس`` dates the fighting).

    Of the others, the first group that holds one gives the date: a date of the statement's own
    clause (between clause punctuation marks; a date alone between commas, ``وقالت الوزارة، الخميس،
    إن``, belongs to the clauses around it; a clause right after the statement's that opens with an
    attack word, ``بمقتل 8 جنود، في هجوم شنه الحوثيون ليل السبت``, counts as its own); a date of the
    clause of its report verb at ``report`` with no other count (of ``counts``) between the verb and
    the date (``وفق ما أعلنته سلطات الإقليم أمس الجمعة``); any other date with no report verb (of
    ``reports``) and no ``contrast_openers`` word (بينما، فيما) between it and the statement:
    ``يقول الجيش إن 1200 قتلوا في السابع من أكتوبر، فيما احتجز 240`` does not date the 240, nor
    ``الأسبوع الماضي ...، أعلنت سلطات الإقليم أنها أسفرت عن مقتل 200`` the 200."""
    if not s.dates:
        return None  # no date in the sentence: nothing to speak for (most sentences)
    own = _clause_of(s, pos)
    anchors = {own}
    if _opens_with_attack(s, own + 1, lex):
        anchors.add(own + 1)  # the attack that caused the toll
    said = _clause_of(s, report) if report is not None and _clause_of(s, report) != own else None
    eligible = []
    for a, b, end in s.dates or []:
        if end is None or (published is not None and end > published):
            continue
        if _starts_count(a, pos, s, lex):
            continue
        near = s.word_starts_before(a, 3)
        if any(lex.event_nouns.match(s.t, p) and not _attack_in(s, p, lex) for p in near[-2:]
               if not s.punct_between(p, a)):
            continue  # حرب عام 2020، حرب 1988-1994: the date names another event
        if any(lex.baselines.match(s.t, p) for p in near[-2:] if not s.punct_between(p, a)):
            continue  # rule baseline_date: مقارنة بالعام الماضي: what the count is compared with
        if any(lex.relatives.match(s.t, p) for p in near if not s.punct_between(p, a)
               and not (p < pos and not s.punct_between(p, pos)) and not _after_fighting(s, p, lex)):
            continue  # التي بدأت في 27 أكتوبر (unless the count is in that clause too)
        home = _clause_of(s, a)
        if home != own and _pluperfect_clause(s, a, lex):
            continue  # نقاط كانت قوات النظام سيطرت عليها يومي الاثنين والثلاثاء: an earlier event
        clauses = {home}
        if _is_aside(s, a, b):
            clauses |= {home - 1, home + 1}
        lo, hi = min(a, pos), max(b, pos)
        if _period_tier(a, pos, s, lex, counts, reports):
            tier = -1
        elif clauses & anchors and not _clause_break_between(s, lex, lo, hi):
            tier = 0
        elif clauses & anchors:
            # rule break_clause_date: ... استخدمت في الثامن من يوليو الفيتو ... حيث قتل 8000 في يوليو 1995:
            # a clause opener (حيث، إذ) between a date and the count puts them in two clauses: the
            # date stays a candidate only when the count's own words hold none
            tier = 2
        elif said in clauses and report is not None \
                and not any(min(report, a) < q < max(report, a) and q != pos for q in counts):
            tier = 1
        elif not any(lo < r < hi for r in reports) and (lex.contrasts.search(s.t, lo, hi) is None
                                                        or not _is_aside(s, a, b)
                                                        and _contrast_aside(s, lex, pos, a, own, home)):
            tier = 2  # قصف ... صباح أمس ...، ما أدى إلى مقتل 12: the toll of that shelling
        else:
            continue
        eligible.append((tier, a, end))
    if not eligible:
        return None
    days = [(tier, a, end) for tier, a, end in eligible if a not in s.spans
            and not any(r < a and s.words_between(r, a) <= 3 for r in reports)]
    if days and s.spans:
        # rule day_in_period: في 26 يونيو ... خلال صلاة الجمعة في شهر رمضان: a day written before a
        # period of a week or more that holds it, as close to the count as the period (or in its own
        # clause), is the date the count speaks for, not the period's end (a report verb's day,
        # أعلنت الأربعاء، is no such day; a night, ليل السبت الأحد، is no enclosing period)
        eligible = [(tier, a, end) for tier, a, end in eligible
                    if not (a in s.spans and (end - s.span_starts.get(a, end)).days >= _LONG_PERIOD
                            and any(s.span_starts.get(a, end) <= d <= end and k <= max(tier, 0) and q < a
                                    for k, q, d in days))]
    best = min(e[0] for e in eligible)
    eligible = [(a, end) for tier, a, end in eligible if tier == best]
    before = [e for e in eligible if e[0] < pos]
    spans_after = [e for e in eligible if e[0] > pos and e[0] in s.spans]
    if best == 0 and before and spans_after and all(e[0] not in s.spans for e in before):
        # rule period_after_toll: a period written after the toll in its clause (أدى انفجارها إلى جرح
        # جنديين الأسبوع الماضي) dates it, not the day of the report before it (اتهمت ... اليوم الاثنين)
        return min(spans_after)[1]
    a, end = max(before) if before else min(eligible)
    return _pair_end(s, a, end, published)


def _pair_end(s: _Sent, a: int, end: dt.date, published: dt.date | None) -> dt.date:
    """Rule day_pair_end: two dates joined by a bare و (``مساء الخميس وصباح الجمعة``) are one
    period, which gives its end date: the later of the two when it is no later than publication."""
    for a1, b1, _ in s.dates or []:
        if a1 != a:
            continue
        for a2, _b2, end2 in s.dates:
            if a2 > b1 and s.t[b1:a2].strip() == _WAW and end2 is not None and end2 > end \
                    and (published is None or end2 <= published):
                return end2
    return end


def _contrast_aside(s: _Sent, lex: _Lex, pos: int, a: int, own: int, home: int) -> bool:
    """Rule contrast_aside: a contrast clause set off by commas between a count and a date after it
    (``ولقي أربعة مصرعهم، بينما أصيب 13 آخرون، في حوادث متفرقة أمس``) is an aside: the clause after
    it continues the count's, so the date dates the count too (the aside the only clause between
    them, no clause opener such as حيث after it; a contrast clause holding the date or
    the count still parts them, as does a date set off by commas right after it: ``في حين قتل 6 في
    اشتباكات وقعت، الأحد، في قرى``)."""
    if not pos < a or home != own + 2 or _clause_break_between(s, lex, _clause_start(s, a), a):
        return False  # the aside is the one clause between them; no clause opener (حيث) parts them
    return all(_clause_of(s, m.start()) == own + 1 for m in lex.contrasts.finditer(s.t, pos, a))


def _attack_in(s: _Sent, p: int, lex: _Lex) -> bool:
    """Rule attack_date: an attack word governed by a preposition (``لهجوم إرهابي نهاية شهر يونيو``،
    ``في هجوم أواخر مايو``) is the event the count fell in, so the date after it dates the count (a
    bare ``هجوم 7 أكتوبر`` after ``منذ``، ``على`` still names another event)."""
    m = lex.attack.match(s.t, p)
    if m is None:
        return False
    if (m.group("pre") or "") in lex.attack_procl:  # ل، ب glued to the attack word
        return True
    prev = s.word_starts_before(p, 1)
    return bool(prev) and not s.punct_between(prev[0], p) and _word_at(s.t, prev[0]) in lex.attack_preps


_LONG_PERIOD = 6  # days past its first that make a date a period enclosing a day (rule day_in_period)


def _pluperfect_clause(s: _Sent, a: int, lex: _Lex, longest: int = 8) -> bool:
    """Rule pluperfect_clause: a bare ``pluperfect_markers`` word (كانت، كان) inside the date's
    clause, up to ``longest`` words before the date with no punctuation between and not the clause's
    first word, opens a descriptive clause about an earlier event (``استعادة نقاط كانت قوات النظام
    سيطرت عليها يومي الاثنين والثلاثاء``): its date is no date of a count in another clause."""
    start = _clause_start(s, a)
    words = [p for p in s.word_starts_before(a, longest) if p >= start and not s.punct_between(p, a)]
    return any(lex.pluperfect.match(s.t, p) is not None and s.words_between(start, p) > 0 for p in words)


def _clause_break_between(s: _Sent, lex: _Lex, lo: int, hi: int) -> bool:
    """Whether a clause opener of ``clause_breaks`` (حيث، إذ) stands between ``lo`` and ``hi``."""
    return lo < hi and lex.clause_breaks.search(s.t, lo, hi) is not None


_YEAR_LINE = re.compile(r"\s*((?:1[89]|20)\d\d)\s*[-\u2013\u2014:]\s")


def _line_year(s: _Sent, published: dt.date | None) -> dt.date | None:
    """Rule year_line: a sentence of a chronology opens with its year and a dash (``1993 - مقتل 18
    جنديا أمريكيا في مقديشو``): with no date of its own, the year dates it (its last day, or the
    publication date for the current year)."""
    m = _YEAR_LINE.match(s.seg.text)
    if m is None:
        return None
    year = int(m.group(1))
    if published is not None and year > published.year:
        return None
    end = dt.date(year, 12, 31)
    return min(end, published) if published is not None else end


def _clause_of(s: _Sent, pos: int) -> int:
    """The index of the clause (between clause punctuation marks) holding view offset ``pos``."""
    return sum(1 for k in range(s.token_at(pos))
               if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT)


def _after_fighting(s: _Sent, pos: int, lex: _Lex) -> bool:
    """Whether the word before ``pos`` is an attack or war word: a relative clause after it dates the
    fighting the count fell in (``قتلا في الهجوم الذي وقع أمس الجمعة``)."""
    prev = s.word_starts_before(pos, 1)
    return bool(prev) and not s.punct_between(prev[0], pos) and bool(
        lex.attack.match(s.t, prev[0]) or lex.war_words.match(s.t, prev[0]))


def _clause_start(s: _Sent, pos: int) -> int:
    """View offset where the clause holding ``pos`` starts."""
    k = s.token_at(pos) - 1
    while k >= 0 and not (not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT):
        k -= 1
    return s.tok_end[k] if k >= 0 else 0


def _opens_with_attack(s: _Sent, clause: int, lex: _Lex) -> bool:
    """Whether clause number ``clause`` of the sentence opens with an attack word within its first
    two words (``في هجوم``، ``جراء قصف``، ``إثر غارة``) or with a cause word (``إثر تعرضهم``)."""
    n, k = 0, 0
    while k < len(s.tok_start) and n < clause:
        if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT:
            n += 1
        k += 1
    if n < clause:
        return False
    words = [s.tok_start[x] for x in range(k, min(k + 3, len(s.tok_start))) if s.tok_word[x]][:2]
    return any(lex.attack.match(s.t, p) for p in words) or bool(words and lex.causes.match(s.t, words[0]))


def _is_aside(s: _Sent, a: int, b: int) -> bool:
    """Whether the date at ``a:b`` is nearly alone in its clause (at most one other word: ``يوم``،
    ``في``): set off by commas it qualifies the clauses around it."""
    i, j = s.token_at(a), s.token_at(b)
    lo = i
    while lo > 0 and not (not s.tok_word[lo - 1] and s.t[s.tok_start[lo - 1]] in _CLAUSE_PUNCT):
        lo -= 1
    hi = j
    while hi < len(s.tok_start) and not (not s.tok_word[hi] and s.t[s.tok_start[hi]] in _CLAUSE_PUNCT):
        hi += 1
    others = sum(1 for k in list(range(lo, i)) + list(range(j, hi)) if s.tok_word[k])
    return others <= 1


def _starts_count(a: int, pos: int, s: _Sent, lex: _Lex) -> bool:
    """Whether a start marker (``منذ``، ``بدأت``) opens the phrase of the date at ``a``, or opens the
    clause that the date's clause continues (``ومنذ سيطرة الحوثيين في 2014، وتدخل التحالف في 2015``)."""
    if a < pos:
        for m in lex.closed_starts.finditer(s.t, a, pos):
            # rule closed_start_back: بدأ تمرده في 1984، ومنذ ذلك الوقت قتل عشرات الآلاف: the phrase
            # points back to the date just before it, so the date is where the count starts
            if s.words_between(a, m.start()) <= 3 and s.words_between(m.end(), pos) <= 3:
                return True
    starts = s.word_starts_before(a, lex.start_window)
    for n, p in enumerate(reversed(starts)):
        marker = lex.long_starts.match(s.t, p) or (n < 3 and lex.start_markers.match(s.t, p))
        closed = lex.closed_starts.match(s.t, p)
        if marker and closed is not None and closed.end() < a and n >= 3:
            continue  # منذ ذلك التاريخ بتفجير السفارة ... في 18 أبريل 1983: the date is another event's
        if marker and not s.punct_between(p, a) and not p < pos < a:
            return True
    begin = _clause_start(s, a)
    # rule start_aside: a short clause with no count of its own right after a start phrase that an
    # aside cut (ومنذ تولي الرئيس الذي توعد بسحق التمرد، الحكم في 29 مايو، قتل ...) continues it too
    aside = (begin and _clause_of(s, a) != _clause_of(s, pos)
             and s.words_between(begin, a) <= 4)
    if begin and (s.t[_skip_space(s.t, begin):][:1] in lex.conjunctions or aside) and not begin <= pos < a:
        k = s.token_at(begin) - 1  # the comma; the previous clause opens after the mark before it
        prev = _clause_start(s, s.tok_start[k]) if k >= 0 else 0
        first = _skip_space(s.t, prev)
        if lex.long_starts.match(s.t, first) and not first <= pos < a:
            return True
    return False


# --- the extractor ---------------------------------------------------------------------------


def _fraction(c: _Cand, i: int, cands: list[_Cand], s: _Sent, lex: _Lex) -> _Cand | None:
    """The population count a fraction or a percentage is taken of, if the sentence states it."""
    if c.kind == "fraction" and c.unit not in lex.population_nouns:
        return None
    for nxt in cands[i + 1:]:
        if nxt.kind != "number" or nxt.value is None:
            continue
        if s.words_between(c.end, nxt.start) > 12:
            return None
        lo = max(c.end, nxt.start - 40)
        if lex.population_count.search(s.t, lo, nxt.start):
            return nxt
        return None
    return None


def _fraction_of_total(c: _Cand, claims: list[_Cand], s: _Sent, lex: _Lex) -> _Cand | None:
    """The claim a fraction with a pronoun suffix takes its part of (``أكثر من نصفهم``، ``ثلثهم``):
    the sentence's previous claim, a count with a value, when the pronoun is glued to the fraction
    word and at most ``_FRACTION_GAP`` words outside dates stand between them."""
    if not claims or not _pronoun_fraction(c, s, lex):
        return None
    tot = claims[-1]
    if tot.value is None or tot.kind == "fraction" or tot.end > c.start \
            or s.undated_words_between(tot.np_end, c.start) > _FRACTION_GAP:
        return None
    return tot


_FRACTION_GAP = 12


def _pronoun_fraction(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Whether ``c`` is a fraction word with a pronoun suffix glued to it (``نصفهم``، ``ثلثهم``)."""
    if c.kind != "fraction":
        return False
    word = _norm(s.t[c.start:c.end]).split()[-1]  # أكثر من نصفهم
    return any(word.endswith(p) and len(word) > len(p) + 1 for p in lex.fraction_pronouns)


def _population_before(c: _Cand, i: int, cands: list[_Cand], s: _Sent, lex: _Lex) -> _Cand | None:
    """Rule population_before: the population a fraction with a pronoun suffix takes its part of,
    stated before it in the sentence in inhabitants (``نسمة``, ``population.units``) at most
    ``_FRACTION_GAP`` words before it (``وكان عدد سكان مراغا نحو 4 آلاف نسمة، فر نصفهم``); else ``None``."""
    if not _pronoun_fraction(c, s, lex):
        return None
    for prev in reversed(cands[:i]):
        if prev.kind != "number" or prev.value is None:
            continue
        near = s.undated_words_between(prev.np_end, c.start) <= _FRACTION_GAP
        return prev if near and prev.unit in lex.population_units else None
    return None


def _count_of(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """A count given by a population count cue (``عددهم``، ``البالغ عددهم``) right after a toll noun
    is that noun's toll (``الدفعة الأولى من المحتجزين، وعددهم 13`` = 13 detained; ``النازحين البالغ
    عددهم 100 ألف`` = displaced); after any other noun (``سكان غزة البالغ عددهم``) it stays a
    population. Sets the measure, the rule and the counted noun."""
    if c.kind != "number" or (c.unit is not None and c.unit not in lex.unit_measure
                              and c.unit not in lex.population_units
                              and lex.nouns.get(c.unit) not in lex.generic):
        return False  # وعددهم 94 قتيلا: a toll unit may follow (or نسمة, inhabitants, or شخص)
    t = s.t
    for m in lex.population_count.finditer(t, max(0, c.start - 40), c.start):
        if s.words_between(m.end(), c.start) > 1 or s.punct_between(m.end(), c.start):
            continue
        k = s.token_at(m.start()) - 1
        if k >= 0 and not s.tok_word[k] and t[s.tok_start[k]] in _COMMAS:
            k -= 1  # المحتجزين، وعددهم 13
        if k < 0 or not s.tok_word[k]:
            continue
        noun = _strip_article(t[s.tok_start[k]:s.tok_end[k]], lex.article)
        measure, name = lex.unit_measure.get(noun), "count_of"
        if measure is None and noun in lex.nouns and k > 0 and s.tok_word[k - 1]:
            k -= 1  # الضحايا المدنيين، وعددهم 94 قتيلا: the toll noun before its person adjective
            measure = lex.unit_measure.get(_strip_article(t[s.tok_start[k]:s.tok_end[k]], lex.article))
        if measure is None and k > 0 and s.tok_word[k - 1] and noun != t[s.tok_start[k]:s.tok_end[k]]:
            # rule count_of_construct: a toll noun in construct before a definite genitive (أسرى الحرب
            # الذين تقدر عددهم بأكثر من 200): the construct noun is the counted one
            before = t[s.tok_start[k - 1]:s.tok_end[k - 1]]
            if _strip_article(before, lex.article) == before and (measure := lex.unit_measure.get(before)):
                k, name = k - 1, "count_of_construct"
        if measure is None and k > 0 and s.tok_word[k - 1] and noun in lex.population_nouns:
            measure = _displacing_verb(s.tok_start[k - 1], s, lex)  # هجرها سكانها البالغ عددهم 3000
        elif c.unit in lex.population_units:
            measure = None  # الضحايا، وعددهم 900 نسمة: no toll counts inhabitants
        if measure is None and (found := _all_of_cue(k, s, lex)) is not None:
            measure, k, name = found[0], found[1], "all_of_count"
        if measure is None:
            continue
        if c.unit is not None and c.unit in lex.unit_measure:
            measure = lex.unit_measure[c.unit]
        c.measure, c.rule, c.head_noun = measure, f"{name}:{measure}", s.tok_start[k]
        return True
    return False


def _all_of_cue(k: int, s: _Sent, lex: _Lex, window: int = 5) -> tuple[str, int] | None:
    """Rule all_of_count: the measure of a toll cue written right before a word of ``all_words``
    (جميع، كل) that opens the noun phrase ending at token ``k``, and the token of the noun after that
    word (what is counted), else ``None``. A population count cue after the phrase then gives the
    toll, not a population: all of them were hit (مقتل جميع المهاجمين البالغ عددهم 33 = 33 killed;
    مقتل جميع ركاب الطائرة البالغ عددهم 150; أودت بحياة جميع من كانوا على متنها وعددهم 22). At most
    ``window`` words from the all word to ``k``, all of them words."""
    for j in range(k, max(-1, k - window - 1), -1):
        if not s.tok_word[j]:
            return None
        if lex.all_words.match(s.t, s.tok_start[j]) is None or j == 0 or not s.tok_word[j - 1]:
            continue
        lo = s.tok_start[max(0, j - 3)]
        m = next((m for m in lex.cues.finditer(s.t, lo, s.tok_end[j - 1]) if m.end() == s.tok_end[j - 1]),
                 None)  # (a cue of two or three words too: أودت بحياة جميع من كانوا على متنها)
        if m is None:
            return None
        measure = next((ms for ms, role in lex.cues.value(m) if role == "before"), None)
        return None if measure is None else (measure, j + 1)  # (the noun after the all word)
    return None


def _displacing_verb(pos: int, s: _Sent, lex: _Lex) -> str | None:
    """The measure of a displacement or evacuation cue written before its count that starts at
    ``pos`` (هجرها، نزح، فر، أجلي), else ``None``: a population it displaced counts the
    displaced (هجرها سكانها البالغ عددهم 3000 = 3000 displaced)."""
    m = lex.cues.match(s.t, pos)
    if m is None:
        return None
    return next((measure for measure, role in lex.cues.value(m)
                 if role == "before" and measure in ("displaced", "evacuated")), None)


def _scaled(x: float | int | None, f: float) -> float | int | None:
    if x is None:
        return None
    y = x * f
    return int(round(y)) if abs(y - round(y)) < 1e-6 else y


def extract_claims(article: Article | str, conflict: str | Path | Mapping[str, Any] | Gazetteer | None
                   = DEFAULT_CONFLICT, *, check_scope: bool = True) -> list[Claim]:
    """Every toll claim of ``article`` (an :class:`Article` or a plain string), in text order.

    ``conflict`` names the gazetteer of sides and parties (``"karabakh"``, the
    default, reads ``data/gazetteer_karabakh.json``); ``None`` uses the generic
    gazetteer alone, so sides are ``unknown`` and sources ``international``,
    ``media`` or ``unknown``. With ``check_scope`` (the default) an article that
    does not mention the conflict (its gazetteer's ``scope`` words) is read with
    the generic gazetteer too. Spans index ``article.raw``.
    """
    if isinstance(article, str):
        article = article_from_text(article, "text")
    lex = _lex()
    gaz = load_gazetteer(conflict)
    segs = sentences(article)  # the same sentences the numbers and dates tables read
    whole = article.view
    texts = [whole.text_of(*seg.span) for seg in segs]  # each == the text of its view
    cut: dict[int, Normalized] = {}

    def view_of(k: int) -> Normalized:
        """The view of sentence ``k``, cut from the article's only when a stage needs it."""
        if k not in cut:
            cut[k] = whole.slice(*segs[k].span)
        return cut[k]

    out: list[Claim] = []
    claimed: set[int] = set()  # sentences that gave claims
    analysed: dict[int, tuple[_Sent, list[_Cand], list[_Cue], list[_Attr]]] = {}
    last: dict[int, _Attr | None] = {}

    first: dict[int, tuple[_Sent, list[_Cand]]] = {}
    cue_start: dict[int, int | None] = {}  # _cue_from of each sentence's text, once
    with_cues: dict[int, tuple[_Sent, list[_Cand], list[_Cue]]] = {}

    def numbers_of(k: int) -> tuple[_Sent, list[_Cand]]:
        if k not in first:
            s = _Sent.build(segs[k], view_of(k))
            start = cue_start[k] if k in cue_start and s.t == texts[k] else _cue_from(s.t, lex)
            s.cue_from = len(s.t) if start is None else start
            first[k] = (s, _candidates(s, lex, article.published))
        return first[k]

    def cues_of(k: int) -> tuple[_Sent, list[_Cand], list[_Cue]]:
        if k not in with_cues:
            s, cands = numbers_of(k)
            with_cues[k] = (s, cands, _cues(s, lex, lambda: chosen().scope, cands))
        return with_cues[k]

    def analyse(k: int) -> tuple[_Sent, list[_Cand], list[_Cue], list[_Attr]]:
        if k not in analysed:
            s, cands, cues = cues_of(k)
            s.dates = _sentence_dates(s, article.published)
            blocked = [(c.start, c.end) for c in cands] + [(q.start, q.end) for q in cues]
            attrs = _attributions(s, lex, gaz, blocked)
            for a in attrs:
                a.dated_in = (s, article.published)  # its as_of, read when first asked
                if a.party == "unknown" and not a.rule and a.src is not None \
                        and (party := _named_before(a.norm, [*texts[:k], s.t[:a.src[0]]], lex, gaz)):
                    a.party, a.rule = party, "named_before"
            analysed[k] = (s, cands, cues, attrs)
        return analysed[k]

    def last_attr(k: int, skip: int = lex.carry_across) -> _Attr | None:
        """The last named attribution of sentence ``k`` (pronoun subjects resolved); a sentence with
        no attribution and no name of a party (والوضع متوتر) passes the question to the one before it in
        its paragraph, up to ``skip`` such sentences (``قالت الوزارة ... . والوضع متوتر. وأضافت أن``)."""
        if k < 0:
            return None
        if skip > 0 and 0 < k < len(segs) - 1 and k not in last \
                and "\n" not in article.raw[segs[k - 1].span[1]:segs[k + 1].span[0]] \
                and not analyse(k)[3] and not analyse(k)[0].denied \
                and not analyse(k)[0].hints \
                and not any(gaz.sources.value(m) in gaz.parties for m in gaz.sources.finditer(texts[k])):
            return last_attr(k - 1, skip - 1)
        if k not in last:
            last[k] = None  # guards against cycles
            attrs = analyse(k)[3]
            named = [a for a in _resolve_all(attrs, lambda: last_attr(k - 1), analyse(k)[0].hints)
                     if a is not None]
            if len(named) > 1 and named[-1].party == "media" and named[-2].party not in (None, "media") \
                    and lex.complementizers.search(analyse(k)[0].t, (named[-2].src or (0, named[-2].end))[1],
                                                   named[-1].pos) is None:
                # rule publisher_not_speaker: وقالت اللجنة في بيان نشرته وكالات الأنباء، إن ...: the outlet
                # that carried the statement, in its speaker's clause, is not who goes on speaking
                # (مضيفة أن، وأضافت أن in the next sentence): the speaker is
                named = named[:-1]
            last[k] = named[-1] if named else None
        return last[k]

    def earlier(k: int, pos: int, pred, back: int = 8) -> _Attr | None:
        """The nearest attribution naming a party before view offset ``pos`` of sentence ``k``, or
        in the ``back`` sentences before it, whose source words satisfy ``pred``."""
        for j in range(k, max(-1, k - back - 1), -1):
            if j < k and j not in analysed and gaz.sources.search(texts[j]) is None:
                continue  # no name of a party: none of its attributions names one (no need to read it)
            # (a body that denies or accuses is named as one too: اتهمت وزارة الدفاع الأذربيجانية ...
            # وكانت الوزارة قد أشارت = the Azerbaijani ministry)
            sent, attrs = analyse(j)[0], analyse(j)[3]
            deniers = [h for h in sent.hints if h.kind == "denier"]
            named = sorted(attrs + deniers, key=lambda b: b.pos) if deniers else attrs
            for a in reversed(named):
                if (j < k or a.pos < pos) and a.party not in (None, "unknown") and not a.each_side \
                        and pred(a):
                    return a
        return None

    def mentioned(k: int, pos: int, stems: set[str], back: int = 8) -> str | None:
        """The party of the nearest name before view offset ``pos`` of sentence ``k`` (or in the
        ``back`` sentences before it) that holds one of ``stems`` or follows one within three words,
        named anywhere, not only as a source: an anaphor (وأوضحت النيابة) points back to the body
        of its kind last named (أصدرت النيابة العامة الأذربيجانية بيانا), even as an actor."""
        for j in range(k, max(-1, k - back - 1), -1):
            t = view_of(j).text
            found = None
            for m in gaz.sources.finditer(t, 0, pos if j == k else len(t)):
                party = gaz.sources.value(m)
                if party in (None, "unknown", "media"):
                    continue
                words = t[max(0, m.start() - 60):m.start()].split()[-3:] + m.group("w").split()
                if any(w.endswith(stem) and len(w) - len(stem) <= 3 for w in words for stem in stems):
                    found = party
            if found is not None:
                return found
        return None

    def named_party(k: int, pos: int) -> str | None:
        """The party of the nearest name of a party before view offset ``pos`` of sentence ``k``, or
        the last one of the sentence before it (rule anaphor_name)."""
        for j, end in ((k, pos), (k - 1, None)):
            if j < 0:
                return None
            t = view_of(j).text
            found = [gaz.sources.value(m) for m in gaz.sources.finditer(t, 0, len(t) if end is None else end)]
            found = [p for p in found if p in gaz.parties]
            if found:
                return found[-1]
        return None

    number_spans = remembered_number_spans(whole.text)  # the numbers table's, when it read the article

    def may_hold_a_number(k: int) -> bool:
        """Whether a digit or a word atom stands in sentence ``k``: where a number may stand
        (:func:`karabakh_nb.numbers.candidate_spans` would list one). When the numbers table has just
        read the article, the word-atom spans it found in the whole view and a digit test answer
        with no scan (:func:`karabakh_nb.numbers.meets_number`); else the sentence's own scan
        (:func:`karabakh_nb.numbers.may_hold_number`). Both answer alike: a stretch a sentence end
        splits holds no word atom (tests/test_claims_speed.py checks it on every examples and e2e
        sentence)."""
        if number_spans is None:
            return may_hold_number(texts[k])
        start, end = segs[k].span
        return meets_number(whole.text, number_spans, whole.view_index(start), whole.view_index(end))

    def holds_number(k: int) -> bool:
        """Whether sentence ``k`` holds a number mention. Most sentences with a toll cue hold none
        and no place where a number may stand; the numbers table skipped those, and read (and
        remembered) the others."""
        return may_hold_a_number(k) and bool(
            extract_numbers(segs[k].text, view=view_of(k), reference=article.published))

    def may_claim(k: int) -> bool:
        """Whether sentence ``k`` has a toll cue and a number or a dual noun to count. When the
        numbers table's spans are known, a sentence that meets none of them (no number) and holds no
        dual's word anywhere (``any_dual``, the scan of :func:`_may_hold_dual` from its start) is let
        go before the cue scan: two thirds of the sentences hold no number, and most of those hold
        the letters of a cue (the cue scan finds them), but no dual."""
        text = texts[k]
        if number_spans is not None and not may_hold_a_number(k) and lex.any_dual.search(text) is None:
            return False  # no number and no dual (holds_number and _may_hold_dual below would say so)
        start = cue_start[k] = _cue_from(text, lex)  # numbers_of reads it again
        if start is None:
            return False
        if not holds_number(k) and not _may_hold_dual(text, start, lex):
            return False  # no number and no dual (checked before the sentence is tokenized)
        if not could_claim(k):
            return False  # _can_claim would fail (checked before the sentence is tokenized)
        return bool(numbers_of(k)[1])

    def could_claim(k: int) -> bool:
        """The claim gate: whether :func:`_can_claim` may hold for sentence ``k`` (a cue, a dual, a
        population count cue or a unit naming a measure may stand in it: :func:`_claim_gate`). Most
        sentences with a cue's letters and a number have none of them."""
        text, view = texts[k], view_of(k)
        if view.text != text or view.raw != segs[k].text:
            return True  # (the sentence is read from a view of its own: no gate)
        return _passes_claim_gate(text, lambda: extract_numbers(segs[k].text, view=view,
                                                                reference=article.published), lex)

    scope_checked = not (check_scope and gaz.conflict is not None)

    def chosen() -> Gazetteer:
        """The gazetteer the article is read with: the conflict's, or the generic one when the
        article does not mention the conflict. Decided when first needed: most articles hold no
        sentence that could give a claim, and the check reads the whole article."""
        nonlocal gaz, scope_checked
        if not scope_checked:
            scope_checked = True
            if not gaz.covers_normalized(" ".join(texts), len(texts)):
                gaz = load_gazetteer(None)
        return gaz

    at_war: list[bool] = []
    fighting: list[bool] = []
    on_road: list[bool] = []

    def article_fighting() -> bool:
        """Whether any sentence of the article holds an attack word (``_fighting``; read once, when
        first asked: the road, disaster, mishap and war-only-cue frames all ask it)."""
        if not fighting:
            fighting.append(any(_fighting(t, lex) for t in texts))
        return fighting[0]

    def article_on_road() -> bool:
        """Rule road_accident_article: the headline or lead (the first ``_LEAD_SENTENCES`` sentences)
        names a road accident and no sentence of the article holds a war word or an attack word: the
        article reports that accident, so its later tolls (27 مصابا ودعتهم الجمعية) are the accident's
        even where their sentence names no cause (read once, when first asked)."""
        if not on_road:
            on_road.append(any(lex.road_accident.search(t) is not None for t in texts[:_LEAD_SENTENCES])
                           and not article_at_war() and not article_fighting())
        return on_road[0]

    in_disaster: list[bool] = []
    accident_counts: list[tuple[int, set[tuple[float | int, float | int]]]] = []  # rule restated_accident

    def article_in_disaster() -> bool:
        """Rule disaster_article: the headline or lead (the first ``_LEAD_SENTENCES`` sentences) names a
        natural disaster as a cause (``displacing_causes``: إعصار، عاصفة، فيضانات، زلزال), no lead sentence
        holds a war word and no sentence of the article an attack word: the article reports that
        disaster, so every toll in it (its dead, injured, evacuated and displaced: أجلي 163 ألفا) is the
        disaster's, even where its sentence names the rescuers' soldiers (read once, when first asked)."""
        if not in_disaster:
            lead = texts[:_LEAD_SENTENCES]
            in_disaster.append(any(_cause_named(t, lex.disasters, lex) for t in lead)
                               and not any(_war_word(t, lex) for t in lead)
                               and not article_fighting())
        return in_disaster[0]

    of_mishap: list[bool] = []

    def article_of_mishap() -> bool:
        """Rule mishap_article: the headline names a cause that is no war's (``non_conflict_causes``:
        تحطم طائرة، حادث سير), a blast at a site that is no war's (``site_blast``: انفجار ميناء،
        انفجار أسطوانة غاز) or an animal that attacks (``attacking_animals``: هاجمه دب), and no sentence
        of the article holds a war word (nor, for a named cause, an attack word): the article reports
        that mishap, so its dead, injured and things destroyed (واحرقت 13 سيارة) are the mishap's, even
        where their sentence names no cause (read once, when first asked)."""
        if not of_mishap:
            head = texts[0] if texts else ""
            cause = _non_conflict(head, lex) or lex.site_blast.search(head) is not None
            animal = not cause and lex.attacking_animals.search(head) is not None
            of_mishap.append((cause or animal) and not article_at_war()
                             and (animal or not article_fighting()))
        return of_mishap[0]

    of_crime: list[bool] = []

    def article_of_crime() -> bool:
        """Rule crime_article: the headline names a crime (``crime_contexts``: سينما، جريمة قتل، المخدرات)
        and holds no war word (the weak ones aside: مجزرة) and no attack word: the article reports that
        crime, so a toll whose own sentence holds no war word and no attack word (وقتل فيه 12 شخصا) is the
        crime's, even where the lead denies a terror link (ولم يقل ... إن الحادث عمل إرهابي). A lead alone
        is not read: a column may open with a parable of a theft (read once, when first asked)."""
        if not of_crime:
            head = texts[0] if texts else ""
            of_crime.append(lex.crimes.search(head) is not None and not _war_word(head, lex, weak=True)
                            and not _fighting(head, lex))
        return of_crime[0]

    def lead_attacked() -> bool:
        """Whether the headline or lead (the first ``_LEAD_SENTENCES`` sentences) holds an attack word."""
        return any(_fighting(t, lex) for t in texts[:_LEAD_SENTENCES])

    def article_at_war() -> bool:
        """Whether any sentence of the article holds a war word (read once, when first asked)."""
        if not at_war:
            at_war.append(any(_war_word(t, lex) for t in texts))
        return at_war[0]

    def described(k: int) -> bool:
        """Rule described_head in a sentence with no toll cue: a toll head names what it counts with a
        definite unit noun (عدد الأرمن المحتجزين ... بات 23)."""
        s, cands, cues = cues_of(k)
        if lex.heads_quick.search(s.t) is None:
            return False
        return any(_described_head(c, cues, s, lex) for c in cands)

    def item_source(k: int, items: int = 12, back: int = 2) -> _Attr | None:
        """Rule statement_item: sentence ``k`` opens an item of a numbered list (أولا :، ثانيا :، 02 -)
        whose introduction, the first sentence before the list's items, ends with a colon (أسفرت
        الإجراءات عن النتائج التالية:): the item goes on with that statement, so its source is the last
        named one of the introduction or of the ``back`` sentences before it (صرح المتحدث الأمني ...)."""
        if lex.statement_item.match(texts[k]) is None:
            return None
        j = k - 1
        while j >= max(0, k - items) and lex.statement_item.match(texts[j]) is not None:
            j -= 1
        if j < 0 or not texts[j].rstrip(" -\u2013").endswith(":"):
            return None
        for i in range(j, max(-1, j - back - 1), -1):
            if (a := last_attr(i, 0)) is not None:
                return a
        return None

    def moving(k: int) -> bool:
        """Rule moved_people in a sentence with no toll cue: patients or families a transfer verb
        carries somewhere count as evacuees only in an article at war."""
        s, cands, cues = cues_of(k)
        if lex.transfer_quick.search(s.t, s.cue_from) is None:
            return False
        return any(c.unit and _moved_people(c, 0, cues, s, lex) for c in cands) and article_at_war()

    for k in range(len(segs)):
        seg = segs[k]
        if not may_claim(k) or not (_can_claim(*cues_of(k), lex) or moving(k) or described(k)):
            continue  # no claim here (its sources and dates are read only if a later sentence asks)
        chosen()  # the gazetteer the sources and sides are read with
        cands = cues_of(k)[1]
        if not cands:
            continue
        if _non_conflict(texts[k], lex) and not _attack_fire(texts[k], lex, lead_attacked):
            accident_counts.append((k, {(c.low, c.high) for c in cands}))
            continue
        if _crime(texts[k], lex):
            continue
        if not _war_word(texts[k], lex, weak=True) and not _fighting(texts[k], lex) and article_of_crime():
            continue  # rule crime_article: the crime's toll (a cinema's gunman, a murder case)
        s, cands, cues, attrs = analyse(k)  # its sources and dates: read only for a sentence that may claim
        item = item_source(k) if k else None
        found = _sentence_claims(s, cands, cues, attrs, lex, gaz, article, k,
                                 last_attr if item is None else lambda j, item=item: item,
                                 lambda pos, pred, stems=None, back=8, k=k: earlier(k, pos, pred, back)
                                 if stems is None
                                 else mentioned(k, pos, stems), lambda pos, k=k: named_party(k, pos),
                                 item is not None
                                 or k > 0 and "\n" not in article.raw[segs[k - 1].span[1]:seg.span[0]]
                                 and (len(texts[k - 1]) < _CUT_LINE and _cut_attribution(*analyse(k - 1)[::3])
                                      or _word_at(texts[k], _skip_space(texts[k], 0)) in lex.continuation
                                      and bool(analyse(k - 1)[3])
                                      and all(a.src is None for a in analyse(k - 1)[3])),
                                 "+statement_item" if item is not None else "")
        if found and k and _non_conflict_at(k, texts, lex, gaz, own_checked=True):
            # it continues a disease's or an accident's toll: its deaths and cases are that toll's
            # (a count of refugees there is still the war's)
            found = [c for c in found if c.measure not in lex.cause_measures]
        if found:
            # rule civil_held: people held by a civil event (arrested for bribery, trapped in a
            # mine) are no war's prisoners; its deaths stay claims. Rule protest_held: arrests at a
            # protest in an article naming no war (a curriculum protest, a riot) are no conflict's
            # toll; a protest against the war keeps them. (One war-word test serves both.)
            # Rule protest_injured (rule protest_held for injuries): the injured at such a protest
            # (``protest_measures``) go too; its deaths stay claims.
            civil = lex.civil_held.search(texts[k]) is not None
            protest = lex.protests.search(texts[k]) is not None
            if (civil or protest) and not _war_word(texts[k], lex):
                if protest and not article_at_war():
                    found = [c for c in found if c.measure not in lex.held_measures
                             and c.measure not in lex.protest_measures]
                elif civil:
                    found = [c for c in found if c.measure not in lex.held_measures]
        if found and article_on_road():
            found = [c for c in found if c.measure not in lex.cause_measures]
        if found and article_in_disaster():
            found = []
        if found and article_of_mishap():
            found = [c for c in found if c.measure not in lex.cause_measures and c.measure != "destroyed"]
        if found and accident_counts:
            found = _restated_accident(found, k, accident_counts, lex)
        if found:
            found = _at_peace(found, texts[k], lex, article_at_war)
        if found and (only := {lex.war_only.value(m) for m in lex.war_only.scan(texts[k])}) \
                and not article_at_war() and not article_fighting():
            # rule war_only_cue: a death case counted by a health service or a charity (1546 حالة وفاة)
            # or a rescue at sea, in an article naming no war, is no war's toll
            found = [c for c in found if c.measure not in only]
        if found and (by_unit := {(seg.span[0] + c.raw_span[0], seg.span[0] + c.raw_span[1]): m
                                  for c in cands if c.unit and (m := lex.war_only_units.get(c.unit))}) \
                and not article_at_war() and not article_fighting():
            # rule war_only_unit: deaths counted in a health service's word (212 وفاة بين كبار السن)
            # in an article naming no war are no war's toll (a claim's span is its count's)
            found = [c for c in found if by_unit.get(c.span) != c.measure]
        if found and _non_conflict_at(k, texts, lex, gaz, causes=lex.disasters):
            # a flood or an earthquake displaces people too: نزح أكثر من 30 ألف شخص after the floods
            found = [c for c in found if c.measure != "displaced"]
        if found and k and k - 1 not in claimed and gaz.conflict is not None \
                and "\n" not in article.raw[segs[k - 1].span[1]:seg.span[0]]:
            found = _event_place(found, analyse(k - 1), lex, gaz)
        if found:
            claimed.add(k)
        out.extend(found)
    return _war_prisoners(_headline_echo(out, lex), article.raw, lex)


_WAR_PRISONER_MEASURES = frozenset({"killed", "injured", "detained"})


def _war_prisoners(out: list[Claim], raw: str, lex: _Lex) -> list[Claim]:
    """Rule war_prisoners: prisoners are people (a prisoner may be a soldier or a civilian) unless the
    words say they are combatants; an article that names its prisoners prisoners of war (أسرى الحرب,
    أسير حرب) says so for all of them, so a count of people in a sentence counting prisoners (مقتل 40
    أسيرا وإصابة 75) counts soldiers."""
    hits = [i for i, c in enumerate(out) if c.subject == "people" and c.measure in _WAR_PRISONER_MEASURES
            and "+mixed_nouns" not in c.rule  # 40 عسكريا ومدنيا: its own words name both kinds
            and lex.prisoner_words.search(normalize(c.sentence).text) is not None]
    if not hits or lex.war_prisoners.search(normalize(raw).text) is None:
        return out
    out = list(out)
    for i in hits:
        out[i] = dataclasses.replace(out[i], subject="soldiers", rule=out[i].rule + "+war_prisoners")
    return out


_RESTATE_WINDOW = 3  # rule restated_accident: the sentences after an accident's toll that may repeat it


def _restated_accident(found: list[Claim], k: int, accident_counts, lex: _Lex) -> list[Claim]:
    """Rule restated_accident: a toll (killed, injured) of sentence ``k`` whose count a sentence at most
    ``_RESTATE_WINDOW`` before it gave as an accident's or an illness's toll (``قتل 17 شخصا في تحطم
    مروحية بسبب عطل تقني``, which gave no claim) repeats that toll, though its own sentence, a quote of
    an officer (``17 شخصا قتلوا، 12 جنديا``), names soldiers: no claim of the war. Another count
    stays a claim."""
    seen = set().union(*(v for j, v in accident_counts if 0 < k - j <= _RESTATE_WINDOW))
    if not seen:
        return found
    return [c for c in found if c.measure not in lex.cause_measures or (c.low, c.high) not in seen]


_ECHOED_SUBJECTS = frozenset({"soldiers"})
_LEAD_SENTENCES = 3  # rule road_accident_article: the headline and lead that name the article's event


def _bare_at_end(c: Claim) -> bool:
    """Rule headline_echo (bare count): a count that closes its headline with no noun after it
    (``تعلن ارتفاع عدد شهدائها ... إلى 71``) counts its toll noun alone, like a unit."""
    head = c.sentence.rstrip()
    return head.endswith(c.text) and head.count(c.text) == 1


def _headline_echo(out: list[Claim], lex: _Lex) -> list[Claim]:
    """Rule headline_echo: the first sentence that gives claims (a headline, a lead) counts a toll
    by its toll noun alone (``وقره باغ تعلن 54 قتيلا``، ``الدفاع الأرمينية: 17 قتيلا``) that the body
    restates with the persons named (``مقتل 54 عسكريا``، ``إن 17 جنديا قتلوا``): the headline's count
    takes the body's subject when every later claim of the same measure and the same count names
    one and the same kind. Only soldiers for now (``_ECHOED_SUBJECTS``): the e2e golds disagree on
    civilians (set7's NOTES make e7_02's headline 13 civilians, sets 2 and 4 keep 21 and 13 people)."""
    if len(out) < 2:
        return out
    first = out[0].sentence
    changed = False
    result = list(out)
    for i, c in enumerate(out):
        if c.sentence != first:
            break
        if c.subject != lex.measure_default.get(c.measure, "people") or not (
                c.rule.startswith("unit:") or _bare_at_end(c)):
            continue
        kinds = {d.subject for d in out[i + 1:] if d.sentence != first and d.measure == c.measure
                 and (d.low, d.high) == (c.low, c.high)}
        if len(kinds) == 1 and (kind := next(iter(kinds))) in _ECHOED_SUBJECTS:
            result[i] = dataclasses.replace(c, subject=kind, rule=c.rule + "+headline_echo")
            changed = True
    return result if changed else out


def _can_claim(s: _Sent, cands: list[_Cand], cues: list[_Cue], lex: _Lex) -> bool:
    """Whether a count of the sentence can be a claim at all (see :func:`_measure`): a claim needs a
    toll cue, a count whose noun or dual names its measure itself (``12 قتيلا``، ``جريحين``), or a
    population count cue after a toll noun (``المحتجزين، وعددهم 13``: :func:`_count_of`). Most
    sentences the quick scan for a cue's letters lets in have none of them."""
    if cues:
        return True
    if any(c.measure is not None or (c.kind == "dual" and c.dual_measure)
           or (c.unit is not None and c.unit in lex.unit_measure) for c in cands):
        return True
    return lex.population_count.search(s.t) is not None


_DEFAULT_SIDE = "+side:default"


def _event_place(found: list[Claim], prev: tuple[_Sent, list[_Cand], list[_Cue], list[_Attr]], lex: _Lex,
                 gaz: Gazetteer) -> list[Claim]:
    """Claims that nothing in their sentence ties to a side take the side of the place where the
    event of the sentence before them (same paragraph, no claim of its own) happened: ``انفجار
    مستودع وقود في قره باغ.. عشرات القتلى ومئات الجرحى`` (rule ``event_place``)."""
    if not any(c.rule.endswith(_DEFAULT_SIDE) for c in found):
        return found
    s, _cands, _cues, attrs = prev
    side_hits, attacked = _side_hits(s, lex, gaz)
    roles = {a: role for a, _side, role in attacked}
    side = _attacked_place(s, lex, side_hits, roles, attrs)
    if side is None:
        return found
    return [dataclasses.replace(c, side=side, rule=c.rule[:-len(_DEFAULT_SIDE)] + "+side:event_place")
            if c.rule.endswith(_DEFAULT_SIDE) else c for c in found]


def _resolve_all(attrs: list[_Attr], previous, hints: list[_Attr] = ()) -> list[_Attr | None]:
    """Each attribution with a pronoun subject takes the nearest named one before it, or the
    nearest speaker of a report noun before it (``إعلان علييف ... وقال إن``)."""
    out: list[_Attr | None] = []
    last: _Attr | None = None
    prev_loaded = False
    prev: _Attr | None = None
    for a in attrs:
        if a.src is not None:
            last = a
            out.append(a)
            continue
        hint = [h for h in hints if h.pos < a.pos and (h.party not in (None, "unknown") or h.kind == "denier")
                and (last is None or h.pos > last.pos)]
        if hint:
            out.append(hint[-1])
            continue
        if last is None:
            if not prev_loaded:
                prev, prev_loaded = previous(), True
            out.append(prev)
        else:
            out.append(last)
    return out


def _sentence_claims(s: _Sent, cands: list[_Cand], cues: list[_Cue], attrs: list[_Attr], lex: _Lex,
                     gaz: Gazetteer, article: Article, k: int, last_attr, earlier=None,
                     named_party=None, cut_before: bool = False, carry_rule: str = "") -> list[Claim]:
    t = s.t
    attrs_pos = [a.pos for a in attrs]
    resolved = _resolve_all(attrs, lambda: last_attr(k - 1), s.hints)
    claims: list[_Cand] = []
    consumed: set[int] = set()
    for i, c in enumerate(cands):
        c.index = i

    def war() -> bool:
        return bool(lex.war_words.search(t) or lex.attack.search(t)
                    or (gaz.scope is not None and gaz.scope.search(t)))
    for i, c in enumerate(cands):
        if id(c) in consumed or c.kind == "skip":
            continue
        pop, pop_rule = None, "fraction_of_population"
        if c.kind in ("fraction", "percent"):
            pop = _fraction(c, i, cands, s, lex)
            if pop is not None:
                consumed.add(id(pop))
                c.np_end = pop.np_end  # a predicate follows the population (... عددهم 20 ألفا فروا)
            elif (pop := _fraction_of_total(c, claims, s, lex)) is not None:
                # rule fraction_of_total: نحو 950 ألف شخص نزحوا ...، أكثر من نصفهم من الأطفال = 475000
                c.measure, c.rule, c.head = pop.measure, f"fraction_of_total:{pop.measure}", pop
                c.np_end = c.unit_end = max(c.np_end, c.end)
            elif (pop := _population_before(c, i, cands, s, lex)) is not None:
                # rule population_before: كان عدد سكانها نحو 4 آلاف نسمة، فر نصفهم = 2000 displaced
                # (the fraction's own cue gives the measure)
                c.np_end = c.unit_end = max(c.np_end, c.end)
                pop_rule = "population_before"
            else:
                continue
        elif any(s.words_between(m.end(), c.start) <= 2 and not s.punct_between(m.end(), c.start)
                 and not _verb_aside(c, m, cands, s, lex)
                 for m in lex.blockers.finditer(t, max(0, c.start - 60), c.start)):
            # rule displaced_unit_held: يعيش 17 ألف نازح، تؤوي 300 نازح: the noun names the toll itself
            if not _count_of(c, s, lex) and lex.unit_measure.get(c.unit or "") not in lex.blocker_proof:
                continue
        if _list_name(s, c.start):
            continue
        if _hypothetical(c, s, lex):
            continue
        if _rate(c, s, lex):
            continue
        if c.measure is None:
            _measure(c, i, cands, cues, claims, s, lex, attrs_pos)
        if c.measure == "displaced" and _sheltered_at_base(c, s, lex):
            c.measure, c.rule, c.sheltered = "evacuated", c.rule + "+sheltered_at_base", True
        if c.measure is not None and _provided_for(c, s, lex):
            continue
        if c.measure == "displaced" and _beneficiaries(c, s, lex):
            continue
        if c.measure is None and claims and _change_end(c, claims[-1], s, lex):
            prev = claims[-1]  # rule change_end: من 311 في الفصل الأول إلى 545 هذا العام
            c.measure, c.rule, c.cue_end, c.head_end = prev.measure, f"change_end:{prev.measure}", \
                prev.cue_end, prev.head_end
        if c.measure is None:
            continue
        if _condition_not_injury(c, s):
            continue
        if pop is not None:
            f = (c.value or 0) / (100 if c.kind == "percent" else 1)
            c.value, c.low, c.high = _scaled(pop.value, f), _scaled(pop.low, f), _scaled(pop.high, f)
            if c.rule.startswith("fraction_of_total"):
                c.qualifier = c.qualifier if c.qualifier != "exact" else pop.qualifier  # أكثر من نصفهم
            else:
                c.qualifier = pop.qualifier if pop.qualifier != "exact" else c.qualifier  # نحو ثلث
                c.rule = f"{pop_rule}+{c.rule}"
        if c.kind == "dual":
            c.rule = ("construct_dual+" if c.construct else "dual_noun+") + c.rule
        c.subject = _subject(c, claims, s, lex, war)
        unit = _strip_article(c.unit, lex.article) if c.unit is not None else None
        if c.measure == "displaced" and unit in lex.buildings:
            # rule building_count: قصف 21 مدرسة على الأقل تؤوي نازحين: the buildings hit are a material
            # toll with no better measure; the displaced sheltered there are not counted
            c.measure, c.rule = lex.combined_measure, c.rule + "+building_count"
        if c.drop:
            c.measure = None
            continue
        claims.append(c)
    claims = _unrestated(claims, s)
    _victims_split(claims, s, lex)
    for c in claims:
        if c.subject == "people" and c.measure in _EVENT_MEASURES and c.unit in lex.unit_measure \
                and lex.nouns.get(c.unit) in lex.generic and _force_site(c, s, lex):
            c.subject, c.rule = "soldiers", c.rule + "+force_site"
    for c, d in zip(claims, claims[1:], strict=False):
        if _shares_noun(c, d, s, lex):
            c.subject = d.subject  # مقتل 8 وإصابة 35 من المقاومة: the 8 are of the resistance too
            c.rule += "+shared_noun"
        elif _shares_noun_back(c, d, s, lex):
            d.subject = c.subject  # مقتل 192 من جنودها وإصابة 511: the 511 are its soldiers too
            d.rule += "+shared_noun_back"
        elif _shares_group_tail(c, d, s, lex):
            c.subject = d.subject  # قتل 11 شخصا وجرح 30 آخرون من ميليشيات الحوثي: the 11 are militiamen too
            c.rule += "+shared_group_tail"
    if not claims:
        return []
    side_hits, attacked = _side_hits(s, lex, gaz) if gaz.conflict is not None else ([], [])
    # rule participle_opener: a sentence opened by a participle of saying (مضيفة أنه «...»، مشيرا إلى أن)
    # has no speaker of its own: it goes on with the statement of the sentence before it
    opener = lex.report_participles.match(t, _skip_space(t, 0)) is not None
    carry_ok = bool(lex.carry.match(t, _skip_space(t, 0))) or _split_line(article.raw, s.seg.span[0]) \
        or cut_before or opener
    out: list[Claim] = []
    base = s.seg.span[0]
    chosen: dict[int, _Attr | None] = {}
    dated: dict[int, dt.date | None] = {}
    out_c: list[_Cand] = []
    for c in claims:
        attr = _choose_attr(c, attrs, resolved, carry_ok, lambda: last_attr(k - 1), s, lex, claims)
        if c.rule.startswith("part_of") and c.head is not None and id(c.head) in chosen \
                and attr is not chosen[id(c.head)] and (attr is None or attr.party in (None, "unknown")) \
                and (attr is None or attr.pos > c.head.start):
            # a part takes its total's source unless a party is named between them (... إن 100 ألف
            # شخص عبروا، مشيرة إلى أن السلطات سجلت بينهم 21 ألف طفل: the spokeswoman's)
            attr = chosen[id(c.head)]
        chosen[id(c)] = attr
        carried = attr is not None and not any(attr is a for a in attrs + s.hints)
        rule = c.rule
        if attr is None:
            party, text = "media", None
        else:
            party, text = attr.party or "unknown", attr.text
            if attr.rule:
                rule += "+" + attr.rule
            outer = attr.outer_party if party == "unknown" and not attr.each_side else None
            if outer == "media" and attr.rule == "mixed_sources":
                # rule mixed_sources: حصيلة أوردتها وكالة رويترز نقلا عن مصادر أرمينية وأذربيجانية: the
                # agency that sums both sides' figures makes the claim
                party, rule = outer, rule + "+outer_source"
            if outer in gaz.parties and outer != "media":
                # نقلت وكالة الأنباء الأرمينية عن وزارة الدفاع: a body the quoted words name with no party
                # is the quoting source's country's
                # (an outlet quoting مصادر طبية does not make the claim: that stays unknown)
                party, rule = outer, rule + "+outer_source"
            linked = _relinked(attr, party, lex, gaz, earlier) if not carried and earlier \
                and attr.rule != "national_body" else None  # (a national society is named, no anaphor)
            if linked is not None:
                party, rule = linked[0], rule + linked[1]
            elif party == "unknown" and _norm(text or "") in lex.anaphors:
                named = sorted(attrs + s.denied, key=lambda a: a.pos)
                before = _antecedent(attr, named, lambda: last_attr(k - 1))
                # لكنها, not المنظمة: a definite noun names its own kind
                pronoun = not _norm(text or "").startswith(lex.article) and named_party is not None
                name = named_party(attr.pos) if before is None and pronoun else None
                if before is not None:  # "وأوضحت الوزارة", "لكنها قالت": the source named before
                    party, rule = before.party, rule + "+anaphor"
                    if _norm(text or "") in lex.relative_anaphors and any(before is a for a in named):
                        # بحسب السلطات الانفصالية، التي قالت إن ...: a relative pronoun names nothing;
                        # its antecedent in the sentence is the words naming the source
                        text, rule = before.text, rule + "+relative_antecedent"
                elif name is not None:
                    # rule anaphor_name: no attribution names a party before the pronoun (ولا تكشف باكو
                    # عن خسائرها. لكنها قالت إن ...): the nearest name of a party, in its sentence
                    # or the one before, is the subject it points back to
                    party, rule = name, rule + "+anaphor_name"
                elif (named_text := _pronoun_antecedent_text(attr, named, lex)) is not None:
                    # rule pronoun_text: ولم تؤكد الوزارة العدد، لكنها قالت إن: no party to take, but the
                    # words naming the source are the body named before the pronoun, not the pronoun
                    text, rule = named_text, rule + "+pronoun_text"
            if party == "unknown" and carried and attr.resolved is None and earlier:
                # rule carried_anaphor: the carried source is itself an anaphor whose sentence made no
                # claim (وقالت الوزارة إن مدنيا قتل. وأضافت أن ...): link it back from here
                back = _relinked(attr, party, lex, gaz,
                                 lambda pos, pred, stems=None, back=8: earlier(0, pred, stems))
                attr.resolved = back[0] if back is not None and back[0] not in (None, "unknown") else ""
            if party == "unknown" and carried and attr.resolved:
                party, rule = attr.resolved, rule + "+anaphor"  # وقالت الوزارة ... . وأضافت أن ...
            elif party != "unknown" and attr.party in (None, "unknown") and not carried:
                attr.resolved = party
        side, side_rule = _side(c, cands, c.index, s, lex, gaz, attr, attrs, side_hits, attacked,
                                party if attr is not None and party != attr.party else None)
        if side_rule in _WEAK_SIDES and (enemy := _enemy_loss(c, s, lex, gaz, party)) is not None:
            side, side_rule = enemy, "enemy_loss"
            if c.subject == lex.measure_default.get(c.measure or "", "people"):
                c.subject = "soldiers"
        prev = out_c[-1] if out_c else None
        # a place in a count of soldiers says where they fell, a coordinated side whose they are
        # (تدمير 9 دبابات أرمينية ومقتل 35 جنديا في فضولي); civilians are the place's (في ستيباناكرت)
        weak = side_rule in _WEAK_SIDES or (side_rule == "place_phrase" and c.subject == "soldiers")
        if weak and prev is not None and _coordinated(c, prev, s, lex, attrs):
            side, side_rule = str(prev.side), "coordinated"
        elif (weak or side_rule == "captor_place") \
                and (same := _same_noun_before(c, out_c, s, lex)) is not None:
            side, side_rule = str(same.side), "same_noun"
        c.side, c.side_rule = side, side_rule
        if attr is not None and attr.both_tally and side in gaz.parties and party in ("media", "unknown"):
            # rule both_tally: the official figures of both countries give each count its loser's
            party, rule = side, rule + "+both_tally"
        out_c.append(c)
        if attr is not None and attr.each_side:
            rule = "each_side+" + rule
        if carried:
            rule += "+carried_source" + ("+participle_opener" if opener else "") + carry_rule
        trig = [a.pos for a in attrs if a.pos < c.start] or [a.pos for a in attrs if a.pos > c.start
                                                              and a.backward]
        own = (trig[-1] if trig[-1] < c.start else trig[0]) if trig else None
        as_of = _as_of(c.start, s, lex, article.published, own, [d.start for d in cands],
                       [a.pos for a in attrs] + s.idle)
        if c.head is not None and id(c.head) in dated:
            as_of = dated[id(c.head)]  # a part or a list item speaks for its total's date
        dated[id(c)] = as_of
        if as_of is None:
            as_of = _line_year(s, article.published)
        if as_of is None and carried and attr is not None:
            as_of = attr.as_of
        as_of = as_of or article.published
        rs = c.raw_span
        measure = lex.retyped.get(c.measure or "", {}).get(c.subject or "")
        if measure is not None:
            # rule seized_equipment: استولت على 5 دبابات: captured counts places; equipment seized is a
            # material toll with no measure of its own (other), its side still the side that lost it
            rule += "+seized_equipment"
        out.append(Claim(text=c.text, value=c.value, low=c.low, high=c.high, qualifier=c.qualifier,
                         measure=measure or c.measure or "other", subject=c.subject or "other", side=side,
                         source_party=party, source_text=text, sentence=s.seg.text, as_of=as_of,
                         span=(base + rs[0], base + rs[1]),
                         rule=rule + (f"+side:{side_rule}" if side_rule else "")))
    return out


# sides that only guess from who reports (the source's own side, an actor named anywhere before, the
# default), and the sides that a word of the claim's own phrase or its attack gives
_WEAK_SIDES = frozenset({"source_own", "source_actor", "actor", "default", "place"})
_STRONG_SIDES = frozenset({"side_word", "place_phrase", "attack", "attacker_in_phrase", "loser", "own_noun",
                           "coordinated"})


def _coordinated(c: _Cand, prev: _Cand, s: _Sent, lex: _Lex, attrs: list[_Attr]) -> bool:
    """Whether ``c`` is counted by a cue joined by و right after ``prev``'s count, in the same
    report, and ``prev``'s side came from its own words: then the two tolls are one side's
    (أرمينيا: مقتل 30 جنديا أذربيجانيا وتدمير 4 دبابات = Azerbaijan's tanks; باكو: تدمير 7 دبابات
    أرمينية ومقتل 20 جنديا = Armenian soldiers), whoever reports them."""
    if prev.side_rule not in _STRONG_SIDES or c.head is not None or c.cue_end is None:
        return False
    if prev.index != c.index - 1 or c.cue_end > c.start:
        return False
    cue_word = s.tok_start[max(0, s.token_at(c.cue_end) - 1)]  # the token the cue ends in
    if cue_word < prev.end or s.t[cue_word] not in lex.conjunctions:
        return False
    if any(prev.end <= a.pos < c.start for a in attrs):
        return False  # a new report: وقالت يريفان إن ...
    return not any(s.t[p] in _SENTENCE_PUNCT for p in range(prev.end, c.start))


def _same_noun_before(c: _Cand, earlier: list[_Cand], s: _Sent, lex: _Lex) -> _Cand | None:
    """Rule same_noun: a count of a definite noun (عشرات الجنود الأسرى) whose side only a guess gives
    is the side of the sentence's earlier claim that counts the same noun with its side in its own
    words (تسلمت جثث 6 جنود أرمن ...، فيما أظهرت مقاطع عشرات الجنود الأسرى): the article points back
    to those soldiers; an indefinite noun (20 جنديا) may be anyone's."""
    if not c.unit or c.kind != "number":
        return None
    written = s.t[c.end:c.unit_end].strip()
    if not written.startswith(lex.article) or _strip_article(written, lex.article) != c.unit:
        return None
    for d in reversed(earlier):
        if d.unit == c.unit and d.side and d.side_rule in _STRONG_SIDES and d.subject == c.subject \
                and not any(ch in _SENTENCE_PUNCT for ch in s.t[d.end:c.start]):
            return d
    return None


def _pronoun_antecedent_text(attr: _Attr, named: list[_Attr], lex: _Lex) -> str | None:
    """Rule pronoun_text: the words of the nearest source named before an anaphor that is a pronoun
    (لكنها، إلا أنه: no definite noun of its own) in its sentence, a denied one too (ولم تؤكد
    الوزارة ...، لكنها قالت); None when there is none."""
    if attr.norm.startswith(lex.article) or attr.norm in lex.relative_anaphors:
        return None
    for b in reversed([b for b in named if b.pos < attr.pos and b is not attr]):
        if b.text and b.src is not None and (b.norm.startswith(lex.article) or b.norm not in lex.anaphors):
            return b.text  # a definite noun (الوزارة) names its body; another pronoun does not
    return None


_SURNAME_BACK = 16  # how many sentences back rule linked_surname looks for a surname's full mention


def _relinked(attr: _Attr, party: str, lex: _Lex, gaz: Gazetteer, earlier) -> tuple[str, str] | None:
    """The party of a source that points back to one named earlier in the article, and the rule:

    - ``anaphor``: a source with no party holding a definite noun of the anaphors list
      (``وثقت المنظمة``، ``المتحدثة باسم الحكومة نازيلي ...``) takes the nearest earlier source
      naming a party with the same noun (``منظمة هيومن رايتس ووتش``، ``الحكومة الأرمينية``);
    - ``anaphor_mention``: failing that, the nearest earlier name of a party holding that noun or
      after it, named as anything (``أصدرت النيابة العامة الأذربيجانية بيانا. وأوضحت النيابة``);
    - ``linked_name``: a short name (one or two words, no place) takes the party of its earlier
      full mention (``ستيبانيان`` after ``أمين المظالم في الإقليم غيغام ستيبانيان``).
    """
    words = attr.norm.split()
    if not words:
        return None
    ra = lex.report_anaphors.regex.fullmatch(attr.norm) if party == "unknown" else None
    if ra is not None:
        # بحسب التقرير، وفق البيان: the last body that issued a report of that kind
        kind = lex.report_anaphors.value(ra)
        a = earlier(attr.pos, lambda b: b is not attr and kind in b.reports)
        if a is not None:
            return a.party, "+report_anaphor"
    if party == "unknown":
        stems = {_strip_article(w, lex.article) for w in words
                 if w in lex.anaphors and w.startswith(lex.article) and len(w) > len(lex.article) + 1}
        if stems:
            a = earlier(attr.pos, lambda b: b is not attr and any(
                _strip_article(w, lex.article) in stems for w in b.norm.split()))
            if a is not None:
                return a.party, "+anaphor"
            named = earlier(attr.pos, None, stems)
            if named is not None:
                return named, "+anaphor_mention"
        heads = {_strip_article(w, lex.article) for w in words[1:]
                 if w.startswith(lex.article) and len(w) > len(lex.article) + 2} - stems
        if heads:
            # rule head_anaphor: المتحدث باسم الخدمة after خدمة الطوارئ في إقليم ناغورني قره باغ: a definite
            # noun inside the source that heads an earlier source's name points back to that source
            a = earlier(attr.pos, lambda b: b is not attr and bool(b.norm)
                        and _strip_article(b.norm.split()[0], lex.article) in heads)
            if a is not None:
                return a.party, "+head_anaphor"
    if len(words) <= 2:
        hit = gaz.side_words.search(attr.norm)
        if hit is not None and "place" in gaz.side_words.value(hit)[1]:
            return None
        a = earlier(attr.pos, lambda b: b is not attr and b.norm.endswith(" " + attr.norm)
                    and len(b.norm.split()) > len(words) and b.party != party)
        if a is not None:
            return a.party, "+linked_name"
        if party == "unknown" and len(words) == 1 and not words[0].startswith(lex.article) \
                and words[0] not in lex.anaphors:
            # rule linked_surname: أوبراين after ستيفن أوبراين منسق الأمم المتحدة للإغاثة: a bare
            # surname takes the party of its earlier full mention, with the title after the name
            a = earlier(attr.pos, lambda b: b is not attr and words[0] in b.norm.split()[1:-1]
                        and b.party != party, back=_SURNAME_BACK)
            if a is not None:
                return a.party, "+linked_surname"
    return None


@cache
def _condition_lex() -> tuple[_Words, frozenset[str]]:
    data = load("claim_cues")
    words = _Words(((w, True) for w in data.get("condition_words", [])), data.get("proclitics", []),
                   _norm(data.get("definite_article", "")))
    return words, frozenset(data.get("condition_measures", []))


def _clause_bounds(c: _Cand, s: _Sent) -> tuple[int, int]:
    """Offsets in ``s.t`` of the clause holding ``c``: between the clause punctuation marks
    (``_CLAUSE_PUNCT``) around it, or the sentence's ends."""
    i, j = s.token_at(c.start), s.token_at(c.end)
    a, b = 0, len(s.t)
    for k in range(i - 1, -1, -1):
        if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT:
            a = s.tok_end[k]
            break
    for k in range(j, len(s.tok_start)):
        if not s.tok_word[k] and s.t[s.tok_start[k]] in _CLAUSE_PUNCT:
            b = s.tok_start[k]
            break
    return a, b


def _condition_not_injury(c: _Cand, s: _Sent) -> bool:
    """Rule condition_not_injury: a count of a ``condition_measures`` measure (injured) whose clause
    (between the punctuation marks around it) names a condition of ``condition_words`` (malnutrition)
    counts sufferers, no wounded: ``نصف مليون طفل يعانون سوء التغذية``."""
    words, measures = _condition_lex()
    if c.measure not in measures:
        return False
    a, b = _clause_bounds(c, s)
    return words.search(s.t, a, b) is not None


def _hypothetical(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Whether the clause of ``c`` (between the punctuation marks around it) holds a marker of a
    forecast, a warning or a capacity (``قد يضطرون``، ``حذرت من أن``، ``مستعدة لاستقبال``) with no
    relative pronoun (``التي``، ``الذين``) between it and the count: its count is no reported toll."""
    a, b = _clause_bounds(c, s)
    if _toll_estimate(c, s, lex, a):
        return False
    if _counterfactual(c, s, lex, a):
        return True
    for m in lex.hypothetical.finditer(s.t, a, b):
        if _skip_space(s.t, m.end()) == c.start and lex.causing.match(s.t, m.start()) is not None:
            continue  # rule causing_homograph: غارات توقع 74 قتيلا (tuqi', causes), no forecast
        lo, hi = (m.end(), c.start) if m.end() <= c.start else (c.end, m.start())
        # a relative clause between them states a fact of its own: من المتوقع أن تنتشر قوة لقتال
        # الجماعة التي أدى تمردها إلى مقتل 15 ألف شخص
        if lex.relatives.search(s.t, lo, hi) is None:
            return True
    return False


def _rate(c: _Cand, s: _Sent, lex: _Lex) -> bool:
    """Rule rate_count: whether ``c`` is a rate, no toll: written at most two words after a rate word
    (``rate_markers`` before: بمعدل، بمتوسط) with no punctuation between (بمعدل إصابة 9 أشخاص), or its noun
    phrase followed within ``rate_window`` words by a word of what it is counted per (after: لكل، في كل:
    9 أشخاص لكل 1000 رحلة)."""
    t = s.t
    for m in lex.rate_before.finditer(t, max(0, c.start - 40), c.start):
        if s.words_between(m.end(), c.start) <= 1 and not s.punct_between(m.end(), c.start):
            return True
    end = max(c.end, c.np_end)
    for m in lex.rate_after.finditer(t, end, min(len(t), end + 40)):
        if s.words_between(end, m.start()) <= lex.rate_window and not s.punct_between(end, m.start()):
            return True
        break
    return False


def _counterfactual(c: _Cand, s: _Sent, lex: _Lex, a: int) -> bool:
    """Rule counterfactual: a conditional (``counterfactual_markers``: لو، لولا) stands in the clause
    before the count, and after it a cue carries the answer's ``counterfactual_answer`` (``لراح``،
    ``لقتل``): ``لو تمكنت من تنفيذها لراح ضحيتها المئات`` is a toll that did not happen."""
    ans = lex.counterfactual_answer
    if not ans:
        return False
    m = lex.counterfactual.search(s.t, a, c.start)
    if m is None:
        return False
    for p in range(s.token_at(m.end()), s.token_at(c.start)):
        q = s.tok_start[p]
        # the cue is read on its own (the ل glued before it is no word boundary)
        if s.tok_word[p] and s.t.startswith(ans, q) \
                and lex.cues.match(s.t[q + len(ans):s.tok_end[p] + 40], 0) is not None:
            return True
    return False


_BARE_HEAD_GAP = 3  # rule toll_estimate_bare_head: the words between a bare toll head and its count


def _toll_estimate(c: _Cand, s: _Sent, lex: _Lex, a: int) -> bool:
    """Rule toll_estimate: a toll head with its cue (``عدد القتلى``) stands in the clause before the
    count and a reach marker gives the count (``قد يصل عدد القتلى إلى 600``، ``عدد القتلى قد يصل
    إلى 600``): an estimate of the toll with its upper bound, not a forecast of another event."""
    t = s.t
    starts = s.word_starts_before(c.start, 1)
    body = t[c.start:c.end]
    if not (lex.reach.search(body) is not None or any(
            (m := lex.reach.match(t, p)) is not None and _skip_space(t, m.end()) == c.start for p in starts)):
        return False
    for h in lex.heads.finditer(t, a, c.start):
        q = lex.cues.match(t, _skip_space(t, h.end()))
        if q is not None and s.words_between(h.start(), c.start) <= 6:
            return True
        if q is None and (own := lex.cues.match(t, h.start())) is not None and own.end() >= h.end() \
                and s.words_between(own.end(), c.start) <= _BARE_HEAD_GAP:
            # rule toll_estimate_bare_head: a head that is a cue itself, its reach verb right after it
            # (الحصيلة قد ترتفع إلى 3 آلاف، الحصيلة النهائية قد تتجاوز); a clause between (الحصيلة لم
            # تتضح بعد وقد تتجاوز) leaves the forecast
            c.rule += "+toll_estimate_bare_head"
            return True
    return False


def _non_conflict_at(k: int, texts: list[str], lex: _Lex, gaz: Gazetteer, depth: int = 3,
                     causes: _Words | None = None, own_checked: bool = False) -> bool:
    """Whether sentence ``k`` (of the normalized ``texts``) reports a toll that is no war's: its own
    cause is none (:func:`_non_conflict`), or it names no cause, no attack, no war word and no side
    of the conflict and continues a sentence that is one (up to ``depth`` sentences back):
    ``سجلت الوزارة 40 وفاة بحمى الضنك. وبلغ عدد المصابين 4000 حالة`` gives no claim.
    ``own_checked``: the caller has just found sentence ``k`` itself is no such toll."""
    t = texts[k]
    if not own_checked and _non_conflict(t, lex, causes):
        return True
    if depth <= 0 or k == 0 or _fighting(t, lex) or _war_word(t, lex) \
            or (gaz.conflict is not None and gaz.side_words.search(t)):
        return False
    return _non_conflict_at(k - 1, texts, lex, gaz, depth - 1, causes)


#: Memo text_facts: what _fighting, _war_word and _non_conflict answered lately for a sentence's text
#: (pure functions of the text and the lexicon, asked again for the same sentence by the article's
#: frames, the sentence's own checks and _non_conflict_at's look back).
_FACTS = Memo(8192)


def clear_cache() -> None:
    """Forget remembered answers (memo text_facts: for benchmarks that time real reads)."""
    _FACTS.clear()


def _fact(kind: str, t: str, lex: _Lex, answer: Callable[[], bool]) -> bool:
    """``answer()``, remembered under ``kind`` for the text ``t`` read with ``lex`` (memo text_facts)."""
    key = (kind, t, id(lex))
    found = _FACTS.get(key)
    if found is None:
        found = answer()
        _FACTS.put(key, found)
    return found


def _non_conflict(t: str, lex: _Lex, causes: _Words | None = None) -> bool:
    """Whether the sentence's toll has a cause that is no war (memo text_facts when ``causes`` is
    the default: see :func:`_non_conflict_plain`)."""
    if causes is not None:
        return _non_conflict_plain(t, lex, causes)
    return _fact("non_conflict", t, lex, lambda: _non_conflict_plain(t, lex))


def _non_conflict_plain(t: str, lex: _Lex, causes: _Words | None = None) -> bool:
    """Whether the sentence's toll has a cause that is no war (a road accident, drowning, a
    disease, a fire, a flood) and nothing in it speaks of fighting (an attack word or a war word):
    ``لقي 12 شخصا مصرعهم في حادث سير`` is no claim, ``حريق ناجم عن القصف`` still is."""
    return ((_cause_named(t, causes or lex.non_conflict, lex)
             or (causes is None and lex.road_accident.search(t) is not None))
            and not _fighting(t, lex) and not _war_word(t, lex))


def _attack_fire(t: str, lex: _Lex, lead_attacked: Callable[[], bool]) -> bool:
    """Rule attack_fire: the only cause the sentence names is a fire (``attack_fires``) and the
    headline or lead names an attack (``lead_attacked()``): the fire is the attack's (``حاول الضحايا
    الاحتماء من الحريق`` after gunmen set the hall on fire), no cause of a toll of its own."""
    return lex.road_accident.search(t) is None and not _cause_named(t, lex.non_fire, lex) and lead_attacked()


def _cause_named(t: str, causes: _Words, lex: _Lex, reach: int = 40) -> bool:
    """Whether a cause word of ``causes`` in ``t`` names what caused a toll. Rule cause_not_named:
    a cause a risk opener names just before it is a feared one (``cause_risk_openers``: محذرا من
    خطر تفشي الكوليرا; so is a cause joined to it by a proclitic: والحصبة), and a cause inside a
    patients' condition (``patient_conditions``: مرضى بالسرطان، مريض بأمراض مزمنة) describes the
    people counted: neither names the toll's cause, so a strike's dead in a hospital of cancer
    patients are still a claim. Patients a number counts (توفي 5 مرضى بالسرطان) may have died of
    it: their illness stays a cause. Most sentences hold no cause word: the two lists are read
    only around one that is found."""
    masked = -1  # where the last cause read as no cause ends: one joined to it is none either
    for m in causes.scan(t):
        lo = max(0, m.start() - reach)
        if masked >= 0 and m.group("pre") and not t[masked:m.start()].strip():
            masked = m.end()
            continue
        if any(not t[r.end():m.start()].strip() for r in lex.cause_risks.finditer(t, lo, m.start())):
            masked = m.end()
            continue
        hi = min(len(t), m.end() + reach)
        if any(c.start() <= m.start() and m.end() <= c.end() and not _counted_right_before(t, c.start())
               for c in lex.cause_conditions.finditer(t, lo, hi)):
            masked = m.end()
            continue
        return True
    return False


def _counted_right_before(t: str, pos: int) -> bool:
    """Whether the word right before ``pos`` is a number in digits (``5 مرضى``)."""
    before = t[:pos].rstrip()
    return bool(before) and before[-1].isdigit()


def _fighting(t: str, lex: _Lex) -> bool:
    """:func:`_fighting_plain`, remembered (memo text_facts)."""
    return _fact("fighting", t, lex, lambda: _fighting_plain(t, lex))


def _fighting_plain(t: str, lex: _Lex) -> bool:
    """Whether the sentence holds an attack word other than an attacker's marker alone (``agent_markers``:
    من قبل، على يد: ``تم إسعاف 17 حالة من قبل الفرق الإسعافية`` names no attack)."""
    return any(" ".join(m.group("w").split()) not in lex.agent_markers for m in lex.attack.finditer(t))


def _war_word(t: str, lex: _Lex, weak: bool = False) -> bool:
    """:func:`_war_word_plain`, remembered (memo text_facts)."""
    return _fact("war_weak" if weak else "war", t, lex, lambda: _war_word_plain(t, lex, weak))


def _war_word_plain(t: str, lex: _Lex, weak: bool = False) -> bool:
    """Whether the sentence holds a war word (``war_words``) outside a civil force's name (rule
    civil_force, ``civil_forces``: قوات الإطفاء is a fire brigade, no army). ``weak``: a word of
    ``weak_war_words`` (مجزرة: a crime's massacre too) does not count."""
    civil = [(m.start(), m.end()) for m in lex.civil_forces.scan(t)]
    return any(not any(a <= m.start() < b for a, b in civil) for m in lex.war_words.finditer(t)
               if not weak or m.group("w") not in lex.weak_war_words)


def _at_peace(found: list[Claim], t: str, lex: _Lex, at_war: Callable[[], bool]) -> list[Claim]:
    """The claims of sentence ``t`` left once its crime is read, when no war word stands in it nor
    anywhere in its article. Rule charge_toll: a criminal charge or suspicion (``charge_contexts``:
    اتهم رجل بقتل ثمانية أشخاص في منزل) reports a crime, none of its counts is a toll; at war the charge
    is a side's claim (اتهمت المعارضة النظام بقتل 50 مدنيا). A charge only in a clause after every
    count, past a comma, that is an accusing participle (``accusing_participles``: متهما) charges no
    one with the toll (rule charge_after). (A protest's arrests and
    injuries are dropped before, with rule protest_held.)"""
    if lex.charges.search(t) is None or _war_word(t, lex) or at_war():
        return found
    last = max((t.rfind(_norm(c.text)) + len(_norm(c.text)) for c in found), default=-1)
    comma = min((i for i in (t.find(ch, last) for ch in _COMMAS) if i >= 0), default=-1) if last >= 0 else -1
    if comma >= 0 and lex.charges.search(t, 0, comma) is None and all(
            _word_at(t, m.start()) in lex.accusing_participles for m in lex.charges.finditer(t, comma)):
        # rule charge_after: the only charges are accusing participles in a clause after every count,
        # past a comma (قال إن عدد القتلى وصل إلى 128، متهما السلطات بالتكتم): the speaker goes on to
        # accuse someone of something else; the count is no crime's
        return found
    return []


def _crime(t: str, lex: _Lex) -> bool:
    """Rule crime_toll: whether the sentence's toll or arrests are a crime's or a civil offence's
    (``crime_contexts``: جريمة قتل، عملية سطو، دار السينما، مخالفين لنظام الإقامة، مشجعي الفريق)
    and no war word (معارك، قوات، إرهابي، قذيفة) says otherwise. Unlike an accident, a crime has
    shots and attacks of its own, so an attack word (إطلاق النار، هجوم) does not make it a war's."""
    return lex.crimes.search(t) is not None and not _war_word(t, lex, weak=True)


def _contrast_between(s: _Sent, attr: _Attr, pos: int, lex: _Lex, counts: Iterable[_Cand] = ()) -> bool:
    """Rule contrast_clause: whether a contrast opener (``contrast_openers``: في حين، بينما، فيما)
    stands between the source of a verb reporting no clause and ``pos``, with no colon, opening quote
    or complementizer after the verb before it (what was said would follow those) and no count of
    the sentence (``counts``) between the verb and the opener: a verb whose object is a toll goes on
    reporting past it (أعلنت الوزارة مقتل 5 جنود، فيما أصيب 20 آخرون: the ministry's)."""
    t = s.t
    end = attr.src[1] if attr.src is not None and attr.src[1] > attr.end else attr.end
    i = s.token_at(end)
    while i < len(s.tok_start) and s.tok_start[i] < pos:
        p = s.tok_start[i]
        if not s.tok_word[i]:
            if t[p] == ":" or t[p] in _OPENERS and t[p] != "(" and not _short_quote(s, i):
                return False
        elif lex.complementizers.match(t, p):
            return False
        elif lex.contrast_openers.match(t, p) is not None:
            return not any(attr.end <= c.start < p for c in counts)
        i += 1
    return False


def _contrast_own_source(s: _Sent, attr: _Attr, c: _Cand, later: _Attr, lex: _Lex) -> bool:
    """Rule contrast_own_source: a contrast opener (في حين، بينما، فيما) stands between the source
    before the count and the count, and a source written after the count closes the contrast clause
    with no punctuation or other opener between (``قتل، وفق الأرقام الأذربيجانية، 2802 جندي، فيما سقط
    في الجانب الأرميني أكثر من 2300 قتيل بحسب يريفان``): that clause has a source of its own."""
    t = s.t
    lo = attr.src[1] if attr.src is not None and attr.src[1] > attr.end else attr.end
    if lo >= c.start:
        return False
    opener = lex.contrast_openers.search(t, lo, c.start)
    if opener is None or lex.contrast_openers.search(t, c.start, later.pos) is not None:
        return False
    if not s.punct_between(c.start, later.pos):
        return True
    # rule contrast_closing_source: a named source set off by one comma closing the contrast clause
    # (فيما قتل 3 أشخاص وأصيب 34 آخرون في غارة على دمشق، وفق وزارة الصحة السورية) is its own too
    # (an unnamed tally there, وفق حصيلة أولية, only qualifies the speaker's report)
    at = max(t.rfind(mark, c.start, later.pos) for mark in _COMMAS)
    return at >= 0 and later.src is not None and later.party not in (None, "media") \
        and not s.punct_between(c.start, at) and s.words_between(at, later.pos) == 0


def _short_quote(s: _Sent, i: int, longest: int = 4) -> bool:
    """Whether the quote opening at token ``i`` closes within ``longest`` words (a quoted name or
    term, ``طراز “اف-16″``), so it holds no words said."""
    words = 0
    for k in range(i + 1, min(len(s.tok_start), i + 2 * longest + 2)):
        if not s.tok_word[k]:
            if s.t[s.tok_start[k]] in _QUOTE_CLOSERS:
                return words > 0
            continue
        words += 1
        if words > longest:
            return False
    return False


_SPLITTERS = ("..", "\u2026")  # a headline's two halves: آرتساخ تسجل أول وفاة.. و11 مريضا قضوا


_SPLIT_LINE = 160  # the longest line (in characters) read as a headline cut in two


_CUT_LINE = 160  # the longest sentence (in characters) read as an attribution cut off its clause


def _cut_attribution(s: _Sent, attrs: list[_Attr]) -> bool:
    """Rule cut_attribution: a sentence that is nothing but an attribution by a preposition (``وبحسب
    متحدث باسم الرئيس.``، ``ووفقا لمصادر أمنية.``: its first words the trigger, its source running
    to the full stop) was cut off its clause by a stray full stop: the next sentence of its
    paragraph (``ارتفعت حصيلة الاعتداء إلى 15 قتيلا``) is what it attributes, so it carries the source."""
    if len(attrs) != 1 or attrs[0].kind != "prep" or attrs[0].src is None:
        return False
    a = attrs[0]
    return s.words_between(0, a.pos) <= 1 and not s.t[a.src[1]:].strip(" .\u060c,")


def _split_line(raw: str, start: int) -> bool:
    """Rule split_line: a sentence that continues a headline's line after two dots or an ellipsis
    (``آرتساخ تسجل أول وفاة بسبب الجوع.. و11 مريضاً قضوا``) carries the first half's source, as a
    sentence opening with وأضاف does. A headline is one short line (``_SPLIT_LINE``); body text
    that ends its sentences with two dots (.. in long paragraphs) carries nothing."""
    i = start
    while i > 0 and raw[i - 1] in " \t":
        i -= 1
    if not any(raw.endswith(mark, 0, i) for mark in _SPLITTERS):
        return False
    lo = raw.rfind("\n", 0, start) + 1
    hi = raw.find("\n", start)
    return (len(raw) if hi < 0 else hi) - lo <= _SPLIT_LINE


def _choose_attr(c: _Cand, attrs: list[_Attr], resolved: list[_Attr | None], carry_ok: bool,
                 previous, s: _Sent | None = None, lex: _Lex | None = None,
                 counts: Iterable[_Cand] = ()) -> _Attr | None:
    # rule source_holds_count: words that run over the count itself (فندق صرح سبأ وسط المدينة
    # وخلفت ... وعشرات الجرحى) are the verb's object, not the count's source
    before = [j for j, a in enumerate(attrs) if a.pos < c.start
              and not (a.src is not None and a.src[0] <= c.start < a.src[1])]
    after = [j for j, a in enumerate(attrs) if a.pos > c.start and a.backward]
    verb = attrs[before[-1]] if before else None
    if verb is not None and after and s is not None and lex is not None and verb.kind == "verb_final" \
            and s.punct_between((verb.src or (0, verb.end))[1], c.start) \
            and lex.complementizers.search(s.t, verb.end, c.start) is None:
        # أعلنت السلطات ... يوم حداد، غداة ضربات أسفرت عن مقتل 41 شخصا، بحسب حصيلة رسمية: a verb that
        # reports no clause, cut from the count by punctuation, yields to the source written after it
        return resolved[after[0]]
    if before and s is not None and lex is not None and attrs[before[-1]].kind == "verb_final" \
            and _contrast_between(s, attrs[before[-1]], c.start, lex, counts):
        # rule contrast_clause: نشرت الولايات المتحدة مقاتلات ...، في حين أوقعت الغارات ... 400 قتيل:
        # a verb reporting no clause does not reach a count past a contrast opener
        return resolved[after[0]] if after else None
    if before and after and s is not None and lex is not None \
            and _contrast_own_source(s, attrs[before[-1]], c, attrs[after[0]], lex):
        return resolved[after[0]]
    own = resolved[after[0]] if after else None
    if before and own is not None and s is not None and attrs[after[0]].kind == "prep" \
            and not attrs[after[0]].aside and own.party not in (None, "unknown", "media") \
            and s.words_between(max(c.np_end, c.end), attrs[after[0]].pos) == 0 \
            and not s.punct_between(max(c.np_end, c.end), attrs[after[0]].pos):
        # rule own_source_after: a source glued right after the count's phrase (في هجوم أوقع 21 قتيلا بحسب
        # باكو) is that count's own, the speaker before it only relays it
        return own
    if before:
        j = before[-1]
        if attrs[j].aside and (resolved[j] is None or resolved[j].party in (None, "unknown")):
            # an aside naming no party (وقال المتحدث ... إن القصف أدى، بحسب معلومات أولية، إلى مقتل 3)
            # qualifies the report of the speaker named before it, who stays the source
            named = [resolved[i] for i in before[:-1]
                     if resolved[i] is not None and resolved[i].party not in (None, "unknown")]
            if named:
                return named[-1]
        return resolved[j]
    if after:
        j = after[0]
        if attrs[j].aside and (resolved[j] is None or resolved[j].party in (None, "unknown")):
            named = [resolved[i] for i in after[1:]
                     if resolved[i] is not None and resolved[i].party not in (None, "unknown")]
            if named:  # ...، وفق المعطيات الأولية، بحسب ما أعلنته الأمم المتحدة: the UN's
                return named[0]
        return resolved[j]
    if carry_ok:
        return previous()
    return None


# --- tables ----------------------------------------------------------------------------------

_COLUMNS = ["article", "outlet", "published", "text", "value", "low", "high", "qualifier", "measure",
            "subject", "side", "source_party", "source_text", "as_of", "sentence", "start_char",
            "end_char", "rule"]


def claims_table(articles: Article | Iterable[Article],
                 conflict: str | Path | Mapping[str, Any] | Gazetteer | None = DEFAULT_CONFLICT
                 ) -> pd.DataFrame:
    """One row per claim with the article's id, outlet and publication date.

    Plain columns ready for ``groupby``: the span becomes ``start_char`` and
    ``end_char`` into the article's raw text.
    """
    if isinstance(articles, Article):
        articles = [articles]
    gaz = load_gazetteer(conflict)
    rows = []
    for art in articles:
        for cl in extract_claims(art, gaz):
            row: dict[str, Any] = {"article": art.id, "outlet": art.outlet, "published": art.published}
            row.update({f.name: getattr(cl, f.name) for f in dataclasses.fields(cl) if f.name != "span"})
            row["start_char"], row["end_char"] = cl.span
            rows.append(row)
    return pd.DataFrame(rows, columns=_COLUMNS)
