#!/usr/bin/env bash
# Declares every new public symbol of the library in src/OrderKernel/PublicAPI.Unshipped.txt (RS0016 code fix),
# then sorts the file. Review the diff: a public API change is deliberate and goes in CHANGELOG.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/OrderKernel/OrderKernel.csproj --diagnostics RS0016 --severity warn
f=src/OrderKernel/PublicAPI.Unshipped.txt
{ echo '#nullable enable'; grep -v '^#nullable enable$' "$f" | LC_ALL=C sort -u; } > "$f.tmp" && mv "$f.tmp" "$f"
