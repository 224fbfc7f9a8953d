/** Every call the app makes into the stand-in, in order, for tests to assert on. */
export interface RecordedCall {
  api: string;
  method: string;
  args: unknown[];
}

export const calls: RecordedCall[] = [];
const listeners = new Set<(call: RecordedCall) => void>();

export function record(api: string, method: string, ...args: unknown[]): void {
  const call = { api, method, args };
  calls.push(call);
  for (const listener of listeners) listener(call);
}

export function onRecord(listener: (call: RecordedCall) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function callsTo(api: string, method?: string): RecordedCall[] {
  return calls.filter(
    (call) => call.api === api && (method === undefined || call.method === method),
  );
}
