from datetime import timedelta
from io import BytesIO

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from praxisdialog.blog.models import Category, Post
from tests.accounts.factories import StaffFactory


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Rubrik {n}")
    slug = factory.Sequence(lambda n: f"rubrik-{n}")


class PostFactory(factory.django.DjangoModelFactory):
    """A post published a minute ago, without an image."""

    class Meta:
        model = Post
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Neuigkeit {n}")
    slug = factory.Sequence(lambda n: f"neuigkeit-{n}")
    teaser = "Was sich im Dialog getan hat."
    body = "Ein **wichtiger** Absatz."
    author = factory.SubFactory(StaffFactory)
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(minutes=1))

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)


def jpeg_with_gps(*, size=(2400, 1800), orientation: int | None = None) -> bytes:
    """A JPEG carrying camera and GPS metadata, as a phone would write it."""
    image = Image.new("RGB", size, (200, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (51.0, 20.0, 15.0)
    gps[3] = "E"
    gps[4] = (12.0, 22.0, 30.0)
    output = BytesIO()
    image.save(output, "JPEG", exif=exif)
    return output.getvalue()


def upload(content: bytes, name: str = "foto.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)
