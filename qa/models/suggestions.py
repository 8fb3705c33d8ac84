"""The index behind the suggestions shown while a citizen types a question: published
answers and articles (Điều) of the documents on the bookshelf that share its words
(``qa.suggestions``).

Three tables, written only by ``qa.suggestions.writing``:

- ``SuggestionTerm``: every folded word and pair of adjacent words met, in a namespace
  that says where it was met ("a:" in an answer, "l:" in an article's label, "t:" in a
  document's title, …), with the number of entries that hold it: how rare a word is
  there decides how much sharing it counts.
- ``SuggestionEntry``: a published answer, a document (its title) or one of its
  articles (its label). Each holds its terms and the weight of the field they were
  met in, packed (``qa.suggestions.packing``), so a few hundred candidates are scored
  from a few hundred rows.
- ``SuggestionPosting``: which entries hold each term, to find candidates by the
  question's rarer words (not kept for the commonest terms).

What a suggestion shows is read from the pages and documents themselves when it is
shown, and only if they are still published and public; only an article's label and
first words are kept here, written from the published document.
"""

from django.db import models


class SuggestionTerm(models.Model):
    text = models.CharField(max_length=100, unique=True)
    entries = models.PositiveIntegerField(default=0)
    # Whether the term's postings are kept. Once a term is held by so many entries that
    # reading them would cost more than a suggestion may take (``writing.POSTINGS_CAP``),
    # they are dropped: candidates are found by rarer words.
    postings_kept = models.BooleanField(default=True)

    class Meta:
        verbose_name = "từ của chỉ mục gợi ý"
        verbose_name_plural = "từ của chỉ mục gợi ý"

    def __str__(self):
        return self.text


class SuggestionEntry(models.Model):
    class Kind(models.IntegerChoices):
        ANSWER = 1, "Câu trả lời đã đăng"
        DOCUMENT = 2, "Văn bản"
        ARTICLE = 3, "Điều của văn bản"

    kind = models.PositiveSmallIntegerField(choices=Kind)
    # The QuestionAnswerPage's page id, or the LegalDocument's id (for its articles too).
    object_id = models.PositiveIntegerField()
    # An article's document entry.
    parent_id = models.PositiveIntegerField(null=True, blank=True)
    anchor = models.CharField(max_length=64, blank=True)
    label = models.CharField(max_length=255, blank=True)
    # An article's first words, shown under its label.
    snippet = models.CharField(max_length=255, blank=True)
    # An answer's language; documents are read in any language.
    language = models.CharField(max_length=8, blank=True)
    # Among equals: newer first (days since 0001-01-01), what still applies first.
    day = models.PositiveIntegerField(default=0)
    current = models.BooleanField(default=True)
    # The legal fields' ids, as ",3,7,".
    legal_fields = models.CharField(max_length=255, blank=True)
    terms = models.BinaryField()
    # An answer: how much its question's words weigh, for ``similar_answers``.
    question_weight = models.FloatField(default=0)

    class Meta:
        verbose_name = "mục của chỉ mục gợi ý"
        verbose_name_plural = "mục của chỉ mục gợi ý"
        indexes = [
            models.Index(fields=["kind", "object_id"], name="qa_suggestion_object"),
            models.Index(fields=["parent_id"], name="qa_suggestion_parent"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.object_id} {self.anchor}".strip()


class SuggestionPosting(models.Model):
    pk = models.CompositePrimaryKey("term_id", "entry_id")
    term_id = models.IntegerField()
    entry_id = models.IntegerField()

    class Meta:
        verbose_name = "vị trí từ của chỉ mục gợi ý"
        verbose_name_plural = "vị trí từ của chỉ mục gợi ý"

    def __str__(self):
        return f"{self.term_id} → {self.entry_id}"
