package io.github.imapichecks.sarif;

import com.google.errorprone.BugCheckerInfo;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * A compilation's findings as a SARIF 2.1.0 log: one run, whose tool is imapi-checks, one rule per
 * check that reported, one result per finding.
 */
final class SarifLog {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The name under which the files' URIs are relative to the source root. */
  static final String SOURCE_ROOT_ID = "%SRCROOT%";

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding finding) -> finding.file().toString())
          .thenComparingInt(finding -> finding.region().charOffset())
          .thenComparing(Finding::check);

  private SarifLog() {}

  /** The log of {@code findings}, with the files' URIs relative to {@code sourceRoot}. */
  static JsonObject of(List<Finding> findings, Rules rules, Path sourceRoot) {
    URI base = sourceRoot.toUri();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);

    // One rule per check that reported, by name; each result points at its rule's index.
    TreeMap<String, Finding> firstByCheck = new TreeMap<>();
    sorted.forEach(finding -> firstByCheck.putIfAbsent(finding.check(), finding));
    List<String> ruleIds = new ArrayList<>(firstByCheck.keySet());
    JsonArray ruleArray = new JsonArray();
    firstByCheck.values().forEach(finding -> ruleArray.add(rule(finding, rules)));

    JsonObject driver = new JsonObject();
    driver.addProperty("name", ToolInfo.NAME);
    driver.addProperty("version", ToolInfo.VERSION);
    driver.addProperty("informationUri", ToolInfo.INFORMATION_URI);
    driver.add("rules", ruleArray);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);

    JsonObject root = new JsonObject();
    root.addProperty("uri", base.toString());
    JsonObject baseIds = new JsonObject();
    baseIds.add(SOURCE_ROOT_ID, root);

    JsonArray results = new JsonArray();
    for (Finding finding : sorted) {
      results.add(
          result(finding, ruleIds.indexOf(finding.check()), artifact(finding.file(), base)));
    }

    JsonObject run = new JsonObject();
    run.add("tool", tool);
    run.add("originalUriBaseIds", baseIds);
    run.addProperty("columnKind", "utf16CodeUnits");
    run.add("results", results);
    JsonArray runs = new JsonArray();
    runs.add(run);

    JsonObject log = new JsonObject();
    log.addProperty("$schema", SCHEMA);
    log.addProperty("version", "2.1.0");
    log.add("runs", runs);
    return log;
  }

  private static JsonObject rule(Finding finding, Rules rules) {
    JsonObject rule = new JsonObject();
    rule.addProperty("id", finding.check());
    rule.addProperty("name", finding.check());
    BugCheckerInfo info = rules.info(finding.check());
    String link = info == null ? finding.link() : info.linkUrl();
    if (info != null) {
      rule.add("shortDescription", text(info.message()));
      JsonObject configuration = new JsonObject();
      configuration.addProperty("level", FindingReader.level(info.defaultSeverity()));
      rule.add("defaultConfiguration", configuration);
    }
    if (link != null && !link.isEmpty()) {
      rule.addProperty("helpUri", link);
    }
    return rule;
  }

  private static JsonObject result(Finding finding, int ruleIndex, JsonObject artifact) {
    JsonObject physical = new JsonObject();
    physical.add("artifactLocation", artifact);
    physical.add("region", region(finding.region(), true));
    JsonObject location = new JsonObject();
    location.add("physicalLocation", physical);
    JsonArray locations = new JsonArray();
    locations.add(location);

    JsonObject result = new JsonObject();
    result.addProperty("ruleId", finding.check());
    result.addProperty("ruleIndex", ruleIndex);
    result.addProperty("level", finding.level());
    result.add("message", text(finding.message()));
    result.add("locations", locations);
    if (!finding.fixes().isEmpty()) {
      JsonArray fixes = new JsonArray();
      for (Finding.SuggestedFix fix : finding.fixes()) {
        fixes.add(fix(fix, artifact));
      }
      result.add("fixes", fixes);
    }
    return result;
  }

  private static JsonObject fix(Finding.SuggestedFix fix, JsonObject artifact) {
    JsonArray replacements = new JsonArray();
    for (Finding.Edit edit : fix.edits()) {
      JsonObject replacement = new JsonObject();
      replacement.add("deletedRegion", region(edit.deleted(), false));
      replacement.add("insertedContent", text(edit.replacement()));
      replacements.add(replacement);
    }
    JsonObject change = new JsonObject();
    change.add("artifactLocation", artifact.deepCopy());
    change.add("replacements", replacements);
    JsonArray changes = new JsonArray();
    changes.add(change);
    JsonObject result = new JsonObject();
    if (!fix.description().isEmpty()) {
      result.add("description", text(fix.description()));
    }
    result.add("artifactChanges", changes);
    return result;
  }

  /**
   * A region by lines and columns and by offsets, which say the same; with the text it covers where
   * {@code snippet}.
   */
  private static JsonObject region(Region region, boolean snippet) {
    JsonObject json = new JsonObject();
    json.addProperty("startLine", region.startLine());
    json.addProperty("startColumn", region.startColumn());
    json.addProperty("endLine", region.endLine());
    json.addProperty("endColumn", region.endColumn());
    json.addProperty("charOffset", region.charOffset());
    json.addProperty("charLength", region.charLength());
    if (snippet) {
      json.add("snippet", text(region.snippet()));
    }
    return json;
  }

  /**
   * The file's location: relative to the source root when it lies under it, as code scanning wants;
   * its absolute URI otherwise.
   */
  private static JsonObject artifact(URI file, URI base) {
    JsonObject artifact = new JsonObject();
    URI relative = base.relativize(file);
    if (relative.isAbsolute()) {
      artifact.addProperty("uri", file.toString());
    } else {
      artifact.addProperty("uri", relative.toString());
      artifact.addProperty("uriBaseId", SOURCE_ROOT_ID);
    }
    return artifact;
  }

  private static JsonObject text(String text) {
    JsonObject message = new JsonObject();
    message.addProperty("text", text);
    return message;
  }
}
