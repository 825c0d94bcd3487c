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

def _extract(source: str, *columns: str) -> str:
    """`json_extract(source, '$.path') AS name` for each "path" or "path name" given: the
    views' columns are plain reads of documented keys, listed once here."""
    out = []
    for column in columns:
        path, _, name = column.partition(" ")
        out.append(f"json_extract({source}, '$.{path}') AS {name or path.rpartition('.')[2]}")
    return ", ".join(out)


# The claim a comparison is about, inside the stored report.
_CLAIM = "json_extract(x.report, '$.claims[' || json_extract(c.value, '$.claim') || ']')"

# One comparison: the race and pair as the report names them, the page's figure (from the
# claim the comparison is about) and KPU's, both exact numbers cast for sorting and filters.
_COMPARISON = (
    f"{_extract('c.value', 'race', 'pair')}, {_extract(_CLAIM, 'kind')}, "
    f"CASE json_extract({_CLAIM}, '$.kind') WHEN 'votes' THEN 'votes' ELSE '%' END AS unit, "
    f"CAST(json_extract({_CLAIM}, '$.value') AS NUMERIC) AS page_value, "
    "CAST(json_extract(c.value, '$.official_value') AS NUMERIC) AS official_value, "
    "CAST(json_extract(c.value, '$.difference') AS NUMERIC) AS difference, "
    + _extract("c.value", "status", "reason", "tier", "as_of official_time", "official_page",
               "source official_source")
    + f", {_extract(_CLAIM, 'excerpt')}")

_FINDING = _extract("f.value", "code", "severity", "confidence", "title", "message", "evidence")

_VERDICT = (
    _extract("x.report", "verdict.title verdict", "figures_status", "source.final_url",
             "source.registered_domain", "source.hosting_platform", "source.page_title")
    + ", json_array_length(x.report, '$.findings') AS findings, "
    "json_array_length(x.report, '$.comparisons') AS comparisons, "
    + _extract("x.report", "source.sha256 document_sha256", "rules_version"))

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
