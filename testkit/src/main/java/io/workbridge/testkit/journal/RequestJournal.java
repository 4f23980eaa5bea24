package io.workbridge.testkit.journal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every request a simulator received, in arrival order; thread-safe. Paths are matched as regular
 * expressions against the whole encoded path (no query), e.g. {@code "/v3/workorders/\\d+/notes"}.
 */
public final class RequestJournal {

  private final List<JournalEntry> entries = new CopyOnWriteArrayList<>();

  /** Creates an empty journal. */
  public RequestJournal() {}

  /**
   * Appends an entry.
   *
   * @param entry the entry
   */
  public void record(JournalEntry entry) {
    entries.add(entry);
  }

  /**
   * All entries in arrival order.
   *
   * @return an immutable snapshot
   */
  public List<JournalEntry> all() {
    return List.copyOf(entries);
  }

  /**
   * The number of requests received.
   *
   * @return the count
   */
  public int count() {
    return entries.size();
  }

  /**
   * The entries with the given method whose path matches the regular expression.
   *
   * @param method the HTTP method (case-insensitive)
   * @param pathRegex a regular expression matched against the whole path
   * @return an immutable list
   */
  public List<JournalEntry> find(String method, String pathRegex) {
    String upper = method.toUpperCase(Locale.ROOT);
    Pattern pattern = Pattern.compile(pathRegex);
    return filter(e -> e.method().equals(upper) && pattern.matcher(e.path()).matches());
  }

  /**
   * The entries whose path matches the regular expression, any method.
   *
   * @param pathRegex a regular expression matched against the whole path
   * @return an immutable list
   */
  public List<JournalEntry> findByPath(String pathRegex) {
    Pattern pattern = Pattern.compile(pathRegex);
    return filter(e -> pattern.matcher(e.path()).matches());
  }

  /**
   * The entries with the given method.
   *
   * @param method the HTTP method (case-insensitive)
   * @return an immutable list
   */
  public List<JournalEntry> findByMethod(String method) {
    String upper = method.toUpperCase(Locale.ROOT);
    return filter(e -> e.method().equals(upper));
  }

  /**
   * The entries matching a predicate.
   *
   * @param predicate the predicate
   * @return an immutable list
   */
  public List<JournalEntry> filter(Predicate<JournalEntry> predicate) {
    return entries.stream().filter(predicate).collect(Collectors.toUnmodifiableList());
  }

  /**
   * How many requests with the given method had a path matching the regular expression.
   *
   * @param method the HTTP method (case-insensitive)
   * @param pathRegex a regular expression matched against the whole path
   * @return the count
   */
  public int count(String method, String pathRegex) {
    return find(method, pathRegex).size();
  }

  /**
   * The most recent entry.
   *
   * @return the entry, empty when nothing was received
   */
  public Optional<JournalEntry> last() {
    List<JournalEntry> snapshot = all();
    return snapshot.isEmpty()
        ? Optional.empty()
        : Optional.of(snapshot.get(snapshot.size() - 1));
  }

  /**
   * The most recent entry with the given method and path.
   *
   * @param method the HTTP method (case-insensitive)
   * @param pathRegex a regular expression matched against the whole path
   * @return the entry, empty when there is none
   */
  public Optional<JournalEntry> last(String method, String pathRegex) {
    List<JournalEntry> found = find(method, pathRegex);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
  }

  /** Forgets all entries. */
  public void clear() {
    entries.clear();
  }
}
