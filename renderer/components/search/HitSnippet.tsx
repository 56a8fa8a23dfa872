import { findInText, type Strength } from '../../../shared/text/searchText';

/** Characters of context shown before the match in a long text. */
const BEFORE = 30;
const LENGTH = 120;

/** A result's text, cut around the match for long texts, with the matched part marked. */
export function HitSnippet({ text, query, strength }: { text: string; query: string; strength: Strength }) {
  const at = findInText(text, query, strength);
  if (!at) return <span className="snippet">{text.slice(0, LENGTH)}</span>;
  const from = Math.max(0, at.start - BEFORE);
  const to = Math.max(at.end, Math.min(text.length, from + LENGTH));
  return (
    <span className="snippet">
      {from > 0 && '…'}
      {text.slice(from, at.start)}
      <mark>{text.slice(at.start, at.end)}</mark>
      {text.slice(at.end, to)}
      {to < text.length && '…'}
    </span>
  );
}
