"""rules/figures.yaml: how figures are read from pages (checker/figures/*, and the caps
checker/analyse/pagedata.py reads tables, scripts and prose with), validated as strictly as
every other rules file."""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping

from checker.ruleset.derive import AFFIXES, with_derivations
from checker.ruleset.schema import Field, RulesError, opt, validate

__all__ = ["CANDIDATES_SHAPE", "FIGURES_SHAPE", "FigureRules", "Pollster", "parse_candidates",
           "parse_figures"]

_WORDS = Field([str])
FIGURE_PARAMS = ("candidate_threshold", "candidate_margin", "max_claims", "max_tables",
                 "max_table_rows", "max_table_cells", "max_cell_chars", "max_json_bytes",
                 "max_json_scripts", "max_json_depth", "max_json_nodes", "max_resources",
                 "max_prose_chars", "max_text_chars", "max_text_figures", "max_name_lookups",
                 "excerpt_chars")
RACE_KINDS = ("governor", "regent_mayor", "president")
CLAIM_TYPES = ("real_count", "quick_count", "plenary", "internal_count", "survey",
               "civic_count")
COLUMN_ROLES = ("region", "kecamatan", "below_kecamatan", "number", "candidate", "votes", "share",
                "progress")


@dataclass(frozen=True)
class Pollster:
    name: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class FigureRules:
    """rules/figures.yaml: how figures are read from pages (checker/claims*.py, matching.py)."""

    params: Mapping[str, int]
    region_aliases: Mapping[str, tuple[str, ...]]      # region code -> names pages use
    region_prefixes: Mapping[str, tuple[str, ...]]     # province | regency | city -> words
    city_race_words: tuple[str, ...]                   # "pilwalkot X": X is a city
    titles: tuple[str, ...]
    candidate_aliases: Mapping[str, tuple[str, ...]]   # candidate id -> names pages use
    name_stopwords: tuple[str, ...]
    race_words: Mapping[str, tuple[str, ...]]          # race kind -> words
    claim_types: Mapping[str, tuple[str, ...]]         # claim type -> phrases
    pending_words: tuple[str, ...]
    pollsters: tuple[Pollster, ...]
    progress_words: tuple[str, ...]
    not_share_words: tuple[str, ...]
    not_share_exceptions: tuple[str, ...]              # longer phrases that keep a share
    bound_words: tuple[str, ...]                       # "lebih dari 50 persen": a bound
    table_headers: Mapping[str, tuple[str, ...]]       # column role -> header words
    total_rows: tuple[str, ...]
    margin_words: tuple[str, ...] = ()                 # "unggul 465.079 suara": a margin
    margin_fillers: tuple[str, ...] = ()               # "unggul sekitar 465.079 suara"
    margin_topics: tuple[str, ...] = ()                # "selisih ... 465.079 suara"
    percent_margin_words: tuple[str, ...] = ()         # "dengan margin 19,65 persen"
    lead_words: tuple[str, ...] = ()                   # "unggul 1,7 persen": a lead, if small
    fact_check_words: tuple[str, ...] = ()             # a debunk, read from the whole page
    hoax_report_words: tuple[str, ...] = ()            # a page that reports a hoax ...
    quote_attributions: tuple[str, ...] = ()           # ... gives a sentence's figures as its
    projection_words: tuple[str, ...] = ()             # "diprediksi akan kalah": an estimate
    hope_words: tuple[str, ...] = ()                   # "optimistis meraih ... 93 persen"
    hope_contrasts: tuple[str, ...] = ()               # "optimistis, namun hanya meraih ..."
    sub_area_words: tuple[str, ...] = ()               # "Balikpapan Selatan": a kecamatan
    interim_words: tuple[str, ...] = ()                # "hasil sementara": the count so far
    final_words: tuple[str, ...] = ()                  # "dipastikan menang": the plenary's
    reporting_words: tuple[str, ...] = ()              # "kata", "mengklaim": a page reports
    claimant_words: tuple[str, ...] = ()               # ... a camp's claim ("tim", "kubu")
    campaign_voice: tuple[str, ...] = ()               # "media relawan": the camp speaking
    comparison_words: tuple[str, ...] = ()             # "naik dibanding Pemilu 2019": the
    change_words: tuple[str, ...] = ()                 # base of a change ("bertambah ... dari")
    change_verbs: tuple[str, ...] = ()                 # "mengurangi suara X sebanyak N"
    off_count_words: tuple[str, ...] = ()              # "total pemilih", "dijadwalkan": no ...
    result_words: tuple[str, ...] = ()                 # ... count, unless "meraih" says one
    money_words: tuple[str, ...] = ()                  # "dana kampanye ... 2.809.393": money
    # rules/candidates.yaml: candidate id -> (election, race kind, race region) its aliases
    # were written for; the matcher ignores an alias whose candidate stands elsewhere.
    candidate_races: Mapping[str, tuple[str, str, str]] = field(
        default_factory=lambda: MappingProxyType({}))
    # rules/regions.yaml: short forms that are everyday words (named only after a prefix or
    # a race word), and names of several places together (group name -> codes).
    region_prefix_only: frozenset[str] = frozenset()
    region_groups: Mapping[str, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({}))
    # ... and the word a record's name opens with as pages write it ("Pulau Seribu"):
    # (word, written forms, may be left out), read by checker/figures/name_forms.py.
    region_name_words: tuple[tuple[str, tuple[str, ...], bool], ...] = ()
    # ... and the provinces that are one DPR dapil whole (checker/figures/dapil.py).
    region_one_dapil: frozenset[str] = frozenset()
    regency_race_words: tuple[str, ...] = ()           # "pilbup X": X is a kabupaten
    # rules/past-candidates.yaml: earlier elections' pairs and ballot numbers (never graded).
    past_races: tuple = ()

    def param(self, name: str) -> int:
        return self.params[name]


FIGURES_SHAPE = {
        "params": Field({name: Field(int) for name in FIGURE_PARAMS}),
    # code -> words: keys are checked in _figures (any region code may appear)
    "region_aliases": Field(dict),
    "region_prefixes": Field({"province": _WORDS, "regency": _WORDS, "city": _WORDS}),
    "city_race_words": opt([str], []),
    "regency_race_words": opt([str], []),
    "titles": _WORDS,
    "candidate_aliases": opt(dict, {}),
    "name_stopwords": _WORDS,
    "race_words": Field({kind: _WORDS for kind in RACE_KINDS}),
    "claim_types": Field({kind: _WORDS for kind in CLAIM_TYPES}),
    "pending_words": _WORDS,
    "pollsters": Field([{"name": Field(str), "aliases": _WORDS}]),
    "progress_words": _WORDS,
    "not_share_words": _WORDS,
    "not_share_exceptions": opt([str], []),
    "bound_words": opt([str], []),
    "table_headers": Field({role: _WORDS for role in COLUMN_ROLES}),
    "total_rows": _WORDS,
    "margin_words": opt([str], []),
    "margin_fillers": opt([str], []),
    "margin_topics": opt([str], []),
    "percent_margin_words": opt([str], []),
    "lead_words": opt([str], []),
    "fact_check_words": opt([str], []),
    "hoax_report_words": opt([str], []),
    "quote_attributions": opt([str], []),
    "projection_words": opt([str], []),
    "hope_words": opt([str], []),
    "hope_contrasts": opt([str], []),
    "sub_area_words": opt([str], []),
    "interim_words": opt([str], []),
    "final_words": opt([str], []),
    "reporting_words": opt([str], []),
    "claimant_words": opt([str], []),
    "off_count_words": opt([str], []),
    "result_words": opt([str], []),
    "money_words": opt([str], []),
    "campaign_voice": opt([str], []),
    "comparison_words": opt([str], []),
    "change_words": opt([str], []),
    "change_verbs": opt([str], []),
    "word_roots": opt(dict, {}),
}


CANDIDATES_SHAPE = {
    "aliases": Field([{"candidate": Field(str),
                       "race": Field({"election": Field(str), "kind": Field(RACE_KINDS),
                                      "region": Field(str)}),
                       "names": _WORDS, "source": Field(str)}]),
}
_ELECTIONS = ("pilkada2024", "pemilu2024")


def parse_candidates(raw: Mapping[str, Any], where: str
                     ) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, str, str]]]:
    """rules/candidates.yaml -> (id -> names, id -> race), strictly: an id is digits, a race
    one the record can hold (the president's region is "", a governor's two digits, a regent's
    or mayor's four), every alias has names and a source, and no name means two pairs."""
    names: dict[str, tuple[str, ...]] = {}
    races: dict[str, tuple[str, str, str]] = {}
    owner: dict[str, str] = {}
    sizes = {"president": (0,), "governor": (2,), "regent_mayor": (4,)}
    for index, entry in enumerate(raw["aliases"]):
        at = f"{where}.aliases[{index}]"
        cid, race = entry["candidate"], entry["race"]
        if not cid.isdigit() or not 1 <= len(cid) <= 12:
            raise RulesError(f"{at}.candidate: {cid!r} must be a quoted Sirekap candidate id")
        if race["election"] not in _ELECTIONS:
            raise RulesError(f"{at}.race.election: {race['election']!r} is not one of "
                             f"{', '.join(_ELECTIONS)}")
        region = race["region"]
        if (region and not region.isdigit()) or len(region) not in sizes[race["kind"]]:
            raise RulesError(f"{at}.race.region: {region!r} is not a {race['kind']} race's "
                             "region code")
        if (race["kind"] == "president") != (race["election"] == "pemilu2024"):
            raise RulesError(f"{at}.race: a {race['kind']} race is not in {race['election']}")
        if len(entry["source"].strip()) < 10:
            raise RulesError(f"{at}.source: say where pages use these names")
        if not entry["names"] or cid in names:
            raise RulesError(f"{at}: {'no names' if not entry['names'] else 'candidate ' + cid + ' listed twice'}")
        for name in entry["names"]:
            key = " ".join(name.lower().split())
            if not key or owner.setdefault(key, cid) != cid:
                raise RulesError(f"{at}.names: {name!r} already names candidate {owner.get(key)}")
        names[cid] = tuple(" ".join(n.lower().split()) for n in entry["names"])
        races[cid] = (race["election"], race["kind"], region)
    return names, races


def _code_map(raw: Mapping[Any, Any], where: str, digits: tuple[int, ...]) -> dict[str, tuple]:
    """A mapping of code -> list of words, strictly: codes are quoted digit strings."""
    out = {}
    for key, words in raw.items():
        if not isinstance(key, str) or not key.isdigit() or len(key) not in digits:
            raise RulesError(f"{where}: key {key!r} must be a quoted code of"
                             f" {'/'.join(map(str, digits))} digits")
        validate(words, [str], f"{where}.{key}")
        if not words:
            raise RulesError(f"{where}.{key}: empty list")
        out[key] = tuple(w.lower() for w in words)
    return out


def _roots(raw: Mapping[Any, Any], where: str) -> dict[str, tuple[str, ...]]:
    """word_roots: root -> affixes (checker/ruleset/derive.py), strictly."""
    for root, affixes in raw.items():
        validate(affixes, [str], f"{where}.{root}")
        if not isinstance(root, str) or not root.isalpha() or root != root.lower() or \
                not affixes or not set(affixes) <= set(AFFIXES):
            raise RulesError(f"{where}.{root}: a lower-case root and affixes of "
                             f"{', '.join(AFFIXES)}")
    return {root: tuple(affixes) for root, affixes in raw.items()}


def _claim_types(raw: Mapping[str, Any], words) -> dict[str, tuple[str, ...]]:
    """Each claim type's phrases with their derived forms; a form another type lists as
    written stays that type's (the list says what it is)."""
    written = {" ".join(w.lower().split()) for phrases in raw.values() for w in phrases}
    out = {}
    for kind, phrases in raw.items():
        own = {" ".join(w.lower().split()) for w in phrases}
        out[kind] = tuple(w for w in words(phrases) if w in own or w not in written)
    return out


def parse_figures(raw: Mapping[str, Any], where: str) -> FigureRules:
    params = raw["params"]
    for name, value in params.items():
        if value <= 0 or (name.startswith("candidate_") and value > 100):
            raise RulesError(f"{where}.params.{name}: {value} is out of range")

    roots = _roots(raw["word_roots"], f"{where}.word_roots")

    def words(items) -> tuple[str, ...]:  # every form of a listed root read alike
        return with_derivations((w.lower() for w in items), roots)

    return FigureRules(
        params=MappingProxyType(dict(params)),
        region_aliases=MappingProxyType(_code_map(raw["region_aliases"], f"{where}.region_aliases",
                                                  (2, 4, 6, 10))),
        region_prefixes=MappingProxyType({k: words(v) for k, v in raw["region_prefixes"].items()}),
        city_race_words=words(raw["city_race_words"]),
        regency_race_words=words(raw["regency_race_words"]),
        titles=words(raw["titles"]),
        candidate_aliases=MappingProxyType(_code_map(raw["candidate_aliases"],
                                                     f"{where}.candidate_aliases",
                                                     tuple(range(1, 13)))),
        name_stopwords=words(raw["name_stopwords"]),
        race_words=MappingProxyType({k: words(v) for k, v in raw["race_words"].items()}),
        claim_types=MappingProxyType(_claim_types(raw["claim_types"], words)),
        pending_words=words(raw["pending_words"]),
        pollsters=tuple(Pollster(p["name"], words(p["aliases"])) for p in raw["pollsters"]),
        progress_words=words(raw["progress_words"]),
        not_share_words=words(raw["not_share_words"]),
        not_share_exceptions=words(raw["not_share_exceptions"]),
        bound_words=words(raw["bound_words"]),
        table_headers=MappingProxyType({k: words(v) for k, v in raw["table_headers"].items()}),
        total_rows=words(raw["total_rows"]),
        margin_words=words(raw["margin_words"]),
        margin_fillers=words(raw["margin_fillers"]),
        margin_topics=words(raw["margin_topics"]),
        percent_margin_words=words(raw["percent_margin_words"]),
        lead_words=words(raw["lead_words"]),
        fact_check_words=words(raw["fact_check_words"]),
        hoax_report_words=words(raw["hoax_report_words"]),
        quote_attributions=words(raw["quote_attributions"]),
        projection_words=words(raw["projection_words"]),
        hope_words=words(raw["hope_words"]),
        hope_contrasts=words(raw["hope_contrasts"]),
        sub_area_words=words(raw["sub_area_words"]),
        interim_words=words(raw["interim_words"]),
        final_words=words(raw["final_words"]),
        reporting_words=words(raw["reporting_words"]),
        claimant_words=words(raw["claimant_words"]),
        campaign_voice=words(raw["campaign_voice"]),
        comparison_words=words(raw["comparison_words"]),
        change_words=words(raw["change_words"]),
        change_verbs=words(raw["change_verbs"]),
        off_count_words=words(raw["off_count_words"]),
        result_words=words(raw["result_words"]),
        money_words=words(raw["money_words"]),
    )


