"""Load rules/*.yaml into one frozen RuleSet, strictly.

Every file is parsed with a safe YAML loader (checker.yamlsafe: libyaml if present) and validated
against the shapes below; unknown keys,
wrong types and unknown check names stop the program with the file and key at fault. A rule's
params are validated against what its check declared (checker.analyse.checks.register).
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

from checker.models import CONFIDENCES, LABELS, SEVERITIES
from checker.ruleset.figures import (CANDIDATES_SHAPE, FIGURES_SHAPE, FigureRules,
                                     parse_candidates, parse_figures)
from checker.ruleset.past import PAST_SHAPE, parse_past
from checker.ruleset.regions import REGIONS_SHAPE, parse_regions
from checker.ruleset.model import (Archive, Authority, Election, Platform,
                                   ReportChannel, Rule, RuleSet,
                                   Text, VerdictRow, Vocabulary)
from checker.ruleset.schema import TEXT, Field, RulesError, opt, validate
from checker.ruleset.sources import known_sources

FILES = ("meta", "domains", "vocabulary", "sources", "elections", "domain-rules", "page-rules",
         "figure-rules", "verdicts", "figures", "candidates", "regions", "past-candidates")
_THRESHOLDS = ("share_consistent", "share_minor", "votes_consistent", "votes_minor")


_RULE = {
    "code": Field(str), "check": Field(str), "severity": Field(SEVERITIES),
    "confidence": Field(CONFIDENCES), "title": Field(TEXT), "message": Field(TEXT),
    "params": opt(dict, {}), "references": opt([str], []), "falsepositives": opt([str], []),
    "examples": opt({"fires": opt([Any], []), "passes": opt([Any], [])},
                    {"fires": [], "passes": []}),
}

SHAPES: dict[str, Any] = {
    "meta": {"version": Field(str), "description": opt(str, "")},
    "domains": {
        "kpu": Field({"name": Field(TEXT), "domains": Field([str]),
                      "former_offices": opt([str], [])}),
        "authorities": Field([{"domain": Field(str), "name": Field(TEXT), "role": Field(TEXT),
                               "reference": Field(str)}]),
        "government_suffixes": Field([str]),
        "platforms": Field([{"suffix": Field(str), "name": Field(str),
                             "tenant": opt(("subdomain", "path"), "subdomain"),
                             "path_prefixes": opt([str], []),
                             "abuse": opt({"url": Field(str), "source": Field(str)}, None)}]),
        "shorteners": Field([str]),
        "archives": Field([{"suffix": Field(str), "name": Field(str)}]),
        "amp_caches": opt([{"suffix": Field(str), "name": Field(str), "source": Field(str)}], []),
        "report_channels": opt([{"kind": Field(("government", "election_supervisor")),
                                 "name": Field(TEXT), "url": Field(str), "source": Field(str),
                                 "note": Field(TEXT)}], []),
        "registries": opt([{"suffix": Field(str), "name": Field(str), "url": Field(str),
                            "source": Field(str)}], []),
    },
    "vocabulary": {
        "result_phrases": Field({"strong": Field([str]), "weak": Field([str]),
                                 "process": opt([str], []),
                                 "explainers": opt([str], [])}),
        "negations": Field([str]),
        "kpu_names": Field([str]),
        "self_claims": Field([str]),
        "headline_claims": Field([str]),
        "citations": Field([str]),
        "app_shell_markers": Field([str]),
        "references": opt([str], []),
        "table_lead_ins": opt([str], []),
        "debunk_markers": opt([str], []),
        "conjunctions": opt([str], []),
        "self_introductions": opt([str], []),
        "kpu_addresses": opt([str], []),
        "stated_sources": opt([str], []),
        "hoax_attributions": opt([str], []),
        "hoax_corrections": opt([str], []),
    },
    "sources": {"sources": Field([{"name": Field(str),
                                   "kind": Field(("civil_society", "pollster", "newsroom",
                                                  "factcheck", "syndication", "monitor")),
                                   "domains": Field([str]), "reference": Field(str),
                                   "excluded": opt([str], [])}])},
    "elections": {"elections": Field([{"key": Field(str), "name": Field(TEXT),
                                       "date": Field(str), "words": Field([str]),
                                       "official_hosts": Field([str]),
                                       "note": Field(TEXT)}])},
    "domain-rules": {"rules": Field([_RULE])},
    "page-rules": {"rules": Field([_RULE])},
    "figures": FIGURES_SHAPE,
    "candidates": CANDIDATES_SHAPE,
    "regions": REGIONS_SHAPE,
    "past-candidates": PAST_SHAPE,
    "figure-rules": {"thresholds": Field({name: Field(str) for name in _THRESHOLDS}),
                     "rules": Field([_RULE])},
    "verdicts": {
        "table": Field([{"label": Field(LABELS), "any_of": opt([str], []),
                         "none_of": opt([str], [])}]),
        "labels": Field({label: Field({"title": Field(TEXT), "summary": Field(TEXT)})
                         for label in LABELS}),
    },
}


def _text(raw: Mapping[str, str]) -> Text:
    return Text(id=raw["id"], en=raw["en"])


def _channel(kind: str, name: str, where: Mapping[str, str] | None) -> ReportChannel | None:
    """A platform's or registry's abuse page (its name is a brand: the same in both languages;
    what to say about it is a UI word, reports/strings.yaml `report_it_note_<kind>`)."""
    if not where:
        return None
    return ReportChannel(kind, Text(id=name, en=name), where["url"], where["source"],
                         Text(id="", en=""))


def _bytes(directory: Path, name: str) -> bytes:
    path = directory / f"{name}.yaml"
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RulesError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _read(directory: Path, name: str, raw: bytes) -> dict[str, Any]:
    import yaml  # here: a run whose rules are in the cache never parses YAML

    from checker.yamlsafe import safe_load

    path = directory / f"{name}.yaml"
    try:
        data = safe_load(raw)
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: not valid YAML ({exc})") from None
    return validate(data, SHAPES[name], str(path))


def _patterns(patterns: list[str], directory: Path) -> tuple[str, ...]:
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise RulesError(f"{directory}/domains.yaml: kpu.former_offices: bad pattern"
                             f" {pattern!r} ({exc})") from None
    return tuple(patterns)


def _param(value: Any, kind: Any, where: str) -> Any:
    """One rule param, checked against the type its check declared, as the check reads it."""
    if kind is Decimal:
        # Quoted in YAML ("0.5"): a float would round; a bool or a word is no number.
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise RulesError(f"{where}: expected a number in quotes, got {value!r}")
        try:
            number = Decimal(str(value))
        except ArithmeticError:
            raise RulesError(f"{where}: {value!r} is not a number") from None
        if not number.is_finite():
            raise RulesError(f"{where}: {value!r} is not a number")
        return number
    if isinstance(kind, dict):  # {str: str}
        validate(value, dict, where)
        for key, item in value.items():
            validate(key, str, f"{where} key")
            validate(item, str, f"{where}.{key}")
        return MappingProxyType(dict(value))
    value = validate(value, kind, where)
    return tuple(value) if isinstance(value, list) else value


def _bounded(value: Any, param: Any, where: str) -> Any:
    if (param.low is not None and value < param.low) or \
            (param.high is not None and value > param.high):
        allowed = (f"{param.low}..{param.high}" if param.high is not None and param.low is not None
                   else f"at least {param.low}" if param.low is not None
                   else f"at most {param.high}")
        raise RulesError(f"{where}: {value} is out of range ({allowed})")
    return value


def _params(raw: Mapping[str, Any], where: str) -> Mapping[str, Any]:
    """A rule's params against its check's declaration (checker.analyse.checks.register):
    unknown (misspelt) keys and wrong types fail; what is left out gets the default."""
    from checker.analyse.checks import PARAMS

    declared = PARAMS[raw["check"]]
    where = f"{where}: rule {raw['code']}: params"
    unknown = sorted(set(raw["params"]) - set(declared), key=str)
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        raise RulesError(f"{where}: unknown key(s) {', '.join(map(str, unknown))} (check "
                         f"{raw['check']} takes: {known})")
    return MappingProxyType({
        name: _bounded(_param(raw["params"][name], param.kind, f"{where}.{name}"), param,
                       f"{where}.{name}")
        if name in raw["params"] else param.default for name, param in declared.items()})


def _rule(raw: Mapping[str, Any], where: str) -> Rule:
    return Rule(
        code=raw["code"], check=raw["check"], severity=raw["severity"],
        confidence=raw["confidence"], title=_text(raw["title"]), message=_text(raw["message"]),
        params=_params(raw, where), references=tuple(raw["references"]),
        falsepositives=tuple(raw["falsepositives"]),
        fires=tuple(raw["examples"]["fires"]), passes=tuple(raw["examples"]["passes"]),
    )


def _figures(data: Mapping[str, Any], directory: Path) -> FigureRules:
    """rules/figures.yaml with the aliases of rules/candidates.yaml (one list of names per
    candidate: the old figures.yaml key, if a user's rules still have it, comes first) and
    the region names of rules/regions.yaml (after figures.yaml's own aliases)."""
    from dataclasses import replace

    figures = parse_figures(data["figures"], f"{directory}/figures.yaml")
    names, races = parse_candidates(data["candidates"], f"{directory}/candidates.yaml")
    merged = dict(figures.candidate_aliases)
    for cid, more in names.items():
        merged[cid] = tuple(dict.fromkeys(merged.get(cid, ()) + more))
    places = parse_regions(data["regions"], f"{directory}/regions.yaml")
    regions = dict(figures.region_aliases)
    for code, more in places.aliases.items():
        regions[code] = tuple(dict.fromkeys(regions.get(code, ()) + more))
    return replace(figures, candidate_aliases=MappingProxyType(merged),
                   candidate_races=MappingProxyType(races),
                   region_aliases=MappingProxyType(regions),
                   region_prefix_only=places.prefix_only,
                   region_groups=MappingProxyType(places.groups),
                   region_name_words=places.name_words,
                   region_one_dapil=places.one_dapil,
                   past_races=parse_past(data["past-candidates"],
                                         f"{directory}/past-candidates.yaml"))


def load_rules(directory: Path) -> RuleSet:
    """Read and validate every rules file in `directory`; raise RulesError on any fault. The
    RuleSet these very files made last time is taken from the cache (checker.ruleset.cache)."""
    from checker.ruleset.cache import keep_rules, kept_rules, rules_key

    files = {name: _bytes(directory, name) for name in FILES}
    key = rules_key(files)
    rules = kept_rules(key)
    if rules is None:
        rules = _build(directory, files)
        keep_rules(key, rules)
    return rules


def _build(directory: Path, files: dict[str, bytes]) -> RuleSet:
    from checker.analyse.checks import CHECKS  # the registry the rules refer to by name

    data: dict[str, dict[str, Any]] = {}
    digest = hashlib.sha256()
    for name in FILES:
        data[name] = _read(directory, name, files[name])
        digest.update(files[name])

    for name in ("domain-rules", "page-rules", "figure-rules"):
        for raw in data[name]["rules"]:
            if raw["check"] not in CHECKS:
                raise RulesError(f"{directory}/{name}.yaml: rule {raw['code']} names unknown "
                                 f"check {raw['check']!r} (known: {', '.join(sorted(CHECKS))})")
    rules = tuple(_rule(r, f"{directory}/{name}.yaml")
                  for name in ("domain-rules", "page-rules", "figure-rules")
                  for r in data[name]["rules"])
    thresholds = {}
    for name, text in data["figure-rules"]["thresholds"].items():
        try:
            thresholds[name] = Decimal(text)
        except ArithmeticError:
            raise RulesError(f"{directory}/figure-rules.yaml: thresholds.{name}: {text!r} is "
                             "not a number") from None
    seen: set[str] = set()
    for rule in rules:
        if rule.code in seen:
            raise RulesError(f"{directory}: rule code {rule.code} is defined twice")
        seen.add(rule.code)
    table = tuple(VerdictRow(r["label"], tuple(r["any_of"]), tuple(r["none_of"]))
                  for r in data["verdicts"]["table"])
    for row in table:
        for code in row.any_of + row.none_of:
            if code not in seen:
                raise RulesError(f"{directory}/verdicts.yaml: unknown rule code {code}")
    if not table or table[-1].any_of:
        raise RulesError(f"{directory}/verdicts.yaml: the last row must have no any_of"
                         " (it is the default)")

    dom, voc = data["domains"], data["vocabulary"]
    elections = tuple(Election(e["key"], _text(e["name"]), e["date"], tuple(e["words"]),
                               tuple(e["official_hosts"]), _text(e["note"]))
                      for e in data["elections"]["elections"])
    return RuleSet(
        version=f"{data['meta']['version']}+{digest.hexdigest()[:8]}",
        kpu_domains=tuple(d.lower() for d in dom["kpu"]["domains"]),
        kpu_name=_text(dom["kpu"]["name"]),
        kpu_former_offices=_patterns(dom["kpu"]["former_offices"], directory),
        authorities=tuple(Authority(a["domain"].lower(), _text(a["name"]), _text(a["role"]),
                                    a["reference"]) for a in dom["authorities"]),
        government_suffixes=tuple(s.lower() for s in dom["government_suffixes"]),
        platforms=tuple(Platform(p["suffix"].lower(), p["name"], p["tenant"],
                                 tuple(p["path_prefixes"]),
                                 _channel("platform", p["name"], p.get("abuse")))
                        for p in dom["platforms"]),
        report_channels=tuple(ReportChannel(c["kind"], _text(c["name"]), c["url"], c["source"],
                                            _text(c["note"])) for c in dom["report_channels"]),
        registries=tuple((r["suffix"].lower().lstrip("."),
                          _channel("registry", r["name"], r))
                         for r in dom["registries"]),
        shorteners=tuple(s.lower() for s in dom["shorteners"]),
        archives=tuple(Archive(a["suffix"].lower(), a["name"]) for a in dom["archives"]),
        amp_caches=tuple(Archive(a["suffix"].lower(), a["name"]) for a in dom["amp_caches"]),
        vocabulary=Vocabulary(
            result_strong=tuple(voc["result_phrases"]["strong"]),
            result_weak=tuple(voc["result_phrases"]["weak"]),
            result_process=tuple(voc["result_phrases"]["process"]),
            result_explainers=tuple(voc["result_phrases"]["explainers"]),
            negations=tuple(voc["negations"]), kpu_names=tuple(voc["kpu_names"]),
            self_claims=tuple(voc["self_claims"]), headline_claims=tuple(voc["headline_claims"]),
            citations=tuple(voc["citations"]),
            election_words=tuple(sorted({w for e in elections for w in e.words})),
            app_shell_markers=tuple(voc["app_shell_markers"]),
            table_lead_ins=tuple(voc["table_lead_ins"]),
            references=tuple(voc["references"]), debunk_markers=tuple(voc["debunk_markers"]),
            conjunctions=tuple(voc["conjunctions"]),
            self_introductions=tuple(voc["self_introductions"]),
            kpu_addresses=tuple(voc["kpu_addresses"]),
            stated_sources=tuple(voc["stated_sources"]),
            hoax_attributions=tuple(voc["hoax_attributions"]),
            hoax_corrections=tuple(voc["hoax_corrections"]),
        ),
        sources=known_sources(data["sources"]["sources"], dom["platforms"]),
        elections=elections,
        rules=rules,
        verdicts=table,
        labels=MappingProxyType({
            label: MappingProxyType({"title": _text(v["title"]), "summary": _text(v["summary"])})
            for label, v in data["verdicts"]["labels"].items()
        }),
        figures=_figures(data, directory),
        thresholds=MappingProxyType(thresholds),
    )
