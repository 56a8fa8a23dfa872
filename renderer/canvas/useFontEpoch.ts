import { useEffect, useState } from 'react';
import { resetMeasures } from './textMeasure';

let loaded = false;

/**
 * Loads the bundled Sarabun before measuring matters, and bumps a number when it arrives so
 * everything laid out with the fallback font is laid out again.
 */
export function useFontEpoch(): number {
  const [epoch, setEpoch] = useState(loaded ? 1 : 0);
  useEffect(() => {
    if (loaded) return;
    let alive = true;
    void Promise.all([document.fonts.load('17px Sarabun', 'ก'), document.fonts.load('bold 24px Sarabun', 'ก')]).then(() => {
      loaded = true;
      resetMeasures();
      if (alive) setEpoch(1);
    });
    return () => {
      alive = false;
    };
  }, []);
  return epoch;
}
