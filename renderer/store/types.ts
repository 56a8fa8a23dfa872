import type { Lang } from '../../shared/i18n';
import type { WorkshopDoc } from '../../shared/model/WorkshopDoc';
import type { NoteColor } from '../../shared/model/Note';
import type { Op } from '../../shared/ops';
import type { Library } from '../../shared/templates/Library';
import type { SearchSlice } from './searchSlice';
import type { RoomSlice } from './roomSlice';

/** One user action's worth of ops, with what undoes it. Undo and redo move whole batches. */
export interface Batch {
  ops: Op[];
  inverse: Op[];
}

export type Screen =
  { kind: 'list' } | { kind: 'backups' } | { kind: 'workshop'; workshopId: string; boardId: string | null; stepId?: string | null };

export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

/** A note being typed that does not exist yet: created on commit, so one gesture is one undo step. */
export interface DraftNote {
  boardId: string;
  blockId: string | null;
  x: number;
  y: number;
  color: NoteColor;
}

export interface DocumentSlice {
  doc: WorkshopDoc | null;
  library: Library | null;
  /** Applies ops locally, records them for undo (unless replaying) and sends them to be saved. */
  commit(ops: Op[], opts?: { undoable?: boolean }): boolean;
  loadWorkshop(id: string): Promise<void>;
  closeWorkshop(): void;
}

export interface HistorySlice {
  past: Batch[];
  future: Batch[];
  undo(): void;
  redo(): void;
}

export interface SelectionSlice {
  selectedNoteIds: string[];
  selectedBlockId: string | null;
  editingNoteId: string | null;
  draft: DraftNote | null;
  /** Notes lifted off the board for the current drag (drawn on their own canvas, LiftedNotes). */
  draggingIds: string[];
  select(ids: string[], opts?: { add?: boolean }): void;
  selectBlock(id: string | null): void;
  /** `force` opens a note even though someone else in the room is editing it (they were warned). */
  startEditing(noteId: string | null, draft?: DraftNote | null, opts?: { force?: boolean }): void;
  setDragging(ids: string[]): void;
}

/** saved: nothing is waiting; saving: sent, not yet confirmed; retrying: the host cannot be reached and
 *  edits wait on this computer; error: the host refused an edit and the screen is going back. */
export type SaveState = 'saved' | 'saving' | 'retrying' | 'error';

export interface UiSlice {
  screen: Screen;
  lang: Lang;
  saveState: SaveState;
  /** A message for the person, shown until dismissed or replaced. */
  toast: { text: string; kind: 'info' | 'error'; lostText?: string } | null;
  viewports: Record<string, Viewport>;
  /** Pixel size of the canvas area, for zooming around its centre and fitting. */
  canvasSize: { w: number; h: number };
  currentColor: NoteColor;
  setScreen(s: Screen): void;
  setLang(l: Lang): void;
  setSaveState(s: SaveState): void;
  /** `lostText`: text the person typed that could not be saved, offered for copying. */
  showToast(text: string, kind?: 'info' | 'error', lostText?: string): void;
  setViewport(boardId: string, v: Viewport | null): void;
  setCanvasSize(size: { w: number; h: number }): void;
  setCurrentColor(c: NoteColor): void;
}

/** Presentation mode: the board alone, full screen, one block at a time. */
export interface PresentationSlice {
  presenting: boolean;
  /** The block the view is on; null shows the whole board. */
  focusedBlockId: string | null;
  /** Where the editor's view was, to go back to it on leaving. */
  viewportBeforePresenting: { boardId: string; viewport: Viewport | null } | null;
  setPresenting(on: boolean, before?: { boardId: string; viewport: Viewport | null } | null): void;
  focusBlock(id: string | null): void;
}

export interface TimerState {
  workshopId: string;
  /** When it reaches zero, in ms since the epoch (Date.now()). */
  endsAt: number;
  minutes: number;
}

export interface TimerSlice {
  timer: TimerState | null;
  timerMuted: boolean;
  loadTimer(workshopId: string): void;
  startTimer(workshopId: string, minutes: number, now?: number): void;
  stopTimer(workshopId: string): void;
  setTimerMuted(muted: boolean): void;
}

export type AppState = DocumentSlice & HistorySlice & SelectionSlice & UiSlice & PresentationSlice & TimerSlice & SearchSlice & RoomSlice;
