package io.workbridge.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keeps the vendored descriptions reproducible. When the full official files are around (see {@link
 * SpecTrimmer#findReferenceDir}), checks that every committed copy equals what its keep-list produces;
 * with {@code -Dworkbridge.trimSpecs=true} it rewrites the copies instead:
 *
 * <pre>mvn -pl testkit test -Dtest=SpecTrimmerTest -Dworkbridge.trimSpecs=true</pre>
 */
class SpecTrimmerTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path RESOURCES = MODULE.resolve("src/main/resources/openapi");

  private static Optional<Path> referenceDir() {
    return SpecTrimmer.findReferenceDir(MODULE.getParent());
  }

  @Test
  void vendoredCopies_matchKeepLists_whenFullFilesPresent() throws IOException {
    Optional<Path> reference = referenceDir();
    assumeTrue(reference.isPresent(), "full descriptions not available; nothing to compare");
    if (Boolean.getBoolean("workbridge.trimSpecs")) {
      SpecTrimmer.writeAll(reference.get(), RESOURCES);
    }
    for (SpecTrimmer.Job job : SpecTrimmer.jobs(reference.get(), RESOURCES)) {
      String expected = SpecTrimmer.trim(job);
      String actual =
          Files.exists(job.trimmed()) ? Files.readString(job.trimmed(), StandardCharsets.UTF_8) : "";
      assertThat(actual)
          .as(
              "%s is out of date with %s; rerun with -Dworkbridge.trimSpecs=true",
              job.trimmed().getFileName(), job.keepList().getFileName())
          .isEqualTo(expected);
    }
  }

  @Test
  void vendoredCopies_keepOnlyListedOperationsWithoutProse() throws IOException {
    for (SpecTrimmer.Job job : SpecTrimmer.jobs(MODULE, RESOURCES)) {
      String json = Files.readString(job.trimmed(), StandardCharsets.UTF_8);
      List<String[]> keep = SpecTrimmer.readKeepList(job.keepList());
      com.fasterxml.jackson.databind.JsonNode tree =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      int operations = 0;
      for (var path = tree.get("paths").fields(); path.hasNext(); ) {
        var entry = path.next();
        for (var field = entry.getValue().fieldNames(); field.hasNext(); ) {
          if (List.of("get", "put", "post", "delete", "patch").contains(field.next())) {
            operations++;
          }
        }
      }
      assertThat(operations).as(job.trimmed().getFileName().toString()).isEqualTo(keep.size());
      assertThat(json).doesNotContainPattern("\"description\" : \"[^\"]");
    }
  }
}
