"""The pure core: a Snapshot becomes a Page (page, pagedata, hosts), the registered checks
(checks/) turn it into Findings, the verdict table (verdict) picks one label; pipeline
ties them together (check_snapshot). No I/O."""
