import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT';
import { Modal } from '../common/Modal';
import type { MessageKey } from '../../i18n/dictionary';
import {
  PROFILE_FIELDS,
  applyProfile,
  profileChanges,
  profileFromDocument,
  profileSets,
  type OfficeProfile,
  type ProfileField,
} from '../../model/profile';
import { decodeFileText } from '../../model/fileText';
import { formatFileError } from '../../model/fileErrorMessages';
import { LIMITS } from '../../model/limits';
import { downloadText } from '../../persistence/download';
import { parseProfileFile, writeProfileFile } from '../../persistence/profileFile';
import { useEditor, useEditorStore } from '../../store/useEditor';
import { HiddenFileInput } from '../common/HiddenFileInput';
import './profile.css';

export const FIELD_LABEL: Record<ProfileField, MessageKey> = {
  organization: 'profile.field.organization',
  unit: 'profile.field.unit',
  logo: 'profile.field.logo',
  approver: 'profile.field.approver',
  legalBasis: 'profile.field.legalBasis',
  qualifications: 'profile.field.qualifications',
  relatedSops: 'profile.field.relatedSops',
  equipment: 'profile.field.equipment',
  warnings: 'profile.field.warnings',
  records: 'profile.field.records',
  paper: 'profile.field.paper',
  labels: 'profile.field.labels',
};

/** The office profile: what it holds, made from the open SOP, applied to it, as a file. */
export function ProfileDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const store = useEditorStore();
  const profile = useEditor((s) => s.profile);
  const doc = useEditor((s) => s.doc);
  const language = useEditor((s) => s.language);
  const [message, setMessage] = useState<string | null>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const changes = profile ? profileChanges(doc, profile) : [];

  const keep = async (next: OfficeProfile | null) => {
    const ok = await store.getState().setProfile(next);
    setMessage(ok ? null : t('profile.saveFailed'));
  };
  const importFile = async (file: File) => {
    const decoded = decodeFileText(new Uint8Array(await file.arrayBuffer()), LIMITS.fileBytes);
    const read = decoded.ok ? parseProfileFile(decoded.text) : decoded;
    if (!read.ok) {
      const reason = read.errors.map((e) => formatFileError(e, language)).join('; ');
      setMessage(t('profile.refused', { file: file.name, reason }));
      return;
    }
    await keep(read.profile);
  };

  return (
    <Modal
      titleId="profile-title"
      title={t('profile.title')}
      testId="profile-dialog"
      className="profile-dialog"
      onEscape={onClose}
    >
      <p>{t('profile.intro')}</p>
      {profile ? <ProfileSummary profile={profile} /> : <p>{t('profile.none')}</p>}
      {message && (
        <p className="profile-message" role="alert" data-testid="profile-message">
          {message}
        </p>
      )}
      {profile && (
        <p data-testid="profile-open-changes">
          {changes.length === 0
            ? t('profile.openSame')
            : t('profile.openChanges', {
                fields: changes.map((f) => t(FIELD_LABEL[f])).join(', '),
              })}
        </p>
      )}
      <div className="paste-preview-actions">
        <button
          type="button"
          className="steps-button"
          data-testid="profile-from-open"
          ref={first}
          onClick={() => void keep(profileFromDocument(store.getState().doc))}
        >
          {t('profile.fromOpen')}
        </button>
        {profile && (
          <button
            type="button"
            className="steps-button"
            data-testid="profile-apply-open"
            disabled={changes.length === 0}
            onClick={() => store.getState().apply((d) => applyProfile(d, profile))}
          >
            {t('profile.applyOpen')}
          </button>
        )}
        {profile && (
          <button
            type="button"
            className="steps-button"
            data-testid="profile-export"
            onClick={() => downloadText(`${t('profile.fileName')}.json`, writeProfileFile(profile))}
          >
            {t('profile.export')}
          </button>
        )}
        <button
          type="button"
          className="steps-button"
          data-testid="profile-import"
          onClick={() => importInput.current?.click()}
        >
          {t('profile.import')}
        </button>
        <HiddenFileInput
          ref={importInput}
          accept=".json,application/json"
          testId="profile-import-input"
          onFiles={(files) => {
            const [file] = files;
            if (file) void importFile(file);
          }}
        />
        {profile && (
          <button
            type="button"
            className="steps-button"
            data-testid="profile-clear"
            onClick={() => void keep(null)}
          >
            {t('profile.clear')}
          </button>
        )}
        <button
          type="button"
          className="steps-button"
          data-testid="profile-close"
          onClick={onClose}
        >
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}

/** Each part of the profile, as set or "(not set)". */
function ProfileSummary({ profile }: { profile: OfficeProfile }) {
  const t = useT();
  const value = (field: ProfileField): React.ReactNode => {
    if (!profileSets(profile, field))
      return <span className="profile-unset">{t('profile.unset')}</span>;
    switch (field) {
      case 'unit':
        return profile.unit;
      case 'logo':
        return <img className="profile-logo" src={profile.logo ?? ''} alt="" />;
      case 'approver':
        return [
          profile.approver.title,
          profile.approver.name,
          profile.approver.nip && `NIP ${profile.approver.nip}`,
        ]
          .filter(Boolean)
          .join(' · ');
      case 'paper':
        return `${profile.paper} ${profile.orientation}`;
      case 'labels':
        return Object.values(profile.labels).join(' · ');
      case 'organization':
        return profile.organization.join(' / ');
      default:
        return t('profile.items', { count: String(profile[field].length) });
    }
  };
  return (
    <dl className="profile-summary" data-testid="profile-summary">
      {PROFILE_FIELDS.map((field) => (
        <div key={field} data-field={field}>
          <dt>{t(FIELD_LABEL[field])}</dt>
          <dd>{value(field)}</dd>
        </div>
      ))}
    </dl>
  );
}
