"""Running the app under uvicorn, in one process or several (`cekresmi serve --workers N`).

uvicorn starts N worker processes by importing an app factory by name ("module:function"):
each process builds its own app (rules, record, report store, one Chromium) from the settings
the parent wrote to its environment, and they act as one service through the shared state
(checker.web.shared). The parent's settings travel as JSON in CEKRESMI_SERVE_SETTINGS,
with one CSRF secret for all (a form served by one process is posted to another).
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets

from checker.web.protocol import Limits, guarded_protocol
from checker.web.settings import Settings

__all__ = ["ENV", "app_from_env", "run", "settings_from_env", "settings_to_env"]

ENV = "CEKRESMI_SERVE_SETTINGS"
_LIMITS_ENV = "CEKRESMI_SERVE_LIMITS"


def settings_to_env(settings: Settings) -> str:
    data = dataclasses.asdict(settings)
    data["allowed_networks"] = [str(n) for n in settings.allowed_networks]
    data["allowed_hosts"] = list(settings.allowed_hosts)
    data["secret"] = (settings.secret or secrets.token_bytes(32)).hex()
    return json.dumps(data)


def settings_from_env() -> Settings:
    data = json.loads(os.environ[ENV])
    data["secret"] = bytes.fromhex(data["secret"])
    data["allowed_hosts"] = tuple(data["allowed_hosts"])
    data["allowed_networks"] = tuple(data["allowed_networks"])
    return Settings(**data)


def app_from_env():
    """uvicorn's factory in each worker process."""
    from checker.web.app import create_app

    return create_app(settings_from_env())


def __getattr__(name: str):
    # uvicorn imports the HTTP protocol by name in each worker (a class made at run time
    # cannot cross into a spawned process): GuardedH11 is made here from the parent's limits.
    if name == "GuardedH11":
        data = json.loads(os.environ[_LIMITS_ENV])
        protocol = guarded_protocol(Limits(**{**data, "trusted": tuple(data["trusted"])}))
        globals()[name] = protocol
        return protocol
    raise AttributeError(name)


def run(settings: Settings, limits: Limits, *, host: str, port: int, workers: int,
        max_connections: int, log_level: str, app=None) -> None:
    """Serve until stopped. One worker runs `app` in this process; more run the factory."""
    import uvicorn

    options = dict(host=host, port=port, log_level=log_level,
                   proxy_headers=bool(limits.trusted),
                   forwarded_allow_ips=list(limits.trusted) or None, server_header=False,
                   # checker/web/protocol.py: h11 with a header deadline, a cap on connections
                   # per client, and 414/431 for long request lines and heads. A flood of
                   # connections gets 503s from uvicorn before it reaches the app; idle
                   # keep-alive connections are dropped after 5 s. Each process counts its own
                   # connections: with N workers a client may hold N times --client-connections.
                   limit_concurrency=max_connections, timeout_keep_alive=5,
                   h11_max_incomplete_event_size=limits.max_head * 2)
    if workers == 1 and app is not None:
        uvicorn.run(app, http=guarded_protocol(limits), **options)
        return
    os.environ[ENV] = settings_to_env(settings)
    os.environ[_LIMITS_ENV] = json.dumps({**dataclasses.asdict(limits),
                                          "trusted": list(limits.trusted)})
    uvicorn.run("checker.web.serving:app_from_env", factory=True, workers=workers,
                http="checker.web.serving:GuardedH11", **options)
