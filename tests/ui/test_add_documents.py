"""The Add documents page through AppTest: sign-in, upload/paste → preview → confirm, duplicates, removal."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from etl.dataset import read_dataset
from etl.manifest import load_manifest
from etl.pipeline import run
from tests.sample_dataset import write_sample_dataset
from tests.ui.test_pages import DASHBOARD, TIMEOUT, navigation_v2, open_page  # noqa: F401 (fixture)
from ui import auth
from ui.editing import read_audit_log
from ui.i18n import t

# An add rebuilds the whole dataset in the page's run (ui/editing.py): on a machine the other test workers
# keep busy that took over a minute, so these runs get longer than a page's (not a measure of speed).
ADD_TIMEOUT = 3 * TIMEOUT

REPO = Path(__file__).resolve().parents[2]
PAGE = "pages/add_documents.py"
ARTICLE = "Thu ngân sách năm 2024\n\nNăm 2024, tổng thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn đạt 7.215 tỷ đồng.\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "processed"
    shutil.copytree(REPO / "data" / "raw", raw)
    run(raw, out, progress=False)
    monkeypatch.setenv("LANGSON_DATA_DIR", str(out))
    monkeypatch.setenv("LANGSON_RAW_DIR", str(raw))
    monkeypatch.setenv("LANGSON_AUDIT_LOG", str(tmp_path / "audit.jsonl"))
    monkeypatch.setenv("LANGSON_EDITORS", "lan:mật-khẩu-đúng")
    monkeypatch.setattr(auth, "GUARD", auth.SignInGuard())  # no waits left by another test
    return raw, out, tmp_path / "audit.jsonl"


def signed_in(password="mật-khẩu-đúng") -> AppTest:
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=ADD_TIMEOUT), PAGE)
    at.text_input[0].set_value("lan")
    at.text_input[1].set_value(password)
    at.button[0].click().run()  # the form's submit button
    return at


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_without_editors_the_page_explains_and_stays_read_only(project, monkeypatch):
    monkeypatch.delenv("LANGSON_EDITORS")
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=ADD_TIMEOUT), PAGE)
    assert not at.exception
    assert any("LANGSON_EDITORS" in i.value for i in at.info)
    assert not at.text_input and not at.get("file_uploader")


def test_the_sign_in_form_asks_for_an_existing_password(tmp_path, monkeypatch):
    """autocomplete="new-password" (Streamlit's default) made a browser offer to invent a password here."""
    monkeypatch.setenv("LANGSON_DATA_DIR", str(write_sample_dataset(tmp_path / "processed")))
    monkeypatch.setenv("LANGSON_EDITORS", "lan:mật-khẩu-đúng")
    at = open_page(AppTest.from_file(DASHBOARD, default_timeout=TIMEOUT), PAGE)
    assert not at.exception
    name, password = at.text_input
    assert name.proto.autocomplete == "username"
    assert (
        password.proto.type == password.proto.PASSWORD and password.proto.autocomplete == "current-password"
    )


def test_wrong_password_is_refused_and_slowed_down(project, monkeypatch):
    # A back-off longer than any page run on a loaded machine: the second attempt always falls inside it.
    monkeypatch.setattr(auth.GUARD, "throttle", auth.Throttle(base_seconds=600.0, max_seconds=600.0))
    at = signed_in("sai")
    assert [e.value for e in at.error] == [t("signin_failed", "vi")]
    assert not at.get("file_uploader")
    # (the name is kept for the next try, the password field emptied)
    assert at.text_input[0].value == "lan" and not at.text_input[1].value
    # The next attempt, even with the right password, must wait.
    at.text_input[1].set_value("mật-khẩu-đúng")
    at.button[0].click().run()
    assert "thử lại sau" in at.error[0].value
    assert not at.get("file_uploader")


def test_paste_preview_confirm_then_figures_everywhere_and_removal(project):
    raw, out, audit = project
    at = signed_in()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "lan" in at.markdown[0].value
    at.text_area[0].set_value(ARTICLE)
    at.text_input(key="add_title").set_value("Thu ngân sách 2024")
    at.text_input(key="add_publisher").set_value("Báo Lạng Sơn")
    at.text_input(key="add_date").set_value("2024-12-30")
    at.text_input(key="add_link").set_value("https://baolangson.vn/vi-du")
    button(at, t("add_preview", "vi")).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("Thu ngân sách 2024" in s.value for s in at.subheader)
    preview = at.dataframe[0].value
    assert preview[t("tcol_value", "vi")].tolist() == ["7.215 tỷ đồng"]
    assert preview[t("tcol_status", "vi")].tolist() == [t("status_new", "vi")]
    # (the figure's own status beside what adding it changes: an estimate or a target stays in sight)
    assert preview[t("tcol_figure_status", "vi")].tolist() == [t("status_estimate", "vi")]
    assert load_manifest(raw).keys() == load_manifest(REPO / "data" / "raw").keys()  # nothing stored yet

    button(at, t("add_confirm", "vi", n=1)).click().run()
    assert not at.exception
    assert any("Thu ngân sách 2024" in s.value for s in at.success)
    figures = read_dataset(out).figures
    assert figures.loc[figures["indicator_id"] == "budget_revenue", "value"].tolist() == [7215]
    [entry] = [e for e in load_manifest(raw).values() if e["id"].startswith("upload-")]
    assert entry["publisher"] == "Báo Lạng Sơn" and entry["added_by"] == "lan"

    # The other pages show the new figure without a restart.
    at.switch_page("pages/data.py").run()
    assert any("7.215 tỷ đồng" in str(v) for v in at.dataframe[0].value.to_numpy().ravel())
    at.switch_page("pages/sources.py").run()
    log = at.dataframe[-1].value
    assert log["editor"].tolist() == ["lan"] and log["source_id"].tolist() == [entry["id"]]

    # Uploading the same text again is recognised and not duplicated.
    at.switch_page(PAGE).run()
    at.text_area[0].set_value(ARTICLE)
    at.text_input(key="add_title").set_value("Thu ngân sách 2024")
    button(at, t("add_preview", "vi")).click().run()
    assert any(entry["id"] in w.value for w in at.warning)
    assert not [b for b in at.button if b.label.startswith("Xác nhận")]

    # Removal, behind a confirmation checkbox.
    at.checkbox(key=f"rm_sure_{entry['id']}").check().run()
    at.button(key=f"rm_{entry['id']}").click().run()
    assert not at.exception
    assert not [e for e in load_manifest(raw).values() if e["id"].startswith("upload-")]
    figures = read_dataset(out).figures
    assert (figures["indicator_id"] != "budget_revenue").all()
    assert read_audit_log(audit)["action"].tolist() == ["remove", "add"]


def test_upload_of_a_docx_file(project):
    import docx

    raw, out, _ = project
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Kim ngạch xuất nhập khẩu")
    document.add_paragraph("Năm 2024, kim ngạch xuất nhập khẩu qua địa bàn tỉnh đạt 6,2 tỷ USD.")
    document.save(buffer)
    at = signed_in()
    at.get("file_uploader")[0].set_value(
        ("bao-cao.docx", buffer.getvalue(), "application/octet-stream")
    ).run()
    button(at, t("add_preview", "vi")).click().run()
    assert not at.exception and not at.error
    assert at.dataframe[0].value[t("tcol_value", "vi")].tolist() == ["6,2 tỷ USD"]
    button(at, t("add_confirm", "vi", n=1)).click().run()
    figures = read_dataset(out).figures
    assert figures.loc[figures["indicator_id"] == "trade_turnover", "value"].tolist() == [6.2]
    assert not any("bao-cao" in p.name for p in raw.iterdir())  # stored under a generated name


def test_an_unreadable_upload_is_explained_and_nothing_changes(project):
    raw, _out, _ = project
    before = sorted(p.name for p in raw.iterdir())
    at = signed_in()
    at.get("file_uploader")[0].set_value(("hong.pdf", b"%PDF-1.7 broken", "application/pdf")).run()
    button(at, t("add_preview", "vi")).click().run()
    assert not at.exception
    assert "hong.pdf" in at.error[0].value
    assert sorted(p.name for p in raw.iterdir()) == before


@pytest.mark.parametrize(
    ("text", "why"),
    [
        # A figure with no period: held back, and the page says so with the reason in words.
        (
            "Thu ngân sách\n\nTổng thu ngân sách nhà nước trên địa bàn tỉnh Lạng Sơn đạt 7.215 tỷ đồng.\n",
            t("review_reason_no_period", "vi"),
        ),
        # No number an indicator claims: the page says the text has none.
        ("Hội nghị\n\nCác đại biểu đã thảo luận nhiều nội dung quan trọng.\n", t("add_no_numbers", "vi")),
    ],
)
def test_a_preview_without_figures_says_why_and_stores_only_on_request(project, text, why):
    raw, _out, _audit = project
    at = signed_in()
    at.text_area[0].set_value(text)
    at.text_input(key="add_title").set_value("Không có số liệu")
    button(at, t("add_preview", "vi")).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    [info] = [i.value for i in at.info if t("add_no_figures", "vi") in i.value]
    assert why in info
    # Nothing to confirm by default: storing a document that adds no figure is an explicit choice.
    assert not [b for b in at.button if b.label.startswith("Xác nhận")]
    assert t("add_nothing_to_confirm", "vi") in [c.value for c in at.main.caption]
    [store] = [c for c in at.checkbox if c.label == t("add_store_empty", "vi")]
    store.check().run()
    button(at, t("add_confirm", "vi", n=1)).click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [e for e in load_manifest(raw).values() if e["id"].startswith("upload-")]
