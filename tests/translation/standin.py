"""A LibreTranslate-compatible stand-in on 127.0.0.1 for the tests (real models cannot
be downloaded here). It answers GET /languages and POST /translate like LibreTranslate:
q may be one text or a list; the translation is the text marked with its target
language ("[de] …"), or what `glossary` holds for it. It records every request and can
be told to fail."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LANGUAGES = ["de", "en", "ar", "fa", "uk", "tr", "ru"]


class StandIn:
    def __init__(self, languages=LANGUAGES):
        self.languages = list(languages)
        self.requests: list[dict] = []
        self.glossary: dict[tuple[str, str], str] = {}
        self.fail = False
        self.api_key = ""
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status: int, payload) -> None:
                body = json.dumps(payload, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path.startswith("/v2/languages"):  # DeepL's form
                    return self._answer(200, [{"language": c.upper()} for c in owner.languages])
                if self.path != "/languages":
                    return self._answer(404, {"error": "not found"})
                codes = owner.languages
                return self._answer(200, [{"code": c, "name": c, "targets": codes} for c in codes])

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                payload = json.loads(self.rfile.read(length) or b"{}")
                if self.path == "/v2/translate":  # DeepL's form
                    with owner._lock:
                        owner.requests.append(payload)
                    target = str(payload.get("target_lang", "")).lower()
                    texts = payload.get("text") or []
                    return self._answer(
                        200, {"translations": [{"text": f"[{target}] {t}"} for t in texts]}
                    )
                if self.path != "/translate":
                    return self._answer(404, {"error": "not found"})
                with owner._lock:
                    owner.requests.append(payload)
                if owner.fail:
                    return self._answer(500, {"error": "the stand-in was told to fail"})
                if owner.api_key and payload.get("api_key") != owner.api_key:
                    return self._answer(403, {"error": "Invalid API key"})
                target = payload.get("target")
                if target not in owner.languages:
                    return self._answer(400, {"error": f"{target} is not supported"})
                texts = payload.get("q")
                single = isinstance(texts, str)
                texts = [texts] if single else list(texts or [])
                out = [owner.glossary.get((t, target), f"[{target}] {t}") for t in texts]
                return self._answer(200, {"translatedText": out[0] if single else out})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def translated_texts(self) -> list[str]:
        """Every text the platform sent, in order."""
        sent = []
        for payload in self.requests:
            q = payload.get("q")
            sent.extend([q] if isinstance(q, str) else q)
        return sent

    def __enter__(self) -> "StandIn":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(timeout=5)
