"""The API docs page speaks the reader's language in its frame, but Swagger UI and the
schema are English and run left to right: on an Arabic page they are marked so, or the
bidirectional algorithm moves the slashes of paths and the brackets of "Bearer <token>"."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("de", "ltr")])
def test_the_swagger_area_is_english_left_to_right_on_every_page(client, language, direction):
    response = client.get("/api/v1/docs", headers={"accept-language": language})
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(rf'<html lang="{language}" dir="{direction}">', html)
    main = re.search(r'<main id="swagger-ui"[^>]*>', html).group(0)
    assert 'lang="en"' in main
    assert 'dir="ltr"' in main
