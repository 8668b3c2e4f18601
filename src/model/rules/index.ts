export { checkSop, type LayoutReport } from './checkSop';
export { findingMessage } from './findingMessage';
export {
  FINDING_CODES,
  type Finding,
  type FindingCode,
  type FindingParams,
  type FindingTarget,
  type IdentityFindingField,
  type Severity,
} from './finding';
