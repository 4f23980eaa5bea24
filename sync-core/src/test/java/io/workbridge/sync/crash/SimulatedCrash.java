package io.workbridge.sync.crash;

/**
 * The process died at this point. An {@link Error}, so that the {@code catch (RuntimeException e)}
 * blocks with which a workflow quarantines one bad record cannot swallow it: it unwinds the whole
 * cycle, as a real crash would end it.
 */
public final class SimulatedCrash extends Error {
  private static final long serialVersionUID = 1L;

  SimulatedCrash(long point, String where) {
    super("simulated crash at point " + point + ": " + where, null, false, false);
  }
}
