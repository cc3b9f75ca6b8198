# One image for both processes: `node api/dist/main.js` (HTTP) and `node api/dist/worker.js`.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY shared/package.json shared/
COPY sandbox/package.json sandbox/
COPY api/package.json api/
COPY embed/package.json embed/
COPY spa/package.json spa/
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false NX_TUI=false npx nx run-many -t build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json /app/.npmrc ./
COPY --from=build /app/shared/package.json shared/
COPY --from=build /app/sandbox/package.json sandbox/
COPY --from=build /app/api/package.json api/
COPY --from=build /app/embed/package.json embed/
COPY --from=build /app/spa/package.json spa/
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/shared/dist shared/dist
COPY --from=build /app/api/dist api/dist
COPY --from=build /app/embed/dist embed/dist
COPY --from=build /app/spa/dist spa/dist
USER node
EXPOSE 3000
CMD ["node", "api/dist/main.js"]
