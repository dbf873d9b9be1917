from io import BytesIO

import pytest
from django.urls import reverse
from PIL import Image

from praxisdialog.blog.models import Post
from tests.accounts.factories import StaffFactory
from tests.blog.factories import jpeg_with_gps, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    person = StaffFactory(is_superuser=True)
    client.force_login(person)
    return person


def _data(editor, **changes):
    return {
        "title": "Mit Foto",
        "slug": "mit-foto",
        "teaser": "Ein Bild sagt mehr.",
        "body": "Text",
        "author": str(editor.pk),
        "published_at_0": "2026-01-10",
        "published_at_1": "10:00:00",
        "image_alt": "Zwei Menschen an einer Werkbank",
        **changes,
    }


def test_an_uploaded_photo_is_stored_without_its_gps_position(client, editor):
    response = client.post(
        reverse("admin:blog_post_add"),
        _data(editor, image=upload(jpeg_with_gps(), name="IMG_0001.jpg")),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    post = Post.objects.get(slug="mit-foto")
    assert "IMG_0001" not in post.image.name
    with post.image.open("rb") as stored:
        image = Image.open(BytesIO(stored.read()))
        assert len(image.getexif()) == 0
        assert max(image.size) == 1600


def test_an_image_needs_alt_text_and_a_fake_image_is_refused(client, editor):
    response = client.post(
        reverse("admin:blog_post_add"),
        _data(editor, image_alt="", image=upload(jpeg_with_gps(size=(40, 30)))),
    )
    assert response.status_code == 200
    assert "Bitte beschreiben Sie das Bild" in response.content.decode()
    response = client.post(
        reverse("admin:blog_post_add"),
        _data(editor, image=upload(b"<?php echo 1; ?>", name="foto.jpg")),
    )
    assert response.status_code == 200
    # Django's image field refuses it first; blog.images would too (see test_images).
    assert "gültiges Bild" in response.content.decode()
    assert not Post.objects.exists()
