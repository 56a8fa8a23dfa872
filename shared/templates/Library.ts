import type { Template } from '../model/Template';
import type { Process } from '../process/Process';

/** The templates and the process a workshop is run with: built-in, or a facilitator's own set. */
export interface Library {
  templates: Template[];
  process: Process;
}
