"""The machine translation services: a LibreTranslate-compatible server, or DeepL.

Only `translation_enabled` and `engine` are asked by the rest of the platform; the
services (services.py) hand texts to the engine and store what comes back."""

import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache


def translation_enabled() -> bool:
    """Whether an operator configured a service; without one nothing is translated and
    no page says it would be."""
    return bool(settings.TRANSLATION_URL)


class TranslationFailed(Exception):
    """The service could not be reached or refused the request; the task tries again."""


@dataclass(frozen=True)
class Engine:
    """One service. `translate` takes several texts in one request (the service batches)."""

    name: str
    url: str
    api_key: str
    timeout: float

    def _request(self, method: str, path: str, payload: dict | None = None, headers=None):
        data = json.dumps(payload).encode() if payload is not None else None
        request = urllib.request.Request(  # noqa: S310 - the operator's configured http(s) URL
            self.url + path,
            data=data,
            method=method,
            headers={"Content-Type": "application/json", "Accept": "application/json"}
            | (headers or {}),
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                return json.loads(response.read().decode() or "null")
        except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
            raise TranslationFailed(f"{self.name}: {error}") from error

    def languages(self) -> set[str]:
        raise NotImplementedError

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        raise NotImplementedError


class LibreTranslate(Engine):
    """POST /translate with q (a list: one request for every text of a version),
    source, target, format; GET /languages."""

    def languages(self) -> set[str]:
        answer = self._request("GET", "/languages")
        if not isinstance(answer, list):
            raise TranslationFailed("libretranslate: unexpected answer to /languages")
        codes = set()
        for entry in answer:
            if isinstance(entry, dict) and isinstance(entry.get("code"), str):
                codes.add(entry["code"])
                codes.update(t for t in entry.get("targets", []) if isinstance(t, str))
        return codes

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        payload = {"q": texts, "source": source, "target": target, "format": "text"}
        if self.api_key:
            payload["api_key"] = self.api_key
        answer = self._request("POST", "/translate", payload)
        translated = answer.get("translatedText") if isinstance(answer, dict) else None
        if isinstance(translated, str):
            translated = [translated]
        if not isinstance(translated, list) or len(translated) != len(texts):
            raise TranslationFailed("libretranslate: unexpected answer to /translate")
        return [str(text) for text in translated]


class DeepL(Engine):
    """DeepL's API (v2): POST /v2/translate with text[], GET /v2/languages."""

    def _auth(self) -> dict:
        return {"Authorization": f"DeepL-Auth-Key {self.api_key}"}

    def languages(self) -> set[str]:
        answer = self._request("GET", "/v2/languages?type=target", headers=self._auth())
        if not isinstance(answer, list):
            raise TranslationFailed("deepl: unexpected answer to /v2/languages")
        return {
            str(entry.get("language", "")).split("-")[0].lower()
            for entry in answer
            if isinstance(entry, dict)
        }

    def translate(self, texts: list[str], *, source: str, target: str) -> list[str]:
        payload = {"text": texts, "source_lang": source.upper(), "target_lang": target.upper()}
        answer = self._request("POST", "/v2/translate", payload, headers=self._auth())
        items = answer.get("translations") if isinstance(answer, dict) else None
        if not isinstance(items, list) or len(items) != len(texts):
            raise TranslationFailed("deepl: unexpected answer to /v2/translate")
        return [str(item.get("text", "")) for item in items]


ENGINES = {"libretranslate": LibreTranslate, "deepl": DeepL}


def engine() -> Engine | None:
    if not translation_enabled():
        return None
    cls = ENGINES.get(settings.TRANSLATION_ENGINE, LibreTranslate)
    return cls(
        name=settings.TRANSLATION_ENGINE if cls is not LibreTranslate else "libretranslate",
        url=settings.TRANSLATION_URL,
        api_key=settings.TRANSLATION_API_KEY,
        timeout=settings.TRANSLATION_TIMEOUT,
    )


LANGUAGES_CACHE_SECONDS = 3600


# This process's copy of the shared cache entry, so a page asks the cache once a minute.
_LOCAL: dict[str, tuple[float, frozenset[str]]] = {}
LOCAL_SECONDS = 60


def offered_languages() -> frozenset[str]:
    """The target languages the service offers, asked once an hour; empty when there is
    no service or it cannot be reached (nothing is then promised)."""
    current = engine()
    if current is None:
        return frozenset()
    key = f"translation:languages:{current.name}:{current.url}"
    now = time.monotonic()
    local = _LOCAL.get(key)
    if local is not None and now - local[0] < LOCAL_SECONDS:
        return local[1]
    codes = cache.get(key)
    if codes is None:
        try:
            codes = sorted(current.languages())
        except TranslationFailed:
            return frozenset()
        cache.set(key, codes, LANGUAGES_CACHE_SECONDS)
    _LOCAL[key] = (now, frozenset(codes))
    return _LOCAL[key][1]


def forget_offered_languages() -> None:
    """Ask the service again on the next occasion (tests, a changed configuration)."""
    _LOCAL.clear()
    current = engine()
    if current is not None:
        cache.delete(f"translation:languages:{current.name}:{current.url}")
