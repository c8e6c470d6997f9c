package com.residentdesk.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A number or boolean where the API expects text is a wrong type, not something to convert
 * silently: {"unit": 5} is answered with a 400 naming "unit". A key given twice is malformed JSON
 * (400), not a guess at which one was meant: a record with a repeated key otherwise failed as a 500
 * (the residents' fuzzing found it).
 */
@Configuration
class StrictJsonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer noScalarToTextCoercion() {
    return builder ->
        builder.postConfigurer(
            mapper ->
                mapper
                    .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /**
   * Text with control characters (NUL above all, which PostgreSQL cannot store) is a 400 naming the
   * field, not a database error: tab, line feed and carriage return are the only ones allowed.
   */
  @Bean
  Module noControlCharacters() {
    SimpleModule module = new SimpleModule("no-control-characters");
    module.addDeserializer(
        String.class,
        new StdScalarDeserializer<String>(String.class) {
          private final StringDeserializer plain = StringDeserializer.instance;

          @Override
          public String deserialize(JsonParser parser, DeserializationContext context)
              throws IOException {
            String value = plain.deserialize(parser, context);
            if (value != null && ControlCharacters.present(value)) {
              throw InvalidFormatException.from(
                  parser, "contains control characters", value, String.class);
            }
            return value;
          }
        });
    return module;
  }
}
