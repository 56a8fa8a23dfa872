import { z } from 'zod';
import { idSchema } from '../model/ids';
import { LIMITS } from '../model/limits';
import { provenanceSchema } from '../model/Template';

const title = z.string().min(1).max(LIMITS.title);
const text = z.string().max(LIMITS.longText);

/** One thing a step should produce; ticked off in the step's checklist. */
export const stepOutputSchema = z.object({
  id: idSchema,
  label_th: title,
  label_en: z.string().max(LIMITS.title).default(''),
});

/** One of the eleven steps: what happens, what to ask, which worksheets it uses, what it yields. */
export const stepDefSchema = z.object({
  id: idSchema,
  /** 1..11, shown to users. */
  number: z.number().int().min(1).max(99),
  name_th: title,
  name_en: z.string().max(LIMITS.title).default(''),
  purpose_th: text.default(''),
  purpose_en: text.default(''),
  activities_th: text.default(''),
  activities_en: text.default(''),
  questions_th: z.array(text).max(30).default([]),
  questions_en: z.array(text).max(30).default([]),
  /** Template ids of the worksheets this step uses. */
  worksheets: z.array(idSchema).max(20).default([]),
  outputs: z.array(stepOutputSchema).max(30).default([]),
  provenance: provenanceSchema.default('proposal'),
});
export type StepDef = z.infer<typeof stepDefSchema>;

export const processPhaseSchema = z.object({
  id: idSchema,
  name_th: title,
  name_en: z.string().max(LIMITS.title).default(''),
  steps: z.array(stepDefSchema).min(1).max(30),
});
export type ProcessPhase = z.infer<typeof processPhaseSchema>;

/** The two processes (install KSNB + CBMC; follow-up and empowerment) and their steps. */
export const processSchema = z.object({
  id: idSchema,
  name_th: title,
  name_en: z.string().max(LIMITS.title).default(''),
  phases: z.array(processPhaseSchema).min(1).max(10),
});
export type Process = z.infer<typeof processSchema>;

export const allSteps = (p: Process): StepDef[] => p.phases.flatMap((ph) => ph.steps);
