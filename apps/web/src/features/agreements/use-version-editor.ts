import { findIdentifiers, type Agreement, type AgreementVersion } from '@leerkring/domain';
import { useDeferredValue, useEffect, useMemo, useReducer } from 'react';
import { useNavigate } from 'react-router';
import type { Finding } from '../../components/IdentifierFindings';
import { staleCurrent } from './api/agreement-changes';
import { useSaveVersionText } from './api/version-mutations';
import { conflictHeadingId } from './components/ConflictPanel';
import { draftOf, isDirty, newClauseId } from './draft';
import { versionPath } from './paths';
import {
  changelogId,
  editorReducer,
  initialEditorState,
  resolutionId,
  textId,
  titleId,
  type Resolution,
} from './version-editor';

/** The version editor's state (a reducer over the pure draft rules), its save, and what was found while typing. */
export function useVersionEditor({ agreement, version }: { agreement: Agreement; version: AgreementVersion }) {
  const navigate = useNavigate();
  const [state, dispatch] = useReducer(editorReducer, version, initialEditorState);
  const save = useSaveVersionText({ agreementId: agreement.id, versionId: version.id });

  useEffect(() => {
    if (!state.focusId) return;
    document.getElementById(state.focusId)?.focus();
    dispatch({ type: 'focused' });
  }, [state.focusId]);

  const submit = () => {
    if (state.conflict) return;
    dispatch({ type: 'submit' });
    save.mutate(
      { revision: state.base.revision, draft: state.draft },
      {
        onSuccess: (saved) => void navigate(`${versionPath(agreement.id, saved.id)}?opgeslagen=1`),
        onError: (error) => {
          const current = staleCurrent(error);
          if (current) dispatch({ type: 'conflict', theirs: current, focusId: conflictHeadingId });
        },
      },
    );
  };
  const resolve = (how: Resolution['how']) => {
    if (!state.conflict) return;
    dispatch({ type: 'resolve', how, focusId: resolutionId });
    save.reset();
  };
  const addClause = () => dispatch({ type: 'add', id: newClauseId(state.draft.clauses) });

  // What points at a person is marked while typing, as in the case form; saving waits until it is gone.
  const deferred = useDeferredValue(state.draft);
  const liveFindings = useMemo(() => {
    const found: Record<string, Finding[]> = {};
    const check = (field: string, text: string) => {
      const result = findIdentifiers(text);
      if (result.length > 0) found[field] = result;
    };
    for (const clause of deferred.clauses) {
      check(titleId(clause.id), clause.title);
      check(textId(clause.id), clause.text);
    }
    check(changelogId, deferred.changelog);
    return found;
  }, [deferred]);
  const findingCount = Object.values(liveFindings).reduce((sum, list) => sum + list.length, 0);
  const dirty = isDirty(draftOf(state.base), state.draft);

  return { state, dispatch, save, submit, resolve, addClause, liveFindings, findingCount, dirty };
}
