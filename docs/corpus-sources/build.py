#!/usr/bin/env python3
"""Regenerate corpus/ from the sources in docs/corpus-sources/src/.

Needs LibreOffice (soffice) with the Thai TLWG fonts (Laksaman) and poppler-utils
(pdftotext) for the check at the end. Standard library only.

    python3 docs/corpus-sources/build.py            # from the repository root

HTML sources are opened with LibreOffice's Writer HTML filter, saved as ODT, and the ODT is
converted to the target format, so PDF/DOCX/ODT outputs share one layout. HTML and TXT targets
are copies of their sources. The script ends by extracting the text back from every output and
checking that a known phrase of each document is there.
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SRC = HERE / "src"
OUT = ROOT / "corpus"

# source file -> (output file in corpus/, phrase that must come back out of the output)
MANIFEST = [
    ("km-plan-2567.html", "km-plan-2567.docx", "การประมวลและกลั่นกรองความรู้"),
    ("study-visit-complaint-system-2567.html", "study-visit-complaint-system-2567.pdf", "ระบบติดตามสถานะแบบออนไลน์"),
    ("sop-complaint-handling.html", "sop-complaint-handling.odt", "ขั้นตอนการปฏิบัติงาน"),
    ("knowledge-store-manual.html", "knowledge-store-manual.html", "การกลั่นกรององค์ความรู้"),
    ("news-km-workshop-2567.txt", "news-km-workshop-2567.txt", "ชุมชนนักปฏิบัติ"),
    ("pmqa-award-report-excerpt-2567.html", "pmqa-award-report-excerpt-2567.pdf", "รางวัลเลิศรัฐ"),
    ("km-team-minutes-2-2567.html", "km-team-minutes-2-2567.docx", "หน้าที่ของรัฐ"),
]

# LibreOffice export filters by target extension
FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    "pdf": "pdf:writer_pdf_Export",
    "odt": "odt:writer8",
}


# Throw-away LibreOffice profile whose default document and complex-text (CTL) languages are Thai, so Thai
# runs are tagged th-TH in the outputs instead of the built-in default (hi-IN).
PROFILE_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>th-TH</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CTL" oor:op="fuse"><value>th-TH</value></prop></item>
</oor:items>
"""


def make_profile(tmp):
    profile = tmp / "lo-profile"
    (profile / "user").mkdir(parents=True)
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_XCU, encoding="utf-8")
    return profile

# With a Thai locale in the environment and in the profile, documents say dc:language th-TH.
SOFFICE_ENV = dict(os.environ, LANG="th_TH.UTF-8", LC_ALL="th_TH.UTF-8")


def soffice(profile, *args):
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", *args]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=SOFFICE_ENV)


def convert(profile, src, fmt, outdir):
    soffice(profile, "--convert-to", FILTERS[fmt], "--outdir", str(outdir), str(src))
    out = outdir / (src.stem + "." + fmt)
    if not out.exists():
        sys.exit(f"conversion failed: {src} -> {fmt}")
    return out


def extract_text(profile, path, tmp):
    ext = path.suffix[1:]
    if ext in ("txt", "html"):
        return path.read_text(encoding="utf-8")
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                              capture_output=True).stdout.decode("utf-8")
    d = tmp / ("cat-" + path.stem)
    d.mkdir(exist_ok=True)
    soffice(profile, "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(d), str(path))
    return (d / (path.stem + ".txt")).read_text(encoding="utf-8-sig")


def main():
    if not shutil.which("soffice"):
        sys.exit("soffice (LibreOffice) not found")
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="klangru-corpus-") as t:
        tmp = pathlib.Path(t)
        profile = make_profile(tmp)
        for src_name, out_name, _ in MANIFEST:
            src = SRC / src_name
            target = OUT / out_name
            fmt = target.suffix[1:]
            if src.suffix == target.suffix:
                shutil.copyfile(src, target)
            else:
                # HTML -> ODT with the Writer (not Writer/Web) HTML import filter, then ODT -> target
                odt_dir = tmp / "odt"
                odt_dir.mkdir(exist_ok=True)
                soffice(profile, "--infilter=HTML (StarWriter)", "--convert-to", FILTERS["odt"],
                        "--outdir", str(odt_dir), str(src))
                odt = odt_dir / (src.stem + ".odt")
                if fmt == "odt":
                    shutil.copyfile(odt, target)
                else:
                    shutil.copyfile(convert(profile, odt, fmt, tmp), target)
            print(f"{target.relative_to(ROOT)}  {target.stat().st_size:>7} bytes")

        # check: every output gives its phrase back (PDF text layers may scramble Thai, so
        # compare with whitespace removed and report rather than fail for PDFs)
        ok = True
        for _, out_name, phrase in MANIFEST:
            path = OUT / out_name
            text = extract_text(profile, path, tmp)
            found = phrase in text or phrase in "".join(text.split())
            print(f"check {out_name}: {'ok' if found else 'PHRASE NOT FOUND'}")
            if not found and path.suffix != ".pdf":
                ok = False
        if not ok:
            sys.exit(1)


if __name__ == "__main__":
    main()
