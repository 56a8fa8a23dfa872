import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Tools that sit on the bar where there is room and behind one "⋯" button on a phone; the style sheet
 * decides which (`.collapsing-tools`), so the tools themselves are written once. A button among them
 * closes the menu when pressed; a tap anywhere else closes it too.
 */
export function CollapsingTools({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);
  return (
    <span ref={ref} className={open ? 'collapsing-tools open' : 'collapsing-tools'}>
      <button
        className="collapsing-toggle"
        data-testid="topbar-more"
        aria-expanded={open}
        aria-label={label}
        title={label}
        onClick={() => setOpen(!open)}
      >
        ⋯
      </button>
      <span
        className="collapsing-items"
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('.collapsing-items > button')) setOpen(false);
        }}
      >
        {children}
      </span>
    </span>
  );
}
