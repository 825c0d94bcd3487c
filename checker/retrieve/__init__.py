"""Getting a page into a Snapshot: the guarded fetcher (fetch, guard, decode), web archives
(archive, warc, wacz) and the browser capture (capture). The only package that touches the
network or the browser."""
