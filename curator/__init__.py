"""sft-curator: lint and curate LLM fine-tuning corpora."""

__version__ = "0.1.0"
