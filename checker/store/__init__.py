"""SQLite: one base for opening and writing a file all or nothing (sqlite), the permanent
reports of the web service (reports), watch-lists and crawl history (crawls)."""
