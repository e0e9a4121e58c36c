import type { Message } from 'kafkajs';
import type { OutboundRecord } from './outbound-record';

/** A typed record as kafkajs sends it: JSON value, UTF-8 key and headers. */
export function serialiseRecord(record: OutboundRecord): Message {
  return {
    key: record.key,
    value: JSON.stringify(record.value),
    ...(record.headers ? { headers: { ...record.headers } } : {}),
  };
}
