import { contextBridge, ipcRenderer } from 'electron';
import { createOptoutApi } from './api.ts';

contextBridge.exposeInMainWorld('optout', createOptoutApi(ipcRenderer));
