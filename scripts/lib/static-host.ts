// A plain static file server for the built site, standing in for a web host: files under `base`
// are served as they are; any other path gets either index.html with 200 (hosts with a rewrite
// rule: Netlify reads the `_redirects` Slidev writes, nginx `try_files $uri /index.html`) or the
// 404.html Slidev writes with status 404 (GitHub Pages, which has no rewrites). With `gzip`, text is sent
// compressed when the browser asks for it, as web hosts do (Lighthouse's timings depend on the bytes sent);
// on this machine's own exports and tests it would only cost CPU.
// Our own rather than sirv: sirv sends only files compressed beforehand and has no 404.html-with-status-404 mode,
// the two things this host is for.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { createGzip } from 'node:zlib'

export type MissingPath = 'index.html' | '404.html'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

export interface StaticHost {
  /** The site's address without the trailing slash, e.g. http://127.0.0.1:4000/repo */
  url: string
  stop: () => Promise<void>
}

/** Serves `root` at `base` ("/" or "/repo/") on 127.0.0.1. */
export async function hostStatically(root: string, options: { base?: string, missing?: MissingPath, port?: number, gzip?: boolean } = {}): Promise<StaticHost> {
  const base = options.base ?? '/'
  const missing = options.missing ?? 'index.html'
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base))
      return undefined
    const file = normalize(join(root, pathname.slice(base.length)))
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root))
      return undefined
    const candidate = existsSync(file) && statSync(file).isDirectory()
      ? join(file, 'index.html')
      : file
    return existsSync(candidate) && statSync(candidate).isFile()
      ? candidate
      : undefined
  }
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    const found = fileFor(pathname)
    const file = found ?? join(root, missing)
    const status = found || missing === 'index.html'
      ? 200
      : 404
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
    const gzip = options.gzip === true && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? '')) && /text|javascript|json|svg/.test(type)
    response.writeHead(status, {
      'content-type': type,
      ...(gzip
        ? { 'content-encoding': 'gzip', 'vary': 'accept-encoding' }
        : {}),
    })
    const body = createReadStream(file)
    if (gzip)
      body.pipe(createGzip()).pipe(response)
    else
      body.pipe(response)
  })
  // Port 0: the system picks a free one.
  await new Promise<void>(resolve => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address
    ? address.port
    : options.port
  return {
    url: `http://127.0.0.1:${port}${base.replace(/\/$/, '')}`,
    stop: () => new Promise(resolve => server.close(() => resolve())),
  }
}
