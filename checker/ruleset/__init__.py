"""The rules as data: rules/*.yaml loaded strictly into one frozen RuleSet (load), the
validator (schema), and how figures are read from pages (figures: rules/figures.yaml).
Reads files only in load_rules; everything else is pure."""
