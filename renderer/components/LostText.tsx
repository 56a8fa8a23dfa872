import { useRef, useState } from 'react';
import { useT } from '../app/useT';

/**
 * The text of refused edits, selectable, with a button that copies it. Plain http on a LAN is not a
 * secure context, so navigator.clipboard may be missing: copying the selected textarea is the fallback.
 */
export function LostText({ text }: { text: string }) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      area.current?.select();
      document.execCommand('copy');
    }
    setCopied(true);
  };
  return (
    <div className="lost-text">
      <label>
        {t('lostTextLabel')}
        <textarea ref={area} readOnly value={text} rows={Math.min(6, text.split('\n').length + 1)} data-testid="lost-text" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={() => void copy()} data-testid="copy-lost-text">
        {copied ? t('lostTextCopied') : t('copyLostText')}
      </button>
    </div>
  );
}
