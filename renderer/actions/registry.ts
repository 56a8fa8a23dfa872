import type { AnyAction } from './Action';
import type { ActionName } from './actionNames';
import { actionAddBlock } from './actionAddBlock';
import { actionAddBoard } from './actionAddBoard';
import { actionAddRow } from './actionAddRow';
import { actionCreateNote } from './actionCreateNote';
import { actionDelete } from './actionDelete';
import { actionDeleteBoard } from './actionDeleteBoard';
import { actionDeleteRow } from './actionDeleteRow';
import { actionDeselect } from './actionDeselect';
import { actionDuplicate } from './actionDuplicate';
import { actionEditBlock } from './actionEditBlock';
import { actionEditSelected } from './actionEditSelected';
import { actionFit } from './actionFit';
import { actionMoveNotes } from './actionMoveNotes';
import { actionMoveRow } from './actionMoveRow';
import { actionPatchWorkshop } from './actionPatchWorkshop';
import { actionRecolourNotes } from './actionRecolourNotes';
import { actionPresentStart } from './actionPresentStart';
import { actionPresentLeave } from './actionPresentLeave';
import { actionPresentNext } from './actionPresentNext';
import { actionPresentPrev } from './actionPresentPrev';
import { actionPresentWhole } from './actionPresentWhole';
import { actionPresentFocus } from './actionPresentFocus';
import { actionTimerStart } from './actionTimerStart';
import { actionTimerStop } from './actionTimerStop';
import { actionTimerMute } from './actionTimerMute';
import { actionRedo } from './actionRedo';
import { actionRemoveBlock } from './actionRemoveBlock';
import { actionSelectAll } from './actionSelectAll';
import { actionSetCell } from './actionSetCell';
import { actionSetNoteText } from './actionSetNoteText';
import { actionSetStepNotes } from './actionSetStepNotes';
import { actionSetStepStatus } from './actionSetStepStatus';
import { actionStartNote } from './actionStartNote';
import { actionToggleOutput } from './actionToggleOutput';
import { actionUndo } from './actionUndo';
import { actionZoomIn } from './actionZoomIn';
import { actionZoomOut } from './actionZoomOut';
import { actionOpenSearch } from './actionOpenSearch';
import { actionReveal } from './actionReveal';
import { actionCursor } from './actionCursor';
import { actionResizeNote } from './actionResizeNote';
import { actionTidyBlock } from './actionTidyBlock';
import { actionAddVote, actionClearVote, actionCloseVote, actionSetVoteCount, actionStartVote } from './actionVote';

/** Every action by name; compiling fails if one is missing (tests check each is filed under its own name). */
export const ACTIONS = {
  undo: actionUndo,
  redo: actionRedo,
  zoomIn: actionZoomIn,
  zoomOut: actionZoomOut,
  fit: actionFit,
  selectAll: actionSelectAll,
  editSelected: actionEditSelected,
  deselect: actionDeselect,
  'note.startNew': actionStartNote,
  'note.create': actionCreateNote,
  'note.setText': actionSetNoteText,
  'note.recolour': actionRecolourNotes,
  'note.move': actionMoveNotes,
  'note.duplicate': actionDuplicate,
  'note.delete': actionDelete,
  'row.add': actionAddRow,
  'row.setCell': actionSetCell,
  'row.move': actionMoveRow,
  'row.delete': actionDeleteRow,
  'step.setStatus': actionSetStepStatus,
  'step.toggleOutput': actionToggleOutput,
  'step.setNotes': actionSetStepNotes,
  'block.edit': actionEditBlock,
  'block.add': actionAddBlock,
  'block.remove': actionRemoveBlock,
  'block.tidy': actionTidyBlock,
  'note.resize': actionResizeNote,
  'vote.start': actionStartVote,
  'vote.add': actionAddVote,
  'vote.setCount': actionSetVoteCount,
  'vote.close': actionCloseVote,
  'vote.clear': actionClearVote,
  'board.addFromTemplate': actionAddBoard,
  'board.delete': actionDeleteBoard,
  'workshop.patch': actionPatchWorkshop,
  'present.start': actionPresentStart,
  'present.leave': actionPresentLeave,
  'present.next': actionPresentNext,
  'present.prev': actionPresentPrev,
  'present.whole': actionPresentWhole,
  'present.focus': actionPresentFocus,
  'timer.start': actionTimerStart,
  'timer.stop': actionTimerStop,
  'timer.toggleMute': actionTimerMute,
  'search.open': actionOpenSearch,
  'search.reveal': actionReveal,
  'canvas.cursor': actionCursor,
} as const satisfies Record<ActionName, AnyAction>;

export type Actions = typeof ACTIONS;
export type ArgsOf<N extends ActionName> = Parameters<Actions[N]['perform']>[1];
export type ResultOf<N extends ActionName> = ReturnType<Actions[N]['perform']>;
