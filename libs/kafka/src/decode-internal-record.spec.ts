import { z } from 'zod';
import {
  decodeInternalRecord,
  handleInternalBatch,
  handleInternalRecord,
} from './decode-internal-record';
import type { InboundMessage, MessageAction } from './message-action';

const Schema = z.strictObject({ n: z.number() });

const message = (value: string, offset: number): InboundMessage => ({
  key: null,
  value: Buffer.from(value),
  headers: {},
  position: { topic: 'internal', partition: 0, offset: String(offset) },
  timestamp: '0',
});

const skip = (value: { n: number }, outcome: string): MessageAction => ({
  kind: 'skip',
  outcome,
  logFields: { n: value.n },
});

describe('decodeInternalRecord', () => {
  it.each([
    ['not JSON', '{', 'The record is not JSON.'],
    ['off its schema', '{"n":"one"}', 'n: '],
  ])('dead-letters a record %s as invalid-record', (_case, value, detail) => {
    const decoded = decodeInternalRecord(message(value, 0), Schema);
    expect(decoded).toMatchObject({
      kind: 'invalid',
      action: { kind: 'dead-letter', reason: 'invalid-record' },
    });
    if (decoded.kind === 'invalid' && decoded.action.kind === 'dead-letter')
      expect(decoded.action.detail).toContain(detail);
  });
});

describe('handleInternalBatch', () => {
  it('hands the valid values on at once and maps each answer back to its message, in order', async () => {
    const handed: number[][] = [];
    const actions = await handleInternalBatch(
      [message('{"n":1}', 0), message('{', 1), message('{"n":3}', 2)],
      Schema,
      (values) => {
        handed.push(values.map((v) => v.n));
        return Promise.resolve(values.map((v) => `seen ${v.n}`));
      },
      skip,
    );
    expect(handed).toEqual([[1, 3]]);
    expect(actions.map((a) => (a.kind === 'skip' ? a.outcome : a.kind))).toEqual([
      'seen 1',
      'dead-letter',
      'seen 3',
    ]);
  });

  it('fails the batch when the handler answers for fewer values than it was given', async () => {
    await expect(
      handleInternalBatch(
        [message('{"n":1}', 0), message('{"n":2}', 1)],
        Schema,
        () => Promise.resolve(['only one']),
        skip,
      ),
    ).rejects.toThrow('fewer records');
  });
});

describe('handleInternalRecord', () => {
  it('hands a valid value on and maps the answer; an invalid record keeps its dead letter', async () => {
    const handle = (value: { n: number }) => Promise.resolve(`seen ${value.n}`);
    await expect(
      handleInternalRecord(message('{"n":2}', 0), Schema, handle, skip),
    ).resolves.toEqual({ kind: 'skip', outcome: 'seen 2', logFields: { n: 2 } });
    await expect(
      handleInternalRecord(message('[]', 1), Schema, handle, skip),
    ).resolves.toMatchObject({ kind: 'dead-letter', reason: 'invalid-record' });
  });
});
