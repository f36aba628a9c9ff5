"""The explainer generator: curated YAML in content/ to Markdown pages in docs/."""

__version__ = "0.1.0"
