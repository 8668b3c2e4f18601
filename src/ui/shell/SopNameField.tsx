import { useT } from '../../i18n/useT';
import { renameSop } from '../../model/commands/identity';
import { useEditor } from '../../store/useEditor';
import { useTextLimit } from '../common/textLimit';

/** The open SOP's name, editable in place; a burst of typing is one undo step. */
export function SopNameField() {
  const t = useT();
  const name = useEditor((s) => s.doc.identity.name);
  const apply = useEditor((s) => s.apply);
  const limit = useTextLimit(name);
  return (
    <div className="sop-name-box">
      <input
        className="sop-name"
        data-testid="sop-name"
        aria-label={t('shell.sopName.label')}
        placeholder={t('shell.sopName.placeholder')}
        value={name}
        {...limit.fieldProps}
        onChange={(e) => {
          const value = e.currentTarget.value;
          apply((doc) => renameSop(doc, value), 'identity:name');
        }}
      />
      {limit.note}
    </div>
  );
}
