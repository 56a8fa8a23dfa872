import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './buildApi';

// Sandboxed preload: only 'electron' may be required here; everything else is bundled in.
contextBridge.exposeInMainWorld(
  'cbmc',
  buildApi((wireChannel, req) => ipcRenderer.invoke(wireChannel, req)),
);
