"""Known independent sources (rules/sources.yaml): a listed newsroom and its network's sites are
`independent`; a look-alike of a listed name never is (hostile input), and the loader refuses
entries that would hand the label to strangers (a public suffix, a hosting platform)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from builders import label
from checker.paths import rules_dir
from checker.ruleset.load import load_rules
from checker.ruleset.schema import RulesError


@pytest.mark.parametrize("url", [
    "https://www.tribunnews.com/pilkada/2024/12/01/x",
    "https://jateng.tribunnews.com/2024/12/01/x",          # a Tribun regional under the group
    "https://www.tribunjateng.com/x",                       # a Tribun regional's own brand address
    "https://radarbojonegoro.jawapos.com/x",                # Jawa Pos Radar under jawapos.com
    "https://radarbanyumas.disway.id/read/1/x",             # Disway network
    "https://okuekspres.bacakoran.co/read/1/x",             # Disway e-papers
    "https://lingkarmadiun.pikiran-rakyat.com/x",           # PRMN member portal
    "https://www.suarajogja.id/x", "https://jogja.suara.com/x",
    "https://WWW.KOMPAS.COM./x",                            # case and a trailing dot
    # syndication and CDN hosts of listed newsrooms (corpus: SINDOnews and iNews via RCTI+,
    # Bisnis's kabar24 served from bisnis-cdn.com)
    "https://beta-www.rctiplus.com/news/detail/sindonews/4609533/x",
    "https://kabar24.bisnis-cdn.com/read/20241128/15/1819979/x",
])
def test_listed_newsrooms_and_their_network_sites_are_independent(url):
    assert label(url) == "independent"


@pytest.mark.parametrize("url", [
    "https://tribunnews.com.evil.xyz/hasil",                # the listed name as a subdomain
    "https://kompas-com.pages.dev/hasil",                   # a platform tenant named after it
    "https://kompas.com-hasil.xyz/",                        # hyphen glued to the name
    "https://evilkompas.com/", "https://kompas.co/",        # glued or a different suffix
    "https://xn--kmpas-1ye.com/",                           # a homoglyph (Cyrillic o)
    "https://kоmpas.com/",                                  # the same, written in Unicode
    "https://evil.xyz/www.tribunnews.com/hasil",            # the name in the path
    "https://www.tribunnews.com@evil.xyz/hasil",            # the name as userinfo
    "https://tribunnews.github.io/hasil",
])
def test_a_lookalike_of_a_listed_name_is_never_independent(url):
    assert label(url) != "independent"


def test_readers_own_posts_under_a_newsroom_are_not_the_newsroom():
    # Suara.com's Yoursay and Republika's Retizen carry readers' posts: not independent.
    assert label("https://yoursay.suara.com/kolom/2024/12/01/x") == "unofficial"
    assert label("https://retizen.republika.co.id/posts/1/x") == "unofficial"
    assert label("https://www.suara.com/news/2024/12/01/x") == "independent"


def _load_with(tmp_path: Path, entry: dict):
    target = tmp_path / "rules"
    target.mkdir(parents=True)
    for path in Path(rules_dir()).iterdir():
        if path.is_file():
            (target / path.name).write_bytes(path.read_bytes())
    data = yaml.safe_load((target / "sources.yaml").read_text("utf-8"))
    data["sources"].append({"name": "Test", "kind": "newsroom", "reference": "https://x.test/",
                            **entry})
    (target / "sources.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return load_rules(target)


@pytest.mark.parametrize("domain, why", [
    ("co.id", "public suffix"), ("pages.dev", "public suffix"),
    ("berita.blogspot.com", "hosting platform"), ("https://x.co.id/", "not a host name"),
    ("x.co.id/path", "not a host name"), ("kompas.com", "already listed"),
])
def test_the_loader_refuses_domains_that_would_list_strangers(tmp_path, domain, why):
    with pytest.raises(RulesError, match=re.escape(why)):
        _load_with(tmp_path, {"domains": [domain]})


def test_an_excluded_host_must_lie_under_the_entrys_domains(tmp_path):
    with pytest.raises(RulesError, match="not under its domains"):
        _load_with(tmp_path, {"domains": ["contoh-berita.co.id"], "excluded": ["other.co.id"]})
    rules = _load_with(tmp_path / "ok", {"domains": ["contoh-berita.co.id"],
                                         "excluded": ["warga.contoh-berita.co.id"]})
    assert rules.sources[-1].excluded == ("warga.contoh-berita.co.id",)


def test_every_group_in_sources_yaml_names_where_its_listing_comes_from():
    text = (Path(rules_dir()) / "sources.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    for entry in data["sources"]:
        assert entry["reference"].startswith(("https://", "http://")), entry["name"]
    assert text.count("# source:") >= 6
