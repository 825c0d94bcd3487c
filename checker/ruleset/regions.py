"""rules/regions.yaml: the short forms and spellings pages give kabupaten and cities, each
with its source, the names of several places together (checker/figures/regions.py) and the
provinces that are one DPR dapil whole (checker/figures/dapil.py), validated strictly: a name
stands for one region code, or is a group."""

from __future__ import annotations

from typing import Any, Mapping

from checker.ruleset.schema import Field, RulesError, opt

__all__ = ["REGIONS_SHAPE", "RegionNames", "parse_regions"]

_CODE_SIZES = (2, 4)

REGIONS_SHAPE = {
    "names": Field([{"code": Field(str), "names": Field([str]), "source": Field(str),
                     "prefix_only": opt(bool, False)}]),
    "groups": opt([{"name": Field(str), "codes": Field([str]), "source": Field(str)}], []),
    "name_words": opt([{"word": Field(str), "written": Field([str]), "drop": opt(bool, False),
                        "source": Field(str)}], []),
    "one_dapil": opt({"codes": Field([str]), "source": Field(str)}, None),
}


class RegionNames:
    """code -> names, the names that need a prefix, group name -> codes, and the words a
    record's name opens with as pages write them: (word, written forms, may be left out)
    (all folded the way rules/figures.yaml's words are: lower case, single spaces); the
    province codes that are one DPR dapil each."""

    __slots__ = ("aliases", "prefix_only", "groups", "name_words", "one_dapil")

    def __init__(self, aliases: dict[str, tuple[str, ...]], prefix_only: frozenset[str],
                 groups: dict[str, tuple[str, ...]],
                 name_words: tuple[tuple[str, tuple[str, ...], bool], ...] = (),
                 one_dapil: frozenset[str] = frozenset()) -> None:
        self.aliases, self.prefix_only, self.groups = aliases, prefix_only, groups
        self.name_words, self.one_dapil = name_words, one_dapil


def _key(name: str) -> str:
    return " ".join(name.lower().split())


def _code(code: str, at: str) -> str:
    if not code.isdigit() or len(code) not in _CODE_SIZES:
        raise RulesError(f"{at}: {code!r} must be a quoted province or kab/kota code")
    return code


def parse_regions(raw: Mapping[str, Any], where: str) -> RegionNames:
    aliases: dict[str, tuple[str, ...]] = {}
    owner: dict[str, str] = {}
    prefix_only: set[str] = set()
    for index, entry in enumerate(raw["names"]):
        at = f"{where}.names[{index}]"
        code = _code(entry["code"], f"{at}.code")
        if code in aliases:
            raise RulesError(f"{at}.code: {code} is listed twice (one entry per code)")
        if len(entry["source"].strip()) < 10:
            raise RulesError(f"{at}.source: say where the short form is used")
        names = tuple(_key(n) for n in entry["names"])
        if not names or not all(names):
            raise RulesError(f"{at}.names: no names")
        for name in names:
            if owner.setdefault(name, code) != code:
                raise RulesError(f"{at}.names: {name!r} already names {owner[name]}: a name of "
                                 "two places belongs under groups")
        aliases[code] = names
        if entry["prefix_only"]:
            prefix_only.update(names)
    groups: dict[str, tuple[str, ...]] = {}
    for index, entry in enumerate(raw["groups"]):
        at = f"{where}.groups[{index}]"
        name = _key(entry["name"])
        codes = tuple(dict.fromkeys(_code(c, f"{at}.codes") for c in entry["codes"]))
        if not name or len(codes) < 2 or name in groups or name in owner:
            raise RulesError(f"{at}: a group needs a new name and at least two codes")
        if len(entry["source"].strip()) < 10:
            raise RulesError(f"{at}.source: say where the name is used")
        groups[name] = codes
    name_words = []
    for index, entry in enumerate(raw["name_words"]):
        at = f"{where}.name_words[{index}]"
        word, written = _key(entry["word"]), tuple(_key(w) for w in entry["written"])
        if " " in word or not word or not all(written) or word in written:
            raise RulesError(f"{at}: one word, and other ways to write it")
        if len(entry["source"].strip()) < 10:
            raise RulesError(f"{at}.source: say where the written form is used")
        name_words.append((word, written, entry["drop"]))
    return RegionNames(aliases, frozenset(prefix_only), groups, tuple(name_words),
                       _one_dapil(raw.get("one_dapil"), f"{where}.one_dapil"))


def _one_dapil(entry: Mapping[str, Any] | None, at: str) -> frozenset[str]:
    """The provinces that are one DPR dapil whole (none when a user's rules leave it out)."""
    if entry is None:
        return frozenset()
    codes = entry["codes"]
    if not codes or len(set(codes)) != len(codes):
        raise RulesError(f"{at}.codes: each province once, at least one")
    for code in codes:
        if not code.isdigit() or len(code) != 2:
            raise RulesError(f"{at}.codes: {code!r} must be a quoted two-digit province code")
    if len(entry["source"].strip()) < 10:
        raise RulesError(f"{at}.source: say which decree sets the dapils")
    return frozenset(codes)
