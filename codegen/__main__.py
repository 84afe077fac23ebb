"""`python -m codegen pull|patch|generate|diff|drift`: the spec-to-client pipeline."""

from __future__ import annotations

import argparse
import json
import sys

from ._spec import SpecError


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("diff", "drift"):
        # The drift tools own their argument parsing.
        if argv[0] == "diff":
            from .specdiff.cli import main as diff_main

            return int(diff_main(argv[1:]))
        from .specdiff.drift import main as drift_main

        return int(drift_main(argv[1:]))
    parser = argparse.ArgumentParser(prog="python -m codegen")
    sub = parser.add_subparsers(dest="command", required=True)
    pull = sub.add_parser("pull", help="fetch the document and verify it against the lock")
    pull.add_argument("--source", help="URL or path (default: $OCTORATE_SPEC_SOURCE or live URL)")
    pull.add_argument("--update-lock", action="store_true", help="accept a new document")
    patch = sub.add_parser("patch", help="print the patched document as JSON")
    patch.add_argument("--source")
    patch.add_argument("--output", help="write to this file instead of stdout")
    gen = sub.add_parser("generate", help="regenerate the client and derived tables")
    gen.add_argument("--check", action="store_true", help="compare only; exit 1 on difference")
    sub.add_parser("diff", help="semantic diff of two spec versions (see --help)")
    sub.add_parser("drift", help="compare the configured source with the lock")
    args = parser.parse_args(argv)
    try:
        if args.command == "pull":
            from ._pullcmd import pull_command

            return pull_command(args.source, update_lock=args.update_lock)
        if args.command == "patch":
            from ._generate import patched_document

            _, doc = patched_document(args.source)
            text = json.dumps(doc, indent=1)
            if args.output:
                with open(args.output, "w", encoding="utf-8") as fh:
                    fh.write(text)
            else:
                print(text)
            return 0
        from ._generate import main_generate

        return main_generate(check=args.check)
    except SpecError as exc:
        print(f"codegen: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
