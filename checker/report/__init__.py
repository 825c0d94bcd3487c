"""Words on a Report: the output formats (Jinja2 templates in reports/), the figures tables,
the evidence section, error messages, all-or-nothing files, and the stored-report codec."""
