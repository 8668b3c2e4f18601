import type { SopDocument } from '../types';
import type { Finding, FindingCode, IdentityFindingField } from './finding';

/** The identity fields a sheet cannot be signed without, in the order the form shows them. */
const REQUIRED: {
  field: IdentityFindingField;
  code: FindingCode;
  value: (doc: SopDocument) => string;
}[] = [
  { field: 'number', code: 'identity.no-number', value: (d) => d.identity.number },
  {
    field: 'effectiveDate',
    code: 'identity.no-effective-date',
    value: (d) => d.identity.effectiveDate ?? '',
  },
  { field: 'approver.name', code: 'identity.no-approver', value: (d) => d.identity.approver.name },
  { field: 'name', code: 'identity.no-name', value: (d) => d.identity.name },
];

/** Empty identity fields are warnings: a draft is fine, a sheet to be signed is not. */
export function checkIdentity(doc: SopDocument): Finding[] {
  return REQUIRED.filter((r) => r.value(doc).trim() === '').map((r) => ({
    code: r.code,
    severity: 'warning',
    target: { kind: 'identity', id: r.field },
    params: {},
  }));
}
