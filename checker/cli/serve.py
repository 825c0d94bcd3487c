"""`cekresmi serve`: the web service (checker.web) under uvicorn. Thin: options to Settings."""

from __future__ import annotations

import click

from checker.cli.options import db_option, default_lang, error_text, fail, rules_dir_option


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@db_option
@rules_dir_option
@click.option("--template-dir", type=click.Path(file_okay=False), envvar="CEKRESMI_TEMPLATE_DIR",
              help="Templates here override the bundled reports/ (rebranding).")
@click.option("--public-url", metavar="URL",
              help="The address readers reach the service at (https://cek.example.org); used "
                   "in bookmarklets and permanent links. Default: each request's own address.")
@click.option("--rate-limit", type=click.FloatRange(1, 100_000), default=30, show_default=True,
              help="New checks a minute per client (stored reports do not count).")
@click.option("--request-limit", type=click.FloatRange(1, 1_000_000), default=240,
              show_default=True, help="Requests a minute per client, of any kind.")
@click.option("--workers", type=click.IntRange(1, 64), default=4, show_default=True,
              help="Checks running at once (more wait in line; a full line gets 503).")
@click.option("--timeout", type=click.FloatRange(0.5, 300), default=15.0, show_default=True,
              help="Seconds allowed for fetching one page, redirects included.")
@click.option("--trust-proxy", metavar="IPS", default="",
              help="Comma-separated addresses of your reverse proxy: only then is its "
                   "X-Forwarded-For used to tell clients apart (rate limit).")
@click.option("--render", type=click.Choice(("auto", "always", "never")), default="auto",
              show_default=True, help="Render pages in Chromium, as `cekresmi check --render`.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True)
def serve(host, port, db, rules_dir, template_dir, public_url, rate_limit, request_limit,
          workers, timeout, trust_proxy, render, log_level):
    """Run the web service: a form to paste a URL, /check?url= for the bookmarklet, permanent
    report links, and a JSON API (/api/v1, documented at /docs).

    \b
    The SSRF guard is always on: no option or request lets a check reach a local or
    private address. Reports are kept in the --db SQLite file.
    \b
    Examples:
      cekresmi serve
      cekresmi serve --host 0.0.0.0 --port 8080 --public-url https://cek.example.org
    """
    import uvicorn

    from checker.errors import CheckError
    from checker.ruleset.schema import RulesError
    from checker.web import Settings, create_app

    settings = Settings(db=db, rules_dir=rules_dir, template_dir=template_dir,
                        public_url=public_url, checks_per_minute=rate_limit,
                        requests_per_minute=request_limit, workers=workers,
                        fetch_timeout=timeout, render=render)
    lang = default_lang()
    try:
        app = create_app(settings)
    except CheckError as exc:
        raise fail(error_text(exc, lang)) from None
    except RulesError as exc:
        prefix = "Aturan tidak valid" if lang == "id" else "Invalid rules"
        raise fail(f"{prefix}: {exc}") from None
    proxies = [p.strip() for p in trust_proxy.split(",") if p.strip()]
    uvicorn.run(app, host=host, port=port, log_level=log_level, proxy_headers=bool(proxies),
                forwarded_allow_ips=proxies or None, server_header=False,
                # A flood of connections gets 503s from uvicorn before it reaches the app;
                # idle keep-alive connections are dropped after 5 s.
                limit_concurrency=1000, timeout_keep_alive=5, h11_max_incomplete_event_size=16_384)
