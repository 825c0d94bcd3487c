"""The web service (`cekresmi serve`): a form, a bookmarklet target, permanent report links and
a JSON API over the same core as `cekresmi check`. FastAPI loads only when this is imported.

    from checker.web import Settings, create_app
    app = create_app(Settings(db="reports.sqlite3"))
"""

from checker.web.app import create_app
from checker.web.settings import Settings

__all__ = ["Settings", "create_app"]
