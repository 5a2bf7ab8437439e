"""A generated corpus of realistic articles: the real sentences of data/raw, recombined and varied.

Each article is a pure function of (seed, index), so a 100 MB corpus is the first part of a 500 MB one
and two runs generate the same bytes. Numbers, years and indicator phrasings are varied so the ETL
reads new figures rather than the same five documents again; values stay within the schema's ranges
(ranks within 1..63, per cents below 100) so a generated corpus always validates.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

from etl.manifest import MANIFEST_NAME
from etl.sentences import sentence_spans

RAW_DIR = Path(__file__).resolve().parent.parent / "data" / "raw"
ARTICLE_CHARS = (1500, 6000)  # a few KB per file, like a news article
MB = 1_000_000

# The ways the press names the same ranking; swapped so one real sentence yields several indicators.
RANK_TOPICS = (
    "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
    "Chỉ số Xanh cấp tỉnh (PGI)",
    "Chỉ số chuyển đổi số (DTI)",
    "chỉ số PCI",
    "chỉ số PGI",
)
_RANK_TOPIC = re.compile("|".join(re.escape(t) for t in RANK_TOPICS), re.IGNORECASE)
RANK_VERBS = ("xếp thứ", "đứng thứ", "xếp hạng", "vươn lên vị trí thứ")
_RANK_VERB = re.compile(r"\b(?:xếp thứ|đứng thứ)\b", re.IGNORECASE)
_RANK_OF_63 = re.compile(r"\b(\d{1,2})/63\b")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_DECIMAL = re.compile(r"(?<![\d/.,-])(\d{1,3}),(\d{1,2})(?![\d/]|,\d)")
_GROUPED = re.compile(r"(?<![\d/.,-])(\d{1,3})\.(\d{3})(?![\d/]|[.,]\d)")
_CREDITS = ("Theo TTXVN", "Theo Báo Lạng Sơn", "Nguồn: Cổng thông tin điện tử tỉnh Lạng Sơn", "")

# Filler the press wraps around figures: real-sounding, figure-free.
FILLER = (
    "Các đại biểu đã thảo luận sôi nổi, thẳng thắn về những kết quả đạt được và những hạn chế cần khắc "
    "phục trong thời gian tới.",
    "Lãnh đạo tỉnh khẳng định sẽ tiếp tục cải thiện môi trường đầu tư kinh doanh, đồng hành cùng doanh "
    "nghiệp và người dân.",
    "Công tác cải cách hành chính được đẩy mạnh, thủ tục được rút gọn, thời gian giải quyết hồ sơ được "
    "rút ngắn đáng kể.",
    "Tỉnh đã tập trung huy động các nguồn lực để đầu tư kết cấu hạ tầng, nhất là hạ tầng giao thông "
    "kết nối với các cửa khẩu.",
    "Đời sống vật chất và tinh thần của nhân dân các dân tộc trong tỉnh từng bước được nâng lên.",
    "Quốc phòng, an ninh được giữ vững; quan hệ đối ngoại tiếp tục được mở rộng.",
)


@dataclass(frozen=True)
class SentencePool:
    """The real material articles are made of."""

    titles: tuple[str, ...]
    figure_sentences: tuple[str, ...]  # sentences with a digit: where the ETL finds figures
    prose_sentences: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    directory: Path
    files: int
    bytes: int

    @property
    def megabytes(self) -> float:
        return self.bytes / MB


def load_pool(raw_dir: Path = RAW_DIR) -> SentencePool:
    """Split the bundled documents into titles, sentences with figures and sentences without."""
    titles, figures, prose = [], [], []
    for path in sorted(raw_dir.glob("*.txt")):
        if path.name == MANIFEST_NAME:
            continue
        text = path.read_text(encoding="utf-8")
        first, _, body = text.partition("\n")
        titles.append(first.strip())
        for start, end in sentence_spans(body):
            sentence = " ".join(body[start:end].split())
            if len(sentence) < 40 or sentence.startswith(("Theo ", "Nguồn")):
                continue
            (figures if re.search(r"\d", sentence) else prose).append(sentence)
    return SentencePool(tuple(titles), tuple(figures), tuple(prose))


def vary_sentence(sentence: str, rng: random.Random, year_shift: int) -> str:
    """The same sentence with other numbers, years shifted, and sometimes another ranking named."""
    sentence = _YEAR.sub(lambda m: str(int(m.group()) + year_shift), sentence)
    sentence = _RANK_OF_63.sub(lambda m: f"{rng.randint(1, 63)}/63", sentence)

    def decimal(m: re.Match) -> str:
        value = float(f"{m.group(1)}.{m.group(2)}") * rng.uniform(0.6, 1.4)
        digits = len(m.group(2))
        return f"{min(value, 99.0):.{digits}f}".replace(".", ",")

    def grouped(m: re.Match) -> str:
        value = int(m.group(1) + m.group(2)) * rng.uniform(0.6, 1.4)
        return f"{max(1000, int(value)):,}".replace(",", ".")

    sentence = _GROUPED.sub(grouped, _DECIMAL.sub(decimal, sentence))
    if rng.random() < 0.5:
        sentence = _RANK_TOPIC.sub(lambda _m: rng.choice(RANK_TOPICS), sentence)
    if rng.random() < 0.5:
        sentence = _RANK_VERB.sub(lambda _m: rng.choice(RANK_VERBS), sentence)
    return sentence


def make_article(pool: SentencePool, rng: random.Random, target_chars: int) -> str:
    """One article: a title, a dateline, paragraphs mixing varied figures with prose, and a credit."""
    year_shift = rng.randint(-6, 2)
    year = 2023 + year_shift
    title = vary_sentence(rng.choice(pool.titles), rng, year_shift)
    dateline = f"Ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{year}, "
    paragraphs = [title, ""]
    length = len(title)
    while length < target_chars:
        sentences = [vary_sentence(rng.choice(pool.figure_sentences), rng, year_shift)]
        sentences += rng.sample(pool.prose_sentences, k=min(len(pool.prose_sentences), rng.randint(1, 3)))
        if rng.random() < 0.4:
            sentences.append(rng.choice(FILLER))
        rng.shuffle(sentences)
        paragraph = " ".join(sentences)
        paragraphs += [paragraph, ""]
        length += len(paragraph) + 2
    paragraphs[2] = dateline + paragraphs[2][0].lower() + paragraphs[2][1:]
    paragraphs.append(rng.choice(_CREDITS))
    return "\n".join(paragraphs).rstrip() + "\n"


def article_bytes(pool: SentencePool, seed: int, index: int) -> bytes:
    """Article number `index` of the corpus generated with `seed`."""
    rng = random.Random(f"{seed}:{index}")
    return make_article(pool, rng, rng.randint(*ARTICLE_CHARS)).encode("utf-8")


def write_corpus(directory: Path, size_bytes: int, seed: int = 0, pool: SentencePool | None = None) -> Corpus:
    """Write articles into `directory` until they add up to `size_bytes`; the manifest lists none of them."""
    pool = pool or load_pool()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / MANIFEST_NAME).write_text("documents: []\n", encoding="utf-8")
    total = index = 0
    while total < size_bytes:
        data = article_bytes(pool, seed, index)
        (directory / f"gen_{index:07d}.txt").write_bytes(data)
        total += len(data)
        index += 1
    return Corpus(directory, index, total)


def add_document(corpus: Corpus, seed: int = 0, pool: SentencePool | None = None) -> Path:
    """One more article, as an editor would add it between two runs."""
    pool = pool or load_pool()
    path = corpus.directory / f"gen_{corpus.files:07d}.txt"
    path.write_bytes(article_bytes(pool, seed, corpus.files))
    return path
