import { BUILTIN_PROCESS } from '../process/elevenSteps';
import { BUILTIN_TEMPLATES } from './builtin';
import type { Library } from './Library';

/** What a workshop runs with until a facilitator imports a library of their own. */
export const BUILTIN_LIBRARY: Library = { templates: [...BUILTIN_TEMPLATES], process: BUILTIN_PROCESS };
