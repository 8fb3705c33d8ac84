"""``/api/search``: the public search for district sites and apps, the same engine as the
search page. ``/api/search/suggest`` completes a search box as the visitor types."""

import datetime
from typing import Literal

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from django.utils.translation import get_language

from . import engine
from .index.base import FACETS

router = Router(tags=["Tìm kiếm"])


class SearchQuery(Schema):
    q: str = Field(
        "", max_length=200, description="Từ khóa; có dấu hay không dấu, hoặc số ký hiệu."
    )
    kind: str | None = Field(
        None,
        description="legal_document, legal_news, infographic, video, leaflet, ebook, lecture, "
        "qa (hỏi đáp pháp luật), exchange (giao lưu trực tuyến)",
    )
    doc_type: str | None = Field(None, description="Đường dẫn (slug) của loại văn bản.")
    issuer: str | None = Field(None, description="Đường dẫn (slug) của cơ quan ban hành.")
    field: str | None = Field(None, description="Đường dẫn (slug) của lĩnh vực.")
    status: str | None = Field(None, description="Mã tình trạng hiệu lực, ví dụ con_hieu_luc.")
    year_from: int | None = Field(None, ge=1945, le=2100)
    year_to: int | None = Field(None, ge=1945, le=2100)
    unit: str | None = Field(None, description="Đường dẫn (slug) của đơn vị (trang nội dung).")
    sort: Literal["relevance", "newest", "oldest"] = "relevance"
    page: int = Field(1, ge=1)
    page_size: int = Field(engine.DEFAULT_PAGE_SIZE, ge=1, le=engine.MAX_PAGE_SIZE)


class SearchResultOut(Schema):
    kind: str
    title: str
    url: str | None
    summary: str
    highlight: str = Field(description="HTML: đoạn văn bản có từ khóa, từ khóa trong <mark>.")
    number: str
    issued_date: datetime.date | None
    status: str
    status_label: str
    kind_label: str


class SearchOut(Schema):
    count: int
    page: int
    page_size: int
    results: list[SearchResultOut]
    facets: dict[str, dict[str, int]] = Field(
        description="Số kết quả theo từng giá trị; mỗi nhóm được đếm với mọi bộ lọc trừ bộ "
        "lọc của chính nhóm đó."
    )
    labels: dict[str, dict[str, str]] = Field(description="Tên hiển thị của các giá trị facet.")


class SuggestionOut(Schema):
    title: str
    url: str | None
    number: str


class SuggestOut(Schema):
    suggestions: list[SuggestionOut]


def _language():
    return (get_language() or "vi").split("-")[0]


@router.get("", response=SearchOut, summary="Tìm văn bản pháp luật và nội dung")
def search(request, params: Query[SearchQuery]):
    try:
        response = engine.search(
            engine.Params(**params.dict(), language=_language()), request=request
        )
    except engine.InvalidSearch as error:
        raise HttpError(400, str(error)) from error
    return {
        "count": response.count,
        "page": params.page,
        "page_size": params.page_size,
        "results": [
            {**result.__dict__, "highlight": str(result.highlight)} for result in response.results
        ],
        "facets": {
            name: {item.value: item.count for item in response.facets[name]} for name in FACETS
        },
        "labels": {
            name: {item.value: item.label for item in response.facets[name]} for name in FACETS
        },
    }


class SuggestQuery(Schema):
    q: str = Field(..., min_length=1, max_length=100)
    limit: int = Field(8, ge=1, le=20)


@router.get("/suggest", response=SuggestOut, summary="Gợi ý khi gõ vào ô tìm kiếm")
def suggest(request, params: Query[SuggestQuery]):
    return {
        "suggestions": engine.suggest(
            params.q, limit=params.limit, language=_language(), request=request
        )
    }
