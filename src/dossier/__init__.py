"""Dossier: turn a bundle of news articles into a sourced briefing.

>>> import dossier
>>> articles = dossier.read("examples/korea-2017")
>>> briefing = dossier.brief(articles, summary_words=120)
>>> briefing.summary[0].outlets
"""

__version__ = "0.1.0"

from dossier.analyze import analyze
from dossier.ingest import read, read_all
from dossier.model import Article, ArticleAnalysis, Briefing
from dossier.story import brief

__all__ = [
    "Article",
    "ArticleAnalysis",
    "Briefing",
    "__version__",
    "analyze",
    "brief",
    "read",
    "read_all",
]
