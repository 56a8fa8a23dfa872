/** Limits a user can meet. Each is enforced in the schemas and named in the messages. */
export const LIMITS = {
  /** A sticky note holds a thought, not a report: about a page of Thai text. */
  noteText: 2000,
  /** A table cell: a paragraph or two. */
  cellText: 5000,
  /** Names and titles (workshop, board, block). */
  title: 200,
  /** One guiding question or a step text. */
  longText: 5000,
  /** Ops in one batch sent to the host. */
  opsPerBatch: 10000,
  /** Notes on one board. */
  notesPerBoard: 20000,
} as const;
