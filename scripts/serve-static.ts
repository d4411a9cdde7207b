// A static file server for a built site, loopback only, as GitHub Pages would serve it under
// a base path: /minsheng-archive/henan/2023/ → <root>/henan/2023/index.html, /x → /x/.
//
//   tsx scripts/serve-static.ts --root dist --base /minsheng-archive/ [--port 4322]
//
// Also imported by tests and benchmarks (`serveStatic`).

import { createReadStream } from "node:fs";
import { createGzip } from "node:zlib";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
};

export interface StaticServer {
  /** Origin and base path, ending in "/": http://127.0.0.1:4322/minsheng-archive/ */
  url: string;
  close(): Promise<void>;
}

/** Compressed on the fly when the browser accepts gzip, as GitHub Pages does for text. */
const COMPRESSED = new Set([".html", ".css", ".js", ".mjs", ".json", ".xml", ".svg", ".txt", ".csv"]);

export interface StaticServerOptions {
  root: string;
  /** Base path the site was built for; "/" by default. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
}

export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = path.resolve(options.root);
  const base = normaliseBase(options.base ?? "/");
  const server = createServer((request, response) => {
    const gzip = /\bgzip\b/u.test(String(request.headers["accept-encoding"] ?? ""));
    void respond(root, base, request.url ?? "/", response, gzip);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}${base}`, close: () => closeServer(server) };
}

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/gu, "");
  return trimmed === "" ? "/" : `/${trimmed}/`;
}

async function respond(
  root: string,
  base: string,
  requestUrl: string,
  response: import("node:http").ServerResponse,
  gzip: boolean,
): Promise<void> {
  const pathname = decodeURIComponent(new URL(requestUrl, "http://localhost").pathname);
  if (`${pathname}/` === base) {
    response.writeHead(301, { Location: base }).end();
    return;
  }
  if (!pathname.startsWith(base)) return notFound(root, response);
  const inside = pathname.slice(base.length);
  const file = path.join(root, inside);
  if (!file.startsWith(root)) return notFound(root, response);
  const found = await stat(file).catch(() => null);
  if (found?.isDirectory()) {
    if (!pathname.endsWith("/")) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    return sendFile(path.join(file, "index.html"), 200, response, () => notFound(root, response), gzip);
  }
  if (found?.isFile()) return sendFile(file, 200, response, () => notFound(root, response), gzip);
  return notFound(root, response);
}

function notFound(root: string, response: import("node:http").ServerResponse): void {
  sendFile(path.join(root, "404.html"), 404, response, () => {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
  });
}

function sendFile(
  file: string,
  statusCode: number,
  response: import("node:http").ServerResponse,
  otherwise: () => void,
  gzip = false,
): void {
  stat(file).then(
    (found) => {
      if (!found.isFile()) return otherwise();
      const extension = path.extname(file);
      const type = CONTENT_TYPES[extension] ?? "application/octet-stream";
      if (gzip && COMPRESSED.has(extension)) {
        response.writeHead(statusCode, { "Content-Type": type, "Content-Encoding": "gzip", Vary: "Accept-Encoding" });
        createReadStream(file).pipe(createGzip()).pipe(response);
        return;
      }
      response.writeHead(statusCode, { "Content-Type": type, "Content-Length": found.size });
      createReadStream(file).pipe(response);
    },
    () => otherwise(),
  );
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { values } = parseArgs({
    options: {
      root: { type: "string", default: "dist" },
      base: { type: "string", default: process.env.BASE_PATH ?? "/" },
      port: { type: "string", default: "4322" },
    },
  });
  const server = await serveStatic({ root: values.root, base: values.base, port: Number(values.port) });
  console.log(`serving ${values.root} at ${server.url}`);
}
