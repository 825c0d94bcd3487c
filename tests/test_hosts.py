"""Host normalisation: every analyser compares these values, never raw strings."""

import pytest

from checker.errors import CheckError
from checker.analyse.hosts import is_under, parse_url


@pytest.mark.parametrize("url,host,registered", [
    ("https://KAB-BOGOR.KPU.GO.ID./berita", "kab-bogor.kpu.go.id", "kpu.go.id"),
    ("https://data-pemilu.pages.dev/gubernur", "data-pemilu.pages.dev", "data-pemilu.pages.dev"),
    ("https://kpu.go.id:8443/", "kpu.go.id", "kpu.go.id"),
    ("https://kpu.go.id@evil.example/", "evil.example", "evil.example"),
    ("https://kрu-pilkada.com/", "xn--ku-pilkada-0vi.com", "xn--ku-pilkada-0vi.com"),
    ("https://xn--ku-pilkada-0vi.com/", "xn--ku-pilkada-0vi.com", "xn--ku-pilkada-0vi.com"),
    ("https://hasilpilkada.blogspot.com/", "hasilpilkada.blogspot.com", "hasilpilkada.blogspot.com"),
])
def test_hosts_are_normalised(url, host, registered):
    info = parse_url(url)
    assert info.host == host and info.registered_domain == registered


def test_unicode_form_is_kept_for_readers():
    info = parse_url("https://xn--ku-pilkada-0vi.com/")
    assert info.unicode_host == "kрu-pilkada.com"


def test_userinfo_and_port_are_split_off():
    info = parse_url("https://kpu.go.id:x@evil.example:8080/p")
    assert (info.userinfo, info.host, info.port) == ("kpu.go.id:x", "evil.example", 8080)


@pytest.mark.parametrize("url,ip", [
    ("http://198.51.100.7/", "198.51.100.7"),
    ("http://[2001:db8::1]/", "2001:db8::1"),
    ("http://2130706433/", "127.0.0.1"),      # browsers read these as IPv4 (WHATWG URL)
    ("http://0x7f.1/", "127.0.0.1"),
    ("http://0177.0.0.1/", "127.0.0.1"),
    ("http://127.1/", "127.0.0.1"),
])
def test_ip_literals_in_every_spelling(url, ip):
    info = parse_url(url)
    assert info.is_ip and info.host == ip and info.registered_domain == ip


@pytest.mark.parametrize("host", ["123abc.com", "08.1.1.1", "256.1", "kpu.go.id"])
def test_names_that_are_not_ips(host):
    assert not parse_url(f"http://{host}/").is_ip


@pytest.mark.parametrize("url,code", [
    ("ftp://kpu.go.id/", "bad_scheme"), ("kpu.go.id", "bad_scheme"), ("http://", "bad_url"),
    ("http://[::1/", "bad_url"), ("https://exa mple.com/", "bad_url"), ("", "bad_scheme"),
])
def test_malformed_urls(url, code):
    with pytest.raises(CheckError) as caught:
        parse_url(url)
    assert caught.value.code == code


def test_is_under_is_label_wise():
    assert is_under("pilkada2024.kpu.go.id", "kpu.go.id")
    assert is_under("kpu.go.id", "kpu.go.id")
    assert not is_under("fakekpu.go.id", "kpu.go.id")
    assert not is_under("kpu.go.id.co", "kpu.go.id")


def test_host_tails_answer_what_is_under_answers():
    from checker.analyse.hosts import host_tails

    hosts = ["kpu.go.id", "pilkada2024.kpu.go.id", "kpu.go.id.co", "a..b", "x", "www.suara.com",
             "yoursay.suara.com", "evilkpu.go.id", "xn--kp-yia.go.id"]
    domains = hosts + ["go.id", "id", "", ".id", "suara.com", "kpu", "b", ".b", "co"]
    for host in hosts:
        for domain in domains:
            assert (domain in host_tails(host)) == is_under(host, domain), (host, domain)


def test_first_under_and_known_source_keep_the_rules_order():
    from dataclasses import replace

    from builders import context, snapshot
    from checker.analyse.checks.common import first_under
    from checker.analyse.checks.domain import known_source
    from checker.analyse.page import extract
    from checker.ruleset.model import Archive, KnownSource

    entries = (Archive("example.org", "first"), Archive("b.example.org", "second"),
               Archive("b.example.org", "third"), Archive("org", "fourth"))
    assert first_under("a.b.example.org", entries).name == "first"
    assert first_under("a.b.example.org", entries[1:]).name == "second"
    assert first_under("example.net", entries) is None
    assert first_under("x.org", entries).name == "fourth"

    ctx = context()
    sources = (KnownSource("Outer", "news", ("example.org",), "-", excluded=("me.example.org",)),
               KnownSource("Inner", "news", ("me.example.org", "example.net"), "-"),
               KnownSource("Late", "news", ("example.org",), "-"))
    rules = replace(ctx.rules, sources=sources)
    ctx = replace(ctx, rules=rules)

    def names(url):
        page = extract(snapshot(url, "<html></html>"), rules.vocabulary, rules.figures.params)
        return [f["name"] for f in known_source(page, ctx, {})]

    assert names("https://www.example.org/") == ["Outer"]
    assert names("https://you.me.example.org/") == ["Inner"]  # excluded from Outer
    assert names("https://example.net/") == ["Inner"]
    assert names("https://example.com/") == []
