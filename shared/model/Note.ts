import { z } from 'zod';
import { recordMigrations } from './recordMigrations';
import { boardIdSchema, idSchema, noteIdSchema, type BoardId, type NoteId } from './ids';
import { LIMITS } from './limits';

/** Sticky-note colours. Each also has a pattern mark for black-and-white print. */
export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'green', 'blue', 'purple', 'white'] as const;
export const noteColorSchema = z.enum(NOTE_COLORS);
export type NoteColor = z.infer<typeof noteColorSchema>;

export const NOTE_SIZE = { w: 170, h: 110 } as const;

/** A note's x or y: a real number a board can hold (1e308 would pass .finite()). */
export const noteCoordinateSchema = z
  .number()
  .finite()
  .min(-LIMITS.coordinate, `note position is further than ${LIMITS.coordinate} from its block`)
  .max(LIMITS.coordinate, `note position is further than ${LIMITS.coordinate} from its block`);

export const noteTextSchema = z.string().max(LIMITS.noteText, `note text is longer than ${LIMITS.noteText} characters`);

export const noteSchema = z.object({
  id: noteIdSchema,
  boardId: boardIdSchema,
  /**
   * The block the note sits in, or null for the board's "unplaced" tray.
   * x and y are relative to that block's top-left corner (or the tray's), so changing the
   * template geometry moves notes with their block instead of orphaning them.
   */
  blockId: idSchema.nullable(),
  x: noteCoordinateSchema,
  y: noteCoordinateSchema,
  w: z.number().finite().min(40).max(2000).default(NOTE_SIZE.w),
  h: z.number().finite().min(30).max(2000).default(NOTE_SIZE.h),
  text: noteTextSchema,
  color: noteColorSchema.default('yellow'),
  /** Stacking order on its board: higher is drawn later (on top). */
  z: z.number().finite(),
});
export type Note = Omit<z.infer<typeof noteSchema>, 'id' | 'boardId'> & { id: NoteId; boardId: BoardId };

/**
 * Fields a note.patch may change. Built without defaults: zod fills defaults even inside
 * .partial(), which would turn "move this note" into "move it and reset its colour and size".
 */
export const notePatchSchema = z
  .object({
    blockId: idSchema.nullable(),
    x: noteCoordinateSchema,
    y: noteCoordinateSchema,
    w: z.number().finite().min(40).max(2000),
    h: z.number().finite().min(30).max(2000),
    text: noteTextSchema,
    color: noteColorSchema,
    z: z.number().finite(),
  })
  .partial()
  .strict();
export type NotePatch = Partial<Omit<Note, 'id' | 'boardId'>>;

/**
 * How stored note records are brought up to this version's format. Append a step (next version,
 * a lasting name) when the format changes; never edit or remove a shipped one.
 */
export const noteMigrations = recordMigrations('note', []);
