"""Compare two snapshots of one database, before and after an upgrade (snapshot.py).

    python tests/upgrade/compare.py BEFORE.json AFTER.json [--renames FILE] [--limit N]

Exits 1 and prints the first N differences of each section when anything was lost or
changed, 0 when the upgraded database serves the same content to the same addresses
with the same permissions. The renames an upgrade declares (renames.json beside this
file, described in README.md) are applied to the "before" snapshot first:

- ``content_types``: "old_app.model" -> "new_app.model", for content types (pages,
  permissions and every row pointing at them follow the rename);
- ``tables``: "old_table" -> "new_table", for row counts;
- ``api_strings``: any string in the API's answers, as a whole value or an object's
  key, e.g. a page type "publications.BookshelfPage" -> "bookshelf.BookshelfPage".

Allowed without a declaration: new tables with no rows, and new content types of models
that have no objects yet (with their permissions, which Django adds on migrate).
"""

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

# Values that are the time of the request, not stored content.
VOLATILE_KEYS = {"generated_at"}
# Every model's own permissions and its content type are rows of these two tables.
PERMISSION_TABLE = "auth_permission"
PERMISSION_COLUMN = "auth_permission.content_type_id"
CONTENT_TYPE_TABLE = "django_content_type"


class Section:
    """The differences found in one part of the snapshots, and notes that are not."""

    def __init__(self, name):
        self.name, self.differences, self.notes = name, [], []

    def differ(self, where, before, after):
        self.differences.append(f"{where}: {short(before)} -> {short(after)}")


def short(value, width=300):
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= width else text[:width] + f"… ({len(text)} characters)"


def place(where, key):
    """``where`` followed by a key: addresses and ids in brackets, names after a dot."""
    if key.startswith("["):
        return f"{where}{key}"
    if key.startswith("/") or key.isdigit():
        return f"{where}[{key}]"
    return f"{where}.{key}"


def text_lines(text):
    """Lines to diff: XML and escaped HTML are cut between tags, since a feed or a
    sitemap is one line of many entries; each line shortened for the report."""
    lines = re.split(r"(?<=>)(?=<)|(?<=&gt;)(?=&lt;)|\n", text)
    return [line if len(line) <= 200 else line[:200] + "…" for line in lines]


def diff_values(section, where, before, after):
    """Record where two JSON values differ, down to the leaves that do."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            if key in VOLATILE_KEYS:
                continue
            if key not in after:
                section.differ(place(where, key), before[key], "(missing)")
            elif key not in before:
                section.differ(place(where, key), "(missing)", after[key])
            else:
                diff_values(section, place(where, key), before[key], after[key])
    elif isinstance(before, list) and isinstance(after, list):
        if all(isinstance(item, dict) and "id" in item for item in before + after):
            # API items by id: one missing item is one difference, not a shifted list.
            order = [item["id"] for item in before], [item["id"] for item in after]
            if order[0] != order[1] and set(order[0]) == set(order[1]):
                section.differ(f"{where} (order of ids)", *order)
            diff_values(
                section,
                where,
                {f"[id={item['id']}]": item for item in before},
                {f"[id={item['id']}]": item for item in after},
            )
            return
        if len(before) != len(after):
            section.differ(f"{where} (length)", len(before), len(after))
        for index, (old, new) in enumerate(zip(before, after, strict=False)):
            diff_values(section, f"{where}[{index}]", old, new)
    elif isinstance(before, str) and isinstance(after, str) and "\n" in before + after:
        if before != after:
            lines = difflib.unified_diff(
                text_lines(before), text_lines(after), "before", "after", lineterm="", n=0
            )
            section.differences.append(f"{where}:\n      " + "\n      ".join(list(lines)[:16]))
    elif before != after:
        section.differ(where, before, after)


def rename_strings(value, mapping):
    """``value`` with every string that is a key of ``mapping`` replaced, keys too."""
    if isinstance(value, dict):
        return {mapping.get(k, k): rename_strings(v, mapping) for k, v in value.items()}
    if isinstance(value, list):
        return [rename_strings(item, mapping) for item in value]
    if isinstance(value, str):
        return mapping.get(value, value)
    return value


def rename_permission(label, content_types):
    """'app.model.codename' with the content type renamed."""
    app, model, codename = label.split(".", 2)
    return f"{content_types.get(f'{app}.{model}', f'{app}.{model}')}.{codename}"


def rename_column(key, tables):
    table, column = key.rsplit(".", 1)
    return f"{tables.get(table, table)}.{column}"


def apply_renames(before, renames):
    """The "before" snapshot as the upgrade says it should look afterwards."""
    cts, tables = renames["content_types"], renames["tables"]
    before["api"] = rename_strings(before["api"], renames["api_strings"])
    before["row_counts"] = {tables.get(t, t): n for t, n in before["row_counts"].items()}
    for page in before["pages"]:
        page["type"] = cts.get(page["type"], page["type"])
        if page["url_path"] == "/":
            page["title"] = renames.get("root_page_title", {}).get(page["title"], page["title"])
    perms = before["permissions"]
    perms["groups"] = {
        group: sorted(rename_permission(p, cts) for p in labels)
        for group, labels in perms["groups"].items()
    }
    perms["users"] = {
        user: sorted(rename_permission(p, cts) for p in labels)
        for user, labels in perms["users"].items()
    }
    root_collection = renames.get("root_collection_name", {})
    perms["collection"] = [
        [group, " / ".join([root_collection.get(root, root), *rest]), permission]
        for group, (root, *rest), permission in (
            (g, place.split(" / "), p) for g, place, p in perms["collection"]
        )
    ]
    for kind in ("page", "collection"):
        perms[kind] = sorted([g, place, rename_permission(p, cts)] for g, place, p in perms[kind])
    change_page_permissions(before, renames.get("page_permissions", {}))
    before["content_types"] = {
        cts.get(label, label): {
            **entry,
            "references": {rename_column(k, tables): n for k, n in entry["references"].items()},
        }
        for label, entry in before["content_types"].items()
    }
    add_seeded(before, renames.get("seeded", {}))
    before["api_added"] = renames.get("api_added", {})
    before["api_changed"] = renames.get("api_changed", {})
    add_page_fields(before["api"], renames.get("page_fields_added", {}))
    return before


def add_page_fields(api, added):
    """Fields a page type gains ({type: {field: value}}), as every page of that type in
    the earlier type listings and page details would show them: the value a migration
    gives existing pages. A field already there keeps its value, so that a change to it
    still shows. The listing of all pages shows no type's own fields: left alone."""
    if not added:
        return

    def walk(node):
        if isinstance(node, dict):
            meta = node.get("meta")
            page_type = meta.get("type") if isinstance(meta, dict) else None
            for field, value in added.get(page_type, {}).items():
                node.setdefault(field, value)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(api["page_types"])
    walk(api["page_details"])


def change_page_permissions(before, changes):
    """Page permissions the upgrade takes away ("removed": rows) and grants ("added":
    each of its groups on each of its pages), with the rows they count."""
    removed = {tuple(row) for row in changes.get("removed", [])}
    added = changes.get("added", {})
    granted = [
        [group, page, added["permission"]]
        for group in added.get("groups", [])
        for page in added.get("pages", [])
    ]
    rows = before["permissions"]["page"]
    kept = [row for row in rows if tuple(row) not in removed]
    before["permissions"]["page"] = sorted(kept + granted)
    change = len(kept) + len(granted) - len(rows)
    before["row_counts"]["wagtailcore_grouppagepermission"] += change
    before["content_types"]["wagtailcore.grouppagepermission"]["objects"] += change


def add_seeded(before, seeded):
    """Rows the upgrade's migrations create on purpose ("rows": {table: count}), groups
    they create or extend ("groups": {name: permissions}) and the objects of new content
    types ("objects": {app_label.model: count})."""
    counts = before["row_counts"]
    for table, rows in seeded.get("rows", {}).items():
        counts[table] = counts.get(table, 0) + rows
    groups = before["permissions"]["groups"]
    members = before["permissions"]["members"]
    for group, labels in seeded.get("groups", {}).items():
        groups[group] = sorted({*groups.get(group, []), *labels})
        members.setdefault(group, [])
    types = before["content_types"]
    objects = seeded.get("objects", {})
    for label, count in objects.items():
        if label in types and types[label]["objects"] is not None:
            types[label] = {**types[label], "objects": types[label]["objects"] + count}
    before["seeded_objects"] = {label: n for label, n in objects.items() if label not in types}


def add_declared_api(before, after, added):
    """Parts of API answers the upgrade adds on purpose ({answer: [key path]}, such as a
    new operation of /api/openapi.json), taken from "after" where "before" has none: a
    declared addition never hides a change to something that was already there."""
    for answer, key_paths in added.items():
        for *parents, key in key_paths:
            old, new = before.get(answer), after.get(answer)
            for parent in parents:
                old = old.get(parent) if isinstance(old, dict) else None
                new = new.get(parent) if isinstance(new, dict) else None
            if isinstance(old, dict) and isinstance(new, dict) and key in new and key not in old:
                old[key] = new[key]


def _child(node, key):
    if isinstance(node, dict):
        return node.get(key)
    if isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
        return node[key]
    return None


def change_declared_api(before, after, changed):
    """Parts of API answers the upgrade changes on purpose ({answer: [key path]}; list
    indexes as numbers): a list that only gains items, such as the enum of content
    kinds, or a text, such as a parameter's description. A declared list that lost an
    item is left as it was, so the loss still shows."""
    for answer, key_paths in changed.items():
        for *parents, key in key_paths:
            old, new = before.get(answer), after.get(answer)
            for parent in parents:
                old, new = _child(old, parent), _child(new, parent)
            old_value, new_value = _child(old, key), _child(new, key)
            if type(old_value) is not type(new_value) or not isinstance(old_value, list | str):
                continue
            if isinstance(old_value, list):
                kept = {json.dumps(item, sort_keys=True) for item in new_value}
                if any(json.dumps(item, sort_keys=True) not in kept for item in old_value):
                    continue
            old[key] = new_value


def compare_content_types(before, after, seeded_objects=None):
    """Every content type keeps its objects and what points at it; a new one must be a
    new model with nothing yet; none that lost its model may keep anything pointing at
    it (pages, revisions… of a class that no longer exists). Returns the section and
    the rows that new content types legitimately add to the permission and content type
    tables."""
    section = Section("content types")
    added = {PERMISSION_TABLE: 0, CONTENT_TYPE_TABLE: 0}
    for label in sorted(set(after) - set(before)):
        new = after[label]
        others = set(new["references"]) - {PERMISSION_COLUMN}
        expected = (seeded_objects or {}).get(label, 0)
        if new["model_exists"] and (new["objects"] or 0) == expected and not others:
            section.notes.append(f"new content type {label}")
            added[PERMISSION_TABLE] += new["references"].get(PERMISSION_COLUMN, 0)
            added[CONTENT_TYPE_TABLE] += 1
        else:
            section.differ(label, "(no such content type)", new)
    # The models of those two tables count the new content types' rows too.
    grown = {"auth.permission": PERMISSION_TABLE, "contenttypes.contenttype": CONTENT_TYPE_TABLE}
    for label, old in sorted(before.items()):
        new = after.get(label)
        if new is None:
            section.differ(label, old, "(content type gone)")
            continue
        if label in grown and old["objects"] is not None:
            old = {**old, "objects": old["objects"] + added[grown[label]]}
        diff_values(section, label, old, new)
    for label, new in sorted(after.items()):
        old = before.get(label)
        was_orphan = old is not None and not old["model_exists"] and old["references"]
        if not new["model_exists"] and new["references"] and not was_orphan:
            section.differences.append(
                f"{label}: ORPHANED, its model class no longer exists but rows still "
                f"point at it: {short(new['references'])}"
            )
    return section, added


def compare_row_counts(before, after, added):
    section = Section("row counts")
    new_empty = []
    for table in sorted(set(before) | set(after)):
        old, new = before.get(table), after.get(table)
        expected = None if old is None else old + added.get(table, 0)
        if old is None and new == 0:
            new_empty.append(table)
        elif new != expected:
            section.differ(table, "(no table)" if old is None else old, new)
        elif added.get(table):
            section.notes.append(f"{table}: {old} -> {new}, rows of the new content types")
    if new_empty:
        section.notes.append(f"new empty tables: {', '.join(new_empty)}")
    return section


def as_sets(permissions):
    """Lists of permissions as sets ({item: "granted"}), so that one missing permission
    is one difference."""

    def as_set(items):
        return {" | ".join(item) if isinstance(item, list) else item: "granted" for item in items}

    return {
        kind: as_set(value) if isinstance(value, list) else {k: as_set(v) for k, v in value.items()}
        for kind, value in permissions.items()
    }


def compare(before, after):
    types, added = compare_content_types(
        before["content_types"], after["content_types"], before.get("seeded_objects")
    )
    sections = [compare_row_counts(before["row_counts"], after["row_counts"], added)]
    pages = Section("pages")
    diff_values(pages, "page", before["pages"], after["pages"])
    html = Section("site addresses")
    diff_values(html, "GET", before["html"], after["html"])
    api = Section("API answers")
    add_declared_api(before["api"]["answers"], after["api"]["answers"], before.get("api_added", {}))
    change_declared_api(
        before["api"]["answers"], after["api"]["answers"], before.get("api_changed", {})
    )
    for part in ("answers", "page_types", "page_details"):
        diff_values(api, part, before["api"][part], after["api"][part])
    permissions = Section("permissions")
    diff_values(
        permissions, "permissions", as_sets(before["permissions"]), as_sets(after["permissions"])
    )
    return [*sections, pages, html, api, permissions, types]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--renames", type=Path, default=Path(__file__).with_name("renames.json"))
    parser.add_argument("--limit", type=int, default=20, help="differences shown per section")
    args = parser.parse_args(argv)
    renames = {"content_types": {}, "tables": {}, "api_strings": {}}
    renames.update(json.loads(args.renames.read_text()))
    before = apply_renames(json.loads(args.before.read_text()), renames)
    after = json.loads(args.after.read_text())

    failed = False
    for section in compare(before, after):
        for note in section.notes:
            print(f"  note ({section.name}): {note}")
        if not section.differences:
            print(f"ok    {section.name}")
            continue
        failed = True
        print(f"FAIL  {section.name}: {len(section.differences)} difference(s), before -> after")
        for line in section.differences[: args.limit]:
            print(f"    {line}")
        if len(section.differences) > args.limit:
            print(f"    … and {len(section.differences) - args.limit} more")
    summary = (
        f"{len(after['row_counts'])} tables, {len(after['pages'])} pages, "
        f"{len(after['html'])} site addresses, {len(after['api']['page_details'])} API page "
        f"details, {len(after['content_types'])} content types"
    )
    print(("UPGRADE LOST OR CHANGED SOMETHING" if failed else "Upgrade kept everything") + ":")
    print(f"  compared {summary}; renames declared in {args.renames}: {short(renames)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
