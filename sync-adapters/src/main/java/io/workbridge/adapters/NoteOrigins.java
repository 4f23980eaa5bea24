package io.workbridge.adapters;

import io.workbridge.servicechannel.model.Note;
import io.workbridge.servicechannel.model.NoteType;
import io.workbridge.servicechannel.model.WorkOrder;
import io.workbridge.sync.model.NoteOrigin;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote a ServiceChannel note. {@code CreatedBy} is the author's display name, not the login, so it cannot
 * tell the provider's notes: the company can. A note is {@link NoteOrigin#SYSTEM} when ServiceChannel wrote it
 * ({@code NoteType} SystemNote, or the author {@code "."}); {@link NoteOrigin#PROVIDER} when its {@code
 * CompanyName} is the provider's company; else the subscriber's. The provider's company is configured, or
 * learnt from the {@code Provider} of the first work order read. Thread-safe.
 */
final class NoteOrigins {
  private static final String SYSTEM_AUTHOR = ".";

  private volatile @Nullable String providerName;

  NoteOrigins(@Nullable String providerName) {
    this.providerName = providerName;
  }

  /** Learns the provider's company from a work order's {@code Provider}, unless already known. */
  void learn(WorkOrder order) {
    if (providerName == null) {
      order.provider().flatMap(p -> p.name()).filter(name -> !name.isBlank()).ifPresent(name -> providerName = name);
    }
  }

  /** Whether the provider's company is known. */
  boolean knowsProvider() {
    return providerName != null;
  }

  /** Who wrote the note. */
  NoteOrigin origin(Note note) {
    if (note.type() == NoteType.SYSTEM || note.createdBy().map(SYSTEM_AUTHOR::equals).orElse(false)) {
      return NoteOrigin.SYSTEM;
    }
    String provider = providerName;
    boolean byProvider =
        provider != null && note.companyName().map(company -> company.trim().equalsIgnoreCase(provider.trim())).orElse(false);
    return byProvider ? NoteOrigin.PROVIDER : NoteOrigin.SUBSCRIBER;
  }

  /** The author's display name; empty for system authors ({@code "."}) and blanks. */
  static Optional<String> author(Note note) {
    return note.createdBy().map(String::trim).filter(by -> !by.isEmpty() && !by.equals(SYSTEM_AUTHOR));
  }
}
