"""The Scrapy project module of cekresmi (newsroom crawls).

Crawls call the same pure core as the CLI (checker.check_snapshot); one crawl runs per OS
process because Twisted's reactor cannot restart. Scrapy itself is imported only by the
crawl command, never by `cekresmi check`.
"""
