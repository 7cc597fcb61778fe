/**
 * Serves the demo county websites in tests/fixtures/site/<hostname>/ on loopback. Chromium is
 * started with --host-resolver-rules mapping *.gov.cn to this server, and Firefox with this server
 * as its HTTP proxy (a proxied request names the full URL, `GET http://host/path`, and still
 * carries the Host header), so the pages keep their real-looking county hostnames (and the
 * content script's *.gov.cn match applies).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, normalize, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_ROOT = fileURLToPath(new URL('../../tests/fixtures/site/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.shtml': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
};

const NOT_FOUND = '<!doctype html><meta charset="utf-8"><title>404</title><p>页面不存在</p>';

/**
 * The Content-Type of a demo file. HTML pages that declare a GB charset in their <meta> are sent
 * with it in the header too (charset=GBK), as a county server set up for a GBK site does.
 */
function contentTypeOf(file: string, body: Buffer): string {
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  if (!type.startsWith('text/html')) return type;
  const declared = /charset\s*=\s*["']?(gb2312|gbk|gb18030)/i.exec(body.subarray(0, 1024).toString('latin1'));
  return declared ? 'text/html; charset=GBK' : type;
}

export interface DemoResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

/** What the demo server answers for a host and path (also used directly by unit tests as a fake network). */
export async function demoResponse({ host, path, root = SITE_ROOT }: { host: string; path: string; root?: string }): Promise<DemoResponse> {
  // normalize() resolves ".." before the prefix check, so no request escapes the site folder.
  let file = normalize(join(root, host, path));
  if (!file.startsWith(normalize(join(root, host)))) return { status: 403, contentType: 'text/plain', body: Buffer.from('') };
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    return { status: 200, contentType: contentTypeOf(file, body), body };
  } catch {
    return { status: 404, contentType: CONTENT_TYPES['.html']!, body: Buffer.from(NOT_FOUND) };
  }
}

export interface DemoServer {
  port: number;
  /** Chromium flag that sends every *.gov.cn host to this server. */
  hostResolverRule: string;
  /** Extra pages generated at run time (benchmarks): hostname + path → HTML. */
  addPage(url: string, html: string): void;
  close(): Promise<void>;
}

export async function startDemoServer({ port = 0, root = SITE_ROOT }: { port?: number; root?: string } = {}): Promise<DemoServer> {
  const extraPages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0]!.toLowerCase();
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = extraPages.get(host + path);
    if (extra !== undefined) {
      res.writeHead(200, { 'content-type': CONTENT_TYPES['.html']! });
      res.end(extra);
      return;
    }
    const answer = await demoResponse({ host, path, root });
    res.writeHead(answer.status, { 'content-type': answer.contentType, 'content-length': answer.body.length });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    hostResolverRule: `MAP *.gov.cn 127.0.0.1:${actualPort}`,
    addPage: (url, html) => {
      const u = new URL(url);
      extraPages.set(u.hostname + u.pathname, html);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
