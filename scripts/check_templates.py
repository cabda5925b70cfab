#!/usr/bin/env python3
"""Validate the cue-card templates in resources/templates/ against docs/TEMPLATE_FORMAT.md (format 1).

Usage: scripts/check_templates.py [template.json ...]
With no arguments every resources/templates/*.json is checked. Exit status 0 when clean, 1 on errors.
Warnings (for example an item count outside 10-25) do not change the exit status.
"""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATE_DIR = os.path.join(ROOT, "resources", "templates")

AREAS = {"integration", "self-supporting", "igu", "sickness-benefit", "cash-benefit", "job-clarification",
         "resource-course", "adult-disability"}
SEVERITIES = {"critical", "major", "minor"}
ROLLS = {"none", "next-working-day"}
PERIOD_RE = re.compile(r"^(P\d+[DWM]|\d+WD|EOW\d+)$")
TEMPLATE_KEY_RE = re.compile(r"^[a-z0-9-]+$")
SUBGROUP_KEY_RE = re.compile(r"^[a-z0-9-]+$")
NAME_RE = re.compile(r"^[a-z0-9_]+$")          # date-field, event-kind, section and item-name keys
ITEM_KEY_RE = re.compile(r"^[a-z0-9-]+\.[a-z0-9_]+\.[a-z0-9_]+$")

TOP_KEYS = {"format", "key", "version", "area", "title", "description", "reference_date", "subgroups",
            "date_fields", "event_kinds", "sections"}
TOP_REQUIRED = TOP_KEYS  # subgroups may be an empty list
ITEM_KEYS = {"key", "text", "law", "guidance", "remediation", "severity", "applies", "rules"}
ITEM_REQUIRED = {"key", "text", "law", "guidance", "remediation", "severity"}
RULE_KEYS = {"version", "valid_from", "valid_to", "note", "check", "text"}
CHECK_FIELDS = {
    "deadline": ({"type", "start", "period"}, {"actual", "actual_event", "roll"}),
    "date_recorded": ({"type", "field"}, set()),
    "event_count": ({"type", "event", "start", "period", "min"}, set()),
    "event_note_lag": ({"type", "event", "max"}, set()),
    "event_form_reason": ({"type", "event"}, set()),
}
MIN_ITEMS, MAX_ITEMS = 10, 25


class Report:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def error(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warning {where}: {msg}")


def check_text(rep, where, value):
    """A user-visible text: {"da": non-empty, "en": non-empty} and nothing else."""
    if not isinstance(value, dict):
        rep.error(where, "must be an object with 'da' and 'en'")
        return
    for lang in ("da", "en"):
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            rep.error(where, f"'{lang}' missing or empty")
        elif text != text.strip() or "  " in text:
            rep.warn(where, f"'{lang}' has stray whitespace")
    extra = set(value) - {"da", "en"}
    if extra:
        rep.error(where, f"unknown languages {sorted(extra)}")


def parse_date(rep, where, value):
    if value is None:
        return None
    if not isinstance(value, str):
        rep.error(where, "must be an ISO date string or null")
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        rep.error(where, f"'{value}' is not an ISO date (YYYY-MM-DD)")
        return None


def check_period(rep, where, value):
    if not isinstance(value, str) or not PERIOD_RE.match(value):
        rep.error(where, f"period '{value}' does not match P<n>D, P<n>W, P<n>M, <n>WD or EOW<n>")


def check_check(rep, where, check, date_keys, event_keys):
    if not isinstance(check, dict):
        rep.error(where, "check must be an object")
        return
    ctype = check.get("type")
    if ctype not in CHECK_FIELDS:
        rep.error(where, f"unknown check type '{ctype}'")
        return
    required, optional = CHECK_FIELDS[ctype]
    missing = required - set(check)
    if missing:
        rep.error(where, f"{ctype}: missing {sorted(missing)}")
    extra = set(check) - required - optional
    if extra:
        rep.error(where, f"{ctype}: unknown fields {sorted(extra)}")

    def need_date(field):
        if field in check and check[field] not in date_keys:
            rep.error(where, f"{field} '{check[field]}' is not a date field of the template")

    def need_event(field):
        if field in check and check[field] not in event_keys:
            rep.error(where, f"{field} '{check[field]}' is not an event kind of the template")

    if ctype == "deadline":
        need_date("start")
        has_actual, has_event = "actual" in check, "actual_event" in check
        if has_actual == has_event:
            rep.error(where, "deadline needs exactly one of 'actual' and 'actual_event'")
        need_date("actual")
        need_event("actual_event")
        check_period(rep, where, check.get("period"))
        if check.get("roll", "none") not in ROLLS:
            rep.error(where, f"roll '{check.get('roll')}' must be one of {sorted(ROLLS)}")
    elif ctype == "date_recorded":
        need_date("field")
    elif ctype == "event_count":
        need_event("event")
        need_date("start")
        check_period(rep, where, check.get("period"))
        m = check.get("min")
        if not isinstance(m, int) or isinstance(m, bool) or m < 1:
            rep.error(where, "min must be a positive integer")
    elif ctype == "event_note_lag":
        need_event("event")
        check_period(rep, where, check.get("max"))
    elif ctype == "event_form_reason":
        need_event("event")


def check_rules(rep, where, rules, date_keys, event_keys):
    if not isinstance(rules, list) or not rules:
        rep.error(where, "rules must be a non-empty list when present")
        return
    spans = []
    versions = set()
    for i, rule in enumerate(rules):
        rw = f"{where} rule[{i}]"
        if not isinstance(rule, dict):
            rep.error(rw, "must be an object")
            continue
        extra = set(rule) - RULE_KEYS
        if extra:
            rep.error(rw, f"unknown fields {sorted(extra)}")
        for field in ("version", "check"):
            if field not in rule:
                rep.error(rw, f"missing '{field}'")
        version = rule.get("version")
        if not isinstance(version, str) or not version.strip():
            rep.error(rw, "version must be a non-empty string")
        elif version in versions:
            rep.error(rw, f"duplicate version text '{version}'")
        else:
            versions.add(version)
        if "text" in rule:
            check_text(rep, rw + " text", rule["text"])
        if "note" in rule and (not isinstance(rule["note"], str) or not rule["note"].strip()):
            rep.error(rw, "note must be a non-empty string when present")
        vf = parse_date(rep, rw + " valid_from", rule.get("valid_from"))
        vt = parse_date(rep, rw + " valid_to", rule.get("valid_to"))
        if vf and vt and vf > vt:
            rep.error(rw, f"valid_from {vf} is after valid_to {vt}")
        spans.append((vf or datetime.date.min, vt or datetime.date.max, version))
        check_check(rep, rw + " check", rule.get("check"), date_keys, event_keys)
    spans.sort()
    for (f1, t1, v1), (f2, t2, v2) in zip(spans, spans[1:]):
        if f2 <= t1:
            rep.error(where, f"rule versions '{v1}' and '{v2}' overlap")


def check_keyed_list(rep, where, values, key_re, label_field):
    """date_fields / event_kinds / subgroups: list of {key, label[, aliases]}; returns the set of keys."""
    keys = set()
    if not isinstance(values, list):
        rep.error(where, "must be a list")
        return keys
    for i, entry in enumerate(values):
        ew = f"{where}[{i}]"
        if not isinstance(entry, dict):
            rep.error(ew, "must be an object")
            continue
        key = entry.get("key")
        if not isinstance(key, str) or not key_re.match(key):
            rep.error(ew, f"key '{key}' does not match {key_re.pattern}")
        elif key in keys:
            rep.error(ew, f"duplicate key '{key}'")
        else:
            keys.add(key)
        check_text(rep, f"{ew} ({key}) {label_field}", entry.get(label_field))
        allowed = {"key", label_field, "aliases"}
        extra = set(entry) - allowed
        if extra:
            rep.error(ew, f"unknown fields {sorted(extra)}")
        if "aliases" in entry:
            aliases = entry["aliases"]
            if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
                rep.error(ew, "aliases must be a list of non-empty strings")
    return keys


def check_template(rep, path, all_item_keys):
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            tpl = json.load(f)
    except (OSError, ValueError) as e:
        rep.error(name, f"not valid JSON: {e}")
        return
    if not isinstance(tpl, dict):
        rep.error(name, "top level must be an object")
        return

    missing = TOP_REQUIRED - set(tpl)
    if missing:
        rep.error(name, f"missing top-level fields {sorted(missing)}")
    extra = set(tpl) - TOP_KEYS
    if extra:
        rep.error(name, f"unknown top-level fields {sorted(extra)}")
    if tpl.get("format") != 1:
        rep.error(name, "format must be 1")
    key = tpl.get("key")
    if not isinstance(key, str) or not TEMPLATE_KEY_RE.match(key):
        rep.error(name, f"key '{key}' must match [a-z0-9-]+")
        key = "?"
    elif name != key + ".json":
        rep.error(name, f"file name must be '{key}.json'")
    version = tpl.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        rep.error(name, "version must be a positive integer")
    if tpl.get("area") not in AREAS:
        rep.error(name, f"area '{tpl.get('area')}' is not one of {sorted(AREAS)}")
    check_text(rep, f"{name} title", tpl.get("title"))
    check_text(rep, f"{name} description", tpl.get("description"))

    subgroups = check_keyed_list(rep, f"{name} subgroups", tpl.get("subgroups", []), SUBGROUP_KEY_RE, "label")
    date_keys = check_keyed_list(rep, f"{name} date_fields", tpl.get("date_fields"), NAME_RE, "label")
    event_keys = check_keyed_list(rep, f"{name} event_kinds", tpl.get("event_kinds"), NAME_RE, "label")
    if tpl.get("reference_date") not in date_keys:
        rep.error(name, f"reference_date '{tpl.get('reference_date')}' is not a date field")

    # Import headers must map to one date field only.
    seen_headers = {}
    for df in tpl.get("date_fields") or []:
        if not isinstance(df, dict):
            continue
        for header in [df.get("key")] + list(df.get("aliases") or []):
            if not isinstance(header, str):
                continue
            norm = header.strip().lower()
            other = seen_headers.setdefault(norm, df.get("key"))
            if other != df.get("key"):
                rep.error(name, f"import header '{header}' belongs to both '{other}' and '{df.get('key')}'")

    sections = tpl.get("sections")
    if not isinstance(sections, list) or not sections:
        rep.error(name, "sections must be a non-empty list")
        return
    section_keys = set()
    count = 0
    for si, sec in enumerate(sections):
        sw = f"{name} sections[{si}]"
        if not isinstance(sec, dict):
            rep.error(sw, "must be an object")
            continue
        extra = set(sec) - {"key", "title", "items"}
        if extra:
            rep.error(sw, f"unknown fields {sorted(extra)}")
        skey = sec.get("key")
        if not isinstance(skey, str) or not NAME_RE.match(skey):
            rep.error(sw, f"section key '{skey}' must match {NAME_RE.pattern}")
        elif skey in section_keys:
            rep.error(sw, f"duplicate section key '{skey}'")
        section_keys.add(skey)
        check_text(rep, f"{sw} ({skey}) title", sec.get("title"))
        items = sec.get("items")
        if not isinstance(items, list) or not items:
            rep.error(sw, "items must be a non-empty list")
            continue
        for ii, it in enumerate(items):
            count += 1
            iw = f"{sw} items[{ii}]"
            if not isinstance(it, dict):
                rep.error(iw, "must be an object")
                continue
            ikey = it.get("key")
            iw = f"{name} {ikey}"
            missing = ITEM_REQUIRED - set(it)
            if missing:
                rep.error(iw, f"missing fields {sorted(missing)}")
            extra = set(it) - ITEM_KEYS
            if extra:
                rep.error(iw, f"unknown fields {sorted(extra)}")
            if not isinstance(ikey, str) or not ITEM_KEY_RE.match(ikey):
                rep.error(iw, "item key must be <template>.<section>.<name> (lowercase, underscores in names)")
            else:
                tkey, skey_part, _ = ikey.split(".")
                if tkey != key:
                    rep.error(iw, f"key prefix '{tkey}' is not the template key '{key}'")
                if skey_part != skey:
                    rep.error(iw, f"key section '{skey_part}' is not the enclosing section '{skey}'")
                if ikey in all_item_keys:
                    rep.error(iw, f"item key also used in {all_item_keys[ikey]}")
                else:
                    all_item_keys[ikey] = name
            for field in ("text", "law", "guidance", "remediation"):
                check_text(rep, f"{iw} {field}", it.get(field))
            if it.get("severity") not in SEVERITIES:
                rep.error(iw, f"severity '{it.get('severity')}' must be one of {sorted(SEVERITIES)}")
            if "applies" in it:
                applies = it["applies"]
                if not isinstance(applies, dict) or set(applies) != {"subgroups"}:
                    rep.error(iw, "applies must be {\"subgroups\": [...]}")
                else:
                    sg = applies["subgroups"]
                    if not isinstance(sg, list) or not sg:
                        rep.error(iw, "applies.subgroups must be a non-empty list")
                    else:
                        unknown = [s for s in sg if s not in subgroups]
                        if unknown:
                            rep.error(iw, f"applies names unknown subgroups {unknown}")
            if "rules" in it:
                check_rules(rep, iw, it["rules"], date_keys, event_keys)
    if not MIN_ITEMS <= count <= MAX_ITEMS:
        rep.warn(name, f"{count} items; the brief asks for {MIN_ITEMS}-{MAX_ITEMS}")
    return count


def main(argv):
    paths = argv[1:] or sorted(glob.glob(os.path.join(TEMPLATE_DIR, "*.json")))
    if not paths:
        print("no templates found", file=sys.stderr)
        return 1
    rep = Report()
    all_item_keys = {}
    counts = {}
    for path in paths:
        counts[os.path.basename(path)] = check_template(rep, path, all_item_keys)
    for line in rep.warnings + rep.errors:
        print(line)
    for name, count in counts.items():
        print(f"{name}: {count if count is not None else '?'} items")
    print(f"{len(paths)} templates, {len(all_item_keys)} item keys, "
          f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
