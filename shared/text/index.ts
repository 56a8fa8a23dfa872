export { layoutLines, clampLines, cachedMeasure, type Measure } from './layoutLines';
/** Line height as a multiple of font size: room for Thai marks stacked above and below. */
export const THAI_LINE_HEIGHT = 1.45;
