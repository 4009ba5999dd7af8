// The numbers that size the ingest path together: the SDK clients, the Lambda functions and the
// SQS queue. They live in one file because each bound depends on the others; change one and
// re-check the chain below.
//
//   SDK call ceiling  = maxAttempts × (connectionTimeoutMs + requestTimeoutMs) + retry backoff
//                     = 3 × (1 s + 5 s) + < 1 s  ≈ 19 s          — well under the ingest timeout
//   ingest timeout T  = 60 s: a batch of up to 10 reports, each a GetObject of at most 20 MB plus
//                       a handful of DynamoDB writes; a record that hits the SDK ceiling still
//                       leaves room for the others to finish and report partial failures.
//   visibility        = 6 × T + batching window = 365 s (AWS guidance for SQS-triggered Lambda:
//                       the poller may hold a batch while it retries throttled invokes, and a
//                       message must not reappear while its first attempt is still running; the
//                       batching window is time a message is already invisible before the invoke).
//   maxReceiveCount   = 5 before the dead-letter queue: a poison report costs ≤ 5 × 365 s ≈ 30 min
//                       of retries; the handler records `dead-lettered` on the last receive.
//   DLQ retention     = 14 days (the SQS maximum), so an operator has a fortnight to redrive.
//
// `requestTimeoutMs` is the socket inactivity timeout in the Node HTTP handler, not a total
// deadline: a 20 MB GetObject that keeps streaming is not cut off by it.

export const sdkTimeouts = {
  /** TCP/TLS connect; AWS endpoints answer in milliseconds, a second means something is wrong. */
  connectionTimeoutMs: 1_000,
  /** Socket inactivity per attempt. */
  requestTimeoutMs: 5_000,
  /** Total attempts including the first (the SDK's standard retry strategy). */
  maxAttempts: 3,
} as const;

export const ingestLimits = {
  /** Larger uploads are held back as `too-large` without being read into memory. */
  maxObjectBytes: 20 * 1024 * 1024,
} as const;

export const ingestFunctionSizing = {
  timeoutSeconds: 60,
  memoryMb: 1024,
  /** Records per invocation; partial batch responses keep one bad report from failing the rest. */
  batchSize: 10,
  /** Wait up to this long to fill a batch: uploads arrive in bursts at reporting deadlines. */
  maxBatchingWindowSeconds: 5,
  /** Caps concurrent ingest invocations so a deadline burst cannot exhaust DynamoDB on-demand ramp-up. */
  maxConcurrency: 20,
} as const;

export const ingestQueueSizing = {
  /** AWS guidance: at least six times the consuming function's timeout, plus the batching window. */
  visibilityTimeoutSeconds: 6 * ingestFunctionSizing.timeoutSeconds + ingestFunctionSizing.maxBatchingWindowSeconds,
  maxReceiveCount: 5,
  retentionDays: 4,
  deadLetterRetentionDays: 14,
} as const;

export const rollupFunctionSizing = {
  /** Recomputes only the dirty (province, period) partitions; five minutes covers a full re-run. */
  timeoutSeconds: 300,
  memoryMb: 512,
  /** EventBridge Scheduler expression. */
  scheduleExpression: 'rate(15 minutes)',
} as const;

export const queryFunctionSizing = {
  /** Under the HTTP API's 30 s integration limit, and a query is a few DynamoDB reads. */
  timeoutSeconds: 10,
  memoryMb: 256,
} as const;

export const logRetentionDays = 30;
