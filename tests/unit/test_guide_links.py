"""The user guide (docs/guide/): every link and image points to a file that exists, and every
role page has its Chinese part first and its English part second, each with its own
screenshots."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide"
ROLE_PAGES = ("site-manager.md", "checkin-clerk.md", "examiner.md", "score-clerk.md",
              "supervisor.md", "body-staff.md")
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
CJK = re.compile(r"[\u4e00-\u9fff]")


def guide_pages() -> list[Path]:
    return sorted(GUIDE.glob("*.md"))


def local_targets(text: str) -> list[str]:
    """Link and image targets inside the repository (web addresses and anchors left out)."""
    return [t for t in LINK.findall(text)
            if not re.match(r"^[a-z]+:", t) and not t.startswith("#")]


def parts(text: str) -> tuple[str, str]:
    """The Chinese part (from ``## 中文``) and the English part (from ``## English``)."""
    zh, en = text.find("\n## 中文"), text.find("\n## English")
    assert zh != -1, "no '## 中文' section"
    assert en != -1, "no '## English' section"
    assert zh < en, "the Chinese part must come first"
    return text[zh:en], text[en:]


def test_the_guide_has_an_index_and_a_page_per_role() -> None:
    index = (GUIDE / "README.md").read_text(encoding="utf-8")
    for page in ROLE_PAGES:
        assert (GUIDE / page).is_file(), page
        assert f"]({page})" in index, f"README.md does not link {page}"


@pytest.mark.parametrize("page", guide_pages(), ids=lambda p: p.name)
def test_every_link_and_image_points_to_an_existing_file(page: Path) -> None:
    targets = local_targets(page.read_text(encoding="utf-8"))
    assert targets, f"{page.name} links nothing"
    missing = [t for t in targets if not (page.parent / t.split("#")[0]).resolve().is_file()]
    assert missing == [], f"{page.name}: missing {missing}"


@pytest.mark.parametrize("name", ("README.md", *ROLE_PAGES))
def test_each_page_has_a_chinese_part_then_an_english_part(name: str) -> None:
    zh, en = parts((GUIDE / name).read_text(encoding="utf-8"))
    assert len(CJK.findall(zh)) > 100, "the Chinese part has (almost) no Chinese text"
    # The English part may quote Chinese data and names, but is written in English.
    assert len(re.findall(r"[A-Za-z]+", en)) > 5 * len(CJK.findall(en))


@pytest.mark.parametrize("name", ROLE_PAGES)
def test_each_part_shows_the_screenshots_in_its_own_language(name: str) -> None:
    zh, en = parts((GUIDE / name).read_text(encoding="utf-8"))
    zh_images, en_images = IMAGE.findall(zh), IMAGE.findall(en)
    assert zh_images, "the Chinese part shows no screenshot"
    assert all(i.startswith("../screenshots/zh_CN/") for i in zh_images), zh_images
    assert all(i.startswith("../screenshots/en/") for i in en_images), en_images
    # The same pictures, each in its own language.
    assert [Path(i).name for i in zh_images] == [Path(i).name for i in en_images]


def test_the_link_check_catches_a_broken_link(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("见 [这里](missing.md) 与 ![图](../screenshots/zh_CN/none.png)，"
                    "[web](https://example.com)，[anchor](#top)。", encoding="utf-8")
    targets = local_targets(page.read_text(encoding="utf-8"))
    assert targets == ["missing.md", "../screenshots/zh_CN/none.png"]
    assert not any((page.parent / t).resolve().is_file() for t in targets)
