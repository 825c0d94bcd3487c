"""Starting Chromium for a render: one finder, one set of arguments, one launcher, for
`cekresmi check`, the web service and crawls alike (checker.retrieve.capture.Browser).

The browser needs no network: every byte a page loads is answered by our route handler (our
guarded fetcher, or an archive's records). So, where the kernel allows unprivileged user
namespaces, Chromium starts in a network namespace of its own that holds nothing but a loopback
interface that is down (`unshare --net`): whatever escapes interception (WebRTC's UDP, a
preconnect, a DNS prefetch) has nowhere to go. Playwright talks to it over a pipe
(--remote-debugging-pipe), which needs no network. The same namespace gets its own mount of
/etc/chromium holding the enterprise policy that restricts WebRTC, as a second lock beside the
command-line switches.

In every case, isolated or not, the arguments restrict WebRTC to proxied UDP (and the proxy is
dead), turn off DNS prefetching, QUIC, pings and background networking. Where no namespace can
be made, the Rendering says `isolation: none` and the report shows it.
"""

from __future__ import annotations

import functools
import json
import os
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ARGS", "Launch", "POLICIES", "find_chromium", "isolation_available", "prepare"]

_WEBRTC = "disable_non_proxied_udp"  # WebRTC may use UDP only through the (dead) proxy
ARGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--no-first-run", "--mute-audio", "--disable-dev-shm-usage",
        # A request that somehow bypassed route interception goes to a proxy that is not
        # there. "<-loopback>" stops loopback from bypassing the proxy.
        "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
        # Route interception and the proxy cover HTTP only: WebRTC sends STUN/TURN itself.
        f"--force-webrtc-ip-handling-policy={_WEBRTC}", f"--webrtc-ip-handling-policy={_WEBRTC}",
        "--enforce-webrtc-ip-permission-check",
        # Connections the network stack makes on its own, outside any request we route.
        "--dns-prefetch-disable", "--disable-quic", "--no-pings", "--disable-domain-reliability",
        "--disable-breakpad")
# Chromium's enterprise policies (chromium.org/administrators/policy-list-3), read from
# /etc/chromium/policies/managed; set only inside the isolated namespace's own mount.
POLICIES = {"WebRtcIPHandling": _WEBRTC, "NetworkPredictionOptions": 2,
            "DnsOverHttpsMode": "off", "BuiltInDnsClientEnabled": False,
            "BackgroundModeEnabled": False}
_ETC = Path("/etc/chromium")  # Debian's Chromium reads its policies from here


def find_chromium(explicit: str | None = None) -> str | None:
    """The Chromium to drive: `explicit` when given (None if it is not there), else
    $CEKRESMI_CHROMIUM, else Debian's (Playwright's own browser download is never used)."""
    if explicit:
        return explicit if _runnable(explicit) else None
    for candidate in (os.environ.get("CEKRESMI_CHROMIUM"), shutil.which("chromium"),
                      "/usr/bin/chromium", shutil.which("chromium-browser"),
                      shutil.which("google-chrome")):
        if candidate and _runnable(candidate):
            return candidate
    return None


def _runnable(path: str) -> bool:
    return os.path.isfile(path) and os.access(path, os.X_OK)


def _wrapper(chromium: str, etc: Path) -> str:
    """A shell script Playwright can start as "the browser": Chromium inside a new user, network
    and mount namespace (exec all the way, so Playwright's process is Chromium's)."""
    inner = '[ -d "$2" ] && mount --bind "$1" "$2"; shift 2; exec "$@"'
    unshare = shutil.which("unshare") or "unshare"
    return ("#!/bin/sh\n# cekresmi: Chromium with no network (checker/retrieve/browser_launch.py)\n"
            f"exec {shlex.quote(unshare)} --net --mount --map-root-user -- /bin/sh -c "
            f"{shlex.quote(inner)} sh {shlex.quote(str(etc))} {shlex.quote(str(_ETC))} "
            f"{shlex.quote(chromium)} \"$@\"\n")


def _write_workdir(chromium: str) -> Path:
    """A private folder with the wrapper and the /etc/chromium the namespace mounts."""
    work = Path(tempfile.mkdtemp(prefix="cekresmi-browser-"))
    etc = work / "etc"
    if _ETC.is_dir():  # keep what the system has there (master_preferences), add the policy
        shutil.copytree(_ETC, etc, symlinks=True, ignore=shutil.ignore_patterns("policies"))
    managed = etc / "policies" / "managed"
    managed.mkdir(parents=True, exist_ok=True)
    (managed / "cekresmi.json").write_text(json.dumps(POLICIES), encoding="utf-8")
    script = work / "chromium"
    script.write_text(_wrapper(chromium, etc), encoding="utf-8")
    script.chmod(0o700)
    return work


@functools.cache
def isolation_available() -> bool:
    """Whether this kernel lets us make the namespace (probed once per process, by running
    the real wrapper around /bin/true)."""
    if not shutil.which("unshare") or not Path("/bin/true").is_file():
        return False
    work = _write_workdir("/bin/true")
    try:
        done = subprocess.run([str(work / "chromium")], capture_output=True, timeout=10)
        return done.returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        shutil.rmtree(work, ignore_errors=True)


@dataclass(frozen=True)
class Launch:
    """What to hand playwright.chromium.launch, and how the browser is isolated."""

    executable: str            # Chromium itself, or the wrapper that isolates it
    args: tuple[str, ...]
    isolation: str             # "netns" (no network of its own) | "none"
    workdir: str | None = None  # the wrapper's folder: removed with `cleanup`

    def cleanup(self) -> None:
        if self.workdir:
            shutil.rmtree(self.workdir, ignore_errors=True)


def prepare(chromium: str, isolation: str = "auto") -> Launch:
    """`isolation` "auto": a network namespace when the kernel allows one; "none": never
    (the report then says so)."""
    if isolation == "auto" and isolation_available():
        work = _write_workdir(chromium)
        return Launch(str(work / "chromium"), ARGS, "netns", str(work))
    return Launch(chromium, ARGS, "none")
