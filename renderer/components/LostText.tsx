import { useRef, useState } from 'react';
import { useT } from '../app/useT';

/**
 * The text of refused edits, selectable, with a button that copies it. Plain http on a LAN is not a
 * secure context, where navigator.clipboard is missing, so the button copies the selected textarea;
 * the text also stays selectable by hand.
 */
export function LostText({ text }: { text: string }) {
  const t = useT();
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    // Copying the selected textarea works without a secure context and without a permission prompt.
    area.current?.select();
    let done: boolean;
    try {
      done = document.execCommand('copy');
    } catch {
      done = false;
    }
    if (!done) await navigator.clipboard?.writeText(text).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="lost-text">
      <label>
        {t('lostTextLabel')}
        <textarea
          ref={area}
          readOnly
          value={text}
          rows={Math.min(6, text.split('\n').length + 1)}
          data-testid="lost-text"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <button type="button" onClick={() => void copy()} data-testid="copy-lost-text">
        {copied ? t('lostTextCopied') : t('copyLostText')}
      </button>
    </div>
  );
}
