import { describe, expect, it } from 'vitest';
import { confidentSentences, sentences } from './careful-wording.ts';

describe('the careful-wording rule for uncertain facts', () => {
  it('fails on a confident sentence', () => {
    // The X entry as shipped before the review of November 2026.
    expect(
      confidentSentences({
        en: 'In the EU and EEA, X agreed with the Irish DPC to stop this processing permanently.',
        nl: 'In de EU en de EER heeft X met de Ierse DPC afgesproken deze verwerking definitief te stoppen.',
      }),
    ).toHaveLength(2);
  });

  it('fails on a confident sentence beside a careful one', () => {
    expect(
      confidentSentences({
        en: 'The objection reportedly covers public posts. It also covers your chats with Meta AI.',
        nl: 'Het bezwaar geldt naar verluidt voor openbare berichten. Het geldt ook voor je chats met Meta AI.',
      }),
    ).toEqual([
      'en: It also covers your chats with Meta AI.',
      'nl: Het geldt ook voor je chats met Meta AI.',
    ]);
  });

  it('does not take a bare "may" for care', () => {
    expect(
      confidentSentences({
        en: 'Google may use a sample of your uploads.',
        nl: 'Google kan een steekproef van je uploads gebruiken.',
      }),
    ).toHaveLength(2);
  });

  it('accepts a sentence that says how sure it is, in both languages', () => {
    expect(
      confidentSentences({
        en: 'Feedback is reportedly used even with the setting off.',
        nl: 'Feedback wordt naar verluidt ook gebruikt als de instelling uit staat.',
      }),
    ).toEqual([]);
    expect(
      confidentSentences({
        en: 'Gulf News reported that it does not apply in the UK; the app still counts the UK.',
        nl: 'Gulf News meldde dat het niet in het VK geldt; de app rekent het VK toch mee.',
      }),
    ).toEqual([]);
  });

  it('splits sentences at the full stop, not inside an address or a quote', () => {
    expect(sentences('It is at linkedin.com/help/x; one source. Then "this". (And that.)')).toEqual(
      ['It is at linkedin.com/help/x; one source.', 'Then "this".', '(And that.)'],
    );
  });
});
