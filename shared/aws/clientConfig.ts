// The numbers that size the ingest path together: the SDK clients, the Lambda functions and the
// SQS queue. They live in one file because each bound depends on the others; change one and
// re-check the chain below.
//
//   SDK call ceiling  = maxAttempts × (connectionTimeoutMs + requestTimeoutMs) + retry backoff
//                     = 3 × (1 s + 5 s) + < 1 s  ≈ 19 s          — well under the ingest timeout
//   read budget       = 20 s per document (shared/read/limits.ts): the wall-clock deadline of one
//                       .pdf/.docx read. pdfjs parses on the main thread, so the records of a batch
//                       (processed concurrently by the batch utility) share one CPU; a budget that
//                       expires mid-chunk overshoots, and several slow PDFs may end up taking their
//                       budgets one after another rather than side by side.
//   batch size        = 5 reports: the worst case above, five reads back to back, is 5 × 20 s = 100 s.
//   ingest timeout T  = 120 s: those 100 s plus 20 s for the GetObject of up to 20 MB and the
//                       handful of S3/DynamoDB writes per record (a record that hits the SDK ceiling
//                       still leaves room for the others to finish and report partial failures).
//                       (Before .pdf support it was 60 s for batches of 10: three slow PDFs read back
//                       to back would use all of it, and a timeout fails the whole batch, its
//                       finished reports included.)
//   visibility        = 6 × T + batching window = 725 s (AWS guidance for SQS-triggered Lambda:
//                       the poller may hold a batch while it retries throttled invokes, and a
//                       message must not reappear while its first attempt is still running; the
//                       batching window is time a message is already invisible before the invoke).
//   maxReceiveCount   = 5 before the dead-letter queue: a poison report costs ≤ 5 × 725 s ≈ 60 min
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
  /** DynamoDB Local and s3rver on a loaded 2-core machine: slow, but never allowed to hang. */
  localRequestTimeoutMs: 30_000,
  /** Total attempts including the first (the SDK's standard retry strategy). */
  maxAttempts: 3,
} as const;

export const ingestLimits = {
  /** Larger uploads are held back as `too-large` without being read into memory. */
  maxObjectBytes: 20 * 1024 * 1024,
} as const;

export const ingestFunctionSizing = {
  timeoutSeconds: 120,
  memoryMb: 1024,
  /**
   * Records per invocation; partial batch responses keep one bad report from failing the rest.
   * Five, so that five PDF read budgets fit in the timeout even if they run back to back.
   */
  batchSize: 5,
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
