import { useEffect, useState } from 'react';

/**
 * How many pixels at the bottom of the window the on-screen keyboard covers. Where the keyboard
 * shrinks only the visual viewport (iOS, Chrome on Android since 108), something fixed to the
 * bottom of the window would sit behind it; where it shrinks the whole window, this stays 0.
 */
export function useKeyboardInset(): number {
  const [inset, setInset] = useState(0);
  useEffect(() => {
    const vv = window.visualViewport;
    if (!vv) return;
    const measure = () => setInset(Math.max(0, Math.round(window.innerHeight - (vv.height + vv.offsetTop))));
    measure();
    vv.addEventListener('resize', measure);
    vv.addEventListener('scroll', measure);
    return () => {
      vv.removeEventListener('resize', measure);
      vv.removeEventListener('scroll', measure);
    };
  }, []);
  return inset;
}
