#!/usr/bin/env bash
# Keeps src/OrderKernel/PublicAPI.Unshipped.txt in step with the code: appends every undeclared public symbol (RS0016)
# and drops unshipped entries whose symbol no longer exists (RS0017), then sorts the file. The analyzer's messages carry
# the exact line. Review the diff: a public API change is deliberate and goes in CHANGELOG.md.
# PublicAPI.Shipped.txt is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
f=src/OrderKernel/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/OrderKernel/OrderKernel.csproj --no-incremental > "$log" 2>&1 || true
grep -o "RS0017: Symbol '.*' is part of the declared API" "$log" | sed "s/^RS0017: Symbol '//; s/' is part of the declared API$//" | sort -u > "$log.removed" || true
grep -o "RS0016: Symbol '.*' is not part of the declared public API" "$log" | sed "s/^RS0016: Symbol '//; s/' is not part of the declared public API$//" | sort -u > "$log.added" || true
{ echo '#nullable enable'; { grep -v '^#nullable enable$' "$f" | grep -vxF -f "$log.removed" || true; cat "$log.added"; } | LC_ALL=C sort -u; } > "$f.tmp"
mv "$f.tmp" "$f"
echo "declared $(wc -l < "$log.added") symbol(s), removed $(wc -l < "$log.removed")"
rm -f "$log" "$log.removed" "$log.added"
