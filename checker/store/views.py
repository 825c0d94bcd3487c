"""What makes the stored reports browsable (Datasette, sqlite3, any SQL client): views that
flatten the stored `cekresmi.report/1` JSON into one row per report, per finding and per
comparison, and the one-off rewrite of reports an older cekresmi stored in its tagged
encoding. docs/datasette/metadata.json titles and describes every view and column here.

The views read only the documented JSON keys, so they hold for every row written by any
cekresmi that writes that contract; a row that is not such JSON (one that could not be
migrated) simply has no rows in them.
"""

from __future__ import annotations

import sqlite3

from checker.report import codec
from checker.report.tagged import decode_tagged

__all__ = ["CRAWL_VIEWS", "WEB_VIEWS", "create_views", "upgrade_reports"]

# One comparison: the race and pair as the report names them, the page's figure (from the
# claim the comparison is about) and KPU's, both exact numbers cast for sorting and filters.
_COMPARISON = """
    json_extract(c.value, '$.race') AS race,
    json_extract(c.value, '$.pair') AS pair,
    json_extract(x.report, '$.claims[' || json_extract(c.value, '$.claim') || '].kind') AS kind,
    CASE json_extract(x.report, '$.claims[' || json_extract(c.value, '$.claim') || '].kind')
         WHEN 'votes' THEN 'votes' ELSE '%' END AS unit,
    CAST(json_extract(x.report, '$.claims[' || json_extract(c.value, '$.claim') || '].value')
         AS NUMERIC) AS page_value,
    CAST(json_extract(c.value, '$.official_value') AS NUMERIC) AS official_value,
    CAST(json_extract(c.value, '$.difference') AS NUMERIC) AS difference,
    json_extract(c.value, '$.status') AS status,
    json_extract(c.value, '$.reason') AS reason,
    json_extract(c.value, '$.tier') AS tier,
    json_extract(c.value, '$.as_of') AS official_time,
    json_extract(c.value, '$.official_page') AS official_page,
    json_extract(c.value, '$.source') AS official_source,
    json_extract(x.report, '$.claims[' || json_extract(c.value, '$.claim') || '].excerpt')
        AS excerpt"""

_FINDING = """
    json_extract(f.value, '$.code') AS code,
    json_extract(f.value, '$.severity') AS severity,
    json_extract(f.value, '$.confidence') AS confidence,
    json_extract(f.value, '$.title') AS title,
    json_extract(f.value, '$.message') AS message,
    json_extract(f.value, '$.evidence') AS evidence"""

_VERDICT = """
    json_extract(x.report, '$.verdict.title') AS verdict,
    json_extract(x.report, '$.figures_status') AS figures_status,
    json_extract(x.report, '$.source.final_url') AS final_url,
    json_extract(x.report, '$.source.registered_domain') AS registered_domain,
    json_extract(x.report, '$.source.hosting_platform') AS hosting_platform,
    json_extract(x.report, '$.source.page_title') AS page_title,
    json_array_length(x.report, '$.findings') AS findings,
    json_array_length(x.report, '$.comparisons') AS comparisons,
    json_extract(x.report, '$.source.sha256') AS document_sha256,
    json_extract(x.report, '$.rules_version') AS rules_version"""

# Only rows holding the documented JSON (json_each on anything else would stop the query).
_WEB_ROWS = ("(SELECT * FROM web_reports WHERE json_valid(report) "
             "AND json_extract(report, '$.schema') LIKE 'cekresmi.report/%') x")
_WEB_KEYS = "x.id AS report, x.created_at AS checked_at, x.url AS page, x.label"
_CRAWL_ROWS = ("(SELECT * FROM crawl_checks WHERE report IS NOT NULL AND json_valid(report) "
               "AND json_extract(report, '$.schema') LIKE 'cekresmi.report/%') x")
_CRAWL_KEYS = "x.crawl, x.url AS page, x.checked_at, x.label"

WEB_VIEWS = {
    "web_report_verdicts":
        f"SELECT {_WEB_KEYS}, x.kind, x.visibility, x.host, {_VERDICT} FROM {_WEB_ROWS}",
    "web_report_findings":
        f"SELECT {_WEB_KEYS}, {_FINDING} FROM {_WEB_ROWS}, json_each(x.report, '$.findings') f",
    "web_report_comparisons":
        f"SELECT {_WEB_KEYS}, {_COMPARISON} "
        f"FROM {_WEB_ROWS}, json_each(x.report, '$.comparisons') c",
}
CRAWL_VIEWS = {
    # Every check of a crawl, the failed ones too (their error instead of a verdict).
    "crawl_verdicts":
        f"SELECT x.crawl, x.url AS page, x.checked_at, x.label, x.host, x.http_status, "
        f"x.error, {_VERDICT} FROM (SELECT crawl, url, checked_at, label, host, http_status, "
        f"error, CASE WHEN json_valid(report) THEN report END AS report FROM crawl_checks) x",
    "crawl_findings":
        f"SELECT {_CRAWL_KEYS}, {_FINDING} "
        f"FROM {_CRAWL_ROWS}, json_each(x.report, '$.findings') f",
    "crawl_comparisons":
        f"SELECT {_CRAWL_KEYS}, {_COMPARISON} "
        f"FROM {_CRAWL_ROWS}, json_each(x.report, '$.comparisons') c",
}


def create_views(db: sqlite3.Connection, views: dict[str, str]) -> None:
    """(Re)create the views, inside the caller's transaction: a new cekresmi's views replace
    the old ones together with the schema version that says so."""
    for name, select in views.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {select}")


def upgrade_reports(db: sqlite3.Connection, table: str, rules=None) -> tuple[int, int]:
    """Rewrite every report of `table` still in the tagged encoding as the documented JSON,
    inside the caller's transaction (all or nothing). (rewritten, kept): a row that does not
    decode is kept exactly as it was, never dropped; codec.loads still reads what it can."""
    rows = db.execute(f"SELECT rowid, report FROM {table} "  # noqa: S608 - our own names
                      "WHERE report LIKE '{\"$dc\"%'").fetchall()
    done = kept = 0
    for rowid, text in rows:
        try:
            report = decode_tagged(text)
        except ValueError:
            kept += 1
            continue
        db.execute(f"UPDATE {table} SET report = ? WHERE rowid = ?",
                   (codec.dumps(report, rules), rowid))
        done += 1
    return done, kept
