import { useEffect, useMemo, useRef, useState } from 'react';
import { searchIndexFor, searchWorkshop, whereIs, type SearchHit } from '../../../shared/search/searchWorkshop';
import { useApp, useAppStore } from '../../app/StoreContext';
import { useT } from '../../app/useT';
import { perform } from '../../actions/dispatcher';
import { HitSnippet } from './HitSnippet';

const LIMIT = 100;

const hitKey = (h: SearchHit) => (h.target.kind === 'note' ? h.target.noteId : `${h.target.rowId}/${h.target.columnId}`);

/**
 * The results of a search across the workshop's notes and table cells, as the query is typed.
 * ↑/↓ choose, Enter (or a click) goes to the result and closes the panel, Escape closes it.
 */
export function SearchPanel() {
  const store = useAppStore();
  const t = useT();
  const lang = useApp((s) => s.lang);
  const doc = useApp((s) => s.doc);
  const query = useApp((s) => s.searchQuery);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const { hits, total } = useMemo(() => (doc ? searchWorkshop(searchIndexFor(doc), query, LIMIT) : { hits: [], total: 0 }), [doc, query]);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  if (!doc) return null;
  const close = () => store.getState().setSearchOpen(false);
  const go = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    perform(store, 'search.reveal', hit.target);
    // Back to the board, so the keyboard carries on from the note that was found.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="board-canvas"]')?.focus());
  };

  return (
    <div className="search-panel" role="search" data-testid="search-panel">
      <input
        ref={input}
        type="search"
        data-testid="search-input"
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={query}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `search-hit-${active}` : undefined}
        onChange={(e) => store.getState().setSearchQuery(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'ArrowDown') setActive((i) => Math.min(hits.length - 1, i + 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
          else if (e.key === 'Enter') go(hits[active]);
          else if (e.key === 'Escape') close();
          else return;
          e.preventDefault();
        }}
      />
      <div className="search-status" data-testid="search-status" aria-live="polite">
        {query.trim() === ''
          ? t('searchHelp')
          : total === 0
            ? t('searchNoHits', { q: query.trim() })
            : total > hits.length
              ? t('searchMore', { shown: hits.length, n: total })
              : t('searchCount', { n: total })}
      </div>
      <ul id="search-results" role="listbox" ref={list}>
        {hits.map((h, i) => {
          const where = whereIs(doc, h.target, lang);
          return (
            <li
              key={hitKey(h)}
              id={`search-hit-${i}`}
              role="option"
              data-testid="search-hit"
              aria-selected={i === active}
              onMouseEnter={() => setActive(i)}
              onClick={() => go(h)}
            >
              <span className="where">
                {where.board} · {where.place || t('unplaced')}
                {where.row !== undefined && ` · ${t('searchRow')} ${where.row}`}
                {h.strength === 'loose' && <span className="loose-tag">{t('searchLoose')}</span>}
              </span>
              <HitSnippet text={h.text} query={query} strength={h.strength} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
