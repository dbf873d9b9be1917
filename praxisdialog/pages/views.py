from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from praxisdialog.calls.selectors import call_get_for_display
from praxisdialog.core.models import SiteSettings
from praxisdialog.core.ratelimit import RateLimited, client_ip

from . import services
from .forms import ContactForm
from .models import Page
from .selectors import page_get_for_display
from .sitemap import sitemap_entries


def page_detail(request, slug: str):
    page = page_get_for_display(slug=slug)
    if page is None:
        raise Http404
    context = {"page": page}
    if page.kind == Page.Kind.IMPRINT:
        context["imprint"] = SiteSettings.load()
    return render(request, "pages/page_detail.html", context)


def _contact_call(request):
    slug = request.GET.get("call", "")
    if not slug:
        return None
    call = call_get_for_display(slug=slug[:80], user=request.user)
    if call is None:
        raise Http404
    return call


def contact(request):
    call = _contact_call(request)
    status = 200
    if request.method == "POST":
        form = ContactForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.contact_send(
                    message=services.ContactMessage(
                        name=data["name"],
                        email=data["email"],
                        message=data["message"],
                        send_copy=data.get("send_copy", False),
                    ),
                    call=call,
                    user=request.user,
                    ip=client_ip(request),
                    language=translation.get_language(),
                )
            except RateLimited as limited:
                form.add_error(None, limited.message)
                status = 429
            else:
                messages.success(request, _("Thank you! Your message has been sent."))
                return redirect(request.get_full_path())
        else:
            status = 400
    else:
        form = ContactForm(user=request.user)
    return render(request, "pages/contact.html", {"form": form, "call": call}, status=status)


@require_GET
def sitemap(request):
    return render(
        request,
        "pages/sitemap.xml",
        {"entries": sitemap_entries(request)},
        content_type="application/xml; charset=utf-8",
    )


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /account/",
        "Disallow: /accounts/",
        "Disallow: /api/",
        "Disallow: /moderation/",
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
