/**
 * A catalog feed host for end-to-end tests: an HTTPS server on 127.0.0.1
 * (port 0) with a throwaway certificate and Ed25519 key, plus an app folder
 * whose package.json points "catalogFeed" at it. The app process trusts the
 * certificate through NODE_EXTRA_CA_CERTS. Every request is counted. The
 * update tests use it as a generic update server too.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Checklist } from '../../src/shared/catalog/schema.ts';
import { buildFeed, serializeFeed } from '../../src/shared/feed/format.ts';

/** What the server answers for one path: status, body and whether to answer at all. */
export interface Route {
  status?: number;
  body?: string | Buffer;
  /** Never answers (a hanging server). */
  hang?: boolean;
}

export class FeedHost {
  readonly requests: string[] = [];
  /** The headers of each request, in order (to check that nothing about the user is sent). */
  readonly requestHeaders: IncomingHttpHeaders[] = [];
  readonly routes = new Map<string, Route>();
  readonly dir: string;
  readonly certPath: string;
  readonly #server: Server;
  readonly #privateKey: KeyObject;
  readonly publicKey: string;
  readonly #hanging = new Set<import('node:http').ServerResponse>();

  private constructor(dir: string, server: Server, privateKey: KeyObject, publicKey: string) {
    this.dir = dir;
    this.certPath = join(dir, 'cert.pem');
    this.#server = server;
    this.#privateKey = privateKey;
    this.publicKey = publicKey;
  }

  static async start(): Promise<FeedHost> {
    const dir = mkdtempSync(join(tmpdir(), 'optout-feed-host-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const { readFileSync } = await import('node:fs');
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const base64 = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
    let host: FeedHost | null = null;
    const server = createServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (request, response) => {
        host?.requestHeaders.push(request.headers);
        host?.answer(request.url ?? '/', response);
      },
    );
    host = new FeedHost(dir, server, privateKey, base64);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return host;
  }

  get origin(): string {
    return `https://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  get feedUrl(): string {
    return `${this.origin}/feed.json`;
  }

  /** Answers one request from the routes by its path without the query (404 for an unknown path). */
  answer(path: string, response: import('node:http').ServerResponse): void {
    this.requests.push(path);
    const route = this.routes.get(path.split('?')[0] ?? path) ?? { status: 404, body: 'not found' };
    if (route.hang) {
      this.#hanging.add(response);
      return;
    }
    response.writeHead(route.status ?? 200, { 'content-type': 'application/json' });
    response.end(route.body ?? '');
  }

  /** Serves a feed of these checklists at /feed.json, signed (or with `signature` instead). */
  serveFeed(
    checklists: readonly Checklist[],
    sequence: number,
    options: { signature?: string } = {},
  ): string {
    const text = serializeFeed(buildFeed(checklists, sequence, '2026-11-23T08:00:00.000Z'));
    this.routes.set('/feed.json', { body: text });
    this.routes.set('/feed.json.sig', {
      body: options.signature ?? `${this.sign(text)}\n`,
    });
    return text;
  }

  sign(text: string | Buffer): string {
    return sign(null, Buffer.from(text), this.#privateKey).toString('base64');
  }

  /** A folder with a package.json naming this host's feed and key, for `app.getAppPath()`. */
  appFolder(): string {
    const app = mkdtempSync(join(tmpdir(), 'optout-app-path-'));
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ catalogFeed: { url: this.feedUrl, publicKey: this.publicKey } }),
    );
    return app;
  }

  /** Environment that makes the app process trust this host's certificate. */
  get env(): Record<string, string> {
    return { NODE_EXTRA_CA_CERTS: this.certPath };
  }

  async close(): Promise<void> {
    for (const response of this.#hanging) response.destroy();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
