from django.db import models


class SearchEntry(models.Model):
    """The searchable text of one thing people wrote, one row per object.

    Rows are written by database triggers on the owners' tables (see sql.py), never by
    Python code: every way text changes (a form, the admin, a redaction, an erasure, a
    bulk load) keeps the index in step. The id is derived from the source row
    (`object_id * 8 + code of the kind`), so a trigger finds its row by primary key.

    Whether a reader may see an entry is not stored here: it is asked of the owning app
    at query time (core/targets.py, `searchable`), so a hidden comment or a call set
    back to draft disappears from search at once."""

    id = models.BigIntegerField(primary_key=True)
    kind = models.CharField(max_length=20)
    object_id = models.BigIntegerField()
    title = models.TextField(blank=True)
    body = models.TextField(blank=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id"], name="search_entry_object")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"
