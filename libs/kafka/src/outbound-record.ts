import type { TopicId, TopicValue } from '@sijill/contracts';

/** A record to write, typed by the logical topic it goes to. */
export type OutboundRecord = {
  [T in TopicId]: {
    readonly topic: T;
    readonly key: string;
    readonly value: TopicValue<T>;
    readonly headers?: Readonly<Record<string, string>>;
  };
}[TopicId];
