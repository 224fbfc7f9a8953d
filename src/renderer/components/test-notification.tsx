import { useState } from 'react';
import { useUi } from '../hooks/ui-context.ts';

/** "Send a test notification", then says whether the system showed it. */
export function TestNotification() {
  const { t, api, request } = useUi();
  const [delivered, setDelivered] = useState<boolean | null>(null);
  const send = async () => {
    setDelivered(null);
    const result = await request(api.sendTestNotification());
    if (result.ok) setDelivered(result.value.delivered);
  };
  return (
    <div className="test-notification">
      <button type="button" className="button" onClick={() => void send()}>
        {t('settings.testNotification')}
      </button>
      <p role="status" className="hint">
        {delivered === null
          ? ''
          : t(delivered ? 'settings.testDelivered' : 'settings.testNotDelivered')}
      </p>
    </div>
  );
}
