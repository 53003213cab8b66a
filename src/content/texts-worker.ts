/** A worker thread of texts.ts: renders each batch of texts it is sent and sends their HTML back, in order. */
import { parentPort } from 'node:worker_threads';
import { renderText, type Text } from './texts.ts';

parentPort!.on('message', (texts: Text[]) => parentPort!.postMessage(texts.map(renderText)));
