import json, sys, hashlib
def lines(text):
    text = text.strip("\n")
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + [parts[-1]]
def make(path, cells):
    out = []
    stem = path.split("/")[-1].split(".")[0]
    for i, (kind, text) in enumerate(cells):
        cid = f"{stem[:2]}-{i+1:02d}"
        if kind == "md":
            out.append({"cell_type": "markdown", "id": cid, "metadata": {}, "source": lines(text)})
        else:
            out.append({"cell_type": "code", "execution_count": None, "id": cid,
                        "metadata": {"dotnet_interactive": {"language": "csharp"}, "polyglot_notebook": {"kernelName": "csharp"}},
                        "outputs": [], "source": lines(text)})
    nb = {"cells": out,
          "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"},
                       "language_info": {"name": "polyglot-notebook"},
                       "polyglot_notebook": {"kernelInfo": {"defaultKernelName": "csharp", "items": [{"aliases": [], "name": "csharp"}]}}},
          "nbformat": 4, "nbformat_minor": 5}
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps(nb, ensure_ascii=False, indent=1) + "\n")
def parse(src):
    # cells separated by lines "%% md" / "%% cs"
    cells = []; kind = None; buf = []
    for line in open(src, encoding="utf-8").read().split("\n"):
        if line.startswith("%% "):
            if kind: cells.append((kind, "\n".join(buf)))
            kind = line[3:].strip(); buf = []
        else:
            buf.append(line)
    if kind: cells.append((kind, "\n".join(buf)))
    return cells
if __name__ == "__main__":
    make(sys.argv[2], parse(sys.argv[1]))
