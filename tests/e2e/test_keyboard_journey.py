"""Without a mouse: a visitor registers for an event as a guest and confirms through the
mail; a newcomer signs up, confirms the address, contributes (choosing how to be shown
among radio buttons with the arrow keys), comments and registers for an event, with
nothing but Tab, Shift+Tab, the arrow keys, Enter, Space and typing, in German and in
Arabic. Every element that takes focus shows it (an outline or a ring), and the skip link
leads past the header to the content. Screenshots in screenshots/keyboard/."""

import re

import pytest
from django.core import mail
from playwright.sync_api import Browser, Page

from praxisdialog.contributions.models import Attribution, Contribution
from praxisdialog.discussion.models import Comment
from praxisdialog.events.models import Registration
from tests.calls.factories import CallFactory
from tests.contributions.factories import ContributionFactory
from tests.e2e.conftest import SCREENSHOTS
from tests.events.factories import EventFactory

# What the focused element looks like: a focus indicator is an outline that is drawn
# (a style other than none, a width above 0) or a box shadow.
FOCUS = """() => {
  const element = document.activeElement;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    element: element.outerHTML.slice(0, 120),
    text: element.innerText,
    outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== "none",
    shown: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
      && box.top < window.innerHeight && box.left < window.innerWidth,
  };
}"""

TEXTS = {
    "de": {
        "name": "Amal",
        "full_name": "Amal Haddad",
        "guest": "Mira Gast",
        "title": "Tandem an der Drehbank",
        "answer": "Wir haben jeden Morgen zusammen gearbeitet und voneinander gelernt.",
        "comment": "Das haben wir in unserer Bäckerei auch so gemacht.",
    },
    "ar": {
        "name": "أمل",
        "full_name": "أمل حداد",
        "guest": "ميرا",
        "title": "تدريب مشترك في المخبز",
        "answer": "عملنا معاً كل صباح وتعلمنا من بعضنا البعض.",
        "comment": "جربنا ذلك في مخبزنا أيضاً.",
    },
}


class Keyboard:
    """Moves through a page as a keyboard user does, and checks each stop."""

    def __init__(self, page: Page, language: str):
        self.page = page
        self.language = language
        self.stops = 0
        self.shots = 0

    def tab_to(self, selector: str, *, backwards: bool = False, limit: int = 120) -> None:
        """Tab (or Shift+Tab) until `selector` has focus; every stop must show its focus."""
        for _ in range(limit):
            self.page.keyboard.press("Shift+Tab" if backwards else "Tab")
            focus = self.visible_focus()
            self.stops += 1
            if self.page.evaluate("s => document.activeElement.matches(s)", selector):
                assert focus["shown"], f"the focused element is off screen: {focus['element']}"
                return
        raise AssertionError(f"{selector} was not reached with the keyboard")

    def visible_focus(self) -> dict:
        focus = self.page.evaluate(FOCUS)
        assert focus is not None, "focus left the page"
        assert focus["outline"] or focus["shadow"], f"no visible focus: {focus['element']}"
        return focus

    def type_into(self, selector: str, text: str) -> None:
        self.tab_to(selector)
        self.page.keyboard.type(text)

    def press(self, key: str) -> None:
        self.page.keyboard.press(key)

    def submit(self, selector: str = "main form button[type=submit]") -> None:
        self.tab_to(selector)
        with self.page.expect_navigation():
            self.press("Enter")

    def skip_to_content(self) -> None:
        """The first stop of a page is the skip link, shown when focused; it moves focus to
        the main content, so the next Tab lands there and not in the header."""
        self.page.keyboard.press("Tab")
        focus = self.page.evaluate(FOCUS)
        assert self.page.evaluate("document.activeElement.matches('a.skip-link')")
        assert focus["shown"] and (focus["outline"] or focus["shadow"]), focus
        self.shoot("skip-link", full_page=False)
        self.press("Enter")
        assert self.page.evaluate("document.activeElement.id") == "main"

    def shoot(self, name: str, *, full_page: bool = False) -> None:
        folder = SCREENSHOTS / "keyboard"
        folder.mkdir(parents=True, exist_ok=True)
        self.shots += 1
        path = folder / f"{self.language}-{self.shots:02d}-{name}.png"
        self.page.screenshot(path=path, full_page=full_page)


def _last_option(page: Page, select: str) -> str:
    return page.evaluate("s => [...document.querySelector(s).options].at(-1).text", select)


def _path_in(message, pattern: str) -> str:
    link = re.search(rf"https?://\S+{pattern}", message.body).group(0)
    return "/" + link.split("/", 3)[3]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_sign_up_contribute_comment_and_register_with_the_keyboard(
    live_server, browser: Browser, language
):
    call = CallFactory()
    questions = list(call.questions.filter(required=True))
    published = ContributionFactory(call=call)
    event = EventFactory(call=call)
    text = TEXTS[language]
    email = f"tastatur-{language}@example.org"
    context = browser.new_context(locale=language, viewport={"width": 1280, "height": 860})
    page = context.new_page()
    keys = Keyboard(page, language)

    # A guest registers for the event, opens the optional questions with the keyboard
    # and confirms the seat through the link in the mail.
    guest_email = f"gast-{language}@example.org"
    page.goto(live_server.url + event.get_absolute_url())
    keys.skip_to_content()
    keys.type_into("#id_name", text["guest"])
    keys.type_into("#id_email", guest_email)
    keys.tab_to("main form details summary")
    keys.press("Enter")
    keys.tab_to("#id_list_consent")
    keys.press("Space")
    assert page.is_checked("#id_list_consent")
    keys.shoot("guest-registration")
    keys.submit(f"form[action='/events/{event.pk}/register/'] button[type=submit]")
    guest = Registration.objects.get(event=event, email=guest_email)
    assert guest.status == Registration.Status.PENDING
    assert mail.outbox[-1].to == [guest_email]
    page.goto(live_server.url + _path_in(mail.outbox[-1], r"/events/r/[\w-]+/"))
    keys.skip_to_content()
    keys.submit("form[action$='/confirm/'] button[type=submit]")
    guest.refresh_from_db()
    assert guest.status == Registration.Status.CONFIRMED
    assert guest.list_consent
    keys.shoot("guest-confirmed")

    # Sign up from the call's page: the header's link, then the form.
    page.goto(live_server.url + call.get_absolute_url())
    keys.tab_to("header a[href='/accounts/signup/']")
    keys.shoot("header-link")
    with page.expect_navigation():
        keys.press("Enter")
    keys.skip_to_content()
    keys.type_into("#id_email", email)
    keys.type_into("#id_display_name", text["name"])
    keys.type_into("#id_password1", "ein-langes-passwort-7")
    keys.type_into("#id_password2", "ein-langes-passwort-7")
    keys.shoot("sign-up")
    keys.submit()
    page.goto(live_server.url + _path_in(mail.outbox[-1], r"/accounts/confirm-email/\S+/"))
    keys.skip_to_content()
    keys.submit()

    # Contribute: from the call's page to the form, every required answer, role and
    # setting typed into their closed selects, consent with the space bar.
    page.goto(live_server.url + call.get_absolute_url())
    keys.skip_to_content()
    keys.tab_to(f"main a[href='/calls/{call.slug}/contribute/']")
    with page.expect_navigation():
        keys.press("Enter")
    keys.skip_to_content()
    keys.type_into("#id_title", text["title"])
    for question in questions:
        keys.type_into(f"#id_answer_{question.pk}", text["answer"])
    for select in ("#id_role", "#id_setting"):
        # A closed select moves to its last option with End, in any script of the labels.
        keys.tab_to(select)
        keys.press("End")
        assert page.input_value(select)
        assert page.evaluate("s => document.querySelector(s).selectedOptions[0].text", select) == (
            _last_option(page, select)
        )
    # How to be shown: Tab lands on the chosen radio button (the display name); the arrow
    # keys move the choice within the group, down to "anonymously", then up twice to
    # "under my real name", which asks for the name.
    keys.tab_to("input[name=attribution]:checked")
    assert page.input_value("input[name=attribution]:checked") == Attribution.PSEUDONYM
    keys.press("ArrowDown")
    keys.visible_focus()
    assert page.is_checked(f"input[name=attribution][value={Attribution.ANONYMOUS}]")
    keys.press("ArrowUp")
    keys.press("ArrowUp")
    focus = keys.visible_focus()
    assert page.is_checked(f"input[name=attribution][value={Attribution.REAL_NAME}]"), focus
    keys.shoot("attribution")
    keys.type_into("#id_full_name", text["full_name"])
    keys.tab_to("#id_consent")
    keys.press("Space")
    assert page.is_checked("#id_consent")
    keys.shoot("contribution-form")
    keys.submit("main form button[name=submit]")
    contribution = Contribution.objects.get(title=text["title"])
    assert contribution.status == Contribution.Status.SUBMITTED
    assert contribution.attribution == Attribution.REAL_NAME
    assert contribution.author.full_name == text["full_name"]
    keys.shoot("contribution-sent", full_page=True)

    # Comment on a published contribution.
    page.goto(live_server.url + published.get_absolute_url())
    keys.skip_to_content()
    keys.type_into("#comment-form textarea", text["comment"])
    keys.shoot("comment")
    keys.tab_to("#comment-form button[type=submit]")
    keys.press("Enter")
    # The comments are swapped in place (htmx) and the focus moves to the new comment,
    # visibly, so that the next Tab goes on from there.
    page.locator("article.comment", has_text=text["comment"]).wait_for()
    page.wait_for_function("document.activeElement.matches('article.comment')")
    assert text["comment"] in keys.visible_focus()["text"]
    keys.shoot("comment-posted")
    assert Comment.objects.filter(text=text["comment"], author=contribution.author).exists()

    # Register for the event: one button for a confirmed account.
    page.goto(live_server.url + event.get_absolute_url())
    keys.skip_to_content()
    keys.submit(f"form[action='/events/{event.pk}/register/'] button[type=submit]")
    registration = Registration.objects.get(event=event, user=contribution.author)
    assert registration.status == Registration.Status.CONFIRMED
    keys.shoot("registered", full_page=True)
    assert keys.stops > 20
    context.close()
