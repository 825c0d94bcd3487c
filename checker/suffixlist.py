"""Registrable domains by the public suffix list that tldextract ships (private section on),
read without importing tldextract: that import brings in requests and urllib3 and builds two
suffix tries, about 90 ms of every cold `check`, for one lookup per page host. `split_host`
answers exactly as `tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None,
include_psl_private_domains=True)` does (tests/test_perf_cold.py compares the two over every
suffix in the list); its trie is kept here as two sets of suffixes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.util import find_spec
from ipaddress import AddressValueError, IPv6Address
from pathlib import Path
from urllib.parse import scheme_chars

__all__ = ["split_host"]

# tldextract's own reading of the list: a rule starts its line; "//" comments do not match.
_RULE = re.compile(r"^([.*!]*\w[\S]*)", re.UNICODE | re.MULTILINE)
_PRIVATE = "// ===BEGIN PRIVATE DOMAINS==="
_IPV4 = re.compile(r"(?:(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])\.){3}"
                   r"(?:[0-9]|[1-9][0-9]|1[0-9]{2}|2[0-4][0-9]|25[0-5])", re.ASCII)
_SCHEME = frozenset(scheme_chars)
_DOTS = ("\u3002", "\uff0e", "\uff61")  # ideographic and full-width dots read as "."


@lru_cache(maxsize=1)
def _suffixes() -> tuple[frozenset[str], frozenset[str]]:
    """(every rule, every right-hand part of a rule): the rules are where a suffix may end,
    the parts are the trie's nodes (a walk from the right goes on while it is on one)."""
    spec = find_spec("tldextract")  # finds the package without running its __init__
    folder = Path(next(iter(spec.submodule_search_locations)))
    text = (folder / ".tld_set_snapshot").read_bytes().decode("utf-8")
    public, _, private = text.partition(_PRIVATE)
    rules = frozenset(_RULE.findall(public) + _RULE.findall(private))
    nodes, layer = set(rules), rules
    while layer:  # "a.b.c" -> "b.c" -> "c", a layer at a time
        layer = {rule.partition(".")[2] for rule in layer if "." in rule} - nodes
        nodes |= layer
    return rules, frozenset(nodes)


def _host(text: str) -> str:
    """tldextract's lenient reading of the host in a URL-like string (case kept)."""
    at = text.find("//")
    if at == 0:
        text = text[2:]
    elif at >= 2 and text[at - 1] == ":" and not set(text[:at - 1]) - _SCHEME:
        text = text[at + 2:]
    after = text.partition("/")[0].partition("?")[0].partition("#")[0].rpartition("@")[-1]
    if after and after[0] == "[":
        inside, bracket, _ = after.partition("]")
        if bracket:
            return f"{inside}]"
    return after.partition(":")[0].strip().rstrip(".\u3002\uff0e\uff61")


def _decoded(label: str) -> str:
    lowered = label.lower()
    if lowered.startswith("xn--"):
        import idna

        try:
            return idna.decode(lowered)
        except (UnicodeError, IndexError):
            pass
    return lowered


def _under(label: str, tail: str) -> str:
    return f"{label}.{tail}" if tail else label


def _suffix_start(labels: list[str]) -> int | None:
    """Where the public suffix starts in `labels` (tldextract's trie walk, wildcards and their
    exceptions included); None when no rule matches."""
    rules, nodes = _suffixes()
    start = found = len(labels)
    tail = ""
    for label in reversed(labels):
        name = _decoded(label)
        longer = _under(name, tail)
        if longer in nodes:
            start -= 1
            tail = longer
            if longer in rules:
                found = start
            continue
        if _under("*", tail) in nodes:  # a wildcard rule under the suffix so far
            return start if _under(f"!{name}", tail) in nodes else start - 1
        break
    return None if found == len(labels) else found


def _is_ipv6(text: str) -> bool:
    try:
        IPv6Address(text)
    except AddressValueError:
        return False
    return True


def split_host(url: str) -> tuple[str, str, str]:
    """(subdomain, registrable label, public suffix) of a host or URL, as tldextract splits it:
    ("jatim", "kpu", "go.id") for "jatim.kpu.go.id"; a public suffix alone has no registrable
    label: ("", "", "co.id")."""
    netloc = _host(url)
    for dot in _DOTS:
        netloc = netloc.replace(dot, ".")
    if len(netloc) >= 4 and netloc[0] == "[" and netloc[-1] == "]" and _is_ipv6(netloc[1:-1]):
        return "", netloc, ""
    labels = netloc.split(".")
    start = _suffix_start(labels)
    if start is None:
        if len(labels) == 4 and netloc[0].isdecimal() and _IPV4.fullmatch(netloc):
            return "", netloc, ""
        return ".".join(labels[:-1]), labels[-1], ""
    return (".".join(labels[:start - 1]) if start >= 2 else "",
            labels[start - 1] if start > 0 else "", ".".join(labels[start:]))
