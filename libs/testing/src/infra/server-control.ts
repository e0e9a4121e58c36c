/** Takes a provisioned server down and brings it back on the same port with its data. */
export interface ServerControl {
  /** Resolves once the server is down: its port refuses connections. */
  stop(): Promise<void>;
  /** Resolves once the server serves again, with the data it had. */
  start(): Promise<void>;
}
