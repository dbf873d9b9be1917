from django import forms

from .images import clean_image
from .models import Post


class PostAdminForm(forms.ModelForm):
    """The staff form for posts: an uploaded image is checked and re-encoded here, so
    only a clean file ever reaches the storage."""

    class Meta:
        model = Post
        fields = [
            "title",
            "slug",
            "teaser",
            "body",
            "author",
            "published_at",
            "image",
            "image_alt",
            "categories",
            "call",
            "is_synthesis",
        ]

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image and image is not self.initial.get("image") and hasattr(image, "content_type"):
            return clean_image(image)
        return image
