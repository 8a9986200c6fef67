"""Task: clean a batch of articles into documents (segments, language, trailer, publication date)."""

from __future__ import annotations

from collections.abc import Sequence

from prefect import task
from prefect.cache_policies import NO_CACHE

from eventlake.documents import build_document
from eventlake.language import make_detector
from eventlake.records import Document, RawArticle
from eventlake.settings import DetectorName


@task(name="clean-batch", cache_policy=NO_CACHE)
def clean_batch_task(articles: Sequence[RawArticle], detector_name: DetectorName, seed: int) -> list[Document]:
    detector = make_detector(detector_name, seed)
    return [build_document(article, detector) for article in articles]
