import { useCallback } from 'react';
import type { MessageKey } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';
import {
  IDENTITY_LIST_FIELDS,
  type Approver,
  type Identity,
  type IdentityListField,
} from '../../model/types';
import { DateField } from './DateField';
import { ListEditor } from './ListEditor';
import { LogoField } from './LogoField';
import { TextField } from './TextField';
import './identity.css';

export interface IdentityFormProps {
  identity: Identity;
  /**
   * Called on every keystroke with the changed fields only. Committing each
   * keystroke keeps the document (autosave, sheet preview) always current and
   * loses nothing when the view changes mid-word; the store squashes the burst
   * into one undo step, and each field's local draft keeps typing instant.
   */
  onChange(patch: Partial<Identity>): void;
}

const DATE_FIELDS = ['createdDate', 'revisionDate', 'effectiveDate'] as const;

/** The form for every field of the SOP's identity page, laid out like the page itself. */
export function IdentityForm({ identity, onChange }: IdentityFormProps) {
  const t = useT();
  const text = useCallback(
    (field: 'unit' | 'number' | 'name') => (value: string) => onChange({ [field]: value }),
    [onChange],
  );
  const approver = (field: keyof Approver) => (value: string) =>
    onChange({ approver: { ...identity.approver, [field]: value } });
  const list = (field: IdentityListField | 'organization') => (items: string[]) =>
    onChange({ [field]: items });

  return (
    <form
      className="identity-form"
      data-testid="identity-form"
      onSubmit={(e) => e.preventDefault()}
    >
      <h2>{t('identity.title')}</h2>
      <div className="identity-grid identity-top">
        <div className="identity-column">
          <LogoField logo={identity.logo} onChange={(logo) => onChange({ logo })} />
          <ListEditor
            label={t('identity.organization')}
            items={identity.organization}
            onChange={list('organization')}
            multiline={false}
            testId="identity-list-organization"
          />
          <TextField
            label={t('identity.unit')}
            value={identity.unit}
            onCommit={text('unit')}
            testId="identity-unit"
          />
        </div>
        <div className="identity-column">
          <TextField
            label={t('identity.number')}
            value={identity.number}
            onCommit={text('number')}
            testId="identity-number"
          />
          <div className="identity-dates">
            {DATE_FIELDS.map((field) => (
              <DateField
                key={field}
                label={t(`identity.${field}`)}
                value={identity[field]}
                onCommit={(value) => onChange({ [field]: value })}
                testId={`identity-${field}`}
              />
            ))}
          </div>
          <fieldset className="identity-approver">
            <legend>{t('identity.approver')}</legend>
            <TextField
              label={t('identity.approver.title')}
              value={identity.approver.title}
              onCommit={approver('title')}
              testId="identity-approver-title"
            />
            <TextField
              label={t('identity.approver.name')}
              value={identity.approver.name}
              onCommit={approver('name')}
              testId="identity-approver-name"
            />
            <TextField
              label={t('identity.approver.nip')}
              value={identity.approver.nip}
              onCommit={approver('nip')}
              inputMode="numeric"
              testId="identity-approver-nip"
            />
          </fieldset>
          <TextField
            label={t('identity.name')}
            value={identity.name}
            onCommit={text('name')}
            multiline
            testId="identity-name"
          />
        </div>
      </div>
      <p className="identity-help">{t('identity.list.help')}</p>
      <div className="identity-grid identity-lists">
        {IDENTITY_LIST_FIELDS.map((field) => (
          <ListEditor
            key={field}
            label={t(`identity.${field}` satisfies MessageKey)}
            items={identity[field]}
            onChange={list(field)}
            testId={`identity-list-${field}`}
          />
        ))}
      </div>
    </form>
  );
}
