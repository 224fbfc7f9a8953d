import type { NoticeKind } from '../../shared/constants.ts';
import { encodeSalvageDetail } from '../../shared/store-salvage.ts';
import type { StoreRepository } from '../store/repository.ts';

/**
 * The notice a problem with the data file becomes: a quarantined file
 * (kept, with its new path) or a repaired one (what was reset, and where
 * the file as it was is kept) is saved as a notice; read-only mode lasts only
 * for this run, naming the file.
 */
export function storeProblemNotice(
  repository: Pick<StoreRepository, 'problem' | 'path'>,
): { kind: NoticeKind; detail: string; isSaved: boolean } | null {
  const { problem } = repository;
  if (problem?.kind === 'quarantined')
    return { kind: 'store-quarantined', detail: problem.movedTo, isSaved: true };
  if (problem?.kind === 'salvaged')
    return {
      kind: 'store-salvaged',
      detail: encodeSalvageDetail(problem.keptAt, problem.changes),
      isSaved: true,
    };
  if (problem?.kind === 'read-only')
    return {
      kind: problem.reason === 'newer-version' ? 'store-newer-version' : 'store-read-only',
      detail: repository.path,
      isSaved: false,
    };
  return null;
}
