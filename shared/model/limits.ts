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
  /** Notes on one board (checked on each batch against the stored board: shared/ops/checkLimits). */
  notesPerBoard: 20000,
  /** Cells in one table row: twice the most columns a table has, room for columns since removed. */
  cellsPerRow: 60,
  /**
   * How far (board units) a note's x/y may be from its block. The tallest board is 24 rows of
   * 10 × 560 units; the board's own bounds are checked on each batch (checkLimits).
   */
  coordinate: 200000,
  /** Dots one note may get in a show-of-hands vote: a big room, counted twice over. */
  votesPerNote: 9999,
} as const;
