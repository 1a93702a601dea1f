#!/usr/bin/env bash
# Runs the store tests against the peer majors the workspace does not install:
# better-sqlite3 13 (needs Node >= 22) and ioredis 6. The workspace tests better-sqlite3 12
# and ioredis 5. It changes package.json files and the lockfile, so run it in a throwaway
# copy of the tree (.ci/run does, in its Node 24 pass).
#   bash scripts/peer-majors.sh [tree]
set -euo pipefail
cd "${1:-.}"
(cd packages/sqlite && npm pkg set 'devDependencies.better-sqlite3=^13.2.0')
(cd packages/redis && npm pkg set 'devDependencies.ioredis=^6.0.0')
pnpm install --no-frozen-lockfile
for dependency in sqlite/better-sqlite3 redis/ioredis; do
  node -e "const p = require('./packages/${dependency%%/*}/node_modules/${dependency#*/}/package.json'); if (!/^(13|6)\./.test(p.version)) throw new Error('expected the other major, found ' + p.name + ' ' + p.version); console.log('testing with', p.name, p.version)"
done
pnpm vitest run --project sqlite --project redis
