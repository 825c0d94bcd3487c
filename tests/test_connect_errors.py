"""Issue 13, item 5: a connection that fails is one plain line in the reader's language that
names the site, never the OS's or the library's own text ("[Errno 111] Connection refused",
"All connection attempts failed")."""

from __future__ import annotations

import ssl

import httpx
import pytest

from checker.errors import CheckError, connect_reason
from checker.report.messages import error_line
from checker.retrieve.fetch import FetchConfig, fetch
from loopback import free_port


def _chained(outer: BaseException, cause: BaseException) -> BaseException:
    outer.__cause__ = cause
    return outer


@pytest.mark.parametrize("exc, reason", [
    (_chained(httpx.ConnectError("All connection attempts failed"),
              ConnectionRefusedError(111, "Connection refused")), "refused"),
    (httpx.ConnectError("[Errno 101] Network is unreachable"), "unreachable"),
    (_chained(httpx.ConnectError("x"), OSError(113, "No route to host")), "unreachable"),
    (httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed"), "tls"),
    (_chained(httpx.ConnectError("x"), ssl.SSLCertVerificationError("hostname mismatch")), "tls"),
    (ConnectionResetError(104, "Connection reset by peer"), "reset"),
    (httpx.ConnectError("All connection attempts failed"), "failed"),
    (httpx.ConnectError(""), "failed"),
])
def test_reasons_are_one_word(exc, reason):
    assert connect_reason(exc) == reason


def test_a_refused_connection_reads_plainly_in_each_language():
    port = free_port()
    with pytest.raises(CheckError) as info:
        fetch(f"http://127.0.0.1:{port}/", FetchConfig(allow_private=True, timeout=5))
    error = info.value
    assert error.code == "connect_failed" and error.params["reason"] in ("refused", "failed")
    for lang in ("id", "en"):
        line = error_line(error, lang)
        assert "127.0.0.1" in line and "\n" not in line
        for raw in ("Errno", "attempts", "ConnectError", "refused)", "(refused", "(failed"):
            assert raw not in line, (lang, line)
    assert error_line(CheckError("connect_failed", host="a.example", reason="refused"),
                      "id").startswith("Server a.example menolak sambungan (situsnya mungkin "
                                       "mati); coba lagi nanti.")
    assert error_line(CheckError("connect_failed", host="a.example", reason="tls"),
                      "en").startswith("The secure (HTTPS) connection to a.example failed")


def test_an_old_stored_raw_reason_is_never_shown():
    # Crawl rows stored before reasons were words still carry the OS text.
    line = error_line(CheckError("connect_failed", host="a.example",
                                 reason="[Errno 111] Connection refused"), "en")
    assert line.startswith("Could not connect to a.example; try again later or check your "
                           "internet connection.")
    assert "Errno" not in line and "refused" not in line
