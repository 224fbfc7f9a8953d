import type { MessageKey } from '../../shared/i18n/index.ts';
import type { IpcErrorCode } from '../../shared/ipc.ts';

/**
 * A failure a handler reports to the window on purpose: a code, the message
 * to show (localized by handle()), and optional details such as the list of
 * problems in an imported file.
 */
export class UserFacingError extends Error {
  readonly code: IpcErrorCode;
  readonly messageKey: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly details: string[] | undefined;

  constructor(
    code: IpcErrorCode,
    messageKey: MessageKey,
    options: { params?: Record<string, string | number>; details?: string[]; cause?: unknown } = {},
  ) {
    super(messageKey, { cause: options.cause });
    this.name = 'UserFacingError';
    this.code = code;
    this.messageKey = messageKey;
    this.params = options.params ?? {};
    this.details = options.details;
  }
}
