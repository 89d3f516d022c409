#!/usr/bin/env python3
"""Themes against a hand-made key (issue 19): leaf and parent precision, recall and F1, as Markdown.

usage: eval-themes.py KEY.tsv CLAIMS.json [CLAIMS.json ...] [--shared DIR] [--misses] [--pairs OUT.tsv] [--coverage]

KEY.tsv: `#` comment lines, then per row: source path under ../shared, a marker substring of the sentence, its themes
(Parent/Leaf separated by |, empty = no theme). CLAIMS.json: what `rapporteur claims --json` prints (fields `source`,
`text`, `themes[].theme`, `themes[].evidence`); give one per workspace (samples, dev corpus, UN speeches).

A row is located in the claims whose `source` and the row's path end alike (one is a path suffix of the other, so a
workspace indexed from a folder of copies still matches): the claim whose text (white space collapsed, ** removed)
holds the marker; else the claim holding the longest prefix of it of at least 4 words (a claim boundary inside the
marker); else the row is not located and predicts no theme. Scores are micro-averaged over rows: at leaf level on
Parent/Leaf themes (a predicted parent alone is ignored there), at parent level on the sets of parents.

--shared DIR   also check that each marker occurs exactly once in its source file under DIR (exit 1 when not; the
               message names the key's line, never its text, so a blind key stays unread)
--misses       list each row whose predicted leaves differ from the key's, with the claim's evidence
--pairs OUT    write `claim text<TAB>gold themes` per located row (for calibrating thresholds)
--coverage     per CLAIMS.json, the share of its claims with at least one theme
(eval-themes.py --self-check scores a small made-up key and claims and exits 1 when the figures differ.)
The last line is machine readable: leafP=.. leafR=.. leafF1=.. parentP=.. parentR=.. parentF1=.. located=N/M
"""
import json, os, re, sys

MIN_PREFIX_WORDS = 4


def norm(s):
    return re.sub(r"\s+", " ", s.replace("**", "")).strip()


def read_key(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 2:  # names the line only: a blind key's text must not reach the console
                sys.exit("eval-themes: %s:%d: want tab-separated path, marker and themes" % (path, n))
            src, marker, themes = parts[0], parts[1], parts[2] if len(parts) > 2 else ""
            gold = {t.strip() for t in themes.split("|") if t.strip()}
            rows.append({"path": src, "marker": norm(marker), "gold": gold, "line": n})
    return rows


def same_file(a, b):
    """True when one path is the other or ends with it after a /."""
    a, b = a.replace("\\", "/"), b.replace("\\", "/")
    short, long_ = sorted((a, b), key=len)
    return long_ == short or long_.endswith("/" + short)


def locate(marker, claims):
    """(claim, by_prefix): the claim holding the marker, else the one holding its longest prefix of >= 4 words (the
    claim ending with it first); (None, False) when neither."""
    for c in claims:
        if marker in c["norm"]:
            return c, False
    words = marker.split(" ")
    for k in range(len(words) - 1, MIN_PREFIX_WORDS - 1, -1):
        prefix = " ".join(words[:k])
        for c in claims:
            if c["norm"].endswith(prefix):  # the marker runs on into the next claim
                return c, True
        for c in claims:
            if prefix in c["norm"]:
                return c, True
    return None, False


def leaves(themes):
    return {t for t in themes if "/" in t}


def parents(themes):
    return {t.split("/", 1)[0] for t in themes}


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def counts(rows):
    c = {"rows": len(rows), "located": 0, "ltp": 0, "lpred": 0, "lgold": 0, "ptp": 0, "ppred": 0, "pgold": 0,
         "with_gold": 0, "covered": 0, "no_gold": 0, "empty_right": 0}
    for r in rows:
        pred, gold = r["pred"], r["gold"]
        c["located"] += r["claim"] is not None
        lp, lg = leaves(pred), leaves(gold)
        c["ltp"] += len(lp & lg); c["lpred"] += len(lp); c["lgold"] += len(lg)
        pp, pg = parents(pred), parents(gold)
        c["ptp"] += len(pp & pg); c["ppred"] += len(pp); c["pgold"] += len(pg)
        if gold:
            c["with_gold"] += 1
            c["covered"] += bool(pred)
        else:
            c["no_gold"] += 1
            c["empty_right"] += not pred
    return c


def table_row(name, c):
    lp, lr, lf = prf(c["ltp"], c["lpred"], c["lgold"])
    pp, pr, pf = prf(c["ptp"], c["ppred"], c["pgold"])
    return ("| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %d/%d | %d/%d |"
            % (name, c["rows"], c["located"], lp, lr, lf, pp, pr, pf, c["covered"], c["with_gold"],
               c["empty_right"], c["no_gold"]))


def main(argv):
    args, opts, i = [], {"shared": None, "misses": False, "pairs": None, "coverage": False}, 0
    while i < len(argv):
        a = argv[i]
        if a in ("--shared", "--pairs"):
            if i + 1 == len(argv):
                sys.exit("eval-themes: %s needs a value" % a)
            opts[a[2:]] = argv[i + 1]; i += 2; continue
        if a in ("--misses", "--coverage"):
            opts[a[2:]] = True
        elif a.startswith("--"):
            sys.exit(__doc__)
        else:
            args.append(a)
        i += 1
    if len(args) < 2:
        sys.exit(__doc__)
    rows = read_key(args[0])

    if opts["shared"]:
        bad = []
        for r in rows:
            with open("%s/%s" % (opts["shared"], r["path"]), encoding="utf-8", errors="replace") as f:
                n = norm(f.read()).count(r["marker"])
            if n != 1:
                bad.append("%s:%d: the marker occurs %d times in %s" % (args[0], r["line"], n, r["path"]))
        if bad:
            print("\n".join(bad), file=sys.stderr)
            sys.exit("eval-themes: %d markers do not occur exactly once in their source" % len(bad))

    by_source, coverage = {}, []
    for path in args[1:]:
        with open(path, encoding="utf-8") as f:
            claims = json.load(f)
        for c in claims:
            c["norm"] = norm(c.get("text") or "")
            by_source.setdefault(c["source"], []).append(c)
        coverage.append((path, len(claims), sum(1 for c in claims if c.get("themes"))))

    for r in rows:
        claims = [c for s, cs in by_source.items() if same_file(s, r["path"]) for c in cs]
        r["claim"], r["by_prefix"] = locate(r["marker"], claims) if r["marker"] else (None, False)
        r["pred"] = {t["theme"] for t in r["claim"]["themes"]} if r["claim"] else set()
        r["corpus"] = r["path"].split("/", 1)[0]

    head = ("| key rows | n | located | leaf P | leaf R | leaf F1 | parent P | parent R | parent F1 "
            "| with gold: got a theme | no gold: got none |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    out = [head, table_row("all", counts(rows))]
    for corpus in sorted({r["corpus"] for r in rows}):
        out.append(table_row(corpus, counts([r for r in rows if r["corpus"] == corpus])))
    print("\n".join(out))

    if opts["coverage"]:
        print("\n| claims file | claims | with a theme | share |\n|---|---:|---:|---:|")
        for path, n, themed in coverage:
            print("| %s | %d | %d | %.3f |" % (os.path.basename(path), n, themed, themed / n if n else 0.0))

    if opts["misses"]:
        print("\n#### Misses\n")
        for r in rows:
            if r["claim"] is None:
                print("- `%s` «%s»: NOT LOCATED; gold %s" % (r["path"], r["marker"], " | ".join(sorted(r["gold"])) or "—"))
            elif leaves(r["pred"]) != leaves(r["gold"]):
                ev = "; ".join(t["theme"] + (" (%s)" % ", ".join(t["evidence"]) if t.get("evidence") else "")
                               for t in r["claim"]["themes"]) or "—"
                print("- `%s` «%s»%s: gold %s; predicted %s" % (
                    r["path"], r["marker"], " (a claim boundary inside the marker)" if r["by_prefix"] else "",
                    " | ".join(sorted(r["gold"])) or "—", ev))

    if opts["pairs"]:
        with open(opts["pairs"], "w", encoding="utf-8") as f:
            for r in rows:
                if r["claim"] is not None:
                    f.write("%s\t%s\n" % (r["claim"]["norm"].replace("\t", " "), "|".join(sorted(r["gold"]))))

    c = counts(rows)
    lp, lr, lf = prf(c["ltp"], c["lpred"], c["lgold"])
    pp, pr, pf = prf(c["ptp"], c["ppred"], c["pgold"])
    print("\nleafP=%.3f leafR=%.3f leafF1=%.3f parentP=%.3f parentR=%.3f parentF1=%.3f located=%d/%d"
          % (lp, lr, lf, pp, pr, pf, c["located"], c["rows"]))


def self_check():
    """A small key and claims with known scores: the marker split by a claim boundary, a parent-only prediction,
    a row not located, a row with no gold theme (run with --self-check)."""
    import contextlib, io, os, tempfile
    with tempfile.TemporaryDirectory() as d:
        key, claims = os.path.join(d, "key.tsv"), os.path.join(d, "claims.json")
        with open(key, "w", encoding="utf-8") as f:
            f.write("# comment\ncorpus/a.txt\tone two three four five six\tA/x|B/y\n"
                    "corpus/a.txt\tseven eight nine ten\tA/x\nungdc/speeches/1990/b.txt\talpha beta gamma\t\n"
                    "devcorpus/texts/c.md\tnever here at all\tB/z\n")
        with open(claims, "w", encoding="utf-8") as f:
            json.dump([{"source": "a.txt", "text": "zero one  two **three** four five",
                        "themes": [{"theme": "A/x", "evidence": ["one"]}, {"theme": "B", "evidence": []}]},
                       {"source": "a.txt", "text": "six seven eight nine ten", "themes": [{"theme": "A/w"}]},
                       {"source": "speeches/1990/b.txt", "text": "alpha beta gamma", "themes": []},
                       {"source": "c.md", "text": "nothing", "themes": [{"theme": "B/z"}]}], f)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            main([key, claims])
    want = ("leafP=0.500 leafR=0.250 leafF1=0.333 parentP=1.000 parentR=0.750 parentF1=0.857 located=3/4")
    got = out.getvalue().strip().splitlines()[-1]
    sys.exit(0 if got == want else "eval-themes: self-check failed:\n got  %s\n want %s" % (got, want))


if __name__ == "__main__":
    self_check() if sys.argv[1:] == ["--self-check"] else main(sys.argv[1:])
