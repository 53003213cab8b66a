import { describe, expect, it } from 'vitest';
import { PROTOCOL, VERSION, envelope, readChildMessage, readParentMessage } from '../../src/browser/embed-protocol.ts';

describe('the messages between embed.js and the frame', () => {
  it('carries the protocol name and version in every message', () => {
    expect(envelope({ type: 'resize', height: 812 })).toEqual({ protocol: PROTOCOL, version: VERSION, type: 'resize', height: 812 });
  });

  it('reads back what the other side sent', () => {
    expect(readParentMessage(envelope({ type: 'hello', focus: true }))).toEqual({ type: 'hello', focus: true });
    expect(readChildMessage(envelope({ type: 'ready', path: '/fr/embed/', height: 640 }))).toEqual({
      type: 'ready',
      path: '/fr/embed/',
      height: 640,
    });
    expect(readChildMessage(envelope({ type: 'navigate', from: '/fr/embed/?q=ict', to: '/fr/embed/vacancies/x/' }))).toMatchObject({
      type: 'navigate',
    });
    expect(readChildMessage(envelope({ type: 'scroll', top: 120 }))).toEqual({ type: 'scroll', top: 120 });
  });

  it('ignores messages of other versions, other protocols and malformed ones', () => {
    expect(readChildMessage({ protocol: PROTOCOL, version: VERSION + 1, type: 'resize', height: 10 })).toBeUndefined();
    expect(readChildMessage({ protocol: 'iframe-resizer', version: VERSION, type: 'resize', height: 10 })).toBeUndefined();
    expect(readChildMessage('[iFrameSizer]resize:10')).toBeUndefined();
    expect(readChildMessage(null)).toBeUndefined();
    expect(readChildMessage(envelope({ type: 'resize', height: -1 }))).toBeUndefined();
    expect(readChildMessage({ ...envelope({ type: 'resize', height: 1 }), height: '100px' })).toBeUndefined();
    expect(readChildMessage({ ...envelope({ type: 'resize', height: 1 }), height: Infinity })).toBeUndefined();
    expect(readChildMessage({ ...envelope({ type: 'ready', path: '/', height: 1 }), path: 'https://evil.example/' })).toBeUndefined();
    expect(readChildMessage({ ...envelope({ type: 'ready', path: '/', height: 1 }), path: '//evil.example/' })).toBeUndefined();
    expect(readChildMessage({ ...envelope({ type: 'resize', height: 1 }), type: 'eval' })).toBeUndefined();
    expect(readParentMessage({ ...envelope({ type: 'hello', focus: false }), type: 'navigate' })).toBeUndefined();
  });
});
