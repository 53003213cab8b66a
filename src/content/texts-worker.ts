/** A worker thread of texts.ts: renders the texts it is given and sends their HTML back, in order. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderText, type Text } from './texts.ts';

parentPort!.postMessage((workerData as Text[]).map(renderText));
