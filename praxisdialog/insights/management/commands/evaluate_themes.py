import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from praxisdialog.insights.evaluation import evaluate
from praxisdialog.insights.selectors import lexicon_matcher

REQUIRED = ("title", "answers", "language", "topic")


class Command(BaseCommand):
    help = (
        "Clusters a labelled corpus (a JSON list of objects with title, answers, language "
        "and topic) with the theme pipeline and prints the adjusted Rand index against the "
        "topics, without pins and with two pins per topic."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="path of the labelled corpus (JSON)")

    def handle(self, *args, **options):
        corpus = self._load(Path(options["file"]))
        result = evaluate(corpus, lexicon_matcher())
        self.stdout.write(
            f"documents={result.documents} topics={result.topics} "
            f"themes_unpinned={result.k_unpinned}"
        )
        self.stdout.write(
            f"ari_unpinned={result.ari_unpinned:.2f} ari_pinned={result.ari_pinned:.2f}"
        )

    def _load(self, path: Path) -> list[dict]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise CommandError(f"Cannot read {path}: {error.strerror}") from error
        except ValueError as error:
            raise CommandError(f"{path} is not valid JSON: {error}") from error
        if not isinstance(data, list) or len(data) < 2:
            raise CommandError("The corpus must be a JSON list of at least two objects.")
        for number, item in enumerate(data, start=1):
            if not isinstance(item, dict) or any(key not in item for key in REQUIRED):
                raise CommandError(f"Item {number} needs the keys {', '.join(REQUIRED)}.")
            if not isinstance(item["answers"], list) or not all(
                isinstance(a, str) for a in item["answers"]
            ):
                raise CommandError(f"Item {number}: answers must be a list of strings.")
        return data
