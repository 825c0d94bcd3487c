"""checker.report.formats: every format from one Report, in id and en, safe with hostile page input."""

from __future__ import annotations

import dataclasses
from html import unescape
import json
import re
from datetime import datetime, timedelta, timezone
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import pytest
import yaml

from checker import paths

from checker.report import formats as render
from checker.report import templates
from checker.models import LABELS, SEVERITIES, EvidenceFile, Finding, Hop, Report, Source
from checker.ruleset.load import load_rules
from checker.ruleset.model import Text

ROOT = Path(__file__).resolve().parent.parent
WIB = timezone(timedelta(hours=7))
LANGS = ("id", "en")

HOSTILE_TITLE = "</script><script>alert(1)</script>"
HOSTILE_EVIDENCE = "<img src=x onerror=alert(1)>"
HOSTILE_URL = "javascript:alert(1)"


# --- fixtures -----------------------------------------------------------------------------

@pytest.fixture(autouse=True)
def _checkout_templates(monkeypatch):
    # Test the templates in this checkout, not a copy an installed wheel may carry.
    monkeypatch.delenv("CEKRESMI_TEMPLATE_DIR", raising=False)
    monkeypatch.setattr(paths, "bundled_templates_dir", lambda: ROOT / "reports")


@pytest.fixture(scope="session")
def rules():
    return load_rules(ROOT / "rules")


def _code(rules, check: str, severity: str | None = None) -> str:
    """A rule code from the loaded rules, by check name (fallback: any rule of that severity)."""
    for rule in rules.rules:
        if rule.check == check:
            return rule.code
    for rule in rules.rules:
        if severity is None or rule.severity == severity:
            return rule.code
    raise AssertionError(f"no rule for check {check!r} in rules/")


def _finding(rules, check, evidence, severity=None):
    code = _code(rules, check, severity)
    rule = rules.rule(code)
    return Finding(code, rule.severity, rule.confidence, evidence)


def _source(**kw):
    values = dict(
        requested_url="https://data-pemilu.pages.dev/gubernur",
        final_url="https://data-pemilu.pages.dev/gubernur", host="data-pemilu.pages.dev",
        registered_domain="data-pemilu.pages.dev", is_official=False,
        hosting_platform="Cloudflare Pages", redirects=(),
        fetched_at=datetime(2024, 11, 28, 21, 14, 5, tzinfo=WIB),
        sha256="3f1c" * 16, status=200, content_type="text/html", origin="live")
    values.update(kw)
    return Source(**values)


@pytest.fixture
def unofficial(rules):
    """The trigger case: data-pemilu.pages.dev/gubernur, 28 Nov 2024."""
    return Report(
        label="unofficial", source=_source(), page_title="Real Count Pilkada 2024 - Gubernur",
        findings=(
            _finding(rules, "hosting_platform", {"host": "data-pemilu.pages.dev",
                                                 "platform": "Cloudflare Pages",
                                                 "tenant": "data-pemilu"}, "info"),
            _finding(rules, "result_claims", {"phrases": ["real count", "hasil"],
                                              "where": ["title", "text"],
                                              "excerpt": "Real Count Pilgub Jakarta 50,07%",
                                              "figures": 38}, "info"),
            _finding(rules, "pilkada_count", {"phrases": ["real count"], "where": ["title"],
                                              "excerpt": "Real Count Pilkada 2024"}, "medium"),
        ),
        rules_version=rules.version, elections=("pilkada2024",))


@pytest.fixture
def impostor(rules):
    hops = (Hop("https://s.id/pilkada-kpu", 301, "http://kpu-go.id/hasil"),
            Hop("http://kpu-go.id/hasil", 302, "https://kpu-go.id/hasil/real-count"))
    return Report(
        label="impostor",
        source=_source(requested_url="https://s.id/pilkada-kpu",
                       final_url="https://kpu-go.id/hasil/real-count", host="kpu-go.id",
                       registered_domain="kpu-go.id", hosting_platform=None, redirects=hops),
        page_title="Situs Resmi KPU - Real Count Pilkada 2024",
        findings=(
            _finding(rules, "suffix_swap", {"host": "kpu-go.id", "official": "kpu.go.id"},
                     "critical"),
            _finding(rules, "self_claim", {"phrases": ["situs resmi kpu"], "where": ["title"],
                                           "excerpt": "Situs Resmi KPU"}, "critical"),
            _finding(rules, "url_shortener", {"host": "s.id", "url": "https://s.id/pilkada-kpu",
                                              "to": "https://kpu-go.id/hasil/real-count"},
                     "low"),
        ),
        rules_version=rules.version, elections=("pilkada2024",))


@pytest.fixture
def official(rules):
    return Report(
        label="official",
        source=_source(requested_url="https://pilkada2024.kpu.go.id/",
                       final_url="https://pilkada2024.kpu.go.id/pilgub/31",
                       host="pilkada2024.kpu.go.id", registered_domain="kpu.go.id",
                       is_official=True, hosting_platform=None),
        page_title="Sirekap Pilkada 2024",
        findings=(_finding(rules, "official_host", {"host": "pilkada2024.kpu.go.id"}, "info"),),
        rules_version=rules.version, elections=("pilkada2024",))


@pytest.fixture
def hostile(rules):
    """Everything the page controls is an attack."""
    hops = (Hop(HOSTILE_URL, 302, "javascript:alert(2)"),
            Hop("https://evil.example/\"><script>alert(3)</script>", 301, HOSTILE_URL))
    return Report(
        label="impostor",
        source=_source(requested_url="java\tscript:alert(4)", final_url=HOSTILE_URL,
                       host="kpu.go.id.evil.example<svg onload=alert(5)>",
                       registered_domain="evil.example", hosting_platform=None, redirects=hops),
        page_title=HOSTILE_TITLE + " \x1b]8;;https://evil.example\x07klik\x1b]8;;\x07 "
                   "\x1b[2J\x1b[31mRESMI\x1b[0m\r\n# heading [x](javascript:alert(6))",
        findings=(
            _finding(rules, "embedded_official_host",
                     {"host": HOSTILE_EVIDENCE, "official": "kpu.go.id", "url": HOSTILE_URL},
                     "critical"),
            _finding(rules, "kpu_branding", {"where": "title", "value": HOSTILE_TITLE + "\x9b2J"},
                     "high"),
        ),
        rules_version=rules.version)


def _reports(request):
    return [request.getfixturevalue(n) for n in ("unofficial", "impostor", "official")]


# --- API ----------------------------------------------------------------------------------

def test_public_api_is_sorted_and_complete():
    assert render.__all__ == sorted(render.__all__)
    assert set(render.__all__) == {"FORMATS", "claimreview", "render", "render_many",
                                   "render_png", "render_template", "report_dict",
                                   "screenshot_uri", "short_text", "ui"}
    assert render.FORMATS == ("text", "json", "html", "md", "claimreview")


def test_bad_arguments_fail_loudly(unofficial, rules):
    with pytest.raises(ValueError, match="format"):
        render.render(unofficial, rules, "pdf")
    with pytest.raises(ValueError, match="language"):
        render.render(unofficial, rules, "text", "fr")
    with pytest.raises(ValueError, match="short"):
        render.render(unofficial, rules, "html", short=True)
    with pytest.raises(TypeError):
        render.render_many([unofficial], rules, "text", "id", colour=True)


# --- the JSON contract --------------------------------------------------------------------

REQUIRED_TOP = {"schema": str, "verdict": dict, "source": dict, "findings": list, "claims": list,
                "comparisons": list, "figures_status": str, "rules_version": str,
                "algorithm_version": int}
EXTRA_TOP = {"lang", "elections", "official_info", "figure_tables", "evidence", "rendering",
             "summary", "image", "debunked",  # issue 14: image null and debunked [] for a page
             "report_it", "archive_copies"}  # issue 13: where to report it, a gone page's copies
REQUIRED_SOURCE = {"requested_url": str, "final_url": str, "host": str,
                   "registered_domain": str, "is_official": bool,
                   "hosting_platform": (str, type(None)), "redirects": list, "fetched_at": str,
                   "sha256": (str, type(None))}
REQUIRED_FINDING = {"code": str, "severity": str, "confidence": str, "title": str,
                    "message": str, "evidence": dict}


@pytest.mark.parametrize("lang", LANGS)
def test_json_contract(impostor, rules, lang):
    data = render.report_dict(impostor, rules, lang)
    # Keys are only ever added, never renamed: the required ones are all there, nothing unknown.
    assert set(data) == set(REQUIRED_TOP) | EXTRA_TOP
    for key, kind in REQUIRED_TOP.items():
        assert isinstance(data[key], kind), key
    assert data["schema"] == "cekresmi.report/1"
    assert set(data["verdict"]) == {"label", "title", "summary"}
    assert data["verdict"]["label"] == "impostor"
    assert data["verdict"]["title"] == rules.labels["impostor"]["title"].get(lang)
    assert data["verdict"]["summary"] == rules.labels["impostor"]["summary"].get(lang)
    for key, kind in REQUIRED_SOURCE.items():
        assert isinstance(data["source"][key], kind), key
    assert data["source"]["redirects"] == ["https://s.id/pilkada-kpu", "http://kpu-go.id/hasil"]
    assert datetime.fromisoformat(data["source"]["fetched_at"]) == impostor.source.fetched_at
    assert data["source"]["hosting_platform"] is None
    assert data["figures_status"] == "none" and data["claims"] == [] == data["comparisons"]
    assert data["algorithm_version"] == impostor.algorithm_version
    for finding in data["findings"]:
        for key, kind in REQUIRED_FINDING.items():
            assert isinstance(finding[key], kind), key
        assert finding["title"] == rules.rule(finding["code"]).title.get(lang)
        assert finding["message"] and "{" not in finding["message"]
    order = [(-SEVERITIES.index(f["severity"]), f["code"]) for f in data["findings"]]
    assert order == sorted(order) and data["findings"][0]["severity"] == "critical"
    assert [e["key"] for e in data["official_info"]] == ["pilkada2024"]
    assert "pilkada2024.kpu.go.id" in data["official_info"][0]["official_hosts"]
    assert json.loads(render.render(impostor, rules, "json", lang)) == data


def test_message_formatting_never_crashes(unofficial, rules):
    code = unofficial.findings[0].code
    rule = rules.rule(code)
    odd = dataclasses.replace(rule, message=Text(id="{host} di {platform} {missing}: {tenant}",
                                                 en="{host} {0} {bad.attr} } {"))
    tweaked = dataclasses.replace(rules, rules=tuple(odd if r.code == code else r
                                                     for r in rules.rules))
    report = dataclasses.replace(unofficial, findings=(
        Finding(code, "info", "high", {"host": "a.pages.dev", "platform": ["X", "Y"],
                                       "tenant": {"nama": "a"}}),
        Finding("ZZZ999", "weird", "high", {"x": 1}),  # a code the rules no longer have
    ))
    by_lang = {lang: render.report_dict(report, tweaked, lang)["findings"] for lang in LANGS}
    assert by_lang["id"][0]["message"] == "a.pages.dev di X, Y : nama: a"
    assert by_lang["en"][0]["message"] == "{host} {0} {bad.attr} } {"  # raw text, not a crash
    assert by_lang["id"][1]["code"] == "ZZZ999" and by_lang["id"][1]["title"] == "ZZZ999"
    for fmt in render.FORMATS:
        assert render.render(report, tweaked, fmt, "en")


# --- every format, both languages ---------------------------------------------------------

@pytest.mark.parametrize("fmt", render.FORMATS)
@pytest.mark.parametrize("which", ["unofficial", "impostor", "official"])
def test_every_format_in_both_languages(request, rules, fmt, which):
    report = request.getfixturevalue(which)
    # The sections are all there in the full report (text folds them by default).
    out = {lang: render.render(report, rules, fmt, lang, full=fmt in ("text", "md"))
           for lang in LANGS}
    assert out["id"] and out["en"] and out["id"] != out["en"]
    title = {lang: rules.labels[report.label]["title"].get(lang) for lang in LANGS}
    assert title["id"] != title["en"]
    assert title["en"] in out["en"] or json.dumps(title["en"]) in out["en"]
    assert title["id"] not in out["en"] and title["en"] not in out["id"]
    words = {lang: render.ui(lang) for lang in LANGS}
    if fmt in ("text", "md", "html"):
        low = {lang: out[lang].casefold() for lang in LANGS}  # text headings are upper case
        for key in ("reasons", "where_official", "source", "rules_version"):
            en, id_ = words["en"][key].casefold(), words["id"][key].casefold()
            assert en in low["en"] and id_ not in low["en"] and id_ in low["id"], key
        for finding in report.findings:
            rule = rules.rule(finding.code)
            for lang in LANGS:
                shown = unescape(out[lang]).replace("\\", "")  # HTML / Markdown escapes
                assert rule.title.get(lang) in shown, (lang, rule.code)
    if fmt == "html":
        assert '<html lang="en">' in out["en"] and '<html lang="id">' in out["id"]


def test_text_report_reads_top_down(unofficial, rules):
    text = render.render(unofficial, rules, "text", "id", full=True)
    words = render.ui("id")
    verdict = text.index(rules.labels["unofficial"]["title"].id)
    reasons = text.index(words["reasons"].upper())
    official = text.index(words["where_official"].upper())
    source = text.index(words["source"].upper())
    assert verdict < reasons < official < source
    # ~80 columns, except where one unbreakable token (a URL) is longer on its own.
    assert all(len(line) <= 80 for line in text.splitlines()
               if max(map(len, line.split()), default=0) < 40), text
    for needle in ("pilkada2024.kpu.go.id", "Cloudflare Pages", "3f1c" * 16,
                   "28 November 2024 pukul 21.14 WIB", rules.version, "data-pemilu.pages.dev"):
        assert needle in text
    assert words["pilkada_statement"][:40] in text
    assert words["kpu_no"] in text
    assert "\x1b" not in text


def test_redirect_chain_is_shown(impostor, rules):
    for fmt in ("text", "md", "html"):
        out = render.render(impostor, rules, fmt, "en", full=fmt in ("text", "md"))
        for url in ("https://s.id/pilkada-kpu", "http://kpu-go.id/hasil",
                    "https://kpu-go.id/hasil/real-count"):
            assert url in out, (fmt, url)


WARC_SHA = "ab12" * 16


def test_warc_evidence_is_stated_in_every_format_and_language(unofficial, rules):
    assert render.report_dict(unofficial, rules)["evidence"] == {
        "warc": None, "screenshot": None, "document_sha256": unofficial.source.sha256}
    saved = dataclasses.replace(unofficial, warc=EvidenceFile("caps/001-x.warc.gz", WARC_SHA, 4321))
    data = render.report_dict(saved, rules, "en")
    assert data["evidence"]["warc"] == {"path": "caps/001-x.warc.gz", "sha256": WARC_SHA,
                                        "bytes": 4321}
    assert data["source"]["sha256"] == unofficial.source.sha256  # the document's own hash stays
    for lang in LANGS:
        words = render.ui(lang)
        for fmt in ("text", "md", "html"):
            out = unescape(render.render(saved, rules, fmt, lang, full=fmt in ("text", "md")))
            out = out.replace("\\", "")
            assert WARC_SHA in out and "caps/001-x.warc.gz" in out, (fmt, lang)
            assert words["warc_sha256"] in out and words["warc_file"] in out, (fmt, lang)
            plain = unescape(render.render(unofficial, rules, fmt, lang))
            assert words["warc_sha256"] not in plain, (fmt, lang)
    assert render.ui("id")["warc_sha256"] != render.ui("en")["warc_sha256"]


def test_official_page_says_yes(official, rules):
    for lang in LANGS:
        text = render.render(official, rules, "text", lang)
        assert render.ui(lang)["kpu_yes"] in text and render.ui(lang)["kpu_no"] not in text


# --- hostile input ------------------------------------------------------------------------

class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self._in_script = [], [], False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append([dict(attrs), ""])

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1][1] += data


def _parse(html):
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_page_is_inert_in_html(hostile, rules, lang):
    html = render.render(hostile, rules, "html", lang)
    parsed = _parse(html)
    names = [tag for tag, _ in parsed.tags]
    assert "img" not in names and "svg" not in names
    for tag, attrs in parsed.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            if name in attrs:
                assert attrs[name].startswith(("https://", "http://", "#")), (tag, attrs)
    # The only script is the JSON-LD block, and the title inside it did not break out.
    assert [attrs for attrs, _ in parsed.scripts] == [{"type": "application/ld+json"}]
    assert html.count("</script>") == 1
    data = json.loads(parsed.scripts[0][1])
    appearance = data["itemReviewed"]["appearance"][0]
    assert HOSTILE_TITLE in appearance["headline"]
    assert "url" not in appearance  # a javascript: URL is not handed on
    assert "\x1b" not in html and "\x9b" not in html
    assert HOSTILE_URL in html  # shown, as text
    assert render.ui(lang)["not_a_link"] in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_page_is_inert_in_markdown(hostile, rules, lang):
    md = render.render(hostile, rules, "md", lang)
    body = re.sub(r"(?m)^>", "", md)  # our own blockquote markers
    assert not re.search(r"(?<!\\)[<>]", body), "raw < or > in Markdown"
    assert "](javascript" not in md and "](java" not in md
    links = re.findall(r"(?<!\\)\]\((.*?)\)", md)
    assert links and all(url.startswith("https://") for url in links)
    assert not [line for line in md.splitlines() if line.startswith("# ") and "heading" in line]
    assert "\x1b" not in md and "\x07" not in md and "\r" not in md
    assert r"\<img src=x onerror=alert\(1\)\>" in md


@pytest.mark.parametrize("short", [False, True])
def test_hostile_page_is_inert_in_text(hostile, rules, short):
    text = render.render(hostile, rules, "text", "en", short=short)
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text), "control character in text"
    if not short:
        line = next(l for l in text.splitlines() if l.startswith(render.ui("en")["page_title"]))
        # The OSC 8 hyperlink lost its target, the colours and the clear-screen are gone, and
        # the title's own newline did not start a new line.
        assert "klik" in line and "RESMI" in line and "# heading" in line
        assert "evil.example\x07" not in text and "[2J" not in text and "[31m" not in text
        assert "2J" not in line.replace(HOSTILE_TITLE, "")


def test_terminal_escape_filter():
    # Direct checks of the sanitiser, one sequence family at a time.
    samples = {
        "\x1b[2Jclear": "clear", "\x1b[1;31mred\x1b[0m": "red",
        "\x1b]8;;http://evil\x07link\x1b]8;;\x07": "link", "\x1b]0;title\x1b\\x": "x",
        "\x9b31mc1": "c1", "a\rb": "ab", "bidi\u202eevil": "bidievil", "lone\x1b": "lone",
        "\x1bPdcs\x1b\\ok": "ok",
    }
    for raw, clean in samples.items():
        assert templates.oneline(raw) == clean, repr(raw)
    assert templates.oneline("a\n\n b\u2028c") == "a b c"


# --- short text ---------------------------------------------------------------------------

def test_short_text_fits_a_chat_message(request, rules):
    for report in _reports(request):
        for lang in LANGS:
            text = render.render(report, rules, "text", lang, short=True)
            assert len(text) <= render.SHORT_LIMIT
            assert rules.labels[report.label]["title"].get(lang) in text
            host = report.source.host
            # A page that is not KPU's is named defanged, so a chat app does not link it.
            shown = host if report.source.is_official else host.replace(".", "[.]")
            assert shown in text and "pilkada2024.kpu.go.id" in text
            if not report.source.is_official:
                assert host not in text and "://" + host not in text
            assert "\x1b" not in text


def test_short_text_keeps_the_strongest_reasons(impostor, rules):
    text = render.render(impostor, rules, "text", "en", short=True)
    titles = [rules.rule(f.code).title.en for f in impostor.findings]
    strongest = [rules.rule(f.code).title.en for f in impostor.findings
                 if f.severity == "critical"]
    assert all(t in text for t in strongest)
    assert sum(t in text for t in titles) == min(3, len(titles))


def test_short_text_has_date_link_every_race_and_the_deciding_reason_first(unofficial, rules):
    text = render.short_text(unofficial, rules, "id", link="https://cek.example/reports/abc")
    assert "Diperiksa: 28 November 2024 pukul 21.14 WIB" in text
    assert "https://cek.example/reports/abc" in text
    assert "hxxps://data-pemilu[.]pages[.]dev" in text
    reasons = text.split("Alasan:")[1].splitlines()[1:]
    # unofficial is decided by PAG001 (results shown), which leads the reasons.
    assert reasons[0] == "- " + rules.rule("PAG001").title.id


def test_short_text_stays_short_with_long_input(rules):
    long_title = next(r for r in rules.rules if r.severity == "critical")
    report = Report(
        label="impostor", source=_source(host="kpu." + "x" * 240 + ".example"),
        findings=tuple(Finding(r.code, r.severity, r.confidence, {}) for r in rules.rules),
        page_title="y" * 5000, rules_version=rules.version)
    for lang in LANGS:
        text = render.render(report, rules, "text", lang, short=True)
        assert len(text) <= render.SHORT_LIMIT
        assert long_title.title.get(lang) in text


# --- ClaimReview --------------------------------------------------------------------------

def test_claimreview_json_ld(request, rules):
    ratings = {}
    for report in _reports(request):
        for lang in LANGS:
            data = render.claimreview(report, rules, lang)
            assert json.loads(json.dumps(data)) == data
            assert data["@context"] == "https://schema.org" and data["@type"] == "ClaimReview"
            assert data["inLanguage"] == lang and "url" not in data
            assert data["datePublished"] == "2024-11-28"
            assert report.source.final_url in data["claimReviewed"]
            rating = data["reviewRating"]
            assert rating["@type"] == "Rating" and rating["bestRating"] == 5
            assert rating["worstRating"] == 1 and isinstance(rating["ratingValue"], int)
            assert rating["alternateName"] == rules.labels[report.label]["title"].get(lang)
            item = data["itemReviewed"]
            assert item["@type"] == "Claim"
            assert item["appearance"] == [{"@type": "CreativeWork",
                                           "url": report.source.final_url,
                                           "headline": report.page_title}]
            assert data["author"] == {"@type": "Organization", "name": "cekresmi"}
            ratings[report.label] = rating["ratingValue"]
        assert render.claimreview(report, rules, "id")["claimReviewed"] != \
            render.claimreview(report, rules, "en")["claimReviewed"]
    assert ratings == {"unofficial": 2, "impostor": 1, "official": 5}
    assert render._RATINGS == {"official": 5, "independent": 4, "no_claims": 3,
                               "unofficial": 2, "impostor": 1}
    assert set(render._RATINGS) == set(LABELS)
    report = _reports(request)[0]
    assert render.claimreview(report, rules, url="https://cek.example/r/1")["url"] == \
        "https://cek.example/r/1"
    assert json.loads(render.render(report, rules, "claimreview", "en"))["inLanguage"] == "en"


# --- HTML document ------------------------------------------------------------------------

def test_html_is_self_contained(request, rules):
    reports = _reports(request)
    html = render.render_many(reports, rules, "html", "id")
    parsed = _parse(html)
    allowed = {"https://pilkada2024.kpu.go.id", "https://pemilu2024.kpu.go.id",
               "https://kpu.go.id"}
    allowed |= {u for r in reports for u in (r.source.requested_url, r.source.final_url)}
    allowed |= {ref.split(" ", 1)[0] for rule in rules.rules for ref in rule.references}
    # "Laporkan": the places to report a page come from rules/, never from the page.
    allowed |= {c.url for c in rules.report_channels}
    allowed |= {p.abuse.url for p in rules.platforms if p.abuse}
    for tag, attrs in parsed.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base", "form"), tag
        assert "src" not in attrs and "style" not in attrs, (tag, attrs)
        if "href" in attrs:
            assert attrs["href"].startswith("#") or attrs["href"] in allowed, attrs["href"]
    assert "@import" not in html and "url(" not in html
    assert [a for a, _ in parsed.scripts] == [{"type": "application/ld+json"}] * len(reports)
    for _, body in parsed.scripts:
        assert json.loads(body)["@type"] == "ClaimReview"
    assert '<meta name="referrer" content="no-referrer">' in html
    assert 'name="viewport"' in html and "@media print" in html
    assert "Content-Security-Policy" in html
    assert html.count("<html") == 1 and html.count("<article") == len(reports)


def test_severity_is_shown_in_words_not_only_colour(impostor, rules):
    for lang in LANGS:
        html = render.render(impostor, rules, "html", lang)
        word = render.ui(lang)["sev_critical"]
        assert re.search(r'<span class="sev sev-critical">[^<]*' + re.escape(word), html)


def test_official_links_in_html(unofficial, rules):
    html = render.render(unofficial, rules, "html", "en")
    assert '<a class="url" href="https://pilkada2024.kpu.go.id">' in html
    assert 'href="https://data-pemilu.pages.dev/gubernur" rel="nofollow noopener noreferrer"' \
        in html


# --- many reports -------------------------------------------------------------------------

def test_render_many(request, rules):
    reports = _reports(request)
    array = json.loads(render.render_many(reports, rules, "json", "en"))
    assert [d["verdict"]["label"] for d in array] == ["unofficial", "impostor", "official"]
    reviews = json.loads(render.render_many(reports, rules, "claimreview", "en"))
    assert [r["reviewRating"]["ratingValue"] for r in reviews] == [2, 1, 5]
    text = render.render_many(reports, rules, "text", "id")
    assert text.count("\n" + "=" * 78 + "\n\n") >= len(reports) - 1
    assert all(r.source.host in text for r in reports)
    md = render.render_many(reports, rules, "md", "en")
    assert md.count("\n---\n") == len(reports) - 1
    short = render.render_many(reports, rules, "text", "en", short=True)
    assert all(rules.labels[r.label]["title"].en in short for r in reports)
    html = render.render_many(reports, rules, "html", "en")
    assert html.count("<!DOCTYPE html>") == 1
    assert all(rules.labels[r.label]["title"].en in html for r in reports)


# --- templates and strings ----------------------------------------------------------------

def test_user_template_dir_overrides_one_partial(unofficial, rules, tmp_path):
    (tmp_path / "_partials").mkdir()
    (tmp_path / "_partials" / "verdict.html").write_text(
        '<section class="newsroom">NEWSROOM {{ r.verdict.title }} {{ ui.kpu_question }}'
        "</section>\n", encoding="utf-8")
    (tmp_path / "strings.yaml").write_text(
        'kpu_question: {id: "Ini KPU atau bukan?", en: "KPU or not?"}\n', encoding="utf-8")
    html = render.render(unofficial, rules, "html", "en", template_dir=tmp_path)
    assert "NEWSROOM UNOFFICIAL" in html and "KPU or not?" in html
    assert render.ui("en")["reasons"] in html  # the other partials still come from reports/
    assert "NEWSROOM" not in render.render(unofficial, rules, "html", "en")


def test_strict_undefined_catches_template_typos(unofficial, rules, tmp_path):
    (tmp_path / "_partials").mkdir()
    (tmp_path / "_partials" / "findings.html").write_text("{{ r.verdict.tittle }}",
                                                          encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        render.render(unofficial, rules, "html", template_dir=tmp_path)
    (tmp_path / "report.txt").write_text("{{ ui.no_such_word }}", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        render.render(unofficial, rules, "text", template_dir=tmp_path)


def test_strings_have_both_languages():
    raw = yaml.safe_load((ROOT / "reports" / "strings.yaml").read_text(encoding="utf-8"))
    assert raw and all(isinstance(k, str) for k in raw)
    for key, value in raw.items():
        assert set(value) == {"id", "en"}, key
        assert value["id"].strip() and value["en"].strip(), key
    for lang in LANGS:
        assert set(render.ui(lang)) == set(raw)
    for sev in SEVERITIES:
        assert f"sev_{sev}" in raw
    for label in LABELS:
        assert f"label_{label}" in raw


@pytest.mark.parametrize("content", [
    'reasons: {id: "Alasan"}\n',                 # English missing
    'no: {id: "tidak", en: "no"}\n',             # YAML 1.1 boolean key
    'reasons: {id: "Alasan", en: "", fr: "x"}\n',
    "- just a list\n",
])
def test_bad_user_strings_fail_loudly(unofficial, rules, tmp_path, content):
    (tmp_path / "strings.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match="strings.yaml"):
        render.render(unofficial, rules, "text", template_dir=tmp_path)


_ALLOWED_LAST_FILTER = {"report.txt": {"oneline", "wrap", "line"},
                        "report-short.txt": {"oneline", "wrap"},
                        "report.md": {"md", "md_link", "md_url"}}


@pytest.mark.parametrize("name", sorted(_ALLOWED_LAST_FILTER))
def test_text_templates_filter_every_value(name):
    # Autoescape is off for .txt/.md, so every printed expression must end in a safe filter.
    source = (ROOT / "reports" / name).read_text(encoding="utf-8")
    expressions = re.findall(r"\{\{(.*?)\}\}", source, re.S)
    assert expressions
    for expr in expressions:
        last = re.search(r"\|\s*(\w+)\s*(\([^|]*\))?\s*$", expr.strip())
        assert last and last.group(1) in _ALLOWED_LAST_FILTER[name], (name, expr)


def test_templates_hold_no_english_prose():
    # Words come from strings.yaml: a few English words typed into a template would not switch.
    for path in (ROOT / "reports").rglob("*"):
        if path.suffix not in (".html", ".md", ".txt"):
            continue
        text = re.sub(r"\{#.*?#\}|\{%.*?%\}|\{\{.*?\}\}", " ", path.read_text(encoding="utf-8"),
                      flags=re.S)
        text = re.sub(r"<[^>]*>", " ", text)
        for word in ("Reasons", "Verdict", "Evidence", "Source", "Official", "Severity",
                     "Alasan", "Bukti"):
            assert not re.search(rf"\b{word}\b", text), (path.name, word)


@pytest.mark.parametrize("label", LABELS)
def test_every_label_renders_even_without_findings(unofficial, rules, label):
    report = dataclasses.replace(unofficial, label=label, findings=(), elections=())
    for lang in LANGS:
        for fmt in render.FORMATS:
            out = render.render(report, rules, fmt, lang)
            assert rules.labels[label]["title"].get(lang) in unescape(out) or fmt == "json" \
                and json.loads(out)["verdict"]["title"] == rules.labels[label]["title"].get(lang)
        text = render.render(report, rules, "text", lang)
        assert render.ui(lang)["no_findings"] in text
        # No election named: point to every election's official site.
        assert "pilkada2024.kpu.go.id" in text and "pemilu2024.kpu.go.id" in text
