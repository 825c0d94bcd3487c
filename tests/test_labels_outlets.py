"""Issue 10 §2, newsrooms as data with sources: the press companies of Dewan Pers's register
(rules/sources.yaml, the register groups) are known newsrooms, their sites' subdomains with
them; an unknown news site stays `unofficial` and a look-alike of KPU stays `impostor`."""

from __future__ import annotations

import pytest

from builders import label
from checker.analyse.hosts import is_under
from checker.paths import rules_dir
from checker.ruleset.load import load_rules

REGISTER = "Press company verified by Dewan Pers"


@pytest.fixture(scope="module")
def register_groups():
    return [s for s in load_rules(rules_dir()).sources if s.name.startswith(REGISTER)]


def test_the_loader_reads_the_register_groups(register_groups):
    # One group per province and verification status, every one citing the register's copy.
    assert len(register_groups) >= 50
    assert sum(len(s.domains) for s in register_groups) >= 1000
    assert {s.kind for s in register_groups} == {"newsroom"}
    assert all("perusahaan_pers.csv" in s.reference for s in register_groups)
    by_domain = {d: s.name for s in register_groups for d in s.domains}
    assert "Sulawesi Utara" in by_domain["bolmongraya.co"]          # a row of one address
    assert "administrative and factual" in by_domain["bolmongraya.co"]
    # A row whose Website column gives two addresses lists both.
    assert {"radarsby.com", "radarsurabaya.id"} <= by_domain.keys()


def test_no_register_address_is_a_social_network_mailbox_or_platform(register_groups):
    # The Website column also holds Facebook pages, e-mail addresses and blogs: none is the
    # outlet's own host, and listing one would make every page there independent.
    shared = ("facebook.com", "youtube.com", "instagram.com", "twitter.com", "gmail.com",
              "yahoo.com", "google.com", "blogspot.com", "wordpress.com", "tiktok.com")
    for source in register_groups:
        for domain in source.domains:
            assert not any(is_under(domain, s) for s in shared), domain
            assert not domain.endswith((".go.id", ".ac.id")), domain


@pytest.mark.parametrize("url", [
    "https://bolmongraya.co/2024/11/28/hasil-pleno",            # an online outlet's own host
    "https://www.sulselekspres.com/x",                          # with www
    "https://radarkediri.id/x",                                 # a Radar daily's own address
    "https://makassar.sulselekspres.com/x",                     # a regional subdomain
    "https://jogja.times.co.id/x",                              # TIMES Indonesia's regional site
    "https://www.timesindonesia.co.id/x",
])
def test_register_outlets_and_their_subdomains_are_independent(url):
    assert label(url) == "independent"


@pytest.mark.parametrize("url", [
    "https://berita-daerah-contoh.com/x",                       # a news site nobody lists
    "https://bolmongraya.co.evil.xyz/x",                        # a listed name as a subdomain
    "https://bolmongraya.co.pages.dev/x",                       # a platform tenant named after it
    "https://bolmongrayа.co/x",                                 # a Cyrillic a
    "https://times.co.id.hasil-pilkada.xyz/x",
])
def test_an_unknown_site_or_a_lookalike_of_a_listed_outlet_is_unofficial(url):
    assert label(url) == "unofficial"


@pytest.mark.parametrize("url", [
    "https://kpu-bolmongraya.co/",                              # KPU's name glued to an outlet's
    "https://kpu.go.id.bolmongraya.co/",                        # KPU's domain under an outlet's
    "https://kpu-sulut.bolmongraya.co/",
])
def test_a_lookalike_of_kpu_stays_an_impostor_even_under_a_listed_outlet(url):
    assert label(url) == "impostor"


def test_an_unknown_site_that_presents_itself_as_kpu_stays_an_impostor():
    page = "<title>Situs Resmi KPU | Real Count</title><article><p>Paslon 01 51 persen.</p></article>"
    assert label("https://berita-daerah-contoh.com/", page) == "impostor"


# ---- AMP caches (rules/domains.yaml amp_caches): the cached copy is the publisher's page.
@pytest.mark.parametrize("url", [
    "https://www-kompas-com.cdn.ampproject.org/c/s/www.kompas.com/read/2024/11/28/x",
    "https://kaltim-tribunnews-com.cdn.ampproject.org/c/s/kaltim.tribunnews.com/amp/x",
    "https://pikiran--rakyat-com.cdn.ampproject.org/c/s/pikiran-rakyat.com/x",   # "--" for "-"
    "https://bolmongraya-co.cdn.ampproject.org/c/bolmongraya.co/x",              # without s/
])
def test_an_amp_cache_copy_of_a_listed_newsroom_is_independent(url):
    assert label(url) == "independent"


@pytest.mark.parametrize("url", [
    "https://evil-xyz.cdn.ampproject.org/c/s/www.kompas.com/x",     # label and path disagree
    "https://www-kompas-com.cdn.ampproject.org/c/s/evil.xyz/x",
    "https://www-kompas-com.cdn.ampproject.org/x",                  # no publisher in the path
    "https://cdn.ampproject.org/c/s/www.kompas.com/x",              # the cache's own host
    "https://yoursay-suara-com.cdn.ampproject.org/c/s/yoursay.suara.com/x",  # excluded host
])
def test_an_amp_cache_address_that_does_not_spell_a_listed_publisher_is_unofficial(url):
    assert label(url) == "unofficial"
