import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { closeSharedBrowser } from '../support/chromium.ts';
import { disposeAll, launch, openChecklist, openWindow } from './window-support.ts';

afterEach(disposeAll);
afterAll(closeSharedBrowser);

describe('the catalog in the window', () => {
  it('lists the checklists of 2026 and opens a source in the browser through main', async () => {
    const app = await launch();
    const page = await openWindow(app);
    for (const title of [
      'GitHub Copilot: training on your interaction data',
      'Google Search: "Search Services History" and "Save media"',
      'Grammarly: "Product Improvement and Training"',
      'WhatsApp: "Advanced chat privacy"',
      'Meta: chats with Meta AI used for ads',
      'ChatGPT: ads and marketing (United States)',
    ])
      await page.getByRole('button', { name: title }).waitFor();

    await openChecklist(page, 'Meta: object to AI training');
    await page
      .getByRole('region', { name: 'Sources' })
      .getByRole('button', { name: 'Open Consumentenbond: Meta gaat AI trainen met onze data' })
      .click();
    const opened = await app.waitForCall('shell', 'openExternal');
    expect(opened.args).toEqual([
      'https://www.consumentenbond.nl/digitaalgids/digitaalgids-uitgelicht/meta-gaat-ai-trainen-met-onze-data',
    ]);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a checklist without an opt-out as what you can do', async () => {
    const app = await launch();
    const page = await openWindow(app);
    await openChecklist(page, 'Meta: chats with Meta AI used for ads');
    await page.getByRole('heading', { level: 2, name: 'What you can do' }).waitFor();
    expect(
      await page.getByText('There is no switch to opt out of this.', { exact: false }).count(),
    ).toBe(1);
    expect(await page.getByRole('button', { name: 'Open the settings page' }).count()).toBe(0);
  });
});
