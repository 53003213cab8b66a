/**
 * The messages between embed.js on a host page (the parent) and an embed view in
 * its iframe (the child), as docs/embed-protocol.md describes them. Each side
 * checks the other's origin before it reads a message; these functions check the
 * message itself, so that a malformed or foreign one is ignored.
 */

export const PROTOCOL = 'eu-vacancies-embed';
/** Raised when a message changes in a way an older parent or child would misread. */
export const VERSION = 1;

/** Parent to child, after every load of the frame: "I am your parent". */
export interface Hello {
  type: 'hello';
  /** The frame has the keyboard focus: the child moves it to the top of its content. */
  focus: boolean;
}

/** Child to parent, in answer to hello: which page is shown, and its height. */
export interface Ready {
  type: 'ready';
  /** Path and query of the embed view, such as /fr/embed/vacancies/digit-com-2024-461/. */
  path: string;
  height: number;
}

/** Child to parent, whenever the height of its content changes. */
export interface Resize {
  type: 'resize';
  height: number;
}

/** Child to parent: the visitor followed a link to another embed view; the parent records it in its history and loads it. */
export interface Navigate {
  type: 'navigate';
  /** Path and query of the view the visitor leaves (a search may have changed its query). */
  from: string;
  /** Path, query and fragment of the view to load. */
  to: string;
}

/** Child to parent: bring this point of the frame, in pixels from its top, to the top of the window (an in-page link). */
export interface Scroll {
  type: 'scroll';
  top: number;
}

export type ParentMessage = Hello;
export type ChildMessage = Ready | Resize | Navigate | Scroll;

export type Envelope<Message> = Message & { protocol: typeof PROTOCOL; version: number };

export function envelope<Message extends ParentMessage | ChildMessage>(message: Message): Envelope<Message> {
  return { protocol: PROTOCOL, version: VERSION, ...message };
}

type Fields = Record<string, unknown>;

function fieldsOf(data: unknown): Fields | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Fields;
  return fields.protocol === PROTOCOL && fields.version === VERSION ? fields : undefined;
}

const isPath = (value: unknown): value is string =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && value.length <= 2000;
const isPixels = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1e6;

/** A message from the parent, or undefined if it is not one of this protocol and version. */
export function readParentMessage(data: unknown): ParentMessage | undefined {
  const fields = fieldsOf(data);
  if (fields?.type === 'hello') return { type: 'hello', focus: fields.focus === true };
  return undefined;
}

/** A message from the child, or undefined if it is not one of this protocol and version. */
export function readChildMessage(data: unknown): ChildMessage | undefined {
  const fields = fieldsOf(data);
  switch (fields?.type) {
    case 'ready':
      return isPath(fields.path) && isPixels(fields.height) ? { type: 'ready', path: fields.path, height: fields.height } : undefined;
    case 'resize':
      return isPixels(fields.height) ? { type: 'resize', height: fields.height } : undefined;
    case 'navigate':
      return isPath(fields.from) && isPath(fields.to) ? { type: 'navigate', from: fields.from, to: fields.to } : undefined;
    case 'scroll':
      return isPixels(fields.top) ? { type: 'scroll', top: fields.top } : undefined;
    default:
      return undefined;
  }
}
