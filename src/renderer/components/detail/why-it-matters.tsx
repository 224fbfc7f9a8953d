import type { Checklist, ChecklistFact } from '../../../shared/catalog/schema.ts';
import type { MessageKey } from '../../../shared/i18n/index.ts';
import { useUi } from '../../hooks/ui-context.ts';
import { formatPlainDate } from '../../lib/intl.ts';
import { UncertainTag } from './uncertain-tag.tsx';

/** The host a source address points to, shown so people see where a link goes. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

const LISTS: { list: keyof Checklist['facts']; heading: MessageKey }[] = [
  { list: 'used', heading: 'facts.used' },
  { list: 'notUsed', heading: 'facts.notUsed' },
  { list: 'caveats', heading: 'facts.caveats' },
];

/** What the organisation uses and does not use, the caveats, and where each fact comes from. */
export function WhyItMatters({ checklist }: { checklist: Checklist }) {
  const { snapshot, t, api, request } = useUi();
  const { locale } = snapshot;
  const sourceNumber = new Map(checklist.sources.map((source, index) => [source.id, index + 1]));
  const refs = (fact: ChecklistFact) =>
    fact.sourceIds && fact.sourceIds.length > 0
      ? t('facts.sourceRefs', {
          count: fact.sourceIds.length,
          numbers: fact.sourceIds.map((id) => sourceNumber.get(id) ?? '?').join(', '),
        })
      : null;
  const hasFacts = LISTS.some(({ list }) => checklist.facts[list].length > 0);

  return (
    <>
      {hasFacts && (
        <section className="why" aria-labelledby="why-heading">
          <h2 id="why-heading">{t('facts.heading')}</h2>
          {LISTS.filter(({ list }) => checklist.facts[list].length > 0).map(({ list, heading }) => (
            <div key={list}>
              <h3>{t(heading)}</h3>
              <ul className="facts">
                {checklist.facts[list].map((fact) => (
                  <li key={fact.text.en}>
                    {fact.text[locale]} {fact.uncertain && <UncertainTag />}{' '}
                    {refs(fact) && <span className="facts__refs">{refs(fact)}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {checklist.sources.length > 0 && (
        <section className="sources" aria-labelledby="sources-heading">
          <h2 id="sources-heading">{t('sources.heading')}</h2>
          <ol className="sources__list">
            {checklist.sources.map((source) => (
              <li key={source.id}>
                {source.url ? (
                  // A button, not <a href>: the window never navigates; main
                  // looks the address up by id and opens it in the browser.
                  <button
                    type="button"
                    className="button button--link sources__link"
                    aria-label={t('sources.openNamed', { title: source.title })}
                    onClick={() =>
                      void request(
                        api.openSource({ checklistId: checklist.id, sourceId: source.id }),
                      )
                    }
                  >
                    {source.title}
                  </button>
                ) : (
                  source.title
                )}
                {source.date && (
                  <span className="sources__date"> ({formatPlainDate(source.date, locale)})</span>
                )}
                {source.url && <span className="sources__host"> {hostOf(source.url)}</span>}
              </li>
            ))}
          </ol>
          <p className="hint">
            {t('sources.reviewedOn', { date: formatPlainDate(checklist.reviewedOn, locale) })}
          </p>
        </section>
      )}
    </>
  );
}
