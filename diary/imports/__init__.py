"""Importing a diary kept elsewhere, or Overlap's own export: the file is read
(`files.py`), its format told from its header (`detect.py`), parsed by one module per app
into plain entries (`entries.py`), previewed, and imported in one transaction
(`services.py`). docs/imports.md describes the formats and the limits."""
