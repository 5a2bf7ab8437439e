"""An editor uploads a DOCX through the browser's file input and finds its figure on the Indicators page."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from etl.pipeline import run
from tests.browser.conftest import REPO, running_server
from tests.browser.test_dashboard import assert_no_exception, chart_titles, choose, open_app, wait_idle

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def editor_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("editable")
    raw, out = root / "raw", root / "processed"
    shutil.copytree(REPO / "data" / "raw", raw)
    run(raw, out, progress=False)
    env = {
        "LANGSON_DATA_DIR": str(out),
        "LANGSON_RAW_DIR": str(raw),
        "LANGSON_AUDIT_LOG": str(root / "audit.jsonl"),
        "LANGSON_EDITORS": "lan:mat-khau-thu",
    }
    with running_server(root, env) as url:
        yield url, raw


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Kim ngạch xuất nhập khẩu năm 2024")
    document.add_paragraph("Năm 2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh Lạng Sơn đạt 6,2 tỷ USD.")
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_upload_docx_then_see_its_figure_on_the_indicators_page(
    editor_server, new_page, tmp_path, screenshots_dir
):
    url, raw = editor_server
    page = new_page()
    open_app(page, url, "add_documents")
    assert_no_exception(page)  # this server is fresh: its first visitor arrives through this link
    page.get_by_label("Tên biên tập viên").fill("lan")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Đã đăng nhập: lan").wait_for()  # the intro also says "đã đăng nhập"
    page.locator('input[type="file"]').set_input_files(str(make_docx(tmp_path / "bao-cao.docx")))
    page.get_by_text("bao-cao.docx").first.wait_for()
    wait_idle(page)
    page.get_by_role("button", name="Xem trước").click()
    # The preview reads the file in a worker process of its own: allow it a loaded machine's minutes.
    page.get_by_text("Tìm thấy 1 số liệu.").wait_for(timeout=180_000)
    page.locator("mark", has_text="6,2 tỷ USD").wait_for()  # the number, marked inside its sentence
    assert page.locator("mark").count() == 1
    page.screenshot(path=str(screenshots_dir / "add_documents_preview_1280x800.png"), full_page=True)
    page.get_by_role("button", name="Xác nhận thêm 1 tài liệu").click()
    # The add (an ETL run, then the page rerun on the new dataset) took over a minute once under the full
    # suite's load (alone: seconds): as the preview, it is allowed a loaded machine's minutes
    page.get_by_text("bộ dữ liệu đã được cập nhật").wait_for(timeout=180_000)
    assert_no_exception(page)
    assert any(p.name.startswith("upload-") and p.suffix == ".docx" for p in raw.iterdir())

    other = new_page()
    open_app(other, url, "indicators", charts=1)
    choose(other, "Chỉ tiêu", "Kim ngạch xuất nhập khẩu")
    other.wait_for_function(
        "() => [...document.querySelectorAll('.js-plotly-plot .gtitle')].some(t => t.textContent.includes('Kim ngạch'))"
    )
    assert any("Kim ngạch xuất nhập khẩu" in title for title in chart_titles(other))
    assert other.get_by_text("6,2").count() >= 1


def sign_in(page, url: str) -> None:
    open_app(page, url, "add_documents")
    page.get_by_label("Tên biên tập viên").fill("lan")
    page.get_by_label("Mật khẩu").fill("mat-khau-thu")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Đã đăng nhập: lan").wait_for()
    wait_idle(page)


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1366, 900)])
def test_the_uploader_speaks_the_pages_language(editor_server, new_page, width, height):
    url, _raw = editor_server
    page = new_page(width, height)
    sign_in(page, url)
    zone = page.get_by_test_id("stFileUploaderDropzone")
    # Streamlit's own "20MB per file • TXT, …" is hidden; the label says the limit in Vietnamese.
    assert "per file" not in zone.inner_text()
    assert "tối đa 20 MB mỗi tệp" in page.get_by_test_id("stFileUploader").inner_text()
    # Its "Upload" button reads (and is named, for screen readers) in Vietnamese.
    button = page.get_by_role("button", name="Chọn tệp")
    assert button.count() == 1 and button.bounding_box()["width"] > 40
    assert page.get_by_role("button", name="Upload", exact=True).count() == 0
    box = zone.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
