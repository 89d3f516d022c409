#!/usr/bin/env python3
"""Per-document and per-layout scores of one corpus, as Markdown, using the devcorpus scorers' own functions.

usage: eval-breakdown.py SCORE_DIR GOLD.json CLAIMS.json REPORTS.json [--misses]
SCORE_DIR holds score.py and score_meta.py (../shared/devcorpus); they are imported at run time, not copied, so a
document's figures here add up to what score.py and score_meta.py print for the whole corpus. A layout is the
key's `kind` field.
"""
import importlib.util, json, os, sys


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def doc_scores(score, meta, doc, claims, report):
    """Counts for one gold document, by the rules of score.main() and score_meta.main()."""
    s = {"n": 0, "loc": 0, "ok": 0, "tp": 0, "fp": 0, "fn": 0, "mn": 0, "mok": 0, "misses": []}
    for g in doc["claims"]:
        if g.get("confidence") != "high":
            continue
        s["n"] += 1
        c = score.locate(g["quote"], claims)
        if c is None:
            s["misses"].append(("NOT FOUND", g.get("speaker") or g.get("attributed_to"), None, g["quote"]))
            s["fn"] += len(g.get("countries", []))
            continue
        s["loc"] += 1
        gs, ps = g.get("speaker"), c.get("speaker")
        if isinstance(ps, dict):
            ps = ps.get("name")
        if score.same_person(gs, ps) if gs else not ps:
            s["ok"] += 1
        else:
            s["misses"].append(("speaker", gs or "(none: " + str(g.get("attributed_to")) + ")", ps, g["quote"]))
        gc = {score.canon_country(x) for x in g.get("countries", [])}
        pc = {score.canon_country(x) for x in (c.get("countries") or [])}
        allowed = gc | score.countries_in_text(c.get("text", ""))
        s["tp"] += len(gc & pc)
        s["fn"] += len(gc - pc)
        s["fp"] += len(pc - allowed)
    tests = {"title": meta.title_ok, "organisation": meta.org_ok, "kind": meta.kind_ok,
             "date": lambda g, p: (p or "")[:10] == g}
    s["meta_misses"] = []
    for field, test in tests.items():
        g = doc.get(field)
        if not g:
            continue
        s["mn"] += 1
        p = report.get(field)
        if test(g, p or ""):
            s["mok"] += 1
        else:
            s["meta_misses"].append((field, g, p))
    return s


def add(a, b):
    for k in ("n", "loc", "ok", "tp", "fp", "fn", "mn", "mok"):
        a[k] = a.get(k, 0) + b[k]
    return a


def f1(s):
    p = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 0.0
    r = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def row(name, kind, s):
    acc = f"{s['ok'] / s['n']:.3f}" if s["n"] else "–"
    countries = f"{f1(s):.3f}" if s["tp"] + s["fp"] + s["fn"] else "–"
    meta = f"{s['mok']}/{s['mn']}" if s["mn"] else "–"
    return f"| {name} | {kind} | {s['n']} | {s['loc']} | {s['ok']} | {acc} | {countries} | {meta} |"


def main(argv):
    misses = "--misses" in argv
    argv = [a for a in argv if a != "--misses"]
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    score = load(os.path.join(argv[0], "score.py"), "devcorpus_score")
    meta = load(os.path.join(argv[0], "score_meta.py"), "devcorpus_score_meta")
    gold = json.load(open(argv[1], encoding="utf-8"))
    claims = json.load(open(argv[2], encoding="utf-8"))
    reports = json.load(open(argv[3], encoding="utf-8"))
    by_src = {}
    for c in claims:
        c["_n"] = score.norm_text(c.get("text", ""))  # locate() reads the normalised text here, as in score.main()
        by_src.setdefault((c.get("source") or "").split("/")[-1], []).append(c)
    reps = {(r.get("source") or "").split("/")[-1]: r for r in reports}
    head = ["| document | layout (kind) | high claims | located | speaker right | speaker acc. | country F1 | metadata |",
            "|---|---|---:|---:|---:|---:|---:|---:|"]
    out = ["#### Per document", ""] + head
    layouts, total, per_doc = {}, {}, []
    for doc in gold["documents"]:
        s = doc_scores(score, meta, doc, by_src.get(doc["file"], []), reps.get(doc["file"], {}))
        per_doc.append((doc, s))
        out.append(row(doc["file"], doc.get("kind") or "?", s))
        add(layouts.setdefault(doc.get("kind") or "?", {}), s)
        add(total, s)
    out += ["", "#### Per layout", ""] + [h.replace("| document | layout (kind) |", "| layout (kind) | documents |")
                                          for h in head]
    for kind, s in sorted(layouts.items()):
        docs = sum(1 for d, _ in per_doc if (d.get("kind") or "?") == kind)
        out.append(row(kind, str(docs), s))
    out.append(row("**all**", str(len(per_doc)), total))
    if misses:
        out += ["", "#### Misses", ""]
        for doc, s in per_doc:
            for what, gold_who, got, quote in s["misses"]:
                out.append(f"- {doc['file']}: {what}: gold {gold_who!r}, got {got!r}: “{quote[:80]}”")
            for field, g, p in s["meta_misses"]:
                out.append(f"- {doc['file']}: {field}: gold {g!r}, got {p!r}")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
