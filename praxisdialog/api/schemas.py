"""The one error answer of the API: `detail` is a sentence for people, or for 422 the
list of field errors (`type`, `loc`, `msg`)."""

from ninja import Schema


class ErrorOut(Schema):
    detail: str | list[dict]
