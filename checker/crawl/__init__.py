"""Newsroom crawls around the Scrapy project (spiders/): running a crawl in a child process
(run), Redis mode (shared), which links to follow (discover), the digest (digest,
digest_files) and alerts (notify)."""
