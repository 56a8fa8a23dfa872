import type { PreloadApi } from '../../shared/contract/PreloadApi';

declare global {
  interface Window {
    /** Present only inside Electron (set by its preload); without it the renderer talks HTTP. */
    cbmc?: PreloadApi;
  }
}
