import { customAlphabet } from 'nanoid';
import { z } from 'zod';

/** Ids are short, URL-safe and sortable by nothing: order lives in explicit fields. */
const makeId = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 16);

export type Brand<T, B extends string> = T & { readonly __brand: B };

export type WorkshopId = Brand<string, 'WorkshopId'>;
export type BoardId = Brand<string, 'BoardId'>;
export type NoteId = Brand<string, 'NoteId'>;
export type RowId = Brand<string, 'RowId'>;

/** An id as it crosses a boundary: non-empty, short, no spaces or control characters. */
export const idSchema = z
  .string()
  .min(1, 'id is empty')
  .max(64, 'id is longer than 64 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'id may hold only letters, digits, _ and -');

export const workshopIdSchema = idSchema as unknown as z.ZodType<WorkshopId>;
export const boardIdSchema = idSchema as unknown as z.ZodType<BoardId>;
export const noteIdSchema = idSchema as unknown as z.ZodType<NoteId>;
export const rowIdSchema = idSchema as unknown as z.ZodType<RowId>;

export const newWorkshopId = (): WorkshopId => `w${makeId()}` as WorkshopId;
export const newBoardId = (): BoardId => `b${makeId()}` as BoardId;
export const newNoteId = (): NoteId => `n${makeId()}` as NoteId;
export const newRowId = (): RowId => `r${makeId()}` as RowId;
