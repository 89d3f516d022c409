#!/usr/bin/env python3
"""Quote locators for answer keys over texts the project must not contain (the samples in ../shared/corpus).

A committed key stores each claim's quote as {"start": s, "end": e, "sha1": h}: offsets into the file's text
(decoded as UTF-8, line ends kept, offsets in code points) and the SHA-1 of the quote with runs of whitespace
collapsed to one space. At run time the quotes are read back from the file and checked against the hash.

  eval-key.py locate FILE QUOTE...         print the locator of each quote (quotes may use straight ' and ")
  eval-key.py lock DRAFT.json CORPUS OUT   replace every "quote" of a draft key by its locator
  eval-key.py materialise KEY CORPUS OUT   replace every locator by its quote (devcorpus format); exit 1 on a mismatch
"""
import hashlib, json, os, re, sys

WS = re.compile(r"[ \t\n\x0b\f\r]+")  # the whitespace Java's \s matches, so the Java side hashes alike
QUOTE_CHARS = {"'": "['\u2018\u2019]", '"': "[\"\u201c\u201d]", "-": "[-\u2013\u2014]"}


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:  # newline="" keeps \r\n, so offsets match Java's
        return f.read()


def digest(quote):
    return hashlib.sha1(WS.sub(" ", quote).strip().encode("utf-8")).hexdigest()


def pattern(quote):
    """The quote as a pattern: typographic quotes and dashes interchangeable, a space matches spaces or tabs."""
    out = []
    for ch in quote.strip():
        if ch in QUOTE_CHARS:
            out.append(QUOTE_CHARS[ch])
        elif ch == " ":
            out.append("[ \t]+")
        else:
            out.append(re.escape(ch))
    return "".join(out)


def locate(text, quote):
    """The locator of the one place the quote occurs (also case-insensitively), never across a line break."""
    hits = [m.span() for m in re.finditer(pattern(quote), text, re.IGNORECASE)]
    if len(hits) != 1:
        raise ValueError(f"{len(hits)} occurrences (case-insensitive) of: {quote}")
    s, e = hits[0]
    exact = text[s:e]
    return {"start": s, "end": e, "sha1": digest(exact)}, exact


def resolve(text, loc):
    quote = text[loc["start"]:loc["end"]]
    if digest(quote) != loc["sha1"]:
        raise ValueError(f"the text at [{loc['start']},{loc['end']}) no longer matches its sha1 "
                         f"(found: {quote[:60]!r}); has the file changed?")
    return quote


def resolve_value(text, value):
    """A key field that is a locator (a name, a title, an organisation) read back from the text; text stays text."""
    if isinstance(value, dict) and "sha1" in value:
        return resolve(text, value)
    return value


def main(argv):
    if len(argv) >= 3 and argv[0] == "locate":
        text = read_text(argv[1])
        for q in argv[2:]:
            loc, exact = locate(text, q)
            print(json.dumps(loc), "#", exact)
        return 0
    if len(argv) == 4 and argv[0] in ("lock", "materialise"):
        key = json.load(open(argv[1], encoding="utf-8"))
        errors = 0
        for doc in key["documents"]:
            text = read_text(os.path.join(argv[2], doc["file"]))
            for i, c in enumerate(doc["claims"]):
                where = f"{doc['file']} claim {i + 1}"
                try:
                    if argv[0] == "lock":
                        c["quote"], exact = locate(text, c["quote"])
                        words = len(exact.split())
                        if "\n" in exact or not 8 <= words <= 25:
                            raise ValueError(f"{words} words or a line break in: {exact}")
                    else:
                        c["quote"] = resolve(text, c["quote"])
                        for f in ("speaker", "attributed_to"):
                            c[f] = resolve_value(text, c.get(f))
                        if isinstance(c.get("section"), list):
                            c["section"] = " > ".join(resolve_value(text, part) for part in c["section"])
                except ValueError as e:
                    print(f"{where}: {e}", file=sys.stderr)
                    errors += 1
            if argv[0] == "materialise":
                try:
                    for f in ("title", "organisation"):
                        doc[f] = resolve_value(text, doc.get(f))
                    for person in doc.get("people", []):
                        for f in ("name", "name_as_written", "role"):
                            person[f] = resolve_value(text, person.get(f))
                except ValueError as e:
                    print(f"{doc['file']}: {e}", file=sys.stderr)
                    errors += 1
        if errors:
            print(f"{errors} quote(s) failed; nothing written", file=sys.stderr)
            return 1
        with open(argv[3], "w", encoding="utf-8") as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
