import type { IpcMain, WebContents, WebFrameMain } from 'electron';
import type { Locale, MessageKey } from '../../shared/i18n/index.ts';
import { translate } from '../../shared/i18n/index.ts';
import {
  type InvokeMethod,
  type InvokeResults,
  type IpcError,
  type IpcErrorCode,
  type IpcResult,
  invokeArgs,
  invokeChannels,
} from '../../shared/ipc.ts';
import { UserFacingError } from '../state/errors.ts';

type Args<M extends InvokeMethod> = ReturnType<(typeof invokeArgs)[M]['parse']>;

export type Handler<M extends InvokeMethod> = (
  ...args: Args<M>
) => InvokeResults[M] | Promise<InvokeResults[M]>;

export interface HandleOptions {
  ipcMain: Pick<IpcMain, 'handle'>;
  isTrustedSender(sender: WebContents, frame: WebFrameMain | null): boolean;
  locale(): Locale;
  log?(message: string, error?: unknown): void;
}

const messageKeys: Record<'forbidden-sender' | 'invalid-payload' | 'internal', MessageKey> = {
  'forbidden-sender': 'error.forbiddenSender',
  'invalid-payload': 'error.invalidPayload',
  internal: 'error.internal',
};

/**
 * Returns the one way main registers IPC handlers: the sender frame is
 * checked (synchronously — `senderFrame` can be gone after an await), the
 * payload parsed with the contract's schema, and any failure returned as a
 * typed, localized error instead of an exception: a UserFacingError with
 * its own code and message, anything else as `internal` (and logged).
 */
export function createHandle(options: HandleOptions) {
  const fail = (
    code: IpcErrorCode,
    messageKey: MessageKey,
    params: Readonly<Record<string, string | number>> = {},
    details?: string[],
  ): { ok: false; error: IpcError } => ({
    ok: false,
    error: {
      code,
      messageKey,
      message: translate(options.locale(), messageKey, params),
      ...(details ? { details } : {}),
    },
  });
  const failWith = (code: keyof typeof messageKeys) => fail(code, messageKeys[code]);

  return function handle<M extends InvokeMethod>(method: M, handler: Handler<M>): void {
    options.ipcMain.handle(
      invokeChannels[method],
      async (event, ...raw): Promise<IpcResult<InvokeResults[M]>> => {
        const frame = event.senderFrame;
        if (!options.isTrustedSender(event.sender, frame)) return failWith('forbidden-sender');
        const parsed = invokeArgs[method].safeParse(raw);
        if (!parsed.success) return failWith('invalid-payload');
        try {
          return { ok: true, value: await handler(...(parsed.data as Args<M>)) };
        } catch (error) {
          if (error instanceof UserFacingError)
            return fail(error.code, error.messageKey, error.params, error.details);
          options.log?.(`IPC ${invokeChannels[method]} failed`, error);
          return failWith('internal');
        }
      },
    );
  };
}
