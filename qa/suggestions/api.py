"""``/api/qa/suggestions``: while a citizen types a question (on the portal, in a
commune's embed or in an app), the published answers and the articles of the bookshelf
that may already answer it."""

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError

from django.utils.translation import get_language

from .query import UnknownField, suggest

router = Router(tags=["Hỏi đáp pháp luật"])

# Fewer letters than this say too little to suggest anything.
MIN_LENGTH = 3
MAX_LENGTH = 500


class SuggestionsQuery(Schema):
    q: str = Field(
        "",
        max_length=MAX_LENGTH,
        description="Câu hỏi đang gõ, có dấu hay không dấu. Dưới 3 ký tự: không gợi ý.",
    )
    field: str | None = Field(
        None,
        description="Đường dẫn (slug) của lĩnh vực pháp luật người hỏi đã chọn; câu trả lời "
        "và văn bản thuộc lĩnh vực này được ưu tiên.",
    )
    limit: int = Field(5, ge=1, le=10, description="Số gợi ý tối đa của mỗi loại.")


class AnswerSuggestionOut(Schema):
    title: str = Field(description="Tiêu đề câu hỏi đã được trả lời.")
    url: str | None
    snippet: str = Field(description="Tóm tắt hoặc đầu câu hỏi, văn bản thuần.")


class ArticleSuggestionOut(Schema):
    title: str = Field(description='Tên điều, ví dụ "Ly hôn theo yêu cầu của một bên".')
    label: str = Field(description='Điều như trong mục lục: "Điều 56. Ly hôn theo yêu cầu…".')
    document_title: str
    document_number: str = Field(description='Số ký hiệu, hoặc "Không số".')
    url: str | None = Field(description="Địa chỉ văn bản trên tủ sách, kèm neo của điều.")
    snippet: str = Field(description="Đầu nội dung của điều, văn bản thuần.")


class SuggestionsOut(Schema):
    answers: list[AnswerSuggestionOut]
    articles: list[ArticleSuggestionOut]


def _language():
    return (get_language() or "vi").split("-")[0]


@router.get(
    "",
    response=SuggestionsOut,
    summary="Gợi ý câu trả lời đã đăng và điều luật khi gõ câu hỏi",
)
def suggestions(request, params: Query[SuggestionsQuery]):
    if len(params.q.strip()) < MIN_LENGTH:
        return {"answers": [], "articles": []}
    try:
        found = suggest(
            params.q,
            language=_language(),
            field=params.field,
            limit=params.limit,
            request=request,
        )
    except UnknownField as error:
        raise HttpError(400, f"field: không có lĩnh vực pháp luật '{error}'.") from error
    return {
        "answers": [
            {"title": answer.title, "url": answer.url, "snippet": answer.snippet}
            for answer in found.answers
        ],
        "articles": [
            {
                "title": article.title,
                "label": article.label,
                "document_title": article.document_title,
                "document_number": article.document_number,
                "url": article.url,
                "snippet": article.snippet,
            }
            for article in found.articles
        ],
    }
