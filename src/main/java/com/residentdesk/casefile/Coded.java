package com.residentdesk.casefile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum whose values travel as short kebab-case codes (API, forms, DMN, database). */
public interface Coded {

  String code();

  static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst();
  }

  static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
  }
}
