package io.github.imapichecks.errorprone;

/**
 * Links into the project's pages, built from the parent POM's {@code <url>}, the one place the
 * project's address is written: the build fills it in when it filters this template
 * (templating-maven-plugin, see checks/pom.xml). The links are compile-time constants, as
 * {@code @BugPattern(link = ...)} needs.
 */
final class ProjectLinks {
  /** The project's address: the parent POM's {@code <url>}. */
  static final String PROJECT_URL = "${project.url}";

  /** The base of the links to files of the project's main branch, such as its docs pages. */
  static final String FILES = PROJECT_URL + "/blob/main/";

  private ProjectLinks() {}
}
