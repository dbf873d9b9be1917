"""Where files live, and who may fetch them.

MEDIA_ROOT holds only what anybody may see (blog images under random names); it is
served at MEDIA_URL, public prefixes only (core.views.public_media, or the proxy).
Files the site generates or keeps for some people only (dossiers, data exports) live in
PRIVATE_ROOT, outside MEDIA_ROOT: they have no URL of their own and leave only through a
view that checks permission first, in development as in production."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import cached_property


class PrivateStorage(FileSystemStorage):
    """A file system storage under PRIVATE_ROOT whose files have no URL."""

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_ROOT)

    @cached_property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("A private file has no URL; a view that checks permission serves it.")

    def _clear_cached_properties(self, setting, **kwargs):
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_ROOT":
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def private_storage():
    """The storage of private files, for `FileField(storage=private_storage)`."""
    return storages["private"]
