"""Reference data and patterns, as data files: gazetteers (TSV) and cue patterns (TOML)."""
