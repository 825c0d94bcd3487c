"""`cekresmi serve`: the web service (checker.web) under uvicorn. Thin: options to Settings."""

from __future__ import annotations

import ipaddress

import click

from checker.cli.options import db_option, default_lang, error_text, fail, rules_dir_option


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@db_option
@click.option("--reports-db", type=click.Path(dir_okay=False), envvar="CEKRESMI_REPORTS_DB",
              help="The SQLite file of stored reports (default: $CEKRESMI_REPORTS_DB, else the "
                   "--db file).")
@rules_dir_option
@click.option("--template-dir", type=click.Path(file_okay=False), envvar="CEKRESMI_TEMPLATE_DIR",
              help="Templates here override the bundled reports/ (rebranding).")
@click.option("--public-url", metavar="URL",
              help="The address readers reach the service at (https://cek.example.org); used "
                   "in bookmarklets and permanent links. Default: each request's own address.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A name readers use in the address (repeatable). Requests naming any other "
                   "Host are refused; --public-url's name and loopback are always allowed.")
@click.option("--header-timeout", type=click.FloatRange(1, 120), default=10.0, show_default=True,
              help="Seconds a connection has to send a whole request head (slow clients get 408).")
@click.option("--client-connections", type=click.IntRange(1, 10_000), default=32,
              show_default=True, help="Open connections per client address (an IPv6 /64).")
@click.option("--max-connections", type=click.IntRange(10, 100_000), default=1000,
              show_default=True, help="Open connections in all; more get 503.")
@click.option("--rate-limit", type=click.FloatRange(1, 100_000), default=30, show_default=True,
              help="New checks a minute per client (stored reports do not count).")
@click.option("--request-limit", type=click.FloatRange(1, 1_000_000), default=240,
              show_default=True, help="Requests a minute per client, of any kind.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes serving requests (at most one per core is useful). They share "
                   "rate limits, checks and recent reports through --state.")
@click.option("--checks", type=click.IntRange(1, 64), default=4, show_default=True,
              help="Checks running at once in each process (more wait in line; a full line "
                   "gets 503).")
@click.option("--state", metavar="FILE|URL", envvar="CEKRESMI_WEB_STATE",
              help="Where the processes share rate limits, running checks and recent "
                   "reports: a SQLite file, or redis://HOST:PORT/DB for several machines "
                   "(default: a file beside the reports database).")
@click.option("--timeout", type=click.FloatRange(0.5, 300), default=15.0, show_default=True,
              help="Seconds allowed for fetching one page, redirects included.")
@click.option("--trust-proxy", metavar="IPS", default="",
              help="Comma-separated addresses of your reverse proxy: only then is its "
                   "X-Forwarded-For used to tell clients apart (rate limit).")
@click.option("--render", type=click.Choice(("auto", "always", "never")), default="auto",
              show_default=True, help="Render pages in Chromium, as `cekresmi check --render`.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True)
def serve(host, port, db, reports_db, rules_dir, template_dir, public_url, allowed_hosts,
          header_timeout, client_connections, max_connections, rate_limit, request_limit,
          workers, checks, state, timeout, trust_proxy, render, log_level):
    """Run the web service: a form to paste a URL, /check?url= for the bookmarklet, permanent
    report links, and a JSON API (/api/v1, documented at /docs).

    \b
    The SSRF guard is always on: no option or request lets a check reach a local or
    private address. Reports are kept in the --db SQLite file unless --reports-db
    names another.
    \b
    Examples:
      cekresmi serve
      cekresmi serve --host 0.0.0.0 --port 8080 --public-url https://cek.example.org
      cekresmi serve --workers 2 --trust-proxy 127.0.0.1 --public-url https://cek.example.org
    """
    from checker.errors import CheckError
    from checker.ruleset.schema import RulesError
    from checker.web import Settings, create_app
    from checker.web.protocol import Limits
    from checker.web.serving import run

    lang = default_lang()
    wildcard = host.strip("[]") in ("0.0.0.0", "::", "")
    if wildcard and not public_url and not allowed_hosts:
        # Links are built from the Host of a request; on every interface we cannot know
        # which names are ours, and any name a request brings would do.
        raise fail(error_text(CheckError("serve_needs_public_url", host=host), lang))
    names = (*allowed_hosts, *(() if wildcard else (host.strip("[]"),)))
    settings = Settings(db=db, reports_db=reports_db, rules_dir=rules_dir,
                        template_dir=template_dir, public_url=public_url, allowed_hosts=names,
                        checks_per_minute=rate_limit,
                        requests_per_minute=request_limit, check_threads=checks,
                        fetch_timeout=timeout, render=render, state=state)
    try:
        # Built here even for several processes: a bad option, rule file or database is
        # one line now, not N tracebacks from the workers.
        app = create_app(settings)
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    except RulesError as exc:
        prefix = "Aturan tidak valid" if lang == "id" else "Invalid rules"
        raise fail(f"{prefix}: {exc}") from None
    proxies = [p.strip() for p in trust_proxy.split(",") if p.strip()]
    for proxy in proxies:
        try:
            ipaddress.ip_network(proxy, strict=False)
        except ValueError:
            raise fail(error_text(CheckError("serve_bad_proxy", value=proxy), lang)) from None
    limits = Limits(header_timeout=header_timeout, per_client=client_connections,
                    trusted=tuple(proxies))
    if workers > 1:
        from checker.web.app import close_app

        close_app(app)
        app = None
    run(settings, limits, host=host, port=port, workers=workers,
        max_connections=max_connections, log_level=log_level, app=app)
