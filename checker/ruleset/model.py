"""The rules as the core reads them: frozen values built by checker.ruleset.load from
rules/*.yaml. Pure data, no I/O: the analysers import these, never the loader."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Mapping

from checker.ruleset.figures import FigureRules

__all__ = ["Archive", "Authority", "Election", "KnownSource", "Platform", "ReportChannel", "Rule",
           "RuleSet", "Text",
           "VerdictRow", "Vocabulary"]


@dataclass(frozen=True)
class Text:
    """The same words in Bahasa Indonesia and English."""

    id: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.id


@dataclass(frozen=True)
class Rule:
    code: str
    check: str
    severity: str
    confidence: str
    title: Text
    message: Text
    params: Mapping[str, Any]
    references: tuple[str, ...]
    falsepositives: tuple[str, ...]
    fires: tuple[Any, ...]
    passes: tuple[Any, ...]


@dataclass(frozen=True)
class ReportChannel:
    """Where a reader can report a page (rules/domains.yaml): a platform's or a registry's
    abuse page, the government's content complaints, the election supervisor. `source` is
    the citation that says this is the place."""

    kind: str  # platform | registry | government | election_supervisor
    name: Text
    url: str
    source: str
    note: Text


@dataclass(frozen=True)
class Platform:
    suffix: str
    name: str
    tenant: str  # subdomain | path
    path_prefixes: tuple[str, ...]
    abuse: ReportChannel | None = None


@dataclass(frozen=True)
class Archive:
    suffix: str
    name: str


@dataclass(frozen=True)
class Authority:
    domain: str
    name: Text
    role: Text
    reference: str


@dataclass(frozen=True)
class KnownSource:
    """A known independent source. `domains` cover their subdomains (label-wise);
    `excluded` are hosts under them that carry readers' own posts (yoursay.suara.com), which
    are not the newsroom speaking."""

    name: str
    kind: str
    domains: tuple[str, ...]
    reference: str
    excluded: tuple[str, ...] = ()


@dataclass(frozen=True)
class VerdictRow:
    label: str
    any_of: tuple[str, ...]
    none_of: tuple[str, ...]


@dataclass(frozen=True)
class Election:
    key: str
    name: Text
    date: str
    words: tuple[str, ...]
    official_hosts: tuple[str, ...]
    note: Text


@dataclass(frozen=True)
class Vocabulary:
    result_strong: tuple[str, ...]
    result_weak: tuple[str, ...]
    negations: tuple[str, ...]
    kpu_names: tuple[str, ...]
    self_claims: tuple[str, ...]
    headline_claims: tuple[str, ...]
    citations: tuple[str, ...]
    election_words: tuple[str, ...]
    app_shell_markers: tuple[str, ...]
    references: tuple[str, ...] = ()
    table_lead_ins: tuple[str, ...] = ()  # words of a paragraph introducing a table
    debunk_markers: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    self_introductions: tuple[str, ...] = ()
    kpu_addresses: tuple[str, ...] = ()
    result_process: tuple[str, ...] = ()   # strong phrases naming the process, not a result
    result_explainers: tuple[str, ...] = ()  # a heading explaining a phrase ("apa itu")
    stated_sources: tuple[str, ...] = ()     # a quoted figure given as the official source's
    hoax_attributions: tuple[str, ...] = ()  # ... unless its sentence gives it as the hoax's
    hoax_corrections: tuple[str, ...] = ()   # a debunk's own words for the facts ("faktanya")


@dataclass(frozen=True)
class RuleSet:
    version: str                      # meta.version + the rule files' hash (load._build)
    # From domains.yaml: who KPU is and which hosts only carry others' pages.
    kpu_domains: tuple[str, ...]
    kpu_name: Text
    authorities: tuple[Authority, ...]      # other state bodies (Bawaslu, DKPP, ...)
    government_suffixes: tuple[str, ...]
    platforms: tuple[Platform, ...]         # free hosts where anyone may publish
    archives: tuple[Archive, ...]
    shorteners: tuple[str, ...]
    vocabulary: Vocabulary                  # vocabulary.yaml: the words the checks read
    sources: tuple[KnownSource, ...]        # sources.yaml: newsrooms, pollsters, fact-checkers
    elections: tuple[Election, ...]         # elections.yaml
    rules: tuple[Rule, ...]                 # domain-, page- and figure-rules.yaml, in that order
    verdicts: tuple[VerdictRow, ...]        # verdicts.yaml: first matching row gives the label
    labels: Mapping[str, Mapping[str, Text]]  # verdicts.yaml: each label's words per language
    figures: FigureRules | None = None
    # How far a claimed figure may be from the official one (checker/figures/compare.py).
    thresholds: Mapping[str, Decimal] = field(default_factory=dict)
    # KPU offices' own go.id addresses from before the kpu.go.id subdomains (domains.yaml).
    kpu_former_offices: tuple[str, ...] = ()
    # Where to report a page besides its host, and registries' abuse pages by TLD (domains.yaml).
    report_channels: tuple[ReportChannel, ...] = ()
    registries: tuple[tuple[str, ReportChannel], ...] = ()
    # AMP caches: a publisher's AMP page served under the cache's host (domains.yaml).
    amp_caches: tuple[Archive, ...] = ()

    def rule(self, code: str) -> Rule:
        for rule in self.rules:
            if rule.code == code:
                return rule
        raise KeyError(code)
