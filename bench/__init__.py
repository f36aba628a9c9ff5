"""The scale benchmark: a synthetic corpus (corpus.py) and the measurements (run.py)."""
