import { contextBridge, ipcRenderer } from 'electron';
import { API_KEY } from '../src/platform/channels';
import { buildApi } from './bridge';

// The renderer's whole view of the shell: `window.api.<group>.<name>(payload)`, one function per
// channel of the contract. Bundled to CommonJS (sandboxed preloads cannot load ES modules).
contextBridge.exposeInMainWorld(
  API_KEY,
  buildApi((channel, payload) => ipcRenderer.invoke(channel, payload)),
);
