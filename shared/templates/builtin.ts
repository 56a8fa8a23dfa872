import type { Template } from '../model/Template';
import { aar } from './aar';
import { activityLog } from './activityLog';
import { bmc } from './bmc';
import { capitalInventory } from './capitalInventory';
import { capitals } from './capitals';
import { cbmc12 } from './cbmc12';
import { cbmc9 } from './cbmc9';
import { followUp } from './followUp';
import { householdSurvey } from './householdSurvey';
import { indicators } from './indicators';
import { ksnb } from './ksnb';
import { lean } from './lean';
import { mission } from './mission';
import { operationPlan } from './operationPlan';
import { policyProposal } from './policyProposal';
import { swot } from './swot';
import { tbmc } from './tbmc';
import { tbmcMatrix } from './tbmcMatrix';
import { teamRoster } from './teamRoster';
import { tows } from './tows';

/** The template a new board gets when nobody chose one. */
export const DEFAULT_TEMPLATE_ID = 'cbmc-9';

/**
 * Every template shipped with the app, in the order a picker shows them: the community canvases
 * (CBMC-9 first), the workshop canvases, the worksheets in step order, then the standard extras.
 * Ids are unique across the list.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  cbmc9,
  cbmc12,
  tbmc,
  ksnb,
  capitals,
  swot,
  tows,
  teamRoster,
  householdSurvey,
  capitalInventory,
  operationPlan,
  indicators,
  activityLog,
  followUp,
  aar,
  tbmcMatrix,
  policyProposal,
  bmc,
  lean,
  mission,
];

/** The built-in template with this id, or undefined when there is none. */
export function findTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
