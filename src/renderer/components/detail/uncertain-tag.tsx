import { useUi } from '../../hooks/ui-context.ts';

/** Marks a fact or step that rests on reports rather than a confirmed source. */
export function UncertainTag() {
  const { t } = useUi();
  return <span className="tag tag--uncertain">{t('facts.uncertain')}</span>;
}
