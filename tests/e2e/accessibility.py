"""axe-core in the browser tests: the vendored engine (tests/e2e/vendor/, no network) is
added to every page a context opens, and `serious_violations` runs it."""

from pathlib import Path

from playwright.sync_api import BrowserContext, Page

AXE = Path(__file__).parent / "vendor" / "axe-4.14.1.min.js"
# What we hold ourselves to: WCAG 2.0-2.2 at A and AA, and axe's best practices.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
BLOCKING = {"serious", "critical"}


def install_axe(context: BrowserContext) -> None:
    """Run the engine's source in each new document before the page's own scripts. The
    browser adds it through its debugging protocol, so the site's Content-Security-Policy
    (no inline scripts) stays as it is for the test."""
    context.add_init_script(path=str(AXE))


def serious_violations(page: Page) -> list[str]:
    """One line per serious or critical violation: rule, impact, the elements it found."""
    result = page.evaluate(
        # Only violations are wanted: axe then keeps no details of what passed.
        """async tags => await axe.run(document, {
            runOnly: {type: 'tag', values: tags}, resultTypes: ['violations'],
        })""",
        TAGS,
    )
    lines = []
    for violation in result["violations"]:
        if violation["impact"] not in BLOCKING:
            continue
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:5]]
        lines.append(f"{violation['id']} ({violation['impact']}): {'; '.join(targets)}")
    return lines
