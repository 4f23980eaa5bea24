package io.workbridge.sync.store;

/**
 * A link was requested that contradicts an existing one: the source is already linked to another
 * target, or the target to another source, under the same {@link LinkKind}. Links are never silently
 * overwritten; remove the old one first with {@link LinkStore#unlink(LinkKind, String)}.
 */
public final class LinkConflictException extends StoreException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the kind and the ids involved.
   *
   * @param message the detail message
   */
  public LinkConflictException(String message) {
    super(message);
  }
}
