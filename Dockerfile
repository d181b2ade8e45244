# One image for every Newswire service; Compose picks the service with `command`
# (node dist/apps/<stage>/main.js). NODE_IMAGE defaults to the official image; on a machine
# without a registry, tools/docker/setup-docker.sh builds a local stand-in and CI passes it.
ARG NODE_IMAGE=node:20-bookworm-slim

# Production dependencies only, installed apart so the final stage gets nothing else.
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps apps
COPY libs libs
COPY tools tools
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# The services' V8 flags, as tools/service-node-flags.json gives them to `npm start` and the test harness:
# an 8 MB semi-space (default 16) keeps each service's peak RSS under load below 200 MB (see docs/performance.md, Memory).
ENV NODE_OPTIONS=--max-semi-space-size=8
# glibc malloc as tools/service-environment.json sets it for `npm start` and the test harness: two arenas
# instead of one per thread, and page-sized buffers always mapped and unmapped instead of the threshold
# rising until they are carved from (and fragment) the heap: 6-12 MB less peak RSS per service.
ENV MALLOC_ARENA_MAX=2 MALLOC_MMAP_THRESHOLD_=131072
WORKDIR /app
COPY package.json ./
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/dist dist
COPY bin bin
# Code and dependencies stay root-owned and read-only to the service user.
USER node
# Each service answers GET /health on HTTP_PORT once its database and broker connections are up.
# Starting node for the probe takes seconds on a busy host: a 3 s timeout marked healthy services unhealthy.
HEALTHCHECK --interval=10s --timeout=10s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.HTTP_PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "dist/apps/ingest/main.js"]
