import {
  KafkaJSConnectionError,
  KafkaJSNonRetriableError,
  KafkaJSNumberOfRetriesExceeded,
  KafkaJSProtocolError,
} from 'kafkajs';
import { isRetriable } from './retry-while-retriable';

// kafkajs's own errors, as a cluster still starting or a bad configuration gives them.
const unknownPartition = Object.assign(
  new KafkaJSProtocolError('This server does not host this topic-partition'),
  { type: 'UNKNOWN_TOPIC_OR_PARTITION', code: 3, retriable: true },
);

describe('isRetriable: which start-up failures are waited out', () => {
  it.each([
    { case: 'a topic-partition not hosted yet', error: unknownPartition, retriable: true },
    {
      case: 'the same, after kafkajs ran out of its own retries',
      error: new KafkaJSNumberOfRetriesExceeded(unknownPartition, { retryCount: 5, retryTime: 1 }),
      retriable: true,
    },
    {
      case: 'a connection refused',
      error: new KafkaJSConnectionError('Connection error: connect ECONNREFUSED'),
      retriable: true,
    },
    {
      case: 'a failed authentication',
      error: new KafkaJSNonRetriableError('SASL PLAIN authentication failed'),
      retriable: false,
    },
    { case: 'a plain error', error: new Error('boom'), retriable: false },
    { case: 'not an error', error: 'boom', retriable: false },
  ])('$case: $retriable', ({ error, retriable }) => {
    expect(isRetriable(error)).toBe(retriable);
  });
});
