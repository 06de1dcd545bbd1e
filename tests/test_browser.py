"""The app in a real browser: `streamlit run` on a free port, driven through Debian's Chromium.

Screenshots go to tests/artifacts/ (look at them); the chat screenshot is also
saved as docs/screenshot.png for the README when QA_UPDATE_SCREENSHOT=1. Skipped when /usr/bin/chromium is
absent (`make browser-deps` installs it); no browser is ever downloaded.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "tests" / "artifacts"
QUESTION = "Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in West-Vlaanderen opgestart?"
CLAIM = "In 2022 werden in Vlaanderen 1.200 AMA WSE-overeenkomsten opgestart"
PARAGRAPH = ("In 2022 werden in West-Vlaanderen 332 AMA WSE-begeleidingsovereenkomsten opgestart, en in Limburg 200. "
             "Voor 2023 is 5,5 miljoen euro voorzien voor AMA.")
EVIL_DOC = (
    "Schriftelijke vraag over fietspaden in Limburg\n\n"
    "In 2023 werd in Limburg 4.321 meter nieuw fietspad aangelegd.\n\n"
    "Bijlage: <script>window.__xss = true; alert('script')</script>\n"
    "<img src=x onerror=\"window.__xss = true; alert('img')\"> Zie ook <b>vet</b> en **ster**.\n"
)
WAIT = 90_000  # ms; the first answer loads the model

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (install it: make browser-deps)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_index):
    """`streamlit run app.py` over private copies of the session index and corpus."""
    tmp = tmp_path_factory.mktemp("browser")
    index_dir, corpus = tmp / "index", tmp / "corpus"
    shutil.copytree(corpus_index, index_dir, symlinks=True)
    shutil.copytree(ROOT / "corpus", corpus)
    port = free_port()
    env = dict(os.environ, QA_INDEX=str(index_dir), QA_CORPUS=str(corpus))
    log = open(tmp / "streamlit.log", "w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port), "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                if urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                raise RuntimeError("streamlit did not start: " + (tmp / "streamlit.log").read_text()[-2000:])
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1440, "height": 1100}, locale="nl-BE")
    pg = ctx.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.goto(server)
    pg.get_by_test_id("stChatInputTextArea").wait_for(timeout=WAIT)
    yield pg
    ctx.close()


def expect(locator):
    from playwright.sync_api import expect as pw_expect

    return pw_expect(locator)


def ask(pg, text: str):
    box = pg.get_by_test_id("stChatInputTextArea")
    expect(box).to_have_count(1, timeout=10_000)  # after a mode switch the old input may linger for a moment
    box.fill(text)
    box.press("Enter")


def shot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    pg.screenshot(path=str(path))
    return path


def test_question_answer_and_highlighted_source(page):
    ask(page, QUESTION)
    number = page.locator("strong.qa-number").first
    number.wait_for(timeout=WAIT)
    assert number.inner_text() == "332"
    assert "Schriftelijke vraag nr. 490 van 23 maart 2023" in page.locator(".qa-source").first.inner_text()
    page.get_by_test_id("stExpander").filter(has_text="[1] citaat in context").locator("summary").click()
    mark = page.locator("mark.qa-cited").first
    mark.wait_for(timeout=10_000)
    assert mark.inner_text() == "West-Vlaanderen 332"
    context = page.locator(".qa-context").first.inner_text()
    assert "Totaal 1074" in context and "West-Vlaanderen 332" in context
    mark.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    path = shot(page, "chat_answer_source.png")
    if os.environ.get("QA_UPDATE_SCREENSHOT"):  # a test run does not rewrite tracked files unless asked
        shutil.copy(path, ROOT / "docs" / "screenshot.png")


def test_not_in_the_documents_lists_the_closest_figures_as_no_answer(page):
    ask(page, "Hoeveel werkloosheidsdagen kende collectief maatwerk in het vierde kwartaal van 2024?")
    heading = page.get_by_text("Dichtstbijzijnde cijfers (geen antwoord)")
    heading.wait_for(timeout=WAIT)
    # the answer and the list are HTML blocks that may render after the heading: wait for both
    page.get_by_text("Dat staat niet in de documenten").first.wait_for(timeout=10_000)
    page.locator("ul.qa-closest li").first.wait_for(timeout=10_000)
    answer = page.get_by_test_id("stChatMessage").nth(1).inner_text()
    assert "Dat staat niet in de documenten" in answer and "49.397" in answer and "mist: Q4" in answer
    heading.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    path = shot(page, "not_found_closest.png")
    if os.environ.get("QA_UPDATE_SCREENSHOT"):
        shutil.copy(path, ROOT / "docs" / "closest.png")


def test_claim_is_contradicted_with_the_right_value(page):
    page.get_by_test_id("stRadio").get_by_text("Bewering controleren").click()
    page.get_by_placeholder("Typ of plak een bewering of een hele alinea om te controleren…").wait_for(timeout=10_000)
    ask(page, CLAIM)
    page.locator("strong.qa-number").first.wait_for(timeout=WAIT)
    assert page.locator("strong.qa-number").first.inner_text() == "1074"
    answer = page.get_by_test_id("stChatMessage").nth(1).inner_text()
    assert answer.split("\n\n")[1].strip().endswith("Klopt niet"), answer[:200]  # the badge, after the avatar
    shot(page, "claim_contradicted.png")


def test_a_follow_up_is_read_in_the_conversation(page):
    ask(page, QUESTION)
    page.locator("strong.qa-number").first.wait_for(timeout=WAIT)
    ask(page, "En in Limburg?")
    expect(page.locator("strong.qa-number")).to_have_count(2, timeout=WAIT)
    assert page.locator("strong.qa-number").nth(1).inner_text() == "159"
    second = page.get_by_test_id("stChatMessage").nth(3).inner_text()
    assert "Gelezen als: Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in Limburg opgestart?" in second
    page.get_by_test_id("stChatMessage").nth(3).scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    path = shot(page, "follow_up.png")
    if os.environ.get("QA_UPDATE_SCREENSHOT"):
        shutil.copy(path, ROOT / "docs" / "follow_up.png")


def test_a_series_is_drawn_with_its_sources(page):
    ask(page, "Hoe evolueerde het aantal opgestarte AMA WSE-begeleidingsovereenkomsten in West-Vlaanderen tussen "
              "2021 en 2022?")
    page.get_by_text("Reeks: elk punt komt uit een document").wait_for(timeout=WAIT)
    page.locator("[data-testid='stVegaLiteChart'], .vega-embed").first.wait_for(timeout=WAIT)
    answer = page.get_by_test_id("stChatMessage").nth(1).inner_text()
    assert "2021: 227; 2022: 332" in answer and "+105" in answer
    page.wait_for_timeout(800)
    path = shot(page, "series.png")
    if os.environ.get("QA_UPDATE_SCREENSHOT"):
        shutil.copy(path, ROOT / "docs" / "series.png")


def test_a_pasted_paragraph_is_checked_claim_by_claim(page):
    page.get_by_test_id("stRadio").get_by_text("Bewering controleren").click()
    page.get_by_placeholder("Typ of plak een bewering of een hele alinea om te controleren…").wait_for(timeout=10_000)
    ask(page, PARAGRAPH)
    page.get_by_text("3 beweringen met een cijfer gevonden").wait_for(timeout=WAIT)
    marks = page.locator("mark[title]")
    expect(marks).to_have_count(3, timeout=10_000)
    assert [m.get_attribute("title") for m in marks.all()] == ["Klopt", "Klopt niet", "Klopt"]
    assert "en in Limburg 200" in marks.nth(1).inner_text()
    answer = page.get_by_test_id("stChatMessage").nth(1).inner_text()
    assert "159" in answer  # the contradicted claim opens with the right value
    path = shot(page, "paragraph_checked.png")
    if os.environ.get("QA_UPDATE_SCREENSHOT"):
        shutil.copy(path, ROOT / "docs" / "paragraph.png")


def test_untrusted_document_and_question_show_as_text(page):
    page.get_by_test_id("stSidebar").get_by_test_id("stFileUploaderDropzoneInput").set_input_files(
        files=[{"name": "fietspaden <b>.txt", "mimeType": "text/plain", "buffer": EVIL_DOC.encode()}])
    page.get_by_role("button", name="Toevoegen en indexeren").click()
    page.get_by_text("1 added", exact=False).first.wait_for(timeout=WAIT)
    shot(page, "upload_indexed.png")
    ask(page, "Hoeveel meter fietspad werd in 2023 in Limburg aangelegd?")
    page.locator("strong.qa-number").first.wait_for(timeout=WAIT)
    assert page.locator("strong.qa-number").first.inner_text() == "4.321"
    page.get_by_test_id("stExpander").filter(has_text="[1] citaat in context").locator("summary").click()
    context = page.locator(".qa-context").first
    context.wait_for(timeout=10_000)
    text = context.inner_text()
    assert "<script>window.__xss = true; alert('script')</script>" in text
    assert "<img src=x onerror=" in text and "<b>vet</b>" in text
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[src='x'], img[src='y'], .qa-context script, .qa-context b").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []
    context.scroll_into_view_if_needed()
    shot(page, "untrusted_document.png")
    question = 'Wat staat er in <img src=y onerror="window.__xss=3"> <script>window.__xss=4</script> **vet**?'
    ask(page, question)
    expect(page.get_by_test_id("stChatMessage").nth(2)).to_contain_text(question, timeout=WAIT)
    page.get_by_test_id("stChatMessage").nth(3).wait_for(timeout=WAIT)
    page.wait_for_timeout(500)
    assert page.evaluate("window.__xss") is None and page.dialogs == []
    assert page.locator("img[src='y']").count() == 0
    shot(page, "untrusted_question.png")
