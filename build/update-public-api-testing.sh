#!/usr/bin/env bash
# As build/update-public-api.sh, for the test kit: keeps src/OrderKernel.Testing/PublicAPI.Unshipped.txt in step.
set -euo pipefail
cd "$(dirname "$0")/.."
f=src/OrderKernel.Testing/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/OrderKernel.Testing/OrderKernel.Testing.csproj --no-incremental > "$log" 2>&1 || true
grep -o "RS0017: Symbol '.*' is part of the declared API" "$log" | sed "s/^RS0017: Symbol '//; s/' is part of the declared API$//" | sort -u > "$log.removed" || true
grep -o "RS0016: Symbol '.*' is not part of the declared public API" "$log" | sed "s/^RS0016: Symbol '//; s/' is not part of the declared public API$//" | sort -u > "$log.added" || true
{ echo '#nullable enable'; { grep -v '^#nullable enable$' "$f" | grep -vxF -f "$log.removed" || true; cat "$log.added"; } | LC_ALL=C sort -u; } > "$f.tmp"
mv "$f.tmp" "$f"
echo "declared $(wc -l < "$log.added") symbol(s), removed $(wc -l < "$log.removed")"
grep -E "error" "$log" | grep -v "RS001[67]" | sort -u | head -20 || true
rm -f "$log" "$log.removed" "$log.added"
