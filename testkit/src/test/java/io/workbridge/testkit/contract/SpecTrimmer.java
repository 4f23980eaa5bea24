package io.workbridge.testkit.contract;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Regenerates the trimmed API descriptions vendored in {@code testkit/src/main/resources/openapi} from
 * the full official files, driven by the keep-list committed next to each trimmed copy
 * ({@code <name>.keep}: one {@code METHOD path} per line, {@code #} comments).
 *
 * <p>Trimming keeps the listed operations and every component / definition they reference
 * (transitively), drops prose {@code description} texts and the top-level {@code tags}, and for Swagger 2
 * makes the file valid Swagger 2.0 where the validator needs it: drops the {@code schema} attribute of
 * {@code formData} parameters (the validator refuses the file otherwise), types the untyped {@code items}
 * of array parameters as {@code string}, and splits {@code host} into the bare host and {@code basePath}.
 * Output is deterministic (source order, two-space indentation).
 *
 * <p>Run {@code SpecTrimmerTest} with {@code -Dworkbridge.trimSpecs=true} to rewrite the copies; without
 * it the test only checks that the committed copies match the keep-lists.
 */
public final class SpecTrimmer {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> HTTP_METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** One full description and its trimmed copy. */
  public record Job(Path full, Path trimmed, Path keepList) {}

  private SpecTrimmer() {}

  /**
   * The descriptions vendored in testkit.
   *
   * @param referenceDir the directory holding the full files ({@code servicetitan/}, {@code
   *     servicechannel/})
   * @param resourcesDir testkit's {@code src/main/resources/openapi}
   * @return the jobs
   */
  public static List<Job> jobs(Path referenceDir, Path resourcesDir) {
    List<Job> jobs = new ArrayList<>();
    for (String module : OpenApiContract.SERVICETITAN_MODULES) {
      String name = module + "-v2";
      jobs.add(
          new Job(
              referenceDir.resolve("servicetitan/" + name + ".json"),
              resourcesDir.resolve("servicetitan/" + name + ".json"),
              resourcesDir.resolve("servicetitan/" + name + ".keep")));
    }
    jobs.add(
        new Job(
            referenceDir.resolve("servicechannel/service-automation-v3.json"),
            resourcesDir.resolve("servicechannel/service-automation-v3.json"),
            resourcesDir.resolve("servicechannel/service-automation-v3.keep")));
    return jobs;
  }

  /**
   * Finds the full descriptions: the system property {@code workbridge.reference.openapi}, else
   * {@code shared/reference/openapi} next to the repository or one of its parent directories.
   *
   * @param repositoryRoot the repository root
   * @return the directory, if present
   */
  public static Optional<Path> findReferenceDir(Path repositoryRoot) {
    String configured = System.getProperty("workbridge.reference.openapi");
    if (configured != null && !configured.isBlank()) {
      Path dir = Path.of(configured);
      return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
    }
    for (Path dir = repositoryRoot.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/reference/openapi");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Trims one description.
   *
   * @param job the files
   * @return the trimmed JSON text
   */
  public static String trim(Job job) {
    try {
      JsonNode full = MAPPER.readTree(job.full().toFile());
      List<String[]> keep = readKeepList(job.keepList());
      ObjectNode trimmed = trim((ObjectNode) full, keep, job.full().toString());
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
      printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      printer.indentObjectsWith(new DefaultIndenter("  ", "\n"));
      return MAPPER.writer(printer).writeValueAsString(trimmed) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Trims every vendored description and writes the copies.
   *
   * @param referenceDir the directory with the full files
   * @param resourcesDir testkit's {@code src/main/resources/openapi}
   */
  public static void writeAll(Path referenceDir, Path resourcesDir) {
    for (Job job : jobs(referenceDir, resourcesDir)) {
      try {
        Files.writeString(job.trimmed(), trim(job), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static List<String[]> readKeepList(Path keepList) throws IOException {
    List<String[]> keep = new ArrayList<>();
    for (String raw : Files.readAllLines(keepList, StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int space = line.indexOf(' ');
      if (space < 0) {
        throw new IllegalArgumentException(keepList + ": expected 'METHOD path', got: " + line);
      }
      keep.add(
          new String[] {line.substring(0, space).toLowerCase(Locale.ROOT), line.substring(space + 1).strip()});
    }
    return keep;
  }

  static ObjectNode trim(ObjectNode full, List<String[]> keep, String source) {
    boolean swagger2 = full.has("swagger");
    ObjectNode paths = (ObjectNode) full.get("paths");
    Map<String, Set<String>> wanted = new LinkedHashMap<>();
    for (String[] entry : keep) {
      JsonNode item = paths.get(entry[1]);
      if (item == null || !item.has(entry[0])) {
        throw new IllegalArgumentException(
            source + " has no operation " + entry[0].toUpperCase(Locale.ROOT) + " " + entry[1]);
      }
      wanted.computeIfAbsent(entry[1], p -> new LinkedHashSet<>()).add(entry[0]);
    }

    ObjectNode keptPaths = MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      Set<String> methods = wanted.get(path.getKey());
      if (methods == null) {
        continue;
      }
      ObjectNode item = MAPPER.createObjectNode();
      for (Iterator<Map.Entry<String, JsonNode>> fields = path.getValue().fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!HTTP_METHODS.contains(field.getKey()) || methods.contains(field.getKey())) {
          item.set(field.getKey(), field.getValue().deepCopy());
        }
      }
      keptPaths.set(path.getKey(), item);
    }

    ObjectNode out = MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = full.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      switch (field.getKey()) {
        case "paths":
          out.set("paths", keptPaths);
          break;
        case "tags":
          break;
        case "components":
          out.set("components", keepReferenced((ObjectNode) field.getValue(), keptPaths, "#/components/"));
          break;
        case "definitions":
        case "parameters":
        case "responses":
          break;
        case "host":
          String host = field.getValue().asText();
          int slash = host.indexOf('/');
          out.put("host", slash < 0 ? host : host.substring(0, slash));
          if (slash >= 0 && !full.has("basePath")) {
            out.put("basePath", host.substring(slash));
          }
          break;
        default:
          out.set(field.getKey(), field.getValue().deepCopy());
      }
    }
    if (swagger2) {
      ObjectNode sections = MAPPER.createObjectNode();
      for (String section : List.of("definitions", "parameters", "responses")) {
        if (full.has(section)) {
          sections.set(section, full.get(section));
        }
      }
      ObjectNode kept = keepReferenced(sections, keptPaths, "#/");
      for (String section : List.of("definitions", "parameters", "responses")) {
        if (kept.has(section) && kept.get(section).size() > 0) {
          out.set(section, kept.get(section));
        }
      }
      dropFormDataSchemas(out);
      typeUntypedArrayItems(out);
    }
    removeDescriptions(out);
    for (JsonNode item : keptPaths) {
      for (String method : HTTP_METHODS) {
        blankResponseDescriptions(item.path(method).path("responses"));
      }
    }
    blankResponseDescriptions(out.path("responses"));
    blankResponseDescriptions(out.path("components").path("responses"));
    return out;
  }

  /** Both formats require a description on a response object: keep an empty one. */
  private static void blankResponseDescriptions(JsonNode responses) {
    if (responses.isObject()) {
      for (JsonNode response : responses) {
        if (response.isObject() && !response.has("$ref")) {
          ((ObjectNode) response).put("description", "");
        }
      }
    }
  }

  /** Keeps only the entries of each section referenced from the paths, transitively. */
  private static ObjectNode keepReferenced(ObjectNode sections, JsonNode paths, String refPrefix) {
    Set<String> seen = new LinkedHashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(paths);
    while (!todo.isEmpty()) {
      for (String ref : refsIn(todo.pop())) {
        if (!ref.startsWith(refPrefix) || !seen.add(ref)) {
          continue;
        }
        String[] parts = ref.substring(refPrefix.length()).split("/", 2);
        JsonNode section = sections.get(parts[0]);
        JsonNode target = section == null ? null : section.get(unescape(parts[1]));
        if (target == null) {
          throw new IllegalArgumentException("Dangling reference " + ref);
        }
        todo.add(target);
      }
    }
    ObjectNode out = MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = sections.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> section = it.next();
      ObjectNode kept = MAPPER.createObjectNode();
      boolean keepAll = section.getKey().equals("securitySchemes");
      for (Iterator<Map.Entry<String, JsonNode>> entries = section.getValue().fields(); entries.hasNext(); ) {
        Map.Entry<String, JsonNode> entry = entries.next();
        String ref = refPrefix + section.getKey() + "/" + escape(entry.getKey());
        if (keepAll || seen.contains(ref)) {
          kept.set(entry.getKey(), entry.getValue().deepCopy());
        }
      }
      if (kept.size() > 0) {
        out.set(section.getKey(), kept);
      }
    }
    return out;
  }

  private static List<String> refsIn(JsonNode node) {
    List<String> refs = new ArrayList<>();
    Deque<JsonNode> stack = new ArrayDeque<>();
    stack.push(node);
    while (!stack.isEmpty()) {
      JsonNode current = stack.pop();
      if (current.isObject()) {
        JsonNode ref = current.get("$ref");
        if (ref != null && ref.isTextual()) {
          refs.add(ref.asText());
        }
        current.elements().forEachRemaining(stack::push);
      } else if (current.isArray()) {
        current.elements().forEachRemaining(stack::push);
      }
    }
    return refs;
  }

  /** Swagger 2.0 allows no {@code schema} on {@code formData} parameters; keep their type. */
  private static void dropFormDataSchemas(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if ("formData".equals(object.path("in").asText(null)) && object.has("schema")) {
        object.remove("schema");
        if (!object.has("type")) {
          object.put("type", "string");
        }
      }
      object.elements().forEachRemaining(SpecTrimmer::dropFormDataSchemas);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(SpecTrimmer::dropFormDataSchemas);
    }
  }

  /**
   * Swagger 2.0 requires {@code items.type} on array parameters other than the body; the description has
   * {@code items: {}} on many query arrays (e.g. {@code status} on {@code GET /workorders}), which the
   * validator's conversion turns into {@code object} and then rejects every plain value. A query value is
   * text: type the items {@code string}.
   */
  private static void typeUntypedArrayItems(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      String in = object.path("in").asText("");
      JsonNode items = object.get("items");
      if (!in.isEmpty()
          && !in.equals("body")
          && "array".equals(object.path("type").asText(""))
          && items != null
          && items.isObject()
          && !items.has("type")
          && !items.has("$ref")) {
        ((ObjectNode) items).put("type", "string");
      }
      object.elements().forEachRemaining(SpecTrimmer::typeUntypedArrayItems);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(SpecTrimmer::typeUntypedArrayItems);
    }
  }

  /**
   * Removes prose: every {@code description} whose value is text. A schema property that happens to be
   * called {@code description} has an object value and stays.
   */
  private static void removeDescriptions(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode description = object.get("description");
      if (description != null && description.isTextual()) {
        object.remove("description");
      }
      object.elements().forEachRemaining(SpecTrimmer::removeDescriptions);
    } else if (node.isArray()) {
      for (JsonNode element : (ArrayNode) node) {
        removeDescriptions(element);
      }
    }
  }

  private static String unescape(String pointer) {
    return pointer.replace("~1", "/").replace("~0", "~");
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Rewrites the vendored copies.
   *
   * @param args optional: the reference directory and the resources directory
   */
  public static void main(String[] args) {
    Path root = Path.of("").toAbsolutePath();
    if (root.getFileName() != null && root.getFileName().toString().equals("testkit")) {
      root = root.getParent();
    }
    Path reference =
        args.length > 0
            ? Path.of(args[0])
            : findReferenceDir(root).orElseThrow(() -> new IllegalStateException("No reference dir"));
    Path resources =
        args.length > 1 ? Path.of(args[1]) : root.resolve("testkit/src/main/resources/openapi");
    writeAll(reference, resources);
  }
}
