import { useEffect, useState } from 'react';
import { resetMeasures } from './textMeasure';

let loaded = false;
let loading: Promise<void> | null = null;

/**
 * Starts loading the bundled Sarabun (index.html already preloads the files). Called when this
 * module is first imported, so a board opened straight from a link finds the font ready instead of
 * asking for it only once the board is on screen.
 */
function loadFonts(): Promise<void> {
  loading ??= Promise.all([document.fonts.load('17px Sarabun', 'ก'), document.fonts.load('bold 24px Sarabun', 'ก')]).then(() => {
    loaded = true;
    resetMeasures();
  });
  return loading;
}
if (typeof document !== 'undefined' && document.fonts) void loadFonts();

/**
 * Is 1 once Sarabun has loaded (0 before), so everything laid out with the fallback font is laid
 * out again when it arrives.
 */
export function useFontEpoch(): number {
  const [epoch, setEpoch] = useState(loaded ? 1 : 0);
  useEffect(() => {
    if (loaded) return setEpoch(1);
    let alive = true;
    void loadFonts().then(() => {
      if (alive) setEpoch(1);
    });
    return () => {
      alive = false;
    };
  }, []);
  return epoch;
}
