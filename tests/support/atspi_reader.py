"""Read a running Qt app's accessibility tree as a screen reader does, over the AT-SPI bus.

Run with the SYSTEM Python (``/usr/bin/python3``, Debian's python3-pyatspi); it imports nothing
of the project. Usage: ``atspi_reader.py APP_NAME [OPERATION …]`` where an operation is
``set:FIELD=TEXT`` (type into the text field a screen reader calls FIELD, through its
EditableText interface) or ``press:BUTTON`` (the button's AT-SPI action, as a screen reader user
presses it; then listen up to 30 s, until an announcement came).

Prints one JSON object: ``controls`` (every showing control: role, name, description, the names
of the labels it is ``labelled-by``) and ``presses``: for each press, the events a screen reader
hears (``object:announcement`` and accessible name/description changes) and the labels' texts
after it.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "password text", "spin button", "entry", "page tab", "table", "tree table", "list",
    "tree", "slider", "progress bar", "scroll bar", "menu item", "check menu item",
    "radio menu item", "link",
}
SKIP_ROLES = {"scroll bar"}


def find_app(name: str, seconds: float = 30.0) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            if child is not None and child.name == name and child.childCount:
                return child
        time.sleep(0.2)
    raise SystemExit(f"no application named {name!r} on the AT-SPI bus")


def walk(node: object, depth: int = 0) -> list[object]:
    found = [node]
    if depth > 60:
        return found
    try:
        count = node.childCount  # type: ignore[attr-defined]
    except Exception:
        return found
    for i in range(min(count, 500)):
        try:
            child = node.getChildAtIndex(i)  # type: ignore[attr-defined]
        except Exception:
            continue
        if child is not None:
            found.extend(walk(child, depth + 1))
    return found


def describe(node: object) -> dict[str, object]:
    states = node.getState()  # type: ignore[attr-defined]
    return {
        "role": node.getRoleName(),  # type: ignore[attr-defined]
        "name": node.name or "",  # type: ignore[attr-defined]
        "description": node.description or "",  # type: ignore[attr-defined]
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "labelled_by": labelled_by(node),
    }


def labelled_by(node: object) -> list[str]:
    names = []
    for relation in node.getRelationSet():  # type: ignore[attr-defined]
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                names.append(getattr(target, "name", "") or "")
    return names


def controls(app: object) -> list[dict[str, object]]:
    seen = []
    for node in walk(app):
        try:
            info = describe(node)
        except Exception:
            continue
        if info["role"] in CONTROL_ROLES and info["role"] not in SKIP_ROLES and info["showing"]:
            seen.append(info)
    return seen


def labels(app: object) -> list[str]:
    texts = []
    for node in walk(app):
        try:
            if node.getRoleName() == "label" and node.getState().contains(pyatspi.STATE_SHOWING):
                texts.append(node.name or "")
        except Exception:
            continue
    return texts


def find(app: object, roles: set[str], name: str) -> object:
    for node in walk(app):
        if _role(node) in roles and node.name == name:  # type: ignore[attr-defined]
            return node
    raise SystemExit(f"no {' or '.join(sorted(roles))} named {name!r}")


def set_text(app: object, field: str, text: str) -> None:
    node = find(app, {"text", "entry"}, field)
    node.queryEditableText().setTextContents(text)  # type: ignore[attr-defined]


def press_and_listen(app: object, button: str, seconds: float) -> list[dict[str, object]]:
    target = find(app, {"push button"}, button)
    events: list[dict[str, object]] = []
    loop = GLib.MainLoop()

    def heard(event: object) -> None:
        source = event.source  # type: ignore[attr-defined]
        events.append({
            "type": event.type,  # type: ignore[attr-defined]
            "data": str(event.any_data) if event.any_data is not None else "",  # type: ignore[attr-defined]
            "source_role": _role(source),
            "source_name": getattr(source, "name", "") or "",
        })
        if event.type.startswith("object:announcement"):  # type: ignore[attr-defined]
            GLib.timeout_add(1500, loop.quit)  # the rest of the announcements, then stop

    kinds = ("object:announcement", "object:property-change:accessible-name",
             "object:property-change:accessible-description")
    for kind in kinds:
        pyatspi.Registry.registerEventListener(heard, kind)

    def press() -> bool:
        action = target.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        action.doAction(names.index("Press") if "Press" in names else 0)
        return False

    GLib.timeout_add(300, press)
    GLib.timeout_add(int(seconds * 1000), loop.quit)
    loop.run()
    for kind in kinds:
        pyatspi.Registry.deregisterEventListener(heard, kind)
    return events


def _role(node: object) -> str:
    try:
        return str(node.getRoleName())  # type: ignore[attr-defined]
    except Exception:
        return ""


def main() -> None:
    app = find_app(sys.argv[1])
    presses: list[dict[str, object]] = []
    result: dict[str, object] = {"controls": controls(app), "presses": presses}
    for operation in sys.argv[2:]:
        kind, _, arg = operation.partition(":")
        if kind == "set":
            field, _, text = arg.partition("=")
            set_text(app, field, text)
        elif kind == "press":
            events = press_and_listen(app, arg, 30.0)
            presses.append({"button": arg, "events": events, "labels": labels(app)})
        else:
            raise SystemExit(f"unknown operation {operation!r}")
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
