import { Kafka, logLevel, type Producer } from 'kafkajs';

/** A plain producer for tests: writes raw bytes, exactly as any third-party publisher could. */
export class ArticleProducer {
  private constructor(private readonly producer: Producer) {}

  static async connect(brokers: string): Promise<ArticleProducer> {
    const kafka = new Kafka({ brokers: brokers.split(','), logLevel: logLevel.NOTHING });
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    return new ArticleProducer(producer);
  }

  async send(
    topic: string,
    messages: readonly { key: string | null; value: Buffer | string | null }[],
  ): Promise<void> {
    for (let i = 0; i < messages.length; i += 200) {
      await this.producer.send({
        topic,
        acks: -1,
        messages: messages.slice(i, i + 200).map((m) => ({ ...m })),
      });
    }
  }

  async disconnect(): Promise<void> {
    await this.producer.disconnect();
  }
}
