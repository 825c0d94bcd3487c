"""The frozen values that cross every boundary: Snapshot in, Finding out of analysers, Report out.

Every front end (CLI, web, crawl, archive replay) builds a Snapshot and gets a Report; nothing
else travels between the shells and the pure core.
"""

from __future__ import annotations

import hashlib
import dataclasses
from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Mapping

SEVERITIES = ("info", "low", "medium", "high", "critical")
CONFIDENCES = ("low", "medium", "high")
LABELS = ("official", "impostor", "independent", "unofficial", "no_claims")
FIGURES_STATUSES = ("consistent", "minor", "discrepant", "mixed", "unverifiable", "none")

# Bumped when the way findings turn into a verdict changes (not when rules data changes:
# that is rules_version). Reports carry both so an old report can be explained later.
# 2: extraction reads text as a browser shows it (invisible characters, inline tags, deep
# nesting), weak result words need a nearby figure, fact-check headlines, own-name titles.
ALGORITHM_VERSION = 2
REPORT_SCHEMA = "cekresmi.report/1"


def _frozen(mapping: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping or {}))


def quick_init(cls):
    """A frozen dataclass's __init__ that writes the fields into the instance's __dict__: the
    generated one sets each through object.__setattr__ (a call per field, the price of
    `frozen`), and the values built per figure (Claim, Scope, RegionHit: hundreds a page) paid
    a tenth of a millisecond a page for it. Same parameters, defaults and values; equality,
    hashing, replace() and the frozen guard stay the dataclass's. Not for a class with
    __post_init__, default factories or __slots__ (no __dict__ to write)."""
    params, lines, defaults = [], [], {}
    for f in fields(cls):
        if f.default_factory is not MISSING or not f.init:
            raise TypeError(f"quick_init: {cls.__name__}.{f.name}")
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        lines.append(f"    d[{f.name!r}] = {f.name}")
    if hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        raise TypeError(f"quick_init: {cls.__name__}")
    source = f"def __init__(self, {', '.join(params)}):\n    d = self.__dict__\n" + \
        "\n".join(lines) + "\n"
    namespace: dict = {}
    exec(source, defaults, namespace)  # (as dataclasses builds its own __init__)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init
    _QUICK[cls] = frozenset(f.name for f in fields(cls))
    return cls


_QUICK: dict[type, frozenset[str]] = {}  # quick_init's classes: their fields' names


def replace(obj, /, **changes):
    """dataclasses.replace(obj, **changes), for a quick_init class without its walk over every
    field in Python (a Claim's 22, a Page's 40: 5-15 us a call, per claim and per check): its
    __init__ only writes each field into the instance's __dict__, so a copy of that __dict__
    with the changes is the instance it would build. Anything else (or a __dict__ holding
    more than the fields: a cached value) goes the dataclasses way."""
    names = _QUICK.get(type(obj))
    values = obj.__dict__ if names is not None else None
    if values is None or len(values) != len(names) or not changes.keys() <= names:
        return dataclasses.replace(obj, **changes)
    new = object.__new__(type(obj))
    new.__dict__.update(values)
    new.__dict__.update(changes)
    return new


@dataclass(frozen=True)
class Hop:
    """One step of a redirect chain: the URL asked for, its status and where it pointed."""

    url: str
    status: int
    location: str | None = None


@dataclass(frozen=True)
class Exchange:
    """One HTTP exchange as it went over the wire, kept so a check can save its evidence (WARC).

    Header names and values are the bytes as sent, decoded as Latin-1 (lossless: encode them
    back to get the bytes), in their original order and case. `raw_body` is the body as
    received: Content-Encoding (gzip...) still applied, only the chunked framing removed.
    `truncated` says why the body stops short ("length", "time", "disconnect"), as WARC's
    WARC-Truncated field would; only redirect bodies are cut, a page over the cap fails.
    """

    url: str                                  # the URL asked for, with its host name
    ip: str                                   # the vetted address the request went to
    started_at: datetime                      # when the request was sent (aware, UTC)
    request_headers: tuple[tuple[str, str], ...]
    http_version: str                         # "HTTP/1.1"
    status: int
    reason: str
    headers: tuple[tuple[str, str], ...]
    raw_body: bytes
    truncated: str | None = None


@dataclass(frozen=True)
class Resource:
    """A sub-resource captured with the page (JSON the page loaded, scripts...)."""

    url: str                     # the address the page asked for
    status: int                  # HTTP status it got
    content_type: str            # media type, no parameters
    body: bytes                  # a live capture keeps text kinds only (capture._KEEP_BODY)
    location: str | None = None  # a redirect's Location, so a replay can follow it


@dataclass(frozen=True)
class Rendering:
    """What Chromium made of the page (checker.retrieve.capture): the DOM after its scripts ran, a
    screenshot, and what the page asked for that we refused or could not serve."""

    html: str                      # the rendered DOM, serialised
    screenshot: bytes              # PNG of the page (full height up to a cap)
    rendered_at: datetime
    browser: str                   # "Chromium 156.0.8078.108"
    finished: bool                 # False: the page time limit cut loading short
    requests: int                  # sub-requests the page made (served or not)
    blocked: tuple[tuple[str, str], ...] = ()  # (url, reason) of requests not served
    source: str = "live"           # live: sub-requests fetched now | archive: replayed
    # netns: Chromium ran with no network of its own (checker.retrieve.browser_launch);
    # none: the kernel allowed no namespace, only interception, the dead proxy and flags held.
    isolation: str = "none"

    @property
    def screenshot_sha256(self) -> str:
        return hashlib.sha256(self.screenshot).hexdigest()


@dataclass(frozen=True)
class Snapshot:
    """What was retrieved, once, before any analysis.

    `requested_url` is what the user asked for; `final_url` is where the redirects ended and is
    the address every domain judgement is about. `headers` are lower-cased (name, value) pairs.
    """

    requested_url: str
    final_url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes
    fetched_at: datetime
    redirects: tuple[Hop, ...] = ()
    resources: tuple[Resource, ...] = ()
    origin: str = "live"  # live | file | warc | pdf | sent
    # The wire-level record of a live fetch, one per hop (redirects first, the page last);
    # empty for files and archives. Evidence of how the bytes came, not part of what they
    # are: left out of equality so two retrievals of the same page still compare equal.
    exchanges: tuple[Exchange, ...] = field(default=(), compare=False, repr=False)
    rendering: Rendering | None = field(default=None, compare=False, repr=False)

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key == name:
                return value
        return None

    @property
    def content_type(self) -> str:
        value = self.header("content-type") or ""
        return value.split(";", 1)[0].strip().lower()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()


@dataclass(frozen=True)
class Finding:
    """One rule that fired, with the evidence that made it fire. Codes, never sentences."""

    code: str
    severity: str
    confidence: str
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _frozen(self.evidence))


@quick_init
@dataclass(frozen=True)
class Claim:
    """One figure a page states, with where it came from. Numbers are int or Decimal, never
    float. Unknown parts are None: a claim may name no region or no candidate."""

    kind: str                         # share | votes | progress
    value: Decimal | int              # percent for share/progress, a count for votes
    origin: str                       # json | table | text
    excerpt: str
    election: str | None = None       # pilkada2024 | pemilu2024
    race_kind: str | None = None      # governor | regent_mayor | president
    region_code: str | None = None
    region_name: str | None = None
    nomor_urut: int | None = None
    candidate_id: str | None = None
    candidate_name: str | None = None
    claim_type: str | None = None     # real_count | quick_count | plenary | internal_count |
    #                                   survey | civic_count (volunteers' tally, KawalPemilu)
    claimed_by: str | None = None     # the pollster or campaign the page names
    page_time: str | None = None      # the time the page states, as written
    progress_done: int | None = None  # "60.219 dari 60.751 TPS"
    progress_total: int | None = None
    source_url: str | None = None     # the JSON resource a figure was read from
    approximate: bool = False         # "14,1 juta suara": rounded by the writer
    race_region: str | None = None    # the race's own region ("31" for the DKI governor race,
    #                                   "" for the president) when region_code is an area in it
    hold: str | None = None           # why the figure is not compared although it was read: a
    #                                   reason code (another election, a TPS, a conflict ...)
    quoted: bool = False              # quoted from a hoax by a fact-check: never the page's claim
    race_region_name: str | None = None  # the record's name of race_region, for report titles


@quick_init
@dataclass(frozen=True)
class Comparison:
    """A claim set against the official record: which tier, as of when, and the verdict."""

    claim: int                        # index into Report.claims
    status: str                       # consistent | minor | discrepant | unverifiable
    official_value: Decimal | int | None = None
    difference: Decimal | int | None = None
    tier: str | None = None           # rekap | sirekap
    as_of: datetime | None = None
    progress: Decimal | None = None   # official TPS progress (percent) at as_of
    source: str = ""
    reason: str | None = None         # why unverifiable (a code the report words)
    sirekap_value: Decimal | int | None = None  # shown beside a plenary comparison
    sirekap_as_of: datetime | None = None
    sirekap_progress: Decimal | None = None
    # KPU's public page for this area (its figures and, per TPS, the C1 photos); see
    # checker/official/pages.py. Set whenever the race is known, whatever the status.
    official_page: str | None = None


@dataclass(frozen=True)
class Source:
    """Who the page is, as far as the address goes."""

    requested_url: str
    final_url: str                    # "" for an image that shows no web address
    host: str                         # the final host as a reader sees it (Unicode)
    registered_domain: str
    is_official: bool                 # the final host is one of KPU's
    hosting_platform: str | None      # a free host the page sits on (DOM020's platform)
    redirects: tuple[Hop, ...]
    fetched_at: datetime
    sha256: str | None
    status: int
    content_type: str
    origin: str


@dataclass(frozen=True)
class EvidenceFile:
    """A file a check wrote as evidence (the WARC capture): where it went and its SHA-256."""

    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class ImageRegion:
    """Where in an image a claim was read: the claim's index and its box in pixels."""

    claim: int
    left: int
    top: int
    right: int
    bottom: int


@dataclass(frozen=True)
class ImageInfo:
    """What a check of an image (screenshot, forwarded graphic) read from it (checker.image)."""

    sha256: str
    format: str                    # PNG | JPEG | WEBP | GIF
    width: int
    height: int
    size: int                      # bytes
    frames: int = 1                # an animation's frames; only the first was read
    address: str | None = None     # the address the image is judged by, as read
    address_kind: str | None = None  # bar | watermark | cited
    addresses: tuple[tuple[str, str], ...] = ()  # every (url, kind) read
    lines: tuple[str, ...] = ()    # the OCR'd text, one line each, as rebuilt
    regions: tuple[ImageRegion, ...] = ()
    words: int = 0                 # words Tesseract read
    # The image as the HTML report shows it (at most 1080 px wide, JPEG), claim regions
    # outlined on the copy. Evidence of what was read, not part of the result.
    preview: bytes = field(default=b"", compare=False, repr=False)


@dataclass(frozen=True)
class Debunk:
    """A known-hoax register entry the checked item matched (checker.image.hoaxes)."""

    debunk_url: str
    added: str                     # ISO date the entry was registered
    note: str = ""
    matched_by: str = "url"        # url | image
    distance: int | None = None    # Hamming distance of the perceptual hashes


@dataclass(frozen=True)
class Report:
    """The result of one check. Language-free: the renderers put words on codes."""

    label: str                        # one of LABELS (rules/verdicts.yaml decides)
    source: Source                    # who the page is, by its address
    findings: tuple[Finding, ...]     # the rules that fired, with their evidence
    page_title: str                   # at most 500 characters
    rules_version: str                # rules/*.yaml's version the check ran with
    elections: tuple[str, ...] = ()   # keys of the elections the page's words name
    claims: tuple[Claim, ...] = ()    # every figure read, in page order
    comparisons: tuple[Comparison, ...] = ()  # claims set against the record
    figures_status: str = "none"      # the page's figures as a whole (compare.figures_status)
    algorithm_version: int = ALGORITHM_VERSION
    schema: str = REPORT_SCHEMA
    warc: EvidenceFile | None = None  # set by the shell that wrote it (cekresmi check --warc-out)
    # The static HTML has scripts and looks like an app shell, or no figure was read from its
    # own text or tables (none, or only from JSON an archive replayed): what a reader sees is
    # drawn later by JavaScript, so `--render auto` renders it (checker.analyse.pipeline).
    render_hint: bool = False
    rendering: Rendering | None = field(default=None, compare=False, repr=False)
    image: ImageInfo | None = None    # set when the check read an image (source kind image)
    debunked: tuple[Debunk, ...] = ()  # matching entries of the known-hoax register

    def codes(self) -> frozenset[str]:
        return frozenset(f.code for f in self.findings)
