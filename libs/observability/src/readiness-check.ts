/**
 * One dependency a service needs to do its work (Kafka, Redis). `check` resolves when it answers
 * and rejects with the reason when it does not; `/health/ready` runs every registered check.
 */
export abstract class ReadinessCheck {
  abstract readonly name: string;
  abstract check(): Promise<void>;
}
