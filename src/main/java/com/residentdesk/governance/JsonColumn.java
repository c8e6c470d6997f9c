package com.residentdesk.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/**
 * Lists computed once and read as a whole (a change's differences, its migration checks) kept as
 * JSON text in one column, the same on H2 and PostgreSQL.
 */
final class JsonColumn {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumn() {}

  static <T> String write(List<T> values) {
    try {
      return JSON.writeValueAsString(values == null ? List.of() : values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static <T> List<T> read(String text, TypeReference<List<T>> type) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    try {
      return JSON.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class Changes implements AttributeConverter<List<Change>, String> {
    @Override
    public String convertToDatabaseColumn(List<Change> changes) {
      return write(changes);
    }

    @Override
    public List<Change> convertToEntityAttribute(String text) {
      return read(text, new TypeReference<>() {});
    }
  }

  static final class MigrationChecks
      implements AttributeConverter<List<ProcedureDeployments.MigrationCheck>, String> {
    @Override
    public String convertToDatabaseColumn(List<ProcedureDeployments.MigrationCheck> checks) {
      return write(checks);
    }

    @Override
    public List<ProcedureDeployments.MigrationCheck> convertToEntityAttribute(String text) {
      return read(text, new TypeReference<>() {});
    }
  }
}
