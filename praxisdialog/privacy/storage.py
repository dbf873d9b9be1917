"""Where data exports live: a private folder outside MEDIA_ROOT, never served directly."""

from pathlib import Path

from django.conf import settings


def export_dir() -> Path:
    path = Path(settings.DATA_EXPORT_DIR)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def export_path(export) -> Path | None:
    if not export.file_name:
        return None
    return Path(settings.DATA_EXPORT_DIR) / export.file_name


def export_file_delete(export) -> None:
    path = export_path(export)
    if path is not None:
        path.unlink(missing_ok=True)
