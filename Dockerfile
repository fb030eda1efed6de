# The HAIZHI Network API as one image: docs/deploy.md. Not built on the machines this project is
# developed on (they have no container engine); see that page for what was checked instead.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Nothing is downloaded but npm packages and Debian's: install scripts are skipped, then the two
# native modules are compiled against the image's own Node headers, with Python, make and a C++
# compiler from Debian. (argon2's bundled linux-x64 prebuild crashed on load on our machines, and
# better-sqlite3 would otherwise try to download one.)
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund \
  && npm_config_build_from_source=true npm_config_nodedir=/usr/local npm rebuild better-sqlite3 argon2
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY seeds ./seeds
RUN npm run -s build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# /readyz answers 503 while the database cannot be reached (Redis away is 200 "degraded": the API still serves).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The flags of package.json's config.nodeFlags (docs/read-api.md), without npm in the way of SIGTERM.
CMD ["node", "--max-semi-space-size=128", "--single-threaded-gc", "dist/src/main.js"]
