package com.residentdesk.governance;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A proposed change the desk does not accept, with nothing activated or stored: the status, the
 * multipart field at fault (a file name, {@code deployment-name}, {@code tenant-id}), a message
 * code of messages/governance*.properties, and one line per finding (each a code with arguments).
 */
class ProposalRefused extends Exception {

  /** One finding: the file or field it is about, and its message code with arguments. */
  record Detail(String field, String code, Object... args) {}

  private final HttpStatus status;
  private final String field;
  private final transient Object[] args;
  private final transient List<Detail> details;

  ProposalRefused(HttpStatus status, String field, String code, Object... args) {
    this(status, field, List.of(), code, args);
  }

  ProposalRefused(
      HttpStatus status, String field, List<Detail> details, String code, Object... args) {
    super(code);
    this.status = status;
    this.field = field;
    this.details = List.copyOf(details);
    this.args = args;
  }

  HttpStatus status() {
    return status;
  }

  String field() {
    return field;
  }

  String code() {
    return getMessage();
  }

  Object[] args() {
    return args;
  }

  List<Detail> details() {
    return details;
  }
}
