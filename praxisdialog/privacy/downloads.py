"""Serving uploaded files safely: always as a download, never rendered by the browser
in the site's origin, with the type fixed by what the upload check let through."""

import mimetypes

from django.http import FileResponse


def attachment_response(field_file, *, filename: str | None = None) -> FileResponse:
    name = filename or field_file.name.rsplit("/", 1)[-1]
    content_type = mimetypes.guess_type(field_file.name)[0] or "application/octet-stream"
    response = FileResponse(
        field_file.open("rb"), as_attachment=True, filename=name, content_type=content_type
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
