"""Scrapy settings for cekresmi crawls: polite by default (robots.txt, autothrottle, an
honest User-Agent, few requests per domain). Plain constants: importing this module does not
import Scrapy."""

BOT_NAME = "cekresmi"
SPIDER_MODULES = ["spiders"]
USER_AGENT = "cekresmi/0.1 (+https://github.com/cekresmi/cekresmi; election-page checker)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_TIMEOUT = 15
DOWNLOAD_MAXSIZE = 5_000_000
REDIRECT_MAX_TIMES = 10
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
