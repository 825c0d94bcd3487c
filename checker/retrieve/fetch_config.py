"""The limits of one fetch, apart from the fetcher (checker.retrieve.fetch, which imports
httpx and its TLS, cookie and e-mail modules): every `cekresmi check` builds one, and a check
of a saved page fetches nothing."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

__all__ = ["FetchConfig"]


@dataclass(frozen=True)
class FetchConfig:
    """How far a fetch may go. The defaults suit checking public pages from a laptop."""

    timeout: float = 15.0  # whole-fetch deadline in seconds (all hops, body included)
    connect_timeout: float = 5.0
    max_bytes: int = 5_000_000  # cap on the decoded body, enforced while streaming
    max_redirects: int = 10
    allow_private: bool = False  # SSRF guard off (for local use / tests)
    allowed_networks: tuple = ()  # ip_network objects allowed even with the guard on
    user_agent: str = "cekresmi/0.1 (+https://github.com/cekresmi/cekresmi; election-page checker)"

    def __post_init__(self) -> None:
        nets = tuple(ipaddress.ip_network(n) for n in self.allowed_networks)
        object.__setattr__(self, "allowed_networks", nets)
