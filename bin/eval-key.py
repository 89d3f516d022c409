#!/usr/bin/env python3
"""Quote locators for answer keys over texts the project must not contain (the samples in ../shared/corpus).

A committed key stores each claim's quote as {"start": s, "end": e, "sha1": h}: offsets into the file's text
(decoded as UTF-8, line ends kept, offsets in code points) and the SHA-1 of the quote with runs of whitespace
collapsed to one space. At run time the quotes are read back from the file and checked against the hash.

  eval-key.py locate FILE QUOTE...         print the locator of each quote (quotes may use straight ' and ")
  eval-key.py lock DRAFT.json CORPUS OUT   replace every "quote" of a draft key by its locator
  eval-key.py materialise KEY CORPUS OUT   replace every locator by its quote (devcorpus format); exit 1 on a mismatch

A key is either grouped by document ({"documents": [{"file", "claims": [...]}]}, the attribution keys) or a flat
list of claims that each name their file ({"claims": [{"file", "quote", ...}]}, the paraphrase key, whose files are
paths relative to ../shared such as corpus/..., devcorpus/texts/..., ungdc/speeches/...; CORPUS is then ../shared).
A FILE that does not exist as given is looked up under the shared data folder ($RAPPORTEUR_SHARED, else ../shared
beside the project).
"""
import hashlib, json, os, re, sys

SHARED = os.environ.get("RAPPORTEUR_SHARED",
                        os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared"))
WS = re.compile(r"[ \t\n\x0b\f\r]+")  # the whitespace Java's \s matches, so the Java side hashes alike
QUOTE_CHARS = {"'": "['\u2018\u2019]", '"': "[\"\u201c\u201d]", "-": "[-\u2013\u2014]"}


def read_text(path):
    if not os.path.exists(path) and os.path.exists(os.path.join(SHARED, path)):
        path = os.path.join(SHARED, path)  # a path relative to ../shared, as the paraphrase key writes them
    with open(path, encoding="utf-8", newline="") as f:  # newline="" keeps \r\n, so offsets match Java's
        return f.read()


def digest(quote):
    return hashlib.sha1(WS.sub(" ", quote).strip().encode("utf-8")).hexdigest()


def pattern(quote, soft_wraps=False):
    """The quote as a pattern: typographic quotes and dashes interchangeable, a space matches spaces or tabs (and,
    with soft_wraps, one line end: the hard-wrapped UN speeches of 1993-2013 break sentences every few words)."""
    space = r"(?:[ \t]+|[ \t]*\r?\n[ \t]*)" if soft_wraps else "[ \t]+"
    out = []
    for ch in quote.strip():
        if ch in QUOTE_CHARS:
            out.append(QUOTE_CHARS[ch])
        elif ch == " ":
            out.append(space)
        else:
            out.append(re.escape(ch))
    return "".join(out)


def locate(text, quote, soft_wraps=False):
    """The locator of the one place the quote occurs (also case-insensitively), never across a line break (with
    soft_wraps: never across a blank line)."""
    hits = [m.span() for m in re.finditer(pattern(quote, soft_wraps), text, re.IGNORECASE)]
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


def checked_locator(text, quote, soft_wraps=False):
    """The locator of a quote a key may hold: 8-25 words, no line break (with soft_wraps: no blank line and not two
    sentences)."""
    loc, exact = locate(text, quote, soft_wraps)
    words = len(exact.split())
    broken = re.search(r"\n[ \t]*\r?\n", exact) if soft_wraps else "\n" in exact
    if broken or not 8 <= words <= 25:
        raise ValueError(f"{words} words or a line break in: {exact}")
    if soft_wraps and re.search(r"[.?!]\s+[A-Z]", exact):
        raise ValueError(f"more than one sentence in: {exact}")
    return loc


def flat_key(action, claims, root):
    """Lock or materialise a key whose claims each name their file (relative to root); the number of failures."""
    errors = 0
    for i, c in enumerate(claims):
        try:
            text = read_text(os.path.join(root, c["file"]))
            if action == "lock":
                c["quote"] = checked_locator(text, c["quote"], soft_wraps=True)
            else:
                c["quote"] = resolve(text, c["quote"])
        except (ValueError, OSError) as e:
            print(f"claim {i + 1} ({c['file']}): {e}", file=sys.stderr)
            errors += 1
    return errors


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
        if "claims" in key:
            errors = flat_key(argv[0], key["claims"], argv[2])
        for doc in key.get("documents", []):
            text = read_text(os.path.join(argv[2], doc["file"]))
            for i, c in enumerate(doc["claims"]):
                where = f"{doc['file']} claim {i + 1}"
                try:
                    if argv[0] == "lock":
                        c["quote"] = checked_locator(text, c["quote"])
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
