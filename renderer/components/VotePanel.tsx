import { useState } from 'react';
import type { Board } from '../../shared/model/Board';
import { rankVotes } from '../../shared/model/Votes';
import { useAppStore } from '../app/StoreContext';
import { useT } from '../app/useT';
import { perform } from '../actions/dispatcher';
import type { DrawnNote } from '../canvas/drawNotes';

/**
 * The vote's results beside the board: notes ranked by their dots. While the vote is open every
 * note is listed with a count that can be typed (a counted show of hands); once closed, only the
 * notes that got votes.
 */
export function VotePanel({ board, notes }: { board: Board; notes: readonly DrawnNote[] }) {
  const store = useAppStore();
  const t = useT();
  const votes = board.votes;
  if (!votes) return null;
  const ranked = rankVotes(
    votes,
    notes.map((d) => d.note),
  );
  const rest = votes.open ? notes.map((d) => d.note).filter((n) => !votes.counts[n.id]) : [];
  return (
    <aside className="vote-panel" data-testid="vote-panel" data-board-panel aria-label={t('votePanel')}>
      <h3>{t('votePanel')}</h3>
      <p className="muted">{votes.open ? t('voteHint') : t('voteClosed')}</p>
      <ol className="vote-list" data-testid="vote-list">
        {ranked.map(({ note, count }) => (
          <VoteRow
            key={note.id}
            text={note.text}
            count={count}
            open={votes.open}
            onCount={(n) => perform(store, 'vote.setCount', { boardId: board.id, noteId: note.id, count: n })}
          />
        ))}
        {rest.map((note) => (
          <VoteRow
            key={note.id}
            text={note.text}
            count={0}
            open
            onCount={(n) => perform(store, 'vote.setCount', { boardId: board.id, noteId: note.id, count: n })}
          />
        ))}
      </ol>
      {ranked.length === 0 && !votes.open && <p className="muted">{t('voteNone')}</p>}
      <div className="vote-actions">
        {votes.open ? (
          <button className="primary" data-testid="vote-close" onClick={() => perform(store, 'vote.close')}>
            {t('voteClose')}
          </button>
        ) : (
          <button data-testid="vote-reopen" onClick={() => perform(store, 'vote.start')}>
            {t('voteReopen')}
          </button>
        )}
        <button className="danger" data-testid="vote-clear" onClick={() => perform(store, 'vote.clear')}>
          {t('voteClear')}
        </button>
      </div>
    </aside>
  );
}

function VoteRow({ text, count, open, onCount }: { text: string; count: number; open: boolean; onCount(n: number): void }) {
  const t = useT();
  const [typed, setTyped] = useState<string | null>(null);
  const commit = () => {
    if (typed === null) return;
    const n = Number(typed);
    setTyped(null);
    if (Number.isFinite(n) && n >= 0) onCount(Math.floor(n));
  };
  return (
    <li className={count > 0 ? 'voted' : ''} data-testid="vote-row" data-count={count}>
      <span className="vote-text">{text.trim() || '—'}</span>
      {open ? (
        <input
          type="number"
          min={0}
          max={9999}
          aria-label={t('voteCount')}
          value={typed ?? String(count)}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            // Enter counts and leaves the field, so the board's shortcuts (undo) work again at once.
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') setTyped(null);
          }}
        />
      ) : (
        <strong className="vote-count">{count}</strong>
      )}
    </li>
  );
}
