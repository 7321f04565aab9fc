#!/usr/bin/env bash
# The README's CI recipe, run as a user runs it: pack the project (npm pack builds dist/ here,
# where the dev dependencies are), install the tarball into a temporary global prefix (no dev
# dependencies, no build: a tarball install never runs `prepare`), then run `ghplan --version`
# and `ghplan check` on a fixture from that prefix, outside the clone.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "check-install: npm pack"
name=$(npm pack --silent --pack-destination "$tmp" | tail -n 1)
tgz="$tmp/$name"
listing=$(tar -tzf "$tgz")
for f in package/bin/ghplan.js package/dist/index.js package/dist/cli/main.js package/schemas/plan.schema.json; do
  grep -qx "$f" <<<"$listing" || { echo "check-install: $f is missing from $name" >&2; exit 1; }
done
if grep -q '^package/\(src\|tests\|fixtures\)/' <<<"$listing"; then
  echo "check-install: $name holds sources, tests or fixtures" >&2
  exit 1
fi

echo "check-install: npm install -g --prefix <tmp> $name"
# no TypeScript on PATH, as on a user's machine: an install that needs tsc fails here
PATH="$(dirname "$(command -v node)"):/usr/bin:/bin" \
  npm install -g --prefix "$tmp/prefix" --no-audit --no-fund --prefer-offline --loglevel error "$tgz"
bin="$tmp/prefix/bin/ghplan"
[ -x "$bin" ] || { echo "check-install: $bin was not installed" >&2; exit 1; }

want=$(node -p 'require("./package.json").version')
got=$(cd "$tmp" && "$bin" --version)
[ "$got" = "$want" ] || { echo "check-install: ghplan --version says '$got', package.json says '$want'" >&2; exit 1; }

# a plan without error findings: exit 0; the same plan with a section required that it lacks (lo_trinh): exit 1
plan="$root/fixtures/check/seeds/002_43a256f70d3623bb.txt"
(cd "$tmp" && "$bin" check "$plan" --format json > "$tmp/findings.json")
node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$tmp/findings.json"
status=0
(cd "$tmp" && "$bin" check "$plan" --require lo_trinh --quiet > /dev/null) || status=$?
[ "$status" = 1 ] || { echo "check-install: ghplan check --require lo_trinh exited $status, not 1" >&2; exit 1; }
echo "check-install: ok (ghplan $got from $name)"
