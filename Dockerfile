# syntax=docker/dockerfile:1
# One image for every Sijill app; the app is chosen by the command, e.g.
#   docker run sijill dist/apps/ingestor/src/main.js
#   docker compose run --rm gateway dist/apps/cli/src/main.js --help
ARG NODE_IMAGE=node:20-slim

# Build: full dependencies, then TypeScript to dist/ (JSON data imported by the code comes along).
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: `prepare` would build before the sources are copied.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY libs ./libs
COPY apps ./apps
RUN npm run build

# Production dependencies only, installed apart so the runtime image carries no compiler or test tools.
FROM ${NODE_IMAGE} AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Files stay owned by root and read-only to the app; it writes nothing to its own folder.
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
ENTRYPOINT ["node"]
CMD ["dist/apps/cli/src/main.js", "--help"]
