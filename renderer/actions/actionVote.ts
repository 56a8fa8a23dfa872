import { addVoteOps, clearVoteOps, closeVoteOps, setVoteCountOps, startVoteOps } from '../../shared/edits/votes';
import { currentBoard, hasDoc, type Action } from './Action';

/** Starts a show-of-hands vote on the open board (reopens a closed one with its counts). */
export const actionStartVote: Action<void, boolean> = {
  name: 'vote.start',
  label: 'voteStart',
  shortcuts: [],
  undoable: true,
  enabled: (store) => currentBoard(store) !== undefined,
  perform({ store, commit }) {
    const board = currentBoard(store);
    const doc = store.getState().doc;
    return !!board && !!doc && commit(startVoteOps(doc, { boardId: board.id }));
  },
};

/** One more dot on a note (a click on it while the vote is open). */
export const actionAddVote: Action<{ boardId: string; noteId: string }, boolean> = {
  name: 'vote.add',
  label: 'voteAdd',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform({ store, commit }, a) {
    const doc = store.getState().doc;
    return doc !== null && commit(addVoteOps(doc, a));
  },
};

/** A typed count for a note. */
export const actionSetVoteCount: Action<{ boardId: string; noteId: string; count: number }, boolean> = {
  name: 'vote.setCount',
  label: 'voteCount',
  shortcuts: [],
  undoable: true,
  enabled: hasDoc,
  perform({ store, commit }, a) {
    const doc = store.getState().doc;
    return doc !== null && commit(setVoteCountOps(doc, a));
  },
};

/** Closes the open vote; the counts stay. */
export const actionCloseVote: Action<void, boolean> = {
  name: 'vote.close',
  label: 'voteClose',
  shortcuts: [],
  undoable: true,
  enabled: (store) => currentBoard(store)?.votes?.open === true,
  perform({ store, commit }) {
    const board = currentBoard(store);
    const doc = store.getState().doc;
    return !!board && !!doc && commit(closeVoteOps(doc, { boardId: board.id }));
  },
};

/** Removes the board's vote and its dots. */
export const actionClearVote: Action<void, boolean> = {
  name: 'vote.clear',
  label: 'voteClear',
  shortcuts: [],
  undoable: true,
  enabled: (store) => !!currentBoard(store)?.votes,
  perform({ store, commit }) {
    const board = currentBoard(store);
    const doc = store.getState().doc;
    return !!board && !!doc && commit(clearVoteOps(doc, { boardId: board.id }));
  },
};
