"""Cold start (issue 12 §6): the public suffix list read without tldextract answers as
tldextract does; the rules cache is used only when it is the cache of these very files."""

from __future__ import annotations

import pytest

from checker.suffixlist import _suffixes, split_host


def _hosts():
    """For every rule of the list: the rule itself, one and two labels under it, a wildcard
    filled in, an exception's own host, in punycode and upper case too; and odd inputs."""
    rules, _ = _suffixes()
    for rule in sorted(rules):
        plain = rule.lstrip("!").replace("*", "wild")
        yield plain
        yield "site." + plain
        yield "www.site." + plain
        yield ("WWW.Site." + plain).upper()
        ascii_form = ".".join(label.encode("idna").decode("ascii") if not label.isascii()
                              else label for label in plain.split(".")
                              ) if all(label for label in plain.split(".")) else plain
        yield "a.b." + ascii_form
    yield from ("", ".", "localhost", "1.2.3.4", "1.2.3.45", "300.1.1.1", "[::1]", "[zz]",
                "kpu.go.id.", "a..kpu.go.id", "http://user@jatim.kpu.go.id:8080/x?y#z",
                "//kpu.go.id/a", "evil?x.com", "x.y\u3002co\uff0eid", "xn--zz.com",
                "xn--p1ai", "sub.xn--p1ai", "not-a-tld.invalidtld", "co.id", "go.id")


def test_split_host_answers_as_tldextract():
    tldextract = pytest.importorskip("tldextract")
    theirs = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
                                   include_psl_private_domains=True)
    wrong = []
    for host in _hosts():
        want = theirs(host)
        if split_host(host) != (want.subdomain, want.domain, want.suffix):
            wrong.append((host, split_host(host), tuple(want)[:3]))
    assert wrong == []
