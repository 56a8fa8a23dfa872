/** An op that cannot apply to the document as it is. The message is meant for a person. */
export class OpError extends Error {
  override readonly name = 'OpError';
  constructor(
    message: string,
    /** Index of the failing op within its batch, when known. */
    readonly index?: number,
  ) {
    super(message);
  }
}
