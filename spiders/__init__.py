"""The Scrapy project module of cekresmi (newsroom crawls).

Crawls check each response as the CLI and the web do (checker.service.check_one); one
crawl runs per OS process because Twisted's reactor cannot restart. Scrapy itself is
imported only by the crawl command, never by `cekresmi check`.
"""
