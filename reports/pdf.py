"""DOCX to PDF with LibreOffice headless, and a PDF page as a PNG with poppler's pdftoppm.

LibreOffice shapes Thai correctly (marks above and below their consonants); reportlab does not, so
every PDF here is the DOCX itself, converted. The Sarabun font comes from the fontpkg-sarabun wheel,
not from the system: a fontconfig file written beside each batch adds the wheel's font folder to the
system's fonts, and FONTCONFIG_FILE points LibreOffice at it. One LibreOffice start (about a second)
converts a whole batch. LibreOffice's profile takes seconds to create, so each process keeps one and
converts one batch at a time (a lock): two processes never share a profile.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from etl.problems import InputProblem

PACKAGES = {"soffice": "libreoffice-writer-nogui", "pdftoppm": "poppler-utils", "pdffonts": "poppler-utils"}
INSTALL = "sudo apt-get install -y libreoffice-writer-nogui poppler-utils"
FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  <alias binding="same"><family>TH SarabunIT๙</family><prefer><family>Sarabun</family></prefer></alias>
  <alias binding="same"><family>TH SarabunPSK</family><prefer><family>Sarabun</family></prefer></alias>
</fontconfig>
"""
_LOCK = threading.Lock()


def missing_packages() -> list[str]:
    """The Debian packages whose programs are not on PATH (empty when PDFs can be made)."""
    return sorted({package for tool, package in PACKAGES.items() if shutil.which(tool) is None})


def require() -> None:
    missing = missing_packages()
    if missing:
        command = f"sudo apt-get install -y {' '.join(missing)}"
        raise InputProblem("problem.pdf.packages", packages=", ".join(missing), command=command)


def font_dir() -> Path:
    try:
        import fontpkg_sarabun  # noqa: PLC0415 - optional: a missing font is said plainly
    except ImportError as exc:
        raise InputProblem("problem.pdf.font") from exc
    return fontpkg_sarabun.ROOT / "files"


def _profile() -> Path:
    """This process's LibreOffice profile and font cache, removed when the process ends."""
    profile = Path(tempfile.gettempdir()) / f"ita-soffice-{os.getuid()}-{os.getpid()}"
    if not profile.exists():
        (profile / "fc-cache").mkdir(parents=True)
        atexit.register(shutil.rmtree, profile, True)
    return profile


def to_pdf(documents: dict[str, bytes], timeout: float = 600) -> dict[str, bytes]:
    """{"name.docx": bytes, ...} -> {"name.pdf": bytes, ...}, converted by one LibreOffice start."""
    require()
    if not documents:
        return {}
    profile = _profile()
    with _LOCK, tempfile.TemporaryDirectory(prefix="ita-pdf-") as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        conf = work / "fonts.conf"
        conf.write_text(FONTCONFIG.format(fonts=font_dir(), cache=profile / "fc-cache"), encoding="utf-8")
        for name, data in documents.items():
            (work / "in" / Path(name).name).write_bytes(data)
        env = {**os.environ, "FONTCONFIG_FILE": str(conf), "HOME": str(profile)}
        done = subprocess.run(
            [
                "soffice",
                "--headless",
                "--norestore",
                "--nolockcheck",
                f"-env:UserInstallation={(profile / 'lo').as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "out"),
                *sorted(str(p) for p in (work / "in").iterdir()),
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        out = {}
        for name in documents:
            pdf = work / "out" / (Path(name).stem + ".pdf")
            if not pdf.exists():
                raise RuntimeError(f"LibreOffice did not convert {name}: {done.stderr.strip()[-500:]}")
            out[Path(name).stem + ".pdf"] = pdf.read_bytes()
        return out


def page_png(pdf: bytes, page: int = 1, dpi: int = 80) -> bytes:
    """One page of a PDF as a PNG (the page's preview)."""
    require()
    with tempfile.TemporaryDirectory(prefix="ita-png-") as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
             str(source), str(Path(tmp) / "page")],
            check=True,
            capture_output=True,
            timeout=60,
        )  # fmt: skip
        return (Path(tmp) / "page.png").read_bytes()
