#!/usr/bin/env python3
"""Regenerate src/test/resources/formats/ from sample.html and sample.txt beside this script.

Needs LibreOffice (soffice) with the Thai TLWG fonts (Laksaman), poppler-utils (pdftotext,
pdfinfo) and iconv for the checks. Standard library only.

    python3 src/test/resources/fixture-sources/formats/make_formats.py    # from anywhere

Good files carry the same heading and two paragraphs; the first paragraph is SENTENCE below.
Bad files: empty.pdf (0 bytes), corrupt.pdf (first 30% of sample.pdf), junk.docx and
unsupported.bin (seeded random bytes), encrypted.pdf (user password "secret").
After writing, every file is read back and the result is printed; the script fails if a good
file other than a PDF loses the sentence, or if a bad file is not bad.
"""
import html.parser
import os
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE.parent.parent / "formats"

SENTENCE = "การจัดการความรู้ของหน่วยงานช่วยให้บุคลากรเรียนรู้จากประสบการณ์ของผู้อื่น"
PASSWORD = "secret"

FILTERS = {
    "odt": "odt:writer8",
    "docx": "docx:MS Word 2007 XML",
    "doc": "doc:MS Word 97",
    "rtf": "rtf:Rich Text Format",
    "pdf": "pdf:writer_pdf_Export",
}
ENCRYPTED_PDF_FILTER = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
                        '"DocumentOpenPassword":{"type":"string","value":"' + PASSWORD + '"}}')

# Throw-away LibreOffice profile; default document and complex-text (CTL) languages Thai, so Thai runs are
# tagged th-TH (the built-in default would tag them hi-IN).
PROFILE_XCU = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale" oor:op="fuse"><value>th-TH</value></prop></item>
<item oor:path="/org.openoffice.Office.Linguistic/General"><prop oor:name="DefaultLocale_CTL" oor:op="fuse"><value>th-TH</value></prop></item>
</oor:items>
"""

# With a Thai locale in the environment and in the profile, documents say dc:language th-TH.
SOFFICE_ENV = dict(os.environ, LANG="th_TH.UTF-8", LC_ALL="th_TH.UTF-8")


def soffice(profile, *args):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", *args],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=SOFFICE_ENV)


def lo_convert(profile, src, filt, outdir, infilter=None):
    args = ([f"--infilter={infilter}"] if infilter else []) + ["--convert-to", filt, "--outdir", str(outdir), str(src)]
    soffice(profile, *args)
    out = outdir / (src.stem + "." + filt.split(":")[0])
    if not out.exists():
        sys.exit(f"conversion failed: {src} -> {filt}")
    return out


def build(profile, tmp):
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(HERE / "sample.html", OUT / "sample.html")
    shutil.copyfile(HERE / "sample.txt", OUT / "sample.txt")
    text = (HERE / "sample.txt").read_text(encoding="utf-8")
    (OUT / "sample-tis620.txt").write_bytes(text.encode("tis_620"))  # legacy Thai encoding, no BOM

    # HTML -> ODT with the Writer (not Writer/Web) import filter; every other format comes from the ODT
    odt = lo_convert(profile, HERE / "sample.html", FILTERS["odt"], tmp, infilter="HTML (StarWriter)")
    shutil.copyfile(odt, OUT / "sample.odt")
    for fmt in ("docx", "doc", "rtf", "pdf"):
        d = tmp / fmt
        d.mkdir()
        shutil.copyfile(lo_convert(profile, odt, FILTERS[fmt], d), OUT / f"sample.{fmt}")
    d = tmp / "encrypted"
    d.mkdir()
    shutil.copyfile(lo_convert(profile, odt, ENCRYPTED_PDF_FILTER, d), OUT / "encrypted.pdf")

    # bad files
    (OUT / "empty.pdf").write_bytes(b"")
    pdf = (OUT / "sample.pdf").read_bytes()
    (OUT / "corrupt.pdf").write_bytes(pdf[: len(pdf) * 30 // 100])
    junk = random.Random(4242).randbytes(4096)
    assert not junk.startswith(b"PK"), "junk.docx must not look like a ZIP"
    (OUT / "junk.docx").write_bytes(junk)
    (OUT / "unsupported.bin").write_bytes(random.Random(2567).randbytes(2048))


class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in ("style", "script", "title")

    def handle_endtag(self, tag):
        self.skip -= tag in ("style", "script", "title")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def run(*cmd):
    return subprocess.run(cmd, capture_output=True)


def extract(profile, tmp, path):
    """Text of a good file, by a tool independent of the project's code."""
    ext = path.suffix[1:]
    if path.name == "sample-tis620.txt":
        r = run("iconv", "-f", "TIS-620", "-t", "UTF-8", str(path))
        return r.stdout.decode("utf-8")
    if ext == "txt":
        return path.read_text(encoding="utf-8")
    if ext == "html":
        p = _Text()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.parts)
    if ext == "pdf":
        return run("pdftotext", "-enc", "UTF-8", str(path), "-").stdout.decode("utf-8")
    d = tmp / ("cat-" + ext)
    d.mkdir(exist_ok=True)
    soffice(profile, "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(d), str(path))
    return (d / (path.stem + ".txt")).read_text(encoding="utf-8-sig")


def check(profile, tmp):
    ok = True
    good = ["sample.txt", "sample-tis620.txt", "sample.html", "sample.odt", "sample.docx", "sample.doc",
            "sample.rtf", "sample.pdf"]
    for name in good:
        path = OUT / name
        text = extract(profile, tmp, path)
        raw = SENTENCE in text
        joined = SENTENCE in "".join(text.split())
        note = ""
        if name.endswith(".pdf"):
            # pdftotext orders glyphs by position; -raw keeps content-stream order
            rawmode = run("pdftotext", "-raw", "-enc", "UTF-8", str(path), "-").stdout.decode("utf-8")
            flat = "".join(text.split())
            words = (HERE / "sample.txt").read_text(encoding="utf-8").split()
            lost = [w for w in words if w not in flat]
            note = (f"\n{'':28}words lost even with whitespace removed: {lost}"
                    f"\n{'':28}pdftotext -raw: sentence {'yes' if SENTENCE in rawmode else 'NO'}")
        print(f"{name:18} {path.stat().st_size:>7} B  sentence: {'yes' if raw else ('only with whitespace removed' if joined else 'NO')}{note}")
        if not raw and not name.endswith(".pdf"):
            ok = False
    # independent check inside the ZIP formats: the sentence is one run of text in the XML
    for name, member in (("sample.docx", "word/document.xml"), ("sample.odt", "content.xml")):
        xml = zipfile.ZipFile(OUT / name).read(member).decode("utf-8")
        if SENTENCE not in re.sub(r"<[^>]+>", "", xml):
            print(f"{name}: sentence split across XML runs")
    # TIS-620 file: no BOM, not valid UTF-8
    b = (OUT / "sample-tis620.txt").read_bytes()
    try:
        b.decode("utf-8")
        print("sample-tis620.txt: unexpectedly valid UTF-8")
        ok = False
    except UnicodeDecodeError:
        pass
    ok &= not b.startswith(b"\xef\xbb\xbf")
    # bad files must be bad
    info = run("pdfinfo", str(OUT / "encrypted.pdf"))
    asks = info.returncode != 0 and b"Incorrect password" in info.stderr
    opened = run("pdfinfo", "-upw", PASSWORD, str(OUT / "encrypted.pdf"))
    print(f"encrypted.pdf      {(OUT / 'encrypted.pdf').stat().st_size:>7} B  needs password: {'yes' if asks else 'NO'};"
          f" opens with it: {'yes' if opened.returncode == 0 else 'NO'}")
    ok &= asks and opened.returncode == 0
    for name in ("empty.pdf", "corrupt.pdf", "junk.docx", "unsupported.bin"):
        path = OUT / name
        print(f"{name:18} {path.stat().st_size:>7} B  head: {path.read_bytes()[:8]!r}")
    ok &= (OUT / "empty.pdf").stat().st_size == 0
    ok &= b"%%EOF" not in (OUT / "corrupt.pdf").read_bytes()
    return ok


def main():
    for tool in ("soffice", "pdftotext", "pdfinfo", "iconv"):
        if not shutil.which(tool):
            sys.exit(f"{tool} not found")
    with tempfile.TemporaryDirectory(prefix="klangru-formats-") as t:
        tmp = pathlib.Path(t)
        profile = tmp / "lo-profile"
        (profile / "user").mkdir(parents=True)
        (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_XCU, encoding="utf-8")
        build(profile, tmp)
        if not check(profile, tmp):
            sys.exit("check failed")


if __name__ == "__main__":
    main()
