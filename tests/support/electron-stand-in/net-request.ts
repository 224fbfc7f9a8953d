import { type ClientRequest, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { record } from './recorder.ts';

/** The options electron-updater's HTTP executor passes to Electron's `net.request`. */
export interface NetRequestOptions {
  url?: string;
  protocol?: string;
  hostname?: string;
  host?: string;
  port?: number | string;
  path?: string;
  method?: string;
  headers?: Record<string, string | number | string[]>;
  redirect?: 'follow' | 'error' | 'manual';
  session?: unknown;
}

/**
 * Electron's `net.request`, made real with Node's http(s) so that code under
 * test (electron-updater's providers and downloads) talks to a real server;
 * https trusts NODE_EXTRA_CA_CERTS like `net.fetch` does here. Node hands a
 * redirect to the 'response' listener instead of emitting 'redirect', which
 * electron-updater's executor follows the same way. Every request is recorded.
 */
export function netRequest(options: NetRequestOptions | string): ClientRequest {
  const given = typeof options === 'string' ? { url: options } : options;
  const target = new URL(
    given.url ??
      `${given.protocol ?? 'https:'}//${given.hostname ?? given.host}${given.port ? `:${given.port}` : ''}${given.path ?? '/'}`,
  );
  const method = given.method ?? 'GET';
  record('net', 'request', { method, url: target.href });
  const send = target.protocol === 'http:' ? httpRequest : httpsRequest;
  return send(target, { method, headers: given.headers ?? {} });
}
