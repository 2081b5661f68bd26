package io.github.imapichecks.sarif;

/**
 * What the SARIF file says about the tool that wrote it, filled in from the POM when the build
 * filters this template (templating-maven-plugin, see sarif/pom.xml).
 */
final class ToolInfo {
  /** The tool's name in {@code tool.driver.name}: what code scanning shows as the tool. */
  static final String NAME = "imapi-checks";

  /** The release that wrote the file. */
  static final String VERSION = "${project.version}";

  /** The project's address: the parent POM's {@code <url>}. */
  static final String INFORMATION_URI = "${project.url}";

  private ToolInfo() {}
}
